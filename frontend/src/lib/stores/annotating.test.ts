import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, mark, summary } from '../testing/fake-api';
import { NOTE_SAVE_DELAY } from './annotating.svelte';
import { createStores } from './index';
import { dayAfter, toQuery, NO_FILTER } from './notebook.svelte';

function setup() {
  const api = fakeApi([summary(1), summary(2)]);
  api.highlights = [mark(1, 10, 20, { note: 'first' }), mark(2, 0, 5, { orphan: true }), mark(3, 30, 40, { articleId: 2 })];
  return { api, ...createStores(api) };
}

afterEach(() => vi.useRealTimers());

describe('Annotating', () => {
  it('follows the open article once per version, orphans apart', async () => {
    const { api, annotating } = setup();
    await Promise.all([annotating.follow(1, 1), annotating.follow(1, 1)]);
    expect(annotating.placed.map((h) => h.id)).toEqual([1]);
    expect(annotating.orphans.map((h) => h.id)).toEqual([2]);
    api.highlights.push(mark(4, 50, 60));
    await annotating.follow(1, 1);
    expect(annotating.list).toHaveLength(2);
    await annotating.follow(1, 2);
    expect(annotating.list).toHaveLength(3);
  });

  it("never shows one article's highlights on another", async () => {
    const { annotating } = setup();
    await annotating.follow(1, 1);
    annotating.select(1);
    const next = annotating.follow(2, 1);
    expect(annotating.list).toEqual([]);
    expect(annotating.selected).toBeNull();
    await next;
    expect(annotating.list.map((h) => h.id)).toEqual([3]);
  });

  it('creates in the last colour used, and deletes with an Undo that restores', async () => {
    const { api, annotating, notice } = setup();
    await annotating.follow(1, 1);
    const h = await annotating.create({ start: 22, end: 28 }, { color: 2 });
    await annotating.create({ start: 40, end: 45 });
    expect(api.calls.filter((c) => c.startsWith('Notes.Create'))).toEqual(['Notes.Create 1 22 28 2', 'Notes.Create 1 40 45 2']);
    await annotating.remove(h!.id);
    expect(annotating.list.some((x) => x.id === h!.id)).toBe(false);
    expect(notice.message?.text).toBe('Deleted the highlight');
    await notice.undo();
    expect(annotating.list.some((x) => x.id === h!.id)).toBe(true);
    expect(api.calls).toContain(`Notes.Undelete ${h!.id}`);
  });

  it('saves a note when typing pauses, to its own article', async () => {
    vi.useFakeTimers();
    const { api, annotating } = setup();
    await annotating.follow(1, 1);
    annotating.editNote(1, 'first, then more');
    expect(annotating.byId(1)?.note).toBe('first, then more');
    expect(api.calls).not.toContain('Notes.Update 1');
    // Opening another article saves it at once.
    await annotating.follow(2, 1);
    expect(api.calls).toContain('Notes.Update 1');
    expect(api.highlights.find((h) => h.id === 1)?.note).toBe('first, then more');
    await vi.advanceTimersByTimeAsync(NOTE_SAVE_DELAY * 2);
    expect(api.calls.filter((c) => c === 'Notes.Update 1')).toHaveLength(1);
  });

  it('re-attaches an orphan by resizing it', async () => {
    const { annotating } = setup();
    await annotating.follow(1, 1);
    annotating.move(annotating.orphans[0]!);
    expect(await annotating.resize(2, { start: 60, end: 70 })).toBe(true);
    expect(annotating.orphans).toEqual([]);
    expect(annotating.moving).toBeNull();
  });
});

describe('Notebook', () => {
  it('turns the filters into a query; the last day counts whole', () => {
    expect(toQuery({ ...NO_FILTER, color: 2, tag: ' claim ', from: '2026-01-01', to: '2026-01-31', orphans: true })).toEqual({
      color: 2,
      offset: 0,
      limit: 100,
      tag: 'claim',
      after: '2026-01-01',
      before: '2026-02-01',
      orphans: true,
    });
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
  });

  it('lists, filters, and counts what needs review', async () => {
    const { notebook } = setup();
    await notebook.open();
    expect(notebook.items.map((h) => h.id)).toEqual([3, 2, 1]);
    expect(notebook.review).toBe(1);
    await notebook.show({ ...NO_FILTER, orphans: true });
    expect(notebook.items.map((h) => h.id)).toEqual([2]);
    await notebook.remove(notebook.items[0]!);
    expect(notebook.review).toBe(0);
    expect(notebook.items).toEqual([]);
  });
});
