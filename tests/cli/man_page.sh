#!/usr/bin/env bash
# man_page: doc/threadtag.1.in renders without roff warnings and has every section.
set -euo pipefail
cd "${TT_SRCDIR:-.}"
page=doc/threadtag.1.in
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

grep -qx '.\\" @KEYS@' "$page" || { echo "no @KEYS@ line in $page"; exit 1; }

# The KEYS section as the build makes it, when this binary can print it.
keys=$tmp/keys.roff
if [ -n "${TT_BIN:-}" ] && "$TT_BIN" --print-keys-man >"$keys" 2>/dev/null && [ -s "$keys" ]; then
	:
else
	printf '.SH KEYS\n.TP\n.B q\nquit (quit)\n' >"$keys"
fi
awk -v keys="$keys" '$0 == ".\\\" @KEYS@" { while ((getline l < keys) > 0) print l; next } { print }' \
	"$page" >"$tmp/threadtag.1"

for s in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS KEYS CONFIGURATION THEMES FILES \
	ENVIRONMENT "EXIT STATUS" EXAMPLES "SEE ALSO"; do
	grep -qx "\.SH \"\?$s\"\?" "$tmp/threadtag.1" || { echo "missing section $s"; exit 1; }
done
for c in check import tag export stats agree; do
	grep -q "^\.BI \"$c " "$page" || { echo "command $c is not described"; exit 1; }
done
for e in NO_COLOR TERM XDG_CONFIG_HOME XDG_STATE_HOME VISUAL EDITOR; do
	grep -q "$e" "$page" || { echo "environment variable $e is not described"; exit 1; }
done
for code in 0 64 65 66 73 74; do
	grep -qx "\.B $code" "$page" || { echo "exit status $code is not described"; exit 1; }
done

if ! command -v groff >/dev/null; then
	echo "SKIP: groff is not installed: rendering not checked"
	exit 77
fi
warnings=$(groff -man -Tutf8 -ww -z "$tmp/threadtag.1" 2>&1)
if [ -n "$warnings" ]; then
	echo "roff warnings:"
	echo "$warnings"
	exit 1
fi
text=$(groff -man -Tascii -P-cbou "$tmp/threadtag.1" 2>/dev/null)
for f in themes/*.yaml; do
	name=$(basename "$f" .yaml)
	grep -q -- "$name" <<<"$text" || { echo "shipped theme $name not listed"; exit 1; }
done
echo "ok: $page"
