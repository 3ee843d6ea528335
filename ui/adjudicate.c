/* adjudicate: the adjudication view — each annotator's tag, accepting one into the gold store. */
#include "adjudicate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/text.h"
#include "threadtag/xalloc.h"

struct ui_adjud {
	tt_adjud *A;                /* the caller's */
	size_t thread_no, nthreads; /* this thread of a project's; nthreads 0: a lone thread */
	size_t pos;                 /* the queue entry last visited */
	int accepting;              /* the accept key was pressed: the next key is a number */
	unsigned done_gen;          /* the store's generation done was counted at (0: never) */
	size_t done;                /* queue entries decided */
	enum adjud_leave leave;
};

/* The queue entry of comment c, or SIZE_MAX. */
static size_t queue_pos(const struct ui_adjud *J, const tt_comment *c)
{
	return c && J->A->entry ? J->A->entry[c->index] : SIZE_MAX;
}

static int decided(struct view *v, size_t pos)
{
	return tt_adjud_is_decided(v->adjud->A, tags_store(v),
	                           v->t->order[v->adjud->A->queue[pos]]->id);
}

static void select_pos(struct view *v, size_t pos)
{
	v->adjud->pos = pos;
	view_select(v, v->t->order[v->adjud->A->queue[pos]]);
}

void adjud_attach(struct view *v, tt_adjud *A, size_t thread_no, size_t nthreads)
{
	struct ui_adjud *J = tt_xcalloc(1, sizeof *J);

	J->A = A;
	J->thread_no = thread_no;
	J->nthreads = nthreads;
	v->adjud = J;
	review_free(v);
	review_adopt(v, A->names, A->stores, A->n, TT_PROJECT_GOLD);
	for (size_t i = 0; i < A->nqueue; i++)
		if (!decided(v, i)) {
			select_pos(v, i);
			break;
		}
}

void adjud_free(struct view *v)
{
	free(v->adjud);
	v->adjud = NULL;
}

enum adjud_leave adjud_leave(const struct view *v)
{
	return v->adjud ? v->adjud->leave : ADJ_QUIT;
}

/* Queue entries decided: counted again only after the gold store changed,
 * so a redraw costs the same however long the queue. */
static size_t decided_count(struct view *v)
{
	struct ui_adjud *J = v->adjud;
	unsigned gen = tags_generation(v);

	if (!gen || gen != J->done_gen) {
		J->done = tt_adjud_decided(J->A, tags_store(v));
		J->done_gen = gen;
	}
	return J->done;
}

int adjud_status(struct view *v, char *out, size_t size)
{
	struct ui_adjud *J = v->adjud;
	size_t n, done, at, nd;
	char where[64] = "", thread[48] = "";

	if (!J)
		return 0;
	n = J->A->nqueue, nd = J->A->ndisagree;
	done = decided_count(v);
	at = queue_pos(J, v->sel);
	if (at != SIZE_MAX && at < nd)
		snprintf(where, sizeof where, "Disagreement %zu/%zu, ", at + 1, nd);
	else if (at != SIZE_MAX)
		snprintf(where, sizeof where, "One annotator only %zu/%zu, ", at - nd + 1, n - nd);
	if (J->nthreads > 1)
		snprintf(thread, sizeof thread, " (thread %zu/%zu)", J->thread_no, J->nthreads);
	snprintf(out, size, "%s%zu adjudicated, %zu remaining%s", where, done, n - done, thread);
	return 1;
}

/* Selects the next (dir 1) or previous (-1) comment left to decide, round the
 * queue from the one last visited. */
static int step(struct view *v, int dir)
{
	struct ui_adjud *J = v->adjud;
	size_t n = J->A->nqueue;
	char st[160];

	for (size_t i = 1; i <= n; i++) {
		size_t p = (J->pos + n + (dir > 0 ? i : n - i)) % n;
		if (!decided(v, p)) {
			select_pos(v, p);
			return RD_ALL;
		}
	}
	adjud_status(v, st, sizeof st);
	view_message(v, 0, "Nothing left to decide here: %s.%s", st,
	             J->nthreads > 1 ? " ) goes to the next thread." : "");
	return RD_ALL;
}

/* After a decision: on to the next comment left, when the view moves on. */
static int decided_now(struct view *v, const char *item, int rd)
{
	struct ui_adjud *J = v->adjud;
	const tt_tagstore *gold = tags_store(v);

	if (v->advance && J->A->nqueue && tt_adjud_is_decided(J->A, gold, item) &&
	    queue_pos(J, v->sel) != SIZE_MAX)
		return step(v, 1) | rd;
	return rd;
}

