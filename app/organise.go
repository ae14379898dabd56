package app

import "fmt"

// maxIDsPerCall bounds a bulk action from the frontend.
const maxIDsPerCall = 100_000

func checkIDs(ids []uint64) error {
	if len(ids) == 0 || len(ids) > maxIDsPerCall {
		return fmt.Errorf("app: %d articles: %w: name 1 to %d articles", len(ids), ErrBadInput, maxIDsPerCall)
	}
	return nil
}

// summaries runs a change and returns the changed articles as list rows.
func summaries(ids []uint64, change func() ([]Entry, error)) ([]ArticleSummary, error) {
	if err := checkIDs(ids); err != nil {
		return nil, err
	}
	entries, err := change()
	if err != nil {
		return nil, err
	}
	out := make([]ArticleSummary, 0, len(entries))
	for _, e := range entries {
		out = append(out, summary(e))
	}
	return out, nil
}

// SetFlag sets "favourite", "archived" or "read" on articles.
func (l *Library) SetFlag(ids []uint64, flag string, on bool) ([]ArticleSummary, error) {
	return summaries(ids, func() ([]Entry, error) { return l.lib.SetFlag(ids, flag, on) })
}

// AddTags tags articles.
func (l *Library) AddTags(ids []uint64, tags []string) ([]ArticleSummary, error) {
	return summaries(ids, func() ([]Entry, error) { return l.lib.AddTags(ids, tags) })
}

// RemoveTags untags articles.
func (l *Library) RemoveTags(ids []uint64, tags []string) ([]ArticleSummary, error) {
	return summaries(ids, func() ([]Entry, error) { return l.lib.RemoveTags(ids, tags) })
}

// RenameTag renames a tag everywhere; onto an existing tag, it merges them.
func (l *Library) RenameTag(from, to string) (int, error) {
	return l.lib.RenameTag(from, to)
}

// DeleteTag removes a tag from every article.
func (l *Library) DeleteTag(tag string) (int, error) {
	return l.lib.DeleteTag(tag)
}

// Trash moves articles to the trash, from where they can be restored.
func (l *Library) Trash(ids []uint64) ([]ArticleSummary, error) {
	return summaries(ids, func() ([]Entry, error) { return l.lib.Trash(ids) })
}

// Restore takes articles out of the trash.
func (l *Library) Restore(ids []uint64) ([]ArticleSummary, error) {
	return summaries(ids, func() ([]Entry, error) { return l.lib.Restore(ids) })
}

// EmptyTrash deletes every article in the trash for good, however many,
// in batches of transactions (see library.EmptyTrash).
func (l *Library) EmptyTrash() (int, error) {
	return l.lib.EmptyTrash()
}
