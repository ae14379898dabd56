package epub

import "testing"

// The fixture books: invented text, written for these tests. The golden
// test writes them to testdata/ (with -update) and parses them from there.

// epub3Book is an EPUB 3 with a navigation document in a folder of its
// own, a cover, chapters in nested folders (one with a space in its name),
// a non-linear notes page and EPUB 3 metadata refinements.
func epub3Book(tb testing.TB) []byte {
	opf := `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:6a1f0c3e-8d9b-4c52-9a3e-2b7d5f1e0a11</dc:identifier>
    <dc:title id="sub">Tides, Lamps and Logbooks</dc:title>
    <dc:title id="main">The Lighthouse Keeper's Almanac</dc:title>
    <meta refines="#main" property="title-type">main</meta>
    <meta refines="#sub" property="title-type">subtitle</meta>
    <dc:creator id="c1">Maren Olsby</dc:creator>
    <meta refines="#c1" property="role" scheme="marc:relators">aut</meta>
    <dc:creator id="c2">Tomas Quill</dc:creator>
    <meta refines="#c2" property="role" scheme="marc:relators">trl</meta>
    <dc:date>2021-03-14</dc:date>
    <dc:language>en-GB</dc:language>
    <dc:publisher>Harbour Light Press</dc:publisher>
    <meta property="dcterms:modified">2024-01-02T10:00:00Z</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav/toc.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="cover" href="text/cover.xhtml" media-type="application/xhtml+xml"/>
    <item id="cover-img" href="images/cover.jpg" media-type="image/jpeg" properties="cover-image"/>
    <item id="ch1" href="text/part1/ch1.xhtml" media-type="application/xhtml+xml"/>
    <item id="ch2" href="text/part1/second%20watch.xhtml" media-type="application/xhtml+xml"/>
    <item id="notes" href="text/notes.xhtml" media-type="application/xhtml+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
  </manifest>
  <spine>
    <itemref idref="cover"/>
    <itemref idref="nav"/>
    <itemref idref="ch1"/>
    <itemref idref="notes" linear="no"/>
    <itemref idref="ch2"/>
  </spine>
</package>`
	nav := xhtml(`<h1>Contents</h1>
<nav epub:type="toc" id="toc"><ol>
  <li><a href="../text/part1/ch1.xhtml">I. The First Lamp</a>
    <ol><li><a href="../text/part1/ch1.xhtml#oil">Oil and Wick</a></li></ol></li>
  <li><a href="../text/part1/second%20watch.xhtml#top">II. The Second Watch</a></li>
</ol></nav>
<nav epub:type="landmarks"><ol><li><a epub:type="bodymatter" href="../text/cover.xhtml">Begin Reading</a></li></ol></nav>`)
	cover := xhtml(`<div class="cover"><img src="../images/cover.jpg" alt="A white lighthouse against a stormy sky"/></div>`)
	ch1 := xhtml(`<section epub:type="chapter">
<h1>I. The First Lamp</h1>
<p>The lamp was lit at dusk, as it had been every evening for ninety years, and the keeper wrote the hour in the log.</p>
<p>Three things a keeper checks before dark:</p>
<ul><li>the oil in the reservoir,</li><li>the wick, trimmed square,</li><li>the glass, polished <em>without</em> a smear.</li></ul>
<blockquote><p>A light that fails once is a light that no sailor trusts again.</p></blockquote>
<h2 id="oil">Oil and Wick</h2>
<figure><img src="../../images/lens.png" alt="The Fresnel lens, drawn from above"/>
<figcaption>Figure 1. The lens has eight panels.</figcaption></figure>
<p>Colza oil burned cleaner than whale oil, and by the third winter nobody on the rock missed the smoke.</p>
</section>`)
	ch2 := xhtml(`<p>The second watch began at midnight. Nothing moved on the water but the beam.</p>
<ol><li>Wind the clockwork.</li><li>Note the weather.</li></ol>
<table><tr><th>Hour</th><th>Wind</th></tr><tr><td>01:00</td><td>NW 4</td></tr></table>
<dl><dt>Fog signal</dt><dd>Two blasts every thirty seconds.</dd></dl>`)
	notes := xhtml(`<aside epub:type="footnote"><p>A non-linear note that the reading order skips.</p></aside>`)
	return book(tb, opf,
		entry{name: "OEBPS/nav/toc.xhtml", body: nav},
		entry{name: "OEBPS/text/cover.xhtml", body: cover},
		entry{name: "OEBPS/images/cover.jpg", body: "\xff\xd8\xff\xe0 not really a jpeg", store: true},
		entry{name: "OEBPS/text/part1/ch1.xhtml", body: ch1},
		entry{name: "OEBPS/text/part1/second watch.xhtml", body: ch2},
		entry{name: "OEBPS/text/notes.xhtml", body: notes},
		entry{name: "OEBPS/style.css", body: "p { text-indent: 1em }"},
	)
}

