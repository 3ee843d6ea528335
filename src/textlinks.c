/* textlinks: drop the link lines a text dump repeats at the end of every comment. */
#include "threadtag/textlinks.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/hash.h"
#include "threadtag/textline.h"
#include "threadtag/xalloc.h"

/* A link line is short; a comment's tail is read for at most MAX_TAIL of
 * them, so a comment of ten thousand one-word lines costs no more. */
enum { MAX_WORDS = 3, MAX_LINE = 40, MAX_TAIL = 8 };

struct word {
	const char *s;
	size_t len;
};

/* The words of a link line [s, e), at most MAX_WORDS; returns their number,
 * or -1 when the line is no link line (too long, a digit, a sentence). */
static int link_words(const char *s, const char *e, struct word *w)
{
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	size_t len = (size_t)(e - s);
	if (!len || len > MAX_LINE || tt_textline_ends_sentence(s, len))
		return -1;
	int n = 0, refs = 0;
	while (s < e) {
		const char *a = s;
		while (s < e && *s != ' ')
			s++;
		const char *b = s;
		while (s < e && *s == ' ')
			s++;
		size_t ref;
		while ((ref = tt_textline_link_ref(a, (size_t)(b - a))))
			a += ref, refs++;
		while (a < b && *a == '[')
			a++;
		while (b > a && b[-1] == ']')
			b--;
		if (a == b || !tt_textline_has_letter(a, (size_t)(b - a)))
			continue; /* a bullet, an arrow, a heart */
		if (tt_textline_has_digit(a, (size_t)(b - a)) || n == MAX_WORDS)
			return -1;
		w[n++] = (struct word){a, (size_t)(b - a)};
	}
	/* A line of symbols alone ("♥♥♥") is the writer's; a bare link number
	 * ("* [58]") the browser's. */
	return n || refs ? n : -1;
}

typedef int (*line_fn)(void *arg, const struct word *w, int n);

struct vocab {
	char **v;
	size_t n, cap;
};

/* s is one of the site's words, or several of them run together: which
 * prefixes of s such words can make, marked one byte at a time (a search
 * over every split could take exponential time). */
static int known(const struct vocab *V, const char *s, size_t len)
{
	unsigned char reach[MAX_LINE + 1] = {1};
	if (len > MAX_LINE)
		return 0;
	for (size_t at = 0; at < len; at++)
		for (size_t i = 0; reach[at] && i < V->n; i++) {
			size_t l = strlen(V->v[i]);
			if (l <= len - at && !memcmp(s + at, V->v[i], l))
				reach[at + l] = 1;
		}
	return reach[len];
}

/* The start of the last line of p[0, end). */
static const char *last_line(const char *p, const char *end)
{
	const char *s = end;
	while (s > p && s[-1] != '\n')
		s--;
	return s;
}

/* Where the text of line [s, end) ends when its last words are a link that
 * wrapping ran onto it ("reissen. [63]Antwort ↓"): before the link number;
 * else end. */
static const char *linked_tail(const char *s, const char *end, line_fn fn, void *arg)
{
	for (const char *q = end; q > s; q--) {
		if (q[-1] != '[' || (q - 1 > s && q[-2] != ' ') ||
		    !tt_textline_link_ref(q - 1, (size_t)(end - q + 1)))
			continue;
		struct word w[MAX_WORDS];
		int n = link_words(q - 1, end, w);
		const char *cut = q - 1;
		while (cut > s && cut[-1] == ' ')
			cut--;
		return n > 0 && cut > s && fn(arg, w, n) ? cut : end;
	}
	return end;
}

/* Calls fn on each link line ending c's text, last first, while fn says go
 * on; *para is then the number of paragraphs that stay, the last of them cut
 * to *keep bytes (0 when none stay). With cut, a link run onto the last line
 * that stays is cut off too. */
