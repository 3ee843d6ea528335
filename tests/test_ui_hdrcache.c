/* test_ui_hdrcache: a cached header is never copied after what it shows changed. */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui_harness.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread_yaml.h"

/* Times to count from, a reply to fold under, an update's "added" mark. */
static const char thread_yaml[] =
    "threadtag: 1\n"
    "id: hc\n"
    "article:\n"
    "  title: Headers\n"
    "  author: A. Writer\n"
    "  body: [The article.]\n"
    "comments:\n"
    "  - id: c1\n"
    "    author: alice\n"
    "    time: 2026-01-05T10:00\n"
    "    body: [First comment.]\n"
    "    replies:\n"
    "      - id: c2\n"
    "        author: bob\n"
    "        time: 2026-01-05T10:05\n"
    "        added: 2026-01-06T00:00\n"
    "        body: [A reply.]\n"
    "  - id: c3\n"
    "    author: carol\n"
    "    time: 2026-01-05T11:00\n"
    "    body: [Another.]\n";
static uih H;

static int open_all(void **state)
{
	(void)state;
	/* 2026-01-05 12:00 UTC: times read "2 h" */
	uih_open(&H, &(struct uih_opts){.yaml = thread_yaml,
	                                .rows = 30,
	                                .cols = 140,
	                                .now = 1767614400 + 3 * 3600});
	return 0;
}

static int close_all(void **state)
{
	(void)state;
	uih_close(&H);
	return 0;
}


/* The whole screen's cells. */
typedef struct {
	int rows, cols;
	cchar_t *c;
} shot;

static shot take(void)
{
	shot s = {LINES, COLS, tt_xcalloc((size_t)LINES * (size_t)COLS, sizeof(cchar_t))};

	for (int y = 0; y < s.rows; y++)
		for (int x = 0; x < s.cols; x++)
			mvwin_wch(stdscr, y, x, &s.c[(size_t)y * (size_t)s.cols + (size_t)x]);
	return s;
}

static int same(const shot *a, const shot *b, int *ry, int *rx)
{
	if (a->rows != b->rows || a->cols != b->cols)
		return 0;
	for (int y = 0; y < a->rows; y++)
		for (int x = 0; x < a->cols; x++) {
			const cchar_t *p = &a->c[(size_t)y * (size_t)a->cols + (size_t)x];
			const cchar_t *q = &b->c[(size_t)y * (size_t)b->cols + (size_t)x];
			wchar_t wp[CCHARW_MAX + 1], wq[CCHARW_MAX + 1];
			attr_t ap, aq;
			short pp, pq;
			getcchar(p, wp, &ap, &pp, NULL);
			getcchar(q, wq, &aq, &pq, NULL);
			if (wcscmp(wp, wq) || ap != aq || pp != pq) {
				*ry = y, *rx = x;
				return 0;
			}
		}
	return 1;
}

/* Draws the screen with every header cached (each drawn at least once
 * before), changes something with change(), draws again from the cache and
 * without it: both must match, and must differ from the screen before the
 * change, or the change showed nothing and the test proves nothing. */
static void check(const char *what, void (*change)(void))
{
	shot before, cached, fresh;
	int y = 0, x = 0;

	ui_draw_all(&H.V, stdscr);
	ui_draw_all(&H.V, stdscr);
	before = take();
	change();
	ui_draw_all(&H.V, stdscr);
	cached = take();
	hdr_drop(&H.V);
	ui_draw_all(&H.V, stdscr);
	fresh = take();
	if (same(&before, &fresh, &y, &x))
		fail_msg("%s: the change did not show on the screen", what);
	if (!same(&cached, &fresh, &y, &x))
		fail_msg("%s: a stale header was copied (row %d, column %d)", what, y, x);
	free(before.c);
	free(cached.c);
	free(fresh.c);
}

static tt_comment *find(const char *id)
{
	tt_comment *c = tt_thread_find(H.T, id);
	assert_non_null(c);
	return c;
}

