/* html_slots: a page's own comment template, learned from what its comment records repeat. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "threadtag/textline.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

/* Rules written for one site rarely read the next, but every page says
 * itself which of its texts is which: across its comment records a label
 * or an action link reads the same in every record, a name is short and
 * differs, a time reads as a date in nearly every record at the same place,
 * and the text is the long part that differs. Record-extraction research
 * aligns a page's records and takes each aligned place as one field (MDR:
 * Liu, Grossman and Zhai, KDD 2003; DEPTA: Zhai and Liu, WWW 2005, by
 * partial tree alignment). Here the records are the comments already
 * found; their text leaves are aligned by their path from the record's
 * root (tag names and places among siblings of the same tag, never class
 * names: it reads a page whose names mean nothing as well), and a field
 * is given another role only where that evidence is strong and the
 * reading disagrees. */

enum {
	HS_MIN_RECORDS = 3,
	HS_NAME_WORDS = 4,  /* a name is at most this many words */
	HS_EDGE_WORDS = 12, /* a label or action row at most this many */
	HS_PATH_CAP = 48,   /* levels of a path counted */
	HS_SIB_CAP = 16,    /* siblings looked back at for a place */
	HS_CANDIDATES = 16, /* slots weighed as a name, each at a walk of the
	                     * records: linear in the page whatever it holds */
};

struct hs_leaf {
	char *text;     /* white space squeezed */
	tt_hnode *node; /* the text node */
	uint64_t loose; /* its path with the links left out (hs_path) */
	unsigned slot;
	unsigned words;
	unsigned char time, first; /* reads as a time; first of its slot in its record */
};

struct hs_slot {
	uint64_t key;
	unsigned present, same, times, words, last, votes;
	const char *cand; /* the text most records hold (a majority vote, digits folded) */
	double pos;       /* sum of the leaf's rank in its record */
};

struct hs_rec {
	tt_comment *c;
	tt_hnode *root;
	size_t first, n; /* its leaves */
	uint64_t kind;   /* its root's tag and its parent's: records of one kind */
	size_t order;    /* in the page */
};

struct hs_page {
	struct html *h;
	struct hs_rec *r;
	size_t nr, capr;
	struct hs_leaf *l;
	size_t nl, capl;
	struct hs_slot *s;
	size_t ns, caps;
	unsigned *table; /* key -> slot index + 1, open addressing */
	size_t tcap;
	uint64_t *words; /* the words constant slots hold (folded), a set; 0 empty */
	size_t wcap;
	unsigned cur; /* the record being listed */
};

/* Equal with every run of digits taken as one: "Like 3" and "Like 12" are
 * the same row of a page's template. */
static int hs_same(const char *a, const char *b)
{
	while (*a && *b) {
		if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
			while (isdigit((unsigned char)*a))
				a++;
			while (isdigit((unsigned char)*b))
				b++;
		} else if (*a++ != *b++) {
			return 0;
		}
	}
	return !*a && !*b;
}

static uint64_t hs_fold_hash(const char *s, size_t len)
{
	char buf[128];
	size_t n = 0;
	for (size_t i = 0; i < len && n < sizeof buf; i++) {
		if (isdigit((unsigned char)s[i])) {
			if (!n || buf[n - 1] != '#')
				buf[n++] = '#';
		} else {
			buf[n++] = (char)tolower((unsigned char)s[i]);
		}
	}
	uint64_t k = XXH3_64bits(buf, n);
	return k ? k : 1;
}

static unsigned hs_count_words(const char *s)
{
	unsigned n = 0;
	for (int in = 0; *s; s++) {
		int w = *s != ' ';
		n += w && !in;
		in = w;
	}
	return n;
}

/* The link a text is in, below root, or NULL. */
static const tt_hnode *hs_link_of(const tt_hnode *n, const tt_hnode *root)
{
	for (unsigned up = 0; n && n != root && up < HS_PATH_CAP; n = n->parent, up++)
		if (tt_html_is(n, "a"))
			return n;
	return NULL;
}

/* The path of a text node from its record's root: each level's tag and
 * its place among the siblings of the same tag before it, and the text's
 * own place among its parent's texts. With links 0, a link and what it
 * holds stand for a text at the link's place: a member's name is linked,
 * and dressed in the link ("<a><b>NAME</b></a>"), where a guest's is
 * plain, one place of the template all the same. */
static uint64_t hs_path(const tt_hnode *n, const tt_hnode *root, int links)
{
	uint64_t k = 1469598103934665603ull;
	unsigned levels = 0;
	const tt_hnode *link = links ? NULL : hs_link_of(n->parent, root);
	if (link) {
		unsigned place = 0, seen = 0;
		for (const tt_hnode *p = link->prev; p && seen < HS_SIB_CAP; p = p->prev, seen++)
			place += p->type == n->type && !strcmp(p->name, n->name);
		k = (k ^ XXH3_64bits(n->name, strlen(n->name))) * 1099511628211ull;
		k = (k ^ (place + 1)) * 1099511628211ull;
		n = link->parent;
	}
	for (const tt_hnode *e = n; e && e != root && levels < HS_PATH_CAP;
	     e = e->parent, levels++) {
		if (!links && e != n && tt_html_is(e, "a"))
			continue;
		unsigned place = 0, seen = 0;
		for (const tt_hnode *p = e->prev; p && seen < HS_SIB_CAP; p = p->prev, seen++)
			place += p->type == e->type && !strcmp(p->name, e->name);
		k = (k ^ XXH3_64bits(e->name, strlen(e->name))) * 1099511628211ull;
		k = (k ^ (place + 1)) * 1099511628211ull;
	}
	return k ? k : 1;
}

/* The path of a text node with its links' levels counted, as the slots
 * key their places; the record reader (html_records.c) aligns by it. */
uint64_t ihx_slots_path(const tt_hnode *n, const tt_hnode *root)
{
	return hs_path(n, root, 1);
}