static void walk_tail(const tt_comment *c, line_fn fn, void *arg, int cut, size_t *para,
                      size_t *keep)
{
	size_t lines = 0;
	*para = c->body.n;
	*keep = 0;
	while (*para) {
		const char *p = c->body.v[*para - 1], *end = p + strlen(p);
		while (end > p) {
			const char *s = last_line(p, end);
			struct word w[MAX_WORDS];
			int n = lines++ < MAX_TAIL ? link_words(s, end, w) : -1;
			if (n < 0 || !fn(arg, w, n)) {
				*keep = (size_t)((cut ? linked_tail(s, end, fn, arg) : end) - p);
				return;
			}
			end = s > p ? s - 1 : p;
		}
		(*para)--;
	}
}

static int known_line(void *arg, const struct word *w, int n)
{
	for (int i = 0; i < n; i++)
		if (!known(arg, w[i].s, w[i].len))
			return 0;
	return 1;
}

struct collect {
	struct vocab all; /* every word of every tail, once per comment */
	size_t from;      /* where this comment's words start in all */
};

static int collect_line(void *arg, const struct word *w, int n)
{
	struct collect *C = arg;
	for (int i = 0; i < n; i++) {
		char *s = tt_xstrndup(w[i].s, w[i].len);
		int seen = 0;
		for (size_t k = C->from; k < C->all.n && !seen; k++)
			seen = !strcmp(C->all.v[k], s);
		if (seen) {
			free(s);
			continue;
		}
		if (C->all.n == C->all.cap)
			C->all.v = tt_xrealloc(C->all.v, (C->all.cap = C->all.cap * 2 + 16) *
			                                     sizeof *C->all.v);
		C->all.v[C->all.n++] = s;
	}
	return 1;
}

static void add_word(struct vocab *V, const char *w)
{
	V->v = tt_xrealloc(V->v, (V->n + 1) * sizeof *V->v);
	V->v[V->n++] = tt_xstrdup(w);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The words in the tails of at least a third of the comments (and of two),
 * each at least half as frequent there as the most frequent: a reply link
 * sits under most comments, a writer's "Liebe Grüße" under a few. */
static struct vocab site_words(tt_comment **all, size_t n)
{
	struct collect C = {{NULL, 0, 0}, 0};
	struct vocab V = {NULL, 0, 0};
	size_t para, keep, top = 0;
	for (size_t i = 0; i < n; i++) {
		C.from = C.all.n;
		walk_tail(all[i], collect_line, &C, 0, &para, &keep);
	}
	if (C.all.n)
		qsort(C.all.v, C.all.n, sizeof *C.all.v, cmp_str);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0, j; i < C.all.n; i = j) {
			for (j = i; j < C.all.n && !strcmp(C.all.v[i], C.all.v[j]); j++)
				;
			if (!pass && j - i > top)
				top = j - i;
			if (pass && j - i >= 2 && (j - i) * 3 >= n && (j - i) * 2 >= top)
				add_word(&V, C.all.v[i]);
		}
	for (size_t i = 0; i < C.all.n; i++)
		free(C.all.v[i]);
	free(C.all.v);
	return V;
}

void tt_textlinks_drop(tt_thread *t, tt_comment **all, size_t n)
{
	struct vocab V = site_words(all, n);
	for (size_t i = 0; V.n && i < n; i++) {
		tt_comment *c = all[i];
		size_t para, keep;
		walk_tail(c, known_line, &V, 1, &para, &keep);
		/* Nothing to drop, or nothing would stay (a comment saying only
		 * "Thanks" where every comment ends in a "Thanks" button). */
		if (!para || (para == c->body.n && keep == strlen(c->body.v[para - 1])))
			continue;
		c->body.v[para - 1] = tt_thread_strdup(t, c->body.v[para - 1], keep);
		c->body.n = para;
	}
	for (size_t i = 0; i < V.n; i++)
		free(V.v[i]);
	free(V.v);
}

/* ---- lines the site repeats under its comments ---- */

/* A line's template is read for lines of at most MAX_TEMPLATE bytes, among
 * the last MAX_TAIL lines of a comment; a site's line must end the comments
 * of MIN_AUTHORS writers at least (a writer's own sign-off ends only theirs).
 * A template is kept as its hash: a page of 60,000 comments holds half a
 * million such lines. */
enum { MAX_TEMPLATE = 160, MIN_AUTHORS = 3 };

