/* cmd_tag: `threadtag tag` sets items' tags from a script or a file, as durably as the view. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/cmd.h"
#include "threadtag/exitcodes.h"
#include "threadtag/tagcli.h"
#include "threadtag/text.h"
#include "threadtag/tagfrom.h"
#include "threadtag/xalloc.h"

static void tag_help(void)
{
	printf("usage: threadtag tag THREAD --id ID [--stance VALUE] [--reply VALUE]\n"
	       "                     [--set DIM=VALUE] [--label L]... [--unlabel L]...\n"
	       "                     [--note TEXT] [--clear] [--tags FILE] [--annotator NAME]\n"
	       "                     [--state STATE [--reason TEXT]] [--scheme FILE]\n"
	       "       threadtag tag THREAD --from FILE.csv|FILE.jsonl [--tags FILE] ...\n\n"
	       "Set the tags of one item of THREAD: a comment id, @article, or @article/N\n"
	       "for the article's Nth paragraph. Values given replace the item's values;\n"
	       "labels are added (--unlabel removes); --clear starts from an empty tag, so\n"
	       "--clear alone removes the item's tags. The change is on disk when the\n"
	       "command returns. An unknown id, value or label changes nothing (exit 65).\n"
	       "Several --id are one change: all of them are saved, or none.\n\n"
	       "  --id ID           the item to tag (repeat to tag several alike)\n"
	       "  --from FILE       tags for many items, one per row of a CSV file (a header\n"
	       "                    row: id, dimensions, labels as 'a;b', note, state,\n"
	       "                    reason, clear) or\n"
	       "                    per line of a JSON Lines file; each row is saved whole\n"
	       "                    or not at all, and a report says how many were\n"
	       "  --stance VALUE    the stance (default scheme: favor, against, neutral,\n"
	       "                    unclear, off-topic); 'none' unsets it\n"
	       "  --reply VALUE     a reply's relation to its parent (agree, disagree,\n"
	       "                    neutral); 'none' unsets it\n"
	       "  --set DIM=VALUE   a value of any dimension of the scheme\n"
	       "  --label L         add a label (sarcasm, question, insult, ...)\n"
	       "  --unlabel L       remove a label\n"
	       "                    applied (exit 65 when one was refused)\n"
	       "  --note TEXT       the item's note ('' removes it)\n"
	       "  --state STATE     skipped, flagged (for discussion), unsure, or none\n"
	       "  --reason TEXT     why the state (with --state; '' for none)\n"
	       "  --clear           drop the item's tags first\n"
	       "  --tags FILE       the tag store (default: under $XDG_DATA_HOME/threadtag/tags)\n"
	       "  --annotator NAME  who tags (default: the config, then the login name)\n"
	       "  --scheme FILE     the scheme (default: the one in the store, or built in)\n");
}

struct tag_args {
	const char *thread, *tags, *annotator, *scheme, *note, *from, *state, *reason;
	const char **ids, **sets, **labels, **unlabels;
	size_t nids, nsets, nlabels, nunlabels;
	const char **owned; /* "stance=VALUE" strings made from --stance and --reply */
	size_t nowned;
	int clear;
};

static void push(const char ***v, size_t *n, const char *s)
{
	*v = tt_xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = s;
}

static void free_args(struct tag_args *a)
{
	free(a->ids);
	free(a->sets);
	free(a->labels);
	free(a->unlabels);
	for (size_t k = 0; k < a->nowned; k++)
		free((char *)a->owned[k]);
	free(a->owned);
}

static void push_dim(struct tag_args *a, const char *dim, const char *v)
{
	char *s = tt_xasprintf("%s=%s", dim, v);
	push(&a->owned, &a->nowned, s);
	push(&a->sets, &a->nsets, s);
}

enum {
	OPT_ID = 256,
	OPT_STANCE,
	OPT_REPLY,
	OPT_SET,
	OPT_LABEL,
	OPT_UNLABEL,
	OPT_NOTE,
	OPT_CLEAR,
	OPT_TAGS,
	OPT_ANNOTATOR,
	OPT_SCHEME,
	OPT_FROM,
	OPT_STATE,
	OPT_REASON
};

static const struct option tag_options[] = {
    {"id", required_argument, NULL, OPT_ID},
    {"stance", required_argument, NULL, OPT_STANCE},
    {"reply", required_argument, NULL, OPT_REPLY},
    {"set", required_argument, NULL, OPT_SET},
    {"label", required_argument, NULL, OPT_LABEL},
    {"unlabel", required_argument, NULL, OPT_UNLABEL},
    {"note", required_argument, NULL, OPT_NOTE},
    {"clear", no_argument, NULL, OPT_CLEAR},
    {"tags", required_argument, NULL, OPT_TAGS},
    {"annotator", required_argument, NULL, OPT_ANNOTATOR},
    {"scheme", required_argument, NULL, OPT_SCHEME},
    {"from", required_argument, NULL, OPT_FROM},
    {"state", required_argument, NULL, OPT_STATE},
    {"reason", required_argument, NULL, OPT_REASON},
    {"help", no_argument, NULL, 'h'},
    {0},
};

