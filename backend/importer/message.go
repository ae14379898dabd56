package importer

import (
	"errors"
	"strings"

	"gloss/backend/parse"
	"gloss/backend/store"
)

// Message turns an import error into one sentence for a person: the file's
// name, then what is wrong, without the package prefixes.
func Message(name string, err error) string {
	for _, target := range []error{parse.ErrEmpty, parse.ErrUnknownFormat, store.ErrLocked} {
		if errors.Is(err, target) {
			return name + ": " + target.Error()
		}
	}
	msg := err.Error()
	// The innermost text after the last "name: " is the cause.
	if i := strings.LastIndex(msg, name+": "); i >= 0 {
		msg = msg[i+len(name)+2:]
	}
	return name + ": " + msg
}
