/* test_datetime: the date forms pages use, parsed to ISO 8601; relative ones refused. */
#include "tt_test.h"

#include <math.h>
#include <string.h>

#include "threadtag/datetime.h"

struct pair {
	const char *text, *iso;
};

static void test_common_forms(void **state)
{
	(void)state;
	static const struct pair cases[] = {
	    {"December 3, 2022 at 5:54 pm", "2022-12-03T17:54"},
	    {"Dec 5, 2022, 10:14 AM", "2022-12-05T10:14"},
	    {"3 Dec 2022 17:54", "2022-12-03T17:54"},
	    {"14 Mar 2023 09:12", "2023-03-14T09:12"},
	    {"2022-12-03 17:54", "2022-12-03T17:54"},
	    {"Dec 3, 2022", "2022-12-03"},
	    {"November 29, 2010 at 8:03 am.", "2010-11-29T08:03"},
	    {"Saturday, December 3, 2022", "2022-12-03"},
	    {"Dec. 3, 2022, 5:54 p.m.", "2022-12-03T17:54"},
	    {"Sept. 3, 2019 at 4:12 p.m.", "2019-09-03T16:12"},
	    {"3 Sept 2019", "2019-09-03"},
	    {"5:54 pm, December 3, 2022", "2022-12-03T17:54"},
	    {"14 Mar 2023 at 10:05", "2023-03-14T10:05"},
	    {"3 December 2022 at 17:54 UTC", "2022-12-03T17:54Z"},
	    {"2022-12-03T17:54:09Z", "2022-12-03T17:54:09Z"},
	    {"December 4, 2022 at 12:05 am", "2022-12-04T00:05"},
	    {"February 29, 2024", "2024-02-29"},
	    {"December 3, 2022 at 5:54 pm EST", "2022-12-03T17:54"},
	    {"Oct. 9, 2010 - 7:28 AM EST", "2010-10-09T07:28"},
	    {"2019-02-24, 05:31 PM", "2019-02-24T17:31"}, /* MyBB: an ISO day, a 12-hour clock */
	    {"2019-02-24, 12:05 AM", "2019-02-24T00:05"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		char iso[32];
		assert_int_equal(tt_datetime_parse(cases[i].text, iso), 0);
		assert_string_equal(iso, cases[i].iso);
	}
}

static void test_not_dates(void **state)
{
	(void)state;
	static const char *const texts[] = {"2 hours ago",    "Jack Dunster", "February 29, 2023",
	                                    "Dec 32, 2022",   "May 2022",     "",
	                                    "1. Withdrawerl", "12 likes",     "Dec 3, 2022 NATO"};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		char iso[32] = "x";
		assert_int_equal(tt_datetime_parse(texts[i], iso), -1);
		assert_string_equal(iso, "");
	}
}

static void test_relative(void **state)
{
	(void)state;
	assert_true(tt_datetime_is_relative("2 hours ago"));
	assert_true(tt_datetime_is_relative("an hour ago"));
	assert_true(tt_datetime_is_relative("3 days ago"));
	assert_true(tt_datetime_is_relative("yesterday"));
	assert_false(tt_datetime_is_relative("2 hours"));
	assert_false(tt_datetime_is_relative("Dec 3, 2022"));
	assert_false(tt_datetime_is_relative("Tom"));
	assert_false(tt_datetime_is_relative("14 days ago | parent"));
	assert_true(tt_datetime_is_relative("Yesterday at 5:54 pm"));
	assert_false(tt_datetime_is_relative("yesterdays news"));
	assert_true(tt_datetime_is_relative("5h ago"));
	assert_false(tt_datetime_is_relative("2022")); /* nothing after the number */
	assert_false(tt_datetime_is_relative("5h"));
	assert_true(tt_datetime_is_relative("5 hr. ago"));
}