/* Stores one option's value; returns 0, or 64 for an option it does not know. */
static int take(struct tag_args *a, int c, char **argv)
{
	switch (c) {
	case OPT_ID:
		push(&a->ids, &a->nids, optarg);
		break;
	case OPT_STANCE:
		push_dim(a, "stance", optarg);
		break;
	case OPT_REPLY:
		push_dim(a, "reply", optarg);
		break;
	case OPT_SET:
		push(&a->sets, &a->nsets, optarg);
		break;
	case OPT_LABEL:
		push(&a->labels, &a->nlabels, optarg);
		break;
	case OPT_UNLABEL:
		push(&a->unlabels, &a->nunlabels, optarg);
		break;
	case OPT_NOTE:
		a->note = optarg;
		break;
	case OPT_CLEAR:
		a->clear = 1;
		break;
	case OPT_TAGS:
		a->tags = optarg;
		break;
	case OPT_ANNOTATOR:
		a->annotator = optarg;
		break;
	case OPT_SCHEME:
		a->scheme = optarg;
		break;
	case OPT_FROM:
		a->from = optarg;
		break;
	case OPT_STATE:
		a->state = optarg;
		break;
	case OPT_REASON:
		a->reason = optarg;
		break;
	default:
		return tt_tagcli_option_error("tag", argv, c);
	}
	return 0;
}

/* Returns 0, TT_TAGCLI_HELP, or 64 after a usage message. */
static int parse(struct tag_args *a, int argc, char **argv)
{
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", tag_options, NULL)) != -1) {
		if (c == 'h')
			return TT_TAGCLI_HELP;
		if (take(a, c, argv))
			return EX_USAGE;
	}
	if (optind < argc)
		a->thread = argv[optind++];
	if (optind < argc)
		return tt_usage_error("tag", "more than one thread given ('%s')", argv[optind]);
	if (!a->thread)
		return tt_usage_error("tag", "no thread file given");
	if (a->from && (a->nids || a->nsets || a->nlabels || a->nunlabels || a->note || a->clear ||
	                a->state || a->reason))
		return tt_usage_error("tag", "--from takes the items and their tags from the file; "
		                             "give no --id or tag options with it");
	if (a->from)
		return 0;
	if (!a->nids)
		return tt_usage_error("tag", "no item given (--id ID)");
	if (!a->nsets && !a->nlabels && !a->nunlabels && !a->note && !a->clear && !a->state)
		return tt_usage_error("tag", "nothing to set (--stance, --reply, --set, --label, "
		                             "--unlabel, --note, --state or --clear)");
	if (a->state && strcmp(a->state, "none") && !tt_tag_state_valid(a->state))
		return tt_usage_error("tag",
		                      "--state is skipped, flagged, unsure or none, not '%s'",
		                      tt_text_safe(a->state));
	if (a->reason && !a->state)
		return tt_usage_error("tag", "--reason goes with --state");
	for (size_t k = 0; k < a->nsets; k++)
		if (!strchr(a->sets[k], '=') || a->sets[k][0] == '=')
			return tt_usage_error("tag", "--set needs DIM=VALUE, found '%s'",
			                      a->sets[k]);
	return 0;
}

static int has_label(const tt_tag *t, const char *l)
{
	for (size_t i = 0; i < t->nlabels; i++)
		if (!strcmp(t->labels[i], l))
			return 1;
	return 0;
}

