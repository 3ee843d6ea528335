/* dates: rewrites dates written in ten more languages into the English forms datetime reads; reads their ages and a comment header's time box for both importers. */
#include "threadtag/dates.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "threadtag/datetime.h"

#include <xxhash.h>

/* Month names and their usual abbreviations in German, French, Spanish,
 * Italian, Portuguese, Dutch, Polish, Russian and Arabic, and since round
 * 40's cycle Turkish, Czech, Romanian, Swedish, Danish and Finnish (both the name and the
 * genitive a date uses: "11 maja 2021", "12 марта 2021"; Polish also the
 * three letters its sites print, "5 paź 2011"), lower case, each
 * with its month (1-12). An abbreviation's trailing dot is dropped before
 * the lookup. In byte order. */
static const struct {
	const char *name;
	int month;
} months[] = {
    {"abr", 4}, {"abril", 4}, {"ago", 8}, {"agosto", 8}, {"aout", 8}, {"août", 8}, {"aprile", 4},
    {"aprilie", 4}, {"aralık", 12}, {"august", 8}, {"augusti", 8}, {"augustus", 8}, {"avr", 4},
    {"avril", 4}, {"ağustos", 8}, {"března", 3}, {"cze", 6}, {"czerwca", 6}, {"czerwiec", 6},
    {"decembre", 12}, {"decembrie", 12}, {"dez", 12}, {"dezember", 12}, {"dezembro", 12},
    {"dic", 12}, {"dicembre", 12}, {"diciembre", 12}, {"dubna", 4}, {"déc", 12},
    {"décembre", 12}, {"ekim", 10}, {"elokuuta", 8}, {"ene", 1}, {"enero", 1}, {"eylül", 9},
    {"febbraio", 2}, {"feber", 2}, {"febrero", 2}, {"februar", 2}, {"februari", 2},
    {"februarie", 2}, {"fev", 2}, {"fevereiro", 2}, {"fevrier", 2}, {"fév", 2}, {"févr", 2},
    {"février", 2}, {"gen", 1}, {"gennaio", 1}, {"giu", 6}, {"giugno", 6}, {"gru", 12},
    {"grudnia", 12}, {"grudzień", 12}, {"haziran", 6}, {"heinäkuuta", 7}, {"helmikuuta", 2},
    {"huhtikuuta", 4}, {"ianuarie", 1}, {"iulie", 7}, {"iunie", 6}, {"janeiro", 1},
    {"januar", 1}, {"januari", 1}, {"janv", 1}, {"janvier", 1}, {"joulukuuta", 12}, {"juil", 7},
    {"juillet", 7}, {"juin", 6}, {"julho", 7}, {"juli", 7}, {"julio", 7}, {"junho", 6},
    {"juni", 6}, {"junio", 6}, {"jänner", 1}, {"kasım", 11}, {"kesäkuuta", 6}, {"května", 5},
    {"kwi", 4}, {"kwiecień", 4}, {"kwietnia", 4}, {"ledna", 1}, {"lip", 7}, {"lipca", 7},
    {"lipiec", 7}, {"lis", 11}, {"listopad", 11}, {"listopada", 11}, {"listopadu", 11},
    {"lokakuuta", 10}, {"lug", 7}, {"luglio", 7}, {"lut", 2}, {"lutego", 2}, {"luty", 2},
    {"maaliskuuta", 3}, {"maart", 3}, {"mag", 5}, {"maggio", 5}, {"mai", 5}, {"maio", 5},
    {"maj", 5}, {"maja", 5}, {"marca", 3}, {"marco", 3}, {"marraskuuta", 11}, {"mars", 3},
    {"mart", 3}, {"martie", 3}, {"marts", 3}, {"marzec", 3}, {"marzo", 3}, {"março", 3},
    {"mayo", 5}, {"mayıs", 5}, {"mei", 5}, {"mrt", 3}, {"mrz", 3}, {"mär", 3}, {"märz", 3},
    {"nisan", 4}, {"noiembrie", 11}, {"novembre", 11}, {"novembro", 11}, {"noviembre", 11},
    {"ocak", 1}, {"octobre", 10}, {"octombrie", 10}, {"octubre", 10}, {"okt", 10},
    {"oktober", 10}, {"ott", 10}, {"ottobre", 10}, {"out", 10}, {"outubro", 10}, {"paź", 10},
    {"październik", 10}, {"października", 10}, {"prosince", 12}, {"septembre", 9},
    {"septembrie", 9}, {"septiembre", 9}, {"set", 9}, {"setembro", 9}, {"setiembre", 9},
    {"settembre", 9}, {"sie", 8}, {"sierpień", 8}, {"sierpnia", 8}, {"srpna", 8}, {"sty", 1},
    {"styczeń", 1}, {"stycznia", 1}, {"syyskuuta", 9}, {"tammikuuta", 1}, {"temmuz", 7},
    {"toukokuuta", 5}, {"wrz", 9}, {"wrzesień", 9}, {"września", 9}, {"září", 9}, {"února", 2},
    {"července", 7}, {"června", 6}, {"října", 10}, {"şubat", 2}, {"авг", 8}, {"август", 8},
    {"августа", 8}, {"апр", 4}, {"апрель", 4}, {"апреля", 4}, {"дек", 12}, {"декабрь", 12},
    {"декабря", 12}, {"июл", 7}, {"июль", 7}, {"июля", 7}, {"июн", 6}, {"июнь", 6}, {"июня", 6},
    {"май", 5}, {"мар", 3}, {"март", 3}, {"марта", 3}, {"мая", 5}, {"ноя", 11}, {"нояб", 11},
    {"ноябрь", 11}, {"ноября", 11}, {"окт", 10}, {"октябрь", 10}, {"октября", 10}, {"сен", 9},
    {"сент", 9}, {"сентябрь", 9}, {"сентября", 9}, {"фев", 2}, {"февр", 2}, {"февраль", 2},
    {"февраля", 2}, {"янв", 1}, {"январь", 1}, {"января", 1}, {"أبريل", 4}, {"أغسطس", 8},
    {"أكتوبر", 10}, {"ديسمبر", 12}, {"سبتمبر", 9}, {"فبراير", 2}, {"مارس", 3}, {"مايو", 5},
    {"نوفمبر", 11}, {"يناير", 1}, {"يوليو", 7}, {"يونيو", 6},
};

static const char *const english[] = {"January",   "February", "March",    "April",
                                      "May",       "June",     "July",     "August",
                                      "September", "October",  "November", "December"};

/* Cyrillic capitals in UTF-8 made small in place ("Марта", "Вторник"):
 * tolower knows bytes, not letters of two. */
static void fold_cyrillic(char *s)
{
	for (unsigned char *p = (unsigned char *)s; *p; p++) {
		if (p[0] != 0xD0 || !p[1])
			continue;
		if (p[1] == 0x81) /* Ё */
			p[0] = 0xD1, p[1] = 0x91;
		else if (p[1] >= 0x90 && p[1] <= 0x9F)
			p[1] += 0x20;
		else if (p[1] >= 0xA0 && p[1] <= 0xAF)
			p[0] = 0xD1, p[1] -= 0x20;
		p++;
	}
}

/* The capital of Latin Extended-A opening s in lower case ("Środa",
 * "Łódź"), as tolower leaves it: its capitals and small letters pair by
 * code point, the capital even or odd by range. */
static void fold_latin_ext_a(char *s)
{
	unsigned char *p = (unsigned char *)s;
	if ((p[0] != 0xC4 && p[0] != 0xC5) || (p[1] & 0xC0) != 0x80)
		return;
	unsigned cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
	int even = (cp <= 0x137 || (cp >= 0x14A && cp <= 0x177)) && !(cp & 1);
	int odd = ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) && (cp & 1);
	if (!even && !odd)
		return;
	cp++;
	p[0] = (unsigned char)(0xC0 | (cp >> 6));
	p[1] = (unsigned char)(0x80 | (cp & 0x3F));
}

/* Words around a date that carry nothing: "am 3. Dezember", "3 de diciembre
 * de 2022 a las 17:54", "le 3 mars à 9 h", "alle ore 17", "às 17:54", "om",
 * Polish "r." (rok) and Russian "г." (год) after the year, "в 14:30",
 * Czech's "v 14:30", Finnish's "klo 14:30", English's "9:43pm On Dec 09". */
static const char *const fillers[] = {
    "a", "alle", "as", "de", "del", "den", "der", "el", "il", "kl", "klo", "la", "las",
    "le", "les", "lo", "o", "om", "on", "ore", "r", "uhr", "um", "uur", "v", "à", "às",
    "ás", "в", "г", "года",
};

static const char *const weekdays[] = {
    "czwartek", "dienstag", "dimanche", "dinsdag", "domenica", "domingo",
    "donderdag", "donnerstag", "freitag", "giovedì", "jeudi", "jueves",
    "lundi", "lunedì", "lunes", "maandag", "mardi", "martedì",
    "martes", "mercoledì", "mercredi", "mittwoch", "miércoles", "montag",
    "niedziela", "piątek", "poniedziałek", "quarta", "quarta-feira", "quinta",
    "quinta-feira", "sabato", "samedi", "samstag", "segunda", "segunda-feira",
    "sexta", "sexta-feira", "sobota", "sonntag", "sábado", "terça",
    "terça-feira", "vendredi", "venerdì", "viernes", "vrijdag", "woensdag",
    "wtorek", "zaterdag", "zondag", "środa", "воскресенье", "вторник",
    "понедельник", "пятница", "среда", "суббота", "четверг",
};

static int cmp_name(const void *key, const void *item)
{
	return strcmp((const char *)key, *(const char *const *)item);
}

/* The lists are kept in byte order so that a lookup is a binary search:
 * every word of every line of a page may be asked about. */
static int in_list(const char *w, const char *const *list, size_t n)
{
	return bsearch(w, list, n, sizeof *list, cmp_name) != NULL;
}

/* The names of months opening with each byte, as a range of months[]
 * (which is in byte order): built once per thread, so that a word's
 * lookup searches only the names that share its first byte (every word of
 * a page's prose is looked up, most opening with a byte no name has). */
static _Thread_local unsigned char month_first_lo[256], month_first_hi[256];
static _Thread_local int month_first_ready;

static void month_first_index(void)
{
	_Static_assert(sizeof months / sizeof *months < 256, "months[] indexed by a byte");
	for (size_t i = sizeof months / sizeof *months; i-- > 0;) {
		unsigned char b = (unsigned char)months[i].name[0];
		if (!month_first_hi[b])
			month_first_hi[b] = (unsigned char)(i + 1);
		month_first_lo[b] = (unsigned char)i;
	}
	month_first_ready = 1;
}

