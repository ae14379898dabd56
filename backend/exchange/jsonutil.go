package exchange

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// maxDepth is the deepest nesting of JSON a file may have. Real exports
// nest a few levels (browser bookmark folders a few dozen); a file past
// this is crafted, and recursive walks stay bounded by it.
const maxDepth = 256

// decodeJSON unmarshals an export after checking its nesting depth.
func decodeJSON(name string, data []byte, v any) error {
	if jsonDepth(data) > maxDepth {
		return fmt.Errorf("exchange: %s: more than %d levels: %w", name, maxDepth, ErrTooDeep)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("exchange: %s: %w: %w", name, ErrMalformed, err)
	}
	return nil
}

// jsonDepth is the deepest nesting of brackets in data, strings skipped.
func jsonDepth(data []byte) int {
	depth, deepest, inString := 0, 0, false
	for i := 0; i < len(data); i++ {
		switch c := data[i]; {
		case inString && c == '\\':
			i++
		case c == '"':
			inString = !inString
		case inString:
		case c == '{' || c == '[':
			depth++
			deepest = max(deepest, depth)
		case c == '}' || c == ']':
			depth--
		}
	}
	return deepest
}

// flexString is a JSON scalar read as text: exports write ids, flags and
// times as strings in one version and numbers in the next.
type flexString string

// UnmarshalJSON accepts a string, number, boolean or null.
func (f *flexString) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		*f = flexString(s)
		return nil
	}
	if b[0] == '{' || b[0] == '[' {
		*f = ""
		return nil
	}
	*f = flexString(strings.Trim(string(b), `"`))
	if *f == "null" {
		*f = ""
	}
	return nil
}

// flexBool is a flag written as true, 1, "1", "true" or "yes".
type flexBool bool

// UnmarshalJSON accepts any JSON scalar; anything unknown is false.
func (f *flexBool) UnmarshalJSON(b []byte) error {
	var s flexString
	_ = s.UnmarshalJSON(b)
	switch strings.ToLower(string(s)) {
	case "true", "1", "yes", "y":
		*f = true
	default:
		*f = false
	}
	return nil
}

// flexTags is a tag list written as an array of strings, an array of
// objects with a label, or one comma-separated string.
type flexTags []string

// UnmarshalJSON accepts the shapes of flexTags; anything else is empty.
func (f *flexTags) UnmarshalJSON(b []byte) error {
	*f = nil
	var s string
	if json.Unmarshal(b, &s) == nil {
		*f = splitTags(s, ",")
		return nil
	}
	var list []json.RawMessage
	if json.Unmarshal(b, &list) != nil {
		return nil
	}
	for _, raw := range list {
		var obj struct{ Label, Name, Slug, Title, Content, Text string }
		switch {
		case json.Unmarshal(raw, &s) == nil:
			*f = append(*f, s)
		case json.Unmarshal(raw, &obj) == nil:
			*f = append(*f, firstOf(obj.Label, obj.Name, obj.Title, obj.Slug, obj.Content, obj.Text))
		}
	}
	return nil
}

// firstOf returns the first non-empty string.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// timeLayouts are the date formats of the exports read here.
var timeLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05-0700", "2006-01-02T15:04:05.000-0700",
	"2006-01-02 15:04:05-07:00", "2006-01-02 15:04:05.999999-07:00", "2006-01-02 15:04:05 MST",
	"2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02",
	"January 2, 2006 3:04 PM", "January 2, 2006", "Jan 2, 2006 3:04 PM", "Jan 2, 2006",
	"02/01/2006 15:04",
}

// parseTime reads a date in one of timeLayouts or as Unix time (seconds,
// milliseconds or microseconds); the zero time when it cannot.
func parseTime(s string) time.Time {
	s = strings.TrimSpace(s)
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return unixTime(n)
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}

// unixTime reads a Unix time in seconds, milliseconds or microseconds,
// telling them apart by magnitude; the zero time for zero or negatives.
func unixTime(n int64) time.Time {
	switch {
	case n <= 0:
		return time.Time{}
	case n > 1e17:
		return time.Time{}
	case n > 1e14:
		return time.UnixMicro(n).UTC()
	case n > 1e11:
		return time.UnixMilli(n).UTC()
	}
	return time.Unix(n, 0).UTC()
}

// isoTime writes a time as model.Article.Published expects; "" for zero.
func isoTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}
