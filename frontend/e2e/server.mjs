// Starting and stopping `gloss serve` for the browser test.

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * startServer runs `<bin> serve` on a fresh library and resolves with the
 * URL (with its token) that the binary prints as its first line.
 * @param {string} bin
 * @param {string} db
 * @returns {Promise<{url: string, stop: () => Promise<void>}>}
 */
export function startServer(bin, db) {
  const child = spawn(bin, ['serve', '--db', db, '--addr', '127.0.0.1:0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));

  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Whatever happens to the test process, the server goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  async function stop() {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  }

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`gloss serve printed no URL within 15s; stderr: ${stderr}`));
    }, 15000);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${bin}: ${err.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`gloss serve exited (${code}) before printing a URL; stderr: ${stderr}`));
    });
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const url = line.trim();
      if (!/^http:\/\/.+\?token=\w+/.test(url)) {
        void stop();
        reject(new Error(`first line of gloss serve is not a URL with a token: ${JSON.stringify(url)}`));
        return;
      }
      resolve({ url, stop });
    });
  });
}
