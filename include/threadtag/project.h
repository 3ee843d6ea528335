/* project: an annotation study as a folder of threads and per-annotator tag stores. */
#ifndef THREADTAG_PROJECT_H
#define THREADTAG_PROJECT_H

#include <stddef.h>

#include "threadtag/agree.h"
#include "threadtag/tagstore.h"
#include "threadtag/thread.h"
#include "threadtag/yaml_io.h"

/* The file that makes a folder a project, and the folders inside it. */
#define TT_PROJECT_FILE "threadtag-project.yaml"
#define TT_PROJECT_GOLD "gold"

typedef struct tt_project {
	char *dir;       /* the project folder as given, without a trailing '/' */
	char *name;      /* "name:", else the folder's base name */
	char *scheme;    /* scheme file (resolved against dir), NULL: the built-in one */
	char *guideline; /* guideline file (resolved against dir), or NULL */
	char *target;    /* what stance is taken toward, or NULL */
	int blind;       /* annotators never see each other's tags */
	char **threads;  /* thread files under threads/, sorted by name */
	size_t nthreads;
	char **annotators; /* folders under tags/ (gold excluded), sorted */
	size_t nannotators;
} tt_project;

/* Is path a folder holding a project file? */
int tt_project_is(const char *path);

/* Creates DIR (if needed) with its project file, threads/ and tags/. scheme,
 * when given, is copied into the project as scheme.yaml so the project is
 * whole on its own. Refuses a folder that is already a project. 0, or -1 +
 * err and *exit_out (an exit code). */
int tt_project_init(const char *dir, const char *scheme, const char *name, tt_error *err,
                    int *exit_out);

/* Loads the project file and lists threads and annotators. Unknown keys, bad
 * annotator folder names and two annotator folders differing only in case are
 * refused (NULL + err; *exit_out 65, or 66 when the folder or file is missing). */
tt_project *tt_project_open(const char *dir, tt_error *err, int *exit_out);
void tt_project_free(tt_project *p);

/* Is name usable as an annotator (a folder name in tags/): not empty, no '/',
 * not "." or "..", no controls, not the gold store's name? why gets a reason. */
int tt_project_annotator_ok(const char *name, const char **why);

/* DIR/tags/ANNOTATOR/THREAD-ID.yaml, the thread id made one path component.
 * Caller frees. */
char *tt_project_store_path(const tt_project *p, const char *annotator, const char *thread_id);

/* Opens annotator's store of thread t read-only, or NULL when there is none.
 * A store that fails to load is reported on stderr and counted in *bad. */
tt_tagstore *tt_project_store_open(const tt_project *p, const char *annotator, const tt_thread *t,
                                   int *bad);

/* The project's scheme, or the built-in one; NULL after a message on stderr. */
tt_scheme *tt_project_scheme(const tt_project *p);

/* ---- per-thread summaries, cached (src/project_cache.c) ---- */

/* One annotator's store of one thread. */
typedef struct tt_project_store_summary {
	int exists;       /* a store or a journal is there */
	int pending;      /* a journal not yet folded into the store */
	size_t tagged;    /* comments with a tag */
	size_t skipped, flagged; /* items in that state */
	size_t other_scheme;     /* tags made under another version of the scheme */
	size_t unknown;          /* values and labels the project's scheme lacks */
	long long *times; /* when each tag was last changed, seconds since the epoch */
	size_t ntimes;
} tt_project_store_summary;

/* What a thread list and `status` show of one thread file. */
typedef struct tt_project_summary {
	char *file;       /* its name in threads/ */
	int loaded;       /* 0: the file did not load (reported); nothing below is set */
	char *id, *title; /* title "" when there is none */
	size_t ncomments;
	tt_project_store_summary *stores; /* per annotator, in tt_project.annotators order */
	tt_agree_alpha_parts *alpha;      /* per scheme dimension, over the comments */
	size_t disagree; /* comments given different values of the first dimension */
} tt_project_summary;

typedef struct tt_project_summaries {
	tt_project_summary *v; /* one per thread file, in tt_project.threads order */
	size_t n;
	size_t ndims;   /* the scheme's dimensions: the length of each alpha */
	size_t rebuilt; /* entries computed afresh (the rest came from the cache) */
	size_t bad;     /* files that failed to load, each reported on stderr */
} tt_project_summaries;

/* The summary of every thread of p under scheme. Entries come from the cache
 * under $XDG_CACHE_HOME/threadtag/projects/ when the thread file, each store,
 * each journal and the scheme file still have the size, mtime and inode they
 * had; others are rebuilt and the cache rewritten. A cache that cannot be read
 * is ignored; one that cannot be written is skipped (it is only a cache). */
tt_project_summaries *tt_project_summaries_get(const tt_project *p, const tt_scheme *scheme);
void tt_project_summaries_free(tt_project_summaries *s, const tt_project *p);

/* The cache file of p (whether it exists or not). Caller frees. */
char *tt_project_cache_path(const tt_project *p);

/* Tags in annotators' stores that use a value sc no longer has (a scheme
 * edit removed a value in use): each is named on stderr (store, thread,
 * comment, annotator, dimension and value) and counted; the stores are only
 * read. With summaries (of p under sc), only the threads whose summaries
 * count unknown values are loaded; without, every thread. A thread that
 * fails to load is skipped (the caller's walk reports it). Commands over a project
 * refuse (exit 65) when this is not 0, so no tag is dropped or miscounted. */
size_t tt_project_scheme_check(const tt_project *p, const tt_scheme *sc,
                               const tt_project_summaries *sum);
/* The same for a command without summaries of its own: they are gathered
 * (from the cache when current), so only stores holding values the scheme
 * lacks are read. */
size_t tt_project_scheme_check_all(const tt_project *p, const tt_scheme *sc);

#endif
