/* yaml_io: the one door to libyaml — a pull reader with positions and limits, and an emitter. */
#ifndef THREADTAG_YAML_IO_H
#define THREADTAG_YAML_IO_H

#include <stddef.h>
#include <stdio.h>

/* tt_error lives in error.h; included here so loaders need one include. */
#include "threadtag/error.h"

typedef enum tt_yevent_type {
	TT_Y_SCALAR,
	TT_Y_MAP_START,
	TT_Y_MAP_END,
	TT_Y_SEQ_START,
	TT_Y_SEQ_END,
	TT_Y_END, /* end of the (first) document */
} tt_yevent_type;

typedef struct tt_yevent {
	tt_yevent_type type;
	const char *value; /* scalar text, NUL-terminated; valid until the next call */
	size_t len;
	int plain;    /* 1 for a plain (unquoted) scalar: null/true/123 may be typed */
	unsigned line, col; /* 1-based start position */
	unsigned depth;     /* nesting depth after this event */
} tt_yevent;

typedef struct tt_yreader tt_yreader;

enum { TT_YAML_DEFAULT_MAX_DEPTH = 1024 };

/* Opens a reader over a whole file read into memory. NULL + err on failure;
 * *errno_out (if non-NULL) receives errno for a missing/unreadable file. */
tt_yreader *tt_yreader_open_file(const char *path, unsigned max_depth, tt_error *err,
				 int *errno_out);
/* Opens a reader over a caller-owned buffer that must outlive the reader. */
tt_yreader *tt_yreader_open_mem(const char *name, const char *buf, size_t len,
				unsigned max_depth, tt_error *err);
/* Next event. Returns 0, or -1 with err filled (syntax, alias/anchor, depth, NUL). */
int tt_yreader_next(tt_yreader *r, tt_yevent *ev, tt_error *err);
/* Skips the value whose first event was just read (scalar or whole collection). */
int tt_yreader_skip(tt_yreader *r, const tt_yevent *first, tt_error *err);
/* Raises an error positioned at an event. Returns -1. */
int tt_yreader_fail(tt_yreader *r, const tt_yevent *at, tt_error *err, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
const char *tt_yreader_name(const tt_yreader *r);
/* How far the reader is: bytes consumed and the input's size (0 when unknown). */
void tt_yreader_progress(const tt_yreader *r, size_t *done, size_t *total);
void tt_yreader_close(tt_yreader *r);

/* Typed scalar helpers for plain scalars. Return 0 when the text parses. */
int tt_yscalar_is_null(const tt_yevent *ev);
int tt_yscalar_bool(const tt_yevent *ev, int *out);
int tt_yscalar_long(const tt_yevent *ev, long long *out);

/* Names what an event is, for "found %s" in messages: "a mapping", "a list",
 * "the end of the file", or for a scalar scalar_word; with scalar_word NULL,
 * the scalar's own text ("nothing" for a null). The result is static or the
 * event's text: it lives as long as the event. */
const char *tt_yevent_kind(const tt_yevent *ev, const char *scalar_word);

/* Emitter: writes YAML to a growing memory buffer. Errors are sticky. */
typedef struct tt_yemit tt_yemit;
enum tt_ystyle { TT_YS_ANY, TT_YS_PLAIN, TT_YS_QUOTED, TT_YS_LITERAL, TT_YS_FLOW };
tt_yemit *tt_yemit_new(void);
void tt_yemit_map_start(tt_yemit *e, int flow);
void tt_yemit_map_end(tt_yemit *e);
void tt_yemit_seq_start(tt_yemit *e, int flow);
void tt_yemit_seq_end(tt_yemit *e);
/* A string scalar; chosen style is a hint (libyaml falls back where it must). */
void tt_yemit_str(tt_yemit *e, const char *s, enum tt_ystyle style);
void tt_yemit_strn(tt_yemit *e, const char *s, size_t len, enum tt_ystyle style);
/* Key followed by value helpers. NULL values are skipped entirely. */
void tt_yemit_kv(tt_yemit *e, const char *key, const char *val);
void tt_yemit_kv_int(tt_yemit *e, const char *key, long long v);
/* A raw plain token such as 1, true or null (caller guarantees it is valid). */
void tt_yemit_raw(tt_yemit *e, const char *token);
/* Ends the document; returns 0 and hands over the buffer (caller frees) or -1. */
int tt_yemit_finish(tt_yemit *e, char **out, size_t *len);
void tt_yemit_free(tt_yemit *e);

#endif
