package export

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Ensure that titles become safe, readable file names.
func TestSafeName(t *testing.T) {
	long := strings.Repeat("é", 200) // 400 bytes
	tests := []struct{ in, want string }{
		{"Plain title", "Plain title"},
		{"../x", "-x"},
		{"..", "Untitled"},
		{"a/b\\c", "a-b-c"},
		{"Ukraine: the war", "Ukraine - the war"},
		{`What "they" said?*<>|`, "What 'they' said-"},
		{"CON", "CON_"},
		{"con.txt", "con_.txt"},
		{"Com1", "Com1_"},
		{"LPT9 ", "LPT9_"},
		{"CONSOLE", "CONSOLE"},
		{"trailing dots...", "trailing dots…"},
		{"trailing dot.", "trailing dot"},
		{".hidden", "hidden"},
		{"tab\there\nnewline\x00nul", "tab here newline nul"},
		{"bidi \u202egnp.exe", "bidi gnp.exe"},
		{"Fishing 🎣 news", "Fishing 🎣 news"},
		{"family 👨\u200d👩\u200d👧", "family 👨\u200d👩\u200d👧"},
		{"", "Untitled"},
		{"   ", "Untitled"},
		{"bad \xff utf8", "bad utf8"},
		{long, strings.Repeat("é", MaxNameBytes/2)},
		{strings.Repeat("a", 119) + "é", strings.Repeat("a", 119)},
	}
	for _, tt := range tests {
		got := SafeName(tt.in)
		if got != tt.want {
			t.Errorf("SafeName(%q) = %q, want %q", tt.in, got, tt.want)
		}
		checkName(t, tt.in, got)
	}
}

// checkName asserts the properties every SafeName result has.
func checkName(t *testing.T, in, got string) {
	t.Helper()
	switch {
	case got == "" || len(got) > MaxNameBytes || !utf8.ValidString(got):
		t.Errorf("SafeName(%q) = %q: empty, over %d bytes or invalid UTF-8", in, got, MaxNameBytes)
	case strings.ContainsAny(got, `/\:*?"<>|`) || strings.Contains(got, ".."):
		t.Errorf("SafeName(%q) = %q: has a separator, a reserved character or ..", in, got)
	case strings.HasPrefix(got, ".") || strings.HasSuffix(got, ".") || strings.HasSuffix(got, " ") || strings.HasPrefix(got, " "):
		t.Errorf("SafeName(%q) = %q: leading dot or space, or trailing dot or space", in, got)
	case reserved(got):
		t.Errorf("SafeName(%q) = %q: a reserved device name", in, got)
	case SafeName(got) != got:
		t.Errorf("SafeName(%q) = %q, but SafeName of that is %q", in, got, SafeName(got))
	}
	for _, r := range got {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x202a && r <= 0x202e) {
			t.Errorf("SafeName(%q) = %q: has control character %U", in, got, r)
		}
	}
}

func FuzzSafeName(f *testing.F) {
	for _, s := range []string{"../x", "CON", "a/b", "🎣", strings.Repeat("ж", 100), " . ", "COM¹.md"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkName(t, s, SafeName(s)) })
}

// Ensure that the namer adds " (2)", " (3)" and compares without case.
func TestNamer(t *testing.T) {
	n := newNamer(func(name string) bool { return name == "On disk.md" })
	got := []string{n.pick("A", ".md"), n.pick("a", ".md"), n.pick("A", ".md"), n.pick("On disk", ".md")}
	want := []string{"A.md", "a (2).md", "A (3).md", "On disk (2).md"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("names = %q, want %q", got, want)
	}
}
