#!/bin/sh
# Writes dumps/NAME.w3m.txt and dumps/NAME.lynx.txt for the pages of this folder, made as the rounds' dumps are.
#
#   sh tests/data/html/templates/make_dumps.sh [NAME.html...]
#
# Run it after make_pages.py whenever a page changes. w3m reads the page on
# its standard input; lynx reads the file in this folder, and the folder's
# address in its link list is written file:/// so no dump names the place
# of a checkout (w3m 0.5.3+git20230121, lynx 2.9.0dev.12, Debian 12).
set -eu
cd "$(dirname "$0")"
here=$(pwd)
mkdir -p dumps
[ $# -gt 0 ] || set -- *.html
for page in "$@"; do
	name=${page%.html}
	w3m -dump -cols 100 -T text/html -O UTF-8 <"$page" >"dumps/$name.w3m.txt"
	lynx -dump -force_html -width=100 -display_charset=utf-8 "$page" |
	    sed "s|file://$here/|file:///|g; s|file://localhost$here/|file:///|g" >"dumps/$name.lynx.txt"
done
# A dump naming this folder names the machine it was made on.
if grep -l -e "$here" dumps/*.txt; then
	echo "make_dumps.sh: a dump names a local path" >&2
	exit 1
fi
