/* test_colors: theme roles as curses attributes on newterm() screens of several terminal types. */
#include "tt_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/colors.h"
#include "threadtag/theme.h"
#include "threadtag/xalloc.h"

struct screen {
	SCREEN *sp;
	FILE *out, *in;
};

static int skipped; /* tests skipped for a missing terminfo entry */

/* A screen of the given terminal type writing to /dev/null; skips the test if
 * the terminal description is not installed (ncurses-base has them all). */
static void open_screen(struct screen *s, const char *term)
{
	s->out = fopen("/dev/null", "w");
	s->in = fopen("/dev/null", "r");
	assert_non_null(s->out);
	assert_non_null(s->in);
	s->sp = newterm(term, s->out, s->in);
	if (!s->sp) {
		fclose(s->out);
		fclose(s->in);
		skipped++;
		skip();
	}
	set_term(s->sp);
}

/* The tests may themselves run inside tmux or screen. */
static int no_multiplexer(void **state)
{
	(void)state;
	unsetenv("TMUX");
	unsetenv("STY");
	return 0;
}

static void close_screen(struct screen *s)
{
	endwin();
	delscreen(s->sp);
	fclose(s->out);
	fclose(s->in);
}

static tt_theme *theme_from(const char *text)
{
	char *dir = tt_test_tmpdir();
	char *p = tt_xasprintf("%s/t.yaml", dir);
	tt_test_write(p, text);
	tt_error err;
	tt_theme *t = tt_theme_load(p, &err);
	if (!t)
		fail_msg("%s:%u:%u: %s", err.file, err.line, err.col, err.msg);
	free(p);
	free(dir);
	return t;
}

/* The colours behind a role's pair. */
static void role_colors(const char *role, int *fg, int *bg)
{
	short f = 0, b = 0;
	attr_t a = tt_colors_attr(tt_colors_role(role));
	assert_int_equal(pair_content((short)PAIR_NUMBER(a), &f, &b), OK);
	*fg = f;
	*bg = b;
}

static void assert_role(const char *role, int fg, int bg)
{
	int f, b;
	role_colors(role, &f, &b);
	if (f != fg || b != bg)
		fail_msg("%s: got fg %d bg %d, want fg %d bg %d", role, f, b, fg, bg);
}

static void test_without_screen(void **state)
{
	(void)state;
	int id = tt_colors_role("title");
	assert_int_equal(tt_colors_attr(id), A_NORMAL); /* before any init */
	assert_int_equal(tt_colors_init(NULL, 0), -1);
	assert_int_equal(tt_colors_attr(id), A_NORMAL);
}

static void test_xterm_256_default_theme(void **state)
{
	(void)state;
	struct screen s;
	unsetenv("NO_COLOR");
	open_screen(&s, "xterm-256color");
	tt_theme *t = tt_theme_builtin();
	assert_int_equal(tt_colors_init(t, 0), 0);
	tt_theme_free(t); /* colors keeps its own copy */
	assert_int_equal(tt_colors_mode(), TT_COLORS_RGB);
	assert_true(tt_colors_attr(tt_colors_role("title")) & A_BOLD);
	assert_role("title", 15, -1);
	assert_role("selection", 15, 24);
	assert_role("rail.1", 33, -1);
	assert_role("rail.6", 134, -1);
	assert_role("stance.against", 15, 124);
	assert_true(tt_colors_attr(tt_colors_role("quote")) & A_ITALIC);
	assert_int_equal(PAIR_NUMBER(tt_colors_attr(tt_colors_role("body"))), 0);
	/* Same colours, same pair. */
	assert_int_equal(PAIR_NUMBER(tt_colors_attr(tt_colors_role("time"))),
			 PAIR_NUMBER(tt_colors_attr(tt_colors_role("reply-count"))));
	close_screen(&s);
}

