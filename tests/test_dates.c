/* test_dates: dates and ages in the languages a page's comments may be written in. */
#include "tt_test.h"

#include <string.h>
#include <time.h>

#include "threadtag/dates.h"

static const struct {
	const char *text, *iso;
} good[] = {
    {"December 3, 2022 at 5:54 pm", "2022-12-03T17:54"},
    {"9:43pm On Dec 09, 2023", "2023-12-09T21:43"}, /* Nairaland: the clock first, "On" */
    {"3. Dezember 2022 um 17:54 Uhr", "2022-12-03T17:54"},
    {"Do 9 Apr 2020 08:34", "2020-04-09T08:34"},
    {"Ven 8 D\xC3\xA9" "c 2017 19:38", "2017-12-08T19:38"},
    {"Lun 5 Mar 2018 22:06", "2018-03-05T22:06"},
    {"Di, 21. April 2020 - 16:40", "2020-04-21T16:40"},
    {"3. März 2019", "2019-03-03"},
    {"Samstag, 3. Dezember 2022, 09:12", "2022-12-03T09:12"},
    {"03.12.2022 17:54", "2022-12-03T17:54"},
    {"03.12.2022 um 17.54 Uhr", "2022-12-03T17:54"},
    {"le 3 décembre 2022 à 17 h 54", "2022-12-03T17:54"},
    {"3 févr. 2021 à 9h05", "2021-02-03T09:05"},
    {"22 juin 2018 @11h13", "2018-06-22T11:13"},
    {"14. 01. 2020, 13:47", "2020-01-14T13:47"},
    {"12 août 2020", "2020-08-12"},
    {"3 de diciembre de 2022 a las 17:54", "2022-12-03T17:54"},
    {"miércoles, 5 de enero de 2022", "2022-01-05"},
    {"3 dicembre 2022 alle 17:54", "2022-12-03T17:54"},
    {"3 gen 2021 alle ore 8:30", "2021-01-03T08:30"},
    {"3 de dezembro de 2022 às 17:54", "2022-12-03T17:54"},
    {"3 de março de 2021", "2021-03-03"},
    {"22:51\xD8\x8C 21 \xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84 2020", "2020-04-21T22:51"},
    {"3 december 2022 om 17:54", "2022-12-03T17:54"},
    {"3 mrt 2021 om 8:30", "2021-03-03T08:30"},
    {"wtorek, 11 maja 2021, 23:13", "2021-05-11T23:13"},
    {"3 października 2022 17:54", "2022-10-03T17:54"},
    {"niedziela, 5 grudnia 2021", "2021-12-05"},
    {"31/12/2022 23:59", "2022-12-31T23:59"},
    {"12/31/2022", "2022-12-31"},
    {"12.29.14 at 9:14 pm", "2014-12-29T21:14"},
    {"3/12/22", "2022-12-03"},
    {"12 марта 2021", "2021-03-12"},
    {"12 Марта 2021 г. в 14:30", "2021-03-12T14:30"},
    {"Вторник, 12 марта 2021", "2021-03-12"},
    {"1 сентября 2020 года, 09:05", "2020-09-01T09:05"},
    {"3 дек. 2022 17:54", "2022-12-03T17:54"},
    {"11 maja 2021 r.", "2021-05-11"},
    {"3 stycznia 2022 r. o 17:54", "2022-01-03T17:54"},
    /* Polish sites' three-letter months (a WordPress theme's "5 paź 2011 o 11:39") */
    {"5 pa\xC5\xBA 2011 o 11:39", "2011-10-05T11:39"},
    {"17 lis 2011", "2011-11-17"},
    {"2 sty 2012, 08:05", "2012-01-02T08:05"},
    {"30 cze 2010", "2010-06-30"},
    {"2024\xE5\xB9\xB4" "5\xE6\x9C\x88" "21\xE6\x97\xA5 11:01", "2024-05-21T11:01"}, /* 2024年5月21日 */
    {"2024\xE5\xB9\xB4" "05\xE6\x9C\x88" "21\xE6\x97\xA5", "2024-05-21"},
    {"2024 \xE5\xB9\xB4 5 \xE6\x9C\x88 21 \xE6\x97\xA5 11:01:09", "2024-05-21T11:01:09"},
    /* 2024年5月21日(火) 下午 3:05: Japanese weekday, Chinese afternoon */
    {"2024\xE5\xB9\xB4" "5\xE6\x9C\x88" "21\xE6\x97\xA5(\xE7\x81\xAB) \xE4\xB8\x8B\xE5\x8D\x88 3:05",
     "2024-05-21T15:05"},
    /* 2024年5月21日 星期二 */
    {"2024\xE5\xB9\xB4" "5\xE6\x9C\x88" "21\xE6\x97\xA5 \xE6\x98\x9F\xE6\x9C\x9F\xE4\xBA\x8C",
     "2024-05-21"},
    {"2024-5-21", "2024-05-21"},
    {"2024/5/21 11:01", "2024-05-21T11:01"},
    /* Japanese boards: Futaba's 10/02/27(土)08:26:00, year first, its two
     * figures; 2channel's 2010/02/27(土) 08:26:00.12 */
    {"10/02/27(\xE5\x9C\x9F)08:26:00", "2010-02-27T08:26:00"},
    {"2010/02/27(\xE5\x9C\x9F) 08:26:00.12", "2010-02-27T08:26:00"},
    {"07/01/04(\xE6\x9C\xA8)02:46", "2007-01-04T02:46"},
    /* since round 40's cycle: Turkish, Czech, Romanian, Swedish, Danish,
     * Finnish month names */
    {"21 May\xC4\xB1s 2024 14:30", "2024-05-21T14:30"},
    {"3 \xC5\x9E" "ubat 2021", "2021-02-03"},
    {"12 A\xC4\x9Fustos 2020", "2020-08-12"},
    {"21. kv\xC4\x9Btna 2024 v 14:30", "2024-05-21T14:30"},
    {"3. \xC3\xBAnora 2021", "2021-02-03"},
    {"21 martie 2024, 14:30", "2024-03-21T14:30"},
    {"3 decembrie 2022", "2022-12-03"},
    {"12 augusti 2020 kl. 14:30", "2020-08-12T14:30"},
    {"3. marts 2021", "2021-03-03"},
    {"21. toukokuuta 2024 klo 14.30", "2024-05-21T14:30"},
    {"3. joulukuuta 2022", "2022-12-03"},
};

