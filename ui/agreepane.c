/* agreepane: two annotators' confusion matrix as a grid, and the comments behind a cell. */
#include "view.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "threadtag/agree.h"
#include "threadtag/coding.h"
#include "threadtag/project.h"
#include "threadtag/tagstore.h"
#include "threadtag/text.h"
#include "threadtag/thread_yaml.h"

enum { NAME_MAX_COLS = 12, DIFF_LEVELS = 3 };

struct ui_agree {
	int project;       /* scope: 0 this thread, 1 every thread of the project */
	size_t dim;        /* the scheme's dimension */
	size_t a, b;       /* the pair: review's indices of the rows' and the columns' annotator */
	int row, col;      /* the cursor, a category of a and one of b */
	tt_coding *c;      /* built when the pane opens or its scope or dimension changes */
	size_t here;       /* the coding's thread index of the open thread */
	long *m;           /* ncats x ncats: rows a, columns b */
	size_t nthreads;   /* threads in the coding (project scope) */
	int bad;           /* threads or stores that did not load (project scope) */
	char cell[160];    /* "favor×against": the cell whose comments were last limited to */
	char desc[64];     /* the limit's description it set, to know the limit is still its own */
	char figures[512]; /* the pair's items, kappa and alpha: computed once per rebuild */
};

void agree_free(struct view *v)
{
	if (!v->agree)
		return;
	tt_coding_free(v->agree->c);
	free(v->agree->m);
	free(v->agree);
	v->agree = NULL;
}

/* The open thread with the stores the view holds (the annotator's own live). */
static void add_this_thread(struct view *v, struct ui_agree *A, const char *label)
{
	size_t n = review_ncoders(v);
	tt_tagstore **st = tt_xcalloc(n + 1, sizeof *st);

	for (size_t k = 0; k < n; k++)
		st[k] = review_store(v, k);
	A->here = A->c->nthreads;
	tt_coding_add_thread(A->c, v->t, label, st);
	free(st);
}

/* Annotator k's store of t from disk, read without a word on stderr (the
 * screen is up); one that does not load is counted. NULL: none. */
static tt_tagstore *store_from_disk(struct view *v, struct ui_agree *A, const struct tt_project *p,
                                    size_t k, const tt_thread *t)
{
	char *path = tt_project_store_path(p, review_coder(v, k), t->id);
	char *journal = tt_xasprintf("%s.journal", path);
	tt_tagstore_opts o = {
	    .path = path, .annotator = review_coder(v, k), .readonly = 1, .scheme_path = p->scheme};
	tt_tagstore *s = NULL;
	tt_error err;
	int eno = 0;

	if (access(path, F_OK) == 0 || access(journal, F_OK) == 0) {
		s = tt_tagstore_open(t, &o, &err, &eno);
		A->bad += !s;
	}
	free(journal);
	free(path);
	return s;
}

/* A thread file of the project: the open thread (its ids decide, file names
 * are the user's) with the view's stores, any other with the stores on disk.
 * Returns whether it was the open thread. */
static int add_project_thread(struct view *v, struct ui_agree *A, const struct tt_project *p,
                              const char *file, int found)
{
	size_t n = review_ncoders(v);
	tt_error err;
	tt_thread *t = tt_thread_load(file, &err, NULL);
	const char *slash = strrchr(file, '/'), *label = slash ? slash + 1 : file;
	tt_tagstore **st;

	if (!t) {
		A->bad++;
		return 0;
	}
	if (!found && t->id && v->t->id && !strcmp(t->id, v->t->id)) {
		tt_thread_free(t);
		add_this_thread(v, A, label);
		return 1;
	}
	st = tt_xcalloc(n + 1, sizeof *st);
	for (size_t k = 0; k < n; k++)
		st[k] = store_from_disk(v, A, p, k, t);
	tt_coding_add_thread(A->c, t, label, st);
	for (size_t k = 0; k < n; k++)
		if (st[k])
			tt_tagstore_close(st[k], NULL);
	free(st);
	tt_thread_free(t);
	return 0;
}

static void pair_figures(struct ui_agree *A, char *out, size_t size);

