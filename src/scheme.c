/* scheme: what can be said about a comment — the built-in scheme and scheme files. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/hash.h"
#include "threadtag/tagstore.h"
#include "threadtag/xalloc.h"

enum { TT_SCHEME_FORMAT = 1 };

/* Names an entry in a tag store or export already uses for itself. */
static const char *const reserved_dims[] = {
    "item",   "labels",  "note",        "annotator", "time",   "clear",          "tagged",
    "thread", "comment", "parent",      "depth",     "author", "posted",         "text",
    "title",  "path",    "parent_text", "state",     "reason", "scheme_version", NULL};

/* ---- the built-in scheme ---- */

struct builtin_value {
	const char *name, *key, *description;
};

static const struct builtin_value stance_values[] = {
	{"favor", "1", "argues for the target or supports it"},
	{"against", "2", "argues against the target or opposes it"},
	{"neutral", "3", "on the target, but takes no side"},
	{"unclear", "4", "on the target; the side cannot be told"},
	{"off-topic", "5", "not about the target"},
};

static const struct builtin_value reply_values[] = {
	{"agree", "6", "agrees with the comment it replies to"},
	{"disagree", "7", "disagrees with the comment it replies to"},
	{"neutral", "8", "neither agrees nor disagrees with its parent"},
};

static const struct builtin_value builtin_labels[] = {
	{"sarcasm", "s", "says the opposite of what it means"},
	{"question", "q", "asks rather than asserts"},
	{"insult", "i", "insults a person or group"},
	{"whataboutism", "w", "deflects by pointing at something else"},
	{"propaganda", "p", "repeats a known propaganda line"},
	{"personal-attack", "a", "attacks the other commenter rather than the point"},
};

static char *dup_or_null(const char *s)
{
	return s ? tt_xstrdup(s) : NULL;
}

static void fill_values(tt_scheme_dim *d, const char *dim, const struct builtin_value *v,
			size_t n)
{
	d->values = tt_xcalloc(n, sizeof *d->values);
	d->nvalues = n;
	for (size_t i = 0; i < n; i++) {
		d->values[i].name = tt_xstrdup(v[i].name);
		d->values[i].key = tt_xstrdup(v[i].key);
		d->values[i].role = tt_xasprintf("%s.%s", dim, v[i].name);
		d->values[i].description = tt_xstrdup(v[i].description);
	}
}

tt_scheme *tt_scheme_default(void)
{
	tt_scheme *s = tt_xcalloc(1, sizeof *s);
	s->name = tt_xstrdup("default");
	s->target = tt_xstrdup("the main claim of the article");
	s->ndims = 2;
	s->dims = tt_xcalloc(2, sizeof *s->dims);
	s->dims[0].name = tt_xstrdup("stance");
	s->dims[0].description = tt_xstrdup("stance of the comment toward the target");
	fill_values(&s->dims[0], "stance", stance_values,
		    sizeof stance_values / sizeof *stance_values);
	s->dims[1].name = tt_xstrdup("reply");
	s->dims[1].description = tt_xstrdup("relation of a reply to the comment it answers");
	s->dims[1].replies_only = 1;
	fill_values(&s->dims[1], "reply", reply_values, sizeof reply_values / sizeof *reply_values);
	s->nlabels = sizeof builtin_labels / sizeof *builtin_labels;
	s->labels = tt_xcalloc(s->nlabels, sizeof *s->labels);
	for (size_t i = 0; i < s->nlabels; i++) {
		s->labels[i].name = tt_xstrdup(builtin_labels[i].name);
		s->labels[i].key = tt_xstrdup(builtin_labels[i].key);
		s->labels[i].description = tt_xstrdup(builtin_labels[i].description);
	}
	return s;
}

void tt_scheme_free(tt_scheme *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->ndims; i++) {
		tt_scheme_dim *d = &s->dims[i];
		for (size_t j = 0; j < d->nvalues; j++) {
			free((char *)d->values[j].name);
			free((char *)d->values[j].key);
			free((char *)d->values[j].role);
			free((char *)d->values[j].description);
			free((char *)d->values[j].sdqc);
			for (size_t k = 0; k < d->values[j].nexamples; k++)
				free((char *)d->values[j].examples[k]);
			free(d->values[j].examples);
		}
		free(d->values);
		free((char *)d->name);
		free((char *)d->description);
	}
	for (size_t i = 0; i < s->nlabels; i++) {
		free((char *)s->labels[i].name);
		free((char *)s->labels[i].key);
		free((char *)s->labels[i].description);
	}
	free(s->dims);
	free(s->labels);
	free((char *)s->name);
	free((char *)s->target);
	free(s);
}

