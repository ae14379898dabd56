import { describe, expect, it, vi } from 'vitest';
import type { Settings } from './types';
import {
  ApiError,
  TOKEN_HEADER,
  TOKEN_KEY,
  chooseTransport,
  createApi,
  httpTransport,
  takeToken,
  toApiError,
  wailsTransport,
  type Transport,
  type WailsGlobals,
} from './api';

function memoryStorage(init: Record<string, string> = {}) {
  const data = new Map(Object.entries(init));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    data,
  };
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('toApiError', () => {
  it.each([
    ['a {code, message} object', { code: 'not_found', message: 'no article 7' }, 'not_found', 'no article 7'],
    ['that object as JSON text', '{"code":"locked","message":"in use"}', 'locked', 'in use'],
    ['a plain string', 'boom', 'internal', 'boom'],
    ['text that only looks like JSON', '{oops', 'internal', '{oops'],
    ['an Error', new Error('kaput'), 'internal', 'kaput'],
    ['an Error carrying the JSON', new Error('{"code":"not_found","message":"no article 7"}'), 'not_found', 'no article 7'],
    ['an Error made from an object', new Error(String({ code: 'x', message: 'y' })), 'internal', 'Something went wrong.'],
    ['an object without a code', { message: 'x' }, 'internal', 'Something went wrong.'],
    ['undefined', undefined, 'internal', 'Something went wrong.'],
  ])('normalises %s', (_name, reason, code, message) => {
    const err = toApiError(reason);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toBeInstanceOf(Error);
    expect(err.code).toBe(code);
    expect(err.message).toBe(message);
  });

  it('returns an ApiError unchanged', () => {
    const err = new ApiError('bad_input', 'no');
    expect(toApiError(err)).toBe(err);
  });
});