// epub2Book is an EPUB 2 with an NCX, opf: attributes, an XHTML 1.1
// doctype, a self-closing <title/>, an href whose case differs from the
// archive's, and its package document at the archive root.
func epub2Book(tb testing.TB) []byte {
	container := `<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="book.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`
	opf := `<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="BookId">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:title>Letters from the Salt Marsh</dc:title>
    <dc:creator opf:role="aut" opf:file-as="Hale, Ada">Ada Hale</dc:creator>
    <dc:creator opf:role="ill">Ben Rook</dc:creator>
    <dc:creator opf:role="aut">Cora Finch</dc:creator>
    <dc:date opf:event="creation">2018-01-01</dc:date>
    <dc:date opf:event="publication">2019-06-20T00:00:00+00:00</dc:date>
    <dc:language>en</dc:language>
    <dc:publisher>Reedbed Books</dc:publisher>
    <dc:identifier id="BookId" opf:scheme="ISBN">9780000000000</dc:identifier>
  </metadata>
  <manifest>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="l1" href="Text/Letter1.xhtml" media-type="application/xhtml+xml"/>
    <item id="l2" href="text/letter2.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine toc="ncx"><itemref idref="l1"/><itemref idref="l2"/></spine>
</package>`
	ncx := `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE ncx PUBLIC "-//NISO//DTD ncx 2005-1//EN" "http://www.daisy.org/z3986/2005/ncx-2005-1.dtd">
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <docTitle><text>Letters from the Salt Marsh</text></docTitle>
  <navMap>
    <navPoint id="n1" playOrder="1"><navLabel><text>The First Letter</text></navLabel><content src="Text/Letter1.xhtml"/>
      <navPoint id="n1a" playOrder="2"><navLabel><text>A Postscript</text></navLabel><content src="Text/Letter1.xhtml#ps"/></navPoint>
    </navPoint>
    <navPoint id="n2" playOrder="3"><navLabel><text>The Second Letter</text></navLabel><content src="text/letter2.xhtml"/></navPoint>
  </navMap>
</ncx>`
	page := func(body string) string {
		return `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title/><link rel="stylesheet" href="../style.css" type="text/css"/></head>
<body>` + body + `</body></html>`
	}
	return zipOf(tb,
		entry{name: "mimetype", body: epubMime, store: true},
		entry{name: containerPath, body: container},
		entry{name: "book.opf", body: opf},
		entry{name: "toc.ncx", body: ncx},
		entry{name: "text/letter1.xhtml", body: page(`<h2 class="title">The First Letter</h2>
<p>Dear Cora, the herons came back to the marsh on Tuesday, seven of them, and stood in the shallows like&#160;fence posts.</p>
<p>The tide has moved the channel again; Father says it moves a yard a year.<br/>I measured it myself.</p>
<p id="ps">P.S. Bring the good boots &amp; a lantern.</p>`)},
		entry{name: "text/letter2.xhtml", body: page(`<p>Dear Ada, I shall bring both, and a jar of samphire from the market.</p>
<blockquote>Salt in the air, salt on the sill, salt in the bread.</blockquote>`)},
	)
}
