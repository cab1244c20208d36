import { parseArgs } from 'node:util';

export interface ServerOptions {
  host: string;
  port: number;
  seed?: number;
  imports?: number;
  speed: number;
  control: boolean;
}

export class OptionsError extends Error {}

const DEFAULT_PORT = 4173;

export function parseServerOptions(argv: string[], env: NodeJS.ProcessEnv): ServerOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string' },
      seed: { type: 'string' },
      imports: { type: 'string' },
      speed: { type: 'string', default: '1' },
      control: { type: 'boolean', default: false },
    },
    strict: true,
  });
  return {
    host: values.host,
    port: integer('--port', values.port ?? env.PORT ?? String(DEFAULT_PORT), 0, 65535),
    seed: values.seed === undefined ? undefined : integer('--seed', values.seed, 0, 2 ** 32 - 1),
    imports: values.imports === undefined ? undefined : integer('--imports', values.imports, 0, 1_000_000),
    speed: positiveNumber('--speed', values.speed),
    control: values.control,
  };
}

function integer(name: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new OptionsError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

function positiveNumber(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new OptionsError(`${name} must be a number above 0, not "${text}"`);
  }
  return value;
}
