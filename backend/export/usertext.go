package export

import (
	"regexp"
	"strings"
)

// userText is the user's own Markdown (an article's or a highlight's
// note), kept as written except where Obsidian would do more than show
// text: raw HTML and autolinks (every "<" outside code is escaped), links
// to anything but the web, mail, gloss:// or a file beside the note,
// pictures from anywhere but beside the note (a remote picture is a
// tracking pixel), and "%%", which could open an Obsidian comment hiding
// the region markers. Notes also come from other apps' exports, so they
// are not trusted. Code spans and fenced code stay as written; indented
// code shows the backslashes.
func userText(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "\r\n", "\n")
	s = strings.ReplaceAll(s, "%%", `\%\%`)
	var b strings.Builder
	fence := ""
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		f := fenceOf(line)
		switch {
		case fence == "" && f != "":
			fence = f[:1]
			b.WriteString(line)
		case fence != "":
			if f != "" && f[:1] == fence {
				fence = ""
			}
			b.WriteString(line)
		default:
			b.WriteString(outsideCode(line, inertMD))
		}
	}
	return b.String()
}

// fenceOf returns the fence a line opens or closes (three or more ` or ~
// after at most three spaces), or "".
func fenceOf(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return ""
	}
	for _, c := range []string{"`", "~"} {
		if n := len(t) - len(strings.TrimLeft(t, c)); n >= 3 {
			return t[:n]
		}
	}
	return ""
}

// outsideCode applies f to the parts of a line outside code spans.
func outsideCode(line string, f func(string) string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(line, '`')
		if i < 0 {
			break
		}
		n := backticks(line[i:])
		end := closingRun(line[i+n:], n)
		if end < 0 {
			b.WriteString(f(line[:i+n]))
			line = line[i+n:]
			continue
		}
		stop := i + n + end + n
		b.WriteString(f(line[:i]))
		b.WriteString(line[i:stop])
		line = line[stop:]
	}
	b.WriteString(f(line))
	return b.String()
}

func backticks(s string) int { return len(s) - len(strings.TrimLeft(s, "`")) }

// closingRun finds the next run of exactly n backticks in s.
func closingRun(s string, n int) int {
	for off := 0; off < len(s); {
		j := strings.IndexByte(s[off:], '`')
		if j < 0 {
			return -1
		}
		j += off
		k := backticks(s[j:])
		if k == n {
			return j
		}
		off = j + k
	}
	return -1
}

// A link destination after "](", a reference definition, and a picture
// with its destination.
var (
	inlineDest = regexp.MustCompile(`\]\([ \t]*([^ \t)]*)`)
	refDef     = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:[ \t]*(\S*)`)
	picture    = regexp.MustCompile(`^!\[[^\]\n]*\]\([ \t]*([^ \t)]*)`)
)

// inertMD escapes what would run, load or navigate in Markdown outside
// code.
func inertMD(s string) string {
	s = strings.ReplaceAll(s, "<", `\<`)
	s = inertPictures(s)
	s = inlineDest.ReplaceAllStringFunc(s, func(m string) string {
		if linkDest(inlineDest.FindStringSubmatch(m)[1]) {
			return m
		}
		return `]\(` + m[2:]
	})
	if m := refDef.FindStringSubmatch(s); m != nil && !linkDest(m[1]) {
		s = `\` + strings.TrimLeft(s, " ")
	}
	return s
}

// inertPictures escapes every "![" except Obsidian's embeds of notes
// ("![[") and pictures of files beside the note.
func inertPictures(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "![")
		if i < 0 {
			break
		}
		rest := s[i:]
		keep := strings.HasPrefix(rest, "![[")
		if m := picture.FindStringSubmatch(rest); m != nil {
			keep = localDest(m[1])
		}
		b.WriteString(s[:i])
		if keep {
			b.WriteString("![")
		} else {
			b.WriteString(`!\[`)
		}
		s = s[i+2:]
	}
	b.WriteString(s)
	return b.String()
}

// linkDest reports whether a link destination can only be the web, mail,
// a gloss:// link, a fragment or a file beside the note.
func linkDest(d string) bool {
	l := strings.ToLower(d)
	for _, p := range []string{"http://", "https://", "mailto:", "gloss://", "#"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return localDest(d)
}

// localDest reports whether a destination is a file beside the note: no
// scheme, host, entity or escape that could make it anything else.
func localDest(d string) bool {
	return !strings.ContainsAny(d, ":&\\") && !strings.HasPrefix(d, "//")
}
