// The reader's text selection, as a span of the article and the place where
// the highlight toolbar stands. A selection is read once it settles (when
// the pointer is let go, or 120 ms after the last keyboard change), not on
// every move of a drag.

import { BLOCK, selectionSpan, type NodeLike, type Span } from './offsets';

/** Pending is the selected text and where its toolbar stands, in the body's coordinates. */
export interface Pending {
  span: Span;
  top: number;
  left: number;
  /** The toolbar goes under the selection when there is no room above it. */
  below: boolean;
}

/** ROOM is the height above a selection the toolbar needs to stand there. */
const ROOM = 120;
/** HALF is half the toolbar's width: it never sticks out of the body. */
const HALF = 140;

/** place says where the toolbar stands for a selection's line boxes. */
export function place(rects: DOMRectReadOnly[], whole: DOMRectReadOnly, base: DOMRectReadOnly): Omit<Pending, 'span'> {
  const first = rects[0] ?? whole;
  const below = first.top < ROOM;
  const at = below ? (rects[rects.length - 1] ?? first) : first;
  return {
    top: (below ? at.bottom : at.top) - base.top,
    left: Math.min(Math.max(at.left + at.width / 2 - base.left, HALF), Math.max(HALF, base.width - HALF)),
    below,
  };
}

/** Selecting follows the document's selection within one article body. */
export class Selecting {
  pending = $state<Pending | null>(null);
  /** The toolbar, while shown: focus inside it keeps the selection's span. */
  toolbar: HTMLElement | undefined = $state();
  #root: HTMLElement | null = null;
  #pointerDown = false;
  #settle: ReturnType<typeof setTimeout> | undefined;

  /** watch follows the selection within root; it returns the function that stops. */
  watch(root: HTMLElement): () => void {
    this.#root = root;
    const changed = () => {
      if (this.#pointerDown) return;
      clearTimeout(this.#settle);
      this.#settle = setTimeout(() => this.read(), 120);
    };
    const up = () => {
      if (!this.#pointerDown) return;
      this.#pointerDown = false;
      setTimeout(() => this.read(), 0);
    };
    document.addEventListener('selectionchange', changed);
    window.addEventListener('pointerup', up);
    return () => {
      document.removeEventListener('selectionchange', changed);
      window.removeEventListener('pointerup', up);
      clearTimeout(this.#settle);
      this.#root = null;
    };
  }

  /** pointerDown holds reading back while a drag selects, except on the toolbar or a card. */
  pointerDown(e: PointerEvent): void {
    if (e.button === 0 && !(e.target instanceof Element && e.target.closest('.card, .hl-toolbar'))) this.#pointerDown = true;
  }

  /** read takes the document's selection, if it lies in the article's text. */
  read(): void {
    const root = this.#root;
    if (!root) return;
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
      if (!this.toolbar?.contains(document.activeElement)) this.pending = null;
      return;
    }
    const range = sel.getRangeAt(0);
    const blocks = [...root.querySelectorAll(BLOCK)] as unknown as NodeLike[];
    const span = range.intersectsNode(root)
      ? selectionSpan(range as unknown as Parameters<typeof selectionSpan>[0], blocks, root as unknown as NodeLike)
      : null;
    if (!span) {
      this.pending = null;
      return;
    }
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    this.pending = { span, ...place(rects, range.getBoundingClientRect(), root.getBoundingClientRect()) };
  }

  /** clear drops the selection and hides the toolbar. */
  clear(): void {
    window.getSelection()?.removeAllRanges();
    this.pending = null;
  }
}
