/* html_records: comment records found by how the page's markup repeats (after MDR and DEPTA), no names read. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/dates.h"
#include "threadtag/datetime.h"
#include "threadtag/textline.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

/* Where no reader knows a page's comments and no run of one kind of block
 * shows them, the page's markup still repeats: record-extraction research
 * finds a page's data regions by comparing adjacent sibling subtrees and
 * runs of them (generalized nodes) by the similarity of their tag
 * structure (MDR: Liu, Grossman and Zhai, KDD 2003), and aligns the
 * records a region holds so that each aligned place is one field (DEPTA:
 * Zhai and Liu, WWW 2005, by partial tree alignment). Here a region's
 * records are aligned by the path of their texts from the record's root
 * (tags and places among siblings of one tag, as html_slots aligns the
 * comments a reader found; never class names), and the region whose
 * records each show a varying short text (a name), a time and other words
 * is the comment section. Records alike inside a record are its answers. */

/* An element's shape: its first TT_RECORDS_SHAPE elements in document order
 * (itself included) as (depth below it, tag) codes, sorted; answers nest at
 * a record's end, so the first elements are the record's own. */
#define TT_RECORDS_SHAPE 24
#define SHAPE_DEPTH 4
#define GEN_MAX 3 /* siblings a generalized node may join (MDR's K) */
#define SIM_MIN 70 /* percent alike for two neighbours to be one region's */
#define NEST_SIM 70 /* percent alike to the region's first record, for an answer */

struct shape {
	uint16_t v[TT_RECORDS_SHAPE];
	unsigned char n;
};

static int records_elem(const tt_hnode *n)
{
	return n && n->type == TT_HNODE_ELEMENT;
}

/* Subtrees that hold no record's words. */
static int records_opaque(const tt_hnode *n)
{
	static const char *const tags[] = {"script", "style", "head",  "template",
	                                   "svg",    "noscript", "select"};
	for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
		if (tt_html_is(n, tags[i]))
			return 1;
	return 0;
}

static uint16_t records_code(const char *tag, unsigned depth)
{
	uint32_t h = 2166136261u;
	for (const unsigned char *p = (const unsigned char *)tag; *p; p++)
		h = (h ^ *p) * 16777619u;
	return (uint16_t)(((h & 0x3fff) << 2) | (depth & 3));
}

/* A line break is the words' own layout, not the record's: a long message
 * holds many, a short one none (AMSEL's rows of words). */
static int shape_skipped(const tt_hnode *n)
{
	return !records_elem(n) || records_opaque(n) || tt_html_is(n, "br") || tt_html_is(n, "wbr");
}

static void shape_walk(const tt_hnode *n, unsigned depth, struct shape *s)
{
	for (const tt_hnode *c = n->children; c && s->n < TT_RECORDS_SHAPE; c = c->next)
		if (!shape_skipped(c)) {
			s->v[s->n++] = records_code(c->name, depth);
			if (depth + 1 < SHAPE_DEPTH)
				shape_walk(c, depth + 1, s);
		}
}

static int cmp_code(const void *a, const void *b)
{
	uint16_t x = *(const uint16_t *)a, y = *(const uint16_t *)b;
	return x < y ? -1 : x > y;
}

static void shape_of(const tt_hnode *n, struct shape *s)
{
	s->n = 0;
	s->v[s->n++] = records_code(n->name, 0);
	shape_walk(n, 1, s);
	qsort(s->v, s->n, sizeof *s->v, cmp_code);
}

/* Codes two sorted shapes share (a multiset intersection, one merge). */
static unsigned shape_common(const struct shape *a, const struct shape *b)
{
	unsigned i = 0, j = 0, k = 0;
	while (i < a->n && j < b->n)
		if (a->v[i] == b->v[j])
			i++, j++, k++;
		else if (a->v[i] < b->v[j])
			i++;
		else
			j++;
	return k;
}

/* Percent alike of the generalized nodes of k siblings from a and from b
 * (shapes s[a..a+k) and s[b..b+k)), sibling by sibling (the normalized
 * similarity MDR compares neighbours by, over shapes, not strings). */
static unsigned gen_sim(const struct shape *s, size_t a, size_t b, size_t k)
{
	unsigned common = 0, all = 0;
	for (size_t i = 0; i < k; i++) {
		common += shape_common(&s[a + i], &s[b + i]);
		all += s[a + i].n + s[b + i].n;
	}
	return all ? 200 * common / all : 0;
}

