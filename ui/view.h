/* view: the viewer's state, its panes and the helpers they share (ui/ only). */
#ifndef THREADTAG_UI_VIEW_H
#define THREADTAG_UI_VIEW_H

#include <curses.h>
#include <stdio.h>
#include <time.h>
#include <wchar.h>

#include "actions.h"
#include "threadtag/text.h"
#include "threadtag/thread.h"
#include "threadtag/xalloc.h"

/* What a key handler asks to be redrawn. Handlers never draw. A return that
 * names no pane (RD_ARTICLE, RD_COMMENTS, RD_TAGS) redraws every pane and the
 * status line: a handler unsure of what its change shows returns RD_ALL. One
 * that names panes gets those and the status line, nothing else (ui_draw). */
enum redraw {
	RD_NONE = 0,
	RD_PANES = 1 << 0, /* every pane */
	RD_STATUS = 1 << 1,
	RD_ALL = RD_PANES | RD_STATUS,
	RD_LAYOUT = 1 << 2, /* sizes changed: lay out again */
	RD_ARTICLE = 1 << 3,
	RD_COMMENTS = 1 << 4,
	RD_TAGS = 1 << 5,
	RD_QUIT = 1 << 8,
};

/* The smallest screen the panes are drawn on; below it only a notice shows. */
enum { UI_MIN_ROWS = 10, UI_MIN_COLS = 40 };

enum pane_id { PANE_ARTICLE, PANE_COMMENTS, PANE_TAGS, NPANES };

struct rect {
	int y, x, h, w; /* h == 0: not shown */
};

struct view;

/* A pane: drawn into its rectangle of the screen, fed the actions it handles. */
struct pane_ops {
	const char *title;
	/* Draws the pane inside r (r.h >= 1), title line included. */
	void (*draw)(struct view *v, WINDOW *w, struct rect r);
	/* Handles an action while the pane has the focus; RD_NONE if not its own. */
	int (*key)(struct view *v, enum action a, ui_key k);
	/* A mouse event at (y, x) relative to the pane; button: 1 click, 4/5 wheel. */
	int (*click)(struct view *v, int y, int x, int button);
};

extern const struct pane_ops pane_article, pane_comments, pane_tags;

enum mode {
	MODE_NORMAL,
	MODE_HELP,
	MODE_PROMPT,
	MODE_LABELS,
	MODE_MESSAGES,
	MODE_LINKS,
	MODE_CHAIN,
	MODE_GUIDE,
	MODE_AGREE
};
enum prompt_kind {
	PROMPT_SEARCH,
	PROMPT_SEARCH_BACK,
	PROMPT_NOTE,
	PROMPT_LIMIT,
	PROMPT_LABEL,
	PROMPT_REASON,
	PROMPT_GUIDE /* a search in the guideline overlay */
};

/* Wrapped body lines of one comment at one text width, computed on demand. */
struct hcache {
	int width; /* the widths it was computed for: text | URL width << 16 */
	int lines;
};

/* What the comments pane drew on one of its rows, for the mouse. */
struct rowmap {
	tt_comment *c;
	int toggle_upto; /* columns [0, toggle_upto) toggle folding (rails, reply count) */
	int count_from, count_to;
	int header; /* the row is c's header (the sticky one included) */
};

/* What the last frame drew, so the next one can leave alone what did not
 * change (ui_draw in app.c). valid: the panes were drawn in normal mode. */
struct frame {
	int valid, rows, cols;
	struct rect r[NPANES];
	/* The comments pane's state but the selection: when only the selection
	 * moved, only two headers are drawn again. */
	const tt_comment *sel, *top;
	int top_off, pin, focus, fold_default, limited;
	unsigned epoch, fold_changes;
	const size_t *limit;
	size_t nlimit;
	time_t minute; /* relative times as drawn (v->now / 60) */
};

struct ui_tags;   /* tagging.c */
struct ui_review; /* review.c */
struct ui_agree;  /* agreepane.c */
struct ui_adjud;  /* adjudicate.c */
struct follow;    /* follow.c */
struct links;     /* links.c */

