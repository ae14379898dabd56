// Links never navigate the app's page. In the window, a page loaded in
// its place could reach the bound methods; in a browser, it would replace
// the app. A click on any link with an address is stopped here, before
// anything else sees it, and web and mail addresses go to the system's
// browser (System.OpenLink); fragments stay in the page, a file the app
// itself made (a blob: download) is saved, and every other address
// (javascript:, file:, the app's own) goes nowhere.

/** The part of a document guardLinks listens on. */
export type LinkRoot = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

interface LinkLike {
  getAttribute(name: string): string | null;
  readonly href?: unknown;
}

/** isOpenable says whether an address may leave the app for the system's browser. */
export function isOpenable(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href) && !/[\s\u0000-\u001f]/.test(href);
}

/**
 * guardLinks stops every link click and form submission in root from
 * navigating, and hands openable addresses to open. It returns a function
 * that stops guarding.
 */
export function guardLinks(root: LinkRoot, open: (href: string) => void): () => void {
  const click = (e: Event) => {
    const t = e.target as { closest?: (s: string) => LinkLike | null } | null;
    const a = typeof t?.closest === 'function' ? t.closest('a[href], area[href]') : null;
    if (!a) return;
    const raw = (a.getAttribute('href') ?? '').trim();
    if (raw.startsWith('#') || (raw.startsWith('blob:') && a.getAttribute('download') !== null)) return;
    e.preventDefault();
    const href = typeof a.href === 'string' ? a.href : raw;
    if (isOpenable(href)) open(href);
  };
  const submit = (e: Event) => e.preventDefault();
  root.addEventListener('click', click, true);
  root.addEventListener('auxclick', click, true);
  root.addEventListener('submit', submit, true);
  return () => {
    root.removeEventListener('click', click, true);
    root.removeEventListener('auxclick', click, true);
    root.removeEventListener('submit', submit, true);
  };
}
