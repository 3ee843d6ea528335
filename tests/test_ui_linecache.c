/* test_ui_linecache: cells kept and copied (paragraphs, titles) are the cells drawing makes. */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ui/app.h"
#include "threadtag/text.h"

static SCREEN *sc;
static FILE *fin, *fout;

/* Paragraphs that exercise what the panes do to text before drawing it:
 * Markdown links shown as their text, URLs kept whole when they fit the hard
 * width, wide and combining characters, and escapes that must not pass. */
static const char *const paras[] = {
    "Plain words that wrap over several lines at a narrow width, with a match here.",
    "See [the city's report](https://example.org/report.pdf) on the match before you reply.",
    "https://example.org/a/very/long/address/that/is/wider/than/the/text/width?match=1 ends",
    "日本語の文章も折り返す。match 絵文字 "
    "🙂🙂🙂 と 한국어 텍스트 "
    "도 있다 match。",
    "Cafe\xcc\x81 au lait, na\xc3\xafve \x1b[31mred\x1b[0m and a bell \x07 in the match.",
    "",
};

static int setup(void **state)
{
	(void)state;
	fout = fopen("/dev/null", "w");
	fin = fopen("/dev/null", "r");
	sc = newterm("xterm-256color", fout, fin);
	assert_non_null(sc);
	set_term(sc);
	resizeterm(30, 120);
	ui_colors_setup(NULL, 0);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	endwin();
	delscreen(sc);
	fclose(fin);
	fclose(fout);
	return 0;
}

/* Cells [0, n) of rows y1 and y2 are the same characters in the same attributes. */
static void assert_rows_equal(int y1, int y2, int n, const char *what)
{
	for (int x = 0; x < n; x++) {
		cchar_t a, b;
		wchar_t wa[CCHARW_MAX + 1], wb[CCHARW_MAX + 1];
		attr_t aa, ab;
		short pa, pb;

		mvwin_wch(stdscr, y1, x, &a);
		mvwin_wch(stdscr, y2, x, &b);
		getcchar(&a, wa, &aa, &pa, NULL);
		getcchar(&b, wb, &ab, &pb, NULL);
		if (wcscmp(wa, wb) || aa != ab || pa != pb)
			fail_msg("%s: column %d differs", what, x);
	}
}

/* Cells [0, n) of rows y1 and y2 are the same cchar_t, byte for byte (the
 * second column of a wide character included). */
static void assert_cells_identical(int y1, int y2, int n, const char *what)
{
	for (int x = 0; x < n; x++) {
		cchar_t a, b;

		memset(&a, 0, sizeof a);
		memset(&b, 0, sizeof b);
		mvwin_wch(stdscr, y1, x, &a);
		mvwin_wch(stdscr, y2, x, &b);
		if (memcmp(&a, &b, sizeof a))
			fail_msg("%s: cell %d differs", what, x);
	}
}

/* The line cache's cells as they were made before ui_cells: ui_put on a
 * one-row pad, every column read back with mvwin_wch, then copied with
 * mvwadd_wchnstr (which passes over a wide character's second column). */
static int put_through_pad(int y, const char *s, size_t len, attr_t a, const char *pattern,
                           int maxw)
{
	WINDOW *pad = newpad(1, maxw);
	cchar_t *cells = calloc((size_t)maxw, sizeof *cells);
	int used;

	assert_non_null(pad);
	assert_non_null(cells);
	used = ui_put(pad, 0, 0, maxw, s, len, a, pattern);
	for (int x = 0; x < used; x++)
		mvwin_wch(pad, 0, x, &cells[x]);
	if (used)
		mvwadd_wchnstr(stdscr, y, 0, cells, used);
	delwin(pad);
	free(cells);
	return used;
}

/* A drawing of sanitised s[0..len) at row y made apart from ui_put, a
 * character at a time with wadd_wch as the panes once drew (combining marks on
 * their base's cell, a lone one on a space, hits of pattern by its code
 * points), to hold ui_put and the cache to. Returns the columns used. */
