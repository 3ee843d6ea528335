/* cmd_project: `threadtag init`, `status` and `gold` over a project folder. */
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "threadtag/agree.h"
#include "threadtag/cmd.h"
#include "threadtag/exitcodes.h"
#include "threadtag/fsutil.h"
#include "threadtag/project.h"
#include "threadtag/tagcli.h"
#include "threadtag/tagstore.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

/* ---- init ---- */

static void init_help(void)
{
	printf("usage: threadtag init DIR [--scheme FILE] [--name NAME]\n\n"
	       "Make DIR an annotation project: DIR/%s, DIR/threads/ for thread\n"
	       "files and DIR/tags/ANNOTATOR/ for each annotator's tags (see doc/project.md).\n\n"
	       "  --scheme FILE   copy this scheme into the project (default: the built-in one)\n"
	       "  --name NAME     the project's name (default: the folder's name)\n\n"
	       "Exit 0 on success, 64 bad usage, 65 already a project, 66 missing scheme,\n"
	       "73 cannot create.\n",
	       TT_PROJECT_FILE);
}

int tt_cmd_init(int argc, char **argv)
{
	static const struct option opts[] = {{"scheme", required_argument, NULL, 's'},
	                                     {"name", required_argument, NULL, 'n'},
	                                     {"help", no_argument, NULL, 'h'},
	                                     {0}};
	const char *scheme = NULL, *name = NULL;
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return init_help(), 0;
		if (c == '?' || c == ':')
			return tt_tagcli_option_error("init", argv, c);
		*(c == 's' ? &scheme : &name) = optarg;
	}
	if (optind + 1 != argc)
		return tt_usage_error("init", "give one folder");
	if (scheme) {
		tt_error err;
		tt_scheme *s = tt_scheme_load(scheme, &err);
		if (!s) {
			tt_error_print(&err);
			return access(scheme, F_OK) == 0 ? EX_DATAERR : EX_NOINPUT;
		}
		tt_scheme_free(s);
	}
	tt_error err;
	int rc;
	if (tt_project_init(argv[optind], scheme, name, &err, &rc) < 0) {
		tt_error_print(&err);
		return rc;
	}
	printf("threadtag: made the project %s (import threads into %s/threads)\n",
	       tt_text_safe(argv[optind]), tt_text_safe(argv[optind]));
	return 0;
}

/* ---- walking a project: each thread with every annotator's store ---- */

struct walk {
	tt_project *p;
	tt_thread *t;         /* the current thread */
	tt_tagstore **stores; /* one per annotator, NULL where it has no store */
	const char *file;     /* the current thread file */
};

static tt_tagstore *open_store(struct walk *w, const char *annotator, int *bad)
{
	return tt_project_store_open(w->p, annotator, w->t, bad);
}

static void close_stores(struct walk *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (w->stores[i])
			tt_tagstore_close(w->stores[i], NULL);
}

/* Calls fn for every thread that loads; returns the number of files that did
 * not (each reported). */
static int walk_project(struct walk *w, void (*fn)(struct walk *w, void *arg), void *arg)
{
	int bad = 0;
	size_t na = w->p->nannotators;
	w->stores = tt_xcalloc(na ? na : 1, sizeof *w->stores);
	for (size_t i = 0; i < w->p->nthreads; i++) {
		tt_error err;
		int eno = 0;
		w->file = w->p->threads[i];
		w->t = tt_thread_load(w->file, &err, &eno);
		if (!w->t) {
			tt_error_print(&err);
			bad++;
			continue;
		}
		for (size_t a = 0; a < na; a++)
			w->stores[a] = open_store(w, w->p->annotators[a], &bad);
		fn(w, arg);
		close_stores(w, na);
		tt_thread_free(w->t);
		w->t = NULL;
	}
	free(w->stores);
	return bad;
}

static tt_project *open_project(const char *cmd, const char *dir)
{
	tt_error err;
	int rc;
	if (!tt_project_is(dir)) {
		fprintf(stderr,
		        "threadtag %s: %s: not a project folder (no %s; make one with "
		        "'threadtag init')\n",
		        cmd, tt_text_safe(dir), TT_PROJECT_FILE);
		return NULL;
	}
	tt_project *p = tt_project_open(dir, &err, &rc);
	if (!p)
		tt_error_print(&err);
	return p;
}

