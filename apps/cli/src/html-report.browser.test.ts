import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The check the issue names, end to end: `hotpath analyze --format html -o
 * report.html` on a recorded profile with the real rules, opened in Debian's
 * Chromium (STACK.md, "Browser") and clicked. Skipped, saying why, where
 * Chromium is absent; `.ci/run` installs it.
 */
const ROOT = resolve(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'apps', 'cli', 'bin', 'hotpath.js');
const APP = join(ROOT, 'examples', 'orders-api');
const PROFILE = join(APP, 'profiles', 'cpu.cpuprofile');
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`html-report.browser.test: skipped, ${CHROMIUM} is absent (apt-get install -y chromium)`);

describe.skipIf(!hasChromium || !existsSync(PROFILE))(`hotpath analyze --format html, opened in Chromium (${CHROMIUM})`, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'hotpath-html-e2e-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('highlights the frames of the finding that is clicked', async () => {
    const out = join(tmp, 'report.html');
    const r = spawnSync(process.execPath, [BIN, 'analyze', PROFILE, '--source', APP, '--format', 'html', '-o', out], { cwd: ROOT, timeout: 60_000 });
    expect(r.stderr.toString()).toBe('');
    expect(r.status).toBe(0);

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(pathToFileURL(out).href);
      await page.waitForSelector('html[data-ready="true"]', { timeout: 10_000 });
      const cards = await page.locator('.hp-finding-card').count();
      expect(cards).toBeGreaterThan(0);
      for (let i = 1; i <= cards; i++) {
        // Clicking the finding's heading selects it as the button does.
        await page.click(`#finding-${i} .hp-finding-head h3`);
        // Pre-order ids: along one path, root first.
        const lit = await page.$$eval('#hp-flame .hp-finding', (els) =>
          els
            .map((el) => ({ id: Number(el.getAttribute('data-id')), name: (el.querySelector('title')?.textContent ?? '').split('\n')[0] }))
            .sort((a, b) => a.id - b.id)
            .map((f) => f.name),
        );
        const stack = await page.$$eval(`#finding-${i} ol.hp-stack code`, (els) => els.map((el) => el.textContent));
        expect(lit.length).toBeGreaterThan(0);
        // The highlighted frames are the finding's stack, root first (its leaf end where the stack was bounded).
        expect(stack.slice(-lit.length)).toEqual(lit);
        expect(await page.getAttribute(`#finding-${i}`, 'class')).toContain('hp-selected');
        if (i === 1) {
          mkdirSync(join(ROOT, 'test-results'), { recursive: true });
          await page.screenshot({ path: join(ROOT, 'test-results', 'cli-html-report.png'), fullPage: true });
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
