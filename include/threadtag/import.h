/* import: threads from saved pages (HTML or text), Reddit JSON and Hacker News JSON. */
#ifndef THREADTAG_IMPORT_H
#define THREADTAG_IMPORT_H

#include <stddef.h>
#include <stdio.h>

#include "threadtag/thread.h"

enum tt_import_kind {
	TT_IMPORT_AUTO, /* decided from the content */
	TT_IMPORT_TEXT,
	TT_IMPORT_REDDIT,
	TT_IMPORT_HN,
	TT_IMPORT_HTML,
	TT_IMPORT_JSON, /* Reddit or HN as the content says; never read as text */
};

enum tt_import_encoding {
	TT_ENC_AUTO, /* UTF-8 when the bytes are valid UTF-8, else Windows-1252 */
	TT_ENC_UTF8,
	TT_ENC_CP1252,
	TT_ENC_LATIN1,
};

/* What an import found, for the report `threadtag import` prints and for
 * --explain. Importers fill in what they know through the functions below;
 * the caller owns it (tt_import_report_free). */
struct tt_import_report {
	char format[16];  /* "html", "text", "reddit", "hn", "thread" */
	char layout[64];  /* what carried the comments ("WordPress comments"), or "" */
	long stated;      /* the comment count the page itself states, or -1 */
	unsigned stated_line; /* the input line where it says so, or 0 */
	char **warn;      /* warnings, in input order, already worded */
	size_t nwarn;
	int explain;   /* set by the caller: importers then record each block */
	char **blocks; /* with explain: "LINES: taken as WHAT: first words" */
	size_t nblocks;
};

/* What the caller knows better than the heuristics; NULL fields are left to them. */
struct tt_import_opts {
	enum tt_import_kind kind;
	enum tt_import_encoding encoding;
	const char *title, *author, *site, *url, *published;
	struct tt_import_report *report; /* NULL: nothing is collected */
};

