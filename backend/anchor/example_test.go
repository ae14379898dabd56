package anchor_test

import (
	"fmt"
	"strings"

	"gloss/backend/anchor"
)

// A highlight made on one version of an article is found again in the next
// version, where a paragraph was added in front and a word was corrected.
func ExampleAnchor() {
	v1 := "Ministers met on Monday.\n\nThe commitee approved the budget after a long debate."
	sel, err := anchor.Describe(v1, 26, 58) // "The commitee approved the budget"
	if err != nil {
		panic(err)
	}
	v2 := "Updated at 10:00.\n\n" + strings.Replace(v1, "commitee", "committee", 1)

	m, err := anchor.Anchor(v2, sel)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s %q %.2f\n", m.Method, string([]rune(v2)[m.Start:m.End]), m.Confidence)

	_, err = anchor.Anchor("An unrelated article about football.", sel)
	fmt.Println(err)
	// Output:
	// approximate "The committee approved the budget" 0.98
	// anchor: quote "The commitee approved the budget": no copy within 8 edits: highlighted text not found in this version of the article
}
