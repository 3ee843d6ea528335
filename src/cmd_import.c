/* cmd_import: `threadtag import` turns a saved page or forum JSON into a thread file. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/cmd.h"
#include "threadtag/error.h"
#include "threadtag/exitcodes.h"
#include "threadtag/fetchcli.h"
#include "threadtag/import.h"
#include "threadtag/tagcli.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"

static void import_help(void)
{
	printf("usage: threadtag import [OPTIONS] INPUT [-o OUT]\n"
	       "       threadtag import [--offline] [--limit N] URL [-o OUT]\n"
	       "       threadtag import --urls FILE -d DIR\n\n"
	       "Turn a saved web page (HTML or text), Reddit JSON or Hacker News JSON into\n"
	       "a thread file, written to standard output or OUT. INPUT '-' reads standard\n"
	       "input. A URL (Reddit thread or comment, Hacker News item, any web page) is\n"
	       "fetched whole, through the cache (see 'threadtag cache').\n\n"
	       "  --from KIND        html, text, reddit, hn, json (Reddit or HN) or auto (the\n"
	       "                     default: decided from the content, not the file name)\n"
	       "  -o, --output OUT   write OUT (atomically; nothing is written on failure)\n"
	       "  --encoding ENC     of a text capture: auto (default), utf-8,\n"
	       "                     windows-1252, latin1\n"
	       "  --title TEXT       the article's title, instead of the one found\n"
	       "  --author NAME      the article's author\n"
	       "  --site NAME        the site or forum it comes from\n"
	       "  --url URL          where it was published\n"
	       "  --published DATE   when (parsed into ISO 8601 where recognisable)\n"
	       "  --strict           refuse (exit 65, nothing written) when the import has\n"
	       "                     warnings: a count that differs from the page's own,\n"
	       "                     text that went neither to the article nor a comment\n"
	       "  --explain          show what each block of the input was taken as\n"
	       "                     (written to standard output instead of the thread,\n"
	       "                     unless -o is given)\n"
	       "  --offline          use only answers in the cache, never the network\n"
	       "  --refresh          ask the network even for what the cache holds\n"
	       "  --limit N          Reddit: stop expanding replies after N comments\n"
	       "  --urls FILE        fetch every URL listed in FILE (one a line) ...\n"
	       "  -d, --dir DIR      ... into DIR, skipping those already there\n\n"
	       "A summary of what was found goes to standard error.\n\n"
	       "Exit 0 on success, 64 bad usage, 65 input that cannot be imported,\n"
	       "66 missing input, 69 network failure, 73 output that cannot be created,\n"
	       "74 I/O error, 75 (--urls) some URLs failed for network reasons, 130 Ctrl-C.\n");
}

struct args {
	struct tt_import_opts o;
	const char *input, *output;
	int strict, explain;
	struct tt_fetch_opts fetch;
	const char *urls, *dir;
};

enum {
	OPT_FROM = 256,
	OPT_ENCODING,
	OPT_TITLE,
	OPT_AUTHOR,
	OPT_SITE,
	OPT_URL,
	OPT_PUBLISHED,
	OPT_STRICT,
	OPT_EXPLAIN,
	OPT_OFFLINE,
	OPT_REFRESH,
	OPT_LIMIT,
	OPT_URLS
};

static const struct option import_options[] = {
    {"from", required_argument, NULL, OPT_FROM},
    {"encoding", required_argument, NULL, OPT_ENCODING},
    {"output", required_argument, NULL, 'o'},
    {"title", required_argument, NULL, OPT_TITLE},
    {"author", required_argument, NULL, OPT_AUTHOR},
    {"site", required_argument, NULL, OPT_SITE},
    {"url", required_argument, NULL, OPT_URL},
    {"published", required_argument, NULL, OPT_PUBLISHED},
    {"strict", no_argument, NULL, OPT_STRICT},
    {"explain", no_argument, NULL, OPT_EXPLAIN},
    {"offline", no_argument, NULL, OPT_OFFLINE},
    {"refresh", no_argument, NULL, OPT_REFRESH},
    {"limit", required_argument, NULL, OPT_LIMIT},
    {"urls", required_argument, NULL, OPT_URLS},
    {"dir", required_argument, NULL, 'd'},
    {"help", no_argument, NULL, 'h'},
    {0},
};

/* One option into A; returns -1 to go on, or an exit code. */
static int take_option(struct args *A, int c, const char *val, char **argv)
{
	switch (c) {
	case OPT_FROM: {
		int k = tt_import_kind_parse(val);
		if (k < 0)
			return tt_usage_error("import",
			                      "unknown --from '%s' (html, text, reddit, hn, json, auto)",
			                      tt_text_safe(val));
		A->o.kind = (enum tt_import_kind)k;
		return -1;
	}
	case OPT_ENCODING: {
		int e = tt_import_encoding_parse(val);
		if (e < 0)
			return tt_usage_error("import",
			                      "unknown --encoding '%s' (auto, utf-8, windows-1252, "
			                      "latin1)",
			                      tt_text_safe(val));
		A->o.encoding = (enum tt_import_encoding)e;
		return -1;
	}
	case 'o':
		A->output = val;
		return -1;
	case OPT_TITLE:
		A->o.title = val;
		return -1;
	case OPT_AUTHOR:
		A->o.author = val;
		return -1;
	case OPT_SITE:
		A->o.site = val;
		return -1;
	case OPT_URL:
		A->o.url = val;
		return -1;
	case OPT_PUBLISHED:
		A->o.published = val;
		return -1;
	case OPT_STRICT:
		A->strict = 1;
		return -1;
	case OPT_EXPLAIN:
		A->explain = 1;
		return -1;
	case OPT_OFFLINE:
		A->fetch.offline = 1;
		return -1;
	case OPT_REFRESH:
		A->fetch.refresh = 1;
		return -1;
	case OPT_LIMIT: {
		char *end;
		long n = strtol(val, &end, 10);
		if (end == val || *end || n < 1)
			return tt_usage_error("import", "--limit takes a number of comments, not '%s'",
			                      tt_text_safe(val));
		A->fetch.limit = n;
		return -1;
	}
	case OPT_URLS:
		A->urls = val;
		return -1;
	case 'd':
		A->dir = val;
		return -1;
	case 'h':
		return import_help(), 0;
	default:
		return tt_tagcli_option_error("import", argv, c);
	}
}

