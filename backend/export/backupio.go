package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"gloss/backend/store"
)

// Limits on what DecodeBackup accepts, so that a damaged or hostile file
// cannot exhaust memory.
const (
	MaxBackupBytes    = 1 << 30
	MaxBackupArticles = 1_000_000
	maxPerArticle     = 1_000_000 // blocks, versions or highlights of one article
)

// EncodeBackup writes the whole library of st to w as a Backup, article
// by article from one consistent snapshot, with the settings. It returns
// how many articles and highlights it wrote.
func EncodeBackup(w io.Writer, st *store.Store, exported time.Time) (Summary, error) {
	var sum Summary
	settings, err := st.Settings()
	if err != nil {
		return sum, fmt.Errorf("export: backup: %w", err)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	head, err := json.Marshal(Backup{Format: BackupFormat, Version: BackupFormatVersion, Exported: exported.UTC(), Settings: settings})
	if err != nil {
		return sum, fmt.Errorf("export: backup: %w", err)
	}
	// head ends with `"articles":null}`: the articles are streamed in its place.
	head = head[:len(head)-len(`null}`)]
	bw.Write(head)
	bw.WriteString("[")
	// One article a line: diffable, and a damaged file loses little.
	var line bytes.Buffer
	enc := json.NewEncoder(&line)
	enc.SetEscapeHTML(false)
	err = st.DumpItems(func(it store.RestoreItem) error {
		line.Reset()
		if sum.Articles > 0 {
			line.WriteString(",")
		}
		line.WriteString("\n")
		if err := enc.Encode(FromItem(it)); err != nil {
			return err
		}
		sum.Articles++
		sum.Highlights += len(it.Highlights)
		_, err := bw.Write(bytes.TrimSuffix(line.Bytes(), []byte("\n")))
		return err
	})
	if err == nil {
		bw.WriteString("\n]}\n")
		err = bw.Flush()
	}
	if err != nil {
		return sum, fmt.Errorf("export: backup: %w", err)
	}
	return sum, nil
}

// WriteBackup writes the library's backup to path atomically.
func WriteBackup(path string, st *store.Store, exported time.Time) (Summary, error) {
	f, err := CreateAtomic(path)
	if err != nil {
		return Summary{}, err
	}
	sum, err := EncodeBackup(f, st, exported)
	if err != nil {
		f.Abort()
		return sum, err
	}
	if err := f.Commit(); err != nil {
		return sum, err
	}
	sum.Dir, sum.Files = filepath.Dir(path), []string{filepath.Base(path)}
	return sum, nil
}

// DecodeBackup reads a Backup and checks its identity and limits; each
// article is checked again by Item. It refuses files over MaxBackupBytes
// or MaxBackupArticles with ErrTooLarge, reading the articles one at a
// time so that an absurd count is caught before it is held.
func DecodeBackup(r io.Reader) (Backup, error) {
	return decodeBackup(r, MaxBackupBytes, MaxBackupArticles)
}

func decodeBackup(r io.Reader, maxBytes int64, maxArticles int) (Backup, error) {
	var b Backup
	dec := json.NewDecoder(&limitReader{r: r, left: maxBytes})
	err := decodeObject(dec, func(key string) error {
		switch key {
		case "format":
			return dec.Decode(&b.Format)
		case "version":
			if err := dec.Decode(&b.Version); err != nil {
				return err
			}
			if b.Version > BackupFormatVersion {
				return ErrNewerBackup
			}
			return nil
		case "exported":
			return dec.Decode(&b.Exported)
		case "settings":
			return dec.Decode(&b.Settings)
		case "articles":
			return decodeArticles(dec, &b, maxArticles)
		}
		var skip json.RawMessage
		return dec.Decode(&skip)
	})
	switch {
	case errors.Is(err, ErrTooLarge), errors.Is(err, ErrNewerBackup), errors.Is(err, ErrBadBackup):
	case err != nil:
		err = fmt.Errorf("%w: %w", ErrNotBackup, err)
	case b.Format != BackupFormat:
		err = ErrNotBackup
	case b.Version < 1:
		err = fmt.Errorf("version %d: %w", b.Version, ErrBadBackup)
	}
	if err != nil {
		return Backup{}, fmt.Errorf("export: read backup: %w", err)
	}
	return b, nil
}

// decodeObject reads a JSON object, calling field for each key with the
// decoder positioned at its value.
func decodeObject(dec *json.Decoder, field func(key string) error) error {
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return cmpErr(err, "not a JSON object")
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		if err := field(t.(string)); err != nil {
			return err
		}
	}
	_, err := dec.Token()
	return err
}

func decodeArticles(dec *json.Decoder, b *Backup, maxArticles int) error {
	if t, err := dec.Token(); err != nil || (t != json.Delim('[') && t != nil) {
		return cmpErr(err, "articles is not a list")
	} else if t == nil {
		return nil
	}
	seen := map[uint64]bool{}
	for dec.More() {
		if len(b.Articles) >= maxArticles {
			return fmt.Errorf("more than %d articles: %w", maxArticles, ErrTooLarge)
		}
		var a BackupArticle
		if err := dec.Decode(&a); err != nil {
			return err
		}
		if len(a.Blocks) > maxPerArticle || len(a.Versions) > maxPerArticle || len(a.Highlights) > maxPerArticle {
			return fmt.Errorf("article %d: %w", a.ID, ErrTooLarge)
		}
		if seen[a.ID] {
			return fmt.Errorf("article %d twice: %w", a.ID, ErrBadBackup)
		}
		seen[a.ID] = true
		b.Articles = append(b.Articles, a)
	}
	_, err := dec.Token()
	return err
}

func cmpErr(err error, what string) error {
	if err != nil {
		return err
	}
	return errors.New(what)
}

// Items converts and checks every article of b for store.RestoreItems.
func (b Backup) Items() ([]store.RestoreItem, error) {
	out := make([]store.RestoreItem, 0, len(b.Articles))
	for _, a := range b.Articles {
		it, err := a.Item()
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, nil
}

// RestoreBackup reads a backup from r into st: articles are merged by ID
// (see store.RestoreItems) and the settings are restored when st has
// none. Nothing is written when the backup does not read or check.
func RestoreBackup(st *store.Store, r io.Reader) (store.RestoreReport, error) {
	b, err := DecodeBackup(r)
	if err != nil {
		return store.RestoreReport{}, err
	}
	items, err := b.Items()
	if err != nil {
		return store.RestoreReport{}, err
	}
	if len(b.Settings) > 0 {
		if cur, err := st.Settings(); err == nil && cur == nil {
			if err := st.SaveSettings(b.Settings); err != nil {
				return store.RestoreReport{}, fmt.Errorf("export: restore settings: %w", err)
			}
		}
	}
	rep, err := st.RestoreItems(items)
	if err != nil {
		return rep, fmt.Errorf("export: restore: %w", err)
	}
	return rep, nil
}

// limitReader reads at most left bytes, then fails with ErrTooLarge.
type limitReader struct {
	r    io.Reader
	left int64
}

func (l *limitReader) Read(p []byte) (int, error) {
	// Allow one byte past the limit, to tell "exactly full" from "over".
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if l.left < 0 {
		return n, fmt.Errorf("over the size limit: %w", ErrTooLarge)
	}
	return n, err
}
