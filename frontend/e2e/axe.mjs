// Running axe-core in a page and keeping what must fail the test.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * seriousViolations runs axe on the page and returns the serious and
 * critical violations, one readable line each.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
export async function seriousViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ content: source });
  }
  /** @type {{id: string, impact?: string | null, help: string, nodes: {target: unknown[]}[]}[]} */
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is the global the script tag defined.
    const res = await window.axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((/** @type {any} */ v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((/** @type {any} */ n) => ({ target: n.target })),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
