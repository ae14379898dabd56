// The article list: one filter and order, loaded a page at a time.
//
// The list knows how many articles match (total) and keeps only the pages
// it was asked for, so a library of 100,000 articles costs a few pages of
// memory and the scroll bar is right from the start. The cursor is an index
// into the whole list; the selection is a set of article ids.

import { ApiError, toApiError, type Api } from '../api';
import type { ArticleSummary, Query, Sort, View } from '../types';

/** PAGE is the number of rows one Query call brings. */
export const PAGE = 100;

/** Filter is what the sidebar chose: a view, narrowed by a tag or a source. */
export interface Filter {
  view: View;
  tag?: string;
  source?: string;
}

type Pages = Readonly<Record<number, ArticleSummary[]>>;

/** sameFilter tells whether two filters show the same articles. */
export function sameFilter(a: Filter, b: Filter): boolean {
  return a.view === b.view && (a.tag ?? '') === (b.tag ?? '') && (a.source ?? '') === (b.source ?? '');
}

/** Library holds the rows of the list, its cursor and its selection. */
export class Library {
  filter = $state<Filter>({ view: 'all' });
  sort = $state<Sort>('added');
  reverse = $state(false);
  /** The number of articles matching the filter. */
  total = $state(0);
  /** False until the first page has arrived, so the empty state does not flash. */
  loaded = $state(false);
  error = $state<ApiError | null>(null);
  /** The index of the row the keyboard is on, or -1. */
  cursor = $state(-1);
  /** The ids of the selected rows. */
  selection = $state.raw<ReadonlySet<number>>(new Set());

  #pages = $state.raw<Pages>({});
  #api: Api;
  /** Bumped by every new query, so late pages of an old one are dropped. */
  #gen = 0;
  #pending = new Map<number, Promise<void>>();
  /** The rows the list showed last, to reload them after a change. */
  #seen: [number, number] = [0, 0];
  #anchor = -1;

  constructor(api: Api) {
    this.#api = api;
  }

  /** item is the row at an index, if its page is loaded. */
  item(i: number): ArticleSummary | undefined {
    return this.#pages[Math.floor(i / PAGE)]?.[i % PAGE];
  }

  /** The row the cursor is on. */
  get current(): ArticleSummary | undefined {
    return this.item(this.cursor);
  }

  /** indexOf finds a loaded article's index, or -1. */
  indexOf(id: number): number {
    for (const [p, rows] of Object.entries(this.#pages)) {
      const i = rows.findIndex((a) => a.id === id);
      if (i >= 0) return Number(p) * PAGE + i;
    }
    return -1;
  }

  /** find returns a loaded article by id. */
  find(id: number): ArticleSummary | undefined {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.item(i);
  }

  #query(page: number): Query {
    const q: Query = { view: this.filter.view, sort: this.sort, offset: page * PAGE, limit: PAGE };
    if (this.filter.tag) q.tag = this.filter.tag;
    if (this.filter.source) q.source = this.filter.source;
    if (this.reverse) q.reverse = true;
    return q;
  }