static unsigned hs_slot_of(struct hs_page *p, uint64_t key)
{
	if (2 * (p->ns + 1) > p->tcap) {
		size_t cap = p->tcap ? 2 * p->tcap : 64;
		unsigned *t = tt_xcalloc(cap, sizeof *t);
		for (size_t i = 0; i < p->ns; i++) {
			size_t j = p->s[i].key & (cap - 1);
			while (t[j])
				j = (j + 1) & (cap - 1);
			t[j] = (unsigned)i + 1;
		}
		free(p->table);
		p->table = t, p->tcap = cap;
	}
	size_t j = key & (p->tcap - 1);
	for (; p->table[j]; j = (j + 1) & (p->tcap - 1))
		if (p->s[p->table[j] - 1].key == key)
			return p->table[j] - 1;
	if (p->ns == p->caps) {
		p->caps = p->caps ? 2 * p->caps : 64;
		p->s = tt_xrealloc(p->s, p->caps * sizeof *p->s);
	}
	p->s[p->ns] = (struct hs_slot){.key = key, .last = (unsigned)-1};
	p->table[j] = (unsigned)p->ns + 1;
	return (unsigned)p->ns++;
}

/* Records: every element the importer made a comment of. */
static int hs_rec_enter(tt_hnode *n, void *u)
{
	struct hs_page *p = u;
	struct ninfo *i = ihx_info(n);
	if (i && i->c && !ihx_hidden(n)) {
		if (p->nr == p->capr) {
			p->capr = p->capr ? 2 * p->capr : 32;
			p->r = tt_xrealloc(p->r, p->capr * sizeof *p->r);
		}
		const char *up = n->parent ? n->parent->name : "";
		uint64_t kind = XXH3_64bits(n->name, strlen(n->name)) ^
		                (XXH3_64bits(up, strlen(up)) * 1099511628211ull);
		p->r[p->nr] = (struct hs_rec){.c = i->c, .root = n, .kind = kind, .order = p->nr};
		p->nr++;
	}
	return 1;
}

/* A record's leaves: its texts, not those of the answers nested in it. */
static int hs_leaf_enter(tt_hnode *n, void *u)
{
	struct hs_page *p = u;
	struct hs_rec *r = &p->r[p->cur];
	struct ninfo *i = ihx_info(n);
	if (i && i->c && i->c != r->c)
		return 0;
	if (n->type == TT_HNODE_ELEMENT && (ihx_hidden(n) || tt_html_is(n, "script") ||
	                                    tt_html_is(n, "style") || tt_html_is(n, "noscript")))
		return 0;
	if (n->type != TT_HNODE_TEXT || !n->content)
		return 1;
	char *t = tt_html_squeeze(n->content);
	if (!t)
		return 1;
	if (p->nl == p->capl) {
		p->capl = p->capl ? 2 * p->capl : 256;
		p->l = tt_xrealloc(p->l, p->capl * sizeof *p->l);
	}
	struct hs_leaf *l = &p->l[p->nl++];
	size_t len = strlen(t);
	*l = (struct hs_leaf){.text = t, .node = n, .words = hs_count_words(t)};
	l->time = len < 64 && tt_dates_is_time(t, 0);
	l->slot = hs_slot_of(p, hs_path(n, r->root, 1));
	l->loose = hs_path(n, r->root, 0);
	struct hs_slot *s = &p->s[l->slot];
	if (s->last != p->cur) { /* a slot counts once per record: its first leaf */
		s->last = p->cur, l->first = 1;
		s->present++, s->times += l->time, s->words += l->words;
		s->pos += (double)(p->nl - 1 - r->first);
		if (!s->votes)
			s->cand = t, s->votes = 1;
		else
			s->votes += hs_same(s->cand, t) ? 1 : -1u;
	}
	r->n++;
	return 1;
}

static int hs_constant(const struct hs_page *p, const struct hs_slot *s)
{
	/* three records at least: a sign-off naming the one who wrote two of
	 * three comments is no template's */
	return s->same >= HS_MIN_RECORDS && 3 * s->same >= 2 * s->present &&
	       4 * s->present >= p->nr;
}

static int hs_varying(const struct hs_slot *s)
{
	return 2 * s->same < s->present;
}

static int hs_timeslot(const struct hs_slot *s)
{
	return s->present >= 2 && 3 * s->times >= 2 * s->present;
}

/* A short text that differs from record to record, in most records, that is
 * no time and not only digits: where a name sits. */
static int hs_nameslot(const struct hs_page *p, const struct hs_slot *s)
{
	return 3 * s->present >= 2 * p->nr && hs_varying(s) && !hs_timeslot(s) &&
	       s->words <= HS_NAME_WORDS * s->present;
}

static int hs_namelike(const char *t)
{
	size_t letters = 0;
	for (const unsigned char *c = (const unsigned char *)t; *c; c++)
		letters += isalpha(*c) || *c >= 0x80;
	return letters > 0 && hs_count_words(t) <= HS_NAME_WORDS && strlen(t) < 64;
}

static void hs_word_add(struct hs_page *p, uint64_t k)
{
	size_t j = k & (p->wcap - 1);
	while (p->words[j] && p->words[j] != k)
		j = (j + 1) & (p->wcap - 1);
	p->words[j] = k;
}

static int hs_word_has(const struct hs_page *p, uint64_t k)
{
	if (!p->wcap)
		return 0;
	for (size_t j = k & (p->wcap - 1); p->words[j]; j = (j + 1) & (p->wcap - 1))
		if (p->words[j] == k)
			return 1;
	return 0;
}

/* The stats of each slot over the records, and the words of the constant ones. */
static void hs_measure(struct hs_page *p)
{
	for (size_t i = 0; i < p->nl; i++) {
		const struct hs_leaf *l = &p->l[i];
		struct hs_slot *s = &p->s[l->slot];
		s->same += l->first && hs_same(s->cand, l->text);
	}
	size_t nw = 0;
	for (size_t i = 0; i < p->ns; i++)
		if (hs_constant(p, &p->s[i]))
			nw += hs_count_words(p->s[i].cand);
	p->wcap = 64;
	while (p->wcap < 2 * nw)
		p->wcap *= 2;
	p->words = tt_xcalloc(p->wcap, sizeof *p->words);
	for (size_t i = 0; i < p->ns; i++) {
		if (!hs_constant(p, &p->s[i]))
			continue;
		for (const char *w = p->s[i].cand; *w;) {
			size_t n = strcspn(w, " ");
			hs_word_add(p, hs_fold_hash(w, n));
			w += n + (w[n] == ' ');
		}
	}
}

