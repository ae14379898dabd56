import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Typeahead } from './typeahead';

/** deferred is a promise resolved by hand, to answer out of order. */
function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('Typeahead', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  function setup() {
    const asked: string[] = [];
    const pending = new Map<string, ReturnType<typeof deferred<string>>>();
    const answers: string[] = [];
    const errors: string[] = [];
    const t = new Typeahead(
      (q) => {
        asked.push(q);
        const d = deferred<string>();
        pending.set(q, d);
        return d.promise;
      },
      (q, r) => answers.push(`${q}=${r}`),
      (q) => errors.push(q),
      80,
    );
    return { t, asked, pending, answers, errors };
  }

  it('searches a key after a pause at once', async () => {
    const { t, asked } = setup();
    t.set('s');
    expect(asked).toEqual(['s']);
    await vi.advanceTimersByTimeAsync(200);
    t.set('sy');
    expect(asked).toEqual(['s', 'sy']);
  });

  it('gathers fast keys into one search of the last text, the delay after the last key', async () => {
    const { t, asked } = setup();
    t.set('s');
    for (const q of ['sy', 'syr', 'syri']) {
      await vi.advanceTimersByTimeAsync(30);
      t.set(q);
    }
    expect(asked).toEqual(['s']);
    await vi.advanceTimersByTimeAsync(79);
    expect(asked).toEqual(['s']);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual(['s', 'syri']);
    expect(t.pending).toBe(true);
  });

  it('drops an answer that comes after the answer to a later search', async () => {
    const { t, pending, answers } = setup();
    t.set('syr');
    await vi.advanceTimersByTimeAsync(100);
    t.set('syria');
    pending.get('syria')!.resolve('B');
    await vi.advanceTimersByTimeAsync(0);
    pending.get('syr')!.resolve('A');
    await vi.advanceTimersByTimeAsync(0);
    expect(answers).toEqual(['syria=B']);
  });

  it('drops an earlier answer even when it comes first', async () => {
    const { t, pending, answers } = setup();
    t.set('syr');
    await vi.advanceTimersByTimeAsync(100);
    t.set('syria');
    pending.get('syr')!.resolve('A');
    await vi.advanceTimersByTimeAsync(0);
    expect(answers).toEqual([]);
    pending.get('syria')!.resolve('B');
    await vi.advanceTimersByTimeAsync(0);
    expect(answers).toEqual(['syria=B']);
  });

  it('reports the errors of the current search only', async () => {
    const { t, pending, errors } = setup();
    t.set('a');
    await vi.advanceTimersByTimeAsync(100);
    t.set('b');
    pending.get('a')!.reject(new Error('late'));
    pending.get('b')!.reject(new Error('now'));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toEqual(['b']);
  });

  it('cancel drops the waiting search and the answer under way', async () => {
    const { t, asked, pending, answers } = setup();
    t.set('a');
    t.set('ab');
    t.cancel();
    await vi.advanceTimersByTimeAsync(200);
    expect(asked).toEqual(['a']);
    pending.get('a')!.resolve('A');
    await vi.advanceTimersByTimeAsync(0);
    expect(answers).toEqual([]);
    expect(t.pending).toBe(false);
  });
});
