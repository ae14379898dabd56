// The hostile-content suite in a browser: every payload of
// backend/hostile/payloads.txt, imported into `gloss serve` as a saved page,
// a Markdown file, a text file and a copy-paste dump, and given to a
// highlight's note, a tag and an article's note. Every article is opened
// under the app's real Content-Security-Policy, the search palette shows
// snippets of the payloads, and the suite fails on any script that runs,
// any dialog, any call of a bound method from outside the app, any request
// that leaves loopback, any navigation or new window, and any element or
// attribute in the page that could run, load or navigate.
// Run with `npm run e2e` after `make build`.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { apiCaller } from './helpers.mjs';
import { startServer } from './server.mjs';

const frontend = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const project = path.resolve(frontend, '..');
const bin = path.resolve(frontend, process.env.GLOSS_BIN ?? '../build/bin/gloss');
const payloadsFile = path.join(project, 'backend/hostile/payloads.txt');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const noBinary = existsSync(bin) ? false : `no gloss binary at ${bin}: run \`make build\` in ${project}, or set GLOSS_BIN`;

/** @typedef {{ n: number, text: string }} Payload */
/** @typedef {'html' | 'markdown' | 'text' | 'dump'} Kind */
/** @typedef {{ name: string, kind: Kind, payload: Payload, data: string }} HostileFile */
/**
 * What the page records about itself (see the init script).
 * @typedef {{ pwned: string[], calls: string[], violations: string[] }} Seen
 */

/**
 * readPayloads reads payloads.txt as backend/hostile.Payloads does: one a
 * line, "#" lines left out, a line ending in a backslash joined to the
 * next with a line break.
 * @param {string} src
 * @returns {Payload[]}
 */
