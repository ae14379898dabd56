package serve

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Ensure that the policy allows nothing but the app itself: every directive
// the app needs, no inline or evaluated code, no outside source.
func TestContentSecurityPolicy_Directives(t *testing.T) {
	got := map[string]string{}
	for _, d := range strings.Split(ContentSecurityPolicy, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
		got[name] = value
	}
	want := map[string]string{
		"default-src": "'self'", "script-src": "'self'", "style-src": "'self'",
		"img-src": "'self' data: blob:", "font-src": "'self'", "connect-src": "'self'",
		"object-src": "'none'", "frame-src": "'none'", "base-uri": "'none'",
		"form-action": "'none'", "frame-ancestors": "'none'",
	}
	for name, value := range want {
		if got[name] != value {
			t.Errorf("%s = %q, want %q", name, got[name], value)
		}
	}
	if len(got) != len(want) {
		t.Errorf("policy has %d directives, want %d: %s", len(got), len(want), ContentSecurityPolicy)
	}
	for _, bad := range []string{"unsafe-inline", "unsafe-eval", "*", "http:", "https:"} {
		if strings.Contains(ContentSecurityPolicy, bad) {
			t.Errorf("policy allows %s: %s", bad, ContentSecurityPolicy)
		}
	}
}

// Ensure that every response, errors and redirects included, carries the
// policy and the headers beside it.
func TestSecureHeaders_EveryResponse(t *testing.T) {
	handlers := map[string]http.Handler{
		"ok":       http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) }),
		"error":    http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { http.Error(w, "no", http.StatusInternalServerError) }),
		"notfound": http.NotFoundHandler(),
		"redirect": http.RedirectHandler("/", http.StatusFound),
	}
	for name, h := range handlers {
		rec := httptest.NewRecorder()
		SecureHeaders(h).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/x", nil))
		for k, v := range map[string]string{
			"Content-Security-Policy": ContentSecurityPolicy, "X-Content-Type-Options": "nosniff",
			"Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY",
		} {
			if got := rec.Header().Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", name, k, got, v)
			}
		}
	}
}
