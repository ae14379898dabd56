package epub

import "fmt"

// encryptionPath lists the archive's encrypted files.
const encryptionPath = "META-INF/encryption.xml"

// encryption is META-INF/encryption.xml. Fonts are often obfuscated
// there, which is harmless; a listed content document means DRM.
type encryption struct {
	Data []struct {
		Ref struct {
			URI string `xml:"URI,attr"`
		} `xml:"CipherData>CipherReference"`
	} `xml:"EncryptedData"`
}

// checkEncryption fails with ErrEncrypted when any of the chapters is
// encrypted, rather than reading ciphertext as text.
func (a *archive) checkEncryption(chapters []string) error {
	if !a.has(encryptionPath) {
		return nil
	}
	data, err := a.read(encryptionPath, maxXMLSize)
	if err != nil {
		return err
	}
	var e encryption
	if decodeXML(data, &e) != nil {
		return nil // unreadable: let the chapters speak for themselves
	}
	encrypted := map[string]bool{}
	for _, d := range e.Data {
		// URIs are relative to the archive root, not to this file.
		if p, err := resolve("", d.Ref.URI); err == nil {
			encrypted[p] = true
		}
	}
	for _, ch := range chapters {
		if encrypted[ch] {
			return fmt.Errorf("%s is encrypted: %w", ch, ErrEncrypted)
		}
	}
	return nil
}
