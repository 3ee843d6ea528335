/* test_json: the JSON parser alone: RFC 8259's grammar, edge numbers, escapes, nesting, hooks. */
#include "tt_test.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/json.h"
#include "threadtag/xalloc.h"
#include "threadtag/yaml_io.h"

static tt_json_doc *parse_n(const char *text, size_t len, tt_error *err)
{
	return tt_json_parse("t.json", text, len, err);
}

static tt_json_doc *parse(const char *text, tt_error *err)
{
	return parse_n(text, strlen(text), err);
}

/* Texts RFC 8259 allows: each parses, to the type given. */
static void test_valid(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		tt_json_type type;
	} cases[] = {
	    {"[]", TT_JSON_ARR},
	    {"{}", TT_JSON_OBJ},
	    {"[[[]]]", TT_JSON_ARR},
	    {" \t\r\n[1] \t\r\n", TT_JSON_ARR},
	    {"\"top-level string\"", TT_JSON_STR},
	    {"123", TT_JSON_NUM},
	    {"-0", TT_JSON_NUM},
	    {"true", TT_JSON_BOOL},
	    {"null", TT_JSON_NULL},
	    {"{\"\": 0}", TT_JSON_OBJ},
	    {"[1E+2, 1e-2, 0.5, -1.5e10, 0e0, 1E2]", TT_JSON_ARR},
	    {"[\"\"]", TT_JSON_ARR},
	    {"{\"a\":{\"b\":[null,false,true]}}", TT_JSON_OBJ},
	    {"[\"raw \xC3\xA9 \xE2\x80\xA8 \xF0\x9F\x98\x80\"]", TT_JSON_ARR},
	    {"\xEF\xBB\xBF[1]", TT_JSON_ARR}, /* a byte-order mark is skipped */
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		tt_error err;
		tt_json_doc *d = parse(cases[i].text, &err);
		if (!d)
			fail_msg("refused valid JSON %s: %s", cases[i].text, err.msg);
		assert_int_equal(tt_json_root(d)->type, cases[i].type);
		tt_json_free(d);
	}
}

static void test_types_and_lookup(void **state)
{
	(void)state;
	tt_error err;
	tt_json_doc *d = parse("{\"s\": \"x\", \"n\": -2.5e3, \"t\": true, \"f\": false, "
	                       "\"z\": null, \"a\": [1, \"2\"], \"o\": {}, \"s\": \"second\", "
	                       "\"ns\": \"12.5\", \"bad\": \"0x10\", \"inf\": \"1e999\"}",
	                       &err);
	assert_non_null(d);
	const tt_json *r = tt_json_root(d);
	assert_int_equal(r->type, TT_JSON_OBJ);
	assert_int_equal(r->n, 11);
	assert_string_equal(tt_json_str(r, "s"), "x"); /* the first of duplicate names */
	double v;
	assert_int_equal(tt_json_num(r, "n", &v), 0);
	assert_true(v == -2500.0);
	assert_string_equal(tt_json_text(r, "n"), "-2.5e3"); /* as written */
	assert_true(tt_json_true(r, "t"));
	assert_false(tt_json_true(r, "f"));
	assert_int_equal(tt_json_get(r, "z")->type, TT_JSON_NULL);
	const tt_json *a = tt_json_get(r, "a");
	assert_int_equal(a->n, 2);
	assert_ptr_equal(a->last, a->first->next);
	assert_int_equal(a->first->type, TT_JSON_NUM);
	assert_int_equal(a->first->next->type, TT_JSON_STR);
	assert_int_equal(tt_json_num(r, "missing", &v), -1);
	assert_null(tt_json_str(r, "n"));
	/* A number in a string must still be a JSON number, and finite. */
	assert_int_equal(tt_json_num(r, "ns", &v), 0);
	assert_true(v == 12.5);
	assert_int_equal(tt_json_num(r, "bad", &v), -1);
	assert_int_equal(tt_json_num(r, "inf", &v), -1);
	assert_int_equal(tt_json_number(tt_json_get(r, "ns"), &v), 0);
	assert_true(v == 12.5);
	assert_int_equal(tt_json_number(tt_json_get(r, "t"), &v), -1);
	assert_int_equal(tt_json_number(NULL, &v), -1);
	assert_null(tt_json_get(NULL, "x"));
	tt_json_free(d);
}

