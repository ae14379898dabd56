package app

import (
	"errors"

	"gloss/backend/library"
	"gloss/backend/notes"
	"gloss/backend/parse"
	"gloss/backend/search"
	"gloss/backend/store"
)

var (
	// ErrBadInput means an argument from the frontend is malformed.
	ErrBadInput = errors.New("bad input")

	// ErrUnsupported means the call needs the desktop window.
	ErrUnsupported = errors.New("this works only in the desktop window")
)

// Error is what the frontend receives for a failed call.
type Error struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

func (e Error) Error() string { return e.Message }

// codes maps sentinel errors to the stable codes the frontend checks.
var codes = []struct {
	err  error
	code string
}{
	{store.ErrNotFound, "not_found"},
	{store.ErrLocked, "locked"},
	{store.ErrNewerSchema, "newer_schema"},
	{ErrBadInput, "bad_input"},
	{library.ErrBadQuery, "bad_input"},
	{store.ErrBadTag, "bad_input"},
	{store.ErrNotTrashed, "bad_input"},
	{notes.ErrBadInput, "bad_input"},
	{search.ErrQuery, "bad_input"},
	{parse.ErrUnknownFormat, "bad_input"},
	{parse.ErrEmpty, "bad_input"},
	{ErrUnsupported, "unsupported"},
}

// ToError turns any error from a bound method into a coded Error. It is
// Wails' ErrorFormatter and the HTTP face's error encoder.
func ToError(err error) Error {
	for _, c := range codes {
		if errors.Is(err, c.err) {
			return Error{Code: c.code, Message: err.Error()}
		}
	}
	return Error{Code: "internal", Message: err.Error()}
}

// Status is the HTTP status for an error code.
func (e Error) Status() int {
	switch e.Code {
	case "not_found":
		return 404
	case "bad_input":
		return 400
	case "locked", "newer_schema":
		return 409
	case "unsupported":
		return 501
	}
	return 500
}
