/* test_scheme: the built-in scheme, scheme files, and their error messages. */
#include "tt_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/tagstore.h"
#include "threadtag/xalloc.h"

static void test_default_scheme(void **state)
{
	(void)state;
	static const char *const stance[] = {"favor", "against", "neutral", "unclear",
					     "off-topic"};
	tt_scheme *s = tt_scheme_default();
	assert_int_equal(s->ndims, 2);
	assert_string_equal(s->dims[0].name, "stance");
	assert_int_equal(s->dims[0].nvalues, 5);
	for (size_t i = 0; i < 5; i++) {
		char key[2] = {(char)('1' + i), 0};
		assert_string_equal(s->dims[0].values[i].name, stance[i]);
		assert_string_equal(s->dims[0].values[i].key, key);
		assert_non_null(s->dims[0].values[i].role);
		assert_true(strlen(s->dims[0].values[i].description) > 0);
	}
	assert_string_equal(s->dims[1].name, "reply");
	assert_true(s->dims[1].replies_only);
	assert_int_equal(s->dims[1].nvalues, 3);
	assert_string_equal(s->dims[1].values[0].name, "agree");
	assert_string_equal(s->dims[1].values[1].name, "disagree");
	assert_string_equal(s->dims[1].values[2].name, "neutral");
	assert_int_equal(tt_scheme_dim_index(s, "reply"), 1);
	assert_int_equal(tt_scheme_dim_index(s, "nope"), -1);
	assert_int_equal(tt_scheme_value_index(s, 0, "off-topic"), 4);
	assert_int_equal(tt_scheme_value_index(s, 1, "favor"), -1);
	assert_true(tt_scheme_label_index(s, "sarcasm") >= 0);
	assert_true(tt_scheme_label_index(s, "whataboutism") >= 0);
	assert_int_equal(tt_scheme_label_index(s, "nope"), -1);
	tt_scheme_free(s);
}

static void assert_same_scheme(const tt_scheme *a, const tt_scheme *b)
{
	assert_string_equal(a->name, b->name);
	assert_string_equal(a->target, b->target);
	assert_int_equal(a->ndims, b->ndims);
	for (size_t i = 0; i < a->ndims; i++) {
		assert_string_equal(a->dims[i].name, b->dims[i].name);
		assert_int_equal(a->dims[i].replies_only, b->dims[i].replies_only);
		assert_int_equal(a->dims[i].nvalues, b->dims[i].nvalues);
		for (size_t j = 0; j < a->dims[i].nvalues; j++) {
			assert_string_equal(a->dims[i].values[j].name, b->dims[i].values[j].name);
			assert_string_equal(a->dims[i].values[j].key, b->dims[i].values[j].key);
			assert_string_equal(a->dims[i].values[j].role, b->dims[i].values[j].role);
			assert_string_equal(a->dims[i].values[j].description,
					    b->dims[i].values[j].description);
		}
	}
	assert_int_equal(a->nlabels, b->nlabels);
	for (size_t i = 0; i < a->nlabels; i++) {
		assert_string_equal(a->labels[i].name, b->labels[i].name);
		assert_string_equal(a->labels[i].key, b->labels[i].key);
	}
}

/* samples/schemes/default.yaml must stay the built-in scheme, written out. */
static void test_sample_default_matches_builtin(void **state)
{
	(void)state;
	char *path = tt_test_src("samples/schemes/default.yaml");
	tt_error err;
	tt_scheme *file = tt_scheme_load(path, &err);
	if (!file)
		tt_error_print(&err);
	assert_non_null(file);
	tt_scheme *builtin = tt_scheme_default();
	assert_same_scheme(file, builtin);
	tt_scheme_free(file);
	tt_scheme_free(builtin);
	free(path);
}

static void test_sample_rumour(void **state)
{
	(void)state;
	char *path = tt_test_src("samples/schemes/rumour.yaml");
	tt_error err;
	tt_scheme *s = tt_scheme_load(path, &err);
	assert_non_null(s);
	assert_string_equal(s->name, "rumour");
	assert_int_equal(s->ndims, 1);
	assert_int_equal(s->dims[0].nvalues, 4);
	assert_string_equal(s->dims[0].values[0].name, "support");
	assert_string_equal(s->dims[0].values[1].name, "deny");
	assert_string_equal(s->dims[0].values[2].name, "query");
	assert_string_equal(s->dims[0].values[3].name, "comment");
	tt_scheme_free(s);
	free(path);
}

static void test_round_trip(void **state)
{
	(void)state;
	tt_scheme *s = tt_scheme_default();
	size_t len;
	char *yaml = tt_scheme_to_yaml(s, &len);
	assert_non_null(yaml);
	char *dir = tt_test_tmpdir();
	char *path = tt_xasprintf("%s/s.yaml", dir);
	tt_test_write(path, yaml);
	tt_error err;
	tt_scheme *back = tt_scheme_load(path, &err);
	assert_non_null(back);
	assert_same_scheme(s, back);
	tt_scheme *copy = tt_scheme_copy(back);
	assert_same_scheme(s, copy);
	tt_scheme_free(copy);
	tt_scheme_free(back);
	tt_scheme_free(s);
	free(yaml);
	free(path);
	free(dir);
}

