import { describe, expect, it } from 'vitest';
import { chordFor } from './keymap';
import { PALETTE_COMMANDS, matchCommands } from './palette';

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
