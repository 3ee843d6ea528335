/* test_sample_nested: the bundled nested sample keeps the shape it was written to have. */
#include "tt_test.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/thread_yaml.h"

#define SAMPLE "samples/nested-old-town-car-ban.yaml"

static tt_thread *load_sample(void)
{
	char *path = tt_test_src(SAMPLE);
	tt_error err;
	int eno = 0;
	tt_thread *t = tt_thread_load(path, &err, &eno);
	if (!t)
		fail_msg("%s:%u:%u: %s", err.file, err.line, err.col, err.msg);
	free(path);
	return t;
}

static void test_shape(void **state)
{
	(void)state;
	tt_thread *t = load_sample();
	assert_true(t->ncomments >= 30);
	assert_true(t->max_depth >= 5); /* 0-based: six or more levels of replies */
	assert_true(t->ntop >= 5);
	assert_non_null(t->article.title);
	assert_true(t->article.body.n >= 3);
	/* Ids are given, so tags stay attached if the prose is ever corrected. */
	size_t branching = 0;
	for (size_t i = 0; i < t->ncomments; i++) {
		const tt_comment *c = t->order[i];
		assert_false(c->flags & TT_C_DERIVED_ID);
		assert_true(c->body.n >= 1);
		branching += tt_comment_nchildren(c) >= 2;
	}
	assert_true(branching >= 3); /* a tree, not a few long chains */
	tt_thread_free(t);
}

static int any_body_has(const tt_thread *t, const char *needle)
{
	for (size_t i = 0; i < t->ncomments; i++)
		for (size_t p = 0; p < t->order[i]->body.n; p++)
			if (strstr(t->order[i]->body.v[p], needle))
				return 1;
	return 0;
}

static int any_author_has(const tt_thread *t, const char *needle)
{
	for (size_t i = 0; i < t->ncomments; i++)
		if (t->order[i]->author && strstr(t->order[i]->author, needle))
			return 1;
	return 0;
}

/* The text exercises wrapping and wide characters in the viewer. */
static void test_text_variety(void **state)
{
	(void)state;
	tt_thread *t = load_sample();
	assert_true(any_body_has(t, "\xc3\xa9"));       /* é */
	assert_true(any_body_has(t, "\xe2\x80\x93"));   /* en dash */
	assert_true(any_body_has(t, "\xe2\x80\x9c"));   /* left double quote */
	assert_true(any_body_has(t, "\xf0\x9f"));       /* an emoji (4-byte UTF-8) */
	assert_true(any_author_has(t, "\xe9\x99\xb3")); /* a CJK name */
	assert_true(any_body_has(t, ",\n"));            /* a paragraph with hard breaks */
	size_t shortest = (size_t)-1, longest = 0;
	for (size_t i = 0; i < t->ncomments; i++) {
		char *text = tt_comment_text(t->order[i]);
		size_t n = strlen(text);
		shortest = n < shortest ? n : shortest;
		longest = n > longest ? n : longest;
		free(text);
	}
	assert_true(shortest <= 10);
	assert_true(longest >= 600);
	tt_thread_free(t);
}

static void assert_same_str(const char *a, const char *b)
{
	if (!a || !b)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

static void assert_same_comment(const tt_comment *a, const tt_comment *b)
{
	assert_string_equal(a->id, b->id);
	assert_same_str(a->author, b->author);
	assert_same_str(a->posted, b->posted);
	assert_same_str(a->time, b->time);
	assert_int_equal(a->flags, b->flags);
	assert_int_equal(a->depth, b->depth);
	assert_same_str(a->parent ? a->parent->id : NULL, b->parent ? b->parent->id : NULL);
	assert_int_equal(a->body.n, b->body.n);
	for (size_t p = 0; p < a->body.n; p++)
		assert_string_equal(a->body.v[p], b->body.v[p]);
}

/* Saving and loading again changes nothing, and saving twice gives the same bytes. */
static void test_round_trip(void **state)
{
	(void)state;
	tt_thread *t = load_sample();
	size_t len;
	char *yaml = tt_thread_to_yaml(t, &len);
	assert_non_null(yaml);
	tt_error err;
	tt_thread *u = tt_thread_load_mem("saved", yaml, len, &err);
	if (!u)
		fail_msg("%u:%u: %s", err.line, err.col, err.msg);
	assert_string_equal(t->id, u->id);
	assert_string_equal(t->article.title, u->article.title);
	assert_same_str(t->article.time, u->article.time);
	assert_int_equal(t->article.body.n, u->article.body.n);
	assert_int_equal(t->article.keywords.n, u->article.keywords.n);
	assert_int_equal(t->ncomments, u->ncomments);
	for (size_t i = 0; i < t->ncomments; i++)
		assert_same_comment(t->order[i], u->order[i]);
	size_t len2;
	char *again = tt_thread_to_yaml(u, &len2);
	assert_int_equal(len, len2);
	assert_memory_equal(yaml, again, len);
	free(again);
	free(yaml);
	tt_thread_free(u);
	tt_thread_free(t);
}

static void test_check_accepts_it(void **state)
{
	(void)state;
	char *path = tt_test_src(SAMPLE);
	const char *args[] = {"check", path, NULL};
	char *out = NULL, *err = NULL;
	assert_int_equal(tt_test_run(args, NULL, &out, &err), 0);
	assert_non_null(strstr(out, ": ok"));
	assert_string_equal(err, "");
	free(out);
	free(err);
	free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_shape),
	    cmocka_unit_test(test_text_variety),
	    cmocka_unit_test(test_round_trip),
	    cmocka_unit_test(test_check_accepts_it),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
