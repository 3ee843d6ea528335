/* import_html: a saved web page (article and comment section) into a thread, through libxml2. */
#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "threadtag/dates.h"
#include "threadtag/datetime.h"
#include "threadtag/html_dom.h"
#include "threadtag/textline.h"
#include "threadtag/html_repeat.h"
#include "threadtag/import.h"
#include "threadtag/json.h"
#include "threadtag/markup.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

struct ninfo *ihx_info(const tt_hnode *n)
{
	return n && n->type == TT_HNODE_ELEMENT ? n->user : NULL;
}

int ihx_is_root(const tt_hnode *n)
{
	struct ninfo *i = ihx_info(n);
	return i && i->root;
}

/* Gives every element its ninfo (one walk, one allocation). */
static int count_enter(tt_hnode *n, void *u)
{
	struct html *h = u;
	if (n->type != TT_HNODE_ELEMENT)
		return 0;
	if (h->info)
		n->user = &h->info[h->ninfo];
	h->ninfo++;
	return 1;
}

static void number_elements(struct html *h, tt_hnode *top)
{
	tt_html_walk(top, count_enter, NULL, h);
	size_t n = h->ninfo + 1; /* and top itself, which the walk does not visit */
	h->info = tt_xcalloc(n, sizeof *h->info);
	h->ninfo = 0;
	count_enter(top, h);
	tt_html_walk(top, count_enter, NULL, h);
}

/* Keeps s (trimmed) in *slot unless something is there already. */
void ihx_keep(char **slot, const char *s)
{
	if (*slot || !s)
		return;
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (n)
		*slot = tt_xstrndup(s, n);
}

/* ---- what carried the comments; what was left over --------------------- */

static int in_list(const tt_hnode *n, const char *cls)
{
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent)
		if (tt_html_has_class(a, cls))
			return 1;
	return 0;
}

/* A comment system that names its boxes its own way, whatever site it is
 * on (Livefyre on a WordPress page). */
static const char *comment_system(const tt_hnode *n)
{
	static const struct {
		const char *prefix, *name;
	} systems[] = {{"fyre-", "Livefyre comments"},
	               {"isso-comment", "Isso comments"},
	               {"commento-card", "Commento comments"},
	               {"tm-comment", "Habr comments"},
	               {"ItemComment", "Vanilla discussion"}};
	for (size_t i = 0; i < sizeof systems / sizeof *systems; i++)
		if (tt_html_class_prefix(n, systems[i].prefix) ||
		    (n->parent && tt_html_class_prefix(n->parent, systems[i].prefix)))
			return systems[i].name;
	/* DataLife Engine: div#comment-id-N around each comment's box */
	const char *id = n->parent ? tt_html_attr(n->parent, "id") : NULL;
	return id && !strncmp(id, "comment-id-", 11) ? "DataLife Engine comments" : NULL;
}

static const char *name_layout(struct html *h)
{
	const char *gen = h->generator ? h->generator : "";
	if (!h->nroots)
		return "no comments found";
	if (h->generic)
		return "repeated blocks in a comment box";
	if (h->records)
		return "records found by their repeats";
	if (h->rep.n)
		return "repeated blocks";
	if (h->forum)
		return h->forum;
	if (h->se)
		return "Stack Exchange question page";
	for (size_t i = 0; i < h->nroots; i++) {
		tt_hnode *n = h->roots[i];
		if (tt_html_is(n, "shreddit-comment"))
			return "new Reddit comments";
		const char *sys = comment_system(n);
		if (sys)
			return sys;
		if (tt_html_class_prefix(n, "depth-") || in_list(n, "commentlist") ||
		    in_list(n, "comment-list"))
			return "WordPress comments";
		if (in_list(n, "comment-thread") || tt_html_find_class(n, "comment-block"))
			return "Blogger comments";
		if (ihx_schema_comment(n))
			return "schema.org comments";
	}
	if (strcasestr(gen, "wordpress"))
		return "WordPress comments";
	if (strcasestr(gen, "blogger"))
		return "Blogger comments";
	if (strcasestr(gen, "drupal"))
		return "Drupal comments";
	return "comment blocks";
}

/* Long paragraphs outside the article, the comments and the furniture were
 * dropped: the user is told where they were. */
static int leftover_enter(tt_hnode *n, void *u)
{
	struct html *h = u;
	if (n->type != TT_HNODE_ELEMENT || ihx_is_root(n) || ihx_info(n)->used ||
	    tt_html_is(n, "script") || tt_html_is(n, "style") || tt_html_is(n, "head"))
		return 0;
	if (ihx_furniture(h, n)) {
		if (h->r && h->r->explain) {
			char *s = tt_html_text(n);
			unsigned l = tt_html_line(n);
			if (*s)
				tt_import_explain(h->r, l, l, "furniture", s, strlen(s));
			free(s);
		}
		return 0;
	}
	if (!tt_html_is(n, "p"))
		return 1;
	char *s = tt_html_text(n);
	if (strlen(s) >= 100 && h->t->ncomments + h->t->article.body.n > 0) {
		unsigned l = tt_html_line(n);
		tt_import_warn(h->r, l, "dropped text (neither article nor comment): %s",
		               tt_text_quote(s, strlen(s), 60));
		tt_import_explain(h->r, l, l, "dropped", s, strlen(s));
	}
	free(s);
	return 0;
}

static void set_article(struct html *h, const char *name)
{
	tt_article *a = &h->t->article;
	char *owned;
	const char *title = ihx_choose_title(h, &owned);
	if (!title || !*title) {
		const char *slash = strrchr(name, '/');
		title = slash ? slash + 1 : name;
	}
	while (isspace((unsigned char)*title))
		title++;
	a->title = ihx_arena(h, title);
	free(owned);
	a->site = ihx_arena(h, h->site);
	a->url = ihx_arena(h, h->url);
	a->section = ihx_arena(h, h->section);
	a->author = ihx_arena(h, h->author);
	if (h->published)
		ihx_set_time(h, &a->published, &a->time, h->published, h->published);
}

static void free_html(struct html *h)
{
	char **s[] = {&h->og_title, &h->doc_title, &h->h1,        &h->site,      &h->url,
	              &h->section,  &h->author,    &h->published, &h->generator, &h->ld_headline};
	for (size_t i = 0; i < sizeof s / sizeof *s; i++)
		free(*s[i]);
	free(h->roots);
	free(h->rep_heading);
	free(h->rep_anchors.v);
	free(h->root_anchors.v);
	tt_html_repeat_free(&h->rep);
	ihx_records_free(h);
	free(h->posts);
	free(h->pending);
	free(h->later);
	free(h->info);
	for (size_t i = 0; i < h->nld; i++)
		tt_json_free(h->ld[i].doc);
	free(h->ld);
	if (h->doc)
		tt_html_free(h->doc);
}

/* In an <aside> or a box named a widget or a sidebar; not one named the
 * content too, a layout's box holding the content and the sidebar beside it
 * (Genesis' "content-sidebar-wrap", around every comment of the page). */
static int in_sidebar(const tt_hnode *n)
{
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent)
		if (tt_html_is(a, "aside") ||
		    ((tt_html_classid_has(a, "widget") || tt_html_classid_has(a, "sidebar")) &&
		     !tt_html_classid_has(a, "content")))
			return 1;
	return 0;
}

/* A sidebar's "recent comments" list holds comments on other posts: when the
 * page has comments outside its sidebars, those inside are left out. */
static void drop_sidebar_roots(struct html *h)
{
	size_t outside = 0, k = 0;
	for (size_t i = 0; i < h->nroots; i++)
		outside += !in_sidebar(h->roots[i]);
	if (!outside || outside == h->nroots)
		return;
	for (size_t i = 0; i < h->nroots; i++)
		if (!in_sidebar(h->roots[i]))
			h->roots[k++] = h->roots[i];
		else
			ihx_info(h->roots[i])->root = 0;
	h->nroots = k;
}

/* 1 when the line over a block's name shows number as a word of its own
 * ("Reply 29 - Posted by: NAME DATE"). */
static int header_numbered(const struct tt_repeat_block *b, unsigned long number)
{
	const tt_hnode *line = b->name ? b->name->parent : NULL;
	if (!line || line == b->block || ihx_info(line)->textlen > 200)
		return 0;
	char *t = tt_html_text((tt_hnode *)line), want[24];
	snprintf(want, sizeof want, "%lu", number);
	size_t wl = strlen(want);
	int yes = 0;
	for (const char *p = strstr(t, want); p && !yes; p = strstr(p + 1, want))
		yes = (p == t || !isalnum((unsigned char)p[-1])) && !isalnum((unsigned char)p[wl]);
	free(t);
	return yes;
}

