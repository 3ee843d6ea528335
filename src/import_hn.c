/* import_hn: Hacker News items (Algolia's and HNPWA/node-hnapi's JSON) into a thread. */
#include <stdlib.h>
#include <string.h>

#include "threadtag/datetime.h"
#include "threadtag/import.h"
#include "threadtag/json.h"
#include "threadtag/markup.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

/* The two shapes name the same things differently. */
struct shape {
	const char *kids, *author, *text;
};
static const struct shape algolia = {"children", "author", "text"};
static const struct shape hnpwa = {"comments", "user", "content"};

enum { AUTHORS = 4096 }; /* slots of the author table, a power of two */

/* What the streaming reader knows of each open array or object. */
struct level {
	int item;      /* an item: the top one or a reply */
	tt_comment *c; /* its comment, once created */
};

struct hn {
	tt_thread *t;
	const char *name;
	tt_error *err;
	const struct shape *sh;
	const tt_json *root;
	struct level *level; /* by depth */
	size_t cap;
	int decided;          /* -1 until replies are seen; then 1 when the top item is a comment */
	int redo;             /* -1, or what decided should have been */
	tt_strv poll;         /* poll options, for after the question's text */
	const char **authors; /* the author table (AUTHORS slots) */
	size_t nauthors;
};

static int fail(struct hn *H, const tt_json *at, const char *msg)
{
	return tt_error_set(H->err, H->name, at ? at->line : 0, at ? at->col : 0, "%s", msg);
}

/* created_at_i (Algolia) or time (HNPWA) are epoch seconds; created_at is ISO.
 * Seconds that are not a number since 1970 before the year 10000 (1e23, -5)
 * are bad data, reported where they stand. */
static int item_time(struct hn *H, const tt_json *item, const char **out)
{
	double secs;
	char iso[32];
	*out = NULL;
	const char *key = "created_at_i";
	const tt_json *v = tt_json_get(item, key);
	if (!v)
		v = tt_json_get(item, key = "time");
	if (v && v->type != TT_JSON_NULL) {
		if (tt_json_number(v, &secs) < 0 || tt_datetime_from_epoch(secs, iso) < 0)
			return tt_error_set(H->err, H->name, v->line, v->col,
			                    "Hacker News JSON: \"%s\" must be seconds since 1970 "
			                    "before the year 10000, found %s",
			                    key, v->s ? tt_text_quote(v->s, v->len, 40) : "another kind of value");
		*out = tt_thread_strdup(H->t, iso, (size_t)-1);
		return 0;
	}
	const char *at = tt_json_str(item, "created_at");
	if (at && tt_datetime_parse(at, iso) == 0)
		*out = tt_thread_strdup(H->t, iso, (size_t)-1);
	return 0;
}

static int is_story(const tt_json *item)
{
	const char *type = tt_json_str(item, "type");
	if (type && !strcmp(type, "comment"))
		return 0;
	return tt_json_get(item, "title") != NULL;
}

/* A thread copy of s, shared with earlier equal strings while the table has
 * room: in a large thread most authors write many comments. */
static const char *intern(struct hn *H, const char *s)
{
	if (!s)
		return NULL;
	size_t h = 5381;
	for (const char *p = s; *p; p++)
		h = h * 33 + (unsigned char)*p;
	for (size_t i = 0; i < AUTHORS; i++) {
		const char **slot = &H->authors[(h + i) & (AUTHORS - 1)];
		if (!*slot) {
			if (H->nauthors >= AUTHORS / 2)
				break;
			H->nauthors++;
			return *slot = tt_thread_strdup(H->t, s, (size_t)-1);
		}
		if (!strcmp(*slot, s))
			return *slot;
	}
	return tt_thread_strdup(H->t, s, (size_t)-1);
}

/* The author, under either shape's name or the official API's "by". */
static const char *item_author(struct hn *H, const tt_json *item)
{
	const char *who = tt_json_str(item, H->sh->author);
	return intern(H, who ? who : tt_json_str(item, "by"));
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

static int fill_comment(struct hn *H, tt_comment *c, const tt_json *item)
{
	const char *text = tt_json_str(item, H->sh->text);
	c->id = tt_thread_strdup(H->t, tt_json_text(item, "id"), (size_t)-1);
	c->author = item_author(H, item);
	long long more = unloaded_kids(H, item);
	if (more)
		tt_comment_extra_set(H->t, c)->more = more;
	if (item_time(H, item, &c->time) < 0)
		return -1;
	c->posted = c->time;
	c->line = item->line;
	c->col = item->col;
	if (tt_json_true(item, "deleted") || (!text && !c->author))
		c->flags |= TT_C_DELETED;
	if (tt_json_true(item, "dead"))
		c->flags |= TT_C_DEAD;
	if (text)
		tt_markup_html_paragraphs(H->t, &c->body, text);
	return 0;
}

static int is_poll_option(const tt_json *item)
{
	const char *type = tt_json_str(item, "type");
	return type && !strcmp(type, "pollopt");
}

/* A poll's options are part of the question, not replies: they go to the
 * article body as "OPTION (N points)", after the question's own text. */
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
	tt_strv_push(H->t, &H->poll, opt);
}

