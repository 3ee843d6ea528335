/* import_html_comment: one comment read from its root: header, text, quotes, parent. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/datetime.h"
#include "threadtag/html_dom.h"
#include "threadtag/textline.h"
#include "threadtag/html_repeat.h"
#include "threadtag/import.h"
#include "threadtag/markup.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

static int last_comment_enter(tt_hnode *n, void *u)
{
	tt_comment **last = u;
	if (n->type != TT_HNODE_ELEMENT)
		return 0;
	if (ihx_info(n)->c)
		*last = ihx_info(n)->c;
	return 1;
}

/* 1 when a and b have one tag and one class attribute. */
static int one_kind(const tt_hnode *a, const tt_hnode *b)
{
	const char *ca = tt_html_attr(a, "class"), *cb = tt_html_attr(b, "class");
	return !strcmp(a->name, b->name) && (ca ? cb && !strcmp(ca, cb) : !cb);
}

/* 1 when every element child of box is of the kind of the comment root c. */
static int holds_only_kind(const tt_hnode *box, const tt_hnode *c)
{
	int some = 0;
	for (const tt_hnode *k = box->children; k; k = k->next)
		if (k->type == TT_HNODE_ELEMENT && !(some = one_kind(k, c)))
			return 0;
	return some;
}

/* The element right before box among its siblings, past at most one
 * short element of another kind than like (the "show 5 hidden answers"
 * link drawn between a comment and its answers' box). */
static tt_hnode *block_before(tt_hnode *box, const tt_hnode *like)
{
	tt_hnode *p = tt_html_prev_elem(box);
	if (p && like && !one_kind(p, like) && ihx_info(p)->textlen <= 80)
		p = tt_html_prev_elem(p);
	return p;
}

/* The first element child of n, or NULL. */
static const tt_hnode *first_child_elem(const tt_hnode *n)
{
	const tt_hnode *k = n->children;
	while (k && k->type != TT_HNODE_ELEMENT)
		k = k->next;
	return k;
}

/* A box right after comment c wrapping, a box or two deep, a list of
 * blocks of c's kind drawn lighter than c (their first box not of c's
 * first box's kind: no avatar, no header line): a conversation under c,
 * shown on demand (Sina's div.dialog-list-wrap > div.dialog-list >
 * div.item, each answer "NAME：words"). A page's next group of comments
 * is drawn as the first was. */
static int lighter_answers(const tt_hnode *box, const tt_hnode *c)
{
	const tt_hnode *in = tt_html_sole_child(box);
	if (in && !holds_only_kind(in, c) && tt_html_sole_child(in))
		in = tt_html_sole_child(in);
	if (!in || !holds_only_kind(in, c))
		return 0;
	const tt_hnode *cf = first_child_elem(c);
	for (const tt_hnode *k = in->children; k; k = k->next) {
		const tt_hnode *kf = k->type == TT_HNODE_ELEMENT ? first_child_elem(k) : NULL;
		if (kf && cf && one_kind(kf, cf))
			return 0;
	}
	return cf != NULL;
}

/* A box right after a comment, holding only blocks of that comment's kind,
 * holds its answers (Wirtualna Polska's hidden div.opPoziomDrugi after each
 * opinion answered): when the box's id names the comment's id
 * ("wid_14128342_42047190" after the comment "42047190"), or when the same
 * shape, a block of the kind then such a box, shows again among the
 * siblings (the page draws every comment's answers so, not one group of
 * comments after another). Read by ids and shapes, not by class names. */
static tt_comment *answers_box_after(tt_hnode *box)
{
	tt_hnode *c = tt_html_prev_elem(box);
	if (c && !ihx_info(c)->c && ihx_info(c)->textlen <= 80)
		c = tt_html_prev_elem(c);
	if (!c || !ihx_info(c)->c)
		return NULL;
	if (!holds_only_kind(box, c))
		return lighter_answers(box, c) ? ihx_info(c)->c : NULL;
	const char *bid = tt_html_attr(box, "id"), *cid = tt_html_attr(c, "id");
	if (bid && cid && strlen(cid) >= 2 && strstr(bid, cid))
		return ihx_info(c)->c;
	for (tt_hnode *s = box->parent ? box->parent->children : NULL; s; s = s->next) {
		tt_hnode *sc = s != box && s->type == TT_HNODE_ELEMENT && one_kind(s, box)
		                   ? block_before(s, c)
		                   : NULL;
		if (sc && one_kind(sc, c) && holds_only_kind(s, c))
			return ihx_info(c)->c;
	}
	return NULL;
}

/* The nearest comment above root: an enclosing comment, or (Drupal's
 * div.indented after its parent) the comment just before a replies box. */
tt_comment *ihx_parent_of(tt_hnode *root)
{
	for (tt_hnode *a = root->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent) {
		struct ninfo *i = ihx_info(a);
		if (i && i->c)
			return i->c;
		tt_comment *after = answers_box_after(a);
		if (after)
			return after;
		/* A list inside a list item, after that item's comment, holds the
		 * comment's answers (DataLife Engine's ol.comments-tree-list). */
		int sublist = (tt_html_is(a, "ol") || tt_html_is(a, "ul")) && a->parent &&
		              tt_html_is(a->parent, "li");
		if (ihx_replies_box(a) || sublist) {
			tt_hnode *p = a->prev;
			while (p && p->type != TT_HNODE_ELEMENT)
				p = p->prev;
			if (p && ihx_info(p) && ihx_info(p)->c)
				return ihx_info(p)->c;
			tt_comment *last = NULL; /* the comment is wrapped: its last one */
			if (p)
				tt_html_walk(p, last_comment_enter, NULL, &last);
			if (last)
				return last;
		}
	}
	return NULL;
}

/* The author a forum post quotes first: XenForo's data-quote, a <cite>
 * ("Anna wrote:"), vBulletin's "Originally Posted by Anna". Caller frees. */
static int quote_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_quotation(n) || (tt_html_is(n, "aside") && tt_html_has_class(n, "quote")) ||
	       tt_html_has_class(n, "bbcode_postedby") || tt_html_has_class(n, "bbcode_quote") ||
	       tt_html_quoted_post_box(n) || tt_html_quotation_named(n);
}

/* The line naming a quote's author ("Nixe said:") in XenForo, vBulletin, phpBB. */
static int quote_head(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_has_class(n, "bbCodeBlock-title") || tt_html_has_class(n, "author") ||
	       tt_html_has_class(n, "bbcode_postedby") || tt_html_has_class(n, "quotetitle") ||
	       tt_html_has_class(n, "quote-header");
}

/* A quote's head that ends in a link to the quoted post ("Originally posted
 * by Anna View Post", vBulletin 5): the link's words are no part of the
 * name. Cuts them from name, the head's text. */
static void drop_post_link(const tt_hnode *who, char *name)
{
	const tt_hnode *a = who->last;
	while (a && a->type != TT_HNODE_ELEMENT && !(a->content && *a->content && !isspace((unsigned char)*a->content)))
		a = a->prev;
	const char *href = a && tt_html_is(a, "a") ? tt_html_attr(a, "href") : NULL;
	if (!href || !strstr(href, "#post"))
		return;
	char *words = tt_html_text(a);
	size_t n = strlen(name), l = strlen(words);
	if (l && n > l && name[n - l - 1] == ' ' && !strcmp(name + n - l, words))
		name[n - l - 1] = '\0';
	free(words);
}

/* The first <cite> of quotation q that no quotation inside q holds: in
 * FluxBB's "Trilby wrote: [Allan wrote: ...] ..." the inner cite names
 * whom Trilby quoted, not Trilby. */
static int own_cite_enter(tt_hnode *n, void *u)
{
	tt_hnode **found = u;
	if (*found || n->type != TT_HNODE_ELEMENT || quote_box(n, NULL) ||
	    tt_html_has_class(n, "quotebox"))
		return 0;
	if (tt_html_is(n, "cite"))
		*found = n;
	return !*found;
}

static tt_hnode *own_cite(tt_hnode *q)
{
	tt_hnode *found = NULL;
	tt_html_walk(q, own_cite_enter, NULL, &found);
	return found;
}

/* The first line of quotation q where it opens with one of the n heads
 * naming whose words follow ("Original post by NAME", The Student Room's,
 * its boxes named by no class): NULL when it opens with none. Caller
 * frees. */
static char *opening_head(tt_hnode *q, const char *const *heads, size_t n)
{
	char *line = tt_html_first_line(q);
	for (size_t i = 0; i < n; i++)
		if (!strncasecmp(line, heads[i], strlen(heads[i])))
			return line;
	free(line);
	return NULL;
}

static char *quoted_author(tt_hnode *q)
{
	const char *dq = tt_html_attr(q, "data-quote");
	if (!dq)
		dq = tt_html_attr(q, "data-username"); /* Discourse */
	if (!dq)
		dq = tt_html_attr(q, "data-name"); /* XenForo's quotation in other pages */
	if (!dq)
		dq = tt_html_attr(q, "data-ipsquote-username"); /* Invision Community */
	if (!dq)
		dq = tt_html_attr(q, "data-mention"); /* wpForo's quotation */
	if (dq && *dq)
		return tt_xstrdup(dq);
	tt_hnode *who = tt_html_find(q, quote_head, NULL);
	if (!who)
		who = own_cite(q);
	if (!who) { /* SMF 2.0 names the quote in a box before it */
		tt_hnode *p = q->prev;
		while (p && p->type != TT_HNODE_ELEMENT)
			p = p->prev;
		/* ...and FluxBB in a cite right before it (div.quotebox > cite + blockquote) */
		if (p && (tt_html_has_class(p, "quoteheader") || tt_html_is(p, "cite")))
			who = p;
	}
	if (!who)
		who = tt_html_find_tag(q, "strong");
	if (!who) /* Discuz!: a link to the post, "Anna 发表于 DATE" */
		who = tt_html_find_tag(q, "a");
	static const char *const heads[] = {
	    "Originally Posted by ", "Zitat von: ",  "Zitat von ",
	    "Quote from: ",          "Quote from ",  "Cita de: ",
	    "Citation de : ",        "Citation de ", "Original post by "};
	char *name = who ? tt_html_text(who) : opening_head(q, heads, sizeof heads / sizeof *heads);
	if (!name)
		return NULL;
	if (who)
		drop_post_link(who, name);
	/* SMF: "Quote from: Anna on October 25, 2013, 12:12:00 pm" */
	static const char *const dates[] = {" on ", " am ", " en ", " le "};
	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
		if (!strncasecmp(name, heads[i], strlen(heads[i]))) {
			memmove(name, name + strlen(heads[i]), strlen(name + strlen(heads[i])) + 1);
			char *on = NULL;
			for (size_t k = 0; k < sizeof dates / sizeof *dates && !on; k++)
				on = strstr(name, dates[k]);
			if (on && strpbrk(on, "0123456789"))
				*on = '\0';
			break;
		}
	/* The words after "wrote:" are a link to the post and its time
	 * ("Anna wrote: ↑ Sun Mar 03, 2024", phpBB 3.2 and later). */
	size_t vl = 0, at = tt_textline_said_at(name, strlen(name), &vl);
	name[at] = '\0';
	/* "NAME: Oct. 9, 2010 - 7:56 AM EST" (Politico's cite): the name. */
	char *colon = strstr(name, ": ");
	if (colon && ihx_looks_like_time(colon + 2))
		*colon = '\0';
	/* "(03-03-2024, 11:02 AM)Anna Wrote:" (MyBB): the time before the name. */
	size_t close = name[0] == '(' ? strcspn(name, ")") : 0;
	if (close && name[close] && name[close + 1] && ihx_looks_like_time(name + 1))
		memmove(name, name + close + 1, strlen(name + close + 1) + 1);
	return name;
}

/* The quotations a post opens with or holds, outermost ones, at most eight. */
struct quotes {
	tt_hnode *q[8];
	size_t n;
};

static int quotes_enter(tt_hnode *n, void *u)
{
	struct quotes *qs = u;
	if (n->type != TT_HNODE_ELEMENT || qs->n == sizeof qs->q / sizeof *qs->q)
		return 0;
	if (!quote_box(n, NULL))
		return 1;
	qs->q[qs->n++] = n;
	return 0;
}

static tt_hnode *root_at(const struct html *h, size_t i)
{
	return h->roots[i];
}

static int inner_root(const struct html *h, const tt_hnode *n, const tt_hnode *box)
{
	(void)h, (void)box;
	return ihx_is_root(n); /* (a root inside is walked as its own) */
}

/* The first root holding an element named name (an id, an <a name>: the
 * address a link to that root's post ends in, "#post10465146"), or
 * h->nroots. */
static size_t anchor_root(struct html *h, const char *name)
{
	ihx_anchors_build(h, &h->root_anchors, h->nroots, root_at, inner_root);
	return ihx_anchors_find(&h->root_anchors, name, h->nroots);
}

static int fragment_link(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	const char *frag = href ? strchr(href, '#') : NULL;
	return frag && frag[1];
}

/* The post a quotation's title links to ("Originally Posted by NAME <a
 * href=showthread.php?p=10465146#post10465146><img alt="View Post"></a>",
 * vBulletin 4; phpBB's "NAME wrote: <a href=#p123>↑</a>"): the root
 * holding that anchor, or h->nroots. Only the title's links are asked: a
 * link in the quoted words names what they name. */
static const char *title_link(tt_hnode *q)
{
	tt_hnode *head = tt_html_find(q, quote_head, NULL);
	if (!head)
		head = own_cite(q);
	if (!head && tt_html_quoted_post_box(q)) /* (its title line holds the button) */
		head = q;
	const tt_hnode *a = head ? tt_html_find(head, fragment_link, NULL) : NULL;
	return a ? strchr(tt_html_attr(a, "href"), '#') + 1 : NULL;
}

static size_t title_link_root(struct html *h, tt_hnode *q)
{
	const char *frag = title_link(q);
	return frag ? anchor_root(h, frag) : h->nroots;
}

/* The post a quotation names by number (Invision Community's
 * data-ipsquote-contentcommentid=1244379, the post's article#elComment_1244379;
 * among the last thousand, which bounds the cost). *topic is set when that
 * post is the topic's opening post, which is no comment. */
/* Whether n's id is want, or ends with it after a '_' or a '-'
 * ("message_978959071" for 978959071). */
static int id_names(const tt_hnode *n, const char *want)
{
	const char *id = n && n->type == TT_HNODE_ELEMENT ? tt_html_attr(n, "id") : NULL;
	size_t l = id ? strlen(id) : 0, wl = strlen(want);
	return l >= wl && !strcmp(id + l - wl, want) &&
	       (l == wl || id[l - wl - 1] == '_' || id[l - wl - 1] == '-');
}

/* Whether a root's box is named by want: the root, the box around it or a
 * box right inside it (GameFAQs' tr > td.msg#message_978959071). */
static int id_ends_with(const tt_hnode *r, const char *want)
{
	if (id_names(r, want) || id_names(r->parent, want))
		return 1;
	for (const tt_hnode *c = r->children; c; c = c->next)
		if (id_names(c, want))
			return 1;
	return 0;
}

/* The post a quotation's title names by the quoted message's number
 * ("<cite data-quote-id=978959071>NAME posted...</cite><br><blockquote>",
 * GameFAQs, its td.msg#message_978959071), among the last thousand;
 * *topic set when that post is the topic's opening post. */
static tt_comment *quote_id_post(struct html *h, const tt_hnode *q, int *topic)
{
	const tt_hnode *t = q->prev;
	while (t && (t->type != TT_HNODE_ELEMENT || tt_html_is(t, "br")))
		t = t->prev;
	const char *want = t && tt_html_is(t, "cite") ? tt_html_attr(t, "data-quote-id") : NULL;
	if (!want || !*want || strspn(want, "0123456789") != strlen(want))
		return NULL;
	for (size_t i = h->nroots, seen = 0; i > 0 && seen < 1000; i--, seen++)
		if (id_ends_with(h->roots[i - 1], want)) {
			tt_comment *c = ihx_info(h->roots[i - 1])->c;
			*topic = !c && h->t->article.body.n && i == 1;
			return c;
		}
	return NULL;
}

/* Whether n's id or name holds the figures num, alone or beside letters
 * ("msg_1201", "post1201", "1201"). */
static int names_number(const tt_hnode *n, const void *num)
{
	static const char *const attrs[] = {"id", "name"};
	size_t l = strlen(num);
	for (size_t i = 0; i < 2 && n->type == TT_HNODE_ELEMENT; i++)
		for (const char *v = tt_html_attr(n, attrs[i]), *p = v; p && (p = strstr(p, num));
		     p++)
			if ((p == v || !isdigit((unsigned char)p[-1])) &&
			    !isdigit((unsigned char)p[l]))
				return 1;
	return 0;
}

/* Whether a quotation's title links a post ("#post949697") whose number no
 * id or anchor of the page holds: the quoted post is on another page of
 * the thread, and the name beside the link names none of this page's. */
static int title_links_elsewhere(struct html *h, tt_hnode *q)
{
	const char *frag = title_link(q), *d = frag ? strpbrk(frag, "0123456789") : NULL;
	char num[24];
	size_t l = d ? strspn(d, "0123456789") : 0;
	if (!d || l < 3 || l >= sizeof num || d[l] || anchor_root(h, frag) < h->nroots)
		return 0;
	memcpy(num, d, l + 1);
	return !tt_html_find(tt_html_doc_node(h->doc), names_number, num);
}

static tt_comment *quoted_post(struct html *h, const tt_hnode *q, int *topic)
{
	/* A <blockquote cite=".../comment/432577#Comment_432577"> (Vanilla's
	 * quote embed) names the quoted post's box, or the box around it, by
	 * its id. */
	const char *cite = tt_html_attr(q, "cite"), *frag = cite ? strchr(cite, '#') : NULL;
	for (size_t i = h->nroots, seen = 0; frag && frag[1] && i > 0 && seen < 1000; i--, seen++) {
		const tt_hnode *r = h->roots[i - 1];
		const char *id = tt_html_attr(r, "id");
		if (!id && r->parent)
			id = tt_html_attr(r->parent, "id");
		if (id && !strcmp(id, frag + 1) && ihx_info(h->roots[i - 1])->c)
			return ihx_info(h->roots[i - 1])->c;
	}
	size_t j = title_link_root(h, (tt_hnode *)q);
	if (j < h->nroots) {
		tt_comment *c = ihx_info(h->roots[j])->c;
		*topic = !c && h->t->article.body.n && j == 0;
		if (c || *topic)
			return c;
	}
	tt_comment *by_id = quote_id_post(h, q, topic);
	if (by_id || *topic)
		return by_id;
	const char *want = tt_html_attr(q, "data-ipsquote-contentcommentid");
	for (size_t i = h->nroots, seen = 0; want && *want && i > 0 && seen < 1000; i--, seen++) {
		const char *id = tt_html_attr(h->roots[i - 1], "id");
		if (!id || strncmp(id, "elComment_", 10) != 0 || strcmp(id + 10, want) != 0)
			continue;
		tt_comment *c = ihx_info(h->roots[i - 1])->c;
		*topic = !c && h->t->article.body.n && h->roots[i - 1] == h->roots[0];
		return c;
	}
	return NULL;
}

/* The post a quotation's title names (tt_textline_said_by): that writer's
 * latest post, among the last thousand. */
static tt_comment *said_title_post(struct html *h, tt_hnode *q)
{
	char *line = tt_html_first_line(q);
	size_t hl = tt_textline_said_head(line, strlen(line));
	tt_comment *p = NULL;
	for (size_t i = h->nposts, seen = 0; hl && i > 0 && seen < 1000 && !p; i--, seen++)
		if (tt_textline_said_by(line, hl, h->posts[i - 1]->author, h->posts[i - 1]->posted))
			p = h->posts[i - 1];
	free(line);
	return p;
}

/* A forum post quoting an earlier one answers it: the latest post by the
 * quoted author (among the last thousand, which bounds the cost). A post
 * quoting several answers the first of them whose author has a post on
 * the page (the others quote posts not shown). */
static tt_comment *forum_parent(struct html *h, tt_hnode *body)
{
	struct quotes qs = {.n = 0};
	if (body)
		tt_html_walk(body, quotes_enter, NULL, &qs);
	tt_comment *p = NULL;
	for (size_t k = 0; k < qs.n && !p; k++) {
		int topic = 0;
		p = quoted_post(h, qs.q[k], &topic);
		if (topic)
			break; /* quoting the topic: an answer */
		if (!p && title_links_elsewhere(h, qs.q[k]))
			continue;
		char *name = p ? NULL : quoted_author(qs.q[k]);
		for (size_t i = h->nposts, seen = 0; name && i > 0 && seen < 1000 && !p; i--, seen++)
			if (h->posts[i - 1]->author && !strcasecmp(h->posts[i - 1]->author, name))
				p = h->posts[i - 1];
		free(name);
		if (!p)
			p = said_title_post(h, qs.q[k]);
	}
	return p;
}

static void remember_post(struct html *h, tt_comment *c)
{
	if (h->nposts == h->capposts) {
		h->capposts = h->capposts ? 2 * h->capposts : 64;
		h->posts = tt_xrealloc(h->posts, h->capposts * sizeof *h->posts);
	}
	h->posts[h->nposts++] = c;
}

void ihx_explain_comment(struct html *h, tt_comment *c, tt_hnode *root, const unsigned *lines)
{
	if (!h->r || !h->r->explain)
		return;
	char *head = tt_xasprintf("%s %s", c->author ? c->author : "?", c->posted ? c->posted : "");
	unsigned l = tt_html_line(root);
	tt_import_explain(h->r, l, l, "comment header", head, strlen(head));
	free(head);
	for (size_t i = 0; i < c->body.n; i++)
		tt_import_explain(h->r, lines[i], lines[i], "comment body", c->body.v[i],
		                  strlen(c->body.v[i]));
}

/* A forum thread's opening post is its article. Takes author. */
static void forum_opening(struct html *h, char *author, const char *when, tt_strv *body,
                          const unsigned *lines)
{
	h->t->article.body = *body;
	free(h->author);
	h->author = author;
	free(h->published);
	h->published = when ? tt_xstrdup(when) : NULL;
	for (size_t i = 0; i < body->n; i++)
		tt_import_explain(h->r, lines[i], lines[i], "article", body->v[i],
		                  strlen(body->v[i]));
}

static int byline_box(const tt_hnode *n, const void *arg)
{
	int kind = *(const int *)arg;
	if (kind == 1)
		return tt_html_heading(n);
	if (kind == 2) /* a box the page names the comment's info ("comment-infos") */
		return tt_html_classid_has(n, "info") && ihx_info(n)->textlen;
	if (kind == 3) /* ...or its meta line ("vcard meta": "Anna | DATE | Reply") */
		return tt_html_has_class(n, "meta") && ihx_info(n)->textlen;
	return tt_html_is(n, "footer") || tt_html_is(n, "header");
}

