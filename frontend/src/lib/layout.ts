// Fitting the panes into the window.
//
// The saved widths are what the user dragged; fit shrinks them so that the
// reader keeps a readable column: the notes pane first, down to its
// minimum, then folded away (without forgetting that it was open), then the
// list and the sidebar. In the smallest window the reader takes what is left.

import type { Layout } from './types';

/** MIN and MAX bound each pane, in px. */
export const MIN = { sidebar: 170, list: 280, notes: 240, reader: 540 } as const;
export const MAX = { sidebar: 360, list: 640, notes: 520 } as const;

type Pane = keyof typeof MAX;

/** Fitted is the width of each pane as shown; 0 is a hidden pane. */
export interface Fitted {
  sidebar: number;
  list: number;
  notes: number;
}

/** clampPane keeps a width within its pane's bounds. */
export function clampPane(pane: Pane, px: number): number {
  return Math.round(Math.min(MAX[pane], Math.max(MIN[pane], px)));
}

/** fit gives each pane its width for a window width (the handles take 1 px each). */
export function fit(l: Layout, width: number): Fitted {
  const out: Fitted = {
    sidebar: l.sidebarHidden ? 0 : clampPane('sidebar', l.sidebarWidth),
    list: clampPane('list', l.listWidth),
    notes: l.notesHidden ? 0 : clampPane('notes', l.notesWidth),
  };
  const excess = () => out.sidebar + out.list + out.notes + MIN.reader + 3 - width;
  const shrink = (pane: Pane) => {
    if (out[pane] > 0) out[pane] = Math.max(MIN[pane], out[pane] - Math.max(0, excess()));
  };
  shrink('notes');
  if (excess() > 0) out.notes = 0;
  shrink('list');
  shrink('sidebar');
  return out;
}
