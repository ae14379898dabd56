package library

import (
	"fmt"
	"math"
	"slices"
	"unicode/utf8"

	"gloss/backend/store"
)

// MaxNoteLength bounds an article note, in bytes.
const MaxNoteLength = 100_000

// SetFlag sets one of the article flags ("favourite", "archived", "read")
// on articles.
func (l *Library) SetFlag(ids []uint64, flag string, on bool) ([]store.Entry, error) {
	var set func(e *store.Entry)
	switch flag {
	case "favourite":
		set = func(e *store.Entry) { e.Favourite = on }
	case "archived":
		set = func(e *store.Entry) { e.Archived = on }
	case "read":
		set = func(e *store.Entry) { e.Read = on }
	default:
		return nil, fmt.Errorf("library: flag %q: %w", flag, ErrBadQuery)
	}
	return l.update(ids, func(e *store.Entry) error { set(e); return nil })
}

// SetProgress records how far the article has been read, from 0 to 1; an
// article read to the end is marked read.
func (l *Library) SetProgress(id uint64, progress float64) (store.Entry, error) {
	if math.IsNaN(progress) || progress < 0 || progress > 1 {
		return store.Entry{}, fmt.Errorf("library: progress %v: %w", progress, ErrBadQuery)
	}
	out, err := l.update([]uint64{id}, func(e *store.Entry) error {
		e.Progress = progress
		if progress >= 0.98 {
			e.Read = true
		}
		return nil
	})
	if err != nil {
		return store.Entry{}, err
	}
	return out[0], nil
}

// SetNote replaces an article's note.
func (l *Library) SetNote(id uint64, note string) (store.Entry, error) {
	if len(note) > MaxNoteLength || !utf8.ValidString(note) {
		return store.Entry{}, fmt.Errorf("library: note of %d bytes: %w", len(note), ErrBadQuery)
	}
	out, err := l.update([]uint64{id}, func(e *store.Entry) error { e.Note = note; return nil })
	if err != nil {
		return store.Entry{}, err
	}
	return out[0], nil
}

func (l *Library) update(ids []uint64, change func(*store.Entry) error) ([]store.Entry, error) {
	return l.apply(func() ([]store.Entry, error) { return l.st.Update(ids, change) })
}

// AddTags adds tags to articles.
func (l *Library) AddTags(ids []uint64, tags []string) ([]store.Entry, error) {
	return l.apply(func() ([]store.Entry, error) { return l.st.AddTags(ids, tags) })
}

// RemoveTags removes tags from articles.
func (l *Library) RemoveTags(ids []uint64, tags []string) ([]store.Entry, error) {
	return l.apply(func() ([]store.Entry, error) { return l.st.RemoveTags(ids, tags) })
}

// Trash moves articles to the trash.
func (l *Library) Trash(ids []uint64) ([]store.Entry, error) {
	return l.apply(func() ([]store.Entry, error) { return l.st.Trash(ids) })
}

// Restore takes articles out of the trash.
func (l *Library) Restore(ids []uint64) ([]store.Entry, error) {
	return l.apply(func() ([]store.Entry, error) { return l.st.Restore(ids) })
}

// RenameTag renames or merges a tag everywhere.
func (l *Library) RenameTag(from, to string) (int, error) {
	return l.bulk(l.tagged(from), func() (int, error) { return l.st.RenameTag(from, to) })
}

// DeleteTag removes a tag everywhere.
func (l *Library) DeleteTag(tag string) (int, error) {
	return l.bulk(l.tagged(tag), func() (int, error) { return l.st.DeleteTag(tag) })
}

// Purge removes trashed articles for good, in one transaction.
func (l *Library) Purge(ids []uint64) (int, error) {
	l.mu.Lock()
	err := l.st.Purge(ids)
	if err == nil {
		gone := make(map[uint64]bool, len(ids))
		for _, id := range ids {
			gone[id] = true
		}
		l.entries = slices.DeleteFunc(l.entries, func(e store.Entry) bool { return gone[e.ID] })
	}
	l.mu.Unlock()
	if err != nil {
		return 0, err
	}
	l.notify(ids)
	return len(ids), nil
}

// PurgeBatch is how many articles EmptyTrash removes per transaction: a
// trash of any size is emptied without one transaction holding it all.
const PurgeBatch = 500

// EmptyTrash removes every article in the trash for good, PurgeBatch per
// transaction. After a failure the batches before it stay removed.
func (l *Library) EmptyTrash() (int, error) {
	l.mu.RLock()
	var ids []uint64
	for i := range l.entries {
		if l.entries[i].Trashed != nil {
			ids = append(ids, l.entries[i].ID)
		}
	}
	l.mu.RUnlock()
	done := 0
	for batch := range slices.Chunk(ids, PurgeBatch) {
		n, err := l.Purge(batch)
		done += n
		if err != nil {
			return done, err
		}
	}
	return done, nil
}

// tagged lists the articles carrying tag.
func (l *Library) tagged(tag string) []uint64 {
	l.mu.RLock()
	defer l.mu.RUnlock()
	var ids []uint64
	for i := range l.entries {
		if slices.Contains(l.entries[i].Tags, tag) {
			ids = append(ids, l.entries[i].ID)
		}
	}
	return ids
}

// bulk runs a change touching the articles ids and reloads the view.
func (l *Library) bulk(ids []uint64, change func() (int, error)) (int, error) {
	l.mu.Lock()
	n, err := change()
	if err == nil {
		err = l.reload()
	}
	l.mu.Unlock()
	if err != nil {
		return 0, err
	}
	l.notify(ids)
	return n, nil
}
