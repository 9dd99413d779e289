import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml, type Report } from '@hotpath/report';
import { hasOrdersProfile, hostileReport, ordersReport, PAYLOADS, ROOT, sampleReport } from './report.fixture';

/**
 * The HTML report opened and clicked in a real browser: Debian's Chromium
 * driven by playwright-core (STACK.md, "Browser"). `.ci/run` installs
 * Chromium; where it is absent these tests are skipped, saying why.
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`html.browser.test: skipped, ${CHROMIUM} is absent (apt-get install -y chromium)`);
const SCREENSHOTS = join(ROOT, 'test-results');

interface Opened {
  page: Page;
  /** Page errors and console errors (a CSP violation is one). */
  errors: string[];
  /** Requests for anything but the file itself: there must be none. */
  requests: string[];
}

describe.skipIf(!hasChromium)(`the HTML report in Chromium (${CHROMIUM})`, () => {
  let browser: Browser;
  let dir = '';
  const pages: Page[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hotpath-html-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(report: Report, name: string): Promise<Opened> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, renderHtml(report));
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    await context.route(/^(?!file:)/, (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    pages.push(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-ready="true"]', { timeout: 10_000 });
    return { page, errors, requests };
  }

  /** The frames drawn, in the order of the page's data (pre-order), with what the page shows of them. */
  async function frames(page: Page, selector = '#hp-flame .hp-frame') {
    return page.$$eval(selector, (els) =>
      els
        .map((el) => ({
          id: Number(el.getAttribute('data-id')),
          name: (el.querySelector('title')?.textContent ?? '').split('\n')[0],
          title: el.querySelector('title')?.textContent ?? '',
          width: Number(el.querySelector('rect')?.getAttribute('width')),
          cls: el.getAttribute('class') ?? '',
        }))
        .sort((a, b) => a.id - b.id),
    );
  }

  const svgWidth = (page: Page) => page.$eval('#hp-flame', (el) => Number((el.getAttribute('viewBox') ?? '').split(' ')[2]));

  it.skipIf(!hasOrdersProfile)("highlights a finding's frames when it is clicked, then zooms, searches and resets (orders-api profile)", async () => {
    const report = ordersReport();
    const { page, errors, requests } = await open(report, 'orders');
    const all = await frames(page);
    expect(all.length).toBeGreaterThan(50);
    expect(all[0].name).toBe('(root)');

    // Click the finding: exactly its stack's frames light up, root first, the costly one outlined.
    await page.click('#finding-1 .hp-show');
    const lit = await frames(page, '#hp-flame .hp-finding');
    expect(lit.map((f) => f.name)).toEqual(report.findings[0].stack.map((s) => s.function));
    expect(lit.at(-1)!.cls).toContain('hp-finding-leaf');
    expect(await page.getAttribute('#finding-1', 'class')).toContain('hp-selected');
    expect(await page.textContent('#hp-status')).toContain(`Showing the ${lit.length} frames of finding 1`);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'html-report.png'), fullPage: true });

    // Reset: nothing highlighted, the whole profile again.
    await page.click('#hp-reset');
    expect(await page.locator('#hp-flame .hp-finding').count()).toBe(0);
    expect((await frames(page))[0].width).toBeGreaterThan((await svgWidth(page)) - 1);

    // Click a frame: it fills the width; what is above it stays as context.
    const handle = (await frames(page)).find((f) => f.name === 'handle')!;
    expect(handle.width).toBeLessThan((await svgWidth(page)) * 0.9);
    await page.click(`#hp-flame .hp-frame[data-id="${handle.id}"]`);
    const zoomed = await frames(page);
    expect(zoomed.find((f) => f.id === handle.id)!.width).toBeGreaterThan((await svgWidth(page)) - 1);
    expect(zoomed.filter((f) => f.cls.includes('hp-ancestor')).map((f) => f.name)[0]).toBe('(root)');
    expect(zoomed.length).toBeLessThan(all.length);
    expect(await page.textContent('#hp-info')).toContain('handle');

    // Search: the matching frames are marked, and the status says how much of the profile they are.
    await page.keyboard.press('Escape');
    await page.fill('#hp-search', 'PBKDF2');
    const matched = await frames(page, '#hp-flame .hp-match');
    expect(matched.length).toBeGreaterThan(0);
    // A frame matches by its function's name or its file's.
    for (const f of matched) expect(f.title.toLowerCase()).toContain('pbkdf2');
    expect(matched.some((f) => f.name === 'pbkdf2Sync')).toBe(true);
    expect(await page.textContent('#hp-status')).toMatch(/frames? match(es)?, [\d.]+% of the profile\./);
    await page.click('#hp-reset');
    expect(await page.inputValue('#hp-search')).toBe('');
    expect(await page.locator('#hp-flame .hp-match').count()).toBe(0);

    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('runs no script a hostile profile wrote, and shows its strings as text', async () => {
    const report = hostileReport();
    const { page, errors, requests } = await open(report, 'hostile');
    await page.click('#finding-1 .hp-show');
    expect(await page.locator('#hp-flame .hp-finding').count()).toBe(3);
    await page.hover('#hp-flame .hp-finding-leaf');
    await page.fill('#hp-search', '<img');
    expect(await page.locator('#hp-flame .hp-match').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    // The strings are there, as text.
    expect(await page.textContent('#finding-1 h3')).toContain(`${PAYLOADS[3]} title`);
    expect(await page.textContent('#hp-info')).toContain(report.findings[0].stack[2].function);
    expect(await page.locator('#hp-findings img, #hp-findings iframe, #hp-flame svg').count()).toBe(0);
    expect(await page.evaluate(() => document.scripts.length)).toBe(2);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('works without a flame graph', async () => {
    const { page, errors } = await open(sampleReport({ flameGraph: undefined }), 'no-graph');
    expect(await page.textContent('#hp-flame-section')).toContain('built without a flame graph');
    expect(await page.locator('.hp-show').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
