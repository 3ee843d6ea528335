/* search: smart-case substring search over a thread as one folded text and memmem. */
#include "threadtag/search.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wctype.h>

#include "threadtag/text.h"
#include "threadtag/xalloc.h"

/* One comment after another: author, then each paragraph, each ended by a NUL,
 * so that no match (a pattern holds no NUL) spans two of them. off[i] is where
 * comment i starts; off[n] is the end. */
struct text {
	tt_buf b;
	size_t *off;
	size_t count[256]; /* occurrences of each byte, to pick the rarest of a pattern */
	int built;
};

/* The last pattern, folded as the text it is searched in. */
struct pattern {
	char *given;
	tt_buf folded;
	int exact;
};

struct tt_search {
	const tt_thread *t;
	struct text folded, exact; /* towlower'd; and as written (for capitals) */
	struct pattern pat;
	/* The worker building folded in the background (tt_search_start): it
	 * reads only the thread and writes only folded; done says it finished,
	 * stop asks it to give up, progress counts the comments it folded. */
	pthread_t worker;
	int worker_on;
	atomic_int done, stop;
	atomic_size_t progress;
	long delay_ms; /* tests: THREADTAG_TEST_FOLD_DELAY_MS holds the worker back */
};

/* Backward searches look at this many comments at a time. */
enum { BACK_BLOCK = 256 };

tt_search *tt_search_new(const tt_thread *t)
{
	tt_search *s = tt_xcalloc(1, sizeof *s);
	s->t = t;
	return s;
}

static void text_free(struct text *x)
{
	tt_buf_free(&x->b);
	free(x->off);
}

/* Waits for the worker, if any; folded is then built or (stopped) empty. */
static void worker_join(tt_search *s)
{
	if (!s->worker_on)
		return;
	pthread_join(s->worker, NULL);
	s->worker_on = 0;
}

void tt_search_free(tt_search *s)
{
	if (!s)
		return;
	atomic_store(&s->stop, 1);
	worker_join(s);
	text_free(&s->folded);
	text_free(&s->exact);
	free(s->pat.given);
	tt_buf_free(&s->pat.folded);
	free(s);
}

size_t tt_search_size(const tt_search *s)
{
	return s->folded.b.len + s->exact.b.len;
}

/* Appends s[0..len) as tt_text_find compares it: code points (invalid bytes as
 * U+FFFD), lowered with towlower unless exact. ASCII runs, most of any text,
 * take a table instead of a decode. */
