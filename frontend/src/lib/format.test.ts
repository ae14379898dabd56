import { describe, expect, it } from 'vitest';
import {
  WORDS_PER_MINUTE,
  articleDate,
  byNewestAdded,
  formatDate,
  paragraphCount,
  parseDate,
  readingMinutes,
  readingTime,
  sourceLabel,
} from './format';

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [-5, 1],
    [Number.NaN, 1],
    [1, 1],
    [WORDS_PER_MINUTE, 1],
    [WORDS_PER_MINUTE + 1, 2],
    [3 * WORDS_PER_MINUTE, 3],
    [3 * WORDS_PER_MINUTE + 1, 4],
  ])('%d words take %d min', (words, want) => {
    expect(readingMinutes(words)).toBe(want);
  });

  it('says it as "N min read"', () => {
    expect(readingTime(359)).toBe('2 min read');
  });
});

describe('paragraphCount', () => {
  it.each([
    [0, '0 paragraphs'],
    [1, '1 paragraph'],
    [12, '12 paragraphs'],
  ])('%d is %s', (n, want) => expect(paragraphCount(n)).toBe(want));
});

describe('parseDate', () => {
  it('reads a date alone as a calendar day', () => {
    expect(parseDate('2025-07-13')).toEqual({ date: new Date(Date.UTC(2025, 6, 13)), dateOnly: true });
  });

  it('reads a date-time', () => {
    expect(parseDate('2025-07-13T23:30:00Z')).toEqual({ date: new Date(Date.UTC(2025, 6, 13, 23, 30)), dateOnly: false });
  });

  it.each([undefined, '', 'yesterday', '2025-13-45T99:00'])('refuses %s', (s) => {
    expect(parseDate(s)).toBeNull();
  });
});

describe('formatDate', () => {
  const opts = { locale: 'en-GB', timeZone: 'UTC' };

  it('shows day, short month and year', () => {
    expect(formatDate('2025-07-13', opts)).toBe('13 Jul 2025');
  });

  it('keeps a date alone on its day in any time zone', () => {
    expect(formatDate('2025-07-13', { locale: 'en-GB', timeZone: 'America/Los_Angeles' })).toBe('13 Jul 2025');
    expect(formatDate('2025-07-13', { locale: 'en-GB', timeZone: 'Pacific/Kiritimati' })).toBe('13 Jul 2025');
  });

  it('shows a date-time in the given time zone', () => {
    expect(formatDate('2025-07-13T23:30:00Z', { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe('14 Jul 2025');
  });

  it('shows unreadable text as it is', () => {
    expect(formatDate('last Tuesday', opts)).toBe('last Tuesday');
    expect(formatDate(undefined, opts)).toBe('');
  });
});

describe('articleDate', () => {
  it('prefers the published date', () => {
    expect(articleDate({ published: '2025-07-13', added: '2026-01-01T10:00:00Z' })).toBe('2025-07-13');
  });

  it('falls back to the time added', () => {
    expect(articleDate({ added: '2026-01-01T10:00:00Z' })).toBe('2026-01-01T10:00:00Z');
    expect(articleDate({ published: '', added: '2026-01-01T10:00:00Z' })).toBe('2026-01-01T10:00:00Z');
  });
});

describe('sourceLabel', () => {
  it('names the site, else the file', () => {
    expect(sourceLabel({ site: 'Asharq Al-Awsat', source: 'a.txt' })).toBe('Asharq Al-Awsat');
    expect(sourceLabel({ site: '', source: 'a.txt' })).toBe('a.txt');
    expect(sourceLabel({ site: '' })).toBe('');
  });
});

describe('byNewestAdded', () => {
  it('puts the newest first and breaks ties by the later id', () => {
    const rows = [
      { id: 1, added: '2026-01-01T10:00:00Z' },
      { id: 3, added: '2026-01-02T10:00:00Z' },
      { id: 2, added: '2026-01-01T10:00:00Z' },
    ];
    expect(rows.sort(byNewestAdded).map((r) => r.id)).toEqual([3, 2, 1]);
  });
});
