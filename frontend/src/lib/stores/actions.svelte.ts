// What the reader does to articles: flags, tags, trash. Every action is
// followed by fresh rows and counts, and says what it did.

import { toApiError, type Api } from '../api';
import type { ArticleState, ArticleSummary, Flag } from '../types';
import type { Counts } from './counts.svelte';
import type { Library } from './library.svelte';
import type { Notice } from './notice.svelte';
import type { Reading } from './reading.svelte';

/** articles says "1 article" or "3 articles". */
export function articles(n: number): string {
  return n === 1 ? '1 article' : `${n} articles`;
}

const FLAG_KEY = { favourite: 'favourite', archived: 'archived', read: 'read' } as const satisfies Record<Flag, keyof ArticleState>;

/** Actions change articles and keep the list, the counts and the reader current. */
export class Actions {
  readonly #api: Api;
  readonly #library: Library;
  readonly #counts: Counts;
  readonly #reading: Reading;
  readonly #notice: Notice;

  constructor(api: Api, s: { library: Library; counts: Counts; reading: Reading; notice: Notice }) {
    this.#api = api;
    this.#library = s.library;
    this.#counts = s.counts;
    this.#reading = s.reading;
    this.#notice = s.notice;
  }

  /** stateOf is what is known of an article: its list row or the open article. */
  stateOf(id: number): ArticleState | undefined {
    const open = this.#reading.article;
    return open?.id === id ? open : this.#library.find(id);
  }

  /** refresh reloads the list and the counts after a change. */
  async refresh(rows: ArticleSummary[] = []): Promise<void> {
    this.#reading.patch(rows);
    await Promise.all([this.#library.refresh(), this.#counts.refresh()]);
  }

  async #run<T>(work: () => Promise<T>, after: (v: T) => Promise<void> | void): Promise<boolean> {
    try {
      const v = await work();
      await after(v);
      return true;
    } catch (e) {
      this.#notice.show({ text: toApiError(e).message, error: true });
      return false;
    }
  }

  /** setFlag sets or clears a flag; archiving says so and can be undone. */
  async setFlag(ids: number[], flag: Flag, on: boolean): Promise<void> {
    if (ids.length === 0) return;
    await this.#run(
      () => this.#api.library.setFlag(ids, flag, on),
      async (rows) => {
        await this.refresh(rows);
        if (flag === 'archived' || ids.length > 1) {
          const what = { favourite: on ? 'Added to favourites' : 'Removed from favourites', archived: on ? 'Archived' : 'Moved out of the archive', read: on ? 'Marked as read' : 'Marked as unread' }[flag];
          this.#notice.show({ text: `${what}: ${articles(ids.length)}`, undo: () => this.setFlag(ids, flag, !on) });
        }
      },
    );
  }

  /** toggle sets a flag on all, unless all have it already: then it clears it. */
  async toggle(ids: number[], flag: Flag): Promise<void> {
    const all = ids.length > 0 && ids.every((id) => this.stateOf(id)?.[FLAG_KEY[flag]] === true);
    await this.setFlag(ids, flag, !all);
  }

  /** trash moves articles to the trash; Undo restores them. */
  async trash(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#run(
      () => this.#api.library.trash(ids),
      async (rows) => {
        await this.refresh(rows);
        this.#notice.show({ text: `Moved ${articles(ids.length)} to the trash`, undo: () => this.restore(ids) });
      },
    );
  }

  /** restore takes articles out of the trash; the cursor goes back to a lone one. */
  async restore(ids: number[]): Promise<void> {
    if (ids.length === 0) return;
    await this.#run(
      () => this.#api.library.restore(ids),
      async (rows) => {
        await this.refresh(rows);
        const at = ids.length === 1 ? this.#library.indexOf(ids[0]!) : -1;
        if (at >= 0) this.#library.cursor = at;
        this.#notice.show({ text: `Restored ${articles(ids.length)}` });
      },
    );
  }

  /** trashOrRestore restores articles that are all in the trash, else trashes them. */
  async trashOrRestore(ids: number[]): Promise<void> {
    const all = ids.length > 0 && ids.every((id) => this.stateOf(id)?.trashed === true);
    await (all ? this.restore(ids) : this.trash(ids));
  }

  /** emptyTrash deletes what is in the trash for good. */
  async emptyTrash(): Promise<void> {
    await this.#run(
      () => this.#api.library.emptyTrash(),
      async (n) => {
        const open = this.#reading.article;
        if (open?.trashed) await this.#reading.close();
        await this.refresh();
        this.#notice.show({ text: `Deleted ${articles(n)} for good` });
      },
    );
  }

  async addTags(ids: number[], tags: string[]): Promise<boolean> {
    if (ids.length === 0 || tags.length === 0) return true;
    return this.#run(
      () => this.#api.library.addTags(ids, tags),
      async (rows) => {
        await this.refresh(rows);
        if (ids.length > 1) this.#notice.show({ text: `Tagged ${articles(ids.length)}` });
      },
    );
  }

  async removeTags(ids: number[], tags: string[]): Promise<boolean> {
    if (ids.length === 0 || tags.length === 0) return true;
    return this.#run(
      () => this.#api.library.removeTags(ids, tags),
      (rows) => this.refresh(rows),
    );
  }

  /** renameTag renames a tag everywhere, or merges it into an existing one. */
  async renameTag(from: string, to: string): Promise<boolean> {
    return this.#run(
      () => this.#api.library.renameTag(from, to),
      async (n) => {
        if (this.#library.filter.tag === from) await this.#library.show({ ...this.#library.filter, tag: to.trim() });
        await this.#reopenTags();
        this.#notice.show({ text: `Renamed “${from}” to “${to.trim()}” on ${articles(n)}` });
      },
    );
  }

  /** deleteTag takes a tag off every article. */
  async deleteTag(tag: string): Promise<boolean> {
    return this.#run(
      () => this.#api.library.deleteTag(tag),
      async (n) => {
        if (this.#library.filter.tag === tag) await this.#library.show({ view: this.#library.filter.view });
        await this.#reopenTags();
        this.#notice.show({ text: `Deleted the tag “${tag}” from ${articles(n)}` });
      },
    );
  }

  // A tag changed on articles the call did not name: reread the open one's.
  async #reopenTags(): Promise<void> {
    await this.refresh();
    const open = this.#reading.article;
    if (open) this.#reading.patch([await this.#api.reader.open(open.id)]);
  }
}
