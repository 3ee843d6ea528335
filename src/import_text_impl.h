/* import_text_impl: what the files of the page-text importer share (src/import_text*.c only). */
#ifndef THREADTAG_IMPORT_TEXT_IMPL_H
#define THREADTAG_IMPORT_TEXT_IMPL_H

#include <stddef.h>
#include <stdint.h>

#include "threadtag/import.h"
#include "threadtag/thread.h"
#include "threadtag/xalloc.h"

struct line {
	const char *s; /* after the indentation */
	size_t len;    /* without trailing white space */
	unsigned indent;
	int blank;
	unsigned no; /* 1-based line number */
};

struct page {
	tt_thread *t;
	struct line *l;
	size_t n;
	/* Computed once, on demand: lines after which a dated or signed comment
	 * still comes (below strong_end), and undated headers from each line on
	 * (32 bits, as line numbers are: two of a line's widest arrays). */
	size_t strong_end;
	uint32_t *undated_from, *strong_from;
	/* A header named its writer after a label ("Name NAME DATE"): its
	 * names are no template's word, though every header shows the same. */
	int label_named;
	tt_comment **all; /* every comment made, in page order */
	size_t nall, capall;
	unsigned char *role; /* what each line was taken as (enum role) */
	struct tt_import_report *r;
	unsigned shape;        /* SH_* bits of the first comment header */
	unsigned char *hshape; /* the SH_BASE shape of a dated or signed header there */
	int signed_text;       /* one-line headers sign the text above them */
	int titled;            /* 0 not yet known; 2 one-line headers under titles, 1 not */
	unsigned wrap;         /* the width a text browser wrapped lines at, or 0 */
	unsigned wide_wrap;    /* the same for lines of wide (CJK) characters, or 0 */
	unsigned text_wrap;    /* wrap, or where it is 0 the paragraphs' width (text_wrap_width), or 0 */
	size_t flat_from, flat_to; /* a run of name lines each over its text, or 0 */
	size_t list_to;            /* the end of a stated count's list of bare items, or 0 */
	int list_named;            /* list_to's items each open with their writer's name alone */
	unsigned prose_indent;     /* the column of the first prose paragraph */
	long stated;               /* the count the comments' heading states, or -1 */
	unsigned char *repeated;   /* lines whose words come three times or more, or NULL */
	unsigned char *flat_names;  /* within that run, the lines that are names */
	unsigned char *buttons; /* short lines found thrice or more (1), under other lines (2) */
	unsigned char footer_doubles; /* doubled names dated under their text: 0 unasked, 1 no, 2 yes */
	unsigned char footer_names; /* plain names dated under their text: 0 unasked, 1 no, 2 yes */
	size_t footer_first; /* with footer_names 2: the first such name's line */
	unsigned char shared_over_dates; /* one line over three dates or more: 0 unasked, 1 no, 2 yes */
	unsigned char *short_repeats; /* short lines the page holds three times or more, or NULL */
	/* Whether each line is a date, asked many times over: 0 not yet known,
	 * 1 no, 2 yes (and then its reading in dates[date_ix[line]]: a
	 * reading is 40 bytes, kept for the date lines alone). */
	unsigned char *is_date;
	uint32_t *date_ix;
	struct when *dates;
	size_t ndates, capdates;
	/* lynx's list of addresses under "References": refs[N] the line of
	 * link N, NULL for none; read once, when a reply's link asks */
	const struct line **refs;
	size_t nrefs;
	int refs_read;
	unsigned char bare_ages; /* three bare ages alone on their lines, one of a day or more: 0 unasked, 1 no, 2 yes */
	unsigned char avatars; /* two images alone named like avatars: 0 unasked, 1 no, 2 yes */
	/* Lines index_headers found no header at (itx_header_at, undated 0),
	 * or NULL: the answer holds while no line is changed (lines_edited),
	 * for it reads nothing else that changes, and saves reading every
	 * line's rules a second time in the comments' pass. */
	unsigned char *no_header;
	/* Lines index_headers found a header at but took for a quotation's
	 * title (quoted_header: a post's own line repeated under the quoting
	 * post's), or NULL: no header, whatever the rules read. */
	unsigned char *quoted_headers;
	/* What itx_chrome_at and itx_form_at read of each line (two bits a
	 * fact: read, and the answer), kept while lines_edited is 0; NULL
	 * before the first is asked. */
	unsigned char *facts;
	int lines_edited; /* a line's text or column changed by a comment's reader */
	/* How many comments hold each long word (hashed), read once when an
	 * answer names its author only (itx_word_counts); NULL before. */
	struct itx_word_count *wdf;
	size_t nwdf, capwdf;
	struct itx_words *wcache; /* each comment's long words, read on demand */
	size_t nwcache;
	uint64_t *wpool; /* the words' hashes, each comment's sorted in a run */
	size_t nwpool, capwpool;
	/* The comments with an author, by the author's hash and then place,
	 * while the answers by name are looked for; NULL otherwise. */
	struct itx_repeat_key *akeys;
	size_t nakeys, akeys_maxlen; /* how many, the longest author's bytes */
	/* The joining word between a doubled name and its date ("於" of
	 * "小鳳小鳳於 DATE"), once a header showed it; the same word ends
	 * other headers' names ("史蒂文的家_藍天於 DATE 回覆"), none of them. */
	char joiner[13];
	size_t joiner_len;
};

