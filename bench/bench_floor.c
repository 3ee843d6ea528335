/* bench_floor: what ncurses alone costs to send the screen change of a key, the floor under a key's cost. */
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
#ifndef CALLGRIND_DUMP_STATS /* without valgrind's header: bytes only, no -c */
#define CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_DUMP_STATS
#define TT_NO_CALLGRIND 1
#else
#define TT_NO_CALLGRIND 0
#endif

#include "../ui/app.h"
#include "bench_util.h"
#include "threadtag/thread_yaml.h"

/* The viewer's screen is drawn on one offscreen screen, as the headless view
 * draws it (the same cells the real viewer shows: tests/test_ui_redraw.c
 * holds per-pane redraw to the full one). Each screen before and after a key
 * is copied cell by cell onto a second screen that does nothing else, and
 * only that screen's wrefresh is counted: what curses needs to compare and
 * send the change, with no drawing of ours. With -t the view has the tag
 * store the viewer is given, so a stance key has a floor too. */

struct shot {
	int rows, cols;
	cchar_t *cell;
};

static void die(const char *what)
{
	fprintf(stderr, "bench_floor: %s\n", what);
	exit(2);
}

static void snap(struct shot *s, int rows, int cols)
{
	s->rows = rows, s->cols = cols;
	s->cell = calloc((size_t)rows * (size_t)cols, sizeof *s->cell);
	if (!s->cell)
		die("out of memory");
	for (int y = 0; y < rows; y++)
		for (int x = 0; x < cols; x++)
			mvwin_wch(stdscr, y, x, &s->cell[(size_t)y * (size_t)cols + (size_t)x]);
}

/* The floor screen shows s where it differs from was (every row when was is
 * NULL): a changed row is copied whole as the line cache copies its cells
 * (wadd_wchnstr skips the second half of a wide character), an unchanged one
 * is not touched, as the viewer's per-pane redraw does not touch it. */
static void paint(const struct shot *s, const struct shot *was)
{
	ui_colors_setup(NULL, 0); /* pairs in the order the view made them: same numbers */
	for (int y = 0; y < s->rows; y++) {
		const cchar_t *row = s->cell + (size_t)y * (size_t)s->cols;
		if (was && !memcmp(row, was->cell + (size_t)y * (size_t)s->cols,
		                   (size_t)s->cols * sizeof *row))
			continue;
		mvwadd_wchnstr(stdscr, y, 0, row, s->cols);
	}
}

/* Instructions since the last dump, from the dump callgrind just wrote
 * (OUT.N, N counting from 1). */
static unsigned long long dumped(const char *cgout, int n)
{
	unsigned long long ir;
	if (bench_callgrind_dump(cgout, n, &ir) < 0)
		die("no callgrind dump (run under valgrind --tool=callgrind --collect-atstart=no)");
	return ir;
}

static int cmp_ull(const void *a, const void *b)
{
	unsigned long long x = *(const unsigned long long *)a, y = *(const unsigned long long *)b;
	return x < y ? -1 : x > y;
}

struct run {
	SCREEN *view_sc, *floor_sc;
	FILE *out; /* the floor screen's terminal: a file, to count bytes */
	struct view v;
	const char *cgout;
	int dumps;
};

/* One measured update of the floor screen from before to after. */
static void measure(struct run *R, const struct shot *before, const struct shot *after,
                    unsigned long long *ir, unsigned long long *bytes)
{
	long b0;

	set_term(R->floor_sc);
	paint(before, NULL);
	wrefresh(stdscr);
	paint(after, before);
	fflush(R->out);
	b0 = ftell(R->out);
	CALLGRIND_TOGGLE_COLLECT;
	wrefresh(stdscr);
	CALLGRIND_TOGGLE_COLLECT;
	fflush(R->out);
	*bytes = (unsigned long long)(ftell(R->out) - b0);
	*ir = 0;
	if (R->cgout) {
		CALLGRIND_DUMP_STATS;
		*ir = dumped(R->cgout, ++R->dumps);
	}
	set_term(R->view_sc);
}

/* Presses the keys of part `which` of spec (SETUP|KEYS|AFTER, as bench_pty
 * reads it; a spec without '|' is KEYS alone) and draws the view. */
static void press(struct run *R, const char *spec, int which)
{
	char part[3][64] = {"", "", ""};
	const char *bar = strchr(spec, '|'), *bar2 = bar ? strchr(bar + 1, '|') : NULL;
	size_t n;
	ui_key *k;

	if (!bar) {
		snprintf(part[1], sizeof part[1], "%s", spec);
	} else {
		snprintf(part[0], sizeof part[0], "%.*s", (int)(bar - spec), spec);
		snprintf(part[1], sizeof part[1], "%.*s",
		         (int)(bar2 ? bar2 - bar - 1 : (long)strlen(bar + 1)), bar + 1);
		snprintf(part[2], sizeof part[2], "%s", bar2 ? bar2 + 1 : "");
	}
	if (!part[which][0]) {
		if (which == 1)
			die("bad keys");
		return;
	}
	for (char *c = part[which]; *c; c++)
		if (*c == ',') /* a separator that needs no quoting in a shell's list */
			*c = ' ';
	k = ui_keys_parse(part[which], &n);
	if (!k || !n)
		die("bad keys");
	for (size_t j = 0; j < n; j++)
		ui_apply_key(&R->v, k[j], NULL);
	ui_draw_all(&R->v, stdscr);
	free(k);
}

