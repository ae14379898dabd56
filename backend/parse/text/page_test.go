package text

import (
	"strings"
	"testing"
)

// page builds a whole-page text dump from its parts, one line each.
func page(parts ...string) []byte {
	return []byte(strings.Join(parts, "\n"))
}

const (
	para1 = "The council voted on Monday to build twelve miles of protected cycle lanes over the next three years, after a long debate."
	para2 = "Residents on the east side said the plan ignored their streets, where most of the accidents of the past decade happened."
	para3 = "The first lanes will open in the spring, the council said, and the rest will follow as the money comes in from the state."
)

// Ensure that the body is found after the headline even when a longer
// block of prose (a footer's boilerplate) sits further down the page.
func TestParsePage_Headline(t *testing.T) {
	footer := strings.Repeat("Our customer service centre answers questions about subscriptions, deliveries and accounts on weekdays. ", 8)
	data := page("Council approves cycle lanes - The Daily Example",
		"Home", "News", "Sport", "Council approves cycle lanes",
		"By A. Reporter", "12 March 2024", para1, para2,
		"More news", "Another story about the weather", "By B. Writer", "A third story about the trains", "By C. Writer")
	for i := range 30 {
		data = append(data, page("", "A story about something else", "Section "+string(rune('A'+i%26)))...)
	}
	data = append(data, page("", footer, "Copyright 2024")...)
	arts, err := ParsePage("page.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if a.Title != "Council approves cycle lanes" {
		t.Errorf("got title %q, want the headline without the site's name", a.Title)
	}
	if want := para1 + "\n\n" + para2; a.Text != want {
		t.Errorf("got text %q, want the two paragraphs", a.Text)
	}
}

// Ensure that a list of teasers (title, author, date, summary) after the
// article is not taken for more of it, nor are the titles the page
// repeats, and that a subheading between paragraphs stays.
func TestParsePage_Teasers(t *testing.T) {
	var parts []string
	parts = append(parts, "Council approves cycle lanes | Example News", "Council approves cycle lanes",
		para1, "What comes next", para2, para3, "Share this article", "More from Example News")
	for i, s := range []string{
		"A second story whose summary runs on for a while, telling the reader what it is about in a sentence.",
		"A third story whose summary also runs on for a while, telling the reader what it is about in a sentence.",
		"A fourth story whose summary runs on for a while too, telling the reader what it is about in a sentence.",
	} {
		parts = append(parts, "Teaser title number "+string(rune('A'+i)), "Some Writer", "Wednesday 20 November 2019", s)
	}
	arts, err := ParsePage("page.txt", page(parts...))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{para1, "What comes next", para2, para3}, "\n\n")
	if got := arts[0].Text; got != want {
		t.Errorf("got text\n%q\nwant\n%q", got, want)
	}
}

// Ensure that Chinese and Japanese lines, which do not space their words,
// are read as prose, and that lines with no letters are blank.
func TestParsePage_CJK(t *testing.T) {
	jp1 := "Kindle書籍を読む場合は、一般的にスマホやタブレットなどのモバイル端末で読むことが多いと思います。"
	jp2 := "パソコンでそのまま読みたい時もありますので、その方法を紹介します。"
	data := page("Kindle書籍をパソコンで読む方法 | 例のブログ", "ホーム", "ブログ", "Kindle書籍をパソコンで読む方法", "\u200b", jp1, "\u200b", "•", jp2, "関連記事", "ホーム")
	arts, err := ParsePage("page.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	if want := jp1 + "\n\n" + jp2; arts[0].Text != want {
		t.Errorf("got text %q, want %q", arts[0].Text, want)
	}
}
