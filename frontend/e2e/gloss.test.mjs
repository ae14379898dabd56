// The browser test: the real `gloss serve` and the built UI in Chromium.
// Run with `npm run e2e` after `npm run build` and `go build -o build/bin/gloss .`.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { seriousViolations } from './axe.mjs';
import { startServer } from './server.mjs';

const frontend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.resolve(frontend, '..');
const bin = path.resolve(frontend, process.env.GLOSS_BIN ?? '../build/bin/gloss');
const seed = path.resolve(project, '../shared/corpus/seed/asharq-al-awsat-2-articles.txt');
const docs = path.join(project, 'docs');

const DAMASCUS = 'Damascus, Moscow Exchanged 40 Letters Documenting Difficult Stages of Syrian Conflict';
const GAZA = 'Israeli Missile Hits Gaza Children Collecting Water';
const CREDIT = '(Photo by Omar AL-QATTAA / AFP)';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const noBinary = existsSync(bin) ? false : `no gloss binary at ${bin}: run \`go build -o build/bin/gloss .\` in ${project}, or set GLOSS_BIN`;
const noSeed = existsSync(seed) ? false : `seed corpus missing at ${seed}: the import tests need it`;

/**
 * post sends an API call with node:http, which lets the test set Origin.
 * @param {string} url
 * @param {Record<string, string>} headers
 * @returns {Promise<number>} the status
 */
function post(url, headers) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end('[]');
  });
}

