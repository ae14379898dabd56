import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { fakeApi, summary } from '../testing/fake-api';
import type { ImportReport } from '../types';
import { createStores } from './index';
import { firstId, merge } from './importing.svelte';
import { PAGE, sameFilter } from './library.svelte';
import { normalise, SAVE_DELAY } from './preferences.svelte';
import { NOTE_DELAY, PROGRESS_DELAY } from './reading.svelte';

const many = (n: number) => Array.from({ length: n }, (_, i) => summary(i + 1));
const ids = (rows: ({ id: number } | undefined)[]) => rows.map((a) => a?.id);

describe('Library', () => {
  it('loads the first page newest first and knows the total', async () => {
    const { library } = createStores(fakeApi(many(250)));
    await library.load();
    expect(library.total).toBe(250);
    expect(library.cursor).toBe(0);
    expect(ids([library.item(0), library.item(99)])).toEqual([250, 151]);
    expect(library.item(100)).toBeUndefined();
  });

  it('loads only the pages it is asked for, once each', async () => {
    const api = fakeApi(many(1000));
    const { library } = createStores(api);
    await library.load();
    await Promise.all([library.ensure(530, 560), library.ensure(540, 610)]);
    expect(library.item(530)?.id).toBe(470);
    expect(library.item(610)?.id).toBe(390);
    expect(library.item(300)).toBeUndefined();
    expect(api.calls.filter((c) => c.startsWith('Query'))).toEqual(['Query all 0', 'Query all 500', 'Query all 600']);
  });

  it('moves the cursor within bounds and loads the row it lands on', async () => {
    const { library } = createStores(fakeApi(many(2 * PAGE + 5)));
    await library.load();
    library.move(-3);
    expect(library.cursor).toBe(0);
    library.moveTo(1e9);
    expect(library.cursor).toBe(2 * PAGE + 4);
    await vi.waitFor(() => expect(library.current?.id).toBe(1));
  });

  it('keeps the cursor on its article after a refresh, or on the row that took its place', async () => {
    const api = fakeApi(many(5));
    const { library } = createStores(api);
    await library.load();
    library.moveTo(2);
    expect(library.current?.id).toBe(3);
    api.rows.push(summary(6));
    await library.refresh();
    expect(library.current?.id).toBe(3);
    api.rows.find((a) => a.id === 3)!.trashed = true;
    await library.refresh();
    expect(library.cursor).toBe(3);
    expect(library.current?.id).toBe(2);
  });

  it('selects by toggle and by range, and forgets rows that left the list', async () => {
    const api = fakeApi(many(6));
    const { library } = createStores(api);
    await library.load();
    library.toggle(1);
    library.extend(3);
    expect([...library.selection].sort()).toEqual([3, 4, 5]);
    library.toggle(2);
    expect([...library.selection].sort()).toEqual([3, 5]);
    api.rows.find((a) => a.id === 5)!.trashed = true;
    await library.refresh();
    expect([...library.selection]).toEqual([3]);
    await library.show({ view: 'trash' });
    expect(library.selection.size).toBe(0);
    expect(ids([library.item(0)])).toEqual([5]);
  });

  it('starts over when the order changes', async () => {
    const { library } = createStores(fakeApi(many(3)));
    await library.load();
    await library.order('added', true);
    expect(ids([library.item(0), library.item(2)])).toEqual([1, 3]);
  });

  it('keeps the error of a failed query', async () => {
    const api = fakeApi();
    api.library.query = () => Promise.reject(new ApiError('locked', 'in use'));
    const { library } = createStores(api);
    await library.load();
    expect(library.loaded).toBe(true);
    expect(library.error?.code).toBe('locked');
  });

  it('compares filters by what they show', () => {
    expect(sameFilter({ view: 'all' }, { view: 'all', tag: '' })).toBe(true);
    expect(sameFilter({ view: 'all', tag: 'a' }, { view: 'all' })).toBe(false);
  });
});