/* (Re)builds the coding and the matrix for the scope, dimension and pair. */
static void rebuild(struct view *v, struct ui_agree *A)
{
	const tt_scheme *sc = tt_tagstore_scheme(tags_store(v));
	const struct tt_project *p = review_project(v);
	size_t n = review_ncoders(v);
	const char **names = tt_xcalloc(n + 1, sizeof *names);

	for (size_t k = 0; k < n; k++)
		names[k] = review_coder(v, k);
	tt_coding_free(A->c);
	A->c = tt_coding_new(sc, sc->dims[A->dim].name, names, n);
	free(names);
	A->bad = 0;
	A->here = 0;
	if (A->project && p) {
		int found = 0;
		for (size_t i = 0; i < p->nthreads; i++)
			found |= add_project_thread(v, A, p, p->threads[i], found);
		if (!found)
			add_this_thread(v, A, v->t->id ? v->t->id : "this thread");
	} else {
		add_this_thread(v, A, v->t->id ? v->t->id : "this thread");
	}
	A->nthreads = A->c->nthreads;
	tt_agree_table t = tt_coding_table(A->c);
	free(A->m);
	A->m = tt_xcalloc(A->c->ncats * A->c->ncats + 1, sizeof *A->m);
	tt_agree_confusion(&t, A->a, A->b, A->m);
	pair_figures(A, A->figures, sizeof A->figures);
	if (A->row >= (int)A->c->ncats)
		A->row = A->c->ncats ? (int)A->c->ncats - 1 : 0;
	if (A->col >= (int)A->c->ncats)
		A->col = A->c->ncats ? (int)A->c->ncats - 1 : 0;
}

/* Why the pane cannot open, or NULL. */
static const char *refusal(struct view *v)
{
	if (!tags_store(v))
		return "No tag store is open: there is nothing to compare.";
	if (review_blind(v) < 0)
		return "The agreement pane compares annotators: open the thread from a project's "
		       "thread list, or give --tags once per annotator.";
	if (review_blind(v) > 0)
		return "Agreement is off: this project is blind.";
	if (review_ncoders(v) < 2)
		return "Agreement needs two annotators: only one has tags in this project.";
	if (!tt_tagstore_scheme(tags_store(v))->ndims)
		return "The scheme has no dimension to compare.";
	return NULL;
}

/* Orients the pair (i, j) with the viewer's own annotator as the rows, so the
 * grid reads "me against someone". */
static void orient(struct view *v, struct ui_agree *A, size_t i, size_t j)
{
	int j_is_self = !strcmp(review_coder(v, j), review_self(v));

	A->a = j_is_self ? j : i;
	A->b = j_is_self ? i : j;
}

/* The first pair holding the viewer's own annotator (else the first two). */
static void first_pair(struct view *v, struct ui_agree *A)
{
	size_t n = review_ncoders(v);

	orient(v, A, 0, 1);
	for (size_t k = 0; k < n; k++)
		if (!strcmp(review_coder(v, k), review_self(v))) {
			orient(v, A, k ? 0 : 1, k);
			return;
		}
}

/* The next unordered pair after the current one, round the end. */
static void next_pair(struct view *v, struct ui_agree *A)
{
	size_t n = review_ncoders(v);
	size_t i = A->a < A->b ? A->a : A->b, j = A->a < A->b ? A->b : A->a;

	if (++j >= n) {
		i = i + 2 < n ? i + 1 : 0;
		j = i + 1;
	}
	orient(v, A, i, j);
}

int agree_open(struct view *v)
{
	const char *why = refusal(v);
	struct ui_agree *A;

	if (why) {
		view_message(v, 0, "%s", why);
		return RD_STATUS;
	}
	if (!v->agree) {
		v->agree = tt_xcalloc(1, sizeof *v->agree);
		first_pair(v, v->agree);
	}
	A = v->agree;
	if (A->dim >= tt_tagstore_scheme(tags_store(v))->ndims)
		A->dim = 0;
	rebuild(v, A); /* tags changed since it was last open */
	v->mode = MODE_AGREE;
	return RD_ALL;
}

/* The count in cell (r, c). */
static long count(const struct ui_agree *A, int r, int c)
{
	return A->m[(size_t)r * A->c->ncats + (size_t)c];
}

/* The cell's comments in the open thread become the limit (any limit before
 * it stays when there are none); the first is selected. */
