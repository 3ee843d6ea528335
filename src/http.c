/* http: GETs through libcurl's multi interface, so Ctrl-C and parallel fetches share one loop. */
#include "threadtag/http.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "threadtag/xalloc.h"

volatile sig_atomic_t tt_http_stop;

static void on_sigint(int sig)
{
	(void)sig;
	tt_http_stop = 1;
}

void tt_http_catch_sigint(void)
{
	struct sigaction sa = {0};
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
}

const char *tt_http_user_agent(void)
{
	return "threadtag/" TT_VERSION " (terminal thread reader and stance tagger)";
}

void tt_http_resp_free(tt_http_resp *r)
{
	if (!r)
		return;
	free(r->body);
	free(r->content_type);
	memset(r, 0, sizeof *r);
}

/* One transfer in flight. */
struct xfer {
	CURL *h;
	tt_http_resp *r;
	tt_buf body;
	struct curl_slist *hdrs;
	size_t *total; /* bytes across the call, for the progress callback */
	const tt_http_opts *o;
	int too_big, stalled;
	curl_off_t seen; /* bytes at the last progress call */
	double seen_at;  /* when that count last changed */
	long stall_secs, connect_secs;
	char errbuf[CURL_ERROR_SIZE]; /* curl's words: a DNS timeout or a connect one */
};

static double mono(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static size_t on_data(char *p, size_t size, size_t n, void *ctx)
{
	struct xfer *x = ctx;
	size_t len = size * n;
	if (x->body.len + len > TT_HTTP_MAX_BODY) {
		x->too_big = 1;
		return 0; /* curl ends the transfer with a write error */
	}
	if (!x->body.data) {
		/* Room for the whole body at once when the server says its size; a
		 * size past 16 MiB is not believed ahead of the bytes. */
		curl_off_t want = -1;
		curl_easy_getinfo(x->h, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &want);
		if (want > 0 && want <= 16 << 20)
			tt_buf_reserve(&x->body, (size_t)want);
	}
	tt_buf_add(&x->body, p, len);
	*x->total += len;
	if (x->o && x->o->progress)
		x->o->progress(x->o->ctx, *x->total);
	return len;
}

/* Ends a transfer on Ctrl-C, and one with no byte for stall_secs: curl's own
 * low-speed check averages over several seconds, too loose for short limits. */
static int on_progress(void *ctx, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal,
                       curl_off_t ulnow)
{
	struct xfer *x = ctx;
	(void)dltotal, (void)ultotal, (void)ulnow;
	double t = mono();
	if (dlnow != x->seen || x->seen_at == 0) {
		x->seen = dlnow;
		x->seen_at = t;
	} else if (t - x->seen_at >= (double)x->stall_secs) {
		x->stalled = 1;
		return 1;
	}
	if (x->o && x->o->progress) /* also while nothing arrives: the line shows the wait */
		x->o->progress(x->o->ctx, *x->total);
	return tt_http_stop ? 1 : 0; /* non-zero aborts the transfer */
}

/* Connections, DNS answers and TLS sessions are shared by every transfer of
 * the process, so the hundred requests of a big Reddit thread reuse one
 * connection instead of a handshake each. Single-threaded: no locks needed. */
static CURLSH *share;
/* So are the multi handle and the easy handles of finished transfers (reset,
 * not freed): a new one of each per request cost a socket pair, a dozen system
 * calls and a tenth of the requests' CPU. */
enum { IDLE_MAX = 8 };
static CURLM *multi;
static CURL *idle[IDLE_MAX];
static size_t nidle;

/* Leaves nothing behind at exit (valgrind counts still-reachable blocks). */
static void global_cleanup(void)
{
	while (nidle)
		curl_easy_cleanup(idle[--nidle]);
	if (multi)
		curl_multi_cleanup(multi);
	multi = NULL;
	if (share)
		curl_share_cleanup(share);
	share = NULL;
	curl_global_cleanup();
}

static void global_init(void)
{
	static int done;
	if (done)
		return;
	curl_global_init(CURL_GLOBAL_DEFAULT);
	share = curl_share_init();
	if (share) {
		curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
		curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
		curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
	}
	atexit(global_cleanup);
	done = 1;
}

static void setup(struct xfer *x, const char *url, const tt_http_opts *o)
{
	CURL *h = x->h = nidle ? idle[--nidle] : curl_easy_init();
	if (!h) {
		fprintf(stderr, "threadtag: out of memory\n");
		exit(70);
	}
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
	curl_easy_setopt(h, CURLOPT_MAXREDIRS, 10L);
	curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""); /* every encoding curl can undo */
	curl_easy_setopt(h, CURLOPT_USERAGENT, tt_http_user_agent());
	x->connect_secs = o && o->connect_secs ? o->connect_secs : 10L;
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, x->connect_secs); /* name lookup included */
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, x->errbuf);
	x->stall_secs = o && o->stall_secs ? o->stall_secs : 30L;
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_data);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
	curl_easy_setopt(h, CURLOPT_XFERINFODATA, x);
	if (o && o->auth) {
		char *line = tt_xasprintf("Authorization: %s", o->auth);
		x->hdrs = curl_slist_append(NULL, line);
		free(line);
		curl_easy_setopt(h, CURLOPT_HTTPHEADER, x->hdrs);
	}
	curl_easy_setopt(h, CURLOPT_PRIVATE, x);
	if (share)
		curl_easy_setopt(h, CURLOPT_SHARE, share);
}

