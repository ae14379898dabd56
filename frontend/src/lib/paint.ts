// Drawing a block's text with its highlights into the page.
//
// The article's text is only ever put into the page as text nodes (and
// textContent of <mark> elements), never parsed as HTML. A block is redrawn
// only when what it shows changed, so making one highlight redraws one
// paragraph, and an article with hundreds of highlights is drawn in one
// pass without a component per piece.

/** Piece is a run of a block's text as it is drawn. */
export interface Piece {
  text: string;
  /** The covering highlights' ids, space-separated; empty for plain text. */
  ids: string;
  /** Class names of the <mark>. */
  cls: string;
  /** The bands of the highlights beneath (a box-shadow), if any. */
  bands?: string | undefined;
}

const drawn = new WeakMap<Element, string>();

/** signature tells two drawings of a block apart. */
function signature(pieces: readonly Piece[]): string {
  let s = '';
  for (const p of pieces) s += `${p.ids}\u0001${p.cls}\u0001${p.bands ?? ''}\u0001${p.text}\u0002`;
  return s;
}

/** paintBlock draws pieces as the children of el, unless it shows them already. */
export function paintBlock(el: Element, pieces: readonly Piece[]): void {
  const sig = signature(pieces);
  if (drawn.get(el) === sig) return;
  drawn.set(el, sig);
  const doc = el.ownerDocument;
  const frag = doc.createDocumentFragment();
  for (const p of pieces) {
    if (!p.ids) {
      frag.append(doc.createTextNode(p.text));
      continue;
    }
    const m = doc.createElement('mark');
    m.className = p.cls;
    m.dataset['ids'] = p.ids;
    if (p.bands) m.style.boxShadow = p.bands;
    m.textContent = p.text;
    frag.append(m);
  }
  el.replaceChildren(frag);
}