static void test_rgb_exact_where_palette_changes(void **state)
{
	(void)state;
	struct screen s;
	open_screen(&s, "xterm-256color");
	tt_theme *t = theme_from("roles:\n"
				 "  title: 255\n"
				 "  author: \"#b58900 bold\"\n"
				 "  site: \"#268bd2\"\n"
				 "  rail.1: \"#268BD2\"\n");
	tt_colors_init(t, 0);
	int fg, bg;
	role_colors("author", &fg, &bg);
	/* A slot from the top of the palette, but not 255: the theme uses it as is. */
	assert_in_range(fg, 160, 254);
	short r, g, b;
	assert_int_equal(color_content((short)fg, &r, &g, &b), OK);
	assert_in_range(r, 708, 712); /* 0xb5 = 181 of 255 */
	assert_in_range(g, 535, 539); /* 0x89 = 137 */
	assert_int_equal(b, 0);
	int site, rail;
	role_colors("site", &site, &bg);
	role_colors("rail.1", &rail, &bg);
	assert_int_equal(site, rail); /* one slot per distinct colour */
	assert_in_range(site, 160, 254);
	assert_int_not_equal(site, fg);
	assert_int_equal(color_content((short)site, &r, &g, &b), OK);
	assert_in_range(r, 147, 151); /* 0x26 = 38 of 255 */
	assert_in_range(b, 822, 826); /* 0xd2 = 210 */
	assert_role("title", 255, -1);
	tt_theme_free(t);
	close_screen(&s);
}

/* screen and tmux cannot change the palette: #rrggbb becomes the nearest of the 256. */
/* Inside tmux, TERM=xterm-256color claims a palette tmux will not change. */
static void test_inside_tmux_no_palette_change(void **state)
{
	(void)state;
	struct screen s;
	open_screen(&s, "xterm-256color");
	setenv("TMUX", "/tmp/tmux-1000/default,1,0", 1);
	tt_theme *t = tt_theme_load("themes/solarized-dark.yaml", NULL);
	tt_colors_init(t, 0);
	assert_int_equal(tt_colors_mode(), TT_COLORS_256);
	assert_role("author", tt_colors_nearest(TT_COLOR_RGB(0xb5, 0x89, 0x00), 256), -1);
	unsetenv("TMUX");
	setenv("STY", "1234.pts-0.host", 1);
	tt_colors_init(t, 0);
	assert_int_equal(tt_colors_mode(), TT_COLORS_256);
	unsetenv("STY");
	tt_colors_init(t, 0);
	assert_int_equal(tt_colors_mode(), TT_COLORS_RGB);
	tt_theme_free(t);
	close_screen(&s);
}

static void test_fixed_256_nearest(void **state)
{
	(void)state;
	const char *terms[] = {"screen-256color", "tmux-256color"};
	for (size_t i = 0; i < 2; i++) {
		struct screen s;
		open_screen(&s, terms[i]);
		tt_theme *t = tt_theme_load("themes/solarized-dark.yaml", NULL);
		assert_non_null(t);
		tt_colors_init(t, 0);
		assert_int_equal(tt_colors_mode(), TT_COLORS_256);
		int want = tt_colors_nearest(TT_COLOR_RGB(0xb5, 0x89, 0x00), 256);
		assert_in_range(want, 16, 255);
		assert_role("author", want, -1);
		want = tt_colors_nearest(TT_COLOR_RGB(0x07, 0x36, 0x42), 256);
		assert_role("selection", tt_colors_nearest(TT_COLOR_RGB(0xfd, 0xf6, 0xe3), 256),
			    want);
		tt_theme_free(t);
		close_screen(&s);
	}
}

static void test_eight_colors(void **state)
{
	(void)state;
	struct screen s;
	open_screen(&s, "xterm");
	tt_theme *t = theme_from("roles:\n"
				 "  title: bright-white\n"
				 "  rail.1: 33\n"
				 "  chip: 196 on 160\n"
				 "  status: 252 on 236\n");
	tt_colors_init(t, 0);
	assert_int_equal(tt_colors_mode(), TT_COLORS_8);
	/* Bright colours become bold. */
	assert_true(tt_colors_attr(tt_colors_role("title")) & A_BOLD);
	assert_role("title", 7, -1);
	int fg, bg;
	role_colors("rail.1", &fg, &bg);
	assert_int_equal(fg, tt_colors_nearest(33, 8));
	assert_in_range(fg, 1, 7);
	assert_role("status", 7, 0);
	/* Two reds that merge into one would hide the text: reverse video instead. */
	assert_true(tt_colors_attr(tt_colors_role("chip")) & A_REVERSE);
	assert_role("chip", 1, -1);
	tt_theme_free(t);
	close_screen(&s);
}

/* No pair anywhere: every listed role draws with attributes only. */
static void assert_all_mono(void)
{
	const char *const *roles = tt_theme_known_roles();
	for (size_t i = 0; roles[i]; i++)
		if (PAIR_NUMBER(tt_colors_attr(tt_colors_role(roles[i]))) != 0)
			fail_msg("%s has a colour pair", roles[i]);
}