/* Where a comment's long words stand in the page's pool, and how many. */
struct itx_words {
	size_t off;
	unsigned char n, read;
};

/* What a line was taken as, for --explain and for the warnings about
 * dropped text; a line left R_NONE was dropped. */
enum role { R_NONE, R_TITLE, R_BYLINE, R_ARTICLE, R_SECTION, R_HEADER, R_COMMENT, R_LINKS };

/* The shape of the first comment header, for the report's layout. */
enum {
	SH_NAME_DATE = 1,
	SH_DATE_NAME = 2,
	SH_ONE_LINE = 4,
	SH_UNDATED = 8,
	SH_SIGNATURE = 16,
	SH_NUMBERED = 32,
	SH_VERB = 64,
	SH_DATE_AFTER = 128,
	SH_LIST = 256,
	SH_NAMED_LIST = 512, /* list items each under its writer's name */
	SH_COUNTED = 1024,   /* headers counting the comments under them */
	SH_SUBJECT = 2048,   /* member cards over the thread's subject and a date */
	SH_BASE = SH_NAME_DATE | SH_DATE_NAME | SH_ONE_LINE | SH_SIGNATURE | SH_DATE_AFTER
};

struct when {
	const char *posted; /* the date text as written, in the thread's arena */
	char iso[32];
};

enum hkind { H_NONE, H_DATED, H_UNDATED, H_SIGNATURE };

struct header {
	enum hkind kind;
	unsigned shape; /* SH_* */
	const char *author;
	struct when when;
	size_t next;  /* the first line after the header */
	int wraps;    /* its line may wrap onto one more (date_comma_name) */
	size_t dated; /* the date line under the text (SH_DATE_AFTER), or 0 */
	unsigned indent;
	size_t opens; /* the list item a signed comment opens with, or 0 */
};

/* A run of lines; NULL entries are paragraph breaks. */
struct lines {
	const struct line **v;
	size_t n, cap;
};

/* A paragraph of the article (import_text_article.c). */
struct para {
	size_t first, last; /* line indices */
	size_t lines, chars;
};

/* Forum posts numbered on a line of their own (import_text_forum.c). */
struct numposts {
	size_t n, *mark, *date, *name; /* per post: its "#N" line, date line, name line */
	struct when *when;             /* per post: its date */
	size_t from;                   /* where the second post's block starts */
	int over;                      /* each date over its "#N" (XenForo 2) */
	int under;                     /* each name under its labelled date, the first post a comment */
	int above; /* each name a few lines over its labelled date, the first post a comment */
	int stamped; /* each date on its "#N" line, the name under it, the first post a comment */
	int opening; /* the first post is "#1", the topic's: no comment */
	int in_date; /* each name between its date line's label and "»" ("Messagepar NAME » DATE")
	              */
	int later;   /* a later page of the thread: its first post a comment too */
	const char *suffix; /* what follows the name in a quotation's title (" View Post") */
	size_t suffixl;
	unsigned char *tmpl; /* per line while the posts are read: 0 unknown, 1 no, 2 of the template */
};

