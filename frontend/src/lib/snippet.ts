// Search snippets as the palette draws them, and where their matches sit in
// the article.
//
// Go sends a snippet with the code-point offsets of its matched characters.
// The palette draws it as runs of plain text and <mark>ed text, never as
// HTML: a snippet is article text, and article text is untrusted.

import type { HitKind, SearchHit } from './types';

/** Segment is a run of a snippet, marked when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * segments cuts s into alternating runs of unmatched and matched text.
 * positions are code-point offsets in s; those outside it are ignored.
 */
export function segments(s: string, positions: readonly number[]): Segment[] {
  const cps = Array.from(s);
  const hit = new Set(positions);
  const out: Segment[] = [];
  let run = '';
  let mark = false;
  cps.forEach((c, i) => {
    const m = hit.has(i);
    if (m !== mark && run !== '') {
      out.push({ text: run, mark });
      run = '';
    }
    mark = m;
    run += c;
  });
  if (run !== '') out.push({ text: run, mark });
  return out;
}

/** Span is a range of code points in the article's text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * matchedSpans are the matched words of a text hit as ranges of the
 * article's text, so the reader can mark them inside the passage. The
 * snippet is the text from hit.start, one code point for one (spaces are
 * folded to one space each), after a "…" when the passage does not start
 * the text. Other kinds of hit have no place of their own and give none.
 */
export function matchedSpans(hit: SearchHit): Span[] {
  if (hit.kind !== 'text' || hit.end <= hit.start) return [];
  const lead = hit.start > 0 ? 1 : 0;
  const out: Span[] = [];
  for (const p of [...hit.positions].sort((a, b) => a - b)) {
    const at = hit.start + p - lead;
    if (at < hit.start || at >= hit.end) continue;
    const last = out[out.length - 1];
    if (last && last.end === at) last.end = at + 1;
    else out.push({ start: at, end: at + 1 });
  }
  return out;
}

/** KIND_LABELS name each kind of hit as the palette shows it. */
export const KIND_LABELS: Record<HitKind, string> = {
  title: 'Title',
  text: 'Text',
  highlight: 'Highlight',
  note: 'Note',
  tag: 'Tag',
};

/**
 * passageOf is the part of the article a hit points to, or null for hits
 * that have none there (titles, tags, notes on the article).
 */
export function passageOf(hit: SearchHit): Span | null {
  if ((hit.kind === 'text' || hit.kind === 'highlight') && hit.end > hit.start) return { start: hit.start, end: hit.end };
  return null;
}
