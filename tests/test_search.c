/* test_search: the folded-text search finds exactly what a per-paragraph tt_text_find finds. */
#include "tt_test.h"

#include <locale.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <wctype.h>

#include "threadtag/search.h"
#include "threadtag/text.h"

/* Pieces of text with case pairs that change byte length when lowered
 * (U+0130, U+212A Kelvin), accents, CJK, emoji, invalid bytes and controls. */
static const char *const pieces[] = {
    "Straße",
    "STRASSE",
    "İstanbul",
    "istanbul",
    "\xE2\x84\xAA"
    "elvin",
    "kelvin",
    "ÉCOLE",
    "école",
    "東京",
    "这个",
    "😂",
    "👍🏽",
    "a\xff"
    "b",
    "a\xef\xbf\xbd"
    "b",
    "\x1b[31m",
    "Ab",
    "ab",
    "AB",
    "aB",
    " ",
    "x",
    "\n",
    "Ωμέγα",
    "ωμέγα",
    "\xc3",
    "bus",
    "Bus",
    "BUS",
};
enum { NPIECES = sizeof pieces / sizeof *pieces };

static unsigned long long seed = 42;

static unsigned rnd(unsigned bound)
{
	seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)(seed >> 33) % bound;
}

static const char *random_text(tt_thread *t, unsigned maxpieces)
{
	tt_buf b = {0};
	unsigned n = rnd(maxpieces + 1);
	tt_buf_add(&b, "", 0);
	for (unsigned i = 0; i < n; i++)
		tt_buf_adds(&b, pieces[rnd(NPIECES)]);
	const char *s = tt_thread_strdup(t, b.data, b.len);
	tt_buf_free(&b);
	return s;
}

static tt_thread *random_thread(size_t n)
{
	tt_thread *t = tt_thread_new();
	tt_error err;
	tt_comment *prev = NULL;
	t->id = "search";
	for (size_t i = 0; i < n; i++) {
		tt_comment *c = tt_thread_add_comment(t, prev && rnd(3) ? prev : NULL);
		c->id = tt_thread_strfmt(t, "c%zu", i);
		c->author = rnd(5) ? random_text(t, 2) : NULL;
		for (unsigned p = rnd(4); p > 0; p--)
			tt_strv_push(t, &c->body, random_text(t, 6));
		prev = c;
	}
	assert_int_equal(tt_thread_finish(t, &err), 0);
	return t;
}

/* The behaviour the viewer had before: each author and paragraph alone. */
static int old_matches(const tt_comment *c, const char *pat)
{
	if (c->author && tt_text_find(c->author, strlen(c->author), 0, pat) >= 0)
		return 1;
	for (size_t p = 0; p < c->body.n; p++)
		if (tt_text_find(c->body.v[p], strlen(c->body.v[p]), 0, pat) >= 0)
			return 1;
	return 0;
}

static int odd_only(void *arg, size_t i)
{
	(void)arg;
	return i % 2 == 1;
}

static size_t old_find(const tt_thread *t, const char *pat, size_t start, int back, int filter,
                       int *wrapped)
{
	size_t n = t->ncomments;
	*wrapped = 0;
	for (size_t step = 1; step <= n; step++) {
		size_t i = back ? (start + n - step % n) % n : (start + step) % n;
		if (filter && !odd_only(NULL, i))
			continue;
		if (old_matches(t->order[i], pat)) {
			*wrapped = back ? i >= start : i <= start;
			return i;
		}
	}
	return TT_SEARCH_NONE;
}

/* Random threads, random patterns (pieces, their halves, cross-piece joins);
 * every start, both directions, with and without a filter. */
static void same_hits_as_before(void **state)
{
	(void)state;
	for (int round = 0; round < 30; round++) {
		tt_thread *t = random_thread(1 + rnd(40));
		tt_search *s = tt_search_new(t);
		for (int k = 0; k < 25; k++) {
			char pat[64];
			const char *a = pieces[rnd(NPIECES)], *b = pieces[rnd(NPIECES)];
			if (rnd(3) == 0)
				snprintf(pat, sizeof pat, "%s%s", a, b);
			else if (rnd(2) == 0)
				snprintf(pat, sizeof pat, "%.*s", (int)(strlen(a) + 1) / 2, a);
			else
				snprintf(pat, sizeof pat, "%s", a);
			for (size_t i = 0; i < t->ncomments; i++) {
				assert_int_equal(tt_search_matches(s, pat, i),
				                 old_matches(t->order[i], pat));
				for (int back = 0; back < 2; back++)
					for (int filter = 0; filter < 2; filter++) {
						int w_old, w_new = -1;
						size_t want =
						    old_find(t, pat, i, back, filter, &w_old);
						size_t got = tt_search_find(
						    s, pat, i, back, filter ? odd_only : NULL, NULL,
						    &w_new);
						if (got != want)
							fail_msg("pattern \"%s\" from %zu back %d "
							         "filter %d: "
							         "%zu, want %zu",
							         pat, i, back, filter, got, want);
						if (want != TT_SEARCH_NONE)
							assert_int_equal(w_new, w_old);
					}
			}
		}
		assert_true(tt_search_size(s) > 0);
		tt_search_free(s);
		tt_thread_free(t);
	}
}

