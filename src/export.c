/* export: tags joined with their comments, written as YAML, CSV or JSON lines. */
#include "threadtag/export.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/xalloc.h"

enum kind { F_NULL, F_STR, F_INT, F_LIST };

struct field {
	enum kind kind;
	const char *s;
	long long n;
	const char *const *list;
	size_t nlist;
};

/* Columns in the order every format writes them. */
struct columns {
	const char **names;
	char **json_keys; /* "name": for each column, escaped once (JSON lines only) */
	size_t n;
	size_t first_dim, ndims; /* dimension columns: [first_dim, first_dim + ndims) */
};

struct record {
	size_t rank;
	size_t store;
	const tt_tag *tag;
};

static const char *const head_cols[] = {"thread", "comment", "parent", "depth",
					"author", "posted",  "time"};
static const char *const tail_cols[] = {"labels",    "note",   "state",          "reason",
                                        "annotator", "tagged", "scheme_version", "text"};
enum { NTAIL = sizeof tail_cols / sizeof *tail_cols };

int tt_export_format_parse(const char *name, tt_export_format *out)
{
	if (!strcmp(name, "yaml") || !strcmp(name, "yml"))
		*out = TT_EXPORT_YAML;
	else if (!strcmp(name, "csv"))
		*out = TT_EXPORT_CSV;
	else if (!strcmp(name, "jsonl") || !strcmp(name, "json-lines") || !strcmp(name, "ndjson"))
		*out = TT_EXPORT_JSONL;
	else if (!strcmp(name, "conversations"))
		*out = TT_EXPORT_CONVERSATIONS;
	else if (!strcmp(name, "rumoureval"))
		*out = TT_EXPORT_RUMOUREVAL;
	else
		return -1;
	return 0;
}

static int has_col(const struct columns *c, const char *name)
{
	for (size_t i = c->first_dim; i < c->n; i++)
		if (!strcmp(c->names[i], name))
			return 1;
	return 0;
}

/* stance and reply always, then any other dimension of any store's scheme. */
static void make_columns(struct columns *c, const tt_tagstore *const *stores, size_t n)
{
	size_t cap = 16;
	c->names = tt_xcalloc(cap, sizeof *c->names);
	c->n = 0;
	for (size_t i = 0; i < sizeof head_cols / sizeof *head_cols; i++)
		c->names[c->n++] = head_cols[i];
	c->first_dim = c->n;
	c->names[c->n++] = "stance";
	c->names[c->n++] = "reply";
	for (size_t k = 0; k < n; k++) {
		const tt_scheme *sc = tt_tagstore_scheme(stores[k]);
		for (size_t d = 0; d < sc->ndims; d++) {
			if (has_col(c, sc->dims[d].name))
				continue;
			if (c->n + 8 > cap)
				c->names = tt_xrealloc(c->names, (cap *= 2) * sizeof *c->names);
			c->names[c->n++] = sc->dims[d].name;
		}
	}
	c->ndims = c->n - c->first_dim;
	if (c->n + NTAIL > cap)
		c->names = tt_xrealloc(c->names, (cap += NTAIL) * sizeof *c->names);
	for (size_t i = 0; i < sizeof tail_cols / sizeof *tail_cols; i++)
		c->names[c->n++] = tail_cols[i];
}

static struct field str_or_null(const char *s)
{
	return s ? (struct field){.kind = F_STR, .s = s} : (struct field){.kind = F_NULL};
}

/* Fills the fields that describe the item itself (not its tags). *owned
 * receives text this function allocated; caller frees. */
