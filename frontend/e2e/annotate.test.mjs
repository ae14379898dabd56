// The browser test of annotating: highlights made by selecting text, kept
// across reloads, overlapping without merging, with notes, tags, undo, the
// notes pane, the library-wide Notes view, the review of highlights that
// lost their place, and the time to paint an article with 500 highlights.
// Run with `npm run e2e` after `make build` (or set GLOSS_BIN).

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { apiCaller, axeInThemes, closeDialogs, recordFaults, shooter } from './helpers.mjs';
import { startServer } from './server.mjs';

const frontend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.resolve(frontend, '..');
const bin = path.resolve(frontend, process.env.GLOSS_BIN ?? '../build/bin/gloss');
const corpus = path.resolve(project, '../shared/corpus');
const seed = path.join(corpus, 'seed/asharq-al-awsat-2-articles.txt');
const ink = path.join(corpus, 'bbc/tech/001.txt');
const long = path.join(corpus, 'bbc/politics/290.txt');
const docs = path.join(project, 'docs');

const GAZA = 'Israeli Missile Hits Gaza Children Collecting Water';
const INK = 'Ink helps drive democracy in Asia';
const SHEEP = 'Widely circulated articles compared the use of ink to the rural practice of marking sheep - a still common metaphor in this primarily agricultural society.';
const CATTLE = 'Critics in the capital likened the ink to branding cattle, a comparison many farmers rejected.';
const EMOJI = 'Emoji at the gate';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const noBinary = existsSync(bin) ? false : `no gloss binary at ${bin}: run \`make build\` in ${project}, or set GLOSS_BIN`;
const noCorpus = [seed, ink, long].every(existsSync) ? false : `corpus missing at ${corpus}: the annotation tests need it`;

/**
 * file makes an import of text.
 * @param {string} name
 * @param {string} text
 */
const file = (name, text) => ({ name, data: Buffer.from(text, 'utf8').toString('base64') });

/**
 * inkVersion is the BBC article as Markdown at a fixed address, so a changed copy is a new version.
 * @param {boolean} changed
 */
async function inkVersion(changed) {
  const [title, ...paras] = (await readFile(ink, 'utf8')).trim().split(/\n\s*\n/);
  const body = paras.map((p) => (changed && p.trim() === SHEEP ? CATTLE : p.trim())).join('\n\n');
  return `---\ntitle: ${title}\nurl: https://news.example/ink\n---\n\n${body}\n`;
}

/** @typedef {{id: number, articleId: number, exact: string, color: number, note: string, tags: string[], orphan: boolean}} Hl */

