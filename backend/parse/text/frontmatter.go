package text

import (
	"bytes"
	"strings"
)

// frontMatter splits a leading YAML front matter block ("---" lines) from
// src and reads its simple "key: value" lines; nested YAML is ignored, since
// only title, author, date and url are used.
func frontMatter(src []byte) (map[string]string, []byte) {
	meta := map[string]string{}
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return meta, src
	}
	rest := src[4:]
	end := bytes.Index(rest, []byte("\n---"))
	if end < 0 {
		return meta, src
	}
	for _, line := range strings.Split(string(rest[:end]), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, " ") {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		meta[strings.ToLower(strings.TrimSpace(k))] = v
	}
	body := rest[end+4:]
	if i := bytes.IndexByte(body, '\n'); i >= 0 {
		body = body[i+1:]
	} else {
		body = nil
	}
	return meta, body
}

// webURL keeps an http(s) address from front matter and drops any other:
// the article's address may become a link, and a javascript: or file:
// one must never reach a page.
func webURL(s string) string {
	if l := strings.ToLower(s); strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") {
		return s
	}
	return ""
}