static void hs_explain(struct hs_page *p, const tt_comment *c, const char *what, const char *text)
{
	if (p->h->r && p->h->r->explain)
		tt_import_explain(p->h->r, c->line, c->line, what, text, strlen(text));
}

/* A paragraph every word of which some constant slot holds (digits aside):
 * a label, an action row or a vote row ("Like 3 Reply"), the page's
 * furniture in every comment, no part of its text. */
static int hs_furniture_words(const struct hs_page *p, const char *para, size_t *words,
                              size_t *letters)
{
	*words = *letters = 0;
	for (const char *w = para; *w;) {
		while (*w == ' ' || *w == '\n')
			w++;
		size_t n = strcspn(w, " \n");
		if (!n)
			break;
		int digits = 1;
		for (size_t i = 0; i < n; i++)
			digits &= !isalpha((unsigned char)w[i]) && (unsigned char)w[i] < 0x80;
		if (!digits && !hs_word_has(p, hs_fold_hash(w, n)))
			return 0;
		*letters += !digits, (*words)++;
		w += n;
	}
	return 1;
}

static int hs_furniture_paragraph(const struct hs_page *p, const char *para)
{
	size_t words, letters;
	if (!strncmp(para, "> ", 2))
		return 0; /* a quotation: its header ("NAME said:") repeats as often */
	return hs_furniture_words(p, para, &words, &letters) && letters > 0 &&
	       words <= HS_EDGE_WORDS;
}

static void hs_drop_paragraph(tt_strv *v, unsigned at)
{
	memmove(v->v + at, v->v + at + 1, (v->n - at - 1) * sizeof *v->v);
	v->n--;
}

/* Blanks out the first copy of what in s; 0 when there is none. */
static int hs_blank(char *s, const char *what)
{
	char *at = what && *what ? strstr(s, what) : NULL;
	if (at)
		memset(at, ' ', strlen(what));
	return at != NULL;
}

static int hs_other_field(const struct hs_page *p, const struct hs_rec *self, size_t slot);

/* The record's paragraph para sits where the other records show a text
 * that is not their name (a title over each text, "<h5>TITLE</h5>"): a
 * title that reads as the name ("noki" over noki's text) is the writer's
 * words still. The whole text of its box only: a name signing the text
 * at its end sits in the text's box, after its other lines. */
static int hs_title_alike(const struct hs_page *p, const struct hs_rec *r, const char *para)
{
	for (size_t i = r->first; i < r->first + r->n; i++) {
		const tt_hnode *box = p->l[i].node->parent;
		if (strcmp(p->l[i].text, para) || !box || !hs_other_field(p, r, p->l[i].slot))
			continue;
		char *all = tt_html_text(box);
		int alone = !strcmp(all, para);
		free(all);
		if (alone)
			return 1;
	}
	return 0;
}

/* A first paragraph that is the record's header run into its text: its
 * name, its time when shown there, and otherwise only the words every
 * record's template shows ("NAME commented on DATE", "NAME am DATE:"). */
static void hs_header_paragraph(struct hs_page *p, struct hs_rec *r)
{
	tt_strv *b = &r->c->body;
	if (b->n < 2 || !r->c->author || !strncmp(b->v[0], "> ", 2) ||
	    hs_count_words(b->v[0]) > HS_EDGE_WORDS)
		return;
	char *rest = tt_xasprintf("%s", b->v[0]);
	size_t words, letters;
	int header = hs_blank(rest, r->c->author) && (hs_blank(rest, r->c->posted), 1) &&
	             hs_furniture_words(p, rest, &words, &letters);
	free(rest);
	if (!header || hs_title_alike(p, r, b->v[0]))
		return;
	hs_explain(p, r->c, "comment header (page template)", b->v[0]);
	hs_drop_paragraph(b, 0);
}

/* Constant rows at the text's end (labels, action and vote rows) are
 * dropped: what every record shows is the template's, not the writer's.
 * Not at its head: a title every answer repeats ("Re: SUBJECT") is kept
 * as the comment's own first line. */
static void hs_drop_edges(struct hs_page *p, struct hs_rec *r)
{
	tt_strv *b = &r->c->body;
	while (b->n >= 2 && hs_furniture_paragraph(p, b->v[b->n - 1])) {
		hs_explain(p, r->c, "furniture (page template)", b->v[b->n - 1]);
		b->n--;
	}
}

/* The record's leaf in the slot, or NULL. */
static const struct hs_leaf *hs_leaf_in(const struct hs_page *p, const struct hs_rec *r,
                                        size_t slot)
{
	for (size_t i = r->first; i < r->first + r->n; i++)
		if (p->l[i].slot == slot)
			return &p->l[i];
	return NULL;
}

/* The place, links left out, of the slot's first leaf: where a guest's
 * plain name sits when members' are linked. 0 for none. */
static uint64_t hs_slot_place(const struct hs_page *p, size_t slot)
{
	for (size_t i = 0; i < p->nl; i++)
		if (p->l[i].slot == slot)
			return p->l[i].loose;
	return 0;
}

/* The record's first leaf at a place (links left out), or NULL. */
static const struct hs_leaf *hs_leaf_placed(const struct hs_page *p, const struct hs_rec *r,
                                            uint64_t loose)
{
	for (size_t i = r->first; loose && i < r->first + r->n; i++)
		if (p->l[i].loose == loose)
			return &p->l[i];
	return NULL;
}

static int hs_held(const tt_strv *b, const char *text);

/* 1 when the slot's leaves, in the other records holding it (the first
 * HS_CANDIDATES of them, which bounds the cost), are never part of their
 * text: a field of the template's header ("3Wt", an encoded place). */
