/* import_html_talk: wiki talk pages, comments signed with a user's link and a time. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/html_dom.h"
#include "threadtag/import.h"
#include "threadtag/text.h"
#include "threadtag/wikisig.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

/* A MediaWiki talk page has no comment markup: a comment is whatever text
 * its writer typed before signing, "NAME (talk) 08:23, 29 wrz 2018 (CEST)",
 * the name a link to the writer's user page, talk page or contributions,
 * the time in the wiki's own language and digits, closed by the time
 * zone's abbreviation in brackets. An answer is indented one step further
 * than what it answers, by a description list (":") or a bulleted one
 * ("*"); each heading opens a new discussion. MediaWiki's DiscussionTools
 * reads the pages the same way (by signatures, indentation and headings).
 * What is read here is structure and the wiki's link form, no namespace
 * name: "User", "Utilisateur", "Wikipedysta" or "بەکارھێنەر" alike. */

/* ---- the flat text of a line, with its links ---------------------------- */

/* A line of the page: a paragraph, a list item, an indented line. Its own
 * text is what it holds outside the lines nested in it. */
static int talk_line(const tt_hnode *n)
{
	return tt_html_is(n, "p") || tt_html_is(n, "dd") || tt_html_is(n, "dt") ||
	       tt_html_is(n, "li");
}

static int nested_box(const tt_hnode *n);

/* A box of the page holding words of its own, outside any line: a framed
 * <div> someone typed a comment into, a table's cell. Its own words are a
 * line too. */
static int loose_line(const tt_hnode *n)
{
	static const char *const tags[] = {"div", "td", "th", "center", "blockquote"};
	size_t i = 0;
	while (i < sizeof tags / sizeof *tags && !tt_html_is(n, tags[i]))
		i++;
	if (i == sizeof tags / sizeof *tags)
		return 0;
	for (const tt_hnode *k = n->children; k; k = k->next) {
		if (k->type == TT_HNODE_TEXT && k->content &&
		    k->content[strspn(k->content, " \t\r\n")])
			return 1;
		if (k->type == TT_HNODE_ELEMENT && !nested_box(k) && !tt_html_heading(k) &&
		    tt_html_holds_words(k))
			return 1;
	}
	return 0;
}

/* Boxes nested in a line that are read as lines of their own (or not at
 * all): its nested lists, paragraphs, tables and their like, and
 * {{outdent}}'s drawn arrow ("┌───┘"), which starts a line over at the
 * margin and is no one's words. */
static int nested_box(const tt_hnode *n)
{
	if (tt_html_has_class(n, "outdent-template"))
		return 1;
	static const char *const tags[] = {"dl",     "ul",  "ol",     "p",          "dd",
	                                   "dt",     "li",  "table",  "div",        "style",
	                                   "script", "pre", "figure", "blockquote", "section"};
	for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
		if (tt_html_is(n, tags[i]))
			return 1;
	return tt_html_heading(n);
}

struct flat {
	tt_buf text;
	struct tt_wikisig_link *links; /* at offsets of text */
	size_t *ends;                  /* their ends, as tt_wikisig_stamp asks */
	size_t nlinks, caplinks;
};

static void flat_add(struct flat *f, const tt_hnode *n)
{
	for (const tt_hnode *k = n->children; k; k = k->next) {
		if (k->type == TT_HNODE_TEXT && k->content) {
			tt_buf_add(&f->text, k->content, strlen(k->content));
			continue;
		}
		if (k->type != TT_HNODE_ELEMENT || nested_box(k))
			continue;
		if (tt_html_is(k, "br")) {
			tt_buf_add(&f->text, "\n", 1);
			continue;
		}
		size_t at = f->text.len;
		flat_add(f, k);
		const char *href = tt_html_is(k, "a") ? tt_html_attr(k, "href") : NULL;
		if (!href)
			continue;
		if (f->nlinks == f->caplinks) {
			f->caplinks = f->caplinks ? 2 * f->caplinks : 8;
			f->links = tt_xrealloc(f->links, f->caplinks * sizeof *f->links);
			f->ends = tt_xrealloc(f->ends, f->caplinks * sizeof *f->ends);
		}
		f->ends[f->nlinks] = f->text.len;
		f->links[f->nlinks++] = (struct tt_wikisig_link){at, f->text.len, href};
	}
}

/* ---- the signatures of a line ------------------------------------------ */

struct stamp {
	size_t start, end; /* the time as written, its zone included */
};

/* The next signature time in f's text at or after from, not reaching back
 * before floor (tt_wikisig_stamp, the line's links' ends). */
static int next_stamp(const struct flat *f, size_t from, size_t floor, struct stamp *st)
{
	return tt_wikisig_stamp(f->text.data, f->text.len, from, floor, f->ends, f->nlinks,
	                        &st->start, &st->end);
}

/* ---- comments ------------------------------------------------------------ */

struct opened {
	unsigned indent;
	tt_comment *c;
};

