package store

import (
	"encoding/binary"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// writer adds articles inside one read-write transaction.
type writer struct {
	tx  *bolt.Tx
	now time.Time
}

func (w writer) add(d Doc) (Added, error) {
	p, err := d.prepared()
	if err != nil {
		return Added{}, err
	}
	d.Prepared = &p
	hashes, urls := w.tx.Bucket(bucketHashes), w.tx.Bucket(bucketURLs)
	if id := hashes.Get([]byte(p.Hash)); id != nil {
		return Added{ID: binary.BigEndian.Uint64(id), Duplicate: true}, nil
	}
	if u := urlKey(d.Article.URL); u != nil {
		if id := urls.Get(u); id != nil {
			return w.replace(binary.BigEndian.Uint64(id), d, p.Hash)
		}
	}
	entries := w.tx.Bucket(bucketArticles)
	seq, err := entries.NextSequence()
	if err != nil {
		return Added{}, err
	}
	e := newEntry(seq, d, p, w.now)
	if err := w.put(e, d.Article.URL, p.Body); err != nil {
		return Added{}, err
	}
	return Added{ID: seq, Version: 1, Entry: e}, nil
}

// replace stores a changed version of the article id: its old body moves to
// the versions bucket, the user's state (tags, notes, flags) stays.
func (w writer) replace(id uint64, d Doc, h string) (Added, error) {
	old, err := getEntry(w.tx.Bucket(bucketArticles), id)
	if err != nil {
		return Added{}, err
	}
	oldBody := w.tx.Bucket(bucketBodies).Get(itob(id))
	if err := w.tx.Bucket(bucketVersions).Put(versionKey(id, old.Version), oldBody); err != nil {
		return Added{}, err
	}
	p, err := d.prepared()
	if err != nil {
		return Added{}, err
	}
	p.Hash = h
	e := newEntry(id, d, p, old.Added)
	e.Version = max(old.Version, 1) + 1
	e.Tags, e.Favourite, e.Archived, e.Note, e.Highlights = old.Tags, old.Favourite, old.Archived, old.Note, old.Highlights
	e.Updated = w.now
	if err := w.put(e, d.Article.URL, p.Body); err != nil {
		return Added{}, err
	}
	return Added{ID: id, Version: e.Version, Entry: e}, nil
}

// put writes an entry, its body and the keys that find it by content and
// by URL.
func (w writer) put(e Entry, url string, body []byte) error {
	key := itob(e.ID)
	if err := putEntry(w.tx.Bucket(bucketArticles), e); err != nil {
		return err
	}
	if err := w.tx.Bucket(bucketBodies).Put(key, body); err != nil {
		return err
	}
	if err := w.tx.Bucket(bucketHashes).Put([]byte(e.Hash), key); err != nil {
		return err
	}
	if u := urlKey(url); u != nil {
		return w.tx.Bucket(bucketURLs).Put(u, key)
	}
	return nil
}

func newEntry(id uint64, d Doc, p Prepared, added time.Time) Entry {
	a := d.Article
	return Entry{
		ID: id, Title: a.Title, Byline: a.Byline, Site: a.Site, URL: a.URL,
		Published: a.Published, Lang: a.Lang, Dir: a.Dir, Added: added, Updated: added,
		Source: d.Source, Hash: p.Hash, Version: 1,
		Paragraphs: p.Paragraphs, Words: p.Words,
	}
}

// urlKey normalises a URL for matching versions: no scheme, no fragment,
// no trailing slash, lower-case host. Nil when there is no URL.
func urlKey(u string) []byte {
	u = strings.TrimSpace(u)
	if u == "" {
		return nil
	}
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	u, _, _ = strings.Cut(u, "#")
	u = strings.TrimSuffix(u, "/")
	host, path, _ := strings.Cut(u, "/")
	return []byte(strings.ToLower(host) + "/" + path)
}

func versionKey(id uint64, version int) []byte {
	k := make([]byte, 12)
	binary.BigEndian.PutUint64(k, id)
	binary.BigEndian.PutUint32(k[8:], uint32(max(version, 1)))
	return k
}