static int hs_header_slot(const struct hs_page *p, const struct hs_rec *self, size_t slot)
{
	unsigned seen = 0;
	for (size_t k = 0; k < p->nr && seen < HS_CANDIDATES; k++) {
		const struct hs_leaf *l = &p->r[k] == self ? NULL : hs_leaf_in(p, &p->r[k], slot);
		if (!l)
			continue;
		seen++;
		if (hs_held(&p->r[k].c->body, l->text))
			return 0;
	}
	return seen >= 2;
}

/* The first paragraphs of a record whose header was not read that are
 * its header's other fields (a place beside the name): paragraphs the
 * record shows at a slot that no other record's text holds. */
static void hs_header_fields(struct hs_page *p, struct hs_rec *r)
{
	tt_strv *b = &r->c->body;
	while (b->n >= 2) {
		const struct hs_leaf *l = NULL;
		for (size_t i = r->first; i < r->first + r->n && !l; i++)
			l = !strcmp(p->l[i].text, b->v[0]) ? &p->l[i] : NULL;
		if (!l || !hs_header_slot(p, r, l->slot))
			return;
		hs_explain(p, r->c, "comment header (page template)", b->v[0]);
		hs_drop_paragraph(b, 0);
	}
}

/* The slot where the records' names sit: the one holding the author the
 * importer read in most records; else (no names read) none. */
static size_t hs_author_slot(const struct hs_page *p)
{
	unsigned *hits = tt_xcalloc(p->ns + 1, sizeof *hits);
	for (size_t k = 0; k < p->nr; k++) {
		const struct hs_rec *r = &p->r[k];
		if (!r->c->author)
			continue;
		for (size_t i = r->first; i < r->first + r->n; i++)
			if (p->l[i].first && !strcmp(p->l[i].text, r->c->author)) {
				hits[p->l[i].slot]++;
				break;
			}
	}
	size_t best = p->ns;
	for (size_t i = 0; i < p->ns; i++)
		if (3 * hits[i] >= 2 * p->nr && (best == p->ns || hits[i] > hits[best]))
			best = i;
	free(hits);
	return best;
}

/* The name alone after a dash or nothing, as a last paragraph: the
 * signature the page's template writes after each text. */
static int hs_signature(const char *para, const char *name)
{
	while (*para && !isalnum((unsigned char)*para) && (unsigned char)*para < 0xC3 &&
	       strncmp(para, name, strlen(name)))
		para++; /* "- ", "\xE2\x80\x93 " (a dash's bytes) */
	return !strcmp(para, name);
}

/* The address a paragraph writes after a link's words, "(https://...)",
 * alone: after a name split off, the name's link, no word of the text. */
static int hs_link_address(const char *s)
{
	size_t l = strlen(s);
	return l > 9 && s[0] == '(' && s[l - 1] == ')' && !memchr(s, ' ', l) &&
	       (!strncmp(s + 1, "http://", 7) || !strncmp(s + 1, "https://", 8));
}

/* A record whose name was not read, where the page's name slot holds a
 * short text: that text is its name, and when the text was run into the
 * record's first paragraph it is split off. */
static void hs_fill_author(struct hs_page *p, struct hs_rec *r, size_t slot, uint64_t loose)
{
	if (r->c->author || (r->c->flags & TT_C_DELETED))
		return; /* a deleted comment's place shows no name of its own */
	const struct hs_leaf *l = hs_leaf_in(p, r, slot);
	if (!l)
		l = hs_leaf_placed(p, r, loose);
	if (!l || !hs_namelike(l->text))
		return;
	r->c->author = ihx_arena(p->h, l->text);
	hs_explain(p, r->c, "comment author (page template)", l->text);
	tt_strv *b = &r->c->body;
	size_t n = strlen(l->text);
	if (b->n >= 2 && hs_signature(b->v[b->n - 1], l->text)) {
		hs_explain(p, r->c, "furniture (page template)", b->v[b->n - 1]);
		b->n--;
	}
	if (!b->n || strncmp(b->v[0], l->text, n))
		return;
	const char *rest = b->v[0] + n;
	while (*rest == ' ' || *rest == ':' || *rest == '\n')
		rest++;
	if (hs_link_address(rest))
		rest += strlen(rest);
	if (!*rest && b->n >= 2) {
		hs_drop_paragraph(b, 0);
		hs_header_fields(p, r);
	} else if (*rest) {
		b->v[0] = rest;
	}
}

/* 1 when the slot holds, in the other records holding it (the first
 * HS_CANDIDATES of them), a text that is not their author: a field of
 * the header other than the name (a place, a rank). */
static int hs_other_field(const struct hs_page *p, const struct hs_rec *self, size_t slot)
{
	unsigned seen = 0;
	for (size_t k = 0; k < p->nr && seen < HS_CANDIDATES; k++) {
		const struct hs_leaf *l = &p->r[k] == self ? NULL : hs_leaf_in(p, &p->r[k], slot);
		if (!l || !p->r[k].c->author)
			continue;
		seen++;
		if (!strcmp(l->text, p->r[k].c->author))
			return 0;
	}
	return seen >= 2;
}

/* A record whose name was read from another field than the page's names
 * (a guest's plain name where members' are linked, the place beside it
 * taken for it) while the name's place, links left out, shows a name:
 * that is its name. */
static void hs_misplaced_author(struct hs_page *p, struct hs_rec *r, size_t slot, uint64_t place)
{
	if (!r->c->author || hs_leaf_in(p, r, slot))
		return;
	const struct hs_leaf *l = hs_leaf_placed(p, r, place), *a = NULL;
	if (!l || !hs_namelike(l->text) || !strcmp(l->text, r->c->author))
		return;
	for (size_t i = r->first; i < r->first + r->n && !a; i++)
		a = !strcmp(p->l[i].text, r->c->author) ? &p->l[i] : NULL;
	if (!a || !hs_other_field(p, r, a->slot))
		return;
	r->c->author = NULL;
	hs_fill_author(p, r, slot, place);
}

/* 1 when the slot's text opens a longer paragraph of its record's text in
 * some record: the words of the comment, not a field beside them (a line
 * of its own may be a header's, run into the text). */
