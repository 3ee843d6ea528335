/* json: JSON read through yaml_io, after smoothing over where libyaml and JSON differ. */
#include "threadtag/json.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/xalloc.h"
#include "threadtag/yaml_io.h"

/* libyaml drops a simple key that runs past 1024 characters; stay well below.
 * Its scanner costs time proportional to the flow nesting for every token, so
 * nesting is capped where a reply chain of about 1,000 levels still loads in
 * well under a second (real forums stop far earlier). */
enum { LONG_KEY = 1000, MAX_JSON_DEPTH = 4000, CHUNK = 32 * 1024 };

struct block {
	struct block *next;
	size_t used, size;
	max_align_t data[];
};

struct tt_json_doc {
	struct block *blocks;
	tt_json *root;
};

static void *doc_alloc(tt_json_doc *d, size_t size)
{
	size = (size + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
	struct block *b = d->blocks;
	if (!b || b->size - b->used < size) {
		size_t cap = size > CHUNK ? size : CHUNK;
		b = tt_xmalloc(sizeof *b + cap);
		b->used = 0;
		b->size = cap;
		b->next = d->blocks;
		d->blocks = b;
	}
	void *p = (char *)b->data + b->used;
	b->used += size;
	return memset(p, 0, size);
}

static const char *doc_strdup(tt_json_doc *d, const char *s, size_t len)
{
	char *p = doc_alloc(d, len + 1);
	memcpy(p, s, len);
	return p;
}

void tt_json_free(tt_json_doc *d)
{
	if (!d)
		return;
	for (struct block *b = d->blocks, *n; b; b = n) {
		n = b->next;
		free(b);
	}
	free(d);
}

const tt_json *tt_json_root(const tt_json_doc *d)
{
	return d->root;
}

/* ---- the rewrite from JSON text to YAML that means the same ---- */

static int hex4(const char *s, size_t avail, unsigned *out)
{
	unsigned v = 0;
	if (avail < 4)
		return -1;
	for (int i = 0; i < 4; i++) {
		char c = s[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

/* A \uXXXX escape at s[i] ('\\' there): YAML refuses surrogates, so a pair
 * becomes one \U escape and a lone half (or NUL) the replacement character. */
static size_t rewrite_u_escape(const char *s, size_t len, size_t i, tt_buf *b)
{
	unsigned v, lo;
	if (hex4(s + i + 2, len - i - 2, &v) < 0) {
		tt_buf_add(b, s + i, 2); /* libyaml reports the bad escape */
		return i + 2;
	}
	if (v >= 0xD800 && v <= 0xDBFF && i + 12 <= len && s[i + 6] == '\\' && s[i + 7] == 'u' &&
	    hex4(s + i + 8, len - i - 8, &lo) == 0 && lo >= 0xDC00 && lo <= 0xDFFF) {
		unsigned cp = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00);
		tt_buf_printf(b, "\\U%08X", cp);
		return i + 12;
	}
	if ((v >= 0xD800 && v <= 0xDFFF) || v == 0)
		tt_buf_adds(b, "\\uFFFD");
	else
		tt_buf_add(b, s + i, 6);
	return i + 6;
}

/* Raw characters JSON allows in strings but YAML refuses or reads as line
 * breaks. Returns how many bytes at s[i] were handled, 0 for an ordinary byte. */
static size_t rewrite_raw(const char *s, size_t len, size_t i, tt_buf *b)
{
	unsigned char c = (unsigned char)s[i];
	unsigned char c1 = i + 1 < len ? (unsigned char)s[i + 1] : 0;
	unsigned char c2 = i + 2 < len ? (unsigned char)s[i + 2] : 0;
	if (c == '\n' || c == '\r') {
		tt_buf_adds(b, c == '\n' ? "\\n" : "\\r");
		return 1;
	}
	if ((c < 0x20 && c != '\t') || c == 0x7f) {
		tt_buf_printf(b, "\\u%04X", c ? c : 0xFFFD);
		return 1;
	}
	if (c == 0xC2 && c1 >= 0x80 && c1 <= 0x9F) { /* C1 controls and NEL */
		tt_buf_printf(b, "\\u%04X", c1);
		return 2;
	}
	if (c == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9)) { /* LS, PS */
		tt_buf_printf(b, "\\u%04X", 0x2000u + c2 - 0x80);
		return 3;
	}
	if (c == 0xEF &&
	    ((c1 == 0xBF && (c2 == 0xBE || c2 == 0xBF)) || (c1 == 0xBB && c2 == 0xBF))) {
		tt_buf_printf(b, "\\u%04X", c1 == 0xBB ? 0xFEFFu : 0xFF00u + c2);
		return 3;
	}
	return 0;
}

/* Copies the string starting at s[i] (a '"') into b; returns the index after it. */
static size_t rewrite_string(const char *s, size_t len, size_t i, tt_buf *b)
{
	tt_buf_addc(b, '"');
	for (i++; i < len;) {
		char c = s[i];
		if (c == '"') {
			tt_buf_addc(b, '"');
			return i + 1;
		}
		if (c == '\\' && i + 1 < len) {
			if (s[i + 1] == 'u') {
				i = rewrite_u_escape(s, len, i, b);
			} else {
				if (s[i + 1] == '/')
					tt_buf_addc(b, '/');
				else
					tt_buf_add(b, s + i, 2);
				i += 2;
			}
			continue;
		}
		size_t n = rewrite_raw(s, len, i, b);
		if (n) {
			i += n;
			continue;
		}
		tt_buf_addc(b, c);
		i++;
	}
	return i; /* unterminated: libyaml will say where */
}

char *tt_json_to_yaml(const char *s, size_t len, size_t *outlen, char ***keys, size_t *nkeys)
{
	tt_buf b = {0}, str = {0};
	size_t cap = 0;
	*keys = NULL;
	*nkeys = 0;
	for (size_t i = 0; i < len;) {
		if (s[i] != '"') {
			tt_buf_addc(&b, s[i] == '\t' ? ' ' : s[i]);
			i++;
			continue;
		}
		str.len = 0;
		i = rewrite_string(s, len, i, &str);
		size_t j = i;
		while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r'))
			j++;
		if (j >= len || s[j] != ':') {
			tt_buf_add(&b, str.data, str.len);
			continue;
		}
		/* A key: its ':' goes right after it, the blank space after the ':'. */
		if (str.len >= LONG_KEY) {
			if (*nkeys == cap) {
				cap = cap ? cap * 2 : 4;
				*keys = tt_xrealloc(*keys, cap * sizeof **keys);
			}
			(*keys)[*nkeys] = tt_xstrndup(str.data, str.len);
			tt_buf_printf(&b, "\"\\u0001#%zu\"", (*nkeys)++);
		} else {
			tt_buf_add(&b, str.data, str.len);
		}
		tt_buf_adds(&b, ": ");
		for (; i < j; i++)
			tt_buf_addc(&b, s[i] == '\t' ? ' ' : s[i]);
		i = j + 1;
	}
	tt_buf_free(&str);
	tt_buf_add(&b, NULL, 0);
	*outlen = b.len;
	return b.data;
}

/* ---- building the tree ---- */

struct builder {
	tt_json_doc *d;
	tt_yreader *r;
	tt_error *err;
	char **keys;
	size_t nkeys;
	tt_json **stack;
	size_t depth, cap;
	const char *key; /* pending member name */
};

/* The original text of a long key that was replaced by a placeholder. */
static const char *restore_key(struct builder *B, const tt_yevent *ev)
{
	size_t idx = strtoul(ev->value + 2, NULL, 10);
	if (ev->len < 3 || ev->value[0] != '\x01' || ev->value[1] != '#' || idx >= B->nkeys)
		return doc_strdup(B->d, ev->value, ev->len);
	const char *raw = B->keys[idx];
	tt_error e;
	tt_yreader *r = tt_yreader_open_mem("key", raw, strlen(raw), 4, &e);
	tt_yevent kev;
	const char *out = NULL;
	if (r && tt_yreader_next(r, &kev, &e) == 0 && kev.type == TT_Y_SCALAR)
		out = doc_strdup(B->d, kev.value, kev.len);
	tt_yreader_close(r);
	return out ? out : doc_strdup(B->d, raw, strlen(raw));
}

/* JSON's number grammar: strtod alone would also take NaN, inf and hex. */
static int json_number(const char *s)
{
	if (*s == '-')
		s++;
	if (!isdigit((unsigned char)*s))
		return 0;
	if (*s == '0' && isdigit((unsigned char)s[1]))
		return 0;
	while (isdigit((unsigned char)*s))
		s++;
	if (*s == '.') {
		if (!isdigit((unsigned char)*++s))
			return 0;
		while (isdigit((unsigned char)*s))
			s++;
	}
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '+' || *s == '-')
			s++;
		if (!isdigit((unsigned char)*s))
			return 0;
		while (isdigit((unsigned char)*s))
			s++;
	}
	return *s == '\0';
}