/* The words of s with white space runs made one space, trimmed. */
static char *one_spaced(const char *s)
{
	char *o = tt_xstrdup(s), *w = o;
	for (const char *r = s; *r;) {
		if (isspace((unsigned char)*r)) {
			r += strspn(r, " \t\r\n\f\v");
			if (w > o && *r)
				*w++ = ' ';
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
	return o;
}

/* A piece of a signature between commas, trimmed in place: a name's or a
 * place's, short. */
static char *signature_piece(char *b, char *e)
{
	while (b < e && *b == ' ')
		b++;
	while (e > b && e[-1] == ' ')
		e--;
	*e = '\0';
	return e > b && e - b <= 40 ? b : NULL;
}

/* "- NAME , PLACE, COUNTRY, DATE" (MailOnline): a dash opening a short
 * line, a name, perhaps places between commas, and the date last. The
 * name and the date go to name and when. */
static int signature_line(const char *s, char **name, char **when)
{
	char *t = one_spaced(s), *p = t;
	static const char *const dashes[] = {"-", "\xE2\x80\x93", "\xE2\x80\x94"};
	size_t d = 0;
	for (size_t i = 0; i < sizeof dashes / sizeof *dashes && !d; i++)
		if (!strncmp(t, dashes[i], strlen(dashes[i])) && t[strlen(dashes[i])] == ' ')
			d = strlen(dashes[i]);
	char *first = d && strlen(t) <= 160 ? strchr(p += d, ',') : NULL;
	char *last = first ? strrchr(first, ',') : NULL;
	int yes = 0;
	if (first) {
		char *date = signature_piece(last + 1, last + strlen(last));
		char *who = signature_piece(p, first);
		int places = 1;
		for (char *c = first; c < last && places; c = strchr(c + 1, ','))
			places = strchr(c + 1, ',') - (c + 1) <= 40;
		yes = date && who && places && ihx_looks_like_time(date) && !ihx_looks_like_time(who);
		if (yes)
			*name = tt_xstrdup(who), *when = tt_xstrdup(date);
	}
	free(t);
	return yes;
}

/* A signature under a comment's text, where no name was found above it:
 * the last short box after the text that reads "- NAME, PLACE, DATE" gives
 * the name and the time, and is no part of the text. */
static void signature_box(struct fields *f, tt_hnode *root, char **author, char **when)
{
	tt_hnode *first = f->body ? f->body->next : root->children;
	int text = f->body != NULL;
	for (tt_hnode *n = first; n; n = n->next) {
		if (n->type != TT_HNODE_ELEMENT || ihx_is_root(n) || ihx_replies_box(n))
			continue;
		size_t len = ihx_info(n)->textlen;
		if (!len || len > 400 || !text) {
			text |= len > 0;
			continue;
		}
		char *t = tt_html_text(n), *name = NULL, *at = NULL;
		if (signature_line(t, &name, &at) &&
		    (!*author || (f->author && ihx_inside(f->author, n)))) {
			free(*author), free(*when);
			*author = name, *when = at;
			if (!f->namebox)
				f->namebox = n; /* the header's, not the text's */
		} else {
			free(name), free(at);
		}
		free(t);
	}
}

/* 1 when the separator at `at` (sl bytes) of text joins a numeric date and
 * its clock ("12/01/2012 - 09:58", "12.01.2012 - 09:58", Drupal's): one
 * time, as tt_dates_parse reads it whole, not a name before a time. */
static int dashed_clock(const char *text, const char *at, size_t sl)
{
	const char *d = at;
	while (d > text && strchr("0123456789./-", d[-1]))
		d--;
	const char *c = at + sl;
	size_t h = strspn(c, "0123456789");
	if (at - d < 6 || (d > text && d[-1] != ' ') ||
	    (!memchr(d, '/', (size_t)(at - d)) && !memchr(d, '.', (size_t)(at - d))) || !h || h > 2 || c[h] != ':' ||
	    strspn(c + h + 1, "0123456789") != 2)
		return 0;
	char *both = tt_xstrndup(d, (size_t)(c + h + 3 - d)), iso[32];
	int yes = tt_dates_parse(both, iso) == 0 && strchr(iso, 'T');
	free(both);
	return yes;
}

/* 1 when all of text before the separator at `at` is a date and a clock
 * follows it ("January 13, 2012 - 10:56pm", Us Weekly's span.date;
 * "13. Januar 2012 - 22:56"): one time, no name before a time, whatever
 * the date's words. */
static int date_before_clock(const char *text, const char *at, size_t sl)
{
	if (at - text < 6 || at - text > 40 || !isdigit((unsigned char)at[sl]))
		return 0;
	char *head = tt_xstrndup(text, (size_t)(at - text)), iso[32];
	int yes = tt_dates_parse(head, iso) == 0;
	free(head);
	return yes;
}

/* The first sep in text that parts two things, not a date from its clock. */
static char *parting_sep(char *text, const char *sep)
{
	char *at = strstr(text, sep);
	while (at && (dashed_clock(text, at, strlen(sep)) || date_before_clock(text, at, strlen(sep))))
		at = strstr(at + 1, sep);
	return at;
}

/* "Anna Weber | Di, 21. April 2020 - 16:40", "Muriel - Le 22/01/2020 à
 * 12:01": a header line holding both the name and the time, apart by a bar,
 * a dot or a dash. */
static void byline(tt_hnode *root, char **author, char **when)
{
	static const int headings = 1, infos = 2, boxes = 0, metas = 3;
	tt_hnode *b = tt_html_find(root, byline_box, &headings);
	if (!b)
		b = tt_html_find(root, byline_box, &boxes);
	if (!b)
		b = tt_html_find(root, byline_box, &infos);
	if (!b)
		b = tt_html_find(root, byline_box, &metas);
	char *text = b ? tt_html_text(b) : NULL;
	static const char *const seps[] = {" | ",           " \xC2\xB7 ",     " \xE2\x80\xA2 ",
	                                   " - ",           " \xE2\x80\x93 ", /* en dash */
	                                   " \xE2\x80\x94 " /* em dash */};
	for (size_t i = 0; text && i < sizeof seps / sizeof *seps; i++) {
		char *at = parting_sep(text, seps[i]);
		if (!at || !ihx_looks_like_time(at + strlen(seps[i])))
			continue;
		*at = '\0';
		*author = tt_xstrdup(text);
		free(*when);
		*when = tt_xstrdup(at + strlen(seps[i]));
		break;
	}
	/* A short heading alone in the comment's header names its author. */
	tt_hnode *p = b ? b->parent : NULL;
	if (!*author && text && *text && strlen(text) < 60 && !ihx_looks_like_time(text) &&
	    b->name[0] == 'h' && p &&
	    (tt_html_is(p, "header") || tt_html_classid_has(p, "header") ||
	     tt_html_classid_has(p, "meta"))) {
		*author = text;
		text = NULL;
	}
	free(text);
}

/* A box whose class names the comment's metadata or byline ("metadata",
 * "comment-byline", "submitted"), holding some text. */
static int written_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *c = tt_html_attr(n, "class");
	return c && ihx_info(n)->textlen &&
	       (strcasestr(c, "meta") || strcasestr(c, "byline") || strcasestr(c, "submitted"));
}

/* "geschrieben von NAME am DATE", "posted by NAME on DATE", "par NAME le
 * DATE": at most one word before the word naming the author, then the name,
 * then the word before the time. Puts the name and the time in *author and
 * *when; 1 if the line is one of these. */
static int written_by_line(const char *text, char **author, char **when)
{
	static const char *const by[] = {"von ", "by ", "By ", "par ", "Par ",
	                                 "di ",  "da ", "por ", "door "};
	static const char *const on[] = {" am ", " on ", " le ", " il ", " el ", " op ", " at ", " um "};
	for (size_t i = 0; i < sizeof by / sizeof *by; i++) {
		const char *b = strstr(text, by[i]);
		size_t lead = b ? (size_t)(b - text) : 0;
		if (!b || (lead && (b[-1] != ' ' || memchr(text, ' ', lead - 1))))
			continue;
		const char *name = b + strlen(by[i]);
		for (size_t k = 0; k < sizeof on / sizeof *on; k++) {
			const char *o = strstr(name, on[k]);
			if (!o || o == name || !ihx_looks_like_time(o + strlen(on[k])))
				continue;
			*author = tt_xstrndup(name, (size_t)(o - name));
			free(*when);
			*when = tt_xstrdup(o + strlen(on[k]));
			return 1;
		}
	}
	return 0;
}

/* The comment's metadata line written as a sentence ("geschrieben von NAME
 * am DATE"): its box is then the author's, which the text leaves out. */
static void written_by(struct fields *f, tt_hnode *root, char **author, char **when)
{
	tt_hnode *b = tt_html_find(root, written_box, NULL);
	char *text = b ? tt_html_text(b) : NULL;
	if (text && strlen(text) < 160 && written_by_line(text, author, when) && !f->author)
		f->author = b;
	free(text);
}

/* "1. Le DATE, TIME par NAME", "On DATE by NAME", "Am DATE von NAME": a
 * header line giving the time first, then the word naming the author and
 * the name to the line's end (perhaps a number and one word before the
 * time). Puts the name and the time in *author and *when; 1 if so. */
static int dated_by_line(const char *text, char **author, char **when)
{
	static const char *const by[] = {" par ", " by ", " von ", " di ", " por ", " door "};
	const char *t = text + strspn(text, " ");
	if (isdigit((unsigned char)*t) && t[strspn(t, "0123456789")] == '.')
		t += strspn(t, "0123456789") + 1, t += strspn(t, " ");
	for (size_t i = 0; i < sizeof by / sizeof *by; i++) {
		const char *b = strstr(t, by[i]), *name = b ? b + strlen(by[i]) : NULL;
		if (!b || !*name || strlen(name) > 60 || strstr(name, by[i]))
			continue;
		char *date = tt_xstrndup(t, (size_t)(b - t)), *d = date;
		/* the word before the time ("Le", "On", "Am"), as written_by_line's */
		static const char *const on[] = {"le ", "on ", "am ", "il ", "el ", "op ", "at ", "um "};
		for (size_t k = 0; k < sizeof on / sizeof *on; k++)
			if (!strncasecmp(d, on[k], 3) && ihx_looks_like_time(d + 3)) {
				d += 3;
				break;
			}
		int yes = ihx_looks_like_time(d) && !ihx_looks_like_time(name);
		if (yes) {
			*author = tt_xstrdup(name);
			free(*when);
			*when = tt_xstrdup(d);
		}
		free(date);
		if (yes)
			return 1;
	}
	return 0;
}

/* The comment's header a dt holding that line (Dotclear's "dt#c12"). */
static void dated_by(tt_hnode *root, char **author, char **when)
{
	char *text = tt_html_is(root, "dt") ? tt_html_text(root) : NULL;
	if (text && strlen(text) < 160)
		dated_by_line(text, author, when);
	free(text);
}

static int title_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return ihx_info(n)->textlen &&
	       (tt_html_has_class(n, "titre") || tt_html_has_class(n, "title") ||
	        tt_html_has_class(n, "comment-title") || tt_html_has_class(n, "comment_title") ||
	        tt_html_has_class(n, "subject") ||
	        tt_html_has_token(n, "property", "schema:name"));
}

/* The walk of comment_title: hidden boxes, the text box, replies and other
 * people's names are not searched. */
struct title_state {
	tt_hnode *root, *body, *author, *found;
	int past_author; /* the walk has met the writer's name */
};

/* A title box after the writer's name sharing a box with it, a box that
 * holds no text of the comment (the writer's card: name, time, then a
 * rank "知道小有建树答主" over the answerer's figures): the writer's rank,
 * not the comment's title. A comment's own title comes before the name in
 * such a box ("comment_infos": title, then "Soumis par NAME"), or shares
 * only the comment's box with it (Drupal's h3 over "by NAME"), or a box
 * holding the text too (phpBB's postbody). */
static int in_writer_card(const tt_hnode *n, const struct title_state *s)
{
	const tt_hnode *a = n->parent;
	if (!s->author || !s->past_author || ihx_inside(s->author, n))
		return 0;
	while (a && a != s->root && !ihx_inside(s->author, a))
		a = a->parent;
	return a && a != s->root && !ihx_inside(s->body, a);
}

static int title_enter(tt_hnode *n, void *u)
{
	struct title_state *s = u;
	s->past_author |= n == s->author;
	if (s->found || n->type != TT_HNODE_ELEMENT || n == s->body || ihx_is_root(n) || ihx_hidden(n) ||
	    tt_html_attr(n, "typeof") || tt_html_attr(n, "itemscope"))
		return 0;
	if (title_box(n, NULL)) {
		if (in_writer_card(n, s))
			return 0;
		s->found = n;
		return 0;
	}
	return 1;
}

/* A comment's own title ("Exception."), written apart from its text box:
 * the first line of what it says. NULL when there is none. */
static tt_hnode *comment_title(tt_hnode *root, tt_hnode *body, tt_hnode *author)
{
	struct title_state s = {root, body, author, NULL, 0};
	tt_html_walk(root, title_enter, NULL, &s);
	return s.found;
}

/* What one comment's element gave: name and time, its text and their lines. */
struct found {
	char *author, *when;
	const char *attr; /* the machine form of the time, in the tree */
	const char *exact; /* a machine form the shown time stands for (titled_twin) */
	tt_strv body;
	unsigned *lines;
	size_t nlines;
};

static void free_found(struct found *o)
{
	free(o->author);
	free(o->when);
	free(o->lines);
}

/* SMF writes "« Reply #1 on: October 25, 2013, 12:12:00 pm »": the date. */
static void smf_time(char *s)
{
	if (strncmp(s, "\xC2\xAB", 2) != 0)
		return;
	/* The colon after a word ("on:", "en:"), not one inside the clock. */
	char *colon = strchr(s, ':');
	while (colon && !isalpha((unsigned char)colon[-1]))
		colon = strchr(colon + 1, ':');
	char *from = colon ? colon + 1 : s + 2;
	while (*from == ' ')
		from++;
	memmove(s, from, strlen(from) + 1);
	size_t n = strlen(s);
	if (n >= 2 && !strcmp(s + n - 2, "\xC2\xBB"))
		s[n -= 2] = '\0';
	while (n && s[n - 1] == ' ')
		s[--n] = '\0';
}

int ihx_inside(const tt_hnode *n, const tt_hnode *box)
{
	for (; n && n->type == TT_HNODE_ELEMENT; n = n->parent)
		if (n == box)
			return 1;
	return 0;
}

/* A theme writing the time inside the author's box ("Anna <time>29.07.2020 //
 * 12:56</time>"): the name is what comes before the time. */
static void cut_words(char *author, const char *w)
{
	char *at = w && *w ? strstr(author, w) : NULL;
	if (at && at > author) {
		*at = '\0';
		size_t n = strlen(author);
		while (n && (isspace((unsigned char)author[n - 1]) || author[n - 1] == '|' ||
		             author[n - 1] == '-' || author[n - 1] == ','))
			author[--n] = '\0';
	}
}

static void cut_time(char *author, const tt_hnode *time)
{
	char *w = tt_html_text(time);
	cut_words(author, w);
	free(w);
}

static int bracketed_box(const tt_hnode *n, const void *arg)
{
	const char *want = arg;
	if (n->type != TT_HNODE_ELEMENT || !ihx_info(n)->textlen || ihx_info(n)->textlen > 40)
		return 0;
	char *t = tt_html_text(n);
	int yes = !strcmp(t, want);
	free(t);
	return yes;
}

/* The opening bracket of the bracketed mark author ends with, round or
 * square, ASCII or full-width ("(楼主)", "[网易北京网友]", "【版主】");
 * NULL when it ends with none. */
static char *badge_open(char *author)
{
	static const char *const pairs[][2] = {{"(", ")"},
	                                       {"[", "]"},
	                                       {"\xEF\xBC\x88", "\xEF\xBC\x89"},  /* （） */
	                                       {"\xE3\x80\x90", "\xE3\x80\x91"}}; /* 【】 */
	size_t n = strlen(author);
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		size_t l = strlen(pairs[i][1]);
		if (n <= l || strcmp(author + n - l, pairs[i][1]) != 0)
			continue;
		char *open = NULL;
		for (char *p = strstr(author, pairs[i][0]); p; p = strstr(p + 1, pairs[i][0]))
			open = p;
		return open;
	}
	return NULL;
}

/* A mark in brackets after the name, in a box of its own inside the name's
 * ("NAME <span>(楼主)</span>", the thread starter's badge; "<a>NAME</a>
 * <span>[网易甘肃兰州手机网友]</span>", the writer's place): no part of the
 * name. */
static void cut_badge(char *author, tt_hnode *box)
{
	char *open = badge_open(author);
	if (!open || open == author || !tt_html_find(box, bracketed_box, open))
		return;
	while (open > author && isspace((unsigned char)open[-1]))
		open--;
	*open = '\0';
}

/* A field's label shown without its value, in a box of its own at the end
 * of the name's box ("NAME<span class=name-ip>ip:</span>", the writer's
 * address left empty; "Ort:", "来自："): no part of the name. */
struct label_tail {
	const char *author;
	size_t cut;
};

static int empty_label(const tt_hnode *n, const void *arg)
{
	struct label_tail *lt = (struct label_tail *)arg;
	if (n->type != TT_HNODE_ELEMENT || !n->children || n->children != n->last ||
	    n->children->type != TT_HNODE_TEXT || !n->children->content)
		return 0;
	const char *t = n->children->content;
	t += strspn(t, " \t\r\n");
	size_t l = strlen(t), m = strlen(lt->author);
	while (l && isspace((unsigned char)t[l - 1]))
		l--;
	int colon = (l >= 1 && t[l - 1] == ':') ||
	            (l >= 3 && !strncmp(t + l - 3, "\xEF\xBC\x9A", 3)); /* ： */
	if (!colon || l > 16 || m <= l || strncmp(lt->author + m - l, t, l) != 0)
		return 0;
	lt->cut = m - l;
	return 1;
}

static void cut_empty_label(char *author, tt_hnode *box)
{
	struct label_tail lt = {author, 0};
	if (!tt_html_find(box, empty_label, &lt))
		return;
	while (lt.cut && isspace((unsigned char)author[lt.cut - 1]))
		lt.cut--;
	if (lt.cut)
		author[lt.cut] = '\0';
}

/* A name link showing the full name, then the user name ("Lalala @lalala"),
 * or the user name alone ("@radu"), Talkyard's: the full name, else the
 * user name without its "@". */
static void cut_handle(char *author)
{
	char *at = strstr(author, " @");
	if (at && at > author && at[2] && !strchr(at + 2, ' '))
		*at = '\0';
	else if (author[0] == '@' && author[1] && !strchr(author, ' '))
		memmove(author, author + 1, strlen(author));
}

/* A time shown in a line of links after it ("29.07.2006 um 16:43 | Antworten",
 * "February 19, 2026 at 8:11 am | Reply"): the time alone. A bar between
 * the date and the clock ("23.09.2020 | 18:19") stays. */
static void time_tail(char *when)
{
	for (char *bar = when ? strstr(when, " | ") : NULL; bar; bar = strstr(bar + 3, " | ")) {
		if (ihx_looks_like_time(bar + 3))
			continue;
		*bar = '\0';
		if (ihx_looks_like_time(when))
			return;
		*bar = ' ';
	}
}

/* The text of box outside its links and buttons, spaces made one. */
static void unlinked_text(const tt_hnode *box, tt_buf *b)
{
	for (const tt_hnode *c = box->children; c; c = c->next)
		if (c->type == TT_HNODE_TEXT && c->content)
			tt_buf_adds(b, c->content);
		else if (c->type == TT_HNODE_ELEMENT && !tt_html_is(c, "a") && !tt_html_is(c, "button"))
			unlinked_text(c, b);
}

/* A time box holding the comment's links after the time ("17 января 2012
 * | 07:55 <a>#</a> <a>ответить</a>", "3 May 2012 <a>Link</a> <a>Reply</a>"):
 * the box's own words, outside its links, when they are a time and the
 * box's text opens with them; the links are the page's, not the time's.
 * A time that is itself a link (a permalink) has no words outside it and
 * is kept whole. */
static void time_before_links(const struct fields *f, char *when)
{
	if (!when || !f->time || f->time->type != TT_HNODE_ELEMENT || !tt_html_find_tag(f->time, "a"))
		return;
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	unlinked_text(f->time, &b);
	for (char *nb = strstr(b.data, "\xC2\xA0"); nb; nb = strstr(nb, "\xC2\xA0"))
		nb[0] = nb[1] = ' '; /* no-break spaces, as the time's text has them */
	char *own = one_spaced(b.data);
	tt_buf_free(&b);
	size_t l = strlen(own);
	while (l && (own[l - 1] == ' ' || own[l - 1] == '|'))
		own[--l] = '\0';
	if (l && l < strlen(when) && !strncmp(when, own, l) && when[l] == ' ' &&
	    ihx_looks_like_time(own))
		when[l] = '\0';
	free(own);
}

/* A header line holding only a name written loose and the permalink
 * showing the comment's age ("mxa <a href=#comment-1>1 year</a>"): the
 * name, and the line is no text of the comment. */
static void name_before_time(struct fields *f, char **author)
{
	tt_hnode *line = f->time ? f->time->parent : NULL;
	if (!line || !ihx_time_permalink(f->time) || line == f->root || line == f->body)
		return;
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	const tt_hnode *c = line->children;
	for (; c && c != f->time; c = c->next)
		if (c->type == TT_HNODE_TEXT && c->content)
			tt_buf_adds(&b, c->content);
		else if (c->type == TT_HNODE_ELEMENT && ihx_info(c)->textlen)
			break;
	/* Nothing but the name before the time, nothing shown after it. */
	for (const tt_hnode *a = c == f->time ? c->next : NULL; a; a = a->next)
		if (a->type == TT_HNODE_ELEMENT
		        ? ihx_info(a)->textlen != 0
		        : a->content && a->content[strspn(a->content, " \t\r\n")])
			c = NULL;
	if (c != f->time)
		b.data[0] = '\0';
	char *s = b.data + strspn(b.data, " \t\r\n");
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		s[--n] = '\0';
	if (n && n <= 40 && !strpbrk(s, ".!?:\n")) {
		*author = tt_xstrdup(s);
		f->namebox = line;
	}
	free(b.data);
}

static int wordless(const char *p);

/* A number written before a name ("4.", "#4", "4)"): a comment's place in
 * the list, no name. */
static int ordinal(const char *s)
{
	s += strspn(s, " \t\r\n");
	s += *s == '#';
	size_t d = strspn(s, "0123456789");
	if (!d || d > 5)
		return 0;
	s += d;
	s += *s == '.' || *s == ')';
	return !s[strspn(s, " \t\r\n")];
}