describe('Reading', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves progress once scrolling pauses and updates the list row', async () => {
    const api = fakeApi(many(2));
    const { library, reading } = createStores(api);
    await library.load();
    await reading.open(2);
    reading.scrolled(0.2);
    reading.scrolled(0.5);
    expect(reading.progress).toBe(0.5);
    await vi.advanceTimersByTimeAsync(PROGRESS_DELAY);
    expect(api.calls.filter((c) => c.startsWith('SetProgress'))).toEqual(['SetProgress 2 0.5']);
    expect(library.item(0)?.progress).toBe(0.5);
  });

  it('saves pending progress before opening another article', async () => {
    const api = fakeApi(many(2));
    const { reading } = createStores(api);
    await reading.open(2);
    reading.scrolled(1);
    await reading.open(1);
    expect(api.calls).toContain('SetProgress 2 1');
    expect(api.rows.find((a) => a.id === 2)?.read).toBe(true);
    expect(reading.progress).toBe(0);
  });

  it('saves the note when typing pauses', async () => {
    const api = fakeApi(many(1));
    const { reading } = createStores(api);
    await reading.open(1);
    reading.editNote('F');
    reading.editNote('First thought');
    expect(reading.noteState).toBe('saving');
    await vi.advanceTimersByTimeAsync(NOTE_DELAY);
    expect(api.calls.filter((c) => c.startsWith('SetNote'))).toEqual(['SetNote 1 First thought']);
    expect(reading.noteState).toBe('saved');
  });

  it('keeps the error of an article that cannot be opened', async () => {
    const { reading } = createStores(fakeApi());
    await reading.open(9);
    expect(reading.article).toBeNull();
    expect(reading.error?.code).toBe('not_found');
  });
});

describe('Actions', () => {
  it('toggles a flag on all targets, off when all have it', async () => {
    const api = fakeApi(many(3));
    const { library, actions } = createStores(api);
    await library.load();
    api.rows[0]!.favourite = true;
    await library.refresh();
    await actions.toggle([1, 2], 'favourite');
    expect(api.rows.map((a) => a.favourite)).toEqual([true, true, false]);
    await actions.toggle([1, 2], 'favourite');
    expect(api.rows.map((a) => a.favourite)).toEqual([false, false, false]);
  });

  it('trashes with an undo that restores, and refreshes list and counts', async () => {
    const api = fakeApi(many(3));
    const { library, counts, notice, actions } = createStores(api);
    await library.load();
    await actions.trash([3]);
    expect(library.total).toBe(2);
    expect(counts.value.trash).toBe(1);
    expect(notice.message?.text).toBe('Moved 1 article to the trash');
    library.moveTo(1);
    await notice.undo();
    expect(library.total).toBe(3);
    expect(library.current?.id).toBe(3);
    expect(counts.value.trash).toBe(0);
  });

  it('restores what is all in the trash, else trashes', async () => {
    const api = fakeApi(many(2));
    const { library, actions } = createStores(api);
    await library.show({ view: 'all' });
    await actions.trashOrRestore([2]);
    await library.show({ view: 'trash' });
    await actions.trashOrRestore([2]);
    expect(api.rows.every((a) => !a.trashed)).toBe(true);
  });

  it('empties the trash and closes a trashed article', async () => {
    const api = fakeApi(many(2));
    const { reading, actions, notice } = createStores(api);
    await actions.trash([2]);
    await reading.open(2);
    await actions.emptyTrash();
    expect(api.rows.map((a) => a.id)).toEqual([1]);
    expect(reading.article).toBeNull();
    expect(notice.message?.text).toBe('Deleted 1 article for good');
  });

  it('follows a renamed tag in the filter and in the open article', async () => {
    const api = fakeApi([summary(1, { tags: ['war'] }), summary(2, { tags: ['war'] })]);
    const { library, reading, actions } = createStores(api);
    await library.show({ view: 'all', tag: 'war' });
    await reading.open(1);
    await actions.renameTag('war', 'conflict');
    expect(library.filter.tag).toBe('conflict');
    expect(library.total).toBe(2);
    expect(reading.article?.tags).toEqual(['conflict']);
    await actions.deleteTag('conflict');
    expect(library.filter).toEqual({ view: 'all' });
    expect(reading.article?.tags).toEqual([]);
  });

  it('shows a failure and keeps it', async () => {
    const api = fakeApi(many(1));
    api.library.trash = () => Promise.reject({ code: 'locked', message: 'The library is in use.' });
    const { actions, notice } = createStores(api);
    await actions.trash([1]);
    expect(notice.message).toMatchObject({ text: 'The library is in use.', error: true });
  });
});