static int put_by_cell(int y, const char *s, size_t len, attr_t a, const char *pattern, int maxw)
{
	unsigned char hit[4096] = {0};
	size_t plen = pattern ? strlen(pattern) : 0;
	attr_t hita = ui_attr("search-hit");
	int x = 0;
	long at;

	assert_true(len <= sizeof hit);
	for (size_t from = 0; plen && (at = tt_text_find(s, len, from, pattern)) >= 0;) {
		size_t i = (size_t)at, np = 0;
		uint32_t cp;

		while (np < plen && i < len) {
			np += tt_utf8_decode(pattern + np, plen - np, &cp);
			i += tt_utf8_decode(s + i, len - i, &cp);
		}
		memset(hit + at, 1, i - (size_t)at);
		from = i > (size_t)at ? i : (size_t)at + 1;
	}
	for (size_t i = 0; i < len;) {
		wchar_t wc[CCHARW_MAX + 1];
		int nc = 0, cw;
		size_t start = i;
		uint32_t cp;
		cchar_t cell;
		attr_t ca;

		i += tt_utf8_decode(s + i, len - i, &cp);
		cw = tt_text_cp_width(cp);
		wc[nc++] = (wchar_t)cp;
		while (i < len) {
			size_t n = tt_utf8_decode(s + i, len - i, &cp);
			if (tt_text_cp_width(cp) != 0)
				break;
			if (nc < CCHARW_MAX - 1)
				wc[nc++] = (wchar_t)cp;
			i += n;
		}
		wc[nc] = 0;
		if (cw <= 0)
			wc[0] = L' ', wc[1] = 0, cw = 1;
		if (x + cw > maxw)
			break;
		ca = hit[start] ? hita : a;
		setcchar(&cell, wc, ca & ~A_COLOR, (short)PAIR_NUMBER(ca), NULL);
		mvwadd_wch(stdscr, y, x, &cell);
		x += cw;
	}
	return x;
}

/* Draws para through the cache and the way the panes drew it before there was
 * one (links_display, sanitise, ui_wrap_line, ui_put) into maxw columns and
 * compares every line. */
static void check_in(struct view *v, const char *para, int cols, int hard, attr_t a,
                     const char *pattern, int maxw)
{
	struct lc_entry *e = lc_get(v, para, cols, hard, a, pattern);
	int n = 0;
	tt_buf shown = {0}, san = {0};
	size_t pos = 0;
	tt_line l;
	char what[96];

	links_display(para, strlen(para), &shown);
	tt_text_sanitize(shown.data, shown.len, 1, &san);
	while (ui_wrap_line(san.data, san.len, &pos, cols, hard, &l)) {
		assert_true(n < lc_count(e));
		erase();
		int used =
		    ui_put(stdscr, 0, 0, maxw, san.data + l.start, l.end - l.start, a, pattern);
		assert_int_equal(lc_put(v, stdscr, 1, 0, maxw, e, n), used);
		assert_int_equal(
		    put_through_pad(2, san.data + l.start, l.end - l.start, a, pattern, maxw),
		    used);
		assert_int_equal(
		    put_by_cell(3, san.data + l.start, l.end - l.start, a, pattern, maxw), used);
		snprintf(what, sizeof what, "line %d at %d/%d, %s", n, cols, hard,
		         pattern ? pattern : "no pattern");
		assert_rows_equal(0, 1, maxw, what);
		assert_cells_identical(0, 1, COLS, what);
		assert_cells_identical(2, 1, COLS, what);
		assert_cells_identical(3, 1, COLS, what);
		n++;
	}
	assert_int_equal(lc_count(e), n);
	tt_buf_free(&shown);
	tt_buf_free(&san);
}

/* check_in with room for the widest line. */
static void check_same(struct view *v, const char *para, int cols, int hard, attr_t a,
                       const char *pattern)
{
	check_in(v, para, cols, hard, a, pattern, (hard > cols ? hard : cols) + 3);
}

/* Every part of the key matters: the same paragraph asked for at another width,
 * URL width, attribute or pattern, in any order, never gets another's lines. */
