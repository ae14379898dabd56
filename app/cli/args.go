package cli

import (
	"fmt"
	"strings"
)

// args is a parsed command line: a command, its flags and its operands.
// Flags may stand before or after operands, since people type
// "gloss parse FILE --json"; "--" ends flags.
type args struct {
	cmd      string
	flags    map[string]string
	operands []string
}

// valueFlags take a value; every other known flag is a switch.
var valueFlags = map[string]bool{
	"db": true, "addr": true, "view": true, "tag": true, "source": true, "sort": true,
	"limit": true, "offset": true, "add": true, "remove": true,
	"quote": true, "note": true, "color": true, "format": true, "out": true, "ids": true,
}

var switchFlags = map[string]bool{
	"json": true, "help": true, "h": true, "reverse": true,
	"one-file": true, "favourite": true, "has-highlights": true,
}

func parseArgs(argv []string) (args, error) {
	a := args{flags: map[string]string{}}
	for i := 0; i < len(argv); i++ {
		s := argv[i]
		if s == "--" {
			a.operands = append(a.operands, argv[i+1:]...)
			break
		}
		if !strings.HasPrefix(s, "-") || s == "-" {
			if a.cmd == "" {
				a.cmd = s
			} else {
				a.operands = append(a.operands, s)
			}
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(s, "-"), "=")
		if !valueFlags[name] && !switchFlags[name] {
			return a, fmt.Errorf("unknown flag %s (see gloss help)", s)
		}
		if valueFlags[name] && !hasValue {
			if i+1 >= len(argv) {
				return a, fmt.Errorf("flag --%s needs a value", name)
			}
			i++
			value = argv[i]
		}
		if !valueFlags[name] && hasValue {
			return a, fmt.Errorf("flag --%s takes no value", name)
		}
		a.flags[name] = value
	}
	return a, nil
}

func (a args) has(name string) bool { _, ok := a.flags[name]; return ok }
