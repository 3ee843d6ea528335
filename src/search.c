/* search: smart-case substring search over a thread as one folded text and memmem. */
#include "threadtag/search.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <wctype.h>

#include "threadtag/text.h"
#include "threadtag/xalloc.h"

/* The folded text is built in this many parts, each by a worker of its own
 * (one per core of the machines we measure on). */
enum { NPARTS = 2 };

/* Backward searches look at this many comments at a time. */
enum { BACK_BLOCK = 256 };

/* One byte in COUNT_STRIDE (one a cache line) of the folded text is counted:
 * enough to tell a pattern's rare bytes from its common ones, and which of
 * memchr or memmem to use is all it decides. */
enum { COUNT_STRIDE = 64 };

/* The comments [first, end) folded one after another: author, then each
 * paragraph, each ended by a NUL, so that no match (a pattern holds no NUL)
 * spans two of them. off[i - first] is where comment i starts in data;
 * off[end - first] is the end. Until its worker is joined, only the worker
 * touches it (but for progress and done, which are atomic). */
struct part {
	tt_search *s;
	size_t first, end;
	char *data;
	size_t len, cap;
	size_t ready; /* data[0..ready) has its pages (see part_add) */
	size_t *off;
	size_t count[256]; /* sampled, one byte in COUNT_STRIDE */
	int invalid;       /* the comments hold bytes that are not UTF-8 */
	pthread_t worker;
	int worker_on;
	atomic_int done;
	atomic_size_t progress; /* comments folded so far */
};

/* The last pattern, folded as the text it is searched in. */
struct pattern {
	char *given;
	tt_buf folded;
	int exact;
	int fffd; /* it holds U+FFFD (exact patterns: see raw_matches) */
};

struct tt_search {
	const tt_thread *t;
	/* The case-folded text, in parts built by workers in the background
	 * (tt_search_start) or by the first search that needs it. A pattern with
	 * a capital searches the thread's own text instead (raw_first). */
	struct part part[NPARTS];
	int started, built;
	size_t count[256]; /* the parts' counts summed */
	size_t len;        /* bytes of folded text */
	int invalid;       /* some part met bytes that are not UTF-8 */
	struct pattern pat;
	atomic_int stop;   /* asks the workers to give up (tt_search_free) */
	long delay_ms;     /* tests: THREADTAG_TEST_FOLD_DELAY_MS holds the workers back */
};

tt_search *tt_search_new(const tt_thread *t)
{
	tt_search *s = tt_xcalloc(1, sizeof *s);
	s->t = t;
	return s;
}

static void part_free(struct part *p)
{
	free(p->data);
	free(p->off);
	p->data = NULL;
	p->off = NULL;
	p->len = p->cap = 0;
}

/* Waits for every worker; each part is then built or (stopped) empty. */
static void workers_join(tt_search *s)
{
	for (int k = 0; k < NPARTS; k++)
		if (s->part[k].worker_on) {
			pthread_join(s->part[k].worker, NULL);
			s->part[k].worker_on = 0;
		}
}

void tt_search_free(tt_search *s)
{
	if (!s)
		return;
	atomic_store(&s->stop, 1);
	workers_join(s);
	for (int k = 0; k < NPARTS; k++)
		part_free(&s->part[k]);
	free(s->pat.given);
	tt_buf_free(&s->pat.folded);
	free(s);
}

size_t tt_search_size(const tt_search *s)
{
	return s->built ? s->len : 0;
}

/* The folded bytes of one two-byte sequence: n of them (0 = not known yet). */
struct two {
	unsigned char n;
	char b[3]; /* U+0130 lowers to one byte, U+023A to three */
};

enum {
	BMP = 0x10000,
	TWO = (0xDF - 0xC2 + 1) * 64, /* two-byte sequences, by lead C2-DF */
	BLOCKS = BMP / 64,            /* three-byte ones, by their first two bytes */
};

/* What a folder keeps between calls: towlower of the code points of the
 * Basic Multilingual Plane it has met (plus one; 0 = not asked yet), so that
 * each is asked of the C library once per build; the folded bytes of each
 * two-byte sequence; and for each block of 64 code points (a three-byte
 * sequence's first two bytes) whether towlower keeps all of them
 * (BLOCK_SAME: the sequence is copied). All are filled as met, in the
 * locale of the build, from what the per-character path would write. NULL
 * tables ask every time (patterns). */