/* A header's value as a number, or -1 (curl_easy_header needs curl 7.83). */
static long header_num(CURL *h, const char *name)
{
	struct curl_header *hd;
	if (curl_easy_header(h, name, 0, CURLH_HEADER, -1, &hd) != CURLHE_OK)
		return -1;
	char *end;
	double v = strtod(hd->value, &end);
	return end == hd->value || v < 0 ? -1 : (long)(v + 0.999);
}

/* The host of the transfer's URL, for a message; "" when it has none. */
static void host_of(CURL *h, char *out, size_t len)
{
	char *url = NULL, *host = NULL;
	CURLU *u = curl_url();
	out[0] = 0;
	curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &url);
	if (u && url && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
	    curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK)
		snprintf(out, len, "%s", host);
	curl_free(host);
	curl_url_cleanup(u);
}

/* Why a transfer failed, worded for a person: the cause first (the name
 * lookup, the connection, a stall), then curl's own words where they help. */
static void say_why(struct xfer *x, CURLcode rc, char *why, size_t len)
{
	char host[256];
	host_of(x->h, host, sizeof host);
	if (x->too_big)
		snprintf(why, len, "the answer is larger than %d MiB", TT_HTTP_MAX_BODY >> 20);
	else if (x->stalled)
		snprintf(why, len, "stalled: no data for %ld s", x->stall_secs);
	else if (rc == CURLE_COULDNT_RESOLVE_HOST)
		snprintf(why, len, "could not resolve %s (DNS: no such host, or no name server)",
		         host);
	else if (rc == CURLE_COULDNT_RESOLVE_PROXY)
		snprintf(why, len, "could not resolve the proxy's host name (DNS)");
	else if (rc == CURLE_OPERATION_TIMEDOUT && !strncmp(x->errbuf, "Resolving", 9))
		snprintf(why, len, "could not resolve %s within %ld s (DNS timeout)", host,
		         x->connect_secs);
	else if (rc == CURLE_OPERATION_TIMEDOUT)
		snprintf(why, len, "connect timeout: no connection to %s within %ld s", host,
		         x->connect_secs);
	else if (rc == CURLE_COULDNT_CONNECT)
		snprintf(why, len, "could not connect to %s (%.150s)", host,
		         x->errbuf[0] ? x->errbuf : curl_easy_strerror(rc));
	else if (rc == CURLE_TOO_MANY_REDIRECTS)
		snprintf(why, len, "more than 10 redirects (a redirect loop?)");
	else
		snprintf(why, len, "%s", curl_easy_strerror(rc));
}

