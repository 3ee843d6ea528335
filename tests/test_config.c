/* test_config: XDG paths, config.yaml (good and bad) and the per-thread reading position. */
#include "tt_test.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "threadtag/config.h"
#include "threadtag/xalloc.h"

/* Each test runs with a private HOME and no XDG variables. */
static int setup(void **state)
{
	char *home = tt_test_tmpdir();
	setenv("HOME", home, 1);
	unsetenv("XDG_CONFIG_HOME");
	unsetenv("XDG_STATE_HOME");
	unsetenv("XDG_DATA_HOME");
	unsetenv("XDG_CACHE_HOME");
	*state = home;
	return 0;
}

static int teardown(void **state)
{
	free(*state);
	return 0;
}

static void assert_defaults(const tt_config *c)
{
	assert_null(c->theme);
	assert_int_equal(c->mouse, 1);
	assert_string_equal(c->layout, "auto");
	assert_int_equal(c->max_width, 100);
	assert_int_equal(c->advance, 1);
	assert_null(c->annotator);
	assert_null(c->scheme);
	assert_int_equal(c->nbindings, 0);
	assert_null(c->path);
}

static void test_xdg_paths(void **state)
{
	const char *home = *state;
	char *want, *p;
	const char *kinds[][2] = {{"config", ".config"},
				  {"data", ".local/share"},
				  {"state", ".local/state"},
				  {"cache", ".cache"}};
	for (size_t i = 0; i < 4; i++) {
		p = tt_xdg_path(kinds[i][0], "x.yaml");
		want = tt_xasprintf("%s/%s/threadtag/x.yaml", home, kinds[i][1]);
		assert_string_equal(p, want);
		free(p);
		free(want);
	}
	setenv("XDG_STATE_HOME", "/elsewhere/state", 1);
	p = tt_xdg_path("state", NULL);
	assert_string_equal(p, "/elsewhere/state/threadtag");
	free(p);
	/* The spec: a relative value is invalid and ignored. */
	setenv("XDG_CONFIG_HOME", "relative/dir", 1);
	p = tt_xdg_path("config", "config.yaml");
	want = tt_xasprintf("%s/.config/threadtag/config.yaml", home);
	assert_string_equal(p, want);
	free(p);
	free(want);
	assert_null(tt_xdg_path("music", NULL));
}

static void test_missing_default_is_fine(void **state)
{
	(void)state;
	tt_config c;
	tt_error err;
	tt_config_defaults(&c);
	assert_defaults(&c);
	tt_config_free(&c);
	assert_int_equal(tt_config_load(&c, NULL, &err), 0);
	assert_defaults(&c);
	tt_config_free(&c);
	/* A file named on purpose must exist. */
	assert_int_equal(tt_config_load(&c, "no/such/config.yaml", &err), -1);
	assert_string_equal(err.file, "no/such/config.yaml");
	assert_non_null(strstr(err.msg, "No such file"));
	assert_defaults(&c);
	tt_config_free(&c);
}

static char *write_config(const char *home, const char *text)
{
	char *dir = tt_xasprintf("%s/.config/threadtag", home);
	char *path = tt_xasprintf("%s/config.yaml", dir);
	char *parent = tt_xasprintf("%s/.config", home);
	mkdir(parent, 0700);
	mkdir(dir, 0700);
	tt_test_write(path, text);
	free(parent);
	free(dir);
	return path;
}

