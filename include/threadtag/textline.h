/* textline: the words of a line of page text, and a comment header's name among them. */
#ifndef THREADTAG_TEXTLINE_H
#define THREADTAG_TEXTLINE_H

#include <ctype.h>
#include <stddef.h>

/* Each takes the len bytes at s, a line of page text without its line end
 * (no NUL needed); the page-text importer asks them of every line. */

/* Holds an ASCII digit. */
int tt_textline_has_digit(const char *s, size_t len);
/* Words: runs of non-space bytes. */
size_t tt_textline_count_words(const char *s, size_t len);
/* More than max words: counting stops at word max + 1, for the long lines
 * a rule only needs to know are too long. */
int tt_textline_words_over(const char *s, size_t len, size_t max);
/* The last byte is one of chars. */
int tt_textline_ends_with_any(const char *s, size_t len, const char *chars);
/* Ends a sentence: . ! ? or an ellipsis, perhaps inside a closing quote or bracket. */
int tt_textline_ends_sentence(const char *s, size_t len);
/* Opens with prefix, ignoring ASCII case. The first byte is compared here,
 * inline: the rules ask most lines for lists of prefixes, nearly all of
 * which differ at once, and the call cost more than the comparison. */
int tt_textline_starts_with_ci_rest(const char *s, size_t len, const char *prefix);
static inline int tt_textline_starts_with_ci(const char *s, size_t len, const char *prefix)
{
	if (prefix[0] && (!len || tolower((unsigned char)s[0]) != tolower((unsigned char)prefix[0])))
		return 0;
	return tt_textline_starts_with_ci_rest(s, len, prefix);
}
/* Holds needle, ignoring ASCII case. */
int tt_textline_contains_ci(const char *s, size_t len, const char *needle);
/* memmem's answer (the first occurrence of needle in s, or NULL), found by
 * memchr on its first byte: for the short lines and needles of a page,
 * glibc's memmem spends most of its time setting up a table per call. */
const char *tt_textline_find(const char *s, size_t len, const char *needle, size_t nl);
/* Length of a text browser's link number opening s ("[12]"), or 0. */
size_t tt_textline_link_ref(const char *s, size_t len);
/* A text browser's bullet of a nested list ("□ ", "* ", "+ ", "o ", "• "). */
size_t tt_textline_list_mark(const char *s, size_t len);
/* An image's alt text as a text browser shows it before a name ("[avatar]
 * Jasmin"): a bracketed word, a space, then more; or a bracketed word with a
 * digit run into a name ("[052bb]Julia"). */
size_t tt_textline_image_ref(const char *s, size_t len);
/* "NAME says:", "NAME sagt:", "NAME dit :", "NAME escribió:": one word and a
 * colon after a name of its own, whatever the language; the length without it. */
size_t tt_textline_without_verb(const char *s, size_t len);
/* Where the first verb closing a quotation's title after the writer's name
 * stands in s ("NAME wrote:", "NAME a écrit :", "schrieb:", "发表于"), the
 * verb ending s or followed by a space or a character past ASCII ("Anna
 * wrote: ↑ DATE"); len when none, else *vl its length. */
size_t tt_textline_said_at(const char *s, size_t len, size_t *vl);
/* The length of a quotation's title s before the verb closing it ("Le DATE
 * NAME a écrit :"), 0 when no such verb closes it. */
size_t tt_textline_said_head(const char *s, size_t len);
/* Whether a quotation's title, its words before that verb (head, hl bytes:
 * "Le 22 juillet 2026 à 11:38:12 Raiko_"), names the comment of name shown
 * at posted: it ends with the name, a word of its own, case aside,
 * whatever the site writes before it, and when a figure before the name
 * dates the post quoted, posted is among those words. A title naming no
 * one ("Le DATE :", the writer hidden) names no comment. */
int tt_textline_said_by(const char *head, size_t hl, const char *name, const char *posted);
/* A post's number after its time, perhaps a button's short word after it
 * ("10/02/27(土)08:26:00 No.13042346 del", Futaba's): the length without
 * them, len when none. */
size_t tt_textline_without_post_number(const char *s, size_t len);
/* An image's alt text after a name ("Alan Goodale [bd81725]"): the length
 * without it. */
size_t tt_textline_without_alt(const char *s, size_t len);
/* A letter or digit, in any script; a lone bullet or symbol ("☆", "□") is
 * no name. Symbols of U+2000-U+2FFF start with 0xE2. */
int tt_textline_has_letter(const char *s, size_t len);
/* The same, digits not counted: a letter in any script. */
int tt_textline_has_alpha(const char *s, size_t len);
/* A name may end in an initial ("John S.", "H.H."): a capital and a dot
 * closing a last word of at most four bytes. */
int tt_textline_initial_at_end(const char *s, size_t len);
/* A name as a comment header shows it: short, no sentence punctuation.
 * Strips a list number ("1. ") and "says:"; returns the name's length, *out
 * where it starts (0 when it is no name). */
size_t tt_textline_author_name(const char *s, size_t len, const char **out);

#endif
