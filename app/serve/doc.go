// Package serve is the browser face of Gloss: it serves the built frontend
// and the bound API of package app over HTTP on loopback, so the same UI can
// be used and tested in a real browser.
//
// Each bound method is POST /api/<Struct>/<Method> with a JSON array of the
// arguments; the answer is the JSON result, or {"error":{"code","message"}}
// with a 4xx/5xx status. Because any web page the user opens could try to
// reach a port on loopback, every request must name one of our loopback
// hosts in Host (against DNS rebinding), must not come from a foreign
// Origin, and API calls must carry the random token printed at start-up in
// the X-Gloss-Token header.
package serve
