// The Notes view: every highlight of the library, newest first, filtered
// by colour, tag, source and date, or only those needing review; searched
// by words of their quotes, notes and tags, best match first.

import { toApiError, type Api, type ApiError } from '../api';
import { Typeahead } from '../typeahead';
import type { Highlight, NotesQuery } from '../types';
import type { Notice } from './notice.svelte';

/** NOTES_PAGE is how many highlights one call brings. */
export const NOTES_PAGE = 100;
/** NOTES_SEARCH_DELAY gathers keys typed faster than this many ms into one search. */
export const NOTES_SEARCH_DELAY = 120;
/** NOTES_INDEXING_RETRY is how long to wait before searching again while the index is built. */
export const NOTES_INDEXING_RETRY = 700;

/** NotesFilter is what the Notes view's filters chose. */
export interface NotesFilter {
  /** A colour, or -1 for any. */
  color: number;
  tag: string;
  source: string;
  /** YYYY-MM-DD, both inclusive; empty for open. */
  from: string;
  to: string;
  orphans: boolean;
  /** Words searched in quotes, notes and tags; blank for none. */
  text: string;
}

export const NO_FILTER: NotesFilter = { color: -1, tag: '', source: '', from: '', to: '', orphans: false, text: '' };

/** dayAfter is the date after a YYYY-MM-DD date. */
export function dayAfter(d: string): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}

/** toQuery turns the filters into the API's query; "to" includes its day. */
export function toQuery(f: NotesFilter, offset = 0): NotesQuery {
  const q: NotesQuery = { color: f.color, offset, limit: NOTES_PAGE };
  if (f.tag.trim()) q.tag = f.tag.trim();
  if (f.source) q.source = f.source;
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.from)) q.after = f.from;
  if (/^\d{4}-\d{2}-\d{2}$/.test(f.to)) q.before = dayAfter(f.to);
  if (f.orphans) q.orphans = true;
  if (f.text.trim()) q.text = f.text;
  return q;
}

/** Notebook holds the Notes view. */
export class Notebook {
  /** The Notes view is showing instead of the list and the reader. */
  shown = $state(false);
  filter = $state<NotesFilter>({ ...NO_FILTER });
  items = $state.raw<Highlight[]>([]);
  total = $state(0);
  loading = $state(false);
  error = $state<ApiError | null>(null);
  /** How many highlights need review, library-wide. */
  review = $state(0);
  /** Tags seen on highlights, for the tag filter's suggestions. */
  tags = $state.raw<string[]>([]);
  /** The search index is still being built, so a search finds nothing yet. */
  indexing = $state(false);

  readonly #api: Api;
  readonly #notice: Notice;
  readonly #ahead: Typeahead<void>;
  #gen = 0;
  #retry: ReturnType<typeof setTimeout> | undefined;

  constructor(api: Api, notice: Notice, delay = NOTES_SEARCH_DELAY) {
    this.#api = api;
    this.#notice = notice;
    // show drops stale answers itself; the typeahead spares the requests.
    this.#ahead = new Typeahead<void>(
      (text) => this.#show({ ...this.filter, text }, false),
      () => {},
      () => {},
      delay,
    );
  }

  /** search shows text in the box at once and searches it once typing pauses. */
  search(text: string): void {
    this.filter = { ...this.filter, text };
    this.#ahead.set(text);
  }

  /** open shows the Notes view, optionally with other filters. */
  async open(f: Partial<NotesFilter> = {}): Promise<void> {
    this.shown = true;
    await this.show({ ...this.filter, ...f });
  }

  close(): void {
    this.shown = false;
    this.#ahead.cancel();
    clearTimeout(this.#retry);
  }

  /** show applies filters and loads the first page; a search still waiting is dropped. */
  async show(f: NotesFilter): Promise<void> {
    this.#ahead.cancel();
    await this.#show(f);
  }

  /** #show loads f; a search leaves the count of highlights to review alone. */
  async #show(f: NotesFilter, recount = true): Promise<void> {
    this.filter = f;
    const gen = ++this.#gen;
    clearTimeout(this.#retry);
    this.loading = true;
    try {
      const [page] = await Promise.all([this.#api.notes.all(toQuery(f)), recount ? this.counts() : undefined]);
      if (gen !== this.#gen) return;
      this.items = page.items;
      this.total = page.total;
      this.indexing = !!page.indexing;
      this.error = null;
      this.#learn(page.items);
      if (page.indexing) this.#retry = setTimeout(() => gen === this.#gen && void this.#show(this.filter), NOTES_INDEXING_RETRY);
    } catch (e) {
      if (gen === this.#gen) this.error = toApiError(e);
    } finally {
      if (gen === this.#gen) this.loading = false;
    }
  }

  /** more loads the next page. */
  async more(): Promise<void> {
    const gen = this.#gen;
    try {
      const page = await this.#api.notes.all(toQuery(this.filter, this.items.length));
      if (gen !== this.#gen) return;
      this.items = [...this.items, ...page.items];
      this.total = page.total;
      this.#learn(page.items);
    } catch (e) {
      this.error = toApiError(e);
    }
  }

  /** refresh reloads what is shown after a change. */
  async refresh(): Promise<void> {
    if (this.shown) await this.show(this.filter);
    else await this.counts();
  }

  /** counts learns how many highlights need review. */
  async counts(): Promise<void> {
    try {
      this.review = (await this.#api.notes.all({ color: -1, orphans: true, limit: 1 })).total;
    } catch {
      // The count is a hint; the list itself reports errors.
    }
  }

  /** remove deletes a highlight; the notice's Undo puts it back. */
  async remove(h: Highlight): Promise<void> {
    try {
      const gone = await this.#api.notes.delete(h.articleId, h.id);
      this.items = this.items.filter((x) => x.id !== h.id);
      this.total = Math.max(0, this.total - 1);
      if (h.orphan) this.review = Math.max(0, this.review - 1);
      this.#notice.show({
        text: 'Deleted the highlight',
        undo: async () => {
          try {
            await this.#api.notes.undelete(gone);
          } catch (e) {
            this.#notice.show({ text: toApiError(e).message, error: true });
          }
          await this.refresh();
        },
      });
    } catch (e) {
      this.#notice.show({ text: toApiError(e).message, error: true });
    }
  }

  #learn(items: Highlight[]): void {
    const all = new Set(this.tags);
    for (const h of items) for (const t of h.tags) all.add(t);
    if (all.size !== this.tags.length) this.tags = [...all].sort((a, b) => a.localeCompare(b));
  }
}
