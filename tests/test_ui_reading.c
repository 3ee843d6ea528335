/* test_ui_reading: what a new reader meets first — search hits, folding, small screens, markers. */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "ui_harness.h"
#include "threadtag/config.h"
#include "threadtag/import.h"
#include "threadtag/tagstore.h"
#include "threadtag/search.h"
#include "threadtag/text.h"

static uih H;

static const char *const nested = "samples/nested-old-town-car-ban.yaml";

/* Opens a thread file, page or JSON on an offscreen rows x cols screen. */
static struct view *open_at(const char *rel, int rows, int cols)
{
	char *path = tt_test_src(rel);
	tt_error err;
	int eno = 0;
	tt_thread *t = tt_open_any(path, NULL, &err, &eno);

	free(path);
	if (!t)
		tt_error_print(&err);
	assert_non_null(t);
	uih_open(&H, &(struct uih_opts){.thread = t, .rows = rows, .cols = cols, .no_store = 1});
	return &H.V;
}

static void close_view(void)
{
	uih_close(&H);
}

static void keys(const char *names)
{
	uih_keys(&H, names);
}

/* Types text into the open prompt, one key per character. */
static void type(const char *s)
{
	for (; *s; s++) {
		ui_apply_key(&H.V, (unsigned char)*s, NULL);
		ui_draw_all(&H.V, stdscr);
	}
}

static void resize(int rows, int cols)
{
	resizeterm(rows, cols);
	keys("<Resize>");
}

/* ---- 1: a search hit is shown ---- */

/* The hit's text is on screen, inside the comments pane, drawn as a hit. */
static void assert_hit_shown(const char *word)
{
	struct rect r = H.V.r[PANE_COMMENTS];
	int y = -1;

	for (int i = r.y + 1; i < r.y + r.h; i++)
		if (uih_find_col(i, word) >= r.x) {
			y = i;
			break;
		}
	assert_true(y > 0);
	assert_int_equal(uih_cell_attr(y, uih_find_col(y, word)), ui_attr("search-hit"));
	assert_false(view_collapsed(&H.V, H.V.sel));
	for (const tt_comment *a = H.V.sel->parent; a; a = a->parent)
		assert_false(view_collapsed(&H.V, a));
}

static void search_expands_and_shows_the_hit(void **state)
{
	(void)state;
	open_at(nested, 30, 120);
	keys("C /");
	type("Pontevedra\n");
	assert_hit_shown("Pontevedra");
	size_t first = H.V.sel->index;
	keys("C n");
	assert_true(H.V.sel->index != first);
	assert_hit_shown("Pontevedra");
	close_view();
}

/* A hit far down a comment taller than the pane is scrolled into view. */
static void search_scrolls_a_tall_comment_to_the_hit(void **state)
{
	(void)state;
	open_at("tests/data/reading/long-comment.yaml", 14, 60);
	keys("/");
	type("needle\n");
	assert_string_equal(H.V.sel->id, "long");
	assert_hit_shown("needle");
	close_view();
}

/* Lower case ignores case; an upper-case letter makes the search exact. */
static void search_keeps_smart_case(void **state)
{
	(void)state;
	open_at(nested, 30, 120);
	keys("/");
	type("pontevedra\n");
	assert_hit_shown("Pontevedra");
	keys("/");
	type("PONTEVEDRA\n");
	assert_true(strstr(uih_row(LINES - 1), "No match") != NULL);
	close_view();
}

/* The folded text (memory only a searching reader pays for) is not built by
 * the open, moves or idle ticks: its workers start at the first search key,
 * the prompt opening, and fold while the pattern is typed. */
static void fold_waits_for_a_search_key(void **state)
{
	struct view *v;
	const char *keys_[] = {"n", "/"};

	(void)state;
	for (size_t k = 0; k < 2; k++) {
		v = open_at(nested, 30, 120);
		v->search_async = 1; /* as the screen's loop: workers, not the search */
		keys("j j <PageDown> k");
		ui_idle_tick(v, time(NULL));
		if (search_waiting(v))
			search_tick(v);
		assert_null(v->search);
		if (k == 0) { /* n with no search yet: nothing to fold for */
			keys(keys_[k]);
			assert_null(v->search);
		} else {
			keys(keys_[k]);
			assert_non_null(v->search);
			/* The workers alone fold: nothing here searches. */
			for (int i = 0; i < 5000 && !tt_search_ready(v->search, "zz"); i++)
				usleep(1000);
			assert_int_equal(tt_search_progress(v->search), 100);
			assert_true(tt_search_size(v->search) > 0);
			keys("<Esc>");
		}
		close_view();
	}
}