/* A comment of a flat list of numbered blocks opening with the number of
 * an earlier one ("#29 Democrats ...", "#49, 'Lifting ..."), Lucianne.com's
 * replies: it answers that one, when that block's own line shows the
 * number. Block k of the run is the page's number k + 1. */
static tt_comment *numbered_parent(struct html *h, size_t k)
{
	const struct tt_repeat_block *b = &h->rep.v[k];
	const tt_hnode *t = b->body;
	const char *s = "";
	for (; t && !*s; t = t->type == TT_HNODE_ELEMENT && t->children ? t->children : t->next) {
		s = t->type == TT_HNODE_TEXT && t->content ? t->content : "";
		s += strspn(s, " \t\r\n");
		if (t == b->body_last && !*s && !t->children)
			break;
	}
	char *end;
	if (s[0] != '#' || !isdigit((unsigned char)s[1]))
		return NULL;
	unsigned long n = strtoul(s + 1, &end, 10);
	if (n < 1 || n > k || isalnum((unsigned char)*end) || !header_numbered(b, k + 1) ||
	    !header_numbered(&h->rep.v[n - 1], n))
		return NULL;
	return ihx_info(h->rep.v[n - 1].block)->c;
}

/* An element showing a repeated block's time (arg) with its machine form
 * beside it: <time datetime>, the microformats' <abbr title=ISO>, or a
 * microdata time property. */
static int shows_block_time(const tt_hnode *n, const void *arg)
{
	if (n->type != TT_HNODE_ELEMENT ||
	    !(tt_html_is(n, "time") || tt_html_is(n, "abbr") || tt_html_attr(n, "itemprop")) ||
	    !ihx_own_time_attr(n) || !ihx_info(n)->textlen || ihx_info(n)->textlen > 100)
		return 0;
	char *t = tt_html_text(n);
	int same = !strcmp(t, arg);
	free(t);
	return same;
}

/* The machine form of the time a block shows, when the page gives one: a
 * time shown without its year ("4. März, 08:09") or in words is then read
 * all the same, as the comment readers read it. */
static const char *repeat_time_attr(const struct tt_repeat_block *b)
{
	tt_hnode *n = b->time ? tt_html_find(b->block, shows_block_time, b->time) : NULL;
	return n ? ihx_own_time_attr(n) : NULL;
}

/* Within a repeated block's text, what the run leaves out, and a box the
 * page hides ("display:none": Baidu Tieba's notice that a floor was
 * folded, shown only when it is): no words of the comment. */
/* A file's name as a link shows it ("GridViewCellTemplateBug.JPG",
 * "Protokoll_2019.pdf"): one word, a stem and a short extension of
 * letters and figures, no address ("www.example.com"; a link showing
 * its own host, host_link, neither). */
static int file_name(const char *t)
{
	const char *dot = strrchr(t, '.');
	size_t ext = dot ? strlen(dot + 1) : 0, letters = 0;
	if (!dot || dot == t || ext < 2 || ext > 4 || strpbrk(t, " /:") ||
	    !strncasecmp(t, "www.", 4) || strchr(t, '.') != dot)
		return 0;
	for (const char *p = dot + 1; *p; p++)
		if (!isalnum((unsigned char)*p))
			return 0;
		else
			letters += isalpha((unsigned char)*p) != 0;
	return letters > 0;
}

/* Whether link a shows the host it leads to ("<a href=https://example.com/>
 * example.com</a>"): an address, not a file. */
static int host_link(const tt_hnode *a, const char *t)
{
	const char *href = tt_html_attr(a, "href");
	const char *host = href ? strstr(href, "://") : NULL;
	if (!host)
		return 0;
	host += 3;
	size_t l = strcspn(host, "/?#");
	const char *at = strstr(host, t);
	return at && at < host + l;
}

struct file_links {
	int links, other;
};

static int file_links_enter(tt_hnode *n, void *u)
{
	struct file_links *f = u;
	if (f->other)
		return 0;
	if (n->type == TT_HNODE_TEXT) {
		/* (white space and no-break spaces are no words) */
		for (const char *p = n->content; p && *p && !f->other; p++)
			if (!strncmp(p, "\xC2\xA0", 2))
				p++;
			else
				f->other = !isspace((unsigned char)*p);
		return 0;
	}
	if (!tt_html_is(n, "a"))
		return 1;
	char *t = tt_html_text(n);
	if (*t)
		file_name(t) && !host_link(n, t) ? f->links++ : f->other++;
	free(t);
	return 0;
}

/* A box of links to files before a comment's words (a forum's attachment
 * list: an icon and "<a href=/attachments/295522>Bug.JPG</a>"): what is
 * attached, not what is said. Every word of it a link's and each link a
 * file's name, and a box of words not all linked after it. (Its lengths
 * count a template's white space too: every text is looked at, in a box
 * of 2,000 bytes at most.) */
static int attachment_box(const tt_hnode *n)
{
	if (n->type != TT_HNODE_ELEMENT || !ihx_info(n)->linklen || ihx_info(n)->textlen > 2000)
		return 0;
	int words = 0, k = 0;
	for (const tt_hnode *s = n->next; s && !words && k < 8; s = s->next)
		if (s->type == TT_HNODE_ELEMENT && ++k)
			words = ihx_info(s)->textlen > ihx_info(s)->linklen;
	struct file_links f = {0, 0};
	if (words)
		tt_html_walk((tt_hnode *)n, file_links_enter, NULL, &f);
	return f.links && !f.other;
}

/* A heading repeating the thread's subject over a post ("Re: Gluing a
 * wooden hull"): the forum's, not the writer's words. */
static int subject_heading(struct html *h, const tt_hnode *n)
{
	if (!tt_html_heading(n) || !ihx_info(n)->textlen || ihx_info(n)->textlen > 300)
		return 0;
	char *t = tt_html_text(n);
	int yes = ihx_thread_subject(h, t);
	free(t);
	return yes;
}

/* What a repeated block's text leaves out (u: the struct html). */
static int repeat_text_skip(const tt_hnode *n, void *u)
{
	struct html *h = u;
	return tt_html_repeat_skip(n, &h->rep) ||
	       (n->type == TT_HNODE_ELEMENT &&
	        (ihx_hidden(n) || attachment_box(n) || subject_heading(h, n)));
}

/* The first heading met in a repeated block before its name, and whether
 * the name was reached; or, when the block's first words shown are a link's,
 * that link (link set). */
struct block_title {
	const tt_hnode *name;
	tt_hnode *title;
	int past;
	int worded; /* words shown were met before */
	int link;
};

static int block_title_enter(tt_hnode *n, void *u)
{
	struct block_title *s = u;
	if (s->past || s->title || n == s->name) {
		s->past = 1;
		return 0;
	}
	if (tt_html_heading(n) && ihx_info(n)->textlen) {
		s->title = n;
		return 0;
	}
	if (n->type == TT_HNODE_ELEMENT && ihx_info(n)->textlen && !s->worded && !ihx_hidden(n) &&
	    tt_html_is(n, "a") && tt_html_attr(n, "href")) {
		s->title = n, s->link = 1;
		return 0;
	}
	if (n->type == TT_HNODE_ELEMENT && ihx_hidden(n))
		return 0;
	s->worded |=
	    n->type == TT_HNODE_TEXT && ihx_info(n->parent)->textlen && tt_html_holds_words(n);
	return 1;
}

/* A link opening a block as its title ("<a href=...commentid=863792>RE:
 * Deep disappointment</a>" over "By NAME on DATE"): a few words, neither
 * the writer's name nor a time. */
static int link_title(const struct tt_repeat_block *b, const tt_hnode *a)
{
	if (ihx_info(a)->textlen > 120)
		return 0;
	char *t = tt_html_text(a), *name = tt_html_text(b->name);
	int ok = strchr(t, ' ') && !strstr(t, name) && !(b->time && strstr(t, b->time)) &&
	         !ihx_looks_like_time(t);
	free(t), free(name);
	return ok;
}

/* A repeated block's own title: a heading over its name, before it in the
 * block ("<header><h1>radość</h1>...</header> ... <b>NAME</b> (gość),
 * DATE"), short and no link's; kept as the comment's first paragraph, as a
 * titled comment's is. A name read from a heading is no title (the
 * blocks' shape refuses a heading for a name). */