/* ---- status ---- */

struct ann_total {
	size_t tagged, total, pending;
	size_t skipped, flagged, other_scheme;
	double active_s; /* seconds between consecutive tags less than 30 min apart */
	long long *times;
	size_t ntimes;
};

struct status {
	const tt_project *p;
	tt_project_summaries *sum;
	char **stores; /* the store file names the project's threads have */
	size_t nstores;
	char **orphans; /* tags/NAME/FILE of stores no thread has, kept and reported */
	size_t norphans;
	const tt_scheme *scheme;
	struct ann_total *ann;
	tt_agree_alpha_parts *alpha; /* per dimension, summed over the threads */
};

/* Totals per annotator and per dimension, from the threads' summaries. */
static void status_totals(struct status *S)
{
	const tt_project *p = S->p;
	for (size_t i = 0; i < S->sum->n; i++) {
		const tt_project_summary *T = &S->sum->v[i];
		if (!T->loaded)
			continue;
		tt_buf name = {0};
		tt_path_component(&name, T->id);
		tt_buf_adds(&name, ".yaml");
		S->stores = tt_xrealloc(S->stores, (S->nstores + 1) * sizeof *S->stores);
		S->stores[S->nstores++] = name.data;
		for (size_t a = 0; a < p->nannotators; a++) {
			const tt_project_store_summary *st = &T->stores[a];
			struct ann_total *A = &S->ann[a];
			A->tagged += st->exists ? st->tagged : 0;
			A->total += T->ncomments;
			A->pending += (size_t)st->pending;
			A->skipped += st->skipped;
			A->flagged += st->flagged;
			A->other_scheme += st->other_scheme;
			A->times =
			    tt_xrealloc(A->times, (A->ntimes + st->ntimes + 1) * sizeof *A->times);
			if (st->ntimes)
				memcpy(A->times + A->ntimes, st->times,
				       st->ntimes * sizeof *A->times);
			A->ntimes += st->ntimes;
		}
		for (size_t d = 0; d < S->scheme->ndims; d++) {
			S->alpha[d].same += T->alpha[d].same;
			S->alpha[d].n += T->alpha[d].n;
			for (size_t k = 0; k < S->alpha[d].ncats; k++)
				S->alpha[d].totals[k] += T->alpha[d].totals[k];
		}
	}
}

static int cmp_time(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return (x > y) - (x < y);
}

/* Time spent tagging: the gaps between consecutive tags, leaving out breaks
 * of half an hour or more (a tag after a break counts as starting afresh). */
static double active_seconds(struct ann_total *A)
{
	if (A->ntimes)
		qsort(A->times, A->ntimes, sizeof *A->times, cmp_time);
	double s = 0;
	for (size_t i = 1; i < A->ntimes; i++) {
		double gap = (double)(A->times[i] - A->times[i - 1]);
		if (gap < 1800)
			s += gap;
	}
	return s;
}

static tt_agree_value alpha_of(const struct status *S, size_t d)
{
	return tt_agree_alpha_from_parts(&S->alpha[d]);
}

static int known_store(const struct status *S, const char *file)
{
	for (size_t i = 0; i < S->nstores; i++)
		if (!strcmp(S->stores[i], file))
			return 1;
	return 0;
}

/* Stores under tags/NAME/ whose thread is not in threads/: a thread file
 * removed or renamed. They are never deleted; status names them. */
static void find_orphans(struct status *S, const tt_project *p, const char *annotator)
{
	char *dir = tt_xasprintf("%s/tags/%s", p->dir, annotator);
	DIR *dp = opendir(dir);
	struct dirent *de;
	while (dp && (de = readdir(dp))) {
		size_t n = strlen(de->d_name);
		if (n < 6 || strcmp(de->d_name + n - 5, ".yaml") || known_store(S, de->d_name))
			continue;
		S->orphans = tt_xrealloc(S->orphans, (S->norphans + 1) * sizeof *S->orphans);
		S->orphans[S->norphans++] = tt_xasprintf("tags/%s/%s", annotator, de->d_name);
	}
	if (dp)
		closedir(dp);
	free(dir);
}

