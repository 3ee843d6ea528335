/* project: an annotation study as a folder — its file, its threads and its annotators. */
#include "threadtag/project.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "threadtag/exitcodes.h"
#include "threadtag/fsutil.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

int tt_project_is(const char *path)
{
	struct stat st;
	char *f = tt_xasprintf("%s/%s", path, TT_PROJECT_FILE);
	int yes = stat(path, &st) == 0 && S_ISDIR(st.st_mode) && stat(f, &st) == 0;
	free(f);
	return yes;
}

int tt_project_annotator_ok(const char *name, const char **why)
{
	const char *w = NULL;
	if (!name || !*name)
		w = "an annotator needs a name";
	else if (!strcmp(name, ".") || !strcmp(name, ".."))
		w = "an annotator cannot be called '.' or '..'";
	else if (strchr(name, '/'))
		w = "an annotator's name cannot hold '/'";
	else if (name[0] == '.')
		w = "an annotator's name cannot start with '.'";
	else if (!strcmp(name, TT_PROJECT_GOLD))
		w = "'" TT_PROJECT_GOLD "' is the adjudicated store, not an annotator";
	else
		for (const unsigned char *p = (const unsigned char *)name; *p; p++)
			if (*p < 0x20 || *p == 0x7f)
				w = "an annotator's name cannot hold control characters";
	if (why)
		*why = w;
	return w == NULL;
}

/* ---- init ---- */

static int mkdir_in(const char *dir, const char *sub, tt_error *err)
{
	char *p = tt_xasprintf("%s/%s", dir, sub);
	int rc = mkdir(p, 0777);
	if (rc < 0 && errno != EEXIST) {
		tt_error_set(err, p, 0, 0, "cannot create the folder: %s", strerror(errno));
		free(p);
		return -1;
	}
	free(p);
	return 0;
}

/* The base name of a folder path, for the default project name. */
static char *base_name(const char *dir)
{
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	size_t s = n;
	while (s > 0 && dir[s - 1] != '/')
		s--;
	return tt_xstrndup(dir + s, n - s);
}

static char *project_yaml(const char *name, int with_scheme)
{
	tt_yemit *e = tt_yemit_new();
	tt_yemit_map_start(e, 0);
	tt_yemit_kv_int(e, "threadtag-project", 1);
	tt_yemit_kv(e, "name", name);
	if (with_scheme)
		tt_yemit_kv(e, "scheme", "scheme.yaml");
	tt_yemit_raw(e, "blind");
	tt_yemit_raw(e, "false");
	tt_yemit_map_end(e);
	char *out = NULL;
	size_t len;
	int rc = tt_yemit_finish(e, &out, &len);
	tt_yemit_free(e);
	return rc < 0 ? NULL : out;
}

static int write_file(const char *path, const char *data, size_t len, tt_error *err, int *exit_out)
{
	if (tt_write_atomic(path, data, len) == 0)
		return 0;
	int e = errno;
	*exit_out =
	    e == EACCES || e == ENOENT || e == ENOTDIR || e == EROFS ? EX_CANTCREAT : EX_IOERR;
	return tt_error_set(err, path, 0, 0, "cannot write: %s", strerror(e));
}

/* Copies the scheme file into the project after checking it loads. */
static int copy_scheme(const char *dir, const char *scheme, tt_error *err, int *exit_out)
{
	size_t len;
	char *data = tt_read_file(scheme, &len);
	if (!data) {
		*exit_out = tt_exit_for_errno(errno);
		return tt_error_set(err, scheme, 0, 0, "%s", strerror(errno));
	}
	char *dst = tt_xasprintf("%s/scheme.yaml", dir);
	int rc = write_file(dst, data, len, err, exit_out);
	free(dst);
	free(data);
	return rc;
}