static void test_full_config(void **state)
{
	const char *home = *state;
	char *path = write_config(home, "# mine\n"
					"theme: solarized-dark\n"
					"mouse: false\n"
					"layout: tall\n"
					"max_width: 0\n"
					"advance: false\n"
					"annotator: \"Ann O. Tator\"\n"
					"scheme: schemes/stance.yaml\n"
					"keys:\n"
					"  move-down: J\n"
					"  quit: [Q, \"<F10>\", C-q]\n");
	tt_config c;
	tt_error err;
	tt_config_defaults(&c); /* the viewer's order: defaults, then the file */
	if (tt_config_load(&c, NULL, &err) < 0)
		fail_msg("%s:%u:%u: %s", err.file, err.line, err.col, err.msg);
	assert_string_equal(c.path, path);
	assert_string_equal(c.theme, "solarized-dark");
	assert_int_equal(c.mouse, 0);
	assert_string_equal(c.layout, "tall");
	assert_int_equal(c.max_width, 0);
	assert_int_equal(c.advance, 0);
	assert_string_equal(c.annotator, "Ann O. Tator");
	char *scheme = tt_xasprintf("%s/.config/threadtag/schemes/stance.yaml", home);
	assert_string_equal(c.scheme, scheme);
	free(scheme);
	assert_int_equal(c.nbindings, 4);
	const struct {
		const char *action, *keys;
		unsigned line, col;
	} want[] = {
		{"move-down", "J", 10, 14},
		{"quit", "Q", 11, 10},
		{"quit", "<F10>", 11, 13},
		{"quit", "C-q", 11, 22},
	};
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(c.bindings[i].action, want[i].action);
		assert_string_equal(c.bindings[i].keys, want[i].keys);
		assert_int_equal(c.bindings[i].line, want[i].line);
		assert_int_equal(c.bindings[i].col, want[i].col);
	}
	tt_config_free(&c);
	free(path);
}

static void test_scheme_home_and_empty_file(void **state)
{
	const char *home = *state;
	char *path = write_config(home, "scheme: ~/s.yaml\nmax_width: 72\ntheme: themes/mine.yaml\n");
	tt_config c;
	tt_error err;
	assert_int_equal(tt_config_load(&c, path, &err), 0);
	char *want = tt_xasprintf("%s/s.yaml", home);
	assert_string_equal(c.scheme, want);
	free(want);
	/* A theme given as a path is found next to the config file, like the scheme. */
	want = tt_xasprintf("%s/.config/threadtag/themes/mine.yaml", home);
	assert_string_equal(c.theme, want);
	assert_int_equal(c.max_width, 72);
	tt_config_free(&c);
	free(want);
	tt_test_write(path, "# only a comment\n");
	assert_int_equal(tt_config_load(&c, path, &err), 0);
	assert_int_equal(c.max_width, 100);
	assert_string_equal(c.path, path);
	tt_config_free(&c);
	free(path);
}

struct bad {
	const char *file;
	unsigned line, col;
	const char *fragment;
};

static const struct bad bad_configs[] = {
	{"bad-bool.yaml", 2, 8, "'mouse' must be true or false, found maybe"},
	{"bad-layout.yaml", 1, 9, "'layout' must be auto, wide or tall"},
	{"narrow.yaml", 2, 12, "'max_width' must be 0 (no limit) or a number of columns"},
	{"unknown-setting.yaml", 1, 1, "unknown setting 'thme'"},
	{"connect-timeout.yaml", 2, 20, "'connect_timeout' must be a number of seconds from 1 to 3600"},
	{"duplicate.yaml", 2, 1, "'theme' is set twice"},
	{"bad-key-item.yaml", 3, 16, "a key for 'move-up' must be a string"},
	{"duplicate-action.yaml", 3, 3, "'move-down' is bound twice (first on line 2)"},
	{"bad-action.yaml", 2, 3, "'Move Down' is not an action name"},
	{"empty-keys.yaml", 2, 9, "'quit' has an empty list of keys"},
	{"keys-scalar.yaml", 1, 7, "'keys' must be a mapping"},
	{"advance-list.yaml", 2, 10, "'advance' must be true or false, found a list"},
	{"not-mapping.yaml", 1, 1, "the config must be a mapping"},
	{"syntax.yaml", 2, 1, "YAML syntax error"},
	{"empty-annotator.yaml", 1, 12, "'annotator' must not be empty"},
};

