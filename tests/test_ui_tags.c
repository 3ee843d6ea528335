/* test_ui_tags: tagging from the view — keys, labels, notes, undo, limit, chips, counts. */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_harness.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread_yaml.h"

static uih H;

static int open_all(void **state)
{
	(void)state;
	uih_open(&H, &(struct uih_opts){.path = "tests/data/small.yaml", .rows = 40, .cols = 140});
	return 0;
}

static int close_all(void **state)
{
	(void)state;
	uih_close(&H);
	return 0;
}

static void keys(const char *names)
{
	uih_keys(&H, names);
}

static char *screen(void)
{
	return ui_screen_text(stdscr);
}

static const char *value(const char *item, size_t dim)
{
	return uih_value(&H, item, dim);
}


static void stance_keys_set_clear_and_advance(void **state)
{
	(void)state;
	keys("g 1");
	assert_string_equal(value("c1", 0), "favor");
	assert_string_equal(H.V.sel->id, "c2"); /* advance after tag */
	assert_true(uih_on_screen(" favor "));
	assert_true(uih_on_screen("1 tagged"));
	keys("k 1");
	assert_null(value("c1", 0)); /* the same key again clears */
	assert_string_equal(H.V.sel->id, "c1");
	keys("o 2");
	assert_string_equal(value("c1", 0), "against");
	assert_string_equal(H.V.sel->id, "c1"); /* advance off: stays */
	keys("o");
	assert_true(H.V.advance);
}

static void reply_keys_only_on_replies(void **state)
{
	(void)state;
	keys("g 6");
	assert_null(value("c1", 1));
	assert_true(uih_on_screen("is for replies"));
	keys("j 6");
	assert_string_equal(value("c2", 1), "agree");
	assert_true(uih_on_screen(" agree "));
}

static void labels_notes_undo_redo(void **state)
{
	(void)state;
	keys("g t s <Enter>");
	assert_true(tags_has_label(&H.V, "c1", "sarcasm"));
	keys("t");
	assert_int_equal(H.V.mode, MODE_LABELS);
	assert_true(uih_on_screen("*[s]sarcasm"));
	keys("q <Enter>");
	assert_true(tags_has_label(&H.V, "c1", "question"));
	assert_int_equal(H.V.mode, MODE_NORMAL);
	assert_true(uih_on_screen("#sarcasm"));
	keys("t : w h a t <Enter> <Enter>");
	assert_true(tags_has_label(&H.V, "c1", "whataboutism"));
	keys("t : p <Enter>");
	assert_true(uih_on_screen("fits several labels"));
	keys(": p r o <Enter> <Esc>");
	assert_true(tags_has_label(&H.V, "c1", "propaganda"));
	assert_int_equal(H.V.mode, MODE_NORMAL);
	keys("u u");
	keys("i h i , <Space> \" q \" <Enter>");
	const tt_tag *g = tt_tagstore_get(tags_store(&H.V), "c1");
	assert_string_equal(g->note, "hi, \"q\"");
	assert_true(uih_on_screen("hi, \"q\""));
	keys("u");
	g = tt_tagstore_get(tags_store(&H.V), "c1");
	assert_null(g->note);
	keys("C-r");
	g = tt_tagstore_get(tags_store(&H.V), "c1");
	assert_string_equal(g->note, "hi, \"q\"");
	keys("u u u");
	assert_false(tags_has_label(&H.V, "c1", "sarcasm"));
}

