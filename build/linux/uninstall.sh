#!/bin/sh
# uninstall.sh removes what install.sh put under PREFIX. Run it from the
# unpacked archive (with the same PREFIX as the install) or as installed,
# PREFIX/lib/gloss/uninstall.sh, which knows its PREFIX. The library and
# its backups (~/.local/share/gloss by default) are left in place.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${PREFIX:-}" ]; then
	case $here in
	*/lib/gloss) PREFIX=${here%/lib/gloss} ;;
	*) if [ "$(id -u)" = 0 ]; then PREFIX=/usr/local; else PREFIX=$HOME/.local; fi ;;
	esac
fi
list=$here/files.txt
[ -f "$list" ] || list=$PREFIX/lib/gloss/files.txt
if [ ! -f "$list" ]; then
	echo "uninstall.sh: no Gloss install found in $PREFIX (set PREFIX)" >&2
	exit 1
fi

while IFS= read -r f; do
	rm -f "$PREFIX/$f"
	# Remove folders left empty, but never PREFIX's own share/ or bin/.
	dir=$(dirname "$f")
	while [ "$dir" != . ] && [ "$dir" != share ] && [ "$dir" != bin ]; do
		rmdir "$PREFIX/$dir" 2>/dev/null || break
		dir=$(dirname "$dir")
	done
done <"$list"
rm -f "$PREFIX/lib/gloss/files.txt" "$PREFIX/lib/gloss/uninstall.sh"
rmdir "$PREFIX/lib/gloss" 2>/dev/null || true

command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
# Icon themes notice the change by the folder's time; a cache, if there
# is one, is brought up to date.
[ -d "$PREFIX/share/icons/hicolor" ] && touch "$PREFIX/share/icons/hicolor"
if [ -f "$PREFIX/share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
	gtk-update-icon-cache -q -t -f "$PREFIX/share/icons/hicolor" || true
fi

echo "Gloss is removed from $PREFIX. Your library is still in place (by default ~/.local/share/gloss)."