static tt_hnode *block_title(struct html *h, const struct tt_repeat_block *b)
{
	struct block_title s = {b->name, NULL, 0, 0, 0};
	if (!b->name)
		return NULL;
	tt_html_walk(b->block, block_title_enter, NULL, &s);
	if (!s.title || ihx_info(s.title)->textlen > 200 ||
	    (s.link ? !link_title(b, s.title)
	            : ihx_info(s.title)->linklen * 2 >= ihx_info(s.title)->textlen))
		return NULL;
	for (const tt_hnode *n = b->body; n; n = n == b->body_last ? NULL : n->next)
		if (n == s.title || ihx_inside(s.title, n))
			return NULL; /* read with the text already */
	/* A heading every block shows (a guest's help box over the name, found
	 * past it by the lines every block repeats) is the template's; known
	 * once, so that a page of such blocks is read in linear time. */
	char *t = tt_html_text(s.title);
	int same = (h->rep_heading && !strcmp(h->rep_heading, t)) ||
	           tt_html_repeat_in_every_block(&h->rep, t);
	if (same && !h->rep_heading)
		h->rep_heading = t, t = NULL;
	free(t);
	return same ? NULL : s.title;
}

/* ---- a block answering the block it links to --------------------------- */

struct anchor_walk {
	struct html *h;
	struct ihx_anchors *a;
	const tt_hnode *box;
	size_t i;
	int (*skip)(const struct html *h, const tt_hnode *n, const tt_hnode *box);
};

static int anchor_enter(tt_hnode *n, void *u)
{
	struct anchor_walk *w = u;
	if (n->type != TT_HNODE_ELEMENT || (n != w->box && w->skip(w->h, n, w->box)))
		return 0;
	const char *names[2] = {tt_html_attr(n, "id"),
	                        tt_html_is(n, "a") ? tt_html_attr(n, "name") : NULL};
	for (size_t k = 0; k < 2; k++) {
		if (!names[k] || !*names[k])
			continue;
		if (w->a->n == w->a->cap) {
			w->a->cap = w->a->cap ? 2 * w->a->cap : 64;
			w->a->v = tt_xrealloc(w->a->v, w->a->cap * sizeof *w->a->v);
		}
		w->a->v[w->a->n++] = (struct ihx_anchor){names[k], w->i};
	}
	return 1;
}

static int cmp_anchor(const void *a, const void *b)
{
	const struct ihx_anchor *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->box > y->box) - (x->box < y->box);
}

/* Every box's anchors, once, sorted by name (each node walked once: an
 * answer inside a box is skipped in its walk). */
void ihx_anchors_build(struct html *h, struct ihx_anchors *a, size_t nbox,
                       tt_hnode *(*box_at)(const struct html *h, size_t i),
                       int (*skip)(const struct html *h, const tt_hnode *n, const tt_hnode *box))
{
	if (a->built)
		return;
	struct anchor_walk w = {h, a, NULL, 0, skip};
	for (w.i = 0; w.i < nbox; w.i++) { /* (the walk passes its root by) */
		tt_hnode *box = box_at(h, w.i);
		w.box = box;
		if (anchor_enter(box, &w))
			tt_html_walk(box, anchor_enter, NULL, &w);
	}
	if (a->n)
		qsort(a->v, a->n, sizeof *a->v, cmp_anchor);
	a->built = 1;
}