/* A region: under one parent, count generalized nodes of k siblings from
 * kids[first] on. */
struct region {
	size_t first, count, k;
};

/* The region under a parent covering most of its children (MDR's
 * combination of generalized nodes); kids are the parent's elements. */
static struct region best_region(const struct shape *s, size_t m)
{
	struct region best = {0, 0, 0};
	for (size_t k = 1; k <= GEN_MAX && 2 * k <= m; k++)
		for (size_t start = 0; start < k; start++) {
			size_t from = start, run = 1;
			for (size_t j = start; j + 2 * k <= m; j += k) {
				if (gen_sim(s, j, j + k, k) >= SIM_MIN) {
					run++;
				} else {
					from = j + k;
					run = 1;
				}
				if (run >= 2 && run * k > best.count * best.k)
					best = (struct region){from, run, k};
			}
		}
	return best;
}

/* ---- a region's records aligned: which place is the name, the time ------ */

/* One text of a record: where it sits (its path from the record's root),
 * and what it looks like. */
struct rleaf {
	tt_hnode *node;
	char *text;
	uint64_t key;
	unsigned rec, words, slot;
	unsigned char time, link, heading; /* reads as a time, in a link, in a heading */
	unsigned char role;                /* ROLE_* once the slots are weighed */
};

enum { ROLE_TEXT, ROLE_NAME, ROLE_TIME, ROLE_SAME };

#define LEAVES_MAX 200 /* texts of a record aligned: its header and first words */

/* The records of one region (answers nested in them too) and their texts. */
struct member {
	const tt_hnode *node;
	unsigned rec;
};

struct reading {
	tt_hnode **mem;      /* each record's elements (a generalized node), in turn */
	size_t *start;       /* record i's elements: mem[start[i]] on, span[i] of them */
	unsigned char *span;
	size_t nrec;
	struct member *by;   /* every record's elements by address, to skip answers */
	size_t nby;
	struct rleaf *l;
	size_t nl, capl;
	unsigned cur, inrec; /* the record being listed, its texts so far */
	const tt_hnode *root; /* the element of it being listed, and its place */
	unsigned part;
	size_t work; /* nodes visited reading the region */
};

static int cmp_ptr(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t) * (tt_hnode *const *)a, y = (uintptr_t) * (tt_hnode *const *)b;
	return x < y ? -1 : x > y;
}

static int cmp_member(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const struct member *)a)->node;
	uintptr_t y = (uintptr_t)((const struct member *)b)->node;
	return x < y ? -1 : x > y;
}

/* The record n is an element of, plus one; 0 when none. */
static unsigned record_of(const struct reading *g, const tt_hnode *n)
{
	struct member key = {n, 0};
	const struct member *m = bsearch(&key, g->by, g->nby, sizeof *g->by, cmp_member);
	return m ? m->rec + 1 : 0;
}

static tt_hnode *rec_first(const struct reading *g, size_t i)
{
	return g->mem[g->start[i]];
}

static int in_link(const tt_hnode *n, const tt_hnode *root)
{
	for (; n && n != root; n = n->parent)
		if (tt_html_is(n, "a") || tt_html_is(n, "button"))
			return 1;
	return 0;
}

/* The place of a text's box: its nearest ancestor that is no link and no
 * inline element, by its path from the record's root (a name linked in one
 * record and not in the next sits in one place). */
static uint64_t box_key(const tt_hnode *n, const tt_hnode *root)
{
	const tt_hnode *box = n->parent;
	while (box != root && (tt_html_is(box, "a") || ihx_inline_box(box)))
		box = box->parent;
	return box == root ? ihx_slots_path(n, root) : ihx_slots_path(box, root);
}

/* In a title's heading (h1 to h3; a name sits in an h4 or h5 on some
 * forums, a teaser's title in an h2 or h3). */
static int in_heading(const tt_hnode *n, const tt_hnode *root)
{
	for (; n && n != root; n = n->parent)
		if (tt_html_heading(n) && n->name[1] <= '3')
			return 1;
	return 0;
}

