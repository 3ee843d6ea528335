/* status: the status line (title, position, progress, mode, messages) and the prompt. */
#include "adjudicate.h"
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/text.h"

static const char *prompt_text(enum prompt_kind k)
{
	switch (k) {
	case PROMPT_SEARCH:
	case PROMPT_SEARCH_BACK:
		return search_prompt(k == PROMPT_SEARCH_BACK);
	case PROMPT_NOTE:
		return "Note: ";
	case PROMPT_LIMIT:
		return "Limit to (value, label, flagged, skipped, unsure, '" TT_LIMIT_UNTAGGED
		       "'; empty: all): ";
	case PROMPT_LABEL:
		return "Label (a name or the start of one): ";
	case PROMPT_REASON:
		return "Reason (Esc: none, C-g: cancel): ";
	case PROMPT_GUIDE:
		return "Search the guideline: ";
	}
	return "";
}

static void draw_prompt(struct view *v, WINDOW *w, int y)
{
	const char *p = prompt_text(v->prompt_kind);
	int x = ui_put(w, y, 0, v->cols, p, strlen(p), ui_attr("status") | A_BOLD, NULL);
	char buf[sizeof v->prompt / sizeof *v->prompt * 4 + 1];
	size_t n = wcstombs(buf, v->prompt, sizeof buf - 1);
	size_t start = 0;

	if (n == (size_t)-1)
		n = 0;
	buf[n] = 0;
	/* Long input scrolls so the end (where one types) stays visible. */
	while (start < n && tt_text_width(buf + start, n - start) > v->cols - x - 1) {
		uint32_t cp;
		start += tt_utf8_decode(buf + start, n - start, &cp);
	}
	x += ui_put(w, y, x, v->cols - x, buf + start, n - start, ui_attr("status"), NULL);
	wmove(w, y, x < v->cols ? x : v->cols - 1);
}

/* Text too long for the status line grows upward over the panes, wrapped, so
 * nothing is cut (the label picker lists every label). */
static void put_upward(struct view *v, WINDOW *w, const char *s, size_t len, attr_t a)
{
	tt_buf san = {0};
	size_t pos = 0;
	int n, y;
	tt_line l;

	tt_text_sanitize(s, len, 1, &san);
	n = (int)tt_text_wrap_count(san.data, san.len, v->cols);
	if (n > v->rows)
		n = v->rows;
	y = v->rows - n;
	while (y < v->rows && tt_text_wrap_next(san.data, san.len, &pos, v->cols, &l)) {
		ui_fill(w, y, 0, v->cols, a);
		ui_put(w, y++, 0, v->cols, san.data + l.start, l.end - l.start, a, NULL);
	}
	tt_buf_free(&san);
}

/* The right side of the status line at the given level of detail (0 the most):
 * comment k of N always; then the mode, tagged, depth, unread and new, time. */
static void right_side(struct view *v, int level, const char *mode, char *out, size_t size)
{
	char tbuf[48] = "", extra[64] = "", orph[32] = "";
	const char *tm = v->sel ? when_comment(v, v->sel, 1, tbuf, sizeof tbuf) : NULL;
	size_t unread = v->t->ncomments - v->nseen, k = v->sel ? v->sel->index + 1 : 0;

	if (v->nnew)
		snprintf(extra, sizeof extra, "  %zu unread, %zu new", unread, v->nnew);
	else if (unread)
		snprintf(extra, sizeof extra, "  %zu unread", unread);
	if (tags_orphans(v))
		snprintf(orph, sizeof orph, "  %zu orphaned", tags_orphans(v));
	if (level == 0 && tm)
		snprintf(out, size, " %zu/%zu d%u  %s%s  %zu tagged%s  %s ", k, v->t->ncomments,
		         v->sel->depth, tm, extra, tags_ntagged(v), orph, mode);
	else if (level <= 1)
		snprintf(out, size, " %zu/%zu d%u%s  %zu tagged%s  %s ", k, v->t->ncomments,
		         v->sel ? v->sel->depth : 0, extra, tags_ntagged(v), orph, mode);
	else if (level == 2)
		snprintf(out, size, " %zu/%zu  %zu tagged  %s ", k, v->t->ncomments,
		         tags_ntagged(v), mode);
	else
		snprintf(out, size, " %zu/%zu ", k, v->t->ncomments);
}