size_t ihx_anchors_find(const struct ihx_anchors *a, const char *name, size_t none)
{
	size_t lo = 0, hi = a->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(a->v[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < a->n && !strcmp(a->v[lo].name, name) ? a->v[lo].box : none;
}

static tt_hnode *rep_block_at(const struct html *h, size_t i)
{
	return h->rep.v[i].block;
}

static int rep_answer(const struct html *h, const tt_hnode *n, const tt_hnode *box)
{
	(void)box;
	return tt_html_repeat_skip(n, (struct tt_repeat *)&h->rep); /* (read only) */
}

/* The first repeated block holding an anchor named name (an id, or a
 * link's name: "<a name=post5726099>"), or h->rep.n. */
static size_t anchor_block(struct html *h, const char *name)
{
	ihx_anchors_build(h, &h->rep_anchors, h->rep.n, rep_block_at, rep_answer);
	return ihx_anchors_find(&h->rep_anchors, name, h->rep.n);
}

/* A link to an anchor showing no words: a button (an image, "View Post"),
 * where a link of words ("<a href=#comment-58573>Sylvia_Plath</a>") names
 * whom the writer addresses, which the page need not nest. */
static int fragment_button(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	const char *frag = href ? strchr(href, '#') : NULL;
	return frag && frag[1] && !ihx_info(n)->textlen;
}

/* The comment of an earlier block that block k's text links to by a
 * button to its anchor, or by its quotation's title ("Originally Posted by NAME <a
 * href=showthread.php?p=5726099#post5726099><img alt="View Post"></a>", a
 * quotation's button to the post quoted, an anchor in that post's head): k
 * answers it. Only the text's first such button is asked. NULL when none. */
/* A link to an anchor in a quotation's box, words or none: the quotation's
 * title linking the post quoted ("<table class=citation>...<a
 * href=...#t9760188>jubjub a écrit :</a>", forum.hardware.fr). */
static int quotation_link(const tt_hnode *n, const void *arg)
{
	const char *href = tt_html_is(n, "a") ? tt_html_attr(n, "href") : NULL;
	const char *frag = href ? strchr(href, '#') : NULL;
	if (!frag || !frag[1])
		return 0;
	for (const tt_hnode *p = n->parent; p && p != arg; p = p->parent)
		if (tt_html_quotation_box(p))
			return 1;
	return 0;
}

static int fragment_or_quotation_link(const tt_hnode *n, const void *arg)
{
	return fragment_button(n, arg) || quotation_link(n, arg);
}

static tt_comment *linked_parent(struct html *h, size_t k)
{
	const struct tt_repeat_block *b = &h->rep.v[k];
	for (tt_hnode *n = b->body; n; n = n == b->body_last ? NULL : n->next) {
		tt_hnode *a = n->type == TT_HNODE_ELEMENT
		                  ? (fragment_or_quotation_link(n, b->block)
		                         ? n
		                         : tt_html_find(n, fragment_or_quotation_link, b->block))
		                  : NULL;
		if (!a)
			continue;
		size_t j = anchor_block(h, strchr(tt_html_attr(a, "href"), '#') + 1);
		return j < k && ihx_is_root(h->rep.v[j].block) ? ihx_info(h->rep.v[j].block)->c
		                                               : NULL;
	}
	return NULL;
}

/* The first box of block b's text, or inside it, that pred holds for. */
static tt_hnode *body_find(const struct tt_repeat_block *b,
                           int (*pred)(const tt_hnode *, const void *))
{
	tt_hnode *found = NULL;
	for (tt_hnode *n = b->body; n && !found; n = n == b->body_last ? NULL : n->next)
		if (n->type == TT_HNODE_ELEMENT)
			found = pred(n, NULL) ? n : tt_html_find(n, pred, NULL);
	return found;
}

/* Block j's comment, NULL when the block was left out. */
static tt_comment *block_comment(const struct html *h, size_t j)
{
	return ihx_is_root(h->rep.v[j].block) ? ihx_info(h->rep.v[j].block)->c : NULL;
}

static int dated_quotation_title(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_dated_quotation_title(n);
}

/* The block a block's quotation names by its title's writer ("Seaside3 ·
 * 03/03/2026 20:20" over the quoted words, Mumsnet's): that writer's last
 * block before it, names compared without case; NULL when none. */
static tt_comment *titled_quotation_parent(struct html *h, size_t k)
{
	tt_hnode *title = body_find(&h->rep.v[k], dated_quotation_title);
	if (!title)
		return NULL;
	const tt_hnode *last = title->last;
	while (last && last->type != TT_HNODE_ELEMENT)
		last = last->prev; /* (the time's box; dated_quotation_title saw it last) */
	char *name = tt_html_text(title), *when = tt_html_text(last);
	size_t l = strlen(name), w = strlen(when);
	if (w < l && !strcmp(name + l - w, when))
		name[l - w] = '\0';
	ihx_cut_end_mark(name);
	tt_comment *p = NULL;
	for (size_t j = k; *name && j > 0 && !p; j--) {
		tt_comment *c = block_comment(h, j - 1);
		if (c && c->author && !strcasecmp(c->author, name))
			p = c;
	}
	free(name), free(when);
	return p;
}

static int quotation_box(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_quotation(n);
}

/* The block block k's first quotation names in its title (tt_textline_said_by):
 * that writer's last block before it; NULL when none. */
static tt_comment *said_quotation_parent(struct html *h, size_t k)
{
	tt_hnode *q = body_find(&h->rep.v[k], quotation_box);
	char *line = q ? tt_html_first_line(q) : NULL;
	size_t hl = line ? tt_textline_said_head(line, strlen(line)) : 0;
	tt_comment *p = NULL;
	for (size_t j = k; hl && j > 0 && !p; j--) {
		tt_comment *c = block_comment(h, j - 1);
		if (c && tt_textline_said_by(line, hl, c->author, c->posted))
			p = c;
	}
	free(line);
	return p;
}

/* The walk of text_quote: the blockquote met, and words outside it (before
 * it, apart). */
struct text_quote {
	struct html *h;
	tt_hnode *q;
	int out, before;
};

static int text_quote_enter(tt_hnode *n, void *u)
{
	struct text_quote *s = u;
	if (n->type == TT_HNODE_TEXT) {
		int words = ihx_info(n->parent)->textlen && tt_html_holds_words(n);
		if (s->q)
			s->out |= words;
		else
			s->before |= words;
		return 0;
	}
	if (n->type != TT_HNODE_ELEMENT || !ihx_info(n)->textlen || repeat_text_skip(n, s->h))
		return 0;
	if (tt_html_is(n, "blockquote")) {
		s->out |= s->q != NULL; /* two: a quotation and its answer, or two */
		s->q = n;
		return 0;
	}
	return 1;
}

/* The blockquote holding every word of block b's text, NULL when none or
 * when words stand beside it; with *before (when not NULL) 1 when words
 * stand before it alone, and it is returned. */
static tt_hnode *text_quote(struct html *h, const struct tt_repeat_block *b, int *before)
{
	struct text_quote s = {h, NULL, 0, 0};
	for (tt_hnode *n = b->body; n && !s.out; n = n == b->body_last ? NULL : n->next)
		if (text_quote_enter(n, &s)) /* (the walk passes its root by) */
			tt_html_walk(n, text_quote_enter, NULL, &s);
	if (before)
		*before = s.before && !s.out && s.q;
	return s.out || (s.before && !before) ? NULL : s.q;
}

/* Whether the run's blocks write their text in a blockquote of its own
 * (vBulletin 4's "blockquote.postcontent", whatever its class is called):
 * three blocks or more, and three in four of those with words. Someone
 * else's words are quoted in some posts, beside the writer's answer; a
 * box every post's words are written in is the template's. */
static int run_quoted(struct html *h)
{
	if (!h->rep_quoted) {
		size_t worded = 0, quoted = 0;
		for (size_t k = 0; k < h->rep.n; k++) {
			const struct tt_repeat_block *b = &h->rep.v[k];
			worded += b->body && ihx_info(b->block)->textlen;
			int before;
			quoted += text_quote(h, b, &before) != NULL;
		}
		h->rep_quoted = quoted >= 3 && quoted * 4 >= worded * 3 ? 1 : -1;
	}
	return h->rep_quoted > 0;
}

/* A line quoted by typing ">" before it and marked so by the markup, in a
 * box of its own colour (an image board's "<font color=789922>&gt;words
 * </font>", Futaba's): ">" and more, not ">>" (a post's number answered). */
static int marked_quote_line(const tt_hnode *t)
{
	const char *s = t->type == TT_HNODE_TEXT && t->content ? t->content : "";
	s += strspn(s, " \t\r\n");
	return s[0] == '>' && s[1] && s[1] != '>' && t->parent && t == t->parent->children &&
	       (tt_html_is(t->parent, "font") || tt_html_is(t->parent, "span"));
}

static int first_worded_enter(tt_hnode *n, void *u)
{
	const tt_hnode **t = u;
	if (!*t && n->type == TT_HNODE_TEXT && tt_html_holds_words(n))
		*t = n;
	return !*t;
}

static int marked_quote_enter(tt_hnode *n, void *u)
{
	int *found = u;
	*found |= marked_quote_line(n);
	return !*found;
}

/* Whether a comment's own words (its lines quoting none) hold want. */
static int own_words_hold(const tt_comment *c, const char *want)
{
	for (size_t i = 0; i < c->body.n; i++)
		for (const char *l = c->body.v[i]; l; l = strchr(l, '\n'), l = l ? l + 1 : NULL) {
			const char *e = strchr(l, '\n'), *at = strstr(l, want);
			if (l[0] != '>' && at && (!e || at < e))
				return 1;
		}
	return 0;
}

/* The block whose words block k's text opens by quoting, typed and marked
 * (marked_quote_line: naming no post nor writer), in a run
 * whose blocks write their text in a blockquote (run_quoted): the latest
 * earlier block holding those words as its own. NULL when none does
 * (words of the thread's opening post, or of no post shown). */
static tt_comment *typed_quote_parent(struct html *h, size_t k)
{
	const struct tt_repeat_block *b = &h->rep.v[k];
	int before;
	tt_hnode *own = run_quoted(h) ? text_quote(h, b, &before) : NULL;
	const tt_hnode *t = NULL;
	if (own)
		tt_html_walk(own, first_worded_enter, NULL, &t);
	char *line = t && marked_quote_line(t) ? tt_html_repeat_text(t) : NULL;
	tt_comment *p = NULL;
	if (line && strlen(line) >= 4)
		for (size_t j = k; j > 0 && !p; j--) {
			tt_comment *c = block_comment(h, j - 1);
			if (c && own_words_hold(c, line + 1 + (line[1] == ' ')))
				p = c;
		}
	free(line);
	return p;
}

/* Whether block b is an advertisement's slot dressed as a post: no text
 * box of its own, a script in it (forum.hardware.fr's "Publicité" posts,
 * "GA_googleFillSlot(...)"): no one's post. */
static int ad_slot(const struct tt_repeat_block *b)
{
	return !b->body && tt_html_find_tag(b->block, "script") != NULL;
}

static void repeat_comment(struct html *h, size_t k)
{
	const struct tt_repeat_block *b = &h->rep.v[k];
	if (!ihx_is_root(b->block)) /* left out as a sidebar's */
		return;
	if (ad_slot(b)) {
		ihx_info(b->block)->root = 0;
		return;
	}
	tt_comment *parent = ihx_toggle_parent(b->block);
	if (!parent)
		parent = ihx_parent_of(b->block);
	if (!parent)
		parent = numbered_parent(h, k);
	if (!parent)
		parent = ihx_repeat_parent(h, b->block, b->name, b->body);
	if (!parent)
		parent = linked_parent(h, k);
	if (!parent)
		parent = titled_quotation_parent(h, k);
	if (!parent)
		parent = said_quotation_parent(h, k);
	if (!parent)
		parent = typed_quote_parent(h, k);
	tt_comment *c = tt_thread_add_comment(h->t, parent);
	ihx_info(b->block)->c = c;
	c->line = tt_html_line(b->block);
	char *name = b->named ? tt_xstrdup(b->named) : b->name ? tt_html_text(b->name) : NULL;
	if (name)
		ihx_drop_label(name), ihx_cut_end_mark(name);
	c->author = ihx_arena(h, name);
	free(name);
	ihx_set_time(h, &c->posted, &c->time, b->time, repeat_time_attr(b));
	unsigned *lines = NULL;
	size_t nlines = 0;
	tt_hnode *title = block_title(h, b);
	if (title) {
		char *t = tt_html_text(title);
		tt_strv_push(h->t, &c->body, tt_thread_strdup(h->t, t, strlen(t)));
		free(t);
		lines = tt_xrealloc(lines, sizeof *lines);
		lines[nlines++] = tt_html_line(title);
	}
	/* (in a run whose blocks write their text in a blockquote, the words
	 * a block shows before its own are the header's: a picture's file
	 * name and size, Futaba's "1267227013425.jpg-(42479 B) サムネ表示";
	 * the blockquote alone is read) */
	int before = 0;
	tt_hnode *answer = NULL, *own = run_quoted(h) ? text_quote(h, b, &before) : NULL;
	for (tt_hnode *n = before ? own : b->body; n;
	     n = n == b->body_last || before ? NULL : n->next) {
		char *loose = n->type == TT_HNODE_TEXT ? tt_html_repeat_text(n) : NULL;
		if (!answer && ihx_signed_answer(n, b->body)) {
			answer = n; /* (a signed answer after the text: read under it) */
		} else if (loose) { /* text loose in the block, beside the name */
			tt_strv_push(h->t, &c->body, tt_thread_strdup(h->t, loose, strlen(loose)));
			lines = tt_xrealloc(lines, (nlines + 1) * sizeof *lines);
			lines[nlines++] = tt_html_line(n);
		} else if (n->type == TT_HNODE_ELEMENT && !repeat_text_skip(n, h)) {
			tt_html_paragraphs_own(h->t, n, own, repeat_text_skip, h, &c->body, &lines,
			                       &nlines);
		}
		free(loose);
	}
	int marked = 0;
	if (own)
		tt_html_walk(own, marked_quote_enter, NULL, &marked);
	if (marked)
		ihx_typed_quotes(h, &c->body);
	ihx_explain_comment(h, c, b->block, lines);
	free(lines);
	if (answer)
		ihx_read_answer(h, c, answer);
}

/* While the repeated blocks are looked for: the comments numbered as
 * WordPress numbers them met before the first block. */
struct lone_state {
	struct html *h;
	tt_hnode *found[8];
	size_t n;
	int past; /* a block was met: later boxes are its kin or its answers */
};

static int lone_enter(tt_hnode *n, void *u)
{
	struct lone_state *s = u;
	if (s->past || n->type != TT_HNODE_ELEMENT || ihx_is_root(n)) {
		s->past = s->past || ihx_is_root(n);
		return 0;
	}
	const char *id = tt_html_attr(n, "id"), *cls = tt_html_attr(n, "class");
	if (id && !strncmp(id, "comment-", 8) && id[8] &&
	    strspn(id + 8, "0123456789") == strlen(id + 8) && cls && strcasestr(cls, "comment") &&
	    ihx_info(n)->textlen && s->n < 8) {
		s->found[s->n++] = n;
		return 0;
	}
	return 1;
}

/* Where the repeated blocks carry the comments (a question's answers, DW
 * Question & Answer's), a comment on the question alone in its list before
 * them ("div.dwqa-comment#comment-138", numbered as WordPress numbers every
 * comment) is no run and so was never one of them: a box numbered
 * "comment-N" and named a comment, before the first block and outside every
 * block, is read as a comment of its own, first. */
static void lone_numbered_comments(struct html *h, tt_hnode *top)
{
	if (!h->rep.n)
		return;
	struct lone_state s = {.h = h};
	tt_html_walk(top, lone_enter, NULL, &s);
	for (size_t i = 0; i < s.n && s.past; i++) {
		ihx_info(s.found[i])->root = 1;
		ihx_read_comment(h, s.found[i]);
	}
}

/* 1 when a box of n, however deep, shows nothing but title (a text of 12
 * bytes or more): its own text equal to it, or to the part of it before a
 * site's name ("TITLE | SITE", "TITLE - SITE"). A link is no such box. */
/* Whether p opens with what separates a page's title from the names after
 * it: " | ", " - ", " — ", " › " (Inyoka's "TOPIC › FORUM › SITE"), " » ",
 * " · ". */
static int title_sep(const char *p)
{
	static const char *const seps[] = {
	    " | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\xBA ", " \xC2\xBB ", " \xC2\xB7 "};
	for (size_t i = 0; i < sizeof seps / sizeof *seps; i++)
		if (!strncmp(p, seps[i], strlen(seps[i])))
			return 1;
	return 0;
}

static int shows_title(tt_hnode *n, const char *title)
{
	for (tt_hnode *c = n->children; c; c = c->next) {
		if (c->type != TT_HNODE_ELEMENT || !ihx_info(c)->textlen)
			continue;
		int yes = 0;
		/* (a bigger box may hold it deeper; a link named by the title
		 * refers to the page, "En réponse à : TITLE", it shows none) */
		if (ihx_info(c)->textlen <= 300 && !tt_html_is(c, "a")) {
			char *t = tt_html_text(c);
			size_t l = strlen(t);
			yes =
			    l >= 12 && !strncmp(title, t, l) && (!title[l] || title_sep(title + l));
			free(t);
		}
		if (yes || shows_title(c, title))
			return 1;
	}
	return 0;
}

/* The first of two repeated blocks or more, or of a data region's records
 * (html_records); NULL when there are fewer. */
static tt_hnode *first_repeated(const struct html *h)
{
	return h->rep.n >= 2 ? h->rep.v[0].block : ihx_records_first(h);
}

/* The first of the repeated blocks (or of the boxes the page names
 * comments) that shows the page's title in a box of its own is the
 * thread's opening post, the topic (Kaskus' first post, over its answers
 * of the same shape; vBulletin 4's, its h2 the thread's title, whatever
 * its classes): a comment shows its own words, not the page's heading. It
 * is left out of the comments, so the article and the count it holds ("2
 * Balasan") are read from it. */
static tt_hnode *first_named_root(const struct html *h);

/* Whether a page's title names a page of its thread past the first
 * ("- Page 3", "Seite 34", "página 2", "страница 5", "第2页"): the thread's
 * opening post is on the first, so no block of this one is. */
static int later_page(const char *title)
{
	static const char *const words[] = {"page",     "seite",  "p\xC3\xA1gina", "pagina",
	                                    "strona",   "sayfa",  "sivu",           "str\xC3\xA1nka",
	                                    "\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x86\xD0\xB0"};
	for (const char *p = title; *p; p++) {
		if (p > title && (isalnum((unsigned char)p[-1]) || (unsigned char)p[-1] >= 0x80))
			continue;
		for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
			size_t l = strlen(words[i]);
			const char *n = p + l;
			if (strncasecmp(p, words[i], l) != 0)
				continue;
			n += strspn(n, " :.\xC2\xA0");
			if (isdigit((unsigned char)*n) && strtol(n, NULL, 10) >= 2)
				return 1;
		}
		/* 第2页, 第2頁 */
		if (!strncmp(p, "\xE7\xAC\xAC", 3) && isdigit((unsigned char)p[3])) {
			char *e;
			long k = strtol(p + 3, &e, 10);
			if (k >= 2 && (!strncmp(e, "\xE9\xA1\xB5", 3) || !strncmp(e, "\xE9\xA0\x81", 3)))
				return 1;
		}
	}
	return 0;
}

static void topic_block(struct html *h, tt_hnode *top)
{
	tt_hnode *first = first_repeated(h), *named = first ? NULL : first_named_root(h);
	if (named) /* (or of the boxes the page names comments: schema.org's) */
		first = named;
	tt_hnode *tn = first ? tt_html_find_tag(top, "title") : NULL;
	char *title = tn ? tt_html_text(tn) : NULL;
	if (first && title && strlen(title) >= 12 && !h->later_page && shows_title(first, title)) {
		ihx_info(first)->root = 0;
		if (named)
			memmove(h->roots, h->roots + 1, --h->nroots * sizeof *h->roots), h->opening = first;
	}
	free(title);
}

/* The first of the repeated blocks whose text opens with the words of
 * the posting the page's JSON-LD describes (Invision's
 * DiscussionForumPosting, its "text" the opening post's) is that post,
 * the topic: left out of the comments, as topic_block's. */
/* A box whose words open with the JSON-LD posting's. */
static int posting_words(const tt_hnode *n, const void *arg)
{
	if (n->type != TT_HNODE_ELEMENT || !ihx_info(n)->textlen || ihx_info(n)->textlen > 65536)
		return 0;
	char *t = tt_html_text((tt_hnode *)n);
	int yes = ihx_ld_posting_opens(arg, t);
	free(t);
	return yes;
}

static void ld_topic_block(struct html *h)
{
	/* (or the first of the boxes the page names alike, its words in a box
	 * of their own: GameFAQs' first message, the posting's articleBody) */
	tt_hnode *named = !h->rep.n ? first_named_root(h) : NULL;
	if (named && ihx_info(named)->root && tt_html_find(named, posting_words, h)) {
		ihx_info(named)->root = 0;
		memmove(h->roots, h->roots + 1, --h->nroots * sizeof *h->roots);
		h->opening = named;
		return;
	}
	const struct tt_repeat_block *b = h->rep.n >= 2 ? &h->rep.v[0] : NULL;
	if (!b || !b->body || !ihx_info(b->block)->root)
		return;
	char *t = tt_html_text(b->body);
	if (ihx_ld_posting_opens(h, t))
		ihx_info(b->block)->root = 0;
	free(t);
}

/* A heading (h1 to h3) showing the page's title, whole or before the
 * site's name after a separator ("TOPIC_FORUM_SITE", "TOPIC | SITE"); or
 * a heading or a box the page names a title showing the title's first
 * words, many, the title going on with more of them (the forum's name:
 * "[Blabla] Le cadeau de l'ange" in div.titleMessagesUsers, the title
 * "... sur le forum Genshin Impact - DATE", jeuxvideo.com). A box named a
 * title that shows the whole title may be a question's over its answers
 * (Quora's div.QuestionTitle): only a heading's counts so. */
static int title_heading(const tt_hnode *n, const void *title)
{
	const char *t = title, *cls = tt_html_attr(n, "class");
	int heading = tt_html_is(n, "h1") || tt_html_is(n, "h2") || tt_html_is(n, "h3");
	if (!(heading || (cls && strcasestr(cls, "title") && !tt_html_is(n, "a"))) ||
	    !ihx_info(n)->textlen || ihx_info(n)->textlen > 300)
		return 0;
	char *s = tt_html_text((tt_hnode *)n);
	size_t l = strlen(s);
	int yes = l >= 6 && !strncmp(t, s, l) &&
	          ((heading && (!t[l] || t[l] == '_' || title_sep(t + l))) ||
	           (l >= 20 && t[l] == ' ' && isalnum((unsigned char)t[l + 1])));
	free(s);
	return yes;
}

/* Bytes of text a box may hold besides a title heading, its buttons
 * ("只看楼主 收藏 回复") and status lines (Inyoka's pages, "Status: Gelöst |
 * Ubuntu-Version: …", 211 bytes), and still be the thread's heading box. */
#define HEADING_BOX_EXTRA 256

/* prose_enter's state: the heading left out, and whether a sentence was seen. */
struct prose_state {
	const tt_hnode *heading;
	int seen;
};

/* A text of 40 bytes or more closing a sentence (".", "!", "?", "。") or
 * running six words or more (a lede written without its full stop): prose,
 * not a button's words ("只看楼主 收藏 回复", each a link of its own). */
static int prose_enter(tt_hnode *n, void *u)
{
	struct prose_state *s = u;
	if (n == s->heading || s->seen)
		return 0;
	if (n->type != TT_HNODE_TEXT || !n->content)
		return 1;
	const char *t = n->content;
	size_t l = strlen(t);
	while (l && isspace((unsigned char)t[l - 1]))
		l--;
	size_t words = 0;
	for (size_t i = 0; i < l; i++)
		words += t[i] == ' ' && i && t[i - 1] != ' ';
	s->seen = l >= 40 && (strchr(".!?", t[l - 1]) ||
	                      (l >= 3 && !memcmp(t + l - 3, "\xE3\x80\x82", 3)) || words >= 5);
	return 0;
}

/* 1 when box, its heading left out, shows an article's sentences: the
 * heading is then an article's over its lede, not a forum thread's over its
 * buttons, even where the page's <title> is that heading's words. */
static int prose_beside(tt_hnode *box, const tt_hnode *heading)
{
	struct prose_state s = {heading, 0};
	if (box == heading)
		return 0;
	if (box->type == TT_HNODE_TEXT)
		return prose_enter(box, &s), s.seen;
	tt_html_walk(box, prose_enter, NULL, &s);
	return s.seen;
}

/* The blocks' box (or the first block itself, or the box around the
 * blocks' box) follows a box holding the
 * page's title as a heading, with no other text between them: a forum
 * thread, whose first post is the topic (Baidu Tieba's h3.core_title_txt
 * over div.l_post of "1楼"), not a comment under an article. */
static int titled_thread(tt_hnode *first, const char *title)
{
	/* (up to the box around the blocks' box: a form holding the list of
	 * posts to tick, XenForo 1's, is no heading's sibling) */
	const tt_hnode *stop = first->parent->parent;
	if (stop && tt_html_is(stop, "form"))
		stop = stop->parent;
	/* (rows of a table: the box around it, past the body the parser gave it) */
	if (stop && tt_html_is(first, "tr") && tt_html_is(stop, "table"))
		stop = stop->parent;
	for (tt_hnode *box = first; box && box->type == TT_HNODE_ELEMENT && box != stop;
	     box = box->parent)
		for (tt_hnode *p = box->prev; p; p = p->prev) {
			if (p->type != TT_HNODE_ELEMENT || !ihx_info(p)->textlen)
				continue;
			/* the heading itself a sibling of the blocks (MacTechNews'
			 * h2.Title, then div.MtnComment), or inside one (Tieba's) */
			tt_hnode *hd =
			    title_heading(p, title) ? p : tt_html_find(p, title_heading, title);
			if (hd)
				return ihx_info(p)->textlen <=
				           ihx_info(hd)->textlen + HEADING_BOX_EXTRA &&
				       !prose_beside(p, hd);
			if (ihx_info(p)->textlen > HEADING_BOX_EXTRA || prose_beside(p, NULL))
				return 0;
		}
	return 0;
}

/* The nearest element around n that opens a microdata item (itemscope). */
static const tt_hnode *item_of(const tt_hnode *n)
{
	for (n = n->parent; n && n->type == TT_HNODE_ELEMENT; n = n->parent)
		if (tt_html_attr(n, "itemscope"))
			return n;
	return NULL;
}

static int question_item(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *type = tt_html_attr(n, "itemtype");
	return type && strcasestr(type, "schema.org/Question") && tt_html_attr(n, "itemscope");
}

static int item_text(const tt_hnode *n, const void *item)
{
	return tt_html_has_token(n, "itemprop", "text") && item_of(n) == item;
}

/* The text of the page's schema.org Question, its own itemprop "text" (not
 * an answer's inside it: paradisi.de's p[itemprop=text] of article.frage),
 * or NULL: the question is the article, its answers the comments. */
static tt_hnode *question_text(tt_hnode *top)
{
	tt_hnode *q = tt_html_find(top, question_item, NULL);
	return q ? tt_html_find(q, item_text, q) : NULL;
}

/* A box schema.org marks an answer to the page's question (paradisi.de's
 * article[itemprop=suggestedAnswer]): never the question itself, whatever
 * title it shows. */
static int schema_answer(const tt_hnode *n)
{
	const char *type = tt_html_attr(n, "itemtype");
	return (type && strcasestr(type, "schema.org/Answer")) ||
	       tt_html_has_token(n, "itemprop", "suggestedAnswer") ||
	       tt_html_has_token(n, "itemprop", "acceptedAnswer");
}

/* The first of the comment boxes a page names (h->roots, in the page's
 * order) when no repeated blocks were searched, else NULL; a known
 * forum's posts are left to its reader, whose opening post is the article. */
static tt_hnode *first_named_root(const struct html *h)
{
	return !h->rep.n && !h->records && h->nroots >= 2 && !ihx_forum_post(h->roots[0]) &&
	               !schema_answer(h->roots[0])
	           ? h->roots[0]
	           : NULL;
}

/* The first of the repeated blocks, or of the boxes the page names
 * comments, right under the thread's title heading is the topic
 * (titled_thread): left out of the comments, as topic_block's. A forum's
 * posts named alike (MacTechNews' div.MtnComment, the question first
 * under the thread's h2) are read so as its repeated blocks are. */
static void thread_topic(struct html *h, tt_hnode *top)
{
	tt_hnode *named = first_named_root(h);
	tt_hnode *first = named ? named : first_repeated(h);
	tt_hnode *tn = first && ihx_is_root(first) ? tt_html_find_tag(top, "title") : NULL;
	char *title = tn ? tt_html_text(tn) : NULL;
	if (title && !later_page(title) && titled_thread(first, title)) {
		ihx_info(first)->root = 0;
		if (named)
			memmove(h->roots, h->roots + 1, --h->nroots * sizeof *h->roots), h->opening = first;
	}
	free(title);
}

/* A comment read from a pair of boxes (a header, then its text beside it):
 * the text's box is the comment's too, never the article's. */
static void pair_body_no_article(const struct tt_repeat_block *b)
{
	if (b->body && b->body == b->body_last && b->body->parent == b->block->parent &&
	    b->body != b->block && ihx_info(b->body))
		ihx_info(b->body)->root = 1;
}

/* Where no run of blocks shows times, blocks that each show a name and
 * words and no time (Disqus written into the page without its times) are
 * the comments. */
static int untimed_blocks(struct html *h, tt_hnode *top)
{
	tt_html_repeat_free(&h->rep);
	return tt_html_repeat_find_untimed(top, &h->rep) != 0;
}

/* The comment after c in the page's order, before the thread is finished. */
static tt_comment *next_comment(tt_comment *c)
{
	if (c->first_child)
		return c->first_child;
	for (; c; c = c->parent)
		if (c->next_sibling)
			return c->next_sibling;
	return NULL;
}

static int guest_marked(const char *a)
{
	return a && a[0] == '~' && (isalnum((unsigned char)a[1]) || (unsigned char)a[1] >= 0x80);
}

/* A mark some names bear and others not ("~trix" beside "dal_jfp",
 * Onet's guests beside its members): it tells guests from members, no part
 * of a name. Where every name bears it, it is how the page writes names
 * (Interia's "~Stanisława"), kept as shown. */
static void guest_marks(tt_thread *t)
{
	size_t marked = 0, plain = 0;
	for (tt_comment *c = t->first; c; c = next_comment(c))
		if (c->author && c->author[0])
			guest_marked(c->author) ? marked++ : plain++;
	if (!marked || !plain)
		return;
	for (tt_comment *c = t->first; c; c = next_comment(c))
		if (guest_marked(c->author))
			c->author++;
}

/* Invisible marks taken out of every name ("FrozenCanad<U+200B>ian"): a
 * zero-width space some sites write into long names so that a narrow box
 * may break them, a word joiner or a byte-order mark; the name shown has
 * none, and the same name written without one is the same writer. */
static void invisible_marks(tt_thread *t)
{
	for (tt_comment *c = t->first; c; c = next_comment(c)) {
		const char *a = c->author;
		size_t k = 0;
		while (a && a[k] && !tt_html_invisible(a + k))
			k++;
		if (!a || !a[k])
			continue;
		char *clean = tt_xstrdup(a), *w = clean;
		for (const char *p = a; *p;)
			if (tt_html_invisible(p))
				p += tt_html_invisible(p);
			else
				*w++ = *p++;
		*w = '\0';
		c->author = *clean ? tt_thread_strdup(t, clean, strlen(clean)) : NULL;
		free(clean);
	}
}

/* The name an answer's text opens by naming, "@NAME" then a colon, after
 * at most two short words ("回复@NAME：", Weibo's; "@NAME:"; "Reply to
 * @NAME:"): its length, the name at *at; 0 when the text opens otherwise. */
static size_t named_answer(const char *t, const char **at)
{
	const char *s = t;
	int words = 0;
	while (*s && *s != '@' && s - t <= 24) {
		if (*s == ' ' && ++words > 2)
			return 0;
		s++;
	}
	if (*s != '@' || (s > t && s[-1] != ' ' && (unsigned char)s[-1] < 0x80))
		return 0;
	size_t l = 0;
	for (s++; s[l] && s[l] != ' ' && s[l] != ':' && l <= 60; l++)
		if (!strncmp(s + l, "\xEF\xBC\x9A", 3)) /* ： */
			break;
	if (!l || l > 60 || (s[l] != ':' && strncmp(s + l, "\xEF\xBC\x9A", 3)))
		return 0;
	*at = s;
	return l;
}

static int wrote(const tt_comment *c, const char *name, size_t l)
{
	return c->author && !strncmp(c->author, name, l) && !c->author[l];
}

/* The comment of c's conversation (its top-level comment and the replies
 * under it, v[top..end) in the page's order, c at v[k]) that c's text
 * names the writer of, listed after c, none by that writer before it: the
 * conversation is listed newest first, the answer before what it answers
 * (named before it, the page's own nesting stands: Stack Exchange's and
 * WordPress's flat "@NAME:" answers). Among the nearest thousand, which
 * bounds the cost. */
static tt_comment *named_in_conversation(tt_comment **v, size_t top, size_t end, size_t k)
{
	const char *name;
	size_t l = v[k]->body.n ? named_answer(v[k]->body.v[0], &name) : 0;
	if (!l)
		return NULL;
	for (size_t i = k; i > top && k - i < 1000; i--)
		if (wrote(v[i - 1], name, l))
			return NULL;
	for (size_t i = k + 1 + v[k]->subtree; i < end && i - k < 1000; i++)
		if (wrote(v[i], name, l))
			return v[i];
	return NULL;
}

/* A reply whose text opens by naming a writer of its conversation
 * ("回复@NAME：", "@NAME:") listed after it answers that writer's comment
 * (Sina's conversations, newest first, list an answer before the comment
 * it answers): it goes under that comment. */
static void named_answers(tt_thread *t)
{
	size_t n = 0, cap = 0;
	tt_comment **v = NULL;
	for (tt_comment *c = t->first; c; c = next_comment(c)) {
		if (n == cap)
			v = tt_xrealloc(v, (cap = cap ? 2 * cap : 64) * sizeof *v);
		c->subtree = 0, c->index = (unsigned)n;
		v[n++] = c;
	}
	for (size_t i = n; i-- > 0;)
		if (v[i]->parent)
			v[i]->parent->subtree += v[i]->subtree + 1;
	tt_comment **to = tt_xcalloc(n ? n : 1, sizeof *to);
	for (size_t top = 0, end; top < n; top = end) {
		end = top + 1 + v[top]->subtree;
		for (size_t k = top + 1; k < end; k++)
			to[k] = named_in_conversation(v, top, end, k);
	}
	for (size_t k = 0; k < n; k++)
		if (to[k] && to[k] != v[k]->parent)
			tt_thread_move_comment(t, v[k], NULL, to[k]);
	free(to);
	free(v);
}

/* A schema.org Question's commentCount counts the comments on the
 * question; where the comments read are its answers (their boxes
 * itemprop=answer or of type Answer, Zhihu's "查看全部 56 个回答"), its
 * answerCount is the count the page states. */
static void question_answers(struct html *h)
{
	if (!h->answer_count || h->stated_rank != 0 || !h->nroots)
		return;
	const tt_hnode *r = h->roots[0];
	const char *type = tt_html_attr(r, "itemtype");
	size_t l = type ? strlen(type) : 0;
	if (tt_html_has_token(r, "itemprop", "answer") ||
	    (l >= 7 && !strcmp(type + l - 7, "/Answer")))
		h->stated = h->answer_count - 1;
}

static void read_page(struct html *h, tt_hnode *top)
{
	int in_link = 0;
	tt_html_walk(top, ihx_measure_enter, ihx_measure_leave, &in_link);
	tt_hnode *body = tt_html_find_tag(top, "body");
	h->bodytext = ihx_info(body ? body : top)->textlen;
	ihx_adopt_headers(h, top);
	ihx_adopt_signatures(h, top);
	tt_html_walk(top, ihx_roots_enter, NULL, h);
	ihx_adopt_wrapped_headers(h);
	if (h->nroots)
		ihx_posts_around_comments(h);
	struct area_state area = {h, 0, 0};
	if (!h->nroots) {
		tt_html_walk(top, ihx_area_enter, ihx_area_leave, &area);
		h->generic = area.done;
	}
	if (!h->nroots && (tt_html_repeat_find(top, &h->rep) || untimed_blocks(h, top)))
		for (size_t i = 0; i < h->rep.n; i++) {
			ihx_mark_root(h, h->rep.v[i].block);
			pair_body_no_article(&h->rep.v[i]);
		}
	if (!h->nroots)
		ihx_records_find(h, top);
	tt_hnode *tn = tt_html_find_tag(top, "title");
	char *title = tn ? tt_html_text(tn) : NULL;
	h->later_page = title && later_page(title);
	free(title);
	/* (records running newest first hold their opening post last) */
	if (!ihx_records_newest_first(h)) {
		topic_block(h, top);
		thread_topic(h, top);
	}
	tt_hnode *q = tt_html_find_class(top, "question");
	h->se = q && tt_html_find_class(top, "post-signature");
	tt_html_walk(top, ihx_meta_enter, NULL, h);
	question_answers(h);
	ihx_ld_article(h);
	ld_topic_block(h);
	tt_hnode *qbody = h->se ? tt_html_find(q, ihx_is_post_body, NULL) : NULL;
	h->forum = ihx_forum_name(h);
	tt_hnode *topic = h->forum ? tt_html_find(top, ihx_topic_title, NULL) : NULL;
	if (topic) {
		free(h->h1);
		h->h1 = tt_html_text(topic);
		h->h1_strong = 1;
	}
	tt_hnode *post = tt_html_find_tag(top, "shreddit-post"), *old = NULL;
	if (!qbody && !h->forum)
		qbody = question_text(top);
	if (qbody) /* the question is the article, whatever else scores */
		ihx_article_from(h, qbody);
	else if (post)
		ihx_reddit_post(h, post);
	else if ((old = tt_html_find(top, ihx_old_reddit_post, NULL)))
		ihx_read_old_reddit_post(h, old);
	else if (h->opening) /* its words, writer and time, however short ("SPLIT") */
		ihx_read_comment(h, h->opening);
	if (!h->forum && !qbody && !post && !old && !h->t->article.body.n && !ihx_records_topic(h))
		/* (a forum's opening post is the article, and so is the records') */
		ihx_read_article(h, top);
	if (!h->forum && !h->se && !h->rep.n && !h->records)
		ihx_nested_answers(h);
	drop_sidebar_roots(h);
	ihx_drop_lone_card(h);
	lone_numbered_comments(h, top);
	for (size_t i = 0; i < h->rep.n; i++)
		repeat_comment(h, i);
	for (size_t i = 0; i < h->nroots && !h->rep.n && !h->records; i++)
		ihx_read_comment(h, h->roots[i]);
	ihx_records_read(h);
	ihx_settle_copies(h);
	ihx_count_before_comments(h);
	ihx_page_slots(h, top);
	h->layout = name_layout(h);
	if (!h->t->ncomments && ihx_ld_comments(h))
		h->layout = "JSON-LD comments";
}

/* Stack Exchange: the question's owner and time are the article's. */
static void se_question(struct html *h, tt_hnode *top)
{
	tt_hnode *q = tt_html_find_class(top, "question");
	struct fields f = {.h = h, .root = q};
	tt_html_walk(q, ihx_fields_enter, NULL, &f);
	char *author = NULL, *when = NULL;
	const char *attr = NULL;
	if (f.sig)
		ihx_se_author_time(&f, &author, &when, &attr);
	free(when);
	if (author && *author) {
		free(h->author);
		h->author = author;
	} else {
		free(author);
	}
	if (attr) {
		free(h->published);
		h->published = tt_xstrdup(attr);
	}
	h->stated = -1; /* the page counts answers, not answers and comments */
}

/* Whether charset names a single-byte encoding (Windows code pages, ISO
 * 8859, KOI8, the DOS and Mac code pages, ASCII). */
static int single_byte_charset(const char *cs)
{
	static const char *const prefix[] = {"windows-", "cp",  "iso-8859-", "iso8859-", "koi8",
	                                     "latin",    "ibm", "mac",       "us-ascii", "ascii"};
	for (size_t i = 0; i < sizeof prefix / sizeof *prefix; i++)
		if (!strncasecmp(cs, prefix[i], strlen(prefix[i])))
			return strncasecmp(cs, "cp9", 3) != 0; /* cp932, cp936, cp949, cp950: CJK */
	return 0;
}

/* Whether buf is valid UTF-8 and holds at least one multi-byte sequence:
 * text in a single-byte charset almost never is (a Cyrillic or accented
 * letter would have to be followed by exactly the right continuation
 * bytes every time), so such a page was saved as UTF-8 whatever it
 * declares (a "Save page" that re-encodes but keeps the <meta>). */
static int utf8_multibyte(const char *buf, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)buf[i] >= 0x80)
			return tt_utf8_valid(buf, len);
	return 0;
}

