/* cmd_check: `threadtag check FILE` validates a thread file and summarises it. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/cmd.h"
#include "threadtag/exitcodes.h"
#include "threadtag/fsutil.h"
#include "threadtag/import.h"
#include "threadtag/tagcli.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

static void check_help(void)
{
	printf("usage: threadtag check [--quiet] FILE...\n\n"
	       "Validate thread files; print a summary of each (title, comments, depth,\n"
	       "authors, date range). Exit 0 if all are valid, 65 on bad data (a saved\n"
	       "page or forum JSON is named as such: import it first), 66 if a file is\n"
	       "missing.\n\n"
	       "  -q, --quiet   print nothing but errors\n");
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

struct author_count {
	const char *name;
	size_t n;
};

static int by_count(const void *a, const void *b)
{
	const struct author_count *x = a, *y = b;
	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return strcmp(x->name, y->name);
}

/* Distinct authors, the most active first. */
static void print_authors(const tt_thread *t)
{
	const char **names = tt_xcalloc(t->ncomments + 1, sizeof *names);
	size_t n = 0;
	for (size_t i = 0; i < t->ncomments; i++)
		if (t->order[i]->author)
			names[n++] = t->order[i]->author;
	qsort(names, n, sizeof *names, cmp_str);
	struct author_count *counts = tt_xcalloc(n + 1, sizeof *counts);
	size_t distinct = 0;
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || strcmp(names[i], names[i - 1]) != 0)
			counts[distinct++].name = names[i];
		counts[distinct - 1].n++;
	}
	qsort(counts, distinct, sizeof *counts, by_count);
	printf("authors:  %zu", distinct);
	size_t shown = distinct < 8 ? distinct : 8;
	for (size_t i = 0; i < shown; i++)
		printf("%s%s (%zu)", i ? ", " : ": ", tt_text_safe(counts[i].name), counts[i].n);
	printf("%s\n", distinct > shown ? ", ..." : "");
	free(counts);
	free(names);
}

static void summarise(const char *path, const tt_thread *t)
{
	const tt_article *a = &t->article;
	const char *lo = NULL, *hi = NULL;
	size_t deleted = 0;
	for (size_t i = 0; i < t->ncomments; i++) {
		const tt_comment *c = t->order[i];
		deleted += (c->flags & TT_C_DELETED) != 0;
		if (!c->time)
			continue;
		if (!lo || strcmp(c->time, lo) < 0)
			lo = c->time;
		if (!hi || strcmp(c->time, hi) > 0)
			hi = c->time;
	}
	printf("%s: ok\n", tt_text_safe(path));
	printf("title:    %s\n", tt_text_safe(a->title));
	printf("thread:   %s\n", tt_text_safe(t->id));
	if (a->site)
		printf("site:     %s\n", tt_text_safe(a->site));
	if (a->author || a->published)
		printf("article:  %s%s%s\n", tt_text_safe(a->author),
		       a->author && a->published ? ", " : "", tt_text_safe(a->published));
	printf("body:     %u paragraphs\n", a->body.n);
	printf("comments: %zu (%zu top-level, %zu deleted", t->ncomments, t->ntop, deleted);
	if (t->more)
		printf(", %lld more not loaded", t->more);
	printf(")\n");
	printf("depth:    %u\n", t->ncomments ? t->max_depth + 1 : 0);
	print_authors(t);
	if (lo)
		printf("dates:    %s to %s\n", tt_text_safe(lo), tt_text_safe(hi));
}

static const struct option check_options[] = {
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {0},
};

/* What a file the thread loader refused is instead, when an importer takes
 * it: TT_IMPORT_REDDIT or TT_IMPORT_HN for forum JSON, TT_IMPORT_TEXT for text
 * that imports as a page; TT_IMPORT_AUTO when it is nothing else either. */
static enum tt_import_kind other_kind(const char *path)
{
	size_t len;
	tt_error rerr;
	/* Binary data (a device of zeros, say) is nothing else either: the first
	 * block tells, so it is never read whole. */
	char *buf = tt_read_text(path, TT_READ_MAX, 0, &len, &rerr, NULL);
	if (!buf)
		return TT_IMPORT_AUTO;
	enum tt_import_kind k = tt_import_detect(buf, len);
	tt_error err;
	tt_thread *t = tt_import_mem(path, buf, len, NULL, &err);
	free(buf);
	tt_thread_free(t);
	return t ? k : TT_IMPORT_AUTO;
}

/* The loader's error, and where the file is something the viewer and the
 * other commands open, what it is and what to do with it. */
static int refused(const char *path, const tt_error *err)
{
	enum tt_import_kind k = other_kind(path);
	const char *what = k == TT_IMPORT_REDDIT ? "Reddit JSON"
	                   : k == TT_IMPORT_HN   ? "HN JSON"
	                                         : NULL;
	if (what) {
		fprintf(stderr,
		        "threadtag: %s: this is %s, not a thread file: import it first with "
		        "`threadtag import`\n",
		        tt_text_safe(path), what);
		return EX_DATAERR;
	}
	tt_error_print(err);
	if (k == TT_IMPORT_TEXT)
		fprintf(stderr,
		        "threadtag: %s: not a thread file; if it is a saved page, import it "
		        "first with `threadtag import`\n",
		        tt_text_safe(path));
	return EX_DATAERR;
}

/* Checks one file; prints its summary unless quiet. Returns 0 or an exit code. */
static int check_one(const char *path, int quiet, int first)
{
	tt_error err;
	int eno = 0;
	tt_thread *t = tt_thread_load(path, &err, &eno);
	if (!t && !eno)
		return refused(path, &err);
	if (!t) {
		tt_error_print(&err);
		return eno ? tt_exit_for_errno(eno) : EX_DATAERR;
	}
	if (!quiet) {
		if (!first)
			printf("\n");
		summarise(path, t);
	}
	tt_thread_free(t);
	return 0;
}

int tt_cmd_check(int argc, char **argv)
{
	int quiet = 0, status = 0, c, first = 1;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hq", check_options, NULL)) != -1) {
		if (c == 'h')
			return check_help(), 0;
		if (c != 'q')
			return tt_tagcli_option_error("check", argv, c);
		quiet = 1;
	}
	if (optind >= argc)
		return tt_usage_error("check", "no thread file given");
	for (int i = optind; i < argc; i++) {
		int code = check_one(argv[i], quiet, first);
		first = first && code != 0;
		/* Bad data outranks a missing file: it is what needs a look. */
		if (code && (!status || code == EX_DATAERR))
			status = code;
	}
	return status;
}
