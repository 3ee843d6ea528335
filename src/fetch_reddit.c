/* fetch_reddit: a Reddit thread whole: the first page, then every "more" stub expanded, each
 * answer's comments built into the thread as it comes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/exitcodes.h"
#include "threadtag/fetch.h"
#include "threadtag/hash.h"
#include "threadtag/import.h"
#include "threadtag/xalloc.h"

/* At most 100 ids a morechildren request (Reddit's limit); at most so many
 * expansions, so that a server answering stubs with new stubs forever cannot
 * keep a fetch going forever (the rest stays counted as "more"). */
enum { IDS_PER_REQUEST = 100, MAX_EXPANSIONS = 20000 };

static const char id_chars[] = "abcdefghijklmnopqrstuvwxyz0123456789";

/* A "more" stub, waiting to be expanded. Its answer's tree is gone by then:
 * what is needed of it is copied. */
struct stub {
	tt_comment *parent; /* the comment it hangs under; NULL: the post */
	char **ids;         /* its "children" that may go into a URL */
	size_t nids, next;  /* next: the next id to ask for */
	int cont;           /* "continue this thread": fetched through the parent's permalink */
	long long count;    /* what it stands for, if never expanded (-1: not a sane number) */
	unsigned line, col; /* where that count stood, for the message */
};

/* Ids seen: the comments in the thread, and the ids asked for. Open
 * addressing over the project's hash; a comment's key is its own id in the
 * thread, an id only asked for owns a copy. */
struct slot {
	const char *id; /* NULL: free */
	tt_comment *c;  /* NULL: asked for, not (yet) in the thread */
	char *owned;
};

struct idmap {
	struct slot *s;
	size_t cap, n; /* cap a power of two, kept at most half full */
};

/* The thread being built. */
struct page {
	tt_fetch_session *S;
	tt_reddit_build *B;
	const char *url;                /* the first page's, for messages */
	char *base, *sub, *link, *sort; /* link: the post's fullname, t3_ID */
	struct idmap ids;
	struct stub *stubs;
	size_t nstubs, next_stub;
	size_t count;      /* comments in the thread */
	size_t expansions; /* requests for hidden replies made */
};

static struct slot *slot_for(struct idmap *m, const char *id)
{
	size_t mask = m->cap - 1, i = (size_t)tt_hash_field(TT_HASH_INIT, id) & mask;
	while (m->s[i].id && strcmp(m->s[i].id, id))
		i = (i + 1) & mask;
	return &m->s[i];
}

static struct slot *map_find(struct idmap *m, const char *id)
{
	if (!m->n)
		return NULL;
	struct slot *s = slot_for(m, id);
	return s->id ? s : NULL;
}

/* The slot for id, made (free: id NULL) when missing. */
static struct slot *map_add(struct idmap *m, const char *id)
{
	if (2 * (m->n + 1) > m->cap) {
		struct idmap old = *m;
		m->cap = m->cap ? m->cap * 2 : 1024;
		m->s = tt_xcalloc(m->cap, sizeof *m->s);
		for (size_t i = 0; i < old.cap; i++)
			if (old.s[i].id)
				*slot_for(m, old.s[i].id) = old.s[i];
		free(old.s);
	}
	struct slot *s = slot_for(m, id);
	if (!s->id)
		m->n++;
	return s;
}

static void map_free(struct idmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->s[i].owned);
	free(m->s);
}

/* The comment a fullname names: *c NULL for the post; -1 when unknown. */
static int parent_of(struct page *P, const char *fullname, tt_comment **c)
{
	*c = NULL;
	if (!strcmp(fullname, P->link))
		return 0;
	struct slot *s = strncmp(fullname, "t1_", 3) ? NULL : map_find(&P->ids, fullname + 3);
	if (!s || !s->c)
		return -1;
	*c = s->c;
	return 0;
}

