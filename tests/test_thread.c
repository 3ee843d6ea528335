/* test_thread: the thread model's navigation, ids and the 100,000-deep chain. */
#include "tt_test.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/thread.h"
#include "threadtag/thread_yaml.h"

static tt_comment *add(tt_thread *t, tt_comment *parent, const char *id, const char *author,
		       const char *text)
{
	tt_comment *c = tt_thread_add_comment(t, parent);
	c->id = id ? tt_thread_strdup(t, id, (size_t)-1) : NULL;
	c->author = tt_thread_strdup(t, author, (size_t)-1);
	tt_strv_push(t, &c->body, tt_thread_strdup(t, text, (size_t)-1));
	return c;
}

/* a(b(c), d), e(f) */
static tt_thread *small_tree(void)
{
	tt_thread *t = tt_thread_new();
	t->article.title = "Small";
	tt_comment *a = add(t, NULL, "a", "ann", "one");
	tt_comment *b = add(t, a, "b", "bob", "two");
	add(t, b, "c", "cat", "three");
	add(t, a, "d", "dan", "four");
	tt_comment *e = add(t, NULL, "e", "eve", "five");
	add(t, e, "f", "fay", "six");
	tt_error err;
	assert_int_equal(tt_thread_finish(t, &err), 0);
	return t;
}

static void test_preorder_and_lookup(void **state)
{
	(void)state;
	tt_thread *t = small_tree();
	const char *want = "abcdef";
	assert_int_equal(t->ncomments, 6);
	tt_comment *c = t->order[0];
	for (size_t i = 0; i < 6; i++, c = tt_comment_next(t, c)) {
		assert_non_null(c);
		assert_int_equal(c->id[0], want[i]);
		assert_int_equal(c->index, i);
		assert_ptr_equal(tt_thread_find(t, c->id), c);
	}
	assert_null(c);
	/* The walk through the tree's links gives the same order. */
	c = t->first;
	for (size_t i = 0; i < 6; i++, c = tt_comment_walk(c))
		assert_ptr_equal(c, t->order[i]);
	assert_null(c);
	assert_null(tt_comment_prev(t, t->order[0]));
	assert_ptr_equal(tt_comment_prev(t, tt_thread_find(t, "d")), tt_thread_find(t, "c"));
	assert_null(tt_thread_find(t, "zzz"));
	assert_null(tt_thread_find(t, NULL));
	tt_thread_free(t);
}

static void test_tree_relations(void **state)
{
	(void)state;
	tt_thread *t = small_tree();
	tt_comment *a = tt_thread_find(t, "a"), *b = tt_thread_find(t, "b"),
		   *c = tt_thread_find(t, "c"), *d = tt_thread_find(t, "d"),
		   *e = tt_thread_find(t, "e"), *f = tt_thread_find(t, "f");
	assert_ptr_equal(c->parent, b);
	assert_ptr_equal(b->parent, a);
	assert_null(a->parent);
	assert_ptr_equal(b->next_sibling, d);
	assert_ptr_equal(tt_comment_prev_sibling(t, d), b);
	assert_null(tt_comment_prev_sibling(t, b));
	assert_null(tt_comment_prev_sibling(t, a));
	assert_null(tt_comment_prev_sibling(t, c));
	assert_ptr_equal(tt_comment_prev_sibling(t, e), a);
	assert_null(d->next_sibling);
	assert_int_equal(a->subtree, 3);
	assert_int_equal(b->subtree, 1);
	assert_int_equal(e->subtree, 1);
	assert_int_equal(c->depth, 2);
	assert_int_equal(t->max_depth, 2);
	assert_int_equal(tt_comment_nchildren(a), 2);
	assert_int_equal(tt_comment_nchildren(c), 0);
	assert_int_equal(t->ntop, 2);
	assert_ptr_equal(tt_comment_next_after_subtree(t, a), e);
	assert_ptr_equal(tt_comment_next_after_subtree(t, b), d);
	assert_null(tt_comment_next_after_subtree(t, e));
	assert_ptr_equal(tt_comment_top(c), a);
	assert_ptr_equal(tt_comment_next_top(c), e);
	assert_null(tt_comment_next_top(f));
	assert_ptr_equal(tt_comment_prev_top(t, f), e);
	assert_ptr_equal(tt_comment_prev_top(t, e), a);
	assert_null(tt_comment_prev_top(t, a));
	tt_thread_free(t);
}

static void test_derived_ids_stable_and_distinct(void **state)
{
	(void)state;
	char first[3][32];
	for (int round = 0; round < 2; round++) {
		tt_thread *t = tt_thread_new();
		t->article.title = "Ids";
		add(t, NULL, NULL, "ann", "same words");
		add(t, NULL, NULL, "ann", "same words");
		add(t, NULL, "given", "bob", "other");
		tt_error err;
		assert_int_equal(tt_thread_finish(t, &err), 0);
		for (int i = 0; i < 3; i++) {
			if (round == 0)
				strcpy(first[i], t->order[i]->id);
			else
				assert_string_equal(first[i], t->order[i]->id);
		}
		assert_string_not_equal(t->order[0]->id, t->order[1]->id);
		assert_true(t->order[0]->flags & TT_C_DERIVED_ID);
		assert_string_equal(t->order[2]->id, "given");
		assert_false(t->order[2]->flags & TT_C_DERIVED_ID);
		assert_non_null(t->id);
		tt_thread_free(t);
	}
	/* The id depends on the content: another body gives another id. */
	tt_thread *t = tt_thread_new();
	t->article.title = "Ids";
	add(t, NULL, NULL, "ann", "different words");
	tt_error err;
	assert_int_equal(tt_thread_finish(t, &err), 0);
	assert_string_not_equal(t->order[0]->id, first[0]);
	tt_thread_free(t);
}