/* Replies numbered in their header lines (import_text_forum.c). */
struct replylines {
	size_t n, *line; /* per reply: its header line */
	long first;      /* the first one's number */
	size_t from;     /* where the first starts */
};

/* The comment comment k of the page's list answers, by what its words
 * show, or NULL (import_text_tidy.c, import_text_forum.c). */
typedef tt_comment *itx_answer_fn(struct page *P, size_t k);
int itx_flat(const struct page *P);
void itx_move_answers(struct page *P, itx_answer_fn *find);
/* import_text.c */
int itx_line_is(const struct line *L, const char *const *phrases);
void itx_lines_add(struct lines *ls, const struct line *L);
void itx_mark_lines(struct page *P, const struct lines *ls, enum role r);
int itx_soft_break(const struct page *P, const struct line *L, const struct line *next);
/* Columns of s as a text browser wrapping a dump counts them (code points). */
unsigned itx_columns(const char *s, size_t len);
/* Whether the break after L was the browser's wrapping at text_wrap, on
 * pages whose paragraphs alone show the width too (a list's wrapped item,
 * a comment's wrapped first line). */
int itx_text_soft_break(const struct page *P, const struct line *L, const struct line *next);
void itx_emit_paragraphs(const struct page *P, tt_strv *out, const struct lines *ls, int line_mode);
int itx_bare_mark(const struct line *L);
/* The list item a one-line signature at line i closes: the line of its
 * mark, the signature and the lines between (blank, or at its column)
 * hanging right past the mark ("• You encountered a Metallica" over
 * "MrStavi1990 vor 2 Monaten", all four columns in); 0 if none. Walks
 * back 200 lines at most. */
size_t itx_signed_item(const struct page *P, size_t i);
int itx_item_number(const struct page *P, size_t i);
int itx_titled_item(struct page *P, size_t i);
long itx_level_line(const struct line *L, size_t *word);
int itx_titled_header(struct page *P, size_t i);

/* import_text_header.c */
int itx_lynx_refs(struct page *P);
int itx_numbered(const struct line *L);
void itx_dated_header(struct page *P, struct header *h, unsigned shape, const char *name,
                      size_t len, size_t next);
int itx_date_text(struct page *P, const char *s, size_t len, struct when *w);
int itx_date_line(struct page *P, const struct line *L, struct when *w);
/* The address of lynx's link number no (its list of "References" under the
 * page, read once), its length in *len; NULL if none. */
const char *itx_ref_address(struct page *P, size_t no, size_t *len);
/* A clock alone on line L, a list's mark before it allowed ("- 17:54"). */
int itx_clock_alone_line(const struct line *L);
size_t itx_next_text(const struct page *P, size_t i);
int itx_one_line_header(struct page *P, const struct line *L, struct header *h);
int itx_vote_row(const struct line *L);
int itx_bracketed_word(const char *s, size_t len);
size_t itx_past_header_tail(struct page *P, size_t i);
int itx_header_at(struct page *P, size_t i, int undated, struct header *h);
/* A list of threads' "Last reply AGE" line: no header; the posts end at it. */
int itx_last_reply_line(const struct line *L);
/* lynx's "(BUTTON)" alone on its line: no text. */
int itx_bare_button(const struct line *L);
int itx_table_row(struct page *P, const struct line *L, const char **at, size_t *nl,
                  const char **title, size_t *tl, struct when *w);
size_t itx_flat_run(const struct page *P, size_t i, unsigned char **names);
void itx_find_flat_run(struct page *P, size_t i);
int itx_undated_at(struct page *P, size_t i, struct header *h);
int itx_signature_at(struct page *P, const struct line *L, struct header *h);
/* Past the topic's own post where headings read "SUBJECT by NAME: DATE"
 * and the next answers it ("Re: SUBJECT by ..."); else from. */
size_t itx_topic_subject_from(struct page *P, size_t from);
/* A rank's line: one word of letters and a number ("Niveau 100", "Level
 * 7", "Rang 12"). */
int itx_rank_line(const struct line *L);
/* In a flat list of posts, one whose text opens quoting an earlier post
 * by its writer's name ("> NAME said:", "> NAME:", "> NAME posted...")
 * answers that writer's latest post (import_text_forum.c). */