/* A header line holding the time's box where no name was found, the
 * comment's number written loose and the name before the time ("<dt>4.
 * <a>JamesDavis</a> <span class=in-reply-to>in reply to <a
 * href=#comment-03>NAME</a></span> <span class=datestamp>TIME</span>",
 * Scientific American): the name is the first box showing words in the
 * line, past the number; the line is then no text of the comment. */
static void name_in_time_line(struct fields *f, char **author)
{
	tt_hnode *line = f->time ? f->time->parent : NULL;
	if (!line || line == f->root || line == f->body || (f->body && ihx_inside(f->body, line)) ||
	    ihx_info(line)->textlen > 1000)
		return;
	tt_hnode *name = NULL;
	int numbered = 0;
	for (tt_hnode *c = line->children; c && c != f->time && !name; c = c->next)
		if (c->type == TT_HNODE_TEXT && c->content && !wordless(c->content) &&
		    !(numbered = ordinal(c->content)))
			return; /* words loose before the name: no such header */
		else if (c->type == TT_HNODE_ELEMENT && ihx_info(c)->textlen)
			name = c;
	/* (the number is what tells the line a header: a badge before a time,
	 * "Original Poster · 6 years ago", names no one) */
	if (!numbered)
		return;
	/* (not a link to a place in the page, "<a href=#c3>Link</a>"; nor a
	 * count, "39 points") */
	const char *href = name && tt_html_is(name, "a") ? tt_html_attr(name, "href") : NULL;
	char *t = name && !(href && href[0] == '#') ? tt_html_text(name) : NULL;
	if (t && *t && !isdigit((unsigned char)*t) && strlen(t) <= 40 && !strpbrk(t, "!?:\n") &&
	    !ihx_looks_like_time(t)) {
		*author = t;
		f->namebox = line;
		return;
	}
	free(t);
}

/* Whether nothing shows after n in its box: n closes it. */
static int closes_box(const tt_hnode *n)
{
	for (const tt_hnode *a = n->next; a; a = a->next)
		if (a->type == TT_HNODE_ELEMENT
		        ? ihx_info(a)->textlen != 0
		        : a->content && a->content[strspn(a->content, " \t\r\n")])
			return 0;
	return 1;
}

/* A signature closing the comment, under its text: "Posted by: <a>NAME</a>
 * | <a href=#c1>DATE</a>", "Geschrieben von Hans · 12.01.2012 06:11". The
 * time's line is the last box showing words, after the text, and holds
 * before the time only a name, perhaps after a label ending in a colon,
 * and a separator: the name is that, and the line is no text. Read by
 * where it sits, not by its words, so that a label in another language
 * goes too (the label rule alone refuses a name followed by a bar). */
static void closing_signature(struct fields *f, char **author)
{
	tt_hnode *line = f->time ? f->time->parent : NULL;
	if (!line || line == f->root || line == f->body || ihx_info(line)->textlen > 200 ||
	    !closes_box(f->time) || !closes_box(line))
		return;
	int text = 0; /* words shown before the line, in its box */
	for (const tt_hnode *b = line->parent ? line->parent->children : NULL; b && b != line;
	     b = b->next)
		text |= b->type == TT_HNODE_ELEMENT && ihx_info(b)->textlen > 0;
	if (!text)
		return;
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	for (const tt_hnode *c = line->children; c && c != f->time; c = c->next) {
		char *t = c->type == TT_HNODE_ELEMENT ? tt_html_text(c) : NULL;
		tt_buf_adds(&b, t ? t : c->type == TT_HNODE_TEXT && c->content ? c->content : "");
		tt_buf_adds(&b, " ");
		free(t);
	}
	char *s = one_spaced(b.data);
	free(b.data);
	size_t n = strlen(s);
	static const char *const seps[] = {"|", "\xC2\xB7", "\xE2\x80\xA2", "-", "\xE2\x80\x93",
	                                   "\xE2\x80\x94", ","};
	int cut = 0;
	for (size_t i = 0; i < sizeof seps / sizeof *seps && !cut; i++) {
		size_t l = strlen(seps[i]);
		if (n > l && !strcmp(s + n - l, seps[i]))
			s[n -= l] = '\0', cut = 1;
	}
	while (n && s[n - 1] == ' ')
		s[--n] = '\0';
	ihx_drop_label(s);
	n = strlen(s);
	if (cut && n && n <= 40 && !strpbrk(s, "!?:|\n") && !isdigit((unsigned char)*s) &&
	    !ihx_looks_like_time(s)) {
		*author = s;
		f->namebox = line;
		return;
	}
	free(s);
}

/* The walk of shown_twin: the machine form's moment to the minute, and
 * the first box showing it. */
struct twin_state {
	const tt_hnode *root;
	char want[17];
	char *found;
	int zoned; /* the machine form names its zone ("...Z", "+01:00") */
};

/* The seconds since the epoch of an ISO moment's first 16 characters
 * ("2023-12-09T20:43"), read as UTC; -1 when they are no such moment. */
static long long iso_minute(const char *iso)
{
	struct tm tm = {0};
	if (sscanf(iso, "%4d-%2d-%2dT%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
	           &tm.tm_min) != 5)
		return -1;
	tm.tm_year -= 1900, tm.tm_mon--;
	return (long long)timegm(&tm);
}

/* Whether shown (a moment read from the page's words, to the minute) is
 * the machine form's want: the same, or, where the machine form is in a
 * zone of its own (UTC, "2023-12-09T20:43:15Z", beside Lagos' "9:43pm On
 * Dec 09, 2023"), the same minute some whole hours from it, as far as
 * zones go (14 hours). */
static int same_moment(const struct twin_state *s, const char *shown)
{
	if (!strncmp(shown, s->want, 16))
		return 1;
	long long a = s->zoned ? iso_minute(shown) : -1, b = iso_minute(s->want);
	long long d = a - b;
	return a >= 0 && b >= 0 && d % 3600 == 0 && d <= 14 * 3600 && d >= -14 * 3600;
}

/* The moment t reads as, into iso; a day shown without its year ("3:40pm
 * On Jan 21", this year's) read in the machine form's year (want's). */
static int shown_moment(const char *t, const char *want, char iso[32])
{
	if (tt_dates_parse(t, iso) == 0)
		return 1;
	if (strlen(t) > 64)
		return 0;
	char with[80];
	snprintf(with, sizeof with, "%s, %.4s", t, want);
	return tt_dates_parse(with, iso) == 0;
}

static int twin_enter(tt_hnode *n, void *u)
{
	struct twin_state *s = u;
	if (s->found || n->type != TT_HNODE_ELEMENT || (ihx_is_root(n) && n != s->root) ||
	    ihx_hidden(n) || !ihx_info(n)->textlen)
		return 0;
	if (ihx_info(n)->textlen > 60)
		return 1;
	char *t = tt_html_text(n), iso[32];
	if (*t && ihx_looks_like_time(t) && shown_moment(t, s->want, iso) && strlen(iso) >= 16 &&
	    same_moment(s, iso)) {
		s->found = t;
		return 0;
	}
	free(t);
	return 1;
}

/* The time a comment shows where its time's element shows none (an empty
 * "<time itemprop=dateCreated datetime=2014-02-06T23:35:45>" beside
 * "answered <span>Feb 6, 2014 at 23:35</span>", Stack Exchange's answers
 * with names scrambled): the first box of the comment, outside its
 * answers, whose words read as the same moment to the minute. NULL when
 * none. */
/* The first n characters of the moment text reads as (16: to the minute,
 * 10: the day) in out, terminated; 0 when it reads as none so precise. */
static int iso_prefix(const char *text, size_t n, char *out)
{
	char iso[32];
	/* (a machine form with its zone, "2013-07-11T21:14+00:00", which
	 * the reader of shown dates leaves: its first characters are the
	 * day and the minute) */
	if (tt_dates_parse(text, iso) != 0) {
		if (iso_minute(text) < 0)
			return 0;
		snprintf(iso, sizeof iso, "%.16s", text);
	}
	if (strlen(iso) < n)
		return 0;
	memcpy(out, iso, n);
	out[n] = '\0';
	return 1;
}

static char *shown_twin(tt_hnode *root, const char *attr)
{
	struct twin_state s = {root, "", NULL, 0};
	if (!iso_prefix(attr, 16, s.want))
		return NULL;
	size_t l = strlen(attr);
	s.zoned = l > 16 && (attr[l - 1] == 'Z' || (l > 6 && attr[l - 3] == ':' &&
	                                            (attr[l - 6] == '+' || attr[l - 6] == '-')));
	tt_html_walk(root, twin_enter, NULL, &s);
	return s.found;
}

/* The walk of titled_twin: a box shown whose title names the machine form
 * and whose words read as a date of the same day. */
struct titled_state {
	const tt_hnode *root;
	const char *machine;
	char day[11];
	char minute[17]; /* the machine form to the minute, or "" */
	char *found;
	const char *title; /* the found box's title, in the tree */
};

/* Whether title names the machine form: the same words, or a moment read
 * as the same minute ("9:14 PM - Jul 11, 2013" over "Jul 11, 2013",
 * beside "<time class=hide>2013-07-11T21:14+00:00", Tapatalk's). */
static int title_names(const struct titled_state *s, const char *title)
{
	if (!strcmp(title, s->machine))
		return 1;
	if (!*s->minute || strlen(title) > 60)
		return 0;
	/* (the clock first, a dash before the day: "9:14 PM - Jul 11, 2013") */
	char t[64], iso[32];
	snprintf(t, sizeof t, "%s", title);
	char *dash = strstr(t, "M - ");
	if (dash && dash > t && strchr("AaPp", dash[-1]))
		memmove(dash + 1, dash + 3, strlen(dash + 3) + 1);
	return tt_dates_parse(t, iso) == 0 && !strncmp(iso, s->minute, 16);
}

static int titled_enter(tt_hnode *n, void *u)
{
	struct titled_state *s = u;
	if (s->found || n->type != TT_HNODE_ELEMENT || (ihx_is_root(n) && n != s->root) ||
	    ihx_hidden(n))
		return 0;
	const char *title = tt_html_attr(n, "title");
	if (!title || ihx_info(n)->textlen > 40 || !title_names(s, title))
		return 1;
	char *t = tt_html_text(n), iso[32];
	if (*t && tt_dates_parse(t, iso) == 0 && tt_dates_same_day(iso, s->day)) {
		s->found = t, s->title = title;
		return 0;
	}
	free(t);
	return 1;
}

/* The time a comment shows beside its time's element when that element's
 * words are the machine form (Stackoverrun's "<span title="2010-12-29
 * 18:41:20">29 дек. 10</span><span class=d-none itemprop=dateCreated>
 * 2010-12-29 18:41:20</span>", the second hidden by a class only): a box of
 * the comment, outside its answers, whose title is that machine form and
 * whose words read as the same day. The page itself says the two are one
 * time; the reader sees the first. NULL when none; *title the box's
 * title, which outlives the machine form's copy. */
static char *titled_twin(tt_hnode *root, const char *machine, const char **title)
{
	struct titled_state s = {root, machine, "", "", NULL, NULL};
	if (!iso_prefix(machine, 10, s.day))
		return NULL;
	if (!iso_prefix(machine, 16, s.minute))
		s.minute[0] = '\0';
	tt_html_walk(root, titled_enter, NULL, &s);
	*title = s.title;
	return s.found;
}

/* The time of a comment whose shown words stand for a machine form
 * (titled_twin): the machine form's moment, which the day shown alone would
 * lose, when it is the day the shown words read. */
static void exact_time(struct html *h, tt_comment *c, const char *exact)
{
	char iso[32];
	if (exact && c->time && tt_datetime_parse(exact, iso) == 0 &&
	    strlen(iso) > strlen(c->time) && !strncmp(iso, c->time, strlen(c->time)))
		c->time = ihx_arena(h, iso);
}

/* The name a box signs with: its words a dash and a link's text, nothing
 * else ("&ndash; <a href=/users/29246/tony-m>Tony M</a>"). Caller frees;
 * NULL when not. */
static char *dash_signed(tt_hnode *box)
{
	tt_hnode *a = ihx_info(box)->textlen <= 120 ? tt_html_find_tag(box, "a") : NULL;
	const char *href = a ? tt_html_attr(a, "href") : NULL;
	if (!href || !*href || *href == '#')
		return NULL;
	char *t = tt_html_text(box), *name = tt_html_text(a);
	char *s = one_spaced(t), *nm = one_spaced(name), *yes = NULL;
	static const char *const dashes[] = {"\xE2\x80\x93 ", "\xE2\x80\x94 ", "- "};
	for (size_t i = 0; i < sizeof dashes / sizeof *dashes && !yes; i++) {
		size_t l = strlen(dashes[i]);
		if (!strncmp(s, dashes[i], l) && !strcmp(s + l, nm) && *nm && strlen(nm) <= 40 &&
		    !isdigit((unsigned char)*nm) && !ihx_looks_like_time(nm))
			yes = nm, nm = NULL;
	}
	free(t), free(name), free(s), free(nm);
	return yes;
}

/* The walk of dash_signature: the first box signed so whose next box
 * shown is a time. */
struct dash_state {
	struct fields *f;
	char *name;
	tt_hnode *time;
};

static int dash_enter(tt_hnode *n, void *u)
{
	struct dash_state *s = u;
	if (s->name || n->type != TT_HNODE_ELEMENT || (ihx_is_root(n) && n != s->f->root) ||
	    ihx_hidden(n))
		return 0;
	if (n == s->f->root || ihx_info(n)->textlen > 120)
		return 1;
	const tt_hnode *next = n->next;
	while (next && next->type != TT_HNODE_ELEMENT &&
	       !(next->type == TT_HNODE_TEXT && next->content &&
	         next->content[strspn(next->content, " \t\r\n")]))
		next = next->next;
	if (!next || next->type != TT_HNODE_ELEMENT || ihx_info(next)->textlen > 80)
		return 1;
	char *name = dash_signed(n); /* (before the time's reading, which costs more) */
	if (!name)
		return 1;
	char *when = tt_html_text(next);
	int timed = ihx_looks_like_time(when);
	free(when);
	if (!timed) {
		free(name);
		return 1;
	}
	s->name = name;
	s->f->namebox = n;
	s->time = (tt_hnode *)next;
	return 0;
}

/* A box of its own after the text, right before the time's, holding a
 * dash and a link and nothing else ("<span>TEXT</span> <div>&ndash; <a
 * href=/users/29246/tony-m>Tony M</a></div> <span>Sep 25, 2019 at
 * 12:22</span>", Stack Exchange's comments): the writer signing after the
 * words, and the time after the name the comment's. The box is no text. */
static void dash_signature(struct fields *f, struct found *o)
{
	struct dash_state s = {f, NULL, NULL};
	tt_html_walk(f->root, dash_enter, NULL, &s);
	if (!s.name)
		return;
	o->author = s.name;
	if (!f->time && !o->when && !o->attr) /* (its time, read here first) */
		f->time = s.time, o->when = tt_html_text_parted(s.time);
}

/* The box at the place of n in another comment's root other (the same
 * child numbers from the root down), or NULL. */
static const tt_hnode *same_place(const tt_hnode *root, const tt_hnode *n, const tt_hnode *other)
{
	unsigned path[16];
	size_t k = 0;
	for (; n && n != root; n = n->parent) {
		if (k == 16)
			return NULL;
		unsigned i = 0;
		for (const tt_hnode *c = n->parent ? n->parent->children : NULL; c && c != n;
		     c = c->next)
			i++;
		path[k++] = i;
	}
	if (!n)
		return NULL;
	while (k-- && other) {
		const tt_hnode *c = other->children;
		for (unsigned i = 0; c && i < path[k]; i++)
			c = c->next;
		other = c;
	}
	return other;
}

/* 1 when the comments around root (up to ten) all show text at name's
 * place: a label every comment repeats (page furniture), no name. */
static int same_in_all(struct html *h, tt_hnode *root, const tt_hnode *name, const char *text)
{
	size_t at = 0, asked = 0, same = 0;
	while (at < h->nroots && h->roots[at] != root)
		at++;
	for (size_t d = 1; at < h->nroots && asked < 10 && (d <= at || at + d < h->nroots); d++)
		for (int side = 0; side < 2 && asked < 10; side++) {
			if (side ? at + d >= h->nroots : d > at)
				continue;
			const tt_hnode *o =
			    same_place(root, name, h->roots[side ? at + d : at - d]);
			char *t = o && o->type == TT_HNODE_ELEMENT ? tt_html_text(o) : NULL;
			asked++;
			same += t && !strcmp(t, text);
			free(t);
		}
	return asked && same == asked;
}

/* The bytes of words n shows, white space run together, when its text
 * (a template's indentation counted) is at most five times cap; else more
 * than cap. A list's items indented line by line ("<ul><li>\n
 * NAME\n </li><li>TIME</li>", iVoox) hold a few words in hundreds of
 * bytes. */
static size_t shown_len(const tt_hnode *n, size_t cap)
{
	if (ihx_info(n)->textlen <= cap)
		return ihx_info(n)->textlen;
	if (ihx_info(n)->textlen > 5 * cap)
		return cap + 1;
	char *t = tt_html_text(n);
	size_t l = strlen(t);
	free(t);
	return l;
}

/* A header line of boxes, the time's box and one short box before it
 * (wnp.pl's "<div><div>miki</div><div>07.01.2012 07:00</div></div>",
 * Glavred's "<span class=title>NAME</span><span class=date>"), nothing
 * else shown in the line: the box before the time is the name where its
 * words differ between the comments (what every comment repeats there is
 * a label). By place, whatever the boxes' classes say. */
static void name_box_before_time(struct fields *f, char **author)
{
	tt_hnode *line = f->time ? f->time->parent : NULL, *name = NULL;
	if (!line || line == f->root || (f->body && ihx_inside(f->body, line)) ||
	    (f->body && ihx_inside(line, f->body)) || shown_len(line, 200) > 200)
		return;
	for (tt_hnode *c = line->children; c; c = c->next)
		if (c->type == TT_HNODE_TEXT && c->content && !wordless(c->content))
			return; /* words loose in the line */
		else if (c->type == TT_HNODE_ELEMENT && c != f->time && ihx_info(c)->textlen) {
			if (name || ihx_info(f->time) < ihx_info(c))
				return; /* a second box, or one after the time */
			name = c;
		}
	char *t = name && !tt_html_is(name, "a") ? tt_html_text(name) : NULL;
	size_t spaces = 0;
	for (const char *p = t; p && *p; p++)
		spaces += *p == ' ';
	/* (three words at most: a notice in the name's place, "Comment removed
	 * by moderator", is longer) */
	if (t && *t && strlen(t) <= 40 && spaces <= 2 && !strchr(t, '\n') &&
	    !ihx_looks_like_time(t) && !tt_html_action_words(t) &&
	    !same_in_all(f->h, f->root, name, t)) {
		*author = t;
		f->namebox = line;
		return;
	}
	free(t);
}

/* The first box from c on showing words, NULL where words stand loose
 * before it. */
static tt_hnode *worded_from(tt_hnode *c)
{
	for (; c; c = c->next)
		if (c->type == TT_HNODE_TEXT && c->content && !wordless(c->content))
			return NULL;
		else if (c->type == TT_HNODE_ELEMENT && ihx_info(c)->textlen)
			return c;
	return NULL;
}

/* The first box in line showing words, NULL where loose words come first. */
static tt_hnode *first_worded(const tt_hnode *line)
{
	return worded_from(line->children);
}

/* The next box after n showing words, or NULL where words stand loose
 * between them. */
static tt_hnode *next_worded(const tt_hnode *n)
{
	return worded_from(n->next);
}

/* A comment's box of boxes, the time's box first of those showing words,
 * then one short box, then the text (Us Weekly's "div.comment-info >
 * span.date + strong + p"; "<small>TIME</small><b>NAME</b><div>TEXT"):
 * the short box is the name where its words differ between the comments
 * (what every comment repeats there is a label). By place, as
 * name_box_before_time, the order turned. */
static void name_box_after_time(struct fields *f, char **author)
{
	tt_hnode *line = f->time ? f->time->parent : NULL;
	if (!line || line == f->root->parent || !ihx_inside(line, f->root) || first_worded(line) != f->time)
		return;
	tt_hnode *name = next_worded(f->time), *text = name ? next_worded(name) : NULL;
	if (!text || tt_html_is(name, "a") || ihx_info(name)->textlen > 60 ||
	    ihx_info(text)->textlen <= ihx_info(name)->textlen)
		return;
	char *t = tt_html_text(name);
	size_t spaces = 0;
	for (const char *p = t; *p; p++)
		spaces += *p == ' ';
	if (*t && strlen(t) <= 40 && spaces <= 3 && !ihx_looks_like_time(t) &&
	    !tt_html_action_words(t) && !same_in_all(f->h, f->root, name, t)) {
		*author = t;
		f->namebox = name;
		return;
	}
	free(t);
}

/* The first box of a comment that shows text: where a header line is. */
static tt_hnode *first_shown_child(tt_hnode *root)
{
	for (tt_hnode *c = root->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT && ihx_info(c)->textlen)
			return c;
		else if (c->type == TT_HNODE_TEXT && c->content &&
		         c->content[strspn(c->content, " \t\r\n")])
			return NULL;
	return NULL;
}

/* A time with a note after it in brackets ("2 years ago (last modified 2
 * years ago)", Agreper): the time alone. */
static void time_note(char *when)
{
	char *open = when ? strstr(when, " (") : NULL;
	size_t n = open ? strlen(open) : 0;
	if (!open || open[n - 1] != ')')
		return;
	*open = '\0';
	if (!ihx_looks_like_time(when))
		*open = ' ';
}

/* The comment whose box has the id frag (an earlier one than root, among
 * the last thousand, which bounds the cost), or NULL. */
static tt_comment *anchored_comment(struct html *h, const char *frag, const tt_hnode *root)
{
	for (size_t i = h->nroots, seen = 0; frag && *frag && i > 0 && seen < 1000; i--, seen++) {
		const char *id = tt_html_attr(h->roots[i - 1], "id");
		if (h->roots[i - 1] != root && id && ihx_info(h->roots[i - 1])->c && !strcmp(id, frag))
			return ihx_info(h->roots[i - 1])->c;
	}
	return NULL;
}

/* The words a header writes before a link to the comment answered
 * ("replied to comment from NAME", "in reply to NAME"): no part of the
 * answer's name. At the end of the words before the link, in any case. */
static const char *const reply_phrases[] = {
    "replied to", "in reply to", "reply to", "replying to", "antwortete auf", "als antwort auf",
    "antwort auf", "en réponse à", "a répondu à", "en respuesta a", "respondió a",
    "in antwoord op", "in risposta a", "w odpowiedzi na", "odpowiedź na", "response to",
    "responding to", "antwort an", "réponse à", "resposta a", "odpověď na",
    "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xBD\xD0\xB0"};

