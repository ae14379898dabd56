package model

import (
	"testing"
	"unicode/utf8"
)

// Ensure that Normalize folds whitespace, drops empty blocks, keeps captions
// out of the text and computes code-point offsets.
func TestNormalize(t *testing.T) {
	a := New("  Title\n here ", []Block{
		{Kind: Caption, Text: "A photo (AFP)"},
		{Kind: Paragraph, Text: "Café  au\tlait."},
		{Kind: Paragraph, Text: "   "},
		{Kind: Heading, Text: "Section"},
		{Kind: Paragraph, Text: "Done."},
	})
	if a.Title != "Title here" {
		t.Errorf("title = %q, want %q", a.Title, "Title here")
	}
	want := "Café au lait.\n\nSection\n\nDone."
	if a.Text != want {
		t.Fatalf("text = %q, want %q", a.Text, want)
	}
	if len(a.Blocks) != 4 {
		t.Fatalf("%d blocks, want 4 (the empty one dropped)", len(a.Blocks))
	}
	if a.Blocks[0].Start != -1 || a.Blocks[0].End != -1 {
		t.Errorf("caption offsets = %d,%d, want -1,-1", a.Blocks[0].Start, a.Blocks[0].End)
	}
	runes := []rune(a.Text)
	for _, b := range a.Blocks[1:] {
		if got := string(runes[b.Start:b.End]); got != b.Text {
			t.Errorf("text[%d:%d] = %q, want %q", b.Start, b.End, got, b.Text)
		}
	}
	if got := a.Paragraphs(); len(got) != 2 || got[1] != "Done." {
		t.Errorf("Paragraphs = %q", got)
	}
	if got := a.Captions(); len(got) != 1 {
		t.Errorf("Captions = %q", got)
	}
}

// Ensure that decomposed accents are composed (NFC), so offsets and
// comparisons do not depend on how the text was typed.
func TestFold_NFC(t *testing.T) {
	decomposed := "Cafe\u0301"
	if got := Fold(decomposed); got != "Café" || utf8.RuneCountInString(got) != 4 {
		t.Errorf("Fold(%q) = %q, want the composed form", decomposed, got)
	}
}

func TestDirection(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Hello world", "ltr"},
		{"مرحبا بالعالم", "rtl"},
		{"שלום עולם", "rtl"},
		{"مرحبا Hello world and more English words", "ltr"},
		{"2024", "ltr"},
	}
	for _, tt := range tests {
		if got := Direction(tt.text); got != tt.want {
			t.Errorf("Direction(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