/* The backward prompt and its message show the backward key. */
static void backward_search_shows_its_key(void **state)
{
	(void)state;
	open_at(nested, 30, 120);
	keys("\\");
	assert_int_equal(uih_row(LINES - 1)[0], '\\');
	type("Pontevedra\n");
	assert_int_equal(uih_row(LINES - 1)[0], '\\');
	close_view();
}

/* ---- 3: the "too small" screen ---- */

static void too_small_screen_ignores_keys_and_fits(void **state)
{
	(void)state;
	open_at(nested, 30, 120);
	keys("j j");
	size_t sel = H.V.sel->index;
	resize(5, 20);
	assert_true(H.V.too_small);
	assert_true(uih_on_screen("40x10"));
	assert_true(uih_on_screen("Terminal too small"));
	keys("j 1 2 ? / C t i");
	assert_int_equal(H.V.sel->index, sel);
	assert_int_equal(H.V.mode, MODE_NORMAL);
	assert_false(view_any_collapsed(&H.V));
	/* Down to a few cells, the minimum size still shows when it fits at all. */
	resize(2, 8);
	assert_true(uih_on_screen("40x10"));
	/* q still quits. */
	assert_true(ui_apply_key(&H.V, 'q', NULL) & RD_QUIT);
	resize(30, 120);
	assert_false(H.V.too_small);
	close_view();
}

/* ---- 9: folding keeps the selection ---- */

static void collapse_all_then_expand_all_keeps_the_selection(void **state)
{
	(void)state;
	open_at(nested, 30, 120);
	for (int i = 0; i < 18; i++)
		keys("j");
	const tt_comment *was = H.V.sel;
	assert_int_equal(was->index, 18);
	assert_true(was->depth > 0);
	keys("C");
	assert_ptr_equal(H.V.sel, was);
	assert_true(strstr(uih_row(LINES - 1), "19/35") != NULL);
	keys("E");
	assert_ptr_equal(H.V.sel, was);
	assert_true(strstr(uih_row(LINES - 1), "19/35") != NULL);
	close_view();
}

/* ---- 10: deleted, removed and dead comments ---- */

static void deleted_and_dead_markers(void **state)
{
	(void)state;
	open_at("tests/data/hn/hnpwa-item.json", 40, 150);
	keys("z");
	assert_true(uih_on_screen("[dead] troll"));
	assert_false(uih_on_screen("[deleted] [deleted]"));
	assert_false(uih_on_screen("(unknown)"));
	close_view();
	open_at("tests/data/reddit/selfpost-escaped.json", 60, 150);
	keys("z");
	assert_true(uih_on_screen("- [deleted]  "));
	assert_true(uih_on_screen("- [removed]  "));
	assert_true(uih_on_screen("- (author deleted)  "));
	assert_false(uih_on_screen("[deleted] [deleted]"));
	close_view();
}

/* ---- 12: cosmetics ---- */

/* Folded comments take one row each, and the reply count reads the same folded or not. */
static void collapsed_rows_are_one_line_with_the_same_count(void **state)
{
	(void)state;
	open_at(nested, 40, 120);
	const tt_comment *c = H.V.sel;
	char count[32];
	snprintf(count, sizeof count, "%u replies", c->subtree);
	assert_true(strstr(uih_row(uih_find_row(c->author)), count) != NULL);
	keys("C g");
	int y = uih_find_row(c->author);
	assert_true(strstr(uih_row(y), count) != NULL);
	assert_true(strstr(uih_row(y), "[+") != NULL);
	/* The next top-level comment is on the very next row. */
	const tt_comment *next = tt_comment_next_top(c);
	assert_non_null(next);
	assert_int_equal(uih_find_row(next->author), y + 1);
	close_view();
}

/* A thread without comments gives the article the whole width. */
static void article_takes_the_room_without_comments(void **state)
{
	(void)state;
	open_at("tests/data/reading/no-comments.yaml", 30, 140);
	assert_int_equal(H.V.r[PANE_COMMENTS].h, 0);
	assert_int_equal(H.V.r[PANE_ARTICLE].w, 140);
	assert_int_equal(H.V.focus, PANE_ARTICLE);
	close_view();
}