static void test_yearless(void **state)
{
	(void)state;
	char iso[32];
	assert_true(tt_datetime_is_yearless("Dec 5"));
	assert_true(tt_datetime_is_yearless("5 December"));
	assert_true(tt_datetime_is_yearless("Dec 5 at 10:14 AM"));
	assert_int_equal(tt_datetime_parse("Dec 5", iso), -1);
	assert_false(tt_datetime_is_yearless("Dec 2022"));
	assert_false(tt_datetime_is_yearless("Tom Reid"));
	assert_false(tt_datetime_is_yearless("Dec 5, 2022")); /* a full date is not yearless */
}

static void test_epoch(void **state)
{
	(void)state;
	char iso[32];
	assert_int_equal(tt_datetime_from_epoch(1425265362.0, iso), 0);
	assert_string_equal(iso, "2015-03-02T03:02:42Z");
	assert_int_equal(tt_datetime_from_epoch(1160418111.9, iso), 0); /* dropped, not rounded */
	assert_string_equal(iso, "2006-10-09T18:21:51Z");
	assert_int_equal(tt_datetime_from_epoch(0, iso), 0);
	assert_string_equal(iso, "1970-01-01T00:00:00Z");
	assert_int_equal(tt_datetime_from_epoch(TT_EPOCH_END - 1, iso), 0);
	assert_string_equal(iso, "9999-12-31T23:59:59Z");
}

/* Seconds beyond time_t (1e23, infinity) would make the cast undefined: each
 * is refused before it, with iso emptied. UBSan fails this test otherwise. */
static void test_epoch_out_of_range(void **state)
{
	(void)state;
	const double bad[] = {1e23, -1, TT_EPOCH_END, 9.3e18, -9.3e18, HUGE_VAL, -HUGE_VAL, NAN};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char iso[32] = "x";
		assert_int_equal(tt_datetime_from_epoch(bad[i], iso), -1);
		assert_string_equal(iso, "");
	}
}

/* The month's number and the ISO text are written by hand (no snprintf):
 * every month, one- and two-digit, in any case, after any weekday, with
 * ordinals, seconds, zones and the years at the edges read as before. */
static void test_written_by_hand(void **state)
{
	(void)state;
	static const struct pair cases[] = {
	    {"January 2, 2021", "2021-01-02"},
	    {"FEBRUARY 28, 1999 at 23:59", "1999-02-28T23:59"},
	    {"mar 1st 2004 12:00 am", "2004-03-01T00:00"},
	    {"Wednesday, April 22nd, 2020 at 9:05 pm", "2020-04-22T21:05"},
	    {"tue May 5 2020", "2020-05-05"},
	    {"Thursday June 30 2022 01:02:03", "2022-06-30T01:02:03"},
	    {"July 4 1900", "1900-07-04"},
	    {"Aug 31 2200 10:10", "2200-08-31T10:10"},
	    {"Sept. 3, 2019", "2019-09-03"},
	    {"October 10, 2010, 10:10 AM", "2010-10-10T10:10"},
	    {"oct 9 2010 07:08:09 UTC", "2010-10-09T07:08:09Z"},
	    {"Sunday 11 November 2018 11:11", "2018-11-11T11:11"},
	    {"Saturday, 31 December 2022 at 23:59 GMT", "2022-12-31T23:59Z"},
	    {"12 Dec 2012", "2012-12-12"},
	    {"Dec12 2012", "2012-12-12"},
	    {"2012-12-12T12:12:12Z", "2012-12-12T12:12:12Z"},
	};
	char iso[32];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		assert_int_equal(tt_datetime_parse(cases[i].text, iso), 0);
		assert_string_equal(iso, cases[i].iso);
	}
	/* a day the month has not, a year out of range, a name that is no month */
	assert_int_equal(tt_datetime_parse("November 31, 2018", iso), -1);
	assert_int_equal(tt_datetime_parse("March 3, 2201", iso), -1);
	assert_int_equal(tt_datetime_parse("Commenter 3", iso), -1);
	assert_string_equal(iso, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_common_forms), cmocka_unit_test(test_not_dates),
	    cmocka_unit_test(test_relative),     cmocka_unit_test(test_yearless),
	    cmocka_unit_test(test_epoch),        cmocka_unit_test(test_epoch_out_of_range),
	    cmocka_unit_test(test_written_by_hand),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
