/* http: one GET, or many at once, over libcurl with threadtag's timeouts and limits. */
#ifndef THREADTAG_HTTP_H
#define THREADTAG_HTTP_H

#include <signal.h>
#include <stddef.h>

/* An answer. The caller frees it with tt_http_resp_free. */
typedef struct tt_http_resp {
	long status; /* the HTTP status; 0 when no answer came */
	char *body;  /* NUL-terminated, decoded (gzip undone); NULL on failure */
	size_t len;
	char *content_type; /* as sent, or NULL */
	long retry_after;   /* Retry-After in seconds, or -1 */
	long rl_remaining;  /* X-Ratelimit-Remaining (Reddit), or -1 */
	long rl_reset;      /* X-Ratelimit-Reset in seconds, or -1 */
	char why[256];      /* on failure: the transport's reason, worded for a person */
} tt_http_resp;

typedef struct tt_http_opts {
	long connect_secs; /* 0: 10 */
	long stall_secs;   /* a transfer with no byte for this long fails; 0: 30 */
	const char *auth;  /* an Authorization header value, or NULL */
	/* Called as bytes arrive (total so far, across the transfers of one call). */
	void (*progress)(void *ctx, size_t bytes);
	void *ctx;
} tt_http_opts;

enum { TT_HTTP_MAX_BODY = 256 << 20 }; /* an answer past this is refused */

/* Set (by tt_http_catch_sigint's handler, or by anyone) to stop every transfer. */
extern volatile sig_atomic_t tt_http_stop;
/* Makes SIGINT set tt_http_stop instead of ending the program, so a fetch
 * stops cleanly and writes nothing. */
void tt_http_catch_sigint(void);

/* GETs url (redirects followed, at most 10; HTTPS verified; gzip accepted;
 * proxies from the environment). Returns 0 when an answer came (any status:
 * look at r->status), -1 with r->why on a transport failure, -2 when stopped
 * by tt_http_stop. r is always filled and must be freed. */
int tt_http_get(const char *url, const tt_http_opts *o, tt_http_resp *r);
/* The same for n URLs at once (at most `parallel` in flight); results[i] per
 * urls[i], each to be freed. Returns 0, or -2 when stopped. */
int tt_http_get_many(const char *const *urls, size_t n, size_t parallel, const tt_http_opts *o,
                     tt_http_resp *results);
void tt_http_resp_free(tt_http_resp *r);

/* "threadtag/VERSION (+https://...)": what every request says it is. */
const char *tt_http_user_agent(void);

#endif