/* Each language's common forms give the same ISO time as English would. */
static void test_languages(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		char iso[32];
		int rc = tt_dates_parse(good[i].text, iso);
		if (rc != 0 || strcmp(iso, good[i].iso))
			print_error("\"%s\" -> %d \"%s\", wanted \"%s\"\n", good[i].text, rc, iso,
			            good[i].iso);
		assert_int_equal(rc, 0);
		assert_string_equal(iso, good[i].iso);
	}
}

/* Words that look a little like dates but are not: no guess is made. */
static void test_not_dates(void **state)
{
	(void)state;
	static const char *const bad[] = {
	    "Antworten", "3. Platz",   "31. Februar 2022", "le 3 de la série",
	    "Dezember",  "32.12.2022", "13.13.2022",       "17h99",
	    "de la",     "1.2.345",    "Mai Thai 2",       "blah blubb sagt:",
	    "3.32.2022", "",
	    "12 марта", "Мир 2024", "в 2021 году", "4 д", "2 дня назад",
	    "2024\xE5\xB9\xB4" "13\xE6\x9C\x88" "5\xE6\x97\xA5",     /* 2024年13月5日 */
	    "2024\xE5\xB9\xB4" "5\xE6\x9C\x88" "21\xE6\x97\xA5 25:00", /* the hour */
	    "2024\xE5\xB9\xB4\xE7\x9A\x84",                    /* 2024年的: no month */
	    "\xE7\xAC\xAC" "5\xE6\x9C\x88",                     /* 第5月 */
	    /* 10/02/27(日)08:26:00: the date is a Saturday, whichever order */
	    "10/02/27(\xE6\x97\xA5)08:26:00",
	    "10/02/27(\xE5\x9C\x9F)",                        /* no clock */
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char iso[32] = "x";
		if (tt_dates_parse(bad[i], iso) == 0)
			print_error("\"%s\" taken as %s\n", bad[i], iso);
		assert_int_equal(tt_dates_parse(bad[i], iso), -1);
		assert_string_equal(iso, "");
	}
}

static void test_relative(void **state)
{
	(void)state;
	static const char *const rel[] = {"2 hours ago",    "vor 2 Stunden", "vor einem Tag",
	                                  "il y a 3 jours", "hace 2 horas",  "2 ore fa",
	                                  "há 2 dias",      "2 uur geleden", "Gestern",
	                                  "gestern, 17:54", "ayer",          "hier à 17h54",
	                                  "1 Monat her",    "3 dni temu",    "wczoraj",
	                                  "1 Stunde 51 Minuten her"};
	for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
		if (!tt_dates_is_relative(rel[i]))
			print_error("\"%s\" not relative\n", rel[i]);
		assert_true(tt_dates_is_relative(rel[i]));
	}
	static const char *const not_rel[] = {"vor dem Haus steht ein Baum", "Gesterns",
	                                      "hace calor", "il y a", "Hier ist es schön",
	                                      "I love her",   "ask her",  "dawno temu",
	                                      "Me \xe2\x80\xa2 3 weeks ago"};
	for (size_t i = 0; i < sizeof not_rel / sizeof *not_rel; i++) {
		if (tt_dates_is_relative(not_rel[i]))
			print_error("\"%s\" relative\n", not_rel[i]);
		assert_false(tt_dates_is_relative(not_rel[i]));
	}
}

/* The quick filter lets every date through and most prose lines not. */
static void test_plausible(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof good / sizeof *good; i++)
		assert_true(tt_dates_plausible(good[i].text, strlen(good[i].text)));
	static const char *const prose[] = {"line 123 of the notes runs on and on", "Antworten",
	                                    "3 replies", "Top 10 tips for the garden"};
	for (size_t i = 0; i < sizeof prose / sizeof *prose; i++)
		assert_false(tt_dates_plausible(prose[i], strlen(prose[i])));
	/* Only len bytes are read: the month lies past them. */
	assert_false(tt_dates_plausible("3 of March", 4));
	/* Chinese ages of any unit: a number, one to four characters, 前 */
	static const char *const ages[] = {"28 \xE5\xA4\xA9\xE5\x89\x8D", /* 28 天前 */
	                                   "gazeldx #8 5\xE5\xB0\x8F\xE6\x97\xB6\xE5\x89\x8D"};
	for (size_t i = 0; i < sizeof ages / sizeof *ages; i++)
		assert_true(tt_dates_plausible(ages[i], strlen(ages[i])));
	/* a number then Chinese words with no 前 after them */
	assert_false(tt_dates_plausible("1 \xE6\xA5\xBC\xE8\xAF\xB4", 7)); /* 1 楼说 */
}