/* The bytes as libxml2 should read them: UTF-8 for everything this program
 * decodes itself (BOMs, UTF-8, Windows-1252, Latin-1), else the declared
 * charset for libxml2's iconv. Sets *enc; returns a buffer to free or NULL
 * (then buf is read as it is). */
static char *prepare(const char *buf, size_t len, enum tt_import_encoding want, size_t *outlen,
                     char enc[40])
{
	char decl[40];
	tt_html_declared_charset(buf, len, decl);
	const unsigned char *u = (const unsigned char *)buf;
	int bom = len >= 3 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF) ||
	                       (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF));
	enum tt_import_encoding e = want;
	if (e == TT_ENC_AUTO && !bom && decl[0]) {
		if (!strcasecmp(decl, "utf-8") || !strcasecmp(decl, "utf8") ||
		    (single_byte_charset(decl) && utf8_multibyte(buf, len)))
			e = TT_ENC_UTF8;
		else if (!strcasecmp(decl, "windows-1252") || !strcasecmp(decl, "iso-8859-1") ||
		         !strcasecmp(decl, "latin1") || !strcasecmp(decl, "us-ascii"))
			e = TT_ENC_CP1252; /* as browsers do: Latin-1 means Windows-1252 */
		else {
			snprintf(enc, 40, "%s", decl);
			return NULL;
		}
	}
	snprintf(enc, 40, "UTF-8");
	/* Valid UTF-8 with no CR or NUL would be copied unchanged: read in
	 * place, which spares a copy of the page while it is parsed. */
	if (!bom && e != TT_ENC_CP1252 && e != TT_ENC_LATIN1 && !memchr(buf, '\r', len) &&
	    !memchr(buf, '\0', len) && tt_utf8_valid(buf, len))
		return NULL;
	return tt_import_decode(buf, len, e, outlen);
}

