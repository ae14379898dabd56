#!/bin/sh
# tarball.sh BIN VERSION ARCH DIST builds DIST/gloss-VERSION-linux-ARCH.tar.gz
# for distributions without dpkg: the files of the Debian package
# (nfpm.yaml: change both together) laid out under bin/ and share/, with
# install.sh, uninstall.sh and files.txt, the list the two scripts share.
set -eu
bin=$1 version=$2 arch=$3 dist=$4
here=$(dirname "$0")
root=$here/../..
name=gloss-$version-linux-$arch
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
d=$stage/$name

put() { # put MODE SRC DST
	mkdir -p "$(dirname "$d/$3")"
	cp "$2" "$d/$3"
	chmod "$1" "$d/$3"
}
put 755 "$bin" bin/gloss
put 644 "$here/app.gloss.Gloss.desktop" share/applications/app.gloss.Gloss.desktop
put 644 "$here/app.gloss.Gloss.metainfo.xml" share/metainfo/app.gloss.Gloss.metainfo.xml
for png in "$here"/icons/*/apps/gloss.png; do
	size=$(basename "$(dirname "$(dirname "$png")")")
	put 644 "$png" "share/icons/hicolor/$size/apps/gloss.png"
done
put 644 "$root/build/appicon.svg" share/icons/hicolor/scalable/apps/gloss.svg
(cd "$d" && find bin share -type f | LC_ALL=C sort) >"$d/files.txt"
put 755 "$here/install.sh" install.sh
put 755 "$here/uninstall.sh" uninstall.sh

mkdir -p "$dist"
out=$(cd "$dist" && pwd)/$name.tar.gz
# Owned by root and dated by the last commit, so the same tree gives the
# same archive.
mtime=$(git -C "$root" log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" -cf - "$name" | gzip -9n >"$out"
echo "$out"
