/* test_import_corpus: real threads from ../shared/corpus (only where it exists). */
/* tt-test-needs: ../shared/corpus */
#include "tt_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "threadtag/import.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

static tt_thread *corpus(const char *name)
{
	char *p = tt_xasprintf("../shared/corpus/%s", name);
	tt_error err;
	int eno;
	tt_thread *t = tt_import_file(p, NULL, &err, &eno);
	if (!t)
		tt_error_print(&err);
	assert_non_null(t);
	free(p);
	return t;
}

static int have_corpus(void)
{
	struct stat st;
	return stat("../shared/corpus", &st) == 0;
}

static size_t count_flag(const tt_thread *t, unsigned flag)
{
	size_t n = 0;
	for (size_t i = 0; i < t->ncomments; i++)
		n += (t->order[i]->flags & flag) != 0;
	return n;
}

static size_t count_author(const tt_thread *t, const char *author)
{
	size_t n = 0;
	for (size_t i = 0; i < t->ncomments; i++)
		n += t->order[i]->author && !strcmp(t->order[i]->author, author);
	return n;
}

static long long total_more(const tt_thread *t)
{
	long long n = t->more;
	for (size_t i = 0; i < t->ncomments; i++)
		n += tt_comment_more(t, t->order[i]);
	return n;
}

static int any_body_contains(const tt_thread *t, const char *needle)
{
	for (size_t i = 0; i < t->ncomments; i++)
		for (size_t j = 0; j < t->order[i]->body.n; j++)
			if (strstr(t->order[i]->body.v[j], needle))
				return 1;
	return 0;
}

static void test_reddit_rtv(void **state)
{
	(void)state;
	if (!have_corpus()) {
		skip();
		return;
	}
	tt_thread *t = corpus("reddit_2xmo63_python_rtv_announcement.json");
	assert_string_equal(t->id, "t3_2xmo63");
	assert_string_equal(t->article.title, "A python terminal viewer for browsing reddit");
	assert_string_equal(t->article.site, "r/Python");
	assert_string_equal(t->article.url, "https://github.com/michael-lazar/rtv");
	assert_string_equal(t->article.time, "2015-03-02T03:02:42Z");
	assert_int_equal(t->ncomments, 45);
	assert_int_equal(t->ntop, 20);
	assert_int_equal(t->max_depth + 1, 6);
	assert_int_equal(total_more(t), 0);
	assert_int_equal(count_author(t, "[deleted]"), 2);
	assert_int_equal(count_flag(t, TT_C_DELETED), 1);
	assert_true(tt_thread_find(t, "cp1o4op")->flags & TT_C_DELETED);
	assert_false(tt_thread_find(t, "cp1uehc")->flags & TT_C_DELETED);
	assert_true(tt_thread_find(t, "cp1uehc")->body.n > 0);
	/* Served without raw_json=1: no entity survives in the text. */
	assert_false(any_body_contains(t, "&amp;"));
	assert_false(any_body_contains(t, "&gt;"));
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
}

static void test_reddit_tattoos(void **state)
{
	(void)state;
	if (!have_corpus()) {
		skip();
		return;
	}
	tt_thread *t = corpus("reddit_cmwov_askreddit_tattoos_2010_sort_top.json");
	assert_string_equal(t->article.title, "Hey Reddit, What tattoos do you have?");
	assert_string_equal(t->article.author, "gimmegimme");
	assert_int_equal(t->article.body.n, 1);
	assert_int_equal(t->ncomments, 199);
	assert_int_equal(t->ntop, 67);
	assert_int_equal(t->max_depth + 1, 10);
	/* 127 stubs: their counts, and one for each of the 13 "continue this thread". */
	assert_int_equal(total_more(t), 1232 + 13);
	assert_int_equal(count_author(t, "[deleted]"), 38);
	assert_int_equal(count_flag(t, TT_C_DELETED), 9);
	assert_int_equal(tt_thread_find(t, "c0tqz0q")->body.v[0][0], '>'); /* was &gt; */
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
}

static void test_hn_algolia_comment(void **state)
{
	(void)state;
	if (!have_corpus()) {
		skip();
		return;
	}
	tt_thread *t = corpus("hn_algolia_item17.json");
	assert_string_equal(t->article.title, "Hacker News comment 17 by pg");
	assert_int_equal(t->ncomments, 3);
	const tt_comment *root = tt_thread_find(t, "17");
	assert_null(root->parent);
	assert_string_equal(root->body.v[0], "Is there anywhere to eat on Sandhill Road?");
	assert_ptr_equal(tt_thread_find(t, "1079")->parent, root);
	assert_string_equal(tt_thread_find(t, "454426")->author, "Arrington");
	assert_string_equal(root->time, "2006-10-09T19:52:45Z");
	tt_thread_free(t);
}