static void fold(tt_buf *out, const char *s, size_t len, int exact)
{
	static unsigned char lower[128];
	if (!lower['A'])
		for (int c = 0; c < 128; c++)
			lower[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	for (size_t i = 0; i < len;) {
		size_t run = i;
		while (run < len && (unsigned char)s[run] < 0x80)
			run++;
		if (run > i) {
			if (out->cap - out->len < run - i)
				tt_buf_add(out, s + i, run - i);
			else
				out->len += run - i;
			char *d = out->data + out->len - (run - i);
			if (exact)
				memcpy(d, s + i, run - i);
			else
				for (size_t k = i; k < run; k++)
					*d++ = (char)lower[(unsigned char)s[k]];
			i = run;
			continue;
		}
		uint32_t cp;
		i += tt_utf8_decode(s + i, len - i, &cp);
		tt_utf8_encode(out, exact ? cp : (uint32_t)towlower((wint_t)cp));
	}
}

/* Builds x; gives up (x left empty, 0) when *stop turns true. */
static int text_build(struct text *x, const tt_thread *t, int exact, atomic_int *stop,
                      atomic_size_t *progress)
{
	size_t n = t->ncomments;
	x->off = tt_xmalloc((n + 1) * sizeof *x->off);
	for (size_t i = 0; i < n; i++) {
		const tt_comment *c = t->order[i];
		if (stop && !(i & 1023)) {
			if (atomic_load(stop)) {
				text_free(x);
				memset(x, 0, sizeof *x);
				return 0;
			}
			atomic_store(progress, i);
		}
		x->off[i] = x->b.len;
		if (c->author)
			fold(&x->b, c->author, strlen(c->author), exact);
		tt_buf_addc(&x->b, '\0');
		for (size_t p = 0; p < c->body.n; p++) {
			fold(&x->b, c->body.v[p], strlen(c->body.v[p]), exact);
			tt_buf_addc(&x->b, '\0');
		}
	}
	x->off[n] = x->b.len;
	for (size_t i = 0; i < x->b.len; i++)
		x->count[(unsigned char)x->b.data[i]]++;
	x->built = 1;
	return 1;
}

static void *worker_main(void *arg)
{
	tt_search *s = arg;
	for (long ms = 0; ms < s->delay_ms && !atomic_load(&s->stop); ms += 10)
		nanosleep(&(struct timespec){0, 10 * 1000000L}, NULL);
	text_build(&s->folded, s->t, 0, &s->stop, &s->progress);
	atomic_store(&s->done, 1);
	return NULL;
}

void tt_search_start(tt_search *s)
{
	if (s->worker_on || s->folded.built || !s->t->ncomments)
		return;
	atomic_store(&s->done, 0);
	atomic_store(&s->stop, 0);
	atomic_store(&s->progress, 0);
	const char *d = getenv("THREADTAG_TEST_FOLD_DELAY_MS");
	s->delay_ms = d ? atol(d) : 0;
	/* No thread to be had: the first search builds the text as before. */
	if (pthread_create(&s->worker, NULL, worker_main, s) == 0)
		s->worker_on = 1;
}

int tt_search_ready(tt_search *s, const char *pattern)
{
	if (pattern && tt_text_smartcase(pattern))
		return 1; /* the exact text is not the worker's */
	if (!s->worker_on)
		return 1;
	if (!atomic_load(&s->done))
		return 0;
	worker_join(s);
	return 1;
}

int tt_search_progress(const tt_search *s)
{
	size_t n = s->t->ncomments;
	if (!s->worker_on || atomic_load(&s->done) || !n)
		return 100;
	return (int)(100.0 * (double)atomic_load(&s->progress) / (double)n);
}

/* Folds pattern once for every search with it (smart case decided here). */
static struct text *prepare(tt_search *s, const char *pattern)
{
	if (!s->pat.given || strcmp(s->pat.given, pattern) != 0) {
		free(s->pat.given);
		s->pat.given = tt_xstrdup(pattern);
		s->pat.exact = tt_text_smartcase(pattern);
		s->pat.folded.len = 0;
		fold(&s->pat.folded, pattern, strlen(pattern), s->pat.exact);
	}
	struct text *x = s->pat.exact ? &s->exact : &s->folded;
	if (!s->pat.exact)
		worker_join(s); /* a caller that did not ask tt_search_ready waits */
	if (!x->built)
		text_build(x, s->t, s->pat.exact, NULL, NULL);
	return x;
}

/* The comment holding byte at of the text: the last i with off[i] <= at. */
static size_t comment_at(const struct text *x, size_t n, size_t at)
{
	size_t lo = 0, hi = n; /* off[lo] <= at < off[hi] */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (x->off[mid] <= at)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* The first occurrence of p in hay[0..len). When the pattern holds a byte
 * that is rare in the text, memchr (vectorised in libc) skips to each of its
 * occurrences and only those are compared: most searches for a word that is
 * not there then run at memory speed. Otherwise memmem. */
static const char *find_bytes(const struct text *x, const char *hay, size_t len, const tt_buf *p)
{
	size_t rare = 0;
	for (size_t k = 1; k < p->len; k++)
		if (x->count[(unsigned char)p->data[k]] < x->count[(unsigned char)p->data[rare]])
			rare = k;
	if (x->count[(unsigned char)p->data[rare]] > x->b.len / 512)
		return memmem(hay, len, p->data, p->len);
	for (size_t at = rare; at < len;) {
		const char *q = memchr(hay + at, p->data[rare], len - at);
		if (!q)
			return NULL;
		const char *start = q - rare;
		if ((size_t)(start - hay) + p->len <= len && !memcmp(start, p->data, p->len))
			return start;
		at = (size_t)(q - hay) + 1;
	}
	return NULL;
}

/* First comment in [from, to) holding the pattern and passing the filter. */
static size_t first_hit(const tt_search *s, const struct text *x, size_t from, size_t to,
                        tt_search_filter filter, void *arg)
{
	const tt_buf *p = &s->pat.folded;
	size_t n = s->t->ncomments;
	while (from < to) {
		const char *base = x->b.data + x->off[from];
		const char *h = find_bytes(x, base, x->off[to] - x->off[from], p);
		if (!h)
			return TT_SEARCH_NONE;
		size_t i = comment_at(x, n, (size_t)(h - x->b.data));
		if (!filter || filter(arg, i))
			return i;
		from = i + 1;
	}
	return TT_SEARCH_NONE;
}

/* Last comment in [from, to) holding the pattern and passing the filter. */
static size_t last_hit(const tt_search *s, const struct text *x, size_t from, size_t to,
                       tt_search_filter filter, void *arg)
{
	while (to > from) {
		size_t lo = to - from > BACK_BLOCK ? to - BACK_BLOCK : from, best = TT_SEARCH_NONE;
		for (size_t i = lo; (i = first_hit(s, x, i, to, filter, arg)) != TT_SEARCH_NONE;
		     i++)
			best = i;
		if (best != TT_SEARCH_NONE)
			return best;
		to = lo;
	}
	return TT_SEARCH_NONE;
}

size_t tt_search_find(tt_search *s, const char *pattern, size_t start, int backward,
                      tt_search_filter filter, void *arg, int *wrapped)
{
	size_t n = s->t->ncomments, i;
	int w = 0;
	if (!pattern || !*pattern || !n)
		return TT_SEARCH_NONE;
	if (start >= n)
		start = 0;
	const struct text *x = prepare(s, pattern);
	if (!backward) {
		i = first_hit(s, x, start + 1, n, filter, arg);
		if (i == TT_SEARCH_NONE && (w = 1))
			i = first_hit(s, x, 0, start + 1, filter, arg);
	} else {
		i = last_hit(s, x, 0, start, filter, arg);
		if (i == TT_SEARCH_NONE && (w = 1))
			i = last_hit(s, x, start, n, filter, arg);
	}
	if (wrapped)
		*wrapped = i != TT_SEARCH_NONE && w;
	return i;
}

int tt_search_matches(tt_search *s, const char *pattern, size_t i)
{
	if (!pattern || !*pattern || i >= s->t->ncomments)
		return 0;
	const struct text *x = prepare(s, pattern);
	return first_hit(s, x, i, i + 1, NULL, NULL) == i;
}
