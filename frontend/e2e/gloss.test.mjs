// The browser test: the real `gloss serve` and the built UI in Chromium,
// one flow after another on one library.
// Run with `npm run e2e` after `npm run build` and `go build -o build/bin/gloss .`.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { seriousViolations } from './axe.mjs';
import { apiCaller, axeInThemes, closeDialogs, eventually, recordFaults, shooter } from './helpers.mjs';
import { startServer } from './server.mjs';

const frontend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.resolve(frontend, '..');
const bin = path.resolve(frontend, process.env.GLOSS_BIN ?? '../build/bin/gloss');
const corpus = path.resolve(project, '../shared/corpus');
const seed = path.join(corpus, 'seed/asharq-al-awsat-2-articles.txt');
const dumps = ['dump-003.txt', 'dump-005.txt', 'dump-010.txt'].map((f) => path.join(corpus, 'news-dumps', f));
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
const noSeed = [seed, ...dumps].every(existsSync) ? false : `corpus missing at ${corpus}: the import tests need it`;

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

describe('gloss serve in a browser', { skip: noBinary, timeout: 240_000 }, () => {
  /** @type {string} */ let dir;
  /** @type {{url: string, stop: () => Promise<void>}} */ let server;
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {import('playwright-core').Page} */ let page;
  /** @type {ReturnType<typeof apiCaller>} */ let call;
  /** @type {ReturnType<typeof shooter>} */ let shoot;
  /** @type {string[]} */ const pageErrors = [];

  const reader = () => page.locator('main.reader');
  const text = () => page.getByRole('region', { name: 'Article text' });
  const list = () => page.getByRole('listbox', { name: 'Articles' });
  const options = () => list().getByRole('option');
  const row = (/** @type {string} */ title) => options().filter({ hasText: title });
  /**
   * seek scrolls the list until the row of a title is drawn (the list draws
   * only the rows in sight) and returns it.
   * @param {string} title
   */
  async function seek(title) {
    const r = row(title);
    for (let top = 0; (await r.count()) === 0; top += 300) {
      const end = await list().evaluate((el, t) => {
        el.scrollTop = t;
        return t >= el.scrollHeight;
      }, top);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      if (end) break;
    }
    return r;
  }
  const fileInput = () => page.locator('input[type="file"]');
  const focusedTitle = () => page.evaluate(() => document.activeElement?.querySelector('.title')?.textContent ?? '');
  const cursorTitle = () => list().locator('[role="option"][tabindex="0"] .title').textContent();
  const sidebar = () => page.getByRole('navigation', { name: 'Library' });
  const view = (/** @type {string} */ name) => sidebar().getByRole('button', { name: new RegExp(`^${name}\\b`) });
  const blur = () => page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
  /** @param {string} text */
  const notice = (text) => page.getByRole('status').filter({ hasText: text });
  /** @param {number} id */
  const summary = async (id) => (await call('Library', 'Query', [{ view: 'all', limit: 1000 }])).items.find((/** @type {any} */ a) => a.id === id);

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gloss-e2e-'));
    await mkdir(docs, { recursive: true });
    server = await startServer(bin, path.join(dir, 'library.db'));
    call = apiCaller(server.url);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // axe is injected as an inline script, which the app's CSP forbids;
    // a separate test below checks the app itself under the real CSP.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', bypassCSP: true });
    page = await context.newPage();
    shoot = shooter(page, docs);
    recordFaults(page, pageErrors);
  });

  // A failed test must not leave a modal dialog over the next one.
  afterEach(async () => {
    await closeDialogs(page);
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows the first-run screen and keeps the token across a reload', async () => {
    const res = await page.goto(server.url);
    assert.match(res?.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    const welcome = page.getByRole('heading', { name: 'A quiet place to read the news closely' });
    await welcome.waitFor();
    assert.ok(!page.url().includes('token='), `the token stays in the address bar: ${page.url()}`);
    await page.reload();
    await welcome.waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, 'an error shows after a reload without ?token=');
    const facts = (await page.getByRole('main', { name: 'Welcome' }).textContent()) ?? '';
    for (const what of ['Copy-paste dumps of news sites', 'Markdown', '.html']) assert.ok(facts.includes(what), `the first run does not mention ${what}`);
    await page.getByRole('button', { name: 'Import articles from files' }).waitFor();
    await axeInThemes(page, 'first run', (scheme) => shoot(scheme === 'light' ? 'empty.png' : 'empty-dark.png'));
  });

  it('imports the seed file through the file input and opens its first article', { skip: noSeed }, async () => {
    await fileInput().setInputFiles(seed);
    await list().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[role="option"]').length === 2);
    const titles = await list().locator('[role="option"] .title').allTextContents();
    assert.deepEqual([...titles].sort(), [DAMASCUS, GAZA].sort());
    const report = page.getByRole('region', { name: /Imported 2 articles/ });
    await report.waitFor();
    assert.match((await report.textContent()) ?? '', /asharq-al-awsat-2-articles\.txt\s*2 imported, 0 duplicates/);
    await reader().getByRole('heading', { level: 1, name: DAMASCUS }).waitFor();
    assert.equal(await view('All').textContent().then((t) => t?.replace(/\s+/g, ' ').trim()), 'All 2');
    await page.getByRole('button', { name: 'Dismiss import report' }).click();
  });

  it('moves with j/k and arrows, opens with Enter, returns with Esc', { skip: noSeed }, async () => {
    await page.keyboard.press('Escape');
    assert.equal(await focusedTitle(), DAMASCUS, 'Esc puts focus on the cursor row');
    const titles = await list().locator('[role="option"] .title').allTextContents();
    const start = titles.indexOf(DAMASCUS);
    const other = titles[1 - start];
    await page.keyboard.press(start === 0 ? 'j' : 'k');
    assert.equal(await cursorTitle(), other);
    assert.equal(await focusedTitle(), other);
    await page.keyboard.press(start === 0 ? 'ArrowUp' : 'ArrowDown');
    assert.equal(await cursorTitle(), DAMASCUS);
    assert.equal(await list().locator('[aria-current="true"] .title').textContent(), DAMASCUS);

    await page.keyboard.press(titles.indexOf(GAZA) > start ? 'j' : 'k');
    await page.keyboard.press('Enter');
    await reader().getByRole('heading', { level: 1, name: GAZA }).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Article text');
    assert.equal(await list().locator('[aria-current="true"] .title').textContent(), GAZA);

    // ] and [ step through the list from the open article.
    await page.keyboard.press(titles.indexOf(DAMASCUS) > titles.indexOf(GAZA) ? ']' : '[');
    await reader().getByRole('heading', { level: 1, name: DAMASCUS }).waitFor();
    await page.keyboard.press(titles.indexOf(DAMASCUS) > titles.indexOf(GAZA) ? '[' : ']');
    await reader().getByRole('heading', { level: 1, name: GAZA }).waitFor();

    await page.keyboard.press('Escape');
    assert.equal(await focusedTitle(), GAZA, 'Esc from the reader returns to the list');
  });

  it('reads the Gaza article: caption apart, direction, reading time, progress bar', { skip: noSeed }, async () => {
    const article = reader().locator('article');
    assert.equal(await article.getByRole('heading', { level: 1 }).textContent(), GAZA);
    assert.equal(await article.getAttribute('dir'), 'ltr');
    const credits = article.getByText(CREDIT, { exact: false });
    assert.equal(await credits.count(), 1, `"${CREDIT}" is shown ${await credits.count()} times`);
    assert.equal(await credits.evaluate((el) => el.tagName), 'FIGCAPTION');
    assert.equal(await article.locator('p', { hasText: /^At least eight Palestinians/ }).count(), 1);
    assert.match((await article.locator('header').textContent()) ?? '', /\d+ min read/);
    await reader().getByRole('progressbar', { name: 'Reading progress' }).waitFor();
  });

  it('restores the reading position when an article is opened again', { skip: noSeed }, async () => {
    const gaza = await (await seek(GAZA)).getAttribute('id');
    const id = Number(gaza?.replace('article-', ''));
    await text().evaluate((el) => el.scrollTo({ top: (el.scrollHeight - el.clientHeight) / 2 }));
    const bar = reader().getByRole('progressbar', { name: 'Reading progress' });
    await page.waitForFunction(() => document.querySelector('[aria-label="Reading progress"]')?.getAttribute('aria-valuenow') === '50');
    assert.equal(await bar.getAttribute('aria-valuenow'), '50');
    // Saved once scrolling pauses.
    for (let i = 0; i < 30 && Math.abs(((await summary(id))?.progress ?? 0) - 0.5) > 0.01; i++) await page.waitForTimeout(100);
    assert.ok(Math.abs((await summary(id)).progress - 0.5) <= 0.01, `progress saved: ${(await summary(id)).progress}`);
    await row(GAZA).locator('.bar').waitFor();
    assert.match((await row(GAZA).textContent()) ?? '', /50% read/);

    await (await seek(DAMASCUS)).click();
    await reader().getByRole('heading', { level: 1, name: DAMASCUS }).waitFor();
    assert.equal(await text().evaluate((el) => el.scrollTop), 0, 'another article opens at its top');
    await (await seek(GAZA)).click();
    await reader().getByRole('heading', { level: 1, name: GAZA }).waitFor();
    await page.waitForFunction(() => {
      const el = document.querySelector('[aria-label="Article text"]');
      return el && Math.abs(el.scrollTop / (el.scrollHeight - el.clientHeight) - 0.5) < 0.02;
    });
  });

  it('imports several files with progress, a Cancel button and a result per file', { skip: noSeed }, async () => {
    // Each file waits a little at the server's door, so the progress can be seen.
    await page.route('**/api/Library/ImportFiles', async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    try {
      await fileInput().setInputFiles([...dumps, seed]);
      const progress = page.getByRole('status').filter({ hasText: /Importing \d of 4/ });
      await progress.waitFor();
      assert.match((await progress.textContent()) ?? '', /Importing 1 of 4: dump-003\.txt/);
      await page.getByRole('progressbar', { name: 'Import progress' }).waitFor();
      await page.getByRole('button', { name: 'Cancel' }).waitFor();
      const report = page.getByRole('region', { name: /Imported \d+ articles/ });
      await report.waitFor({ timeout: 20_000 });
      const lines = await report.locator('li').allTextContents();
      assert.equal(lines.length, 4);
      assert.match(lines[0] ?? '', /dump-003\.txt\s*\d+ imported, 0 duplicates/);
      assert.match(lines[3] ?? '', /asharq-al-awsat-2-articles\.txt\s*0 imported, 2 duplicates/);
      await page.getByRole('button', { name: 'Dismiss import report' }).click();

      // Cancelling stops before the next file.
      await fileInput().setInputFiles(dumps);
      await page.getByRole('status').filter({ hasText: /Importing 1 of 3/ }).waitFor();
      await page.getByRole('button', { name: 'Cancel' }).click();
      const cancelled = page.getByRole('region', { name: /cancel/i });
      await cancelled.waitFor();
      assert.ok((await cancelled.locator('li').count()) < 3, 'files after Cancel were still imported');
      await page.getByRole('button', { name: 'Dismiss import report' }).click();
    } finally {
      await page.unroute('**/api/Library/ImportFiles');
    }
    const counts = await call('Library', 'Counts');
    assert.ok(counts.all > 10, `only ${counts.all} articles after the import`);
  });

  it('tags an article with t, filters by the tag, renames and deletes tags', { skip: noSeed }, async () => {
    await (await seek(GAZA)).click();
    await page.keyboard.press('t');
    const dialog = page.getByRole('dialog', { name: 'Tags' });
    await dialog.waitFor();
    await dialog.getByRole('combobox', { name: /Add a tag/ }).fill('gaza, water');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Remove tag water' }).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await row(GAZA).locator('.chip', { hasText: 'gaza' }).waitFor();

    // The notes pane edits the same tags; its note saves as you type.
    await (await seek(DAMASCUS)).click();
    await reader().getByRole('button', { name: 'Notes', pressed: false }).click();
    const notes = page.getByRole('complementary', { name: 'Notes' });
    await notes.getByRole('combobox', { name: 'Add a tag' }).fill('syria');
    await page.keyboard.press('Enter');
    await notes.getByRole('button', { name: 'Remove tag syria' }).waitFor();
    await notes.getByRole('textbox', { name: 'Note' }).fill('Forty letters: who kept them, and why publish now?');
    await notes.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    // At 1280 px the notes took the sidebar's room; bring it back.
    await page.getByRole('button', { name: 'Sidebar', pressed: false }).click();

    const tags = sidebar().getByRole('region', { name: 'Tags' });
    await tags.getByRole('button', { name: /^gaza 1$/ }).click();
    await page.getByRole('heading', { level: 2, name: '#gaza' }).waitFor();
    assert.deepEqual(await list().locator('[role="option"] .title').allTextContents(), [GAZA]);

    // Rename "water" onto "gaza": the two merge.
    await tags.getByRole('button', { name: 'Actions for water' }).click();
    await page.getByRole('menuitem', { name: 'Rename or merge…' }).click();
    const rename = page.getByRole('dialog', { name: 'Rename tag' });
    await rename.getByRole('textbox').fill('gaza');
    await rename.getByText('the two tags will become one').waitFor();
    await rename.getByRole('button', { name: 'Merge' }).click();
    await tags.getByRole('button', { name: 'Actions for water' }).waitFor({ state: 'detached' });

    await tags.getByRole('button', { name: 'Actions for gaza' }).click();
    await page.getByRole('menuitem', { name: 'Delete tag…' }).click();
    await page.getByRole('dialog', { name: /Delete the tag/ }).getByRole('button', { name: 'Delete tag' }).click();
    await tags.getByRole('button', { name: 'Actions for gaza' }).waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 2, name: 'All' }).waitFor();
    const article = await summary(Number((await (await seek(DAMASCUS)).getAttribute('id'))?.replace('article-', '')));
    assert.deepEqual(article.tags, ['syria']);
  });

  it('selects with x and archives, favourites and trashes with the keyboard, then restores', { skip: noSeed }, async () => {
    await view('All').click();
    await list().locator('[role="option"]').first().click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.getByRole('toolbar', { name: 'Selected articles' }).getByText('2 selected').waitFor();
    await page.keyboard.press('e');
    await notice('Archived: 2 articles').waitFor();
    // Archived articles stay in All, and so does the selection, until Esc.
    await page.keyboard.press('Escape');
    await page.getByRole('toolbar', { name: 'Selected articles' }).waitFor({ state: 'detached' });
    assert.match((await view('Archive').textContent()) ?? '', /Archive\s*2/);

    await (await seek(GAZA)).click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('s');
    await page.keyboard.press('u');
    await row(GAZA).locator('.fav').waitFor();
    assert.match((await view('Favourites').textContent()) ?? '', /Favourites\s*1/);

    await page.keyboard.press('#');
    await notice('Moved 1 article to the trash').waitFor();
    await row(GAZA).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await row(GAZA).waitFor();
    await page.keyboard.press('Delete');
    await row(GAZA).waitFor({ state: 'detached' });

    await view('Trash').click();
    await page.getByRole('heading', { level: 2, name: 'Trash' }).waitFor();
    await (await seek(GAZA)).click();
    await reader().getByText('In the trash').waitFor();
    await reader().getByRole('button', { name: 'Restore from the trash' }).click();
    await page.getByText('The trash is empty.').waitFor();

    // Empty trash asks first.
    await view('All').click();
    await (await seek(DAMASCUS)).click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Home');
    const victim = (await cursorTitle()) ?? '';
    assert.ok(![GAZA, DAMASCUS].includes(victim), 'the seed articles are kept for later tests');
    await page.keyboard.press('#');
    await view('Trash').click();
    await row(victim).waitFor();
    await page.getByRole('button', { name: 'Empty trash' }).click();
    const confirm = page.getByRole('dialog', { name: 'Empty the trash?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await row(victim).waitFor();
    await page.getByRole('button', { name: 'Empty trash' }).click();
    await confirm.getByRole('button', { name: 'Empty trash' }).click();
    await notice('Deleted 1 article for good').waitFor();
    assert.equal((await call('Library', 'Counts')).trash, 0);
    await view('All').click();
  });

  it('changes the theme and the type from the reader, and keeps them', { skip: noSeed }, async () => {
    await (await seek(GAZA)).click();
    await page.getByRole('button', { name: 'Typography and theme' }).click();
    const pop = page.getByRole('dialog', { name: 'Typography and theme' });
    await pop.getByRole('radio', { name: 'Dark' }).check();
    await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'dark');
    await pop.getByRole('radio', { name: 'Sans' }).check();
    await pop.getByRole('slider', { name: 'Text size' }).fill('21');
    assert.equal(await reader().locator('article').evaluate((el) => getComputedStyle(el).fontSize), '21px');
    await page.keyboard.press('Escape');
    await pop.waitFor({ state: 'detached' });

    await eventually(
      async () => (await call('System', 'Settings').then((s) => [s.theme, s.font, s.fontSize].join())) === 'dark,sans,21',
      'the theme and type to be saved',
    );
    await page.reload();
    await list().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dataset['theme']), 'dark');

    // Sepia passes axe too.
    await (await seek(GAZA)).click();
    await page.getByRole('button', { name: 'Typography and theme' }).click();
    await pop.getByRole('radio', { name: 'Sepia' }).check();
    await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'sepia');
    await page.keyboard.press('Escape');
    assert.deepEqual(await seriousViolations(page), [], 'sepia');

    await page.getByRole('button', { name: 'Typography and theme' }).click();
    await pop.getByRole('radio', { name: 'System' }).check();
    await pop.getByRole('radio', { name: 'Serif' }).check();
    await pop.getByRole('slider', { name: 'Text size' }).fill('19');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'light');
  });

  it('saves settings: colour meanings, backups, a check of the library', { skip: noSeed }, async () => {
    await blur();
    await page.keyboard.press(',');
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.waitFor();
    await settings.getByText(/library\.db/).first().waitFor();
    await settings.getByRole('textbox', { name: 'Green' }).fill('Evidence');
    await settings.getByRole('button', { name: 'Check library' }).click();
    await settings.getByText('The library is in good order.').waitFor();
    await settings.getByRole('button', { name: 'Back up now' }).click();
    await settings.getByRole('list', { name: 'Backups' }).getByRole('listitem').first().waitFor();
    await blur();
    await axeInThemes(page, 'settings', (scheme) => shoot(scheme === 'light' ? 'settings.png' : 'settings-dark.png'));
    await settings.getByRole('button', { name: 'Done' }).click();
    await settings.waitFor({ state: 'detached' });
    await eventually(async () => (await call('System', 'Settings')).colours[1] === 'Evidence', 'the colour meaning to be saved');
    await page.reload();
    await list().waitFor();
    await page.keyboard.press(',');
    assert.equal(await settings.getByRole('textbox', { name: 'Green' }).inputValue(), 'Evidence');
    await page.keyboard.press('Escape');
    await settings.waitFor({ state: 'detached' });
  });

  it('shows every shortcut with ?', async () => {
    await blur();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    for (const does of ['Next article in the list', 'Read the next article', 'Favourite', 'Archive', 'Tag', 'Settings']) {
      await help.getByText(does, { exact: true }).waitFor();
    }
    assert.deepEqual(await seriousViolations(page), []);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
  });

  it('pictures the library and the reader, light and dark, without axe violations', { skip: noSeed }, async () => {
    // The library: a few articles part-read, read, favoured and tagged.
    const top = (await call('Library', 'Query', [{ view: 'all', limit: 6 }])).items.map((/** @type {any} */ a) => a.id);
    await call('Reader', 'SetProgress', [top[1], 0.35]);
    await call('Reader', 'SetProgress', [top[3], 0.7]);
    await call('Library', 'SetFlag', [[top[2], top[5]], 'read', true]);
    await call('Library', 'SetFlag', [[top[3]], 'favourite', true]);
    await call('Library', 'AddTags', [[top[1]], ['sport']]);
    await call('Library', 'AddTags', [[top[3], top[4]], ['technology']]);
    await view('Favourites').click();
    await view('All').click();
    await list().locator(`[data-article-id="${top[0]}"]`).click();
    await blur();
    await axeInThemes(page, 'library', (scheme) => shoot(scheme === 'light' ? 'library.png' : 'library-dark.png'));

    // The reader: sidebar folded, notes open, part-way down an article.
    await page.getByRole('button', { name: 'Sidebar', pressed: true }).click();
    await (await seek(DAMASCUS)).click();
    await page.getByRole('complementary', { name: 'Notes' }).waitFor();
    await blur();
    await axeInThemes(page, 'reader', (scheme) => shoot(scheme === 'light' ? 'reader.png' : 'reader-dark.png'));
    await page.getByRole('button', { name: 'Sidebar', pressed: false }).click();
  });

  it('resizes panes with the keyboard, keeps the layout, and fits 900×600', { skip: noSeed }, async () => {
    const handle = page.getByRole('separator', { name: 'Resize article list' });
    const before = Number(await handle.getAttribute('aria-valuenow'));
    await handle.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    assert.equal(Number(await handle.getAttribute('aria-valuenow')), before + 50);
    await eventually(async () => (await call('System', 'Settings')).layout.listWidth === before + 50, 'the layout to be saved');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('ArrowLeft');

    await page.setViewportSize({ width: 900, height: 600 });
    try {
      await page.waitForTimeout(100);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than a 900px window`);
      const readerWidth = await reader().evaluate((el) => el.getBoundingClientRect().width);
      assert.ok(readerWidth >= 400, `the reader is only ${readerWidth}px wide at 900px`);
      assert.deepEqual(await seriousViolations(page), []);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
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
    const content = await readFile(seed, 'utf8');
    const total = await options().count();
    const drag = (/** @type {string} */ type) =>
      page.evaluate(
        ([c, t]) => {
          const dt = new DataTransfer();
          dt.items.add(new File([c ?? ''], 'dropped.txt', { type: 'text/plain' }));
          document.body.dispatchEvent(new DragEvent(t ?? 'drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
        },
        [content, type],
      );
    await drag('dragenter');
    await page.getByText('Drop files to import them').waitFor();
    await drag('drop');
    const report = page.getByRole('region', { name: 'Already in your library' });
    await report.waitFor();
    assert.match((await report.textContent()) ?? '', /dropped\.txt\s*0 imported, 2 duplicates/);
    assert.equal(await page.getByText('Drop files to import them').count(), 0);
    assert.equal(await options().count(), total);
    await page.getByRole('button', { name: 'Dismiss import report' }).click();
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
    const strict = await context.newPage();
    try {
      strict.on('pageerror', (err) => problems.push(err.message));
      strict.on('console', (msg) => {
        if (msg.type() === 'error' || /Content.Security.Policy/i.test(msg.text())) problems.push(msg.text());
      });
      await strict.goto(server.url);
      const first = strict.getByRole('listbox', { name: 'Articles' }).getByRole('option').first();
      const title = (await first.locator('.title').textContent()) ?? '';
      await first.click();
      await strict.locator('main.reader').getByRole('heading', { level: 1, name: title }).waitFor();
      await strict.getByRole('button', { name: 'Typography and theme' }).click();
      await strict.getByRole('radio', { name: 'Sepia' }).check();
      await strict.waitForFunction(() => document.documentElement.dataset['theme'] === 'sepia');
      await strict.getByRole('radio', { name: 'System' }).check();
    } catch (e) {
      await strict.screenshot({ path: path.join(dir, '..', 'gloss-csp-failure.png') });
      throw e;
    } finally {
      await context.close();
    }
    assert.deepEqual(problems, []);
  });

  it('logged no errors in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
