package dump

import "testing"

func BenchmarkParse(b *testing.B) {
	data := readSeed(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(seedFile, data); err != nil {
			b.Fatal(err)
		}
	}
}
