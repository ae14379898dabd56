package library

import "gloss/backend/store"

// PutHighlight stores a highlight and refreshes its article's count.
func (l *Library) PutHighlight(h store.Highlight) (store.Highlight, error) {
	l.mu.Lock()
	out, err := l.st.PutHighlight(h)
	if err == nil {
		err = l.refresh(h.ArticleID)
	}
	l.mu.Unlock()
	if err != nil {
		return store.Highlight{}, err
	}
	l.notify([]uint64{h.ArticleID})
	return out, nil
}

// DeleteHighlight removes a highlight and refreshes its article's count.
func (l *Library) DeleteHighlight(article, id uint64) (store.Highlight, error) {
	l.mu.Lock()
	out, err := l.st.DeleteHighlight(article, id)
	if err == nil {
		err = l.refresh(article)
	}
	l.mu.Unlock()
	if err != nil {
		return store.Highlight{}, err
	}
	l.notify([]uint64{article})
	return out, nil
}

// refresh reloads one entry from the store into the view.
func (l *Library) refresh(id uint64) error {
	e, _, err := l.st.Get(id)
	if err != nil {
		return err
	}
	l.put(e)
	return nil
}
