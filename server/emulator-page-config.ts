import type { PageConfig } from './page-config.ts';

// The emulator's seeded account and region.
export const EMULATOR_PAGE_CONFIG: PageConfig = {
  mode: 'emulator',
  region: 'us-east-1',
  account: '123456789012',
  readOnly: false,
};
