/* fetchcli: `import URL` and `import --urls FILE -d DIR`, with their messages and exit codes. */
#include "threadtag/fetchcli.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "threadtag/exitcodes.h"
#include "threadtag/fsutil.h"
#include "threadtag/http.h"
#include "threadtag/import.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

enum { EX_INTERRUPTED = 130 };

void tt_fetchcli_age(long long fetched, char *buf, size_t len)
{
	long long s = (long long)time(NULL) - fetched;
	if (s < 0)
		s = 0;
	if (s < 120)
		snprintf(buf, len, "%lld seconds ago", s);
	else if (s < 7200)
		snprintf(buf, len, "%lld minutes ago", s / 60);
	else if (s < 172800)
		snprintf(buf, len, "%lld hours ago", s / 3600);
	else
		snprintf(buf, len, "%lld days ago", s / 86400);
}

static void summary(const char *url, const tt_thread *t, const struct tt_fetch_result *r,
                    const struct tt_fetch_opts *o)
{
	if (o->quiet)
		return;
	char age[64] = "";
	if (r->cached)
		tt_fetchcli_age(r->fetched, age, sizeof age);
	fprintf(stderr, "threadtag: %s: %zu comments, %zu request%s%s%s%s\n", tt_text_safe(url),
	        t->ncomments, r->requests, r->requests == 1 ? "" : "s",
	        r->cached ? " (from the cache, fetched " : "", age, r->cached ? ")" : "");
}

static int save(const tt_thread *t, const char *output)
{
	if (tt_thread_save(t, output) == 0)
		return 0;
	int e = errno;
	fprintf(stderr, "threadtag: %s: cannot write: %s\n",
	        strcmp(output, "-") ? tt_text_safe(output) : "<stdout>", strerror(e));
	return e == EACCES || e == ENOENT || e == ENOTDIR || e == EROFS || e == EISDIR
	           ? EX_CANTCREAT
	           : EX_IOERR;
}

int tt_fetchcli_import(const char *url, const char *output, const struct tt_fetch_opts *o,
                       const struct tt_import_opts *io)
{
	tt_http_catch_sigint();
	tt_error err;
	struct tt_fetch_result res;
	tt_thread *t = tt_fetch_thread(url, o, &res, &err);
	if (!t) {
		tt_error_print(&err);
		return res.code;
	}
	if (io)
		tt_import_apply_overrides(t, io);
	summary(url, t, &res, o);
	int rc = tt_http_stop ? EX_INTERRUPTED : save(t, output);
	tt_thread_free(t);
	return rc;
}

/* ---- many at once ---- */

char *tt_fetchcli_file_name(const char *url)
{
	tt_url u;
	tt_url_parse(url, &u);
	if (u.kind == TT_URL_REDDIT)
		return u.comment[0] ? tt_xasprintf("reddit-%s-%s.yaml", u.id, u.comment)
		                    : tt_xasprintf("reddit-%s.yaml", u.id);
	if (u.kind == TT_URL_HN)
		return tt_xasprintf("hn-%s.yaml", u.id);
	uint64_t h = 1469598103934665603ULL;
	for (const unsigned char *p = (const unsigned char *)url; *p; p++)
		h = (h ^ *p) * 1099511628211ULL;
	return tt_xasprintf("web-%016llx.yaml", (unsigned long long)h);
}

struct failure {
	char *url, *why;
	int code;
};

static void progress_bar(size_t done, size_t total, const char *url)
{
	if (!isatty(STDERR_FILENO))
		return;
	int width = 30, filled = total ? (int)(done * (size_t)width / total) : width;
	fprintf(stderr, "\r[%.*s%*s] %zu/%zu %s", filled, "##############################",
	        width - filled, "", done, total, tt_text_quote(url, strlen(url), 40));
	fprintf(stderr, "\033[K"); /* clear the rest of a longer previous line */
}