/* A large text in which some pattern bytes are rare (found by memchr and
 * checked) and others common (memmem): the same hits either way. */
static void rare_and_common_bytes(void **state)
{
	tt_thread *t = tt_thread_new();
	tt_error err;
	(void)state;
	for (int i = 0; i < 2000; i++) {
		tt_comment *c = tt_thread_add_comment(t, NULL);
		c->id = tt_thread_strfmt(t, "c%d", i);
		c->author = i % 13 ? "someone" : "Quill";
		tt_strv_push(t, &c->body, "the cat sat on the mat, then the hat");
		if (i % 97 == 3)
			tt_strv_push(t, &c->body, "a quiz: Quokka or qat? q");
	}
	assert_int_equal(tt_thread_finish(t, &err), 0);
	tt_search *s = tt_search_new(t);
	const char *pats[] = {"qu", "quo", "Quo", "quill",   "Quill",  "? q",    "q",     "at q",
	                      "zz", "kka", "hat", "the mat", "mat, t", "qat? q", "a quiz"};
	for (size_t k = 0; k < sizeof pats / sizeof *pats; k++)
		for (size_t i = 0; i < t->ncomments; i += 37)
			for (int back = 0; back < 2; back++) {
				int w_old, w_new;
				size_t want = old_find(t, pats[k], i, back, 0, &w_old);
				size_t got =
				    tt_search_find(s, pats[k], i, back, NULL, NULL, &w_new);
				if (got != want)
					fail_msg("\"%s\" from %zu back %d: %zu, want %zu", pats[k],
					         i, back, got, want);
			}
	tt_search_free(s);
	tt_thread_free(t);
}

/* Smart case: a capital makes the search exact; none folds (ß stays ß). */
static void smart_case(void **state)
{
	tt_thread *t = tt_thread_new();
	tt_error err;
	const char *texts[] = {"Hello World", "hello world", "STRASSE", "straße", "Ünïcode"};
	(void)state;
	for (int i = 0; i < 5; i++) {
		tt_comment *c = tt_thread_add_comment(t, NULL);
		c->id = tt_thread_strfmt(t, "c%d", i);
		tt_strv_push(t, &c->body, texts[i]);
	}
	assert_int_equal(tt_thread_finish(t, &err), 0);
	tt_search *s = tt_search_new(t);
	assert_int_equal(tt_search_find(s, "hello", 0, 0, NULL, NULL, NULL), 1);
	assert_int_equal(tt_search_find(s, "hello", 1, 0, NULL, NULL, NULL), 0);
	assert_int_equal(tt_search_find(s, "Hello", 0, 0, NULL, NULL, NULL), 0); /* only itself */
	assert_int_equal(tt_search_find(s, "ünï", 0, 0, NULL, NULL, NULL), 4);
	assert_int_equal(tt_search_find(s, "Ünï", 0, 0, NULL, NULL, NULL), 4);
	assert_int_equal(tt_search_find(s, "ÜNÏ", 0, 0, NULL, NULL, NULL), TT_SEARCH_NONE);
	assert_int_equal(tt_search_find(s, "strasse", 0, 0, NULL, NULL, NULL), 2);
	assert_int_equal(tt_search_find(s, "ß", 0, 0, NULL, NULL, NULL), 3);
	assert_int_equal(tt_search_find(s, "world\nhello", 0, 0, NULL, NULL, NULL), TT_SEARCH_NONE);
	assert_int_equal(tt_search_find(s, "", 0, 0, NULL, NULL, NULL), TT_SEARCH_NONE);
	tt_search_free(s);
	tt_thread_free(t);
}