static void tag_selection(void)
{
	ui_apply_key(&H.V, '1', NULL);
}

static void tag_hidden_reply(void)
{
	tt_error err;
	tt_tagstore *s = tags_store(&H.V);
	const tt_scheme *sc2 = tt_tagstore_scheme(s);

	assert_true(view_collapsed(&H.V, find("c1")));
	assert_int_equal(tt_tagstore_set_value(s, "c2", sc2->dims[0].name,
	                                       sc2->dims[0].values[1].name, &err),
	                 0);
	tags_changed(&H.V, "c2");
}

static void fold_c1(void)
{
	view_set_collapsed(&H.V, find("c1"), 1);
}

static void unfold_c1(void)
{
	view_set_collapsed(&H.V, find("c1"), 0);
}

static void move_down(void)
{
	ui_apply_key(&H.V, 'j', NULL);
}

static void narrower(void)
{
	resizeterm(30, 100);
	ui_screen_setup(&H.V);
}

static void no_color(void)
{
	ui_colors_setup(NULL, 1);
}

static void with_color(void)
{
	ui_colors_setup(NULL, 0);
}

static void minute_ticks(void)
{
	H.V.now += 3600;
}

static void absolute_dates(void)
{
	H.V.relative_dates = 0;
}

static void relative_dates(void)
{
	H.V.relative_dates = 1;
}

static void search_author(void)
{
	free(H.V.pattern);
	H.V.pattern = tt_xstrdup("carol");
}

static void search_other_author(void)
{
	free(H.V.pattern);
	H.V.pattern = tt_xstrdup("alice");
}

static void news_since(void)
{
	H.V.since = "2026-01-05T23:00:00Z";
}

/* Each thing a header shows, changed while the header is cached. */
static void each_change_invalidates(void **state)
{
	(void)state;
	check("a tag on the selection", tag_selection);
	check("the selection moves", move_down);
	check("a fold", fold_c1);
	check("a tag on a reply of a folded comment", tag_hidden_reply);
	check("an unfold", unfold_c1);
	check("a resize", narrower);
	check("a theme change", no_color);
	check("the theme back", with_color);
	check("the relative-time minute", minute_ticks);
	check("absolute dates", absolute_dates);
	check("relative dates again", relative_dates);
	check("a search pattern", search_author);
	check("another pattern", search_other_author);
	check("new since the last visit", news_since);
	H.V.since = NULL;
}

/* A store opened again starts its tag generation over: a header kept under
 * the old store's first generation must not come back once the store holds
 * a tag it did not have then. */
static void store_opened_again_drops_headers(void **state)
{
	shot cached, fresh;
	int y = 0, x = 0;
	char *before, *after;

	(void)state;
	assert_int_equal(tags_reopen(&H.V, 0), 0);
	H.V.sel = find("c3"); /* untagged so far, like every comment but c1 */
	ui_draw_all(&H.V, stdscr); /* c3's header kept under generation 1 */
	before = ui_screen_text(stdscr);
	assert_int_equal(tags_reopen(&H.V, 1), 0);
	ui_apply_key(&H.V, '1', NULL); /* c3 tagged and saved */
	H.V.sel = find("c3");
	assert_int_equal(tags_reopen(&H.V, 0), 0); /* generation 1 again */
	assert_true(tags_is_tagged(&H.V, "c3"));
	ui_draw_all(&H.V, stdscr);
	cached = take();
	after = ui_screen_text(stdscr);
	hdr_drop(&H.V);
	ui_draw_all(&H.V, stdscr);
	fresh = take();
	assert_string_not_equal(before, after);
	if (!same(&cached, &fresh, &y, &x))
		fail_msg("a header of the old store was copied (row %d, column %d)", y, x);
	free(before);
	free(after);
	free(cached.c);
	free(fresh.c);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(each_change_invalidates),
	    cmocka_unit_test(store_opened_again_drops_headers),
	};
	return cmocka_run_group_tests(tests, open_all, close_all);
}
