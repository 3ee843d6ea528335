/* test_import_reddit: Reddit comment-page JSON (escaped and raw) into threads. */
#include "tt_test.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/import.h"
#include "threadtag/json.h"
#include "threadtag/xalloc.h"
#include "threadtag/thread_yaml.h"

static void test_detected_from_content(void **state)
{
	(void)state;
	char *p = tt_test_src("tests/data/reddit/selfpost-escaped.json");
	char *text = tt_test_slurp(p);
	assert_int_equal(tt_import_detect(text, strlen(text)), TT_IMPORT_REDDIT);
	free(text);
	free(p);
}

static void test_post_becomes_article(void **state)
{
	(void)state;
	tt_thread *t = tt_test_must_import("tests/data/reddit/selfpost-escaped.json");
	const tt_article *a = &t->article;
	assert_string_equal(t->id, "t3_abc123");
	/* Served without raw_json=1: entities decoded in title and text. */
	assert_string_equal(a->title, "Is C worth learning in 2024? Pros & cons");
	assert_string_equal(a->author, "learner_42");
	assert_string_equal(a->site, "r/C_Programming");
	assert_string_equal(a->url, "https://www.reddit.com/r/C_Programming/comments/abc123/"
	                            "is_c_worth_learning_in_2024/");
	assert_string_equal(a->time, "2023-11-14T22:13:20Z");
	assert_int_equal(a->body.n, 2);
	assert_string_equal(
	    a->body.v[0],
	    "I keep hearing <C> is \"dead\" & yet every tool I use is written in it.");
	assert_string_equal(a->body.v[1], "Second paragraph, from a caf\xC3\xA9 \xE2\x98\x95 in "
	                                  "Z\xC3\xBCrich.");
	tt_thread_free(t);
}

static void test_tree_deleted_and_more(void **state)
{
	(void)state;
	tt_thread *t = tt_test_must_import("tests/data/reddit/selfpost-escaped.json");
	assert_int_equal(t->ncomments, 7);
	assert_int_equal(t->ntop, 2);
	assert_int_equal(t->max_depth, 4); /* five levels */
	assert_int_equal(t->more, 12);     /* the top-level "load more" stub */
	const tt_comment *k1 = tt_thread_find(t, "k1a"), *k2 = tt_thread_find(t, "k2a");
	const tt_comment *k3 = tt_thread_find(t, "k3a"), *k4 = tt_thread_find(t, "k4a");
	const tt_comment *k5 = tt_thread_find(t, "k5a"), *k6 = tt_thread_find(t, "k6a");
	const tt_comment *k7 = tt_thread_find(t, "k7a");
	assert_non_null(k5);
	assert_ptr_equal(k5->parent, k4);
	assert_ptr_equal(k4->parent, k3);
	assert_ptr_equal(k3->parent, k2);
	assert_ptr_equal(k2->parent, k1);
	assert_ptr_equal(k6->parent, k1);
	assert_null(k7->parent);
	assert_false(k1->flags & TT_C_DERIVED_ID);
	assert_string_equal(k1->time, "2023-11-14T22:15:00Z"); /* float created_utc */
	assert_string_equal(k2->time, "2023-11-14T22:16:40Z"); /* integer created_utc */
	assert_int_equal(k1->body.n, 2);
	assert_string_equal(k1->body.v[0],
	                    "Yes. Learn it & you'll understand what the machine does.");
	assert_string_equal(k1->body.v[1], "Also: pointers > magic.");
	assert_string_equal(k2->body.v[0], "Disagree \xE2\x80\x94 start with Python.\nThen C.");
	/* The three kinds of deletion, kept as the source says. */
	assert_string_equal(k3->author, "[deleted]");
	assert_string_equal(k3->body.v[0], "[deleted]");
	assert_true(k3->flags & TT_C_DELETED);
	assert_string_equal(k6->author, "[deleted]");
	assert_string_equal(k6->body.v[0], "[removed]");
	assert_true(k6->flags & TT_C_DELETED);
	assert_string_equal(k7->author, "[deleted]");
	assert_string_equal(k7->body.v[0], "I kept my words.");
	assert_false(k7->flags & TT_C_DELETED);
	/* "more" and "continue this thread" stubs are counts, not comments. */
	assert_int_equal(tt_comment_more(t, k3), 7);
	assert_int_equal(tt_comment_more(t, k4), 1);
	assert_int_equal(tt_comment_more(t, k1), 0);
	assert_null(tt_thread_find(t, "_"));
	assert_null(tt_thread_find(t, "k3more"));
	assert_string_equal(k4->body.v[0], "Why was this deleted? \xF0\x9F\xA4\x94");
	assert_string_equal(k5->author, "zo\xC3\xAB");
	tt_thread_free(t);
}

