/* thread_yaml: loader and writer of the thread file format, version 1. */
#include "threadtag/thread_yaml.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "threadtag/fsutil.h"
#include "threadtag/hash.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"
#include "threadtag/yaml_io.h"

/* libyaml's scanner does work proportional to the flow nesting on every token,
 * so nesting is bounded; deeper reply chains are written flat with `parent:`. */
enum { MAX_NESTING = 256, MAX_YAML_DEPTH = 2 * MAX_NESTING + 8 };
/* The writer nests replies up to FLAT_DEPTH levels (from FLOW_DEPTH on in flow
 * style, to keep lines short of indentation) and continues deeper subtrees as
 * top-level entries with a parent reference. */
enum { FLOW_DEPTH = 16, FLAT_DEPTH = 64 };
/* The table of short strings kept once (authors, times): at most half of
 * its slots filled, then strings not in it are copied as they come. */
enum { SHARED_SLOTS = 1 << 16 };

struct loader {
	tt_yreader *r;
	tt_thread *t;
	tt_error *err;
	tt_yevent ev;
	size_t last_n;    /* comments at the last progress report */
	double last_time; /* and its time */
	const char **strs; /* a list's strings while it is read (read_strv) */
	size_t nstrs_cap;
	/* The comments read so far by id, from the first `parent:` on, so a
	 * comment written flat is hung under its parent as it is read and keeps
	 * no copy of the parent's id. Open addressing, at most half full. */
	tt_comment **ids;
	size_t nids, nid_slots;
	/* The authors' names and the times of comments, each kept once in the
	 * arena: a thread has a few thousand authors, and replies posted in the
	 * same minute share their times; copies would cost every comment. */
	const char **shared;
	size_t nshared;
};

/* The progress hook of the loads that follow (tt_thread_load_hook). */
static tt_load_progress_fn progress_fn;
static void *progress_ctx;

void tt_thread_load_hook(tt_load_progress_fn fn, void *ctx)
{
	progress_fn = fn;
	progress_ctx = ctx;
}

int tt_thread_load_report(const tt_load_progress *p)
{
	return progress_fn ? progress_fn(progress_ctx, p) : 0;
}

