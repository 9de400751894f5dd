/** Launches Debian's Chromium through playwright-core; nothing downloads a browser. */
import { chromium, type Browser } from 'playwright-core';

/** Path of the system Chromium (override with CHROMIUM_PATH). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** A headless Chromium with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
