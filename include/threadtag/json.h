/* json: strict JSON (RFC 8259) through yajl into a small tree, whole or streamed. */
#ifndef THREADTAG_JSON_H
#define THREADTAG_JSON_H

#include <stddef.h>

#include "threadtag/error.h"

/* Deepest nesting of arrays and objects accepted: room for a 100,000-deep
 * reply chain (Reddit nests five levels a reply, Hacker News two), yet a
 * bound. Each level costs a few dozen bytes, and nothing is recursive. */
#define TT_JSON_MAX_DEPTH 524288u

typedef enum tt_json_type {
	TT_JSON_NULL,
	TT_JSON_BOOL,
	TT_JSON_NUM,
	TT_JSON_STR,
	TT_JSON_ARR,
	TT_JSON_OBJ,
} tt_json_type;

typedef struct tt_json tt_json;
struct tt_json {
	tt_json_type type;
	const char *key;              /* the member name inside an object, else NULL */
	const char *s;                /* string text (NUL-terminated), or the number as written */
	size_t len;                   /* bytes of s */
	double num;                   /* TT_JSON_NUM: always finite */
	int b;                        /* TT_JSON_BOOL */
	tt_json *first, *last, *next; /* children of an array or object, in order */
	size_t n;                     /* number of children */
	unsigned line, col;           /* where the value starts in the input (col in characters) */
};

typedef struct tt_json_doc tt_json_doc;

/* Parses JSON text (name is used in messages). NULL + err on bad input, with
 * the line and column where one exists: anything RFC 8259 does not allow is
 * refused, as are text that is not UTF-8, numbers beyond a double's range and
 * nesting deeper than TT_JSON_MAX_DEPTH. A leading byte-order mark is skipped;
 * \u0000 and unpaired surrogate escapes become U+FFFD. The buffer need not
 * outlive the result. */
tt_json_doc *tt_json_parse(const char *name, const char *buf, size_t len, tt_error *err);
const tt_json *tt_json_root(const tt_json_doc *d);
void tt_json_free(tt_json_doc *d);

/* Hooks called while the tree is built, for documents too large to hold
 * whole. path[0..depth) are the open arrays and objects around the node,
 * outermost first (path[depth - 1] is its parent; depth 0 for the root). */
typedef struct tt_json_hooks {
	/* An array or object has begun: node has its key and position, no
	 * children yet. 0 to go on, -1 (err set) to stop the parse. */
	int (*open)(void *ctx, tt_json *node, tt_json *const *path, size_t depth, tt_error *err);
	/* An array or object is complete. 0 keeps it in the tree; 1 drops it and
	 * everything under it, giving its memory back (pointers into it become
	 * invalid); -1 (err set) stops the parse. */
	int (*close)(void *ctx, tt_json *node, tt_json *const *path, size_t depth, tt_error *err);
	void *ctx;
} tt_json_hooks;

/* tt_json_parse with hooks (NULL hooks: the same as tt_json_parse). */
tt_json_doc *tt_json_parse_hooks(const char *name, const char *buf, size_t len,
                                 const tt_json_hooks *hooks, tt_error *err);

/* Member of an object by name (first one), or NULL; NULL obj gives NULL. */
const tt_json *tt_json_get(const tt_json *obj, const char *key);
/* The string member, or NULL when missing or not a string. */
const char *tt_json_str(const tt_json *obj, const char *key);
/* A number member (or a string holding a JSON number) into *out; 0, or -1
 * when missing, not a number, or beyond a double's range. */
int tt_json_num(const tt_json *obj, const char *key, double *out);
/* The same for a value already at hand (NULL gives -1). */
int tt_json_number(const tt_json *v, double *out);
/* 1 when the member is true, 0 otherwise. */
int tt_json_true(const tt_json *obj, const char *key);
/* A string or number member as text (numbers as written), else NULL. */
const char *tt_json_text(const tt_json *obj, const char *key);

/* Adds node as the last child of an array or object built by hand (a fetch
 * assembles one page from many answers); node must belong to no list. */
void tt_json_append(tt_json *arr, tt_json *node);

#endif
