#!/usr/bin/env bash
# isolate.sh NAME CMD...: runs one test with HOME, the XDG folders and TMPDIR in
# a fresh folder of the build tree (nothing of the user's is read or written),
# removes that folder afterwards, and exits with the test's own status (77: skipped).
set -u
base=${TT_BUILDDIR:?TT_BUILDDIR must name the build tree}/testenv/$1
shift
rm -rf "$base"
mkdir -p "$base"/{home,tmp,config,data,state,cache,runtime} || exit 1
chmod 700 "$base/runtime"
export HOME=$base/home TMPDIR=$base/tmp TMUX_TMPDIR=$base/tmp
export XDG_CONFIG_HOME=$base/config XDG_DATA_HOME=$base/data XDG_STATE_HOME=$base/state
export XDG_CACHE_HOME=$base/cache XDG_RUNTIME_DIR=$base/runtime
export HISTFILE=$base/home/.bash_history
unset TMUX
"$@"
rc=$?
rm -rf "$base"
exit "$rc"
