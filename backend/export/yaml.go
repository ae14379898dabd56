package export

import (
	"fmt"
	"regexp"
	"strings"
)

// field is one front-matter key with a scalar (string or integer) or a
// list of strings. Only these shapes are written, so a full YAML library
// is not needed; what matters is quoting.
type field struct {
	key   string
	str   string
	num   uint64
	list  []string
	isNum bool
	isSeq bool
}

// plainSafe matches strings that YAML reads back as the same string when
// written plain: no indicator first, no ": " or " #", no trailing space.
var plainSafe = regexp.MustCompile(`^[\p{L}\p{N}][\p{L}\p{N} _.,;()'’/&+-]*$`)

// plainAmbiguous matches plain scalars YAML 1.1 or 1.2 resolve to
// something other than a string (booleans, null, numbers), except dates,
// which are wanted: Obsidian reads "published: 2024-01-21" as a date.
var plainAmbiguous = regexp.MustCompile(`(?i)^(y|n|yes|no|on|off|true|false|null|~|[-+]?(\.inf|\.nan)|[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|0x[0-9a-f_]+|0o?[0-7_]+|[0-9]+(:[0-5]?[0-9])+(\.[0-9_]*)?)$`)

// yamlString writes s as a YAML scalar that reads back as the string s:
// plain when that is unambiguous, double-quoted with escapes otherwise.
func yamlString(s string) string {
	if plainSafe.MatchString(s) && !plainAmbiguous.MatchString(s) && !strings.HasSuffix(s, " ") {
		return s
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		case '\u0085':
			b.WriteString(`\N`)
		case '\u2028':
			b.WriteString(`\L`)
		case '\u2029':
			b.WriteString(`\P`)
		case '\ufeff':
			b.WriteString(`\uFEFF`)
		default:
			if r < 0x20 || (r >= 0x7f && r < 0xa0) {
				fmt.Fprintf(&b, `\x%02X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// writeFields writes fields as YAML block mappings; empty strings and
// lists are left out.
func writeFields(b *strings.Builder, fields []field) {
	for _, f := range fields {
		switch {
		case f.isNum:
			fmt.Fprintf(b, "%s: %d\n", f.key, f.num)
		case f.isSeq && len(f.list) > 0:
			b.WriteString(f.key + ":\n")
			for _, v := range f.list {
				b.WriteString("  - " + yamlString(v) + "\n")
			}
		case !f.isSeq && f.str != "":
			b.WriteString(f.key + ": " + yamlString(f.str) + "\n")
		}
	}
}

// frontMatter splits a Markdown file into its front-matter lines (without
// the --- fences) and the rest. ok is false when the file has none.
func frontMatter(text string) (lines []string, rest string, ok bool) {
	body, found := strings.CutPrefix(strings.TrimPrefix(text, "\ufeff"), "---\n")
	if !found {
		return nil, text, false
	}
	for off := 0; off <= len(body); {
		line, _, _ := strings.Cut(body[off:], "\n")
		if l := strings.TrimRight(line, " \r"); l == "---" || l == "..." {
			end := min(off+len(line)+1, len(body))
			return strings.Split(strings.TrimSuffix(body[:off], "\n"), "\n"), body[end:], true
		}
		off += len(line) + 1
	}
	return nil, text, false
}

// userKeys returns the front-matter lines of keys not in managed, each
// key with its continuation lines (indented, list items, comments), in
// their order, so what the user added survives a re-export verbatim.
func userKeys(lines []string, managed map[string]bool) []string {
	var out []string
	keep := true
	for _, l := range lines {
		if l != "" && l[0] != ' ' && l[0] != '\t' && l[0] != '-' && l[0] != '#' {
			key, _, _ := strings.Cut(l, ":")
			keep = !managed[strings.Trim(strings.TrimSpace(key), `"'`)]
		}
		if keep {
			out = append(out, l)
		}
	}
	for len(out) > 0 && strings.TrimSpace(out[len(out)-1]) == "" {
		out = out[:len(out)-1]
	}
	return out
}