static void cache_matches_uncached_drawing_for_every_key(void **state)
{
	static const int widths[][2] = {{12, 12}, {12, 90}, {30, 30}, {30, 90}, {70, 70}};
	const attr_t attrs[] = {ui_attr("body"), ui_attr("selection"), A_BOLD};
	const char *const pats[] = {NULL, "match", "the"};
	struct view v = {.rows = LINES, .cols = COLS};

	(void)state;
	for (int pass = 0; pass < 2; pass++) /* the second pass is served from the cache */
		for (size_t p = 0; p < sizeof paras / sizeof *paras; p++)
			for (size_t wi = 0; wi < sizeof widths / sizeof *widths; wi++)
				for (size_t ai = 0; ai < sizeof attrs / sizeof *attrs; ai++)
					for (size_t k = 0; k < sizeof pats / sizeof *pats; k++)
						check_same(&v, paras[p], widths[wi][0],
						           widths[wi][1], attrs[ai], pats[k]);
	lc_free(&v);
	assert_null(v.lc);
}

/* A long URL stays whole when the hard width allows it and is cut when not:
 * the hard width is part of the key, not only the text width. */
static void hard_width_changes_the_lines(void **state)
{
	struct view v = {.rows = LINES, .cols = COLS};
	int narrow, wide;

	(void)state;
	narrow = lc_count(lc_get(&v, paras[2], 20, 20, A_NORMAL, NULL));
	wide = lc_count(lc_get(&v, paras[2], 20, 100, A_NORMAL, NULL));
	assert_true(narrow > wide);
	assert_int_equal(wide, 2); /* the URL, then "ends" */
	lc_free(&v);
}

/* Links show as their text: the URL of a Markdown link is not among the lines. */
static void links_show_as_their_text(void **state)
{
	struct view v = {.rows = LINES, .cols = COLS};
	struct lc_entry *e = lc_get(&v, paras[1], 200, 200, A_NORMAL, NULL);
	char line[256];

	(void)state;
	assert_int_equal(lc_count(e), 1);
	erase();
	lc_put(&v, stdscr, 0, 0, 200, e, 0);
	mvinnstr(0, 0, line, 100);
	assert_non_null(strstr(line, "See the city's report on the match"));
	assert_null(strstr(line, "example.org"));
	lc_free(&v);
}

/* A paragraph asked for again with the same key is not wrapped again. */
static void same_key_is_served_from_the_cache(void **state)
{
	struct view v = {.rows = LINES, .cols = COLS};
	struct lc_entry *a = lc_get(&v, paras[0], 25, 40, A_NORMAL, "match");

	(void)state;
	lc_get(&v, paras[3], 25, 40, A_NORMAL, "match");
	assert_ptr_equal(lc_get(&v, paras[0], 25, 40, A_NORMAL, "match"), a);
	lc_free(&v);
}

/* Another theme (here NO_COLOR) gives search hits other attributes: cells made
 * under the old one must not be copied. */
static void theme_change_renders_again(void **state)
{
	struct view v = {.rows = LINES, .cols = COLS};
	attr_t hit_before = ui_attr("search-hit");

	(void)state;
	check_same(&v, paras[0], 30, 30, A_NORMAL, "match");
	ui_colors_setup(NULL, 1);
	assert_int_not_equal(ui_attr("search-hit"), hit_before);
	check_same(&v, paras[0], 30, 30, A_NORMAL, "match");
	ui_colors_setup(NULL, 0);
	check_same(&v, paras[0], 30, 30, A_NORMAL, "match");
	lc_free(&v);
}

/* Past its cap the cache starts again and still draws what it should. */
static void cache_stays_right_past_its_cap(void **state)
{
	struct view v = {.rows = LINES, .cols = COLS};

	(void)state;
	for (int round = 0; round < 3; round++)
		for (int cols = 1; cols <= 600; cols++)
			for (size_t p = 0; p < 2; p++)
				lc_count(lc_get(&v, paras[p], cols, cols + round, A_NORMAL, NULL));
	check_same(&v, paras[1], 30, 90, A_NORMAL, "match");
	check_same(&v, paras[2], 20, 20, A_NORMAL, "match");
	lc_free(&v);
}

/* A narrower place than the lines were wrapped for cuts them as ui_put does,
 * wide characters included. */
static void narrower_place_cuts_like_ui_put(void **state)
{
	struct view v = {.rows = LINES, .cols = COLS};

	(void)state;
	for (int maxw = 1; maxw < 12; maxw++) {
		check_in(&v, paras[3], 40, 40, A_NORMAL, "match", maxw);
		check_in(&v, paras[0], 40, 40, A_NORMAL, "match", maxw);
	}
	lc_free(&v);
}

