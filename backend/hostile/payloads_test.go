package hostile

import (
	"strings"
	"testing"
)

// Ensure that the suite has at least a hundred distinct payloads, that
// continued lines join with a line break, and that every file names its
// payload and kind.
func TestPayloads(t *testing.T) {
	ps := Payloads()
	if len(ps) < 100 {
		t.Fatalf("got %d payloads, want at least 100", len(ps))
	}
	seen := map[string]int{}
	for i, p := range ps {
		if p.N != i+1 || strings.TrimSpace(p.Text) == "" || strings.HasPrefix(p.Text, "#") {
			t.Errorf("payload %d: %+v", i+1, p)
		}
		if n, ok := seen[p.Text]; ok {
			t.Errorf("payload %d repeats payload %d: %q", p.N, n, p.Text)
		}
		seen[p.Text] = p.N
		if strings.HasSuffix(p.Text, `\`) {
			t.Errorf("payload %d ends in a backslash: %q", p.N, p.Text)
		}
		files := Files(p)
		if len(files) != len(Kinds) {
			t.Fatalf("payload %d: %d files, want %d", p.N, len(files), len(Kinds))
		}
		for _, f := range files {
			if !strings.Contains(string(f.Data), p.Text) {
				t.Errorf("%s does not carry its payload", f.Name)
			}
		}
	}
	if !strings.Contains(strings.Join(texts(ps), "\x00"), "onerror\n=") {
		t.Error("the payload with a line break inside its tag was not joined")
	}
}

func texts(ps []Payload) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Text
	}
	return out
}
