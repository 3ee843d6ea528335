/* url: recognising thread addresses, on top of libcurl's URL parser. */
#include "threadtag/url.h"

#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int tt_url_is_url(const char *s)
{
	return !strncasecmp(s, "http://", 7) || !strncasecmp(s, "https://", 8);
}

/* Copies s into out when it is 1..max bytes of the characters in `set`. */
static int take(char *out, size_t cap, const char *s, size_t len, const char *set)
{
	if (len == 0 || len >= cap || strspn(s, set) < len)
		return -1;
	memcpy(out, s, len);
	out[len] = 0;
	return 0;
}

static const char base36[] = "abcdefghijklmnopqrstuvwxyz0123456789";
static const char subchars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

/* The n-th segment of a path ("/r/x/comments/id/..."): start and length. */
static int segment(const char *path, int n, const char **start, size_t *len)
{
	const char *p = path;
	for (int i = 0;; i++) {
		while (*p == '/')
			p++;
		if (!*p)
			return -1;
		size_t l = strcspn(p, "/");
		if (i == n) {
			*start = p;
			*len = l;
			return 0;
		}
		p += l;
	}
}

static int seg_is(const char *path, int n, const char *word)
{
	const char *s;
	size_t l;
	return segment(path, n, &s, &l) == 0 && l == strlen(word) && !strncmp(s, word, l);
}

static int seg_take(const char *path, int n, char *out, size_t cap, const char *set)
{
	const char *s;
	size_t l;
	return segment(path, n, &s, &l) == 0 ? take(out, cap, s, l, set) : -1;
}

/* /r/SUB/comments/ID[/SLUG[/CID]] or /comments/ID[/SLUG[/CID]]. */
static int reddit_path(const char *path, tt_url *u)
{
	int at = 0;
	if (seg_is(path, 0, "r")) {
		if (seg_take(path, 1, u->sub, sizeof u->sub, subchars) < 0)
			return -1;
		at = 2;
	}
	if (!seg_is(path, at, "comments") ||
	    seg_take(path, at + 1, u->id, sizeof u->id, base36) < 0)
		return -1;
	seg_take(path, at + 3, u->comment, sizeof u->comment, base36);
	return 0;
}

static int host_is(const char *host, const char *const *names)
{
	for (; *names; names++)
		if (!strcasecmp(host, *names))
			return 1;
	return 0;
}

/* The value of name=... in a query string, into out; -1 when absent or bad. */
static int query_take(const char *query, const char *name, char *out, size_t cap, const char *set)
{
	size_t nl = strlen(name);
	for (const char *p = query; p && *p; p = strchr(p, '&') ? strchr(p, '&') + 1 : NULL)
		if (!strncmp(p, name, nl) && p[nl] == '=')
			return take(out, cap, p + nl + 1, strcspn(p + nl + 1, "&#"), set);
	return -1;
}

static void classify(const char *host, const char *path, const char *query, tt_url *u)
{
	static const char *const reddits[] = {
	    "reddit.com",     "www.reddit.com", "old.reddit.com", "np.reddit.com",
	    "new.reddit.com", "m.reddit.com",   "i.reddit.com",   NULL};
	static const char *const redd_it[] = {"redd.it", "www.redd.it", NULL};
	static const char *const hn[] = {"news.ycombinator.com", NULL};
	if (host_is(host, reddits) && reddit_path(path, u) == 0) {
		u->kind = TT_URL_REDDIT;
		query_take(query, "sort", u->sort, sizeof u->sort, base36);
	} else if (host_is(host, redd_it) && seg_take(path, 0, u->id, sizeof u->id, base36) == 0) {
		u->kind = TT_URL_REDDIT;
	} else if (host_is(host, hn) && seg_is(path, 0, "item") &&
	           query_take(query, "id", u->id, sizeof u->id, "0123456789") == 0) {
		u->kind = TT_URL_HN;
	} else {
		memset(u, 0, sizeof *u);
		u->kind = TT_URL_WEB;
	}
}

int tt_url_parse(const char *s, tt_url *u)
{
	memset(u, 0, sizeof *u);
	if (!tt_url_is_url(s))
		return -1;
	CURLU *h = curl_url();
	char *host = NULL, *path = NULL, *query = NULL;
	int rc = -1;
	if (h && curl_url_set(h, CURLUPART_URL, s, 0) == CURLUE_OK &&
	    curl_url_get(h, CURLUPART_HOST, &host, 0) == CURLUE_OK &&
	    curl_url_get(h, CURLUPART_PATH, &path, 0) == CURLUE_OK) {
		curl_url_get(h, CURLUPART_QUERY, &query, 0);
		classify(host, path, query, u);
		rc = 0;
	}
	curl_free(host);
	curl_free(path);
	curl_free(query);
	curl_url_cleanup(h);
	return rc;
}
