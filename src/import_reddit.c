/* import_reddit: the JSON of a Reddit comments page (or comment permalink) into a thread. */
#include <stdlib.h>
#include <string.h>

#include "threadtag/datetime.h"
#include "threadtag/import.h"
#include "threadtag/json.h"
#include "threadtag/markup.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

/* What the streaming reader knows of each open array or object. */
struct level {
	int thing;     /* a thing of the comment tree (comment or "more" stub) */
	tt_comment *c; /* its comment, once created */
	size_t index;  /* the comment's number in document order */
};

/* A comment body waiting to know whether it is escaped. */
struct pending {
	size_t index;
	tt_comment *c;
	const char *body;
};

struct reddit {
	tt_thread *t;
	const char *name;
	tt_error *err;
	int escaped;         /* bodies were served with HTML entities (no raw_json=1) */
	int decided;         /* an html field has said which */
	struct level *level; /* by depth */
	size_t cap;
	signed char *says; /* per comment in document order: html_says() */
	size_t ncreated, cap_says;
	struct pending *pending;
	size_t npending, cap_pending;
	int first_top; /* what the first top-level comment's html says, -1 */
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

/* The item's time: created_utc (or created) in seconds since 1970. A value
 * that is not such a number (1e23, -5, "soon") is bad data, reported where it
 * stands; a missing or null one leaves the time unknown. */
static int created(struct reddit *R, const tt_json *data, const char **out)
{
	const char *key = "created_utc";
	const tt_json *v = tt_json_get(data, key);
	double secs;
	char iso[32];
	*out = NULL;
	if (!v)
		v = tt_json_get(data, key = "created");
	if (!v || v->type == TT_JSON_NULL)
		return 0;
	if (tt_json_number(v, &secs) < 0 || tt_datetime_from_epoch(secs, iso) < 0)
		return tt_error_set(R->err, R->name, v->line, v->col,
		                    "Reddit JSON: \"%s\" must be seconds since 1970 before the "
		                    "year 10000, found %s",
		                    key, v->s ? tt_text_quote(v->s, v->len, 40) : "another kind of value");
	*out = tt_thread_strdup(R->t, iso, (size_t)-1);
	return 0;
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
	if (created(R, d, &a->time) < 0)
		return -1;
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
 * has id "_" and count 0, but stands for at least one); -1 when the count is
 * not a sane number (1e300 would not even fit the counter). */
static long long more_count(const tt_json *d)
{
	double n = 0;
	const tt_json *kids = tt_json_get(d, "children");
	if (tt_json_get(d, "count") && tt_json_num(d, "count", &n) == 0 && (n < 0 || n > 1e15))
		return -1;
	if (n < 1 && kids && kids->n)
		n = (double)kids->n;
	return n < 1 ? 1 : (long long)n;
}

/* Whether an item's html says its text is escaped: 1, 0, or -1 when it has
 * no html that tells. */
static int html_says(const tt_json *data, const char *html_key)
{
	const char *html = tt_json_str(data, html_key);
	if (html && strstr(html, "&lt;"))
		return 1;
	return html && strchr(html, '<') ? 0 : -1;
}

static void set_body(struct reddit *R, tt_comment *c, const char *body, int esc)
{
	char *text = esc ? tt_markup_unescape(body, strlen(body)) : tt_xstrdup(body);
	tt_markup_split_paragraphs(R->t, &c->body, text);
	free(text);
}

/* A comment's fields. Its body waits for the end when only the comments
 * before it can say whether it is escaped. */
static int fill_comment(struct reddit *R, tt_comment *c, size_t index, const tt_json *thing)
{
	const tt_json *d = tt_json_get(thing, "data");
	int says = html_says(d, "body_html");
	R->says[index] = (signed char)says;
	c->id = tt_thread_strdup(R->t, tt_json_str(d, "id"), (size_t)-1);
	c->author = tt_thread_strdup(R->t, tt_json_str(d, "author"), (size_t)-1);
	if (created(R, d, &c->time) < 0)
		return -1;
	c->posted = c->time;
	c->line = thing->line;
	c->col = thing->col;
	const char *body = tt_json_str(d, "body");
	if (body && (!strcmp(body, "[deleted]") || !strcmp(body, "[removed]")))
		c->flags |= TT_C_DELETED;
	if (body && says >= 0) {
		set_body(R, c, body, says);
	} else if (body) {
		if (R->npending == R->cap_pending) {
			R->cap_pending = R->cap_pending ? R->cap_pending * 2 : 16;
			R->pending = tt_xrealloc(R->pending, R->cap_pending * sizeof *R->pending);
		}
		R->pending[R->npending++] =
		    (struct pending){index, c, tt_thread_strdup(R->t, body, (size_t)-1)};
	}
	return 0;
}

/* ---- streaming: each comment is read when its object ends, then dropped ---- */

static int keyed(const tt_json *n, tt_json_type type, const char *key)
{
	return n->type == type && n->key && !strcmp(n->key, key);
}

/* Is path[d] a thing of the comment tree: in the "children" of the second
 * listing, or of the "replies" listing of another such thing? */
static int is_thing(struct reddit *R, tt_json *const *path, size_t d)
{
	if (d < 4 || !keyed(path[d - 1], TT_JSON_ARR, "children") ||
	    !keyed(path[d - 2], TT_JSON_OBJ, "data"))
		return 0;
	if (d == 4)
		return path[0]->type == TT_JSON_ARR && path[0]->n == 2;
	return d >= 9 && keyed(path[d - 3], TT_JSON_OBJ, "replies") &&
	       keyed(path[d - 4], TT_JSON_OBJ, "data") && R->level[d - 5].thing;
}

/* A new comment under parent, numbered in document order (*index). */
static tt_comment *new_comment(struct reddit *R, tt_comment *parent, size_t *index)
{
	tt_comment *c = tt_thread_add_comment(R->t, parent);
	c->index = R->ncreated; /* until tt_thread_finish numbers it in preorder */
	if (R->ncreated == R->cap_says) {
		R->cap_says = R->cap_says ? R->cap_says * 2 : 1024;
		R->says = tt_xrealloc(R->says, R->cap_says);
	}
	R->says[R->ncreated] = -1;
	*index = R->ncreated++;
	return c;
}

/* Creates the comment of the thing at depth d under parent. */
static tt_comment *create(struct reddit *R, size_t d, tt_comment *parent)
{
	struct level *L = &R->level[d];
	L->c = new_comment(R, parent, &L->index);
	return L->c;
}

/* The comment of the thing at depth d, created (with its ancestors') the first
 * time something needs it, so comments come in document order. Things sit
 * five levels apart, the top ones at depth 4; a loop, not recursion, as a
 * chain may be 100,000 replies deep. */
static tt_comment *materialise(struct reddit *R, size_t d)
{
	size_t a = d;
	while (a > 4 && !R->level[a].c)
		a -= 5;
	tt_comment *parent = R->level[a].c ? R->level[a].c : create(R, a, NULL);
	for (a += 5; a <= d; a += 5)
		parent = create(R, a, parent);
	return parent;
}

static int reddit_open(void *ctx, tt_json *node, tt_json *const *path, size_t depth, tt_error *err)
{
	struct reddit *R = ctx;
	(void)err;
	if (depth >= R->cap) {
		R->cap = R->cap ? R->cap * 2 : 64;
		R->level = tt_xrealloc(R->level, R->cap * sizeof *R->level);
	}
	R->level[depth] =
	    (struct level){.thing = node->type == TT_JSON_OBJ && is_thing(R, path, depth)};
	return 0;
}

static const char not_a_comment[] =
    "Reddit JSON: expected a comment (kind \"t1\" with an id) or a \"more\" stub";

/* Its replies were taken out as they ended: anything left is not a thing. */
static int check_replies(struct reddit *R, const tt_json *data)
{
	const tt_json *kids =
	    tt_json_get(tt_json_get(tt_json_get(data, "replies"), "data"), "children");
	return kids && kids->type == TT_JSON_ARR && kids->first
	           ? fail(R, kids->first, not_a_comment)
	           : 0;
}

static int reddit_close(void *ctx, tt_json *node, tt_json *const *path, size_t depth, tt_error *err)
{
	struct reddit *R = ctx;
	(void)path;
	(void)err;
	if (!R->level[depth].thing)
		return 0;
	const char *kind = tt_json_str(node, "kind");
	const tt_json *d = tt_json_get(node, "data");
	if (kind && !strcmp(kind, "more") && !R->level[depth].c) {
		long long n = more_count(d);
		if (n < 0)
			return fail(R, tt_json_get(d, "count"),
			            "Reddit JSON: a \"more\" stub's count must be a whole number "
			            "of comments");
		if (n) /* a comment's count lives in its extras: made only when needed */
			*(depth > 4 ? &tt_comment_extra_set(R->t, materialise(R, depth - 5))->more
			            : &R->t->more) += n;
		return 1;
	}
	if (!kind || strcmp(kind, "t1") || !d || !tt_json_str(d, "id"))
		return fail(R, node, not_a_comment);
	if (check_replies(R, d) < 0)
		return -1;
	tt_comment *c = materialise(R, depth);
	if (fill_comment(R, c, R->level[depth].index, node) < 0)
		return -1;
	if (depth == 4 && R->first_top < 0)
		R->first_top = R->says[R->level[depth].index];
	return 1;
}

static int by_index(const void *a, const void *b)
{
	size_t x = ((const struct pending *)a)->index, y = ((const struct pending *)b)->index;
	return (x > y) - (x < y);
}

/* Bodies whose own html did not tell: in document order, each follows the
 * last comment that told, or, before any did, how its own text reads. */
static void finish_bodies(struct reddit *R)
{
	if (!R->npending)
		return;
	qsort(R->pending, R->npending, sizeof *R->pending, by_index);
	size_t j = 0;
	for (size_t i = 0; i < R->ncreated && j < R->npending; i++) {
		if (R->says[i] >= 0) {
			R->escaped = R->says[i];
			R->decided = 1;
			continue;
		}
		if (R->pending[j].index != i)
			continue;
		const char *body = R->pending[j++].body;
		set_body(R, R->pending[j - 1].c, body,
		         R->decided ? R->escaped : looks_escaped(body));
	}
}

/* The second listing's "children": the top-level things; NULL (err set) when
 * the document is not a comments page. */
static const tt_json *top_things(struct reddit *R, const tt_json *root)
{
	if (root->type != TT_JSON_ARR || root->n != 2) {
		fail(R, root,
		     "Reddit JSON: expected a list of two listings (the post, then its "
		     "comments), as a comments page gives with .json appended");
		return NULL;
	}
	const tt_json *listing = root->first->next;
	const tt_json *kids = tt_json_get(tt_json_get(listing, "data"), "children");
	if (!kids || kids->type != TT_JSON_ARR) {
		fail(R, listing, "Reddit JSON: the second listing has no \"children\" list");
		return NULL;
	}
	return kids;
}

/* The whole document has been read, comments taken out (kids_left: none
 * should be): the post, then the bodies that waited for it. */
static int load_rest(struct reddit *R, const tt_json *root, int kids_left)
{
	const tt_json *kids = top_things(R, root);
	if (!kids)
		return -1;
	if (kids_left && kids->first)
		return fail(R, kids->first, not_a_comment);
	/* A link post has no html of its own to say whether its title is
	 * escaped: the first top-level comment that tells decides. */
	if (R->first_top >= 0) {
		R->escaped = R->first_top;
		R->decided = 1;
	}
	if (load_post(R, root->first) < 0)
		return -1;
	finish_bodies(R);
	return 0;
}

tt_thread *tt_import_reddit(const char *name, const char *json, size_t len, tt_error *err)
{
	struct reddit R = {.t = tt_thread_new(), .name = name, .err = err, .first_top = -1};
	R.t->name = tt_thread_strdup(R.t, name, (size_t)-1);
	tt_json_hooks hooks = {.open = reddit_open, .close = reddit_close, .ctx = &R};
	tt_json_doc *doc = tt_json_parse_hooks(name, json, len, &hooks, err);
	int rc = doc ? load_rest(&R, tt_json_root(doc), 1) : -1;
	/* Given back before the thread's index is built, which is the peak. */
	tt_json_free(doc);
	free(R.level);
	free(R.says);
	free(R.pending);
	if (rc == 0)
		rc = tt_thread_finish(R.t, err);
	if (rc < 0) {
		tt_thread_free(R.t);
		return NULL;
	}
	return R.t;
}

/* ---- built piece by piece: a fetch adds each answer's comments as it comes ---- */

struct tt_reddit_build {
	struct reddit R;
	tt_reddit_hooks h;
};

/* An array of things being walked: the next one, and the comment they reply to. */
struct tlevel {
	const tt_json *next;
	tt_comment *parent;
};

/* Does the array hold an object (a thing the streaming reader would take)? */
static int holds_objects(const tt_json *arr)
{
	for (const tt_json *k = arr && arr->type == TT_JSON_ARR ? arr->first : NULL; k; k = k->next)
		if (k->type == TT_JSON_OBJ)
			return 1;
	return 0;
}

/* A stub: to the hook when there is one, else counted under its parent as
 * the streaming reader counts it. */
static int take_stub(struct tt_reddit_build *B, tt_comment *parent, const tt_json *item,
                     const tt_json *d)
{
	long long more = more_count(d);
	if (B->h.stub)
		return B->h.stub(B->h.ctx, parent, item, more);
	return tt_reddit_build_more(B, parent, more, tt_json_get(d, "count"));
}

/* The things from first on (only first when one is set) under parent: a
 * comment is made when it is reached, a stub goes to take_stub, anything else
 * is refused where it stands. A whole array is taken before the replies found
 * in it, the last comment's replies first (an explicit stack, as replies nest
 * deep): so a fetch meets the stubs of a page in the order it always asked
 * for them, top level first, whatever --limit then leaves out. The order the
 * comments are made in does not matter: each goes under its parent, after
 * the ones already there, and bodies are settled at the end in page order. */
static int walk_things(struct tt_reddit_build *B, const tt_json *first, tt_comment *parent,
                       int one)
{
	struct reddit *R = &B->R;
	size_t n = 0, cap = 64;
	struct tlevel *st = tt_xmalloc(cap * sizeof *st);
	st[n++] = (struct tlevel){first, parent};
	int rc = 0;
	while (n && rc == 0) {
		struct tlevel L = st[--n];
		for (const tt_json *item = L.next; item && rc == 0; item = one ? NULL : item->next) {
			const char *kind = item->type == TT_JSON_OBJ ? tt_json_str(item, "kind") : NULL;
			const tt_json *d = tt_json_get(item, "data");
			const tt_json *r =
			    tt_json_get(tt_json_get(tt_json_get(d, "replies"), "data"), "children");
			if (kind && !strcmp(kind, "more") && !holds_objects(r)) {
				rc = take_stub(B, L.parent, item, d);
				continue;
			}
			if (!kind || strcmp(kind, "t1") || !d || !tt_json_str(d, "id")) {
				rc = fail(R, item, not_a_comment);
				break;
			}
			size_t index;
			tt_comment *c = new_comment(R, L.parent, &index);
			if (fill_comment(R, c, index, item) < 0) {
				rc = -1;
				break;
			}
			if (B->h.comment)
				B->h.comment(B->h.ctx, c, d);
			if (r && r->type == TT_JSON_ARR && r->first) {
				if (n == cap)
					st = tt_xrealloc(st, (cap *= 2) * sizeof *st);
				st[n++] = (struct tlevel){r->first, c};
			}
		}
		one = 0; /* only the first frame is a single thing */
	}
	free(st);
	return rc;
}

tt_reddit_build *tt_reddit_build_new(const char *name, const tt_reddit_hooks *hooks, tt_error *err)
{
	struct tt_reddit_build *B = tt_xcalloc(1, sizeof *B);
	B->R = (struct reddit){.t = tt_thread_new(), .name = name, .err = err, .first_top = -1};
	B->R.t->name = tt_thread_strdup(B->R.t, name, (size_t)-1);
	if (hooks)
		B->h = *hooks;
	return B;
}

int tt_reddit_build_add(tt_reddit_build *B, tt_comment *parent, const tt_json *things)
{
	if (!things || things->type != TT_JSON_ARR)
		return 0;
	return walk_things(B, things->first, parent, 0);
}

int tt_reddit_build_add_one(tt_reddit_build *B, tt_comment *parent, const tt_json *thing)
{
	return walk_things(B, thing, parent, 1);
}

int tt_reddit_build_more(tt_reddit_build *B, tt_comment *parent, long long n, const tt_json *at)
{
	if (n < 0)
		return fail(&B->R, at,
		            "Reddit JSON: a \"more\" stub's count must be a whole number of "
		            "comments");
	if (n) /* a comment's count lives in its extras: made only when needed */
		*(parent ? &tt_comment_extra_set(B->R.t, parent)->more : &B->R.t->more) += n;
	return 0;
}

void tt_reddit_build_free(tt_reddit_build *B)
{
	if (!B)
		return;
	tt_thread_free(B->R.t);
	free(B->R.says);
	free(B->R.pending);
	free(B);
}

/* finish_bodies in the order of the tree as built, which is the document
 * order of the page it stands for: comments were numbered as they came. */
static void finish_bodies_built(struct reddit *R)
{
	if (!R->npending)
		return;
	const char **body = tt_xcalloc(R->ncreated ? R->ncreated : 1, sizeof *body);
	for (size_t j = 0; j < R->npending; j++)
		body[R->pending[j].index] = R->pending[j].body;
	for (tt_comment *c = R->t->first; c; c = tt_comment_walk(c)) {
		size_t i = c->index;
		if (R->says[i] >= 0) {
			R->escaped = R->says[i];
			R->decided = 1;
		} else if (body[i]) {
			set_body(R, c, body[i], R->decided ? R->escaped : looks_escaped(body[i]));
		}
	}
	free(body);
}

tt_thread *tt_reddit_build_end(tt_reddit_build *B, const tt_json *root)
{
	struct reddit *R = &B->R;
	/* The first top-level comment whose html tells, as the reader finds it. */
	for (const tt_comment *c = R->t->first; c && R->first_top < 0; c = c->next_sibling)
		R->first_top = R->says[c->index];
	int rc = top_things(R, root) ? 0 : -1;
	if (rc == 0 && R->first_top >= 0) {
		R->escaped = R->first_top;
		R->decided = 1;
	}
	if (rc == 0)
		rc = load_post(R, root->first);
	if (rc == 0)
		finish_bodies_built(R);
	if (rc == 0)
		rc = tt_thread_finish(R->t, R->err);
	tt_thread *t = rc == 0 ? R->t : NULL;
	if (t)
		B->R.t = NULL;
	tt_reddit_build_free(B);
	return t;
}

tt_thread *tt_import_reddit_tree(const char *name, const tt_json *root, tt_error *err)
{
	tt_reddit_build *B = tt_reddit_build_new(name, NULL, err);
	const tt_json *kids = top_things(&B->R, root);
	if (!kids || tt_reddit_build_add(B, NULL, kids) < 0) {
		tt_reddit_build_free(B);
		return NULL;
	}
	return tt_reddit_build_end(B, root);
}
