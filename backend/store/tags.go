package store

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"gloss/backend/model"
)

// MaxTagLength bounds a tag, in bytes.
const MaxTagLength = 64

// CleanTag folds a tag's whitespace and checks its length; tags compare
// case-sensitively but never differ only in spacing.
func CleanTag(tag string) (string, error) {
	t := model.Fold(tag)
	if !utf8.ValidString(tag) || t == "" || len(t) > MaxTagLength || strings.ContainsAny(t, ",\x00") {
		return "", fmt.Errorf("store: tag %q: %w", tag, ErrBadTag)
	}
	return t, nil
}

// AddTags adds tags to articles.
func (s *Store) AddTags(ids []uint64, tags []string) ([]Entry, error) {
	clean, err := cleanTags(tags)
	if err != nil {
		return nil, err
	}
	return s.Update(ids, func(e *Entry) error {
		for _, t := range clean {
			if !slices.Contains(e.Tags, t) {
				e.Tags = append(e.Tags, t)
			}
		}
		slices.Sort(e.Tags)
		return nil
	})
}

// RemoveTags removes tags from articles.
func (s *Store) RemoveTags(ids []uint64, tags []string) ([]Entry, error) {
	return s.Update(ids, func(e *Entry) error {
		e.Tags = slices.DeleteFunc(e.Tags, func(t string) bool { return slices.Contains(tags, t) })
		return nil
	})
}

// RenameTag renames a tag on every article; renaming onto an existing tag
// merges the two. It returns how many articles changed.
func (s *Store) RenameTag(from, to string) (int, error) {
	to, err := CleanTag(to)
	if err != nil {
		return 0, err
	}
	return s.retag(from, func(tags []string) []string {
		if !slices.Contains(tags, to) {
			tags = append(tags, to)
		}
		return tags
	})
}

// DeleteTag removes a tag from every article.
func (s *Store) DeleteTag(tag string) (int, error) {
	return s.retag(tag, func(tags []string) []string { return tags })
}

// retag replaces tag on each article that has it by what with adds.
func (s *Store) retag(tag string, with func([]string) []string) (int, error) {
	ids, err := s.idsWhere(func(e Entry) bool { return slices.Contains(e.Tags, tag) })
	if err != nil || len(ids) == 0 {
		return 0, err
	}
	_, err = s.Update(ids, func(e *Entry) error {
		e.Tags = with(slices.DeleteFunc(e.Tags, func(t string) bool { return t == tag }))
		slices.Sort(e.Tags)
		return nil
	})
	return len(ids), err
}

func (s *Store) idsWhere(keep func(Entry) bool) ([]uint64, error) {
	list, err := s.List()
	if err != nil {
		return nil, err
	}
	var ids []uint64
	for _, e := range list {
		if keep(e) {
			ids = append(ids, e.ID)
		}
	}
	return ids, nil
}

func cleanTags(tags []string) ([]string, error) {
	out := make([]string, 0, len(tags))
	for _, t := range tags {
		c, err := CleanTag(t)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}
