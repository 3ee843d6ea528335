/* fetch_hn: a Hacker News thread from Algolia in one answer, or from the official API item by item.
 */
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/exitcodes.h"
#include "threadtag/fetch.h"
#include "threadtag/import.h"
#include "threadtag/xalloc.h"

/* Bounds that keep a hostile server from making a fetch endless: parent links
 * climbed, and items fetched (ids already seen are never fetched again). */
enum { MAX_PARENT_HOPS = 1000, MAX_ITEMS = 1000000 };

static int is_number(const char *s)
{
	return s && *s && strspn(s, "0123456789") == strlen(s) && strlen(s) < 20;
}

/* Algolia: the item, and when it is a comment, its story (the comment selected). */
static tt_thread *from_algolia(tt_fetch_session *S, const tt_url *u, const char *base)
{
	char *url = tt_xasprintf("%s/api/v1/items/%s", base, u->id);
	const tt_json *root = tt_fetch_json(S, url);
	const char *type = tt_json_str(root, "type");
	const char *story = tt_json_text(root, "story_id");
	if (root && type && !strcmp(type, "comment") && is_number(story)) {
		snprintf(tt_fetch_res(S)->selected, sizeof tt_fetch_res(S)->selected, "%s", u->id);
		free(url);
		url = tt_xasprintf("%s/api/v1/items/%s", base, story);
		root = tt_fetch_json(S, url);
	}
	tt_thread *t = NULL;
	if (root) { /* the answer as parsed: each byte is parsed once */
		t = tt_import_hn_tree(url, root, tt_fetch_err(S));
		if (!t)
			tt_fetch_res(S)->code = EX_DATAERR;
	}
	free(url);
	return t;
}

/* The official API's tree being assembled: items get a "children" array so
 * the result reads as Algolia's shape, which the importer knows. */
struct tree {
	tt_fetch_session *S;
	const char *base;
	tt_json **made;
	size_t nmade;
	void *seen; /* tsearch set of the ids asked for (pointers into the answers) */
	size_t nseen;
};

