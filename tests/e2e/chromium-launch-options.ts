import { existsSync } from 'node:fs';
import { type LaunchOptions } from '@playwright/test';

// Debian's Chromium (no browser downloads here); Playwright's own build is used where it is installed.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** How the e2e suite and the editor benchmark launch Chromium: software rendering, no background traffic. */
export const chromiumLaunchOptions: LaunchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};
