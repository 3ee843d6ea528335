/* json: strict JSON parsed by yajl's streaming callbacks into a compact arena tree. */
#include "threadtag/json.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdalign.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

#include "threadtag/text.h"
#include "threadtag/xalloc.h"
#include "threadtag/yaml_io.h"

enum { CHUNK = 64 * 1024 };

/* ---- the arena: a stack of blocks, so a finished subtree can be given back ---- */

struct block {
	struct block *prev;
	size_t used, size;
	max_align_t data[];
};

/* Where the arena stood: everything allocated after it can be released at once. */
struct mark {
	struct block *b;
	size_t used;
};

struct tt_json_doc {
	struct block *top, *spare;
	tt_json *root;
};

static void *arena_alloc(tt_json_doc *d, size_t size, size_t align)
{
	struct block *b = d->top;
	size_t at = b ? (b->used + align - 1) / align * align : 0;
	if (!b || at > b->size || b->size - at < size) {
		size_t cap = size > CHUNK ? size : CHUNK;
		if (d->spare && d->spare->size >= cap) {
			b = d->spare;
			d->spare = NULL;
		} else {
			b = tt_xmalloc(sizeof *b + cap);
			b->size = cap;
		}
		b->prev = d->top;
		d->top = b;
		at = 0;
	}
	b->used = at + size;
	return (char *)b->data + at;
}

static struct mark arena_mark(const tt_json_doc *d)
{
	return (struct mark){d->top, d->top ? d->top->used : 0};
}

/* Releases everything allocated since m; one emptied block is kept for reuse,
 * so a subtree dropped at a block boundary does not cost a malloc each time. */
static void arena_release(tt_json_doc *d, struct mark m)
{
	while (d->top != m.b) {
		struct block *b = d->top;
		d->top = b->prev;
		if (!d->spare && b->size == CHUNK)
			d->spare = b;
		else
			free(b);
	}
	if (d->top)
		d->top->used = m.used;
}

void tt_json_free(tt_json_doc *d)
{
	if (!d)
		return;
	arena_release(d, (struct mark){NULL, 0});
	free(d->spare);
	free(d);
}

const tt_json *tt_json_root(const tt_json_doc *d)
{
	return d->root;
}

/* ---- the builder, fed by yajl's callbacks ---- */

struct frame {
	struct mark mark; /* the arena before the container's node */
	tt_json *prev;    /* the parent's last child before it */
};

struct builder {
	tt_json_doc *d;
	yajl_handle h;
	const char *name;
	const unsigned char *buf; /* what yajl reads (after any byte-order mark) */
	size_t len;
	size_t end;           /* where the previous token ended */
	size_t at, line, col; /* a position already counted, for line and column */
	tt_json **path;       /* the open containers, outermost first */
	struct frame *frames;
	size_t depth, cap;
	const char *key; /* member name waiting for its value */
	const tt_json_hooks *hooks;
	tt_error *err;
	int failed; /* err is set: yajl was stopped by a callback */
};

/* Line and column of byte off, counted on from the last position asked for
 * (positions only move forward, so a whole parse counts each byte once).
 * Columns count characters: bytes that do not continue a UTF-8 sequence. */
static void position(struct builder *B, size_t off, unsigned *line, unsigned *col)
{
	if (off < B->at) {
		B->at = 0;
		B->line = B->col = 1;
	}
	if (off > B->len)
		off = B->len;
	const unsigned char *p = B->buf + B->at, *end = B->buf + off, *nl;
	while ((nl = memchr(p, '\n', (size_t)(end - p)))) {
		B->line++;
		B->col = 1;
		p = nl + 1;
	}
	size_t chars = (size_t)(end - p);
	for (; p + 8 <= end; p += 8) { /* continuation bytes are 10xxxxxx */
		uint64_t w;
		memcpy(&w, p, 8);
		uint64_t cont = (w & ~(w << 1) & 0x8080808080808080u) >> 7;
		chars -= (size_t)((cont * 0x0101010101010101u) >> 56); /* sums the bytes */
	}
	for (; p < end; p++)
		chars -= (*p & 0xC0) == 0x80;
	B->col += chars;
	B->at = off;
	*line = (unsigned)B->line;
	*col = (unsigned)B->col;
}

__attribute__((format(printf, 3, 4))) static int fail_at(struct builder *B, size_t off,
                                                         const char *fmt, ...)
{
	char msg[sizeof B->err->msg];
	va_list ap;
	va_start(ap, fmt);
	tt_utf8_vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	unsigned line, col;
	position(B, off, &line, &col);
	tt_error_set(B->err, B->name, line, col, "%s", msg);
	B->failed = 1;
	return 0; /* to yajl: stop */
}

/* The token yajl has just read began at the first byte after the previous
 * token that is not blank space, ',' or ':' (nothing else lies between tokens). */
