/* import_hn: Hacker News items (Algolia's and HNPWA/node-hnapi's JSON) into a thread. */
#include <stdlib.h>
#include <string.h>

#include "threadtag/datetime.h"
#include "threadtag/import.h"
#include "threadtag/json.h"
#include "threadtag/markup.h"
#include "threadtag/xalloc.h"

/* The two shapes name the same things differently. */
struct shape {
	const char *kids, *author, *text;
};
static const struct shape algolia = {"children", "author", "text"};
static const struct shape hnpwa = {"comments", "user", "content"};

struct hn {
	tt_thread *t;
	const char *name;
	tt_error *err;
	const struct shape *sh;
};

static int fail(struct hn *H, const tt_json *at, const char *msg)
{
	return tt_error_set(H->err, H->name, at ? at->line : 0, at ? at->col : 0, "%s", msg);
}

/* created_at_i (Algolia) or time (HNPWA) are epoch seconds; created_at is ISO. */
static const char *item_time(struct hn *H, const tt_json *item)
{
	double secs;
	char iso[32];
	if (tt_json_num(item, "created_at_i", &secs) == 0 ||
	    tt_json_num(item, "time", &secs) == 0) {
		tt_datetime_from_epoch(secs, iso);
		return tt_thread_strdup(H->t, iso, (size_t)-1);
	}
	const char *at = tt_json_str(item, "created_at");
	if (at && tt_datetime_parse(at, iso) == 0)
		return tt_thread_strdup(H->t, iso, (size_t)-1);
	return NULL;
}

static int is_story(const tt_json *item)
{
	const char *type = tt_json_str(item, "type");
	if (type && !strcmp(type, "comment"))
		return 0;
	return tt_json_get(item, "title") != NULL;
}

/* The author, under either shape's name or the official API's "by". */
static const char *item_author(struct hn *H, const tt_json *item)
{
	const char *who = tt_json_str(item, H->sh->author);
	return tt_thread_strdup(H->t, who ? who : tt_json_str(item, "by"), (size_t)-1);
}

/* The official API lists replies as bare ids ("kids"): they are counted as
 * comments not loaded. */
static long long unloaded_kids(struct hn *H, const tt_json *item)
{
	const tt_json *kids = tt_json_get(item, "kids");
	if (tt_json_get(item, H->sh->kids) || !kids || kids->type != TT_JSON_ARR)
		return 0;
	return (long long)kids->n;
}

static void fill_comment(struct hn *H, tt_comment *c, const tt_json *item)
{
	const char *text = tt_json_str(item, H->sh->text);
	c->id = tt_thread_strdup(H->t, tt_json_text(item, "id"), (size_t)-1);
	c->author = item_author(H, item);
	c->more = unloaded_kids(H, item);
	c->time = item_time(H, item);
	c->posted = c->time;
	c->line = item->line;
	c->col = item->col;
	if (tt_json_true(item, "deleted") || (!text && !c->author))
		c->flags |= TT_C_DELETED;
	if (tt_json_true(item, "dead"))
		c->flags |= TT_C_DEAD;
	if (text)
		tt_markup_html_paragraphs(H->t, &c->body, text);
}

static int is_poll_option(const tt_json *item)
{
	const char *type = tt_json_str(item, "type");
	return type && !strcmp(type, "pollopt");
}

/* A poll's options are part of the question, not replies: they go to the
 * article body as "OPTION (N points)". */
static void add_poll_option(struct hn *H, const tt_json *item)
{
	tt_strv text = {0};
	const char *html = tt_json_str(item, H->sh->text);
	double points;
	if (html)
		tt_markup_html_paragraphs(H->t, &text, html);
	const char *opt = text.n ? text.v[0] : "";
	if (tt_json_num(item, "points", &points) == 0 || tt_json_num(item, "score", &points) == 0)
		opt = tt_thread_strfmt(H->t, "%s (%.0f points)", opt, points);
	tt_strv_push(H->t, &H->t->article.body, opt);
}

struct frame {
	const tt_json *item;
	tt_comment *parent;
};

static int check_item(struct hn *H, const tt_json *item)
{
	if (item->type != TT_JSON_OBJ || !tt_json_text(item, "id"))
		return fail(H, item, "Hacker News JSON: expected an item (an object with an id)");
	const tt_json *kids = tt_json_get(item, H->sh->kids);
	if (kids && kids->type != TT_JSON_ARR && kids->type != TT_JSON_NULL)
		return fail(H, kids, "Hacker News JSON: the replies of an item must be a list");
	return 0;
}