describe('Preferences', () => {
  it('uses the defaults when nothing is saved, and keeps values in range', async () => {
    const { preferences } = createStores(fakeApi());
    await preferences.load();
    expect(preferences.value.theme).toBe('system');
    expect(normalise({ fontSize: 99, lineHeight: 1.234, width: 2, colours: ['A'] as never })).toMatchObject({
      fontSize: 28,
      lineHeight: 1.2,
      width: 45,
      colours: ['A', '', '', '', ''],
    });
  });

  it('saves once after a burst of changes', async () => {
    vi.useFakeTimers();
    try {
      const api = fakeApi();
      const { preferences } = createStores(api);
      preferences.update({ theme: 'sepia' });
      preferences.update({ fontSize: 21 });
      preferences.arrange({ listWidth: 400 });
      await vi.advanceTimersByTimeAsync(SAVE_DELAY);
      expect(api.calls.filter((c) => c === 'SaveSettings')).toHaveLength(1);
      expect(api.settings).toMatchObject({ theme: 'sepia', fontSize: 21, layout: { listWidth: 400, sidebarWidth: 220 } });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('Importing', () => {
  const file = (name: string, text = 'hello') => new File([text], name);

  it('imports one file per call, reports each and opens the first new article', async () => {
    const api = fakeApi();
    const { library, reading, importing } = createStores(api);
    await library.load();
    await importing.importFiles([file('a.txt'), file('bad.bin'), file('c.txt')]);
    expect(api.calls.filter((c) => c.startsWith('ImportFiles'))).toEqual(['ImportFiles a.txt', 'ImportFiles bad.bin', 'ImportFiles c.txt']);
    expect(importing.report).toMatchObject({ imported: 2, failed: 1 });
    expect(importing.report?.files[1]?.error).toContain('bad.bin');
    expect(importing.busy).toBe(false);
    expect(importing.progress).toBeNull();
    expect(library.total).toBe(2);
    expect(reading.article?.id).toBe(1);
    expect(library.current?.id).toBe(1);
    importing.dismiss();
    expect(importing.report).toBeNull();
  });

  it('stops before the next file when cancelled', async () => {
    const api = fakeApi();
    const { importing } = createStores(api);
    const real = api.library.importFiles;
    api.library.importFiles = async (files) => {
      void importing.cancel();
      return real(files);
    };
    await importing.importFiles([file('a.txt'), file('b.txt')]);
    expect(api.calls).toContain('CancelImport');
    expect(api.calls.filter((c) => c.startsWith('ImportFiles'))).toEqual(['ImportFiles a.txt']);
    expect(importing.report).toMatchObject({ imported: 1, cancelled: true });
    expect(importing.cancelling).toBe(false);
  });

  it('reports a rejected call as that file failing and goes on', async () => {
    const api = fakeApi();
    const real = api.library.importFiles;
    api.library.importFiles = async (files) =>
      files[0]?.name === 'big.txt' ? Promise.reject({ code: 'bad_input', message: 'larger than 64 MiB' }) : real(files);
    const { importing } = createStores(api);
    await importing.importFiles([file('big.txt'), file('ok.txt')]);
    expect(importing.report?.files).toEqual([
      { file: 'big.txt', imported: 0, duplicates: 0, updated: 0, ids: [], error: 'big.txt: larger than 64 MiB' },
      { file: 'ok.txt', imported: 1, duplicates: 0, updated: 0, ids: [1] },
    ]);
  });

  it('shows nothing for a cancelled dialog', async () => {
    const { importing } = createStores(fakeApi());
    await importing.importDialog();
    expect(importing.report).toBeNull();
  });

  it('follows progress events until the last', () => {
    const { importing } = createStores(fakeApi());
    importing.progressed({ done: 1, total: 3, file: 'b.txt' });
    expect(importing.progress).toEqual({ done: 1, total: 3, file: 'b.txt' });
    importing.progressed({ done: 3, total: 3, file: '' });
    expect(importing.progress).toBeNull();
  });
});

describe('merge and firstId', () => {
  const r = (file: string, ids: number[], failed = 0): ImportReport => ({
    files: [{ file, imported: ids.length, duplicates: 0, updated: 0, ids }],
    imported: ids.length,
    duplicates: 0,
    updated: 1,
    failed,
  });

  it('sums reports in order', () => {
    expect(merge([r('a', [1, 2]), r('b', [], 1), r('c', [3])])).toMatchObject({ imported: 3, updated: 3, failed: 1 });
    expect(merge([])).toEqual({ files: [], imported: 0, duplicates: 0, updated: 0, failed: 0 });
  });

  it('finds the first id of the first file that has one', () => {
    expect(firstId(merge([r('a', []), r('b', [5, 6])]))).toBe(5);
    expect(firstId(r('a', []))).toBeUndefined();
  });
});