/* Returns -1 to go on, or an exit code. */
static int parse_args(struct args *A, int argc, char **argv)
{
	optind = 0; /* a fresh scan: commands may be run more than once in a process */
	opterr = 0;
	for (;;) {
		int c = getopt_long(argc, argv, ":o:d:h", import_options, NULL);
		if (c == -1)
			break;
		int rc = take_option(A, c, optarg, argv);
		if (rc >= 0)
			return rc;
	}
	if (A->fetch.offline && A->fetch.refresh)
		return tt_usage_error("import", "--offline and --refresh contradict each other");
	if (A->urls || A->dir) {
		if (!A->urls || !A->dir || optind < argc || A->output)
			return tt_usage_error("import", "--urls FILE and -d DIR go together, "
			                                "without another input or -o");
		return -1;
	}
	if (optind >= argc)
		return tt_usage_error("import", "no input given (a file, or - for standard input)");
	if (optind + 1 < argc)
		return tt_usage_error("import", "more than one input ('%s' and '%s')",
		                      tt_text_safe(argv[optind]), tt_text_safe(argv[optind + 1]));
	A->input = argv[optind];
	return -1;
}

/* The summary on stderr, the blocks on stdout with --explain; -1 to go on
 * and write the thread, or an exit code (--strict with a warning). */
static int report_and_check(const struct args *A, const struct tt_import_report *r,
                            const tt_thread *t)
{
	const char *name = strcmp(A->input, "-") ? A->input : "<stdin>";
	tt_import_report_print(r, name, t, stderr);
	if (A->explain) {
		for (size_t i = 0; i < r->nblocks; i++)
			printf("%s\n", tt_text_safe(r->blocks[i]));
		if (!A->output)
			return 0; /* the explanation is the output */
	}
	int doubtful = r->nwarn || (r->stated >= 0 && (size_t)r->stated != t->ncomments);
	if (A->strict && doubtful) {
		fprintf(stderr,
		        "threadtag: %s: not written: --strict and the import has warnings\n",
		        tt_text_safe(name));
		return EX_DATAERR;
	}
	return -1;
}

int tt_cmd_import(int argc, char **argv)
{
	struct args A = {0};
	int rc = parse_args(&A, argc, argv);
	if (rc >= 0)
		return rc;
	if (A.urls)
		return tt_fetchcli_import_list(A.urls, A.dir, &A.fetch);
	if (tt_url_is_url(A.input))
		return tt_fetchcli_import(A.input, A.output ? A.output : "-", &A.fetch, &A.o);
	tt_error err;
	int eno = 0;
	struct tt_import_report report;
	tt_import_report_init(&report, A.explain);
	A.o.report = &report;
	tt_thread *t = tt_import_file(A.input, &A.o, &err, &eno);
	if (!t) {
		tt_error_print(&err);
		tt_import_report_free(&report);
		return eno ? tt_exit_for_errno(eno) : EX_DATAERR;
	}
	rc = report_and_check(&A, &report, t);
	tt_import_report_free(&report);
	if (rc >= 0) {
		tt_thread_free(t);
		return rc;
	}
	const char *out = A.output ? A.output : "-";
	char what[96];
	if (tt_tagcli_save_thread(t, out) < 0) {
		if (errno == EILSEQ && tt_thread_unwritable(t, what, sizeof what)) {
			/* an importer let through bytes no text holds: said, nothing written */
			fprintf(stderr, "threadtag: %s: cannot write the thread: %s is no valid UTF-8\n",
			        tt_text_safe(A.input), what);
			rc = EX_DATAERR;
		} else
			rc = tt_error_errno(out, errno, 1);
		tt_thread_free(t);
		return rc;
	}
	tt_thread_free(t);
	return 0;
}
