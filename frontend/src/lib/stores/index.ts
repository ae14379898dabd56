// Building the stores of one window, wired to each other.

import type { Api } from '../api';
import { Importing, firstId } from './importing.svelte';
import { Library } from './library.svelte';
import { Reading } from './reading.svelte';

/** Stores is the state of the UI. */
export interface Stores {
  library: Library;
  reading: Reading;
  importing: Importing;
}

/** createStores builds the stores; after an import the list is refreshed and the first new article opened. */
export function createStores(api: Api): Stores {
  const library = new Library(api);
  const reading = new Reading(api);
  const importing = new Importing(api, async (rep) => {
    await library.refresh();
    const id = firstId(rep);
    if (id !== undefined) {
      library.cursor = id;
      await reading.open(id);
    }
  });
  return { library, reading, importing };
}
