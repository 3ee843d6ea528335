/* test_fetch: address recognition, the cache, the merge of an update, without a network. */
#include "tt_test.h"

#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "threadtag/cache.h"
#include "threadtag/config.h"
#include "threadtag/fetch.h"
#include "threadtag/fetchcli.h"
#include "threadtag/fsutil.h"
#include "threadtag/merge.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/url.h"
#include "threadtag/xalloc.h"

/* ---- addresses ---- */

static void expect_url(const char *s, enum tt_url_kind kind, const char *sub, const char *id,
                       const char *comment, const char *sort)
{
	tt_url u;
	int rc = tt_url_parse(s, &u);
	assert_int_equal(rc, kind == TT_URL_NONE ? -1 : 0);
	if (u.kind != kind)
		fail_msg("%s: kind %d, want %d", s, u.kind, kind);
	assert_string_equal(u.sub, sub);
	assert_string_equal(u.id, id);
	assert_string_equal(u.comment, comment);
	assert_string_equal(u.sort, sort);
}

static void test_urls(void **state)
{
	(void)state;
	expect_url("https://www.reddit.com/r/Python/comments/2xmo63/rtv_is_out/", TT_URL_REDDIT,
	           "Python", "2xmo63", "", "");
	expect_url("https://old.reddit.com/r/AskReddit/comments/cmwov/", TT_URL_REDDIT, "AskReddit",
	           "cmwov", "", "");
	expect_url("http://np.reddit.com/r/x_y/comments/abc/slug/def9/?context=3", TT_URL_REDDIT,
	           "x_y", "abc", "def9", "");
	expect_url("HTTPS://reddit.com/r/x/comments/abc/t/?sort=new", TT_URL_REDDIT, "x", "abc", "",
	           "new");
	expect_url("https://redd.it/abc12", TT_URL_REDDIT, "", "abc12", "", "");
	expect_url("https://news.ycombinator.com/item?id=8863", TT_URL_HN, "", "8863", "", "");
	expect_url("https://news.ycombinator.com/item?p=2&id=17#x", TT_URL_HN, "", "17", "", "");
	expect_url("https://example.org/2022/12/article.html", TT_URL_WEB, "", "", "", "");
	/* Not a thread address of a known site: an ordinary page. */
	expect_url("https://www.reddit.com/r/x/", TT_URL_WEB, "", "", "", "");
	expect_url("https://news.ycombinator.com/item?id=12abc", TT_URL_WEB, "", "", "", "");
	/* Ids that could change a request's path are not taken. */
	expect_url("https://www.reddit.com/r/x/comments/ab%2F..%2F/", TT_URL_WEB, "", "", "", "");
	expect_url("https://www.reddit.com/r/x/comments/abc/s/d?ef/", TT_URL_REDDIT, "x", "abc",
	           "d", "");
	expect_url("https://www.reddit.com/r/x/comments/abc/?sort=n%26x", TT_URL_REDDIT, "x", "abc",
	           "", "");
	expect_url("ftp://example.org/x", TT_URL_NONE, "", "", "", "");
	expect_url("thread.yaml", TT_URL_NONE, "", "", "", "");
	expect_url("https://", TT_URL_NONE, "", "", "", "");
	assert_true(tt_url_is_url("Http://x"));
	assert_false(tt_url_is_url("samples/x.yaml"));
}

static void test_file_names(void **state)
{
	(void)state;
	char *a = tt_fetchcli_file_name("https://old.reddit.com/r/x/comments/abc/t/");
	char *b = tt_fetchcli_file_name("https://www.reddit.com/r/x/comments/abc/t/def/");
	char *c = tt_fetchcli_file_name("https://news.ycombinator.com/item?id=42");
	char *d = tt_fetchcli_file_name("https://example.org/../../etc/passwd");
	assert_string_equal(a, "reddit-abc.yaml");
	assert_string_equal(b, "reddit-abc-def.yaml");
	assert_string_equal(c, "hn-42.yaml");
	assert_int_equal(strncmp(d, "web-", 4), 0);
	assert_null(strchr(d, '/'));
	free(a), free(b), free(c), free(d);
}

/* ---- the cache ---- */