static void copy_examples(tt_scheme_value *d, const tt_scheme_value *a)
{
	d->nexamples = a->nexamples;
	d->examples = a->nexamples ? tt_xcalloc(a->nexamples, sizeof *d->examples) : NULL;
	for (size_t k = 0; k < a->nexamples; k++)
		d->examples[k] = tt_xstrdup(a->examples[k]);
}

tt_scheme *tt_scheme_copy(const tt_scheme *src)
{
	tt_scheme *s = tt_xcalloc(1, sizeof *s);
	s->name = dup_or_null(src->name);
	s->target = dup_or_null(src->target);
	s->ndims = src->ndims;
	s->dims = tt_xcalloc(src->ndims ? src->ndims : 1, sizeof *s->dims);
	for (size_t i = 0; i < src->ndims; i++) {
		const tt_scheme_dim *a = &src->dims[i];
		tt_scheme_dim *d = &s->dims[i];
		d->name = tt_xstrdup(a->name);
		d->description = dup_or_null(a->description);
		d->replies_only = a->replies_only;
		d->nvalues = a->nvalues;
		d->values = tt_xcalloc(a->nvalues ? a->nvalues : 1, sizeof *d->values);
		for (size_t j = 0; j < a->nvalues; j++) {
			d->values[j].name = tt_xstrdup(a->values[j].name);
			d->values[j].key = dup_or_null(a->values[j].key);
			d->values[j].role = dup_or_null(a->values[j].role);
			d->values[j].description = dup_or_null(a->values[j].description);
			d->values[j].sdqc = dup_or_null(a->values[j].sdqc);
			copy_examples(&d->values[j], &a->values[j]);
		}
	}
	s->nlabels = src->nlabels;
	s->labels = tt_xcalloc(src->nlabels ? src->nlabels : 1, sizeof *s->labels);
	for (size_t i = 0; i < src->nlabels; i++) {
		s->labels[i].name = tt_xstrdup(src->labels[i].name);
		s->labels[i].key = dup_or_null(src->labels[i].key);
		s->labels[i].description = dup_or_null(src->labels[i].description);
	}
	return s;
}

/* ---- lookups ---- */

int tt_scheme_dim_index(const tt_scheme *s, const char *dim)
{
	for (size_t i = 0; dim && i < s->ndims; i++)
		if (!strcmp(s->dims[i].name, dim))
			return (int)i;
	return -1;
}

int tt_scheme_value_index(const tt_scheme *s, size_t dim, const char *value)
{
	if (dim >= s->ndims || !value)
		return -1;
	for (size_t i = 0; i < s->dims[dim].nvalues; i++)
		if (!strcmp(s->dims[dim].values[i].name, value))
			return (int)i;
	return -1;
}

int tt_scheme_label_index(const tt_scheme *s, const char *label)
{
	for (size_t i = 0; label && i < s->nlabels; i++)
		if (!strcmp(s->labels[i].name, label))
			return (int)i;
	return -1;
}

/* ---- writing ---- */

static void emit_value(tt_yemit *e, const tt_scheme_value *v)
{
	tt_yemit_map_start(e, 0);
	tt_yemit_kv(e, "name", v->name);
	tt_yemit_kv(e, "key", v->key);
	tt_yemit_kv(e, "role", v->role);
	tt_yemit_kv(e, "description", v->description);
	tt_yemit_kv(e, "sdqc", v->sdqc);
	if (v->nexamples) {
		tt_yemit_str(e, "examples", TT_YS_PLAIN);
		tt_yemit_seq_start(e, 0);
		for (size_t k = 0; k < v->nexamples; k++)
			tt_yemit_str(e, v->examples[k], TT_YS_ANY);
		tt_yemit_seq_end(e);
	}
	tt_yemit_map_end(e);
}

