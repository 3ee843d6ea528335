# import_html-valgrind.sh: no leak and no memory error importing pages of every layout, and refusals.
. "$(dirname "$0")/../helpers/cli.sh"
need_valgrind
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# One page per kind of reading: WordPress, Blogger, Hacker News, Stack
# Exchange, schema.org, Drupal with bylines, a forum with quotes; and pages
# after comment systems' templates (a body box narrowed, a dt and its dds,
# a time beside the name, answers in a list item's list, nested answers);
# and round 14's rules (CSS-modules names, a labelled author, a schema.org
# name, a deleted account's name, Hacker News's quotations typed ">").
for f in wordpress-lemire-en blogger-plentylife-de hn-ask-en stackexchange-german-de \
	schemaorg-handelsblatt-de drupal-cicero-de xenforo-villagers-en \
	templates/phpbb-prosilver-en templates/blogger-classic-en templates/dle-ru \
	templates/discuz-zh templates/wpdiscuz7-en round14/github-defuddle-en \
	round14/substack-garymarcus-en round14/discourse-meta-en round14/reddit-dicaprio-en \
	hn-story-en; do
	expect_status 0 vg "$BIN" import --explain "tests/data/html/$f.html" -o "$out/thread.yaml"
done
printf '<!DOCTYPE html><html><head><title>x</title></head><body></body></html>' >"$out/empty.html"
expect_status 65 vg "$BIN" import "$out/empty.html" -o "$out/thread.yaml"
expect_status 65 vg "$BIN" import --from html tests/fuzz/regressions/html-head-only.html
# A page parsed from a buffer of libxml2's own: read in place, this one (a
# fuzzed page, <meta charset> written twice) had libxml2 read bytes past its
# end. Its odd charset name loads ICU's converter tables through libxml2, which
# ICU keeps until exit: reachable, so only lost blocks count here.
expect_status 0 valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect "$BIN" import --from html \
	tests/fuzz/regressions/html-meta-charset-twice.html -o "$out/thread.yaml"
# A byte not valid in the declared Shift_JIS: the page decoded by iconv, U+FFFD for it.
expect_status 0 vg "$BIN" import --from html \
	tests/fuzz/regressions/html-byte-invalid-in-declared-charset.html -o "$out/thread.yaml"
finish
