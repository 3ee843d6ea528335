/* textline: the words of a line of page text, and a comment header's name among them. */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "threadtag/textline.h"

#include <xxhash.h>

int tt_textline_has_digit(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (isdigit((unsigned char)s[i]))
			return 1;
	return 0;
}

size_t tt_textline_count_words(const char *s, size_t len)
{
	/* each byte tested once, the last one's answer kept: asked of most
	 * lines by many rules, it was a twentieth of a long page's import */
	size_t w = 0;
	int in_word = 0;
	for (size_t i = 0; i < len; i++) {
		if (isspace((unsigned char)s[i]))
			in_word = 0;
		else if (!in_word)
			in_word = 1, w++;
	}
	return w;
}

int tt_textline_words_over(const char *s, size_t len, size_t max)
{
	size_t w = 0;
	int in_word = 0;
	for (size_t i = 0; i < len; i++) {
		if (isspace((unsigned char)s[i]))
			in_word = 0;
		else if (!in_word && (in_word = 1, ++w > max))
			return 1;
	}
	return 0;
}

int tt_textline_ends_with_any(const char *s, size_t len, const char *chars)
{
	return len && strchr(chars, s[len - 1]) != NULL;
}

int tt_textline_ends_sentence(const char *s, size_t len)
{
	static const char *const closers[] = {"\xE2\x80\x9D", "\xE2\x80\x99", "\"", "'", ")"};
	size_t i = 0;
	while (i < sizeof closers / sizeof *closers) {
		size_t cl = strlen(closers[i]);
		if (len > cl && !memcmp(s + len - cl, closers[i], cl)) {
			len -= cl; /* peel it off and look again: ?" ) */
			i = 0;
			continue;
		}
		i++;
	}
	if (len >= 3 && !memcmp(s + len - 3, "\xE2\x80\xA6", 3))
		return 1;
	return tt_textline_ends_with_any(s, len, ".!?");
}

int tt_textline_starts_with_ci_rest(const char *s, size_t len, const char *prefix)
{
	/* the first letter compared already (tt_textline_starts_with_ci) */
	size_t pl = strlen(prefix);
	return len >= pl &&
	       (!pl || tolower((unsigned char)s[0]) == tolower((unsigned char)prefix[0])) &&
	       !strncasecmp(s, prefix, pl);
}

const char *tt_textline_find(const char *s, size_t len, const char *needle, size_t nl)
{
	if (!nl)
		return s;
	if (nl > len)
		return NULL;
	/* the byte after a leading space is the one to look for: a line holds
	 * spaces between all its words, " | " or " on " far fewer */
	size_t a = nl >= 2 && needle[0] == ' ' ? 1 : 0;
	const char *p = s + a, *last = s + len - nl + a; /* the anchor's last place */
	while (p <= last && (p = memchr(p, needle[a], (size_t)(last - p) + 1)) != NULL) {
		if (!memcmp(p - a, needle, nl))
			return p - a;
		p++;
	}
	return NULL;
}

/* Whether needle (nl bytes, nl > 0) is in s, ignoring case, starting at a
 * byte equal to c: memchr finds each such byte, strncasecmp decides. */
static int find_from_byte(const char *s, size_t len, const char *needle, size_t nl, char c)
{
	for (const char *p = s, *end = s + len; nl <= (size_t)(end - p); p++) {
		if (!(p = memchr(p, c, (size_t)(end - p) - nl + 1)))
			return 0;
		if (!strncasecmp(p, needle, nl))
			return 1;
	}
	return 0;
}

int tt_textline_contains_ci(const char *s, size_t len, const char *needle)
{
	size_t nl = strlen(needle);
	int first = tolower((unsigned char)needle[0]);
	/* Where LC_CTYPE is UTF-8 or C (main sees to it), a byte past ASCII
	 * lowers to itself: no letter first ("\xC2\xA9"), that byte alone
	 * opens the needle */
	if (nl && !(first >= 'a' && first <= 'z'))
		return find_from_byte(s, len, needle, nl, needle[0]);
	/* an ASCII letter first: the letter, small or capital, opens it; two
	 * memchr over the line cost less than a test of every byte did (the
	 * footer test asks every comment's line for five phrases) */
	if (nl)
		return find_from_byte(s, len, needle, nl, (char)first) ||
		       find_from_byte(s, len, needle, nl, (char)(first - 'a' + 'A'));
	for (size_t i = 0; i <= len; i++) /* the empty needle, found where a NUL is */
		if (!s[i])
			return 1;
	return 0;
}

