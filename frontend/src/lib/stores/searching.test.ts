import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, summary } from '../testing/fake-api';
import { SEARCH_DELAY, Searching } from './searching.svelte';

describe('Searching', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const api = () => fakeApi([summary(1, { title: 'Syrian conflict letters' }), summary(2, { title: 'Gaza water' })]);

  it('searches as the user types, one search per burst of keys', async () => {
    const a = api();
    const s = new Searching(a);
    for (const q of ['g', 'ga', 'gaz', 'gaza']) s.type(q);
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY);
    expect(a.calls.filter((c) => c.startsWith('Search'))).toEqual(['Search g', 'Search gaza']);
    expect(s.answered).toBe('gaza');
    expect(s.results.map((r) => r.id)).toEqual([2]);
  });

  it('empties the results with the field, and ignores an answer still on its way', async () => {
    const a = api();
    const s = new Searching(a);
    s.type('syrian');
    s.type('');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY * 2);
    expect(s.results).toEqual([]);
    expect(s.answered).toBe('');
  });

  it('asks again while the index is being built', async () => {
    const a = api();
    let building = true;
    const query = a.search.query;
    a.search.query = async (q, limit) => (building ? { query: q, results: [], indexing: true } : query(q, limit));
    const s = new Searching(a);
    s.type('gaza');
    await vi.advanceTimersByTimeAsync(0);
    expect(s.indexing).toBe(true);
    building = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.indexing).toBe(false);
    expect(s.results.map((r) => r.id)).toEqual([2]);
  });

  it('targets the passage of a text hit with its words, and nothing for a title hit', () => {
    const s = new Searching(api());
    s.show(3, { kind: 'text', snippet: '…gaza water', positions: [1, 2, 3, 4], start: 50, end: 60 });
    expect(s.target).toEqual({ id: 3, passage: { start: 50, end: 60 }, words: [{ start: 50, end: 54 }] });
    s.show(3, { kind: 'title', snippet: 'Gaza', positions: [0], start: 0, end: 0 });
    expect(s.target).toBeNull();
  });

  it('targets the highlight a gloss:// link names, and nothing for a lost or unknown one', async () => {
    const list = [
      { id: 7, start: 120, end: 140, orphan: false },
      { id: 8, start: 0, end: 0, orphan: true },
    ];
    const s = new Searching(api(), async () => list);
    await s.linked({ id: 3, highlight: 7 });
    expect(s.target).toEqual({ id: 3, passage: { start: 120, end: 140 }, words: [] });
    await s.linked({ id: 3, highlight: 8 });
    expect(s.target).toBeNull();
    await s.linked({ id: 3, highlight: 9 });
    expect(s.target).toBeNull();
    await new Searching(api()).linked({ id: 3, highlight: 7 });
  });

  it('shows a note on a highlight at its highlight', async () => {
    const s = new Searching(api(), async () => [{ id: 7, start: 120, end: 140, orphan: false }]);
    s.show(3, { kind: 'note', highlightId: '7', snippet: 'my note', positions: [0], start: 0, end: 0 });
    await vi.advanceTimersByTimeAsync(0);
    expect(s.target).toEqual({ id: 3, passage: { start: 120, end: 140 }, words: [] });
  });
});
