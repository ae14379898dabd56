// Finding text in the open article, and marking passages, without touching
// the article's DOM.
//
// Marks are painted with the CSS Custom Highlight API (CSS.highlights and
// the ::highlight() pseudo-element) where the engine has it: Ranges are
// registered under a name and styled by CSS, and the article's elements
// are never changed, so nothing fights the component that renders them.
// Where the API is missing (WebKitGTK before it shipped the API, the
// desktop webview on older systems), boxes are drawn in a layer of their
// own over the text, from the Ranges' client rectangles, and redrawn when
// the layout changes.
//
// Text blocks carry their code-point range of the article's text in
// data-start and data-end; their text content is exactly that range, in
// however many text nodes. The DOM counts UTF-16 units, Go code points:
// every conversion is done here.

/** Span is a range of code points of the article's text. */
export interface Span {
  start: number;
  end: number;
}

/** BLOCKS are the article's text blocks, with their ranges. */
const BLOCKS = '[data-start]';
/** FINDABLE is all text find looks in: the blocks, the title, captions. */
const FINDABLE = '[data-start], #reader-title, figcaption';

/** Folded is text lower-cased with accents removed, mapped back to its source. */
export interface Folded {
  text: string;
  /** For each UTF-16 unit of text, the source range of its character. */
  from: number[];
  to: number[];
}

/** fold lower-cases s and strips its accents, keeping where each unit came from. */
export function fold(s: string): Folded {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const c of s) {
    const f = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + c.length);
    }
    text += f;
    i += c.length;
  }
  return { text, from, to };
}

/**
 * findAll returns the UTF-16 ranges of needle in haystack, ignoring case
 * and accents, without overlaps, at most max of them.
 */
export function findAll(haystack: string, needle: string, max = Infinity): [number, number][] {
  const n = fold(needle).text;
  if (n === '') return [];
  const h = fold(haystack);
  const out: [number, number][] = [];
  for (let at = h.text.indexOf(n); at >= 0 && out.length < max; at = h.text.indexOf(n, at + n.length)) {
    out.push([h.from[at]!, h.to[at + n.length - 1]!]);
  }
  return out;
}

/** unitsAt is the UTF-16 index of code point cp of s (s.length past its end). */
export function unitsAt(s: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
  }
  return i;
}

/** Run is the text of one element, in its text nodes. */
interface Run {
  nodes: Text[];
  /** The UTF-16 offset in text where each node starts. */
  starts: number[];
  text: string;
}

function runOf(el: Element): Run {
  const walk = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const run: Run = { nodes: [], starts: [], text: '' };
  for (let t = walk.nextNode(); t; t = walk.nextNode()) {
    run.nodes.push(t as Text);
    run.starts.push(run.text.length);
    run.text += (t as Text).data;
  }
  return run;
}

/** pointIn is the text node and offset of unit `at` of a run. */
function pointIn(run: Run, at: number): [Text, number] | null {
  for (let i = run.nodes.length - 1; i >= 0; i--) {
    if (run.starts[i]! <= at) return [run.nodes[i]!, Math.min(at - run.starts[i]!, run.nodes[i]!.data.length)];
  }
  return null;
}

function rangeIn(doc: Document, a: [Text, number] | null, b: [Text, number] | null): Range | null {
  if (!a || !b) return null;
  const r = doc.createRange();
  r.setStart(a[0], a[1]);
  r.setEnd(b[0], b[1]);
  return r;
}

/**
 * findRanges returns a Range for every place query occurs in the text
 * under root, in document order, at most max. A match never spans blocks.
 */
export function findRanges(root: Element, query: string, max = 1000): Range[] {
  const out: Range[] = [];
  if (query.trim() === '') return out;
  for (const el of root.querySelectorAll(FINDABLE)) {
    const run = runOf(el);
    for (const [a, b] of findAll(run.text, query, max - out.length)) {
      // A match ends in the node its last unit is in, not at the start of the next.
      const end = pointIn(run, b - 1);
      const r = rangeIn(root.ownerDocument, pointIn(run, a), end && [end[0], end[1] + 1]);
      if (r) out.push(r);
    }
    if (out.length >= max) break;
  }
  return out;
}

/**
 * passageRange is a Range over [start, end) of the article's text under
 * root, found through the blocks' data-start and data-end; null when no
 * block holds it. An end between blocks stops at the end of the last block
 * before it.
 */
