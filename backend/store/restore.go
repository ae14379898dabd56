package store

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"

	bolt "go.etcd.io/bbolt"

	"gloss/backend/model"
)

// ErrBadItem means a restore item has no ID or no body.
var ErrBadItem = errors.New("the backup holds an article without an ID or body; the backup file is damaged")

// restoreBatch is how many items one transaction writes: enough that
// fsyncs do not dominate, few enough that a transaction stays short.
const restoreBatch = 200

// RestoreItem is one article whole, as a full backup holds it.
type RestoreItem struct {
	// Entry is the article's metadata and state. Hash, Paragraphs, Words
	// and Highlights are derived again on restore; the rest is kept.
	Entry Entry
	// Blocks is the current body; offsets and text are derived again.
	Blocks   []model.Block
	Versions []Version
	// Highlights keep their IDs; their ArticleID is set on restore.
	Highlights []Highlight
	// Hashes are the content hashes of older versions, so that importing
	// an old version again stays a duplicate.
	Hashes []string
}

// Version is an older body of an article.
type Version struct {
	Version int
	Blocks  []model.Block
}

// RestoreReport says what RestoreItems did.
type RestoreReport struct {
	Added      int               // articles new to the library
	Merged     int               // articles already in it
	Renumbered int               // articles whose ID another article had
	IDs        map[uint64]uint64 // backup ID -> stored ID, where they differ
	Highlights int               // highlights written: new ones and newer edits
}

// DumpItems calls fn with every article of the library, whole, in ID
// order, inside one read transaction so the items form one consistent
// snapshot (like Backup). Full backups are written this way.
func (s *Store) DumpItems(fn func(RestoreItem) error) error {
	err := s.db.View(func(tx *bolt.Tx) error {
		old := map[uint64][]string{}
		tx.Bucket(bucketHashes).ForEach(func(k, v []byte) error {
			if len(v) == 8 {
				id := binary.BigEndian.Uint64(v)
				old[id] = append(old[id], string(k))
			}
			return nil
		})
		return tx.Bucket(bucketArticles).ForEach(func(k, v []byte) error {
			it, err := dumpItem(tx, k, v, old[binary.BigEndian.Uint64(k)])
			if err != nil {
				return err
			}
			return fn(it)
		})
	})
	if err != nil {
		return fmt.Errorf("store: dump library: %w", err)
	}
	return nil
}

func dumpItem(tx *bolt.Tx, k, v []byte, hashes []string) (RestoreItem, error) {
	var it RestoreItem
	var err error
	if it.Entry, err = unmarshalEntry(binary.BigEndian.Uint64(k), v); err != nil {
		return it, fmt.Errorf("article %x: %w", k, err)
	}
	body, err := decodeBody(tx.Bucket(bucketBodies).Get(k))
	if err != nil {
		return it, fmt.Errorf("article %d: %w", it.Entry.ID, err)
	}
	it.Blocks = body.Blocks
	for _, h := range hashes {
		if h != it.Entry.Hash {
			it.Hashes = append(it.Hashes, h)
		}
	}
	c := tx.Bucket(bucketVersions).Cursor()
	for vk, vv := c.Seek(k); vk != nil && bytes.HasPrefix(vk, k); vk, vv = c.Next() {
		b, err := decodeBody(vv)
		if err != nil {
			return it, fmt.Errorf("article %d version: %w", it.Entry.ID, err)
		}
		it.Versions = append(it.Versions, Version{Version: int(binary.BigEndian.Uint32(vk[8:])), Blocks: b.Blocks})
	}
	err = scanHighlights(tx, k, func(h Highlight) { it.Highlights = append(it.Highlights, h) })
	return it, err
}