static int jump_to_cell(struct view *v, struct ui_agree *A)
{
	size_t n = tt_coding_cell(A->c, A->a, A->b, A->row, A->col, NULL, 0), k = 0;
	const tt_coding_unit **u = tt_xcalloc(n + 1, sizeof *u);
	size_t *limit = tt_xcalloc(n + 1, sizeof *limit);

	tt_coding_cell(A->c, A->a, A->b, A->row, A->col, u, n);
	for (size_t i = 0; i < n; i++) {
		const tt_comment *cm =
		    u[i]->thread == A->here ? tt_thread_find(v->t, u[i]->item) : NULL;
		if (cm)
			limit[k++] = cm->index;
	}
	free(u);
	if (!k) {
		free(limit);
		view_message(v, 0, "cell %s×%s: %zu comment%s, none in this thread.",
		             A->c->cats[A->row], A->c->cats[A->col], n, n == 1 ? "" : "s");
		return RD_STATUS;
	}
	snprintf(A->cell, sizeof A->cell, "%s×%s", A->c->cats[A->row], A->c->cats[A->col]);
	free(v->limit);
	v->limit = limit;
	v->nlimit = k;
	v->limited = 1;
	snprintf(A->desc, sizeof A->desc, "cell %.*s", (int)sizeof A->desc - 6, A->cell);
	memcpy(v->limit_desc, A->desc, sizeof A->desc);
	v->top = NULL;
	v->mode = MODE_NORMAL;
	view_select(v, v->t->order[v->limit[0]]);
	if (k == n)
		view_message(v, 0,
		             "cell %s: %zu comment%s (n/N or j/k move between them; L Enter "
		             "shows all)",
		             A->cell, k, k == 1 ? "" : "s");
	else
		view_message(v, 0,
		             "cell %s: %zu comments, %zu in this thread (n/N move between them)",
		             A->cell, n, k);
	return RD_ALL | RD_LAYOUT;
}

static void clamp_cursor(struct ui_agree *A)
{
	int n = (int)A->c->ncats;

	A->row = A->row < 0 ? 0 : A->row >= n ? n - 1 : A->row;
	A->col = A->col < 0 ? 0 : A->col >= n ? n - 1 : A->col;
}

int agree_pane_key(struct view *v, enum action a, ui_key k)
{
	struct ui_agree *A = v->agree;

	v->msg[0] = 0;
	switch (a) {
	case ACT_MOVE_DOWN:
		A->row++;
		break;
	case ACT_MOVE_UP:
		A->row--;
		break;
	case ACT_CELL_LEFT:
	case ACT_PARENT:
		A->col--;
		break;
	case ACT_CELL_RIGHT:
		A->col++;
		break;
	case ACT_FIRST:
		A->row = A->col = 0;
		break;
	case ACT_TOGGLE:
		return jump_to_cell(v, A);
	case ACT_AGREE_PAIR:
		next_pair(v, A);
		rebuild(v, A);
		view_message(v, 0, "Pair: %s × %s.", review_coder(v, A->a), review_coder(v, A->b));
		break;
	case ACT_AGREE_DIM:
		A->dim = (A->dim + 1) % tt_tagstore_scheme(tags_store(v))->ndims;
		rebuild(v, A);
		view_message(v, 0, "Dimension: %s.", A->c->dim);
		break;
	case ACT_AGREE_SCOPE:
		if (!review_project(v)) {
			view_message(v, 0, "This thread only: the stores were given with --tags.");
			break;
		}
		A->project = !A->project;
		rebuild(v, A);
		view_message(v, 0, "Agreement over %s.",
		             A->project ? "the whole project" : "this thread");
		break;
	case ACT_HELP:
		v->mode = MODE_HELP;
		v->help_top = 0;
		return RD_ALL;
	default:
		if (k == 27 || a == ACT_QUIT || a == ACT_AGREEMENT) {
			v->mode = MODE_NORMAL;
			return RD_ALL;
		}
		return RD_STATUS;
	}
	clamp_cursor(A);
	return RD_ALL;
}

/* n/N while a cell's comments are the limit: the next or previous of them. */
static int cell_step(struct view *v, enum action a)
{
	struct ui_agree *A = v->agree;
	tt_comment *to;
	size_t k = 0;

	if (!A || !A->cell[0] || !v->limited || strcmp(v->limit_desc, A->desc) ||
	    (a != ACT_SEARCH_NEXT && a != ACT_SEARCH_PREV))
		return RD_NONE;
	to = a == ACT_SEARCH_NEXT ? nav_next(v, v->sel) : nav_prev(v, v->sel);
	if (to)
		view_select(v, to);
	for (size_t i = 0; i < v->nlimit; i++)
		if (v->sel && v->limit[i] == v->sel->index)
			k = i + 1;
	view_message(v, 0, "cell %s: comment %zu of %zu%s", A->cell, k, v->nlimit,
	             to                     ? ""
	             : a == ACT_SEARCH_NEXT ? " (the last)"
	                                    : " (the first)");
	return RD_ALL;
}

