import { describe, expect, it, vi } from 'vitest';
import { ApiError, type Api } from '../api';
import type { ArticleSummary, ArticleView, FileData, ImportReport } from '../types';
import { createStores } from './index';
import { firstId, merge } from './importing.svelte';

function summary(id: number, added: string): ArticleSummary {
  return { id, title: `A${id}`, site: '', source: 'a.txt', added, paragraphs: 1, words: 10, dir: 'ltr' };
}

function fakeApi(over: Partial<Api['library']> = {}): Api & { sent: FileData[][] } {
  const sent: FileData[][] = [];
  let rows: ArticleSummary[] = [];
  return {
    face: 'browser',
    sent,
    library: {
      list: async () => rows,
      importFiles: async (files) => {
        sent.push(files);
        const f = files[0]!;
        if (f.name.endsWith('.bin')) {
          return { files: [{ file: f.name, imported: 0, duplicates: 0, ids: [], error: `${f.name}: not a format Gloss reads` }], imported: 0, duplicates: 0, failed: 1 };
        }
        const id = rows.length + 1;
        rows = [...rows, summary(id, `2026-01-0${id}T10:00:00Z`)];
        return { files: [{ file: f.name, imported: 1, duplicates: 0, ids: [id] }], imported: 1, duplicates: 0, failed: 0 };
      },
      importDialog: async () => ({ files: [], imported: 0, duplicates: 0, failed: 0 }),
      ...over,
    },
    reader: {
      open: async (id) => ({ id, title: `A${id}`, added: '', dir: 'ltr', source: 'a.txt', words: 10, blocks: [] }) as ArticleView,
    },
    system: { info: async () => ({ version: 'test', face: 'browser', library: '' }) },
    onProgress: () => () => {},
    onImportDone: () => () => {},
    onLibraryChanged: () => () => {},
  };
}

const file = (name: string, text = 'hello') => new File([text], name);

describe('Library', () => {
  it('sorts newest added first and keeps the cursor in bounds', async () => {
    const api = fakeApi({
      list: async () => [summary(1, '2026-01-01T00:00:00Z'), summary(2, '2026-01-03T00:00:00Z'), summary(3, '2026-01-02T00:00:00Z')],
    });
    const { library } = createStores(api);
    await library.refresh();
    expect(library.items.map((a) => a.id)).toEqual([2, 3, 1]);
    expect(library.cursor).toBe(2);
    library.move(1);
    expect(library.cursor).toBe(3);
    library.move(5);
    expect(library.cursor).toBe(1);
    library.move(-9);
    expect(library.cursor).toBe(2);
    library.moveTo('last');
    expect(library.cursor).toBe(1);
  });

  it('keeps the error of a failed list', async () => {
    const { library } = createStores(fakeApi({ list: () => Promise.reject(new ApiError('locked', 'in use')) }));
    await library.refresh();
    expect(library.loaded).toBe(true);
    expect(library.error?.code).toBe('locked');
  });
});

describe('Importing', () => {
  it('imports one file per call, reports each and opens the first new article', async () => {
    const api = fakeApi();
    const { library, reading, importing } = createStores(api);
    await importing.importFiles([file('a.txt'), file('bad.bin'), file('c.txt')]);
    expect(api.sent.map((files) => files.map((f) => f.name))).toEqual([['a.txt'], ['bad.bin'], ['c.txt']]);
    expect(importing.report).toMatchObject({ imported: 2, failed: 1 });
    expect(importing.report?.files[1]?.error).toContain('bad.bin');
    expect(importing.busy).toBe(false);
    expect(importing.progress).toBeNull();
    expect(library.items.map((a) => a.id)).toEqual([2, 1]);
    expect(reading.article?.id).toBe(1);
    expect(library.cursor).toBe(1);
    importing.dismiss();
    expect(importing.report).toBeNull();
  });

  it('reports a rejected call as that file failing and goes on', async () => {
    const api = fakeApi();
    const real = api.library.importFiles;
    api.library.importFiles = async (files) =>
      files[0]?.name === 'big.txt' ? Promise.reject({ code: 'bad_input', message: 'larger than 64 MiB' }) : real(files);
    const { importing } = createStores(api);
    await importing.importFiles([file('big.txt'), file('ok.txt')]);
    expect(importing.report?.files).toEqual([
      { file: 'big.txt', imported: 0, duplicates: 0, ids: [], error: 'big.txt: larger than 64 MiB' },
      { file: 'ok.txt', imported: 1, duplicates: 0, ids: [1] },
    ]);
  });

  it('shows nothing for a cancelled dialog', async () => {
    const api = fakeApi();
    const { importing } = createStores(api);
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

  it('refreshes the list after a drop reported by import:done', async () => {
    const done = vi.fn();
    const api = fakeApi();
    const { library, importing } = createStores({ ...api, library: { ...api.library, list: async () => (done(), []) } });
    await importing.finished({ files: [{ file: 'x.txt', imported: 0, duplicates: 1, ids: [4] }], imported: 0, duplicates: 1, failed: 0 });
    expect(done).toHaveBeenCalled();
    expect(library.loaded).toBe(true);
  });
});

describe('merge and firstId', () => {
  const r = (file: string, ids: number[], failed = 0): ImportReport => ({
    files: [{ file, imported: ids.length, duplicates: 0, ids }],
    imported: ids.length,
    duplicates: 0,
    failed,
  });

  it('sums reports in order', () => {
    expect(merge([r('a', [1, 2]), r('b', [], 1), r('c', [3])])).toMatchObject({ imported: 3, failed: 1 });
    expect(merge([])).toEqual({ files: [], imported: 0, duplicates: 0, failed: 0 });
  });

  it('finds the first id of the first file that has one', () => {
    expect(firstId(merge([r('a', []), r('b', [5, 6])]))).toBe(5);
    expect(firstId(r('a', []))).toBeUndefined();
  });
});