static void untagged_and_limit(void **state)
{
	(void)state;
	keys("g x j x j x j x j x j x"); /* a clean slate */
	keys("g o 1 j j 1 o");           /* c1 and c3 favor, advance off */
	assert_string_equal(value("c3", 0), "favor");
	keys("g >");
	assert_string_equal(H.V.sel->id, "c2");
	keys(">");
	assert_string_equal(H.V.sel->id, "c4");
	keys("<");
	assert_string_equal(H.V.sel->id, "c2");
	keys("L f a v o r <Enter>");
	assert_true(H.V.limited);
	assert_int_equal(H.V.nlimit, 2);
	assert_string_equal(H.V.sel->id, "c3"); /* c2 does not pass: the next one that does */
	assert_true(uih_on_screen("LIMIT"));
	assert_false(uih_on_screen("- bob"));
	keys("G");
	assert_string_equal(H.V.sel->id, "c3");
	keys("L C-u u n t a g g e d <Enter>");
	assert_int_equal(H.V.nlimit, 4);
	keys("L C-u <Enter>");
	assert_false(H.V.limited);
	assert_true(uih_on_screen("- bob"));
	keys("L C-u n o p e <Enter>");
	assert_false(H.V.limited);
	assert_true(uih_on_screen("neither a value"));
}

static const char *state_of(const char *item)
{
	const tt_tag *g = tt_tagstore_get(tags_store(&H.V), item);
	return g ? g->state : NULL;
}

/* S, f and ~ set a state after a reason prompt (Esc: no reason, C-g: cancel),
 * the same key takes it off; next-untagged passes skipped items; } and {
 * jump between flagged ones; the limit takes a state; undo takes one back. */
static void states_keys_jump_and_limit(void **state)
{
	(void)state;
	/* from untagged_and_limit: c1 and c3 favor, advance off, no limit */
	keys("g j S <Esc>");
	assert_string_equal(state_of("c2"), "skipped");
	assert_null(tt_tagstore_get(tags_store(&H.V), "c2")->reason);
	assert_true(uih_on_screen("Skipped"));
	keys("g >");
	assert_string_equal(H.V.sel->id, "c4"); /* c2 is skipped, c3 tagged */
	keys("f t w o <Space> r e a d i n g s <Enter>");
	assert_string_equal(state_of("c4"), "flagged");
	assert_string_equal(tt_tagstore_get(tags_store(&H.V), "c4")->reason, "two readings");
	assert_true(uih_on_screen("Flagged: two readings"));
	keys("j j ~ C-g");
	assert_string_equal(H.V.sel->id, "c6");
	assert_null(state_of("c6")); /* cancelled */
	keys("~ <Esc>");
	assert_string_equal(state_of("c6"), "unsure");
	keys("g f <Esc>");
	assert_string_equal(state_of("c1"), "flagged");
	keys("}");
	assert_string_equal(H.V.sel->id, "c4");
	keys("}");
	assert_string_equal(H.V.sel->id, "c1"); /* wraps around */
	keys("{");
	assert_string_equal(H.V.sel->id, "c4");
	keys("L f l a g g e d <Enter>");
	assert_true(H.V.limited);
	assert_int_equal(H.V.nlimit, 2);
	keys("L C-u <Enter>");
	assert_false(H.V.limited);
	keys("u");
	assert_null(state_of("c1")); /* the flag on c1 undone */
	assert_string_equal(state_of("c4"), "flagged");
	keys("g j j j f"); /* on c4: the same key takes the flag off */
	assert_string_equal(H.V.sel->id, "c4");
	assert_null(state_of("c4"));
	assert_int_equal(H.V.mode, MODE_NORMAL); /* no prompt to take a state off */
	keys("}");
	assert_true(uih_on_screen("No comment is flagged"));
	keys("g j S j j j j ~"); /* c2 and c6 cleared */
	assert_null(tt_tagstore_get(tags_store(&H.V), "c2"));
	assert_null(state_of("c6"));
	assert_string_equal(value("c1", 0), "favor");
	/* a reason from the store passes the sanitiser on its way to the screen */
	tt_error err;
	assert_int_equal(
	    tt_tagstore_set_state(tags_store(&H.V), "c5", "unsure", "red\x1b[31m\x07 text", &err), 0);
	keys("g j j j j");
	assert_string_equal(H.V.sel->id, "c5");
	char *text = screen();
	assert_non_null(strstr(text, "Unsure: red"));
	assert_null(strchr(text, '\x1b'));
	assert_null(strchr(text, '\x07'));
	free(text);
	keys("~");
	assert_null(tt_tagstore_get(tags_store(&H.V), "c5"));
}

