import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { describeFaults, FAULT_FLAG_OPTIONS, FAULT_USAGE, faultsFromFlags } from './fault-flags.ts';
import { createEmulator, DEFAULT_IMPORT_COUNT, DEFAULT_SEED, realClock } from './index.ts';
import {
  describeOrganization,
  ORGANIZATION_FLAG_OPTIONS,
  ORGANIZATION_USAGE,
  organizationFromFlags,
} from './organization-flags.ts';

const USAGE =
  'Usage: node --import tsx emulator/main.ts [--port 4599] [--host 127.0.0.1] [--seed N] [--imports N] [--speed X] [--control]\n' +
  `       ${ORGANIZATION_USAGE}\n` +
  `       ${FAULT_USAGE}`;

function main(): void {
  const options = readOptions();
  const { seed, imports, faults, organization } = options;
  const emulator = createEmulator({ seed, imports, faults, organization, clock: realClock(options.speed) });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (options.control && path.startsWith('/_emulator/')) emulator.handleControl(req, res);
    else emulator.handle(req, res);
  });
  server.on('error', (error) => {
    console.error(`Cannot listen on ${options.host}:${options.port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(options.port, options.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const host = options.host.includes(':') ? `[${options.host}]` : options.host;
    console.log(`CloudTrail Lake emulator: http://${host}:${port}/`);
    if (options.control) console.log(`Control endpoint: http://${host}:${port}/_emulator/`);
    const organizationLine = describeOrganization(organization);
    if (organizationLine) console.log(`Organization: ${organizationLine}`);
    const faultLine = describeFaults(faults);
    if (faultLine) console.log(`Faults: ${faultLine}`);
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
    const { values } = parseArgs({
      options: {
        port: { type: 'string', default: '4599' },
        host: { type: 'string', default: '127.0.0.1' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        imports: { type: 'string', default: String(DEFAULT_IMPORT_COUNT) },
        speed: { type: 'string', default: '1' },
        control: { type: 'boolean', default: false },
        ...ORGANIZATION_FLAG_OPTIONS,
        ...FAULT_FLAG_OPTIONS,
      },
    });
    return {
      port: integer('port', values.port, 0, 65535),
      host: values.host,
      seed: integer('seed', values.seed, -(2 ** 31), 2 ** 32 - 1),
      imports: integer('imports', values.imports, 0, 1_000_000),
      speed: positive('speed', values.speed),
      control: values.control,
      faults: faultsFromFlags(values),
      organization: organizationFromFlags(values),
    };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

function integer(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`--${name} must be an integer from ${min} to ${max}, got "${text}".`);
  }
  return value;
}

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`--${name} must be a positive number, got "${text}".`);
  return value;
}

main();
