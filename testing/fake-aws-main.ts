// The AWS behind the proxy-mode end-to-end test: STS, and a CloudTrail that is the emulator behind a SigV4 check.
import { createEmulator, manualClock } from '../emulator/index.ts';
import { E2E_AWS } from './e2e-aws.ts';
import { startFakeAws } from './fake-aws.ts';

// A fixed instant, so the seeded imports are the same on every run.
const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

const emulator = createEmulator({ clock: manualClock(NOW) });
const fake = await startFakeAws({
  port: E2E_AWS.fakeAwsPort,
  region: E2E_AWS.region,
  keys: [E2E_AWS.key],
  cloudtrail: (req, res) => emulator.handle(req, res),
});
console.log(`Fake AWS (STS and CloudTrail) on ${fake.url}`);
const stop = () => void fake.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
