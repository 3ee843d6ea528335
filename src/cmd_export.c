/* cmd_export: `threadtag export` writes tags with their comments for analysis. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/cmd.h"
#include "threadtag/exitcodes.h"
#include "threadtag/export.h"
#include "threadtag/fsutil.h"
#include "threadtag/tagcli.h"
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
	const char *thread, *out, *annotator, *format;
	const char **tags;
	size_t ntags;
	int no_text;
};

static int parse(struct export_args *a, int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *v;
		int m;
		if ((m = tt_tagcli_opt("export", argc, argv, &i, "--tags", &v)) == 1) {
			a->tags = tt_xrealloc(a->tags, (a->ntags + 1) * sizeof *a->tags);
			a->tags[a->ntags++] = v;
		} else if (m == 0 &&
			   (m = tt_tagcli_opt("export", argc, argv, &i, "--format", &v)) == 1) {
			a->format = v;
		} else if (m == 0 &&
			   ((m = tt_tagcli_opt("export", argc, argv, &i, "--output", &v)) == 1 ||
			    (m == 0 && (m = tt_tagcli_opt("export", argc, argv, &i, "-o", &v)) == 1))) {
			a->out = v;
		} else if (m == 0 &&
			   (m = tt_tagcli_opt("export", argc, argv, &i, "--annotator", &v)) == 1) {
			a->annotator = v;
		} else if (m < 0) {
			return EX_USAGE;
		} else if (!strcmp(argv[i], "--no-text")) {
			a->no_text = 1;
		} else if (argv[i][0] == '-' && argv[i][1]) {
			return tt_usage_error("export", "unknown option '%s'", argv[i]);
		} else if (a->thread) {
			return tt_usage_error("export", "more than one thread given ('%s')", argv[i]);
		} else {
			a->thread = argv[i];
		}
	}
	if (!a->thread)
		return tt_usage_error("export", "no thread file given");
	return 0;
}

static int write_out(const char *path, const char *data, size_t len)
{
	if (tt_write_atomic(path ? path : "-", data, len) == 0)
		return 0;
	perror(path ? path : "threadtag: standard output");
	return path ? EX_CANTCREAT : EX_IOERR;
}

static int run(const struct export_args *a, tt_export_opts *o)
{
	tt_thread *t = NULL;
	size_t n = a->ntags ? a->ntags : 1;
	tt_tagstore **stores = tt_xcalloc(n, sizeof *stores);
	int rc = tt_tagcli_thread(a->thread, &t);
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = tt_tagcli_store(t, a->ntags ? a->tags[i] : NULL, a->annotator, NULL, 1, 1,
				     &stores[i]);
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
	for (size_t i = 0; i < n; i++)
		tt_tagstore_close(stores[i], NULL);
	free(stores);
	tt_thread_free(t);
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
	free(a.tags);
	return rc;
}