/* Escapes, surrogate pairs, and what is done where RFC 8259 leaves a choice. */
static void test_strings(void **state)
{
	(void)state;
	const char *text = "{\"esc\": \"\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"e\": \"\\u00e9\\u00E9\", "
	                   "\"pair\": \"a\\ud83d\\ude00b\", \"max\": \"\\uDBFF\\uDFFF\", "
	                   "\"lone_hi\": \"\\ud800x\", \"lone_lo\": \"\\udc00\", "
	                   "\"hi_hi\": \"\\ud800\\ud800\", \"hi_ascii\": \"\\ud800\\u0041\", "
	                   "\"nul\": \"a\\u0000b\", \"k\\u00e9y\": 1}";
	tt_error err;
	tt_json_doc *d = parse(text, &err);
	assert_non_null(d);
	const tt_json *r = tt_json_root(d);
	assert_string_equal(tt_json_str(r, "esc"), "\"\\/\b\f\n\r\t");
	assert_string_equal(tt_json_str(r, "e"), "\xC3\xA9\xC3\xA9");
	assert_string_equal(tt_json_str(r, "pair"), "a\xF0\x9F\x98\x80"
	                                            "b");
	assert_string_equal(tt_json_str(r, "max"), "\xF4\x8F\xBF\xBF");
	/* Unpaired halves and NUL become U+FFFD: every string stays valid UTF-8
	 * and one C string. */
	assert_string_equal(tt_json_str(r, "lone_hi"), "\xEF\xBF\xBDx");
	assert_string_equal(tt_json_str(r, "lone_lo"), "\xEF\xBF\xBD");
	assert_string_equal(tt_json_str(r, "hi_hi"), "\xEF\xBF\xBD\xEF\xBF\xBD");
	assert_string_equal(tt_json_str(r, "hi_ascii"), "\xEF\xBF\xBD"
	                                                "A");
	assert_string_equal(tt_json_str(r, "nul"), "a\xEF\xBF\xBD"
	                                           "b");
	assert_int_equal(tt_json_get(r, "nul")->len, 5);
	assert_non_null(tt_json_get(r, "k\xC3\xA9y"));
	tt_json_free(d);
}

static void test_long_strings_and_keys(void **state)
{
	(void)state;
	size_t n = 100000;
	char *key = tt_xmalloc(n + 1);
	memset(key, 'k', n);
	key[n] = '\0';
	char *text = tt_xasprintf("{\"%s\": \"%s\"}", key, key);
	tt_error err;
	tt_json_doc *d = parse(text, &err);
	assert_non_null(d);
	const tt_json *r = tt_json_root(d);
	assert_string_equal(r->first->key, key);
	assert_int_equal(r->first->len, n);
	assert_string_equal(tt_json_str(r, key), key);
	tt_json_free(d);
	free(text);
	free(key);
}

