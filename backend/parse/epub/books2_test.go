package epub

import "testing"

// rtlBook is an Arabic EPUB 3 read right to left: the spine says so, and
// so does the language.
func rtlBook(tb testing.TB) []byte {
	opf := `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="ar" dir="rtl">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="uid">urn:uuid:0b6c2f4a-1d3e-4f5a-8b9c-0d1e2f3a4b5c</dc:identifier>
    <dc:title>حكايات المرفأ</dc:title>
    <dc:creator>سلمى الراوي</dc:creator>
    <dc:date>2022-11</dc:date>
    <dc:language>ar</dc:language>
    <dc:publisher>دار الموج</dc:publisher>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>
    <item id="c2" href="c2.xhtml" media-type="application/xhtml+xml"/>
  </manifest>
  <spine page-progression-direction="rtl"><itemref idref="c1"/><itemref idref="c2"/></spine>
</package>`
	page := func(body string) string {
		return `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="ar" lang="ar" dir="rtl">
<head><title>حكايات المرفأ</title></head><body>` + body + `</body></html>`
	}
	nav := page(`<nav epub:type="toc"><ol><li><a href="c1.xhtml">الفصل الأول: الصياد</a></li><li><a href="c2.xhtml">الفصل الثاني: المنارة</a></li></ol></nav>`)
	c1 := page(`<h1>الفصل الأول</h1><h2>الصياد</h2>
<p>خرج الصياد قبل الفجر، وكان البحر هادئًا كصفحة من زجاج.</p>
<p>قال لابنه: «الشبكة التي لا تُصلح اليوم تُمزّق غدًا».</p>`)
	c2 := page(`<p>في الليل أضاءت المنارة، فعرف البحارة طريقهم إلى المرفأ.</p>
<ul><li>الضوء الأول للسفن الكبيرة.</li><li>الضوء الثاني لقوارب الصيد.</li></ul>`)
	return book(tb, opf,
		entry{name: "OEBPS/nav.xhtml", body: nav},
		entry{name: "OEBPS/c1.xhtml", body: c1},
		entry{name: "OEBPS/c2.xhtml", body: c2},
	)
}

// hostileBook carries every way markup can smuggle code or hidden text
// into a chapter; only the visible prose may come out.
func hostileBook(tb testing.TB) []byte {
	opf := opf3("A Book With Traps",
		`<item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/>
		 <item id="c2" href="c2.xhtml" media-type="application/xhtml+xml"/>
		 <item id="js" href="evil.js" media-type="application/javascript"/>`,
		`<itemref idref="c1"/><itemref idref="js"/><itemref idref="c2"/>`)
	c1 := `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title/><script type="text/javascript">alert("head script")</script>
<style>body { background: url(javascript:alert(1)) }</style></head>
<body onload="alert('onload')">
<script/>
<p>The first honest paragraph survives the self-closing script.</p>
<script><![CDATA[ document.write("<p>written by script</p>"); ]]></script>
<p onclick="alert('click')" onmouseover="steal()">A paragraph with event handlers keeps only its words.</p>
<p>A <a href="javascript:alert('link')">link to a javascript address</a> keeps its words, never its target.</p>
<noscript><p>noscript fallback must not appear</p></noscript>
<iframe src="http://tracker.example/pixel">iframe text must not appear</iframe>
<div hidden="hidden">hidden div must not appear</div>
<p style="display: none">display none must not appear</p>
<span aria-hidden="true">aria hidden must not appear</span>
<form action="http://evil.example/"><input type="text" value="form value"/><textarea>textarea must not appear</textarea><button>Submit</button></form>
<svg xmlns="http://www.w3.org/2000/svg"><script>alert("svg")</script><text>svg text must not appear</text></svg>
<object data="evil.swf">object fallback must not appear</object>
<img src="x.png" onerror="alert('img')" alt="A harmless picture"/>
<span epub:type="pagebreak" title="7">7</span>
<p>Page numbers vanish<span epub:type="pagebreak" id="p8">8</span> from the middle of sentences.</p>
<epub:switch><epub:case required-namespace="http://www.w3.org/1998/Math/MathML"><math><mi>x</mi></math></epub:case><epub:default><p>The fallback of a switch is read.</p></epub:default></epub:switch>
<template><p>template must not appear</p></template>
</body></html>`
	c2 := xhtml(`<style/><p>Text after a self-closing style is still read.</p>
<p>Unclosed <b>bold and <i>italic</p><p>end cleanly.</p>`)
	return book(tb, opf,
		entry{name: "OEBPS/c1.xhtml", body: c1},
		entry{name: "OEBPS/c2.xhtml", body: c2},
		entry{name: "OEBPS/evil.js", body: `alert("a script in the spine must not appear")`},
	)
}

// fixtures are the golden books, by file name in testdata/.
var fixtures = map[string]func(testing.TB) []byte{
	"epub3.epub":   epub3Book,
	"epub2.epub":   epub2Book,
	"rtl.epub":     rtlBook,
	"hostile.epub": hostileBook,
}
