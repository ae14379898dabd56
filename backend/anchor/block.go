package anchor

import "gloss/backend/model"

// BlockOf returns the index in blocks (an Article's Blocks) of the body
// block holding code point offset of the article's Text, or, when offset
// falls on the "\n\n" between two blocks, of the block after it. Caption and
// figure blocks (Start = End = -1) are never returned. It returns -1 when
// offset is negative or at or past the end of the last body block. For a
// highlight [start, end), BlockOf(blocks, start) and BlockOf(blocks, end-1)
// are its first and last blocks.
func BlockOf(blocks []model.Block, offset int) int {
	if offset < 0 {
		return -1
	}
	for i, b := range blocks {
		if b.Start >= 0 && offset < b.End {
			return i
		}
	}
	return -1
}
