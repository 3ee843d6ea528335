# import-valgrind.sh: no leak and no memory error when importing every fixture, good or bad.
. "$(dirname "$0")/../helpers/cli.sh"
need_valgrind
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for f in tests/data/pages/*.txt tests/data/reddit/*.json tests/data/hn/*.json; do
	case $(basename "$f") in
	bad-* | empty.txt) want=65 ;;
	*) want=0 ;;
	esac
	expect_status "$want" vg "$BIN" import "$f" -o "$out/thread.yaml"
done
finish
