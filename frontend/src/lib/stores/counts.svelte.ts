// The numbers beside the sidebar's filters.

import { toApiError, type Api, type ApiError } from '../api';
import type { Counts as CountsData } from '../types';

const NONE: CountsData = { all: 0, unread: 0, favourites: 0, archive: 0, trash: 0, tags: [], sources: [] };

/** Counts holds the library's counts per view, tag and source. */
export class Counts {
  value = $state.raw<CountsData>(NONE);
  error = $state<ApiError | null>(null);

  readonly #api: Api;

  constructor(api: Api) {
    this.#api = api;
  }

  async refresh(): Promise<void> {
    try {
      this.value = await this.#api.library.counts();
      this.error = null;
    } catch (e) {
      this.error = toApiError(e);
    }
  }

  /** tags are the names of all tags, for suggestions. */
  get tags(): string[] {
    return this.value.tags.map((t) => t.name);
  }
}
