// The browser test of exporting and of importing other apps' exports:
// the Export dialog from the reader, the selection and the sidebar, each
// download checked by its content, and a Kindle file through the import.
// Run with `npm run e2e` after `make build` (or set GLOSS_BIN).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { apiCaller, axeInThemes, closeDialogs, recordFaults } from './helpers.mjs';
import { startServer } from './server.mjs';

const frontend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.resolve(frontend, '..');
const bin = path.resolve(frontend, process.env.GLOSS_BIN ?? '../build/bin/gloss');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const noBinary = existsSync(bin) ? false : `no gloss binary at ${bin}: run \`make build\` in ${project}, or set GLOSS_BIN`;

const HARBOUR = 'Harbour plans approved';
const TRAINS = 'Night trains return';
const QUOTE = 'voted to rebuild the pier';

/**
 * file makes an import of text.
 * @param {string} name
 * @param {string} text
 */
const file = (name, text) => ({ name, data: Buffer.from(text, 'utf8').toString('base64') });

const harbour = `---\ntitle: ${HARBOUR}\nurl: https://news.example/harbour\n---\n\nThe council ${QUOTE} by 2027, after a long debate.\n\nCritics say the cost is too high, and <script>alert(1)</script> is no way to argue.\n`;
const trains = `---\ntitle: ${TRAINS}\n---\n\nA sleeper service will link the two capitals from May, the operator said.\n`;
const clippings =
  '\uFEFFThe Quiet Book (Ann Author)\r\n- Your Highlight on page 3 | location 40-41 | Added on Monday, 1 January 2024 10:00:00\r\n\r\nA line worth keeping from the book.\r\n==========\r\n';

