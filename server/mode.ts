import type { ApiHandler } from './operations.ts';
import type { PageConfig } from './page-config.ts';

/** What one mode (emulator or real AWS) gives the server. */
export interface Mode {
  cloudtrail: ApiHandler;
  control?: ApiHandler;
  pageConfig: PageConfig;
  /** Printed at start, before the URL. */
  summary: string[];
  /** Printed at start on stderr, each after "Warning: ": a source that will show an error, a flag that did less than asked. */
  warnings?: string[];
}
