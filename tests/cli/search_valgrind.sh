# search_valgrind: the search with its background worker (test_search: the worker's text, a worker stopped and joined by free mid-fold) under valgrind: no leak, no error, no thread left running.
. "$(dirname "$0")/../helpers/cli.sh"
need_valgrind
expect_status 0 vg "${TT_BUILDDIR:-build}/tests/test_search"
finish
