/* tagfrom: rows of tags from CSV (libcsv) or JSON Lines (json.c) for `tag --from`. */
#include "threadtag/tagfrom.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/fsutil.h"
#include "threadtag/json.h"
#include "threadtag/xalloc.h"

struct tt_tagrows {
	tt_tagrow *v;
	size_t n, cap;
	char **strings; /* every string the rows point to */
	size_t nstrings, capstrings;
	const char *name;
};

static const char *keep(tt_tagrows *r, const char *s, size_t len)
{
	if (r->nstrings == r->capstrings) {
		r->capstrings = r->capstrings ? 2 * r->capstrings : 64;
		r->strings = tt_xrealloc(r->strings, r->capstrings * sizeof *r->strings);
	}
	return r->strings[r->nstrings++] = tt_xstrndup(s, len);
}

static tt_tagrow *new_row(tt_tagrows *r, unsigned line, unsigned col)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? 2 * r->cap : 64;
		r->v = tt_xrealloc(r->v, r->cap * sizeof *r->v);
	}
	tt_tagrow *row = &r->v[r->n++];
	memset(row, 0, sizeof *row);
	row->line = line;
	row->col = col;
	return row;
}

static void push_str(const char ***v, size_t *n, const char *s)
{
	*v = tt_xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = s;
}

static void add_field(tt_tagrow *row, const char *key, const char *val)
{
	row->keys = tt_xrealloc(row->keys, (row->n + 1) * sizeof *row->keys);
	row->vals = tt_xrealloc(row->vals, (row->n + 1) * sizeof *row->vals);
	row->keys[row->n] = key;
	row->vals[row->n++] = val;
}

static int row_bad(tt_tagrow *row, const char *name, unsigned line, unsigned col, const char *what)
{
	row->bad = 1;
	return tt_error_set(&row->err, name, line, col, "%s", what);
}

/* ---- CSV ---- */

struct csvread {
	tt_tagrows *r;
	char **header;
	size_t nheader, ncols;
	char **cells; /* the current record */
	size_t ncells;
	unsigned line, records;
};

static void csv_field(void *s, size_t len, void *data)
{
	struct csvread *c = data;
	c->cells = tt_xrealloc(c->cells, (c->ncells + 1) * sizeof *c->cells);
	c->cells[c->ncells++] = tt_xstrndup(s ? s : "", s ? len : 0);
}

/* Labels in one cell, separated by ';' (spaces around them dropped). */
static void split_labels(tt_tagrows *r, tt_tagrow *row, const char *cell)
{
	row->has_labels = 1;
	while (*cell) {
		cell += strspn(cell, " ;");
		size_t n = strcspn(cell, ";");
		size_t m = n;
		while (m && cell[m - 1] == ' ')
			m--;
		if (m)
			push_str(&row->labels, &row->nlabels, keep(r, cell, m));
		cell += n;
	}
}

static void csv_cell(struct csvread *c, tt_tagrow *row, const char *name, const char *cell)
{
	if (!strcmp(name, "id"))
		row->id = *cell ? keep(c->r, cell, strlen(cell)) : NULL;
	else if (!strcmp(name, "labels"))
		split_labels(c->r, row, cell);
	else if (!strcmp(name, "clear"))
		row->clear = !strcmp(cell, "true") || !strcmp(cell, "1") || !strcmp(cell, "yes");
	else
		add_field(row, keep(c->r, name, strlen(name)),
		          *cell ? keep(c->r, cell, strlen(cell)) : NULL);
}

static void csv_record(int term, void *data)
{
	(void)term;
	struct csvread *c = data;
	if (!c->records++) { /* the header */
		c->header = c->cells;
		c->nheader = c->ncells;
		c->cells = NULL;
		c->ncells = 0;
		return;
	}
	tt_tagrow *row = new_row(c->r, c->line, 1);
	if (c->ncells != c->nheader) {
		row_bad(row, c->r->name, c->line, 1,
		        "this row has a different number of cells than the header");
	} else {
		for (size_t i = 0; i < c->ncells; i++)
			csv_cell(c, row, c->header[i], c->cells[i]);
	}
	for (size_t i = 0; i < c->ncells; i++)
		free(c->cells[i]);
	c->ncells = 0;
}

static int check_header(struct csvread *c, tt_error *err)
{
	for (size_t i = 0; i < c->nheader; i++) {
		if (!strcmp(c->header[i], "id"))
			return 0;
	}
	return tt_error_set(err, c->r->name, 1, 1,
	                    "the first row must name the columns, one of them 'id'");
}

/* libcsv knows no lines, so the file is fed one line at a time: a record
 * ends on the line being fed. */
