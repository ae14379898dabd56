import { describe, expect, it } from 'vitest';
import { createApi, type Transport } from './api';
import type { ArticleLink } from './types';

/** transport answers every call with answer and lets the test send events. */
function transport(answer: unknown) {
  const calls: [string, string, unknown[]][] = [];
  const listeners = new Map<string, (d: unknown) => void>();
  const t: Transport = {
    face: 'desktop',
    call: async (s, m, args) => (calls.push([s, m, args]), answer),
    on: (event, listener) => (listeners.set(event, listener), () => listeners.delete(event)),
  };
  return { t, calls, emit: (event: string, d: unknown) => listeners.get(event)?.(d) };
}

describe('api.search', () => {
  it('calls Search.Query with the query and limit, and fills what Go left null', async () => {
    const { t, calls } = transport({
      query: 'gaza',
      results: [{ id: 2, title: 'Gaza water', score: 1, hits: [{ kind: 'title', snippet: 'Gaza water', positions: null }] }],
    });
    const r = await createApi(t).search.query('gaza', 30);
    expect(calls).toEqual([['Search', 'Query', ['gaza', 30]]]);
    expect(r).toEqual({
      query: 'gaza',
      indexing: false,
      results: [{ id: 2, title: 'Gaza water', source: '', score: 1, hits: [{ kind: 'title', snippet: 'Gaza water', positions: [], start: 0, end: 0 }] }],
    });
  });

  it('gives empty results for a null answer', async () => {
    expect(await createApi(transport(null).t).search.query('x', 5)).toEqual({ query: '', indexing: false, results: [] });
  });
});

describe('api.onOpenArticle', () => {
  it('hears "open:article" with its highlight, and ignores events without an article', () => {
    const { t, emit } = transport(null);
    const got: ArticleLink[] = [];
    const off = createApi(t).onOpenArticle((l) => got.push(l));
    emit('open:article', { id: 12, highlight: 3 });
    emit('open:article', { id: 12 });
    emit('open:article', { id: 12, highlight: 0 });
    emit('open:article', { highlight: 3 });
    emit('open:article', null);
    off();
    emit('open:article', { id: 13 });
    expect(got).toEqual([{ id: 12, highlight: 3 }, { id: 12 }, { id: 12 }]);
  });
});
