// Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH),
// driven by playwright-core, which never downloads a browser. Every request that does not go
// to the local server is recorded, so tests can assert that nothing leaves the machine.
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BASE_URL } from './server.ts';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const ARTIFACTS = 'test-results/e2e';

export function chromiumPath(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** URLs requested outside the local server. */
  outside: string[];
  /** Errors thrown in the page or printed with console.error. */
  errors: string[];
}

/** Opens the app in a new browser profile; `prepare` runs on the page before it loads (init
 * scripts, routes). */
export async function openApp(
  browser: Browser,
  path = '',
  prepare?: (page: Page) => Promise<void>,
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await prepare?.(page);
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(BASE_URL) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      outside.push(url);
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(BASE_URL + path);
  return { page, outside, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}