static void finish(struct xfer *x, CURLcode rc)
{
	tt_http_resp *r = x->r;
	curl_easy_getinfo(x->h, CURLINFO_RESPONSE_CODE, &r->status);
	char *ct = NULL;
	curl_easy_getinfo(x->h, CURLINFO_CONTENT_TYPE, &ct);
	r->content_type = ct ? tt_xstrdup(ct) : NULL;
	curl_off_t ra = -1;
	curl_easy_getinfo(x->h, CURLINFO_RETRY_AFTER, &ra);
	r->retry_after = ra > 0 ? (long)ra : header_num(x->h, "Retry-After");
	r->rl_remaining = header_num(x->h, "X-Ratelimit-Remaining");
	r->rl_reset = header_num(x->h, "X-Ratelimit-Reset");
	if (rc == CURLE_OK) {
		tt_buf_add(&x->body, NULL, 0);
		r->body = x->body.data;
		r->len = x->body.len;
		x->body.data = NULL;
		return;
	}
	say_why(x, rc, r->why, sizeof r->why);
	r->status = rc == CURLE_TOO_MANY_REDIRECTS ? r->status : 0;
}

static void cleanup(struct xfer *x)
{
	if (x->h && nidle < IDLE_MAX) {
		curl_easy_reset(x->h); /* every option back to its default; connections stay */
		idle[nidle++] = x->h;
	} else if (x->h) {
		curl_easy_cleanup(x->h);
	}
	curl_slist_free_all(x->hdrs);
	tt_buf_free(&x->body);
	x->h = NULL;
	x->hdrs = NULL;
}

/* Starts transfers until `parallel` are in flight; returns the next index. */
static size_t start_more(CURLM *m, struct xfer *xs, const char *const *urls, size_t next, size_t n,
                         size_t *running, size_t parallel, const tt_http_opts *o)
{
	while (next < n && *running < parallel) {
		setup(&xs[next], urls[next], o);
		curl_multi_add_handle(m, xs[next].h);
		next++;
		(*running)++;
	}
	return next;
}

/* Collects finished transfers; returns how many failed at the transport. */
static size_t reap(CURLM *m, size_t *running)
{
	size_t failed = 0;
	CURLMsg *msg;
	int left;
	while ((msg = curl_multi_info_read(m, &left))) {
		if (msg->msg != CURLMSG_DONE)
			continue;
		struct xfer *x;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&x);
		finish(x, msg->data.result);
		failed += msg->data.result != CURLE_OK;
		curl_multi_remove_handle(m, x->h);
		cleanup(x);
		(*running)--;
	}
	return failed;
}

static int run_all(const char *const *urls, size_t n, size_t parallel, const tt_http_opts *o,
                   tt_http_resp *results, size_t *failed)
{
	global_init();
	CURLM *m = multi ? multi : (multi = curl_multi_init());
	struct xfer *xs = tt_xcalloc(n ? n : 1, sizeof *xs);
	size_t total = 0, next = 0, running = 0;
	for (size_t i = 0; i < n; i++) {
		memset(&results[i], 0, sizeof results[i]);
		xs[i] = (struct xfer){.r = &results[i], .total = &total, .o = o};
	}
	int rc = 0;
	while (next < n || running) {
		next = start_more(m, xs, urls, next, n, &running, parallel ? parallel : 1, o);
		int still;
		curl_multi_perform(m, &still);
		*failed += reap(m, &running);
		if (tt_http_stop) {
			rc = -2;
			break;
		}
		if (running)
			curl_multi_poll(m, NULL, 0, 100, NULL);
	}
	for (size_t i = 0; i < n; i++) {
		if (xs[i].h)
			curl_multi_remove_handle(m, xs[i].h);
		cleanup(&xs[i]);
	}
	free(xs);
	return rc;
}

int tt_http_get_many(const char *const *urls, size_t n, size_t parallel, const tt_http_opts *o,
                     tt_http_resp *results)
{
	size_t failed = 0;
	return run_all(urls, n, parallel, o, results, &failed);
}

int tt_http_get(const char *url, const tt_http_opts *o, tt_http_resp *r)
{
	size_t failed = 0;
	int rc = run_all(&url, 1, 1, o, r, &failed);
	if (rc < 0)
		return rc;
	return failed ? -1 : 0;
}
