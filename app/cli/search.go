package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"gloss/app"
	"gloss/backend/finder"
)

// cmdSearch: gloss search QUERY... [--json] [--limit N]
func cmdSearch(env Env, a args, db string) error {
	if len(a.operands) == 0 {
		return errors.New("search: give a query (see gloss help for its syntax)")
	}
	limit := 20
	if v, ok := a.flags["limit"]; ok {
		n, err := strconv.Atoi(v)
		if err != nil {
			return fmt.Errorf("search: --limit %q is not a number", v)
		}
		limit = n
	}
	lib, done, err := openLibrary(db)
	if err != nil {
		return err
	}
	defer done()
	f := finder.Open(lib)
	f.Ready()
	// Keep what was indexed, so the next start loads instead of building.
	defer f.Save()
	res, err := app.NewSearch(f, lib).Query(strings.Join(a.operands, " "), limit)
	if err != nil {
		return err
	}
	if a.has("json") {
		return writeJSON(env, res)
	}
	for _, r := range res.Results {
		fmt.Fprintf(env.Stdout, "%6d  %s  (%s)\n", r.ID, r.Title, r.Source)
		for _, h := range r.Hits[:min(len(r.Hits), 2)] {
			if h.Kind != "title" {
				fmt.Fprintf(env.Stdout, "        %s: %s\n", h.Kind, h.Snippet)
			}
		}
	}
	if len(res.Results) == 0 {
		fmt.Fprintln(env.Stderr, "no matches")
	}
	return nil
}
