import type { Plugin } from 'vite';
import { emulatorPageConfig } from './emulator-page-config.ts';
import { OptionsError, parseServerOptions } from './options.ts';
import { CONFIG_PATH, sendPageConfig, withPageConfig, type PageConfig } from './page-config.ts';
import { isCloudTrailPath } from './routes.ts';

type EmulatorModule = typeof import('../emulator/index.ts');

// `npm run dev`: the Vite dev server answers /cloudtrail with the emulator and inlines the page
// config into index.html, as `npm start` does. `npm start`'s emulator flags go in EMULATOR_FLAGS,
// since Vite's command line takes only its own: EMULATOR_FLAGS='--demo-org' npm run dev.
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
      const realClock: EmulatorModule['realClock'] = emulatorModule.realClock;
      const { seed, imports, faults, organization, speed } = emulatorFlags(process.env.EMULATOR_FLAGS ?? '');
      const emulator = createEmulator({ seed, imports, faults, organization, clock: realClock(speed) });
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

// The emulator's data: seed, imports, speed, faults, accounts and regions. Vite has its own --host
// and --port, and the dev server has no write gate or test control.
const NOT_FOR_DEV = ['--host', '--port', '--read-only', '--control', '--aws'];

function emulatorFlags(text: string) {
  const flags = text.split(/\s+/).filter(Boolean);
  const refused = flags.filter((flag) => NOT_FOR_DEV.includes(flag.split('=')[0]));
  if (refused.length > 0) throw new OptionsError(`EMULATOR_FLAGS: ${refused.join(', ')} only with npm start`);
  return parseServerOptions(flags, {});
}
