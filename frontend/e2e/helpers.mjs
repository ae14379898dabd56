// Helpers of the browser test: calling the API directly, pictures, axe in
// every theme.

import assert from 'node:assert/strict';
import path from 'node:path';
import { seriousViolations } from './axe.mjs';

/**
 * apiCaller calls gloss serve's API from Node, as the page does.
 * @param {string} serverUrl the URL gloss serve printed, with its token
 */
export function apiCaller(serverUrl) {
  const base = new URL(serverUrl);
  const token = base.searchParams.get('token') ?? '';
  /**
   * @param {string} struct
   * @param {string} method
   * @param {unknown[]} [args]
   * @returns {Promise<any>}
   */
  return async (struct, method, args = []) => {
    const res = await fetch(new URL(`/api/${struct}/${method}`, base), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Gloss-Token': token },
      body: JSON.stringify(args),
    });
    const body = await res.json();
    if (!res.ok) throw new Error(`${struct}.${method}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };
}

/**
 * shooter saves screenshots into docs, after fonts and a frame have settled.
 * @param {import('playwright-core').Page} page
 * @param {string} docs
 */
export function shooter(page, docs) {
  /** @param {string} name */
  return async (name) => {
    // No hover left on whatever the test clicked last.
    await page.mouse.move(2, 798);
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: path.join(docs, name) });
  };
}

/**
 * inThemes runs axe with the OS in light and in dark, and optionally in
 * the sepia theme (by setting it on the page as the app does), and asserts
 * there is no serious or critical violation in any of them.
 * @param {import('playwright-core').Page} page
 * @param {string} where names the view in failures
 * @param {(scheme: 'light' | 'dark') => Promise<void>} [each] runs in each scheme, e.g. for a picture
 */
export async function axeInThemes(page, where, each) {
  try {
    for (const scheme of /** @type {const} */ (['light', 'dark'])) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForFunction((s) => document.documentElement.dataset['theme'] === s, scheme);
      if (each) await each(scheme);
      assert.deepEqual(await seriousViolations(page), [], `${where}, ${scheme}`);
    }
  } finally {
    await page.emulateMedia({ colorScheme: 'light' });
  }
}

/**
 * eventually polls check until it returns true, for state the app saves a
 * moment after the user acts (debounced writes), so that a busy machine
 * only makes the test slower, never wrong.
 * @param {() => Promise<boolean>} check
 * @param {string} what what is awaited, for the failure message
 * @param {number} [timeout]
 */
export async function eventually(check, what, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * recordFaults collects what goes wrong in a page: uncaught errors,
 * console errors and, unless only errors are asked for, any 4xx/5xx
 * answer (a failed import is a 200 with the error in its report, so an
 * error status is always a real fault).
 * @param {import('playwright-core').Page} page
 * @param {string[]} into
 * @param {{ statuses?: boolean }} [opts]
 */
export function recordFaults(page, into, opts = {}) {
  page.on('pageerror', (err) => into.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') into.push(`console: ${msg.text()}`);
  });
  if (opts.statuses === false) return;
  page.on('response', (res) => {
    if (res.status() >= 400) into.push(`${res.status()} ${res.request().method()} ${new URL(res.url()).pathname}`);
  });
}

/**
 * closeDialogs presses Escape until no modal dialog is open, so a failed
 * test does not leave one over the next.
 * @param {import('playwright-core').Page} page
 */
export async function closeDialogs(page) {
  for (let i = 0; i < 3 && (await page.locator('dialog[open]').count()) > 0; i++) await page.keyboard.press('Escape');
}
