/* test_ui_agree: the agreement pane — grid counts, colours, the jump to a cell's comments, blind.
 */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../ui/app.h"
#include "threadtag/agree.h"
#include "threadtag/coding.h"
#include "threadtag/project.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread_yaml.h"

enum { SROWS = 40, SCOLS = 140 };

/* a5 replies to a4; every other comment is top-level. */
static const char alpha[] = "threadtag: 1\nid: alpha\narticle:\n  title: Alpha thread\n"
                            "comments:\n"
                            "  - id: a1\n    author: carol\n    body: [first of alpha]\n"
                            "  - id: a2\n    author: dave\n    body: [second of alpha]\n"
                            "  - id: a3\n    author: erin\n    body: [third of alpha]\n"
                            "  - id: a4\n    author: fay\n    body: [fourth of alpha]\n"
                            "    replies:\n"
                            "      - id: a5\n        author: gus\n        body: [reply]\n"
                            "  - id: a6\n    author: hal\n    body: [sixth of alpha]\n";
static const char beta[] = "threadtag: 1\nid: beta\narticle:\n  title: Beta thread\n"
                           "comments:\n"
                           "  - id: b1\n    author: ivy\n    body: [first of beta]\n"
                           "  - id: b2\n    author: jo\n    body: [second of beta]\n";

/* Each annotator's values per item, "" for none: ann is the viewer. */
static const char *const ann[] = {"a1", "favor",   "a2", "favor", "a3", "against", "a4", "favor",
                                  "a5", "neutral", "b1", "favor", "b2", "favor",   NULL};
static const char *const bob[] = {"a1", "favor", "a2", "against", "a3", "against", "a4", "against",
                                  "a6", "favor", "b1", "favor",   "b2", "against", NULL};

static SCREEN *sc;
static FILE *fin, *fout;
static tt_thread *T;
static tt_project *P;
static struct view V;
static char *dir;

static void report(const tt_error *e)
{
	fail_msg("unexpected error: %s", e->msg);
}

/* Writes who's values (pairs item, value) into their stores of both threads. */
static void write_stores(const char *who, const char *const *vals)
{
	const char *files[] = {"a.yaml", "b.yaml"};
	char *folder = tt_xasprintf("%s/tags/%s", dir, who);
	mkdir(folder, 0755);
	free(folder);
	for (int f = 0; f < 2; f++) {
		char *path = tt_xasprintf("%s/threads/%s", dir, files[f]);
		tt_error err;
		tt_thread *t = tt_thread_load(path, &err, NULL);
		assert_non_null(t);
		free(path);
		path = tt_xasprintf("%s/tags/%s/%s.yaml", dir, who, t->id);
		tt_tagstore *s = tt_tagstore_open(
		    t, &(tt_tagstore_opts){.path = path, .annotator = who}, &err, NULL);
		assert_non_null(s);
		for (size_t i = 0; vals[i]; i += 2)
			if (tt_thread_find(t, vals[i]))
				assert_int_equal(
				    tt_tagstore_set_value(s, vals[i], "stance", vals[i + 1], &err),
				    0);
		assert_int_equal(tt_tagstore_close(s, &err), 0);
		tt_thread_free(t);
		free(path);
	}
}

/* A project of two threads tagged by ann and bob (blind as asked), its first
 * thread open in a view as ann, on an offscreen screen. */