static void test_yearless(void **state)
{
	(void)state;
	assert_true(tt_dates_is_yearless("3. Dezember"));
	assert_true(tt_dates_is_yearless("3 décembre"));
	assert_true(tt_dates_is_yearless("Dec 5"));
	assert_true(tt_dates_is_yearless("3:40pm On Jan 21")); /* the clock first (Nairaland) */
	assert_false(tt_dates_is_yearless("10:30 2024"));
	assert_true(tt_dates_is_yearless("Le 12/02 à 11:30"));
	assert_false(tt_dates_is_yearless("Le 12/32 à 11:30"));
	assert_false(tt_dates_is_yearless("link78 Le 12/02 à 11:30"));
	assert_false(tt_dates_is_yearless("Antworten"));
	assert_true(tt_dates_is_yearless("12 марта в 14:30"));
	assert_true(tt_dates_is_yearless("5\xE6\x9C\x88" "19\xE6\x97\xA5"));         /* 5月19日 */
	assert_true(tt_dates_is_yearless("5 \xE6\x9C\x88 6 \xE6\x97\xA5"));         /* 5 月 6 日 */
	assert_true(tt_dates_is_yearless("5\xE6\x9C\x88" "21\xE6\x97\xA5 11:01"));  /* 5月21日 11:01 */
	assert_false(tt_dates_is_yearless("5\xE6\x9C\x88" "32\xE6\x97\xA5"));       /* 5月32日 */
	/* 5 月 6 日全站置顶: the date opens a notice */
	assert_false(tt_dates_is_yearless("5 \xE6\x9C\x88 6 \xE6\x97\xA5\xE5\x85\xA8\xE7\xAB\x99"));
}

/* The page's date the ages below are counted back from: Tuesday 21 May
 * 2024, 11:01 UTC. */
static time_t page_date(void)
{
	struct tm tm = {.tm_year = 124, .tm_mon = 4, .tm_mday = 21, .tm_hour = 11, .tm_min = 1};
	return timegm(&tm);
}

static const struct {
	const char *text, *iso;
} ages[] = {
    {"6 \xE5\xA4\xA9\xE5\x89\x8D", "2024-05-15"},                  /* 6 天前 */
    {"3\xE5\xB0\x8F\xE6\x97\xB6\xE5\x89\x8D", "2024-05-21T08:01Z"},  /* 3小时前 */
    {"1 \xE4\xB8\xAA\xE6\x9C\x88\xE5\x89\x8D", "2024-04-21"},        /* 1 个月前 */
    {"2\xE6\x9C\x88\xE5\x89\x8D", "2024-03-21"},                   /* 2月前 */
    {"5\xC2\xA0\xE5\x88\x86\xE9\x92\x9F\xE5\x89\x8D", "2024-05-21T10:56Z"}, /* 5 分钟前 */
    {"2 \xE5\x91\xA8\xE5\x89\x8D", "2024-05-07"},                  /* 2 周前 */
    {"3\xE5\xB9\xB4\xE5\x89\x8D", "2021-05-21"},                   /* 3年前 */
    {"30\xE7\xA7\x92\xE5\x89\x8D", "2024-05-21T11:00Z"},           /* 30秒前 */
    {"3\xE6\x97\xA5\xE5\x89\x8D", "2024-05-18"},                   /* 3日前 */
    {"2\xE6\x99\x82\xE9\x96\x93\xE5\x89\x8D", "2024-05-21T09:01Z"},  /* 2時間前 */
    {"1\xE3\x83\xB6\xE6\x9C\x88\xE5\x89\x8D", "2024-04-21"},        /* 1ヶ月前 */
    {"\xE6\x98\xA8\xE5\xA4\xA9 11:01", "2024-05-20"},              /* 昨天 11:01 */
    {"2 дня назад", "2024-05-19"},
    {"5 минут назад", "2024-05-21T10:56Z"},
    {"час назад", "2024-05-21T10:01Z"},
    {"3 часа назад", "2024-05-21T08:01Z"},
    {"неделю назад", "2024-05-14"},
    {"2 месяца назад", "2024-03-21"},
    {"5 лет назад", "2019-05-21"},
    {"Вчера", "2024-05-20"},
    {"вчера в 14:30", "2024-05-20"},
    {"позавчера", "2024-05-19"},
    {"4 д", "2024-05-17"},
    {"4\xC2\xA0д", "2024-05-17"},
    {"5 ч", "2024-05-21T06:01Z"},
    {"3 dni temu", "2024-05-18"},
    {"2 godziny temu", "2024-05-21T09:01Z"},
    {"godzinę temu", "2024-05-21T10:01Z"},
    {"10 minut temu", "2024-05-21T10:51Z"},
    {"tydzień temu", "2024-05-14"},
    {"2 tygodnie temu", "2024-05-07"},
    {"miesiąc temu", "2024-04-21"},
    {"rok temu", "2023-05-21"},
    {"5 lat temu", "2019-05-21"},
    {"wczoraj, 17:54", "2024-05-20"},
    /* Slovak and Czech, "pred"/"před" before the count (old Reddit in Slovak) */
    {"pred 2 hodiny", "2024-05-21T09:01Z"},
    {"pred 55 minút", "2024-05-21T10:06Z"},
    {"pred 3 dňami", "2024-05-18"},
    {"p\xC5\x99" "ed 3 dny", "2024-05-18"},
    {"pred 2 týždňami", "2024-05-07"},
    {"pred 2 mesiacmi", "2024-03-21"},
    {"p\xC5\x99" "ed 2 m\xC4\x9Bs\xC3\xAD" "ci", "2024-03-21"},
    {"pred 5 rokmi", "2019-05-21"},
    /* Turkish, "önce" after the count (Haber7's "3 gün önce") */
    {"3 g\xC3\xBCn \xC3\xB6nce", "2024-05-18"},
    {"2 saat \xC3\xB6nce", "2024-05-21T09:01Z"},
    {"10 dakika \xC3\xB6nce", "2024-05-21T10:51Z"},
    {"1 hafta \xC3\xB6nce", "2024-05-14"},
    {"3 ay \xC3\xB6nce", "2024-02-21"},
    {"2 y\xC4\xB1l \xC3\xB6nce", "2022-05-21"},
    /* Swedish, Danish, Norwegian, Finnish, Romanian, Indonesian, Vietnamese */
    {"3 dagar sedan", "2024-05-18"},
    {"f\xC3\xB6r 2 timmar sedan", "2024-05-21T09:01Z"},
    {"for 3 dage siden", "2024-05-18"},
    {"2 uker siden", "2024-05-07"},
    {"1 \xC3\xA5r siden", "2023-05-21"},
    {"3 p\xC3\xA4iv\xC3\xA4\xC3\xA4 sitten", "2024-05-18"},
    {"2 tuntia sitten", "2024-05-21T09:01Z"},
    {"acum 3 zile", "2024-05-18"},
    {"acum 2 ore", "2024-05-21T09:01Z"},
    {"3 hari yang lalu", "2024-05-18"},
    {"2 jam lalu", "2024-05-21T09:01Z"},
    {"3 ng\xC3\xA0y tr\xC6\xB0\xE1\xBB\x9B" "c", "2024-05-18"},
    {"2 th\xC3\xA1ng tr\xC6\xB0\xE1\xBB\x9B" "c", "2024-03-21"},
};

