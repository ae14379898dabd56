package dump

import "testing"

// Ensure that each line classifier tells chrome from text by shape.
func TestClassifiers(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) bool
		line string
		want bool
	}{
		{"title", isTitleLike, "Britney attacks 'false tabloids'", true},
		{"title question", isTitleLike, "Is the ferry worth saving?", true},
		{"title abbreviation", isTitleLike, "Trade talks stall in the U.S.", true},
		{"title not sentence", isTitleLike, "The vote was held on Tuesday.", false},
		{"title not counter", isTitleLike, "20", false},
		{"title not toggle", isTitleLike, "TT", false},
		{"title not date", isTitleLike, "Monday, 6 April, 2025 - 00:02", false},
		{"toggle TT", isToggle, "TT", true},
		{"toggle A A A", isToggle, "A A A", true},
		{"toggle A+ A-", isToggle, "A+ A-", true},
		{"toggle not word", isToggle, "Print", false},
		{"counter", isCounter, "1,204", true},
		{"counter K", isCounter, "3.4K", true},
		{"counter not time", isCounter, "1500 GMT", false},
		{"credit photo by", isCredit, "A woman waits by the gate. (Photo by Jane Roe / AFP)", true},
		{"credit label", isCredit, "Image: Reuters", true},
		{"credit pipe", isCredit, "Passengers wait on the slipway as the morning ferry comes in | Photo Agency", true},
		{"credit not list item", isCredit, "Caroline Quentin (Life Begins/ Von Trapped, ITV1)", false},
		{"credit not title with site", isCredit, "Ferry saved | Harbour News", false},
		{"relative ago", isRelativeTime, "Updated 3 hours ago", true},
		{"relative read", isRelativeTime, "5 min read", true},
		{"relative clock", isRelativeTime, "17:57 GMT", true},
		{"relative not text", isRelativeTime, "Lansdowne Road, Dublin", false},
		{"prose sentence", isProse, "But no longer, he said.", true},
		{"prose not label", isProse, "Share this article", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.fn(tt.line); got != tt.want {
				t.Errorf("got %v for %q, want %v", got, tt.line, tt.want)
			}
		})
	}
}

// Ensure that bylines give the name and that sentences starting "By" do not.
func TestByline(t *testing.T) {
	tests := []struct{ line, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"BY: Sam Lee, Harbour News", "Sam Lee, Harbour News"},
		{"By the end of the week the ferry was full.", ""},
		{"by lunchtime", ""},
	}
	for _, tt := range tests {
		if got := byline(tt.line); got != tt.want {
			t.Errorf("byline(%q): got %q, want %q", tt.line, got, tt.want)
		}
	}
}