struct talk {
	struct html *h;
	tt_hnode **pending; /* lines since the last signature, in this section */
	size_t npending, cappending;
	struct opened *open; /* the comments a later one may answer */
	size_t nopen, capopen;
	size_t signatures;
	int counting; /* only count signatures (the page's test) */
};

/* How far a line is indented: the lists around it. */
static unsigned indent_of(const tt_hnode *n)
{
	unsigned d = 0;
	for (const tt_hnode *a = n->parent; a && a->type == TT_HNODE_ELEMENT; a = a->parent)
		d += tt_html_is(a, "dl") || tt_html_is(a, "ul") || tt_html_is(a, "ol");
	return d;
}

static int skip_nested(const tt_hnode *n, void *u)
{
	const tt_hnode *line = u;
	return n != line && nested_box(n);
}

/* The comment signed at the end of this line, answering the last comment
 * less indented in this section. */
static tt_comment *add_comment(struct talk *T, tt_hnode *line, unsigned indent)
{
	while (T->nopen && T->open[T->nopen - 1].indent >= indent)
		T->nopen--;
	tt_comment *parent = T->nopen ? T->open[T->nopen - 1].c : NULL;
	tt_comment *c = tt_thread_add_comment(T->h->t, parent);
	if (T->nopen == T->capopen) {
		T->capopen = T->capopen ? 2 * T->capopen : 16;
		T->open = tt_xrealloc(T->open, T->capopen * sizeof *T->open);
	}
	T->open[T->nopen++] = (struct opened){indent, c};
	c->line = tt_html_line(line);
	return c;
}

/* A paragraph of the flat text s[a..b), white space made one. */
static void push_words(struct talk *T, tt_comment *c, const char *s, size_t a, size_t b)
{
	tt_buf w = {0};
	int space = 0;
	for (size_t i = a; i < b; i++) {
		size_t u = isspace((unsigned char)s[i]) ? 1 : tt_utf8_space(s + i);
		if (u && i + u <= b) {
			i += u - 1;
			space = w.len > 0;
			continue;
		}
		if (space)
			tt_buf_add(&w, " ", 1), space = 0;
		tt_buf_add(&w, s + i, 1);
	}
	if (w.len) {
		tt_buf_add(&w, "", 1);
		tt_strv_push(T->h->t, &c->body, tt_thread_strdup(T->h->t, w.data, (size_t)-1));
	}
	tt_buf_free(&w);
}

/* The writer, the time and the text of a comment whose signature is in
 * line: the lines before it in the section, then this line's text up to
 * its signature's end (all of it when it signs once). */
static void fill_comment(struct talk *T, tt_comment *c, tt_hnode *line, const struct flat *f,
                         size_t from, const struct stamp *st, char *who, int whole)
{
	struct html *h = T->h;
	unsigned *lines = NULL;
	size_t nlines = 0;
	for (size_t i = 0; i < T->npending; i++) {
		tt_html_paragraphs(h->t, T->pending[i], skip_nested, T->pending[i], &c->body,
		                   &lines, &nlines);
		ihx_info(T->pending[i])->used = 1;
	}
	T->npending = 0;
	ihx_info(line)->used = 1;
	if (whole)
		tt_html_paragraphs(h->t, line, skip_nested, line, &c->body, &lines, &nlines);
	else
		push_words(T, c, f->text.data, from, st->end);
	while (nlines < c->body.n) { /* (push_words': the line's own) */
		lines = tt_xrealloc(lines, (nlines + 1) * sizeof *lines);
		lines[nlines++] = tt_html_line(line);
	}
	c->author = ihx_arena(h, who);
	/* the time as written, its zone left on; marks of direction off */
	size_t a = st->start, b = st->end;
	char *when = tt_xstrndup(f->text.data + a, b - a);
	for (char *p = when; *p; p++)
		if ((unsigned char)*p == 0xC2 && (unsigned char)p[1] == 0xA0)
			p[0] = ' ', memmove(p + 1, p + 2, strlen(p + 2) + 1);
	ihx_set_time(h, &c->posted, &c->time, when, NULL);
	free(when);
	ihx_explain_comment(h, c, line, lines);
	free(lines);
	if (getenv("TT_TALK_DEBUG")) {
		if (c->author && !tt_utf8_valid(c->author, strlen(c->author)))
			fprintf(stderr, "BAD author %u\n", c->line);
		if (c->posted && !tt_utf8_valid(c->posted, strlen(c->posted)))
			fprintf(stderr, "BAD posted %u\n", c->line);
		for (size_t i = 0; i < c->body.n; i++)
			if (!tt_utf8_valid(c->body.v[i], strlen(c->body.v[i])))
				fprintf(stderr, "BAD body %u: %s\n", c->line, c->body.v[i]);
	}
}

