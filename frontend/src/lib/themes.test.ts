import { describe, expect, it } from 'vitest';
import { contrast, luminance } from './contrast';
import { PAIRS, THEMES, cssVariables, resolve, type Theme } from './themes';

describe('contrast', () => {
  it('matches the WCAG reference values', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBe(1);
    expect(contrast('#000000', '#ffffff')).toBe(21);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
    // #767676 on white is the well-known lightest grey that passes AA.
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(() => luminance('red')).toThrow(/not a #rrggbb/);
  });
});

describe('themes', () => {
  for (const name of Object.keys(THEMES) as Theme[]) {
    it(`${name}: every text colour has 4.5:1 on every background it is drawn on`, () => {
      const t = THEMES[name];
      const failing = PAIRS.map(([fg, bg]) => ({ fg, bg, ratio: contrast(t[fg], t[bg]) }))
        .filter((p) => p.ratio < 4.5)
        .map((p) => `${p.fg} on ${p.bg}: ${p.ratio.toFixed(2)}`);
      expect(failing).toEqual([]);
    });
  }

  it('defines the same tokens in every theme', () => {
    const keys = Object.keys(THEMES.light).sort();
    for (const t of Object.values(THEMES)) expect(Object.keys(t).sort()).toEqual(keys);
  });

  it('follows the system only when asked', () => {
    expect(resolve('system', true)).toBe('dark');
    expect(resolve('system', false)).toBe('light');
    expect(resolve('sepia', true)).toBe('sepia');
  });

  it('names custom properties in kebab case', () => {
    const vars = new Map(cssVariables(THEMES.light));
    expect(vars.get('--on-accent')).toBe('#ffffff');
    expect(vars.get('--hl-1')).toBe(THEMES.light.hl1);
  });
});
