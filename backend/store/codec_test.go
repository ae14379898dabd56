package store

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"gloss/backend/model"
)

// filled returns an entry with every field set to something other than its
// zero value, found by reflection, so that a field added to Entry and
// forgotten by the codec fails the round trip below.
func filled(t *testing.T) Entry {
	t.Helper()
	var e Entry
	v := reflect.ValueOf(&e).Elem()
	when := time.Date(2024, 3, 1, 12, 30, 15, 123456789, time.UTC)
	for i := range v.NumField() {
		f, name := v.Field(i), v.Type().Field(i).Name
		switch f.Kind() {
		case reflect.String:
			f.SetString(name + " ✓ value")
		case reflect.Int, reflect.Uint64:
			if f.CanInt() {
				f.SetInt(int64(7 + i))
			} else {
				f.SetUint(uint64(7 + i))
			}
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Float64:
			f.SetFloat(0.25)
		case reflect.Slice:
			f.Set(reflect.ValueOf([]string{name, "second"}))
		case reflect.Struct, reflect.Pointer:
			if f.Type() == reflect.TypeFor[time.Time]() {
				f.Set(reflect.ValueOf(when.Add(time.Duration(i) * time.Hour)))
			} else if f.Type() == reflect.TypeFor[*time.Time]() {
				w := when.Add(-time.Hour)
				f.Set(reflect.ValueOf(&w))
			} else {
				t.Fatalf("Entry.%s: no test value for %s; teach marshalEntry and this test the new field", name, f.Type())
			}
		default:
			t.Fatalf("Entry.%s: no test value for %s; teach marshalEntry and this test the new field", name, f.Type())
		}
	}
	e.Hash = strings.Repeat("ab", 32)
	return e
}

// Ensure that every field of an entry survives the binary layout, and that
// the layout is much smaller than the JSON it replaced.
func TestEntry_Codec_RoundTrip(t *testing.T) {
	e := filled(t)
	cases := map[string]Entry{"filled": e, "zero": {ID: 9}, "odd hash": {ID: 3, Hash: "not hex", Title: "T"}}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := unmarshalEntry(in.ID, marshalEntry(in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, in) {
				t.Errorf("round trip:\n got %+v\nwant %+v", got, in)
			}
		})
	}
}

// Ensure that entries of schema 1 (JSON) still read.
func TestEntry_Codec_ReadsJSON(t *testing.T) {
	e := filled(t)
	data := mustJSON(t, e)
	got, err := unmarshalEntry(e.ID, data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, e) {
		t.Errorf("JSON entry:\n got %+v\nwant %+v", got, e)
	}
	if b := marshalEntry(e); len(b) >= len(data) {
		t.Errorf("binary entry is %d bytes, JSON %d: want smaller", len(b), len(data))
	}
}

// Ensure that truncated or foreign entries are errors, never panics.
func TestEntry_Codec_Damaged(t *testing.T) {
	full := marshalEntry(filled(t))
	for n := range len(full) - 1 {
		if _, err := unmarshalEntry(1, full[:n]); err == nil {
			t.Fatalf("entry cut at %d of %d bytes: no error", n, len(full))
		}
	}
	if _, err := unmarshalEntry(1, []byte{9, 0}); err == nil {
		t.Error("unknown format: no error")
	}
}

// Ensure that bodies keep their blocks' kinds, texts and pictures, and
// that bodies of schema 1 still read.
func TestBody_Codec(t *testing.T) {
	blocks := []model.Block{
		{Kind: model.Heading, Text: "Heading"},
		{Kind: model.Paragraph, Text: "First paragraph, ünïcödé."},
		{Kind: model.Figure, Text: "", Image: "sha256-abc"},
		{Kind: model.Caption, Text: "A caption"},
		{Kind: "aside", Text: "A kind added later"},
		{Kind: model.ListItem, Text: "Item"},
	}
	old := append(append([]model.Block(nil), blocks[:2]...), blocks[3:]...) // schema 1 kept no pictures
	v1, err := v1Body(old)
	if err != nil {
		t.Fatal(err)
	}
	v2, err := EncodeBody(blocks)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		data   []byte
		blocks []model.Block
	}{{"schema 2", v2, blocks}, {"schema 1", v1, old}}
	for _, c := range cases {
		want := model.Article{Blocks: append([]model.Block(nil), c.blocks...), Dir: "ltr"}
		want.Normalize()
		got, err := decodeBody(c.data)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !reflect.DeepEqual(got.Blocks, want.Blocks) || got.Text != want.Text {
			t.Errorf("%s:\n got %+v %q\nwant %+v %q", c.name, got.Blocks, got.Text, want.Blocks, want.Text)
		}
	}
	for n := 1; n < len(v2); n++ {
		decodeBody(v2[:n]) // must not panic
	}
}
