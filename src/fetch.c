/* fetch: the session every site fetcher goes through (cache, network, retries, progress), and HN
 * and web pages. */
#include "threadtag/fetch.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wordexp.h>

#include "threadtag/cache.h"
#include "threadtag/config.h"
#include "threadtag/datetime.h"
#include "threadtag/exitcodes.h"
#include "threadtag/http.h"
#include "threadtag/index.h"
#include "threadtag/import.h"
#include "threadtag/merge.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

extern char **environ;

enum { EX_INTERRUPTED = 130, MAX_RETRIES = 3, MAX_WAIT_SECS = 120 };

/* One answer used by the fetch; fresh ones go to the cache at the end. */
struct answer {
	char *url, *body;
	size_t len;
	int fresh;
	tt_json_doc *doc;
};

/* An answer of the set kept for the address, found by its URL. */
struct kept {
	const char *url, *body; /* url NULL: a free slot */
	size_t url_len, len;
};

struct tt_fetch_session {
	const struct tt_fetch_opts *o;
	struct tt_fetch_result *res;
	tt_error *err;
	tt_http_opts http;
	struct answer *ans;
	size_t nans;
	size_t comments, net_bytes;
	double t0;
	int shown;     /* a progress line is on the screen */
	char note[96]; /* said after the progress while set: a rate-limit wait */
	const char *url; /* the address asked for: its answers are kept as one set */
	char *set;       /* the set kept for it before, or NULL */
	size_t set_len;
	long long set_when;
	struct kept *kept; /* its answers, by a hash of their URL (open addressing) */
	size_t nkept_slots; /* a power of two, at least twice the answers; 0: none */
};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

const struct tt_fetch_opts *tt_fetch_opts_of(tt_fetch_session *S)
{
	return S->o;
}

tt_error *tt_fetch_err(tt_fetch_session *S)
{
	return S->err;
}

struct tt_fetch_result *tt_fetch_res(tt_fetch_session *S)
{
	return S->res;
}

void *tt_fetch_fail(tt_fetch_session *S, int code, const char *url, const char *fmt, ...)
{
	char msg[400];
	va_list ap;
	va_start(ap, fmt);
	tt_utf8_vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	tt_error_set(S->err, url, 0, 0, "%s", msg); /* made inert when printed */
	S->res->code = code;
	return NULL;
}

/* ---- configuration ---- */

char *tt_fetch_endpoint(const char *site)
{
	static const struct {
		const char *site, *env, *def;
	} sites[] = {
	    {"reddit", "THREADTAG_REDDIT_URL", "https://www.reddit.com"},
	    {"hn", "THREADTAG_HN_URL", "https://hn.algolia.com"},
	    {"hn_firebase", "THREADTAG_HN_FIREBASE_URL", "https://hacker-news.firebaseio.com"},
	};
	for (size_t i = 0; i < sizeof sites / sizeof *sites; i++) {
		if (strcmp(site, sites[i].site))
			continue;
		const char *v = getenv(sites[i].env);
		char *out = NULL;
		if (v && *v)
			out = tt_xstrdup(v);
		else {
			tt_config c;
			tt_error err;
			tt_config_load(&c, NULL, &err);
			const char *cv = tt_config_fetch(&c, site);
			out = tt_xstrdup(cv ? cv : sites[i].def);
			tt_config_free(&c);
		}
		size_t n = strlen(out);
		while (n && out[n - 1] == '/')
			out[--n] = 0; /* paths are appended with their own '/' */
		return out;
	}
	return NULL;
}

/* A timeout: $env when a positive number, else the config's (read by pick),
 * else def. */
static long seconds_setting(const char *env, long (*pick)(const tt_config *), long def)
{
	const char *v = getenv(env);
	long secs = v && *v ? strtol(v, NULL, 10) : 0;
	if (secs <= 0 || secs > 3600) {
		tt_config c;
		tt_error err;
		tt_config_load(&c, NULL, &err);
		secs = pick(&c);
		tt_config_free(&c);
	}
	return secs > 0 ? secs : def;
}