static void item_fields(const tt_thread *t, const char *item, struct field *f, char **owned)
{
	const tt_comment *c = tt_thread_find(t, item);
	const tt_article *a = &t->article;
	size_t rank = tt_tags_item_rank(t, item);
	*owned = NULL;
	f[0] = str_or_null(t->id);
	f[1] = str_or_null(item);
	for (int i = 2; i < 7; i++)
		f[i] = (struct field){.kind = F_NULL};
	if (c) {
		f[2] = str_or_null(c->parent ? c->parent->id : NULL);
		f[3] = (struct field){.kind = F_INT, .n = c->depth};
		f[4] = str_or_null(c->author);
		f[5] = str_or_null(c->posted);
		f[6] = str_or_null(c->time);
		*owned = tt_comment_text(c);
		return;
	}
	if (rank == SIZE_MAX)
		return; /* an orphan: only its id is known */
	f[4] = str_or_null(a->author);
	f[5] = str_or_null(a->published);
	f[6] = str_or_null(a->time);
	if (rank > 0) {
		*owned = tt_xstrdup(a->body.v[rank - 1]);
		return;
	}
	tt_buf b = {0};
	for (size_t i = 0; i < a->body.n; i++) {
		if (i)
			tt_buf_adds(&b, "\n\n");
		tt_buf_adds(&b, a->body.v[i]);
	}
	tt_buf_add(&b, NULL, 0);
	*owned = b.data;
}

/* All fields of one record, in column order. */
static void record_fields(const tt_thread *t, const struct columns *c, const tt_tagstore *s,
			  const tt_tag *tag, struct field *f, char **owned)
{
	const tt_scheme *sc = tt_tagstore_scheme(s);
	item_fields(t, tag->item, f, owned);
	for (size_t i = 0; i < c->ndims; i++) {
		int d = tt_scheme_dim_index(sc, c->names[c->first_dim + i]);
		f[c->first_dim + i] = str_or_null(d >= 0 ? tag->values[d] : NULL);
	}
	size_t k = c->first_dim + c->ndims;
	f[k++] = (struct field){.kind = F_LIST, .list = tag->labels, .nlist = tag->nlabels};
	f[k++] = str_or_null(tag->note);
	f[k++] = str_or_null(tag->state);
	f[k++] = str_or_null(tag->reason);
	f[k++] = str_or_null(tag->annotator ? tag->annotator : tt_tagstore_annotator(s));
	f[k++] = str_or_null(tag->time);
	f[k++] = str_or_null(tag->scheme_version);
	f[k++] = str_or_null(*owned);
}

/* ---- YAML ---- */

static void yaml_field(tt_yemit *e, const char *name, const struct field *f)
{
	tt_yemit_raw(e, name);
	switch (f->kind) {
	case F_NULL:
		tt_yemit_raw(e, "null");
		break;
	case F_STR:
		tt_yemit_str(e, f->s, TT_YS_LITERAL);
		break;
	case F_INT: {
		char num[32];
		snprintf(num, sizeof num, "%lld", f->n);
		tt_yemit_raw(e, num);
		break;
	}
	case F_LIST:
		tt_yemit_seq_start(e, 1);
		for (size_t i = 0; i < f->nlist; i++)
			tt_yemit_str(e, f->list[i], TT_YS_ANY);
		tt_yemit_seq_end(e);
		break;
	}
}

static void yaml_header(tt_yemit *e, const tt_thread *t, const tt_tagstore *const *stores,
			size_t n)
{
	tt_yemit_kv_int(e, "threadtag_export", 1);
	tt_yemit_raw(e, "thread");
	tt_yemit_map_start(e, 0);
	tt_yemit_kv(e, "id", t->id);
	tt_yemit_kv(e, "title", t->article.title);
	tt_yemit_map_end(e);
	tt_yemit_raw(e, "annotators");
	tt_yemit_seq_start(e, 0);
	for (size_t i = 0; i < n; i++)
		tt_yemit_str(e, tt_tagstore_annotator(stores[i]), TT_YS_ANY);
	tt_yemit_seq_end(e);
	if (n) {
		tt_yemit_raw(e, "scheme");
		tt_scheme_emit(tt_tagstore_scheme(stores[0]), e);
	}
}

