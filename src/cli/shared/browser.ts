/** Debian's Chromium for the tools and the tests, driven by playwright-core or Lighthouse; nothing downloads one. */
import type { Browser } from 'playwright-core';

/** Path of the system Chromium (override with CHROMIUM_PATH). */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Flags for this machine: headless, no sandbox (containers run as root), no GPU, no background fetches. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A headless Chromium through playwright-core, loaded on call so reading CHROMIUM (the pretest check) stays cheap. */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}
