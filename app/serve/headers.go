package serve

import "net/http"

// ContentSecurityPolicy is sent with every response of the window's asset
// server and of the browser face. Article text is rendered as text, but if
// anything ever slipped through, no script, style, plugin, frame, form or
// outside load could run or leave the app: everything comes from the app
// itself, pictures also from data: and blob: addresses the app makes.
// Styles are 'self' only: the UI sets its dynamic styles through the DOM's
// style properties, which a policy does not govern, and never writes style
// attributes or elements.
const ContentSecurityPolicy = "default-src 'self'; script-src 'self'; " +
	"style-src 'self'; img-src 'self' data: blob:; " +
	"font-src 'self'; connect-src 'self'; object-src 'none'; " +
	"frame-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// SecureHeaders adds the Content-Security-Policy and related headers to every
// response of next.
func SecureHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", ContentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}
