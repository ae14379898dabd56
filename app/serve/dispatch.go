package serve

import (
	"encoding/json"
	"fmt"
	"net/http"
	"reflect"
	"strings"

	"gloss/app"
)

// maxBody bounds one API request: an import of the largest file allowed,
// base64-encoded, with room to spare.
const maxBody = 400 << 20

var errorType = reflect.TypeFor[error]()

// dispatcher calls bound methods by name, as the window's bridge does.
type dispatcher struct {
	bound map[string]reflect.Value
}

// newDispatcher binds the exported methods of each struct pointer under its
// type name, as Wails does.
func newDispatcher(structs ...any) *dispatcher {
	d := &dispatcher{bound: map[string]reflect.Value{}}
	for _, s := range structs {
		v := reflect.ValueOf(s)
		d.bound[v.Elem().Type().Name()] = v
	}
	return d
}

func (d *dispatcher) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, app.Error{Code: "bad_input", Message: "API calls use POST"})
		return
	}
	structName, method, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/api/"), "/")
	m, err := d.method(structName, method)
	if err != nil {
		writeError(w, http.StatusNotFound, app.Error{Code: "not_found", Message: err.Error()})
		return
	}
	args, err := decodeArgs(http.MaxBytesReader(w, r.Body, maxBody), m.Type())
	if err != nil {
		writeError(w, http.StatusBadRequest, app.Error{Code: "bad_input", Message: fmt.Sprintf("%s.%s: %v", structName, method, err)})
		return
	}
	result, err := call(m, args)
	if err != nil {
		e := app.ToError(err)
		writeError(w, e.Status(), e)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(result)
}

func (d *dispatcher) method(structName, method string) (reflect.Value, error) {
	s, ok := d.bound[structName]
	if !ok {
		return reflect.Value{}, fmt.Errorf("no API %q", structName)
	}
	m := s.MethodByName(method)
	if !m.IsValid() || method == "" || !isExported(method) {
		return reflect.Value{}, fmt.Errorf("no method %s.%s", structName, method)
	}
	return m, nil
}

func isExported(name string) bool { return name[0] >= 'A' && name[0] <= 'Z' }

// decodeArgs reads a JSON array and decodes each element into the type of
// the matching parameter; the count must match exactly.
func decodeArgs(body interface{ Read([]byte) (int, error) }, t reflect.Type) ([]reflect.Value, error) {
	var raw []json.RawMessage
	if err := json.NewDecoder(body).Decode(&raw); err != nil {
		return nil, fmt.Errorf("the body must be a JSON array of arguments: %w", err)
	}
	if len(raw) != t.NumIn() {
		return nil, fmt.Errorf("got %d arguments, want %d", len(raw), t.NumIn())
	}
	args := make([]reflect.Value, len(raw))
	for i, r := range raw {
		p := reflect.New(t.In(i))
		if err := json.Unmarshal(r, p.Interface()); err != nil {
			return nil, fmt.Errorf("argument %d: %w", i+1, err)
		}
		args[i] = p.Elem()
	}
	return args, nil
}

// call runs a method returning (T, error) or error.
func call(m reflect.Value, args []reflect.Value) (any, error) {
	out := m.Call(args)
	if n := len(out); n > 0 && out[n-1].Type() == errorType {
		if err, _ := out[n-1].Interface().(error); err != nil {
			return nil, err
		}
		out = out[:n-1]
	}
	if len(out) == 0 {
		return nil, nil
	}
	return out[0].Interface(), nil
}

func writeError(w http.ResponseWriter, status int, e app.Error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]app.Error{"error": e})
}
