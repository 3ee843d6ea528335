/* test_quote: messages that quote the input cut it between characters, never inside one. */
#include "tt_test.h"

#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/error.h"
#include "threadtag/import.h"
#include "threadtag/text.h"

/* One letter of each length, and a letter with a combining mark (e + U+0301). */
static const struct {
	const char *name, *letter;
} kinds[] = {
    {"Cyrillic (2 bytes)", "\xd0\x96"},      /* Ж */
    {"CJK (3 bytes)", "\xe5\xb1\xb1"},       /* 山 */
    {"emoji (4 bytes)", "\xf0\x9f\xa6\x8a"}, /* 🦊 */
    {"combining mark", "e\xcc\x81"},         /* é as e and U+0301 */
};

/* "a" * lead and then the letter `count` times: every lead shifts where a
 * byte limit falls inside the letters. Caller frees. */
static char *letters(const char *letter, size_t lead, size_t count)
{
	size_t l = strlen(letter);
	char *s = malloc(lead + l * count + 1);
	assert_non_null(s);
	memset(s, 'a', lead);
	for (size_t i = 0; i < count; i++)
		memcpy(s + lead + i * l, letter, l);
	s[lead + l * count] = '\0';
	return s;
}

/* n bytes of s end where a whole letter ends (or inside the lead). */
static int at_letter_end(size_t n, size_t lead, size_t l)
{
	return n <= lead || (n - lead) % l == 0;
}

/* The bytes end on a character boundary and are valid UTF-8 (what iconv
 * checks on stderr), and no e is left without the accent that followed it. */
static void assert_clean_end(const char *s, size_t n, size_t lead, const char *letter)
{
	assert_true(tt_utf8_valid(s, n));
	assert_true(at_letter_end(n, lead, strlen(letter)));
}

static void cut_at_every_offset(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
		for (size_t lead = 0; lead < 4; lead++) {
			char *s = letters(kinds[k].letter, lead, 10);
			size_t len = strlen(s);
			for (size_t max = 0; max <= len + 1; max++) {
				size_t n = tt_utf8_cut(s, len, max);
				assert_true(n <= max || (n == len && len <= max));
				assert_clean_end(s, n, lead, kinds[k].letter);
				/* As much as fits: a whole letter more would not. */
				if (max < len)
					assert_true(n + strlen(kinds[k].letter) > max ||
					            n + strlen(kinds[k].letter) > len);
				else
					assert_int_equal(n, len);
			}
			free(s);
		}
}

/* Invalid bytes are one character each: cut before or after, never dropped whole. */
static void cut_counts_invalid_bytes_as_characters(void **state)
{
	(void)state;
	static const char s[] = "ab\xff\xd0z"; /* a stray byte, a lead byte with no tail */
	assert_int_equal(tt_utf8_cut(s, 5, 3), 3);
	assert_int_equal(tt_utf8_cut(s, 5, 4), 4);
	assert_int_equal(tt_utf8_cut(s, 5, 2), 2);
	/* A mark at the very start has no letter to go with: cut before it, not inside. */
	assert_int_equal(tt_utf8_cut("\xcc\x81\xcc\x81x", 5, 3), 0);
}