struct folder {
	uint32_t *bmp;
	struct two *two;
	unsigned char *block;
	int invalid; /* it met bytes that are not UTF-8 */
};

enum { BLOCK_UNKNOWN, BLOCK_SAME, BLOCK_CASED };

static void folder_init(struct folder *f)
{
	*f = (struct folder){.bmp = tt_xcalloc(BMP, sizeof *f->bmp),
	                     .two = tt_xcalloc(TWO, sizeof *f->two),
	                     .block = tt_xcalloc(BLOCKS, 1)};
}

static void folder_free(struct folder *f)
{
	free(f->bmp);
	free(f->two);
	free(f->block);
}

static uint32_t lower_cp(struct folder *f, uint32_t cp)
{
	if (!f->bmp || cp >= BMP)
		return (uint32_t)towlower((wint_t)cp);
	if (!f->bmp[cp])
		f->bmp[cp] = (uint32_t)towlower((wint_t)cp) + 1;
	return f->bmp[cp] - 1;
}

/* Writes cp as tt_utf8_encode does (the same bytes for any value). */
static char *put_cp(char *d, uint32_t cp)
{
	if (cp < 0x80) {
		*d++ = (char)cp;
	} else if (cp < 0x800) {
		*d++ = (char)(0xC0 | (cp >> 6));
		*d++ = (char)(0x80 | (cp & 0x3F));
	} else if (cp < 0x10000) {
		*d++ = (char)(0xE0 | (cp >> 12));
		*d++ = (char)(0x80 | ((cp >> 6) & 0x3F));
		*d++ = (char)(0x80 | (cp & 0x3F));
	} else {
		*d++ = (char)(0xF0 | (cp >> 18));
		*d++ = (char)(0x80 | ((cp >> 12) & 0x3F));
		*d++ = (char)(0x80 | ((cp >> 6) & 0x3F));
		*d++ = (char)(0x80 | (cp & 0x3F));
	}
	return d;
}

/* The length of the valid sequence at u (its code point in *cp), or 0 when it
 * is not valid. The two- and three-byte forms of most text are checked here;
 * the rest goes to tt_utf8_decode, the project's one validator. */
static size_t decode_seq(const unsigned char *u, size_t len, uint32_t *cp)
{
	unsigned char b = u[0];
	if (b >= 0xE0 && b <= 0xEF && len >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
		uint32_t c = (uint32_t)(b & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
		if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
			return 0;
		*cp = c;
		return 3;
	}
	if (b >= 0xC2 && b <= 0xDF && len >= 2 && (u[1] & 0xC0) == 0x80) {
		*cp = (uint32_t)(b & 0x1F) << 6 | (u[1] & 0x3F);
		return 2;
	}
	size_t n = tt_utf8_decode((const char *)u, len, cp);
	return n == 1 ? 0 : n; /* past ASCII, one byte is an invalid one */
}

/* A-Z of eight bytes lowered at once: a byte's high bit, free in ASCII, says
 * after an add whether it is at least 'A' and whether above 'Z'. An add
 * carries into the next byte only from a byte of 0x80 or more, and the bytes
 * from there on are not used. */
static uint64_t lower8(uint64_t w)
{
	const uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
	uint64_t ge_a = w + ones * (0x80 - 'A'), gt_z = w + ones * (0x80 - 'Z' - 1);
	return w | ((ge_a & ~gt_z & high) >> 2);
}

/* How many bytes of w, in the order they were in memory, come before the
 * first whose high bit is set in m (m != 0). */
static size_t ascii_lead(uint64_t m)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return (size_t)__builtin_clzll(m) / 8;
#else
	return (size_t)__builtin_ctzll(m) / 8;
#endif
}

/* Writes the code point at u (n bytes, 0 when invalid) lowered unless exact. */
static char *fold_cp(struct folder *f, char *d, const unsigned char *u, size_t n, uint32_t cp,
                     int exact)
{
	if (!n) {
		f->invalid = 1;
		return put_cp(d, exact ? TT_REPLACEMENT : lower_cp(f, TT_REPLACEMENT));
	}
	uint32_t low = exact ? cp : lower_cp(f, cp);
	if (low != cp)
		return put_cp(d, low);
	d[0] = (char)u[0]; /* a valid sequence is its own encoding */
	d[1] = (char)u[1];
	if (n > 2)
		d[2] = (char)u[2];
	if (n > 3)
		d[3] = (char)u[3];
	return d + n;
}

