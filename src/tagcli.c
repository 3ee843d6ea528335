/* tagcli: what the tag, export, stats and agree commands share: options, opening. */
#include "threadtag/tagcli.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "threadtag/cmd.h"
#include "threadtag/config.h"
#include "threadtag/exitcodes.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

int tt_tagcli_opt(const char *cmd, int argc, char **argv, int *i, const char *name,
		  const char **val)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	if (strncmp(a, name, n))
		return 0;
	if (a[n] == '=') {
		*val = a + n + 1;
		return 1;
	}
	if (a[n])
		return 0;
	if (*i + 1 >= argc) {
		tt_usage_error(cmd, "option '%s' needs a value", name);
		return -1;
	}
	*val = argv[++*i];
	return 1;
}

int tt_tagcli_thread(const char *path, tt_thread **out)
{
	tt_error err;
	int eno = 0;
	*out = tt_thread_load(path, &err, &eno);
	if (*out)
		return 0;
	tt_error_print(&err);
	return eno ? tt_exit_for_errno(eno) : EX_DATAERR;
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

int tt_tagcli_store(const tt_thread *t, const char *path, const char *annotator, const char *scheme,
                    int readonly, int must_exist, tt_tagstore **out)
{
	if (path && must_exist && !store_exists(path)) {
		int e = errno;
		fprintf(stderr, "threadtag: %s: %s\n", path, strerror(e));
		return tt_exit_for_errno(e);
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
	                      .keep_journal = !readonly};
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
			tt_tagstore_path(*out));
		tt_tagstore_close(*out, NULL);
		*out = NULL;
		return EX_NOINPUT;
	}
	const char *notice = tt_tagstore_notice(*out);
	if (notice)
		fprintf(stderr, "threadtag: %s\n", notice);
	return 0;
}

static int match(const char *cmd, int argc, char **argv, int *i, const tt_tagcli_option *o)
{
	if (o->value)
		return tt_tagcli_opt(cmd, argc, argv, i, o->name, o->value);
	if (strcmp(argv[*i], o->name))
		return 0;
	*o->flag = 1;
	return 1;
}

/* Returns 1 when argv[*i] was an option (of opts or --tags), 0 when not, -1 on
 * a missing value. */
static int option(const char *cmd, int argc, char **argv, int *i, const tt_tagcli_option *opts,
		  tt_tagcli_args *a)
{
	const char *v;
	int m = tt_tagcli_opt(cmd, argc, argv, i, "--tags", &v);
	if (m == 1) {
		a->tags = tt_xrealloc(a->tags, (a->ntags + 1) * sizeof *a->tags);
		a->tags[a->ntags++] = v;
	}
	for (size_t k = 0; m == 0 && opts[k].name; k++)
		m = match(cmd, argc, argv, i, &opts[k]);
	return m;
}

int tt_tagcli_parse(const char *cmd, int argc, char **argv, const tt_tagcli_option *opts,
		    tt_tagcli_args *a)
{
	for (int i = 1; i < argc; i++) {
		int m = option(cmd, argc, argv, &i, opts, a);
		if (m < 0)
			return EX_USAGE;
		if (m > 0)
			continue;
		if (argv[i][0] == '-' && argv[i][1])
			return tt_usage_error(cmd, "unknown option '%s'", argv[i]);
		if (a->thread)
			return tt_usage_error(cmd, "more than one thread given ('%s')", argv[i]);
		a->thread = argv[i];
	}
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
	fwrite(out, 1, len, stdout);
	free(out);
	return 0;
}
