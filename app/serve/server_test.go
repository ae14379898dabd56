package serve

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"testing/fstest"
)

// calc is a bound struct for the tests, shaped like those of package app.
type calc struct{}

type sum struct {
	Total int `json:"total"`
}

func (calc) Add(a, b int) (sum, error) { return sum{a + b}, nil }
func (calc) Fail() (sum, error)        { return sum{}, errors.New("it broke") }

// startServer runs a browser face for the test and returns it.
func startServer(t *testing.T) *Server {
	t.Helper()
	assets := fstest.MapFS{"index.html": {Data: []byte("<!doctype html><title>Gloss</title>")}}
	s, err := Listen("127.0.0.1:0", assets, &calc{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { s.Serve(ctx); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return s
}

func (s *Server) base() string { u, _ := url.Parse(s.URL); return "http://" + u.Host }

func post(t *testing.T, s *Server, path, body string, header map[string]string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, s.base()+path, strings.NewReader(body))
	for k, v := range header {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(data)
}

// Ensure that the URL carries a token and that the API answers with it.
func TestServer_API(t *testing.T) {
	s := startServer(t)
	auth := map[string]string{"X-Gloss-Token": s.token}
	tests := []struct {
		name, path, body string
		header           map[string]string
		status           int
		contains         string
	}{
		{"call", "/api/calc/Add", "[2,3]", auth, 200, `{"total":5}`},
		{"error", "/api/calc/Fail", "[]", auth, 500, `"code":"internal"`},
		{"wrong arity", "/api/calc/Add", "[2]", auth, 400, "got 1 arguments, want 2"},
		{"wrong type", "/api/calc/Add", `["a",1]`, auth, 400, "argument 1"},
		{"not an array", "/api/calc/Add", `{}`, auth, 400, "JSON array"},
		{"no method", "/api/calc/Nope", "[]", auth, 404, "no method"},
		{"no struct", "/api/Nope/Add", "[]", auth, 404, "no API"},
		{"no token", "/api/calc/Add", "[2,3]", nil, 401, "X-Gloss-Token"},
		{"wrong token", "/api/calc/Add", "[2,3]", map[string]string{"X-Gloss-Token": "x"}, 401, "X-Gloss-Token"},
		{"foreign origin", "/api/calc/Add", "[2,3]", map[string]string{"X-Gloss-Token": s.token, "Origin": "https://example.com"}, 403, "foreign origin"},
		{"foreign host", "/api/calc/Add", "[2,3]", map[string]string{"X-Gloss-Token": s.token, "Host": "evil.example:80"}, 403, "unknown host"},
		{"own origin", "/api/calc/Add", "[1,1]", map[string]string{"X-Gloss-Token": s.token, "Origin": s.base()}, 200, `{"total":2}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body := post(t, s, tt.path, tt.body, tt.header)
			if status != tt.status || !strings.Contains(body, tt.contains) {
				t.Errorf("got %d %s, want %d containing %q", status, body, tt.status, tt.contains)
			}
		})
	}
}

// Ensure that the frontend is served with the Content-Security-Policy.
func TestServer_Assets_CSP(t *testing.T) {
	s := startServer(t)
	resp, err := http.Get(s.base() + "/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !strings.Contains(string(body), "<title>Gloss</title>") {
		t.Fatalf("GET / = %d %q, want the index page", resp.StatusCode, body)
	}
	if got := resp.Header.Get("Content-Security-Policy"); got != ContentSecurityPolicy {
		t.Errorf("CSP = %q, want %q", got, ContentSecurityPolicy)
	}
}

// Ensure that only loopback addresses are accepted.
func TestListen_NotLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", ":0", "192.168.1.10:0", "localhost:0"} {
		if _, err := Listen(addr, fstest.MapFS{}); !errors.Is(err, ErrNotLoopback) && err == nil {
			t.Errorf("Listen(%q) succeeded, want an error", addr)
		}
	}
}

// Ensure that error bodies are JSON objects with code and message.
func TestServer_ErrorShape(t *testing.T) {
	s := startServer(t)
	_, body := post(t, s, "/api/calc/Fail", "[]", map[string]string{"X-Gloss-Token": s.token})
	var got struct {
		Error struct{ Code, Message string } `json:"error"`
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil || got.Error.Code != "internal" || got.Error.Message != "it broke" {
		t.Errorf("error body = %s (%v), want code internal, message it broke", body, err)
	}
}