static void collapsed_subtree_counts(void **state)
{
	(void)state;
	/* c1 and c3 are favor from the test before; c2 gets against */
	keys("g j x o 2 o g <Space>");
	assert_true(uih_on_screen("favor 1"));
	assert_true(uih_on_screen("against 1"));
	keys("<Space>");
}

static void article_and_paragraphs(void **state)
{
	(void)state;
	H.V.focus = PANE_ARTICLE;
	H.V.art_par = 0;
	keys("2");
	assert_string_equal(value("@article", 0), "against");
	keys("j 3");
	assert_string_equal(value("@article/1", 0), "neutral");
	/* the chips get a line of their own under the item, in the article pane */
	int y = -1;
	for (int i = 0; i < LINES && y < 0; i++) {
		char line[512];
		mvwinnstr(stdscr, i, 0, line, 60);
		if (strstr(line, " guarantees."))
			y = i;
	}
	assert_true(y > 0);
	char below[512];
	mvwinnstr(stdscr, y + 1, 0, below, 40);
	assert_non_null(strstr(below, " neutral "));
	assert_true(uih_on_screen(" against "));
	H.V.focus = PANE_COMMENTS;
}

static void tags_pane_counts_and_progress(void **state)
{
	(void)state;
	char *s = screen();
	assert_non_null(strstr(s, "3 of 6 comments tagged (50%)"));
	assert_non_null(strstr(s, "1 stance favor               2"));
	free(s);
}

static void help_shows_the_scheme_keys(void **state)
{
	(void)state;
	resizeterm(80, 140);
	keys("<Resize> ? G");
	assert_true(uih_on_screen("The scheme 'default'"));
	assert_true(uih_on_screen("1               stance favor"));
	assert_true(uih_on_screen("7               reply disagree"));
	assert_true(uih_on_screen("s               #sarcasm"));
	keys("<Esc>");
	resizeterm(40, 140);
	keys("<Resize>");
}

/* Everything shown was on disk: a second store opened now sees it (read-only). */
static void durable_and_read_only_second_open(void **state)
{
	(void)state;
	tt_tagstore_opts o = {.path = H.store, .annotator = "ann"};
	tt_error err;
	tt_tagstore *s2 = tt_tagstore_open(H.T, &o, &err, NULL);
	assert_non_null(s2);
	assert_true(tt_tagstore_readonly(s2));
	assert_non_null(tt_tagstore_notice(s2));
	const tt_tag *g = tt_tagstore_get(s2, "c3");
	assert_non_null(g);
	assert_string_equal(g->values[0], "favor");
	tt_tagstore_close(s2, &err);
}

/* The counts kept change by change agree with a fresh count of the store. */
static void incremental_counts_match_a_recount(void **state)
{
	(void)state;
	H.V.focus = PANE_COMMENTS;
	keys("g o 1 j 2 j 3 j 6 u u C-r t s q <Enter> j x u k 4 g j 7 o");
	char *before = screen();
	tags_close(&H.V, uih_report);
	assert_int_equal(
	    tags_open(&H.V, &(struct tags_open_opts){.path = H.store, .annotator = "ann"}, uih_report), 0);
	tags_set_headless(&H.V);
	ui_draw_all(&H.V, stdscr);
	char *after = screen();
	assert_string_equal(before, after);
	free(before);
	free(after);
}

/* A second viewer on the same store is read-only: it says so and refuses changes. */
static void second_viewer_is_read_only(void **state)
{
	(void)state;
	struct view v2;
	view_init(&v2, H.T);
	assert_int_equal(
	    tags_open(&v2, &(struct tags_open_opts){.path = H.store, .annotator = "ann"}, uih_report), 0);
	assert_non_null(tags_notice(&v2));
	v2.crows = 20, v2.ccols = 80;
	ui_key one = '1';
	view_key(&v2, one);
	assert_true(v2.msg_error);
	assert_string_equal(value("c1", 0), "favor"); /* the first viewer's value stands */
	tags_close(&v2, uih_report);
	view_free(&v2);
}

