import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, mark, summary } from '../testing/fake-api';
import { Notice } from './notice.svelte';
import { NO_FILTER, NOTES_INDEXING_RETRY, NOTES_SEARCH_DELAY, Notebook, toQuery } from './notebook.svelte';

function setup() {
  const api = fakeApi([summary(1), summary(2)]);
  api.highlights = [
    mark(1, 10, 20, { exact: 'the harbour at dawn', note: 'ask the editor', color: 1 }),
    mark(2, 30, 40, { exact: 'a quiet harbour', color: 2 }),
    mark(3, 50, 60, { exact: 'fishing boats', tags: ['harbour'], color: 2, articleId: 2 }),
  ];
  const notebook = new Notebook(api, new Notice());
  const asked = () => api.calls.filter((c) => c.startsWith('Notes.All') && !c.includes('"orphans":true'));
  return { api, notebook, asked };
}

afterEach(() => vi.useRealTimers());

describe('Notebook search', () => {
  it('sends the text only when it is not blank', () => {
    expect(toQuery({ ...NO_FILTER, text: 'harbor dawn' }).text).toBe('harbor dawn');
    expect(toQuery({ ...NO_FILTER, text: '  ' })).not.toHaveProperty('text');
  });

  it('searches once typing pauses, with the other filters kept', async () => {
    vi.useFakeTimers();
    const { notebook, asked } = setup();
    await notebook.open({ color: 2 });
    expect(notebook.items.map((h) => h.id).sort()).toEqual([2, 3]);
    const before = asked().length;
    notebook.search('h');
    for (const t of ['ha', 'har', 'harbour']) {
      await vi.advanceTimersByTimeAsync(NOTES_SEARCH_DELAY / 4);
      notebook.search(t);
    }
    // The box shows every key at once.
    expect(notebook.filter.text).toBe('harbour');
    await vi.advanceTimersByTimeAsync(NOTES_SEARCH_DELAY * 2);
    // The first key at once, then only the last text.
    const sent = asked()
      .slice(before)
      .map((c) => JSON.parse(c.slice('Notes.All '.length)) as { text?: string; color: number });
    expect(sent.map((q) => q.text)).toEqual(['h', 'harbour']);
    expect(sent.every((q) => q.color === 2)).toBe(true);
    expect(notebook.items.map((h) => h.id).sort()).toEqual([2, 3]);
    await notebook.show({ ...notebook.filter, color: 1 });
    expect(notebook.items.map((h) => h.id)).toEqual([1]);
    expect(notebook.filter.text).toBe('harbour');
  });

  it('drops a waiting search when the filters are cleared', async () => {
    vi.useFakeTimers();
    const { notebook } = setup();
    await notebook.open();
    notebook.search('e');
    notebook.search('editor');
    await notebook.show({ ...NO_FILTER });
    await vi.advanceTimersByTimeAsync(NOTES_SEARCH_DELAY * 2);
    expect(notebook.filter.text).toBe('');
    expect(notebook.items).toHaveLength(3);
  });

  it('finds nothing while the index is built, then asks again', async () => {
    vi.useFakeTimers();
    const { api, notebook } = setup();
    const all = api.notes.all;
    let building = true;
    api.notes.all = async (q) => {
      const page = await all(q);
      return q.text && building ? { items: [], total: 0, indexing: true } : page;
    };
    await notebook.open({ text: 'editor' });
    expect(notebook.indexing).toBe(true);
    expect(notebook.items).toEqual([]);
    building = false;
    await vi.advanceTimersByTimeAsync(NOTES_INDEXING_RETRY + 10);
    expect(notebook.indexing).toBe(false);
    expect(notebook.items.map((h) => h.id)).toEqual([1]);
  });
});
