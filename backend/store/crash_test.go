package store

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"gloss/backend/model"
)

// The crash tests run this test binary again as a child that writes to a
// library and reports each committed batch on stdout; the parent kills it
// at a random moment (kill -9) or lets the disk fill, then checks that
// everything reported saved is there and that the file is sound.

const childEnv = "GLOSS_STORE_CHILD"

func TestMain(m *testing.M) {
	if path := os.Getenv(childEnv); path != "" {
		os.Exit(child(path))
	}
	os.Exit(m.Run())
}

// child imports batches of articles until killed, printing "saved ID..."
// after each commit, or "error ..." when a commit fails.
func child(path string) int {
	signal.Ignore(syscall.SIGXFSZ) // a full disk must be an error, not death
	s, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		return 1
	}
	defer s.Close()
	body := strings.Repeat("Words of a long enough paragraph to take room. ", 40)
	for batch := 0; batch < 1000; batch++ {
		var docs []Doc
		for i := range 20 {
			a := model.New(fmt.Sprintf("Article %d-%d-%d", os.Getpid(), batch, i),
				[]model.Block{{Kind: model.Paragraph, Text: body + strconv.Itoa(i)}})
			docs = append(docs, Doc{Source: "crash.txt", Article: a})
		}
		added, err := s.Add(docs)
		if err != nil {
			fmt.Println("error", err)
			return 2
		}
		line := []string{"saved"}
		for _, a := range added {
			line = append(line, strconv.FormatUint(a.ID, 10))
		}
		fmt.Println(strings.Join(line, " "))
	}
	return 0
}

func startChild(t *testing.T, path string, shell string) (*exec.Cmd, *bufio.Scanner) {
	t.Helper()
	cmd := exec.Command("/bin/sh", "-c", shell+`exec "$0" -test.run=^$`, os.Args[0])
	cmd.Env = append(os.Environ(), childEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, bufio.NewScanner(out)
}

// verify reopens the library and checks every saved ID and the file.
func verify(t *testing.T, path string, saved []uint64) {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("reopen after crash: %v", err)
	}
	defer s.Close()
	for _, id := range saved {
		if _, b, err := s.Get(id); err != nil || b.Text == "" {
			t.Fatalf("article %d was reported saved but is lost: %v", id, err)
		}
	}
	if p := s.Check(); len(p) != 0 {
		t.Fatalf("check after crash: %v", p)
	}
}

// Ensure that kill -9 at random moments loses nothing reported saved.
// GLOSS_TORTURE sets the number of rounds (make torture runs 500).
func TestStore_Crash_Kill9(t *testing.T) {
	rounds := 50
	if n, err := strconv.Atoi(os.Getenv("GLOSS_TORTURE")); err == nil {
		rounds = n
	}
	if testing.Short() {
		rounds = 5
	}
	path := filepath.Join(t.TempDir(), "library.db")
	var saved []uint64
	for round := range rounds {
		cmd, lines := startChild(t, path, "")
		deadline := time.After(time.Duration(10+rand.IntN(120)) * time.Millisecond)
		got := make(chan []uint64)
		go func() {
			var ids []uint64
			for lines.Scan() {
				f := strings.Fields(lines.Text())
				if len(f) > 0 && f[0] == "saved" {
					for _, s := range f[1:] {
						id, _ := strconv.ParseUint(s, 10, 64)
						ids = append(ids, id)
					}
				}
			}
			got <- ids
		}()
		<-deadline
		cmd.Process.Signal(syscall.SIGKILL)
		ids := <-got
		cmd.Wait()
		saved = append(saved, ids...)
		verify(t, path, saved)
		if t.Failed() {
			t.Fatalf("round %d", round)
		}
	}
	t.Logf("%d rounds, %d articles reported saved, all present", rounds, len(saved))
}

// Ensure that a full disk fails the write, keeps earlier data and the file sound.
func TestStore_Crash_DiskFull(t *testing.T) {
	path := filepath.Join(t.TempDir(), "library.db")
	// 2 MiB in 512-byte blocks: enough to start, too little for 1000 batches.
	cmd, lines := startChild(t, path, "ulimit -f 4096; ")
	var saved []uint64
	var failure string
	for lines.Scan() {
		f := strings.Fields(lines.Text())
		switch {
		case len(f) > 0 && f[0] == "saved":
			for _, s := range f[1:] {
				id, _ := strconv.ParseUint(s, 10, 64)
				saved = append(saved, id)
			}
		case len(f) > 0 && f[0] == "error":
			failure = lines.Text()
		}
	}
	cmd.Wait()
	if failure == "" {
		t.Fatalf("the child never hit the file size limit (%d saved)", len(saved))
	}
	if len(saved) == 0 {
		t.Fatalf("nothing saved before the disk filled: %s", failure)
	}
	t.Logf("disk full after %d articles: %s", len(saved), failure)
	verify(t, path, saved)
}
