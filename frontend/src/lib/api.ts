// api.ts is the only module that talks to the Go side.
// Components and stores receive an Api and never see how a call travels.
//
// Two transports carry the same calls:
//   - inside the Wails window, window.go.app.<Struct>.<Method>(...args),
//     with events from window.runtime.EventsOn;
//   - in a browser under `gloss serve`, POST /api/<Struct>/<Method> with the
//     arguments as a JSON array and the start-up token in X-Gloss-Token.
//     The browser face has no events.
// Either way a failed call rejects with an ApiError.

import type {
  ArticleLink,
  ArticleSummary,
  ArticleView,
  BackupInfo,
  CheckReport,
  CompactReport,
  Counts,
  ExportCount,
  ExportFile,
  ExportProgress,
  ExportRequest,
  ExportSummary,
  Face,
  FileData,
  Flag,
  Highlight,
  HighlightEdit,
  ImportReport,
  Info,
  NotesPage,
  NotesQuery,
  Page,
  Progress,
  Query,
  SearchResults,
  Settings,
} from './types';
import { pictureUrl, withPictures } from './pictures';

/** ApiError is every failed call: a stable code and a sentence for people. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

function isCoded(v: unknown): v is { code: string; message: string } {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { code?: unknown }).code === 'string' &&
    typeof (v as { message?: unknown }).message === 'string'
  );
}

// fromText reads a coded error sent as JSON text, else uses the text.
function fromText(text: string): ApiError {
  const t = text.trim();
  if (t.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(t);
      if (isCoded(parsed)) return new ApiError(parsed.code, parsed.message);
    } catch {
      // Not JSON after all: use the text as it is.
    }
  }
  // What Wails makes of an error object it wrapped in new Error(object).
  if (t === '' || t === '[object Object]') return new ApiError('internal', 'Something went wrong.');
  return new ApiError('internal', t);
}

/**
 * toApiError turns whatever a call rejected with into an ApiError: a
 * {code, message} object, or that object as JSON text, alone or as the
 * message of an Error (Wails 2.16 rejects with new Error(formatted error)),
 * or any other string or Error.
 */
export function toApiError(reason: unknown): ApiError {
  if (reason instanceof ApiError) return reason;
  if (isCoded(reason)) return new ApiError(reason.code, reason.message);
  if (typeof reason === 'string') return fromText(reason);
  if (reason instanceof Error) return fromText(reason.message);
  return new ApiError('internal', 'Something went wrong.');
}

/** Transport carries calls to the bound Go structs and events back. */
export interface Transport {
  readonly face: Face;
  call(struct: string, method: string, args: unknown[]): Promise<unknown>;
  /** pictureUrl is where a picture stored in the library is loaded from. */
  pictureUrl?(key: string): string | undefined;
  /** on listens to a Go event and returns a function that stops listening. */
  on(event: string, listener: (data: unknown) => void): () => void;
}

type Bound = Record<string, ((...args: unknown[]) => Promise<unknown>) | undefined>;

/** The globals Wails injects into the window. */
export interface WailsGlobals {
  go?: { app?: Record<string, Bound | undefined> };
  runtime?: { EventsOn(name: string, cb: (...data: unknown[]) => void): () => void };
}

/** wailsTransport calls through the bindings Wails injects into the window. */
export function wailsTransport(w: WailsGlobals): Transport {
  return {
    face: 'desktop',
    pictureUrl: (key) => pictureUrl(key, null),
    async call(struct, method, args) {
      const fn = w.go?.app?.[struct]?.[method];
      if (typeof fn !== 'function') {
        throw new ApiError('unsupported', `${struct}.${method} is not available in this window.`);
      }
      try {
        return await fn(...args);
      } catch (reason) {
        throw toApiError(reason);
      }
    },
    on(event, listener) {
      const off = w.runtime?.EventsOn(event, (data) => listener(data));
      return typeof off === 'function' ? off : () => {};
    },
  };
}

/** TOKEN_HEADER carries the token gloss serve printed at start-up. */
export const TOKEN_HEADER = 'X-Gloss-Token';

