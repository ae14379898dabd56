// The reader's settings: theme, typography, colour meanings, pane layout.
// Changes show at once and are saved when the user pauses.

import { toApiError, type Api, type ApiError } from '../api';
import { debounce } from '../debounce';
import type { Layout, Settings } from '../types';

/** DEFAULTS mirror app.DefaultSettings, for the moment before they arrive. */
export const DEFAULTS: Settings = {
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  width: 68,
  colours: ['Key point', 'Claim', 'Figure', 'Quote', 'Question'],
  layout: {
    sidebarWidth: 220,
    listWidth: 360,
    notesWidth: 300,
    sidebarHidden: false,
    notesHidden: false,
    windowWidth: 0,
    windowHeight: 0,
    windowMaximise: false,
  },
};

/** LIMITS are the ranges Go accepts. */
export const LIMITS = {
  fontSize: [14, 28],
  lineHeight: [1.2, 2.2],
  width: [45, 90],
} as const;

/** SAVE_DELAY is how long the settings wait for more changes before a save. */
export const SAVE_DELAY = 400;

const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));

/** normalise fills what an older library left out and keeps values in range. */
export function normalise(s: Partial<Settings> | null | undefined): Settings {
  const v = { ...DEFAULTS, ...s, layout: { ...DEFAULTS.layout, ...s?.layout } };
  v.fontSize = clamp(Math.round(v.fontSize), LIMITS.fontSize);
  v.lineHeight = clamp(Math.round(v.lineHeight * 10) / 10, LIMITS.lineHeight);
  v.width = clamp(Math.round(v.width), LIMITS.width);
  const colours = [...(s?.colours ?? DEFAULTS.colours)];
  v.colours = [0, 1, 2, 3, 4].map((i) => colours[i] ?? '') as Settings['colours'];
  return v;
}

/** Preferences holds the settings and saves them. */
export class Preferences {
  value = $state<Settings>(structuredClone(DEFAULTS));
  loaded = $state(false);
  /** The last save failed with this. */
  error = $state<ApiError | null>(null);
  saving = $state(false);

  readonly #api: Api;
  readonly #save = debounce(async () => {
    this.saving = true;
    try {
      await this.#api.system.saveSettings($state.snapshot(this.value) as Settings);
      this.error = null;
    } catch (e) {
      this.error = toApiError(e);
    } finally {
      this.saving = false;
    }
  }, SAVE_DELAY);

  constructor(api: Api) {
    this.#api = api;
  }

  async load(): Promise<void> {
    try {
      this.value = normalise(await this.#api.system.settings());
      this.error = null;
    } catch (e) {
      this.error = toApiError(e);
    } finally {
      this.loaded = true;
    }
  }

  /** update changes some settings. */
  update(patch: Partial<Omit<Settings, 'layout'>>): void {
    this.value = normalise({ ...this.value, ...patch });
    this.#save();
  }

  /** arrange changes the pane layout. */
  arrange(patch: Partial<Layout>): void {
    this.value.layout = { ...this.value.layout, ...patch };
    this.#save();
  }

  /** flush saves a waiting change now. */
  flush(): Promise<void> {
    return this.#save.flush();
  }
}
