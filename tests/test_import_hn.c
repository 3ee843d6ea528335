/* test_import_hn: Hacker News items in Algolia's and HNPWA's shapes into threads. */
#include "tt_test.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/import.h"
#include "threadtag/json.h"
#include "threadtag/markup.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

static void test_algolia_story(void **state)
{
	(void)state;
	tt_thread *t = tt_test_must_import("tests/data/hn/algolia-story.json");
	assert_string_equal(t->id, "hn_4242");
	assert_string_equal(t->source, "https://news.ycombinator.com/item?id=4242");
	assert_string_equal(t->article.title, "Ask HN: How do you read long threads?");
	assert_string_equal(t->article.author, "curious_cat");
	assert_string_equal(t->article.site, "Hacker News");
	assert_string_equal(t->article.url, "https://news.ycombinator.com/item?id=4242");
	assert_string_equal(t->article.time, "2023-03-14T09:12:00Z");
	assert_int_equal(t->article.body.n, 2);
	assert_string_equal(t->article.body.v[0],
	                    "I mean threads with 500+ comments & deep nesting.");
	assert_string_equal(t->article.body.v[1], "Tools? Anything goes.");
	assert_int_equal(t->ncomments, 6);
	assert_int_equal(t->max_depth, 4);
	const tt_comment *c = tt_thread_find(t, "4243");
	assert_string_equal(c->body.v[0], "I use a terminal reader: https://example.com/reader");
	assert_string_equal(c->body.v[1], "Works well.");
	/* A deleted item stays as a placeholder so its replies keep their parent. */
	const tt_comment *del = tt_thread_find(t, "4244");
	assert_true(del->flags & TT_C_DELETED);
	assert_null(del->author);
	assert_int_equal(del->body.n, 0);
	assert_ptr_equal(del->parent, c);
	const tt_comment *code = tt_thread_find(t, "4245");
	assert_ptr_equal(code->parent, del);
	assert_string_equal(code->body.v[1], "  for (;;)\n    read();");
	const tt_comment *uni = tt_thread_find(t, "4246");
	assert_string_equal(uni->author, "zo\xC3\xAB");
	/* Entities, a surrogate pair, and a shortened link given in full. */
	assert_string_equal(uni->body.v[0], "\xC3\x87"
	                                    "a marche \xE2\x80\x94 merci! \xF0\x9F\x98\x80 "
	                                    "see https://example.org/a/very/long/path/to/a/page");
	assert_string_equal(tt_thread_find(t, "4248")->body.v[0],
	                    "Try this one (https://example.net/x).");
	assert_int_equal(tt_thread_find(t, "4247")->depth, 4);
	tt_thread_free(t);
}

static void test_hnpwa_item(void **state)
{
	(void)state;
	tt_thread *t = tt_test_must_import("tests/data/hn/hnpwa-item.json");
	assert_string_equal(t->article.title, "Show HN: A tiny stance tagger");
	assert_string_equal(t->article.author, "maker");
	assert_string_equal(t->article.url, "https://example.com/tagger");
	assert_string_equal(t->article.time, "2023-03-14T09:12:00Z");
	assert_int_equal(t->ncomments, 6);
	assert_int_equal(t->ntop, 2);
	const tt_comment *a1 = tt_thread_find(t, "778");
	assert_string_equal(a1->body.v[0], "Nice & small. Does it handle \"quotes\"?");
	const tt_comment *del = tt_thread_find(t, "779");
	assert_true(del->flags & TT_C_DELETED);
	assert_ptr_equal(del->parent, a1);
	assert_ptr_equal(tt_thread_find(t, "780")->parent, del);
	const tt_comment *c3 = tt_thread_find(t, "781");
	assert_int_equal(c3->body.n, 2);
	assert_string_equal(c3->body.v[1], "Two paragraphs.");
	assert_int_equal(tt_thread_find(t, "782")->depth, 4);
	const tt_comment *dead = tt_thread_find(t, "783");
	assert_true(dead->flags & TT_C_DEAD);
	assert_false(dead->flags & TT_C_DELETED);
	assert_string_equal(tt_thread_find(t, "780")->time, "2023-03-14T09:25:00Z");
	tt_thread_free(t);
}

/* The official API: "by", and replies only as ids, counted as not loaded. */
static void test_official_api_item(void **state)
{
	(void)state;
	tt_thread *t = tt_test_must_import("tests/data/hn/firebase-story.json");
	assert_string_equal(t->article.title, "The official API gives replies as ids");
	assert_string_equal(t->article.author, "api_user");
	assert_string_equal(t->article.url, "https://example.com/official");
	assert_int_equal(t->ncomments, 0);
	assert_int_equal(t->more, 3);
	tt_thread_free(t);
}

/* Poll options belong to the question, not to the comments. */
static void test_poll_options(void **state)
{
	(void)state;
	tt_thread *t = tt_test_must_import("tests/data/hn/algolia-poll.json");
	assert_int_equal(t->article.body.n, 3);
	assert_string_equal(t->article.body.v[1], "Vim (30 points)");
	assert_string_equal(t->article.body.v[2], "Emacs (25 points)");
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->first->id, "5003");
	assert_null(tt_thread_find(t, "5001"));
	tt_thread_free(t);
}