/* ---- CSV (RFC 4180: CRLF, fields with , " CR LF quoted, quotes doubled) ---- */

static void csv_str(tt_buf *b, const char *s)
{
	if (!strpbrk(s, ",\"\r\n") && s[0] != ' ' && (!*s || s[strlen(s) - 1] != ' ')) {
		tt_buf_adds(b, s);
		return;
	}
	tt_buf_addc(b, '"');
	/* Whole runs up to each quote, which is then doubled: texts are long. */
	for (const char *q; (q = strchr(s, '"')); s = q + 1) {
		tt_buf_add(b, s, (size_t)(q - s) + 1);
		tt_buf_addc(b, '"');
	}
	tt_buf_adds(b, s);
	tt_buf_addc(b, '"');
}

static void csv_field(tt_buf *b, const struct field *f)
{
	if (f->kind == F_STR) {
		csv_str(b, f->s);
	} else if (f->kind == F_INT) {
		tt_buf_printf(b, "%lld", f->n);
	} else if (f->kind == F_LIST) {
		tt_buf list = {0};
		tt_buf_add(&list, NULL, 0);
		for (size_t i = 0; i < f->nlist; i++) {
			if (i)
				tt_buf_addc(&list, ';'); /* labels are plain words: no ';' inside */
			tt_buf_adds(&list, f->list[i]);
		}
		csv_str(b, list.data);
		tt_buf_free(&list);
	}
}

/* ---- JSON lines ---- */

/* Bytes JSON needs escaped: controls, DEL, the quote and the backslash; and
 * the NUL that ends the string, so one table lookup ends a run. */
static const unsigned char json_stop[256] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,         1,          1,          1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, ['"'] = 1, ['\\'] = 1, [0x7f] = 1,
};

void tt_export_json_str(tt_buf *b, const char *s)
{
	tt_buf_addc(b, '"');
	for (;;) {
		/* Copy the run of plain bytes at once: most text has no escapes. */
		const char *run = s;
		while (!json_stop[(unsigned char)*s])
			s++;
		tt_buf_add(b, run, (size_t)(s - run));
		unsigned char c = (unsigned char)*s;
		if (!c)
			break;
		if (c == '"' || c == '\\') {
			tt_buf_addc(b, '\\');
			tt_buf_addc(b, (char)c);
		} else if (c == '\n') {
			tt_buf_adds(b, "\\n");
		} else if (c == '\r') {
			tt_buf_adds(b, "\\r");
		} else if (c == '\t') {
			tt_buf_adds(b, "\\t");
		} else {
			tt_buf_printf(b, "\\u%04x", c);
		}
		s++;
	}
	tt_buf_addc(b, '"');
}

static void json_field(tt_buf *b, const char *key, const struct field *f)
{
	tt_buf_adds(b, key);
	switch (f->kind) {
	case F_NULL:
		tt_buf_adds(b, "null");
		break;
	case F_STR:
		tt_export_json_str(b, f->s);
		break;
	case F_INT:
		tt_buf_printf(b, "%lld", f->n);
		break;
	case F_LIST:
		tt_buf_addc(b, '[');
		for (size_t i = 0; i < f->nlist; i++) {
			if (i)
				tt_buf_addc(b, ',');
			tt_export_json_str(b, f->list[i]);
		}
		tt_buf_addc(b, ']');
		break;
	}
}

/* ---- records ---- */

static int cmp_record(const void *pa, const void *pb)
{
	const struct record *a = pa, *b = pb;
	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	int c = strcmp(a->tag->item, b->tag->item);
	if (c)
		return c;
	return a->store < b->store ? -1 : a->store > b->store;
}