static long stall_of(const tt_config *c)
{
	return c->fetch_stall_timeout;
}

static long connect_of(const tt_config *c)
{
	return c->fetch_connect_timeout;
}

long tt_fetch_stall_secs(void)
{
	return seconds_setting("THREADTAG_STALL_TIMEOUT", stall_of, 30);
}

long tt_fetch_connect_secs(void)
{
	return seconds_setting("THREADTAG_CONNECT_TIMEOUT", connect_of, 10);
}

/* ---- the Reddit token ---- */

/* Runs argv (no shell) and returns the first line it prints, or NULL. */
static char *run_for_line(char *const *argv)
{
	int fd[2];
	if (pipe(fd) < 0)
		return NULL;
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fd[1], STDOUT_FILENO);
	posix_spawn_file_actions_addclose(&fa, fd[0]);
	pid_t pid;
	int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	close(fd[1]);
	tt_buf b = {0};
	char chunk[512];
	ssize_t n;
	while (rc == 0 && (n = read(fd[0], chunk, sizeof chunk)) > 0 && b.len < 8192)
		tt_buf_add(&b, chunk, (size_t)n);
	close(fd[0]);
	int status = 0;
	if (rc == 0)
		waitpid(pid, &status, 0);
	tt_buf_add(&b, NULL, 0);
	if (rc != 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		tt_buf_free(&b);
		return NULL;
	}
	b.data[strcspn(b.data, "\r\n")] = 0;
	return b.data;
}

/* The token fetch.reddit_token_command prints: the command is split into
 * words (no command substitution) and run directly, never by a shell. */
static char *reddit_token(void)
{
	tt_config c;
	tt_error err;
	tt_config_load(&c, NULL, &err);
	const char *cmd = tt_config_fetch(&c, "reddit_token_command");
	char *tok = NULL;
	wordexp_t we;
	if (cmd && wordexp(cmd, &we, WRDE_NOCMD) == 0) {
		if (we.we_wordc > 0)
			tok = run_for_line(we.we_wordv);
		wordfree(&we);
	}
	if (cmd && (!tok || !*tok ||
	            strspn(tok, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	                        "0123456789-._~+/=") != strlen(tok))) {
		fprintf(stderr, "threadtag: fetch.reddit_token_command gave no usable token; "
		                "going on without one\n");
		free(tok);
		tok = NULL;
	}
	tt_config_free(&c);
	return tok;
}

char *tt_fetch_reddit_base(tt_fetch_session *S)
{
	char *base = tt_fetch_endpoint("reddit");
	if (S->http.auth && !strcmp(base, "https://www.reddit.com")) {
		free(base);
		base = tt_xstrdup("https://oauth.reddit.com"); /* where tokens are accepted */
	}
	return base;
}

/* ---- progress ---- */

static void (*progress_hook)(void *ctx, const char *line);
static void *progress_ctx;

void tt_fetch_progress_hook(void (*fn)(void *ctx, const char *line), void *ctx)
{
	progress_hook = fn;
	progress_ctx = ctx;
}

static void progress(tt_fetch_session *S, size_t extra_bytes)
{
	if (S->o->quiet || (!progress_hook && !isatty(STDERR_FILENO)))
		return;
	double el = now() - S->t0;
	if (el < 0.5) {
		if (progress_hook) /* a tick with nothing to show yet: the screen reads its keys */
			progress_hook(progress_ctx, NULL);
		return;
	}
	size_t bytes = S->res->bytes + extra_bytes;
	char line[260];
	snprintf(line, sizeof line,
	         "fetching: %zu requests, %zu comments, %.1f MiB, %.0f KiB/s%s%s", S->res->requests,
	         S->comments, (double)bytes / 1048576.0, (double)S->net_bytes / 1024.0 / el,
	         S->note[0] ? "; " : "", S->note);
	if (progress_hook) { /* a screen is up: stderr would scribble over it */
		progress_hook(progress_ctx, line);
		return;
	}
	fprintf(stderr, "\rthreadtag: %s  ", line);
	S->shown = 1;
}