/* One URL of the list into dir; 0, or an exit code with *why. */
static int one(const char *url, const char *dir, const struct tt_fetch_opts *o, char **why)
{
	char *name = tt_fetchcli_file_name(url);
	char *path = tt_xasprintf("%s/%s", dir, name);
	free(name);
	struct stat st;
	int rc = 0;
	if (stat(path, &st) == 0) {
		free(path);
		return 0; /* done by an earlier run */
	}
	tt_error err;
	struct tt_fetch_result res;
	tt_thread *t = tt_fetch_thread(url, o, &res, &err);
	if (!t) {
		*why = tt_xstrdup(err.msg);
		rc = res.code;
	} else if (tt_http_stop) {
		rc = EX_INTERRUPTED;
	} else if (tt_thread_save(t, path) < 0) {
		*why = tt_xasprintf("cannot write %s: %s", path, strerror(errno));
		rc = EX_CANTCREAT;
	}
	tt_thread_free(t);
	free(path);
	return rc;
}

/* The list's URLs (blank lines and # comments left out); NULL + errno. */
static char **read_list(const char *file, size_t *n)
{
	size_t len;
	char *text = tt_read_file(file, &len);
	if (!text)
		return NULL;
	char **v = NULL, *save = NULL;
	*n = 0;
	for (char *line = strtok_r(text, "\r\n", &save); line;
	     line = strtok_r(NULL, "\r\n", &save)) {
		line += strspn(line, " \t");
		size_t l = strlen(line);
		while (l && (line[l - 1] == ' ' || line[l - 1] == '\t'))
			line[--l] = 0;
		if (!l || line[0] == '#')
			continue;
		v = tt_xrealloc(v, (*n + 1) * sizeof *v);
		v[(*n)++] = tt_xstrdup(line);
	}
	free(text);
	return v ? v : tt_xcalloc(1, sizeof *v);
}

static int report(struct failure *f, size_t nf, size_t total)
{
	int net = 0;
	for (size_t i = 0; i < nf; i++) {
		fprintf(stderr, "threadtag: %s: failed: %s\n", tt_text_safe(f[i].url),
		        f[i].why ? tt_text_safe(f[i].why) : "interrupted");
		net |= f[i].code == EX_UNAVAILABLE;
		free(f[i].url);
		free(f[i].why);
	}
	fprintf(stderr, "threadtag: %zu of %zu fetched, %zu failed\n", total - nf, total, nf);
	free(f);
	return !nf ? 0 : net ? EX_TEMPFAIL : EX_DATAERR;
}

int tt_fetchcli_import_list(const char *file, const char *dir, const struct tt_fetch_opts *o)
{
	size_t n;
	char **urls = read_list(file, &n);
	if (!urls) {
		int e = errno;
		fprintf(stderr, "threadtag: %s: %s\n", tt_text_safe(file), strerror(e));
		return tt_exit_for_errno(e);
	}
	if (tt_mkdirs(dir) < 0) {
		fprintf(stderr, "threadtag: %s: cannot create: %s\n", tt_text_safe(dir),
		        strerror(errno));
		return EX_CANTCREAT;
	}
	tt_http_catch_sigint();
	struct tt_fetch_opts each = *o;
	each.quiet = 1;
	const char *pace = getenv("THREADTAG_FETCH_PACE_MS");
	each.pace_ms = pace && *pace ? strtol(pace, NULL, 10) : 1000; /* polite to each host */
	struct failure *f = NULL;
	size_t nf = 0, i;
	for (i = 0; i < n && !tt_http_stop; i++) {
		progress_bar(i, n, urls[i]);
		char *why = NULL;
		int rc = tt_url_is_url(urls[i]) ? one(urls[i], dir, &each, &why) : EX_DATAERR;
		if (rc && !why && rc != EX_INTERRUPTED)
			why = tt_xstrdup("not an http or https address");
		if (rc && rc != EX_INTERRUPTED) {
			f = tt_xrealloc(f, (nf + 1) * sizeof *f);
			f[nf++] = (struct failure){tt_xstrdup(urls[i]), why, rc};
		}
	}
	progress_bar(i, n, "");
	if (isatty(STDERR_FILENO))
		fputc('\n', stderr);
	for (size_t k = 0; k < n; k++)
		free(urls[k]);
	free(urls);
	int rc = report(f, nf, i);
	return tt_http_stop ? EX_INTERRUPTED : rc;
}