static int leaf_enter(tt_hnode *n, void *u)
{
	struct reading *g = u;
	const tt_hnode *root = g->root;
	g->work++;
	if (n->type == TT_HNODE_ELEMENT)
		return !records_opaque(n) && !ihx_hidden(n) && !(n != root && record_of(g, n)) &&
		       !tt_html_is(n, "form") && !tt_html_is(n, "textarea");
	if (n->type != TT_HNODE_TEXT || !n->content || g->inrec >= LEAVES_MAX)
		return 0;
	char *t = tt_html_squeeze(n->content);
	if (!t)
		return 0;
	if (g->nl == g->capl) {
		g->capl = g->capl ? 2 * g->capl : 256;
		g->l = tt_xrealloc(g->l, g->capl * sizeof *g->l);
	}
	size_t len = strlen(t);
	g->l[g->nl++] = (struct rleaf){
	    .node = n,
	    .text = t,
	    .key = box_key(n, root) ^ (g->part * 0x9E3779B97F4A7C15ull),
	    .rec = g->cur,
	    .words = (unsigned)tt_textline_count_words(t, len),
	    .time = len < 64 && tt_dates_is_time(t, 0),
	    .link = in_link(n, root),
	    .heading = in_heading(n, root),
	};
	g->inrec++;
	return 0;
}

/* A place of the records: how many hold a box there, in how many it holds
 * a time, opens with the first record's text (digits aside, or exactly),
 * holds a name-like text (the first record's again, digits aside: "6 min
 * read" in every teaser is a label, no name); and
 * the box's rank in its record. */
struct rslot {
	unsigned present, times, same, exact, namelike, name_same;
	double pos;
};

/* A short text with a letter, no time, no address, in no heading (a
 * heading's short text is a teaser's title). */
