/* test_wikisig: a wiki talk page's signatures in the date formats the wikis sign with. */
#include "tt_test.h"

#include <stdlib.h>
#include <string.h>

#include "threadtag/wikisig.h"

/* Signatures after the date formats MediaWiki's DiscussionTools lists for
 * its wikis (its tests/cases/timestamp-regex.json and datatest-*.json: the
 * formats are the wikis' settings; the texts written here), each after a
 * comment's last words and a name: the time found is the date as the
 * signature writes it, its zone included. */
static const struct {
	const char *line, *time;
} signed_lines[] = {
    /* en "H:i, j F Y" */
    {"Agreed. Ann (talk) 12:34, 5 May 2020 (UTC)", "12:34, 5 May 2020 (UTC)"},
    /* ar "H:i، j xg Y" */
    {"\xD8\xB4\xD9\x83\xD8\xB1\xD8\xA7 Johan 22:51\xD8\x8C 21 "
     "\xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84 "
     "2020 (\xD8\xAA \xD8\xB9 \xD9\x85)",
     "22:51\xD8\x8C 21 \xD8\xA3\xD8\xA8\xD8\xB1\xD9\x8A\xD9\x84 2020 (\xD8\xAA \xD8\xB9 \xD9\x85)"},
    /* th "H:i, j F xkY": the Buddhist era's year */
    {"OK Somchai (talk) 12:34, 5 May 2563 (ICT)", "12:34, 5 May 2563 (ICT)"},
    /* pt "H\"h\"i\"min\" \"de\" j \"de\" F \"de\" Y": no colon, three words between */
    {"Concordo. Ana (discussão) 12h34min de 5 de maio de 2020 (UTC)",
     "12h34min de 5 de maio de 2020 (UTC)"},
    /* fr "j F Y à H:i" */
    {"Merci. Chicraz (discuter) 9 octobre 2017 à 17:16 (CEST)", "9 octobre 2017 à 17:16 (CEST)"},
    /* ja "Y年n月j日 (D) H:i": the weekday in brackets inside the time */
    {"\xE8\xB3\x9B\xE6\x88\x90 Taro\xEF\xBC\x88\xE4\xBC\x9A\xE8\xA9\xB1\xEF\xBC\x89 "
     "2020\xE5\xB9\xB4"
     "5\xE6\x9C\x88"
     "5\xE6\x97\xA5 (\xE7\x81\xAB) 12:34 (UTC)",
     "2020\xE5\xB9\xB4"
     "5\xE6\x9C\x88"
     "5\xE6\x97\xA5 (\xE7\x81\xAB) 12:34 (UTC)"},
    /* ckb "H:i، jی xg Y", Arabic-Indic digits after a right-to-left mark */
    {"\xD8\xB3\xD9\xBE\xD8\xA7\xD8\xB3 --Aso \xE2\x80\x8F\xD9\xA1\xD9\xA4:\xD9\xA1\xD9\xA6\xD8\x8C "
     "\xD9\xA1\xD9\xA6\xDB\x8C \xD8\xAA\xD8\xB4\xD8\xB1\xDB\x8C\xD9\x86\xDB\x8C "
     "\xD9\xA2\xD9\xA0\xD9\xA1\xD9\xA4 (UTC)",
     "\xD9\xA1\xD9\xA4:\xD9\xA1\xD9\xA6\xD8\x8C \xD9\xA1\xD9\xA6\xDB\x8C "
     "\xD8\xAA\xD8\xB4\xD8\xB1\xDB\x8C\xD9\x86\xDB\x8C \xD9\xA2\xD9\xA0\xD9\xA1\xD9\xA4 (UTC)"},
    /* hu "Y. F j., H:i" */
    {"Igen. Peti (vita) 2020. május 5., 12:34 (CEST)", "2020. május 5., 12:34 (CEST)"},
    /* sr "H:i, j. F Y." */
    {"Da. Marko (razgovor) 12:34, 5. maj 2020. (CEST)", "12:34, 5. maj 2020. (CEST)"},
    /* ISO 8601 */
    {"Done. Bot (talk) 2020-05-05T12:34:56 (UTC)", "2020-05-05T12:34:56 (UTC)"},
    /* a name ending in digits before the time stays out of it */
    {"Sprawdzę. Zwiadowca^21 20:20, 1 paź 2018 (CEST)", "20:20, 1 paź 2018 (CEST)"},
};

static void test_signature_times(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof signed_lines / sizeof *signed_lines; i++) {
		const char *s = signed_lines[i].line;
		size_t st, en;
		if (!tt_wikisig_stamp(s, strlen(s), 0, 0, NULL, 0, &st, &en))
			fail_msg("no time in %s", s);
		if (strlen(signed_lines[i].time) != en - st ||
		    memcmp(s + st, signed_lines[i].time, en - st) != 0)
			fail_msg("%s: time \"%.*s\"", s, (int)(en - st), s + st);
	}
}