/* Each age is read as a relative time and counted back from the page's
 * date to the exact day (or minute, for hours and shorter). */
static void test_ages(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof ages / sizeof *ages; i++) {
		char iso[32];
		int rc = tt_dates_resolve(ages[i].text, page_date(), iso);
		if (rc != 0 || strcmp(iso, ages[i].iso))
			print_error("\"%s\" -> %d \"%s\", wanted \"%s\"\n", ages[i].text, rc, iso,
			            ages[i].iso);
		assert_int_equal(rc, 0);
		assert_string_equal(iso, ages[i].iso);
		assert_true(tt_dates_is_relative(ages[i].text));
		/* an age is no date of its own: the same words give no absolute time */
		assert_int_equal(tt_dates_parse(ages[i].text, iso), -1);
	}
}

/* Words near an age that are none: no count, no unit, or words after 前;
 * ordinary Russian and Polish lines a page's text holds. */
static void test_not_ages(void **state)
{
	(void)state;
	static const char *const bad[] = {
	    "\xE5\xA4\xA9\xE5\x89\x8D",             /* 天前: no count */
	    "6 \xE5\xA4\xA9",                        /* 6 天: no 前 */
	    "6 \xE5\xA4\xA9\xE5\x89\x8D\xE7\x9A\x84", /* 6 天前的: more after it */
	    "-6 \xE5\xA4\xA9\xE5\x89\x8D",          /* a negative count */
	    "6 \xE4\xBA\xBA\xE5\x89\x8D",           /* 6 人前: no unit of time */
	    "",
	    /* Russian and Polish words that end or open like an age but are
	     * none: no unit, more words, a cooking time, grams, a house */
	    "4 дома", "30 мин", "5 г", "2 часа", "5 лет", "4 д назад и вперёд", "давно назад",
	    "много лет назад", "вчера я был дома", "сегодня вечером", "dawno temu",
	    "kilka dni temu", "wczorajszy", "3 dni", "4 d", "Дом 4 д",
	    /* Slovak: "pred" ("before") with no count */
	    "pred domom",
	    /* Turkish: "önce" ("before") with no count */
	    "bundan \xC3\xB6nce", "daha \xC3\xB6nce",
	    /* "for" opens no age without "siden"/"sedan" after it; words that
	     * end like an age with no count before them */
	    "for 3 days", "for 3 dage", "lenge siden", "kauan sitten", "acum", "acum este",
	    "sudah lalu", "ng\xC3\xA0y tr\xC6\xB0\xE1\xBB\x9B" "c",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char iso[32] = "x";
		long count, secs;
		if (tt_dates_age(bad[i], &count, &secs))
			print_error("\"%s\" taken as an age\n", bad[i]);
		assert_false(tt_dates_age(bad[i], &count, &secs));
		assert_int_equal(tt_dates_resolve(bad[i], page_date(), iso), -1);
		assert_string_equal(iso, "");
		assert_false(tt_dates_is_relative(bad[i]));
	}
}

/* An age another reader found (the HTML importer's "3 days ago") counts
 * back as tt_dates_resolve counts: by the clock for hours, on the calendar
 * for months and years, and no date outside the years 0 to 9999. */
static void test_count_back(void **state)
{
	(void)state;
	static const struct {
		long count, secs;
		const char *iso;
	} v[] = {
	    {3, 86400, "2024-05-18"},  {2, 3600, "2024-05-21T09:01Z"}, {10, 60, "2024-05-21T10:51Z"},
	    {2, 604800, "2024-05-07"}, {1, 0, "2024-04-21"},           {5, -1, "2019-05-21"},
	};
	char iso[32];
	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		assert_int_equal(tt_dates_count_back(v[i].count, v[i].secs, page_date(), iso), 0);
		assert_string_equal(iso, v[i].iso);
	}
	assert_int_equal(tt_dates_count_back(99999, -1, page_date(), iso), -1);
	assert_string_equal(iso, "");
}