/* ---- 7: a link post shows its URL ---- */

static void link_posts_show_their_url(void **state)
{
	(void)state;
	open_at("tests/data/reddit/linkpost-escaped-nohtml-post.json", 30, 140);
	assert_true(uih_on_screen("https://example.com/article"));
	assert_true(uih_on_screen("r/programming · poster"));
	close_view();
	/* A URL that fits the pane is never broken across lines. */
	open_at("tests/data/reading/no-comments.yaml", 30, 140);
	assert_true(uih_on_screen("https://example.test/articles/2025/03/a-very-long-address-that-"
	                      "should-never-be-broken-across-lines"));
	assert_true(uih_on_screen("example.test · poster · 2025-03-11 08:00"));
	close_view();
}

/* ---- 8: links ---- */

static const char *const links_thread = "tests/data/reading/links.yaml";

/* Markdown links show as their text; the URL is in the list. */
static void markdown_links_show_their_text(void **state)
{
	(void)state;
	open_at(links_thread, 40, 140);
	assert_true(uih_on_screen("Read the report and https://example.test/plain-link"));
	assert_false(uih_on_screen("](https"));
	assert_true(uih_on_screen("See the source for more."));
	close_view();
}

/* A URL that fits the pane's width is never broken across lines. */
static void urls_are_not_broken_when_they_fit(void **state)
{
	(void)state;
	const char *url = "https://example.test/a/rather/long/address/that/fits/the/pane/but/not/"
	                  "the/rest/of/the/line";
	open_at(links_thread, 40, 160);
	assert_true(comments_text_width(&H.V, H.V.r[PANE_COMMENTS].w, 0) >= (int)strlen(url));
	assert_true(uih_on_screen(url));
	close_view();
	/* Wider than the reading width (max_width) but not than the pane: still whole. */
	url = "https://example.test/an/address/of/one/hundred/and/thirty/characters/that/is/wider/"
	      "than/max-width/but/fits/a/zoomed/pane";
	open_at(links_thread, 40, 200);
	keys("z G");
	assert_true(comments_text_width(&H.V, H.V.r[PANE_COMMENTS].w, 0) < (int)strlen(url));
	assert_true(uih_on_screen(url));
	const char *r = uih_row(uih_find_row("Wider than the reading width:"));
	assert_string_equal(r + strlen(r) - 6, "width:"); /* the URL has a line of its own */
	close_view();
	/* In the article too, past its reading width of 80 columns. */
	url = "https://example.test/background/"
	      "a-long-address-for-the-article-that-is-wider-than-eighty";
	open_at(links_thread, 40, 200);
	while (H.V.focus != PANE_ARTICLE)
		keys("<Tab>");
	keys("z");
	assert_true(strlen(url) > 80);
	assert_true(uih_on_screen(url));
	close_view();
}

static void links_list_numbers_the_comments_links(void **state)
{
	(void)state;
	open_at(links_thread, 40, 140);
	keys("U");
	assert_int_equal(H.V.mode, MODE_LINKS);
	assert_true(uih_on_screen(" 1  the report  https://example.test/report?id=1&x=2"));
	assert_true(uih_on_screen(" 2  https://example.test/plain-link"));
	assert_true(uih_on_screen(" 3  https://example.test/in-parens"));
	assert_false(uih_on_screen("in-parens)"));
	assert_true(uih_on_screen(" 4  https://example.test/%1B"));
	keys("<Esc>");
	assert_int_equal(H.V.mode, MODE_NORMAL);
	/* The article's own links when the article has the focus. */
	keys("<Tab> <Tab> U");
	assert_int_equal(H.V.focus, PANE_ARTICLE);
	assert_true(uih_on_screen(" 1  https://example.test/story"));
	assert_true(uih_on_screen(" 2  the source  https://example.test/source"));
	keys("<Esc>");
	close_view();
}

