/* text: UTF-8 decoding, display width, sanitising for the terminal and word wrapping. */
#ifndef THREADTAG_TEXT_H
#define THREADTAG_TEXT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "threadtag/xalloc.h"

#define TT_REPLACEMENT 0xFFFDu

/* Decodes one code point from s[0..len) (len > 0) strictly: lead bytes C2-F4,
 * no overlong forms, no surrogates. A bad sequence yields U+FFFD and consumes
 * one byte, so decoding always makes progress. Returns the bytes consumed. */
size_t tt_utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Length of the strictly valid UTF-8 sequence at s[0..len), or 0 when there
 * is none (the same rules as tt_utf8_decode: the project's one validator). */
size_t tt_utf8_seq(const char *s, size_t len);
/* 1 when all of s[0..len) is strictly valid UTF-8, else 0. */
int tt_utf8_valid(const char *s, size_t len);
/* Length of a no-break or typographic space at s (U+00A0, U+2000 to U+200A,
 * U+202F, U+205F), or 0: spaces a page sets for their width, which every
 * importer reads as a plain space. s is NUL-terminated. */
size_t tt_utf8_space(const char *s);
/* Appends the UTF-8 encoding of cp to b. */
void tt_utf8_encode(tt_buf *b, uint32_t cp);

/* Columns a code point takes on the terminal (wcwidth; needs a UTF-8 LC_CTYPE):
 * 0 for combining marks, 2 for wide ones, -1 for ones that must not be shown raw. */
int tt_text_cp_width(uint32_t cp);
/* 1 when cp must never reach the terminal as is: C0 and C1 controls, DEL,
 * bidi embeddings, overrides, isolates and marks (U+200E/F, U+061C, U+202A-E,
 * U+2066-9), and anything wcwidth calls unprintable. */
int tt_text_is_unsafe(uint32_t cp);

/* Appends to out a display-safe copy of s[0..len): every unsafe code point is
 * replaced by an inert visible glyph (ESC -> "^[", BEL -> "^G", DEL -> "^?",
 * C1 -> "<9B>", bidi controls -> "<U+202E>", invalid bytes -> U+FFFD), tabs
 * become one space, and "\n" is kept as a hard line break when keep_newlines
 * (else it becomes "^J"). The result holds only printable text and "\n". */
void tt_text_sanitize(const char *s, size_t len, int keep_newlines, tt_buf *out);

/* A display-safe copy of s for printing untrusted text on a command's output
 * (one line: "\n" shown as "^J"), cut with "..." past 8 KiB. NULL gives "".
 * The result lives in one of 8 rotating static buffers: valid until the 8th
 * next call; not thread-safe. */
const char *tt_text_safe(const char *s);
/* tt_text_safe fitted to columns by display width, as printf's "%*.*s" does by
 * bytes: at most precision columns (no limit when negative), cut between
 * characters, then padded with spaces to |width| columns, on the right when
 * width is negative (left-aligned), on the left when positive. Same ring of
 * static buffers as tt_text_safe. */
const char *tt_text_fit(const char *s, int width, int precision);

/* Quoting input in a message: every warning, error or --explain row that
 * shows a piece of the input cut to a length goes through these, so a cut
 * never splits a character (stderr stays valid UTF-8) nor parts a letter
 * from its combining marks. */

/* Bytes of s[0..len) to keep when it must fit in max bytes: len when it
 * fits, else the last character boundary at or before max that is not
 * followed by a combining mark (zero-width), so no sequence is split and a
 * letter keeps its marks or goes with them. Invalid bytes count as one
 * character each (the sanitiser shows them as U+FFFD). */
size_t tt_utf8_cut(const char *s, size_t len, size_t max);
/* vsnprintf into dst[0..cap) (cap >= 4) that, when the text does not fit,
 * cuts it with tt_utf8_cut and ends it in "...". */
void tt_utf8_vsnprintf(char *dst, size_t cap, const char *fmt, va_list ap)
    __attribute__((format(printf, 3, 0)));
/* A quotation of untrusted text s[0..len) for a message: display-safe on one
 * line (as tt_text_safe), at most cols columns by display width, cut between
 * characters (marks stay with their letter) and then ended in "..." when
 * anything was left out. Same ring of static buffers as tt_text_safe. */
const char *tt_text_quote(const char *s, size_t len, int cols);

/* Display width of sanitised UTF-8 text (as tt_text_sanitize produces). */
int tt_text_width(const char *s, size_t len);

/* One wrapped line: bytes [start, end) of the text, `width` columns wide. */
typedef struct tt_line {
	size_t start, end;
	int width;
} tt_line;

/* Cuts the next line of at most `cols` columns out of sanitised text s[0..len),
 * starting at *pos. Breaks after spaces when it can, inside a word only when the
 * word is longer than the line, never inside a character or before a combining
 * mark; "\n" always ends a line. Spaces where a line was broken are dropped.
 * Advances *pos to the start of the following line. Returns 0 once *pos is at the
 * end (an empty text still gives one empty line the first time, at *pos == 0). */
int tt_text_wrap_next(const char *s, size_t len, size_t *pos, int cols, tt_line *line);
/* Number of lines s wraps to at cols columns (at least 1). */
size_t tt_text_wrap_count(const char *s, size_t len, int cols);

/* Case-insensitive search of needle in hay (both UTF-8), smart-case: when the
 * needle holds an upper-case letter the match is case-sensitive. Returns the byte
 * offset of the first match at or after from, or -1. */
long tt_text_find(const char *hay, size_t len, size_t from, const char *needle);
/* 1 when the needle asks for a case-sensitive search (has an upper-case letter). */
int tt_text_smartcase(const char *needle);

#endif
