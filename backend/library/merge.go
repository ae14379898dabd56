package library

import "gloss/backend/store"

// The bulk changes of importing other apps' exports and full backups: each
// is one store transaction for many articles, with the view kept current.

// PutHighlights stores new highlights at once (see store.PutHighlights)
// and refreshes their articles' counts.
func (l *Library) PutHighlights(hs []store.Highlight) ([]store.Highlight, error) {
	if len(hs) == 0 {
		return nil, nil
	}
	l.mu.Lock()
	out, err := l.st.PutHighlights(hs)
	var ids []uint64
	seen := map[uint64]bool{}
	for _, h := range out {
		if !seen[h.ArticleID] {
			seen[h.ArticleID] = true
			ids = append(ids, h.ArticleID)
			if err == nil {
				err = l.refresh(h.ArticleID)
			}
		}
	}
	l.mu.Unlock()
	if err != nil {
		return nil, err
	}
	l.notify(ids)
	return out, nil
}

// Revise stores a new version of an article's text (see store.Revise).
func (l *Library) Revise(id uint64, d store.Doc) (store.Added, error) {
	l.mu.Lock()
	added, err := l.st.Revise(id, d)
	if err == nil && !added.Duplicate {
		l.put(added.Entry)
	}
	l.mu.Unlock()
	if err != nil {
		return store.Added{}, err
	}
	if !added.Duplicate {
		l.notifyChange(Change{IDs: []uint64{id}, Texts: map[uint64]string{id: d.Article.Text}})
	}
	return added, nil
}

// Change applies change to the entries of ids in one transaction; change
// may treat each article differently (it sees the entry's ID).
func (l *Library) Change(ids []uint64, change func(*store.Entry) error) ([]store.Entry, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return l.update(ids, change)
}

// RestoreItems writes the articles of a full backup (see
// store.RestoreItems) and reloads the view, which they may touch anywhere.
func (l *Library) RestoreItems(items []store.RestoreItem) (store.RestoreReport, error) {
	l.mu.Lock()
	rep, err := l.st.RestoreItems(items)
	if rerr := l.reload(); err == nil {
		err = rerr
	}
	l.mu.Unlock()
	ids := make([]uint64, 0, len(items))
	for _, it := range items {
		id := it.Entry.ID
		if to, ok := rep.IDs[id]; ok {
			id = to
		}
		ids = append(ids, id)
	}
	l.notify(ids)
	return rep, err
}