/* Every count of the tags pane ends in the same column, long label names included. */
static void tag_counts_line_up(void **state)
{
	(void)state;
	struct rect r;
	int end = -1, rows = 0;

	resizeterm(80, 140);
	keys("<Resize>");
	r = H.V.r[PANE_TAGS];
	for (int y = r.y + 1; y < r.y + r.h; y++) {
		char line[512];
		int n;
		mvwinnstr(stdscr, y, r.x, line, r.w - r.w / 4 - 1);
		if (!strstr(line, " stance ") && !strstr(line, " reply ") &&
		    !strstr(line, " label "))
			continue;
		n = (int)strlen(line);
		while (n > 0 && line[n - 1] == ' ')
			n--;
		if (end < 0)
			end = n;
		assert_int_equal(n, end);
		rows++;
	}
	assert_true(rows >= 8 + 6);
	assert_true(uih_on_screen("#personal-attack "));
	resizeterm(40, 140);
	keys("<Resize>");
}

/* The label picker lists every label even at 120 columns: it wraps, never cuts. */
static void label_picker_is_not_cut(void **state)
{
	(void)state;
	const tt_scheme *sch = tt_tagstore_scheme(tags_store(&H.V));

	resizeterm(40, 120);
	keys("<Resize> g t");
	assert_int_equal(H.V.mode, MODE_LABELS);
	for (size_t l = 0; l < sch->nlabels; l++) {
		char want[64];
		snprintf(want, sizeof want, "]%s", sch->labels[l].name);
		assert_true(uih_on_screen(want));
	}
	keys("<Esc>");
	assert_int_equal(H.V.mode, MODE_NORMAL);
	resizeterm(40, 140);
	keys("<Resize>");
}

/* The stance summary of a folded comment is never cut at the pane's edge. */
static void folded_summary_fits_at_120_columns(void **state)
{
	(void)state;
	int y = -1;

	resizeterm(40, 120);
	/* alice's replies get three different stances (x first: a repeat would clear;
	 * advance off, since a reply is complete only with its reply value too) */
	keys("<Resize> g j o x 1 j x 2 j x 4 o g <Space>");
	for (int i = 0; i < LINES; i++)
		if (strstr(uih_row(i), "+ alice"))
			y = i;
	assert_true(y >= 0);
	const char *r = uih_row(y);
	assert_true(strstr(r, "favor 1") || strstr(r, "1:1"));
	assert_true(strstr(r, "against 1") || strstr(r, "2:1"));
	assert_true(strstr(r, "unclear 1") || strstr(r, "4:1"));
	assert_true(r[strlen(r) - 1] == '1'); /* the last count is whole */
	keys("<Space>");
	resizeterm(40, 140);
	keys("<Resize>");
}

/* On the too-small screen the value keys tag nothing. */
static void too_small_screen_tags_nothing(void **state)
{
	(void)state;
	keys("g j j j j");
	const char *id = H.V.sel->id, *before = value(id, 0);
	resizeterm(5, 20);
	keys("<Resize> 1 2 x");
	resizeterm(40, 140);
	keys("<Resize>");
	assert_string_equal(H.V.sel->id, id);
	if (before)
		assert_string_equal(value(id, 0), before);
	else
		assert_null(value(id, 0));
}

/* A tag store in a place that cannot be written opens read-only, saying where
 * tags could go instead. */
