/**
 * Time from navigation to an interactive endpoint list (TTI-1): a fresh browser context per run
 * (cold cache), Debian's Chromium, optional CPU throttling through the DevTools protocol.
 */
import { chromium, type Browser } from '@playwright/test';
import { assertLoopback } from './loopback-guard.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
}

export async function interactiveMs(browser: Browser, url: string, cpuRate: number): Promise<number> {
  assertLoopback(url);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    if (cpuRate > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    }
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    const first = page.getByTestId('endpoint-auth');
    await first.waitFor({ state: 'visible', timeout: 20_000 });
    // "Interactive": a click lands and the app reacts (the endpoint becomes the current one).
    await first.click({ timeout: 20_000 });
    return performance.now() - t0;
  } finally {
    await context.close();
  }
}