static void print_status_text(const struct status *S, const tt_project *p)
{
	size_t na = p->nannotators;
	printf("project %s: %zu threads, %zu annotators\n\n", tt_text_safe(p->name), p->nthreads,
	       na);
	for (size_t i = 0; i < S->sum->n; i++) {
		const tt_project_summary *r = &S->sum->v[i];
		if (!r->loaded)
			continue;
		printf("%s  (%zu comments)  %s\n", tt_text_safe(r->file), r->ncomments,
		       tt_text_safe(r->title));
		for (size_t a = 0; a < na; a++)
			if (r->stores[a].exists)
				printf("  %-16s %zu/%zu tagged%s\n", tt_text_safe(p->annotators[a]),
				       r->stores[a].tagged, r->ncomments,
				       r->stores[a].pending ? "  (journal not folded in)" : "");
	}
	printf("\nannotators:\n");
	for (size_t a = 0; a < na; a++) {
		const struct ann_total *A = &S->ann[a];
		printf("  %-16s %zu/%zu tagged", tt_text_safe(p->annotators[a]), A->tagged,
		       A->total);
		if (A->active_s > 0)
			printf(", %.0f tags/hour", (double)A->ntimes / (A->active_s / 3600));
		if (A->pending)
			printf(", %zu journal%s not folded in (threadtag compact)", A->pending,
			       A->pending == 1 ? "" : "s");
		if (A->skipped || A->flagged)
			printf(", %zu skipped, %zu flagged", A->skipped, A->flagged);
		if (A->other_scheme)
			printf(", %zu tag%s made under an older scheme", A->other_scheme,
			       A->other_scheme == 1 ? "" : "s");
		printf("\n");
	}
	for (size_t i = 0; i < S->norphans; i++)
		printf("%s%s: no thread in threads/ has this store (kept)\n", i ? "" : "\n",
		       tt_text_safe(S->orphans[i]));
	printf("\nagreement so far (Krippendorff's alpha, items coded by two or more):\n");
	for (size_t d = 0; d < S->scheme->ndims; d++) {
		char buf[96];
		tt_agree_value v = alpha_of(S, d);
		tt_agree_format(v, 3, buf, sizeof buf);
		printf("  %-16s %s\n", tt_text_safe(S->scheme->dims[d].name), buf);
	}
}

static void yaml_alpha(tt_yemit *e, tt_agree_value v)
{
	tt_yemit_map_start(e, 1);
	if (v.defined) {
		char num[32];
		snprintf(num, sizeof num, "%.6f", v.value);
		tt_yemit_raw(e, "alpha");
		tt_yemit_raw(e, num);
	} else {
		tt_yemit_raw(e, "alpha");
		tt_yemit_raw(e, "null");
		tt_yemit_kv(e, "why", v.why_undefined);
	}
	tt_yemit_kv_int(e, "pairable", (long long)v.n);
	tt_yemit_map_end(e);
}

static void yaml_threads(tt_yemit *e, const struct status *S, const tt_project *p)
{
	tt_yemit_str(e, "threads", TT_YS_PLAIN);
	tt_yemit_seq_start(e, 0);
	for (size_t i = 0; i < S->sum->n; i++) {
		const tt_project_summary *r = &S->sum->v[i];
		if (!r->loaded)
			continue;
		tt_yemit_map_start(e, 0);
		tt_yemit_kv(e, "file", r->file);
		tt_yemit_kv(e, "title", r->title);
		tt_yemit_kv_int(e, "comments", (long long)r->ncomments);
		tt_yemit_str(e, "annotators", TT_YS_PLAIN);
		tt_yemit_map_start(e, 0);
		for (size_t a = 0; a < p->nannotators; a++) {
			if (!r->stores[a].exists)
				continue;
			tt_yemit_str(e, p->annotators[a], TT_YS_ANY);
			tt_yemit_map_start(e, 1);
			tt_yemit_kv_int(e, "tagged", (long long)r->stores[a].tagged);
			tt_yemit_raw(e, "journal_pending");
			tt_yemit_raw(e, r->stores[a].pending ? "true" : "false");
			tt_yemit_kv_int(e, "skipped", (long long)r->stores[a].skipped);
			tt_yemit_kv_int(e, "flagged", (long long)r->stores[a].flagged);
			tt_yemit_kv_int(e, "other_scheme", (long long)r->stores[a].other_scheme);
			tt_yemit_map_end(e);
		}
		tt_yemit_map_end(e);
		tt_yemit_map_end(e);
	}
	tt_yemit_seq_end(e);
}

