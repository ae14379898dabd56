import { describe, expect, it } from 'vitest';
import { runs } from './blocks';
import type { Block, BlockKind } from './types';

const b = (kind: BlockKind, text: string): Block => ({ kind, text, start: 0, end: 0 });

describe('runs', () => {
  it('groups consecutive list items and keeps the order', () => {
    const blocks = [b('paragraph', 'p1'), b('list_item', 'a'), b('list_item', 'b'), b('caption', 'c'), b('list_item', 'd')];
    expect(runs(blocks)).toEqual([
      { kind: 'block', block: blocks[0] },
      { kind: 'list', items: [blocks[1], blocks[2]] },
      { kind: 'block', block: blocks[3] },
      { kind: 'list', items: [blocks[4]] },
    ]);
  });

  it('gives nothing for nothing', () => {
    expect(runs([])).toEqual([]);
  });
});
