// An in-memory Api for unit tests: the library's rules in a few lines.

import type { Api } from '../api';
import type { ArticleSummary, ArticleView, Counts, Highlight, ImportReport, NameCount, Query, Settings } from '../types';

/** summary makes a list row; id 1 is the oldest. */
export function summary(id: number, over: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    id,
    title: `Article ${id}`,
    site: '',
    source: 'a.txt',
    added: new Date(Date.UTC(2026, 0, 1, 0, id)).toISOString(),
    paragraphs: 3,
    words: 300,
    dir: 'ltr',
    tags: [],
    favourite: false,
    archived: false,
    read: false,
    progress: 0,
    trashed: false,
    highlights: 0,
    ...over,
  };
}

function inView(a: ArticleSummary, q: Query): boolean {
  if (q.tag && !a.tags.includes(q.tag)) return false;
  if (q.source && a.source !== q.source) return false;
  switch (q.view) {
    case 'trash':
      return a.trashed;
    case 'unread':
      return !a.trashed && !a.archived && !a.read;
    case 'favourites':
      return !a.trashed && a.favourite;
    case 'archive':
      return !a.trashed && a.archived;
    default:
      return !a.trashed;
  }
}

function tally(names: string[]): NameCount[] {
  const m = new Map<string, number>();
  for (const n of names) m.set(n, (m.get(n) ?? 0) + 1);
  return [...m].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name));
}

/** FakeApi is an Api over rows in memory, recording what was asked. */
export type FakeApi = Api & { rows: ArticleSummary[]; calls: string[]; settings: Settings | null; highlights: Highlight[] };

/** mark makes a highlight of article 1; ids count from 1. */
export function mark(id: number, start: number, end: number, over: Partial<Highlight> = {}): Highlight {
  return {
    id,
    articleId: 1,
    exact: '',
    prefix: '',
    suffix: '',
    start,
    end,
    block: 0,
    color: 0,
    note: '',
    tags: [],
    orphan: false,
    confidence: 1,
    created: new Date(Date.UTC(2026, 0, 2, 0, id)).toISOString(),
    updated: new Date(Date.UTC(2026, 0, 2, 0, id)).toISOString(),
    ...over,
  };
}

