package library

import (
	"maps"
	"slices"
)

// Counts are the numbers shown beside each filter of the sidebar.
type Counts struct {
	All        int     `json:"all"`
	Unread     int     `json:"unread"`
	Favourites int     `json:"favourites"`
	Archive    int     `json:"archive"`
	Trash      int     `json:"trash"`
	Tags       []Count `json:"tags"`
	Sources    []Count `json:"sources"`
}

// Count is how many live articles carry one tag or come from one source.
type Count struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Counts counts the articles of every view, tag and source.
func (l *Library) Counts() Counts {
	l.mu.RLock()
	defer l.mu.RUnlock()
	var c Counts
	tags, sources := map[string]int{}, map[string]int{}
	views := []struct {
		view string
		n    *int
	}{{ViewAll, &c.All}, {ViewUnread, &c.Unread}, {ViewFavourites, &c.Favourites}, {ViewArchive, &c.Archive}, {ViewTrash, &c.Trash}}
	for i := range l.entries {
		e := &l.entries[i]
		for _, v := range views {
			if inView(e, v.view) {
				*v.n++
			}
		}
		if e.Trashed != nil {
			continue
		}
		for _, t := range e.Tags {
			tags[t]++
		}
		sources[SourceOf(e)]++
	}
	c.Tags, c.Sources = sorted(tags), sorted(sources)
	return c
}

// sorted lists counts by name.
func sorted(m map[string]int) []Count {
	out := make([]Count, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Count{Name: k, Count: m[k]})
	}
	return out
}