/* Enter opens the chosen link with $BROWSER, the URL as its one argument. */
static void links_open_in_the_browser_without_a_shell(void **state)
{
	(void)state;
	const char *b = getenv("TT_BUILDDIR");
	char *dir = tt_xasprintf("%s/test-home/ui_reading", b ? b : ".");
	char *script = tt_xasprintf("%s/browser.sh", dir),
	     *log = tt_xasprintf("%s/browser.log", dir);
	char *body = tt_xasprintf("#!/bin/sh\nprintf '%%s\\n' \"$#\" \"$@\" >'%s'\n", log);

	tt_test_write(script, body);
	chmod(script, 0755);
	unlink(log);
	setenv("BROWSER", script, 1);
	open_at(links_thread, 40, 140);
	keys("U 1 <Enter>");
	assert_int_equal(H.V.mode, MODE_NORMAL);
	char *got = tt_test_slurp(log);
	assert_non_null(got);
	assert_string_equal(got, "1\nhttps://example.test/report?id=1&x=2\n");
	assert_true(strstr(uih_row(LINES - 1), "Opened with") != NULL);
	close_view();
	unsetenv("BROWSER");
	free(got), free(body), free(log), free(script), free(dir);
}

/* y sends exactly the OSC 52 escape with the sanitised URL, nothing else. */
static void links_copy_sends_only_the_osc52_escape(void **state)
{
	(void)state;
	FILE *out = tmpfile();
	char buf[256];
	size_t n;

	assert_non_null(out);
	open_at(links_thread, 40, 140);
	H.V.term_out = out;
	keys("U 4 y");
	rewind(out);
	n = fread(buf, 1, sizeof buf - 1, out);
	buf[n] = 0;
	assert_string_equal(buf, "\033]52;c;aHR0cHM6Ly9leGFtcGxlLnRlc3QvJTFC\a");
	/* Nothing is sent without the user's own y. */
	keys("U 1 <Esc> j k");
	assert_int_equal(ftell(out), (long)n);
	close_view();
	fclose(out);
}

/* ---- 11: the docs and prompts say what the code does ---- */

static void limit_help_and_prompt_agree(void **state)
{
	(void)state;
	const struct help_row *rows;
	size_t n = ui_help_rows(&rows);
	int seen = 0;

	for (size_t i = 0; i < n; i++)
		if (!rows[i].group && rows[i].action == ACT_LIMIT) {
			assert_non_null(strstr(rows[i].help, "'" TT_LIMIT_UNTAGGED "'"));
			assert_null(strstr(rows[i].help, "none"));
			seen = 1;
		}
	assert_true(seen);
	open_at(nested, 30, 120);
	keys("L");
	assert_int_equal(H.V.mode, MODE_PROMPT);
	assert_true(strstr(uih_row(LINES - 1), "'" TT_LIMIT_UNTAGGED "'") != NULL);
	keys("<Esc>");
	close_view();
}

/* The man page names the journal as the store makes it, and promises no free labels. */
static void man_page_names_what_the_store_makes(void **state)
{
	(void)state;
	const char *b = getenv("TT_BUILDDIR");
	char *man = tt_xasprintf("%s/threadtag.1", b ? b : "build"), *text = tt_test_slurp(man);
	char *dir = tt_test_tmpdir(), *path = tt_xasprintf("%s/annotator.yaml", dir);
	tt_tagstore *st;
	tt_error err;

	assert_non_null(text); /* the build makes it (the man target is part of all) */
	open_at(nested, 30, 120);
	st = tt_tagstore_open(H.T, &(tt_tagstore_opts){.path = path, .annotator = "a"}, &err, NULL);
	assert_non_null(st);
	const char *j = tt_tagstore_journal_path(st);
	assert_int_equal(strncmp(j, path, strlen(path)), 0);
	assert_non_null(strstr(text, j + strlen(dir) + 1 + strlen("annotator")));
	assert_non_null(strstr(text, ".IB annotator .yaml.journal"));
	assert_null(strstr(text, "store .journal"));
	assert_null(strstr(text, "free labels"));
	tt_tagstore_close(st, NULL);
	close_view();
	free(text), free(man), free(path), free(dir);
}

/* ---- 13: who replied to whom ---- */

static const char *const replies = "tests/data/reading/replies.yaml";

