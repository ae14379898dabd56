// Package export turns articles and their highlights into files other
// tools read: Obsidian-ready Markdown, Readwise CSV, W3C Web Annotation
// JSON-LD, a printable HTML page and plain-text citations. It also writes
// and reads the full-library backup format (Gloss JSON) whose restore side
// is store.RestoreItems.
//
// Markdown files are meant to be edited: each file's managed region,
// between the lines "%% gloss:begin %%" and "%% gloss:end %%" (Obsidian
// comments, invisible in preview), is the only text a re-export rewrites.
// Text before and after it, and front-matter keys Gloss does not own,
// survive. Gloss finds its files again by the gloss_id front-matter key,
// so renaming a file in the vault does not make a duplicate.
//
// Every file is written atomically (temporary file in the target folder,
// fsync, rename) under a name made safe for every desktop file system.
//
// Renderers are pure: they take Article values and return bytes, so the
// package needs no store except for Collect and the backup helpers. It
// does not choose what to export (the app does) and does not import
// anything back except full backups.
package export
