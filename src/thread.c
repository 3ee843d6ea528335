/* thread: arena-backed article + comment tree with O(1) navigation and lookup. */
#include "threadtag/thread.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/hash.h"
#include "threadtag/idtext.h"
#include "threadtag/xalloc.h"

/* Arena chunks: most threads fit in a handful; big strings get their own. */
enum { ARENA_CHUNK = 64 * 1024 };

struct chunk {
	struct chunk *next;
	size_t used, size;
	max_align_t data[]; /* aligned storage */
};

struct tt_thread_priv {
	struct chunk *chunks;
	/* Open-addressing id index: 1 + the comment's place in order, 0 for an
	 * empty slot (half the size of pointers, and a slot per comment or two). */
	uint32_t *slots;
	size_t nslots;
	tt_comment_extra **extras; /* open addressing by comment address */
	size_t nextras, nxslots;
	void (*on_free)(void *); /* releases what the strings point into (index.c) */
	void *on_free_arg;
	tt_comment *(*find)(void *, const char *); /* answers lookups instead (index.c) */
	void *find_arg;
};

tt_thread *tt_thread_new(void)
{
	tt_thread *t = tt_xcalloc(1, sizeof *t);
	t->priv = tt_xcalloc(1, sizeof *t->priv);
	return t;
}

void tt_thread_free(tt_thread *t)
{
	if (!t)
		return;
	struct chunk *c = t->priv->chunks;
	while (c) {
		struct chunk *next = c->next;
		free(c);
		c = next;
	}
	free(t->priv->slots);
	free(t->priv->extras);
	if (t->priv->on_free)
		t->priv->on_free(t->priv->on_free_arg);
	free(t->priv);
	free(t->order);
	free(t);
}

void tt_thread_on_free(tt_thread *t, void (*fn)(void *), void *arg)
{
	t->priv->on_free = fn;
	t->priv->on_free_arg = arg;
}

void tt_thread_set_finder(tt_thread *t, tt_comment *(*find)(void *arg, const char *id),
                          void *arg)
{
	t->priv->find = find;
	t->priv->find_arg = arg;
}

/* Arena memory, not zeroed, aligned to align (a power of two): strings take
 * align 1 so short fields do not each round up to 16 bytes. */
static void *arena_take(tt_thread *t, size_t size, size_t align)
{
	struct chunk *c = t->priv->chunks;
	size_t off = c ? (c->used + align - 1) & ~(align - 1) : 0;
	if (!c || off > c->size || c->size - off < size) {
		size_t cap = size > ARENA_CHUNK / 4 ? size : ARENA_CHUNK;
		struct chunk *n = tt_xmalloc(sizeof *n + cap);
		n->size = cap;
		if (c && cap == size) {
			/* A big block goes behind the current chunk so its space stays usable. */
			n->next = c->next;
			c->next = n;
			n->used = size;
			return n->data;
		}
		n->next = c;
		n->used = 0;
		t->priv->chunks = c = n;
		off = 0;
	}
	c->used = off + size;
	return (char *)c->data + off;
}

void *tt_thread_alloc(tt_thread *t, size_t size)
{
	return memset(arena_take(t, size, sizeof(max_align_t)), 0, size);
}