static void on_bytes(void *ctx, size_t bytes)
{
	progress(ctx, bytes);
}

void tt_fetch_count(tt_fetch_session *S, size_t comments)
{
	S->comments = comments;
	progress(S, 0);
}

/* ---- pacing per host ---- */

struct host_clock {
	char host[128];
	double last;
};
static struct host_clock clocks[32];

/* Waits until pace_ms has passed since the last request to url's host. */
static void pace(tt_fetch_session *S, const char *url)
{
	if (S->o->pace_ms <= 0)
		return;
	const char *h = strstr(url, "://");
	h = h ? h + 3 : url;
	size_t n = strcspn(h, "/?#");
	n = n < sizeof clocks[0].host ? n : sizeof clocks[0].host - 1;
	struct host_clock *c = NULL;
	for (size_t i = 0; i < sizeof clocks / sizeof *clocks && !c; i++)
		if (!clocks[i].host[0] || (!strncmp(clocks[i].host, h, n) && !clocks[i].host[n]))
			c = &clocks[i];
	if (!c)
		c = &clocks[0];
	double wait = c->last + (double)S->o->pace_ms / 1000.0 - now();
	while (wait > 0 && !tt_http_stop) {
		usleep(wait > 0.1 ? 100000 : (useconds_t)(wait * 1e6));
		wait = c->last + (double)S->o->pace_ms / 1000.0 - now();
		progress(S, 0);
	}
	memcpy(c->host, h, n);
	c->host[n] = 0;
	c->last = now();
}

/* Sleeps secs seconds, waking for Ctrl-C (and, through the progress, for a
 * screen's keys); -1 when interrupted. */
static int wait_secs(tt_fetch_session *S, long secs)
{
	for (long i = 0; i < secs * 10; i++) {
		if (tt_http_stop)
			return -1;
		usleep(100000);
		snprintf(S->note, sizeof S->note, "rate limited: waiting %ld s as the server asks",
		         secs - i / 10);
		progress(S, 0);
	}
	S->note[0] = 0;
	return tt_http_stop ? -1 : 0;
}

/* ---- one answer ---- */

static const tt_json *parse(tt_fetch_session *S, struct answer *a);

static struct answer *keep(tt_fetch_session *S, const char *url, char *body, size_t len, int fresh)
{
	S->ans = tt_xrealloc(S->ans, (S->nans + 1) * sizeof *S->ans);
	struct answer *a = &S->ans[S->nans++];
	*a = (struct answer){.url = tt_xstrdup(url), .body = body, .len = len, .fresh = fresh};
	S->res->requests++;
	S->res->bytes += len;
	return a;
}

static size_t url_hash(const char *u, size_t n)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)u[i]) * 1099511628211ULL;
	return (size_t)h;
}

/* The set kept for the address, read once and its answers put in a table:
 * a thread of thousands of answers looks each up at once, not by a walk. */
static void load_set(tt_fetch_session *S, const char *url)
{
	S->set = tt_cache_get_set(url, &S->set_len, &S->set_when);
	const char *p = S->set, *end = S->set + S->set_len, *u, *body;
	size_t ulen, len, n = 0;
	while (S->set && tt_cache_set_next(&p, end, &u, &ulen, &body, &len) == 0)
		n++;
	if (!n)
		return;
	for (S->nkept_slots = 16; S->nkept_slots < 2 * n; S->nkept_slots *= 2)
		;
	S->kept = tt_xcalloc(S->nkept_slots, sizeof *S->kept);
	p = S->set;
	while (tt_cache_set_next(&p, end, &u, &ulen, &body, &len) == 0) {
		size_t i = url_hash(u, ulen) & (S->nkept_slots - 1);
		while (S->kept[i].url && (S->kept[i].url_len != ulen || memcmp(S->kept[i].url, u, ulen)))
			i = (i + 1) & (S->nkept_slots - 1);
		if (!S->kept[i].url) /* the first of two alike */
			S->kept[i] = (struct kept){u, body, ulen, len};
	}
}

