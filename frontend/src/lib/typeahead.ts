// Searching as the user types: one request per pause, answers in order.
//
// A keystroke after a pause of at least `delay` ms is searched at once, so
// a single key costs no waiting; keys that follow each other faster are
// gathered and only the last text is searched, `delay` ms after the last
// key. Every request carries a sequence number, and an answer is used only
// if no later request was made: a slow answer to "syr" can never replace
// the answer to "syria" that came first.

/** Typeahead runs a search for the latest text, dropping stale answers. */
export class Typeahead<T> {
  readonly #run: (q: string) => Promise<T>;
  readonly #answer: (q: string, r: T) => void;
  readonly #fail: (q: string, e: unknown) => void;
  readonly #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #last = -Infinity;
  #wanted = '';
  #seq = 0;
  #inFlight = 0;

  /**
   * run searches; answer receives each answer that is still current, and
   * fail each error that is.
   */
  constructor(run: (q: string) => Promise<T>, answer: (q: string, r: T) => void, fail: (q: string, e: unknown) => void, delay: number) {
    this.#run = run;
    this.#answer = answer;
    this.#fail = fail;
    this.#delay = delay;
  }

  /** set asks for q to be searched. */
  set(q: string): void {
    this.#wanted = q;
    const now = Date.now();
    const paused = now - this.#last >= this.#delay;
    this.#last = now;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (paused) void this.#fire();
    else this.#timer = setTimeout(() => void this.#fire(), this.#delay);
  }

  /** cancel drops a waiting search, and the answer of one under way. */
  cancel(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#seq++;
  }

  /** pending is true while a search waits or is under way. */
  get pending(): boolean {
    return this.#timer !== undefined || this.#inFlight > 0;
  }

  async #fire(): Promise<void> {
    this.#timer = undefined;
    const seq = ++this.#seq;
    const q = this.#wanted;
    this.#inFlight++;
    try {
      const r = await this.#run(q);
      if (seq === this.#seq) this.#answer(q, r);
    } catch (e) {
      if (seq === this.#seq) this.#fail(q, e);
    } finally {
      this.#inFlight--;
    }
  }
}