static void open_project(int blind, int no_color)
{
	char *tmp = tt_test_tmpdir(), *path;
	tt_error err;
	int rc;

	dir = tt_xasprintf("%s/study%d%d", tmp, blind, no_color);
	free(tmp);
	assert_int_equal(tt_project_init(dir, NULL, NULL, &err, &rc), 0);
	path = tt_xasprintf("%s/threads/a.yaml", dir);
	tt_test_write(path, alpha);
	free(path);
	path = tt_xasprintf("%s/threads/b.yaml", dir);
	tt_test_write(path, beta);
	free(path);
	if (blind) {
		path = tt_xasprintf("%s/%s", dir, TT_PROJECT_FILE);
		tt_test_write(path, "threadtag-project: 1\nblind: true\n");
		free(path);
	}
	write_stores("ann", ann);
	write_stores("bob", bob);
	P = tt_project_open(dir, &err, &rc);
	assert_non_null(P);
	T = tt_thread_load(P->threads[0], &err, NULL);
	assert_non_null(T);
	fout = fopen("/dev/null", "w");
	fin = fopen("/dev/null", "r");
	sc = newterm("xterm-256color", fout, fin);
	set_term(sc);
	resizeterm(SROWS, SCOLS);
	ui_colors_setup(NULL, no_color);
	view_init(&V, T);
	V.mouse = 0;
	ui_keymap_defaults();
	path = tt_project_store_path(P, "ann", "alpha");
	assert_int_equal(
	    tags_open(&V, &(struct tags_open_opts){.path = path, .annotator = "ann"}, report), 0);
	free(path);
	review_attach(&V, P, "ann");
	tags_set_headless(&V);
	ui_screen_setup(&V);
	ui_draw_all(&V, stdscr);
}

static void close_project(void)
{
	tags_close(&V, report);
	view_free(&V);
	endwin();
	delscreen(sc);
	fclose(fin);
	fclose(fout);
	tt_thread_free(T);
	tt_project_free(P);
	free(dir);
}

static void keys(const char *names)
{
	char *copy = tt_xstrdup(names), *save = NULL;

	for (char *k = strtok_r(copy, " ", &save); k; k = strtok_r(NULL, " ", &save)) {
		ui_key key = ui_key_parse(k);
		assert_int_not_equal(key, 0);
		ui_apply_key(&V, key, NULL);
		ui_draw_all(&V, stdscr);
	}
	free(copy);
}

static int on_screen(const char *s)
{
	char *text = ui_screen_text(stdscr);
	int r = strstr(text, s) != NULL;
	free(text);
	return r;
}

static char *row_text(int y)
{
	static char buf[SCOLS + 1];
	mvwinnstr(stdscr, y, 0, buf, SCOLS);
	return buf;
}

/* The screen row whose text starts (after a space) with name: a grid row. */
static int grid_row(const char *name)
{
	for (int y = 0; y < SROWS; y++) {
		const char *r = row_text(y);
		if (r[0] == ' ' && !strncmp(r + 1, name, strlen(name)) &&
		    r[1 + strlen(name)] == ' ')
			return y;
	}
	return -1;
}

/* The column just past the header label of category name, on header row hy:
 * labels are right-aligned over their counts. */
static int header_end(int hy, const char *name)
{
	const char *r = row_text(hy), *hit = strstr(r, name);
	return hit ? (int)(hit - r + (long)strlen(name)) : -1;
}

/* The count the grid shows in cell (row, col): the cell ends one column after
 * its label, and starts where the one before ends (next_col sets the width). */
static long cell(const char *row, const char *col, const char *next_col)
{
	int y = grid_row(row), hy = grid_row("favor") - 1, e = header_end(hy, col);
	int w = header_end(hy, next_col) - e, x = e + 1 - w;
	char buf[64];
	assert_true(y > 0 && e > 0 && w > 2 && x > 0);
	mvwinnstr(stdscr, y, x, buf, w);
	for (char *p = buf; *p; p++)
		if (*p == '[' || *p == ']')
			*p = ' ';
	return strtol(buf, NULL, 10);
}

/* The attribute and colour pair of the cell's last digit, under its label's end. */
static void cell_style(const char *row, const char *col, attr_t *a, short *pair)
{
	int y = grid_row(row), x = header_end(grid_row("favor") - 1, col) - 1;
	cchar_t cc;
	wchar_t wc[CCHARW_MAX + 1];
	assert_true(y > 0 && x > 0);
	assert_int_equal(mvwin_wch(stdscr, y, x, &cc), OK);
	assert_int_equal(getcchar(&cc, wc, a, pair, NULL), OK);
	assert_true(wc[0] >= L'0' && wc[0] <= L'9');
}

