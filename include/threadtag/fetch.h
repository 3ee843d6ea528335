/* fetch: a thread from its address (Reddit, Hacker News, any web page), through the cache. */
#ifndef THREADTAG_FETCH_H
#define THREADTAG_FETCH_H

#include <stddef.h>

#include "threadtag/json.h"
#include "threadtag/thread.h"
#include "threadtag/url.h"
#include "threadtag/xalloc.h"

struct tt_fetch_opts {
	int offline;  /* answers only from the cache; the network is never used */
	int refresh;  /* answers only from the network (an update) */
	long limit;   /* Reddit: stop expanding "more" stubs after this many comments; 0: all */
	int quiet;    /* no progress line and no "from the cache" note */
	long pace_ms; /* at least this long between two requests to one host */
};

/* What a fetch did, filled on success and on failure. */
struct tt_fetch_result {
	int code;          /* on failure: 69 network, 65 bad data, 130 interrupted */
	char selected[32]; /* the comment the address pointed at, or "" */
	int cached;        /* every answer came from the cache */
	long long fetched; /* epoch seconds of the oldest answer used */
	size_t requests;   /* answers used, from the network or the cache */
	size_t bytes;
};

/* Fetches the thread at url, expands it whole (Reddit "more" stubs), imports
 * it and sets source_url and fetched. Answers are kept in the cache only once
 * the import succeeded. NULL + err (naming the URL) and res->code on failure. */
tt_thread *tt_fetch_thread(const char *url, const struct tt_fetch_opts *o,
                           struct tt_fetch_result *res, tt_error *err);

/* While fn is set, the progress line (requests, comments, bytes, rate; shown
 * once a fetch takes over half a second; a rate-limit wait is said in it) goes
 * to fn instead of stderr: for a viewer that keeps its screen up while it
 * fetches. Before that half second, and between lines, fn is also called with
 * line NULL now and then (during transfers and waits alike), so the screen can
 * read its keys. NULL restores stderr. */
void tt_fetch_progress_hook(void (*fn)(void *ctx, const char *line), void *ctx);

struct tt_merge_stats;
/* Fetches old's source_url again (never from the cache) and merges it into
 * old (merge.h); the merged thread is also what the cache keeps for that
 * address. NULL + err and res->code on failure. Caller frees. */
tt_thread *tt_fetch_update(const tt_thread *old, struct tt_merge_stats *st,
                           struct tt_fetch_result *res, tt_error *err);

/* A site's base URL: $THREADTAG_<SITE>_URL, else config.yaml's fetch.<site>,
 * else the default (site: "reddit", "hn", "hn_firebase"). Caller frees. */
char *tt_fetch_endpoint(const char *site);
/* Seconds a transfer may stall: $THREADTAG_STALL_TIMEOUT, else the config's
 * fetch.stall_timeout, else 30. */
long tt_fetch_stall_secs(void);
/* Seconds to resolve the host and connect: $THREADTAG_CONNECT_TIMEOUT, else
 * the config's fetch.connect_timeout, else 10. */
long tt_fetch_connect_secs(void);

/* ---- for the site fetchers (fetch_*.c) ---- */

typedef struct tt_fetch_session tt_fetch_session;
/* GETs url through the cache and the network as the options allow, and parses
 * it as JSON. The document belongs to the session. NULL + err (code set). */
const tt_json *tt_fetch_json(tt_fetch_session *S, const char *url);
/* The same for n URLs at once (8 in flight), into out[i]; 0, or -1 + err
 * when any failed. */
int tt_fetch_json_many(tt_fetch_session *S, const char *const *urls, size_t n, const tt_json **out);
/* Gives back the tree of the answer whose root that is (its body stays, for
 * the cache): a fetcher that has taken what it needs from an answer lets it
 * go, so a thread of a hundred answers never holds a hundred trees. NULL is a
 * no-op. */
void tt_fetch_json_done(tt_fetch_session *S, const tt_json *root);
/* Raw body of url; the session owns it. NULL + err (code set). */
const char *tt_fetch_body(tt_fetch_session *S, const char *url, size_t *len);
/* Records a failure: sets the error (about url) and the exit code; returns NULL. */
void *tt_fetch_fail(tt_fetch_session *S, int code, const char *url, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Reddit's base URL for this session (oauth.reddit.com when a token is used
 * and the base is the default). Caller frees. */
char *tt_fetch_reddit_base(tt_fetch_session *S);
/* Comments found so far, for the progress line. */
void tt_fetch_count(tt_fetch_session *S, size_t comments);
const struct tt_fetch_opts *tt_fetch_opts_of(tt_fetch_session *S);
tt_error *tt_fetch_err(tt_fetch_session *S);
struct tt_fetch_result *tt_fetch_res(tt_fetch_session *S);

/* Hacker News: Algolia's tree, or the official API item by item (fetch_hn.c). */
tt_thread *tt_fetch_hn(tt_fetch_session *S, const tt_url *u);
/* Reddit: the whole thread, every "more" stub expanded (fetch_reddit.c). */
tt_thread *tt_fetch_reddit(tt_fetch_session *S, const tt_url *u);


#endif