/* Ages written with words around them, in English, German, French,
 * Spanish, Italian, Portuguese and Dutch: one reader with the others
 * (tt_dates_age), counted back as they are. */
static void test_word_ages(void **state)
{
	(void)state;
	static const struct {
		const char *text, *iso;
	} v[] = {
	    {"3 years ago", "2021-05-21"},
	    {"an hour ago", "2024-05-21T10:01Z"},
	    {"5 minutes ago", "2024-05-21T10:56Z"},
	    {"Yesterday", "2024-05-20"},
	    {"vor 2 Tagen", "2024-05-19"},
	    {"vor einem Monat", "2024-04-21"},
	    {"1 Monat her", "2024-04-21"},
	    {"1 Stunde 51 Minuten her", "2024-05-21T09:10Z"},
	    {"gestern", "2024-05-20"},
	    {"il y a 5 heures", "2024-05-21T06:01Z"},
	    {"il y a une semaine", "2024-05-14"},
	    {"hier", "2024-05-20"},
	    {"hace un mes", "2024-04-21"},
	    {"hace 2 d\xC3\xAD" "as", "2024-05-19"},
	    {"ayer", "2024-05-20"},
	    {"3 giorni fa", "2024-05-18"},
	    {"un'ora fa", "2024-05-21T10:01Z"},
	    {"2 settimane fa", "2024-05-07"},
	    {"un anno fa", "2023-05-21"},
	    {"h\xC3\xA1 2 dias", "2024-05-19"},
	    {"2 dias atr\xC3\xA1s", "2024-05-19"},
	    {"h\xC3\xA1 3 meses", "2024-02-21"},
	    {"h\xC3\xA1 um m\xC3\xAAs", "2024-04-21"},
	    {"2 dagen geleden", "2024-05-19"},
	    {"3 uur geleden", "2024-05-21T08:01Z"},
	    {"2 weken geleden", "2024-05-07"},
	    {"een jaar geleden", "2023-05-21"},
	    {"4 maanden geleden", "2024-01-21"},
	};
	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		char iso[32];
		int rc = tt_dates_resolve(v[i].text, page_date(), iso);
		if (rc != 0 || strcmp(iso, v[i].iso))
			print_error("\"%s\" -> %d \"%s\", wanted \"%s\"\n", v[i].text, rc, iso, v[i].iso);
		assert_int_equal(rc, 0);
		assert_string_equal(iso, v[i].iso);
		assert_true(tt_dates_is_time(v[i].text, 0));
	}
	/* words that open or close like an age and are none */
	static const char *const bad[] = {
	    "vor dem Haus steht ein Baum", "hace calor", "il y a", "I love her", "ask her",
	    "a day with her", "5 comments ago", "do re mi fa", "2 fa", "faz sentido",
	    "een boek geleden", "Hieronymus", "Gesterns",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		long count, secs;
		if (tt_dates_age(bad[i], &count, &secs))
			print_error("\"%s\" taken as an age\n", bad[i]);
		assert_false(tt_dates_age(bad[i], &count, &secs));
	}
}

/* A comment header's time box: a date, a clock or an age in each language;
 * with TT_DATES_SHORT a count and a short unit and a Chinese date too, with
 * TT_DATES_BARE an age without its "ago". */
static void test_time_box(void **state)
{
	(void)state;
	static const char *const yes[] = {
	    "March 3, 2019 at 5:12 pm", "10:15", "08h07", "3 years ago", "yesterday at 5:54 pm",
	    "3. Dezember 2022 um 17:54 Uhr", "vor 2 Tagen", "le 3 d\xC3\xA9" "cembre 2022 \xC3\xA0 17 h 54",
	    "il y a 5 heures", "5 de mayo de 2018", "hace un mes", "3 dicembre 2022 alle 17:54",
	    "3 giorni fa", "3 de dezembro de 2022 \xC3\xA0s 17:54", "h\xC3\xA1 2 dias",
	    "3 december 2022 om 17:54", "2 dagen geleden", "11 maja 2021 r.", "3 dni temu",
	    "12 марта 2021 г. в 14:30", "2 дня назад", "вчера", "4 д",
	    "2024\xE5\xB9\xB4" "5\xE6\x9C\x88" "21\xE6\x97\xA5 11:01", /* 2024年5月21日 11:01 */
	    "12/03/2019", "Posted on 12.03.2019", "May 2019", "Ben 19. Juni 2018 um 15:28 Uhr Antworten",
	    "6 \xE5\xA4\xA9\xE5\x89\x8D",                               /* 6 天前 */
	    "3\xE6\x97\xA5\xE5\x89\x8D",                                /* 3日前 */
	};
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
		if (!tt_dates_is_time(yes[i], 0))
			print_error("\"%s\" is no time\n", yes[i]);
		assert_true(tt_dates_is_time(yes[i], 0));
	}
	/* what must not be taken for a time, however it is asked */
	static const char *const no[] = {
	    "user2019", "franztikul1990", "Top 10 tips for the garden", "5 comments",
	    "Chapter 12", "Leclercq 214", "Mai Thai 2", "3 replies", "Antworten", "",
	    "1234 abc", "2 x 3 cm", "No. 7 of 10",
	    /* a year with no month nor digits joined to it: a title's, a
	     * copyright's, a name's */
	    "Best recipes of 2023", "\xC2\xA9 2019 Foxy Folksy", "FJB 2022 23 24", "user 2019",
	};
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		for (unsigned how = 0; how <= (TT_DATES_SHORT | TT_DATES_BARE); how++) {
			if (tt_dates_is_time(no[i], how))
				print_error("\"%s\" taken for a time (%u)\n", no[i], how);
			assert_false(tt_dates_is_time(no[i], how));
		}
	/* a feed's short ages and a Chinese date without a year: in a box of a
	 * page of no known markup only */
	static const char *const short_box[] = {
	    "2h", "5 min", "3 tyg", "12 mo.",
	    "5\xE6\x9C\x88" "19\xE6\x97\xA5",                      /* 5月19日 */
	    "5\xE6\x9C\x88" "19\xE6\x97\xA5 \xE6\xB5\x99\xE6\xB1\x9F", /* 5月19日 浙江 */
	};
	for (size_t i = 0; i < sizeof short_box / sizeof *short_box; i++) {
		assert_false(tt_dates_is_time(short_box[i], 0));
		assert_true(tt_dates_is_time(short_box[i], TT_DATES_SHORT));
	}
	/* a Chinese date run into the words after it: 5月19日的 */
	assert_false(tt_dates_is_time("5\xE6\x9C\x88" "19\xE6\x97\xA5\xE7\x9A\x84", TT_DATES_SHORT));
	/* an age without its "ago", as a link to the comment shows it */
	static const char *const bare[] = {"1 year", "3 Tage", "2 dagen", "5h", "4mo", "2 d\xC3\xAD" "as"};
	for (size_t i = 0; i < sizeof bare / sizeof *bare; i++) {
		assert_false(tt_dates_is_time(bare[i], 0));
		assert_true(tt_dates_is_time(bare[i], TT_DATES_BARE));
	}
	assert_false(tt_dates_is_time("3 Tage und drei N\xC3\xA4" "chte", TT_DATES_BARE));
}