static int print_status_yaml(const struct status *S, const tt_project *p)
{
	tt_yemit *e = tt_yemit_new();
	tt_yemit_map_start(e, 0);
	tt_yemit_kv(e, "project", p->name);
	yaml_threads(e, S, p);
	tt_yemit_str(e, "annotators", TT_YS_PLAIN);
	tt_yemit_map_start(e, 0);
	for (size_t a = 0; a < p->nannotators; a++) {
		const struct ann_total *A = &S->ann[a];
		tt_yemit_str(e, p->annotators[a], TT_YS_ANY);
		tt_yemit_map_start(e, 0);
		tt_yemit_kv_int(e, "tagged", (long long)A->tagged);
		tt_yemit_kv_int(e, "total", (long long)A->total);
		tt_yemit_kv_int(e, "journals_pending", (long long)A->pending);
		tt_yemit_kv_int(e, "skipped", (long long)A->skipped);
		tt_yemit_kv_int(e, "flagged", (long long)A->flagged);
		tt_yemit_kv_int(e, "other_scheme", (long long)A->other_scheme);
		if (A->active_s > 0) {
			char num[32];
			snprintf(num, sizeof num, "%.1f", (double)A->ntimes / (A->active_s / 3600));
			tt_yemit_raw(e, "tags_per_hour");
			tt_yemit_raw(e, num);
		}
		tt_yemit_map_end(e);
	}
	tt_yemit_map_end(e);
	tt_yemit_str(e, "orphan_stores", TT_YS_PLAIN);
	tt_yemit_seq_start(e, 0);
	for (size_t i = 0; i < S->norphans; i++)
		tt_yemit_str(e, S->orphans[i], TT_YS_ANY);
	tt_yemit_seq_end(e);
	tt_yemit_str(e, "agreement", TT_YS_PLAIN);
	tt_yemit_map_start(e, 0);
	for (size_t d = 0; d < S->scheme->ndims; d++) {
		tt_yemit_str(e, S->scheme->dims[d].name, TT_YS_ANY);
		yaml_alpha(e, alpha_of(S, d));
	}
	tt_yemit_map_end(e);
	tt_yemit_map_end(e);
	return tt_tagcli_print_yaml(e, "status");
}

static void status_free(struct status *S, size_t na)
{
	for (size_t i = 0; i < S->nstores; i++)
		free(S->stores[i]);
	free(S->stores);
	for (size_t i = 0; i < S->norphans; i++)
		free(S->orphans[i]);
	free(S->orphans);
	for (size_t a = 0; a < na; a++)
		free(S->ann[a].times);
	free(S->ann);
	for (size_t d = 0; d < S->scheme->ndims; d++)
		free(S->alpha[d].totals);
	free(S->alpha);
}

/* Everything status shows: the threads' summaries, then the totals over them. */
static void status_gather(struct status *S, tt_project *p)
{
	size_t na = p->nannotators;
	S->p = p;
	S->ann = tt_xcalloc(na ? na : 1, sizeof *S->ann);
	S->alpha = tt_xcalloc(S->scheme->ndims + 1, sizeof *S->alpha);
	for (size_t d = 0; d < S->scheme->ndims; d++) {
		S->alpha[d].ncats = S->scheme->dims[d].nvalues;
		S->alpha[d].totals = tt_xcalloc(S->alpha[d].ncats + 1, sizeof(long));
	}
	S->sum = tt_project_summaries_get(p, S->scheme);
	status_totals(S);
	for (size_t a = 0; a < na; a++) {
		S->ann[a].active_s = active_seconds(&S->ann[a]);
		find_orphans(S, p, p->annotators[a]);
	}
	find_orphans(S, p, TT_PROJECT_GOLD);
}