static void read_line(struct talk *T, tt_hnode *line)
{
	struct flat f = {0};
	flat_add(&f, line);
	tt_buf_add(&f.text, "", 1);
	f.text.len--;
	size_t from = 0, floor = 0;
	struct stamp st;
	int signed_here = 0;
	char *last = NULL; /* the writer who signed last in this line */
	tt_comment *c = NULL;
	while (next_stamp(&f, from, floor, &st)) {
		char *who = tt_wikisig_signer(f.links, f.nlinks, floor, st.start);
		from = st.end;
		if (!who)
			continue;
		T->signatures++;
		if (!T->counting && last && c && !strcmp(last, who)) {
			/* the same writer signing again in the line: a postscript */
			push_words(T, c, f.text.data, floor, st.end);
		} else if (!T->counting) {
			/* signed once, ending the line: the line's own paragraphs */
			struct stamp more;
			int whole = !signed_here && !next_stamp(&f, st.end, st.end, &more);
			c = add_comment(T, line, indent_of(line));
			fill_comment(T, c, line, &f, floor, &st, who, whole);
		}
		free(last);
		last = who;
		signed_here = 1;
		floor = st.end;
	}
	free(last);
	if (!signed_here && !T->counting && tt_html_holds_words(line)) {
		if (T->npending == T->cappending) {
			T->cappending = T->cappending ? 2 * T->cappending : 16;
			T->pending = tt_xrealloc(T->pending, T->cappending * sizeof *T->pending);
		}
		T->pending[T->npending++] = line;
	}
	tt_buf_free(&f.text);
	free(f.links);
	free(f.ends);
}

/* The {{Tracked}} template's box ("reported on Phabricator: T200654"),
 * floated beside the discussion it concerns: a notice nobody signs, whose
 * words would run into the comment under it. Its class is the template's
 * own on every Wikimedia wiki; a float alone says nothing (a closed
 * discussion's result is a floated quote box that is the closer's words). */
static int side_box(const tt_hnode *n)
{
	return tt_html_has_class(n, "mw-trackedTemplate");
}

static int talk_enter(tt_hnode *n, void *u)
{
	struct talk *T = u;
	if (n->type != TT_HNODE_ELEMENT || tt_html_is(n, "style") || tt_html_is(n, "script") ||
	    side_box(n))
		return 0;
	if (tt_html_heading(n)) {
		/* the words before the first discussion: the page's own head
		 * (what the page is about, its rules), the article */
		for (size_t i = 0; i < T->npending && !T->h->t->first; i++) {
			tt_html_paragraphs(T->h->t, T->pending[i], skip_nested, T->pending[i],
			                   &T->h->t->article.body, NULL, NULL);
			ihx_info(T->pending[i])->used = 1;
		}
		T->npending = 0, T->nopen = 0; /* a new discussion */
		return 0;
	}
	if (talk_line(n) || loose_line(n))
		read_line(T, n);
	return 1;
}

/* A link as MediaWiki's parser writes one to a page of a namespace: its
 * title the page's name its address spells ("/wiki/Корисник:Alexzr88",
 * title "Корисник:Alexzr88"), the wiki's mark where its classes are gone
 * (a page whose class names were rewritten, or stripped by a reader). */
static int wiki_link(const tt_hnode *n)
{
	const char *title = tt_html_is(n, "a") ? tt_html_attr(n, "title") : NULL;
	const char *href = title && strchr(title, ':') ? tt_html_attr(n, "href") : NULL;
	char *page = href ? tt_wikisig_page(href) : NULL;
	int same = page && strchr(page, ':') && !strcmp(page, title);
	free(page);
	return same;
}

/* A page of the wiki: Parsoid's "mw:" metadata or rel="mw:WikiLink"
 * links, the parser's "mw-parser-output" box, MediaWiki's generator. */
static int wiki_mark(const tt_hnode *n, const void *arg)
{
	(void)arg;
	const char *p = tt_html_attr(n, "property"), *rel = tt_html_attr(n, "rel"),
	           *gen = tt_html_is(n, "meta") ? tt_html_attr(n, "content") : NULL;
	return (p && !strncmp(p, "mw:", 3)) || (rel && !strncmp(rel, "mw:", 3)) ||
	       tt_html_has_class(n, "mw-parser-output") ||
	       (gen && !strncmp(gen, "MediaWiki", 9) && tt_html_attr(n, "name")) || wiki_link(n);
}

int ihx_is_talk(tt_hnode *top)
{
	if (!tt_html_find(top, wiki_mark, NULL))
		return 0;
	struct talk T = {.counting = 1};
	tt_html_walk(top, talk_enter, NULL, &T);
	return T.signatures >= 2;
}

void ihx_read_talk(struct html *h, tt_hnode *top)
{
	struct talk T = {.h = h};
	/* A page saved from the browser holds the wiki's skin around the
	 * talk page (its menus, the page's tools, its footer): the parser's
	 * box holds the talk page itself where the page keeps one. */
	tt_hnode *body = tt_html_find_class(top, "mw-parser-output");
	if (!body)
		body = tt_html_find_tag(top, "body");
	tt_html_walk(body ? body : top, talk_enter, NULL, &T);
	free(T.pending);
	free(T.open);

	h->layout = "wiki talk page (signed comments)";
}