static struct record *collect(const tt_thread *t, const tt_tagstore *const *stores, size_t n,
			      size_t *count)
{
	size_t total = 0, k = 0;
	for (size_t i = 0; i < n; i++)
		total += tt_tagstore_count(stores[i]);
	struct record *r = tt_xcalloc(total + 1, sizeof *r);
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < tt_tagstore_count(stores[i]); j++) {
			const tt_tag *tag = tt_tagstore_at(stores[i], j);
			r[k++] = (struct record){
				.rank = tt_tags_item_rank(t, tag->item), .store = i, .tag = tag};
		}
	qsort(r, k, sizeof *r, cmp_record);
	*count = k;
	return r;
}

static int skip_col(const struct columns *c, size_t i, const tt_export_opts *o)
{
	return o->no_text && i == c->n - 1;
}

static void write_record(tt_export_format fmt, tt_buf *b, tt_yemit *e, const struct columns *c,
			 const struct field *f, const tt_export_opts *o)
{
	if (fmt == TT_EXPORT_YAML)
		tt_yemit_map_start(e, 0);
	for (size_t i = 0, first = 1; i < c->n; i++) {
		if (skip_col(c, i, o))
			continue;
		if (fmt == TT_EXPORT_YAML) {
			yaml_field(e, c->names[i], &f[i]);
			continue;
		}
		if (!first)
			tt_buf_addc(b, ',');
		first = 0;
		if (fmt == TT_EXPORT_CSV)
			csv_field(b, &f[i]);
		else
			json_field(b, c->json_keys[i], &f[i]);
	}
	if (fmt == TT_EXPORT_YAML)
		tt_yemit_map_end(e);
	else if (fmt == TT_EXPORT_CSV)
		tt_buf_adds(b, "\r\n");
	else
		tt_buf_adds(b, "}\n");
}

static void csv_header(tt_buf *b, const struct columns *c, const tt_export_opts *o)
{
	for (size_t i = 0; i < c->n; i++) {
		if (skip_col(c, i, o))
			continue;
		if (i)
			tt_buf_addc(b, ',');
		csv_str(b, c->names[i]);
	}
	tt_buf_adds(b, "\r\n");
}

char *tt_export(const tt_thread *t, const tt_tagstore *const *stores, size_t nstores,
		const tt_export_opts *o, size_t *len)
{
	struct columns c = {0};
	size_t nrec;
	make_columns(&c, stores, nstores);
	struct record *recs = collect(t, stores, nstores, &nrec);
	struct field *f = tt_xcalloc(c.n, sizeof *f);
	tt_buf b = {0};
	tt_yemit *e = NULL;
	tt_buf_add(&b, NULL, 0);
	if (o->format == TT_EXPORT_YAML) {
		e = tt_yemit_new();
		tt_yemit_map_start(e, 0);
		yaml_header(e, t, stores, nstores);
		tt_yemit_raw(e, "tags");
		tt_yemit_seq_start(e, nrec == 0);
	} else if (o->format == TT_EXPORT_CSV) {
		csv_header(&b, &c, o);
	} else {
		c.json_keys = tt_xcalloc(c.n, sizeof *c.json_keys);
		for (size_t i = 0; i < c.n; i++) {
			tt_buf k = {0};
			tt_export_json_str(&k, c.names[i]);
			tt_buf_addc(&k, ':');
			c.json_keys[i] = k.data;
		}
	}
	for (size_t i = 0; i < nrec; i++) {
		char *owned;
		record_fields(t, &c, stores[recs[i].store], recs[i].tag, f, &owned);
		if (o->format == TT_EXPORT_JSONL)
			tt_buf_addc(&b, '{');
		write_record(o->format, &b, e, &c, f, o);
		free(owned);
	}
	char *out = b.data;
	*len = b.len;
	if (e) {
		tt_yemit_seq_end(e);
		tt_yemit_map_end(e);
		tt_buf_free(&b);
		if (tt_yemit_finish(e, &out, len) < 0)
			out = NULL;
		tt_yemit_free(e);
	}
	free(f);
	free(recs);
	for (size_t i = 0; c.json_keys && i < c.n; i++)
		free(c.json_keys[i]);
	free(c.json_keys);
	free(c.names);
	return out;
}
