/* test_theme: theme files, the compiled-in themes, role fallbacks and bad-file messages. */
#include "tt_test.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "threadtag/theme.h"
#include "threadtag/xalloc.h"

static void assert_style(tt_style s, int fg, int bg, unsigned attrs)
{
	assert_int_equal(s.fg, fg);
	assert_int_equal(s.bg, bg);
	assert_int_equal(s.attrs, attrs);
}

/* Every listed role has its own entry in t (no role silently falls back). */
static void assert_complete(const tt_theme *t)
{
	const char *const *roles = tt_theme_known_roles();
	for (size_t i = 0; roles[i]; i++) {
		int found = 0;
		for (size_t k = 0; k < tt_theme_nroles(t); k++)
			found |= !strcmp(tt_theme_role_name(t, k), roles[i]);
		if (!found)
			fail_msg("theme %s lacks role %s", tt_theme_name(t), roles[i]);
	}
	for (int d = 1; d <= 6; d++) {
		char rail[16];
		snprintf(rail, sizeof rail, "rail.%d", d);
		int found = 0;
		for (size_t k = 0; k < tt_theme_nroles(t); k++)
			found |= !strcmp(tt_theme_role_name(t, k), rail);
		if (!found)
			fail_msg("theme %s lacks %s", tt_theme_name(t), rail);
	}
}

static void assert_same(const tt_theme *a, const tt_theme *b)
{
	assert_int_equal(tt_theme_nroles(a), tt_theme_nroles(b));
	for (size_t i = 0; i < tt_theme_nroles(a); i++) {
		const char *role = tt_theme_role_name(a, i);
		tt_style x = tt_theme_style(a, role), y = tt_theme_style(b, role);
		if (x.fg != y.fg || x.bg != y.bg || x.attrs != y.attrs)
			fail_msg("role %s differs", role);
	}
}

static void test_builtin_matches_files(void **state)
{
	(void)state;
	tt_error err;
	const char *pairs[][2] = {{"themes/default.yaml", "default"}, {"themes/mono.yaml", "mono"}};
	for (size_t i = 0; i < 2; i++) {
		tt_theme *file = tt_theme_load(pairs[i][0], &err);
		if (!file)
			fail_msg("%s:%u:%u: %s", err.file, err.line, err.col, err.msg);
		tt_theme *built = i == 0 ? tt_theme_builtin() : tt_theme_builtin_mono();
		assert_string_equal(tt_theme_name(built), pairs[i][1]);
		assert_same(file, built);
		assert_same(built, file);
		assert_complete(built);
		tt_theme_free(file);
		tt_theme_free(built);
	}
}

/* Every shipped theme loads, is complete, and default/light/mono and at least one more exist. */
static void test_shipped_themes(void **state)
{
	(void)state;
	DIR *d = opendir("themes");
	assert_non_null(d);
	int n = 0, have_light = 0, have_mono = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		size_t len = strlen(e->d_name);
		if (len < 6 || strcmp(e->d_name + len - 5, ".yaml"))
			continue;
		char *path = tt_xasprintf("themes/%s", e->d_name);
		tt_error err;
		tt_theme *t = tt_theme_load(path, &err);
		if (!t)
			fail_msg("%s:%u:%u: %s", err.file, err.line, err.col, err.msg);
		assert_complete(t);
		assert_true(strlen(tt_theme_description(t)) > 0);
		have_light |= !strcmp(tt_theme_name(t), "light");
		if (!strcmp(tt_theme_name(t), "mono")) {
			have_mono = 1;
			assert_false(tt_theme_has_color(t));
		} else {
			assert_true(tt_theme_has_color(t));
		}
		tt_theme_free(t);
		free(path);
		n++;
	}
	closedir(d);
	assert_true(n >= 4);
	assert_true(have_light && have_mono);
}

