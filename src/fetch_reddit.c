/* fetch_reddit: a Reddit thread whole: the first page, then every "more" stub expanded, then
 * imported. */
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/exitcodes.h"
#include "threadtag/fetch.h"
#include "threadtag/import.h"
#include "threadtag/xalloc.h"

/* At most 100 ids a morechildren request (Reddit's limit); at most so many
 * expansions, so that a server answering stubs with new stubs forever cannot
 * keep a fetch going forever (the rest stays counted as "more"). */
enum { IDS_PER_REQUEST = 100, MAX_EXPANSIONS = 20000 };

/* A "more" stub taken out of the tree, waiting to be expanded. */
struct stub {
	char *parent;  /* fullname of the comment (t1_...) or the post (t3_...) it hangs under */
	tt_json *node; /* the stub itself, put back if it is never expanded */
	const tt_json *next_id; /* next id of its "children" to ask for */
	int cont;               /* "continue this thread": fetched through the parent's permalink */
};

struct known {
	char *name; /* t1_ID: the tsearch key */
	tt_json *data;
};

/* The page being assembled. The JSON trees are the session's; the tree is
 * edited in place (stubs out, fetched comments in), then imported. */
struct page {
	tt_fetch_session *S;
	char *base, *sub, *link, *sort; /* link: the post's fullname, t3_ID */
	tt_json *top;                   /* the top-level comments' array */
	void *index;                    /* tsearch tree of struct known, by fullname */
	struct stub *stubs;
	size_t nstubs, next_stub;
	tt_json **made; /* nodes this file allocated */
	size_t nmade;
	size_t count;      /* comments in the tree */
	size_t expansions; /* requests for hidden replies made */
	void *asked;       /* tsearch set of the ids asked for (malloc'd) */
};

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct known *)a)->name, ((const struct known *)b)->name);
}

static tt_json *make(struct page *P, tt_json_type type, const char *key)
{
	tt_json *n = tt_xcalloc(1, sizeof *n);
	n->type = type;
	n->key = key;
	P->made = tt_xrealloc(P->made, (P->nmade + 1) * sizeof *P->made);
	P->made[P->nmade++] = n;
	return n;
}

/* The array of a comment's replies, made when it has none ("replies": ""). */
static tt_json *replies_of(struct page *P, tt_json *data)
{
	tt_json *r = (tt_json *)tt_json_get(data, "replies");
	tt_json *kids = (tt_json *)tt_json_get(tt_json_get(r, "data"), "children");
	if (kids && kids->type == TT_JSON_ARR)
		return kids;
	if (!r) {
		r = make(P, TT_JSON_OBJ, "replies");
		tt_json_append(data, r);
	}
	/* Turned into {"data": {"children": []}}, all the importer reads of it. */
	r->type = TT_JSON_OBJ;
	r->first = r->last = NULL;
	r->n = 0;
	tt_json *d = make(P, TT_JSON_OBJ, "data");
	kids = make(P, TT_JSON_ARR, "children");
	tt_json_append(r, d);
	tt_json_append(d, kids);
	return kids;
}

/* Where comments under fullname go; NULL when that comment is unknown. */
static tt_json *array_for(struct page *P, const char *fullname)
{
	if (!strcmp(fullname, P->link))
		return P->top;
	struct known key = {.name = (char *)fullname};
	struct known **k = tfind(&key, &P->index, by_name);
	return k ? replies_of(P, (*k)->data) : NULL;
}

static void remember(struct page *P, tt_json *data)
{
	const char *id = tt_json_str(data, "id");
	if (!id)
		return;
	struct known *k = tt_xmalloc(sizeof *k);
	*k = (struct known){.name = tt_xasprintf("t1_%s", id), .data = data};
	struct known **in = tsearch(k, &P->index, by_name);
	if (*in != k) {
		free(k->name);
		free(k);
	}
	P->count++;
}

static void queue_stub(struct page *P, tt_json *node, const char *parent)
{
	const tt_json *d = tt_json_get(node, "data");
	const tt_json *kids = tt_json_get(d, "children");
	const char *id = tt_json_str(d, "id");
	P->stubs = tt_xrealloc(P->stubs, (P->nstubs + 1) * sizeof *P->stubs);
	P->stubs[P->nstubs++] = (struct stub){
	    .parent = tt_xstrdup(parent),
	    .node = node,
	    .next_id = kids && kids->type == TT_JSON_ARR ? kids->first : NULL,
	    .cont = (id && !strcmp(id, "_")) || !kids || !kids->n,
	};
}

struct walk {
	tt_json *arr;
	char *parent;
};