static void status_help(void)
{
	printf("usage: threadtag status DIR [--format text|yaml]\n\n"
	       "Progress of an annotation project: per thread and annotator the comments\n"
	       "tagged, per annotator totals and tags per hour, agreement so far\n"
	       "(Krippendorff's alpha over the comments two or more annotators coded), and\n"
	       "journals not yet folded into their stores. The YAML keys are described in\n"
	       "doc/project.md.\n\n"
	       "Exit 0, 64 bad usage, 65 a bad project or store, 66 no such project.\n");
}

/* DIR and --format of status/gold style commands. Returns -1 or an exit code. */
static int parse_dir_format(const char *cmd, int argc, char **argv, const char **format,
                            void (*help)(void))
{
	static const struct option opts[] = {
	    {"format", required_argument, NULL, 'f'}, {"help", no_argument, NULL, 'h'}, {0}};
	int c;
	optind = 0;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return help(), 0;
		if (c == '?' || c == ':')
			return tt_tagcli_option_error(cmd, argv, c);
		*format = optarg;
	}
	if (strcmp(*format, "text") && strcmp(*format, "yaml"))
		return tt_usage_error(cmd, "unknown format '%s' (text or yaml)",
		                      tt_text_safe(*format));
	if (optind + 1 != argc)
		return tt_usage_error(cmd, "give one project folder");
	return -1;
}

int tt_cmd_status(int argc, char **argv)
{
	const char *format = "text";
	int rc = parse_dir_format("status", argc, argv, &format, status_help);
	if (rc >= 0)
		return rc;
	tt_project *p = open_project("status", argv[optind]);
	if (!p)
		return tt_project_is(argv[optind]) ? EX_DATAERR : EX_NOINPUT;
	struct status S = {.scheme = tt_project_scheme(p)};
	if (!S.scheme) {
		tt_project_free(p);
		return EX_DATAERR;
	}
	size_t na = p->nannotators;
	status_gather(&S, p);
	int bad = (int)S.sum->bad;
	if (tt_project_scheme_check(p, S.scheme, S.sum))
		rc = EX_DATAERR; /* refused: counts would leave those tags out */
	else if (!strcmp(format, "yaml"))
		rc = print_status_yaml(&S, p);
	else
		print_status_text(&S, p), rc = 0;
	status_free(&S, na);
	tt_project_summaries_free(S.sum, p);
	tt_scheme_free((tt_scheme *)S.scheme);
	tt_project_free(p);
	if (fflush(stdout) != 0 || ferror(stdout))
		return EX_IOERR;
	return bad ? EX_DATAERR : rc;
}

/* ---- gold ---- */

enum gold_rule { RULE_UNANIMOUS, RULE_MAJORITY };

struct gold {
	enum gold_rule rule;
	const char *out; /* -o STORE, or NULL */
	const tt_scheme *scheme;
	size_t written, remaining, kept;
	int failed;
};

/* The value the rule picks for dimension d of item id from the annotators'
 * stores, or NULL. *coded counts the annotators who gave one. */
static const char *decide(const struct gold *G, struct walk *w, const char *id, size_t d,
                          size_t *coded)
{
	size_t na = w->p->nannotators, best = 0;
	const char *pick = NULL;
	*coded = 0;
	for (size_t a = 0; a < na; a++) {
		const tt_tag *tag = w->stores[a] ? tt_tagstore_get(w->stores[a], id) : NULL;
		const char *v =
		    tag && d < tt_tagstore_scheme(w->stores[a])->ndims ? tag->values[d] : NULL;
		if (!v)
			continue;
		++*coded;
		size_t same = 0;
		for (size_t b = 0; b < na; b++) {
			const tt_tag *o = w->stores[b] ? tt_tagstore_get(w->stores[b], id) : NULL;
			if (o && d < tt_tagstore_scheme(w->stores[b])->ndims && o->values[d] &&
			    !strcmp(o->values[d], v))
				same++;
		}
		if (same > best)
			best = same, pick = v;
	}
	if (*coded < 2)
		return NULL; /* one annotator's word is not a gold label */
	if (G->rule == RULE_UNANIMOUS)
		return best == *coded ? pick : NULL;
	return 2 * best > *coded ? pick : NULL;
}

