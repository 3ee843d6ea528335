/* export_study: exports in the shapes stance-detection research loads: conversation
 * JSON lines and the RumourEval / PHEME folder layout. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "threadtag/export.h"
#include "threadtag/fsutil.h"
#include "threadtag/xalloc.h"

/* A comment's paragraphs joined by blank lines, as one text. */
static void add_text(tt_buf *b, const tt_comment *c)
{
	tt_buf text = {0};
	tt_buf_adds(&text, "");
	for (size_t i = 0; c && i < c->body.n; i++) {
		if (i)
			tt_buf_adds(&text, "\n\n");
		tt_buf_adds(&text, c->body.v[i]);
	}
	tt_export_json_str(b, text.data);
	tt_buf_free(&text);
}

static void add_key(tt_buf *b, const char *key)
{
	tt_buf_addc(b, ',');
	tt_export_json_str(b, key);
	tt_buf_addc(b, ':');
}

static void add_str_or_null(tt_buf *b, const char *key, const char *v)
{
	add_key(b, key);
	if (v)
		tt_export_json_str(b, v);
	else
		tt_buf_adds(b, "null");
}

/* The ids from the top-level comment down to c (O(depth), no recursion). */
static void add_path(tt_buf *b, const tt_comment *c)
{
	size_t n = c->depth + 1;
	const tt_comment **chain = tt_xcalloc(n, sizeof *chain);
	for (const tt_comment *p = c; p && n; p = p->parent)
		chain[--n] = p;
	add_key(b, "path");
	tt_buf_addc(b, '[');
	for (size_t i = n; i < c->depth + 1u; i++) {
		if (i > n)
			tt_buf_addc(b, ',');
		tt_export_json_str(b, chain[i]->id);
	}
	tt_buf_addc(b, ']');
	free(chain);
}

/* The fields every conversation line has: where the comment is and its text. */
static void add_comment(tt_buf *b, const tt_thread *t, const tt_comment *c)
{
	tt_buf_adds(b, "{\"thread\":");
	tt_export_json_str(b, t->id);
	add_str_or_null(b, "title", t->article.title);
	add_str_or_null(b, "comment", c->id);
	add_str_or_null(b, "parent", c->parent ? c->parent->id : NULL);
	add_key(b, "depth");
	tt_buf_printf(b, "%u", c->depth);
	add_path(b, c);
	add_str_or_null(b, "author", c->author);
	add_str_or_null(b, "time", c->time ? c->time : c->posted);
	add_key(b, "parent_text");
	if (c->parent)
		add_text(b, c->parent);
	else
		tt_buf_adds(b, "null");
	add_key(b, "text");
	add_text(b, c);
}

static void add_annotation(tt_buf *b, const tt_tagstore *s, const tt_tag *tag)
{
	const tt_scheme *sc = tt_tagstore_scheme(s);
	for (size_t d = 0; d < sc->ndims; d++)
		add_str_or_null(b, sc->dims[d].name, tag->values[d]);
	add_key(b, "labels");
	tt_buf_addc(b, '[');
	for (size_t i = 0; i < tag->nlabels; i++) {
		if (i)
			tt_buf_addc(b, ',');
		tt_export_json_str(b, tag->labels[i]);
	}
	tt_buf_addc(b, ']');
	add_str_or_null(b, "note", tag->note);
	add_str_or_null(b, "state", tag->state);
	add_str_or_null(b, "reason", tag->reason);
	add_str_or_null(b, "scheme_version", tag->scheme_version);
	add_str_or_null(b, "annotator", tag->annotator ? tag->annotator : tt_tagstore_annotator(s));
	add_str_or_null(b, "tagged", tag->time);
}

/* Dimension d's values over the stores: counts, majority and agreement. */
static void add_aggregate_dim(tt_buf *b, const tt_tagstore *const *stores, size_t n, const char *id,
                              const tt_scheme_dim *dim, size_t d)
{
	size_t nv = dim->nvalues, coders = 0;
	size_t *count = tt_xcalloc(nv ? nv : 1, sizeof *count);
	for (size_t k = 0; k < n; k++) {
		const tt_tag *tag = tt_tagstore_get(stores[k], id);
		const tt_scheme *sc = tt_tagstore_scheme(stores[k]);
		if (!tag || d >= sc->ndims || !tag->values[d])
			continue;
		for (size_t v = 0; v < nv; v++)
			if (!strcmp(dim->values[v].name, tag->values[d]))
				count[v]++, coders++;
	}
	const char *major = NULL;
	double pairs = 0;
	for (size_t v = 0; v < nv; v++) {
		if (2 * count[v] > coders)
			major = dim->values[v].name;
		pairs += (double)count[v] * (double)(count[v] ? count[v] - 1 : 0);
	}
	add_str_or_null(b, dim->name, major);
	tt_buf *key = &(tt_buf){0};
	tt_buf_printf(key, "%s_counts", dim->name);
	add_key(b, key->data);
	tt_buf_addc(b, '{');
	for (size_t v = 0, first = 1; v < nv; v++)
		if (count[v]) {
			if (!first)
				tt_buf_addc(b, ',');
			first = 0;
			tt_export_json_str(b, dim->values[v].name);
			tt_buf_printf(b, ":%zu", count[v]);
		}
	tt_buf_addc(b, '}');
	key->len = 0;
	tt_buf_printf(key, "%s_agreement", dim->name);
	add_key(b, key->data);
	if (coders >= 2)
		tt_buf_printf(b, "%.4f", pairs / ((double)coders * (double)(coders - 1)));
	else
		tt_buf_adds(b, "null");
	tt_buf_free(key);
	free(count);
}

