package anchor

import (
	"testing"

	"gloss/backend/model"
)

// Ensure that BlockOf maps offsets to body blocks, skipping captions and
// figures, and sends separators to the following block.
func TestBlockOf(t *testing.T) {
	a := model.New("T", []model.Block{
		{Kind: model.Paragraph, Text: "abc"}, // 0: [0,3)
		{Kind: model.Caption, Text: "photo"}, // 1: -1
		{Kind: model.Heading, Text: "de"},    // 2: [5,7)
		{Kind: model.Figure, Text: "img"},    // 3: -1
		{Kind: model.Paragraph, Text: "😀f"},  // 4: [9,11)
	})
	tests := []struct{ offset, want int }{
		{-1, -1}, {0, 0}, {2, 0}, {3, 2}, {4, 2}, {5, 2}, {6, 2},
		{7, 4}, {9, 4}, {10, 4}, {11, -1}, {100, -1},
	}
	for _, tt := range tests {
		if got := BlockOf(a.Blocks, tt.offset); got != tt.want {
			t.Errorf("BlockOf(%d): got %d, want %d", tt.offset, got, tt.want)
		}
	}
	if got := BlockOf(nil, 0); got != -1 {
		t.Errorf("BlockOf(nil, 0): got %d, want -1", got)
	}
}