static int accept(struct view *v, size_t k)
{
	struct ui_adjud *J = v->adjud;
	tt_tagstore *gold = tags_store(v);
	const char *item = v->sel->id;
	tt_error err;
	char st[160];

	if (k >= J->A->n) {
		view_message(v, 1, "No annotator %zu: they are numbered 1 to %zu.", k + 1, J->A->n);
		return RD_STATUS;
	}
	int rc = tt_adjud_accept(J->A, k, gold, item, &err);
	if (rc < 0) {
		view_message(v, 1, "Not accepted: %s", err.msg);
		return RD_STATUS;
	}
	if (rc == 1) {
		view_message(v, 1, "%s gave this comment no value: nothing accepted.",
		             J->A->names[k]);
		return RD_STATUS;
	}
	int rd = tags_changed(v, item);
	adjud_status(v, st, sizeof st);
	view_message(v, 0, "Gold: %s's values. %s.", J->A->names[k], st);
	return decided_now(v, item, rd);
}

/* The key after the accept key: an annotator's number, anything else cancels. */
static int accept_key(struct view *v, ui_key k)
{
	v->adjud->accepting = 0;
	if (k >= '1' && k <= '9')
		return accept(v, (size_t)(k - '1'));
	view_message(v, 0, "Nothing accepted.");
	return RD_STATUS;
}

/* Names the annotators by number for the accept prompt. */
static int ask_whom(struct view *v)
{
	struct ui_adjud *J = v->adjud;
	tt_buf b = {0};

	if (!v->sel) {
		view_message(v, 1, "No comment to decide.");
		return RD_STATUS;
	}
	if (tags_readonly(v) || !tags_store(v)) {
		view_message(v, 1, "The gold store is read-only: nothing can be accepted.");
		return RD_STATUS;
	}
	for (size_t i = 0; i < J->A->n && i < 9; i++)
		tt_buf_printf(&b, "%s%zu %s", i ? ", " : "", i + 1, J->A->names[i]);
	view_message(v, 0, "Accept whose values? %s (any other key: none)", b.data ? b.data : "");
	tt_buf_free(&b);
	J->accepting = 1;
	return RD_STATUS;
}

/* A value key sets the gold value itself; the view moves on once every
 * dimension an annotator coded is decided, not after the first. */
static int value_key(struct view *v, enum action a, ui_key k)
{
	int advance = v->advance;
	const char *item = v->sel ? v->sel->id : NULL;

	v->advance = 0;
	int rd = tags_action(v, a, k);
	v->advance = advance;
	return item ? decided_now(v, item, rd) : rd;
}

static int leave(struct view *v, enum adjud_leave how)
{
	if (v->adjud->nthreads < 2) {
		view_message(v, 0, "Only this thread is being adjudicated.");
		return RD_STATUS;
	}
	v->adjud->leave = how;
	return RD_QUIT;
}

int adjud_key(struct view *v, enum action a, ui_key k)
{
	struct ui_adjud *J = v->adjud;

	if (!J && (a == ACT_ACCEPT || a == ACT_NEXT_THREAD || a == ACT_PREV_THREAD)) {
		view_message(v, 0, "That key is for adjudicating: threadtag adjudicate DIR.");
		return RD_STATUS;
	}
	if (!J)
		return RD_NONE;
	if (J->accepting)
		return accept_key(v, k);
	switch (a) {
	case ACT_ACCEPT:
		return ask_whom(v);
	case ACT_NEXT_DISAGREE:
	case ACT_PREV_DISAGREE:
		if (!J->A->nqueue) {
			view_message(v, 0, "Nothing to adjudicate in this thread.");
			return RD_STATUS;
		}
		return step(v, a == ACT_NEXT_DISAGREE ? 1 : -1);
	case ACT_NEXT_THREAD:
	case ACT_PREV_THREAD:
		return leave(v, a == ACT_NEXT_THREAD ? ADJ_NEXT_THREAD : ADJ_PREV_THREAD);
	case ACT_TAG_VALUE:
		return value_key(v, a, k);
	default:
		return RD_NONE;
	}
}

/* ---- the panel ---- */

struct out {
	WINDOW *w;
	struct rect r;
	int y; /* next row inside r */
	tt_buf san;
};

