// The highlights of the open article: made, coloured, noted, tagged,
// moved and deleted (with undo), and which one the reader is looking at.

import { toApiError, type Api } from '../api';
import { debounce } from '../debounce';
import { placed as inText } from '../highlights';
import type { Span } from '../offsets';
import type { Highlight, HighlightEdit } from '../types';
import type { Notice } from './notice.svelte';

/** NOTE_SAVE_DELAY is how long a highlight's note waits for more typing. */
export const NOTE_SAVE_DELAY = 600;

/** Focus is what the highlight's card puts the keyboard on when it opens. */
export type Focus = 'card' | 'note' | 'tags';

const edit = (h: Highlight): HighlightEdit => ({ color: h.color, note: h.note, tags: h.tags });

/** Annotating holds the open article's highlights. */
export class Annotating {
  articleId = $state<number | null>(null);
  list = $state.raw<Highlight[]>([]);
  /** Highlights with a place in the text, outermost first, for painting. */
  placed = $derived(inText(this.list));
  /** Highlights that lost their place when the article changed. */
  orphans = $derived(this.list.filter((h) => h.orphan));
  loaded = $state(false);
  /** The highlight whose card is open. */
  selected = $state<number | null>(null);
  focus = $state<Focus>('card');
  /** The highlight waiting for the reader to select its new text. */
  moving = $state<Highlight | null>(null);
  /** A highlight to scroll to and flash once it is painted; seq tells repeats apart. */
  reveal = $state<{ id: number; seq: number } | null>(null);
  /** The colour h and the toolbar's first button use. */
  colour = $state(0);

  readonly #api: Api;
  readonly #notice: Notice;
  readonly #changed: (articleId: number) => void;
  #seq = 0;
  #reveals = 0;

  /** Bumped by every load that arrives, so the reader can time its paint. */
  loads = $state(0);