static void test_permalink_raw_json(void **state)
{
	(void)state;
	tt_thread *t = tt_test_must_import("tests/data/reddit/permalink-raw.json");
	assert_string_equal(t->article.title, "A link post & its permalink");
	assert_string_equal(t->article.url, "https://example.com/article");
	assert_string_equal(t->source,
	                    "https://www.reddit.com/r/programming/comments/lnk9/a_link_post/");
	assert_string_equal(t->article.site, "r/programming");
	assert_int_equal(t->article.body.n, 0);
	assert_int_equal(t->ncomments, 2);
	const tt_comment *p1 = tt_thread_find(t, "p1"), *p2 = tt_thread_find(t, "p2");
	assert_null(p1->parent); /* its parent is not in the file */
	assert_ptr_equal(p2->parent, p1);
	assert_string_equal(p1->author, "first_voice"); /* read past a tab after the ':' */
	/* raw_json=1: the body is the text itself, an entity in it is literal. */
	assert_string_equal(p1->body.v[0], "Ampersands stay literal: &amp; is how HTML writes &.");
	assert_string_equal(p2->body.v[0],
	                    "Replying with an emoji \xF0\x9F\x98\x80 and a tab\there.");
	assert_string_equal(p2->time, "2024-03-09T16:01:40Z");
	tt_thread_free(t);
}

/* A link post has no html of its own: the comments' body_html decides. */
static void test_link_post_title_escaped(void **state)
{
	(void)state;
	tt_thread *t = tt_test_must_import("tests/data/reddit/linkpost-escaped-nohtml-post.json");
	assert_string_equal(t->article.title, "Links & more");
	assert_string_equal(tt_thread_find(t, "p1")->body.v[0], "a <b> & c");
	tt_thread_free(t);
}

/* Without any html fields (archives), each text is judged by how it reads. */
static void test_archive_without_html(void **state)
{
	(void)state;
	tt_thread *t = tt_test_must_import("tests/data/reddit/archive-without-html.json");
	assert_string_equal(tt_thread_find(t, "e1")->body.v[0], "x & y > z");
	assert_string_equal(tt_thread_find(t, "e2")->body.v[0], "p & q <r>");
	tt_thread_free(t);
}

static void test_round_trip_and_stable_ids(void **state)
{
	(void)state;
	tt_thread *a = tt_test_must_import("tests/data/reddit/selfpost-escaped.json");
	tt_thread *b = tt_test_must_import("tests/data/reddit/selfpost-escaped.json");
	size_t len;
	char *ya = tt_thread_to_yaml(a, &len), *yb = tt_thread_to_yaml(b, NULL);
	assert_string_equal(ya, yb);
	tt_error err;
	tt_thread *c = tt_thread_load_mem("again", ya, len, &err);
	assert_non_null(c);
	char *yc = tt_thread_to_yaml(c, NULL);
	assert_string_equal(ya, yc);
	assert_int_equal(tt_comment_more(c, tt_thread_find(c, "k3a")), 7);
	free(ya);
	free(yb);
	free(yc);
	tt_thread_free(a);
	tt_thread_free(b);
	tt_thread_free(c);
}

static void test_bad_input(void **state)
{
	(void)state;
	tt_error err;
	assert_null(tt_test_import("tests/data/reddit/bad-truncated.json", &err));
	assert_true(err.line > 1);
	assert_non_null(strstr(err.msg, "JSON syntax error"));
	assert_null(tt_test_import("tests/data/reddit/bad-one-listing.json", &err));
	assert_int_equal(err.line, 1);
	assert_non_null(strstr(err.msg, "two listings"));
	assert_null(tt_test_import("tests/data/reddit/bad-comment-without-id.json", &err));
	assert_true(err.line > 1);
	assert_non_null(strstr(err.msg, "\"t1\""));
	/* Forced to Reddit, a Hacker News item is refused with what was expected. */
	char *p = tt_test_src("tests/data/hn/algolia-story.json");
	struct tt_import_opts o = {.kind = TT_IMPORT_REDDIT};
	int eno;
	assert_null(tt_import_file(p, &o, &err, &eno));
	assert_non_null(strstr(err.msg, "two listings"));
	free(p);
}

