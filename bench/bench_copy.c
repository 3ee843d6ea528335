/* bench_copy: what ncurses costs a cell to put a line into a window, each way there is. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif
#endif
#ifndef CALLGRIND_DUMP_STATS
#define TT_NO_CALLGRIND 1
#else
#define TT_NO_CALLGRIND 0
#endif

#include "../ui/app.h"
#include "bench_util.h"

/* ROWS lines of COLS cells of ASCII text in one colour are put into the
 * right-hand part of a 50x160 screen, as the comments pane's body lines are,
 * each way measured alone between callgrind toggles and dumped; then the
 * wnoutrefresh that follows, since a way that touches more of a row costs
 * there. Run under valgrind --tool=callgrind --collect-atstart=no
 * --callgrind-out-file=OUT with -c OUT. */
enum { ROWS = 40, COLS_LINE = 100, AT = 60 };

static void die(const char *what)
{
	fprintf(stderr, "bench_copy: %s\n", what);
	exit(2);
}

#if !TT_NO_CALLGRIND
/* Instructions of dump n (OUT.n), which callgrind has just written. */
static unsigned long long dumped(const char *cgout, int n)
{
	unsigned long long ir;
	if (bench_callgrind_dump(cgout, n, &ir) < 0)
		die("no callgrind dump (run under valgrind --tool=callgrind --collect-atstart=no)");
	return ir;
}

static const char *cgout;
static int dumps;

/* Prints the instructions per cell of what ran since the last dump. */
static void report(const char *what)
{
	CALLGRIND_DUMP_STATS;
	printf("%s=%.1f ", what, (double)dumped(cgout, ++dumps) / (ROWS * COLS_LINE));
}

/* Blanks the rows as ui_clear does before a pane is drawn. */
static void clear_rows(void)
{
	cchar_t bg;
	wgetbkgrnd(stdscr, &bg);
	for (int y = 0; y < ROWS; y++)
		mvwhline_set(stdscr, y, AT, &bg, COLS_LINE);
}

/* Sends the screen so the next way starts from the same state. */
static void settle(void)
{
	wrefresh(stdscr);
	clear_rows();
	wrefresh(stdscr);
}
#endif

#if TT_NO_CALLGRIND
int main(void)
{
	die("built without valgrind's header: nothing to measure");
}
#else
int main(int argc, char **argv)
{
	static const char text[] = "The quick brown fox jumps over the lazy dog, then some "
	                           "more words to fill a line of text in the pane.";
	cchar_t cells[COLS_LINE];
	wchar_t wline[COLS_LINE + 1];
	char line[COLS_LINE + 1];
	int opt, n;

	while ((opt = getopt(argc, argv, "c:")) != -1) {
		if (opt == 'c')
			cgout = optarg;
		else
			die("usage: bench_copy -c CALLGRIND_OUT (under callgrind)");
	}
	if (!cgout)
		die("usage: bench_copy -c CALLGRIND_OUT (under callgrind)");
	setlocale(LC_ALL, "C.UTF-8");
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *sc = out && in ? newterm("xterm-256color", out, in) : NULL;
	if (!sc)
		die("no xterm-256color terminal description");
	set_term(sc);
	resizeterm(50, 160);
	ui_colors_setup(NULL, 0);
	attr_t a = ui_attr("body");
	for (int x = 0; x < COLS_LINE; x++)
		line[x] = text[x % (sizeof text - 1)], wline[x] = (wchar_t)line[x];
	line[COLS_LINE] = '\0', wline[COLS_LINE] = 0;
	ui_cells(line, COLS_LINE, COLS_LINE, a, NULL, cells, &n);
	WINDOW *pad = newpad(1, COLS_LINE);
	if (!pad || n != COLS_LINE)
		die("cannot make the line");
	mvwadd_wchnstr(pad, 0, 0, cells, n);
	settle();

	/* The line cache's way: the cells in one wadd_wchnstr. */
	CALLGRIND_TOGGLE_COLLECT;
	for (int y = 0; y < ROWS; y++)
		mvwadd_wchnstr(stdscr, y, AT, cells, n);
	CALLGRIND_TOGGLE_COLLECT;
	report("wadd_wchnstr");
	CALLGRIND_TOGGLE_COLLECT;
	wnoutrefresh(stdscr);
	CALLGRIND_TOGGLE_COLLECT;
	report("then_wnoutrefresh");
	settle();

	/* copywin from a pad holding the line: a compare and a copy a cell, but
	 * it touches the destination's whole row. */
	CALLGRIND_TOGGLE_COLLECT;
	for (int y = 0; y < ROWS; y++)
		copywin(pad, stdscr, 0, 0, y, AT, y, AT + COLS_LINE - 1, FALSE);
	CALLGRIND_TOGGLE_COLLECT;
	report("copywin");
	CALLGRIND_TOGGLE_COLLECT;
	wnoutrefresh(stdscr);
	CALLGRIND_TOGGLE_COLLECT;
	report("then_wnoutrefresh");
	settle();

	/* The string functions, in the window's attribute. */
	wattr_set(stdscr, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
	CALLGRIND_TOGGLE_COLLECT;
	for (int y = 0; y < ROWS; y++)
		mvwaddnwstr(stdscr, y, AT, wline, COLS_LINE);
	CALLGRIND_TOGGLE_COLLECT;
	report("waddnwstr");
	settle();
	CALLGRIND_TOGGLE_COLLECT;
	for (int y = 0; y < ROWS; y++)
		mvwaddnstr(stdscr, y, AT, line, COLS_LINE);
	CALLGRIND_TOGGLE_COLLECT;
	report("waddnstr");
	printf("\n");
	delwin(pad);
	endwin();
	delscreen(sc);
	fclose(out);
	fclose(in);
	return 0;
}
#endif
