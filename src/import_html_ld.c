/* import_html_ld: JSON-LD blocks: the article's fields and comments as data. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/html_dom.h"
#include "threadtag/html_repeat.h"
#include "threadtag/import.h"
#include "threadtag/json.h"
#include "threadtag/markup.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

#include "import_html_impl.h"

/* ---- JSON-LD: schema.org as data, for what the markup does not show ------ */

void ihx_read_ld(struct html *h, const tt_hnode *script)
{
	tt_buf b = {0};
	for (const tt_hnode *c = script->children; c; c = c->next)
		if (c->content)
			tt_buf_adds(&b, c->content);
	/* A JSON tree costs a node a value: a block of bare numbers costs 40
	 * times its size. The blocks share 4 times the page (and 256 KiB), a
	 * part of the import's budget of 10 (doc/import.md). */
	size_t values = 1;
	for (size_t i = 0; i < b.len; i++)
		values += b.data[i] == ',' || b.data[i] == '[' || b.data[i] == '{';
	size_t cost = b.len + values * (sizeof(tt_json) + 16);
	if (h->ld_cost + cost > 4 * h->pagelen + ((size_t)256 << 10)) {
		tt_buf_free(&b);
		return;
	}
	h->ld_cost += cost;
	tt_error err;
	/* Broken metadata is no reason to refuse a page: it is only left out. */
	tt_json_doc *d = b.len ? tt_json_parse("ld+json", b.data, b.len, &err) : NULL;
	tt_buf_free(&b);
	if (!d)
		return;
	h->ld = tt_xrealloc(h->ld, (h->nld + 1) * sizeof *h->ld);
	h->ld[h->nld++] = (struct ld){d, tt_html_line(script)};
}

/* 1 when the object's @type (a string or a list of them) is type. */
static int ld_is(const tt_json *o, const char *type)
{
	const tt_json *t = tt_json_get(o, "@type");
	if (t && t->type == TT_JSON_STR)
		return !strcmp(t->s, type);
	for (const tt_json *v = t && t->type == TT_JSON_ARR ? t->first : NULL; v; v = v->next)
		if (v->type == TT_JSON_STR && !strcmp(v->s, type))
			return 1;
	return 0;
}

/* A person's name: "Anna", {"name": "Anna"}, or the first of a list. */
static const char *ld_name(const tt_json *v)
{
	if (v && v->type == TT_JSON_ARR)
		v = v->first;
	if (v && v->type == TT_JSON_STR)
		return v->s;
	return v && v->type == TT_JSON_OBJ ? tt_json_str(v, "name") : NULL;
}

static void ld_push(const tt_json ***v, size_t *n, const tt_json *o)
{
	if (!o || o->type != TT_JSON_OBJ)
		return;
	*v = tt_xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = o;
}

/* The objects a block holds at its top: itself, the items of a list or of
 * "@graph", and the "mainEntity" of each (a fixed depth, no recursion). */
static size_t ld_top(const tt_json *root, const tt_json ***out)
{
	size_t n = 0;
	*out = NULL;
	const tt_json *items = root->type == TT_JSON_ARR ? root : tt_json_get(root, "@graph");
	ld_push(out, &n, root);
	for (const tt_json *v = items && items->type == TT_JSON_ARR ? items->first : NULL; v;
	     v = v->next)
		ld_push(out, &n, v);
	for (size_t i = 0, top = n; i < top; i++)
		ld_push(out, &n, tt_json_get((*out)[i], "mainEntity"));
	return n;
}

/* The article's headline, author and date, where the page's meta tags have
 * none (and its date over that of the first <time>, which may be anyone's). */
void ihx_ld_article(struct html *h)
{
	for (size_t i = 0; i < h->nld; i++) {
		const tt_json **objs;
		size_t n = ld_top(tt_json_root(h->ld[i].doc), &objs);
		const tt_json *a = NULL;
		for (size_t k = 0; k < n && !a; k++)
			if (tt_json_str(objs[k], "headline"))
				a = objs[k];
		free(objs);
		if (!a)
			continue;
		ihx_keep(&h->ld_headline, tt_json_str(a, "headline"));
		ihx_keep(&h->author, ld_name(tt_json_get(a, "author")));
		const char *date = tt_json_str(a, "datePublished");
		if (date && h->time_published) {
			free(h->published);
			h->published = NULL;
			h->time_published = 0;
		}
		ihx_keep(&h->published, date);
		double count;
		if (h->stated < 0 && tt_json_num(a, "commentCount", &count) == 0 && count >= 0 &&
		    count < 1e9)
			h->stated = (long)count;
		return;
	}
}

/* The words of s, white space runs made one space, into out (size
 * bytes): s's opening. */
static void opening_words(const char *s, char *out, size_t size)
{
	size_t o = 0;
	for (; *s && o + 1 < size; s++)
		if (!isspace((unsigned char)*s))
			out[o++] = *s;
		else if (o && out[o - 1] != ' ')
			out[o++] = ' ';
	out[o] = '\0';
}

