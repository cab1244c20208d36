import type { SourceInfo } from '../emulator/index.ts';
import { pageConfigFor, type PageConfig } from './page-config.ts';

/** The emulator's sources for the page: every (account, region) it answers for, failing ones included. */
export function emulatorPageConfig(sources: readonly SourceInfo[], readOnly: boolean): PageConfig {
  return pageConfigFor('emulator', sources.map(({ account, accountName, region }) => ({ account, accountName, region })), readOnly);
}
