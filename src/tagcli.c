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

int tt_tagcli_store(const tt_thread *t, const char *path, const char *annotator,
		    const char *scheme, int readonly, int must_exist, tt_tagstore **out)
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
	tt_tagstore_opts o = {
		.path = path, .annotator = annotator, .scheme_path = scheme, .readonly = readonly};
	tt_error err;
	int eno = 0;
	*out = tt_tagstore_open(t, &o, &err, &eno);
	tt_config_free(&cfg);
	if (!*out) {
		tt_error_print(&err);
		if (!eno)
			return EX_DATAERR;
		return eno == ENOENT || eno == EACCES ? (readonly ? EX_NOINPUT : EX_CANTCREAT)
						      : EX_IOERR;
	}
	if (!path && must_exist && !store_exists(tt_tagstore_path(*out))) {
		fprintf(stderr, "threadtag: %s: no tags yet (give --tags FILE or --annotator NAME)\n",
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