static void test_terminal_without_colors(void **state)
{
	(void)state;
	struct screen s;
	open_screen(&s, "vt100");
	tt_colors_init(NULL, 0);
	assert_int_equal(tt_colors_mode(), TT_COLORS_MONO);
	assert_int_equal(tt_colors_attr(tt_colors_role("selection")), A_REVERSE);
	assert_int_equal(tt_colors_attr(tt_colors_role("title")), A_BOLD);
	assert_all_mono();
	close_screen(&s);
}

static void test_no_color(void **state)
{
	(void)state;
	struct screen s;
	open_screen(&s, "xterm-256color");
	setenv("NO_COLOR", "1", 1);
	tt_colors_init(NULL, 0);
	assert_int_equal(tt_colors_mode(), TT_COLORS_MONO);
	assert_int_equal(tt_colors_attr(tt_colors_role("selection")), A_REVERSE);
	assert_all_mono();
	/* Set but empty does not count (no-color.org). */
	setenv("NO_COLOR", "", 1);
	assert_int_equal(tt_colors_no_color_env(), 0);
	tt_colors_init(NULL, 0);
	assert_int_equal(tt_colors_mode(), TT_COLORS_RGB);
	assert_int_not_equal(PAIR_NUMBER(tt_colors_attr(tt_colors_role("selection"))), 0);
	unsetenv("NO_COLOR");
	/* The caller's switch (--no-color) does the same. */
	tt_colors_init(NULL, 1);
	assert_int_equal(tt_colors_mode(), TT_COLORS_MONO);
	assert_all_mono();
	close_screen(&s);
}

/* A theme of attributes only is kept in mono; a colour theme gives way to mono's. */
static void test_mono_keeps_colorless_theme(void **state)
{
	(void)state;
	struct screen s;
	open_screen(&s, "vt100");
	tt_theme *t = theme_from("roles:\n  title: underline\n  selection: bold\n");
	tt_colors_init(t, 0);
	assert_int_equal(tt_colors_attr(tt_colors_role("title")), A_UNDERLINE);
	assert_int_equal(tt_colors_attr(tt_colors_role("selection")), A_BOLD);
	tt_theme_free(t);
	t = tt_theme_load("themes/light.yaml", NULL);
	tt_colors_init(t, 0);
	assert_int_equal(tt_colors_attr(tt_colors_role("title")), A_BOLD);
	assert_int_equal(tt_colors_attr(tt_colors_role("selection")), A_REVERSE);
	tt_theme_free(t);
	close_screen(&s);
}

static void test_role_ids(void **state)
{
	(void)state;
	struct screen s;
	int title = tt_colors_role("title");
	assert_int_equal(tt_colors_role("title"), title);
	open_screen(&s, "xterm-256color");
	tt_colors_init(NULL, 0);
	assert_int_equal(tt_colors_role("title"), title);
	/* Named after init: computed at once, with fallbacks. */
	int r9 = tt_colors_role("rail.9"), rail = tt_colors_role("rail");
	assert_int_not_equal(r9, rail);
	assert_int_equal(tt_colors_attr(r9), tt_colors_attr(rail));
	assert_int_equal(tt_colors_attr(tt_colors_role("stance.pro")),
			 tt_colors_attr(tt_colors_role("stance")));
	assert_int_equal(tt_colors_attr(-1), A_NORMAL);
	assert_int_equal(tt_colors_attr(100000), A_NORMAL);
	attr_t before = tt_colors_attr(title);
	/* A theme switch keeps the ids and changes what they draw. */
	tt_theme *mono = tt_theme_builtin_mono();
	tt_colors_init(mono, 0);
	tt_theme_free(mono);
	assert_int_equal(tt_colors_attr(title), A_BOLD);
	assert_int_not_equal(tt_colors_attr(title), before);
	close_screen(&s);
}

/* More distinct colour pairs than a terminal (or an attr_t) holds: the rest
 * keep their attributes and no pair number spills into other attributes. */
