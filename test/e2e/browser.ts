// Headless Chromium for the end-to-end tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH),
// driven by playwright-core, which never downloads a browser. Every request that does not go
// to the local server is recorded, so tests can assert that nothing leaves the machine.
//
// The one set-up of the e2e files: `appSession()` (a browser for the file's tests, pages
// opened with `session.open()`) or `appPage()` (the same, with one page of the app opened
// before the tests); both close everything after the file's tests. Each page records the
// console's errors, the requests that leave the local server and the dialogs (dismissed).
import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { diagnosticArgs, watchRenderer } from './renderer-watch.ts';
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

/** Headless Chromium; `webgl`: with SwiftShader's software WebGL too (the benches' peer
 * draws with it; the app stays on its canvas renderer on a software context). */
export async function launch(options: { webgl?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      ...(options.webgl ? ['--enable-unsafe-swiftshader'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
      ...diagnosticArgs(),
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** URLs requested outside the local server. */
  outside: string[];
  /** Errors thrown in the page or printed with console.error. */
  errors: string[];
  /** Messages of the dialogs the page opened (alert, confirm…), each dismissed. */
  dialogs: string[];
}

export interface OpenOptions {
  /** The server's root: the e2e server's unless a bench started its own preview. Requests
   * elsewhere are recorded in `outside`. */
  base?: string;
  /** After the server's root: `?renderer=webgl`… */
  path?: string;
  /** Another page of the server instead. */
  url?: string;
  /** Runs on the page before it loads (init scripts, routes). */
  prepare?: (page: Page) => Promise<unknown>;
  /** Files (paths) given to the file input once the demo is drawn (the test waits for
   * their counts, e.g. with panels.ts waitForPanels). */
  files?: readonly string[];
  /** Waits until the app has drawn the demo; 'analysed': and its analysis is done too (the
   * benches start their measure from a quiet page). */
  ready?: boolean | 'analysed';
  /** How long to wait for the demo (ms; 90 s unless told: eight sessions may share two
   * cores). */
  timeout?: number;
}

/** Opens the app in a new browser profile (closed with `page.context().close()` or with the
 * browser), 1366 × 800. The e2e tests and the browser benches open their pages here. */
export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<OpenedPage> {
  const base = options.base ?? BASE_URL;
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await watchRenderer(page);
  await options.prepare?.(page);
  const outside: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      outside.push(url);
    }
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(options.url ?? base + (options.path ?? ''));
  const analysed = options.ready === 'analysed' ? '[data-analysis="done"]' : '';
  const ready = () =>
    page.waitForSelector(`[data-testid="app"][data-ready="true"]${analysed}`, {
      timeout: options.timeout ?? 90_000,
    });
  if (options.files?.length) {
    await ready();
    await page.getByTestId('file-input').setInputFiles([...options.files]);
  } else if (options.ready) await ready();
  return { page, outside, errors, dialogs };
}

export interface AppSession {
  /** The browser, launched before the file's tests. */
  readonly browser: Browser;
  /** Opens the app in a new profile of that browser (closed with it). */
  open(options?: OpenOptions): Promise<OpenedPage>;
}

/** A browser for the tests of one file: launched before them, closed after them. */
export function appSession(): AppSession {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const started = (): Browser => {
    if (!browser) throw new Error('The browser starts in beforeAll: use it inside a test.');
    return browser;
  };
  return {
    get browser() {
      return started();
    },
    open: (options) => openApp(started(), options),
  };
}

/**
 * A browser and one page of the app for the tests of one file, opened before them (the
 * demo, or `options.files` imported), closed after them. Its fields are read in the tests.
 */
export function appPage(options: OpenOptions = {}): OpenedPage & AppSession {
  const session = appSession();
  let opened: OpenedPage | undefined;
  beforeAll(async () => {
    opened = await session.open(options);
  });
  const current = (): OpenedPage => {
    if (!opened) throw new Error('The page opens in beforeAll: use it inside a test.');
    return opened;
  };
  return {
    get browser() {
      return session.browser;
    },
    open: session.open,
    get page() {
      return current().page;
    },
    get outside() {
      return current().outside;
    },
    get errors() {
      return current().errors;
    },
    get dialogs() {
      return current().dialogs;
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}
