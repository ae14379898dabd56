// What each keyboard command does, given the stores and a few things only
// the page knows (where focus is, how to move it).

import type { Command } from './keymap';
import type { Stores } from './stores';
import type { Ui } from './stores/ui.svelte';

/** Page is what commands need from the page. */
export interface Page {
  /** Focus is in the reader or the notes pane. */
  reading(): boolean;
  /** Focus is on the list. */
  inList(): boolean;
  focusList(): void;
  focusReader(): void;
  /** Scroll the article by a fraction of its visible height. */
  scrollReader(fraction: number): void;
  /** Open the find bar of the open article. */
  find?(): void;
}

/** Commands runs keyboard commands and the buttons that do the same. */
export class Commands {
  readonly #s: Stores;
  readonly #ui: Ui;
  readonly #page: Page;

  constructor(s: Stores, ui: Ui, page: Page) {
    this.#s = s;
    this.#ui = ui;
    this.#page = page;
  }

  /**
   * targets are the articles an action is for: the selection if there is
   * one, else the open article while reading, else the cursor's row.
   */
  targets(): number[] {
    const { library, reading } = this.#s;
    if (library.selection.size > 0) return [...library.selection];
    const open = reading.article?.id;
    if (open !== undefined && (this.#page.reading() || !library.current)) return [open];
    const row = library.current?.id;
    return row !== undefined ? [row] : open !== undefined ? [open] : [];
  }

  /** open opens the row at index i; focusReader moves the keyboard there too. */
  open(i: number, focusReader: boolean): void {
    const { library, reading } = this.#s;
    const a = library.item(i);
    if (!a) return;
    library.cursor = i;
    void reading.open(a.id).then(() => {
      if (focusReader) this.#page.focusReader();
    });
  }

  /**
   * openArticle opens an article by id, from search or a link, putting the
   * list's cursor on it when the list shows it.
   */
  openArticle(id: number, focusReader: boolean): void {
    const { library, reading } = this.#s;
    const i = library.indexOf(id);
    if (i >= 0) library.cursor = i;
    void reading.open(id).then(() => {
      if (focusReader) this.#page.focusReader();
    });
  }

  /** step opens the article delta rows from the open one. */
  step(delta: number): void {
    const { library, reading } = this.#s;
    const at = reading.openId === null ? -1 : library.indexOf(reading.openId);
    const from = at >= 0 ? at : library.cursor;
    const to = from + delta;
    if (to < 0 || to >= library.total) return;
    library.moveTo(to);
    this.open(to, false);
  }

  run(cmd: Command): void {
    const { library, actions } = this.#s;
    const ids = () => this.targets();
    switch (cmd) {
      case 'down':
      case 'up':
        if (this.#page.reading()) {
          this.#page.scrollReader(cmd === 'down' ? 0.15 : -0.15);
        } else {
          library.move(cmd === 'down' ? 1 : -1);
          this.#page.focusList();
        }
        break;
      case 'open':
        if (library.cursor >= 0) this.open(library.cursor, true);
        break;
      case 'back':
        if (this.#page.inList()) library.clearSelection();
        this.#page.focusList();
        break;
      case 'next':
        this.step(1);
        break;
      case 'previous':
        this.step(-1);
        break;
      case 'select':
        if (library.cursor >= 0) library.toggle(library.cursor);
        break;
      case 'favourite':
        void actions.toggle(ids(), 'favourite');
        break;
      case 'archive':
        void actions.toggle(ids(), 'archived');
        break;
      case 'read':
        void actions.toggle(ids(), 'read');
        break;
      case 'trash':
        void actions.trashOrRestore(ids());
        break;
      case 'tag': {
        const t = ids();
        if (t.length > 0) this.#ui.open({ kind: 'tags', ids: t });
        break;
      }
      case 'help':
        this.#ui.open({ kind: 'help' });
        break;
      case 'settings':
        this.#ui.open({ kind: 'settings' });
        break;
      case 'palette':
        this.#ui.open({ kind: 'palette' });
        break;
      case 'find':
        // With no article open, Ctrl+F searches the library instead.
        if (this.#s.reading.article && this.#page.find) this.#page.find();
        else this.#ui.open({ kind: 'palette' });
        break;
      case 'about':
        this.#ui.open({ kind: 'about' });
        break;
    }
  }
}