/* A match never joins two paragraphs, or the author and the body. */
static void no_match_across_fields(void **state)
{
	tt_thread *t = tt_thread_new();
	tt_error err;
	(void)state;
	tt_comment *c = tt_thread_add_comment(t, NULL);
	c->id = "a";
	c->author = "alice";
	tt_strv_push(t, &c->body, "first");
	tt_strv_push(t, &c->body, "second");
	assert_int_equal(tt_thread_finish(t, &err), 0);
	tt_search *s = tt_search_new(t);
	assert_true(tt_search_matches(s, "alice", 0));
	assert_true(tt_search_matches(s, "second", 0));
	assert_false(tt_search_matches(s, "alicefirst", 0));
	assert_false(tt_search_matches(s, "firstsecond", 0));
	assert_false(tt_search_matches(s, "t s", 0));
	tt_search_free(s);
	tt_thread_free(t);
}

/* The folded text built by the worker gives the hits the one built on the
 * first search gives: asked while the worker still folds (the search waits
 * for it) and once it is ready. */
static void worker_same_hits(void **state)
{
	(void)state;
	for (int round = 0; round < 20; round++) {
		tt_thread *t = random_thread(1 + rnd(300));
		tt_search *sync = tt_search_new(t), *bg = tt_search_new(t), *early = tt_search_new(t);
		tt_search_start(bg);
		tt_search_start(early);
		while (!tt_search_ready(bg, "x"))
			;
		assert_int_equal(tt_search_progress(bg), 100);
		for (int k = 0; k < 20; k++) {
			const char *pat = pieces[rnd(NPIECES)];
			size_t i = rnd((unsigned)t->ncomments);
			for (int back = 0; back < 2; back++) {
				int w1 = -1, w2 = -2, w3 = -3;
				size_t e = tt_search_find(early, pat, i, back, NULL, NULL, &w3);
				size_t want = tt_search_find(sync, pat, i, back, NULL, NULL, &w1);
				assert_int_equal(tt_search_find(bg, pat, i, back, NULL, NULL, &w2), want);
				assert_int_equal(e, want);
				if (want != TT_SEARCH_NONE) {
					assert_int_equal(w2, w1);
					assert_int_equal(w3, w1);
				}
			}
		}
		assert_int_equal(tt_search_size(bg), tt_search_size(sync));
		tt_search_free(sync);
		tt_search_free(bg);
		tt_search_free(early);
		tt_thread_free(t);
	}
}

/* While the worker folds, a lower-case pattern is not ready and a capital
 * one is (it searches the exact text); freeing the search stops the worker
 * and joins it instead of waiting out its work (held back a minute here). */
static void worker_stops_on_free(void **state)
{
	(void)state;
	tt_thread *t = random_thread(2000);
	setenv("THREADTAG_TEST_FOLD_DELAY_MS", "60000", 1);
	tt_search *s = tt_search_new(t);
	tt_search_start(s);
	unsetenv("THREADTAG_TEST_FOLD_DELAY_MS");
	assert_false(tt_search_ready(s, "ab"));
	assert_true(tt_search_ready(s, "Ab"));
	assert_true(tt_search_progress(s) < 100);
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	tt_search_free(s);
	clock_gettime(CLOCK_MONOTONIC, &b);
	/* not a speed target: a free that waited for the worker takes 60 s */
	assert_true(b.tv_sec - a.tv_sec < 20);
	/* and a worker stopped mid-fold, with nothing held back */
	tt_thread *big = random_thread(20000);
	for (int k = 0; k < 5; k++) {
		s = tt_search_new(big);
		tt_search_start(s);
		tt_search_free(s);
	}
	tt_thread_free(big);
	tt_thread_free(t);
}

/* The fold as it was, one code point at a time: decoded by the project's
 * validator (an invalid byte as U+FFFD), A-Z lowered, every other code point
 * through towlower, encoded again. */
static void slow_fold(tt_buf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		i += tt_utf8_decode(s + i, len - i, &cp);
		if (cp < 0x80)
			cp = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
		else
			cp = (uint32_t)towlower((wint_t)cp);
		tt_utf8_encode(out, cp);
	}
}

/* Fails with the first byte where the fast fold differs from the slow one. */
static void check_fold(const char *s, size_t len)
{
	tt_buf fast = {0}, slow = {0};
	tt_buf_add(&fast, "", 0);
	tt_buf_add(&slow, "", 0);
	tt_search_fold(&fast, s, len);
	slow_fold(&slow, s, len);
	if (fast.len != slow.len || memcmp(fast.data, slow.data, slow.len) != 0) {
		size_t at = 0;
		while (at < fast.len && at < slow.len && fast.data[at] == slow.data[at])
			at++;
		fail_msg("fold of %zu bytes differs at output byte %zu (lengths %zu, %zu)", len, at,
		         fast.len, slow.len);
	}
	tt_buf_free(&fast);
	tt_buf_free(&slow);
}