/* url's answer in the set kept for the address, or NULL. */
static struct answer *from_cache(tt_fetch_session *S, const char *url)
{
	size_t want = strlen(url);
	for (size_t i = S->nkept_slots ? url_hash(url, want) & (S->nkept_slots - 1) : 0;
	     S->nkept_slots && S->kept[i].url; i = (i + 1) & (S->nkept_slots - 1)) {
		const struct kept *k = &S->kept[i];
		if (k->url_len != want || memcmp(k->url, url, want))
			continue;
		if (!S->res->fetched || S->set_when < S->res->fetched)
			S->res->fetched = S->set_when;
		char *copy = tt_xmalloc(k->len + 1); /* NUL-terminated, as a fresh body is */
		memcpy(copy, k->body, k->len);
		copy[k->len] = 0;
		return keep(S, url, copy, k->len, 0);
	}
	return NULL;
}

/* Waits out a 429 or an exhausted Reddit allowance; -1 when it cannot. */
static int rate_wait(tt_fetch_session *S, const char *url, const tt_http_resp *r)
{
	long secs = r->status == 429 ? (r->retry_after >= 0 ? r->retry_after : 10) : r->rl_reset;
	if (secs > MAX_WAIT_SECS) {
		tt_fetch_fail(S, EX_UNAVAILABLE, url,
		              "rate limited: the server asks to wait %ld s; try again later", secs);
		return -1;
	}
	if (S->shown)
		fputc('\n', stderr), S->shown = 0;
	if (!progress_hook) /* on a screen, the progress line says it (wait_secs) */
		fprintf(stderr, "threadtag: %s: rate limited; waiting %ld s as the server asks\n",
		        tt_text_safe(url), secs);
	if (wait_secs(S, secs) < 0) {
		tt_fetch_fail(S, EX_INTERRUPTED, url, "interrupted");
		return -1;
	}
	return 0;
}

/* A transport failure or a status other than 200 as the error; -1. */
static int net_fail(tt_fetch_session *S, const char *url, int rc, const tt_http_resp *r)
{
	if (rc == -2)
		tt_fetch_fail(S, EX_INTERRUPTED, url, "interrupted");
	else if (rc < 0)
		tt_fetch_fail(S, EX_UNAVAILABLE, url, "cannot fetch: %s", r->why);
	else
		tt_fetch_fail(S, EX_UNAVAILABLE, url, "the server answered HTTP %ld%s", r->status,
		              r->status == 404   ? " (not found)"
		              : r->status == 403 ? " (forbidden: private, or blocked)"
		                                 : "");
	return -1;
}

static struct answer *from_network(tt_fetch_session *S, const char *url)
{
	for (int attempt = 0;; attempt++) {
		pace(S, url);
		tt_http_resp r;
		int rc = tt_http_get(url, &S->http, &r);
		if (rc == 0 && r.status == 429 && attempt < MAX_RETRIES) {
			int w = rate_wait(S, url, &r);
			tt_http_resp_free(&r);
			if (w < 0)
				return NULL;
			continue;
		}
		if (rc < 0 || r.status != 200) {
			net_fail(S, url, rc, &r);
			tt_http_resp_free(&r);
			return NULL;
		}
		S->net_bytes += r.len;
		if (r.rl_remaining == 0 && r.rl_reset > 0 && rate_wait(S, url, &r) < 0) {
			tt_http_resp_free(&r);
			return NULL;
		}
		struct answer *a = keep(S, url, r.body, r.len, 1);
		r.body = NULL;
		tt_http_resp_free(&r);
		return a;
	}
}

