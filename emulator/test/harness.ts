import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { createServer, type Server } from 'node:http';
import { manualClock, type ManualClock } from '../clock.ts';
import { createEmulator, type Emulator, type EmulatorOptions } from '../index.ts';

// A fixed instant, so tests never depend on the wall clock.
export const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
export const SHORT_TARGET = 'CloudTrail_20131101';
export const LONG_TARGET = 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101';

export interface Harness {
  readonly url: string;
  readonly client: CloudTrailClient;
  readonly clock: ManualClock;
  readonly emulator: Emulator;
  // seconds of emulated time
  advance(seconds: number): void;
  close(): Promise<void>;
}

export async function startEmulator(options: Omit<EmulatorOptions, 'clock'> = {}): Promise<Harness> {
  const clock = manualClock(NOW);
  const emulator = createEmulator({ ...options, clock });
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/_emulator/')) emulator.handleControl(req, res);
    else emulator.handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = urlOf(server);
  const client = new CloudTrailClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
  });
  return {
    url,
    client,
    clock,
    emulator,
    advance: (seconds) => clock.advance(seconds * 1000),
    close: () => closeServer(server, client),
  };
}

export function urlOf(server: Server): string {
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server is not listening on TCP');
  return `http://127.0.0.1:${address.port}`;
}

function closeServer(server: Server, client: CloudTrailClient): Promise<void> {
  client.destroy();
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

// One raw awsJson1_1 call, for what the SDK never sends.
export function post(url: string, operation: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `${SHORT_TARGET}.${operation}`,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
