/* cmd_update: `threadtag update THREAD`: fetch a thread again and merge it into its file. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/cmd.h"
#include "threadtag/exitcodes.h"
#include "threadtag/fetchcli.h"
#include "threadtag/http.h"
#include "threadtag/merge.h"
#include "threadtag/tagstore.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

static void update_help(void)
{
	printf("usage: threadtag update [-o OUT] THREAD\n\n"
	       "Fetch THREAD again from its source_url and merge the new version into it:\n"
	       "new comments are added where they belong, edited comments get their new\n"
	       "text (the old one kept as 'previous'), deleted or vanished comments keep\n"
	       "their text and are marked deleted. Ids are kept, so every tag stays; tags\n"
	       "on edited comments are listed for review. THREAD is rewritten atomically\n"
	       "(or OUT written instead); on any failure nothing changes.\n\n"
	       "  -o, --output OUT   write the merged thread to OUT, leaving THREAD as it is\n\n"
	       "Exit 0 on success, 64 bad usage, 65 a thread without source_url or a bad\n"
	       "answer, 66 missing THREAD, 69 network failure, 73/74 cannot write, 130 Ctrl-C.\n");
}

/* Lists, per tag store of the thread, the tags set on comments edited since. */
static void report_review(const tt_thread *t, const struct tt_merge_stats *st)
{
	char *probe = tt_tagstore_default_path(t->id, "x");
	char *dir = tt_xstrdup(dirname(probe));
	DIR *d = opendir(dir);
	struct dirent *de;
	while (st->edited && d && (de = readdir(d))) {
		size_t n = strlen(de->d_name);
		if (n < 6 || strcmp(de->d_name + n - 5, ".yaml") || de->d_name[0] == '.')
			continue;
		char *path = tt_xasprintf("%s/%s", dir, de->d_name);
		tt_tagstore_opts o = {.path = path, .readonly = 1};
		tt_error err;
		int eno = 0;
		tt_tagstore *s = tt_tagstore_open(t, &o, &err, &eno);
		for (size_t i = 0; s && i < st->edited; i++)
			if (tt_tagstore_get(s, st->edited_ids[i]))
				fprintf(
				    stderr,
				    "threadtag: review: comment %s was edited after %s tagged it\n",
				    tt_text_safe(st->edited_ids[i]),
				    tt_text_safe(tt_tagstore_annotator(s)));
		if (s)
			tt_tagstore_close(s, &err);
		free(path);
	}
	if (d)
		closedir(d);
	free(dir);
	free(probe);
}

static int write_out(const tt_thread *t, const char *out)
{
	if (tt_thread_save(t, out) == 0)
		return 0;
	fprintf(stderr, "threadtag: %s: cannot write: %s\n", tt_text_safe(out), strerror(errno));
	return tt_exit_for_errno(errno) == EX_NOINPUT ? EX_CANTCREAT : EX_IOERR;
}

/* Fetches old's source again and merges; returns an exit code. */
static int update(const tt_thread *old, const char *path, const char *out)
{
	struct tt_fetch_result res;
	struct tt_merge_stats st;
	tt_error err;
	tt_http_catch_sigint();
	tt_thread *t = tt_fetch_update(old, &st, &res, &err);
	if (!t) {
		tt_error_print(&err);
		return res.code;
	}
	int rc = tt_http_stop ? 130 : write_out(t, out);
	if (rc == 0) {
		fprintf(stderr,
		        "threadtag: %s: updated: %zu new, %zu edited, %zu deleted; %zu comments\n",
		        tt_text_safe(path), st.added, st.edited, st.deleted, t->ncomments);
		report_review(t, &st);
	}
	free(st.edited_ids);
	tt_thread_free(t);
	return rc;
}

int tt_cmd_update(int argc, char **argv)
{
	static const struct option longs[] = {
	    {"output", required_argument, NULL, 'o'},
	    {"help", no_argument, NULL, 'h'},
	    {0},
	};
	const char *out = NULL;
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, "o:h", longs, NULL)) != -1) {
		if (c == 'h')
			return update_help(), 0;
		if (c != 'o')
			return tt_usage_error("update", "unknown option or missing value: '%s'",
			                      tt_text_safe(argv[optind - 1]));
		out = optarg;
	}
	if (optind + 1 != argc)
		return tt_usage_error("update", "give one THREAD file");
	const char *path = argv[optind];
	tt_error err;
	int eno = 0;
	tt_thread *old = tt_thread_load(path, &err, &eno);
	if (!old) {
		tt_error_print(&err);
		return eno ? tt_exit_for_errno(eno) : EX_DATAERR;
	}
	int rc;
	if (!old->source_url) {
		fprintf(stderr,
		        "threadtag: %s: no source_url: it was not fetched from an address\n",
		        tt_text_safe(path));
		rc = EX_DATAERR;
	} else {
		rc = update(old, path, out ? out : path);
	}
	tt_thread_free(old);
	return rc;
}
