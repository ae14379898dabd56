package export

import "testing"

// Ensure that a note keeps its Markdown and code as written while raw
// HTML, autolinks, script links and pictures from elsewhere are escaped.
func TestUserText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "A *strong* point, see [the story](https://news.example/s).", "A *strong* point, see [the story](https://news.example/s)."},
		{"html", `<img src=x onerror=alert(1)> and a < b`, `\<img src=x onerror=alert(1)> and a \< b`},
		{"autolink", "<javascript:alert(1)>", `\<javascript:alert(1)>`},
		{"script link", "[x](javascript:alert(1))", `[x]\(javascript:alert(1))`},
		{"entity scheme", "[x](&#106;avascript:alert(1))", `[x]\(&#106;avascript:alert(1))`},
		{"local link", "[x](Other%20note.md)", "[x](Other%20note.md)"},
		{"mail", "[write](mailto:a@b.example)", "[write](mailto:a@b.example)"},
		{"reference", "[evil]: javascript:alert(1)", `\[evil]: javascript:alert(1)`},
		{"web reference", "[ok]: https://news.example/", "[ok]: https://news.example/"},
		{"remote picture", "![pixel](http://evil.example/p.png)", `!\[pixel](http://evil.example/p.png)`},
		{"local picture", "![map](map.png)", "![map](map.png)"},
		{"embed", "![[Other note]]", "![[Other note]]"},
		{"reference picture", "![pixel][p]", `!\[pixel][p]`},
		{"code span", "use `<b>` here, not <b>", "use `<b>` here, not \\<b>"},
		{"double code span", "``a ` <b>`` <i>", "``a ` <b>`` \\<i>"},
		{"unclosed code", "a ` <b>", "a ` \\<b>"},
		{"fence", "```html\n<script>x</script>\n```\n<b>", "```html\n<script>x</script>\n```\n\\<b>"},
		{"tilde fence", "~~~\n<b>\n```\n<i>\n~~~\n<u>", "~~~\n<b>\n```\n<i>\n~~~\n\\<u>"},
		{"comment", "%% gloss:end %%", `\%\% gloss:end \%\%`},
		{"crlf", "a\r\n<b>", "a\n\\<b>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := userText(tt.in); got != tt.want {
				t.Errorf("userText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