static int scalar_node(struct builder *B, const tt_yevent *ev, tt_json *n)
{
	n->s = doc_strdup(B->d, ev->value, ev->len);
	n->len = ev->len;
	if (!ev->plain) {
		n->type = TT_JSON_STR;
		return 0;
	}
	if (!strcmp(ev->value, "null")) {
		n->type = TT_JSON_NULL;
		return 0;
	}
	if (!strcmp(ev->value, "true") || !strcmp(ev->value, "false")) {
		n->type = TT_JSON_BOOL;
		n->b = ev->value[0] == 't';
		return 0;
	}
	if (json_number(ev->value)) {
		n->num = strtod(ev->value, NULL);
		n->type = TT_JSON_NUM;
		return 0;
	}
	return tt_yreader_fail(B->r, ev, B->err,
	                       "not JSON: expected a string in quotes, a number, true, false or "
	                       "null, found '%.40s'",
	                       ev->value);
}

static void attach(struct builder *B, tt_json *n)
{
	tt_json *parent = B->depth ? B->stack[B->depth - 1] : NULL;
	n->key = B->key;
	B->key = NULL;
	if (!parent) {
		B->d->root = n;
		return;
	}
	if (parent->last)
		parent->last->next = n;
	else
		parent->first = n;
	parent->last = n;
	parent->n++;
}