/* Prints an item the rule left open: where it is and what each annotator said. */
static void print_open(struct walk *w, const tt_comment *c)
{
	char first[61] = "";
	if (c->body.n)
		snprintf(first, sizeof first, "%s", c->body.v[0]);
	size_t n = strlen(first);
	while (n > 0 && ((unsigned char)first[n] & 0xC0) == 0x80)
		first[--n] = '\0'; /* never half a character */
	printf("%s\t%s\t%s\t%s", tt_text_safe(w->file), tt_text_safe(c->id),
	       tt_text_safe(c->author ? c->author : "?"), tt_text_safe(first));
	for (size_t a = 0; a < w->p->nannotators; a++) {
		const tt_tag *tag = w->stores[a] ? tt_tagstore_get(w->stores[a], c->id) : NULL;
		printf("\t%s=%s", tt_text_safe(w->p->annotators[a]),
		       tag && tag->values[0] ? tt_text_safe(tag->values[0]) : "-");
	}
	printf("\n");
}

/* The gold store: -o STORE, else the project's tags/gold/THREAD-ID.yaml,
 * else (a thread without a project) the default store of annotator "gold". */
static tt_tagstore *open_gold(struct walk *w, const struct gold *G)
{
	char *path = G->out      ? tt_xstrdup(G->out)
	             : w->p->dir ? tt_project_store_path(w->p, TT_PROJECT_GOLD, w->t->id)
	                         : tt_tagstore_default_path(w->t->id, TT_PROJECT_GOLD);
	tt_tagstore_opts o = {
	    .path = path, .annotator = TT_PROJECT_GOLD, .scheme_path = w->p->scheme};
	tt_error err;
	int eno = 0;
	char *dir = tt_xstrdup(path);
	char *slash = strrchr(dir, '/');
	if (slash && slash != dir) {
		*slash = '\0';
		tt_mkdirs(dir);
	}
	free(dir);
	tt_tagstore *s = tt_tagstore_open(w->t, &o, &err, &eno);
	free(path);
	if (!s)
		tt_error_print(&err);
	else if (tt_tagstore_readonly(s)) {
		fprintf(stderr, "threadtag gold: %s: %s\n", tt_text_safe(tt_tagstore_path(s)),
		        tt_text_safe(tt_tagstore_notice(s)));
		tt_tagstore_close(s, NULL);
		s = NULL;
	}
	return s;
}

/* Decides one comment: all of its coded dimensions must meet the rule. */
static void gold_comment(struct gold *G, struct walk *w, tt_tagstore *gs, const tt_comment *c)
{
	size_t nd = G->scheme->ndims, any = 0, coded;
	const char **vals = tt_xcalloc(nd ? nd : 1, sizeof *vals);
	int open = 0;
	for (size_t d = 0; d < nd; d++) {
		vals[d] = decide(G, w, c->id, d, &coded);
		any += coded;
		if (coded && !vals[d])
			open = 1;
	}
	if (!any) {
		free(vals);
		return;
	}
	if (open) {
		G->remaining++;
		print_open(w, c);
	} else if (tt_tagstore_get(gs, c->id)) {
		G->kept++; /* an adjudicator's decision stands */
	} else {
		tt_tag tag = {.item = c->id, .values = vals};
		tt_error err;
		if (tt_tagstore_put(gs, &tag, &err) < 0) {
			tt_error_print(&err);
			G->failed = 1;
		} else {
			G->written++;
		}
	}
	free(vals);
}

static void gold_thread(struct walk *w, void *arg)
{
	struct gold *G = arg;
	if (G->failed)
		return;
	tt_tagstore *gs = open_gold(w, G);
	if (!gs) {
		G->failed = 1;
		return;
	}
	for (size_t i = 0; i < w->t->ncomments && !G->failed; i++)
		gold_comment(G, w, gs, w->t->order[i]);
	tt_error err;
	if (tt_tagstore_close(gs, &err) < 0) {
		tt_error_print(&err);
		G->failed = 1;
	}
}

