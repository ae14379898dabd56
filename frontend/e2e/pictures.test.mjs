// The browser test of pictures: a page saved with its folder of files is
// imported from the command line, and the reader under `gloss serve`
// shows its picture from the library, under the real Content-Security-
// Policy, while nothing is loaded from anywhere else.
// Run with `npm run e2e` after `make build`, or set GLOSS_BIN.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const frontend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.resolve(frontend, process.env.GLOSS_BIN ?? '../build/bin/gloss');
const noBinary = existsSync(bin) ? false : `no gloss binary at ${bin}: run \`make build\`, or set GLOSS_BIN`;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const TITLE = 'Old bridge closed after cracks found';
const PARA = 'The river town woke on Tuesday to find its old stone bridge closed, after engineers found cracks running through two of its arches.';

describe('pictures of saved pages in a browser', { skip: noBinary, timeout: 120_000 }, () => {
  /** @type {string} */ let dir;
  /** @type {{url: string, stop: () => Promise<void>}} */ let server;
  /** @type {import('playwright-core').Browser} */ let browser;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gloss-pictures-'));
    const saved = path.join(dir, 'saved');
    await mkdir(path.join(saved, 'Bridge_files'), { recursive: true });
    await writeFile(path.join(saved, 'Bridge_files', 'photo.png'), PNG);
    await writeFile(
      path.join(saved, 'Bridge.html'),
      `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><article>` +
        `<h1>${TITLE}</h1><p>${PARA}</p>` +
        `<figure><img src="Bridge_files/photo.png" alt="The bridge at dusk"><figcaption>The bridge was built in 1843.</figcaption></figure>` +
        `<p>${PARA}</p><img src="https://example.com/tracker.png" alt="A remote picture"><p>${PARA}</p></article></body></html>`,
    );
    const db = path.join(dir, 'library.db');
    await promisify(execFile)(bin, ['import', '--db', db, path.join(saved, 'Bridge.html')]);
    server = await startServer(bin, db);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows the stored picture with its caption and loads nothing remote', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    /** @type {string[]} */ const away = [];
    /** @type {string[]} */ const problems = [];
    await page.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (u.hostname !== '127.0.0.1' && u.hostname !== 'localhost') {
        away.push(u.href);
        return route.abort();
      }
      return route.continue();
    });
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(server.url);
    await page.getByRole('listbox', { name: 'Articles' }).getByRole('option').filter({ hasText: TITLE }).click();

    const img = page.locator('main.reader figure img');
    await img.waitFor();
    await page.waitForFunction(() => {
      const el = /** @type {HTMLImageElement | null} */ (document.querySelector('main.reader figure img'));
      return el !== null && el.complete && el.naturalWidth > 0;
    });
    assert.equal(await img.getAttribute('alt'), 'The bridge at dusk');
    assert.match((await img.getAttribute('src')) ?? '', /^\/img\/[0-9a-f]{64}\?token=\w+$/);
    assert.equal(await page.locator('main.reader figcaption', { hasText: 'The bridge was built in 1843.' }).count(), 1, 'the caption stays');
    assert.equal(await page.locator('main.reader img').count(), 1, 'the remote picture is not drawn');
    assert.equal(await page.locator('main.reader figure', { hasText: 'A remote picture' }).count(), 1, 'its alt text is');
    assert.deepEqual(away, [], 'nothing is loaded from outside');
    assert.deepEqual(problems, []);

    // The picture needs the token, and nothing but pictures is served there.
    const src = new URL((await img.getAttribute('src')) ?? '', server.url);
    const ok = await fetch(src);
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('content-type'), 'image/png');
    assert.match(ok.headers.get('content-security-policy') ?? '', /img-src 'self' data: blob:/);
    src.search = '';
    assert.equal((await fetch(src)).status, 401);
    await page.close();
  });
});
