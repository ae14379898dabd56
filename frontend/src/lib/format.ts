// Pure formatting helpers for the library list and the reader.

/** WORDS_PER_MINUTE is a calm adult reading pace for news prose. */
export const WORDS_PER_MINUTE = 230;

/** readingMinutes is words / 230, rounded up, and at least one minute. */
export function readingMinutes(words: number): number {
  if (!Number.isFinite(words) || words <= 0) return 1;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** readingTime says how long an article takes to read: "3 min read". */
export function readingTime(words: number): string {
  return `${readingMinutes(words)} min read`;
}

/** paragraphCount says "1 paragraph" or "12 paragraphs". */
export function paragraphCount(n: number): string {
  return n === 1 ? '1 paragraph' : `${n} paragraphs`;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * parseDate reads an ISO 8601 date or date-time. A date without a time is
 * a calendar day, not midnight UTC, so it is returned with dateOnly set and
 * must be shown in UTC to stay on the same day everywhere.
 */
export function parseDate(s: string | undefined): { date: Date; dateOnly: boolean } | null {
  if (!s) return null;
  const m = DATE_ONLY.exec(s.trim());
  if (m) {
    const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return Number.isNaN(date.getTime()) ? null : { date, dateOnly: true };
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : { date: new Date(t), dateOnly: false };
}

/** DateOptions fix the locale and time zone, for tests; both default to the user's. */
export interface DateOptions {
  locale?: string;
  timeZone?: string;
}

/** formatDate shows a date as "13 Jul 2025" in the user's locale; unreadable text is shown as it is. */
export function formatDate(s: string | undefined, opts: DateOptions = {}): string {
  const parsed = parseDate(s);
  if (!parsed) return s ?? '';
  const fmt = new Intl.DateTimeFormat(opts.locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: parsed.dateOnly ? 'UTC' : opts.timeZone,
  });
  return fmt.format(parsed.date);
}

/** articleDate is the date to show for an article: published, else added. */
export function articleDate(a: { published?: string; added: string }): string {
  return a.published || a.added;
}

/** sourceLabel names where an article came from: its site, else its file. */
export function sourceLabel(a: { site?: string; source?: string }): string {
  return a.site || a.source || '';
}

/** byNewestAdded orders articles newest added first; later ids win ties. */
export function byNewestAdded<T extends { id: number; added: string }>(a: T, b: T): number {
  const ta = Date.parse(a.added) || 0;
  const tb = Date.parse(b.added) || 0;
  return tb - ta || b.id - a.id;
}
