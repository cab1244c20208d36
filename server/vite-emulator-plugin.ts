import type { Plugin } from 'vite';
import { emulatorPageConfig } from './emulator-page-config.ts';
import { CONFIG_PATH, sendPageConfig, withPageConfig, type PageConfig } from './page-config.ts';
import { isCloudTrailPath } from './routes.ts';

type EmulatorModule = typeof import('../emulator/index.ts');

// `npm run dev`: the Vite dev server answers /cloudtrail with the emulator and inlines the page
// config into index.html, as `npm start` does.
export function embeddedEmulatorPlugin(): Plugin {
  let pageConfig: PageConfig | undefined;
  return {
    name: 'embedded-cloudtrail-emulator',
    apply: 'serve',
    async configureServer(server) {
      // Vitest starts a Vite server too; it has no use for the emulator.
      if (process.env.VITEST) return;
      const emulatorModule = await server.ssrLoadModule('/emulator/index.ts');
      const createEmulator: EmulatorModule['createEmulator'] = emulatorModule.createEmulator;
      const emulator = createEmulator();
      const config = emulatorPageConfig(emulator.sources(), false);
      pageConfig = config;
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (isCloudTrailPath(path)) emulator.handle(req, res);
        else if (path === CONFIG_PATH) sendPageConfig(res, config);
        else next();
      });
    },
    transformIndexHtml: (html) => (pageConfig === undefined ? html : withPageConfig(html, pageConfig)),
  };
}
