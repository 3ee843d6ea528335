/* import_report: what an import found and what it doubted, said to the user. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/import.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

void tt_import_report_init(struct tt_import_report *r, int explain)
{
	memset(r, 0, sizeof *r);
	r->stated = -1;
	r->explain = explain;
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void tt_import_report_free(struct tt_import_report *r)
{
	free_list(r->warn, r->nwarn);
	free_list(r->blocks, r->nblocks);
	r->warn = r->blocks = NULL;
	r->nwarn = r->nblocks = 0;
}

static void push(char ***v, size_t *n, char *s)
{
	*v = tt_xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = s;
}

void tt_import_warn(struct tt_import_report *r, unsigned line, const char *fmt, ...)
{
	if (!r)
		return;
	tt_buf b = {0};
	if (line)
		tt_buf_printf(&b, "line %u: ", line);
	char msg[512]; /* a warning is one line; a longer one is cut between characters */
	va_list ap;
	va_start(ap, fmt);
	tt_utf8_vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	tt_buf_adds(&b, msg);
	push(&r->warn, &r->nwarn, b.data);
}

void tt_import_explain(struct tt_import_report *r, unsigned first, unsigned last, const char *what,
                       const char *text, size_t len)
{
	if (!r || !r->explain)
		return;
	/* The first words only: a whole paragraph on every row hides the verdicts. */
	const char *nl = memchr(text, '\n', len);
	size_t n = nl ? (size_t)(nl - text) : len;
	const char *words = tt_text_quote(text, n, 60);
	size_t wl = strlen(words);
	int cut = wl >= 3 && !strcmp(words + wl - 3, "...");
	const char *more = n < len && !cut ? "..." : "";
	char *row = first == last || !last
	                ? tt_xasprintf("%u: %s: %s%s", first, what, words, more)
	                : tt_xasprintf("%u-%u: %s: %s%s", first, last, what, words, more);
	push(&r->blocks, &r->nblocks, row);
}

void tt_import_report_print(const struct tt_import_report *r, const char *name, const tt_thread *t,
                            FILE *f)
{
	fprintf(f, "threadtag: imported %s as %s", tt_text_safe(name),
	        r->format[0] ? r->format : "?");
	if (r->layout[0])
		fprintf(f, " (%s)", tt_text_safe(r->layout));
	fprintf(f, ": article %u paragraph%s, %zu comment%s, depth %u", t->article.body.n,
	        t->article.body.n == 1 ? "" : "s", t->ncomments, t->ncomments == 1 ? "" : "s",
	        t->ncomments ? t->max_depth + 1 : 0);
	if (r->stated >= 0)
		fprintf(f, "; the page says %ld", r->stated);
	fputc('\n', f);
	if (r->stated >= 0 && (size_t)r->stated != t->ncomments && r->stated_line)
		fprintf(f,
		        "threadtag: %s: warning: line %u: found %zu comments where the page says "
		        "%ld\n",
		        tt_text_safe(name), r->stated_line, t->ncomments, r->stated);
	else if (r->stated >= 0 && (size_t)r->stated != t->ncomments)
		fprintf(f, "threadtag: %s: warning: found %zu comments where the page says %ld\n",
		        tt_text_safe(name), t->ncomments, r->stated);
	for (size_t i = 0; i < r->nwarn; i++)
		fprintf(f, "threadtag: %s: warning: %s\n", tt_text_safe(name),
		        tt_text_safe(r->warn[i]));
}