static void emit_body(const tt_scheme *s, tt_yemit *e)
{
	tt_yemit_kv(e, "name", s->name);
	tt_yemit_kv(e, "target", s->target);
	tt_yemit_raw(e, "dimensions");
	tt_yemit_seq_start(e, 0);
	for (size_t i = 0; i < s->ndims; i++) {
		const tt_scheme_dim *d = &s->dims[i];
		tt_yemit_map_start(e, 0);
		tt_yemit_kv(e, "name", d->name);
		tt_yemit_kv(e, "description", d->description);
		if (d->replies_only) {
			tt_yemit_raw(e, "replies_only");
			tt_yemit_raw(e, "true");
		}
		tt_yemit_raw(e, "values");
		tt_yemit_seq_start(e, 0);
		for (size_t j = 0; j < d->nvalues; j++)
			emit_value(e, &d->values[j]);
		tt_yemit_seq_end(e);
		tt_yemit_map_end(e);
	}
	tt_yemit_seq_end(e);
	tt_yemit_raw(e, "labels");
	tt_yemit_seq_start(e, 0);
	for (size_t i = 0; i < s->nlabels; i++) {
		tt_yemit_map_start(e, 0);
		tt_yemit_kv(e, "name", s->labels[i].name);
		tt_yemit_kv(e, "key", s->labels[i].key);
		tt_yemit_kv(e, "description", s->labels[i].description);
		tt_yemit_map_end(e);
	}
	tt_yemit_seq_end(e);
}

void tt_scheme_emit(const tt_scheme *s, tt_yemit *e)
{
	tt_yemit_map_start(e, 0);
	emit_body(s, e);
	tt_yemit_map_end(e);
}

/* ---- reading ---- */

struct sparse {
	tt_yreader *r;
	tt_error *err;
	tt_yevent ev;
};

static int snext(struct sparse *P)
{
	return tt_yreader_next(P->r, &P->ev, P->err);
}

static int sfail(struct sparse *P, const char *fmt, const char *a)
{
	return tt_yreader_fail(P->r, &P->ev, P->err, fmt, a);
}

/* A name used as a key in stores and exports: letters, digits, '-', '_', '.'. */
static int is_word(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && !strchr("-_.", *s))
			return 0;
	return 1;
}

static int read_string(struct sparse *P, const char *key, const char **out)
{
	if (snext(P) < 0)
		return -1;
	if (P->ev.type != TT_Y_SCALAR || tt_yscalar_is_null(&P->ev))
		return sfail(P, "'%s' must be a string", key);
	if (*out)
		return sfail(P, "duplicate key '%s'", key);
	*out = tt_xstrndup(P->ev.value, P->ev.len);
	return 0;
}

static int read_word(struct sparse *P, const char *key, const char **out)
{
	if (read_string(P, key, out) < 0)
		return -1;
	if (!is_word(*out))
		return tt_yreader_fail(P->r, &P->ev, P->err,
				       "'%s' must be a plain word (letters, digits, '-', '_', '.'), "
				       "found \"%s\"",
				       key, *out);
	return 0;
}

/* Reads the key of a mapping entry; returns 1 at the end of the mapping. */
static int read_key(struct sparse *P)
{
	if (snext(P) < 0)
		return -1;
	if (P->ev.type == TT_Y_MAP_END)
		return 1;
	if (P->ev.type != TT_Y_SCALAR)
		return sfail(P, "a key must be a plain word%s", "");
	return 0;
}

static int expect(struct sparse *P, tt_yevent_type type, const char *what)
{
	if (snext(P) < 0)
		return -1;
	if (P->ev.type != type)
		return sfail(P, "expected %s", what);
	return 0;
}

static int unknown_key(struct sparse *P, const char *where)
{
	return tt_yreader_fail(P->r, &P->ev, P->err, "unknown key '%s' in %s", P->ev.value, where);
}

/* A RumourEval class: the four of SemEval-2017 Task 8 and SemEval-2019 Task 7. */
static int read_sdqc(struct sparse *P, const char **out)
{
	static const char *const classes[] = {"support", "deny", "query", "comment"};
	if (read_string(P, "sdqc", out) < 0)
		return -1;
	for (size_t i = 0; i < 4; i++)
		if (!strcmp(*out, classes[i]))
			return 0;
	return sfail(P, "'sdqc' is support, deny, query or comment, found '%s'", *out);
}

/* examples: a list of strings. */
static int read_examples(struct sparse *P, tt_scheme_value *v)
{
	if (v->examples)
		return sfail(P, "duplicate key '%s'", "examples");
	if (expect(P, TT_Y_SEQ_START, "a list of example texts") < 0)
		return -1;
	v->examples = tt_xcalloc(1, sizeof *v->examples);
	for (;;) {
		if (snext(P) < 0)
			return -1;
		if (P->ev.type == TT_Y_SEQ_END)
			return 0;
		if (P->ev.type != TT_Y_SCALAR)
			return sfail(P, "an example is a string%s", "");
		v->examples = tt_xrealloc(v->examples, (v->nexamples + 1) * sizeof *v->examples);
		v->examples[v->nexamples++] = tt_xstrndup(P->ev.value, P->ev.len);
	}
}