// RestoreItems writes articles from a backup with their own IDs, in
// batched transactions, keeping the store's invariants (hash and URL
// indexes, highlight counts, sequences past every stored ID).
//
// An item already in the library is merged, not duplicated: it matches an
// article with the same content hash, or one with its ID and the same
// added time or URL. The newer entry (by Updated) wins; the losing body is
// kept as an old version when its version slot is free; highlights merge
// by ID, newer edit winning. An item whose ID belongs to another article
// is stored under a new ID (see RestoreReport.IDs). The saved search
// index is dropped so the next start rebuilds it: restored articles keep
// their own Updated times, older than the index's.
func (s *Store) RestoreItems(items []RestoreItem) (RestoreReport, error) {
	rep := RestoreReport{IDs: map[uint64]uint64{}}
	if len(items) == 0 {
		return rep, nil
	}
	var maxArticle, maxHighlight uint64
	for _, it := range items {
		if it.Entry.ID == 0 {
			return rep, fmt.Errorf("store: restore: %w", ErrBadItem)
		}
		maxArticle = max(maxArticle, it.Entry.ID)
		for _, h := range it.Highlights {
			maxHighlight = max(maxHighlight, h.ID)
		}
	}
	for first := 0; first < len(items); first += restoreBatch {
		batch := items[first:min(first+restoreBatch, len(items))]
		done := rep // what committed batches did, reported if this one fails
		done.IDs = maps.Clone(rep.IDs)
		err := s.db.Update(func(tx *bolt.Tx) error {
			if first == 0 {
				if err := prepareRestore(tx, maxArticle, maxHighlight); err != nil {
					return err
				}
			}
			r := restorer{tx: tx, rep: &rep}
			for _, it := range batch {
				if err := r.restore(it); err != nil {
					return fmt.Errorf("article %d: %w", it.Entry.ID, err)
				}
			}
			return nil
		})
		if err != nil {
			return done, fmt.Errorf("store: restore: %w", err)
		}
	}
	return rep, nil
}

// prepareRestore moves both sequences past the backup's IDs, so new IDs
// never collide with restored ones, and drops the saved search index.
func prepareRestore(tx *bolt.Tx, maxArticle, maxHighlight uint64) error {
	a, h, search := tx.Bucket(bucketArticles), tx.Bucket(bucketHighlights), tx.Bucket(bucketSearch)
	return errors.Join(a.SetSequence(max(a.Sequence(), maxArticle)),
		h.SetSequence(max(h.Sequence(), maxHighlight)),
		search.Delete(keyIndex), search.Delete(keyUpto))
}

// restorer writes items inside one read-write transaction.
type restorer struct {
	tx  *bolt.Tx
	rep *RestoreReport
}

func (r restorer) restore(it RestoreItem) error {
	if len(it.Blocks) == 0 {
		return ErrBadItem
	}
	in := it.Entry
	a := model.Article{Title: in.Title, Blocks: append([]model.Block(nil), it.Blocks...), Dir: in.Dir}
	a.Normalize()
	derived := newEntry(in.ID, Doc{Article: a}, Prepared{Hash: Hash(a), Words: words(a.Text), Paragraphs: paragraphs(a)}, in.Added)
	in.Hash, in.Paragraphs, in.Words, in.Version = derived.Hash, derived.Paragraphs, derived.Words, max(in.Version, 1)
	if in.Dir == "" {
		in.Dir = a.Dir
	}

	entries := r.tx.Bucket(bucketArticles)
	id, merge := r.target(in)
	if !merge && entries.Get(itob(id)) != nil {
		seq, err := entries.NextSequence()
		if err != nil {
			return err
		}
		id = seq
		r.rep.Renumbered++
	}
	if id != in.ID {
		r.rep.IDs[in.ID] = id
	}
	in.ID = id
	var err error
	if merge {
		r.rep.Merged++
		err = r.merge(in, a)
	} else {
		r.rep.Added++
		err = r.putArticle(in, a.Blocks)
	}
	if err != nil {
		return err
	}
	var errs []error
	for _, v := range it.Versions {
		errs = append(errs, r.putVersion(id, v.Version, v.Blocks))
	}
	for _, h := range it.Hashes {
		errs = append(errs, putIfAbsent(r.tx.Bucket(bucketHashes), []byte(h), itob(id)))
	}
	return errors.Join(append(errs, r.mergeHighlights(id, it.Highlights))...)
}

