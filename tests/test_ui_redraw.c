/* test_ui_redraw: drawing only what a key changed leaves the screen a full redraw would draw. */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_harness.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread_yaml.h"
static uih H;
static WINDOW *ref; /* the full redraw, drawn beside the screen for comparing */
static int rails_drawn; /* the full redraw draws every rail (none copied) */

/* Opens a thread of the repository with a fresh tag store at rows x cols. */
static void open_view(const char *thread, int rows, int cols, int no_color)
{
	/* the clock fixed: relative times must not age during the test */
	uih_open(&H, &(struct uih_opts){.path = thread,
	                                .rows = rows,
	                                .cols = cols,
	                                .no_color = no_color,
	                                .now = 1741700000});
	ref = newwin(rows, cols, 0, 0);
	assert_non_null(ref);
}

static void close_view(void)
{
	delwin(ref);
	uih_close(&H);
}

/* Every cell of the screen (characters, attributes, colour pair) is the cell
 * a full redraw of the same view draws. */
static void assert_same_as_full(const char *after)
{
	comments_rail_copy(!rails_drawn);
	ui_draw_all(&H.V, ref);
	comments_rail_copy(1);
	for (int y = 0; y < getmaxy(stdscr); y++)
		for (int x = 0; x < getmaxx(stdscr); x++) {
			cchar_t a, b;
			wchar_t wa[CCHARW_MAX + 1], wb[CCHARW_MAX + 1];
			attr_t aa, ab;
			short pa, pb;
			assert_int_equal(mvwin_wch(stdscr, y, x, &a), OK);
			assert_int_equal(mvwin_wch(ref, y, x, &b), OK);
			getcchar(&a, wa, &aa, &pa, NULL);
			getcchar(&b, wb, &ab, &pb, NULL);
			if (wcscmp(wa, wb) || (aa & ~A_COLOR) != (ab & ~A_COLOR) || pa != pb) {
				char *drawn = ui_screen_text(stdscr), *full = ui_screen_text(ref);
				/* cmocka cuts long messages: the screens go to stderr whole. */
				fprintf(stderr, "drawn:\n%sfull:\n%s", drawn, full);
				free(drawn);
				free(full);
				fail_msg(
				    "after %s: cell %d,%d differs (%lc %lx/%d, full %lc %lx/%d)",
				    after, y, x, (wint_t)wa[0], (unsigned long)aa, pa,
				    (wint_t)wb[0], (unsigned long)ab, pb);
			}
		}
}

/* Applies one key name (or "<Resize:ROWSxCOLS>") and draws as the key loop does. */
static void key(const char *name)
{
	int rows, cols, rd;

	if (!strcmp(name, "<Tick>")) { /* an idle moment an hour later: "3 h" is "4 h" */
		rd = ui_idle_tick(&H.V, H.V.now + 3600);
	} else if (sscanf(name, "<Resize:%dx%d>", &rows, &cols) == 2) {
		resizeterm(rows, cols);
		wresize(ref, rows, cols);
		rd = ui_apply_key(&H.V, -KEY_RESIZE, NULL);
	} else {
		ui_key k = ui_key_parse(name);
		assert_int_not_equal(k, 0);
		rd = ui_apply_key(&H.V, k, NULL);
	}
	assert_false(rd & RD_QUIT);
	if (rd)
		ui_draw(&H.V, stdscr, rd);
	assert_same_as_full(name);
}

static void keys(const char *names)
{
	char *copy = tt_xstrdup(names), *save = NULL;

	for (char *k = strtok_r(copy, " ", &save); k; k = strtok_r(NULL, " ", &save))
		key(k);
	free(copy);
}

/* Groups of keys that leave the view in normal mode: overlays and prompts
 * are opened and closed in one group. */
static const char *const moves[] = {"j",
                                    "k",
                                    "j",
                                    "j",
                                    "k",
                                    "J",
                                    "K",
                                    "]",
                                    "[",
                                    "p",
                                    "g",
                                    "G",
                                    "C-d",
                                    "C-u",
                                    "C-f",
                                    "C-b",
                                    "C-e",
                                    "C-y",
                                    "<Space>",
                                    "<Enter>",
                                    "F",
                                    "C",
                                    "E",
                                    "1",
                                    "2",
                                    "3",
                                    "1",
                                    "u",
                                    "C-r",
                                    "x",
                                    ">",
                                    "<",
                                    "}",
                                    "{",
                                    "o",
                                    "D",
                                    "P",
                                    "<Tab>",
                                    "<S-Tab>",
                                    "z",
                                    "n",
                                    "N",
                                    "/ t h e <Enter>",
                                    "/ z z q x <Enter>",
                                    "/ <Enter>",
                                    "? <Esc>",
                                    "A <Esc>",
                                    "f <Esc>",
                                    "f <Esc>",
                                    "~ w h y <Enter>",
                                    "L u n t a g g e d <Enter>",
                                    "L <Enter>",
                                    "i o k <Enter>",
                                    "t <Esc>",
                                    "<Resize:30x100>",
                                    "<Resize:50x160>",
                                    "C-l",
                                    ")",
                                    "(",
                                    ") ) <Enter>",
                                    "% <Esc>",
                                    "<Tick>"};

/* A long walk of keys chosen by a fixed generator, so a failure repeats. */
static void walk(unsigned seed, int steps)
{
	for (int i = 0; i < steps; i++) {
		seed = seed * 1103515245u + 12345u;
		const char *g = moves[(seed >> 16) % (sizeof moves / sizeof *moves)];
		/* Moves are most of what a reader does: half the steps are j or k. */
		keys((seed >> 8) & 1 ? g : (seed >> 9) & 1 ? "j" : "k");
	}
}

