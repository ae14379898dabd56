package store

import (
	"time"

	"gloss/backend/model"
)

// Entry is the stored metadata of one article, what lists and filters need.
type Entry struct {
	ID         uint64    `json:"id"`
	Title      string    `json:"title"`
	Byline     string    `json:"byline,omitempty"`
	Site       string    `json:"site,omitempty"`
	URL        string    `json:"url,omitempty"`
	Published  string    `json:"published,omitempty"`
	Lang       string    `json:"lang,omitempty"`
	Dir        string    `json:"dir"`
	Added      time.Time `json:"added"`
	Source     string    `json:"source"`
	Hash       string    `json:"hash"`
	Version    int       `json:"version"`
	Paragraphs int       `json:"paragraphs"`
	Words      int       `json:"words"`

	// What the reader did with the article.
	Tags      []string `json:"tags,omitempty"`
	Favourite bool     `json:"favourite,omitempty"`
	Archived  bool     `json:"archived,omitempty"`
	Read      bool     `json:"read,omitempty"`
	Progress  float64  `json:"progress,omitempty"`
	Note      string   `json:"note,omitempty"`
	// Highlights counts the article's highlights, kept by the annotation code.
	Highlights int        `json:"highlights,omitempty"`
	Trashed    *time.Time `json:"trashed,omitempty"`
	Updated    time.Time  `json:"updated"`
}

// Body is the stored content of one article.
type Body struct {
	Blocks []model.Block `json:"blocks"`
	Text   string        `json:"text"`
}

// Article joins an article's entry and body back into the model.
func (e Entry) Article(b Body) model.Article {
	return model.Article{
		Title: e.Title, Byline: e.Byline, Site: e.Site, URL: e.URL,
		Published: e.Published, Lang: e.Lang, Dir: e.Dir,
		Blocks: b.Blocks, Text: b.Text,
	}
}
