package search

import (
	"errors"
	"reflect"
	"testing"
)

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want Query
	}{
		{"syrain conflcit", Query{Words: []string{"syrain", "conflcit"}, Prefix: true}},
		{"Gaza Water ", Query{Words: []string{"gaza", "water"}}},
		{`"Exact Phrase" word`, Query{Words: []string{"word"}, Phrases: [][]string{{"exact", "phrase"}}, Prefix: true}},
		{`"unclosed phrase here`, Query{Phrases: [][]string{{"unclosed", "phrase", "here"}}}},
		{`"single"`, Query{Words: []string{"single"}}},
		{`gaza -water -"west bank"`, Query{Words: []string{"gaza"}, Exclude: []string{"water"}, ExcludePhrases: [][]string{{"west", "bank"}}}},
		{`tag:"Middle East" tag:war source:BBC color:Yellow`, Query{Tags: []string{"middle east", "war"}, Sources: []string{"bbc"}, Colors: []string{"yellow"}}},
		{"in:title in:notes x", Query{Words: []string{"x"}, In: FieldTitle | FieldNote, Prefix: true}},
		{"after:2024-01-01 before:2024-02-01", Query{After: "2024-01-01", Before: "2024-02-01"}},
		{"is:favourite is:unread", Query{Is: IsFavourite | IsUnread}},
		{"http://x.org café", Query{Words: []string{"http", "x", "org", "cafe"}, Prefix: true}},
		{"- lone dash", Query{Words: []string{"lone", "dash"}, Prefix: true}},
		{"58,000 dead", Query{Words: []string{"58000", "dead"}, Prefix: true}},
		{"", Query{}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseQuery(tt.in)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestParseQuery_Errors(t *testing.T) {
	for _, in := range []string{"in:everywhere", "is:sleepy", "before:yesterday", "after:2024-13-01", "tag:", `tag:""`, "-tag:x", "a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg"} {
		t.Run(in, func(t *testing.T) {
			if _, err := ParseQuery(in); !errors.Is(err, ErrQuery) {
				t.Errorf("got %v, want ErrQuery", err)
			}
		})
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`gaza "west bank" -water tag:"a b" in:title is:read after:2024-01-01`, `"`, `-"`, `tag:"`, "-", "é\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := ParseQuery(s)
		if err != nil {
			if !errors.Is(err, ErrQuery) {
				t.Errorf("got error %v, want one wrapping ErrQuery", err)
			}
			return
		}
		for _, w := range append(append([]string{}, q.Words...), q.Exclude...) {
			if w == "" || fold(w) != w {
				t.Errorf("word %q is not folded", w)
			}
		}
		for _, p := range q.Phrases {
			if len(p) < 2 {
				t.Errorf("phrase %q has fewer than two words", p)
			}
		}
	})
}