/* The length of a reply phrase ending the len bytes of s (spaces after it
 * aside), or 0. */
static size_t reply_phrase_end(const char *s, size_t len)
{
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	for (size_t i = 0; i < sizeof reply_phrases / sizeof *reply_phrases; i++) {
		size_t l = strlen(reply_phrases[i]);
		if (len >= l && !strncasecmp(s + len - l, reply_phrases[i], l) &&
		    (len == l || !isalnum((unsigned char)s[len - l - 1])))
			return l;
	}
	return 0;
}

/* A link in a comment's header line to an earlier comment's anchor that
 * names the comment answered: its words hold that comment's author
 * ("<a href=#comment-03>stueysplace</a>", "comment from Juno the Loon"), or
 * words of replying stand right before it ("replied to <a ...>"). The
 * comment's own permalink, a "previous" link, name no one. */
struct answered {
	struct html *h;
	const tt_hnode *root;
	tt_hnode *link;
	tt_comment *c;
	tt_buf before; /* the line's words before the node walked */
};

static int answered_enter(tt_hnode *n, void *u)
{
	struct answered *a = u;
	if (a->c)
		return 0;
	if (n->type == TT_HNODE_TEXT && n->content)
		tt_buf_adds(&a->before, n->content);
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	const char *frag = href ? strchr(href, '#') : NULL;
	tt_comment *c = frag ? anchored_comment(a->h, frag + 1, a->root) : NULL;
	if (!c)
		return 1;
	char *words = tt_html_text(n);
	if ((c->author && c->author[0] && strstr(words, c->author)) ||
	    reply_phrase_end(a->before.data, a->before.len))
		a->c = c, a->link = n;
	free(words);
	return 0;
}

static tt_comment *answered_in(struct html *h, tt_hnode *line, const tt_hnode *root,
                               tt_hnode **link)
{
	struct answered a = {h, root, NULL, NULL, {0}};
	tt_buf_add(&a.before, NULL, 0);
	if (line && ihx_info(line)->textlen <= 1000) /* (indentation and all) */
		tt_html_walk(line, answered_enter, NULL, &a);
	free(a.before.data);
	if (link)
		*link = a.link;
	return a.c;
}

/* A name read from a header line that names the comment answered after it
 * ("bja009 replied to comment from Juno the Loon"): the words before the
 * link, a reply phrase at their end left out. */
static void cut_answered(struct fields *f, tt_hnode *line, char *name)
{
	tt_hnode *link = NULL;
	if (!answered_in(f->h, line, f->root, &link))
		return;
	char *w = tt_html_text(link), *at = *w ? strstr(name, w) : NULL;
	if (at) {
		size_t n = (size_t)(at - name);
		while (n && isspace((unsigned char)name[n - 1]))
			n--;
		n -= reply_phrase_end(name, n);
		while (n && isspace((unsigned char)name[n - 1]))
			n--;
		name[n] = '\0';
	}
	free(w);
}

/* The next separator in p, its length in *sl; NULL if none. */
static char *next_sep(char *p, const char *const *seps, size_t nseps, size_t *sl)
{
	char *next = NULL;
	for (size_t i = 0; i < nseps; i++) {
		char *s = strstr(p, seps[i]);
		if (s && (!next || s < next))
			next = s, *sl = strlen(seps[i]);
	}
	return next;
}

/* The time among the parts of a header line after its name, each apart by
 * a separator ("#1 • 8:05 AM Wednesday, Aug 18, 2010 • Reply", Boing
 * Boing's Movable Type: the comment's number, the time, an action): the
 * first part that is a time and the parts right after it that are too ("3
 * May 2020 - 10:15"), cut at the next separator; NULL if none. */
static char *time_part(char *rest, const char *const *seps, size_t nseps)
{
	char *from = NULL;
	for (char *p = rest; p && *p && !from;) {
		size_t sl = 0;
		char *next = next_sep(p, seps, nseps, &sl);
		char keep = next ? *next : '\0';
		if (next)
			*next = '\0';
		p += strspn(p, " \t\r\n");
		if (strlen(p) < 60 && ihx_looks_like_time(p))
			from = p;
		if (next)
			*next = keep;
		p = next ? next + sl : NULL;
	}
	if (!from)
		return NULL;
	/* cut after the last time part */
	for (char *p = from;;) {
		size_t sl = 0;
		char *next = next_sep(p, seps, nseps, &sl);
		if (!next)
			return from;
		char keep = *next;
		*next = '\0';
		char *part = next + sl + strspn(next + sl, " \t\r\n");
		size_t sl2 = 0;
		char *after = next_sep(part, seps, nseps, &sl2);
		char keep2 = after ? *after : '\0';
		if (after)
			*after = '\0';
		int time = strlen(part) < 60 && ihx_looks_like_time(part);
		if (after)
			*after = keep2;
		if (!time)
			return from;
		*next = keep;
		p = part;
	}
}

/* A header line over a comment block that holds nothing named as a name or a
 * time, "NAME - 2 years ago | thread" (Agreper's span.small, "NAME · DATE",
 * "NAME • DATE"): the name before the separator, the time after it up to a
 * bar before the line's links. The line is then no text of the comment. */
static void line_name_time(struct fields *f, char **author, char **when)
{
	static const char *const seps[] = {" - ", " \xC2\xB7 " /* · */, " \xE2\x80\xA2 " /* • */,
	                                   " \xE2\x80\x94 " /* — */, " \xE2\x80\x93 " /* – */};
	tt_hnode *line = f->author || f->time ? NULL : first_shown_child(f->root);
	/* (a template's indentation counts in textlen: the words shown, white
	 * space run together, must be 200 bytes at most) */
	if (!line || line == f->body || ihx_info(line)->textlen > 1000 ||
	    (f->body && ihx_inside(f->body, line)))
		return;
	char *t = tt_html_text(line), *bar = strstr(t, " |"), *sep = NULL;
	if (strlen(t) > 200) {
		free(t);
		return;
	}
	if (bar)
		*bar = '\0';
	size_t i = 0, sl = 0;
	for (; i < sizeof seps / sizeof *seps && !sep; i++)
		if ((sep = parting_sep(t, seps[i])))
			sl = strlen(seps[i]);
	char *name = t + strspn(t, " \t\r\n"), *at = sep ? sep + sl : NULL;
	if (sep)
		*sep = '\0';
	if (at) {
		size_t n = strlen(at);
		while (n && isspace((unsigned char)at[n - 1]))
			at[--n] = '\0';
		time_note(at);
		/* (the time one of several parts: "#1 • TIME • Reply") */
		char *part = time_part(at, seps, sizeof seps / sizeof *seps);
		if (part)
			at = part;
		cut_answered(f, line, name);
	}
	if (at && *name && strlen(name) <= 40 && !strpbrk(name, ".!?:\n") && ihx_looks_like_time(at) &&
	    strlen(at) < 60) {
		*author = tt_xstrdup(name);
		*when = tt_xstrdup(at);
		f->namebox = line;
	}
	free(t);
}

/* wpForo writes the time loose under the text ("<div class=cbleft>Topic
 * starter Postado : 28/06/2023 10:53 pm"): the words after the colon. */
static char *wpforo_time(tt_hnode *root)
{
	if (!ihx_wpforo_post(root, tt_html_attr(root, "id")))
		return NULL;
	tt_hnode *box = tt_html_find_class(root, "cbleft");
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	for (const tt_hnode *c = box ? box->children : NULL; c; c = c->next)
		if (c->type == TT_HNODE_TEXT && c->content)
			tt_buf_adds(&b, c->content); /* not the "NAME reacted" box */
	char *t = b.data, *at = strstr(t, " : "), *when = NULL;
	if (at) {
		at += 3;
		at += strspn(at, " \t");
		size_t n = strlen(at);
		while (n && isspace((unsigned char)at[n - 1]))
			at[--n] = '\0';
		when = ihx_looks_like_time(at) ? tt_xstrdup(at) : NULL;
	}
	free(t);
	return when;
}

/* "2:55pm On Dec 10, 2023*" (Nairaland): a star after a time marks the
 * post edited, no part of the time. */
static void edit_star(char *when)
{
	size_t l = when ? strlen(when) : 0;
	if (l < 2 || when[l - 1] != '*')
		return;
	when[l - 1] = '\0';
	if (ihx_looks_like_time(when)) {
		for (l--; l && when[l - 1] == ' ';)
			when[--l] = '\0';
	} else {
		when[l - 1] = '*';
	}
}

/* "#2 · May 21, 2024, 12:33 pm" (Asgaros): the post's number is no part
 * of its time. */
static void numbered_time(char *when)
{
	size_t d = when && when[0] == '#' ? strspn(when + 1, "0123456789") : 0;
	if (d && !strncmp(when + 1 + d, " \xC2\xB7 ", 4) && ihx_looks_like_time(when + 5 + d))
		memmove(when, when + 5 + d, strlen(when + 5 + d) + 1);
}

/* A time shown after its permalink's label, the comment's number ("#1.3 -
 * Mon Jan 16, 2012 7:02 PM EST": "#", the number, a thread's levels joined
 * by dots), then a dash, a bar, a dot or a colon: the label is no part of
 * the time. */
static void permalink_label(char *when)
{
	static const char *const seps[] = {"-", "\xE2\x80\x93" /* – */, "\xE2\x80\x94" /* — */,
	                                   "\xC2\xB7" /* · */, "|", ":"};
	size_t n = when && when[0] == '#' ? 1 : 0;
	/* (levels joined by dashes too: Bangumi's "#2-1 - 2020-5-4 10:58") */
	while (n && (isdigit((unsigned char)when[n]) ||
	             ((when[n] == '.' || when[n] == '-') && n > 1 &&
	              isdigit((unsigned char)when[n + 1]))))
		n++;
	if (n < 2 || !isspace((unsigned char)when[n]))
		return;
	n += strspn(when + n, " \t");
	for (size_t i = 0; i < sizeof seps / sizeof *seps; i++)
		if (!strncmp(when + n, seps[i], strlen(seps[i]))) {
			n += strlen(seps[i]);
			break;
		}
	n += strspn(when + n, " \t");
	if (when[n] && ihx_looks_like_time(when + n))
		memmove(when, when + n, strlen(when + n) + 1);
}

/* A time led by the verb of what happened then ("answered Feb 22", "asked
 * 3 days ago", "edited ...": a lower-case word ending in "ed"), in a <time>
 * element or looking like a time: the time alone. Five letters at least:
 * Slovak's "pred 2 hodiny" ("2 hours ago", old Reddit in Slovak) opens
 * with a word of four that is the age's own. */
static void time_verb(char *when, int in_time)
{
	size_t w = 0;
	while (when && islower((unsigned char)when[w]))
		w++;
	if (w < 5 || strncmp(when + w - 2, "ed ", 3) != 0 || !when[w + 1] ||
	    !(in_time || ihx_looks_like_time(when + w + 1)))
		return;
	memmove(when, when + w + 1, strlen(when + w + 1) + 1);
}

/* A clock alone ("13:04", "8:11 pm"), without the date it belongs to. */
static int bare_clock(const char *s)
{
	size_t h = strspn(s, "0123456789");
	if (!h || h > 2 || s[h] != ':' || strspn(s + h + 1, "0123456789") != 2)
		return 0;
	const char *r = s + h + 3;
	return !*r || !strcasecmp(r, " am") || !strcasecmp(r, " pm");
}

/* The line of a permalink that shows only the clock (the date written
 * loose in that line, before it), short and no comment's whole box or
 * text, else NULL. */
static tt_hnode *clock_permalink_line(const struct fields *f, const char *when)
{
	tt_hnode *line = f->time ? f->time->parent : NULL;
	if (!line || !when || !bare_clock(when) || line == f->root || line == f->body ||
	    !ihx_time_permalink(f->time) || ihx_info(line)->textlen > 200)
		return NULL;
	return line;
}

/* The time is the date as written and the clock; the line's words (the
 * name's, a label's, the date's) are the header's, no text. */
static void join_date_clock(struct fields *f, tt_hnode *line, const char *date, char **when)
{
	char *both = tt_xasprintf("%s %s", date, *when);
	free(*when);
	*when = both;
	if (!(f->body && ihx_inside(f->body, line)))
		f->clock = line;
}

/* A signature line closing the comment ("Comment by NAME — 17.07, 2011 @
 * <a href=#comment-1>13:04</a>", an old WordPress theme): the permalink
 * shows only the clock, the date is written loose before it, after the dash
 * that ends the name. The time is both; where no link names the commenter
 * the name is the words before the dash, after "... by". */
static void dated_clock(struct fields *f, char **author, char **when)
{
	static const char *const seps[] = {" \xE2\x80\x94 " /* — */, " \xE2\x80\x93 " /* – */,
	                                   " - ", " \xC2\xB7 " /* · */, " | "};
	static const char *const by[] = {"by ", "By ", "von ", "par ", "Par ", "di ", "da ", "por ", "door "};
	tt_hnode *line = clock_permalink_line(f, *when);
	if (!line)
		return;
	char *t = tt_html_text(line), *end = strstr(t, *when), *sep = NULL;
	size_t sl = 0;
	for (size_t i = 0; end && i < sizeof seps / sizeof *seps; i++)
		for (char *at = strstr(t, seps[i]); at && at < end; at = strstr(at + 1, seps[i]))
			if (at > sep)
				sep = at, sl = strlen(seps[i]);
	char *date = sep ? sep + sl : NULL;
	if (date) {
		*end = '\0';
		size_t n = strlen(date);
		while (n && isspace((unsigned char)date[n - 1]))
			date[--n] = '\0';
	}
	if (!date || !*date || strlen(date) > 40 || !ihx_looks_like_time(date)) {
		free(t);
		return;
	}
	join_date_clock(f, line, date, when);
	*sep = '\0';
	char *name = t + strspn(t, " \t\r\n");
	for (size_t i = 0; i < sizeof by / sizeof *by; i++) {
		char *b = strstr(name, by[i]);
		/* at most one word before the word naming the writer */
		if (b && (b == name || (b[-1] == ' ' && !memchr(name, ' ', (size_t)(b - name) - 1)))) {
			name = b + strlen(by[i]);
			break;
		}
	}
	if (*name && strlen(name) <= 40 && !strpbrk(name, "!?:\n") && /* "M. Boettcher" */
	    (!*author || !strstr(name, *author))) {
		free(*author);
		*author = tt_xstrdup(name);
	}
	free(t);
}

/* The start of the date written loose before a clock in s (the clock
 * appended to each candidate): the latest word from which the words parse
 * to the same moment as from the first word that parses, so that a label
 * or a verb before the date ("said, on", "schrieb am") is left off while
 * the date keeps all of itself ("3, 2019 at 3:12 pm" is not August 3rd). */
static char *date_start(char *s, const char *clock)
{
	char first[32] = "", iso[32];
	char *best = NULL;
	for (char *p = s; *p; p++) {
		if (isspace((unsigned char)*p) || (p > s && !isspace((unsigned char)p[-1])))
			continue;
		char *both = tt_xasprintf("%s %s", p, clock);
		int ok = tt_dates_parse(both, iso) == 0 && strlen(iso) >= 16;
		free(both);
		if (ok && !*first)
			memcpy(first, iso, sizeof first);
		if (ok && !strcmp(first, iso))
			best = p;
	}
	return best;
}

/* A permalink showing only the clock after the date written loose in its
 * line, a verb or a label between the name and the date ("NAME said, on
 * August 3, 2019 at <a href=#comment-1>3:12 pm</a>", "NAME schrieb am 3.
 * August 2019 um <a>15:12</a>"), no separator after the name: the time is
 * the date as written and the clock, the words before the date left off. */
static void loose_date_clock(struct fields *f, const char *author, char **when)
{
	tt_hnode *line = clock_permalink_line(f, *when);
	if (!line)
		return;
	char *t = tt_html_text(line), *from = author ? strstr(t, author) : NULL;
	from = from ? from + strlen(author) : t;
	char *end = strstr(from, *when), *date = NULL;
	if (end) {
		*end = '\0';
		date = date_start(from, *when);
	}
	if (date) {
		size_t n = strlen(date);
		while (n && isspace((unsigned char)date[n - 1]))
			date[--n] = '\0';
		join_date_clock(f, line, date, when);
	}
	free(t);
}

/* A date shown without its hour, the hour in the box right after the
 * date's or loose right after it ("<small>August 06, 2019</small><small>4:14
 * pm</small>"): the time is both, as the page shows them side by side. */
static void date_then_clock(struct fields *f, char **when)
{
	char iso[32];
	/* (a date of two-digit year, "03/12/15", is a time where its box was
	 * taken as the time: it parses as a date, though alone among words it
	 * might be anything) */
	if (!f->time || !*when || strchr(*when, ':') ||
	    (!ihx_looks_like_time(*when) && tt_dates_parse(*when, iso) != 0))
		return;
	char *clock = NULL;
	const tt_hnode *n = f->time->next;
	for (; n && !clock; n = clock ? n : n->next) {
		if (n->type == TT_HNODE_ELEMENT && ihx_info(n)->textlen > 16)
			return;
		if (n->type != TT_HNODE_TEXT && n->type != TT_HNODE_ELEMENT)
			continue;
		clock = n->type == TT_HNODE_TEXT ? tt_html_repeat_text(n) : tt_html_text((tt_hnode *)n);
		if (clock && !clock[strspn(clock, " \t\r\n")])
			free(clock), clock = NULL; /* white space between the boxes */
	}
	char *c = clock ? clock + strspn(clock, " \t\r\n") : NULL;
	if (c && bare_clock(c)) {
		char *both = tt_xasprintf("%s %s", *when, c);
		free(*when);
		*when = both;
		if (n && n->type == TT_HNODE_ELEMENT)
			f->clock = n; /* the time's, no text of the comment */
	}
	free(clock);
}

/* The length of one word without a digit opening when right before a
 * separator ("Responder · 10/05/2024", "回复·05月10日": the reply button's
 * word, the footer's line read whole for its time), else 0. */
static size_t action_word(const char *when)
{
	size_t l = when ? strcspn(when, " \t\r\n|\xC2\xE2") : 0;
	if (!l || l > 24)
		return 0;
	for (size_t k = 0; k < l; k++)
		if (isdigit((unsigned char)when[k]))
			return 0;
	const char *p = when + l + strspn(when + l, " \t\r\n");
	return *p == '|' || !strncmp(p, "\xC2\xB7", 2) || !strncmp(p, "\xE2\x80\xA2", 3) ? l : 0;
}

/* A time shown after a separator opening its box ("<span class=datetime>
 * | 09/09/2011 09:55</span>" after the title, To Vima's): the separator is
 * no part of it. */
static void time_lead(char *when)
{
	/* (and "»", phpBB's between the name and the time written loose) */
	static const char *const marks[] = {"|", "\xC2\xB7" /* · */, "\xE2\x80\xA2" /* • */,
	                                    "\xC2\xBB" /* » */};
	size_t skip = action_word(when), i = 0;
	while (when && i < sizeof marks / sizeof *marks) {
		skip += strspn(when + skip, " \t\r\n");
		for (i = 0; i < sizeof marks / sizeof *marks; i++)
			if (!strncmp(when + skip, marks[i], strlen(marks[i]))) {
				skip += strlen(marks[i]);
				break;
			}
	}
	if (skip && when[skip] && ihx_looks_like_time(when + skip))
		memmove(when, when + skip, strlen(when + skip) + 1);
}

/* A header box naming none of its parts (import_html_header.c): its name
 * and time, and its title the text's first paragraph. */
static void headed(struct html *h, struct fields *f, struct found *o)
{
	char *title = NULL, *name = NULL;
	unsigned line = 0;
	if (!ihx_header_box(f, &name, &o->when, &title, &line))
		return;
	/* the header's name, not one read from the text under it (a quotation's
	 * <cite> opening the text is no author's box) */
	if (name || (f->author && !ihx_inside(f->author, f->namebox) &&
	             (!f->body || ihx_inside(f->author, f->body)))) {
		free(o->author);
		o->author = name;
		f->author = NULL;
	}
	if (!title)
		return;
	tt_strv_push(h->t, &o->body, ihx_arena(h, title));
	o->lines = tt_xrealloc(o->lines, (o->nlines + 1) * sizeof *o->lines);
	o->lines[o->nlines++] = line;
	free(title);
}

/* The part of text after its first bar, dot, bullet or long dash when that
 * part reads as a time ("by NAME | January 11, 2012 - 9:58am": not a short
 * dash, which a time may hold); NULL when none. *head_len is what comes
 * before the separator. */
static const char *bar_time(const char *text, size_t *head_len)
{
	static const char *const seps[] = {" | ", " \xC2\xB7 ", " \xE2\x80\xA2 ",
	                                   " \xE2\x80\x94 ", " \xE2\x80\x93 "};
	for (size_t i = 0; i < sizeof seps / sizeof *seps; i++) {
		const char *at = strstr(text, seps[i]);
		const char *rest = at ? at + strlen(seps[i]) : NULL;
		if (rest && at > text && ihx_looks_like_time(rest)) {
			*head_len = (size_t)(at - text);
			return rest;
		}
	}
	return NULL;
}

/* The box of line showing words before the separator, the last one: the
 * name's ("by <strong><a>NAME</a></strong> |"), the word before it the
 * template's. */
static char *name_box_before(const tt_hnode *line, size_t head_len)
{
	char *name = NULL;
	size_t at = 0;
	for (const tt_hnode *c = line->children; c; c = c->next) {
		char *t = c->type == TT_HNODE_ELEMENT ? tt_html_text(c)
		          : c->content                 ? tt_xstrdup(c->content)
		                                       : NULL;
		char *o = t ? one_spaced(t) : NULL;
		free(t);
		if (o && c->type == TT_HNODE_ELEMENT && *o && at < head_len) {
			free(name);
			name = o, o = NULL;
		}
		at += o ? strlen(o) : name ? strlen(name) : 0;
		free(o);
	}
	return name;
}

/* The one box inside n showing all of n's words, if any. */
static const tt_hnode *only_box(const tt_hnode *n)
{
	const tt_hnode *only = NULL;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT ? ihx_info(c)->textlen != 0
		                                : c->content && !wordless(c->content)) {
			if (only || c->type != TT_HNODE_ELEMENT)
				return NULL;
			only = c;
		}
	return only;
}

/* The box showing just the words arg. */
static int shows_words(const tt_hnode *n, const void *arg)
{
	if (n->type != TT_HNODE_ELEMENT || ihx_info(n)->textlen > 200)
		return 0;
	char *t = tt_html_text(n);
	int yes = ihx_same_words(t, arg);
	free(t);
	return yes;
}

