package desktop

import (
	"context"
	"log"
	"time"

	"gloss/backend/finder"
)

// saveIndexEvery saves the search index when it changed, so that a crash
// costs at most the catch-up of one interval at the next start.
func saveIndexEvery(ctx context.Context, f *finder.Finder, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := f.Save(); err != nil {
				log.Printf("gloss: %v", err)
			}
		}
	}
}