/* The confusion matrix of ann (rows) and bob (columns) over the open thread,
 * computed from the stores on disk with src/coding.c. Caller frees. */
static long *expected_matrix(size_t *ncats)
{
	tt_scheme *sch = tt_project_scheme(P);
	const char *coders[] = {"ann", "bob"};
	tt_coding *c = tt_coding_new(sch, "stance", coders, 2);
	tt_tagstore *st[2];
	int bad = 0;
	st[0] = tt_project_store_open(P, "ann", T, &bad);
	st[1] = tt_project_store_open(P, "bob", T, &bad);
	tt_coding_add_thread(c, T, "a.yaml", st);
	tt_agree_table t = tt_coding_table(c);
	long *m = tt_xcalloc(c->ncats * c->ncats, sizeof *m);
	tt_agree_confusion(&t, 0, 1, m);
	*ncats = c->ncats;
	tt_tagstore_close(st[0], NULL);
	tt_tagstore_close(st[1], NULL);
	tt_coding_free(c);
	tt_scheme_free(sch);
	return m;
}

/* Every cell of the grid shows what tt_agree_confusion counts; the figures of
 * the pair are kappa and alpha as src/agree.c gives them. */
static void grid_counts_equal_coding(void **state)
{
	(void)state;
	static const char *const cats[] = {"favor", "against", "neutral", "unclear", "off-topic"};
	size_t n;
	long *m;

	open_project(0, 0);
	keys("%");
	assert_int_equal(V.mode, MODE_AGREE);
	assert_true(on_screen("rows ann, columns bob"));
	m = expected_matrix(&n);
	assert_int_equal(n, 5);
	assert_int_equal(m[0 * 5 + 1], 2); /* the data is what the test means it to be */
	for (size_t r = 0; r < 5; r++)
		for (size_t c = 0; c + 1 < 5; c++)
			assert_int_equal(cell(cats[r], cats[c], cats[c + 1]), m[r * 5 + c]);
	free(m);
	/* a1 a2 a3 a4 coded by both; a5 only ann, a6 only bob */
	assert_true(on_screen("4 items both coded (1 only by the rows, 1 only by the columns)"));
	int codes[] = {0, 0, 0, 1, 1, 1, 0, 1};
	tt_agree_table t = {.nunits = 4, .ncoders = 2, .ncats = 5, .codes = codes};
	char want[128], fig[64];
	tt_agree_format(tt_agree_cohen(&t, 0, 1), 3, fig, sizeof fig);
	snprintf(want, sizeof want, "kappa %s ", fig);
	assert_true(on_screen(want));
	int all[] = {0, 0, 0, 1, 1, 1, 0, 1, 2, TT_AGREE_MISSING, TT_AGREE_MISSING, 0};
	tt_agree_table t6 = {.nunits = 6, .ncoders = 2, .ncats = 5, .codes = all};
	tt_agree_format(tt_agree_krippendorff_nominal(&t6), 3, fig, sizeof fig);
	snprintf(want, sizeof want, "alpha %s", fig);
	assert_true(on_screen(want));
	keys("<Esc>");
	assert_int_equal(V.mode, MODE_NORMAL);
	close_project();
}

/* The diagonal in agree.same, disagreements in agree.diff.N by their share of
 * the largest, empty cells plain; the cursor's cell bracketed. */
static void grid_colours(void **state)
{
	(void)state;
	attr_t a;
	short pair;

	open_project(0, 0);
	keys("%");
	cell_style("favor", "favor", &a, &pair);
	assert_int_equal(pair, PAIR_NUMBER(ui_attr("agree.same")));
	cell_style("favor", "against", &a, &pair); /* 2: the largest */
	assert_int_equal(pair, PAIR_NUMBER(ui_attr("agree.diff.3")));
	cell_style("neutral", "favor", &a, &pair); /* 0 */
	assert_int_equal(pair, PAIR_NUMBER(ui_attr("meta")));
	assert_int_not_equal(PAIR_NUMBER(ui_attr("agree.same")),
	                     PAIR_NUMBER(ui_attr("agree.diff.3")));
	int he = header_end(grid_row("favor") - 1, "favor"),
	    hn = header_end(grid_row("favor") - 1, "against");
	const char *r = row_text(grid_row("favor")); /* the cursor: the first cell */
	assert_true(strchr(r, '[') && strstr(r, "1]") && strchr(r, '[') < strstr(r, "1]"));
	assert_int_equal(strchr(r, '[') - r, he + 1 - (hn - he));
	assert_int_equal(strstr(r, "1]") - r, he - 1);
	close_project();
}