/* Every comment as it is made: known by its id (the first of two alike). */
static void on_comment(void *ctx, tt_comment *c, const tt_json *data)
{
	struct page *P = ctx;
	(void)data;
	struct slot *s = map_add(&P->ids, c->id);
	if (!s->id)
		s->id = c->id;
	if (!s->c)
		s->c = c;
	P->count++;
}

/* Every stub as it is met: queued, with what it asks for copied. Ids that are
 * not what Reddit's ids are never go into a URL. */
static int on_stub(void *ctx, tt_comment *parent, const tt_json *node, long long count)
{
	struct page *P = ctx;
	const tt_json *d = tt_json_get(node, "data");
	const tt_json *kids = tt_json_get(d, "children");
	const tt_json *at = tt_json_get(d, "count");
	const char *id = tt_json_str(d, "id");
	struct stub st = {.parent = parent,
	                  .cont = (id && !strcmp(id, "_")) || !kids || kids->type != TT_JSON_ARR ||
	                          !kids->n,
	                  .count = count,
	                  .line = at ? at->line : 0,
	                  .col = at ? at->col : 0};
	for (const tt_json *k = st.cont ? NULL : kids->first; k; k = k->next) {
		const char *kid = k->type == TT_JSON_STR ? k->s : NULL;
		if (!kid || !*kid || strlen(kid) > 20 || strspn(kid, id_chars) != strlen(kid))
			continue;
		st.ids = tt_xrealloc(st.ids, (st.nids + 1) * sizeof *st.ids);
		st.ids[st.nids++] = tt_xstrdup(kid);
	}
	P->stubs = tt_xrealloc(P->stubs, (P->nstubs + 1) * sizeof *P->stubs);
	P->stubs[P->nstubs++] = st;
	return 0;
}

/* Is the comment in the thread, or was it asked for already? Marks it asked. */
static int known(struct page *P, const char *id)
{
	struct slot *s = map_add(&P->ids, id);
	if (s->id)
		return 1;
	s->id = s->owned = tt_xstrdup(id);
	return 0;
}

/* The next up-to-100 ids of stub s as "a,b,c"; advances it. Ids already in
 * the thread are not asked for again. */
static char *next_ids(struct page *P, struct stub *s)
{
	tt_buf b = {0};
	for (int i = 0; s->next < s->nids && i < IDS_PER_REQUEST; s->next++) {
		const char *id = s->ids[s->next];
		if (known(P, id))
			continue;
		if (i++)
			tt_buf_addc(&b, ',');
		tt_buf_adds(&b, id);
	}
	tt_buf_add(&b, NULL, 0);
	return b.data;
}

static const tt_json *things_of(const tt_json *root)
{
	const tt_json *t = tt_json_get(tt_json_get(tt_json_get(root, "json"), "data"), "things");
	return t && t->type == TT_JSON_ARR ? t : NULL;
}

/* Builds a morechildren answer's flat list, each thing under its parent_id
 * (under the stub's parent when that is not known). */
static int place_things(struct page *P, const tt_json *things, const struct stub *s)
{
	for (const tt_json *item = things->first; item; item = item->next) {
		const char *pid = tt_json_str(tt_json_get(item, "data"), "parent_id");
		tt_comment *parent;
		if (!pid || parent_of(P, pid, &parent) < 0)
			parent = s->parent;
		if (tt_reddit_build_add_one(P->B, parent, item) < 0)
			return -1;
	}
	return 0;
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
	int rc = root ? 0 : -1;
	if (root && !things) {
		tt_fetch_fail(P->S, EX_DATAERR, url,
		              "not a morechildren answer (expected json.data.things)");
		rc = -1;
	} else if (root && place_things(P, things, s) < 0) {
		tt_fetch_res(P->S)->code = EX_DATAERR;
		rc = -1;
	}
	tt_fetch_json_done(P->S, root);
	free(url);
	return rc;
}