/* The item's tag after the command: its current tag changed by the options. */
static int build(tt_tagstore *s, const struct tag_args *a, const char *item, tt_tag *out,
		 const char **values, const char **labels)
{
	const tt_scheme *sc = tt_tagstore_scheme(s);
	const tt_tag *cur = a->clear ? NULL : tt_tagstore_get(s, item);
	memset(out, 0, sizeof *out);
	out->item = item;
	out->values = values;
	out->labels = labels;
	for (size_t d = 0; d < sc->ndims; d++)
		values[d] = cur ? cur->values[d] : NULL;
	for (size_t k = 0; k < a->nsets; k++) {
		const char *eq = strchr(a->sets[k], '=');
		char *dim = tt_xstrndup(a->sets[k], (size_t)(eq - a->sets[k]));
		int d = tt_scheme_dim_index(sc, dim);
		if (d < 0)
			fprintf(stderr, "threadtag: %s: the scheme has no dimension '%s'\n",
				tt_text_safe(a->thread), tt_text_safe(dim));
		free(dim);
		if (d < 0)
			return EX_DATAERR;
		values[d] = strcmp(eq + 1, "none") ? eq + 1 : NULL;
		if (values[d] && tt_scheme_value_index(sc, (size_t)d, values[d]) < 0) {
			fprintf(stderr, "threadtag: %s: '%s' is not a value of '%s'\n",
				tt_text_safe(a->thread), tt_text_safe(values[d]),
				tt_text_safe(sc->dims[d].name));
			return EX_DATAERR;
		}
	}
	for (size_t i = 0; cur && i < cur->nlabels; i++)
		labels[out->nlabels++] = cur->labels[i];
	for (size_t k = 0; k < a->nlabels; k++)
		if (!has_label(out, a->labels[k]))
			labels[out->nlabels++] = a->labels[k];
	for (size_t k = 0; k < a->nunlabels; k++)
		for (size_t i = 0; i < out->nlabels; i++)
			if (!strcmp(labels[i], a->unlabels[k]))
				labels[i--] = labels[--out->nlabels];
	out->note = a->note ? a->note : cur ? cur->note : NULL;
	out->state = a->state ? a->state : cur ? cur->state : NULL;
	out->reason = a->state ? a->reason : cur ? cur->reason : NULL;
	return 0;
}

static int check_items(tt_tagstore *s, const struct tag_args *a)
{
	for (size_t k = 0; k < a->nids; k++)
		if (!tt_tagstore_item_valid(s, a->ids[k])) {
			fprintf(stderr, "threadtag: %s: no comment with id '%s'\n",
				tt_text_safe(a->thread), tt_text_safe(a->ids[k]));
			return EX_DATAERR;
		}
	return 0;
}

/* Validates every item first, so a bad one leaves the store untouched; the
 * items are then saved as one journal record: all of them, or none. */
static int apply_all(tt_tagstore *s, const struct tag_args *a)
{
	const tt_scheme *sc = tt_tagstore_scheme(s);
	tt_tag *tags = tt_xcalloc(a->nids, sizeof *tags);
	const char ***values = tt_xcalloc(a->nids, sizeof *values);
	const char ***labels = tt_xcalloc(a->nids, sizeof *labels);
	int rc = check_items(s, a);
	for (size_t k = 0; rc == 0 && k < a->nids; k++) {
		const tt_tag *cur = tt_tagstore_get(s, a->ids[k]);
		values[k] = tt_xcalloc(sc->ndims + 1, sizeof **values);
		labels[k] = tt_xcalloc((cur ? cur->nlabels : 0) + a->nlabels + 1, sizeof **labels);
		rc = build(s, a, a->ids[k], &tags[k], values[k], labels[k]);
		}
	tt_error err;
	if (rc == 0 && tt_tagstore_put_many(s, tags, a->nids, &err) < 0) {
			rc = errno == EINVAL ? EX_DATAERR : EX_IOERR;
		tt_error_print(&err);
		if (rc == EX_IOERR)
			fprintf(stderr, "threadtag: %s: nothing was changed\n",
			        tt_tagstore_path(s));
		}
	for (size_t k = 0; k < a->nids; k++) {
		free(values[k]);
		free(labels[k]);
	}
	free(values);
	free(labels);
	free(tags);
	return rc;
}

/* Prints a refusal of row r: "FILE:LINE:COL: msg". Returns 65. */
static int row_refused(const char *file, const tt_tagrow *r, const char *msg)
{
	tt_error e;
	tt_error_set(&e, file, r->line, r->col, "%s", msg);
	tt_error_print(&e);
	return EX_DATAERR;
}

/* The tag row r asks for, from the item's current one: values named are
 * replaced (empty or "none" unsets), labels and note replaced when given. */
