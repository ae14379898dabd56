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
		return err
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