describe('gloss serve in a browser', { skip: noBinary, timeout: 120_000 }, () => {
  /** @type {string} */ let dir;
  /** @type {{url: string, stop: () => Promise<void>}} */ let server;
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {import('playwright-core').Page} */ let page;
  /** @type {string[]} */ const pageErrors = [];

  const reader = () => page.locator('main.reader');
  const options = () => page.getByRole('listbox', { name: 'Articles' }).getByRole('option');
  const fileInput = () => page.locator('input[type="file"]');

  /** @param {string} name */
  async function shoot(name) {
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(docs, name) });
  }

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gloss-e2e-'));
    await mkdir(docs, { recursive: true });
    server = await startServer(bin, path.join(dir, 'library.db'));
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // axe is injected as an inline script, which the app's CSP forbids;
    // a separate test below checks the app itself under the real CSP.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
      bypassCSP: true,
    });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
    });
    page.on('response', (res) => {
      // The import of garbage.bin is a 200 with an error in the report, so
      // any 4xx/5xx here is a real fault.
      if (res.status() >= 400) pageErrors.push(`${res.status()} ${res.request().method()} ${new URL(res.url()).pathname}`);
    });
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows the first-run screen and keeps the token across a reload', async () => {
    const res = await page.goto(server.url);
    assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await page.getByRole('heading', { name: 'A quiet place to read the news closely' }).waitFor();
    assert.ok(!page.url().includes('token='), `the token stays in the address bar: ${page.url()}`);
    await page.reload();
    await page.getByRole('heading', { name: 'A quiet place to read the news closely' }).waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, 'an error shows after a reload without ?token=');
    await page.getByRole('button', { name: 'Import articles from files' }).waitFor();
    await shoot('empty.png');
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('imports the seed file through the file input', { skip: noSeed }, async () => {
    await fileInput().setInputFiles(seed);
    await page.getByRole('listbox', { name: 'Articles' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length === 2);
    const titles = await page.locator('[role="option"] .title').allTextContents();
    assert.deepEqual([...titles].sort(), [DAMASCUS, GAZA].sort());
    const report = page.getByRole('region', { name: /Imported 2 articles/ });
    await report.waitFor();
    assert.match((await report.textContent()) ?? '', /asharq-al-awsat-2-articles\.txt\s*2 imported, 0 duplicates/);
    // The first article of the file is opened.
    await reader().getByRole('heading', { level: 1, name: DAMASCUS }).waitFor();
  });

  it('moves in the list with j/k and arrows, opens with Enter, returns with Esc', { skip: noSeed }, async () => {
    await page.getByRole('button', { name: 'Dismiss import report' }).click();
    await page.keyboard.press('Escape');
    const selected = () => page.locator('[role="option"][aria-selected="true"]');
    const focusedTitle = () => page.evaluate(() => document.activeElement?.querySelector('.title')?.textContent ?? '');
    const titles = await page.locator('[role="option"] .title').allTextContents();
    const start = titles.indexOf(DAMASCUS);
    assert.equal(await focusedTitle(), DAMASCUS, 'Esc puts focus on the cursor row');

    const other = titles[1 - start];
    await page.keyboard.press(start === 0 ? 'j' : 'k');
    assert.equal(await selected().locator('.title').textContent(), other);
    assert.equal(await focusedTitle(), other);
    await page.keyboard.press(start === 0 ? 'k' : 'j');
    assert.equal(await selected().locator('.title').textContent(), DAMASCUS);
    await page.keyboard.press(start === 0 ? 'ArrowDown' : 'ArrowUp');
    assert.equal(await selected().locator('.title').textContent(), other);
    await page.keyboard.press(start === 0 ? 'ArrowUp' : 'ArrowDown');
    assert.equal(await selected().count(), 1);
    assert.equal(await page.locator('[role="option"][aria-current="true"] .title').textContent(), DAMASCUS);

    await shoot('library.png');
    assert.deepEqual(await seriousViolations(page), []);

    // Move to Gaza and open it with Enter.
    await page.keyboard.press(titles.indexOf(GAZA) > start ? 'j' : 'k');
    await page.keyboard.press('Enter');
    await reader().getByRole('heading', { level: 1, name: GAZA }).waitFor();
    assert.equal(await page.locator('[role="option"][aria-current="true"] .title').textContent(), GAZA);

    await reader().focus();
    await page.keyboard.press('Escape');
    assert.equal(await focusedTitle(), GAZA, 'Esc from the reader returns to the list');
  });

  it('reads the Gaza article with its caption apart from the paragraphs', { skip: noSeed }, async () => {
    const article = reader().locator('article');
    assert.equal(await article.getByRole('heading', { level: 1 }).textContent(), GAZA);
    assert.equal(await article.getAttribute('dir'), 'ltr');
    const credits = article.getByText(CREDIT, { exact: false });
    assert.equal(await credits.count(), 1, `"${CREDIT}" is shown ${await credits.count()} times`);
    assert.equal(await credits.evaluate((el) => el.tagName), 'FIGCAPTION');
    const first = article.locator('p', { hasText: /^At least eight Palestinians/ });
    assert.equal(await first.count(), 1);
    // A calm picture: no focus ring left on the list.
    await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
    await shoot('reader.png');
    assert.deepEqual(await seriousViolations(page), []);
  });

  it('passes axe in the dark theme too', { skip: noSeed }, async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    try {
      await page.screenshot({ path: path.join(dir, 'reader-dark.png') });
      if (process.env.GLOSS_E2E_KEEP) await page.screenshot({ path: path.join(process.env.GLOSS_E2E_KEEP, 'reader-dark.png') });
      assert.deepEqual(await seriousViolations(page), []);
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });

  it('names the file when an import fails', async () => {
    const garbage = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 151 + 17) % 256));
    await fileInput().setInputFiles({ name: 'garbage.bin', mimeType: 'application/octet-stream', buffer: garbage });
    const report = page.getByRole('region', { name: 'Nothing imported' });
    await report.waitFor();
    const error = report.locator('li.error');
    assert.equal(await error.count(), 1);
    assert.match((await error.textContent()) ?? '', /garbage\.bin/);
    const color = await error.evaluate((el) => getComputedStyle(el).color);
    const [r = 0, g = 0, b = 0] = (color.match(/\d+/g) ?? []).map(Number);
    assert.ok(r > 2 * g && r > 2 * b, `the error is not red: ${color}`);
    await page.getByRole('button', { name: 'Dismiss import report' }).click();
  });

  it('imports dropped files and reports duplicates', { skip: noSeed }, async () => {
    const text = await readFile(seed, 'utf8');
    await page.evaluate((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }));
      document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    await page.getByText('Drop files to import them').waitFor();
    await page.evaluate((content) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], 'dropped.txt', { type: 'text/plain' }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, text);
    const report = page.getByRole('region', { name: 'Already in your library' });
    await report.waitFor();
    assert.match((await report.textContent()) ?? '', /dropped\.txt\s*0 imported, 2 duplicates/);
    assert.equal(await page.getByText('Drop files to import them').count(), 0);
    assert.equal(await options().count(), 2);
  });

  it('refuses API calls without the token or from a foreign origin', async () => {
    const base = new URL(server.url);
    const token = base.searchParams.get('token') ?? '';
    const api = new URL('/api/Library/List', base).href;
    const noToken = await post(api, {});
    assert.ok(noToken === 401 || noToken === 403, `without the token: ${noToken}`);
    assert.equal(await post(api, { 'X-Gloss-Token': 'wrong' }), 401);
    assert.equal(await post(api, { 'X-Gloss-Token': token, Origin: 'https://example.com' }), 403);
    assert.equal(await post(api, { 'X-Gloss-Token': token }), 200);
  });

  it('runs under the real Content-Security-Policy', { skip: noSeed }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    /** @type {string[]} */ const problems = [];
    try {
      const strict = await context.newPage();
      strict.on('pageerror', (err) => problems.push(err.message));
      strict.on('console', (msg) => {
        if (msg.type() === 'error' || /Content.Security.Policy/i.test(msg.text())) problems.push(msg.text());
      });
      await strict.goto(server.url);
      await strict.getByRole('option').filter({ hasText: GAZA }).click();
      await strict.locator('main.reader').getByRole('heading', { level: 1, name: GAZA }).waitFor();
    } finally {
      await context.close();
    }
    assert.deepEqual(problems, []);
  });

  it('logged no errors in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
