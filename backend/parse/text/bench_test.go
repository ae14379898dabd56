package text

import (
	"strings"
	"testing"
)

func BenchmarkParse(b *testing.B) {
	para := "The city council voted on Monday to build twelve miles of protected cycle lanes over the next three years.\n\n"
	cases := map[string]string{
		"plain":    "Title\n\n" + strings.Repeat(para, 10000),
		"markdown": "# Title\n\n" + strings.Repeat("- "+para, 10000),
		"page":     strings.Repeat("Home\nNews\nSport\n"+para, 5000),
	}
	for name, in := range cases {
		data := []byte(in)
		parse := Parse
		if name == "page" {
			parse = ParsePage
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := parse(name, data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
