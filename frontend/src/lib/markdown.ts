// A small Markdown reader for the notes on highlights.
//
// Notes are the reader's own, but they can be imported from elsewhere, so
// they are never turned into HTML: this reads the common subset (paragraphs,
// line breaks, headings, quotes, lists, code, bold, italics, links) into a
// tree that the note component draws with elements and text nodes only.
// Anything else stays as the text it is.

/** Inline is a run of text inside a block. */
export type Inline =
  | { t: 'text'; s: string }
  | { t: 'strong' | 'em' | 'code'; s: string }
  | { t: 'link'; s: string; href: string };

/** MdBlock is a paragraph, heading, quote, list or code block. */
export type MdBlock =
  | { t: 'p'; lines: Inline[][] }
  | { t: 'quote'; lines: Inline[][] }
  | { t: 'h'; line: Inline[] }
  | { t: 'ul'; items: Inline[][] }
  | { t: 'ol'; items: Inline[][] }
  | { t: 'pre'; s: string };

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|__(.+?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|\b_([^_\s](?:[^_]*[^_\s])?)_\b|\[([^\]]+)\]\(([^)\s]+)\)/gu;

/** inline reads the emphasis, code and links of one line. */
export function inline(line: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(INLINE)) {
    if (m.index > last) out.push({ t: 'text', s: line.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ t: 'code', s: m[1] });
    else if (m[2] !== undefined || m[3] !== undefined) out.push({ t: 'strong', s: (m[2] ?? m[3])! });
    else if (m[4] !== undefined || m[5] !== undefined) out.push({ t: 'em', s: (m[4] ?? m[5])! });
    else out.push({ t: 'link', s: m[6]!, href: m[7]! });
    last = m.index + m[0].length;
  }
  if (last < line.length) out.push({ t: 'text', s: line.slice(last) });
  return out;
}

const BULLET = /^\s{0,3}[-*+]\s+/;
const NUMBER = /^\s{0,3}\d{1,9}[.)]\s+/;
const QUOTE = /^\s{0,3}>\s?/;
const HEADING = /^\s{0,3}#{1,6}\s+/;

/** markdown reads a note into blocks. */
export function markdown(src: string): MdBlock[] {
  const out: MdBlock[] = [];
  const lines = src.replace(/\r\n?/g, '\n').split('\n');
  let para: string[] = [];
  const end = () => {
    if (para.length === 0) return;
    const all = (re: RegExp) => para.every((l) => re.test(l));
    if (all(QUOTE)) out.push({ t: 'quote', lines: para.map((l) => inline(l.replace(QUOTE, ''))) });
    else if (all(BULLET)) out.push({ t: 'ul', items: para.map((l) => inline(l.replace(BULLET, ''))) });
    else if (all(NUMBER)) out.push({ t: 'ol', items: para.map((l) => inline(l.replace(NUMBER, ''))) });
    else out.push({ t: 'p', lines: para.map((l) => inline(l.trim())) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s{0,3}```/.test(line)) {
      end();
      const code: string[] = [];
      for (i++; i < lines.length && !/^\s{0,3}```/.test(lines[i]!); i++) code.push(lines[i]!);
      out.push({ t: 'pre', s: code.join('\n') });
    } else if (line.trim() === '') {
      end();
    } else if (HEADING.test(line)) {
      end();
      out.push({ t: 'h', line: inline(line.replace(HEADING, '').replace(/\s#+\s*$/, '')) });
    } else {
      para.push(line);
    }
  }
  end();
  return out;
}

/** plain is a note's text without its Markdown, for one-line previews. */
export function plain(src: string): string {
  const text = (lines: Inline[][]) => lines.map((l) => l.map((x) => x.s).join('')).join(' ');
  return markdown(src)
    .map((b) => (b.t === 'pre' ? b.s : b.t === 'h' ? text([b.line]) : b.t === 'ul' || b.t === 'ol' ? text(b.items) : text(b.lines)))
    .join(' ');
}