static void unwritable_store_opens_read_only(void **state)
{
	(void)state;
	char blocker[600], path[700];
	struct view v2;

	snprintf(blocker, sizeof blocker, "%s/a-file", H.dir);
	tt_test_write(blocker, "not a folder\n");
	snprintf(path, sizeof path, "%s/tags.yaml", blocker);
	view_init(&v2, H.T);
	assert_int_equal(
	    tags_open(&v2, &(struct tags_open_opts){.path = path, .annotator = "ann"}, uih_report), 0);
	assert_true(tags_readonly(&v2));
	assert_non_null(strstr(tags_notice(&v2), "Read-only"));
	assert_non_null(strstr(tags_notice(&v2), path));
	assert_non_null(strstr(tags_notice(&v2), "--tags FILE"));
	v2.crows = 20, v2.ccols = 80;
	view_key(&v2, '1');
	assert_true(v2.msg_error); /* refused, not lost silently */
	follow_tick(&v2);          /* no other viewer to take over from: nothing is offered */
	assert_null(strstr(v2.msg, "makes this one writable"));
	tags_close(&v2, uih_report);
	view_free(&v2);
}

/* Draws a second view on the screen and returns the screen's text. Caller frees. */
static char *draw_other(struct view *o)
{
	layout_compute(o, LINES, COLS);
	ui_draw_all(o, stdscr);
	return screen();
}

/* A second viewer follows the first one's changes, says so without being cut,
 * and takes over when the first one closes; by inotify, then by stat. */
static void follow_and_take_over(int by_stat)
{
	char path[600], *s;
	struct view w1, r2;

	snprintf(path, sizeof path, "%s/follow%d.yaml", H.dir, by_stat);
	view_init(&w1, H.T);
	view_init(&r2, H.T);
	r2.follow_by_stat = by_stat;
	w1.crows = r2.crows = 20, w1.ccols = r2.ccols = 80;
	w1.advance = r2.advance = 0;
	struct tags_open_opts o = {.path = path, .annotator = "ann"};
	assert_int_equal(tags_open(&w1, &o, uih_report), 0);
	assert_int_equal(tags_open(&r2, &o, uih_report), 0);
	assert_false(tags_readonly(&w1));
	assert_true(tags_readonly(&r2));
	s = draw_other(&r2);
	assert_non_null(strstr(s, "READ-ONLY: changes cannot be saved here"));
	assert_non_null(strstr(s, "Read-only: open in another threadtag"));
	free(s);
	/* At 80 columns the notice is whole on the status line, beside the position. */
	resizeterm(24, 80);
	s = draw_other(&r2);
	assert_non_null(strstr(s, "Read-only: open in another threadtag"));
	assert_non_null(strstr(s, "1/6"));
	free(s);
	resizeterm(40, 140);

	view_key(&w1, '1'); /* c1: favor, in the writer */
	assert_true(follow_tick(&r2) & RD_PANES);
	const tt_tag *g = tt_tagstore_get(tags_store(&r2), "c1");
	assert_non_null(g);
	assert_string_equal(g->values[0], "favor");
	assert_int_equal(follow_tick(&r2), RD_NONE); /* nothing new: nothing to do */

	tags_close(&w1, uih_report);
	view_free(&w1);
	follow_tick(&r2);
	assert_non_null(strstr(r2.msg, "W makes this one writable"));
	view_key(&r2, 'W');
	assert_false(tags_readonly(&r2));
	view_key(&r2, '2'); /* c1: against, now saved by the second viewer */
	g = tt_tagstore_get(tags_store(&r2), "c1");
	assert_string_equal(g->values[0], "against");
	tags_close(&r2, uih_report);
	view_free(&r2);
	layout_compute(&H.V, LINES, COLS);
	ui_draw_all(&H.V, stdscr);
}

static void second_viewer_follows_and_takes_over(void **state)
{
	(void)state;
	follow_and_take_over(0);
}

static void second_viewer_follows_by_stat_without_inotify(void **state)
{
	(void)state;
	follow_and_take_over(1);
}

/* The tags pane keeps the claim in view and says what the item's values mean:
 * the scheme's target, or the project's over it; each value's description and
 * first example, with control characters from the scheme made harmless. */