static char *cache_home(void)
{
	const char *b = getenv("TT_BUILDDIR");
	char *tmpl = tt_xasprintf("%s/test-fetch-XXXXXX", b ? b : ".");
	assert_non_null(mkdtemp(tmpl));
	/* XDG paths count only when absolute. */
	char *abs = realpath(tmpl, NULL);
	assert_non_null(abs);
	free(tmpl);
	setenv("XDG_CACHE_HOME", abs, 1);
	return abs;
}

static void remove_home(char *home)
{
	char *cmd = tt_xasprintf("rm -rf '%s'", home);
	assert_int_equal(system(cmd), 0);
	free(cmd);
	free(home);
}

static void count_one(void *ctx, const char *url, size_t bytes, long long fetched)
{
	(void)url, (void)bytes, (void)fetched;
	(*(int *)ctx)++;
}

static void test_cache(void **state)
{
	(void)state;
	char *home = cache_home();
	size_t len;
	long long when;
	assert_null(tt_cache_get("https://a.example/x", &len, &when));
	static const char body[] = "{\"a\":1}\0binary\n";
	assert_int_equal(tt_cache_put("https://a.example/x", body, sizeof body, 1700000000), 0);
	char *got = tt_cache_get("https://a.example/x", &len, &when);
	assert_non_null(got);
	assert_int_equal(len, sizeof body);
	assert_memory_equal(got, body, sizeof body);
	assert_int_equal(when, 1700000000);
	free(got);
	/* Another URL is a miss; a URL with a line break is never kept. */
	assert_null(tt_cache_get("https://a.example/y", &len, &when));
	assert_int_equal(tt_cache_put("https://a.example/\nz", "x", 1, 1), -1);
	/* An entry under x's name holding another URL (a hash collision) is a miss. */
	char *dir = tt_cache_dir();
	assert_int_equal(tt_cache_put("https://a.example/y", "y", 1, 2), 0);
	int n = 0;
	assert_int_equal(tt_cache_list(count_one, &n), 2);
	assert_int_equal(n, 2);
	/* A foreign file in the folder is listed and removed by nobody. */
	char *foreign = tt_xasprintf("%s/0123456789abcdef", dir);
	tt_test_write(foreign, "not ours\n");
	assert_int_equal(tt_cache_clear(), 2);
	assert_null(tt_cache_get("https://a.example/x", &len, &when));
	assert_int_equal(access(foreign, F_OK), 0);
	free(foreign);
	free(dir);
	remove_home(home);
}

struct listed {
	int n;
	char urls[256];
};

static void list_into(void *ctx, const char *url, size_t bytes, long long fetched)
{
	struct listed *L = ctx;
	assert_int_equal(fetched, 1700000002);
	size_t at = strlen(L->urls);
	snprintf(L->urls + at, sizeof L->urls - at, "%s=%zu ", url, bytes);
	L->n++;
}

/* A fetch's answers as one set: each back by its URL, listed and cleared
 * answer by answer; a set cut inside an answer gives the answers before. */
