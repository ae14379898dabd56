package app

import (
	"testing"

	"gloss/backend/library"
)

// FuzzLibrary_Query checks that no query from the frontend panics or
// returns more than it asked for.
func FuzzLibrary_Query(f *testing.F) {
	f.Add("all", "tag", "src", "title", false, 0, 10)
	f.Add("trash", "", "", "", true, -1, 2000)
	lib := NewLibrary(mustLibrary(f), nil)
	lib.ImportFiles([]FileData{{Name: "two.txt", Data: b64(twoArticles)}})
	f.Fuzz(func(t *testing.T, view, tag, source, sort string, reverse bool, offset, limit int) {
		page, err := lib.Query(library.Query{View: view, Tag: tag, Source: source, Sort: sort, Reverse: reverse, Offset: offset, Limit: limit})
		if err == nil && len(page.Items) > max(limit, 100) {
			t.Fatalf("page of %d items for limit %d", len(page.Items), limit)
		}
	})
}

// FuzzLibrary_Tags checks that any tag text is either stored cleanly or refused.
func FuzzLibrary_Tags(f *testing.F) {
	f.Add("syria", "war")
	f.Add(" a,b ", "\x00")
	lib := NewLibrary(mustLibrary(f), nil)
	lib.ImportFiles([]FileData{{Name: "two.txt", Data: b64(twoArticles)}})
	f.Fuzz(func(t *testing.T, tag, other string) {
		if _, err := lib.AddTags([]uint64{1}, []string{tag}); err != nil {
			return
		}
		lib.RenameTag(tag, other)
		lib.DeleteTag(other)
		lib.DeleteTag(tag)
	})
}

// FuzzSystem_SaveSettings checks that settings are validated without panics.
func FuzzSystem_SaveSettings(f *testing.F) {
	f.Add("system", "serif", 19, 1.6, 68, "Claim", 200)
	f.Add("neon", "mono", -1, 0.0, 1000, "", -5)
	sys := NewSystem(Info{}, mustLibrary(f).Store(), nil)
	f.Fuzz(func(t *testing.T, theme, font string, size int, lh float64, width int, colour string, pane int) {
		s := Settings{Theme: theme, Font: font, FontSize: size, LineHeight: lh, Width: width}
		s.Colours[0], s.Layout.ListWidth = colour, pane
		if _, err := sys.SaveSettings(s); err == nil {
			if got, _ := sys.Settings(); got != s {
				t.Fatalf("saved %+v, read back %+v", s, got)
			}
		}
	})
}

// FuzzReader_SetNote checks that any note is stored as given or refused.
func FuzzReader_SetNote(f *testing.F) {
	f.Add("A note with **markdown**")
	f.Add("<script>alert(1)</script>")
	l := mustLibrary(f)
	NewLibrary(l, nil).ImportFiles([]FileData{{Name: "two.txt", Data: b64(twoArticles)}})
	r := NewReader(l)
	f.Fuzz(func(t *testing.T, note string) {
		if _, err := r.SetNote(1, note); err != nil {
			return
		}
		if v, _ := r.Open(1); v.Note != note {
			t.Fatalf("note %q read back as %q", note, v.Note)
		}
	})
}