/* Walks the nested replies without recursion. */
static int load_tree(struct hn *H, const tt_json *first, tt_comment *parent)
{
	size_t cap = 64, depth = 0;
	struct frame *st = tt_xmalloc(cap * sizeof *st);
	st[depth++] = (struct frame){first, parent};
	while (depth) {
		struct frame *f = &st[depth - 1];
		const tt_json *item = f->item;
		if (!item) {
			depth--;
			continue;
		}
		f->item = item->next;
		if (check_item(H, item) < 0) {
			free(st);
			return -1;
		}
		if (is_poll_option(item)) {
			add_poll_option(H, item);
			continue;
		}
		tt_comment *c = tt_thread_add_comment(H->t, f->parent);
		fill_comment(H, c, item);
		const tt_json *kids = tt_json_get(item, H->sh->kids);
		if (kids && kids->type == TT_JSON_ARR && kids->first) {
			if (depth == cap)
				st = tt_xrealloc(st, (cap *= 2) * sizeof *st);
			st[depth++] = (struct frame){kids->first, c};
		}
	}
	free(st);
	return 0;
}

static void load_story(struct hn *H, const tt_json *root)
{
	tt_article *a = &H->t->article;
	const char *id = tt_json_text(root, "id");
	a->title = tt_thread_strdup(H->t, tt_json_str(root, "title"), (size_t)-1);
	a->author = item_author(H, root);
	H->t->more = unloaded_kids(H, root);
	a->site = "Hacker News";
	const char *url = tt_json_str(root, "url");
	a->url = url && strncmp(url, "item?id=", 8)
	             ? tt_thread_strdup(H->t, url, (size_t)-1)
	             : tt_thread_strfmt(H->t, "https://news.ycombinator.com/item?id=%s", id);
	a->time = item_time(H, root);
	a->published = a->time;
	const char *text = tt_json_str(root, H->sh->text);
	if (text)
		tt_markup_html_paragraphs(H->t, &a->body, text);
}

tt_thread *tt_import_hn(const char *name, const char *json, size_t len, tt_error *err)
{
	tt_json_doc *doc = tt_json_parse(name, json, len, err);
	if (!doc)
		return NULL;
	const tt_json *root = tt_json_root(doc);
	struct hn H = {.t = tt_thread_new(), .name = name, .err = err, .sh = &algolia};
	H.t->name = tt_thread_strdup(H.t, name, (size_t)-1);
	int rc = root->type == TT_JSON_OBJ ? 0
	                                   : fail(&H, root,
	                                          "Hacker News JSON: expected an item "
	                                          "object at the top");
	if (rc == 0 && (tt_json_get(root, "comments") || tt_json_get(root, "user") ||
	                tt_json_get(root, "content")))
		H.sh = &hnpwa;
	if (rc == 0)
		rc = check_item(&H, root);
	if (rc == 0) {
		const char *id = tt_json_text(root, "id");
		H.t->id = tt_thread_strfmt(H.t, "hn_%s", id);
		H.t->source = tt_thread_strfmt(H.t, "https://news.ycombinator.com/item?id=%s", id);
		H.t->article.site = "Hacker News";
		if (is_story(root)) {
			load_story(&H, root);
			const tt_json *kids = tt_json_get(root, H.sh->kids);
			if (kids && kids->type == TT_JSON_ARR)
				rc = load_tree(&H, kids->first, NULL);
		} else {
			/* A comment's own page: the comment leads the tree. */
			const char *who = item_author(&H, root);
			H.t->article.title = tt_thread_strfmt(H.t, "Hacker News comment %s by %s",
			                                      id, who ? who : "[deleted]");
			H.t->article.url =
			    tt_thread_strfmt(H.t, "https://news.ycombinator.com/item?id=%s", id);
			rc = load_tree(&H, root, NULL); /* the root has no siblings */
		}
	}
	if (rc == 0)
		rc = tt_thread_finish(H.t, err);
	tt_json_free(doc);
	if (rc < 0) {
		tt_thread_free(H.t);
		return NULL;
	}
	return H.t;
}
