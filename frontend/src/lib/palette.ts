// What the palette lists: the articles a search found, grouped with their
// hits, and the commands it offers, from the same table as the keyboard.

import { GROUPS, type Command } from './keymap';
import { passageOf } from './snippet';
import type { SearchHit, SearchResult } from './types';

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

/** HITS_SHOWN is how many passages are listed under an article's title. */
export const HITS_SHOWN = 3;
/** COMMANDS_SHOWN is how many matching commands follow a search's results. */
export const COMMANDS_SHOWN = 3;

/**
 * PaletteOption is one line the palette can choose: an article (opened at
 * its best passage), one of its hits, or a command.
 */
export type PaletteOption =
  | { id: string; type: 'article'; result: SearchResult; title?: SearchHit; best?: SearchHit }
  | { id: string; type: 'hit'; result: SearchResult; hit: SearchHit }
  | { id: string; type: 'command'; cmd: PaletteCommand };

/** PaletteGroup is an article with its hits, or the commands. */
export interface PaletteGroup {
  id: string;
  label: string;
  options: PaletteOption[];
}

function commandGroup(cmds: PaletteCommand[]): PaletteGroup[] {
  if (cmds.length === 0) return [];
  return [{ id: 'pal-cmds', label: 'Commands', options: cmds.map((cmd) => ({ id: `pal-cmd-${cmd.command}`, type: 'command', cmd })) }];
}

function articleGroup(r: SearchResult): PaletteGroup {
  const hits = r.hits.filter((h) => h.kind !== 'title').slice(0, HITS_SHOWN);
  return {
    id: `pal-a${r.id}`,
    label: r.title,
    options: [
      { id: `pal-a${r.id}`, type: 'article', result: r, title: r.hits.find((h) => h.kind === 'title'), best: r.hits.find((h) => passageOf(h) !== null) },
      ...hits.map((hit, i): PaletteOption => ({ id: `pal-a${r.id}-h${i}`, type: 'hit', result: r, hit })),
    ],
  };
}

/**
 * paletteGroups is what the palette lists for a query: every command when
 * it is empty, the matching commands after ">", else the results, each
 * article with its hits, and a few matching commands after them.
 */
export function paletteGroups(query: string, results: readonly SearchResult[]): PaletteGroup[] {
  const q = query.trim();
  if (q.startsWith(COMMAND_PREFIX)) return commandGroup(matchCommands(q.slice(COMMAND_PREFIX.length)));
  if (q === '') return commandGroup(PALETTE_COMMANDS);
  return [...results.map(articleGroup), ...commandGroup(matchCommands(q).slice(0, COMMANDS_SHOWN))];
}
