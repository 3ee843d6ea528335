/* cache: raw answers kept by URL under $XDG_CACHE_HOME/threadtag/ (a fetch's as one set). */
#ifndef THREADTAG_CACHE_H
#define THREADTAG_CACHE_H

#include <stddef.h>

/* The answer kept for url: a malloc'd NUL-terminated body (caller frees),
 * its length and when it was fetched (epoch seconds); NULL when not kept. */
char *tt_cache_get(const char *url, size_t *len, long long *fetched);
/* Keeps body as url's answer (atomically; replaces an older one). 0, or -1
 * with errno. URLs holding control characters are not kept (EINVAL). */
int tt_cache_put(const char *url, const char *body, size_t len, long long fetched);
/* Keeps n answers (urls[i]: bodies[i], lens[i] bytes) as one entry under key,
 * replacing the set kept there before: a fetch's hundred answers cost one
 * file. 0, or -1 with errno. */
int tt_cache_put_set(const char *key, size_t n, const char *const *urls,
                     const char *const *bodies, const size_t *lens, long long fetched);
/* The set kept under key, as tt_cache_get gives an entry; read its answers
 * with tt_cache_set_next. NULL when none is kept. */
char *tt_cache_get_set(const char *key, size_t *len, long long *fetched);
/* The answer at *p (before end) of a set: its URL (url_len bytes, not
 * NUL-terminated) and body; advances *p. -1 at the end or on damage. */
int tt_cache_set_next(const char **p, const char *end, const char **url, size_t *url_len,
                      const char **body, size_t *len);
/* Calls fn for every kept answer (each answer of a set too), in no particular
 * order. Returns the count. */
size_t tt_cache_list(void (*fn)(void *ctx, const char *url, size_t bytes, long long fetched),
                     void *ctx);
/* Removes every kept answer (sets too); returns how many, or -1 with errno. */
long tt_cache_clear(void);
/* The folder answers are kept in. Caller frees. */
char *tt_cache_dir(void);

#endif