/* The entry of the valid two-byte sequence lead, cont, filled on first use
 * with what fold_cp writes for it. */
static const struct two *two_of(struct folder *f, unsigned char lead, unsigned char cont)
{
	struct two *e = &f->two[(lead - 0xC2) << 6 | (cont & 0x3F)];
	if (!e->n) {
		uint32_t cp = (uint32_t)(lead & 0x1F) << 6 | (cont & 0x3F);
		const unsigned char u[2] = {lead, cont};
		char out[4] = {0};
		e->n = (unsigned char)(fold_cp(f, out, u, 2, cp, 0) - out);
		memcpy(e->b, out, sizeof e->b);
	}
	return e;
}

/* Learns whether towlower keeps every code point of block k (k << 6 to
 * k << 6 | 63): once per block and build. Blocks of overlongs and
 * surrogates (not valid) are never copied. Returns 1 when it does. */
static int block_learn(struct folder *f, uint32_t k)
{
	f->block[k] = BLOCK_SAME;
	if (k < 0x800 >> 6 || (k >= 0xD800 >> 6 && k <= 0xDFFF >> 6))
		f->block[k] = BLOCK_CASED;
	for (uint32_t cp = k << 6; cp <= (k << 6 | 63) && f->block[k] == BLOCK_SAME; cp++)
		if (lower_cp(f, cp) != cp)
			f->block[k] = BLOCK_CASED;
	return f->block[k] == BLOCK_SAME;
}

/* Folds the characters past ASCII at u[*i] on, up to the next ASCII byte.
 * With a folder's tables (the folded text), a three-byte sequence of a block
 * without case (CJK, Hangul, kana, most punctuation) is copied and a
 * two-byte one looked up; the rest (and every character of a pattern) is
 * decoded and lowered one at a time. */
static char *fold_run(struct folder *f, char *d, const unsigned char *u, size_t len, size_t *i,
                      int exact)
{
	size_t at = *i;
	const unsigned char *block = exact ? NULL : f->block;
	while (at < len && u[at] >= 0x80) {
		unsigned char b = u[at];
		if (block && (b & 0xF0) == 0xE0) {
			size_t from = at;
			while (len - at >= 3) { /* a run of them, as CJK and Hangul are */
				unsigned char c1 = u[at + 1], c2 = u[at + 2];
				uint32_t k = (uint32_t)(u[at] & 0x0F) << 6 | (c1 & 0x3F);
				if ((u[at] & 0xF0) != 0xE0 || ((c1 ^ 0x80) | (c2 ^ 0x80)) >= 0x40 ||
				    (block[k] != BLOCK_SAME && (block[k] != BLOCK_UNKNOWN || !block_learn(f, k))))
					break;
				d[0] = (char)u[at];
				d[1] = (char)c1;
				d[2] = (char)c2;
				d += 3, at += 3;
			}
			if (at != from)
				continue;
		} else if (block && b >= 0xC2 && b <= 0xDF && len - at >= 2 &&
		           (u[at + 1] & 0xC0) == 0x80) {
			const struct two *e = two_of(f, b, u[at + 1]);
			memcpy(d, e->b, sizeof e->b); /* room: 3 bytes out per byte in */
			d += e->n, at += 2;
			continue;
		}
		uint32_t cp;
		size_t n = decode_seq(u + at, len - at, &cp);
		d = fold_cp(f, d, u + at, n, cp, exact);
		at += n ? n : 1;
	}
	*i = at;
	return d;
}

/* Writes s[0..len) as tt_text_find compares it at d, which has room for
 * 3 * len + 8 bytes (an invalid byte becomes U+FFFD, three): code points
 * (invalid bytes as U+FFFD), lowered with towlower unless exact. Sixteen or
 * eight bytes are read and lowered at a time; of a word that is not all
 * ASCII, the bytes before the first that is not are kept (eight are
 * written), and the characters from there on are decoded. Returns the end. */
