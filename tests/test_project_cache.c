/* test_project_cache: per-thread summaries are right, cached, rebuilt on change, never trusted when
 * bad. */
#include "tt_test.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "threadtag/project.h"
#include "threadtag/xalloc.h"

static const char *const thread_a = "threadtag: 1\nid: alpha\narticle:\n  title: First\n"
                                    "comments:\n"
                                    "  - id: c1\n    author: ann\n    body: [one]\n"
                                    "    replies:\n"
                                    "      - id: c2\n        body: [two]\n"
                                    "  - id: c3\n    body: [three]\n";
static const char *const thread_b = "threadtag: 1\nid: beta\narticle:\n  title: Second\n"
                                    "comments:\n"
                                    "  - id: d1\n    body: [one]\n";

/* A store of annotator name for thread id, "ITEM VALUE" pairs in tags. */
static void store(const char *dir, const char *name, const char *id, const char *tags)
{
	char *d = tt_xasprintf("%s/tags/%s", dir, name);
	mkdir(d, 0777);
	tt_buf b = {0};
	tt_buf_printf(&b, "threadtag_tags: 1\nthread: {id: %s}\nannotator: %s\ntags:\n", id, name);
	char item[16], value[16];
	int used;
	for (const char *p = tags; sscanf(p, "%15s %15s%n", item, value, &used) == 2; p += used)
		tt_buf_printf(&b, "  %s: {stance: %s, time: \"2026-11-23T14:00:%02zuZ\"}\n", item,
		              value, b.len % 60);
	char *path = tt_xasprintf("%s/%s.yaml", d, id);
	tt_test_write(path, b.data);
	free(path);
	free(b.data);
	free(d);
}

static char *project(void)
{
	char *dir = tt_test_tmpdir();
	char *sub = tt_xasprintf("%s/p", dir);
	free(dir);
	tt_error err;
	int rc;
	assert_int_equal(tt_project_init(sub, NULL, NULL, &err, &rc), 0);
	char *a = tt_xasprintf("%s/threads/a.yaml", sub),
	     *b = tt_xasprintf("%s/threads/b.yaml", sub);
	tt_test_write(a, thread_a);
	tt_test_write(b, thread_b);
	free(a);
	free(b);
	store(sub, "ann", "alpha", "c1 favor c2 against c3 favor");
	store(sub, "bob", "alpha", "c1 favor c2 favor");
	return sub;
}

/* The summaries of dir, opened afresh, with their project (caller frees both). */
static tt_project_summaries *summaries(const char *dir, tt_project **p, tt_scheme **sc)
{
	tt_error err;
	int rc;
	*p = tt_project_open(dir, &err, &rc);
	assert_non_null(*p);
	*sc = tt_scheme_default();
	return tt_project_summaries_get(*p, *sc);
}

static void done(tt_project_summaries *s, tt_project *p, tt_scheme *sc)
{
	tt_project_summaries_free(s, p);
	tt_scheme_free(sc);
	tt_project_free(p);
}

/* What the fixture holds, whether computed or read back from the cache. */
static void assert_fixture(const tt_project_summaries *s, size_t ann_tagged)
{
	assert_int_equal(s->n, 2);
	assert_int_equal(s->bad, 0);
	const tt_project_summary *a = &s->v[0], *b = &s->v[1];
	assert_string_equal(a->file, "a.yaml");
	assert_string_equal(a->id, "alpha");
	assert_string_equal(a->title, "First");
	assert_int_equal(a->ncomments, 3);
	assert_true(a->stores[0].exists);
	assert_int_equal(a->stores[0].tagged, ann_tagged);
	assert_int_equal(a->stores[1].tagged, 2);
	assert_int_equal(a->stores[1].ntimes, 2);
	assert_false(a->stores[0].pending);
	assert_string_equal(b->id, "beta");
	assert_int_equal(b->ncomments, 1);
	assert_false(b->stores[0].exists);
	assert_false(b->stores[1].exists);
}

/* Stance alpha of thread a: units c1 {favor, favor}, c2 {against, favor}:
 * n = 4, same = 2, totals favor 3, against 1: 1 - 3 * 2 / (16 - 10) = 0. */
static void test_summaries_are_right(void **state)
{
	(void)state;
	char *dir = project();
	tt_project *p;
	tt_scheme *sc;
	tt_project_summaries *s = summaries(dir, &p, &sc);
	assert_fixture(s, 3);
	assert_int_equal(s->rebuilt, 2);
	/* Only c2 was given two different stances (ann against, bob favor). */
	assert_int_equal(s->v[0].disagree, 1);
	assert_int_equal(s->v[1].disagree, 0);
	const tt_agree_alpha_parts *A = &s->v[0].alpha[0];
	assert_int_equal(A->n, 4);
	assert_true(fabs(A->same - 2) < 1e-12);
	assert_int_equal(A->totals[0], 3);
	assert_int_equal(A->totals[1], 1);
	tt_agree_value v = tt_agree_alpha_from_parts(A);
	assert_true(v.defined);
	assert_true(fabs(v.value) < 1e-12);
	done(s, p, sc);
	free(dir);
}

