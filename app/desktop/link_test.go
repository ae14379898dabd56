package desktop

import "testing"

// Ensure that gloss:// links give the article and highlight the page opens,
// and that anything else is refused.
func TestParseLink(t *testing.T) {
	tests := []struct {
		in   string
		want articleLink
		ok   bool
	}{
		{"gloss://article/12", articleLink{ID: 12}, true},
		{"gloss://article/12/", articleLink{ID: 12}, true},
		{"gloss://article/12#3", articleLink{ID: 12, Highlight: 3}, true},
		{"GLOSS://article/12#3", articleLink{ID: 12, Highlight: 3}, true},
		{"gloss://article/12#note", articleLink{ID: 12}, true},
		{"gloss://article/0", articleLink{}, false},
		{"gloss://article/x", articleLink{}, false},
		{"gloss://article/", articleLink{}, false},
		{"gloss://tag/news", articleLink{}, false},
		{"gloss:article/12", articleLink{}, false},
		{"https://article/12", articleLink{}, false},
	}
	for _, tt := range tests {
		got, err := parseLink(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseLink(%q) = %+v, %v; want %+v, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

// Ensure that files and links are told apart.
func TestIsLink(t *testing.T) {
	for s, want := range map[string]bool{
		"gloss://article/1": true, "Gloss://article/1": true,
		"/home/u/a.txt": false, `C:\a.txt`: false, "glossary.txt": false,
	} {
		if got := isLink(s); got != want {
			t.Errorf("isLink(%q) = %v, want %v", s, got, want)
		}
	}
}
