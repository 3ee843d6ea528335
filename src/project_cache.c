/* project_cache: per-thread summaries of a project, kept in a cache keyed by the files' stat. */
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "threadtag/coding.h"
#include "threadtag/config.h"
#include "threadtag/fsutil.h"
#include "threadtag/hash.h"
#include "threadtag/project.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

/* The cache lives under $XDG_CACHE_HOME, not in the project: a project is a
 * git repository the annotators share, and a file every run rewrites would
 * be a merge conflict (or a .gitignore line someone forgets). A cache that is
 * lost costs one rebuild. */
enum { CACHE_VERSION = 4, CACHE_MAX_DEPTH = 16 };

/* ---- keys: what a file was when its entry was made ---- */

/* "SIZE:MTIME.NSEC:INODE" of path, or "-" when it does not exist. */
static void stat_key(tt_buf *b, const char *path)
{
	struct stat st;
	if (stat(path, &st) < 0) {
		tt_buf_adds(b, "-");
		return;
	}
	tt_buf_printf(b, "%lld:%lld.%09ld:%llu", (long long)st.st_size,
	              (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
	              (unsigned long long)st.st_ino);
}

/* The key of a store: its file and its journal. */
static char *store_key(const tt_project *p, const char *annotator, const char *thread_id)
{
	char *path = tt_project_store_path(p, annotator, thread_id);
	char *journal = tt_xasprintf("%s.journal", path);
	tt_buf b = {0};
	stat_key(&b, path);
	tt_buf_addc(&b, ' ');
	stat_key(&b, journal);
	free(journal);
	free(path);
	return b.data;
}

static char *file_key(const char *path)
{
	tt_buf b = {0};
	stat_key(&b, path);
	return b.data;
}

/* The project's absolute path, which names its cache. Caller frees. */
static char *project_key(const tt_project *p)
{
	char *abs = realpath(p->dir, NULL);
	return abs ? abs : tt_xstrdup(p->dir);
}

char *tt_project_cache_path(const tt_project *p)
{
	char *abs = project_key(p);
	uint64_t h = tt_hash_field(TT_HASH_INIT, abs);
	free(abs);
	char rel[64];
	snprintf(rel, sizeof rel, "projects/%016" PRIx64 ".yaml", h);
	return tt_xdg_path("cache", rel);
}

/* ---- a summary computed from the files ---- */

static long long parse_utc(const char *iso)
{
	struct tm tm = {0};
	const char *end = iso ? strptime(iso, "%Y-%m-%dT%H:%M:%S", &tm) : NULL;
	return end ? (long long)timegm(&tm) : -1;
}

/* Tags without a version predate versions, so their scheme is unknown: they
 * are not counted as made under another one. */
static void store_summary(tt_project_store_summary *S, const tt_project *p, const char *annotator,
                          const tt_thread *t, tt_tagstore *s, const char *version)
{
	char *path = tt_project_store_path(p, annotator, t->id);
	char *journal = tt_xasprintf("%s.journal", path);
	struct stat st;
	S->pending = stat(journal, &st) == 0 && st.st_size > 0;
	free(journal);
	free(path);
	if (!s)
		return;
	S->exists = 1;
	S->tagged = tt_tagstore_comments_tagged(s);
	S->unknown = tt_tagstore_unknown(s);
	S->times = tt_xcalloc(tt_tagstore_count(s) + 1, sizeof *S->times);
	for (size_t i = 0; i < tt_tagstore_count(s); i++) {
		const tt_tag *tag = tt_tagstore_at(s, i);
		S->skipped += tag->state && !strcmp(tag->state, "skipped");
		S->flagged += tag->state && !strcmp(tag->state, "flagged");
		S->other_scheme += tag->scheme_version && strcmp(tag->scheme_version, version);
		long long when = parse_utc(tag->time);
		if (when != -1)
			S->times[S->ntimes++] = when;
	}
}

/* Comments (rows of codes) where two annotators gave different values. */
static size_t count_disagree(const int *codes, size_t nc, size_t na)
{
	size_t n = 0;
	for (size_t i = 0; i < nc; i++) {
		int first = TT_AGREE_MISSING;
		for (size_t a = 0; a < na; a++) {
			int k = codes[i * na + a];
			if (k == TT_AGREE_MISSING)
				continue;
			if (first == TT_AGREE_MISSING)
				first = k;
			else if (k != first) {
				n++;
				break;
			}
		}
	}
	return n;
}

/* Each dimension's alpha parts over the thread's comments (article items are
 * not comments and do not count). */
static void alpha_parts(tt_project_summary *T, const tt_scheme *sc, const tt_thread *t,
                        const tt_project *p, tt_tagstore **stores)
{
	size_t na = p->nannotators, nc = t->ncomments;
	T->alpha = tt_xcalloc(sc->ndims + 1, sizeof *T->alpha);
	T->disagree = 0;
	int *codes = tt_xcalloc(nc * na + 1, sizeof *codes);
	for (size_t d = 0; d < sc->ndims; d++) {
		for (size_t i = 0; i < nc; i++)
			for (size_t a = 0; a < na; a++) {
				const tt_tag *tag =
				    stores[a] ? tt_tagstore_get(stores[a], t->order[i]->id) : NULL;
				const char *v = tag && d < tt_tagstore_scheme(stores[a])->ndims
				                    ? tag->values[d]
				                    : NULL;
				int k = v ? tt_scheme_value_index(sc, d, v) : -1;
				codes[i * na + a] = k >= 0 ? k : TT_AGREE_MISSING;
			}
		size_t nk = sc->dims[d].nvalues;
		tt_agree_table tab = {.nunits = nc, .ncoders = na, .ncats = nk, .codes = codes};
		T->alpha[d] =
		    (tt_agree_alpha_parts){.totals = tt_xcalloc(nk + 1, sizeof(long)), .ncats = nk};
		tt_agree_alpha_add(&tab, &T->alpha[d]);
		if (d == 0)
			T->disagree = count_disagree(codes, nc, na);
	}
	free(codes);
}

/* Loads thread i with its stores and summarises it; 0, or the number of
 * files that failed (each reported). */
static size_t build_entry(tt_project_summary *T, const tt_project *p, const tt_scheme *sc, size_t i)
{
	tt_error err;
	int eno = 0, bad = 0;
	tt_thread *t = tt_thread_load(p->threads[i], &err, &eno);
	if (!t) {
		tt_error_print(&err);
		return 1;
	}
	size_t na = p->nannotators;
	tt_tagstore **stores = tt_xcalloc(na + 1, sizeof *stores);
	T->stores = tt_xcalloc(na + 1, sizeof *T->stores);
	char version[TT_SCHEME_VERSION_LEN];
	tt_scheme_version(sc, version);
	for (size_t a = 0; a < na; a++) {
		stores[a] = tt_project_store_open(p, p->annotators[a], t, &bad);
		store_summary(&T->stores[a], p, p->annotators[a], t, stores[a], version);
	}
	T->loaded = 1;
	T->id = tt_xstrdup(t->id);
	T->title = tt_xstrdup(t->article.title ? t->article.title : "");
	T->ncomments = t->ncomments;
	alpha_parts(T, sc, t, p, stores);
	for (size_t a = 0; a < na; a++)
		tt_tagstore_close(stores[a], NULL);
	free(stores);
	tt_thread_free(t);
	return (size_t)bad;
}

static void entry_free(tt_project_summary *T, const tt_project *p, size_t ndims)
{
	free(T->file);
	free(T->id);
	free(T->title);
	for (size_t a = 0; T->stores && a < p->nannotators; a++)
		free(T->stores[a].times);
	free(T->stores);
	for (size_t d = 0; T->alpha && d < ndims; d++)
		free(T->alpha[d].totals);
	free(T->alpha);
	memset(T, 0, sizeof *T);
}

/* ---- the cache file: a tree of its YAML, read through yaml_io ---- */

typedef struct node {
	tt_yevent_type type; /* TT_Y_SCALAR, TT_Y_MAP_START or TT_Y_SEQ_START */
	char *s;             /* scalar text */
	struct node **kids;  /* a map's keys and values alternate */
	size_t n;
} node;

static void node_free(node *x)
{
	if (!x)
		return;
	for (size_t i = 0; i < x->n; i++)
		node_free(x->kids[i]);
	free(x->kids);
	free(x->s);
	free(x);
}

/* Reads the value whose first event is ev; NULL on a syntax error. The depth
 * is bounded by the reader, so the recursion is too. */
static node *read_node(tt_yreader *r, const tt_yevent *ev, tt_error *err)
{
	node *x = tt_xcalloc(1, sizeof *x);
	x->type = ev->type;
	if (ev->type == TT_Y_SCALAR) {
		x->s = tt_xstrdup(ev->value);
		return x;
	}
	if (ev->type != TT_Y_MAP_START && ev->type != TT_Y_SEQ_START) {
		free(x);
		return NULL;
	}
	tt_yevent e;
	while (tt_yreader_next(r, &e, err) == 0) {
		if (e.type == TT_Y_MAP_END || e.type == TT_Y_SEQ_END)
			return x;
		node *k = read_node(r, &e, err);
		if (!k)
			break;
		x->kids = tt_xrealloc(x->kids, (x->n + 1) * sizeof *x->kids);
		x->kids[x->n++] = k;
	}
	node_free(x);
	return NULL;
}

static node *load_tree(const char *path)
{
	tt_error err;
	int eno = 0;
	tt_yreader *r = tt_yreader_open_file(path, CACHE_MAX_DEPTH, &err, &eno);
	if (!r)
		return NULL;
	tt_yevent ev;
	node *root = tt_yreader_next(r, &ev, &err) == 0 ? read_node(r, &ev, &err) : NULL;
	tt_yreader_close(r);
	return root;
}

/* The value of key in map x, or NULL (also when x is not a map). */
static const node *get(const node *x, const char *key)
{
	if (!x || x->type != TT_Y_MAP_START)
		return NULL;
	for (size_t i = 0; i + 1 < x->n; i += 2)
		if (x->kids[i]->s && !strcmp(x->kids[i]->s, key))
			return x->kids[i + 1];
	return NULL;
}

static const char *str(const node *x)
{
	return x && x->type == TT_Y_SCALAR ? x->s : NULL;
}

/* A whole number >= 0 from a scalar; -1 when it is not one. */
static long long whole(const node *x)
{
	const char *s = str(x);
	char *end;
	if (!s || !*s)
		return -1;
	long long v = strtoll(s, &end, 10);
	return *end || v < 0 ? -1 : v;
}

static int is_seq(const node *x, size_t n)
{
	return x && x->type == TT_Y_SEQ_START && (n == SIZE_MAX || x->n == n);
}

/* ---- reading an entry back: every field checked, nothing trusted ---- */

static int read_store(tt_project_store_summary *S, const node *x)
{
	long long tagged = whole(get(x, "tagged")), pending = whole(get(x, "pending"));
	long long skipped = whole(get(x, "skipped")), flagged = whole(get(x, "flagged"));
	long long other = whole(get(x, "other_scheme")), unknown = whole(get(x, "unknown"));
	const node *times = get(x, "times");
	if (tagged < 0 || pending < 0 || pending > 1 || !is_seq(times, SIZE_MAX) || skipped < 0 ||
	    flagged < 0 || other < 0 || unknown < 0)
		return -1;
	S->unknown = (size_t)unknown;
	S->skipped = (size_t)skipped;
	S->flagged = (size_t)flagged;
	S->other_scheme = (size_t)other;
	S->exists = str(get(x, "exists")) && !strcmp(str(get(x, "exists")), "1");
	S->tagged = (size_t)tagged;
	S->pending = (int)pending;
	S->times = tt_xcalloc(times->n + 1, sizeof *S->times);
	for (size_t i = 0; i < times->n; i++) {
		long long v = whole(times->kids[i]);
		if (v < 0)
			return -1;
		S->times[S->ntimes++] = v;
	}
	return 0;
}

/* [n, same, total per value...] */
static int read_alpha(tt_agree_alpha_parts *A, const node *x, size_t nk)
{
	if (!is_seq(x, nk + 2) || whole(x->kids[0]) < 0 || !str(x->kids[1]))
		return -1;
	char *end;
	A->n = (long)whole(x->kids[0]);
	A->same = strtod(str(x->kids[1]), &end);
	A->ncats = nk;
	A->totals = tt_xcalloc(nk + 1, sizeof(long));
	if (*end || A->same < 0)
		return -1;
	for (size_t k = 0; k < nk; k++)
		if ((A->totals[k] = (long)whole(x->kids[k + 2])) < 0)
			return -1;
	return 0;
}

/* Fills T from a cached entry whose keys match the files now; -1 otherwise. */
static int read_entry(tt_project_summary *T, const node *x, const tt_project *p,
                      const tt_scheme *sc, size_t i)
{
	const char *key = str(get(x, "key")), *id = str(get(x, "id"));
	const node *stores = get(x, "stores"), *alpha = get(x, "alpha");
	long long nc = whole(get(x, "comments")), dis = whole(get(x, "disagree"));
	char *now = file_key(p->threads[i]);
	int ok = key && id && str(get(x, "title")) && nc >= 0 && dis >= 0 && !strcmp(key, now) &&
	         is_seq(stores, p->nannotators) && is_seq(alpha, sc->ndims);
	free(now);
	if (!ok)
		return -1;
	T->loaded = 1;
	T->id = tt_xstrdup(id);
	T->title = tt_xstrdup(str(get(x, "title")));
	T->ncomments = (size_t)nc;
	T->disagree = (size_t)dis;
	T->stores = tt_xcalloc(p->nannotators + 1, sizeof *T->stores);
	T->alpha = tt_xcalloc(sc->ndims + 1, sizeof *T->alpha);
	for (size_t a = 0; a < p->nannotators; a++) {
		const char *k = str(get(stores->kids[a], "key"));
		char *want = store_key(p, p->annotators[a], id);
		ok = k && !strcmp(k, want) && read_store(&T->stores[a], stores->kids[a]) == 0;
		free(want);
		if (!ok)
			return -1;
	}
	for (size_t d = 0; d < sc->ndims; d++)
		if (read_alpha(&T->alpha[d], alpha->kids[d], sc->dims[d].nvalues) < 0)
			return -1;
	return 0;
}

/* The cached entries by thread file name, or NULL when the cache is missing,
 * unreadable, of another version, or made for other annotators or scheme. */
static node *load_cache(const char *path, const tt_project *p, const char *scheme_key)
{
	node *root = load_tree(path);
	const node *ann = get(root, "annotators");
	char *abs = project_key(p);
	/* Another project whose path hashed alike is not this one. */
	int ok = str(get(root, "project")) && !strcmp(str(get(root, "project")), abs);
	free(abs);
	ok = ok && whole(get(root, "threadtag-project-cache")) == CACHE_VERSION &&
	     str(get(root, "scheme")) && !strcmp(str(get(root, "scheme")), scheme_key) &&
	     is_seq(ann, p->nannotators) && is_seq(get(root, "threads"), SIZE_MAX);
	for (size_t a = 0; ok && a < p->nannotators; a++)
		ok = str(ann->kids[a]) && !strcmp(str(ann->kids[a]), p->annotators[a]);
	if (!ok) {
		node_free(root);
		return NULL;
	}
	return root;
}

static const node *cached_entry(const node *root, const char *file)
{
	const node *threads = get(root, "threads");
	for (size_t i = 0; threads && i < threads->n; i++) {
		const char *f = str(get(threads->kids[i], "file"));
		if (f && !strcmp(f, file))
			return threads->kids[i];
	}
	return NULL;
}

/* ---- writing the cache ---- */

static void emit_num(tt_yemit *e, long long v)
{
	char num[32];
	snprintf(num, sizeof num, "%lld", v);
	tt_yemit_raw(e, num);
}

static void emit_entry(tt_yemit *e, const tt_project_summary *T, const tt_project *p,
                       const tt_scheme *sc, size_t i)
{
	tt_yemit_map_start(e, 0);
	tt_yemit_kv(e, "file", T->file);
	char *key = file_key(p->threads[i]);
	tt_yemit_kv(e, "key", key);
	free(key);
	tt_yemit_kv(e, "id", T->id);
	tt_yemit_kv(e, "title", T->title);
	tt_yemit_kv_int(e, "comments", (long long)T->ncomments);
	tt_yemit_kv_int(e, "disagree", (long long)T->disagree);
	tt_yemit_raw(e, "stores");
	tt_yemit_seq_start(e, 0);
	for (size_t a = 0; a < p->nannotators; a++) {
		const tt_project_store_summary *S = &T->stores[a];
		tt_yemit_map_start(e, 0);
		char *k = store_key(p, p->annotators[a], T->id);
		tt_yemit_kv(e, "key", k);
		free(k);
		tt_yemit_kv_int(e, "exists", S->exists);
		tt_yemit_kv_int(e, "tagged", (long long)S->tagged);
		tt_yemit_kv_int(e, "pending", S->pending);
		tt_yemit_kv_int(e, "skipped", (long long)S->skipped);
		tt_yemit_kv_int(e, "flagged", (long long)S->flagged);
		tt_yemit_kv_int(e, "other_scheme", (long long)S->other_scheme);
		tt_yemit_kv_int(e, "unknown", (long long)S->unknown);
		tt_yemit_raw(e, "times");
		tt_yemit_seq_start(e, 1);
		for (size_t j = 0; j < S->ntimes; j++)
			emit_num(e, S->times[j]);
		tt_yemit_seq_end(e);
		tt_yemit_map_end(e);
	}
	tt_yemit_seq_end(e);
	tt_yemit_raw(e, "alpha");
	tt_yemit_seq_start(e, 0);
	for (size_t d = 0; d < sc->ndims; d++) {
		char same[40];
		tt_yemit_seq_start(e, 1);
		emit_num(e, T->alpha[d].n);
		snprintf(same, sizeof same, "%.17g", T->alpha[d].same);
		tt_yemit_raw(e, same);
		for (size_t k = 0; k < T->alpha[d].ncats; k++)
			emit_num(e, T->alpha[d].totals[k]);
		tt_yemit_seq_end(e);
	}
	tt_yemit_seq_end(e);
	tt_yemit_map_end(e);
}

static void write_cache(const char *path, const tt_project_summaries *S, const unsigned char *keep,
                        const tt_project *p, const tt_scheme *sc, const char *scheme_key)
{
	tt_yemit *e = tt_yemit_new();
	tt_yemit_map_start(e, 0);
	tt_yemit_kv_int(e, "threadtag-project-cache", CACHE_VERSION);
	char *abs = project_key(p);
	tt_yemit_kv(e, "project", abs);
	free(abs);
	tt_yemit_kv(e, "scheme", scheme_key);
	tt_yemit_raw(e, "annotators");
	tt_yemit_seq_start(e, 1);
	for (size_t a = 0; a < p->nannotators; a++)
		tt_yemit_str(e, p->annotators[a], TT_YS_ANY);
	tt_yemit_seq_end(e);
	tt_yemit_raw(e, "threads");
	tt_yemit_seq_start(e, 0);
	for (size_t i = 0; i < S->n; i++)
		if (keep[i])
			emit_entry(e, &S->v[i], p, sc, i);
	tt_yemit_seq_end(e);
	tt_yemit_map_end(e);
	char *out = NULL;
	size_t len;
	if (tt_yemit_finish(e, &out, &len) == 0) {
		char *dir = tt_xstrdup(path);
		*strrchr(dir, '/') = '\0';
		if (tt_mkdirs(dir) == 0)
			tt_write_atomic(path, out,
			                len); /* a cache not written is rebuilt next time */
		free(dir);
	}
	free(out);
	tt_yemit_free(e);
}

/* ---- the public entry point ---- */

static char *scheme_key(const tt_project *p)
{
	return p->scheme ? file_key(p->scheme) : tt_xstrdup("built-in");
}

tt_project_summaries *tt_project_summaries_get(const tt_project *p, const tt_scheme *sc)
{
	tt_project_summaries *S = tt_xcalloc(1, sizeof *S);
	S->n = p->nthreads;
	S->ndims = sc->ndims;
	S->v = tt_xcalloc(S->n + 1, sizeof *S->v);
	char *path = tt_project_cache_path(p), *skey = scheme_key(p);
	node *root = load_cache(path, p, skey);
	unsigned char *keep = tt_xcalloc(S->n + 1, 1);
	for (size_t i = 0; i < S->n; i++) {
		tt_project_summary *T = &S->v[i];
		const char *slash = strrchr(p->threads[i], '/');
		const char *file = slash ? slash + 1 : p->threads[i];
		const node *x = root ? cached_entry(root, file) : NULL;
		if (!x || read_entry(T, x, p, sc, i) < 0) {
			entry_free(T, p, sc->ndims);
			size_t bad = build_entry(T, p, sc, i);
			/* An entry with a store that did not load is not kept, so the
			 * error is reported on every run until it is fixed. */
			keep[i] = T->loaded && !bad;
			S->bad += bad;
			S->rebuilt++;
		} else {
			keep[i] = 1;
		}
		T->file = tt_xstrdup(file);
	}
	node_free(root);
	if (S->rebuilt)
		write_cache(path, S, keep, p, sc, skey);
	free(keep);
	free(skey);
	free(path);
	return S;
}

void tt_project_summaries_free(tt_project_summaries *S, const tt_project *p)
{
	if (!S)
		return;
	for (size_t i = 0; i < S->n; i++)
		entry_free(&S->v[i], p, S->ndims);
	free(S->v);
	free(S);
}