/* An empty report (stated -1); explain as the caller wants it. */
void tt_import_report_init(struct tt_import_report *r, int explain);
void tt_import_report_free(struct tt_import_report *r);
/* Records a warning about input line `line` (0: no line). NULL r is a no-op. */
void tt_import_warn(struct tt_import_report *r, unsigned line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* With r->explain, records that input lines first..last were taken as `what`
 * ("article", "comment header", "comment body", "furniture"...), with the
 * block's first words. Otherwise, or with NULL r, a no-op. */
void tt_import_explain(struct tt_import_report *r, unsigned first, unsigned last, const char *what,
                       const char *text, size_t len);
/* The summary line and the warnings, on f (untrusted parts made inert):
 * "threadtag: imported NAME as html (WordPress comments): article 14
 * paragraphs, 80 comments, depth 4; the page says 80". */
void tt_import_report_print(const struct tt_import_report *r, const char *name, const tt_thread *t,
                            FILE *f);

/* Imports the file at path ("-" is stdin) into a finished thread. NULL + err
 * on failure; *errno_out (if non-NULL) receives errno when the file could not
 * be read, else 0. Caller frees the thread. */
tt_thread *tt_import_file(const char *path, const struct tt_import_opts *opts, tt_error *err,
                          int *errno_out);
/* The same over a buffer; name is used in messages and as the source. */
tt_thread *tt_import_mem(const char *name, const char *buf, size_t len,
                         const struct tt_import_opts *opts, tt_error *err);
/* Opens anything a user may point the viewer at: a thread file (one with the
 * top-level "threadtag:" key) is streamed into the model, or mapped from its
 * index under $XDG_CACHE_HOME/threadtag/index/ when that is valid (a fresh one
 * is written after a load; see index.h); anything else is imported in memory. */
tt_thread *tt_open_any(const char *path, const struct tt_import_opts *opts_or_NULL, tt_error *err,
                       int *errno_out);

/* The kind the content looks like (never TT_IMPORT_AUTO): JSON shapes are
 * told apart by their keys, markup that opens like a page is HTML, everything
 * else is text. */
enum tt_import_kind tt_import_detect(const char *buf, size_t len);
/* "text", "reddit", "hn", "html", "json", "auto" <-> kind; -1 for an unknown name. */
int tt_import_kind_parse(const char *name);
const char *tt_import_kind_name(enum tt_import_kind kind);
/* "utf-8", "windows-1252"/"cp1252", "latin1"/"iso-8859-1", "auto"; -1 if unknown. */
int tt_import_encoding_parse(const char *name);

/* The character Windows-1252 gives byte c (0x80-0xFF); its five holes keep
 * their C1 code points. */
unsigned tt_import_cp1252(unsigned c);

/* Decodes a capture into UTF-8 with LF line ends (a BOM dropped, CRLF and
 * lone CR turned into LF, Windows-1252 or Latin-1 mapped). Caller frees. */
char *tt_import_decode(const char *buf, size_t len, enum tt_import_encoding enc, size_t *outlen);

/* Replaces the article fields the options give (published is parsed into
 * time); an empty value removes the field (the title is then kept). */
void tt_import_apply_overrides(tt_thread *t, const struct tt_import_opts *opts);

/* The importers proper, on decoded input; each returns a finished thread. */
tt_thread *tt_import_text(const char *name, const char *text, size_t len,
                          const struct tt_import_opts *opts, tt_error *err);
tt_thread *tt_import_reddit(const char *name, const char *json, size_t len, tt_error *err);
/* The same from a document already parsed: the thread tt_import_reddit
 * would make of that tree written out as JSON, save for line and col, which
 * are where each node stood in its input. The tree is only read. */
struct tt_json;
tt_thread *tt_import_reddit_tree(const char *name, const struct tt_json *root, tt_error *err);

/* A Reddit thread built piece by piece, for a fetch that adds each answer's
 * comments as the answer comes and then lets the answer go (each byte is
 * parsed once, and no answer's tree outlives its turn). Comments are read as
 * tt_import_reddit reads them; the finished thread is the one it makes of the
 * page those pieces assemble (each piece appended under its parent), and the
 * escaping of bodies is decided at the end, in that page's order. */
typedef struct tt_reddit_build tt_reddit_build;
typedef struct tt_reddit_hooks {
	/* Each comment made, with its "data" object (valid during the call). */
	void (*comment)(void *ctx, tt_comment *c, const struct tt_json *data);
	/* A "more" stub under parent (NULL: the post) with the count it stands
	 * for (-1 when that is not a sane number). Unset: counted at once. 0, or
	 * -1 (err set) to stop. */
	int (*stub)(void *ctx, tt_comment *parent, const struct tt_json *stub, long long count);
	void *ctx;
} tt_reddit_hooks;
tt_reddit_build *tt_reddit_build_new(const char *name, const tt_reddit_hooks *hooks_or_NULL,
                                     tt_error *err);
/* The things of a "children" array under parent (NULL: top level), replies
 * and all. 0, or -1 with err set (the build must then be freed). */
int tt_reddit_build_add(tt_reddit_build *B, tt_comment *parent, const struct tt_json *things);
/* One thing (a comment with its replies, or a stub) under parent. */
int tt_reddit_build_add_one(tt_reddit_build *B, tt_comment *parent, const struct tt_json *thing);
/* Comments not loaded under parent: n from the stub hook; a negative n is
 * refused (err set, at `at`, the stub's count when still at hand). */
int tt_reddit_build_more(tt_reddit_build *B, tt_comment *parent, long long n,
                         const struct tt_json *at);
/* The post from root (the first page: its first listing), then the finished
 * thread; NULL + err. Frees B either way. */
tt_thread *tt_reddit_build_end(tt_reddit_build *B, const struct tt_json *root);
void tt_reddit_build_free(tt_reddit_build *B);
tt_thread *tt_import_hn(const char *name, const char *json, size_t len, tt_error *err);
/* The same from an item already parsed (a fetch parses its answer once):
 * the thread tt_import_hn makes of that tree written out. Only read. */
tt_thread *tt_import_hn_tree(const char *name, const struct tt_json *root, tt_error *err);
/* A saved web page: raw bytes (the charset is found from BOM, <meta> or the
 * bytes themselves, or taken from opts->encoding). */
/* A page's bytes parsed into the lean tree exactly as tt_import_html parses
 * them (encoding decided from BOM, <meta charset> and the bytes; bytes not
 * valid in the declared charset replaced, warned of in r when r is not
 * NULL). NULL when nothing could be parsed; *too_dense as tt_html_parse.
 * Free with tt_html_free. */
typedef struct tt_hdoc tt_hdoc;
tt_hdoc *tt_import_html_parse(const char *buf, size_t len, enum tt_import_encoding want,
                              struct tt_import_report *r, int *too_dense);
tt_thread *tt_import_html(const char *name, const char *buf, size_t len,
                          const struct tt_import_opts *opts, tt_error *err);

#endif
