package exchange

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
)

// sniffLen is how much of a file Sniff reads: every format shows its
// signature in its first record.
const sniffLen = 64 << 10

// sniff tells the format of the head of a UTF-8 text.
func sniff(head []byte) Format {
	head = bytes.TrimLeft(head, " \t\r\n\uFEFF")
	switch {
	case len(head) == 0:
		return ""
	case head[0] == '{' || head[0] == '[':
		return sniffJSON(scanJSON(head))
	case head[0] == '<':
		return sniffHTML(head)
	case looksKindle(head):
		return Kindle
	}
	return sniffCSV(head)
}

// sniffHTML knows the two HTML exports: the Netscape bookmark file that
// every browser and bookmarking service writes, and Pocket's own page.
func sniffHTML(head []byte) Format {
	lower := bytes.ToLower(head[:min(len(head), 4096)])
	switch {
	case bytes.Contains(lower, []byte("<!doctype netscape-bookmark-file")):
		return Bookmarks
	case bytes.Contains(lower, []byte("<title>pocket export</title>")) && bytes.Contains(lower, []byte("time_added=")):
		return PocketHTML
	}
	return ""
}

// sniffCSV knows a CSV export by its header line.
func sniffCSV(head []byte) Format {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(line))
	r.LazyQuotes = true
	cells, err := r.Read()
	if err != nil || len(cells) < 3 {
		return ""
	}
	for i := range cells {
		cells[i] = strings.ToLower(strings.TrimSpace(cells[i]))
	}
	has := func(c string) bool { return slices.Contains(cells, c) }
	switch {
	case slices.Equal(cells[:min(4, len(cells))], []string{"url", "title", "selection", "folder"}):
		return Instapaper
	case has("url") && has("title") && has("time_added"):
		return PocketCSV
	case has("highlight") && (has("book title") || has("title")):
		return Readwise
	}
	return ""
}

// jsonShape is what the head of a JSON file shows: the object keys it
// uses, the values of its "type" keys and its JSON-LD context.
type jsonShape struct {
	keys, types map[string]bool
	context     string
}

// sniffJSON knows a JSON export by the keys of its records.
func sniffJSON(s jsonShape) Format {
	k := func(names ...string) bool {
		for _, n := range names {
			if !s.keys[n] {
				return false
			}
		}
		return true
	}
	switch {
	case k("clippings") && s.types["book"]:
		return KindleBackup
	case k("uri", "target") && (k("created") || k("user") || k("document")) && !strings.Contains(s.context, "/ns/anno"):
		return Hypothesis
	case strings.Contains(s.context, "w3.org/ns/anno") || s.types["Annotation"] ||
		s.types["AnnotationPage"] || s.types["AnnotationCollection"]:
		return W3C
	case k("roots", "bookmark_bar") || s.types["text/x-moz-place-container"]:
		return Bookmarks
	case k("url") && (k("is_archived") && (k("content") || k("domain_name")) || k("is_read", "is_fav")):
		return Wallabag
	case k("url", "slug", "savedAt"):
		return Omnivore
	case k("href", "toread", "extended"):
		return Pinboard
	case k("url", "owner", "private", "created"):
		return Delicious
	case k("url", "is_saved", "created_at"):
		return ElCurator
	case k("bookmarks", "article__url"):
		return ReadabilityRL
	}
	return ""
}

// scanJSON reads the tokens of a JSON head (possibly cut short, possibly
// several values as in NDJSON) and notes its keys, up to a budget.
func scanJSON(head []byte) jsonShape {
	s := jsonShape{keys: map[string]bool{}, types: map[string]bool{}}
	type frame struct {
		obj, wantKey bool
		key          string // the last key (objects) or the key holding the array
	}
	var stack []frame
	dec := json.NewDecoder(bytes.NewReader(head))
	for range 50000 {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		var top *frame
		if len(stack) > 0 {
			top = &stack[len(stack)-1]
		}
		switch v := tok.(type) {
		case json.Delim:
			if v == '}' || v == ']' {
				stack = stack[:max(len(stack)-1, 0)]
				continue
			}
			f := frame{obj: v == '{', wantKey: true}
			if top != nil {
				f.key = top.key
				top.wantKey = top.obj
			}
			stack = append(stack, f)
		case string:
			switch {
			case top != nil && top.obj && top.wantKey:
				s.keys[v], top.key, top.wantKey = true, v, false
				continue
			case top != nil && top.key == "type":
				s.types[v] = true
			case top != nil && top.key == "@context":
				s.context += " " + v
			}
			if top != nil {
				top.wantKey = top.obj
			}
		default:
			if top != nil {
				top.wantKey = top.obj
			}
		}
	}
	return s
}

// looksKindle reports whether text opens like "My Clippings.txt": an
// entry of a title line and a meta line naming a kind of clipping ("-
// Your Highlight on page 3 | Added on …"), closed by a line of ten
// equals signs.
func looksKindle(head []byte) bool {
	entries := strings.Split(string(head), "\n==========")
	for _, entry := range entries[:min(len(entries)-1, 3)] {
		lines := nonEmptyLines(entry, 2)
		if len(lines) == 2 && isKindleMeta(lines[1]) {
			return true
		}
	}
	return false
}

// nonEmptyLines returns up to n trimmed non-empty lines of s.
func nonEmptyLines(s string, n int) []string {
	var out []string
	for l := range strings.SplitSeq(s, "\n") {
		if l = strings.Trim(l, " \t\r\uFEFF"); l != "" && l != "==========" {
			if out = append(out, l); len(out) == n {
				break
			}
		}
	}
	return out
}

// isKindleMeta reports whether l is the second line of a clipping.
func isKindleMeta(l string) bool {
	return (strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "– ")) &&
		strings.Contains(l, "|") && strings.ContainsAny(l, "0123456789") && clipKind(l) >= 0
}
