package hostile

import (
	"fmt"
	stdhtml "html"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"gloss/backend/model"
	"gloss/backend/parse"
	"gloss/backend/parse/dump"
	"gloss/backend/parse/html"
	"gloss/backend/parse/text"
	"gloss/backend/store"
)

// parsers are the parsers each kind of file is read with directly, beside
// the sniffing path of parse.File.
var parsers = map[Kind][]func(name string, data []byte) ([]model.Article, error){
	Page:     {html.Parse},
	Markdown: {text.Parse},
	Text:     {text.Parse, text.ParsePage},
	Dump:     {dump.Parse, text.ParsePage},
}

// Ensure that every payload, read by every parser, leaves articles that
// are only text and addresses that can only be followed on purpose.
func TestParsers_Payloads(t *testing.T) {
	ps := Payloads()
	refused := 0
	for _, p := range ps {
		for _, f := range Files(p) {
			for i, parse := range append(parsers[f.Kind], parse.File) {
				arts, err := parse(f.Name, f.Data)
				if err != nil {
					refused++
					continue
				}
				for _, a := range arts {
					for _, problem := range articleProblems(a, p, f.Kind == Page) {
						t.Errorf("%s, parser %d: %s\npayload %d: %s", f.Name, i, problem, p.N, p.Text)
					}
				}
			}
		}
	}
	t.Logf("%d payloads, %d kinds of file: %d parses refused the file", len(ps), len(Kinds), refused)
}

// Ensure that each kind of file is read by the parser it is made for, so
// that the suite covers every parser when files are sniffed.
func TestFiles_Sniffed(t *testing.T) {
	want := map[Kind]parse.Format{Page: parse.HTML, Markdown: parse.Markdown, Text: parse.Text, Dump: parse.Dump}
	got := map[Kind]map[parse.Format]int{}
	for _, p := range Payloads() {
		for _, f := range Files(p) {
			format, err := parse.Sniff(f.Data)
			if err != nil {
				t.Errorf("%s: %v", f.Name, err)
			}
			if got[f.Kind] == nil {
				got[f.Kind] = map[parse.Format]int{}
			}
			got[f.Kind][format]++
		}
	}
	n := len(Payloads())
	for k, f := range want {
		// A payload that is itself a web page makes a text file look like
		// one; most must still reach the parser of their kind.
		if got[k][f] < n*3/4 {
			t.Errorf("%s files: sniffed as %v, want mostly %s", k, got[k], f)
		}
	}
}

// articleProblems lists what in a parsed article could run or load when
// shown: addresses that are not web addresses or library pictures, text
// from a script or style element of a page (markup set), invalid UTF-8 or
// control characters.
func articleProblems(a model.Article, p Payload, markup bool) []string {
	var out []string
	walkStrings(reflect.ValueOf(a), "article", func(path, name, s string) {
		if !utf8.ValidString(s) {
			out = append(out, fmt.Sprintf("%s: invalid UTF-8", path))
		}
		if i := strings.IndexFunc(s, func(r rune) bool { return r < 0x20 && r != '\n' || r == 0x7f }); i >= 0 {
			out = append(out, fmt.Sprintf("%s: control character %q", path, s[i]))
		}
		if problem := addressProblem(name, s); problem != "" {
			out = append(out, fmt.Sprintf("%s = %q: %s", path, s, problem))
		}
	})
	if !markup {
		return out
	}
	// A title comes from <title>, whose content is text even when it looks
	// like markup; the body must not keep what was inside <script>.
	inTitle := p.Text
	if i := strings.Index(strings.ToLower(inTitle), "</title"); i >= 0 {
		inTitle = inTitle[:i]
	}
	inTitle = stdhtml.UnescapeString(inTitle)
	for _, body := range scriptBodies(p.Text) {
		if strings.Contains(inTitle, body) {
			continue // the page's <title> holds it as text, and may be kept
		}
		if strings.Contains(a.Text+"\n"+strings.Join(a.Captions(), "\n"), body) {
			out = append(out, fmt.Sprintf("the text of a script or style element became article text: %q", body))
		}
	}
	return out
}

// addressProblem checks a string field that holds an address, by its
// field name: the article's URL must be a web address, a figure's Src an
// address relative to its page, and Image a library key.
func addressProblem(name, s string) string {
	if s == "" {
		return ""
	}
	switch name {
	case "URL", "Href", "Link":
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto") {
			return "not an http(s) or mailto address"
		}
	case "Src":
		u, err := url.Parse(s)
		if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(s, "//") {
			return "a picture from outside the page"
		}
	case "Image":
		if !store.ValidImageKey(s) {
			return "not a library picture key"
		}
	}
	return ""
}

// walkStrings calls f for every string field in v, with its path and name.
func walkStrings(v reflect.Value, path string, f func(path, name, s string)) {
	walk(v, path, "", f)
}

func walk(v reflect.Value, path, name string, f func(path, name, s string)) {
	switch v.Kind() {
	case reflect.String:
		f(path, name, v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			walk(v.Elem(), path, name, f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if fd := v.Type().Field(i); fd.IsExported() {
				walk(v.Field(i), path+"."+fd.Name, fd.Name, f)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			walk(v.Index(i), fmt.Sprintf("%s[%d]", path, i), name, f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			walk(v.MapIndex(k), fmt.Sprintf("%s[%v]", path, k), name, f)
		}
	}
}

func reflectValue(v any) reflect.Value { return reflect.ValueOf(v) }
