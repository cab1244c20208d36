// `npm run bench`: the dashboard's speed in headless Chromium against its own server, one table.
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../scripts/find-chromium.ts';
import { measureAwsClis } from './aws-cli.ts';
import { measureBundle } from './bundle.ts';
import { startFloor } from './floor.ts';
import { advanceEmulator, resetEmulator } from './emulator-data.ts';
import { measureInteractions } from './interactions.ts';
import { describeMachine, machineLine } from './machine.ts';
import { measureNavigation } from './navigation.ts';
import { measureOrganization } from './organization.ts';
import { startReference } from './reference.ts';
import { measureRefreshCost } from './refresh-cost.ts';
import { formatTable, rowsOf, type BenchResults } from './report.ts';
import { startServer } from './server.ts';
import { measureTimeline, timelineRows, type TimelineFigures } from './timeline.ts';
import { measureThroughput } from './throughput.ts';

const OUT_DIR = 'bench-results';
const DEMO = 60;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const runs = values.quick ? { small: 2, large: 1 } : { small: 5, large: 3 };
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run npx playwright install chromium, or set CHROMIUM_PATH.');
  const started = performance.now();
  const server = await startServer(['--control']);
  const browser = await chromium.launch({ executablePath, headless: true });
  const step = (text: string) => console.error(`bench: ${text} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  const reference = await startReference(browser, resolve(OUT_DIR, 'reference'));
  const floor = await startFloor(browser, resolve(OUT_DIR, 'floor'), DEMO);
  try {
    const { url } = server;
    step(`demo data, ${runs.small} runs, and the reference and floor pages`);
    await resetEmulator(url, DEMO);
    const bundle = await measureBundle(browser, url);
    // The reference and floor pages are sampled between the dashboard's runs, at three moments, so
    // they see the same machine the dashboard does and not one busy moment.
    const sampleYardsticks = async () => {
      await reference.sample(runs.small);
      await floor.sample(runs.small);
    };
    await sampleYardsticks();
    const demo = await measureNavigation(browser, url, DEMO, runs.small);
    const refresh = [await measureRefreshCost(browser, url, DEMO, 1)];

    step(`10,000 imports, ${runs.small} runs`);
    await resetEmulator(url, 10_000);
    await sampleYardsticks();
    const tenThousand = await measureNavigation(browser, url, 10_000, runs.small);
    await sampleYardsticks();
    const interactions = await measureInteractions(browser, url, 10_000, runs.small);
    const timeline = [await measureTimeline(browser, url, 10_000, runs.small)];
    refresh.push(await measureRefreshCost(browser, url, 10_000, 1));
    step('AWS CLI, 10,000 imports');
    const awsClis = await measureAwsClis(url, 10_000, runs.large);
    // The one running import ends; nothing is active any more.
    await advanceEmulator(url, 20 * 60);
    refresh.push(await measureRefreshCost(browser, url, 10_000, 0));

    step(`100,000 imports, ${runs.large} runs`);
    await resetEmulator(url, 100_000);
    const hundredThousand = await measureNavigation(browser, url, 100_000, runs.large);
    timeline.push(await measureTimeline(browser, url, 100_000, runs.large));
    refresh.push(await measureRefreshCost(browser, url, 100_000, 1));

    step('emulator throughput');
    const throughput = await measureThroughput(runs.large);

    step(`organization: 15 sources x 1,000 imports, ${runs.large} runs; refresh with 1, 10 and 50 sources`);
    const organization = await measureOrganization(browser, runs.large);
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine: describeMachine(browser.version()),
      bundle,
      reference: reference.spread(),
      floor: floor.spread(),
      navigation: [demo, tenThousand, hundredThousand],
      interactions,
      refresh,
      awsClis,
      throughput,
      organization,
    };
    report(results, timeline, (performance.now() - started) / 1000);
  } finally {
    await reference.close();
    await floor.close();
    await browser.close();
    await server.stop();
  }
}

function report(results: BenchResults, timeline: TimelineFigures[], seconds: number): void {
  const rows = [...rowsOf(results), ...timelineRows(timeline, results.reference)];
  const table = formatTable(rows);
  const missed = rows.filter((row) => row.met === false);
  const summary = [
    `Machine: ${machineLine(results.machine)}`,
    `Run: ${results.date}, ${seconds.toFixed(0)} s. Medians of the runs shown; times run from navigation start, or from`,
    'the input event, to the painted frame; × ref is the median over the reference page\'s median.',
  ].join('\n');
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(`${OUT_DIR}/bench.json`, `${JSON.stringify({ ...results, timeline, rows }, null, 2)}\n`);
  writeFileSync(`${OUT_DIR}/bench.md`, `${table}\n\n${summary}\n`);
  console.log(`${table}\n\n${summary}`);
  console.log(missed.length === 0 ? 'Every budget met.' : `Budgets missed: ${missed.map((row) => row.measure).join('; ')}`);
  console.log(`Figures written to ${OUT_DIR}/bench.json and ${OUT_DIR}/bench.md`);
  process.exitCode = missed.length === 0 ? 0 : 1;
}

await main();
