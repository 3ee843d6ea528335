/* test_text: UTF-8 decoding, widths, sanitising and wrapping of thread text. */
#include "tt_test.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/hash.h"
#include "threadtag/text.h"

static char *san(const char *s, int keep_nl)
{
	tt_buf b = {0};

	tt_text_sanitize(s, strlen(s), keep_nl, &b);
	return b.data;
}

/* Every line of s wrapped at cols, joined with '|'. Caller frees. */
static char *wrap(const char *s, int cols)
{
	tt_buf b = {0};
	size_t pos = 0, len = strlen(s);
	tt_line l;
	int first = 1;

	tt_buf_add(&b, "", 0);
	while (tt_text_wrap_next(s, len, &pos, cols, &l)) {
		if (!first)
			tt_buf_addc(&b, '|');
		first = 0;
		tt_buf_add(&b, s + l.start, l.end - l.start);
		assert_int_equal(l.width, tt_text_width(s + l.start, l.end - l.start));
	}
	return b.data;
}

static void decode_strict(void **state)
{
	uint32_t cp;
	(void)state;
	assert_int_equal(tt_utf8_decode("\xc3\xa9", 2, &cp), 2);
	assert_int_equal(cp, 0xE9);
	assert_int_equal(tt_utf8_decode("\xf0\x9f\x98\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x1F600);
	/* overlong, surrogate, truncated, stray continuation, bad lead */
	const char *bad[] = {"\xc0\xaf", "\xe0\x80\xaf",     "\xed\xa0\x80", "\xe2\x82",
	                     "\x80",     "\xf5\x80\x80\x80", "\xff"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		assert_int_equal(tt_utf8_decode(bad[i], strlen(bad[i]), &cp), 1);
		assert_int_equal(cp, TT_REPLACEMENT);
	}
}

static void encode_roundtrip(void **state)
{
	uint32_t cps[] = {0x41, 0xE9, 0x20AC, 0x1F600, 0x10FFFF};
	(void)state;
	for (size_t i = 0; i < 5; i++) {
		tt_buf b = {0};
		uint32_t back;
		tt_utf8_encode(&b, cps[i]);
		assert_int_equal(tt_utf8_decode(b.data, b.len, &back), b.len);
		assert_int_equal(back, cps[i]);
		tt_buf_free(&b);
	}
}

static void widths(void **state)
{
	(void)state;
	assert_int_equal(tt_text_width("abc", 3), 3);
	assert_int_equal(tt_text_width("日本語", strlen("日本語")), 6);
	assert_int_equal(tt_text_width("e\xcc\x81", 3), 1);        /* e + combining acute */
	assert_int_equal(tt_text_width("\xf0\x9f\x98\x80", 4), 2); /* emoji */
	assert_int_equal(tt_text_cp_width(0x1B), -1);
	assert_int_equal(tt_text_cp_width(0x202E), -1);
}

static void sanitize_controls(void **state)
{
	(void)state;
	char *s = san("a\x1b[2Jb\x07\x08\r\x7f", 0);
	assert_string_equal(s, "a^[[2Jb^G^H^M^?");
	free(s);
	s = san("x\xc2\x9b"
	        "31m\xc2\x90"
	        "q",
	        1);
	assert_string_equal(s, "x<9B>31m<90>q");
	free(s);
	s = san("\xe2\x80\xae"
	        "evil\xe2\x81\xa6"
	        "z\xe2\x80\x8f",
	        1);
	assert_string_equal(s, "<U+202E>evil<U+2066>z<U+200F>");
	free(s);
	s = san("bad\xff\xc0 ok", 1);
	assert_string_equal(s, "bad\xef\xbf\xbd\xef\xbf\xbd ok");
	free(s);
	/* Runs of text past ASCII pass whole, up to what must not. */
	s = san(
	    "\xe6\x97\xa5\xe6\x9c\xac\xe2\x80\xae\xe8\xaa\x9e\xff\xef\xbf\xbd\xf0\x9f\x99\x82\x1b"
	    "e\xcc\x81\xc2\x85",
	    1);
	assert_string_equal(s,
	                    "\xe6\x97\xa5\xe6\x9c\xac<U+202E>\xe8\xaa\x9e\xef\xbf\xbd\xef\xbf\xbd"
	                    "\xf0\x9f\x99\x82^[e\xcc\x81<85>");
	free(s);
	s = san("l1\nl2\tt", 1);
	assert_string_equal(s, "l1\nl2 t");
	free(s);
	s = san("l1\nl2", 0);
	assert_string_equal(s, "l1^Jl2");
	free(s);
}

/* Every C0 control, DEL, C1 control and bidi control comes out as the glyph
 * the contract names, and nothing else of it is left: the expected text is
 * written out here from the contract, not taken from the module's own
 * predicate. A second check scans the bytes for anything a terminal acts on. */
static void sanitize_output_is_inert(void **state)
{
	(void)state;
	char all[512], want[1024];
	size_t n = 0, w = 0;
	for (unsigned c = 1; c < 0x80; c++) {
		all[n++] = (char)c;
		if (c == '\t')
			want[w++] = ' ';
		else if (c < 0x20 || c == 0x7F)
			want[w++] = '^', want[w++] = c == 0x7F ? '?' : (char)(c + '@');
		else
			want[w++] = (char)c;
	}
	want[w] = '\0';
	/* U+0080, U+009F, U+202A, U+2069, U+061C, U+2028 */
	memcpy(all + n, "\xc2\x80\xc2\x9f\xe2\x80\xaa\xe2\x81\xa9\xd8\x9c\xe2\x80\xa8", 15);
	n += 15;
	strcat(want, "<80><9F><U+202A><U+2069><U+061C><U+2028>");
	tt_buf b = {0};
	tt_text_sanitize(all, n, 0, &b);
	tt_buf_add(&b, "", 1);
	assert_string_equal(b.data, want);
	for (size_t i = 0; i + 1 < b.len; i++) {
		unsigned char c = (unsigned char)b.data[i];
		assert_true(c >= 0x20 && c != 0x7F && c < 0x80);
	}
	tt_buf_free(&b);
}

/* Columns by display width: padded and cut like printf's %*.*s, counted in
 * terminal columns (CJK and emoji take two), never cutting a character. */
static void fit_by_display_width(void **state)
{
	(void)state;
	assert_string_equal(tt_text_fit("ab", -5, -1), "ab   ");
	assert_string_equal(tt_text_fit("ab", 5, -1), "   ab");
	assert_string_equal(tt_text_fit("Szabó", -7, -1), "Szabó  ");
	assert_string_equal(tt_text_fit("山田", -6, -1), "山田  ");
	assert_string_equal(tt_text_fit("\xf0\x9f\xa6\x8a" "x", 5, -1), "  \xf0\x9f\xa6\x8a" "x");
	/* Cut at 3 columns: the second wide character would straddle the edge. */
	assert_string_equal(tt_text_fit("山田太", -3, 3), "山 ");
	assert_string_equal(tt_text_fit("abcdef", 4, 4), "abcd");
	/* A combining accent stays with its letter at the edge. */
	assert_string_equal(tt_text_fit("e\xcc\x81xyz", -1, 1), "e\xcc\x81");
	/* Longer than the width and no precision: printed whole, as printf does. */
	assert_string_equal(tt_text_fit("abcdef", -3, -1), "abcdef");
	/* Controls are made inert before measuring: ESC counts as "^[", 2 columns. */
	assert_string_equal(tt_text_fit("\x1b]0;x\a", -10, -1), "^[]0;x^G  ");
	assert_string_equal(tt_text_fit(NULL, 2, -1), "  ");
}

/* The one validator: what the importer, the tag store and the display share. */
static void utf8_validator(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		size_t len, seq; /* bytes, and the valid sequence at the start (0: none) */
	} cases[] = {
	    {"a", 1, 1},
	    {"\xc3\xa9", 2, 2},
	    {"\xef\xbf\xbd", 3, 3},         /* U+FFFD itself is valid */
	    {"\xf0\x9f\xa6\x8a", 4, 4},     /* an emoji */
	    {"\xf4\x8f\xbf\xbf", 4, 4},     /* U+10FFFF */
	    {"\xc0\x80", 2, 0},             /* overlong NUL */
	    {"\xc1\xbf", 2, 0},             /* overlong */
	    {"\xe0\x80\x80", 3, 0},         /* overlong */
	    {"\xf0\x80\x80\x80", 4, 0},     /* overlong */
	    {"\xed\xa0\x80", 3, 0},         /* a surrogate */
	    {"\xf4\x90\x80\x80", 4, 0},     /* past U+10FFFF */
	    {"\xf5\x80\x80\x80", 4, 0},     /* no such lead byte */
	    {"\xc3", 1, 0},                 /* cut short */
	    {"\xe2\x82", 2, 0},             /* cut short */
	    {"\xc3\x28", 2, 0},             /* bad continuation */
	    {"\x80", 1, 0},                 /* a lone continuation */
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		assert_int_equal(tt_utf8_seq(cases[i].s, cases[i].len), cases[i].seq);
		assert_int_equal(tt_utf8_valid(cases[i].s, cases[i].len), cases[i].seq == cases[i].len);
	}
	assert_true(tt_utf8_valid("Szab\xc3\xb3 \xe5\xb1\xb1", 10));
	assert_false(tt_utf8_valid("Szab\xc3\xb3 \xe5\xb1\xb1", 9));
	assert_false(tt_utf8_valid("ok\xc3", 3));
	assert_true(tt_utf8_valid("", 0));
	/* spaces set for their width, read as spaces; other marks not */
	static const struct {
		const char *s;
		size_t len;
	} spaces[] = {
	    {"\xc2\xa0x", 2},     /* no-break space */
	    {"\xe2\x80\x80", 3}, /* en quad */
	    {"\xe2\x80\x83", 3}, /* em space */
	    {"\xe2\x80\x8a", 3}, /* hair space */
	    {"\xe2\x80\xaf", 3}, /* narrow no-break space, French typography's */
	    {"\xe2\x81\x9f", 3}, /* medium mathematical space */
	    {"\xe2\x80\x8b", 0}, /* zero width space: no width, no space */
	    {"\xe2\x80\x94", 0}, /* em dash */
	    {"\xe3\x80\x80", 0}, /* ideographic space: kept in CJK text */
	    {"\xc2\xa9", 0},      /* copyright sign */
	    {"a", 0},
	    {"", 0},
	};
	for (size_t i = 0; i < sizeof spaces / sizeof *spaces; i++)
		assert_int_equal(tt_utf8_space(spaces[i].s), spaces[i].len);
}

/* The one hash: FNV-1a 64 (published vector: "a" hashes to af63dc4c8601ec8c)
 * followed by the 0xff field separator. Stored ids depend on it. */
static void hash_is_fnv1a(void **state)
{
	(void)state;
	uint64_t prime = 0x100000001b3ULL;
	uint64_t a = 0xaf63dc4c8601ec8cULL;
	assert_true(tt_hash_field(TT_HASH_INIT, "a") == (a ^ 0xff) * prime);
	assert_true(tt_hash_field(TT_HASH_INIT, NULL) == tt_hash_field(TT_HASH_INIT, ""));
	assert_true(tt_hash_field(tt_hash_field(TT_HASH_INIT, "ab"), "c") !=
		    tt_hash_field(tt_hash_field(TT_HASH_INIT, "a"), "bc"));
}

static void wrap_words(void **state)
{
	(void)state;
	char *w = wrap("the quick brown fox jumps", 10);
	assert_string_equal(w, "the quick|brown fox|jumps");
	free(w);
	w = wrap("the quick brown fox jumps", 25);
	assert_string_equal(w, "the quick brown fox jumps");
	free(w);
	w = wrap("aa    bb", 3);
	assert_string_equal(w, "aa|bb");
	free(w);
	w = wrap("one\ntwo three\n\nfour", 20);
	assert_string_equal(w, "one|two three||four");
	free(w);
	w = wrap("", 5);
	assert_string_equal(w, "");
	assert_int_equal(tt_text_wrap_count("", 0, 5), 1);
	free(w);
}

static void wrap_long_word(void **state)
{
	(void)state;
	char *w = wrap("abcdefghij xy", 4);
	assert_string_equal(w, "abcd|efgh|ij|xy");
	free(w);
	w = wrap("abc", 1);
	assert_string_equal(w, "a|b|c");
	free(w);
}

static void wrap_wide_never_split(void **state)
{
	(void)state;
	/* five CJK characters, 10 columns, into 5 columns: 2 + 2 per line */
	char *w = wrap("日本語日本", 5);
	assert_string_equal(w, "日本|語日|本");
	free(w);
	/* a combining mark stays with its base even at the edge */
	w = wrap("abe\xcc\x81"
	         "cd",
	         3);
	assert_string_equal(w, "abe\xcc\x81|cd");
	free(w);
	/* a wide character wider than the line still makes progress */
	w = wrap("日本", 1);
	assert_string_equal(w, "日|本");
	free(w);
	w = wrap("\xf0\x9f\x98\x80\xf0\x9f\x98\x80 hi", 4);
	assert_string_equal(w, "\xf0\x9f\x98\x80\xf0\x9f\x98\x80|hi");
	free(w);
}

static void wrap_counts(void **state)
{
	(void)state;
	const char *s = "lorem ipsum dolor sit amet consectetur";
	assert_int_equal(tt_text_wrap_count(s, strlen(s), 100), 1);
	assert_int_equal(tt_text_wrap_count(s, strlen(s), 11), 4);
	assert_int_equal(tt_text_wrap_count(s, strlen(s), 0), strlen(s) - 5);
}

static void find_smartcase(void **state)
{
	(void)state;
	const char *h = "Security Guarantees for Kyiv; security first";
	assert_int_equal(tt_text_find(h, strlen(h), 0, "security"), 0);
	assert_int_equal(tt_text_find(h, strlen(h), 1, "security"), 30);
	assert_int_equal(tt_text_find(h, strlen(h), 1, "Security"), -1);
	assert_int_equal(tt_text_find(h, strlen(h), 0, "KYIV"), -1);
	assert_int_equal(tt_text_find(h, strlen(h), 0, "kyiv"), 24);
	const char *u = "ÉCOLE école";
	assert_int_equal(tt_text_find(u, strlen(u), 0, "école"), 0);
	assert_int_equal(tt_text_find(u, strlen(u), 0, ""), -1);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(decode_strict),
	    cmocka_unit_test(encode_roundtrip),
	    cmocka_unit_test(widths),
	    cmocka_unit_test(sanitize_controls),
	    cmocka_unit_test(sanitize_output_is_inert),
	    cmocka_unit_test(fit_by_display_width),
	    cmocka_unit_test(utf8_validator),
	    cmocka_unit_test(hash_is_fnv1a),
	    cmocka_unit_test(wrap_words),
	    cmocka_unit_test(wrap_long_word),
	    cmocka_unit_test(wrap_wide_never_split),
	    cmocka_unit_test(wrap_counts),
	    cmocka_unit_test(find_smartcase),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