static int by_str(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Marks id as asked for; 0 when it already was (a loop) or too many were. */
static int first_time(struct tree *T, const char *id)
{
	if (T->nseen >= MAX_ITEMS || tfind(id, &T->seen, by_str))
		return 0;
	tsearch(id, &T->seen, by_str);
	T->nseen++;
	return 1;
}

static void no_free(void *p)
{
	(void)p;
}

static tt_json *make(struct tree *T, tt_json_type type, const char *key)
{
	tt_json *n = tt_xcalloc(1, sizeof *n);
	n->type = type;
	n->key = key;
	T->made = tt_xrealloc(T->made, (T->nmade + 1) * sizeof *T->made);
	T->made[T->nmade++] = n;
	return n;
}

static char *item_url(const struct tree *T, const char *id)
{
	return tt_xasprintf("%s/v0/item/%s.json", T->base, id);
}

/* One item alone; NULL + err when it cannot be had or is not an item. */
static tt_json *one_item(struct tree *T, const char *id)
{
	char *url = item_url(T, id);
	const tt_json *it = tt_fetch_json(T->S, url);
	if (it && (it->type != TT_JSON_OBJ || !tt_json_text(it, "id")))
		it = tt_fetch_fail(T->S, EX_DATAERR, url, "not a Hacker News item");
	free(url);
	return (tt_json *)it;
}

/* The ids of an item's replies that can go into a URL, each once. */
static size_t kid_ids(struct tree *T, const tt_json *item, const char ***ids, size_t n)
{
	const tt_json *kids = tt_json_get(item, "kids");
	for (const tt_json *k = kids && kids->type == TT_JSON_ARR ? kids->first : NULL; k;
	     k = k->next)
		if (k->type == TT_JSON_NUM && is_number(k->s) && first_time(T, k->s)) {
			*ids = tt_xrealloc(*ids, (n + 1) * sizeof **ids);
			(*ids)[n++] = k->s;
		}
	return n;
}

/* Fetches the tree under root level by level, many items at once. */
static int fill_tree(struct tree *T, tt_json *root)
{
	tt_json **level = tt_xmalloc(sizeof *level);
	size_t nlevel = 1, count = 0;
	level[0] = root;
	int rc = 0;
	while (nlevel && rc == 0) {
		const char **ids = NULL;
		size_t n = 0, *owner = NULL;
		for (size_t i = 0; i < nlevel; i++) {
			size_t before = n;
			n = kid_ids(T, level[i], &ids, n);
			owner = tt_xrealloc(owner, (n ? n : 1) * sizeof *owner);
			for (size_t k = before; k < n; k++)
				owner[k] = i;
		}
		char **urls = tt_xmalloc((n ? n : 1) * sizeof *urls);
		const tt_json **items = tt_xcalloc(n ? n : 1, sizeof *items);
		for (size_t k = 0; k < n; k++)
			urls[k] = item_url(T, ids[k]);
		rc = n ? tt_fetch_json_many(T->S, (const char *const *)urls, n, items) : 0;
		tt_json **next = tt_xmalloc((n ? n : 1) * sizeof *next);
		size_t nn = 0;
		for (size_t k = 0; rc == 0 && k < n; k++) {
			if (items[k]->type != TT_JSON_OBJ)
				continue; /* null: an item that no longer exists */
			tt_json *kids = (tt_json *)tt_json_get(level[owner[k]], "children");
			tt_json_append(kids, (tt_json *)items[k]);
			tt_json_append((tt_json *)items[k], make(T, TT_JSON_ARR, "children"));
			next[nn++] = (tt_json *)items[k];
		}
		for (size_t k = 0; k < n; k++)
			free(urls[k]);
		count += nn;
		tt_fetch_count(T->S, count);
		free(urls);
		free(items);
		free(ids);
		free(owner);
		free(level);
		level = next;
		nlevel = nn;
	}
	free(level);
	return rc;
}

/* The story an item belongs to, climbing "parent" links from a comment. */
static tt_json *story_of(struct tree *T, tt_json *item)
{
	for (int hops = 0; item && hops < MAX_PARENT_HOPS; hops++) {
		const char *type = tt_json_str(item, "type");
		const char *parent = tt_json_text(item, "parent");
		if (!type || strcmp(type, "comment") || !is_number(parent))
			return item;
		item = one_item(T, parent);
	}
	return item;
}

static tt_thread *from_firebase(tt_fetch_session *S, const tt_url *u)
{
	char *base = tt_fetch_endpoint("hn_firebase");
	struct tree T = {.S = S, .base = base};
	tt_json *root = one_item(&T, u->id);
	tt_json *story = root ? story_of(&T, root) : NULL;
	if (story && story != root)
		snprintf(tt_fetch_res(S)->selected, sizeof tt_fetch_res(S)->selected, "%s", u->id);
	tt_thread *t = NULL;
	if (story) {
		first_time(&T, tt_json_text(story, "id"));
		tt_json_append(story, make(&T, TT_JSON_ARR, "children"));
		if (fill_tree(&T, story) == 0) { /* read as assembled, not written out again */
			char *name = item_url(&T, tt_json_text(story, "id"));
			t = tt_import_hn_tree(name, story, tt_fetch_err(S));
			if (!t)
				tt_fetch_res(S)->code = EX_DATAERR;
			free(name);
		}
	}
	tdestroy(T.seen, no_free);
	for (size_t i = 0; i < T.nmade; i++)
		free(T.made[i]);
	free(T.made);
	free(base);
	return t;
}

tt_thread *tt_fetch_hn(tt_fetch_session *S, const tt_url *u)
{
	char *base = tt_fetch_endpoint("hn");
	tt_thread *t = from_algolia(S, u, base);
	free(base);
	if (t || tt_fetch_res(S)->code != EX_UNAVAILABLE || tt_fetch_opts_of(S)->offline)
		return t;
	tt_error first = *tt_fetch_err(S);
	if (!tt_fetch_opts_of(S)->quiet)
		fprintf(stderr, "threadtag: %s: %s; trying the official API\n", first.file,
		        first.msg);
	tt_fetch_res(S)->code = 0;
	t = from_firebase(S, u);
	return t;
}
