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
        test-browser test-desktop lint fuzz bench clean

run: build
	./$(BIN)

build: deps frontend
	go tool wails build -s -skipbindings -ldflags "$(LDFLAGS)" -o gloss

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

bench:
	go test -run='^$$' -bench=. -benchmem ./...

clean:
	rm -rf build/bin frontend/node_modules
	find frontend/dist -mindepth 1 ! -name .gitkeep -delete
