// The library list and the keyboard cursor that moves in it.

import { ApiError, toApiError, type Api } from '../api';
import { byNewestAdded } from '../format';
import type { ArticleSummary } from '../types';

/** Library holds the articles of the list, newest added first. */
export class Library {
  items = $state<ArticleSummary[]>([]);
  /** False until the first list has arrived, so the empty state does not flash. */
  loaded = $state(false);
  error = $state<ApiError | null>(null);
  /** The id of the row the keyboard is on. */
  cursor = $state<number | null>(null);

  readonly #api: Api;

  constructor(api: Api) {
    this.#api = api;
  }

  /** refresh reloads the list, keeping the cursor on the same article. */
  async refresh(): Promise<void> {
    try {
      const items = await this.#api.library.list();
      this.items = [...items].sort(byNewestAdded);
      this.error = null;
      if (!this.items.some((a) => a.id === this.cursor)) {
        this.cursor = this.items[0]?.id ?? null;
      }
    } catch (e) {
      this.error = toApiError(e);
    } finally {
      this.loaded = true;
    }
  }

  /** index is the position of the cursor, or -1. */
  get index(): number {
    return this.items.findIndex((a) => a.id === this.cursor);
  }

  /** move moves the cursor by delta rows, stopping at either end. */
  move(delta: number): void {
    if (this.items.length === 0) return;
    const from = this.index < 0 ? 0 : this.index;
    const to = Math.min(this.items.length - 1, Math.max(0, from + delta));
    this.cursor = this.items[to]?.id ?? null;
  }

  /** moveTo puts the cursor on the first or the last row. */
  moveTo(end: 'first' | 'last'): void {
    const a = end === 'first' ? this.items[0] : this.items[this.items.length - 1];
    this.cursor = a?.id ?? null;
  }
}