/* What replace_invalid met: bytes not valid in the charset, and the line
 * of the first. */
struct badbytes {
	size_t n;
	unsigned line;
};

/* buf in charset cs as UTF-8, each byte that starts no valid sequence
 * written as U+FFFD and skipped, as browsers decode (WHATWG Encoding): one
 * bad byte in a saved page costs one character, not the page. NULL when
 * iconv does not know cs. */
static char *replace_invalid(const char *buf, size_t len, const char *cs, size_t *outlen,
                             struct badbytes *bad)
{
	iconv_t cd = iconv_open("UTF-8", cs);
	if (cd == (iconv_t)-1)
		return NULL;
	size_t cap = len * 2 + 16, used = 0;
	char *out = tt_xmalloc(cap);
	char *in = (char *)buf;
	size_t left = len;
	while (left) {
		char *o = out + used;
		size_t ol = cap - used - 4; /* room kept for a U+FFFD */
		size_t rc = iconv(cd, &in, &left, &o, &ol);
		used = (size_t)(o - out);
		if (rc != (size_t)-1)
			continue;
		if (errno == E2BIG) {
			cap *= 2;
			out = tt_xrealloc(out, cap);
			continue;
		}
		/* EILSEQ or EINVAL (a sequence cut short at the end): one byte */
		if (!bad->n++) {
			bad->line = 1;
			for (const char *p = buf; p < in; p++)
				bad->line += *p == '\n';
		}
		memcpy(out + used, "\xEF\xBF\xBD", 3);
		used += 3;
		in++;
		left--;
		iconv(cd, NULL, NULL, NULL, NULL); /* a stateful charset starts over */
	}
	iconv_close(cd);
	/* as every other UTF-8 page: CRs and NULs as tt_import_decode treats them */
	char *norm = tt_import_decode(out, used, TT_ENC_UTF8, outlen);
	free(out);
	return norm;
}