function readPayloads(src) {
  /** @type {Payload[]} */ const out = [];
  /** @type {string[]} */ let cont = [];
  for (const line of src.replace(/\n$/, '').split('\n')) {
    if (cont.length === 0 && (line === '' || line.startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      cont.push(line.slice(0, -1));
      continue;
    }
    out.push({ n: out.length + 1, text: [...cont, line].join('\n') });
    cont = [];
  }
  return out;
}

const LEAD = 'This article carries a hostile payload between ordinary paragraphs';

/**
 * hostileFiles builds the files of a payload as backend/hostile.Files does.
 * @param {Payload} p
 * @returns {HostileFile[]}
 */
function hostileFiles(p) {
  const num = String(p.n).padStart(3, '0');
  const paras = [
    `${LEAD}, so that a parser keeps it as the body of a news story (payload ${p.n}).`,
    p.text,
    `Before the payload ${p.text} and after it, the sentence goes on.`,
    'The officials said the talks would resume next week, after both delegations had consulted their capitals.',
    'Residents of the city described long queues for water and bread, and a night of shelling near the port.',
    'Analysts expect the figures to be revised once the statistics office publishes its quarterly survey.',
    'A closing paragraph long enough to read like the end of a report, with a few more ordinary words in it.',
  ];
  const oneLine = p.text.replaceAll('\n', ' ');
  /** @param {Kind} kind */
  const title = (kind) => `Hostile ${kind} ${num}`;
  const page = [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8">`,
    `<title>${title('html')} ${p.text}</title>`,
    '<link rel="canonical" href="javascript:window.__pwned=1000">',
    '<meta property="og:image" content="http://evil.example/og.png">',
    '</head><body>',
    '<nav><a href="/">Home</a> <a href="javascript:window.__pwned=1001">World</a></nav>',
    '<article>',
    `<h1>${title('html')} ${p.text}</h1>`,
    ...paras.map((para, i) => (i === 1 ? para : `<p>${para}</p>`)),
    '<figure><img src="http://evil.example/figure.png" alt="A remote picture"><figcaption>A caption under a remote picture.</figcaption></figure>',
    '</article>',
    '</body></html>',
    '',
  ].join('\n');
  const md = `---\ntitle: ${title('markdown')}\nurl: javascript:window.__pwned=1002\n---\n\n# ${title('markdown')}\n\n${paras.join('\n\n')}\n`;
  const text = `${title('text')} ${oneLine}\n\n${paras.join('\n\n')}\n`;
  const dumpTitle = `${title('dump')} ${oneLine}`;
  const dump = `${dumpTitle}\nShare\nFacebook\nTwitter\nWhatsApp\nPrint\nThursday, 14 July, 2024 - 23:58\n\n${dumpTitle}\n\n${paras.join('\n\n')}\n\n\n`;
  return [
    { name: `hostile-${num}.html`, kind: 'html', payload: p, data: page },
    { name: `hostile-${num}.md`, kind: 'markdown', payload: p, data: md },
    { name: `hostile-${num}.txt`, kind: 'text', payload: p, data: text },
    { name: `hostile-${num}-dump.txt`, kind: 'dump', payload: p, data: dump },
  ];
}

/**
 * tagOf makes a payload a tag the library takes, as backend/hostile.Tag:
 * no commas, at most 60 bytes.
 * @param {Payload} p
 */
function tagOf(p) {
  let t = p.text.replaceAll(',', ' ');
  while (Buffer.byteLength(t) > 60) t = [...t].slice(0, -1).join('');
  return t.trim();
}

/**
 * isLoopback says whether a request stays on this machine's loopback.
 * @param {string} url
 */
function isLoopback(url) {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

/**
 * get fetches a raw path from the server, without the client cleaning it.
 * @param {string} base
 * @param {string} rawPath
 * @returns {Promise<{ status: number, body: string }>}
 */
function get(base, rawPath) {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * inspectPage runs in the page: it returns what the sentinels saw since the
 * last look (and forgets it), and what in the page could run, load or
 * navigate: active elements, on* attributes, addresses that are not web,
 * mail or fragment links, pictures from anywhere but the app, links with a
 * target.
 * @returns {{ seen: Seen, problems: string[] }}
 */
function inspectPage() {
  const s = /** @type {Seen} */ (/** @type {any} */ (window).__hostile);
  const seen = { pwned: s.pwned.splice(0), calls: s.calls.splice(0), violations: s.violations.splice(0) };
  /** @type {string[]} */ const problems = [];
  const banned = 'script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, portal, template, noscript, math, form[action], input[type="image"], video, audio, source, track';
  for (const el of document.body.querySelectorAll(banned)) problems.push(`<${el.localName}> in the page`);
  const own = location.origin;
  for (const el of document.body.querySelectorAll('*')) {
    for (const a of el.attributes) {
      const name = a.name.toLowerCase();
      const v = a.value.trim();
      if (name.startsWith('on')) problems.push(`<${el.localName} ${a.name}>`);
      else if (['srcdoc', 'srcset', 'background', 'poster', 'action', 'formaction', 'xlink:href', 'data', 'ping', 'target'].includes(name))
        problems.push(`<${el.localName} ${a.name}="${v.slice(0, 80)}">`);
      else if (name === 'href') {
        // A fragment, mail, or the web outside the app; a link into the
        // app itself would reload it.
        const u = new URL(v, location.href);
        const ok = v.startsWith('#') || u.protocol === 'mailto:' || ((u.protocol === 'http:' || u.protocol === 'https:') && u.origin !== own);
        if (!ok) problems.push(`<${el.localName} href="${v.slice(0, 80)}">`);
      } else if (name === 'src') {
        const u = new URL(v, location.href);
        if (!(u.origin === own || u.protocol === 'data:' || u.protocol === 'blob:')) problems.push(`<${el.localName} src="${v.slice(0, 80)}">`);
      }
    }
  }
  return { seen, problems };
}

describe('hostile content in gloss serve', { skip: noBinary, timeout: 900_000 }, () => {
  /** @type {string} */ let dir;
  /** @type {{url: string, stop: () => Promise<void>}} */ let server;
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {import('playwright-core').BrowserContext} */ let context;
  /** @type {import('playwright-core').Page} */ let page;
  /** @type {ReturnType<typeof apiCaller>} */ let call;
  /** @type {Payload[]} */ let payloads = [];
  /** @type {HostileFile[]} */ let files = [];
  /** Which file each article came from. @type {Map<number, HostileFile>} */ const fileOf = new Map();
  /** @type {Map<number, string>} */ const titles = new Map();
  /** The article of each payload that carries its notes and tag. @type {Map<number, number>} */ const annotated = new Map();

  // Everything that must stay empty, with where it happened.
  /** @type {string[]} */ const dialogs = [];
  /** @type {string[]} */ const outside = [];
  /** @type {string[]} */ const navigations = [];
  /** @type {string[]} */ const popups = [];
  /** @type {string[]} */ const untokened = [];
  /** @type {string[]} */ const pageErrors = [];
  /** @type {string[]} */ const apiCalls = [];
  /** @type {string[]} */ const failures = [];
  let violations = 0;
  let where = 'start-up';
  /** @type {string} */ let origin;

  /** @param {string} s */
  const fold = (s) => s.replace(/\s+/g, ' ').trim();

  before(async () => {
    payloads = readPayloads(await readFile(payloadsFile, 'utf8'));
    files = payloads.flatMap(hostileFiles);
    dir = await mkdtemp(path.join(tmpdir(), 'gloss-hostile-'));
    server = await startServer(bin, path.join(dir, 'library.db'));
    origin = new URL(server.url).origin;
    call = apiCaller(server.url);

    const report = await call('Library', 'ImportFiles', [files.map((f) => ({ name: f.name, data: Buffer.from(f.data).toString('base64') }))]);
    for (const [i, r] of report.files.entries()) {
      const f = /** @type {HostileFile} */ (files[i]);
      assert.equal(r.file, f.name);
      assert.ok(!r.error && r.imported + r.duplicates > 0, `${f.name}: ${JSON.stringify(r)}`);
      for (const id of r.ids ?? []) fileOf.set(id, f);
      if (f.kind === 'html' && r.ids?.length) annotated.set(f.payload.n, r.ids[0]);
    }
    for (let offset = 0; ; offset += 1000) {
      const page = await call('Library', 'Query', [{ view: 'all', offset, limit: 1000 }]);
      for (const a of page.items) titles.set(a.id, a.title);
      if (page.items.length < 1000) break;
    }

    // Each payload as a highlight's note and tag, a tag and an article's note.
    for (const p of payloads) {
      const id = annotated.get(p.n);
      if (id === undefined) continue;
      const view = await call('Reader', 'Open', [id]);
      const end = Math.max(0, ...view.blocks.map((/** @type {{end: number}} */ b) => b.end));
      await call('Notes', 'Create', [id, 0, Math.min(end, 40), { color: 1, note: p.text, tags: [tagOf(p)] }]);
      await call('Library', 'AddTags', [[id], [tagOf(p)]]);
      await call('Reader', 'SetNote', [id, p.text]);
    }

    // The colours' meanings, shown beside highlights, are payloads too.
    const settings = await call('System', 'Settings');
    settings.colours = ['<img src=x onerror="window.__pwned=3">', '<svg onload="window.__pwned=11">', 'javascript:window.__pwned=26', '=HYPERLINK("http://evil.example/")', '${window.__pwned=65}'];
    await call('System', 'SaveSettings', [settings]);

    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // The real CSP: no bypass, so the app runs as it does for people.
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    // A sentinel before any script of the app: a payload that ever ran
    // would set window.__pwned; CSP reports show what was blocked.
    await context.addInitScript(() => {
      /** @type {Seen} */ const seen = { pwned: [], calls: [], violations: [] };
      Object.defineProperty(window, '__hostile', { value: seen });
      Object.defineProperty(window, '__pwned', {
        get: () => undefined,
        set: (v) => void seen.pwned.push(`window.__pwned = ${String(v)}`),
      });
      document.addEventListener('securitypolicyviolation', (e) => seen.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      outside.push(`${where}: ${url}`);
      return route.abort();
    });
    page = await context.newPage();
    context.on('page', () => void popups.push(`${where}: a new window`));
    page.on('dialog', (d) => {
      dialogs.push(`${where}: ${d.type()} ${d.message()}`);
      void d.dismiss().catch(() => {});
    });
    page.on('websocket', (ws) => outside.push(`${where}: websocket ${ws.url()}`));
    page.on('request', (req) => {
      const url = req.url();
      if (url.includes('/api/')) {
        apiCalls.push(new URL(url).pathname);
        if (!req.headers()['x-gloss-token']) untokened.push(`${where}: ${req.method()} ${url}`);
      }
    });
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame()) return;
      const u = new URL(frame.url());
      if (u.origin !== origin || u.pathname !== '/') navigations.push(`${where}: ${frame.url()}`);
    });
    page.on('pageerror', (err) => pageErrors.push(`${where}: ${err.message}`));
    page.on('console', (msg) => {
      // What CSP blocked is counted from its reports, in the page.
      if (msg.type() === 'error' && !/Content.Security.Policy/i.test(msg.text())) pageErrors.push(`${where}: ${msg.text()}`);
    });

    await page.goto(server.url);
    await page.getByRole('listbox', { name: 'Articles' }).waitFor();
    // A recording stand-in for the window's bound methods, put in after
    // the app chose its transport: the app keeps its own fetch, so a
    // script of a payload is the only thing that could reach these.
    await page.evaluate(() => {
      const seen = /** @type {Seen} */ (/** @type {any} */ (window).__hostile);
      /** @param {string} what */
      const record = (what) => void seen.calls.push(what);
      /** @param {string} prefix */
      const stub = (prefix) =>
        new Proxy(
          {},
          {
            get: (_, struct) =>
              new Proxy(
                {},
                {
                  get: (_, method) => () => {
                    record(`${prefix}.${String(struct)}.${String(method)}`);
                    return Promise.resolve(null);
                  },
                },
              ),
          },
        );
      const w = /** @type {any} */ (window);
      w.go = { app: stub('window.go.app') };
      w.runtime = stub('window.runtime');
      const realFetch = window.fetch.bind(window);
      window.fetch = (input, init) => {
        record(`fetch ${String(input instanceof Request ? input.url : input)}`);
        return realFetch(input, init);
      };
      const open = /** @type {any} */ (XMLHttpRequest.prototype.open);
      /** @type {any} */ (XMLHttpRequest.prototype).open = function (/** @type {any[]} */ ...args) {
        record(`XMLHttpRequest ${String(args[0])} ${String(args[1])}`);
        return open.apply(/** @type {XMLHttpRequest} */ (this), args);
      };
      navigator.sendBeacon = (url) => {
        record(`sendBeacon ${String(url)}`);
        return false;
      };
    });
  });

  after(async () => {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /**
   * check records, under a name, whatever ran, called, left, navigated or
   * is in the page that must not be.
   * @param {string} name
   */
  async function check(name) {
    const { seen, problems } = await page.evaluate(inspectPage);
    violations += seen.violations.length;
    problems.unshift(...seen.pwned, ...seen.calls);
    if (new URL(page.url()).origin !== origin) problems.push(`the page is at ${page.url()}`);
    for (const p of problems) failures.push(`${name}: ${p}`);
    return { seen, problems };
  }

  const list = () => page.getByRole('listbox', { name: 'Articles' });

  /**
   * openAt opens the article at a place in the list, the way a click does,
   * and returns its id. The list draws only the rows in sight, so it is
   * scrolled there first.
   * @param {number} index
   * @returns {Promise<number>}
   */
  async function openAt(index) {
    const id = await list().evaluate(async (el, i) => {
      // Rows stand at index × the row pitch, which the drawn rows tell.
      const rows = () => /** @type {HTMLElement[]} */ ([...el.querySelectorAll('[role="option"]')]);
      const r = rows().find((x) => Number(x.getAttribute('aria-posinset')) > 1);
      const pitch = r ? parseFloat(r.style.top) / (Number(r.getAttribute('aria-posinset')) - 1) : 96;
      el.scrollTop = Math.max(0, i * pitch - 100);
      el.dispatchEvent(new Event('scroll'));
      for (let t = 0; t < 300; t++) {
        const row = rows().find((x) => x.getAttribute('aria-posinset') === String(i + 1));
        if (row) {
          row.click();
          return Number(row.dataset['articleId']);
        }
        await new Promise((done) => setTimeout(done, 20));
      }
      throw new Error(`row ${i + 1} is not drawn at scrollTop ${el.scrollTop}: rows ${rows().map((x) => x.getAttribute('aria-posinset')).join(',')}`);
    }, index);
    await page.waitForFunction(
      ([t]) => document.querySelector('main.reader h1')?.textContent === t && !document.querySelector('main.reader [aria-busy="true"]'),
      [titles.get(id) ?? ''],
    );
    return id;
  }

  /**
   * poke clicks what an article shows that a reader could click: links in
   * the text and notes, and the first highlight, whose card opens.
   * @param {string} name
   */
  async function poke(name) {
    const [links, marks] = await page.evaluate(() => [
      document.querySelectorAll('main.reader article a[href], aside a[href]').length,
      document.querySelectorAll('main.reader article mark').length,
    ]);
    if (links + marks === 0) return;
    for (const link of await page.locator('main.reader article a[href], aside a[href]').all()) {
      await link.click({ timeout: 2000 }).catch(() => {});
      await check(`${name}, after clicking a link`);
    }
    const mark = page.locator('main.reader article mark').first();
    if ((await mark.count()) > 0) {
      await mark.click({ timeout: 2000 }).catch(() => {});
      await check(`${name}, with the highlight's card open`);
      await page.keyboard.press('Escape');
    }
  }

  it('imports every payload as a page, Markdown, text and a dump', () => {
    assert.ok(payloads.length >= 100, `only ${payloads.length} payloads`);
    assert.equal(new Set(payloads.map((p) => p.text)).size, payloads.length, 'a payload is listed twice');
    assert.equal(annotated.size, payloads.length, 'a saved page did not import');
    const kinds = new Set([...fileOf.values()].map((f) => `${f.payload.n} ${f.kind}`));
    assert.equal(kinds.size, payloads.length * 4, 'a file gave no article');
  });

  it('catches a script that runs, a bound call, a dialog, an outside load and markup (controls)', async () => {
    where = 'control';
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__pwned = 'control';
      void w.go.app.Library.EmptyTrash();
      const img = document.createElement('img');
      img.src = 'http://evil.example/control.png';
      img.id = 'hostile-control';
      document.body.append(img);
    });
    await page.waitForFunction(() => /** @type {any} */ (window).__hostile.violations.length > 0);
    const { seen, problems } = await page.evaluate(inspectPage);
    await page.evaluate(() => document.getElementById('hostile-control')?.remove());
    assert.deepEqual(seen.pwned, ['window.__pwned = control']);
    assert.deepEqual(seen.calls, ['window.go.app.Library.EmptyTrash']);
    assert.match(seen.violations.join(), /img-src http:\/\/evil\.example\/control\.png/);
    assert.deepEqual(problems, ['<img src="http://evil.example/control.png">']);
    await page.evaluate(() => alert('control'));
    const other = await context.newPage();
    await other.goto('http://evil.example/control').catch(() => {});
    await other.close();
    assert.deepEqual(dialogs, ['control: alert control']);
    assert.deepEqual(outside, ['control: http://evil.example/control']);
    assert.deepEqual(popups, ['control: a new window']);
    dialogs.length = outside.length = popups.length = 0;
  });

  it('never lets a link or a form in the page navigate it', async () => {
    where = 'links put in the reader';
    await openAt(0);
    const before = apiCalls.length;
    const targets = [
      ['a', 'http://evil.example/nav'],
      ['a', '/?token=stolen'],
      ['a', 'https://news.example/story', '_blank'],
      ['a', "javascript:window.__pwned='link'"],
      ['a', 'file:///etc/passwd'],
      ['form', 'http://evil.example/form'],
    ];
    for (const [i, [tag, address, target]] of targets.entries()) {
      await page.evaluate(
        ([tag, address, target, i]) => {
          const el = document.createElement(/** @type {string} */ (tag));
          el.id = `hostile-link-${i}`;
          if (tag === 'form') {
            el.setAttribute('action', /** @type {string} */ (address));
            el.append(Object.assign(document.createElement('button'), { textContent: 'send' }));
          } else {
            el.setAttribute('href', /** @type {string} */ (address));
            el.textContent = 'a link';
          }
          if (target) el.setAttribute('target', target);
          document.querySelector('main.reader article')?.prepend(el);
        },
        [tag, address, target ?? '', String(i)],
      );
      const el = page.locator(`#hostile-link-${i}`);
      await (tag === 'form' ? el.getByRole('button') : el).click();
      await el.click({ button: 'middle' }).catch(() => {});
      await page.waitForTimeout(100);
      assert.equal(new URL(page.url()).origin, origin, `a click on ${tag} ${address} took the page to ${page.url()}`);
      await page.evaluate((id) => document.getElementById(id)?.remove(), `hostile-link-${i}`);
    }
    await check(where);
    // The browser face has no system browser: links do nothing (the
    // window hands web links to System.OpenLink, see src/lib/links.ts).
    assert.deepEqual(apiCalls.slice(before).filter((p) => p.startsWith('/api/System/OpenLink')), []);
    assert.equal(new URL(page.url()).origin, origin);
  });

  it('opens every imported article by its place in the list, with nothing run, called, loaded or navigated', async () => {
    const count = (await call('Library', 'Counts')).all;
    assert.equal(count, fileOf.size, `the library holds ${count} articles, the import reported ${fileOf.size}`);
    /** @type {Set<number>} */ const opened = new Set();
    let shownAsText = 0;
    let literal = 0;
    for (let i = 0; i < count; i++) {
      where = `article at ${i}`;
      const id = await openAt(i);
      const f = fileOf.get(id);
      where = f ? `${f.name} (payload ${f.payload.n})` : `article ${id}`;
      opened.add(id);
      await check(where);
      await poke(where);
      if (f && (f.kind === 'text' || f.kind === 'dump')) {
        literal++;
        const text = fold((await page.locator('main.reader article').textContent()) ?? '');
        if (text.includes(fold(f.payload.text))) shownAsText++;
      }
      if (annotated.get(f?.payload.n ?? -1) === id && f) {
        // The tag, the article's note and the highlight's note are shown.
        const tag = fold(tagOf(f.payload));
        const everything = fold((await page.locator('body').textContent()) ?? '');
        if (!everything.includes(tag)) failures.push(`${where}: the tag ${JSON.stringify(tag)} is not shown`);
      }
    }
    const missing = [...fileOf.keys()].filter((id) => !opened.has(id));
    assert.deepEqual(missing, [], 'articles never opened');
    // The payloads of text files are text, so most of them show as written.
    assert.ok(shownAsText >= literal / 2, `only ${shownAsText} of ${literal} text and dump articles show their payload as text`);
  });

  it('lists every payload as a highlight’s note in the Highlights view', async (t) => {
    where = 'the Highlights view';
    const button = page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Highlights\b/ });
    if ((await button.count()) === 0) {
      t.skip('this build has no Highlights view');
      return;
    }
    await button.click();
    const view = page.locator('main.notes-view');
    await view.waitFor();
    await page.waitForFunction(() => document.querySelector('main.notes-view')?.getAttribute('aria-busy') === 'false');
    // The list shows a page at a time, with a button for more.
    const more = view.getByRole('button', { name: 'Show more' });
    for (let i = 0; i < 50 && (await more.count()) > 0; i++) {
      const shown = await view.locator('ol.list > li').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('main.notes-view ol.list > li').length > n, shown);
    }
    await check(where);
    const items = await view.locator('ol.list > li').count();
    assert.ok(items >= payloads.length, `the Highlights view shows ${items} highlights, want ${payloads.length}`);
    await page.getByRole('button', { name: 'Back to the library' }).click();
    await list().waitFor();
  });

  it('shows the payloads in the search palette’s snippets', async (t) => {
    for (let i = 0; i < 50; i++) {
      const r = await call('Search', 'Query', ['pwned', 5]);
      if (!r.indexing) break;
      await page.waitForTimeout(200);
    }
    await page.evaluate(() => /** @type {HTMLElement | null} */ (document.activeElement)?.blur());
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Search and commands' });
    if (!(await palette.waitFor({ timeout: 3000 }).then(() => true, () => false))) {
      t.skip('this build has no search palette');
      return;
    }
    let withPayload = 0;
    for (const query of ['pwned', 'evil example', 'javascript', 'script', 'onerror', 'iframe', 'svg onload', 'HYPERLINK', 'bashrc', 'gloss end', 'Hostile']) {
      where = `search for ${query}`;
      const field = palette.getByRole('combobox');
      await field.fill(query);
      await palette.locator(`[data-answered="${query}"]`).waitFor({ timeout: 10_000 });
      const text = (await palette.textContent()) ?? '';
      if (payloads.some((p) => p.text.length > 12 && fold(text).includes(fold(p.text).slice(0, 12)))) withPayload++;
      await check(where);
    }
    assert.ok(withPayload > 0, 'no snippet showed a payload');
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });
  });

  it('serves pictures only from the library', async () => {
    const base = new URL(server.url).origin;
    const token = new URL(server.url).searchParams.get('token') ?? '';
    const missing = 'a'.repeat(64);
    for (const raw of [
      '/img/../../../../etc/passwd',
      '/img/..%2f..%2f..%2fetc%2fpasswd',
      '/img/%2e%2e/%2e%2e/etc/passwd',
      '/img//etc/passwd',
      '/../../etc/passwd',
      '/img/http://evil.example/x.png',
      `/img/${missing}`,
      `/img/${missing.toUpperCase()}`,
      `/img/${missing}/../../../../etc/passwd`,
    ]) {
      for (const path of [raw, `${raw}?token=${token}`]) {
        const res = await get(base, path);
        assert.ok(!/root:.*:0:0:/.test(res.body), `${path} served /etc/passwd (${res.status})`);
        assert.ok(res.status >= 300, `${path} answered ${res.status}`);
      }
    }
  });

  it('ran nothing, called nothing, loaded nothing from outside and never navigated', (t) => {
    t.diagnostic(`${payloads.length} payloads, ${fileOf.size} articles, ${violations} loads blocked by the Content-Security-Policy`);
    assert.deepEqual(failures, [], 'script ran, a bound method was called or the page holds active markup');
    assert.deepEqual(dialogs, [], 'dialogs');
    assert.deepEqual(outside, [], 'requests that left loopback');
    assert.deepEqual(navigations, [], 'navigations');
    assert.deepEqual(popups, [], 'new windows');
    assert.deepEqual(untokened, [], 'API calls without the token, so not the app’s');
    const forbidden = apiCalls.filter((p) => /EmptyTrash|Trash$|DeleteTag|RenameTag|SaveSettings|Restore/.test(p));
    assert.deepEqual(forbidden, [], 'calls the reader never made');
    assert.deepEqual(pageErrors, [], 'errors in the page');
  });
});