/* Takes the stubs out of arr's subtree (queued with their parent) and
 * remembers every comment in it; an explicit stack, as replies nest deep. */
static void adopt(struct page *P, tt_json *arr, const char *parent)
{
	size_t n = 0, cap = 16;
	struct walk *st = tt_xmalloc(cap * sizeof *st);
	st[n++] = (struct walk){arr, tt_xstrdup(parent)};
	while (n) {
		struct walk w = st[--n];
		tt_json *item = w.arr->first;
		w.arr->first = w.arr->last = NULL;
		w.arr->n = 0;
		while (item) {
			tt_json *next = item->next;
			const char *kind = tt_json_str(item, "kind");
			tt_json *data = (tt_json *)tt_json_get(item, "data");
			if (kind && !strcmp(kind, "more")) {
				queue_stub(P, item, w.parent);
			} else {
				tt_json_append(w.arr, item);
				remember(P, data);
				tt_json *r = (tt_json *)tt_json_get(
				    tt_json_get(tt_json_get(data, "replies"), "data"), "children");
				const char *id = tt_json_str(data, "id");
				if (r && r->type == TT_JSON_ARR && id) {
					if (n == cap)
						st = tt_xrealloc(st, (cap *= 2) * sizeof *st);
					st[n++] = (struct walk){r, tt_xasprintf("t1_%s", id)};
				}
			}
			item = next;
		}
		free(w.parent);
	}
	free(st);
}

static const tt_json *things_of(const tt_json *root)
{
	const tt_json *t = tt_json_get(tt_json_get(tt_json_get(root, "json"), "data"), "things");
	return t && t->type == TT_JSON_ARR ? t : NULL;
}

/* Places a morechildren answer's flat list under each thing's parent_id. */
static int place_things(struct page *P, const tt_json *things, const struct stub *s)
{
	tt_json *item = things->first;
	while (item) {
		tt_json *next = item->next;
		const tt_json *data = tt_json_get(item, "data");
		const char *pid = tt_json_str(data, "parent_id");
		tt_json *arr = pid ? array_for(P, pid) : NULL;
		if (!arr)
			arr = array_for(P, s->parent);
		if (!arr)
			return -1;
		tt_json *holder = make(P, TT_JSON_ARR, NULL);
		tt_json_append(holder, item);
		adopt(P, holder, pid ? pid : s->parent);
		for (tt_json *k = holder->first, *kn; k; k = kn) {
			kn = k->next;
			tt_json_append(arr, k);
		}
		item = next;
	}
	return 0;
}

