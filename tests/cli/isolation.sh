# isolation.sh: tests run with HOME, the XDG folders and TMPDIR inside the build
# tree, and the wrapper that sets them up removes them and keeps the exit status.
. "$(dirname "$0")/../helpers/cli.sh"

build=$(cd "${TT_BUILDDIR:?}" && pwd -P)
for v in HOME TMPDIR XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME XDG_CACHE_HOME TMUX_TMPDIR; do
	val=${!v:-}
	real=$(cd "$val" 2>/dev/null && pwd -P)
	case "$real/" in
	"$build"/testenv/*) ok ;;
	*) bad "$v='$val' is not inside the build tree ($build/testenv)" ;;
	esac
done
case "${HISTFILE:-}" in "$HOME"/*) ok ;; *) bad "HISTFILE='${HISTFILE:-}' is outside HOME" ;; esac
# The default tag store lands in this test's XDG_DATA_HOME.
expect_status 0 "$BIN" tag tests/data/threads/small.yaml --id x1 --stance favor --annotator iso
[ -n "$(find "$XDG_DATA_HOME/threadtag/tags" -name iso.yaml 2>/dev/null)" ] && ok ||
	bad "the default store is not under XDG_DATA_HOME: $(cat "$ERR")"
# The wrapper: passes the status through (77 stays a skip) and leaves nothing.
inner=$TT_TMP/inner
for want in 0 3 77; do
	TT_BUILDDIR=$inner bash tests/helpers/isolate.sh t bash -c \
		'touch "$TMPDIR/x" "$HOME/.bash_history"; mkdir -p "$XDG_DATA_HOME/threadtag"; exit '$want
	got=$?
	[ "$got" -eq "$want" ] && ok || bad "isolate.sh exited $got, want $want"
	[ ! -e "$inner/testenv/t" ] && ok || bad "isolate.sh left $inner/testenv/t"
done
rm -rf "$inner"
finish