/* A page libxml2 could not decode in charset enc: parsed from replace_invalid's
 * UTF-8, the replaced bytes warned of once; a charset iconv does not know is
 * read as Windows-1252. */
static tt_hdoc *parse_replacing(struct html *h, const char *buf, size_t len, const char *enc,
                                int *dense)
{
	struct badbytes bad = {0};
	size_t ulen = 0;
	char *utf8 = replace_invalid(buf, len, enc, &ulen, &bad);
	if (!utf8)
		utf8 = tt_import_decode(buf, len, TT_ENC_CP1252, &ulen);
	else if (bad.n)
		tt_import_warn(h->r, 0,
		               "%zu bytes not valid in %s replaced by U+FFFD (first at line %u)",
		               bad.n, enc, bad.line);
	tt_hdoc *doc = tt_html_parse(utf8, ulen, "UTF-8", dense);
	free(utf8);
	return doc;
}

tt_hdoc *tt_import_html_parse(const char *buf, size_t len, enum tt_import_encoding want,
                              struct tt_import_report *r, int *too_dense)
{
	struct html h = {.r = r};
	char enc[40];
	size_t ulen = len;
	char *utf8 = prepare(buf, len, want, &ulen, enc);
	tt_hdoc *doc = tt_html_parse(utf8 ? utf8 : buf, ulen, enc, too_dense);
	if (!doc && !*too_dense && !utf8 && strcmp(enc, "UTF-8"))
		doc = parse_replacing(&h, buf, len, enc, too_dense);
	free(utf8);
	return doc;
}

