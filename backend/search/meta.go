package search

import (
	"strings"
	"time"
)

// meta is what the index keeps of an article besides its words: enough to
// filter, to show a title and to re-rank, and nothing of the body.
type meta struct {
	id     uint64
	title  string
	tags   []string // as given, article tags then highlight tags
	ftags  []string // folded tags
	source string   // folded
	colors []string // folded highlight colours
	day    int32    // days since 1970-01-01: published, else added
	added  int64    // Unix seconds, the last tie-break
	state  State
	alive  bool
}

func newMeta(d Doc) meta {
	m := meta{id: d.ID, title: d.Title, source: fold(d.Source), added: d.Added.Unix(), alive: true}
	m.tags = append(m.tags, d.Tags...)
	for _, h := range d.Highlights {
		m.tags = append(m.tags, h.Tags...)
		if c := fold(h.Color); c != "" && !contains(m.colors, c) {
			m.colors = append(m.colors, c)
		}
	}
	for _, t := range m.tags {
		m.ftags = append(m.ftags, fold(t))
	}
	m.day = day(d.Published, d.Added)
	if d.Favourite {
		m.state |= IsFavourite
	}
	if d.Archived {
		m.state |= IsArchived
	}
	if d.Read {
		m.state |= IsRead
	} else {
		m.state |= IsUnread
	}
	return m
}

// day returns the days since 1970-01-01 of the published date when it
// starts with YYYY-MM-DD, else of added.
func day(published string, added time.Time) int32 {
	if len(published) >= 10 {
		if t, err := time.Parse(time.DateOnly, published[:10]); err == nil {
			return int32(t.Unix() / 86400)
		}
	}
	return int32(added.Unix() / 86400)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// filter is a Query's filters, prepared for checking many articles.
type filter struct {
	tags, sources, colors []string
	after, before         int32
	hasAfter, hasBefore   bool
	is                    State
	extra                 func(id uint64) bool
}

func newFilter(q Query, extra func(uint64) bool) filter {
	f := filter{tags: q.Tags, sources: q.Sources, colors: q.Colors, is: q.Is, extra: extra}
	if q.After != "" {
		f.after, f.hasAfter = day(q.After, time.Time{}), true
	}
	if q.Before != "" {
		f.before, f.hasBefore = day(q.Before, time.Time{}), true
	}
	return f
}

// keep reports whether the article passes every filter.
func (f *filter) keep(m *meta) bool {
	if !m.alive || m.state&f.is != f.is {
		return false
	}
	if f.hasAfter && m.day < f.after || f.hasBefore && m.day >= f.before {
		return false
	}
	if len(f.tags) > 0 && !anyIn(f.tags, m.ftags) {
		return false
	}
	if len(f.colors) > 0 && !anyIn(f.colors, m.colors) {
		return false
	}
	if len(f.sources) > 0 {
		ok := false
		for _, s := range f.sources {
			ok = ok || strings.Contains(m.source, s)
		}
		if !ok {
			return false
		}
	}
	return f.extra == nil || f.extra(m.id)
}

func anyIn(want, have []string) bool {
	for _, w := range want {
		if contains(have, w) {
			return true
		}
	}
	return false
}