size_t tt_textline_link_ref(const char *s, size_t len)
{
	size_t i = 1;
	if (len < 3 || s[0] != '[')
		return 0;
	while (i < len && isdigit((unsigned char)s[i]))
		i++;
	return i > 1 && i < len && s[i] == ']' ? i + 1 : 0;
}

size_t tt_textline_list_mark(const char *s, size_t len)
{
	/* asked of most lines several times, a list's lines most of all: the
	 * marks "* ", "+ ", "o ", "- " and "· " told apart by their first byte,
	 * with no list of them to walk */
	if (!len)
		return 0;
	switch ((unsigned char)s[0]) {
	case '*':
	case '+':
	case 'o':
	case '-':
		return len > 2 && s[1] == ' ' ? 2 : 0;
	case 0xC2:
		return len > 3 && (unsigned char)s[1] == 0xB7 && s[2] == ' ' ? 3 : 0;
	case 0xE2: /* any one symbol of U+2000-U+2FFF (bullets, shapes, stars, arrows) */
		return len > 4 && s[3] == ' ' ? 4 : 0;
	default:
		return 0;
	}
}

size_t tt_textline_image_ref(const char *s, size_t len)
{
	if (len < 4 || s[0] != '[')
		return 0;
	const char *close = memchr(s, ']', len < 64 ? len : 64);
	if (!close || close + 2 >= s + len || memchr(s, ' ', (size_t)(close - s)))
		return 0;
	if (close[1] == ' ')
		return (size_t)(close - s) + 2;
	/* an avatar and its frame run together ("[mystery][svg] Burnsy") */
	if (close[1] == '[') {
		size_t next = tt_textline_image_ref(close + 1, len - (size_t)(close + 1 - s));
		return next ? (size_t)(close + 1 - s) + next : 0;
	}
	/* w3m runs an avatar's alt text into the name when the image is named
	 * by a hash ("[052bb]Julia") or a file's or class's name
	 * ("[userinfo_v]richyrich909"): a bracketed word holding a digit or an
	 * underscore, then a letter, never a word of prose ("[Update]Text"). */
	int digit = 0, named = 0;
	for (const char *c = s + 1; c < close; c++)
		digit |= isdigit((unsigned char)*c), named |= *c == '_';
	/* after a file's or class's name, a name may open with a digit ("2_on") */
	return (digit || named) &&
	               (isalpha((unsigned char)close[1]) || (unsigned char)close[1] >= 0xC3 ||
	                (named && isdigit((unsigned char)close[1])))
	           ? (size_t)(close - s) + 1
	           : 0;
}

size_t tt_textline_without_verb(const char *s, size_t len)
{
	if (len < 4 || s[len - 1] != ':')
		return len;
	size_t e = len - 1;
	if (s[e - 1] == ' ') /* French spacing: "dit :" */
		e--;
	size_t b = e;
	while (b > 0 && s[b - 1] != ' ')
		b--;
	if (b < 2 || e - b > 16 || e == b)
		return len;
	for (size_t k = b; k < e; k++)
		if (!isalpha((unsigned char)s[k]) && (unsigned char)s[k] < 0x80)
			return len;
	return b - 1;
}

/* The verbs closing a quotation's title after the writer's name. */
static const char *const said_verbs[] = {
    " wrote:", " hat geschrieben:", " a écrit :", " a écrit:",
    " said:",  " schrieb:",         " escribió:", " 发表于"};

size_t tt_textline_said_at(const char *s, size_t len, size_t *vl)
{
	size_t best = len;
	for (size_t i = 0; i < sizeof said_verbs / sizeof *said_verbs; i++) {
		size_t l = strlen(said_verbs[i]);
		for (size_t at = 1; at + l <= len && at < best; at++)
			if (!strncasecmp(s + at, said_verbs[i], l) &&
			    (at + l == len || s[at + l] == ' ' ||
			     (unsigned char)s[at + l] >= 0x80)) {
				best = at, *vl = l;
				break;
			}
	}
	return best;
}

size_t tt_textline_said_head(const char *s, size_t len)
{
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	size_t vl = 0, at = tt_textline_said_at(s, len, &vl);
	return at < len && at + vl == len ? at : 0;
}