static int hs_in_text(const struct hs_page *p, size_t slot)
{
	for (size_t k = 0; k < p->nr; k++) {
		const struct hs_rec *r = &p->r[k];
		const struct hs_leaf *l = hs_leaf_in(p, r, slot);
		for (unsigned i = 0; l && i < r->c->body.n; i++)
			if (!strncmp(r->c->body.v[i], l->text, strlen(l->text)) &&
			    strcmp(r->c->body.v[i], l->text))
				return 1;
	}
	return 0;
}

/* 1 when the slot's text is the whole of its record's text in half the
 * records that hold it at least: the words of the comment, each a line
 * alone (a short answer), no name over them; taken for the name, the
 * comment would be left without words. */
static int hs_whole_text(const struct hs_page *p, size_t slot)
{
	unsigned whole = 0, present = 0;
	for (size_t k = 0; k < p->nr; k++) {
		const struct hs_rec *r = &p->r[k];
		const struct hs_leaf *l = hs_leaf_in(p, r, slot);
		if (!l)
			continue;
		present++;
		whole += r->c->body.n == 1 && !strcmp(r->c->body.v[0], l->text);
	}
	return present && 2 * whole >= present;
}

/* 1 when the slot sits before the record's text in most records that
 * hold it: in the header, where names are, not a greeting or a sign-off
 * inside the text. */
static int hs_before_text(const struct hs_page *p, size_t slot)
{
	unsigned before = 0, present = 0;
	for (size_t k = 0; k < p->nr; k++) {
		const struct hs_rec *r = &p->r[k];
		const struct hs_leaf *own = hs_leaf_in(p, r, slot);
		const tt_strv *b = &r->c->body;
		/* the text's first paragraph, past the slot's own line run into it */
		unsigned f = b->n && own && !strcmp(b->v[0], own->text);
		const char *first = f < b->n ? b->v[f] : NULL;
		size_t at = r->first + r->n, in = at;
		for (size_t i = r->first; i < r->first + r->n; i++) {
			if (first && at == r->first + r->n && p->l[i].words &&
			    !strncmp(first, p->l[i].text, strlen(p->l[i].text)))
				at = i;
			if (p->l[i].slot == slot && in == r->first + r->n)
				in = i;
		}
		if (in < r->first + r->n)
			present++, before += in < at;
	}
	return present && 3 * before >= 2 * present;
}

/* 1 when the text m, in the records holding it, is a link whose address
 * names it ("<a href=/alphabyte3 class=user>Alphabyte3</a>") and no
 * button's words: a member's page, so m is a name, however many of the
 * records it signs (a thread its writer keeps adding to, Nairaland's). */
static int hs_member_named(const struct hs_page *p, const char *m)
{
	if (tt_html_action_words(m))
		return 0;
	for (size_t k = 0; k < p->nr; k++) {
		const struct hs_rec *r = &p->r[k];
		for (size_t i = r->first; i < r->first + r->n; i++) {
			if (strcmp(p->l[i].text, m) != 0)
				continue;
			const tt_hnode *a = hs_link_of(p->l[i].node, r->root);
			const char *href = a ? tt_html_attr(a, "href") : NULL;
			return href && strcasestr(href, m) != NULL;
		}
	}
	return 0;
}

/* A name the same in most records (digits aside: "level 1", "level 2")
 * is a label or an action ("Reply", "Report"), never a name, when
 * another short text that differs sits in most records before the text:
 * that one is the name. Of such slots the one nearest the head of the
 * record is taken. */
static void hs_constant_author(struct hs_page *p)
{
	unsigned same = 0;
	const char *m = NULL;
	for (size_t k = 0; k < p->nr; k++) {
		const char *a = p->r[k].c->author;
		if (!a)
			continue;
		if (!same)
			m = a, same = 1;
		else
			same += hs_same(m, a) ? 1 : -1u;
	}
	if (!m)
		return;
	same = 0;
	for (size_t k = 0; k < p->nr; k++)
		same += p->r[k].c->author && hs_same(p->r[k].c->author, m);
	if (4 * same < 3 * p->nr || hs_member_named(p, m))
		return;
	size_t best = p->ns;
	for (size_t i = 0, weighed = 0; i < p->ns && weighed < HS_CANDIDATES; i++) {
		if (!hs_nameslot(p, &p->s[i]) || hs_same(p->s[i].cand, m))
			continue;
		weighed++;
		if (!hs_in_text(p, i) && !hs_whole_text(p, i) && hs_before_text(p, i) &&
		    (best == p->ns ||
		     p->s[i].pos / p->s[i].present < p->s[best].pos / p->s[best].present))
			best = i;
	}
	if (best == p->ns)
		return;
	uint64_t place = hs_slot_place(p, best);
	for (size_t k = 0; k < p->nr; k++) {
		struct hs_rec *r = &p->r[k];
		if (r->c->author && hs_same(r->c->author, m)) {
			r->c->author = NULL;
			hs_fill_author(p, r, best, place);
			if (!r->c->author)
				r->c->author = m;
		}
	}
}

/* 1 when the text is one letter (an avatar's initial). */
static int hs_initial(const char *a)
{
	if (!a || !*a)
		return 0;
	size_t n = (unsigned char)*a < 0x80   ? 1
	           : (unsigned char)*a < 0xE0 ? 2
	           : (unsigned char)*a < 0xF0 ? 3
	                                      : 4;
	return strlen(a) == n && (n > 1 || isalpha((unsigned char)*a));
}

/* A name of one letter in most records is the initial an avatar shows:
 * the name is the short varying text that starts with it. */