static void nested_wide(void **state)
{
	(void)state;
	open_view("samples/nested-old-town-car-ban.yaml", 50, 160, 0);
	keys("j j j j j j j j j j j j j j j j k k k k 1 j 2 j 3 k k <Enter> j j <Enter> k");
	keys("C-f C-f C-b j C-e C-e C-e j k C-y G k k g");
	for (unsigned seed = 1; seed <= 3; seed++)
		walk(seed, 600);
	close_view();
}

static void nested_tall_no_color(void **state)
{
	(void)state;
	open_view("samples/nested-old-town-car-ban.yaml", 40, 80, 1);
	keys("j j j k 1 j j 2 P j j k k P j <Tab> j j k <Tab> <Tab> j");
	for (unsigned seed = 11; seed <= 12; seed++)
		walk(seed, 600);
	close_view();
}

static void long_comments_small(void **state)
{
	(void)state;
	/* Comments taller than the pane: j scrolls inside one, under the sticky header. */
	open_view("samples/ukraine-security-guarantees.yaml", 12, 40, 0);
	keys("j j j j j j j k k k k j 1 j j D j k");
	for (unsigned seed = 21; seed <= 22; seed++)
		walk(seed, 400);
	close_view();
}

static void hostile_and_wide(void **state)
{
	(void)state;
	open_view("tests/data/hostile.yaml", 24, 120, 0);
	walk(4, 300);
	close_view();
	open_view("tests/data/wide.yaml", 24, 120, 0);
	walk(5, 300);
	close_view();
}

/* A j that moves the selection within the pane touches only the lines of the
 * two headers, the tags pane and the status line: the article is not drawn. */
static void j_touches_only_what_changed(void **state)
{
	int ah, touched = 0;

	(void)state;
	open_view("samples/nested-old-town-car-ban.yaml", 60, 100, 0);
	ah = H.V.r[PANE_ARTICLE].h; /* the tall layout: the article spans the top rows */
	assert_true(ah > 2 && H.V.r[PANE_COMMENTS].y == ah);
	untouchwin(stdscr);
	key("j");
	for (int y = 0; y < ah; y++)
		assert_false(is_linetouched(stdscr, y));
	for (int y = H.V.r[PANE_COMMENTS].y; y < H.V.r[PANE_COMMENTS].y + H.V.r[PANE_COMMENTS].h; y++)
		touched += is_linetouched(stdscr, y) == TRUE;
	assert_int_equal(touched, 2);
	assert_true(is_linetouched(stdscr, H.V.rows - 1));
	close_view();
}

/* Collapsing every comment while the top one was scrolled into left the
 * offset past its one line: the comments were drawn from above their pane,
 * over the article (the redraw walk found it). */
static void fold_with_top_scrolled_stays_in_pane(void **state)
{
	struct rect a;

	(void)state;
	open_view("samples/nested-old-town-car-ban.yaml", 30, 100, 0);
	keys("C-e C-e C-e C-e C-e C-e C-e C-e C-e C-e C-e");
	assert_true(H.V.top_off > 1);
	keys("C");
	assert_true(H.V.top_off < comments_height(&H.V, H.V.top));
	/* The article's rows hold what the article alone draws. */
	a = H.V.r[PANE_ARTICLE];
	ui_draw_all(&H.V, stdscr);
	werase(ref);
	pane_article.draw(&H.V, ref, a);
	for (int y = a.y; y < a.y + a.h; y++)
		for (int x = a.x; x < a.x + a.w; x++) {
			cchar_t s, r;
			assert_int_equal(mvwin_wch(stdscr, y, x, &s), OK);
			assert_int_equal(mvwin_wch(ref, y, x, &r), OK);
			assert_int_equal(s.chars[0], r.chars[0]);
		}
	close_view();
}

/* Rails copied from the kept ones are the rails drawn one by one: deep
 * replies (a chain of 12, and capped indents in a narrow pane), colours and
 * NO_COLOR, sizes where the last rail has one column of room. */
static void copied_rails_are_drawn_rails(void **state)
{
	static const struct {
		const char *thread;
		int rows, cols, no_color;
	} runs[] = {
	    {"tests/data/deep.yaml", 24, 120, 0},
	    {"tests/data/deep.yaml", 30, 50, 1},
	    {"tests/data/deep.yaml", 24, 44, 0},
	    {"samples/nested-old-town-car-ban.yaml", 50, 160, 0},
	    {"samples/nested-old-town-car-ban.yaml", 40, 80, 1},
	};

	(void)state;
	rails_drawn = 1;
	for (size_t i = 0; i < sizeof runs / sizeof *runs; i++) {
		open_view(runs[i].thread, runs[i].rows, runs[i].cols, runs[i].no_color);
		keys("j j j j j j j j j j j j C-f C-b <Enter> j <Enter> G k k g");
		walk(31 + (unsigned)i, 300);
		close_view();
	}
	rails_drawn = 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(nested_wide),
	    cmocka_unit_test(nested_tall_no_color),
	    cmocka_unit_test(long_comments_small),
	    cmocka_unit_test(hostile_and_wide),
	    cmocka_unit_test(j_touches_only_what_changed),
	    cmocka_unit_test(fold_with_top_scrolled_stays_in_pane),
	    cmocka_unit_test(copied_rails_are_drawn_rails),
	};

	setlocale(LC_ALL, "C.UTF-8");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
