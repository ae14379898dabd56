package epub

import (
	"errors"
	"fmt"
	"strings"

	"gloss/backend/model"
)

// Parse reads the EPUB book called name as one article: its metadata and
// the text of its spine's content documents, in reading order, each opened
// by its title from the table of contents. Errors name the file and what
// is wrong with it, and wrap ErrNotEPUB, ErrMalformed, ErrTooLarge,
// ErrUnsafePath, ErrEncrypted or ErrNoContent.
func Parse(name string, data []byte) ([]model.Article, error) {
	a, err := parse(name, data)
	if err != nil {
		return nil, fmt.Errorf("epub: %s: %w", name, err)
	}
	return []model.Article{a}, nil
}

func parse(name string, data []byte) (model.Article, error) {
	var art model.Article
	ar, err := open(data)
	if err != nil {
		return art, err
	}
	opf, err := ar.rootfile()
	if err != nil {
		return art, err
	}
	p, err := ar.readPackage(opf)
	if err != nil {
		return art, err
	}
	chapters, err := ar.chapters(opf, p)
	if err != nil {
		return art, err
	}
	titles := ar.tocTitles(opf, p)
	for _, ch := range chapters {
		data, err := ar.read(ch, MaxEntrySize)
		if err != nil {
			return art, fmt.Errorf("chapter: %w", err)
		}
		blocks, err := chapterBlocks(data, MaxBlocks-len(art.Blocks), &ar.tags)
		if err != nil {
			return art, fmt.Errorf("%s: %w", ch, err)
		}
		art.Blocks = append(art.Blocks, withTitle(blocks, titles[ch])...)
	}
	fillMeta(&art, p.Metadata, p.Spine.Dir)
	if art.Dir == "" {
		// The first pages tell the script as well as the whole book,
		// which Normalize would scan.
		art.Dir = model.Direction(art.Title + " " + sample(art.Blocks, 64<<10))
	}
	art.Normalize()
	if strings.TrimSpace(art.Text) == "" {
		return art, ErrNoContent
	}
	if art.Title == "" {
		art.Title = name
	}
	return art, nil
}

// chapters returns the archive paths of the content documents to read, in
// spine order: linear XHTML items, each once, without the navigation
// document (its table of contents is not the book's text). Items missing
// from the manifest or the archive are skipped, as reading systems do; an
// href leading out of the archive refuses the book.
func (a *archive) chapters(opf string, p *pkg) ([]string, error) {
	nav, _ := p.nav()
	seen := map[string]bool{}
	var out []string
	for _, ref := range p.Spine.Refs {
		it, ok := p.item(ref.IDRef)
		if !ok || !it.isText() || ref.Linear == "no" || (nav.ID != "" && it.ID == nav.ID) {
			continue
		}
		doc, err := resolve(opf, it.Href)
		if err != nil {
			if errors.Is(err, errNotInBook) {
				continue
			}
			return nil, fmt.Errorf("%s: manifest item %q: %w", opf, it.ID, err)
		}
		if seen[doc] || !a.has(doc) {
			continue
		}
		seen[doc] = true
		out = append(out, doc)
	}
	if err := a.checkEncryption(out); err != nil {
		return nil, err
	}
	return out, nil
}

// sample joins the texts of the first blocks, up to about n bytes.
func sample(blocks []model.Block, n int) string {
	var sb strings.Builder
	for _, b := range blocks {
		if sb.Len() >= n {
			break
		}
		sb.WriteString(b.Text[:min(len(b.Text), n)])
		sb.WriteByte(' ')
	}
	return sb.String()
}
