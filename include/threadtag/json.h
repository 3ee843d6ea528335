/* json: JSON documents read through the YAML door into a small tree. */
#ifndef THREADTAG_JSON_H
#define THREADTAG_JSON_H

#include <stddef.h>

#include "threadtag/error.h"

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
	const char *s;                /* string text, or the number as written */
	size_t len;                   /* bytes of s */
	double num;                   /* TT_JSON_NUM */
	int b;                        /* TT_JSON_BOOL */
	tt_json *first, *last, *next; /* children of an array or object, in order */
	size_t n;                     /* number of children */
	unsigned line, col;           /* where the value starts in the input */
};

typedef struct tt_json_doc tt_json_doc;

/* Parses JSON text (name is used in messages). NULL + err on bad input, with
 * the position where one exists. The buffer need not outlive the result. */
tt_json_doc *tt_json_parse(const char *name, const char *buf, size_t len, tt_error *err);
const tt_json *tt_json_root(const tt_json_doc *d);
void tt_json_free(tt_json_doc *d);

/* Rewrites JSON text so libyaml reads it as JSON means it: surrogate pairs,
 * tabs between tokens, keys of 1000 bytes or more and keys whose ':' is on a
 * later line, and raw characters YAML forbids or folds. Lines are kept. Long
 * keys are replaced by placeholders recorded in *keys (caller frees both the
 * result and each entry); exposed for the tests. */
char *tt_json_to_yaml(const char *buf, size_t len, size_t *outlen, char ***keys, size_t *nkeys);

/* Member of an object by name (first one), or NULL; NULL obj gives NULL. */
const tt_json *tt_json_get(const tt_json *obj, const char *key);
/* The string member, or NULL when missing or not a string. */
const char *tt_json_str(const tt_json *obj, const char *key);
/* A number member (or a string holding one) into *out; 0, or -1. */
int tt_json_num(const tt_json *obj, const char *key, double *out);
/* 1 when the member is true, 0 otherwise. */
int tt_json_true(const tt_json *obj, const char *key);
/* A string or number member as text (numbers as written), else NULL. */
const char *tt_json_text(const tt_json *obj, const char *key);

#endif
