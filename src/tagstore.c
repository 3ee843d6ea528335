/* tagstore: one annotator's tags of one thread — YAML store, journal, lock, undo. */
#include "threadtag/tagstore.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include "threadtag/config.h"
#include "threadtag/fsutil.h"
#include "threadtag/hash.h"
#include "threadtag/index.h"
#include "threadtag/tagindex.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

/* Format 2 ends with an "end:" line (doc/tag-format.md); format 1 stores
 * still load. */
enum { TT_TAGS_FORMAT = 2, MAX_YAML_DEPTH = 64 };

/* One item's annotation. Strings are owned. */
struct state {
	char **values; /* one per scheme dimension, NULL = unset */
	char **xkeys, **xvals; /* dimensions the scheme does not know, kept as read */
	size_t nextra;
	char **labels;
	size_t nlabels;
	char *note;
	char *state;          /* skipped, flagged, unsure; NULL = none */
	char *reason;         /* why, only with a state */
	char *scheme_version; /* tt_scheme_version of the scheme it was made under */
	char *annotator;
	char *time;
};

struct entry {
	char *item;
	struct state st;
	tt_tag view;  /* points into st */
	size_t rank;  /* position in thread order; SIZE_MAX for orphans */
	int orphan;
	int present;  /* has a tag now (entries are kept after clearing, for undo) */
	size_t unknown; /* values and labels of st the scheme does not know */
};

/* One undo step: the item's state before and after (NULL = untagged). */
struct change {
	struct entry *e;
	struct state *before, *after;
};

struct changes {
	struct change *v;
	size_t n, cap;
};

/* What a full read of the store records for its summary (tagindex.h): the
 * line of 'tags:' (everything before it is the header), and whether every
 * header key came before it; the file's stat as read. */
struct tix_build {
	unsigned tags_line;
	size_t header_len; /* bytes before the line of 'tags:' */
	int ok;
	struct stat st, before;
};

struct tt_tagstore {
	const tt_thread *thread;
	tt_scheme *scheme;
	char *path, *journal_path, *annotator;
	int fd; /* the journal, open and flocked while writable; -1 otherwise */
	int readonly;
	unsigned compact_every, since_compact; /* compact_every 0: only on close */
	int keep_journal; /* close folds a journal only when it is big (tt_tagstore_opts) */
	size_t journal_bytes, store_bytes; /* sizes now, for the folding policy */
	size_t end_count; /* tags the store's end line announces; SIZE_MAX without one */
	int store_exists;
	int made_journal; /* this open created the journal file (removed if opening fails) */
	int need_compact; /* the store file lags behind memory (replayed journal) */
	pid_t fold_pid;   /* a fold in the background (tt_tagstore_fold_start); 0: none */
	size_t fold_journal; /* the journal's bytes when that fold's snapshot was taken */
	size_t journal_folded; /* a first part of the journal the store file holds already */
	char *stored_checksum;
	char *checksum;
	char scheme_version[TT_SCHEME_VERSION_LEN]; /* of the scheme in use, stamped on changes */

	struct entry **slots; /* hash map item -> entry, open addressing */
	size_t nslots, nentries;
	struct entry **order; /* present entries in store order, rebuilt lazily */
	size_t norder;
	int order_dirty;
	size_t count, orphans, unknown, comments; /* comments: tagged items that are comments */
	size_t **value_counts; /* [dim][value] */
	size_t *label_counts;

	struct changes undo, redo;
	tt_buf notice;

	/* Partial: the map holds only the items asked for and those in the
	 * journal; the others are on disk, found through the summary. Counts
	 * are the whole store's (from the summary, kept by every change). */
	int partial;
	tt_tagindex *tix;
	int store_fd;         /* the store file, read by ranges while partial */
	int broken;           /* a partial store could not be read back: no changes */
	int from_summary;     /* opened from the summary (partial or whole) */
	tt_error broken_err;  /* why */
	struct tix_build *tb; /* collecting a summary during a full read */
	size_t notice_from;   /* where the store's own notices start */
};

/* ---- small helpers ---- */