describe('takeToken', () => {
  it('reads the token from the address, keeps it and removes it from the address bar', () => {
    const storage = memoryStorage();
    const replaceState = vi.fn();
    const tok = takeToken({
      location: { href: 'http://127.0.0.1:5000/?token=abc123&x=1#top' },
      sessionStorage: storage,
      history: { replaceState },
    });
    expect(tok).toBe('abc123');
    expect(storage.data.get(TOKEN_KEY)).toBe('abc123');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?x=1#top');
  });

  it('uses the kept token after a reload without it', () => {
    const storage = memoryStorage({ [TOKEN_KEY]: 'kept' });
    const replaceState = vi.fn();
    const tok = takeToken({ location: { href: 'http://127.0.0.1:5000/' }, sessionStorage: storage, history: { replaceState } });
    expect(tok).toBe('kept');
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('prefers a new token in the address over a kept one', () => {
    const storage = memoryStorage({ [TOKEN_KEY]: 'old' });
    expect(takeToken({ location: { href: 'http://h/?token=new' }, sessionStorage: storage })).toBe('new');
    expect(storage.data.get(TOKEN_KEY)).toBe('new');
  });

  it('returns null when there is no token anywhere', () => {
    expect(takeToken({ location: { href: 'http://h/' }, sessionStorage: memoryStorage() })).toBeNull();
  });

  it('still returns the token when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(takeToken({ location: { href: 'http://h/?token=t' }, sessionStorage: broken })).toBe('t');
    expect(takeToken({ location: { href: 'http://h/' }, sessionStorage: broken })).toBeNull();
  });
});

describe('chooseTransport', () => {
  const base = { location: { href: 'http://h/?token=t' }, sessionStorage: memoryStorage(), fetch: vi.fn() };

  it('uses the window bindings when Wails injected them', () => {
    const t = chooseTransport({ ...base, go: { app: {} } });
    expect(t.face).toBe('desktop');
  });

  it('uses HTTP without the bindings', () => {
    expect(chooseTransport({ ...base }).face).toBe('browser');
    expect(chooseTransport({ ...base, go: {} }).face).toBe('browser');
  });
});

describe('httpTransport', () => {
  it('posts the arguments as a JSON array with the token', async () => {
    const fetchFn = vi.fn(async () => jsonResponse(200, { id: 7, title: 'T', blocks: null }));
    const api = createApi(httpTransport('tok', fetchFn as unknown as typeof fetch));
    const a = await api.reader.open(7);
    expect(a.blocks).toEqual([]);
    expect(fetchFn).toHaveBeenCalledTimes(1);
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/Reader/Open');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('[7]');
    expect((init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('tok');
  });

  it('sends no token header without a token', async () => {
    const fetchFn = vi.fn(async () => jsonResponse(200, []));
    await createApi(httpTransport(null, fetchFn as unknown as typeof fetch)).library.list();
    const [, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.headers as Record<string, string>).not.toHaveProperty(TOKEN_HEADER);
  });

  it('wraps the files of ImportFiles in one argument', async () => {
    const fetchFn = vi.fn(async () => jsonResponse(200, { files: null, imported: 0, duplicates: 0, failed: 0 }));
    const api = createApi(httpTransport('t', fetchFn as unknown as typeof fetch));
    const rep = await api.library.importFiles([{ name: 'a.txt', data: 'aGk=' }]);
    expect(rep.files).toEqual([]);
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/Library/ImportFiles');
    expect(JSON.parse(init.body as string)).toEqual([[{ name: 'a.txt', data: 'aGk=' }]]);
  });

  it('turns an error body into an ApiError with its code', async () => {
    const fetchFn = vi.fn(async () => jsonResponse(404, { error: { code: 'not_found', message: 'no article 9' } }));
    const api = createApi(httpTransport('t', fetchFn as unknown as typeof fetch));
    await expect(api.reader.open(9)).rejects.toMatchObject({ name: 'ApiError', code: 'not_found', message: 'no article 9' });
  });

  it('turns an error without a JSON body into an internal ApiError', async () => {
    const fetchFn = vi.fn(async () => new Response('oops', { status: 502, statusText: 'Bad Gateway' }));
    const api = createApi(httpTransport('t', fetchFn as unknown as typeof fetch));
    await expect(api.library.list()).rejects.toMatchObject({ code: 'internal', message: 'The server answered 502 Bad Gateway.' });
  });

  it('says the server is gone when fetch fails', async () => {
    const fetchFn = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const api = createApi(httpTransport('t', fetchFn as unknown as typeof fetch));
    await expect(api.system.info()).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('has no events', () => {
    const api = createApi(httpTransport('t', vi.fn() as unknown as typeof fetch));
    const off = api.onLibraryChanged(() => {});
    expect(off).toBeTypeOf('function');
    off();
  });
});

describe('wailsTransport', () => {
  function fakeWindow(methods: Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>) {
    const listeners = new Map<string, (...d: unknown[]) => void>();
    const off = vi.fn();
    const w: WailsGlobals = {
      go: { app: methods },
      runtime: {
        EventsOn(name, cb) {
          listeners.set(name, cb);
          return off;
        },
      },
    };
    return { w, listeners, off };
  }

  it('calls the bound method with the arguments', async () => {
    const open = vi.fn(async (id: unknown) => ({ id, title: 'T', blocks: [] }));
    const { w } = fakeWindow({ Reader: { Open: open } });
    const api = createApi(wailsTransport(w));
    expect(api.face).toBe('desktop');
    await expect(api.reader.open(3)).resolves.toMatchObject({ id: 3 });
    expect(open).toHaveBeenCalledWith(3);
  });

  it('normalises a rejected {code, message}', async () => {
    const { w } = fakeWindow({ Library: { List: () => Promise.reject({ code: 'locked', message: 'in use' }) } });
    await expect(createApi(wailsTransport(w)).library.list()).rejects.toMatchObject({ name: 'ApiError', code: 'locked' });
  });

  // Wails 2.16's runtime (calls.js Callback) rejects with
  // `message.error instanceof Error ? message.error : new Error(message.error)`.
  const wailsReject = (error: unknown) => Promise.reject(error instanceof Error ? error : new Error(error as string));

  it('recovers the code from an ErrorFormatter that sends JSON text', async () => {
    const { w } = fakeWindow({ Reader: { Open: () => wailsReject('{"code":"not_found","message":"no article 9"}') } });
    await expect(createApi(wailsTransport(w)).reader.open(9)).rejects.toMatchObject({ code: 'not_found', message: 'no article 9' });
  });

  it('says something went wrong when Wails flattened an object to [object Object]', async () => {
    const { w } = fakeWindow({ Reader: { Open: () => wailsReject({ code: 'not_found', message: 'lost' }) } });
    await expect(createApi(wailsTransport(w)).reader.open(9)).rejects.toMatchObject({ code: 'internal', message: 'Something went wrong.' });
  });

  it('normalises a rejected string', async () => {
    const { w } = fakeWindow({ Library: { List: () => Promise.reject('database closed') } });
    await expect(createApi(wailsTransport(w)).library.list()).rejects.toMatchObject({
      code: 'internal',
      message: 'database closed',
    });
  });

  it('treats a null list as empty', async () => {
    const { w } = fakeWindow({ Library: { List: async () => null } });
    await expect(createApi(wailsTransport(w)).library.list()).resolves.toEqual([]);
  });

  it('says unsupported for a method the window does not bind', async () => {
    const { w } = fakeWindow({});
    await expect(createApi(wailsTransport(w)).library.importDialog()).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('delivers events and returns the unsubscribe function', () => {
    const { w, listeners, off } = fakeWindow({});
    const api = createApi(wailsTransport(w));
    const got: unknown[] = [];
    const stop = api.onProgress((p) => got.push(p));
    api.onImportDone((r) => got.push(r));
    listeners.get('import:progress')?.({ done: 1, total: 5, file: 'b.txt' });
    listeners.get('import:done')?.({ files: [{ file: 'a.txt', imported: 1, duplicates: 0, ids: null }], imported: 1, duplicates: 0, failed: 0 });
    expect(got).toEqual([
      { done: 1, total: 5, file: 'b.txt' },
      { files: [{ file: 'a.txt', imported: 1, duplicates: 0, updated: 0, ids: [] }], imported: 1, duplicates: 0, updated: 0, failed: 0 },
    ]);
    stop();
    expect(off).toHaveBeenCalledTimes(1);
  });
});

describe('the typed calls', () => {
  function recording(answer: (struct: string, method: string, args: unknown[]) => unknown) {
    const calls: [string, string, unknown[]][] = [];
    const t: Transport = {
      face: 'browser',
      call: async (struct, method, args) => (calls.push([struct, method, args]), answer(struct, method, args)),
      on: () => () => {},
    };
    return { api: createApi(t), calls };
  }

  it('sends each argument in order', async () => {
    const { api, calls } = recording(() => []);
    await api.library.setFlag([1, 2], 'archived', true);
    await api.library.addTags([3], ['syria']);
    await api.library.renameTag('a', 'b');
    await api.reader.setProgress(4, 0.5);
    await api.system.saveSettings({ theme: 'dark' } as Settings);
    expect(calls).toEqual([
      ['Library', 'SetFlag', [[1, 2], 'archived', true]],
      ['Library', 'AddTags', [[3], ['syria']]],
      ['Library', 'RenameTag', ['a', 'b']],
      ['Reader', 'SetProgress', [4, 0.5]],
      ['System', 'SaveSettings', [{ theme: 'dark' }]],
    ]);
  });

  it('fills null arrays of pages, counts, rows and checks', async () => {
    const { api } = recording((_, method) =>
      ({
        Query: { items: [{ id: 1, tags: null }], total: 1 },
        Counts: { all: 1, tags: null },
        Check: { ok: true, problems: null },
        Backups: null,
      })[method],
    );
    expect(await api.library.query({ view: 'all' })).toMatchObject({ items: [{ id: 1, tags: [], highlights: 0 }], total: 1 });
    expect(await api.library.counts()).toEqual({ all: 1, unread: 0, favourites: 0, archive: 0, trash: 0, tags: [], sources: [] });
    expect(await api.system.check()).toEqual({ ok: true, problems: [] });
    expect(await api.system.backups()).toEqual([]);
  });

  it('keeps a cancelled import cancelled', async () => {
    const { api } = recording(() => ({ files: null, imported: 1, cancelled: true }));
    expect(await api.library.importDialog()).toEqual({ files: [], imported: 1, duplicates: 0, updated: 0, failed: 0, cancelled: true });
  });
});
