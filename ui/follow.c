/* follow: a read-only viewer keeps up with the viewer that holds the tags, and takes over when it
 * leaves. */
#include "view.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/inotify.h>
#endif

#include "threadtag/tagstore.h"

/* What the files looked like at the last look: any difference means a write. */
struct stamp {
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime;
};

struct follow {
	int fd;      /* inotify on the store's folder, -1 when unavailable */
	int offered; /* the lock was seen free and the user told so */
	struct stamp store, journal;
};

static void take_stamp(const char *path, struct stamp *st)
{
	struct stat sb;

	memset(st, 0, sizeof *st);
	if (path && stat(path, &sb) == 0)
		*st = (struct stamp){sb.st_dev, sb.st_ino, sb.st_size, sb.st_mtim};
}

static int same_stamp(const struct stamp *a, const struct stamp *b)
{
	return a->dev == b->dev && a->ino == b->ino && a->size == b->size &&
	       a->mtime.tv_sec == b->mtime.tv_sec && a->mtime.tv_nsec == b->mtime.tv_nsec;
}

/* Starts watching the store's folder (the journal and the store are renamed and
 * unlinked there, so the folder is what stays). */
static struct follow *follow_start(struct view *v)
{
	struct follow *f = tt_xcalloc(1, sizeof *f);
	tt_tagstore *s = tags_store(v);

	f->fd = -1;
#ifdef __linux__
	if (!v->follow_by_stat) {
		char *dir = tt_xstrdup(tt_tagstore_path(s)), *slash = strrchr(dir, '/');
		if (slash)
			*(slash == dir ? slash + 1 : slash) = 0;
		f->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
		if (f->fd >= 0 &&
		    inotify_add_watch(f->fd, slash ? dir : ".",
		                      IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE |
		                          IN_MOVED_TO | IN_MOVED_FROM) < 0) {
			close(f->fd);
			f->fd = -1;
		}
		free(dir);
	}
#endif
	take_stamp(tt_tagstore_path(s), &f->store);
	take_stamp(tt_tagstore_journal_path(s), &f->journal);
	return f;
}

/* 1 when the store's files changed since the last look. inotify says so without
 * touching the disk; without it, two stat calls per tick. */
static int files_changed(struct view *v, struct follow *f)
{
	tt_tagstore *s = tags_store(v);
	struct stamp st, jn;
	int changed = 0;

#ifdef __linux__
	if (f->fd >= 0) {
		char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
		ssize_t n;
		while ((n = read(f->fd, buf, sizeof buf)) > 0)
			changed = 1; /* any event in the folder: a reread is cheap */
		return changed;
	}
#endif
	take_stamp(tt_tagstore_path(s), &st);
	take_stamp(tt_tagstore_journal_path(s), &jn);
	changed = !same_stamp(&st, &f->store) || !same_stamp(&jn, &f->journal);
	f->store = st;
	f->journal = jn;
	return changed;
}

void follow_stop(struct view *v)
{
	if (!v->follow)
		return;
	if (v->follow->fd >= 0)
		close(v->follow->fd);
	free(v->follow);
	v->follow = NULL;
}

int follow_tick(struct view *v)
{
	int rd = RD_NONE;
	char keys[32];

	if (!tags_readonly(v)) {
		follow_stop(v);
		return RD_NONE;
	}
	if (!v->follow) {
		v->follow = follow_start(v);
		return RD_NONE;
	}
	if (files_changed(v, v->follow)) {
		if (tags_reopen(v, 0) == 0)
			rd = RD_ALL;
		follow_stop(v); /* the files may be new ones: watch afresh */
		v->follow = follow_start(v);
	}
	if (!v->follow->offered && tags_locked_elsewhere(v) &&
	    tt_tagstore_lock_free(tags_store(v)) == 1) {
		v->follow->offered = 1;
		ui_keymap_keys(ACT_WRITABLE, keys, sizeof keys);
		keys[strcspn(keys, " ")] = 0;
		view_message(v, 0,
		             "The other threadtag has let go of these tags: %s makes this one "
		             "writable.",
		             keys);
		rd |= RD_STATUS;
	}
	return rd;
}

int follow_take_over(struct view *v)
{
	if (!v->tags) {
		view_message(v, 1, "No tag store is open: tagging is off.");
		return RD_STATUS;
	}
	if (!tags_readonly(v)) {
		view_message(v, 0, "The tags are already writable here.");
		return RD_STATUS;
	}
	if (tags_reopen(v, 1) < 0)
		return RD_ALL;
	if (tags_readonly(v)) {
		view_message(v, 1, "Still read-only: %s", tags_notice(v));
		return RD_ALL;
	}
	follow_stop(v);
	view_message(v, 0, "Writable: tags set here are saved.");
	return RD_ALL;
}
