package epub

import (
	"strings"
	"time"

	"gloss/backend/model"
)

// fillMeta sets the article's metadata from the package document.
func fillMeta(a *model.Article, m metadata, spineDir string) {
	a.Title = m.title()
	a.Byline = m.byline()
	a.Published = m.published()
	a.Site = firstValue(m.Publishers)
	a.Lang = strings.TrimSpace(firstValue(m.Languages))
	switch d := strings.ToLower(strings.TrimSpace(spineDir)); {
	case d == "rtl" || d == "ltr":
		a.Dir = d
	case rtlLanguage(a.Lang):
		a.Dir = "rtl"
	}
	// Otherwise Normalize guesses the direction from the text's script,
	// which a default "en" left by an authoring tool cannot mislead.
}

// refined returns the value of the EPUB 3 <meta refines="#id"> with the
// given property.
func (m metadata) refined(id, property string) string {
	if id == "" {
		return ""
	}
	for _, x := range m.Metas {
		if x.Refines == "#"+id && x.Property == property {
			return strings.TrimSpace(x.Value)
		}
	}
	return ""
}

// title is the main title: the one EPUB 3 marks title-type "main", else
// the first.
func (m metadata) title() string {
	for _, t := range m.Titles {
		if m.refined(t.ID, "title-type") == "main" && strings.TrimSpace(t.Value) != "" {
			return t.Value
		}
	}
	return firstValue(m.Titles)
}

// byline joins the book's authors: the creators whose role (EPUB 2
// opf:role or EPUB 3 refinement) is "aut" or unstated; if every creator has
// another role (editor, translator), all of them.
func (m metadata) byline() string {
	var authors, all []string
	for _, c := range m.Creators {
		name := model.Fold(c.Value)
		if name == "" {
			continue
		}
		all = append(all, name)
		role := c.Role
		if role == "" {
			role = m.refined(c.ID, "role")
		}
		if role == "" || role == "aut" {
			authors = append(authors, name)
		}
	}
	if len(authors) == 0 {
		authors = all
	}
	return strings.Join(authors, ", ")
}

// published is the publication date in ISO 8601: EPUB 2's dc:date with
// opf:event "publication", else the first dc:date (EPUB 3 has one).
func (m metadata) published() string {
	raw := firstValue(m.Dates)
	for _, d := range m.Dates {
		if d.Event == "publication" && strings.TrimSpace(d.Value) != "" {
			raw = d.Value
			break
		}
	}
	return isoDate(raw)
}

// isoDate normalises a dc:date, which EPUB allows at any precision from a
// year to a date-time. A midnight UTC time is most often a date stored by
// a tool, so it becomes a bare date; calibre's placeholder for "unknown"
// (year 101) and other unreadable dates become "".
func isoDate(raw string) string {
	raw = strings.TrimSpace(raw)
	if t, err := time.Parse(time.RFC3339, raw); err == nil {
		if t.Year() < 1000 {
			return ""
		}
		if _, off := t.Zone(); off == 0 && t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
			return t.Format(time.DateOnly)
		}
		return t.Format(time.RFC3339)
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", time.DateOnly, "2006-01", "2006"} {
		if t, err := time.Parse(layout, raw); err == nil && t.Year() >= 1000 {
			return raw[:min(len(raw), len(layout), len(time.DateOnly))]
		}
	}
	return ""
}

// rtlLanguage reports whether a BCP 47 tag names a language or script
// written right to left.
func rtlLanguage(tag string) bool {
	parts := strings.Split(strings.ToLower(strings.ReplaceAll(tag, "_", "-")), "-")
	for _, p := range parts[1:] {
		switch p {
		case "arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg":
			return true
		case "latn", "cyrl":
			return false
		}
	}
	switch parts[0] {
	case "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "syr", "ug", "ur", "yi":
		return true
	}
	return false
}

func firstValue(vs []dcValue) string {
	for _, v := range vs {
		if s := model.Fold(v.Value); s != "" {
			return s
		}
	}
	return ""
}
