// Building the stores of one window, wired to each other.

import type { Api } from '../api';
import { Actions } from './actions.svelte';
import { Annotating } from './annotating.svelte';
import { Counts } from './counts.svelte';
import { Importing, firstId } from './importing.svelte';
import { Library } from './library.svelte';
import { Notebook } from './notebook.svelte';
import { Notice } from './notice.svelte';
import { Preferences } from './preferences.svelte';
import { Reading } from './reading.svelte';
import { Searching } from './searching.svelte';

/** Stores is the state of the UI. */
export interface Stores {
  library: Library;
  counts: Counts;
  reading: Reading;
  importing: Importing;
  preferences: Preferences;
  notice: Notice;
  actions: Actions;
  searching: Searching;
  annotating: Annotating;
  notebook: Notebook;
}

/**
 * createStores builds the stores. Saved progress and notes update the list's
 * rows; after an import the list and counts are refreshed and the first
 * article of the import is opened.
 */
export function createStores(api: Api): Stores {
  const library = new Library(api);
  const counts = new Counts(api);
  const reading = new Reading(api, (row) => library.patch([row]));
  const notice = new Notice();
  const preferences = new Preferences(api);
  const actions = new Actions(api, { library, counts, reading, notice });
  const searching = new Searching(api, (id) => api.notes.forArticle(id));
  const notebook = new Notebook(api, notice);
  // A highlight changes its article's count in the list and maybe the
  // number of highlights to review.
  const annotating = new Annotating(api, notice, () => void Promise.all([library.refresh(), notebook.counts()]));
  const importing = new Importing(api, async (rep) => {
    await Promise.all([library.refresh(), counts.refresh(), notebook.counts()]);
    const id = firstId(rep);
    if (id !== undefined) {
      const i = library.indexOf(id);
      if (i >= 0) library.cursor = i;
      await reading.open(id);
    }
  });
  return { library, counts, reading, importing, preferences, notice, actions, searching, annotating, notebook };
}