/* created_utc of 1e23 or -5, and a "more" count of 1e300: bad data at the
 * number, never a crash or an empty time. */
static void test_numbers_out_of_range(void **state)
{
	(void)state;
	static const char *const comments[] = {
	    "{\"kind\": \"t1\", \"data\": {\"id\": \"c\", \"created_utc\": 1e23}}",
	    "{\"kind\": \"t1\", \"data\": {\"id\": \"c\", \"created_utc\": -5}}",
	    "{\"kind\": \"more\", \"data\": {\"id\": \"m\", \"count\": 1e300}}",
	};
	struct tt_import_opts o = {.kind = TT_IMPORT_REDDIT};
	for (size_t i = 0; i < sizeof comments / sizeof *comments; i++) {
		char *text = tt_xasprintf(
		    "[{\"kind\": \"Listing\", \"data\": {\"children\": [{\"kind\": \"t3\", "
		    "\"data\": {\"title\": \"t\"}}]}},\n{\"kind\": \"Listing\", \"data\": "
		    "{\"children\": [\n%s]}}]",
		    comments[i]);
		tt_error err;
		assert_null(tt_import_mem("r.json", text, strlen(text), &o, &err));
		assert_int_equal(err.line, 3);
		assert_true(err.col > 30);
		assert_non_null(strstr(err.msg, i < 2 ? "created_utc" : "count"));
		free(text);
	}
}

/* Comments are taken out of the tree as they end: what stays among them (a
 * number, a string) is reported where it stands. */
static void test_non_things_among_comments(void **state)
{
	(void)state;
	static const char *const lists[] = {
	    "{\"kind\": \"t1\", \"data\": {\"id\": \"a\"}},\n 7",
	    "{\"kind\": \"t1\", \"data\": {\"id\": \"a\", \"replies\": {\"kind\": "
	    "\"Listing\", \"data\": {\"children\": [\n \"x\"]}}}}",
	};
	struct tt_import_opts o = {.kind = TT_IMPORT_REDDIT};
	for (size_t i = 0; i < sizeof lists / sizeof *lists; i++) {
		char *text = tt_xasprintf(
		    "[{\"kind\": \"Listing\", \"data\": {\"children\": [{\"kind\": \"t3\", "
		    "\"data\": {\"title\": \"t\"}}]}}, {\"kind\": \"Listing\", \"data\": "
		    "{\"children\": [%s]}}]",
		    lists[i]);
		tt_error err;
		assert_null(tt_import_mem("r.json", text, strlen(text), &o, &err));
		assert_int_equal(err.line, 2);
		assert_int_equal(err.col, 2);
		assert_non_null(strstr(err.msg, "\"t1\""));
		free(text);
	}
}

struct deep_run {
	char *text;
	tt_thread *t;
	tt_error err;
};

static void *import_deep(void *arg)
{
	struct deep_run *r = arg;
	struct tt_import_opts o = {.kind = TT_IMPORT_REDDIT};
	r->t = tt_import_mem("deep.json", r->text, strlen(r->text), &o, &r->err);
	return NULL;
}

/* A 100,000-deep reply chain (500,000 levels of JSON) imports on a 256 KiB
 * stack, where any recursion over the depth would crash. */
static void test_deep_chain(void **state)
{
	(void)state;
	size_t n = 100000;
	tt_buf b = {0};
	tt_buf_adds(&b, "[{\"kind\": \"Listing\", \"data\": {\"children\": [{\"kind\": \"t3\", "
	                "\"data\": {\"title\": \"deep\"}}]}}, {\"kind\": \"Listing\", "
	                "\"data\": {\"children\": [");
	for (size_t i = 0; i < n; i++)
		tt_buf_printf(&b,
		              "{\"kind\": \"t1\", \"data\": {\"id\": \"c%zu\", \"body\": \"x\", "
		              "\"replies\": {\"kind\": \"Listing\", \"data\": {\"children\": [",
		              i);
	for (size_t i = 0; i < n; i++)
		tt_buf_adds(&b, "]}}}}");
	tt_buf_adds(&b, "]}}]");
	struct deep_run r = {.text = b.data};
	pthread_attr_t attr;
	pthread_t th;
	assert_int_equal(pthread_attr_init(&attr), 0);
	assert_int_equal(pthread_attr_setstacksize(&attr, 256 * 1024), 0);
	assert_int_equal(pthread_create(&th, &attr, import_deep, &r), 0);
	assert_int_equal(pthread_join(th, NULL), 0);
	pthread_attr_destroy(&attr);
	if (!r.t)
		fail_msg("%u:%u: %s", r.err.line, r.err.col, r.err.msg);
	assert_int_equal(r.t->ncomments, n);
	assert_int_equal(r.t->max_depth, n - 1);
	assert_string_equal(r.t->order[n - 1]->parent->id, "c99998");
	tt_thread_free(r.t);
	tt_buf_free(&b);
}

