package export

import (
	"bytes"
	"fmt"
	"html/template"
	"strings"
)

// htmlPage is the printable page. html/template escapes every value by
// context; the only trusted values are the gloss:// links built from
// numeric IDs. The Content-Security-Policy forbids scripts, fetches and
// everything but the inline style, so the page is inert wherever opened.
var htmlPage = template.Must(template.New("page").Funcs(template.FuncMap{
	"paras": func(s string) []string { return strings.Split(strings.TrimSpace(s), "\n") },
	"meta": func(a *Article) []string {
		var out []string
		for _, s := range []string{a.Byline, a.Cite(), a.Published} {
			if s != "" {
				out = append(out, s)
			}
		}
		return out
	},
	// Only a web address becomes a link: html/template would let a
	// relative one through, which opens a file next to the page.
	"web": func(u string) string {
		if l := strings.ToLower(u); strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
			return u
		}
		return ""
	},
	"glossLink": func(a *Article, id uint64) template.URL {
		return template.URL(fmt.Sprintf("%s#%d", a.Link(), id))
	},
}).Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Gloss">
<title>{{.Title}}</title>
<style>
body { font: 16px/1.5 Georgia, "Times New Roman", serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #111; background: #fff; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; }
.meta, .tags, .link { color: #555; font-size: .85rem; font-family: system-ui, sans-serif; }
blockquote { margin: 1.25rem 0 .25rem; padding: .1rem 0 .1rem 1rem; border-left: 4px solid #999; }
blockquote p { margin: .4rem 0; }
.c0 { border-color: #e6b800; } .c1 { border-color: #3a8fd9; } .c2 { border-color: #3bb273; } .c3 { border-color: #d94f8a; } .c4 { border-color: #8a63d2; }
.note { margin: .25rem 0 0 1.25rem; white-space: pre-wrap; }
.orphan { font-style: italic; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  article { break-before: page; } article:first-of-type { break-before: auto; }
  blockquote { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .link { display: none; }
}
</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{range .Articles}}<article>
<h2>{{.Title}}</h2>
<p class="meta">{{range $i, $m := meta .}}{{if $i}} · {{end}}{{$m}}{{end}}{{with web .URL}} · <a href="{{.}}">{{.}}</a>{{end}}</p>
{{with .Note}}<p class="note">{{.}}</p>
{{end}}{{$a := .}}{{range $h := .Highlights}}<blockquote class="c{{$h.Color}}" id="gloss-{{$h.ID}}">{{range paras $h.Exact}}{{if .}}<p>{{.}}</p>{{end}}{{end}}</blockquote>
{{with $h.Note}}<p class="note">{{.}}</p>
{{end}}<p class="tags">{{$h.ColorName}}{{if $h.Orphan}} <span class="orphan">no longer found in the text</span>{{end}}{{range $h.Tags}} #{{.}}{{end}} <a class="link" href="{{glossLink $a $h.ID}}">Open in Gloss</a></p>
{{end}}</article>
{{end}}</body>
</html>
`))

// renderHTML writes the articles and highlights as one self-contained page.
func renderHTML(arts []Article) ([]byte, error) {
	title := "Gloss highlights"
	if len(arts) == 1 {
		title = arts[0].Title
	}
	var buf bytes.Buffer
	ptrs := make([]*Article, len(arts))
	for i := range arts {
		ptrs[i] = &arts[i]
	}
	err := htmlPage.Execute(&buf, struct {
		Title    string
		Articles []*Article
	}{title, ptrs})
	return buf.Bytes(), err
}