void itx_quoted_replies(struct page *P);
/* The same for titles "> NAME WORD..." alone, once tidying has marked them. */
void itx_dotted_quote_replies(struct page *P);
int itx_reply_link(struct page *P, size_t first, size_t i, size_t *named);
/* lynx's dump: whether a link on line i goes to the page's anchor named
 * after the id a link on line j ends in ("#36818754", "item?id=36818754"). */
int itx_links_to_own(struct page *P, size_t i, size_t j);
/* lynx's dump: whether the link "[N]" at b goes to an address a link on
 * line J goes to too. */
int itx_link_also_on(struct page *P, const char *b, const struct line *J);
tt_comment *itx_linked_comment(struct page *P, tt_comment *const *all, size_t k, size_t i,
                               size_t at);

/* import_text_marks.c */
int itx_comment_chrome(const struct line *L0);
int itx_count_opens(const char *s, size_t open);
int itx_comments_heading(const struct line *L);
int itx_reply_form(const struct line *L);
/* itx_comment_chrome and itx_reply_form of line L, kept per line when L
 * is one of the page's. */
int itx_chrome_at(struct page *P, const struct line *L);
int itx_form_at(struct page *P, const struct line *L);
int itx_form_field(const struct line *L);
int itx_drawn_field(const struct line *L, int underscores);
int itx_footer_line(const struct line *L);
uint64_t itx_line_hash(const struct line *L, size_t *spaces);
void itx_count_keys(const struct page *P, const uint64_t *of, unsigned *n);
void itx_mark_repeats(struct page *P);
int itx_lone_control(const struct line *L);
void itx_mark_short_repeats(struct page *P);
void itx_drop_repeated_blocks(struct page *P);
int itx_count_line(const struct line *L);
int itx_digit_past_refs(const struct line *L);
void itx_mark_buttons(struct page *P);
size_t itx_past_header_buttons(struct page *P, size_t i);

/* import_text_forum.c */
/* Whether s (len bytes) ends in a dot and a file type: 1 of an image
 * ("151.png"), 2 of a document or an archive ("notes.pdf"), else 0. */
int itx_file_type(const char *s, size_t len);
int itx_author_box(struct page *P, size_t i, struct header *h);
int itx_numbered_posts(struct page *P, struct numposts *np);
void itx_read_numbered_posts(struct page *P, struct numposts *np);
int itx_numbered_replies(struct page *P, struct replylines *rl);
void itx_read_numbered_replies(struct page *P, struct replylines *rl);
struct qa_signs;
int itx_qa_posts(struct page *P, struct qa_signs **q);
size_t itx_qa_from(const struct qa_signs *q);
void itx_read_qa_posts(struct page *P, struct qa_signs *q);
struct twice_posts;
int itx_twice_posts(struct page *P, struct twice_posts **tp);
size_t itx_twice_from(const struct twice_posts *tp);
void itx_read_twice_posts(struct page *P, struct twice_posts *tp);
struct dated_counts;
int itx_dated_counts(struct page *P, struct dated_counts **dc);
size_t itx_dated_counts_from(struct page *P, const struct dated_counts *dc);
void itx_read_dated_counts(struct page *P, struct dated_counts *dc, size_t from);
struct boxed_posts;
int itx_boxed_posts(struct page *P, struct boxed_posts **bp);
size_t itx_boxed_from(const struct boxed_posts *bp);
void itx_read_boxed_posts(struct page *P, struct boxed_posts *bp);
struct ruled_posts;
int itx_ruled_posts(struct page *P, struct ruled_posts **rp);
size_t itx_ruled_from(const struct ruled_posts *rp);
void itx_read_ruled_posts(struct page *P, struct ruled_posts *rp);
/* posts signed under their text (date, name) between rules */
struct rule_signed_d;
int itx_rule_signed_d(struct page *P, struct rule_signed_d **rs);
size_t itx_rule_signed_from_d(const struct rule_signed_d *rs);
void itx_read_rule_signed_d(struct page *P, struct rule_signed_d *rs);
struct stamped_posts;
int itx_stamped_posts(struct page *P, struct stamped_posts **sp);
size_t itx_stamped_from(const struct stamped_posts *sp);
void itx_read_stamped_posts(struct page *P, struct stamped_posts *sp);
struct rowed_posts;
int itx_rowed_posts(struct page *P, struct rowed_posts **rp);
size_t itx_rowed_from(const struct rowed_posts *rp);
void itx_read_rowed_posts(struct page *P, struct rowed_posts *rp);
struct signed_posts;
int itx_signed_posts(struct page *P, struct signed_posts **sp);
/* Wiki talk pages dumped as text (import_text_talk.c): paragraphs signed at
 * their end with a time closed by its zone, answers indented further. */