struct view {
	tt_thread *t;
	/* Folding: fold[i] counts only when fold_epoch[i] == epoch, else
	 * fold_default holds; collapse-all and expand-all are O(1). */
	unsigned *fold_epoch;
	unsigned char *fold;
	unsigned epoch;
	int fold_default;
	size_t
	    ncollapsed; /* explicit collapses in this epoch: 0 lets walks up the tree stop early */
	unsigned fold_changes; /* every change of folding: the last frame's folds are stale */

	tt_comment *sel; /* NULL only when the thread has no comments */
	tt_comment *top; /* first comment of the pane, and lines of it scrolled off */
	int top_off;
	struct hcache *hc;
	int text_max; /* readable text width (config max_width); 0: none */
	int art_max;  /* the article's reading width, centred (article_width); 0: text_max */

	/* A limit: only these comments (preorder indices) are shown. */
	size_t *limit, nlimit;
	int limited;
	char limit_desc[64];

	int art_top;    /* first article line shown */
	size_t art_par; /* article item selected: 0 whole article, i paragraph i */

	char *pattern;            /* last search, NULL if none */
	struct tt_search *search; /* search.c: the folded text, built on the first search */
	/* Incremental search: the view as the search prompt found it, restored
	 * when the prompt is cancelled; isearch_on while the prompt is open. */
	int isearch_on, isearch_off;
	tt_comment *isearch_sel, *isearch_top;
	char *isearch_pattern;
	struct ui_hdrcache *hdr; /* hdrcache.c: comments' headers drawn per state */
	struct ui_linecache *lc; /* linecache.c: paragraphs wrapped and rendered per width */
	int search_back;
	/* search.c: a search typed before the folded text was ready runs when it
	 * is (search_tick); isearch_waited: the prompt's preview waits so. */
	int search_pending, isearch_waited;
	int search_async; /* the screen's loop (app.c) ticks: the worker may fold */

	int rows, cols, layout; /* layout: 0 auto, 1 wide, 2 tall */
	int crows, ccols;       /* comments pane text area, kept while it is hidden */
	struct rect r[NPANES], status;
	int focus, zoom, too_small;

	struct rowmap *rowmap;
	int nrowmap;
	struct frame drawn;

	enum mode mode;
	enum prompt_kind prompt_kind;
	const char *prompt_state; /* PROMPT_REASON: the state the reason is for */
	wchar_t prompt[512];
	size_t prompt_len;
	int help_top;

	char msg[256];
	int msg_error;
	/* Set on a page shown while the thread is on its way (waitscreen.c): the
	 * status line's right side says only this, the tags pane waits too. */
	const char *waiting;
	/* Keys typed while the thread loaded (loading.c), in order: ui_run carries
	 * them out before it reads the terminal, as if they were typed then. */
	const ui_key *replay;
	size_t nreplay, ireplay;
	char **log; /* every message logged this session, oldest first (messages.c) */
	size_t nlog;
	tt_buf scratch;
	tt_buf shown; /* a paragraph as shown, before sanitising (comments_para) */

	time_t now;            /* "now" for relative dates (tests set it) */
	int relative_dates;    /* comment times as "3 h" (1) or as dates (0) */
	const char *guideline; /* the guideline file (H), or NULL */
	struct guide {
		char *text;
		struct guide_line {
			const char *s;
			size_t n;
		} * lines; /* rows of text, wrapped when opened */
		size_t nlines;
	} guide;
	int pin_chain;       /* the selected comment's ancestors pinned atop the comments */
	unsigned char *seen; /* comments selected in this visit, for the unread count */
	size_t nseen, nnew;  /* nnew: comments newer than the last visit */

	struct ui_tags *tags;
	struct ui_review *review; /* review.c: others' values; NULL outside a project */
	struct ui_agree *agree;   /* agreepane.c: the pane's choices, kept while closed */
	struct ui_adjud *adjud;   /* adjudicate.c: the gold decisions; NULL when not adjudicating */
	struct follow *follow;    /* watching the tags while read-only */
	int follow_by_stat;       /* watch with stat even where inotify exists (tests) */
	struct links *links;      /* the links overlay's list while it is open */
	FILE *term_out;           /* the terminal, for OSC 52; NULL: none (tests set a file) */
	int advance, mouse;

