import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createEmulator, realClock } from '../emulator/index.ts';
import { createApp } from './app.ts';
import { EMULATOR_PAGE_CONFIG } from './emulator-page-config.ts';
import { OptionsError, parseServerOptions } from './options.ts';
import { allowedHosts, isLoopbackAddress } from './request-guard.ts';
import { CLOUDTRAIL_PATH } from './routes.ts';

const distDir = fileURLToPath(new URL('../dist', import.meta.url));

function main(): void {
  const options = readOptions();
  const emulator = createEmulator({
    seed: options.seed,
    imports: options.imports,
    clock: realClock(options.speed),
  });
  const hosts = allowedHosts(options.host, options.port);
  const server = createServer(createApp({
    distDir,
    emulator,
    control: options.control,
    hosts,
    pageConfig: EMULATOR_PAGE_CONFIG,
  }));
  server.on('error', (error) => {
    console.error(`Cannot listen on ${options.host}:${options.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(options.port, options.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const base = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
    console.log(`CloudTrail Lake imports dashboard: ${base}/`);
    console.log(`CloudTrail endpoint (embedded emulator): ${base}${CLOUDTRAIL_PATH}`);
    if (hosts === 'any' || !isLoopbackAddress(options.host) && options.host !== 'localhost') {
      console.warn(`Warning: listening on ${options.host}, reachable from other machines.`);
    }
    console.log('Press Ctrl-C to stop.');
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function readOptions() {
  try {
    return parseServerOptions(process.argv.slice(2), process.env);
  } catch (error) {
    const message = error instanceof OptionsError || error instanceof TypeError ? error.message : String(error);
    console.error(`${message}\nUsage: npm start -- [--port N] [--host ADDRESS] [--seed N] [--imports N] [--speed X]`);
    process.exit(2);
  }
}

main();
