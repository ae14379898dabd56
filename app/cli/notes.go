package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"gloss/app"
	"gloss/backend/finder"
	"gloss/backend/notes"
)

// colourIndex reads a colour given by number (1-5) or by name.
func colourIndex(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= len(finder.Colours) {
		return n - 1, nil
	}
	for i, c := range finder.Colours {
		if strings.EqualFold(c, s) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("highlight: colour %q: use 1-5 or %s", s, strings.Join(finder.Colours[:], ", "))
}

// cmdHighlight: gloss highlight ARTICLE --quote TEXT [--note N] [--color C] [--tag T]
func cmdHighlight(env Env, a args, db string) error {
	if len(a.operands) != 1 || a.flags["quote"] == "" {
		return errors.New("highlight: use gloss highlight ARTICLE --quote TEXT [--note N] [--color C] [--tag T]")
	}
	id, err := strconv.ParseUint(a.operands[0], 10, 64)
	if err != nil {
		return fmt.Errorf("highlight: %q is not an article ID (see gloss list)", a.operands[0])
	}
	color, err := colourIndex(a.flags["color"])
	if err != nil {
		return err
	}
	lib, done, err := openLibrary(db)
	if err != nil {
		return err
	}
	defer done()
	_, body, err := lib.Store().Get(id)
	if err != nil {
		return err
	}
	quote := a.flags["quote"]
	at := strings.Index(body.Text, quote)
	if at < 0 {
		return fmt.Errorf("highlight: the quote is not in article %d (it must match the text exactly)", id)
	}
	start := len([]rune(body.Text[:at]))
	edit := notes.Edit{Color: color, Note: a.flags["note"]}
	if t := a.flags["tag"]; t != "" {
		edit.Tags = []string{t}
	}
	h, err := app.NewNotes(lib, nil).Create(id, start, start+len([]rune(quote)), edit)
	if err != nil {
		return err
	}
	if a.has("json") {
		return writeJSON(env, h)
	}
	fmt.Fprintf(env.Stdout, "highlight %d on article %d\n", h.ID, id)
	return nil
}

// cmdNotes: gloss notes [ARTICLE] [--json]
func cmdNotes(env Env, a args, db string) error {
	lib, done, err := openLibrary(db)
	if err != nil {
		return err
	}
	defer done()
	n := app.NewNotes(lib, nil)
	var list []app.HighlightView
	switch len(a.operands) {
	case 0:
		page, err := n.All(app.NotesQuery{Color: -1, Limit: 1000})
		if err != nil {
			return err
		}
		list = page.Items
	case 1:
		id, err := strconv.ParseUint(a.operands[0], 10, 64)
		if err != nil {
			return fmt.Errorf("notes: %q is not an article ID (see gloss list)", a.operands[0])
		}
		if list, err = n.ForArticle(id); err != nil {
			return err
		}
	default:
		return errors.New("notes: name at most one article")
	}
	if a.has("json") {
		return writeJSON(env, list)
	}
	for _, h := range list {
		orphan := ""
		if h.Orphan {
			orphan = " (orphan: its text is not in the current version)"
		}
		fmt.Fprintf(env.Stdout, "%d/%d [%s]%s\n  > %s\n", h.ArticleID, h.ID, finder.Colours[h.Color], orphan, h.Exact)
		if h.Note != "" {
			fmt.Fprintf(env.Stdout, "  %s\n", h.Note)
		}
	}
	return nil
}