int agree_key(struct view *v, enum action a)
{
	char opener[64];

	switch (a) {
	case ACT_AGREEMENT:
		return agree_open(v);
	case ACT_CELL_LEFT:
	case ACT_CELL_RIGHT:
	case ACT_AGREE_PAIR:
	case ACT_AGREE_DIM:
	case ACT_AGREE_SCOPE:
		ui_keymap_keys(ACT_AGREEMENT, opener, sizeof opener);
		view_message(v, 0, "%s works in the agreement pane, which %s opens.",
		             ui_action_name(a), opener[0] ? opener : "the agreement action");
		return RD_STATUS;
	default:
		return cell_step(v, a);
	}
}

/* ---- drawing ---- */

/* The role of a cell: agreement on the diagonal, disagreement shaded by its
 * share of the largest disagreement (three steps), nothing for an empty one. */
static attr_t cell_attr(const struct ui_agree *A, int r, int c, long maxoff)
{
	long n = count(A, r, c);
	char role[32];

	if (!n)
		return ui_attr("meta");
	if (r == c)
		return ui_attr("agree.same");
	snprintf(role, sizeof role, "agree.diff.%ld",
	         maxoff ? (n * DIFF_LEVELS + maxoff - 1) / maxoff : 1);
	return ui_attr(role);
}

static int name_cols(const struct ui_agree *A)
{
	int w = 5;

	for (size_t i = 0; i < A->c->ncats; i++) {
		int n = tt_text_width(A->c->cats[i], strlen(A->c->cats[i]));
		w = n > w ? n : w;
	}
	return w > NAME_MAX_COLS ? NAME_MAX_COLS : w;
}

static void put_str(struct view *v, WINDOW *w, int y, int *x, const char *s, attr_t a)
{
	if (*x < v->cols)
		*x += ui_put(w, y, *x, v->cols - *x, s, strlen(s), a, NULL);
}

/* The grid: a header of b's values, a row per value of a. */
static int draw_grid(struct view *v, WINDOW *w, struct ui_agree *A, int y, int h)
{
	int nw = name_cols(A), cw = nw + 2, x0 = nw + 2;
	size_t n = A->c->ncats;
	long maxoff = 0;
	char buf[64];

	for (size_t r = 0; r < n; r++)
		for (size_t c = 0; c < n; c++)
			if (r != c && count(A, (int)r, (int)c) > maxoff)
				maxoff = count(A, (int)r, (int)c);
	for (size_t c = 0; c < n && x0 + (int)c * cw < v->cols; c++) {
		/* right-aligned over the counts; a name wider than the column is cut */
		int nc = tt_text_width(A->c->cats[c], strlen(A->c->cats[c]));
		int x = x0 + (int)c * cw + 1 + (nc < nw ? nw - nc : 0);
		if (x >= v->cols)
			break;
		ui_put(w, y, x, v->cols - x < nw ? v->cols - x : nw, A->c->cats[c],
		       strlen(A->c->cats[c]), ui_attr("title") | ((int)c == A->col ? A_BOLD : 0),
		       NULL);
	}
	for (size_t r = 0; r < n && ++y < h; r++) {
		ui_put(w, y, 1, nw, A->c->cats[r], strlen(A->c->cats[r]),
		       ui_attr("title") | ((int)r == A->row ? A_BOLD : 0), NULL);
		for (size_t c = 0; c < n && x0 + (int)c * cw < v->cols; c++) {
			int x = x0 + (int)c * cw, cur = (int)r == A->row && (int)c == A->col;
			int len = snprintf(buf, sizeof buf, "%c%*ld%c", cur ? '[' : ' ', cw - 2,
			                   count(A, (int)r, (int)c), cur ? ']' : ' ');
			attr_t at = cell_attr(A, (int)r, (int)c, maxoff);
			ui_put(w, y, x, v->cols - x, buf, (size_t)len,
			       cur ? at | A_BOLD | A_UNDERLINE : at, NULL);
		}
	}
	return y + 1;
}

