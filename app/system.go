// Package app is the API the frontend sees, the same in the desktop window,
// the browser face (gloss serve) and, where it makes sense, the CLI: one
// bound struct per area, methods that return (T, error) with typed DTOs,
// every argument checked. It holds no state of its own beyond what main
// wires into it, and never takes a file path from the frontend.
package app

// System is the bound API for facts about the running app.
type System struct {
	info Info
}

// NewSystem binds facts known at start-up.
func NewSystem(info Info) *System { return &System{info: info} }

// Info describes the running app.
func (s *System) Info() (Info, error) { return s.info, nil }