/* The replies of an item: a list, or null. Items among them were taken out
 * as they ended, so anything still in the list is not an item. */
static int check_item(struct hn *H, const tt_json *item)
{
	if (item->type != TT_JSON_OBJ || !tt_json_text(item, "id"))
		return fail(H, item, "Hacker News JSON: expected an item (an object with an id)");
	const tt_json *kids = tt_json_get(item, H->sh->kids);
	if (kids && kids->type != TT_JSON_ARR && kids->type != TT_JSON_NULL)
		return fail(H, kids, "Hacker News JSON: the replies of an item must be a list");
	/* Replies are objects, each taken out as it ended (or, from a parsed
	 * tree, read in place): anything else in the list is not an item. */
	const tt_json *k = kids ? kids->first : NULL;
	while (k && k->type == TT_JSON_OBJ)
		k = k->next;
	if (k)
		return fail(H, k, "Hacker News JSON: expected an item (an object with an id)");
	return 0;
}

/* ---- streaming: each reply is read when its object ends, then dropped ---- */

/* Is path[depth] (an object) a reply: an element of an item's replies list? */
static int is_reply(struct hn *H, tt_json *const *path, size_t depth)
{
	if (depth < 2 || !H->level[depth - 2].item)
		return 0;
	const tt_json *list = path[depth - 1];
	return list->type == TT_JSON_ARR && list->key &&
	       (!strcmp(list->key, "children") || !strcmp(list->key, "comments"));
}

/* The top item's comment: none for a story, whose replies are the top
 * level; a comment's page puts the comment itself at the top, as decided by
 * what came before its replies. */
static tt_comment *root_comment(struct hn *H)
{
	struct level *L = &H->level[0];
	if (L->c)
		return L->c;
	if (H->decided < 0) {
		const char *type = tt_json_str(H->root, "type");
		H->decided = type ? !strcmp(type, "comment") : !tt_json_get(H->root, "title");
	}
	if (H->decided)
		L->c = tt_thread_add_comment(H->t, NULL);
	return L->c;
}

/* The comment of the item at depth d, created (with those of its ancestors)
 * the first time something needs it, so comments come in document order.
 * Items sit two levels apart (d - 1 is a list); a loop, not recursion, as a
 * chain may be 100,000 replies deep. */
static tt_comment *materialise(struct hn *H, size_t d)
{
	size_t a = d;
	while (a > 0 && !H->level[a].c)
		a -= 2;
	tt_comment *parent = a ? H->level[a].c : root_comment(H);
	for (a += 2; a <= d; a += 2)
		parent = H->level[a].c = tt_thread_add_comment(H->t, parent);
	return parent;
}

static int hn_open(void *ctx, tt_json *node, tt_json *const *path, size_t depth, tt_error *err)
{
	struct hn *H = ctx;
	(void)err;
	if (depth >= H->cap) {
		H->cap = H->cap ? H->cap * 2 : 64;
		H->level = tt_xrealloc(H->level, H->cap * sizeof *H->level);
	}
	if (depth == 0)
		H->root = node;
	H->level[depth] = (struct level){.item = node->type == TT_JSON_OBJ &&
	                                         (depth == 0 || is_reply(H, path, depth))};
	return 0;
}

static int hn_close(void *ctx, tt_json *node, tt_json *const *path, size_t depth, tt_error *err)
{
	struct hn *H = ctx;
	(void)err;
	if (!H->level[depth].item || depth == 0)
		return 0;
	/* The shapes name the list of replies differently. */
	H->sh = strcmp(path[depth - 1]->key, "comments") ? &algolia : &hnpwa;
	if (check_item(H, node) < 0)
		return -1;
	if (is_poll_option(node)) {
		add_poll_option(H, node);
		return 1;
	}
	if (fill_comment(H, materialise(H, depth), node) < 0)
		return -1;
	return 1;
}

static int load_story(struct hn *H, const tt_json *root)
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
	if (item_time(H, root, &a->time) < 0)
		return -1;
	a->published = a->time;
	const char *text = tt_json_str(root, H->sh->text);
	if (text)
		tt_markup_html_paragraphs(H->t, &a->body, text);
	for (size_t i = 0; i < H->poll.n; i++)
		tt_strv_push(H->t, &a->body, H->poll.v[i]);
	return 0;
}

/* The top item, once the whole document has been read. */
static int load_root(struct hn *H, const tt_json *root)
{
	if (root->type != TT_JSON_OBJ)
		return fail(H, root, "Hacker News JSON: expected an item object at the top");
	if (check_item(H, root) < 0)
		return -1;
	const char *id = tt_json_text(root, "id");
	H->t->id = tt_thread_strfmt(H->t, "hn_%s", id);
	H->t->source = tt_thread_strfmt(H->t, "https://news.ycombinator.com/item?id=%s", id);
	H->t->article.site = "Hacker News";
	int comment_page = !is_story(root);
	if (H->decided >= 0 && H->decided != comment_page) {
		H->redo = comment_page; /* decided on too little: read again knowing */
		return -1;
	}
	if (!comment_page)
		return load_story(H, root);
	/* A comment's own page: the comment leads the tree. */
	H->decided = 1;
	const char *who = item_author(H, root);
	H->t->article.title =
	    tt_thread_strfmt(H->t, "Hacker News comment %s by %s", id, who ? who : "[deleted]");
	H->t->article.url = tt_thread_strfmt(H->t, "https://news.ycombinator.com/item?id=%s", id);
	return fill_comment(H, materialise(H, 0), root);
}