static void add_notice(tt_tagstore *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void add_notice(tt_tagstore *s, const char *fmt, ...)
{
	va_list ap;
	char msg[1024];
	va_start(ap, fmt);
	tt_utf8_vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (s->notice.len)
		tt_buf_adds(&s->notice, "; ");
	tt_buf_adds(&s->notice, msg);
}

static char *dup_or_null(const char *p)
{
	return p ? tt_xstrdup(p) : NULL;
}

static void now_iso(char out[32])
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static uint64_t fnv1a(uint64_t h, const char *p)
{
	return tt_hash_field(h, p ? p : "\x01"); /* absent differs from empty */
}

/* A fingerprint of what the tags refer to: ids, tree shape, authors and text.
 * Kept in the store so re-imported threads can be noticed; the thread's index
 * keeps it too, which spares a pass over all the text. */
static char *thread_checksum(const tt_thread *t)
{
	char fp[TT_INDEX_FP_LEN];
	tt_index_fingerprint(t, fp);
	return tt_xstrdup(fp);
}

/* ---- states ---- */

static void state_init(struct state *st, size_t ndims)
{
	memset(st, 0, sizeof *st);
	st->values = tt_xcalloc(ndims ? ndims : 1, sizeof *st->values);
}

static void state_clear(struct state *st, size_t ndims)
{
	for (size_t i = 0; st->values && i < ndims; i++)
		free(st->values[i]);
	free(st->values);
	for (size_t i = 0; i < st->nextra; i++) {
		free(st->xkeys[i]);
		free(st->xvals[i]);
	}
	free(st->xkeys);
	free(st->xvals);
	for (size_t i = 0; i < st->nlabels; i++)
		free(st->labels[i]);
	free(st->labels);
	free(st->note);
	free(st->state);
	free(st->reason);
	free(st->scheme_version);
	free(st->annotator);
	free(st->time);
	memset(st, 0, sizeof *st);
}

static void state_copy(struct state *dst, const struct state *src, size_t ndims)
{
	state_init(dst, ndims);
	for (size_t i = 0; i < ndims; i++)
		dst->values[i] = dup_or_null(src->values[i]);
	dst->nextra = src->nextra;
	dst->xkeys = tt_xcalloc(src->nextra + 1, sizeof *dst->xkeys);
	dst->xvals = tt_xcalloc(src->nextra + 1, sizeof *dst->xvals);
	for (size_t i = 0; i < src->nextra; i++) {
		dst->xkeys[i] = tt_xstrdup(src->xkeys[i]);
		dst->xvals[i] = tt_xstrdup(src->xvals[i]);
	}
	dst->nlabels = src->nlabels;
	dst->labels = tt_xcalloc(src->nlabels + 1, sizeof *dst->labels);
	for (size_t i = 0; i < src->nlabels; i++)
		dst->labels[i] = tt_xstrdup(src->labels[i]);
	dst->note = dup_or_null(src->note);
	dst->state = dup_or_null(src->state);
	dst->reason = dup_or_null(src->reason);
	dst->scheme_version = dup_or_null(src->scheme_version);
	dst->annotator = dup_or_null(src->annotator);
	dst->time = dup_or_null(src->time);
}

static struct state *state_dup(const struct state *src, size_t ndims)
{
	if (!src)
		return NULL;
	struct state *st = tt_xmalloc(sizeof *st);
	state_copy(st, src, ndims);
	return st;
}

static void state_free(struct state *st, size_t ndims)
{
	if (!st)
		return;
	state_clear(st, ndims);
	free(st);
}

static int state_empty(const struct state *st, size_t ndims)
{
	for (size_t i = 0; i < ndims; i++)
		if (st->values[i])
			return 0;
	return !st->nextra && !st->nlabels && !st->note && !st->state;
}

static int str_eq(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

/* Same annotation (time and annotator aside)? */
static int state_same(const struct state *a, const struct state *b, size_t ndims)
{
	if (!a || !b)
		return !a && !b;
	for (size_t i = 0; i < ndims; i++)
		if (!str_eq(a->values[i], b->values[i]))
			return 0;
	if (a->nlabels != b->nlabels || a->nextra != b->nextra || !str_eq(a->note, b->note) ||
	    !str_eq(a->state, b->state) || !str_eq(a->reason, b->reason))
		return 0;
	for (size_t i = 0; i < a->nlabels; i++)
		if (strcmp(a->labels[i], b->labels[i]))
			return 0;
	for (size_t i = 0; i < a->nextra; i++)
		if (strcmp(a->xkeys[i], b->xkeys[i]) || strcmp(a->xvals[i], b->xvals[i]))
			return 0;
	return 1;
}

static int cmp_label(const void *pa, const void *pb, void *scheme)
{
	const char *a = *(char *const *)pa, *b = *(char *const *)pb;
	int ia = tt_scheme_label_index(scheme, a), ib = tt_scheme_label_index(scheme, b);
	if (ia < 0)
		ia = INT32_MAX;
	if (ib < 0)
		ib = INT32_MAX;
	return ia != ib ? (ia < ib ? -1 : 1) : strcmp(a, b);
}

static void sort_labels(const tt_scheme *sc, struct state *st)
{
	if (st->nlabels < 2)
		return;
	qsort_r(st->labels, st->nlabels, sizeof *st->labels, cmp_label, (void *)sc);
}

static void add_label(struct state *st, const char *label)
{
	st->labels = tt_xrealloc(st->labels, (st->nlabels + 2) * sizeof *st->labels);
	st->labels[st->nlabels++] = tt_xstrdup(label);
	st->labels[st->nlabels] = NULL;
}

static size_t unknown_in(const tt_scheme *sc, const struct state *st)
{
	size_t n = st->nextra;
	for (size_t i = 0; i < sc->ndims; i++)
		n += st->values[i] && tt_scheme_value_index(sc, i, st->values[i]) < 0;
	for (size_t i = 0; i < st->nlabels; i++)
		n += tt_scheme_label_index(sc, st->labels[i]) < 0;
	return n;
}

/* ---- entries and the map ---- */

static uint64_t hash_item(const char *p)
{
	return fnv1a(0xcbf29ce484222325ULL, p);
}

static struct entry **find_slot(struct entry **slots, size_t nslots, const char *item)
{
	for (size_t i = hash_item(item) & (nslots - 1);; i = (i + 1) & (nslots - 1))
		if (!slots[i] || !strcmp(slots[i]->item, item))
			return &slots[i];
}

static struct entry *from_disk(tt_tagstore *s, const char *item);

/* The item's entry; in a partial store, one still on disk is read first
 * (the store is the same to its callers, only its memory is filled late). */
static struct entry *lookup(const tt_tagstore *s, const char *item)
{
	struct entry *e = item && s->nslots ? *find_slot(s->slots, s->nslots, item) : NULL;
	if (e || !item || !s->partial)
		return e;
	return from_disk((tt_tagstore *)s, item);
}

static void grow_map(tt_tagstore *s)
{
	size_t n = s->nslots ? 2 * s->nslots : 64;
	struct entry **slots = tt_xcalloc(n, sizeof *slots);
	for (size_t i = 0; i < s->nslots; i++)
		if (s->slots[i])
			*find_slot(slots, n, s->slots[i]->item) = s->slots[i];
	free(s->slots);
	s->slots = slots;
	s->nslots = n;
}

/* Article paragraph number of "@article/N", 0 if item is not one. */
static size_t paragraph_of(const char *item)
{
	static const char prefix[] = TT_ITEM_ARTICLE "/";
	if (strncmp(item, prefix, sizeof prefix - 1))
		return 0;
	const char *p = item + sizeof prefix - 1;
	if (*p < '1' || *p > '9')
		return 0;
	char *end;
	unsigned long long n = strtoull(p, &end, 10);
	return *end ? 0 : (size_t)n;
}

/* Thread order: the article, its paragraphs, then comments in preorder. */
static size_t rank_of(const tt_thread *t, const char *item, int *orphan)
{
	*orphan = 0;
	if (!strcmp(item, TT_ITEM_ARTICLE))
		return 0;
	size_t p = paragraph_of(item);
	if (p && p <= t->article.body.n)
		return p;
	const tt_comment *c = tt_thread_find(t, item);
	if (c)
		return t->article.body.n + 1 + c->index;
	*orphan = 1;
	return SIZE_MAX;
}

size_t tt_tags_item_rank(const tt_thread *t, const char *item)
{
	int orphan;
	return rank_of(t, item, &orphan);
}

/* The map slot of item: its entry's, or the empty one it would take. */
static struct entry **slot_of(tt_tagstore *s, const char *item)
{
	if (2 * (s->nentries + 1) > s->nslots)
		grow_map(s);
	return find_slot(s->slots, s->nslots, item);
}

/* A new entry in an empty slot from slot_of (no change to the map since),
 * taking item over. Without with_state its state is left unallocated, for a
 * caller that hands it one at once (apply_owned). */
static struct entry *insert_entry(tt_tagstore *s, struct entry **slot, char *item, int with_state)
{
	struct entry *e = tt_xcalloc(1, sizeof *e);
	e->item = item;
	e->rank = rank_of(s->thread, item, &e->orphan);
	if (with_state)
	state_init(&e->st, s->scheme->ndims);
	*slot = e;
	s->nentries++;
	return e;
}

static struct entry *get_entry(tt_tagstore *s, const char *item)
{
	struct entry *e = lookup(s, item);
	return e ? e : insert_entry(s, slot_of(s, item), tt_xstrdup(item), 1);
}

static void refresh_view(struct entry *e)
{
	e->view.item = e->item;
	e->view.values = (const char **)e->st.values;
	e->view.labels = (const char **)e->st.labels;
	e->view.nlabels = e->st.nlabels;
	e->view.note = e->st.note;
	e->view.state = e->st.state;
	e->view.reason = e->st.reason;
	e->view.scheme_version = e->st.scheme_version;
	e->view.annotator = e->st.annotator;
	e->view.time = e->st.time;
}

/* Adds (sign 1) or removes (-1) an entry's share of the running counts. */
static void account(tt_tagstore *s, const struct entry *e, int sign)
{
	const tt_scheme *sc = s->scheme;
	if (!e->present)
		return;
	s->count += (size_t)(long)sign;
	s->orphans += e->orphan ? (size_t)(long)sign : 0;
	if (!e->orphan && e->rank > s->thread->article.body.n)
		s->comments += (size_t)(long)sign;
	s->unknown += (size_t)(long)sign * e->unknown;
	for (size_t d = 0; d < sc->ndims; d++) {
		int v = tt_scheme_value_index(sc, d, e->st.values[d]);
		if (v >= 0)
			s->value_counts[d][v] += (size_t)(long)sign;
	}
	for (size_t i = 0; i < e->st.nlabels; i++) {
		int l = tt_scheme_label_index(sc, e->st.labels[i]);
		if (l >= 0)
			s->label_counts[l] += (size_t)(long)sign;
	}
}

/* Makes st (NULL or empty: untagged) the entry's state. */
static void apply(tt_tagstore *s, struct entry *e, const struct state *st)
{
	size_t nd = s->scheme->ndims;
	account(s, e, -1);
	state_clear(&e->st, nd);
	if (st && !state_empty(st, nd)) {
		state_copy(&e->st, st, nd);
		e->present = 1;
	} else {
		state_init(&e->st, nd);
		e->present = 0;
	}
	e->unknown = e->present ? unknown_in(s->scheme, &e->st) : 0;
	refresh_view(e);
	account(s, e, 1);
	s->order_dirty = 1;
}

/* Like apply, but takes *st over instead of copying it (loading a store:
 * one copy and one free fewer per item); *st is left empty. */
static void apply_owned(tt_tagstore *s, struct entry *e, struct state *st)
{
	size_t nd = s->scheme->ndims;
	if (state_empty(st, nd)) {
		apply(s, e, NULL);
		state_clear(st, nd);
		return;
	}
	account(s, e, -1);
	state_clear(&e->st, nd);
	e->st = *st;
	memset(st, 0, sizeof *st);
	e->present = 1;
	e->unknown = unknown_in(s->scheme, &e->st);
	refresh_view(e);
	account(s, e, 1);
	s->order_dirty = 1;
}

/* ---- the journal: one flow mapping per line ---- */

static void emit_state(tt_yemit *em, const tt_scheme *sc, const struct state *st, int flow)
{
	enum tt_ystyle text = flow ? TT_YS_QUOTED : TT_YS_LITERAL;
	enum tt_ystyle word = flow ? TT_YS_QUOTED : TT_YS_ANY;
	for (size_t i = 0; i < sc->ndims; i++)
		if (st->values[i]) {
			tt_yemit_raw(em, sc->dims[i].name);
			tt_yemit_str(em, st->values[i], word);
		}
	for (size_t i = 0; i < st->nextra; i++) {
		tt_yemit_str(em, st->xkeys[i], word);
		tt_yemit_str(em, st->xvals[i], word);
	}
	if (st->nlabels) {
		tt_yemit_raw(em, "labels");
		tt_yemit_seq_start(em, 1);
		for (size_t i = 0; i < st->nlabels; i++)
			tt_yemit_str(em, st->labels[i], word);
		tt_yemit_seq_end(em);
	}
	if (st->note) {
		tt_yemit_raw(em, "note");
		tt_yemit_str(em, st->note, text);
	}
	if (st->state) {
		tt_yemit_raw(em, "state");
		tt_yemit_str(em, st->state, word);
	}
	if (st->reason) {
		tt_yemit_raw(em, "reason");
		tt_yemit_str(em, st->reason, text);
	}
	if (st->scheme_version) {
		tt_yemit_raw(em, "scheme_version");
		tt_yemit_str(em, st->scheme_version, flow ? TT_YS_QUOTED : TT_YS_ANY);
	}
	if (st->annotator) {
		tt_yemit_raw(em, "annotator");
		tt_yemit_str(em, st->annotator, word);
	}
	if (st->time) {
		tt_yemit_raw(em, "time");
		tt_yemit_str(em, st->time, word);
	}
}

/* One item's part of a journal record. */
struct jitem {
	struct entry *e;
	const struct state *st; /* NULL: cleared */
};

static void emit_jitem(tt_yemit *em, const tt_scheme *sc, const char *item, const struct state *st)
{
	tt_yemit_map_start(em, 1);
	tt_yemit_raw(em, "item");
	tt_yemit_str(em, item, TT_YS_QUOTED);
	if (st && !state_empty(st, sc->ndims)) {
		emit_state(em, sc, st, 1);
	} else {
		tt_yemit_raw(em, "clear");
		tt_yemit_raw(em, "true");
	}
	tt_yemit_map_end(em);
}

/* The journal line recording that the items now have the given states: one
 * flow mapping for one item, a flow sequence of them for several (replayed
 * all or nothing). Every string is double-quoted, so line breaks are escapes
 * and the record stays on one line. Caller frees. */
static char *journal_record(const tt_tagstore *s, const struct jitem *v, size_t n, size_t *len)
{
	tt_yemit *em = tt_yemit_new();
	char *out = NULL;
	if (n > 1)
		tt_yemit_seq_start(em, 1);
	for (size_t i = 0; i < n; i++)
		emit_jitem(em, s->scheme, v[i].e->item, v[i].st);
	if (n > 1)
		tt_yemit_seq_end(em);
	if (tt_yemit_finish(em, &out, len) < 0)
		out = NULL;
	tt_yemit_free(em);
	if (!out)
		return NULL;
	char *nl = strchr(out, '\n'); /* drop a "...": one record, one line */
	if (!nl || memchr(out, '\n', (size_t)(nl - out)) || nl[1] == ' ') {
		free(out);
		return NULL;
	}
	nl[1] = '\0';
	*len = (size_t)(nl - out) + 1;
	return out;
}

static char *journal_line(const tt_tagstore *s, struct entry *e, const struct state *st,
                          size_t *len)
{
	struct jitem one = {.e = e, .st = st};
	return journal_record(s, &one, 1, len);
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Appends one entry and waits until it is on disk. On failure the journal is
 * cut back to where it was, so a half line never follows. */
static int journal_append(tt_tagstore *s, const char *line, size_t len, tt_error *err)
{
	off_t end = lseek(s->fd, 0, SEEK_END);
	if (end < 0 || write_all(s->fd, line, len) < 0 || fdatasync(s->fd) < 0) {
		int e = errno;
		if (end >= 0 && ftruncate(s->fd, end) == 0)
			fdatasync(s->fd);
		errno = e;
		return tt_error_set(err, s->journal_path, 0, 0, "cannot write the journal: %s",
				    strerror(e));
	}
	s->journal_bytes = (size_t)end + len;
	return 0;
}

/* ---- reading stores and journal entries ---- */

struct ld {
	tt_tagstore *s;
	tt_yreader *r;
	tt_error *err;
	tt_yevent ev;
	unsigned line_offset; /* journal: lines before the one being read */
};

static int lnext(struct ld *L)
{
	return tt_yreader_next(L->r, &L->ev, L->err);
}

static int lfail(struct ld *L, const char *fmt, const char *a)
{
	return tt_yreader_fail(L->r, &L->ev, L->err, fmt, a);
}

static int read_scalar(struct ld *L, const char *key, char **out, int null_ok)
{
	if (lnext(L) < 0)
		return -1;
	if (L->ev.type != TT_Y_SCALAR)
		return lfail(L, "'%s' must be a string", key);
	free(*out);
	*out = NULL;
	if (tt_yscalar_is_null(&L->ev)) {
		if (!null_ok)
			return lfail(L, "'%s' must not be empty", key);
		return 0;
	}
	*out = tt_xstrndup(L->ev.value, L->ev.len);
	return 0;
}

static int read_labels(struct ld *L, struct state *st)
{
	if (lnext(L) < 0)
		return -1;
	if (tt_yscalar_is_null(&L->ev))
		return 0;
	if (L->ev.type != TT_Y_SEQ_START)
		return lfail(L, "'labels' must be a list of label names%s", "");
	for (;;) {
		if (lnext(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_SEQ_END)
			break;
		if (L->ev.type != TT_Y_SCALAR || tt_yscalar_is_null(&L->ev))
			return lfail(L, "each label must be a name%s", "");
		for (size_t i = 0; i < st->nlabels; i++)
			if (!strcmp(st->labels[i], L->ev.value))
				return lfail(L, "label '%s' is given twice", L->ev.value);
		add_label(st, L->ev.value);
	}
	sort_labels(L->s->scheme, st);
	return 0;
}

/* A state must be one the viewer and the exports know (tt_tag_state_valid). */
static int read_item_state(struct ld *L, struct state *st)
{
	if (read_scalar(L, "state", &st->state, 1) < 0)
		return -1;
	if (st->state && !tt_tag_state_valid(st->state))
		return lfail(L, "'state' must be skipped, flagged or unsure, not '%s'", st->state);
	return 0;
}

/* Reads one key of an item's mapping into st. *clear and *item are only
 * accepted in journal entries (item non-NULL). */
static int read_state_key(struct ld *L, struct state *st, char **item, int *clear)
{
	const tt_scheme *sc = L->s->scheme;
	char *key = tt_xstrndup(L->ev.value, L->ev.len);
	int d = tt_scheme_dim_index(sc, key), rc;
	if (d >= 0)
		rc = st->values[d] ? lfail(L, "duplicate key '%s'", key)
				   : read_scalar(L, key, &st->values[d], 1);
	else if (!strcmp(key, "labels"))
		rc = st->nlabels ? lfail(L, "duplicate key '%s'", key) : read_labels(L, st);
	else if (!strcmp(key, "note"))
		rc = read_scalar(L, key, &st->note, 1);
	else if (!strcmp(key, "state"))
		rc = read_item_state(L, st);
	else if (!strcmp(key, "reason"))
		rc = read_scalar(L, key, &st->reason, 1);
	else if (!strcmp(key, "scheme_version"))
		rc = read_scalar(L, key, &st->scheme_version, 1);
	else if (!strcmp(key, "annotator"))
		rc = read_scalar(L, key, &st->annotator, 1);
	else if (!strcmp(key, "time"))
		rc = read_scalar(L, key, &st->time, 1);
	else if (item && !strcmp(key, "item"))
		rc = read_scalar(L, key, item, 0);
	else if (clear && !strcmp(key, "clear"))
		rc = lnext(L) < 0 || tt_yscalar_bool(&L->ev, clear) < 0
			     ? lfail(L, "'clear' must be true or false%s", "")
			     : 0;
	else
		rc = 1;
	if (rc == 1) { /* a dimension this scheme lacks: keep it, report it */
		char *val = NULL;
		rc = read_scalar(L, key, &val, 1);
		if (rc == 0 && val) {
			st->xkeys = tt_xrealloc(st->xkeys, (st->nextra + 1) * sizeof *st->xkeys);
			st->xvals = tt_xrealloc(st->xvals, (st->nextra + 1) * sizeof *st->xvals);
			st->xkeys[st->nextra] = key;
			st->xvals[st->nextra++] = val;
			key = NULL;
		}
	}
	free(key);
	return rc;
}

/* Reads an item's mapping whose MAP_START was just read. */
static int read_state(struct ld *L, struct state *st, char **item, int *clear)
{
	if (L->ev.type != TT_Y_MAP_START)
		return lfail(L, "an item's tags must be a mapping (stance:, labels:, note: ...)%s",
			     "");
	for (;;) {
		if (lnext(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_MAP_END)
			return 0;
		if (L->ev.type != TT_Y_SCALAR)
			return lfail(L, "a key must be a plain word%s", "");
		if (read_state_key(L, st, item, clear) < 0)
			return -1;
	}
}

/* Names the first thing in st the scheme does not know, for the notice. */
static void describe_unknown(const tt_scheme *sc, const struct state *st, char *out, size_t n)
{
	if (st->nextra) {
		snprintf(out, n, "dimension '%s'", st->xkeys[0]);
		return;
	}
	for (size_t i = 0; i < sc->ndims; i++)
		if (st->values[i] && tt_scheme_value_index(sc, i, st->values[i]) < 0) {
			snprintf(out, n, "%s '%s'", sc->dims[i].name, st->values[i]);
			return;
		}
	for (size_t i = 0; i < st->nlabels; i++)
		if (tt_scheme_label_index(sc, st->labels[i]) < 0) {
			snprintf(out, n, "label '%s'", st->labels[i]);
			return;
		}
}

static void note_unknown(tt_tagstore *s, const char *where, const char *item,
			 const struct state *st, unsigned line)
{
	char what[256];
	if (!unknown_in(s->scheme, st))
		return;
	describe_unknown(s->scheme, st, what, sizeof what);
	add_notice(s, "%s:%u: item '%s' has %s, which the scheme does not know (kept)", where, line,
	           item, what);
}

static int read_tags(struct ld *L)
{
	tt_tagstore *s = L->s;
	size_t nd = s->scheme->ndims;
	if (lnext(L) < 0)
		return -1;
	if (tt_yscalar_is_null(&L->ev))
		return 0;
	if (L->ev.type != TT_Y_MAP_START)
		return lfail(L, "'tags' must be a mapping of item ids to tags%s", "");
	for (;;) {
		if (lnext(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_MAP_END)
			return 0;
		if (L->ev.type != TT_Y_SCALAR || tt_yscalar_is_null(&L->ev))
			return lfail(L, "an item id must be a string%s", "");
		char *item = tt_xstrndup(L->ev.value, L->ev.len);
		unsigned line = L->ev.line;
		struct entry **slot = slot_of(s, item);
		if (*slot) {
			lfail(L, "item '%s' appears twice", item);
			free(item);
			return -1;
		}
		struct state st;
		state_init(&st, nd);
		int rc = lnext(L) < 0 ? -1 : read_state(L, &st, NULL, NULL);
		if (rc == 0) { /* reading the state left the map alone: slot still holds */
			struct entry *e = insert_entry(s, slot, item, 0);
			apply_owned(s, e, &st);
			if (e->unknown)
				note_unknown(s, tt_yreader_name(L->r), e->item, &e->st, line);
			item = NULL;
		}
		state_clear(&st, nd);
		free(item);
		if (rc < 0)
			return -1;
	}
}

static int read_thread_info(struct ld *L)
{
	tt_tagstore *s = L->s;
	if (lnext(L) < 0)
		return -1;
	if (L->ev.type != TT_Y_MAP_START)
		return lfail(L, "'thread' must be a mapping (id:, title:, checksum:)%s", "");
	char *id = NULL, *title = NULL;
	tt_yevent start = L->ev;
	int rc = 0;
	while (rc == 0 && lnext(L) == 0 && L->ev.type != TT_Y_MAP_END) {
		if (L->ev.type != TT_Y_SCALAR)
			rc = lfail(L, "a key must be a plain word%s", "");
		else if (!strcmp(L->ev.value, "id"))
			rc = read_scalar(L, "id", &id, 0);
		else if (!strcmp(L->ev.value, "title"))
			rc = read_scalar(L, "title", &title, 1);
		else if (!strcmp(L->ev.value, "checksum"))
			rc = read_scalar(L, "checksum", &s->stored_checksum, 1);
		else
			rc = lfail(L, "unknown key '%s' in 'thread'", L->ev.value);
	}
	if (rc == 0 && L->ev.type != TT_Y_MAP_END)
		rc = -1;
	if (rc == 0 && id && strcmp(id, s->thread->id))
		rc = tt_yreader_fail(L->r, &start, L->err,
				     "these tags are for thread '%s', not '%s'", id, s->thread->id);
	free(id);
	free(title);
	return rc;
}

static int read_header_annotator(struct ld *L)
{
	char *name = NULL;
	if (read_scalar(L, "annotator", &name, 1) < 0)
		return -1;
	if (!L->s->annotator)
		L->s->annotator = name;
	else
		free(name);
	return 0;
}

/* The scheme comes before the tags so values can be matched by dimension. */
static int read_stored_scheme(struct ld *L, int use_it)
{
	if (lnext(L) < 0)
		return -1;
	tt_scheme *sc = tt_scheme_read(L->r, &L->ev, L->err);
	if (!sc)
		return -1;
	if (use_it) {
		tt_scheme_free(L->s->scheme);
		L->s->scheme = sc;
	} else {
		tt_scheme_free(sc);
	}
	return 0;
}

static int read_version(struct ld *L, int *seen)
{
	long long v;
	if (lnext(L) < 0)
		return -1;
	if (tt_yscalar_long(&L->ev, &v) < 0 || v < 1 || v > TT_TAGS_FORMAT)
		return lfail(L, "unsupported tag store version %s (this threadtag reads 1 and 2)",
			     L->ev.type == TT_Y_SCALAR ? L->ev.value : "?");
	*seen = 1;
	return 0;
}

static void setup_counts(tt_tagstore *s);
static int read_end(struct ld *L);

static int read_store_body(struct ld *L, int scheme_given)
{
	int version = 0, rc = 0, have_tags = 0;
	tt_yevent start = L->ev;
	struct tix_build *tb = L->s->tb;
	while (rc == 0) {
		if (lnext(L) < 0)
			return -1;
		if (L->ev.type == TT_Y_MAP_END)
			break;
		const char *k = L->ev.value;
		if (tb && have_tags && (L->ev.type != TT_Y_SCALAR || strcmp(k, "end")))
			tb->ok = 0; /* a header key after the tags: a summary would miss it */
		if (L->ev.type != TT_Y_SCALAR)
			rc = lfail(L, "a key must be a plain word%s", "");
		else if (!strcmp(k, "threadtag_tags"))
			rc = read_version(L, &version);
		else if (!strcmp(k, "thread"))
			rc = read_thread_info(L);
		else if (!strcmp(k, "annotator"))
			rc = read_header_annotator(L);
		else if (have_tags && !strcmp(k, "scheme"))
			rc = lfail(L, "'scheme' must come before 'tags'%s", "");
		else if (!strcmp(k, "scheme"))
			rc = read_stored_scheme(L, !scheme_given);
		else if (!strcmp(k, "tags")) {
			if (tb)
				tb->tags_line = L->ev.line;
			have_tags = 1;
			setup_counts(L->s);
			rc = read_tags(L);
		} else if (!strcmp(k, "end"))
			rc = read_end(L);
		else
			rc = lfail(L, "unknown key '%s' in the tag store", k);
	}
	if (rc == 0 && !version)
		rc = tt_yreader_fail(
		    L->r, &start, L->err,
		    "missing required key 'threadtag_tags' (the format version, 2)");
	return rc;
}

/* Files that may help after a damaged store, for the message: named without
 * their folder, which the message already gives, so it stays short. */
static void recovery_hint(const tt_tagstore *s, char *out, size_t n)
{
	char *bak = tt_xasprintf("%s.bak", s->path);
	const char *slash = strrchr(s->path, '/');
	const char *base = slash ? slash + 1 : s->path;
	struct stat st;
	int have_bak = stat(bak, &st) == 0;
	int have_journal = stat(s->journal_path, &st) == 0 && st.st_size > 0;
	if (have_bak && have_journal)
		snprintf(out, n,
		         "; recover from %s.bak (the store before its last save) and %s.journal "
		         "(changes not yet saved)",
		         base, base);
	else if (have_bak || have_journal)
		snprintf(out, n, "; recover from %s.%s (%s)", base, have_bak ? "bak" : "journal",
		         have_bak ? "the store before its last save" : "changes not yet saved");
	else
		snprintf(out, n, "; no backup (.bak) or journal is left to recover from");
	free(bak);
}

/* The version on the first line that is not blank or a comment, when that
 * line is "threadtag_tags: N"; 0 otherwise. Version 1 stores were written
 * before stores had an end line. */
static long first_line_version(const char *buf, size_t len)
{
	static const char key[] = "threadtag_tags: ";
	size_t i = 0, k = sizeof key - 1;
	while (i < len && (buf[i] == '\n' || buf[i] == '#')) {
		const char *nl = memchr(buf + i, '\n', len - i);
		i = nl ? (size_t)(nl - buf) + 1 : len;
	}
	if (len - i <= k || memcmp(buf + i, key, k))
		return 0;
	long v = 0;
	for (i += k; i < len && buf[i] >= '0' && buf[i] <= '9' && v < 1000; i++)
		v = v * 10 + (buf[i] - '0');
	return i < len && buf[i] == '\n' ? v : 0;
}

/* Checks the last line, "end: COUNT CRC32" (the CRC of every byte before the
 * line, 8 hex digits; hand-written stores may leave it out). A store without
 * it was cut short. Sets s->end_count. */
static int check_end(tt_tagstore *s, const char *buf, size_t len, tt_error *err)
{
	s->end_count = SIZE_MAX;
	long v = first_line_version(buf, len);
	if (v == 1 || v > TT_TAGS_FORMAT) /* the parser names an unknown version */
		return 0;
	size_t start = len && buf[len - 1] == '\n' ? len - 1 : len;
	while (start > 0 && buf[start - 1] != '\n')
		start--;
	unsigned long long count;
	unsigned long crc = 0;
	int used = 0, fields = 0;
	if (len && buf[len - 1] == '\n')
		fields = sscanf(buf + start, "end: %llu %8lx%n", &count, &crc, &used);
	if (fields == 1)
		sscanf(buf + start, "end: %llu%n", &count, &used);
	unsigned line = 1, col = 1;
	char hint[2048];
	int whole = fields >= 1 && start + (size_t)used + 1 == len;
	if (whole && (fields == 1 || crc32(0L, (const Bytef *)buf, (uInt)start) == crc)) {
		s->end_count = (size_t)count;
		return 0;
	}
	/* Only a refused store needs the position of its end (a pass over it). */
	for (size_t i = 0; i < len; i++)
		buf[i] == '\n' ? (line++, col = 1) : ((buf[i] & 0xC0) != 0x80 ? col++ : 0);
	if (!whole) {
		recovery_hint(s, hint, sizeof hint);
		return tt_error_set(err, s->path, line, col,
		                    "the tag store is incomplete (cut at byte %zu?)%s", len, hint);
	}
	recovery_hint(s, hint, sizeof hint);
	return tt_error_set(err, s->path, line - 1, 1,
	                    "the tag store does not match its checksum (damaged, or edited "
	                    "without updating the end line)%s",
	                    hint);
}

/* The end line was checked before parsing; here it only has to be last. */
static int read_end(struct ld *L)
{
	tt_yevent at = L->ev;
	if (lnext(L) < 0)
		return -1;
	if (L->s->end_count != SIZE_MAX && L->s->count != L->s->end_count)
		return tt_yreader_fail(L->r, &at, L->err,
		                       "the end line announces %s tags, but the store holds a "
		                       "different number",
		                       L->ev.value ? L->ev.value : "?");
	return 0;
}

static int same_file(const struct stat *a, const struct stat *b)
{
	return a->st_ino == b->st_ino && a->st_dev == b->st_dev && a->st_size == b->st_size &&
	       a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
	       a->st_ctim.tv_sec == b->st_ctim.tv_sec && a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

/* Moves (*off, *line) forward to the start of line target (or the end). */
static size_t line_start(const char *buf, size_t len, size_t *off, unsigned *line, unsigned target)
{
	while (*line < target && *off < len) {
		const char *nl = memchr(buf + *off, '\n', len - *off);
		*off = nl ? (size_t)(nl - buf) + 1 : len;
		++*line;
	}
	return *off;
}

/* The header's length: the bytes before the line of 'tags:'. */
static void finish_build(struct tix_build *tb, const char *buf, size_t len)
{
	size_t off = 0;
	unsigned line = 1;
	if (!tb->tags_line)
		tb->ok = 0;
	if (tb->ok)
		tb->header_len = line_start(buf, len, &off, &line, tb->tags_line);
}

/* Reads the whole store (capped; binary data refused), checks that it is
 * complete, then parses it. A missing store is an empty one. */
static int load_store(tt_tagstore *s, int scheme_given, tt_error *err, int *errno_out)
{
	int eno = 0;
	size_t len;
	if (s->tb && stat(s->path, &s->tb->before) < 0)
		s->tb->ok = 0;
	char *buf = tt_read_text(s->path, TT_READ_MAX, 1, &len, err, &eno);
	if (!buf) {
		if (eno == ENOENT || eno == ENOTDIR) /* no such file: an empty store */
			return 0;
		if (errno_out)
			*errno_out = eno;
		return -1;
	}
	s->store_exists = 1;
	s->store_bytes = len;
	/* Without the lock the store may be replaced while read: a summary is
	 * written only when the file was the same before and after. */
	if (s->tb && (stat(s->path, &s->tb->st) < 0 || !same_file(&s->tb->st, &s->tb->before)))
		s->tb->ok = 0;
	int rc = check_end(s, buf, len, err);
	tt_yreader *r =
	    rc == 0 ? tt_yreader_open_mem(s->path, buf, len, MAX_YAML_DEPTH, err) : NULL;
	struct ld L = {.s = s, .r = r, .err = err};
	if (rc == 0)
		rc = lnext(&L);
	if (rc == 0 && L.ev.type != TT_Y_MAP_START)
		rc = lfail(&L, "a tag store must be a mapping (threadtag_tags: 2, thread:, ...)%s",
			   "");
	if (rc == 0)
		rc = read_store_body(&L, scheme_given);
	if (rc == 0)
		rc = lnext(&L);
	if (rc == 0 && L.ev.type != TT_Y_END)
		rc = lfail(&L, "unexpected content after the tag store%s", "");
	if (rc == 0 && s->tb)
		finish_build(s->tb, buf, len);
	tt_yreader_close(r);
	free(buf);
	return rc;
}

/* One item of a journal record, read but not yet applied. */
struct jentry {
	char *item;
	struct state st;
	int clear;
};

/* Reads one entry whose MAP_START was just read into a new slot of *v. */
static int read_jentry(struct ld *L, struct jentry **v, size_t *n)
{
	tt_yevent start = L->ev;
	*v = tt_xrealloc(*v, (*n + 1) * sizeof **v);
	struct jentry *j = &(*v)[(*n)++];
	memset(j, 0, sizeof *j);
	state_init(&j->st, L->s->scheme->ndims);
	if (read_state(L, &j->st, &j->item, &j->clear) < 0)
		return -1;
	if (!j->item)
		return tt_yreader_fail(L->r, &start, L->err, "journal entry without 'item'%s", "");
	return 0;
}

/* Reads a record: one entry mapping, or a flow sequence of them. */
static int read_record(struct ld *L, struct jentry **v, size_t *n)
{
	int rc = lnext(L);
	if (rc == 0 && L->ev.type == TT_Y_SEQ_START) {
		while (rc == 0 && (rc = lnext(L)) == 0 && L->ev.type != TT_Y_SEQ_END)
			rc = read_jentry(L, v, n);
		if (rc == 0 && !*n)
			rc = lfail(L, "an empty journal record%s", "");
	} else if (rc == 0) {
		rc = read_jentry(L, v, n);
	}
	/* A second record on the line is refused whole, never half-applied. */
	if (rc == 0)
		rc = lnext(L);
	if (rc == 0 && L->ev.type != TT_Y_END)
		rc = lfail(L, "more than one record on a journal line%s", "");
	return rc;
}

/* Parses one complete journal line and, when all of it reads, applies it. */
static int replay_line(tt_tagstore *s, const char *line, size_t len, unsigned lineno, tt_error *err)
{
	tt_yreader *r = tt_yreader_open_mem(s->journal_path, line, len, 8, err);
	struct ld L = {.s = s, .r = r, .err = err};
	struct jentry *v = NULL;
	size_t n = 0;
	int rc = read_record(&L, &v, &n);
	for (size_t i = 0; rc == 0 && i < n; i++) {
		note_unknown(s, s->journal_path, v[i].item, &v[i].st, lineno);
		apply(s, get_entry(s, v[i].item), v[i].clear ? NULL : &v[i].st);
	}
	if (rc < 0 && err->line)
		err->line += lineno - 1;
	for (size_t i = 0; i < n; i++) {
		state_clear(&v[i].st, s->scheme->ndims);
		free(v[i].item);
	}
	free(v);
	tt_yreader_close(r);
	return rc;
}

/* Replays journal bytes; *good receives the length of the intact part. A torn
 * last entry (no final newline, or unreadable) is dropped with a notice. */
static int replay(tt_tagstore *s, const char *buf, size_t len, size_t *good, tt_error *err)
{
	size_t off = 0;
	unsigned lineno = 1;
	*good = 0;
	while (off < len) {
		const char *nl = memchr(buf + off, '\n', len - off);
		size_t end = nl ? (size_t)(nl - buf) + 1 : len;
		int last = end >= len;
		if (!nl) {
			add_notice(s,
			           "%s:%u: ignored a torn last journal entry (it was never "
				      "confirmed)",
				   s->journal_path, lineno);
			return 0;
		}
		tt_error e2;
		if (replay_line(s, buf + off, end - off, lineno, &e2) < 0) {
			if (!last) {
				*err = e2;
				return -1;
			}
			add_notice(s, "%s:%u: ignored an unreadable last journal entry (%s)",
				   s->journal_path, lineno, e2.msg);
			return 0;
		}
		s->need_compact = 1;
		off = end;
		*good = off;
		lineno++;
	}
	return 0;
}

/* ---- paths, annotator, lock ---- */

static char *default_annotator(void)
{
	struct passwd *pw = getpwuid(geteuid());
	if (pw && pw->pw_name && *pw->pw_name)
		return tt_xstrdup(pw->pw_name);
	const char *u = getenv("USER");
	return tt_xstrdup(u && *u ? u : "anonymous");
}

/* The annotator from the user's config, or NULL. A bad config is the view's
 * or the command's to report; here it only means "no name from there". */
static char *config_annotator(void)
{
	tt_config c;
	char *name = NULL;
	if (tt_config_load(&c, NULL, NULL) == 0 && c.annotator && *c.annotator)
		name = tt_xstrdup(c.annotator);
	tt_config_free(&c);
	return name;
}

char *tt_tagstore_annotator_default(void)
{
	char *name = config_annotator();
	return name ? name : default_annotator();
}

char *tt_tagstore_default_path(const char *thread_id, const char *annotator)
{
	tt_buf rel = {0};
	tt_buf_adds(&rel, "tags/");
	tt_path_component(&rel, thread_id);
	tt_buf_addc(&rel, '/');
	tt_path_component(&rel, annotator);
	tt_buf_adds(&rel, ".yaml");
	char *path = tt_xdg_path("data", rel.data);
	tt_buf_free(&rel);
	return path;
}

/* Removes temp files an interrupted compaction left beside the store; safe
 * only while holding the lock. */
static void remove_stale_temps(const char *path)
{
	char *d = tt_xstrdup(path), *b = tt_xstrdup(path);
	const char *dir = dirname(d), *base = basename(b);
	char *prefix = tt_xasprintf("%s.tmp.", base);
	DIR *dp = opendir(dir);
	struct dirent *de;
	while (dp && (de = readdir(dp)))
		if (!strncmp(de->d_name, prefix, strlen(prefix))) {
			char *p = tt_xasprintf("%s/%s", dir, de->d_name);
			unlink(p);
			free(p);
		}
	if (dp)
		closedir(dp);
	free(prefix);
	free(d);
	free(b);
}

/* Opens and locks the journal. Returns 0 (locked), 1 (someone else holds it)
 * or -1 with errno. The journal is unlinked on close, so after locking we make
 * sure the file we hold is still the one at the path. */
static int take_lock(tt_tagstore *s)
{
	for (int tries = 0; tries < 100; tries++) {
		int fd = open(s->journal_path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		if (fd < 0)
			return -1;
		if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
			int e = errno;
			close(fd);
			if (e == EWOULDBLOCK)
				return 1;
			errno = e;
			return -1;
		}
		struct stat a, b;
		if (fstat(fd, &a) == 0 && stat(s->journal_path, &b) == 0 && a.st_ino == b.st_ino &&
		    a.st_dev == b.st_dev) {
			s->fd = fd;
			return 0;
		}
		close(fd);
	}
	errno = EAGAIN;
	return -1;
}

/* A store reached through several hard links cannot be saved safely: the
 * rename that saves it would give one name the new file and leave the others
 * on the old one, and each name would take its own lock. STORE.bak, our own
 * backup, is the one second name allowed. */
static int check_single_name(tt_tagstore *s, tt_error *err, int *errno_out)
{
	struct stat st, bst;
	if (lstat(s->path, &st) < 0)
		return 0;
	if (!S_ISREG(st.st_mode)) {
		if (errno_out)
			*errno_out = 0; /* bad data: exit 65 */
		return tt_error_set(err, s->path, 0, 0, "the tag store is not a regular file");
	}
	char *bak = tt_xasprintf("%s.bak", s->path);
	int ours = st.st_nlink == 2 && stat(bak, &bst) == 0 && bst.st_ino == st.st_ino &&
	           bst.st_dev == st.st_dev;
	free(bak);
	if (st.st_nlink < 2 || ours)
		return 0;
	if (errno_out)
		*errno_out = EMLINK;
	return tt_error_set(err, s->path, 0, 0,
	                    "the tag store has %lu names (hard links); saving it would split "
	                    "them, so it is not changed: keep one name (a symbolic link is fine)",
	                    (unsigned long)st.st_nlink);
}

static int open_journal(tt_tagstore *s, tt_error *err, int *errno_out)
{
	if (s->readonly)
		return 0;
	struct stat st;
	s->made_journal = stat(s->journal_path, &st) < 0 && errno == ENOENT;
	int rc = take_lock(s);
	if (rc == 1) {
		s->readonly = 1;
		add_notice(s, "%s is open in another threadtag: read-only", s->path);
		return 0;
	}
	if (rc < 0) {
		if (errno_out)
			*errno_out = errno;
		return tt_error_set(err, s->journal_path, 0, 0, "cannot open the journal: %s",
				    strerror(errno));
	}
	/* Counted under the lock: a save by another process links STORE.bak and
	 * renames over STORE, and seen halfway from outside the lock the names
	 * of two different saves look like a stranger's hard link. */
	if (check_single_name(s, err, errno_out) < 0)
		return -1;
	remove_stale_temps(s->path);
	/* A new journal's name must survive a power cut as well as its contents:
	 * without that, no change written to it could be called saved. */
	if (s->made_journal && tt_fsync_dir_of(s->journal_path) < 0) {
		if (errno_out)
			*errno_out = errno;
		return tt_error_set(
		    err, s->journal_path, 0, 0,
		    "cannot make the new journal durable (fsync of its folder: %s); "
		    "nothing was changed",
		    strerror(errno));
	}
	return 0;
}

static int load_journal(tt_tagstore *s, tt_error *err, int *errno_out)
{
	size_t len = 0, good = 0;
	char *buf = tt_read_file(s->journal_path, &len);
	if (!buf) {
		if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		if (errno_out)
			*errno_out = errno;
		return tt_error_set(err, s->journal_path, 0, 0, "%s", strerror(errno));
	}
	int rc = replay(s, buf, len, &good, err);
	free(buf);
	s->journal_bytes = good;
	/* New entries must not be glued to a torn one. */
	if (rc == 0 && good < len && s->fd >= 0 && ftruncate(s->fd, (off_t)good) == 0)
		fdatasync(s->fd);
	return rc;
}

static void setup_counts(tt_tagstore *s)
{
	if (s->value_counts)
		return;
	const tt_scheme *sc = s->scheme;
	s->value_counts = tt_xcalloc(sc->ndims ? sc->ndims : 1, sizeof *s->value_counts);
	for (size_t d = 0; d < sc->ndims; d++)
		s->value_counts[d] = tt_xcalloc(sc->dims[d].nvalues + 1, sizeof **s->value_counts);
	s->label_counts = tt_xcalloc(sc->nlabels + 1, sizeof *s->label_counts);
}

/* ---- the summary: a checked binary copy of the store ---- */

/* The summary (tagindex.h) of a store file: these numbers, the counts of
 * each dimension's values and of the labels (as setup_counts lays them out),
 * the store's own notices, then one record per tagged item (its whole state;
 * the summary's items point at them). header_len is first so it can be read
 * before the scheme is known. */
enum {
	SUM_HEADER_LEN,
	SUM_COUNT,
	SUM_ORPHANS,
	SUM_UNKNOWN,
	SUM_COMMENTS,
	SUM_NOTICE_LEN,
	SUM_FIELDS
};
#define NO_STR UINT32_MAX

static void store_free(tt_tagstore *s);
static void account(tt_tagstore *s, const struct entry *e, int sign);
static struct entry *at(tt_tagstore *s, size_t i);

static size_t ncounts(const tt_scheme *sc)
{
	size_t n = sc->nlabels + 1;
	for (size_t d = 0; d < sc->ndims; d++)
		n += sc->dims[d].nvalues + 1;
	return n;
}

/* The store file's last line: its end line holds the CRC of the rest, so a
 * store rewritten in any way (even with its stamp restored) ends otherwise. */
static void store_tail(const char *path, char out[96])
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n = 0;
	if (fd >= 0 && fstat(fd, &st) == 0)
		n = pread(fd, out, 95, st.st_size > 95 ? st.st_size - 95 : 0);
	if (fd >= 0)
		close(fd);
	out[n > 0 ? n : 0] = '\0';
	if (n > 0 && out[n - 1] == '\n')
		out[n - 1] = '\0';
	char *nl = strrchr(out, '\n');
	if (nl)
		memmove(out, nl + 1, strlen(nl + 1) + 1);
}

/* What the summary depends on besides the file's stamp: the thread (ranks,
 * orphans), the scheme (unknown values, counts) and the store's end line.
 * Caller frees. */
static char *summary_key(const tt_tagstore *s)
{
	char v[TT_SCHEME_VERSION_LEN], tail[96];
	tt_scheme_version(s->scheme, v);
	store_tail(s->path, tail);
	return tt_xasprintf("%s %s %zu %s", s->checksum, v, ncounts(s->scheme), tail);
}

static void put_u32(tt_buf *b, uint32_t v)
{
	tt_buf_add(b, &v, sizeof v);
}

static void put_str(tt_buf *b, const char *p)
{
	size_t n = p ? strlen(p) : 0;
	put_u32(b, p && n < NO_STR ? (uint32_t)n : NO_STR);
	if (p && n < NO_STR)
		tt_buf_add(b, p, n);
}

static void put_record(tt_buf *b, const struct entry *e, size_t nd)
{
	const struct state *st = &e->st;
	put_str(b, e->item);
	for (size_t d = 0; d < nd; d++)
		put_str(b, st->values[d]);
	put_u32(b, (uint32_t)st->nextra);
	for (size_t i = 0; i < st->nextra; i++) {
		put_str(b, st->xkeys[i]);
		put_str(b, st->xvals[i]);
	}
	put_u32(b, (uint32_t)st->nlabels);
	for (size_t i = 0; i < st->nlabels; i++)
		put_str(b, st->labels[i]);
	const char *rest[] = {st->note,           st->state,     st->reason,
	                      st->scheme_version, st->annotator, st->time};
	for (size_t i = 0; i < sizeof rest / sizeof *rest; i++)
		put_str(b, rest[i]);
}

/* Writes the summary of the store file (stat st, header_len bytes of header)
 * from the present entries, which must be what the file holds. */
static void write_summary(tt_tagstore *s, const struct stat *st, size_t header_len,
                          const char *notice)
{
	const tt_scheme *sc = s->scheme;
	size_t nn = strlen(notice), n = 0;
	uint64_t v[SUM_FIELDS] = {header_len, s->count, s->orphans, s->unknown, s->comments, nn};
	tt_buf b = {0};
	tt_buf_add(&b, v, sizeof v);
	for (size_t d = 0; d < sc->ndims; d++)
		tt_buf_add(&b, s->value_counts[d], (sc->dims[d].nvalues + 1) * sizeof(uint64_t));
	tt_buf_add(&b, s->label_counts, (sc->nlabels + 1) * sizeof(uint64_t));
	tt_buf_add(&b, notice, nn);
	tt_tagindex_item *items = tt_xmalloc((s->count + 1) * sizeof *items);
	for (size_t i = 0; i < s->nslots; i++) {
		const struct entry *e = s->slots[i];
		if (!e || !e->present || n == s->count)
			continue;
		size_t off = b.len;
		put_record(&b, e, sc->ndims);
		items[n++] = (tt_tagindex_item){tt_tagindex_item_hash(e->item), off, b.len - off};
	}
	char *path = tt_tagindex_path_for(s->path), *key = summary_key(s);
	(void)tt_tagindex_write(path, st, key, b.data, b.len, items, n);
	free(key);
	free(path);
	free(items);
	tt_buf_free(&b);
}

/* A bounded reader over a record. */
struct rd {
	const char *p, *end;
	int bad;
};

static uint32_t rd_u32(struct rd *r)
{
	uint32_t v = 0;
	if ((size_t)(r->end - r->p) < sizeof v) {
		r->bad = 1;
		return 0;
	}
	memcpy(&v, r->p, sizeof v);
	r->p += sizeof v;
	return v;
}

static char *rd_str(struct rd *r)
{
	uint32_t n = rd_u32(r);
	if (r->bad || n == NO_STR)
		return NULL;
	if ((size_t)(r->end - r->p) < n) {
		r->bad = 1;
		return NULL;
	}
	char *out = tt_xstrndup(r->p, n);
	r->p += n;
	return out;
}

/* Decodes the record of *it into st and *item (caller frees). 0, or -1 when
 * it does not read whole (then st holds what was read, for state_clear). */
static int read_record_at(const tt_tagstore *s, const tt_tagindex_item *it, struct state *st,
                          char **item)
{
	size_t nd = s->scheme->ndims;
	const char *base = tt_tagindex_summary(s->tix, it->off, it->len);
	if (!base) { /* not in the summary, or in a damaged block of it */
		*item = NULL;
		return -1;
	}
	struct rd r = {base, base + it->len, 0};
	*item = rd_str(&r);
	for (size_t d = 0; d < nd; d++)
		st->values[d] = rd_str(&r);
	uint32_t n = rd_u32(&r);
	if (n > it->len)
		r.bad = 1;
	for (uint32_t i = 0; i < n && !r.bad; i++) {
		st->xkeys = tt_xrealloc(st->xkeys, (st->nextra + 1) * sizeof *st->xkeys);
		st->xvals = tt_xrealloc(st->xvals, (st->nextra + 1) * sizeof *st->xvals);
		st->xkeys[st->nextra] = rd_str(&r);
		st->xvals[st->nextra++] = rd_str(&r);
		r.bad |= !st->xkeys[st->nextra - 1] || !st->xvals[st->nextra - 1];
	}
	n = rd_u32(&r);
	if (n > it->len)
		r.bad = 1;
	for (uint32_t i = 0; i < n && !r.bad; i++) {
		char *l = rd_str(&r);
		if (l)
			add_label(st, l);
		r.bad |= !l;
		free(l);
	}
	char **rest[] = {&st->note,           &st->state,     &st->reason,
	                 &st->scheme_version, &st->annotator, &st->time};
	for (size_t i = 0; i < sizeof rest / sizeof *rest; i++)
		*rest[i] = rd_str(&r);
	r.bad |= !*item || r.p != r.end || (st->state && !tt_tag_state_valid(st->state));
	return r.bad ? -1 : 0;
}

/* Takes the whole store's counts and notices from the summary. */
static int use_summary(tt_tagstore *s, int counts)
{
	const tt_scheme *sc = s->scheme;
	size_t nc = ncounts(sc), k = SUM_FIELDS;
	const char *p = tt_tagindex_summary(s->tix, 0, (SUM_FIELDS + nc) * sizeof(uint64_t));
	if (!p)
		return -1;
	uint64_t *v = tt_xmalloc((SUM_FIELDS + nc) * sizeof *v);
	memcpy(v, p, (SUM_FIELDS + nc) * sizeof *v);
	size_t off = (SUM_FIELDS + nc) * sizeof(uint64_t), nn = v[SUM_NOTICE_LEN];
	const char *notice = tt_tagindex_summary(s->tix, off, nn);
	int ok = notice != NULL;
	setup_counts(s);
	if (ok && counts) {
		s->count = v[SUM_COUNT];
		s->orphans = v[SUM_ORPHANS];
		s->unknown = v[SUM_UNKNOWN];
		s->comments = v[SUM_COMMENTS];
		for (size_t d = 0; d < sc->ndims; d++)
			for (size_t i = 0; i <= sc->dims[d].nvalues; i++)
				s->value_counts[d][i] = v[k++];
		for (size_t i = 0; i <= sc->nlabels; i++)
			s->label_counts[i] = v[k++];
	}
	free(v);
	if (ok && nn)
		add_notice(s, "%.*s", (int)nn, notice);
	return ok ? 0 : -1;
}

/* Reads bytes [off, off + len) of the store file. Caller frees; NULL on error. */
static char *read_range(const tt_tagstore *s, uint64_t off, uint64_t len)
{
	char *buf = tt_xmalloc(len + 1);
	size_t got = 0;
	while (got < len) {
		ssize_t n = pread(s->store_fd, buf + got, len - got, (off_t)(off + got));
		if (n <= 0) {
			free(buf);
			return NULL;
		}
		got += (size_t)n;
	}
	buf[len] = '\0';
	return buf;
}

static int fill_all(tt_tagstore *s);

/* A new entry for a decoded record, taken as it is: the counts already
 * include it (partial) or are made by the caller. */
static struct entry *adopt(tt_tagstore *s, char *item, struct state *st)
{
	struct entry *e = insert_entry(s, slot_of(s, item), item, 0);
	e->st = *st;
	memset(st, 0, sizeof *st);
	e->present = !state_empty(&e->st, s->scheme->ndims);
	e->unknown = e->present ? unknown_in(s->scheme, &e->st) : 0;
	refresh_view(e);
	s->order_dirty = 1;
	return e;
}

/* An item of a partial store not read yet: its record from the summary;
 * NULL when the store lacks it. */
static struct entry *from_disk(tt_tagstore *s, const char *item)
{
	const tt_tagindex_item *c;
	size_t nd = s->scheme->ndims, n = tt_tagindex_find(s->tix, tt_tagindex_item_hash(item), &c);
	if (n == SIZE_MAX) /* a damaged block: read the store itself instead */
		return fill_all(s) == 0 ? lookup(s, item) : NULL;
	for (size_t i = 0; i < n; i++) {
		struct state st;
		char *got = NULL;
		state_init(&st, nd);
		int rc = read_record_at(s, &c[i], &st, &got);
		if (rc == 0 && !strcmp(got, item))
			return adopt(s, got, &st);
		state_clear(&st, nd);
		free(got);
		if (rc < 0) /* never trusted: read the store itself instead */
			return fill_all(s) == 0 ? lookup(s, item) : NULL;
	}
	return NULL;
}

/* Counts from the entries themselves. */
static void recount(tt_tagstore *s)
{
	const tt_scheme *sc = s->scheme;
	s->count = s->orphans = s->unknown = s->comments = 0;
	for (size_t d = 0; d < sc->ndims; d++)
		memset(s->value_counts[d], 0, (sc->dims[d].nvalues + 1) * sizeof **s->value_counts);
	memset(s->label_counts, 0, (sc->nlabels + 1) * sizeof *s->label_counts);
	for (size_t i = 0; i < s->nslots; i++)
		if (s->slots[i])
			account(s, s->slots[i], 1);
}

static void end_partial(tt_tagstore *s)
{
	tt_tagindex_close(s->tix);
	s->tix = NULL;
	if (s->store_fd >= 0)
		close(s->store_fd);
	s->store_fd = -1;
	s->partial = 0;
}

/* Makes a partial store whole: reads the file in full (we hold the lock, so
 * it is the file the summary describes) and adds the items not in memory,
 * whose state there is current (every change since went through memory). */
static int fill_all(tt_tagstore *s)
{
	if (!s->partial)
		return 0;
	tt_tagstore *f = tt_xcalloc(1, sizeof *f);
	tt_error err;
	f->thread = s->thread;
	f->fd = f->store_fd = -1;
	f->end_count = SIZE_MAX;
	f->path = tt_xstrdup(s->path);
	f->journal_path = tt_xstrdup(s->journal_path);
	f->scheme = tt_scheme_copy(s->scheme);
	s->partial = 0; /* the lookups below must not read the file again */
	int rc = load_store(f, 1, &err, NULL);
	for (size_t i = 0; rc == 0 && i < f->nslots; i++) {
		struct entry *e = f->slots[i];
		if (!e || lookup(s, e->item))
			continue;
		*slot_of(s, e->item) = e;
		s->nentries++;
		f->slots[i] = NULL;
	}
	store_free(f);
	end_partial(s);
	if (rc < 0) {
		s->broken = 1;
		s->broken_err = err;
		add_notice(s, "%s", err.msg);
		return -1;
	}
	recount(s);
	s->order_dirty = 1;
	return 0;
}

/* Opens the store's summary and reads the store's header (scheme, thread,
 * annotator) from the file when the summary is whole and current for this
 * file, thread and scheme. 1 when so, 0 when not (s->tix then NULL). */
static int summary_open(tt_tagstore *s, const tt_tagstore_opts *o, struct stat *st)
{
	char *ipath = tt_tagindex_path_for(s->path), *key = NULL, *head = NULL;
	memset(st, 0, sizeof *st);
	s->store_fd = open(s->path, O_RDONLY | O_CLOEXEC);
	if (s->store_fd >= 0 && fstat(s->store_fd, st) == 0 && S_ISREG(st->st_mode))
		s->tix = tt_tagindex_open(ipath, st);
	free(ipath);
	const char *v = s->tix ? tt_tagindex_summary(s->tix, 0, SUM_FIELDS * sizeof(uint64_t)) : NULL;
	uint64_t hl = 0;
	if (v)
		memcpy(&hl, v + SUM_HEADER_LEN * sizeof hl, sizeof hl);
	if (hl && hl <= (uint64_t)st->st_size)
		head = read_range(s, 0, hl);
	tt_error err;
	tt_yreader *r = head ? tt_yreader_open_mem(s->path, head, hl, MAX_YAML_DEPTH, &err) : NULL;
	struct ld L = {.s = s, .r = r, .err = &err};
	int ok = r && lnext(&L) == 0 && L.ev.type == TT_Y_MAP_START &&
	         read_store_body(&L, o->scheme_path != NULL) == 0 && lnext(&L) == 0 &&
	         L.ev.type == TT_Y_END;
	tt_yreader_close(r);
	free(head);
	if (ok)
		key = summary_key(s);
	ok = ok && tt_tagindex_key_is(s->tix, key);
	free(key);
	if (!ok)
		end_partial(s);
	return ok;
}

/* Opens s reading only the header, the journal (later) and the items asked
 * for, when the store's summary is current. 1 when done (an item the
 * summary failed on made it read the whole store), -1 when even that failed,
 * 0 when not possible: then the caller reads the store in full (what was
 * read here it reads again). */
static int open_partial(tt_tagstore *s, const tt_tagstore_opts *o)
{
	struct stat st;
	if (!summary_open(s, o, &st))
		return 0;
	/* a changed thread is noticed and folded on close: that needs it all */
	if (!s->stored_checksum || strcmp(s->stored_checksum, s->checksum) ||
	    use_summary(s, 1) < 0) {
		end_partial(s);
		return 0;
	}
	s->partial = s->from_summary = 1;
	s->store_exists = 1;
	s->store_bytes = (size_t)st.st_size;
	for (size_t i = 0; i < o->nitems && s->partial; i++)
		lookup(s, o->items[i]);
	return s->broken ? -1 : 1;
}

/* After a full read (before the journal): the summary of what was read, for
 * the next open. */
static void summary_after_load(tt_tagstore *s)
{
	struct tix_build *tb = s->tb;
	if (!tb || !tb->ok || !s->store_exists)
		return;
	const char *notice = s->notice.data ? s->notice.data + s->notice_from : "";
	if (s->notice_from && *notice)
		notice += 2; /* the "; " joining it to earlier ones */
	write_summary(s, &tb->st, tb->header_len, notice);
}

/* After a compaction, which wrote yaml (len bytes) from memory: the summary
 * of the new file, unless items the scheme does not know would need notices
 * with their new lines (the next full read writes it then). */
static void summary_after_compact(tt_tagstore *s, const char *yaml, size_t len)
{
	struct stat st;
	const char *tags = len > 6 ? memmem(yaml, len, "\ntags:", 6) : NULL;
	if (s->unknown || !tags || stat(s->path, &st) < 0)
		return;
	write_summary(s, &st, (size_t)(tags - yaml) + 1, "");
}

/* Reads every record of the summary into pending; 0, or -1 (nothing kept). */
static int read_all_records(tt_tagstore *s, struct state **sts, char ***items, size_t *n)
{
	const tt_tagindex_item *all;
	size_t nd = s->scheme->ndims, count = tt_tagindex_count(s->tix, &all), k;
	int rc = 0;
	if (count == SIZE_MAX) { /* a damaged block: nothing is read */
		count = 0;
		rc = -1;
	}
	*sts = tt_xcalloc(count + 1, sizeof **sts);
	*items = tt_xcalloc(count + 1, sizeof **items);
	for (k = 0; k < count && rc == 0; k++) {
		state_init(&(*sts)[k], nd);
		rc = read_record_at(s, &all[k], &(*sts)[k], &(*items)[k]);
		rc = rc == 0 && all[k].hash != tt_tagindex_item_hash((*items)[k]) ? -1 : rc;
	}
	*n = k;
	return rc;
}

/* Opens s from the summary's copy of every item, when it is current and the
 * store file whole (its end line's CRC): no YAML but the header is parsed.
 * 1 when done, 0 when not possible (s as the caller left it, but for the
 * header read again by the full read). */
static int open_copy(tt_tagstore *s, const tt_tagstore_opts *o)
{
	struct stat st;
	if (!summary_open(s, o, &st))
		return 0;
	char *buf = read_range(s, 0, (uint64_t)st.st_size);
	struct state *sts = NULL;
	char **items = NULL;
	size_t n = 0, nd = s->scheme->ndims;
	tt_error e2;
	int ok = buf && check_end(s, buf, (size_t)st.st_size, &e2) == 0 &&
	         read_all_records(s, &sts, &items, &n) == 0 && use_summary(s, 0) == 0;
	for (size_t i = 0; i < n; i++) {
		if (ok && !lookup(s, items[i]))
			account(s, adopt(s, items[i], &sts[i]), 1);
		else
			free(items[i]);
		state_clear(&sts[i], nd);
	}
	free(sts);
	free(items);
	free(buf);
	end_partial(s);
	if (!ok)
		return 0;
	s->from_summary = s->store_exists = 1;
	s->store_bytes = (size_t)st.st_size;
	return 1;
}

static void free_changes(tt_tagstore *s, struct changes *c)
{
	for (size_t i = 0; i < c->n; i++) {
		state_free(c->v[i].before, s->scheme->ndims);
		state_free(c->v[i].after, s->scheme->ndims);
	}
	c->n = 0;
}

static void store_free(tt_tagstore *s)
{
	if (s->fd >= 0)
		close(s->fd); /* also releases the lock */
	end_partial(s);
	free(s->tb);
	size_t nd = s->scheme ? s->scheme->ndims : 0;
	if (s->scheme) {
		free_changes(s, &s->undo);
		free_changes(s, &s->redo);
	}
	free(s->undo.v);
	free(s->redo.v);
	for (size_t i = 0; i < s->nslots; i++)
		if (s->slots[i]) {
			state_clear(&s->slots[i]->st, nd);
			free(s->slots[i]->item);
			free(s->slots[i]);
		}
	free(s->slots);
	free(s->order);
	for (size_t d = 0; s->value_counts && d < nd; d++)
		free(s->value_counts[d]);
	free(s->value_counts);
	free(s->label_counts);
	tt_scheme_free(s->scheme);
	free(s->path);
	free(s->journal_path);
	free(s->annotator);
	free(s->stored_checksum);
	free(s->checksum);
	tt_buf_free(&s->notice);
	free(s);
}

static int resolve_scheme(tt_tagstore *s, const tt_tagstore_opts *o, tt_error *err)
{
	if (o->scheme_path) {
		s->scheme = tt_scheme_load(o->scheme_path, err);
		return s->scheme ? 0 : -1;
	}
	s->scheme = tt_scheme_default();
	return 0;
}

static int valid_utf8(const char *p);

/* Names go into YAML and file names: printable UTF-8, no line breaks. */
static int check_annotator(const char *path, const char *name, tt_error *err)
{
	if (!name)
		return 0;
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return tt_error_set(err, path, 0, 0,
					    "the annotator name contains a control character");
	if (!*name || !valid_utf8(name))
		return tt_error_set(err, path, 0, 0, "the annotator name must be non-empty UTF-8");
	return 0;
}

static void opening_notices(tt_tagstore *s)
{
	if (s->stored_checksum && strcmp(s->stored_checksum, s->checksum))
		add_notice(s, "the thread changed since these tags were saved");
	if (s->orphans)
		add_notice(s, "%zu tagged item%s no longer in the thread (kept)", s->orphans,
			   s->orphans == 1 ? " is" : "s are");
	if (s->unknown)
		add_notice(s, "%zu value%s or label%s not in the scheme (kept)", s->unknown,
			   s->unknown == 1 ? "" : "s", s->unknown == 1 ? "" : "s");
}

/* The store's own name, whatever way the user named it: symbolic links are
 * resolved, so every path to one store takes the same lock and journal (a
 * store that does not exist yet is named by its resolved folder). The folder
 * is created first when the store is to be written. Caller frees; NULL +
 * err when a link points nowhere. */
static char *store_identity(const char *path, int writable, tt_error *err, int *errno_out)
{
	char *d = tt_xstrdup(path), *b = tt_xstrdup(path);
	if (writable)
		tt_mkdirs(dirname(d)); /* failures show when the journal is opened */
	free(d);
	d = tt_xstrdup(path);
	char *real = realpath(path, NULL), *dir = NULL;
	struct stat st;
	/* Another process may create the store between the two looks: a name that
	 * exists by the second is looked up again, not taken for a dangling link. */
	if (!real && errno == ENOENT && lstat(path, &st) == 0 && !S_ISLNK(st.st_mode))
		real = realpath(path, NULL);
	if (!real && errno == ENOENT && lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		if (errno_out)
			*errno_out = ENOENT;
		tt_error_set(err, path, 0, 0, "the tag store is a symbolic link to a missing file");
	} else if (!real && (dir = realpath(dirname(d), NULL))) {
		real = tt_xasprintf("%s/%s", strcmp(dir, "/") ? dir : "", basename(b));
	} else if (!real) {
		real = tt_xstrdup(path); /* nothing there yet: opening reports it */
	}
	free(dir);
	free(d);
	free(b);
	return real;
}

/* Pins the store file's current version: an open descriptor keeps its inode
 * from being reused, so "the path still names this inode" later means the
 * store was not replaced meanwhile. -1 when there is no store. */
static int pin_store(const char *path)
{
	return open(path, O_RDONLY | O_CLOEXEC);
}

static int still_pinned(const char *path, int pin)
{
	struct stat a, b;
	if (pin < 0)
		return stat(path, &b) < 0;
	return fstat(pin, &a) == 0 && stat(path, &b) == 0 && a.st_ino == b.st_ino &&
	       a.st_dev == b.st_dev;
}

/* One attempt at opening. *raced is set when, without the lock, the writer
 * compacted while we read (the store and journal read may not match). */
static tt_tagstore *open_once(const tt_thread *t, const tt_tagstore_opts *o, tt_error *err,
			      int *errno_out, int *raced)
{
	tt_tagstore *s = tt_xcalloc(1, sizeof *s);
	s->thread = t;
	s->fd = s->store_fd = -1;
	s->readonly = o->readonly;
	s->compact_every = o->compact_every;
	s->keep_journal = o->keep_journal;
	s->end_count = SIZE_MAX;
	s->checksum = thread_checksum(t);
	if (o->annotator && *o->annotator)
		s->annotator = tt_xstrdup(o->annotator);
	else if (!o->path && !(s->annotator = config_annotator()))
		s->annotator = default_annotator();
	char *typed = o->path ? tt_xstrdup(o->path) : tt_tagstore_default_path(t->id, s->annotator);
	s->path = store_identity(typed, !o->readonly, err, errno_out);
	free(typed);
	if (!s->path) {
		store_free(s);
		return NULL;
	}
	s->journal_path = tt_xasprintf("%s.journal", s->path);
	int rc = check_annotator(s->path, s->annotator, err);
	if (rc == 0)
		rc = resolve_scheme(s, o, err);
	if (rc == 0)
		rc = open_journal(s, err, errno_out);
	int pin = s->fd < 0 ? pin_store(s->path) : -1;
	/* A command changing a few items reads those only (see open_partial);
	 * it runs with the lock held, so the store cannot change meanwhile. */
	int part = rc == 0 && o->items && s->fd >= 0 ? open_partial(s, o) : 0;
	if (part < 0) {
		*err = s->broken_err;
		rc = -1;
	}
	if (rc == 0 && !part)
		part = open_copy(s, o);
	if (rc == 0 && !part) {
		/* A writer leaves a summary for the next open (it holds the lock, so
		 * the file read is the file stamped); a reader does not pay for it. */
		s->tb = s->fd >= 0 ? tt_xcalloc(1, sizeof *s->tb) : NULL;
		if (s->tb)
			s->tb->ok = 1;
		s->notice_from = s->notice.len;
		rc = load_store(s, o->scheme_path != NULL, err, errno_out);
	}
	if (rc == 0) {
		setup_counts(s);
		summary_after_load(s);
		rc = load_journal(s, err, errno_out);
	}
	if (rc == 0 && s->broken) { /* the journal named an item the summary failed on */
		*err = s->broken_err;
		rc = -1;
	}
	*raced = s->fd < 0 && !still_pinned(s->path, pin);
	if (pin >= 0)
		close(pin);
	if (rc < 0 || *raced) {
		if (s->fd >= 0 && s->made_journal)
			unlink(s->journal_path); /* leave the directory as we found it */
		store_free(s);
		return NULL;
	}
	if (!s->annotator && !(s->annotator = config_annotator()))
		s->annotator = default_annotator();
	tt_scheme_version(s->scheme, s->scheme_version);
	opening_notices(s);
	return s;
}

tt_tagstore *tt_tagstore_open(const tt_thread *t, const tt_tagstore_opts *o, tt_error *err,
			      int *errno_out)
{
	static const tt_tagstore_opts none;
	tt_error scratch;
	if (!o)
		o = &none;
	if (!err)
		err = &scratch;
	for (int tries = 0;; tries++) {
		int raced = 0;
		if (errno_out)
			*errno_out = 0;
		tt_tagstore *s = open_once(t, o, err, errno_out, &raced);
		if (s || !raced)
			return s;
		if (tries == 20) {
			tt_error_set(err, o->path ? o->path : "tag store", 0, 0,
				     "the store kept being rewritten while it was read; try again");
			return NULL;
		}
	}
}

/* ---- compaction ---- */

static struct entry *at(tt_tagstore *s, size_t i);

static char *store_yaml(tt_tagstore *s, size_t *len)
{
	tt_yemit *em = tt_yemit_new();
	tt_yemit_map_start(em, 0);
	tt_yemit_kv_int(em, "threadtag_tags", TT_TAGS_FORMAT);
	tt_yemit_raw(em, "thread");
	tt_yemit_map_start(em, 0);
	tt_yemit_kv(em, "id", s->thread->id);
	tt_yemit_kv(em, "title", s->thread->article.title);
	tt_yemit_kv(em, "checksum", s->checksum);
	tt_yemit_map_end(em);
	tt_yemit_kv(em, "annotator", s->annotator);
	tt_yemit_raw(em, "scheme");
	tt_scheme_emit(s->scheme, em);
	tt_yemit_raw(em, "tags");
	tt_yemit_map_start(em, s->count == 0);
	for (size_t i = 0; i < s->count; i++) {
		struct entry *e = at(s, i);
		tt_yemit_str(em, e->item, TT_YS_ANY);
		tt_yemit_map_start(em, 0);
		emit_state(em, s->scheme, &e->st, 0);
		tt_yemit_map_end(em);
	}
	tt_yemit_map_end(em);
	tt_yemit_map_end(em);
	char *out = NULL;
	if (tt_yemit_finish(em, &out, len) < 0)
		out = NULL;
	tt_yemit_free(em);
	if (!out || (*len >= 4 && !memcmp(out + *len - 4, "...\n", 4)))
		return free(out), NULL; /* the end line must follow the mapping */
	/* The end line: a store cut anywhere lacks it (doc/tag-format.md). */
	unsigned long crc = crc32(0L, (const Bytef *)out, (uInt)*len);
	char end[64];
	int n = snprintf(end, sizeof end, "end: %zu %08lx\n", s->count, crc);
	out = tt_xrealloc(out, *len + (size_t)n + 1);
	memcpy(out + *len, end, (size_t)n + 1);
	*len += (size_t)n;
	return out;
}

/* Keeps the store being replaced as STORE.bak (a second name for the same
 * file, so it costs no copy): the version to go back to if the new one is
 * ever found damaged. Best effort: a store without a backup is still saved. */
static void keep_backup(const tt_tagstore *s)
{
	char *bak = tt_xasprintf("%s.bak", s->path);
	unlink(bak);
	if (s->store_exists)
		link(s->path, bak);
	free(bak);
}

/* Says what a failed save means: nothing is lost while the journal stays. */
static int save_failed(tt_tagstore *s, const char *why, tt_error *err)
{
	return tt_error_set(err, s->path, 0, 0,
	                    "cannot save the tag store (%s); every change is recorded in the "
	                    "journal %s, which is kept and folded into the store next time",
	                    why, s->journal_path);
}

int tt_tagstore_compact(tt_tagstore *s, tt_error *err)
{
	if (s->readonly)
		return tt_error_set(err, s->path, 0, 0, "the tag store is open read-only");
	(void)tt_tagstore_fold_poll(s, 1, NULL); /* two writers of one store file: never */
	if (s->partial && fill_all(s) < 0)
		return save_failed(s, s->broken_err.msg, err);
	size_t len;
	char *yaml = store_yaml(s, &len);
	if (!yaml)
		return save_failed(s, "the YAML emitter failed", err);
	keep_backup(s);
	/* A failure after the rename (the directory's fsync) leaves the new store
	 * in place but perhaps not durable: the journal must stay either way. */
	int rc = tt_write_atomic(s->path, yaml, len);
	int e = errno;
	if (rc == 0)
		summary_after_compact(s, yaml, len);
	free(yaml);
	if (rc < 0)
		return save_failed(s, strerror(e), err);
	/* The store now holds everything; replaying the old entries would be harmless
	 * (each records a whole state), so a crash right here loses nothing. */
	if (ftruncate(s->fd, 0) < 0 || fdatasync(s->fd) < 0)
		return tt_error_set(err, s->journal_path, 0, 0, "cannot reset the journal: %s",
				    strerror(errno));
	s->store_exists = 1;
	s->store_bytes = len;
	s->journal_bytes = 0;
	s->journal_folded = 0;
	s->need_compact = 0;
	s->since_compact = 0;
	return 0;
}

/* ---- folding in the background ---- */

enum { FOLD_MIN_JOURNAL = 64 * 1024 }; /* below this a fold on close costs nothing */

/* The child's side: the store written from its copy of memory, which is the
 * store as it was at the fork. The journal is not touched: the parent goes on
 * appending to it, and replaying entries the new store already holds is
 * harmless (each records a whole state). */
static void fold_child(tt_tagstore *s, pid_t parent)
{
	size_t len;
	/* It holds the store's lock with its parent: a fold outliving a killed
	 * viewer would keep others read-only, and is not needed (the journal has
	 * everything). */
	if (prctl(PR_SET_PDEATHSIG, SIGKILL) < 0 || getppid() != parent)
		_exit(3);
	if (s->partial && fill_all(s) < 0)
		_exit(1);
	char *yaml = store_yaml(s, &len);
	if (!yaml)
		_exit(1);
	keep_backup(s);
	if (tt_write_atomic(s->path, yaml, len) < 0)
		_exit(2);
	summary_after_compact(s, yaml, len);
	_exit(0);
}

int tt_tagstore_fold_start(tt_tagstore *s, int force, tt_error *err)
{
	if (s->readonly || s->fd < 0 || s->fold_pid)
		return 0;
	int dirty = s->need_compact || s->since_compact;
	size_t fresh = s->journal_bytes - s->journal_folded; /* what the store lacks */
	if (!dirty || (!force && (fresh < FOLD_MIN_JOURNAL || fresh < s->store_bytes / 4)))
		return 0;
	pid_t self = getpid(), pid = fork();
	if (pid < 0)
		return tt_error_set(err, s->path, 0, 0, "cannot fold the journal in the background: %s",
		                    strerror(errno));
	if (pid == 0)
		fold_child(s, self); /* never returns */
	s->fold_pid = pid;
	s->fold_journal = s->journal_bytes;
	return 1;
}

int tt_tagstore_fold_poll(tt_tagstore *s, int wait, tt_error *err)
{
	int status;
	if (!s->fold_pid)
		return 1;
	pid_t r;
	while ((r = waitpid(s->fold_pid, &status, wait ? 0 : WNOHANG)) < 0 && errno == EINTR)
		;
	if (r == 0)
		return 0;
	s->fold_pid = 0;
	if (r < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		return tt_error_set(err, s->path, 0, 0,
		                    "folding the journal in the background failed; every change "
		                    "stays in the journal %s",
		                    s->journal_path);
	struct stat st;
	if (stat(s->path, &st) == 0) {
		s->store_exists = 1;
		s->store_bytes = (size_t)st.st_size;
	}
	/* Nothing was appended since the snapshot: the store holds it all and the
	 * journal may go. Otherwise the journal stays whole (replaying its first
	 * part is harmless) and the next fold or close takes the rest. */
	if (s->journal_bytes != s->fold_journal) {
		s->journal_folded = s->fold_journal;
		return 1;
	}
	if (ftruncate(s->fd, 0) < 0 || fdatasync(s->fd) < 0)
		return tt_error_set(err, s->journal_path, 0, 0, "cannot reset the journal: %s",
		                    strerror(errno));
	s->journal_bytes = 0;
	s->journal_folded = 0;
	s->need_compact = 0;
	s->since_compact = 0;
	return 1;
}

/* Folding the journal rewrites the whole store. With keep_journal it waits
 * until the journal holds a quarter of the store's bytes, so one command's
 * change costs the change; the journal is replayed by the next open. */
static int fold_on_close(const tt_tagstore *s)
{
	int dirty = s->need_compact || s->since_compact ||
	            (s->stored_checksum && strcmp(s->stored_checksum, s->checksum) && s->count);
	if (!dirty || !(s->store_exists || s->count))
		return 0;
	return !s->keep_journal || !s->store_exists || s->journal_bytes >= s->store_bytes / 4;
}

int tt_tagstore_close(tt_tagstore *s, tt_error *err)
{
	if (!s)
		return 0;
	int rc = 0;
	if (!s->readonly && s->fd >= 0) {
		(void)tt_tagstore_fold_poll(s, 1, NULL); /* a failed one leaves the journal whole */
		int fold = fold_on_close(s);
		if (fold)
			rc = tt_tagstore_compact(s, err);
		/* Unlinked while still locked; a concurrent opener re-checks the inode. */
		if (rc == 0 && (fold || s->journal_bytes == 0))
			unlink(s->journal_path);
	}
	store_free(s);
	return rc;
}

/* ---- queries ---- */

int tt_tagstore_readonly(const tt_tagstore *s)
{
	return s->readonly;
}

int tt_tagstore_partial(const tt_tagstore *s)
{
	return s->partial;
}

int tt_tagstore_from_summary(const tt_tagstore *s)
{
	return s->from_summary;
}

const char *tt_tagstore_notice(const tt_tagstore *s)
{
	return s->notice.len ? s->notice.data : NULL;
}

const char *tt_tagstore_path(const tt_tagstore *s)
{
	return s->path;
}

const char *tt_tagstore_journal_path(const tt_tagstore *s)
{
	return s->journal_path;
}

int tt_tagstore_lock_free(const tt_tagstore *s)
{
	int fd, rc;

	if (!s->readonly)
		return 0;
	fd = open(s->journal_path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? 1 : -1; /* a writer keeps its journal while open */
	/* A shared lock is refused while a writer holds its exclusive one. */
	if (flock(fd, LOCK_SH | LOCK_NB) == 0) {
		flock(fd, LOCK_UN);
		rc = 1;
	} else {
		rc = errno == EWOULDBLOCK ? 0 : -1;
	}
	close(fd);
	return rc;
}

const char *tt_tagstore_annotator(const tt_tagstore *s)
{
	return s->annotator;
}

const tt_scheme *tt_tagstore_scheme(const tt_tagstore *s)
{
	return s->scheme;
}

const tt_tag *tt_tagstore_get(const tt_tagstore *s, const char *item)
{
	const struct entry *e = lookup(s, item);
	return e && e->present ? &e->view : NULL;
}

size_t tt_tagstore_count(const tt_tagstore *s)
{
	return s->count;
}

static int cmp_entry(const void *pa, const void *pb)
{
	const struct entry *a = *(const struct entry *const *)pa;
	const struct entry *b = *(const struct entry *const *)pb;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return strcmp(a->item, b->item);
}

/* The ordered list is rebuilt on the first read after a change, never by the
 * change itself, so a change costs the same in any store. */
static struct entry *at(tt_tagstore *s, size_t i)
{
	if (s->partial && fill_all(s) < 0)
		return NULL;
	if (s->order_dirty || !s->order) {
		free(s->order);
		s->order = tt_xcalloc(s->count + 1, sizeof *s->order);
		s->norder = 0;
		for (size_t k = 0; k < s->nslots; k++)
			if (s->slots[k] && s->slots[k]->present)
				s->order[s->norder++] = s->slots[k];
		qsort(s->order, s->norder, sizeof *s->order, cmp_entry);
		s->order_dirty = 0;
	}
	return i < s->norder ? s->order[i] : NULL;
}

const tt_tag *tt_tagstore_at(const tt_tagstore *s, size_t i)
{
	struct entry *e = at((tt_tagstore *)s, i);
	return e ? &e->view : NULL;
}

size_t tt_tagstore_comments_tagged(const tt_tagstore *s)
{
	return s->comments;
}

size_t tt_tagstore_state_count(const tt_tagstore *s, const char *state)
{
	size_t n = 0;
	if (s->partial)
		fill_all((tt_tagstore *)s);
	for (size_t i = 0; i < s->nslots; i++)
		if (s->slots[i] && s->slots[i]->present && str_eq(s->slots[i]->st.state, state))
			n++;
	return n;
}

size_t tt_tagstore_orphans(const tt_tagstore *s)
{
	return s->orphans;
}

size_t tt_tagstore_unknown(const tt_tagstore *s)
{
	return s->unknown;
}

int tt_tagstore_is_orphan(const tt_tagstore *s, const char *item)
{
	const struct entry *e = lookup(s, item);
	return e && e->orphan;
}

size_t tt_tagstore_value_count(const tt_tagstore *s, size_t dim, size_t value)
{
	if (dim >= s->scheme->ndims || value >= s->scheme->dims[dim].nvalues)
		return 0;
	return s->value_counts[dim][value];
}

size_t tt_tagstore_label_count(const tt_tagstore *s, size_t label)
{
	return label < s->scheme->nlabels ? s->label_counts[label] : 0;
}

int tt_tagstore_item_valid(const tt_tagstore *s, const char *item)
{
	int orphan;
	if (!item || !*item)
		return 0;
	rank_of(s->thread, item, &orphan);
	return !orphan || lookup(s, item) != NULL;
}

void tt_tags_paragraph_item(size_t paragraph, char out[32])
{
	snprintf(out, 32, "%s/%zu", TT_ITEM_ARTICLE, paragraph);
}

/* ---- changes ---- */

static void push_change(struct changes *c, struct entry *e, struct state *before,
			struct state *after)
{
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 64;
		c->v = tt_xrealloc(c->v, c->cap * sizeof *c->v);
	}
	c->v[c->n++] = (struct change){.e = e, .before = before, .after = after};
}

/* Journals the items' new states as one record, then shows them: all of
 * them or, when the record cannot be written, none. Items whose state does
 * not change are left out. Returns 0, 1 when nothing changed, -1 on failure. */
static int commit_many(tt_tagstore *s, struct jitem *v, size_t n, tt_error *err)
{
	size_t nd = s->scheme->ndims, len, k = 0;
	if (s->broken)
		return errno = EIO, tt_error_set(err, s->path, 0, 0,
		                                 "the tag store could not be read back; nothing "
		                                 "was changed");
	for (size_t i = 0; i < n; i++) {
		const struct state *cur = v[i].e->present ? &v[i].e->st : NULL;
		if (v[i].st && state_empty(v[i].st, nd))
			v[i].st = NULL;
		if (!state_same(cur, v[i].st, nd))
			v[k++] = v[i];
	}
	if (!k)
		return 1;
	char *line = journal_record(s, v, k, &len);
	if (!line)
		return tt_error_set(err, s->journal_path, 0, 0,
		                    "cannot encode the change for item '%s'", v[0].e->item);
	int rc = journal_append(s, line, len, err);
	free(line);
	if (rc < 0)
		return -1;
	for (size_t i = 0; i < k; i++) {
		struct state *before = state_dup(v[i].e->present ? &v[i].e->st : NULL, nd);
		apply(s, v[i].e, v[i].st);
		push_change(&s->undo, v[i].e, before, state_dup(v[i].st, nd));
	}
	s->since_compact++;
	return 0;
}

static int commit(tt_tagstore *s, struct entry *e, const struct state *next, tt_error *err)
{
	struct jitem one = {.e = e, .st = next};
	return commit_many(s, &one, 1, err);
}

/* A change only appends to the journal: rewriting the store costs time in
 * proportion to its size, so it waits for close (see tt_tagstore_close).
 * compact_every, when set, folds the journal every so many changes. */
static int due_compaction(const tt_tagstore *s)
{
	return s->compact_every && s->since_compact >= s->compact_every;
}

static void after_change(tt_tagstore *s)
{
	free_changes(s, &s->redo);
	if (due_compaction(s)) {
		tt_error e2;
		if (tt_tagstore_compact(s, &e2) < 0) /* the change itself is safe in the journal */
			add_notice(s, "%s", e2.msg);
	}
}

/* A refused change: errno EINVAL tells callers it was the data (exit 65). */
static int bad(tt_error *err, const char *file, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int bad(tt_error *err, const char *file, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	tt_utf8_vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	errno = EINVAL;
	return tt_error_set(err, file, 0, 0, "%s", msg);
}

/* Strict UTF-8 (no overlongs, surrogates or values past U+10FFFF): the store
 * and journal are YAML, which cannot carry anything else. */
static int valid_utf8(const char *p)
{
	return tt_utf8_valid(p, strlen(p));
}

static int check_note(const tt_tagstore *s, const char *note, tt_error *err)
{
	if (note && !valid_utf8(note))
		return bad(err, s->path, "the note is not valid UTF-8");
	return 0;
}

static int writable(tt_tagstore *s, const char *item, tt_error *err)
{
	if (s->readonly)
		return errno = EROFS, tt_error_set(err, s->path, 0, 0,
						   "the tag store is open read-only; nothing was "
						   "changed");
	if (!tt_tagstore_item_valid(s, item))
		return bad(err, s->thread->name ? s->thread->name : s->path,
			   "no comment with id '%s' in the thread", item ? item : "");
	return 0;
}

/* Starts a new state from the item's current one, stamped now by this annotator. */
static void begin(tt_tagstore *s, struct entry *e, struct state *next)
{
	char now[32];
	now_iso(now);
	if (e->present)
		state_copy(next, &e->st, s->scheme->ndims);
	else
		state_init(next, s->scheme->ndims);
	free(next->time);
	free(next->annotator);
	free(next->scheme_version);
	next->time = tt_xstrdup(now);
	next->annotator = tt_xstrdup(s->annotator);
	next->scheme_version = tt_xstrdup(s->scheme_version);
}

/* Sets next's state and reason; a reason needs a state, so none drops it. */
static void put_state(struct state *next, const char *state, const char *reason)
{
	free(next->state);
	free(next->reason);
	next->state = state && *state && strcmp(state, "none") ? tt_xstrdup(state) : NULL;
	next->reason = next->state && reason && *reason ? tt_xstrdup(reason) : NULL;
}

static int check_state(const tt_tagstore *s, const char *state, const char *reason, tt_error *err)
{
	if (state && *state && strcmp(state, "none") && !tt_tag_state_valid(state))
		return bad(err, s->path, "'%s' is not a state (skipped, flagged, unsure, none)",
		           state);
	if (reason && !valid_utf8(reason))
		return bad(err, s->path, "the reason is not valid UTF-8");
	return 0;
}

static int finish(tt_tagstore *s, struct entry *e, struct state *next, tt_error *err)
{
	int rc = commit(s, e, next, err);
	state_clear(next, s->scheme->ndims);
	if (rc == 0)
		after_change(s);
	return rc < 0 ? -1 : 0;
}

/* A relation to the parent needs a parent. */
static int check_reply(const tt_tagstore *s, const char *item, size_t d, const char *value,
		       tt_error *err)
{
	const tt_comment *c = tt_thread_find(s->thread, item);
	if (!value || !s->scheme->dims[d].replies_only || (c && c->parent) ||
	    (!c && tt_tagstore_is_orphan(s, item)))
		return 0;
	/* item is never NULL here; saying so keeps -O3's format checker quiet. */
	return bad(err, s->path, "'%s' applies to replies only, and '%s' is not one",
		   s->scheme->dims[d].name, item ? item : "?");
}

int tt_tagstore_set_value(tt_tagstore *s, const char *item, const char *dim, const char *value,
			  tt_error *err)
{
	if (writable(s, item, err) < 0)
		return -1;
	int d = tt_scheme_dim_index(s->scheme, dim);
	if (d < 0)
		return bad(err, s->path, "unknown dimension '%s'", dim ? dim : "");
	if (value && tt_scheme_value_index(s->scheme, (size_t)d, value) < 0)
		return bad(err, s->path, "'%s' is not a value of '%s'", value, dim);
	if (check_reply(s, item, (size_t)d, value, err) < 0)
		return -1;
	struct entry *e = get_entry(s, item);
	struct state next;
	begin(s, e, &next);
	free(next.values[d]);
	next.values[d] = dup_or_null(value);
	return finish(s, e, &next, err);
}

int tt_tagstore_toggle_label(tt_tagstore *s, const char *item, const char *label, tt_error *err)
{
	if (writable(s, item, err) < 0)
		return -1;
	struct entry *e = get_entry(s, item);
	struct state next;
	begin(s, e, &next);
	size_t i = 0;
	while (i < next.nlabels && strcmp(next.labels[i], label ? label : ""))
		i++;
	if (i < next.nlabels) { /* removing is allowed even for a label the scheme lost */
		free(next.labels[i]);
		memmove(&next.labels[i], &next.labels[i + 1],
			(next.nlabels - i) * sizeof *next.labels);
		next.nlabels--;
	} else if (tt_scheme_label_index(s->scheme, label) < 0) {
		state_clear(&next, s->scheme->ndims);
		return bad(err, s->path, "'%s' is not a label of the scheme", label ? label : "");
	} else {
		add_label(&next, label);
		sort_labels(s->scheme, &next);
	}
	return finish(s, e, &next, err);
}

int tt_tagstore_set_note(tt_tagstore *s, const char *item, const char *note, tt_error *err)
{
	if (writable(s, item, err) < 0 || check_note(s, note, err) < 0)
		return -1;
	struct entry *e = get_entry(s, item);
	struct state next;
	begin(s, e, &next);
	free(next.note);
	next.note = note && *note ? tt_xstrdup(note) : NULL;
	return finish(s, e, &next, err);
}

int tt_tagstore_clear(tt_tagstore *s, const char *item, tt_error *err)
{
	if (writable(s, item, err) < 0)
		return -1;
	struct entry *e = get_entry(s, item);
	struct state next;
	state_init(&next, s->scheme->ndims);
	return finish(s, e, &next, err);
}

int tt_tagstore_set_state(tt_tagstore *s, const char *item, const char *state, const char *reason,
                          tt_error *err)
{
	if (writable(s, item, err) < 0 || check_state(s, state, reason, err) < 0)
		return -1;
	struct entry *e = get_entry(s, item);
	struct state next;
	begin(s, e, &next);
	put_state(&next, state, reason);
	return finish(s, e, &next, err);
}

static int check_tag(const tt_tagstore *s, const tt_tag *tag, tt_error *err)
{
	const tt_scheme *sc = s->scheme;
	for (size_t d = 0; tag->values && d < sc->ndims; d++) {
		if (tag->values[d] && tt_scheme_value_index(sc, d, tag->values[d]) < 0)
			return bad(err, s->path, "'%s' is not a value of '%s'", tag->values[d],
			           sc->dims[d].name);
		if (check_reply(s, tag->item, d, tag->values[d], err) < 0)
			return -1;
	}
	for (size_t i = 0; i < tag->nlabels; i++) {
		if (tt_scheme_label_index(sc, tag->labels[i]) < 0)
			return bad(err, s->path, "'%s' is not a label of the scheme",
				   tag->labels[i]);
		for (size_t j = 0; j < i; j++)
			if (!strcmp(tag->labels[i], tag->labels[j]))
				return bad(err, s->path, "label '%s' given twice", tag->labels[i]);
	}
	return 0;
}

static int check_put(tt_tagstore *s, const tt_tag *tag, tt_error *err)
{
	if (writable(s, tag->item, err) < 0 || check_tag(s, tag, err) < 0 ||
	    check_note(s, tag->note, err) < 0 || check_state(s, tag->state, tag->reason, err) < 0)
		return -1;
	return 0;
}

/* The state *tag asks for, stamped now; returns the item's entry. */
static struct entry *fill_put(tt_tagstore *s, const tt_tag *tag, struct state *next)
{
	struct entry *e = get_entry(s, tag->item);
	begin(s, e, next);
	for (size_t d = 0; d < s->scheme->ndims; d++) {
		free(next->values[d]);
		next->values[d] = tag->values ? dup_or_null(tag->values[d]) : NULL;
	}
	for (size_t i = 0; i < next->nlabels; i++)
		free(next->labels[i]);
	next->nlabels = 0;
	for (size_t i = 0; i < tag->nlabels; i++)
		add_label(next, tag->labels[i]);
	sort_labels(s->scheme, next);
	free(next->note);
	next->note = tag->note && *tag->note ? tt_xstrdup(tag->note) : NULL;
	put_state(next, tag->state, tag->reason);
	return e;
}

int tt_tagstore_put(tt_tagstore *s, const tt_tag *tag, tt_error *err)
{
	if (check_put(s, tag, err) < 0)
		return -1;
	struct state next;
	struct entry *e = fill_put(s, tag, &next);
	return finish(s, e, &next, err);
}

int tt_tagstore_put_many(tt_tagstore *s, const tt_tag *tags, size_t n, tt_error *err)
{
	for (size_t i = 0; i < n; i++) {
		if (check_put(s, &tags[i], err) < 0)
			return -1;
		for (size_t j = 0; j < i; j++)
			if (!strcmp(tags[i].item, tags[j].item))
				return bad(err, s->path, "item '%s' given twice", tags[i].item);
	}
	struct state *next = tt_xcalloc(n + 1, sizeof *next);
	struct jitem *v = tt_xcalloc(n + 1, sizeof *v);
	for (size_t i = 0; i < n; i++) {
		v[i].e = fill_put(s, &tags[i], &next[i]);
		v[i].st = &next[i];
	}
	int rc = commit_many(s, v, n, err);
	for (size_t i = 0; i < n; i++)
		state_clear(&next[i], s->scheme->ndims);
	free(next);
	free(v);
	if (rc == 0)
		after_change(s);
	return rc < 0 ? -1 : 0;
}

/* Moves the newest step from one stack to the other, journaling the state it
 * returns to (the "before" for undo, the "after" for redo). */
static int step(tt_tagstore *s, struct changes *from, struct changes *to, int undo,
		const char **item_out, tt_error *err)
{
	if (s->readonly)
		return errno = EROFS,
		       tt_error_set(err, s->path, 0, 0, "the tag store is open read-only");
	if (!from->n)
		return 1;
	struct change c = from->v[from->n - 1];
	const struct state *target = undo ? c.before : c.after;
	size_t len;
	char *line = journal_line(s, c.e, target, &len);
	if (!line)
		return tt_error_set(err, s->journal_path, 0, 0, "cannot encode the change");
	int rc = journal_append(s, line, len, err);
	free(line);
	if (rc < 0)
		return -1;
	apply(s, c.e, target);
	from->n--;
	push_change(to, c.e, c.before, c.after);
	s->since_compact++;
	if (item_out)
		*item_out = c.e->item;
	if (due_compaction(s) && tt_tagstore_compact(s, err) < 0)
		add_notice(s, "%s", err->msg);
	return 0;
}

int tt_tagstore_undo(tt_tagstore *s, const char **item_out, tt_error *err)
{
	return step(s, &s->undo, &s->redo, 1, item_out, err);
}

int tt_tagstore_redo(tt_tagstore *s, const char **item_out, tt_error *err)
{
	return step(s, &s->redo, &s->undo, 0, item_out, err);
}