/* A header line "by NAME | DATE - CLOCK" (Drupal 6's span.submitted, "von
 * NAME · DATE"): the name, then a bar, a dot or a long dash, then the time.
 * Where the line was taken whole for the time, it gives the name and the
 * time; where the name's box was found and no time, the line around it
 * gives the time. Read by the line's shape, not its words. */
static void bar_header(struct fields *f, struct found *o)
{
	const tt_hnode *line = NULL;
	if (o->when && !o->author && !o->attr)
		line = f->time ? f->time : tt_html_find(f->root, shows_words, o->when);
	for (const tt_hnode *n = f->author; !line && n && n != f->root && !o->when && !o->attr;
	     n = n->parent)
		if (ihx_info(n)->textlen > 200)
			break;
		else if (n != f->author && ihx_info(n)->textlen > ihx_info(f->author)->textlen)
			line = n;
	if (!line || ihx_info(line)->textlen > 200 || (f->body && ihx_inside(line, f->body)))
		return;
	for (const tt_hnode *c = only_box(line); c; c = only_box(line))
		line = c; /* (the innermost box of the line: its children are the name and the rest) */
	char *raw = tt_html_text(line), *text = one_spaced(raw);
	free(raw);
	size_t head = 0;
	const char *when = bar_time(text, &head);
	char *name = when && !o->author ? name_box_before(line, head) : NULL;
	if (when && (o->author || name)) {
		free(o->when);
		o->when = tt_xstrdup(when);
		if (name && strlen(name) <= 40 && !ihx_looks_like_time(name))
			o->author = name, name = NULL;
	}
	free(name);
	free(text);
}

/* The name and the time, wherever this layout keeps them. */
static void read_header(struct html *h, struct fields *f, tt_hnode *root, struct found *o)
{
	const char *da = tt_html_attr(root, "data-author"); /* XenForo names it outright */
	if (!da && tt_html_is(root, "shreddit-comment"))
		da = tt_html_attr(root, "author"); /* new Reddit too */
	if (!da)
		da = f->label ? f->label : ihx_labelled_author(root);
	o->author = da && *da   ? tt_xstrdup(da)
	            : f->author ? ihx_author_text(h, f->author, f->arank)
	                        : NULL;
	/* (a post's number, "#10", read from a header holding no name, is
	 * no one's) */
	if (o->author && o->author[0] == '#' && ordinal(o->author))
		free(o->author), o->author = NULL;
	if (o->author && !da && f->time && ihx_inside(f->time, f->author))
		cut_time(o->author, f->time);
	if (o->author && !da && f->author)
		cut_badge(o->author, f->author);
	if (o->author && !da && f->author)
		cut_empty_label(o->author, f->author);
	if (o->author && !da && f->author && tt_html_is(f->author, "a") &&
	    ihx_class_suffix(f->author, "-by"))
		cut_handle(o->author);
	o->attr = f->time ? ihx_time_attr(f->time) : NULL;
	o->when = f->time && f->trank < 4 ? tt_html_text_parted(f->time) : ihx_loose_time(f->author);
	if (!o->when && f->time)
		o->when = tt_html_text_parted(f->time);
	/* (a <time> shown empty, or a <meta> showing nothing: "<meta
	 * itemprop=datePublished>" beside the time shown, Nairaland's) */
	if (o->when && !*o->when && o->attr && f->time &&
	    (tt_html_is(f->time, "time") || tt_html_is(f->time, "meta"))) {
		char *twin = shown_twin(root, o->attr);
		if (twin)
			free(o->when), o->when = twin;
	}
	if (o->when && tt_dates_machine_form(o->when, strlen(o->when)) && f->time) {
		const char *title;
		char *twin = titled_twin(root, o->when, &title);
		if (twin)
			free(o->when), o->when = twin, o->exact = title;
	}
	/* The time written loose in the name's box after a byline's own box
	 * ("<dt class=author><span>by <b>NAME</b></span> July 19, 2013 3:21 AM
	 * EDT</dt>"): the name read from the box's line ends with it, and is
	 * the words before it. */
	if (o->author && !da && o->when && f->author && (!f->time || f->trank >= 4))
		cut_words(o->author, o->when);
	if (!o->attr && tt_html_is(root, "shreddit-comment"))
		o->attr = tt_html_attr(root, "created");
	if (!o->when)
		o->when = wpforo_time(root);
	numbered_time(o->when);
	edit_star(o->when);
	if (o->when)
		smf_time(o->when);
	if (h->se && f->sig)
		ihx_se_author_time(f, &o->author, &o->when, &o->attr);
	if (!o->author &&
	    (tt_html_has_class(root, "pingback") || tt_html_has_class(root, "trackback"))) {
		/* WordPress names a link to the post after the page that links. */
		tt_hnode *a = tt_html_find_tag(root, "a");
		o->author = a ? tt_html_text(a) : NULL;
	}
	if (!da && !o->when && !o->attr)
		signature_box(f, root, &o->author, &o->when);
	if (!o->author)
		byline(root, &o->author, &o->when);
	if (!o->author)
		written_by(f, root, &o->author, &o->when);
	if (!o->author)
		dated_by(root, &o->author, &o->when);
	if (!o->author)
		name_before_time(f, &o->author);
	if (!o->author)
		name_in_time_line(f, &o->author);
	if (!o->author)
		closing_signature(f, &o->author);
	if (!o->author)
		dash_signature(f, o);
	if (!o->author)
		name_box_before_time(f, &o->author);
	if (!o->author)
		name_box_after_time(f, &o->author);
	if (!o->author && !o->when && !o->attr)
		line_name_time(f, &o->author, &o->when);
	if (!da && !o->when && !o->attr && (!o->author || f->author))
		headed(h, f, o);
	if (!da)
		bar_header(f, o);
	if (o->author)
		ihx_clean_author(o->author);
	time_tail(o->when);
	time_before_links(f, o->when);
	time_lead(o->when);
	time_verb(o->when, f->time && tt_html_is(f->time, "time"));
	permalink_label(o->when);
	if (o->when)
		dated_clock(f, &o->author, &o->when);
	if (o->when)
		loose_date_clock(f, o->author, &o->when);
	date_then_clock(f, &o->when);
}

/* The dd right after a comment's dt: the comment's text. */
static tt_hnode *dt_text(tt_hnode *root)
{
	if (!tt_html_is(root, "dt"))
		return NULL;
	tt_hnode *n = root->next;
	while (n && n->type != TT_HNODE_ELEMENT)
		n = n->next;
	return n && tt_html_is(n, "dd") ? n : NULL;
}

/* 1 when a and b hold the same words, white space aside. */
int ihx_same_words(const char *a, const char *b)
{
	for (;; a++, b++) {
		a += strspn(a, " \t\r\n");
		b += strspn(b, " \t\r\n");
		if (*a != *b)
			return 0;
		if (!*a)
			return 1;
	}
}

/* A time written loose between the name and the text, in the text's box
 * ("<span class=author>Anna</span><br>März 7, 2018 <p>..."), comes out as
 * the text's first paragraph: it is the header's, not the comment's words. */
static void drop_loose_time(struct found *o)
{
	if (!o->when || !o->body.n || !ihx_same_words(o->body.v[0], o->when))
		return;
	memmove(o->body.v, o->body.v + 1, (o->body.n - 1) * sizeof *o->body.v);
	if (o->nlines)
		memmove(o->lines, o->lines + 1, (--o->nlines) * sizeof *o->lines);
	o->body.n--;
}

/* Words written loose between the name's box and the time's box, siblings
 * in one header ("<strong>Betina</strong> sagt:<br><time>"), a verb of
 * saying in any language, come out as the text's first paragraph when the
 * text's box holds the header: they are the header's, not the comment's. */
static void drop_header_verb(const struct fields *f, struct found *o)
{
	if (!f->author || !f->time || !o->body.n || f->author->parent != f->time->parent)
		return;
	tt_buf b = {0};
	tt_buf_add(&b, NULL, 0);
	const tt_hnode *n = f->author->next;
	for (; n && n != f->time; n = n->next)
		if (n->type == TT_HNODE_TEXT && n->content)
			tt_buf_add(&b, n->content, strlen(n->content));
		else if (n->type == TT_HNODE_ELEMENT && !tt_html_is(n, "br"))
			break;
	if (n == f->time && b.len && b.len <= 40 && ihx_same_words(o->body.v[0], b.data)) {
		memmove(o->body.v, o->body.v + 1, (o->body.n - 1) * sizeof *o->body.v);
		if (o->nlines)
			memmove(o->lines, o->lines + 1, (--o->nlines) * sizeof *o->lines);
		o->body.n--;
	}
	tt_buf_free(&b);
}

/* A time standing alone as a paragraph at the text's start, where the
 * header showed none ("<h3>TITLE</h3><p>11.01.12, 11:44pm</p><p>TEXT",
 * Daily Express'): the comment's time, no paragraph of its text. Among the
 * first three paragraphs (a title may come before it). */
static void time_in_text(struct found *o)
{
	if (o->when || o->attr)
		return;
	for (size_t i = 0; i < o->body.n && i < 3; i++) {
		const char *p = o->body.v[i];
		size_t l = strlen(p);
		if (l < 6 || l > 40 || !strpbrk(p, "0123456789") || !ihx_looks_like_time(p))
			continue;
		o->when = tt_xstrdup(p);
		memmove(o->body.v + i, o->body.v + i + 1, (o->body.n - i - 1) * sizeof *o->body.v);
		o->body.n--;
		if (i < o->nlines) {
			memmove(o->lines + i, o->lines + i + 1, (o->nlines - i - 1) * sizeof *o->lines);
			o->nlines--;
		}
		return;
	}
}

/* The child of root that holds n (n itself when a child), or NULL. */
static tt_hnode *child_holding(tt_hnode *root, tt_hnode *n)
{
	while (n && n->parent != root)
		n = n->parent;
	return n;
}

/* A comment's box with no text box of its own, opening with a short header
 * ("<p class=comment-number>1</p> Kommentar<small> von </small><cite>NAME
 * </cite><br><small class=commentmetadata>DATE</small><p>text</p>", an old
 * "commentlist" theme): the header's words around the name and the time
 * are no text; the text is the boxes after the header's last field. Only
 * where words lie loose in the box before it ("Kommentar"); NULL when the
 * header is long (text before a footer naming the author) or holds a title,
 * when nothing follows it, or when words lie loose after it. */
static int titled(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_heading(n) || tt_html_classid_has(n, "title");
}

static tt_hnode *after_header(tt_hnode *root, const struct fields *f)
{
	tt_hnode *a = f->author ? child_holding(root, f->author) : NULL,
	         *t = f->time ? child_holding(root, f->time) : NULL, *last = NULL;
	size_t before = 0;
	int loose = 0; /* words loose in the box beside the name */
	for (tt_hnode *c = root->children; c && (a || t); c = c->next) {
		loose |= c->type == TT_HNODE_TEXT && c->content && !wordless(c->content);
		before += c->type == TT_HNODE_TEXT && c->content ? strlen(c->content)
		          : c->type == TT_HNODE_ELEMENT          ? ihx_info(c)->textlen
		                                                 : 0;
		/* (a comment's title before its header is its first line) */
		if (c->type == TT_HNODE_ELEMENT && (titled(c, NULL) || tt_html_find(c, titled, NULL)))
			return NULL;
		if (c == a)
			a = NULL, last = c;
		if (c == t)
			t = NULL, last = c;
	}
	if (!last || !last->next || before > 200 || !loose)
		return NULL;
	for (tt_hnode *c = last->next; c; c = c->next)
		if (c->type == TT_HNODE_TEXT && c->content && !wordless(c->content))
			return NULL;
	return last->next;
}

/* The comment's number in a box of its own before the name ("<div
 * class=commentnumber>1</div>", The Vacation Gals' theme) and a separator
 * written loose between the name and the time ("<cite>NAME</cite> |
 * <small>DATE</small>", jovelstefan.de's) come out as the text's first
 * paragraphs: a paragraph of a number or of separators alone, written no later
 * than the header's name or time, is the header's, not the comment's words
 * (one paragraph at least is left). */
static int separator_only(const char *p)
{
	static const char *const marks[] = {"|", "/", "-", ":", "\xC2\xB7" /* · */,
	                                    "\xE2\x80\xA2" /* • */, "\xE2\x80\x93" /* – */,
	                                    "\xE2\x80\x94" /* — */};
	int any = 0;
	while (*p) {
		size_t i = 0, l = 0;
		if (isspace((unsigned char)*p)) {
			p++;
			continue;
		}
		for (; i < sizeof marks / sizeof *marks; i++)
			if (!strncmp(p, marks[i], l = strlen(marks[i])))
				break;
		if (i == sizeof marks / sizeof *marks)
			return 0;
		p += l, any = 1;
	}
	return any;
}

/* Whether p is the number alone that counts this comment's place in the
 * page's list (placed: the comments read before it), wherever it is
 * written: "<div class=commentcount>2</div>" under the header (Smitten
 * Kitchen's theme). */
static int own_number(const char *p, size_t placed)
{
	p += strspn(p, " \t\r\n");
	p += *p == '#';
	char *end;
	unsigned long n = strtoul(p, &end, 10);
	return end != p && end - p <= 5 && !end[strspn(end, " \t\r\n.")] && n == placed + 1;
}

static void drop_header_marks(const struct html *h, const struct fields *f, struct found *o)
{
	unsigned a = f->author ? tt_html_line(f->author) : 0, t = f->time ? tt_html_line(f->time) : 0;
	unsigned header = a > t ? a : t;
	if (o->body.n > 1 && o->nlines == o->body.n && own_number(o->body.v[0], h->t->ncomments))
		header = o->lines[0];
	while (header && o->body.n > 1 && o->nlines == o->body.n && o->lines[0] <= header &&
	       (ordinal(o->body.v[0]) || separator_only(o->body.v[0]))) {
		memmove(o->body.v, o->body.v + 1, (o->body.n - 1) * sizeof *o->body.v);
		memmove(o->lines, o->lines + 1, (--o->nlines) * sizeof *o->lines);
		o->body.n--;
	}
}

/* Whether text opens with the words of head, white space aside, perhaps
 * cut short by "..." or "â¦": a subject the template made of the
 * text's first words (Drupal 7's), no line of its own. */
static int opens_with(const char *text, const char *head)
{
	char *a = one_spaced(text), *b = one_spaced(head);
	size_t n = strlen(b);
	while (n && (b[n - 1] == '.' || b[n - 1] == ' '))
		n--;
	if (n >= 3 && !strncmp(b + n - 3, "â¦", 3))
		n -= 3;
	int yes = n && !strncmp(a, b, n);
	free(a);
	free(b);
	return yes;
}

static int is_heading(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_heading(n) && ihx_info(n)->textlen;
}

/* Whether the comments' headings are titles of their own: some comment's
 * heading is not the opening of the box after it. Where every one is, the
 * template made them of the text's first words (Drupal 7's subjects), and
 * none is a line of its own; where some are not, the writers gave them,
 * one opening the text as well as any. Read once a page. */
static int own_titles(struct html *h)
{
	for (size_t i = 0; !h->own_titles && i < h->nroots; i++) {
		tt_hnode *c = tt_html_find(h->roots[i], is_heading, NULL);
		tt_hnode *next = c ? c->next : NULL;
		while (next && (next->type != TT_HNODE_ELEMENT || !ihx_info(next)->textlen))
			next = next->next;
		if (!next)
			continue;
		char *a = tt_html_text(next), *b = tt_html_text(c);
		if (!opens_with(a, b))
			h->own_titles = 1;
		free(a);
		free(b);
	}
	if (!h->own_titles)
		h->own_titles = 2;
	return h->own_titles == 1;
}

/* Whether a heading's words, past a short label ending in a colon ("Re:",
 * "AW:", "Odp:"), are the page's title: the thread's subject repeated over
 * each post, no title of the comment. */
int ihx_thread_subject(const struct html *h, const char *head)
{
	char *s = one_spaced(head);
	const char *colon = strchr(s, ':');
	const char *rest = colon && colon - s <= 6 && colon[1] == ' ' ? colon + 2 : s;
	int yes = *rest && ((h->doc_title && strstr(h->doc_title, rest)) ||
	                    (h->og_title && strstr(h->og_title, rest)) ||
	                    (h->h1 && ihx_same_words(h->h1, rest)));
	free(s);
	return yes;
}

/* A heading (h1 to h6) standing before the comment's text box, beside it
 * or beside a box around it, holding neither the name nor the time: the
 * comment's own title ("<h3><a href=#comment-4285>Addendum</a></h3>" over
 * div.content, Drupal 6), its first line as the page shows it. Known by
 * where it stands, whatever the page calls it. */
static tt_hnode *heading_title(struct html *h, tt_hnode *root, const struct fields *f,
                               const struct found *o)
{
	for (tt_hnode *a = f->body; a && a != root && ihx_inside(a, root); a = a->parent)
		for (tt_hnode *c = a->prev; c; c = c->prev) {
			if (c->type != TT_HNODE_ELEMENT || !ihx_info(c)->textlen)
				continue;
			if (c->name[0] != 'h' || c->name[1] < '1' || c->name[1] > '6' || c->name[2] ||
			    ihx_info(c)->textlen > 200 || (f->author && ihx_inside(f->author, c)) ||
			    (f->time && ihx_inside(f->time, c)) || (f->namebox && ihx_inside(f->namebox, c)))
				return NULL; /* (only the box right before the text, or the heading) */
			char *t = tt_html_text(c), *text = tt_html_text(f->body);
			int other = !ihx_looks_like_time(t) && !(o->author && ihx_same_words(t, o->author)) &&
			            !(o->when && ihx_same_words(t, o->when)) && !ihx_thread_subject(h, t) &&
			            (!opens_with(text, t) || own_titles(h));
			free(t);
			free(text);
			return other ? c : NULL;
		}
	return NULL;
}

/* A box named a title showing only the name the header was read for
 * (Glavred's "span.title" beside the time): the name, not the comment's
 * title. */
static int title_is_name(const tt_hnode *title, const char *author)
{
	char *t = author ? tt_html_text(title) : NULL;
	int yes = t && !strcmp(t, author);
	free(t);
	return yes;
}

/* The comment's own title line, then its text. */
static void read_text(struct html *h, struct fields *f, tt_hnode *root, struct found *o)
{
	tt_hnode *dd = f->body ? NULL : dt_text(root);
	if (dd) {
		tt_html_paragraphs(h->t, dd, NULL, NULL, &o->body, &o->lines, &o->nlines);
		return;
	}
	tt_hnode *title = f->body ? comment_title(root, f->body, f->author) : NULL;
	if (!title && f->body && !o->body.n)
		title = heading_title(h, root, f, o);
	if (title && title_is_name(title, o->author))
		title = NULL;
	if (title)
		tt_html_paragraphs(h->t, title, NULL, NULL, &o->body, &o->lines, &o->nlines);
	tt_hnode *from = f->body ? NULL : after_header(root, f);
	size_t had = o->body.n;
	for (tt_hnode *c = from; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT && !ihx_skip_in_comment(c, f))
			tt_html_paragraphs(h->t, c, ihx_skip_in_comment, f, &o->body, &o->lines,
			                   &o->nlines);
	if (o->body.n == had) /* no header, or nothing after it */
		tt_html_paragraphs(h->t, f->body ? f->body : root, ihx_skip_in_comment, f, &o->body,
		                   &o->lines, &o->nlines);
	drop_loose_time(o);
	drop_header_marks(h, f, o);
}

/* A comment marked as an answer but listed flat among the comments
 * (Chefkoch's "comment-item comment-sub") answers the nearest comment before
 * it that is not so marked. */
static int answer_mark(const tt_hnode *n)
{
	/* ...and a comment marked indented ("comment--indented", Zeit Online). */
	return tt_html_has_class(n, "comment-sub") || tt_html_has_class(n, "sub-comment") ||
	       tt_html_has_class(n, "subcomment") || ihx_class_suffix(n, "-indented") ||
	       ihx_answer_class(n);
}

static int unmarked_root(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return ihx_is_root(n) && ihx_info(n)->c && !answer_mark(n);
}

/* The comment an answer marked so answers when each comment sits in a
 * wrapper of its own ("div.uncollapsedComment > div.childComment", a
 * notice of the hidden comment between them): the last comment not so
 * marked in the wrappers before the answer's (the first of the nearest
 * wrapper holding one), a few levels and 64 wrappers up at most. */
static tt_comment *wrapped_answered(tt_hnode *root)
{
	tt_hnode *a = root;
	for (int up = 0; up < 3 && a->parent && !ihx_is_root(a->parent); up++) {
		a = a->parent;
		size_t seen = 0;
		for (tt_hnode *s = a->prev; s && seen < 64; s = s->prev) {
			if (s->type != TT_HNODE_ELEMENT)
				continue;
			seen++;
			tt_hnode *c = tt_html_find(s, unmarked_root, NULL);
			if (c)
				return ihx_info(c)->c;
		}
	}
	return NULL;
}

static int names_addressee(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_has_class(n, "replyto-author") || tt_html_has_class(n, "reply-to") ||
	       tt_html_has_class(n, "in-reply-to");
}

/* A flat list whose comments name whom they answer (Kinja's "replyto-author"):
 * each answers the latest comment of that name before it in the list; naming
 * someone who has none there (the article's author), it opens a thread. */
static tt_comment *addressee_parent(tt_hnode *root)
{
	tt_hnode *to = tt_html_find(root, names_addressee, NULL);
	char *name = to ? tt_html_text(to) : NULL;
	tt_comment *p = NULL;
	for (tt_hnode *s = root->prev; name && *name && s && !p; s = s->prev)
		if (s->type == TT_HNODE_ELEMENT && ihx_info(s)->c && ihx_info(s)->c->author &&
		    !strcmp(ihx_info(s)->c->author, name))
			p = ihx_info(s)->c;
	free(name);
	return p;
}

static tt_comment *flat_parent(tt_hnode *root)
{
	tt_comment *p = ihx_parent_of(root);
	if (!p)
		p = addressee_parent(root);
	if (p || !answer_mark(root))
		return p;
	for (tt_hnode *s = root->prev; s; s = s->prev)
		if (s->type == TT_HNODE_ELEMENT && ihx_info(s)->c && !answer_mark(s))
			return ihx_info(s)->c;
	return wrapped_answered(root);
}

/* A label for screen readers stating a comment's depth, "level 2". */
static int level_label(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const tt_hnode *t = n->children;
	unsigned level;
	char end;
	return tt_html_is(n, "span") && t && !t->next && t->type == TT_HNODE_TEXT && t->content &&
	       sscanf(t->content, "level %u%c", &level, &end) == 1 && level > 0;
}

/* The level a comment's own class names, "depth-3" (WordPress's comment
 * classes, 1 the top level), else 0. */