const char *tt_thread_strdup(tt_thread *t, const char *s, size_t len)
{
	if (!s)
		return NULL;
	if (len == (size_t)-1)
		len = strlen(s);
	char *p = arena_take(t, len + 1, 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

const char *tt_thread_strfmt(tt_thread *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	char *p = arena_take(t, (size_t)n + 1, 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void tt_strv_push(tt_thread *t, tt_strv *v, const char *s)
{
	if (v->n == v->cap) {
		/* Doubling inside the arena wastes at most the old arrays: fine for lists. */
		size_t cap = v->cap ? v->cap * 2 : 4;
		const char **nv = arena_take(t, cap * sizeof *nv, sizeof *nv);
		if (v->n)
			memcpy(nv, v->v, v->n * sizeof *nv);
		v->v = nv;
		v->cap = cap;
	}
	v->v[v->n++] = s;
}

void tt_strv_set(tt_thread *t, tt_strv *v, const char *const *s, size_t n)
{
	if (!n)
		return;
	v->v = arena_take(t, n * sizeof *v->v, sizeof *v->v);
	memcpy(v->v, s, n * sizeof *v->v);
	v->n = v->cap = n;
}

tt_comment *tt_thread_add_comment(tt_thread *t, tt_comment *parent)
{
	/* Aligned for its pointers only: comments alternate with strings in the
	 * arena, and each is one per comment of the thread. */
	tt_comment *c = memset(arena_take(t, sizeof *c, _Alignof(tt_comment)), 0, sizeof *c);
	c->parent = parent;
	tt_comment **first = parent ? &parent->first_child : &t->first;
	tt_comment **last = parent ? &parent->last_child : &t->last;
	if (*last)
		(*last)->next_sibling = c;
	else
		*first = c;
	*last = c;
	if (parent) {
		c->depth = parent->depth + 1;
	} else {
		t->ntop++;
	}
	t->ncomments++;
	return c;
}

static uint64_t fnv1a(uint64_t h, const char *s)
{
	return tt_hash_field(h, s);
}

static void id_from_hash(uint64_t h, unsigned occurrence, char out[32])
{
	char occ[16];
	snprintf(occ, sizeof occ, "%u", occurrence);
	h = fnv1a(h, occ);
	snprintf(out, 32, "c%012llx", (unsigned long long)(h >> 16));
}

/* Counts of identical contents seen so far, so the k-th copy of a comment
 * gets occurrence k in O(1) instead of probing k ids. */
struct occ_table {
	uint64_t *keys;
	unsigned *counts;
	size_t mask;
};

static unsigned occ_next(struct occ_table *o, uint64_t h)
{
	size_t i = (size_t)(h ^ (h >> 29)) & o->mask;
	while (o->counts[i] && o->keys[i] != h)
		i = (i + 1) & o->mask;
	o->keys[i] = h;
	return o->counts[i]++;
}

uint64_t tt_thread_id_hash(const char *id)
{
	return fnv1a(TT_HASH_INIT, id);
}

const uint32_t *tt_thread_id_slots(const tt_thread *t, size_t *nslots)
{
	*nslots = t->priv->nslots;
	return t->priv->find || !t->priv->nslots ? NULL : t->priv->slots;
}

static uint32_t *index_slot(const tt_thread *t, const char *id)
{
	const struct tt_thread_priv *p = t->priv;
	size_t mask = p->nslots - 1;
	for (size_t i = tt_thread_id_hash(id) & mask;; i = (i + 1) & mask) {
		uint32_t *s = &p->slots[i];
		if (!*s || strcmp(t->order[*s - 1]->id, id) == 0)
			return s;
	}
}

tt_comment *tt_thread_find(const tt_thread *t, const char *id)
{
	if (id && t->priv->find)
		return t->priv->find(t->priv->find_arg, id);
	if (!id || !t->priv->nslots)
		return NULL;
	uint32_t s = *index_slot(t, id);
	return s ? t->order[s - 1] : NULL;
}

/* ---- extras: a table by comment address, most comments having none ---- */

static size_t extra_hash(const tt_comment *c, size_t mask)
{
	uint64_t h = (uint64_t)(uintptr_t)c * 0x9e3779b97f4a7c15ULL;
	return (size_t)(h >> 32) & mask;
}

static tt_comment_extra **extra_slot(const struct tt_thread_priv *p, const tt_comment *c)
{
	size_t mask = p->nxslots - 1;
	for (size_t i = extra_hash(c, mask);; i = (i + 1) & mask)
		if (!p->extras[i] || p->extras[i]->c == c)
			return &p->extras[i];
}

const tt_comment_extra *tt_comment_extra_get(const tt_thread *t, const tt_comment *c)
{
	static const tt_comment_extra none;
	if (!(c->flags & TT_C_EXTRA) || !t->priv->nxslots)
		return &none;
	const tt_comment_extra *x = *extra_slot(t->priv, c);
	return x ? x : &none;
}

static void extras_grow(struct tt_thread_priv *p)
{
	tt_comment_extra **old = p->extras;
	size_t n = p->nxslots;
	p->nxslots = n ? 2 * n : 64;
	p->extras = tt_xcalloc(p->nxslots, sizeof *p->extras);
	for (size_t i = 0; i < n; i++)
		if (old[i])
			*extra_slot(p, old[i]->c) = old[i];
	free(old);
}

tt_comment_extra *tt_comment_extra_set(tt_thread *t, tt_comment *c)
{
	struct tt_thread_priv *p = t->priv;
	if (2 * (p->nextras + 1) > p->nxslots)
		extras_grow(p);
	tt_comment_extra **s = extra_slot(p, c);
	if (!*s) {
		*s = tt_thread_alloc(t, sizeof **s);
		(*s)->c = c;
		p->nextras++;
	}
	c->flags |= TT_C_EXTRA;
	return *s;
}

const tt_strv *tt_comment_previous(const tt_thread *t, const tt_comment *c)
{
	return &tt_comment_extra_get(t, c)->previous;
}

const char *tt_comment_edited(const tt_thread *t, const tt_comment *c)
{
	return tt_comment_extra_get(t, c)->edited;
}

const char *tt_comment_added(const tt_thread *t, const tt_comment *c)
{
	return tt_comment_extra_get(t, c)->added;
}

long long tt_comment_more(const tt_thread *t, const tt_comment *c)
{
	return tt_comment_extra_get(t, c)->more;
}

static size_t max_comments = TT_THREAD_MAX_COMMENTS;

void tt_thread_set_max_comments(size_t n)
{
	max_comments = n && n < TT_THREAD_MAX_COMMENTS ? n : TT_THREAD_MAX_COMMENTS;
}

size_t tt_thread_max_comments(void)
{
	return max_comments;
}

/* Walks the tree iteratively into t->order, fixing depth and subtree sizes. */
static void build_order(tt_thread *t)
{
	free(t->order);
	t->order = tt_xcalloc(t->ncomments ? t->ncomments : 1, sizeof *t->order);
	unsigned i = 0; /* ncomments is at most TT_THREAD_MAX_COMMENTS here */
	t->max_depth = 0;
	for (tt_comment *c = t->first; c; c = tt_comment_walk(c)) {
		c->index = i;
		c->subtree = 0;
		c->depth = c->parent ? c->parent->depth + 1 : 0;
		if (c->depth > t->max_depth)
			t->max_depth = c->depth;
		t->order[i++] = c;
	}
	for (unsigned j = i; j-- > 0;) {
		tt_comment *c = t->order[j];
		if (c->parent)
			c->parent->subtree += c->subtree + 1;
	}
}

/* Removes c from its parent's (or the top level's) list of children; prev
 * is its previous sibling, NULL for the first. */
static void unlink_comment(tt_thread *t, tt_comment *c, tt_comment *prev)
{
	tt_comment **first = c->parent ? &c->parent->first_child : &t->first;
	tt_comment **last = c->parent ? &c->parent->last_child : &t->last;
	if (prev)
		prev->next_sibling = c->next_sibling;
	else
		*first = c->next_sibling;
	if (!c->next_sibling)
		*last = prev;
	if (!c->parent)
		t->ntop--;
	c->next_sibling = NULL;
}

/* Appends c (with its subtree) as the last child of parent (NULL: the last
 * top-level comment). */
static void link_comment(tt_thread *t, tt_comment *c, tt_comment *parent)
{
	tt_comment **first = parent ? &parent->first_child : &t->first;
	tt_comment **last = parent ? &parent->last_child : &t->last;
	c->parent = parent;
	if (*last)
		(*last)->next_sibling = c;
	else
		*first = c;
	*last = c;
	if (!parent)
		t->ntop++;
}

/* c's previous sibling: prev when it is, else looked for (a caller's guess
 * from its own list can be wrong on a page it did not foresee). Not
 * tt_comment_prev_sibling: before tt_thread_finish there is no preorder. */
static tt_comment *prev_sibling(const tt_thread *t, const tt_comment *c, tt_comment *prev)
{
	if (prev ? prev->next_sibling == c : (c->parent ? c->parent->first_child : t->first) == c)
		return prev;
	tt_comment *k = c->parent ? c->parent->first_child : t->first, *before = NULL;
	for (; k && k != c; k = k->next_sibling)
		before = k;
	return before;
}

void tt_thread_move_comment(tt_thread *t, tt_comment *c, tt_comment *prev, tt_comment *parent)
{
	/* Under itself or one of its replies, c would leave the tree: no move.
	 * The importers' rules move comments on what a page shows, and a
	 * malformed page can show anything. */
	for (const tt_comment *p = parent; p; p = p->parent)
		if (p == c)
			return;
	unlink_comment(t, c, prev_sibling(t, c, prev));
	link_comment(t, c, parent);
}

void tt_thread_drop_comment(tt_thread *t, tt_comment *c, tt_comment *prev)
{
	if (c->first_child)
		return;
	unlink_comment(t, c, prev_sibling(t, c, prev));
	c->parent = NULL;
	t->ncomments--;
}

static int index_insert(tt_thread *t, tt_comment *c, tt_error *err)
{
	uint32_t *s = index_slot(t, c->id);
	if (*s) {
		const tt_comment *o = t->order[*s - 1];
		return tt_error_set(err, t->name ? t->name : "thread", c->line, c->col,
				    "duplicate comment id \"%s\" (first at line %u)", c->id, o->line);
	}
	*s = c->index + 1;
	return 0;
}

/* A clear id index as large as the comments need, at most half full. */
static void index_reset(tt_thread *t)
{
	struct tt_thread_priv *p = t->priv;
	size_t n = 16;
	while (n < t->ncomments * 2)
		n *= 2;
	if (n != p->nslots) {
		free(p->slots);
		p->slots = tt_xmalloc(n * sizeof *p->slots);
		p->nslots = n;
	}
	memset(p->slots, 0, n * sizeof *p->slots);
}

static void derive_thread_id(tt_thread *t)
{
	const tt_article *a = &t->article;
	uint64_t h = 0xcbf29ce484222325ULL;
	h = fnv1a(h, a->title);
	h = fnv1a(h, a->site);
	h = fnv1a(h, a->url);
	h = fnv1a(h, a->published);
	t->id = tt_thread_strfmt(t, "t%012llx", (unsigned long long)(h >> 16));
}

/* Marks a comment resolve_parent_refs moves, while it runs. */
static const unsigned MOVING = 1u << 31;

/* Takes the comments marked MOVING out of up's replies (NULL: the top level). */
static void drop_moving(tt_thread *t, tt_comment *up)
{
	tt_comment **first = up ? &up->first_child : &t->first;
	tt_comment *kept = NULL, *k = *first;
	*first = NULL;
	while (k) {
		tt_comment *next = k->next_sibling;
		k->next_sibling = NULL;
		if (k->flags & MOVING)
			t->ntop -= !up;
		else if (kept)
			kept = kept->next_sibling = k;
		else
			kept = *first = k;
		k = next;
	}
	*(up ? &up->last_child : &t->last) = kept;
}

/* The comment a parent_ref names, or NULL (err set) when it cannot be. */
static tt_comment *ref_target(tt_thread *t, tt_comment *c, const char *ref, tt_error *err)
{
	tt_comment *p = tt_thread_find(t, ref);
	const char *name = t->name ? t->name : "thread";
	if (!p)
		tt_error_set(err, name, c->line, c->col,
			     "parent \"%s\" is not a comment of this thread", ref);
	else if (p->index >= c->index)
		tt_error_set(err, name, c->line, c->col, "parent \"%s\" must come before its reply",
			     ref);
	return p && p->index < c->index ? p : NULL;
}

/* Moves each comment with a parent_ref under its parent, last of its replies
 * in source order. The parent must come earlier in source order (the current
 * preorder), which rules out cycles. All in one pass over the lists: a
 * comment keeps no link back to unlink it alone. */
static int resolve_parent_refs(tt_thread *t, tt_error *err)
{
	int moving = 0;
	for (size_t i = 0; i < t->ncomments; i++) {
		tt_comment *c = t->order[i];
		const char *ref = tt_comment_extra_get(t, c)->parent_ref;
		if (!ref || (c->parent && c->parent->id && strcmp(c->parent->id, ref) == 0))
			continue;
		if (!ref_target(t, c, ref, err)) {
			for (size_t j = 0; j < i; j++)
				t->order[j]->flags &= ~(unsigned)MOVING;
			return -1;
		}
		c->flags |= MOVING;
		moving = 1;
	}
	if (!moving)
		return 0;
	drop_moving(t, NULL);
	for (size_t i = 0; i < t->ncomments; i++)
		if (t->order[i]->first_child)
			drop_moving(t, t->order[i]);
	for (size_t i = 0; i < t->ncomments; i++) {
		tt_comment *c = t->order[i];
		if (c->flags & MOVING) {
			c->flags &= ~(unsigned)MOVING;
			link_comment(t, c, ref_target(t, c, tt_comment_extra_get(t, c)->parent_ref, err));
		}
	}
	return 0;
}

/* The id index over the given ids; with refs set when a comment has a
 * parent_ref, unnamed when one has no id. */
static int index_given(tt_thread *t, int *refs, int *unnamed, tt_error *err)
{
	index_reset(t);
	for (size_t i = 0; i < t->ncomments; i++) {
		tt_comment *c = t->order[i];
		*refs |= (c->flags & TT_C_EXTRA) && tt_comment_extra_get(t, c)->parent_ref;
		*unnamed |= c->id == NULL;
		if (c->id && index_insert(t, c, err) < 0)
			return -1;
	}
	return 0;
}

int tt_thread_finish(tt_thread *t, tt_error *err)
{
	struct tt_thread_priv *p = t->priv;
	if (t->ncomments > max_comments) /* the loaders say where; an importer cannot */
		return tt_error_set(err, t->name ? t->name : "thread", 0, 0,
				    "more than %zu comments: threadtag holds no more", max_comments);
	build_order(t);
	/* Given ids first, so a derived id can never take a given one's place. */
	int refs = 0, unnamed = 0;
	if (index_given(t, &refs, &unnamed, err) < 0)
		return -1;
	if (refs) { /* the places change: the index holds places, so again */
		if (resolve_parent_refs(t, err) < 0)
			return -1;
		build_order(t);
		if (index_given(t, &refs, &unnamed, err) < 0)
			return -1;
	}
	if (unnamed) { /* with every id given there is no table of occurrences to build */
		struct occ_table occ = {tt_xcalloc(p->nslots, sizeof *occ.keys),
					tt_xcalloc(p->nslots, sizeof *occ.counts), p->nslots - 1};
		for (size_t i = 0; i < t->ncomments; i++) {
			tt_comment *c = t->order[i];
			if (c->id)
				continue;
			uint64_t h = tt_idtext_hash(c);
			char id[32];
			do /* loops again only on a true hash collision */
				id_from_hash(h, occ_next(&occ, h), id);
			while (tt_thread_find(t, id));
			c->id = tt_thread_strdup(t, id, (size_t)-1);
			c->flags |= TT_C_DERIVED_ID;
			*index_slot(t, c->id) = c->index + 1;
		}
		free(occ.keys);
		free(occ.counts);
	}
	if (!t->id)
		derive_thread_id(t);
	return 0;
}

tt_comment *tt_comment_next(const tt_thread *t, const tt_comment *c)
{
	return c->index + 1 < t->ncomments ? t->order[c->index + 1] : NULL;
}

tt_comment *tt_comment_prev(const tt_thread *t, const tt_comment *c)
{
	return c->index > 0 ? t->order[c->index - 1] : NULL;
}

tt_comment *tt_comment_next_after_subtree(const tt_thread *t, const tt_comment *c)
{
	size_t i = (size_t)c->index + c->subtree + 1;
	return i < t->ncomments ? t->order[i] : NULL;
}

unsigned tt_comment_nchildren(const tt_comment *c)
{
	unsigned n = 0;
	for (const tt_comment *k = c->first_child; k; k = k->next_sibling)
		n++;
	return n;
}

tt_comment *tt_comment_top(const tt_comment *c)
{
	while (c->parent)
		c = c->parent;
	return (tt_comment *)c;
}

tt_comment *tt_comment_next_top(const tt_comment *c)
{
	return tt_comment_top(c)->next_sibling;
}

tt_comment *tt_comment_walk(const tt_comment *c)
{
	if (c->first_child)
		return c->first_child;
	while (c && !c->next_sibling)
		c = c->parent;
	return c ? c->next_sibling : NULL;
}

tt_comment *tt_comment_prev_sibling(const tt_thread *t, const tt_comment *c)
{
	if (!c->index)
		return NULL;
	/* The comment before c in preorder is its previous sibling or one of
	 * that sibling's replies, or else c's parent. */
	tt_comment *p = t->order[c->index - 1];
	while (p->depth > c->depth)
		p = p->parent;
	return p->depth == c->depth ? p : NULL;
}

tt_comment *tt_comment_prev_top(const tt_thread *t, const tt_comment *c)
{
	const tt_comment *top = tt_comment_top(c);
	/* From inside a subtree, "previous top-level" first means its own top. */
	return top != c ? (tt_comment *)top : tt_comment_prev_sibling(t, top);
}

char *tt_comment_text(const tt_comment *c)
{
	size_t len = 1;
	for (size_t i = 0; i < c->body.n; i++)
		len += strlen(c->body.v[i]) + 2;
	char *s = tt_xmalloc(len), *p = s;
	for (size_t i = 0; i < c->body.n; i++) {
		if (i) {
			memcpy(p, "\n\n", 2);
			p += 2;
		}
		size_t n = strlen(c->body.v[i]);
		memcpy(p, c->body.v[i], n);
		p += n;
	}
	*p = '\0';
	return s;
}