int tt_project_init(const char *dir, const char *scheme, const char *name, tt_error *err,
                    int *exit_out)
{
	*exit_out = EX_CANTCREAT;
	if (tt_project_is(dir)) {
		*exit_out = EX_DATAERR;
		return tt_error_set(err, dir, 0, 0, "already a project (%s exists)",
		                    TT_PROJECT_FILE);
	}
	if (mkdir(dir, 0777) < 0 && errno != EEXIST)
		return tt_error_set(err, dir, 0, 0, "cannot create the folder: %s",
		                    strerror(errno));
	if (mkdir_in(dir, "threads", err) < 0 || mkdir_in(dir, "tags", err) < 0)
		return -1;
	if (scheme && copy_scheme(dir, scheme, err, exit_out) < 0)
		return -1;
	char *base = base_name(dir);
	char *yaml = project_yaml(name ? name : base, scheme != NULL);
	free(base);
	if (!yaml) {
		*exit_out = EX_DATAERR;
		return tt_error_set(err, dir, 0, 0, "the project name cannot be written as YAML");
	}
	char *path = tt_xasprintf("%s/%s", dir, TT_PROJECT_FILE);
	int rc = write_file(path, yaml, strlen(yaml), err, exit_out);
	free(path);
	free(yaml);
	return rc;
}

/* ---- open ---- */

struct pload {
	tt_project *p;
	tt_yreader *r;
	tt_error *err;
};

/* A path in the project file, taken relative to the project folder. */
static char *resolve(const char *dir, const char *v)
{
	return v[0] == '/' ? tt_xstrdup(v) : tt_xasprintf("%s/%s", dir, v);
}

/* One "key: value" of the project file; the value event is read here. */
static int read_key(struct pload *L, const tt_yevent *k)
{
	tt_yevent v;
	char key[32];
	snprintf(key, sizeof key, "%s", k->value);
	if (tt_yreader_next(L->r, &v, L->err) < 0)
		return -1;
	if (v.type != TT_Y_SCALAR)
		return tt_yreader_fail(L->r, &v, L->err, "'%s' takes a single value, found %s", key,
		                       tt_yevent_kind(&v, NULL));
	tt_project *p = L->p;
	long long n;
	if (!strcmp(key, "threadtag-project")) {
		if (!v.plain || tt_yscalar_long(&v, &n) < 0 || n != 1)
			return tt_yreader_fail(L->r, &v, L->err,
			                       "this project file is of version %s; this threadtag "
			                       "reads version 1",
			                       tt_text_safe(v.value));
	} else if (!strcmp(key, "name")) {
		free(p->name);
		p->name = tt_xstrdup(v.value);
	} else if (!strcmp(key, "scheme") || !strcmp(key, "guideline")) {
		char **slot = key[0] == 's' ? &p->scheme : &p->guideline;
		free(*slot);
		*slot = v.value[0] ? resolve(p->dir, v.value) : NULL;
	} else if (!strcmp(key, "target")) {
		free(p->target);
		p->target = tt_xstrdup(v.value);
	} else if (!strcmp(key, "blind")) {
		if (!v.plain || tt_yscalar_bool(&v, &p->blind) < 0)
			return tt_yreader_fail(L->r, &v, L->err,
			                       "'blind' is true or false, found '%s'",
			                       tt_text_safe(v.value));
	} else {
		return tt_yreader_fail(L->r, k, L->err,
		                       "unknown key '%s' (known: threadtag-project, name, scheme, "
		                       "guideline, target, blind)",
		                       tt_text_safe(key));
	}
	return 0;
}

