/* import_reddit: the JSON of a Reddit comments page (or comment permalink) into a thread. */
#include <stdlib.h>
#include <string.h>

#include "threadtag/datetime.h"
#include "threadtag/import.h"
#include "threadtag/json.h"
#include "threadtag/markup.h"
#include "threadtag/xalloc.h"

struct reddit {
	tt_thread *t;
	const char *name;
	tt_error *err;
	int escaped; /* bodies were served with HTML entities (no raw_json=1) */
	int decided; /* an html field has said which */
};

/* Does text read as escaped: an entity for & < or >, and none of them bare? */
static int looks_escaped(const char *text)
{
	int entity = 0;
	for (const char *p = text; *p; p++) {
		if (*p == '<' || *p == '>')
			return 0;
		if (*p != '&')
			continue;
		if (strncmp(p, "&amp;", 5) && strncmp(p, "&lt;", 4) && strncmp(p, "&gt;", 4))
			return 0;
		entity = 1;
	}
	return entity;
}

/* Without raw_json=1 Reddit escapes text once and body_html twice; with it,
 * body_html holds real tags. Items without html follow the document's last
 * decision, or, when there is none yet, how their own text reads. */
static int item_escaped(struct reddit *R, const tt_json *data, const char *html_key,
                        const char *text_key)
{
	const char *html = tt_json_str(data, html_key);
	if (html && strstr(html, "&lt;")) {
		R->escaped = 1;
		R->decided = 1;
	} else if (html && strchr(html, '<')) {
		R->escaped = 0;
		R->decided = 1;
	} else if (!R->decided) {
		const char *text = tt_json_str(data, text_key);
		return text && looks_escaped(text);
	}
	return R->escaped;
}

/* Decides from the first comment with body_html, before the post is read:
 * a link post has no html of its own to say whether its title is escaped. */
static void decide_escaping(struct reddit *R, const tt_json *listing)
{
	const tt_json *kids = tt_json_get(tt_json_get(listing, "data"), "children");
	for (const tt_json *k = kids ? kids->first : NULL; k && !R->decided; k = k->next) {
		const tt_json *d = tt_json_get(k, "data");
		if (tt_json_str(d, "body_html"))
			item_escaped(R, d, "body_html", "body");
	}
}

static const char *text_of(struct reddit *R, const char *s, int escaped)
{
	if (!s)
		return NULL;
	if (!escaped)
		return tt_thread_strdup(R->t, s, (size_t)-1);
	char *d = tt_markup_unescape(s, strlen(s));
	const char *out = tt_thread_strdup(R->t, d, (size_t)-1);
	free(d);
	return out;
}

static const char *created(struct reddit *R, const tt_json *data)
{
	double secs;
	char iso[32];
	if (tt_json_num(data, "created_utc", &secs) < 0 && tt_json_num(data, "created", &secs) < 0)
		return NULL;
	tt_datetime_from_epoch(secs, iso);
	return iso[0] ? tt_thread_strdup(R->t, iso, (size_t)-1) : NULL;
}

static int fail(struct reddit *R, const tt_json *at, const char *msg)
{
	return tt_error_set(R->err, R->name, at ? at->line : 0, at ? at->col : 0, "%s", msg);
}

/* The t3 post: title, author, subreddit, link and self text. */
static int load_post(struct reddit *R, const tt_json *listing)
{
	const tt_json *kids = tt_json_get(tt_json_get(listing, "data"), "children");
	const tt_json *post = kids && kids->type == TT_JSON_ARR ? kids->first : NULL;
	const char *kind = tt_json_str(post, "kind");
	if (!kind || strcmp(kind, "t3"))
		return fail(R, post ? post : listing,
		            "Reddit JSON: expected the post (kind \"t3\") first in the first "
		            "listing");
	const tt_json *d = tt_json_get(post, "data");
	tt_article *a = &R->t->article;
	int esc = item_escaped(R, d, "selftext_html", "selftext");
	a->title = text_of(R, tt_json_str(d, "title"), esc);
	if (!a->title)
		return fail(R, post, "Reddit JSON: the post has no \"title\"");
	a->author = tt_thread_strdup(R->t, tt_json_str(d, "author"), (size_t)-1);
	const char *sub = tt_json_str(d, "subreddit_name_prefixed");
	if (sub)
		a->site = tt_thread_strdup(R->t, sub, (size_t)-1);
	else if ((sub = tt_json_str(d, "subreddit")))
		a->site = tt_thread_strfmt(R->t, "r/%s", sub);
	const char *permalink = tt_json_str(d, "permalink");
	const char *url = tt_json_str(d, "url");
	if (permalink)
		R->t->source = tt_thread_strfmt(R->t, "https://www.reddit.com%s", permalink);
	a->url = url ? text_of(R, url, esc) : R->t->source;
	a->time = created(R, d);
	a->published = a->time;
	const char *self = tt_json_str(d, "selftext");
	if (self && *self) {
		char *body = esc ? tt_markup_unescape(self, strlen(self)) : tt_xstrdup(self);
		tt_markup_split_paragraphs(R->t, &a->body, body);
		free(body);
	}
	const char *id = tt_json_str(d, "name");
	const char *bare = tt_json_str(d, "id");
	if (id || bare)
		R->t->id = id ? tt_thread_strdup(R->t, id, (size_t)-1)
		              : tt_thread_strfmt(R->t, "t3_%s", bare);
	return 0;
}