/* Edge numbers: the value and the text as written; beyond a double's range refused. */
static void test_numbers(void **state)
{
	(void)state;
	tt_error err;
	tt_json_doc *d =
	    parse("[-0, 1e-400, 123456789012345678901234567890, 1.7976931348623157e308, "
	          "4.9e-324, -9007199254740993, 1E400]",
	          &err);
	assert_null(d); /* 1E400 */
	assert_int_equal(err.line, 1);
	assert_int_equal(err.col, 99);
	assert_non_null(strstr(err.msg, "out of range"));
	d = parse("[-0, 1e-400, 123456789012345678901234567890, 1.7976931348623157e308]", &err);
	assert_non_null(d);
	const tt_json *v = tt_json_root(d)->first;
	assert_true(v->num == 0 && signbit(v->num));
	assert_string_equal(v->s, "-0");
	v = v->next;
	assert_true(v->num == 0); /* underflow is zero */
	v = v->next;
	assert_true(v->num > 1.2e29 && v->num < 1.3e29);
	assert_string_equal(v->s, "123456789012345678901234567890");
	v = v->next;
	assert_true(isfinite(v->num) && v->num > 1e308);
	tt_json_free(d);
	static const char *const out_of_range[] = {"1e999", "-1e999", "[1e309]",
	                                           "{\"created_utc\": 1e99999}"};
	for (size_t i = 0; i < sizeof out_of_range / sizeof *out_of_range; i++) {
		assert_null(parse(out_of_range[i], &err));
		assert_non_null(strstr(err.msg, "number out of range"));
	}
}

/* Texts RFC 8259 does not allow, with where the error is reported: at the
 * offending token, or (inside a string) within a character of it. */
static void test_invalid(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		unsigned line, col;
	} cases[] = {
	    {"[1,]", 1, 4},
	    {"{\"a\":1,}", 1, 8},
	    {"# comment\n[1]", 1, 1},
	    {"[1] # comment", 1, 5},
	    {"/* c */ [1]", 1, 1},
	    {"[1, // c\n2]", 1, 5},
	    {"['a']", 1, 2},
	    {"[- 1]", 1, 2},
	    {"- 1", 1, 1},
	    {"[-]", 1, 2},
	    {"!!str \"a\"", 1, 1},
	    {"---\n[1]", 1, 1},
	    {"{? \"a\": 1}", 1, 2},
	    {"[\"\\x41\"]", 1, 3},
	    {"[\"\\a\"]", 1, 3},
	    {"[\"\\u12\"]", 1, 6},
	    {"[\"\\uZZZZ\"]", 1, 4},
	    {"[01]", 1, 3},
	    {"[.5]", 1, 2},
	    {"[1.]", 1, 3},
	    {"[1e]", 1, 3},
	    {"[1e+]", 1, 4},
	    {"[+1]", 1, 2},
	    {"[0x1]", 1, 3},
	    {"[NaN]", 1, 2},
	    {"[Infinity]", 1, 2},
	    {"[-Infinity]", 1, 2},
	    {"[tru]", 1, 4},
	    {"[True]", 1, 2},
	    {"[nul]", 1, 4},
	    {"[1 2]", 1, 4},
	    {"[1,,2]", 1, 4},
	    {"[,1]", 1, 2},
	    {"{1:1}", 1, 2},
	    {"{a: 1}", 1, 2},
	    {"{\"a\" 1}", 1, 6},
	    {"{\"a\":}", 1, 6},
	    {"{\"a\":1 \"b\":2}", 1, 9},
	    {"{,}", 1, 2},
	    {"[1] [2]", 1, 5},
	    {"[1]x", 1, 4},
	    {"]", 1, 1},
	    {"[\"a\tb\"]", 1, 3},
	    {"[\"a\nb\"]", 1, 3},
	    {"{\n  \"a\": [1,\n  2,]\n}", 3, 5},
	    {"[\"\xC0\xAF\"]", 1, 3},         /* an overlong '/' */
	    {"[\"\xED\xA0\x80\"]", 1, 3},     /* a surrogate encoded in UTF-8 */
	    {"[\"\xF4\x90\x80\x80\"]", 1, 3}, /* past U+10FFFF */
	    {"[\"\xFF\"]", 1, 3},
	    {"[\"ok\xE2\x82\"]", 1, 6}, /* cut short */
	    {"[\xC3\xA9]", 1, 2},
	    {"[\"\xC3\xA9\", \xC3\xA9]", 1, 7}, /* columns count characters */
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		tt_error err = {.line = 99};
		tt_json_doc *d = parse(cases[i].text, &err);
		if (d)
			fail_msg("accepted invalid JSON #%zu: %s", i, cases[i].text);
		assert_string_equal(err.file, "t.json");
		if (err.line != cases[i].line || err.col != cases[i].col)
			fail_msg("#%zu %s: error at %u:%u, expected %u:%u (%s)", i, cases[i].text,
			         err.line, err.col, cases[i].line, cases[i].col, err.msg);
	}
}