static int read_value(struct sparse *P, const char *dim, tt_scheme_value *v)
{
	tt_yevent start = P->ev;
	int rc;
	while ((rc = read_key(P)) == 0) {
		if (!strcmp(P->ev.value, "name"))
			rc = read_word(P, "name", &v->name);
		else if (!strcmp(P->ev.value, "key"))
			rc = read_string(P, "key", &v->key);
		else if (!strcmp(P->ev.value, "role"))
			rc = read_string(P, "role", &v->role);
		else if (!strcmp(P->ev.value, "description"))
			rc = read_string(P, "description", &v->description);
		else if (!strcmp(P->ev.value, "sdqc"))
			rc = read_sdqc(P, &v->sdqc);
		else if (!strcmp(P->ev.value, "examples"))
			rc = read_examples(P, v);
		else
			rc = unknown_key(P, "a value");
		if (rc < 0)
			return -1;
	}
	if (rc < 0)
		return -1;
	if (!v->name)
		return tt_yreader_fail(P->r, &start, P->err, "a value of '%s' has no 'name'", dim);
	if (!v->role)
		v->role = tt_xasprintf("%s.%s", dim, v->name);
	return 0;
}

/* Room for item n of an array whose capacity doubles from first. */
static void *grow(void *arr, size_t n, size_t first, size_t size)
{
	size_t k = n / first;
	if (n == 0)
		return tt_xrealloc(arr, first * size);
	if (n % first == 0 && (k & (k - 1)) == 0)
		return tt_xrealloc(arr, 2 * n * size);
	return arr;
}

/* Reads a list of mappings: item() is called at the start of each one. */
static int read_list(struct sparse *P, const char *what, const char *each,
		     int (*item)(struct sparse *P, void *ctx), void *ctx)
{
	if (expect(P, TT_Y_SEQ_START, what) < 0)
		return -1;
	for (;;) {
		if (snext(P) < 0)
			return -1;
		if (P->ev.type == TT_Y_SEQ_END)
			return 0;
		if (P->ev.type != TT_Y_MAP_START)
			return sfail(P, each, "");
		if (item(P, ctx) < 0)
			return -1;
	}
}

static int add_value(struct sparse *P, void *ctx)
{
	tt_scheme_dim *d = ctx;
	tt_yevent at = P->ev;
	d->values = grow(d->values, d->nvalues, 8, sizeof *d->values);
	tt_scheme_value *v = &d->values[d->nvalues++];
	memset(v, 0, sizeof *v);
	if (read_value(P, d->name, v) < 0)
		return -1;
	for (size_t i = 0; i + 1 < d->nvalues; i++)
		if (!strcmp(d->values[i].name, v->name))
			return tt_yreader_fail(P->r, &at, P->err, "duplicate value '%s'", v->name);
	return 0;
}

static int read_values(struct sparse *P, tt_scheme_dim *d)
{
	if (!d->name)
		return sfail(P, "'name' must come before 'values' in a dimension%s", "");
	if (d->values)
		return sfail(P, "duplicate key '%s'", "values");
	d->values = tt_xcalloc(1, sizeof *d->values);
	if (read_list(P, "a list of values", "each value must be a mapping (name:, key:, ...)%s",
		      add_value, d) < 0)
		return -1;
	if (!d->nvalues)
		return sfail(P, "dimension '%s' has no values", d->name);
	return 0;
}

