package hostile

import (
	_ "embed"
	"strings"
)

//go:embed payloads.txt
var payloadsFile string

// Payload is one attack, numbered from 1 in file order.
type Payload struct {
	N    int
	Text string
}

// Payloads returns the payloads of payloads.txt: one a line, lines starting
// with "#" left out, and a line ending in a backslash joined to the next
// with a line break (frontend/e2e/hostile.test.mjs reads the file the same
// way).
func Payloads() []Payload {
	var out []Payload
	var cont []string
	for _, line := range strings.Split(strings.TrimSuffix(payloadsFile, "\n"), "\n") {
		if len(cont) == 0 && (line == "" || strings.HasPrefix(line, "#")) {
			continue
		}
		if strings.HasSuffix(line, `\`) {
			cont = append(cont, strings.TrimSuffix(line, `\`))
			continue
		}
		text := strings.Join(append(cont, line), "\n")
		cont = nil
		out = append(out, Payload{N: len(out) + 1, Text: text})
	}
	return out
}
