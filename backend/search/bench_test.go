package search

import (
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/sahilm/fuzzy"
)

// benchSize is the library size of the brief: 100,000 articles of ~5 KB.
const benchSize = 100_000

// benchQueries are 2-3 word queries as typed, typos included.
var benchQueries = []string{
	"gazprom rosnft", "yukos auction", "brodband fuels", "prime ministr election",
	"tony blair iraq", "chelsea mourinho", "oil prices", "mobile phone games",
	"conflcit", "film award oscar", "economy growth", "labour tax plans",
}

var bench struct {
	once  sync.Once
	bbc   []Doc
	ix    *Index
	data  []byte
	heap  float64 // MB of heap the index holds
	build time.Duration
}

// benchIndex builds the 100,000-article index once per run.
func benchIndex(b *testing.B) *Index {
	if testing.Short() {
		b.Skip("skipped in -short: builds a 100,000-article index")
	}
	bench.once.Do(func() {
		bench.bbc = loadBBC(b)
		start := time.Now()
		built := New()
		for i := range benchSize {
			built.Put(synthetic(bench.bbc, i))
		}
		bench.build = time.Since(start)
		bench.data, _ = built.MarshalBinary()
		built = nil
		// Search the index as a normal start-up has it: loaded, not built.
		before := heapMB()
		ix := New()
		if err := ix.UnmarshalBinary(bench.data); err != nil {
			b.Fatal(err)
		}
		bench.heap = heapMB() - before
		bench.ix = ix
	})
	if bench.ix == nil {
		b.Skip("no benchmark index")
	}
	return bench.ix
}

func heapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// timed runs op b.N times and reports the median and 95th percentile.
func timed(b *testing.B, op func(i int)) {
	var ds []time.Duration
	i := 0
	for b.Loop() {
		start := time.Now()
		op(i)
		ds = append(ds, time.Since(start))
		i++
	}
	slices.Sort(ds)
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(ds[len(ds)/2]), "median-ms")
	b.ReportMetric(ms(ds[len(ds)*95/100]), "p95-ms")
}

func BenchmarkSearch(b *testing.B) {
	ix := benchIndex(b)
	src := func(id uint64) (Doc, error) { return synthetic(bench.bbc, int(id-1)), nil }
	timed(b, func(i int) {
		if _, err := ix.Search(benchQueries[i%len(benchQueries)], Options{Limit: 50, Source: src}); err != nil {
			b.Fatal(err)
		}
	})
	b.ReportMetric(bench.heap, "index-MB")
	b.ReportMetric(bench.build.Seconds(), "build-s")
}

// BenchmarkSahilmTitles is the peer the brief names: sahilm/fuzzy over every
// title, which finds titles only and ranks by letters, not words.
func BenchmarkSahilmTitles(b *testing.B) {
	benchIndex(b)
	titles := make([]string, benchSize)
	for i := range titles {
		titles[i] = synthetic(bench.bbc, i).Title
	}
	timed(b, func(i int) { fuzzy.Find(benchQueries[i%len(benchQueries)], titles) })
}

// BenchmarkPut replaces articles of the full index, as a re-import does.
func BenchmarkPut(b *testing.B) {
	ix := benchIndex(b)
	docs := make([]Doc, 1000)
	for i := range docs {
		docs[i] = synthetic(bench.bbc, i*97%benchSize)
	}
	timed(b, func(i int) { ix.Put(docs[i%len(docs)]) })
}

func BenchmarkMarshal(b *testing.B) {
	ix := benchIndex(b)
	timed(b, func(int) {
		if _, err := ix.MarshalBinary(); err != nil {
			b.Fatal(err)
		}
	})
	b.ReportMetric(float64(len(bench.data))/(1<<20), "file-MB")
}

func BenchmarkUnmarshal(b *testing.B) {
	benchIndex(b)
	timed(b, func(int) {
		if err := New().UnmarshalBinary(bench.data); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkPut_New adds fresh articles to a growing index, as an import
// does, and reports the time per article.
func BenchmarkPut_New(b *testing.B) {
	bbc := loadBBC(b)
	const n = 20_000
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = synthetic(bbc, i)
	}
	var cpu time.Duration
	for b.Loop() {
		ix := New()
		start := cpuTime()
		for _, d := range docs {
			ix.Put(d)
		}
		cpu += cpuTime() - start
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
	// On a machine shared with other work the CPU time compares runs
	// where wall time cannot.
	b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N*n), "cpu-ns/article")
}
