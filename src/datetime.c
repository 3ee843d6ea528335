/* datetime: recognises the common English date forms of web pages with strptime. */
#include "threadtag/datetime.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

/* After normalising (commas, "at", "on", dots and doubled spaces gone, a.m. as am). */
static const char *const formats[] = {
    "%B %d %Y %I:%M:%S %p",
    "%B %d %Y %I:%M %p",
    "%B %d %Y %H:%M:%S",
    "%B %d %Y %H:%M",
    "%d %B %Y %I:%M:%S %p",
    "%d %B %Y %I:%M %p",
    "%d %B %Y %H:%M:%S",
    "%d %B %Y %H:%M",
    "%Y-%m-%d %I:%M %p", /* MyBB's "2019-02-24, 05:31 PM" */
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%I:%M %p %B %d %Y",
    "%H:%M %B %d %Y",
    "%I:%M %p %d %B %Y",
    "%H:%M %d %B %Y",
    "%B %d %Y",
    "%d %B %Y",
    "%Y-%m-%d",
    "%Y/%m/%d",
};

/* Each format with its month name read as a number (%B as %m), where
 * month_as_number has written the name so: a table, for building the
 * string for every format tried was a tenth of a date's reading. */
static const char *const numeric_formats[] = {
    "%m %d %Y %I:%M:%S %p",
    "%m %d %Y %I:%M %p",
    "%m %d %Y %H:%M:%S",
    "%m %d %Y %H:%M",
    "%d %m %Y %I:%M:%S %p",
    "%d %m %Y %I:%M %p",
    "%d %m %Y %H:%M:%S",
    "%d %m %Y %H:%M",
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    NULL,
    "%I:%M %p %m %d %Y",
    "%H:%M %m %d %Y",
    "%I:%M %p %d %m %Y",
    "%H:%M %d %m %Y",
    "%m %d %Y",
    "%d %m %Y",
    NULL,
    NULL,
};
_Static_assert(sizeof numeric_formats == sizeof formats, "one numeric form a format");

/* "st", "nd", "rd" or "th" ending a number ("December 3rd"). */
static int is_ordinal(const char *p)
{
	static const char *const sfx[] = {"st", "nd", "rd", "th"};
	/* asked after every digit of a date: most are followed by no letter */
	if (!isalpha((unsigned char)p[0]))
		return 0;
	for (size_t i = 0; i < 4; i++)
		if (!strncasecmp(p, sfx[i], 2) && !isalpha((unsigned char)p[2]))
			return 1;
	return 0;
}

/* Copies text into out in a shape the formats expect; returns 1 if a UTC
 * marker was found (and removed). */
static int normalise(const char *text, char *out, size_t cap)
{
	size_t n = 0;
	int utc = 0;
	for (const char *p = text; *p && n + 2 < cap; p++) {
		char c = *p;
		if ((unsigned char)c == 0xc2 && (unsigned char)p[1] == 0xa0)
			c = ' ', p++; /* a no-break space */
		if (c == ',' || c == '\t' || c == '|')
			c = ' ';
		else if (c == '.' && p > text && isalpha((unsigned char)p[-1]))
			continue; /* "Dec." and "p.m." */
		else if (n && isdigit((unsigned char)out[n - 1]) && is_ordinal(p)) {
			p++; /* "3rd": this letter and, with the loop's step, the next */
			continue;
		}
		if (c == ' ' && (n == 0 || out[n - 1] == ' '))
			continue;
		out[n++] = c;
	}
	while (n && (out[n - 1] == ' ' || out[n - 1] == '.'))
		n--;
	out[n] = '\0';
	/* Whole words that carry no date: "at", "on", and a trailing zone name. */
	static const char *const drop[] = {" at ", " on ", " @ "};
	for (size_t i = 0; i < sizeof drop / sizeof *drop; i++) {
		char *w;
		while ((w = strstr(out, drop[i])))
			memmove(w, w + strlen(drop[i]) - 1, strlen(w + strlen(drop[i]) - 1) + 1);
	}
	/* A dash between the year and the clock ("Oct. 9, 2010 - 7:28 AM",
	 * Politico): the two go together. */
	for (char *w = strstr(out, " - "); w; w = strstr(w + 1, " - ")) {
		const char *t = w + 3;
		size_t hd = strspn(t, "0123456789");
		if (w - out >= 4 && strspn(w - 4, "0123456789") == 4 && hd >= 1 && hd <= 2 &&
		    t[hd] == ':') {
			memmove(w, w + 2, strlen(w + 2) + 1);
			break;
		}
	}
	size_t len = strlen(out);
	/* Another zone's abbreviation (EST, CET...) is dropped: the local time stays. */
	char *last = strrchr(out, ' ');
	const char *prev = last ? last - 1 : NULL;
	while (prev && prev > out && prev[-1] != ' ')
		prev--;
	int after_time = prev && (memchr(prev, ':', (size_t)(last - prev)) ||
	                          !strncasecmp(prev, "am ", 3) || !strncasecmp(prev, "pm ", 3));
	if (last && after_time && strlen(last + 1) >= 2 && strlen(last + 1) <= 4 &&
	    strcmp(last + 1, "AM") && strcmp(last + 1, "PM") && strcmp(last + 1, "UTC") &&
	    strcmp(last + 1, "GMT") &&
	    strspn(last + 1, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == strlen(last + 1)) {
		*last = '\0';
		len = strlen(out);
	}
	static const char *const zones[] = {" UTC", " GMT", "Z", " Z"};
	for (size_t i = 0; i < sizeof zones / sizeof *zones; i++) {
		size_t zl = strlen(zones[i]);
		if (len > zl + 8 && strcmp(out + len - zl, zones[i]) == 0 &&
		    isdigit((unsigned char)out[len - zl - 1])) {
			out[len - zl] = '\0';
			utc = 1;
			break;
		}
	}
	if (strncasecmp(out, "on ", 3) == 0)
		memmove(out, out + 3, strlen(out + 3) + 1);
	return utc;
}

/* Does s open with an English month name (or its first three letters)? */
static int starts_with_month(const char *s)
{
	static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
	                                     "jul", "aug", "sep", "oct", "nov", "dec"};
	int first = tolower((unsigned char)s[0]);
	for (size_t i = 0; i < 12; i++)
		if (first == months[i][0] && !strncasecmp(s, months[i], 3))
			return 1;
	return 0;
}