static int by_str(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Is the comment in the tree, or was it asked for already? Marks it asked. */
static int known(struct page *P, const char *id)
{
	char name[40];
	snprintf(name, sizeof name, "t1_%s", id);
	struct known key = {.name = name};
	if (tfind(&key, &P->index, by_name) || tfind(id, &P->asked, by_str))
		return 1;
	char *copy = tt_xstrdup(id);
	if (*(char **)tsearch(copy, &P->asked, by_str) != copy)
		free(copy);
	return 0;
}

/* The next up-to-100 ids of stub s as "a,b,c"; advances it. Ids already in
 * the tree are not asked for again. */
static char *next_ids(struct page *P, struct stub *s)
{
	tt_buf b = {0};
	for (int i = 0; s->next_id && i < IDS_PER_REQUEST; s->next_id = s->next_id->next) {
		const char *id = s->next_id->type == TT_JSON_STR ? s->next_id->s : NULL;
		if (!id || !*id || strlen(id) > 20 ||
		    strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789") != strlen(id))
			continue; /* never put what the server sent unchecked into a URL */
		if (!known(P, id))
			tt_buf_printf(&b, "%s%s", i++ ? "," : "", id);
	}
	tt_buf_add(&b, NULL, 0);
	return b.data;
}

static int expand_more(struct page *P, struct stub *s)
{
	char *ids = next_ids(P, s);
	if (!*ids) {
		free(ids);
		return 0;
	}
	char *url = tt_xasprintf("%s/api/morechildren.json?api_type=json&link_id=%s&children=%s"
	                         "&raw_json=1&limit_children=false&sort=%s",
	                         P->base, P->link, ids, P->sort);
	free(ids);
	const tt_json *root = tt_fetch_json(P->S, url);
	const tt_json *things = root ? things_of(root) : NULL;
	int rc = 0;
	if (root && (!things || place_things(P, things, s) < 0)) {
		tt_fetch_fail(P->S, EX_DATAERR, url,
		              "not a morechildren answer (expected json.data.things, comments "
		              "under known parents)");
		rc = -1;
	}
	free(url);
	return root ? rc : -1;
}

/* "Continue this thread": the parent comment's own page, its replies moved here. */
static int expand_cont(struct page *P, struct stub *s)
{
	if (strncmp(s->parent, "t1_", 3))
		return 0;
	char *url = tt_xasprintf("%s/r/%s/comments/%s/_/%s/.json?raw_json=1&limit=500&sort=%s",
	                         P->base, P->sub, P->link + 3, s->parent + 3, P->sort);
	const tt_json *root = tt_fetch_json(P->S, url);
	int rc = root ? 0 : -1;
	const tt_json *first = root && root->type == TT_JSON_ARR && root->n == 2
	                           ? tt_json_get(root->first->next, "data")
	                           : NULL;
	const tt_json *kids = tt_json_get(first, "children");
	tt_json *parent = kids && kids->first ? (tt_json *)tt_json_get(kids->first, "data") : NULL;
	tt_json *mine = array_for(P, s->parent);
	if (root && (!parent || !mine)) {
		tt_fetch_fail(P->S, EX_DATAERR, url, "not the comment page asked for");
		rc = -1;
	} else if (root) {
		tt_json *theirs = replies_of(P, parent);
		adopt(P, theirs, s->parent);
		for (tt_json *k = theirs->first, *kn; k; k = kn) {
			kn = k->next;
			tt_json_append(mine, k);
		}
		s->next_id = NULL;
	}
	free(url);
	return rc;
}

/* Expands stubs until none is left (or the limit is reached); leftovers go back. */
static int expand_all(struct page *P)
{
	long limit = tt_fetch_opts_of(P->S)->limit;
	while (P->next_stub < P->nstubs && !(limit > 0 && P->count >= (size_t)limit)) {
		if (P->expansions++ == MAX_EXPANSIONS) {
			if (!tt_fetch_opts_of(P->S)->quiet)
				fprintf(stderr,
				        "threadtag: stopped after %d requests for hidden "
				        "replies; the rest is counted as not loaded\n",
				        MAX_EXPANSIONS);
			break;
		}
		struct stub *s = &P->stubs[P->next_stub];
		int rc = s->cont ? expand_cont(P, s) : expand_more(P, s);
		if (rc < 0)
			return -1;
		s = &P->stubs[P->next_stub]; /* the array may have moved */
		if (s->cont || !s->next_id)
			P->next_stub++;
		tt_fetch_count(P->S, P->count);
	}
	for (size_t i = P->next_stub; i < P->nstubs; i++) {
		tt_json *arr = array_for(P, P->stubs[i].parent);
		if (arr)
			tt_json_append(arr, P->stubs[i].node);
	}
	return 0;
}

static char *first_url(const struct page *P, const tt_url *u)
{
	if (u->comment[0])
		return tt_xasprintf("%s/r/%s/comments/%s/_/%s/.json?raw_json=1&limit=500&sort=%s"
		                    "&context=8",
		                    P->base, u->sub, u->id, u->comment, P->sort);
	if (u->sub[0])
		return tt_xasprintf("%s/r/%s/comments/%s/.json?raw_json=1&limit=500&sort=%s",
		                    P->base, u->sub, u->id, P->sort);
	return tt_xasprintf("%s/comments/%s/.json?raw_json=1&limit=500&sort=%s", P->base, u->id,
	                    P->sort);
}

/* Reads the post's id and subreddit; -1 when the page is not a thread. */
static int read_first(struct page *P, const tt_json *root, const char *url)
{
	const tt_json *post = NULL, *listing = NULL;
	if (root->type == TT_JSON_ARR && root->n == 2) {
		const tt_json *kids = tt_json_get(tt_json_get(root->first, "data"), "children");
		post = kids && kids->first ? tt_json_get(kids->first, "data") : NULL;
		listing = tt_json_get(tt_json_get(root->first->next, "data"), "children");
	}
	const char *id = tt_json_str(post, "id");
	const char *sub = tt_json_str(post, "subreddit");
	if (!id || !listing || listing->type != TT_JSON_ARR ||
	    strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789") != strlen(id) ||
	    (sub &&
	     strspn(sub, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") !=
	         strlen(sub))) {
		tt_fetch_fail(P->S, EX_DATAERR, url,
		              "not a Reddit thread (expected the post and its comments)");
		return -1;
	}
	P->link = tt_xasprintf("t3_%s", id);
	if (sub) { /* the post knows its subreddit better than an address does */
		free(P->sub);
		P->sub = tt_xstrdup(sub);
	}
	P->top = (tt_json *)listing;
	return 0;
}

static void free_known(void *p)
{
	struct known *k = p;
	free(k->name);
	free(k);
}

static void page_free(struct page *P)
{
	for (size_t i = 0; i < P->nstubs; i++)
		free(P->stubs[i].parent);
	free(P->stubs);
	tdestroy(P->index, free_known);
	tdestroy(P->asked, free);
	for (size_t i = 0; i < P->nmade; i++)
		free(P->made[i]);
	free(P->made);
	free(P->base);
	free(P->sub);
	free(P->link);
	free(P->sort);
}

/* The JSON documents of the session are edited in place here: the fetch
 * owns them, and nothing reads them after the thread is made. The importer
 * reads the assembled tree itself, so each answer is parsed once. */
static tt_thread *import_assembled(tt_fetch_session *S, const char *url, const tt_json *root)
{
	return tt_import_reddit_tree(url, root, tt_fetch_err(S));
}

tt_thread *tt_fetch_reddit(tt_fetch_session *S, const tt_url *u)
{
	struct page P = {.S = S,
	                 .base = tt_fetch_reddit_base(S),
	                 .sub = tt_xstrdup(u->sub),
	                 .sort = tt_xstrdup(u->sort[0] ? u->sort : "confidence")};
	char *url = first_url(&P, u);
	const tt_json *root = tt_fetch_json(S, url);
	tt_thread *t = NULL;
	if (root && read_first(&P, root, url) == 0) {
		adopt(&P, P.top, P.link);
		tt_fetch_count(S, P.count);
		if (expand_all(&P) == 0) {
			t = import_assembled(S, url, root);
			if (!t)
				tt_fetch_res(S)->code = EX_DATAERR;
		}
	}
	if (t && u->comment[0])
		snprintf(tt_fetch_res(S)->selected, sizeof tt_fetch_res(S)->selected, "%s",
		         u->comment);
	free(url);
	page_free(&P);
	return t;
}

/* ---- writing the assembled page back as JSON ---- */

/* s as a JSON string. Runs of bytes that need no escape (nearly all of a
 * comment) are copied whole: byte by byte this was a seventh of a fetch. */
static void put_string(tt_buf *b, const char *s, size_t len)
{
	tt_buf_addc(b, '"');
	size_t run = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c != '"' && c != '\\' && c >= 0x20)
			continue;
		tt_buf_add(b, s + run, i - run);
		if (c < 0x20)
			tt_buf_printf(b, "\\u%04x", c);
		else
			tt_buf_add(b, c == '"' ? "\\\"" : "\\\\", 2);
		run = i + 1;
	}
	tt_buf_add(b, s + run, len - run);
	tt_buf_addc(b, '"');
}

/* A scalar, or the opening bracket of a container (1 returned: push it). */
static int put_value(tt_buf *b, const tt_json *v)
{
	switch (v->type) {
	case TT_JSON_NULL:
		tt_buf_adds(b, "null");
		return 0;
	case TT_JSON_BOOL:
		tt_buf_adds(b, v->b ? "true" : "false");
		return 0;
	case TT_JSON_NUM:
		if (v->s)
			tt_buf_add(b, v->s, v->len);
		else
			tt_buf_printf(b, "%.17g", v->num);
		return 0;
	case TT_JSON_STR:
		put_string(b, v->s ? v->s : "", v->s ? v->len : 0);
		return 0;
	default:
		tt_buf_addc(b, v->type == TT_JSON_ARR ? '[' : '{');
		return 1;
	}
}

struct wframe {
	const tt_json *c, *next;
};

void tt_fetch_json_write(const tt_json *root, tt_buf *b)
{
	size_t n = 0, cap = 64;
	struct wframe *st = tt_xmalloc(cap * sizeof *st);
	if (put_value(b, root))
		st[n++] = (struct wframe){root, root->first};
	while (n) {
		struct wframe *f = &st[n - 1];
		const tt_json *v = f->next;
		if (!v) {
			tt_buf_addc(b, f->c->type == TT_JSON_ARR ? ']' : '}');
			n--;
			continue;
		}
		if (v != f->c->first)
			tt_buf_addc(b, ',');
		f->next = v->next;
		if (f->c->type == TT_JSON_OBJ) {
			put_string(b, v->key ? v->key : "", v->key ? strlen(v->key) : 0);
			tt_buf_addc(b, ':');
		}
		if (put_value(b, v)) {
			if (n == cap)
				st = tt_xrealloc(st, (cap *= 2) * sizeof *st);
			st[n++] = (struct wframe){v, v->first};
		}
	}
	free(st);
	tt_buf_add(b, NULL, 0);
}
