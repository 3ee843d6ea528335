/* test_json: JSON through the YAML door, including where libyaml and JSON disagree. */
#include "tt_test.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/json.h"
#include "threadtag/xalloc.h"
#include "threadtag/yaml_io.h"

static tt_json_doc *parse(const char *text, tt_error *err)
{
	return tt_json_parse("t.json", text, strlen(text), err);
}

/* Without the rewrite, libyaml refuses (or misreads) this input. */
static int libyaml_alone_fails(const char *text)
{
	tt_error err;
	tt_yreader *r = tt_yreader_open_mem("t", text, strlen(text), 64, &err);
	tt_yevent ev;
	int rc = 0;
	do
		rc = tt_yreader_next(r, &ev, &err);
	while (rc == 0 && ev.type != TT_Y_END);
	tt_yreader_close(r);
	return rc < 0;
}

static void test_types_and_lookup(void **state)
{
	(void)state;
	tt_error err;
	tt_json_doc *d = parse("{\"s\": \"x\", \"n\": -2.5e3, \"t\": true, \"f\": false, "
	                       "\"z\": null, \"a\": [1, \"2\"], \"o\": {}}",
	                       &err);
	assert_non_null(d);
	const tt_json *r = tt_json_root(d);
	assert_int_equal(r->type, TT_JSON_OBJ);
	assert_int_equal(r->n, 7);
	assert_string_equal(tt_json_str(r, "s"), "x");
	double v;
	assert_int_equal(tt_json_num(r, "n", &v), 0);
	assert_true(v == -2500.0);
	assert_true(tt_json_true(r, "t"));
	assert_false(tt_json_true(r, "f"));
	assert_int_equal(tt_json_get(r, "z")->type, TT_JSON_NULL);
	const tt_json *a = tt_json_get(r, "a");
	assert_int_equal(a->n, 2);
	assert_int_equal(a->first->type, TT_JSON_NUM);
	assert_int_equal(a->first->next->type, TT_JSON_STR);
	assert_int_equal(tt_json_num(r, "missing", &v), -1);
	assert_null(tt_json_str(r, "n"));
	tt_json_free(d);
}

static void test_surrogate_pairs(void **state)
{
	(void)state;
	const char *text = "{\"e\": \"a\\ud83d\\ude00b\", \"lone\": \"\\ud800x\", \"nul\": "
	                   "\"\\u0000\", \"slash\": \"\\/\"}";
	assert_true(libyaml_alone_fails(text));
	tt_error err;
	tt_json_doc *d = parse(text, &err);
	assert_non_null(d);
	const tt_json *r = tt_json_root(d);
	assert_string_equal(tt_json_str(r, "e"), "a\xF0\x9F\x98\x80"
	                                         "b");
	assert_string_equal(tt_json_str(r, "lone"), "\xEF\xBF\xBDx");
	assert_string_equal(tt_json_str(r, "nul"), "\xEF\xBF\xBD");
	assert_string_equal(tt_json_str(r, "slash"), "/");
	tt_json_free(d);
}

static void test_tabs_and_split_keys(void **state)
{
	(void)state;
	const char *text = "{\n\t\"a\":\t1,\n\t\"b\"\n\t: [\t2\t]\n}";
	assert_true(libyaml_alone_fails(text));
	tt_error err;
	tt_json_doc *d = parse(text, &err);
	assert_non_null(d);
	const tt_json *b = tt_json_get(tt_json_root(d), "b");
	assert_non_null(b);
	assert_int_equal(b->type, TT_JSON_ARR);
	/* Lines are kept: the value of "b" starts on line 4. */
	assert_int_equal(b->line, 4);
	tt_json_free(d);
}

static void test_long_key(void **state)
{
	(void)state;
	char key[1301];
	memset(key, 'k', 1300);
	key[1300] = '\0';
	key[0] = 'K';
	char *text = tt_xasprintf("{\"%s\": \"long\", \"short\": \"\\u00e9\"}", key);
	assert_true(libyaml_alone_fails(text));
	tt_error err;
	tt_json_doc *d = parse(text, &err);
	assert_non_null(d);
	const tt_json *r = tt_json_root(d);
	assert_string_equal(r->first->key, key);
	assert_string_equal(tt_json_str(r, key), "long");
	assert_string_equal(tt_json_str(r, "short"), "\xC3\xA9");
	tt_json_free(d);
	free(text);
}

static void test_raw_line_separators_kept(void **state)
{
	(void)state;
	/* U+2028 and NEL raw inside a string: YAML would fold them as line breaks. */
	tt_error err;
	tt_json_doc *d = parse("[\"a\xE2\x80\xA8"
	                       "b\xC2\x85"
	                       "c\"]",
	                       &err);
	assert_non_null(d);
	assert_string_equal(tt_json_root(d)->first->s, "a\xE2\x80\xA8"
	                                               "b\xC2\x85"
	                                               "c");
	tt_json_free(d);
}

static void test_errors(void **state)
{
	(void)state;
	tt_error err;
	assert_null(parse("{\"a\": [1, 2}", &err));
	assert_int_equal(err.line, 1);
	assert_true(err.col > 0);
	assert_non_null(strstr(err.msg, "JSON syntax error"));
	assert_null(parse("hello world", &err));
	assert_non_null(strstr(err.msg, "not JSON"));
	assert_null(parse("{a: 1}", &err));
	assert_non_null(strstr(err.msg, "member name"));
	assert_null(parse("", &err));
	assert_non_null(strstr(err.msg, "empty"));
	assert_null(parse("[NaN]", &err));
	assert_string_equal(err.file, "t.json");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_types_and_lookup),         cmocka_unit_test(test_surrogate_pairs),
	    cmocka_unit_test(test_tabs_and_split_keys),      cmocka_unit_test(test_long_key),
	    cmocka_unit_test(test_raw_line_separators_kept), cmocka_unit_test(test_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