/* The page's dates read with its order: text read as iso. */
static void expect_order(const struct tt_dates_order *o, const char *text, const char *iso)
{
	char got[32];
	assert_int_equal(tt_dates_parse_order(text, o, got), 0);
	assert_string_equal(got, iso);
}

/* Dates one order only can read decide the order of the others written
 * with their separator; the others are not touched. */
static void test_order_evidence(void **state)
{
	(void)state;
	struct tt_dates_order o;
	tt_dates_order_init(&o);
	/* nothing seen: day first unless it cannot be */
	expect_order(&o, "09:44 AM 11/2/10", "2010-02-11T09:44");
	assert_int_equal(tt_dates_order_see(&o, "09:02 PM 10/28/10"), 0);
	assert_int_equal(tt_dates_order_see(&o, "09:44 AM 11/2/10"), 1);
	assert_true(tt_dates_order_month_first(&o, '/'));
	expect_order(&o, "09:44 AM 11/2/10", "2010-11-02T09:44");
	expect_order(&o, "09:02 PM 10/28/10", "2010-10-28T21:02");
	/* the slashes' evidence says nothing of dashes or dots */
	assert_false(tt_dates_order_month_first(&o, '-'));
	assert_false(tt_dates_order_month_first(&o, '.'));
	expect_order(&o, "11-2-2010", "2010-02-11");
	expect_order(&o, "03.12.2022 17:54", "2022-12-03T17:54");
	/* a first number over 12: day first, whatever the language */
	tt_dates_order_init(&o);
	tt_dates_order_language(&o, "en-US");
	tt_dates_order_see(&o, "28-10-2010, 21:02");
	expect_order(&o, "2-11-2010, 09:44", "2010-11-02T09:44");
	expect_order(&o, "2/11/2010", "2010-02-11"); /* slashes: the language's */
	/* dots: month first only by the page's own dates ("12.29.14") */
	tt_dates_order_init(&o);
	tt_dates_order_see(&o, "12.29.14 at 9:14 pm");
	expect_order(&o, "11.02.14 at 9:14 pm", "2014-11-02T21:14");
	/* what is no date gives no evidence: a clock, a version, a score */
	tt_dates_order_init(&o);
	assert_int_equal(tt_dates_order_see(&o, "v1.13.2 at 10:28, 3-14 win, 10.1.13.20"), 0);
	assert_int_equal(tt_dates_order_see(&o, "5/5/2020"), 0); /* either order the same */
	assert_false(tt_dates_order_month_first(&o, '.') || tt_dates_order_month_first(&o, '/') ||
	             tt_dates_order_month_first(&o, '-'));
}

/* Both orders shown with one separator tell nothing: the language
 * decides, as if no date had been seen. */
static void test_order_conflict(void **state)
{
	(void)state;
	struct tt_dates_order o;
	tt_dates_order_init(&o);
	tt_dates_order_see(&o, "10/28/10");
	tt_dates_order_see(&o, "28/10/10");
	assert_false(tt_dates_order_month_first(&o, '/'));
	expect_order(&o, "11/2/10", "2010-02-11");
	assert_int_equal(tt_dates_order_language(&o, "en-US"), 1);
	assert_true(tt_dates_order_month_first(&o, '/'));
	expect_order(&o, "11/2/10", "2010-11-02");
	/* more of one side does not outweigh the other */
	tt_dates_order_see(&o, "10/29/10");
	tt_dates_order_language(&o, "en-GB");
	expect_order(&o, "11/2/10", "2010-02-11");
}