static size_t token_start(struct builder *B)
{
	size_t consumed = yajl_get_bytes_consumed(B->h);
	size_t i = B->end;
	while (i < B->len && (B->buf[i] == ' ' || B->buf[i] == '\n' || B->buf[i] == ',' ||
	                      B->buf[i] == ':' || B->buf[i] == '\t' || B->buf[i] == '\r'))
		i++;
	/* A number ending the input is reported from yajl_complete_parse, where
	 * the count is 0: it ends at the input's end. */
	B->end = consumed > i ? consumed : B->len;
	return i;
}

static tt_json *new_node(struct builder *B, tt_json_type type, size_t start)
{
	tt_json *n = arena_alloc(B->d, sizeof *n, alignof(tt_json));
	memset(n, 0, sizeof *n);
	n->type = type;
	position(B, start, &n->line, &n->col);
	return n;
}

/* Links n under the open container (or as the root); returns the previous last child. */
static tt_json *attach(struct builder *B, tt_json *n)
{
	n->key = B->key;
	B->key = NULL;
	if (!B->depth) {
		B->d->root = n;
		return NULL;
	}
	tt_json *parent = B->path[B->depth - 1], *prev = parent->last;
	if (prev)
		prev->next = n;
	else
		parent->first = n;
	parent->last = n;
	parent->n++;
	return prev;
}

static int on_null(void *ctx)
{
	struct builder *B = ctx;
	attach(B, new_node(B, TT_JSON_NULL, token_start(B)));
	return 1;
}

static int on_bool(void *ctx, int value)
{
	struct builder *B = ctx;
	tt_json *n = new_node(B, TT_JSON_BOOL, token_start(B));
	n->b = value;
	attach(B, n);
	return 1;
}

static char *copy(struct builder *B, const void *s, size_t len)
{
	char *p = arena_alloc(B->d, len + 1, 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* yajl has checked the grammar; the range is ours to check (RFC 8259 leaves
 * it to implementations): 1e999 would become infinity. Underflow gives 0. */
static int on_number(void *ctx, const char *s, size_t len)
{
	struct builder *B = ctx;
	size_t start = token_start(B);
	tt_json *n = new_node(B, TT_JSON_NUM, start);
	n->s = copy(B, s, len);
	n->len = len;
	n->num = strtod(n->s, NULL);
	if (!isfinite(n->num))
		return fail_at(B, start, "number out of range: %.40s", n->s);
	attach(B, n);
	return 1;
}

static unsigned hex4(const unsigned char *s)
{
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		unsigned c = s[i];
		v = v << 4 | (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
	}
	return v;
}

static int is_high(unsigned u)
{
	return u >= 0xD800 && u <= 0xDBFF;
}

static int is_low(unsigned u)
{
	return u >= 0xDC00 && u <= 0xDFFF;
}

/* yajl turns a lone surrogate escape into '?' or bytes that are not UTF-8,
 * pairs a high surrogate with any following escape, and lets \u0000 through.
 * Is there such an escape in raw string text (escapes already checked)? */
static int needs_own_decoding(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++) {
		if (s[i] != '\\')
			continue;
		if (s[i + 1] == 'u') {
			unsigned u = hex4(s + i + 2);
			if (u == 0 || (u >= 0xD800 && u <= 0xDFFF))
				return 1;
			i += 5;
		} else {
			i++;
		}
	}
	return 0;
}

/* The escapes of raw string text, decoded as RFC 8259 means them; NUL and
 * unpaired surrogates become U+FFFD so every string stays one C string. */
static void decode_escapes(const unsigned char *s, size_t len, tt_buf *out)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	for (size_t i = 0; i < len;) {
		if (s[i] != '\\') {
			tt_buf_addc(out, (char)s[i++]);
			continue;
		}
		if (s[i + 1] != 'u') {
			tt_buf_addc(out, to[strchr(from, s[i + 1]) - from]);
			i += 2;
			continue;
		}
		unsigned u = hex4(s + i + 2), lo;
		i += 6;
		if (is_high(u) && i + 6 <= len && s[i] == '\\' && s[i + 1] == 'u' &&
		    is_low(lo = hex4(s + i + 2))) {
			u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
			i += 6;
		} else if (u == 0 || is_high(u) || is_low(u)) {
			u = TT_REPLACEMENT;
		}
		tt_utf8_encode(out, u);
	}
}

/* Does s hold a byte past ASCII? Eight bytes at a time: most text is ASCII. */
static int any_high(const unsigned char *s, size_t len)
{
	size_t i = 0;
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, s + i, 8);
		if (w & 0x8080808080808080u)
			return 1;
	}
	for (; i < len; i++)
		if (s[i] & 0x80)
			return 1;
	return 0;
}