/* A second call reads everything from the cache and gets the same answers. */
static void test_warm_comes_from_cache(void **state)
{
	(void)state;
	char *dir = project();
	tt_project *p;
	tt_scheme *sc;
	tt_project_summaries *s = summaries(dir, &p, &sc);
	char *cache = tt_project_cache_path(p);
	struct stat st;
	assert_int_equal(stat(cache, &st), 0);
	assert_null(strstr(cache, dir)); /* never inside the project (a git repository) */
	done(s, p, sc);
	s = summaries(dir, &p, &sc);
	assert_int_equal(s->rebuilt, 0);
	assert_fixture(s, 3);
	assert_int_equal(s->v[0].alpha[0].n, 4);
	assert_int_equal(s->v[0].disagree, 1); /* read back from the cache */
	done(s, p, sc);
	free(cache);
	free(dir);
}

/* A changed store, a new journal and a replaced thread file each rebuild
 * their thread's entry, and only that one. */
static void test_change_rebuilds_that_thread(void **state)
{
	(void)state;
	char *dir = project();
	tt_project *p;
	tt_scheme *sc;
	tt_project_summaries *first = summaries(dir, &p, &sc);
	done(first, p, sc);

	store(dir, "ann", "alpha", "c1 favor c3 favor"); /* one tag fewer */
	tt_project_summaries *s = summaries(dir, &p, &sc);
	assert_int_equal(s->rebuilt, 1);
	assert_fixture(s, 2);
	done(s, p, sc);

	char *journal = tt_xasprintf("%s/tags/bob/alpha.yaml.journal", dir);
	tt_test_write(journal, "{item: c3, stance: against, annotator: bob, time: "
	                       "\"2026-11-23T14:01:00Z\"}\n");
	s = summaries(dir, &p, &sc);
	assert_int_equal(s->rebuilt, 1);
	assert_true(s->v[0].stores[1].pending);
	assert_int_equal(s->v[0].stores[1].tagged, 3);
	done(s, p, sc);

	/* Same size, same bytes, but a new file (a new inode): rebuilt. */
	char *b = tt_xasprintf("%s/threads/b.yaml", dir), *tmp = tt_xasprintf("%s.new", b);
	tt_test_write(tmp, thread_b);
	assert_int_equal(rename(tmp, b), 0);
	s = summaries(dir, &p, &sc);
	assert_int_equal(s->rebuilt, 1);
	assert_string_equal(s->v[1].id, "beta");
	done(s, p, sc);
	free(tmp);
	free(b);
	free(journal);
	free(dir);
}

/* Writes text over the cache ("@P@" standing for the project's absolute
 * path), then checks the summaries are still right. */
static void corrupt_and_check(const char *text)
{
	char *dir = project();
	tt_project *p;
	tt_scheme *sc;
	tt_project_summaries *first = summaries(dir, &p, &sc);
	done(first, p, sc);
	tt_error err;
	int rc;
	p = tt_project_open(dir, &err, &rc);
	char *cache = tt_project_cache_path(p);
	tt_project_free(p);
	char *abs = realpath(dir, NULL);
	tt_buf b = {0};
	for (const char *at; (at = strstr(text, "@P@")); text = at + 3) {
		tt_buf_add(&b, text, (size_t)(at - text));
		tt_buf_adds(&b, abs);
	}
	tt_buf_adds(&b, text);
	tt_test_write(cache, b.data);
	free(b.data);
	free(abs);
	tt_project_summaries *s = summaries(dir, &p, &sc);
	assert_int_equal(s->rebuilt, 2);
	assert_fixture(s, 3);
	done(s, p, sc);
	/* ...and the cache was rewritten whole: the next run reads it. */
	s = summaries(dir, &p, &sc);
	assert_int_equal(s->rebuilt, 0);
	assert_fixture(s, 3);
	done(s, p, sc);
	free(cache);
	free(dir);
}