static void gold_help(void)
{
	printf("usage: threadtag gold DIR --rule unanimous|majority [-o STORE]\n"
	       "       threadtag gold THREAD --tags A --tags B... --rule ... [-o STORE]\n\n"
	       "Write into the gold store (DIR/tags/gold/THREAD-ID.yaml in a project,\n"
	       "else STORE or the default store of annotator 'gold') every comment\n"
	       "whose annotators meet the rule, and list the comments that remain, one\n"
	       "a line: thread file, comment id, author, first words, each annotator's\n"
	       "value, separated by tabs. A comment needs two or more annotators; one\n"
	       "already in the gold store is left as the adjudicator set it.\n\n"
	       "  --rule unanimous   every annotator who coded it gave the same value\n"
	       "  --rule majority    more than half of those who coded it agree\n\n"
	       "Exit 0, 64 bad usage, 65 a bad project or store, 66 no such project,\n"
	       "74 the gold store cannot be written.\n");
}

/* gold THREAD --tags A --tags B...: the same decisions over stores given by
 * hand, for a thread outside any project. */
static int gold_stores(struct gold *G, const char *thread, const tt_tagcli_args *cli)
{
	tt_thread *t = NULL;
	int rc = tt_tagcli_thread(thread, &t);
	if (rc)
		return rc;
	tt_project p = {.nannotators = cli->ntags};
	p.annotators = tt_xcalloc(cli->ntags, sizeof *p.annotators);
	struct walk w = {.p = &p, .t = t, .file = thread};
	w.stores = tt_xcalloc(cli->ntags, sizeof *w.stores);
	for (size_t i = 0; i < cli->ntags && rc == 0; i++) {
		rc = tt_tagcli_store(t, cli->tags[i], NULL, NULL, 1, 1, &w.stores[i]);
		if (rc == 0)
			p.annotators[i] = (char *)tt_tagstore_annotator(w.stores[i]);
	}
	if (rc == 0 && !(G->scheme = tt_scheme_copy(tt_tagstore_scheme(w.stores[0]))))
		rc = EX_SOFTWARE;
	if (rc == 0)
		gold_thread(&w, G);
	close_stores(&w, cli->ntags);
	tt_scheme_free((tt_scheme *)G->scheme);
	free(w.stores);
	free(p.annotators);
	tt_thread_free(t);
	return rc;
}

static int gold_project(struct gold *G, const char *dir)
{
	tt_project *p = open_project("gold", dir);
	if (!p)
		return tt_project_is(dir) ? EX_DATAERR : EX_NOINPUT;
	G->scheme = tt_project_scheme(p);
	if (!G->scheme || tt_project_scheme_check_all(p, G->scheme)) {
		tt_scheme_free((tt_scheme *)G->scheme);
		tt_project_free(p);
		return EX_DATAERR;
	}
	struct walk w = {.p = p};
	int bad = walk_project(&w, gold_thread, G);
	tt_scheme_free((tt_scheme *)G->scheme);
	tt_project_free(p);
	return bad ? EX_DATAERR : 0;
}

int tt_cmd_gold(int argc, char **argv)
{
	const char *rule = NULL, *out = NULL;
	const tt_tagcli_option opts[] = {{"--rule", &rule, NULL},
	                                 {"--output", &out, NULL},
	                                 {"-o", &out, NULL},
	                                 {NULL, NULL, NULL}};
	tt_tagcli_args cli = {0};
	int rc = tt_tagcli_parse("gold", argc, argv, opts, &cli);
	if (rc == TT_TAGCLI_HELP)
		gold_help(), rc = 0, cli.thread = NULL;
	else if (rc == 0 && (!rule || (strcmp(rule, "unanimous") && strcmp(rule, "majority"))))
		rc = tt_usage_error("gold", "give --rule unanimous or --rule majority");
	else if (rc == 0 && tt_project_is(cli.thread) && (cli.ntags || out))
		rc = tt_usage_error("gold", "a project names its own stores (tags/NAME/, "
		                            "tags/gold/): no --tags or -o with a folder");
	else if (rc == 0 && !tt_project_is(cli.thread) && cli.ntags < 2)
		rc = tt_usage_error("gold", "give a project folder, or a thread and two or more "
		                            "--tags stores");
	struct gold G = {.rule = rule && rule[0] == 'u' ? RULE_UNANIMOUS : RULE_MAJORITY,
	                 .out = out};
	if (rc == 0 && cli.thread)
		rc = cli.ntags ? gold_stores(&G, cli.thread, &cli) : gold_project(&G, cli.thread);
	if (rc == 0 && cli.thread)
		fprintf(stderr,
		        "threadtag gold: %zu written to the gold store, %zu already there, %zu "
		        "left to adjudicate\n",
		        G.written, G.kept, G.remaining);
	free(cli.tags);
	if (rc == 0 && (fflush(stdout) != 0 || ferror(stdout)))
		return EX_IOERR;
	return rc ? rc : G.failed ? EX_IOERR : 0;
}