/* ---- the same thread from a parsed tree, and built in pieces (a fetch) ---- */

/* The thread file of t (NULL: "NULL"), to compare threads whole. */
static char *yaml_of(const tt_thread *t)
{
	size_t len;
	return t ? tt_thread_to_yaml(t, &len) : tt_xstrdup("NULL");
}

/* What a fetch's pieces hold: a comment's replies taken out of its answer,
 * to be added later, as a morechildren answer adds them. */
struct held {
	const tt_json *data; /* the comment's data */
	tt_comment *c;
	tt_json *kids; /* its replies' children, emptied; first/last/n kept here */
	tt_json *first, *last;
	size_t n;
};

struct pieces {
	struct held *h;
	size_t n;
	long long stubs; /* what the stubs said they stand for */
};

static void piece_comment(void *ctx, tt_comment *c, const tt_json *data)
{
	struct pieces *P = ctx;
	for (size_t i = 0; i < P->n; i++)
		if (P->h[i].data == data)
			P->h[i].c = c;
}

static int piece_stub(void *ctx, tt_comment *parent, const tt_json *stub, long long count)
{
	struct pieces *P = ctx;
	(void)parent, (void)stub;
	P->stubs += count;
	return 0;
}

/* The page built as a fetch builds it: every top-level comment alone, its
 * replies held back, then the replies added under it in reverse order of the
 * comments (so comments are made far from their place in the page), stubs
 * left to the hook and counted at the end. */
static tt_thread *built_in_pieces(const char *name, tt_json *root, tt_error *err)
{
	const tt_json *top =
	    tt_json_get(tt_json_get(root->first ? root->first->next : NULL, "data"), "children");
	struct pieces P = {0};
	for (const tt_json *k = top ? top->first : NULL; k; k = k->next) {
		const tt_json *d = tt_json_get(k, "data");
		tt_json *kids = (tt_json *)tt_json_get(
		    tt_json_get(tt_json_get(d, "replies"), "data"), "children");
		if (!kids || kids->type != TT_JSON_ARR)
			continue;
		P.h = tt_xrealloc(P.h, (P.n + 1) * sizeof *P.h);
		P.h[P.n++] = (struct held){d, NULL, kids, kids->first, kids->last, kids->n};
		kids->first = kids->last = NULL;
		kids->n = 0;
	}
	tt_reddit_hooks hooks = {.comment = piece_comment, .stub = piece_stub, .ctx = &P};
	tt_reddit_build *B = tt_reddit_build_new(name, &hooks, err);
	int rc = 0;
	for (const tt_json *k = top && top->type == TT_JSON_ARR ? top->first : NULL; k && rc == 0;
	     k = k->next)
		rc = tt_reddit_build_add_one(B, NULL, k);
	for (size_t i = P.n; i-- > 0;) {
		struct held *h = &P.h[i];
		h->kids->first = h->first;
		h->kids->last = h->last;
		h->kids->n = h->n;
		if (rc == 0 && h->c)
			rc = tt_reddit_build_add(B, h->c, h->kids);
	}
	/* Stubs are counted on the post here: the totals are compared below. */
	if (rc == 0)
		rc = tt_reddit_build_more(B, NULL, P.stubs, NULL);
	free(P.h);
	if (rc < 0) {
		tt_reddit_build_free(B);
		return NULL;
	}
	return tt_reddit_build_end(B, root);
}

static long long all_more(const tt_thread *t)
{
	long long n = t->more;
	for (size_t i = 0; i < t->ncomments; i++)
		n += tt_comment_more(t, t->order[i]);
	return n;
}

