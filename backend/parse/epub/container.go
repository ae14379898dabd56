package epub

import "fmt"

// container is META-INF/container.xml: where the package documents are.
type container struct {
	Rootfiles []struct {
		FullPath  string `xml:"full-path,attr"`
		MediaType string `xml:"media-type,attr"`
	} `xml:"rootfiles>rootfile"`
}

// opfMediaType is the media type of an EPUB package document.
const opfMediaType = "application/oebps-package+xml"

// rootfile returns the archive path of the book's package document: the
// first rootfile of the OPF media type (a book may list other renditions
// after it), else the first rootfile.
func (a *archive) rootfile() (string, error) {
	if !a.has(containerPath) {
		if a.has("mimetype") {
			return "", fmt.Errorf("%s is missing: %w", containerPath, ErrMalformed)
		}
		return "", fmt.Errorf("a zip archive without %s: %w", containerPath, ErrNotEPUB)
	}
	data, err := a.read(containerPath, maxXMLSize)
	if err != nil {
		return "", err
	}
	var c container
	if err := decodeXML(data, &c); err != nil {
		return "", fmt.Errorf("%s is not valid XML (%w): %w", containerPath, err, ErrMalformed)
	}
	full := ""
	for _, r := range c.Rootfiles {
		if full == "" || (r.MediaType == opfMediaType && r.FullPath != "") {
			full = r.FullPath
		}
		if r.MediaType == opfMediaType && r.FullPath != "" {
			break
		}
	}
	if full == "" {
		return "", fmt.Errorf("%s names no package document (rootfile full-path): %w", containerPath, ErrMalformed)
	}
	p, err := resolve("", full)
	if err != nil {
		return "", fmt.Errorf("%s: rootfile %q: %w", containerPath, full, err)
	}
	return p, nil
}