static struct answer *get(tt_fetch_session *S, const char *url)
{
	struct answer *a = NULL;
	if (!S->o->refresh)
		a = from_cache(S, url);
	if (!a && S->o->offline)
		return tt_fetch_fail(S, EX_UNAVAILABLE, url,
		                     "not in the cache, and --offline forbids the network");
	if (!a)
		a = from_network(S, url);
	if (a)
		S->res->cached = S->res->cached && !a->fresh;
	progress(S, 0);
	return a;
}

const char *tt_fetch_body(tt_fetch_session *S, const char *url, size_t *len)
{
	struct answer *a = get(S, url);
	if (!a)
		return NULL;
	*len = a->len;
	return a->body;
}

/* An HTML page where JSON was asked for is a login wall or a block page. */
static int looks_html(const char *s)
{
	s += strspn(s, " \t\r\n");
	return *s == '<';
}

const tt_json *tt_fetch_json(tt_fetch_session *S, const char *url)
{
	struct answer *a = get(S, url);
	return a ? parse(S, a) : NULL;
}

/* Parses answer a as JSON; NULL + err when it is not. */
static const tt_json *parse(tt_fetch_session *S, struct answer *a)
{
	if (looks_html(a->body))
		return tt_fetch_fail(S, EX_DATAERR, a->url,
		                     "an HTML page came instead of JSON (a login wall, a block "
		                     "page or a wrong address)");
	tt_error perr;
	a->doc = tt_json_parse(a->url, a->body, a->len, &perr);
	if (!a->doc)
		return tt_fetch_fail(S, EX_DATAERR, a->url, "not JSON (truncated or wrong): %s",
		                     perr.msg);
	return tt_json_root(a->doc);
}

void tt_fetch_json_done(tt_fetch_session *S, const tt_json *root)
{
	for (size_t i = S->nans; root && i-- > 0;)
		if (S->ans[i].doc && tt_json_root(S->ans[i].doc) == root) {
			tt_json_free(S->ans[i].doc);
			S->ans[i].doc = NULL;
			return;
		}
}

int tt_fetch_json_many(tt_fetch_session *S, const char *const *urls, size_t n, const tt_json **out)
{
	size_t *missing = tt_xmalloc((n ? n : 1) * sizeof *missing), nm = 0;
	size_t *slot = tt_xmalloc((n ? n : 1) * sizeof *slot);
	for (size_t i = 0; i < n; i++) {
		struct answer *a = S->o->refresh ? NULL : from_cache(S, urls[i]);
		slot[i] = a ? (size_t)(a - S->ans) : (size_t)-1;
		if (!a)
			missing[nm++] = i;
	}
	int rc = 0;
	if (nm && S->o->offline) {
		tt_fetch_fail(S, EX_UNAVAILABLE, urls[missing[0]],
		              "not in the cache, and --offline forbids the network");
		rc = -1;
	} else if (nm) {
		S->res->cached = 0;
		const char **want = tt_xmalloc(nm * sizeof *want);
		tt_http_resp *r = tt_xcalloc(nm, sizeof *r);
		for (size_t k = 0; k < nm; k++)
			want[k] = urls[missing[k]];
		int hr = tt_http_get_many(want, nm, 8, &S->http, r);
		for (size_t k = 0; k < nm; k++) {
			if (rc == 0 && (hr < 0 || !r[k].body || r[k].status != 200)) {
				net_fail(S, want[k], hr == -2 ? -2 : r[k].body ? 0 : -1, &r[k]);
				rc = -1;
			} else if (rc == 0) {
				S->net_bytes += r[k].len;
				keep(S, want[k], r[k].body, r[k].len, 1);
				slot[missing[k]] = S->nans - 1;
				r[k].body = NULL;
			}
			tt_http_resp_free(&r[k]);
		}
		free(r);
		free(want);
	}
	for (size_t i = 0; rc == 0 && i < n; i++)
		if (!(out[i] = parse(S, &S->ans[slot[i]])))
			rc = -1;
	free(missing);
	free(slot);
	progress(S, 0);
	return rc;
}

