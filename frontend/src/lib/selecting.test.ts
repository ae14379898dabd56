import { describe, expect, it } from 'vitest';
import { place } from './selecting.svelte';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRectReadOnly;

describe('place', () => {
  const base = rect(100, 0, 700, 2000);

  it('stands above the first line of a selection with room above it', () => {
    const p = place([rect(300, 400, 200, 20), rect(120, 420, 300, 20)], rect(120, 400, 380, 40), base);
    expect(p).toEqual({ top: 400, left: 300, below: false });
  });

  it('goes under the last line when the selection is near the top', () => {
    const p = place([rect(300, 60, 200, 20), rect(120, 80, 300, 20)], rect(120, 60, 380, 40), base);
    expect(p).toEqual({ top: 100, left: 170, below: true });
  });

  it('never sticks out of the body at either side', () => {
    expect(place([rect(100, 400, 10, 20)], rect(100, 400, 10, 20), base).left).toBe(140);
    expect(place([rect(790, 400, 10, 20)], rect(790, 400, 10, 20), base).left).toBe(560);
  });

  it('uses the whole range when no line box has a width', () => {
    expect(place([], rect(300, 400, 100, 20), base)).toEqual({ top: 400, left: 250, below: false });
  });
});