  readonly #saveNote = debounce(async (articleId: number, id: number, e: HighlightEdit) => {
    await this.#put(articleId, id, e);
  }, NOTE_SAVE_DELAY);

  /** changed is told of every change, to refresh the article's row in the list. */
  constructor(api: Api, notice: Notice, changed: (articleId: number) => void = () => {}) {
    this.#api = api;
    this.#notice = notice;
    this.#changed = changed;
  }

  #key = '';
  #following: Promise<void> = Promise.resolve();

  /**
   * follow loads the highlights of the article the reader shows, once per
   * article and version; callers that ask again wait for the same load.
   */
  follow(articleId: number | null, version = 0): Promise<void> {
    const key = articleId === null ? '' : `${articleId}:${version}`;
    if (key !== this.#key) {
      this.#key = key;
      this.#following = this.load(articleId);
    }
    return this.#following;
  }

  /** load fetches an article's highlights; a later load wins. */
  async load(articleId: number | null): Promise<void> {
    // A note still being typed is saved to its own article.
    const saving = this.flush();
    const seq = ++this.#seq;
    if (articleId !== this.articleId) {
      // Another article's highlights must never be painted on this one.
      this.list = [];
      this.loaded = false;
      this.selected = null;
      this.moving = null;
    }
    this.articleId = articleId;
    if (articleId === null) return;
    await saving;
    try {
      const list = await this.#api.notes.forArticle(articleId);
      if (seq !== this.#seq) return;
      if (typeof performance !== 'undefined') performance.mark('gloss:highlights-loaded');
      this.list = list;
      this.loaded = true;
      this.loads++;
    } catch (e) {
      if (seq === this.#seq) this.#fail(e);
    }
  }

  byId(id: number | null): Highlight | undefined {
    return id === null ? undefined : this.list.find((h) => h.id === id);
  }

  #fail(e: unknown): void {
    this.#notice.show({ text: toApiError(e).message, error: true });
  }

  #replace(h: Highlight): void {
    const others = this.list.filter((x) => x.id !== h.id);
    this.list = [...others, h].sort((a, b) => Number(a.orphan) - Number(b.orphan) || a.start - b.start || a.id - b.id);
  }

  /** create highlights a span of the open article. */
  async create(span: Span, over: Partial<HighlightEdit> = {}): Promise<Highlight | null> {
    const id = this.articleId;
    if (id === null) return null;
    const color = over.color ?? this.colour;
    try {
      const h = await this.#api.notes.create(id, span.start, span.end, { color, note: over.note ?? '', tags: over.tags ?? [] });
      if (this.articleId !== id) return null;
      this.colour = color;
      this.#replace(h);
      this.#changed(id);
      return h;
    } catch (e) {
      this.#fail(e);
      return null;
    }
  }

  async #put(articleId: number, id: number, e: HighlightEdit): Promise<Highlight | null> {
    try {
      const h = await this.#api.notes.update(articleId, id, e);
      if (this.articleId === articleId) {
        // Keep a note typed while this was on its way.
        const now = this.byId(id);
        this.#replace(now && this.#saveNote.pending ? { ...h, note: now.note } : h);
      }
      return h;
    } catch (e) {
      this.#fail(e);
      return null;
    }
  }

  /** update changes a highlight's colour or tags now. */
  async update(id: number, patch: Partial<HighlightEdit>): Promise<void> {
    const h = this.byId(id);
    const article = this.articleId;
    if (!h || article === null) return;
    const next = { ...h, ...patch };
    this.#replace(next);
    if (patch.color !== undefined) this.colour = patch.color;
    await this.#saveNote.flush();
    await this.#put(article, id, edit(next));
  }

  /** editNote changes a highlight's note; it is saved when typing pauses. */
  editNote(id: number, note: string): void {
    const h = this.byId(id);
    if (!h || this.articleId === null) return;
    this.#replace({ ...h, note });
    this.#saveNote(this.articleId, id, edit({ ...h, note }));
  }

  /** resize gives a highlight a new extent, or a place again to an orphan. */
  async resize(id: number, span: Span): Promise<boolean> {
    const article = this.articleId;
    if (article === null) return false;
    try {
      await this.#saveNote.flush();
      const h = await this.#api.notes.resize(article, id, span.start, span.end);
      if (this.articleId === article) this.#replace(h);
      this.moving = null;
      return true;
    } catch (e) {
      this.#fail(e);
      return false;
    }
  }

  /** remove deletes a highlight; the notice's Undo puts it back. */
  async remove(id: number): Promise<void> {
    const article = this.articleId;
    if (article === null) return;
    this.#saveNote.cancel();
    try {
      const gone = await this.#api.notes.delete(article, id);
      if (this.articleId === article) this.list = this.list.filter((h) => h.id !== id);
      if (this.selected === id) this.selected = null;
      if (this.moving?.id === id) this.moving = null;
      this.#changed(article);
      const what = gone.note.trim() ? 'Deleted the highlight and its note' : 'Deleted the highlight';
      this.#notice.show({ text: what, undo: () => this.undelete(gone) });
    } catch (e) {
      this.#fail(e);
    }
  }

  /** undelete puts back a deleted highlight. */
  async undelete(h: Highlight): Promise<void> {
    try {
      const back = await this.#api.notes.undelete(h);
      if (this.articleId === back.articleId) this.#replace(back);
      this.#changed(back.articleId);
      this.#notice.show({ text: back.orphan ? 'Restored the highlight; it needs a new place in the text' : 'Restored the highlight' });
    } catch (e) {
      this.#fail(e);
    }
  }

  /** select opens a highlight's card, or closes it with null. */
  select(id: number | null, focus: Focus = 'card'): void {
    if (this.selected !== null && this.selected !== id) void this.#saveNote.flush();
    this.selected = id;
    this.focus = focus;
  }

  /** show scrolls to a highlight, flashes it and opens its card. */
  show(id: number, focus: Focus = 'card'): void {
    this.select(id, focus);
    this.reveal = { id, seq: ++this.#reveals };
  }

  /** move waits for the reader to select a highlight's new text; null stops. */
  move(h: Highlight | null): void {
    this.moving = h;
    if (h) this.selected = null;
  }

  /** flush saves a note being typed now. */
  async flush(): Promise<void> {
    await this.#saveNote.flush();
  }
}