/* kappa and alpha of the pair, and how many items they rest on. */
static void pair_figures(struct ui_agree *A, char *out, size_t size)
{
	tt_agree_table t = tt_coding_table(A->c), two;
	int *codes = tt_xcalloc(t.nunits * 2 + 1, sizeof *codes);
	size_t both, only_a, only_b;
	char kappa[96], alpha[96];

	for (size_t u = 0; u < t.nunits; u++) {
		codes[2 * u] = t.codes[u * t.ncoders + A->a];
		codes[2 * u + 1] = t.codes[u * t.ncoders + A->b];
	}
	two = (tt_agree_table){.nunits = t.nunits, .ncoders = 2, .ncats = t.ncats, .codes = codes};
	tt_agree_coverage(&t, A->a, A->b, &both, &only_a, &only_b);
	tt_agree_format(tt_agree_cohen(&t, A->a, A->b), 3, kappa, sizeof kappa);
	tt_agree_format(tt_agree_krippendorff_nominal(&two), 3, alpha, sizeof alpha);
	snprintf(out, size,
	         "%zu items both coded (%zu only by the rows, %zu only by the columns)  "
	         "kappa %s  alpha %s",
	         both, only_a, only_b, kappa, alpha);
	free(codes);
}

/* The comments behind the cell under the cursor, as many as fit. */
static void draw_cell_list(struct view *v, WINDOW *w, struct ui_agree *A, int y, int h)
{
	size_t n = tt_coding_cell(A->c, A->a, A->b, A->row, A->col, NULL, 0);
	const tt_coding_unit **u = tt_xcalloc(n + 1, sizeof *u);
	tt_buf line = {0};

	tt_coding_cell(A->c, A->a, A->b, A->row, A->col, u, n);
	tt_buf_printf(&line, "cell %s×%s: %zu comment%s%s", A->c->cats[A->row], A->c->cats[A->col],
	              n, n == 1 ? "" : "s", n ? " (Enter shows them in the thread)" : "");
	if (y < h)
		ui_put(w, y++, 1, v->cols - 1, line.data, line.len, ui_attr("title"), NULL);
	for (size_t i = 0; i < n && y < h; i++) {
		line.len = 0;
		if (A->project)
			tt_buf_printf(&line, "%s ", A->c->threads[u[i]->thread]);
		tt_buf_printf(&line, "%s %s: %s", u[i]->item, u[i]->author ? u[i]->author : "-",
		              u[i]->snippet ? u[i]->snippet : "");
		ui_put(w, y++, 3, v->cols - 3, line.data, line.len,
		       ui_attr(u[i]->thread == A->here ? "body" : "meta"), NULL);
	}
	tt_buf_free(&line);
	free(u);
}

void agree_draw(struct view *v, WINDOW *w)
{
	struct ui_agree *A = v->agree;
	int h = v->rows - 1, y = 1, x = 1;
	struct rect r = {.y = 0, .x = 0, .h = h, .w = v->cols};
	char line[512];

	for (int k = 0; k < h; k++)
		ui_fill(w, k, 0, v->cols, ui_attr("body"));
	ui_pane_title(w, r,
	              "Agreement (Esc closes; c pair, d dimension, s thread/project, Enter "
	              "a cell's comments)",
	              1);
	if (A->project)
		snprintf(line, sizeof line, "The whole project: %zu thread%s%s", A->nthreads,
		         A->nthreads == 1 ? "" : "s", A->bad ? ", some did not load" : "");
	else
		snprintf(line, sizeof line, "This thread");
	put_str(v, w, y, &x, line, ui_attr("title"));
	snprintf(line, sizeof line, "   dimension %s   rows ", A->c->dim);
	put_str(v, w, y, &x, line, ui_attr("body"));
	put_str(v, w, y, &x, review_coder(v, A->a), ui_attr("author"));
	put_str(v, w, y, &x, ", columns ", ui_attr("body"));
	put_str(v, w, y, &x, review_coder(v, A->b), ui_attr("author"));
	if (++y < h) {
		ui_put(w, y, 1, v->cols - 1, A->figures, strlen(A->figures), ui_attr("body"), NULL);
	}
	y += 2;
	if (y < h)
		y = draw_grid(v, w, A, y, h);
	draw_cell_list(v, w, A, y + 1, h);
}
