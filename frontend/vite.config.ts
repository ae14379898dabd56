/// <reference types="vitest/config" />
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';

const outDir = resolve(import.meta.dirname, 'dist');

// keepGitkeep re-creates dist/.gitkeep after Vite has emptied and refilled
// dist: the Go binary embeds frontend/dist, and a fresh clone must compile
// before anyone has built the frontend.
function keepGitkeep(): Plugin {
  return {
    name: 'gloss:keep-gitkeep',
    apply: 'build',
    closeBundle() {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(resolve(outDir, '.gitkeep'), '');
    },
  };
}

export default defineConfig({
  // Relative paths: the same build is served by the Wails asset server and
  // by gloss serve.
  base: './',
  plugins: [svelte(), keepGitkeep()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or data: modules, for CSP script-src 'self'.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
