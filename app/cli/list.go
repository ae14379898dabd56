package cli

import (
	"fmt"
	"strconv"

	"gloss/app"
	"gloss/backend/library"
)

func cmdList(env Env, a args, db string) error {
	q := library.Query{
		View: a.flags["view"], Tag: a.flags["tag"], Source: a.flags["source"],
		Sort: a.flags["sort"], Reverse: a.has("reverse"), Limit: library.MaxLimit,
	}
	for name, dst := range map[string]*int{"limit": &q.Limit, "offset": &q.Offset} {
		if v, ok := a.flags[name]; ok {
			n, err := strconv.Atoi(v)
			if err != nil {
				return fmt.Errorf("list: --%s %q is not a number", name, v)
			}
			*dst = n
		}
	}
	lib, done, err := openLibrary(db)
	if err != nil {
		return err
	}
	defer done()
	page, err := app.NewLibrary(lib, nil).Query(q)
	if err != nil {
		return err
	}
	if a.has("json") {
		return writeJSON(env, page.Items)
	}
	for _, it := range page.Items {
		from := it.Site
		if from == "" {
			from = it.Source
		}
		fmt.Fprintf(env.Stdout, "%6d  %s  %s  (%s)\n", it.ID, it.Added[:10], it.Title, from)
	}
	fmt.Fprintf(env.Stderr, "%d of %d articles\n", len(page.Items), page.Total)
	return nil
}
