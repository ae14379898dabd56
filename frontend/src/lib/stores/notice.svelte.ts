// A short message after an action, with Undo where it can be undone.

/** NOTICE_TIME is how long a notice stays, in ms. */
export const NOTICE_TIME = 6000;

/** Message is one notice. */
export interface Message {
  text: string;
  /** A failure is shown as one, and stays until dismissed. */
  error?: boolean;
  undo?: () => Promise<void> | void;
}

/** Notice holds the message shown at the bottom of the window. */
export class Notice {
  message = $state<Message | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;

  show(m: Message): void {
    clearTimeout(this.#timer);
    this.message = m;
    if (!m.error) this.#timer = setTimeout(() => this.clear(), NOTICE_TIME);
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.message = null;
  }

  /** undo runs the message's undo and clears it. */
  async undo(): Promise<void> {
    const u = this.message?.undo;
    this.clear();
    await u?.();
  }
}
