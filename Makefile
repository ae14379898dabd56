# Gloss: the entry point for people and CI. `make run` and `make test` are
# all a newcomer needs; both install what is missing first.

SHELL      := /bin/bash
VERSION    ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS    := -X main.version=$(VERSION)
TAGS       := webkit2_41
BIN        := build/bin/gloss
APT_PKGS   := libgtk-3-dev libwebkit2gtk-4.1-dev build-essential pkg-config \
              xvfb xauth imagemagick xdotool dbus-daemon chromium fonts-dejavu-core
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The window's single-instance lock talks over a D-Bus session bus.
XVFB       := dbus-run-session -- xvfb-run -a -s "-screen 0 1280x900x24"
FUZZTIME   ?= 30s

.PHONY: run build deps system-deps frontend-deps frontend test test-go test-frontend \
        test-browser test-desktop lint fuzz bench bench-extract torture vulncheck clean

run: build
	./$(BIN)

build: deps frontend
	go tool wails build -s -m -skipbindings -ldflags "$(LDFLAGS)" -o gloss

deps: system-deps frontend-deps

# System packages, on Debian and Ubuntu; elsewhere see the README.
system-deps:
	@missing=$$(for p in $(APT_PKGS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null; then \
	    echo "Installing system packages:" $$missing; \
	    $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $$missing; \
	  else echo "Please install the equivalents of: $$missing (see README)"; exit 1; fi; \
	fi

frontend-deps: frontend/node_modules/.package-lock.json

frontend/node_modules/.package-lock.json: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

frontend: frontend-deps
	cd frontend && npm run build

test: build test-go test-frontend test-browser test-desktop

test-go:
	go test -race -cover -count=1 ./...

test-frontend: frontend-deps
	cd frontend && npm run check && npm test

test-browser: build
	cd frontend && GLOSS_BIN=$(CURDIR)/$(BIN) npm run e2e

test-desktop: build
	GLOSS_BIN=$(CURDIR)/$(BIN) GLOSS_DOCS=$(CURDIR)/docs $(XVFB) go test -count=1 -run TestDesktop -v ./app/desktop

lint: frontend-deps
	go vet ./...
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	cd frontend && npm run check

fuzz:
	@for pkg in $$(go list ./...); do \
	  for f in $$(go test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    echo "== $$pkg $$f"; go test -run='^$$' -fuzz="^$$f$$" -fuzztime=$(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

# Figures beside a peer measured in the same run. BENCH_ARTICLES sets the
# library size (100,000 by default; the corpus must be beside the checkout).
BENCH_ARTICLES ?= 100000
bench:
	@echo "== library of $(BENCH_ARTICLES) articles (parse + store + index), beside raw bbolt batch writes"
	GLOSS_BENCH_ARTICLES=$(BENCH_ARTICLES) go test -run='^$$' -bench='Library_(Import|RawBoltBatch)' -benchtime=1x ./backend/importer
	@echo "== search over 100,000 articles, beside sahilm/fuzzy and fzf's matcher over all titles"
	go test -run='^$$' -bench='Search|SahilmTitles|FzfTitles|Put|Marshal|Unmarshal' -benchtime=20x ./backend/search
	@echo "== parsers, anchoring, library pages, body compression"
	go test -run='^$$' -bench=. -benchmem ./backend/parse/... ./backend/anchor ./backend/library ./backend/store

# The long versions of the tests: kill -9 during imports for 500 rounds,
# every fuzz target for TORTURE_FUZZTIME (10m for a release), and the
# hostile-content suite in Go and in the browser. New inputs are minimised
# for at most 100 runs, and a target that fails without writing a failing
# input is run once more: on a busy machine go test's fuzzing engine can
# report "context deadline exceeded" for a sound target when time is up.
TORTURE_FUZZTIME ?= 10s
torture: build
	GLOSS_TORTURE=500 go test -count=1 -timeout 60m -run 'Crash' -v ./backend/store
	@for pkg in $$(go list ./...); do \
	  for f in $$(go test -list '^Fuzz' $$pkg 2>/dev/null | grep '^Fuzz'); do \
	    for try in 1 2; do \
	      echo "== $$pkg $$f for $(TORTURE_FUZZTIME)"; \
	      out=$$(go test -run='^$$' -fuzz="^$$f$$" -fuzztime=$(TORTURE_FUZZTIME) -fuzzminimizetime=100x $$pkg 2>&1); code=$$?; \
	      echo "$$out" | grep -v '^fuzz: elapsed'; \
	      [ $$code -eq 0 ] && break; \
	      if [ $$try -eq 2 ] || echo "$$out" | grep -q 'Failing input written'; then exit 1; fi; \
	      echo "(failed without a failing input: once more)"; \
	    done; \
	  done; \
	done
	go test -count=1 -v ./backend/hostile
	cd frontend && GLOSS_BIN=$(CURDIR)/$(BIN) node --test --test-reporter=spec e2e/hostile.test.mjs

# Known vulnerabilities in what Gloss is built from: govulncheck (pinned
# here) over the Go code, npm audit over the frontend's packages. Both
# need their databases online (GOVULNDB may name a mirror or a file://
# copy); CI here cannot reach them, so `make test` does not run this.
GOVULNCHECK := golang.org/x/vuln/cmd/govulncheck@v1.9.0
GOVULNDB    ?= https://vuln.go.dev
vulncheck: frontend-deps
	@status=0; \
	echo "== govulncheck ($(GOVULNCHECK), database $(GOVULNDB))"; \
	out=$$(go run $(GOVULNCHECK) -db $(GOVULNDB) ./... 2>&1); code=$$?; echo "$$out"; \
	if [ $$code -ne 0 ] && echo "$$out" | grep -qE 'fetching vulnerabilities|no such host|dial tcp|i/o timeout|connection refused'; then \
	  echo "vulncheck: the Go vulnerability database at $(GOVULNDB) cannot be reached from this machine."; \
	  echo "  Run this where it can be reached, or set GOVULNDB to a mirror or file:// copy (see README, Security)."; status=1; \
	elif [ $$code -ne 0 ]; then status=1; fi; \
	echo "== npm audit (frontend)"; \
	out=$$(cd frontend && npm audit 2>&1); code=$$?; echo "$$out"; \
	if [ $$code -ne 0 ] && echo "$$out" | grep -qE 'audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN'; then \
	  echo "vulncheck: the npm registry's audit service cannot be reached from this machine."; status=1; \
	elif [ $$code -ne 0 ]; then status=1; fi; \
	exit $$status

# Extraction quality beside the peers on the same pages (corpus beside the checkout).
bench-extract:
	go run ./backend/extractbench/cmd/extractbench

clean:
	rm -rf build/bin frontend/node_modules
	find frontend/dist -mindepth 1 ! -name .gitkeep -delete

# ---- package: the icon and what people install -----------------------------
# make icons            renders build/appicon.svg into the committed PNGs and .ico
# make package          all of the below, into build/dist/
# make package-deb      gloss_VERSION-1_ARCH.deb (nfpm, pinned in go.mod)
# make package-tar      gloss-VERSION-linux-ARCH.tar.gz with install.sh/uninstall.sh
# make package-windows  gloss.exe (cross-built, no cgo) and, with makensis, its installer
# VERSION (git describe) is what `gloss version` prints; PKG_VERSION is the
# same in the form Debian sorts (build/version.sh).

DIST        := build/dist
PKG_VERSION := $(shell build/version.sh deb "$(VERSION)")
WIN_VERSION := $(shell build/version.sh windows "$(VERSION)")
PKG_ARCH    := $(shell go env GOARCH)
ICON_SIZES  := 16 32 48 64 128 256 512
ICO_SIZES   := 16 24 32 48 64 128 256
WIN_SYSO    := gloss_windows_amd64.syso
SETUP       := $(DIST)/gloss-$(PKG_VERSION)-windows-amd64-setup.exe

.PHONY: package package-deb package-tar package-windows icons

package: package-deb package-tar package-windows
	@echo "Packages in $(DIST):"; ls -1 $(DIST)

# Each package target first removes the older builds of its package.
package-deb: build
	@mkdir -p $(DIST); rm -f $(DIST)/gloss_*.deb
	PKG_VERSION=$(PKG_VERSION) PKG_ARCH=$(PKG_ARCH) \
	  go tool nfpm package -f build/linux/nfpm.yaml -p deb -t $(DIST)/

package-tar: build
	@rm -f $(DIST)/gloss-*-linux-*.tar.gz
	build/linux/tarball.sh $(BIN) $(PKG_VERSION) $(PKG_ARCH) $(DIST)

# Wails needs no cgo on Windows. The .syso carries the icon, manifest and
# version; it sits beside main.go only for this build. Without WebView2 the
# app offers Microsoft's download page in the browser (wv2runtime.browser)
# instead of downloading the runtime itself.
package-windows: frontend
	@mkdir -p $(DIST); rm -f $(DIST)/gloss.exe $(DIST)/gloss-*-windows-*-setup.exe
	go tool go-winres make --in build/windows/winres.json --arch amd64 --out gloss \
	  --product-version $(WIN_VERSION) --file-version $(WIN_VERSION)
	GOOS=windows GOARCH=amd64 CGO_ENABLED=0 go build -tags desktop,production,wv2runtime.browser -trimpath \
	  -ldflags "$(LDFLAGS) -s -w -H windowsgui" -o $(DIST)/gloss.exe . ; \
	  status=$$?; rm -f $(WIN_SYSO); exit $$status
	@if command -v makensis >/dev/null; then \
	  makensis -V2 -DEXE=$(CURDIR)/$(DIST)/gloss.exe -DVERSION=$(WIN_VERSION) \
	    -DDISPLAY_VERSION=$(PKG_VERSION) -DOUTFILE=$(CURDIR)/$(SETUP) build/windows/installer/gloss.nsi \
	  && echo "$(SETUP)"; \
	else echo "makensis not found: no Windows installer (apt-get install nsis)"; fi

icons:
	@command -v rsvg-convert >/dev/null || { \
	  if command -v apt-get >/dev/null; then echo "Installing librsvg2-bin (rsvg-convert)"; \
	    $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q librsvg2-bin || exit 1; \
	  else echo "Please install rsvg-convert (librsvg)"; exit 1; fi; }
	@for s in $(ICON_SIZES); do \
	  mkdir -p build/linux/icons/$${s}x$${s}/apps; \
	  rsvg-convert -w $$s -h $$s build/appicon.svg -o build/linux/icons/$${s}x$${s}/apps/gloss.png || exit 1; \
	done
	rsvg-convert -w 1024 -h 1024 build/appicon.svg -o build/appicon.png
	@tmp=$$(mktemp -d); trap 'rm -rf $$tmp' EXIT; \
	for s in $(ICO_SIZES); do rsvg-convert -w $$s -h $$s build/appicon.svg -o $$tmp/$$s.png || exit 1; done; \
	go run ./build/mkico -o build/windows/icon.ico $(foreach s,$(ICO_SIZES),$$tmp/$(s).png)
	@echo "Icons written: build/appicon.png, build/linux/icons/*, build/windows/icon.ico"
