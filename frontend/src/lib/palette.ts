// The commands the palette offers, from the same table as the keyboard.

import { GROUPS, type Command } from './keymap';

/** PaletteCommand is a command as the palette lists it. */
export interface PaletteCommand {
  command: Command;
  label: string;
  /** Its keys, for the hint beside it. */
  keys: string[];
}

/** COMMAND_PREFIX starts a query that lists commands only. */
export const COMMAND_PREFIX = '>';

// Moving the list's cursor and selecting rows make no sense from the
// palette, nor does opening the palette itself.
const OFFERED: Command[] = ['next', 'previous', 'favourite', 'archive', 'read', 'tag', 'trash', 'find', 'help', 'settings', 'about'];

// Labels that read better in a list of commands than in the shortcuts overlay.
const LABELS: Partial<Record<Command, string>> = {
  help: 'Keyboard shortcuts',
  favourite: 'Favourite the article',
  archive: 'Archive the article',
  tag: 'Tag the article',
};

/** PALETTE_COMMANDS are the palette's commands, in the overlay's order. */
export const PALETTE_COMMANDS: PaletteCommand[] = [
  ...GROUPS.flatMap((g) => g.bindings)
    .filter((b) => OFFERED.includes(b.command))
    .map((b) => ({ command: b.command, label: LABELS[b.command] ?? b.does, keys: b.keys })),
  { command: 'about', label: 'About Gloss', keys: [] },
];

/** matchCommands keeps the commands with a word starting with every word of q. */
export function matchCommands(q: string, list: readonly PaletteCommand[] = PALETTE_COMMANDS): PaletteCommand[] {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  return list.filter((c) => {
    const own = c.label.toLowerCase().split(/[^\p{L}\p{N}]+/u);
    return words.every((w) => own.some((o) => o.startsWith(w)));
  });
}