static void format_cut(char *dst, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void format_cut(char *dst, size_t cap, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tt_utf8_vsnprintf(dst, cap, fmt, ap);
	va_end(ap);
}

static void vsnprintf_cuts_between_characters(void **state)
{
	(void)state;
	char out[64];
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
		for (size_t lead = 0; lead < 4; lead++) {
			char *s = letters(kinds[k].letter, lead, 30);
			for (size_t cap = 4; cap <= sizeof out; cap++) {
				format_cut(out, cap, "%s", s);
				size_t n = strlen(out);
				assert_true(n < cap);
				if (strlen(s) < cap) {
					assert_string_equal(out, s);
					continue;
				}
				assert_string_equal(out + n - 3, "...");
				assert_memory_equal(out, s, n - 3);
				assert_clean_end(s, n - 3, lead, kinds[k].letter);
			}
			free(s);
		}
	format_cut(out, sizeof out, "%d %s", 7, "short");
	assert_string_equal(out, "7 short");
}

static void quote_by_display_width(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
		for (size_t lead = 0; lead < 4; lead++) {
			char *s = letters(kinds[k].letter, lead, 30);
			size_t len = strlen(s);
			int whole = tt_text_width(s, len);
			for (int cols = 0; cols <= whole + 1; cols++) {
				const char *q = tt_text_quote(s, len, cols);
				size_t n = strlen(q);
				if (cols >= whole) {
					assert_string_equal(q, s);
					continue;
				}
				assert_true(n >= 3);
				assert_string_equal(q + n - 3, "...");
				n -= 3;
				assert_memory_equal(q, s, n);
				assert_clean_end(s, n, lead, kinds[k].letter);
				assert_true(tt_text_width(q, n) <= cols);
				/* The widest cut that fits: one letter more would not. */
				assert_true(tt_text_width(s, n + strlen(kinds[k].letter)) > cols ||
				            n < lead);
			}
			free(s);
		}
	/* Cyrillic is one column a letter: 60 columns are 60 letters, not 30. */
	char *ru = letters("\xd0\x96", 0, 70);
	const char *q = tt_text_quote(ru, strlen(ru), 60);
	assert_int_equal(strlen(q), 120 + 3);
	free(ru);
	assert_string_equal(tt_text_quote(NULL, 0, 5), "");
}

/* Input that is not text is shown inert: invalid bytes as U+FFFD, controls as glyphs. */
static void quote_is_inert(void **state)
{
	(void)state;
	static const char bad[] = "x\xff\xd0\x1b]0;t\x07\xe2\x80\xae" "end\n2";
	const char *q = tt_text_quote(bad, sizeof bad - 1, 40);
	assert_true(tt_utf8_valid(q, strlen(q)));
	assert_string_equal(q, "x\xef\xbf\xbd\xef\xbf\xbd^[]0;t^G<U+202E>end^J2");
	/* Cut inside a glyph's columns: the glyph goes whole or not at all. */
	q = tt_text_quote(bad, sizeof bad - 1, 4);
	assert_string_equal(q, "x\xef\xbf\xbd\xef\xbf\xbd...");
}

/* The error every loader fills: a long quote is cut between characters. */
static void error_message_cut(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
		for (size_t lead = 0; lead < 4; lead++) {
			char *s = letters(kinds[k].letter, lead, 400);
			tt_error err;
			tt_error_set(&err, s, 1, 1, "unknown key '%s'", s);
			assert_true(tt_utf8_valid(err.msg, strlen(err.msg)));
			assert_true(tt_utf8_valid(err.file, strlen(err.file)));
			size_t n = strlen(err.msg);
			assert_string_equal(err.msg + n - 3, "...");
			/* "unknown key '" is 13 bytes: the letters after it end whole. */
			assert_clean_end(s, n - 3 - 13, lead, kinds[k].letter);
			assert_clean_end(s, strlen(err.file), lead, kinds[k].letter);
			free(s);
		}
}

/* The import report: warnings and --explain rows cut between characters. */
static void report_cut(void **state)
{
	(void)state;
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
		for (size_t lead = 0; lead < 4; lead++) {
			char *s = letters(kinds[k].letter, lead, 300);
			struct tt_import_report r;
			tt_import_report_init(&r, 1);
			tt_import_warn(&r, 3, "dropped: %s", s);
			tt_import_explain(&r, 3, 4, "dropped", s, strlen(s));
			assert_int_equal(r.nwarn, 1);
			assert_int_equal(r.nblocks, 1);
			assert_true(tt_utf8_valid(r.warn[0], strlen(r.warn[0])));
			assert_true(tt_utf8_valid(r.blocks[0], strlen(r.blocks[0])));
			const char *w = r.warn[0] + strlen("line 3: dropped: ");
			assert_clean_end(s, strlen(w) - 3, lead, kinds[k].letter);
			const char *b = r.blocks[0] + strlen("3-4: dropped: ");
			assert_clean_end(s, strlen(b) - 3, lead, kinds[k].letter);
			assert_true(tt_text_width(b, strlen(b) - 3) <= 60);
			tt_import_report_free(&r);
			free(s);
		}
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(cut_at_every_offset),
	    cmocka_unit_test(cut_counts_invalid_bytes_as_characters),
	    cmocka_unit_test(vsnprintf_cuts_between_characters),
	    cmocka_unit_test(quote_by_display_width),
	    cmocka_unit_test(quote_is_inert),
	    cmocka_unit_test(error_message_cut),
	    cmocka_unit_test(report_cut),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