/* Under NO_COLOR (the mono theme) the grid still reads: agreement bold,
 * the largest disagreement reverse, and no colour pair anywhere. */
static void grid_without_colour(void **state)
{
	(void)state;
	attr_t a;
	short pair;

	open_project(0, 1);
	keys("%");
	cell_style("favor", "favor", &a, &pair);
	assert_true(a & A_BOLD);
	assert_int_equal(pair, 0);
	cell_style("favor", "against", &a, &pair);
	assert_true(a & A_REVERSE);
	assert_int_equal(pair, 0);
	cell_style("against", "favor", &a, &pair); /* 0 */
	assert_false(a & A_REVERSE);
	close_project();
}

/* Enter on favor×against limits the comments to a2 and a4; n/N and j/k go
 * between them; L Enter shows every comment again. */
static void enter_jumps_to_the_cell(void **state)
{
	(void)state;
	open_project(0, 0);
	keys("% l");
	assert_true(on_screen("cell favor×against: 2 comments"));
	assert_true(on_screen("a2 dave: second of alpha"));
	keys("<Enter>");
	assert_int_equal(V.mode, MODE_NORMAL);
	assert_true(V.limited);
	assert_int_equal(V.nlimit, 2);
	assert_string_equal(V.sel->id, "a2");
	assert_true(on_screen("cell favor×against: 2 comments"));
	keys("n");
	assert_string_equal(V.sel->id, "a4");
	assert_true(on_screen("cell favor×against: comment 2 of 2"));
	keys("N");
	assert_string_equal(V.sel->id, "a2");
	keys("j");
	assert_string_equal(V.sel->id, "a4");
	keys("L C-u <Enter>");
	assert_false(V.limited);
	keys("n"); /* the cell is gone with its limit: n is the search's again */
	assert_false(on_screen("cell favor×against"));
	close_project();
}

/* Enter on an empty cell says so and leaves the limit in force as it was. */
static void empty_cell_keeps_the_limit(void **state)
{
	(void)state;
	open_project(0, 0);
	keys("L f a v o r <Enter>");
	assert_true(V.limited);
	assert_int_equal(V.nlimit, 3); /* ann's favor: a1 a2 a4 */
	keys("% j j <Enter>");
	assert_true(on_screen("cell neutral×favor: 0 comments, none in this thread."));
	assert_int_equal(V.mode, MODE_AGREE);
	keys("<Esc> G");
	assert_true(V.limited);
	assert_int_equal(V.nlimit, 3);
	assert_string_equal(V.sel->id, "a4");
	close_project();
}

/* s takes in every thread of the project: beta adds b1 (favor×favor) and b2
 * (favor×against); Enter says how many of the cell are in this thread. */
static void whole_project(void **state)
{
	(void)state;
	open_project(0, 0);
	keys("% s");
	assert_true(on_screen("The whole project: 2 threads"));
	assert_int_equal(cell("favor", "favor", "against"), 2);
	assert_int_equal(cell("favor", "against", "neutral"), 3);
	assert_true(on_screen("b.yaml b1 ivy: first of beta"));
	keys("l");
	assert_true(on_screen("b.yaml b2 jo: second of beta"));
	keys("<Enter>");
	assert_true(on_screen("cell favor×against: 3 comments, 2 in this thread"));
	assert_int_equal(V.nlimit, 2);
	keys("% s"); /* back to this thread */
	assert_true(on_screen("This thread"));
	assert_int_equal(cell("favor", "favor", "against"), 1);
	close_project();
}