static void test_hn_hnpwa(void **state)
{
	(void)state;
	if (!have_corpus()) {
		skip();
		return;
	}
	tt_thread *t = corpus("hn_hnpwa_item1_ycombinator.json");
	assert_string_equal(t->article.title, "Y Combinator");
	assert_string_equal(t->article.url, "http://ycombinator.com");
	assert_int_equal(t->ncomments, 20);
	assert_int_equal(t->ntop, 7);
	assert_int_equal(t->max_depth + 1, 6);
	assert_int_equal(count_flag(t, TT_C_DELETED), 1);
	assert_int_equal(count_flag(t, TT_C_DEAD), 4);
	assert_ptr_equal(tt_thread_find(t, "234591")->parent, tt_thread_find(t, "234568"));
	assert_string_equal(
	    tt_thread_find(t, "15")->body.v[0],
	    "\"the rising star of venture capital\" -unknown VC eating lunch on SHR");
	assert_string_equal(tt_thread_find(t, "234621")->body.v[1],
	                    "http://news.ycombinator.com/item?id=0 , DNE");
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
}

static void test_text_indented_replies(void **state)
{
	(void)state;
	if (!have_corpus()) {
		skip();
		return;
	}
	tt_thread *t = corpus("text_dragnet_R979_diythemes_thesis.txt");
	assert_string_equal(t->article.title, "How Thesis 2.0.1 Slays the 3 Dragons of Web Design");
	assert_string_equal(t->article.author, "Chris Pearson");
	assert_string_equal(t->article.body.v[0], "Let\xE2\x80\x99s talk about pain.");
	assert_non_null(strstr(t->article.body.v[t->article.body.n - 1], "Already a DIYthemes"));
	assert_int_equal(t->ncomments, 131);
	assert_int_equal(t->ntop, 57);
	assert_int_equal(t->max_depth + 1, 5);
	assert_string_equal(t->first->author, "Gibbo");
	const tt_comment *robert = t->first->next_sibling;
	assert_string_equal(robert->author, "Robert");
	assert_string_equal(robert->first_child->author, "Chris Pearson");
	assert_int_equal(count_author(t, "Chris Pearson"), 38);
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
}

static void test_text_signatures(void **state)
{
	(void)state;
	if (!have_corpus()) {
		skip();
		return;
	}
	tt_thread *t = corpus("text_dragnet_238_moz_algorithm_crowd.txt");
	assert_string_equal(t->article.title, "The Algorithm + the Crowd are Not Enough");
	assert_string_equal(t->article.author, "randfish");
	assert_string_equal(t->article.time, "2010-11-29");
	assert_int_equal(t->ncomments, 52);
	/* Two comments a day later than the next one, set right under Kate
	 * Klemens's of 8:03 (the next is of 8:04), answer hers: the blog
	 * threaded its comments, oldest first, and the text lost the
	 * indentation (the first answers her "this IS enough"). */
	assert_int_equal(t->ntop, 50);
	assert_int_equal(tt_comment_nchildren(t->first), 2);
	assert_string_equal(t->first->first_child->author, "alan p");
	assert_string_equal(t->first->body.v[0], "My favorite aspect of this blog post, Rand:");
	assert_string_equal(t->first->time, "2010-11-29T08:03");
	assert_string_equal(t->order[51]->author, "Stu Draper");
	assert_string_equal(t->order[51]->posted, "January 21, 2011 at 4:56 am");
	assert_non_null(tt_thread_find(t, t->order[20]->id));
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_reddit_rtv),
	    cmocka_unit_test(test_reddit_tattoos),
	    cmocka_unit_test(test_hn_algolia_comment),
	    cmocka_unit_test(test_hn_hnpwa),
	    cmocka_unit_test(test_text_indented_replies),
	    cmocka_unit_test(test_text_signatures),
	};
	/* The build registers this test only where the corpus is; run by hand
	 * without it, the whole program is a skip, not a pass. */
	if (!have_corpus()) {
		puts("SKIP: ../shared/corpus is not here");
		return 77;
	}
	return cmocka_run_group_tests(tests, NULL, NULL);
}