static void test_cache_set(void **state)
{
	(void)state;
	char *home = cache_home();
	static const char *const urls[] = {"https://a.example/p", "https://a.example/m?c=1,2",
	                                   "https://a.example/e"};
	static const char *const bodies[] = {"[1]", "{\"x\":\"\n9\n\"}", ""};
	size_t lens[] = {3, 11, 0}, len;
	long long when;
	assert_null(tt_cache_get_set("https://a.example/t", &len, &when));
	assert_int_equal(tt_cache_put_set("https://a.example/t", 3, urls, bodies, lens, 1700000002),
	                 0);
	char *set = tt_cache_get_set("https://a.example/t", &len, &when);
	assert_non_null(set);
	assert_int_equal(when, 1700000002);
	const char *p = set, *end = set + len, *u, *body;
	size_t ulen, blen;
	for (int i = 0; i < 3; i++) {
		assert_int_equal(tt_cache_set_next(&p, end, &u, &ulen, &body, &blen), 0);
		assert_int_equal(ulen, strlen(urls[i]));
		assert_memory_equal(u, urls[i], ulen);
		assert_int_equal(blen, lens[i]);
		assert_memory_equal(body, bodies[i], blen);
	}
	assert_int_equal(tt_cache_set_next(&p, end, &u, &ulen, &body, &blen), -1);
	/* Cut inside the second answer: only the first is read. */
	p = set;
	end = set + strlen(urls[0]) + 3 + 3 + strlen(urls[1]) + 5;
	assert_int_equal(tt_cache_set_next(&p, end, &u, &ulen, &body, &blen), 0);
	assert_int_equal(tt_cache_set_next(&p, end, &u, &ulen, &body, &blen), -1);
	free(set);
	/* Not an answer of its own. */
	assert_null(tt_cache_get("https://a.example/p", &len, &when));
	struct listed L = {0};
	assert_int_equal(tt_cache_list(list_into, &L), 3);
	assert_int_equal(L.n, 3);
	assert_non_null(strstr(L.urls, "https://a.example/p=3 "));
	assert_non_null(strstr(L.urls, "https://a.example/m?c=1,2=11 "));
	assert_non_null(strstr(L.urls, "https://a.example/e=0 "));
	/* A URL with a line break is never kept. */
	static const char *const bad[] = {"https://a.example/\nx"};
	assert_int_equal(tt_cache_put_set("https://a.example/u", 1, bad, bodies, lens, 1), -1);
	assert_int_equal(tt_cache_clear(), 3);
	assert_null(tt_cache_get_set("https://a.example/t", &len, &when));
	remove_home(home);
}

static void test_cache_collision(void **state)
{
	(void)state;
	char *home = cache_home();
	assert_int_equal(tt_cache_put("https://a.example/x", "x", 1, 3), 0);
	/* Rewrite the entry so that it claims another URL. */
	char *dir = tt_cache_dir();
	char *cmd = tt_xasprintf("sed -i 's|a.example/x|a.example/w|' %s/*", dir);
	assert_int_equal(system(cmd), 0);
	size_t len;
	long long when;
	assert_null(tt_cache_get("https://a.example/x", &len, &when));
	free(cmd);
	free(dir);
	remove_home(home);
}

/* The one entry file of the cache folder (caller frees). */
static char *only_entry(void)
{
	char *dir = tt_cache_dir(), *pat = tt_xasprintf("%s/*", dir);
	glob_t g;
	assert_int_equal(glob(pat, 0, NULL, &g), 0);
	assert_int_equal(g.gl_pathc, 1); /* no temp file left beside it */
	char *path = tt_xstrdup(g.gl_pathv[0]);
	globfree(&g);
	free(pat);
	free(dir);
	return path;
}

/* Entries are written without fsync, so a crash may leave one cut short: it
 * fails its length check and is a miss, never half an answer. Entries of the
 * first format (no length) still load. */
static void test_cache_torn(void **state)
{
	(void)state;
	char *home = cache_home();
	static const char url[] = "https://a.example/t";
	static const char body[] = "{\"comments\": [1, 2, 3]}";
	size_t len, blen = sizeof body - 1;
	long long when;
	assert_int_equal(tt_cache_put(url, body, blen, 1700000001), 0);
	char *path = only_entry(), *data = tt_read_file(path, &len);
	assert_non_null(data);
	/* Cut short (the entry is text: the test body holds no NUL). */
	char *cut = tt_xstrdup(data);
	cut[len - 1] = 0;
	tt_test_write(path, cut);
	free(cut);
	assert_null(tt_cache_get(url, &len, &when));
	/* Whole again: a hit. */
	tt_test_write(path, data);
	char *got = tt_cache_get(url, &len, &when);
	assert_non_null(got);
	assert_int_equal(len, blen);
	assert_memory_equal(got, body, blen);
	free(got);
	/* The first format: magic, URL, time, body. */
	char *v1 = tt_xasprintf("threadtag-cache 1\n%s\n1600000000\n%s", url, body);
	tt_test_write(path, v1);
	got = tt_cache_get(url, &len, &when);
	assert_non_null(got);
	assert_int_equal(len, blen);
	assert_int_equal(when, 1600000000);
	assert_memory_equal(got, body, blen);
	free(got);
	free(v1);
	free(data);
	free(path);
	remove_home(home);
}

/* ---- configuration ---- */

