package markup

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"gloss/backend/model"
)

// build feeds the builder a document's tokens, as package epub does.
func build(doc string) []model.Block {
	z := html.NewTokenizer(strings.NewReader(doc))
	var b Builder
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return b.Blocks()
		case html.TextToken:
			b.Text(string(z.Text()))
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			var a Attrs
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				a.Set(string(k), string(v))
			}
			b.Start(Element(name), a, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			b.End(Element(name))
		}
	}
}

func show(blocks []model.Block) string {
	var sb strings.Builder
	for _, b := range blocks {
		sb.WriteString(string(b.Kind) + ":" + b.Text)
		if b.Src != "" {
			sb.WriteString("@" + b.Src)
		}
		sb.WriteString("|")
	}
	return sb.String()
}

// Ensure that each element maps to the block kind it stands for.
func TestBuilder_Kinds(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"paragraphs", "<p>One</p><p>Two</p>", "paragraph:One|paragraph:Two|"},
		{"loose text", "Before<div>inside</div>after", "paragraph:Before|paragraph:inside|paragraph:after|"},
		{"heading", "<h3>Title</h3><p>x</p>", "heading:Title|paragraph:x|"},
		{"quote keeps its paragraphs", "<blockquote><p>a</p><p>b</p></blockquote>", "quote:a|quote:b|"},
		{"list items", "<ul><li>a</li><li><p>b</p></li></ul>", "list_item:a|list_item:b|"},
		{"caption", "<figure><img alt='A dog'><figcaption>Dog (AFP)</figcaption></figure>", "figure:A dog|caption:Dog (AFP)|"},
		{"two breaks end a paragraph", "<p>a<br>b<br><br>c</p>", "paragraph:a\nb|paragraph:c|"},
		{"row of cells", "<table><tr><td>a</td><td>b</td></tr></table>", "paragraph:a | b|"},
		{"inline stays", "<p>a <em>b</em> <a href='x'>c</a></p>", "paragraph:a b c|"},
		{"unclosed items", "<ul><li>a<li>b</ul><p>c", "list_item:a|list_item:b|paragraph:c|"},
		{"self-closing paragraph", "<p/>text", "paragraph:text|"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := show(build(tt.doc)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// Ensure that what is never text, or not shown, stays out.
func TestBuilder_Skips(t *testing.T) {
	tests := []struct{ name, doc string }{
		{"script", "<script>alert(1)</script>"},
		{"nested skipped", "<form><form>x</form>y</form>"},
		{"nav", "<nav><a>Home</a></nav>"},
		{"hidden", "<p hidden>x</p>"},
		{"aria-hidden", "<div aria-hidden=true><p>x</p></div>"},
		{"display none", "<div style='display: none'>x</div>"},
		{"page break", "<span epub:type='pagebreak'>12</span>"},
		{"epub case", "<epub:switch><epub:case>MathML</epub:case></epub:switch>"},
		{"hidden image", "<img alt='x' hidden>"},
		{"remote image without alt", "<img src='https://example.com/a.jpg'>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := show(build(tt.doc + "<p>kept</p>")); got != "paragraph:kept|" {
				t.Errorf("got %q, want only the kept paragraph", got)
			}
		})
	}
	if got := show(build("<epub:switch><epub:default><p>fallback</p></epub:default></epub:switch>")); got != "paragraph:fallback|" {
		t.Errorf("got %q, want the epub:default text", got)
	}
}

// Ensure that figures keep local picture addresses and never remote ones.
func TestBuilder_ImageSources(t *testing.T) {
	tests := []struct{ src, want string }{
		{"Page_files/a.jpg", "figure:@Page_files/a.jpg|"},
		{"./Page_files/a%20b.jpg", "figure:@./Page_files/a%20b.jpg|"},
		{"img/x.png?v=2", "figure:@img/x.png?v=2|"},
		{"https://example.com/a.jpg", ""},
		{"//cdn.example.com/a.jpg", ""},
		{"/images/a.jpg", ""},
		{"data:image/png;base64,AAAA", ""},
		{"javascript:alert(1)", ""},
		{"file:///etc/passwd", ""},
		{`\\server\share\a.jpg`, ""},
	}
	for _, tt := range tests {
		if got := show(build(`<img src="` + tt.src + `">`)); got != tt.want {
			t.Errorf("src %q: got %q, want %q", tt.src, got, tt.want)
		}
	}
}

// Ensure that nesting far past the stack's bound neither fails nor loses
// the text.
func TestBuilder_DeepNesting(t *testing.T) {
	doc := strings.Repeat("<div><blockquote>", 10000) + "deep" + strings.Repeat("</blockquote></div>", 10000) + "<p>after</p>"
	if got := show(build(doc)); got != "quote:deep|paragraph:after|" {
		t.Errorf("got %q", got)
	}
}

// FuzzBuilder checks that no token stream panics the builder and that it
// never makes an empty block or a figure pointing off the page.
func FuzzBuilder(f *testing.F) {
	f.Add("<p>a<br><br>b</p><table><tr><td>x<td>y</table>")
	f.Add("<ul><li><blockquote><p>x</ul></li><img src=a.png alt=b>")
	f.Add("<script><p>x</script></p><epub:switch><epub:case/></epub:switch>")
	f.Fuzz(func(t *testing.T, doc string) {
		for _, b := range build(doc) {
			if b.Kind != model.Figure && strings.TrimSpace(b.Text) == "" {
				t.Fatalf("got an empty %s block", b.Kind)
			}
			if b.Src != "" && !Local(b.Src) {
				t.Fatalf("got a figure pointing off the page: %q", b.Src)
			}
			if bytes.ContainsRune([]byte(b.Src), ':') && !strings.ContainsAny(b.Src[:strings.IndexByte(b.Src, ':')], "/?#") {
				t.Fatalf("got a figure with a scheme: %q", b.Src)
			}
		}
	})
}
