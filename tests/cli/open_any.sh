# open_any.sh: the commands that take a thread open what the viewer opens (a
# saved page, Reddit or HN JSON) with the ids `import` gives; check names a
# page or forum JSON as such and says to import it.
. "$(dirname "$0")/../helpers/cli.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for src in tests/data/pages/garden-nested.txt tests/data/hn/algolia-story.json \
	tests/data/reddit/$(ls tests/data/reddit | grep -v '^bad' | head -1); do
	"$BIN" import "$src" -o "$work/imported.yaml" || bad "import $src"
	id=$(sed -n 's/^ *- id: //p' "$work/imported.yaml" | head -1 | tr -d "\"'")
	[ -n "$id" ] && ok || bad "$src: no comment id in the import"
	expect_status 0 "$BIN" tag "$src" --tags "$work/a.yaml" --id "$id" --stance favor
	expect_status 0 "$BIN" tag "$src" --tags "$work/b.yaml" --id "$id" --stance against
	expect_status 0 "$BIN" export "$src" --tags "$work/a.yaml" --format csv --no-text
	expect_out ",$id,.*,favor,"
	# The same tags read through the imported thread file: the ids agree.
	expect_status 0 "$BIN" export "$work/imported.yaml" --tags "$work/a.yaml" --format csv --no-text
	expect_out ",$id,.*,favor,"
	expect_status 0 "$BIN" stats "$src" --tags "$work/a.yaml"
	expect_out '^progress:  1 of'
	expect_status 0 "$BIN" agree "$src" --tags "$work/a.yaml" --tags "$work/b.yaml"
	expect_out '^disagreements: 1$'
	expect_status 65 "$BIN" check "$src"
	case $src in
	*.txt) expect_err "^threadtag: $src: not a thread file; if it is a saved page, import it first with \`threadtag import\`$" ;;
	*/hn/*) expect_err "^threadtag: $src: this is HN JSON, not a thread file: import it first with \`threadtag import\`$" ;;
	*) expect_err "^threadtag: $src: this is Reddit JSON, not a thread file: import it first with \`threadtag import\`$" ;;
	esac
	rm -f "$work"/a.yaml* "$work"/b.yaml*
done
# A broken thread file is still reported at its position, not as a page.
expect_status 65 "$BIN" export tests/data/bad/unknown-comment-key.yaml --tags "$work/a.yaml"
expect_err '^threadtag: tests/data/bad/unknown-comment-key.yaml:6:5: unknown key'
finish