static void test_html_to_paragraphs(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	tt_strv v = {0};
	tt_markup_html_paragraphs(
	    t, &v,
	    "first\n line<p>a&lt;b &amp;&#39;c&#x27;<br>next"
	    "<p><a href=\"https://x.org/?a=1&amp;b=2\">https://x.org/?a=1&amp;b=2</a>"
	    "<p><a href=\"https://y.org\"></a>");
	assert_int_equal(v.n, 4);
	assert_string_equal(v.v[0], "first line");
	assert_string_equal(v.v[1], "a<b &'c'\nnext");
	assert_string_equal(v.v[2], "https://x.org/?a=1&b=2");
	assert_string_equal(v.v[3], "https://y.org");
	char *u = tt_markup_unescape("&unknown; &amp &#99999999; &mdash;", 34);
	assert_string_equal(u, "&unknown; &amp \xEF\xBF\xBD \xE2\x80\x94");
	free(u);
	tt_thread_free(t);
}

static void test_bad_input(void **state)
{
	(void)state;
	tt_error err;
	assert_null(tt_test_import("tests/data/hn/bad-syntax.json", &err));
	assert_int_equal(err.line, 2);
	assert_non_null(strstr(err.msg, "JSON syntax error"));
	assert_null(tt_test_import("tests/data/hn/bad-replies-not-list.json", &err));
	assert_int_equal(err.line, 1);
	assert_non_null(strstr(err.msg, "must be a list"));
	assert_null(tt_test_import("tests/data/hn/bad-no-id.json", &err));
	assert_non_null(strstr(err.msg, "an object with an id"));
	struct tt_import_opts o = {.kind = TT_IMPORT_HN};
	assert_null(tt_import_mem("list.json", "[1, 2]", 6, &o, &err));
	assert_non_null(strstr(err.msg, "item object"));
}

/* A reply chain n levels deep, in Algolia's shape. Caller frees. */
static char *chain(size_t n)
{
	tt_buf b = {0};
	tt_buf_adds(&b, "{\"id\": 1, \"title\": \"deep\", \"children\": [");
	for (size_t i = 2; i < n + 2; i++)
		tt_buf_printf(
		    &b, "{\"id\": %zu, \"author\": \"a\", \"text\": \"x\", \"children\": [", i);
	for (size_t i = 0; i < n; i++)
		tt_buf_adds(&b, "]}");
	tt_buf_adds(&b, "]}");
	return b.data;
}

struct deep_run {
	char *text;
	tt_thread *t;
	tt_error err;
};

static void *import_deep(void *arg)
{
	struct deep_run *r = arg;
	struct tt_import_opts o = {.kind = TT_IMPORT_HN};
	r->t = tt_import_mem("deep.json", r->text, strlen(r->text), &o, &r->err);
	return NULL;
}

/* Deep chains load without recursion, as they stream past: a 100,000-deep
 * chain nests 200,000 levels of JSON, imported on a 256 KiB stack where any
 * recursion over the depth would crash. */
static void test_deep_chain(void **state)
{
	(void)state;
	struct deep_run r = {.text = chain(100000)};
	pthread_attr_t attr;
	pthread_t th;
	assert_int_equal(pthread_attr_init(&attr), 0);
	assert_int_equal(pthread_attr_setstacksize(&attr, 256 * 1024), 0);
	assert_int_equal(pthread_create(&th, &attr, import_deep, &r), 0);
	assert_int_equal(pthread_join(th, NULL), 0);
	pthread_attr_destroy(&attr);
	tt_thread *t = r.t;
	assert_non_null(t);
	assert_int_equal(t->ncomments, 100000);
	assert_int_equal(t->max_depth, 99999);
	assert_string_equal(t->order[99999]->parent->id, "100000");
	tt_thread_free(t);
	free(r.text);
}

/* created_at_i of 1e23, 1e999, -5 or a word: bad data at the number, never a
 * crash or an empty time. */
static void test_epoch_out_of_range(void **state)
{
	(void)state;
	static const char *const values[] = {"1e23", "1e999", "-5", "\"soon\"", "true"};
	struct tt_import_opts o = {.kind = TT_IMPORT_HN};
	for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
		char *text = tt_xasprintf("{\"id\": 1, \"title\": \"t\", \"children\": [\n"
		                          "{\"id\": 2, \"created_at_i\": %s}]}",
		                          values[i]);
		tt_error err;
		assert_null(tt_import_mem("e.json", text, strlen(text), &o, &err));
		assert_int_equal(err.line, 2);
		assert_int_equal(err.col, 27);
		free(text);
	}
}

/* Replies are taken out of the tree as they end: what stays in a list of
 * replies (a number, a string, a list) is reported where it stands. */
