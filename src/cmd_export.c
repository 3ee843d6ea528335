/* cmd_export: `threadtag export` writes tags with their comments for analysis. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/cmd.h"
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
	       "  --format FORMAT   yaml (default), csv (RFC 4180, labels joined by ';')\n"
	       "                    or jsonl (one JSON object per line)\n"
	       "  --no-text         leave out the comment text\n"
	       "  -o, --output OUT  write to OUT (atomically) instead of standard output\n"
	       "  --annotator NAME  whose default store to read when no --tags is given\n");
}

struct export_args {
	tt_tagcli_args cli;
	const char *out, *annotator, *format;
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
		{NULL, NULL, NULL},
	};
	return tt_tagcli_parse("export", argc, argv, opts, &a->cli);
}

static int write_out(const char *path, const char *data, size_t len)
{
	if (tt_write_atomic(path ? path : "-", data, len) == 0)
		return 0;
	/* EIO may come after the rename (the folder's fsync): written, not durable. */
	int e = errno;
	fprintf(stderr, "threadtag: %s: cannot write: %s\n", path ? tt_text_safe(path) : "<stdout>",
		strerror(e));
	return path && (e == EACCES || e == ENOENT || e == ENOTDIR || e == EROFS || e == EISDIR)
		       ? EX_CANTCREAT
		       : EX_IOERR;
}

static int run(const struct export_args *a, tt_export_opts *o)
{
	tt_thread *t = NULL;
	tt_tagstore **stores;
	size_t n;
	int rc = tt_tagcli_open(&a->cli, a->annotator, &t, &stores, &n);
	if (rc == 0) {
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
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))
			return export_help(), 0;
	struct export_args a = {0};
	tt_export_opts o = {.format = TT_EXPORT_YAML};
	int rc = parse(&a, argc, argv);
	if (rc == 0 && a.format && tt_export_format_parse(a.format, &o.format) < 0)
		rc = tt_usage_error("export", "unknown format '%s' (yaml, csv or jsonl)", a.format);
	o.no_text = a.no_text;
	if (rc == 0)
		rc = run(&a, &o);
	free(a.cli.tags);
	return rc;
}
