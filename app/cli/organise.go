package cli

import (
	"errors"
	"fmt"
	"strconv"

	"gloss/app"
)

// ids parses article IDs given as operands.
func ids(cmd string, operands []string) ([]uint64, error) {
	if len(operands) == 0 {
		return nil, fmt.Errorf("%s: name at least one article ID (see gloss list)", cmd)
	}
	out := make([]uint64, 0, len(operands))
	for _, o := range operands {
		id, err := strconv.ParseUint(o, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %q is not an article ID (see gloss list)", cmd, o)
		}
		out = append(out, id)
	}
	return out, nil
}

// cmdTag: gloss tag ID... --add T | --remove T; gloss tag rename OLD NEW;
// gloss tag delete TAG; gloss tag list.
func cmdTag(env Env, a args, db string) error {
	lib, done, err := openLibrary(db)
	if err != nil {
		return err
	}
	defer done()
	l := app.NewLibrary(lib, nil)
	sub := ""
	if len(a.operands) > 0 {
		sub = a.operands[0]
	}
	switch {
	case sub == "list":
		c, _ := l.Counts()
		for _, t := range c.Tags {
			fmt.Fprintf(env.Stdout, "%s\t%d\n", t.Name, t.Count)
		}
		return nil
	case sub == "rename" && len(a.operands) == 3:
		n, err := l.RenameTag(a.operands[1], a.operands[2])
		if err == nil {
			fmt.Fprintf(env.Stdout, "%d articles retagged\n", n)
		}
		return err
	case sub == "delete" && len(a.operands) == 2:
		n, err := l.DeleteTag(a.operands[1])
		if err == nil {
			fmt.Fprintf(env.Stdout, "tag removed from %d articles\n", n)
		}
		return err
	}
	list, err := ids("tag", a.operands)
	if err != nil {
		return err
	}
	switch {
	case a.flags["add"] != "":
		_, err = l.AddTags(list, []string{a.flags["add"]})
	case a.flags["remove"] != "":
		_, err = l.RemoveTags(list, []string{a.flags["remove"]})
	default:
		err = errors.New("tag: use --add TAG or --remove TAG, or tag rename|delete|list")
	}
	return err
}

// cmdTrash moves articles to the trash (delete) or back (restore).
func cmdTrash(env Env, a args, db string, restore bool) error {
	list, err := ids(a.cmd, a.operands)
	if err != nil {
		return err
	}
	lib, done, err := openLibrary(db)
	if err != nil {
		return err
	}
	defer done()
	l := app.NewLibrary(lib, nil)
	change, verb := l.Trash, "moved to the trash (gloss restore brings them back)"
	if restore {
		change, verb = l.Restore, "restored"
	}
	changed, err := change(list)
	if err == nil {
		fmt.Fprintf(env.Stdout, "%d articles %s\n", len(changed), verb)
	}
	return err
}
