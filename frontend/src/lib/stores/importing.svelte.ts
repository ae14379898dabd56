// Importing files: progress while it runs, the report when it is done.

import { toApiError, type Api } from '../api';
import { readFileData } from '../files';
import type { FileResult, ImportReport, Progress } from '../types';

/** merge sums the reports of several imports into one. */
export function merge(reports: ImportReport[]): ImportReport {
  const out: ImportReport = {
    files: reports.flatMap((r) => r.files),
    imported: reports.reduce((n, r) => n + r.imported, 0),
    duplicates: reports.reduce((n, r) => n + r.duplicates, 0),
    updated: reports.reduce((n, r) => n + r.updated, 0),
    failed: reports.reduce((n, r) => n + r.failed, 0),
  };
  if (reports.some((r) => r.cancelled)) out.cancelled = true;
  const highlights = reports.reduce((n, r) => n + (r.highlights ?? 0), 0);
  if (highlights > 0) out.highlights = highlights;
  return out;
}

function failure(file: string, message: string): ImportReport {
  const res: FileResult = { file, imported: 0, duplicates: 0, updated: 0, ids: [], error: message };
  return { files: [res], imported: 0, duplicates: 0, updated: 0, failed: 1 };
}

/** Importing runs imports and keeps what the UI shows about them. */
export class Importing {
  busy = $state(false);
  progress = $state<Progress | null>(null);
  /** Cancel was asked for and the import has not stopped yet. */
  cancelling = $state(false);
  /** The last finished import, until the user dismisses it. */
  report = $state<ImportReport | null>(null);

  readonly #api: Api;
  readonly #done: (r: ImportReport) => Promise<void> | void;

  /** done runs after every import that did anything, e.g. to refresh the list. */
  constructor(api: Api, done: (r: ImportReport) => Promise<void> | void) {
    this.#api = api;
    this.#done = done;
  }

  /** importFiles sends files one call each, so progress can name each one (browser face). */
  async importFiles(files: File[]): Promise<void> {
    if (this.busy || files.length === 0) return;
    this.busy = true;
    this.report = null;
    const reports: ImportReport[] = [];
    try {
      for (const [i, file] of files.entries()) {
        if (this.cancelling) {
          reports.push({ files: [], imported: 0, duplicates: 0, updated: 0, failed: 0, cancelled: true });
          break;
        }
        this.progress = { done: i, total: files.length, file: file.name };
        try {
          const data = await readFileData(file);
          reports.push(await this.#api.library.importFiles([data]));
        } catch (e) {
          reports.push(failure(file.name, `${file.name}: ${toApiError(e).message}`));
        }
      }
    } finally {
      this.progress = null;
      this.busy = false;
      this.cancelling = false;
    }
    await this.finished(merge(reports));
  }

  /** importDialog opens the native file dialog, which imports (desktop face). */
  async importDialog(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    let rep: ImportReport;
    try {
      rep = await this.#api.library.importDialog();
    } catch (e) {
      rep = failure('Import', toApiError(e).message);
    } finally {
      this.progress = null;
      this.busy = false;
      this.cancelling = false;
    }
    await this.finished(rep);
  }

  /** cancel stops the import: no further file starts, and Go stops the one it is on. */
  async cancel(): Promise<void> {
    if (!this.busy && !this.progress) return;
    this.cancelling = true;
    try {
      await this.#api.library.cancelImport();
    } catch {
      // Nothing to stop any more.
    }
  }

  /** progressed takes an import:progress event from the window. */
  progressed(p: Progress): void {
    this.progress = p.done < p.total ? p : null;
  }

  /** finished shows a report; an empty one (a cancelled dialog) shows nothing. */
  async finished(rep: ImportReport): Promise<void> {
    this.progress = null;
    this.cancelling = false;
    if (rep.files.length === 0 && !rep.cancelled) return;
    this.report = rep;
    await this.#done(rep);
  }

  dismiss(): void {
    this.report = null;
  }
}

/** firstId is the first article an import stored or found, to open it. */
export function firstId(rep: ImportReport): number | undefined {
  return rep.files.flatMap((f) => f.ids)[0];
}