/* A "more" stub: its count of hidden comments (a "continue this thread" stub
 * has id "_" and count 0, but stands for at least one). */
static long long more_count(const tt_json *d)
{
	double n = 0;
	const tt_json *kids = tt_json_get(d, "children");
	tt_json_num(d, "count", &n);
	if (n < 1 && kids && kids->n)
		n = (double)kids->n;
	return n < 1 ? 1 : (long long)n;
}

static void fill_comment(struct reddit *R, tt_comment *c, const tt_json *thing)
{
	const tt_json *d = tt_json_get(thing, "data");
	int esc = item_escaped(R, d, "body_html", "body");
	c->id = tt_thread_strdup(R->t, tt_json_str(d, "id"), (size_t)-1);
	c->author = tt_thread_strdup(R->t, tt_json_str(d, "author"), (size_t)-1);
	c->time = created(R, d);
	c->posted = c->time;
	c->line = thing->line;
	c->col = thing->col;
	const char *body = tt_json_str(d, "body");
	if (body && (!strcmp(body, "[deleted]") || !strcmp(body, "[removed]")))
		c->flags |= TT_C_DELETED;
	if (body) {
		char *text = esc ? tt_markup_unescape(body, strlen(body)) : tt_xstrdup(body);
		tt_markup_split_paragraphs(R->t, &c->body, text);
		free(text);
	}
}

struct frame {
	const tt_json *item; /* next child to visit */
	tt_comment *parent;
};

/* Walks a listing's children (t1 comments with nested "replies" listings) with
 * an explicit stack, so any depth is safe. */
static int load_comments(struct reddit *R, const tt_json *listing)
{
	const tt_json *kids = tt_json_get(tt_json_get(listing, "data"), "children");
	if (!kids || kids->type != TT_JSON_ARR)
		return fail(R, listing, "Reddit JSON: the second listing has no \"children\" list");
	size_t cap = 64, depth = 0;
	struct frame *st = tt_xmalloc(cap * sizeof *st);
	st[depth++] = (struct frame){kids->first, NULL};
	while (depth) {
		struct frame *f = &st[depth - 1];
		const tt_json *thing = f->item;
		if (!thing) {
			depth--;
			continue;
		}
		f->item = thing->next;
		const char *kind = tt_json_str(thing, "kind");
		const tt_json *d = tt_json_get(thing, "data");
		if (kind && !strcmp(kind, "more")) {
			long long *more = f->parent ? &f->parent->more : &R->t->more;
			*more += more_count(d);
			continue;
		}
		if (!kind || strcmp(kind, "t1") || !d || !tt_json_str(d, "id")) {
			free(st);
			return fail(R, thing,
			            "Reddit JSON: expected a comment (kind \"t1\" with "
			            "an id) or a \"more\" stub");
		}
		tt_comment *c = tt_thread_add_comment(R->t, f->parent);
		fill_comment(R, c, thing);
		const tt_json *replies =
		    tt_json_get(tt_json_get(tt_json_get(d, "replies"), "data"), "children");
		if (replies && replies->type == TT_JSON_ARR && replies->first) {
			if (depth == cap)
				st = tt_xrealloc(st, (cap *= 2) * sizeof *st);
			st[depth++] = (struct frame){replies->first, c};
		}
	}
	free(st);
	return 0;
}

tt_thread *tt_import_reddit_json(const char *name, const tt_json *root, tt_error *err)
{
	struct reddit R = {.t = tt_thread_new(), .name = name, .err = err};
	R.t->name = tt_thread_strdup(R.t, name, (size_t)-1);
	int rc;
	if (root->type != TT_JSON_ARR || root->n != 2)
		rc = fail(&R, root,
		          "Reddit JSON: expected a list of two listings (the post, then its "
		          "comments), as a comments page gives with .json appended");
	else {
		decide_escaping(&R, root->first->next);
		rc = load_post(&R, root->first);
	}
	if (rc == 0)
		rc = load_comments(&R, root->first->next);
	if (rc == 0)
		rc = tt_thread_finish(R.t, err);
	if (rc < 0) {
		tt_thread_free(R.t);
		return NULL;
	}
	return R.t;
}

tt_thread *tt_import_reddit(const char *name, const char *json, size_t len, tt_error *err)
{
	tt_json_doc *doc = tt_json_parse(name, json, len, err);
	if (!doc)
		return NULL;
	tt_thread *t = tt_import_reddit_json(name, tt_json_root(doc), err);
	tt_json_free(doc);
	return t;
}
