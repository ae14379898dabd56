// The shapes the Go API (package app) sends and receives, as JSON.

/** Writing direction of an article, from its script. */
export type Dir = 'ltr' | 'rtl';

/** What the reader has marked an article as. */
export interface ArticleState {
  tags: string[];
  favourite: boolean;
  archived: boolean;
  read: boolean;
  /** How far it has been read, 0 to 1. */
  progress: number;
  trashed: boolean;
}

/** One row of the library list. */
export interface ArticleSummary extends ArticleState {
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
  highlights: number;
}

/** The filters of the sidebar. */
export type View = 'all' | 'unread' | 'favourites' | 'archive' | 'trash';

/** The orders of the list. */
export type Sort = 'added' | 'published' | 'title' | 'source';

/** Query selects one page of the library. */
export interface Query {
  view: View;
  tag?: string;
  source?: string;
  hasHighlights?: boolean;
  sort?: Sort;
  /** Turns the default order (newest first, A first) around. */
  reverse?: boolean;
  offset?: number;
  /** At most 1000; 100 when absent. */
  limit?: number;
}

/** One page of a query, with the number of all matches. */
export interface Page {
  items: ArticleSummary[];
  total: number;
}

/** A tag or source with its number of live articles. */
export interface NameCount {
  name: string;
  count: number;
}

/** The numbers beside the sidebar's filters. */
export interface Counts {
  all: number;
  unread: number;
  favourites: number;
  archive: number;
  trash: number;
  tags: NameCount[];
  sources: NameCount[];
}

/** A flag SetFlag changes. */
export type Flag = 'favourite' | 'archived' | 'read';

/** What a block of an article body is. */
export type BlockKind = 'paragraph' | 'heading' | 'quote' | 'list_item' | 'caption' | 'figure';

/** One typed piece of an article body. */
export interface Block {
  kind: BlockKind;
  text: string;
  /** Code-point offsets in the article's text; -1 for captions and figures. */
  start: number;
  end: number;
  /** A figure's picture: its key in the library, when one was stored. */
  image?: string;
  /** Where the reader loads that picture from (set by lib/api.ts). */
  imageUrl?: string;
}

/** Everything the reader shows for one article. */
export interface ArticleView extends ArticleState {
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
  note: string;
  version: number;
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
  /** Changed versions of articles already stored (same address). */
  updated: number;
  ids: number[];
  /** The kind of export of another app ("kindle", "readwise", …) or "gloss-backup"; absent for articles. */
  format?: string;
  /** Highlights new to the library: attached were placed in their text, unmatched wait for review. */
  highlights?: number;
  attached?: number;
  unmatched?: number;
  /** A sentence naming the file and what is wrong; absent on success. */
  error?: string;
}

