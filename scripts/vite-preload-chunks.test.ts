import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { preloadChunks } from './vite-preload-chunks.ts';

const root = mkdtempSync(join(tmpdir(), 'preload-chunks-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function file(name: string, text: string): void {
  writeFileSync(join(root, name), text);
}

describe('preloadChunks', () => {
  it('has index.html preload a lazily imported module and what it imports, but not the entry itself', async () => {
    file('index.html', '<!doctype html><html><head></head><body><script type="module" src="./main.js"></script></body></html>');
    file('main.js', "export const started = Date.now();\nimport('./page.js').then((page) => page.show());\nimport('./other.js');\n");
    file('page.js', "import { started } from './main.js';\nimport { label } from './shared.js';\nexport const show = () => console.log(label, started);\n");
    file('other.js', "import { label } from './shared.js';\nconsole.log(label.repeat(2));\n");
    file('shared.js', "export const label = 'shared '.repeat(3);\n");
    await build({ root, configFile: false, logLevel: 'silent', plugins: [preloadChunks(['/page.js'])], build: { outDir: 'dist' } });

    const assets = readdirSync(join(root, 'dist', 'assets'));
    const named = (prefix: string) => assets.find((name) => name.startsWith(prefix)) ?? `${prefix} missing`;
    const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
    const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="\/assets\/([^"]+)">/g)].map((m) => m[1]);
    expect(preloaded.sort()).toEqual([named('page-'), named('shared-')].sort());
    // The entry is loaded by its own script tag; the other lazy module waits until it is imported.
    expect(html).toContain(`<script type="module" crossorigin src="/assets/${named('index-')}">`);
  }, 30_000);
});