/* The three ways give one thread from text (name for messages). */
static void assert_same_three(const char *name, const char *text)
{
	size_t len = strlen(text);
	tt_error err;
	tt_thread *direct = tt_import_reddit(name, text, len, &err);
	tt_json_doc *d = tt_json_parse(name, text, len, &err);
	assert_non_null(d);
	tt_thread *tree = tt_import_reddit_tree(name, tt_json_root(d), &err);
	char *want = yaml_of(direct), *got = yaml_of(tree);
	if (strcmp(want, got))
		fail_msg("%s: the tree import differs", name);
	free(got);
	tt_thread *built = built_in_pieces(name, (tt_json *)tt_json_root(d), &err);
	if (direct && built) {
		assert_int_equal(all_more(built), all_more(direct));
		built->more = direct->more; /* where the counts sit, as said */
		for (size_t k = 0; k < built->ncomments; k++) {
			long long m = tt_comment_more(direct, direct->order[k]);
			if (m || tt_comment_more(built, built->order[k]))
				tt_comment_extra_set(built, built->order[k])->more = m;
		}
	}
	got = yaml_of(built);
	if (strcmp(want, got))
		fail_msg("%s: the thread built in pieces differs", name);
	free(want);
	free(got);
	tt_thread_free(direct);
	tt_thread_free(tree);
	tt_thread_free(built);
	tt_json_free(d);
}

/* tt_import_reddit_tree gives the very thread tt_import_reddit gives, and
 * so does the builder fed in pieces (save for where stub counts sit, which
 * the pieces put on the post), on pages served escaped, raw, without html,
 * as a permalink, with stubs, and on the corpus's real threads where the
 * corpus is at hand (../shared/corpus). */
static void test_from_tree_and_pieces(void **state)
{
	(void)state;
	static const char *const files[] = {
	    "tests/data/reddit/selfpost-escaped.json",
	    "tests/data/reddit/permalink-raw.json",
	    "tests/data/reddit/linkpost-escaped-nohtml-post.json",
	    "tests/data/reddit/archive-without-html.json",
	    "tests/data/reddit/bad-comment-without-id.json",
	    "tests/data/reddit/bad-one-listing.json",
	    "../shared/corpus/reddit_2xmo63_python_rtv_announcement.json",
	    "../shared/corpus/reddit_cmwov_askreddit_tattoos_2010_sort_top.json",
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
		assert_same_three(files[i], text);
		free(text);
		free(p);
	}
	/* A body without html follows the comment before it in the page (b's
	 * raw html), not the one made before it (c's escaped html, made first
	 * when the pieces come): b2 keeps its "&amp;" as written. */
	static const char order[] =
	    "[{\"kind\": \"Listing\", \"data\": {\"children\": [{\"kind\": \"t3\", \"data\": "
	    "{\"id\": \"p\", \"title\": \"T\"}}]}}, {\"kind\": \"Listing\", \"data\": "
	    "{\"children\": [{\"kind\": \"t1\", \"data\": {\"id\": \"b\", \"body\": \"x\", "
	    "\"body_html\": \"<p>x</p>\", \"replies\": {\"kind\": \"Listing\", \"data\": "
	    "{\"children\": [{\"kind\": \"t1\", \"data\": {\"id\": \"b2\", \"body\": "
	    "\"a &amp; b\"}}]}}}}, {\"kind\": \"t1\", \"data\": {\"id\": \"c\", \"body\": "
	    "\"y\", \"body_html\": \"&lt;p&gt;y&lt;/p&gt;\"}}]}}]";
	assert_same_three("order", order);
	tt_error err;
	tt_thread *t = tt_import_reddit("order", order, strlen(order), &err);
	assert_non_null(t);
	assert_string_equal(t->order[1]->body.v[0], "a &amp; b");
	tt_thread_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_detected_from_content),
	    cmocka_unit_test(test_post_becomes_article),
	    cmocka_unit_test(test_tree_deleted_and_more),
	    cmocka_unit_test(test_permalink_raw_json),
	    cmocka_unit_test(test_link_post_title_escaped),
	    cmocka_unit_test(test_archive_without_html),
	    cmocka_unit_test(test_round_trip_and_stable_ids),
	    cmocka_unit_test(test_bad_input),
	    cmocka_unit_test(test_numbers_out_of_range),
	    cmocka_unit_test(test_non_things_among_comments),
	    cmocka_unit_test(test_deep_chain),
	    cmocka_unit_test(test_from_tree_and_pieces),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