/* Case pairs that change length when lowered (U+0130 Turkish dotted I and
 * U+212A Kelvin shrink, U+023A grows), sharp s and capital sharp s, Greek,
 * Cyrillic, Deseret (a case pair past the BMP), CJK, Hangul, emoji, a
 * literal U+FFFD, and forms the validator refuses: overlongs, surrogates,
 * past U+10FFFF, stray continuations, cut sequences. */
static const char *const fold_pieces[] = {
    "İSTANBUL ıi",
    "\xE2\x84\xAA" "ELVIN",
    "\xC8\xBA\xC8\xBE",
    "Straße STRASSE \xE1\xBA\x9E",
    "ΣΊΣΥΦΟΣ ς",
    "МОСКВА",
    "\xF0\x90\x90\x80\xF0\x90\x90\xA8",
    "東京タワー",
    "한국어 텍스트",
    "😂👍🏽🇫🇷",
    "\xEF\xBF\xBD",
    "\xC0\x80",
    "\xE0\x80\xAF",
    "\xED\xA0\x80",
    "\xED\xBF\xBF",
    "\xEF\xBF\xBF",
    "\xE0\xA0\x80",
    "\xDF\xBF",
    "\xF4\x90\x80\x80",
    "\xF5\x80",
    "\x80\xBF",
    "\xFF\xFE",
    "\xC3",
    "\xE2\x82",
    "\xF0\x9F\x98",
    "ÉCOLE école Ünïcode",
    "The Quick Brown Fox Jumps",
    "@[`{ AZ az",
    "\x1B[31m\t\n",
    "0123456789ABCDEFGHIJ",
    "\xE3\x80\x8C\xE3\x81\xB2\xE3\x82\x89\xE3\x83\x8A\xE3\x80\x8D",
    "\xE4\xB8\xAD\xE6\x96\x87\xE9\xBE\xA5\xE9\xBF\xBF",
    "\xEA\xB0\x80\xED\x9E\xA3\xED\x9E\xA4\xED\x9F\xBF",
    "\xE4\xB8",
    "\xE2\x80\x94\xE2\x80\x99\xE2\x84\xAB\xE2\x85\xA0\xE2\x92\xB6",
};

/* The fast fold (eight bytes at a time, towlower remembered per code point)
 * writes exactly what the slow one does: on random mixes of awkward pieces
 * and random bytes, cut at every length around a word, and on the samples'
 * real text cut at random places (so sequences are cut too). */
static void fold_fast_is_slow(void **state)
{
	(void)state;
	char buf[4096];
	for (int round = 0; round < 3000; round++) {
		size_t len = 0, want = rnd(200);
		while (len < want) {
			const char *p = fold_pieces[rnd(sizeof fold_pieces / sizeof *fold_pieces)];
			size_t n = strlen(p);
			if (rnd(4) == 0) { /* random bytes, any but NUL */
				n = 1 + rnd(12);
				for (size_t k = 0; k < n && len + k < sizeof buf; k++)
					buf[len + k] = (char)(1 + rnd(255));
			} else if (len + n <= sizeof buf) {
				memcpy(buf + len, p, n);
			}
			len = len + n < sizeof buf ? len + n : sizeof buf;
		}
		for (size_t cut = 0; cut <= len && cut < 24; cut++)
			check_fold(buf + cut, len - cut);
		check_fold(buf, len);
	}
	/* Every two-byte code point and every three-byte one (the table and the
	 * copied blocks), each alone, then all in one run with Latin between. */
	tt_buf all = {0};
	for (uint32_t cp = 0x80; cp < 0x10000; cp++) {
		if (cp >= 0xD800 && cp <= 0xDFFF)
			continue;
		size_t at = all.len;
		tt_utf8_encode(&all, cp);
		check_fold(all.data + at, all.len - at);
		if (cp % 61 == 0)
			tt_buf_add(&all, "Ab\xFF", 3);
	}
	check_fold(all.data, all.len);
	tt_buf_free(&all);
	const char *samples[] = {"samples/ukraine-security-guarantees.yaml",
	                         "samples/macron-security-guarantees.yaml",
	                         "samples/nested-old-town-car-ban.yaml"};
	for (size_t k = 0; k < sizeof samples / sizeof *samples; k++) {
		char *path = tt_test_src(samples[k]);
		char *text = tt_test_slurp(path);
		assert_non_null(text);
		size_t len = strlen(text);
		check_fold(text, len);
		for (int round = 0; round < 500; round++) {
			size_t a = rnd((unsigned)len), n = rnd(600);
			check_fold(text + a, a + n <= len ? n : len - a);
		}
		free(text);
		free(path);
	}
}