int tt_textline_said_by(const char *head, size_t hl, const char *name, const char *posted)
{
	size_t l = name ? strlen(name) : 0;
	if (!l || l > hl || strncasecmp(head + hl - l, name, l) != 0 ||
	    (l < hl && head[hl - l - 1] != ' '))
		return 0;
	/* (a title dating the post quoted, "On 10/29/2025 at 2:07 PM, NAME
	 * said:", names the post showing that time, not the writer's latest) */
	size_t before = hl - l;
	if (!tt_textline_has_digit(head, before))
		return 1;
	size_t pl = posted ? strlen(posted) : 0;
	return pl && memmem(head, before, posted, pl) != NULL;
}

size_t tt_textline_without_post_number(const char *s, size_t len)
{
	size_t l = len;
	while (l && s[l - 1] == ' ')
		l--;
	size_t w = l; /* (a button's short word after it, "del", lynx's "[17]del") */
	while (w && isalpha((unsigned char)s[w - 1]))
		w--;
	if (w < l && l - w <= 8 && w > 3 && s[w - 1] == ']') {
		size_t b = w - 1;
		while (b && isdigit((unsigned char)s[b - 1]))
			b--;
		w = b && b < w - 1 && s[b - 1] == '[' ? b - 1 : w;
	}
	if (w < l && l - w <= 8 && w && s[w - 1] == ' ' && w > 1 &&
	    isdigit((unsigned char)s[w - 2]))
		l = w - 1;
	size_t d = 0;
	while (d < l && isdigit((unsigned char)s[l - 1 - d]))
		d++;
	size_t at = l - d;
	if (at > 3 && s[at - 1] == ' ')
		at--; /* ("No. 123") */
	return d && at > 4 && !strncmp(s + at - 3, "No.", 3) && s[at - 4] == ' ' ? at - 4 : len;
}

size_t tt_textline_without_alt(const char *s, size_t len)
{
	if (len < 4 || s[len - 1] != ']')
		return len;
	size_t b = len - 1;
	while (b > 0 && s[b - 1] != '[' && s[b - 1] != ' ')
		b--;
	if (b < 3 || s[b - 1] != '[' || s[b - 2] != ' ')
		return len;
	return b - 2;
}

/* (digits count only where asked: a name's word, "1999", is one) */
static int letter_in(const char *s, size_t len, int digits)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isalpha(c) || (digits && isdigit(c)) || (c >= 0xC3 && c != 0xE2 && c < 0xF8))
			return 1;
	}
	return 0;
}

int tt_textline_has_letter(const char *s, size_t len)
{
	return letter_in(s, len, 1);
}

int tt_textline_has_alpha(const char *s, size_t len)
{
	return letter_in(s, len, 0);
}

int tt_textline_initial_at_end(const char *s, size_t len)
{
	size_t b = len;
	while (b > 0 && s[b - 1] != ' ')
		b--;
	return s[len - 1] == '.' && len - b <= 4 && isupper((unsigned char)s[b]) &&
	       isupper((unsigned char)s[len - 2]);
}

/* len less a flag closing the name ("chronicbreak🇹🇻", a space before it
 * or none): a pair of regional indicator letters (U+1F1E6..U+1F1FF, four
 * bytes each), the writer's country drawn as a badge after the name, as
 * the page sets it in an element of its own; no part of the name. */
static size_t without_flag_c(const char *s, size_t len)
{
	static const unsigned char ri[3] = {0xF0, 0x9F, 0x87};
	if (len < 9)
		return len;
	for (size_t k = len - 8; k < len; k += 4)
		if (memcmp(s + k, ri, 3) || (unsigned char)s[k + 3] < 0xA6 ||
		    (unsigned char)s[k + 3] > 0xBF)
			return len;
	len -= 8;
	return len && s[len - 1] == ' ' ? len - 1 : len;
}

/* An avatar's alt text that w3m and lynx write before the name, as the page
 * quoted it: words that close a quote of their own ("x@y.org'x@y.org' Ann",
 * "x@y.org' x@y.org' Ann") or are addresses, never the whole line. */
static size_t leading_alt(const char *s, size_t len)
{
	size_t at = 0;
	for (;;) {
		const char *sp = memchr(s + at, ' ', len - at);
		if (!sp)
			return at;
		size_t wl = (size_t)(sp - (s + at));
		const char *w = s + at;
		/* the quote closes one opened in the word ("x@y.org'x@y.org'"): a
		 * word that ends in an apostrophe alone ("lil' homie") is the name's */
		int quoted = wl > 1 && (w[wl - 1] == '\'' || w[wl - 1] == '"') &&
		             memchr(w, w[wl - 1], wl - 1);
		int address = wl > 3 && memchr(w, '@', wl) && memchr(w, '.', wl);
		if (!quoted && !address)
			return at;
		at += wl + 1;
	}
}

