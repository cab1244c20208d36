import { ACCOUNT_ID, REGION } from '../emulator/seed-data-stores.ts';
import type { PageConfig } from './page-config.ts';

// The emulator's seeded account and region.
export const EMULATOR_PAGE_CONFIG: PageConfig = {
  mode: 'emulator',
  region: REGION,
  account: ACCOUNT_ID,
  readOnly: false,
};
