// The article open in the reader.

import { ApiError, toApiError, type Api } from '../api';
import type { ArticleView } from '../types';

/** Reading holds the open article; a later open wins over an earlier one. */
export class Reading {
  article = $state<ArticleView | null>(null);
  /** The id asked for last, shown as current in the list while it loads. */
  openId = $state<number | null>(null);
  loading = $state(false);
  error = $state<ApiError | null>(null);

  readonly #api: Api;
  #seq = 0;

  constructor(api: Api) {
    this.#api = api;
  }

  /** open loads an article into the reader. */
  async open(id: number): Promise<void> {
    const seq = ++this.#seq;
    this.openId = id;
    this.loading = true;
    try {
      const article = await this.#api.reader.open(id);
      if (seq !== this.#seq) return;
      this.article = article;
      this.error = null;
    } catch (e) {
      if (seq !== this.#seq) return;
      this.article = null;
      this.error = toApiError(e);
    } finally {
      if (seq === this.#seq) this.loading = false;
    }
  }
}