/* Every bad file: the exact position, and the defaults kept so the program goes on. */
static void test_bad_configs(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof bad_configs / sizeof *bad_configs; i++) {
		const struct bad *b = &bad_configs[i];
		char *path = tt_xasprintf("tests/data/config/%s", b->file);
		tt_config c;
		tt_error err;
		memset(&err, 0, sizeof err);
		assert_int_equal(tt_config_load(&c, path, &err), -1);
		if (strcmp(err.file, path) || err.line != b->line || err.col != b->col ||
		    !strstr(err.msg, b->fragment))
			fail_msg("%s: got %s:%u:%u: %s; want %u:%u: ...%s...", b->file, err.file,
				 err.line, err.col, err.msg, b->line, b->col, b->fragment);
		assert_defaults(&c);
		tt_config_free(&c);
		free(path);
	}
}

static char *position_file(const char *home, const char *id)
{
	return tt_xasprintf("%s/.local/state/threadtag/positions/%s.yaml", home, id);
}

static void test_position_roundtrip(void **state)
{
	const char *home = *state;
	assert_null(tt_state_position_load("hn-123"));
	assert_int_equal(tt_state_position_save("hn-123", "c42"), 0);
	char *got = tt_state_position_load("hn-123");
	assert_non_null(got);
	assert_string_equal(got, "c42");
	free(got);
	/* Overwritten in place; ids with YAML-special characters survive. */
	const char *odd = "id: \"quoted\" #not-a-comment, ünï";
	assert_int_equal(tt_state_position_save("hn-123", odd), 0);
	got = tt_state_position_load("hn-123");
	assert_string_equal(got, odd);
	free(got);
	/* Threads do not share positions. */
	assert_null(tt_state_position_load("hn-124"));
	/* Only the one file: the temporary file of the atomic write is gone. */
	char *dir = tt_xasprintf("%s/.local/state/threadtag/positions", home);
	DIR *d = opendir(dir);
	assert_non_null(d);
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		if (e->d_name[0] != '.') {
			assert_string_equal(e->d_name, "hn-123.yaml");
			n++;
		}
	closedir(d);
	assert_int_equal(n, 1);
	free(dir);
}

static void test_position_xdg_state_home(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir();
	setenv("XDG_STATE_HOME", dir, 1);
	assert_int_equal(tt_state_position_save("t1", "c1"), 0);
	char *p = tt_xasprintf("%s/threadtag/positions/t1.yaml", dir);
	char *text = tt_test_slurp(p);
	assert_non_null(text);
	assert_non_null(strstr(text, "comment: c1"));
	assert_non_null(strstr(text, "thread: t1"));
	free(text);
	free(p);
	free(dir);
}

static void test_position_bad_ids(void **state)
{
	const char *home = *state;
	const char *bad[] = {"", ".", "..", "../escape", "a/b", ".hidden", "tab\there", NULL};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		errno = 0;
		assert_int_equal(tt_state_position_save(bad[i], "c1"), -1);
		assert_int_equal(errno, EINVAL);
		assert_null(tt_state_position_load(bad[i]));
	}
	char longid[300];
	memset(longid, 'x', sizeof longid - 1);
	longid[sizeof longid - 1] = '\0';
	assert_int_equal(tt_state_position_save(longid, "c1"), -1);
	assert_int_equal(tt_state_position_save("ok", ""), -1);
	/* Nothing was written anywhere near the state directory. */
	char *escaped = tt_xasprintf("%s/.local/state/threadtag/escape.yaml", home);
	assert_int_equal(access(escaped, F_OK), -1);
	free(escaped);
}