/* "Continue this thread": the parent comment's own page, its replies built
 * under the parent. */
static int expand_cont(struct page *P, struct stub *s)
{
	if (!s->parent)
		return 0;
	char *url = tt_xasprintf("%s/r/%s/comments/%s/_/%s/.json?raw_json=1&limit=500&sort=%s",
	                         P->base, P->sub, P->link + 3, s->parent->id, P->sort);
	const tt_json *root = tt_fetch_json(P->S, url);
	int rc = root ? 0 : -1;
	const tt_json *first = root && root->type == TT_JSON_ARR && root->n == 2
	                           ? tt_json_get(root->first->next, "data")
	                           : NULL;
	const tt_json *kids = tt_json_get(first, "children");
	const tt_json *parent = kids && kids->first ? tt_json_get(kids->first, "data") : NULL;
	if (root && !parent) {
		tt_fetch_fail(P->S, EX_DATAERR, url, "not the comment page asked for");
		rc = -1;
	} else if (root) {
		const tt_json *theirs = tt_json_get(
		    tt_json_get(tt_json_get(parent, "replies"), "data"), "children");
		if (tt_reddit_build_add(P->B, s->parent, theirs) < 0) {
			tt_fetch_res(P->S)->code = EX_DATAERR;
			rc = -1;
		}
		s->next = s->nids;
	}
	tt_fetch_json_done(P->S, root);
	free(url);
	return rc;
}

/* Expands stubs until none is left (or the limit is reached); what is left
 * is counted as not loaded. */
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
		if (s->cont || s->next == s->nids)
			P->next_stub++;
		tt_fetch_count(P->S, P->count);
	}
	for (size_t i = P->next_stub; i < P->nstubs; i++) {
		struct stub *s = &P->stubs[i];
		tt_json at = {.type = TT_JSON_NUM, .line = s->line, .col = s->col};
		if (tt_reddit_build_more(P->B, s->parent, s->count, &at) < 0) {
			tt_fetch_res(P->S)->code = EX_DATAERR;
			return -1;
		}
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

/* Reads the post's id and subreddit and builds the first page's comments;
 * -1 when the page is not a thread. */
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
	if (!id || !listing || listing->type != TT_JSON_ARR || strspn(id, id_chars) != strlen(id) ||
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
	if (tt_reddit_build_add(P->B, NULL, listing) < 0) {
		tt_fetch_res(P->S)->code = EX_DATAERR;
		return -1;
	}
	return 0;
}

static void page_free(struct page *P)
{
	for (size_t i = 0; i < P->nstubs; i++) {
		for (size_t k = 0; k < P->stubs[i].nids; k++)
			free(P->stubs[i].ids[k]);
		free(P->stubs[i].ids);
	}
	free(P->stubs);
	map_free(&P->ids);
	tt_reddit_build_free(P->B);
	free(P->base);
	free(P->sub);
	free(P->link);
	free(P->sort);
}

tt_thread *tt_fetch_reddit(tt_fetch_session *S, const tt_url *u)
{
	struct page P = {.S = S,
	                 .base = tt_fetch_reddit_base(S),
	                 .sub = tt_xstrdup(u->sub),
	                 .sort = tt_xstrdup(u->sort[0] ? u->sort : "confidence")};
	char *url = first_url(&P, u);
	tt_reddit_hooks hooks = {.comment = on_comment, .stub = on_stub, .ctx = &P};
	/* The first page's tree is kept to the end: the post is read last, as the
	 * importer reads it once the comments have said how text is escaped. */
	P.B = tt_reddit_build_new(url, &hooks, tt_fetch_err(S));
	const tt_json *root = tt_fetch_json(S, url);
	tt_thread *t = NULL;
	if (root && read_first(&P, root, url) == 0) {
		tt_fetch_count(S, P.count);
		if (expand_all(&P) == 0) {
			t = tt_reddit_build_end(P.B, root);
			P.B = NULL;
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
