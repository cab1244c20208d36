import type { Plugin } from 'vite';
import { EMULATOR_PAGE_CONFIG } from './emulator-page-config.ts';
import { CONFIG_PATH, sendPageConfig, withPageConfig, type PageConfig } from './page-config.ts';
import { isCloudTrailPath } from './routes.ts';

type EmulatorModule = typeof import('../emulator/index.ts');

// `npm run dev`: the Vite dev server answers /cloudtrail with the emulator and inlines the page
// config into index.html, as `npm start` does.
export function embeddedEmulatorPlugin(): Plugin {
  const pageConfig: PageConfig = EMULATOR_PAGE_CONFIG;
  return {
    name: 'embedded-cloudtrail-emulator',
    apply: 'serve',
    async configureServer(server) {
      // Vitest starts a Vite server too; it has no use for the emulator.
      if (process.env.VITEST) return;
      const emulatorModule = await server.ssrLoadModule('/emulator/index.ts');
      const createEmulator: EmulatorModule['createEmulator'] = emulatorModule.createEmulator;
      const emulator = createEmulator();
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        if (isCloudTrailPath(path)) emulator.handle(req, res);
        else if (path === CONFIG_PATH) sendPageConfig(res, pageConfig);
        else next();
      });
    },
    transformIndexHtml: (html) => withPageConfig(html, pageConfig),
  };
}