/* Pieces of awkward text: wide (CJK, Korean, emoji), combining marks (also
 * at the start of a line, where they stand alone), zero-width joiners (inside
 * an emoji sequence and alone), tabs, control bytes and escapes, bidi
 * controls, invalid UTF-8 (a stray continuation, a cut sequence, an overlong
 * form), Markdown links and emphasis, bare URLs, newlines kept as breaks. */
static const char *const pieces[] = {
    "word",
    "the",
    "match",
    "a",
    "ab",
    " ",
    "  ",
    "日本語",
    "折り返す",
    "한국어",
    "🙂",
    "👩\xe2\x80\x8d👩\xe2\x80\x8d👧",
    "\xe2\x80\x8d",
    "e\xcc\x81",
    "\xcc\x81\xcc\x88",
    "\t",
    "\x01",
    "\x1b[31m",
    "\x7f",
    "\xc2\x9b",
    "\xe2\x80\xae",
    "\xff",
    "\xe3\x81",
    "\xc0\xaf",
    "[the report](https://example.org/r.pdf)",
    "**bold**",
    "_it_",
    "`code`",
    "https://example.org/a/long/address?q=1&match=2",
    "\n",
    "x\xef\xb8\x8f",
    "\xef\xbb\xbf",
};

/* A paragraph of n random pieces (fixed seed: the same paragraphs every run). */
static void random_para(unsigned *seed, tt_buf *out)
{
	int n = 1 + (int)(rand_r(seed) % 40);

	out->len = 0;
	tt_buf_add(out, "", 0);
	for (int i = 0; i < n; i++) {
		const char *p = pieces[rand_r(seed) % (sizeof pieces / sizeof *pieces)];
		tt_buf_add(out, p, strlen(p));
		if (rand_r(seed) % 3)
			tt_buf_addc(out, ' ');
	}
}

/* The cells the cache makes without a pad are the ones the pad made, for many
 * paragraphs of awkward text at many widths, with and without search hits. */
static void cells_without_a_pad_are_the_pads(void **state)
{
	static const int widths[][2] = {{1, 1},   {2, 2},   {3, 9},  {7, 7},
	                                {12, 60}, {31, 31}, {80, 80}};
	const char *const pats[] = {NULL, "a", "日", "e\xcc\x81"};
	struct view v = {.rows = LINES, .cols = COLS};
	unsigned seed = 12;
	tt_buf para = {0};
	char **kept = calloc(300, sizeof *kept);

	(void)state;
	assert_non_null(kept);
	for (int p = 0; p < 300; p++) {
		random_para(&seed, &para);
		kept[p] = tt_xstrdup(para.data); /* the key is the paragraph's address */
		for (size_t wi = 0; wi < sizeof widths / sizeof *widths; wi++)
			check_same(&v, kept[p], widths[wi][0], widths[wi][1],
			           p % 2 ? ui_attr("body") : A_BOLD, pats[p % 4]);
	}
	lc_free(&v); /* before the paragraphs its entries are keyed by */
	for (int p = 0; p < 300; p++)
		free(kept[p]);
	free(kept);
	tt_buf_free(&para);
}

/* Lines exactly the width, in ASCII, in wide characters, and a wide character
 * that would end one column past it; a line that starts with a lone combining
 * mark or joiner (shown on a space the wrapping does not count). */
static void lines_exactly_the_width(void **state)
{
	static const char *const exact[] = {
	    "abcdefghij abcdefghij abcdefghij",
	    "日本語日本 日本語日本 日本語日本",
	    "abcdefghi日 abcdefghi日",
	    "\xcc\x81"
	    "abcdefghi abcdefghij",
	    "\xe2\x80\x8d"
	    "abcdefghi \xe2\x80\x8d\xe2\x80\x8d",
	    "🙂🙂🙂🙂🙂 🙂🙂🙂🙂🙂",
	};
	struct view v = {.rows = LINES, .cols = COLS};

	(void)state;
	for (size_t p = 0; p < sizeof exact / sizeof *exact; p++)
		for (int cols = 9; cols <= 11; cols++) {
			check_same(&v, exact[p], cols, cols, A_NORMAL, NULL);
			check_in(&v, exact[p], cols, cols, A_NORMAL, "a", cols);
		}
	lc_free(&v);
}

