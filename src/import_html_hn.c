/* import_html_hn: Hacker News item pages, a table of rows nested by spacer width. */
#include <stdlib.h>
#include <string.h>

#include "threadtag/html_dom.h"
#include "threadtag/html_repeat.h"
#include "threadtag/import.h"
#include "threadtag/markup.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

/* ---- Hacker News item pages: a table of rows, nesting by spacer width --- */

/* A row of the item's table as this reader knows it (by its class). */
static int hn_row(const tt_hnode *n, const void *arg)
{
	(void)arg;
	return tt_html_is(n, "tr") && tt_html_has_class(n, "athing");
}

/* Hacker News' page: its <html op=...> or its comment headers, and rows
 * this reader can find. A page of that table whose rows it cannot find
 * (classes renamed, a mirror's copy) is read as any other page is, by its
 * structure, rather than as an item with nothing in it. */
int ihx_is_hn(tt_hnode *top)
{
	return (tt_html_attr(top, "op") || tt_html_find_class(top, "comhead") != NULL) &&
	       tt_html_find(top, hn_row, NULL);
}

static int user_link(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *href = tt_html_attr(n, "href");
	return tt_html_is(n, "a") &&
	       (tt_html_has_class(n, "hnuser") || (href && !strncmp(href, "user?id=", 8)));
}

static int item_link(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *href = tt_html_attr(n, "href");
	return tt_html_is(n, "a") && href && !strncmp(href, "item?id=", 8);
}

static unsigned hn_depth(tt_hnode *row)
{
	tt_hnode *ind = tt_html_find_class(row, "ind");
	if (!ind)
		return 0;
	const char *v = tt_html_attr(ind, "indent");
	if (v)
		return (unsigned)strtoul(v, NULL, 10);
	tt_hnode *img = tt_html_find_tag(ind, "img");
	v = img ? tt_html_attr(img, "width") : NULL;
	return v ? (unsigned)(strtoul(v, NULL, 10) / 40) : 0;
}

static int skip_hn(const tt_hnode *n, void *u)
{
	(void)u;
	return tt_html_has_class(n, "reply");
}

/* The stack of open comments by depth: a row at depth d answers stack[d-1]. */
struct hn_stack {
	tt_comment **v;
	size_t n, cap;
};

static void hn_comment(struct html *h, tt_hnode *row, struct hn_stack *st)
{
	unsigned d = hn_depth(row);
	if (d > st->n)
		d = (unsigned)st->n; /* a skipped level: hang it on the deepest open one */
	tt_comment *c = tt_thread_add_comment(h->t, d ? st->v[d - 1] : NULL);
	st->n = d;
	if (st->n == st->cap) {
		st->cap = st->cap ? 2 * st->cap : 16;
		st->v = tt_xrealloc(st->v, st->cap * sizeof *st->v);
	}
	st->v[st->n++] = c;
	c->line = tt_html_line(row);
	tt_hnode *head = tt_html_find_class(row, "comhead");
	tt_hnode *user = head ? tt_html_find(head, user_link, NULL) : NULL;
	tt_hnode *age = head ? tt_html_find_class(head, "age") : NULL;
	if (!age && head)
		age = tt_html_find(head, item_link, NULL);
	char *name = user ? tt_html_text(user) : NULL, *when = age ? tt_html_text(age) : NULL;
	c->author = ihx_arena(h, name);
	ihx_set_time(h, &c->posted, &c->time, when, age ? ihx_own_time_attr(age) : NULL);
	tt_hnode *body = tt_html_find_class(row, "comment");
	unsigned *lines = NULL;
	size_t nlines = 0;
	if (body)
		tt_html_paragraphs(h->t, body, skip_hn, NULL, &c->body, &lines, &nlines);
	ihx_typed_quotes(h, &c->body); /* (no quotation markup: typed, as its help says) */
	if (!c->author || (c->body.n == 1 && ihx_deleted_text(c->body.v[0])))
		c->flags |= TT_C_DELETED;
	ihx_explain_comment(h, c, row, lines);
	free(lines);
	free(name);
	free(when);
}

/* The story: its title row, the subtext row after it, then its text rows. */
static void hn_story(struct html *h, tt_hnode *row)
{
	tt_hnode *title = tt_html_find_class(row, "titleline");
	if (!title)
		for (tt_hnode *td = row->children; td; td = td->next)
			if (tt_html_has_class(td, "title") && tt_html_find_tag(td, "a"))
				title = td;
	tt_hnode *link = title ? tt_html_find_tag(title, "a") : NULL;
	if (link) {
		free(h->h1);
		h->h1 = tt_html_text(link);
		const char *href = tt_html_attr(link, "href");
		if (href && !strncmp(href, "http", 4))
			ihx_keep(&h->url, href);
	}
	for (tt_hnode *r = row->next; r; r = r->next) {
		if (r->type != TT_HNODE_ELEMENT)
			continue;
		if (tt_html_find_tag(r, "form") || tt_html_has_class(r, "athing"))
			break;
		tt_hnode *sub = tt_html_find_class(r, "subtext");
		if (sub) {
			tt_hnode *u = tt_html_find(sub, user_link, NULL);
			char *s = u ? tt_html_text(u) : NULL;
			ihx_keep(&h->author, s);
			free(s);
			for (tt_hnode *a = tt_html_find(sub, item_link, NULL); a; a = a->next)
				if (tt_html_is(a, "a"))
					ihx_consider_count(h, a);
			continue;
		}
		tt_hnode *td = r->last;
		while (td && td->type != TT_HNODE_ELEMENT)
			td = td->prev;
		if (td)
			tt_html_paragraphs(h->t, td, NULL, NULL, &h->t->article.body, NULL, NULL);
	}
}

static int hn_enter(tt_hnode *n, void *u)
{
	void **a = u;
	struct html *h = a[0];
	if (n->type != TT_HNODE_ELEMENT)
		return 0;
	if (!tt_html_is(n, "tr") || !tt_html_has_class(n, "athing"))
		return 1;
	if (tt_html_has_class(n, "comtr") || tt_html_find_class(n, "ind"))
		hn_comment(h, n, a[1]);
	else if (!h->h1)
		hn_story(h, n);
	return 0;
}

void ihx_read_hn(struct html *h, tt_hnode *top)
{
	struct hn_stack st = {0};
	void *a[2] = {h, &st};
	tt_html_walk(top, hn_enter, NULL, a);
	free(st.v);
	free(h->og_title);
	h->og_title = NULL; /* the story's own title, not the page's */
	ihx_keep(&h->site, "Hacker News");
	h->layout = "Hacker News item page";
}