/* "#12 " opening s: its length, or 0. */
static size_t comment_number(const char *s, size_t len)
{
	size_t i = 1;
	if (len < 4 || s[0] != '#')
		return 0;
	while (i < len && isdigit((unsigned char)s[i]))
		i++;
	return i > 1 && i < len && s[i] == ' ' ? i + 1 : 0;
}

/* "mike...": one word that the page cut short with three dots (a long
 * user name shortened to fit), no sentence's end; after other words
 * ("Submitted by email_registrat..."), a word of ten characters or more
 * cut so, as a page cuts a name at a fixed length. */
static int cut_short(const char *s, size_t len)
{
	if (len <= 4 || memcmp(s + len - 3, "...", 3) || s[len - 4] == '.')
		return 0;
	size_t b = len - 3;
	while (b > 0 && s[b - 1] != ' ')
		b--;
	return b == 0 || len - 3 - b >= 10;
}

/* "\"Lügen wie ein Zeitzeuge\" sagt:": a name in quotes from end to end,
 * before the verb that marks it off, is a name, its closing quote no
 * sentence's. */
static int quoted_whole(const char *s, size_t len)
{
	return len > 2 && s[0] == '"' && s[len - 1] == '"' && !memchr(s + 1, '"', len - 2);
}

/* "Mutti, warum bist du nicht so wie die Oma? sagt:": a question or an
 * exclamation as a name, closed by the template's verb, may run to ten
 * words; an ordinary line before a colon ("Richard, here are a few that
 * I've enjoyed recently:") stays a sentence. */
static int asked(const char *s, size_t len, int verb)
{
	return verb && len && (s[len - 1] == '?' || s[len - 1] == '!');
}

/* "Nick A": a capital letter alone after the name is an initial without
 * its dot, not the article "a" a broken sentence ends with. */
static int capital_initial(const char *w, size_t n)
{
	return n == 1 && isupper((unsigned char)w[0]);
}

/* A tilde run into a name ("~Stanisława", "~w": one letter is a guest's
 * name too): a reader without an account, as Polish portals mark one; the
 * tilde is the name's as the page shows it. A tilde before a space, a
 * digit or another mark is none. */
static int tilde_name(const char *s, size_t len)
{
	return len >= 2 && s[0] == '~' &&
	       (isalpha((unsigned char)s[1]) || (unsigned char)s[1] >= 0xC0);
}

/* "marco m.": a name written all in lower case, its last word a single
 * letter and a dot (the family name's initial, as a nickname writes it):
 * two or three words, the first of two letters or more, every word's first
 * letter lower case, so a sentence's capital ("Take plan b.") is none. */
static int lower_initial_at_end(const char *s, size_t len)
{
	if (len < 5 || s[len - 1] != '.' || !islower((unsigned char)s[len - 2]) ||
	    s[len - 3] != ' ' || !islower((unsigned char)s[0]) || !isalpha((unsigned char)s[1]))
		return 0;
	size_t words = tt_textline_count_words(s, len);
	if (words < 2 || words > 3)
		return 0;
	for (size_t i = 1; i < len; i++)
		if (s[i - 1] == ' ' && !islower((unsigned char)s[i]))
			return 0;
	return 1;
}