static void replies_name_their_parent_and_the_author_is_marked(void **state)
{
	(void)state;
	open_at(replies, 40, 140);
	assert_true(uih_on_screen("- Ann Writer [author]  \xe2\x86\xb3 Bo  "));
	assert_true(uih_on_screen("- Cy  \xe2\x86\xb3 Ann Writer  "));
	assert_false(uih_on_screen("Bo [author]"));
	keys("j j A");
	assert_int_equal(H.V.mode, MODE_CHAIN);
	int bo = uih_find_row("Bo  "), ann = uih_find_row("Ann Writer  "), cy = uih_find_row("Cy  ");
	assert_true(bo > 0 && ann > bo && cy > ann);
	assert_true(uih_find_col(ann, "Ann") > uih_find_col(bo, "Bo"));
	assert_true(uih_on_screen("The first word."));
	keys("<Esc>");
	assert_int_equal(H.V.mode, MODE_NORMAL);
	close_view();
}

/* ---- 14: the header of a tall comment stays on top ---- */

static void tall_comment_keeps_its_header_on_top(void **state)
{
	(void)state;
	open_at("tests/data/reading/long-comment.yaml", 14, 60);
	keys("j");
	assert_string_equal(H.V.sel->id, "long");
	keys("C-e C-e C-e C-e");
	assert_true(H.V.top_off > 0);
	int top = H.V.r[PANE_COMMENTS].y + 1;
	assert_int_equal(uih_find_col(top, "- ben"), H.V.r[PANE_COMMENTS].x);
	assert_false(uih_on_screen("Paragraph 1 of"));
	close_view();
}

/* ---- the pinned ancestor chain (P) ---- */

/* Row y of the comments pane's text area, counting from 0 under its title. */
static const char *pane_row(int y)
{
	return uih_row(H.V.r[PANE_COMMENTS].y + 1 + y);
}

static void pinned_chain_keeps_the_parent_in_view(void **state)
{
	(void)state;
	open_at(nested, 40, 140);
	view_select(&H.V, tt_thread_find(H.T, "c08")); /* seven levels deep */
	ui_draw_all(&H.V, stdscr);
	assert_null(strstr(pane_row(0), "Harald K.: Pontevedra is flat"));
	keys("P");
	assert_true(H.V.pin_chain);
	/* 40 rows: room for a third of the pane, so all seven ancestors, the
	 * top-level one first and the parent right above the comments. */
	assert_int_equal(chain_pin_rows(&H.V), 7);
	assert_non_null(strstr(pane_row(0), "lenawalks: "));
	assert_null(strstr(pane_row(0), "\xe2\x80\xa6"));
	assert_non_null(strstr(pane_row(6), "Harald K.: Pontevedra is flat and it"));
	/* the selected comment is still shown, under the pinned rows */
	assert_true(uih_find_row("Fair point about the snow") > H.V.r[PANE_COMMENTS].y + 7);
	keys("j"); /* the pin follows the selection */
	assert_string_equal(H.V.sel->id, "c09");
	assert_int_equal(chain_pin_rows(&H.V), 1);
	assert_non_null(strstr(pane_row(0), "lenawalks: "));
	assert_null(strstr(pane_row(1), "Harald K.: Pontevedra"));
	resize(16, 100); /* a small pane keeps the nearest ancestors, marked as cut */
	view_select(&H.V, tt_thread_find(H.T, "c08"));
	ui_draw_all(&H.V, stdscr);
	int n = chain_pin_rows(&H.V);
	assert_true(n >= 1 && n < 7);
	assert_non_null(strstr(pane_row(0), "\xe2\x80\xa6 "));
	assert_non_null(strstr(pane_row(n - 1), "Harald K.: Pontevedra"));
	assert_true(uih_find_row("Fair point about the snow") > H.V.r[PANE_COMMENTS].y + n);
	keys("P"); /* unpinned: the rows go back to the comments */
	assert_int_equal(chain_pin_rows(&H.V), 0);
	assert_null(strstr(pane_row(0), "\xe2\x80\xa6 "));
	close_view();
}

/* ---- the guideline overlay (H) ---- */