static int row_tag(tt_tagstore *s, const char *file, const tt_tagrow *r, tt_tag *out,
                   const char **values)
{
	const tt_scheme *sc = tt_tagstore_scheme(s);
	const tt_tag *cur = r->clear ? NULL : tt_tagstore_get(s, r->id);
	memset(out, 0, sizeof *out);
	out->item = r->id;
	out->values = values;
	for (size_t d = 0; d < sc->ndims; d++)
		values[d] = cur ? cur->values[d] : NULL;
	out->labels = r->has_labels ? r->labels : cur ? cur->labels : NULL;
	out->nlabels = r->has_labels ? r->nlabels : cur ? cur->nlabels : 0;
	out->note = cur ? cur->note : NULL;
	out->state = cur ? cur->state : NULL;
	out->reason = cur ? cur->reason : NULL;
	for (size_t k = 0; k < r->n; k++) {
		const char *v = r->vals[k] && strcmp(r->vals[k], "none") ? r->vals[k] : NULL;
		int d = tt_scheme_dim_index(sc, r->keys[k]);
		if (!strcmp(r->keys[k], "note")) {
			out->note = r->vals[k];
		} else if (!strcmp(r->keys[k], "state") && v && !tt_tag_state_valid(v)) {
			char *msg = tt_xasprintf("'%s' is not a state (skipped, flagged, unsure, "
			                         "none)",
			                         v);
			row_refused(file, r, msg);
			free(msg);
			return EX_DATAERR;
		} else if (!strcmp(r->keys[k], "state")) {
			out->state = v;
		} else if (!strcmp(r->keys[k], "reason")) {
			out->reason = r->vals[k];
		} else if (d >= 0) {
			values[d] = v;
		} else {
			char *msg = tt_xasprintf("the scheme has no dimension '%s'", r->keys[k]);
			row_refused(file, r, msg);
			free(msg);
			return EX_DATAERR;
		}
	}
	return 0;
}

/* Applies one row as one change. 0, 65 (refused, said why) or 74 (I/O). */
static int apply_row(tt_tagstore *s, const char *file, const tt_tagrow *r)
{
	if (r->bad) {
		tt_error_print(&r->err);
		return EX_DATAERR;
	}
	if (!r->id)
		return row_refused(file, r, "the row has no id");
	if (!tt_tagstore_item_valid(s, r->id)) {
		char *msg = tt_xasprintf("no comment with id '%s' in the thread", r->id);
		row_refused(file, r, msg);
		free(msg);
		return EX_DATAERR;
	}
	const char **values = tt_xcalloc(tt_tagstore_scheme(s)->ndims + 1, sizeof *values);
	tt_tag tag;
	tt_error err;
	int rc = row_tag(s, file, r, &tag, values);
	if (rc == 0 && tt_tagstore_put(s, &tag, &err) < 0) {
		rc = errno == EINVAL ? row_refused(file, r, err.msg) : EX_IOERR;
		if (rc == EX_IOERR)
			tt_error_print(&err);
	}
	free(values);
	return rc;
}

/* tag --from: each row is one journal record, so a row is saved whole or not
 * at all; refused rows are reported and the others still applied. An I/O
 * error stops the run. */
static int apply_rows(tt_tagstore *s, const struct tag_args *a)
{
	tt_error err;
	int eno = 0;
	tt_tagrows *rows = tt_tagfrom_load(a->from, &err, &eno);
	if (!rows) {
		tt_error_print(&err);
		return eno ? tt_exit_for_errno(eno) : EX_DATAERR;
	}
	size_t applied = 0, refused = 0, n = tt_tagrows_count(rows), i;
	int rc = 0;
	for (i = 0; rc != EX_IOERR && i < n; i++) {
		rc = apply_row(s, a->from, tt_tagrows_at(rows, i));
		rc ? refused++ : applied++;
	}
	if (rc == EX_IOERR)
		refused--;
	printf("%zu row%s applied, %zu refused", applied, applied == 1 ? "" : "s", refused);
	if (rc == EX_IOERR)
		printf(", 1 not saved (I/O error), %zu not tried", n - i);
	printf("\n");
	tt_tagrows_free(rows);
	return rc == EX_IOERR ? EX_IOERR : refused ? EX_DATAERR : 0;
}

int tt_cmd_tag(int argc, char **argv)
{
	struct tag_args a = {0};
	int rc = parse(&a, argc, argv);
	if (rc == TT_TAGCLI_HELP) {
		free_args(&a);
		return tag_help(), 0;
	}
	tt_thread *t = NULL;
	tt_tagstore *s = NULL;
	if (rc == 0)
		rc = tt_tagcli_thread_ids(a.thread, &t); /* ids are all tag checks */
	if (rc == 0)
		rc = a.from ? tt_tagcli_store(t, a.tags, a.annotator, a.scheme, 0, 0, &s)
		            : tt_tagcli_store_items(t, a.tags, a.annotator, a.scheme, a.ids, a.nids,
		                                    &s);
	if (rc == 0 && tt_tagstore_readonly(s)) {
		fprintf(stderr, "threadtag: %s: another threadtag holds the lock; nothing changed\n",
			tt_text_safe(tt_tagstore_path(s)));
		rc = EX_TEMPFAIL;
	}
	if (rc == 0)
		rc = a.from ? apply_rows(s, &a) : apply_all(s, &a);
	tt_error err;
	if (s && tt_tagstore_close(s, &err) < 0) {
		tt_error_print(&err);
		rc = rc ? rc : EX_IOERR;
	}
	tt_thread_free(t);
	free_args(&a);
	return rc;
}
