/* links: the links of a comment or the article — listed, opened in a browser, copied through
 * OSC 52. */
#include "view.h"

#include <errno.h>
#include <regex.h>
#include <resolv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct link {
	char *text; /* a Markdown link's text, or the URL itself */
	char *url;  /* safe for a terminal and a command line (safe_url) */
};

struct links {
	struct link *v;
	size_t n, sel;
	char title[160];
};

static regex_t md_re, url_re;
static int re_ready;

/* Markdown links [text](url) and bare URLs, compiled once. */
static void compile(void)
{
	if (re_ready)
		return;
	regcomp(&md_re, "\\[([^]]*)\\]\\(((https?|ftp)://[^)[:space:]]+)\\)",
	        REG_EXTENDED | REG_ICASE);
	regcomp(&url_re, "(https?|ftp)://[^][:space:]<>\"]+", REG_EXTENDED | REG_ICASE);
	re_ready = 1;
}

/* A URL as it may be handed on: anything outside printable ASCII (controls,
 * escapes, spaces, non-ASCII bytes) percent-encoded, so it can neither steer
 * the terminal nor split into two arguments. Caller frees. */
static char *safe_url(const char *s, size_t len)
{
	tt_buf b = {0};

	tt_buf_add(&b, "", 0);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c > 0x20 && c < 0x7f)
			tt_buf_addc(&b, (char)c);
		else
			tt_buf_printf(&b, "%%%02X", c);
	}
	return b.data;
}

/* Where a bare URL really ends: trailing punctuation belongs to the sentence. */
static size_t trim_url(const char *s, size_t len)
{
	while (len > 0 && strchr(".,;:!?'", s[len - 1]))
		len--;
	if (len > 0 && s[len - 1] == ')' && !memchr(s, '(', len))
		len--;
	return len;
}

/* Makes a match found in a copy from `by` on count from the start of the text. */
static void shift(regmatch_t *m, size_t by)
{
	m->rm_so += (regoff_t)by;
	m->rm_eo += (regoff_t)by;
}

/* Finds the next link in s[0..len) from *pos: 1 and its parts, or 0. */
static int next_link(const char *s, size_t len, size_t *pos, regmatch_t *whole, regmatch_t *text,
                     regmatch_t *url)
{
	regmatch_t m[4], u[2];
	char *copy;
	int hm, hu;

	if (*pos >= len)
		return 0;
	copy = tt_xstrndup(s + *pos, len - *pos); /* regexec needs a terminated string */
	hm = regexec(&md_re, copy, 4, m, 0) == 0;
	hu = regexec(&url_re, copy, 2, u, 0) == 0;
	free(copy);
	if (!hm && !hu)
		return 0;
	if (hm && (!hu || m[0].rm_so <= u[0].rm_so)) {
		*whole = m[0], *text = m[1], *url = m[2];
	} else {
		u[0].rm_eo = u[0].rm_so + (regoff_t)trim_url(s + *pos + u[0].rm_so,
		                                             (size_t)(u[0].rm_eo - u[0].rm_so));
		*whole = *text = *url = u[0];
	}
	shift(whole, *pos);
	shift(text, *pos);
	shift(url, *pos);
	*pos = (size_t)whole->rm_eo;
	return 1;
}

void links_display(const char *s, size_t len, tt_buf *out)
{
	size_t pos = 0, done = 0;
	regmatch_t w, t, u;

	out->len = 0;
	tt_buf_add(out, "", 0);
	if (!memchr(s, '[', len) || !memchr(s, ']', len)) {
		tt_buf_add(out, s, len);
		return;
	}
	compile();
	while (next_link(s, len, &pos, &w, &t, &u)) {
		if (w.rm_so == u.rm_so) /* a bare URL stays as it is */
			continue;
		tt_buf_add(out, s + done, (size_t)w.rm_so - done);
		tt_buf_add(out, s + t.rm_so, (size_t)(t.rm_eo - t.rm_so));
		done = (size_t)w.rm_eo;
	}
	tt_buf_add(out, s + done, len - done);
}

static void add_link(struct links *L, const char *text, size_t tlen, const char *url, size_t ulen)
{
	char *u = safe_url(url, ulen);

	for (size_t i = 0; i < L->n; i++)
		if (!strcmp(L->v[i].url, u)) {
			free(u);
			return;
		}
	L->v = tt_xrealloc(L->v, (L->n + 1) * sizeof *L->v);
	/* A bare URL is its own text: shown as it will be handed on. */
	L->v[L->n].text = text == url ? tt_xstrdup(u) : tt_xstrndup(text, tlen);
	L->v[L->n++].url = u;
}

static void collect(struct links *L, const char *s)
{
	size_t pos = 0, len = strlen(s);
	regmatch_t w, t, u;

	compile();
	while (next_link(s, len, &pos, &w, &t, &u))
		add_link(L, s + t.rm_so, (size_t)(t.rm_eo - t.rm_so), s + u.rm_so,
		         (size_t)(u.rm_eo - u.rm_so));
}

void links_close(struct view *v)
{
	struct links *L = v->links;

	if (!L)
		return;
	for (size_t i = 0; i < L->n; i++) {
		free(L->v[i].text);
		free(L->v[i].url);
	}
	free(L->v);
	free(L);
	v->links = NULL;
	if (v->mode == MODE_LINKS)
		v->mode = MODE_NORMAL;
}