static void hs_initials(struct hs_page *p)
{
	unsigned initials = 0;
	for (size_t k = 0; k < p->nr; k++)
		initials += hs_initial(p->r[k].c->author);
	if (initials < HS_MIN_RECORDS || 3 * initials < 2 * p->nr)
		return;
	size_t best = p->ns;
	unsigned best_hits = 0;
	for (size_t i = 0, weighed = 0; i < p->ns && weighed < HS_CANDIDATES; i++) {
		const struct hs_slot *s = &p->s[i];
		if (3 * s->present < 2 * p->nr || s->same >= s->present || hs_timeslot(s) ||
		    s->words > HS_NAME_WORDS * s->present)
			continue; /* names in most records, not all one name */
		if (weighed++, hs_in_text(p, i))
			continue;
		unsigned hits = 0;
		for (size_t k = 0; k < p->nr; k++) {
			const struct hs_leaf *l = hs_leaf_in(p, &p->r[k], i);
			const char *a = p->r[k].c->author;
			hits += l && hs_initial(a) && strlen(l->text) > strlen(a) &&
			        (!strncmp(l->text, a, strlen(a)) ||
			         toupper((unsigned char)*l->text) == (unsigned char)*a);
		}
		if (hits > best_hits)
			best = i, best_hits = hits;
	}
	if (best == p->ns || 3 * best_hits < 2 * initials)
		return;
	for (size_t k = 0; k < p->nr; k++) {
		struct hs_rec *r = &p->r[k];
		const struct hs_leaf *l = hs_leaf_in(p, r, best);
		if (!l || !hs_initial(r->c->author) || !hs_namelike(l->text))
			continue;
		r->c->author = ihx_arena(p->h, l->text);
		hs_explain(p, r->c, "comment author (page template)", l->text);
	}
}

/* A record with no time whose page shows the time at one place in most
 * records takes the time its own record shows there. */
static void hs_fill_times(struct hs_page *p)
{
	size_t best = p->ns;
	for (size_t i = 0; i < p->ns; i++)
		if (hs_timeslot(&p->s[i]) && 2 * p->s[i].present >= p->nr &&
		    (best == p->ns || p->s[i].present > p->s[best].present))
			best = i;
	if (best == p->ns)
		return;
	for (size_t k = 0; k < p->nr; k++) {
		struct hs_rec *r = &p->r[k];
		const struct hs_leaf *l = r->c->posted ? NULL : hs_leaf_in(p, r, best);
		if (!l || !l->time)
			continue;
		ihx_set_time(p->h, &r->c->posted, &r->c->time, l->text, NULL);
		hs_explain(p, r->c, "comment time (page template)", l->text);
	}
}

/* Whether leaf m's date is a day before leaf t's (each read as a date). */
static int hs_day_before(const struct hs_leaf *m, const struct hs_leaf *t)
{
	char a[32], b[32];
	return tt_dates_parse(m->text, a) == 0 && tt_dates_parse(t->text, b) == 0 &&
	       strncmp(a, b, 10) < 0;
}

/* Whether time slot m reads as a member's date, the day the member joined
 * shown on the card beside each post: the same in every record of one
 * author, where two authors or more write twice, and a day before the
 * post's in every record; and slot t the post's, differing within one
 * author's records. 1 when both hold. */
static int hs_member_slot(const struct hs_page *p, size_t m, size_t t, const size_t *by,
                          size_t nby)
{
	for (size_t k = 0; k < p->nr; k++) {
		const struct hs_leaf *mk = hs_leaf_in(p, &p->r[k], m), *tk = hs_leaf_in(p, &p->r[k], t);
		if (mk && tk && !hs_day_before(mk, tk))
			return 0;
	}
	size_t repeated = 0, varies = 0;
	for (size_t i = 0; i + 1 < nby; i++) { /* (records sorted by author) */
		const struct hs_rec *a = &p->r[by[i]], *b = &p->r[by[i + 1]];
		if (strcmp(a->c->author, b->c->author) != 0)
			continue;
		const struct hs_leaf *ma = hs_leaf_in(p, a, m), *ta = hs_leaf_in(p, a, t),
		                     *mb = hs_leaf_in(p, b, m), *tb = hs_leaf_in(p, b, t);
		if (!ma || !ta || !mb || !tb)
			continue;
		if (strcmp(ma->text, mb->text) != 0)
			return 0;
		repeated++;
		varies += strcmp(ta->text, tb->text) != 0;
	}
	return repeated >= 2 && varies * 2 > repeated;
}

static const struct hs_page *hs_sorting; /* (for hs_by_author: qsort has no context) */

static int hs_by_author(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	int c = strcmp(hs_sorting->r[a].c->author, hs_sorting->r[b].c->author);
	return c ? c : (a > b) - (a < b);
}

/* A member's card beside each post (a forum's, vBulletin's heirs) shows
 * the day the member joined as a date as the post's own time is one: a
 * record read with the card's date takes the post's instead (its page's
 * class names gone, nothing else tells them apart). */
static void hs_member_dates(struct hs_page *p)
{
	size_t *by = tt_xmalloc((p->nr + 1) * sizeof *by), nby = 0;
	for (size_t k = 0; k < p->nr; k++)
		if (p->r[k].c->author)
			by[nby++] = k;
	hs_sorting = p;
	qsort(by, nby, sizeof *by, hs_by_author);
	for (size_t m = 0; m < p->ns; m++) {
		if (!hs_timeslot(&p->s[m]) || 2 * p->s[m].present < p->nr)
			continue;
		for (size_t t = 0; t < p->ns; t++) {
			if (t == m || !hs_timeslot(&p->s[t]) || 2 * p->s[t].present < p->nr ||
			    !hs_member_slot(p, m, t, by, nby))
				continue;
			for (size_t k = 0; k < p->nr; k++) {
				struct hs_rec *r = &p->r[k];
				const struct hs_leaf *ml = hs_leaf_in(p, r, m), *tl = hs_leaf_in(p, r, t);
				if (!ml || !tl || !tl->time || !r->c->posted ||
				    strcmp(r->c->posted, ml->text) != 0)
					continue;
				ihx_set_time(p->h, &r->c->posted, &r->c->time, tl->text, NULL);
				hs_explain(p, r->c, "comment time (page template: not the member's card's)",
				           tl->text);
			}
			free(by);
			return;
		}
	}
	free(by);
}

/* A mark every name ends with ("NAME |", "NAME :"; no letter or digit in
 * it, or a word in lower case: "NAME commented"): the template's, taken
 * out when two thirds of at least three names end with it. Words before
 * the name are not (a "Herr" before every name is the name as the page
 * writes it). */
static int hs_mark(const char *x)
{
	size_t lower = strspn(x, "abcdefghijklmnopqrstuvwxyz");
	if (lower >= 3 && !x[lower])
		return 1; /* "NAME commented": a word no name ends with, lower case */
	for (; *x; x++)
		if (isalnum((unsigned char)*x) || (unsigned char)*x >= 0x80)
			return 0;
	return 1;
}