/** httpTransport calls gloss serve's API with fetch. */
export function httpTransport(token: string | null, fetchFn: typeof fetch): Transport {
  return {
    face: 'browser',
    pictureUrl: (key) => pictureUrl(key, token),
    async call(struct, method, args) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (token) headers[TOKEN_HEADER] = token;
      let res: Response;
      try {
        res = await fetchFn(`/api/${struct}/${method}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(args),
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch {
        throw new ApiError('unavailable', 'Gloss is not answering. Is `gloss serve` still running?');
      }
      const body: unknown = await res.json().catch(() => undefined);
      if (res.ok) return body;
      const err = (body as { error?: unknown } | undefined)?.error;
      if (isCoded(err)) throw new ApiError(err.code, err.message);
      throw new ApiError('internal', `The server answered ${res.status} ${res.statusText}`.trim() + '.');
    },
    on() {
      return () => {};
    },
  };
}

/** TOKEN_KEY names the token in sessionStorage, so a reload keeps working. */
export const TOKEN_KEY = 'gloss.token';

interface TokenPlace {
  location: { href: string };
  sessionStorage?: Pick<Storage, 'getItem' | 'setItem'>;
  history?: Pick<History, 'replaceState'>;
}

/**
 * takeToken reads ?token= from the page address once, keeps it in
 * sessionStorage and takes it out of the address bar; without it in the
 * address, the kept token is used.
 */
export function takeToken(place: TokenPlace): string | null {
  const url = new URL(place.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      place.sessionStorage?.setItem(TOKEN_KEY, fromUrl);
    } catch {
      // Storage may be disabled; the token still works until a reload.
    }
    url.searchParams.delete('token');
    place.history?.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return place.sessionStorage?.getItem(TOKEN_KEY) ?? null;
  } catch {
    return null;
  }
}

/** chooseTransport picks the window's bindings when present, else HTTP. */
export function chooseTransport(w: WailsGlobals & TokenPlace & { fetch: typeof fetch }): Transport {
  if (typeof w.go?.app === 'object' && w.go.app !== null) return wailsTransport(w);
  return httpTransport(takeToken(w), w.fetch.bind(w));
}

/** Api is the typed backend, as components and stores see it. */
export interface Api {
  readonly face: Face;
  library: {
    list(): Promise<ArticleSummary[]>;
    query(q: Query): Promise<Page>;
    counts(): Promise<Counts>;
    importFiles(files: FileData[]): Promise<ImportReport>;
    importDialog(): Promise<ImportReport>;
    cancelImport(): Promise<boolean>;
    setFlag(ids: number[], flag: Flag, on: boolean): Promise<ArticleSummary[]>;
    addTags(ids: number[], tags: string[]): Promise<ArticleSummary[]>;
    removeTags(ids: number[], tags: string[]): Promise<ArticleSummary[]>;
    renameTag(from: string, to: string): Promise<number>;
    deleteTag(tag: string): Promise<number>;
    trash(ids: number[]): Promise<ArticleSummary[]>;
    restore(ids: number[]): Promise<ArticleSummary[]>;
    emptyTrash(): Promise<number>;
  };
  reader: {
    open(id: number): Promise<ArticleView>;
    setProgress(id: number, progress: number): Promise<ArticleSummary>;
    setNote(id: number, note: string): Promise<ArticleSummary>;
  };
  notes: {
    /** forArticle lists an article's highlights in text order, orphans last. */
    forArticle(articleId: number): Promise<Highlight[]>;
    /** all lists the library's highlights, newest first, or best match first for a text. */
    all(q: NotesQuery): Promise<NotesPage>;
    /** create highlights code points [start, end) of an article's text. */
    create(articleId: number, start: number, end: number, edit: HighlightEdit): Promise<Highlight>;
    update(articleId: number, id: number, edit: HighlightEdit): Promise<Highlight>;
    /** resize moves a highlight to [start, end), or re-attaches an orphan. */
    resize(articleId: number, id: number, start: number, end: number): Promise<Highlight>;
    /** delete returns the highlight, for undelete. */
    delete(articleId: number, id: number): Promise<Highlight>;
    undelete(h: Highlight): Promise<Highlight>;
  };
  system: {
    info(): Promise<Info>;
    settings(): Promise<Settings>;
    saveSettings(s: Settings): Promise<Settings>;
    backups(): Promise<BackupInfo[]>;
    backupNow(): Promise<BackupInfo>;
    check(): Promise<CheckReport>;
    /** compact rewrites the library file without its free space. */
    compact(): Promise<CompactReport>;
  };
  export: {
    /** count says how many articles and highlights a request would export. */
    count(req: ExportRequest): Promise<ExportCount>;
    /** save writes where the user picks in the native dialog (the window only). */
    save(req: ExportRequest): Promise<ExportSummary>;
    /** download returns the export as one file (a zip for Markdown folders). */
    download(req: ExportRequest): Promise<ExportFile>;
  };
  search: {
    /** query searches titles, text, highlights, notes and tags; limit is at most 200. */
    query(q: string, limit: number): Promise<SearchResults>;
  };
  onProgress(listener: (p: Progress) => void): () => void;
  onImportDone(listener: (r: ImportReport) => void): () => void;
  onLibraryChanged(listener: () => void): () => void;
  onExportProgress(listener: (p: ExportProgress) => void): () => void;
  /** onOpenArticle hears the gloss://article links the window is asked to open. */
  onOpenArticle(listener: (link: ArticleLink) => void): () => void;
}

// Go may encode an empty slice as null; the UI always gets arrays.
function report(v: unknown): ImportReport {
  const r = (v ?? {}) as Partial<ImportReport>;
  const out: ImportReport = {
    files: (r.files ?? []).map((f) => ({ ...f, updated: f.updated ?? 0, ids: f.ids ?? [] })),
    imported: r.imported ?? 0,
    duplicates: r.duplicates ?? 0,
    updated: r.updated ?? 0,
    failed: r.failed ?? 0,
  };
  if (r.cancelled) out.cancelled = true;
  if (r.highlights) out.highlights = r.highlights;
  return out;
}

/** exportSummary gives a summary the list Go may have sent as null. */
function exportSummary(v: unknown): ExportSummary {
  const s = (v ?? {}) as Partial<ExportSummary>;
  return {
    format: s.format ?? '',
    where: s.where ?? '',
    files: s.files ?? [],
    articles: s.articles ?? 0,
    highlights: s.highlights ?? 0,
    updated: s.updated ?? 0,
    cancelled: s.cancelled ?? false,
    message: s.message ?? '',
  };
}

/** searchResults gives search results the arrays Go may have sent as null. */
function searchResults(v: unknown): SearchResults {
  const r = (v ?? {}) as Partial<SearchResults>;
  return {
    query: r.query ?? '',
    indexing: r.indexing ?? false,
    results: (r.results ?? []).map((a) => ({
      ...a,
      source: a.source ?? '',
      hits: (a.hits ?? []).map((h) => ({ ...h, positions: h.positions ?? [], start: h.start ?? 0, end: h.end ?? 0 })),
    })),
  };
}

/** articleLink reads the "open:article" event, {id, highlight?}. */
function articleLink(v: unknown): ArticleLink | null {
  const l = (v ?? {}) as { id?: unknown; highlight?: unknown };
  if (typeof l.id !== 'number' || l.id <= 0) return null;
  return typeof l.highlight === 'number' && l.highlight > 0 ? { id: l.id, highlight: l.highlight } : { id: l.id };
}

/** row gives a list row the arrays Go may have sent as null. */
export function row(a: ArticleSummary): ArticleSummary {
  return { ...a, tags: a.tags ?? [], highlights: a.highlights ?? 0, progress: a.progress ?? 0 };
}

const rows = (v: unknown): ArticleSummary[] => ((v as ArticleSummary[] | null) ?? []).map(row);

function counts(v: unknown): Counts {
  const c = (v ?? {}) as Partial<Counts>;
  return {
    all: c.all ?? 0,
    unread: c.unread ?? 0,
    favourites: c.favourites ?? 0,
    archive: c.archive ?? 0,
    trash: c.trash ?? 0,
    tags: c.tags ?? [],
    sources: c.sources ?? [],
  };
}

/** highlight gives a highlight the strings and arrays Go may have left out. */
export function highlight(v: unknown): Highlight {
  const h = (v ?? {}) as Partial<Highlight>;
  return {
    ...(h as Highlight),
    exact: h.exact ?? '',
    prefix: h.prefix ?? '',
    suffix: h.suffix ?? '',
    note: h.note ?? '',
    tags: h.tags ?? [],
    orphan: h.orphan ?? false,
    color: h.color ?? 0,
    block: h.block ?? 0,
    confidence: h.confidence ?? 0,
  };
}

/** createApi types the calls of a transport. */
export function createApi(t: Transport): Api {
  const lib = (method: string, ...args: unknown[]) => t.call('Library', method, args);
  const sys = (method: string, ...args: unknown[]) => t.call('System', method, args);
  const notes = async (method: string, ...args: unknown[]) => highlight(await t.call('Notes', method, args));
  return {
    face: t.face,
    library: {
      list: async () => rows(await lib('List')),
      query: async (q) => {
        const p = (await lib('Query', q)) as Partial<Page> | null;
        return { items: rows(p?.items), total: p?.total ?? 0 };
      },
      counts: async () => counts(await lib('Counts')),
      importFiles: async (files) => report(await lib('ImportFiles', files)),
      importDialog: async () => report(await lib('ImportDialog')),
      cancelImport: async () => (await lib('CancelImport')) === true,
      setFlag: async (ids, flag, on) => rows(await lib('SetFlag', ids, flag, on)),
      addTags: async (ids, tags) => rows(await lib('AddTags', ids, tags)),
      removeTags: async (ids, tags) => rows(await lib('RemoveTags', ids, tags)),
      renameTag: async (from, to) => (await lib('RenameTag', from, to)) as number,
      deleteTag: async (tag) => (await lib('DeleteTag', tag)) as number,
      trash: async (ids) => rows(await lib('Trash', ids)),
      restore: async (ids) => rows(await lib('Restore', ids)),
      emptyTrash: async () => (await lib('EmptyTrash')) as number,
    },
    reader: {
      open: async (id) => {
        const a = (await t.call('Reader', 'Open', [id])) as ArticleView;
        const blocks = withPictures(a.blocks ?? [], (key) => t.pictureUrl?.(key) ?? pictureUrl(key, null));
        return { ...a, blocks, tags: a.tags ?? [], note: a.note ?? '', progress: a.progress ?? 0 };
      },
      setProgress: async (id, progress) => row((await t.call('Reader', 'SetProgress', [id, progress])) as ArticleSummary),
      setNote: async (id, note) => row((await t.call('Reader', 'SetNote', [id, note])) as ArticleSummary),
    },
    notes: {
      forArticle: async (id) => (((await t.call('Notes', 'ForArticle', [id])) as unknown[] | null) ?? []).map(highlight),
      all: async (q) => {
        const p = (await t.call('Notes', 'All', [q])) as Partial<NotesPage> | null;
        return { items: (p?.items ?? []).map(highlight), total: p?.total ?? 0, ...(p?.indexing ? { indexing: true } : {}) };
      },
      create: (id, start, end, edit) => notes('Create', id, start, end, edit),
      update: (article, id, edit) => notes('Update', article, id, edit),
      resize: (article, id, start, end) => notes('Resize', article, id, start, end),
      delete: (article, id) => notes('Delete', article, id),
      undelete: (h) => notes('Undelete', h),
    },
    system: {
      info: async () => (await sys('Info')) as Info,
      settings: async () => (await sys('Settings')) as Settings,
      saveSettings: async (s) => (await sys('SaveSettings', s)) as Settings,
      backups: async () => ((await sys('Backups')) as BackupInfo[] | null) ?? [],
      backupNow: async () => (await sys('BackupNow')) as BackupInfo,
      check: async () => {
        const r = (await sys('Check')) as Partial<CheckReport> | null;
        return { ok: r?.ok ?? false, problems: r?.problems ?? [] };
      },
      compact: async () => {
        const r = (await sys('Compact')) as Partial<CompactReport> | null;
        return { before: r?.before ?? 0, after: r?.after ?? 0 };
      },
    },
    export: {
      count: async (req) => {
        const c = (await t.call('Export', 'Count', [req])) as Partial<ExportCount> | null;
        return { articles: c?.articles ?? 0, highlights: c?.highlights ?? 0 };
      },
      save: async (req) => exportSummary(await t.call('Export', 'Save', [req])),
      download: async (req) => {
        const f = (await t.call('Export', 'Download', [req])) as Partial<ExportFile> | null;
        return { name: f?.name ?? 'export', type: f?.type ?? 'application/octet-stream', data: f?.data ?? '', summary: exportSummary(f?.summary) };
      },
    },
    onProgress: (listener) => t.on('import:progress', (d) => listener(d as Progress)),
    onImportDone: (listener) => t.on('import:done', (d) => listener(report(d))),
    search: {
      query: async (q, limit) => searchResults(await t.call('Search', 'Query', [q, limit])),
    },
    onLibraryChanged: (listener) => t.on('library:changed', () => listener()),
    onExportProgress: (listener) => t.on('export:progress', (d) => listener(d as ExportProgress)),
    onOpenArticle: (listener) =>
      t.on('open:article', (d) => {
        const link = articleLink(d);
        if (link) listener(link);
      }),
  };
}