static size_t author_name_read(const char *s, size_t len, const char **out)
{
	size_t i = 0;
	while (i < len && isdigit((unsigned char)s[i]))
		i++;
	if (i && i + 1 < len && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ')
		s += i + 2, len -= i + 2;
	size_t ref = tt_textline_list_mark(s, len);
	s += ref, len -= ref;
	/* A comment's number before its avatar ("#1 ● Ann", "#1 [grey.gif]
	 * Ann"): the number and the avatar's mark go. */
	size_t number = comment_number(s, len);
	if (number && (tt_textline_list_mark(s + number, len - number) ||
	               tt_textline_image_ref(s + number, len - number))) {
		s += number, len -= number;
		ref = tt_textline_list_mark(s, len);
		s += ref, len -= ref;
	}
	/* lynx numbers an avatar's own link too ("[122][userinfo.svg] [123]Ann") */
	size_t lead = tt_textline_link_ref(s, len);
	if (lead && !tt_textline_link_ref(s + lead, len - lead) &&
	    tt_textline_image_ref(s + lead, len - lead))
		s += lead, len -= lead;
	size_t image = tt_textline_link_ref(s, len) ? 0 : tt_textline_image_ref(s, len);
	ref = image ? image : tt_textline_link_ref(s, len);
	s += ref, len -= ref;
	if (image) { /* lynx numbers the name's link after the avatar ("[grey.gif] [126]Ann") */
		size_t link = tt_textline_link_ref(s, len);
		s += link, len -= link;
	}
	/* An avatar's alt text of digits alone ("[454] Gloria") reads as a link
	 * number: the space after it is not the name's. */
	while (ref && len && s[0] == ' ')
		s++, len--;
	size_t full = len;
	len = tt_textline_without_verb(s, len);
	/* Before "WORD:" the name is marked off: it may end as a nickname does
	 * ("Danke !! sagt:", "geht's no?! sagt:"), no sentence. */
	int verb = len < full;
	len = tt_textline_without_alt(s, len);
	len = without_flag_c(s, len);
	size_t alt = leading_alt(s, len);
	/* an address before a badge in brackets alone ("niewinny84@interia.pl
	 * (gość)") is the name the badge follows, no avatar's alt text */
	if (alt && alt < len && s[alt] == '(')
		alt = 0;
	s += alt, len -= alt;
	if (alt) { /* lynx numbers the name's link after the alt text: "[49]rawson" */
		size_t num = tt_textline_link_ref(s, len);
		s += num, len -= num;
	}
	if (len == 0 || len > 60 || tt_textline_count_words(s, len) > (asked(s, len, verb) ? 10 : 6) ||
	    !tt_textline_has_letter(s, len) || (strchr("/|\\>=#~", s[0]) && !tilde_name(s, len)))
		return 0;
	if ((tt_textline_ends_with_any(s, len, verb ? ",;:\"" : ".,;:?!\"") &&
	     !tt_textline_initial_at_end(s, len) && !lower_initial_at_end(s, len) &&
	     !cut_short(s, len) &&
	     !(verb && quoted_whole(s, len))) ||
	    memchr(s, '\t', len))
		return 0;
	if (tt_textline_contains_ci(s, len, "http") || tt_textline_contains_ci(s, len, "www."))
		return 0;
	/* A label and a colon before the name ("Текст: Венера Ерофеева", an
	 * article's byline) name no comment's author. */
	const char *sp = memchr(s, ' ', len);
	if (sp && sp > s && sp[-1] == ':')
		return 0;
	/* A sentence broken before its date ("I was there on") is no name. */
	static const char *const tails[] = {"on",  "at", "in",   "of",    "to",    "the", "a",
	                                    "and", "by", "from", "since", "until", "was", "is"};
	const char *last = s + len;
	while (last > s && last[-1] != ' ')
		last--;
	if (last > s && !capital_initial(last, (size_t)(s + len - last))) /* names of one word may be anything */
		for (size_t k = 0; k < sizeof tails / sizeof *tails; k++)
			if (strlen(tails[k]) == (size_t)(s + len - last) &&
			    !strncasecmp(last, tails[k], strlen(tails[k])))
				return 0;
	*out = s;
	return len;
}

/* The last answers of author_name_read for short texts, by the text alone:
 * the header rules ask a line for its name rule after rule (the line under
 * test, then as the next or the previous line of its neighbours), a name
 * line of a page many times over. The answer depends on the bytes alone; a
 * slot keeps them, and the name as an offset and a length into them, so a
 * hit hands back a pointer into the text it was asked of. Direct-mapped by
 * the text's hash, bounded; a longer text is read each time. */
enum { NAME_MEMO_SLOTS = 512, NAME_MEMO_TEXT = 80 };
struct name_memo {
	unsigned char len; /* 0: an empty slot */
	unsigned char off, nl;
	char s[NAME_MEMO_TEXT];
};
static _Thread_local struct name_memo name_memo[NAME_MEMO_SLOTS];

size_t tt_textline_author_name(const char *s, size_t len, const char **out)
{
	if (len == 0 || len > NAME_MEMO_TEXT)
		return author_name_read(s, len, out);
	struct name_memo *M = &name_memo[XXH3_64bits(s, len) & (NAME_MEMO_SLOTS - 1)];
	if (M->len == len && !memcmp(M->s, s, len)) {
		if (M->nl)
			*out = s + M->off;
		return M->nl;
	}
	const char *name = NULL;
	size_t nl = author_name_read(s, len, &name);
	M->len = (unsigned char)len;
	memcpy(M->s, s, len);
	M->nl = (unsigned char)nl;
	M->off = (unsigned char)(nl ? name - s : 0);
	if (nl)
		*out = name;
	return nl;
}