	const char *since; /* news.c: when the thread was last left (ISO 8601), or NULL */
	int want_update;   /* the update key asked for a fetch and merge (ui_main.c) */
};

/* view.c: state and the actions every pane shares */
void view_init(struct view *v, tt_thread *t);
void view_free(struct view *v);
int view_key(struct view *v, ui_key k);
int view_mouse(struct view *v, int y, int x, int button);
void view_message(struct view *v, int error, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int view_collapsed(const struct view *v, const tt_comment *c);
int view_any_collapsed(const struct view *v);
void view_set_collapsed(struct view *v, const tt_comment *c, int on);
void view_reveal(struct view *v, tt_comment *c); /* expands its ancestors */
/* Counts the selection as read. */
void view_mark_seen(struct view *v);
/* Counts the comments written after the last visit (time as saved with the position). */
void view_count_new(struct view *v, time_t last_visit);
/* Selects c (made visible) and scrolls so it shows. */
void view_select(struct view *v, tt_comment *c);

/* nav.c: the sequence of shown comments (folding and limit applied) */
tt_comment *nav_first(struct view *v);
tt_comment *nav_last(struct view *v);
tt_comment *nav_next(struct view *v, const tt_comment *c);
tt_comment *nav_prev(struct view *v, const tt_comment *c);
int nav_shown(struct view *v, const tt_comment *c);
/* Scrolls so the selection is fully shown, or its top when it is too tall. */
void nav_ensure_visible(struct view *v);
/* Scrolls the comments pane by n lines (negative: up). */
void nav_scroll(struct view *v, int n);

/* pane_comments.c: geometry of a comment in the pane */
int comments_indent(int pane_w, unsigned depth);
/* Rails are drawn once per colour and then copied (on, the default); off
 * draws every rail, for tests that compare the two. */
void comments_rail_copy(int on);
int comments_text_width(const struct view *v, int pane_w, unsigned depth);
int comments_height(struct view *v, const tt_comment *c); /* lines incl. header, gap */
int comments_rows(const struct view *v);                  /* text rows of the comments pane */
/* The line of c (0: its header) holding the first hit of pat in its body; 0 when
 * only the author matches. */
/* "[deleted]", "[removed]" or "[dead]" for a comment the source took away, else NULL. */
const char *comments_gone_marker(const tt_comment *c);
/* The author when the source names one (not a placeholder), else NULL. */
const char *comments_known_author(const tt_comment *c);
/* A paragraph as the pane shows it (Markdown links as their text), sanitised,
 * into v->scratch. */
void comments_para(struct view *v, const char *raw);
int comments_hit_line(struct view *v, const tt_comment *c, const char *pat);

/* layout.c */
void layout_compute(struct view *v, int rows, int cols);

/* search.c */
int search_run(struct view *v, const char *pattern, int backward);
int search_again(struct view *v, int reverse);
/* The key that opens the search prompt in that direction, as the prompt shows it. */
const char *search_prompt(int backward);
/* Incremental search while the prompt is open: begin remembers the view;
 * preview selects the first hit of text from there (none: back there) and
 * highlights it; end restores the view (cancel) or only forgets it. */
void search_preview_begin(struct view *v);
int search_preview(struct view *v, const char *text, int backward);
void search_preview_end(struct view *v, int restore);
/* The folded text is built by workers from the first search key (the
 * search prompt opening, or n/N) on, never before, in the screen's loop only
 * (search_async; elsewhere the first search builds it, as headless tests
 * want): start starts it; tick runs a search that waited for it (and
 * starts it); waiting says the loop should tick soon; cancel drops a waiting
 * search (Esc), 1 when there was one. */
void search_start(struct view *v);
int search_tick(struct view *v);
int search_waiting(const struct view *v);
int search_cancel(struct view *v);

/* draw.c: putting sanitised text on the screen */
attr_t ui_attr(const char *role);
/* Attributes of both; the colour pair of a when it has one, else of b. */
attr_t ui_mix(attr_t a, attr_t b);
/* A theme by name or path, loaded before the screen opens so a bad file can be
 * reported on a normal terminal (the default is used then). NULL name: the
 * default. Opaque; freed with ui_theme_close. */
struct ui_theme *ui_theme_open(const char *name, void (*report)(const tt_error *));
void ui_theme_close(struct ui_theme *t);
/* Colour pairs for the current screen (NULL theme: the default). */
void ui_colors_setup(const struct ui_theme *t, int no_color);
/* Counts ui_colors_setup's calls: what was drawn in older colours is stale. */
unsigned ui_colors_generation(void);
/* Draws UTF-8 text (sanitised here) at (y, x), at most maxw columns; hits of
 * pattern get the search-hit role. Returns the columns used. */
int ui_put(WINDOW *w, int y, int x, int maxw, const char *s, size_t len, attr_t a,
           const char *pattern);
/* The cells ui_put draws for sanitised text s[0..len) in at most maxw columns,
 * into out (room for maxw or len cells, the fewer: a cell takes a column or
 * two and a byte or more), their number in *ncells (wadd_wchnstr draws them:
 * a wide character's second column is its own). Returns the columns used. */
int ui_cells(const char *s, size_t len, int maxw, attr_t a, const char *pattern, cchar_t *out,
             int *ncells);
/* The next line of sanitised s as tt_text_wrap_next cuts it at cols, except that
 * a URL wider than cols but not than hard stays whole on a line of its own (an
 * address cut in two cannot be copied). */
int ui_wrap_line(const char *s, size_t len, size_t *pos, int cols, int hard, tt_line *l);
/* Whether a blank cell in attribute a looks like one in b (same background,
 * no reverse or underline that would show): a blank may then take its
 * neighbour's attribute, which saves the terminal an attribute change. */
int ui_blank_alike(attr_t a, attr_t b);
/* Fills columns [x, x + n) of row y with spaces in attribute a. */
void ui_fill(WINDOW *w, int y, int x, int n, attr_t a);
/* Blanks the rectangle as werase blanks the window. */
void ui_clear(WINDOW *w, struct rect r);
void ui_pane_title(WINDOW *w, struct rect r, const char *title, int focused);

/* review.c: every annotator's values per comment in a project thread; a blind
 * project never reads the others' stores. p must outlive the view (the
 * agreement pane reads the project's threads). */
struct tt_project;
struct tt_tagstore;
void review_attach(struct view *v, const struct tt_project *p, const char *self);
/* The same over stores named on the command line (--tags given more than
 * once): the viewer's own store first, then paths[0..n), opened read-only.
 * 0, or an exit code after report (a store missing: 66; malformed: 65). */
int review_attach_stores(struct view *v, const char *const *paths, size_t n,
                         void (*report)(const tt_error *));
/* The same over stores the caller opened and keeps (adjudication: every
 * annotator, blind or not, then self's live store as the last column); on. */
void review_adopt(struct view *v, char *const *names, struct tt_tagstore *const *stores, size_t n,
                  const char *self);
void review_free(struct view *v);
int review_on(const struct view *v);
int review_key(struct view *v, enum action a);
/* Draws the review strip of item at (y, x); returns the columns used. */
int review_chips(struct view *v, WINDOW *w, int y, int x, int maxw, const char *item);
/* For the agreement pane: 1 blind, 0 not, -1 outside a project; the annotators
 * (none when blind), each one's name and store of this thread (self's is the
 * live one; NULL: none); the project (NULL when blind or outside one). */
int review_blind(const struct view *v);
size_t review_ncoders(const struct view *v);
const char *review_coder(const struct view *v, size_t i);
const char *review_self(const struct view *v);
struct tt_tagstore *review_store(struct view *v, size_t i);
const struct tt_project *review_project(const struct view *v);

/* agreepane.c: the confusion matrix of two annotators as a grid (a), for this
 * thread or the whole project; Enter limits the comments to a cell's. */
int agree_open(struct view *v);
void agree_free(struct view *v);
int agree_pane_key(struct view *v, enum action a, ui_key k);
void agree_draw(struct view *v, WINDOW *w);
/* Outside the pane: its key opens it, its own keys say where they work, and
 * n/N go through a cell's comments while they are the limit. RD_NONE: not its. */
int agree_key(struct view *v, enum action a);

/* news.c: comments new since the thread was last opened; the update key */
int ui_news_is_new(const struct view *v, const tt_comment *c);
int ui_news_key(struct view *v, enum action a);
/* fn fetches the update (ui_main.c); set, the update key calls it before it
 * leaves the screen, so the fetch's progress shows in the status line. */
void ui_news_set_updater(void (*fn)(void *ctx), void *ctx);
/* linecache.c: paragraphs of text that outlives the view (the thread's own
 * strings, keyed by address) shown as comments_para shows them, wrapped as
 * ui_wrap_line wraps them at cols (a URL up to hard) and rendered in
 * attribute a with pattern's hits, once; a redraw copies the cells. A new
 * screen size or theme drops every paragraph. */
struct lc_entry;
struct lc_entry *lc_get(struct view *v, const char *src, int cols, int hard, attr_t a,
                        const char *pattern);
int lc_count(const struct lc_entry *e); /* lines */
/* Draws line `line` of e at (y, x), at most maxw columns; returns the columns
 * used. Cells are made on the first draw, so lc_get alone only wraps. An entry
 * lives until the next lc_get. */
int lc_put(struct view *v, WINDOW *w, int y, int x, int maxw, struct lc_entry *e, int line);
void lc_free(struct view *v);
/* hdrcache.c: a comment's header row from its indent on, kept per pane width,
 * selection, fold, news mark, review, relative-time minute, tag generation,
 * colour generation, pattern and pane background. hdr_put copies a kept
 * header to row y (and its rowmap to rm) and returns 1, or returns 0 when
 * none matches; hdr_keep keeps the header just drawn at row y. Whatever else
 * changes a header calls hdr_drop. */
int hdr_put(struct view *v, WINDOW *w, int y, struct rect r, const tt_comment *c,
            struct rowmap *rm);
void hdr_keep(struct view *v, WINDOW *w, int y, struct rect r, const tt_comment *c,
              const struct rowmap *rm);
void hdr_drop(struct view *v);
void hdr_free(struct view *v);

/* help.c, status.c */
void help_draw(struct view *v, WINDOW *w);
int help_key(struct view *v, enum action a, ui_key k);
void status_draw(struct view *v, WINDOW *w);
int prompt_key(struct view *v, ui_key k);
void prompt_open(struct view *v, enum prompt_kind kind, const char *initial);

/* tagging.c: the tag store seen from the view (all no-ops without a store) */
struct tags_open_opts {
	const char *path, *annotator, *scheme, *config_annotator;
	const char *target; /* the project's claim; NULL: the scheme's target */
};
/* Opens the store; 0, or an exit code after reporting a malformed store. */
int tags_open(struct view *v, const struct tags_open_opts *o, void (*report)(const tt_error *));
int tags_close(struct view *v, void (*report)(const tt_error *));
void tags_paragraph_item(size_t paragraph, char out[32]);
int tags_chips(struct view *v, WINDOW *w, int y, int x, int maxw, const char *item);
int tags_subtree_counts(struct view *v, WINDOW *w, int y, int x, int maxw, const tt_comment *c);
int tags_action(struct view *v, enum action a, ui_key k);
/* The tags pane's value cursor: dir 1 or -1 moves it over every value of the
 * scheme, 0 sets (or clears) the value under it on the current item. */
int tags_cursor(struct view *v, int dir);
int tags_prompt_done(struct view *v, enum prompt_kind kind, const char *text);
int tags_labels_key(struct view *v, ui_key k);
int tags_is_tagged(struct view *v, const char *item);
int tags_has_label(struct view *v, const char *item, const char *label);
void tags_labels_line(struct view *v, tt_buf *out);
/* Lines the help adds for the scheme in use: its values and labels with keys. */
size_t tags_help_count(struct view *v);
void tags_help_line(struct view *v, size_t i, char *out, size_t size);
struct tt_tagstore *tags_store(struct view *v); /* NULL without a store */
void tags_set_headless(struct view *v);         /* no editor: there is no terminal to hand over */
size_t tags_ntagged(struct view *v);
size_t tags_orphans(struct view *v); /* tags whose comment left the thread */
/* Someone else changed item in the store (adjudication's accept): recount it. */
int tags_changed(struct view *v, const char *item);
/* Goes up with every change of the store made through the view (never 0
 * with a store), for counts kept beside it. */
unsigned tags_generation(struct view *v);
/* At an idle moment: reaps the store's background fold and starts one when
 * the journal has grown (a quarter of the store), so no key waits for a
 * rewrite of the store. Redraw flags (a failure is said on the status line). */
int tags_fold_tick(struct view *v);
void tags_pane_draw(struct view *v, WINDOW *w, struct rect r);
const char *tags_notice(struct view *v);
int tags_readonly(struct view *v);
int tags_locked_elsewhere(struct view *v); /* read-only because another threadtag writes */
/* Opens the store again (writable when asked and the lock is free), to follow
 * another viewer's changes or to take over from it. 0, or -1 with a message. */
int tags_reopen(struct view *v, int writable);

/* messages.c: the session's log; view_message keeps every message in it. */
void messages_keep(struct view *v);                     /* logs v->msg */
void view_log_error(struct view *v, const tt_error *e); /* FILE:LINE:COL: message */
/* After opening: with several messages, the status line says how to list them. */
void messages_summary(struct view *v);
void messages_free(struct view *v);
size_t messages_nlines(const struct view *v);
void messages_draw(struct view *v, WINDOW *w);

/* links.c: links of the selected comment or the article (the U overlay). */
/* Text as shown: Markdown links [text](url) become their text (the URL is in the list). */
void links_display(const char *s, size_t len, tt_buf *out);
int links_open(struct view *v);
void links_close(struct view *v);
int links_key(struct view *v, enum action a, ui_key k);
void links_draw(struct view *v, WINDOW *w);
/* Writes the OSC 52 "copy to clipboard" escape for url (printable ASCII) to out. */
int links_osc52(FILE *out, const char *url);

/* when.c: times of comments. ISO 8601 as the importers write it (UTC). */
int when_parse(const char *iso, time_t *out); /* 0, or -1 when it is not ISO 8601 */
void when_relative(time_t t, time_t now, char *out, size_t size); /* "3 h", "Mar 2015" */
void when_absolute(time_t t, char *out, size_t size); /* "11 Mar 2025 08:21", local time */
/* A comment's time as the view shows it (relative unless absolute or the
 * setting says so); the text as given when it is not ISO 8601. NULL: none. */
const char *when_comment(const struct view *v, const tt_comment *c, int absolute, char *buf,
                         size_t size);

/* chain.c: the selected comment's ancestors (A), scrolled like the help. */
size_t chain_nlines(const struct view *v);
void chain_draw(struct view *v, WINDOW *w);
/* guide.c: the guideline overlay (H), scrolled like the help, n/N search it. */
int guide_open(struct view *v);
void guide_free(struct view *v);
size_t guide_nlines(const struct view *v);
void guide_draw(struct view *v, WINDOW *w);
int guide_search(struct view *v, int back);
/* The guideline search prompt is done: text becomes the search (empty: the last). */
int guide_prompt_done(struct view *v, const char *text);
/* Rows the pinned chain takes atop the comments pane now (0: not pinned). */
int chain_pin_rows(const struct view *v);
/* Draws the pinned chain in r from row y; returns the rows used. */
int chain_pin_draw(struct view *v, WINDOW *w, struct rect r, int y);

/* follow.c: a read-only viewer follows the writer's changes (on idle ticks) and
 * can take over when it leaves. Return RD_* flags. */
int follow_tick(struct view *v);
int follow_take_over(struct view *v);
void follow_stop(struct view *v);

/* app.c: drawing. ui_draw_all erases the screen and draws everything; ui_draw
 * draws what the flags rd name (see enum redraw) over the last frame, and
 * everything when they name no pane or the frame cannot be kept. */
void ui_draw_all(struct view *v, WINDOW *w);
void ui_draw(struct view *v, WINDOW *w, int rd);
/* pane_comments.c: redraws the headers of the selection and of the previous
 * one when nothing else in the pane changed; 0 (nothing drawn) otherwise. */
int comments_redraw_selection(struct view *v, WINDOW *w, struct rect r);
/* tagging.c: redraws the selected item's part of the tags pane (inner
 * rectangle r) when nothing else in it changed; 0 (nothing drawn) otherwise. */
int tags_pane_redraw_selected(struct view *v, WINDOW *w, struct rect r);

#endif