static void test_config_and_endpoints(void **state)
{
	(void)state;
	char *home = cache_home();
	char *dir = tt_xasprintf("%s/threadtag", home), *path = tt_xasprintf("%s/config.yaml", dir);
	assert_int_equal(tt_mkdirs(dir), 0);
	setenv("XDG_CONFIG_HOME", home, 1);
	unsetenv("THREADTAG_REDDIT_URL");
	unsetenv("THREADTAG_HN_URL");
	unsetenv("THREADTAG_STALL_TIMEOUT");
	/* Defaults. */
	char *r = tt_fetch_endpoint("reddit"), *h = tt_fetch_endpoint("hn");
	assert_string_equal(r, "https://www.reddit.com");
	assert_string_equal(h, "https://hn.algolia.com");
	assert_int_equal(tt_fetch_stall_secs(), 30);
	free(r), free(h);
	/* The config, then the environment over it. */
	tt_test_write(path, "fetch:\n  reddit: http://mirror.example/\n  stall_timeout: 5\n"
	                    "  reddit_token_command: pass show reddit\n");
	tt_config c;
	tt_error err;
	assert_int_equal(tt_config_load(&c, NULL, &err), 0);
	assert_string_equal(tt_config_fetch(&c, "reddit_token_command"), "pass show reddit");
	tt_config_free(&c);
	r = tt_fetch_endpoint("reddit");
	assert_string_equal(r, "http://mirror.example"); /* the trailing '/' dropped */
	free(r);
	assert_int_equal(tt_fetch_stall_secs(), 5);
	setenv("THREADTAG_REDDIT_URL", "http://127.0.0.1:9", 1);
	setenv("THREADTAG_STALL_TIMEOUT", "1", 1);
	r = tt_fetch_endpoint("reddit");
	assert_string_equal(r, "http://127.0.0.1:9");
	assert_int_equal(tt_fetch_stall_secs(), 1);
	free(r);
	unsetenv("THREADTAG_REDDIT_URL");
	unsetenv("THREADTAG_STALL_TIMEOUT");
	/* Mistakes are reported at their place. */
	tt_test_write(path, "fetch:\n  redit: x\n");
	assert_int_equal(tt_config_load(&c, NULL, &err), -1);
	assert_int_equal(err.line, 2);
	assert_non_null(strstr(err.msg, "unknown fetch setting 'redit'"));
	tt_config_free(&c);
	tt_test_write(path, "fetch: {stall_timeout: 0}\n");
	assert_int_equal(tt_config_load(&c, NULL, &err), -1);
	assert_non_null(strstr(err.msg, "stall_timeout"));
	tt_config_free(&c);
	tt_test_write(path, "fetch: https://x\n");
	assert_int_equal(tt_config_load(&c, NULL, &err), -1);
	tt_config_free(&c);
	unsetenv("XDG_CONFIG_HOME");
	free(path);
	free(dir);
	remove_home(home);
}

/* ---- the merge ---- */

static tt_thread *thread(const char *yaml)
{
	tt_error err;
	tt_thread *t = tt_thread_load_mem("test", yaml, strlen(yaml), &err);
	if (!t)
		fail_msg("%s:%u:%u: %s", err.file, err.line, err.col, err.msg);
	return t;
}

static const char old_yaml[] =
    "threadtag: 1\nid: t3_x\nsource_url: https://redd.it/x\nfetched: 2026-01-01T00:00:00Z\n"
    "article: {title: T}\n"
    "comments:\n"
    "- {id: a, author: u1, body: [one], replies: [{id: b, author: u2, body: [two],\n"
    "   replies: [{id: c, author: u3, body: [three]}]}]}\n"
    "- {id: d, author: u4, body: [four], replies: [{id: e, author: u5, body: [five]}]}\n"
    "- {id: z, author: '[deleted]', deleted: true, body: [gone before]}\n";

static const char fresh_yaml[] =
    "threadtag: 1\nid: t3_x\nfetched: 2026-02-02T00:00:00Z\narticle: {title: T2}\n"
    "comments:\n"
    "- {id: a, author: u1, body: [one, edited], replies: [\n"
    "   {id: b, author: '[deleted]', deleted: true, body: ['[deleted]'],\n"
    "    replies: [{id: c, author: u3, body: [three]}]},\n"
    "   {id: n, author: u6, body: [new]}]}\n"
    "- {id: z, author: '[deleted]', deleted: true, body: ['[deleted]']}\n";

