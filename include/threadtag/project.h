/* project: an annotation study as a folder of threads and per-annotator tag stores. */
#ifndef THREADTAG_PROJECT_H
#define THREADTAG_PROJECT_H

#include <stddef.h>

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

#endif
