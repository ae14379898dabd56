import { mount } from 'svelte';
import App from './App.svelte';
import { chooseTransport, createApi, type WailsGlobals } from './lib/api';
import { createStores } from './lib/stores';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('gloss: #app is missing from index.html');

const api = createApi(chooseTransport(window as Window & WailsGlobals));
mount(App, { target, props: { api, ...createStores(api) } });
