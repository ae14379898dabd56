import { describe, expect, it } from 'vitest';
import { DEFAULTS } from './stores/preferences.svelte';
import { MIN, clampPane, fit } from './layout';

const layout = DEFAULTS.layout;

describe('fit', () => {
  it('keeps the saved widths when the window has room', () => {
    expect(fit(layout, 1800)).toEqual({ sidebar: 220, list: 360, notes: 300 });
  });

  it('shrinks the notes first, down to their minimum', () => {
    const width = 220 + 360 + 280 + MIN.reader + 3;
    expect(fit(layout, width)).toEqual({ sidebar: 220, list: 360, notes: 280 });
  });

  it('then folds the notes away rather than squeeze the list', () => {
    expect(fit(layout, 1280)).toEqual({ sidebar: 220, list: 360, notes: 0 });
  });

  it('then shrinks the list and the sidebar, and in the smallest window gives the reader the rest', () => {
    const width = 220 + 300 + MIN.reader + 3;
    expect(fit(layout, width)).toEqual({ sidebar: 220, list: 300, notes: 0 });
    expect(fit(layout, 900)).toEqual({ sidebar: MIN.sidebar, list: MIN.list, notes: 0 });
  });

  it('gives hidden panes no width', () => {
    expect(fit({ ...layout, sidebarHidden: true, notesHidden: true }, 1280)).toEqual({ sidebar: 0, list: 360, notes: 0 });
  });

  it('clamps dragged widths', () => {
    expect(clampPane('list', 10)).toBe(MIN.list);
    expect(clampPane('sidebar', 9999)).toBe(360);
  });
});