/* The language: month first for the United States' English only. */
static void test_order_language(void **state)
{
	(void)state;
	static const char *const month_first[] = {"en-US", "en_US", "EN-us", "en-PH",
	                                          "en-CA", "en-Latn-US", "en-PR"};
	static const char *const day_first[] = {"en-GB", "en_AU", "en-IN", "en", "de-DE", "fr",
	                                        "es-US", "pt-BR", "nl", "it"};
	struct tt_dates_order o;
	for (size_t i = 0; i < sizeof month_first / sizeof *month_first; i++) {
		tt_dates_order_init(&o);
		assert_int_equal(tt_dates_order_language(&o, month_first[i]), 1);
		assert_true(tt_dates_order_month_first(&o, '/'));
		assert_true(tt_dates_order_month_first(&o, '-'));
		assert_false(tt_dates_order_month_first(&o, '.')); /* dots: day first */
		expect_order(&o, "11/2/10", "2010-11-02");
		expect_order(&o, "11.2.2010", "2010-02-11");
	}
	for (size_t i = 0; i < sizeof day_first / sizeof *day_first; i++) {
		o.lang_month_first = 1; /* a tag read before is replaced */
		assert_int_equal(tt_dates_order_language(&o, day_first[i]), 1);
		assert_false(tt_dates_order_month_first(&o, '/'));
		expect_order(&o, "11/2/10", "2010-02-11");
	}
	/* no language: nothing set */
	tt_dates_order_init(&o);
	o.lang_month_first = 1;
	assert_int_equal(tt_dates_order_language(&o, ""), 0);
	assert_int_equal(tt_dates_order_language(&o, "x"), 0);
	assert_int_equal(tt_dates_order_language(&o, "12-US"), 0);
	assert_true(tt_dates_order_month_first(&o, '/'));
	/* no order at all: tt_dates_parse's rule */
	char iso[32];
	assert_int_equal(tt_dates_parse_order("11/2/10", NULL, iso), 0);
	assert_string_equal(iso, "2010-02-11");
}

/* A count with a short word is a time in a comment's box only when the
 * word is a unit of time: a score or a size is none. */
static void test_short_unit_only_time(void **state)
{
	(void)state;
	static const char *const yes[] = {"3 hrs", "2 wk", "5m", "1 yr", "5 мин", "4 д", "2 Std."};
	static const char *const no[] = {"5pts", "1pt", "5 Pkt", "3 kb", "12 cm", "7 ml"};
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
		assert_true(tt_dates_is_time(yes[i], TT_DATES_SHORT));
	for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
		if (tt_dates_is_time(no[i], TT_DATES_SHORT))
			print_error("\"%s\" taken for a time\n", no[i]);
		assert_false(tt_dates_is_time(no[i], TT_DATES_SHORT));
	}
}

/* A day, a month's name and a two-digit year alone ("15 Oct 18", 9GAG's
 * comments) is a time in a comment's box, read as that date; the month
 * first, or a word that is no month, is none. */
static void test_day_month_short_year(void **state)
{
	(void)state;
	char iso[32];
	assert_true(tt_dates_is_time("15 Oct 18", TT_DATES_SHORT));
	assert_int_equal(tt_dates_parse("15 Oct 18", iso), 0);
	assert_string_equal(iso, "2018-10-15");
	assert_true(tt_dates_is_time("12 März 13", TT_DATES_SHORT));
	assert_int_equal(tt_dates_parse("12 März 13", iso), 0);
	assert_string_equal(iso, "2013-03-12");
	assert_false(tt_dates_is_time("15 Oct 18", 0));
	assert_false(tt_dates_is_time("Oct 15 18", TT_DATES_SHORT));
	assert_false(tt_dates_is_time("15 Foo 18", TT_DATES_SHORT));
	assert_false(tt_dates_is_time("15 Oct 18 apples", TT_DATES_SHORT));
}

/* A year's last two digits after an apostrophe, after a month or a day,
 * are the year (Stack Overflow's short dates, "Jan 5 '10 at 4:13", and
 * Qaru's Russian ones, "05 янв. '10 в 4:13"); the apostrophe alone, or
 * "'90s", is none. */
static void test_apostrophe_year(void **state)
{
	(void)state;
	static const char *const yes[][2] = {
	    {"Jan 5 '10 at 4:13", "2010-01-05T04:13"},
	    {"05 янв. '10 в 4:13", "2010-01-05T04:13"},
	    {"12 июня \xE2\x80\x99" "12 в 17:51", "2012-06-12T17:51"},
	    {"Mar 3 '98 at 23:05", "1998-03-03T23:05"},
	};
	char iso[32];
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
		assert_int_equal(tt_dates_parse(yes[i][0], iso), 0);
		assert_string_equal(iso, yes[i][1]);
	}
	assert_int_not_equal(tt_dates_parse("the '90s", iso), 0);
	assert_int_not_equal(tt_dates_parse("'10", iso), 0);
	assert_int_not_equal(tt_dates_parse("'10 at 4:13", iso), 0);
}

/* A time in its machine form, as a database writes it, is measured where
 * it opens a text: its length, seconds and a Z included; a date alone, a
 * day of one digit or a slash is none. And a day shown is its machine
 * form's day, or that day with the week's year at a year's turn. */
