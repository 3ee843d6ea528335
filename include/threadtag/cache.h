/* cache: raw answers kept by URL under $XDG_CACHE_HOME/threadtag/, for reading offline. */
#ifndef THREADTAG_CACHE_H
#define THREADTAG_CACHE_H

#include <stddef.h>

/* The answer kept for url: a malloc'd NUL-terminated body (caller frees),
 * its length and when it was fetched (epoch seconds); NULL when not kept. */
char *tt_cache_get(const char *url, size_t *len, long long *fetched);
/* Keeps body as url's answer (atomically; replaces an older one). 0, or -1
 * with errno. URLs holding control characters are not kept (EINVAL). */
int tt_cache_put(const char *url, const char *body, size_t len, long long fetched);
/* Calls fn for every kept answer, in no particular order. Returns the count. */
size_t tt_cache_list(void (*fn)(void *ctx, const char *url, size_t bytes, long long fetched),
                     void *ctx);
/* Removes every kept answer; returns how many, or -1 with errno. */
long tt_cache_clear(void);
/* The folder answers are kept in. Caller frees. */
char *tt_cache_dir(void);

#endif