/* Checks raw string text for what yajl lets through: bytes that are not
 * UTF-8 (overlong forms, encoded surrogates, past U+10FFFF). Returns the
 * offset of the first bad byte, or len. */
static size_t check_raw(const unsigned char *s, size_t len)
{
	if (!any_high(s, len))
		return len;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = s[i] < 0x80 ? 1 : tt_utf8_decode((const char *)s + i, len - i, &cp);
		if (n == 1 && s[i] >= 0x80)
			return i;
		i += n;
	}
	return len;
}

static int take_copy(struct builder *B, const unsigned char *s, size_t len, const char **out,
                     size_t *outlen)
{
	*out = copy(B, s, len);
	*outlen = len;
	return 1;
}

/* A string token (value or member name) as text owned by the document. */
static int take_string(struct builder *B, const unsigned char *s, size_t len, size_t *start,
                       const char **out, size_t *outlen)
{
	*start = token_start(B);
	if (B->end < *start + 2) /* not the token expected: trust yajl's text */
		return take_copy(B, s, len, out, outlen);
	const unsigned char *raw = B->buf + *start + 1;
	size_t rawlen = B->end - *start - 2;
	size_t bad = check_raw(raw, rawlen);
	if (bad < rawlen)
		return fail_at(B, *start + 1 + bad, "not UTF-8: byte 0x%02X in a string", raw[bad]);
	if (memchr(raw, '\\', rawlen) && needs_own_decoding(raw, rawlen)) {
		tt_buf b = {0};
		decode_escapes(raw, rawlen, &b);
		*out = copy(B, b.data, b.len);
		*outlen = b.len;
		tt_buf_free(&b);
		return 1;
	}
	return take_copy(B, s, len, out, outlen);
}

static int on_string(void *ctx, const unsigned char *s, size_t len)
{
	struct builder *B = ctx;
	size_t start;
	const char *text;
	size_t n;
	if (!take_string(B, s, len, &start, &text, &n))
		return 0;
	tt_json *node = new_node(B, TT_JSON_STR, start);
	node->s = text;
	node->len = n;
	attach(B, node);
	return 1;
}

static int on_key(void *ctx, const unsigned char *s, size_t len)
{
	struct builder *B = ctx;
	size_t start, n;
	return take_string(B, s, len, &start, &B->key, &n);
}

static int open_container(struct builder *B, tt_json_type type)
{
	size_t start = token_start(B);
	if (B->depth >= TT_JSON_MAX_DEPTH)
		return fail_at(B, start, "JSON nests deeper than %u levels", TT_JSON_MAX_DEPTH);
	struct mark m = arena_mark(B->d);
	tt_json *n = new_node(B, type, start);
	tt_json *prev = attach(B, n);
	if (B->depth == B->cap) {
		B->cap = B->cap ? B->cap * 2 : 64;
		B->path = tt_xrealloc(B->path, B->cap * sizeof *B->path);
		B->frames = tt_xrealloc(B->frames, B->cap * sizeof *B->frames);
	}
	B->frames[B->depth] = (struct frame){m, prev};
	B->path[B->depth++] = n;
	if (B->hooks && B->hooks->open &&
	    B->hooks->open(B->hooks->ctx, n, B->path, B->depth - 1, B->err) < 0) {
		B->failed = 1;
		return 0;
	}
	return 1;
}

/* Unlinks the parent's last child (n) and gives back its memory. */
static void drop(struct builder *B, const struct frame *f)
{
	tt_json *parent = B->path[B->depth - 1];
	parent->last = f->prev;
	if (f->prev)
		f->prev->next = NULL;
	else
		parent->first = NULL;
	parent->n--;
	arena_release(B->d, f->mark);
}

static int close_container(void *ctx)
{
	struct builder *B = ctx;
	token_start(B);
	tt_json *n = B->path[--B->depth];
	struct frame f = B->frames[B->depth];
	if (!B->hooks || !B->hooks->close)
		return 1;
	int rc = B->hooks->close(B->hooks->ctx, n, B->path, B->depth, B->err);
	if (rc < 0) {
		B->failed = 1;
		return 0;
	}
	if (rc == 1 && B->depth) /* the root is never dropped */
		drop(B, &f);
	return 1;
}

static int on_start_map(void *ctx)
{
	return open_container(ctx, TT_JSON_OBJ);
}

static int on_start_array(void *ctx)
{
	return open_container(ctx, TT_JSON_ARR);
}

static const yajl_callbacks callbacks = {
    .yajl_null = on_null,
    .yajl_boolean = on_bool,
    .yajl_number = on_number,
    .yajl_string = on_string,
    .yajl_start_map = on_start_map,
    .yajl_map_key = on_key,
    .yajl_end_map = close_container,
    .yajl_start_array = on_start_array,
    .yajl_end_array = close_container,
};