/* ---- compact ---- */

static int journal_pending(struct walk *w, const char *annotator)
{
	char *path = tt_project_store_path(w->p, annotator, w->t->id);
	char *journal = tt_xasprintf("%s.journal", path);
	struct stat st;
	int yes = stat(journal, &st) == 0 && st.st_size > 0;
	free(journal);
	free(path);
	return yes;
}

struct compact {
	size_t folded, busy;
	int failed;
};

/* Folds one store's journal in; a store open in a viewer is left to it. */
static void compact_store(struct walk *w, struct compact *C, const char *annotator)
{
	if (!journal_pending(w, annotator))
		return;
	char *path = tt_project_store_path(w->p, annotator, w->t->id);
	tt_tagstore_opts o = {.path = path, .annotator = annotator, .scheme_path = w->p->scheme};
	tt_error err;
	int eno = 0;
	tt_tagstore *s = tt_tagstore_open(w->t, &o, &err, &eno);
	if (!s) {
		tt_error_print(&err);
		C->failed = 1;
	} else if (tt_tagstore_readonly(s)) {
		fprintf(stderr, "threadtag compact: %s: open in a viewer; left as it is\n",
		        tt_text_safe(path));
		C->busy++;
		tt_tagstore_close(s, NULL);
	} else if (tt_tagstore_compact(s, &err) < 0 || tt_tagstore_close(s, &err) < 0) {
		tt_error_print(&err);
		C->failed = 1;
	} else {
		C->folded++;
	}
	free(path);
}

static void compact_thread(struct walk *w, void *arg)
{
	for (size_t a = 0; a < w->p->nannotators; a++)
		compact_store(w, arg, w->p->annotators[a]);
	compact_store(w, arg, TT_PROJECT_GOLD);
}

static void compact_help(void)
{
	printf("usage: threadtag compact DIR\n\n"
	       "Fold every journal of the project's tag stores (each annotator's and the\n"
	       "gold store) into its store, so a commit holds whole stores only. A store\n"
	       "open in a viewer is left to it (the viewer folds it on quit).\n\n"
	       "Exit 0, 64 bad usage, 65 a bad project or store, 66 no such project,\n"
	       "74 a store cannot be written, 75 a store was open in a viewer.\n");
}

int tt_cmd_compact(int argc, char **argv)
{
	const char *format = "text";
	int rc = parse_dir_format("compact", argc, argv, &format, compact_help);
	if (rc >= 0)
		return rc;
	tt_project *p = open_project("compact", argv[optind]);
	if (!p)
		return tt_project_is(argv[optind]) ? EX_DATAERR : EX_NOINPUT;
	struct compact C = {0};
	struct walk w = {.p = p};
	int bad = walk_project(&w, compact_thread, &C);
	tt_project_free(p);
	printf("threadtag compact: %zu journal%s folded in", C.folded, C.folded == 1 ? "" : "s");
	if (C.busy)
		printf(", %zu store%s open in a viewer", C.busy, C.busy == 1 ? "" : "s");
	printf("\n");
	if (fflush(stdout) != 0 || ferror(stdout))
		return EX_IOERR;
	return C.failed ? EX_IOERR : bad ? EX_DATAERR : C.busy ? EX_TEMPFAIL : 0;
}
