import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's chromium; browser tests never download a browser. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Where browser tests leave their screenshots. */
export const ARTIFACTS_DIR = new URL('../artifacts/', import.meta.url).pathname;

/** Launches headless chromium with the flags this closed network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a full-page screenshot as a test artifact. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS_DIR}${name}.png`, fullPage: true });
}

/**
 * A new page at a window's screen size (1366×768, zh-CN) on the web app at `url`, signed in as `username`
 * (demo password) and waiting for `ready`; the page's uncaught errors go into `errors`. With `fakeClock`, the
 * page's timers run on playwright's clock from the start (tests move it with `page.clock`).
 */
export async function signedInPage(
  browser: Browser,
  url: string,
  username: string,
  ready: string,
  errors: string[],
  options: { readonly fakeClock?: boolean } = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  page.on('pageerror', (error) => errors.push(error.message));
  if (options.fakeClock) await page.clock.install();
  await page.goto(url);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', 'govflow');
  await page.click('button[type=submit]');
  await page.waitForSelector(ready);
  return page;
}