static int tagged_by_any(const tt_tagstore *const *stores, size_t n, const char *id)
{
	for (size_t k = 0; k < n; k++)
		if (tt_tagstore_get(stores[k], id))
			return 1;
	return 0;
}

char *tt_export_conversations(const tt_thread *t, const tt_tagstore *const *stores, size_t nstores,
                              int aggregate, size_t *len)
{
	tt_buf b = {0};
	tt_buf_adds(&b, "");
	for (size_t i = 0; i < t->ncomments; i++) {
		const tt_comment *c = t->order[i];
		if (aggregate) {
			if (!nstores || !tagged_by_any(stores, nstores, c->id))
				continue;
			const tt_scheme *sc = tt_tagstore_scheme(stores[0]);
			add_comment(&b, t, c);
			for (size_t d = 0; d < sc->ndims; d++)
				add_aggregate_dim(&b, stores, nstores, c->id, &sc->dims[d], d);
			tt_buf_adds(&b, "}\n");
			continue;
		}
		for (size_t k = 0; k < nstores; k++) {
			const tt_tag *tag = tt_tagstore_get(stores[k], c->id);
			if (!tag)
				continue;
			add_comment(&b, t, c);
			add_annotation(&b, stores[k], tag);
			tt_buf_adds(&b, "}\n");
		}
	}
	*len = b.len;
	return b.data;
}

/* ---- RumourEval / PHEME ---- */

/* The class of a value of the built-in scheme's stance, where the scheme
 * gives none (doc/tag-format.md lists them). */
static const char *const builtin_sdqc[][2] = {
    {"favor", "support"}, {"against", "deny"},      {"neutral", "comment"},
    {"unclear", "query"}, {"off-topic", "comment"},
};

static const char *sdqc_of(const tt_scheme_dim *dim, const char *value)
{
	static const char *const classes[] = {"support", "deny", "query", "comment"};
	for (size_t v = 0; v < dim->nvalues; v++)
		if (!strcmp(dim->values[v].name, value) && dim->values[v].sdqc)
			return dim->values[v].sdqc;
	for (size_t i = 0; i < 4; i++)
		if (!strcmp(value, classes[i]))
			return classes[i];
	for (size_t i = 0; i < sizeof builtin_sdqc / sizeof *builtin_sdqc; i++)
		if (!strcmp(value, builtin_sdqc[i][0]))
			return builtin_sdqc[i][1];
	return NULL;
}

/* One post in the shape of a tweet of those datasets. */
static void post_json(tt_buf *b, const char *id, const char *text, const char *author,
                      const char *time, const char *reply_to)
{
	tt_buf_adds(b, "{\"id_str\":");
	tt_export_json_str(b, id);
	add_str_or_null(b, "text", text);
	add_key(b, "user");
	tt_buf_adds(b, "{\"screen_name\":");
	if (author)
		tt_export_json_str(b, author);
	else
		tt_buf_adds(b, "null");
	tt_buf_addc(b, '}');
	add_str_or_null(b, "created_at", time);
	add_str_or_null(b, "in_reply_to_status_id_str", reply_to);
	tt_buf_adds(b, "}\n");
}

static int write_in(const char *dir, const char *sub, const char *name, const tt_buf *data,
                    tt_error *err)
{
	tt_buf path = {0};
	tt_buf_printf(&path, "%s/%s", dir, sub);
	if (tt_mkdirs(path.data) < 0) {
		int e = errno;
		tt_error_set(err, path.data, 0, 0, "cannot create the folder: %s", strerror(e));
		tt_buf_free(&path);
		errno = e;
		return -1;
	}
	tt_buf_addc(&path, '/');
	tt_path_component(&path, name);
	tt_buf_adds(&path, ".json");
	int rc = tt_write_atomic(path.data, data->data, data->len);
	if (rc < 0) {
		int e = errno;
		tt_error_set(err, path.data, 0, 0, "cannot write: %s", strerror(e));
		errno = e;
	}
	tt_buf_free(&path);
	return rc;
}

