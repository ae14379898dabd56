package export_test

import (
	"fmt"
	"os"

	"gloss/backend/export"
)

func ExampleSafeName() {
	fmt.Println(export.SafeName("Ukraine: what next?"))
	fmt.Println(export.SafeName("../etc/passwd"))
	fmt.Println(export.SafeName("NUL"))
	// Output:
	// Ukraine - what next
	// -etc-passwd
	// NUL_
}

func ExampleRender() {
	arts := []export.Article{{
		ID: 1, Title: "Night trains return", Site: "Rail Weekly", URL: "https://example.org/trains",
		Highlights: []export.Highlight{{ID: 2, Exact: "link the two capitals", Note: "Book for June."}},
	}}
	out, _ := export.Render(export.Text, arts, export.Options{})
	os.Stdout.Write(out)
	// Output:
	// “link the two capitals”
	// — “Night trains return”, Rail Weekly, https://example.org/trains
	// Note: Book for June.
}