static int namelike(const struct rleaf *l)
{
	size_t letters = 0;
	for (const unsigned char *c = (const unsigned char *)l->text; *c; c++)
		letters += (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || *c >= 0x80;
	return letters > 0 && l->words <= 4 && strlen(l->text) < 64 && !l->time && !l->heading &&
	       !strstr(l->text, "://") && !strstr(l->text, "www.");
}

/* Two texts the same but for their digits ("#1" and "#2", "Posts: 10"
 * and "Posts: 11"): one label of the template, a counter in it. */
static int same_but_digits(const char *a, const char *b)
{
	for (;; a++, b++) {
		while (*a >= '0' && *a <= '9')
			a++;
		while (*b >= '0' && *b <= '9')
			b++;
		if (*a != *b)
			return 0;
		if (!*a)
			return 1;
	}
}

static int cmp_leaf_key(const void *a, const void *b)
{
	const struct rleaf *x = *(const struct rleaf *const *)a, *y = *(const struct rleaf *const *)b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x < y ? -1 : x > y;
}

/* The places of a region's records measured: each leaf's slot set. */
static struct rslot *measure_slots(struct reading *g, size_t *ns_out)
{
	struct rleaf **by = tt_xmalloc((g->nl ? g->nl : 1) * sizeof *by);
	for (size_t i = 0; i < g->nl; i++)
		by[i] = &g->l[i];
	qsort(by, g->nl, sizeof *by, cmp_leaf_key);
	struct rslot *sl = tt_xcalloc(g->nl ? g->nl : 1, sizeof *sl);
	unsigned *start = tt_xcalloc(g->nrec + 1, sizeof *start);
	for (size_t i = g->nl; i-- > 0;)
		start[g->l[i].rec] = (unsigned)i;
	size_t ns = 0;
	for (size_t i = 0, end; i < g->nl; i = end, ns++) {
		const struct rleaf *first = by[i];
		unsigned char timed = 0, named = 0;
		const char *name0 = NULL; /* the first name-like text of the place */
		for (end = i; end < g->nl && by[end]->key == first->key; end++) {
			struct rleaf *l = by[end];
			struct rslot *x = &sl[ns];
			int nl = namelike(l);
			l->slot = (unsigned)ns;
			if (end > i && by[end - 1]->rec == l->rec) { /* the box's later texts */
				x->times += l->time && !timed, timed |= l->time;
			} else {
				timed = l->time, named = 0;
				x->present++, x->times += l->time;
				x->same += same_but_digits(l->text, first->text);
				x->exact += !strcmp(l->text, first->text);
				x->pos += (double)(l - g->l) - start[l->rec];
			}
			if (!nl || named)
				continue;
			named = 1, x->namelike++;
			if (!name0)
				name0 = l->text;
			x->name_same += same_but_digits(l->text, name0);
		}
	}
	free(start), free(by);
	*ns_out = ns;
	return sl;
}

/* The first leaf of the record of leaf from, in slot, that reads as a
 * name (name 1; else its first short text) or a time (name 0), from leaf
 * from on; g->nl when none. */
static size_t leaf_in(const struct reading *g, size_t from, unsigned slot, int name)
{
	size_t other = g->nl; /* a name longer than most, where the others sit */
	for (size_t i = from; i < g->nl && g->l[i].rec == g->l[from].rec; i++) {
		const struct rleaf *l = &g->l[i];
		if (l->slot == slot && (name ? namelike(l) : l->time))
			return i;
		if (name && l->slot == slot && other == g->nl && !l->time && l->words <= 8)
			other = i;
	}
	return other;
}

/* Each record's leaves given their roles: its name (the first name-like
 * text of the name's box), its time, the template's labels and the rest. */
static void give_roles(struct reading *g, const struct rslot *sl, size_t name, size_t time)
{
	for (size_t i = 0, end; i < g->nl; i = end) {
		for (end = i; end < g->nl && g->l[end].rec == g->l[i].rec; end++) {
			struct rleaf *l = &g->l[end];
			const struct rslot *x = &sl[l->slot];
			int same = x->present >= 3 && 3 * x->same >= 2 * x->present;
			l->role = same ? ROLE_SAME : ROLE_TEXT;
			if ((l->slot == name || l->slot == time) && l->words <= 4)
				l->role = ROLE_SAME; /* the header's joining words */
		}
		size_t n = leaf_in(g, i, (unsigned)name, 1), t = leaf_in(g, i, (unsigned)time, 0);
		if (n < g->nl)
			g->l[n].role = ROLE_NAME;
		if (t < g->nl && t != n)
			g->l[t].role = ROLE_TIME;
	}
}

/* The roles of a region's places: the time (most records show a time
 * there, the most times that differ from the first record's: a date every
 * record repeats is the template's or the writer's joining date), texts every record repeats (labels, buttons), and the name (the
 * earliest place most records fill with a short text that differs from
 * record to record). Returns 1 when a name and a time were found. */
static int weigh_slots(struct reading *g)
{
	size_t ns, name, time;
	struct rslot *sl = measure_slots(g, &ns);
	unsigned nr = (unsigned)g->nrec;
	name = time = ns;
	for (size_t k = 0; k < ns; k++) {
		const struct rslot *x = &sl[k];
		if (3 * x->times >= 2 * x->present && 2 * x->present >= nr &&
		    (time == ns || x->present - x->exact > sl[time].present - sl[time].exact))
			time = k;
		if (3 * x->present >= 2 * nr && 2 * x->name_same < x->namelike + 1 &&
		    3 * x->namelike >= 2 * x->present &&
		    (name == ns || x->pos / x->present < sl[name].pos / sl[name].present))
			name = k;
	}
	if (name < ns && time < ns)
		give_roles(g, sl, name, time);
	free(sl);
	return name < ns && time < ns;
}

/* Records holding a name, a time and words outside links of their own;
 * none when every record holds the same words. */
static size_t good_records(const struct reading *g)
{
	unsigned char *has = tt_xcalloc(g->nrec ? g->nrec : 1, 1);
	const char *text0 = NULL; /* the first record's words */
	size_t same = 0, texts = 0;
	for (size_t i = 0; i < g->nl; i++) {
		const struct rleaf *l = &g->l[i];
		has[l->rec] |= l->role == ROLE_NAME ? 1 : l->role == ROLE_TIME ? 2 : 0;
		if (has[l->rec] & 4 || l->role != ROLE_TEXT || l->link ||
		    (l->words < 2 && strlen(l->text) < 15))
			continue; /* two words, or a sentence written without spaces */
		has[l->rec] |= 4, texts++;
		if (!text0)
			text0 = l->text;
		same += !strcmp(text0, l->text);
	}
	size_t good = 0;
	for (size_t k = 0; k < g->nrec; k++)
		good += has[k] == 7;
	free(has);
	return same == texts ? 0 : good; /* one text in every record: a list of one thing */
}

static void reading_free(struct reading *g)
{
	for (size_t i = 0; i < g->nl; i++)
		free(g->l[i].text);
	free(g->l), free(g->mem), free(g->start), free(g->span), free(g->by);
	memset(g, 0, sizeof *g);
}

/* ---- answers: records alike nested inside a record ---------------------- */

struct nest {
	struct reading *g;     /* its records so far */
	size_t capmem, caprec;
	struct shape proto;    /* the region's first record's first element */
	const char *tag;       /* and its tag */
	uint64_t head_key;     /* and the place of its first text */
	size_t k;              /* the elements of a record */
	const tt_hnode *head;  /* the first text of the record walked: its header */
	const tt_hnode *later[256]; /* elements of answers after their first, walked */
	size_t nlater;
};

static void nest_push(struct nest *w, tt_hnode **m, size_t k)
{
	struct reading *g = w->g;
	if (g->nrec == w->caprec) {
		w->caprec = w->caprec ? 2 * w->caprec : 32;
		g->start = tt_xrealloc(g->start, w->caprec * sizeof *g->start);
		g->span = tt_xrealloc(g->span, w->caprec * sizeof *g->span);
	}
	if (g->nby + k > w->capmem) {
		w->capmem = 2 * (g->nby + k) + 32;
		g->mem = tt_xrealloc(g->mem, w->capmem * sizeof *g->mem);
	}
	g->start[g->nrec] = g->nby, g->span[g->nrec] = (unsigned char)k;
	for (size_t j = 0; j < k; j++)
		g->mem[g->nby++] = m[j];
	g->nrec++;
}

static tt_hnode *next_kid(const tt_hnode *n)
{
	for (tt_hnode *c = n->next; c; c = c->next)
		if (records_elem(c) && !records_opaque(c))
			return c;
	return NULL;
}

static const tt_hnode *first_text(const tt_hnode *n)
{
	for (const tt_hnode *c = n->children; c; c = c->next) {
		if (c->type == TT_HNODE_TEXT && c->content && c->content[strspn(c->content, " \t\r\n")])
			return c;
		const tt_hnode *in = records_elem(c) && !records_opaque(c) ? first_text(c) : NULL;
		if (in)
			return in;
	}
	return NULL;
}

static int contains(const tt_hnode *box, const tt_hnode *n)
{
	for (; n; n = n->parent)
		if (n == box)
			return 1;
	return 0;
}

static int nest_enter(tt_hnode *n, void *u);

/* A record's elements walked for answers, its first text their header's. */
static void nest_walk(struct nest *w, tt_hnode **m, size_t k)
{
	const tt_hnode *was = w->head;
	w->head = first_text(m[0]);
	for (size_t j = 0; j < k; j++)
		tt_html_walk(m[j], nest_enter, NULL, w);
	w->head = was;
}

/* An element inside a record of the records' tag, shaped as they are, its
 * first text at the place of theirs (a header aligned with theirs), that
 * does not hold the record's first text (the record's own inner box
 * would), with the siblings a record spans: an answer. */
static int nest_enter(tt_hnode *n, void *u)
{
	struct nest *w = u;
	w->g->work++;
	if (!records_elem(n) || records_opaque(n))
		return 0;
	for (size_t i = w->nlater; i-- > 0;)
		if (w->later[i] == n) { /* walked with its answer's first element */
			w->later[i] = w->later[--w->nlater];
			return 0;
		}
	if (contains(n, w->head) || strcmp(n->name, w->tag) != 0)
		return 1;
	struct shape s;
	shape_of(n, &s);
	const tt_hnode *head = first_text(n);
	if (200 * shape_common(&s, &w->proto) < NEST_SIM * (unsigned)(s.n + w->proto.n) || !head ||
	    ihx_slots_path(head, n) != w->head_key || w->nlater + w->k > 256)
		return 1;
	tt_hnode *m[GEN_MAX] = {n};
	for (size_t j = 1; j < w->k; j++)
		if (!(m[j] = next_kid(m[j - 1])))
			return 1;
	nest_push(w, m, w->k);
	for (size_t j = 1; j < w->k; j++)
		w->later[w->nlater++] = m[j];
	nest_walk(w, m, w->k);
	return 0;
}

/* A region's records and the answers in them, read: *g filled. */
static void read_region(struct reading *g, tt_hnode **kids, const struct region *r,
                        const struct shape *proto)
{
	memset(g, 0, sizeof *g);
	struct nest *w = tt_xcalloc(1, sizeof *w);
	*w = (struct nest){.g = g, .proto = *proto, .tag = kids[r->first]->name, .k = r->k};
	const tt_hnode *head = first_text(kids[r->first]);
	w->head_key = head ? ihx_slots_path(head, kids[r->first]) : 0;
	for (size_t i = 0; i < r->count; i++) {
		tt_hnode **m = kids + r->first + i * r->k;
		nest_push(w, m, r->k);
		nest_walk(w, m, r->k);
	}
	free(w);
	g->by = tt_xmalloc((g->nby ? g->nby : 1) * sizeof *g->by);
	for (size_t i = 0; i < g->nrec; i++)
		for (size_t j = 0; j < g->span[i]; j++)
			g->by[g->start[i] + j] = (struct member){g->mem[g->start[i] + j], (unsigned)i};
	qsort(g->by, g->nby, sizeof *g->by, cmp_member);
	for (g->cur = 0; g->cur < g->nrec; g->cur++) {
		g->inrec = 0;
		for (g->part = 0; g->part < g->span[g->cur]; g->part++) {
			g->root = g->mem[g->start[g->cur] + g->part];
			tt_html_walk((tt_hnode *)g->root, leaf_enter, NULL, g);
		}
	}
}

/* ---- the comment region of the page --------------------------------------- */

struct ihx_records {
	struct reading g;
	size_t topic; /* the record that is the thread's opening post, or g.nrec */
};

/* The best comment region so far, and the work space. A region is read
 * for each parent that has one, so regions nested in regions are read
 * again at each level: the nodes visited so are counted, and past a
 * budget linear in the page no more regions are read (a page nesting
 * like regions thousands deep stays linear). */
struct hunt {
	tt_hnode **kids;
	struct shape *shapes;
	size_t cap;
	struct reading best;
	size_t worth;
	size_t spent, budget;
};

static size_t kids_of(struct hunt *w, tt_hnode *n)
{
	size_t m = 0;
	for (tt_hnode *c = n->children; c; c = c->next)
		if (records_elem(c) && !records_opaque(c)) {
			if (m == w->cap) {
				w->cap = w->cap ? 2 * w->cap : 64;
				w->kids = tt_xrealloc(w->kids, w->cap * sizeof *w->kids);
				w->shapes = tt_xrealloc(w->shapes, w->cap * sizeof *w->shapes);
			}
			w->kids[m] = c;
			shape_of(c, &w->shapes[m]);
			m++;
		}
	return m;
}

/* Every parent's best region, weighed as comments. */
static int hunt_enter(tt_hnode *n, void *u)
{
	struct hunt *w = u;
	if (!records_elem(n) || records_opaque(n) || w->spent > w->budget)
		return 0;
	size_t m = kids_of(w, n);
	if (m < 2)
		return 1;
	struct region r = best_region(w->shapes, m);
	if (!r.k)
		return 1;
	struct reading g;
	read_region(&g, w->kids, &r, &w->shapes[r.first]);
	w->spent += g.work;
	size_t good = weigh_slots(&g) ? good_records(&g) : 0;
	if (good >= 2 && 3 * good >= 2 * g.nrec && good > w->worth) {
		reading_free(&w->best);
		w->best = g, w->worth = good;
	} else {
		reading_free(&g);
	}
	return 1;
}

void ihx_records_find(struct html *h, tt_hnode *top)
{
	struct hunt w = {.budget = 32 * h->ninfo + 65536};
	hunt_enter(top, &w);
	tt_html_walk(top, hunt_enter, NULL, &w);
	free(w.kids);
	free(w.shapes);
	if (!w.worth)
		return;
	h->records = tt_xcalloc(1, sizeof *h->records);
	h->records->g = w.best;
	h->records->topic = w.best.nrec;
	for (size_t i = 0; i < w.best.nrec; i++) {
		ihx_mark_root(h, rec_first(&w.best, i));
		for (size_t j = 1; j < w.best.span[i]; j++) /* its other elements: no article's */
			ihx_info(w.best.mem[w.best.start[i] + j])->root = 1;
	}
}

/* ---- the records read as comments ----------------------------------------- */

struct body_skip {
	const struct reading *g;
	const tt_hnode **fields; /* the texts of names, times and labels, sorted */
	size_t nfields;
	tt_comment **c; /* each record's comment, once made */
};

/* All of an element's texts are fields (up to a few nodes; *seen counts
 * them): no words of the comment. */
static int field_only(const struct body_skip *b, const tt_hnode *n, unsigned *budget,
                      unsigned *seen)
{
	for (const tt_hnode *c = n->children; c; c = c->next) {
		if (!(*budget)--)
			return 0;
		if (c->type == TT_HNODE_TEXT && c->content && c->content[strspn(c->content, " \t\r\n")]) {
			if (!bsearch(&c, b->fields, b->nfields, sizeof *b->fields, cmp_ptr))
				return 0;
			++*seen;
		}
		if (records_elem(c) && !field_only(b, c, budget, seen))
			return 0;
	}
	return 1;
}

static int body_skip_fn(const tt_hnode *n, void *u)
{
	const struct body_skip *b = u;
	unsigned budget = 32, seen = 0;
	if (n->type != TT_HNODE_ELEMENT)
		return 0;
	if (record_of(b->g, n) || records_opaque(n) || ihx_hidden(n) || tt_html_is(n, "form") ||
	    tt_html_is(n, "button"))
		return 1; /* an answer, a hidden box, a form */
	return field_only(b, n, &budget, &seen) && seen; /* a line break is no field */
}

/* The comment of the record around record k's first element (its answer's
 * place), or NULL. */
static tt_comment *record_parent(const struct body_skip *bs, size_t k)
{
	for (const tt_hnode *a = rec_first(bs->g, k)->parent; a; a = a->parent) {
		unsigned in = record_of(bs->g, a);
		if (in)
			return bs->c[in - 1];
	}
	return NULL;
}

/* The text of one element of a record: its texts loose in it and its
 * boxes' paragraphs, but its fields, answers and buttons. */
static void element_text(struct html *h, struct body_skip *bs, tt_hnode *m, tt_strv *body,
                         unsigned **lines, size_t *nlines)
{
	for (tt_hnode *n = m->children; n; n = n->next) {
		char *loose = n->type == TT_HNODE_TEXT && n->content &&
		                      !bsearch(&n, bs->fields, bs->nfields, sizeof *bs->fields, cmp_ptr)
		                  ? tt_html_squeeze(n->content)
		                  : NULL;
		if (loose) { /* text loose in the record, beside its fields */
			tt_strv_push(h->t, body, tt_thread_strdup(h->t, loose, strlen(loose)));
			*lines = tt_xrealloc(*lines, (*nlines + 1) * sizeof **lines);
			(*lines)[(*nlines)++] = tt_html_line(n);
		} else if (n->type == TT_HNODE_ELEMENT && !body_skip_fn(n, bs)) {
			tt_html_paragraphs(h->t, n, body_skip_fn, bs, body, lines, nlines);
		}
		free(loose);
	}
}

/* Record k's name and time (its leaves from *leaf on, *leaf moved past
 * them). */
static void record_fields(const struct reading *g, size_t k, size_t *leaf, const char **name,
                          const struct rleaf **when)
{
	*name = NULL, *when = NULL;
	for (; *leaf < g->nl && g->l[*leaf].rec == k; ++*leaf) {
		const struct rleaf *l = &g->l[*leaf];
		if (l->role == ROLE_NAME && !*name)
			*name = l->text;
		if (l->role == ROLE_TIME && !*when)
			*when = l;
	}
}

/* The thread's opening post among the records: the article's words,
 * writer and time. */
static void record_article(struct html *h, struct body_skip *bs, size_t k, const char *name,
                           const struct rleaf *when)
{
	const struct reading *g = bs->g;
	unsigned *lines = NULL;
	size_t nlines = 0;
	tt_strv body = {0};
	for (size_t j = 0; j < g->span[k]; j++)
		element_text(h, bs, g->mem[g->start[k] + j], &body, &lines, &nlines);
	h->t->article.body = body;
	free(h->author);
	h->author = name ? tt_xstrdup(name) : NULL;
	free(h->published);
	h->published = when ? tt_xstrdup(when->text) : NULL;
	for (size_t i = 0; i < body.n; i++)
		tt_import_explain(h->r, lines[i], lines[i], "article", body.v[i],
		                  strlen(body.v[i]));
	free(lines);
}

static void record_comment(struct html *h, struct body_skip *bs, size_t k, size_t *leaf)
{
	const struct reading *g = bs->g;
	tt_hnode *root = rec_first(g, k);
	const char *name;
	const struct rleaf *wl;
	record_fields(g, k, leaf, &name, &wl);
	const char *when = wl ? wl->text : NULL;
	const tt_hnode *when_node = wl ? wl->node : NULL;
	if (k == h->records->topic) {
		record_article(h, bs, k, name, wl);
		return;
	}
	if (!ihx_is_root(root))
		return; /* left out as a sidebar's */
	tt_comment *c = tt_thread_add_comment(h->t, record_parent(bs, k));
	ihx_info(root)->c = bs->c[k] = c;
	c->line = tt_html_line(root);
	c->author = name ? ihx_arena(h, name) : NULL;
	if (when)
		ihx_set_time(h, &c->posted, &c->time, when, ihx_time_attr(when_node->parent));
	unsigned *lines = NULL;
	size_t nlines = 0;
	for (size_t j = 0; j < g->span[k]; j++)
		element_text(h, bs, g->mem[g->start[k] + j], &c->body, &lines, &nlines);
	if (h->r && h->r->explain) {
		char *what = tt_xasprintf("record %zu of a data region of %zu", k + 1, g->nrec);
		tt_import_explain(h->r, c->line, c->line, "comment record (repeats)", what,
		                  strlen(what));
		free(what);
	}
	ihx_explain_comment(h, c, root, lines);
	free(lines);
}

/* Where the first record was taken as the thread's opening post (its
 * title the page's), the topic's heading; NULL else. */
static const char *topic_heading(const struct reading *g)
{
	if (!g->nrec || ihx_is_root(rec_first(g, 0)))
		return NULL;
	for (size_t i = 0; i < g->nl && g->l[i].rec == 0; i++)
		if (g->l[i].role == ROLE_TEXT && g->l[i].heading && strlen(g->l[i].text) >= 12)
			return g->l[i].text;
	return NULL;
}

/* A heading that ends with the topic's heading ("Re: TOPIC"): the
 * thread's title repeated over an answer, none of its words. */
static int topic_again(const struct rleaf *l, const char *topic)
{
	size_t n = strlen(l->text), t = topic ? strlen(topic) : 0;
	return t && n >= t && !strcmp(l->text + n - t, topic) && l->heading;
}

void ihx_records_read(struct html *h)
{
	if (!h->records)
		return;
	struct body_skip bs = {.g = &h->records->g};
	const char *topic = topic_heading(bs.g);
	bs.fields = tt_xmalloc((bs.g->nl ? bs.g->nl : 1) * sizeof *bs.fields);
	for (size_t i = 0; i < bs.g->nl; i++)
		if (bs.g->l[i].role != ROLE_TEXT || topic_again(&bs.g->l[i], topic))
			bs.fields[bs.nfields++] = bs.g->l[i].node;
	qsort(bs.fields, bs.nfields, sizeof *bs.fields, cmp_ptr);
	bs.c = tt_xcalloc(bs.g->nrec ? bs.g->nrec : 1, sizeof *bs.c);
	size_t leaf = 0;
	for (size_t k = 0; k < bs.g->nrec; k++)
		record_comment(h, &bs, k, &leaf);
	free(bs.fields), free(bs.c);
}

/* Whether the records, three or more, none inside another, show times
 * running from the newest down, the first later than the last (AMSEL's
 * flat view of a thread): the last is then the thread's opening post,
 * taken for the article when ihx_records_read reads them. */
int ihx_records_newest_first(struct html *h)
{
	const struct reading *g = h->records ? &h->records->g : NULL;
	if (!g || g->nrec < 3)
		return 0;
	char prev[32] = "", first[32] = "";
	size_t leaf = 0;
	for (size_t k = 0; k < g->nrec; k++) {
		const char *name;
		const struct rleaf *when;
		record_fields(g, k, &leaf, &name, &when);
		char iso[32];
		if (!when || (tt_datetime_parse(when->text, iso) != 0 &&
		              tt_dates_parse(when->text, iso) != 0))
			return 0;
		for (const tt_hnode *a = rec_first(g, k)->parent; a; a = a->parent)
			if (record_of(g, a))
				return 0; /* an answer nested in a record */
		if (k && strcmp(iso, prev) > 0)
			return 0;
		memcpy(prev, iso, sizeof prev);
		if (!k)
			memcpy(first, iso, sizeof first);
	}
	if (strcmp(first, prev) <= 0)
		return 0;
	h->records->topic = g->nrec - 1;
	return 1;
}

/* Whether ihx_records_newest_first found the opening post among them. */
int ihx_records_topic(const struct html *h)
{
	return h->records && h->records->topic < h->records->g.nrec;
}

tt_hnode *ihx_records_first(const struct html *h)
{
	return h->records && h->records->g.nrec >= 2 ? rec_first(&h->records->g, 0) : NULL;
}

void ihx_records_free(struct html *h)
{
	if (!h->records)
		return;
	reading_free(&h->records->g);
	free(h->records);
	h->records = NULL;
}