/* A pattern with a capital searches the thread's own text: no copy is built
 * for it, before or after the folded text, and a U+FFFD in it matches a
 * U+FFFD in the text and (as in tt_text_find) a byte that is not UTF-8. */
static void exact_needs_no_copy(void **state)
{
	(void)state;
	tt_thread *t = tt_thread_new();
	tt_error err;
	const char *texts[] = {"Plain Text", "with \xEF\xBF\xBD In it", "a bad \xFF byte",
	                       "Bad \xFF byte"};
	for (int i = 0; i < 4; i++) {
		tt_comment *c = tt_thread_add_comment(t, NULL);
		c->id = tt_thread_strfmt(t, "c%d", i);
		tt_strv_push(t, &c->body, texts[i]);
	}
	assert_int_equal(tt_thread_finish(t, &err), 0);
	tt_search *s = tt_search_new(t);
	assert_int_equal(tt_search_find(s, "Text", 3, 0, NULL, NULL, NULL), 0);
	assert_int_equal(tt_search_size(s), 0); /* nothing built for it */
	assert_true(tt_search_matches(s, "Bad \xEF\xBF\xBD", 3));
	assert_false(tt_search_matches(s, "Bad \xEF\xBF\xBD", 2));
	assert_int_equal(tt_search_size(s), 0);
	assert_int_equal(tt_search_find(s, "\xEF\xBF\xBD", 0, 0, NULL, NULL, NULL), 1);
	assert_true(tt_search_size(s) > 0); /* the folded text, for lower case */
	assert_true(tt_search_matches(s, "Bad \xEF\xBF\xBD", 3)); /* built now */
	assert_int_equal(tt_search_find(s, "X\xEF\xBF\xBD", 0, 0, NULL, NULL, NULL),
	                 TT_SEARCH_NONE);
	assert_int_equal(tt_search_find(s, "Bad \xFF", 0, 0, NULL, NULL, NULL), 3);
	tt_search_free(s);
	tt_thread_free(t);
	/* All UTF-8: once the folded text says so, such a pattern is a plain
	 * byte search, with the same answers. */
	t = tt_thread_new();
	for (int i = 0; i < 2; i++) {
		tt_comment *c = tt_thread_add_comment(t, NULL);
		c->id = tt_thread_strfmt(t, "c%d", i);
		tt_strv_push(t, &c->body, texts[i]);
	}
	assert_int_equal(tt_thread_finish(t, &err), 0);
	s = tt_search_new(t);
	for (int built = 0; built < 2; built++) {
		if (built)
			assert_int_equal(tt_search_find(s, "in", 0, 0, NULL, NULL, NULL), 1);
		assert_int_equal(tt_search_find(s, "W\xEF\xBF\xBD", 0, 0, NULL, NULL, NULL),
		                 TT_SEARCH_NONE);
		assert_int_equal(tt_search_find(s, "\xEF\xBF\xBD In", 0, 0, NULL, NULL, NULL), 1);
		assert_int_equal(tt_search_find(s, "h \xEF\xBF\xBD I", 0, 1, NULL, NULL, NULL), 1);
		assert_int_equal(tt_search_find(s, "Plain", 1, 1, NULL, NULL, NULL), 0);
	}
	assert_true(tt_search_size(s) > 0);
	tt_search_free(s);
	tt_thread_free(t);
}

int main(void)
{
	if (!setlocale(LC_ALL, "C.UTF-8")) {
		fprintf(stderr, "test_search: no C.UTF-8 locale\n");
		return 77;
	}
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(same_hits_as_before),
	    cmocka_unit_test(rare_and_common_bytes),
	    cmocka_unit_test(smart_case),
	    cmocka_unit_test(no_match_across_fields),
	    cmocka_unit_test(worker_same_hits),
	    cmocka_unit_test(worker_stops_on_free),
	    cmocka_unit_test(fold_fast_is_slow),
	    cmocka_unit_test(exact_needs_no_copy),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