static void guideline_opens_scrolls_and_searches(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir(), path[600];
	tt_buf g = {0};

	open_at(nested, 24, 100);
	keys("H"); /* none given: said so, nothing opens */
	assert_int_equal(H.V.mode, MODE_NORMAL);
	assert_true(uih_on_screen("No guideline"));
	tt_buf_adds(&g,
	            "# Stance guideline\n\nFavor \x1b[2Jmeans the comment supports the claim.\n");
	for (int i = 0; i < 60; i++)
		tt_buf_printf(&g, "- rule %d\n", i);
	tt_buf_adds(&g, "Sarcasm: tag the stance the writer means, not the words.\n");
	tt_buf_addc(&g, 0);
	snprintf(path, sizeof path, "%s/guideline.md", dir);
	tt_test_write(path, g.data);
	tt_buf_free(&g);
	H.V.guideline = path;
	keys("H");
	assert_int_equal(H.V.mode, MODE_GUIDE);
	assert_true(uih_on_screen("Guideline guideline.md"));
	assert_true(uih_on_screen("# Stance guideline")); /* Markdown shown as text */
	assert_true(uih_on_screen("means the comment supports"));
	char *all = ui_screen_text(stdscr);
	assert_null(strchr(all, '\x1b')); /* the escape passed the sanitiser */
	free(all);
	assert_false(uih_on_screen("Sarcasm: tag"));
	keys("j j");
	assert_int_equal(H.V.help_top, 2);
	assert_false(uih_on_screen("# Stance guideline"));
	keys("/");
	assert_int_equal(H.V.mode, MODE_PROMPT);
	assert_true(uih_on_screen("Search the guideline: "));
	assert_true(uih_on_screen("- rule 2")); /* the guideline stays in view while typing */
	type("SARCASM\n");                  /* any case */
	assert_int_equal(H.V.mode, MODE_GUIDE);
	assert_true(uih_on_screen("Sarcasm: tag the stance the writer means"));
	assert_int_equal(H.V.help_top, 63); /* heading, blank, favor, 60 rules */
	keys("N");                        /* the only hit: found again where it is */
	assert_int_equal(H.V.help_top, 63);
	keys("g");
	assert_int_equal(H.V.help_top, 0);
	keys("n"); /* n finds the same search again */
	assert_int_equal(H.V.help_top, 63);
	keys("/ <Esc>"); /* a cancelled search goes back to the guideline */
	assert_int_equal(H.V.mode, MODE_GUIDE);
	keys("H"); /* the same key closes it */
	assert_int_equal(H.V.mode, MODE_NORMAL);
	H.V.guideline = NULL;
	close_view();
	free(dir);
}

/* ---- 15: dates as people read them ---- */

static void dates_are_relative_in_the_tree_and_absolute_in_the_status(void **state)
{
	(void)state;
	time_t t;

	open_at(replies, 40, 160);
	assert_int_equal(when_parse("2025-03-11T09:30Z", &t), 0);
	H.V.now = t + 3 * 3600 + 59; /* a fixed clock: the test never reads the real one */
	keys("j");
	assert_true(uih_on_screen("\xe2\x86\xb3 Bo  3 h")); /* r2, 3 hours ago */
	/* r3 is later than the fixed clock: a date, not a negative age */
	assert_true(uih_on_screen("\xe2\x86\xb3 Ann Writer  13 Mar 2025 09:30"));
	assert_true(uih_on_screen("- Di  Mar 2015"));
	assert_true(strstr(uih_row(LINES - 1), "11 Mar 2025 09:30") != NULL);
	keys("D");
	assert_false(H.V.relative_dates);
	assert_true(uih_on_screen("\xe2\x86\xb3 Bo  11 Mar 2025 09:30"));
	close_view();
	char out[32];
	when_relative(t, t + 30, out, sizeof out);
	assert_string_equal(out, "now");
	when_relative(t, t + 5 * 60, out, sizeof out);
	assert_string_equal(out, "5 min");
	when_relative(t, t + 2 * 86400, out, sizeof out);
	assert_string_equal(out, "2 d");
	assert_int_equal(when_parse("2025-03-11T10:30+01:00", &t), 0);
	time_t z;
	assert_int_equal(when_parse("2025-03-11T09:30Z", &z), 0);
	assert_true(t == z);
}

static void dates_and_widths_come_from_the_config(void **state)
{
	(void)state;
	const char *b = getenv("TT_BUILDDIR");
	char *path = tt_xasprintf("%s/test-home/ui_reading/config-dates.yaml", b ? b : ".");
	tt_config c;
	tt_error err;

	tt_test_write(path, "dates: absolute\narticle_width: 60\n");
	tt_config_defaults(&c);
	assert_int_equal(c.relative_dates, 1);
	assert_int_equal(c.article_width, 80);
	assert_int_equal(tt_config_load(&c, path, &err), 0);
	assert_int_equal(c.relative_dates, 0);
	assert_int_equal(c.article_width, 60);
	tt_config_free(&c);
	tt_test_write(path, "dates: sometimes\n");
	tt_config_defaults(&c);
	assert_true(tt_config_load(&c, path, &err) < 0);
	assert_non_null(strstr(err.msg, "'dates' must be relative or absolute"));
	assert_int_equal(err.line, 1);
	tt_config_free(&c);
	free(path);
}