static unsigned depth_class(const tt_hnode *n)
{
	const char *v = tt_html_attr(n, "class");
	while (v && (v = strcasestr(v, "depth-")) != NULL) {
		unsigned level;
		char end = ' ';
		int words = v == tt_html_attr(n, "class") || isspace((unsigned char)v[-1]);
		if (words && sscanf(v + 6, "%u%c", &level, &end) >= 1 && isspace((unsigned char)end))
			return level;
		if (words && sscanf(v + 6, "%u", &level) == 1 && !v[6 + strspn(v + 6, "0123456789")])
			return level;
		v += 6;
	}
	return 0;
}

/* The level a comment's own class counts from 0 ("commentlevel_2",
 * Serendipity's themes: all comments siblings, the answers shown by the
 * class's indent only), as depth_class counts it (1 the top level); else 0. */
static unsigned level_class(const tt_hnode *n)
{
	for (const char *p = tt_html_attr(n, "class"); p && *p;) {
		p += strspn(p, " \t\n");
		size_t l = strcspn(p, " \t\n"), k = 7;
		if (l > 13 && !strncasecmp(p, "comment", 7)) {
			k += p[k] == '-' || p[k] == '_';
			if (!strncasecmp(p + k, "level", 5)) {
				k += 5;
				k += p[k] == '-' || p[k] == '_';
				if (k < l && strspn(p + k, "0123456789") == l - k)
					return (unsigned)strtoul(p + k, NULL, 10) + 1;
			}
		}
		p += l;
	}
	return 0;
}

/* A flat list whose comments state their level, in a label ("level 2")
 * or in their class ("depth-2": rows of a table, one a comment, zdrojak.cz's
 * overview of its discussion, where nothing else shows the nesting): the
 * parent of one at level N is the latest comment before it at level N - 1
 * (none when the list skips a level). */
static tt_comment *level_parent(struct html *h, tt_hnode *root)
{
	tt_hnode *label = tt_html_find(root, level_label, NULL);
	unsigned level = depth_class(root);
	if (!level)
		level = level_class(root);
	if (label && sscanf(label->children->content, "level %u", &level) != 1)
		return NULL;
	if (level < 2)
		return NULL;
	for (size_t i = h->nposts; i > 0; i--)
		if (h->posts[i - 1]->depth <= level - 2)
			return h->posts[i - 1]->depth == level - 2 ? h->posts[i - 1] : NULL;
	return NULL;
}

/* Whether box n's class names its level, "depth-N" (N from 0 too). */
static int depth_named(const tt_hnode *n)
{
	const char *v = tt_html_attr(n, "class");
	for (; v && (v = strcasestr(v, "depth-")) != NULL; v += 6)
		if ((v == tt_html_attr(n, "class") || isspace((unsigned char)v[-1])) &&
		    isdigit((unsigned char)v[6]))
			return 1;
	return 0;
}

/* Flat rows whose classes count their level from 0 ("comment depth-0",
 * "comment depth-1": HubSpot's blog comments, every row a sibling): a row
 * of level N answers the latest row before it of level N - 1, once a row
 * of level 0 before it shows the page counts so (rows counted from 1,
 * WordPress's, are level_parent's; the walk back ends at the first row
 * past level 0 that answers none, as every top-level row of theirs is).
 * Among the last thousand rows, which bounds the cost. */
static tt_comment *zero_level_parent(tt_hnode *root)
{
	unsigned level = depth_class(root);
	if (!level || !depth_named(root))
		return NULL;
	tt_comment *p = NULL;
	int rows = 0;
	for (tt_hnode *s = root->prev; s && rows < 1000; s = s->prev) {
		if (s->type != TT_HNODE_ELEMENT || !ihx_info(s)->c || !depth_named(s))
			continue;
		rows++;
		unsigned l = depth_class(s);
		/* a row of a level past 0 that answers none: not counted from 0 */
		if (l && l >= level && !ihx_info(s)->c->parent)
			return NULL;
		if (!p && l < level)
			p = l == level - 1 ? ihx_info(s)->c : NULL;
		if (!p && l < level)
			return NULL; /* a level skipped */
		if (l == 0)
			return p;
	}
	return NULL;
}

/* The left edge one property of a style sets ("padding-left: 20px"), or
 * its shorthand ("padding: 0 0 0 2em": the fourth value, else the second,
 * else the only one); -1 when the style sets neither. */
static double style_left(const char *style, const char *prop)
{
	char key[24];
	snprintf(key, sizeof key, "%s-left", prop);
	const char *p = strcasestr(style, key);
	if (p) {
		p += strlen(key);
		p += strspn(p, " \t:");
		return strtod(p, NULL);
	}
	snprintf(key, sizeof key, "%s:", prop);
	for (p = strcasestr(style, key); p && p > style && (isalnum((unsigned char)p[-1]) || p[-1] == '-');)
		p = strcasestr(p + 1, key);
	if (!p)
		return -1;
	double v[4] = {0};
	int n = 0;
	for (p += strlen(key); n < 4;) {
		p += strspn(p, " \t");
		char *end;
		v[n] = strtod(p, &end);
		if (end == p)
			break;
		n++;
		p = end + strcspn(end, " \t;");
		if (*p == ';' || !*p)
			break;
	}
	return n == 4 ? v[3] : n >= 2 ? v[1] : n == 1 ? v[0] : -1;
}

/* How far a box's own style moves its content right: its left margin and
 * padding together, in whatever unit they are written (the siblings of one
 * list write one); 0 when it sets none. */
static double own_indent(const tt_hnode *n)
{
	const char *style = tt_html_attr(n, "style");
	if (!style)
		return 0;
	double m = style_left(style, "margin"), p = style_left(style, "padding");
	double sum = (m > 0 ? m : 0) + (p > 0 ? p : 0);
	return sum;
}

/* The width of an empty spacer opening a box ("<td width=40></td>", "<div
 * style='width:2em;float:left'></div>" before the comment's cell): an
 * element with no child at all, not a picture (an avatar's width says
 * nothing of the level); 0 when the box opens otherwise. */
static double spacer_width(const tt_hnode *n)
{
	const tt_hnode *c = n->children;
	while (c && c->type == TT_HNODE_TEXT && c->content && !c->content[strspn(c->content, " \t\r\n")])
		c = c->next;
	if (!c || c->type != TT_HNODE_ELEMENT || c->children || tt_html_is(c, "img") ||
	    !c->next)
		return 0;
	const char *w = tt_html_attr(c, "width"), *style = tt_html_attr(c, "style");
	/* (the property itself, not "max-width" or "border-width") */
	for (const char *p = style ? strcasestr(style, "width") : NULL; p && !w;
	     p = strcasestr(p + 5, "width"))
		if (p == style || p[-1] == ';' || p[-1] == ' ')
			w = p + 5 + strspn(p + 5, " \t:");
	double v = w ? strtod(w, NULL) : 0;
	return v > 0 ? v : 0;
}

/* The width of a spacer image opening a table's row: a first cell that
 * holds an image with a width and nothing else, no text, before the cells
 * of the comment (a table drawing each level of answers as 40 more pixels
 * of an empty picture, Hacker News' and old forums'). A cell, not any box:
 * beside a comment in boxes the picture is the writer's, smaller on
 * answers. */
static double spacer_image(const tt_hnode *n)
{
	const tt_hnode *c = n->children, *img = NULL;
	while (c && c->type != TT_HNODE_ELEMENT)
		c = c->next;
	if (!c || !c->next || !tt_html_is(n, "tr") || !tt_html_is(c, "td"))
		return 0;
	for (const tt_hnode *k = c->children; k; k = k->next)
		if (k->type == TT_HNODE_ELEMENT) {
			if (img || !tt_html_is(k, "img"))
				return 0;
			img = k;
		} else if (k->type == TT_HNODE_TEXT && k->content &&
		           k->content[strspn(k->content, " \t\r\n")]) {
			return 0;
		}
	const char *w = img && !img->children ? tt_html_attr(img, "width") : NULL;
	double v = w ? strtod(w, NULL) : 0;
	return v > 0 ? v : 0;
}

/* Whether n is a rail: an element whose subtree, three levels deep at
 * most, holds nothing but empty elements (an icon's <i>, a line's <div>):
 * no text, no picture, no link, no control. */
static int rail(const tt_hnode *n, int depth)
{
	if (n->type == TT_HNODE_TEXT)
		return !n->content || !n->content[strspn(n->content, " \t\r\n")];
	if (n->type != TT_HNODE_ELEMENT)
		return 1;
	if (depth > 3 || tt_html_is(n, "img") || tt_html_is(n, "a") || tt_html_is(n, "svg") ||
	    tt_html_is(n, "input") || tt_html_is(n, "button") || tt_html_is(n, "picture"))
		return 0;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (!rail(c, depth + 1))
			return 0;
	return 1;
}

/* The number of rails a box opens with: a first box holding only rails,
 * one drawn per level (the vertical lines of a thread, Reddit's redesign,
 * "<div><div><i></i></div><div><i></i></div></div>" before an answer's
 * header at level 2; none at all before a comment on top), before the rest
 * of the block; -1 when the box opens otherwise. A level drawn by lines
 * is an indent of as many steps. */
static int rail_count(const tt_hnode *n)
{
	const tt_hnode *c = n->children;
	while (c && c->type == TT_HNODE_TEXT && c->content &&
	       !c->content[strspn(c->content, " \t\r\n")])
		c = c->next;
	if (!c || c->type != TT_HNODE_ELEMENT || !c->next)
		return -1;
	int k = 0;
	for (const tt_hnode *r = c->children; r; r = r->next)
		if (r->type == TT_HNODE_ELEMENT) {
			if (!rail(r, 1) || ++k > 64)
				return -1;
		} else if (!rail(r, 1)) {
			return -1;
		}
	return k;
}

/* A comment's indent: its box's own, else that of the box its box only
 * wraps (Podrobnosti.ua's "<div class=item><div style='padding-left:
 * 40px'>"), down a chain of lone children; a level drawn by the indent of
 * a wrapper is the same level as one drawn by the box's. With rails set,
 * a level drawn by rails counts too, and *rails tells whether it did. */
static double left_indent(const tt_hnode *n, int *rails)
{
	int want = rails != NULL;
	if (rails)
		*rails = 0;
	for (int k = 0; n && k < 4; k++) {
		double m = own_indent(n);
		if (m <= 0)
			m = spacer_width(n);
		if (m <= 0)
			m = spacer_image(n);
		if (m <= 0 && want) {
			int r = rail_count(n);
			if (r >= 0)
				return *rails = 1, r;
		}
		if (m > 0)
			return m;
		n = tt_html_sole_child(n);
	}
	return 0;
}

/* A flat list whose comments are indented by their own left margin
 * (LiveJournal: 25 pixels a level) or padding, on their box or on the one
 * box inside it (Podrobnosti.ua: 20 pixels a level): a comment answers the
 * latest comment before it among its siblings with a smaller indent (among
 * the last thousand, which bounds the cost). The repeated blocks of
 * html_repeat.c are asked the same. A comment set in by rails answers
 * only one drawn with fewer rails (none on top), never one that opens
 * otherwise: a box of no text
 * (an empty score, a blank badge) opening some blocks of a list and not
 * others is no level. */
tt_comment *ihx_margin_parent(tt_hnode *root)
{
	int rails = 0, r = 0;
	double m = left_indent(root, &rails);
	size_t seen = 0;
	for (tt_hnode *s = m > 0 ? root->prev : NULL; s && seen < 1000; s = s->prev) {
		if (s->type != TT_HNODE_ELEMENT || !ihx_info(s)->c || !++seen)
			continue;
		double l = left_indent(s, rails ? &r : NULL);
		if (l < m && (!rails || r))
			return ihx_info(s)->c;
	}
	return NULL;
}

/* The number of the post a box names as the one its post answers: Homeland's
 * data-reply-to-id, NodeBB's a[component="post/parent"] data-topid (NodeBB
 * 4's div[component="post/parent"] data-parent-pid). */
static const char *reply_to_id(const tt_hnode *n)
{
	const char *id = tt_html_attr(n, "data-reply-to-id"), *c;
	if (!id && (c = tt_html_attr(n, "component")) && !strcmp(c, "post/parent")) {
		id = tt_html_attr(n, "data-topid");
		if (!id)
			id = tt_html_attr(n, "data-parent-pid");
	}
	return id;
}

static int names_reply_to(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return reply_to_id(n) != NULL;
}

/* A reply naming the reply it answers by number (Homeland's div.reply-to-block
 * data-reply-to-id=380876, over "对 NAME #3 回复"; NodeBB's "@NAME" button
 * to the post answered) answers the comment whose box has that data-id
 * (NodeBB's data-pid; among the last thousand, which bounds the cost). One
 * naming the topic's post, no comment, is an answer. */
static tt_comment *reply_to_parent(struct html *h, tt_hnode *root)
{
	tt_hnode *b = tt_html_find(root, names_reply_to, NULL);
	const char *want = b ? reply_to_id(b) : NULL;
	for (size_t i = h->nroots, seen = 0; want && i > 0 && seen < 1000; i--, seen++) {
		const char *id = tt_html_attr(h->roots[i - 1], "data-id");
		if (!id)
			id = tt_html_attr(h->roots[i - 1], "data-pid");
		if (id && ihx_info(h->roots[i - 1])->c && !strcmp(id, want))
			return ihx_info(h->roots[i - 1])->c;
	}
	return NULL;
}

/* The walk of reply_of_parent: each reply_of of the comment's own box
 * (not of an answer inside it) tried in turn. */
struct reply_of {
	struct html *h;
	tt_hnode *root;
	tt_comment *found;
};

static int reply_of_enter(tt_hnode *n, void *u)
{
	struct reply_of *r = u;
	if (r->found || n->type != TT_HNODE_ELEMENT || (n != r->root && ihx_is_root(n)))
		return 0;
	const char *want = tt_html_has_token(n, "rel", "sioc:reply_of") ? tt_html_attr(n, "resource")
	                                                                 : NULL;
	for (size_t i = r->h->nroots, seen = 0; want && i > 0 && seen < 1000; i--, seen++) {
		tt_hnode *c = r->h->roots[i - 1];
		const char *about = tt_html_attr(c, "about");
		if (about && c != r->root && ihx_info(c)->c && !strcmp(about, want)) {
			r->found = ihx_info(c)->c;
			return 0;
		}
	}
	return 1;
}

/* A comment whose RDFa says what it answers (SIOC's reply_of, "<span
 * rel=sioc:reply_of resource=/comment/82784#comment-82784>", Drupal's
 * RDF module, beside one naming the article) answers the comment whose
 * box is that resource (its about); one naming only the article answers
 * none. Among the last thousand comments, which bounds the cost. */
static tt_comment *reply_of_parent(struct html *h, tt_hnode *root)
{
	struct reply_of r = {h, root, NULL};
	tt_html_walk(root, reply_of_enter, NULL, &r);
	return r.found;
}

/* 1 when text holds no word: white space, punctuation, no-break and
 * zero-width spaces only (what stands between "@NAME" links). */
static int wordless(const char *p)
{
	while (*p) {
		if (!strncmp(p, "\xc2\xa0", 2))
			p += 2;
		else if (!strncmp(p, "\xe2\x80\x8b", 3))
			p += 3;
		else if ((unsigned char)*p >= 0x80 || isalnum((unsigned char)*p))
			return 0;
		else
			p++;
	}
	return 1;
}

/* What a comment's text opens with, read in order: the address (past its
 * '#') of each link before the first word, in a quotation too (a copy of
 * the words answered opens with the link to them: "<blockquote><p><a
 * href="#comment-9836966">@Suzanne</a>: ..."). */
struct opening {
	const char *want; /* the last such link's anchor */
	int done;
};

static int opening_enter(tt_hnode *n, void *u)
{
	struct opening *o = u;
	if (o->done)
		return 0;
	if (n->type == TT_HNODE_TEXT) {
		o->done = n->content && !wordless(n->content);
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT)
		return 0;
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	const char *frag = href ? strchr(href, '#') : NULL;
	if (frag && frag[1])
		o->want = frag + 1;
	else if (tt_html_is(n, "a") || tt_html_is(n, "img"))
		o->done = 1;
	return !tt_html_is(n, "a") && !o->done;
}

/* A comment whose text opens with links to other comments' anchors ("<a
 * href="#comment-9836944">@Baud</a>: ...", Balloon Juice, in a list the
 * markup keeps flat) answers the last of them: the comment whose box has
 * that id (among the last thousand, which bounds the cost). Between the
 * links only punctuation, spaces and empty paragraphs, no word. */
static tt_comment *anchor_parent(struct html *h, tt_hnode *body)
{
	struct opening o = {NULL, 0};
	if (opening_enter(body, &o)) /* (the text may open with the link itself) */
		tt_html_walk(body, opening_enter, NULL, &o);
	for (size_t i = h->nroots, seen = 0; o.want && i > 0 && seen < 1000; i--, seen++) {
		const char *id = tt_html_attr(h->roots[i - 1], "id");
		if (id && ihx_info(h->roots[i - 1])->c && !strcmp(id, o.want))
			return ihx_info(h->roots[i - 1])->c;
	}
	return NULL;
}

/* The comment a block of the structural fallback (html_repeat.c) answers,
 * where the blocks do not nest: one its text opens by linking (the anchor
 * rule's, which reads ids and the links' addresses, never a class name),
 * else one the line of its name links (the header rule's: "NAME replied
 * to <a href=#ID>comment from X</a>"), else the one its own left margin
 * sets it under. */
tt_comment *ihx_repeat_parent(struct html *h, tt_hnode *block, tt_hnode *name, tt_hnode *body)
{
	tt_comment *p = anchor_parent(h, body ? body : block);
	tt_hnode *line = name && name->parent != block ? name->parent : NULL;
	if (!p && line && !(body && ihx_inside(body, line)))
		p = answered_in(h, line, block, NULL);
	return p ? p : ihx_margin_parent(block);
}

/* The first link of a comment's text, before any word of it. */
struct mention {
	tt_hnode *link;
	int done;
};

static int mention_enter(tt_hnode *n, void *u)
{
	struct mention *m = u;
	if (m->done)
		return 0;
	if (n->type == TT_HNODE_TEXT) {
		m->done = n->content && !wordless(n->content);
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT)
		return 0;
	if (tt_html_is(n, "a"))
		m->link = n;
	m->done = tt_html_is(n, "a") || tt_html_is(n, "img");
	return !m->done;
}

/* The data-id a comment's box carries, on its root or on a box around it
 * (Flarum's div.PostStream-item around the post). */
static const char *box_data_id(const tt_hnode *root)
{
	const tt_hnode *n = root;
	for (int up = 0; n && n->type == TT_HNODE_ELEMENT && up < 3; n = n->parent, up++) {
		const char *id = tt_html_attr(n, "data-id");
		if (id)
			return id;
		if (up && ihx_is_root(n))
			break;
	}
	return NULL;
}

/* A comment whose text opens with a link naming an earlier comment, its
 * writer's name ("@NAME" or NAME) pointing at that comment's box by its
 * data-id (Flarum's PostMention, "<a href=/d/15648/1 data-id=30135>NAME</a>
 * words", in a stream of posts the markup keeps flat), answers it: the
 * anchor rule's, a box's data-id for its id. Both must agree, so an
 * ordinary link opening a text (an address, a name that wrote no comment
 * there) answers no one. Among the last thousand comments. */
static tt_comment *mention_parent(struct html *h, tt_hnode *body)
{
	struct mention m = {NULL, 0};
	tt_html_walk(body, mention_enter, NULL, &m);
	const char *want = m.link ? tt_html_attr(m.link, "data-id") : NULL;
	if (!want || !*want)
		return NULL;
	char *name = tt_html_text(m.link);
	const char *who = name + (name[0] == '@');
	tt_comment *p = NULL;
	for (size_t i = h->nroots, seen = 0; i > 0 && seen < 1000; i--, seen++) {
		tt_comment *c = ihx_info(h->roots[i - 1])->c;
		const char *id = c ? box_data_id(h->roots[i - 1]) : NULL;
		if (id && !strcmp(id, want)) {
			if (c->author && !strcmp(c->author, who))
				p = c;
			break; /* the box pointed at: its writer's or no one's */
		}
	}
	free(name);
	return p;
}

/* The earlier comment (among the last thousand) whose box's id ends in
 * the number an address ends in ("/discussion/comment-permalink/13351551"
 * for "ul#comment-13351551", "?c=88#" for "div#c88"): a permalink, the
 * page's way of pointing at a comment where no anchor is written. */
static tt_comment *permalink_comment(struct html *h, const char *href, const tt_hnode *root)
{
	size_t e = href ? strcspn(href, "#") : 0;
	while (e && strchr("/", href[e - 1]))
		e--;
	size_t b = e;
	while (b && isdigit((unsigned char)href[b - 1]))
		b--;
	if (e - b < 2 || e - b > 20)
		return NULL;
	for (size_t i = h->nroots, seen = 0; i > 0 && seen < 1000; i--, seen++) {
		const char *id = tt_html_attr(h->roots[i - 1], "id");
		size_t l = id ? strlen(id) : 0;
		if (h->roots[i - 1] != root && ihx_info(h->roots[i - 1])->c && l > e - b &&
		    !isdigit((unsigned char)id[l - (e - b) - 1]) &&
		    !strncmp(id + l - (e - b), href + b, e - b))
			return ihx_info(h->roots[i - 1])->c;
	}
	return NULL;
}

/* The opening line of a comment's text, up to its first break (a br, a
 * block) or its first 160 bytes, walked for a link to an earlier comment. */
struct opener {
	struct html *h;
	const tt_hnode *root;
	tt_comment *c;
	tt_buf before;
	int stop;
};

static int opener_enter(tt_hnode *n, void *u)
{
	struct opener *o = u;
	if (o->stop || o->c)
		return 0;
	if (n->type == TT_HNODE_TEXT) {
		if (n->content)
			tt_buf_adds(&o->before, n->content);
		o->stop = o->before.len > 160;
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT)
		return 0;
	int said = !wordless(o->before.data);
	if (said && (tt_html_is(n, "br") || tt_html_is(n, "p") || tt_html_is(n, "div") ||
	             tt_html_is(n, "blockquote") || tt_html_is(n, "li")))
		return o->stop = 1, 0;
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	if (!href)
		return !tt_html_is(n, "blockquote");
	const char *frag = strchr(href, '#');
	tt_comment *c = frag && frag[1] ? anchored_comment(o->h, frag + 1, o->root) : NULL;
	if (!c)
		c = permalink_comment(o->h, href, o->root);
	char *words = c ? tt_html_text(n) : NULL;
	if (c && ((!said && c->author && c->author[0] && strstr(words, c->author)) ||
	          reply_phrase_end(o->before.data, o->before.len)))
		o->c = c;
	free(words);
	return 0;
}

