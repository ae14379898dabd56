// The colours of the four themes, as CSS custom properties.
//
// They live here rather than in app.css so that one table feeds both the
// page and the unit test that checks every text colour against every
// background it is drawn on (WCAG contrast of at least 4.5:1).

import type { ThemeName } from './types';

/** Theme is a theme the page can show; "system" resolves to light or dark. */
export type Theme = Exclude<ThemeName, 'system'>;

/** Tokens are the colours every theme defines. */
export interface Tokens {
  /** The reader's page. */
  paper: string;
  /** The sidebar. */
  side: string;
  /** The article list and the notes pane. */
  pane: string;
  /** The top bar. */
  bar: string;
  /** Cards, popovers and dialogs. */
  raised: string;
  line: string;
  ink: string;
  muted: string;
  accent: string;
  onAccent: string;
  /** The selected row and the chosen filter. */
  accentSoft: string;
  hover: string;
  danger: string;
  dangerSoft: string;
  focus: string;
  /** The five highlight colours, behind ink. */
  hl1: string;
  hl2: string;
  hl3: string;
  hl4: string;
  hl5: string;
}

export const THEMES: Record<Theme, Tokens> = {
  light: {
    paper: '#fcfbf8',
    side: '#f3f1ec',
    pane: '#faf9f6',
    bar: '#f3f1ec',
    raised: '#ffffff',
    line: '#e3dfd6',
    ink: '#1f1d1a',
    muted: '#5f5a51',
    accent: '#2a5a8a',
    onAccent: '#ffffff',
    accentSoft: '#e3eaf2',
    hover: '#ebe8e1',
    danger: '#a3241b',
    dangerSoft: '#fbeceb',
    focus: '#2a6cb3',
    hl1: '#f8e38f',
    hl2: '#c4e6b8',
    hl3: '#b8d6f7',
    hl4: '#f7c4d2',
    hl5: '#dcc6f7',
  },
  dark: {
    paper: '#1c1b19',
    side: '#201f1d',
    pane: '#1e1d1b',
    bar: '#201f1d',
    raised: '#2a2926',
    line: '#37352f',
    ink: '#ebe7df',
    muted: '#aaa498',
    accent: '#94b9e2',
    onAccent: '#10161d',
    accentSoft: '#2a3746',
    hover: '#2b2a27',
    danger: '#ff9a90',
    dangerSoft: '#3a2422',
    focus: '#9cc5f2',
    hl1: '#5c4e17',
    hl2: '#2f4a2a',
    hl3: '#23405e',
    hl4: '#5a2a3c',
    hl5: '#48325f',
  },
  sepia: {
    paper: '#f5eddc',
    side: '#ece2cb',
    pane: '#f2e9d5',
    bar: '#ece2cb',
    raised: '#fbf6ea',
    line: '#dccfb2',
    ink: '#3a2e20',
    muted: '#64533d',
    accent: '#8a4a1e',
    onAccent: '#ffffff',
    accentSoft: '#e6d6b8',
    hover: '#e5d9bd',
    danger: '#962716',
    dangerSoft: '#f4dccf',
    focus: '#8a4a1e',
    hl1: '#f0d77a',
    hl2: '#cbdca6',
    hl3: '#bcd3e6',
    hl4: '#efc1bc',
    hl5: '#dcc4e6',
  },
};

/** PAIRS are the text colours drawn on each background, for the contrast test. */
export const PAIRS: [text: keyof Tokens, background: keyof Tokens][] = [
  ...(['paper', 'side', 'pane', 'bar', 'raised', 'hover', 'accentSoft'] as const).flatMap(
    (bg): [keyof Tokens, keyof Tokens][] => [
      ['ink', bg],
      ['muted', bg],
      ['accent', bg],
    ],
  ),
  ['onAccent', 'accent'],
  ['danger', 'dangerSoft'],
  ['danger', 'raised'],
  ['danger', 'paper'],
  ...(['hl1', 'hl2', 'hl3', 'hl4', 'hl5'] as const).map((bg): [keyof Tokens, keyof Tokens] => ['ink', bg]),
];

/** resolve picks the theme to show; "system" follows prefersDark. */
export function resolve(name: ThemeName, prefersDark: boolean): Theme {
  if (name === 'system') return prefersDark ? 'dark' : 'light';
  return name;
}

const cssName = (k: string) => '--' + k.replace(/[A-Z0-9]+/g, (m) => '-' + m.toLowerCase());

/** cssVariables turns tokens into custom properties: onAccent becomes --on-accent. */
export function cssVariables(t: Tokens): [string, string][] {
  return Object.entries(t).map(([k, v]) => [cssName(k), v]);
}

/** applyTheme sets the colours of a theme on the root element. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  for (const [k, v] of cssVariables(THEMES[theme])) root.style.setProperty(k, v);
  root.style.colorScheme = theme === 'dark' ? 'dark' : 'light';
  root.dataset['theme'] = theme;
}
