package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// SchemaVersion is the version of the layout described in the package doc:
// 1 plus the number of migrations.
var SchemaVersion = 1 + len(migrations)

// LockTimeout is how long Open waits for another process to release the file.
const LockTimeout = 2 * time.Second

var (
	bucketMeta       = []byte("meta")
	bucketArticles   = []byte("articles")
	bucketBodies     = []byte("bodies")
	bucketHashes     = []byte("hashes")
	bucketURLs       = []byte("urls")
	bucketVersions   = []byte("versions")
	bucketHighlights = []byte("highlights")
	bucketSearch     = []byte("search")
	keySchema        = []byte("schema")
)

// Store is an open library file.
type Store struct {
	db      *file
	path    string
	now     func() time.Time
	cleanup func() // removes a snapshot's copy; nil otherwise
}

// Open opens or creates the library at path, creating its folder.
func Open(path string) (*Store, error) {
	return open(path, migrations)
}

// open opens the library, upgrading it with migs when it is older.
func open(path string, migs []migration) (*Store, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("store: create folder for %s: %w", path, err)
	}
	// bbolt would turn an empty file into a new library: refuse it, the
	// user may have lost a library there and must decide.
	if st, err := os.Stat(path); err == nil && st.Size() == 0 {
		return nil, fmt.Errorf("store: open %s: the file is empty: %w", path, ErrCorrupt)
	}
	db, err := safeOpen(path)
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("store: open %s: %w", path, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &Store{db: newFile(db), path: path, now: time.Now}
	from, err := s.init(1 + len(migs))
	if err == nil {
		err = s.migrate(from, migs)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// safeOpen opens the file with bbolt, turning the errors and panics of an
// unreadable file into ErrCorrupt so that a bad file never takes the app
// down and is never written to.
func safeOpen(path string) (db *bolt.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			db, err = nil, fmt.Errorf("%v: %w", r, ErrCorrupt)
		}
	}()
	db, err = openBolt(path)
	for _, bad := range []error{berrors.ErrInvalid, berrors.ErrVersionMismatch, berrors.ErrChecksum, berrors.ErrInvalidMapping} {
		if errors.Is(err, bad) {
			return nil, fmt.Errorf("%w: %w", err, ErrCorrupt)
		}
	}
	return db, err
}

// allocSize is how much the file grows by when it is full. bbolt's 16 MB
// default is a third of a small library's size on disk; at 1 MB an import
// batch that outgrows the file costs one more fsync, in the writing
// goroutine that parsing does not wait for, and no measurable time.
const allocSize = 1 << 20

// openBolt opens the file with the package's options. bbolt's others stay
// at their defaults: NoFreelistSync would save writing the free list on
// each commit but makes every open scan the whole file, which a cold start
// cannot afford, and a library that mostly grows keeps its free list short,
// where the default array list is as fast as the hash map one.
func openBolt(path string) (*bolt.DB, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: LockTimeout})
	if err == nil {
		db.AllocSize = allocSize
	}
	return db, err
}

// init creates the buckets of a new file and checks the schema of an old
// one, returning the version the file is at.
func (s *Store) init(current int) (int, error) {
	version := current
	err := s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta != nil {
			v, err := strconv.Atoi(string(meta.Get(keySchema)))
			if err != nil {
				return fmt.Errorf("schema version %q: %w", meta.Get(keySchema), err)
			}
			if v > current {
				return ErrNewerSchema
			}
			version = v
		}
		for _, name := range [][]byte{bucketMeta, bucketArticles, bucketBodies, bucketHashes, bucketURLs, bucketVersions, bucketHighlights, bucketSearch} {
			if _, err := tx.CreateBucketIfNotExists(name); err != nil {
				return err
			}
		}
		if meta == nil {
			return tx.Bucket(bucketMeta).Put(keySchema, []byte(strconv.Itoa(current)))
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("store: open %s: %w", s.path, err)
	}
	return version, nil
}

// Path returns the library file's path.
func (s *Store) Path() string { return s.path }

// Close releases the file.
func (s *Store) Close() error {
	if s.cleanup != nil {
		defer s.cleanup()
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", s.path, err)
	}
	return nil
}
