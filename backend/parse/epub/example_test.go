package epub_test

import (
	"errors"
	"fmt"
	"os"

	"gloss/backend/parse/epub"
)

func ExampleParse() {
	data, err := os.ReadFile("testdata/epub2.epub")
	if err != nil {
		fmt.Println(err)
		return
	}
	if !epub.Looks(data) {
		fmt.Println("not an EPUB")
		return
	}
	arts, err := epub.Parse("epub2.epub", data)
	if err != nil {
		fmt.Println(err)
		return
	}
	a := arts[0]
	fmt.Println(a.Title, "by", a.Byline)
	fmt.Println(a.Published, a.Lang, a.Dir)
	fmt.Println(a.Blocks[0].Kind, a.Blocks[0].Text)

	_, err = epub.Parse("notes.txt", []byte("Just some text"))
	fmt.Println(errors.Is(err, epub.ErrNotEPUB))
	// Output:
	// Letters from the Salt Marsh by Ada Hale, Cora Finch
	// 2019-06-20 en ltr
	// heading The First Letter
	// true
}
