import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Adds <link rel="modulepreload"> to index.html for the chunks of modules the entry imports lazily,
 * and for what they import, so the browser fetches and compiles them while the entry runs. Vite
 * preloads only the entry's static imports by itself.
 */
export function preloadChunks(modules: readonly string[]): Plugin {
  let base = '/';
  return {
    name: 'preload-chunks',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).flatMap((output) => (output.type === 'chunk' ? [output] : []));
        const entries = new Set(chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
        const files = new Set<string>();
        for (const chunk of chunks) {
          if (!modules.some((module) => chunk.facadeModuleId?.endsWith(module))) continue;
          for (const file of [chunk.fileName, ...chunk.imports]) if (!entries.has(file)) files.add(file);
        }
        return [...files].map(
          (file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head',
          }),
        );
      },
    },
  };
}
