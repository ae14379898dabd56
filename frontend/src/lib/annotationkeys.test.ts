import { describe, expect, it } from 'vitest';
import { annotationKey, type KeyState } from './annotationkeys';

const none: KeyState = { selection: false, moving: false, selected: null, here: true, onButton: false };

describe('annotationKey', () => {
  it.each([
    ['h on a selection highlights', 'h', { selection: true }, { do: 'highlight' }],
    ['h while moving moves the highlight here', 'h', { selection: true, moving: true }, { do: 'move-here' }],
    ['Enter while moving moves it', 'Enter', { selection: true, moving: true }, { do: 'move-here' }],
    ['Enter on a button is the button’s', 'Enter', { selection: true, moving: true, onButton: true }, null],
    ['n on a selection highlights and opens the note', 'n', { selection: true }, { do: 'highlight', focus: 'note' }],
    ['n on an open highlight opens its note', 'n', { selected: 7 }, { do: 'note' }],
    ['a digit on a selection picks the colour', '3', { selection: true }, { do: 'highlight', color: 2 }],
    ['a digit on an open highlight recolours it', '5', { selected: 7 }, { do: 'recolour', color: 4 }],
    ['a digit while moving is not a colour for the selection', '2', { selection: true, moving: true }, null],
    ['Esc drops the selection first', 'Escape', { selection: true, selected: 7 }, { do: 'clear-selection' }],
    ['Esc closes the open highlight', 'Escape', { selected: 7 }, { do: 'close-card' }],
    ['Esc cancels a move', 'Escape', { moving: true }, { do: 'cancel-move' }],
    ['an open highlight is not acted on from elsewhere', 'n', { selected: 7, here: false }, null],
    ['a selection is acted on from anywhere', 'h', { selection: true, here: false }, { do: 'highlight' }],
    ['other keys are left to the window', 'j', { selection: true, selected: 7 }, null],
    ['nothing to act on', 'h', {}, null],
  ])('%s', (_, key, state, want) => {
    expect(annotationKey(key, { ...none, ...state })).toEqual(want);
  });
});
