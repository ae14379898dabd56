// The article open in the reader, how far it has been read, and its note.

import { ApiError, toApiError, type Api } from '../api';
import { debounce } from '../debounce';
import type { ArticleState, ArticleSummary, ArticleView } from '../types';

/** PROGRESS_DELAY and NOTE_DELAY are how long the reader pauses before a save. */
export const PROGRESS_DELAY = 800;
export const NOTE_DELAY = 700;

/** SaveState is what the note's status line says. */
export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** Reading holds the open article; a later open wins over an earlier one. */
export class Reading {
  article = $state<ArticleView | null>(null);
  /** The id asked for last, shown as current in the list while it loads. */
  openId = $state<number | null>(null);
  loading = $state(false);
  error = $state<ApiError | null>(null);
  /** How far down the article the reader is, 0 to 1, as it scrolls. */
  progress = $state(0);
  noteState = $state<SaveState>('idle');

  readonly #api: Api;
  readonly #saved: (row: ArticleSummary) => void;
  #seq = 0;

  readonly #saveProgress = debounce(async (id: number, p: number) => {
    try {
      this.#saved(await this.#api.reader.setProgress(id, p));
    } catch {
      // Progress is a convenience; the next scroll tries again.
    }
  }, PROGRESS_DELAY);

  readonly #saveNote = debounce(async (id: number, note: string) => {
    this.noteState = 'saving';
    try {
      this.#saved(await this.#api.reader.setNote(id, note));
      this.noteState = 'saved';
    } catch (e) {
      this.noteState = 'error';
      this.error = toApiError(e);
    }
  }, NOTE_DELAY);

  /** saved receives the list row of every change, to keep the list current. */
  constructor(api: Api, saved: (row: ArticleSummary) => void = () => {}) {
    this.#api = api;
    this.#saved = saved;
  }

  /** open loads an article into the reader, first saving what is pending. */
  async open(id: number): Promise<void> {
    const seq = ++this.#seq;
    this.openId = id;
    this.loading = true;
    try {
      await this.flush();
      if (seq !== this.#seq) return;
      const article = await this.#api.reader.open(id);
      if (seq !== this.#seq) return;
      this.article = article;
      this.progress = article.progress;
      this.noteState = 'idle';
      this.error = null;
    } catch (e) {
      if (seq !== this.#seq) return;
      this.article = null;
      this.error = toApiError(e);
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }

  /** close empties the reader. */
  async close(): Promise<void> {
    await this.flush();
    this.#seq++;
    this.article = null;
    this.openId = null;
    this.loading = false;
    this.error = null;
  }

  /** scrolled records the reading position; it is saved when scrolling pauses. */
  scrolled(p: number): void {
    const a = this.article;
    if (!a) return;
    const clamped = Math.min(1, Math.max(0, Math.round(p * 1000) / 1000));
    if (Math.abs(clamped - this.progress) < 0.001) return;
    this.progress = clamped;
    this.#saveProgress(a.id, clamped);
  }

  /** editNote changes the open article's note; it is saved when typing pauses. */
  editNote(note: string): void {
    const a = this.article;
    if (!a) return;
    a.note = note;
    this.noteState = 'saving';
    this.#saveNote(a.id, note);
  }

  /** flush saves pending progress and note now. */
  async flush(): Promise<void> {
    await Promise.all([this.#saveProgress.flush(), this.#saveNote.flush()]);
  }

  /** patch takes new flags and tags of the open article from a list row. */
  patch(rows: Pick<ArticleSummary, 'id' | keyof ArticleState>[]): void {
    const a = this.article;
    const row = a && rows.find((r) => r.id === a.id);
    if (!a || !row) return;
    a.tags = row.tags;
    a.favourite = row.favourite;
    a.archived = row.archived;
    a.read = row.read;
    a.trashed = row.trashed;
  }
}
