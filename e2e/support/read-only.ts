import type { Page } from '@playwright/test';

/**
 * Makes the page see a read-only server, as `--read-only` would: the config the server writes into
 * the page and the one GET /config answers both say so.
 */
export async function serveReadOnly(page: Page): Promise<void> {
  await page.route('**/config', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...(await response.json()), readOnly: true } });
  });
  await page.route(
    (url) => url.pathname === '/' || !url.pathname.includes('.'),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback();
      const response = await route.fetch();
      const html = await response.text();
      await route.fulfill({ response, body: html.replace('"readOnly":false', '"readOnly":true') });
    },
  );
}
