/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { preloadChunks } from './scripts/vite-preload-chunks.ts';
import { embeddedEmulatorPlugin } from './server/vite-emulator-plugin.ts';

const testEnv = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };

export default defineConfig({
  // React and the page load in parallel with the entry, which starts the first CloudTrail request (src/main.tsx).
  plugins: [react(), embeddedEmulatorPlugin(), preloadChunks(['src/app/render-app.tsx'])],
  // The first-load budget (170 KB gzipped) is checked by `npm run bench`, not by this raw-size warning.
  build: { sourcemap: false, chunkSizeWarningLimit: 700 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'browser-code',
          environment: 'jsdom',
          setupFiles: ['./src/test-setup.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          env: testEnv,
        },
      },
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['emulator/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'testing/**/*.test.ts', 'deploy/**/*.test.ts'],
          env: testEnv,
          testTimeout: 20_000,
        },
      },
    ],
  },
});