static void test_fallbacks(void **state)
{
	(void)state;
	tt_theme *t = tt_theme_builtin();
	tt_style rail = tt_theme_style(t, "rail"), body = tt_theme_style(t, "body");
	tt_style r7 = tt_theme_style(t, "rail.7"), r1 = tt_theme_style(t, "rail.1");
	assert_style(r7, rail.fg, rail.bg, rail.attrs);
	assert_int_equal(r1.fg, 33);
	assert_true(r1.fg != rail.fg);
	tt_style pro = tt_theme_style(t, "stance.pro"), stance = tt_theme_style(t, "stance");
	assert_style(pro, stance.fg, stance.bg, stance.attrs);
	tt_style favor = tt_theme_style(t, "stance.favor");
	assert_int_equal(favor.bg, 71);
	tt_style odd = tt_theme_style(t, "no-such-role");
	assert_style(odd, body.fg, body.bg, body.attrs);
	tt_style deep = tt_theme_style(t, "border.focus.extra");
	tt_style focus = tt_theme_style(t, "border.focus");
	assert_style(deep, focus.fg, focus.bg, focus.attrs);
	assert_style(tt_theme_style(t, "title"), 15, TT_COLOR_DEFAULT, TT_ATTR_BOLD);
	tt_theme_free(t);
}

static void test_parse_color(void **state)
{
	(void)state;
	struct {
		const char *s;
		int want;
	} ok[] = {
		{"black", 0},	      {"RED", 1},	 {"white", 7},	    {"gray", 8},
		{"grey", 8},	      {"bright-black", 8}, {"bright-white", 15}, {"0", 0},
		{"255", 255},	      {"default", TT_COLOR_DEFAULT},
		{"#5fafff", TT_COLOR_RGB(0x5f, 0xaf, 0xff)},
		{"#FFF", TT_COLOR_RGB(255, 255, 255)},
		{"#000000", TT_COLOR_RGB(0, 0, 0)},
	};
	const char *bad[] = {"256", "-1", "purple", "#12345", "#1234567", "#ggg", "12a", "", "#"};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		int c = -99;
		assert_int_equal(tt_theme_parse_color(ok[i].s, strlen(ok[i].s), &c), 0);
		assert_int_equal(c, ok[i].want);
	}
	assert_true(TT_COLOR_IS_RGB(TT_COLOR_RGB(0, 0, 0)));
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		int c;
		if (tt_theme_parse_color(bad[i], strlen(bad[i]), &c) == 0)
			fail_msg("'%s' was accepted", bad[i]);
	}
}

static void test_parse_style(void **state)
{
	(void)state;
	tt_style s;
	size_t off;
	char why[256];
	assert_int_equal(tt_theme_parse_style("yellow on blue bold underline", &s, &off, why,
					      sizeof why),
			 0);
	assert_style(s, 3, 4, TT_ATTR_BOLD | TT_ATTR_UNDERLINE);
	assert_int_equal(tt_theme_parse_style("on 237", &s, &off, why, sizeof why), 0);
	assert_style(s, TT_COLOR_DEFAULT, 237, 0);
	assert_int_equal(tt_theme_parse_style("bold  reverse   italic dim", &s, &off, why,
					      sizeof why),
			 0);
	assert_style(s, TT_COLOR_DEFAULT, TT_COLOR_DEFAULT,
		     TT_ATTR_BOLD | TT_ATTR_REVERSE | TT_ATTR_ITALIC | TT_ATTR_DIM);
	assert_int_equal(tt_theme_parse_style("bold #102030", &s, &off, why, sizeof why), 0);
	assert_style(s, TT_COLOR_RGB(0x10, 0x20, 0x30), TT_COLOR_DEFAULT, TT_ATTR_BOLD);
	assert_int_equal(tt_theme_parse_style("red on green on blue", &s, &off, why, sizeof why),
			 -1);
	assert_int_equal(off, 13);
	assert_non_null(strstr(why, "'on' given twice"));
	assert_int_equal(tt_theme_parse_style("bold blinking", &s, &off, why, sizeof why), -1);
	assert_int_equal(off, 5);
	assert_non_null(strstr(why, "'blinking'"));
}

/* A bad file and where its message must point. */
struct bad {
	const char *file;
	unsigned line, col;
	const char *fragment;
};