  async #fetch(pages: number[]): Promise<{ pages: Record<number, ArticleSummary[]>; total: number } | null> {
    const gen = this.#gen;
    const got = await Promise.all(pages.map((p) => this.#api.library.query(this.#query(p))));
    if (gen !== this.#gen) return null;
    const out: Record<number, ArticleSummary[]> = {};
    pages.forEach((p, i) => (out[p] = got[i]!.items));
    return { pages: out, total: got[got.length - 1]?.total ?? 0 };
  }

  /** load starts the list over: the first page of the current filter and order. */
  async load(): Promise<void> {
    this.#gen++;
    this.#pending.clear();
    this.#seen = [0, 0];
    try {
      const got = await this.#fetch([0]);
      if (!got) return;
      this.#pages = got.pages;
      this.total = got.total;
      this.cursor = got.total > 0 ? 0 : -1;
      this.error = null;
    } catch (e) {
      this.error = toApiError(e);
    } finally {
      this.loaded = true;
    }
  }

  /** ensure loads the pages that hold rows from..to (inclusive). */
  async ensure(from: number, to: number): Promise<void> {
    this.#seen = [from, to];
    const last = Math.min(to, this.total - 1);
    const waits: Promise<void>[] = [];
    for (let p = Math.floor(Math.max(0, from) / PAGE); p <= Math.floor(last / PAGE); p++) {
      if (this.#pages[p]) continue;
      let wait = this.#pending.get(p);
      if (!wait) {
        wait = this.#loadPage(p);
        this.#pending.set(p, wait);
      }
      waits.push(wait);
    }
    await Promise.all(waits);
  }

  async #loadPage(p: number): Promise<void> {
    try {
      const got = await this.#fetch([p]);
      if (!got) return;
      this.#pages = { ...this.#pages, ...got.pages };
      this.total = got.total;
    } catch (e) {
      this.error = toApiError(e);
    } finally {
      this.#pending.delete(p);
    }
  }

  /**
   * refresh reloads the rows in sight after a change, in one swap so that
   * nothing flickers. The cursor stays on its article while it is still in
   * the list, else on the row that took its place.
   */
  async refresh(): Promise<void> {
    const keep = this.current?.id;
    const pages = new Set<number>();
    const [from, to] = this.#seen;
    for (const i of [from, to, this.cursor]) if (i >= 0) pages.add(Math.floor(i / PAGE));
    for (let p = Math.floor(from / PAGE); p <= Math.floor(to / PAGE); p++) pages.add(p);
    if (pages.size === 0) pages.add(0);
    this.#gen++;
    this.#pending.clear();
    try {
      const got = await this.#fetch([...pages].sort((a, b) => a - b));
      if (!got) return;
      this.#pages = got.pages;
      this.total = got.total;
      this.error = null;
      const at = keep === undefined ? -1 : this.indexOf(keep);
      this.cursor = at >= 0 ? at : Math.min(Math.max(this.cursor, 0), this.total - 1);
      const live = new Set(Object.values(got.pages).flatMap((rows) => rows.map((a) => a.id)));
      if ([...this.selection].some((id) => !live.has(id))) {
        this.selection = new Set([...this.selection].filter((id) => live.has(id)));
      }
    } catch (e) {
      this.error = toApiError(e);
    } finally {
      this.loaded = true;
    }
  }

  /** show changes the filter and starts the list over. */
  async show(filter: Filter): Promise<void> {
    this.filter = filter;
    this.selection = new Set();
    await this.load();
  }

  /** order changes the order and starts the list over. */
  async order(sort: Sort, reverse: boolean): Promise<void> {
    this.sort = sort;
    this.reverse = reverse;
    await this.load();
  }

  /** patch puts changed rows in place without reloading, e.g. new progress. */
  patch(rows: ArticleSummary[]): void {
    const byId = new Map(rows.map((a) => [a.id, a]));
    let changed = false;
    const next: Record<number, ArticleSummary[]> = {};
    for (const [p, items] of Object.entries(this.#pages)) {
      next[Number(p)] = items.map((a) => {
        const b = byId.get(a.id);
        if (!b) return a;
        changed = true;
        return b;
      });
    }
    if (changed) this.#pages = next;
  }

  /** move moves the cursor by delta rows, stopping at either end. */
  move(delta: number): void {
    if (this.total === 0) return;
    const from = this.cursor < 0 ? 0 : this.cursor;
    this.moveTo(from + delta);
  }

  /** moveTo puts the cursor on a row, loading it if needed. */
  moveTo(i: number): void {
    if (this.total === 0) return;
    this.cursor = Math.min(this.total - 1, Math.max(0, i));
    if (!this.current) void this.ensure(this.cursor, this.cursor);
  }

  /** toggle adds a row to the selection or takes it out. */
  toggle(i: number): void {
    const a = this.item(i);
    if (!a) return;
    const next = new Set(this.selection);
    if (!next.delete(a.id)) next.add(a.id);
    this.selection = next;
    this.#anchor = i;
  }

  /** extend selects the loaded rows from the last toggled row to i. */
  extend(i: number): void {
    const from = this.#anchor < 0 ? i : this.#anchor;
    const next = new Set(this.selection);
    for (let j = Math.min(from, i); j <= Math.max(from, i); j++) {
      const a = this.item(j);
      if (a) next.add(a.id);
    }
    this.selection = next;
    this.#anchor = from;
  }

  clearSelection(): void {
    if (this.selection.size > 0) this.selection = new Set();
    this.#anchor = -1;
  }
}
