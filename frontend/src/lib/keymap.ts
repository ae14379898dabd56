// The keyboard: one table that both the key handler and the shortcuts
// overlay read, so the overlay can never fall out of date.
//
// The keys of highlights are local: the article handles them while text or
// a highlight is selected in it, and they do nothing everywhere else.

/** Command is something the keyboard can ask for. */
export type Command =
  | 'down'
  | 'up'
  | 'open'
  | 'back'
  | 'previous'
  | 'next'
  | 'select'
  | 'favourite'
  | 'archive'
  | 'trash'
  | 'tag'
  | 'read'
  | 'help'
  | 'palette'
  | 'find'
  | 'about'
  | 'settings'
  | 'highlight'
  | 'note'
  | 'colour';

/** Binding ties keys (KeyboardEvent.key values) to a command. */
export interface Binding {
  keys: string[];
  command: Command;
  /** What it does, for the overlay. */
  does: string;
  /** Handled by the focused list rather than the whole window. */
  local?: boolean;
  /** Pressed with Ctrl (Cmd on a Mac): see chordFor. */
  chord?: boolean;
}

/** GROUPS are the bindings, as the overlay shows them. */
export const GROUPS: { title: string; bindings: Binding[] }[] = [
  {
    title: 'Moving',
    bindings: [
      { keys: ['j', 'ArrowDown'], command: 'down', does: 'Next article in the list' },
      { keys: ['k', 'ArrowUp'], command: 'up', does: 'Previous article in the list' },
      { keys: ['Enter'], command: 'open', does: 'Open the article', local: true },
      { keys: ['Escape'], command: 'back', does: 'Back to the list; clear the selection' },
      { keys: [']'], command: 'next', does: 'Read the next article' },
      { keys: ['['], command: 'previous', does: 'Read the previous article' },
    ],
  },
  {
    title: 'Articles',
    bindings: [
      { keys: ['x'], command: 'select', does: 'Select or unselect (Shift+click selects a range)' },
      { keys: ['s'], command: 'favourite', does: 'Favourite' },
      { keys: ['e'], command: 'archive', does: 'Archive' },
      { keys: ['u'], command: 'read', does: 'Mark read or unread' },
      { keys: ['t'], command: 'tag', does: 'Tag' },
      { keys: ['#', 'Delete'], command: 'trash', does: 'Move to the trash, or restore' },
    ],
  },
  {
    title: 'Highlights',
    bindings: [
      { keys: ['h'], command: 'highlight', does: 'Highlight the selected text', local: true },
      { keys: ['n'], command: 'note', does: 'Note on the selection or highlight', local: true },
      { keys: ['1', '2', '3', '4', '5'], command: 'colour', does: 'Highlight in a colour, or recolour', local: true },
    ],
  },
  {
    title: 'Gloss',
    bindings: [
      { keys: ['Ctrl+K'], command: 'palette', does: 'Search, or run a command', chord: true },
      { keys: ['Ctrl+F'], command: 'find', does: 'Find in the article', chord: true },
      { keys: ['?'], command: 'help', does: 'Show these shortcuts' },
      { keys: [','], command: 'settings', does: 'Settings' },
    ],
  },
];

const BY_KEY = new Map<string, Command>(
  GROUPS.flatMap((g) => g.bindings.filter((b) => !b.local && !b.chord).flatMap((b) => b.keys.map((k): [string, Command] => [k, b.command]))),
);

/** The arrow keys move in the list only when it has focus; elsewhere they scroll. */
const LIST_ONLY = new Set(['ArrowDown', 'ArrowUp']);

/** KeyLike is the part of a KeyboardEvent the keymap reads. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * commandFor maps a key press to a command. Nothing is mapped while the
 * user types, or with Ctrl, Cmd or Alt held; arrows only when inList.
 */
export function commandFor(e: KeyLike, where: { typing: boolean; inList: boolean }): Command | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (where.typing) return null;
  if (LIST_ONLY.has(e.key) && !where.inList) return null;
  return BY_KEY.get(e.key) ?? null;
}

/**
 * chordFor maps Ctrl or Cmd with a letter: K for the palette, F for find.
 * They work while typing too, as they do in other apps.
 */
export function chordFor(e: KeyLike): Command | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  switch (e.key.toLowerCase()) {
    case 'k':
      return 'palette';
    case 'f':
      return 'find';
    default:
      return null;
  }
}

const NAMES: Record<string, string> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  Escape: 'Esc',
  Enter: 'Enter',
  Delete: 'Delete',
};

/** keyName is how a key is written on its key cap. */
export function keyName(key: string): string {
  return NAMES[key] ?? key;
}

/** isTyping tells whether an element takes text, so letters must reach it. */
export function isTyping(el: Element | null): boolean {
  if (!el) return false;
  if (el.closest('textarea, select, [contenteditable="true"]')) return true;
  const input = el.closest('input');
  if (!input) return false;
  return !['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'file'].includes(input.type);
}