tt_thread *tt_import_html(const char *name, const char *buf, size_t len,
                          const struct tt_import_opts *opts, tt_error *err)
{
	static const struct tt_import_opts none;
	const struct tt_import_opts *o = opts ? opts : &none;
	struct html h = {.r = o->report, .stated = -1, .pagelen = len};
	int dense = 0;
	h.doc = tt_import_html_parse(buf, len, o->encoding, h.r, &dense);
	if (dense) {
		tt_error_set(err, name, 0, 0,
		             "expected an HTML page, found markup too dense to read within 10 "
		             "times its size (an element every few bytes)");
		return NULL;
	}
	tt_hnode *top = h.doc ? tt_html_root(h.doc) : NULL;
	if (!top) {
		free_html(&h);
		tt_error_set(err, name, 0, 0, "expected an HTML page, found no elements");
		return NULL;
	}
	h.t = tt_thread_new();
	h.saved = ihx_saved_comment(h.doc);
	number_elements(&h, top);
	ihx_html_lang(&h, top);
	if (ihx_is_hn(top)) {
		tt_html_walk(top, ihx_meta_enter, NULL, &h);
		h.stated = -1;
		ihx_read_hn(&h, top);
	} else if (ihx_is_talk(top)) {
		tt_html_walk(top, ihx_meta_enter, NULL, &h);
		h.stated = -1;
		ihx_read_talk(&h, top);
	} else {
		read_page(&h, top);
		if (h.se)
			se_question(&h, top);
	}
	ihx_answers_count(&h, top);
	tt_html_walk(top, leftover_enter, NULL, &h);
	set_article(&h, name);
	ihx_order_dates(&h);
	guest_marks(h.t);
	invisible_marks(h.t);
	named_answers(h.t);
	if (h.r) {
		snprintf(h.r->format, sizeof h.r->format, "html");
		snprintf(h.r->layout, sizeof h.r->layout, "%s", h.layout);
		h.r->stated = h.stated;
	}
	tt_thread *t = h.t;
	free_html(&h);
	tt_import_apply_overrides(t, o);
	if (!t->article.body.n && !t->first) {
		tt_thread_free(t);
		tt_error_set(err, name, 0, 0,
		             "expected an article or comments, found an HTML page with no text");
		return NULL;
	}
	if (tt_thread_finish(t, err) != 0) {
		tt_thread_free(t);
		return NULL;
	}
	return t;
}