/* The text of the posting the page's JSON-LD describes ("headline" and
 * "text" or "articleBody": a forum's DiscussionForumPosting), or NULL. */
static const char *posting_text(const struct html *h)
{
	for (size_t i = 0; i < h->nld; i++) {
		const tt_json **objs;
		size_t n = ld_top(tt_json_root(h->ld[i].doc), &objs);
		const char *text = NULL;
		for (size_t k = 0; k < n && !text; k++)
			if (tt_json_str(objs[k], "headline")) {
				text = tt_json_str(objs[k], "text");
				if (!text)
					text = tt_json_str(objs[k], "articleBody");
			}
		free(objs);
		if (text)
			return text;
	}
	return NULL;
}

/* Whether the words t opens with are the posting's (posting_text)
 * opening words, 24 bytes of them at least: the block showing them is the
 * thread's opening post. */
int ihx_ld_posting_opens(const struct html *h, const char *t)
{
	const char *text = posting_text(h);
	char a[64], b[64];
	if (!text || !t)
		return 0;
	opening_words(text, a, sizeof a);
	opening_words(t, b, sizeof b);
	size_t n = strlen(a) < strlen(b) ? strlen(a) : strlen(b);
	return n >= 24 && !memcmp(a, b, n);
}

/* One schema.org Comment as a comment of the thread, under parent. */
static tt_comment *ld_comment(struct html *h, const tt_json *o, tt_comment *parent, unsigned line)
{
	const char *author = ld_name(tt_json_get(o, "author"));
	const char *when = tt_json_str(o, "dateCreated");
	const char *text = tt_json_str(o, "text");
	if (!when)
		when = tt_json_str(o, "datePublished");
	tt_comment *c = tt_thread_add_comment(h->t, parent);
	c->line = line + o->line - 1;
	c->author = ihx_arena(h, author);
	/* Sites write plain text, with blank lines, or HTML; many escape it. */
	if (text && strchr(text, '<')) {
		tt_markup_html_paragraphs(h->t, &c->body, text);
	} else if (text) {
		char *plain = tt_markup_unescape(text, strlen(text));
		tt_markup_split_paragraphs(h->t, &c->body, plain);
		free(plain);
	}
	ihx_set_time(h, &c->posted, &c->time, when, when);
	if (!author && !c->body.n)
		c->flags |= TT_C_DELETED; /* kept for its replies */
	if (h->r && h->r->explain) {
		char *head =
		    tt_xasprintf("%s %s", c->author ? c->author : "?", c->posted ? c->posted : "");
		tt_import_explain(h->r, c->line, c->line, "comment header", head, strlen(head));
		free(head);
	}
	return c;
}

/* Comments still to read, each with the comment it replies to. */
struct ld_todo {
	const tt_json *o;
	tt_comment *parent;
};

struct ld_stack {
	struct ld_todo *v;
	size_t n, cap;
};

/* A "comment" member, one object or a list of them, onto the stack last
 * first, so that they come off it in order. */
static void ld_push_replies(struct ld_stack *st, const tt_json *v, tt_comment *parent)
{
	size_t k = !v ? 0 : v->type == TT_JSON_OBJ ? 1 : v->type == TT_JSON_ARR ? v->n : 0;
	if (st->n + k > st->cap) {
		st->cap = 2 * (st->n + k);
		st->v = tt_xrealloc(st->v, st->cap * sizeof *st->v);
	}
	if (v && v->type == TT_JSON_OBJ) {
		st->v[st->n++] = (struct ld_todo){v, parent};
		return;
	}
	size_t at = st->n + k;
	for (const tt_json *c = k ? v->first : NULL; c; c = c->next)
		st->v[--at] = (struct ld_todo){c, parent};
	st->n += k;
}

/* The comments of one block: the "comment" lists of its objects, and
 * Comment objects standing alone. Replies nest as deep as the data does,
 * on a stack of our own. */
static void ld_block_comments(struct html *h, const struct ld *ld, struct ld_stack *st)
{
	const tt_json **objs;
	size_t nobj = ld_top(tt_json_root(ld->doc), &objs);
	for (size_t k = nobj; k-- > 0;) {
		if (ld_is(objs[k], "Comment"))
			ld_push_replies(st, objs[k], NULL);
		else
			ld_push_replies(st, tt_json_get(objs[k], "comment"), NULL);
	}
	free(objs);
	while (st->n) {
		struct ld_todo d = st->v[--st->n];
		if (d.o->type != TT_JSON_OBJ)
			continue;
		tt_comment *c = ld_comment(h, d.o, d.parent, ld->line);
		ld_push_replies(st, tt_json_get(d.o, "comment"), c);
	}
}

/* The comments of all blocks, when the markup showed none; how many. */
size_t ihx_ld_comments(struct html *h)
{
	size_t before = h->t->ncomments;
	struct ld_stack st = {0};
	for (size_t i = 0; i < h->nld; i++)
		ld_block_comments(h, &h->ld[i], &st);
	free(st.v);
	return h->t->ncomments - before;
}

