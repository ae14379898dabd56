package text

import (
	"bytes"
	"regexp"
)

// Markdown signals, each a line shape plain prose does not have.
var mdSignals = []*regexp.Regexp{
	regexp.MustCompile(`(?m)^#{1,6} \S`),                // ATX heading
	regexp.MustCompile(`(?m)^\S.*\n(=+|-+)[ \t]*$`),     // setext heading
	regexp.MustCompile(`(?m)^[ \t]*[-*+] \S`),           // bullet list
	regexp.MustCompile(`(?m)^> `),                       // block quote
	regexp.MustCompile("(?m)^```"),                      // code fence
	regexp.MustCompile(`\[[^\]\n]+\]\([^)\s]+\)`),       // inline link
	regexp.MustCompile(`(\*\*|__)\S[^*\n]*\S(\*\*|__)`), // strong emphasis
}

// LooksMarkdown reports whether data reads as Markdown rather than plain
// text: it opens with YAML front matter or an ATX heading, or shows at
// least two different Markdown signals in its first 8 KiB.
func LooksMarkdown(data []byte) bool {
	head := data[:min(len(data), 8<<10)]
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	head = bytes.ReplaceAll(head, []byte("\r\n"), []byte("\n"))
	if bytes.HasPrefix(head, []byte("---\n")) || mdSignals[0].Match(head[:min(len(head), 200)]) {
		return true
	}
	n := 0
	for _, re := range mdSignals {
		if re.Match(head) {
			n++
		}
	}
	return n >= 2
}