static char *fold(struct folder *f, char *d, const char *s, size_t len, int exact)
{
	const uint64_t high = 0x8080808080808080ULL;
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (len - i >= 8) {
		uint64_t w, w2;
		memcpy(&w, u + i, 8);
		if (len - i >= 16 && (memcpy(&w2, u + i + 8, 8), !((w | w2) & high))) {
			if (!exact)
				w = lower8(w), w2 = lower8(w2);
			memcpy(d, &w, 8);
			memcpy(d + 8, &w2, 8);
			d += 16, i += 16;
			continue;
		}
		uint64_t m = w & high;
		size_t k = m ? ascii_lead(m) : 8;
		if (!exact)
			w = lower8(w);
		memcpy(d, &w, 8);
		d += k, i += k;
		if (m)
			d = fold_run(f, d, u, len, &i, exact);
	}
	while (i < len) { /* the last few bytes */
		if (u[i] < 0x80) {
			*d++ = (char)(!exact && u[i] >= 'A' && u[i] <= 'Z' ? u[i] + 32 : u[i]);
			i++;
		} else {
			d = fold_run(f, d, u, len, &i, exact);
		}
	}
	return d;
}

/* Appends s[0..len) folded to out (patterns and tt_search_fold). */
static void fold_buf(struct folder *f, tt_buf *out, const char *s, size_t len, int exact)
{
	tt_buf_reserve(out, 3 * len + 8);
	out->len = (size_t)(fold(f, out->data + out->len, s, len, exact) - out->data);
	out->data[out->len] = '\0';
}

void tt_search_fold(tt_buf *out, const char *s, size_t len)
{
	struct folder f;
	folder_init(&f);
	fold_buf(&f, out, s, len, 0);
	folder_free(&f);
}

/* Room for n more bytes in p's text. */
static void part_reserve(struct part *p, size_t n)
{
	if (p->cap - p->len >= n)
		return;
	size_t cap = p->cap ? p->cap : 1 << 20;
	while (cap - p->len < n)
		cap *= 2;
	p->data = tt_xrealloc(p->data, cap);
	p->cap = cap;
}

/* Gives the next n bytes of p's text their pages a megabyte at a time, one
 * call instead of a fault per page (Linux 5.14 on; elsewhere the faults
 * happen as before). */
static void populate(struct part *p, size_t n)
{
#ifdef MADV_POPULATE_WRITE
	const uintptr_t page = 4096, step = 1 << 20;
	if (p->len + n <= p->ready)
		return;
	uintptr_t from = ((uintptr_t)p->data + p->len) & ~(page - 1);
	uintptr_t to = ((uintptr_t)p->data + p->len + n + step) & ~(page - 1);
	uintptr_t end = ((uintptr_t)p->data + p->cap) & ~(page - 1);
	if (to > end)
		to = end;
	if (to > from)
		madvise((void *)from, to - from, MADV_POPULATE_WRITE);
	p->ready = to - (uintptr_t)p->data;
#else
	(void)p, (void)n;
#endif
}

/* Appends one author or paragraph, folded, and its NUL. */
static void part_add(struct part *p, struct folder *f, const char *text)
{
	size_t len = text ? strlen(text) : 0;
	part_reserve(p, 3 * len + 8);
	populate(p, 3 * len + 8);
	char *d = fold(f, p->data + p->len, text, len, 0);
	*d++ = '\0';
	p->len = (size_t)(d - p->data);
}

/* Folds p's comments; gives up (p left empty, 0) when the search is freed. */
static int part_build(struct part *p)
{
	const tt_thread *t = p->s->t;
	struct folder f;
	folder_init(&f);
	p->off = tt_xmalloc((p->end - p->first + 1) * sizeof *p->off);
	for (size_t i = p->first; i < p->end; i++) {
		const tt_comment *c = t->order[i];
		if (!((i - p->first) & 1023)) {
			if (atomic_load(&p->s->stop)) {
				folder_free(&f);
				part_free(p);
				return 0;
			}
			atomic_store(&p->progress, i - p->first);
		}
		p->off[i - p->first] = p->len;
		part_add(p, &f, c->author);
		for (size_t k = 0; k < c->body.n; k++)
			part_add(p, &f, c->body.v[k]);
	}
	p->off[p->end - p->first] = p->len;
	p->invalid = f.invalid;
	folder_free(&f);
	for (size_t i = 0; i < p->len; i += COUNT_STRIDE)
		p->count[(unsigned char)p->data[i]]++;
	atomic_store(&p->progress, p->end - p->first);
	return 1;
}

