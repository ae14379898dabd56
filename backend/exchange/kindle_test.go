package exchange

import (
	"strings"
	"testing"
)

// Ensure that the "Added on" part is read in each of the device's
// languages, as the corpus writes them, and in older wordings.
func TestKindleDate(t *testing.T) {
	want := date("2024-08-22 18:10:53")
	tests := map[string]string{
		"de":    " Hinzugefügt am Donnerstag, 22. August 2024 18:10:53",
		"es":    " Añadido el jueves, 22 de agosto de 2024 18:10:53",
		"fr":    " Ajouté le jeudi 22 août 2024 18:10:53",
		"it":    " Aggiunto in data giovedì, 22 agosto 2024 18:10:53",
		"ja":    "作成日: 2024年8月22日木曜日 18:10:53",
		"nl":    " Toegevoegd op donderdag 22 augustus 2024 18:10:53",
		"pt-BR": " Adicionado: quinta-feira, 22 de agosto de 2024 18:10:53",
		"ru":    " Добавлено: четверг, 22 августа 2024 г. в 18:10:53",
		"zh":    " 添加于 2024年8月22日星期四 下午6:10:53",
		"en-US": " Added on Thursday, August 22, 2024 6:10:53 PM",
		"en-GB": " Added on Thursday, 22 August 2024 18:10:53",
	}
	for lang, s := range tests {
		if got := kindleDate(s); !got.Equal(want) {
			t.Errorf("%s: kindleDate(%q) = %v, want %v", lang, s, got, want)
		}
	}
	others := map[string]string{
		" Added on Monday, 3 December 12 19:42:30 Greenwich Mean Time": "2012-12-03 19:42:30",
		" Added on Tuesday, April 24, 2012, 04:13 PM":                  "2012-04-24 16:13:00",
		" Added on Monday, March 4, 2024 12:05:00 AM":                  "2024-03-04 00:05:00",
		" 添加于 2023年2月9日星期四 上午12:35:21":                                 "2023-02-09 00:35:21",
	}
	for s, w := range others {
		if got := kindleDate(s); !got.Equal(date(w)) {
			t.Errorf("kindleDate(%q) = %v, want %s", s, got, w)
		}
	}
	for _, s := range []string{"", "Added on someday", " Added on 31 February 2024 10:00", "2024年13月1日"} {
		if got := kindleDate(s); !got.IsZero() {
			t.Errorf("kindleDate(%q) = %v, want the zero time", s, got)
		}
	}
}

func TestSplitAuthor(t *testing.T) {
	tests := []struct{ line, title, author string }{
		{"1984 (Orwell, George)", "1984", "Orwell, George"},
		{"飘（上下） (外国文学名著名译丛书) ((美)米切尔)", "飘（上下） (外国文学名著名译丛书)", "(美)米切尔"},
		{"Jornada de Montahue - P Hernan Alessandri", "Jornada de Montahue - P Hernan Alessandri", ""},
		{"(Only parentheses)", "(Only parentheses)", ""},
		{"Unbalanced)", "Unbalanced)", ""},
	}
	for _, tt := range tests {
		if title, author := splitAuthor(tt.line); title != tt.title || author != tt.author {
			t.Errorf("splitAuthor(%q) = %q, %q, want %q, %q", tt.line, title, author, tt.title, tt.author)
		}
	}
}

func TestExpandEnd(t *testing.T) {
	tests := []struct {
		start int
		end   string
		want  int
	}{{1234, "1240", 1240}, {1234, "35", 1235}, {1298, "03", 1303}, {5, "x", 5}}
	for _, tt := range tests {
		if got := expandEnd(tt.start, tt.end); got != tt.want {
			t.Errorf("expandEnd(%d, %q) = %d, want %d", tt.start, tt.end, got, tt.want)
		}
	}
}

// clip writes one "My Clippings.txt" entry.
func clip(kind, loc, text string) string {
	return "Book (Author)\n- Your " + kind + " on page 1 | Location " + loc +
		" | Added on Monday, 1 January 2024 10:00:00\n\n" + text + "\n==========\n"
}

// Ensure that a highlight saved twice, or saved and then extended, is
// kept once with its longest text, that different highlights at
// overlapping places stay apart, and notes find their highlight.
func TestParseKindle_Duplicates(t *testing.T) {
	data := clip("Highlight", "10-12", "The start of it") +
		clip("Highlight", "10-14", "The start of it and the rest.") +
		clip("Highlight", "10-14", "The start of it and the rest.") +
		clip("Note", "14", "mine") +
		clip("Highlight", "13-20", "Another thought entirely.") +
		clip("Highlight", "90-91", "The start of it")
	items, err := parseKindle("dups.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	hs := items[0].Highlights
	var got []string
	for _, h := range hs {
		got = append(got, h.Quote+"/"+h.Note)
	}
	want := "The start of it and the rest./mine|Another thought entirely./|The start of it/"
	if strings.Join(got, "|") != want {
		t.Errorf("highlights = %q, want %q", strings.Join(got, "|"), want)
	}
	checkItems(t, items)
	if text := items[0].Article.Text; text != "The start of it and the rest.\n\nAnother thought entirely.\n\nThe start of it" {
		t.Errorf("text = %q", text)
	}
}