static int read_dim(struct sparse *P, tt_scheme_dim *d)
{
	tt_yevent start = P->ev;
	int rc;
	while ((rc = read_key(P)) == 0) {
		if (!strcmp(P->ev.value, "name")) {
			rc = read_word(P, "name", &d->name);
			for (size_t i = 0; rc == 0 && reserved_dims[i]; i++)
				if (!strcmp(d->name, reserved_dims[i]))
					rc = sfail(P, "'%s' is a reserved name, not a dimension",
						   d->name);
		} else if (!strcmp(P->ev.value, "description")) {
			rc = read_string(P, "description", &d->description);
		} else if (!strcmp(P->ev.value, "replies_only")) {
			rc = snext(P);
			if (rc == 0 && tt_yscalar_bool(&P->ev, &d->replies_only) < 0)
				rc = sfail(P, "'replies_only' must be true or false%s", "");
		} else if (!strcmp(P->ev.value, "values")) {
			rc = read_values(P, d);
		} else {
			rc = unknown_key(P, "a dimension");
		}
		if (rc < 0)
			return -1;
	}
	if (rc < 0)
		return -1;
	if (!d->name)
		return tt_yreader_fail(P->r, &start, P->err, "a dimension has no 'name'");
	if (!d->values)
		return tt_yreader_fail(P->r, &start, P->err, "dimension '%s' has no 'values'",
				       d->name);
	return 0;
}

static int add_dim(struct sparse *P, void *ctx)
{
	tt_scheme *s = ctx;
	tt_yevent at = P->ev;
	s->dims = grow(s->dims, s->ndims, 4, sizeof *s->dims);
	tt_scheme_dim *d = &s->dims[s->ndims++];
	memset(d, 0, sizeof *d);
	if (read_dim(P, d) < 0)
		return -1;
	for (size_t i = 0; i + 1 < s->ndims; i++)
		if (!strcmp(s->dims[i].name, d->name))
			return tt_yreader_fail(P->r, &at, P->err, "duplicate dimension '%s'",
					       d->name);
	return 0;
}

static int read_dims(struct sparse *P, tt_scheme *s)
{
	if (s->dims)
		return sfail(P, "duplicate key '%s'", "dimensions");
	s->dims = tt_xcalloc(1, sizeof *s->dims);
	if (read_list(P, "a list of dimensions",
		      "each dimension must be a mapping (name:, values:)%s", add_dim, s) < 0)
		return -1;
	if (!s->ndims)
		return sfail(P, "a scheme needs at least one dimension%s", "");
	return 0;
}

static int read_label(struct sparse *P, tt_scheme_label *l)
{
	tt_yevent start = P->ev;
	int rc;
	while ((rc = read_key(P)) == 0) {
		if (!strcmp(P->ev.value, "name"))
			rc = read_word(P, "name", &l->name);
		else if (!strcmp(P->ev.value, "key"))
			rc = read_string(P, "key", &l->key);
		else if (!strcmp(P->ev.value, "description"))
			rc = read_string(P, "description", &l->description);
		else
			rc = unknown_key(P, "a label");
		if (rc < 0)
			return -1;
	}
	if (rc < 0)
		return -1;
	if (!l->name)
		return tt_yreader_fail(P->r, &start, P->err, "a label has no 'name'");
	return 0;
}

static int add_label(struct sparse *P, void *ctx)
{
	tt_scheme *s = ctx;
	tt_yevent at = P->ev;
	s->labels = grow(s->labels, s->nlabels, 8, sizeof *s->labels);
	tt_scheme_label *l = &s->labels[s->nlabels++];
	memset(l, 0, sizeof *l);
	if (read_label(P, l) < 0)
		return -1;
	for (size_t i = 0; i + 1 < s->nlabels; i++) {
		if (!strcmp(s->labels[i].name, l->name))
			return tt_yreader_fail(P->r, &at, P->err, "duplicate label '%s'", l->name);
		if (l->key && s->labels[i].key && !strcmp(s->labels[i].key, l->key))
			return tt_yreader_fail(P->r, &at, P->err, "label key '%s' is used twice",
					       l->key);
	}
	return 0;
}

static int read_labels(struct sparse *P, tt_scheme *s)
{
	if (s->labels)
		return sfail(P, "duplicate key '%s'", "labels");
	s->labels = tt_xcalloc(1, sizeof *s->labels);
	return read_list(P, "a list of labels", "each label must be a mapping (name:, key:)%s",
			 add_label, s);
}

/* Value keys select a value of any dimension in the view, so they must be unique. */
static int check_keys(struct sparse *P, const tt_yevent *start, const tt_scheme *s)
{
	for (size_t i = 0; i < s->ndims; i++)
		for (size_t j = 0; j < s->dims[i].nvalues; j++) {
			const char *k = s->dims[i].values[j].key;
			for (size_t a = 0; k && a <= i; a++)
				for (size_t b = 0; b < (a == i ? j : s->dims[a].nvalues); b++)
					if (s->dims[a].values[b].key &&
					    !strcmp(s->dims[a].values[b].key, k))
						return tt_yreader_fail(
							P->r, start, P->err,
							"value key '%s' is used by %s.%s and %s.%s",
							k, s->dims[a].name,
							s->dims[a].values[b].name, s->dims[i].name,
							s->dims[i].values[j].name);
		}
	return 0;
}