static void test_machine_form_and_same_day(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		size_t n;
	} forms[] = {{"2010-12-29 18:41", 16},     {"2010-12-29T18:41", 16},
	             {"2010-12-29 18:41:20", 19},  {"2010-12-29 18:41:20Z and", 20},
	             {"2010-12-29 18:41Z", 17},    {"2010-12-29", 0},
	             {"2010-12-9 18:41", 0},       {"2010/12/29 18:41", 0}};
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
		assert_int_equal(tt_dates_machine_form(forms[i].s, strlen(forms[i].s)), forms[i].n);
	assert_int_equal(tt_dates_machine_form("2010-12-29 18:41", 10), 0); /* (n bounds it) */
	assert_true(tt_dates_same_day("2010-01-05T04:13", "2010-01-05 04:13"));
	assert_true(tt_dates_same_day("2016-12-31", "2015-12-31 12:22"));
	assert_true(tt_dates_same_day("2014-01-02", "2015-01-02 08:00"));
	assert_false(tt_dates_same_day("2016-06-30", "2015-06-30 15:39"));
	assert_false(tt_dates_same_day("2015-12-30", "2015-12-31 12:22"));
	assert_false(tt_dates_same_day("2017-12-31", "2015-12-31 12:22"));
}

/* A clock and one word naming a recent day, either first ("7:17 AM
 * Today", The Daily Telegraph's comments), is a relative time; a clock
 * alone, or with other words or an age, is not this form. */
static void test_clock_and_day(void **state)
{
	(void)state;
	static const char *const yes[] = {"7:17 AM Today", "Today 7:17 AM", "7:17 am, yesterday",
	                                  "10:15 wczoraj", "gestern, 10:15", "19:05 heute"};
	static const char *const no[] = {"7:17 AM", "7:17 AM 2 days ago", "today I went 5",
	                                 "7:17 AM Tuesday", "Meet at 7:17 today"};
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
		assert_true(tt_dates_clock_and_day(yes[i]));
		assert_true(tt_dates_is_relative(yes[i]));
	}
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		assert_false(tt_dates_clock_and_day(no[i]));
}

/* "25-Apr-24 21:52pm" (CodeProject), "3-mär-2011 14:00": day, short month
 * and year joined by hyphens, in English or another language, and a
 * 24-hour clock whose half-day mark the hour makes redundant. */
/* A bare age: a count and one word of a unit of time, nothing else. */
static void test_bare_age_v(void **state)
{
	(void)state;
	long secs = 1;
	assert_int_equal(tt_dates_bare_age("2 years", &secs), 1);
	assert_int_equal(secs, -1);
	assert_int_equal(tt_dates_bare_age("3 Tage", &secs), 1);
	assert_int_equal(secs, 86400);
	assert_int_equal(tt_dates_bare_age("5 mois", &secs), 1);
	assert_int_equal(secs, 0);
	assert_int_equal(tt_dates_bare_age("1 an", &secs), 1);
	assert_int_equal(tt_dates_bare_age("2 answers", &secs), 0);
	assert_int_equal(tt_dates_bare_age("2 years ago", &secs), 0);
	assert_int_equal(tt_dates_bare_age("14 comments", &secs), 0);
	assert_int_equal(tt_dates_bare_age("years", &secs), 0);
	assert_int_equal(tt_dates_bare_age("2 sections", &secs), 0);
}

static void test_hyphened_month_a(void **state)
{
	(void)state;
	static const struct {
		const char *text, *iso;
	} yes[] = {{"25-Apr-24 21:52pm", "2024-04-25T21:52"},
	           {"29-Apr-24 0:29am", "2024-04-29T00:29"},
	           {"26-Apr-24 5:16am", "2024-04-26T05:16"},
	           {"3-mär-2011 14:00", "2011-03-03T14:00"},
	           {"12-Sept-1999", "1999-09-12"}};
	static const char *const no[] = {"12-abc-24", "1-Ju-24", "25-Apr-245", "40-Apr-24",
	                                 "25-Apr-24 13:52xm"};
	char iso[32];
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
		assert_int_equal(tt_dates_parse(yes[i].text, iso), 0);
		assert_string_equal(iso, yes[i].iso);
	}
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		assert_int_not_equal(tt_dates_parse(no[i], iso), 0);
}

/* A clock run into the numeric date before it: where the clock opens. */
static void test_clock_run_in_a(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		size_t at;
	} cases[] = {{"th3Chris28.09.1913:39", 16},  {"Rainer55518.10.1919:13", 17},
	             {"28.09.201913:39", 10},        {"2019-09-2813:39", 10},
	             {"28.09.199:05", 8},            {"28.09.1925:39", 0},
	             {"version 1.2.3410:20", 0},     {"32.09.1913:39", 0},
	             {"28.09.1913:391", 0},          {"28.13.1913:39", 0}};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *s = cases[i].s;
		size_t colon = (size_t)(strrchr(s, ':') - s);
		assert_int_equal(tt_dates_clock_run_in(s, strlen(s), colon), cases[i].at);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_languages), cmocka_unit_test(test_not_dates),
	    cmocka_unit_test(test_relative),  cmocka_unit_test(test_plausible),
	    cmocka_unit_test(test_yearless),  cmocka_unit_test(test_ages),
	    cmocka_unit_test(test_not_ages),  cmocka_unit_test(test_count_back),
	    cmocka_unit_test(test_word_ages), cmocka_unit_test(test_time_box),
	    cmocka_unit_test(test_order_evidence), cmocka_unit_test(test_order_conflict),
	    cmocka_unit_test(test_order_language),
	    cmocka_unit_test(test_short_unit_only_time),
	    cmocka_unit_test(test_day_month_short_year),
	    cmocka_unit_test(test_apostrophe_year),
	    cmocka_unit_test(test_machine_form_and_same_day),
	    cmocka_unit_test(test_clock_and_day),
	    cmocka_unit_test(test_hyphened_month_a),
	    cmocka_unit_test(test_bare_age_v),
	    cmocka_unit_test(test_clock_run_in_a),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