static int read_csv(tt_tagrows *r, const char *buf, size_t len, tt_error *err)
{
	struct csv_parser p;
	struct csvread c = {.r = r};
	csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
	int rc = 0;
	for (size_t off = 0; rc == 0 && off < len;) {
		const char *nl = memchr(buf + off, '\n', len - off);
		size_t end = nl ? (size_t)(nl - buf) + 1 : len;
		c.line++;
		if (csv_parse(&p, buf + off, end - off, csv_field, csv_record, &c) != end - off)
			rc = tt_error_set(err, r->name, c.line, 1, "CSV: %s",
			                  csv_strerror(csv_error(&p)));
		off = end;
	}
	if (rc == 0 && csv_fini(&p, csv_field, csv_record, &c) != 0)
		rc = tt_error_set(err, r->name, c.line, 1, "CSV: %s", csv_strerror(csv_error(&p)));
	if (rc == 0 && c.records)
		rc = check_header(&c, err);
	csv_free(&p);
	for (size_t i = 0; i < c.ncells; i++)
		free(c.cells[i]);
	free(c.cells);
	for (size_t i = 0; i < c.nheader; i++)
		free(c.header[i]);
	free(c.header);
	return rc;
}

/* ---- JSON Lines ---- */

static void json_labels(tt_tagrows *r, tt_tagrow *row, const tt_json *v)
{
	row->has_labels = 1;
	for (const tt_json *l = v->first; l; l = l->next) {
		if (l->type != TT_JSON_STR) {
			row_bad(row, r->name, row->line, l->col, "each label must be a string");
			return;
		}
		push_str(&row->labels, &row->nlabels, keep(r, l->s, l->len));
	}
}

static void json_member(tt_tagrows *r, tt_tagrow *row, const tt_json *m)
{
	if (!strcmp(m->key, "clear") && m->type == TT_JSON_BOOL)
		row->clear = m->b;
	else if (!strcmp(m->key, "labels") && m->type == TT_JSON_ARR)
		json_labels(r, row, m);
	else if (!strcmp(m->key, "labels") && m->type == TT_JSON_NULL)
		row->has_labels = 1;
	else if (!strcmp(m->key, "id") && m->type == TT_JSON_STR)
		row->id = keep(r, m->s, m->len);
	else if (m->type == TT_JSON_STR && strcmp(m->key, "id"))
		add_field(row, keep(r, m->key, strlen(m->key)), keep(r, m->s, m->len));
	else if (m->type == TT_JSON_NULL && strcmp(m->key, "id"))
		add_field(row, keep(r, m->key, strlen(m->key)), NULL);
	else
		row_bad(row, r->name, row->line, m->col,
		        "each field must be a string (labels: a list of strings; clear: true or "
		        "false)");
}

static void json_line(tt_tagrows *r, const char *line, size_t len, unsigned lineno)
{
	tt_error e;
	tt_json_doc *d = tt_json_parse(r->name, line, len, &e);
	tt_tagrow *row = new_row(r, lineno, 1);
	const tt_json *root = d ? tt_json_root(d) : NULL;
	if (!d) {
		row->bad = 1;
		row->err = e;
		row->err.line = lineno;
	} else if (root->type != TT_JSON_OBJ) {
		row_bad(row, r->name, lineno, root->col, "each line must be one JSON object");
	} else {
		for (const tt_json *m = root->first; m && !row->bad; m = m->next)
			json_member(r, row, m);
	}
	tt_json_free(d);
}

static void read_jsonl(tt_tagrows *r, const char *buf, size_t len)
{
	unsigned lineno = 0;
	for (size_t off = 0; off < len;) {
		const char *nl = memchr(buf + off, '\n', len - off);
		size_t end = nl ? (size_t)(nl - buf) : len;
		lineno++;
		size_t blank = strspn(buf + off, " \t\r");
		if (off + blank < end) /* blank lines are no rows */
			json_line(r, buf + off, end - off, lineno);
		off = nl ? end + 1 : len;
	}
}

tt_tagrows *tt_tagfrom_load(const char *path, tt_error *err, int *errno_out)
{
	size_t len;
	char *buf = tt_read_text(path, TT_READ_MAX, 1, &len, err, errno_out);
	if (!buf)
		return NULL;
	tt_tagrows *r = tt_xcalloc(1, sizeof *r);
	r->name = keep(r, path, strlen(path));
	size_t first = strspn(buf, " \t\r\n");
	int rc = 0;
	if (first < len && buf[first] == '{')
		read_jsonl(r, buf, len);
	else
		rc = read_csv(r, buf, len, err);
	free(buf);
	if (rc < 0) {
		if (errno_out)
			*errno_out = 0;
		tt_tagrows_free(r);
		return NULL;
	}
	return r;
}

size_t tt_tagrows_count(const tt_tagrows *r)
{
	return r->n;
}

const tt_tagrow *tt_tagrows_at(const tt_tagrows *r, size_t i)
{
	return i < r->n ? &r->v[i] : NULL;
}

void tt_tagrows_free(tt_tagrows *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++) {
		free(r->v[i].keys);
		free(r->v[i].vals);
		free(r->v[i].labels);
	}
	free(r->v);
	for (size_t i = 0; i < r->nstrings; i++)
		free(r->strings[i]);
	free(r->strings);
	free(r);
}