int links_open(struct view *v)
{
	struct links *L = tt_xcalloc(1, sizeof *L);
	const tt_article *a = &v->t->article;

	links_close(v);
	if (v->focus == PANE_ARTICLE || !v->sel) {
		snprintf(L->title, sizeof L->title, "Links of the article");
		if (a->url)
			add_link(L, a->url, strlen(a->url), a->url, strlen(a->url));
		for (size_t p = 0; p < a->body.n; p++)
			collect(L, a->body.v[p]);
	} else {
		snprintf(L->title, sizeof L->title, "Links of comment %u", v->sel->index + 1);
		for (size_t p = 0; p < v->sel->body.n; p++)
			collect(L, v->sel->body.v[p]);
	}
	v->links = L;
	if (!L->n) {
		view_message(v, 0, "%s: none.", L->title);
		links_close(v);
		return RD_STATUS;
	}
	v->mode = MODE_LINKS;
	return RD_ALL;
}

/* The browser: the first entry of $BROWSER (a list separated by ':'), else xdg-open. */
static char *browser(void)
{
	const char *b = getenv("BROWSER");
	size_t n = b ? strcspn(b, ":") : 0;

	return n ? tt_xstrndup(b, n) : tt_xstrdup("xdg-open");
}

/* Runs the browser on url with no shell in between: the URL is one argument.
 * The terminal is handed over meanwhile, as a terminal browser needs it. */
static int run_browser(struct view *v, const char *url)
{
	char *prog = browser();
	int status = -1;
	pid_t pid;

	def_prog_mode();
	endwin();
	pid = fork();
	if (pid == 0) {
		char *argv[] = {prog, (char *)url, NULL};
		execvp(prog, argv);
		_exit(127);
	}
	if (pid > 0)
		while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
			;
	reset_prog_mode();
	refresh();
	if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		view_message(v, 1, "%s could not open the link (%s).", prog,
		             pid < 0                                           ? strerror(errno)
		             : WIFEXITED(status) && WEXITSTATUS(status) == 127 ? "not found"
		                                                               : "it failed");
	else
		view_message(v, 0, "Opened with %s: %s", prog, url);
	free(prog);
	return RD_ALL | RD_LAYOUT;
}

int links_osc52(FILE *out, const char *url)
{
	size_t n = strlen(url), cap = (n + 2) / 3 * 4 + 1;
	char *b64 = tt_xmalloc(cap);
	int len = b64_ntop((const unsigned char *)url, n, b64, cap), rc = -1;

	/* Only printable ASCII reaches this point (safe_url), so nothing but the
	 * escape's own framing is a control byte. */
	if (len >= 0 && fprintf(out, "\033]52;c;%s\a", b64) > 0 && fflush(out) == 0)
		rc = 0;
	free(b64);
	return rc;
}

static int copy_url(struct view *v, const char *url)
{
	if (!v->term_out || links_osc52(v->term_out, url) < 0) {
		view_message(v, 1, "Cannot copy: no terminal to send the link to.");
		return RD_STATUS;
	}
	view_message(v, 0, "Copied to the terminal's clipboard (OSC 52): %s", url);
	return RD_ALL;
}

int links_key(struct view *v, enum action a, ui_key k)
{
	struct links *L = v->links;
	char *url;
	int rd;

	if (k == 27 || a == ACT_QUIT || a == ACT_LINKS) {
		links_close(v);
		return RD_ALL;
	}
	if (k >= '1' && k <= '9' && (size_t)(k - '1') < L->n) {
		L->sel = (size_t)(k - '1');
		return RD_ALL;
	}
	if (a == ACT_MOVE_DOWN && L->sel + 1 < L->n)
		L->sel++;
	else if (a == ACT_MOVE_UP && L->sel > 0)
		L->sel--;
	else if (k == 'o' || k == 'y' || k == '\n' || k == '\r' || k == -KEY_ENTER) {
		url = tt_xstrdup(L->v[L->sel].url); /* the list goes before the browser runs */
		links_close(v);
		rd = k == 'y' ? copy_url(v, url) : run_browser(v, url);
		free(url);
		return rd;
	}
	return RD_ALL;
}

void links_draw(struct view *v, WINDOW *w)
{
	struct links *L = v->links;
	int h = v->rows - 1, y = 0;
	struct rect r = {.y = 0, .x = 0, .h = h, .w = v->cols};
	const char *head = "1-9 or j/k choose; Enter or o opens in $BROWSER; y copies (OSC 52); "
	                   "Esc closes";
	size_t first = L->sel + 3 > (size_t)h ? L->sel + 3 - (size_t)h : 0;

	for (int i = 0; i < h; i++)
		ui_fill(w, i, 0, v->cols, ui_attr("body"));
	ui_pane_title(w, r, L->title, 1);
	if (++y < h)
		ui_put(w, y, 1, v->cols - 1, head, strlen(head), ui_attr("title"), NULL);
	for (size_t i = first; i < L->n && ++y < h; i++) {
		attr_t at = i == L->sel ? ui_attr("selection") : ui_attr("body");
		char num[16];
		int x = 1, n = snprintf(num, sizeof num, "%2zu  ", i + 1);
		ui_fill(w, y, 0, v->cols, at);
		x += ui_put(w, y, x, v->cols - x, num, (size_t)n, at | A_BOLD, NULL);
		if (strcmp(L->v[i].text, L->v[i].url)) {
			x += ui_put(w, y, x, v->cols - x, L->v[i].text, strlen(L->v[i].text), at,
			            NULL);
			x += ui_put(w, y, x, v->cols - x, "  ", 2, at, NULL);
		}
		ui_put(w, y, x, v->cols - x, L->v[i].url, strlen(L->v[i].url),
		       ui_mix(at, ui_attr("meta")) | A_UNDERLINE, NULL);
	}
}