static void test_non_items_among_replies(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "{\"id\": 1, \"title\": \"t\", \"children\": [{\"id\": 2},\n 3]}",
	    "{\"id\": 1, \"title\": \"t\", \"children\": [{\"id\": 2, \"children\": "
	    "[\n \"x\"]}]}",
	    "{\"id\": 1, \"title\": \"t\", \"children\": [\n [{\"id\": 2}]]}",
	};
	struct tt_import_opts o = {.kind = TT_IMPORT_HN};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		tt_error err;
		assert_null(tt_import_mem("n.json", texts[i], strlen(texts[i]), &o, &err));
		assert_int_equal(err.line, 2);
		assert_int_equal(err.col, 2);
		assert_non_null(strstr(err.msg, "expected an item"));
	}
}

/* A comment's own page whose "type" comes after its replies is read again,
 * knowing: the comment still leads the tree. */
static void test_type_after_replies(void **state)
{
	(void)state;
	const char *text = "{\"id\": 7, \"author\": \"a\", \"text\": \"top\", \"children\": "
	                   "[{\"id\": 8, \"text\": \"reply\", \"author\": \"b\"}], "
	                   "\"type\": \"comment\"}";
	struct tt_import_opts o = {.kind = TT_IMPORT_HN};
	tt_error err;
	tt_thread *t = tt_import_mem("c.json", text, strlen(text), &o, &err);
	assert_non_null(t);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->id, "7");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	tt_thread_free(t);
}

/* tt_import_hn_tree gives the very thread tt_import_hn gives (or the same
 * refusal), for every test item, the corpus's where it is at hand, and the
 * cases above whose reading depends on order. */
static void assert_same_from_tree(const char *name, const char *text)
{
	size_t len = strlen(text), n;
	tt_error err;
	tt_thread *direct = tt_import_hn(name, text, len, &err);
	tt_json_doc *d = tt_json_parse(name, text, len, &err);
	tt_thread *tree = d ? tt_import_hn_tree(name, tt_json_root(d), &err) : NULL;
	char *want = direct ? tt_thread_to_yaml(direct, &n) : tt_xstrdup("NULL");
	char *got = tree ? tt_thread_to_yaml(tree, &n) : tt_xstrdup("NULL");
	if (strcmp(want, got))
		fail_msg("%s: the tree import differs", name);
	free(want);
	free(got);
	tt_thread_free(direct);
	tt_thread_free(tree);
	tt_json_free(d);
}

static void test_from_tree(void **state)
{
	(void)state;
	static const char *const files[] = {
	    "tests/data/hn/algolia-story.json",
	    "tests/data/hn/algolia-poll.json",
	    "tests/data/hn/hnpwa-item.json",
	    "tests/data/hn/firebase-story.json",
	    "tests/data/hn/bad-no-id.json",
	    "tests/data/hn/bad-replies-not-list.json",
	    "../shared/corpus/hn_algolia_item17.json",
	    "../shared/corpus/hn_hnpwa_item1_ycombinator.json",
	};
	for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
		char *p = tt_test_src(files[i]);
		char *text = tt_test_slurp(p);
		if (!text && !strncmp(files[i], "../", 3)) { /* the corpus, where there is one */
			free(p);
			continue;
		}
		if (!text)
			fail_msg("%s: missing", p);
		assert_same_from_tree(files[i], text);
		free(text);
		free(p);
	}
	static const char *const texts[] = {
	    "{\"id\": 7, \"author\": \"a\", \"text\": \"top\", \"children\": [{\"id\": 8, "
	    "\"text\": \"reply\", \"author\": \"b\"}], \"type\": \"comment\"}",
	    "{\"id\": 7, \"type\": \"story\", \"children\": [{\"id\": 8, \"text\": \"r\"}]}",
	    "{\"id\": 1, \"title\": \"t\", \"children\": [{\"id\": 2},\n 3]}",
	    "{\"id\": 1, \"title\": \"t\", \"children\": [{\"id\": 2, \"children\": [\n \"x\"]}]}",
	    "{\"id\": 1, \"title\": \"t\", \"children\": [\n [{\"id\": 2}]]}",
	    "{\"id\": 1, \"title\": \"t\", \"comments\": [{\"id\": 2, \"user\": \"u\", "
	    "\"content\": \"<p>c\", \"comments\": [{\"id\": 3, \"user\": \"v\"}]}]}",
	    "[1, 2]",
	};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		assert_same_from_tree(texts[i], texts[i]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_algolia_story),
	    cmocka_unit_test(test_hnpwa_item),
	    cmocka_unit_test(test_html_to_paragraphs),
	    cmocka_unit_test(test_bad_input),
	    cmocka_unit_test(test_deep_chain),
	    cmocka_unit_test(test_epoch_out_of_range),
	    cmocka_unit_test(test_type_after_replies),
	    cmocka_unit_test(test_non_items_among_replies),
	    cmocka_unit_test(test_official_api_item),
	    cmocka_unit_test(test_poll_options),
	    cmocka_unit_test(test_from_tree),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