export function passageRange(root: Element, span: Span): Range | null {
  let a: [Text, number] | null = null;
  let b: [Text, number] | null = null;
  for (const el of root.querySelectorAll(BLOCKS)) {
    const s = Number(el.getAttribute('data-start'));
    const e = Number(el.getAttribute('data-end'));
    if (!Number.isFinite(s) || !Number.isFinite(e) || e <= span.start) continue;
    if (s >= span.end) break;
    const run = runOf(el);
    if (!a) a = pointIn(run, unitsAt(run.text, Math.max(0, span.start - s)));
    const end = unitsAt(run.text, Math.min(span.end, e) - s);
    if (end > 0) {
      const p = pointIn(run, end - 1);
      if (p) b = [p[0], p[1] + 1];
    }
  }
  return rangeIn(root.ownerDocument, a, b);
}

/** supportsHighlights tells whether the engine has the CSS Custom Highlight API. */
export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Painter paints named sets of Ranges inside a scrolling element. The names
 * are the ::highlight() names of the CSS (gloss-find, gloss-find-current,
 * gloss-passage, gloss-passage-word); the fallback's boxes carry the class
 * "paint-NAME" instead.
 */
export class Painter {
  readonly #host: HTMLElement;
  readonly #native: boolean;
  readonly #sets = new Map<string, Range[]>();
  #layer: HTMLElement | null = null;
  #resize: ResizeObserver | null = null;

  /** host is the scrolling element; the fallback needs it positioned. */
  constructor(host: HTMLElement, native = supportsHighlights()) {
    this.#host = host;
    this.#native = native;
  }

  /** native tells whether marks are painted by the CSS Custom Highlight API. */
  get native(): boolean {
    return this.#native;
  }

  /** paint shows ranges under name, replacing what was there; priority orders overlaps. */
  paint(name: string, ranges: Range[], priority = 0): void {
    if (ranges.length === 0) return this.clear(name);
    this.#sets.set(name, ranges);
    if (this.#native) {
      const h = new Highlight(...ranges);
      h.priority = priority;
      CSS.highlights.set(name, h);
    } else {
      this.redraw();
    }
  }

  /** clear takes the marks of name away. */
  clear(name: string): void {
    if (!this.#sets.delete(name)) return;
    if (this.#native) CSS.highlights.delete(name);
    else this.redraw();
  }

  /** redraw places the fallback's boxes again, after the layout changed. */
  redraw(): void {
    if (this.#native) return;
    if (!this.#layer) {
      this.#layer = this.#host.ownerDocument.createElement('div');
      this.#layer.className = 'paint-layer';
      this.#layer.setAttribute('aria-hidden', 'true');
      this.#resize = new ResizeObserver(() => this.redraw());
      this.#resize.observe(this.#host);
      const article = this.#host.querySelector('article');
      if (article) this.#resize.observe(article);
    }
    if (!this.#layer.isConnected) this.#host.append(this.#layer);
    const host = this.#host.getBoundingClientRect();
    const dx = this.#host.scrollLeft - host.left - this.#host.clientLeft;
    const dy = this.#host.scrollTop - host.top - this.#host.clientTop;
    const boxes: HTMLElement[] = [];
    for (const [name, ranges] of this.#sets) {
      for (const r of ranges) {
        for (const rect of r.getClientRects()) {
          if (rect.width === 0 || rect.height === 0) continue;
          const box = this.#host.ownerDocument.createElement('div');
          box.className = `paint-box paint-${name}`;
          box.style.left = `${rect.left + dx}px`;
          box.style.top = `${rect.top + dy}px`;
          box.style.width = `${rect.width}px`;
          box.style.height = `${rect.height}px`;
          boxes.push(box);
        }
      }
    }
    this.#layer.replaceChildren(...boxes);
  }

  /** destroy takes every mark away. */
  destroy(): void {
    for (const name of [...this.#sets.keys()]) this.clear(name);
    this.#resize?.disconnect();
    this.#layer?.remove();
  }
}

/**
 * scrollToRange scrolls host so that r shows: `at` of the way down the
 * visible height, or, with at = 'nearest', only when it is not in sight.
 */
export function scrollToRange(host: HTMLElement, r: Range, at: number | 'nearest'): void {
  const rect = r.getClientRects()[0] ?? r.getBoundingClientRect();
  const box = host.getBoundingClientRect();
  if (at === 'nearest') {
    const margin = Math.min(80, box.height / 4);
    if (rect.top >= box.top + margin && rect.bottom <= box.bottom - margin) return;
    at = 0.4;
  }
  host.scrollTop += rect.top - box.top - box.height * at;
}
