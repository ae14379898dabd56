import { describe, expect, it } from 'vitest';
import { guardLinks, isOpenable, type LinkRoot } from './links';

type Listener = (e: Event) => void;

/** A document that records its listeners, so events can be sent by hand. */
function fakeRoot(): LinkRoot & { send(type: string, target: unknown): { prevented: boolean } } {
  const listeners = new Map<string, Listener[]>();
  return {
    addEventListener(type: string, l: EventListenerOrEventListenerObject | null) {
      listeners.set(type, [...(listeners.get(type) ?? []), l as Listener]);
    },
    removeEventListener(type: string, l: EventListenerOrEventListenerObject | null) {
      listeners.set(type, (listeners.get(type) ?? []).filter((x) => x !== l));
    },
    send(type, target) {
      const e = { target, prevented: false, preventDefault() { this.prevented = true; } };
      for (const l of listeners.get(type) ?? []) l(e as unknown as Event);
      return e;
    },
  };
}

/** A clicked element inside a link with this href (resolved as given). */
function inLink(href: string | null, download?: string) {
  const a = { getAttribute: (name: string) => (name === 'download' ? (download ?? null) : href), href: href ?? '' };
  return { closest: (s: string) => (s.includes('a[href]') && href !== null ? a : null) };
}

describe('guardLinks', () => {
  it('sends web and mail links to the system browser and never navigates', () => {
    const root = fakeRoot();
    const opened: string[] = [];
    guardLinks(root, (h) => opened.push(h));
    for (const href of ['https://news.example/a', 'http://news.example/b', 'mailto:editor@news.example']) {
      expect(root.send('click', inLink(href)).prevented).toBe(true);
    }
    expect(opened).toEqual(['https://news.example/a', 'http://news.example/b', 'mailto:editor@news.example']);
  });

  it('stops script, file and app addresses without opening them', () => {
    const root = fakeRoot();
    const opened: string[] = [];
    guardLinks(root, (h) => opened.push(h));
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'gloss://article/1', 'vbscript:x']) {
      expect(root.send('click', inLink(href)).prevented, href).toBe(true);
    }
    expect(root.send('auxclick', inLink('javascript:x')).prevented).toBe(true);
    expect(opened).toEqual([]);
  });

  it('leaves fragments, clicks outside links and other elements alone', () => {
    const root = fakeRoot();
    guardLinks(root, () => {
      throw new Error('opened');
    });
    expect(root.send('click', inLink('#notes')).prevented).toBe(false);
    // The app's own downloads (lib/download.ts) are files, not pages.
    expect(root.send('click', inLink('blob:http://127.0.0.1:4000/5d0c', 'notes.md')).prevented).toBe(false);
    expect(root.send('click', inLink('blob:http://127.0.0.1:4000/5d0c')).prevented).toBe(true);
    expect(root.send('click', inLink('javascript:x', 'notes.md')).prevented).toBe(true);
    expect(root.send('click', inLink(null)).prevented).toBe(false);
    expect(root.send('click', { nodeType: 3 }).prevented).toBe(false);
    expect(root.send('click', null).prevented).toBe(false);
  });

  it('stops form submissions, and stops guarding when asked', () => {
    const root = fakeRoot();
    const stop = guardLinks(root, () => {});
    expect(root.send('submit', {}).prevented).toBe(true);
    stop();
    expect(root.send('submit', {}).prevented).toBe(false);
    expect(root.send('click', inLink('javascript:x')).prevented).toBe(false);
  });
});

describe('isOpenable', () => {
  it('takes only web and mail addresses without spaces or control characters', () => {
    expect(isOpenable('https://a.example/')).toBe(true);
    expect(isOpenable('MAILTO:a@b.example')).toBe(true);
    expect(isOpenable('https://a.example/\u0000x')).toBe(false);
    expect(isOpenable('java\tscript:x')).toBe(false);
    expect(isOpenable('//evil.example/')).toBe(false);
    expect(isOpenable('')).toBe(false);
  });
});
