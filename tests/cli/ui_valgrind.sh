# ui_valgrind: the screen tests (the view, the thread list) under valgrind, which sees ncurses' own reads and
# writes (ASan does not instrument the library): no window may be used after
# its screen is deleted, and nothing the view allocates leaks.
. "$(dirname "$0")/../helpers/cli.sh"
need_valgrind
# ncurses keeps some memory for the life of the process: only definite and
# indirect leaks count.
expect_status 0 valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect "${TT_BUILDDIR:-build}/tests/test_ui_screen"
# The thread list opens a thread's view on the list's screen and closes it.
expect_status 0 valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect "${TT_BUILDDIR:-build}/tests/test_ui_projlist"
# The agreement pane (a coding per open, a limit from a cell) and the tags
# pane's value cursor.
expect_status 0 valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect "${TT_BUILDDIR:-build}/tests/test_ui_agree"
expect_status 0 valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect "${TT_BUILDDIR:-build}/tests/test_ui_tagcursor"
# Adjudication runs one view per thread on the same screen, over stores it lends the review.
expect_status 0 valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect "${TT_BUILDDIR:-build}/tests/test_ui_adjudicate"
# The line cache's cells, made without a pad, against ui_put's and the pad's.
expect_status 0 valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect "${TT_BUILDDIR:-build}/tests/test_ui_linecache"
# Keys typed on the loading screen, kept and then carried out by the viewer
# (a child on a pseudo-terminal).
expect_status 0 valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect "${TT_BUILDDIR:-build}/tests/test_ui_loadkeys"
finish