/** The sum of one import of one or more files. */
export interface ImportReport {
  files: FileResult[];
  imported: number;
  duplicates: number;
  updated: number;
  /** Highlights brought by other apps' exports and backups. */
  highlights?: number;
  failed: number;
  cancelled?: boolean;
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

/** Where in an article a search matched. */
export type HitKind = 'title' | 'text' | 'highlight' | 'note' | 'tag';

/** One matching passage of an article. */
export interface SearchHit {
  kind: HitKind;
  /** The highlight a highlight hit, or a note on a highlight, belongs to. */
  highlightId?: string;
  /** The passage, cut at word boundaries, with "…" where it was cut. */
  snippet: string;
  /** The matched characters, as code-point offsets in snippet, ascending. */
  positions: number[];
  /**
   * Code-point offsets in the article's text of the passage (text hits) or
   * of the highlight (highlight hits); 0 for the other kinds.
   */
  start: number;
  end: number;
}

/** One matching article with its best passages, best first. */
export interface SearchResult {
  id: number;
  title: string;
  source: string;
  published?: string;
  score: number;
  hits: SearchHit[];
}

/** The answer to one query. */
export interface SearchResults {
  query: string;
  results: SearchResult[];
  /** The index is still being built: there are no results yet. */
  indexing: boolean;
}

/** A gloss://article/ID#HIGHLIGHT link the window was asked to open. */
export interface ArticleLink {
  id: number;
  /** The highlight to scroll to; absent when the link names none. */
  highlight?: number;
}

/** The themes; "system" follows the operating system's light or dark. */
export type ThemeName = 'system' | 'light' | 'dark' | 'sepia';

/** The pane arrangement, kept in the library and restored at start-up. */
export interface Layout {
  sidebarWidth: number;
  listWidth: number;
  notesWidth: number;
  sidebarHidden: boolean;
  notesHidden: boolean;
  /** Go keeps these for the window itself. */
  windowWidth: number;
  windowHeight: number;
  windowMaximise: boolean;
}

/** The reader's preferences. */
export interface Settings {
  theme: ThemeName;
  font: 'serif' | 'sans';
  /** px, 14 to 28 */
  fontSize: number;
  /** 1.2 to 2.2 */
  lineHeight: number;
  /** The measure in ch, 45 to 90. */
  width: number;
  /** What each of the five highlight colours means to the reader. */
  colours: [string, string, string, string, string];
  layout: Layout;
}

/** One backup file of the library. */
export interface BackupInfo {
  path: string;
  name: string;
  size: number;
  created: string;
}

/** The result of checking the library file. */
export interface CheckReport {
  ok: boolean;
  problems: string[];
}

/** The library file's size before and after compacting, in bytes. */
export interface CompactReport {
  before: number;
  after: number;
}

/** A highlight of an article, with what the reader said of it. */
export interface Highlight {
  id: number;
  articleId: number;
  /** The highlighted text and up to 32 code points either side (TextQuoteSelector). */
  exact: string;
  prefix: string;
  suffix: string;
  /** Code-point offsets in the article's text (TextPositionSelector). */
  start: number;
  end: number;
  /** The index of the block it starts in. */
  block: number;
  /** One of the five colours, 0 to 4. */
  color: number;
  /** Markdown. */
  note: string;
  tags: string[];
  /** Lost when the article changed: kept with its quote for review. */
  orphan: boolean;
  /** How sure re-anchoring was of the place, 0 to 1. */
  confidence: number;
  /** RFC 3339 times. */
  created: string;
  updated: string;
  /** The article's title and source, in library-wide lists only. */
  article?: string;
  source?: string;
  /** Code-point offsets in exact of the words a search matched. */
  marks?: number[];
}

/** What the reader may change on a highlight. */
export interface HighlightEdit {
  color: number;
  note: string;
  tags: string[];
}

/** Filters of the library-wide list of highlights. */
export interface NotesQuery {
  /** A colour, or -1 for any. */
  color: number;
  tag?: string;
  source?: string;
  /** YYYY-MM-DD: created on or after. */
  after?: string;
  /** YYYY-MM-DD: created before. */
  before?: string;
  /** Only the orphans that need review. */
  orphans?: boolean;
  /** Words the quote, note and tags must hold, typos forgiven; ranks best match first. */
  text?: string;
  offset?: number;
  /** At most 1000; 100 when absent. */
  limit?: number;
}

/** One page of highlights, newest first (best match first for a text), with the number of all matches. */
export interface NotesPage {
  items: Highlight[];
  total: number;
  /** The search index is still being built: a text finds nothing yet. */
  indexing?: boolean;
}

/** An export format; backup is the whole library, which gloss import reads back. */
export type ExportFormat = 'md' | 'csv' | 'json' | 'html' | 'txt' | 'backup';

/** Chooses articles as the library list does; empty is every article not in the trash. */
export interface ExportFilter {
  view?: View;
  tag?: string;
  source?: string;
  hasHighlights?: boolean;
}

/** What to export: the articles ids, else those the filter matches. */
export interface ExportRequest {
  format: ExportFormat;
  ids?: number[];
  filter: ExportFilter;
  /** Markdown as one file instead of one per article. */
  oneFile?: boolean;
}

/** How much an export would hold. */
export interface ExportCount {
  articles: number;
  highlights: number;
}

/** What an export wrote. */
export interface ExportSummary {
  format: string;
  /** The folder written to, or the name of the download. */
  where: string;
  files: string[];
  articles: number;
  highlights: number;
  /** Markdown files updated in place, the user's own text kept. */
  updated: number;
  /** The dialog was closed; nothing was written. */
  cancelled?: boolean;
  /** The summary as one sentence. */
  message: string;
}

/** An export as a download, with its bytes in standard base64. */
export interface ExportFile {
  name: string;
  type: string;
  data: string;
  summary: ExportSummary;
}

/** Sent as "export:progress" while a large export is written. */
export interface ExportProgress {
  done: number;
  total: number;
}
