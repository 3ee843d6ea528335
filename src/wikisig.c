/* wikisig: a wiki talk page's signatures, read alike from a page and from its dump. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "threadtag/text.h"
#include "threadtag/wikisig.h"
#include "threadtag/xalloc.h"

/* The value of the digit at s (ASCII, Arabic-Indic U+0660-0669 or their
 * Persian forms U+06F0-06F9), its bytes in *len; -1 when none. */
static int digit_at(const char *s, const char *end, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	if (s < end && isdigit(u[0]))
		return *len = 1, u[0] - '0';
	if (s + 1 < end && u[0] == 0xD9 && u[1] >= 0xA0 && u[1] <= 0xA9)
		return *len = 2, u[1] - 0xA0;
	if (s + 1 < end && u[0] == 0xDB && u[1] >= 0xB0 && u[1] <= 0xB9)
		return *len = 2, u[1] - 0xB0;
	return -1;
}

/* Whether s[0..n) holds a clock (digits, a colon, two digits) and a year
 * (a run of four digits). */
static int clock_and_year(const char *s, size_t n)
{
	int clock = 0, year = 0;
	size_t run = 0, dl;
	const char *end = s + n;
	for (size_t i = 0; i < n;) {
		if (digit_at(s + i, end, &dl) >= 0) {
			run++, i += dl;
			if (run == 4 && digit_at(s + i, end, &dl) < 0)
				year = 1;
			continue;
		}
		size_t a, b;
		/* "12:34", and Portuguese's "12h34min" */
		if ((s[i] == ':' || s[i] == 'h') && run >= 1 && run <= 2 &&
		    digit_at(s + i + 1, end, &a) >= 0 && digit_at(s + i + 1 + a, end, &b) >= 0)
			clock = 1;
		run = 0, i++;
	}
	return clock && year;
}

/* The zone closing a signature at s ("(UTC)"): its length, or 0. */
static size_t zone_at(const char *s, const char *end)
{
	size_t i = 1, dl;
	if (s >= end || *s != '(')
		return 0;
	while (s + i < end && s[i] != ')' && s[i] != '(' && s[i] != '\n' && i <= 24) {
		if (digit_at(s + i, end, &dl) >= 0)
			return 0;
		i++;
	}
	return s + i < end && s[i] == ')' && i > 1 ? i + 1 : 0;
}

static int space_before(const char *s, size_t k)
{
	return s[k - 1] == ' ' || s[k - 1] == '\t' || s[k - 1] == '\n' ||
	       (k >= 2 && (unsigned char)s[k - 2] == 0xC2 && (unsigned char)s[k - 1] == 0xA0);
}

/* Where the time before the zone at i starts, not before b: the first
 * digit of the first of its last three words holding digits (a day, a
 * year, a clock), at most three words of none between them (a month's
 * name, "à", Portuguese's "de maio de"); i when none. */
static size_t time_start(const char *s, size_t b, size_t i)
{
	size_t k = i, start = i, digits = 0, plain = 0, dl;
	while (k > b && digits < 3) {
		while (k > b && space_before(s, k))
			k -= (unsigned char)s[k - 1] == 0xA0 ? 2 : 1;
		size_t te = k;
		while (k > b && !space_before(s, k))
			k--;
		size_t first = te;
		for (size_t j = k; j < te && first == te; j++)
			if (digit_at(s + j, s + te, &dl) >= 0)
				first = j;
		if (first == te) {
			if (++plain > 3 || !digits)
				break;
			continue;
		}
		digits++, plain = 0, start = first;
	}
	return start;
}

/* Whether the bracket closing at c is a weekday's inside the time, as
 * Japanese writes it ("2020年5月5日 (火) 12:34"): a date's word, one holding
 * digits, right before its opening bracket. */
static int weekday(const char *s, size_t b, size_t c)
{
	size_t k = c, dl;
	while (k > b && s[k] != '(')
		k--;
	if (k <= b || c - k > 13)
		return 0;
	while (k > b && s[k - 1] == ' ')
		k--;
	size_t w = k;
	while (w > b && s[w - 1] != ' ' && s[w - 1] != ')')
		w--;
	for (size_t j = w; j < k; j++)
		if (digit_at(s + j, s + k, &dl) >= 0)
			return 1;
	return 0;
}

int tt_wikisig_stamp(const char *s, size_t len, size_t from, size_t floor, const size_t *ends,
                     size_t n, size_t *start, size_t *end)
{
	for (size_t i = from; i < len; i++) {
		size_t z = s[i] == '(' ? zone_at(s + i, s + len) : 0;
		if (!z)
			continue;
		/* back over the time, 96 bytes at most: after the last link (the
		 * ends ascending, found by halving), bracket or line break */
		size_t b = i > floor + 96 ? i - 96 : floor, lo = 0, hi = n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (ends[mid] <= i)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo && ends[lo - 1] > b)
			b = ends[lo - 1];
		for (size_t k = i; k > b; k--)
			if ((s[k - 1] == ')' && !weekday(s, b, k - 1)) || s[k - 1] == ']' ||
			    s[k - 1] == '\n') {
				b = k;
				break;
			}
		size_t a = time_start(s, b, i);
		if (a < i && clock_and_year(s + a, i - a)) {
			*start = a, *end = i + z;
			return 1;
		}
	}
	return 0;
}

