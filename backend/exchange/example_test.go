package exchange_test

import (
	"fmt"

	"gloss/backend/exchange"
)

func ExampleParse() {
	clippings := "1984 (Orwell, George)\r\n" +
		"- Your Highlight on page 41 | location 737-739 | Added on Saturday, 9 September 2017 13:27:09\r\n\r\n" +
		"Don’t you see that the whole aim of Newspeak is to narrow the range of thought?\r\n" +
		"==========\r\n"
	f, items, err := exchange.Parse("My Clippings.txt", []byte(clippings))
	if err != nil {
		fmt.Println(err)
		return
	}
	h := items[0].Highlights[0]
	fmt.Println(f, items[0].Title, "by", items[0].Author)
	fmt.Println(h.Location, h.Start, h.End, h.Created.Format("2006-01-02"))
	// Output:
	// kindle 1984 by Orwell, George
	// page 41, location 737-739 0 79 2017-09-09
}
