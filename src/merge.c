/* merge: the update of a fetched thread: fresh structure, old knowledge, nothing lost. */
#include "threadtag/merge.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/xalloc.h"

static const char *dup(tt_thread *t, const char *s)
{
	return tt_thread_strdup(t, s, (size_t)-1);
}

static void copy_strv(tt_thread *t, tt_strv *to, const tt_strv *from)
{
	for (size_t i = 0; i < from->n; i++)
		tt_strv_push(t, to, dup(t, from->v[i]));
}

static int same_text(const tt_strv *a, const tt_strv *b)
{
	if (a->n != b->n)
		return 0;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i], b->v[i]))
			return 0;
	return 1;
}

static void copy_article(tt_thread *t, const tt_article *from)
{
	tt_article *a = &t->article;
	a->title = dup(t, from->title);
	a->site = dup(t, from->site);
	a->section = dup(t, from->section);
	a->url = dup(t, from->url);
	a->author = dup(t, from->author);
	a->published = dup(t, from->published);
	a->time = dup(t, from->time);
	copy_strv(t, &a->keywords, &from->keywords);
	copy_strv(t, &a->body, &from->body);
}

/* A comment's copy in t, as the last reply of parent (NULL: top level); a
 * parent is always made before its replies. */
static tt_comment *copy_comment(tt_thread *t, const tt_thread *from_t, const tt_comment *from,
                                tt_comment *parent)
{
	tt_comment *c = tt_thread_add_comment(t, parent);
	const tt_comment_extra *x = tt_comment_extra_get(from_t, from);
	c->id = dup(t, from->id);
	c->author = dup(t, from->author);
	c->posted = dup(t, from->posted);
	c->time = dup(t, from->time);
	c->flags = from->flags & ~(unsigned)(TT_C_DERIVED_ID | TT_C_EXTRA);
	if (x->more || x->added || x->edited || x->previous.n) {
		tt_comment_extra *y = tt_comment_extra_set(t, c);
		y->more = x->more;
		y->added = dup(t, x->added);
		y->edited = dup(t, x->edited);
		copy_strv(t, &y->previous, &x->previous);
	}
	return c;
}

static void note_edit(struct tt_merge_stats *st, const char *id)
{
	st->edited_ids = tt_xrealloc(st->edited_ids, (st->edited + 1) * sizeof *st->edited_ids);
	st->edited_ids[st->edited++] = id;
}

/* A comment fresh has: its text and place from fresh, its history from old. */
static tt_comment *merge_one(tt_thread *t, const tt_thread *fresh, const tt_comment *f,
                             const tt_thread *old, const tt_comment *o, tt_comment *parent,
                             const char *when, struct tt_merge_stats *st)
{
	tt_comment *c = copy_comment(t, fresh, f, parent);
	if (!o) {
		tt_comment_extra_set(t, c)->added = dup(t, when);
		copy_strv(t, &c->body, &f->body);
		st->added++;
		return c;
	}
	const tt_comment_extra *ox = tt_comment_extra_get(old, o);
	if (ox->added || ox->edited || ox->previous.n || (c->flags & TT_C_EXTRA)) {
		tt_comment_extra *x = tt_comment_extra_set(t, c);
		x->added = dup(t, ox->added);
		x->edited = dup(t, ox->edited);
		copy_strv(t, &x->previous, &ox->previous);
	}
	if (f->flags & TT_C_DELETED) {
		/* Deleted at the source: keep what was read and tagged. */
		c->author = dup(t, o->author);
		copy_strv(t, &c->body, &o->body);
		st->deleted += !(o->flags & TT_C_DELETED);
	} else if (!same_text(&f->body, &o->body)) {
		tt_comment_extra *x = tt_comment_extra_set(t, c);
		copy_strv(t, &c->body, &f->body);
		x->previous = (tt_strv){0};
		copy_strv(t, &x->previous, &o->body);
		x->edited = dup(t, when);
		note_edit(st, c->id);
	} else {
		copy_strv(t, &c->body, &f->body);
	}
	return c;
}

tt_thread *tt_merge(const tt_thread *old, const tt_thread *fresh, const char *when,
                    struct tt_merge_stats *st, tt_error *err)
{
	memset(st, 0, sizeof *st);
	tt_thread *t = tt_thread_new();
	t->name = dup(t, old->name);
	t->id = dup(t, old->id ? old->id : fresh->id);
	t->source = dup(t, fresh->source ? fresh->source : old->source);
	t->source_url = dup(t, old->source_url ? old->source_url : fresh->source_url);
	t->fetched = dup(t, fresh->fetched);
	t->more = fresh->more;
	copy_article(t, &fresh->article);
	/* Each comment's copy by its place in fresh's and in old's preorder. */
	tt_comment **by_f = tt_xcalloc(fresh->ncomments + 1, sizeof *by_f);
	tt_comment **by_o = tt_xcalloc(old->ncomments + 1, sizeof *by_o);
	for (size_t i = 0; i < fresh->ncomments; i++) {
		const tt_comment *f = fresh->order[i];
		const tt_comment *o = tt_thread_find(old, f->id);
		tt_comment *c = merge_one(t, fresh, f, old, o, f->parent ? by_f[f->parent->index] : NULL,
		                          when, st);
		by_f[i] = c;
		if (o)
			by_o[o->index] = c;
	}
	/* Gone at the source: kept where they were (a parent gone too was made
	 * just before, as old's preorder puts it first), marked deleted. */
	for (size_t i = 0; i < old->ncomments; i++) {
		const tt_comment *o = old->order[i];
		if (tt_thread_find(fresh, o->id))
			continue;
		tt_comment *c = copy_comment(t, old, o, o->parent ? by_o[o->parent->index] : NULL);
		by_o[i] = c;
		copy_strv(t, &c->body, &o->body);
		if (!(o->flags & TT_C_DELETED))
			st->deleted++;
		c->flags |= TT_C_DELETED;
	}
	free(by_f);
	free(by_o);
	if (tt_thread_finish(t, err) < 0) {
		tt_thread_free(t);
		free(st->edited_ids);
		st->edited_ids = NULL;
		return NULL;
	}
	return t;
}
