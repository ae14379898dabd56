package desktop

import (
	"errors"
	"net/url"
	"strconv"
	"strings"

	"gloss/app/cli"
)

// EventOpenArticle asks the page to open an article, and to scroll to one
// of its highlights when the link names one. Its data is an articleLink.
const EventOpenArticle = "open:article"

// articleLink is a parsed gloss://article/ID#HIGHLIGHT link, as the page
// receives it with EventOpenArticle: {"id": 12, "highlight": 3}, highlight
// left out when the link has none.
type articleLink struct {
	ID        uint64 `json:"id"`
	Highlight uint64 `json:"highlight,omitempty"`
}

// errNotArticleLink is returned for gloss:// links that do not name an
// article; there are no others yet.
var errNotArticleLink = errors.New("desktop: not a gloss://article/ID link")

// isLink says whether a target from cli.OpenTargets is a gloss:// link
// rather than a file.
func isLink(target string) bool {
	scheme, _, ok := strings.Cut(target, ":")
	return ok && strings.EqualFold(scheme, cli.LinkScheme)
}

// parseLink reads gloss://article/ID and gloss://article/ID#HIGHLIGHT. A
// highlight that is not a number is dropped: the article still opens.
func parseLink(s string) (articleLink, error) {
	u, err := url.Parse(s)
	if err != nil || !strings.EqualFold(u.Scheme, cli.LinkScheme) || u.Host != "article" {
		return articleLink{}, errNotArticleLink
	}
	id, err := strconv.ParseUint(strings.Trim(u.Path, "/"), 10, 64)
	if err != nil || id == 0 {
		return articleLink{}, errNotArticleLink
	}
	h, _ := strconv.ParseUint(u.Fragment, 10, 64)
	return articleLink{ID: id, Highlight: h}, nil
}
