// The shapes the Go API (package app) sends and receives, as JSON.

/** Writing direction of an article, from its script. */
export type Dir = 'ltr' | 'rtl';

/** One row of the library list. */
export interface ArticleSummary {
  id: number;
  title: string;
  /** The site the article names; may be empty. */
  site: string;
  /** The name of the file the article was imported from. */
  source?: string;
  /** ISO 8601 date ("2025-07-13") or date-time; absent when unknown. */
  published?: string;
  /** RFC 3339 time the article was imported. */
  added: string;
  paragraphs: number;
  words: number;
  dir: Dir;
}

/** What a block of an article body is. */
export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'list_item' | 'caption' | 'figure';

/** One typed piece of an article body. */
export interface Block {
  kind: BlockKind;
  text: string;
  /** Code-point offsets in the article's text; -1 for captions and figures. */
  start: number;
  end: number;
}

/** Everything the reader shows for one article. */
export interface ArticleView {
  id: number;
  title: string;
  byline?: string;
  site?: string;
  url?: string;
  published?: string;
  added: string;
  lang?: string;
  dir: Dir;
  /** The name of the file the article was imported from. */
  source: string;
  words: number;
  blocks: Block[];
}

/** A file chosen in the browser, with its bytes in standard base64. */
export interface FileData {
  name: string;
  data: string;
}

/** What became of one imported file. */
export interface FileResult {
  file: string;
  imported: number;
  duplicates: number;
  ids: number[];
  /** A sentence naming the file and what is wrong; absent on success. */
  error?: string;
}

/** The sum of one import of one or more files. */
export interface ImportReport {
  files: FileResult[];
  imported: number;
  duplicates: number;
  failed: number;
}

/** Sent as "import:progress" before each file, and once when all are done. */
export interface Progress {
  done: number;
  total: number;
  file: string;
}

/** Where the UI runs: the Wails window or a browser under gloss serve. */
export type Face = 'desktop' | 'browser';

/** Facts about the running app. */
export interface Info {
  version: string;
  face: Face;
  library: string;
}
