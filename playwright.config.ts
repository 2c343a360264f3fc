import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/chromium-launch-options';
import { FAKE_WECHAT_PORT, FRESH_PORT, PORT } from './tests/e2e/ports';

const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'en-US',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: chromiumLaunchOptions,
      },
    },
  ],
  // The real product (production build, embedded database) in fresh data folders: the main server has
  // the seeded demo workspace; a second one is left empty to exercise the first-run setup.
  webServer: [productServer({ port: PORT, seed: true }), productServer({ port: FRESH_PORT, seed: false })],
});

function productServer(options: { port: number; seed: boolean }) {
  const url = `http://127.0.0.1:${options.port}`;
  const dataDir = `.tmp/e2e-data-${options.port}`;
  return {
    command: `rm -rf ${dataDir} && node bin/replyflow.mjs serve --port ${options.port}${options.seed ? ' --seed-demo' : ''}`,
    url: `${url}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe' as const,
    env: {
      REPLYFLOW_DATA_DIR: dataDir,
      REPLYFLOW_AUTH_RATE_LIMIT: 'off',
      REPLYFLOW_PUBLIC_URL: url,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: '',
      REPLYFLOW_WECHAT_API_BASES: `http://127.0.0.1:${FAKE_WECHAT_PORT}`,
    },
  };
}
