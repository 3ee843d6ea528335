/* tagcli: what the tag, export, stats and agree commands share: options, opening. */
#include "threadtag/tagcli.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "threadtag/cmd.h"
#include "threadtag/config.h"
#include "threadtag/error.h"
#include "threadtag/exitcodes.h"
#include "threadtag/fsutil.h"
#include "threadtag/import.h"
#include "threadtag/index.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

int tt_tagcli_option_error(const char *cmd, char **argv, int c)
{
	const char *arg = argv[optind - 1];
	const char *eq = strchr(arg, '=');
	if (c == ':')
		return tt_usage_error(cmd, "option '%s' needs a value", arg);
	if (optopt > 0 && optopt < 256 && arg[0] == '-' && arg[1] != '-')
		return tt_usage_error(cmd, "unknown option '-%c'", optopt);
	if (optopt && eq)
		return tt_usage_error(cmd, "option '%.*s' takes no value", (int)(eq - arg), arg);
	return tt_usage_error(cmd, "unknown option '%s'", arg);
}

/* A thread file through its index when a valid one is present, else
 * streamed by the loader, leaving the index for the next command. The index
 * holds the same items and ids as the file it was checked against (its stamp,
 * or for a racy one a hash of its bytes), so ids are refused alike; a stale
 * or damaged index is ignored. With ids_only, the index is opened for id
 * checks (its id table alone is read), and when that is refused the thread is
 * loaded and the index rewritten, so a damaged id table does not stay. The
 * index is a cache: failing to write it is no error. */
static tt_thread *load_indexed(const char *path, int ids_only, tt_error *err, int *eno)
{
	char *idx = tt_index_path_for(path);
	tt_index_stamp st;
	tt_thread *t = !idx       ? NULL
	               : ids_only ? tt_index_open_ids(path, idx)
	                          : tt_index_open(path, idx);
	if (!t) {
		int stamped = idx && tt_index_stamp_of(path, &st) == 0;
		t = tt_thread_load(path, err, eno);
		if (t && stamped)
			(void)tt_index_write(t, path, &st, idx);
	}
	free(idx);
	return t;
}

static int open_thread(const char *path, int ids_only, tt_thread **out)
{
	tt_error err;
	int eno = 0;
	/* A thread file is mapped from its index or streamed by the loader, never
	 * held whole (a 35 MiB thread costs 35 MiB less). Anything else is what
	 * the viewer opens too: a page or JSON imported in memory, with the ids
	 * `threadtag import` gives. Standard input can be read once only, so it
	 * goes to the latter. */
	*out = strcmp(path, "-") ? load_indexed(path, ids_only, &err, &eno) : NULL;
	if (!*out && !eno)
		*out = tt_open_any(path, NULL, &err, &eno);
	if (*out)
		return 0;
	tt_error_print(&err);
	return eno ? tt_exit_for_errno(eno) : EX_DATAERR;
}

int tt_tagcli_thread(const char *path, tt_thread **out)
{
	return open_thread(path, 0, out);
}

int tt_tagcli_thread_ids(const char *path, tt_thread **out)
{
	return open_thread(path, 1, out);
}

/* A store exists once its file or its journal does: until the first save, a
 * session's tags are all in the journal. errno is the store file's when not. */
static int store_exists(const char *path)
{
	struct stat st;
	char *journal = tt_xasprintf("%s.journal", path);
	int e, found = stat(path, &st) == 0;
	e = errno;
	found = found || stat(journal, &st) == 0;
	free(journal);
	errno = e;
	return found;
}

