package store

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	bolt "go.etcd.io/bbolt"

	"gloss/backend/model"
)

// v1Body encodes blocks as schema 1 stored them: flate of JSON kinds and texts.
func v1Body(blocks []model.Block) ([]byte, error) {
	type stored struct {
		K model.Kind `json:"k"`
		T string     `json:"t"`
	}
	sb := make([]stored, len(blocks))
	for i, b := range blocks {
		sb[i] = stored{b.Kind, b.Text}
	}
	var buf bytes.Buffer
	buf.WriteByte(bodyJSON)
	zw, _ := flate.NewWriter(&buf, flate.BestSpeed)
	if err := json.NewEncoder(zw).Encode(sb); err != nil {
		return nil, err
	}
	err := zw.Close()
	return buf.Bytes(), err
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// downgrade rewrites a library's records as schema 1 wrote them.
func downgrade(t *testing.T, s *Store) {
	t.Helper()
	err := s.db.Update(func(tx *bolt.Tx) error {
		err := rewrite(tx.Bucket(bucketArticles), func(k, v []byte) ([]byte, error) {
			e, err := unmarshalEntry(binary.BigEndian.Uint64(k), v)
			return mustJSON(t, e), err
		})
		if err != nil {
			return err
		}
		old := func(k, v []byte) ([]byte, error) {
			b, err := decodeBody(v)
			if err != nil {
				return nil, err
			}
			return v1Body(b.Blocks)
		}
		if err := rewrite(tx.Bucket(bucketBodies), old); err != nil {
			return err
		}
		if err := rewrite(tx.Bucket(bucketVersions), old); err != nil {
			return err
		}
		return tx.Bucket(bucketMeta).Put(keySchema, []byte("1"))
	})
	if err != nil {
		t.Fatal(err)
	}
}

// Ensure that a library of schema 1 (JSON entries and bodies) is upgraded
// to binary entries with nothing lost: the same entries, bodies, versions
// and invariants, across more records than one rewrite chunk; old bodies
// keep their format and new ones are binary.
func TestStore_Migrate_BinaryRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var arts []model.Article
	for i := range rewriteChunk*2 + 10 {
		a := article(fmt.Sprintf("Article %d", i), fmt.Sprintf("Paragraph %d of some text.", i), "Another paragraph.")
		a.URL = "https://example.com/" + strconv.Itoa(i)
		arts = append(arts, a)
	}
	mustAdd(t, s, arts...)
	changed := article("Article 5", "A changed text.")
	changed.URL = "https://example.com/5"
	mustAdd(t, s, changed)
	if _, err := s.AddTags([]uint64{3}, []string{"kept"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Trash([]uint64{4}); err != nil {
		t.Fatal(err)
	}
	want, _ := s.List()
	_, wantBody, _ := s.Get(6)
	downgrade(t, s)
	if got, err := s.List(); err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("schema 1 entries do not read back: %v", err)
	}
	s.Close()

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.List()
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("entries after the upgrade differ (%v)", err)
	}
	if _, body, err := s.Get(6); err != nil || !reflect.DeepEqual(body, wantBody) {
		t.Errorf("body after the upgrade = %+v, %v; want %+v", body, err, wantBody)
	}
	if p := s.Check(); len(p) > 0 {
		t.Errorf("check after the upgrade: %v", p)
	}
	err = s.db.View(func(tx *bolt.Tx) error {
		if v := string(tx.Bucket(bucketMeta).Get(keySchema)); v != "2" {
			return fmt.Errorf("schema %s, want 2", v)
		}
		formats := map[string]byte{"articles": entryFormat, "bodies": bodyJSON, "versions": bodyJSON}
		for name, want := range formats {
			n := 0
			err := tx.Bucket([]byte(name)).ForEach(func(k, v []byte) error {
				n++
				if v[0] != want {
					return fmt.Errorf("%s %x: format %d, want %d", name, k, v[0], want)
				}
				return nil
			})
			if err != nil {
				return err
			}
			if n == 0 {
				return fmt.Errorf("%s: no records", name)
			}
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
	changed = article("Article 6", "Changed again.")
	changed.URL = "https://example.com/6"
	mustAdd(t, s, changed)
	err = s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketBodies).Get(itob(7)); v[0] != bodyBinary {
			return fmt.Errorf("body written after the upgrade: format %d, want %d", v[0], bodyBinary)
		}
		if v := tx.Bucket(bucketVersions).Get(versionKey(7, 1)); v[0] != bodyJSON {
			return fmt.Errorf("body kept as a version: format %d, want %d as it was", v[0], bodyJSON)
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
	if backups, _ := filepath.Glob(filepath.Join(BackupDir(path), "before-v2-*.db")); len(backups) != 1 {
		t.Errorf("backups before the upgrade: %v, want one", backups)
	}
	var versions []Version
	err = s.DumpItems(func(it RestoreItem) error {
		if it.Entry.ID == 6 {
			versions = it.Versions
		}
		return nil
	})
	if err != nil || len(versions) != 1 || versions[0].Blocks[0].Text != "Paragraph 5 of some text." {
		t.Errorf("old versions of the changed article: %+v, %v; want the first text", versions, err)
	}
}
