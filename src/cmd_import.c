/* cmd_import: `threadtag import` turns a saved page or forum JSON into a thread file. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "threadtag/cmd.h"
#include "threadtag/error.h"
#include "threadtag/exitcodes.h"
#include "threadtag/import.h"
#include "threadtag/tagcli.h"
#include "threadtag/thread_yaml.h"

static void import_help(void)
{
	printf("usage: threadtag import [OPTIONS] INPUT [-o OUT]\n\n"
	       "Turn a page saved as text, Reddit JSON or Hacker News JSON into a thread\n"
	       "file, written to standard output or OUT. INPUT '-' reads standard input.\n\n"
	       "  --from KIND        text, reddit, hn or auto (the default: decided from\n"
	       "                     the content, not the file name)\n"
	       "  -o, --output OUT   write OUT (atomically; nothing is written on failure)\n"
	       "  --encoding ENC     of a text capture: auto (default), utf-8,\n"
	       "                     windows-1252, latin1\n"
	       "  --title TEXT       the article's title, instead of the one found\n"
	       "  --author NAME      the article's author\n"
	       "  --site NAME        the site or forum it comes from\n"
	       "  --url URL          where it was published\n"
	       "  --published DATE   when (parsed into ISO 8601 where recognisable)\n\n"
	       "Exit 0 on success, 64 bad usage, 65 input that cannot be imported,\n"
	       "66 missing input, 73 output that cannot be created, 74 I/O error.\n");
}

struct args {
	struct tt_import_opts o;
	const char *input, *output;
	const char *kind, *encoding; /* as given, checked by set_enum */
};

/* Options that take a value: where each one goes. */
static const char **value_slot(struct args *A, const char *opt)
{
	if (!strcmp(opt, "--from"))
		return &A->kind;
	if (!strcmp(opt, "--encoding"))
		return &A->encoding;
	if (!strcmp(opt, "-o") || !strcmp(opt, "--output"))
		return &A->output;
	if (!strcmp(opt, "--title"))
		return &A->o.title;
	if (!strcmp(opt, "--author"))
		return &A->o.author;
	if (!strcmp(opt, "--site"))
		return &A->o.site;
	if (!strcmp(opt, "--url"))
		return &A->o.url;
	if (!strcmp(opt, "--published"))
		return &A->o.published;
	return NULL;
}

static int set_enum(struct args *A, const char *opt, const char *val)
{
	if (!strcmp(opt, "--from")) {
		int k = tt_import_kind_parse(val);
		if (k < 0)
			return tt_usage_error("import",
			                      "unknown --from '%s' (text, reddit, hn, auto)", val);
		A->o.kind = (enum tt_import_kind)k;
	} else if (!strcmp(opt, "--encoding")) {
		int e = tt_import_encoding_parse(val);
		if (e < 0)
			return tt_usage_error("import",
			                      "unknown --encoding '%s' (auto, utf-8, windows-1252, "
			                      "latin1)",
			                      val);
		A->o.encoding = (enum tt_import_encoding)e;
	}
	return 0;
}

/* Returns -1 to continue, or an exit code. */
static int take_input(struct args *A, const char *a)
{
	if (A->input)
		return tt_usage_error("import", "more than one input ('%s' and '%s')", A->input, a);
	A->input = a;
	return -1;
}

/* Returns -1 to go on, or an exit code. Options may be written --opt=value. */
static int parse_args(struct args *A, int argc, char **argv)
{
	int only_inputs = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int rc = -1;
		if (only_inputs || a[0] != '-' || !a[1]) {
			rc = take_input(A, a);
		} else if (!strcmp(a, "--")) {
			only_inputs = 1;
		} else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			return import_help(), 0;
		} else {
			char opt[32];
			const char *eq = a[1] == '-' ? strchr(a, '=') : NULL;
			size_t n = eq ? (size_t)(eq - a) : strlen(a);
			snprintf(opt, sizeof opt, "%.*s",
			         (int)(n < sizeof opt ? n : sizeof opt - 1), a);
			const char **slot = n < sizeof opt ? value_slot(A, opt) : NULL;
			if (!slot)
				return tt_usage_error("import", "unknown option '%s'", a);
			const char *val = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
			if (!val)
				return tt_usage_error("import", "option '%s' needs a value", opt);
			*slot = val;
			rc = set_enum(A, opt, val);
			if (rc == 0)
				rc = -1;
		}
		if (rc >= 0)
			return rc;
	}
	if (!A->input)
		return tt_usage_error("import", "no input given (a file, or - for standard input)");
	return -1;
}

int tt_cmd_import(int argc, char **argv)
{
	struct args A = {0};
	int rc = parse_args(&A, argc, argv);
	if (rc >= 0)
		return rc;
	tt_error err;
	int eno = 0;
	tt_thread *t = tt_import_file(A.input, &A.o, &err, &eno);
	if (!t) {
		tt_error_print(&err);
		return eno ? tt_exit_for_errno(eno) : EX_DATAERR;
	}
	const char *out = A.output ? A.output : "-";
	if (tt_tagcli_save_thread(t, out) < 0) {
		rc = tt_error_errno(out, errno, 1);
		tt_thread_free(t);
		return rc;
	}
	tt_thread_free(t);
	return 0;
}
