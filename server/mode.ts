import type { ApiHandler } from './operations.ts';
import type { PageConfig } from './page-config.ts';

/** What one mode (emulator or real AWS) gives the server. */
export interface Mode {
  cloudtrail: ApiHandler;
  control?: ApiHandler;
  pageConfig: PageConfig;
  /** Printed at start, before the URL. */
  summary: string[];
}