static const struct bad bad_themes[] = {
	{"unknown-role.yaml", 5, 3, "unknown role 'titel'"},
	{"bad-color.yaml", 2, 21, "unknown background colour 'purpel'"},
	{"bad-attr.yaml", 4, 21, "unknown attribute 'blink'"},
	{"not-mapping.yaml", 1, 1, "a theme must be a mapping"},
	{"syntax.yaml", 2, 1, "YAML syntax error"},
	{"duplicate-role.yaml", 4, 3, "role 'rail.1' given twice"},
	{"unquoted-hash.yaml", 3, 8, "an unquoted # starts a comment"},
	{"number-range.yaml", 2, 17, "a colour number is 0-255"},
	{"on-without-color.yaml", 2, 19, "'on' must be followed by a background colour"},
	{"unknown-key.yaml", 2, 1, "unknown key 'colours'"},
	{"missing-base.yaml", 2, 7, "base theme 'no-such-theme-anywhere': no such theme"},
	{"bad-hex.yaml", 2, 15, "#rrggbb"},
	{"two-fg.yaml", 2, 14, "a second foreground colour 'green'"},
	{"loop-a.yaml", 1, 7, "deeper than 8 themes"},
	{"alias.yaml", 2, 10, "anchors (&name) are not allowed"},
	{"list-style.yaml", 2, 10, "the style of 'quote' must be a string"},
};

static void test_bad_files(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof bad_themes / sizeof *bad_themes; i++) {
		const struct bad *b = &bad_themes[i];
		char *path = tt_xasprintf("tests/data/themes/%s", b->file);
		tt_error err;
		memset(&err, 0, sizeof err);
		tt_theme *t = tt_theme_load(path, &err);
		if (t)
			fail_msg("%s loaded", path);
		if (strcmp(err.file, path) || err.line != b->line || err.col != b->col ||
		    !strstr(err.msg, b->fragment))
			fail_msg("%s: got %s:%u:%u: %s; want %u:%u: ...%s...", b->file, err.file,
				 err.line, err.col, err.msg, b->line, b->col, b->fragment);
		free(path);
	}
}

static char *write_theme(const char *dir, const char *name, const char *text)
{
	char *p = tt_xasprintf("%s/%s", dir, name);
	tt_test_write(p, text);
	return p;
}

static void test_base_and_mapping_form(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir();
	char *p = write_theme(dir, "mine.yaml",
			      "base: default\n"
			      "description: default with a red title\n"
			      "roles:\n"
			      "  title: {fg: red, bg: \"#000080\", attrs: [bold, italic]}\n"
			      "  note: {attrs: underline reverse}\n"
			      "  stance.pro: green\n");
	tt_error err;
	tt_theme *t = tt_theme_load(p, &err);
	if (!t)
		fail_msg("%s:%u:%u: %s", err.file, err.line, err.col, err.msg);
	assert_string_equal(tt_theme_name(t), "mine");
	assert_string_equal(tt_theme_description(t), "default with a red title");
	assert_style(tt_theme_style(t, "title"), 1, TT_COLOR_RGB(0, 0, 0x80),
		     TT_ATTR_BOLD | TT_ATTR_ITALIC);
	assert_style(tt_theme_style(t, "note"), TT_COLOR_DEFAULT, TT_COLOR_DEFAULT,
		     TT_ATTR_UNDERLINE | TT_ATTR_REVERSE);
	assert_style(tt_theme_style(t, "stance.pro"), 2, TT_COLOR_DEFAULT, 0);
	/* Inherited unchanged from the base. */
	assert_style(tt_theme_style(t, "rail.2"), 37, TT_COLOR_DEFAULT, 0);
	/* The same from memory, on the compiled-in mono theme. */
	const char *text = "base: mono\nroles:\n  title: red\n";
	tt_theme *m = tt_theme_load_mem("inline", text, strlen(text), &err);
	assert_non_null(m);
	assert_string_equal(tt_theme_name(m), "inline");
	assert_style(tt_theme_style(m, "title"), 1, TT_COLOR_DEFAULT, 0);
	assert_style(tt_theme_style(m, "selection"), TT_COLOR_DEFAULT, TT_COLOR_DEFAULT,
		     TT_ATTR_REVERSE);
	tt_theme_free(m);
	tt_theme *copy = tt_theme_dup(t);
	assert_same(t, copy);
	tt_theme_free(copy);
	tt_theme_free(t);
	free(p);
	free(dir);
}