describe('annotating in a browser', { skip: noBinary || noCorpus, timeout: 300_000 }, () => {
  /** @type {string} */ let dir;
  /** @type {{url: string, stop: () => Promise<void>}} */ let server;
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {import('playwright-core').Page} */ let page;
  /** @type {ReturnType<typeof apiCaller>} */ let call;
  /** @type {ReturnType<typeof shooter>} */ let shoot;
  /** @type {Record<string, number>} */ const ids = {};
  /** @type {string[]} */ const pageErrors = [];

  const reader = () => page.locator('main.reader');
  const body = () => reader().locator('.body');
  const notesPane = () => page.getByRole('complementary', { name: 'Notes' });
  const list = () => page.getByRole('listbox', { name: 'Articles' });
  const toolbar = () => page.getByRole('toolbar', { name: 'Highlight the selected text' });
  const card = () => page.getByRole('dialog', { name: 'Highlight' });
  const marks = () => body().locator('mark[data-ids]');
  /** @param {string} text */
  const notice = (text) => page.getByRole('status').filter({ hasText: text });
  /**
   * @param {number} id
   * @returns {Promise<Hl[]>}
   */
  const highlights = (id) => call('Notes', 'ForArticle', [id]);
  /** @param {string} title */
  const idOf = (title) => {
    const id = ids[title];
    assert.ok(id, `no article ${title}`);
    return id;
  };
  const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

  /**
   * open opens an article from the list and waits for its highlights.
   * @param {string} title
   */
  async function open(title) {
    await list().getByRole('option').filter({ hasText: title }).click();
    await reader().getByRole('heading', { level: 1, name: title }).waitFor();
    await frames();
  }

  /**
   * where finds the first occurrence of a phrase in the article's body (it
   * may run across blocks, joined by a blank line as in the article's text)
   * and, with select, selects it; it returns the first and last line boxes.
   * @param {string} phrase
   * @param {boolean} select
   */
  function where(phrase, select) {
    return page.evaluate(
      ([phrase, select]) => {
        const blocks = [...document.querySelectorAll('main.reader .body [data-start]')];
        const texts = blocks.map((b) => b.textContent ?? '');
        /** @param {number} i */
        const len = (i) => texts[i]?.length ?? 0;
        const at = texts.join('\n\n').indexOf(phrase);
        if (at < 0) throw new Error(`not in the article: ${phrase}`);
        /** @param {number} u */
        const point = (u) => {
          let i = 0;
          while (u > len(i)) {
            u -= len(i) + 2;
            i++;
          }
          const block = blocks[i];
          if (!block) throw new Error('past the article');
          const walk = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let t = walk.nextNode(); t; t = walk.nextNode()) {
            const n = /** @type {Text} */ (t).data.length;
            if (u <= n) return /** @type {[Node, number]} */ ([t, u]);
            u -= n;
          }
          throw new Error('past the block');
        };
        const r = document.createRange();
        r.setStart(...point(at));
        r.setEnd(...point(at + phrase.length));
        const rects = [...r.getClientRects()].filter((x) => x.width > 0);
        if (select) {
          const sel = window.getSelection();
          sel?.removeAllRanges();
          sel?.addRange(r);
        }
        const first = rects[0];
        const last = rects[rects.length - 1];
        if (!first || !last) throw new Error(`not drawn: ${phrase}`);
        return { x1: first.left, y1: first.top + first.height / 2, x2: last.right, y2: last.top + last.height / 2 };
      },
      /** @type {[string, boolean]} */ ([phrase, select]),
    );
  }

  /**
   * drag selects a phrase with the mouse, as a person does.
   * @param {string} phrase
   */
  async function drag(phrase) {
    const r = await where(phrase, false);
    await page.mouse.move(r.x1 + 1, r.y1);
    await page.mouse.down();
    await page.mouse.move((r.x1 + r.x2) / 2, (r.y1 + r.y2) / 2, { steps: 4 });
    await page.mouse.move(r.x2 - 1, r.y2, { steps: 4 });
    await page.mouse.up();
    await toolbar().waitFor();
    assert.equal(await page.evaluate(() => window.getSelection()?.toString()), phrase);
  }

  /**
   * press presses a key on the selection and waits for its highlight to be drawn.
   * @param {string} key
   * @param {string} phrase
   */
  async function press(key, phrase) {
    await page.keyboard.press(key);
    await page.waitForFunction((p) => [...document.querySelectorAll('main.reader mark')].some((m) => m.textContent === p), phrase);
  }

  /**
   * choose selects a phrase through the Selection API and waits for the toolbar.
   * @param {string} phrase
   */
  async function choose(phrase) {
    await where(phrase, true);
    await toolbar().waitFor();
  }

  /**
   * articleText is an article's text, as Go keeps it.
   * @param {number} id
   */
  async function articleText(id) {
    const a = await call('Reader', 'Open', [id]);
    /** @type {{text: string, start: number}[]} */
    const blocks = a.blocks;
    return { title: /** @type {string} */ (a.title), text: blocks.filter((b) => b.start >= 0).map((b) => b.text).join('\n\n') };
  }

  /**
   * codePoints is where a phrase starts and ends in an article's text, in code points.
   * @param {number} id
   * @param {string} phrase
   */
  async function codePoints(id, phrase) {
    const { text } = await articleText(id);
    const at = text.indexOf(phrase);
    assert.ok(at >= 0, `not in article ${id}: ${phrase}`);
    const start = [...text.slice(0, at)].length;
    return [start, start + [...phrase].length];
  }

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gloss-annotate-'));
    await mkdir(docs, { recursive: true });
    server = await startServer(bin, path.join(dir, 'library.db'));
    call = apiCaller(server.url);
    const emoji = `---\ntitle: ${EMOJI}\n---\n\nThe crowd 🎉 cheered as the 👩‍👩‍👧 family arrived 𝐀𝐁𝐂 at the gate.\n\nA second paragraph 😀 follows it here.\n`;
    const rep = await call('Library', 'ImportFiles', [
      [file('seed.txt', await readFile(seed, 'utf8')), file('ink.md', await inkVersion(false)), file('emoji.md', emoji), file('long.txt', await readFile(long, 'utf8'))],
    ]);
    assert.equal(rep.failed, 0, JSON.stringify(rep));
    for (const a of (await call('Library', 'Query', [{ view: 'all', limit: 100 }])).items) {
      ids[a.title] = a.id;
      if (a.source === 'long.txt') ids.long = a.id;
    }
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', bypassCSP: true });
    page = await context.newPage();
    shoot = shooter(page, docs);
    recordFaults(page, pageErrors);
    await page.goto(server.url);
    await list().waitFor();
  });

  afterEach(async () => {
    await closeDialogs(page);
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('highlights dragged text with h, and finds it again after a reload', async () => {
    await open(GAZA);
    const phrase = 'most of them children, were killed';
    await drag(phrase);
    assert.deepEqual(await toolbar().getByRole('button').evaluateAll((b) => b.map((x) => x.getAttribute('aria-label') ?? x.textContent)), [
      'Highlight Yellow: Key point',
      'Highlight Green: Claim',
      'Highlight Blue: Figure',
      'Highlight Pink: Quote',
      'Highlight Purple: Question',
      'Note',
      'Tags',
    ]);
    await page.keyboard.press('h');
    await marks().filter({ hasText: phrase }).waitFor();
    await toolbar().waitFor({ state: 'detached' });
    const saved = await highlights(idOf(GAZA));
    assert.equal(saved.length, 1);
    assert.equal(saved[0]?.exact, phrase);
    assert.equal(saved[0]?.color, 0);

    await page.reload();
    await open(GAZA);
    await marks().filter({ hasText: phrase }).waitFor();
    assert.equal(await marks().first().evaluate((m) => getComputedStyle(m).backgroundColor), 'rgb(248, 227, 143)');
  });

  it('keeps the text of every block exactly as the article has it', async () => {
    const bad = await page.evaluate(() =>
      [...document.querySelectorAll('main.reader .body [data-start]')]
        .filter((b) => [...(b.textContent ?? '')].length !== Number(b.getAttribute('data-end')) - Number(b.getAttribute('data-start')))
        .map((b) => b.getAttribute('data-start')),
    );
    assert.deepEqual(bad, []);
  });

  it('keeps overlapping and nested highlights apart', async () => {
    // "were killed and more than a dozen" overlaps the first highlight.
    await choose('were killed and more than a dozen');
    await toolbar().getByRole('button', { name: 'Highlight Green: Claim' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('main.reader mark')].some((m) => m.textContent === ' and more than a dozen'));
    // "a dozen" is nested in the second.
    await choose('a dozen');
    await press('4', 'a dozen');
    const saved = await highlights(idOf(GAZA));
    assert.deepEqual(saved.map((h) => [h.exact, h.color]), [
      ['most of them children, were killed', 0],
      ['were killed and more than a dozen', 1],
      ['a dozen', 3],
    ]);
    const pieces = await marks().evaluateAll((ms) => ms.map((m) => [m.textContent, m.getAttribute('data-ids')?.split(' ').length]));
    assert.deepEqual(pieces, [
      ['most of them children, ', 1],
      ['were killed', 2],
      [' and more than ', 1],
      ['a dozen', 2],
    ]);
    // The piece under two highlights shows the one beneath as a band.
    assert.notEqual(await marks().nth(1).evaluate((m) => getComputedStyle(m).boxShadow), 'none');
  });

  it('highlights across paragraphs and counts emoji as one character', async () => {
    await choose('local officials said.\n\nThe Israeli military');
    await press('3', 'The Israeli military');
    assert.ok((await highlights(idOf(GAZA))).some((h) => h.exact === 'local officials said.\n\nThe Israeli military'));

    await open(EMOJI);
    await choose('cheered as the 👩‍👩‍👧 family');
    await press('h', 'cheered as the 👩‍👩‍👧 family');
    await choose('arrived 𝐀𝐁𝐂 at');
    await press('2', 'arrived 𝐀𝐁𝐂 at');
    await choose('😀 follows');
    await press('5', '😀 follows');
    assert.deepEqual((await highlights(idOf(EMOJI))).map((h) => h.exact), ['cheered as the 👩‍👩‍👧 family', 'arrived 𝐀𝐁𝐂 at', '😀 follows']);
    assert.deepEqual(await marks().allTextContents(), ['cheered as the 👩‍👩‍👧 family', 'arrived 𝐀𝐁𝐂 at', '😀 follows']);
  });

  it('writes a note in Markdown and tags a highlight', async () => {
    await open(GAZA);
    await marks().filter({ hasText: 'most of them children' }).click();
    await card().waitFor();
    await page.keyboard.press('n');
    const note = card().getByRole('textbox', { name: /Note/ });
    await note.waitFor();
    await note.fill('**Eight** dead: who counted? <img src=x onerror="window.pwned=1">');
    await card().getByRole('button', { name: 'Done' }).click();
    await card().locator('strong', { hasText: 'Eight' }).waitFor();
    assert.equal(await card().locator('img').count(), 0, 'a note is never HTML');
    await card().getByRole('combobox', { name: 'Tag this highlight' }).fill('casualties');
    await page.keyboard.press('Enter');
    await card().getByRole('button', { name: 'Remove tag casualties' }).waitFor();
    for (let i = 0; i < 30; i++) {
      const h = (await highlights(idOf(GAZA))).find((x) => x.exact.startsWith('most of them'));
      if (h?.note.startsWith('**Eight**') && h.tags.includes('casualties')) break;
      await page.waitForTimeout(100);
    }
    const h = (await highlights(idOf(GAZA))).find((x) => x.exact.startsWith('most of them'));
    assert.ok(h);
    assert.equal(h.note, '**Eight** dead: who counted? <img src=x onerror="window.pwned=1">');
    assert.deepEqual(h.tags, ['casualties']);
    assert.equal(await page.evaluate(() => 'pwned' in window), false);
    await card().getByRole('button', { name: 'Edit note' }).click();
    await note.fill('**Eight** dead, most of them children: who counted them?');
    await card().getByRole('button', { name: 'Done' }).click();
    await card().getByText('who counted them?').waitFor();

    // The card changes the colour, and the extent a word at a time.
    await card().getByRole('button', { name: 'Pink: Quote' }).click();
    await card().getByRole('button', { name: 'End one word later' }).click();
    await marks().filter({ hasText: 'were killed and' }).first().waitFor();
    for (let i = 0; i < 30 && !(await highlights(idOf(GAZA))).some((x) => x.exact === 'most of them children, were killed and'); i++) await page.waitForTimeout(100);
    const moved = (await highlights(idOf(GAZA))).find((x) => x.id === h.id);
    assert.ok(moved);
    assert.equal(moved.exact, 'most of them children, were killed and');
    assert.equal(moved.color, 3);
    await page.keyboard.press('Escape');
    await card().waitFor({ state: 'detached' });
  });

  it('deletes a highlight and brings it back with Undo', async () => {
    const before = await highlights(idOf(GAZA));
    await marks().filter({ hasText: 'local officials said.' }).click();
    await card().getByRole('button', { name: 'Delete highlight' }).click();
    await notice('Deleted the highlight').waitFor();
    await page.waitForFunction(() => ![...document.querySelectorAll('main.reader mark')].some((m) => m.textContent?.includes('local officials')));
    assert.equal((await highlights(idOf(GAZA))).length, before.length - 1);
    await notice('Deleted the highlight').getByRole('button', { name: 'Undo' }).click();
    await marks().filter({ hasText: 'local officials said.' }).waitFor();
    assert.deepEqual((await highlights(idOf(GAZA))).map((h) => h.id), before.map((h) => h.id));
  });

  it('lists the highlights in the notes pane in text order; a click scrolls to one', async () => {
    // At 1280 px the notes pane starts folded away.
    if ((await notesPane().count()) === 0) await reader().getByRole('button', { name: 'Notes', pressed: false }).click();
    const items = notesPane().getByRole('region', { name: /^Highlights/ }).getByRole('button');
    assert.deepEqual(
      (await items.locator('.quote').allTextContents()).map((t) => t.slice(0, 20)),
      ['most of them childre', 'were killed and more', 'a dozen', 'local officials said'],
    );
    const scroller = page.getByRole('region', { name: 'Article text' });
    await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await items.filter({ hasText: 'local officials said' }).click();
    await body().locator('mark.flash').first().waitFor();
    await page.waitForFunction(() => {
      const m = [...document.querySelectorAll('main.reader mark')].find((x) => x.textContent === 'The Israeli military');
      const s = document.querySelector('[aria-label="Article text"]');
      if (!m || !s) return false;
      const r = m.getBoundingClientRect();
      const v = s.getBoundingClientRect();
      return r.top >= v.top && r.bottom <= v.bottom;
    });
    await card().waitFor();
    await page.keyboard.press('Escape');
  });

  it('shows the reader with highlights and the toolbar, readable in every theme', async () => {
    await body().locator('mark.flash').first().waitFor({ state: 'detached' });
    if ((await page.getByRole('button', { name: 'Dismiss' }).count()) > 0) await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('region', { name: 'Article text' }).evaluate((el) => el.scrollTo({ top: 0 }));
    await choose('regrets any harm to uninvolved civilians');
    await axeInThemes(page, 'reader with highlights', async (scheme) => {
      await choose('regrets any harm to uninvolved civilians');
      if (scheme === 'light') await shoot('highlights.png');
    });
    await page.keyboard.press('Escape');
  });

  it('makes an orphan of a highlight whose text changed, and re-attaches it', async () => {
    const [start, end] = await codePoints(idOf(INK), 'rural practice of marking sheep');
    await call('Notes', 'Create', [idOf(INK), start, end, { color: 2, note: 'The sheep line', tags: ['metaphor'] }]);
    const [s2, e2] = await codePoints(idOf(INK), 'invisible ink and ultraviolet readers');
    const kept = await call('Notes', 'Create', [idOf(INK), s2, e2, { color: 0, note: '', tags: [] }]);
    const rep = await call('Library', 'ImportFiles', [[file('ink-v2.md', await inkVersion(true))]]);
    assert.equal(rep.updated, 1, JSON.stringify(rep));
    const after = await highlights(idOf(INK));
    assert.deepEqual(after.map((h) => [h.exact, h.orphan]), [
      ['invisible ink and ultraviolet readers', false],
      ['rural practice of marking sheep', true],
    ]);
    assert.equal(after[0]?.id, kept.id);

    // The browser face has no events: a reload shows the change.
    await page.reload();
    await list().waitFor();
    const side = page.getByRole('navigation', { name: 'Library' });
    // The notes pane took the sidebar's room; bring it back.
    if ((await side.count()) === 0) await page.getByRole('button', { name: 'Sidebar', pressed: false }).click();
    await side.getByRole('button', { name: /Highlights\s*1 to review/ }).click();
    const view = page.getByRole('main', { name: /Highlights/ });
    await view.getByRole('button', { name: /Needs review/ }).click();
    await view.getByRole('heading', { name: 'Highlights to review' }).waitFor();
    const item = view.getByRole('article').filter({ hasText: 'rural practice of marking sheep' });
    await item.getByText('Needs a new place').waitFor();
    assert.equal(await view.getByRole('article').count(), 1);
    await item.getByRole('button', { name: /rural practice/ }).click();

    const review = reader().getByRole('region', { name: /1 highlight needs a new place/ });
    await review.waitFor();
    assert.match((await review.textContent()) ?? '', /Saved.*the rural practice of marking sheep - a still.*Now in the article.*branding cattle/s);
    await review.getByRole('button', { name: 'Re-attach…' }).click();
    await reader().getByText('Select the new text for').waitFor();
    await choose('branding cattle');
    await toolbar().getByRole('button', { name: 'Move here' }).click();
    await review.waitFor({ state: 'detached' });
    await marks().filter({ hasText: 'branding cattle' }).waitFor();
    const fixed = (await highlights(idOf(INK))).find((h) => h.note === 'The sheep line');
    assert.ok(fixed);
    assert.equal(fixed.orphan, false);
    assert.equal(fixed.exact, 'branding cattle');
    assert.deepEqual(fixed.tags, ['metaphor']);
  });

  it('filters every highlight of the library by colour, tag, source and date', async () => {
    const side = page.getByRole('navigation', { name: 'Library' });
    await side.getByRole('button', { name: /^Highlights/ }).click();
    const view = page.getByRole('main', { name: /Highlights/ });
    const filters = view.getByRole('search', { name: 'Filter highlights' });
    const items = view.getByRole('article');
    const count = async () => {
      await page.waitForFunction(() => !document.querySelector('main[aria-busy="true"]'));
      return items.count();
    };
    if ((await filters.getByRole('button', { name: /Needs review/, pressed: true }).count()) > 0) await filters.getByRole('button', { name: /Needs review/ }).click();
    await view.getByRole('heading', { name: 'Highlights', exact: true }).waitFor();
    const all = (await call('Notes', 'All', [{ color: -1 }])).total;
    assert.equal(all, 9);
    await page.waitForFunction((n) => document.querySelectorAll('main.notes-view article').length === n, all);

    await filters.getByRole('button', { name: 'Green: Claim' }).click();
    await page.waitForFunction(() => document.querySelectorAll('main.notes-view article').length === 2);
    assert.deepEqual((await items.locator('.exact').allTextContents()).sort(), ['arrived 𝐀𝐁𝐂 at', 'were killed and more than a dozen']);
    await filters.getByRole('button', { name: 'Any colour' }).click();

    await filters.getByPlaceholder('Tag').fill('casualties');
    await filters.getByPlaceholder('Tag').press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('main.notes-view article').length === 1);
    await items.getByText('Eight').waitFor();
    await filters.getByPlaceholder('Tag').fill('');
    await filters.getByPlaceholder('Tag').press('Enter');

    await filters.getByRole('combobox', { name: 'Source' }).selectOption('emoji.md');
    await page.waitForFunction(() => document.querySelectorAll('main.notes-view article').length === 3);
    await filters.getByRole('combobox', { name: 'Source' }).selectOption('');

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await filters.getByLabel('From').fill(tomorrow);
    await filters.getByLabel('From').dispatchEvent('change');
    await view.getByText('No highlights match these filters.').waitFor();
    await view.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('main.notes-view article').length === n, all);
    assert.equal(await count(), all);
    await shoot('notes.png');
    await axeInThemes(page, 'notes view');

    // Opening one opens its article at the highlight.
    await items.filter({ hasText: 'a dozen' }).filter({ hasNotText: 'were killed' }).getByRole('button', { name: /a dozen/ }).click();
    await reader().getByRole('heading', { level: 1, name: GAZA }).waitFor();
    await body().locator('mark.flash', { hasText: 'a dozen' }).waitFor();
    await card().waitFor();
    await page.keyboard.press('Escape');
  });

  it('searches every highlight by quote, note and tags, typos forgiven, with the filters', async () => {
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Highlights/ }).click();
    const view = page.getByRole('main', { name: /Highlights/ });
    const filters = view.getByRole('search', { name: /filter highlights/i });
    const box = filters.getByRole('searchbox', { name: 'Search highlights' });
    /**
     * showing waits until the view lists exactly these quotes, in any order.
     * @param {string[]} want
     */
    const showing = (want) =>
      page.waitForFunction(
        (want) => {
          if (document.querySelector('main[aria-busy="true"]')) return false;
          const got = [...document.querySelectorAll('main.notes-view article .exact')].map((e) => e.textContent ?? '').sort();
          return JSON.stringify(got) === JSON.stringify([...want].sort());
        },
        want,
        { timeout: 10_000 },
      );

    // A typo of a word of a note, typed as a person types.
    await box.pressSequentially('cuonted', { delay: 30 });
    await showing(['most of them children, were killed and']);
    // A typo of a word of quotes, with the matched word marked.
    await box.fill('');
    await box.pressSequentially('dozn', { delay: 30 });
    await showing(['a dozen', 'were killed and more than a dozen']);
    assert.deepEqual(await view.locator('.exact mark').allTextContents(), ['dozen', 'dozen']);
    // A typo of a tag.
    await box.fill('casualites');
    await showing(['most of them children, were killed and']);
    // The colour filter holds with the search.
    await box.fill('dozn');
    await showing(['a dozen', 'were killed and more than a dozen']);
    await filters.getByRole('button', { name: 'Pink: Quote' }).click();
    await showing(['a dozen']);
    assert.equal(await box.inputValue(), 'dozn');
    await box.fill('zqxjv');
    await view.getByText('No highlights match “zqxjv” with these filters.').waitFor();
    await box.press('Escape');
    assert.equal(await box.inputValue(), '');
    await view.getByRole('button', { name: 'Clear filters' }).click();
    const all = (await call('Notes', 'All', [{ color: -1 }])).total;
    await page.waitForFunction((n) => document.querySelectorAll('main.notes-view article').length === n, all);
  });

  it('paints an article with 500 highlights within a frame budget', async () => {
    const longId = idOf('long');
    const a = await articleText(longId);
    const chars = [...a.text].length;
    // 500 highlights of about 40 characters, every 50 or so, some overlapping.
    const step = Math.floor((chars - 60) / 500);
    const t0 = Date.now();
    for (let i = 0; i < 500; i++) {
      const start = i * step;
      await call('Notes', 'Create', [longId, start, start + 20 + (i % 5) * 10, { color: i % 5, note: '', tags: [] }]);
    }
    console.log(`# created 500 highlights through the API in ${Date.now() - t0} ms`);
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^All\b/ }).click();
    // Opened three times, after another article each time: the machine may be busy.
    /** @type {number[]} */ const paints = [];
    /** @type {number[]} */ const opens = [];
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => performance.clearMeasures());
      await open(EMOJI);
      await page.waitForFunction(() => performance.getEntriesByName('gloss:highlights-paint').length > 0);
      await page.evaluate(() => performance.clearMeasures());
      const opened = await page.evaluate(() => performance.now());
      await open(a.title);
      await page.waitForFunction(() => performance.getEntriesByName('gloss:highlights-paint').length > 0);
      const [paint, done] = await page.evaluate(() => [performance.getEntriesByName('gloss:highlights-paint')[0]?.duration ?? -1, performance.now()]);
      paints.push(paint ?? -1);
      opens.push((done ?? 0) - opened);
    }
    paints.sort((x, y) => x - y);
    opens.sort((x, y) => x - y);
    const paint = paints[1] ?? -1;
    const count = await page.evaluate(() => new Set([...document.querySelectorAll('main.reader mark')].flatMap((m) => m.getAttribute('data-ids')?.split(' ') ?? [])).size);
    assert.equal(count, 500);
    // Scrolling through it, frame by frame.
    const worst = await page.evaluate(async () => {
      const s = document.querySelector('[aria-label="Article text"]');
      if (!s) return -1;
      let last = performance.now();
      let worst = 0;
      for (let i = 0; i < 60; i++) {
        s.scrollTop += s.clientHeight / 4;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        worst = Math.max(worst, now - last);
        last = now;
      }
      return worst;
    });
    console.log(
      `# 500 highlights: paint ${paint.toFixed(1)} ms from their arrival (median of ${paints.map((x) => x.toFixed(0)).join(', ')}), ` +
        `${(opens[1] ?? 0).toFixed(0)} ms from the click to open; worst frame while scrolling ${worst.toFixed(1)} ms`,
    );
    // Generous: the budget is 100 ms; a loaded CI machine must not fail here.
    assert.ok(paint < 500, `painting 500 highlights took ${paint} ms`);
  });

  it('raised no error in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