/* yajl's own words for a syntax error, without its "parse error: " prefix. */
static void syntax_error(struct builder *B, int at_end)
{
	unsigned char *e = yajl_get_error(B->h, 0, NULL, 0);
	const char *msg = (const char *)e;
	const char *colon = strstr(msg, "error: ");
	if (colon)
		msg = colon + 7;
	size_t n = strcspn(msg, "\n");
	while (n && msg[n - 1] == '.')
		n--;
	size_t off = B->len;
	if (!at_end) {
		/* yajl counts the offending token as read: point at its last byte;
		 * a comment it refuses before reading it. */
		off = yajl_get_bytes_consumed(B->h);
		if (off >= B->len || B->buf[off] != '/') {
			off = off ? off - 1 : 0;
			while (off && isspace(B->buf[off]))
				off--;
		}
	}
	if (at_end || !strncmp(msg, "premature EOF", 13))
		fail_at(B, B->len, "JSON syntax error: the text ends inside a value");
	else
		fail_at(B, off, "JSON syntax error: %.*s", (int)n, msg);
	yajl_free_error(B->h, e);
}

static int only_blank(const unsigned char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!strchr(" \t\n\r", s[i]) || !s[i])
			return 0;
	return 1;
}

tt_json_doc *tt_json_parse_hooks(const char *name, const char *buf, size_t len,
                                 const tt_json_hooks *hooks, tt_error *err)
{
	tt_error spare_err;
	struct builder B = {.name = name, .hooks = hooks, .err = err ? err : &spare_err};
	B.buf = (const unsigned char *)buf;
	B.len = len;
	if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3)) /* RFC 8259 lets a parser skip it */
		B.buf += 3, B.len -= 3;
	B.line = B.col = 1;
	B.d = tt_xcalloc(1, sizeof *B.d);
	if (only_blank(B.buf, B.len)) {
		fail_at(&B, B.len, "empty input: expected JSON");
	} else {
		B.h = yajl_alloc(&callbacks, NULL, &B);
		yajl_status st = yajl_parse(B.h, B.buf, B.len);
		int at_end = st == yajl_status_ok;
		if (at_end)
			st = yajl_complete_parse(B.h);
		if (st == yajl_status_error && !B.failed)
			syntax_error(&B, at_end && yajl_get_bytes_consumed(B.h) == 0);
		yajl_free(B.h);
	}
	free(B.path);
	free(B.frames);
	if (B.failed) {
		tt_json_free(B.d);
		return NULL;
	}
	return B.d;
}

tt_json_doc *tt_json_parse(const char *name, const char *buf, size_t len, tt_error *err)
{
	return tt_json_parse_hooks(name, buf, len, NULL, err);
}

/* ---- lookups ---- */

const tt_json *tt_json_get(const tt_json *obj, const char *key)
{
	if (!obj || obj->type != TT_JSON_OBJ)
		return NULL;
	for (const tt_json *c = obj->first; c; c = c->next)
		if (c->key && c->key[0] == key[0] && !strcmp(c->key, key))
			return c;
	return NULL;
}

const char *tt_json_str(const tt_json *obj, const char *key)
{
	const tt_json *v = tt_json_get(obj, key);
	return v && v->type == TT_JSON_STR ? v->s : NULL;
}

/* Is s a number as JSON writes it? strtod alone would also take " 1", NaN,
 * inf and hex. */
static int json_number(const char *s)
{
	if (*s == '-')
		s++;
	if (!isdigit((unsigned char)*s) || (*s == '0' && isdigit((unsigned char)s[1])))
		return 0;
	s += strspn(s, "0123456789");
	if (*s == '.') {
		if (!isdigit((unsigned char)*++s))
			return 0;
		s += strspn(s, "0123456789");
	}
	if (*s == 'e' || *s == 'E') {
		s += s[1] == '+' || s[1] == '-' ? 2 : 1;
		if (!isdigit((unsigned char)*s))
			return 0;
		s += strspn(s, "0123456789");
	}
	return *s == '\0';
}

int tt_json_number(const tt_json *v, double *out)
{
	if (v && v->type == TT_JSON_NUM) {
		*out = v->num;
		return 0;
	}
	if (!v || v->type != TT_JSON_STR || !json_number(v->s))
		return -1;
	double d = strtod(v->s, NULL);
	if (!isfinite(d))
		return -1;
	*out = d;
	return 0;
}

int tt_json_num(const tt_json *obj, const char *key, double *out)
{
	return tt_json_number(tt_json_get(obj, key), out);
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

void tt_json_append(tt_json *arr, tt_json *node)
{
	node->next = NULL;
	if (arr->last)
		arr->last->next = node;
	else
		arr->first = node;
	arr->last = node;
	arr->n++;
}
