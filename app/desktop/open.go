package desktop

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"gloss/backend/library"
	"gloss/backend/store"
)

// Automatic backups: one a day at start-up, the last week kept.
const (
	backupEvery = 24 * time.Hour
	backupsKept = 7
)

// openLibrary opens the library for the window. An unreadable file is
// never touched: the user is offered the newest backup instead, and the
// replaced file is kept beside it.
func openLibrary(ctx context.Context, path string) (*store.Store, *library.Library, error) {
	st, err := store.Open(path)
	if errors.Is(err, store.ErrCorrupt) {
		st, err = offerBackup(ctx, path, err)
	}
	if err != nil {
		return nil, nil, err
	}
	lib, err := library.Open(st)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	go func() {
		if _, err := st.AutoBackup(backupEvery, backupsKept); err != nil {
			log.Printf("gloss: automatic backup: %v", err)
		}
	}()
	return st, lib, nil
}

func offerBackup(ctx context.Context, path string, openErr error) (*store.Store, error) {
	list, _ := store.Backups(path)
	if len(list) == 0 {
		return nil, openErr
	}
	answer, err := runtime.MessageDialog(ctx, runtime.MessageDialogOptions{
		Type:  runtime.QuestionDialog,
		Title: "The library cannot be read",
		Message: fmt.Sprintf("%v\n\nOpen the newest backup (%s) instead? The unreadable file is kept beside it.",
			openErr, list[0]),
		Buttons:       []string{"Yes", "No"},
		DefaultButton: "Yes",
	})
	if err != nil || answer != "Yes" {
		return nil, openErr
	}
	if _, err := store.RestoreBackup(path, list[0]); err != nil {
		return nil, err
	}
	return store.Open(path)
}
