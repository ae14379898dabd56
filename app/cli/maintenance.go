package cli

import (
	"errors"
	"fmt"

	"gloss/backend/store"
)

func cmdBackup(env Env, a args, db string) error {
	if len(a.operands) != 1 {
		return errors.New("backup: name the file to write")
	}
	s, err := store.OpenShared(db)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Backup(a.operands[0]); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "backed up to %s\n", a.operands[0])
	return nil
}

func cmdCheck(env Env, db string) error {
	s, err := store.Open(db)
	if err != nil {
		return withBackupHint(db, err)
	}
	defer s.Close()
	problems := s.Check()
	for _, p := range problems {
		fmt.Fprintln(env.Stdout, p)
	}
	if len(problems) > 0 {
		return fmt.Errorf("check: %s: %d problems", db, len(problems))
	}
	fmt.Fprintf(env.Stdout, "%s: no problems found\n", db)
	return nil
}

func cmdCompact(env Env, db string) error {
	s, err := store.Open(db)
	if err != nil {
		return err
	}
	defer s.Close()
	before, after, err := s.Compact()
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "compacted %s: %d KiB -> %d KiB\n", db, before>>10, after>>10)
	return nil
}

// withBackupHint adds to an unreadable-library error where the newest
// automatic backup is and how to put it in place.
func withBackupHint(db string, err error) error {
	if !errors.Is(err, store.ErrCorrupt) {
		return err
	}
	list, _ := store.Backups(db)
	if len(list) == 0 {
		return err
	}
	return fmt.Errorf("%w; the newest backup is %s: gloss restore-backup puts it in place", err, list[0])
}

// cmdRestoreBackup puts a backup (the newest automatic one by default) in
// place of the library, keeping the replaced file.
func cmdRestoreBackup(env Env, a args, db string) error {
	var from string
	switch len(a.operands) {
	case 0:
		list, err := store.Backups(db)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return fmt.Errorf("restore-backup: no backups in %s", store.BackupDir(db))
		}
		from = list[0]
	case 1:
		from = a.operands[0]
	default:
		return errors.New("restore-backup: name at most one backup file")
	}
	if s, err := store.Open(from); err != nil {
		return fmt.Errorf("restore-backup: %w", err)
	} else {
		s.Close()
	}
	kept, err := store.RestoreBackup(db, from)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "restored %s from %s\n", db, from)
	if kept != "" {
		fmt.Fprintf(env.Stdout, "the replaced file is kept as %s\n", kept)
	}
	return nil
}

func cmdBackups(env Env, db string) error {
	list, err := store.Backups(db)
	for _, b := range list {
		fmt.Fprintln(env.Stdout, b)
	}
	return err
}
