/* cmd_export: `threadtag export` writes tags with their comments for analysis. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "threadtag/cmd.h"
#include "threadtag/error.h"
#include "threadtag/exitcodes.h"
#include "threadtag/export.h"
#include "threadtag/fsutil.h"
#include "threadtag/tagcli.h"
#include "threadtag/text.h"
#include "threadtag/xalloc.h"

static void export_help(void)
{
	printf("usage: threadtag export THREAD [--tags FILE]... [--format yaml|csv|jsonl]\n"
	       "                        [--no-text] [-o OUT] [--annotator NAME]\n\n"
	       "Write one record per tagged item (and per annotator when several --tags\n"
	       "files are given), in thread order, with the fields thread, comment,\n"
	       "parent, depth, author, posted, time, stance, reply (and any other\n"
	       "dimension of the scheme), labels, note, annotator, tagged and text.\n\n"
	       "  --tags FILE       a tag store (repeat for several annotators; default:\n"
	       "                    the annotator's store under $XDG_DATA_HOME)\n"
	       "  --format FORMAT   yaml (default), csv (RFC 4180, labels joined by ';'),\n"
	       "                    jsonl (one JSON object per line), conversations (JSON\n"
	       "                    lines with each comment's path, parent text and text)\n"
	       "                    or rumoureval (the RumourEval/PHEME folder layout,\n"
	       "                    written under -o DIR)\n"
	       "  --aggregate majority  with conversations: one line per comment with the\n"
	       "                    majority value, the count of each value and agreement\n"
	       "  --no-text         leave out the comment text\n"
	       "  -o, --output OUT  write to OUT (atomically) instead of standard output\n"
	       "  --annotator NAME  whose default store to read when no --tags is given\n");
}

struct export_args {
	tt_tagcli_args cli;
	const char *out, *annotator, *format, *aggregate;
	int no_text;
};

static int parse(struct export_args *a, int argc, char **argv)
{
	const tt_tagcli_option opts[] = {
	    {"--format", &a->format, NULL},
	    {"--output", &a->out, NULL},
	    {"-o", &a->out, NULL},
	    {"--annotator", &a->annotator, NULL},
	    {"--no-text", NULL, &a->no_text},
	    {"--aggregate", &a->aggregate, NULL},
	    {NULL, NULL, NULL},
	};
	return tt_tagcli_parse("export", argc, argv, opts, &a->cli);
}

/* A file or a pipe gets the export byte-exact; a terminal gets it with every
 * control shown as an inert glyph, since the data holds strangers' text. */
static int write_out(const char *path, const char *data, size_t len)
{
	return tt_tagcli_write(path, data, len);
}

/* The research formats: conversation lines, or the RumourEval folder. */
static int run_study(const struct export_args *a, const tt_export_opts *o, const tt_thread *t,
                     tt_tagstore **stores, size_t n)
{
	if (o->format == TT_EXPORT_RUMOUREVAL) {
		tt_error err;
		if (n && tt_export_rumoureval(t, stores[0], a->out, &err) == 0)
			return 0;
		if (!n)
			return EX_NOINPUT;
		int e = errno;
		tt_error_print(&err);
		return e ? tt_exit_for_output_errno(e) : EX_DATAERR; /* a value with no class */
	}
	size_t len;
	char *data = tt_export_conversations(t, (const tt_tagstore *const *)stores, n,
	                                     a->aggregate != NULL, &len);
	int rc = write_out(a->out, data, len);
	free(data);
	return rc;
}

static int run(const struct export_args *a, tt_export_opts *o)
{
	tt_thread *t = NULL;
	tt_tagstore **stores;
	size_t n;
	int rc = tt_tagcli_open(&a->cli, a->annotator, &t, &stores, &n);
	if (rc == 0 && o->format >= TT_EXPORT_CONVERSATIONS) {
		rc = run_study(a, o, t, stores, n);
	} else if (rc == 0) {
		size_t len;
		char *data = tt_export(t, (const tt_tagstore *const *)stores, n, o, &len);
		if (!data) {
			fprintf(stderr, "threadtag: cannot encode the export\n");
			rc = EX_SOFTWARE;
		} else {
			rc = write_out(a->out, data, len);
		}
		free(data);
	}
	tt_tagcli_close(t, stores, n);
	return rc;
}

int tt_cmd_export(int argc, char **argv)
{
	struct export_args a = {0};
	tt_export_opts o = {.format = TT_EXPORT_YAML};
	int rc = parse(&a, argc, argv);
	if (rc == TT_TAGCLI_HELP) {
		free(a.cli.tags);
		return export_help(), 0;
	}
	if (rc == 0 && a.format && tt_export_format_parse(a.format, &o.format) < 0)
		rc = tt_usage_error(
		    "export", "unknown format '%s' (yaml, csv, jsonl, conversations or rumoureval)",
		    a.format);
	o.no_text = a.no_text;
	if (rc == 0 && a.aggregate && strcmp(a.aggregate, "majority"))
		rc = tt_usage_error("export", "--aggregate takes 'majority'");
	if (rc == 0 && a.aggregate && o.format != TT_EXPORT_CONVERSATIONS)
		rc = tt_usage_error("export", "--aggregate goes with --format conversations");
	if (rc == 0 && o.format == TT_EXPORT_RUMOUREVAL && !a.out)
		rc = tt_usage_error("export", "--format rumoureval writes a folder: give -o DIR");
	if (rc == 0)
		rc = run(&a, &o);
	free(a.cli.tags);
	return rc;
}