static void test_out_of_pairs(void **state)
{
	(void)state;
	struct screen s;
	open_screen(&s, "xterm"); /* 64 pairs */
	tt_buf b = {0};
	tt_buf_adds(&b, "roles:\n");
	for (int i = 1; i <= 99; i++)
		tt_buf_printf(&b, "  rail.%d: %d on %d underline\n", i, i % 8, (i / 8) % 8);
	tt_theme *t = theme_from(b.data);
	tt_buf_free(&b);
	tt_colors_init(t, 0);
	int with_pair = 0;
	for (int i = 1; i <= 99; i++) {
		char role[16];
		snprintf(role, sizeof role, "rail.%d", i);
		attr_t a = tt_colors_attr(tt_colors_role(role));
		assert_true(a & A_UNDERLINE);
		assert_int_equal(a & ~(A_UNDERLINE | A_REVERSE | A_COLOR), 0);
		assert_true(PAIR_NUMBER(a) < COLOR_PAIRS);
		with_pair += PAIR_NUMBER(a) != 0;
	}
	assert_true(with_pair >= 50);
	tt_theme_free(t);
	close_screen(&s);
}

static void test_nearest(void **state)
{
	(void)state;
	assert_int_equal(tt_colors_nearest(TT_COLOR_RGB(255, 0, 0), 256), 196);
	assert_int_equal(tt_colors_nearest(TT_COLOR_RGB(0x5f, 0xaf, 0xff), 256), 75);
	assert_int_equal(tt_colors_nearest(TT_COLOR_RGB(128, 128, 128), 256), 244);
	assert_int_equal(tt_colors_nearest(196, 8), 1);
	assert_int_equal(tt_colors_nearest(46, 16), 10);
	assert_int_equal(tt_colors_nearest(244, 16), 8);
	assert_int_equal(tt_colors_nearest(TT_COLOR_RGB(0, 0, 0), 8), 0);
	assert_int_equal(tt_colors_nearest(231, 8), 7);
	/* Grays stay gray and dark blues stay blue-ish on few colours (plain distance
	 * would give cyan for the first and gray for the second). */
	assert_int_equal(tt_colors_nearest(244, 8), COLOR_WHITE);
	assert_int_equal(tt_colors_nearest(238, 8), COLOR_WHITE);
	assert_int_equal(tt_colors_nearest(234, 8), COLOR_BLACK);
	assert_int_equal(tt_colors_nearest(24, 16), COLOR_CYAN);
	assert_int_equal(tt_colors_nearest(TT_COLOR_RGB(0x00, 0x2b, 0x36), 8), COLOR_BLACK);
	assert_int_equal(tt_colors_nearest(TT_COLOR_RGB(0x07, 0x36, 0x42), 8), COLOR_CYAN);
	assert_int_equal(tt_colors_nearest(71, 8), COLOR_GREEN);
	assert_int_equal(tt_colors_nearest(TT_COLOR_RGB(0xd7, 0x00, 0x00), 16), COLOR_RED);
	assert_int_equal(tt_colors_nearest(TT_COLOR_RGB(0xff, 0x00, 0x00), 16), 9);
	assert_int_equal(tt_colors_nearest(TT_COLOR_RGB(0xff, 0xff, 0xff), 16), 15);
	assert_int_equal(tt_colors_nearest(TT_COLOR_RGB(0xc0, 0xc0, 0xc0), 16), COLOR_WHITE);
	assert_int_equal(tt_colors_nearest(TT_COLOR_RGB(0x80, 0x00, 0x80), 8), COLOR_MAGENTA);
	assert_int_equal(tt_colors_nearest(3, 8), 3);
	assert_int_equal(tt_colors_nearest(TT_COLOR_DEFAULT, 8), TT_COLOR_DEFAULT);
}

static int teardown_all(void **state)
{
	(void)state;
	tt_colors_reset();
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_without_screen), /* first: no screen exists yet */
		cmocka_unit_test(test_xterm_256_default_theme),
		cmocka_unit_test(test_rgb_exact_where_palette_changes),
		cmocka_unit_test(test_fixed_256_nearest),
		cmocka_unit_test(test_inside_tmux_no_palette_change),
		cmocka_unit_test(test_eight_colors),
		cmocka_unit_test(test_terminal_without_colors),
		cmocka_unit_test(test_no_color),
		cmocka_unit_test(test_mono_keeps_colorless_theme),
		cmocka_unit_test(test_role_ids),
		cmocka_unit_test(test_out_of_pairs),
		cmocka_unit_test(test_nearest),
	};
	int failed = cmocka_run_group_tests(tests, no_multiplexer, teardown_all);
	/* A skip is reported as one (77) to ctest, never as a pass. */
	return failed ? failed : skipped ? 77 : 0;
}