static double mono(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Tells the hook how far the load is; -1 (err set) when it asks to stop. */
static int report(struct loader *L)
{
	tt_load_progress p = {.t = L->t, .ncomments = L->t->ncomments};
	tt_yreader_progress(L->r, &p.bytes, &p.total);
	L->last_n = p.ncomments;
	int stop = progress_fn(progress_ctx, &p);
	L->last_time = mono(); /* the hook's own time (drawing) does not count */
	if (!stop)
		return 0;
	tt_error_set(L->err, tt_yreader_name(L->r), 0, 0, "stopped");
	return -1;
}

/* Between two comments: reports every 50 ms, or every so many comments. The
 * clock is read every 64 comments only, which keeps the cost out of profiles. */
static int maybe_report(struct loader *L)
{
	size_t n = L->t->ncomments;
	if (!progress_fn || n % 64 != 0)
		return 0;
	if (n - L->last_n >= TT_LOAD_PROGRESS_EVERY || mono() - L->last_time >= 0.05)
		return report(L);
	return 0;
}

/* Callers that want the scalar text pass it themselves. */
static const char *type_name(const tt_yevent *ev)
{
	return tt_yevent_kind(ev, "a scalar");
}

static int next(struct loader *L)
{
	return tt_yreader_next(L->r, &L->ev, L->err);
}

static int fail(struct loader *L, const char *fmt, const char *a, const char *b)
{
	return tt_yreader_fail(L->r, &L->ev, L->err, fmt, a, b);
}

/* Reads a string value (null allowed: leaves *out NULL). */
static int read_str(struct loader *L, const char *key, const char **out)
{
	if (next(L) < 0)
		return -1;
	if (L->ev.type != TT_Y_SCALAR)
		return fail(L, "'%s' must be a string, found %s", key, type_name(&L->ev));
	if (tt_yscalar_is_null(&L->ev)) {
		*out = NULL;
		return 0;
	}
	*out = tt_thread_strdup(L->t, L->ev.value, L->ev.len);
	return 0;
}

/* The arena's copy of the scalar just read, the one already made when an
 * equal string was read before. */
static const char *shared_copy(struct loader *L)
{
	const char *v = L->ev.value;
	size_t len = L->ev.len, mask = SHARED_SLOTS - 1;
	if (!L->shared)
		L->shared = tt_xcalloc(SHARED_SLOTS, sizeof *L->shared);
	size_t i = (size_t)tt_hash_field(TT_HASH_INIT, v) & mask;
	for (; L->shared[i]; i = (i + 1) & mask)
		if (strncmp(L->shared[i], v, len) == 0 && L->shared[i][len] == '\0')
			return L->shared[i];
	const char *s = tt_thread_strdup(L->t, v, len);
	if (2 * (L->nshared + 1) <= SHARED_SLOTS) {
		L->shared[i] = s;
		L->nshared++;
	}
	return s;
}

/* Reads a string value kept once in the thread when it repeats. */
static int read_shared(struct loader *L, const char *key, const char **out)
{
	if (next(L) < 0)
		return -1;
	if (L->ev.type != TT_Y_SCALAR)
		return fail(L, "'%s' must be a string, found %s", key, type_name(&L->ev));
	*out = tt_yscalar_is_null(&L->ev) ? NULL : shared_copy(L);
	return 0;
}

static int read_bool(struct loader *L, const char *key, int *out)
{
	if (next(L) < 0)
		return -1;
	if (tt_yscalar_bool(&L->ev, out) < 0)
		return fail(L, "'%s' must be true or false, found %s", key,
			    L->ev.type == TT_Y_SCALAR ? L->ev.value : type_name(&L->ev));
	return 0;
}

static int read_count(struct loader *L, const char *key, long long *out)
{
	if (next(L) < 0)
		return -1;
	if (tt_yscalar_long(&L->ev, out) < 0 || *out < 0)
		return fail(L, "'%s' must be a whole number >= 0, found %s", key,
			    L->ev.type == TT_Y_SCALAR ? L->ev.value : type_name(&L->ev));
	return 0;
}

/* A list of strings (keywords, paragraphs), its array sized to the list once
 * read: a thread has a body per comment, and room to grow in each would be
 * a tenth of the model on short comments. */
static int read_strv(struct loader *L, const char *key, tt_strv *v)
{
	size_t n = 0;
	if (next(L) < 0)
		return -1;
	if (tt_yscalar_is_null(&L->ev))
		return 0;
	if (L->ev.type != TT_Y_SEQ_START)
		return fail(L, "'%s' must be a list of strings, found %s", key,
			    type_name(&L->ev));
	for (;;) {
		if (next(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_SEQ_END)
			break;
		if (L->ev.type != TT_Y_SCALAR)
			return fail(L, "each item of '%s' must be a string, found %s", key,
				    type_name(&L->ev));
		if (n == L->nstrs_cap) {
			L->nstrs_cap = L->nstrs_cap ? 2 * L->nstrs_cap : 16;
			L->strs = tt_xrealloc(L->strs, L->nstrs_cap * sizeof *L->strs);
		}
		L->strs[n++] = tt_thread_strdup(L->t, L->ev.value, L->ev.len);
	}
	if (v->n) /* the key given twice: the lists follow each other */
		for (size_t i = 0; i < n; i++)
			tt_strv_push(L->t, v, L->strs[i]);
	else
		tt_strv_set(L->t, v, L->strs, n);
	return 0;
}

/* Two digits at s as a number. */
static int two(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* Why a date, time and offset of the right shape name no real moment, or NULL. */
static const char *impossible(const char *s, size_t base, const char *zone)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int y = two(s) * 100 + two(s + 2), m = two(s + 5), d = two(s + 8);
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (m < 1 || m > 12)
		return "no such month";
	if (d < 1 || d > (m == 2 && !leap ? 28 : mdays[m - 1]))
		return "no such day in that month";
	if (base > 10 && (two(s + 11) > 23 || two(s + 14) > 59 || (base > 16 && two(s + 17) > 59)))
		return "no such time of day";
	/* Zones in use run from -12:00 to +14:00; RFC 3339 allows no more. */
	if (*zone && *zone != 'Z' &&
	    (two(zone + 1) > 14 || two(zone + 4) > 59 || (two(zone + 1) == 14 && two(zone + 4))))
		return "an offset from UTC must lie within 14:00";
	return NULL;
}

/* ISO 8601 as threadtag writes it: date, optional time (with a fraction of
 * a second), optional zone; and a real moment. NULL when valid, else why not. */
static const char *invalid_iso(const char *s)
{
	static const char *const shapes[] = {
		"dddd-dd-dd", "dddd-dd-ddTdd:dd", "dddd-dd-ddTdd:dd:dd",
	};
	static const char *const shape_msg = "not of the form 2022-12-03T17:54";
	size_t n = strlen(s);
	size_t base = n;
	if (n && s[n - 1] == 'Z')
		base = n - 1;
	else if (n > 6 && (s[n - 6] == '+' || s[n - 6] == '-') && s[n - 3] == ':' &&
		 isdigit((unsigned char)s[n - 5]) && isdigit((unsigned char)s[n - 4]) &&
		 isdigit((unsigned char)s[n - 2]) && isdigit((unsigned char)s[n - 1]))
		base = n - 6;
	const char *zone = s + base;
	const char *frac = memchr(s, '.', base);
	if (frac) {
		if (frac + 1 == s + base)
			return shape_msg;
		for (const char *p = frac + 1; p < s + base; p++)
			if (!isdigit((unsigned char)*p))
				return shape_msg;
		base = (size_t)(frac - s);
	}
	for (size_t k = 0; k < sizeof shapes / sizeof *shapes; k++) {
		const char *shape = shapes[k];
		if (strlen(shape) != base)
			continue;
		size_t i = 0;
		for (; i < base; i++)
			if (shape[i] == 'd' ? !isdigit((unsigned char)s[i]) : shape[i] != s[i])
				break;
		if (i == base)
			return frac && base != 19 ? shape_msg : impossible(s, base, zone);
	}
	return shape_msg;
}

const char *tt_thread_time_invalid(const char *s)
{
	return invalid_iso(s);
}

static int read_time_as(struct loader *L, const char *key, const char **out, int shared)
{
	if ((shared ? read_shared(L, key, out) : read_str(L, key, out)) < 0)
		return -1;
	const char *why = *out ? invalid_iso(*out) : NULL;
	if (why) {
		char msg[700]; /* a quote (at most 60 * 8 + 64 bytes and "...") and why */
		snprintf(msg, sizeof msg, "%s: %s", tt_text_quote(*out, strlen(*out), 60), why);
		return fail(L, "'%s' must be an ISO 8601 time (like 2022-12-03T17:54), found %s",
			    key, msg);
	}
	return 0;
}

static int read_time(struct loader *L, const char *key, const char **out)
{
	return read_time_as(L, key, out, 0);
}

/* Reads a mapping key; returns 1 at the end of the mapping. */
static int read_key(struct loader *L)
{
	if (next(L) < 0)
		return -1;
	if (L->ev.type == TT_Y_MAP_END)
		return 1;
	if (L->ev.type != TT_Y_SCALAR)
		return fail(L, "a key must be a plain word, found %s", type_name(&L->ev), NULL);
	return 0;
}

/* Index of key in a NULL-terminated table; fails on unknown and duplicate keys. */
static int lookup_key(struct loader *L, const char *const *keys, unsigned *seen,
		      const char *where)
{
	for (int i = 0; keys[i]; i++) {
		if (strcmp(keys[i], L->ev.value) != 0)
			continue;
		if (*seen & (1u << i))
			return fail(L, "duplicate key '%s' in %s", L->ev.value, where);
		*seen |= 1u << i;
		return i;
	}
	return fail(L, "unknown key '%s' in %s", L->ev.value, where);
}

enum { A_TITLE, A_SITE, A_SECTION, A_URL, A_AUTHOR, A_PUBLISHED, A_TIME, A_KEYWORDS, A_BODY };
static const char *const article_keys[] = {"title",	"site", "section",  "url",	"author",
					   "published", "time", "keywords", "body", NULL};

static int load_article(struct loader *L)
{
	tt_article *a = &L->t->article;
	tt_yevent start;
	if (next(L) < 0)
		return -1;
	if (L->ev.type != TT_Y_MAP_START)
		return fail(L, "'article' must be a mapping, found %s", type_name(&L->ev), NULL);
	start = L->ev;
	unsigned seen = 0;
	int rc;
	while ((rc = read_key(L)) == 0) {
		int k = lookup_key(L, article_keys, &seen, "the article");
		const char *const *strs[] = {
			[A_TITLE] = &a->title,	   [A_SITE] = &a->site,
			[A_SECTION] = &a->section, [A_URL] = &a->url,
			[A_AUTHOR] = &a->author,   [A_PUBLISHED] = &a->published,
		};
		if (k < 0)
			return -1;
		if (k == A_KEYWORDS || k == A_BODY)
			rc = read_strv(L, article_keys[k], k == A_BODY ? &a->body : &a->keywords);
		else if (k == A_TIME)
			rc = read_time(L, "time", &a->time);
		else
			rc = read_str(L, article_keys[k], (const char **)strs[k]);
		if (rc < 0)
			return -1;
	}
	if (rc < 0)
		return -1;
	if (!a->title)
		return tt_yreader_fail(L->r, &start, L->err,
				       "missing required key 'title' in the article");
	return 0;
}

enum {
	C_ID,
	C_PARENT,
	C_AUTHOR,
	C_POSTED,
	C_TIME,
	C_BODY,
	C_REPLIES,
	C_DELETED,
	C_DEAD,
	C_MORE,
	C_PREVIOUS,
	C_EDITED,
	C_ADDED
};
static const char *const comment_keys[] = {"id",   "parent", "author",   "posted", "time",
					   "body", "replies", "deleted", "dead",   "more",
					   "previous", "edited", "added", NULL};

struct frame {
	tt_comment *c;
	tt_comment *prev; /* its previous sibling when it was made */
	unsigned seen;
};

static tt_comment **id_slot(const struct loader *L, const char *id)
{
	size_t mask = L->nid_slots - 1;
	for (size_t i = tt_hash_field(0, id) & mask;; i = (i + 1) & mask)
		if (!L->ids[i] || strcmp(L->ids[i]->id, id) == 0)
			return &L->ids[i];
}

/* Adds c to the ids read so far (the first of a duplicate stays: the
 * thread's own index reports it). */
static void ids_add(struct loader *L, tt_comment *c)
{
	if (2 * (L->nids + 1) > L->nid_slots) {
		tt_comment **old = L->ids;
		size_t n = L->nid_slots;
		L->nid_slots = n ? 2 * n : 1024;
		L->ids = tt_xcalloc(L->nid_slots, sizeof *L->ids);
		for (size_t i = 0; i < n; i++)
			if (old[i])
				*id_slot(L, old[i]->id) = old[i];
		free(old);
	}
	tt_comment **s = id_slot(L, c->id);
	if (!*s) {
		*s = c;
		L->nids++;
	}
}

/* Starts the ids read so far: every comment of the tree built yet. The
 * table is made even when none has an id yet, since id_slot needs one. */
static void ids_start(struct loader *L)
{
	L->nid_slots = 1024;
	L->ids = tt_xcalloc(L->nid_slots, sizeof *L->ids);
	for (tt_comment *c = L->t->first; c; c = tt_comment_walk(c))
		if (c->id)
			ids_add(L, c);
}

/* `parent:` of c. A parent read before, while c has no replies yet (so the
 * parent cannot be one of them), takes c at once; any other id is kept for
 * tt_thread_finish, which says what is wrong with it. */
static int read_parent(struct loader *L, const struct frame *f)
{
	tt_comment *c = f->c;
	if (next(L) < 0)
		return -1;
	if (L->ev.type != TT_Y_SCALAR)
		return fail(L, "'%s' must be a string, found %s", "parent", type_name(&L->ev));
	if (tt_yscalar_is_null(&L->ev))
		return 0;
	if (!L->ids)
		ids_start(L);
	tt_comment *p = *id_slot(L, L->ev.value);
	/* With no replies read, c is still the last of its siblings, after prev. */
	if (p && p != c && !(f->seen >> C_REPLIES & 1)) {
		if (p != c->parent)
			tt_thread_move_comment(L->t, c, f->prev, p);
		return 0;
	}
	tt_comment_extra_set(L->t, c)->parent_ref =
	    tt_thread_strdup(L->t, L->ev.value, L->ev.len);
	return 0;
}

/* A time or a count that few comments have: in the comment's extras. */
static int read_extra(struct loader *L, tt_comment *c, int k)
{
	const char *s;
	long long n;
	if (k == C_MORE) {
		if (read_count(L, "more", &n) < 0)
			return -1;
		if (n)
			tt_comment_extra_set(L->t, c)->more = n;
		return 0;
	}
	if (read_time(L, comment_keys[k], &s) < 0)
		return -1;
	if (s)
		*(k == C_EDITED ? &tt_comment_extra_set(L->t, c)->edited
				: &tt_comment_extra_set(L->t, c)->added) = s;
	return 0;
}

/* One key/value of a comment other than replies and parent. */
static int load_comment_field(struct loader *L, tt_comment *c, int k)
{
	int flag;
	switch (k) {
	case C_ID:
		if (read_str(L, "id", &c->id) < 0)
			return -1;
		if (!c->id || !*c->id)
			return fail(L, "'id' must not be empty", NULL, NULL);
		if (L->ids)
			ids_add(L, c);
		return 0;
	case C_AUTHOR:
		return read_shared(L, "author", &c->author);
	case C_POSTED:
		return read_shared(L, "posted", &c->posted);
	case C_TIME:
		return read_time_as(L, "time", &c->time, 1);
	case C_BODY:
		return read_strv(L, "body", &c->body);
	case C_MORE:
	case C_EDITED:
	case C_ADDED:
		return read_extra(L, c, k);
	case C_PREVIOUS: {
		tt_strv v = {0};
		if (read_strv(L, "previous", &v) < 0)
			return -1;
		if (v.n)
			tt_comment_extra_set(L->t, c)->previous = v;
		return 0;
	}
	default:
		if (read_bool(L, comment_keys[k], &flag) < 0)
			return -1;
		if (flag)
			c->flags |= k == C_DELETED ? TT_C_DELETED : TT_C_DEAD;
		return 0;
	}
}

/* The comment limit as text, for a message. */
static const char *limit_text(void)
{
	static char buf[24];
	snprintf(buf, sizeof buf, "%zu", tt_thread_max_comments());
	return buf;
}

/* Reads a comments list whose start was just read, replies included, with an
 * explicit stack instead of recursion so any depth is safe. */
static int load_comments(struct loader *L)
{
	struct frame *stack = NULL;
	size_t depth = 0, cap = 0;
	int rc = -1, in_keys = 0;
	for (;;) {
		if (!in_keys) {
			/* An item of the comments list of the top frame (or top level). */
			if (next(L) < 0)
				goto out;
			if (L->ev.type == TT_Y_SEQ_END) {
				if (depth == 0) {
					rc = 0;
					goto out;
				}
				in_keys = 1;
				continue;
			}
			if (L->ev.type != TT_Y_MAP_START) {
				fail(L, "a comment must be a mapping, found %s", type_name(&L->ev),
				     NULL);
				goto out;
			}
			if (depth >= MAX_NESTING) {
				fail(L, "replies nested deeper than %s levels (continue deeper "
					"chains as top-level comments with 'parent:')",
				     "256", NULL);
				goto out;
			}
			if (maybe_report(L) < 0)
				goto out;
			if (L->t->ncomments >= tt_thread_max_comments()) {
				fail(L, "more than %s comments: threadtag holds no more",
				     limit_text(), NULL);
				goto out;
			}
			if (depth == cap) {
				cap = cap ? cap * 2 : 64;
				stack = tt_xrealloc(stack, cap * sizeof *stack);
			}
			tt_comment *up = depth ? stack[depth - 1].c : NULL;
			tt_comment *prev = up ? up->last_child : L->t->last;
			tt_comment *c = tt_thread_add_comment(L->t, up);
			c->line = L->ev.line;
			c->col = L->ev.col;
			stack[depth++] = (struct frame){c, prev, 0};
			in_keys = 1;
		}
		struct frame *f = &stack[depth - 1];
		int end = read_key(L);
		if (end < 0)
			goto out;
		if (end) {
			depth--;
			in_keys = 0;
			continue;
		}
		int k = lookup_key(L, comment_keys, &f->seen, "a comment");
		if (k < 0)
			goto out;
		if (k == C_PARENT) {
			if (read_parent(L, f) < 0)
				goto out;
			continue;
		}
		if (k != C_REPLIES) {
			if (load_comment_field(L, f->c, k) < 0)
				goto out;
			continue;
		}
		if (next(L) < 0)
			goto out;
		if (tt_yscalar_is_null(&L->ev))
			continue;
		if (L->ev.type != TT_Y_SEQ_START) {
			fail(L, "'replies' must be a list of comments, found %s", type_name(&L->ev),
			     NULL);
			goto out;
		}
		in_keys = 0;
	}
out:
	free(stack);
	return rc;
}

enum { T_VERSION, T_ID, T_SOURCE, T_ARTICLE, T_MORE, T_COMMENTS, T_SOURCE_URL, T_FETCHED };
static const char *const top_keys[] = {"threadtag", "id",	  "source",  "article", "more",
				       "comments",  "source_url", "fetched", NULL};

static int load_version(struct loader *L)
{
	long long v;
	if (next(L) < 0)
		return -1;
	if (tt_yscalar_long(&L->ev, &v) < 0)
		return fail(L, "'threadtag' (the format version) must be a number, found %s",
			    L->ev.type == TT_Y_SCALAR ? L->ev.value : type_name(&L->ev), NULL);
	if (v != TT_THREAD_FORMAT)
		return fail(L, "unsupported format version %s (this threadtag reads version 1)",
			    L->ev.value, NULL);
	return 0;
}

static int load_top(struct loader *L)
{
	if (next(L) < 0)
		return -1;
	if (L->ev.type == TT_Y_END)
		return fail(L, "empty file: expected a thread (threadtag: 1, article:, comments:)",
			    NULL, NULL);
	if (L->ev.type != TT_Y_MAP_START)
		return fail(L, "the top level must be a mapping (threadtag: 1, article:, ...), "
			       "found %s",
			    type_name(&L->ev), NULL);
	tt_yevent start = L->ev;
	unsigned seen = 0;
	int rc;
	while ((rc = read_key(L)) == 0) {
		int k = lookup_key(L, top_keys, &seen, "the thread");
		if (k < 0)
			return -1;
		if (k == T_VERSION)
			rc = load_version(L);
		else if (k == T_ID || k == T_SOURCE)
			rc = read_str(L, top_keys[k], k == T_ID ? &L->t->id : &L->t->source);
		else if (k == T_ARTICLE)
			rc = load_article(L) < 0 ? -1 : progress_fn ? report(L) : 0;
		else if (k == T_MORE)
			rc = read_count(L, "more", &L->t->more);
		else if (k == T_SOURCE_URL)
			rc = read_str(L, "source_url", &L->t->source_url);
		else if (k == T_FETCHED)
			rc = read_time(L, "fetched", &L->t->fetched);
		else if (next(L) == 0 && !tt_yscalar_is_null(&L->ev))
			rc = L->ev.type == TT_Y_SEQ_START
				     ? load_comments(L)
				     : fail(L, "'comments' must be a list, found %s",
					    type_name(&L->ev), NULL);
		if (rc < 0)
			return -1;
	}
	if (rc < 0)
		return -1;
	if (!(seen & (1u << T_VERSION)))
		return tt_yreader_fail(L->r, &start, L->err,
				       "missing required key 'threadtag' (the format version, 1)");
	if (!(seen & (1u << T_ARTICLE)))
		return tt_yreader_fail(L->r, &start, L->err, "missing required key 'article'");
	return next(L); /* the end of the document: catches a second document */
}

static tt_thread *load(tt_yreader *r, tt_error *err)
{
	struct loader L = {.r = r, .t = tt_thread_new(), .err = err, .last_time = mono()};
	L.t->name = tt_thread_strdup(L.t, tt_yreader_name(r), (size_t)-1);
	int rc = load_top(&L);
	free(L.ids); /* before the thread's own index is made */
	free(L.shared);
	if (rc == 0 && progress_fn) /* all read: what is left is linking the tree */
		rc = report(&L);
	if (rc == 0 && tt_thread_finish(L.t, err) < 0)
		rc = -1;
	tt_yreader_close(r);
	free(L.strs);
	if (rc < 0) {
		tt_thread_free(L.t);
		return NULL;
	}
	return L.t;
}

tt_thread *tt_thread_load(const char *path, tt_error *err, int *errno_out)
{
	tt_yreader *r = tt_yreader_open_file(path, MAX_YAML_DEPTH, err, errno_out);
	return r ? load(r, err) : NULL;
}

tt_thread *tt_thread_load_mem(const char *name, const char *buf, size_t len, tt_error *err)
{
	tt_yreader *r = tt_yreader_open_mem(name, buf, len, MAX_YAML_DEPTH, err);
	return r ? load(r, err) : NULL;
}

/* ---- writer ---- */

static void emit_strv(tt_yemit *e, const char *key, const tt_strv *v, int flow)
{
	if (!v->n)
		return;
	tt_yemit_raw(e, key);
	tt_yemit_seq_start(e, flow);
	for (size_t i = 0; i < v->n; i++)
		tt_yemit_str(e, v->v[i], TT_YS_LITERAL);
	tt_yemit_seq_end(e);
}

static void emit_article(tt_yemit *e, const tt_article *a)
{
	tt_yemit_raw(e, "article");
	tt_yemit_map_start(e, 0);
	tt_yemit_kv(e, "title", a->title ? a->title : "");
	tt_yemit_kv(e, "site", a->site);
	tt_yemit_kv(e, "section", a->section);
	tt_yemit_kv(e, "url", a->url);
	tt_yemit_kv(e, "author", a->author);
	tt_yemit_kv(e, "published", a->published);
	tt_yemit_kv(e, "time", a->time);
	if (a->keywords.n) {
		tt_yemit_raw(e, "keywords");
		tt_yemit_seq_start(e, 1);
		for (size_t i = 0; i < a->keywords.n; i++)
			tt_yemit_str(e, a->keywords.v[i], TT_YS_ANY);
		tt_yemit_seq_end(e);
	}
	emit_strv(e, "body", &a->body, 0);
	tt_yemit_map_end(e);
}

/* Opens a comment's mapping and writes every field but its replies. */
static void emit_comment_fields(tt_yemit *e, const tt_thread *t, const tt_comment *c,
				int with_parent)
{
	const tt_comment_extra *x = tt_comment_extra_get(t, c);
	int flow = c->depth % FLAT_DEPTH >= FLOW_DEPTH;
	tt_yemit_map_start(e, flow);
	tt_yemit_kv(e, "id", c->id);
	if (with_parent)
		tt_yemit_kv(e, "parent", c->parent->id);
	tt_yemit_kv(e, "author", c->author);
	tt_yemit_kv(e, "posted", c->posted);
	tt_yemit_kv(e, "time", c->time);
	if (c->flags & TT_C_DELETED) {
		tt_yemit_raw(e, "deleted");
		tt_yemit_raw(e, "true");
	}
	if (c->flags & TT_C_DEAD) {
		tt_yemit_raw(e, "dead");
		tt_yemit_raw(e, "true");
	}
	if (x->more)
		tt_yemit_kv_int(e, "more", x->more);
	tt_yemit_kv(e, "added", x->added);
	tt_yemit_kv(e, "edited", x->edited);
	emit_strv(e, "body", &c->body, flow);
	emit_strv(e, "previous", &x->previous, flow);
}

/* Comments whose subtree is written later as top-level entries. */
struct cut_queue {
	const tt_comment **v;
	size_t n, cap, head;
};

static void cut_push(struct cut_queue *q, const tt_comment *c)
{
	if (q->n == q->cap) {
		q->cap = q->cap ? q->cap * 2 : 16;
		q->v = tt_xrealloc(q->v, q->cap * sizeof *q->v);
	}
	q->v[q->n++] = c;
}

/* Writes root and its replies in preorder, without recursion; replies at a
 * multiple of FLAT_DEPTH are queued instead of nested. */
static void emit_subtree(tt_yemit *e, const tt_thread *t, const tt_comment *root,
			 struct cut_queue *q)
{
	const tt_comment *c = root;
	for (;;) {
		emit_comment_fields(e, t, c, c == root && c->parent);
		if (c->first_child && (c->depth + 1) % FLAT_DEPTH != 0) {
			tt_yemit_raw(e, "replies");
			tt_yemit_seq_start(e, (c->depth + 1) % FLAT_DEPTH >= FLOW_DEPTH);
			c = c->first_child;
			continue;
		}
		for (const tt_comment *k = c->first_child; k; k = k->next_sibling)
			cut_push(q, k);
		tt_yemit_map_end(e);
		while (c != root && !c->next_sibling) {
			c = c->parent;
			tt_yemit_seq_end(e);
			tt_yemit_map_end(e);
		}
		if (c == root)
			return;
		c = c->next_sibling;
	}
}

static void emit_comments(tt_yemit *e, const tt_thread *t)
{
	struct cut_queue q = {0};
	tt_yemit_raw(e, "comments");
	tt_yemit_seq_start(e, t->first == NULL);
	for (const tt_comment *c = t->first; c; c = c->next_sibling)
		emit_subtree(e, t, c, &q);
	while (q.head < q.n)
		emit_subtree(e, t, q.v[q.head++], &q);
	tt_yemit_seq_end(e);
	free(q.v);
}

char *tt_thread_to_yaml(const tt_thread *t, size_t *len)
{
	tt_yemit *e = tt_yemit_new();
	tt_yemit_map_start(e, 0);
	tt_yemit_kv_int(e, "threadtag", TT_THREAD_FORMAT);
	tt_yemit_kv(e, "id", t->id);
	tt_yemit_kv(e, "source", t->source);
	tt_yemit_kv(e, "source_url", t->source_url);
	tt_yemit_kv(e, "fetched", t->fetched);
	emit_article(e, &t->article);
	if (t->more)
		tt_yemit_kv_int(e, "more", t->more);
	emit_comments(e, t);
	tt_yemit_map_end(e);
	char *out = NULL;
	if (tt_yemit_finish(e, &out, len) < 0)
		out = NULL;
	tt_yemit_free(e);
	return out;
}

/* Whether s (NULL allowed) is no valid UTF-8. */
static int bad_text(const char *s)
{
	return s && !tt_utf8_valid(s, strlen(s));
}

static int bad_strv(const tt_strv *v)
{
	for (size_t i = 0; i < v->n; i++)
		if (bad_text(v->v[i]))
			return 1;
	return 0;
}

int tt_thread_unwritable(const tt_thread *t, char *what, size_t cap)
{
	static const char *const article_fields[] = {"title",     "site", "section", "url",
	                                             "author",    "published", "time"};
	const tt_article *a = &t->article;
	const char *const article[] = {a->title,  a->site,      a->section, a->url,
	                               a->author, a->published, a->time};
	for (size_t i = 0; i < sizeof article / sizeof *article; i++)
		if (bad_text(article[i]))
			return snprintf(what, cap, "the article's %s", article_fields[i]), 1;
	if (bad_strv(&a->body) || bad_strv(&a->keywords))
		return snprintf(what, cap, "the article's text"), 1;
	if (bad_text(t->id) || bad_text(t->source) || bad_text(t->source_url))
		return snprintf(what, cap, "the thread's source"), 1;
	for (size_t i = 0; i < t->ncomments; i++) {
		const tt_comment *c = t->order[i];
		const char *field = bad_text(c->author)   ? "author"
		                    : bad_text(c->posted) ? "time"
		                    : bad_strv(&c->body)  ? "text"
		                    : bad_text(c->id)     ? "id"
		                                          : NULL;
		if (field) /* (an id of valid UTF-8 names the comment; else its place) */
			return bad_text(c->id) ? snprintf(what, cap, "comment %zu's %s", i + 1, field)
			                       : snprintf(what, cap, "comment %s's %s", c->id, field),
			       1;
	}
	return 0;
}

int tt_thread_save(const tt_thread *t, const char *path)
{
	size_t len;
	char *yaml = tt_thread_to_yaml(t, &len);
	if (!yaml) {
		errno = EILSEQ;
		return -1;
	}
	int rc = tt_write_atomic(path, yaml, len);
	free(yaml);
	return rc;
}