/* The mark a name ends with (":", "|", ",", ";", "-", ">", "»"), its
 * length in bytes ("»" is two: cutting one would leave half a character),
 * else 0. */
static size_t hs_end_mark(const char *a, size_t n)
{
	if (n >= 3 && !memcmp(a + n - 2, "\xC2\xBB", 2))
		return 2;
	return n >= 2 && strchr(":|,;->", a[n - 1]) ? 1 : 0;
}

/* The same for a mark written onto the name ("NAME:"): not a full stop
 * (an initial's). */
static void hs_name_stuck_mark(struct hs_page *p)
{
	unsigned with = 0, named = 0;
	const char *mark = NULL;
	size_t ml = 0;
	for (size_t k = 0; k < p->nr; k++) {
		const char *a = p->r[k].c->author;
		size_t n = a ? strlen(a) : 0, l = a ? hs_end_mark(a, n) : 0;
		named += a != NULL;
		if (!l)
			continue;
		if (!mark)
			mark = a + n - l, ml = l;
		with += l == ml && !memcmp(a + n - l, mark, l);
	}
	if (!mark || with < HS_MIN_RECORDS || 3 * with < 2 * named)
		return;
	char m[3] = {0};
	memcpy(m, mark, ml); /* (mark points into a name about to be replaced) */
	for (size_t k = 0; k < p->nr; k++) {
		const char *a = p->r[k].c->author;
		size_t n = a ? strlen(a) : 0;
		if (hs_end_mark(a ? a : "", n) != ml || memcmp(a + n - ml, m, ml))
			continue;
		while (n > ml && (!memcmp(a + n - ml, m, ml) || a[n - 1] == ' '))
			n -= a[n - 1] == ' ' ? 1 : ml;
		char *name = tt_xasprintf("%.*s", (int)n, a);
		p->r[k].c->author = ihx_arena(p->h, name);
		free(name);
	}
}

static void hs_name_affix(struct hs_page *p)
{
	const char *w = NULL;
	size_t with = 0, named = 0;
	for (size_t k = 0; k < p->nr; k++) {
		const char *a = p->r[k].c->author, *sp = a ? strrchr(a, ' ') : NULL;
		named += a != NULL;
		if (!sp || !hs_mark(sp + 1))
			continue;
		if (!w)
			w = sp + 1;
		with += !strcmp(sp + 1, w);
	}
	if (!w || with < HS_MIN_RECORDS || 3 * with < 2 * named)
		return;
	for (size_t k = 0; k < p->nr; k++) {
		const char *a = p->r[k].c->author, *sp = a ? strrchr(a, ' ') : NULL;
		if (!sp || strcmp(sp + 1, w))
			continue;
		char *name = tt_xasprintf("%.*s", (int)(sp - a), a);
		p->r[k].c->author = ihx_arena(p->h, name);
		free(name);
	}
}

static void hs_free(struct hs_page *p)
{
	for (size_t i = 0; i < p->nl; i++)
		free(p->l[i].text);
	free(p->l), free(p->r), free(p->s), free(p->table), free(p->words);
}

/* 1 when some paragraph holds the text (its first words): read already. */
static int hs_held(const tt_strv *b, const char *text)
{
	char head[48];
	size_t n = strnlen(text, sizeof head - 1); /* bytes: a letter cut in two still matches */
	memcpy(head, text, n);
	head[n] = '\0';
	for (unsigned i = 0; i < b->n; i++)
		if (strstr(b->v[i], head))
			return 1;
	return 0;
}

/* The first paragraph most records open with when it is long (a notice,
 * a hidden help box every comment carries), else NULL: a short one is a
 * title every answer repeats ("Re: SUBJECT"), the comment's own. */
static const char *hs_constant_opening(const struct hs_page *p)
{
	const char *m = NULL;
	unsigned same = 0;
	for (size_t k = 0; k < p->nr; k++) {
		const tt_strv *b = &p->r[k].c->body;
		if (!b->n)
			continue;
		if (!same)
			m = b->v[0], same = 1;
		else
			same += strcmp(m, b->v[0]) ? -1u : 1;
	}
	same = 0;
	for (size_t k = 0; m && k < p->nr; k++)
		same += p->r[k].c->body.n && !strcmp(p->r[k].c->body.v[0], m);
	return same >= HS_MIN_RECORDS && 3 * same >= p->nr && hs_count_words(m) >= 5 ? m : NULL;
}

/* A record's text is missing when it opens with the page's constant
 * notice, or holds only furniture (a "Reply" link, a vote row). */
static int hs_text_missing(const struct hs_page *p, const struct hs_rec *r, const char *m)
{
	const tt_strv *b = &r->c->body;
	if (r->c->flags & TT_C_DELETED || !b->n)
		return 0;
	if (m && !strcmp(b->v[0], m))
		return 1;
	for (unsigned i = 0; i < b->n; i++)
		if (!hs_furniture_paragraph(p, b->v[i]))
			return 0;
	return 1;
}

/* A record whose text is missing, while a long text that differs sits in
 * most records: that one is the comment's text. */
static void hs_constant_text(struct hs_page *p)
{
	const char *m = hs_constant_opening(p);
	size_t best = p->ns;
	for (size_t i = 0; i < p->ns; i++) {
		const struct hs_slot *s = &p->s[i];
		if (3 * s->present >= 2 * p->nr && hs_varying(s) && !hs_timeslot(s) &&
		    s->words >= 6 * s->present &&
		    (best == p->ns ||
		     s->words / s->present > p->s[best].words / p->s[best].present))
			best = i;
	}
	for (size_t k = 0; best < p->ns && k < p->nr; k++) {
		struct hs_rec *r = &p->r[k];
		const struct hs_leaf *l = hs_leaf_in(p, r, best);
		if (!l || !l->node->parent || !hs_text_missing(p, r, m) ||
		    hs_held(&r->c->body, l->text))
			continue;
		tt_strv text = {0};
		tt_html_paragraphs(p->h->t, l->node->parent, NULL, NULL, &text, NULL, NULL);
		if (!text.n)
			continue;
		r->c->body = text;
		hs_explain(p, r->c, "comment body (page template)", text.v[0]);
	}
}