/* A real calendar day in a plausible year (strptime allows Feb 31). */
static int valid_date(const struct tm *tm)
{
	static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int y = tm->tm_year + 1900;
	if (y < 1900 || y > 2200 || tm->tm_mon < 0 || tm->tm_mon > 11 || tm->tm_mday < 1)
		return 0;
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	int max = tm->tm_mon == 1 && !leap ? 28 : mdays[tm->tm_mon];
	return tm->tm_mday <= max;
}

static int try_format(const char *s, const char *fmt, struct tm *tm)
{
	memset(tm, 0, sizeof *tm);
	tm->tm_hour = tm->tm_min = tm->tm_sec = -1;
	const char *end = strptime(s, fmt, tm);
	return end && *end == '\0' && valid_date(tm);
}

/* Weekday names are not needed for the date; a leading one is skipped. */
static const char *skip_weekday(const char *s)
{
	static const char *const days[] = {"monday", "tuesday",  "wednesday", "thursday",
	                                   "friday", "saturday", "sunday"};
	int first = tolower((unsigned char)s[0]);
	for (size_t i = 0; i < 7; i++) {
		if (first != days[i][0]) /* the first letter first: most dates open with none */
			continue;
		size_t full = strlen(days[i]);
		if (strncasecmp(s, days[i], full) == 0 && s[full] == ' ')
			return s + full + 1;
		if (strncasecmp(s, days[i], 3) == 0 && s[3] == ' ')
			return s + 4;
	}
	return s;
}

/* The English month named at s, as strptime's %B reads it in the C locale
 * (the full name, else its first three letters, in any case): its number
 * and, in *len, the letters read; 0 if none. */
static int month_at(const char *s, size_t *len)
{
	static const char *const names[] = {"january", "february", "march",     "april",
	                                    "may",     "june",     "july",      "august",
	                                    "september", "october", "november", "december"};
	int first = tolower((unsigned char)s[0]);
	for (int m = 0; m < 12; m++) {
		if (first != names[m][0]) /* the first letter first: one name in twelve has it */
			continue;
		size_t full = strlen(names[m]);
		if (!strncasecmp(s, names[m], full)) {
			*len = full;
			return m + 1;
		}
		if (!strncasecmp(s, names[m], 3)) {
			*len = 3;
			/* "Sept. 3, 2019": the short name newspapers set in English */
			if (m == 8 && (s[3] == 't' || s[3] == 'T') && !isalpha((unsigned char)s[4]))
				*len = 4;
			return m + 1;
		}
	}
	return 0;
}

/* s with the month name at offset at written as its number, and fmt with
 * its %B as %m: matching names is strptime's slow part, and every date of
 * a page is read through several formats. 0 if s holds no name there. */