/* ---- 16: where am I ---- */

static void article_percentage_and_status_position(void **state)
{
	(void)state;
	open_at(nested, 24, 80);
	assert_true(strstr(uih_row(0), "Article ") != NULL);
	assert_true(strstr(uih_row(0), "%") != NULL);
	assert_true(strstr(uih_row(0), "Article 100%") == NULL);
	while (H.V.focus != PANE_ARTICLE)
		keys("<Tab>");
	keys("G");
	/* the article's end is in the pane */
	assert_true(uih_on_screen("Article 100%"));
	while (H.V.focus != PANE_COMMENTS)
		keys("<Tab>");
	keys("g j j");
	char want[64];
	snprintf(want, sizeof want, "3/35 d%u", H.V.sel->depth);
	assert_true(strstr(uih_row(LINES - 1), want) != NULL);
	assert_true(strstr(uih_row(LINES - 1), "32 unread") != NULL);
	close_view();
}

/* ---- 17: a reading width for the article ---- */

static void article_has_a_centred_reading_width(void **state)
{
	(void)state;
	open_at(nested, 40, 200);
	while (H.V.focus != PANE_ARTICLE)
		keys("<Tab>");
	keys("z");
	assert_int_equal(H.V.r[PANE_ARTICLE].w, 200);
	int left = 200, right = 0;
	for (int y = 1; y < LINES - 1; y++) {
		const char *r = uih_row(y);
		int n = tt_text_width(r, strlen(r)), lead = (int)strspn(r, " ");
		if (n == lead)
			continue;
		left = lead < left ? lead : left;
		right = n > right ? n : right;
	}
	assert_true(right - left <= 80);
	assert_true(left >= 50); /* centred: (200 - 2 - 80) / 2 + 1 */
	keys("z");
	assert_false(H.V.zoom);
	close_view();
}

/* ---- 9: folds are remembered with the reading position ---- */

static void no_report(const tt_error *e)
{
	(void)e;
}

/* Opens a session around the view as the viewer does (config, position, store). */
static void session_open(struct ui_session *s)
{
	assert_int_equal(ui_session_open(s, &H.V, &(struct ui_session_opts){0}, no_report), 0);
	s->ran = 1;
	ui_screen_setup(&H.V);
	ui_draw_all(&H.V, stdscr);
}

static void folds_are_remembered_with_the_position(void **state)
{
	(void)state;
	struct ui_session s;

	open_at(nested, 30, 120);
	session_open(&s);
	keys("g j <Space> ] ] <Space> ]");
	const char *folded1 = H.V.t->order[1]->id, *sel = H.V.sel->id;
	char *f1 = tt_xstrdup(folded1), *f2 = NULL, *was = tt_xstrdup(sel);
	for (size_t i = 2; i < H.V.t->ncomments && !f2; i++)
		if (view_collapsed(&H.V, H.V.t->order[i]))
			f2 = tt_xstrdup(H.V.t->order[i]->id);
	assert_non_null(f2);
	ui_session_close(&s, &H.V, 0, no_report);
	close_view();

	open_at(nested, 30, 120);
	session_open(&s);
	assert_string_equal(H.V.sel->id, was);
	assert_true(view_collapsed(&H.V, tt_thread_find(H.V.t, f1)));
	assert_true(view_collapsed(&H.V, tt_thread_find(H.V.t, f2)));
	/* Collapse-all is remembered too, with the selection's chain kept open. */
	keys("j C");
	free(was);
	was = tt_xstrdup(H.V.sel->id);
	ui_session_close(&s, &H.V, 0, no_report);
	close_view();

	open_at(nested, 30, 120);
	session_open(&s);
	assert_string_equal(H.V.sel->id, was);
	assert_true(H.V.fold_default);
	assert_true(nav_shown(&H.V, H.V.sel));
	assert_true(view_collapsed(&H.V, tt_thread_find(H.V.t, f2)));
	ui_session_close(&s, &H.V, 0, no_report);
	close_view();
	free(f1), free(f2), free(was);
}