/* One entry, sanitised and wrapped under a hanging indent. */
static void put_lines(struct out *o, int indent, attr_t a, const char *s)
{
	int cols = o->r.w - indent - 1;
	size_t pos = 0;
	tt_line l;

	if (cols < 4)
		return;
	o->san.len = 0;
	tt_text_sanitize(s, strlen(s), 1, &o->san);
	while (o->y < o->r.h && tt_text_wrap_next(o->san.data, o->san.len, &pos, cols, &l))
		ui_put(o->w, o->r.y + o->y++, o->r.x + indent, cols, o->san.data + l.start,
		       l.end - l.start, a, NULL);
}

/* One annotator's (or the gold) tag of item: values per dimension, state and
 * reason, note. */
static void put_tag(struct out *o, const char *label, const tt_tagstore *s, const char *item,
                    attr_t a)
{
	const tt_tag *g = s ? tt_tagstore_get(s, item) : NULL;
	const tt_scheme *sc = s ? tt_tagstore_scheme(s) : NULL;
	tt_buf b = {0};
	int any = 0;

	tt_buf_printf(&b, "%-10s", label);
	for (size_t d = 0; g && d < sc->ndims; d++)
		if (g->values[d]) {
			tt_buf_printf(&b, "%s%s %s", any ? "  " : "", sc->dims[d].name,
			              g->values[d]);
			any = 1;
		}
	for (size_t i = 0; g && i < g->nlabels; i++)
		tt_buf_printf(&b, "  +%s", g->labels[i]);
	if (!any)
		tt_buf_printf(&b, "%s", g ? "(no value)" : "-");
	put_lines(o, 1, a, b.data);
	if (g && g->state) {
		b.len = 0;
		tt_buf_printf(&b, "%s%s%s", g->state, g->reason ? ": " : "",
		              g->reason ? g->reason : "");
		put_lines(o, 11, ui_attr("meta"), b.data);
	}
	if (g && g->note) {
		b.len = 0;
		tt_buf_printf(&b, "note: %s", g->note);
		put_lines(o, 11, ui_attr("note"), b.data);
	}
	tt_buf_free(&b);
}

/* The keys that decide, as bound now (the user may have rebound them). */
static void put_keys(struct out *o, struct view *v)
{
	char acc[32], next[32], prev[32], thr[32], note[32];
	tt_buf b = {0};

	ui_keymap_keys(ACT_ACCEPT, acc, sizeof acc);
	ui_keymap_keys(ACT_NEXT_DISAGREE, next, sizeof next);
	ui_keymap_keys(ACT_PREV_DISAGREE, prev, sizeof prev);
	ui_keymap_keys(ACT_NEXT_THREAD, thr, sizeof thr);
	ui_keymap_keys(ACT_NOTE, note, sizeof note);
	tt_buf_printf(&b,
	              "%s then 1-%zu: accept that annotator's values; value keys: set "
	              "another; %s: a note; %s %s: next/previous left",
	              acc, v->adjud->A->n < 9 ? v->adjud->A->n : 9, note, next, prev);
	if (v->adjud->nthreads > 1)
		tt_buf_printf(&b, "; %s: next thread", thr);
	put_lines(o, 1, ui_attr("time"), b.data);
	tt_buf_free(&b);
}

int adjud_draw(struct view *v, WINDOW *w, struct rect r)
{
	struct ui_adjud *J = v->adjud;
	struct out o = {.w = w, .r = r, .y = 1};
	char st[160], num[64];
	const char *title = v->t->article.title ? v->t->article.title : "(untitled)";

	if (!J)
		return 0;
	ui_pane_title(w, r, "Adjudication", v->focus == PANE_ARTICLE);
	adjud_status(v, st, sizeof st);
	put_lines(&o, 1, A_BOLD, st);
	/* What decides first: a short pane (the tall layout) still shows it. */
	if (v->sel) {
		tt_buf b = {0};
		const char *who = comments_known_author(v->sel);
		for (size_t k = 0; k < J->A->n; k++) {
			snprintf(num, sizeof num, "%zu %s", k + 1, J->A->names[k]);
			put_tag(&o, num, J->A->stores[k], v->sel->id, 0);
		}
		put_tag(&o, "gold", tags_store(v), v->sel->id, A_BOLD);
		tt_buf_printf(&b, "Comment %s by %s, depth %u, in: %s", v->sel->id, who ? who : "?",
		              v->sel->depth, title);
		o.y += o.y < r.h;
		put_lines(&o, 1, ui_attr("author"), b.data);
		tt_buf_free(&b);
	}
	o.y += o.y < r.h;
	put_keys(&o, v);
	tt_buf_free(&o.san);
	return 1;
}
