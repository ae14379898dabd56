package hostile

import (
	"fmt"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// active are the elements that run script, embed other documents, load
// from outside, submit, or change how the page's addresses resolve.
var active = map[atom.Atom]bool{
	atom.Script: true, atom.Iframe: true, atom.Frame: true, atom.Frameset: true,
	atom.Object: true, atom.Embed: true, atom.Applet: true, atom.Param: true,
	atom.Base: true, atom.Form: true, atom.Input: true, atom.Button: true,
	atom.Link: true, atom.Img: true, atom.Picture: true, atom.Source: true,
	atom.Video: true, atom.Audio: true, atom.Svg: true, atom.Math: true,
	atom.Template: true, atom.Textarea: true, atom.Select: true,
}

// inert lists what in a rendered document could run, load or navigate:
// active elements, on* and style attributes, and addresses that are not
// web, mail or gloss:// links. allow names elements the renderer itself
// writes (the export's own <style> and <meta> tags), counted: each may
// appear that many times.
func inert(doc string, allow map[atom.Atom]int) []string {
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		return []string{err.Error()}
	}
	seen := map[atom.Atom]int{}
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			seen[n.DataAtom]++
			if active[n.DataAtom] || n.DataAtom == 0 && n.Namespace != "" {
				out = append(out, fmt.Sprintf("<%s> element", n.Data))
			}
			if (n.DataAtom == atom.Style || n.DataAtom == atom.Meta) && seen[n.DataAtom] > allow[n.DataAtom] {
				out = append(out, fmt.Sprintf("<%s> element beyond the renderer's own", n.Data))
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				switch {
				case strings.HasPrefix(key, "on"):
					out = append(out, fmt.Sprintf("<%s %s=%q>", n.Data, a.Key, a.Val))
				case key == "style" || key == "srcdoc" || key == "srcset" || key == "background" || key == "poster":
					out = append(out, fmt.Sprintf("<%s %s=%q>", n.Data, a.Key, a.Val))
				case key == "href" || key == "src" || key == "action" || key == "formaction" || key == "xlink:href" || key == "data":
					if !safeLink(a.Val) {
						out = append(out, fmt.Sprintf("<%s %s=%q>", n.Data, a.Key, a.Val))
					}
				case key == "target":
					out = append(out, fmt.Sprintf("<%s target=%q>", n.Data, a.Val))
				}
			}
			if n.DataAtom == atom.Meta && strings.EqualFold(attr(n, "http-equiv"), "refresh") {
				out = append(out, "<meta http-equiv=refresh>")
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// safeLink reports whether an address in a rendered document can only be
// a link to follow on purpose: http(s), mailto, gloss:// or a fragment.
func safeLink(s string) bool {
	if strings.HasPrefix(s, "#") {
		return true
	}
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.Host != ""
	case "mailto", "gloss":
		return true
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// visibleText returns the text a reader of the document sees, without the head.
func visibleText(doc string) string {
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.DataAtom == atom.Head {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return b.String()
}

// scriptBodies returns the text inside <script> and <style> elements of a
// payload, as a browser builds its tree: text that must never become
// article text.
func scriptBodies(payload string) []string {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(payload), body)
	if err != nil {
		return nil
	}
	var out []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode && n.Parent != nil && n.Parent.Namespace == "" &&
			(n.Parent.DataAtom == atom.Script || n.Parent.DataAtom == atom.Style) {
			if t := strings.TrimSpace(n.Data); len(t) >= 8 {
				out = append(out, t)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	for _, n := range nodes {
		walk(n)
	}
	return out
}
