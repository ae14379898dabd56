package store

import (
	"fmt"
	"sync"
	"testing"
)

// Ensure that writes and reads running while the library is compacted
// wait for the swap and are all kept: none lands in the old file after it
// was copied, none fails on the closed file.
func TestStore_Compact_WhileWriting(t *testing.T) {
	s := mustOpen(t)
	mustAdd(t, s, article("First", "First text."))
	const writers, each = 3, 20
	var wg sync.WaitGroup
	errs := make(chan error, writers*each*2)
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				a := article(fmt.Sprintf("Writer %d article %d", w, i), fmt.Sprintf("Text %d of writer %d.", i, w))
				if _, err := s.Add(docs("w.txt", a)); err != nil {
					errs <- err
				}
				if _, err := s.List(); err != nil {
					errs <- err
				}
			}
		})
	}
	for range 3 {
		if _, _, err := s.Compact(); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if list, _ := s.List(); len(list) != 1+writers*each {
		t.Errorf("after compacting while writing: %d articles, want %d", len(list), 1+writers*each)
	}
	if p := s.Check(); len(p) != 0 {
		t.Errorf("check: %v", p)
	}
}