static void test_merge(void **state)
{
	(void)state;
	tt_thread *old = thread(old_yaml), *fresh = thread(fresh_yaml);
	struct tt_merge_stats st;
	tt_error err;
	tt_thread *m = tt_merge(old, fresh, "2026-02-02T00:00:00Z", &st, &err);
	assert_non_null(m);
	assert_int_equal(st.added, 1);
	assert_int_equal(st.edited, 1);
	assert_string_equal(st.edited_ids[0], "a");
	assert_int_equal(st.deleted, 3); /* b deleted; d and e gone (z was already) */
	assert_int_equal(m->ncomments, 7);
	assert_string_equal(m->id, "t3_x");
	assert_string_equal(m->source_url, "https://redd.it/x");
	assert_string_equal(m->fetched, "2026-02-02T00:00:00Z");
	assert_string_equal(m->article.title, "T2");
	tt_comment *a = tt_thread_find(m, "a"), *b = tt_thread_find(m, "b");
	tt_comment *d = tt_thread_find(m, "d"), *e = tt_thread_find(m, "e");
	tt_comment *n = tt_thread_find(m, "n"), *z = tt_thread_find(m, "z");
	assert_int_equal(a->body.n, 2);
	assert_int_equal(tt_comment_previous(m, a)->n, 1);
	assert_string_equal(tt_comment_previous(m, a)->v[0], "one");
	assert_string_equal(tt_comment_edited(m, a), "2026-02-02T00:00:00Z");
	assert_null(tt_comment_added(m, a));
	assert_true(b->flags & TT_C_DELETED);
	assert_string_equal(b->body.v[0], "two");
	assert_string_equal(b->author, "u2");
	assert_ptr_equal(tt_thread_find(m, "c")->parent, b);
	assert_ptr_equal(n->parent, a);
	assert_ptr_equal(b->next_sibling, n);
	assert_string_equal(tt_comment_added(m, n), "2026-02-02T00:00:00Z");
	assert_true((d->flags & TT_C_DELETED) && (e->flags & TT_C_DELETED));
	assert_ptr_equal(e->parent, d);
	assert_string_equal(d->body.v[0], "four");
	assert_string_equal(z->body.v[0], "gone before");
	free(st.edited_ids);
	tt_test_assert_round_trip(m);
	/* Merging the result with the same fresh version again changes nothing. */
	tt_thread *again = tt_merge(m, fresh, "2026-03-03T00:00:00Z", &st, &err);
	assert_non_null(again);
	free(st.edited_ids);
	assert_int_equal(st.added + st.edited + st.deleted, 0);
	assert_string_equal(tt_comment_edited(again, tt_thread_find(again, "a")),
	                    "2026-02-02T00:00:00Z");
	assert_string_equal(tt_comment_added(again, tt_thread_find(again, "n")),
	                    "2026-02-02T00:00:00Z");
	size_t l1, l2;
	char *y1 = tt_thread_to_yaml(m, &l1), *y2 = tt_thread_to_yaml(again, &l2);
	assert_string_equal(y1, y2);
	free(y1), free(y2);
	tt_thread_free(again);
	tt_thread_free(m);
	tt_thread_free(old);
	tt_thread_free(fresh);
}

/* Files without the new fields load as before; with them, they round-trip. */
static void test_format_fields(void **state)
{
	(void)state;
	tt_thread *t = thread(old_yaml);
	assert_string_equal(t->source_url, "https://redd.it/x");
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
	tt_error err;
	static const char bad[] = "threadtag: 1\nfetched: yesterday\narticle: {title: T}\n";
	assert_null(tt_thread_load_mem("bad", bad, strlen(bad), &err));
	assert_non_null(strstr(err.msg, "fetched"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_urls),       cmocka_unit_test(test_file_names),
	    cmocka_unit_test(test_cache),      cmocka_unit_test(test_cache_collision),
	    cmocka_unit_test(test_cache_torn), cmocka_unit_test(test_cache_set),
	    cmocka_unit_test(test_merge),      cmocka_unit_test(test_format_fields),
	    cmocka_unit_test(test_config_and_endpoints),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
