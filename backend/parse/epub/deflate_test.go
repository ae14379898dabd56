package epub

import (
	"bytes"
	"compress/flate"
	"hash/crc32"
	"io"
	"testing"
)

// Ensure that the hand-made deflate streams the bomb tests use inflate to
// what they claim.
func TestDeflateRepeat(t *testing.T) {
	for _, tt := range []struct {
		pattern string
		total   int64
	}{{"\x00", 1000}, {"<p>ab</p>", 5000}, {"xyz", 2}, {"héllo wörld ", 777}, {string(bytes.Repeat([]byte("0123456789"), 30)), 4000}} {
		want := bytes.Repeat([]byte(tt.pattern), int(tt.total)/len(tt.pattern)+1)[:tt.total]
		got, err := io.ReadAll(flate.NewReader(bytes.NewReader(deflateRepeat([]byte(tt.pattern), tt.total))))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("deflateRepeat(%q, %d) inflates to %d bytes (err %v), want %d", tt.pattern, tt.total, len(got), err, len(want))
		}
		if c := repeatCRC([]byte(tt.pattern), tt.total); c != crc32.ChecksumIEEE(want) {
			t.Errorf("repeatCRC(%q, %d) = %x, want %x", tt.pattern, tt.total, c, crc32.ChecksumIEEE(want))
		}
	}
}