/* A pane's title as it was drawn before ui_pane_title copied its line: a
 * wadd_wch of the line per column, the attribute over the row, the text. */
static void title_by_cell(struct rect r, const char *title, int focused)
{
	attr_t a = ui_attr(focused ? "border.focus" : "border");

	for (int x = 0; x < r.w; x++)
		mvwadd_wch(stdscr, r.y, r.x + x, WACS_HLINE);
	mvwchgat(stdscr, r.y, r.x, r.w, a & ~A_COLOR, (short)PAIR_NUMBER(a), NULL);
	if (r.w > 4) {
		int x = r.x + 1;
		x += ui_put(stdscr, r.y, x, r.w - 2, focused ? "[" : " ", 1, a | A_BOLD, NULL);
		x += ui_put(stdscr, r.y, x, r.x + r.w - x - 1, title, strlen(title),
		            a | (focused ? A_BOLD : 0), NULL);
		ui_put(stdscr, r.y, x, r.x + r.w - x, focused ? "]" : " ", 1, a | A_BOLD, NULL);
	}
}

/* Row y's cells and the cursor, to compare two drawings of it. */
static void snap_row(int y, cchar_t *cells, int *cy, int *cx)
{
	for (int x = 0; x < COLS; x++) {
		memset(&cells[x], 0, sizeof cells[x]);
		mvwin_wch(stdscr, y, x, &cells[x]);
	}
	move(*cy, *cx); /* mvwin_wch moved it: put it back before reading it */
	getyx(stdscr, *cy, *cx);
}

/* ui_pane_title, which draws its line's first cell and repeats it, leaves the
 * cells and the cursor the line drawn a cell at a time left: at every width,
 * at the screen's right edge and on its last row, focused or not, with a
 * title of wide characters. */
static void pane_title_is_the_line_drawn_cell_by_cell(void **state)
{
	static const char *const titles[] = {"Comments (1000)", "日本語のタイトル🙂", ""};
	static const int widths[] = {1, 2, 3, 4, 5, 6, 9, 17, 40};
	cchar_t *want = calloc((size_t)COLS, sizeof *want),
	        *got = calloc((size_t)COLS, sizeof *got);

	(void)state;
	assert_non_null(want);
	assert_non_null(got);
	for (size_t t = 0; t < sizeof titles / sizeof *titles; t++)
		for (size_t wi = 0; wi < sizeof widths / sizeof *widths; wi++)
			for (int place = 0; place < 4; place++) {
				int w = widths[wi], y = place & 1 ? LINES - 1 : 3;
				struct rect r = {
				    .y = y, .x = place & 2 ? COLS - w : 7, .w = w, .h = 5};
				int wy, wx, gy, gx;

				erase();
				title_by_cell(r, titles[t], place & 1);
				getyx(stdscr, wy, wx);
				snap_row(y, want, &wy, &wx);
				erase();
				ui_pane_title(stdscr, r, titles[t], place & 1);
				getyx(stdscr, gy, gx);
				snap_row(y, got, &gy, &gx);
				if (memcmp(want, got, (size_t)COLS * sizeof *want))
					fail_msg("title %zu, width %d, place %d: cells differ", t,
					         w, place);
				assert_int_equal(gy, wy);
				assert_int_equal(gx, wx);
			}
	free(want);
	free(got);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(cache_matches_uncached_drawing_for_every_key),
	    cmocka_unit_test(hard_width_changes_the_lines),
	    cmocka_unit_test(links_show_as_their_text),
	    cmocka_unit_test(same_key_is_served_from_the_cache),
	    cmocka_unit_test(theme_change_renders_again),
	    cmocka_unit_test(cache_stays_right_past_its_cap),
	    cmocka_unit_test(narrower_place_cuts_like_ui_put),
	    cmocka_unit_test(cells_without_a_pad_are_the_pads),
	    cmocka_unit_test(lines_exactly_the_width),
	    cmocka_unit_test(pane_title_is_the_line_drawn_cell_by_cell),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