static void test_duplicate_id_refused(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	t->article.title = "Dup";
	add(t, NULL, "x", "a", "1");
	tt_comment *c = add(t, NULL, "x", "b", "2");
	c->line = 9;
	c->col = 3;
	tt_error err;
	assert_int_equal(tt_thread_finish(t, &err), -1);
	assert_int_equal(err.line, 9);
	assert_non_null(strstr(err.msg, "duplicate comment id"));
	tt_thread_free(t);
}

enum { DEEP = 100000 };

/* Builds, walks, writes, reloads and frees a 100,000-deep chain. Runs on a
 * thread with a small stack: any recursion over depth would overflow it. */
static void *deep_chain(void *arg)
{
	(void)arg;
	tt_thread *t = tt_thread_new();
	t->article.title = "Deep";
	tt_comment *p = NULL;
	for (int i = 0; i < DEEP; i++) {
		p = tt_thread_add_comment(t, p);
		p->author = "x";
	}
	tt_error err;
	if (tt_thread_finish(t, &err) != 0)
		return "finish failed";
	size_t n = 0;
	for (tt_comment *c = t->order[0]; c; c = tt_comment_next(t, c))
		n++;
	if (n != DEEP || t->max_depth != DEEP - 1 || t->order[0]->subtree != DEEP - 1)
		return "walk failed";
	if (tt_comment_top(t->order[DEEP - 1]) != t->order[0])
		return "top failed";
	size_t len;
	char *yaml = tt_thread_to_yaml(t, &len);
	if (!yaml)
		return "write failed";
	tt_thread *u = tt_thread_load_mem("deep.yaml", yaml, len, &err);
	free(yaml);
	if (!u)
		return "reload failed";
	int same = u->ncomments == DEEP && u->max_depth == DEEP - 1 &&
		   strcmp(u->order[DEEP - 1]->id, t->order[DEEP - 1]->id) == 0;
	tt_thread_free(u);
	tt_thread_free(t);
	return same ? NULL : "reload differs";
}

static void test_deep_chain_without_recursion(void **state)
{
	(void)state;
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	/* Generous for ASan's larger frames, far too small for 100,000 frames. */
	pthread_attr_setstacksize(&attr, 512 * 1024);
	pthread_t th;
	assert_int_equal(pthread_create(&th, &attr, deep_chain, NULL), 0);
	void *result;
	pthread_join(th, &result);
	pthread_attr_destroy(&attr);
	if (result)
		fail_msg("%s", (const char *)result);
}

static void test_comment_text_joins_paragraphs(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	tt_comment *c = add(t, NULL, "a", "ann", "first\nline");
	tt_strv_push(t, &c->body, "second");
	char *s = tt_comment_text(c);
	assert_string_equal(s, "first\nline\n\nsecond");
	free(s);
	tt_thread_free(t);
}

/* A move with a wrong previous sibling, or under the comment's own reply,
 * leaves a whole tree (importers' rules move comments on what a page shows;
 * a fuzzed page once left a comment out of the tree). */
static void test_move_comment_keeps_tree(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	t->article.title = "Moves";
	tt_comment *a = add(t, NULL, "a", "ann", "one");
	tt_comment *b = add(t, NULL, "b", "bob", "two");
	tt_comment *c = add(t, NULL, "c", "cat", "three");
	tt_comment *d = add(t, c, "d", "dan", "four");
	tt_thread_move_comment(t, c, a, a); /* c's previous sibling is b, not a */
	tt_thread_move_comment(t, c, NULL, d); /* under its own reply: no move */
	tt_thread_move_comment(t, a, NULL, a); /* under itself: no move */
	tt_error err;
	assert_int_equal(tt_thread_finish(t, &err), 0);
	assert_int_equal(t->ntop, 2);
	assert_ptr_equal(t->first, a);
	assert_ptr_equal(a->next_sibling, b);
	assert_null(b->next_sibling);
	assert_ptr_equal(t->last, b);
	assert_ptr_equal(c->parent, a);
	assert_ptr_equal(d->parent, c);
	assert_int_equal(t->ncomments, 4);
	assert_int_equal(a->subtree, 2);
	tt_thread_free(t);
}

/* A comment dropped (found to be the thread's opening post after all)
 * leaves the tree and its counts, whatever the previous sibling given; one
 * with replies stays. */
static void test_drop_comment(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	t->article.title = "Drops";
	tt_comment *a = add(t, NULL, "a", "ann", "one");
	tt_comment *b = add(t, NULL, "b", "bob", "two");
	tt_comment *c = add(t, NULL, "c", "cat", "three");
	add(t, b, "d", "dan", "four");
	tt_thread_drop_comment(t, c, a); /* c's previous sibling is b, not a */
	tt_thread_drop_comment(t, b, a); /* b has a reply: stays */
	tt_error err;
	assert_int_equal(tt_thread_finish(t, &err), 0);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(t->ntop, 2);
	assert_ptr_equal(t->first, a);
	assert_ptr_equal(a->next_sibling, b);
	assert_null(b->next_sibling);
	assert_ptr_equal(t->last, b);
	assert_null(tt_thread_find(t, "c"));
	assert_non_null(tt_thread_find(t, "d"));
	tt_thread_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_preorder_and_lookup),
		cmocka_unit_test(test_tree_relations),
		cmocka_unit_test(test_derived_ids_stable_and_distinct),
		cmocka_unit_test(test_duplicate_id_refused),
		cmocka_unit_test(test_deep_chain_without_recursion),
		cmocka_unit_test(test_comment_text_joins_paragraphs),
		cmocka_unit_test(test_move_comment_keeps_tree),
		cmocka_unit_test(test_drop_comment),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
