// The browser test of the settings' library maintenance: compacting the
// library file from the settings dialog, with its busy state and result,
// on a library that has room to give back after emptying the trash.
// Run with `npm run e2e` after `make build`, or set GLOSS_BIN.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
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
const corpus = path.resolve(project, '../shared/corpus');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const noBinary = existsSync(bin) ? false : `no gloss binary at ${bin}: run \`make build\` in ${project}, or set GLOSS_BIN`;
const noCorpus = existsSync(path.join(corpus, 'bbc/business')) ? false : `corpus missing at ${corpus}: the settings test needs it`;

/**
 * bbcFiles reads n BBC articles of the corpus as the API takes files.
 * @param {number} n
 * @returns {Promise<{name: string, data: string}[]>}
 */
async function bbcFiles(n) {
  const dir = path.join(corpus, 'bbc', 'business');
  const names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort().slice(0, n);
  return Promise.all(names.map(async (f) => ({ name: `business-${f}`, data: (await readFile(path.join(dir, f))).toString('base64') })));
}

/**
 * megabytes reads a size as the dialog prints it ("1.2 MB" or "340 KB").
 * @param {string} s
 */
function megabytes(s) {
  const m = /([\d.]+) (KB|MB)/.exec(s);
  assert.ok(m, `no size in ${s}`);
  return Number(m[1]) / (m[2] === 'KB' ? 1024 : 1);
}

describe('settings in a browser', { skip: noBinary || noCorpus, timeout: 120_000 }, () => {
  /** @type {string} */ let dir;
  /** @type {string} */ let db;
  /** @type {{url: string, stop: () => Promise<void>}} */ let server;
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {import('playwright-core').Page} */ let page;
  /** @type {ReturnType<typeof apiCaller>} */ let call;
  /** @type {string[]} */ const pageErrors = [];

  const settings = () => page.getByRole('dialog', { name: 'Settings' });
  const compactButton = () => settings().getByRole('button', { name: /^(Compact library|Compacting…)$/ });
  const blur = () => page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gloss-e2e-settings-'));
    db = path.join(dir, 'library.db');
    server = await startServer(bin, db);
    call = apiCaller(server.url);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // axe is injected as an inline script, which the app's CSP forbids.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', bypassCSP: true });
    page = await context.newPage();
    recordFaults(page, pageErrors);
  });

  afterEach(async () => {
    await closeDialogs(page);
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('compacts the library from the settings, showing the sizes before and after', async () => {
    // Import, then delete most of it for good: the file keeps the room.
    const rep = await call('Library', 'ImportFiles', [await bbcFiles(120)]);
    assert.equal(rep.imported, 120, `imported ${rep.imported} of 120`);
    const all = (await call('Library', 'Query', [{ view: 'all', limit: 1000 }])).items;
    const keep = all.slice(0, 10).map((/** @type {any} */ a) => a.title).sort();
    await call('Library', 'Trash', [all.slice(10).map((/** @type {any} */ a) => a.id)]);
    assert.equal(await call('Library', 'EmptyTrash'), 110);
    const sizeBefore = (await stat(db)).size;

    await page.goto(server.url);
    await page.getByRole('listbox', { name: 'Articles' }).waitFor();
    await blur();
    await page.keyboard.press(',');
    await settings().waitFor();

    // The answer waits at the server's door, so the busy state can be seen.
    /** @type {() => void} */ let release = () => {};
    const held = new Promise((r) => (release = () => r(undefined)));
    await page.route('**/api/System/Compact', async (route) => {
      await held;
      await route.continue();
    });
    try {
      await compactButton().click();
      await settings().getByRole('button', { name: 'Compacting…' }).waitFor();
      assert.ok(await compactButton().isDisabled(), 'the button stays enabled while compacting');
      assert.ok(await settings().getByRole('button', { name: 'Check library' }).isDisabled(), 'other maintenance can start while compacting');
      await settings().getByText('Copying the library into a smaller file').waitFor();
      release();
      const done = settings().getByRole('status', { name: 'Compacting' }).getByText(/^Compacted from /);
      await done.waitFor();
      const text = (await done.textContent()) ?? '';
      const [from, to] = text.split(' to ').map(megabytes);
      assert.ok(from !== undefined && to !== undefined && to < from, `the file did not shrink: ${text}`);
      const sizeAfter = (await stat(db)).size;
      assert.ok(sizeAfter < sizeBefore, `library file ${sizeBefore} -> ${sizeAfter} bytes`);
      assert.ok(Math.abs(to - sizeAfter / (1 << 20)) < 0.1, `the dialog says ${to} MB, the file is ${sizeAfter} bytes`);
      assert.equal(await compactButton().textContent(), 'Compact library');
      assert.ok(!(await compactButton().isDisabled()), 'the button stays disabled after compacting');
    } finally {
      release();
      await page.unroute('**/api/System/Compact');
    }

    // The app goes on with the new file: a check is clean, the kept
    // articles are listed and open.
    await settings().getByRole('button', { name: 'Check library' }).click();
    await settings().getByText('The library is in good order.').waitFor();
    await blur();
    await axeInThemes(page, 'settings after compacting');
    await settings().getByRole('button', { name: 'Done' }).click();
    await settings().waitFor({ state: 'detached' });
    const titles = (await call('Library', 'Query', [{ view: 'all', limit: 1000 }])).items.map((/** @type {any} */ a) => a.title).sort();
    assert.deepEqual(titles, keep);
    const first = page.getByRole('listbox', { name: 'Articles' }).getByRole('option').first();
    await first.click();
    await page.locator('main.reader').getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(pageErrors, []);
  });
});
