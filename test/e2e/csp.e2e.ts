// The page's own defence: the Content-Security-Policy served by the preview server (header)
// and written in the built page (meta), and by the dev server with a nonce per page; no
// violation while the app works (demo, workers, map exports, printable report); markup
// injected into the page runs no handler and applies no inline style.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../vite.config.ts';
import { appSession, screenshot, type OpenedPage } from './browser.ts';
import { BASE_URL } from './server.ts';

/** Records every CSP violation the page reports, from its very start. */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(e.effectiveDirective + ' ' + (e.blockedURI || 'inline'));
  });
`;

type Recorded = Window & { __violations: string[]; __pwned?: number };

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as Recorded).__violations);

async function ready(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="app"][data-ready="true"][data-analysis="done"]', {
    timeout: 120_000,
  });
}

/** The CSP messages Chromium printed in the console. */
const cspErrors = (errors: string[]) => errors.filter((e) => /Content Security Policy/i.test(e));

const session = appSession();

describe('the built app, served by vite preview', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await session.open({
      prepare: (page) => page.addInitScript(RECORD_VIOLATIONS),
    });
    await ready(opened.page);
  });
  afterAll(async () => {
    await opened.page.context().close();
  });

  it('sends the policy as a header and writes it in the page', async () => {
    const response = await fetch(BASE_URL);
    const header = response.headers.get('content-security-policy');
    expect(header).toBe(contentSecurityPolicy({ header: true }));
    expect(header).not.toContain('unsafe-inline');
    expect(header).toContain("frame-ancestors 'none'");
    const meta = await opened.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(meta).toBe(contentSecurityPolicy());
  });

  it('reports no violation while the demo loads, the workers run, the map is exported and the report opens', async () => {
    const { page } = opened;
    await page.locator('[data-testid="export-menu"] summary').click();
    for (const id of ['export-png', 'export-svg']) {
      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByTestId(id).click(),
      ]);
      expect(await file.failure()).toBeNull();
    }
    await page.locator('[data-testid="export-menu"] summary').click();
    await page.getByTestId('open-report').click();
    const report = page.getByTestId('print-report');
    await report.locator('img').waitFor();
    // The @page rule follows the format, without an inline <style>.
    await page.getByTestId('report-format').selectOption('a3-landscape');
    const pageRule = await page.evaluate(() =>
      document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join(),
    );
    expect(pageRule).toMatch(/@page \{ size: A3 landscape/i);
    await screenshot(page, 'csp-report');
    await page.keyboard.press('Escape');
    // Cytoscape's container is positioned (what its inlined rule was for).
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('.__________cytoscape_container')!).position,
      ),
    ).not.toBe('static');
    expect(await violations(page)).toEqual([]);
    expect(cspErrors(opened.errors)).toEqual([]);
    expect(opened.outside).toEqual([]);
  });

  it('refuses a handler or a style injected into the page', async () => {
    const { page } = opened;
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        'beforeend',
        '<img src="data:," onerror="window.__pwned=1"><img src="x" onerror="window.__pwned=2">' +
          '<style id="injected">body { background: rgb(255, 0, 0) }</style>' +
          '<p id="styled" style="color: rgb(255, 0, 0)">x</p>',
      );
    });
    await expect.poll(() => violations(page).then((v) => v.join('\n'))).toMatch(/script-src/);
    const found = await violations(page);
    expect(found.some((v) => v.startsWith('style-src'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as Recorded).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      'rgb(255, 0, 0)',
    );
    expect(
      await page.evaluate(() => getComputedStyle(document.getElementById('styled')!).color),
    ).not.toBe('rgb(255, 0, 0)');
  });
});

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the dev server (npm start)', () => {
  let stop = () => {};
  let url = '';
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    const server = spawn('npx', ['vite', '--strictPort', '--port', String(port)], {
      stdio: 'ignore',
      detached: true,
    });
    stop = () => {
      try {
        process.kill(-server.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (
        await fetch(url).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new Error(`vite did not answer on ${url}`);
  });
  afterAll(() => stop());

  it('sends the policy with a fresh nonce per page, the one its inline tags carry', async () => {
    const pages = await Promise.all([fetch(url), fetch(url)]);
    const nonces: string[] = [];
    for (const response of pages) {
      const header = response.headers.get('content-security-policy') ?? '';
      const nonce = /'nonce-([^']+)'/.exec(header)?.[1] ?? '';
      expect(header).toBe(contentSecurityPolicy({ nonce, header: true }));
      expect(header).not.toContain('unsafe-inline');
      const html = (await response.text()).replace(/<!--[\s\S]*?-->/g, '');
      const inline = [...html.matchAll(/<(script|style)(?![^>]*\bsrc=)[^>]*>/g)].map((m) => m[0]);
      expect(inline.length).toBeGreaterThan(0);
      for (const tag of inline) expect(tag).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).toHaveLength(24);
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('runs the app without a violation', async () => {
    const { page, errors } = await session.open({
      url,
      prepare: (page) => page.addInitScript(RECORD_VIOLATIONS),
    });
    await ready(page);
    await screenshot(page, 'csp-dev-server');
    expect(await violations(page)).toEqual([]);
    expect(cspErrors(errors)).toEqual([]);
    await page.context().close();
  });
});
