import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { setUpAwsMode } from './aws-mode.ts';
import { AwsSetupError } from './aws-setup-error.ts';
import { ConfigFileError } from './config-file.ts';
import { setUpEmulatorMode } from './emulator-mode.ts';
import type { Mode } from './mode.ts';
import { OptionsError, parseServerOptions, USAGE, type ServerOptions } from './options.ts';
import { allowedHosts, isLoopbackAddress } from './request-guard.ts';
import { CLOUDTRAIL_PATH } from './routes.ts';
import { planFromOptions } from './source-plan.ts';

const distDir = fileURLToPath(new URL('../dist', import.meta.url));

async function main(): Promise<void> {
  // The lockfile pins SDK versions that support Node 20; the SDK's notice is about later releases.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const options = readOptions();
  const mode = await setUpMode(options);
  for (const line of mode.summary) console.log(line);
  for (const line of mode.warnings ?? []) console.warn(`Warning: ${line}`);
  const server = createServer();
  server.on('error', (error) => {
    console.error(`Cannot listen on ${options.host}:${options.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(options.port, options.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    // Known only now when --port 0 lets the system choose.
    const hosts = allowedHosts(options.host, port);
    server.on('request', createApp({ distDir, hosts, ...mode }));
    const base = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
    console.log(`CloudTrail Lake imports dashboard: ${base}/`);
    console.log(`CloudTrail endpoint (${options.aws ? 'signing proxy to AWS' : 'embedded emulator'}): ${base}${CLOUDTRAIL_PATH}`);
    if (hosts === 'any' || !isLoopbackAddress(options.host) && options.host !== 'localhost') warnExposed(options);
    console.log('Press Ctrl-C to stop.');
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function setUpMode(options: ServerOptions): Promise<Mode> {
  if (!options.aws) return setUpEmulatorMode(options);
  try {
    const { plan, file } = planFromOptions(options, process.cwd());
    if (file !== undefined) console.log(`Config file: ${file.path}`);
    return await setUpAwsMode({ plan, log: (line) => console.log(line) });
  } catch (error) {
    if (!(error instanceof AwsSetupError || error instanceof ConfigFileError)) throw error;
    console.error(error.message);
    process.exit(error instanceof ConfigFileError ? 2 : 1);
  }
}

function warnExposed(options: ServerOptions): void {
  console.warn(`Warning: listening on ${options.host}, reachable from other machines.`);
  if (options.aws) console.warn('Warning: anyone who can reach it acts in AWS with your credentials.');
}

function readOptions(): ServerOptions {
  try {
    return parseServerOptions(process.argv.slice(2), process.env);
  } catch (error) {
    const message = error instanceof OptionsError || error instanceof TypeError ? error.message : String(error);
    console.error(`${message}\n${USAGE}`);
    process.exit(2);
  }
}

await main();
