package export

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"gloss/backend/model"
	"gloss/backend/store"
)

// The backup document's identity. A reader refuses a newer version.
const (
	BackupFormat        = "gloss-backup"
	BackupFormatVersion = 1
)

// Backup is a whole library in the Gloss JSON backup format: every
// article's metadata, reading state, body, older versions and highlights,
// and optionally the settings. Restoring it into an empty library gives
// the same library; into one that shares articles, it merges by ID (see
// store.RestoreItems).
type Backup struct {
	Format   string          `json:"format"`
	Version  int             `json:"version"`
	Exported time.Time       `json:"exported"`
	Settings json.RawMessage `json:"settings,omitempty"`
	Articles []BackupArticle `json:"articles"`
}

// BackupArticle is one article of a backup. Derived values (content hash,
// word and paragraph counts, highlight count, block offsets and the
// canonical text) are not stored: they are computed again on restore.
type BackupArticle struct {
	ID        uint64     `json:"id"`
	Title     string     `json:"title"`
	Byline    string     `json:"byline,omitempty"`
	Site      string     `json:"site,omitempty"`
	URL       string     `json:"url,omitempty"`
	Published string     `json:"published,omitempty"`
	Lang      string     `json:"lang,omitempty"`
	Dir       string     `json:"dir,omitempty"`
	Source    string     `json:"source,omitempty"`
	Added     time.Time  `json:"added"`
	Updated   time.Time  `json:"updated"`
	Version   int        `json:"version"`
	Tags      []string   `json:"tags,omitempty"`
	Favourite bool       `json:"favourite,omitempty"`
	Archived  bool       `json:"archived,omitempty"`
	Read      bool       `json:"read,omitempty"`
	Progress  float64    `json:"progress,omitempty"`
	Note      string     `json:"note,omitempty"`
	Trashed   *time.Time `json:"trashed,omitempty"`
	Blocks    []Block    `json:"blocks"`
	// Versions are older bodies, kept so highlights can be re-anchored.
	Versions []OldBody `json:"versions,omitempty"`
	// OldHashes are the content hashes of older versions, so importing an
	// old version again after a restore stays a duplicate.
	OldHashes  []string          `json:"oldHashes,omitempty"`
	Highlights []store.Highlight `json:"highlights,omitempty"`
}

// Block is one block of a body in a backup; offsets are derived.
type Block struct {
	Kind model.Kind `json:"kind"`
	Text string     `json:"text"`
}

// OldBody is an older version of an article's body.
type OldBody struct {
	Version int     `json:"version"`
	Blocks  []Block `json:"blocks"`
}

// FromItem converts a store item into a backup article.
func FromItem(it store.RestoreItem) BackupArticle {
	e := it.Entry
	a := BackupArticle{
		ID: e.ID, Title: e.Title, Byline: e.Byline, Site: e.Site, URL: e.URL,
		Published: e.Published, Lang: e.Lang, Dir: e.Dir, Source: e.Source,
		Added: e.Added, Updated: e.Updated, Version: e.Version, Tags: e.Tags,
		Favourite: e.Favourite, Archived: e.Archived, Read: e.Read, Progress: e.Progress,
		Note: e.Note, Trashed: e.Trashed, Blocks: toBlocks(it.Blocks),
		OldHashes: it.Hashes, Highlights: it.Highlights,
	}
	for _, v := range it.Versions {
		a.Versions = append(a.Versions, OldBody{Version: v.Version, Blocks: toBlocks(v.Blocks)})
	}
	return a
}

// Item converts a backup article into a store item, checking it first.
func (a BackupArticle) Item() (store.RestoreItem, error) {
	if err := a.check(); err != nil {
		return store.RestoreItem{}, fmt.Errorf("export: backup article %d: %w", a.ID, err)
	}
	it := store.RestoreItem{
		Entry: store.Entry{
			ID: a.ID, Title: a.Title, Byline: a.Byline, Site: a.Site, URL: a.URL,
			Published: a.Published, Lang: a.Lang, Dir: a.Dir, Source: a.Source,
			Added: a.Added, Updated: a.Updated, Version: a.Version, Tags: a.Tags,
			Favourite: a.Favourite, Archived: a.Archived, Read: a.Read, Progress: a.Progress,
			Note: a.Note, Trashed: a.Trashed,
		},
		Blocks: fromBlocks(a.Blocks), Hashes: a.OldHashes, Highlights: a.Highlights,
	}
	for _, v := range a.Versions {
		it.Versions = append(it.Versions, store.Version{Version: v.Version, Blocks: fromBlocks(v.Blocks)})
	}
	return it, nil
}

// knownKinds are the block kinds a backup may hold.
var knownKinds = []model.Kind{model.Paragraph, model.Heading, model.Quote, model.ListItem, model.Caption, model.Figure}

// check refuses what would break the store's invariants or the UI's
// assumptions: no ID, an empty body, unknown block kinds, bad tags,
// negative or reversed highlight positions, absurd version numbers.
func (a BackupArticle) check() error {
	bad := func(what string, v any) error { return fmt.Errorf("%s %v: %w", what, v, ErrBadBackup) }
	if a.ID == 0 {
		return bad("id", a.ID)
	}
	if a.Version < 0 || a.Version > 1<<20 {
		return bad("version", a.Version)
	}
	if len(a.Blocks) == 0 {
		return bad("blocks", "none")
	}
	blocks := a.Blocks
	for _, v := range a.Versions {
		if v.Version < 1 || v.Version > 1<<20 {
			return bad("old version", v.Version)
		}
		blocks = append(blocks[:len(blocks):len(blocks)], v.Blocks...)
	}
	for _, b := range blocks {
		if !slices.Contains(knownKinds, b.Kind) {
			return bad("block kind", b.Kind)
		}
	}
	for _, t := range a.Tags {
		if _, err := store.CleanTag(t); err != nil {
			return bad("tag", t)
		}
	}
	for _, h := range a.Highlights {
		if h.Start < 0 || h.End < h.Start || h.Color < 0 {
			return bad("highlight", h.ID)
		}
	}
	return nil
}

func toBlocks(bs []model.Block) []Block {
	out := make([]Block, len(bs))
	for i, b := range bs {
		out[i] = Block{Kind: b.Kind, Text: b.Text}
	}
	return out
}

func fromBlocks(bs []Block) []model.Block {
	out := make([]model.Block, len(bs))
	for i, b := range bs {
		out[i] = model.Block{Kind: b.Kind, Text: b.Text}
	}
	return out
}
