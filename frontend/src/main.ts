import { mount } from 'svelte';
import App from './App.svelte';
import { chooseTransport, createApi, type WailsGlobals } from './lib/api';
import { guardLinks } from './lib/links';
import { createStores } from './lib/stores';
import { applyTheme, resolve } from './lib/themes';
import type { ThemeName } from './lib/types';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('gloss: #app is missing from index.html');

// The theme of the last run, until the settings arrive, so nothing flashes.
let last: ThemeName = 'system';
try {
  const kept = localStorage.getItem('gloss.theme');
  if (kept === 'light' || kept === 'dark' || kept === 'sepia') last = kept;
} catch {
  // Storage may be disabled.
}
applyTheme(document.documentElement, resolve(last, window.matchMedia('(prefers-color-scheme: dark)').matches));

const transport = chooseTransport(window as Window & WailsGlobals);
const api = createApi(transport);
// Links open in the system's browser, never in the app's page (lib/links.ts).
// The browser face has no system browser to hand them to: they do nothing.
guardLinks(document, (href) => {
  if (transport.face === 'desktop') void transport.call('System', 'OpenLink', [href]).catch(() => {});
});
mount(App, { target, props: { api, stores: createStores(api) } });