static void *worker_main(void *arg)
{
	struct part *p = arg;
	for (long ms = 0; ms < p->s->delay_ms && !atomic_load(&p->s->stop); ms += 10)
		nanosleep(&(struct timespec){0, 10 * 1000000L}, NULL);
	part_build(p);
	atomic_store(&p->done, 1);
	return NULL;
}

/* Splits the comments into the parts, by count. */
static void parts_plan(tt_search *s)
{
	size_t n = s->t->ncomments;
	for (int k = 0; k < NPARTS; k++) {
		struct part *p = &s->part[k];
		p->s = s;
		p->first = n * (size_t)k / NPARTS;
		p->end = n * (size_t)(k + 1) / NPARTS;
	}
	s->started = 1;
}

void tt_search_start(tt_search *s)
{
	if (s->started || !s->t->ncomments)
		return;
	parts_plan(s);
	const char *d = getenv("THREADTAG_TEST_FOLD_DELAY_MS");
	s->delay_ms = d ? atol(d) : 0;
	/* A part with no thread to be had is built by the first search. */
	for (int k = 0; k < NPARTS; k++)
		if (pthread_create(&s->part[k].worker, NULL, worker_main, &s->part[k]) == 0)
			s->part[k].worker_on = 1;
}

/* Makes the folded text whole: joins the workers, builds what none built. */
static void text_finish(tt_search *s)
{
	if (s->built)
		return;
	if (!s->started)
		parts_plan(s);
	workers_join(s);
	memset(s->count, 0, sizeof s->count);
	s->len = 0;
	for (int k = 0; k < NPARTS; k++) {
		struct part *p = &s->part[k];
		if (!p->off)
			part_build(p);
		for (int b = 0; b < 256; b++)
			s->count[b] += p->count[b] * COUNT_STRIDE;
		s->len += p->len;
		s->invalid |= p->invalid;
	}
	s->built = 1;
}

/* 1 when every part with a worker has its text. */
static int workers_done(const tt_search *s)
{
	for (int k = 0; k < NPARTS; k++)
		if (s->part[k].worker_on && !atomic_load(&s->part[k].done))
			return 0;
	return 1;
}

int tt_search_ready(tt_search *s, const char *pattern)
{
	if (pattern && tt_text_smartcase(pattern))
		return 1; /* searches the thread's own text */
	if (s->built || !s->started)
		return 1;
	if (!workers_done(s))
		return 0;
	text_finish(s);
	return 1;
}

int tt_search_progress(const tt_search *s)
{
	size_t n = s->t->ncomments, done = 0;
	if (s->built || !s->started || !n)
		return 100;
	for (int k = 0; k < NPARTS; k++)
		done += atomic_load(&s->part[k].progress);
	return (int)(100.0 * (double)done / (double)n);
}

/* Folds pattern once for every search with it (smart case decided here). */
static void prepare(tt_search *s, const char *pattern)
{
	if (!s->pat.given || strcmp(s->pat.given, pattern) != 0) {
		struct folder f = {0};
		free(s->pat.given);
		s->pat.given = tt_xstrdup(pattern);
		s->pat.exact = tt_text_smartcase(pattern);
		s->pat.folded.len = 0;
		fold_buf(&f, &s->pat.folded, pattern, strlen(pattern), s->pat.exact);
		s->pat.fffd = strstr(s->pat.folded.data, "\xEF\xBF\xBD") != NULL;
	}
	if (!s->pat.exact)
		text_finish(s); /* a caller that did not ask tt_search_ready waits */
}

/* The comment of p holding byte at of its text: the last i with off[i] <= at. */
static size_t comment_at(const struct part *p, size_t at)
{
	size_t lo = 0, hi = p->end - p->first; /* off[lo] <= at < off[hi] */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (p->off[mid] <= at)
			lo = mid;
		else
			hi = mid;
	}
	return p->first + lo;
}

/* The first occurrence of p in hay[0..len). When the pattern holds a byte
 * that is rare in the text, memchr (vectorised in libc) skips to each of its
 * occurrences and only those are compared: most searches for a word that is
 * not there then run at memory speed. Otherwise memmem. */