char *tt_wikisig_page(const char *href)
{
	const char *p = NULL, *w, *stop = "#?";
	if (!strncmp(href, "./", 2))
		p = href + 2;
	else if ((w = strstr(href, "title=")) != NULL)
		p = w + 6, stop = "&#"; /* a query's value: "&" ends it */
	else if ((w = strstr(href, "/wiki/")) != NULL)
		p = w + 6;
	if (!p)
		return NULL;
	/* in a path "&" is the name's own ("./User:7&6=thirteen") */
	size_t n = strcspn(p, stop);
	char *out = tt_xmalloc(n + 1), *o = out;
	for (size_t i = 0; i < n; i++) {
		if (p[i] == '%' && isxdigit((unsigned char)p[i + 1]) &&
		    isxdigit((unsigned char)p[i + 2])) {
			char hex[3] = {p[i + 1], p[i + 2], 0};
			*o++ = (char)strtol(hex, NULL, 16);
			i += 2;
		} else
			*o++ = p[i] == '_' ? ' ' : p[i];
	}
	*o = '\0';
	if (!tt_utf8_valid(out, (size_t)(o - out))) { /* ("%C3" alone) */
		free(out);
		return NULL;
	}
	return out;
}

/* The names a user link may give: the page's name past its namespace
 * ("Wikipedysta:Stok": "Stok"), and past a special page's slash
 * ("Specjalna:Wkład/83.6.1.2": "83.6.1.2"). */
static void link_names(const char *page, char **own, char **slashed)
{
	const char *colon = strchr(page, ':');
	*own = *slashed = NULL;
	if (!colon || colon == page || !colon[1])
		return;
	const char *rest = colon + 1, *slash = strrchr(rest, '/');
	*own = tt_xstrndup(rest, slash ? (size_t)(slash - rest) : strlen(rest));
	if (slash && slash[1])
		*slashed = tt_xstrdup(slash + 1);
}

/* Whether s is an IPv4 or IPv6 address: an editor with no account. */
static int ip_address(const char *s)
{
	size_t n = strlen(s), dots = 0, colons = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '.')
			dots++;
		else if (s[i] == ':')
			colons++;
		else if (!(dots ? isdigit((unsigned char)s[i]) : isxdigit((unsigned char)s[i])))
			return 0;
	}
	return n >= 7 && ((dots == 3 && !colons) || (colons >= 2 && !dots));
}

/* The length of page's namespace (what is before its colon). */
static size_t namespace_len(const char *page)
{
	const char *colon = strchr(page, ':');
	return colon ? (size_t)(colon - page) : 0;
}

char *tt_wikisig_signer(const struct tt_wikisig_link *links, size_t n, size_t floor, size_t stamp)
{
	char *names[32], *spaces[32];
	size_t nn = 0;
	char *best = NULL, *near = NULL;
	for (size_t k = 0; k < n && nn + 2 <= 32; k++) {
		const struct tt_wikisig_link *L = &links[k];
		if (L->start < floor || L->end > stamp)
			continue;
		char *page = tt_wikisig_page(L->href), *own, *sl;
		if (!page)
			continue;
		link_names(page, &own, &sl);
		char *space = tt_xstrndup(page, namespace_len(page));
		free(page);
		/* (one link alone names a user by its own page, not by a page
		 * under another's, "Projet:Presse/Quelques explications"; or an
		 * address's contributions, "Special:Contributions/95.159.109.99";
		 * such a page after the user's link, a project the user is in,
		 * leaves the user's name standing) */
		char *cand = stamp - L->end > 48    ? NULL
		             : own && !sl           ? tt_xstrdup(own)
		             : sl && ip_address(sl) ? tt_xstrdup(sl)
		                                    : NULL;
		if (cand || !own || !sl || stamp - L->end > 48) {
			free(near);
			near = cand;
		}
		/* two links naming one user: pages of two namespaces (the user's
		 * page and talk page, their contributions), not two pages of
		 * one ("Wikipedia:Wikiproject/België" and ".../Muziek") */
		for (char **x = (char *[]){own, sl, NULL}; *x; x++)
			for (size_t j = 0; j < nn; j++)
				if (!strcmp(names[j], *x) && strcmp(spaces[j], space) != 0) {
					free(best);
					best = tt_xstrdup(*x);
				}
		if (own)
			names[nn] = own, spaces[nn++] = tt_xstrdup(space);
		if (sl)
			names[nn] = sl, spaces[nn++] = tt_xstrdup(space);
		free(space);
	}
	for (size_t j = 0; j < nn; j++)
		free(names[j]), free(spaces[j]);
	if (best) {
		free(near);
		return best;
	}
	return near;
}
