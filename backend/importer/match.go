package importer

import (
	"strconv"
	"strings"

	"gloss/backend/library"
	"gloss/backend/model"
)

// matcher finds the stored article an item of another app's export is
// about: by its address, else by its title. It reads the library's
// entries once, on first use.
type matcher struct {
	lib     *library.Library
	loaded  bool
	urls    map[string]uint64
	titles  map[string]uint64
	planned map[string]int // address -> doc planned in this import
}

func newMatcher(lib *library.Library) *matcher {
	return &matcher{lib: lib, planned: map[string]int{}}
}

func (m *matcher) load() {
	if m.loaded {
		return
	}
	m.loaded = true
	m.urls, m.titles = map[string]uint64{}, map[string]uint64{}
	list, err := m.lib.Store().List()
	if err != nil {
		return // nothing matches; the items are added instead
	}
	// Articles in the trash match only when no live article does.
	for pass := range 2 {
		for _, e := range list {
			if (e.Trashed != nil) != (pass == 1) {
				continue
			}
			if k := urlKey(e.URL); k != "" && m.urls[k] == 0 {
				m.urls[k] = e.ID
			}
			if k := titleKey(e.Title); k != "" && m.titles[k] == 0 {
				m.titles[k] = e.ID
			}
		}
	}
}

// byURL returns the stored article at u, 0 if none. A gloss://article/ID
// link, which Gloss's own annotation export uses for articles without an
// address, names the article directly.
func (m *matcher) byURL(u string) uint64 {
	if rest, ok := strings.CutPrefix(u, "gloss://article/"); ok {
		rest, _, _ = strings.Cut(rest, "#")
		if id, err := strconv.ParseUint(rest, 10, 64); err == nil {
			if _, ok := m.lib.Get(id); ok {
				return id
			}
		}
		return 0
	}
	k := urlKey(u)
	if k == "" {
		return 0
	}
	m.load()
	return m.urls[k]
}

// byTitle returns the stored article of that title (case and spacing
// aside), 0 if none.
func (m *matcher) byTitle(title string) uint64 {
	k := titleKey(title)
	if k == "" {
		return 0
	}
	m.load()
	return m.titles[k]
}

// expect notes that doc will hold the item at u, so that a later item of
// the same file with that address goes to it rather than adding another.
func (m *matcher) expect(u string, doc int) {
	if k := urlKey(u); k != "" {
		if _, ok := m.planned[k]; !ok {
			m.planned[k] = doc
		}
	}
}

// pending returns the doc planned for u by an earlier item.
func (m *matcher) pending(u string) (int, bool) {
	k := urlKey(u)
	if k == "" {
		return 0, false
	}
	doc, ok := m.planned[k]
	return doc, ok
}

// urlKey normalises an address as the store does to find versions: no
// scheme, no fragment, no trailing slash, lower-case host.
func urlKey(u string) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	u, _, _ = strings.Cut(u, "#")
	u = strings.TrimSuffix(u, "/")
	host, path, _ := strings.Cut(u, "/")
	return strings.ToLower(host) + "/" + path
}

func titleKey(t string) string { return strings.ToLower(model.Fold(t)) }