/* Brackets that are no zone, and times without a year or a clock, sign
 * nothing. */
static void test_not_signatures(void **state)
{
	(void)state;
	static const char *const lines[] = {
	    "The flood of 2019 (see the map) was larger.",
	    "Meeting at 12:34 (UTC) tomorrow.",
	    "Born 5 May 1920 (aged 100).",
	    "Call 555-1234 (office)",
	};
	for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
		size_t st, en;
		if (tt_wikisig_stamp(lines[i], strlen(lines[i]), 0, 0, NULL, 0, &st, &en))
			fail_msg("a time found in %s: \"%.*s\"", lines[i], (int)(en - st),
			         lines[i] + st);
	}
}

/* A link's page, whatever form its address takes (an account named
 * "7&6=thirteen", round 37's deletion log, keeps its "&"). */
static void test_pages(void **state)
{
	(void)state;
	static const char *const forms[][2] = {
	    {"./Wikipedysta:Stok", "Wikipedysta:Stok"},
	    {"/wiki/User:Ann_Lee", "User:Ann Lee"},
	    {"//fr.wikipedia.org/wiki/Utilisateur:Chicraz", "Utilisateur:Chicraz"},
	    {"file://pl.wikipedia.org/wiki/Dyskusja_wikipedysty:Stok", "Dyskusja wikipedysty:Stok"},
	    {"/w/index.php?title=User_talk:Ann&action=edit&redlink=1", "User talk:Ann"},
	    {"./Sp%C3%A9cial:Contributions/192.0.2.7", "Spécial:Contributions/192.0.2.7"},
	    /* "&" in a path is the name's own, in a query it ends the value */
	    {"./User:7&6=thirteen", "User:7&6=thirteen"},
	    {"/wiki/User_talk:7&6=thirteen#top", "User talk:7&6=thirteen"},
	    {"/wiki/User:Ann?action=edit", "User:Ann"},
	};
	for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
		char *p = tt_wikisig_page(forms[i][0]);
		assert_non_null(p);
		assert_string_equal(p, forms[i][1]);
		free(p);
	}
	assert_null(tt_wikisig_page("https://example.org/page"));
	assert_null(tt_wikisig_page("/wiki/User:%C3")); /* no valid UTF-8 */
}

/* The writer: the name two links of two namespaces agree on; one link
 * alone when it is no subpage; an address's contributions. */
static void test_signers(void **state)
{
	(void)state;
	/* "Ann (talk) 12:34": user page [0,3), talk page [5,9), time at 11 */
	const struct tt_wikisig_link two[] = {{0, 3, "/wiki/User:Ann_Lee"},
	                                      {5, 9, "/wiki/User_talk:Ann_Lee"}};
	char *w = tt_wikisig_signer(two, 2, 0, 11);
	assert_non_null(w);
	assert_string_equal(w, "Ann Lee");
	free(w);
	const struct tt_wikisig_link one[] = {{0, 3, "./Utilisateur:Jyp"}};
	w = tt_wikisig_signer(one, 1, 0, 4);
	assert_non_null(w);
	assert_string_equal(w, "Jyp");
	free(w);
	const struct tt_wikisig_link sub[] = {{0, 20, "./Projet:Presse/Quelques_explications"}};
	assert_null(tt_wikisig_signer(sub, 1, 0, 21));
	const struct tt_wikisig_link ip[] = {{0, 9, "./Special:Contributions/192.0.2.7"}};
	w = tt_wikisig_signer(ip, 1, 0, 10);
	assert_non_null(w);
	assert_string_equal(w, "192.0.2.7");
	free(w);
	/* a link far before the time signs nothing */
	assert_null(tt_wikisig_signer(one, 1, 0, 200));
	/* "maarten|wpbe|mp 4 jan": the user's talk page, then two pages of the
	 * projects the user is in, one namespace's: the projects' common page
	 * is no writer, and they leave the user's name standing */
	const struct tt_wikisig_link projects[] = {
	    {0, 7, "./Overleg_gebruiker:Maartenschrijft"},
	    {8, 12, "./Wikipedia:Wikiproject/Belgi%C3%AB"},
	    {13, 15, "./Wikipedia:Wikiproject/Muziek"}};
	w = tt_wikisig_signer(projects, 3, 0, 16);
	assert_non_null(w);
	assert_string_equal(w, "Maartenschrijft");
	free(w);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_signature_times),
	    cmocka_unit_test(test_not_signatures),
	    cmocka_unit_test(test_pages),
	    cmocka_unit_test(test_signers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
