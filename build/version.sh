#!/bin/sh
# version.sh FORM [DESCRIBE] prints the version of this build in the form a
# package wants. DESCRIBE is `git describe --tags --always --dirty` (the
# version `gloss version` prints), computed when not given.
#
#   deb      a Debian upstream version, which must start with a digit and
#            sort in build order:
#              v1.2.3            -> 1.2.3
#              v1.2.3-rc1        -> 1.2.3~rc1   (sorts before 1.2.3)
#              v1.2.3-4-gabc1234 -> 1.2.3+4.gabc1234
#              abc1234 (no tag)  -> 0.0.0+git57.abc1234 (57 commits so far)
#              ...-dirty         -> ...+dirty, or ....dirty after a +
#   windows  four numbers for the version resource and NSIS: 1.2.3.4, the
#            fourth counting commits since the tag (or since the start)
set -eu
form=${1:?usage: version.sh deb|windows [DESCRIBE]}
d=${2:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}

dirty=
case $d in *-dirty) dirty=1; d=${d%-dirty} ;; esac

if printf '%s\n' "$d" | grep -Eq '^v?[0-9]+\.[0-9]+'; then
	# A tag, maybe followed by -N-gHASH.
	since=$(printf '%s\n' "$d" | sed -nE 's/.*-([0-9]+)-g[0-9a-f]+$/\1/p')
	hash=$(printf '%s\n' "$d" | sed -nE 's/.*-[0-9]+-(g[0-9a-f]+)$/\1/p')
	tag=$(printf '%s\n' "$d" | sed -E 's/-[0-9]+-g[0-9a-f]+$//; s/^v//')
	base=$(printf '%s\n' "$tag" | sed -E 's/-/~/; s/[^A-Za-z0-9.+~]/./g')
	deb=$base${since:+"+$since.$hash"}
else
	since=$(git rev-list --count HEAD 2>/dev/null || echo 0)
	tag=0.0.0
	case $d in
	dev) deb=0.0.0+dev ;;
	*) deb=0.0.0+git$since.$(printf '%s\n' "$d" | sed -E 's/[^A-Za-z0-9.]/./g') ;;
	esac
fi
if [ -n "$dirty" ]; then
	case $deb in *+*) deb=$deb.dirty ;; *) deb=$deb+dirty ;; esac
fi

case $form in
deb) echo "$deb" ;;
windows)
	nums=$(printf '%s\n' "$tag" | sed -E 's/^([0-9]+(\.[0-9]+)*).*/\1/')
	set -- $(printf '%s\n' "$nums" | tr . ' ') 0 0 0
	echo "$1.$2.$3.${since:-0}"
	;;
*) echo "version.sh: unknown form $form (deb or windows)" >&2; exit 2 ;;
esac