static int month_of(const char *w)
{
	if (!month_first_ready)
		month_first_index();
	size_t lo = month_first_lo[(unsigned char)w[0]], hi = month_first_hi[(unsigned char)w[0]];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(w, months[mid].name);
		if (!c)
			return months[mid].month;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

static int all_digits(const char *s, size_t n)
{
	if (!n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* The digits at *p (at most max), or -1; *p moves past them. */
static int digits(const char **p, size_t min, size_t max)
{
	size_t n = 0;
	int v = 0;
	while (n < max && isdigit((unsigned char)(*p)[n]))
		v = v * 10 + (*p)[n++] - '0';
	*p += n;
	return n >= min ? v : -1;
}

/* The parts of a numeric date opening w ("11/2/10", "03.12.2022"): its two
 * first numbers, its separator and its year (two digits or four); where it
 * ends, or NULL when w opens with none. */
static const char *numeric_parts(const char *w, int *a, int *b, char *sep, int *y)
{
	const char *p = w;
	*a = digits(&p, 1, 2);
	*sep = *p;
	if (*a < 0 || !*sep || !strchr("./-", *sep))
		return NULL;
	p++;
	*b = digits(&p, 1, 2);
	if (*b < 0 || *p++ != *sep)
		return NULL;
	const char *ys = p;
	*y = digits(&p, 2, 4);
	if (*y < 0 || p - ys == 3 || isdigit((unsigned char)*p))
		return NULL;
	if (p - ys == 2)
		*y += 2000;
	return p;
}

/* "03.12.2022", "3/12/22", "03-12-2022": day first, as the six languages
 * write it; month first when the day cannot be first ("12/31/2022", and
 * "12.29.14" as an American site dots it), or when the page's order says
 * so (tt_dates_order_month_first). */
/* "2020.06.09", "2020/6/9": the year first, then the month and the day, as
 * Chinese, Japanese and Korean pages write it with dots or slashes. Dotted,
 * month and day have two digits each: "Bitwarden 2024.8.2" is a version. */
static int year_first_date(const char *w, char *out, size_t cap)
{
	const char *p = w;
	int y = digits(&p, 4, 4);
	char sep = *p;
	if (y < 1900 || !sep || !strchr("./", sep))
		return 0;
	p++;
	size_t min = sep == '.' ? 2 : 1;
	int m = digits(&p, min, 2);
	if (m < 1 || m > 12 || *p++ != sep)
		return 0;
	int d = digits(&p, min, 2);
	if (d < 1 || d > 31 || *p)
		return 0;
	snprintf(out, cap, "%d %s %d", d, english[m - 1], y);
	return 1;
}

static int numeric_date(const char *w, const struct tt_dates_order *order, char *out,
                        size_t cap)
{
	int a, b, y;
	char sep;
	if (year_first_date(w, out, cap))
		return 1;
	const char *end = numeric_parts(w, &a, &b, &sep, &y);
	if (!end || *end)
		return 0;
	if ((a <= 12 && b > 12) ||
	    (a <= 12 && b >= 1 && order && tt_dates_order_month_first(order, sep))) {
		int t = a;
		a = b, b = t;
	}
	if (b < 1 || b > 12)
		return 0;
	snprintf(out, cap, "%d %s %d", a, english[b - 1], y);
	return 1;
}

/* "7.4.30" with no clock after it: one digit for the day, one for the
 * month and two for the year, dotted, is how a version is numbered (PHP
 * 7.4.30 under a page's copyright line), as with the year-first form
 * above; a date so written has its clock beside it ("7.4.23 12:00"). */
static int dotted_version(const char *w, const char *next)
{
	return strlen(w) == 6 && isdigit((unsigned char)w[0]) && w[1] == '.' &&
	       isdigit((unsigned char)w[2]) && w[3] == '.' && all_digits(w + 4, 2) &&
	       (!next || !strchr(next, ':'));
}

static size_t sep_index(char sep)
{
	return sep == '.' ? 0 : sep == '/' ? 1 : 2;
}

void tt_dates_order_init(struct tt_dates_order *o)
{
	memset(o, 0, sizeof *o);
}

/* The page's own dates outweigh its language, which outweighs the rule of
 * one date; when its dates show both orders with one separator (a
 * template's dates and a person's typed ones), they tell nothing, and the
 * language decides as if none had been seen. */
int tt_dates_order_month_first(const struct tt_dates_order *o, char sep)
{
	size_t i = sep_index(sep);
	if (!o->day_only[i] != !o->month_only[i])
		return o->month_only[i] > 0;
	return sep != '.' && o->lang_month_first;
}

int tt_dates_order_see(struct tt_dates_order *o, const char *text)
{
	int ambiguous = 0;
	for (const char *p = text; *p; p++) {
		/* a date opens a word: not "1.2" inside "10.1.2.3" or a clock */
		if (!isdigit((unsigned char)*p) ||
		    (p > text && (isalnum((unsigned char)p[-1]) || strchr("./-:", p[-1]))))
			continue;
		int a, b, y;
		char sep;
		const char *end = numeric_parts(p, &a, &b, &sep, &y);
		if (!end || isalpha((unsigned char)*end) ||
		    (*end && strchr("./-:", *end) && isdigit((unsigned char)end[1])))
			continue;
		size_t i = sep_index(sep);
		if (a > 12 && a <= 31 && b >= 1 && b <= 12)
			o->day_only[i]++;
		else if (b > 12 && b <= 31 && a >= 1 && a <= 12)
			o->month_only[i]++;
		else if (a >= 1 && b >= 1 && a <= 12 && b <= 12 && a != b)
			ambiguous = 1;
		p = end - 1;
	}
	return ambiguous;
}

int tt_dates_order_language(struct tt_dates_order *o, const char *tag)
{
	/* English where the United States' way of writing dates is the custom:
	 * the country itself, its territories, the Philippines and Canada
	 * (whose English pages mostly follow it with slashes) */
	static const char *const regions[] = {"AS", "CA", "GU", "MP", "PH", "PR", "UM", "US", "VI"};
	char sub[4][9];
	size_t n = 0;
	tag += strspn(tag, " \t");
	while (n < 4 && isalnum((unsigned char)*tag)) {
		size_t l = 0;
		while (isalnum((unsigned char)tag[l]))
			l++;
		if (l >= sizeof sub[0])
			break;
		memcpy(sub[n], tag, l);
		sub[n++][l] = '\0';
		tag += l;
		if (*tag != '-' && *tag != '_')
			break;
		tag++;
	}
	size_t l0 = n ? strlen(sub[0]) : 0;
	for (size_t i = 0; i < l0; i++)
		if (!isalpha((unsigned char)sub[0][i]))
			return 0;
	if (l0 < 2 || l0 > 3)
		return 0;
	o->lang_month_first = 0;
	if (strcasecmp(sub[0], "en") != 0)
		return 1;
	for (size_t i = 1; i < n; i++) /* the region: "en-US", "en-Latn-US" */
		for (size_t k = 0; strlen(sub[i]) == 2 && k < sizeof regions / sizeof *regions; k++)
			if (!strcasecmp(sub[i], regions[k]))
				o->lang_month_first = 1;
	return 1;
}

/* "17h54", "17h", "17.54" (after the date) as "17:54". */
static int hour_word(const char *w, size_t n, int after_date, char *out, size_t cap)
{
	size_t d = 0;
	while (d < n && isdigit((unsigned char)w[d]))
		d++;
	if (d < 1 || d > 2 || d == n || atoi(w) > 23)
		return 0;
	if ((w[d] == 'h' && (d + 1 == n || (n == d + 3 && all_digits(w + d + 1, 2)))) ||
	    (after_date && w[d] == '.' && n == d + 3 && all_digits(w + d + 1, 2))) {
		snprintf(out, cap, "%.*s:%s", (int)d, w, d + 1 == n ? "00" : w + d + 1);
		return 1;
	}
	return 0;
}

struct words {
	char buf[160];
	size_t n;
	int changed; /* something foreign was rewritten or dropped */
	const struct tt_dates_order *order; /* the page's order of numeric dates */
};

static void put(struct words *o, const char *s)
{
	size_t l = strlen(s);
	if (o->n + l + 2 >= sizeof o->buf)
		return;
	if (o->n)
		o->buf[o->n++] = ' ';
	memcpy(o->buf + o->n, s, l);
	o->n += l;
	o->buf[o->n] = '\0';
}

/* "4 Sty 12, 13:53", "3 sty 12, 11:09", "15 Oct 18": two digits after a day and a month
 * (as o holds them so far, the month put in English) are the year's last
 * two, where the clock or nothing follows them; after a month alone
 * ("Jan 12, 13:53") they stay the day. The four-digit year, or 0. */
static int two_digit_year(const struct words *o, const char *w, const char *next)
{
	if (strlen(w) != 2 || !all_digits(w, 2) || (next && !strchr(next, ':')))
		return 0;
	const char *sp = o->n ? memrchr(o->buf, ' ', o->n) : NULL;
	if (!sp || !isupper((unsigned char)sp[1]))
		return 0;
	const char *d = sp;
	while (d > o->buf && isdigit((unsigned char)d[-1]))
		d--;
	if (sp - d < 1 || sp - d > 2 || (d > o->buf && d[-1] != ' '))
		return 0;
	/* English names stay as written ("15 Oct 18", 9GAG's): the short name
	 * of three letters or more counts as the whole ("Sept" too) */
	size_t ml = strlen(sp + 1);
	int m = 0;
	for (size_t k = 0; k < 12 && !m; k++)
		m = !strcmp(sp + 1, english[k]) || (ml >= 3 && !strncmp(sp + 1, english[k], ml));
	int yy = atoi(w);
	return m ? (yy < 70 ? 2000 : 1900) + yy : 0;
}

/* "'10", "’12": a year's last two digits after an apostrophe, as Stack
 * Overflow's short dates write them ("Jan 5 '10 at 4:13", Qaru's "05 янв.
 * '10 в 4:13"), where a month or a day comes before: the apostrophe says
 * a year, as no day or hour is written. The four-digit year, or 0. */
static int apostrophe_year(const struct words *o, const char *w)
{
	size_t a = w[0] == '\'' ? 1 : !strncmp(w, "\xE2\x80\x99", 3) ? 3 : 0;
	if (!a || strlen(w + a) != 2 || !all_digits(w + a, 2) || !o->n ||
	    !isalnum((unsigned char)o->buf[o->n - 1]))
		return 0;
	int yy = atoi(w + a);
	return (yy < 70 ? 2000 : 1900) + yy;
}

/* "25-apr-24", "3-Mar-2011": the day, the month's short name and the year
 * joined by hyphens, as database-driven sites print dates in any language
 * whose months month_of knows; written out as "25 April 2024" (a year of
 * two digits in this century before 70, as two_digit_year reads them). */
static int hyphened_month_date(const char *low, char *out, size_t cap)
{
	const char *p = low;
	int d = digits(&p, 1, 2);
	const char *m0 = p + 1, *m1 = *p == '-' ? strchr(m0, '-') : NULL;
	if (d < 1 || d > 31 || !m1 || m1 - m0 < 3 || m1 - m0 > 12)
		return 0;
	char name[16];
	memcpy(name, m0, (size_t)(m1 - m0));
	name[m1 - m0] = '\0';
	int m = month_of(name);
	for (int k = 0; k < 12 && !m; k++) /* English, which months[] leaves to the English reader */
		if (!strncasecmp(name, english[k], strlen(name)))
			m = k + 1;
	const char *ys = m1 + 1;
	p = ys;
	int y = digits(&p, 2, 4);
	if (!m || y < 0 || *p || p - ys == 3)
		return 0;
	if (p - ys == 2)
		y += y < 70 ? 2000 : 1900;
	snprintf(out, cap, "%d %s %d", d, english[m - 1], y);
	return 1;
}

/* "21:52pm", "0:29am": a 24-hour clock with a half-day mark run into it,
 * its hour outside 1..12; the hour says which half it is, so the clock is
 * read without the mark (a clock of 1..12 keeps it: the English reader
 * takes "5:16am" as it is). */
static int clock_half_mark(const char *low, size_t n, char *out, size_t cap)
{
	if (n < 6 || n > 7 || (strcmp(low + n - 2, "am") && strcmp(low + n - 2, "pm")))
		return 0;
	const char *p = low;
	int h = digits(&p, 1, 2);
	if (h < 0 || *p != ':' || (h >= 1 && h <= 12) || h > 23 || p + 3 != low + n - 2 ||
	    !all_digits(p + 1, 2))
		return 0;
	snprintf(out, cap, "%.*s", (int)(n - 2), low);
	return 1;
}

/* A weekday's two letters, German or Dutch ("Do 9 Apr 2020 / 08:34"), or
 * three, French ("Ven 8 Déc 2017 19:38", phpBB's; not "mar", March's too):
 * read only opening the date, where no other such word stands. */
static int short_weekday(const char *low)
{
	static const char shorts[] = "mo di mi do fr sa so ma wo vr za zo";
	static const char fr[] = "lun mer jeu ven sam dim";
	size_t n = strlen(low);
	return (n == 2 && strstr(shorts, low)) || (n == 3 && strstr(fr, low));
}

/* One word of the date: rewritten, dropped or kept. next is the word after
 * it (for "17 h 54"), *skip set when that word was used up too. */
static void one_word(struct words *o, const char *w, const char *next, int *skip)
{
	char low[64], tmp[64];
	size_t n = strlen(w);
	/* "@11h13": the at sign run into the hour ("22 juin 2018 @11h13") */
	if (n > 1 && w[0] == '@' && isdigit((unsigned char)w[1])) {
		one_word(o, w + 1, next, skip);
		o->changed = 1;
		return;
	}
	for (size_t i = 0; i <= n; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	if ((unsigned char)low[0] == 0xD0)
		fold_cyrillic(low);
	fold_latin_ext_a(low);
	if (n > 1 && low[n - 1] == '.' && !isdigit((unsigned char)low[n - 2]))
		low[--n] = '\0'; /* "déc.", "Mo." */
	/* Month names, fillers and weekdays all open with a letter. */
	int m = isalpha((unsigned char)low[0]) || (unsigned char)low[0] >= 0xC0 ? month_of(low) : 0;
	int word = m || isalpha((unsigned char)low[0]) || (unsigned char)low[0] >= 0xC0;
	if (m) {
		put(o, english[m - 1]);
		o->changed = 1;
	} else if (word && (in_list(low, fillers, sizeof fillers / sizeof *fillers) ||
	                    in_list(low, weekdays, sizeof weekdays / sizeof *weekdays) ||
	                    (!o->n && short_weekday(low)))) {
		o->changed = 1;
	} else if (n > 1 && low[n - 1] == '.' && all_digits(low, n - 1)) {
		low[n - 1] = '\0'; /* "3. Dezember" */
		put(o, low);
		o->changed = 1;
	} else if (!strcmp(low, "h") && o->n && isdigit((unsigned char)o->buf[o->n - 1]) && next &&
	           all_digits(next, strlen(next)) && strlen(next) == 2) {
		snprintf(tmp, sizeof tmp, ":%s", next);
		if (o->n + 4 < sizeof o->buf) { /* "17 h 54": onto the hour */
			memcpy(o->buf + o->n, tmp, 4);
			o->n += 3;
		}
		*skip = o->changed = 1;
	} else if (apostrophe_year(o, low)) {
		snprintf(tmp, sizeof tmp, "%d", apostrophe_year(o, low));
		put(o, tmp);
		o->changed = 1;
	} else if (two_digit_year(o, low, next)) {
		snprintf(tmp, sizeof tmp, "%d", two_digit_year(o, low, next));
		put(o, tmp);
		o->changed = 1;
	} else if ((!dotted_version(low, next) && numeric_date(low, o->order, tmp, sizeof tmp)) ||
	           hour_word(low, n, o->n > 6, tmp, sizeof tmp) ||
	           hyphened_month_date(low, tmp, sizeof tmp) ||
	           clock_half_mark(low, n, tmp, sizeof tmp)) {
		put(o, tmp);
		o->changed = 1;
	} else {
		put(o, w);
	}
}

/* The text with the other languages' words put into English; 0 when nothing
 * foreign was found (the English readers have already said no). */
static int translate(const char *text, const struct tt_dates_order *order, struct words *o)
{
	char copy[160], *save = NULL;
	if (strlen(text) >= sizeof copy)
		return 0;
	strcpy(copy, text);
	memset(o, 0, sizeof *o);
	o->order = order;
	for (char *p = copy; *p; p++)
		if (*p == ',' || *p == '\t')
			*p = ' ';
		else if (!strncmp(p, "\xC2\xA0", 2)) /* no-break space: "20:14 Uhr" */
			p[0] = p[1] = ' ';
		else if (!strncmp(p, "\xE2\x80\xAF", 3)) /* its narrow form */
			p[0] = p[1] = p[2] = ' ';
		else if (!strncmp(p, "\xD8\x8C", 2)) /* the Arabic comma: "22:51، 21 أبريل" */
			p[0] = p[1] = ' ';
	char *w = strtok_r(copy, " ", &save);
	while (w) {
		char *next = strtok_r(NULL, " ", &save);
		int skip = 0;
		if (strlen(w) < 60)
			one_word(o, w, next, &skip);
		w = skip && next ? strtok_r(NULL, " ", &save) : next;
	}
	return o->changed;
}

#define CJK_YEAR "\xE5\xB9\xB4"  /* 年 */
#define CJK_MONTH "\xE6\x9C\x88" /* 月 */
#define CJK_DAY "\xE6\x97\xA5"   /* 日 */

/* Does p open with 年 or 月, the signs after a Chinese or Japanese date's
 * numbers? */
static int cjk_date_sign(const char *p)
{
	return !strncmp(p, CJK_YEAR, 3) || !strncmp(p, CJK_MONTH, 3);
}

/* 年 or 月 at p, perhaps after a space ("5 月 6 日"), before end. */
static int cjk_after_digit(const char *p, const char *end)
{
	p += p < end && *p == ' ';
	return end - p >= 3 && cjk_date_sign(p);
}

/* A unit of one to four CJK characters then 前 ("ago") at p, perhaps
 * after a space, before end: a Chinese or Japanese age ("28 天前", "3小时
 * 前", "1 个月前"), which tt_dates_age reads. */
static int cjk_age_after_digit(const char *p, const char *end)
{
	p += p < end && *p == ' ';
	for (int chars = 0; chars <= 4 && end - p >= 3 && (unsigned char)*p >= 0xE0; chars++, p += 3)
		if (chars && !strncmp(p, "\xE5\x89\x8D", 3)) /* 前 */
			return 1;
	return 0;
}

/* The number at *p, the spaces after it, then the sign: the number, or -1. */
static int cjk_part(const char **p, size_t min, size_t max, const char *sign)
{
	int v = digits(p, min, max);
	*p += strspn(*p, " ");
	if (v < 0 || strncmp(*p, sign, 3) != 0)
		return -1;
	*p += 3;
	*p += strspn(*p, " ");
	return v;
}

/* A date as Chinese and Japanese write it, "2024年5月21日 11:01", "2024年05月
 * 21日(火) 下午 3:05", "5 月 6 日" (year 0 when the year is not written),
 * into "2024-05-21 11:01" for datetime to check; 0 when it is none. A
 * weekday in brackets or after 星期 is dropped; 下午 (afternoon) adds 12
 * hours to the clock. */
static int cjk_date(const char *text, char *out, size_t cap)
{
	const char *p = text + strspn(text, " "), *q = p;
	int y = digits(&q, 4, 4) >= 0 ? cjk_part(&p, 4, 4, CJK_YEAR) : 0;
	int m = y < 0 ? -1 : cjk_part(&p, 1, 2, CJK_MONTH);
	int d = m < 0 ? -1 : cjk_part(&p, 1, 2, CJK_DAY);
	if (d < 0)
		return 0;
	if (*p == '(' && strchr(p, ')') && strchr(p, ')') - p < 12)
		p = strchr(p, ')') + 1; /* (火) */
	else if (!strncmp(p, "\xEF\xBC\x88", 3) && strstr(p, "\xEF\xBC\x89") &&
	         strstr(p, "\xEF\xBC\x89") - p < 12)
		p = strstr(p, "\xEF\xBC\x89") + 3; /* （火） */
	else if (!strncmp(p, "\xE6\x98\x9F\xE6\x9C\x9F", 6) && strlen(p) >= 9)
		p += 9; /* 星期二 */
	p += strspn(p, " ");
	int pm = !strncmp(p, "\xE4\xB8\x8B\xE5\x8D\x88", 6); /* 下午 */
	if (pm || !strncmp(p, "\xE4\xB8\x8A\xE5\x8D\x88", 6)) /* 上午 */
		p += 6 + strspn(p + 6, " ");
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	int n = snprintf(out, cap, "%04d-%02d-%02d", y, m, d);
	if (*p) {
		int h = digits(&p, 1, 2), mi = -1, sec = -1;
		if (h >= 0 && *p == ':')
			p++, mi = digits(&p, 2, 2);
		if (mi >= 0 && *p == ':')
			p++, sec = digits(&p, 2, 2);
		if (mi < 0 || (sec < 0 && p[-1] == ':') || h > (pm ? 12 : 23))
			return 0;
		h += pm && h < 12 ? 12 : 0;
		snprintf(out + n, cap - (size_t)n, sec < 0 ? " %02d:%02d" : " %02d:%02d:%02d", h, mi,
		         sec);
	}
	p += strspn(p, " ");
	return *p == '\0';
}

/* A Japanese board's date, "10/02/27(土)08:26:00" (Futaba's, its year of
 * two figures) or "2010/02/27(土) 08:26:00.12" (2channel's): year, month
 * and day, the weekday in brackets, the clock. The weekday is checked
 * against the date: "10/02/27" read so is 27 February 2010, a Saturday.
 * Into "2010-02-27 08:26:00" for datetime; 0 when it is none. */
static int board_date(const char *text, char *out, size_t cap)
{
	static const char days[] = "\xE6\x97\xA5\xE6\x9C\x88\xE7\x81\xAB\xE6\xB0\xB4"
	                           "\xE6\x9C\xA8\xE9\x87\x91\xE5\x9C\x9F"; /* 日月火水木金土 */
	const char *p = text + strspn(text, " "), *start = p;
	int y = digits(&p, 2, 4);
	size_t yl = (size_t)(p - start);
	if (y < 0 || yl == 3 || *p++ != '/')
		return 0;
	int m = digits(&p, 1, 2);
	if (m < 0 || *p++ != '/')
		return 0;
	int d = digits(&p, 1, 2), wd = -1;
	if (d < 0 || *p != '(')
		return 0;
	for (int i = 0; i < 7 && wd < 0; i++)
		if (!strncmp(p + 1, days + 3 * i, 3))
			wd = i;
	if (wd < 0 || p[4] != ')')
		return 0;
	p += 5;
	p += strspn(p, " ");
	int h = digits(&p, 1, 2), mi = h >= 0 && *p == ':' ? (p++, digits(&p, 2, 2)) : -1, sec = -2;
	if (mi >= 0 && *p == ':' && (p++, sec = digits(&p, 2, 2)) >= 0 && *p == '.')
		p++, digits(&p, 1, 3); /* (2channel's hundredths) */
	p += strspn(p, " ");
	if (mi < 0 || sec == -1 || *p || m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || mi > 59 ||
	    sec > 59)
		return 0;
	if (yl == 2)
		y += y >= 90 ? 1900 : 2000;
	struct tm tm = {.tm_year = y - 1900, .tm_mon = m - 1, .tm_mday = d, .tm_hour = 12};
	if (timegm(&tm) == (time_t)-1 || tm.tm_wday != wd || tm.tm_mday != d)
		return 0;
	int n = snprintf(out, cap, "%04d-%02d-%02d %02d:%02d", y, m, d, h, mi);
	if (sec >= 0)
		snprintf(out + n, cap - (size_t)n, ":%02d", sec);
	return 1;
}

/* "14. 01. 2020": a numeric date with a space after each dot, as taz.de
 * writes it; where it starts, or NULL. */
static const char *spaced_numeric(const char *text, size_t len)
{
	const char *end = text + len;
	for (const char *p = text; p + 8 <= end; p++) {
		if (!isdigit((unsigned char)*p) || (p > text && isdigit((unsigned char)p[-1])))
			continue;
		const char *q = p;
		int ok = 1;
		for (int part = 0; part < 2 && ok; part++) {
			size_t d = 0;
			while (q < end && isdigit((unsigned char)*q) && d < 3)
				q++, d++;
			ok = d >= 1 && d <= 2 && end - q >= 3 && q[0] == '.' && q[1] == ' ' &&
			     isdigit((unsigned char)q[2]);
			q += 2;
		}
		size_t y = 0;
		while (ok && q + y < end && isdigit((unsigned char)q[y]))
			y++;
		if (ok && (y == 2 || y == 4))
			return p;
	}
	return NULL;
}

/* Whether a word opening with byte c may open an English month's prefix
 * or a name of months[]: a word opening with a byte that none opens with
 * once lowered ("the", "user", a run of CJK characters) needs no copy to
 * be ruled out. A Cyrillic capital's first byte is folded with the next
 * (fold_cyrillic), so it always may. */
static int word_may_be_month(char c)
{
	if (!month_first_ready)
		month_first_index();
	int low = tolower((unsigned char)c);
	return low == 0xD0 || strchr("jfmasond", low) || month_first_hi[low];
}

int tt_dates_plausible(const char *text, size_t len)
{
	const char *end = text + len;
	if (spaced_numeric(text, len))
		return 1;
	static const char eng[] = "janfebmaraprmayjunjulaugsepoctnovdec";
	for (const char *p = text; p < end;) {
		if (isdigit((unsigned char)p[0]) && end - p > 2 && strchr("./-", p[1]) &&
		    isdigit((unsigned char)p[2]))
			return 1;
		if (isdigit((unsigned char)p[0]) &&
		    (cjk_after_digit(p + 1, end) || cjk_age_after_digit(p + 1, end)))
			return 1;
		if (!isalpha((unsigned char)*p) && (unsigned char)*p < 0xC0) {
			p++;
			continue;
		}
		if (!word_may_be_month(*p)) { /* passed over without a copy */
			while (p < end && (isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80))
				p++;
			continue;
		}
		char w[24]; /* "сентября": 16 bytes */
		size_t n = 0;
		for (; p < end && (isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80); p++)
			if (n + 1 < sizeof w)
				w[n++] = (char)tolower((unsigned char)*p);
		w[n] = '\0';
		if ((unsigned char)w[0] == 0xD0)
			fold_cyrillic(w);
		fold_latin_ext_a(w); /* ("Şubat") */
		/* three bytes compared in place (w has n >= 3 of them): a call to
		 * strncmp for each month cost more than all the rest of the word */
		for (size_t k = 0; n >= 3 && k < 12; k++)
			if (w[0] == eng[3 * k] && w[1] == eng[3 * k + 1] && w[2] == eng[3 * k + 2])
				return 1;
		if (month_of(w))
			return 1;
	}
	return 0;
}

/* The last answers given, by text: a page's header rules ask the same
 * line whether it is a date or an age several times over (a dump of dense
 * headers asked 170,000 times for 50,000 lines). Direct-mapped by the
 * text's hash; a text too long for a slot is never kept. */
enum { MEMO_SLOTS = 128, MEMO_TEXT = 96 };
struct memo {
	char text[MEMO_TEXT];
	char iso[32];
	int result;
};

/* The slot of text (n bytes) in memo m, and whether it holds text's answer;
 * NULL when text is too long to keep. */
static struct memo *memo_find(struct memo *m, const char *text, size_t n, int *hit)
{
	*hit = 0;
	if (n >= MEMO_TEXT)
		return NULL;
	struct memo *e = &m[XXH3_64bits(text, n) & (MEMO_SLOTS - 1)];
	*hit = e->text[0] && !memcmp(e->text, text, n + 1);
	return e;
}

static void memo_keep(struct memo *e, const char *text, size_t n, int result, const char *iso)
{
	if (!e)
		return;
	memcpy(e->text, text, n + 1);
	e->result = result;
	if (iso)
		memcpy(e->iso, iso, sizeof e->iso);
}

static _Thread_local struct memo parse_memo[MEMO_SLOTS], relative_memo[MEMO_SLOTS];

int tt_dates_parse(const char *text, char iso[32])
{
	int hit;
	size_t n = strlen(text);
	struct memo *e = memo_find(parse_memo, text, n, &hit);
	if (hit) {
		memcpy(iso, e->iso, sizeof e->iso);
		return e->result;
	}
	int r = tt_dates_parse_order(text, NULL, iso);
	memo_keep(e, text, n, r, iso);
	return r;
}

int tt_dates_parse_order(const char *text, const struct tt_dates_order *order, char iso[32])
{
	iso[0] = '\0';
	if (!tt_dates_plausible(text, strlen(text)))
		return -1;
	const char *sp = spaced_numeric(text, strlen(text));
	if (sp) { /* "14. 01. 2020, 13:47" read as "14.01.2020, 13:47" */
		char copy[160];
		size_t n = 0;
		int dots = 0;
		for (const char *p = text; *p && n + 1 < sizeof copy; p++) {
			if (p > sp && dots < 2 && p[0] == ' ' && p[-1] == '.') {
				dots++;
				continue;
			}
			copy[n++] = *p;
		}
		copy[n] = '\0';
		return tt_dates_parse_order(copy, order, iso);
	}
	if (tt_datetime_parse(text, iso) == 0)
		return 0;
	char cjk[48];
	if (strstr(text, CJK_YEAR) && cjk_date(text, cjk, sizeof cjk) && cjk[0] != '0')
		return tt_datetime_parse(cjk, iso);
	if (strchr(text, '(') && board_date(text, cjk, sizeof cjk))
		return tt_datetime_parse(cjk, iso);
	struct words o;
	if (!translate(text, order, &o))
		return -1;
	return tt_datetime_parse(o.buf, iso);
}

/* Three digits in a row: a year (or no date at all), never a yearless date,
 * whose numbers (day, hour, minute) have two digits at most. Asking this
 * first spares the formats' month names for every dated comment. */
static int has_long_number(const char *s)
{
	for (size_t run = 0; *s; s++)
		if (!isdigit((unsigned char)*s))
			run = 0;
		else if (++run == 3)
			return 1;
	return 0;
}

/* "12/02 11:30" (fillers gone): a day and a month by number with a slash,
 * perhaps a clock after them, and nothing else. */
static int numeric_yearless(const char *s)
{
	const char *p = s;
	int a = digits(&p, 1, 2);
	if (a < 1 || a > 31 || *p++ != '/')
		return 0;
	int b = digits(&p, 1, 2);
	if (b < 1 || b > 12)
		return 0;
	if (*p == ' ') {
		p++;
		int h = digits(&p, 1, 2);
		if (h < 0 || h > 23 || *p++ != ':' || digits(&p, 2, 2) < 0)
			return 0;
	}
	return *p == '\0';
}

static int is_yearless(const char *text)
{
	struct words o;
	char cjk[48];
	return !has_long_number(text) && tt_dates_plausible(text, strlen(text)) &&
	       (tt_datetime_is_yearless(text) ||
	        (cjk_date(text, cjk, sizeof cjk) && !strncmp(cjk, "0000", 4)) ||
	        (translate(text, NULL, &o) &&
	         (tt_datetime_is_yearless(o.buf) || numeric_yearless(o.buf))));
}

/* Kept by text like the parses and the ages (memo_find): the header rules
 * ask it of each date they fail to read as a whole, again for each rule,
 * and its translation was a fifteenth of a dense dump's import. */
static _Thread_local struct memo yearless_memo[MEMO_SLOTS];

int tt_dates_is_yearless(const char *text)
{
	int hit;
	size_t n = strlen(text);
	struct memo *e = memo_find(yearless_memo, text, n, &hit);
	if (hit)
		return e->result;
	int r = is_yearless(text);
	memo_keep(e, text, n, r, NULL);
	return r;
}

/* Whole-word phrases, lower case, that name a recent day or moment. */
static const char *const recent[] = {
    "gestern", "heute", "gerade eben", "hier", "aujourd'hui", "à l'instant", "ayer",   "hoy",
    "ieri",    "oggi",  "ontem",       "hoje", "gisteren",    "vandaag",     "zojuist", "wczoraj",
    "dzisiaj", "dziś"};
/* What opens or closes "N units ago". */
/* (Slovak's "pred" and Czech's "před": "pred 2 hodiny", "před 3 dny") */
/* (Romanian's "acum": "acum 3 zile") */
static const char *const before[] = {"vor ", "il y a ", "hace ", "há ",  "ha ",
                                     "faz ", "pred ",   "p\xC5\x99" "ed ", "acum "};

/* Past the "for"/"för" a Scandinavian age opens with before its count
 * ("for 3 dage siden", "för 2 timmar sedan"): only before those endings,
 * where no sentence's "for 3 days" is read as an age. */
static const char *past_scandinavian_for(const char *low, size_t n)
{
	int closes = (n > 6 && (!strcmp(low + n - 6, " siden") || !strcmp(low + n - 6, " sedan")));
	if (closes && !strncmp(low, "for ", 4))
		return low + 4;
	if (closes && !strncmp(low, "f\xC3\xB6r ", 5))
		return low + 5;
	return low;
}
/* (Turkish's "önce" after the count: "3 gün önce"; Swedish's "sedan",
 * Danish's and Norwegian's "siden" ("for 3 dage siden"), Finnish's
 * "sitten", Indonesian's "yang lalu", Vietnamese's "trước") */
static const char *const after[] = {" fa",         " geleden",  " atrás", " ago",
                                    " \xC3\xB6nce", " sedan",    " siden", " sitten",
                                    " yang lalu",  " lalu",     " tr\xC6\xB0\xE1\xBB\x9B" "c"};
/* The last byte of each of after[], in its order. */
static const char after_last[] = {'a', 'n', 's', 'o', 'e', 'n', 'n', 'n', 'u', 'u', 'c'};
_Static_assert(sizeof after_last == sizeof after / sizeof *after, "one last byte per ending");
static const char *const after_count[] = {" her", " temu"};

/* "N unit" or "einem Tag": a number (or an article) then one word of letters. */
static int count_and_unit(const char *s, size_t n)
{
	const char *sp = memchr(s, ' ', n);
	if (!sp || sp == s)
		return 0;
	const char *sp2 = memchr(sp + 1, ' ', n - (size_t)(sp + 1 - s));
	/* two of them: "1 Stunde 51 Minuten" (wpDiscuz), each a number; a word
	 * before a number ("Me • 3 weeks") is a name and its separator */
	if (sp2 && sp2 + 1 < s + n && isdigit((unsigned char)sp2[1]))
		return all_digits(s, (size_t)(sp - s)) && count_and_unit(s, (size_t)(sp2 - s)) &&
		       count_and_unit(sp2 + 1, n - (size_t)(sp2 + 1 - s));
	if (sp2)
		return 0;
	size_t wl = n - (size_t)(sp + 1 - s);
	return (all_digits(s, (size_t)(sp - s)) || sp - s <= 6) && wl >= 1 && wl <= 12 &&
	       !isdigit((unsigned char)sp[1]);
}

static int relative_foreign(const char *low, size_t n)
{
	for (size_t i = 0; i < sizeof recent / sizeof *recent; i++) {
		if (low[0] != recent[i][0]) /* most words open with no such byte */
			continue;
		size_t rl = strlen(recent[i]);
		if (!strncmp(low, recent[i], rl) &&
		    (low[rl] == '\0' || low[rl] == ' ' || low[rl] == ','))
			return low[rl] == '\0' || strpbrk(low + rl, "0123456789") != NULL;
	}
	for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
		if (low[0] != before[i][0])
			continue;
		size_t bl = strlen(before[i]);
		if (n > bl && !strncmp(low, before[i], bl))
			return count_and_unit(low + bl, n - bl);
	}
	/* (each ending's last byte first: most lines end with none of them) */
	for (size_t i = 0; n && i < sizeof after / sizeof *after; i++) {
		if (low[n - 1] != after_last[i])
			continue;
		size_t al = strlen(after[i]);
		if (n > al && !strcmp(low + n - al, after[i])) {
			const char *c = past_scandinavian_for(low, n);
			return count_and_unit(c, n - al - (size_t)(c - low));
		}
	}
	/* "1 Monat her", "3 dni temu": words that end sentences too ("I love
	 * her"), so only after a number. */
	for (size_t i = 0; i < sizeof after_count / sizeof *after_count; i++) {
		size_t al = strlen(after_count[i]);
		if (n > al && !strcmp(low + n - al, after_count[i]) && isdigit((unsigned char)low[0]))
			return count_and_unit(low, n - al);
	}
	return 0;
}

/* Chinese and Japanese ages, a count and a unit before 前 ("ago"): "6 天前",
 * "3小时前", "1 个月前" (Discuz!, Homeland), "3日前", "2時間前". */
static int chinese_age(const char *text, long *count, long *secs)
{
	static const struct {
		const char *unit;
		long secs;
	} units[] = {{"\xE7\xA7\x92", 1},                   /* 秒 */
	             {"\xE5\x88\x86\xE9\x92\x9F", 60},         /* 分钟 */
	             {"\xE5\x88\x86", 60},                   /* 分 (Japanese) */
	             {"\xE5\xB0\x8F\xE6\x97\xB6", 3600},       /* 小时 */
	             {"\xE5\xB0\x8F\xE6\x99\x82", 3600},       /* 小時 */
	             {"\xE6\x99\x82\xE9\x96\x93", 3600},       /* 時間 (Japanese) */
	             {"\xE5\xA4\xA9", 86400},               /* 天 */
	             {"\xE6\x97\xA5", 86400},               /* 日 (Japanese) */
	             {"\xE5\x91\xA8", 604800},              /* 周 */
	             {"\xE9\x80\xB1\xE9\x96\x93", 604800},     /* 週間 (Japanese) */
	             {"\xE9\x80\xB1", 604800},              /* 週 */
	             {"\xE4\xB8\xAA\xE6\x9C\x88", 0},          /* 个月 */
	             {"\xE5\x80\x8B\xE6\x9C\x88", 0},          /* 個月 */
	             {"\xE3\x83\xB6\xE6\x9C\x88", 0},          /* ヶ月 (Japanese) */
	             {"\xE3\x81\x8B\xE6\x9C\x88", 0},          /* か月 (Japanese) */
	             {"\xE3\x82\xAB\xE6\x9C\x88", 0},          /* カ月 (Japanese) */
	             {"\xE6\x9C\x88", 0},                   /* 月 */
	             {"\xE5\xB9\xB4", -1}};                 /* 年 */
	char *end;
	long n = strtol(text, &end, 10);
	if (end == text || n < 0 || n > 100000)
		return 0;
	while (*end == ' ' || !strncmp(end, "\xC2\xA0", 2))
		end += *end == ' ' ? 1 : 2;
	for (size_t i = 0; i < sizeof units / sizeof *units; i++) {
		size_t l = strlen(units[i].unit);
		if (!strncmp(end, units[i].unit, l) && !strcmp(end + l, "\xE5\x89\x8D" /* 前 */)) {
			*count = n, *secs = units[i].secs;
			return 1;
		}
	}
	return 0;
}

struct unit {
	const char *stem; /* lower case; the word's endings follow it */
	long secs;        /* 0 for months, -1 for years */
};

/* Russian units before "назад" ("ago"): "2 дня назад", "час назад". */
static const struct unit russian_units[] = {
    {"сек", 1},  {"мин", 60},     {"час", 3600}, {"дн", 86400}, {"день", 86400},
    {"сут", 86400}, {"нед", 604800}, {"мес", 0},    {"год", -1},  {"лет", -1},
};
/* Polish units before "temu" ("ago"): "3 dni temu", "godzinę temu". */
static const struct unit polish_units[] = {
    {"sek", 1},      {"min", 60},        {"godz", 3600}, {"dni", 86400}, {"dzie", 86400},
    {"tydz", 604800}, {"tygod", 604800}, {"miesi", 0},   {"rok", -1},    {"lat", -1},
};
/* Dzen's short ages, the count and a letter alone ("4 д", "5 ч"): days,
 * hours, weeks and months. Minutes ("30 мин") and years ("2 г") are left
 * out: a line with nothing else is as often a cooking time or grams. */
static const struct unit dzen_units[] = {
    {"д", 86400}, {"ч", 3600}, {"нед", 604800}, {"мес", 0},
};

/* Days named by a word, counted back whole, and "just now". */
static const struct {
	const char *word;
	long count, secs;
} named_days[] = {
    {"вчера", 1, 86400},        {"позавчера", 2, 86400},     {"сегодня", 0, 86400},
    {"только что", 0, 60},      {"wczoraj", 1, 86400},       {"przedwczoraj", 2, 86400},
    {"dzisiaj", 0, 86400},      {"dziś", 0, 86400},          {"przed chwilą", 0, 60},
    {"\xE6\x98\xA8\xE5\xA4\xA9", 1, 86400}, /* 昨天 */
    {"\xE5\x89\x8D\xE5\xA4\xA9", 2, 86400}, /* 前天 */
    {"\xE4\xBB\x8A\xE5\xA4\xA9", 0, 86400}, /* 今天 */
    {"\xE5\x88\x9A\xE5\x88\x9A", 0, 60},    /* 刚刚 */
};

/* The unit word w (the whole of it) in the table: its seconds into *secs. */
static int unit_word(const char *w, const struct unit *u, size_t n, int whole, long *secs)
{
	if (!*w || strchr(w, ' '))
		return 0;
	for (size_t i = 0; i < n; i++) {
		size_t l = strlen(u[i].stem);
		if (!strncmp(w, u[i].stem, l) && (!whole || !w[l])) {
			*secs = u[i].secs;
			return 1;
		}
	}
	return 0;
}

/* "N unit" or (when one is enough) "unit": the count and the unit. */
static int count_unit(const char *s, const struct unit *u, size_t n, int whole, int need_count,
                      long *count, long *secs)
{
	char *end;
	long c = strtol(s, &end, 10);
	if (end == s) {
		if (need_count || (!isalpha((unsigned char)*s) && (unsigned char)*s < 0x80))
			return 0;
		c = 1;
	} else if (*end++ != ' ' || c < 0 || c > 100000 || !isdigit((unsigned char)*s)) {
		return 0;
	}
	if (!unit_word(end, u, n, whole, secs))
		return 0;
	*count = c;
	return 1;
}

/* A word-named day alone or before a clock ("вчера в 14:30", "wczoraj,
 * 17:54", "昨天 11:01"): the day is kept, the clock not. */
static int named_day(const char *low, long *count, long *secs)
{
	for (size_t i = 0; i < sizeof named_days / sizeof *named_days; i++) {
		size_t l = strlen(named_days[i].word);
		if (!strncmp(low, named_days[i].word, l) &&
		    (!low[l] || ((low[l] == ' ' || low[l] == ',') && strpbrk(low + l, "0123456789") &&
		                 strlen(low + l) < 16))) {
			*count = named_days[i].count, *secs = named_days[i].secs;
			return 1;
		}
	}
	return 0;
}

/* Could text be one of the ages below? Its first bytes and its end say so
 * for most lines of a page without the copy made small that reading costs. */
static int may_be_age(const char *text, size_t n)
{
	unsigned char c = (unsigned char)text[0];
	while (n && (text[n - 1] == '.' || text[n - 1] == ' '))
		n--;
	if ((n > 5 && !strncasecmp(text + n - 5, " temu", 5)) ||
	    (n > 11 && !memcmp(text + n - 11, " \xD0\xBD\xD0\xB0\xD0\xB7\xD0\xB0\xD0\xB4", 11)))
		return 1; /* " назад" */
	if (isdigit(c)) /* Dzen's "4 д": a Cyrillic letter in a short text */
		return n <= 16 && (memchr(text, 0xD0, n) || memchr(text, 0xD1, n));
	/* a day named: in Cyrillic or Chinese, or one of Polish's */
	return c == 0xD0 || c == 0xD1 || (c >= 0xE4 && c <= 0xE6) ||
	       !strncasecmp(text, "wczoraj", 7) || !strncasecmp(text, "dzi", 3) ||
	       !strncasecmp(text, "przed", 5);
}

/* The ages read by a table of units: Chinese and Japanese, Russian, Polish,
 * Dzen's short ones and days by name. The text importer takes these for
 * relative times (tt_dates_is_relative); the other languages' it judges by
 * relative_foreign, which counts nothing. */
static int age_by_table(const char *text, long *count, long *secs)
{
	char low[100];
	size_t n = strlen(text);
	if (!n || n >= sizeof low)
		return 0;
	if (n > 3 && !strcmp(text + n - 3, "\xE5\x89\x8D")) /* 前 */
		return chinese_age(text, count, secs);
	if (!may_be_age(text, n))
		return 0;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (!strncmp(text + i, "\xC2\xA0", 2)) /* a no-break space: "4\u00a0д" */
			low[k++] = ' ', i++;
		else
			low[k++] = (char)tolower((unsigned char)text[i]);
	}
	while (k && (low[k - 1] == '.' || low[k - 1] == ' '))
		k--;
	low[k] = '\0';
	fold_cyrillic(low);
	static const char nazad[] = " назад", temu[] = " temu";
	if (k > strlen(nazad) && !strcmp(low + k - strlen(nazad), nazad)) {
		low[k - strlen(nazad)] = '\0';
		return count_unit(low, russian_units, sizeof russian_units / sizeof *russian_units, 0,
		                  0, count, secs);
	}
	if (k > strlen(temu) && !strcmp(low + k - strlen(temu), temu)) {
		low[k - strlen(temu)] = '\0';
		return count_unit(low, polish_units, sizeof polish_units / sizeof *polish_units, 0, 0,
		                  count, secs);
	}
	return named_day(low, count, secs) ||
	       count_unit(low, dzen_units, sizeof dzen_units / sizeof *dzen_units, 1, 1, count,
	                  secs);
}

/* Units of the ages written with words around them, by the stem each
 * language writes (plurals and cases follow the stem): English, German,
 * French, Spanish, Italian, Portuguese and Dutch. */
static const struct unit word_units[] = {
    {"sec", 1},          {"sek", 1},          {"seg", 1},        {"min", 60},
    {"hour", 3600},      {"stund", 3600},     {"heure", 3600},   {"hora", 3600},
    {"day", 86400},      {"tag", 86400},      {"jour", 86400},   {"d\xC3\xAD", 86400},
    {"dia", 86400},      {"week", 604800},    {"woche", 604800}, {"semaine", 604800},
    {"semana", 604800},  {"month", 0},        {"monat", 0},      {"mois", 0},
    {"mes", 0},          {"year", -1},        {"jahr", -1},      {"a\xC3\xB1o", -1},
    {"an", -1},          {"ora", 3600},       {"ore", 3600},     {"giorn", 86400},
    {"settiman", 604800}, {"m\xC3\xAA" "s", 0}, {"uur", 3600},     {"dag", 86400},
    {"weken", 604800},   {"maand", 0},        {"jaar", -1},
    /* Slovak and Czech: hodina, hodiny, hodín; deň, dni, dňa; týždeň; týden;
     * mesiac; měsíc; rok, roky, rokov */
    {"hod", 3600},       {"de\xC5\x88", 86400}, {"dn", 86400},    {"d\xC5\x88", 86400},
    {"t\xC3\xBD\xC5\xBE" "d", 604800}, {"t\xC3\xBD" "d", 604800}, {"mesiac", 0},
    {"m\xC4\x9Bs\xC3\xAD", 0}, {"rok", -1},
    /* Turkish: saniye, dakika, saat, gün, hafta, ay, yıl (a count before
     * them, "önce" after: word_age_unit) */
    {"saniye", 1},       {"dakika", 60},      {"saat", 3600},    {"g\xC3\xBCn", 86400},
    {"hafta", 604800},   {"ay ", 0},          {"y\xC4\xB1l", -1},
    /* Swedish, Danish and Norwegian: timme/timmar, time/timer, vecka,
     * uge/uke, månad/måned, år (sekund, minut and dag above) */
    {"timm", 3600},      {"time", 3600},      {"veck", 604800},  {"uge", 604800},
    {"uke", 604800},     {"m\xC3\xA5nad", 0},  {"m\xC3\xA5ned", 0}, {"\xC3\xA5r", -1},
    /* Finnish: tunti, päivä, viikko, kuukausi/kuukautta, vuosi/vuotta */
    {"tunti", 3600},     {"p\xC3\xA4iv", 86400}, {"viik", 604800}, {"kuukau", 0},
    {"vuo", -1},
    /* Romanian: oră, zi/zile, săptămână, lună/luni (secundă, minut, oră's
     * plural "ore" and an/ani above) */
    {"or\xC4\x83", 3600},  {"zi", 86400},       {"s\xC4\x83pt\xC4\x83m\xC3\xA2n", 604800},
    {"lun", 0},
    /* Indonesian and Malay: detik, menit, jam, hari, minggu, bulan, tahun */
    {"detik", 1},        {"menit", 60},       {"jam", 3600},     {"hari", 86400},
    {"minggu", 604800},  {"bulan", 0},        {"tahun", -1},
    /* Vietnamese: giây, phút, giờ, ngày, tuần, tháng, năm */
    {"gi\xC3\xA2y", 1},   {"ph\xC3\xBAt", 60},  {"gi\xE1\xBB\x9D", 3600},
    {"ng\xC3\xA0y", 86400}, {"tu\xE1\xBA\xA7n", 604800}, {"th\xC3\xA1ng", 0},
    {"n\xC4\x83m", -1},
};

/* An age without its "ago" ("1 year", "3 Tage"), as a permalink shows it. */
static int bare_age(const char *t)
{
	char *end;
	long n = strtol(t, &end, 10);
	if (end == t || n < 0 || *end != ' ')
		return 0;
	end++;
	for (size_t i = 0; i < sizeof word_units / sizeof *word_units; i++)
		if (!strncasecmp(end, word_units[i].stem, strlen(word_units[i].stem)))
			return strlen(end) < 16;
	return 0;
}

/* The unit of time whose stem the word w (wl bytes) opens with, at most
 * `more` letters after it (one after a stem of two, French "an": "2
 * answers" is a count), or NULL. */
static const struct unit *age_unit(const char *w, size_t wl, size_t more)
{
	for (size_t i = 0; i < sizeof word_units / sizeof *word_units; i++) {
		size_t sl = strlen(word_units[i].stem);
		if (sl <= wl && wl - sl <= (sl <= 2 ? 1u : more) &&
		    !strncasecmp(w, word_units[i].stem, sl))
			return &word_units[i];
	}
	return NULL;
}

/* bare_age's text whose unit is the whole rest, one word of letters a
 * short ending after its stem ("years", "Tagen", "semaines"). */
static int bare_age_word(const char *t)
{
	if (!bare_age(t))
		return 0;
	const char *w = strchr(t, ' ') + 1;
	size_t n = strlen(w);
	for (size_t i = 0; i < n; i++)
		if (!isalpha((unsigned char)w[i]) && (unsigned char)w[i] < 0x80)
			return 0;
	return age_unit(w, n, 5) != NULL;
}

/* "2 years", "3 Tage", "5 mois": a count and one word of a unit of
 * time's stem with at most four letters more, nothing else: the bare age
 * a comment's header shows where its permalink would say "ago". bare_age
 * above is looser (any text after the stem), as a time box of known
 * markup allows. */
int tt_dates_bare_age(const char *t, long *secs)
{
	char *end;
	long n = strtol(t, &end, 10);
	if (end == t || n < 0 || n > 999 || *end != ' ' || !isdigit((unsigned char)*t))
		return 0;
	end++;
	size_t wl = 0;
	while (end[wl] && !isspace((unsigned char)end[wl]) && !isdigit((unsigned char)end[wl]))
		wl++;
	const struct unit *u = end[wl] || wl == 0 ? NULL : age_unit(end, wl, 4);
	if (u)
		*secs = u->secs;
	return u != NULL;
}

/* "50 Minuten 46 Sekunden her", "1 Stunde 51 Minuten her": two or three
 * counts each with its word, then "her" (wpDiscuz's German). */
static int compound_her(const char *low)
{
	size_t pairs = 0;
	const char *p = low;
	while (isdigit((unsigned char)*p)) {
		p += strspn(p, "0123456789");
		if (*p++ != ' ' || !isalpha((unsigned char)*p))
			return 0;
		p += strcspn(p, " ");
		p += strspn(p, " ");
		pairs++;
	}
	return pairs >= 2 && pairs <= 3 && !strcmp(p, "her");
}

/* The seconds of the counts after the first in "1 Stunde 51 Minuten her",
 * from `word` (the first unit's word) on; 0 where one is no unit of fixed
 * length. */
static long more_units(const char *word)
{
	long total = 0;
	const char *p = word + strcspn(word, " ");
	while (*p == ' ' && isdigit((unsigned char)p[1])) {
		long n = strtol(p + 1, (char **)&p, 10);
		p += strspn(p, " ");
		size_t i = 0;
		while (i < sizeof word_units / sizeof *word_units &&
		       strncmp(p, word_units[i].stem, strlen(word_units[i].stem)) != 0)
			i++;
		if (i == sizeof word_units / sizeof *word_units || word_units[i].secs <= 0 ||
		    n > 100000)
			return 0;
		total += n * word_units[i].secs;
		p += strcspn(p, " ");
	}
	return total;
}

/* Does low end with the word tail (" fa", " geleden")? */
static int ends_with(const char *low, size_t len, const char *tail)
{
	size_t tl = strlen(tail);
	return len > tl && !strcmp(low + len - tl, tail);
}

/* low past a hedge before an age ("about a minute ago", "vor etwa 2
 * Stunden", "il y a environ 3 heures", "hace casi un mes"): the age is the
 * same reading with or without it. */
static const char *past_hedge(const char *low)
{
	static const char *const hedges[] = {
	    "about ",  "around ", "almost ",  "nearly ",   "over ",  "less than ", "more than ",
	    "etwa ",   "fast ",   "ungef\xC3\xA4hr ", "environ ", "presque ", "casi ", "cerca de ",
	    "quase ",  "circa ",  "quasi ",   "bijna ",    "ongeveer "};
	if (!*low || !strchr("aolnmefucqb", *low)) /* (no hedge opens otherwise: cheap) */
		return low;
	for (size_t i = 0; i < sizeof hedges / sizeof *hedges; i++)
		if (!strncmp(low, hedges[i], strlen(hedges[i])))
			return low + strlen(hedges[i]);
	return low;
}

/* The word after a leading "vor", "il y a", "hace", "há" and an article
 * ("an hour ago", "vor einem Monat", "un mese fa", "een dag geleden"), or
 * NULL when the text is no age written with words. */
static const char *word_age_unit(const char *low, long *count)
{
	static const char *const heads[] = {"vor ", "il y a ", "hace ", "h\xC3\xA1 ", "faz ",
	                                    "pred ", "p\xC5\x99" "ed ", "acum "};
	static const char *const articles[] = {"a ",    "an ",  "un ",   "une ",   "una ",
	                                       "ein ",  "eine ", "einem ", "einer ", "einen ",
	                                       "un'",   "um ",  "uma ",  "een "};
	/* "1 Monat her": German says "ago" after the count too (three words at
	 * most: "a day with her" is none). */
	size_t len = strlen(low);
	const char *sp = strchr(low, ' ');
	int ago = strstr(low, " ago") != NULL ||
	          (len > 4 && !strcmp(low + len - 4, " her") && sp && strchr(sp + 1, ' ') &&
	           strchr(strchr(sp + 1, ' ') + 1, ' ') == NULL) ||
	          compound_her(low) || ends_with(low, len, " fa") ||
	          ends_with(low, len, " geleden") || ends_with(low, len, " atr\xC3\xA1s") ||
	          ((ends_with(low, len, " \xC3\xB6nce") || ends_with(low, len, " sedan") ||
	            ends_with(low, len, " siden") || ends_with(low, len, " sitten") ||
	            ends_with(low, len, " lalu") ||
	            ends_with(low, len, " tr\xC6\xB0\xE1\xBB\x9B" "c")) &&
	           isdigit((unsigned char)past_scandinavian_for(low, len)[0]));
	low = past_scandinavian_for(low, len);
	if (ago)
		low = past_hedge(low);
	int head = 0;
	for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
		if (!strncmp(low, heads[i], strlen(heads[i])))
			low += strlen(heads[i]), ago = head = 1;
	if (!ago)
		return NULL;
	if (head)
		low = past_hedge(low);
	*count = 1;
	if (isdigit((unsigned char)*low)) {
		*count = strtol(low, (char **)&low, 10);
		return low + strspn(low, " ");
	}
	for (size_t i = 0; i < sizeof articles / sizeof *articles; i++)
		if (!strncmp(low, articles[i], strlen(articles[i])))
			return low + strlen(articles[i]);
	return NULL;
}

/* "3 years ago", "vor 2 Tagen", "il y a 5 heures", "hace un mes", "3 giorni
 * fa", "há 2 dias", "2 dagen geleden", "yesterday": the count and the
 * seconds of one unit, as tt_dates_age gives them. */
static int word_age(const char *text, long *count, long *secs)
{
	static const char *const yesterday[] = {"yesterday", "gestern", "hier", "ayer"};
	char low[100];
	size_t n = 0;
	for (; text[n] && n < sizeof low - 1; n++)
		low[n] = (char)tolower((unsigned char)text[n]);
	low[n] = '\0';
	*count = 1, *secs = 86400;
	const char *word = word_age_unit(low, count);
	int found = 0;
	for (size_t i = 0; !word && i < sizeof yesterday / sizeof *yesterday; i++)
		found |= !strncmp(low, yesterday[i], strlen(yesterday[i])) &&
		         (!low[strlen(yesterday[i])] || strchr(" ,", low[strlen(yesterday[i])]));
	for (size_t i = 0; word && !found && i < sizeof word_units / sizeof *word_units; i++)
		if (!strncmp(word, word_units[i].stem, strlen(word_units[i].stem)))
			*secs = word_units[i].secs, found = 1;
	if (!found || *count < 0 || *count > 100000)
		return 0;
	long more = word && *secs > 0 ? more_units(word) : 0;
	if (more)
		*secs = *secs * *count + more, *count = 1;
	return 1;
}

int tt_dates_age(const char *text, long *count, long *secs)
{
	return age_by_table(text, count, secs) || word_age(text, count, secs);
}

/* A letter of ASCII or of a two-byte script (Cyrillic, Greek...): its
 * bytes, or 0. */
static size_t utf8_letter(const char *p)
{
	const unsigned char *u = (const unsigned char *)p;
	if (isalpha(*u))
		return 1;
	if (u[0] >= 0xC2 && u[0] < 0xE0 && (u[1] & 0xC0) == 0x80)
		return 2;
	return 0;
}

/* Is the n bytes at u a unit of time shortened to three letters at most?
 * A count with any other short word is a score or a size ("5pts", "3 kb",
 * "12 cm"), which a box beside a comment's name shows as often as its age:
 * the units of the languages the importers read, lower case. */
static int short_time_unit(const char *u, size_t n)
{
	static const char *const units[] = {
	    /* English, German, French, Spanish, Italian, Portuguese, Dutch,
	     * Polish, Turkish: second, minute, hour, day, week, month, year */
	    "s", "sec", "sek", "seg", "sn", "m", "mi", "min", "mn", "dk", "h", "hr", "hrs",
	    "std", "u", "g", "d", "dy", "t", "tg", "j", "dia", "dni", "w", "wk", "wks", "sem",
	    "tyg", "hf", "mo", "mos", "mon", "mth", "mes", "mc", "y", "yr", "yrs", "a", "an",
	    "jr", "r", "ay",
	    /* Russian and Ukrainian: с, сек, м, мин, ч, час, д, дн, дня, н,
	     * нед, тиж, мес, міс, г, год, л, р */
	    "\xD1\x81", "\xD1\x81\xD0\xB5\xD0\xBA", "\xD0\xBC", "\xD0\xBC\xD0\xB8\xD0\xBD",
	    "\xD1\x87", "\xD1\x87\xD0\xB0\xD1\x81", "\xD0\xB4", "\xD0\xB4\xD0\xBD",
	    "\xD0\xB4\xD0\xBD\xD1\x8F", "\xD0\xBD", "\xD0\xBD\xD0\xB5\xD0\xB4",
	    "\xD1\x82\xD0\xB8\xD0\xB6", "\xD0\xBC\xD0\xB5\xD1\x81",
	    "\xD0\xBC\xD1\x96\xD1\x81", "\xD0\xB3", "\xD0\xB3\xD0\xBE\xD0\xB4",
	    "\xD0\xBB", "\xD1\x80",
	};
	char low[8];
	if (n >= sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)u[i]);
	low[n] = '\0';
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		if (!strcmp(low, units[i]))
			return 1;
	return 0;
}

/* "4 д", "2h", "5 min", "3 нед": a count and a unit of time of three
 * letters at most, the shortened ages of feeds. */
static int count_short_unit(const char *s)
{
	size_t d = strspn(s, "0123456789"), letters = 0;
	if (!d || d > 3)
		return 0;
	const char *p = s + d + (s[d] == ' '), *unit = p;
	for (size_t l; (l = utf8_letter(p)) != 0; p += l)
		letters++;
	return letters && letters <= 3 && (!*p || *p == '.') &&
	       short_time_unit(unit, (size_t)(p - unit));
}

/* "5h", "2d", "3w", "4mo": a count and a unit's letter, as Substack and
 * other feeds show a comment's age. */
static int count_unit_letter(const char *t)
{
	size_t d = strspn(t, "0123456789");
	return d && d <= 3 &&
	       (((strchr("smhdwy", t[d]) && t[d]) && !t[d + 1]) || !strcmp(t + d, "mo"));
}

/* "5月19日", "2024年5月19日 10:15": a date in Chinese or Japanese opening
 * the text, a space after it. */
static int cjk_date_opening(const char *s)
{
	static const char *const marks[] = {CJK_YEAR, CJK_MONTH, CJK_DAY};
	size_t i = 0;
	const char *p = s;
	while (i < 3 && isdigit((unsigned char)*p)) {
		size_t d = strspn(p, "0123456789");
		while (i < 3 && strncmp(p + d, marks[i], 3) != 0)
			i++;
		if (i == 3 || d > 4)
			return 0;
		p += d + 3, i++;
	}
	return i == 3 && (!*p || *p == ' ');
}

/* 1 when the n bytes at w, a '.' after them aside, name a month: English
 * in three letters or whole ("Jul", "July"), or a name of months[]. */
static int month_word(const char *w, size_t n)
{
	static const char *const whole[] = {"january", "february", "march",     "april",
	                                      "may",     "june",     "july",      "august",
	                                      "september", "october", "november", "december"};
	char low[24];
	if (n && w[n - 1] == '.')
		n--;
	if (n < 3 || n >= sizeof low)
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	low[n] = '\0';
	fold_latin_ext_a(low);
	for (size_t k = 0; k < 12; k++)
		if ((n == 3 && !strncmp(low, whole[k], 3)) || !strcmp(low, whole[k]))
			return 1;
	return month_of(low) != 0;
}

/* A month's name and a day alone, either first ("Jul 10", "10 Jul", "3.
 * März"): a date of this year, as a microblog shows its posts' times, and
 * as "5月19日" is (cjk_date_opening). The whole text, nothing else. */
static int month_day_alone(const char *s)
{
	const char *sp = strchr(s, ' ');
	if (!sp || strchr(sp + 1, ' ') || sp == s || !sp[1])
		return 0;
	const char *a = s, *b = sp + 1;
	size_t la = (size_t)(sp - s), lb = strlen(b);
	if (isdigit((unsigned char)*a)) { /* the day first: swap */
		const char *t = a;
		size_t lt = la;
		a = b, la = lb, b = t, lb = lt;
	}
	if (lb && b[lb - 1] == '.')
		lb--;
	if (!lb || lb > 2 || !all_digits(b, lb) || atoi(b) < 1 || atoi(b) > 31)
		return 0;
	return month_word(a, la);
}

/* A day, a month's name and a year of two digits alone ("15 Oct 18",
 * "4 sty 12"), read whole as a date: the date a site prints short. The
 * whole text, nothing else. */
static int day_month_short_year(const char *s)
{
	const char *sp = strrchr(s, ' ');
	char iso[32];
	if (!sp || strlen(sp + 1) != 2 || !all_digits(sp + 1, 2) || strlen(s) > 24)
		return 0;
	char head[32];
	memcpy(head, s, (size_t)(sp - s));
	head[sp - s] = '\0';
	return month_day_alone(head) && isdigit((unsigned char)*s) && tt_dates_parse(s, iso) == 0;
}

/* A clock (10:15, 08h07) among the words: 2; else a year (19xx, 20xx)
 * standing as a word: 1; else 0. Digits in a name ("Leclercq 214",
 * "franztikul1990") are neither. */
static int clock_or_year(const char *s)
{
	int year = 0;
	for (const char *p = s; *p; p++) {
		if (!isdigit((unsigned char)*p) || (p > s && isdigit((unsigned char)p[-1])))
			continue;
		size_t n = strspn(p, "0123456789");
		if (n == 4 && (!strncmp(p, "19", 2) || !strncmp(p, "20", 2)) &&
		    !(p > s && isalpha((unsigned char)p[-1])) && !isalpha((unsigned char)p[4]))
			year = 1;
		if (n <= 2 && (p[n] == ':' || p[n] == 'h') && isdigit((unsigned char)p[n + 1]))
			return 2;
	}
	return year;
}

int tt_dates_is_time(const char *text, unsigned how)
{
	long count, secs;
	if (tt_datetime_is_relative(text) || tt_dates_age(text, &count, &secs))
		return 1;
	/* a year only in a date, beside a month's name or in digits joined by
	 * dots, slashes or dashes: alone among words it is a title's ("Best of
	 * 2023"), a copyright's or a name's ("FJB 2022 23 24") */
	int cy = clock_or_year(text);
	if (cy == 2 || (cy == 1 && tt_dates_plausible(text, strlen(text))))
		return 1;
	if ((how & TT_DATES_SHORT) &&
	    (cjk_date_opening(text) || count_short_unit(text) || month_day_alone(text) ||
	     day_month_short_year(text)))
		return 1;
	if ((how & TT_DATES_AGE_WORD) && bare_age_word(text))
		return 1;
	return (how & TT_DATES_BARE) && (bare_age(text) || count_unit_letter(text));
}

int tt_dates_resolve(const char *text, time_t page, char iso[32])
{
	long count, secs;
	iso[0] = '\0';
	if (!tt_dates_age(text, &count, &secs))
		return -1;
	return tt_dates_count_back(count, secs, page, iso);
}

int tt_dates_count_back(long count, long secs, time_t page, char iso[32])
{
	struct tm tm;
	iso[0] = '\0';
	time_t t = page - (secs > 0 ? secs * count : 0);
	if (!gmtime_r(&t, &tm))
		return -1;
	/* months and years on the calendar, as the importer always counted them
	 * (a day past a month's end carries over into the next) */
	if (secs == 0)
		tm.tm_mon -= (int)count;
	else if (secs < 0)
		tm.tm_year -= (int)count;
	t = timegm(&tm);
	if (!gmtime_r(&t, &tm) || tm.tm_year < -1900 || tm.tm_year > 9999 - 1900)
		return -1;
	strftime(iso, 32, secs > 0 && secs < 86400 ? "%Y-%m-%dT%H:%MZ" : "%Y-%m-%d", &tm);
	return 0;
}

/* The length of a clock opening low ("7:17", "7:17 am", "19:05"), its
 * half of the day in lower case, or 0. */
static size_t clock_at(const char *low)
{
	size_t c = strspn(low, "0123456789");
	if (c < 1 || c > 2 || low[c] != ':' || strspn(low + c + 1, "0123456789") != 2)
		return 0;
	c += 3;
	static const char *const halves[] = {" am", " pm", " a.m.", " p.m."};
	for (size_t i = 0; i < sizeof halves / sizeof *halves; i++)
		if (!strncmp(low + c, halves[i], strlen(halves[i])))
			return c + strlen(halves[i]);
	return c;
}

/* Is the day word (d bytes of low, no digit) one that names a recent day
 * ("today", "wczoraj")? */
static int day_word(const char *low, size_t d)
{
	char day[32];
	if (!d || d >= sizeof day || memchr(low, ' ', d))
		return 0;
	memcpy(day, low, d);
	day[d] = '\0';
	for (size_t i = 0; i < sizeof recent / sizeof *recent; i++)
		if (!strcmp(day, recent[i]))
			return 1;
	return !strcmp(day, "today") || !strcmp(day, "yesterday");
}

/* "7:17 am today", "today 7:17 am", "10:15 wczoraj": a clock and one word
 * naming the day it was on, either first, a space or a comma between (low
 * is lower case, n bytes), as a page shows its time when the day is
 * today's or yesterday's. */
static int clock_and_day(const char *low, size_t n)
{
	size_t c = clock_at(low);
	if (c && c + 1 < n && (low[c] == ' ' || low[c] == ','))
		return day_word(low + c + 1 + (low[c] == ',' && low[c + 1] == ' '),
		                n - c - 1 - (low[c] == ',' && low[c + 1] == ' '));
	const char *sp = memchr(low, ' ', n);
	if (!sp || sp == low || clock_at(sp + 1) != n - (size_t)(sp + 1 - low))
		return 0;
	size_t d = (size_t)(sp - low);
	return day_word(low, d - (low[d - 1] == ','));
}

int tt_dates_clock_and_day(const char *text)
{
	char low[64];
	size_t n = strlen(text);
	if (n >= sizeof low)
		return 0;
	for (size_t i = 0; i <= n; i++)
		low[i] = (char)tolower((unsigned char)text[i]);
	return clock_and_day(low, n);
}

static int is_relative(const char *text, size_t n)
{
	char low[128];
	long count, secs;
	if (tt_datetime_is_relative(text) || age_by_table(text, &count, &secs))
		return 1;
	if (n >= sizeof low)
		return 0;
	for (size_t i = 0; i <= n; i++)
		low[i] = (char)tolower((unsigned char)text[i]);
	while (n && (low[n - 1] == '.' || low[n - 1] == ' '))
		low[--n] = '\0';
	return relative_foreign(low, n) || clock_and_day(low, n);
}

int tt_dates_is_relative(const char *text)
{
	int hit;
	size_t n = strlen(text);
	struct memo *e = memo_find(relative_memo, text, n, &hit);
	if (hit)
		return e->result;
	int r = is_relative(text, n);
	memo_keep(e, text, n, r, NULL);
	return r;
}

/* The value of the n digits at s. */
static int digits_value(const char *s, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* The number of digits right before s + at (none before s itself), up to max. */
static size_t digits_before(const char *s, size_t at, size_t max)
{
	size_t n = 0;
	while (n < at && n < max && isdigit((unsigned char)s[at - n - 1]))
		n++;
	return n;
}

size_t tt_dates_clock_run_in(const char *s, size_t len, size_t colon)
{
	/* the minutes: two digits after the colon, no third */
	if (colon + 3 > len || !isdigit((unsigned char)s[colon + 1]) ||
	    !isdigit((unsigned char)s[colon + 2]) ||
	    (colon + 3 < len && isdigit((unsigned char)s[colon + 3])) ||
	    digits_value(s + colon + 1, 2) > 59)
		return 0;
	size_t run = digits_before(s, colon, 7), at = colon - run;
	if (run < 3 || run > 6 || at < 4)
		return 0;
	char sep = s[at - 1];
	if (sep != '.' && sep != '/' && sep != '-')
		return 0;
	size_t mid = digits_before(s, at - 1, 3), m0 = at - 1 - mid;
	/* a month of two digits, as templates pad it ("1.2.3410:20" is a version) */
	if (mid != 2 || m0 < 2 || s[m0 - 1] != sep)
		return 0;
	/* the first part's digits: a name may run into a day ("Rainer55518.10.19") */
	size_t first = digits_before(s, m0 - 1, 5), hour;
	int day;
	if (sep == '-' && first == 4 && run == 4) /* "2019-09-2813:39": year, month, day */
		hour = 2, day = digits_value(s + at, 2);
	else if (first >= 1) { /* day, month, a year of two digits or four */
		hour = run == 3 || run == 5 ? 1 : 2;
		size_t dl = first > 2 ? 2 : first;
		day = digits_value(s + m0 - 1 - dl, dl);
	} else
		return 0;
	int month = digits_value(s + m0, mid);
	if (day < 1 || day > 31 || month < 1 || month > 12 ||
	    digits_value(s + colon - hour, hour) > 23)
		return 0;
	return colon - hour;
}

int tt_dates_same_day(const char *shown, const char *machine)
{
	if (strlen(shown) < 10 || strlen(machine) < 10 || strncmp(shown + 4, machine + 4, 6) != 0)
		return 0;
	int dy = atoi(shown) - atoi(machine), month = atoi(machine + 5), mday = atoi(machine + 8);
	return !dy || (dy == 1 && month == 12 && mday >= 25) || (dy == -1 && month == 1 && mday <= 7);
}

size_t tt_dates_machine_form(const char *s, size_t n)
{
	static const char shape[] = "dddd-dd-dd?dd:dd";
	size_t k = 0;
	for (; shape[k]; k++)
		if (k >= n || (shape[k] == 'd'   ? !isdigit((unsigned char)s[k])
		               : shape[k] == '?' ? s[k] != ' ' && s[k] != 'T'
		                                 : s[k] != shape[k]))
			return 0;
	if (k + 3 <= n && s[k] == ':' && isdigit((unsigned char)s[k + 1]) &&
	    isdigit((unsigned char)s[k + 2]))
		k += 3;
	return k + (k < n && s[k] == 'Z');
}