/* d goes to the reply dimension (only ann's a5 has none there: all zeros), c
 * through the pairs; the pane opens again where it was left. */
static void dimension_and_pair_keys(void **state)
{
	(void)state;
	open_project(0, 0);
	keys("% d");
	assert_true(on_screen("dimension reply"));
	assert_int_equal(grid_row("favor"), -1);
	assert_true(grid_row("agree") > 0);
	keys("d c");
	assert_true(on_screen("dimension stance"));
	assert_true(on_screen("Pair: ann × bob."));
	keys("<Esc> %");
	assert_true(on_screen("dimension stance"));
	close_project();
}

/* From the smallest usable screen up, the pane draws inside the screen and
 * its keys still work (run under ASan and valgrind, which see any overrun). */
static void small_screens(void **state)
{
	(void)state;
	static const int sizes[][2] = {{10, 40}, {12, 52}, {24, 80}, {9, 39}};
	open_project(0, 0);
	keys("%");
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		resizeterm(sizes[i][0], sizes[i][1]);
		ui_apply_key(&V, -KEY_RESIZE, NULL);
		ui_draw_all(&V, stdscr);
		keys("l l l l l l j j j j j j d c s");
		if (V.too_small)
			continue;
		assert_int_equal(V.mode, MODE_AGREE);
		assert_non_null(strstr(row_text(0), "Agreement"));
	}
	resizeterm(SROWS, SCOLS);
	ui_apply_key(&V, -KEY_RESIZE, NULL);
	close_project();
}

/* The pane's own keys, pressed outside it, say where they work. */
static void pane_keys_outside_the_pane(void **state)
{
	(void)state;
	open_project(0, 0);
	keys("c");
	assert_true(on_screen("agreement-pair works in the agreement pane, which % opens."));
	assert_int_equal(V.mode, MODE_NORMAL);
	close_project();
}

/* Blind: the key refuses with a message and nothing of bob's shows. */
static void blind_refuses(void **state)
{
	(void)state;
	open_project(1, 0);
	keys("%");
	assert_int_equal(V.mode, MODE_NORMAL);
	assert_true(on_screen("Agreement is off: this project is blind."));
	assert_false(on_screen("bob"));
	close_project();
}

static int reported;

static void count_report(const tt_error *e)
{
	(void)e;
	reported++;
}

/* A thread opened alone with --tags twice: the second store (bob's) is read
 * only, and the pane compares the two as it does in a project, this thread
 * only; a store that is not there is refused with 66 and a message. */
static void several_tags_stores(void **state)
{
	(void)state;
	open_project(0, 0);
	review_free(&V); /* the view as `threadtag --tags A --tags B THREAD` makes it */
	char *bob_store = tt_project_store_path(P, "bob", "alpha");
	const char *paths[] = {bob_store};
	assert_int_equal(review_attach_stores(&V, paths, 1, report), 0);
	keys("%");
	assert_true(on_screen("rows ann, columns bob"));
	assert_int_equal(cell("favor", "against", "neutral"), 2);
	keys("s");
	assert_true(on_screen("This thread only: the stores were given with --tags."));
	keys("<Esc>");
	agree_free(&V);
	review_free(&V);
	const char *missing[] = {"/nonexistent/bob.yaml"};
	reported = 0;
	assert_int_equal(review_attach_stores(&V, missing, 1, count_report), 66);
	assert_int_equal(reported, 1);
	free(bob_store);
	close_project();
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(grid_counts_equal_coding),
	    cmocka_unit_test(grid_colours),
	    cmocka_unit_test(grid_without_colour),
	    cmocka_unit_test(enter_jumps_to_the_cell),
	    cmocka_unit_test(whole_project),
	    cmocka_unit_test(dimension_and_pair_keys),
	    cmocka_unit_test(blind_refuses),
	    cmocka_unit_test(several_tags_stores),
	    cmocka_unit_test(empty_cell_keeps_the_limit),
	    cmocka_unit_test(pane_keys_outside_the_pane),
	    cmocka_unit_test(small_screens),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