// target finds the stored article an item is, if any: same content first,
// then same ID with the same added time or URL.
func (r restorer) target(in Entry) (id uint64, merge bool) {
	if v := r.tx.Bucket(bucketHashes).Get([]byte(in.Hash)); len(v) == 8 && r.tx.Bucket(bucketArticles).Get(v) != nil {
		return binary.BigEndian.Uint64(v), true
	}
	old, err := getEntry(r.tx.Bucket(bucketArticles), in.ID)
	if err != nil {
		return in.ID, false
	}
	sameURL := urlKey(old.URL) != nil && bytes.Equal(urlKey(old.URL), urlKey(in.URL))
	return in.ID, old.Added.Equal(in.Added) || sameURL
}

// merge keeps the newer of the stored entry and in, and the other body as
// an old version.
func (r restorer) merge(in Entry, a model.Article) error {
	old, err := getEntry(r.tx.Bucket(bucketArticles), in.ID)
	if err != nil {
		return err
	}
	if !in.Updated.After(old.Updated) {
		if in.Hash != old.Hash {
			return r.putVersion(in.ID, in.Version, a.Blocks)
		}
		return nil
	}
	oldBody := r.tx.Bucket(bucketBodies).Get(itob(in.ID))
	if old.Hash != in.Hash && old.Version != in.Version && oldBody != nil {
		if err := putIfAbsent(r.tx.Bucket(bucketVersions), versionKey(in.ID, old.Version), bytes.Clone(oldBody)); err != nil {
			return err
		}
	}
	return r.putArticle(in, a.Blocks)
}

// putArticle writes an entry, its body and its index keys; index keys that
// point at another article are left alone.
func (r restorer) putArticle(e Entry, blocks []model.Block) error {
	key := itob(e.ID)
	body, err := EncodeBody(blocks)
	if err != nil {
		return err
	}
	err = errors.Join(putEntry(r.tx.Bucket(bucketArticles), e),
		r.tx.Bucket(bucketBodies).Put(key, body),
		r.tx.Bucket(bucketHashes).Put([]byte(e.Hash), key))
	if u := urlKey(e.URL); u != nil && err == nil {
		err = putIfAbsent(r.tx.Bucket(bucketURLs), u, key)
	}
	return err
}

func (r restorer) putVersion(id uint64, version int, blocks []model.Block) error {
	if current, err := getEntry(r.tx.Bucket(bucketArticles), id); err == nil && current.Version == version {
		return nil // the slot of the current body is not an old version
	}
	body, err := EncodeBody(blocks)
	if err != nil {
		return err
	}
	return putIfAbsent(r.tx.Bucket(bucketVersions), versionKey(id, version), body)
}

// mergeHighlights stores highlights under article id: a stored one with
// the same ID and created time is the same highlight (the newer edit
// wins); one with the same ID and another created time is another
// highlight and gets a new ID. The entry's count is set without touching
// its Updated time.
func (r restorer) mergeHighlights(id uint64, hs []Highlight) error {
	b := r.tx.Bucket(bucketHighlights)
	for _, h := range hs {
		h.ArticleID = id
		if v := b.Get(highlightKey(id, h.ID)); v != nil && h.ID != 0 {
			var old Highlight
			same := json.Unmarshal(v, &old) == nil && old.Created.Equal(h.Created)
			if same && !h.Updated.After(old.Updated) {
				continue
			}
			if !same {
				h.ID = 0
			}
		}
		if h.ID == 0 {
			seq, err := b.NextSequence()
			if err != nil {
				return err
			}
			h.ID = seq
		}
		if err := putJSON(b, highlightKey(id, h.ID), h); err != nil {
			return err
		}
		r.rep.Highlights++
	}
	n := 0
	prefix := itob(id)
	c := b.Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		n++
	}
	entries := r.tx.Bucket(bucketArticles)
	e, err := getEntry(entries, id)
	if err != nil || e.Highlights == n {
		return err
	}
	e.Highlights = n
	return putEntry(entries, e)
}

func putIfAbsent(b *bolt.Bucket, key, value []byte) error {
	if b.Get(key) != nil {
		return nil
	}
	return b.Put(key, value)
}