static void test_position_damaged_files(void **state)
{
	const char *home = *state;
	assert_int_equal(tt_state_position_save("t", "c"), 0);
	char *p = position_file(home, "t");
	const char *damaged[] = {
		"",
		"thread: t\ncomment: [c]\n",
		"thread: other\ncomment: c\n", /* a file copied from another thread */
		"thread: t\ncomment: \"unterminated\n",
		"- t\n- c\n",
		"comment: c\n",
	};
	for (size_t i = 0; i < sizeof damaged / sizeof *damaged; i++) {
		tt_test_write(p, damaged[i]);
		char *got = tt_state_position_load("t");
		if (got)
			fail_msg("damaged file %zu gave '%s'", i, got);
	}
	/* Unknown keys from a later version are passed over. */
	tt_test_write(p, "thread: t\nscroll: {line: 3}\ncomment: c9\n");
	char *got = tt_state_position_load("t");
	assert_non_null(got);
	assert_string_equal(got, "c9");
	free(got);
	free(p);
}

static void test_position_unwritable(void **state)
{
	const char *home = *state;
	/* A file where the state directory should be: the save fails, nothing crashes. */
	char *state_dir = tt_xasprintf("%s/blocked", home);
	tt_test_write(state_dir, "not a directory");
	setenv("XDG_STATE_HOME", state_dir, 1);
	assert_int_equal(tt_state_position_save("t", "c"), -1);
	assert_int_equal(errno, ENOTDIR);
	assert_null(tt_state_position_load("t"));
	free(state_dir);
}

/* Every prefix of a full config loads or fails at a position inside the file,
 * and a failure always leaves the defaults. */
static void test_truncated_config(void **state)
{
	(void)state;
	const char *text = "theme: light\nmouse: false\nlayout: wide\nmax_width: 80\n"
			   "advance: false\nannotator: \"A. N. Other\"\nscheme: s.yaml\n"
			   "keys:\n  move-down: [j, <Down>]\n  quit: q\n";
	size_t len = strlen(text);
	char *dir = tt_test_tmpdir();
	char *p = tt_xasprintf("%s/config.yaml", dir);
	for (size_t n = 0; n <= len; n++) {
		char *cut = tt_xstrndup(text, n);
		tt_test_write(p, cut);
		free(cut);
		tt_config c;
		tt_error err;
		memset(&err, 0, sizeof err);
		if (tt_config_load(&c, p, &err) < 0) {
			assert_true(err.line >= 1 && err.line <= 11);
			assert_defaults(&c);
		}
		tt_config_free(&c);
	}
	free(p);
	free(dir);
}

/* doc/config.md and the man page describe every setting the loader accepts. */
static void test_docs_list_every_setting(void **state)
{
	(void)state;
	char *md = tt_test_slurp("doc/config.md"), *man = tt_test_slurp("doc/threadtag.1.in");
	assert_non_null(md);
	assert_non_null(man);
	for (const char *const *k = tt_config_keys(); *k; k++) {
		char *in_md = tt_xasprintf("| `%s`", *k);
		char *in_man = tt_xasprintf("\"%s:", *k);
		char *in_man_bare = tt_xasprintf(".B %s:", *k);
		if (!strstr(md, in_md))
			fail_msg("doc/config.md does not describe '%s'", *k);
		if (!strstr(man, in_man) && !strstr(man, in_man_bare))
			fail_msg("the man page does not describe '%s'", *k);
		free(in_md);
		free(in_man);
		free(in_man_bare);
	}
	free(md);
	free(man);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_xdg_paths, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_default_is_fine, setup, teardown),
		cmocka_unit_test_setup_teardown(test_full_config, setup, teardown),
		cmocka_unit_test_setup_teardown(test_scheme_home_and_empty_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_configs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_position_roundtrip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_position_xdg_state_home, setup, teardown),
		cmocka_unit_test_setup_teardown(test_position_bad_ids, setup, teardown),
		cmocka_unit_test_setup_teardown(test_position_damaged_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_position_unwritable, setup, teardown),
		cmocka_unit_test(test_docs_list_every_setting),
		cmocka_unit_test_setup_teardown(test_truncated_config, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