static int read_version(struct sparse *P)
{
	long long v;
	if (snext(P) < 0)
		return -1;
	if (tt_yscalar_long(&P->ev, &v) < 0 || v != TT_SCHEME_FORMAT)
		return sfail(P, "unsupported scheme format version %s (this threadtag reads 1)",
			     P->ev.type == TT_Y_SCALAR ? P->ev.value : "?");
	return 0;
}

static int read_body(struct sparse *P, tt_scheme *s, const tt_yevent *start)
{
	int rc;
	while ((rc = read_key(P)) == 0) {
		const char *k = P->ev.value;
		if (!strcmp(k, "threadtag_scheme"))
			rc = read_version(P);
		else if (!strcmp(k, "name"))
			rc = read_string(P, "name", &s->name);
		else if (!strcmp(k, "target"))
			rc = read_string(P, "target", &s->target);
		else if (!strcmp(k, "dimensions"))
			rc = read_dims(P, s);
		else if (!strcmp(k, "labels"))
			rc = read_labels(P, s);
		else
			rc = unknown_key(P, "the scheme");
		if (rc < 0)
			return -1;
	}
	if (rc < 0)
		return -1;
	if (!s->dims)
		return tt_yreader_fail(P->r, start, P->err,
				       "missing required key 'dimensions' in the scheme");
	if (!s->name)
		s->name = tt_xstrdup("unnamed");
	if (!s->labels)
		s->labels = tt_xcalloc(1, sizeof *s->labels);
	return check_keys(P, start, s);
}

tt_scheme *tt_scheme_read(tt_yreader *r, const tt_yevent *start, tt_error *err)
{
	struct sparse P = {.r = r, .err = err, .ev = *start};
	if (start->type != TT_Y_MAP_START) {
		tt_yreader_fail(r, start, err,
				"a scheme must be a mapping (name:, target:, dimensions:, labels:)");
		return NULL;
	}
	tt_scheme *s = tt_xcalloc(1, sizeof *s);
	if (read_body(&P, s, start) < 0) {
		tt_scheme_free(s);
		return NULL;
	}
	return s;
}

tt_scheme *tt_scheme_load(const char *path, tt_error *err)
{
	int eno = 0;
	tt_yreader *r = tt_yreader_open_file(path, 64, err, &eno);
	if (!r)
		return NULL;
	tt_yevent ev;
	tt_scheme *s = NULL;
	if (tt_yreader_next(r, &ev, err) == 0) {
		if (ev.type == TT_Y_END)
			tt_yreader_fail(r, &ev, err, "empty file: expected a scheme");
		else
			s = tt_scheme_read(r, &ev, err);
	}
	if (s && (tt_yreader_next(r, &ev, err) < 0 || ev.type != TT_Y_END)) {
		if (ev.type != TT_Y_END)
			tt_yreader_fail(r, &ev, err, "unexpected content after the scheme");
		tt_scheme_free(s);
		s = NULL;
	}
	tt_yreader_close(r);
	return s;
}

char *tt_scheme_to_yaml(const tt_scheme *s, size_t *len)
{
	tt_yemit *e = tt_yemit_new();
	char *out = NULL;
	tt_yemit_map_start(e, 0);
	tt_yemit_raw(e, "threadtag_scheme");
	tt_yemit_raw(e, "1");
	emit_body(s, e);
	tt_yemit_map_end(e);
	if (tt_yemit_finish(e, &out, len) < 0)
		out = NULL;
	tt_yemit_free(e);
	return out;
}

void tt_scheme_version(const tt_scheme *s, char out[TT_SCHEME_VERSION_LEN])
{
	size_t len = 0;
	char *yaml = tt_scheme_to_yaml(s, &len);
	snprintf(out, TT_SCHEME_VERSION_LEN, "%016llx",
	         (unsigned long long)tt_hash_field(TT_HASH_INIT, yaml ? yaml : ""));
	free(yaml);
}

int tt_tag_state_valid(const char *name)
{
	static const char *const states[] = {"skipped", "flagged", "unsure"};
	for (size_t i = 0; name && i < sizeof states / sizeof *states; i++)
		if (!strcmp(name, states[i]))
			return 1;
	return 0;
}
