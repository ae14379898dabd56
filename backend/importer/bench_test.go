package importer

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"gloss/backend/finder"
	"gloss/backend/library"
	"gloss/backend/store"
)

// The library benchmarks build a library of GLOSS_BENCH_ARTICLES articles
// (default 10,000; make bench uses 100,000) from the real BBC articles of
// the corpus, repeated with varied titles, and measure it beside raw bbolt
// batch writes of the same text in the same run.

func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("GLOSS_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 10_000
}

// bbcArticles reads the corpus' BBC articles as (title, paragraphs).
func bbcArticles(b *testing.B) [][]string {
	root := filepath.Join("..", "..", "..", "shared", "corpus", "bbc")
	files, _ := filepath.Glob(filepath.Join(root, "*", "*.txt"))
	if len(files) == 0 {
		b.Skipf("corpus not found at %s", root)
	}
	var out [][]string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		var parts []string
		for _, p := range strings.Split(strings.ReplaceAll(string(data), "\r", ""), "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		if len(parts) > 1 {
			out = append(out, parts)
		}
	}
	return out
}

// dumps builds text dumps of 50 articles each, n articles in all.
func dumps(b *testing.B, n int) ([]File, int64) {
	src := bbcArticles(b)
	var files []File
	var raw int64
	var buf bytes.Buffer
	for i := 0; i < n; i++ {
		a := src[i%len(src)]
		title := fmt.Sprintf("%s, part %d", a[0], i)
		fmt.Fprintf(&buf, "%s\n\n%s\n\n%s\n\n\n\n", title, title, strings.Join(a[1:], "\n\n"))
		raw += int64(len(title))
		for _, p := range a[1:] {
			raw += int64(len(p))
		}
		if (i+1)%50 == 0 || i == n-1 {
			files = append(files, File{Name: fmt.Sprintf("dump-%d.txt", i), Data: bytes.Clone(buf.Bytes())})
			buf.Reset()
		}
	}
	return files, raw
}

// BenchmarkLibrary_Import builds the library end to end (parse, store,
// search index) and reports it beside raw bbolt batch writes of the same
// text run just before, as "x-raw-batch": on a shared machine the ratio
// moves less than either rate. articles/cpu-s is the CPU side of the same.
func BenchmarkLibrary_Import(b *testing.B) {
	n := benchArticles()
	files, raw := dumps(b, n)
	src := bbcArticles(b)
	for b.Loop() {
		rawWall, _ := rawBatchWrites(b, n, src)
		path := filepath.Join(b.TempDir(), "library.db")
		st, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		lib, _ := library.Open(st)
		f := finder.Open(lib)
		f.Ready()
		start, cpu := time.Now(), cpuTime()
		rep := Importer{Library: lib}.Import(context.Background(), files, nil)
		// End to end: until the search index holds every article.
		f.Flush()
		d, c := time.Since(start), cpuTime()-cpu
		saveStart := time.Now()
		if err := f.Save(); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(time.Since(saveStart).Milliseconds()), "ms-index-save")
		if rep.Imported != n || rep.Failed != 0 {
			b.Fatalf("imported %d of %d, %d files failed: %+v", rep.Imported, n, rep.Failed, rep.Files[0])
		}
		st.Close()
		fi, _ := os.Stat(path)
		b.ReportMetric(float64(n)/d.Seconds(), "articles/s")
		b.ReportMetric(float64(n)/c.Seconds(), "articles/cpu-s")
		b.ReportMetric(rawWall.Seconds()/d.Seconds(), "x-raw-batch")
		b.ReportMetric(float64(fi.Size())/float64(raw), "file/raw-text")
		openAndQuery(b, path)
	}
}

// openAndQuery measures start-up on a built library: open, load the list
// and show the first page, with the file out of the page cache (cold,
// where the system lets a process drop a file's pages) and in it (warm);
// a filtered page; the search index loaded from its saved image; and the
// memory the list and the index take.
func openAndQuery(b *testing.B, path string) {
	firstPage := func() (*store.Store, *library.Library, time.Duration) {
		start := time.Now()
		st, err := store.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		lib, err := library.Open(st)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := lib.Query(library.Query{Limit: 50}); err != nil {
			b.Fatal(err)
		}
		return st, lib, time.Since(start)
	}
	if dropCache(path) {
		st, _, d := firstPage()
		b.ReportMetric(float64(d.Microseconds())/1000, "ms-to-first-page-cold")
		st.Close()
	}
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	st, lib, d := firstPage()
	defer st.Close()
	b.ReportMetric(float64(d.Microseconds())/1000, "ms-to-first-page")
	start := time.Now()
	if _, err := lib.Query(library.Query{View: library.ViewUnread, Sort: library.SortTitle, Limit: 50}); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(time.Since(start).Microseconds())/1000, "ms-filtered-page")
	f := finder.Open(lib)
	loaded := f.Loaded()
	if loaded.Rebuilt {
		b.Fatalf("the saved search index was rebuilt at start-up: %+v", loaded)
	}
	b.ReportMetric(float64(loaded.Took.Microseconds())/1000, "ms-index-loaded")
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-min(after.HeapAlloc, before.HeapAlloc))/(1<<20), "MB-heap-loaded")
	runtime.KeepAlive(lib)
	runtime.KeepAlive(f)
}

// BenchmarkLibrary_RawBoltBatch is the peer: the same text written to
// bbolt as plain key/value pairs, 500 per transaction.
func BenchmarkLibrary_RawBoltBatch(b *testing.B) {
	n := benchArticles()
	src := bbcArticles(b)
	for b.Loop() {
		wall, cpu := rawBatchWrites(b, n, src)
		b.ReportMetric(float64(n)/wall.Seconds(), "articles/s")
		b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
	}
}

// rawBatchWrites writes n articles' text to a new bbolt file, 500 per
// transaction, and returns the wall and CPU time it took.
func rawBatchWrites(b *testing.B, n int, src [][]string) (wall, cpu time.Duration) {
	db, err := bolt.Open(filepath.Join(b.TempDir(), "raw.db"), 0o600, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	start, cpu0 := time.Now(), cpuTime()
	for i := 0; i < n; i += 500 {
		err := db.Update(func(tx *bolt.Tx) error {
			bk, err := tx.CreateBucketIfNotExists([]byte("raw"))
			if err != nil {
				return err
			}
			for j := i; j < min(i+500, n); j++ {
				k := make([]byte, 8)
				binary.BigEndian.PutUint64(k, uint64(j))
				if err := bk.Put(k, []byte(strings.Join(src[j%len(src)], "\n\n"))); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	return time.Since(start), cpuTime() - cpu0
}