static int month_as_number(const char *s, size_t at, char *out, size_t cap)
{
	size_t len;
	int m = month_at(s + at, &len);
	if (!m)
		return 0;
	/* "Jan1" must not read as month 11: a digit after the name is set apart */
	const char *rest = s + at + len;
	/* copied by hand, as snprintf("%.*s%d%s%s") would write it: that call
	 * cost as much as the rest of a date's reading */
	size_t rl = strlen(rest), n = at + (m >= 10 ? 2 : 1) + (isdigit((unsigned char)*rest) != 0) + rl;
	if (n >= cap)
		return 0;
	memcpy(out, s, at);
	char *o = out + at;
	if (m >= 10)
		*o++ = '1';
	*o++ = (char)('0' + m % 10);
	if (isdigit((unsigned char)*rest))
		*o++ = ' ';
	memcpy(o, rest, rl + 1);
	return 1;
}

/* Two digits of v (0 to 99) at p. */
static char *two_digits(char *p, int v)
{
	*p++ = (char)('0' + v / 10);
	*p++ = (char)('0' + v % 10);
	return p;
}

/* "YYYY-MM-DDTHH:MM[:SS][Z]" as snprintf("%04d-%02d-%02d" ...) wrote it,
 * by hand: every dated comment is read here (twice with its id), and the
 * four snprintf calls cost a third of a date's reading. valid_date keeps
 * the year within 1900-2200; strptime keeps the clock's fields to two
 * digits. */
static void write_iso(char iso[32], const struct tm *tm, int secs, int utc)
{
	int y = tm->tm_year + 1900;
	char *p = two_digits(two_digits(iso, y / 100), y % 100);
	*p++ = '-';
	p = two_digits(p, tm->tm_mon + 1);
	*p++ = '-';
	p = two_digits(p, tm->tm_mday);
	if (tm->tm_hour >= 0 && tm->tm_min >= 0) {
		*p++ = 'T';
		p = two_digits(p, tm->tm_hour);
		*p++ = ':';
		p = two_digits(p, tm->tm_min);
		if (secs) {
			*p++ = ':';
			p = two_digits(p, tm->tm_sec);
		}
		if (utc)
			*p++ = 'Z';
	}
	*p = '\0';
}

int tt_datetime_parse(const char *text, char iso[32])
{
	char buf[128];
	iso[0] = '\0';
	if (!text || strlen(text) >= sizeof buf - 8)
		return -1;
	int utc = normalise(text, buf, sizeof buf);
	const char *s = skip_weekday(buf);
	struct tm tm;
	int month_first = starts_with_month(s);
	if (!month_first && !isdigit((unsigned char)s[0]))
		return -1; /* most lines of a page: no need to ask strptime */
	const char *second = strchr(s, ' ');
	int month_second = second && starts_with_month(second + 1);
	/* The month's name as its number, for the formats that open with it or
	 * with the day before it. */
	char first_num[136], second_num[136];
	int have_first = month_first && month_as_number(s, 0, first_num, sizeof first_num);
	int have_second = month_second && month_as_number(s, (size_t)(second + 1 - s), second_num,
	                                                  sizeof second_num);
	/* The byte after the text's opening digits: a format opening with a
	 * year or an hour (strptime reads that many digits or fewer, no
	 * space before them here) reads only when it is the separator the
	 * format puts there ("2024-", "14:"); a day's text ("2. Februar") is
	 * spared twelve calls that fail. */
	char after_digits = s[strspn(s, "0123456789")];
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
		/* Matching month names is strptime's slow part: only formats whose
		 * month name falls where the text has one are tried. */
		const char *f = formats[i], *text_f = s;
		if ((f[1] == 'B') != month_first || (!strncmp(f, "%d %B", 5) && !month_second))
			continue;
		if (strchr("YIH", f[1]) && after_digits != f[2])
			continue;
		if (f[1] == 'B' && have_first)
			text_f = first_num, f = numeric_formats[i];
		else if (!strncmp(f, "%d %B", 5) && have_second)
			text_f = second_num, f = numeric_formats[i];
		if (!try_format(text_f, f, &tm))
			continue;
		write_iso(iso, &tm, strstr(formats[i], "%S") != NULL, utc);
		return 0;
	}
	return -1;
}

