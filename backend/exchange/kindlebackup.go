package exchange

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// kbBook is one book line of the clippings app's NDJSON backup.
type kbBook struct {
	Type      string   `json:"type"`
	Title     string   `json:"title"`
	Authors   []string `json:"authors"`
	Clippings []struct {
		Page        []int      `json:"page"`
		Location    []int      `json:"location"`
		Type        string     `json:"type"` // "highlight", "note", "bookmark"
		Content     string     `json:"content"`
		AddedAt     flexString `json:"added_at"`
		InlineNotes flexTags   `json:"inline_notes"` // strings or {"content": …}
	} `json:"clippings"`
}

// parseKindleBackup reads the NDJSON backup of the clippings app
// (yakimka/clippings): a version line, then one line per book with its
// clippings. Books are built as from "My Clippings.txt".
func parseKindleBackup(name string, data []byte) ([]Item, error) {
	var clips []clipping
	for n, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var b kbBook
		if err := decodeJSON(fmt.Sprintf("%s: line %d", name, n+1), line, &b); err != nil {
			return nil, err
		}
		if b.Type != "book" {
			continue
		}
		for _, c := range b.Clippings {
			k := clipping{title: b.Title, author: strings.Join(b.Authors, ", "), text: c.Content,
				added: parseTime(string(c.AddedAt)), index: len(clips)}
			switch c.Type {
			case "note":
				k.kind = clipNote
			case "bookmark":
				k.kind = clipBookmark
			}
			if len(c.Location) == 2 && c.Location[0] > 0 {
				k.loc, k.locEnd = c.Location[0], max(c.Location[0], c.Location[1])
			}
			if len(c.Page) == 2 && c.Page[0] > 0 {
				k.page = strconv.Itoa(c.Page[0])
				if c.Page[1] > c.Page[0] {
					k.page += "-" + strconv.Itoa(c.Page[1])
				}
			}
			clips = append(clips, k)
			for _, note := range c.InlineNotes {
				n := k
				n.kind, n.text, n.index = clipNote, note, len(clips)
				clips = append(clips, n)
			}
		}
	}
	return kindleBooks(clips), nil
}
