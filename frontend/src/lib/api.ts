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
  ArticleSummary,
  ArticleView,
  Face,
  FileData,
  ImportReport,
  Info,
  Progress,
} from './types';

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
    importFiles(files: FileData[]): Promise<ImportReport>;
    importDialog(): Promise<ImportReport>;
  };
  reader: {
    open(id: number): Promise<ArticleView>;
  };
  system: {
    info(): Promise<Info>;
  };
  onProgress(listener: (p: Progress) => void): () => void;
  onImportDone(listener: (r: ImportReport) => void): () => void;
  onLibraryChanged(listener: () => void): () => void;
}

// Go may encode an empty slice as null; the UI always gets arrays.
function report(v: unknown): ImportReport {
  const r = (v ?? {}) as Partial<ImportReport>;
  return {
    files: (r.files ?? []).map((f) => ({ ...f, ids: f.ids ?? [] })),
    imported: r.imported ?? 0,
    duplicates: r.duplicates ?? 0,
    failed: r.failed ?? 0,
  };
}

/** createApi types the calls of a transport. */
export function createApi(t: Transport): Api {
  return {
    face: t.face,
    library: {
      list: async () => ((await t.call('Library', 'List', [])) as ArticleSummary[] | null) ?? [],
      importFiles: async (files) => report(await t.call('Library', 'ImportFiles', [files])),
      importDialog: async () => report(await t.call('Library', 'ImportDialog', [])),
    },
    reader: {
      open: async (id) => {
        const a = (await t.call('Reader', 'Open', [id])) as ArticleView;
        return { ...a, blocks: a.blocks ?? [] };
      },
    },
    system: {
      info: async () => (await t.call('System', 'Info', [])) as Info,
    },
    onProgress: (listener) => t.on('import:progress', (d) => listener(d as Progress)),
    onImportDone: (listener) => t.on('import:done', (d) => listener(report(d))),
    onLibraryChanged: (listener) => t.on('library:changed', () => listener()),
  };
}
