import { describe, expect, it } from 'vitest';
import { GROUPS, commandFor, keyName } from './keymap';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const outside = { typing: false, inList: false };

describe('commandFor', () => {
  it('maps the letters and symbols from anywhere', () => {
    const got = ['j', 'k', '[', ']', 's', 'e', '#', 'Delete', 't', 'u', 'x', '?', ',', 'Escape'].map((k) => commandFor(key(k), outside));
    expect(got).toEqual(['down', 'up', 'previous', 'next', 'favourite', 'archive', 'trash', 'trash', 'tag', 'read', 'select', 'help', 'settings', 'back']);
  });

  it('leaves the arrows to scrolling outside the list', () => {
    expect(commandFor(key('ArrowDown'), outside)).toBeNull();
    expect(commandFor(key('ArrowDown'), { typing: false, inList: true })).toBe('down');
  });

  it('maps nothing while typing or with a modifier', () => {
    expect(commandFor(key('j'), { typing: true, inList: false })).toBeNull();
    expect(commandFor(key('k', { ctrlKey: true }), outside)).toBeNull();
    expect(commandFor(key('s', { metaKey: true }), outside)).toBeNull();
    expect(commandFor(key('e', { altKey: true }), outside)).toBeNull();
  });

  it('leaves the keys of highlights to the article', () => {
    for (const k of ['h', 'n', '1', '5']) expect(commandFor(key(k), outside)).toBeNull();
    const local = GROUPS.find((g) => g.title === 'Highlights')?.bindings ?? [];
    expect(local.map((b) => b.command)).toEqual(['highlight', 'note', 'colour']);
    expect(local.every((b) => b.local)).toBe(true);
  });

  it('binds every key once', () => {
    const keys = GROUPS.flatMap((g) => g.bindings.flatMap((b) => b.keys));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names keys as their caps show them', () => {
    expect(['ArrowDown', 'Escape', 'j'].map(keyName)).toEqual(['↓', 'Esc', 'j']);
  });
});
