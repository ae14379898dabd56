package html

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dead are elements that hold no article text and that no extractor needs:
// code, styles, inline drawings and embedded players. Saved pages are
// mostly these (a megabyte of scripts around a few kilobytes of text), and
// every extractor copies and walks the whole tree, so they go first.
// Scripts holding JSON-LD stay: both extractors read metadata from them.
var dead = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Svg: true,
	atom.Canvas: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Applet: true, atom.Audio: true, atom.Video: true, atom.Noembed: true,
}

// prune removes comments and dead elements from doc, and counts the
// elements left (stopping past maxTreeElements) and the bytes of text.
// When menus (<nav>) make up most of the page, as on sites whose every
// page carries the whole site map, they go too: the extractors would
// spend their time there, and no article text is in them. Otherwise they
// stay, since Readability finds bylines even there.
func prune(doc *html.Node) (elems, text int) {
	type item struct {
		n     *html.Node
		inNav bool
	}
	var navs []*html.Node
	var navElems, navText int
	stack := []item{{n: doc}}
	for len(stack) > 0 && elems <= maxTreeElements {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := it.n.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.CommentNode, c.Type == html.ElementNode && dead[c.DataAtom] && !isJSONLD(c):
				it.n.RemoveChild(c)
			case c.Type == html.ElementNode:
				nav := it.inNav || c.DataAtom == atom.Nav
				if nav && !it.inNav {
					navs = append(navs, c)
				}
				elems++
				if nav {
					navElems++
				}
				stack = append(stack, item{c, nav})
			case c.Type == html.TextNode:
				if c.Parent.DataAtom != atom.Script {
					text += len(c.Data)
					if it.inNav {
						navText += len(c.Data)
					}
				}
			}
			c = next
		}
	}
	if navElems*2 > elems {
		for _, n := range navs {
			n.Parent.RemoveChild(n)
		}
		elems, text = elems-navElems, text-navText
	}
	return elems, text
}

func isJSONLD(n *html.Node) bool {
	return n.DataAtom == atom.Script && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json")
}

// strip copies page without its comments, scripts (but JSON-LD), styles
// and inline drawings, reading it with the tokenizer, which finds where
// such elements end exactly as the tree parser does. Building tree nodes
// costs far more than tokenizing, and on saved pages these elements are
// most of the bytes.
func strip(page []byte) []byte {
	z := html.NewTokenizer(bytes.NewReader(page))
	out := make([]byte, 0, len(page)/2)
	var drop atom.Atom // the element being dropped, if any
	depth := 0         // its nesting inside itself
	var buf [16]byte
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		raw := z.Raw()
		switch tt {
		case html.CommentToken:
			continue
		case html.StartTagToken, html.EndTagToken:
			// The name is read from the raw bytes: the tokenizer's
			// TagName copies it, and most tags here are not wanted.
			a := atom.Lookup(rawTagName(raw, buf[:0]))
			switch {
			case drop != 0:
				if a == drop {
					if tt == html.StartTagToken {
						depth++
					} else if depth--; depth == 0 {
						drop = 0
					}
				}
				continue
			case tt == html.StartTagToken && stripped[a] && !(a == atom.Script && ldJSON(z)):
				drop, depth = a, 1
				continue
			}
		default:
			if drop != 0 {
				continue
			}
		}
		out = append(out, raw...)
	}
}

// rawTagName appends to buf the lower-cased name of the tag whose raw
// bytes are raw ("<div ...>", "</P>"); names too long for buf are cut,
// which no element strip looks for has.
func rawTagName(raw, buf []byte) []byte {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	for ; i < len(raw) && len(buf) < cap(buf); i++ {
		c := raw[i]
		switch {
		case 'A' <= c && c <= 'Z':
			buf = append(buf, c+'a'-'A')
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			buf = append(buf, c)
		default:
			return buf
		}
	}
	return buf
}

// worthStripping reports whether scripts and styles make up enough of the
// page (an eighth) for strip to save more than it costs. It only guesses,
// from lower-case tags found by byte search; strip decides exactly.
func worthStripping(page []byte) bool {
	spent := 0
	for _, tag := range []string{"script", "style"} {
		open, end := []byte("<"+tag), []byte("</"+tag)
		for rest := page; ; {
			i := bytes.Index(rest, open)
			if i < 0 {
				break
			}
			rest = rest[i:]
			j := bytes.Index(rest, end)
			if j < 0 {
				j = len(rest)
			}
			spent += j
			rest = rest[j:]
		}
	}
	return spent*8 >= len(page)
}

// stripped are the dead elements strip removes before the tree is built.
var stripped = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Svg: true, atom.Template: true}

// ldJSON reads the current tag's attributes for type="application/ld+json".
func ldJSON(z *html.Tokenizer) bool {
	for {
		k, v, more := z.TagAttr()
		if string(k) == "type" && strings.EqualFold(strings.TrimSpace(string(v)), "application/ld+json") {
			return true
		}
		if !more {
			return false
		}
	}
}