/* A comment whose text opens with a line linking an earlier comment, the
 * link first and naming its writer, or words of replying right before it
 * ("<strong>
 * Response to <a href=/discussion/comment-permalink/13351551>NAME, DATE</a>
 * </strong>", The Guardian, in a list the markup keeps flat), answers it:
 * the header rule's (answered_in) for a line the text opens with, the
 * link an anchor or a permalink ending in the comment's number. A link
 * further in the text, or naming someone else without such words, answers
 * no one. */
static tt_comment *opening_line_parent(struct html *h, struct fields *f, tt_hnode *root)
{
	struct opener o = {h, root, NULL, {0}, 0};
	tt_buf_add(&o.before, NULL, 0);
	tt_html_walk(f->body ? f->body : root, opener_enter, NULL, &o);
	free(o.before.data);
	return o.c;
}

/* A comment listed flat whose header line links the comment it answers
 * (Boing Boing's "NAME replied to <a href=#comment-N>comment from X</a>",
 * Scientific American's "in reply to <a href=#comment-03>NAME</a>"; see
 * answered_in) answers it. The header line is the one the name was read
 * from, else the time's box, never one holding the text. */
static tt_comment *header_parent(struct html *h, struct fields *f, tt_hnode *root)
{
	tt_hnode *line = f->namebox;
	if (!line && f->time && f->time->parent != root)
		line = f->time->parent;
	if (!line || line == root || (f->body && ihx_inside(f->body, line)))
		return NULL;
	return answered_in(h, line, root, NULL);
}

/* ---- an answer holding a copy of the comment it answers ------------------ */

static int text_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return n->type == TT_HNODE_ELEMENT && tt_html_attr(n, "class") && ihx_body_rank(n) &&
	       !ihx_is_root(n);
}

struct twin {
	const tt_hnode *of, *outside, *root;
};

/* A text box of the same class as tw->of, not inside tw->outside. */
static int twin_box(const tt_hnode *n, const void *arg)
{
	const struct twin *tw = arg;
	const char *c = tt_html_attr(n, "class"), *want = tt_html_attr(tw->of, "class");
	if (n == tw->of || ihx_is_root(n) || !c || !want || ihx_inside(n, tw->outside))
		return 0;
	/* (the comment's own, not an answer's nested in it) */
	for (const tt_hnode *a = n->parent; a && a != tw->root; a = a->parent)
		if (ihx_is_root(a) || ihx_replies_box(a))
			return 0;
	size_t lc = strlen(c), lw = strlen(want);
	while (lc && isspace((unsigned char)c[lc - 1]))
		lc--;
	while (lw && isspace((unsigned char)want[lw - 1]))
		lw--;
	return lc == lw && !strncmp(c, want, lc);
}

/* A box straight inside a comment, before its own text, that holds a text
 * box of the class the comment's own text box has (with a name and a time
 * of its own, "li > div.comment-box > a + div.comment-txt + span.time",
 * then the answer's own "div.comment-txt", Guancha): a copy of the comment
 * the answer answers, neither its name, time nor words. The page shows
 * the same structure twice, the copy one box deeper; no word of any
 * language is needed to see it. d is the text box the fields' walk took
 * (the copy's, first in the page), so a comment without one costs a look
 * at the boxes after its text only. */
/* A box showing a time alone, outside the text box arg. */
static int time_outside(const tt_hnode *n, const void *arg)
{
	if (n->type != TT_HNODE_ELEMENT || ihx_inside(n, arg) || !n->children ||
	    n->children != n->last || n->children->type != TT_HNODE_TEXT || !n->children->content)
		return 0;
	return ihx_looks_like_time(n->children->content);
}

/* A link showing words outside the text box arg (a name). */
static int link_outside(const tt_hnode *n, const void *arg)
{
	return tt_html_is(n, "a") && !ihx_inside(n, arg) && ihx_has_words(n);
}

static tt_hnode *answered_copy(tt_hnode *root, tt_hnode *d)
{
	tt_hnode *c = d;
	while (c && c->parent != root)
		c = c->parent;
	if (!c || c == d || !tt_html_attr(d, "class"))
		return NULL;
	/* (the twin first: most comments have none, and nothing after their
	 * text but links and answers) */
	struct twin tw = {d, c, root};
	tt_hnode *e = c->next;
	for (; e; e = e->next)
		if (e->type == TT_HNODE_ELEMENT && !ihx_is_root(e) && !ihx_replies_box(e) &&
		    (twin_box(e, &tw) || tt_html_find(e, twin_box, &tw)))
			break;
	return e && !ihx_replies_box(c) && tt_html_find(c, link_outside, d) &&
	               tt_html_find(c, time_outside, d)
	           ? c
	           : NULL;
}

static int time_inside(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return n->type == TT_HNODE_ELEMENT && ihx_time_rank(n) != 0;
}

/* A box naming the post its post answers by number and showing that
 * post's name, time and words over the answer (NodeBB 4's
 * div[component="post/parent"]: the answered post's name, its time in a
 * link's title, the opening of its words): a copy of the post answered,
 * none of the answer's own fields. The number says which post it is
 * (reply_to_parent); the words are not sought. NULL when there is none. */
static tt_hnode *named_copy(tt_hnode *root)
{
	tt_hnode *b = tt_html_find(root, names_reply_to, NULL);
	return b && b != root && tt_html_find(b, link_outside, NULL) &&
	               tt_html_find(b, time_inside, NULL)
	           ? b
	           : NULL;
}

/* A box before the comment's own text box, holding a name link and a box
 * of the text box's very tag and class ("div.floor-tie > a.name +
 * p.tie-cnt", then the reply's own "p.tie-cnt", NetEase's 盖楼) and no
 * time: a copy of the post the reply answers (a box holding a time holds
 * the comment's own header; a copy with one is answered_copy's). Its next four
 * sibling boxes are looked at, inside comments of 4,000 bytes at most,
 * in 256 boxes holding a link at most. */
struct floor {
	const tt_hnode *root;
	const tt_hnode *twin; /* the copy's text box, once found */
	unsigned looked;      /* boxes looked into: 256 at most, which bounds the cost */
};

static int floor_copy(const tt_hnode *n, const void *arg)
{
	struct floor *fl = (struct floor *)arg;
	if (n->type != TT_HNODE_ELEMENT || n == fl->root || !ihx_info(n)->linklen ||
	    fl->looked >= 256 || ihx_is_root(n) || ihx_replies_box(n))
		return 0;
	fl->looked++;
	if (!tt_html_find((tt_hnode *)n, link_outside, NULL) ||
	    tt_html_find((tt_hnode *)n, time_outside, NULL))
		return 0; /* (a box holding a time holds the comment's own header) */
	int k = 0;
	for (const tt_hnode *e = n->next; e && k < 4; e = e->next) {
		if (e->type != TT_HNODE_ELEMENT)
			continue;
		k++;
		struct twin tw = {e, e, fl->root};
		const tt_hnode *t = tt_html_attr(e, "class") && ihx_has_words(e)
		                        ? tt_html_find((tt_hnode *)n, twin_box, &tw)
		                        : NULL;
		if (t) {
			fl->twin = t;
			return 1;
		}
	}
	return 0;
}

static tt_hnode *floor_of(tt_hnode *root)
{
	struct floor fl = {root, NULL, 0};
	return ihx_info(root)->textlen <= 4000 ? tt_html_find(root, floor_copy, &fl) : NULL;
}

/* Whether a comment's first paragraph p is the copy's words t, or t with
 * the address of the link they were written in ("WORDS (https://...)",
 * a paragraph that is one link; the copy's text is read without it). */
static int copy_words(const char *p, const char *t)
{
	if (ihx_same_words(p, t))
		return 1;
	size_t n = strlen(t), m = strlen(p);
	return n && m > n + 3 && !strncmp(p, t, n) && !strncmp(p + n, " (", 2) &&
	       p[m - 1] == ')' && !strchr(p + n + 2, ' ');
}

/* The comment a copy repeats, among the comments of the answer's own list
 * (the same text) before it (later: after it, a list shown newest first):
 * the answer answers it; shown in another list only, the answer stays at
 * the top level. Among the nearest thousand, which bounds the cost. */
static tt_comment *copy_parent(tt_hnode *copy, tt_hnode *root, int later)
{
	tt_hnode *d = copy ? tt_html_find(copy, text_box, NULL) : NULL;
	struct floor fl = {root, NULL, 0};
	if (!d && copy && copy->parent && floor_copy(copy, &fl))
		d = (tt_hnode *)fl.twin;
	if (!d)
		return NULL;
	char *t = tt_html_text(d);
	tt_comment *p = NULL;
	size_t seen = 0;
	for (tt_hnode *s = later ? root->next : root->prev; s && !p && seen < 1000;
	     s = later ? s->next : s->prev) {
		tt_comment *c = s->type == TT_HNODE_ELEMENT ? ihx_info(s)->c : NULL;
		if (c && ++seen && c->body.n && copy_words(c->body.v[0], t))
			p = c;
	}
	free(t);
	return p;
}

/* Answers whose copy repeats a comment listed after them go under it once
 * every comment is read (a top-level comment, a leaf: moved with no cycle). */
void ihx_settle_copies(struct html *h)
{
	for (size_t i = 0; i + 1 < h->nlater; i += 2) {
		tt_hnode *root = h->later[i];
		tt_comment *c = ihx_info(root)->c;
		tt_comment *p =
		    c && !c->parent && !c->first_child ? copy_parent(h->later[i + 1], root, 1) : NULL;
		if (!p)
			continue;
		tt_comment *prev = NULL;
		for (tt_comment *s = h->t->first; s && s != c; s = s->next_sibling)
			prev = s;
		tt_thread_move_comment(h->t, c, prev, p);
	}
}

/* A comment a moderator removed, shown by a notice in its text's place
 * ("This comment was removed by a moderator because...", "Comment removed
 * by moderator", "Dieser Kommentar wurde entfernt") under the writer's name
 * and time: a placeholder, as a "[deleted]" one is, without the name or
 * the notice (the writer's words are gone; the time stays). The notice
 * opens a paragraph of a short text, one of two at most (new Reddit's
 * "level 5" before it), so a comment discussing a removal stays. */
/* Bytes of text a block shown deleted holds at most: the member's name, a
 * network's ("via Facebook") and the status word. */
#define DELETED_BLOCK_MAX 160

static void removed_placeholder(tt_comment *c)
{
	static const char *const notices[] = {
	    "this comment was removed", "this comment has been removed", "comment removed by",
	    "this comment was deleted by", "this comment has been deleted by", "comment deleted by",
	    "this post was removed", "this post has been removed", "this message was removed",
	    "this message has been removed", "dieser kommentar wurde entfernt",
	    "dieser beitrag wurde entfernt", "kommentar von der redaktion entfernt",
	    "ce commentaire a \xC3\xA9t\xC3\xA9 supprim\xC3\xA9",
	    "ce commentaire a \xC3\xA9t\xC3\xA9 retir\xC3\xA9",
	    "este comentario ha sido eliminado", "este comentario fue eliminado",
	    "questo commento \xC3\xA8 stato rimosso", "questo commento \xC3\xA8 stato eliminato",
	    "este coment\xC3\xA1rio foi removido", "este coment\xC3\xA1rio foi exclu\xC3\xAD" "do",
	    "deze reactie is verwijderd", "komentarz zosta\xC5\x82 usuni\xC4\x99ty",
	    "koment\xC3\xA1\xC5\x99 byl odstran\xC4\x9Bn",
	    "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9 "
	    "\xD1\x83\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB5\xD0\xBD",
	    /* Chinese: "该评论已删除" (developers.pub), "该评论已被删除", "此评论已删除",
	     * "此评论已被删除", and traditional "該評論已刪除", "此評論已刪除" */
	    "\xE8\xAF\xA5\xE8\xAF\x84\xE8\xAE\xBA\xE5\xB7\xB2\xE5\x88\xA0\xE9\x99\xA4",
	    "\xE8\xAF\xA5\xE8\xAF\x84\xE8\xAE\xBA\xE5\xB7\xB2\xE8\xA2\xAB\xE5\x88\xA0\xE9\x99\xA4",
	    "\xE6\xAD\xA4\xE8\xAF\x84\xE8\xAE\xBA\xE5\xB7\xB2\xE5\x88\xA0\xE9\x99\xA4",
	    "\xE6\xAD\xA4\xE8\xAF\x84\xE8\xAE\xBA\xE5\xB7\xB2\xE8\xA2\xAB\xE5\x88\xA0\xE9\x99\xA4",
	    "\xE8\xA9\xB2\xE8\xA9\x95\xE8\xAB\x96\xE5\xB7\xB2\xE5\x88\xAA\xE9\x99\xA4",
	    "\xE6\xAD\xA4\xE8\xA9\x95\xE8\xAB\x96\xE5\xB7\xB2\xE5\x88\xAA\xE9\x99\xA4"};
	size_t len = 0;
	for (size_t i = 0; i < c->body.n; i++)
		len += strlen(c->body.v[i]);
	if (!c->body.n || c->body.n > 2 || len > 400)
		return;
	for (size_t i = 0; i < c->body.n; i++) {
		const char *p = c->body.v[i] + strspn(c->body.v[i], "[( ");
		for (size_t k = 0; k < sizeof notices / sizeof *notices; k++)
			if (tolower((unsigned char)*p) == (unsigned char)notices[k][0] &&
			    !strncasecmp(p, notices[k], strlen(notices[k]))) {
				c->author = NULL;
				c->body.n = 0;
				c->flags |= TT_C_DELETED;
				return;
			}
	}
}

/* The words of a paragraph wholly in quotation marks ("\"为啥\"", "“Why?”",
 * "„Warum?“", "«Pourquoi ?»", "「为啥」"), without them; NULL otherwise.
 * Caller frees. */
static char *quoted_whole(const char *p)
{
	static const char *const open[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9E", "\xC2\xAB",
	                                   "\xE3\x80\x8C"};
	static const char *const close[] = {"\"", "\xE2\x80\x9D", "\xE2\x80\x9C", "\xC2\xBB",
	                                    "\xE3\x80\x8D"};
	p += strspn(p, " \t\r\n");
	size_t n = strlen(p);
	while (n && isspace((unsigned char)p[n - 1]))
		n--;
	for (size_t i = 0; i < sizeof open / sizeof *open; i++) {
		size_t lo = strlen(open[i]), lc = strlen(close[i]);
		if (n > lo + lc && !strncmp(p, open[i], lo) && !strncmp(p + n - lc, close[i], lc))
			return tt_xstrndup(p + lo, n - lo - lc);
	}
	return NULL;
}

/* A comment's last paragraph wholly in quotation marks, repeating the
 * first paragraph of a comment before it in the same list (the answer
 * it answers, copied under the answer: developers.pub's "p.respondent-
 * content", a list the markup keeps one level deep): the answer answers
 * that comment, and the copy is no word of its own. Returns that comment
 * (the copy dropped from o), or NULL. Among the nearest thousand. */
static tt_comment *copy_after_text(struct html *h, tt_comment *parent, struct found *o)
{
	char *q = o->body.n >= 2 ? quoted_whole(o->body.v[o->body.n - 1]) : NULL;
	tt_comment *hit = NULL;
	size_t seen = 0;
	for (tt_comment *c = !q       ? NULL
	                     : parent ? parent->first_child
	                              : h->t->first;
	     c && seen < 1000; c = c->next_sibling, seen++)
		if (c->body.n && ihx_same_words(c->body.v[0], q))
			hit = c; /* the latest such */
	free(q);
	if (hit) {
		o->body.n--;
		if (o->nlines)
			o->nlines--;
	}
	return hit;
}

static int titled_same(const tt_hnode *n, const void *arg)
{
	const char *t = n->type == TT_HNODE_ELEMENT ? tt_html_attr(n, "title") : NULL;
	return t && !strcmp(t, arg);
}

/* A time only a <meta> gives (microdata's dateCreated, no box showing it)
 * is the comment's time but no time as shown; unless an empty box drawn
 * from the same time carries it in its title (NodeBB's span.timeago). */
static int meta_time_only(const struct fields *f, tt_hnode *root, const struct found *o)
{
	if ((o->when && *o->when) || !f->time || !tt_html_is(f->time, "meta") || !o->attr)
		return 0;
	return !tt_html_find(root, titled_same, o->attr);
}

/* A quoted floor (floor_copy) whose post is not on the page before the
 * reply (the floor before it not shown): the post is a comment of its own,
 * at the top level just before the reply, with the name and the words
 * the copy shows and no time; the reply answers it. NULL when copy is
 * none. */
static tt_comment *floor_comment(struct html *h, tt_hnode *root, tt_hnode *copy)
{
	struct floor fl = {root, NULL, 0};
	if (!copy->parent || !floor_copy(copy, &fl))
		return NULL;
	tt_hnode *a = tt_html_find(copy, link_outside, NULL);
	char *name = a ? tt_html_text(a) : NULL, *words = tt_html_text(fl.twin);
	tt_comment *p = NULL;
	if (name && *name && words && *words) {
		p = tt_thread_add_comment(h->t, NULL);
		p->line = tt_html_line(copy);
		p->author = ihx_arena(h, name);
		tt_strv_push(h->t, &p->body, tt_thread_strdup(h->t, words, strlen(words)));
	}
	free(name);
	free(words);
	return p;
}

/* ---- an answer shown by a toggle link in the comment it answers ----------- */

/* A link or button whose id is the word arg. */
static int toggle_named(const tt_hnode *n, const void *arg)
{
	const char *id = n->type == TT_HNODE_ELEMENT ? tt_html_attr(n, "id") : NULL;
	return id && (tt_html_is(n, "a") || tt_html_is(n, "button")) && !strcmp(id, arg);
}

/* The comment holding a toggle link whose id is word, in one of the four
 * elements before root among its siblings, or NULL. */
static tt_comment *toggle_sibling(tt_hnode *root, const char *word)
{
	int seen = 0;
	for (tt_hnode *s = root->prev; s && seen < 4; s = s->prev) {
		if (s->type != TT_HNODE_ELEMENT)
			continue;
		seen++;
		tt_hnode *a = tt_html_find(s, toggle_named, word);
		if (a)
			return ihx_parent_of(a);
	}
	return NULL;
}

/* An answer box named (a class word, else its id) after the id of a toggle
 * link inside a comment just before it answers that comment, whatever the
 * nesting says: every answer a comment's list holds sits side by side in
 * it, and only the link ("a#pd_67567" in an answer, the box
 * "div.article_comment.pd_67567" after it, To Vima's) says that one answers
 * an answer. Eight class words and four siblings at most are looked at. */
tt_comment *ihx_toggle_parent(tt_hnode *root)
{
	const char *cls = tt_html_attr(root, "class"), *id = tt_html_attr(root, "id");
	char word[64];
	int words = 0;
	for (const char *p = cls; p && *p && words < 8; words++) {
		p += strspn(p, " \t\r\n");
		size_t l = strcspn(p, " \t\r\n");
		if (l && l < sizeof word) {
			memcpy(word, p, l);
			word[l] = '\0';
			tt_comment *c = toggle_sibling(root, word);
			if (c)
				return c;
		}
		p += l;
	}
	return id && *id ? toggle_sibling(root, id) : NULL;
}

/* Whether a's children hold an element of class cls. */
static int child_of_class(const tt_hnode *a, const char *cls)
{
	for (const tt_hnode *r = a->children; r; r = r->next) {
		const char *c = r->type == TT_HNODE_ELEMENT ? tt_html_attr(r, "class") : NULL;
		if (c && !strcmp(c, cls))
			return 1;
	}
	return 0;
}

/* Whether post root is post prev's shape without its writer's block: of
 * prev's boxes named by a class, one is not in root, and it shows name;
 * root's boxes so named, two at least, are all prev's. */
static int block_left_out(const tt_hnode *prev, const tt_hnode *root, const char *name)
{
	size_t missing = 0, kept = 0;
	int named = 0;
	for (const tt_hnode *k = prev->children; k; k = k->next) {
		const char *cls = k->type == TT_HNODE_ELEMENT ? tt_html_attr(k, "class") : NULL;
		if (!cls || !*cls || child_of_class(root, cls))
			continue;
		missing++;
		if (ihx_info(k)->textlen && ihx_info(k)->textlen <= 2000) {
			char *t = tt_html_text(k);
			named = strstr(t, name) != NULL;
			free(t);
		}
	}
	for (const tt_hnode *r = root->children; r; r = r->next) {
		const char *cls = r->type == TT_HNODE_ELEMENT ? tt_html_attr(r, "class") : NULL;
		if (!cls || !*cls)
			continue;
		if (!child_of_class(prev, cls))
			return 0;
		kept++;
	}
	return missing == 1 && named && kept >= 2;
}

/* The writer of a post that shows none, written right after a post of
 * the same shape whose writer's block it goes without (Tapatalk's second
 * post in a row by one member: no profile block, the reader reads it as
 * the post above's going on): that post's writer; NULL otherwise. */
static const char *continued_writer(const tt_hnode *root)
{
	const tt_hnode *prev = root->prev;
	while (prev && !(prev->type == TT_HNODE_ELEMENT && ihx_is_root(prev)))
		prev = prev->prev;
	const tt_comment *pc = prev ? ihx_info(prev)->c : NULL;
	if (!pc || !pc->author || !tt_html_is(prev, root->name) ||
	    !block_left_out(prev, root, pc->author))
		return NULL;
	return pc->author;
}

static void add_comment(struct html *h, struct fields *f, tt_hnode *root, struct found *o)
{
	/* In a forum, and in a flat list of repeated blocks, a post quoting
	 * another answers it. */
	tt_comment *parent = f->copy && !f->copy_named ? copy_parent(f->copy, root, 0)
	                                               : reply_to_parent(h, root);
	if (f->copy && !f->copy_named && !parent)
		parent = floor_comment(h, root, f->copy);
	if (f->copy && !f->copy_named && !parent) {
		if (h->nlater + 2 > h->caplater) {
			h->caplater = h->caplater ? 2 * h->caplater : 16;
			h->later = tt_xrealloc(h->later, h->caplater * sizeof *h->later);
		}
		h->later[h->nlater++] = root;
		h->later[h->nlater++] = f->copy;
	}
	if (!parent && !f->copy)
		parent = ihx_toggle_parent(root);
	if (!parent && !f->copy)
		parent = h->forum ? forum_parent(h, f->body ? f->body : root) : flat_parent(root);
	if (!parent && !h->forum)
		parent = anchor_parent(h, f->body ? f->body : root);
	if (!parent && !h->forum)
		parent = header_parent(h, f, root);
	if (!parent && !h->forum)
		parent = opening_line_parent(h, f, root);
	if (!parent)
		parent = mention_parent(h, f->body ? f->body : root);
	if (!parent)
		parent = reply_of_parent(h, root);
	if (!parent)
		parent = zero_level_parent(root);
	if (!parent)
		parent = level_parent(h, root);
	if (!parent)
		parent = ihx_margin_parent(root);
	/* A comment listed flat that quotes an earlier one answers it too. */
	if (!parent)
		parent = forum_parent(h, f->body ? f->body : root);
	tt_comment *copied = copy_after_text(h, parent, o);
	if (copied)
		parent = copied;
	tt_comment *c = tt_thread_add_comment(h->t, parent);
	remember_post(h, c);
	ihx_info(root)->c = c;
	c->line = tt_html_line(root);
	c->author = o->author ? ihx_arena(h, o->author) : continued_writer(root);
	c->body = o->body;
	ihx_set_time(h, &c->posted, &c->time, o->when, o->attr);
	exact_time(h, c, o->exact);
	if (meta_time_only(f, root, o))
		c->posted = NULL;
	if ((c->body.n == 1 && ihx_deleted_text(c->body.v[0])) || tt_html_has_class(root, "deleted"))
		c->flags |= TT_C_DELETED;
	removed_placeholder(c);
	if (!c->posted && ihx_deleted_block(root)) /* the name and "Deleted": no words */
		c->author = NULL, c->body.n = 0, c->flags |= TT_C_DELETED;
	ihx_explain_comment(h, c, root, o->lines);
}