/* A name is looked up in the user's themes directory before the shipped ones. */
static void test_lookup_by_name(void **state)
{
	(void)state;
	char *home = tt_test_tmpdir();
	char *dir = tt_xasprintf("%s/threadtag/themes", home);
	char *mk = tt_xasprintf("%s/threadtag", home);
	assert_int_equal(mkdir(mk, 0700), 0);
	assert_int_equal(mkdir(dir, 0700), 0);
	char *p = write_theme(dir, "light.yaml", "name: my-light\nroles:\n  title: underline\n");
	char *old = getenv("XDG_CONFIG_HOME") ? tt_xstrdup(getenv("XDG_CONFIG_HOME")) : NULL;
	setenv("XDG_CONFIG_HOME", home, 1);
	tt_error err;
	tt_theme *t = tt_theme_load("light", &err);
	assert_non_null(t);
	assert_string_equal(tt_theme_name(t), "my-light");
	tt_theme_free(t);
	t = tt_theme_load("solarized-dark", &err); /* falls through to ./themes */
	assert_non_null(t);
	assert_string_equal(tt_theme_name(t), "solarized-dark");
	assert_int_equal(tt_theme_style(t, "author").fg, TT_COLOR_RGB(0xb5, 0x89, 0x00));
	tt_theme_free(t);
	assert_null(tt_theme_load("no-such-theme", &err));
	assert_string_equal(err.file, "no-such-theme");
	assert_non_null(strstr(err.msg, "no such theme"));
	assert_null(tt_theme_load("../etc/passwd-like", &err)); /* a path, and missing */
	assert_null(tt_theme_find(".hidden"));
	if (old)
		setenv("XDG_CONFIG_HOME", old, 1);
	else
		unsetenv("XDG_CONFIG_HOME");
	free(old);
	free(p);
	free(mk);
	free(dir);
	free(home);
}

static void test_role_names(void **state)
{
	(void)state;
	assert_true(tt_theme_role_known("title"));
	assert_true(tt_theme_role_known("rail.12"));
	assert_true(tt_theme_role_known("stance.off-topic"));
	assert_true(tt_theme_role_known("label.sarcasm"));
	assert_false(tt_theme_role_known("stance."));
	assert_false(tt_theme_role_known("rail.Big One"));
	assert_false(tt_theme_role_known("titel"));
}

/* Every prefix of a good theme either loads (fewer roles) or fails with a
 * position inside the file: a cut-off file never crashes the loader. */
static void test_truncated_files(void **state)
{
	(void)state;
	char *text = tt_test_slurp("themes/solarized-dark.yaml");
	assert_non_null(text);
	size_t len = strlen(text), lines = 1;
	for (size_t i = 0; i < len; i++)
		lines += text[i] == '\n';
	for (size_t n = 0; n < len; n++) {
		tt_error err;
		memset(&err, 0, sizeof err);
		tt_theme *t = tt_theme_load_mem("cut.yaml", text, n, &err);
		if (t) {
			tt_theme_free(t);
			continue;
		}
		assert_string_equal(err.file, "cut.yaml");
		assert_true(err.line >= 1 && err.line <= lines);
		assert_true(err.msg[0] != '\0');
	}
	free(text);
}

/* doc/themes.md names every role a theme may set. */
static void test_doc_lists_every_role(void **state)
{
	(void)state;
	char *md = tt_test_slurp("doc/themes.md");
	assert_non_null(md);
	for (const char *const *r = tt_theme_known_roles(); *r; r++) {
		char *quoted = tt_xasprintf("`%s`", *r);
		if (!strstr(md, quoted))
			fail_msg("doc/themes.md does not describe role '%s'", *r);
		free(quoted);
	}
	free(md);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_builtin_matches_files),
		cmocka_unit_test(test_shipped_themes),
		cmocka_unit_test(test_fallbacks),
		cmocka_unit_test(test_parse_color),
		cmocka_unit_test(test_parse_style),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_base_and_mapping_form),
		cmocka_unit_test(test_lookup_by_name),
		cmocka_unit_test(test_role_names),
		cmocka_unit_test(test_doc_lists_every_role),
		cmocka_unit_test(test_truncated_files),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