export function fakeApi(rows: ArticleSummary[] = []): FakeApi {
  const api: FakeApi = {
    face: 'browser',
    rows,
    calls: [],
    settings: null,
    highlights: [],
    library: {
      list: async () => api.rows.filter((a) => !a.trashed),
      query: async (q) => {
        api.calls.push(`Query ${q.view} ${q.offset ?? 0}`);
        let items = api.rows.filter((a) => inView(a, q)).sort((a, b) => b.added.localeCompare(a.added));
        if (q.reverse) items.reverse();
        const total = items.length;
        items = items.slice(q.offset ?? 0, (q.offset ?? 0) + (q.limit ?? 100));
        return { items: items.map((a) => ({ ...a })), total };
      },
      counts: async (): Promise<Counts> => {
        const live = api.rows.filter((a) => !a.trashed);
        return {
          all: live.length,
          unread: live.filter((a) => !a.read && !a.archived).length,
          favourites: live.filter((a) => a.favourite).length,
          archive: live.filter((a) => a.archived).length,
          trash: api.rows.length - live.length,
          tags: tally(live.flatMap((a) => a.tags)),
          sources: tally(live.map((a) => a.source ?? '')),
        };
      },
      importFiles: async (files): Promise<ImportReport> => {
        const f = files[0]!;
        api.calls.push(`ImportFiles ${f.name}`);
        if (f.name.endsWith('.bin')) {
          return { files: [{ file: f.name, imported: 0, duplicates: 0, updated: 0, ids: [], error: `${f.name}: not a format Gloss reads` }], imported: 0, duplicates: 0, updated: 0, failed: 1 };
        }
        const id = api.rows.length + 1;
        api.rows.push(summary(id, { source: f.name }));
        return { files: [{ file: f.name, imported: 1, duplicates: 0, updated: 0, ids: [id] }], imported: 1, duplicates: 0, updated: 0, failed: 0 };
      },
      importDialog: async () => ({ files: [], imported: 0, duplicates: 0, updated: 0, failed: 0 }),
      cancelImport: async () => (api.calls.push('CancelImport'), true),
      setFlag: async (ids, flag, on) => change(ids, (a) => void (a[flag === 'archived' ? 'archived' : flag] = on)),
      addTags: async (ids, tags) => change(ids, (a) => void (a.tags = [...new Set([...a.tags, ...tags])].sort())),
      removeTags: async (ids, tags) => change(ids, (a) => void (a.tags = a.tags.filter((t) => !tags.includes(t)))),
      renameTag: async (from, to) => change(api.rows.filter((a) => a.tags.includes(from)).map((a) => a.id), (a) => void (a.tags = [...new Set(a.tags.map((t) => (t === from ? to : t)))].sort())).length,
      deleteTag: async (tag) => change(api.rows.filter((a) => a.tags.includes(tag)).map((a) => a.id), (a) => void (a.tags = a.tags.filter((t) => t !== tag))).length,
      trash: async (ids) => change(ids, (a) => void (a.trashed = true)),
      restore: async (ids) => change(ids, (a) => void (a.trashed = false)),
      emptyTrash: async () => {
        const n = api.rows.filter((a) => a.trashed).length;
        api.rows = api.rows.filter((a) => !a.trashed);
        return n;
      },
    },
    reader: {
      open: async (id): Promise<ArticleView> => {
        const a = get(id);
        return { ...a, source: a.source ?? '', blocks: [{ kind: 'paragraph', text: 'Text.', start: 0, end: 5 }], note: '', version: 1 };
      },
      setProgress: async (id, p) => {
        api.calls.push(`SetProgress ${id} ${p}`);
        return change([id], (a) => void ((a.progress = p), p >= 0.98 && (a.read = true)))[0]!;
      },
      setNote: async (id, note) => (api.calls.push(`SetNote ${id} ${note}`), { ...get(id) }),
    },
    notes: {
      forArticle: async (id) => api.highlights.filter((h) => h.articleId === id).sort((a, b) => Number(a.orphan) - Number(b.orphan) || a.start - b.start).map((h) => ({ ...h })),
      all: async (q) => {
        api.calls.push(`Notes.All ${JSON.stringify(q)}`);
        const items = api.highlights
          .filter((h) => (q.color < 0 || h.color === q.color) && (!q.tag || h.tags.includes(q.tag)) && (!q.orphans || h.orphan))
          .filter((h) => !q.text || [h.exact, h.note, ...h.tags].some((s) => s.toLowerCase().includes(q.text!.trim().toLowerCase())))
          .sort((a, b) => b.created.localeCompare(a.created));
        return { items: items.slice(q.offset ?? 0, (q.offset ?? 0) + (q.limit ?? 100)).map((h) => ({ ...h })), total: items.length };
      },
      create: async (articleId, start, end, edit) => {
        api.calls.push(`Notes.Create ${articleId} ${start} ${end} ${edit.color}`);
        const h = mark(Math.max(0, ...api.highlights.map((x) => x.id)) + 1, start, end, { articleId, ...edit });
        api.highlights.push(h);
        return { ...h };
      },
      update: async (articleId, id, edit) => (api.calls.push(`Notes.Update ${id}`), { ...Object.assign(getMark(articleId, id), edit) }),
      resize: async (articleId, id, start, end) => (api.calls.push(`Notes.Resize ${id} ${start} ${end}`), { ...Object.assign(getMark(articleId, id), { start, end, orphan: false, confidence: 1 }) }),
      delete: async (articleId, id) => {
        api.calls.push(`Notes.Delete ${id}`);
        const h = getMark(articleId, id);
        api.highlights = api.highlights.filter((x) => x !== h);
        return { ...h };
      },
      undelete: async (h) => (api.calls.push(`Notes.Undelete ${h.id}`), api.highlights.push({ ...h }), { ...h }),
    },
    system: {
      info: async () => ({ version: 'test', face: 'browser', library: '/tmp/library.db' }),
      settings: async () => {
        if (!api.settings) throw new Error('no settings');
        return api.settings;
      },
      saveSettings: async (s) => (api.calls.push('SaveSettings'), (api.settings = s)),
      backups: async () => [],
      backupNow: async () => ({ path: '/tmp/b', name: 'b', size: 1, created: '2026-01-01T00:00:00Z' }),
      check: async () => ({ ok: true, problems: [] }),
      compact: async () => ({ before: 3 << 20, after: 2 << 20 }),
    },
    export: {
      count: async (req) => {
        const picked = exported(req.ids, req.filter);
        return { articles: picked.length, highlights: picked.reduce((n, a) => n + a.highlights, 0) };
      },
      save: async (req) => {
        api.calls.push(`Export.Save ${req.format}`);
        const picked = exported(req.ids, req.filter);
        const highlights = picked.reduce((n, a) => n + a.highlights, 0);
        return { format: req.format, where: '/tmp/export', files: [`Gloss highlights.${req.format}`], articles: picked.length, highlights, updated: 0, message: `Wrote 1 file (${picked.length} articles, ${highlights} highlights) to /tmp/export` };
      },
      download: async (req) => {
        api.calls.push(`Export.Download ${req.format}`);
        const picked = exported(req.ids, req.filter);
        const highlights = picked.reduce((n, a) => n + a.highlights, 0);
        const name = `Gloss highlights.${req.format}`;
        const summary = { format: req.format, where: name, files: [name], articles: picked.length, highlights, updated: 0, message: `Wrote 1 file (${picked.length} articles, ${highlights} highlights) into ${name}` };
        return { name, type: 'text/plain', data: btoa(picked.map((a) => a.title).join('\n')), summary };
      },
    },
    onProgress: () => () => {},
    onImportDone: () => () => {},
    search: {
      // Title words that start with a query word, in rows order.
      query: async (q, limit) => {
        api.calls.push(`Search ${q}`);
        const words = q.toLowerCase().split(/\s+/).filter(Boolean);
        const results = api.rows
          .filter((a) => !a.trashed && words.length > 0)
          .map((a) => {
            const positions: number[] = [];
            const ok = words.every((w) => {
              const at = a.title.toLowerCase().search(new RegExp(`\\b${w.replace(/[^\p{L}\p{N}]/gu, '')}`, 'u'));
              for (let i = 0; at >= 0 && i < w.length; i++) positions.push(at + i);
              return at >= 0;
            });
            const hit = { kind: 'title' as const, snippet: a.title, positions: positions.sort((x, y) => x - y), start: 0, end: 0 };
            return ok ? { id: a.id, title: a.title, source: a.source ?? '', score: 1, hits: [hit] } : null;
          })
          .filter((r) => r !== null)
          .slice(0, limit);
        return { query: q, results, indexing: false };
      },
    },
    onLibraryChanged: () => () => {},
    onExportProgress: () => () => {},
    onOpenArticle: () => () => {},
  };
  function exported(ids: number[] | undefined, filter: { view?: Query['view']; tag?: string; source?: string }): ArticleSummary[] {
    if (ids && ids.length > 0) return ids.map(get);
    return api.rows.filter((a) => inView(a, { view: filter.view ?? 'all', tag: filter.tag, source: filter.source }));
  }
  function get(id: number): ArticleSummary {
    const a = api.rows.find((r) => r.id === id);
    if (!a) throw { code: 'not_found', message: `no article ${id}` };
    return a;
  }
  function getMark(articleId: number, id: number): Highlight {
    const h = api.highlights.find((x) => x.articleId === articleId && x.id === id);
    if (!h) throw { code: 'not_found', message: `no highlight ${id}` };
    return h;
  }
  function change(ids: number[], f: (a: ArticleSummary) => void): ArticleSummary[] {
    api.calls.push(`change ${ids.join(',')}`);
    return ids.map((id) => {
      const a = get(id);
      f(a);
      return { ...a };
    });
  }
  return api;
}
