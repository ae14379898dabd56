// Searching the library from the palette, and the passage the reader is
// asked to show when a result or a gloss:// link is opened.

import { toApiError, type Api, type ApiError } from '../api';
import { matchedSpans, passageOf, type Span } from '../snippet';
import { Typeahead } from '../typeahead';
import type { ArticleLink, SearchHit, SearchResult, SearchResults } from '../types';

/** SEARCH_DELAY gathers keys typed faster than this many ms into one search. */
export const SEARCH_DELAY = 80;
/** SEARCH_LIMIT is how many articles the palette asks for. */
export const SEARCH_LIMIT = 30;
/** INDEXING_RETRY is how long to wait before asking again while the index is built. */
export const INDEXING_RETRY = 700;

/** Target is a passage of an article for the reader to scroll to and mark. */
export interface Target {
  id: number;
  passage: Span;
  /** The matched words inside the passage, marked more strongly. */
  words: Span[];
}

/** HighlightsOf lists the highlights of an article, with their places. */
export type HighlightsOf = (articleId: number) => Promise<{ id: number; start: number; end: number; orphan: boolean }[]>;

/** Searching holds the palette's query and the answer to it. */
export class Searching {
  /** The text in the search field. */
  query = $state('');
  /** The answer to `answered`, which may lag behind `query` while typing. */
  results = $state.raw<SearchResult[]>([]);
  answered = $state('');
  /** The index is still being built; the search is asked again shortly. */
  indexing = $state(false);
  error = $state<ApiError | null>(null);
  /** What the reader should show next; it acts when the article is open. */
  target = $state.raw<Target | null>(null);

  readonly #api: Api;
  readonly #highlights: HighlightsOf | undefined;
  readonly #ahead: Typeahead<SearchResults>;
  #retry: ReturnType<typeof setTimeout> | undefined;
  // Counts the passages asked for, so a slow highlight lookup cannot
  // replace the one asked for after it.
  #asked = 0;

  /** highlights lists an article's highlights, for links that name one. */
  constructor(api: Api, highlights?: HighlightsOf, delay = SEARCH_DELAY) {
    this.#api = api;
    this.#highlights = highlights;
    this.#ahead = new Typeahead(
      (q) => this.#api.search.query(q, SEARCH_LIMIT),
      (q, r) => this.#answer(q, r),
      (_q, e) => (this.error = toApiError(e)),
      delay,
    );
  }

  /** type changes the query; it is searched as the user types. */
  type(q: string): void {
    this.query = q;
    clearTimeout(this.#retry);
    const t = q.trim();
    if (t === '') {
      this.#ahead.cancel();
      this.results = [];
      this.answered = '';
      this.indexing = false;
      this.error = null;
      return;
    }
    this.#ahead.set(t);
  }

  #answer(q: string, r: SearchResults): void {
    this.results = r.results;
    this.answered = q;
    this.indexing = r.indexing;
    this.error = null;
    if (r.indexing) {
      this.#retry = setTimeout(() => {
        if (this.query.trim() === q) this.#ahead.set(q);
      }, INDEXING_RETRY);
    }
  }

  /**
   * show asks the reader to show a hit of article id once it is open;
   * without a hit, or for a hit with no place in the text, the article
   * opens where it was left.
   */
  show(id: number, hit?: SearchHit): void {
    this.#asked++;
    const passage = hit ? passageOf(hit) : null;
    this.target = hit && passage ? { id, passage, words: matchedSpans(hit) } : null;
    // A note or a tag on a highlight is shown at its highlight.
    if (!passage && (hit?.kind === 'note' || hit?.kind === 'tag') && hit.highlightId) void this.#toHighlight(id, Number(hit.highlightId));
  }

  /** reveal asks the reader to show [start, end) of article id. */
  reveal(id: number, passage: Span): void {
    this.#asked++;
    this.target = { id, passage, words: [] };
  }

  /** forget drops the target, once shown or when another article opens. */
  forget(): void {
    this.target = null;
  }

  /**
   * linked prepares the reader for a gloss://article/ID#HIGHLIGHT link:
   * the highlight, found among the article's, becomes the target. A link
   * to a highlight that is gone, or lost its place, just opens the article.
   */
  async linked(link: ArticleLink): Promise<void> {
    this.#asked++;
    this.target = null;
    if (link.highlight !== undefined) await this.#toHighlight(link.id, link.highlight);
  }

  async #toHighlight(id: number, highlight: number): Promise<void> {
    if (!this.#highlights || !Number.isSafeInteger(highlight)) return;
    const asked = this.#asked;
    try {
      const list = await this.#highlights(id);
      const h = list.find((x) => x.id === highlight && !x.orphan);
      if (h && asked === this.#asked) this.reveal(id, { start: h.start, end: h.end });
    } catch {
      // The article still opens; it says itself if it is gone.
    }
  }
}
