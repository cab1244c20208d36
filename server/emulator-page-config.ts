import { ACCOUNT_ID, REGION } from '../emulator/seed-data-stores.ts';
import { pageConfigFor, type PageConfig } from './page-config.ts';

// The emulator's seeded account and region.
export const EMULATOR_PAGE_CONFIG: PageConfig = pageConfigFor('emulator', [{ account: ACCOUNT_ID, region: REGION }], false);
