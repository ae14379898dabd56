package serve

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"gloss/app"
)

// ErrNotLoopback means the address to listen on is not a loopback address.
var ErrNotLoopback = errors.New("gloss serve listens on loopback only (127.0.0.1 or [::1])")

// Server is a running browser face.
type Server struct {
	// URL is the address to open, with the token in its query.
	URL   string
	token string
	ln    net.Listener
	http  *http.Server
	mux   *http.ServeMux
	hosts map[string]bool
}

// Listen starts listening on addr, which must be a loopback address, and
// prepares a handler for the frontend in assets and the bound structs.
func Listen(addr string, assets fs.FS, structs ...any) (*Server, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("serve: address %q: %w", addr, err)
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("serve: address %q: %w", addr, ErrNotLoopback)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("serve: listen on %s: %w", addr, err)
	}
	tok := make([]byte, 24)
	rand.Read(tok)
	s := &Server{token: hex.EncodeToString(tok), ln: ln}
	port := ln.Addr().(*net.TCPAddr).Port
	s.hosts = map[string]bool{
		fmt.Sprintf("127.0.0.1:%d", port): true,
		fmt.Sprintf("localhost:%d", port): true,
		fmt.Sprintf("[::1]:%d", port):     true,
	}
	s.URL = fmt.Sprintf("http://%s/?token=%s", ln.Addr().String(), s.token)
	if strings.Contains(ln.Addr().String(), ":") && ln.Addr().(*net.TCPAddr).IP.To4() == nil {
		s.URL = fmt.Sprintf("http://[::1]:%d/?token=%s", port, s.token)
	}
	mux := http.NewServeMux()
	s.mux = mux
	mux.Handle("/api/", s.requireToken(newDispatcher(structs...)))
	mux.Handle("/", http.FileServerFS(assets))
	s.http = &http.Server{
		Handler:           SecureHeaders(s.guard(mux)),
		ReadHeaderTimeout: 10 * time.Second,
	}
	return s, nil
}

// Serve answers requests until ctx is cancelled.
func (s *Server) Serve(ctx context.Context) error {
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.http.Shutdown(shut)
	}()
	if err := s.http.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}

// guard refuses requests that name a foreign host or come from a foreign
// origin: a web page in the user's browser must not reach the library.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hosts[r.Host] {
			writeError(w, http.StatusForbidden, app.Error{Code: "forbidden", Message: "unknown host " + r.Host})
			return
		}
		if o := r.Header.Get("Origin"); o != "" {
			u, err := url.Parse(o)
			if err != nil || u.Scheme != "http" || !s.hosts[u.Host] {
				writeError(w, http.StatusForbidden, app.Error{Code: "forbidden", Message: "foreign origin " + o})
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := r.Header.Get("X-Gloss-Token")
		if subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) != 1 {
			writeError(w, http.StatusUnauthorized, app.Error{Code: "unauthorized", Message: "missing or wrong X-Gloss-Token"})
			return
		}
		next.ServeHTTP(w, r)
	})
}
