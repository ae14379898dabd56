// Calls that wait until the user pauses: saving progress, notes, settings.

/** Debounced runs its function once, ms after the last call, with the last arguments. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** flush runs a waiting call now. */
  flush(): Promise<void>;
  /** cancel drops a waiting call. */
  cancel(): void;
  readonly pending: boolean;
}

/** debounce delays fn until ms have passed without another call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => Promise<void> | void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let args: A | undefined;

  const run = async () => {
    timer = undefined;
    const a = args;
    args = undefined;
    if (a) await fn(...a);
  };

  const d = ((...a: A) => {
    args = a;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  }) as Debounced<A>;
  d.flush = async () => {
    if (timer !== undefined) clearTimeout(timer);
    await run();
  };
  d.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    args = undefined;
  };
  Object.defineProperty(d, 'pending', { get: () => args !== undefined });
  return d;
}