static void test_messages(void **state)
{
	(void)state;
	tt_error err;
	assert_null(parse("{\"a\": [1, 2}", &err));
	assert_non_null(strstr(err.msg, "JSON syntax error"));
	assert_null(parse("", &err));
	assert_non_null(strstr(err.msg, "empty"));
	assert_int_equal(err.line, 1);
	assert_null(parse(" \n ", &err));
	assert_non_null(strstr(err.msg, "empty"));
	assert_null(parse("[1, {\"a\": \"b\"", &err));
	assert_non_null(strstr(err.msg, "ends inside"));
	assert_int_equal(err.col, 14);
	assert_null(parse("[\"\xC0\xAF\"]", &err));
	assert_non_null(strstr(err.msg, "not UTF-8"));
	/* A NUL byte outside a string is not JSON either. */
	assert_null(parse_n("[1]\0", 4, &err));
	assert_null(parse_n("[\"a\0b\"]", 7, &err));
}

/* Nesting is bounded; the deepest allowed still parses, in linear time (the
 * benchmark keeps the time). */
static void test_deep_nesting(void **state)
{
	(void)state;
	size_t n = TT_JSON_MAX_DEPTH;
	char *text = tt_xmalloc(2 * n + 2);
	memset(text, '[', n);
	memset(text + n, ']', n);
	text[2 * n] = '\0';
	tt_error err;
	tt_json_doc *d = parse_n(text, 2 * n, &err);
	assert_non_null(d);
	const tt_json *v = tt_json_root(d);
	size_t depth = 1;
	while (v->first)
		v = v->first, depth++;
	assert_int_equal(depth, n);
	tt_json_free(d);
	memmove(text + 1, text, 2 * n);
	text[0] = '[';
	text[2 * n + 1] = ']';
	assert_null(parse_n(text, 2 * n + 2, &err));
	assert_non_null(strstr(err.msg, "deeper than"));
	assert_int_equal(err.line, 1);
	assert_int_equal(err.col, n + 1);
	free(text);
}

static void test_positions(void **state)
{
	(void)state;
	tt_error err;
	tt_json_doc *d =
	    parse("{\n\t\"a\":\t1,\n\t\"b\"\n\t: [\t2\t],\n \"\xC3\xA9\": \"x\"}", &err);
	assert_non_null(d);
	const tt_json *r = tt_json_root(d);
	assert_int_equal(r->line, 1);
	assert_int_equal(r->col, 1);
	const tt_json *a = tt_json_get(r, "a");
	assert_int_equal(a->line, 2);
	assert_int_equal(a->col, 7);
	const tt_json *b = tt_json_get(r, "b");
	assert_int_equal(b->line, 4);
	assert_int_equal(b->col, 4);
	assert_int_equal(b->first->col, 6);
	const tt_json *e = tt_json_get(r, "\xC3\xA9");
	assert_int_equal(e->line, 5);
	assert_int_equal(e->col, 7);
	tt_json_free(d);
	/* Columns count characters also over long runs (counted eight bytes at a time). */
	tt_buf run = {0};
	tt_buf_adds(&run, "[\"");
	for (int i = 0; i < 37; i++)
		tt_buf_adds(&run, i % 3 ? "\xC3\xA9" : i % 2 ? "\xF0\x9F\x98\x80" : "a");
	tt_buf_adds(&run, "\", 1]");
	d = parse_n(run.data, run.len, &err);
	assert_non_null(d);
	assert_int_equal(tt_json_root(d)->last->col, 2 + 37 + 3 + 1);
	tt_json_free(d);
	tt_buf_free(&run);
}

