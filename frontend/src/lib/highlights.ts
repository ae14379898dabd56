// Cutting an article's blocks into the pieces the reader paints.
//
// Highlights may overlap and nest. Rather than merging them, every block is
// cut at each highlight's edges into segments, and each segment knows every
// highlight covering it, outermost first; the reader paints the innermost
// one's colour and marks the others beneath it, so two highlights stay two.

import { cpSlice } from './offsets';
import type { Block, Highlight } from './types';

/** Mark is the part of a highlight that painting needs. */
export interface Mark {
  id: number;
  start: number;
  end: number;
}

/** Segment is a run of a block's text covered by the same highlights. */
export interface Segment {
  /** Code points of the article's text. */
  start: number;
  end: number;
  text: string;
  /** The highlights covering it, outermost (earliest, then longest) first. */
  ids: number[];
}

/** outerFirst orders highlights by start, the longer first, then by id. */
export function outerFirst(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}

/**
 * segments cuts the text of a block that holds code points [start, end) of
 * the article into segments at the edges of the marks that overlap it.
 * marks must be sorted by outerFirst; those outside the block are skipped.
 */
export function segments(block: Pick<Block, 'text' | 'start' | 'end'>, marks: readonly Mark[]): Segment[] {
  const { start, end, text } = block;
  const inside = marks.filter((m) => m.start < end && m.end > start && m.end > m.start);
  if (inside.length === 0) return [{ start, end, text, ids: [] }];
  const cuts = new Set<number>([start, end]);
  for (const m of inside) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  // One pass over the text: rest is what is left after the previous cut.
  let rest = text;
  for (let i = 0; i + 1 < at.length; i++) {
    const from = at[i]!;
    const to = at[i + 1]!;
    const piece = cpSlice(rest, 0, to - from);
    rest = rest.slice(piece.length);
    const ids = inside.filter((m) => m.start <= from && m.end >= to).map((m) => m.id);
    out.push({ start: from, end: to, text: piece, ids });
  }
  return out;
}

/** placed keeps the highlights that have a place in the text, in outerFirst order. */
export function placed(list: readonly Highlight[]): Highlight[] {
  return list.filter((h) => !h.orphan && h.end > h.start).sort(outerFirst);
}

/** articleText rebuilds the article's canonical text from its blocks. */
export function articleText(blocks: readonly Block[]): string {
  return blocks
    .filter((b) => b.start >= 0)
    .map((b) => b.text)
    .join('\n\n');
}

/** quoteOf is the text of [start, end) in the blocks, "\n\n" between blocks. */
export function quoteOf(blocks: readonly Block[], start: number, end: number): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.start < 0 || b.end <= start || b.start >= end) continue;
    parts.push(cpSlice(b.text, Math.max(0, start - b.start), Math.min(b.end, end) - b.start));
  }
  return parts.join('\n\n');
}

const WORD = /[\p{L}\p{N}\p{M}'’_-]/u;

/**
 * wordStep moves an edge of a highlight by one word: forward (+1) to the
 * end of the next word, back (-1) to the start of the previous one. text is
 * the article's text as code points.
 */
export function wordStep(text: readonly string[], at: number, dir: 1 | -1): number {
  const isWord = (i: number) => i >= 0 && i < text.length && WORD.test(text[i]!);
  let i = at;
  if (dir > 0) {
    while (i < text.length && !isWord(i)) i++;
    while (i < text.length && isWord(i)) i++;
  } else {
    while (i > 0 && !isWord(i - 1)) i--;
    while (i > 0 && isWord(i - 1)) i--;
  }
  return i;
}

/** resizeEdge moves one edge of [start, end) by a word, never to an empty range. */
export function resizeEdge(text: readonly string[], h: Mark, edge: 'start' | 'end', dir: 1 | -1): { start: number; end: number } {
  if (edge === 'start') {
    const s = wordStep(text, h.start, dir);
    // Moving the start forward stops at the start of the next word.
    const start = dir > 0 ? Math.min(skipSpace(text, s), h.end - 1) : s;
    return { start: Math.max(0, start), end: h.end };
  }
  const e = dir > 0 ? wordStep(text, h.end, 1) : Math.max(h.start + 1, wordEndBefore(text, h.end));
  return { start: h.start, end: Math.min(text.length, e) };
}

function skipSpace(text: readonly string[], i: number): number {
  while (i < text.length && !WORD.test(text[i]!)) i++;
  return i;
}

// wordEndBefore is the end of the word before the last word of [.., at).
function wordEndBefore(text: readonly string[], at: number): number {
  let i = wordStep(text, at, -1);
  while (i > 0 && !WORD.test(text[i - 1]!)) i--;
  return i;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * passage finds the block of the current text to show beside an orphan:
 * the block now at the orphan's old place, or the one before or after it
 * when that shares more of the orphan's own words (of four letters or
 * more, rare ones counting more than common ones). Its context is not
 * used: neighbouring paragraphs share context words by nature. It returns
 * the block's index, or -1 when the article has no text.
 */
export function passage(blocks: readonly Block[], h: Pick<Highlight, 'exact' | 'start'>): number {
  const body = blocks.flatMap((b, i) => (b.start >= 0 ? [i] : []));
  if (body.length === 0) return -1;
  let at = body.findIndex((i) => blocks[i]!.end > h.start);
  if (at < 0) at = body.length - 1;
  const sets = body.map((i) => new Set(words(blocks[i]!.text)));
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const own = new Set(words(h.exact).filter((w) => [...w].length >= 4));
  const score = (k: number) => {
    let sum = 0;
    for (const w of sets[k]!) if (own.has(w)) sum += Math.log(1 + body.length / df.get(w)!);
    return sum;
  };
  let best = at;
  let top = score(at);
  for (const k of [at - 1, at + 1]) {
    if (k < 0 || k >= body.length) continue;
    const s = score(k);
    if (s > top) [best, top] = [k, s];
  }
  return body[best]!;
}

/** COLOURS names the five highlight colours, in order. */
export const COLOURS = ['Yellow', 'Green', 'Blue', 'Pink', 'Purple'] as const;

/** colourLabel names a colour with what it means to the reader, if anything. */
export function colourLabel(i: number, meanings: readonly string[]): string {
  const m = meanings[i]?.trim();
  return m ? `${COLOURS[i]}: ${m}` : (COLOURS[i] ?? 'Colour');
}
