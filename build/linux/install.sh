#!/bin/sh
# install.sh puts Gloss under PREFIX: ~/.local for a user, /usr/local for
# root, or PREFIX=/some/where ./install.sh. It installs the files named in
# files.txt and keeps uninstall.sh in PREFIX/lib/gloss. Your library (in
# ~/.local/share/gloss by default) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${PREFIX:-}" ]; then
	if [ "$(id -u)" = 0 ]; then PREFIX=/usr/local; else PREFIX=$HOME/.local; fi
fi

while IFS= read -r f; do
	mkdir -p "$(dirname "$PREFIX/$f")"
	case $f in
	bin/*) mode=755 ;;
	*) mode=644 ;;
	esac
	# Menus do not always search PREFIX/bin: name the program by its path.
	if [ "$f" = share/applications/app.gloss.Gloss.desktop ]; then
		sed -e "s|^Exec=gloss |Exec=$PREFIX/bin/gloss |" -e "s|^TryExec=gloss$|TryExec=$PREFIX/bin/gloss|" \
			"$here/$f" >"$PREFIX/$f"
	else
		cp "$here/$f" "$PREFIX/$f"
	fi
	chmod "$mode" "$PREFIX/$f"
done <"$here/files.txt"
mkdir -p "$PREFIX/lib/gloss"
cp "$here/files.txt" "$PREFIX/lib/gloss/files.txt"
cp "$here/uninstall.sh" "$PREFIX/lib/gloss/uninstall.sh"
chmod 755 "$PREFIX/lib/gloss/uninstall.sh"

# Menus, "Open with" and gloss:// links read these caches.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
# Icon themes notice the change by the folder's time; a cache, if there
# is one, is brought up to date.
[ -d "$PREFIX/share/icons/hicolor" ] && touch "$PREFIX/share/icons/hicolor"
if [ -f "$PREFIX/share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
	gtk-update-icon-cache -q -t -f "$PREFIX/share/icons/hicolor" || true
fi

echo "Gloss is installed in $PREFIX (run $PREFIX/bin/gloss, or find it in the menu)."
echo "To remove it: $PREFIX/lib/gloss/uninstall.sh (your library stays where it is)."
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "Note: $PREFIX/bin is not on your PATH." ;; esac
