package app

import (
	"gloss/backend/importer"
	"gloss/backend/model"
	"gloss/backend/store"
)

// ArticleSummary is one row of the library list.
type ArticleSummary struct {
	ID         uint64 `json:"id"`
	Title      string `json:"title"`
	Site       string `json:"site"`
	Source     string `json:"source"`
	Published  string `json:"published,omitempty"`
	Added      string `json:"added"`
	Paragraphs int    `json:"paragraphs"`
	Words      int    `json:"words"`
	Dir        string `json:"dir"`

	Tags       []string `json:"tags"`
	Favourite  bool     `json:"favourite"`
	Archived   bool     `json:"archived"`
	Read       bool     `json:"read"`
	Progress   float64  `json:"progress"`
	Trashed    bool     `json:"trashed"`
	Highlights int      `json:"highlights"`
}

// ArticlePage is one page of a library query.
type ArticlePage struct {
	Items []ArticleSummary `json:"items"`
	Total int              `json:"total"`
}

// Entry is a stored article's metadata.
type Entry = store.Entry

// ArticleView is everything the reader needs to show one article.
type ArticleView struct {
	ID        uint64        `json:"id"`
	Title     string        `json:"title"`
	Byline    string        `json:"byline,omitempty"`
	Site      string        `json:"site,omitempty"`
	URL       string        `json:"url,omitempty"`
	Published string        `json:"published,omitempty"`
	Added     string        `json:"added"`
	Lang      string        `json:"lang,omitempty"`
	Dir       string        `json:"dir"`
	Source    string        `json:"source"`
	Words     int           `json:"words"`
	Blocks    []model.Block `json:"blocks"`
	Tags      []string      `json:"tags"`
	Favourite bool          `json:"favourite"`
	Archived  bool          `json:"archived"`
	Read      bool          `json:"read"`
	Progress  float64       `json:"progress"`
	Note      string        `json:"note"`
	Version   int           `json:"version"`
	Trashed   bool          `json:"trashed"`
}

// FileData is a file the user chose in the browser, sent with its content.
// Data is the file's bytes in standard base64.
type FileData struct {
	Name string `json:"name"`
	Data string `json:"data"`
}

// ImportReport sums up one import; see importer.Report.
type ImportReport = importer.Report

// FileResult says what became of one imported file; see importer.FileResult.
type FileResult = importer.FileResult

// Progress is sent as the "import:progress" event while files are imported.
type Progress = importer.Progress

// Info describes the running app to the frontend.
type Info struct {
	Version string `json:"version"`
	// Face is "desktop" inside the window, "browser" under gloss serve.
	Face    string `json:"face"`
	Library string `json:"library"`
}