struct tail_line {
	uint64_t tpl;
	size_t comment;
	const char *author;
};

/* The hash of the template of line [s, e) into *h, or 0 when the line has
 * none (blank or long): its blanks at either end left out, each run of
 * digits one '#' (a vote count, a reply count, a link number). */
static int line_template(const char *s, const char *e, uint64_t *h)
{
	while (s < e && (*s == ' ' || *s == '\t'))
		s++;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	if (s == e || e - s > MAX_TEMPLATE)
		return 0;
	char t[MAX_TEMPLATE + 1], *o = t;
	for (const char *q = s; q < e; o++) {
		if (*q < '0' || *q > '9') {
			*o = *q++;
			continue;
		}
		while (q < e && *q >= '0' && *q <= '9')
			q++;
		*o = '#';
	}
	*o = '\0';
	*h = tt_hash_field(TT_HASH_INIT, t);
	return 1;
}

/* Calls fn on each of the last MAX_TAIL lines of c's text, last first,
 * while fn says go on. */
typedef int (*tail_fn)(void *arg, const tt_comment *c, const char *s, const char *e);
static void each_tail_line(const tt_comment *c, tail_fn fn, void *arg)
{
	size_t lines = 0;
	for (size_t para = c->body.n; para > 0; para--) {
		const char *p = c->body.v[para - 1], *end = p + strlen(p);
		while (end > p) {
			const char *s = last_line(p, end);
			if (lines++ == MAX_TAIL || !fn(arg, c, s, end))
				return;
			end = s > p ? s - 1 : p;
		}
	}
}

/* Calls fn on the first line of c's text. */
static void each_head_line(const tt_comment *c, tail_fn fn, void *arg)
{
	if (c->body.n)
		fn(arg, c, c->body.v[0], c->body.v[0] + strcspn(c->body.v[0], "\n"));
}

struct tails {
	struct tail_line *v;
	size_t n, cap, comment;
	int counted; /* only lines holding a number */
};

static int add_tail(void *arg, const tt_comment *c, const char *s, const char *e)
{
	struct tails *T = arg;
	uint64_t h;
	if (!line_template(s, e, &h) || (T->counted && !tt_textline_has_digit(s, (size_t)(e - s))))
		return 1;
	if (T->n == T->cap)
		T->v = tt_xrealloc(T->v, (T->cap = T->cap * 2 + 16) * sizeof *T->v);
	T->v[T->n++] = (struct tail_line){h, T->comment, c->author ? c->author : ""};
	return 1;
}

static int cmp_u64(uint64_t x, uint64_t y)
{
	return (x > y) - (x < y);
}

static int cmp_tail(const void *a, const void *b)
{
	const struct tail_line *x = a, *y = b;
	int d = cmp_u64(x->tpl, y->tpl);
	return d ? d : cmp_u64(x->comment, y->comment);
}

static int cmp_hash(const void *a, const void *b)
{
	return cmp_u64(*(const uint64_t *)a, *(const uint64_t *)b);
}

/* Of the lines [i, j) sharing a template, sorted by comment: whether they
 * end a third of the n comments (and three) by MIN_AUTHORS writers. */
static int site_template(const struct tail_line *v, size_t i, size_t j, size_t n)
{
	size_t comments = 0;
	const char *seen[MIN_AUTHORS];
	size_t authors = 0;
	for (size_t k = i; k < j; k++) {
		comments += k == i || v[k].comment != v[k - 1].comment;
		int known_author = 0;
		for (size_t a = 0; a < authors; a++)
			known_author |= !strcmp(seen[a], v[k].author);
		if (!known_author && authors < MIN_AUTHORS)
			seen[authors++] = v[k].author;
	}
	return comments >= 3 && comments * 3 >= n && authors >= MIN_AUTHORS;
}

struct hashes {
	uint64_t *v;
	size_t n;
};

/* The templates of the site's lines, sorted: among the lines each_line
 * gives, those site_template finds (with counted, only lines holding a
 * number count). */
