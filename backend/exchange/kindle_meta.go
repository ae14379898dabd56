package exchange

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// The kinds of clipping a Kindle writes.
const (
	clipHighlight = iota
	clipNote
	clipBookmark
)

// kindWords name the kind of a clipping in the device's languages (en,
// de, es, fr, it, ja, nl, pt, ru, zh); bookmarks are checked first, since
// "nota" is inside no bookmark word but the reverse is not sure.
var kindWords = [...][]string{
	clipBookmark: {"bookmark", "lesezeichen", "marcador", "signet", "segnalibro", "ブックマーク", "bladwijzer", "закладка", "书签"},
	clipNote:     {"note", "notiz", "nota", "メモ", "notitie", "заметка", "笔记"},
	clipHighlight: {"highlight", "markierung", "subrayado", "surlignement", "evidenziazione", "ハイライト",
		"destaque", "выделен", "标注", "clip"},
}

// clipKind reads the kind from the part of the meta line before the date;
// -1 when it names none.
func clipKind(s string) int {
	s = strings.ToLower(s)
	for _, k := range []int{clipBookmark, clipNote, clipHighlight} {
		for _, w := range kindWords[k] {
			if strings.Contains(s, w) {
				return k
			}
		}
	}
	return -1
}

var (
	// The patterns match lower-cased text. pageRE finds "page 12", "Seite 12", "página 12", "第 112 页",
	// "112ページ", "на странице 12", with an optional range.
	pageRE = regexp.MustCompile(`(?:\bpage|seite|página|pagina|странице|第)\s*([0-9ivxlcdm]+(?:\s*[-–]\s*[0-9ivxlcdm]+)?)|([0-9]+)\s*(?:ページ|页)`)
	locRE  = regexp.MustCompile(`(?:location|loc\.|position|posición|emplacement|posizione|locatie|posição|место|位置\s*(?:no\.)?\s*#?)\s*([0-9]+)(?:\s*(?:-|–|t/m)\s*([0-9]+))?`)
	timeRE = regexp.MustCompile(`(\d{1,2}):(\d{2})(?::(\d{2}))?`)
	cjkRE  = regexp.MustCompile(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
)

// months maps month names of the device's languages (Russian in the
// genitive it writes dates in) to their numbers.
var months = func() map[string]time.Month {
	m := map[string]time.Month{}
	for _, names := range []string{
		"january february march april may june july august september october november december",
		"jan feb mar apr may jun jul aug sep oct nov dec",
		"januar februar märz april mai juni juli august september oktober november dezember",
		"enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"januari februari maart april mei juni juli augustus september oktober november december",
		"janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
	} {
		for i, n := range strings.Fields(names) {
			m[n] = time.Month(i + 1)
		}
	}
	m["sept"], m["setiembre"] = time.September, time.September
	return m
}()

// kindleDate reads the "Added on …" part of a meta line in any of the
// device's languages. Kindles write the wall-clock time without a zone;
// it is returned as UTC. The zero time when it cannot be read.
func kindleDate(s string) time.Time {
	s = strings.ToLower(s)
	var hour, minute, sec int
	if m := timeRE.FindStringSubmatchIndex(s); m != nil {
		hour, _ = strconv.Atoi(s[m[2]:m[3]])
		minute, _ = strconv.Atoi(s[m[4]:m[5]])
		if m[6] >= 0 {
			sec, _ = strconv.Atoi(s[m[6]:m[7]])
		}
		before, after := strings.TrimSpace(s[:m[0]]), strings.TrimSpace(s[m[1]:])
		pm := strings.HasPrefix(after, "pm") || strings.HasPrefix(after, "p.m.") ||
			strings.HasSuffix(before, "下午") || strings.HasSuffix(before, "午後")
		am := strings.HasPrefix(after, "am") || strings.HasPrefix(after, "a.m.") ||
			strings.HasSuffix(before, "上午") || strings.HasSuffix(before, "午前")
		switch {
		case pm && hour < 12:
			hour += 12
		case am && hour == 12:
			hour = 0
		}
		s = s[:m[0]] + " " + s[m[1]:]
	}
	var year, day int
	var month time.Month
	if m := cjkRE.FindStringSubmatch(s); m != nil {
		year, _ = strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		day, _ = strconv.Atoi(m[3])
		month = time.Month(mo)
	} else {
		for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
			if mo, ok := months[w]; ok {
				month = mo
				break
			}
		}
		var nums []int
		for _, n := range strings.FieldsFunc(s, func(r rune) bool { return r < '0' || r > '9' }) {
			v, _ := strconv.Atoi(n)
			if len(n) == 4 {
				year = v
				continue
			}
			nums = append(nums, v)
		}
		if len(nums) > 0 {
			day = nums[0]
		}
		if year == 0 && len(nums) > 1 {
			year = 2000 + nums[1]
		}
	}
	t := time.Date(year, month, day, hour, minute, sec, 0, time.UTC)
	if month == 0 || year < 1990 || t.Day() != day || t.Month() != month || hour > 23 || minute > 59 || sec > 59 {
		return time.Time{}
	}
	return t
}

// expandEnd reads the end of a location range, which old Kindles abridge:
// "1234-35" ends at 1235.
func expandEnd(start int, end string) int {
	e, err := strconv.Atoi(end)
	if err != nil || len(end) > 9 {
		return start
	}
	if e >= start {
		return e
	}
	p := 1
	for range len(end) {
		p *= 10
	}
	e += start - start%p
	if e < start {
		e += p
	}
	return e
}

// clipLocation writes a clipping's place: "page 27, location 398-399".
func clipLocation(c clipping) string {
	var parts []string
	if c.page != "" {
		parts = append(parts, "page "+c.page)
	}
	switch {
	case c.loc > 0 && c.locEnd > c.loc:
		parts = append(parts, fmt.Sprintf("location %d-%d", c.loc, c.locEnd))
	case c.loc > 0:
		parts = append(parts, fmt.Sprintf("location %d", c.loc))
	}
	return strings.Join(parts, ", ")
}