static int store_open(const tt_thread *t, const char *path, const char *annotator,
                      const char *scheme, int readonly, int must_exist, const char *const *items,
                      size_t nitems, tt_tagstore **out)
{
	if (path && must_exist && !store_exists(path)) {
		return tt_error_errno(path, errno, 0);
	}
	tt_config cfg;
	tt_error cerr;
	if (tt_config_load(&cfg, NULL, &cerr) < 0) {
		tt_error_print(&cerr);
		fprintf(stderr, "threadtag: the config file was ignored\n");
	}
	/* A script's stores follow the same settings as the view. Readers keep the
	 * scheme the tags were made with. */
	if (!annotator && !path)
		annotator = cfg.annotator;
	if (!scheme && !readonly)
		scheme = cfg.scheme;
	/* A command that writes makes a change or a few: folding the journal into
	 * the store on every run would cost the store's size each time. */
	tt_tagstore_opts o = {.path = path,
	                      .annotator = annotator,
	                      .scheme_path = scheme,
	                      .readonly = readonly,
	                      .keep_journal = !readonly,
	                      .items = items,
	                      .nitems = nitems};
	tt_error err;
	int eno = 0;
	*out = tt_tagstore_open(t, &o, &err, &eno);
	tt_config_free(&cfg);
	if (!*out) {
		tt_error_print(&err);
		if (!eno)
			return EX_DATAERR;
		if (eno == EMLINK) /* a hard-linked store cannot be saved */
			return EX_CANTCREAT;
		return eno == ENOENT || eno == EACCES ? (readonly ? EX_NOINPUT : EX_CANTCREAT)
		                                      : EX_IOERR;
	}
	if (!path && must_exist && !store_exists(tt_tagstore_path(*out))) {
		fprintf(stderr,
		        "threadtag: %s: no tags yet (give --tags FILE or --annotator NAME)\n",
		        tt_text_safe(tt_tagstore_path(*out)));
		tt_tagstore_close(*out, NULL);
		*out = NULL;
		return EX_NOINPUT;
	}
	const char *notice = tt_tagstore_notice(*out);
	if (notice)
		fprintf(stderr, "threadtag: %s\n", tt_text_safe(notice));
	return 0;
}

int tt_tagcli_store(const tt_thread *t, const char *path, const char *annotator, const char *scheme,
                    int readonly, int must_exist, tt_tagstore **out)
{
	return store_open(t, path, annotator, scheme, readonly, must_exist, NULL, 0, out);
}

int tt_tagcli_store_items(const tt_thread *t, const char *path, const char *annotator,
                          const char *scheme, const char *const *items, size_t nitems,
                          tt_tagstore **out)
{
	return store_open(t, path, annotator, scheme, 0, 0, items, nitems, out);
}

enum { OPT_TAGS = 256, OPT_FIRST };

/* getopt_long's tables for --tags, --help and the command's own options:
 * "--name" entries become long options, "-x" ones short options. */
static void tables(const tt_tagcli_option *opts, struct option *longs, char *shorts)
{
	size_t n = 0, ns = 0;
	shorts[ns++] = ':'; /* a missing value is told apart from an unknown option */
	shorts[ns++] = 'h';
	longs[n++] = (struct option){"tags", required_argument, NULL, OPT_TAGS};
	longs[n++] = (struct option){"help", no_argument, NULL, 'h'};
	for (size_t k = 0; opts[k].name; k++) {
		int arg = opts[k].value ? required_argument : no_argument;
		if (opts[k].name[1] == '-') {
			longs[n++] =
			    (struct option){opts[k].name + 2, arg, NULL, OPT_FIRST + (int)k};
		} else {
			shorts[ns++] = opts[k].name[1];
			if (arg == required_argument)
				shorts[ns++] = ':';
		}
	}
	longs[n] = (struct option){0};
	shorts[ns] = '\0';
}

/* The index in opts of what getopt_long returned, or -1. */
static int which(const tt_tagcli_option *opts, int c)
{
	if (c >= OPT_FIRST)
		return c - OPT_FIRST;
	for (int k = 0; opts[k].name; k++)
		if (opts[k].name[1] != '-' && opts[k].name[1] == c)
			return k;
	return -1;
}