static void tags_pane_shows_target_and_meanings(void **state)
{
	(void)state;
	char scheme[600], path[600], *s;
	struct view v2;

	keys("g x 1 g"); /* cleared, then favor; back on it after the move on */
	assert_string_equal(value(H.V.sel->id, 0), "favor");
	s = screen();
	assert_non_null(strstr(s, "Target: the main claim of the article"));
	assert_non_null(strstr(s, "favor: argues for the target or supports it"));
	free(s);
	keys("x"); /* no value, no meaning shown */
	assert_false(uih_on_screen("favor: argues for"));

	snprintf(scheme, sizeof scheme, "%s/meanings.yaml", H.dir);
	tt_test_write(scheme, "name: rumour\n"
	                      "target: the scheme's own claim\n"
	                      "dimensions:\n"
	                      "- name: stance\n"
	                      "  values:\n"
	                      "  - name: support\n"
	                      "    key: \"1\"\n"
	                      "    description: \"says it is true\\e[31m\"\n"
	                      "    examples:\n"
	                      "    - \"Confirmed by the minutes.\"\n"
	                      "    - \"A second example.\"\n"
	                      "  - name: deny\n"
	                      "    key: \"2\"\n");
	snprintf(path, sizeof path, "%s/meanings-tags.yaml", H.dir);
	view_init(&v2, H.T);
	assert_int_equal(tags_open(&v2,
	                           &(struct tags_open_opts){.path = path,
	                                                    .annotator = "ann",
	                                                    .scheme = scheme,
	                                                    .target = "the project's claim"},
	                           uih_report),
	                 0);
	tags_set_headless(&v2);
	v2.mouse = 0;
	layout_compute(&v2, LINES, COLS);
	view_key(&v2, '1');
	view_key(&v2, 'k'); /* back from where the stance key moved on to */
	s = draw_other(&v2);
	assert_non_null(strstr(s, "Target: the project's claim"));
	assert_null(strstr(s, "the scheme's own claim"));
	assert_non_null(strstr(s, "support: says it is true"));
	assert_null(strchr(s, '\033'));
	assert_non_null(strstr(s, "e.g. \"Confirmed by the minutes.\""));
	assert_null(strstr(s, "A second example."));
	free(s);
	assert_int_equal(tags_reopen(&v2, 1), 0); /* the target survives a reopen */
	s = draw_other(&v2);
	assert_non_null(strstr(s, "Target: the project's claim"));
	free(s);
	tags_close(&v2, uih_report);
	view_free(&v2);
	ui_draw_all(&H.V, stdscr);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(stance_keys_set_clear_and_advance),
	    cmocka_unit_test(reply_keys_only_on_replies),
	    cmocka_unit_test(labels_notes_undo_redo),
	    cmocka_unit_test(untagged_and_limit),
	    cmocka_unit_test(states_keys_jump_and_limit),
	    cmocka_unit_test(collapsed_subtree_counts),
	    cmocka_unit_test(article_and_paragraphs),
	    cmocka_unit_test(tags_pane_counts_and_progress),
	    cmocka_unit_test(help_shows_the_scheme_keys),
	    cmocka_unit_test(durable_and_read_only_second_open),
	    cmocka_unit_test(second_viewer_is_read_only),
	    cmocka_unit_test(incremental_counts_match_a_recount),
	    cmocka_unit_test(tag_counts_line_up),
	    cmocka_unit_test(label_picker_is_not_cut),
	    cmocka_unit_test(folded_summary_fits_at_120_columns),
	    cmocka_unit_test(too_small_screen_tags_nothing),
	    cmocka_unit_test(unwritable_store_opens_read_only),
	    cmocka_unit_test(second_viewer_follows_and_takes_over),
	    cmocka_unit_test(second_viewer_follows_by_stat_without_inotify),
	    cmocka_unit_test(tags_pane_shows_target_and_meanings),
	};
	return cmocka_run_group_tests(tests, open_all, close_all);
}