int tt_datetime_is_yearless(const char *text)
{
	static const char *const forms[] = {"%B %d", "%d %B", "%B %d %I:%M %p", "%B %d %H:%M",
	                                    "%d %B %H:%M"};
	char buf[128];
	if (strlen(text) >= sizeof buf - 8)
		return 0;
	normalise(text, buf, sizeof buf);
	const char *s = skip_weekday(buf);
	/* a clock first, then the day ("3:40pm Jan 21", Nairaland's this
	 * year's posts): the day decides */
	struct tm clock;
	const char *past = NULL;
	memset(&clock, 0, sizeof clock);
	if (isdigit((unsigned char)*s) && ((past = strptime(s, "%I:%M %p", &clock)) != NULL ||
	                                   (past = strptime(s, "%H:%M", &clock)) != NULL) &&
	    isspace((unsigned char)*past))
		s = past + 1;
	/* Every form opens with a month, or a day of two digits at most and a
	 * month: asked before strptime, which walks the locale's month names
	 * once a form (a page of dense headers asks thousands of lines). */
	const char *m = s;
	while (m - s < 2 && isdigit((unsigned char)*m))
		m++;
	while (m > s && isspace((unsigned char)*m))
		m++;
	if (!starts_with_month(s) && !(m > s && starts_with_month(m)))
		return 0;
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		struct tm tm;
		memset(&tm, 0, sizeof tm);
		const char *end = strptime(s, forms[i], &tm);
		if (end && *end == '\0' && tm.tm_mday >= 1)
			return 1;
	}
	return 0;
}

int tt_datetime_is_relative(const char *text)
{
	static const char *const words[] = {"just now", "yesterday", "today", "moments ago",
	                                    "a moment ago"};
	static const char *const units[] = {"second", "sec",  "minute", "min",  "hour", "hr",
	                                    "day",    "week", "month",  "year", "yr"};
	while (isspace((unsigned char)*text))
		text++;
	/* "yesterday" alone or with a time: "Yesterday at 5:54 pm". */
	int first = tolower((unsigned char)*text);
	for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
		size_t wl = strlen(words[i]);
		/* the first letter first: asked of most lines of a page */
		if (first == words[i][0] && strncasecmp(text, words[i], wl) == 0 &&
		    (text[wl] == '\0' || strncasecmp(text + wl, " at ", 4) == 0 || text[wl] == ','))
			return 1;
	}
	const char *p = text;
	if (strncasecmp(p, "an ", 3) == 0 || strncasecmp(p, "a ", 2) == 0)
		p = strchr(p, ' ') + 1;
	else if (isdigit((unsigned char)*p))
		while (isdigit((unsigned char)*p))
			p++;
	else
		return 0;
	while (*p == ' ')
		p++;
	/* "5h ago", "3d ago": a single letter stands for the unit. */
	if (*p && p > text && isdigit((unsigned char)p[-1]) &&
	    strchr("smhdwy", tolower((unsigned char)*p)) && p[1] == ' ' &&
	    strncasecmp(p + 2, "ago", 3) == 0)
		return p[5] == '\0';
	int unit_first = tolower((unsigned char)*p);
	for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
		size_t ul = strlen(units[i]);
		if (unit_first != units[i][0] || strncasecmp(p, units[i], ul) != 0)
			continue;
		const char *q = p + ul;
		if (*q == 's')
			q++;
		if (*q == '.')
			q++; /* "5 hr. ago" */
		while (*q == ' ')
			q++;
		if (strncasecmp(q, "ago", 3) != 0)
			return 0;
		for (q += 3; *q == ' ' || *q == '.'; q++)
			;
		return *q == '\0';
	}
	return 0;
}

int tt_datetime_from_epoch(double secs, char iso[32])
{
	struct tm tm;
	iso[0] = '\0';
	/* Checked before the cast: a double beyond time_t's range (1e23 from a
	 * hostile file) makes the conversion undefined. The comparison is false
	 * for NaN too. */
	if (!(secs >= 0 && secs < TT_EPOCH_END))
		return -1;
	time_t t = (time_t)floor(secs);
	if (!gmtime_r(&t, &tm))
		return -1;
	/* By hand rather than strftime: an import formats one per comment, and
	 * strftime showed in the profile of a large Hacker News import. */
	int f[6] = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec};
	char *p = iso;
	for (int i = 0; i < 6; i++) {
		if (i == 0) {
			*p++ = (char)('0' + f[0] / 1000);
			*p++ = (char)('0' + f[0] / 100 % 10);
		}
		*p++ = (char)('0' + f[i] / 10 % 10);
		*p++ = (char)('0' + f[i] % 10);
		*p++ = "--T::Z"[i];
	}
	*p = '\0';
	return 0;
}