void status_draw(struct view *v, WINDOW *w)
{
	int y = v->rows - 1, x = 0, rw;
	attr_t st = ui_attr("status");
	char right[256], prog[200];
	const char *mode = v->mode == MODE_HELP       ? "HELP"
	                   : v->mode == MODE_MESSAGES ? "MESSAGES"
	                   : v->mode == MODE_LINKS    ? "LINKS"
	                   : v->mode == MODE_CHAIN    ? "ANCESTORS"
	                   : v->mode == MODE_AGREE    ? "AGREEMENT"
	                   : v->limited               ? "LIMIT"
	                   : v->zoom                  ? "ZOOM"
	                   : v->adjud                 ? "ADJUDICATE"
	                                              : "READ";
	const char *notice = tags_notice(v);

	ui_fill(w, y, 0, v->cols, st);
	if (v->mode == MODE_PROMPT) {
		draw_prompt(v, w, y);
		return;
	}
	if (v->mode == MODE_LABELS) {
		tt_buf b = {0};
		if (v->msg[0]) /* the last toggle's result first: the list may not fit */
			tt_buf_printf(&b, "%s | ", v->msg);
		tags_labels_line(v, &b);
		put_upward(v, w, b.data, b.len, st | A_BOLD);
		tt_buf_free(&b);
		return;
	}
	/* As much as leaves the left half to the title or the message. */
	for (int level = 0; level < 4; level++) {
		if (v->waiting) /* the page's own counts would mislead */
			snprintf(right, sizeof right, " %s ", v->waiting);
		else
			right_side(v, level, mode, right, sizeof right);
		rw = tt_text_width(right, strlen(right));
		if (rw <= v->cols / 2 || v->waiting)
			break;
	}
	if (v->msg[0]) {
		attr_t ma = v->msg_error ? ui_attr("error") : ui_attr("message");
		x += ui_put(w, y, x, v->cols - rw - 1, v->msg, strlen(v->msg), ma, NULL);
	} else if (adjud_status(v, prog, sizeof prog)) {
		x +=
		    ui_put(w, y, x, v->cols - rw - 1, prog, strlen(prog), ui_attr("message"), NULL);
	} else if (notice) {
		x += ui_put(w, y, x, v->cols - rw - 1, notice, strlen(notice), ui_attr("message"),
		            NULL);
	} else {
		const char *t = v->t->article.title ? v->t->article.title : "(untitled)";
		x += ui_put(w, y, x, v->cols - rw - 1, t, strlen(t), st, NULL);
	}
	if (v->cols - rw > x)
		ui_put(w, y, v->cols - rw, rw, right, strlen(right), st, NULL);
}

void prompt_open(struct view *v, enum prompt_kind kind, const char *initial)
{
	v->mode = MODE_PROMPT;
	v->prompt_kind = kind;
	v->prompt_len = 0;
	v->prompt[0] = 0;
	if (initial) {
		size_t n = mbstowcs(v->prompt, initial, sizeof v->prompt / sizeof *v->prompt - 1);
		v->prompt_len = n == (size_t)-1 ? 0 : n;
		v->prompt[v->prompt_len] = 0;
	}
	if (kind == PROMPT_SEARCH || kind == PROMPT_SEARCH_BACK)
		search_preview_begin(v);
}

static int is_search(const struct view *v)
{
	return v->prompt_kind == PROMPT_SEARCH || v->prompt_kind == PROMPT_SEARCH_BACK;
}

/* After an edit of the prompt: a search moves to its first hit as it is typed. */
static int prompt_edited(struct view *v)
{
	char buf[sizeof v->prompt / sizeof *v->prompt * 4 + 1];
	size_t n = wcstombs(buf, v->prompt, sizeof buf - 1);

	if (!is_search(v))
		return RD_STATUS;
	buf[n == (size_t)-1 ? 0 : n] = 0;
	return search_preview(v, buf, v->prompt_kind == PROMPT_SEARCH_BACK);
}

/* Hands the finished input to whoever asked for it. */
static int prompt_done(struct view *v)
{
	char buf[sizeof v->prompt / sizeof *v->prompt * 4 + 1];
	size_t n = wcstombs(buf, v->prompt, sizeof buf - 1);

	if (n == (size_t)-1)
		n = 0;
	buf[n] = 0;
	v->mode = MODE_NORMAL;
	switch (v->prompt_kind) {
	case PROMPT_SEARCH:
	case PROMPT_SEARCH_BACK:
		search_preview_end(v, 1); /* the search proper starts where the prompt did */
		return search_run(v, buf, v->prompt_kind == PROMPT_SEARCH_BACK);
	case PROMPT_NOTE:
	case PROMPT_LIMIT:
	case PROMPT_LABEL:
	case PROMPT_REASON:
		return tags_prompt_done(v, v->prompt_kind, buf);
	case PROMPT_GUIDE:
		return guide_prompt_done(v, buf);
	}
	return RD_ALL;
}

int prompt_key(struct view *v, ui_key k)
{
	size_t cap = sizeof v->prompt / sizeof *v->prompt - 1;

	if (v->mode == MODE_LABELS)
		return tags_labels_key(v, k);
	if (k == 27 && v->prompt_kind == PROMPT_REASON) { /* the state, without a reason */
		v->mode = MODE_NORMAL;
		return tags_prompt_done(v, PROMPT_REASON, "");
	}
	if ((k == 27 || k == 7) && v->prompt_kind == PROMPT_GUIDE) {
		v->mode = MODE_GUIDE; /* back to the guideline, where the search began */
		return RD_ALL;
	}
	if (k == 27 || k == 7 /* C-g */) {
		v->mode = MODE_NORMAL;
		search_preview_end(v, 1);
		view_message(v, 0, "Cancelled.");
		return RD_ALL | RD_LAYOUT;
	}
	if (k == '\n' || k == '\r' || k == -KEY_ENTER)
		return prompt_done(v);
	if (k == -KEY_BACKSPACE || k == 127 || k == 8) {
		if (v->prompt_len > 0)
			v->prompt[--v->prompt_len] = 0;
		return prompt_edited(v);
	}
	if (k == 21) { /* C-u */
		v->prompt_len = 0;
		v->prompt[0] = 0;
		return prompt_edited(v);
	}
	if (k == -KEY_RESIZE)
		return RD_ALL | RD_LAYOUT;
	if (k >= 0x20 && k != 0x7f && !(k >= 0x80 && k < 0xa0) && v->prompt_len < cap) {
		v->prompt[v->prompt_len++] = (wchar_t)k;
		v->prompt[v->prompt_len] = 0;
		return prompt_edited(v);
	}
	return RD_STATUS;
}
