import { describe, expect, it } from 'vitest';
import { chordFor } from './keymap';
import { HITS_SHOWN, PALETTE_COMMANDS, matchCommands, paletteGroups } from './palette';
import type { SearchHit, SearchResult } from './types';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('chordFor', () => {
  it('opens the palette with Ctrl or Cmd+K and find with Ctrl or Cmd+F', () => {
    expect(chordFor(key('k', { ctrlKey: true }))).toBe('palette');
    expect(chordFor(key('K', { metaKey: true }))).toBe('palette');
    expect(chordFor(key('f', { ctrlKey: true }))).toBe('find');
  });

  it('leaves plain letters, Alt chords and other chords alone', () => {
    expect(chordFor(key('k'))).toBeNull();
    expect(chordFor(key('k', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(chordFor(key('c', { ctrlKey: true }))).toBeNull();
  });
});

describe('matchCommands', () => {
  it('offers About and the article commands, not list moves or itself', () => {
    const cmds = PALETTE_COMMANDS.map((c) => c.command);
    expect(cmds).toContain('about');
    expect(cmds).toContain('favourite');
    expect(cmds).toContain('find');
    expect(cmds).not.toContain('down');
    expect(cmds).not.toContain('palette');
  });

  it('keeps commands with a word starting with every query word', () => {
    expect(matchCommands('abo').map((c) => c.command)).toEqual(['about']);
    expect(matchCommands('set').map((c) => c.command)).toEqual(['settings']);
    expect(matchCommands('next art').map((c) => c.command)).toEqual(['next']);
    expect(matchCommands('zzz')).toEqual([]);
    expect(matchCommands('')).toHaveLength(PALETTE_COMMANDS.length);
  });
});

describe('paletteGroups', () => {
  const hit = (kind: SearchHit['kind'], start = 0, end = 0): SearchHit => ({ kind, snippet: kind, positions: [0], start, end });
  const result = (id: number, hits: SearchHit[]): SearchResult => ({ id, title: `Article ${id}`, source: 's.txt', score: 1, hits });

  it('lists every command for an empty query, and the matching ones after >', () => {
    expect(paletteGroups('  ', [])[0]!.options).toHaveLength(PALETTE_COMMANDS.length);
    const g = paletteGroups('>sett', []);
    expect(g.map((x) => x.options.map((o) => o.id))).toEqual([['pal-cmd-settings']]);
  });

  it('groups each article with its hits, the title first, and opens the article at its first passage', () => {
    const title = hit('title');
    const note = hit('note');
    const text = hit('text', 40, 90);
    const [g] = paletteGroups('gaza', [result(4, [title, note, text])]);
    expect(g!.options.map((o) => o.type)).toEqual(['article', 'hit', 'hit']);
    const first = g!.options[0]!;
    expect(first.type === 'article' && first.title === title && first.best === text).toBe(true);
  });

  it('shows a few hits per article and a few commands after the results', () => {
    const many = Array.from({ length: 6 }, (_, i) => hit('text', i * 10, i * 10 + 5));
    const groups = paletteGroups('set', [result(1, many)]);
    expect(groups[0]!.options).toHaveLength(1 + HITS_SHOWN);
    expect(groups[1]!.label).toBe('Commands');
    expect(new Set(groups.flatMap((g) => g.options.map((o) => o.id))).size).toBe(groups.flatMap((g) => g.options).length);
  });
});
