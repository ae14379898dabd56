package search

import "slices"

// phrasesHold reports whether d holds every phrase of q in the fields q
// searches, and none of its excluded phrases anywhere.
func phrasesHold(d Doc, q Query) bool {
	if len(q.Phrases)+len(q.ExcludePhrases) == 0 {
		return true
	}
	all := fieldWords(d, allFields)
	in := all
	if q.In != 0 && q.In != allFields {
		in = fieldWords(d, q.In)
	}
	for _, p := range q.Phrases {
		if !anyHasPhrase(in, p) {
			return false
		}
	}
	for _, p := range q.ExcludePhrases {
		if anyHasPhrase(all, p) {
			return false
		}
	}
	return true
}

// fieldWords returns the folded words of each text of d in fields f; a
// phrase never spans two texts.
func fieldWords(d Doc, f Field) [][]string {
	var out [][]string
	addIf := func(ff Field, ss ...string) {
		if f&ff != 0 {
			for _, s := range ss {
				out = append(out, words(s))
			}
		}
	}
	addIf(FieldTitle, d.Title)
	addIf(FieldText, d.Text)
	addIf(FieldNote, d.Note)
	addIf(FieldTag, d.Tags...)
	for _, h := range d.Highlights {
		addIf(FieldHighlight, h.Quote)
		addIf(FieldNote, h.Note)
		addIf(FieldTag, h.Tags...)
	}
	return out
}

func anyHasPhrase(texts [][]string, p []string) bool {
	for _, ws := range texts {
		for i := 0; i+len(p) <= len(ws); i++ {
			if slices.Equal(ws[i:i+len(p)], p) {
				return true
			}
		}
	}
	return false
}