static int read_project_file(tt_project *p, const char *path, tt_error *err, int *exit_out)
{
	int eno = 0;
	tt_yreader *r = tt_yreader_open_file(path, 16, err, &eno);
	if (!r) {
		*exit_out = eno ? tt_exit_for_errno(eno) : EX_DATAERR;
		return -1;
	}
	struct pload L = {p, r, err};
	tt_yevent ev;
	int rc = tt_yreader_next(r, &ev, err);
	if (rc == 0 && ev.type != TT_Y_MAP_START)
		rc = tt_yreader_fail(r, &ev, err, "a project file is a mapping, found %s",
		                     tt_yevent_kind(&ev, NULL));
	while (rc == 0 && (rc = tt_yreader_next(r, &ev, err)) == 0 && ev.type != TT_Y_MAP_END) {
		if (ev.type != TT_Y_SCALAR)
			rc = tt_yreader_fail(r, &ev, err, "expected a key, found %s",
			                     tt_yevent_kind(&ev, NULL));
		else
			rc = read_key(&L, &ev);
	}
	tt_yreader_close(r);
	*exit_out = EX_DATAERR;
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void push(char ***v, size_t *n, char *s)
{
	*v = tt_xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = s;
}

static int is_thread_name(const char *n)
{
	size_t l = strlen(n);
	return n[0] != '.' &&
	       ((l > 5 && !strcmp(n + l - 5, ".yaml")) || (l > 4 && !strcmp(n + l - 4, ".yml")));
}

/* Thread files under threads/ (a missing folder is an empty project). */
static void list_threads(tt_project *p)
{
	char *d = tt_xasprintf("%s/threads", p->dir);
	DIR *dp = opendir(d);
	struct dirent *de;
	while (dp && (de = readdir(dp)))
		if (is_thread_name(de->d_name))
			push(&p->threads, &p->nthreads, tt_xasprintf("%s/%s", d, de->d_name));
	if (dp)
		closedir(dp);
	free(d);
	if (p->nthreads) /* qsort wants an array, even of nothing */
		qsort(p->threads, p->nthreads, sizeof *p->threads, cmp_str);
}

/* Annotator folders under tags/; a bad name or two names equal but for case
 * are refused: on a case-insensitive file system they would be one folder. */
static int list_annotators(tt_project *p, tt_error *err)
{
	char *d = tt_xasprintf("%s/tags", p->dir);
	DIR *dp = opendir(d);
	struct dirent *de;
	int rc = 0;
	while (dp && (de = readdir(dp))) {
		const char *why;
		struct stat st;
		char *sub = tt_xasprintf("%s/%s", d, de->d_name);
		int dir = stat(sub, &st) == 0 && S_ISDIR(st.st_mode);
		free(sub);
		if (!dir || !strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") ||
		    !strcmp(de->d_name, TT_PROJECT_GOLD))
			continue;
		if (!tt_project_annotator_ok(de->d_name, &why) && rc == 0)
			rc = tt_error_set(err, d, 0, 0, "folder '%s': %s", tt_text_safe(de->d_name),
			                  why);
		push(&p->annotators, &p->nannotators, tt_xstrdup(de->d_name));
	}
	if (dp)
		closedir(dp);
	if (p->nannotators)
		qsort(p->annotators, p->nannotators, sizeof *p->annotators, cmp_str);
	for (size_t i = 0; rc == 0 && i < p->nannotators; i++)
		for (size_t j = i + 1; rc == 0 && j < p->nannotators; j++)
			if (!strcasecmp(p->annotators[i], p->annotators[j]))
				rc = tt_error_set(
				    err, d, 0, 0,
				    "annotators '%s' and '%s' differ only in case: rename "
				    "one of the folders",
				    tt_text_safe(p->annotators[i]), tt_text_safe(p->annotators[j]));
	free(d);
	return rc;
}

tt_project *tt_project_open(const char *dir, tt_error *err, int *exit_out)
{
	tt_project *p = tt_xcalloc(1, sizeof *p);
	size_t n = strlen(dir);
	while (n > 1 && dir[n - 1] == '/')
		n--;
	p->dir = tt_xstrndup(dir, n);
	p->name = base_name(p->dir);
	char *file = tt_xasprintf("%s/%s", p->dir, TT_PROJECT_FILE);
	int rc = read_project_file(p, file, err, exit_out);
	free(file);
	if (rc == 0) {
		list_threads(p);
		rc = list_annotators(p, err);
		*exit_out = EX_DATAERR;
	}
	if (rc < 0) {
		tt_project_free(p);
		return NULL;
	}
	*exit_out = 0;
	return p;
}

static void free_list(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void tt_project_free(tt_project *p)
{
	if (!p)
		return;
	free(p->dir);
	free(p->name);
	free(p->scheme);
	free(p->guideline);
	free(p->target);
	free_list(p->threads, p->nthreads);
	free_list(p->annotators, p->nannotators);
	free(p);
}

char *tt_project_store_path(const tt_project *p, const char *annotator, const char *thread_id)
{
	tt_buf b = {0};
	tt_buf_printf(&b, "%s/tags/", p->dir);
	tt_path_component(&b, annotator);
	tt_buf_addc(&b, '/');
	tt_path_component(&b, thread_id);
	tt_buf_adds(&b, ".yaml");
	return b.data;
}

tt_tagstore *tt_project_store_open(const tt_project *p, const char *annotator, const tt_thread *t,
                                   int *bad)
{
	char *path = tt_project_store_path(p, annotator, t->id);
	char *journal = tt_xasprintf("%s.journal", path);
	struct stat st;
	tt_tagstore *s = NULL;
	if (stat(path, &st) == 0 || stat(journal, &st) == 0) {
		tt_tagstore_opts o = {
		    .path = path, .annotator = annotator, .readonly = 1, .scheme_path = p->scheme};
		tt_error err;
		int eno = 0;
		s = tt_tagstore_open(t, &o, &err, &eno);
		if (!s) {
			tt_error_print(&err);
			++*bad;
		}
	}
	free(journal);
	free(path);
	return s;
}

tt_scheme *tt_project_scheme(const tt_project *p)
{
	if (!p->scheme)
		return tt_scheme_default();
	tt_error err;
	tt_scheme *s = tt_scheme_load(p->scheme, &err);
	if (!s)
		tt_error_print(&err);
	return s;
}

/* Names each tag of s whose value sc lacks. Dimensions are matched by name,
 * as a store made without the project's scheme holds its own. */
static size_t check_store(const tt_scheme *sc, const tt_tagstore *s, const tt_thread *t)
{
	const tt_scheme *own = tt_tagstore_scheme(s);
	size_t n = 0;
	for (size_t i = 0; i < tt_tagstore_count(s); i++) {
		const tt_tag *g = tt_tagstore_at(s, i);
		for (size_t d = 0; d < own->ndims; d++) {
			int pd = tt_scheme_dim_index(sc, own->dims[d].name);
			if (!g->values[d] ||
			    (pd >= 0 && tt_scheme_value_index(sc, (size_t)pd, g->values[d]) >= 0))
				continue;
			fprintf(
			    stderr,
			    "threadtag: %s: thread %s, comment %s, annotator %s: %s '%s' is not "
			    "in the project's scheme (put it back in the scheme, or retag)\n",
			    tt_text_safe(tt_tagstore_path(s)), tt_text_safe(t->id),
			    tt_text_safe(g->item), tt_text_safe(tt_tagstore_annotator(s)),
			    tt_text_safe(own->dims[d].name), tt_text_safe(g->values[d]));
			n++;
		}
	}
	return n;
}

static size_t check_thread(const tt_project *p, const tt_scheme *sc, const tt_thread *t)
{
	size_t n = 0;
	int bad = 0;
	for (size_t a = 0; a < p->nannotators; a++) {
		tt_tagstore *s = tt_project_store_open(p, p->annotators[a], t, &bad);
		if (!s)
			continue;
		if (tt_tagstore_unknown(s))
			n += check_store(sc, s, t);
		tt_tagstore_close(s, NULL);
	}
	return n;
}

/* Does the summary of thread i count values the scheme lacks? Summaries that
 * did not load were reported already by whoever gathered them. */
static int may_miss(const tt_project *p, const tt_project_summaries *sum, size_t i)
{
	if (!sum)
		return 1;
	if (i >= sum->n || !sum->v[i].loaded)
		return 0;
	for (size_t a = 0; a < p->nannotators; a++)
		if (sum->v[i].stores[a].unknown)
			return 1;
	return 0;
}

size_t tt_project_scheme_check(const tt_project *p, const tt_scheme *sc,
                               const tt_project_summaries *sum)
{
	size_t n = 0;
	for (size_t i = 0; i < p->nthreads; i++) {
		if (!may_miss(p, sum, i))
			continue;
		tt_error err;
		int eno = 0;
		tt_thread *t = tt_thread_load(p->threads[i], &err, &eno);
		if (!t)
			continue; /* the caller's own walk reports it, and goes on */
		n += check_thread(p, sc, t);
		tt_thread_free(t);
	}
	return n;
}

size_t tt_project_scheme_check_all(const tt_project *p, const tt_scheme *sc)
{
	tt_project_summaries *sum = tt_project_summaries_get(p, sc);
	size_t n = tt_project_scheme_check(p, sc, sum);
	tt_project_summaries_free(sum, p);
	return n;
}
