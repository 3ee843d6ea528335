/* test_ui_keys: the action table — key names, the keymap, user bindings, help and man page. */
#include "tt_test.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../ui/actions.h"
#include <curses.h>

static void key_names_round_trip(void **state)
{
	(void)state;
	const char *names[] = {"j",        "G",       "C-d",     "C-r",   "<Down>",
	                       "<PageUp>", "<Space>", "<Enter>", "<Tab>", "<S-Tab>",
	                       "<Esc>",    "<F1>",    "/",       "\\",    "é"};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		char back[32];
		ui_key k = ui_key_parse(names[i]);
		assert_int_not_equal(k, 0);
		ui_key_name(k, back, sizeof back);
		assert_string_equal(back, names[i]);
	}
	assert_int_equal(ui_key_parse("<Nope>"), 0);
	assert_int_equal(ui_key_parse("jj"), 0);
	assert_int_equal(ui_key_parse(""), 0);
}

static void defaults_come_from_the_table(void **state)
{
	(void)state;
	ui_keymap_defaults();
	assert_int_equal(ui_keymap_lookup('j'), ACT_MOVE_DOWN);
	assert_int_equal(ui_keymap_lookup(-KEY_DOWN), ACT_MOVE_DOWN);
	assert_int_equal(ui_keymap_lookup(4), ACT_HALF_DOWN);
	assert_int_equal(ui_keymap_lookup(' '), ACT_TOGGLE);
	assert_int_equal(ui_keymap_lookup('\r'), ACT_TOGGLE);
	assert_int_equal(ui_keymap_lookup(-KEY_ENTER), ACT_TOGGLE);
	assert_int_equal(ui_keymap_lookup('?'), ACT_HELP);
	assert_int_equal(ui_keymap_lookup('q'), ACT_QUIT);
	for (char d = '1'; d <= '9'; d++)
		assert_int_equal(ui_keymap_lookup(d), ACT_TAG_VALUE);
	/* Every action has a key and a name that finds it again. */
	for (int a = 1; a < ACT_COUNT; a++) {
		char keys[128];
		ui_keymap_keys((enum action)a, keys, sizeof keys);
		assert_true(keys[0] != 0);
		assert_int_equal(ui_action_by_name(ui_action_name((enum action)a)), a);
	}
}

/* The table's default keys, read from the X-macro itself, not the keymap. */
struct table_keys {
	enum action action;
	const char *keys;
};
#define TT_GROUP_(title)
#define TT_ACT_(id, name, keys, help) {ACT_##id, keys},
static const struct table_keys table_keys[] = {TT_ACTIONS(TT_GROUP_, TT_ACT_)};
#undef TT_GROUP_
#undef TT_ACT_

/* No key is bound twice: a key written under two actions of the table would
 * reach only one of them, so every key of every row must look up its own row. */
static void no_key_is_bound_twice(void **state)
{
	(void)state;
	ui_key seen[512];
	enum action by[512];
	size_t n = 0;
	ui_keymap_defaults();
	for (size_t i = 0; i < sizeof table_keys / sizeof *table_keys; i++) {
		char buf[256];
		snprintf(buf, sizeof buf, "%s", table_keys[i].keys);
		for (char *save = NULL, *k = strtok_r(buf, " ", &save); k;
		     k = strtok_r(NULL, " ", &save)) {
			ui_key key = ui_key_parse(k);
			assert_int_not_equal(key, 0);
			for (size_t j = 0; j < n; j++)
				if (seen[j] == key && by[j] != table_keys[i].action) {
					print_error("key %s is bound to %s and %s\n", k,
						    ui_action_name(by[j]),
						    ui_action_name(table_keys[i].action));
					fail();
				}
			assert_true(n < 512);
			seen[n] = key;
			by[n++] = table_keys[i].action;
			assert_int_equal(ui_keymap_lookup(key), table_keys[i].action);
		}
	}
	assert_true(n >= ACT_COUNT - 1);
}

static tt_error reported[8];
static int nreported;
static void report(const tt_error *e)
{
	if (nreported < 8)
		reported[nreported++] = *e;
}

static void user_bindings_by_action_name(void **state)
{
	(void)state;
	tt_binding b[] = {
	    {.action = "move-down", .keys = "n", .line = 3, .col = 5},
	    {.action = "no-such-action", .keys = "x", .line = 4, .col = 5},
	    {.action = "quit", .keys = "Q <Bogus>", .line = 5, .col = 9},
	    {.action = "move-down", .keys = "<Down>", .line = 3, .col = 9}, /* a list */
	};
	tt_config c = {.bindings = b, .nbindings = 4, .path = "cfg.yaml"};
	ui_keymap_defaults();
	nreported = 0;
	ui_keymap_apply(&c, report);
	assert_int_equal(ui_keymap_lookup('n'), ACT_MOVE_DOWN);       /* taken from search-next */
	assert_int_equal(ui_keymap_lookup(-KEY_DOWN), ACT_MOVE_DOWN); /* both keys of the list */
	assert_int_equal(ui_keymap_lookup('j'), ACT_NONE);            /* replaced */
	assert_int_equal(ui_keymap_lookup('Q'), ACT_QUIT);
	assert_int_equal(ui_keymap_lookup('x'), ACT_CLEAR_TAGS); /* unknown action: ignored */
	assert_int_equal(nreported, 2);
	assert_string_equal(reported[0].file, "cfg.yaml");
	assert_int_equal(reported[0].line, 4);
	assert_int_equal(reported[0].col, 5);
	assert_non_null(strstr(reported[0].msg, "no-such-action"));
	assert_int_equal(reported[1].line, 5);
	char keys[64];
	ui_keymap_keys(ACT_SEARCH_NEXT, keys, sizeof keys);
	assert_string_equal(keys, "");
	ui_keymap_defaults();
}