static void test_corrupt_cache_is_ignored(void **state)
{
	(void)state;
	corrupt_and_check("");
	corrupt_and_check("\x01\x02 not yaml: [");
	corrupt_and_check("threadtag-project-cache: 99\n");
	corrupt_and_check("- a list\n- not a map\n");
	/* Entries that lie, with a stale key or fields of the wrong kind. */
	corrupt_and_check("threadtag-project-cache: 4\nproject: @P@\nscheme: built-in\n"
	                  "annotators: [ann, bob]\n"
	                  "threads:\n- file: a.yaml\n  key: stale\n  id: alpha\n  title: Lies\n"
	                  "  comments: 999\n  stores: []\n  alpha: []\n");
	corrupt_and_check("threadtag-project-cache: 4\nproject: @P@\nscheme: built-in\n"
	                  "annotators: [ann, bob]\n"
	                  "threads:\n- file: a.yaml\n  key: [nested]\n  stores: {a: b}\n- 7\n");
	/* Made for other annotators, another scheme, or another project. */
	corrupt_and_check("threadtag-project-cache: 4\nproject: @P@\nscheme: built-in\n"
	                  "annotators: [ann]\nthreads: []\n");
	corrupt_and_check("threadtag-project-cache: 4\nproject: @P@\nscheme: 1:2.3:4\n"
	                  "annotators: [ann, bob]\nthreads: []\n");
	corrupt_and_check("threadtag-project-cache: 4\nproject: /elsewhere\nscheme: built-in\n"
	                  "annotators: [ann, bob]\nthreads: []\n");
}

/* Replaces from with to in the cache the first run wrote, and checks that
 * want_rebuilt entries are rebuilt and the summaries are still right. */
static void tamper_and_check(const char *from, const char *to, size_t want_rebuilt)
{
	char *dir = project();
	tt_project *p;
	tt_scheme *sc;
	tt_project_summaries *first = summaries(dir, &p, &sc);
	char *cache = tt_project_cache_path(p);
	done(first, p, sc);
	char *text = tt_test_slurp(cache);
	char *at = strstr(text, from);
	if (!at)
		fail_msg("the cache has no '%s':\n%s", from, text);
	tt_buf b = {0};
	tt_buf_add(&b, text, (size_t)(at - text));
	tt_buf_adds(&b, to);
	tt_buf_adds(&b, at + strlen(from));
	tt_test_write(cache, b.data);
	tt_project_summaries *s = summaries(dir, &p, &sc);
	assert_int_equal(s->rebuilt, want_rebuilt);
	assert_fixture(s, 3);
	done(s, p, sc);
	free(b.data);
	free(text);
	free(cache);
	free(dir);
}

/* A cache made for another project, version, scheme or set of annotators is
 * dropped whole; an entry with a bad field, alone. */
static void test_tampered_cache_is_not_trusted(void **state)
{
	(void)state;
	tamper_and_check("threadtag-project-cache: 4", "threadtag-project-cache: 5", 2);
	tamper_and_check("threadtag-project-cache: 4", "threadtag-project-cache: 3", 2);
	tamper_and_check("disagree: 1", "disagree: -1", 1);
	tamper_and_check("disagree: 1", "disagree: [1]", 1);
	tamper_and_check("project: /", "project: /elsewhere/", 2);
	tamper_and_check("scheme: built-in", "scheme: 1:2.3:4", 2);
	tamper_and_check("annotators: [ann, bob]", "annotators: [ann, bobby]", 2);
	tamper_and_check("tagged: 3", "tagged: x", 1);
	tamper_and_check("tagged: 3", "tagged: -3", 1);
	tamper_and_check("comments: 3", "comments: [3]", 1);
	tamper_and_check("title: First", "title: {a: b}", 1);
	tamper_and_check("pending: 0", "pending: 7", 1);
	tamper_and_check("skipped: 0", "skipped: -1", 1);
	tamper_and_check("flagged: 0", "flagged: many", 1);
	tamper_and_check("other_scheme: 0", "other_scheme: []", 1);
	tamper_and_check("unknown: 0", "unknown: -2", 1);
	tamper_and_check("- [4, 2, 3, 1, 0, 0, 0]", "- [4, 2, 3]", 1);
	tamper_and_check("- [4, 2, 3, 1, 0, 0, 0]", "- [4, oops, 3, 1, 0, 0, 0]", 1);
	tamper_and_check("file: a.yaml", "file: gone.yaml", 1);
}

/* A store that does not load is reported on every run, never cached away. */
static void test_bad_store_is_not_cached(void **state)
{
	(void)state;
	char *dir = project();
	char *path = tt_xasprintf("%s/tags/bob/alpha.yaml", dir);
	tt_test_write(path, "threadtag_tags: [broken\n");
	for (int run = 0; run < 2; run++) {
		tt_project *p;
		tt_scheme *sc;
		tt_project_summaries *s = summaries(dir, &p, &sc);
		assert_int_equal(s->bad, 1);
		assert_int_equal(s->rebuilt, run ? 1 : 2); /* thread b is cached after run 0 */
		done(s, p, sc);
	}
	free(path);
	free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_summaries_are_right),
	    cmocka_unit_test(test_warm_comes_from_cache),
	    cmocka_unit_test(test_change_rebuilds_that_thread),
	    cmocka_unit_test(test_corrupt_cache_is_ignored),
	    cmocka_unit_test(test_tampered_cache_is_not_trusted),
	    cmocka_unit_test(test_bad_store_is_not_cached),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