int tt_tagcli_parse(const char *cmd, int argc, char **argv, const tt_tagcli_option *opts,
                    tt_tagcli_args *a)
{
	struct option longs[TT_TAGCLI_MAX_OPTIONS + 3];
	char shorts[2 * TT_TAGCLI_MAX_OPTIONS + 3];
	int c;
	tables(opts, longs, shorts);
	optind = 0; /* a full restart: the parser may run more than once a process */
	opterr = 0;
	while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
		int k = which(opts, c);
		if (c == 'h')
			return TT_TAGCLI_HELP;
		if (c == OPT_TAGS) {
			a->tags = tt_xrealloc(a->tags, (a->ntags + 1) * sizeof *a->tags);
			a->tags[a->ntags++] = optarg;
		} else if (k >= 0 && opts[k].value) {
			*opts[k].value = optarg;
		} else if (k >= 0) {
			*opts[k].flag = 1;
		} else {
			return tt_tagcli_option_error(cmd, argv, c);
		}
	}
	if (optind < argc)
		a->thread = argv[optind++];
	if (optind < argc)
		return tt_usage_error(cmd, "more than one thread given ('%s')", argv[optind]);
	if (!a->thread)
		return tt_usage_error(cmd, "no thread file given");
	return 0;
}

int tt_tagcli_text_or_yaml(const char *cmd, const char *format)
{
	if (format && strcmp(format, "text") && strcmp(format, "yaml"))
		return tt_usage_error(cmd, "unknown format '%s' (text or yaml)", format);
	return 0;
}

int tt_tagcli_open(const tt_tagcli_args *a, const char *annotator, tt_thread **t,
                   tt_tagstore ***stores, size_t *n)
{
	*n = a->ntags ? a->ntags : 1;
	*stores = tt_xcalloc(*n, sizeof **stores);
	int rc = tt_tagcli_thread(a->thread, t);
	for (size_t i = 0; rc == 0 && i < *n; i++)
		rc = tt_tagcli_store(*t, a->ntags ? a->tags[i] : NULL, annotator, NULL, 1, 1,
		                     &(*stores)[i]);
	return rc;
}

void tt_tagcli_close(tt_thread *t, tt_tagstore **stores, size_t n)
{
	for (size_t i = 0; i < n; i++)
		tt_tagstore_close(stores[i], NULL);
	free(stores);
	tt_thread_free(t);
}

int tt_tagcli_print_yaml(tt_yemit *e, const char *what)
{
	char *out;
	size_t len;
	int rc = tt_yemit_finish(e, &out, &len);
	tt_yemit_free(e);
	if (rc < 0)
		return fprintf(stderr, "threadtag: cannot encode the %s\n", what), EX_SOFTWARE;
	rc = tt_tagcli_write(NULL, out, len);
	free(out);
	return rc;
}

int tt_tagcli_save_thread(const tt_thread *t, const char *path)
{
	size_t len;
	char *yaml = tt_thread_to_yaml(t, &len);
	int rc = -1, e = EILSEQ; /* no YAML: a text is no valid UTF-8 */
	tt_buf safe = {0};
	if (yaml && !strcmp(path, "-") && isatty(STDOUT_FILENO)) {
		tt_text_sanitize(yaml, len, 1, &safe);
		rc = tt_write_atomic(path, safe.data, safe.len);
		e = errno;
	} else if (yaml) {
		rc = tt_write_atomic(path, yaml, len);
		e = errno;
	}
	free(yaml);
	free(safe.data);
	errno = e;
	return rc;
}

/* A file or a pipe gets the data byte-exact; a terminal gets it with every
 * control shown as an inert glyph, since the data holds strangers' text. */
int tt_tagcli_write(const char *path, const char *data, size_t len)
{
	const char *dest = path ? path : "-";
	tt_buf safe = {0};
	if (!strcmp(dest, "-") && isatty(STDOUT_FILENO)) {
		tt_text_sanitize(data, len, 1, &safe);
		data = safe.data;
		len = safe.len;
	}
	/* Standard output may hold earlier printf text: it goes first. */
	int rc = fflush(stdout) == 0 && tt_write_atomic(dest, data, len) == 0
	             ? 0
	             : tt_error_errno(dest, errno, 1);
	free(safe.data);
	return rc;
}
