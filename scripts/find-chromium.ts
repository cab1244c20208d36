import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// CHROMIUM_PATH wins; then a system browser; then one Playwright's own installer put in its cache.
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.CHROMIUM_PATH, ...SYSTEM_CHROMIUMS, playwrightChromium()];
  return candidates.find((path): path is string => Boolean(path) && existsSync(path as string));
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
