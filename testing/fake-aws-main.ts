// The AWS behind the proxy-mode end-to-end test: STS, Organizations, and a CloudTrail that is the
// emulator (with the same two accounts) behind a SigV4 check.
import { createEmulator, manualClock } from '../emulator/index.ts';
import { E2E_AWS } from './e2e-aws.ts';
import { startFakeAws } from './fake-aws.ts';

// A fixed instant, so the seeded imports are the same on every run.
const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

const [management] = E2E_AWS.accounts;
const emulator = createEmulator({
  clock: manualClock(NOW),
  organization: {
    accounts: E2E_AWS.accounts.map((account) => ({ ...account, management: account.id === management.id })),
    regions: [E2E_AWS.region],
  },
});
const fake = await startFakeAws({
  port: E2E_AWS.fakeAwsPort,
  region: E2E_AWS.region,
  keys: [E2E_AWS.key],
  roles: [{ arn: E2E_AWS.member.roleArn, trustedAccounts: [management.id] }],
  organization: { managementAccount: management.id, accounts: E2E_AWS.accounts },
  // The emulator routes each call by the account in the key the proxy signed with, and the region in its scope.
  cloudtrail: (req, res) => emulator.handle(req, res),
  callsPath: E2E_AWS.callsPath,
});
console.log(`Fake AWS (STS, Organizations and CloudTrail) on ${fake.url}`);
const stop = () => void fake.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