static int write_article(const tt_thread *t, const char *tdir, tt_error *err)
{
	tt_buf text = {0}, b = {0};
	tt_buf_adds(&text, t->article.title ? t->article.title : "");
	for (size_t i = 0; i < t->article.body.n; i++) {
		tt_buf_adds(&text, "\n\n");
		tt_buf_adds(&text, t->article.body.v[i]);
	}
	post_json(&b, t->id, text.data, t->article.author,
	          t->article.time ? t->article.time : t->article.published, NULL);
	int rc = write_in(tdir, "source-tweet", t->id, &b, err);
	tt_buf_free(&text);
	tt_buf_free(&b);
	return rc;
}

static int write_replies(const tt_thread *t, const char *tdir, tt_error *err)
{
	for (size_t i = 0; i < t->ncomments; i++) {
		const tt_comment *c = t->order[i];
		tt_buf text = {0}, b = {0};
		tt_buf_adds(&text, "");
		for (size_t p = 0; p < c->body.n; p++) {
			if (p)
				tt_buf_adds(&text, "\n\n");
			tt_buf_adds(&text, c->body.v[p]);
		}
		post_json(&b, c->id, text.data, c->author, c->time ? c->time : c->posted,
		          c->parent ? c->parent->id : t->id);
		int rc = write_in(tdir, "replies", c->id, &b, err);
		tt_buf_free(&text);
		tt_buf_free(&b);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* {"THREAD": {"c1": {"c2": []}, "c3": []}}: a reply with replies is an
 * object, one without is an empty list. Written from the preorder, closing
 * levels as the depth falls, so no recursion. */
static void structure_json(const tt_thread *t, tt_buf *b)
{
	tt_buf_addc(b, '{');
	tt_export_json_str(b, t->id);
	tt_buf_adds(b, ":{");
	unsigned open = 0; /* objects opened for comments with replies */
	for (size_t i = 0; i < t->ncomments; i++) {
		const tt_comment *c = t->order[i];
		for (; open > c->depth; open--)
			tt_buf_addc(b, '}');
		if (i && b->data[b->len - 1] != '{')
			tt_buf_addc(b, ',');
		tt_export_json_str(b, c->id);
		if (c->first_child) {
			tt_buf_adds(b, ":{");
			open++;
		} else {
			tt_buf_adds(b, ":[]");
		}
	}
	for (; open > 0; open--)
		tt_buf_addc(b, '}');
	tt_buf_adds(b, "}}\n");
}

static int write_labels(const tt_thread *t, const tt_tagstore *s, const char *tdir, tt_error *err)
{
	const tt_scheme *sc = tt_tagstore_scheme(s);
	tt_buf b = {0};
	tt_buf_addc(&b, '{');
	int first = 1, rc = 0;
	for (size_t i = 0; sc->ndims && i < t->ncomments && rc == 0; i++) {
		const tt_tag *tag = tt_tagstore_get(s, t->order[i]->id);
		if (!tag || !tag->values[0])
			continue;
		const char *cls = sdqc_of(&sc->dims[0], tag->values[0]);
		if (!cls) {
			rc = tt_error_set(
			    err, tt_tagstore_path(s), 0, 0,
			    "the value '%s' of '%s' has no RumourEval class: give it "
			    "one in the scheme (sdqc: support, deny, query or comment)",
			    tag->values[0], sc->dims[0].name);
			errno = 0;
			break;
		}
		if (!first)
			tt_buf_addc(&b, ',');
		first = 0;
		tt_export_json_str(&b, t->order[i]->id);
		tt_buf_addc(&b, ':');
		tt_export_json_str(&b, cls);
	}
	tt_buf_adds(&b, "}\n");
	if (rc == 0) {
		tt_buf path = {0};
		tt_buf_printf(&path, "%s/labels.json", tdir);
		rc = tt_write_atomic(path.data, b.data, b.len);
		if (rc < 0)
			tt_error_set(err, path.data, 0, 0, "cannot write: %s", strerror(errno));
		tt_buf_free(&path);
	}
	tt_buf_free(&b);
	return rc;
}

int tt_export_rumoureval(const tt_thread *t, const tt_tagstore *store, const char *dir,
                         tt_error *err)
{
	tt_buf tdir = {0}, st = {0};
	tt_buf_printf(&tdir, "%s/", dir);
	tt_path_component(&tdir, t->id);
	int rc = tt_mkdirs(tdir.data);
	if (rc < 0)
		tt_error_set(err, tdir.data, 0, 0, "cannot create the folder: %s", strerror(errno));
	if (rc == 0)
		rc = write_labels(t, store, tdir.data, err);
	if (rc == 0)
		rc = write_article(t, tdir.data, err);
	if (rc == 0)
		rc = write_replies(t, tdir.data, err);
	if (rc == 0) {
		structure_json(t, &st);
		tt_buf path = {0};
		tt_buf_printf(&path, "%s/structure.json", tdir.data);
		rc = tt_write_atomic(path.data, st.data, st.len);
		if (rc < 0)
			tt_error_set(err, path.data, 0, 0, "cannot write: %s", strerror(errno));
		tt_buf_free(&path);
	}
	tt_buf_free(&st);
	tt_buf_free(&tdir);
	return rc;
}