/* The top item in the shape its keys say (HNPWA's or Algolia's), loaded. */
static int load_top(struct hn *H, const tt_json *root)
{
	if (root->type == TT_JSON_OBJ &&
	    (tt_json_get(root, "comments") || tt_json_get(root, "user") ||
	     tt_json_get(root, "content")))
		H->sh = &hnpwa;
	return load_root(H, root);
}

/* The end of a reading: its buffers freed, the thread finished (rc 0) or
 * freed; the thread or NULL. */
static tt_thread *finish_read(struct hn *H, int rc)
{
	free(H->level);
	free(H->authors);
	if (rc == 0)
		rc = tt_thread_finish(H->t, H->err);
	if (rc < 0) {
		tt_thread_free(H->t);
		return NULL;
	}
	return H->t;
}

/* One reading of the document; decided is -1, or whether the top item is a
 * comment when a first reading found out too late. */
static tt_thread *import_pass(const char *name, const char *json, size_t len, int decided,
                              int *redo, tt_error *err)
{
	struct hn H = {.authors = tt_xcalloc(AUTHORS, sizeof(char *)),
	               .t = tt_thread_new(),
	               .name = name,
	               .err = err,
	               .sh = &algolia,
	               .decided = decided,
	               .redo = -1};
	H.t->name = tt_thread_strdup(H.t, name, (size_t)-1);
	tt_json_hooks hooks = {.open = hn_open, .close = hn_close, .ctx = &H};
	tt_json_doc *doc = tt_json_parse_hooks(name, json, len, &hooks, err);
	int rc = doc ? 0 : -1;
	if (rc == 0) {
		const tt_json *root = tt_json_root(doc);
		H.sh = &algolia;
		rc = load_top(&H, root);
	}
	/* Given back before the thread's index is built, which is the peak. */
	tt_json_free(doc);
	*redo = H.redo;
	return finish_read(&H, rc);
}

/* Replies are read as they stream past, which needs to know whether the top
 * item is a story before its replies: its "type" and "title" usually come
 * first; when they come later, the document is read a second time. */
tt_thread *tt_import_hn(const char *name, const char *json, size_t len, tt_error *err)
{
	int redo;
	tt_thread *t = import_pass(name, json, len, -1, &redo, err);
	if (!t && redo >= 0)
		t = import_pass(name, json, len, redo, &redo, err);
	return t;
}

/* ---- from a tree already parsed: a fetch's answer ---- */

struct rframe {
	tt_json *node;
	tt_json *next; /* the next child to visit */
};

/* Calls the streaming reader's hooks over a whole tree, in the order the
 * parser would: each array or object opened, its children, then closed. A
 * reply the reader would drop stays in place; check_item skips objects. */
static int replay(struct hn *H, const tt_json *root)
{
	size_t n = 0, cap = 64;
	struct rframe *st = tt_xmalloc(cap * sizeof *st);
	tt_json **path = tt_xmalloc(cap * sizeof *path);
	int rc = hn_open(H, (tt_json *)root, path, 0, H->err);
	path[0] = (tt_json *)root;
	st[n++] = (struct rframe){(tt_json *)root, root->first};
	while (n && rc == 0) {
		struct rframe *f = &st[n - 1];
		tt_json *c = f->next;
		if (!c) {
			n--;
			rc = hn_close(H, f->node, path, n, H->err) < 0 ? -1 : 0;
			continue;
		}
		f->next = c->next;
		if (c->type != TT_JSON_ARR && c->type != TT_JSON_OBJ)
			continue;
		if (n == cap) {
			cap *= 2;
			st = tt_xrealloc(st, cap * sizeof *st);
			path = tt_xrealloc(path, cap * sizeof *path);
		}
		rc = hn_open(H, c, path, n, H->err);
		path[n] = c;
		st[n++] = (struct rframe){c, c->first};
	}
	free(st);
	free(path);
	return rc;
}

tt_thread *tt_import_hn_tree(const char *name, const tt_json *root, tt_error *err)
{
	/* The whole item is at hand: whether it is a comment is known before its
	 * replies, as a second reading of the text would know it. */
	struct hn H = {.authors = tt_xcalloc(AUTHORS, sizeof(char *)),
	               .t = tt_thread_new(),
	               .name = name,
	               .err = err,
	               .sh = &algolia,
	               .decided = root->type == TT_JSON_OBJ ? !is_story(root) : -1,
	               .redo = -1};
	H.t->name = tt_thread_strdup(H.t, name, (size_t)-1);
	int rc = replay(&H, root);
	if (rc == 0) {
		rc = load_top(&H, root);
	}
	return finish_read(&H, rc);
}