struct talk_posts;
int itx_talk_posts(struct page *P, struct talk_posts **tp);
size_t itx_talk_from(const struct talk_posts *tp);
void itx_read_talk_posts(struct page *P, struct talk_posts *tp);
size_t itx_signed_from(const struct signed_posts *sp);
void itx_read_signed_posts(struct page *P, struct signed_posts *sp);
struct footed_posts;
int itx_footed_posts(struct page *P, struct footed_posts **fp);
size_t itx_footed_from(const struct footed_posts *fp);
void itx_read_footed_posts(struct page *P, struct footed_posts *fp);
/* posts holding a copy of the comment they answer, dated under their text */
struct copied_posts;
int itx_copied_posts(struct page *P, struct copied_posts **cp);
size_t itx_copied_from(const struct copied_posts *cp);
void itx_read_copied_posts(struct page *P, struct copied_posts *cp);
struct closed_posts_l;
int itx_closed_posts_l(struct page *P, struct closed_posts_l **cp);
size_t itx_closed_from_l(const struct closed_posts_l *cp);
void itx_read_closed_posts_l(struct page *P, struct closed_posts_l *cp);
/* posts under a member card, the thread's subject and a date (phpBB) */
struct subject_posts;
int itx_subject_posts(struct page *P, struct subject_posts **sp);
size_t itx_subject_from(const struct page *P, const struct subject_posts *sp);
void itx_read_subject_posts(struct page *P, struct subject_posts *sp);
struct carded_posts;
int itx_carded_posts(struct page *P, struct carded_posts **cp);
size_t itx_carded_from(const struct carded_posts *cp);
void itx_read_carded_posts(struct page *P, struct carded_posts *cp);
struct counted_posts;
int itx_counted_posts(struct page *P, struct counted_posts **cp);
size_t itx_counted_from(const struct counted_posts *cp);
void itx_read_counted_posts(struct page *P, struct counted_posts *cp);
void itx_counted_article(struct page *P, size_t cstart);
struct outlined_posts;
int itx_outlined_posts(struct page *P, struct outlined_posts **op);
size_t itx_outlined_from(const struct outlined_posts *op);
void itx_read_outlined_posts(struct page *P, struct outlined_posts *op);
void itx_tidy_posts(struct page *P);

/* import_text_start.c */
/* Line i (not before line from) a count of a comment's answers in
 * place of the button every comment shows ("1 reply" where the others
 * show "Reply"; lynx's "(BUTTON) 1 reply"): the word shares its first
 * four letters, but is not the same word, with a one-word short line the
 * page repeats (the same word counts the button's votes), within 40
 * lines of it (the button of the comments around it). The count, or 0. */
long itx_answers_count(struct page *P, size_t from, size_t i);
long itx_stated_count(struct page *P, const struct line *L);
size_t itx_item_bullet(const struct line *L);
size_t itx_find_section(struct page *P, int *heading, long *stated);

/* import_text_article.c */
int itx_is_prose(const struct page *P, const struct para *p);
int itx_is_caption(const struct line *L);
size_t itx_make_paras(const struct page *P, size_t from, size_t to, int line_mode,
                      struct para **out);
void itx_parse_article(struct page *P, size_t from, size_t to);

/* import_text_tidy.c */
void itx_drop_repeated_links(struct page *P);
void itx_drop_numbered_heads(struct page *P);
void itx_strip_template(struct page *P);
void itx_drop_repeated_titles(struct page *P);
void itx_drop_notice_heads(struct page *P);
void itx_drop_count_names(struct page *P);
void itx_drop_title_refs(struct page *P);
void itx_lynx_apostrophes(struct page *P);
void itx_mark_spaced_quotes(struct page *P);
void itx_names_under_dates(struct page *P);
void itx_tidy_headers(struct page *P);
tt_comment *itx_answer_naming(const struct page *P, size_t n, const char *s, size_t len);

#endif
