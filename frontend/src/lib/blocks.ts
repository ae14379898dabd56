// Grouping an article's blocks for display.

import type { Block } from './types';

/** Run is one block, or consecutive list items shown as one list. */
export type Run = { kind: 'block'; block: Block } | { kind: 'list'; items: Block[] };

/** runs groups consecutive list_item blocks so the reader can show a real list. */
export function runs(blocks: Block[]): Run[] {
  const out: Run[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (block.kind === 'list_item') {
      if (last?.kind === 'list') last.items.push(block);
      else out.push({ kind: 'list', items: [block] });
    } else {
      out.push({ kind: 'block', block });
    }
  }
  return out;
}