/* Hooks: open sees the path; close may drop a finished subtree, and may stop. */
struct seen {
	int opens, closes;
	size_t max_depth;
};

static int count_open(void *ctx, tt_json *node, tt_json *const *path, size_t depth, tt_error *err)
{
	struct seen *s = ctx;
	(void)node;
	(void)err;
	if (depth > 0)
		assert_ptr_equal(path[depth - 1]->last, node);
	s->opens++;
	if (depth > s->max_depth)
		s->max_depth = depth;
	return 0;
}

static int drop_items(void *ctx, tt_json *node, tt_json *const *path, size_t depth, tt_error *err)
{
	struct seen *s = ctx;
	s->closes++;
	if (node->key && !strcmp(node->key, "stop"))
		return tt_error_set(err, "t.json", node->line, node->col, "stopped");
	/* Objects inside "items" go; everything else stays. */
	return depth > 0 && path[depth - 1]->key && !strcmp(path[depth - 1]->key, "items");
}

static void test_hooks(void **state)
{
	(void)state;
	struct seen s = {0};
	tt_json_hooks h = {.open = count_open, .close = drop_items, .ctx = &s};
	tt_error err;
	const char *text = "{\"items\": [{\"x\": [1]}, 7, {}, {\"y\": 2}], \"z\": 3}";
	tt_json_doc *d = tt_json_parse_hooks("t.json", text, strlen(text), &h, &err);
	assert_non_null(d);
	const tt_json *items = tt_json_get(tt_json_root(d), "items");
	assert_int_equal(items->n, 1); /* only the number stays */
	assert_int_equal(items->first->num, 7);
	assert_ptr_equal(items->last, items->first);
	assert_null(items->first->next);
	assert_int_equal(tt_json_num(tt_json_root(d), "z", &(double){0}), 0);
	assert_int_equal(s.opens, 6);
	assert_int_equal(s.closes, 6);
	assert_int_equal(s.max_depth, 3);
	tt_json_free(d);
	const char *stop = "[{\"a\": 1}, {\"stop\": [2]}, 3]";
	assert_null(tt_json_parse_hooks("t.json", stop, strlen(stop), &h, &err));
	assert_string_equal(err.msg, "stopped");
	assert_int_equal(err.col, 21);
}

/* Dropping many subtrees, across the arena's block boundaries, leaves the
 * list empty (and, under ASan and valgrind, nothing leaked or reused wrongly). */
static int drop_all(void *ctx, tt_json *node, tt_json *const *path, size_t depth, tt_error *err)
{
	(void)ctx, (void)node, (void)path, (void)err;
	return depth > 0;
}

static void test_hooks_reuse_memory(void **state)
{
	(void)state;
	tt_buf b = {0};
	tt_buf_adds(&b, "[");
	for (int i = 0; i < 200000; i++)
		tt_buf_printf(&b, "%s{\"id\": %d, \"text\": \"some words\", \"kids\": [[], {}]}",
		              i ? "," : "", i);
	tt_buf_adds(&b, "]");
	tt_json_hooks h = {.close = drop_all};
	tt_error err;
	tt_json_doc *d = tt_json_parse_hooks("t.json", b.data, b.len, &h, &err);
	assert_non_null(d);
	assert_int_equal(tt_json_root(d)->n, 0);
	tt_json_free(d);
	tt_buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_valid),
	    cmocka_unit_test(test_types_and_lookup),
	    cmocka_unit_test(test_strings),
	    cmocka_unit_test(test_long_strings_and_keys),
	    cmocka_unit_test(test_numbers),
	    cmocka_unit_test(test_invalid),
	    cmocka_unit_test(test_messages),
	    cmocka_unit_test(test_deep_nesting),
	    cmocka_unit_test(test_positions),
	    cmocka_unit_test(test_hooks),
	    cmocka_unit_test(test_hooks_reuse_memory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