/* Comments written after the last visit are counted as new. */
static void comments_since_the_last_visit_are_new(void **state)
{
	(void)state;
	struct ui_session s;
	char *dir = tt_xasprintf("%s/threadtag/positions", getenv("XDG_STATE_HOME"));
	char *cmd = tt_xasprintf("mkdir -p '%s'", dir), *pos = tt_xasprintf("%s/replies.yaml", dir);

	assert_int_equal(system(cmd), 0);
	tt_test_write(pos, "thread: replies\ncomment: r2\nsaved: \"2025-03-12T00:00:00Z\"\n");
	open_at(replies, 30, 160);
	session_open(&s);
	assert_string_equal(H.V.sel->id, "r2");
	assert_int_equal(H.V.nnew, 1); /* r3, 13 March */
	char want[32];
	snprintf(want, sizeof want, "%zu unread, 1 new", H.V.t->ncomments - H.V.nseen);
	assert_true(strstr(uih_row(LINES - 1), want) != NULL);
	ui_session_close(&s, &H.V, 0, no_report);
	close_view();
	free(cmd), free(pos), free(dir);
}

/* Every test's files live in the build tree: HOME, XDG_* and TMPDIR point there. */
static void private_home(void)
{
	const char *b = getenv("TT_BUILDDIR");
	char *home = tt_xasprintf("%s/test-home/ui_reading", b ? b : ".");
	const char *vars[] = {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "TMPDIR"};
	const char *sub[] = {"config", "state", "data", "tmp"};
	char *cmd = tt_xasprintf("rm -rf '%s' && mkdir -p '%s/tmp'", home, home);

	if (system(cmd) != 0)
		exit(77);
	setenv("HOME", home, 1);
	for (size_t i = 0; i < 4; i++) {
		char *d = tt_xasprintf("%s/%s", home, sub[i]);
		setenv(vars[i], d, 1);
		free(d);
	}
	free(cmd);
	free(home);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(search_expands_and_shows_the_hit),
	    cmocka_unit_test(search_scrolls_a_tall_comment_to_the_hit),
	    cmocka_unit_test(search_keeps_smart_case),
	    cmocka_unit_test(backward_search_shows_its_key),
	    cmocka_unit_test(fold_waits_for_a_search_key),
	    cmocka_unit_test(too_small_screen_ignores_keys_and_fits),
	    cmocka_unit_test(collapse_all_then_expand_all_keeps_the_selection),
	    cmocka_unit_test(deleted_and_dead_markers),
	    cmocka_unit_test(collapsed_rows_are_one_line_with_the_same_count),
	    cmocka_unit_test(article_takes_the_room_without_comments),
	    cmocka_unit_test(folds_are_remembered_with_the_position),
	    cmocka_unit_test(limit_help_and_prompt_agree),
	    cmocka_unit_test(man_page_names_what_the_store_makes),
	    cmocka_unit_test(replies_name_their_parent_and_the_author_is_marked),
	    cmocka_unit_test(tall_comment_keeps_its_header_on_top),
	    cmocka_unit_test(pinned_chain_keeps_the_parent_in_view),
	    cmocka_unit_test(guideline_opens_scrolls_and_searches),
	    cmocka_unit_test(dates_are_relative_in_the_tree_and_absolute_in_the_status),
	    cmocka_unit_test(dates_and_widths_come_from_the_config),
	    cmocka_unit_test(article_percentage_and_status_position),
	    cmocka_unit_test(article_has_a_centred_reading_width),
	    cmocka_unit_test(link_posts_show_their_url),
	    cmocka_unit_test(comments_since_the_last_visit_are_new),
	    cmocka_unit_test(markdown_links_show_their_text),
	    cmocka_unit_test(urls_are_not_broken_when_they_fit),
	    cmocka_unit_test(links_list_numbers_the_comments_links),
	    cmocka_unit_test(links_open_in_the_browser_without_a_shell),
	    cmocka_unit_test(links_copy_sends_only_the_osc52_escape),
	};

	setlocale(LC_ALL, "C.UTF-8");
	setenv("TZ", "UTC", 1); /* absolute dates in local time: make local time known */
	tzset();
	private_home();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
