import { describe, expect, it } from 'vitest';
import { inline, markdown, plain } from './markdown';

describe('markdown', () => {
  it('reads emphasis, code and links', () => {
    expect(inline('a **b** *c* `d` [e](https://x.example/) snake_case_name')).toEqual([
      { t: 'text', s: 'a ' },
      { t: 'strong', s: 'b' },
      { t: 'text', s: ' ' },
      { t: 'em', s: 'c' },
      { t: 'text', s: ' ' },
      { t: 'code', s: 'd' },
      { t: 'text', s: ' ' },
      { t: 'link', s: 'e', href: 'https://x.example/' },
      { t: 'text', s: ' snake_case_name' },
    ]);
  });

  it('reads paragraphs, headings, quotes, lists and code', () => {
    const got = markdown('# Claim\n\nFirst line\nsecond line\n\n> quoted\n\n- one\n- two\n\n1. a\n2. b\n\n```\n<b>x</b>\n```');
    expect(got.map((b) => b.t)).toEqual(['h', 'p', 'quote', 'ul', 'ol', 'pre']);
    expect(got[1]).toEqual({ t: 'p', lines: [[{ t: 'text', s: 'First line' }], [{ t: 'text', s: 'second line' }]] });
    expect(got[5]).toEqual({ t: 'pre', s: '<b>x</b>' });
  });

  it('keeps markup as text, never as HTML', () => {
    const got = markdown('<img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(got).toEqual([
      {
        t: 'p',
        lines: [[{ t: 'text', s: '<img src=x onerror=alert(1)> ' }, { t: 'link', s: 'x', href: 'javascript:alert(1' }, { t: 'text', s: ')' }]],
      },
    ]);
  });

  it('gives a one-line preview', () => {
    expect(plain('**Why** it matters:\n\n- cost')).toBe('Why it matters: cost');
  });
});