/* One place (a leaf path, links left out) weighed as where unnamed
 * records show their names: in two thirds of the records at least, a
 * short text with a letter in two thirds of them, differing from record
 * to record (digits aside), never a time, and outside the records' text. */
static int hs_name_place(const struct hs_page *p, uint64_t key)
{
	unsigned present = 0, lettered = 0, same = 0, held = 0, times = 0;
	const char *first = NULL;
	for (size_t k = 0; k < p->nr; k++) {
		const struct hs_rec *r = &p->r[k];
		const struct hs_leaf *l = NULL;
		for (size_t i = r->first; i < r->first + r->n && !l; i++)
			l = p->l[i].loose == key ? &p->l[i] : NULL;
		if (!l)
			continue;
		present++, times += l->time;
		if (l->words > HS_NAME_WORDS || strlen(l->text) >= 64)
			return 0;
		if (!first)
			first = l->text;
		same += hs_same(first, l->text); /* "39 points", "4 points": one label */
		if (hs_namelike(l->text))
			lettered++, held += hs_held(&r->c->body, l->text);
	}
	return present >= HS_MIN_RECORDS && 3 * present >= 2 * p->nr && !times &&
	       3 * lettered >= 2 * present && 2 * same < present && 3 * held < present;
}

/* Records none of which had a name read (a name in a bare "<b>" before
 * the time, Objectiv.tv's "<i>#11</i> <b>NAME</b> <i>TIME</i>"): the
 * first place, in the first records' order, that shows a name in most of
 * them (hs_name_place) is the template's name, and each record's text
 * there is its name, whatever it is made of ("1715", "."): the place
 * says it is the name, not its letters. Bounded: HS_CANDIDATES places
 * weighed, each at a walk of the records. */
static void hs_unnamed_authors(struct hs_page *p)
{
	for (size_t k = 0; k < p->nr; k++)
		if (p->r[k].c->author)
			return;
	uint64_t tried[HS_CANDIDATES], key = 0;
	size_t nt = 0;
	for (size_t k = 0; k < p->nr && k < HS_MIN_RECORDS && !key && nt < HS_CANDIDATES; k++)
		for (size_t i = p->r[k].first; i < p->r[k].first + p->r[k].n && !key &&
		                               nt < HS_CANDIDATES; i++) {
			uint64_t c = p->l[i].loose;
			size_t j = 0;
			while (j < nt && tried[j] != c)
				j++;
			if (j < nt || p->l[i].time)
				continue;
			tried[nt++] = c;
			key = hs_name_place(p, c) ? c : 0;
		}
	for (size_t k = 0; key && k < p->nr; k++) {
		struct hs_rec *r = &p->r[k];
		for (size_t i = r->first; i < r->first + r->n; i++)
			if (p->l[i].loose == key && !(r->c->flags & TT_C_DELETED)) {
				r->c->author = ihx_arena(p->h, p->l[i].text);
				hs_explain(p, r->c, "comment author (page template)", p->l[i].text);
				break;
			}
	}
}

static int hs_by_kind(const void *a, const void *b)
{
	const struct hs_rec *x = a, *y = b;
	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* One kind of record (a page's comments, or its answers beside them) is
 * aligned and set right; each kind is a template of its own. */
static void hs_kind(struct html *h, struct hs_rec *r, size_t nr)
{
	struct hs_page p = {.h = h, .r = r, .nr = nr};
	for (size_t k = 0; k < p.nr; k++) {
		p.cur = (unsigned)k;
		p.r[k].first = p.nl;
		p.r[k].n = 0;
		tt_html_walk(p.r[k].root, hs_leaf_enter, NULL, &p);
	}
	hs_measure(&p);
	hs_constant_text(&p);
	hs_constant_author(&p);
	hs_name_affix(&p);
	hs_name_stuck_mark(&p);
	hs_initials(&p);
	hs_unnamed_authors(&p);
	size_t name = hs_author_slot(&p);
	uint64_t name_place = name < p.ns ? hs_slot_place(&p, name) : 0;
	for (size_t k = 0; k < p.nr; k++) {
		hs_drop_edges(&p, &p.r[k]);
		hs_header_paragraph(&p, &p.r[k]);
		if (name < p.ns) {
			hs_misplaced_author(&p, &p.r[k], name, name_place);
			hs_fill_author(&p, &p.r[k], name, name_place);
		}
	}
	hs_fill_times(&p);
	hs_member_dates(&p);
	p.r = NULL;
	hs_free(&p);
}

void ihx_page_slots(struct html *h, tt_hnode *top)
{
	struct hs_page all = {.h = h};
	tt_html_walk(top, hs_rec_enter, NULL, &all);
	if (all.nr < HS_MIN_RECORDS) {
		hs_free(&all);
		return;
	}
	qsort(all.r, all.nr, sizeof *all.r, hs_by_kind);
	size_t few = 0; /* records of kinds too few to align, moved to the front */
	for (size_t k = 0, end; k < all.nr; k = end) {
		for (end = k + 1; end < all.nr && all.r[end].kind == all.r[k].kind; end++)
			;
		if (end - k >= HS_MIN_RECORDS)
			hs_kind(h, all.r + k, end - k);
		else
			for (size_t i = k; i < end; i++)
				all.r[few++] = all.r[i];
	}
	/* a short thread's answers sit in other boxes than its comments: by
	 * their root's tag alone, they are one kind */
	for (size_t i = 0; i < few; i++)
		all.r[i].kind = XXH3_64bits(all.r[i].root->name, strlen(all.r[i].root->name));
	if (few)
		qsort(all.r, few, sizeof *all.r, hs_by_kind);
	for (size_t k = 0, end; k < few; k = end) {
		for (end = k + 1; end < few && all.r[end].kind == all.r[k].kind; end++)
			;
		if (end - k >= HS_MIN_RECORDS)
			hs_kind(h, all.r + k, end - k);
	}
	hs_free(&all);
}