/* Loads text as a scheme file and expects an error at line:col containing msg. */
static void expect_error(const char *text, unsigned line, unsigned col, const char *msg)
{
	char *dir = tt_test_tmpdir();
	char *path = tt_xasprintf("%s/bad.yaml", dir);
	tt_test_write(path, text);
	tt_error err;
	tt_scheme *s = tt_scheme_load(path, &err);
	if (s || err.line != line || err.col != col || !strstr(err.msg, msg))
		fprintf(stderr, "got %u:%u %s (want %u:%u %s)\n", err.line, err.col, err.msg, line,
			col, msg);
	assert_null(s);
	assert_string_equal(err.file, path);
	assert_int_equal(err.line, line);
	assert_int_equal(err.col, col);
	assert_non_null(strstr(err.msg, msg));
	free(path);
	free(dir);
}

static void test_errors(void **state)
{
	(void)state;
	expect_error("name: x\ndimensions:\n- name: a\n  values: [{name: p}, {name: p}]\n", 4, 23,
		     "duplicate value 'p'");
	expect_error("name: x\n", 1, 1, "missing required key 'dimensions'");
	expect_error("dimensions:\n- name: note\n  values: [{name: p}]\n", 2, 9,
		     "reserved name");
	/* the store's and exports' own keys for states and scheme versions */
	expect_error("dimensions:\n- name: state\n  values: [{name: p}]\n", 2, 9,
		     "reserved name");
	expect_error("dimensions:\n- name: scheme_version\n  values: [{name: p}]\n", 2, 9,
		     "reserved name");
	expect_error("dimensions:\n- name: a\n  values: [{name: p, key: '1'}]\n- name: b\n"
		     "  values: [{name: q, key: '1'}]\n",
		     1, 1, "value key '1' is used by a.p and b.q");
	expect_error("dimensions:\n- name: a\n  values: [{name: 'two words'}]\n", 3, 19,
		     "plain word");
	expect_error("dimensions:\n- name: a\n  values: [{name: p}]\ncolour: red\n", 4, 1,
		     "unknown key 'colour'");
	expect_error("dimensions:\n- name: a\n  values: [{name: p}\n", 4, 1, "YAML syntax error");
	expect_error("threadtag_scheme: 2\ndimensions: []\n", 1, 19, "unsupported");
	expect_error("dimensions: []\n", 1, 14, "at least one dimension");
	expect_error("dimensions:\n- name: a\n  values: []\n", 3, 12, "has no values");
	expect_error("dimensions:\n- name: a\n  values: [{name: p}]\nlabels:\n- {name: x, key: k}\n"
		     "- {name: y, key: k}\n",
		     6, 3, "label key 'k' is used twice");
}

/* Lists longer than the first allocation: every item kept, in order. */
static void test_long_lists(void **state)
{
	(void)state;
	tt_buf b = {0};
	tt_buf_adds(&b, "dimensions:\n");
	for (int d = 0; d < 9; d++) {
		tt_buf_printf(&b, "- name: d%d\n  values:\n", d);
		for (int v = 0; v < 33; v++)
			tt_buf_printf(&b, "  - {name: v%d}\n", v);
	}
	tt_buf_adds(&b, "labels:\n");
	for (int l = 0; l < 17; l++)
		tt_buf_printf(&b, "- {name: l%d, key: k%d}\n", l, l);
	char *dir = tt_test_tmpdir();
	char *path = tt_xasprintf("%s/long.yaml", dir);
	tt_test_write(path, b.data);
	tt_error err;
	tt_scheme *s = tt_scheme_load(path, &err);
	assert_non_null(s);
	assert_int_equal(s->ndims, 9);
	assert_int_equal(s->nlabels, 17);
	for (size_t d = 0; d < s->ndims; d++) {
		char want[32];
		snprintf(want, sizeof want, "d%zu", d);
		assert_string_equal(s->dims[d].name, want);
		assert_int_equal(s->dims[d].nvalues, 33);
		for (size_t v = 0; v < s->dims[d].nvalues; v++) {
			snprintf(want, sizeof want, "v%zu", v);
			assert_string_equal(s->dims[d].values[v].name, want);
		}
	}
	assert_string_equal(s->labels[16].name, "l16");
	assert_string_equal(s->labels[16].key, "k16");
	tt_scheme_free(s);
	tt_buf_free(&b);
	free(path);
	free(dir);
}

static void test_duplicate_lists(void **state)
{
	(void)state;
	expect_error("dimensions:\n- name: a\n  values: [{name: p}]\n- name: a\n"
		     "  values: [{name: q}]\n",
		     4, 3, "duplicate dimension 'a'");
	expect_error("dimensions:\n- name: a\n  values: [{name: p}]\nlabels: []\nlabels: []\n", 5,
		     1, "duplicate key");
	expect_error("dimensions:\n- name: a\n  values: [p]\n", 3, 12,
		     "each value must be a mapping");
	expect_error("dimensions:\n- name: a\n  values: [{name: p}]\nlabels: [x]\n", 4, 10,
		     "each label must be a mapping");
}

static void test_missing_file(void **state)
{
	(void)state;
	tt_error err;
	assert_null(tt_scheme_load("/nonexistent/scheme.yaml", &err));
	assert_string_equal(err.file, "/nonexistent/scheme.yaml");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_scheme),
		cmocka_unit_test(test_sample_default_matches_builtin),
		cmocka_unit_test(test_sample_rumour),
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_long_lists),
		cmocka_unit_test(test_duplicate_lists),
		cmocka_unit_test(test_missing_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