/* ---- the sites ---- */

static tt_thread *fetch_web(tt_fetch_session *S, const char *url)
{
	size_t len;
	const char *body = tt_fetch_body(S, url, &len);
	if (!body)
		return NULL;
	struct tt_import_opts io = {.kind = TT_IMPORT_AUTO, .url = url};
	tt_thread *t = tt_import_mem(url, body, len, &io, S->err);
	if (!t)
		S->res->code = EX_DATAERR;
	return t;
}

/* ---- the session ---- */

/* Every answer the fetch used, kept as one set under the address when any
 * was fresh: one file, where an entry each cost a fetch of a hundred answers
 * a quarter of its time. The set is as old as its oldest answer. */
static void keep_answers(tt_fetch_session *S)
{
	size_t fresh = 0;
	for (size_t i = 0; i < S->nans; i++)
		fresh += S->ans[i].fresh;
	if (!fresh)
		return;
	const char **urls = tt_xmalloc(S->nans * sizeof *urls);
	const char **bodies = tt_xmalloc(S->nans * sizeof *bodies);
	size_t *lens = tt_xmalloc(S->nans * sizeof *lens);
	for (size_t i = 0; i < S->nans; i++) {
		urls[i] = S->ans[i].url;
		bodies[i] = S->ans[i].body;
		lens[i] = S->ans[i].len;
	}
	long long when = (long long)time(NULL);
	if (fresh < S->nans && S->res->fetched && S->res->fetched < when)
		when = S->res->fetched;
	if (tt_cache_put_set(S->url, S->nans, urls, bodies, lens, when) < 0 && !S->o->quiet)
		fprintf(stderr, "threadtag: %s: not kept in the cache\n", tt_text_safe(S->url));
	free(urls);
	free(bodies);
	free(lens);
}

static void session_end(tt_fetch_session *S, int keep)
{
	if (keep)
		keep_answers(S);
	for (size_t i = 0; i < S->nans; i++) {
		struct answer *a = &S->ans[i];
		tt_json_free(a->doc);
		free(a->body);
		free(a->url);
	}
	free(S->ans);
	free(S->kept);
	free(S->set);
	if (S->shown)
		fputc('\n', stderr);
}

/* source_url and fetched: where from and when (the oldest answer used). */
static void stamp(tt_thread *t, const char *url, const struct tt_fetch_result *res)
{
	char iso[32];
	double when = res->cached && res->fetched ? (double)res->fetched : (double)time(NULL);
	tt_datetime_from_epoch(when, iso);
	t->source_url = tt_thread_strdup(t, url, (size_t)-1);
	t->fetched = tt_thread_strdup(t, iso, (size_t)-1);
}

/* The finished thread is kept too, under a key of its own: opening it again
 * costs one file read and the checks of an index, not a parse of every answer.
 * The version is in the key, as another importer may read answers otherwise. */
static char *thread_key(const char *url, const struct tt_fetch_opts *o)
{
	return tt_xasprintf("threadtag-thread:%s:limit=%ld:%s", TT_VERSION, o->limit, url);
}

/* A kept thread from its entry: "index SELECTED", spaces up to a multiple of
 * 8 bytes with the newline, then the thread's index (index.h) made in memory,
 * which is then aligned as the index's records want. NULL on anything else;
 * data is taken over either way. */
static tt_thread *thread_from_entry(const char *url, char *data, size_t len,
                                    struct tt_fetch_result *res)
{
	char *nl = memchr(data, '\n', len);
	if (!nl || (size_t)(nl + 1 - data) % 8 || strncmp(data, "index ", 6)) {
		free(data);
		return NULL;
	}
	size_t at = (size_t)(nl + 1 - data), sel = strcspn(data + 6, " \n");
	snprintf(res->selected, sizeof res->selected, "%.*s", (int)sel, data + 6);
	tt_thread *t = tt_index_open_mem(url, data, at, len - at);
	if (!t)
		res->selected[0] = 0;
	return t;
}

