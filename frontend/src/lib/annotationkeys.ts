// What the annotation keys (h, n, 1-5, Enter, Esc) do in the reader: a
// selection in the article is acted on wherever focus is; an open highlight
// only while the keyboard is in the reader or the notes.

/** KeyAction is what a key asks of the article body. */
export type KeyAction =
  | { do: 'highlight'; color?: number; focus?: 'note' }
  | { do: 'move-here' }
  | { do: 'note' }
  | { do: 'recolour'; color: number }
  | { do: 'clear-selection' }
  | { do: 'close-card' }
  | { do: 'cancel-move' };

/** KeyState is what the answer depends on. */
export interface KeyState {
  /** Text of the article is selected. */
  selection: boolean;
  /** A highlight is waiting for its new extent. */
  moving: boolean;
  /** The open highlight's id, or null. */
  selected: number | null;
  /** The keyboard is in the reader or the notes. */
  here: boolean;
  /** The key went to a button, whose own Enter must not be taken. */
  onButton: boolean;
}

/** annotationKey maps a key to an action, or null to leave it to the window. */
export function annotationKey(key: string, s: KeyState): KeyAction | null {
  if (!s.selection && !s.here) return null;
  const open = s.here ? s.selected : null;
  const digit = /^[1-5]$/.test(key) ? Number(key) - 1 : -1;
  switch (true) {
    case key === 'h' && s.selection:
      return s.moving ? { do: 'move-here' } : { do: 'highlight' };
    case key === 'Enter' && s.selection && s.moving && !s.onButton:
      return { do: 'move-here' };
    case key === 'n' && s.selection:
      return { do: 'highlight', focus: 'note' };
    case key === 'n' && open !== null:
      return { do: 'note' };
    case digit >= 0 && s.selection && !s.moving:
      return { do: 'highlight', color: digit };
    case digit >= 0 && open !== null:
      return { do: 'recolour', color: digit };
    case key === 'Escape' && s.selection:
      return { do: 'clear-selection' };
    case key === 'Escape' && open !== null:
      return { do: 'close-card' };
    case key === 'Escape' && s.moving && s.here:
      return { do: 'cancel-move' };
  }
  return null;
}
