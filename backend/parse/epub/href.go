package epub

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
)

// errNotInBook means an href points to no file of the archive: it is
// empty, a fragment of the same file, or a remote or data: URL. Callers
// skip such links.
var errNotInBook = errors.New("not a file in the book")

// resolve returns the archive path an href points to, relative to the
// folder of the file base that holds it (base "" is the archive root).
// Fragments and queries are dropped and percent-escapes decoded. An href
// that is absolute or climbs above the archive root fails with
// ErrUnsafePath: it is never followed.
func resolve(base, href string) (string, error) {
	if i := strings.IndexAny(href, "#?"); i >= 0 {
		href = href[:i]
	}
	href = strings.TrimSpace(href)
	if href == "" {
		return "", errNotInBook
	}
	if u, err := url.Parse(href); err != nil || u.Scheme != "" || u.Host != "" {
		return "", errNotInBook
	}
	p, err := url.PathUnescape(href)
	if err != nil {
		p = href
	}
	p = strings.ReplaceAll(p, `\`, "/")
	if strings.HasPrefix(p, "/") || strings.ContainsRune(p, 0) {
		return "", fmt.Errorf("%q: %w", href, ErrUnsafePath)
	}
	joined := path.Join(path.Dir(base), p)
	if joined == ".." || strings.HasPrefix(joined, "../") {
		return "", fmt.Errorf("%q: %w", href, ErrUnsafePath)
	}
	return joined, nil
}
