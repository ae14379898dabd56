import { describe, expect, it, vi } from 'vitest';
import { Commands, type Page } from './commands';
import { createStores } from './stores';
import { Ui } from './stores/ui.svelte';
import { fakeApi, summary } from './testing/fake-api';

async function setup(n = 4, reading = false) {
  const api = fakeApi(Array.from({ length: n }, (_, i) => summary(i + 1)));
  const s = createStores(api);
  const ui = new Ui();
  const page: Page = {
    reading: () => reading,
    inList: () => !reading,
    focusList: vi.fn(),
    focusReader: vi.fn(),
    scrollReader: vi.fn(),
  };
  await s.library.load();
  return { api, s, ui, page, c: new Commands(s, ui, page) };
}

describe('Commands', () => {
  it('moves the cursor with j/k in the list, and scrolls the article while reading', async () => {
    const { s, c, page } = await setup();
    c.run('down');
    c.run('down');
    c.run('up');
    expect(s.library.cursor).toBe(1);
    expect(page.focusList).toHaveBeenCalledTimes(3);
    const r = await setup(4, true);
    r.c.run('down');
    expect(r.page.scrollReader).toHaveBeenCalledWith(0.15);
    expect(r.s.library.cursor).toBe(0);
  });

  it('opens the next and previous article from the open one', async () => {
    const { s, c } = await setup();
    c.open(1, false);
    await vi.waitFor(() => expect(s.reading.article?.id).toBe(3));
    c.run('next');
    await vi.waitFor(() => expect(s.reading.article?.id).toBe(2));
    expect(s.library.cursor).toBe(2);
    c.run('previous');
    c.run('previous');
    await vi.waitFor(() => expect(s.reading.article?.id).toBe(4));
    c.run('previous');
    expect(s.library.cursor).toBe(0);
  });

  it('acts on the selection, else the open article while reading, else the cursor', async () => {
    const { s, c } = await setup(4, true);
    expect(c.targets()).toEqual([4]);
    await s.reading.open(2);
    expect(c.targets()).toEqual([2]);
    s.library.toggle(0);
    s.library.toggle(1);
    expect(c.targets().sort()).toEqual([3, 4]);
  });

  it('opens the tag dialog for the targets, help and settings', async () => {
    const { ui, c } = await setup();
    c.run('tag');
    expect(ui.dialog).toEqual({ kind: 'tags', ids: [4] });
    c.run('help');
    expect(ui.dialog).toEqual({ kind: 'help' });
    c.run('settings');
    expect(ui.dialog).toEqual({ kind: 'settings' });
  });

  it('favourites and trashes the targets', async () => {
    const { api, s, c } = await setup();
    c.run('favourite');
    await vi.waitFor(() => expect(api.rows[3]?.favourite).toBe(true));
    c.run('select');
    expect(s.library.selection.has(4)).toBe(true);
    c.run('trash');
    await vi.waitFor(() => expect(s.library.total).toBe(3));
    c.run('back');
    expect(s.library.selection.size).toBe(0);
  });
});
