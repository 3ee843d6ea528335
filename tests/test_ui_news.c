/* test_ui_news: the [new] and [edited] markers, the next-new key and the update key, on an
 * offscreen screen. */
#include "tt_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ui/app.h"
#include "threadtag/thread_yaml.h"

static struct {
	SCREEN *sc;
	FILE *in, *out;
	tt_thread *t;
	struct view v;
} F;

static void open_view(const char *name, const char *since)
{
	char *path = tt_test_src(name);
	tt_error err;
	F.t = tt_thread_load(path, &err, NULL);
	free(path);
	assert_non_null(F.t);
	F.out = fopen("/dev/null", "w");
	F.in = fopen("/dev/null", "r");
	F.sc = newterm("xterm-256color", F.out, F.in);
	assert_non_null(F.sc);
	set_term(F.sc);
	resizeterm(30, 100);
	ui_colors_setup(NULL, 0);
	view_init(&F.v, F.t);
	F.v.since = since;
	ui_keymap_defaults();
	ui_screen_setup(&F.v);
	ui_draw_all(&F.v, stdscr);
}

static void close_view(void)
{
	view_free(&F.v);
	endwin();
	delscreen(F.sc);
	fclose(F.in);
	fclose(F.out);
	tt_thread_free(F.t);
	memset(&F, 0, sizeof F);
}

static int key(const char *name)
{
	int rd = ui_apply_key(&F.v, ui_key_parse(name), NULL);
	ui_draw_all(&F.v, stdscr);
	return rd;
}

/* The screen row holding text, or NULL. */
static char *row_with(const char *text)
{
	static char line[512];
	for (int y = 0; y < LINES; y++) {
		mvwinnstr(stdscr, y, 0, line, (int)sizeof line - 1);
		if (strstr(line, text))
			return line;
	}
	return NULL;
}

static void test_markers(void **state)
{
	(void)state;
	open_view("tests/data/threads/updated.yaml", "2026-02-01T00:00:00Z");
	assert_non_null(strstr(row_with("newcomer"), "[new]"));
	assert_non_null(strstr(row_with("latecomer"), "[new]"));
	assert_null(strstr(row_with("early"), "[new]"));   /* added before the last visit */
	assert_null(strstr(row_with("old_one"), "[new]")); /* never added by an update */
	assert_non_null(strstr(row_with("editor"), "[edited]"));
	assert_null(strstr(row_with("newcomer"), "[edited]"));
	close_view();
	/* A first visit (no time recorded): nothing is new. */
	open_view("tests/data/threads/updated.yaml", NULL);
	assert_null(row_with("[new]"));
	close_view();
}

static void test_next_new(void **state)
{
	(void)state;
	open_view("tests/data/threads/updated.yaml", "2026-02-01T00:00:00Z");
	assert_string_equal(F.v.sel->id, "a");
	key("w");
	assert_string_equal(F.v.sel->id, "b");
	key("w");
	assert_string_equal(F.v.sel->id, "e");
	key("w"); /* wraps around */
	assert_string_equal(F.v.sel->id, "b");
	close_view();
	open_view("tests/data/threads/updated.yaml", "2026-12-01T00:00:00Z");
	assert_int_equal(key("w") & RD_QUIT, 0);
	assert_string_equal(F.v.sel->id, "a");
	assert_non_null(strstr(F.v.msg, "no comment is new"));
	close_view();
}

static void test_update_key(void **state)
{
	(void)state;
	open_view("tests/data/threads/updated.yaml", NULL);
	assert_true(key("R") & RD_QUIT); /* ui_main.c fetches and reopens */
	assert_true(F.v.want_update);
	close_view();
	open_view("tests/data/small.yaml", NULL); /* no source_url */
	assert_int_equal(key("R") & RD_QUIT, 0);
	assert_false(F.v.want_update);
	assert_non_null(strstr(F.v.msg, "not fetched from an address"));
	close_view();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_markers),
	    cmocka_unit_test(test_next_new),
	    cmocka_unit_test(test_update_key),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
