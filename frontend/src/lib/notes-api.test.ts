import { describe, expect, it } from 'vitest';
import { createApi, highlight, type Transport } from './api';

describe('the notes part of the API', () => {
  it('fills what Go leaves out of a highlight', () => {
    const h = highlight({ id: 3, articleId: 1, exact: 'x', start: 0, end: 1, tags: null, note: null, created: '', updated: '' });
    expect(h.tags).toEqual([]);
    expect(h.note).toBe('');
    expect(h.prefix).toBe('');
    expect(h.orphan).toBe(false);
  });

  it('calls the bound Notes struct with its arguments in order', async () => {
    const seen: string[] = [];
    const t: Transport = {
      face: 'browser',
      async call(struct, method, args) {
        seen.push(`${struct}.${method} ${JSON.stringify(args)}`);
        if (method === 'ForArticle') return null;
        if (method === 'All') return { items: null, total: 0 };
        return { id: 9, articleId: 1, tags: null };
      },
      on: () => () => {},
    };
    const api = createApi(t);
    expect(await api.notes.forArticle(1)).toEqual([]);
    expect(await api.notes.all({ color: -1 })).toEqual({ items: [], total: 0 });
    expect((await api.notes.create(1, 4, 9, { color: 2, note: '', tags: [] })).tags).toEqual([]);
    await api.notes.resize(1, 9, 5, 8);
    await api.notes.delete(1, 9);
    expect(seen).toEqual([
      'Notes.ForArticle [1]',
      'Notes.All [{"color":-1}]',
      'Notes.Create [1,4,9,{"color":2,"note":"","tags":[]}]',
      'Notes.Resize [1,9,5,8]',
      'Notes.Delete [1,9]',
    ]);
  });
});
