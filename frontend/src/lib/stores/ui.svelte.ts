// Which dialog is open, and what it is about.

import type { ExportFilter } from '../types';

/** ExportScope is what an export covers: articles by ID, else a filter; label names it for people. */
export interface ExportScope {
  ids?: number[];
  filter?: ExportFilter;
  label: string;
}

/** Dialog is one of the window's modal dialogs. */
export type Dialog =
  | { kind: 'help' }
  | { kind: 'settings' }
  | { kind: 'palette' }
  | { kind: 'about' }
  | { kind: 'tags'; ids: number[] }
  | { kind: 'rename'; tag: string }
  | { kind: 'export'; scope: ExportScope }
  | { kind: 'confirm'; title: string; body: string; confirm: string; run: () => Promise<unknown> | void };

/** Ui holds the open dialog; only one is open at a time. */
export class Ui {
  dialog = $state<Dialog | null>(null);

  open(d: Dialog): void {
    this.dialog = d;
  }

  close(): void {
    this.dialog = null;
  }
}