static const char *find_bytes(const tt_search *s, const char *hay, size_t len, const tt_buf *p)
{
	size_t rare = 0;
	for (size_t k = 1; k < p->len; k++)
		if (s->count[(unsigned char)p->data[k]] < s->count[(unsigned char)p->data[rare]])
			rare = k;
	if (s->count[(unsigned char)p->data[rare]] > s->len / 512)
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

/* First comment in [from, to) of one part whose folded text holds the
 * pattern and that passes the filter. */
static size_t part_first(const tt_search *s, const struct part *p, size_t from, size_t to,
                         tt_search_filter filter, void *arg)
{
	while (from < to) {
		const char *base = p->data + p->off[from - p->first];
		const char *h = find_bytes(s, base, p->off[to - p->first] - p->off[from - p->first],
		                           &s->pat.folded);
		if (!h)
			return TT_SEARCH_NONE;
		size_t i = comment_at(p, (size_t)(h - p->data));
		if (!filter || filter(arg, i))
			return i;
		from = i + 1;
	}
	return TT_SEARCH_NONE;
}

/* 1 when comment c, as written, holds the (exact) pattern. A valid pattern
 * starts on a character and ends on one, so strstr on the stored bytes finds
 * what a search of their decoded copy would; a U+FFFD in the pattern would
 * match an invalid byte in that copy, so it is searched as tt_text_find does
 * unless the thread holds none. */
static int raw_matches(const tt_search *s, const tt_comment *c)
{
	const char *pat = s->pat.folded.data;
	if (s->pat.fffd && !(s->built && !s->invalid)) {
		const char *given = s->pat.given;
		if (c->author && tt_text_find(c->author, strlen(c->author), 0, given) >= 0)
			return 1;
		for (size_t k = 0; k < c->body.n; k++)
			if (tt_text_find(c->body.v[k], strlen(c->body.v[k]), 0, given) >= 0)
				return 1;
		return 0;
	}
	if (c->author && strstr(c->author, pat))
		return 1;
	for (size_t k = 0; k < c->body.n; k++)
		if (strstr(c->body.v[k], pat))
			return 1;
	return 0;
}

/* First comment in [from, to) holding the pattern and passing the filter. */
static size_t first_hit(const tt_search *s, size_t from, size_t to, tt_search_filter filter,
                        void *arg)
{
	if (s->pat.exact) {
		for (size_t i = from; i < to; i++)
			if ((!filter || filter(arg, i)) && raw_matches(s, s->t->order[i]))
				return i;
		return TT_SEARCH_NONE;
	}
	for (int k = 0; k < NPARTS; k++) {
		const struct part *p = &s->part[k];
		size_t lo = from > p->first ? from : p->first, hi = to < p->end ? to : p->end;
		if (lo >= hi)
			continue;
		size_t i = part_first(s, p, lo, hi, filter, arg);
		if (i != TT_SEARCH_NONE)
			return i;
	}
	return TT_SEARCH_NONE;
}

/* Last comment in [from, to) holding the pattern and passing the filter. */
static size_t last_hit(const tt_search *s, size_t from, size_t to, tt_search_filter filter,
                       void *arg)
{
	if (s->pat.exact) {
		for (size_t i = to; i-- > from;)
			if ((!filter || filter(arg, i)) && raw_matches(s, s->t->order[i]))
				return i;
		return TT_SEARCH_NONE;
	}
	while (to > from) {
		size_t lo = to - from > BACK_BLOCK ? to - BACK_BLOCK : from, best = TT_SEARCH_NONE;
		for (size_t i = lo; (i = first_hit(s, i, to, filter, arg)) != TT_SEARCH_NONE; i++)
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
	prepare(s, pattern);
	if (!backward) {
		i = first_hit(s, start + 1, n, filter, arg);
		if (i == TT_SEARCH_NONE && (w = 1))
			i = first_hit(s, 0, start + 1, filter, arg);
	} else {
		i = last_hit(s, 0, start, filter, arg);
		if (i == TT_SEARCH_NONE && (w = 1))
			i = last_hit(s, start, n, filter, arg);
	}
	if (wrapped)
		*wrapped = i != TT_SEARCH_NONE && w;
	return i;
}

int tt_search_matches(tt_search *s, const char *pattern, size_t i)
{
	if (!pattern || !*pattern || i >= s->t->ncomments)
		return 0;
	prepare(s, pattern);
	return first_hit(s, i, i + 1, NULL, NULL) == i;
}
