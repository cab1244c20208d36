import type { Browser, Page } from '@playwright/test';
import { openAndLoadAll, withPage } from './navigation.ts';
import { timed, type Row } from './rows.ts';
import { spread, type Spread } from './stats.ts';

export interface TimelineFigures {
  imports: number;
  /** From the click on the Timeline tab (its chunk not yet loaded) to the painted frame of the lanes. */
  switchMs: Spread;
  /** From the click on "All", the widest zoom with the most chunks, to the painted frame with its new summary. */
  allMs: Spread;
}

/** Each run in a fresh page with every import loaded, so the first switch also loads the timeline's chunk. */
export async function measureTimeline(browser: Browser, url: string, imports: number, runs: number): Promise<TimelineFigures> {
  const switches: number[] = [];
  const all: number[] = [];
  for (let run = 0; run < runs; run++) {
    await withPage(browser, async (page) => {
      await openAndLoadAll(page, url, imports);
      switches.push(await clickToPaint(page, 'tab', 'Timeline', true));
      all.push(await clickToPaint(page, 'button', 'All', false));
    });
  }
  return { imports, switchMs: spread(switches), allMs: spread(all) };
}

/**
 * Clicks the control in the page and waits for the timeline's canvas to get its size (its first
 * draw) or the figure its new summary (which follows the redraw), then for the next paint.
 */
async function clickToPaint(page: Page, role: string, name: string, first: boolean): Promise<number> {
  // Only anonymous functions here: the page receives this code as text.
  return page.evaluate(
    ({ role, name, first }) =>
      new Promise<number>((resolve, reject) => {
        const control = [...document.querySelectorAll(`[role="${role}"], ${role}`)].find((element) => element.textContent === name);
        if (!(control instanceof HTMLElement)) return reject(new Error(`no ${role} named ${name}`));
        const selector = '[aria-roledescription="timeline"] canvas';
        const before = document.querySelector(selector);
        let started = 0;
        const observer = new MutationObserver(() => {
          const drawn = document.querySelector(selector);
          if (!(drawn instanceof HTMLCanvasElement) || drawn.width === 0 || (first && drawn === before)) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started), 0));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['width', 'height', 'aria-label'] });
        started = performance.now();
        control.click();
      }),
    { role, name, first },
  );
}

/** The table's rows, each with its ratio to the reference page like the other browser timings. */
export function timelineRows(figures: readonly TimelineFigures[], reference: Spread): Row[] {
  return figures.flatMap((f) => {
    const size = f.imports.toLocaleString('en-US');
    return [
      timed(`Table → Timeline drawn, ${size}`, f.switchMs, reference),
      timed(`Timeline zoom to All drawn, ${size}`, f.allMs, reference),
    ];
  });
}