/* Presses keys reps times on the view, as bench_pty does, and prints the
 * median floor of a press (of KEYS alone when the spec has a SETUP or AFTER). */
static void action(struct run *R, const char *name, const char *keys, int reps)
{
	unsigned long long *ir = calloc((size_t)reps, sizeof *ir);
	unsigned long long *bytes = calloc((size_t)reps, sizeof *bytes);

	if (!ir || !bytes)
		die("calloc");
	for (int i = 0; i < reps; i++) {
		struct shot before, after;
		press(R, keys, 0);
		snap(&before, LINES, COLS);
		press(R, keys, 1);
		snap(&after, LINES, COLS);
		measure(R, &before, &after, &ir[i], &bytes[i]);
		free(before.cell);
		free(after.cell);
		press(R, keys, 2);
	}
	qsort(ir, (size_t)reps, sizeof *ir, cmp_ull);
	qsort(bytes, (size_t)reps, sizeof *bytes, cmp_ull);
	printf("action=%s reps=%d bytes=%llu", name, reps, bytes[reps / 2]);
	if (R->cgout)
		printf(" ir=%llu ir_max=%llu", ir[reps / 2], ir[reps - 1]);
	printf("\n");
	fflush(stdout);
	free(ir);
	free(bytes);
}

static int usage(void)
{
	fprintf(stderr, "usage: bench_floor [-c CALLGRIND_OUT] [-n REPS] [-s ROWSxCOLS] [-t TAGS] "
	                "FILE [NAME=[SETUP|]KEYS[|AFTER]...]\n"
	                "  keys as the headless view names them: \"j\", \"C-f\", \"<Enter>\",\n"
	                "  several keys apart by spaces or commas: \"j,j,j\"\n"
	                "  -t TAGS: open that tag store, as the viewer's --tags (stance keys)\n");
	return 64;
}

static void report(const tt_error *e)
{
	tt_error_print(e);
}

int main(int argc, char **argv)
{
	static const char *const defaults[] = {"down=j",         "up=k",
	                                       "page-down=C-f",  "page-up=C-b",
	                                       "fold=|<Enter>|<Enter>",
	                                       "unfold=<Enter>|<Enter>", NULL};
	struct run R = {0};
	int reps = 5, rows = 50, cols = 160, opt;
	const char *tags = NULL;
	tt_error err;

	setlocale(LC_ALL, "");
	while ((opt = getopt(argc, argv, "c:n:s:t:")) != -1) {
		if (opt == 'c' && TT_NO_CALLGRIND)
			die("built without valgrind's header: no instruction counts (-c)");
		else if (opt == 'c')
			R.cgout = optarg;
		else if (opt == 'n')
			reps = atoi(optarg);
		else if (opt == 't')
			tags = optarg;
		else if (opt == 's' && sscanf(optarg, "%dx%d", &rows, &cols) == 2)
			;
		else
			return usage();
	}
	if (optind >= argc || reps < 1 || rows < 10 || cols < 40)
		return usage();
	tt_thread *t = tt_thread_load(argv[optind], &err, NULL);
	if (!t) {
		fprintf(stderr, "bench_floor: %s: %s\n", argv[optind], err.msg);
		return 65;
	}
	FILE *null_out = fopen("/dev/null", "w"), *null_in = fopen("/dev/null", "r");
	R.out = tmpfile();
	if (!null_out || !null_in || !R.out)
		die("cannot open /dev/null or a temporary file");
	R.floor_sc = newterm("xterm-256color", R.out, null_in);
	R.view_sc = newterm("xterm-256color", null_out, null_in);
	if (!R.floor_sc || !R.view_sc)
		die("no xterm-256color terminal description");
	/* The floor screen set up as the viewer's terminal is (ui_screen_setup). */
	set_term(R.floor_sc);
	resizeterm(rows, cols);
	cbreak();
	noecho();
	nonl();
	curs_set(0);
	set_term(R.view_sc);
	resizeterm(rows, cols);
	ui_colors_setup(NULL, 0);
	view_init(&R.v, t);
	R.v.mouse = 0;
	ui_keymap_defaults();
	/* With a store the screen is the viewer's with --tags: the tags pane's
	 * counts and chips, and a stance key that tags and moves on. */
	if (tags && tags_open(&R.v, &(struct tags_open_opts){.path = tags}, report) != 0)
		die("cannot open the tag store");
	if (tags)
		tags_set_headless(&R.v);
	ui_screen_setup(&R.v);
	ui_draw_all(&R.v, stdscr);
	if (optind + 1 < argc) {
		for (int i = optind + 1; i < argc; i++) {
			char *eq = strchr(argv[i], '=');
			if (!eq)
				return usage();
			*eq = '\0';
			action(&R, argv[i], eq + 1, reps);
		}
	} else {
		for (int i = 0; defaults[i]; i++) {
			char spec[64], *eq;
			snprintf(spec, sizeof spec, "%s", defaults[i]);
			eq = strchr(spec, '=');
			*eq = '\0';
			action(&R, spec, eq + 1, reps);
		}
	}
	if (tags && tags_close(&R.v, report) < 0)
		die("cannot close the tag store");
	view_free(&R.v);
	endwin();
	set_term(R.floor_sc);
	endwin();
	delscreen(R.view_sc);
	delscreen(R.floor_sc);
	fclose(R.out);
	fclose(null_out);
	fclose(null_in);
	tt_thread_free(t);
	return 0;
}
