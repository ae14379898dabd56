#!/usr/bin/env bash
# ci-install-test.sh installs build/dist/gloss_*.deb as a person would and
# tries the installed Gloss: `gloss version`, the files and their metadata,
# then the real window on a virtual screen with a session bus: it must show
# a rendered page, take a file handed to it by a second `gloss FILE`, and
# close. Run it as root (CI is) from anywhere after `make package-deb`.
#
# GLOSS_SHOT names the screenshot to keep (default
# $TMPDIR/gloss-installed-window.png).
set -euo pipefail

if [ "${1:-}" = window ]; then
	window=1
else
	window=
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
shot=${GLOSS_SHOT:-${TMPDIR:-/tmp}/gloss-installed-window.png}
seed=$root/../shared/corpus/seed/asharq-al-awsat-2-articles.txt

fail() { echo "ci-install-test: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

# colours counts the distinct colours of a screenshot: a blank screen has
# one, an empty window a handful, a rendered page with text hundreds.
colours() { identify -format '%k' "$1"; }

# wait_for CMD... retries CMD for up to 30 seconds.
wait_for() {
	for _ in $(seq 60); do
		if "$@" >/dev/null 2>&1; then return 0; fi
		sleep 0.5
	done
	return 1
}

# The part that runs inside dbus-run-session and xvfb-run: the window.
if [ -n "$window" ]; then
	tmp=$(mktemp -d)
	trap 'kill "$pid" 2>/dev/null || true; rm -rf "$tmp"' EXIT
	# Nothing of this run lands in the real home's data or cache folders.
	export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache XDG_CONFIG_HOME=$tmp/config
	mkdir -p "$HOME"
	db=$tmp/library.db

	step "start the installed window"
	gloss --db "$db" >"$tmp/window.log" 2>&1 &
	pid=$!
	wait_for xdotool search --name '^Gloss$' || { cat "$tmp/window.log"; fail "no window named Gloss after 30s"; }

	step "wait for the page to render"
	n=0
	for _ in $(seq 40); do
		import -window root "$shot"
		n=$(colours "$shot")
		[ "$n" -ge 40 ] && break
		sleep 1
	done
	[ "$n" -ge 40 ] || { cat "$tmp/window.log"; fail "the screen shows $n colours, want a rendered page (40 or more); see $shot"; }
	echo "screenshot: $shot ($n colours)"

	if [ -f "$seed" ]; then
		step "gloss FILE hands the file to the open window"
		# The second process gives its command line to the window over the
		# session bus and exits; the window imports the file.
		(cd "$(dirname "$seed")" && timeout 20 gloss --db "$db" "$(basename "$seed")") || true
		kill -0 "$pid" || fail "the window exited when handed a file"
		sleep 5
		import -window root "$shot"
		echo "screenshot after the import: $shot ($(colours "$shot") colours)"
	else
		echo "corpus absent ($seed): the hand-over is not tried"
	fi

	# Xvfb has no window manager to ask the window to close, and GTK
	# outlives a destroyed X window: end the process. The library must
	# survive that (bbolt commits are atomic), which the next step reads.
	step "close the window"
	kill "$pid"
	wait_for sh -c "! kill -0 $pid" || fail "the window did not end on SIGTERM"
	wait "$pid" 2>/dev/null || true

	if [ -f "$seed" ]; then
		step "the library has the handed-over articles"
		list=$(gloss --db "$db" list)
		echo "$list"
		[ "$(printf '%s\n' "$list" | grep -c .)" -ge 2 ] || fail "gloss list shows no imported articles"
	fi
	exit 0
fi

# ---- outside: install, check, then run the part above on a virtual screen.
cd "$root"
export DEBIAN_FRONTEND=noninteractive
debs=(build/dist/gloss_*.deb)
[ -f "${debs[0]}" ] || fail "no build/dist/gloss_*.deb: run make package-deb first"
[ "${#debs[@]}" = 1 ] || fail "more than one package in build/dist: ${debs[*]}"

tools=(xvfb xauth xdotool imagemagick dbus-daemon desktop-file-utils)
missing=$(for p in "${tools[@]}"; do dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'ok installed' || echo "$p"; done)
if [ -n "$missing" ]; then
	step "install the test tools:" $missing
	apt-get update -q && apt-get install -y -q $missing
fi

step "apt-get install ${debs[0]}"
apt-get install -y -q "./${debs[0]}" || { apt-get update -q && apt-get install -y -q "./${debs[0]}"; }

step "gloss version"
[ "$(command -v gloss)" = /usr/bin/gloss ] || fail "gloss is not /usr/bin/gloss but $(command -v gloss)"
out=$(gloss version)
echo "$out"
[[ $out =~ ^gloss\ ([^[:space:]]+)$ ]] || fail "gloss version printed '$out', want 'gloss VERSION'"
built=${BASH_REMATCH[1]}
[ "$built" != dev ] || fail "the installed gloss has no version (built without -ldflags)"
pkg=$(dpkg-query -W -f='${Version}' gloss)
want=$(build/version.sh deb "$built")-1
[ "$pkg" = "$want" ] || fail "package version $pkg does not match gloss version $built (want $want)"

step "dpkg -L gloss"
dpkg -L gloss
for f in /usr/bin/gloss /usr/share/applications/app.gloss.Gloss.desktop \
	/usr/share/metainfo/app.gloss.Gloss.metainfo.xml /usr/share/icons/hicolor/scalable/apps/gloss.svg \
	/usr/share/icons/hicolor/{16x16,32x32,48x48,64x64,128x128,256x256,512x512}/apps/gloss.png; do
	dpkg -L gloss | grep -qx "$f" || fail "the package does not install $f"
	[ -f "$f" ] || fail "$f is missing after the install"
done

tars=(build/dist/gloss-*-linux-*.tar.gz)
if [ -f "${tars[0]}" ]; then
	step "${tars[0]} has the same files"
	diff <(tar -xzOf "${tars[0]}" --wildcards '*/files.txt' | sed 's|^|/usr/|') \
		<(dpkg -L gloss | while read -r f; do [ -f "$f" ] && echo "$f"; done | LC_ALL=C sort) ||
		fail "the .tar.gz and the .deb install different files"
fi

step "desktop entry and metainfo"
desktop-file-validate /usr/share/applications/app.gloss.Gloss.desktop
if command -v appstreamcli >/dev/null; then
	appstreamcli validate --no-net /usr/share/metainfo/app.gloss.Gloss.metainfo.xml
fi
# desktop-file-utils' trigger has registered Gloss for its types and links.
grep -q '^x-scheme-handler/gloss=.*app.gloss.Gloss.desktop' /usr/share/applications/mimeinfo.cache ||
	fail "gloss:// links are not registered in mimeinfo.cache"

step "the window, on a virtual screen"
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x900x24" "$0" window
echo "ci-install-test: ok"