static int skip_node(const tt_hnode *n, void *u)
{
	return n == u;
}

/* The answer's signature: its last block holding a link (the name), with the
 * time written beside it ("<a>Steven</a> 於 2014/01/01 20:31 回覆"). */
void ihx_read_answer(struct html *h, tt_comment *parent, tt_hnode *box)
{
	tt_hnode *sig = NULL;
	for (tt_hnode *c = box->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT && tt_html_find_tag(c, "a"))
			sig = c;
	tt_hnode *a = sig ? (tt_html_is(sig, "a") ? sig : tt_html_find_tag(sig, "a")) : NULL;
	struct found o = {0};
	o.author = a ? tt_html_text(a) : NULL;
	o.when = sig ? ihx_loose_text_time(sig) : NULL;
	if (o.author && o.author[0] && o.when)
		tt_html_paragraphs(h->t, box, skip_node, sig, &o.body, &o.lines, &o.nlines);
	if (o.body.n) {
		tt_comment *c = tt_thread_add_comment(h->t, parent);
		c->line = tt_html_line(box);
		c->author = ihx_arena(h, o.author);
		c->body = o.body;
		ihx_set_time(h, &c->posted, &c->time, o.when, NULL);
		ihx_explain_comment(h, c, box, o.lines);
	}
	free(o.author);
	free(o.when);
	free(o.lines);
}

struct answers {
	struct html *h;
	tt_comment *parent;
	const tt_hnode *body; /* the comment's own text box, which is no answer */
};

static int answers_enter(tt_hnode *n, void *u)
{
	struct answers *a = u;
	if (n->type != TT_HNODE_ELEMENT || ihx_is_root(n) || tt_html_is(n, "form") ||
	    tt_html_is(n, "script") || n == a->body)
		return 0;
	if (!ihx_answer_box(n) && !ihx_signed_answer(n, a->body))
		return 1;
	ihx_read_answer(a->h, a->parent, n);
	return 0;
}

/* 1 when n sits in a box whose id names it the comment form
 * ("div#ctl00_body1_CommentControl1_commentform"), whose text is
 * instructions, not comments. */
static int beside_form(const tt_hnode *n, tt_hnode *form);

static int in_comment_form(const tt_hnode *n)
{
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent) {
		const char *id = tt_html_attr(a, "id");
		size_t l = id ? strlen(id) : 0;
		if (l >= 11 && !strcasecmp(id + l - 11, "commentform"))
			return !beside_form(n, (tt_hnode *)a);
	}
	return 0;
}

/* The first field (input, textarea) below a box, comments' own left out. */
static int field_enter(tt_hnode *n, void *u)
{
	tt_hnode **found = u;
	if (*found || n->type != TT_HNODE_ELEMENT || ihx_is_root(n))
		return 0;
	if (tt_html_is(n, "input") || tt_html_is(n, "textarea")) {
		*found = n;
		return 0;
	}
	return 1;
}

static tt_hnode *first_field(tt_hnode *box)
{
	tt_hnode *found = NULL;
	tt_html_walk(box, field_enter, NULL, &found);
	return found;
}

static int other_root_enter(tt_hnode *n, void *u)
{
	const tt_hnode **seen = u;
	if (seen[1] || n->type != TT_HNODE_ELEMENT)
		return 0;
	if (ihx_is_root(n) && n != seen[0]) {
		seen[1] = n;
		return 0;
	}
	return 1;
}

/* Whether sibling s, of box c's tag and class, is a comment or holds one
 * other than n. */
static int kin_root(const tt_hnode *s, const tt_hnode *c, const tt_hnode *n)
{
	const char *cls = tt_html_attr(c, "class"), *sc;
	if (s->type != TT_HNODE_ELEMENT || strcmp(s->name, c->name) != 0 || !cls ||
	    !(sc = tt_html_attr(s, "class")) || strcmp(sc, cls) != 0)
		return 0;
	const tt_hnode *seen[2] = {n, NULL};
	if (ihx_is_root(s))
		return 1;
	tt_html_walk((tt_hnode *)s, other_root_enter, NULL, seen);
	return seen[1] != NULL;
}

/* Whether one of the nearest siblings of box c (four each way: each box of
 * a long list looks at a few) is of its kind and is or holds a comment
 * other than n: c one of a list of such boxes. */
static int kin_holds_root(const tt_hnode *c, const tt_hnode *n)
{
	int k = 0;
	for (const tt_hnode *s = c->prev; s && k < 4; s = s->prev)
		if (s->type == TT_HNODE_ELEMENT && (k++, kin_root(s, c, n)))
			return 1;
	k = 0;
	for (const tt_hnode *s = c->next; s && k < 4; s = s->next)
		if (s->type == TT_HNODE_ELEMENT && (k++, kin_root(s, c, n)))
			return 1;
	return 0;
}

/* A comment in a list beside the form's fields, both in the box the page
 * names the comment form (To Vima's div#commentForm holds the form, then
 * the list): the box on the comment's way up that sits beside the fields
 * holds none of them and is or holds another comment, or has siblings of
 * its kind that are or hold comments (the comments themselves beside the
 * form's box: a comment with no answers, an answer inside one), a list,
 * not the form's instructions. */
static int beside_form(const tt_hnode *n, tt_hnode *form)
{
	tt_hnode *field = first_field(form);
	if (!field)
		return 0;
	tt_hnode *c = (tt_hnode *)n;
	while (c->parent && c->parent != form && !ihx_inside(field, c->parent))
		c = c->parent;
	if (!c->parent || !ihx_inside(field, c->parent) || first_field(c))
		return 0;
	if (c != n && ihx_is_root(c))
		return 1;
	const tt_hnode *seen[2] = {n, NULL};
	tt_html_walk(c, other_root_enter, NULL, seen);
	return seen[1] != NULL || kin_holds_root(c, n);
}

/* 1 when the text of n is a time, in brackets or not. */
static int shows_time(const tt_hnode *n)
{
	char *t = tt_html_text(n);
	int yes = ihx_looks_like_time(t) || ihx_bracketed_time(n);
	free(t);
	return yes;
}

/* A text box marked "comment" holding neither name nor time, whose parent
 * holds both before it (Tulsa World: a table cell with a header line of the
 * name and the time, then div.comment): the parent is the comment. */
static tt_hnode *climb_to_header(struct html *h, tt_hnode *root, struct fields *f)
{
	tt_hnode *up = root->parent;
	if (f->author || f->time || !up || up->type != TT_HNODE_ELEMENT || ihx_is_root(up) ||
	    ihx_replies_box(up) || tt_html_is(up, "body") || !ihx_has_words(root))
		return root;
	struct fields g = {.h = h, .root = up};
	ihx_info(root)->root = 0;
	tt_html_walk(up, ihx_fields_enter, NULL, &g);
	if (!g.author || !g.time || ihx_inside(g.author, root) || ihx_inside(g.time, root) ||
	    (g.body && !ihx_inside(g.body, root)) || !shows_time(g.time)) {
		ihx_info(root)->root = 1;
		return root;
	}
	ihx_info(up)->root = 1;
	g.body = root;
	*f = g;
	return up;
}

/* A text box found inside the body box f->body that holds neither the
 * author's nor the time's box. */
static int inner_text_box(const tt_hnode *n, const void *arg)
{
	const struct fields *f = arg;
	return n != f->body && ihx_body_rank(n) && !(f->author && ihx_inside(f->author, n)) &&
	       !(f->time && ihx_inside(f->time, n));
}

/* A text box named so (rank 2) that holds the post's header too (phpBB's
 * div.postbody around the title, "by NAME » TIME" and div.content) wraps
 * the text: the text box inside it is the body. (A box of rank 3 is known
 * to hold the header: its header is skipped as the text is read.) */
static void narrow_body(struct fields *f)
{
	if (!f->body || f->brank != 2 ||
	    !((f->author && ihx_inside(f->author, f->body)) || (f->time && ihx_inside(f->time, f->body))))
		return;
	tt_hnode *in = tt_html_find(f->body, inner_text_box, f);
	if (in)
		f->body = in, f->brank = ihx_body_rank(in);
}

/* A short box right after the name's (or after a box around it) showing
 * only a time ("<b class=name>Anna</b><span class=grey>3 марта 2024,
 * 10:15</span>", DataLife Engine): the comment's time. */
static void time_beside_name(struct fields *f)
{
	if (f->time || !f->author)
		return;
	/* ...or inside the name's box, after the name written loose ("<div
	 * class=c97comment-author>Damon Hart-Davis <span>Saturday, November
	 * 24, 2012</span></div>", Oracle's blogs): its last box showing only a
	 * time. (read_header then cuts the time from the name.) */
	tt_hnode *last = f->author->last;
	while (last && (last->type == TT_HNODE_TEXT ? wordless(last->content ? last->content : "")
	                                            : last->type != TT_HNODE_ELEMENT))
		last = last->prev;
	if (last && last != f->author->children && last->type == TT_HNODE_ELEMENT &&
	    ihx_info(last)->textlen && ihx_info(last)->textlen <= 60 && !ihx_info(last)->linklen) {
		char *t = tt_html_text(last);
		if (ihx_looks_like_time(t))
			f->time = last, f->trank = 3;
		free(t);
		if (f->time)
			return;
	}
	tt_hnode *x = f->author;
	for (int up = 0; x && x != f->root && up < 3; x = x->parent, up++) {
		tt_hnode *s = x->next;
		while (s && s->type != TT_HNODE_ELEMENT)
			s = s->next;
		if (!s)
			continue;
		if (ihx_info(s)->textlen && ihx_info(s)->textlen <= 60 && !ihx_info(s)->linklen) {
			char *t = tt_html_text(s);
			if (ihx_looks_like_time(t))
				f->time = s, f->trank = 3;
			free(t);
		}
		return;
	}
}

/* A comment written as a dt and the dd after it (Blogger's classic
 * dl#comments-block: "NAME said..." in the dt, the text in a dd, the time
 * in the next dd): the dds' fields are the comment's, and the dt's link
 * its author. */
static void dt_fields(struct fields *f)
{
	if (!tt_html_is(f->root, "dt") || !tt_html_has_class(f->root, "comment-author"))
		return;
	for (tt_hnode *d = f->root->next; d && !tt_html_is(d, "dt"); d = d->next)
		if (d->type == TT_HNODE_ELEMENT && tt_html_is(d, "dd"))
			tt_html_walk(d, ihx_fields_enter, NULL, f);
	for (tt_hnode *a = f->root->children; a && !f->author; a = a->next)
		if (tt_html_is(a, "a") && ihx_info(a)->textlen)
			f->author = a, f->arank = 4;
	/* No link: the name is written loose in the dt, its first line
	 * ("Anonimowy" over "pisze...", an anonymous commenter's). */
	if (!f->author && ihx_has_words(f->root))
		f->author = f->root, f->arank = 4;
}

/* colon_name's walk: the first box of the text, before any word of it. */
struct colon_walk {
	tt_hnode *box;
	int done;
};

/* A short box opening the text, a link to a page in it, its words ending
 * in a colon ("<span class=name><a href=/u/7919988804>NAME：</a></span>
 * words", Weibo's way of writing a reply in a conversation; "<b><a
 * href=/user/anna>Anna</a>:</b> words"). */
static int colon_box(const tt_hnode *n)
{
	if (n->type != TT_HNODE_ELEMENT || !ihx_info(n)->textlen || ihx_info(n)->textlen > 80)
		return 0;
	const tt_hnode *a = tt_html_is(n, "a") ? n : tt_html_find_tag((tt_hnode *)n, "a");
	const char *href = a ? tt_html_attr(a, "href") : NULL;
	if (!href || !*href || *href == '#' || !strncasecmp(href, "javascript:", 11))
		return 0;
	char *t = tt_html_text(n);
	size_t l = strlen(t);
	int yes = l > 1 && (t[l - 1] == ':' || (l > 3 && !strcmp(t + l - 3, "\xEF\xBC\x9A")));
	free(t);
	return yes;
}

static int colon_enter(tt_hnode *n, void *u)
{
	struct colon_walk *w = u;
	if (w->done)
		return 0;
	if (n->type == TT_HNODE_TEXT) {
		w->done = n->content && !wordless(n->content);
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT)
		return 0;
	if (colon_box(n)) {
		w->box = n, w->done = 1;
		return 0;
	}
	w->done = tt_html_is(n, "a") || tt_html_is(n, "img");
	return !w->done;
}

/* The text opening with a name and a colon in a box of its own, linked
 * to the writer's page (the text's box, else the comment's), no name found
 * elsewhere (or the name found that box's link): that box is the name, no words of the text (a
 * conversation's replies, each "NAME：words" under the comment answered,
 * no header of their own). */
static void colon_name(struct fields *f)
{
	const tt_hnode *text = f->body ? f->body : f->root;
	if (f->author && !ihx_inside(f->author, text))
		return;
	struct colon_walk w = {NULL, 0};
	tt_html_walk((tt_hnode *)text, colon_enter, NULL, &w);
	/* (words after the box: a link alone ending in a colon is a title) */
	if (w.box && w.box != text && ihx_info(text)->textlen > ihx_info(w.box)->textlen + 1 &&
	    (!f->author || ihx_inside(f->author, w.box)) &&
	    !(f->time && ihx_inside(f->time, w.box))) /* "NAME, on DATE said:" is a header */
		f->author = w.box, f->arank = 5;
}

/* The next element after n among its siblings. */
static tt_hnode *next_element(tt_hnode *n)
{
	for (n = n ? n->next : NULL; n && n->type != TT_HNODE_ELEMENT; n = n->next)
		;
	return n;
}

static int content_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return ihx_class_suffix(n, "-content") && ihx_info(n)->textlen;
}

/* A post split in two boxes side by side (bbPress: "div#post-301500
 * .bbp-reply-header" with the date and the permalink, then a box whose
 * class names that id, "post-301500", with the name and the text): the
 * second box's fields are the post's. Returns that box, or NULL. */
static tt_hnode *split_post_fields(struct fields *f)
{
	const char *id = tt_html_attr(f->root, "id");
	tt_hnode *rest = next_element(f->root);
	if (!id || !*id || f->author || f->body || !rest || ihx_is_root(rest) ||
	    !tt_html_has_class(rest, id))
		return NULL;
	ihx_info(rest)->used = 1; /* its text is the post's, not dropped */
	tt_html_walk(rest, ihx_fields_enter, NULL, f);
	/* (its text box named "bbp-reply-content": a content box of its own) */
	if (!f->body && (f->body = tt_html_find(rest, content_box, NULL)))
		f->brank = 2;
	return rest;
}

/* The second box of a split post of the topic's type ("type-topic", the
 * class WordPress gives a post of type topic): the topic, not a comment;
 * its text is the article's. */
static int split_topic(const tt_hnode *rest)
{
	return rest && tt_html_has_class(rest, "type-topic");
}

static int shape_skip(const tt_hnode *n, void *u)
{
	return ihx_is_root(n) || tt_html_repeat_skip(n, u);
}

/* An answer found inside a comment by its shape (ihx_nested_answers) whose
 * markup names neither its author nor its time: read as its shape shows
 * them, the name-like text before the time, the time, the text after. */
static void shape_fields(struct html *h, tt_hnode *root, struct found *o)
{
	struct tt_repeat_block b;
	struct tt_repeat none = {0};
	tt_html_repeat_read(root, &b);
	o->author = b.name ? tt_html_text(b.name) : NULL;
	if (o->author)
		ihx_clean_author(o->author);
	o->when = b.time, b.time = NULL;
	o->body.n = 0, o->nlines = 0;
	for (tt_hnode *n = b.body; n; n = n == b.body_last ? NULL : n->next) {
		char *loose = n->type == TT_HNODE_TEXT ? tt_html_repeat_text(n) : NULL;
		if (loose) {
			tt_strv_push(h->t, &o->body, tt_thread_strdup(h->t, loose, strlen(loose)));
			o->lines = tt_xrealloc(o->lines, (o->nlines + 1) * sizeof *o->lines);
			o->lines[o->nlines++] = tt_html_line(n);
		} else if (n->type == TT_HNODE_ELEMENT && !shape_skip(n, &none)) {
			tt_html_paragraphs(h->t, n, shape_skip, &none, &o->body, &o->lines, &o->nlines);
		}
		free(loose);
	}
}

/* An answer found by its shape whose header the fields' readers read a
 * time from but no name ("知产人李鑫 评论 香樟树 2020.06.11", BBScloud's: the
 * writer, "commented", whom; three boxes alike): the name its shape shows,
 * the first name-like text before the time. */
static void shape_name(struct found *o, tt_hnode *root)
{
	struct tt_repeat_block b;
	tt_html_repeat_read(root, &b);
	o->author = b.name ? tt_html_text(b.name) : NULL;
	if (o->author)
		ihx_clean_author(o->author);
	free(b.time);
}

/* Whether every word of n is a link's: a menu's item named "comment"
 * ("<li class=comment><a href=/commentisfree>Comment</a></li>", its
 * indentation outweighing its link), not a comment. */
int ihx_words_all_linked(const tt_hnode *n)
{
	for (const tt_hnode *c = n->children; c; c = c->next)
		if ((c->type == TT_HNODE_TEXT && c->content && !wordless(c->content)) ||
		    (c->type == TT_HNODE_ELEMENT && !tt_html_is(c, "a") && !ihx_words_all_linked(c)))
			return 0;
	return 1;
}

void ihx_read_comment(struct html *h, tt_hnode *root)
{
	struct fields f = {.h = h, .root = root};
	struct found o = {0};
	int by_shape = ihx_info(root)->root == 3; /* (climb_to_header may mark it 1) */
	if (in_comment_form(root))
		return;
	tt_html_walk(root, ihx_fields_enter, NULL, &f);
	tt_hnode *copy = f.body ? answered_copy(root, f.body) : floor_of(root);
	tt_hnode *named = copy ? NULL : named_copy(root);
	if (copy || named) { /* read again, the copy left out */
		f = (struct fields){.h = h, .root = root, .copy = copy ? copy : named,
		                    .copy_named = named != NULL};
		tt_html_walk(root, ihx_fields_enter, NULL, &f);
	}
	dt_fields(&f);
	colon_name(&f);
	int topic = split_topic(split_post_fields(&f));
	narrow_body(&f);
	time_beside_name(&f);
	ihx_head_name(&f);
	root = climb_to_header(h, root, &f);
	read_header(h, &f, root, &o);
	int shaped = by_shape && !o.author && !o.when && !o.attr;
	if (shaped)
		shape_fields(h, root, &o);
	else if (by_shape && !o.author)
		shape_name(&o, root);
	/* A box that only looks like a comment: a "Comment" button, a "top" link. */
	int fake = !o.author && !o.when && !o.attr &&
	           (ihx_info(root)->linklen * 2 > ihx_info(root)->textlen || ihx_words_all_linked(root));
	if (!fake && !shaped)
		read_text(h, &f, root, &o);
	drop_header_verb(&f, &o);
	if (!fake && !shaped)
		time_in_text(&o);
	time_lead(o.when); /* (a footer's line taken for the time: its button's word cut) */
	/* A collapsed comment shows its author, not its text: the links that
	 * open it ("(no subject)", "Expand") are no words of it. */
	if (ihx_info(root)->root == 2)
		o.body.n = 0, o.nlines = 0;
	/* ...or a counter, an empty template; or a forum's advertisement slot
	 * dressed as a post: its text box empty, no time. */
	if (fake || ((!o.author || !o.author[0]) && !o.body.n) ||
	    (ihx_forum_post(root) && f.body && !o.body.n && !o.when && !o.attr)) {
		free_found(&o);
		return;
	}
	/* A forum's first post is its opening post, but on a later page of the
	 * thread, where it is one more answer (the opening post is on the first). */
	if ((h->forum && !h->later_page && !h->t->article.body.n && !h->nposts) || topic ||
	    root == h->opening) {
		forum_opening(h, o.author, o.when, &o.body, o.lines);
		o.author = NULL; /* taken */
	} else {
		add_comment(h, &f, root, &o);
		struct answers a = {h, ihx_info(root)->c, f.body};
		tt_html_walk(root, answers_enter, NULL, &a);
	}
	free_found(&o);
}

/* A box of a word alone saying its comment was deleted ("Deleted",
 * Newsvine's span.statusLabel; "Removed", "Gelöscht", "Supprimé",
 * "Eliminado", "Usunięty", "Удалён", "已删除"). */
static int status_deleted(const tt_hnode *n, const void *arg)
{
	static const char *const words[] = {
	    "deleted", "removed", "gel\xC3\xB6scht", "supprim\xC3\xA9", "eliminado", "rimosso",
	    "verwijderd", "usuni\xC4\x99ty", "\xD1\x83\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB5\xD0\xBD",
	    "\xD0\xA3\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB5\xD0\xBD", "\xE5\xB7\xB2\xE5\x88\xA0\xE9\x99\xA4"};
	(void)arg;
	if (n->type != TT_HNODE_ELEMENT || !ihx_info(n)->textlen || ihx_info(n)->textlen > 24)
		return 0;
	for (const tt_hnode *c = n->children; c; c = c->next)
		if (c->type == TT_HNODE_ELEMENT)
			return 0;
	char *t = tt_html_text(n);
	int yes = 0;
	for (size_t i = 0; i < sizeof words / sizeof *words && !yes; i++)
		yes = !strcasecmp(t, words[i]);
	free(t);
	return yes;
}

int ihx_deleted_block(tt_hnode *n)
{
	return ihx_info(n)->textlen <= DELETED_BLOCK_MAX && tt_html_find(n, status_deleted, NULL);
}