describe('exporting in a browser', { skip: noBinary, timeout: 180_000 }, () => {
  /** @type {string} */ let dir;
  /** @type {{url: string, stop: () => Promise<void>}} */ let server;
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {import('playwright-core').Page} */ let page;
  /** @type {ReturnType<typeof apiCaller>} */ let call;
  /** @type {string[]} */ const pageErrors = [];

  const list = () => page.getByRole('listbox', { name: 'Articles' });
  const reader = () => page.locator('main.reader');
  const dialog = () => page.getByRole('dialog', { name: /^Export/ });

  /**
   * exportAs picks a format in the open Export dialog, exports, and returns
   * the downloaded file's name and text once the summary shows.
   * @param {string} format the label of the format
   */
  async function exportAs(format) {
    await dialog().getByRole('radio', { name: format }).check();
    await dialog().getByText(/with \d+ highlight/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog().getByRole('button', { name: 'Export', exact: true }).click()]);
    const saved = await download.path();
    const text = await readFile(saved, 'utf8');
    await dialog().getByRole('status').waitFor();
    return { name: download.suggestedFilename(), text, summary: (await dialog().getByRole('status').textContent()) ?? '' };
  }

  async function closeDialog() {
    await dialog().getByRole('button', { name: 'Done' }).click();
    await dialog().waitFor({ state: 'detached' });
  }

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gloss-export-'));
    server = await startServer(bin, path.join(dir, 'library.db'));
    call = apiCaller(server.url);
    const rep = await call('Library', 'ImportFiles', [[file('harbour.md', harbour), file('trains.md', trains)]]);
    assert.equal(rep.imported, 2, JSON.stringify(rep));
    const page1 = await call('Library', 'Query', [{ view: 'all', limit: 10 }]);
    const id = page1.items.find((/** @type {{title: string}} */ a) => a.title === HARBOUR).id;
    const view = await call('Reader', 'Open', [id]);
    const text = view.blocks.map((/** @type {{text: string}} */ b) => b.text).join('\n\n');
    const at = [...text.slice(0, text.indexOf(QUOTE))].length;
    await call('Notes', 'Create', [id, at, at + QUOTE.length, { color: 1, note: '=HYPERLINK("x")', tags: ['vote'] }]);
    await call('Library', 'AddTags', [[id], ['local']]);

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // The app's own CSP stays on: downloads must work under it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page = await context.newPage();
    recordFaults(page, pageErrors, { statuses: false });
    await page.goto(server.url);
    await list().waitFor();
  });

  afterEach(async () => {
    await closeDialogs(page);
    assert.deepEqual(pageErrors, []);
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('exports the open article as Readwise CSV from the reader', async () => {
    await list().getByRole('option').filter({ hasText: HARBOUR }).click();
    await reader().getByRole('heading', { level: 1, name: HARBOUR }).waitFor();
    await page.getByRole('toolbar', { name: 'Article' }).getByRole('button', { name: 'Export' }).click();
    await dialog().getByText('1 article with 1 highlight').waitFor();
    assert.equal(await dialog().getByRole('radio', { name: 'Full backup' }).count(), 0, 'a backup is offered for one article');
    const { name, text, summary } = await exportAs('CSV for Readwise');
    assert.equal(name, `${HARBOUR}.csv`);
    const [header, row] = text.split('\r\n');
    assert.equal(header, 'Highlight,Title,Author,URL,Note,Location,Date');
    assert.ok(row?.startsWith(`${QUOTE},${HARBOUR},,https://news.example/harbour,"'=HYPERLINK(""x"")`), `row: ${row}`);
    assert.match(summary, new RegExp(`1 file \\(1 article, 1 highlight\\) into ${HARBOUR}\\.csv`));
    await closeDialog();
  });

  it('exports the whole library as one inert, printable HTML page from the sidebar', async () => {
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Export library…' }).click();
    await dialog().getByText('2 articles with 1 highlight').waitFor();
    const { name, text } = await exportAs('Printable page');
    assert.equal(name, 'Gloss highlights.html');
    assert.match(text, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
    assert.ok(!/<script/i.test(text), 'the page holds a script tag');
    assert.ok(text.includes(QUOTE) && text.includes(TRAINS), 'the page lacks an article or the quote');
    await closeDialog();
  });

  it('exports Markdown for a selection as a zip, a tag as citations, and the library as a backup', async () => {
    await list().getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    const bulk = page.getByRole('toolbar', { name: 'Selected articles' });
    await bulk.getByText('2 selected').waitFor();
    await bulk.getByRole('button', { name: 'Export selected' }).click();
    let out = await exportAs('Markdown');
    assert.equal(out.name, 'Gloss export.zip');
    assert.ok(out.text.startsWith('PK'), 'the download is not a zip');
    await closeDialog();
    await page.keyboard.press('Escape');

    const tags = page.getByRole('navigation', { name: 'Library' });
    await tags.getByRole('button', { name: 'Actions for local' }).click();
    await page.getByRole('menuitem', { name: 'Export…' }).click();
    await dialog().getByText('1 article with 1 highlight').waitFor();
    out = await exportAs('Citations');
    assert.ok(out.text.startsWith(`“${QUOTE}”\n— “${HARBOUR}”`), out.text);
    await closeDialog();

    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Export library…' }).click();
    out = await exportAs('Full backup');
    assert.match(out.name, /^gloss-backup-\d{4}-\d\d-\d\d\.json$/);
    const backup = JSON.parse(out.text);
    assert.equal(backup.format, 'gloss-backup');
    assert.equal(backup.articles.length, 2);
    await closeDialog();
  });

  it('shows an Export dialog without serious accessibility faults, light and dark', async () => {
    // axe is injected as an inline script, which the app's CSP forbids.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    const other = await context.newPage();
    try {
      await other.goto(server.url);
      await other.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Export library…' }).click();
      await other.getByRole('dialog', { name: /^Export/ }).getByText(/with \d+ highlight/).waitFor();
      await axeInThemes(other, 'export dialog');
    } finally {
      await context.close();
    }
  });

  it('imports Kindle clippings as a book with its highlight and says so', async () => {
    await page.locator('input[type="file"]').setInputFiles({ name: 'My Clippings.txt', mimeType: 'text/plain', buffer: Buffer.from(clippings, 'utf8') });
    const report = page.getByRole('region', { name: /Imported 1 article/ });
    await report.waitFor();
    assert.match((await report.textContent()) ?? '', /My Clippings\.txt\s*1 imported, 0 duplicates, 1 highlight \(1 placed\)/);
    await page.getByRole('button', { name: 'Dismiss import report' }).click();
    await list().getByRole('option').filter({ hasText: 'The Quiet Book' }).waitFor();
  });
});