static void man_section_lists_every_action(void **state)
{
	(void)state;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	ui_print_keys_man(f);
	fclose(f);
	assert_true(strncmp(buf, ".SH KEYS\n", 9) == 0);
	for (int a = 1; a < ACT_COUNT; a++) {
		char name[64], roff[128] = "";
		snprintf(name, sizeof name, "%s", ui_action_name((enum action)a));
		for (char *p = name; *p; p++) /* roff escapes hyphens */
			strcat(roff, *p == '-' ? "\\-" : (char[]){*p, 0});
		assert_non_null(strstr(buf, roff));
	}
	assert_non_null(strstr(buf, ".B j <Down>\n"));
	assert_non_null(strstr(buf, ".B \\e\n")); /* the backslash key, escaped */
	const struct help_row *rows;
	size_t n = ui_help_rows(&rows);
	for (size_t i = 0; i < n; i++)
		if (rows[i].group) {
			char ss[64];
			snprintf(ss, sizeof ss, ".SS %s\n", rows[i].group);
			assert_non_null(strstr(buf, ss));
		}
	free(buf);
}

/* A real config file, through the config module, into the keymap. */
static void config_file_bindings(void **state)
{
	(void)state;
	char *dir = tt_test_tmpdir(), path[512];
	snprintf(path, sizeof path, "%s/config.yaml", dir);
	tt_test_write(path, "keys:\n"
	                    "  move-down: [j, C-n]\n"
	                    "  collapse-toggle: <Space>\n"
	                    "  search-forward: [/, C-s]\n"
	                    "  not-an-action: x\n");
	tt_config c;
	tt_error err;
	tt_config_defaults(&c);
	assert_int_equal(tt_config_load(&c, path, &err), 0);
	ui_keymap_defaults();
	nreported = 0;
	ui_keymap_apply(&c, report);
	assert_int_equal(ui_keymap_lookup(14), ACT_MOVE_DOWN);
	assert_int_equal(ui_keymap_lookup('j'), ACT_MOVE_DOWN);
	assert_int_equal(ui_keymap_lookup(-KEY_DOWN), ACT_NONE);
	assert_int_equal(ui_keymap_lookup(19), ACT_SEARCH);
	assert_int_equal(ui_keymap_lookup('\n'), ACT_NONE); /* Enter no longer toggles */
	assert_int_equal(nreported, 1);
	assert_int_equal(reported[0].line, 5);
	assert_int_equal(reported[0].col, 18);
	tt_config_free(&c);
	ui_keymap_defaults();
	free(dir);
}

static void print_keys_man_flag(void **state)
{
	(void)state;
	const char *args[] = {"--print-keys-man", NULL};
	char *out = NULL, *err = NULL;
	assert_int_equal(tt_test_run(args, NULL, &out, &err), 0);
	assert_non_null(strstr(out, ".SH KEYS"));
	assert_non_null(strstr(out, "move\\-down"));
	free(out);
	free(err);
}

static void command_line_errors(void **state)
{
	(void)state;
	char *out = NULL, *err = NULL;
	const char *bad[] = {"--no-such", "x.yaml", NULL};
	assert_int_equal(tt_test_run(bad, NULL, &out, &err), 64);
	free(out), free(err);
	const char *none[] = {"--no-mouse", NULL};
	assert_int_equal(tt_test_run(none, NULL, &out, &err), 64);
	free(out), free(err);
	const char *layout[] = {"--layout", "sideways", "x.yaml", NULL};
	assert_int_equal(tt_test_run(layout, NULL, &out, &err), 64);
	free(out), free(err);
	const char *missing[] = {"no/such/file.yaml", NULL};
	assert_int_equal(tt_test_run(missing, NULL, &out, &err), 66);
	assert_non_null(strstr(err, "no/such/file.yaml"));
	free(out), free(err);
	const char *help[] = {"--theme", "light", "--help", NULL};
	assert_int_equal(tt_test_run(help, NULL, &out, &err), 0);
	assert_non_null(strstr(out, "--no-mouse"));
	free(out), free(err);
	/* a good thread but no terminal: refused with a message, not garbage on a pipe */
	char *small = tt_test_src("tests/data/small.yaml");
	const char *pipe_args[] = {small, NULL};
	assert_int_equal(tt_test_run(pipe_args, NULL, &out, &err), 64);
	assert_non_null(strstr(err, "needs a terminal"));
	assert_true(out == NULL || out[0] == 0);
	free(out), free(err), free(small);
	char *dir = tt_test_tmpdir(), path[512];
	snprintf(path, sizeof path, "%s/bad.yaml", dir);
	tt_test_write(path, "threadtag: 1\narticle:\n  title: [unclosed\n");
	const char *badfile[] = {path, NULL};
	assert_int_equal(tt_test_run(badfile, NULL, &out, &err), 65);
	assert_non_null(strstr(err, "bad.yaml:"));
	free(out), free(err), free(dir);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(key_names_round_trip),
	    cmocka_unit_test(defaults_come_from_the_table),
	    cmocka_unit_test(no_key_is_bound_twice),
	    cmocka_unit_test(user_bindings_by_action_name),
	    cmocka_unit_test(man_section_lists_every_action),
	    cmocka_unit_test(config_file_bindings),
	    cmocka_unit_test(print_keys_man_flag),
	    cmocka_unit_test(command_line_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