static tt_thread *cached_thread(const char *url, const struct tt_fetch_opts *o,
                                struct tt_fetch_result *res)
{
	char *key = thread_key(url, o);
	size_t len;
	long long when;
	char *data = tt_cache_get(key, &len, &when);
	free(key);
	tt_thread *t = data ? thread_from_entry(url, data, len, res) : NULL;
	if (t) {
		res->fetched = when;
		res->requests = 1;
		res->bytes = len;
	}
	return t;
}

/* Keeps t (stamped with its source_url and fetched) as url's finished thread,
 * as an index: writing one costs a fraction of writing a thread file, and
 * opening one a fraction of loading it. */
static void keep_thread(const char *url, const struct tt_fetch_opts *o,
                        const struct tt_fetch_result *res, const tt_thread *t)
{
	tt_buf b = {0};
	tt_buf_printf(&b, "index %s", res->selected);
	while ((b.len + 1) % 8)
		tt_buf_addc(&b, ' ');
	tt_buf_addc(&b, '\n');
	tt_index_append(t, &b);
	char *key = thread_key(url, o);
	/* As old as its answers: a reopened one says this age. */
	long long when = res->cached && res->fetched ? res->fetched : (long long)time(NULL);
	tt_cache_put(key, b.data, b.len, when);
	free(key);
	tt_buf_free(&b);
}

tt_thread *tt_fetch_thread(const char *url, const struct tt_fetch_opts *o,
                           struct tt_fetch_result *res, tt_error *err)
{
	memset(res, 0, sizeof *res);
	res->cached = 1;
	tt_url u;
	if (tt_url_parse(url, &u) < 0) {
		tt_error_set(err, url, 0, 0, "not an http or https address");
		res->code = EX_USAGE;
		return NULL;
	}
	tt_thread *kept = o->refresh ? NULL : cached_thread(url, o, res);
	if (kept)
		return kept;
	tt_fetch_session S = {.o = o, .res = res, .err = err, .t0 = now(), .url = url};
	if (!o->refresh)
		load_set(&S, url);
	S.http = (tt_http_opts){.connect_secs = tt_fetch_connect_secs(),
	                        .stall_secs = tt_fetch_stall_secs(),
	                        .progress = on_bytes,
	                        .ctx = &S};
	char *token = u.kind == TT_URL_REDDIT ? reddit_token() : NULL;
	char *auth = token ? tt_xasprintf("bearer %s", token) : NULL;
	S.http.auth = auth;
	tt_thread *t = u.kind == TT_URL_REDDIT ? tt_fetch_reddit(&S, &u)
	               : u.kind == TT_URL_HN   ? tt_fetch_hn(&S, &u)
	                                       : fetch_web(&S, url);
	if (t && tt_http_stop) {
		tt_thread_free(t);
		t = tt_fetch_fail(&S, EX_INTERRUPTED, url, "interrupted");
	}
	if (t)
		stamp(t, url, res);
	session_end(&S, t != NULL);
	if (t)
		keep_thread(url, o, res, t);
	free(auth);
	free(token);
	if (!t && !res->code)
		res->code = EX_DATAERR;
	return t;
}

tt_thread *tt_fetch_update(const tt_thread *old, struct tt_merge_stats *st,
                           struct tt_fetch_result *res, tt_error *err)
{
	struct tt_fetch_opts fo = {.refresh = 1}; /* with the progress line */
	tt_thread *fresh = tt_fetch_thread(old->source_url, &fo, res, err);
	if (!fresh)
		return NULL;
	tt_thread *t = tt_merge(old, fresh, fresh->fetched, st, err);
	tt_thread_free(fresh);
	if (!t) {
		res->code = EX_DATAERR;
		return NULL;
	}
	struct tt_fetch_opts keep = {0};
	keep_thread(old->source_url, &keep, res, t);
	return t;
}