static void push(struct builder *B, tt_json *n)
{
	if (B->depth == B->cap) {
		B->cap = B->cap ? B->cap * 2 : 64;
		B->stack = tt_xrealloc(B->stack, B->cap * sizeof *B->stack);
	}
	B->stack[B->depth++] = n;
}

/* One event; returns 1 when the document is complete. */
static int build_event(struct builder *B, const tt_yevent *ev)
{
	tt_json *top = B->depth ? B->stack[B->depth - 1] : NULL;
	if (ev->type == TT_Y_END) {
		if (!B->d->root)
			return tt_yreader_fail(B->r, ev, B->err, "empty input: expected JSON");
		return 1;
	}
	if (ev->type == TT_Y_MAP_END || ev->type == TT_Y_SEQ_END) {
		B->depth--;
		return 0;
	}
	if (top && top->type == TT_JSON_OBJ && !B->key) {
		if (ev->type != TT_Y_SCALAR || ev->plain)
			return tt_yreader_fail(
			    B->r, ev, B->err, "not JSON: a member name must be a string in quotes");
		B->key = restore_key(B, ev);
		return 0;
	}
	if (B->d->root && !top)
		return tt_yreader_fail(B->r, ev, B->err, "not JSON: more than one value");
	tt_json *n = doc_alloc(B->d, sizeof *n);
	n->line = ev->line;
	n->col = ev->col;
	if (ev->type == TT_Y_SCALAR) {
		if (scalar_node(B, ev, n) < 0)
			return -1;
		attach(B, n);
		return 0;
	}
	n->type = ev->type == TT_Y_MAP_START ? TT_JSON_OBJ : TT_JSON_ARR;
	attach(B, n);
	push(B, n);
	return 0;
}

tt_json_doc *tt_json_parse(const char *name, const char *buf, size_t len, tt_error *err)
{
	size_t ylen;
	struct builder B = {.err = err};
	char *yaml = tt_json_to_yaml(buf, len, &ylen, &B.keys, &B.nkeys);
	B.d = tt_xcalloc(1, sizeof *B.d);
	B.r = tt_yreader_open_mem(name, yaml, ylen, MAX_JSON_DEPTH, err);
	int rc = B.r ? 0 : -1;
	while (rc == 0) {
		tt_yevent ev;
		rc = tt_yreader_next(B.r, &ev, err);
		if (rc == 0)
			rc = build_event(&B, &ev);
	}
	tt_yreader_close(B.r);
	/* The reader speaks of YAML; the user gave JSON. */
	if (rc < 0 && err && !strncmp(err->msg, "YAML syntax", 11))
		memcpy(err->msg, "JSON", 4);
	for (size_t i = 0; i < B.nkeys; i++)
		free(B.keys[i]);
	free(B.keys);
	free(B.stack);
	free(yaml);
	if (rc < 0) {
		tt_json_free(B.d);
		return NULL;
	}
	return B.d;
}

/* ---- lookups ---- */

const tt_json *tt_json_get(const tt_json *obj, const char *key)
{
	if (!obj || obj->type != TT_JSON_OBJ)
		return NULL;
	for (const tt_json *c = obj->first; c; c = c->next)
		if (c->key && !strcmp(c->key, key))
			return c;
	return NULL;
}

const char *tt_json_str(const tt_json *obj, const char *key)
{
	const tt_json *v = tt_json_get(obj, key);
	return v && v->type == TT_JSON_STR ? v->s : NULL;
}

int tt_json_num(const tt_json *obj, const char *key, double *out)
{
	const tt_json *v = tt_json_get(obj, key);
	if (!v)
		return -1;
	if (v->type == TT_JSON_NUM) {
		*out = v->num;
		return 0;
	}
	if (v->type != TT_JSON_STR || !v->len)
		return -1;
	char *end;
	double d = strtod(v->s, &end);
	if (*end)
		return -1;
	*out = d;
	return 0;
}

int tt_json_true(const tt_json *obj, const char *key)
{
	const tt_json *v = tt_json_get(obj, key);
	return v && v->type == TT_JSON_BOOL && v->b;
}

const char *tt_json_text(const tt_json *obj, const char *key)
{
	const tt_json *v = tt_json_get(obj, key);
	return v && (v->type == TT_JSON_STR || v->type == TT_JSON_NUM) ? v->s : NULL;
}