static struct hashes site_lines(tt_comment **all, size_t n,
                                void (*each_line)(const tt_comment *, tail_fn, void *),
                                int counted)
{
	struct tails T = {.counted = counted};
	struct hashes H = {NULL, 0};
	for (T.comment = 0; T.comment < n; T.comment++)
		each_line(all[T.comment], add_tail, &T);
	if (T.n)
		qsort(T.v, T.n, sizeof *T.v, cmp_tail);
	for (size_t i = 0, j; i < T.n; i = j) {
		for (j = i; j < T.n && T.v[i].tpl == T.v[j].tpl; j++)
			;
		if (site_template(T.v, i, j, n)) {
			H.v = tt_xrealloc(H.v, (H.n + 1) * sizeof *H.v);
			H.v[H.n++] = T.v[i].tpl;
		}
	}
	free(T.v);
	return H;
}

/* Whether line [s, e) is one of the site's (H sorted). */
static int site_line(const struct hashes *H, const char *s, const char *e)
{
	uint64_t h;
	return line_template(s, e, &h) && bsearch(&h, H->v, H->n, sizeof *H->v, cmp_hash);
}

/* Drops the site's lines ending c's text, keeping its first line. */
static void drop_site_lines(tt_thread *t, tt_comment *c, const struct hashes *H)
{
	for (unsigned lines = 0; c->body.n && lines < MAX_TAIL; lines++) {
		const char *p = c->body.v[c->body.n - 1], *end = p + strlen(p);
		const char *s = last_line(p, end);
		if (s == p && c->body.n == 1)
			return; /* nothing would stay */
		if (!site_line(H, s, end))
			return;
		if (s == p)
			c->body.n--;
		else
			c->body.v[c->body.n - 1] = tt_thread_strdup(t, p, (size_t)(s - 1 - p));
	}
}

/* Drops the site's lines opening c's text, keeping its last line. */
static void drop_site_heads(tt_comment *c, const struct hashes *H)
{
	for (unsigned lines = 0; c->body.n && lines < MAX_TAIL; lines++) {
		const char *p = c->body.v[0], *nl = strchr(p, '\n');
		if ((!nl && c->body.n == 1) || !site_line(H, p, nl ? nl : p + strlen(p)))
			return;
		if (nl)
			c->body.v[0] = nl + 1;
		else
			memmove(c->body.v, c->body.v + 1, (--c->body.n) * sizeof *c->body.v);
	}
}

/* Drops the last line of c's text when it is the next comment's writer's
 * name alone, a bullet or a link number before it ("• samsara"): the start
 * of the next comment's header that the text importer left to this one. A
 * writer ends no comment with another writer's bare name; their own is a
 * signature. */
static void drop_next_name(tt_thread *t, tt_comment *c, const tt_comment *next)
{
	if (!c->body.n || !next->author || !*next->author ||
	    (c->author && !strcmp(c->author, next->author)))
		return; /* a writer signing, with the next comment theirs too */
	const char *p = c->body.v[c->body.n - 1], *end = p + strlen(p);
	const char *s = last_line(p, end);
	s += tt_textline_link_ref(s, (size_t)(end - s));
	s += tt_textline_list_mark(s, (size_t)(end - s));
	s += tt_textline_link_ref(s, (size_t)(end - s));
	size_t an = strlen(next->author);
	if ((size_t)(end - s) != an || memcmp(s, next->author, an))
		return;
	const char *line = last_line(p, end);
	if (line > p)
		c->body.v[c->body.n - 1] = tt_thread_strdup(t, p, (size_t)(line - 1 - p));
	else if (c->body.n > 1)
		c->body.n--;
}

void tt_textlinks_drop_lines(tt_thread *t, tt_comment **all, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++)
		drop_next_name(t, all[i], all[i + 1]);
	struct hashes H = site_lines(all, n, each_tail_line, 0);
	for (size_t i = 0; H.n && i < n; i++)
		drop_site_lines(t, all[i], &H);
	free(H.v);
	/* Opening the text, only a line with a number ("5 stars"): a greeting
	 * ("Hi,") opens many writers' comments. */
	H = site_lines(all, n, each_head_line, 1);
	for (size_t i = 0; H.n && i < n; i++)
		drop_site_heads(all[i], &H);
	free(H.v);
}
