package export

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// specDir holds the W3C Web Annotation examples, read in place.
const specDir = "/work/shared/corpus/formats/w3c-web-annotation/model"

// keys returns the sorted keys of a JSON object.
func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Ensure that the JSON export has the shape of the W3C model: the
// collection and page of example 40, the quote and position selectors of
// examples 23 and 24 (same keys, same value types), and tagging bodies as
// in example 15.
func TestRender_JSON_MatchesSpecExamples(t *testing.T) {
	out, err := Render(JSON, sampleArticles(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var coll map[string]any
	if err := json.Unmarshal(out, &coll); err != nil {
		t.Fatal(err)
	}
	if coll["@context"] != annoContext || coll["type"] != "AnnotationCollection" || coll["total"] != 5.0 {
		t.Fatalf("collection head = %v %v %v", coll["@context"], coll["type"], coll["total"])
	}
	page := coll["first"].(map[string]any)
	items := page["items"].([]any)
	if page["type"] != "AnnotationPage" || len(items) != 5 {
		t.Fatalf("page = %v with %d items, want an AnnotationPage of 5", page["type"], len(items))
	}
	first := items[0].(map[string]any)
	selectors := first["target"].(map[string]any)["selector"].([]any)
	orphan := items[3].(map[string]any)["target"].(map[string]any)["selector"].([]any)
	if len(selectors) != 2 || len(orphan) != 1 {
		t.Errorf("selectors: %d for a placed highlight, %d for an orphan; want 2 and 1", len(selectors), len(orphan))
	}
	if _, err := os.Stat(specDir); err != nil {
		t.Skipf("W3C examples not available: %v", err)
	}
	for i, file := range []string{"example-023.json", "example-024.json"} {
		var ex map[string]any
		data, err := os.ReadFile(filepath.Join(specDir, file))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &ex); err != nil {
			t.Fatal(err)
		}
		want := ex["target"].(map[string]any)["selector"].(map[string]any)
		got := selectors[i].(map[string]any)
		if !slices.Equal(keys(got), keys(want)) || got["type"] != want["type"] {
			t.Errorf("%s selector: got keys %v type %v, want keys %v type %v", file, keys(got), got["type"], keys(want), want["type"])
		}
	}
	var ex40 map[string]any
	data, _ := os.ReadFile(filepath.Join(specDir, "example-040.json"))
	json.Unmarshal(data, &ex40)
	if want, got := keys(ex40), keys(coll); !slices.Equal(got, want) {
		t.Errorf("collection keys = %v, want those of example 40: %v", got, want)
	}
	if want, got := keys(ex40["first"].(map[string]any)), keys(page); !slices.Equal(got, want) {
		t.Errorf("page keys = %v, want those of example 40: %v", got, want)
	}
	var ex15 map[string]any
	data, _ = os.ReadFile(filepath.Join(specDir, "example-015.json"))
	json.Unmarshal(data, &ex15)
	wantBody := keys(ex15["body"].([]any)[0].(map[string]any))
	bodies := first["body"].([]any)
	if got := keys(bodies[len(bodies)-1].(map[string]any)); !slices.Equal(got, wantBody) {
		t.Errorf("tagging body keys = %v, want %v", got, wantBody)
	}
}
