import AxeBuilder from '@axe-core/playwright';
import { expect, FIXED_NOW, test } from './support/fixtures.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the dashboard has no serious or critical accessibility violations in the ${colorScheme} scheme`, async ({
    page,
    importsPage: ui,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.clock.install({ time: FIXED_NOW });
    await ui.open('?q=-&sort=status.asc');
    await ui.expectCount(60);
    // A banner and an invalid field are part of the page too.
    await ui.destination.fill('not an arn');
    await ui.destination.press('Enter');
    await expect(ui.destination).toHaveAttribute('aria-invalid', 'true');

    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
}
