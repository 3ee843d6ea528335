/* test_import_text: saved pages (the seeds and captures of our own) into threads. */
#include "tt_test.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "threadtag/dates.h"
#include "threadtag/import.h"
#include "threadtag/textline.h"
#include "threadtag/thread_yaml.h"
#include "threadtag/xalloc.h"

static tt_thread *import_path(const char *path, const struct tt_import_opts *o)
{
	tt_error err;
	int eno;
	tt_thread *t = tt_import_file(path, o, &err, &eno);
	if (!t)
		tt_error_print(&err);
	return t;
}

static tt_thread *import_rel(const char *rel, const struct tt_import_opts *o)
{
	char *p = tt_test_src(rel);
	tt_thread *t = import_path(p, o);
	free(p);
	assert_non_null(t);
	return t;
}

static void check_comment(const tt_comment *c, const char *author, const char *posted,
                          const char *time, size_t paras)
{
	assert_non_null(c);
	assert_string_equal(c->author, author);
	assert_string_equal(c->posted, posted);
	if (time)
		assert_string_equal(c->time, time);
	else
		assert_null(c->time);
	assert_int_equal(c->body.n, paras);
}

/* The first n comments in order have these authors and depths (depths NULL:
 * all at the top level) and, unless paras is 0, that many paragraphs each. */
static void check_tree(const tt_thread *t, size_t n, const char *const *authors,
                       const unsigned *depths, size_t paras)
{
	for (size_t i = 0; i < n; i++) {
		assert_string_equal(t->order[i]->author, authors[i]);
		assert_int_equal(t->order[i]->depth, depths ? depths[i] : 0);
		if (paras)
			assert_int_equal(t->order[i]->body.n, paras);
	}
}

/* The first n comments in order show these times as written. */
static void check_posted(const tt_thread *t, size_t n, const char *const *when)
{
	for (size_t i = 0; i < n; i++) {
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, when[i]);
	}
}

/* Imports page text the way `threadtag import` reads a .txt file, failing
 * the test with the importer's message when it does not import. */
static tt_thread *import_page(const char *page, size_t len)
{
	tt_error err;
	tt_thread *t = tt_import_mem("p.txt", page, len, NULL, &err);
	if (!t)
		fail_msg("the page does not import: %s", err.msg);
	return t;
}

/* The author of each of the first n comments, in order. */
static void check_authors(const tt_thread *t, size_t n, const char *const *who)
{
	for (size_t i = 0; i < n; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who[i]);
	}
}

/* The first paragraph of each of the first n comments, in order. */
static void check_first_words(const tt_thread *t, size_t n, const char *const *words)
{
	for (size_t i = 0; i < n; i++)
		assert_string_equal(t->order[i]->body.v[0], words[i]);
}

static size_t count_char(const char *s, char ch)
{
	size_t n = 0;
	for (; *s; s++)
		n += *s == ch;
	return n;
}

/* No paragraph of the article or of any comment contains needle. */
static void assert_nowhere(const tt_thread *t, const char *needle)
{
	for (size_t i = 0; i < t->article.body.n; i++)
		assert_null(strstr(t->article.body.v[i], needle));
	for (size_t i = 0; i < t->ncomments; i++)
		for (size_t j = 0; j < t->order[i]->body.n; j++)
			assert_null(strstr(t->order[i]->body.v[j], needle));
}

static const struct tt_import_opts seed1_opts = {.site = "19FortyFive"};

/* The samples are exactly the importer's output plus the overrides in samples/README.md. */
static void compare_with_sample(const char *page, const struct tt_import_opts *o,
                                const char *sample_rel)
{
	tt_thread *t = import_path(page, o);
	assert_non_null(t);
	char *yaml = tt_thread_to_yaml(t, NULL);
	char *sp = tt_test_src(sample_rel);
	char *sample = tt_test_slurp(sp);
	assert_non_null(sample);
	assert_string_equal(yaml, sample);
	/* And field by field, through the loader the viewer uses. */
	tt_error err;
	int eno;
	tt_thread *s = tt_thread_load(sp, &err, &eno);
	assert_non_null(s);
	assert_string_equal(s->article.title, t->article.title);
	assert_int_equal(s->article.body.n, t->article.body.n);
	for (size_t i = 0; i < s->article.body.n; i++)
		assert_string_equal(s->article.body.v[i], t->article.body.v[i]);
	assert_int_equal(s->ncomments, t->ncomments);
	for (size_t i = 0; i < s->ncomments; i++) {
		const tt_comment *a = s->order[i], *b = t->order[i];
		assert_string_equal(a->id, b->id);
		assert_string_equal(a->author, b->author);
		assert_string_equal(a->posted, b->posted);
		assert_string_equal(a->time, b->time);
		assert_int_equal(a->depth, b->depth);
		assert_int_equal(a->body.n, b->body.n);
		for (size_t j = 0; j < a->body.n; j++)
			assert_string_equal(a->body.v[j], b->body.v[j]);
	}
	tt_thread_free(s);
	tt_thread_free(t);
	free(yaml);
	free(sample);
	free(sp);
}

static void test_samples_are_importer_output(void **state)
{
	(void)state;
	char *p1 = tt_test_src("tests/data/pages/000_ad0407a9d237ef29.txt");
	char *p2 = tt_test_src("tests/data/pages/003_0073e05e403a6fd3.txt");
	compare_with_sample(p1, &seed1_opts, "samples/ukraine-security-guarantees.yaml");
	compare_with_sample(p2, NULL, "samples/macron-security-guarantees.yaml");
	free(p1);
	free(p2);
}

/* Wiki talk pages dumped as text (round 36, import_text_talk.c):
 * paragraphs signed at their end with a time closed by its zone, answers
 * indented further, headings opening discussions. Lynx's dump numbers the
 * links and lists them under the page: the writer is the account two of
 * the signature's links name (not the name it shows), a link of the time
 * itself bounds nothing; the same writer signing again on a new line
 * writes a new comment, run on after the time a postscript. w3m's dump
 * keeps only the shown name, the talk page's words in brackets left off;
 * Arabic-Indic digits after a mark of direction; a heading in w3m's text
 * a short line with no sentence's end. */
static void test_round36_talk_dumps(void **state)
{
	(void)state;
	const char *lynx =
	    "Discussion:Le Fleuve\n\n"
	    "Cette page est suivie par le projet Fleuves. [16]Bot ([17]d) 1 octobre 2017 à 00:00 (CEST)\n\n"
	    "Le débit\n\n"
	    "   Le débit donné en tête est faux, la source dit autre chose. [1]Alice ([2]discuter) 9\n"
	    "   octobre 2017 à 14:39 (CEST)\n\n"
	    "          C'est corrigé, merci. [3]B. ([4]d) le [5]9 octobre 2017 à 17:16 (CEST)\n"
	    "          Et la carte aussi, je m'en occupe. [6]B. ([7]d) 9 octobre 2017 à 17:20 (CEST)\n\n"
	    "   Un autre point sur la crue. [8]Alice ([9]discuter) 11 octobre 2017 à 08:00 (CEST) P.S.\n"
	    "   la carte aussi. [10]Alice ([11]discuter) 11 octobre 2017 à 08:05 (CEST)\n\n"
	    "La carte...\n\n"
	    "          La légende manque. [12]B. ([13]d) 12 octobre 2017 à 09:30 (CEST)\n\n"
	    "    Les couleurs\n\n"
	    "   Trop de rouge sur la carte. [14]Carla ([15]d) 13 octobre 2017 à 10:00 (CEST)\n\n"
	    "References\n\n"
	    "   1. file://fr.wikipedia.org/wiki/Utilisateur:Alice_Martin\n"
	    "   2. file://fr.wikipedia.org/wiki/Discussion_utilisateur:Alice_Martin\n"
	    "   3. file://fr.wikipedia.org/wiki/Utilisateur:Bob\n"
	    "   4. file://fr.wikipedia.org/wiki/Discussion_utilisateur:Bob\n"
	    "   5. file://fr.wikipedia.org/w/index.php?diff=1\n"
	    "   6. file://fr.wikipedia.org/wiki/Utilisateur:Bob\n"
	    "   7. file://fr.wikipedia.org/wiki/Discussion_utilisateur:Bob\n"
	    "   8. file://fr.wikipedia.org/wiki/Utilisateur:Alice_Martin\n"
	    "   9. file://fr.wikipedia.org/wiki/Discussion_utilisateur:Alice_Martin\n"
	    "  10. file://fr.wikipedia.org/wiki/Utilisateur:Alice_Martin\n"
	    "  11. file://fr.wikipedia.org/wiki/Discussion_utilisateur:Alice_Martin\n"
	    "  12. file://fr.wikipedia.org/wiki/Utilisateur:Bob\n"
	    "  13. file://fr.wikipedia.org/wiki/Discussion_utilisateur:Bob\n"
	    "  14. file://fr.wikipedia.org/wiki/Utilisateur:Carla\n"
	    "  15. file://fr.wikipedia.org/wiki/Discussion_utilisateur:Carla\n"
	    "  16. file://fr.wikipedia.org/wiki/Utilisateur:Bot\n"
	    "  17. file://fr.wikipedia.org/wiki/Discussion_utilisateur:Bot\n";
	tt_thread *t = import_page(lynx, strlen(lynx));
	/* (a box of the page's head signed at the margin, left of the text
	 * as headings are: the text's column is where most signed text is) */
	static const char *const who[] = {"Bot", "Alice Martin", "Bob", "Bob", "Alice Martin",
	                                  "Bob", "Carla"};
	static const unsigned depth[] = {0, 0, 1, 1, 0, 0, 0};
	assert_int_equal(t->ncomments, 7);
	assert_string_equal(t->article.title, "Discussion:Le Fleuve");
	for (size_t i = 0; i < 7; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	assert_string_equal(t->order[2]->posted, "9 octobre 2017 à 17:16 (CEST)");
	assert_non_null(t->order[2]->time); /* (read without its zone) */
	assert_string_equal(t->order[2]->time, "2017-10-09T17:16");
	assert_true(!strncmp(t->order[3]->body.v[0], "Et la carte aussi", 17));
	assert_int_equal(t->order[4]->body.n, 2); /* the postscript */
	assert_true(!strncmp(t->order[5]->body.v[0], "La légende manque.", 19));
	/* (a subsection's heading, right of the text over it) */
	assert_true(!strncmp(t->order[6]->body.v[0], "Trop de rouge", 13));
	tt_thread_free(t);
	const char *w3m =
	    "Interwiki\n\n"
	    "Zmiany interwiki są mniej widoczne niż kiedyś. StoK (dyskusja) 08:23, 29 wrz 2018 (CEST)\n\n"
	    "    Warto to sprawdzić jutro. ~Cybularny^Napisz coś ✉ 09:06, 29 wrz 2018 (CEST)\n\n"
	    "        Sprawdzę jutro rano. --Zwiadowca (dyskusja) \xE2\x80\x8F"
	    "\xD9\xA2\xD9\xA0:\xD9\xA2\xD9\xA0\xD8\x8C \xD9\xA1 pa\xC5\xBA \xD9\xA2\xD9\xA0\xD9\xA1\xD9\xA8 (CEST)\n\n"
	    "Kategorie\n\n"
	    "    Dziękuję za pomoc. Gdarin (dyskusja) 10:00, 30 wrz 2018 (CEST)\n\n"
	    "Proszę o opinie. Wostr (dyskusja) 11:00, 30 wrz 2018 (CEST)\n";
	t = import_page(w3m, strlen(w3m));
	static const char *const who2[] = {"StoK", "Cybularny", "Zwiadowca", "Gdarin", "Wostr"};
	static const unsigned depth2[] = {0, 1, 2, 0, 0};
	assert_int_equal(t->ncomments, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who2[i]);
		assert_int_equal(t->order[i]->depth, depth2[i]);
	}
	assert_string_equal(t->order[0]->body.v[0],
	                    "Zmiany interwiki są mniej widoczne niż kiedyś. StoK (dyskusja) 08:23, 29 wrz "
	                    "2018 (CEST)");
	tt_thread_free(t);
}

/* A deletion log dumped by w3m (round 37): the shown names as custom
 * signatures draw them, each read as the account it most likely is: a
 * pictograph, a badge in brackets ("[YO!]", "^[dubious – discuss]") and
 * marks before the name ("// ") left off, a sentence run into the name
 * with no space after its stop ("deletions.CAPTAIN RAJU"), the first
 * letter a capital as every account's ("buidhe"). The article's notes
 * under "References" ("1. ^ Smith, J.") are no lynx's list of links: the
 * shown names are still read. */
static void test_round37_talk_dumps(void **state)
{
	(void)state;
	const char *w3m =
	    "Wikipedia:Articles for deletion/Log/2020 March 7\n\n"
	    "LUSerNet\n\n"
	    "Deleted at AfD in 2005, recreated in 2006 but still lacking sources to demonstrate notability.\n"
	    "Mccapra (talk) 22:51, 7 March 2020 (UTC)\n\n"
	    "  \xE2\x80\xA2 Delete per previous AfD. Not notable. -- Sirfurboy\xF0\x9F\x8F\x84 (talk) 22:56, 7 March\n"
	    "    2020 (UTC)\n"
	    "  \xE2\x80\xA2 Keep, the sources in the article are enough. Reyk [YO!] 18:22, 7 March 2020 (UTC)\n"
	    "  \xE2\x80\xA2 Note: This discussion has been included in the list of football-related\n"
	    "    deletions.CAPTAIN RAJU^(T) 17:38, 7 March 2020 (UTC)\n\n"
	    "Toyes and Giftes\n\n"
	    "The company is not notable, see the notes below. Levivich ^[dubious \xE2\x80\x93 discuss] 20:12, 7 March\n"
	    "2020 (UTC)\n\n"
	    "  \xE2\x80\xA2 If one looks at the sources, they are all local. // Mattias321 (talk) 17:47, 7 March\n"
	    "    2020 (UTC)\n"
	    "  \xE2\x80\xA2 Delete as a directory entry. buidhe 17:53, 7 March 2020 (UTC)\n\n"
	    "References\n\n"
	    "  1. ^ Smith, J. (2010). Toys of Pennsylvania. Harrisburg Press.\n"
	    "  2. ^ Lee, A. (2012). \"A shop on Main Street\". The Local Paper.\n";
	tt_thread *t = import_page(w3m, strlen(w3m));
	static const char *const who[] = {"Mccapra",  "Sirfurboy",  "Reyk",  "CAPTAIN RAJU",
	                                  "Levivich", "Mattias321", "Buidhe"};
	static const unsigned depth[] = {0, 1, 1, 1, 0, 1, 1};
	assert_int_equal(t->ncomments, 7);
	for (size_t i = 0; i < 7; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	assert_non_null(t->order[4]->time);
	assert_string_equal(t->order[4]->time, "2020-03-07T20:12");
	tt_thread_free(t);
}

/* Qaru's translated questions dumped as text (round 37): each answer's
 * text, its score alone on a line, then its signature ("ответ дан NAME
 * DATE"), the machine form of the time run into the time shown (the page
 * hides it by a class, a text browser draws it): signatures after the
 * text, the score no text of theirs; the time shown the posted text, the
 * machine form the time ("31 дек. '16" for 2015-12-31, a week's year). */
static void test_round37_qaru_dumps(void **state)
{
	(void)state;
	const char *w3m =
	    "Как удалить ветку Git локально и удаленно?\n\n"
	    "Я хочу удалить ветку и локально, и на моей удаленной копии проекта на GitHub.\n\n"
	    "14380\n"
	    "git git-branch\n"
	    "задан Matthew Rankin 05 янв. '10 в 4:122010-01-05 04:12\n"
	    "источник поделиться\n\n"
	    "4 ответа\n\n"
	    "Удаление удаленной ветки делается одной командой push с флагом.\n\n"
	    "17997\n"
	    "ответ дан Matthew Rankin 05 янв. '10 в 4:132010-01-05 04:13\n"
	    "источник поделиться\n\n"
	    "Начиная с версии 2.8 можно писать короче, через флаг -d.\n\n"
	    "2944\n"
	    "ответ дан Eric Brotto 12 июня '12 в 17:512012-06-12 17:51\n"
	    "источник поделиться\n\n"
	    "Локальную ветку удаляют командой branch с флагом -d.\n\n"
	    "-3\n"
	    "ответ дан jayxhj 31 дек. '16 в 12:222015-12-31 12:22\n"
	    "источник поделиться\n\n"
	    "Кнопка удаления ветки есть и на странице веток GitHub.\n\n"
	    "12\n"
	    "ответ дан Ryan Kohn 15 янв. '13 в 22:052013-01-15 22:05\n"
	    "источник поделиться\n\n"
	    "Другие вопросы по меткам git\n";
	tt_thread *t = import_page(w3m, strlen(w3m));
	static const char *const who[] = {"Matthew Rankin", "Eric Brotto", "jayxhj", "Ryan Kohn"};
	static const char *const posted[] = {"05 янв. '10 в 4:13", "12 июня '12 в 17:51",
	                                     "31 дек. '16 в 12:22", "15 янв. '13 в 22:05"};
	static const char *const when[] = {"2010-01-05T04:13", "2012-06-12T17:51",
	                                   "2015-12-31T12:22", "2013-01-15T22:05"};
	static const char *const words[] = {"Удаление удаленной", "Начиная с версии",
	                                    "Локальную ветку", "Кнопка удаления"};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, 0);
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, posted[i]);
		assert_non_null(t->order[i]->time);
		assert_string_equal(t->order[i]->time, when[i]);
		assert_true(!strncmp(t->order[i]->body.v[0], words[i], strlen(words[i])));
	}
	tt_thread_free(t);
}

/* Stack Overflow in Russian dumped by w3m (round 37): a post signed by
 * two lowercase Cyrillic words and its date ("ответ дан 30 янв в 6:31",
 * after the editor's "изменён 30 янв в 12:01"), the name written twice
 * under it; each comment an item signed at its text's end by a dash, the
 * name and the date, the date running onto the item's next line (its
 * clock alone: "30 янв в" reads as a date, the joined words first), or
 * the dash closing a line and the name and date on the next. */
static void test_round37_qa_dumps(void **state)
{
	(void)state;
	const char *w3m =
	    "Как удалить из строки таблицы имя?\n\n"
	    "Нужно оставить в ячейке только текст после первой запятой, имя убрать.\n"
	    "php регулярные-выражения\n"
	    "поделиться|улучшить этот вопрос\n"
	    "задан 29 янв в 22:52\n"
	    "[587]\n"
	    "НатальяНаталья\n"
	    "271212\n"
	    "  \xE2\x80\xA2 1\n"
	    "    Попробуйте preg_match_all с жадным шаблоном. \xE2\x80\x93 Spartacus 30 янв в\n"
	    "    2:33\n"
	    "добавить комментарий |\n"
	    "1 ответ 1\n"
	    "текущие по дате публикации голоса\n"
	    "0\n\n"
	    "Используйте позиционные проверки, с учётом уточнений из комментариев.\n\n"
	    "поделиться|улучшить этот ответ\n"
	    "изменён 30 янв в 12:01\n"
	    "ответ дан 30 янв в 6:31\n"
	    "[pho]\n"
	    "ЭдуардЭдуард\n"
	    "8,22141224\n"
	    "  \xE2\x80\xA2 \n"
	    "    Эдуард, не получается, к сожалению. \xE2\x80\x93 Наталья 30 янв в 10:51\n"
	    "  \xE2\x80\xA2 \n"
	    "    Эдуард, проверяю тут ещё раз, ничего не находит регулярка. \xE2\x80\x93 Наталья 30\n"
	    "    янв в 12:20\n"
	    "  \xE2\x80\xA2 1\n"
	    "    @Наталья дак вы флаги не корректно выбрали, вот демо \xE2\x80\x93\n"
	    "    Эдуард 30 янв в 12:28\n"
	    "Ваш ответ\n";
	tt_thread *t = import_page(w3m, strlen(w3m));
	static const char *const who[] = {"Spartacus", "Эдуард", "Наталья", "Наталья", "Эдуард"};
	static const unsigned depth[] = {0, 0, 1, 1, 1};
	static const char *const posted[] = {"30 янв в 2:33", "30 янв в 6:31", "30 янв в 10:51",
	                                     "30 янв в 12:20", "30 янв в 12:28"};
	static const char *const words[] = {"Попробуйте preg_match_all", "Используйте позиционные",
	                                    "Эдуард, не получается, к сожалению.",
	                                    "Эдуард, проверяю тут", "@Наталья дак вы"};
	assert_int_equal(t->ncomments, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, posted[i]);
		assert_true(!strncmp(t->order[i]->body.v[0], words[i], strlen(words[i])));
	}
	/* the signature is no text of the comment */
	assert_string_equal(t->order[2]->body.v[0], "Эдуард, не получается, к сожалению.");
	tt_thread_free(t);
}

/* Stackoverrun's translated questions dumped as text (round 35): each post
 * signed under its text on one line, a word, the date and the name
 * ("Создан 29 дек. 10 fiction", the machine form of the date run in,
 * lynx's link number before the name); each comment's score, its text and
 * its signature at the text's end, the dash perhaps closing the line and
 * the name and date on the next. The question's comments at the top,
 * each answer's under it. A line of a word and a date alone ("edited Feb
 * 18, 2015 at 20:05") is no such signature. */
static void test_round35_stackoverrun_dumps(void **state)
{
	(void)state;
	const char *w3m =
	    "Как проверить, установлен ли будильник?\n"
	    "182\n"
	    "Когда мое приложение запускается, я хочу проверить, установлен ли сигнал тревоги.\n"
	    "android alarmmanager\n"
	    "Источник Поделиться\n"
	    "Создан 29 дек. 102010-12-29 18:20:27 ron\n"
	    "\n  0\n\n"
	    "Пожалуйста, подтвердите ответ или разместите собственное решение. \xE2\x80\x93 \n"
	    "AnixPasBesoin 16 янв. 172017-01-16 22:13:53\n"
	    "\n-3\n\n"
	    "Вы говорите о будильнике или о другом приложении, которое можно скачать?\n"
	    "Источник Поделиться\n"
	    "Создан 29 дек. 102010-12-29 18:27:35 fiction\n"
	    "\n  0\n\n"
	    "Они переименовали его в DeskClock, исходники открыты. \xE2\x80\x93 CommonsWare 29 дек. "
	    "102010-12-29 18:41:20\n"
	    "\n  0\n\n"
	    "Я имею в виду будильник, установленный в моем коде. \xE2\x80\x93 ron 29 дек. "
	    "102010-12-29 19:41:19\n"
	    "\n277\n\n"
	    "Следуя за комментарием ron, вы найдете подробное решение с флагом.\n"
	    "Источник Поделиться\n"
	    "Создан 05 мар. 122012-03-05 23:14:51 Chris Knight\n"
	    "\n+8\n\n"
	    "Нужно ли использовать намерение только с помощью строки действия? \xE2\x80\x93 toc777 04 "
	    "апр. 122012-04-04 08:39:49\n";
	tt_thread *t = import_page(w3m, strlen(w3m));
	static const char *const who[] = {"AnixPasBesoin", "fiction", "CommonsWare", "ron",
	                                  "Chris Knight",  "toc777"};
	static const unsigned depth[] = {0, 0, 1, 1, 0, 1};
	static const char *const posted[] = {"16 янв. 17", "29 дек. 10", "29 дек. 10",
	                                     "29 дек. 10", "05 мар. 12", "04 апр. 12"};
	static const char *const when[] = {"2017-01-16T22:13:53", "2010-12-29T18:27:35",
	                                   "2010-12-29T18:41:20", "2010-12-29T19:41:19",
	                                   "2012-03-05T23:14:51", "2012-04-04T08:39:49"};
	assert_int_equal(t->ncomments, 6);
	for (size_t i = 0; i < 6; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
		assert_string_equal(t->order[i]->posted, posted[i]);
		assert_non_null(t->order[i]->time);
		assert_string_equal(t->order[i]->time, when[i]);
	}
	assert_string_equal(t->order[2]->body.v[0], "Они переименовали его в DeskClock, исходники открыты.");
	tt_thread_free(t);
	const char *lynx =
	    "Как проверить, установлен ли будильник?\n"
	    "   182\n"
	    "   Когда мое приложение запускается, я хочу проверить, установлен ли сигнал тревоги.\n"
	    "   [20]Источник [21]Поделиться\n"
	    "   Создан 29 дек. 102010-12-29 18:20:27 [22]ron\n"
	    "\n     0\n\n"
	    "   Пожалуйста, подтвердите ответ или разместите собственное решение. \xE2\x80\x93\n"
	    "   [23]AnixPasBesoin 16 янв. 172017-01-16 22:13:53\n"
	    "\n   -3\n\n"
	    "   Вы говорите о будильнике или о другом приложении, которое можно скачать?\n"
	    "   [26]Источник [27]Поделиться\n"
	    "   Создан 29 дек. 102010-12-29 18:27:35 [28]fiction\n"
	    "\n     0\n\n"
	    "   Они переименовали его в DeskClock, исходники открыты. \xE2\x80\x93 [30]CommonsWare 29 "
	    "дек. 102010-12-29 18:41:20\n"
	    "\n   277\n\n"
	    "   Следуя за комментарием ron, вы найдете подробное решение с флагом.\n"
	    "   [31]Источник [32]Поделиться\n"
	    "   Создан 05 мар. 122012-03-05 23:14:51 [33]Chris Knight\n";
	t = import_page(lynx, strlen(lynx));
	static const char *const who2[] = {"AnixPasBesoin", "fiction", "CommonsWare", "Chris Knight"};
	static const unsigned depth2[] = {0, 0, 1, 0};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who2[i]);
		assert_int_equal(t->order[i]->depth, depth2[i]);
	}
	tt_thread_free(t);
}

/* An answer opening with a line of code the question also holds (round
 * 37's Stack Overflow in Russian): a line the page holds twice right under
 * the answers' count is the page's furniture ("Show activity on this
 * post.") only when short; a long one is the answer's own text. */
static void test_round37_answer_repeats_question(void **state)
{
	(void)state;
	const char *w3m =
	    "Как пропустить элемент в цикле?\n\n"
	    "Есть цикл, нужно пропустить элемент со словом Отобразить:\n\n"
	    "foreach ($allLinkPageArticle as $keyPA => $valuePA) {\n"
	    "    echo $valuePA;\n"
	    "}\n\n"
	    "php\n"
	    "поделиться|улучшить этот вопрос\n"
	    "задан 37 минут назад\n"
	    "[Jzt]\n"
	    "ДенисДенис\n"
	    "1,99811337\n"
	    "  \xE2\x80\xA2 1\n"
	    "    strpos или регулярные выражения. \xE2\x80\x93 u_mulder 29 минут назад\n"
	    "добавить комментарий |\n"
	    "1 ответ 1\n"
	    "текущие по дате публикации голоса\n"
	    "0\n\n"
	    "Вот так сделал:\n\n"
	    "foreach ($allLinkPageArticle as $keyPA => $valuePA) {\n"
	    "  if (strpos($valuePA, 'Отобразить') === false)\n"
	    "    echo $valuePA;\n"
	    "}\n\n"
	    "поделиться|улучшить этот ответ\n"
	    "ответ дан 15 минут назад\n"
	    "[Jzt]\n"
	    "ДенисДенис\n"
	    "1,99811337\n"
	    "добавить комментарий |\n";
	tt_thread *t = import_page(w3m, strlen(w3m));
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[1]->author, "Денис");
	assert_string_equal(t->order[1]->body.v[0], "Вот так сделал:");
	tt_thread_free(t);
}

/* A talk page's comment signed off with a dash opening its last line
 * ("- [6]John Belushi -- [7]komentarz 21:08, …", round 36's Polish page in
 * lynx's dump): the dash is the writer's, no list's mark (neither lynx nor
 * w3m draws one), so the line stays in the item's paragraph and the
 * comment at the item's depth. */
static void test_talk_dump_dash_signoff(void **state)
{
	(void)state;
	const char *lynx =
	    "Wikipedia:Kawiarenka/Artykuły\n\n"
	    "Kościoły\n\n"
	    "   Czy każdy kościół jest encyklopedyczny? [1]Hoa ([2]dyskusja) 18:00, 29 lip 2018 (CEST)\n"
	    "     * Tylko zabytki, inne do omówienia w osobnym wątku. [3]Zetpe0202 ([4]dyskusja)\n"
	    "       19:54, 30 lip 2018 (CEST)\n\n"
	    "          + Właśnie, kryteria trzeba spisać. [5]Gruzin ([6]dyskusja) 20:47, 30 lip 2018\n"
	    "            (CEST)\n"
	    "     * Były dyskusje na ten temat i to nie jedna, bez ustaleń.\n"
	    "       - [7]John Belushi -- [8]komentarz 21:08, 30 lip 2018 (CEST)\n"
	    "     * Sądzę, że autoency parafii powinna być. [9]Hoa ([10]dyskusja) 21:30, 30 lip 2018 (CEST)\n\n"
	    "Mosty\n\n"
	    "   A mosty? Każdy most w mieście ma hasło. [5]Gruzin ([6]dyskusja) 08:00, 31 lip 2018 (CEST)\n\n"
	    "References\n\n"
	    "   1. file://pl.wikipedia.org/wiki/Wikipedysta:Hoa\n"
	    "   2. file://pl.wikipedia.org/wiki/Dyskusja_wikipedysty:Hoa\n"
	    "   3. file://pl.wikipedia.org/wiki/Wikipedysta:Zetpe0202\n"
	    "   4. file://pl.wikipedia.org/wiki/Dyskusja_wikipedysty:Zetpe0202\n"
	    "   5. file://pl.wikipedia.org/wiki/Wikipedysta:Gruzin\n"
	    "   6. file://pl.wikipedia.org/wiki/Dyskusja_wikipedysty:Gruzin\n"
	    "   7. file://pl.wikipedia.org/wiki/Wikipedysta:John_Belushi\n"
	    "   8. file://pl.wikipedia.org/wiki/Dyskusja_wikipedysty:John_Belushi\n"
	    "   9. file://pl.wikipedia.org/wiki/Wikipedysta:Hoa\n"
	    "  10. file://pl.wikipedia.org/wiki/Dyskusja_wikipedysty:Hoa\n";
	tt_thread *t = import_page(lynx, strlen(lynx));
	static const char *const who[] = {"Hoa", "Zetpe0202", "Gruzin", "John Belushi", "Hoa", "Gruzin"};
	static const unsigned depth[] = {0, 1, 2, 1, 1, 0};
	assert_int_equal(t->ncomments, 6);
	for (size_t i = 0; i < 6; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	assert_true(!strncmp(t->order[3]->body.v[0], "Były dyskusje na ten temat", 26));
	tt_thread_free(t);
}

/* A talk page in w3m's dump (round 38's Dutch user talk page), where no
 * link says whose a signature is: a sign-off before the shown name ends
 * at its comma ("Groeten, Sir Iain"), or at a spaced hyphen when the talk
 * page's words in brackets follow the name ("Groetjes - Romaine
 * (overleg)"); with nothing in brackets the hyphen stays ("Gyro - Dit",
 * the talk page's own word after it), and a comma before the date's small
 * word ("(overleg), le 9", ", że") opens no name. A greeting alone on its
 * line ("Hoi Romaine,") runs on into the letter: no heading; {{outdent}}'s
 * arrow drawn in box-drawing characters opens no one's words. lynx draws a
 * heading left of the text, even a long one (a question's title). */
static void test_talk_dump_signoff_names(void **state)
{
	(void)state;
	const char *w3m =
	    "Overleg gebruiker:Romaine\n\n"
	    "Navigatiesjablonen\n\n"
	    "Hoi Romaine,\n\n"
	    "Ik hoop dat je nu tijd hebt voor de sjablonen. Met vriendelijke groeten, Sir\n"
	    "Iain [overleg] 3 dec 2013 16:19 (CET)\n\n"
	    "    Hallo Sir Iain, daar kijk ik deze maand naar. Groetjes - Romaine (overleg) 5 jan 2014\n"
	    "    18:47 (CET)\n"
	    "        Dank je wel, tot dan. Groeten, Sir Iain [overleg] 5 jan 2014 18:52 (CET)\n"
	    "    Een vraag nog over de kleuren. Gyro - Dit 6 jan 2014 10:00 (CET)\n\n"
	    "\xe2\x94\x8c\n\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\n"
	    "\xe2\x94\x98 Update 1: het is klaar. Srdjan (overleg) 6 jan 2014 11:00 (CET)\n\n"
	    "Kaarten\n\n"
	    "De kaarten zijn oud. Bedankt! Ischa1 (overleg), 7 jan 2014 12:07 (CET)\n";
	tt_thread *t = import_page(w3m, strlen(w3m));
	static const char *const who[] = {"Sir Iain", "Romaine", "Sir Iain", "Gyro - Dit", "Srdjan",
	                                  "Ischa1"};
	static const unsigned depth[] = {0, 1, 2, 1, 0, 0};
	assert_int_equal(t->ncomments, 6);
	for (size_t i = 0; i < 6; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	assert_string_equal(t->order[0]->body.v[0], "Hoi Romaine,");
	/* (the box-drawn arrow of {{outdent}} no one's words) */
	assert_true(!strncmp(t->order[4]->body.v[0], "Update 1: het is klaar.", 23));
	tt_thread_free(t);
	const char *lynx =
	    "Wikipedia:Sportello informazioni\n\n"
	    "Pasta\n\n"
	    "   Una domanda sulla pasta. [1]Ap7189 ([2]discussioni) 01:16, 22 nov 2020 (CET)\n\n"
	    "Inserimento di un nuovo formato di pasta fresca che contraddistingue un luogo specifico\n\n"
	    "   Buongiorno,\n\n"
	    "   mi piacerebbe inserire una nuova pagina. [3]Vale93b ([4]discussioni) 11:24, 22 nov 2020\n"
	    "   (CET)\n"
	    "     * Si pu\xc3\xb2 fare con le fonti. [1]Ap7189 ([2]discussioni) 11:46, 22 nov 2020 (CET)\n\n"
	    "          + Grazie mille. [3]Vale93b ([4]discussioni) 12:00, 22 nov 2020 (CET)\n\n"
	    "References\n\n"
	    "   1. file://it.wikipedia.org/wiki/Utente:Ap7189\n"
	    "   2. file://it.wikipedia.org/wiki/Discussioni_utente:Ap7189\n"
	    "   3. file://it.wikipedia.org/wiki/Utente:Vale93b\n"
	    "   4. file://it.wikipedia.org/wiki/Discussioni_utente:Vale93b\n";
	t = import_page(lynx, strlen(lynx));
	static const unsigned lynx_depth[] = {0, 0, 1, 2};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(t->order[i]->depth, lynx_depth[i]);
	assert_string_equal(t->order[1]->author, "Vale93b");
	assert_string_equal(t->order[1]->body.v[0], "Buongiorno,");
	tt_thread_free(t);
}

/* A vote in a talk page's dump (round 38's Serbian village pump): the
 * items of a numbered list, each a comment, the signature wrapped onto the
 * item's next line at its text's column ("2. за ..." over "20:32, 18.
 * март 2018. (CET)"); the number is the list's, not the writer's words. A
 * wrapped date opening a line at the text's column ("18. март") opens no
 * item. */
static void test_talk_dump_numbered_votes(void **state)
{
	(void)state;
	const char *lynx =
	    "Vikipedija:Trg\n\n"
	    "HotCat\n\n"
	    "   Predlažem glasanje o alatki. [1]Miljan ([2]razgovor) 15:15, 18. mart 2018. (CET)\n\n"
	    "Glasovi\n\n"
	    "    1. za kao predlagač [1]Miljan ([2]razgovor) 15:15, 18. mart 2018. (CET)\n"
	    "    2. za korisna alatka, ne vidim razlog da budem protiv. -[3]Aca ([4]razgovor)\n"
	    "       20:32, 18. mart 2018. (CET)\n"
	    "    3. za jer ne može da škodi, a korisno je onima koji [5]Nikola ([6]razgovor) 22:04,\n"
	    "       18. mart 2018. (CET)\n"
	    "   10. za uz obrazloženje gore [7]Srdjan ([8]razgovor) 12:07, 19. mart 2018. (CET)\n\n"
	    "References\n\n"
	    "   1. file://sr.wikipedia.org/wiki/Korisnik:Miljan\n"
	    "   2. file://sr.wikipedia.org/wiki/Razgovor_sa_korisnikom:Miljan\n"
	    "   3. file://sr.wikipedia.org/wiki/Korisnik:Aca\n"
	    "   4. file://sr.wikipedia.org/wiki/Razgovor_sa_korisnikom:Aca\n"
	    "   5. file://sr.wikipedia.org/wiki/Korisnik:Nikola\n"
	    "   6. file://sr.wikipedia.org/wiki/Razgovor_sa_korisnikom:Nikola\n"
	    "   7. file://sr.wikipedia.org/wiki/Korisnik:Srdjan\n"
	    "   8. file://sr.wikipedia.org/wiki/Razgovor_sa_korisnikom:Srdjan\n";
	tt_thread *t = import_page(lynx, strlen(lynx));
	static const char *const who[] = {"Miljan", "Miljan", "Aca", "Nikola", "Srdjan"};
	assert_int_equal(t->ncomments, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, 0);
	}
	assert_string_equal(t->order[2]->posted, "20:32, 18. mart 2018. (CET)");
	assert_true(!strncmp(t->order[2]->body.v[0], "za korisna alatka", 17));
	assert_string_equal(t->order[3]->posted, "22:04, 18. mart 2018. (CET)");
	tt_thread_free(t);
}

/* Old Reddit as w3m dumps it (round 39): each comment under a header
 * opening with its fold mark, "[–]NAME 5 points6 points7 points 2 hours
 * ago (3 children)", and no indentation. The tree is rebuilt from the
 * counts; a "load more comments (N replies)" line takes N places, a
 * "continue this thread" line closes the comment over it; a comment whose
 * row of buttons lacks the one leading to the comment answered ("parent")
 * answers none, though a count above it still holds an answer not shown;
 * a comment older than the one open above it answers something else; a
 * paragraph indented past the others is a quotation; a list in the words
 * is no row of buttons. */
#define OR_BUTTONS(parent)                                                                         \
	"  \xE2\x80\xA2 permalink\n  \xE2\x80\xA2 embed\n  \xE2\x80\xA2 save\n" parent               \
	"  \xE2\x80\xA2 report\n  \xE2\x80\xA2 give gold\n  \xE2\x80\xA2 reply\n\n"
#define OR_ROOT OR_BUTTONS("")
#define OR_REPLY OR_BUTTONS("  \xE2\x80\xA2 parent\n")
static void test_counted_tree(void **state)
{
	(void)state;
	const char *w3m =
	    "Kites\n\nThe rules of this community, set in a column beside the post, as long\n"
	    "as a paragraph of prose may be, and longer than the post's own words.\n\n"
	    "The kite festival on the dunes (example.org)\n\n"
	    "submitted 3 hours ago by anna\n\n"
	    "Who else flew a kite there this year?\n\n"
	    "  \xE2\x80\xA2 10 comments\n  \xE2\x80\xA2 share\n\n"
	    "all 10 comments\nsorted by: best\n\n"
	    "[\xE2\x80\x93]anna 22 points23 points24 points 3 hours ago *  (6 children)\n\n"
	    "I loved this one.\n\n" OR_ROOT
	    "[\xE2\x80\x93]bert 4 points5 points6 points 2 hours ago  (2 children)\n\n"
	    "    I loved this one.\n\n"
	    "Me too, and here is why:\n\n"
	    "  \xE2\x80\xA2 the tune\n  \xE2\x80\xA2 the words\n\n" OR_REPLY
	    "[\xE2\x80\x93]cleo [score hidden] 1 hour ago  (0 children)\n\n"
	    "Agreed.\n\n" OR_REPLY
	    "load more comments (1 reply)\n\n"
	    "[\xE2\x80\x93]dave 1 point2 points3 points 2 hours ago  (1 child)\n\n"
	    "A second answer to anna.\n\n" OR_REPLY
	    "continue this thread\n\n"
	    "[\xE2\x80\x93]ivan 1 point2 points3 points 1 hour ago  (0 children)\n\n"
	    "A third answer to anna.\n\n" OR_REPLY
	    "[\xE2\x80\x93]emil 9 points10 points11 points 3 hours ago  (4 children)\n\n"
	    "A new thread.\n\n" OR_ROOT
	    "[\xE2\x80\x93]fay 2 points3 points4 points 40 minutes ago  (1 child)\n\n"
	    "An answer to emil.\n\n" OR_REPLY
	    "[\xE2\x80\x93]gus 1 point2 points3 points 2 hours ago  (0 children)\n\n"
	    "Older than fay: answering emil too.\n\n" OR_REPLY
	    "[\xE2\x80\x93]hal 5 points6 points7 points 1 hour ago  (0 children)\n\n"
	    "A thread of its own.\n\n" OR_ROOT;
	tt_thread *t = import_page(w3m, strlen(w3m));
	static const char *const who[] = {"anna", "bert", "cleo", "dave", "ivan",
	                                  "emil", "fay",  "gus",  "hal"};
	/* (ivan after a "continue" line; gus older than fay; hal, lacking the
	 * "parent" button, after emil's count still holds one not shown) */
	static const unsigned depth[] = {0, 1, 2, 1, 1, 0, 1, 1, 0};
	assert_int_equal(t->ncomments, 9);
	for (size_t i = 0; i < 9; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	/* the post over the comments is the article, not the column before it */
	assert_string_equal(t->article.title, "The kite festival on the dunes");
	assert_int_equal(t->article.body.n, 1);
	assert_string_equal(t->article.body.v[0], "Who else flew a kite there this year?");
	assert_string_equal(t->order[0]->posted, "3 hours ago");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[1]->body.v[0], "> I loved this one.");
	assert_string_equal(t->order[1]->body.v[1], "Me too, and here is why:");
	/* the list's two items, not the buttons, each a paragraph */
	assert_int_equal(t->order[1]->body.n, 4);
	assert_string_equal(t->order[1]->body.v[2], "the tune");
	assert_string_equal(t->order[1]->body.v[3], "the words");
	assert_string_equal(t->order[2]->posted, "1 hour ago");
	for (size_t i = 0; i < t->ncomments; i++)
		for (size_t k = 0; k < t->order[i]->body.n; k++)
			assert_null(strstr(t->order[i]->body.v[k], "permalink"));
	tt_thread_free(t);
}

/* The same as lynx dumps it in Slovak: link numbers before the marks, a
 * flair run into the name ("[[12]🍰]"), a header wrapped before its age's
 * unit or its count's word, a deleted account's "[vymazané]". */
static void test_counted_tree_lynx(void **state)
{
	(void)state;
	const char *lynx =
	    "   Bob Dylan has been awarded the 2016 Nobel Prize in Literature\n\n"
	    "   v\xC5\xA1" "etky 4 koment\xC3\xA1re\n\n"
	    "   [1][\xE2\x80\x93][2]dyl40011 22 bodov23 bodov24 bodov pred 2 hodiny *  [3](3 deti)\n\n"
	    "   An english teacher of mine once read Bob Dylan lyrics.\n"
	    "     * [4]trval\xC3\xBD odkaz\n     * [5]embed\n     * [6]odpoveda\xC5\xA5\n\n"
	    "   [7][\xE2\x80\x93][8]dtm106[[9]\xF0\x9F\x8D\xB0] 4 body5 bodov6 bodov pred 1\n"
	    "   hodina  [10](1 die\xC5\xA5" "a)\n\n"
	    "   Since we are talking literature.\n"
	    "     * [11]trval\xC3\xBD odkaz\n     * [12]embed\n     * [13]nadraden\xC3\xBD\n"
	    "     * [14]odpoveda\xC5\xA5\n\n"
	    "   [15][+][16][vymazan\xC3\xA9] pred 55 min\xC3\xBAt  [17](0\n"
	    "   det\xC3\xAD)\n\n"
	    "   [removed]\n\n"
	    "   [18][\xE2\x80\x93][19]acore8604 0 bodov1 bod2 body pred 1 hodina  [20](0 det\xC3\xAD)\n\n"
	    "   I think he is speaking of a generation.\n"
	    "     * [21]trval\xC3\xBD odkaz\n     * [22]embed\n     * [23]nadraden\xC3\xBD\n"
	    "     * [24]odpoveda\xC5\xA5\n";
	tt_thread *t = import_page(lynx, strlen(lynx));
	static const char *const who[] = {"dyl40011", "dtm106", "[vymazan\xC3\xA9]", "acore8604"};
	static const unsigned depth[] = {0, 1, 2, 1};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	assert_string_equal(t->order[1]->posted, "pred 1 hodina");
	assert_string_equal(t->order[2]->posted, "pred 55 min\xC3\xBAt");
	assert_string_equal(t->order[2]->body.v[0], "[removed]");
	assert_string_equal(t->order[3]->body.v[0], "I think he is speaking of a generation.");
	tt_thread_free(t);
}
#undef OR_ROOT
#undef OR_REPLY
#undef OR_BUTTONS

/* A list's item "NAME AGE" over the comment's text, the age in any
 * language the dates read ("• Yılmaz 3 gün önce Şikayet Et", Haber7's
 * Turkish, a report button after it; "• Anna vor 3 Tagen"): a one-line
 * header, not a list of names without dates. */
static void test_item_name_age(void **state)
{
	(void)state;
	static const char *const ages[][3] = {
	    {"3 g\xC3\xBCn \xC3\xB6nce \xC5\x9Eikayet Et", "2 saat \xC3\xB6nce \xC5\x9Eikayet Et",
	     "10 dakika \xC3\xB6nce \xC5\x9Eikayet Et"},
	    {"vor 3 Tagen", "vor 2 Stunden", "vor 10 Minuten"},
	    {"3 dni temu", "2 godziny temu", "10 minut temu"},
	    {"3 giorni fa", "2 ore fa", "10 minuti fa"},
	};
	static const char *const shown[][3] = {
	    {"3 g\xC3\xBCn \xC3\xB6nce", "2 saat \xC3\xB6nce", "10 dakika \xC3\xB6nce"},
	    {"vor 3 Tagen", "vor 2 Stunden", "vor 10 Minuten"},
	    {"3 dni temu", "2 godziny temu", "10 minut temu"},
	    {"3 giorni fa", "2 ore fa", "10 minuti fa"},
	};
	for (size_t k = 0; k < sizeof ages / sizeof *ages; k++) {
		char *page = tt_xasprintf(
		    "Galatasaray Konya deplasmaninda berabere kaldi\n\nMacin ilk yarisi golsuz sona "
		    "erdi ve ikinci yarida da gol sesi cikmadi.\n\nComments\n\n"
		    "  \xE2\x80\xA2 Y\xC4\xB1lmaz %s\n    Galatasaray bu saatten sonra kaybetmez.\n"
		    "    Be\xC4\x9F" "en Cevapla\n"
		    "  \xE2\x80\xA2 Misafir1 %s\n    Birbirlerini \xC3\xBCzmezler, berabere kal\xC4\xB1rlar.\n"
		    "  \xE2\x80\xA2 Fenerli %s\n    Konya spora ba\xC5\x9F" "ar\xC4\xB1lar diliyorum.\n",
		    ages[k][0], ages[k][1], ages[k][2]);
		tt_thread *t = import_page(page, strlen(page));
		static const char *const who[] = {"Y\xC4\xB1lmaz", "Misafir1", "Fenerli"};
		assert_int_equal(t->ncomments, 3);
		for (size_t i = 0; i < 3; i++) {
			assert_string_equal(t->order[i]->author, who[i]);
			assert_non_null(t->order[i]->posted);
			assert_string_equal(t->order[i]->posted, shown[k][i]);
			assert_null(t->order[i]->time); /* (the page gives no date to count back from) */
		}
		tt_thread_free(t);
		free(page);
	}
}

/* WordPress lists pingbacks among the comments (round 40's A List Apart,
 * the development pages' California Globe): an item "N. Pingback: TITLE"
 * (lynx: "N. Pingback: [119]TITLE"), its title wrapped onto lines hanging
 * past the number, no date. Each is a comment of its own at the top level,
 * the title its name and "Pingback: TITLE" its text, as the HTML importer
 * reads li.pingback; the first item may be one, and one numbered with more
 * digits than the first header's (w3m sets "12." a column left of " 9.")
 * is no answer. */
static void test_pingback_items(void **state)
{
	(void)state;
	const char *w3m =
	    "Endlich wird es spannend: Die NC-Einschr\xC3\xA4nkung nach deutschem Recht\n\n"
	    "Das Landgericht K\xC3\xB6ln hat entschieden, was nicht-kommerziell im Sinne der "
	    "Lizenz\nbedeutet, und zwar enger als gedacht.\n\nDer Fall betrifft ein Foto, das "
	    "ein Sender\nauf seiner Seite zeigte.\n\n"
	    "5 Gedanken zu \xE2\x80\x9E" "Endlich wird es spannend\xE2\x80\x9C\n\n"
	    " 8. Pingback: LG K\xC3\xB6ln zur BY-NC Creative-Commons-Lizenz | RECHTSANWALT\n"
	    "    JAKOB WAHLERS\n"
	    " 9. [4bde] Michael Blahm sagt:\n    2. April 2014 um 8:29 Uhr\n\n"
	    "    Ein sehr guter Artikel, danke sehr.\n\n    Antworten\n"
	    "10. [1879] GoldKind sagt:\n    10. Juli 2014 um 12:58 Uhr\n\n"
	    "    Dem stimme ich zu.\n\n    Antworten\n"
	    "11. [99aa00ff11bb22cc] Anna sagt:\n    11. Juli 2014 um 9:00 Uhr\n\n"
	    "    Noch ein Wort dazu.\n\n    Antworten\n"
	    "12. Pingback: IT LawCamp 2014 | Offene Netze und Recht\n\nSchreibe einen Kommentar\n";
	tt_thread *t = import_page(w3m, strlen(w3m));
	static const char *const who[] = {
	    "LG K\xC3\xB6ln zur BY-NC Creative-Commons-Lizenz | RECHTSANWALT JAKOB WAHLERS",
	    "Michael Blahm", "GoldKind", "Anna", "IT LawCamp 2014 | Offene Netze und Recht"};
	static const unsigned depth[] = {0, 0, 0, 0, 0};
	assert_int_equal(t->ncomments, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	assert_null(t->order[0]->posted);
	assert_string_equal(t->order[0]->body.v[0], "Pingback: LG K\xC3\xB6ln zur BY-NC "
	                                            "Creative-Commons-Lizenz | RECHTSANWALT JAKOB WAHLERS");
	assert_int_equal(t->order[4]->body.n, 1);
	assert_string_equal(t->order[3]->body.v[0], "Noch ein Wort dazu.");
	tt_thread_free(t);

	const char *lynx =
	    "   Understanding Web Design\n\n"
	    "   22. [1]Ping2world says:\n       [2]July 18, 2012 at 6:48 am\n"
	    "       I am new to designing and glad I found this.\n"
	    "   23. Pingback: [3]A List Apart \xE2\x80\x93 Flute Player\n"
	    "   24. Trackback: [4]Authoritative, Readable, Branded: Report from Poynter Design,\n"
	    "       Part 2 - Zeldman on Web and Interaction Design\n\n"
	    "Comments navigation\n";
	t = import_page(lynx, strlen(lynx));
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "A List Apart \xE2\x80\x93 Flute Player");
	assert_string_equal(t->order[2]->author, "Authoritative, Readable, Branded: Report from "
	                                         "Poynter Design, Part 2 - Zeldman on Web and "
	                                         "Interaction Design");
	assert_string_equal(t->order[2]->body.v[0], "Trackback: Authoritative, Readable, Branded: "
	                                            "Report from Poynter Design, Part 2 - Zeldman on "
	                                            "Web and Interaction Design");
	assert_int_equal(t->order[2]->depth, 0);
	tt_thread_free(t);
}

/* Lemmy's comments in w3m's dump (round 40): each header's fields stacked
 * one per line under a bullet, the avatar's alt text run into the name
 * ("[image_prox]NAME"), lines of spaces, the comment's language, a count,
 * the score with its dot ("26·"), the age; badges run into a name
 * ("DessalinesOPMA") whose bare form the page shows elsewhere; answers
 * indented four columns per level, the text at the header's column; a
 * quotation, two blank lines under the header, indented past it: "> ". */
#define LM_HEAD(IN, NAME, EXTRA, SCORE)                                                          \
	IN "[image_prox]" NAME "\n" IN " \n" IN " \n" IN "English\n" EXTRA IN SCORE "\xC2\xB7\n"   \
	IN "1 year ago\n"
static void test_score_stack(void **state)
{
	(void)state;
	const char *w3m =
	    "Lemmy Development Update\n\nHere is our regular update. Thanks to @dessalines and "
	    "Nutomic.\n\nYou must log in to comment.\n\n"
	    "  \xE2\x80\xA2 \n" LM_HEAD("    ", "db0@lemmy.dbzer0.com", "", "26")
	    "\n\n        Adding local site settings to reject federated votes.\n\n"
	    "        And more of the same.\n\n    Yisss!\n\n"
	    "      \xE2\x96\xA1 \n" LM_HEAD("        ", "DessalinesOPMA", "        2\n", "17")
	    "\n        Yep this has been a growing problem with alt accounts.\n\n"
	    "          \xE2\x98\x86 \n" LM_HEAD("            ", "Avieshek@lemmy.world", "", "1")
	    "\n\n                !spoiler!<\n\n"
	    "  \xE2\x80\xA2 \n" LM_HEAD("    ", "Blaze (he/him)@feddit.org", "", "14")
	    "\n    Thanks for sharing and your work!\n\n"
	    "      \xE2\x96\xA1 \n" LM_HEAD("        ", "NutomicMA", "", "19")
	    "\n        In principle it is finished.\n\n"
	    "  \xE2\x80\xA2 \n" LM_HEAD("    ", "McDONALD", "", "3")
	    "\n    Post scheduling is huge!\n";
	tt_thread *t = import_page(w3m, strlen(w3m));
	static const char *const who[] = {"db0@lemmy.dbzer0.com", "Dessalines", "Avieshek@lemmy.world",
	                                  "Blaze (he/him)@feddit.org", "Nutomic", "McDONALD"};
	static const unsigned depth[] = {0, 1, 2, 0, 1, 0};
	assert_int_equal(t->ncomments, 6);
	for (size_t i = 0; i < 6; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
		assert_string_equal(t->order[i]->posted, "1 year ago");
	}
	assert_int_equal(t->order[0]->body.n, 3);
	assert_string_equal(t->order[0]->body.v[0],
	                    "> Adding local site settings to reject federated votes.");
	assert_string_equal(t->order[0]->body.v[1], "> And more of the same.");
	assert_string_equal(t->order[0]->body.v[2], "Yisss!");
	assert_string_equal(t->order[1]->body.v[0],
	                    "Yep this has been a growing problem with alt accounts.");
	assert_string_equal(t->order[2]->body.v[0], "> !spoiler!<");
	assert_string_equal(t->order[3]->body.v[0], "Thanks for sharing and your work!");
	assert_string_equal(t->order[5]->body.v[0], "Post scheduling is huge!");
	tt_thread_free(t);

	/* text right of its header's column everywhere: two blank lines over
	 * a comment's words set no quotation apart */
	const char *right =
	    "A post.\n\n" LM_HEAD("    ", "anna@example.org", "", "5")
	    "\n        First of all, thanks for the write-up.\n\n    Load 3 more answers\n\n"
	    LM_HEAD("    ", "bert@example.org",
	                                                                  "", "4")
	    "\n\n        I disagree with most of it, to be honest.\n\n"
	    LM_HEAD("    ", "carl@example.org", "", "3")
	    "\n        Same here, a fine summary.\n\n" LM_HEAD("    ", "dora@example.org", "", "2")
	    "\n        Agreed on every point made.\n";
	t = import_page(right, strlen(right));
	assert_int_equal(t->ncomments, 4);
	/* (a line back at the header's column, one blank line under the text:
	 * the page's, not the comment's) */
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[1]->author, "bert@example.org");
	assert_string_equal(t->order[1]->body.v[0], "I disagree with most of it, to be honest.");
	tt_thread_free(t);
}
#undef LM_HEAD

/* phpBB's prosilver in w3m's dump (round 40): each post the member's card
 * (the avatar's "User avatar", the name, "Posts:" and "Joined:" indented
 * under it), the subject ("Re: TOPIC") and the date on lines of their own,
 * the text, a rule; a deleted account's post the name alone. The first
 * post is the topic; a quotation "NAME wrote: ↑" indented past the text
 * answers NAME's last post before it, or none where NAME wrote the topic;
 * the last post's text ends at the rule drawn as the others. */
#define PB_RULE "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81" \
	"\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n\n"
#define PB_POST(NAME, CARD, WHEN, TEXT)                                                          \
	"User avatar\n" NAME "\n" CARD "\nRe: Turning off all LEDs\n\n" WHEN "\n\n" TEXT PB_RULE
#define PB_CARD(N, JOINED) "    Posts: " N "\n    Joined: " JOINED "\n"
static void test_subject_posts(void **state)
{
	(void)state;
	const char *w3m =
	    "Turning off all LEDs\n\nPost Reply\n\n"
	    "b.scherer\n" PB_CARD("5", "Sun Dec 10, 2023 1:00 pm")
	    "\nTurning off all LEDs\n\nSun Dec 17, 2023 11:23 am\n\n"
	    "I just got a Pi 5 and want every LED off, but the old lines fail.\n" PB_RULE
	    PB_POST("jahboater", PB_CARD("9179", "Wed Feb 04, 2015 6:38 pm"),
	            "Wed Dec 27, 2023 10:00 am",
	            "This works on the Pi 5 to turn off the power LED.\n\n")
	    PB_POST("sgbeal", PB_CARD("13", "Thu Aug 27, 2020 2:37 pm"), "Wed Dec 27, 2023 11:04 am",
	            "    jahboater wrote: \xE2\x86\x91\n    Wed Dec 27, 2023 10:00 am\n"
	            "    This works on the Pi 5.\n\nI lay a bandana over mine instead.\n\n")
	    PB_POST("bensimmo", PB_CARD("8292", "Sun Dec 28, 2014 3:02 pm"),
	            "Wed Dec 27, 2023 11:14 am",
	            "    b.scherer wrote: \xE2\x86\x91\n    Sun Dec 17, 2023 11:23 am\n"
	            "    I just got a Pi 5.\n\nLook in /boot/firmware/config.txt now.\n\n")
	    "Anonymous\n\nRe: Turning off all LEDs\n\nThu Mar 28, 2024 11:26 am\n\n"
	    "As an aside, the green one stays on.\n" PB_RULE
	    "Display posts from previous: All posts\n\nSort by Post time\n\nJump to\n\n"
	    "Who is online\n\nUsers browsing this forum: no registered users\n";
	tt_thread *t = import_page(w3m, strlen(w3m));
	static const char *const who[] = {"jahboater", "sgbeal", "bensimmo", "Anonymous"};
	static const unsigned depth[] = {0, 1, 0, 0};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	assert_string_equal(t->order[0]->posted, "Wed Dec 27, 2023 10:00 am");
	assert_string_equal(t->order[1]->body.v[0], "> jahboater wrote: \xE2\x86\x91 Wed Dec 27, 2023 "
	                                            "10:00 am This works on the Pi 5.");
	assert_string_equal(t->order[1]->body.v[1], "I lay a bandana over mine instead.");
	assert_string_equal(t->order[2]->body.v[0], "> b.scherer wrote: \xE2\x86\x91 Sun Dec 17, "
	                                            "2023 11:23 am I just got a Pi 5.");
	assert_string_equal(t->order[3]->posted, "Thu Mar 28, 2024 11:26 am");
	assert_int_equal(t->order[3]->body.n, 1);
	assert_string_equal(t->order[3]->body.v[0], "As an aside, the green one stays on.");
	/* the topic is the article, its rule and the next card's avatar none of it */
	assert_true(t->article.body.n >= 1);
	assert_string_equal(t->article.body.v[t->article.body.n - 1],
	                    "I just got a Pi 5 and want every LED off, but the old lines fail.");
	tt_thread_free(t);

	/* lynx: the quotation at the text's column, the topic's writer named */
	const char *lynx =
	    "   [1]b.scherer\n          Posts: [2]5\n          Joined: Sun Dec 10, 2023 1:00 pm\n\n"
	    "[3]Turning off all LEDs\n\n   [4]Sun Dec 17, 2023 11:23 am\n"
	    "   I just got a Pi 5 and want every LED off, but the old lines fail.\n"
	    "     ______________________________________________________________\n\n"
	    "   [5]User avatar\n          [6]jahboater\n          Posts: [7]9179\n"
	    "          Joined: Wed Feb 04, 2015 6:38 pm\n\n[8]Re: Turning off all LEDs\n\n"
	    "   [9]Wed Dec 27, 2023 10:00 am\n   This works on the Pi 5 to turn off the power LED.\n"
	    "     ______________________________________________________________\n\n"
	    "   [10]User avatar\n          [11]bensimmo\n          Posts: [12]8292\n"
	    "          Joined: Sun Dec 28, 2014 3:02 pm\n\n[13]Re: Turning off all LEDs\n\n"
	    "   [14]Wed Dec 27, 2023 11:14 am\n\n   [15]b.scherer wrote: [16]\xE2\x86\x91\n"
	    "   Sun Dec 17, 2023 11:23 am\n   I just got a Pi 5.\n\n"
	    "   Look in /boot/firmware/config.txt now.\n"
	    "     ______________________________________________________________\n\n"
	    "   [17]User avatar\n          [18]sgbeal\n          Posts: [19]13\n"
	    "          Joined: Thu Aug 27, 2020 2:37 pm\n\n[20]Re: Turning off all LEDs\n\n"
	    "   [21]Wed Dec 27, 2023 11:20 am\n   Thanks, that did it.\n"
	    "     ______________________________________________________________\n\n"
	    "   Display posts from previous:[All posts]\n";
	t = import_page(lynx, strlen(lynx));
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "jahboater");
	assert_string_equal(t->order[1]->author, "bensimmo");
	assert_int_equal(t->order[1]->depth, 0);
	assert_string_equal(t->order[1]->body.v[0], "> b.scherer wrote: \xE2\x86\x91");
	assert_string_equal(t->order[2]->author, "sgbeal");
	assert_int_equal(t->order[2]->body.n, 1);
	assert_string_equal(t->order[2]->body.v[0], "Thanks, that did it.");
	tt_thread_free(t);

	/* names over a repeated line and a date, no card: no such posts */
	const char *taz = "Ein Artikel.\n\n"
	                  "\xE2\x80\xA2 88181 (Profil gel\xC3\xB6scht)\n\nGast\n\n13. 01. 2020, 19:34\n\n"
	                  "Erstens das.\n\n"
	                  "\xE2\x80\xA2 Martin\n\nGast\n\n14. 01. 2020, 11:15\n\nZweitens dies.\n\n"
	                  "\xE2\x80\xA2 Anna\n\nGast\n\n14. 01. 2020, 17:21\n\nDrittens jenes.\n";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	struct tt_import_opts o = {.report = &r};
	tt_error err;
	t = tt_import_mem("p.txt", taz, strlen(taz), &o, &err);
	assert_non_null(t);
	assert_null(strstr(r.layout, "subject"));
	tt_thread_free(t);
	tt_import_report_free(&r);
}
#undef PB_RULE
#undef PB_POST
#undef PB_CARD

/* FluxBB in a text browser's dump (round 41): "#N DATE" over the name,
 * the card indented under it ("Member", "Registered: DATE"), the subject
 * ("Re: TOPIC"), the text, and lines closing every post (the member's
 * "Offline", the buttons "Report" and "Quote"); the first post is the
 * topic. A quotation "NAME wrote:" answers NAME's last post; in lynx its
 * words stand at the text's column, a blank under its title: the
 * paragraphs the quoted post holds are the quotation's. */
#define FB_POST(N, WHEN, NAME, TEXT)                                                               \
	"#" N " [" N "0]" WHEN "\n\n   [" N "1]" NAME "\n          Member\n"                           \
	"          Registered: 2022-01-01\n          Posts: 1" N "\n\nRe: Gluing a wooden hull\n\n"  \
	TEXT "\n   Offline\n     * [" N "2]Report\n     * [" N "3]Quote\n\n"
static void test_numbered_subject_posts(void **state)
{
	(void)state;
	const char *lynx =
	    "   [1]Index\n\n   Pages: 1\n\n" FB_POST("1", "2024-03-03 10:59:47", "anna",
	                                         "   What glue holds best on an old oak hull?\n")
	        FB_POST("2", "2024-03-03 11:02:00", "harbourcat",
	                "   Epoxy, without question. Thin it for the first coat.\n")
	            FB_POST("3", "2024-03-03 13:40:00", "mira_k",
	                    "   harbourcat wrote:\n\n   Epoxy, without question.\n\n"
	                    "   Only if the wood is dry; measure it first.\n")
	                FB_POST("4", "2024-03-04 08:05:00", "old_bosun",
	                        "   Resorcinol if you can find it, the old standard.\n")
	                    "   [90]Post reply\n\n   Powered by forum software.\n";
	tt_thread *t = import_page(lynx, strlen(lynx));
	static const char *const who[] = {"harbourcat", "mira_k", "old_bosun"};
	static const unsigned depth[] = {0, 1, 0};
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
		assert_non_null(t->order[i]->time);
	}
	assert_string_equal(t->order[0]->time, "2024-03-03T11:02:00");
	assert_int_equal(t->order[0]->body.n, 1); /* no "Offline", no buttons */
	assert_string_equal(t->order[0]->body.v[0],
	                    "Epoxy, without question. Thin it for the first coat.");
	assert_int_equal(t->order[1]->body.n, 3);
	assert_string_equal(t->order[1]->body.v[0], "> harbourcat wrote:");
	assert_string_equal(t->order[1]->body.v[1], "> Epoxy, without question.");
	assert_string_equal(t->order[1]->body.v[2], "Only if the wood is dry; measure it first.");
	/* the last post ends at its own closing lines, the page's foot none of it */
	assert_int_equal(t->order[2]->body.n, 1);
	assert_string_equal(t->order[2]->body.v[0], "Resorcinol if you can find it, the old standard.");
	assert_string_equal(t->article.body.v[t->article.body.n - 1],
	                    "What glue holds best on an old oak hull?");
	tt_thread_free(t);
}
#undef FB_POST

/* Forum posts set as a table row each (round 38's Something Awful thread
 * in lynx's dump): the member's card (the name, under it and indented
 * further the day the member joined, a title of their own), the text, then
 * a row of links ending in the post's date and clock. The post's time is
 * the row's, not the card's day, and the card is no text; a line left of
 * the text's column closing in a colon over lines indented past it is a
 * quotation's title over the quotation, and a post quoting one of the page
 * by its writer's name answers it. */
static void test_carded_posts(void **state)
{
	(void)state;
	const char *lynx =
	    "   [1]The Forums > [2]Main > [3]Help desk\n\n"
	    "   Ann Example\n"
	    "          May 22, 2015\n"
	    "          a title the member chose\n\n"
	    "[4]Someone Else posted:\n\n"
	    "     My phone will not load the internet.\n\n"
	    "   Try turning it off and on again.\n\n"
	    "   [5]* [6]# [7]? Dec 5, 2024 21:45\n"
	    "     * [8]Profile\n"
	    "     * [9]Quote\n\n"
	    "   big bold bob here\n"
	    "          Nov 21, 2022\n\n"
	    "   My printer prints only question marks.\n\n"
	    "   [10]* [11]# [12]? Dec 5, 2024 21:46\n"
	    "     * [13]Profile\n"
	    "     * [14]Quote\n\n"
	    "   Carla\n"
	    "          Mar 6, 2006\n"
	    "          And what rough beast, its hour come round at last\n\n"
	    "[15]big bold bob here posted:\n\n"
	    "     My printer prints only question marks.\n\n"
	    "   Have you tried a newer printer?\n\n"
	    "   [16]* [17]# [18]? Dec 5, 2024 22:23\n"
	    "     * [19]Profile\n"
	    "     * [20]Quote\n";
	tt_thread *t = import_page(lynx, strlen(lynx));
	static const char *const who[] = {"Ann Example", "big bold bob here", "Carla"};
	static const unsigned depth[] = {0, 0, 1};
	static const char *const when[] = {"Dec 5, 2024 21:45", "Dec 5, 2024 21:46",
	                                   "Dec 5, 2024 22:23"};
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_non_null(t->order[i]->author);
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
		assert_non_null(t->order[i]->posted);
		assert_string_equal(t->order[i]->posted, when[i]);
	}
	assert_string_equal(t->order[0]->time, "2024-12-05T21:45");
	assert_int_equal(t->order[0]->body.n, 3);
	assert_string_equal(t->order[0]->body.v[0], "> Someone Else posted:");
	assert_string_equal(t->order[0]->body.v[1], "> My phone will not load the internet.");
	assert_string_equal(t->order[0]->body.v[2], "Try turning it off and on again.");
	assert_string_equal(t->order[1]->body.v[0], "My printer prints only question marks.");
	assert_string_equal(t->order[2]->body.v[0], "> big bold bob here posted:");
	tt_thread_free(t);
}

static void test_seed_article_and_comments(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/000_ad0407a9d237ef29.txt", NULL);
	const tt_article *a = &t->article;
	assert_string_equal(a->title, "Two Words That Could End the War in Ukraine");
	assert_string_equal(a->author, "Jack Buckby");
	assert_null(a->site);
	assert_int_equal(a->body.n, 17);
	assert_true(!strncmp(a->body.v[0],
	                     "Could Security Guarantees End the War In Ukraine? \xE2\x80\x93 "
	                     "French President",
	                     68));
	assert_string_equal(
	    a->body.v[3],
	    "\xE2\x80\x9CThis means that one of the essential points we must address "
	    "\xE2\x80\x93 as President Putin has always said \xE2\x80\x93 is the fear "
	    "that NATO comes right up to its doors, and the deployment of weapons "
	    "that could threaten Russia,\xE2\x80\x9D the French president said.");
	assert_string_equal(a->body.v[16],
	                    "Jack Buckby is 19FortyFive\xE2\x80\x99s Breaking News Editor.");
	static const char *const chrome[] = {"Connect with us", "looking for?", "Smart Bombs",
	                                     "Image Credit",    "Written By",   "British author",
	                                     "Leave a Reply",   "email address"};
	for (size_t i = 0; i < sizeof chrome / sizeof *chrome; i++)
		assert_nowhere(t, chrome[i]);

	assert_int_equal(t->ncomments, 11);
	assert_int_equal(t->ntop, 11);
	static const char *const authors[] = {"Jack Dunster", "Magneto",      "Big Crow", "Keijo",
	                                      "Tom",          "Barney",       "Teodor",   "Friend",
	                                      "Teodor",       "Michael Droy", "eliot nes"};
	for (size_t i = 0; i < 11; i++)
		assert_string_equal(t->order[i]->author, authors[i]);
	check_comment(t->order[0], "Jack Dunster", "December 3, 2022 at 5:54 pm",
	              "2022-12-03T17:54", 1);
	check_comment(t->order[1], "Magneto", "December 3, 2022 at 5:56 pm", "2022-12-03T17:56", 2);
	check_comment(t->order[10], "eliot nes", "December 4, 2022 at 8:33 am", "2022-12-04T08:33",
	              1);
	/* Comment 8's numbered lines are its text, one paragraph. */
	check_comment(t->order[7], "Friend", "December 4, 2022 at 6:21 am", "2022-12-04T06:21", 1);
	assert_string_equal(t->order[7]->body.v[0],
	                    "1. Withdrawerl\n2. Reparations\n3. Crimes tribunal");
	/* Hard line breaks stay inside one paragraph (comments 7, 9, 10). */
	assert_int_equal(t->order[6]->body.n, 1);
	assert_int_equal(count_char(t->order[6]->body.v[0], '\n'), 1);
	assert_int_equal(t->order[8]->body.n, 1);
	assert_int_equal(count_char(t->order[8]->body.v[0], '\n'), 2);
	assert_int_equal(t->order[9]->body.n, 2);
	assert_int_equal(count_char(t->order[9]->body.v[0], '\n'), 3);
	assert_string_equal(t->order[3]->body.v[0], "This is from Finland. Fack you Macron");
	for (size_t i = 0; i < 11; i++)
		assert_true(t->order[i]->flags & TT_C_DERIVED_ID);
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
}

static void test_seed_without_comments(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/003_0073e05e403a6fd3.txt", NULL);
	assert_string_equal(t->article.title,
	                    "President Macron: \xE2\x80\x9CMoscow needs \xE2\x80\x98security "
	                    "guarantees\xE2\x80\x99 to end the War\xE2\x80\x9D");
	/* One paragraph a line, as the capture has no blank lines. */
	assert_int_equal(t->article.body.n, 16);
	assert_true(
	    !strncmp(t->article.body.v[0], "President Emmanuel Macron\xE2\x80\x99s statement", 34));
	assert_string_equal(t->article.body.v[15],
	                    "The US said at the time that the Russian demands were "
	                    "\xE2\x80\x9Cnon-starters\xE2\x80\x9D.");
	assert_int_equal(t->ncomments, 0);
	assert_null(t->first);
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
}

static void test_unnumbered_nested_replies(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/garden-nested.txt", NULL);
	assert_string_equal(t->article.title, "The Quiet Return of the Allotment Garden");
	assert_string_equal(t->article.author, "Margit Olsen");
	assert_string_equal(t->article.published, "March 14, 2023");
	assert_string_equal(t->article.time, "2023-03-14");
	assert_int_equal(t->article.body.n, 3);
	assert_string_equal(t->article.body.v[2],
	                    "Shared tools\nEvery site we visited kept a shed of shared tools, and "
	                    "most had a rota for watering in August.");
	assert_nowhere(t, "Credit");
	assert_nowhere(t, "Facebook");
	assert_nowhere(t, "Reply");
	assert_nowhere(t, "Load more");
	assert_int_equal(t->ncomments, 5);
	assert_int_equal(t->ntop, 2);
	assert_int_equal(t->max_depth, 3);
	const tt_comment *c = t->first;
	check_comment(c, "Peter Lindqvist", "Dec 5, 2022, 10:14 AM", "2022-12-05T10:14", 1);
	c = c->first_child;
	check_comment(c, "Margit Olsen", "Dec 5, 2022, 11:02 AM", "2022-12-05T11:02", 1);
	c = c->first_child;
	check_comment(c, "Peter Lindqvist", "Dec 5, 2022, 11:40 AM", "2022-12-05T11:40", 1);
	assert_string_equal(c->body.v[0],
	                    "Good to know, thanks.\nI will ask at the one near the station.");
	c = c->first_child;
	check_comment(c, "Ana Ruiz", "2 hours ago", NULL, 1); /* relative: text only */
	assert_int_equal(c->depth, 3);
	c = t->first->next_sibling;
	check_comment(c, "Jo Brandt", "3 Dec 2022 17:54", "2022-12-03T17:54", 2);
	assert_null(c->parent);
	tt_test_assert_round_trip(t);
	tt_thread_free(t);
}

static void test_says_headers_and_footer(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/council-says-footer.txt", NULL);
	assert_string_equal(t->article.title, "Council Votes to Keep the Night Bus");
	assert_string_equal(t->article.author, "Sam Okafor");
	assert_string_equal(t->article.time, "2023-03-14T09:12");
	assert_int_equal(t->article.body.n, 3);
	assert_string_equal(t->article.body.v[2], "The decision costs \xC2\xA3"
	                                          "1.2m a year \xE2\x80\x94 about 3p per ride, the "
	                                          "transport office says.");
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "Leena Virtanen", "14 Mar 2023 at 10:05", "2023-03-14T10:05", 1);
	check_comment(t->order[1], "Tom Reid", "March 14, 2023 at 11:47 am", "2023-03-14T11:47", 1);
	check_comment(t->order[2], "Mark O\xE2\x80\x99Neill", "2023-03-15 08:30",
	              "2023-03-15T08:30", 1);
	assert_string_equal(t->order[2]->body.v[0],
	                    "Seven to four is closer than it should have been.");
	static const char *const footer[] = {"thoughts on",  "Leave a Reply", "Email",
	                                     "Post Comment", "About us",      "Riverside Gazette"};
	for (size_t i = 0; i < sizeof footer / sizeof *footer; i++)
		assert_nowhere(t, footer[i]);
	tt_thread_free(t);
}

static void test_windows_1252_crlf_date_first(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/market-date-first-cp1252-crlf.txt", NULL);
	assert_string_equal(t->article.title,
	                    "Caf\xC3\xA9 owners brace for the coffee price spike");
	assert_string_equal(t->article.author, "Anna Kowalczyk");
	assert_string_equal(t->article.published, "Dec 3, 2022");
	assert_int_equal(t->article.body.n, 2);
	assert_string_equal(
	    t->article.body.v[1],
	    "\xE2\x80\x9CWe held our prices for eighteen months,\xE2\x80\x9D said the "
	    "owner of a caf\xC3\xA9 in Krak\xC3\xB3w. \xE2\x80\x9CThat is over now.\xE2\x80\x9D");
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "Bruno Wei\xC3\x9F", "Dec 3, 2022, 6:10 PM", "2022-12-03T18:10",
	              1);
	check_comment(t->order[1], "Chlo\xC3\xA9", "2022-12-04 09:15", "2022-12-04T09:15", 1);
	assert_string_equal(t->order[1]->body.v[0], "I pay \xE2\x82\xAC"
	                                            "3.20 for a flat white now. "
	                                            "Still worth it.");
	check_comment(t->order[2], "Dmitri", "Dec 4, 2022", "2022-12-04", 1);
	assert_nowhere(t, "\r");
	assert_nowhere(t, "Careers");
	assert_nowhere(t, "Market Watch Media");
	/* Naming the encoding gives the same thread as detecting it. */
	struct tt_import_opts o = {.encoding = TT_ENC_CP1252};
	tt_thread *u = import_rel("tests/data/pages/market-date-first-cp1252-crlf.txt", &o);
	char *a = tt_thread_to_yaml(t, NULL), *b = tt_thread_to_yaml(u, NULL);
	assert_string_equal(a, b);
	free(a);
	free(b);
	tt_thread_free(u);
	tt_thread_free(t);
}

static void test_no_comments_author_box(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/library-no-comments.txt", NULL);
	assert_string_equal(t->article.title, "Why the Library Should Open on Sundays");
	assert_string_equal(t->article.author, "Hal Brenner");
	assert_string_equal(t->article.published, "Saturday, December 3, 2022");
	assert_string_equal(t->article.time, "2022-12-03");
	assert_int_equal(t->article.body.n, 4);
	assert_string_equal(t->article.body.v[3],
	                    "Hal Brenner is a retired teacher and a member of "
	                    "the library\xE2\x80\x99s friends group.");
	assert_nowhere(t, "thirty years");
	assert_nowhere(t, "Leave a Reply");
	assert_int_equal(t->ncomments, 0);
	tt_thread_free(t);
}

static void test_signatures_after_body(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/workshop-signatures.txt", NULL);
	assert_string_equal(t->article.title, "Notes from the Workshop");
	assert_string_equal(t->article.author, "Ilse Maren");
	assert_string_equal(t->article.time, "2010-11-29");
	assert_int_equal(t->article.body.n, 2);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "Gus", "November 29, 2010 at 8:03 am", "2010-11-29T08:03", 1);
	assert_string_equal(t->order[0]->body.v[0],
	                    "Lovely work. What did you use for the new belt?");
	check_comment(t->order[1], "Ilse Maren", "November 29, 2010 at 9:15 am", "2010-11-29T09:15",
	              2);
	assert_string_equal(t->order[1]->body.v[1], "Rubber ones slipped.");
	check_comment(t->order[2], "Priya", "December 1, 2010 at 12:41 am", "2010-12-01T00:41", 1);
	assert_string_equal(t->order[2]->body.v[0], "Great post.");
	tt_thread_free(t);
}

static void test_one_line_numbered_headers(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/forum-one-line-headers.txt", NULL);
	assert_string_equal(t->article.title, "Which soldering iron for a beginner?");
	assert_string_equal(t->article.author, "kettle_lamp");
	assert_string_equal(t->article.time, "2022-12-03");
	assert_int_equal(t->article.body.n, 1);
	assert_int_equal(t->ncomments, 4);
	assert_int_equal(t->ntop, 2);
	check_comment(t->order[0], "vero_k", "Dec 3, 2022, 10:14 AM", "2022-12-03T10:14", 1);
	check_comment(t->order[1], "kettle_lamp", "Dec 3, 2022, 11:00 AM", "2022-12-03T11:00", 1);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	check_comment(t->order[2], "vero_k", "Dec 3, 2022, 11:30 AM", "2022-12-03T11:30", 1);
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	check_comment(t->order[3], "oldham_r", "2 days ago", NULL, 1);
	assert_null(t->order[3]->parent);
	assert_nowhere(t, "likes");
	assert_nowhere(t, "Sort by");
	assert_nowhere(t, "replies");
	tt_thread_free(t);
}

static void test_bullets_handles_and_link_runs(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/trains-bullets-handles.txt", NULL);
	assert_string_equal(t->article.title, "Why Trains Run Late");
	assert_string_equal(t->article.author, "Dana Whitfield");
	assert_string_equal(t->article.published, "Dec 5"); /* no year: no time */
	assert_null(t->article.time);
	assert_int_equal(t->ncomments, 4);
	assert_int_equal(t->ntop, 3);
	check_comment(t->order[0], "Rowan Pike", "3 years ago", NULL, 1);
	assert_string_equal(t->order[0]->body.v[0], "Signals are decades old on my line.");
	check_comment(t->order[1], "Dana Whitfield", "3 years ago", NULL, 1);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	check_comment(t->order[2], "@tram_fan", "2 years ago", NULL, 1);
	check_comment(t->order[3], "lurker42", "14 days ago", NULL, 1);
	assert_string_equal(t->order[3]->body.v[0], "Not where I live.");
	assert_nowhere(t, "Share");
	tt_thread_free(t);
}

static void test_wordpress_nested_says(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/cycling-wordpress-says.txt", NULL);
	assert_string_equal(t->article.title, "Spring Rides Are Back");
	assert_string_equal(t->article.author, "clubsecretary"); /* "Posted on DATE by NAME" */
	assert_string_equal(t->article.time, "2023-03-03");
	assert_int_equal(t->article.body.n, 2);
	assert_int_equal(t->ncomments, 4);
	assert_int_equal(t->ntop, 2);
	assert_int_equal(t->max_depth, 2);
	/* A zone other than UTC is dropped from time, kept in posted. */
	check_comment(t->order[0], "Helen Marsh", "March 3, 2023 at 10:00 am EST",
	              "2023-03-03T10:00", 1);
	check_comment(t->order[1], "clubsecretary", "March 3, 2023 at 11:15 am EST",
	              "2023-03-03T11:15", 1);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	check_comment(t->order[3], "Ravi Patel", "March 4, 2023 at 7:45 pm EST", "2023-03-04T19:45",
	              1);
	assert_string_equal(t->order[3]->body.v[0],
	                    "Can I bring my daughter? She is twelve.\nShe rides a lot.");
	assert_nowhere(t, "WordPress");
	assert_nowhere(t, "Cancel reply");
	tt_thread_free(t);
}

/* The longest of the last headings wins the title; ordinals; avatar lines. */
static void test_title_among_menus_and_ordinals(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/port-strike-menus-ordinals.txt", NULL);
	assert_string_equal(t->article.title,
	                    "Port Strike Ends After Nine Days as Dockers Accept New Offer");
	assert_string_equal(t->article.author, "Tom Achterberg");
	assert_string_equal(t->article.published, "December 3rd, 2022");
	assert_string_equal(t->article.time, "2022-12-03");
	assert_int_equal(t->article.body.n, 2);
	assert_nowhere(t, "min read");
	assert_nowhere(t, "Listen");
	assert_nowhere(t, "Avatar");
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "Ines Duarte", "December 3rd, 2022 at 6:15 pm",
	              "2022-12-03T18:15", 1);
	check_comment(t->order[1], "Karl Berg", "December 4th, 2022 at 8:02 am", "2022-12-04T08:02",
	              1);
	assert_string_equal(t->order[1]->body.v[0], "Nine days is nothing compared with 1989.");
	tt_thread_free(t);
}

/* Title, subtitle, byline and counters stacked in one block, as on blog platforms. */
static void test_stacked_header_block(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/medium-like-stacked-header.txt", NULL);
	assert_string_equal(t->article.title, "The Economics of Night Buses");
	assert_string_equal(t->article.author, "Jane Roe");
	assert_string_equal(t->article.time, "2023-03-14");
	assert_int_equal(t->article.body.n, 2);
	assert_nowhere(t, "Why cities underfund");
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "Alex P", "Mar 14, 2023", "2023-03-14", 1);
	check_comment(t->order[1], "Jane Roe", "Mar 15, 2023", "2023-03-15", 1);
	assert_string_equal(t->order[1]->body.v[0], "Thanks, that is exactly the point.");
	assert_nowhere(t, "Author");
	assert_nowhere(t, "Share");
	tt_thread_free(t);
}

/* Forum posts, each a profile block, "#N" and the date on lines of their
 * own, then the text and the buttons (MyBB, vBulletin): the first post is
 * the topic; the name is the profile's first line that is not the
 * template's, without the status word every name has; a quotation,
 * indented or repeating the words of the post it names, answers that post.
 * No word of the page is known to the importer. */
static void test_numbered_forum_posts(void **state)
{
	(void)state;
	static const char page[] =
	    "Segelforum\n\nMast aus Douglasie\n\n"
	    "[ava]\nkapitaen_b Abwesend\nMitglied\nBeitraege:\n40\n#1\n13-05-2023, 09:30 AM\n"
	    "Mein Mast hat Risse. Lohnt sich eine Reparatur noch?\n\nSuchen\nAntworten\n"
	    "[ava]\nwerft_ole Abwesend\nMitglied\nBeitraege:\n41\n#2\n13-05-2023, 10:05 AM\n"
	    "Kommt auf die Tiefe der Risse an. Schick ein Foto.\n\nSuchen\nAntworten\n"
	    "[ava]\nsvea Abwesend\nMitglied\nBeitraege:\n42\n#3\n13-05-2023, 11:40 AM\n"
	    "    werft_ole:  Kommt auf die Tiefe der Risse an.\n"
	    "Oberflaechliche Risse sind harmlos.\n\nSuchen\nAntworten\n"
	    "[ava]\nkapitaen_b Abwesend\nMitglied\nBeitraege:\n43\n#4\n14-05-2023, 08:15 AM\n"
	    "Zitat von svea\nOberflaechliche Risse sind harmlos.\n"
	    "Danke, dann schleife ich ihn ab.\n\nSuchen\nAntworten\n\nImpressum\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "werft_ole", "13-05-2023, 10:05 AM", "2023-05-13T10:05", 1);
	assert_null(t->order[0]->parent);
	check_comment(t->order[1], "svea", "13-05-2023, 11:40 AM", "2023-05-13T11:40", 2);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[1]->body.v[0], "> werft_ole:  Kommt auf die Tiefe der Risse an.");
	assert_string_equal(t->order[1]->body.v[1], "Oberflaechliche Risse sind harmlos.");
	check_comment(t->order[2], "kapitaen_b", "14-05-2023, 08:15 AM", "2023-05-14T08:15", 2);
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	assert_string_equal(t->order[2]->body.v[0],
	                    "> Zitat von svea Oberflaechliche Risse sind harmlos.");
	assert_string_equal(t->order[2]->body.v[1], "Danke, dann schleife ich ihn ab.");
	assert_nowhere(t, "Suchen");
	/* the profile of the topic's post stays out of the comments */
	for (size_t i = 0; i < t->ncomments; i++)
		for (size_t k = 0; k < t->order[i]->body.n; k++)
			assert_null(strstr(t->order[i]->body.v[k], "Beitraege"));
	tt_thread_free(t);
}

/* Names and subjects a comment template repeats around its header: the
 * name over a header line that runs it into the next word ("Anna Bergon
 * May 12", Divi), which is not the text of the comment above either; a vote
 * count and the comment's number run into the name ("0#1Anna Berg",
 * JComments), numbered in order; a subject over the header that is the
 * text's first words (Drupal). */
static void test_names_and_subjects_around_headers(void **state)
{
	(void)state;
	static const char divi[] =
	    "Notes from the harbour\n"
	    "\n"
	    "The harbour wall was rebuilt in the spring, and the fishing boats came back soon after that.\n"
	    "\n"
	    "3 Comments\n"
	    "\n"
	    " 1. Anna Berg\n"
	    "    Anna Bergon May 12, 2023 at 9:10 am\n"
	    "\n"
	    "    The new wall looks much stronger than the old one did.\n"
	    "\n"
	    "    Reply\n"
	    "      □ Jan Smit\n"
	    "        Jan Smiton May 12, 2023 at 10:00 am\n"
	    "\n"
	    "        It is, and the stones came from the old quarry.\n"
	    "\n"
	    "        Reply\n"
	    " 2. Piet Vos\n"
	    "    Piet Voson May 13, 2023 at 8:00 am\n"
	    "\n"
	    "    When does the ferry start again?\n"
	    "\n"
	    "    Reply\n";
	tt_thread *t = import_page(divi, sizeof divi - 1);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "Anna Berg", "May 12, 2023 at 9:10 am", "2023-05-12T09:10", 1);
	check_comment(t->order[1], "Jan Smit", "May 12, 2023 at 10:00 am", "2023-05-12T10:00", 1);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	check_comment(t->order[2], "Piet Vos", "May 13, 2023 at 8:00 am", "2023-05-13T08:00", 1);
	tt_thread_free(t);
	static const char jcomments[] =
	    "Notes from the harbour\n"
	    "\n"
	    "The harbour wall was rebuilt in the spring, and the fishing boats came back soon after that.\n"
	    "\n"
	    "Kommentare\n"
	    "\n"
	    "[500] 0#1Anna Berg2023-05-12 09:10\n"
	    "Die neue Mauer sieht viel stabiler aus.\n"
	    "Antworten | Zitieren\n"
	    "[501] 2#2Jan Smit2023-05-12 10:00\n"
	    "Die Steine kamen aus dem alten Bruch.\n"
	    "Antworten | Zitieren\n"
	    "[502] 0#3Piet Vos2023-05-13 08:00\n"
	    "Wann faehrt die Faehre wieder?\n"
	    "Antworten | Zitieren\n";
	t = import_page(jcomments, sizeof jcomments - 1);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "Anna Berg", "2023-05-12 09:10", "2023-05-12T09:10", 1);
	check_comment(t->order[1], "Jan Smit", "2023-05-12 10:00", "2023-05-12T10:00", 1);
	check_comment(t->order[2], "Piet Vos", "2023-05-13 08:00", "2023-05-13T08:00", 1);
	tt_thread_free(t);
	static const char drupal[] =
	    "Notes from the harbour\n"
	    "\n"
	    "The harbour wall was rebuilt in the spring, and the fishing boats came back soon after that.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "The new wall looks much\n"
	    "\n"
	    "Permalink Submitted by Anna Berg on May 12, 2023 - 9:10 am\n"
	    "\n"
	    "The new wall looks much stronger than the old one did.\n"
	    "\n"
	    "  • reply\n"
	    "\n"
	    "It is, and the stones\n"
	    "\n"
	    "Permalink Submitted by Jan Smit on May 12, 2023 - 10:00 am\n"
	    "\n"
	    "It is, and the stones came from the old quarry.\n"
	    "\n"
	    "  • reply\n"
	    "\n"
	    "When does the ferry\n"
	    "\n"
	    "Permalink Submitted by Piet Vos on May 13, 2023 - 8:00 am\n"
	    "\n"
	    "When does the ferry start again?\n"
	    "\n"
	    "  • reply\n"
	    "\n"
	    "Add new comment\n";
	t = import_page(drupal, sizeof drupal - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const words[] = {"The new wall looks much stronger than the old one did.", "It is, and the stones came from the old quarry.", "When does the ferry start again?"};
	check_first_words(t, 3, words);
	tt_thread_free(t);
}


/* Forum posts whose date follows a label, the same first word on every
 * post ("Beitrag von NAME » DATE", phpBB's layout in German): read as the
 * numbered posts are, the name after the buttons of the post before. */
/* A post's number on a line of its own under its date (Kaskus): the
 * number is the post's, not its text's first line; a text that alone opens
 * with "#N" keeps it. */
static void test_numbers_under_dates(void **state)
{
	(void)state;
#define POST(name, when, num, text) name "\n" when "\n" num "\n" text "\n0\nBalas\n\n"
	static const char page[] =
	    "Kebun Kota\n\nMenanam cabai di balkon: ada yang pernah coba? Saya baru mulai.\n\n" POST(
	        "rina_w", "14-06-2024 08:10", "#1", "Pernah, pakai pot besar dan sinar pagi.")
	        POST("dodi88", "14-06-2024 09:02", "[12]#2", "Cabai rawit paling gampang.")
	            POST("sekar", "14-06-2024 09:45", "#3", "Jangan lupa lubang di dasar pot.");
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	/* the vote count "0" under every post is the site's (tt_textlinks_drop_lines) */
	static const char *const words[] = {"Pernah, pakai pot besar dan sinar pagi.", "Cabai rawit paling gampang.", "Jangan lupa lubang di dasar pot."};
	check_first_words(t, 3, words);
	assert_string_equal(t->order[1]->author, "dodi88");
	tt_thread_free(t);
	/* One text opening with a number: the writer's, kept. */
	static const char one[] =
	    "Kebun Kota\n\nMenanam cabai di balkon: ada yang pernah coba? Saya baru mulai.\n\n" POST(
	        "rina_w", "14-06-2024 08:10", "Pernah, pakai pot besar.", "Dan sinar pagi.")
	        POST("dodi88", "14-06-2024 09:02", "#2", "Cabai rawit paling gampang.")
	            POST("sekar", "14-06-2024 09:45", "Jangan lupa", "lubang di dasar pot.");
	t = import_page(one, sizeof one - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->body.v[0], "#2\nCabai rawit paling gampang.");
	tt_thread_free(t);
#undef POST
}

/* A forum's opening post over posts numbered from #1 (Kaskus): the topic,
 * its words the article's, no comment; posts numbered from another number
 * leave the first a comment. */
static void test_topic_over_numbered_posts(void **state)
{
	(void)state;
#define POST(name, when, num, text) name "\n" when "\n" num text "\n0\nBalas\n\n"
#define PAGE(a, b, c)                                                                              \
	"Kebun Kota\n\nBeranda\n\n" POST("tania", "14-06-2024 07:30", "",                              \
	                                   "Menanam cabai di balkon: ada yang pernah coba?")            \
	    POST("rina_w", "14-06-2024 08:10", a, "Pernah, pakai pot besar dan sinar pagi.")           \
	        POST("dodi88", "14-06-2024 09:02", b, "Cabai rawit paling gampang.")                  \
	            POST("sekar", "14-06-2024 09:45", c, "Jangan lupa lubang di dasar pot.")
	static const char page[] = PAGE("#1\n", "#2\n", "#3\n");
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "rina_w");
	assert_string_equal(t->order[0]->body.v[0], "Pernah, pakai pot besar dan sinar pagi.");
	int found = 0;
	for (size_t i = 0; i < t->article.body.n; i++)
		found |= strstr(t->article.body.v[i], "Menanam cabai di balkon") != NULL;
	assert_true(found);
	tt_thread_free(t);
	static const char later[] = PAGE("#4\n", "#5\n", "#6\n");
	t = import_page(later, sizeof later - 1);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "tania");
	assert_string_equal(t->order[1]->body.v[0], "Pernah, pakai pot besar dan sinar pagi.");
	tt_thread_free(t);
#undef PAGE
#undef POST
}

static void test_labelled_forum_posts(void **state)
{
	(void)state;
	static const char page[] =
	    "Segelforum\n"
	    "\n"
	    "Mast aus Douglasie\n"
	    "\n"
	    "kapitaen_b\n"
	    "    Mitglied\n"
	    "    Beitraege: 40\n"
	    "\n"
	    "Re: Mast aus Douglasie\n"
	    "\n"
	    "  • Zitieren\n"
	    "\n"
	    "Beitrag von kapitaen_b » Mi 10. Mai 2023, 09:30\n"
	    "\n"
	    "Mein Mast hat Risse. Lohnt sich eine Reparatur noch?\n"
	    "Nach oben\n"
	    "━━━━━━━━━━━━━━━━━━━━\n"
	    "\n"
	    "werft_ole\n"
	    "    Mitglied\n"
	    "    Beitraege: 41\n"
	    "\n"
	    "Re: Mast aus Douglasie\n"
	    "\n"
	    "  • Zitieren\n"
	    "\n"
	    "Beitrag von werft_ole » Mi 10. Mai 2023, 10:05\n"
	    "\n"
	    "Kommt auf die Tiefe der Risse an. Schick ein Foto.\n"
	    "Nach oben\n"
	    "━━━━━━━━━━━━━━━━━━━━\n"
	    "\n"
	    "svea\n"
	    "    Mitglied\n"
	    "    Beitraege: 42\n"
	    "\n"
	    "Re: Mast aus Douglasie\n"
	    "\n"
	    "  • Zitieren\n"
	    "\n"
	    "Beitrag von svea » Mi 10. Mai 2023, 11:40\n"
	    "\n"
	    "    werft_ole hat geschrieben: Kommt auf die Tiefe\n"
	    "\n"
	    "Oberflaechliche Risse sind harmlos.\n"
	    "Nach oben\n"
	    "━━━━━━━━━━━━━━━━━━━━\n"
	    "\n"
	    "kapitaen_b\n"
	    "    Mitglied\n"
	    "    Beitraege: 43\n"
	    "\n"
	    "Re: Mast aus Douglasie\n"
	    "\n"
	    "  • Zitieren\n"
	    "\n"
	    "Beitrag von kapitaen_b » Do 11. Mai 2023, 08:15\n"
	    "\n"
	    "Danke, dann schleife ich ihn ab.\n"
	    "Nach oben\n"
	    "━━━━━━━━━━━━━━━━━━━━\n"
	    "\n"
	    "Impressum\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "werft_ole", "Mi 10. Mai 2023, 10:05", "2023-05-10T10:05", 1);
	check_comment(t->order[1], "svea", "Mi 10. Mai 2023, 11:40", "2023-05-10T11:40", 2);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[1]->body.v[0], "> werft_ole hat geschrieben: Kommt auf die Tiefe");
	check_comment(t->order[2], "kapitaen_b", "Do 11. Mai 2023, 08:15", "2023-05-11T08:15", 1);
	assert_null(t->order[2]->parent);
	for (size_t i = 0; i < t->ncomments; i++) /* the buttons are no text */
		for (size_t k = 0; k < t->order[i]->body.n; k++)
			assert_null(strstr(t->order[i]->body.v[k], "Nach oben"));
	tt_thread_free(t);
}

/* Posts whose date line opens with the post's number ("#2 Post by NAME »
 * DATE", phpBB's w3m dump; lynx's "[41]#2 [42]Post by [43]NAME » DATE"):
 * the words after the number are the label every post repeats, and the
 * name is the box's line the date line names, not an avatar's alt text
 * over it ("Profile picture"). */
static void test_numbered_labelled_posts(void **state)
{
	(void)state;
	static const char page[] =
	    "Tide Tables Board\n"
	    "\n"
	    "Neap tides at the estuary\n"
	    "\n"
	    "gullwing\n"
	    "    Posts: 12\n"
	    "    Joined: 2019-03-02 10:00\n"
	    "\n"
	    "  • Quote\n"
	    "\n"
	    "#1 Post by gullwing » 2023-06-01 09:30\n"
	    "\n"
	    "Why are neap tides so weak at our estuary this month?\n"
	    "Top\n"
	    "━━━━━━━━━━━━━━━━━━━━\n"
	    "\n"
	    "Profile picture\n"
	    "harbour_m\n"
	    "    Posts: 410\n"
	    "    Joined: 2011-01-20 08:15\n"
	    "    Location: Pier 4\n"
	    "\n"
	    "  • Quote\n"
	    "\n"
	    "#2 Post by harbour_m » 2023-06-01 11:02\n"
	    "\n"
	    "The moon is in its first quarter; the sun pulls across it.\n"
	    "Top\n"
	    "━━━━━━━━━━━━━━━━━━━━\n"
	    "\n"
	    "gullwing\n"
	    "    Posts: 13\n"
	    "    Joined: 2019-03-02 10:00\n"
	    "\n"
	    "  • Quote\n"
	    "\n"
	    "#3 Post by gullwing » 2023-06-02 18:40\n"
	    "\n"
	    "Thanks, that explains the low water at noon.\n"
	    "Top\n"
	    "━━━━━━━━━━━━━━━━━━━━\n"
	    "\n"
	    "reedbed\n"
	    "    Posts: 7\n"
	    "    Joined: 2022-08-09 19:05\n"
	    "\n"
	    "  • Quote\n"
	    "\n"
	    "#4 Post by reedbed » 2023-06-03 07:12\n"
	    "\n"
	    "Springs come back next week, so watch the moorings.\n"
	    "Top\n"
	    "━━━━━━━━━━━━━━━━━━━━\n"
	    "\n"
	    "Board index\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "harbour_m", "2023-06-01 11:02", "2023-06-01T11:02", 1);
	check_comment(t->order[1], "gullwing", "2023-06-02 18:40", "2023-06-02T18:40", 1);
	check_comment(t->order[2], "reedbed", "2023-06-03 07:12", "2023-06-03T07:12", 1);
	assert_string_equal(t->order[0]->body.v[0],
	                    "The moon is in its first quarter; the sun pulls across it.");
	for (size_t i = 0; i < t->ncomments; i++)
		assert_null(t->order[i]->parent);
	tt_thread_free(t);
}

/* Posts dated over their numbers, both items of the post's list ("• May 6,
 * 2024" / "•" / "• #2", XenForo 2): the date line opens the post's header,
 * the text starts under the number, the name is the box's line under its
 * avatar (its first letter alone, or the same words), a quotation of the
 * topic indented over the text is its first paragraph ("> NAME said:") and
 * answers no comment, one of an earlier post answers that post. */
static void test_dates_over_post_numbers(void **state)
{
	(void)state;
#define BOX(avatar, name, rank, joined) avatar "\n\n" name "\n\n" rank "\n\nJoined\n    " joined "\n\nMessages\n    12\n\n"
#define HEAD(date, num) "  • " date "\n\n  •  \n  • #" num "\n\n"
	static const char page[] =
	    "Kettle Forum\n"
	    "\n"
	    "Descaling a copper kettle\n"
	    "\n" BOX("P", "pennyfarthing", "New Member", "Feb 2, 2020") HEAD("Mar 3, 2024", "1")
	    "Vinegar or citric acid for a copper kettle? The inside has gone chalky.\n"
	    "\n" BOX("hobnob", "hobnob", "Regular", "Jan 5, 2019") HEAD("Mar 3, 2024", "2")
	    "    pennyfarthing said:\n"
	    "    Vinegar or citric acid for a copper kettle? The inside has gone chalky.\n"
	    "    Click to expand...\n"
	    "\n"
	    "Citric acid, and rinse twice after.\n"
	    "\n" BOX("T", "tinker_j", "Regular", "Aug 8, 2018") HEAD("Mar 4, 2024", "3")
	    "Never vinegar on the solder joints.\n"
	    "\n" BOX("P", "pennyfarthing", "New Member", "Feb 2, 2020") HEAD("Mar 5, 2024", "4")
	    "    hobnob said:\n"
	    "    Citric acid, and rinse twice after.\n"
	    "    Click to expand...\n"
	    "\n"
	    "Done, it shines again. Thanks!\n";
#undef BOX
#undef HEAD
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "hobnob", "Mar 3, 2024", "2024-03-03", 2);
	assert_string_equal(t->order[0]->body.v[0],
	                    "> pennyfarthing said: Vinegar or citric acid for a copper kettle? The "
	                    "inside has gone chalky. Click to expand...");
	assert_null(t->order[0]->parent);
	check_comment(t->order[1], "pennyfarthing", "Mar 5, 2024", "2024-03-05", 2);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	check_comment(t->order[2], "tinker_j", "Mar 4, 2024", "2024-03-04", 1);
	assert_string_equal(t->order[2]->body.v[0], "Never vinegar on the solder joints.");
	assert_null(t->order[2]->parent);
	tt_thread_free(t);
}

/* A reply's number between its name and its date ("gazeldx #3 1 月前",
 * Homeland): the number is no part of the name. */
static void test_post_number_after_name(void **state)
{
	(void)state;
	static const char page[] =
	    "Lantern Club\n"
	    "\n"
	    "Which wick for a storm lantern? Mine smokes after an hour of burning.\n"
	    "\n"
	    "moth_44 #1 2 days ago\n"
	    "\n"
	    "Trim it flat, then a quarter turn lower.\n"
	    "\n"
	    "oilcan #2 2 days ago\n"
	    "\n"
	    "A cotton wick, never the glass fibre kind.\n"
	    "\n"
	    "moth_44 #3 1 day ago\n"
	    "\n"
	    "And keep the chimney clean.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"moth_44", "oilcan", "moth_44"};
	check_tree(t, 3, authors, NULL, 1);
	assert_string_equal(t->order[1]->posted, "2 days ago");
	tt_thread_free(t);
}

/* A short line opening with a number but ending in a full-width stop ("1
 * 楼说得对。", a reply naming the floor it answers) is a sentence, not a
 * heading stating a count: the comments above it stay comments. */
static void test_wide_stop_no_count(void **state)
{
	(void)state;
	static const char page[] =
	    "Lantern Club\n"
	    "\n"
	    "Which wick for a storm lantern? Mine smokes after an hour of burning.\n"
	    "\n"
	    "[a1]\n"
	    "moth_44 #1 2 days ago\n"
	    "\n"
	    "Trim it flat, then a quarter turn lower.\n"
	    "\n"
	    "[b2]\n"
	    "oilcan #2 2 days ago\n"
	    "\n"
	    "1 楼说得对。\n"
	    "\n"
	    "[c3]\n"
	    "reed #3 1 day ago\n"
	    "\n"
	    "A cotton wick, never the glass fibre kind.\n"
	    "\n"
	    "[d4]\n"
	    "moth_44 #4 1 day ago\n"
	    "\n"
	    "And keep the chimney clean.\n";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	struct tt_import_opts o = {.report = &r};
	tt_error err;
	tt_thread *t = tt_import_mem("p.txt", page, sizeof page - 1, &o, &err);
	assert_non_null(t);
	assert_int_equal(t->ncomments, 4);
	static const char *const authors[] = {"moth_44", "oilcan", "reed", "moth_44"};
	check_tree(t, 4, authors, NULL, 0);
	assert_string_equal(t->order[1]->body.v[0], "1 楼说得对。");
	assert_int_equal(r.stated, -1);
	tt_import_report_free(&r);
	tt_thread_free(t);
}

/* Chinese ages of any unit before 前 ("28 天前", "5 小时前") are dates
 * worth reading (tt_dates_plausible let only 年 and 月 after a number
 * through): the headers they end are read, here after a reply's number
 * ("NAME #N 28 天前", Homeland), which asks the filter first. */
static void test_chinese_ages_in_headers(void **state)
{
	(void)state;
	static const char page[] =
	    "Lantern Club\n"
	    "\n"
	    "Which wick for a storm lantern? Mine smokes after an hour of burning.\n"
	    "\n"
	    "moth_44 #1 28 天前\n"
	    "\n"
	    "Trim it flat, then a quarter turn lower.\n"
	    "\n"
	    "oilcan #2 3 天前\n"
	    "\n"
	    "A cotton wick, never the glass fibre kind.\n"
	    "\n"
	    "reed #3 5 小时前\n"
	    "\n"
	    "And keep the chimney clean.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "moth_44", "28 天前", NULL, 1);
	check_comment(t->order[1], "oilcan", "3 天前", NULL, 1);
	check_comment(t->order[2], "reed", "5 小时前", NULL, 1);
	assert_string_equal(t->order[2]->body.v[0], "And keep the chimney clean.");
	tt_thread_free(t);
}

/* Kunena's post header, the date then the post's number, a short word and
 * the name ("2 weeks ago #2 by NAME"), read as a header; the line every
 * post's text then opens with, the same words around its own author
 * ("Replied by NAME on topic TITLE"), is the header's, no text. */
static void test_date_number_name_headers(void **state)
{
	(void)state;
	static const char page[] =
	    "Bee Keepers\n"
	    "\n"
	    "Swarm in the chimney: how do I get them out before winter comes?\n"
	    "\n"
	    "3 weeks ago #2 by hive_mind\n"
	    "Replied by hive_mind on topic Swarm in the chimney\n"
	    "Hello,\n"
	    "\n"
	    "Call a local beekeeper, most will collect a swarm for free.\n"
	    "\n"
	    "2 weeks ago #3 by waxwing\n"
	    "Replied by waxwing on topic Swarm in the chimney\n"
	    "Smoke will not move them once they have built comb.\n"
	    "\n"
	    "1 week ago #4 by hive_mind\n"
	    "Replied by hive_mind on topic Swarm in the chimney\n"
	    "They are gone now, thanks.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "hive_mind", "3 weeks ago", NULL, 2);
	assert_string_equal(t->order[0]->body.v[0], "Hello,");
	check_comment(t->order[1], "waxwing", "2 weeks ago", NULL, 1);
	assert_string_equal(t->order[1]->body.v[0],
	                    "Smoke will not move them once they have built comb.");
	check_comment(t->order[2], "hive_mind", "1 week ago", NULL, 1);
	assert_string_equal(t->order[2]->body.v[0], "They are gone now, thanks.");
	tt_thread_free(t);
}

/* A header's date followed by a remark in brackets holding an edit's date
 * ("(changed 3 days ago)", "(bearbeitet 13.03.2021)"): the header is read,
 * with the date before the remark as its time; words in brackets with no
 * date in them are no edit. */
static void test_edited_dates_in_brackets(void **state)
{
	(void)state;
	static const char page[] =
	    "Boatshed - a board for small boat builders\n"
	    "\n"
	    "Scarf joints for a mast\n"
	    "\n"
	    "How long should a scarf joint be on a hollow spruce mast? I have read\n"
	    "eight to one and twelve to one and cannot decide which to trust.\n"
	    "\n"
	    "keelson - 3 days ago | board\n"
	    "\n"
	    "Twelve to one for anything that carries a sail.\n"
	    "\n"
	    "^answer\n"
	    "tiller_tom - 12.03.2021 14:05 (bearbeitet 13.03.2021) | board\n"
	    "\n"
	    "Eight to one is fine with modern epoxy.\n"
	    "\n"
	    "^answer\n"
	    "oarlock - 2 days ago (changed 1 day ago) | board\n"
	    "\n"
	    "I glued mine at ten to one and it has held for years.\n"
	    "\n"
	    "^answer\n"
	    "bilge - 1 day ago (in the shed) | board\n"
	    "\n"
	    "Mine too.\n"
	    "\n"
	    "^answer\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "keelson", "3 days ago", NULL, 1);
	check_comment(t->order[1], "tiller_tom", "12.03.2021 14:05", "2021-03-12T14:05", 1);
	/* the last header's brackets hold no date: no header, the text above's */
	check_comment(t->order[2], "oarlock", "2 days ago", NULL, 3);
	assert_string_equal(t->order[2]->body.v[1], "^answer\nbilge - 1 day ago (in the shed) | board");
	tt_thread_free(t);
}

/* Replies nested by a style sheet alone, dumped flat: a header with the
 * first comment's links and one more ("| topic up" under "| topic") is a
 * reply; under the comment whose own link has the address lynx lists for
 * the added link, else (w3m: no addresses) under the comment above it. */
static void test_replies_told_by_header_links(void **state)
{
	(void)state;
	static const char flat[] =
	    "Rowing club\n"
	    "\n"
	    "Which oars for a beginner's skiff? Wooden ones feel nicer, but carbon ones\n"
	    "are lighter and the club has money left this year.\n"
	    "\n"
	    "anna - 3 days ago | topic[ ]\n"
	    "\n"
	    "Carbon, without a doubt.\n"
	    "\n"
	    "^answer\n"
	    "ben - 3 days ago | topic up[ ]\n"
	    "\n"
	    "Too stiff for a beginner.\n"
	    "\n"
	    "^answer\n"
	    "cleo - 2 days ago | topic up[ ]\n"
	    "\n"
	    "Not with the soft shafts.\n"
	    "\n"
	    "^answer\n"
	    "dora - 2 days ago | topic[ ]\n"
	    "\n"
	    "Ask the coach first.\n"
	    "\n"
	    "^answer\n";
	tt_thread *t = import_page(flat, sizeof flat - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const names[] = {"anna", "ben", "cleo", "dora"};
	static const unsigned chain[] = {0, 1, 2, 0};
	check_tree(t, 4, names, chain, 1);
	tt_thread_free(t);

	static const char listed[] =
	    "   Rowing club\n"
	    "\n"
	    "   Which oars for a beginner's skiff? Wooden ones feel nicer, but carbon\n"
	    "   ones are lighter and the club has money left this year.\n"
	    "\n"
	    "   [1]anna - 3 days ago | [2]topic [ ]\n"
	    "\n"
	    "   Carbon, without a doubt.\n"
	    "   ^[3]answer\n"
	    "   [4]ben - 3 days ago | [5]topic[6] up [ ]\n"
	    "\n"
	    "   Too stiff for a beginner.\n"
	    "   ^[7]answer\n"
	    "   [8]cleo - 2 days ago | [9]topic[10] up [ ]\n"
	    "\n"
	    "   Not when the shafts are soft.\n"
	    "   ^[11]answer\n"
	    "   [12]emil - 2 days ago | [13]topic[14] up [ ]\n"
	    "\n"
	    "   Soft shafts break.\n"
	    "   ^[15]answer\n"
	    "\n"
	    "   [16]dora - 2 days ago | [17]topic [ ]\n"
	    "\n"
	    "   Ask the coach first.\n"
	    "   ^[18]answer\n"
	    "\n"
	    "References\n"
	    "\n"
	    "   1. file:///user/1/\n"
	    "   2. file:///topic/5/\n"
	    "   3. file:///c/40/\n"
	    "   4. file:///user/2/\n"
	    "   5. file:///topic/5/\n"
	    "   6. file:///c/40/\n"
	    "   7. file:///c/41/\n"
	    "   8. file:///user/3/\n"
	    "   9. file:///topic/5/\n"
	    "  10. file:///c/40/\n"
	    "  11. file:///c/42/\n"
	    "  12. file:///user/4/\n"
	    "  13. file:///topic/5/\n"
	    "  14. file:///c/42/\n"
	    "  15. file:///c/43/\n"
	    "  16. file:///user/5/\n"
	    "  17. file:///topic/5/\n"
	    "  18. file:///c/44/\n";
	t = import_page(listed, sizeof listed - 1);
	assert_int_equal(t->ncomments, 5);
	static const char *const names2[] = {"anna", "ben", "cleo", "emil", "dora"};
	static const unsigned tree[] = {0, 1, 1, 2, 0}; /* cleo answers anna, emil cleo */
	check_tree(t, 5, names2, tree, 1);
	tt_thread_free(t);
}

/* Member boxes under an avatar written as the name over and over ("kiraKIRA"
 * style alt text, run together or spaced): the name under it however often
 * its member posts, a date after a label of a word or two ("Topic starter
 * DATE"), under a blank line (w3m) or as the box's last line (lynx); the
 * buttons over the avatar are the post above's. */
static void test_member_boxes_under_avatars(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Paddlers' forum\n"
	    "\n"
	    "Which spray deck for a narrow cockpit? Mine leaks at the back every time I roll and I\n"
	    "would like one that keeps the water out for a whole afternoon on the lake.\n"
	    "\n"
	    "Answer\n"
	    "ruthruthruth\n"
	    "ruth\n"
	    "(@ruth)\n"
	    "Member\n"
	    "Joined: 2 years ago\n"
	    "Posts: 31\n"
	    "\n"
	    "Topic starter 03/04/2024 8:10 am\n"
	    "\n"
	    "Neoprene, and a size smaller than the shop says.\n"
	    "\n"
	    "AnswerCite\n"
	    "olafolaf\n"
	    "olaf\n"
	    "(@olaf)\n"
	    "Member\n"
	    "Joined: 1 year ago\n"
	    "Posts: 7\n"
	    "\n"
	    "03/04/2024 9:45 am\n"
	    "\n"
	    "Nylon ones leak at the seams.\n"
	    "\n"
	    "AnswerCite\n"
	    "ruthruthruth\n"
	    "ruth\n"
	    "(@ruth)\n"
	    "Member\n"
	    "Joined: 2 years ago\n"
	    "Posts: 31\n"
	    "\n"
	    "Topic starter 04/04/2024 6:02 pm\n"
	    "\n"
	    "Tried it today: dry.\n"
	    "\n"
	    "AnswerCite\n";
	static const char *const names[] = {"ruth", "olaf", "ruth"};
	static const char *const times[] = {"03/04/2024 8:10 am", "03/04/2024 9:45 am",
	                                    "04/04/2024 6:02 pm"};
	static const char *const words[] = {"Neoprene, and a size smaller than the shop says.", "Nylon ones leak at the seams.", "Tried it today: dry."};
	tt_thread *t = import_page(w3m, sizeof w3m - 1);
	assert_true(t->ncomments >= 3);
	check_tree(t, 3, names, NULL, 0);
	check_first_words(t, 3, words);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t->order[i]->posted, times[i]);
	tt_thread_free(t);

	static const char lynx[] =
	    "   Paddlers' forum\n"
	    "\n"
	    "   Which spray deck for a narrow cockpit? Mine leaks at the back every time I roll\n"
	    "   and I would like one that keeps the water out for a whole afternoon on the lake.\n"
	    "\n"
	    "   Answer\n"
	    "   ruth ruth ruth\n"
	    "    [4]ruth\n"
	    "   (@ruth)\n"
	    "   Member\n"
	    "   Joined: 2 years ago\n"
	    "   Posts: 31\n"
	    "   Topic starter 03/04/2024 8:10 am\n"
	    "\n"
	    "   Neoprene, and a size smaller than the shop says.\n"
	    "\n"
	    "   AnswerCite\n"
	    "   olaf olaf\n"
	    "    [5]olaf\n"
	    "   (@olaf)\n"
	    "   Member\n"
	    "   Joined: 1 year ago\n"
	    "   Posts: 7\n"
	    "   03/04/2024 9:45 am\n"
	    "\n"
	    "   Nylon ones leak at the seams.\n"
	    "\n"
	    "   AnswerCite\n"
	    "   ruth ruth ruth\n"
	    "    [6]ruth\n"
	    "   (@ruth)\n"
	    "   Member\n"
	    "   Joined: 2 years ago\n"
	    "   Posts: 31\n"
	    "   Topic starter 04/04/2024 6:02 pm\n"
	    "\n"
	    "   Tried it today: dry.\n"
	    "\n"
	    "   AnswerCite\n";
	t = import_page(lynx, sizeof lynx - 1);
	assert_true(t->ncomments >= 3);
	check_tree(t, 3, names, NULL, 0);
	check_first_words(t, 3, words);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t->order[i]->posted, times[i]);
	tt_thread_free(t);
}

/* A post's number after its date ("March 2, 2021 at 8:15 am #4471", the
 * permalink's text) is no part of the date: a date over name header. */
static void test_post_number_after_date(void **state)
{
	(void)state;
	static const char page[] =
	    "Woodworking forum\n"
	    "\n"
	    "How do you flatten a workbench top that is wider than your longest plane? I\n"
	    "have tried winding sticks but the middle stays low.\n"
	    "\n"
	    "    March 2, 2021 at 8:15 am #4471\n"
	    "    [a1b2c3]Greta Holm\n"
	    "    Participant\n"
	    "\n"
	    "    Router sled, then a scraper.\n"
	    "\n"
	    "    March 2, 2021 at 9:40 am #4475\n"
	    "    [d4e5f6]pit_saw\n"
	    "    Participant\n"
	    "\n"
	    "    A jointer plane in two directions works too.\n"
	    "\n"
	    "    March 3, 2021 at 7:05 pm #4502\n"
	    "    [a1b2c3]Greta Holm\n"
	    "    Participant\n"
	    "\n"
	    "    Only if the top is dry.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const names[] = {"Greta Holm", "pit_saw", "Greta Holm"};
	check_tree(t, 3, names, NULL, 0);
	assert_string_equal(t->order[0]->posted, "March 2, 2021 at 8:15 am");
	assert_string_equal(t->order[1]->posted, "March 2, 2021 at 9:40 am");
	assert_string_equal(t->order[2]->posted, "March 3, 2021 at 7:05 pm");
	assert_string_equal(t->order[2]->body.v[t->order[2]->body.n - 1], "Only if the top is dry.");
	tt_thread_free(t);
}

/* tt_textline_author_name keeps its answers by text: asked again of the
 * same bytes elsewhere, it hands back a name within the text it is asked
 * of, and where it finds none it leaves *out as it was. */
static void test_author_name_memo_by_text(void **state)
{
	(void)state;
	char a[] = "[12]Ann Lee", b[] = "[12]Ann Lee";
	const char *name = NULL;
	assert_int_equal(tt_textline_author_name(a, strlen(a), &name), 7);
	assert_ptr_equal(name, a + 4);
	assert_int_equal(tt_textline_author_name(b, strlen(b), &name), 7);
	assert_ptr_equal(name, b + 4);
	static const char none[] = "This is a whole sentence, no name at all.";
	const char *kept = b;
	for (int k = 0; k < 2; k++) {
		assert_int_equal(tt_textline_author_name(none, sizeof none - 1, &kept), 0);
		assert_ptr_equal(kept, b);
	}
	/* a prefix of a text is another text */
	assert_int_equal(tt_textline_author_name(a, 7, &name), 3);
	assert_ptr_equal(name, a + 4);
}

/* tt_textline_has_letter counts digits as letters (a name of figures is
 * one), tt_textline_has_alpha does not; both take any script's letters
 * and neither a symbol of U+2000-U+2FFF ("•", "━"). */
static void test_textline_letters(void **state)
{
	(void)state;
	static const char digits[] = "1999 23", bullet[] = "\xE2\x80\xA2 \xE2\x94\x81", name[] = "\xD0\xAF 2";
	assert_true(tt_textline_has_letter(digits, sizeof digits - 1));
	assert_false(tt_textline_has_alpha(digits, sizeof digits - 1));
	assert_false(tt_textline_has_letter(bullet, sizeof bullet - 1));
	assert_false(tt_textline_has_alpha(bullet, sizeof bullet - 1));
	assert_true(tt_textline_has_alpha(name, sizeof name - 1));
	assert_true(tt_textline_has_alpha("FJB", 3));
}

/* A name whose first word ends in an apostrophe ("lil' homie") keeps it:
 * only a word whose quote closes one opened in it (an avatar's alt text,
 * "x@y.org'x@y.org'") or an address is the avatar's, not the name's. */
static void test_name_word_ending_in_apostrophe(void **state)
{
	(void)state;
	const char *name;
	static const char plain[] = "lil' homie";
	assert_int_equal(tt_textline_author_name(plain, sizeof plain - 1, &name), sizeof plain - 1);
	assert_ptr_equal(name, plain);
	static const char alt[] = "ann@example.org'ann@example.org' Ann Lee";
	assert_int_equal(tt_textline_author_name(alt, sizeof alt - 1, &name), 7);
	assert_string_equal(name, "Ann Lee");
	static const char page[] =
	    "Board\n"
	    "\n"
	    "Which knot holds best on a wet rope? I have used the bowline for years but\n"
	    "it slips now and then.\n"
	    "\n"
	    "ann - 2 years ago | thread[ ]\n"
	    "\n"
	    "Try a double bowline.\n"
	    "\n"
	    "^reply\n"
	    "lil' homie - 2 years ago | thread[ ]\n"
	    "\n"
	    "The figure eight never slips.\n"
	    "\n"
	    "^reply\n"
	    "bob - 2 years ago | thread[ ]\n"
	    "\n"
	    "Tape the tail.\n"
	    "\n"
	    "^reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const names[] = {"ann", "lil' homie", "bob"};
	assert_true(t->ncomments >= 3);
	check_tree(t, 3, names, NULL, 0);
	tt_thread_free(t);
}

/* A text browser's dump: link numbers, numbered nested comments, references. */
static void test_text_browser_dump(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/lynx-dump-links.txt", NULL);
	assert_string_equal(t->article.title, "The Harbour Light Restoration");
	assert_string_equal(t->article.author, "Maren Holt");
	assert_string_equal(t->article.time, "2022-12-03");
	assert_int_equal(t->article.body.n, 2);
	assert_string_equal(
	    t->article.body.v[0],
	    "The lighthouse lamp, dark since 1998, was lit again on Saturday after\n"
	    "four years of work by volunteers who rebuilt the lens mount and\n"
	    "rewired the tower.");
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "Oskar Lund", "3 December 2022 at 19:02", "2022-12-03T19:02", 1);
	check_comment(t->order[1], "Maren Holt", "3 December 2022 at 20:15", "2022-12-03T20:15", 1);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	check_comment(t->order[2], "Ida Berg", "4 December 2022 at 08:40", "2022-12-04T08:40", 1);
	assert_null(t->order[2]->parent);
	assert_nowhere(t, "Reply");
	assert_nowhere(t, "http://example.org");
	assert_nowhere(t, "Skip to content");
	tt_thread_free(t);
}

/* Indented headers over text at the margin: the text is still the comments'. */
static void test_headers_indented_text_not(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/numbered-headers-flush-text.txt", NULL);
	assert_string_equal(t->article.author, "Lena Ortiz");
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "Tomas", "December 3, 2022 at 5:54 pm", "2022-12-03T17:54", 1);
	check_comment(t->order[1], "Lena Ortiz", "December 3, 2022 at 6:10 pm", "2022-12-03T18:10",
	              2);
	assert_string_equal(t->order[1]->body.v[1], "Half the honey comes from them.");
	tt_thread_free(t);
}

/* A name and date inside the article (an embedded post) do not start the
 * comments when a comment heading comes later. */
static void test_embedded_post_in_article(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/embedded-post-then-heading.txt", NULL);
	assert_string_equal(t->article.title, "Ferry Fares Rise Again");
	assert_int_equal(t->article.body.n, 5);
	assert_string_equal(t->article.body.v[2], "Kari Hansen\nDecember 4, 2022");
	assert_true(!strncmp(t->article.body.v[4], "The company says fuel costs", 27));
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "Per Olsen", "December 5, 2022 at 7:30 am", "2022-12-05T07:30",
	              1);
	check_comment(t->order[1], "Eva Berg", "December 5, 2022 at 9:12 am", "2022-12-05T09:12",
	              1);
	tt_thread_free(t);
}

/* A short closing paragraph of the last comment is not taken for the footer. */
static void test_footer_keeps_short_last_paragraph(void **state)
{
	(void)state;
	static const char page[] =
	    "A Title For This Page\n\n"
	    "Some article text that is long enough to be prose, with a period "
	    "at the end of it.\n\nComments\n\nAnna\nDec 3, 2022\nGreat post."
	    "\n\nCheers\n\nAbout\nContact\n\xC2\xA9 2022 Site\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 1);
	assert_int_equal(t->first->body.n, 2);
	assert_string_equal(t->first->body.v[1], "Cheers");
	assert_nowhere(t, "Contact");
	tt_thread_free(t);
}

/* A sentence that begins like the reply form is the article's, not the form. */
static void test_form_words_in_a_sentence(void **state)
{
	(void)state;
	static const char page[] =
	    "Why We Ride at Night\n\nThe roads are empty after ten, the air is cool, and the "
	    "city sounds different.\n\nLeave a comment below and tell us where you like to ride "
	    "after dark!\n\nComments\n\nAnna\nDec 3, 2022\nAlong the river, always.\n"
	    "I first rode it on\nDecember 24, 2019\nand never stopped.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->article.body.n, 2);
	assert_true(!strncmp(t->article.body.v[1], "Leave a comment below", 21));
	assert_int_equal(t->ncomments, 1);
	/* A line ending "on" over a date is the comment's text, not a new header. */
	assert_string_equal(t->first->body.v[0], "Along the river, always.\nI first rode it on\n"
	                                         "December 24, 2019\nand never stopped.");
	tt_thread_free(t);
}

/* An avatar whose alt text is digits alone reads like a link number: the
 * name after it keeps no leading space. */
static void test_numeric_avatar_before_name(void **state)
{
	(void)state;
	static const char page[] =
	    "Songs of the Eighties\n\nA short look back at the bands that filled the radio, with a "
	    "period at the end.\n\n2 Responses\n\n 1. [454] Gloria says:\n    July 30, 2011 at "
	    "7:48 "
	    "pm\n\n    The sisters are goddesses.\n\n 2. [fc0] Tim says:\n    July 31, 2011 at "
	    "9:02 "
	    "am\n\n    They are.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Gloria");
	assert_string_equal(t->order[1]->author, "Tim");
	tt_thread_free(t);
}

/* The first words of a comment's text, its leading blanks skipped. */
static int text_opens(const tt_comment *c, const char *words)
{
	const char *b = c->body.n ? c->body.v[0] : "";
	b += strspn(b, " ");
	return !strncmp(b, words, strlen(words));
}

/* PIXNET's comment list, dumped: "#1 ● NAMENAME於 DATE" (the comment's
 * number, the avatar's mark, the name written twice, a joining word), the
 * name once more as an item of its own, the text as items of the same list;
 * lynx numbers the links and puts a lone link of one word first (its
 * "post a comment" button), which no signature claims. */
static void test_numbered_doubled_header(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Camping\n\nA long article about camping in the mountains, with a period at the "
	    "end.\n\n[minus] \xE7\x95\x99\xE8\xA8\x80 (2)\n\n"
	    "  \xE2\x80\xA2 #1 \xE2\x97\x8F \xE5\xB0\x8F\xE9\xB3\xB3\xE5\xB0\x8F\xE9\xB3\xB3"
	    "\xE6\x96\xBC 2013/12/28 10:28\n  \xE2\x80\xA2 \xE5\xB0\x8F\xE9\xB3\xB3\n"
	    "  \xE2\x80\xA2 \n    Camping in the autumn\n\n"
	    "  \xE2\x80\xA2 #2 \xE2\x97\x8F linghua linghua \xE6\x96\xBC 2013/12/28 21:29\n"
	    "  \xE2\x80\xA2 linghua\n  \xE2\x80\xA2 \n    What a thick red carpet\n";
	static const char lynx[] =
	    "Camping\n\nA long article about camping in the mountains, with a period at the "
	    "end.\n\n[minus.gif] \xE7\x95\x99\xE8\xA8\x80 (2)\n\n   [25]\xE7\x95\x99\xE8\xA8\x80\n"
	    "     * #1 [grey.gif] [26]\xE5\xB0\x8F\xE9\xB3\xB3 [27]\xE5\xB0\x8F\xE9\xB3\xB3 "
	    "\xE6\x96\xBC 2013/12/28 10:28\n     * [28]\xE5\xB0\x8F\xE9\xB3\xB3\n"
	    "     * Camping in the autumn\n\n"
	    "     * #2 [grey.gif] [30]linghua [31]linghua \xE6\x96\xBC 2013/12/28 21:29\n"
	    "     * [32]linghua\n     * What a thick red carpet\n";
	const char *const pages[] = {w3m, lynx};
	for (size_t k = 0; k < 2; k++) {
		tt_error err;
		tt_thread *t = tt_import_mem("p.txt", pages[k], strlen(pages[k]), NULL, &err);
		assert_non_null(t);
		assert_int_equal(t->ncomments, 2);
		assert_string_equal(t->order[0]->author, "\xE5\xB0\x8F\xE9\xB3\xB3");
		assert_string_equal(t->order[0]->time, "2013-12-28T10:28");
		assert_true(text_opens(t->order[0], "Camping in the autumn"));
		assert_string_equal(t->order[1]->author, "linghua");
		assert_true(text_opens(t->order[1], "What a thick red carpet"));
		tt_thread_free(t);
	}
}

/* Disqus's comments for readers without JavaScript, dumped: under the
 * heading, each comment a name line right over its text, no date, no blank
 * line; a short text under its name is the name's text, not a name. */
static void test_flat_name_run(void **state)
{
	(void)state;
	static const char page[] =
	    "Common Mistakes\n\nTen mistakes people make in a language, with a period at the "
	    "end.\n\nComments\n\nsumathi s\nIt is great to come across a blog like this.\n"
	    "Leop0ld\nThat's good. May I translate this article?\nGuest\n"
	    "Common Mistake #0: Programming in it\nAlex Writing\nso common, very python\n"
	    "Adam Hitchcock\nWhy not? What would you propose?\n\nSubscribe to the newsletter\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 5);
	assert_string_equal(t->order[0]->author, "sumathi s");
	assert_string_equal(t->order[1]->author, "Leop0ld");
	assert_string_equal(t->order[2]->author, "Guest");
	assert_string_equal(t->order[2]->body.v[0], "Common Mistake #0: Programming in it");
	assert_string_equal(t->order[3]->author, "Alex Writing");
	assert_string_equal(t->order[3]->body.v[0], "so common, very python");
	assert_string_equal(t->order[4]->author, "Adam Hitchcock");
	/* the run ends with its last text: the page after it is not a comment's */
	assert_int_equal(t->order[4]->body.n, 1);
	for (size_t k = 0; k < 5; k++)
		assert_int_equal(t->order[k]->depth, 0);
	tt_thread_free(t);
}

/* A date's clock time followed by the header's buttons ("Zum Antworten
 * anmelden Zitieren #") is still a date line; under a bulleted name at the
 * margin, text at the margin is the comment's. */
static void test_buttons_after_clock(void **state)
{
	(void)state;
	static const char page[] =
	    "Cookie Test\n\nA supermarket looks for testers, with a period at the end.\n\n"
	    "\xE2\x97\x8F Hans\n\n17.10.2019, 14:14 Zum Antworten anmelden Zitieren #\n\n"
	    "Source: the leaflet\nof next week\n\n"
	    "\xE2\x97\x8F Caesi\n\n17.10.2019, 14:25 Zum Antworten anmelden Zitieren #\n\n"
	    "I won them at the last test.\n\n"
	    "    \xE2\x97\x8F Birgit\n\n    18.10.2019, 08:05 Zum Antworten anmelden Zitieren #\n\n"
	    "    So did I.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Hans");
	assert_string_equal(t->order[0]->time, "2019-10-17T14:14");
	assert_string_equal(t->order[0]->posted, "17.10.2019, 14:14");
	assert_string_equal(t->order[0]->body.v[0], "Source: the leaflet\nof next week");
	assert_string_equal(t->order[1]->body.v[0], "I won them at the last test.");
	assert_int_equal(t->order[2]->depth, 1);
	tt_thread_free(t);
}

/* A count inside a comment's list ("1 Freddy Mercury" between its other
 * lines) is the comment's text, not the heading of the comments after it. */
static void test_count_amid_paragraph(void **state)
{
	(void)state;
	static const char page[] =
	    "The Best Singers\n\nA list of the best singers, with a period at the end.\n\n"
	    "Armanox June 28, 2015 at 10:25 pm\n\n    Really, no Shagrath?\n\n"
	    "Cristian D May 18, 2017 at 6:27 am\n\n    The forgotten ones, my top three:\n"
	    "    1 Freddy Mercury\n    2 Dio\n    3 Robert Plant\n\n"
	    "Bud Hancock May 19, 2017 at 12:24 am\n\n    Fred and no Jacoby?\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Armanox");
	assert_string_equal(t->order[1]->author, "Cristian D");
	assert_non_null(strstr(t->order[1]->body.v[0], "1 Freddy Mercury"));
	assert_string_equal(t->order[2]->author, "Bud Hancock");
	tt_thread_free(t);
}

/* lynx numbers the date's link and the reply link of a one-line header
 * ("Ann [32]May 3, 2017 at 1:09 pm [33]Reply"): still a header, however
 * long the numbers make it. */
static void test_numbered_reply_link(void **state)
{
	(void)state;
	static const char page[] =
	    "Business Terms\n\nWhat a business term means, with a period at the end.\n\n"
	    "3 Comments\n\n    1.\n   Chris Ana [32]February 23, 2017 at 12:33 pm [33]Reply\n"
	    "       Good material on this website.\n    2.\n"
	    "   Amna [34]March 26, 2018 at 1:09 pm [35]Reply\n       Thank you\n    3.\n"
	    /* past 64 characters with its link numbers, not without them */
	    "   Hans [100]17.10.2019, 17:45 [101]Zum Antworten anmelden [102]Zitieren [103]#\n"
	    "       Count me in.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->author, "Hans");
	assert_string_equal(t->order[2]->time, "2019-10-17T17:45");
	assert_string_equal(t->order[0]->author, "Chris Ana");
	assert_string_equal(t->order[0]->time, "2017-02-23T12:33");
	assert_string_equal(t->order[1]->author, "Amna");
	assert_string_equal(t->order[1]->body.v[0], "Thank you");
	tt_thread_free(t);
}

/* lynx numbers signed comments and writes each signature right over the
 * next comment's number: still signatures, and the number is the list's. */
static void test_signed_numbered_list(void **state)
{
	(void)state;
	static const char page[] =
	    "Faster Previews\n\nHow the previews got faster again, with a period at the end.\n\n"
	    "3 Comments:\n\n"
	    "    1. A short tip from me, you need no extra app for the\n"
	    "       display settings at all.\n"
	    "       Tobi \xC2\xB7 April 19, 2019\n"
	    "    2. Glad it runs smoothly again, even if the fonts\n"
	    "       are not sharp at that resolution.\n"
	    "       Markus \xC2\xB7 May 05, 2019\n"
	    "    3. 2. Which configuration does your machine have?\n"
	    "       Beat \xC2\xB7 May 08, 2019\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Tobi");
	assert_true(!strncmp(t->order[0]->body.v[0], "A short tip", 11));
	assert_string_equal(t->order[1]->author, "Markus");
	assert_true(!strncmp(t->order[1]->body.v[0], "Glad it runs", 12));
	assert_string_equal(t->order[2]->author, "Beat");
	/* the list's number goes, a number of the text's own stays */
	assert_string_equal(t->order[2]->body.v[0], "2. Which configuration does your machine have?");
	tt_thread_free(t);
}

/* w3m runs an avatar's alt text named by a hash into the name
 * ("[052bb]Julia"): not the name's; a bracketed word of prose is kept. */
static void test_glued_alt_before_name(void **state)
{
	(void)state;
	static const char page[] =
	    "Peanut Butter Balls\n\nA short recipe for a sweet snack, with a period at the "
	    "end.\n\nComments\n\n 1. [052bb]Julia\n\n    16. March, 2023 at 16:59\n\n"
	    "    Wow, delicious.\n\n    Reply\n 2. [Team]Ela\n\n    17. March, 2023 at 18:04\n\n"
	    "    So glad you like it.\n\n    Reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Julia");
	assert_string_equal(t->order[1]->author, "[Team]Ela");
	tt_thread_free(t);
}

/* An avatar's image named by a file or a class, run into the name by w3m
 * ("[userinfo_v]ann_b", "[user_ontd]2_cy": such a name may open with a
 * digit) or written by lynx between a link number of its own and the
 * name's ("[12][userinfo_v8.svg?v=1] [13]ann_b"): not the name's
 * (LiveJournal). A bracketed word of prose before a name stays. */
static void test_image_named_by_file_before_name(void **state)
{
	(void)state;
	static const char w3m[] =
	    "A band in trouble\n\nThe singer jumped into the crowd, and a woman got hurt at the "
	    "show.\n\n[1131800]\n[userinfo_v]ann_b\nMay 13th, 2024, 03:50 am\nThis is insane.\n\n"
	    "  \xE2\x80\xA2 Reply\n  \xE2\x80\xA2 Link\n\n[7525344]\n[user_ontd]2_cy\n"
	    "May 13th, 2024, 08:59 am\nThey should pay.\n\n  \xE2\x80\xA2 Reply\n"
	    "  \xE2\x80\xA2 Link\n\n[79695116]\n[Team]Dee\nMay 13th, 2024, 01:45 pm\n"
	    "At least half.\n\n  \xE2\x80\xA2 Reply\n";
	static const char lynx[] =
	    "   A band in trouble\n\n   The singer jumped into the crowd, and a woman got hurt at "
	    "the show.\n\n   [12][userinfo_v8.svg?v=17080&amp;v=755] [13]ann_b\n"
	    "   May 13th, 2024, 03:50 am\n   This is insane.\n     * [14]Reply\n"
	    "     * [15]Link\n\n   [16][user_ontd.gif?v=755] [17]cy2\n"
	    "   May 13th, 2024, 08:59 am\n   They should pay.\n     * [18]Reply\n";
	tt_thread *t = import_page(w3m, sizeof w3m - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "ann_b");
	assert_string_equal(t->order[1]->author, "2_cy");
	assert_string_equal(t->order[2]->author, "[Team]Dee");
	assert_string_equal(t->order[1]->body.v[0], "They should pay.");
	tt_thread_free(t);
	t = import_page(lynx, sizeof lynx - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "ann_b");
	assert_string_equal(t->order[1]->author, "cy2");
	assert_true(!strncmp(t->order[0]->body.v[0], "This is insane.", 15));
	tt_thread_free(t);
}

/* An avatar's alt text that a text browser writes before the name, as the
 * page quoted it (an address, closing a quote of its own): not the name's. */
static void test_alt_text_before_name(void **state)
{
	(void)state;
	static const char page[] =
	    "Growing Lemons\n\nA short look at lemon trees, with a period at the end.\n\n"
	    "3 thoughts on Growing Lemons\n\n"
	    "  \xE2\x80\xA2 ann@example.org'ann@example.org' Ann Lee says:\n"
	    "    October 20, 2019 at 1:31 pm\n\n    Mine has not bloomed yet.\n\n    Reply\n"
	    "      \xE2\x96\xA1 bo@example.org' bo@example.org' Bo says:\n"
	    "        October 21, 2019 at 1:10 pm\n\n        Give it more sun.\n\n"
	    "        Reply\n"
	    "  \xE2\x80\xA2 cy@example.org' cy@example.org' [49]Cy Ray says:\n"
	    "    October 22, 2019 at 9:30 pm\n\n    Mine bloomed.\n\n    Reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Ann Lee");
	assert_string_equal(t->order[1]->author, "Bo");
	assert_string_equal(t->order[2]->author, "Cy Ray"); /* lynx's link number too */
	assert_int_equal(t->order[1]->depth, 1);
	tt_thread_free(t);
}

/* A no-break space before the clock's word ("20:14\u00A0Uhr", as WordPress
 * writes it) is a space: the date is read, and kept with a plain space. */
static void test_no_break_space_in_date(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel hier\n\nEin Absatz mit Text und einem Punkt am Ende.\n\n2 Kommentare\n\n"
	    " 1. Kritischer Kritiker sagt:\n    3. November 2023 um 20:14\xC2\xA0Uhr\n\n"
	    "    Ich finde, Sie vermengen hier zwei Dinge.\n\n"
	    " 2. Bleikiel sagt:\n    6. November 2023 um 11:27\xC2\xA0Uhr\n\n"
	    "    Man darf und durfte immer fast alles sagen.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "Kritischer Kritiker", "3. November 2023 um 20:14 Uhr",
	              "2023-11-03T20:14", 1);
	check_comment(t->order[1], "Bleikiel", "6. November 2023 um 11:27 Uhr", "2023-11-06T11:27",
	              1);
	tt_thread_free(t);
}

/* A theme's "//" between date and clock ("29.07.2020 // 12:56") is neither's:
 * such one-line headers are read, and kept as written. */
static void test_slashes_between_date_and_time(void **state)
{
	(void)state;
	static const char page[] =
	    "Golf im Fernsehen\n\nWo die Turniere dieser Woche zu sehen sind, steht hier.\n\n"
	    "2 LESER-KOMMENTARE\n\n 1. Rolf Buckpesch 29.07.2020 // 12:56\n\n"
	    "    Es gibt meines Wissens drei Kommentatoren.\n\n    Antworten\n\n"
	    " 2. Neuni 23.07.2020 // 12:59\n\n    Ist es Euch nicht selbst peinlich?\n\n"
	    "    Antworten\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "Rolf Buckpesch", "29.07.2020 // 12:56", "2020-07-29T12:56", 1);
	check_comment(t->order[1], "Neuni", "23.07.2020 // 12:59", "2020-07-23T12:59", 1);
	tt_thread_free(t);
}

/* Headers drawn as items of an inner list ("□ NAME", "□ DATE", the bullet
 * before the date too) with the comment's text left of them, in the outer
 * item; a name over a date inside that text answers a comment and opens none. */
static void test_bulleted_headers_text_left(void **state)
{
	(void)state;
	static const char page[] =
	    "Sprache und Geschlecht\n\nEin Artikel mit Text und einem Punkt am Ende.\n\n"
	    "Kommentare Schreibe einen Kommentar\n\n"
	    " 1. [dc63703] [gif]\n      \xE2\x96\xA1 Antworten\n"
	    "      \xE2\x96\xA1 Dietmar Hilsebein\n      \xE2\x96\xA1 8. April 2019 @ 11:38\n"
	    "      \xE2\x96\xA1 \n    Sind da Frauen nicht befragt worden?\n\n"
	    "    Ich bin mir sicher, dass sie diesen Text l\xC3\xB6schen.\n\n"
	    "      \xE2\x96\xA1 [LobinTw] [gif]\n"
	    "          o Henning Lobin\n          o 10. April 2019 @ 16:29\n          o \n"
	    "        Sehen Sie, so sicher kann man sich nicht sein.\n\n"
	    " 2. [6968213] [gif]\n      \xE2\x96\xA1 Antworten\n      \xE2\x96\xA1 demolog\n"
	    "      \xE2\x96\xA1 9. April 2019 @ 00:14\n      \xE2\x96\xA1 \n"
	    "    @ Dietmar Hilsebein\n    8. April 2019 @ 11:38\n\n"
	    "    Der Gentleman ist etwas anderes.\n\n"
	    " 3. [c0c1d3f] [gif]\n      \xE2\x96\xA1 Antworten\n      \xE2\x96\xA1 bote19\n"
	    "      \xE2\x96\xA1 9. April 2019 @ 08:38\n      \xE2\x96\xA1 \n"
	    "    Nach so vielen klugen S\xC3\xA4tzen.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 4);
	check_comment(t->order[0], "Dietmar Hilsebein", "8. April 2019 @ 11:38", "2019-04-08T11:38",
	              2);
	check_comment(t->order[1], "Henning Lobin", "10. April 2019 @ 16:29", "2019-04-10T16:29",
	              1);
	assert_int_equal(t->order[1]->depth, 1);
	assert_string_equal(t->order[2]->author, "demolog");
	assert_int_equal(t->order[2]->depth, 0);
	check_comment(t->order[3], "bote19", "9. April 2019 @ 08:38", "2019-04-09T08:38", 1);
	assert_int_equal(t->order[3]->depth, 0);
	tt_thread_free(t);
}

/* Bulleted comments whose replies are numbered items under them: the
 * numbered headers are headers all the same. */
static void test_bulleted_comments_numbered_replies(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel hier\n\nEin Absatz mit Text und einem Punkt am Ende.\n\n2 Kommentare\n\n"
	    "  \xE2\x80\xA2 [a0f] Anna Berg sagt:\n    1. November 2023 um 10:42\n\n"
	    "    Text hier und mehr.\n\n     25\n    Antworten\n"
	    "     1. [db8] Weltherrscher sagt:\n        1. November 2023 um 11:03\n\n"
	    "        Mehr Text hier.\n\n        Antworten\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[1]->author, "Weltherrscher");
	assert_int_equal(t->order[1]->depth, 1);
	tt_thread_free(t);
}

/* Before "WORD:" a name is marked off, and may end as nicknames do. */
static void test_nickname_punctuation_before_verb(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel hier\n\nEin Absatz mit Text und einem Punkt am Ende.\n\n2 Kommentare\n\n"
	    "  \xE2\x80\xA2 [a0f] Danke !! sagt:\n    1. November 2023 um 11:10 Uhr\n\n"
	    "    Herrlicher Verriss!\n\n    Antworten\n"
	    "  \xE2\x80\xA2 [b12] geht's no?! sagt:\n    1. November 2023 um 11:12 Uhr\n\n"
	    "    War seine holde nicht dabei?\n\n    Antworten\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Danke !!");
	assert_string_equal(t->order[1]->author, "geht's no?!");
	tt_thread_free(t);
}

/* A footer's word in a comment's text, with comments still to come, ends
 * nothing; the page's own footer, after them all, still does. */
static void test_footer_words_in_comment_text(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel hier\n\nEin Absatz mit Text und einem Punkt am Ende.\n\n2 Kommentare\n\n"
	    " 1. [ae6df6db4f] DDF sagt:\n    10. Juni 2008 um 14:28\n\n"
	    "    Nur mal zu deinem Copyright.\n\n    Die Quests sind Eigentum von Joymax.\n\n"
	    "    Antworten\n 2. [b45ba6ec20] ICH sagt:\n    10. Juni 2008 um 15:15\n\n"
	    "    Gute Arbeit.\n\n    Antworten\n\n\xC2\xA9 2008 Blog\nImpressum\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	assert_int_equal(t->order[0]->body.n, 2);
	assert_string_equal(t->order[0]->body.v[1], "Die Quests sind Eigentum von Joymax.");
	assert_string_equal(t->order[1]->author, "ICH");
	assert_nowhere(t, "Impressum");
	tt_thread_free(t);
}

/* lynx shows a reply's nesting by the bullet alone above its header, which
 * sits at its parent's column: the reply nests at the bullet. */
static void test_bullet_above_header_nests(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel hier\n\nEin Absatz mit Text und einem Punkt am Ende.\n\n2 Kommentare\n\n"
	    "   Graugans sagt:\n       31. Oktober 2023 um 15:15 Uhr\n\n"
	    "   Gratis schreibt man klein.\n   Zum Antworten anmelden\n     *\n"
	    "   Graugans sagt:\n       31. Oktober 2023 um 15:17 Uhr\n"
	    "       B\xC3\xB6se, b\xC3\xB6se Autokorrektur!\n       Zum Antworten anmelden\n\n\n"
	    "   andiY sagt:\n       31. Oktober 2023 um 15:17 Uhr\n\n   Heisst das nicht so?\n"
	    "   Zum Antworten anmelden\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(t->order[0]->depth, 0);
	assert_int_equal(t->order[1]->depth, 1);
	assert_string_equal(t->order[2]->author, "andiY");
	assert_int_equal(t->order[2]->depth, 0);
	tt_thread_free(t);
}

/* Comments as items of a numbered list, each opened by an avatar's bare
 * item (its number and the image's alt text, "1. 1 [60afcbfb6a3d]"), under
 * a line of two words ("Add yours"): that line heads the comments and is
 * none of them, the text before the first header is no comment's (the
 * headers open their comments, no signatures), and "NAME on DATE" keeps its
 * "on" as the page's time shows it. */
static void test_avatar_items_open_comments(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel hier\n\nEin Absatz mit Text und einem Punkt am Ende.\n\n2Comments\n\n"
	    "Add yours\n\n"
	    " 1. 1 [60afcbfb6a3d]\n    Julia on 11/08/2020 at 9:52\n    Antworten\n\n"
	    "    So sch\xC3\xB6n geschrieben und alles Gute.\n\n"
	    "      \xE2\x96\xA1 2 [a5d1f040b20b]\n        Helen on 11/08/2020 at 10:39\n"
	    "        Antworten\n\n        Liebe Swantje, alles Gute euch.\n\n"
	    " 2. 3 [019f71b995e7]\n    Luna on 11/08/2020 at 9:58\n    Antworten\n\n"
	    "    Du hast das so sch\xC3\xB6n geschrieben.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Julia", "Helen", "Luna"};
	static const unsigned depths[] = {0, 1, 0};
	check_tree(t, 3, authors, depths, 1);
	assert_string_equal(t->order[0]->posted, "on 11/08/2020 at 9:52");
	assert_string_equal(t->order[0]->body.v[0], "So sch\xC3\xB6n geschrieben und alles Gute.");
	assert_string_equal(t->order[2]->body.v[0], "Du hast das so sch\xC3\xB6n geschrieben.");
	tt_thread_free(t);
}

/* The same as lynx writes it: the avatar has no alt text, the comment's
 * number stands alone under the item ("1." over "1"), and the reply link,
 * numbered anew each time, runs into the text over it ("[35]Antworten"):
 * the number is no one's text and the link is dropped. */
static void test_avatar_items_lynx(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel hier\n\nEin Absatz mit Text und einem Punkt am Ende.\n\n2Comments\n\n"
	    "   [33]Add yours\n    1.\n   1\n   Julia [34]on 11/08/2020 at 9:52\n"
	    "       [35]Antworten\n       So sch\xC3\xB6n geschrieben und alles Gute.\n"
	    "          +\n        2\n        Helen [36]on 11/08/2020 at 10:39\n"
	    "            [37]Antworten\n            Liebe Swantje, alles Gute euch.\n"
	    "    2.\n   3\n   Luna [38]on 11/08/2020 at 9:58\n       [39]Antworten\n"
	    "       Du hast das so sch\xC3\xB6n geschrieben.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Julia", "Helen", "Luna"};
	static const char *const words[] = {"So sch\xC3\xB6n geschrieben und alles Gute.", "Liebe Swantje, alles Gute euch.", "Du hast das so sch\xC3\xB6n geschrieben."};
	static const unsigned depths[] = {0, 1, 0};
	check_tree(t, 3, authors, depths, 1);
	check_first_words(t, 3, words);
	assert_string_equal(t->order[0]->posted, "on 11/08/2020 at 9:52");
	tt_thread_free(t);
}

/* Ökonomenstimme's layout: a copyright line dated to the day over headers
 * dated to the minute is no comment; an avatar's item over a title over
 * the header ("geschrieben von NAME am DATE") opens the comment, the title
 * its first paragraph; the words every header shares around the name are
 * the template's, not the name's. */
static void test_titled_items_and_template_words(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel hier\n\nGeorg Quaas, 21. Jan. 2015\n\n"
	    "Ein Absatz mit Text und einem Punkt am Ende, der den Beitrag beginnt.\n\n"
	    "Noch ein Absatz mit Text, der das Modell erkl\xC3\xA4rt und weiterf\xC3\xBChrt.\n\n"
	    "Ein letzter Absatz mit Text, der den Beitrag zu seinem Ende bringt.\n\n"
	    "\xC2\xA9KOF ETH Z\xC3\xBCrich, 21. Jan. 2015\n\nKommentare\n\n"
	    "Dieser Artikel hat 3 Kommentare.\n\n"
	    "  \xE2\x80\xA2 [5381513903]\n\n    Ein Argument\n\n"
	    "    geschrieben von berg2012 am 21. Jan. 2015, 19:04 [ antworten ]\n\n"
	    "    Ich h\xC3\xA4tte eine andere Erkl\xC3\xA4rung daf\xC3\xBCr.\n\n"
	    "  \xE2\x80\xA2 [5e6a]\n\n    Ein Missverst\xC3\xA4ndnis\n\n"
	    "    geschrieben von wScherf am 21. Jan. 2015, 20:02 [ antworten ]\n\n"
	    "    Wenn man Steuern und Transfers sch\xC3\xA4tzt, dann so.\n\n"
	    "      \xE2\x96\xA1 [5e6a]\n\n        AW: Ein Missverst\xC3\xA4ndnis\n\n"
	    "        geschrieben von berg2012 am 21. Jan. 2015, 21:36 [ antworten ]\n\n"
	    "        Auch eine kurze Antwort von mir.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"berg2012", "wScherf", "berg2012"};
	static const char *const titles[] = {"Ein Argument", "Ein Missverst\xC3\xA4ndnis",
	                                     "AW: Ein Missverst\xC3\xA4ndnis"};
	static const unsigned depths[] = {0, 0, 1};
	check_tree(t, 3, authors, depths, 2);
	check_first_words(t, 3, titles);
	assert_string_equal(t->order[1]->posted, "21. Jan. 2015, 20:02");
	tt_thread_free(t);
}

/* "# Le DATE, par NAME En réponse à : TITLE" (SPIP as w3m dumps it): the date
 * first, the name after a comma and a short word, the words before the colon
 * every header's, the title it answers wrapped onto a line of the header's
 * own; a stated count over more dated teasers (a sidebar) than comments. */
static void test_date_comma_name_headers(void **state)
{
	(void)state;
	char page[4096];
	int n = snprintf(page, sizeof page, "%s",
	    "Un titre de page assez long\n\n"
	    "Un paragraphe de l'article qui dit quelque chose de vrai.\n\n"
	    "Tous vos commentaires (3)\n\n"
	    "  \xE2\x80\xA2\n\n"
	    "    # Le 17 juillet \xC3\xA0 22:09, par Horus En r\xC3\xA9ponse \xC3\xA0\xC2\xA0: Un titre de\n"
	    "    page assez long\n\n"
	    "    Barbier, quelle piti\xC3\xA9 !\n\n"
	    "  \xE2\x80\xA2\n\n"
	    "    # Le 3 juillet \xC3\xA0 16:55, par Jean Dupont En r\xC3\xA9ponse \xC3\xA0\xC2\xA0: Un titre\n\n"
	    "    Cher Didier, \xC3\xA9vite de positionner cela.\n\n"
	    "  \xE2\x80\xA2\n\n"
	    "    # Le 2 juillet \xC3\xA0 08:19, par dd En r\xC3\xA9ponse \xC3\xA0\xC2\xA0: Un titre\n\n"
	    "    Il ose tout.\n\n"
	    "Derni\xC3\xA8res publications\n\n");
	for (int k = 0; k < 8; k++)
		n += snprintf(page + n, sizeof page - (size_t)n,
		              "  * \n    - %02d/09/2019\n\n    Reportage num\xC3\xA9ro %d sur la col\xC3\xA8re.\n\n",
		              10 + k, k);
	tt_error err;
	tt_thread *t = tt_import_mem("p.txt", page, (size_t)n, NULL, &err);
	assert_non_null(t);
	assert_true(t->ncomments >= 3);
	static const char *const authors[] = {"Horus", "Jean Dupont", "dd"};
	static const char *const first[] = {"Barbier, quelle piti\xC3\xA9 !", "Cher Didier, \xC3\xA9vite de positionner cela.", "Il ose tout."};
	check_tree(t, 3, authors, NULL, 0);
	check_first_words(t, 3, first);
	assert_string_equal(t->order[1]->posted, "Le 3 juillet \xC3\xA0 16:55");
	tt_thread_free(t);
}

/* Teasers of other posts around one comment: a date over a reading time
 * ("15 min lues") is no count heading and no name; after the comment, its
 * form and the page's boxes, "NAME" over a date with no clock (where the
 * comment had one) is a teaser too; text back at the header's column, where
 * the comment's sat right of it, is the page's. */
static void test_teasers_around_a_comment(void **state)
{
	(void)state;
	static const char page[] =
	    "Parit\xC3\xA9 en Tunisie\n\nPar Chokri GHARBI\n\n"
	    "Malgr\xC3\xA9 les acquis, la participation des femmes a recul\xC3\xA9.\n\n"
	    "   Les pays africains les plus attractifs en 2020\n"
	    "   La Tunisie dispose de plusieurs atouts.\n   19/02/2020\n   15 min lues\n\n"
	    "   Economie de la mer: potentiel en d\xC3\xA9""clin\n"
	    "   L'\xC3\xA9""conomie bleue occupe une place de choix.\n   19/02/2020\n"
	    "   20 min lues\n\nUn commentaire\n\n    1.\n\n"
	    "Liberte\n       18/02/2020 \xC3\xA0 16:42\n"
	    "       La parit\xC3\xA9 je veux bien.\n       R\xC3\xA9pondre\n\n"
	    "Laisser un commentaire Annuler la r\xC3\xA9ponse.\n\nEditorial\n\n"
	    "Le message du courage\n\n   Abdelkrim DERMECH\n   19/02/2020\n\n"
	    "   IL est des moments dans le parcours d'un peuple.\n\n"
	    "Tribune: La vertu et le bien-\xC3\xAAtre\n\n   Samir DRIDI\n   28/09/2019\n\n"
	    "   Un autre texte ici.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 1);
	check_comment(t->order[0], "Liberte", "18/02/2020 \xC3\xA0 16:42", "2020-02-18T16:42", 1);
	assert_nowhere(t, "Abdelkrim");
	assert_nowhere(t, "Laisser");
	tt_thread_free(t);
}

/* Imports a page of tests/data/pages with a report; the caller frees both. */
static tt_thread *import_reported(const char *page, struct tt_import_report *r, int explain)
{
	char *rel = tt_xasprintf("tests/data/pages/%s", page);
	tt_import_report_init(r, explain);
	struct tt_import_opts o = {.report = r};
	tt_thread *t = import_rel(rel, &o);
	free(rel);
	return t;
}

/* Some warning of the report contains needle. */
static int warned(const struct tt_import_report *r, const char *needle)
{
	for (size_t i = 0; i < r->nwarn; i++)
		if (strstr(r->warn[i], needle))
			return 1;
	return 0;
}

/* The German WordPress shape: "N. NAME sagt:", a date line, "Antworten" under
 * each comment, replies as nested lists, teasers of related posts (a title
 * over a date) before the heading "5 Kommentare". No German word is known to
 * the importer: the shape alone finds it all. */
static void test_german_numbered_verb(void **state)
{
	(void)state;
	struct tt_import_report r;
	tt_thread *t = import_reported("german-numbered-sagt.txt", &r, 0);
	assert_string_equal(t->article.title, "Warum ich wieder Brot backe");
	assert_string_equal(t->article.author, "Lena");
	assert_string_equal(t->article.time, "2023-03-12");
	assert_int_equal(t->article.body.n, 2);
	assert_nowhere(t, "Beitr\xC3\xA4ge");
	assert_nowhere(t, "Hefezopf");
	assert_nowhere(t, "Antworten");
	assert_int_equal(t->ncomments, 5);
	static const char *const authors[] = {"Jonas", "Lena", "Petra Vogel", "Lena",
	                                      "Petra Vogel"};
	static const unsigned depths[] = {0, 1, 0, 1, 2};
	check_tree(t, 5, authors, depths, 1);
	check_comment(t->order[0], "Jonas", "12. M\xC3\xA4rz 2023 um 18:05 Uhr", "2023-03-12T18:05",
	              1);
	assert_string_equal(t->order[4]->body.v[0], "Danke, ich versuche es am Wochenende.");
	assert_int_equal(r.stated, 5);
	assert_non_null(strstr(r.layout, "numbered 'NAME WORD:'"));
	assert_non_null(strstr(r.layout, "indented replies"));
	assert_int_equal(r.nwarn, 0);
	tt_import_report_free(&r);
	tt_thread_free(t);
}

/* Comment i of t: author, depth, ISO time and first paragraph. */
static void check_order(const tt_thread *t, size_t i, const char *author, unsigned depth,
                        const char *time, const char *first)
{
	assert_true(i < t->ncomments);
	const tt_comment *c = t->order[i];
	assert_string_equal(c->author, author);
	assert_int_equal(c->depth, depth);
	assert_string_equal(c->time, time);
	assert_true(c->body.n >= 1);
	assert_string_equal(c->body.v[0], first);
}

/* "NAME disse:" over the text, the date on a line of its own under it: the
 * date is the comment's, not text; a bullet alone on its line is no text;
 * the repeated "/ Responder" goes; teasers of other posts (a title over a
 * date) after the comments are none. */
static void test_dates_under_text(void **state)
{
	(void)state;
	struct tt_import_report r;
	tt_thread *t = import_reported("dates-under-text.txt", &r, 0);
	assert_int_equal(t->ncomments, 3);
	check_order(t, 0, "Helena", 0, "2023-05-03T14:05",
	            "Que boa not\xC3\xAD"
	            "cia! No ano passado comprei quatro livros e voltei para casa\n"
	            "com vontade de ler todos de uma vez.");
	check_order(t, 1, "Rui Almeida", 1, "2023-05-03T15:20",
	            "Eu tamb\xC3\xA9m vou, sobretudo pela tenda dos autores locais.");
	check_order(t, 2, "Marta S.", 0, "2023-05-04T09:02",
	            "Algu\xC3\xA9m sabe se a entrada \xC3\xA9 gratuita?");
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(t->order[i]->body.n, 1);
	assert_string_equal(t->order[0]->posted, "3 de maio de 2023 \xC3\xA0s 14:05");
	assert_nowhere(t, "Responder");
	assert_nowhere(t, "\xE2\x96\xA1");
	assert_nowhere(t, "Concerto");
	assert_non_null(strstr(r.layout, "dates under the text"));
	tt_import_report_free(&r);
	tt_thread_free(t);
}

/* A name run into its date with no space ("Anouk3 mei 2023 om 14:05", as
 * Blogger prints it), under a list number with an empty image ("1. []"). */
/* A label and a colon before a name ("Text: Jane Doe·24 September 2018",
 * an article's byline; "Latest: NAME", a forum's sidebar) is no comment's
 * header: the one comment under the article stays at the top level. */
static void test_label_before_name(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "Text: Jane Doe\xC2\xB7" "24 September 2018\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "It goes on for a while, with more sentences that make it an article.\n\n"
	    "Guest 11:15 05.10.18\n\n"
	    "    Venus, what a lovely recipe, thank you.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 1);
	check_order(t, 0, "Guest", 0, "2018-10-05T11:15", "Venus, what a lovely recipe, thank you.");
	tt_thread_free(t);
	static const char *const labels[] = {"Text: Jane Doe", "Latest: LeverAction Gypsy",
	                                     "Posts: 2", "Release: 11.02.2005 |"};
	const char *name;
	for (size_t i = 0; i < sizeof labels / sizeof *labels; i++)
		assert_int_equal(tt_textline_author_name(labels[i], strlen(labels[i]), &name), 0);
	assert_int_equal(tt_textline_author_name("Jane Doe", 8, &name), 8);
}

static void test_name_glued_to_date(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/glued-name-date.txt", NULL);
	assert_int_equal(t->ncomments, 3);
	check_order(t, 0, "Anouk", 0, "2023-05-03T14:05",
	            "Wat een mooie planten! Welke soort is het?");
	check_order(t, 1, "Joost", 1, "2023-05-04T08:30",
	            "Dank je! Het is een oude Italiaanse soort, San Marzano.");
	check_order(t, 2, "Bram van Dijk", 0, "2023-05-05T19:45",
	            "Ik zet de mijne pas na de ijsheiligen buiten.");
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(t->order[i]->body.n, 1);
	assert_nowhere(t, "[]");
	tt_thread_free(t);
}

/* "NAME [alt] wrote on DATE:" and "NAME schreef op DATE:" on one line: the
 * joining words, the alt text and the closing colon are not the name's. */
static void test_name_joined_by_verb(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/name-joined-by-verb.txt", NULL);
	assert_int_equal(t->ncomments, 3);
	check_order(t, 0, "Alan Marsh", 0, "2023-05-03T14:05",
	            "The tower looks wonderful from the ferry. Well done to everyone.");
	check_order(t, 1, "Pieter de Vries", 0, "2023-05-04T10:12",
	            "Prachtig werk, ik kom het in de zomer bekijken.");
	check_order(t, 2, "Mary Quinn", 0, "2023-05-05T09:40", "Will the south tower be next?");
	tt_thread_free(t);
}

/* Author and date lines with dates written in French, Spanish, Italian,
 * Portuguese and Dutch. */
static void test_dates_in_five_languages(void **state)
{
	(void)state;
	tt_thread *t = import_rel("tests/data/pages/five-languages-dates.txt", NULL);
	assert_int_equal(t->ncomments, 5);
	static const char *const want[][2] = {
	    {"Claire Martin", "2023-04-04T09:15"},
	    {"Luc\xC3\xAD"
	     "a G\xC3\xB3mez",
	     "2023-04-05T17:40"},
	    {"Giulia Rossi", "2023-04-06T08:05"},
	    {"Jo\xC3\xA3o Silva", "2023-04-07T12:00"},
	    {"Sanne de Vries", "2023-04-08T14:30"},
	};
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(t->order[i]->author, want[i][0]);
		assert_string_equal(t->order[i]->time, want[i][1]);
		assert_int_equal(t->order[i]->depth, 0);
	}
	assert_string_equal(t->order[1]->body.v[0],
	                    "\xC2\xA1Qu\xC3\xA9 buena noticia para el barrio!");
	tt_thread_free(t);
}

/* An English WordPress dump: sidebar widgets ("Pages", "Boring stuff",
 * "Subscribe" with its field) between the article and "3 thoughts on ...",
 * and the reply form after: none of it becomes a comment or article text,
 * and the comments sit at their own depth. */
static void test_widgets_are_furniture(void **state)
{
	(void)state;
	struct tt_import_report r;
	tt_thread *t = import_reported("wordpress-widgets-before-comments.txt", &r, 1);
	assert_string_equal(t->article.title, "Sourdough without the fuss");
	assert_string_equal(t->article.author, "Hanna");
	assert_int_equal(t->article.body.n, 4);
	assert_string_equal(t->article.body.v[3], "Use a bowl with a lid. A plate works too.");
	assert_nowhere(t, "Boring stuff");
	assert_nowhere(t, "Subscribe");
	assert_nowhere(t, "Website");
	assert_nowhere(t, "Post Comment");
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "Pieter Jansen", "April 3, 2023 at 8:14 am", "2023-04-03T08:14",
	              1);
	assert_int_equal(t->order[0]->depth, 0);
	assert_int_equal(t->order[1]->depth, 1);
	assert_int_equal(t->order[2]->depth, 0);
	assert_string_equal(t->order[2]->body.v[0], "Mine came out flat, but it tasted fine.");
	assert_int_equal(r.stated, 3);
	/* --explain: one row per block, saying what it was taken as. */
	static const char *const rows[] = {
	    "9: title: Sourdough without the fuss",
	    "11: byline: Posted on",
	    "24: furniture: Pages",
	    "36-37: furniture: Email Address",
	    "39: comments heading: 3 thoughts on",
	    "41-42: comment header: 1. Pieter Jansen says:",
	    "43: comment body: Tried it this weekend.",
	    "64: furniture: Website",
	};
	for (size_t k = 0; k < sizeof rows / sizeof *rows; k++) {
		int found = 0;
		for (size_t i = 0; i < r.nblocks && !found; i++)
			found = !strncmp(r.blocks[i], rows[k], strlen(rows[k]));
		if (!found)
			print_error("no explain row \"%s\"\n", rows[k]);
		assert_true(found);
	}
	tt_import_report_free(&r);
	tt_thread_free(t);
}

/* Author line, date line, text; a reply indented by four spaces; "Comments
 * (4)" over them: all four found, the reply nested, the last one's text kept,
 * and the page's own count agrees. */
static void test_author_date_lines_with_count(void **state)
{
	(void)state;
	struct tt_import_report r;
	tt_thread *t = import_reported("author-date-lines-count-heading.txt", &r, 0);
	assert_int_equal(t->ncomments, 4);
	check_comment(t->order[0], "Mara Lind", "March 3, 2023 at 9:12 am", "2023-03-03T09:12", 1);
	check_comment(t->order[1], "Tom Reyes", "March 3, 2023 at 11:40 am", "2023-03-03T11:40", 1);
	assert_int_equal(t->order[1]->depth, 1);
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[0]->body.v[0],
	                    "How deep did you dig the basin? Ours keeps flooding.");
	check_comment(t->order[3], "Jude Park", "March 5, 2023 at 7:30 am", "2023-03-05T07:30", 1);
	assert_string_equal(t->order[3]->body.v[0], "Saving this for spring");
	assert_int_equal(r.stated, 4);
	assert_int_equal(r.nwarn, 0);
	assert_string_equal(r.layout, "author/date lines, indented replies");
	tt_import_report_free(&r);
	tt_thread_free(t);
}

/* A subtitle that is neither article text nor a comment is dropped with a
 * warning naming its line; the page says 3 comments and has 1. */
static void test_dropped_text_warns(void **state)
{
	(void)state;
	struct tt_import_report r;
	tt_thread *t = import_reported("dropped-subtitle.txt", &r, 0);
	assert_int_equal(t->ncomments, 1);
	assert_int_equal(r.stated, 3);
	assert_int_equal(r.stated_line, 9);
	assert_int_equal(r.nwarn, 1);
	assert_true(warned(&r, "line 3: 1 line of text dropped (lines 3-3)"));
	tt_import_report_free(&r);
	tt_thread_free(t);
	/* A clean page warns of nothing. */
	t = import_reported("garden-nested.txt", &r, 0);
	assert_int_equal(r.nwarn, 0);
	tt_import_report_free(&r);
	tt_thread_free(t);
}

/* A title over an unpunctuated paragraph keeps the paragraph; a title alone
 * is no page; a long page without a full stop keeps its paragraphs. */
static void test_unpunctuated_pages(void **state)
{
	(void)state;
	tt_error err;
	const char *page = "Rain gardens for small yards\n\nA rain garden catches the water that "
	                   "runs off a roof\n";
	tt_thread *t = tt_import_mem("p", page, strlen(page), NULL, &err);
	assert_non_null(t);
	assert_int_equal(t->article.body.n, 1);
	assert_string_equal(t->article.body.v[0],
	                    "A rain garden catches the water that runs off a roof");
	tt_thread_free(t);
	char *p = tt_test_src("tests/data/pages/bad-title-only.txt");
	int eno;
	assert_null(tt_import_file(p, NULL, &err, &eno));
	assert_non_null(strstr(err.msg, "not a page"));
	free(p);
	tt_buf b = {0};
	tt_buf_adds(&b, "Field notes without a full stop\n\n");
	for (int i = 0; i < 20000; i++)
		tt_buf_printf(&b, "line %d of the notes runs on and on without an end%s", i,
		              i % 5 == 4 ? "\n\n" : "\n");
	t = tt_import_mem("long", b.data, b.len, NULL, &err);
	assert_non_null(t);
	assert_string_equal(t->article.title, "Field notes without a full stop");
	assert_int_equal(t->article.body.n, 4000);
	tt_thread_free(t);
	/* One line of 2 MB is neither a title nor a paragraph. */
	b.len = 0;
	for (int i = 0; i < 2 << 20; i++)
		tt_buf_addc(&b, 'a');
	assert_null(tt_import_mem("oneline", b.data, b.len, NULL, &err));
	tt_buf_free(&b);
}

/* Binary input is refused with what was seen, whatever importer was asked. */
static void test_binary_refused(void **state)
{
	(void)state;
	tt_error err;
	static const struct {
		const char *data;
		size_t len;
		unsigned line, col;
		const char *says;
	} bad[] = {
	    {"\x7F"
	     "ELF\x02\x01\x01",
	     7, 0, 0, "ELF executable"},
	    {"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", 15, 0, 0, "PDF document"},
	    {"A title\n\nSome text\x00more", 22, 3, 10, "NUL byte"},
	    {"\x01\x02\x03\x04\x05\x06\x07\x08x", 9, 0, 0, "control bytes"},
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct tt_import_opts o = {.kind = i % 2 ? TT_IMPORT_TEXT : TT_IMPORT_AUTO};
		memset(&err, 0, sizeof err);
		assert_null(tt_import_mem("f", bad[i].data, bad[i].len, &o, &err));
		assert_non_null(strstr(err.msg, bad[i].says));
		assert_int_equal(err.line, bad[i].line);
		assert_int_equal(err.col, bad[i].col);
	}
	/* UTF-16 holds NULs and is text; a Windows-1252 page is text. */
	static const char utf16[] = "\xFF\xFEH\0i\0 \0t\0h\0e\0r\0e\0\n\0\n\0O\0k\0 \0t\0e\0x\0t\0";
	tt_thread *t = tt_import_mem("u", utf16, sizeof utf16 - 1, NULL, &err);
	assert_non_null(t);
	tt_thread_free(t);
	const char *cp = "Caf\xE9 notes here\n\nThe caf\xE9 opened in May and it is lovely.\n";
	t = tt_import_mem("c", cp, strlen(cp), NULL, &err);
	assert_non_null(t);
	tt_thread_free(t);
	/* UTF-8 throughout but for one sequence a text browser cut (lynx cuts
	 * form fields and lines at a byte count): text, the cut byte replaced,
	 * and no Windows-1252 reading of the rest. */
	tt_buf b = {0};
	tt_buf_adds(&b, "\xE6\x96\x87\xE7\xAB\xA0 notes\n\n");
	for (int i = 0; i < 60; i++)
		tt_buf_adds(&b, "\xE9\x80\x99\xE6\x98\xAF");
	tt_buf_adds(&b, "\xE3\x80\x82\n[\xE6\x96\x87\xE7\xAB___\xB8..]\n");
	t = tt_import_mem("z", b.data, b.len, NULL, &err);
	assert_non_null(t);
	assert_string_equal(t->article.title, "\xE6\x96\x87\xE7\xAB\xA0 notes");
	tt_thread_free(t);
	/* Bad bytes among few good sequences are no cut: still refused. */
	b.len = 0;
	tt_buf_adds(&b, "\xE6\x96\x87 x\n\n");
	for (int i = 0; i < 60; i++)
		tt_buf_adds(&b, "\x81\x8D\x8F\x90"
		                "ab");
	assert_null(tt_import_mem("z", b.data, b.len, NULL, &err));
	assert_non_null(strstr(err.msg, "control bytes"));
	tt_buf_free(&b);
}

/* Sniffing: "[" and spaces open a text browser's empty form field, not JSON;
 * an empty array or object alone is still JSON. */
static void test_detect_form_field(void **state)
{
	(void)state;
	static const char dump[] = "[                    ]\n\nA Title\n\nSome words.\n";
	assert_int_equal(tt_import_detect(dump, sizeof dump - 1), TT_IMPORT_TEXT);
	assert_int_equal(tt_import_detect("{ }\n", 4), TT_IMPORT_HN);
	assert_int_equal(tt_import_detect("[ ]", 3), TT_IMPORT_HN);
	assert_int_equal(tt_import_detect("[{\"id\": 1}]", 12), TT_IMPORT_HN);
	tt_error err;
	tt_thread *t = tt_import_mem("d.txt", dump, sizeof dump - 1, NULL, &err);
	assert_non_null(t);
	assert_string_equal(t->article.title, "A Title");
	tt_thread_free(t);
}

static void test_overrides(void **state)
{
	(void)state;
	struct tt_import_opts o = {.title = "Another title",
	                           .author = "A. Writer",
	                           .site = "Example Site",
	                           .url = "https://example.com/a",
	                           .published = "Dec 5, 2022, 10:14 AM"};
	tt_thread *plain = import_rel("tests/data/pages/garden-nested.txt", NULL);
	tt_thread *t = import_rel("tests/data/pages/garden-nested.txt", &o);
	assert_string_equal(t->article.title, "Another title");
	assert_string_equal(t->article.author, "A. Writer");
	assert_string_equal(t->article.site, "Example Site");
	assert_string_equal(t->article.url, "https://example.com/a");
	assert_string_equal(t->article.published, "Dec 5, 2022, 10:14 AM");
	assert_string_equal(t->article.time, "2022-12-05T10:14");
	/* The thread id follows the article; comment ids do not move. */
	assert_string_not_equal(t->id, plain->id);
	assert_int_equal(t->ncomments, plain->ncomments);
	for (size_t i = 0; i < t->ncomments; i++)
		assert_string_equal(t->order[i]->id, plain->order[i]->id);
	tt_thread_free(t);
	tt_thread_free(plain);
	/* Empty values take found fields away; the title stays. */
	struct tt_import_opts clear = {.title = "", .author = "", .published = ""};
	t = import_rel("tests/data/pages/garden-nested.txt", &clear);
	assert_null(t->article.author);
	assert_null(t->article.published);
	assert_null(t->article.time);
	assert_string_equal(t->article.title, "The Quiet Return of the Allotment Garden");
	tt_thread_free(t);
}

/* The same page saved with other line ends or re-imported keeps every id. */
static void test_ids_stable(void **state)
{
	(void)state;
	char *p = tt_test_src("tests/data/pages/garden-nested.txt");
	char *text = tt_test_slurp(p);
	tt_buf crlf = {0};
	for (const char *s = text; *s; s++) {
		if (*s == '\n')
			tt_buf_addc(&crlf, '\r');
		tt_buf_addc(&crlf, *s);
	}
	tt_error err;
	tt_thread *a = import_path(p, NULL);
	tt_thread *b = import_path(p, NULL);
	tt_thread *c = tt_import_mem("garden-nested.txt", crlf.data, crlf.len, NULL, &err);
	assert_non_null(a);
	assert_non_null(b);
	assert_non_null(c);
	assert_string_equal(a->id, c->id);
	for (size_t i = 0; i < a->ncomments; i++) {
		assert_string_equal(a->order[i]->id, b->order[i]->id);
		assert_string_equal(a->order[i]->id, c->order[i]->id);
	}
	tt_thread_free(a);
	tt_thread_free(b);
	tt_thread_free(c);
	tt_buf_free(&crlf);
	free(text);
	free(p);
}

static void test_bad_input(void **state)
{
	(void)state;
	char *p = tt_test_src("tests/data/pages/empty.txt");
	tt_error err;
	int eno = -1;
	assert_null(tt_import_file(p, NULL, &err, &eno));
	assert_int_equal(eno, 0);
	assert_non_null(strstr(err.file, "empty.txt"));
	assert_non_null(strstr(err.msg, "--title"));
	free(p);
	/* A page's source is its file name, without directories. */
	tt_thread *g = import_rel("tests/data/pages/garden-nested.txt", NULL);
	assert_string_equal(g->source, "garden-nested.txt");
	tt_thread_free(g);
	assert_null(tt_import_file("no/such/page.txt", NULL, &err, &eno));
	assert_int_equal(eno, ENOENT);
	/* Only a title given: an empty page can still become a thread. */
	struct tt_import_opts o = {.title = "Named"};
	tt_thread *t = tt_import_mem("x", "", 0, &o, &err);
	assert_non_null(t);
	assert_string_equal(t->article.title, "Named");
	assert_int_equal(t->ncomments, 0);
	tt_thread_free(t);
}

static void test_decode(void **state)
{
	(void)state;
	size_t n;
	char *s = tt_import_decode("a\r\nb\rc\x93q\x94", 9, TT_ENC_AUTO, &n);
	assert_string_equal(s, "a\nb\nc\xE2\x80\x9Cq\xE2\x80\x9D");
	assert_int_equal(n, strlen(s));
	free(s);
	s = tt_import_decode("\xEF\xBB\xBFx\r\n", 6, TT_ENC_AUTO, &n); /* BOM dropped */
	assert_string_equal(s, "x\n");
	free(s);
	s = tt_import_decode("caf\xC3\xA9", 5, TT_ENC_AUTO, &n); /* valid UTF-8 stays */
	assert_string_equal(s, "caf\xC3\xA9");
	free(s);
	/* UTF-16 with a BOM, either order, a surrogate pair included. */
	s = tt_import_decode("\xFF\xFEh\0\xE9\0\r\0\n\0\x3D\xD8\x00\xDE", 14, TT_ENC_AUTO, &n);
	assert_string_equal(s, "h\xC3\xA9\n\xF0\x9F\x98\x80");
	free(s);
	s = tt_import_decode("\xFE\xFF\0h\xD8\x00", 6, TT_ENC_AUTO, &n); /* lone surrogate */
	assert_string_equal(s, "h\xEF\xBF\xBD");
	free(s);
	s = tt_import_decode("\x80", 1, TT_ENC_LATIN1, &n);
	assert_string_equal(s, "\xC2\x80");
	free(s);
	s = tt_import_decode("a\xFF"
	                     "b",
	                     3, TT_ENC_UTF8, &n); /* forced UTF-8: bad bytes replaced */
	assert_string_equal(s, "a\xEF\xBF\xBD"
	                       "b");
	free(s);
}

static void test_open_any(void **state)
{
	(void)state;
	char *sample = tt_test_src("samples/ukraine-security-guarantees.yaml");
	char *page = tt_test_src("tests/data/pages/000_ad0407a9d237ef29.txt");
	tt_error err;
	int eno;
	tt_thread *a = tt_open_any(sample, NULL, &err, &eno);
	tt_thread *b = tt_open_any(page, &seed1_opts, &err, &eno);
	assert_non_null(a);
	assert_non_null(b);
	assert_string_equal(a->id, b->id);
	assert_string_equal(a->article.site, "19FortyFive");
	assert_int_equal(a->ncomments, b->ncomments);
	/* Importing a thread file reads it: the output is the input. */
	tt_thread *c = tt_import_file(sample, NULL, &err, &eno);
	assert_non_null(c);
	char *yaml = tt_thread_to_yaml(c, NULL), *orig = tt_test_slurp(sample);
	assert_string_equal(yaml, orig);
	free(yaml);
	free(orig);
	tt_thread_free(c);
	tt_thread_free(a);
	tt_thread_free(b);
	free(sample);
	free(page);
}

/* A date line over the name written twice ("NossiNossi": an avatar's alt
 * text run into the name, then a role and the name once more, as comment
 * plugins print them): a header, whatever the words; the line over the date
 * is not a name. */
static void test_date_over_doubled_name(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein neues Jahrzehnt\n\nEin kurzer Blick auf zehn Jahre, mit einem Punkt am Ende.\n\n"
	    "Original\n1 Monat her\nBibi BlueBibi Blue\nGast\nBibi Blue\n\n"
	    "Lieber Robert, danke.\n\nOriginal\n1 Monat her\nNossi Nossi\nGast\nNossi\n\n"
	    "Wie so oft.\n\nOriginal\n3. Januar 2020 um 10:12\nRobertRobert\nAutor\nRobert\n\n"
	    "Das sehe ich nicht so.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Bibi Blue");
	assert_string_equal(t->order[1]->author, "Nossi");
	assert_string_equal(t->order[2]->author, "Robert");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[2]->body.v[0], "Das sehe ich nicht so.");
	tt_thread_free(t);
}

/* Names written twice whose date is in the comment's footer, under the
 * text and a line of vote buttons (wpDiscuz): the first comment has no date
 * above it, so each date is the comment's above it, not the next one's; the
 * buttons' line over the date is no name, and a "WORD:" line opening a
 * comment's text ("Zitat Anna:") is no header. The date-first layout of
 * test_date_over_doubled_name stays as it was. */
static void test_doubled_names_dated_below(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Kuchen vom Blech\n\nDer Kuchen ist schnell gemacht und schmeckt allen, "
	    "die ihn probieren.\n\nKommentar schreiben\n[                    ]\n"
	    "Anna BeeAnna Bee\nAnna Bee\n\nIch habe ihn gestern gebacken.\n\n"
	    "Daumen hoch0Daumen runter  Antworten\n19. Februar 2017 20:00\n"
	    "[111]Jo Jo\n[112]Jo\n\nZitat Anna:\nGestern gebacken.\n\nUnd wie war er?\n\n"
	    "Daumen hoch0Daumen runter  Antworten\n20. Februar 2017 08:15\n"
	    "KimKim\nKim\n\nBei mir wurde er zu trocken.\n\n"
	    "Daumen hoch2Daumen runter  Antworten\n3. Juni 2016 14:54\n\n"
	    "Impressum Datenschutz\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Anna Bee", "Jo", "Kim"};
	static const char *const times[] = {"2017-02-19T20:00", "2017-02-20T08:15",
	                                    "2016-06-03T14:54"};
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(t->order[i]->author, authors[i]);
		assert_non_null(t->order[i]->time);
		assert_string_equal(t->order[i]->time, times[i]);
		assert_int_equal(t->order[i]->depth, 0);
	}
	static const char *const words[] = {"Ich habe ihn gestern gebacken.", "Zitat Anna:\nGestern gebacken.", "Bei mir wurde er zu trocken."};
	check_first_words(t, 3, words);
	tt_thread_free(t);
}

/* A header over the furniture every comment repeats, with no blank line
 * (WP.pl: "avatar", the name, the date, a button, two vote counts, a
 * button, then the text): the buttons and counts are the header's, the text
 * starts after them; a name of one word closed by a dot ("Lopek.") over
 * such a header's date is a name. A short text the page repeats under a
 * button, with no count ("Ok" under "Odpowiedz"), stays the comment's. */
static void test_header_over_buttons_and_counts(void **state)
{
	(void)state;
	static const char page[] =
	    "Mecz w niedziel\xC4\x99\n\nDru\xC5\xBCyna zagra w niedziel\xC4\x99 o mistrzostwo, "
	    "a trener nie zdradza sk\xC5\x82" "adu.\n\nKomentarze (4)\navatar\nkozie\xC5\x82\n"
	    "14.05.2024\nZg\xC5\x82o\xC5\x9B do moderacji\n2\n0\nOdpowiedz\n"
	    "Wygraj\xC4\x85 pewnie.\navatar\nLopek.\n14.05.2024\nZg\xC5\x82o\xC5\x9B do moderacji\n"
	    "12\n-3\nOdpowiedz\nPrzez ten sk\xC5\x82" "ad nie wygraj\xC4\x85.\navatar\nAga\n"
	    "15.05.2024\nZg\xC5\x82o\xC5\x9B do moderacji\n1\n1\nOdpowiedz\nZobaczymy.\n\n"
	    "Ola\n15.05.2024\n\nOdpowiedz\nOk\n\nZobacz wi\xC4\x99" "cej komentarzy\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_true(t->ncomments >= 3);
	assert_string_equal(t->order[0]->author, "kozie\xC5\x82");
	assert_string_equal(t->order[1]->author, "Lopek.");
	assert_string_equal(t->order[2]->author, "Aga");
	assert_string_equal(t->order[1]->time, "2024-05-14");
	static const char *const words[] = {"Wygraj\xC4\x85 pewnie.",
	                                    "Przez ten sk\xC5\x82" "ad nie wygraj\xC4\x85.",
	                                    "Zobaczymy."};
	for (size_t i = 0; i < 3; i++)
		assert_true(!strncmp(t->order[i]->body.v[0], words[i], strlen(words[i])));
	tt_thread_free(t);
}

/* A name alone over a line that repeats the name, a signature in brackets
 * perhaps after it, then the date (Douban), with no blank line, as w3m and
 * lynx (which numbers both links) draw it: a header of both lines. */
static void test_name_over_signed_date(void **state)
{
	(void)state;
	static const char w3m[] =
	    "A story of the moon\n\nTell me a story of the moon, and of the night you saw it "
	    "rise.\n\nReply Share\nyj\nyj2017-09-30 23:18:10\nThe film I liked best.\n"
	    "cope\ncope(time is fixed)2017-11-10 19:35:15\nA smile.\nlee\n"
	    "lee (; ))2017-11-11 05:46:28\nThree stories.\n> Reply\n";
	static const char lynx[] =
	    "   A story of the moon\n\n   Tell me a story of the moon, and of the night you saw "
	    "it rise.\n\n   [85]Reply [86]Share\n\n   [90]yj\n   [91]yj2017-09-30 23:18:10\n"
	    "   The film I liked best.\n   [94]cope\n   [95]cope(time is fixed)2017-11-10 19:35:15\n"
	    "   A smile.\n   [96]lee\n   [97]lee (; ))2017-11-11 05:46:28\n   Three stories.\n";
	static const char *const authors[] = {"yj", "cope", "lee"};
	static const char *const times[] = {"2017-09-30T23:18:10", "2017-11-10T19:35:15",
	                                    "2017-11-11T05:46:28"};
	static const char *const words[] = {"The film I liked best.", "A smile.", "Three stories."};
	for (int k = 0; k < 2; k++) {
		tt_thread *t = k ? import_page(lynx, sizeof lynx - 1) : import_page(w3m, sizeof w3m - 1);
		assert_int_equal(t->ncomments, 3);
		for (size_t i = 0; i < 3; i++) {
			assert_string_equal(t->order[i]->author, authors[i]);
			assert_non_null(t->order[i]->time);
			assert_true(!strncmp(t->order[i]->time, times[i], 16));
			assert_true(!strncmp(t->order[i]->body.v[0], words[i], strlen(words[i])));
		}
		tt_thread_free(t);
	}
}

/* Livefyre's comments with no time: the avatar's link, a name alone, over
 * the name once more with its score ("Mira 5pts"), the badges after it
 * wrapped (a line of the same badges and numbers); lynx sets a blank line between. Each is a
 * header; a reputation line naming another member ("Olek dan ik54n54
 * memberi reputasi") or a name run into its date is none. */
static void test_name_over_own_score(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Trains in the valley\n\nThe valley line will run every half hour from May, the "
	    "council said on Monday.\n\n12 comments\nSign in\nNewest | Oldest\nMira\n"
	    "Mira 5pts\n\nThe half hour is what we asked for.\n\nolek_77\nolek_77 5pts "
	    "like.author Like\nlike.author 2 Like\n\nAnd the Sunday trains?\n\nJo Brandt\nJo Brandt 12pts\n\n"
	    "Good news for the school run.\n";
	static const char lynx[] =
	    "   Trains in the valley\n\n   The valley line will run every half hour from May, the "
	    "council said on Monday.\n\n   12 comments\n\n   Newest | Oldest\n\n   Mira\n\n"
	    "   Mira 5pts\n\n   The half hour is what we asked for.\n\n   olek_77\n\n   olek_77 "
	    "5pts 2 Like\n\n   And the Sunday trains?\n\n   Jo Brandt\n\n   Jo Brandt 12pts\n\n"
	    "   Good news for the school run.\n";
	static const char *const authors[] = {"Mira", "olek_77", "Jo Brandt"};
	static const char *const words[] = {"The half hour is what we asked for.",
	                                    "And the Sunday trains?", "Good news for the school run."};
	for (int k = 0; k < 2; k++) {
		tt_thread *t = k ? import_page(lynx, sizeof lynx - 1) : import_page(w3m, sizeof w3m - 1);
		assert_int_equal(t->ncomments, 3);
		for (size_t i = 0; i < 3; i++) {
			assert_string_equal(t->order[i]->author, authors[i]);
			assert_null(t->order[i]->parent);
			assert_int_equal(t->order[i]->body.n, 1);
		}
		check_first_words(t, 3, words);
		tt_thread_free(t);
	}
}

/* A flat list whose answers open with "@NAME" and no colon (Livefyre):
 * each answers NAME's latest comment before it; a "@NAME" that names no
 * earlier author stays at the top. */
static void test_answers_by_bare_name(void **state)
{
	(void)state;
	static const char page[] =
	    "Trains in the valley\n\nThe valley line will run every half hour from May, the "
	    "council said on Monday.\n\nComments\n\nMira\nMira 5pts\n\nThe half hour is "
	    "what we asked for.\n\nolek_77\nolek_77 5pts\n\n@Mira And the Sunday trains?\n\n"
	    "Mira\nMira 5pts\n\n@olek_77 \xC2\xA0Sundays too, hourly.\n\nJo Brandt\nJo Brandt "
	    "12pts\n\n@council when?\n\nPia\nPia 3pts\n\n@Jo Brandt, soon.\n";
	static const char *const authors[] = {"Mira", "olek_77", "Mira", "Jo Brandt", "Pia"};
	static const int parent[] = {-1, 0, 1, -1, 3};
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(t->order[i]->author, authors[i]);
		if (parent[i] < 0)
			assert_null(t->order[i]->parent);
		else
			assert_ptr_equal(t->order[i]->parent, t->order[parent[i]]);
	}
	tt_thread_free(t);
}

/* Comments drawn as items of a list, "• NAME   DATE" opening each and the
 * text hanging under it (Smitten Kitchen in w3m's dump): each header
 * heads its item, though text stands above it, and signs nothing; the
 * comment's number alone under the header, rising, is the header's. */
static const char items_page[] =
    "Cucumber salad\n\nThis salad is what we eat all summer, with yogurt and a lot of "
    "mint.\n\nSee more: Cucumber, Salad\n\nDo more: Link | Print | 29 Comments\n\n"
    "  \xE2\x80\xA2 Ann Lee   May 26, 2016\n    1\n\n"
    "    Lovely with feta on top, and a little sumac.\n\n  \xE2\x80\xA2 Bo   May 26, 2016\n"
    "    2\n\n    We had it twice this week already.\n\n  \xE2\x80\xA2 Cy Dunn   May 27, "
    "2016\n    3\n\n    Could the mint be basil instead?\n\n  \xE2\x80\xA2 Dee   May 28, "
    "2016\n    4\n\n    Basil works, we tried it at home.\n";

static void test_list_item_headers(void **state)
{
	(void)state;
	static const char *const authors[] = {"Ann Lee", "Bo", "Cy Dunn", "Dee"};
	tt_thread *t = import_page(items_page, sizeof items_page - 1);
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(t->order[i]->author, authors[i]);
	assert_string_equal(t->order[0]->body.v[t->order[0]->body.n - 1],
	                    "Lovely with feta on top, and a little sumac.");
	assert_string_equal(t->order[2]->time, "2016-05-27");
	assert_string_equal(t->order[3]->time, "2016-05-28");
	tt_thread_free(t);
}

static void test_numbers_under_headers(void **state)
{
	(void)state;
	static const char *const words[] = {
	    "Lovely with feta on top, and a little sumac.", "We had it twice this week already.",
	    "Could the mint be basil instead?", "Basil works, we tried it at home."};
	tt_thread *t = import_page(items_page, sizeof items_page - 1);
	assert_int_equal(t->ncomments, 4);
	check_first_words(t, 4, words);
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(t->order[i]->body.n, 1);
	tt_thread_free(t);
}

/* A table of comments, one row each (zdrojak.cz's overview): a bullet run
 * into the name, a gap, the title, and the date closing the line, its
 * clock after a word the date reader does not know ("v"), kept as
 * written; the title is the text, and "Re: TITLE" answers the latest row
 * titled TITLE. */
static void test_table_rows(void **state)
{
	(void)state;
	static const char page[] =
	    "Testy\n\nThis article is about the tests we write and the reasons why we write them "
	    "at all.\n\nKomentare: 5\n\n"
	    "\xE2\x97\x8F" "danaketh            Psani testu        14.3.2011 v 06:06\n"
	    "\xE2\x97\x8F" "Martin Maly       Re: Psani testu      14.3.2011 v 06:18\n"
	    "\xE2\x97\x8F" "myshpa            Re: Psani testu      14.3.2011 v 07:52\n"
	    "\xE2\x97\x8F" "jachym               Dotaz             14.3.2011 ve 08:17\n"
	    "\xE2\x97\x8F" "Martin Maly          Re: Dotaz         14.3.2011 ve 09:20\n";
	static const char *const authors[] = {"danaketh", "Martin Maly", "myshpa", "jachym",
	                                      "Martin Maly"};
	static const char *const words[] = {"Psani testu", "Re: Psani testu", "Re: Psani testu",
	                                    "Dotaz", "Re: Dotaz"};
	static const int parent[] = {-1, 0, 0, -1, 3};
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 5);
	check_first_words(t, 5, words);
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(t->order[i]->author, authors[i]);
		if (parent[i] < 0)
			assert_null(t->order[i]->parent);
		else
			assert_ptr_equal(t->order[i]->parent, t->order[parent[i]]);
	}
	assert_string_equal(t->order[3]->posted, "14.3.2011 ve 08:17");
	assert_string_equal(t->order[3]->time, "2011-03-14T08:17");
	tt_thread_free(t);
}

/* Blogger's classic template in w3m's dump: "NAME WORD..." (three dots
 * for the colon) over the text, the date under it; the word closes every
 * such header, while a text's line trailing off ("Know your customer...")
 * heads nothing. */
static void test_dotted_verb_headers(void **state)
{
	(void)state;
	static const char page[] =
	    "Testy\n\nThis article is about the tests we write and the reasons why we write them "
	    "at all.\n\nAnna Nowak pisze...\n\n    Straszne, zle rozumiana jest rola testera.\n\n"
	    "    Know your customer...\n\n    15 lutego 2010 10:31 [icon_delet]\n_\n"
	    "Tomasz Kowalczyk pisze...\n\n    Fakt, testerzy sa wazni.\n\n"
	    "    15 lutego 2010 12:14 [icon_delet]\n_\nAnonimowy pisze...\n\n"
	    "    Co ma do zrobienia programista.\n\n    15 lutego 2010 13:05 [icon_delet]\n";
	static const char *const authors[] = {"Anna Nowak", "Tomasz Kowalczyk", "Anonimowy"};
	static const char *const words[] = {"Straszne, zle rozumiana jest rola testera.", "Fakt, testerzy sa wazni.", "Co ma do zrobienia programista."};
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	check_first_words(t, 3, words);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t->order[i]->author, authors[i]);
	assert_int_equal(t->order[0]->body.n, 2);
	assert_string_equal(t->order[2]->time, "2010-02-15T13:05");
	tt_thread_free(t);
}

/* The same in lynx's dump: the names' link numbers before them, each date
 * followed by a linked image ("[22][icon_delete13.gif]", the delete
 * button), and the heading "3 komentarze:" over them stating a count, no
 * name and its verb. */
static void test_dotted_verb_headers_lynx(void **state)
{
	(void)state;
	static const char page[] =
	    "   Testy\n\n   This article is about the tests we write and the reasons why we "
	    "write them at all.\n\n3 komentarze:\n\n   [20]Anna Nowak pisze...\n"
	    "          Straszne, zle rozumiana jest rola testera.\n\n"
	    "          [21]15 lutego 2010 10:31 [22][icon_delete13.gif]\n\n"
	    "   [23]Tomasz Kowalczyk pisze...\n          Fakt, testerzy sa wazni.\n\n"
	    "          [24]15 lutego 2010 12:14 [25][icon_delete13.gif]\n\n   Anonimowy pisze...\n"
	    "          Co ma do zrobienia programista.\n\n"
	    "          [26]15 lutego 2010 13:05 [27][icon_delete13.gif]\n";
	static const char *const authors[] = {"Anna Nowak", "Tomasz Kowalczyk", "Anonimowy"};
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(t->order[i]->author, authors[i]);
		assert_null(t->order[i]->parent);
	}
	assert_string_equal(t->order[1]->posted, "15 lutego 2010 12:14");
	assert_string_equal(t->order[1]->body.v[0], "Fakt, testerzy sa wazni.");
	tt_thread_free(t);
}

/* lynx draws a reply's header block deeper than its parent's but leaves
 * the links of the avatar and of the name at the margin (DealDoktor:
 * "[60]Profilbild von Bo" over "    Bo", "    6458", "[61]Bo" and the
 * date and text four columns deeper): the reply nests under the comment
 * above, whether its block opens after a blank line or right under the
 * text before it, and its text is its own, not a quotation. */
static void test_lynx_reply_links_at_margin(void **state)
{
	(void)state;
	static const char page[] =
	    "   Coffee at half price\n\n   The offer runs until Saturday, in every shop of the "
	    "chain in the north.\n\n   [55]Profilbild von Ann\n\n   Ann\n   5819\n\n"
	    "   [56]Ann\n   18.10.2019, 16:18 [57]Zitieren [58]#\n\n"
	    "   The other offer three weeks ago was better.\n\n"
	    "   [60]Profilbild von Bo\n       Bo\n       6458\n   [61]Bo\n"
	    "       18.10.2019, 16:31 [62]Zitieren [63]#\n"
	    "       I do not drink coffee, but it may help someone.\n"
	    "   [65]Profilbild von Cy\n       Cy\n       10999\n   [66]Cy\n"
	    "       18.10.2019, 18:32 [67]Zitieren [68]#\n"
	    "       That was another brand and another price.\n\n"
	    "   [74]Profilbild von Dee\n\n   Dee\n   10000\n\n   [75]Dee\n"
	    "   18.10.2019, 17:36 [76]Zitieren [77]#\n\n   A good offer for saving money.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const authors[] = {"Ann", "Bo", "Cy", "Dee"};
	static const int depths[] = {0, 1, 1, 0};
	static const char *const words[] = {"The other offer", "I do not drink", "That was another",
	                                    "A good offer"};
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->order[i]->author, authors[i]);
		assert_int_equal(t->order[i]->depth, depths[i]);
		assert_true(!strncmp(t->order[i]->body.v[0], words[i], strlen(words[i])));
	}
	tt_thread_free(t);
}

/* A name written on two lines, the same name twice (an avatar's alt text,
 * then the name), right over a date: a header of its own, whose date a
 * "WORD:" line far above, nor a name over a repeated line ("Mehr Kolumnen
 * auf MeinMMO:", "[Linda_Bild]" over "Mehr zum Thema": a box of teasers),
 * takes as its date under its text. */
static void test_name_twice_over_date(void **state)
{
	(void)state;
	static const char page[] =
	    "Mein erstes Spiel\n\nDas erste Spiel bleibt etwas ganz Besonderes, auch nach zwanzig "
	    "Jahren noch.\n\nMehr Kolumnen auf MeinMMO:\nMehr zum Thema\n"
	    "Das Gef\xC3\xBChl, das neuen Spielen heute fehlt\nvon Anna\n[Anna-Bild]\n"
	    "Mehr zum Thema\nMeine erste Liebe in einem Spiel\nvon Linda\n[Linda_Bild]\n"
	    "Mehr zum Thema\nEin niedliches Spiel auf Steam\nvon Cortyn\n\n"
	    "Deine Meinung? Diskutiere mit uns!\n\nNeueste\nLuripu\nLuripu\nvor 1 Stunde\n\n"
	    "So \xC3\xA4hnlich lief es bei mir mit dem ersten Spiel.\n\nAntworten\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "Luripu");
	assert_string_equal(t->order[0]->posted, "vor 1 Stunde");
	assert_true(!strncmp(t->order[0]->body.v[0], "So \xC3\xA4hnlich", 10));
	tt_thread_free(t);
}

/* A stated count over a list of as many bulleted items with no name or
 * date (forum replies saved without their header): each item a comment at
 * the top level, as w3m draws it (the bullet alone over the text) and as
 * lynx does ("* text", the text hanging past the bullet); a byline's date
 * above does not start the comments, a list of links below is no comment,
 * and a blog archive's "September (3)" over its posts is no heading. */
static void test_count_over_bare_items(void **state)
{
	(void)state;
	static const char w3m[] =
	    "A new phone at the show next month\n\nBy Dan Bee last updated 4 April 17\n\n"
	    "The company is holding its event in the spring, and nobody knows what it brings.\n\n"
	    "3 Comments\n\n"
	    "  \xE2\x80\xA2\n    Leaks suggest a new model.\n"
	    "  \xE2\x80\xA2\n    Or the other one that people have been calling\n    by its old name.\n"
	    "  \xE2\x80\xA2\n    I just want new mods for the one I have\n\n"
	    "Show more comments\n\n"
	    "  \xE2\x80\xA2 Terms and conditions\n  \xE2\x80\xA2 Privacy policy\n"
	    "  \xE2\x80\xA2 About us\n";
	static const char lynx[] =
	    "   A new phone at the show next month\n\n"
	    "   The company is holding its event in the spring, and nobody knows what it brings.\n"
	    "   3 Comments\n"
	    "     * Leaks suggest a new model.\n"
	    "     * Or the other one that people have been calling\n       by its old name.\n"
	    "     * I just want new mods for the one I have\n\n   Show more comments\n";
	static const char archive[] =
	    "A blog post with a title\n\nThe post has a paragraph of text that reads as prose, "
	    "with a period at its end.\n\n"
	    "  \xE2\x96\xA1 September (3)\n\n"
	    "      \xE2\x80\xA2 The first post of that month, about the garden and its roses.\n"
	    "      \xE2\x80\xA2 The second post of that month, about the kitchen and its pots.\n"
	    "      \xE2\x80\xA2 The third post of that month, about the hall and its lamps.\n";
	static const char *const first[] = {"Leaks suggest a new model.", "Or the other one that people have been calling", "I just want new mods for the one I have"};
	const char *const pages[] = {w3m, lynx};
	const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	for (size_t k = 0; k < 2; k++) {
		tt_error err;
		struct tt_import_report r;
		tt_import_report_init(&r, 0);
		struct tt_import_opts o = {.report = &r};
		tt_thread *t = tt_import_mem("p.txt", pages[k], lens[k], &o, &err);
		assert_non_null(t);
		assert_int_equal(t->ncomments, 3);
		for (size_t i = 0; i < 3; i++) {
			assert_null(t->order[i]->author);
			assert_null(t->order[i]->posted);
			assert_int_equal(t->order[i]->depth, 0);
			assert_int_equal(t->order[i]->body.n, 1);
			assert_true(!strncmp(t->order[i]->body.v[0], first[i], strlen(first[i])));
		}
		assert_non_null(strstr(t->order[1]->body.v[0], "by its old name."));
		assert_int_equal(r.stated, 3);
		assert_non_null(strstr(r.layout, "list items"));
		assert_nowhere(t, "Privacy");
		tt_import_report_free(&r);
		tt_thread_free(t);
	}
	tt_error err;
	tt_thread *t = tt_import_mem("p.txt", archive, sizeof archive - 1, NULL, &err);
	assert_non_null(t);
	assert_int_equal(t->ncomments, 0);
	tt_thread_free(t);
}

/* Nesting written as "level N" over each header, all at one column (new
 * Reddit saved as text): the number gives the depth; a score where the
 * name would be ("39 points", "Original Poster1 point") is no name, and
 * the sort menu's lines over the first header are no run of names nor
 * text that header signs; a dated line after the comments with no level
 * over it ("Created · Jan 25, 2008") is none of them. */
static void test_level_lines_and_scores(void **state)
{
	(void)state;
	static const char page[] =
	    "What to include in a package's init file?\n\n"
	    "I have been looking around at projects, and I have seen all three approaches in use.\n\n"
	    "50 comments\nshare\nsavehidereport\n96% Upvoted\nThis thread is archived\n"
	    "Sort by\nbest\nlevel 1\n39 points \xC2\xB7 6 years ago\n\n"
	    "I tend toward option 3 for my own work.\n\n"
	    "level 2\n10 points \xC2\xB7 6 years ago\n\nAlso, flat is better than nested.\n\n"
	    "Continue this thread\nlevel 3\n4 points \xC2\xB7 6 years ago \xC2\xB7 edited 6 years ago\n\n"
	    "I think this is a bad idea.\n\n"
	    "level 2\nOriginal Poster1 point \xC2\xB7 6 years ago\n\nHi, I edited them in.\n\n"
	    "level 1\n22 points \xC2\xB7 6 years ago\n\nYou put the version in there.\n\n"
	    "View entire discussion (50 comments)\nr/Python\nCreated \xC2\xB7 Jan 25, 2008\nJoin\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 5);
	static const unsigned depths[] = {0, 1, 2, 1, 0};
	static const char *const first[] = {"I tend toward", "Also, flat", "I think this",
	                                    "Hi, I edited", "You put the"};
	for (size_t i = 0; i < 5; i++) {
		assert_int_equal(t->order[i]->depth, depths[i]);
		assert_string_equal(t->order[i]->posted, "6 years ago");
		assert_true(!strncmp(t->order[i]->body.v[0], first[i], strlen(first[i])));
		if (i != 3)
			assert_null(t->order[i]->author);
	}
	assert_string_equal(t->order[3]->author, "Original Poster");
	assert_nowhere(t, "level ");
	assert_nowhere(t, "Upvoted");
	tt_thread_free(t);
}

/* Times as the page shows them: the colon or dot closing a date line, the
 * brackets around one, and what "on" hides in lynx's dump leave `posted`;
 * a dot that is the date's ("12." of "12. Mai", "Sept.", "p.m.") stays,
 * and a date with no clock before a colon ("News vom 31.10.2018:") opens
 * text, no header. */
static void test_times_as_shown(void **state)
{
	(void)state;
	static const char page[] =
	    "A Title For The Page Here\n\n"
	    "This is the first paragraph of the article, with enough words to read as prose.\n\n"
	    "5 Kommentare\n\n"
	    "Anna Berg\n\n12. Mai 2021 um 13:45:\n\nSch\xC3\xB6ner Text, danke.\n\n"
	    "News vom 31.10.2018:\nDas stand in der Zeitung.\n\n"
	    "Ben Kurz\n\nJune 3, 2019 at 4:12 pm.\n\nGut gemacht.\n\n"
	    "Carl Day\n\nSept. 3, 2019 at 4:12 p.m.\n\nMerci beaucoup.\n\n"
	    "Dora Eck\n\n[22.06.2018 11:13]\n\nNoch ein Text.\n\n"
	    "Emil Fox\n\n3. Dez. 2019 um 16:12 Uhr.\n\nUnd noch einer.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 5);
	check_comment(t->order[0], "Anna Berg", "12. Mai 2021 um 13:45", "2021-05-12T13:45", 2);
	assert_string_equal(t->order[0]->body.v[1],
	                    "News vom 31.10.2018:\nDas stand in der Zeitung.");
	check_comment(t->order[1], "Ben Kurz", "June 3, 2019 at 4:12 pm", "2019-06-03T16:12", 1);
	check_comment(t->order[2], "Carl Day", "Sept. 3, 2019 at 4:12 p.m.", "2019-09-03T16:12", 1);
	check_comment(t->order[3], "Dora Eck", "22.06.2018 11:13", "2018-06-22T11:13", 1);
	check_comment(t->order[4], "Emil Fox", "3. Dez. 2019 um 16:12 Uhr", "2019-12-03T16:12", 1);
	tt_thread_free(t);
	/* "NAME on DATE said:" keeps "on" and the half of the day, whatever
	 * the dump wrote between (lynx's link number) */
	static const char lynx[] =
	    "   A Title For The Page Here\n\n"
	    "   This is the first paragraph of the article, with enough words to read as prose.\n\n"
	    "Comments\n\n"
	    "     * Jamie Cassidy on [92]November 15, 2018 at 10:12 pm said:\n"
	    "       I am so pumped about this!\n"
	    "     * Lee Moss on [93]November 16, 2018 at 9:02 am said:\n"
	    "       Me too, it fills a gap.\n";
	t = import_page(lynx, sizeof lynx - 1);
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "Jamie Cassidy", "on November 15, 2018 at 10:12 pm",
	              "2018-11-15T22:12", 1);
	check_comment(t->order[1], "Lee Moss", "on November 16, 2018 at 9:02 am",
	              "2018-11-16T09:02", 1);
	tt_thread_free(t);
}

/* A profile's button over the date, the name under it ("1. [avatar]Profile"
 * over "12.29.14 at 9:14 pm" over "SatanHimself" over the text, as
 * WordPress VIP sets it): the line every header shares is no name, the one
 * under the date is, even where it ends in "?". */
static void test_names_under_dates(void **state)
{
	(void)state;
	static const char w3m[] =
	    "A Title For The Page Here\n\n"
	    "This is the first paragraph of the article, with enough words to read as prose.\n\n"
	    "4 comments\n\n"
	    " 1. [avatar]Profile\n    12.29.14 at 9:14 pm\n    Ann Lee\n\n    First text here.\n\n"
	    " 2. [avatar]Profile\n    12.29.14 at 9:15 pm\n    bob_k\n\n    Second text.\n\n"
	    " 3. [avatar]Profile\n    12.29.14 at 9:52 pm\n    AreWeFriends?\n\n    Third one.\n\n"
	    " 4. [avatar]Profile\n    12.30.14 at 2:12 am\n    Dee Dee Ramone Jr\n\n    Fourth.\n";
	static const char lynx[] =
	    "   A Title For The Page Here\n\n"
	    "   This is the first paragraph of the article, with enough words to read as prose.\n\n"
	    "   4 comments\n"
	    "    1. [181][avatar] [182]Profile\n       12.29.14 at 9:14 pm\n       Ann Lee\n"
	    "       First text here.\n"
	    "    2. [183][avatar] [184]Profile\n       12.29.14 at 9:15 pm\n       bob_k\n"
	    "       Second text.\n"
	    "    3. [185][avatar] [186]Profile\n       12.29.14 at 9:52 pm\n       AreWeFriends?\n"
	    "       Third one.\n"
	    "    4. [187][avatar] [188]Profile\n       12.30.14 at 2:12 am\n       Dee Dee Ramone Jr\n"
	    "       Fourth.\n";
	const char *const pages[] = {w3m, lynx};
	const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	static const char *const names[] = {"Ann Lee", "bob_k", "AreWeFriends?",
	                                    "Dee Dee Ramone Jr"};
	static const char *const first[] = {"First text here.", "Second text.", "Third one.",
	                                    "Fourth."};
	for (size_t k = 0; k < 2; k++) {
		tt_thread *t = import_page(pages[k], lens[k]);
		assert_int_equal(t->ncomments, 4);
		check_tree(t, 4, names, NULL, 1);
		check_first_words(t, 4, first);
		check_comment(t->order[0], "Ann Lee", "12.29.14 at 9:14 pm", "2014-12-29T21:14", 1);
		tt_thread_free(t);
	}
}

/* New Reddit with its authors, as w3m and lynx draw it: "level N", the
 * name alone (lynx: its link number before it), then the score and the
 * date ("1.2k points · 2 days ago", the score with a multiplier), the
 * collapsed threads' counts ("2 more replies") between the comments; the
 * page's count (412) is far above what the page holds, and those counts
 * head nothing. */
static void test_names_over_scores(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Posted by\nu/somebody\n2 days ago\n\n"
	    "Our town built a bridge out of old bicycles and it carries trams now\n\n"
	    "412 comments\nshare\nsave\n88% Upvoted\nSort by\nbest\n"
	    "level 1\nmarsh_walker\n1.2k points \xC2\xB7 2 days ago\n\n"
	    "Bicycles are stronger than they look.\n\nReply\nshare\n"
	    "level 2\nTeaKettle99\n310 points \xC2\xB7 2 days ago \xC2\xB7 edited 1 day ago\n\n"
	    "Until the first heavy tram.\n\nReply\nshare\n\n3 more replies\n\n"
	    "level 3\nmarsh_walker\n12 points \xC2\xB7 1 day ago\n\nThey tested it with sand.\n\n"
	    "Reply\nshare\n\n2 more replies\n\n"
	    "level 1\nquiet-owl\n9 points \xC2\xB7 20 hours ago\n\nWhere is this?\n\n"
	    "Reply\nshare\n\n4 more replies\n";
	static const char lynx[] =
	    "   Posted by\n   u/somebody\n   2 days ago\n\n"
	    "   Our town built a bridge out of old bicycles and it carries trams now\n\n"
	    "   412 comments\n   (BUTTON) share\n   Sort by\n"
	    "   level 1\n   [12]marsh_walker\n   1.2k points \xC2\xB7 [13]2 days ago\n\n"
	    "   Bicycles are stronger than they look.\n   (BUTTON) Reply\n"
	    "   level 2\n   [14]TeaKettle99\n   310 points \xC2\xB7 [15]2 days ago \xC2\xB7 edited 1 day ago\n\n"
	    "   Until the first heavy tram.\n   (BUTTON) Reply\n\n   3 more replies\n"
	    "   level 3\n   [16]marsh_walker\n   12 points \xC2\xB7 [17]1 day ago\n\n"
	    "   They tested it with sand.\n   (BUTTON) Reply\n\n   2 more replies\n"
	    "   level 1\n   [18]quiet-owl\n   9 points \xC2\xB7 [19]20 hours ago\n\n"
	    "   Where is this?\n   (BUTTON) Reply\n\n   4 more replies\n";
	const char *const pages[] = {w3m, lynx};
	const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	static const char *const names[] = {"marsh_walker", "TeaKettle99", "marsh_walker",
	                                    "quiet-owl"};
	static const char *const posted[] = {"2 days ago", "2 days ago", "1 day ago",
	                                     "20 hours ago"};
	static const char *const first[] = {"Bicycles are", "Until the first", "They tested",
	                                    "Where is this"};
	static const unsigned depths[] = {0, 1, 2, 0};
	for (size_t k = 0; k < 2; k++) {
		tt_error err;
		tt_thread *t = tt_import_mem("p.txt", pages[k], lens[k], NULL, &err);
		assert_non_null(t);
		assert_int_equal(t->ncomments, 4);
		for (size_t i = 0; i < 4; i++) {
			assert_string_equal(t->order[i]->author, names[i]);
			assert_string_equal(t->order[i]->posted, posted[i]);
			assert_int_equal(t->order[i]->depth, depths[i]);
			assert_true(!strncmp(t->order[i]->body.v[0], first[i], strlen(first[i])));
		}
		tt_thread_free(t);
	}
}

/* A comment's list of sources, each an address and the day it was read,
 * as lynx wraps it at the page's width: the address cut there ("...-in-
 * Deutschl" over "and.html 19.05.19") or the date set under it. Neither
 * line under the address is a header ("and.html" no name before a date,
 * "08.05.19" no date over "Antworten"): the comments stay three, none
 * nested. */
static void test_cut_addresses_are_no_headers(void **state)
{
	(void)state;
	static const char page[] =
	    "   Eine Seite mit einem recht langen Titel\n\n"
	    "   Der Artikel beginnt mit einem Satz, der lang genug ist, um als Text zu gelten, und\n"
	    "   er geht in der zweiten Zeile weiter, bis die Breite der Seite erreicht ist, und so\n"
	    "   weiter bis zum Ende des ganzen Absatzes, der hier nun mit einem Punkt schliesst.\n\n"
	    "   3 Kommentare\n\n"
	    "    1. Anna-1001 schreibt:\n"
	    "       [11]29. Mai 2019 um 10:43\n"
	    "       Ein Text mit Quellen, die der Browser an der Breite der Seite umbrochen hat,\n"
	    "       weil die Adressen zu lang sind, um in eine einzige Zeile der Seite zu passen.\n"
	    "       Quellen:\n"
	    "       [12]https://www.example.org/politik/deutschland/gallery1352/So-leben-Kinder-in\n"
	    "       and.html 19.05.19\n"
	    "       [13]https://www.example.org/kinderrechte/weltweit-missachtet-und-vergessen.html\n"
	    "       08.05.19\n"
	    "       [14]Antworten\n"
	    "    2. Ben-1002 schreibt:\n"
	    "       [15]29. Mai 2019 um 10:45\n"
	    "       Ein zweiter Text, der auch lang genug ist, um an der Breite der Seite zu enden,\n"
	    "       und danach noch eine Zeile, die beinahe so breit ist wie die Zeilen darueber.\n"
	    "       Und eine dritte Zeile, die noch einmal bis an die Breite der Seite reicht, so.\n"
	    "       [16]Antworten\n"
	    "    3. Cleo-1003 schreibt:\n"
	    "       [17]29. Mai 2019 um 10:47\n"
	    "       Ein dritter Text, der wie die anderen lang genug ist, um die Breite zu zeigen,\n"
	    "       an der ein Browser die Zeilen umbricht, wenn er eine Seite als Text schreibt.\n"
	    "       [18]Antworten\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const names[] = {"Anna-1001", "Ben-1002", "Cleo-1003"};
	check_tree(t, 3, names, NULL, 0);
	assert_non_null(strstr(t->order[0]->body.v[0], "and.html 19.05.19"));
	assert_non_null(strstr(t->order[0]->body.v[0], "08.05.19"));
	tt_thread_free(t);
}

/* "NAME, Do 9 Apr 2020 / 08:34 Antworten" (a theme that writes the weekday
 * in two letters and a slash before the clock), replies as nested list
 * items: the weekday and the slash are the date's, not the name's. */
static void test_short_weekday_and_slash(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel einer Seite hier\n\n"
	    "Der Artikel beginnt mit einem Satz, der lang genug ist, um als Text zu gelten.\n\n"
	    "3 Comments\n\n"
	    " 1. Josef Lind, Do 9 Apr 2020 / 08:34 Antworten\n\n"
	    "    Sehr nachdenkenswert finde ich das.\n\n"
	    "      \xE2\x96\xA1 Roberto Roberto, Do 9 Apr 2020 / 20:50 Antworten\n\n"
	    "        Ich f\xC3\xBCrchte, das \xC3\xBC" "berzeugt mich nicht.\n\n"
	    " 2. Hella, Sa 11 Apr 2020 / 00:40 Antworten\n\n"
	    "    In der Tat.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const names[] = {"Josef Lind", "Roberto Roberto", "Hella"};
	static const unsigned depths[] = {0, 1, 0};
	check_tree(t, 3, names, depths, 1);
	check_comment(t->order[0], "Josef Lind", "Do 9 Apr 2020 / 08:34", "2020-04-09T08:34", 1);
	check_comment(t->order[2], "Hella", "Sa 11 Apr 2020 / 00:40", "2020-04-11T00:40", 1);
	tt_thread_free(t);
}

/* lynx's numbered comments where some have an avatar: "1. Ann Lee • 2
 * weeks ago" on the item's line, "2. [1051?sz=36]" alone over "Bob Hart •
 * 3 weeks ago" at the item's text column. The second is no reply to the
 * first; a reply (a deeper list) still nests. */
static void test_numbered_items_with_avatars(void **state)
{
	(void)state;
	static const char page[] =
	    "   A Title For The Page Here\n\n"
	    "   This is the first paragraph of the article, with enough words to read as prose.\n\n"
	    "4 Comments\n\n"
	    "    1. Ann Lee \xE2\x80\xA2 [52]2 weeks ago\n"
	    "       The first comment has no avatar at all.\n"
	    "       [53]Reply\n"
	    "    2. [105129914771408734496?sz=36]\n"
	    "       Bob Hart \xE2\x80\xA2 [54]3 weeks ago\n"
	    "       The second one has an avatar over its name.\n"
	    "       [55]Reply\n"
	    "          1. [106305414846869872871?sz=36]\n"
	    "             Cleo Day \xE2\x80\xA2 [56]3 weeks ago\n"
	    "             A reply to the second one.\n"
	    "             [57]Reply\n"
	    "    3. Dan Eck \xE2\x80\xA2 [58]4 weeks ago\n"
	    "       The third one, no avatar again.\n"
	    "       [59]Reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const names[] = {"Ann Lee", "Bob Hart", "Cleo Day", "Dan Eck"};
	static const unsigned depths[] = {0, 0, 1, 0};
	check_tree(t, 4, names, depths, 1);
	tt_thread_free(t);
}

/* An avatar and its frame run together before the name, as w3m writes two
 * images ("1. [mystery][svg] Burnsy sagt:", "□ [f32b549e9d3f][svg] Tobi
 * sagt:"): both are alt text, the name is what follows. */
static void test_two_images_before_name(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel einer Seite hier\n\n"
	    "Der Artikel beginnt mit einem Satz, der lang genug ist, um als Text zu gelten.\n\n"
	    "2 Antworten\n\n"
	    " 1. [mystery][svg] Burnsy sagt:\n    29. M\xC3\xA4rz 2020 um 16:45 Uhr\n\n"
	    "    Hallo Tobi, danke.\n\n    Antworten\n"
	    "      \xE2\x96\xA1 [f32b549e9d3f][svg] Tobi sagt:\n"
	    "        29. M\xC3\xA4rz 2020 um 22:02 Uhr\n\n"
	    "        Hallo, ja.\n\n        Antworten\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	static const char *const names[] = {"Burnsy", "Tobi"};
	static const unsigned depths[] = {0, 1};
	check_tree(t, 2, names, depths, 1);
	tt_thread_free(t);
}

/* Le Point's comments as lynx draws them: "* NAME 02-11-2023 • 16h43"
 * (a bullet between the date and its clock, read past), the text under
 * the bullet, and after the last one a button back at the page's margin:
 * a line left of the header's column after the text ends it, and makes
 * no quote of the text above it. */
static void test_bullet_before_clock(void **state)
{
	(void)state;
	static const char page[] =
	    "   Un titre de page assez long\n\n"
	    "   Un paragraphe de l'article qui dit quelque chose de vrai et de long.\n\n"
	    "Commentaires (3)\n\n"
	    "     * Dekisefouton 02-11-2023 \xE2\x80\xA2 16h43\n"
	    "       Nos juges... Et lui ont-ils fix\xC3\xA9 une date pour recommencer ?\n"
	    "       (BUTTON) Signaler\n"
	    "     * norbert777 02-11-2023 \xE2\x80\xA2 16h43\n"
	    "       Il en va du Coran et de ses hadiths comme de la Bible.\n"
	    "       (BUTTON) Signaler\n"
	    "     * Gigi de Rey 02-11-2023 \xE2\x80\xA2 16h41\n"
	    "       On marche sur la t\xC3\xAAte ! Ce type n'a rien \xC3\xA0 faire ici\n"
	    "       (BUTTON) Signaler\n\n"
	    "   (BUTTON) Voir les commentaires suivants\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const names[] = {"Dekisefouton", "norbert777", "Gigi de Rey"};
	check_tree(t, 3, names, NULL, 0);
	check_comment(t->order[0], "Dekisefouton", "02-11-2023 \xE2\x80\xA2 16h43",
	              "2023-11-02T16:43", t->order[0]->body.n);
	assert_string_equal(t->order[2]->time, "2023-11-02T16:41");
	assert_true(!strncmp(t->order[2]->body.v[0], "On marche", 9));
	tt_thread_free(t);
}

/* Pingbacks numbered among the comments ("1. Pingback: TITLE | SITE" right
 * over "2. [4bde] Michael Blahm sagt:"): the next item of the list is no
 * wrapped tail of the pingback's title, so the header under it stays one. */
static void test_next_item_is_no_wrapped_tail(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel einer Seite hier\n\n"
	    "Der Artikel beginnt mit einem Satz, der lang genug ist, um als Text zu gelten.\n\n"
	    " 8. Pingback: LG K\xC3\xB6ln zur BY-NC Lizenz | RECHTSANWALT JAKOB WAHLERS\n"
	    " 9. [4bde] Michael Blahm sagt:\n    2. April 2014 um 8:29 Uhr\n\n"
	    "    Warum nicht alles offen gestalten.\n\n    Antworten\n"
	    " 3. Pingback: IT LawCamp 2014, Frankfurt am Main | Offene Netze und Recht\n"
	    " 4. [1879] GoldKind sagt:\n    10. Juli 2014 um 12:58 Uhr\n\n"
	    "    @ Michael Blahm, weil dann natuerlich.\n\n    Antworten\n"
	    " 5. [7c6b] Robbinho sagt:\n    29. Juli 2014 um 13:38 Uhr\n\n"
	    "    Das LG hat keine Ahnung.\n\n    Antworten\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	/* (a pingback in the comments' list is a comment of its own, since
	 * round 40 was worked on: test_pingback_items) */
	assert_int_equal(t->ncomments, 4);
	static const char *const names[] = {
	    "Michael Blahm", "IT LawCamp 2014, Frankfurt am Main | Offene Netze und Recht", "GoldKind",
	    "Robbinho"};
	check_tree(t, 4, names, NULL, 1);
	check_comment(t->order[0], "Michael Blahm", "2. April 2014 um 8:29 Uhr", "2014-04-02T08:29",
	              1);
	tt_thread_free(t);
}

/* A sign alone opening a comment's text ("+" over "Der Text ist gut
 * gegliedert ...", a pupil's mark) is the text's first line, not a
 * browser's bullet; a bullet alone over a reply's header still nests it. */
static void test_sign_opening_text(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel einer Seite hier\n\n"
	    "Der Artikel beginnt mit einem Satz, der lang genug ist, um als Text zu gelten.\n\n"
	    " 1. [8b01] Anna-1001 schreibt:\n    29. Mai 2019 um 10:43\n\n"
	    "    Ein Text mit einer Frage daran.\n\n    Antworten\n"
	    "      \xE2\x96\xA1 [8b02] Mulm-1006 schreibt:\n        29. Mai 2019 um 11:06\n\n"
	    "        +\n        Der Text ist gut gegliedert und klar.\n\n        Antworten\n"
	    " 2. [8b03] Ben-1002 schreibt:\n    29. Mai 2019 um 10:45\n\n"
	    "    Noch ein Text hier.\n\n    Antworten\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const names[] = {"Anna-1001", "Mulm-1006", "Ben-1002"};
	static const unsigned depths[] = {0, 1, 0};
	check_tree(t, 3, names, depths, 1);
	assert_string_equal(t->order[1]->body.v[0], "+\nDer Text ist gut gegliedert und klar.");
	tt_thread_free(t);
}

/* New Reddit's gone comments: under "level N", words with the date run
 * into them ("Comment removed by moderator1 day ago(2 children)", lynx with
 * its link number), no name and no score: kept with the date, no author
 * and no text, so that the reply under them keeps its depth; an author
 * shown as "[deleted]" over a score, an award's image under the score. */
static void test_gone_comments_under_levels(void **state)
{
	(void)state;
	static const char w3m[] =
	    "A very old lighthouse was moved inland by two hundred metres\n\n"
	    "96 comments\nshare\nSort by\nbest\n"
	    "level 1\nharbour_cat\n540 points \xC2\xB7 3 days ago\n\n"
	    "It looks smaller than I thought.\n\nReply\nshare\n"
	    "level 2\nPost gone for good3 days ago(2 children)\n"
	    "level 3\n[deleted]\n77 points \xC2\xB7 2 days ago\n[award-silver]\n\n"
	    "Rails and patience.\n\nReply\nshare\n"
	    "level 1\nPost gone for good1 day ago\n"
	    "level 2\nfoghorn\n3 points \xC2\xB7 20 hours ago\n\nNo reply here.\n\nReply\n";
	static const char lynx[] =
	    "   A very old lighthouse was moved inland by two hundred metres\n\n"
	    "   96 comments\n   Sort by\n"
	    "   level 1\n   [12]harbour_cat\n   540 points \xC2\xB7 [13]3 days ago\n\n"
	    "   It looks smaller than I thought.\n   (BUTTON) Reply\n   (BUTTON)\n"
	    "   level 2\n   Post gone for good[14]3 days ago(2 children)\n   (BUTTON)\n"
	    "   level 3\n   [deleted]\n   77 points \xC2\xB7 [15]2 days ago\n   [award-silver.png]\n\n"
	    "   Rails and patience.\n   (BUTTON) Reply\n   (BUTTON)\n"
	    "   level 1\n   Post gone for good[16]1 day ago\n   (BUTTON)\n"
	    "   level 2\n   [17]foghorn\n   3 points \xC2\xB7 [18]20 hours ago\n\n"
	    "   No reply here.\n   (BUTTON) Reply\n";
	const char *const pages[] = {w3m, lynx};
	const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	static const char *const names[] = {"harbour_cat", NULL, "[deleted]", NULL, "foghorn"};
	static const char *const posted[] = {"3 days ago", "3 days ago", "2 days ago", "1 day ago",
	                                     "20 hours ago"};
	static const char *const first[] = {"It looks", NULL, "Rails and", NULL, "No reply"};
	static const unsigned depths[] = {0, 1, 2, 0, 1};
	for (size_t k = 0; k < 2; k++) {
		tt_error err;
		tt_thread *t = tt_import_mem("p.txt", pages[k], lens[k], NULL, &err);
		assert_non_null(t);
		assert_int_equal(t->ncomments, 5);
		for (size_t i = 0; i < 5; i++) {
			const tt_comment *c = t->order[i];
			assert_int_equal(c->depth, depths[i]);
			assert_string_equal(c->posted, posted[i]);
			if (names[i])
				assert_string_equal(c->author, names[i]);
			else
				assert_null(c->author);
			if (first[i])
				assert_true(!strncmp(c->body.v[0], first[i], strlen(first[i])));
			else
				assert_int_equal(c->body.n, 0);
		}
		tt_thread_free(t);
	}
}

/* New Reddit's pinned comment: under "level 1" and the name, a flair run
 * into "Score hidden" where the score stands, the date after the dot, the
 * line broken inside its last date ("edited 2" over "years ago"). */
static void test_flair_in_place_of_score(void **state)
{
	(void)state;
	static const char page[] =
	    "A song that gets faster every time the chorus comes round again\n\n"
	    "3.1k comments\nshare\nSort by\nbest\n"
	    "level 1\nTheSteward\nModerator of the board, speaking for itScore hidden \xC2\xB7 2 years ago "
	    "\xC2\xB7 Stickied comment \xC2\xB7 edited 2\nyears ago\n\n"
	    "Well played, everyone.\n\nshare\n"
	    "level 1\nbrisk_tempo\n5.7k points \xC2\xB7 2 years ago\n\nI fell for it again.\n\nshare\n"
	    "level 2\nold_ears\n12 points \xC2\xB7 1 year ago\n\nSo did I.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "TheSteward");
	assert_string_equal(t->order[0]->posted, "2 years ago");
	assert_true(!strncmp(t->order[0]->body.v[0], "Well played", 11));
	assert_string_equal(t->order[1]->author, "brisk_tempo");
	assert_int_equal(t->order[2]->depth, 1);
	assert_nowhere(t, "years ago");
	tt_thread_free(t);
}

/* Hacker News's item page as w3m draws it: "NAME 1 day ago | parent |
 * prev | next [–]" (more links after the date than a date has words), and
 * the vote arrow's and spacer's images in the left margin amid a
 * comment's lines ("*   text", "[s]   text", at the column the text
 * stands at above or below). */
static void test_margin_marks_and_link_runs(void **state)
{
	(void)state;
	static const char page[] =
	    "          Ask: Which bridges have you crossed on foot?\n"
	    "          90 points by walker 1 day ago | hide | past | favorite | 4 comments\n"
	    "          I am collecting bridges that are better walked than driven over, with stories.\n\n\n"
	    "           stonefly 1 day ago | next [\xE2\x80\x93]\n\n"
	    "           The old rail bridge at the river mouth, in the fog of an autumn\n"
	    "       *   morning, with the gulls sitting on every rivet of the railing\n"
	    "           like they were paid to.\n\n           reply\n\n"
	    "             quayside 1 day ago | parent | prev | next [\xE2\x80\x93]\n\n"
	    "             I crossed that one too and I still think of the\n"
	    "       [s]   noise of the trains below the planks.\n\n             reply\n\n"
	    "               stonefly 20 hours ago | root | parent | prev | next [\xE2\x80\x93]\n\n"
	    "       [s]     Trains only run at night now.\n\n               reply\n\n"
	    "           ferrywoman 3 hours ago | prev | next [\xE2\x80\x93]\n\n"
	    "           None, I take the ferry.\n\n           reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const names[] = {"stonefly", "quayside", "stonefly", "ferrywoman"};
	static const char *const posted[] = {"1 day ago", "1 day ago", "20 hours ago",
	                                     "3 hours ago"};
	static const unsigned depths[] = {0, 1, 2, 0};
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->order[i]->author, names[i]);
		assert_string_equal(t->order[i]->posted, posted[i]);
		assert_int_equal(t->order[i]->depth, depths[i]);
	}
	assert_string_equal(t->order[0]->body.v[0],
	                    "The old rail bridge at the river mouth, in the fog of an autumn\n"
	                    "morning, with the gulls sitting on every rivet of the railing\n"
	                    "like they were paid to.");
	assert_true(!strncmp(t->order[1]->body.v[0], "I crossed that one", 18));
	assert_string_equal(t->order[2]->body.v[0], "Trains only run at night now.");
	assert_nowhere(t, "[s]");
	tt_thread_free(t);
}

/* GitHub's issue page as w3m draws it: the avatar's name, the name over
 * its date, then badges and buttons of a word or two with no blank line
 * between ("Edits", "ContributorAuthor"): the header's, not the text's; a
 * bulleted header's short line under it ("@MayaZi", the name the text
 * answers) stays the text's. */
static void test_badges_under_header(void **state)
{
	(void)state;
	static const char page[] =
	    "Parser fails on pages without a body element #12\n\n"
	    "The parser throws when a page has no body element, which happens with some feeds.\n\n"
	    "Activity\n\n"
	    "lindqvist\n\nlindqvist commented on May 26, 2025\n\n@lindqvist\nlindqvist\n"
	    "on May 26, 2025 \xC2\xB7 edited by lindqvist\nEdits\nContributorAuthor\n\n"
	    "I worked around it by wrapping the page first.\n\n"
	    "okafor\n\nokafor commented on Jun 2, 2025\n\n@okafor\nokafor\non Jun 2, 2025\n\n"
	    "Same here.\n\n"
	    "lindqvist\n\nlindqvist commented on Jun 8, 2025\n\n@lindqvist\nlindqvist\n"
	    "on Jun 8, 2025\nMember\n\nFixed in the next release.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	/* (the "NAME commented on DATE" lines still make comments of their
	 * own, holding "@NAME": not this rule's) */
	static const char *const first[] = {"I worked around", "Same here", "Fixed in"};
	static const char *const names[] = {"lindqvist", "okafor", "lindqvist"};
	for (size_t k = 0; k < 3; k++) {
		size_t found = 0;
		for (size_t i = 0; i < t->ncomments; i++) {
			const tt_comment *c = t->order[i];
			if (c->body.n && !strncmp(c->body.v[0], first[k], strlen(first[k]))) {
				assert_string_equal(c->author, names[k]);
				found++;
			}
		}
		assert_int_equal(found, 1);
	}
	assert_nowhere(t, "Edits");
	assert_nowhere(t, "Member");
	tt_thread_free(t);

	static const char bulleted[] =
	    "Ein Titel über Sprache\n\n"
	    "Ein langer Absatz des Artikels, der etwas über Sprache und Menschen sagt.\n\n"
	    "3 Kommentare\n\n"
	    "      \xE2\x96\xA1 Anna Berg\n      \xE2\x96\xA1 8. April 2019 @ 21:43\n"
	    "    Erster Kommentar zum Text.\n\n"
	    "      \xE2\x96\xA1 Dieter Ohm\n      \xE2\x96\xA1 9. April 2019 @ 10:02\n"
	    "    @Anna\n\n    Dem stimme ich zu.\n\n"
	    "      \xE2\x96\xA1 Anna Berg\n      \xE2\x96\xA1 9. April 2019 @ 11:15\n"
	    "    Danke.\n";
	t = import_page(bulleted, sizeof bulleted - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->body.v[0], "@Anna");
	tt_thread_free(t);
}

/* A forum's posts with the author's box over each (MyBB): the name (w3m:
 * an avatar's alt text over it; lynx: a link), the member's lines with no
 * blank between, a blank line, the date alone over the text; the page's
 * buttons under each post ("Suchen", "Zitieren") and the signature's name
 * over them start no box; the first post is the topic. */
static void test_author_boxes(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Ein Pilz im Mai\n[avatar]\nmoosfreund\nSenior Member\n****\nBeitr\xC3\xA4ge: 294\n"
	    "Registriert seit: Oct 2018\n#1\n\n26.04.2020, 17:35\n"
	    "Liebe Pilzfreunde,\nwas ist das f\xC3\xBCr ein Pilz am Waldrand?\nHanna\nSuchen\nZitieren\n"
	    "[default_]\nTeo Rauch\nMember\n***\nBeitr\xC3\xA4ge: 96\nRegistriert seit: Mar 2019\n#2\n\n"
	    "26.04.2020, 19:13\nServus Hanna,\ndas ist ein Ritterling.\nTeo\nSuchen\nZitieren\n"
	    "[default_]\nBirke\nPosting Freak\n*****\nBeitr\xC3\xA4ge: 885\nRegistriert seit: Jul 2013\n#3\n\n"
	    "27.04.2020, 06:58\nGr\xC3\xBC\xC3\x9F dich,\nich sehe es genauso.\nSuchen\nZitieren\n";
	static const char lynx[] =
	    "   Ein Pilz im Mai\n   [25]moosfreund\n   Senior Member\n   * * * *\n   Beitr\xC3\xA4ge: 294\n"
	    "   Registriert seit: Oct 2018\n   [26]#1\n\n   26.04.2020, 17:35\n"
	    "   Liebe Pilzfreunde,\n   was ist das f\xC3\xBCr ein Pilz am Waldrand?\n   Hanna\n\n"
	    "   [28]Suchen\n   [29]Zitieren\n   [INS: :INS]\n"
	    "   [30]Teo Rauch\n   Member\n   * * *\n   Beitr\xC3\xA4ge: 96\n   Registriert seit: Mar 2019\n"
	    "   [32]#2\n\n   26.04.2020, 19:13\n   Servus Hanna,\n   das ist ein Ritterling.\n   Teo\n"
	    "   [33]Suchen\n   [34]Zitieren\n   [35]Birke\n   Posting Freak\n   * * * * *\n"
	    "   Beitr\xC3\xA4ge: 885\n   Registriert seit: Jul 2013\n   [37]#3\n\n"
	    "   27.04.2020, 06:58\n   Gr\xC3\xBC\xC3\x9F dich,\n   ich sehe es genauso.\n"
	    "   [38]Suchen\n   [39]Zitieren\n";
	const char *const pages[] = {w3m, lynx};
	const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	/* the first post (#1) is the topic, the article's, as on the page */
	static const char *const names[] = {"Teo Rauch", "Birke"};
	static const char *const times[] = {"2020-04-26T19:13", "2020-04-27T06:58"};
	static const char *const first[] = {"Servus Hanna", "Gr\xC3\xBC\xC3\x9F dich"};
	for (size_t k = 0; k < 2; k++) {
		tt_error err;
		tt_thread *t = tt_import_mem("p.txt", pages[k], lens[k], NULL, &err);
		assert_non_null(t);
		assert_int_equal(t->ncomments, 2);
		for (size_t i = 0; i < 2; i++) {
			assert_string_equal(t->order[i]->author, names[i]);
			assert_string_equal(t->order[i]->time, times[i]);
			assert_int_equal(t->order[i]->depth, 0);
			assert_true(!strncmp(t->order[i]->body.v[0], first[i], strlen(first[i])));
		}
		tt_thread_free(t);
	}
}

/* Discourse's crawler page: "HANDLE (Full Name) DATE #N" over each post
 * (lynx: a link number before the handle); the handle is the author, the
 * full name and the post's number are no part of name or date. */
static void test_handle_full_name_post_number(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Forum of the garden club\n\nThe new greenhouse opened this week!\n\n"
	    "news\nrosalind (Rosalind Park) June 19, 2015, 6:45am #1\n\n"
	    "We opened the new greenhouse on Friday and everyone is welcome to visit it.\n\n"
	    "8 Likes\nfernwood (Basil Fern) February 6, 2016, 5:27am #2\n\n"
	    "Wonderful news, I will come by on Sunday.\n\n1 Like\n"
	    "tomatoes (T. Red) February 7, 2016, 9:02pm #3\n\nSo will I.\n\nHome Categories\n";
	static const char lynx[] =
	    "   Forum of the garden club\n\nThe new greenhouse opened this week!\n\n"
	    "   [5]news\n\n   [6]rosalind (Rosalind Park) June 19, 2015, 6:45am #1\n\n"
	    "   We opened the new greenhouse on Friday and everyone is welcome to visit it.\n\n"
	    "   8 Likes\n\n   [9]fernwood (Basil Fern) February 6, 2016, 5:27am #2\n\n"
	    "   Wonderful news, I will come by on Sunday.\n\n   1 Like\n\n"
	    "   [10]tomatoes (T. Red) February 7, 2016, 9:02pm #3\n\n   So will I.\n\n"
	    "   [11]Home [12]Categories\n";
	const char *const pages[] = {w3m, lynx};
	const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	for (size_t k = 0; k < 2; k++) {
		tt_error err;
		tt_thread *t = tt_import_mem("p.txt", pages[k], lens[k], NULL, &err);
		assert_non_null(t);
		/* the first post is the page's: its article, or a comment */
		size_t n = t->ncomments, at = n - 2;
		assert_true(n == 2 || n == 3);
		assert_string_equal(t->order[at]->author, "fernwood");
		assert_string_equal(t->order[at]->posted, "February 6, 2016, 5:27am");
		assert_true(!strncmp(t->order[at]->body.v[0], "Wonderful news", 14));
		assert_string_equal(t->order[at + 1]->author, "tomatoes");
		assert_string_equal(t->order[at + 1]->body.v[0], "So will I.");
		tt_thread_free(t);
	}
}

/* SPIP's forum as w3m and lynx draw it: "• permalien NAME" over the date
 * in brackets ("(22 juin 2018 @11h13)", the hour run into an at sign) over
 * a ":" of its own; the first message has no name, so the word every name
 * opens with, alone there, is the link's, not a name. */
static void test_bracketed_dates_and_link_word(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Un titre de page assez long\n\n"
	    "Un paragraphe de l'article qui dit quelque chose de vrai et de long.\n\n"
	    "3 commentaires\n\n"
	    "  \xE2\x80\xA2 permalien\n    (22 juin 2018 @11h13) \n    :\n\n"
	    "    Coree du Sud\n\n    La Coree du Sud n est pas un modele.\n\n"
	    "  \xE2\x80\xA2 permalien Red Bastard\n    (22 juin 2018 @11h29) \n    :\n\n"
	    "    meme argument\n\n    Un pays capitaliste autoritaire.\n\n"
	    "  \xE2\x80\xA2 permalien Cindy Cats\n    (24 juin 2018 @21h10) \n    :\n\n"
	    "    la Coree du Sud va t elle adopter le socialisme de marche ?\n";
	static const char lynx[] =
	    "   Un titre de page assez long\n\n"
	    "   Un paragraphe de l'article qui dit quelque chose de vrai et de long.\n\n"
	    "3 commentaires\n\n"
	    "     * [43]permalien\n       (22 juin 2018 @11h13)\n       :\n"
	    "       Coree du Sud\n       La Coree du Sud n est pas un modele.\n"
	    "     * [44]permalien Red Bastard\n       (22 juin 2018 @11h29)\n       :\n"
	    "       meme argument\n       Un pays capitaliste autoritaire.\n"
	    "     * [45]permalien Cindy Cats\n       (24 juin 2018 @21h10)\n       :\n"
	    "       la Coree du Sud va t elle adopter le socialisme de marche ?\n";
	const char *const pages[] = {w3m, lynx};
	const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	static const char *const first[] = {"Coree du Sud", "meme argument", "la Coree du Sud"};
	for (size_t k = 0; k < 2; k++) {
		tt_error err;
		tt_thread *t = tt_import_mem("p.txt", pages[k], lens[k], NULL, &err);
		assert_non_null(t);
		assert_int_equal(t->ncomments, 3);
		assert_null(t->order[0]->author);
		assert_string_equal(t->order[1]->author, "Red Bastard");
		assert_string_equal(t->order[2]->author, "Cindy Cats");
		assert_string_equal(t->order[0]->posted, "22 juin 2018 @11h13");
		assert_string_equal(t->order[0]->time, "2018-06-22T11:13");
		assert_string_equal(t->order[2]->time, "2018-06-24T21:10");
		for (size_t i = 0; i < 3; i++)
			assert_true(!strncmp(t->order[i]->body.v[0], first[i], strlen(first[i])));
		tt_thread_free(t);
	}
}

/* A paragraph of a comment indented four columns past the comment's own
 * text is a quote (w3m indents a blockquote so): "> " opens each of its
 * lines, as the HTML importer writes one; a stray word further left (an
 * ad's label) or a line left of the header (the page's) does not move the
 * comment's column; a list indented in the text is no quote. */
static void test_indented_quote(void **state)
{
	(void)state;
	static const char page[] =
	    "A title for the page here\n\n"
	    "The article has a paragraph of text that reads as prose, with a period.\n\n"
	    "2 Comments\n\n"
	    "    Ann Lee\n    March 3, 2023 at 10:12\n\n"
	    "    Bonus comment on this:\n\n"
	    "        I came across the text and stand rather\n"
	    "        sceptical towards it.\n\n"
	    "    The language lives and should not be defended so.\n\n"
	    "        1. a list item of my own\n\n"
	    "Ad\n\n"
	    "    Bob Roe\n    March 4, 2023 at 11:00\n\n"
	    "    Plain words of my own here.\n\n"
	    "Profile picture of Bob Roe\n\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	const tt_comment *c = t->order[0];
	assert_true(c->body.n >= 4);
	assert_string_equal(c->body.v[0], "Bonus comment on this:");
	assert_string_equal(c->body.v[1],
	                    "> I came across the text and stand rather\n> sceptical towards it.");
	assert_string_equal(c->body.v[2], "The language lives and should not be defended so.");
	assert_string_equal(c->body.v[3], "1. a list item of my own");
	assert_string_equal(t->order[1]->body.v[0], "Plain words of my own here.");
	tt_thread_free(t);
}

/* taz.de's comments as w3m draws them: a name as a list item over a
 * numeric date with a space after each dot ("14. 01. 2020, 13:47"), the
 * answers deeper, each with its own list's bullet. */
static void test_spaced_numeric_dates(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel der Seite hier\n\n"
	    "Ein Absatz des Artikels, der etwas Wahres sagt und lang genug ist.\n\n"
	    "Leserkommentare\n\n"
	    "  \xE2\x80\xA2 Martinxyz\n\n    14. 01. 2020, 13:47\n\n"
	    "    Wer wen und mit was ueber den Tisch zog ist noch offen.\n\n"
	    "      \xE2\x96\xA1 antworten\n      \xE2\x96\xA1 melden\n"
	    "      \xE2\x96\xA1 Dr. McSchreck\n\n        14. 01. 2020, 20:29\n\n"
	    "        @Martinxyz ob die Australier das wollen.\n\n"
	    "  \xE2\x80\xA2 albert992\n\n    [36408]14. 01. 2020, 13:08\n\n"
	    "    Die Entscheidung faellt woanders.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Martinxyz", "Dr. McSchreck", "albert992"};
	static const unsigned depths[] = {0, 1, 0};
	check_tree(t, 3, authors, depths, 0);
	assert_string_equal(t->order[0]->time, "2020-01-14T13:47");
	assert_string_equal(t->order[1]->posted, "14. 01. 2020, 20:29");
	assert_string_equal(t->order[2]->time, "2020-01-14T13:08");
	tt_thread_free(t);
}

/* A forum's header block (Politico): an avatar's alt text ending in the
 * name, the name, lines about the member, then the date ("Oct. 9, 2010 -
 * 7:28 AM EST"), as w3m draws it (the item's number alone above) and as
 * lynx does (the number opening the block, no blank line between items);
 * a share bar's "• 718 Comments" far above, over the page's boxes, heads
 * nothing: "Readers' Comments (718)" right over the comments does. */
static void test_forum_header_blocks(void **state)
{
	(void)state;
	static const char w3m[] =
	    "A title for the page here\n\n"
	    "The article has a paragraph of text that reads as prose, with a period.\n\n"
	    "  \xE2\x80\xA2 718 Comments\n  \xE2\x80\xA2 RSS\n\nBack to top\n\nGet reporter alerts\n\n"
	    "  \xE2\x80\xA2 Maggie Haberman\n    Email [          ]\n\n"
	    "Readers' Comments (718)\n\n"
	    " 1.\n    avatar for user Dread-neck\n    Dread-neck\n    Party: Conservative\n"
	    "    Reply #1\n    Oct. 9, 2010 - 7:28 AM EST\n\n    People are fleeing the states.\n\n"
	    " 2.\n    avatar for user poorsinner101\n    poorsinner101\n    Party: Republican\n"
	    "    Reply #2\n    Oct. 9, 2010 - 7:30 AM EST\n\n    This lets me post this picture!\n\n"
	    " 3.\n    default avatar for user American911\n    American911\n    Party: NA\n"
	    "    Reply #3\n    Oct. 9, 2010 - 7:33 AM EST\n\n    Of course, noone would think so.\n";
	static const char lynx[] =
	    "   A title for the page here\n\n"
	    "   The article has a paragraph of text that reads as prose, with a period.\n\n"
	    "Readers' Comments (718)\n\n   Show the first 20 comments\n"
	    "    1. avatar for user Dread-neck\n       [64]Dread-neck\n       Party: Conservative\n"
	    "       Reply #1\n       Oct. 9, 2010 - 7:28 AM EST\n       People are fleeing the states.\n"
	    "          + [65]Reply\n"
	    "    2. avatar for user poorsinner101\n       [68]poorsinner101\n       Party: Republican\n"
	    "       Reply #2\n       Oct. 9, 2010 - 7:30 AM EST\n       This lets me post this picture!\n"
	    "          + [69]Reply\n"
	    "    3. default avatar for user American911\n       [72]American911\n       Party: NA\n"
	    "       Reply #3\n       Oct. 9, 2010 - 7:33 AM EST\n       Of course, noone would think so.\n";
	const char *const pages[] = {w3m, lynx};
	const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	static const char *const authors[] = {"Dread-neck", "poorsinner101", "American911"};
	static const char *const first[] = {"People are fleeing", "This lets me", "Of course,"};
	for (size_t k = 0; k < 2; k++) {
		tt_error err;
		tt_thread *t = tt_import_mem("p.txt", pages[k], lens[k], NULL, &err);
		assert_non_null(t);
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, authors, NULL, 0);
		for (size_t i = 0; i < 3; i++)
			assert_true(!strncmp(t->order[i]->body.v[0], first[i], strlen(first[i])));
		assert_string_equal(t->order[0]->time, "2010-10-09T07:28");
		assert_string_equal(t->order[2]->posted, "Oct. 9, 2010 - 7:33 AM EST");
		assert_nowhere(t, "Party:");
		tt_thread_free(t);
	}
}

/* Ökonomenstimme as lynx dumps it: under the page's dated line, a heading
 * at the margin over an indented sentence is no comment with no date when
 * dated headers follow at once; a bare bullet over a title at the margin
 * right over the dated header indented under the item opens the comment
 * with that title, a paragraph of its own. */
static void test_lynx_titled_items(void **state)
{
	(void)state;
	static const char page[] =
	    "   Ein Titel der Seite hier\n\n"
	    "   Ein Absatz des Artikels, der etwas Wahres sagt und lang genug ist.\n\n"
	    "   \xC2\xA9KOF ETH Z\xC3\xBCrich, 21. Jan. 2015\n\n"
	    "Kommentare\n\n   Dieser Artikel hat 3 Kommentare.\n     *\n\n"
	    "Ein Argument\n"
	    "       geschrieben von berg2012 am 21. Jan. 2015, 19:04 [ [18]antworten ]\n"
	    "       Ich haette eine andere Erklaerung.\n     *\n\n"
	    "Ein Missverstaendnis\n"
	    "       geschrieben von wScherf am 21. Jan. 2015, 20:02 [ [19]antworten ]\n"
	    "       Wenn man Steuern und Transfers schaetzt.\n          +\n\n"
	    "AW: Ein Missverstaendnis\n"
	    "            geschrieben von GeorgQuaas am 21. Jan. 2015, 21:36 [ [20]antworten ]\n"
	    "            Auch eine kurze Antwort.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"berg2012", "wScherf", "GeorgQuaas"};
	static const unsigned depths[] = {0, 0, 1};
	static const char *const titles[] = {"Ein Argument", "Ein Missverstaendnis",
	                                     "AW: Ein Missverstaendnis"};
	check_tree(t, 3, authors, depths, 2);
	check_first_words(t, 3, titles);
	assert_nowhere(t, "Dieser Artikel");
	tt_thread_free(t);
}

/* A short sentence under the heading ("Comments are closed.") over the
 * first one-line header is not the text that header signs: the headers
 * open their comments, as every other one does on the page. */
static void test_closed_line_over_headers(void **state)
{
	(void)state;
	static const char page[] =
	    "A title for the page here\n\n"
	    "The article has a paragraph of text that reads as prose, with a period.\n\n"
	    "3 Comments\n\nComments are closed.\n\n"
	    " 1. [71d] JanBeek Jun 20th at 2:41 am\n\n"
	    "    Are there workshops available for an enthusiast?\n\n"
	    "    LikeLiked by 21 people\n\n"
	    "      \xE2\x96\xA1 [b38] Andrea Middleton Jun 20th at 12:50 pm\n\n"
	    "        If your local meetup is organizing a workshop, yes.\n\n"
	    "        LikeLiked by 25 people\n\n"
	    " 2. [9d7] Mia Winhertt Jun 20th at 7:41 am\n\n"
	    "    The more diverse a project, the better its reach.\n\n"
	    "    LikeLiked by 23 people\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"JanBeek", "Andrea Middleton", "Mia Winhertt"};
	static const unsigned depths[] = {0, 1, 0};
	check_tree(t, 3, authors, depths, 0);
	assert_true(!strncmp(t->order[0]->body.v[0], "Are there workshops", 19));
	assert_true(!strncmp(t->order[1]->body.v[0], "If your local", 13));
	assert_nowhere(t, "Comments are closed");
	tt_thread_free(t);
}

/* Slate.fr's comments: an avatar's image alone, the comment's title, then
 * "Soumis par NAME, le DATE": the title opens the comment, the words before
 * the name that half the comments share (replies written otherwise) are
 * the template's, and a comma ends the name (no verb is taken off it). */
static void test_titles_under_images(void **state)
{
	(void)state;
	static const char page[] =
	    "Un titre de page assez long\n\n"
	    "Un paragraphe de l'article qui dit quelque chose de vrai et de long.\n\n"
	    "3 reactions\n[avatar_sla]\nbof Apres gaston\n"
	    "Soumis par monslateamoi, le lundi 29 octobre 2012 \xC3\xA0 15h46\n\n"
	    "Tant que le redacteur en chef dort.\n\n"
	    "[picture]\nUne histoire bien francaise\n"
	    "Soumis par Roger-Wielgus, le lundi 29 octobre 2012 \xC3\xA0 16h01\n\n"
	    "La bourgeoisie des heritiers.\n\n"
	    "[avatar_sla]\nVous insisterez aussi...\n"
	    "Soumis par marianne ARNAUD, le lundi 29 octobre 2012 \xC3\xA0 16h30\n\n"
	    "Sur les ressemblances.\n\n"
	    "[picture]\nStephane a r\xC3\xA9pondu le mardi 30 octobre 2012 \xC3\xA0 11h45\n\n"
	    "Tout \xC3\xA0 fait d'accord !\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const authors[] = {"monslateamoi", "Roger-Wielgus", "marianne ARNAUD"};
	static const char *const titles[] = {"bof Apres gaston", "Une histoire bien francaise",
	                                     "Vous insisterez aussi..."};
	check_tree(t, 3, authors, NULL, 0);
	check_first_words(t, 3, titles);
	assert_string_equal(t->order[2]->time, "2012-10-29T16:30");
	tt_thread_free(t);
}

/* lynx sets every paragraph three columns in, headings at the margin: a
 * heading over the article's next paragraph is no name over its comment's
 * indented text (the article's subheadings stay the article's), while the
 * same shape one step deeper than the page's prose still is. */
static void test_lynx_headings_are_no_names(void **state)
{
	(void)state;
	static const char lynx[] =
	    "   The gut and the brain\n\n"
	    "   The gut is a second brain, and this article says what to eat for it now.\n\n"
	    "Chewing\n\n   Before anything else, the first thing to do is to chew well.\n\n"
	    "Keeping away from foes\n\n   Gluten and lactose would be at the head of the list.\n\n"
	    "Varying the plate\n\n   When it comes to the gut, the saying holds as ever.\n";
	static const char w3m[] =
	    "The gut and the brain\n\n"
	    "The gut is a second brain, and this article says what to eat for it now.\n\n"
	    "Ann Lee\n\n    Before anything else, chew well.\n\n"
	    "Bob Roe\n\n    Gluten and lactose would be at the head.\n";
	tt_error err;
	tt_thread *t = tt_import_mem("p.txt", lynx, sizeof lynx - 1, NULL, &err);
	assert_non_null(t);
	assert_int_equal(t->ncomments, 0);
	assert_true(t->article.body.n >= 4);
	tt_thread_free(t);
	t = tt_import_mem("p.txt", w3m, sizeof w3m - 1, NULL, &err);
	assert_non_null(t);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[1]->author, "Bob Roe");
	tt_thread_free(t);
}

/* Le Figaro's comment header: the name twice (an avatar's alt text, then
 * the name; lynx numbers the second) and a day and month by number with no
 * year ("Le 12/02 à 11:30"), kept as written with no time. */
static void test_doubled_name_yearless_date(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Un titre de page assez long\n\n"
	    "Un paragraphe de l'article qui dit quelque chose de vrai et de long.\n\n"
	    "Commentaires\n\nlink78 link78 Le 12/02 \xC3\xA0 11:30\n\n"
	    "Manger du quinoa ? mais les anciens n'en mangeaient pas.\n";
	static const char lynx[] =
	    "   Un titre de page assez long\n\n"
	    "   Un paragraphe de l'article qui dit quelque chose de vrai et de long.\n\n"
	    "Commentaires\n\n   [102]link78 [103]link78 Le 12/02 \xC3\xA0 11:30\n\n"
	    "   Manger du quinoa ? mais les anciens n'en mangeaient pas.\n";
	const char *const pages[] = {w3m, lynx};
	const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	for (size_t k = 0; k < 2; k++) {
		tt_error err;
		tt_thread *t = tt_import_mem("p.txt", pages[k], lens[k], NULL, &err);
		assert_non_null(t);
		assert_int_equal(t->ncomments, 1);
		check_comment(t->order[0], "link78", "Le 12/02 \xC3\xA0 11:30", NULL, 1);
		tt_thread_free(t);
	}
}

/* Three comments or more, every one a name line over its date: a dated
 * header of another shape after them ("DATE by NAME" under a box of
 * popular stories) is a teaser of another post, no comment. */
static void test_teasers_of_another_shape(void **state)
{
	(void)state;
	static const char page[] =
	    "A title for the page here\n\n"
	    "The article has a paragraph of text that reads as prose, with a period.\n\n"
	    "Top Rated Comments\n\n"
	    "jyen\n73 months ago\nLet me guess, thinner and shorter.\n"
	    "Return Zero\n73 months ago\nIntroducing the Pencil Pro.\n"
	    "Appleaker\n73 months ago\nHopefully becoming more like the pen.\n"
	    "Read All Comments\n\nPopular Stories\n\n"
	    "Apple Preparing a Recorded Event\n\n"
	    "Sunday August 7, 2022 6:13 am PDT by Sami Fathi\n"
	    "Apple has started to record its virtual September event.\n\n"
	    "The Next iPhone Lineup\n\n"
	    "Monday August 8, 2022 3:59 am PDT by Hartley Charlton\n"
	    "The lineup is expected in the autumn.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"jyen", "Return Zero", "Appleaker"};
	check_tree(t, 3, authors, NULL, 0);
	assert_nowhere(t, "virtual September");
	tt_thread_free(t);
}

/* wpDiscuz as w3m dumps it (tichyseinblick): a name line over the share
 * button every comment repeats, the text, a vote count, then the relative
 * date ("1 Stunde 51 Minuten her", two units) under the text; the count is
 * no name over that date and the date no wrapped title over the next
 * name. */
static void test_names_over_repeated_buttons(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel der Seite hier\n\n"
	    "Ein Absatz des Artikels, der etwas Wahres sagt und lang genug ist.\n\n"
	    "Sortiert nach: neuste | aelteste | beste Bewertung\n\nNibelung\n"
	    "Diesen Kommentar auf Twitter teilen?[https://www.tichysei]\n"
	    "Gewisse Aehnlichkeiten sind zu erkennen.\n0\n50 Minuten 46 Sekunden her\nBummi\n"
	    "Diesen Kommentar auf Twitter teilen?[https://www.tichysei]\n\n"
	    "Ich sehe den Abzug positiv.\n\n4\n1 Stunde 51 Minuten her\nMayor Quimby\n"
	    "Diesen Kommentar auf Twitter teilen?[https://www.tichysei]\n\n"
	    "Komisch, an wen erinnert mich das?\n\n4\n12 Stunden 33 Minuten her\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Nibelung", "Bummi", "Mayor Quimby"};
	static const char *const first[] = {"Gewisse", "Ich sehe", "Komisch"};
	check_tree(t, 3, authors, NULL, 0);
	for (size_t i = 0; i < 3; i++)
		assert_true(!strncmp(t->order[i]->body.v[0], first[i], strlen(first[i])));
	assert_string_equal(t->order[1]->posted, "1 Stunde 51 Minuten her");
	assert_nowhere(t, "Twitter");
	tt_thread_free(t);
}

/* A short name over a bullet and a relative date ("Me • 3 weeks ago",
 * Pew Research's w3m dump, each item opening with an avatar's alt text):
 * the two-unit relative date ("1 Stunde 51 Minuten") took "Me •" for a
 * count and its unit, so the line was a date and the avatar's line above
 * it a name. */
static void test_short_name_over_bullet_date(void **state)
{
	(void)state;
	static const char page[] =
	    "A Title Of The Article Here\n\n"
	    "Some article text that is long enough to be a paragraph of the article.\n\n"
	    "3 Comments\n\n"
	    " 1. [c488]\n\n    Anne Smith \xe2\x80\xa2 2 weeks ago\n\n"
	    "    First comment text here, long enough to read.\n\n    Reply\n"
	    " 2. [9b1e]\n\n    Me \xe2\x80\xa2 3 weeks ago\n\n"
	    "    Second comment text here, long enough to read.\n\n    Reply\n"
	    " 3. [1051]\n\n    Bob Jones \xe2\x80\xa2 3 weeks ago\n\n"
	    "    Third comment text here, long enough to read.\n\n    Reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Anne Smith", "Me", "Bob Jones"};
	check_tree(t, 3, authors, NULL, 1);
	assert_string_equal(t->order[1]->posted, "3 weeks ago");
	assert_true(!strncmp(t->order[1]->body.v[0], "Second", 6));
	assert_nowhere(t, "9b1e");
	tt_thread_free(t);
}

/* Names that are numbers ("1009 schreibt:", pupils on a school blog) under
 * the list's numbers, each over its date: the rule that takes a number
 * alone over a date for a vote count (wpDiscuz's "4") took these for
 * counts too, and the date over the next line for a header of its own. */
static void test_number_names_with_verb(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel der Seite hier\n\n"
	    "Ein Absatz des Artikels, der etwas Wahres sagt und lang genug ist.\n\n"
	    "3 Kommentare\n\n"
	    " 1. 1009 schreibt:\n    29. Mai 2019 um 10:48\n    A/LP\n"
	    "    Sollten wir das tun, fragt der erste Text hier.\n    Antworten\n"
	    " 2. 1013 schreibt:\n    30. Mai 2019 um 11:06\n    B/LP\n"
	    "    Der zweite Text fragt etwas anderes als der erste.\n    Antworten\n"
	    " 3. 1001 schreibt:\n    31. Mai 2019 um 12:07\n    A\n"
	    "    Der dritte Text ist der letzte von allen hier.\n    Antworten\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"1009", "1013", "1001"};
	check_tree(t, 3, authors, NULL, 0);
	assert_string_equal(t->order[0]->posted, "29. Mai 2019 um 10:48");
	assert_true(!strncmp(t->order[0]->body.v[0], "A/LP", 4));
	tt_thread_free(t);
}

/* "NAME on DATE at 4:47 pm said:" (WordPress's "on DATE said:" header):
 * the clock's "pm" is the time's, not one of the words after it, and
 * lynx's link number after "on" ("on [69]September …") leaves the time
 * whole. */
static void test_on_date_said_headers(void **state)
{
	(void)state;
	static const char w3m[] =
	    "A title of the page here\n\n"
	    "The article has a sentence that is long enough to be its prose here.\n\n"
	    "Comments\n\n"
	    "  \xE2\x80\xA2 Milan Gray on September 12, 2018 at 4:47 pm said:\n\n"
	    "    Any update on how the paper will change the advice?\n\n"
	    "  \xE2\x80\xA2 Cathy Lee on September 13, 2018 at 5:23 pm said:\n\n"
	    "    Hi Milan, we have not looked at it yet.\n\n"
	    "  \xE2\x80\xA2 Alex on September 17, 2018 at 6:34 am said:\n\n"
	    "    A question of my own about the research.\n";
	static const char lynx[] =
	    "A title of the page here\n\n"
	    "   The article has a sentence that is long enough to be its prose here.\n\n"
	    "Comments\n\n"
	    "     * Milan Gray on [69]September 12, 2018 at 4:47 pm said:\n"
	    "       Any update on how the paper will change the advice?\n"
	    "     * Cathy Lee on [71]September 13, 2018 at 5:23 pm said:\n"
	    "       Hi Milan, we have not looked at it yet.\n"
	    "     * Alex on [73]September 17, 2018 at 6:34 am said:\n"
	    "       A question of my own about the research.\n";
	static const char *const authors[] = {"Milan Gray", "Cathy Lee", "Alex"};
	static const char *const pages[] = {w3m, lynx};
	static const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	for (size_t k = 0; k < 2; k++) {
		tt_thread *t = import_page(pages[k], lens[k]);
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, authors, NULL, 1);
		assert_string_equal(t->order[0]->posted, "on September 12, 2018 at 4:47 pm");
		assert_string_equal(t->order[0]->time, "2018-09-12T16:47");
		assert_string_equal(t->order[2]->time, "2018-09-17T06:34");
		tt_thread_free(t);
	}
}

/* A byline's date with the comment count beside it ("03 May 2025     3",
 * the count's icon lost in the dump) after a sign-in box's prose is no
 * heading stating a count: it started the comments there, took a tag list
 * ("Gallery" over its items) for a comment and put every real one a level
 * under it. */
static void test_date_then_count_no_heading(void **state)
{
	(void)state;
	static const char page[] =
	    "Sign in\n\n"
	    "A code has been sent to your address. Please check your email and enter the code "
	    "here.\n\n"
	    "A headline of the news page here\n\n"
	    "By Vera Olsen Follow\n03 May 2025     3\n\n"
	    "The court heard a final day of arguments on the obligations of the state, and "
	    "more.\n\n"
	    "Gallery\n\n  \xE2\x80\xA2 Humanitarian aid\n  \xE2\x80\xA2 Court of Justice\n"
	    "  \xE2\x80\xA2 International law\n\n"
	    "Comments\n\nclick here to comment\n\nAll Comments 3\n\n"
	    "  \xE2\x80\xA2 kanu sukha says:\n    5 May 2025 at 00:46\n\n"
	    "    When the state defends the other we should not be surprised.\n\n"
	    "    Log in to Reply\n"
	    "  \xE2\x80\xA2 Richard Bryant says:\n    6 May 2025 at 08:16\n\n"
	    "    It cannot have it both ways, and that is the point.\n\n    Log in to Reply\n"
	    "      \xE2\x96\xA1 Ed Rybicki says:\n        6 May 2025 at 11:17\n\n"
	    "        Very well said!!\n\n        Log in to Reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"kanu sukha", "Richard Bryant", "Ed Rybicki"};
	static const unsigned depths[] = {0, 0, 1};
	check_tree(t, 3, authors, depths, 1);
	assert_string_equal(t->order[2]->posted, "6 May 2025 at 11:17");
	assert_nowhere(t, "Humanitarian aid");
	tt_thread_free(t);
}

/* A relative time with the permalink's button after it, in the page's
 * language ("1 ano atrás Link permanente", lynx's "[32]Link permanente"):
 * the time's line is a date line, so the numbered names over it are the
 * comments and a box of related posts above them (image items over
 * titles) is none. */
static void test_relative_time_then_button(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Um t\xC3\xADtulo da p\xC3\xA1gina aqui\n\n"
	    "Um par\xC3\xA1grafo do artigo que diz algo verdadeiro e \xC3\xA9 longo o bastante.\n\n"
	    "Artigos relacionados\n\n"
	    "  \xE2\x80\xA2 [Blog_tic-t]\n\n    Tic, Tac: Um Desafio para a Aten\xC3\xA7\xC3\xA3o\n\n"
	    "  \xE2\x80\xA2 [mitos-sobr]\n\n    Seis Mitos sobre a Leitura\n\n"
	    "  \xE2\x80\xA2 [Atividade]\n\n    Atrasos na Linguagem e o que Fazer\n\n"
	    "2 Coment\xC3\xA1rios\n\n"
	    " 1. [0ad4ec43fd52] Karla\n    1 ano atr\xC3\xA1s Link permanente\n\n"
	    "    Ol\xC3\xA1; qual o nome dessa loja?\n\n    Responder\n"
	    "     1. [35c3192317d6] Lia\n        1 ano atr\xC3\xA1s Link permanente\n\n"
	    "        Karla, acredito que seja a loja do centro.\n\n        Responder\n\n"
	    "Deixe uma resposta\n";
	static const char lynx[] =
	    "Um t\xC3\xADtulo da p\xC3\xA1gina aqui\n\n"
	    "   Um par\xC3\xA1grafo do artigo que diz algo verdadeiro e \xC3\xA9 longo o bastante.\n\n"
	    "2 Coment\xC3\xA1rios\n\n    1.\n   Karla\n"
	    "       1 ano atr\xC3\xA1s [32]Link permanente\n"
	    "       Ol\xC3\xA1; qual o nome dessa loja?\n       [33]Responder\n\n"
	    "         1.\n        Lia\n            1 ano atr\xC3\xA1s [34]Link permanente\n"
	    "            Karla, acredito que seja a loja do centro.\n            [35]Responder\n";
	static const char *const pages[] = {w3m, lynx};
	static const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	static const char *const authors[] = {"Karla", "Lia"};
	static const char *const words[] = {"Ol\xC3\xA1; qual o nome dessa loja?",
	                                    "Karla, acredito que seja a loja do centro."};
	static const unsigned depths[] = {0, 1};
	for (size_t k = 0; k < 2; k++) {
		tt_thread *t = import_page(pages[k], lens[k]);
		assert_int_equal(t->ncomments, 2);
		check_tree(t, 2, authors, depths, 1);
		check_first_words(t, 2, words);
		assert_string_equal(t->order[0]->posted, "1 ano atr\xC3\xA1s");
		assert_null(t->order[0]->time);
		tt_thread_free(t);
	}
}

/* A relative day with its clock ("2 days ago at 07:52 am", as "Yesterday
 * at 5:54 pm" reads) under names cut short by the page ("mike...") or
 * ending in an initial without its dot ("Nick A"): each is a header, the
 * time kept as written. */
static void test_relative_day_at_clock(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "Top Rated Comments\n\n(View all)\n\n"
	    "Avatar\nWoyzeck\n2 days ago at 07:52 am\nIt is good to see them do it.\n"
	    "Rating: 36 Votes\n"
	    "Avatar\nNick A\n2 days ago at 07:47 am\nI think we will see the same soon.\n"
	    "Rating: 25 Votes\n"
	    "Avatar\nmike...\n2 days ago at 08:12 am\nIt makes the lineup more complete.\n"
	    "Rating: 10 Votes\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Woyzeck", "Nick A", "mike..."};
	static const char *const words[] = {"It is good to see them do it.", "I think we will see the same soon.", "It makes the lineup more complete."};
	check_tree(t, 3, authors, NULL, 0);
	for (size_t i = 0; i < 3; i++) /* the rating under the text stays in it */
		assert_true(!strncmp(t->order[i]->body.v[0], words[i], strlen(words[i])));
	assert_string_equal(t->order[0]->posted, "2 days ago at 07:52 am");
	assert_null(t->order[0]->time);
	tt_thread_free(t);
}

/* Comments whose text sits right under the header, and some that open two
 * blank lines under it: those open with a quotation (w3m sets a blockquote
 * apart so), up to the next two blank lines, or its first paragraph when
 * none follow. The quote is marked "> " as the HTML importer marks one; the
 * comments right under their header have none. */
static void test_quotes_set_apart(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "Top Rated Comments\n\n"
	    "Avatar\nWoyzeck\n2 days ago at 07:52 am\nIt is good to see them do it.\n"
	    "Rating: 36 Votes\n"
	    "Avatar\nmike...\n2 days ago at 08:12 am\n\n\n"
	    "No surprise they keep the small one.\n\nIt makes the lineup complete.\n\n\n"
	    "Two sizes make more sense.\nRating: 10 Votes\n"
	    "Avatar\nNick A\n2 days ago at 07:47 am\n\n\n"
	    "Should this not be the year of a redesign?\n\n"
	    "I think this is it, the slimmer bezels.\nRating: 9 Votes\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Woyzeck", "mike...", "Nick A"};
	check_tree(t, 3, authors, NULL, 0);
	assert_true(!strncmp(t->order[0]->body.v[0], "It is good", 10));
	assert_int_equal(t->order[1]->body.n, 3);
	assert_string_equal(t->order[1]->body.v[0], "> No surprise they keep the small one.");
	assert_string_equal(t->order[1]->body.v[1], "> It makes the lineup complete.");
	assert_true(!strncmp(t->order[1]->body.v[2], "Two sizes", 9));
	assert_int_equal(t->order[2]->body.n, 2);
	assert_string_equal(t->order[2]->body.v[0], "> Should this not be the year of a redesign?");
	assert_true(!strncmp(t->order[2]->body.v[1], "I think this is it", 18));
	tt_thread_free(t);
}

/* taz.de's comments: an avatar's initials as an item, the name, a button
 * the page repeats under every name ("Link kopieren"), then the date, no
 * blank line between; the button over the date is no name of its own, nor
 * the date over the text's first line a date over a name. A login box's
 * links right under the heading ("Einloggen" over "Registrieren") are a
 * menu, no run of names over their comments. A reader's name under the
 * same reply link each time (lynx's "+ [185]Antworten" over "+ Dietmar")
 * is no button: the name stays the author. */
static void test_name_button_date_headers(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Ein Titel der Seite hier\n\n"
	    "Ein Absatz des Artikels, der etwas Wahres sagt und lang genug ist.\n\n"
	    "10 Wochen im Probeabo\n\nJetzt bestellen\n\n"
	    "3 Kommentare\n\n"
	    "Neueste  /  \xC3\x84lteste\nDie Kommentarfunktion ist geschlossen.\nEinloggen\n"
	    "Registrieren\nProfil anzeigen\nProfil bearbeiten\nLogout\nAbschicken Abbrechen\n\n"
	    "  \xE2\x80\xA2 EM\n    Elon Musk kommt nicht ins Berghain\n    Link kopieren\n"
	    "    29.04.2023, 11:14 Uhr\n\n    Der Entwurf atmet leider in weiten Teilen den Geist.\n\n"
	    "      \xE2\x96\xA1 6G\n        663534 (Profil gel\xC3\xB6scht)\n        Link kopieren\n"
	    "        02.05.2023, 19:04 Uhr\n        @Elon Musk kommt nicht ins Berghain:\n\n"
	    "        Ich denke doch, dass es anders ist.\n\n"
	    "  \xE2\x80\xA2 M\n    Magnus_15\n    Link kopieren\n    29.04.2023, 10:57 Uhr\n\n"
	    "    Es ist falsch zu behaupten, die Einschr\xC3\xA4nkungen seien neu.\n";
	tt_thread *t = import_page(w3m, sizeof w3m - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Elon Musk kommt nicht ins Berghain",
	                                      "663534 (Profil gel\xC3\xB6scht)", "Magnus_15"};
	static const unsigned depths[] = {0, 1, 0};
	check_tree(t, 3, authors, depths, 0);
	assert_string_equal(t->order[1]->posted, "02.05.2023, 19:04 Uhr");
	assert_true(!strncmp(t->order[1]->body.v[0], "@Elon Musk", 10));
	assert_true(!strncmp(t->order[2]->body.v[0], "Es ist falsch", 13));
	tt_thread_free(t);

	static const char replies[] =
	    "Ein Titel der Seite hier\n\n"
	    "   Ein Absatz des Artikels, der etwas Wahres sagt und lang genug ist.\n\n"
	    "Kommentare\n\n"
	    "    1.\n          + [185]Antworten\n          + Dietmar Hilsebein\n"
	    "          + [186]8. April 2019 @ 11:38\n\n     Der erste Text von ihm hier.\n"
	    "    2.\n          + [187]Antworten\n          + Dietmar Hilsebein\n"
	    "          + [188]8. April 2019 @ 12:38\n\n     Der zweite Text von ihm hier.\n"
	    "    3.\n          + [189]Antworten\n          + Dietmar Hilsebein\n"
	    "          + [190]8. April 2019 @ 13:38\n\n     Der dritte Text von ihm hier.\n";
	t = import_page(replies, sizeof replies - 1);
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t->order[i]->author, "Dietmar Hilsebein");
	tt_thread_free(t);
}

/* Names that readers type as they like, marked off by the verb the
 * template ends with: a name in quotes from end to end ("\"Lügen wie ein
 * Zeitzeuge\" sagt:") and a question of nine words ("Mutti, warum bist du
 * nicht so wie die Oma? sagt:"), each over its date line; a line of eight
 * words before a colon that asks nothing ("Richard, here are a few that
 * I've enjoyed recently:") is no name. */
static void test_quoted_and_long_names_with_verb(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel der Seite hier\n\n"
	    "Ein Absatz des Artikels, der etwas Wahres sagt und lang genug ist.\n\n"
	    "3 Kommentare\n\n"
	    " 1. Anna sagt:\n    28. April 2024 um 11:51 Uhr\n\n"
	    "    Der erste Text hier ist kurz.\n\n    Antworten\n"
	    "     1. \"L\xC3\xBCgen wie ein Zeitzeuge\" sagt:\n        28. April 2024 um 14:47 Uhr\n\n"
	    "        > Und welche Altersgruppen finden das gut?\n\n"
	    "        Enkel neigen dazu, die Vergangenheit zu besch\xC3\xB6nigen.\n\n"
	    "        Antworten\n"
	    " 2. Mutti, warum bist du nicht so wie die Oma? sagt:\n"
	    "    28. April 2024 um 12:47 Uhr\n\n"
	    "    Schaffen es die Erz\xC3\xA4hlungen nicht mehr?\n\n    Antworten\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Anna", "\"L\xC3\xBCgen wie ein Zeitzeuge\"",
	                                      "Mutti, warum bist du nicht so wie die Oma?"};
	static const unsigned depths[] = {0, 1, 0};
	check_tree(t, 3, authors, depths, 0);
	assert_string_equal(t->order[1]->body.v[0], "> Und welche Altersgruppen finden das gut?");
	assert_string_equal(t->order[2]->posted, "28. April 2024 um 12:47 Uhr");
	tt_thread_free(t);
	const char *name;
	static const char line[] = "Richard, here are a few that I've enjoyed recently:";
	assert_int_equal(tt_textline_author_name(line, sizeof line - 1, &name), 0);
}

/* Numbered headers ("34. Guy Hence says:"): a header with neither number
 * nor bullet at the open comment's text ("averagjoe says:" over its date)
 * is the comment it answers, quoted at the start of the text: no comment
 * of its own. */
static void test_quoted_header_among_numbered(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "3 Comments\n\n"
	    " 1. joetoronto says:\n    November 19, 2019 at 8:02 pm\n"
	    "    The look on his face after each of those should end all talk.\n\n"
	    " 2. averagjoe says:\n    November 19, 2019 at 8:12 pm\n"
	    "    He is going to the Hall of Fame anyway.\n\n"
	    " 3. Guy Hence says:\n    November 19, 2019 at 8:22 pm\n\n"
	    "    averagjoe says:\n    November 19, 2019 at 8:12 pm\n"
	    "    He is going to the Hall of Fame anyway.\n    ==========\n"
	    "    One quick read of your post tells us enough.\n\n"
	    "Leave a Reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"joetoronto", "averagjoe", "Guy Hence"};
	check_tree(t, 3, authors, NULL, 0);
	assert_true(!strncmp(t->order[2]->body.v[0], "averagjoe says:", 15));
	tt_thread_free(t);
}

/* Drupal 6: each comment's title apart over its one-line header
 * ("Submitted by NAME on DATE."), the same title twice (an answer keeps
 * it): the title opens its comment (lynx's link number before it gone) and
 * is no repeated link; the byline's "CHQ Staff | 10/17/18" has no title
 * and changes nothing. The name after "Submitted by" is the name, a handle
 * in lower case or one cut short ("email_registrat..."). */
static void test_titles_over_one_line_headers(void **state)
{
	(void)state;
	static const char w3m[] =
	    "A title of the story here\n\nCHQ Staff | 10/17/18\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "  \xE2\x80\xA2 Login or register to post comments\n\n"
	    "Fake Friends\n\nSubmitted by charlyc on Wed, 10/17/2018 - 12:17.\n\n"
	    "You shall know them by their fruits, he said.\n\n"
	    "  \xE2\x80\xA2 Login or register to post comments\n\n"
	    "Fake Friends\n\nSubmitted by email_registrat... on Fri, 10/19/2018 - 14:08.\n\n"
	    "Beware of false prophets, who come to you.\n\n"
	    "  \xE2\x80\xA2 Login or register to post comments\n";
	static const char lynx[] =
	    "A title of the story here\n\n   CHQ Staff | 10/17/18\n\n"
	    "   The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "     * [133]Login or [134]register to post comments\n\n"
	    "[137]Fake Friends\n\n   Submitted by charlyc on Wed, 10/17/2018 - 12:17.\n\n"
	    "   You shall know them by their fruits, he said.\n"
	    "     * [138]Login or [139]register to post comments\n\n"
	    "[140]Fake Friends\n\n   Submitted by email_registrat... on Fri, 10/19/2018 - 14:08.\n\n"
	    "   Beware of false prophets, who come to you.\n"
	    "     * [141]Login or [142]register to post comments\n";
	static const char *const pages[] = {w3m, lynx};
	static const size_t lens[] = {sizeof w3m - 1, sizeof lynx - 1};
	static const char *const authors[] = {"charlyc", "email_registrat..."};
	for (size_t k = 0; k < 2; k++) {
		tt_thread *t = import_page(pages[k], lens[k]);
		assert_int_equal(t->ncomments, 2);
		check_tree(t, 2, authors, NULL, 0);
		for (size_t i = 0; i < 2; i++) {
			assert_true(t->order[i]->body.n >= 2);
			assert_string_equal(t->order[i]->body.v[0], "Fake Friends");
		}
		assert_true(!strncmp(t->order[1]->body.v[1], "Beware of", 9));
		assert_string_equal(t->order[1]->time, "2018-10-19T14:08");
		tt_thread_free(t);
	}
	/* the same line over every header is a link closing each comment, in
	 * whatever language */
	static const char links[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "Comments\n\nAnn Lee \xE2\x80\x94 May 3, 2021 at 10:15 am\n\nThe first text is here.\n\n"
	    "Zum Antworten anmelden\n\nBob Ray \xE2\x80\x94 May 3, 2021 at 11:15 am\n\n"
	    "The second text is here.\n\nZum Antworten anmelden\n\n"
	    "Cy Dee \xE2\x80\x94 May 3, 2021 at 12:15 pm\n\nThe third text is here.\n\n"
	    "Zum Antworten anmelden\n\nDi Eve \xE2\x80\x94 May 3, 2021 at 1:15 pm\n\n"
	    "The fourth text is here.\n\nZum Antworten anmelden\n";
	tt_thread *t = import_page(links, sizeof links - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const words[] = {"The first text is here.", "The second text is here.",
	                                    "The third text is here.", "The fourth text is here."};
	check_first_words(t, 4, words);
	tt_thread_free(t);
}

/* A flat numbered list where an answer opens "@NAME:": a reply to NAME's
 * comment before it, the one holding the words it quotes (of two by Ann),
 * else NAME's last; "@Zed:" names nobody and a bare "@Eve" is a mention:
 * both stay at the top. Three
 * answers so at least: one alone is a mention and moves nothing. */
static void test_answers_by_name(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "5 Comments\n\n"
	    " 1. 1.\n\n    Ann\n\n    March 3, 2025 at 4:31 pm\n\n"
	    "    The first thing I wanted to say about it.\n\n    Reply\n"
	    " 2. 2.\n\n    Bob\n\n    March 3, 2025 at 4:36 pm\n\n"
	    "    A second thought on the matter today.\n\n    Reply\n"
	    " 3. 3.\n\n    Ann\n\n    March 3, 2025 at 4:40 pm\n\n"
	    "    Another thing I said much later on.\n\n    Reply\n"
	    " 4. 4.\n\n    Cid\n\n    March 3, 2025 at 4:44 pm\n\n"
	    "    @Ann:\n\n        The first thing I wanted\n\n    Quite so, and well put.\n\n    Reply\n"
	    " 5. 5.\n\n    Bob\n\n    March 3, 2025 at 4:50 pm\n\n"
	    "    @Cid: thank you for that, it helps.\n\n    Reply\n"
	    " 6. 6.\n\n    Dee\n\n    March 3, 2025 at 4:52 pm\n\n"
	    "    @Zed: nobody here has that name.\n\n    Reply\n"
	    " 7. 7.\n\n    Eve\n\n    March 3, 2025 at 4:58 pm\n\n"
	    "    @Bob: I could not agree more with you.\n\n    Reply\n"
	    " 8. 8.\n\n    Fay\n\n    March 3, 2025 at 4:59 pm\n\n"
	    "    @Eve\n\n    A bare name is a mention, not an answer.\n\n    Reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Ann", "Cid", "Bob", "Eve", "Bob", "Ann", "Dee", "Fay"};
	static const unsigned depths[] = {0, 1, 2, 3, 0, 0, 0, 0};
	assert_int_equal(t->ncomments, 8);
	check_tree(t, 8, authors, depths, 0);
	tt_thread_free(t);
	/* the first four: one "@NAME:" alone is a mention; the list stays flat */
	t = import_page(page, (size_t)(strstr(page, " 5. 5.") - page));
	static const char *const four[] = {"Ann", "Bob", "Ann", "Cid"};
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, four, NULL, 0);
	tt_thread_free(t);
}

/* "@NAME:" alone over the words it answers, which w3m indents under it
 * (Balloon Juice's numbered list; a German page's "NAME schrieb am"
 * headers, the name shortened): the answer's own opening, not a
 * quotation's title; the indented words are the quotation. */
static void test_address_over_quote_w3m(void **state)
{
	(void)state;
	static const char numbered[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "3 Comments\n\n"
	    " 1. 1.\n\n    Ann\n\n    March 3, 2025 at 4:31 pm\n\n"
	    "    The first thing I wanted to say about it.\n\n    Reply\n"
	    " 2. 2.\n\n    Bob\n\n    March 3, 2025 at 4:36 pm\n\n"
	    "    A second thought on the matter today.\n\n    Reply\n"
	    " 3. 3.\n\n    Cid\n\n    March 3, 2025 at 4:44 pm\n\n"
	    "    @Ann:\n\n        The first thing I wanted\n\n"
	    "    Quite so, and well put.\n\n    Reply\n";
	static const char signed_de[] =
	    "Ein Bericht aus der Stadt\n\n"
	    "Der Bericht hat einen langen Satz, der hier sicher als Text gilt.\n\n"
	    "3 Kommentare\n\n"
	    "Anna Weber schrieb am 21.05.2024 um 13:04\n\n"
	    "    Das sehe ich ganz anders als der Autor.\n\n"
	    "Uwe schrieb am 21.05.2024 um 13:10\n\n"
	    "    Zwei Zeilen Text zu diesem Thema hier.\n\n"
	    "Jo schrieb am 21.05.2024 um 14:22\n\n"
	    "    @Anna:\n\n        Das sehe ich ganz anders\n\n"
	    "    Da haben Sie recht, Frau Weber.\n";
	static const struct {
		const char *page, *address, *quote;
		size_t len;
	} cases[] = {
	    {numbered, "@Ann:", "> The first thing I wanted", sizeof numbered - 1},
	    {signed_de, "@Anna:", "> Das sehe ich ganz anders", sizeof signed_de - 1},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		tt_thread *t = import_page(cases[i].page, cases[i].len);
		assert_int_equal(t->ncomments, 3);
		const tt_comment *c = t->order[2];
		assert_true(c->body.n >= 2);
		assert_string_equal(c->body.v[0], cases[i].address);
		assert_string_equal(c->body.v[1], cases[i].quote);
		tt_thread_free(t);
	}
}

/* Answers that name only the author answered, several comments by that
 * author before them (w3m's dump keeps no link to the comment): the
 * latest turn of an exchange between the two, where the answerer has not
 * written since (Movable Type's "NAME replied to comment from OTHER"),
 * else, past the two comments just above, the one sharing more of the
 * page's rare words with the answer than the latest (a German numbered
 * list answering "@NAME:"), else the latest. */
static void test_answer_among_several_w3m(void **state)
{
	(void)state;
	static const char replied[] =
	    "A title of the story here\n"
	    "\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n"
	    "\n"
	    "Ann • #1 • 8:05 AM Wednesday, Aug 18, 2010 • Reply\n"
	    "\n"
	    "The first thing I wanted to say about the river.\n"
	    "\n"
	    "Bob replied to comment from Ann • #2 • 8:18 AM Wednesday, Aug 18, 2010 • Reply\n"
	    "\n"
	    "I was going to point that out myself today.\n"
	    "\n"
	    "Cid • #3 • 8:20 AM Wednesday, Aug 18, 2010 • Reply\n"
	    "\n"
	    "Something else entirely about the weather here.\n"
	    "\n"
	    "Bob • #4 • 8:30 AM Wednesday, Aug 18, 2010 • Reply\n"
	    "\n"
	    "A new thought of mine on the matter at hand.\n"
	    "\n"
	    "Dan • #5 • 8:40 AM Wednesday, Aug 18, 2010 • Reply\n"
	    "\n"
	    "Nothing much to add from me on that one.\n"
	    "\n"
	    "Eve • #6 • 8:45 AM Wednesday, Aug 18, 2010 • Reply\n"
	    "\n"
	    "Another voice in the discussion down here.\n"
	    "\n"
	    "Ann replied to comment from Bob • #7 • 8:50 AM Wednesday, Aug 18, 2010 • Reply\n"
	    "\n"
	    "Thank you, that is what I meant as well.\n"
	    "\n"
	    "Cid replied to comment from Eve • #8 • 8:55 AM Wednesday, Aug 18, 2010 • Reply\n"
	    "\n"
	    "Yes, quite so, and well said too.\n";
	static const char numbered_de[] =
	    "Ein Bericht aus der Stadt\n"
	    "\n"
	    "Der Bericht hat einen langen Satz, der hier sicher als Text gilt.\n"
	    "\n"
	    "7 Kommentare\n"
	    "\n"
	    " 1. 1.\n"
	    "\n"
	    "    Anna\n"
	    "\n"
	    "    21. Mai 2024 um 13:04\n"
	    "\n"
	    "    Der Zugverkehr nach Hamburg ist heute völlig zusammengebrochen.\n"
	    "\n"
	    "    Antworten\n"
	    " 2. 2.\n"
	    "\n"
	    "    Anna\n"
	    "\n"
	    "    21. Mai 2024 um 13:10\n"
	    "\n"
	    "    Mein Garten blüht dieses Jahr besonders prächtig.\n"
	    "\n"
	    "    Antworten\n"
	    " 3. 3.\n"
	    "\n"
	    "    Bernd\n"
	    "\n"
	    "    21. Mai 2024 um 13:20\n"
	    "\n"
	    "    Ich war gestern auf dem Markt und habe Äpfel gekauft.\n"
	    "\n"
	    "    Antworten\n"
	    " 4. 4.\n"
	    "\n"
	    "    Carla\n"
	    "\n"
	    "    21. Mai 2024 um 13:30\n"
	    "\n"
	    "    Das Wetter soll morgen wieder besser werden.\n"
	    "\n"
	    "    Antworten\n"
	    " 5. 5.\n"
	    "\n"
	    "    Dieter\n"
	    "\n"
	    "    21. Mai 2024 um 13:40\n"
	    "\n"
	    "    @Anna: Zusammengebrochen? Mein Zugverkehr lief heute normal.\n"
	    "\n"
	    "    Antworten\n"
	    " 6. 6.\n"
	    "\n"
	    "    Emil\n"
	    "\n"
	    "    21. Mai 2024 um 13:50\n"
	    "\n"
	    "    @Bernd: Welche Sorte denn?\n"
	    "\n"
	    "    Antworten\n"
	    " 7. 7.\n"
	    "\n"
	    "    Frida\n"
	    "\n"
	    "    21. Mai 2024 um 13:55\n"
	    "\n"
	    "    @Carla: Hoffentlich, danke.\n"
	    "\n"
	    "    Antworten\n";
	tt_thread *t = import_page(replied, sizeof replied - 1);
	static const char *const authors[] = {"Ann", "Bob", "Ann", "Cid", "Bob", "Dan", "Eve", "Cid"};
	static const unsigned depths[] = {0, 1, 2, 0, 0, 0, 0, 1};
	assert_int_equal(t->ncomments, 8);
	check_tree(t, 8, authors, depths, 0);
	tt_thread_free(t);
	t = import_page(numbered_de, sizeof numbered_de - 1);
	static const char *const de[] = {"Anna", "Dieter", "Anna", "Bernd", "Emil", "Carla", "Frida"};
	static const unsigned de_depths[] = {0, 1, 0, 0, 1, 0, 1};
	assert_int_equal(t->ncomments, 7);
	check_tree(t, 7, de, de_depths, 0);
	tt_thread_free(t);
}

/* Replies numbered in their header lines ("Antwort N - LABEL: NAME DATE
 * (Nr. N)"), the numbers following each other, the buttons every reply
 * repeats after its text ending it; one opening "#N" answers reply N; a
 * name ending in numbers keeps them (the date is as many words as the
 * others'). */
static void test_numbered_reply_lines(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Bericht aus der Stadt\n\n"
	    "Der Bericht hat einen langen Satz, der hier sicher als Text gilt.\n\n"
	    "Antwort 1 - Verfasst von: Anna Weber 21.05.2024 13:04 (Nr. 4411)\n"
	    "Das sehe ich ganz anders als der Autor.\n"
	    "Gefällt mir\n[12]Melden\n"
	    "--------------------------------------\n"
	    "Antwort 2 - Verfasst von: [13]Uwe 1999 2 21.05.2024 13:10 (Nr. 4415)\n"
	    "Zwei Zeilen Text, die der Browser\n"
	    "umgebrochen hat.\n\n"
	    "Ein zweiter Absatz.\n"
	    "Gefällt mir\n[14]Melden\n"
	    "--------------------------------------\n"
	    "Antwort 3 - Verfasst von: Jo 21.05.2024 14:22 (Nr. 4420)\n"
	    "#1 Da haben Sie recht, Frau Weber.\n"
	    "Gefällt mir\n[15]Melden\n"
	    "--------------------------------------\n"
	    "Antwort 4 - Verfasst von: Ida 21.05.2024 15:01 (Nr. 4431)\n"
	    "Zum Schluss noch ein Wort.\n"
	    "Gefällt mir\n[16]Melden\n"
	    "--------------------------------------\n\n"
	    "Weitere Berichte\n\n"
	    "Ein anderer Bericht mit vielen Worten, der nicht hierher gehört.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Anna Weber", "Jo", "Uwe 1999 2", "Ida"};
	static const unsigned depths[] = {0, 1, 0, 0};
	static const char *const words[] = {"Das sehe ich ganz anders als der Autor.",
	                                    "#1 Da haben Sie recht, Frau Weber.",
	                                    "Zwei Zeilen Text, die der Browser umgebrochen hat.",
	                                    "Zum Schluss noch ein Wort."};
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, authors, depths, 0);
	check_first_words(t, 4, words);
	check_comment(t->order[2], "Uwe 1999 2", "21.05.2024 13:10", "2024-05-21T13:10", 2);
	check_comment(t->order[3], "Ida", "21.05.2024 15:01", "2024-05-21T15:01", 1);
	tt_thread_free(t);
}

/* A question-and-answer page: each post signed under its text by a date
 * after one lowercase word and the name written twice ("beantwortet DATE"
 * over "AnnaAnna"), the editor's dated line over it ignored; each comment
 * an item (its score after the bullet, or its text on the bullet's line)
 * signed "– NAME" over its date. The question is the article, each answer
 * a comment and the comments under a post its replies. */
static void test_question_answers_comments(void **state)
{
	(void)state;
	static const char page[] =
	    "Wie schreibe ich eine Schleife?\n\n"
	    "Sinnvoll\n12\nSpeichern.\n\nAktivität zeigen.\n\n"
	    "Ich habe eine Liste und möchte jedes Element einmal ausgeben, aber es klappt nicht.\n\n"
	    "Teilen\nFolgen\n"
	    "gefragt Jul 3, 2009 at 0:27\n \nOlaf's Bild\nOlafOlaf\n1.2k Abzeichen\n\n"
	    "  \xE2\x80\xA2 4\n"
	    "    Welche Version benutzt du denn hier?\n"
	    "    \xE2\x80\x93 Greta Berg\n    Jul 3, 2009 at 0:40\n"
	    "  \xE2\x80\xA2\n"
	    "    Zeig bitte den ganzen Fehler.\n"
	    "    \xE2\x80\x93 Udo\n    Jul 3, 2009 at 0:45\n\n"
	    "Eine Antwort\n\n"
	    "Sinnvoll\n30\nSpeichern.\n\nAktivität zeigen.\n\n"
	    "for x in liste:\n\n"
	    "Damit wird jedes Element genau einmal ausgegeben, wie gewünscht.\n\n"
	    "Teilen\nFolgen\n"
	    "bearbeitet Jul 4, 2009 at 9:00\n \nKarl's Bild\nKarl\n"
	    "beantwortet Jul 3, 2009 at 0:50\n \nAnna's Bild\nAnna LangAnna Lang\n3k Abzeichen\n\n"
	    "  * Danke, genau das hat gefehlt.\n"
	    "    \xE2\x80\x93 [12]Olaf\n    [13]Jul 3, 2009 at 1:02\n\n"
	    "Weitere Fragen\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Greta Berg", "Udo", "Anna Lang", "Olaf"};
	static const unsigned depths[] = {0, 0, 0, 1};
	static const char *const words[] = {"Welche Version benutzt du denn hier?",
	                                    "Zeig bitte den ganzen Fehler.", "for x in liste:",
	                                    "Danke, genau das hat gefehlt."};
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, authors, depths, 0);
	check_first_words(t, 4, words);
	check_comment(t->order[2], "Anna Lang", "Jul 3, 2009 at 0:50", "2009-07-03T00:50", 2);
	check_comment(t->order[3], "Olaf", "Jul 3, 2009 at 1:02", "2009-07-03T01:02", 1);
	tt_thread_free(t);
}

/* Comments signed after their text by "Comment by NAME — DATE" where the
 * date is an old theme's "d.m, Y @ H:i" ("17.07, 2011 @ 13:04"), lynx's
 * link numbers before the name (a handle's too) and the clock; the count
 * under the heading ("3 Comments »") is the page's, not the first
 * comment's text. */
static void test_signed_day_month_comma_year(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel für den Artikel\n\n"
	    "Der Artikel hat einen langen Satz, der hier sicher als Text gilt.\n\n"
	    "Comments (4)\n\n4 Comments [16]»\n\n"
	    "    1. Das sehe ich ganz anders, aus vielen guten Gründen.\n"
	    "       Comment by [17]Anna Lang — 17.07, 2011 @ [18]13:04\n"
	    "    2. Ein zweiter Gedanke dazu von mir.\n"
	    "       Comment by Udo — 17.07, 2011 @ [19]13:10\n"
	    "    3. Und noch ein dritter Gedanke am Tag danach.\n"
	    "       Comment by [20]Ida Klein — 18.07, 2011 @ [21]9:21\n"
	    "    4. Ein Handle schreibt klein, und das ist auch gut so.\n"
	    "       Comment by [22]mcbexx — 18.07, 2011 @ [23]9:30\n\n"
	    "Leave a Reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Anna Lang", "Udo", "Ida Klein", "mcbexx"};
	static const char *const words[] = {"Das sehe ich ganz anders, aus vielen guten Gründen.", "Ein zweiter Gedanke dazu von mir.", "Und noch ein dritter Gedanke am Tag danach."};
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, authors, NULL, 1);
	check_first_words(t, 3, words);
	check_comment(t->order[0], "Anna Lang", "17.07, 2011 @ 13:04", "2011-07-17T13:04", 1);
	check_comment(t->order[2], "Ida Klein", "18.07, 2011 @ 9:21", "2011-07-18T09:21", 1);
	tt_thread_free(t);
}

/* Forum posts whose header is drawn twice (Invision Community: for wide
 * and for narrow screens): a dated line with the author's name around it,
 * the member box, the same dated line again (perhaps "(edited)" after
 * it) over the text, which ends at the line every post repeats after it.
 * The first post is the topic; a post opening with an indented quotation
 * of an earlier one ("On DATE, NAME said:") answers it, lynx's link
 * numbers gone from its text; a greeting naming a writer ("Hallo Udo",
 * no colon, the writer's own words under it) is no quotation's title. */
static void test_posts_dated_twice(void **state)
{
	(void)state;
	static const char page[] =
	    "Frage zum Garten\n\n"
	    "Anna Level 3\n\nAnna\n\nGeschrieben 5. Juli 2023\n\nAnna\n"
	    "  \xE2\x80\xA2 Mitglied\n  \xE2\x80\xA2 12 Beiträge\n\n"
	    "Geschrieben 5. Juli 2023\n\n"
	    "Wie schneide ich im Sommer meine Rosen, ohne dass sie leiden?\n\n"
	    "Zum Beitrag\n\n"
	    "Udo Level 9\n\nUdo\n\nGeschrieben 6. Juli 2023\n\nUdo\n"
	    "  \xE2\x80\xA2 Mitglied\n  \xE2\x80\xA2 340 Beiträge\n\n"
	    "Geschrieben 6. Juli 2023 (bearbeitet)\n\n"
	    "Immer über einem Auge schneiden, und nie bei voller Sonne.\n\n"
	    "Zum Beitrag\n\n"
	    "Ida Level 1\n\nIda\n\nGeschrieben 7. Juli 2023\n\nIda\n"
	    "  \xE2\x80\xA2 Mitglied\n  \xE2\x80\xA2 2 Beiträge\n\n"
	    "Geschrieben 7. Juli 2023\n\n"
	    "Hallo Udo\n\n"
	    "Bei mir wachsen sie ganz ohne Schnitt, seit vielen Jahren schon.\n\n"
	    "Zum Beitrag\n\n"
	    "Anna Level 3\n\nAnna\n\nGeschrieben 8. Juli 2023\n\nAnna\n"
	    "  \xE2\x80\xA2 Mitglied\n  \xE2\x80\xA2 13 Beiträge\n\n"
	    "Geschrieben 8. Juli 2023\n\n"
	    "       Am 6.7.2023 um 9:12, [41]Udo sagte:\n\n"
	    "    Immer über einem Auge schneiden, und nie bei voller Sonne.\n\n"
	    "Danke, das probiere ich aus.\n\n"
	    "Zum Beitrag\n\n"
	    "Melde dich an, um zu antworten.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Udo", "Anna", "Ida"};
	static const unsigned depths[] = {0, 1, 0};
	static const char *const words[] = {
	    "Immer über einem Auge schneiden, und nie bei voller Sonne.",
	    "> Am 6.7.2023 um 9:12, Udo sagte:",
	    "Hallo Udo"};
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, authors, depths, 0);
	check_first_words(t, 3, words);
	check_comment(t->order[0], "Udo", "6. Juli 2023", "2023-07-06", 1);
	assert_string_equal(t->order[1]->body.v[t->order[1]->body.n - 1],
	                    "Danke, das probiere ich aus.");
	tt_thread_free(t);

	/* lynx: the text right of the names' column, no line closing it; the
	 * next post's name and rank over its first dated line end the text,
	 * and a greeting is still no quotation */
	static const char lynx[] =
	    "   Frage zum Garten\n\n"
	    "   [1]Anna [2]Level 3\n\n[3]Anna\n\n   [4]Geschrieben 5. Juli 2023\n\n[5]Anna\n"
	    "     * Mitglied\n\n   Geschrieben 5. Juli 2023\n\n"
	    "   Wie schneide ich im Sommer meine Rosen, ohne dass sie leiden?\n"
	    "   [6]Udo [7]Level 9\n\n[8]Udo\n\n   [9]Geschrieben 6. Juli 2023\n\n[10]Udo\n"
	    "     * Mitglied\n\n   Geschrieben 6. Juli 2023\n\n"
	    "   Immer über einem Auge schneiden, und nie bei voller Sonne.\n"
	    "   [11]Ida [12]Level 1\n\n[13]Ida\n\n   [14]Geschrieben 7. Juli 2023\n\n[15]Ida\n"
	    "     * Mitglied\n\n   Geschrieben 7. Juli 2023\n\n   Hallo Udo\n\n"
	    "   Bei mir wachsen sie ganz ohne Schnitt, seit vielen Jahren schon.\n"
	    "   [16]Anna [17]Level 3\n\n[18]Anna\n\n   [19]Geschrieben 8. Juli 2023\n\n[20]Anna\n"
	    "     * Mitglied\n\n   Geschrieben 8. Juli 2023\n\n"
	    "   Danke, das probiere ich aus.\n\n"
	    "   Melde dich an, um zu antworten.\n";
	t = import_page(lynx, sizeof lynx - 1);
	static const char *const lynx_authors[] = {"Udo", "Ida", "Anna"};
	static const unsigned flat[] = {0, 0, 0};
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, lynx_authors, flat, 0);
	assert_int_equal(t->order[0]->body.n, 1); /* no "Ida Level 1" */
	assert_string_equal(t->order[1]->body.v[0], "Hallo Udo");
	tt_thread_free(t);
}

/* A reply's header right under its avatar's bare item: the name, a badge
 * of one word the page repeats under it (the site's author answering each
 * comment, "Autorin"), then the date; the badge is no name, though the
 * name is found as often. */
static void test_name_badge_date(void **state)
{
	(void)state;
	static const char page[] =
	    "Ein Titel für den Artikel\n\n"
	    "Der Artikel hat einen langen Satz, der hier sicher als Text gilt.\n\n"
	    "6 Kommentare\n\n";
	static const char *const who[] = {"Beate", "Astrid", "Evi"};
	tt_buf b = {0};
	tt_buf_add(&b, page, sizeof page - 1);
	for (int k = 0; k < 3; k++)
		tt_buf_printf(&b,
		              " %d. [80eb]\n    %s\n    19. Juni 2019 / %d:16\n\n"
		              "    Ein schöner Beitrag, vielen Dank dafür, liebe Martina.\n\n"
		              "    Antworten\n"
		              "      \xE2\x96\xA1 [853e]\n        Martina Berg\n        Autorin\n"
		              "        19. Juni 2019 / %d:20\n\n"
		              "        Liebe %s, danke für die lieben Worte.\n\n"
		              "        Antworten\n",
		              k + 1, who[k], 6 + k, 13 + k, who[k]);
	tt_thread *t = import_page(b.data, b.len);
	static const char *const authors[] = {"Beate", "Martina Berg", "Astrid", "Martina Berg",
	                                      "Evi", "Martina Berg"};
	static const unsigned depths[] = {0, 1, 0, 1, 0, 1};
	assert_int_equal(t->ncomments, 6);
	check_tree(t, 6, authors, depths, 1);
	check_comment(t->order[1], "Martina Berg", "19. Juni 2019 / 13:20", "2019-06-19T13:20", 1);
	assert_string_equal(t->order[5]->body.v[0], "Liebe Evi, danke für die lieben Worte.");
	tt_thread_free(t);
	tt_buf_free(&b);
}

/* A lettered avatar (the name's first letter in a box) that a text browser
 * runs into the name: "JJoel Kern", "Ddora" (where two names or more open
 * with their capital twice), lynx's "B[16]blueberry"; the letter goes. */
static void test_lettered_avatars(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    " 1. M\n    Mia Roth\n    Sep 16, 2017\n\n"
	    "    The first thing I wanted to say about it.\n\n    Reply\n"
	    "     1.\n        JJoel Kern\n        Sep 18, 2017\n\n"
	    "        A second thought on the matter today.\n\n        Reply\n"
	    "         1.\n            Ddora\n            Sep 18, 2017\n\n"
	    "            Another thing I said much later on.\n\n            Reply\n"
	    "     2.\n        BBo Lind\n        Sep 19, 2017\n\n"
	    "        Quite so, and well put, I think.\n\n        Reply\n"
	    " 2. [15]A[16]aaron\n    Sep 20, 2017\n\n"
	    "    A handle in lower case after its letter.\n\n    Reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Mia Roth", "Joel Kern", "dora", "Bo Lind", "aaron"};
	static const unsigned depths[] = {0, 1, 2, 1, 0};
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, authors, depths, 1);
	tt_thread_free(t);
}

/* Comments closed by their date and, under it, a count of likes: one under
 * a list item of its own (its avatar) opens a thread, those after it with
 * none answer it; the name first (less the handle after it, or an answer's
 * colon; "lin回复wu", two of the page's names, is the first's), then a
 * one-word line every comment has (the place), then the text, whose lines
 * the browser wrapped inside words of a script set without spaces. */
static void test_dated_counts(void **state)
{
	(void)state;
	static const char page[] =
	    "一个标题\n\n"
	    "这是文章的正文，它很长，足够当作一段文字来读。This line is prose for sure.\n\n"
	    "  \xE2\x80\xA2 [a1b2-c3d4-]\n    wu @wu\n    上海市\n"
	    "    第一条评论的文字很长很长很长很长很长很长很长很长很长很长很长很长很长很长很\n"
	    "    长，到这里才结束。\n    2023-07-06 23:19\n    0\n"
	    "    lin:\n    北京市\n    第二条是回答。\n    2023-07-07 03:56\n    2\n"
	    "  \xE2\x80\xA2 [e5f6-a7b8-]\n    lin @wu\n    北京市\n"
	    "    第三条评论。\n    2023-07-07 04:10\n    0\n"
	    "    lin回复wu\n    北京市\n    第四条是回答。\n    2023-07-07 05:00\n    1\n\n"
	    "加载更多\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"wu", "lin", "lin", "lin"};
	static const unsigned depths[] = {0, 1, 0, 1};
	static const char *const words[] = {
	    "第一条评论的文字很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长，"
	    "到这里才结束。",
	    "第二条是回答。", "第三条评论。", "第四条是回答。"};
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, authors, depths, 1);
	check_first_words(t, 4, words);
	check_comment(t->order[1], "lin", "2023-07-07 03:56", "2023-07-07T03:56", 1);
	tt_thread_free(t);
}

/* Posts each under a member box: the name and the rank, each a paragraph of
 * one line, then the counts, the date and the post's number "#N" with no
 * blank line between; the box as high in every post (the fewest one-line
 * paragraphs over its dated lines), a text ending in one-line paragraphs
 * left whole. The first post is the topic. */
static void test_member_boxes_over_numbers(void **state)
{
	(void)state;
	static const char page[] =
	    "Wie installiere ich das Forum?\n\n"
	    "ida\n\nMitglied\n\nDabei seit: 2020-02-09\nBeiträge: 2\n2020-02-09 17:33\n#1\n\n"
	    "Ich bekomme beim Installieren immer wieder Fehler, was fehlt mir?\n\n"
	    "danke\n\n"
	    "uwe\n\nVerwalter\n\nBild\nDabei seit: 2015-07-09\nBeiträge: 139\n"
	    "2020-02-11 21:54\n#2\n\n"
	    "Welche Schritte hast du denn genau versucht?\n\n"
	    "Gruß\n\n"
	    "ida\n\nMitglied\n\nDabei seit: 2020-02-09\nBeiträge: 2\n2020-02-24 16:54\n#3\n\n"
	    "Alle aus der Anleitung, aber es geht nicht\nund ich weiß nicht weiter.\n\n"
	    "max\n\nMitglied\n\nDabei seit: 2020-03-03\nBeiträge: 4\n2020-03-10 18:46\n#4\n\n"
	    "Bei mir lief es mit der zweiten Anleitung.\n"
	    "  \xE2\x80\xA2 Seiten\n  \xE2\x80\xA2 1\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"uwe", "ida", "max"};
	static const char *const words[] = {"Welche Schritte hast du denn genau versucht?",
	                                    "Alle aus der Anleitung, aber es geht nicht und ich weiß "
	                                    "nicht weiter.",
	                                    "Bei mir lief es mit der zweiten Anleitung."};
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, authors, NULL, 0);
	check_first_words(t, 3, words);
	check_comment(t->order[0], "uwe", "2020-02-11 21:54", "2020-02-11T21:54", 2);
	check_comment(t->order[2], "max", "2020-03-10 18:46", "2020-03-10T18:46", 1);
	tt_thread_free(t);
}

/* A name with the member's own handle after it ("Mia Roth @miaroth": the
 * same letters but for case and spaces) is the name; the handle of someone
 * else after a name ("Bo Lind @mia", whom it answers) stays. */
static void test_own_handle_after_name(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "Mia Roth @miaroth\nSep 16, 2017\n\n"
	    "    The first thing I wanted to say about it.\n\n"
	    "Lalala @lalala\nSep 18, 2017\n\n"
	    "    A second thought on the matter today.\n\n"
	    "Bo Lind @mia\nSep 19, 2017\n\n"
	    "    Quite so, and well put, I think.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Mia Roth", "Lalala", "Bo Lind @mia"};
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, authors, NULL, 1);
	tt_thread_free(t);
}

#define BUL " \xE2\x80\xA2 "
/* Movable Type's headers as a text browser wraps them at 60 columns: one
 * line of fields set off by a bullet, the name, the comment's number, the
 * time before the date, a button, perhaps wrapped onto a second line (at
 * any field, the button alone under a line ending in the bullet, or
 * opening with the bullet); answers name the comment they answer after words of the
 * page's own, here German. A menu that ends in a date is no header. */
static const char fielded_page[] =
    "A title of the story here\n\n"
    "The story has a long sentence in it that counts as prose\n"
    "here for sure, and it runs on over several lines so that the\n"
    "page reads as wrapped by a text browser at sixty columns, as\n"
    "a dump would be.\n\n"
    "The story has a long sentence in it that counts as prose\n"
    "here for sure, and it runs on over several lines so that the\n"
    "page reads as wrapped by a text browser at sixty columns, as\n"
    "a dump would be.\n\n"
    "6 Kommentare" BUL "Schreib was\n\n"
    "[report]\n"
    "Ann Lee" BUL "#1" BUL "8:05 AM Wednesday, Aug 18, 2010" BUL "Antworten\n\n"
    "The first thing I wanted to say about the whole story, at\n"
    "some length so that it wraps onto a second line here.\n\n"
    "[report]\n"
    "Bob antwortete auf Kommentar von Ann Lee" BUL "#2" BUL "8:11 AM\n"
    "Wednesday, Aug 18, 2010" BUL "Antworten\n\n"
    "Quite so, and well put, though I would add a word or two of\n"
    "my own about the matter at hand today.\n\n"
    "[report]\n"
    "Carl Smithers-Jones antwortete auf Kommentar von Bob" BUL "#3 \xE2\x80\xA2\n"
    "8:12 AM Wednesday, Aug 18, 2010" BUL "Antworten\n\n"
    "Another thing I said much later on, after the others had\n"
    "spoken, and at some length again here.\n\n"
    "[report]\n"
    "Dee Ramone" BUL "#4" BUL "9:30 PM Wednesday, Aug 18, 2010 \xE2\x80\xA2\n"
    "Antworten\n\n"
    "Dee's own comment, at the top, with nothing to answer, as a\n"
    "last word on the matter of the story.\n\n"
    "[report]\n"
    "Eve antwortete auf Kommentar von Ann Lee" BUL "#5" BUL "9:45 PM\n"
    "Wednesday, Aug 18, 2010" BUL "Antworten\n\n"
    "Eve answers Ann's comment too, after Dee, and goes under it,\n"
    "after Bob's answer and its answer.\n\n"
    "[report]\n"
    "Fay Wray-Oppenheimer" BUL "#6" BUL "10:05 PM Wednesday, Aug 18, 2010\n"
    "\xE2\x80\xA2 Antworten\n\n"
    "The last word, its header wrapped before a bullet.\n\n"
    "Home | About | March 2019\n";

/* Each fielded header is one comment, its time kept as written and read
 * with the clock before the date; a wrapped header is one. */
static void test_fielded_headers(void **state)
{
	(void)state;
	/* Dee's comment and the menu under it: no answer yet */
	size_t len = (size_t)(strstr(fielded_page, "[report]\nEve") - fielded_page);
	tt_thread *t = import_page(fielded_page, len);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "Ann Lee");
	assert_string_equal(t->order[0]->posted, "8:05 AM Wednesday, Aug 18, 2010");
	assert_string_equal(t->order[0]->time, "2010-08-18T08:05");
	assert_string_equal(t->order[2]->posted, "8:12 AM Wednesday, Aug 18, 2010");
	assert_string_equal(t->order[3]->author, "Dee Ramone");
	assert_string_equal(t->order[3]->time, "2010-08-18T21:30");
	static const char *const words[] = {
	    "The first thing I wanted to say about the whole story, at some length so that it "
	    "wraps onto a second line here.",
	    "Quite so, and well put, though I would add a word or two of my own about the matter "
	    "at hand today.",
	    "Another thing I said much later on, after the others had spoken, and at some length "
	    "again here.",
	    "Dee's own comment, at the top, with nothing to answer, as a last word on the matter "
	    "of the story."};
	check_first_words(t, 4, words);
	assert_int_equal(t->order[3]->body.n, 1);
	tt_thread_free(t);
	/* the menu after the last comment is its text, no header of its own */
	t = import_page(fielded_page, sizeof fielded_page - 1);
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->order[5]->author, "Fay Wray-Oppenheimer");
	assert_string_equal(t->order[5]->time, "2010-08-18T22:05");
	assert_string_equal(t->order[5]->body.v[0],
	                    "The last word, its header wrapped before a bullet.");
	tt_thread_free(t);
}

/* Three answers or more that name the comment answered after words the
 * page shares: each goes under the latest comment by that name, the words
 * gone from its author; two alone say nothing of the page's way and stay
 * flat, their headers whole. */
static void test_answers_in_headers(void **state)
{
	(void)state;
	tt_thread *t = import_page(fielded_page, sizeof fielded_page - 1);
	static const char *const authors[] = {"Ann Lee", "Bob", "Carl Smithers-Jones", "Eve",
	                                      "Dee Ramone", "Fay Wray-Oppenheimer"};
	static const unsigned depths[] = {0, 1, 2, 1, 0, 0};
	assert_int_equal(t->ncomments, 6);
	check_tree(t, 6, authors, depths, 0);
	tt_thread_free(t);
	size_t len = (size_t)(strstr(fielded_page, "[report]\nEve") - fielded_page);
	t = import_page(fielded_page, len);
	static const char *const flat[] = {"Ann Lee", "Bob antwortete auf Kommentar von Ann Lee",
	                                   "Carl Smithers-Jones antwortete auf Kommentar von Bob",
	                                   "Dee Ramone"};
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, flat, NULL, 0);
	tt_thread_free(t);
}
#undef BUL

/* lynx's dump of the same kind of page: each answer's link before the
 * name answered ("[9]comment from Ann") goes where the comment's own link
 * ("[2]#1") goes, so the answer goes under that comment, not under the
 * latest by the name (Ann wrote twice). */
static void test_answers_in_headers_linked(void **state)
{
	(void)state;
#define BUL " \xE2\x80\xA2 "
	static const char page[] =
	    "   A title of the story here\n\n"
	    "   The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "   4 Comments\n\n"
	    "   [1]Ann" BUL "[2]#1" BUL "8:05 AM Wednesday, Aug 18, 2010" BUL "[3]Reply\n\n"
	    "   The first thing I wanted to say about the whole story.\n\n"
	    "   [4]Ann" BUL "[5]#2" BUL "8:09 AM Wednesday, Aug 18, 2010" BUL "[6]Reply\n\n"
	    "   A second thing Ann says, a while later, on her own.\n\n"
	    "   [7]Bob replied to [8]comment from Ann" BUL "[9]#3" BUL "8:11 AM Wednesday, Aug 18, 2010"
	    BUL "[10]Reply\n\n"
	    "   Quite so, and well put, about the first thing.\n\n"
	    "   [11]Cid replied to [12]comment from Bob" BUL "[13]#4" BUL "8:15 AM Wednesday, Aug 18, 2010"
	    BUL "[14]Reply\n\n"
	    "   Bob is right about that, I think.\n\n"
	    "   [15]Dee replied to [16]comment from Ann" BUL "[17]#5" BUL "9:45 PM Wednesday, Aug 18, 2010"
	    BUL "[18]Reply\n\n"
	    "   Dee answers Ann's second thing.\n\n"
	    "References\n\n"
	    "   1. http://example.com/user/ann\n"
	    "   2. http://example.com/story.html#comment-101\n"
	    "   3. javascript:void(0);\n"
	    "   4. http://example.com/user/ann\n"
	    "   5. http://example.com/story.html#comment-102\n"
	    "   6. javascript:void(0);\n"
	    "   7. http://example.com/user/bob\n"
	    "   8. http://example.com/story.html#comment-101\n"
	    "   9. http://example.com/story.html#comment-103\n"
	    "  10. javascript:void(0);\n"
	    "  11. http://example.com/user/cid\n"
	    "  12. http://example.com/story.html#comment-103\n"
	    "  13. http://example.com/story.html#comment-104\n"
	    "  14. javascript:void(0);\n"
	    "  15. http://example.com/user/dee\n"
	    "  16. http://example.com/story.html#comment-102\n"
	    "  17. http://example.com/story.html#comment-105\n"
	    "  18. javascript:void(0);\n";
#undef BUL
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Ann", "Bob", "Cid", "Ann", "Dee"};
	static const unsigned depths[] = {0, 1, 2, 0, 1};
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, authors, depths, 0);
	assert_string_equal(t->order[4]->posted, "9:45 PM Wednesday, Aug 18, 2010");
	tt_thread_free(t);
}

/* "N. NAME in reply to NAME DATE" (Scientific American's comments): the
 * words between the names are no verb of the name's, though the answered
 * name has no capital ("Cid in reply to jamesd"); in lynx's dump the link
 * on the answered name ("[4]Ann") goes where the comment's own link under
 * its text goes ("[1]Link to this"): the first Ann's, not the latest. */
static void test_answers_in_reply_to(void **state)
{
	(void)state;
	static const char page[] =
	    "   A title of the story here\n"
	    "\n"
	    "   The story has a long sentence in it that counts as prose here for sure.\n"
	    "\n"
	    "   6 Comments\n"
	    "\n"
	    "    1. Ann 09:02 PM 10/28/10\n"
	    "\n"
	    "        The first thing Ann says about the story.\n"
	    "\n"
	    "        Reply | [1]Link to this\n"
	    "    2. Bob 11:36 PM 10/28/10\n"
	    "\n"
	    "        Bob has a thought of his own on it.\n"
	    "\n"
	    "        Reply | [2]Link to this\n"
	    "    3. Ann 11:59 PM 10/28/10\n"
	    "\n"
	    "        Ann again, later, on another matter.\n"
	    "\n"
	    "        Reply | [3]Link to this\n"
	    "    4. jamesd in reply to [4]Ann 07:45 AM 10/29/10\n"
	    "\n"
	    "        Answering the first thing Ann said.\n"
	    "\n"
	    "        Reply | [5]Link to this\n"
	    "    5. Cid in reply to jamesd 08:27 PM 10/30/10\n"
	    "\n"
	    "        Cid answers jamesd, whose name has no capital.\n"
	    "\n"
	    "        Reply | [6]Link to this\n"
	    "    6. Dee in reply to [7]Bob 09:44 AM 11/2/10\n"
	    "\n"
	    "        Dee answers Bob.\n"
	    "\n"
	    "        Reply | [8]Link to this\n"
	    "\n"
	    "References\n"
	    "\n"
	    "   1. http://example.com/s.html#comment-01\n"
	    "   2. http://example.com/s.html#comment-02\n"
	    "   3. http://example.com/s.html#comment-03\n"
	    "   4. http://example.com/s.html#comment-01\n"
	    "   5. http://example.com/s.html#comment-04\n"
	    "   6. http://example.com/s.html#comment-05\n"
	    "   7. http://example.com/s.html#comment-02\n"
	    "   8. http://example.com/s.html#comment-06\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Ann", "jamesd", "Cid", "Bob", "Dee", "Ann"};
	static const unsigned depths[] = {0, 1, 2, 0, 1, 0};
	assert_int_equal(t->ncomments, 6);
	check_tree(t, 6, authors, depths, 0);
	tt_thread_free(t);
}

/* "NAME WEEKDAY, DATE" (Oracle's blogs, GigaOM): the word before the
 * comma is the date's when the date reads the same with it, in whatever
 * language the date reader knows; a name's last word ("Lee") is not. */
static void test_day_before_comma(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "3 Comments\n\n"
	    "  \xE2\x80\xA2 Damon Hart-Davis Saturday, November 24, 2012\n\n"
	    "    The first comment, a sentence or two of it.\n\n"
	    "  \xE2\x80\xA2 Ann Lee, November 24, 2012\n\n"
	    "    The second comment, by a name of two words.\n\n"
	    "  \xE2\x80\xA2 guest Dienstag, 27. November 2012\n\n"
	    "    The third, its day in German.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Damon Hart-Davis", "Ann Lee", "guest"};
	check_tree(t, 3, authors, NULL, 1);
	assert_string_equal(t->order[0]->posted, "Saturday, November 24, 2012");
	assert_string_equal(t->order[0]->time, "2012-11-24");
	assert_string_equal(t->order[1]->posted, "November 24, 2012");
	assert_string_equal(t->order[2]->posted, "Dienstag, 27. November 2012");
	tt_thread_free(t);
}

/* "Report this Comment On DATE, NAME wrote:" (The Motley Fool): the words
 * before the date are the template's, the name sits between the comma and
 * the verb, the date keeps its half of the day; lynx's link number before
 * the name is no part of it. Any language: German here. */
static void test_date_then_name_verb(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "2 Kommentare\n\n"
	    "[10]Kommentar melden Am 23. Dezember 2014 um 22:07, argusdc schrieb:\n"
	    "       The first comment, a sentence or two of it.\n\n"
	    "[12]Kommentar melden Am 24. Dezember 2014 um 9:15, [13]Sun Tan schrieb:\n"
	    "       The second comment, by a name of two words.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	static const char *const authors[] = {"argusdc", "Sun Tan"};
	check_tree(t, 2, authors, NULL, 1);
	assert_string_equal(t->order[0]->posted, "23. Dezember 2014 um 22:07");
	assert_string_equal(t->order[0]->time, "2014-12-23T22:07");
	assert_string_equal(t->order[1]->time, "2014-12-24T09:15");
	tt_thread_free(t);
}

/* Tweakers' reactions: "●NAME DATE" over the text, an answer "●NAME
 * @NAME • DATE" (a badge "●" perhaps after the name): the marks run into
 * or set after a name are no part of it, and where three headers or more
 * name the author answered after " @", each goes under the latest comment
 * by that name. */
static void test_answers_at_names(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n"
	    "\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n"
	    "\n"
	    "Reacties (5)\n"
	    "\n"
	    "\xE2\x97\x8F" "anna 6 september 2024 08:27\n"
	    "Zijn er nog mensen die dit gebruiken, vraag ik me af?\n"
	    "Reageer\n"
	    "\xE2\x97\x8F" "bert @anna \xE2\x80\xA2" " 6 september 2024 09:43\n"
	    "Zeker wel, elke dag nog.\n"
	    "Reageer\n"
	    "\xE2\x97\x8F" "carla \xE2\x97\x8F" " @bert \xE2\x80\xA2" " 6 september 2024 14:20\n"
	    "Interesse is gewekt, ik ga het proberen.\n"
	    "Reageer\n"
	    "\xE2\x97\x8F" "dirk @anna \xE2\x80\xA2" " 6 september 2024 08:34\n"
	    "Ja, thuis met het oude systeem.\n"
	    "Reageer\n"
	    "\xE2\x97\x8F" "erik \xE2\x97\x8F" " 6 september 2024 12:59\n"
	    "Gebruik het in een automatische workflow.\n"
	    "Reageer\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"anna", "bert", "carla", "dirk", "erik"};
	static const unsigned depths[] = {0, 1, 2, 1, 0};
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, authors, depths, 0);
	tt_thread_free(t);
}

/* The same in lynx's dump: a button after the date ("12:59[3]
 * (BUTTON)", lynx's drawing of it, with the empty link's number run in)
 * is no part of the date, and the answered name keeps its link number
 * ("[6]@anna"). */
static void test_answers_at_names_lynx(void **state)
{
	(void)state;
	static const char page[] =
	    "   A title of the story here\n"
	    "\n"
	    "   The story has a long sentence in it that counts as prose here for sure.\n"
	    "\n"
	    "   Reacties (5)\n"
	    "\n"
	    "   [1]anna [2]6 september 2024 08:27[3] (BUTTON)\n"
	    "   Zijn er nog mensen die dit gebruiken, vraag ik me af?\n"
	    "   [4]Reageer\n"
	    "   [5]bert [6]@anna \xE2\x80\xA2" " [7]6 september 2024 09:43[8] (BUTTON)\n"
	    "   Zeker wel, elke dag nog.\n"
	    "   [9]Reageer\n"
	    "   [10]carla [11]@bert \xE2\x80\xA2" " [12]6 september 2024 14:20[13] (BUTTON)\n"
	    "   Interesse is gewekt, ik ga het proberen.\n"
	    "   [14]Reageer\n"
	    "   [15]dirk [16]@anna \xE2\x80\xA2" " [17]6 september 2024 08:34[18] (BUTTON)\n"
	    "   Ja, thuis met het oude systeem.\n"
	    "   [19]Reageer\n"
	    "   [20]erik [21]6 september 2024 12:59[22] (BUTTON)\n"
	    "   Gebruik het in een automatische workflow.\n"
	    "   [23]Reageer\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"anna", "bert", "carla", "dirk", "erik"};
	static const unsigned depths[] = {0, 1, 2, 1, 0};
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, authors, depths, 0);
	assert_string_equal(t->order[0]->posted, "6 september 2024 08:27");
	assert_string_equal(t->order[1]->time, "2024-09-06T09:43");
	tt_thread_free(t);
}

/* "1. [avatar] DATE NAME" (a WordPress theme): after a list's number and
 * an avatar's alt text (or "[]", none), a date read to its end, then the
 * name; a line of the text that opens with a date and names someone after
 * it, with no list's number or avatar before, stays text. */
static void test_date_then_name(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n"
	    "\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n"
	    "\n"
	    "Comments (3)\n"
	    "\n"
	    " 1. [092522e] June 21, 2018 at 7:52 pm Tim Sykes\n"
	    "\n"
	    "    Hey everyone, a word from me first.\n"
	    "\n"
	    " 2. [] November 1, 2016 at 6:28 pm Anonymous\n"
	    "\n"
	    "    Good article, thanks.\n"
	    "    November 1, 2016 at 6:28 pm Anonymous was me, by the way.\n"
	    "\n"
	    "      \xE2\x96\xA1" " Reply\n"
	    "     1. November 1, 2016 at 6:31 pm Tim Sykes\n"
	    "\n"
	    "        You are welcome.\n"
	    "\n"
	    "          \xE2\x98\x86" " Reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Tim Sykes", "Anonymous", "Tim Sykes"};
	static const unsigned depths[] = {0, 0, 1};
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, authors, depths, 0);
	assert_string_equal(t->order[0]->posted, "June 21, 2018 at 7:52 pm");
	assert_string_equal(t->order[1]->time, "2016-11-01T18:28");
	assert_non_null(strstr(t->order[1]->body.v[0], "was me, by the way."));
	tt_thread_free(t);
}

/* lynx's dump of a flat list whose answers open "[8]@NAME:": the link
 * goes where the answered comment's own links go ("[2]Reply"), so the
 * answer goes under that comment, not the latest by the name. */
static void test_answers_by_name_linked(void **state)
{
	(void)state;
	static const char page[] =
	    "   A title of the story here\n"
	    "\n"
	    "   The story has a long sentence in it that counts as prose here for sure.\n"
	    "\n"
	    "   6 Comments\n"
	    "    1.\n"
	    "   1.\n"
	    "   Ann\n"
	    "       [1]March 3, 2025 at 4:31 pm\n"
	    "       The first thing I wanted to say about it.\n"
	    "       [2]Reply\n"
	    "    2.\n"
	    "   2.\n"
	    "   Bob\n"
	    "       [3]March 3, 2025 at 4:36 pm\n"
	    "       A second thought on the matter today.\n"
	    "       [4]Reply\n"
	    "    3.\n"
	    "   3.\n"
	    "   Ann\n"
	    "       [5]March 3, 2025 at 4:40 pm\n"
	    "       Another thing I said much later on.\n"
	    "       [6]Reply\n"
	    "    4.\n"
	    "   4.\n"
	    "   Cid\n"
	    "       [7]March 3, 2025 at 4:44 pm\n"
	    "       [8]@Ann: quite so, about the first thing.\n"
	    "       [9]Reply\n"
	    "    5.\n"
	    "   5.\n"
	    "   Dee\n"
	    "       [10]March 3, 2025 at 4:50 pm\n"
	    "       [11]@Cid: thank you for that, it helps.\n"
	    "       [12]Reply\n"
	    "    6.\n"
	    "   6.\n"
	    "   Eve\n"
	    "       [13]March 3, 2025 at 4:58 pm\n"
	    "       [14]@Bob: I could not agree more with you.\n"
	    "       [15]Reply\n"
	    "\n"
	    "References\n"
	    "\n"
	    "   1. http://example.com/story/#comment-1\n"
	    "   2. file:///story.html#comment-1\n"
	    "   3. http://example.com/story/#comment-2\n"
	    "   4. file:///story.html#comment-2\n"
	    "   5. http://example.com/story/#comment-3\n"
	    "   6. file:///story.html#comment-3\n"
	    "   7. http://example.com/story/#comment-4\n"
	    "   8. file:///story.html#comment-1\n"
	    "   9. file:///story.html#comment-4\n"
	    "  10. http://example.com/story/#comment-5\n"
	    "  11. file:///story.html#comment-4\n"
	    "  12. file:///story.html#comment-5\n"
	    "  13. http://example.com/story/#comment-6\n"
	    "  14. file:///story.html#comment-2\n"
	    "  15. file:///story.html#comment-6\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Ann", "Cid", "Dee", "Bob", "Eve", "Ann"};
	static const unsigned depths[] = {0, 1, 2, 0, 1, 0};
	assert_int_equal(t->ncomments, 6);
	check_tree(t, 6, authors, depths, 0);
	tt_thread_free(t);
}

/* A button the page repeats under every header's date and an avatar's
 * alt text under it, no blank line between ("Antworten" over "[1561c]",
 * WordPress.com in w3m's dump): the header's, not the text's. */
static void test_buttons_under_header(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "3 Gedanken zu \"Need for Speed\"\n\n"
	    " 1. dasmanuel schreibt:\n"
	    "    12. August 2015 um 8:13\n"
	    "    Antworten\n"
	    "    [1561c]\n\n"
	    "    Das ist ein wirklich gut geschriebener Text.\n\n"
	    " 2. Feli schreibt:\n"
	    "    13. August 2015 um 17:46\n"
	    "    Antworten\n\n"
	    "    Wusste gar nicht, dass du so etwas fahren kannst.\n\n"
	    " 3. keloph schreibt:\n"
	    "    14. August 2015 um 7:20\n"
	    "    Antworten\n"
	    "    [df46f]\n\n"
	    "    Eine richtige Karre zickt nicht.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"dasmanuel", "Feli", "keloph"};
	check_tree(t, 3, authors, NULL, 1);
	static const char *const words[] = {"Das ist ein wirklich gut geschriebener Text.", "Wusste gar nicht, dass du so etwas fahren kannst.", "Eine richtige Karre zickt nicht."};
	check_first_words(t, 3, words);
	tt_thread_free(t);
}

/* A date line whose clock the page left out, its joining word kept
 * ("November 30, 2010 at"; lynx's "[33]November 30, 2010 at"): a date,
 * kept as written; within a line the same word joins a name ("am 12. März
 * 2023 von Lena" stays a byline's). */
static void test_clock_left_out(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "3 Responses\n\n"
	    " 1. 1\n"
	    "    [c1b74] Dave says:\n"
	    "    November 30, 2010 at\n\n"
	    "    Great post, Sarah. We rented a log home last summer.\n\n"
	    "    Reply\n"
	    " 2. 2\n"
	    "    [e50fc] Sarah says:\n"
	    "    [33]December 1, 2010 at\n\n"
	    "    Hi Dave, thanks for the comments!\n\n"
	    "    Reply\n"
	    " 3. 3\n"
	    "    [dfd4b] rudulph real says:\n"
	    "    February 16, 2011 um\n\n"
	    "    Nowadays everyone wants to rent out a home.\n\n"
	    "    Reply\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->posted, "November 30, 2010 at");
	assert_string_equal(t->order[0]->time, "2010-11-30");
	assert_string_equal(t->order[1]->posted, "December 1, 2010 at");
	assert_string_equal(t->order[2]->time, "2011-02-16");
	tt_thread_free(t);
}

/* lynx sets a linked name at the margin, its date line indented as deep
 * as the comment sits ("Sweet" over "            [62]2 décembre 2017"):
 * the date's column says the nesting. */
static void test_name_at_margin(void **state)
{
	(void)state;
	static const char page[] =
	    "   A title of the story here\n\n"
	    "   The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "  4 Responses\n\n"
	    "    1.\n\n"
	    "Daniel Ferrand\n"
	    "       [1]2 d\xC3\xA9" "cembre 2017 | [2]Reply\n"
	    "       Ce qui serait cool, ce serait de pouvoir contribuer.\n"
	    "          +\n\n"
	    "Sweet\n"
	    "            [3]2 d\xC3\xA9" "cembre 2017 | [4]Reply\n"
	    "            Les gens peuvent s'exprimer autrement.\n"
	    "               o\n\n"
	    "Maiwann\n"
	    "                 [5]3 d\xC3\xA9" "cembre 2017 | [6]Reply\n"
	    "                 Les issues ne sont pas faites pour tous.\n"
	    "    2.\n\n"
	    "Toto\n"
	    "       [7]3 d\xC3\xA9" "cembre 2017 | [8]Reply\n"
	    "       Il y a les issues pour cela.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Daniel Ferrand", "Sweet", "Maiwann", "Toto"};
	static const unsigned depths[] = {0, 1, 2, 0};
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, authors, depths, 0);
	tt_thread_free(t);
}

/* lynx's link number before a name after the words every header shares
 * ("id Kommentar von [148]Georg77") or after a short joining word
 * ("Submitted by [5]charlyc on DATE") is no part of the name. */
static void test_link_number_after_template(void **state)
{
	(void)state;
	static const char shared[] =
	    "   A title of the story here\n"
	    "\n"
	    "   The story has a long sentence in it that counts as prose here for sure.\n"
	    "\n"
	    "[45]3 Kommentare zu \xE2\x80\x9E" "Leber mit Apfel\xE2\x80\x9C" "\n"
	    "\n"
	    "    1. [46]1\n"
	    "       id Kommentar von Mareike\n"
	    "       8. Dezember 2010 um 10:56\n"
	    "       Eine interessante Art, Leber zuzubereiten.\n"
	    "    2. [47]2\n"
	    "       id Kommentar von [48]Georg77\n"
	    "       16. M\xC3\xA4" "rz 2011 um 12:22\n"
	    "       Und dazu ein guter Wein.\n"
	    "    3. [50]3\n"
	    "       id Kommentar von [51]Thomas Kurz\n"
	    "       7. M\xC3\xA4" "rz 2012 um 09:09\n"
	    "       Interessante Variante, das mit dem Apfel.\n";
	tt_thread *t = import_page(shared, sizeof shared - 1);
	static const char *const authors[] = {"Mareike", "Georg77", "Thomas Kurz"};
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, authors, NULL, 0);
	tt_thread_free(t);
	static const char joined[] =
	    "A title of the story here\n"
	    "\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n"
	    "\n"
	    "3 Comments\n"
	    "\n"
	    "Submitted by [5]charlyc on Tue, 03/03/2020 - 10:15\n"
	    "\n"
	    "A first comment here.\n"
	    "\n"
	    "Submitted by [7]annie_b on Tue, 03/03/2020 - 11:15\n"
	    "\n"
	    "A second comment here.\n"
	    "\n"
	    "Submitted by [9]zed on Tue, 03/03/2020 - 12:15\n"
	    "\n"
	    "A third comment here.\n";
	t = import_page(joined, sizeof joined - 1);
	static const char *const names[] = {"charlyc", "annie_b", "zed"};
	assert_true(t->ncomments >= 3);
	check_tree(t, 3, names, NULL, 0);
	tt_thread_free(t);
}

/* An article of lists, no prose, then "Reacties (3)" over sorting
 * controls and the first comment's header with its text run on under it
 * (Tweakers): that text is the page's first prose, but the comment's; the
 * count heading a few short lines above says where the comments start. */
static void test_prose_under_count(void **state)
{
	(void)state;
	static const char page[] =
	    "Software update: Writer 24.2.6\n"
	    "\n"
	    "  \xE2\x80\xA2" " Bugs fixed in the word processor\n"
	    "  \xE2\x80\xA2" " Bugs fixed in the spreadsheet\n"
	    "  \xE2\x80\xA2" " Bugs fixed in the installer\n"
	    "\n"
	    "Reacties (3)\n"
	    "\n"
	    "Sorteer op:\n"
	    "\n"
	    "(*)Kwaliteit\n"
	    "( )Datum\n"
	    "\n"
	    "[Wijzig]\n"
	    "\n"
	    "\xE2\x97\x8F" "renrom 6 september 2024 12:59\n"
	    "Gebruik het in een automatische workflow om een zelf gemaakt bestand om te zetten naar een\n"
	    "ander formaat, elke dag weer, en dat gaat goed. Het werkt op de server zonder dat iemand er\n"
	    "naar hoeft te kijken, en de bestanden zien er daarna precies zo uit als ze eruit moeten zien.\n"
	    "Ik heb het ook al eens op een andere machine geprobeerd en daar ging het net zo goed, dus ik\n"
	    "ben er best tevreden over, al had ik wel graag een paar opties meer gehad voor de opmaak.\n"
	    "\n"
	    "(convert --to pdf)\n"
	    "Reageer\n"
	    "\xE2\x97\x8F" "Webgnome 6 september 2024 08:27\n"
	    "Zijn er nog mensen die dit gebruiken? Zelf gebruik ik het heel sporadisch.\n"
	    "Reageer\n"
	    "\xE2\x97\x8F" "latka 6 september 2024 09:43\n"
	    "Zeker wel, elke dag.\n"
	    "Reageer\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"renrom", "Webgnome", "latka"};
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, authors, NULL, 0);
	assert_non_null(strstr(t->order[0]->body.v[0], "Gebruik het"));
	tt_thread_free(t);
}

/* Posts drawn between rules of one kind, each a name alone over its text
 * and no date (Flarum without JavaScript): the first post is the topic, the
 * text after the last rule the page's; w3m's rule and lynx's alike. */
static void test_posts_between_rules(void **state)
{
	(void)state;
	static const char *const rules[] = {
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n",
	    "     ________________________________________\n"};
	for (size_t r = 0; r < 2; r++) {
		char page[1024];
		snprintf(page, sizeof page,
		         "Sailing club\n\nWhich knot for a mooring line?\n\nbram\n\n"
		         "   I keep losing my dinghy at the jetty; which knot do you use?\n%s\n"
		         "kees\n\n   A round turn and two half hitches, every time.\n\n"
		         "   It holds, and it comes undone.\n%s\n"
		         "Lotte V\n\n   A bowline, tied with care.\n%s\n"
		         "Next Page \xC2\xBB\n\nRun by the club's members.\n",
		         rules[r], rules[r], rules[r]);
		tt_thread *t = import_page(page, strlen(page));
		static const char *const authors[] = {"kees", "Lotte V"};
		static const char *const words[] = {"A round turn and two half hitches, every time.",
		                                    "A bowline, tied with care."};
		assert_int_equal(t->ncomments, 2);
		check_tree(t, 2, authors, NULL, 0);
		check_first_words(t, 2, words);
		assert_int_equal(t->order[0]->body.n, 2);
		assert_null(t->order[0]->time);
		tt_thread_free(t);
	}
}

/* Posts whose number is run into their date ("DATE#N", lynx's
 * "DATE[k]#N"), the name under it, a role under every name, then the text
 * (bbPress): the first post is the topic; the role is no text. */
static void test_numbers_run_into_dates(void **state)
{
	(void)state;
	static const char *const links[] = {"", "[7]"};
	for (size_t r = 0; r < 2; r++) {
		char page[1024];
		const char *k = links[r];
		snprintf(page, sizeof page,
		         "Rigging a gaff sail\n\n"
		         "  \xE2\x80\xA2 June 1, 2023 at 9:00 am%s#880\n    %sjoris\n    Member\n\n"
		         "    My peak halyard keeps slipping. Any ideas?\n\n"
		         "    June 1, 2023 at 9:45 am%s#884\n    %swillem\n    Moderator\n\n"
		         "    Check the throat first, then the peak.\n\n"
		         "    June 2, 2023 at 7:10 pm%s#902\n    %sanouk\n    Member\n\n"
		         "    A new block fixed mine\n\n"
		         "  \xE2\x80\xA2 Log in to reply.\n",
		         k, k, k, k, k, k);
		tt_thread *t = import_page(page, strlen(page));
		static const char *const authors[] = {"willem", "anouk"};
		static const char *const words[] = {"Check the throat first, then the peak.",
		                                    "A new block fixed mine"};
		assert_int_equal(t->ncomments, 2);
		check_tree(t, 2, authors, NULL, 0);
		check_first_words(t, 2, words);
		check_comment(t->order[0], "willem", "June 1, 2023 at 9:45 am", "2023-06-01T09:45", 1);
		check_comment(t->order[1], "anouk", "June 2, 2023 at 7:10 pm", "2023-06-02T19:10", 1);
		tt_thread_free(t);
	}
}

/* Names written twice with the member's role run into the second
 * ("joris joris" then "Member": Vanilla's avatar link, name link and role;
 * lynx's "joris [4]jorisMember") are the name; a post whose text opens
 * quoting an earlier one by its author's name ("> joris said:") answers it
 * on a flat page. */
static void test_doubled_names_and_quoted_replies(void **state)
{
	(void)state;
	static const char *const seps[] = {"", " [4]"};
	for (size_t r = 0; r < 2; r++) {
		char page[1024];
		const char *k = seps[r];
		snprintf(page, sizeof page,
		         "Rigging a gaff sail\n\n"
		         "The peak halyard keeps slipping on my boat, and I wonder why that is.\n\n"
		         "Comments\n\n"
		         "  \xE2\x80\xA2 Options\n    joris%sjorisMember\n    June 3\n\n"
		         "    Check the throat first, then the peak.\n\n    Like\n"
		         "  \xE2\x80\xA2 Options\n    willem%swillemModerator\n    June 4\n\n"
		         "        joris said:\n\n        Check the throat first.\n\n"
		         "    Done, and it holds now.\n\n    Like\n"
		         "  \xE2\x80\xA2 Options\n    anouk%sanoukMember\n    June 5\n\n"
		         "    A new block fixed mine.\n\n    Like\n",
		         k, k, k);
		tt_thread *t = import_page(page, strlen(page));
		static const char *const authors[] = {"joris", "willem", "anouk"};
		static const unsigned depths[] = {0, 1, 0};
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, authors, depths, 0);
		assert_string_equal(t->order[1]->body.v[0], "> joris said:");
		tt_thread_free(t);
	}
}

/* A member's rank drawn in symbols after the name ("willem ✭✭✭", Vanilla's
 * stars) is no part of it. */
static void test_rank_after_name(void **state)
{
	(void)state;
	static const char page[] =
	    "Rigging a gaff sail\n\n"
	    "The peak halyard keeps slipping on my boat, and I wonder why that is.\n\n"
	    "Answers\n\n"
	    "  \xE2\x80\xA2 joris \xE2\x9C\xAD\n    March 2, 2022\n\n"
	    "    Check the throat first, then the peak.\n\n    1\n"
	    "  \xE2\x80\xA2 willem \xE2\x9C\xAD\xE2\x9C\xAD\xE2\x9C\xAD\n    March 3, 2022\n\n"
	    "    Done, and it holds now.\n\n    0\n"
	    "  \xE2\x80\xA2 anouk\n    March 4, 2022\n\n"
	    "    A new block fixed mine.\n\n    2\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"joris", "willem", "anouk"};
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, authors, NULL, 0);
	tt_thread_free(t);
}

/* Posts between rules take their times from the page's other drawing of
 * them above (Flarum's scripted copy: the name, a lettered avatar run in or
 * not, then the date as a list's item), a name posting twice matched in
 * order. */
static void test_ruled_posts_timed_from_copy(void **state)
{
	(void)state;
	static const char rule[] = "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	                           "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	                           "\xE2\x94\x81\xE2\x94\x81\n";
	char page[2048];
	snprintf(page, sizeof page,
	         "Which knot for a mooring line?\n\n"
	         "  \xE2\x80\xA2 Bbram\n\n  \xE2\x80\xA2 March 1, 2024\n\n"
	         "I keep losing my dinghy at the jetty; which knot do you use?\n\n"
	         "  \xE2\x80\xA2 Kkees\n\n  \xE2\x80\xA2 March 2, 2024\n\n"
	         "A round turn and two half hitches.\n\n"
	         "  \xE2\x80\xA2 Bbram\n\n  \xE2\x80\xA2 March 5, 2024\n\n"
	         "Thanks, it holds.\n\n"
	         "bram\n\n   I keep losing my dinghy at the jetty; which knot do you use?\n%s\n"
	         "kees\n\n   A round turn and two half hitches.\n%s\n"
	         "bram\n\n   Thanks, it holds.\n%s\n"
	         "Next Page \xC2\xBB\n",
	         rule, rule, rule);
	tt_thread *t = import_page(page, strlen(page));
	static const char *const authors[] = {"kees", "bram"};
	assert_int_equal(t->ncomments, 2);
	check_tree(t, 2, authors, NULL, 0);
	assert_non_null(t->order[0]->posted);
	assert_non_null(t->order[1]->posted);
	check_comment(t->order[0], "kees", "March 2, 2024", "2024-03-02", 1);
	check_comment(t->order[1], "bram", "March 5, 2024", "2024-03-05", 1);
	tt_thread_free(t);
}

/* A signature under each comment's text: a dash, the name, the place and
 * the date after the last comma ("- NAME , PLACE, COUNTRY, DATE"), with a
 * rating and a button under it that every signature has; the sorting list
 * and "View all" over the first comment are the section's, and a line of a
 * name and a date after the last ("GARDEN TODAY") signs nothing. */
static void test_dash_place_signatures(void **state)
{
	(void)state;
	static const char page[] =
	    "Why the pond froze from the bottom\n\n"
	    "By Staff Writer\n\n"
	    "A pond in the valley froze from the bottom up this winter, which puzzled the "
	    "villagers who walk past it every morning.\n\n"
	    "Comments (3)\n\n"
	    "  \xE2\x80\xA2 Newest\n  \xE2\x80\xA2 Oldest\n\n"
	    " View all\n\n"
	    "Anchor ice forms on the stones when the water is very clear.\n\n"
	    "- Ann Hale , Leeds, United Kingdom, 07/6/2013 06:58\n\n"
	    "Click to rate     Rating   (0)\n\n"
	    "Report abuse\n\n"
	    "It happens in rivers too, I have seen it.\n\n"
	    "Twice, in fact.\n\n"
	    "- Bo Lind , Oslo, Norway, 06/6/2013 20:56\n\n"
	    "Click to rate     Rating   2\n\n"
	    "Report abuse\n\n"
	    "Nobody believes me when I tell them.\n\n"
	    "- cara , Perth, 06/6/2013 18:25\n\n"
	    "Click to rate     Rating   7\n\n"
	    "Report abuse\n\n"
	    "Share this comment\n\n"
	    "GARDEN TODAY\n\n"
	    "  \xE2\x80\xA2 Roses that climb the north wall of the house all summer long\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "Ann Hale", "07/6/2013 06:58", "2013-06-07T06:58", 1);
	check_comment(t->order[1], "Bo Lind", "06/6/2013 20:56", "2013-06-06T20:56", 2);
	check_comment(t->order[2], "cara", "06/6/2013 18:25", "2013-06-06T18:25", 1);
	assert_string_equal(t->order[0]->body.v[0],
	                    "Anchor ice forms on the stones when the water is very clear.");
	assert_string_equal(t->order[1]->body.v[0], "It happens in rivers too, I have seen it.");
	assert_string_equal(t->order[2]->body.v[0], "Nobody believes me when I tell them.");
	tt_thread_free(t);
}

/* Comments as items of nested lists, each item a title, the text hanging
 * under it, and the author's name over the date at its end, then buttons
 * (ZDNet); lynx sets the title at the margin under a mark alone ("*", "+",
 * "#"). The item's column is the comment's nesting. */
static void test_item_signatures(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Why the pond froze from the bottom\n\n"
	    "By Staff Writer\n\n"
	    "A pond in the valley froze from the bottom up this winter, which puzzled the "
	    "villagers who walk past it every morning.\n\n"
	    "Talkback\n\n"
	    "4 comments\n"
	    "Log in or register to join the discussion\n\n"
	    "  \xE2\x80\xA2 Anchor ice\n\n"
	    "    It forms on the stones when the water is very clear and the night is cold.\n"
	    "    [6343]\n"
	    "    Ann_Hale\n"
	    "    5 June, 2013 13:23\n"
	    "    Reply 2 Votes\n"
	    "      \xE2\x96\xA1 Rivers\n\n"
	    "        It happens in rivers too, I have seen it twice in one winter.\n"
	    "        [6343]\n"
	    "        Bo Lind\n"
	    "        5 June, 2013 14:20\n"
	    "        Reply Vote\n"
	    "          \xE2\x98\x86 Deeper\n\n"
	    "            Only where the current is slow enough for the ice to hold on.\n"
	    "            [6343]\n"
	    "            dee\n"
	    "            5 June, 2013 15:02\n"
	    "            Reply Vote\n"
	    "  \xE2\x80\xA2 Nobody\n\n"
	    "    believes me when I tell them about it, but it is true all the same.\n"
	    "    [6343]\n"
	    "    cara\n"
	    "    6 June, 2013 09:45\n"
	    "    Reply 1 Vote\n";
	static const char lynx[] =
	    "Why the pond froze from the bottom\n\n"
	    "   By Staff Writer\n\n"
	    "   A pond in the valley froze from the bottom up this winter, which puzzled the "
	    "villagers who walk past it every morning.\n\n"
	    "Talkback\n\n"
	    "   4 comments\n"
	    "   [6]Log in or [7]register to join the discussion\n"
	    "     *\n\n"
	    "Anchor ice\n"
	    "       It forms on the stones when the water is very clear and the night is cold.\n"
	    "       Ann_Hale\n"
	    "       5 June, 2013 13:23\n"
	    "       [8]Reply [9]2 Votes\n"
	    "          +\n\n"
	    "Rivers\n"
	    "            It happens in rivers too, I have seen it twice in one winter.\n"
	    "            Bo Lind\n"
	    "            5 June, 2013 14:20\n"
	    "            [10]Reply [11]Vote\n"
	    "               #\n\n"
	    "Deeper\n"
	    "                 Only where the current is slow enough for the ice to hold on.\n"
	    "                 dee\n"
	    "                 5 June, 2013 15:02\n"
	    "                 [12]Reply [13]Vote\n"
	    "     *\n\n"
	    "Nobody\n"
	    "       believes me when I tell them about it, but it is true all the same.\n"
	    "       cara\n"
	    "       6 June, 2013 09:45\n"
	    "       [14]Reply [15]1 Vote\n";
	static const char *const authors[] = {"Ann_Hale", "Bo Lind", "dee", "cara"};
	static const unsigned depths[] = {0, 1, 2, 0};
	static const char *const pages[] = {w3m, lynx};
	for (size_t p = 0; p < 2; p++) {
		tt_thread *t = import_page(pages[p], strlen(pages[p]));
		assert_int_equal(t->ncomments, 4);
		/* lynx runs the title into the text under it: one paragraph */
		check_tree(t, 4, authors, depths, p ? 1 : 2);
		check_comment(t->order[1], "Bo Lind", "5 June, 2013 14:20", "2013-06-05T14:20",
		              p ? 1 : 2);
		assert_true(!strncmp(t->order[0]->body.v[0], "Anchor ice", 10));
		assert_true(!strncmp(t->order[2]->body.v[0], "Deeper", 6));
		const tt_comment *c = t->order[3];
		assert_non_null(strstr(c->body.v[c->body.n - 1],
		                       "believes me when I tell them about it, but it is true all the same."));
		assert_null(strstr(c->body.v[c->body.n - 1], "Vote"));
		tt_thread_free(t);
	}
}

/* A flat list of comments (name, date, text), oldest first, whose answers
 * sit under the comments they answer with nothing to show it: the style
 * sheet indented them, and a text browser drops that. An answer is later
 * than the comment after it; it answers the last comment before it that is
 * not itself one (HubSpot's blog comments). */
static void test_answers_out_of_time(void **state)
{
	static const char page[] =
	    "Keeping Bees on a City Roof\n\n"
	    "Three hives on a flat roof gave forty kilos of honey in the first summer.\n\n"
	    "The bees fly over the traffic to the parks, which flower one after another.\n\n"
	    "Comments (11)\n\n"
	    "Ann Lee\n\n2019-03-02 09:15\n\nDo the neighbours mind the bees at all?\n\n"
	    "Site Editor\n\n2019-03-09 10:00\n\nNone have complained so far, Ann.\n\n"
	    "Bob Stone\n\n2019-03-04 20:30\n\nHow do you carry the hives up there?\n\n"
	    "Cara Diaz\n\n2019-03-20 07:45\n\nWe tried it and the wind was too strong.\n\n"
	    "Site Editor\n\n2019-04-02 13:00\n\nA low wall of straw bales helps with wind.\n\n"
	    "Dan Ford\n\n2019-03-25 18:00\n\nWhat about the weight on the roof?\n\n"
	    "Eve Moss\n\n2019-04-05 11:11\n\nOur roof garden has two hives as well.\n\n"
	    "Finn Gray\n\n2019-04-07 08:00\n\nWhich flowers do they like best?\n\n"
	    "Gus Hart\n\n2019-04-09 16:20\n\nThe honey from city bees tastes of lime trees.\n\n"
	    "Hana Ito\n\n2019-04-12 12:05\n\nI would love to visit the roof one day.\n\n"
	    "Ivo Jung\n\n2019-04-15 21:40\n\nGood to see bees doing well in town.\n";
	static const char *const authors[] = {
	    "Ann Lee",  "Site Editor", "Bob Stone", "Cara Diaz", "Site Editor", "Dan Ford",
	    "Eve Moss", "Finn Gray",   "Gus Hart",  "Hana Ito",  "Ivo Jung"};
	static const unsigned depths[] = {0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0};
	(void)state;
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 11);
	check_tree(t, 11, authors, depths, 1);
	assert_ptr_equal(t->order[4]->parent, t->order[3]);
	tt_thread_free(t);
	/* In order throughout, nobody answers: the same list with the answers'
	 * dates moved before the next comment's stays flat. */
	char *flat = tt_xstrndup(page, sizeof page - 1);
	memcpy(strstr(flat, "2019-03-09 10:00"), "2019-03-03 10:00", 16);
	memcpy(strstr(flat, "2019-04-02 13:00"), "2019-03-21 13:00", 16);
	t = import_page(flat, strlen(flat));
	check_tree(t, 11, authors, NULL, 1);
	tt_thread_free(t);
	free(flat);
}

/* A page's numeric dates are in one order: "3/20/2019" can only be month
 * first, so "3/2/2019" on the same page is the 2nd of March, not the 3rd of
 * February as a date alone would be read. */
static void test_dates_in_page_order(void **state)
{
	static const char page[] =
	    "Keeping Bees on a City Roof\n\n"
	    "Three hives on a flat roof gave forty kilos of honey in the first summer.\n\n"
	    "The bees fly over the traffic to the parks, which flower one after another.\n\n"
	    "Comments (3)\n\n"
	    "Ann Lee\n\n3/2/2019, 9:15:00 AM\n\nDo the neighbours mind the bees at all?\n\n"
	    "Bob Stone\n\n3/4/2019, 8:30:00 PM\n\nHow do you carry the hives up there?\n\n"
	    "Cara Diaz\n\n3/20/2019, 7:45:10 AM\n\nWe tried it and the wind was too strong.\n";
	(void)state;
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "Ann Lee", "3/2/2019, 9:15:00 AM", "2019-03-02T09:15:00", 1);
	check_comment(t->order[1], "Bob Stone", "3/4/2019, 8:30:00 PM", "2019-03-04T20:30:00", 1);
	check_comment(t->order[2], "Cara Diaz", "3/20/2019, 7:45:10 AM", "2019-03-20T07:45:10", 1);
	tt_thread_free(t);
	/* Without a date only one order reads, a date alone is read day first. */
	t = import_page(page, strstr(page, "Cara Diaz") - page);
	assert_string_equal(t->order[0]->time, "2019-02-03T09:15:00");
	tt_thread_free(t);
}

/* Short reviews as a Chinese site lists them (Douban): each header a
 * vote count, the vote's word, the name, a mark every header repeats, the
 * date with its clock and where the writer was, all on one line; the next
 * review's avatar (an image's alt text) under each text; the text wrapped
 * by the browser in a run of Chinese with no space to break at. The name
 * is what the headers do not share; the place is no part of the date; the
 * avatar no part of the text above it; the wrapped run goes on with no
 * space. lynx keeps the avatar under the text with no blank line. */
static void test_counted_names_dated_places(void **state)
{
	static const char w3m[] =
	    "茶馆的故事短评\n\n"
	    "这是一部讲述老城区一家茶馆三十年变迁的电视剧，一共二十集。\n\n"
	    "[u101]\n\n"
	    "4512 有用山间小溪看过 2024-05-02 10:11:12 北京\n\n"
	    "这部电影的节奏很慢但是每一个镜头都拍得非常用心看完\n"
	    "以后很久都没有说话只想一个人安静地坐一会儿再回家去\n\n"
	    "[u102]\n\n"
	    "3300 有用 Lemon 看过 2024-05-03 21:40:05 上海\n\n"
	    "演员都很好。\n\n"
	    "[u103]\n\n"
	    "2950 有用半杯清茶看过 2024-05-01 08:05:44 广东\n\n"
	    "老板娘的台词写得太好了每一句都像是在说我们自己的生\n"
	    "活让人笑着笑着就哭了\n\n"
	    "[u104]\n\n"
	    "1200 有用夜里的猫看过 2024-05-04 23:59:01 四川\n\n"
	    "想去那家茶馆坐坐。\n\n"
	    "[u105]\n\n"
	    "980 有用 ab12 看过 2024-05-05 12:00:00 浙江\n\n"
	    "第三集最好看。\n";
	static const char lynx[] =
	    "茶馆的故事短评\n\n"
	    "   这是一部讲述老城区一家茶馆三十年变迁的电视剧，一共二十集。\n"
	    "   [7][u101-1.jpg]\n\n"
	    "4512 [8]有用 [9]山间小溪 看过 2024-05-02 10:11:12 北京\n\n"
	    "   这部电影的节奏很慢但是每一个镜头都拍得非常用心看完以后很久都没有说话只想一个人安静地坐一会儿再回家去\n"
	    "   [10][u102-1.jpg]\n\n"
	    "3300 [11]有用 [12]Lemon 看过 2024-05-03 21:40:05 上海\n\n"
	    "   演员都很好。\n"
	    "   [13][u103-1.jpg]\n\n"
	    "2950 [14]有用 [15]半杯清茶 看过 2024-05-01 08:05:44 广东\n\n"
	    "   老板娘的台词写得太好了每一句都像是在说我们自己的生活让人笑着笑着就哭了\n"
	    "   [16][u104-1.jpg]\n\n"
	    "1200 [17]有用 [18]夜里的猫 看过 2024-05-04 23:59:01 四川\n\n"
	    "   想去那家茶馆坐坐。\n"
	    "   [19][u105-1.jpg]\n\n"
	    "980 [20]有用 [21]ab12 看过 2024-05-05 12:00:00 浙江\n\n"
	    "   第三集最好看。\n";
	static const char *const authors[] = {"山间小溪", "Lemon", "半杯清茶", "夜里的猫", "ab12"};
	static const char *const pages[] = {w3m, lynx};
	(void)state;
	for (size_t p = 0; p < 2; p++) {
		tt_thread *t = import_page(pages[p], strlen(pages[p]));
		assert_int_equal(t->ncomments, 5);
		check_tree(t, 5, authors, NULL, 1);
		check_comment(t->order[0], "山间小溪", "2024-05-02 10:11:12", "2024-05-02T10:11:12", 1);
		assert_string_equal(t->order[0]->body.v[0],
		                    "这部电影的节奏很慢但是每一个镜头都拍得非常用心看完"
		                    "以后很久都没有说话只想一个人安静地坐一会儿再回家去");
		assert_string_equal(t->order[2]->body.v[0],
		                    "老板娘的台词写得太好了每一句都像是在说我们自己的生活让人笑着笑着就哭了");
		assert_string_equal(t->order[1]->body.v[0], "演员都很好。");
		tt_thread_free(t);
	}
}

/* Blogger's classic comments: "NAME said..." over the text, the date under
 * it. A text whose first line ends in a word and a colon ("Some quick
 * notes:", a name and its verb by shape) is still the text of the header
 * right above it, which the same date signs, not a header of its own. */
static void test_text_opening_with_colon(void **state)
{
	static const char w3m[] =
	    "The Short History of the Hand Loom\n\n"
	    "Hand looms were in most villages until the middle of the last century.\n\n"
	    "3 comments:\n\n"
	    "_\n"
	    "Mira Holt said...\n"
	    "   \n"
	    "    Some quick notes:\n\n"
	    "    The first looms of this kind came from the north, not the south.\n\n"
	    "    Mira Holt\n"
	    "    Weavers' Guild\n\n"
	    "    April 18, 2012 at 9:13 PM [icon_delet]\n"
	    "_\n"
	    "Sam Reyes said...\n"
	    "   \n"
	    "    Thanks Mira, that is good to know.\n\n"
	    "    April 18, 2012 at 9:42 PM [icon_delet]\n"
	    "_\n"
	    "Lou Park said...\n"
	    "   \n"
	    "    My grandmother still had one in her kitchen.\n\n"
	    "    April 20, 2012 at 9:22 PM [icon_delet]\n";
	static const char lynx[] =
	    "The Short History of the Hand Loom\n\n"
	    "   Hand looms were in most villages until the middle of the last century.\n\n"
	    "3 comments:\n\n"
	    "   Mira Holt said...\n"
	    "          Some quick notes:\n"
	    "          The first looms of this kind came from the north, not the south.\n"
	    "          Mira Holt\n"
	    "          Weavers' Guild\n\n"
	    "          [30]April 18, 2012 at 9:13 PM [31][icon_delete13.gif]\n\n"
	    "   Sam Reyes said...\n"
	    "          Thanks Mira, that is good to know.\n\n"
	    "          [32]April 18, 2012 at 9:42 PM [33][icon_delete13.gif]\n\n"
	    "   Lou Park said...\n"
	    "          My grandmother still had one in her kitchen.\n\n"
	    "          [34]April 20, 2012 at 9:22 PM [35][icon_delete13.gif]\n";
	static const char *const authors[] = {"Mira Holt", "Sam Reyes", "Lou Park"};
	static const char *const pages[] = {w3m, lynx};
	(void)state;
	for (size_t p = 0; p < 2; p++) {
		tt_thread *t = import_page(pages[p], strlen(pages[p]));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, authors, NULL, 0);
		assert_string_equal(t->order[0]->posted, "April 18, 2012 at 9:13 PM");
		assert_true(!strncmp(t->order[0]->body.v[0], "Some quick notes:", 17));
		tt_thread_free(t);
	}
}

/* A forum drawn twice (Flarum): the posts as the page's scripts draw them,
 * each a name item (its avatar, the name's first character, run into it:
 * "小小明" for 小明) over its age, and a copy between rules at the end with
 * no dates, each answer opening with the name of the post it answers,
 * run into its text. The copy's posts get the drawn posts' ages, the
 * avatar's character no part of the name, and each answer is a reply to
 * the latest post by the name it opens with (none before it: the top). */
static void test_answers_opening_with_names(void **state)
{
	static const char rule[] =
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n";
	char page[4096];
	snprintf(page, sizeof page,
	         "怎样给阳台的番茄浇水？\n\n"
	         "  • 小小明\n\n  • 12 天前\n\n我的番茄叶子发黄了，是不是水浇多了？\n\n"
	         "  • 阿林\n\n  • 11 天前\n\n小明可能是水太多，盆底要有孔。\n\n"
	         "  • 小小明\n\n  • 11 天前\n\n阿林盆底有孔，但是很小。\n\n"
	         "  • 阿林\n\n  • 10 天前\n\n小明那就换一个大一点的盆。\n\n"
	         "  • 小小明\n\n  • 9 天前\n\n阿林好的，谢谢！\n\n"
	         "小明\n\n我的番茄叶子发黄了，是不是水浇多了？\n%s\n"
	         "阿林\n\n小明可能是水太多，盆底要有孔。\n%s\n"
	         "小明\n\n阿林盆底有孔，但是很小。\n%s\n"
	         "阿林\n\n小明那就换一个大一点的盆。\n%s\n"
	         "小明\n\n阿林好的，谢谢！\n%s\n"
	         "本站使用 Flarum 搭建。\n",
	         rule, rule, rule, rule, rule);
	static const char *const authors[] = {"阿林", "小明", "阿林", "小明"};
	static const unsigned depths[] = {0, 1, 2, 3};
	static const char *const ages[] = {"11 天前", "11 天前", "10 天前", "9 天前"};
	(void)state;
	tt_thread *t = import_page(page, strlen(page));
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, authors, depths, 0);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(t->order[i]->posted, ages[i]);
	tt_thread_free(t);
}

/* A year run into the clock after it ("June 05, 20134:14 pm": the page set
 * date and hour in two elements, which lynx and w3m join with nothing
 * between) is read and shown with the space the page showed. */
static void test_year_run_into_clock(void **state)
{
	(void)state;
	static const char page[] =
	    "Why the pond froze from the bottom\n\n"
	    "A pond in the valley froze from the bottom up this winter, which puzzled the "
	    "villagers who walk past it every morning.\n\n"
	    "Comments\n\n"
	    "Ann Hale\n"
	    "June 05, 20134:14 pm\n\n"
	    "It forms on the stones when the water is very clear.\n\n"
	    "Bo Lind\n"
	    "June 07, 201312:52 am\n\n"
	    "It happens in rivers too, I have seen it.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "Ann Hale", "June 05, 2013 4:14 pm", "2013-06-05T16:14", 1);
	check_comment(t->order[1], "Bo Lind", "June 07, 2013 12:52 am", "2013-06-07T00:52", 1);
	tt_thread_free(t);
}

/* Each top-level comment followed by its own reply form, its answers after
 * that form with none (answers one level deep, as Carnegie's pages draw
 * them): a comment with no form after it answers the latest one with one.
 * The forms' lines (w3m's "Name[    ]", run into the next name; lynx's
 * "Name ________") are no names, nor a sentence wrapped onto the next name;
 * the count run into its word ("Comments(5)") heads the comments, not the
 * byline's "Comments (5)" over the article. */
static void test_answers_after_reply_forms(void **state)
{
	(void)state;
	static const char *const names[] = {"Ann Hale", "Bo Lind", "Cy Moss", "Dee Park", "Eve Roe"};
	static const unsigned depths[] = {0, 1, 1, 0, 0};
	static const char *const words[] = {"Anchor", "Rivers", "Slow", "Nobody", "Ice"};
	for (int lynx = 0; lynx < 2; lynx++) {
		const char *in = lynx ? "   " : "";
		const char *bullet = lynx ? "     * " : "  \xE2\x80\xA2 ";
		tt_buf b = {0};
		tt_buf_printf(&b,
		              "Why the pond froze from the bottom\n\n%s"
		              "A pond in the valley froze from the bottom up this winter.\n\n"
		              "%sJune 04, 2013\n%s  Comments (5)\n\n", in, bullet, in);
		for (int p = 0; p < 3; p++)
			tt_buf_printf(&b,
			              "%sThe villagers who walk past it every morning could not "
			              "say why, and the\n%sfisherman who knows it best said it "
			              "never did so before in his life.\n\n", in, in);
		/* the page's form, then each comment; after a top-level one its
		 * reply link and form */
		tt_buf form = {0};
		tt_buf_printf(&form, "%sPost your comments. Comments are moderated.%s\n", in,
		              lynx ? "" : "[                    ]");
		for (int row = 0; lynx && row < 4; row++)
			tt_buf_printf(&form, "%s____________________________________________________________\n", in);
		tt_buf_printf(&form,
		              lynx ? "%sScreen Name ____________________\n\n"
		                     "%sEmail Address ____________________\n"
		                     "%sCharacters Used 0 0___________________ (postcomment) Post Comment\n"
		                   : "%sScreen Name[                    ]\n\n"
		                     "%sEmail Address[                    ][                    ]\n"
		                     "%sCharacters Used 0[0                   ]Post Comment\n",
		              in, in, in);
		tt_buf_printf(&b, "%sComments(5)\n\n%s", in, form.data);
		for (int k = 0; k < 5; k++) {
			tt_buf_printf(&b,
			              "%s%s%s\n%sJune %02d, 2013 %d:1%d pm\n\n%s%s is what I saw "
			              "there, more than once, on cold nights.\n%s",
			              k == 0 ? "\n" : "", in, names[k], in, 5 + k, k + 1, k, in, words[k],
			              lynx ? "" : "\n");
			tt_buf_printf(&b, "%sReport\n%sRecommend\n\n", bullet, bullet);
			if (depths[k] == 0)
				tt_buf_printf(&b, "%sReply to this post\n%s", in, form.data);
		}
		tt_buf_printf(&b, "\nComment Policy\n\n%sBe kind to each other.\n", in);
		struct tt_import_report r;
		tt_import_report_init(&r, 0);
		struct tt_import_opts o = {.report = &r};
		tt_error err;
		tt_thread *t = tt_import_mem("p.txt", b.data, b.len, &o, &err);
		if (!t)
			fail_msg("the page does not import: %s", err.msg);
		assert_int_equal(t->ncomments, 5);
		check_tree(t, 5, names, depths, 0);
		for (size_t k = 0; k < 5; k++)
			assert_true(!strncmp(t->order[k]->body.v[0], words[k], strlen(words[k])));
		assert_string_equal(t->order[1]->posted, "June 06, 2013 2:11 pm");
		assert_int_equal(r.stated, 5);
		assert_int_equal(t->article.body.n >= 3, 1);
		tt_import_report_free(&r);
		tt_thread_free(t);
		tt_buf_free(&b);
		tt_buf_free(&form);
	}
}

/* lynx draws a comment's share buttons, images with no alt text, as a
 * list of bare marks ("+" five times over) under its text; the last of
 * them right over the next comment's number is no mark of that comment's
 * nesting (a lone bare mark deeper than the header is): the next comment
 * stays at its number's column, an answer in the nested list deeper. */
static void test_mark_run_over_header(void **state)
{
	(void)state;
	static const char *const names[] = {"Ben", "Peter", "Peter", "anthony", "anthony"};
	static const unsigned depths[] = {0, 0, 1, 0, 0};
	tt_buf b = {0};
	tt_buf_printf(&b, "Why the pond froze from the bottom\n\n"
	                  "   A pond in the valley froze from the bottom up this winter, which "
	                  "puzzled the villagers.\n\n"
	                  "5 Comments\n\n");
	for (size_t k = 0; k < 5; k++) {
		const char *in = depths[k] ? "         " : "    ";
		tt_buf_printf(&b,
		              "%s%zu. %s [%zu]Wednesday, May %zu 2013\n"
		              "%s   Ice forms on the stones when the water is clear, comment %zu.\n"
		              "%s   [%zu]Reply [%zu]Share\n"
		              "%s   Share this comment\n",
		              in, depths[k] ? (size_t)1 : k + (k < 2), names[k], 40 + 3 * k, 15 + k,
		              in, k + 1, in, 41 + 3 * k, 42 + 3 * k, in);
		for (int m = 0; m < 5; m++)
			tt_buf_printf(&b, "%s      %s\n", in, depths[k] ? "o" : "+");
	}
	tt_thread *t = import_page(b.data, b.len);
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, names, depths, 0);
	check_comment(t->order[1], "Peter", "Wednesday, May 16 2013", "2013-05-16", 1);
	tt_thread_free(t);
	tt_buf_free(&b);
}

/* Each comment an avatar's image alone (named by its size, "[100x100]"),
 * the name under it, a line of badges, then the text, and the relative
 * time under the text with the reply button's word run into it ("1周前评论",
 * lynx "1周前 [9]评论": a script written without spaces), the reply form
 * and votes under that (LearnKu): the name opens the comment, dated under
 * its text; the time's line is no name over the form's. */
static void test_avatar_over_name_dated_under_text(void **state)
{
	(void)state;
	static const char *const names[] = {"MArtian", "陈先生", "Dash007"};
	static const char *const when[] = {"1周前", "2天前", "3小时前"};
	static const char *const words[] = {"直接执行 cmd", "请给猫猫打码！", "警惕境外网络！"};
	for (int lynx = 0; lynx < 2; lynx++) {
		const char *in = lynx ? "   " : "";
		tt_buf b = {0};
		tt_buf_printf(&b, "Window 设置代理\n\n%sThe proxy can be set for one terminal or for "
		                  "the whole system, and each has its use.\n\n%s讨论数量: 3\n%s排序：\n",
		              in, in, in);
		for (int k = 0; k < 3; k++) {
			tt_buf_printf(&b, "%s%s[100x100]\n%s%s%s\n%s%s版主 %d.1k 声望\n\n%s%s\n%s",
			              in, lynx ? "[9]" : "", in, lynx ? "[8]" : "", names[k], in,
			              lynx ? "[7]" : "", k + 2, in, words[k], lynx ? "" : "\n");
			tt_buf_printf(&b, lynx ? "%s%s [6]评论\n%s____________________ (BUTTON) 评论\n"
			                       : "%s%s评论\n%s[                    ] 评论\n",
			              in, when[k], in);
			tt_buf_printf(&b, "%s%d 举报\n", in, k);
		}
		tt_buf_printf(&b, "\n%s讨论应以学习和精进为目的。\n", in);
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, 3);
		/* lynx's reply form and votes under the time stay in the text */
		check_tree(t, 3, names, NULL, lynx ? 0 : 1);
		for (size_t k = 0; k < 3; k++) {
			assert_string_equal(t->order[k]->posted, when[k]);
			assert_true(!strncmp(t->order[k]->body.v[0], words[k], strlen(words[k])));
		}
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* Under comments dated under their text (an avatar over the name), the
 * answers drawn smaller, one line each after the comment's reply form:
 * an avatar's image, the name, badges in full-width brackets and the time
 * ("[100x100] Ann （楼主） 1周前"), the text under it (LearnKu). Each answers
 * the comment above it, its badges no part of its name; the comments' own
 * text set two blank lines under their header is no quote for all that. */
static void test_answers_in_own_shape(void **state)
{
	(void)state;
	static const char *const names[] = {"MArtian", "Rache1", "my38778570", "Rache1",
	                                    "陈先生", "Dash007"};
	static const unsigned depths[] = {0, 0, 1, 1, 0, 0};
	static const char *const words[] = {"直接执行 cmd", "直接使用 TUN", "试过不行呢",
	                                    "要先安装 TUN", "请给猫猫打码！", "警惕境外网络！"};
	for (int lynx = 0; lynx < 2; lynx++) {
		const char *in = lynx ? "   " : "";
		tt_buf b = {0};
		tt_buf_printf(&b, "Window 设置代理\n\n%sThe proxy can be set for one terminal or for "
		                  "the whole system, and each has its use.\n\n%s排序：\n",
		              in, in);
		for (size_t k = 0; k < 6; k++) {
			if (depths[k]) {
				tt_buf_printf(&b, "%s%s[100x100] %s%s%s 1周前\n%s%s\n%s", in,
				              lynx ? "[5]" : "", lynx ? "[4]" : "", names[k],
				              k == 2 ? " \xEF\xBC\x88\xE6\xA5\xBC\xE4\xB8\xBB\xEF\xBC\x89" : "",
				              in, words[k], lynx ? "" : "  \n");
				continue;
			}
			tt_buf_printf(&b, "%s%s[100x100]\n%s%s%s\n%s%s版主 3.1k 声望\n%s\n%s%s\n\n",
			              k ? "" : "\n", in, in, lynx ? "[8]" : "", names[k], in,
			              lynx ? "[7]" : "", lynx ? "" : " \n", in, words[k]);
			if (k == 0)
				tt_buf_printf(&b, "%sproxy // 开启代理\n\n", in);
			tt_buf_printf(&b, lynx ? "%s1周前 [6]评论\n%s____________________ (BUTTON) 评论\n"
			                       : "%s1周前评论\n%s[                    ] 评论\n",
			              in, in);
		}
		tt_buf_printf(&b, "%s举报\n\n%s讨论应以学习和精进为目的。\n", in, in);
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, 6);
		check_tree(t, 6, names, depths, 0);
		for (size_t k = 0; k < 6; k++) {
			assert_string_equal(t->order[k]->posted, "1周前");
			assert_true(!strncmp(t->order[k]->body.v[0], words[k], strlen(words[k])));
		}
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* w3m's dump of answers named in the header ("Bob replied to comment
 * from Ann"): no link says which of Ann's comments Bob answers, but his
 * text quotes it (w3m's indented blockquote, or words in quotation marks),
 * so he answers the one quoted, not Ann's latest. */
static void test_answers_in_headers_by_quote(void **state)
{
	(void)state;
#define BUL " \xE2\x80\xA2 "
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "6 Comments\n\n"
	    "Ann Lee" BUL "#1" BUL "8:05 AM Wednesday, Aug 18, 2010" BUL "Reply\n\n"
	    "The first thing I wanted to say about the whole story, at length.\n\n"
	    "Ann Lee" BUL "#2" BUL "8:09 AM Wednesday, Aug 18, 2010" BUL "Reply\n\n"
	    "A second thing Ann says, a while later, on her own.\n\n"
	    "Bob replied to comment from Ann Lee" BUL "#3" BUL "8:11 AM Wednesday, Aug 18, 2010" BUL
	    "Reply\n\n"
	    "    The first thing I wanted to say about the whole story\n\n"
	    "Quite so, and well put, about the first thing.\n\n"
	    "Cid replied to comment from Bob" BUL "#4" BUL "8:15 AM Wednesday, Aug 18, 2010" BUL
	    "Reply\n\n"
	    "Bob is right about that, I think.\n\n"
	    "Dee replied to comment from Ann Lee" BUL "#5" BUL "9:45 PM Wednesday, Aug 18, 2010" BUL
	    "Reply\n\n"
	    "\"The first thing I wanted to say about\" is what Dee answers too.\n\n"
	    "Eve replied to comment from Ann Lee" BUL "#6" BUL "9:50 PM Wednesday, Aug 18, 2010" BUL
	    "Reply\n\n"
	    "Eve quotes nothing, so she answers the latest.\n";
#undef BUL
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"Ann Lee", "Bob", "Cid", "Dee", "Ann Lee", "Eve"};
	static const unsigned depths[] = {0, 1, 2, 1, 0, 1};
	assert_int_equal(t->ncomments, 6);
	check_tree(t, 6, authors, depths, 0);
	assert_string_equal(t->order[1]->body.v[0], "> The first thing I wanted to say about the whole story");
	tt_thread_free(t);
}

/* lynx's dump of a list of comments whose names it draws one column right
 * of their dates (the space an inline box opens with), the first items'
 * names at the margin: "    Cid Moe" over "   14. 01. 2020, 13:29" is a
 * header all the same, and the margin's names nest no deeper than the
 * others; the list is flat, its answers "@NAME" (taz). */
static void test_lynx_names_off_date_column(void **state)
{
	(void)state;
	static const char *const names[] = {"Ann Lee", "Bob Fox", "Cid Moe",
	                                    "Dee Ray", "Eve Kay", "Fay Orr"};
	static const char *const texts[] = {
	    "The first thing I wanted to say about the whole story, at length.",
	    "@Ann Lee ob das so stimmt, weiß ich ja nicht so recht, aber gut.",
	    "Inhaltlich ist der Artikel super, nur die Form passt mir nicht.",
	    "@Cid Moe Welche Form denn? Es gibt doch gar keine andere hier.",
	    "Die Entscheidung fällt woanders, nicht bei uns im Büro hier.",
	    "@Eve Kay Na ja, so einfach ist das auch wieder nicht, oder?"};
	static const unsigned depths[] = {0, 1, 0, 1, 0, 1};
	for (size_t margin = 0; margin <= 2; margin += 2) {
		tt_buf b = {0};
		tt_buf_printf(&b, "   A title of the story here\n\n   The story has a long sentence "
		                  "in it that counts as prose here for sure, and more.\n\n"
		                  "Leserkommentare\n\n");
		for (size_t k = 0; k < 6; k++)
			tt_buf_printf(&b,
			              "     %s[%zu]\n\n%s%s\n\n   14. 01. 2020, %zu:%02zu\n\n   %s\n\n"
			              "     * antworten\n     * melden\n\n",
			              k < 2 ? "* " : "", 70 + k, k < margin ? "" : "    ", names[k],
			              10 + k, 5 * k, texts[k]);
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, 6);
		check_tree(t, 6, names, depths, 0);
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* lynx's dump of a page whose article is a list, no prose, and whose
 * comments have no blank line between a header, its text and the next
 * header: the first prose comes in the third comment, the blank line
 * before it set by an edit notice. The comments start under the stated
 * count over the sorting controls all the same, at the first header of
 * the blocks above that prose; the controls ("Sorteer op:" over "(*)
 * Kwaliteit", deeper) are no comment: the column of prose is the
 * comments' text's, not the count's (Tweakers). */
static void test_lynx_comments_run_together(void **state)
{
	(void)state;
#define BUL "\xE2\x80\xA2"
	static const char page[] =
	    "Software-update: LibreOffice 24.2.6\n"
	    "\n"
	    "   [88]LibreOffice 24.8.1\n"
	    "   [89]LibreOffice 24.8.0\n"
	    "   [90]LibreOffice 24.2.5\n"
	    "\n"
	    "Reacties (5)\n"
	    "\n"
	    "   [120](BUTTON) 4\n"
	    "   [121](BUTTON) 2\n"
	    "\n"
	    "Sorteer op:\n"
	    "\n"
	    "   (*) Kwaliteit - beste threads eerst\n"
	    "   ( ) Tijd - oudste threads eerst\n"
	    "\n"
	    "Weergave:\n"
	    "\n"
	    "   (*) Threaded\n"
	    "   ( ) Plat\n"
	    "   [BUTTON Input] (not implemented)______\n"
	    "   [127]renrom [128]6 september 2024 12:59[129] (BUTTON)\n"
	    "   Gebruik het in een workflow om een bestand om te zetten naar een PDF bestand.\n"
	    "   [130]Reageer\n"
	    "   [131]Webgnome [132]6 september 2024 08:27[133] (BUTTON)\n"
	    "   Zijn er nog mensen die dit gebruiken? Zelf gebruik ik het heel sporadisch.\n"
	    "   offtopic:\n"
	    "   that didn't age well\n"
	    "\n"
	    "   [Reactie gewijzigd door Webgnome op 6 september 2024 10:43]\n"
	    "   [134]Reageer\n"
	    "   [135]latka [136]@Webgnome " BUL " [137]6 september 2024 09:43[138] (BUTTON)\n"
	    "   Zeker wel. Alleen de ondersteuning voor het werken met CSV files is al een verademing\n"
	    "   ten opzichte van een programma dat geen komma van een puntkomma kan onderscheiden en\n"
	    "   multiline CSV al helemaal niet kan verwerken. Om nog maar niet te spreken over de\n"
	    "   inconsistentie bij formules en taalinstellingen. Libreoffice is consistent, voorspelbaar\n"
	    "   en belt niet naar huis. Alles wat ik verwacht van een softwarepakket.\n"
	    "   [139]Reageer\n"
	    "   [140]Borri [141]@latka " BUL " [142]6 september 2024 14:20[143] (BUTTON)\n"
	    "   Interesse is gewekt, ik ben altijd aan het vechten met het inlezen van de bestanden.\n"
	    "   [144]Reageer\n"
	    "   [145]P_Tingen [146]@latka " BUL " [147]6 september 2024 14:43[148] (BUTTON)\n"
	    "   Dit klinkt interessant; ik werk nog wel eens met zulke bestanden, dus ga dit bekijken.\n";
#undef BUL
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"renrom", "Webgnome", "latka", "Borri", "P_Tingen"};
	static const unsigned depths[] = {0, 0, 1, 2, 2};
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, authors, depths, 0);
	tt_thread_free(t);
}

/* lynx's dump of a page nested by spacer images (Hacker News): every
 * comment at one column, but a reply's header links to the page's anchor
 * named after the id its parent's own link ends in ("[12]parent" to
 * "item?id=1#10", the comment whose "[7]1 day ago" is "item?id=10"). It
 * nests under the deepest open comment it so names ("root" names one
 * higher), but for one whose header names it back (its "prev" sibling,
 * whose "next" goes to it). */
static void test_lynx_replies_by_anchor(void **state)
{
	(void)state;
	static const char page[] =
	    "   Ask HN: Which papers read well?\n"
	    "\n"
	    "   I am looking for papers that are a pleasure to read, written clearly. Which ones?\n"
	    "\n"
	    "   [s.gif]\n"
	    "   [1]ann [2]1 day ago | [3]next [4][-]\n"
	    "   Shannon's paper on communication is a classic, and it reads well.\n"
	    "\n"
	    "   [5]reply\n"
	    "   [s.gif]\n"
	    "   [6]bob [7]1 day ago | [8]parent | [9]next [10][-]\n"
	    "   His paper on secrecy systems is right up there too, I think.\n"
	    "\n"
	    "   [11]reply\n"
	    "   [s.gif]\n"
	    "   [12]cid [13]1 day ago | [14]parent | [15]prev [16][-]\n"
	    "   I agree with that, and it is short for all it covers.\n"
	    "\n"
	    "   [17]reply\n"
	    "   [s.gif]\n"
	    "   [18]dee [19]1 day ago | [20]root | [21]parent [22][-]\n"
	    "   Short, and the figures do the work of many pages.\n"
	    "\n"
	    "   [23]reply\n"
	    "   [s.gif]\n"
	    "   [24]eve [25]1 day ago | [26]prev [27][-]\n"
	    "   The paper on the end-to-end argument is another.\n"
	    "\n"
	    "   [28]reply\n"
	    "\n"
	    "References\n"
	    "\n"
	    "    1. https://news.example.com/user?id=ann\n"
	    "    2. https://news.example.com/item?id=10\n"
	    "    3. https://news.example.com/item?id=1#20\n"
	    "    4. javascript:void(0)\n"
	    "    5. https://news.example.com/reply?id=10&goto=item\n"
	    "    6. https://news.example.com/user?id=bob\n"
	    "    7. https://news.example.com/item?id=11\n"
	    "    8. https://news.example.com/item?id=1#10\n"
	    "    9. https://news.example.com/item?id=1#12\n"
	    "   10. javascript:void(0)\n"
	    "   11. https://news.example.com/reply?id=11&goto=item\n"
	    "   12. https://news.example.com/user?id=cid\n"
	    "   13. https://news.example.com/item?id=12\n"
	    "   14. https://news.example.com/item?id=1#10\n"
	    "   15. https://news.example.com/item?id=1#11\n"
	    "   16. javascript:void(0)\n"
	    "   17. https://news.example.com/reply?id=12&goto=item\n"
	    "   18. https://news.example.com/user?id=dee\n"
	    "   19. https://news.example.com/item?id=13\n"
	    "   20. https://news.example.com/item?id=1#10\n"
	    "   21. https://news.example.com/item?id=1#12\n"
	    "   22. javascript:void(0)\n"
	    "   23. https://news.example.com/reply?id=13&goto=item\n"
	    "   24. https://news.example.com/user?id=eve\n"
	    "   25. https://news.example.com/item?id=20\n"
	    "   26. https://news.example.com/item?id=1#10\n"
	    "   27. javascript:void(0)\n"
	    "   28. https://news.example.com/reply?id=20&goto=item\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"ann", "bob", "cid", "dee", "eve"};
	static const unsigned depths[] = {0, 1, 1, 2, 0};
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, authors, depths, 0);
	tt_thread_free(t);
}

/* An age with its clock in brackets ("15 seconds ago (7:18 PM)") is a
 * date line, kept as written. */
static void test_age_with_clock(void **state)
{
	(void)state;
	static const char page[] =
	    "Harbour Notes\n\n"
	    "The ferry timetable changes next week, and the early boat will leave ten minutes later.\n\n"
	    "Comments\n\n"
	    "gullwatch\n12 seconds ago (6:05 PM)\nAbout time, the early boat was always full.\n\n"
	    "Pier_Nine\n3 minutes ago (6:02 PM)\nDoes the late boat change too?\n\n"
	    "tidewater\n1 hour ago (5:04 PM)\nI hope the car deck keeps its price.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"gullwatch", "Pier_Nine", "tidewater"};
	check_tree(t, 3, authors, NULL, 1);
	assert_string_equal(t->order[0]->posted, "12 seconds ago (6:05 PM)");
	assert_string_equal(t->order[2]->posted, "1 hour ago (5:04 PM)");
	tt_thread_free(t);
}

/* Member boxes: a name, at times a motto, a count of followers and the
 * date, no blank line between; the text, a signed excerpt of it, the
 * address of the comment cut after a slash, and a row of links. A box
 * quoted within a text heads nothing. */
static void test_follower_count_boxes(void **state)
{
	(void)state;
	static const char page[] =
	    "Harbour Notes\n\n"
	    "The ferry timetable changes next week, and the early boat will leave ten minutes later.\n\n"
	    "Comments\n\n"
	    "avatar\nkeelhaul\n88 Followers\n12 seconds ago (6:05 PM)\n"
	    "About time, the early boat was always full.\n \n"
	    "keelhaul: About time, the early boat was always\n"
	    "http://news.example.org/people/keelhaul/\n"
	    "ferry-timetable_n_4411_20991.html\n"
	    "History  | Permalink  | Share it\n"
	    "Pier Nine\n\"Never late, never early\" ..PN\n1,204 Followers\n40 seconds ago (6:05 PM)\n"
	    "Does the late boat change too?\n \n"
	    "Pier_Nine: Does the late boat change too?\n"
	    "http://news.example.org/people/Pier_Nine/\n"
	    "ferry-timetable_n_4411_20990.html\n"
	    "History  | Permalink  | Share it\n"
	    "SENIOR MEMBER\ntidewater\nAll at sea\n312 Followers\n2 minutes ago (6:03 PM)\n"
	    "gullwatch\n7 Followers Follow\n3 minutes ago (6:02 PM)\n"
	    "The car deck will cost more, I bet.\n"
	    "________________\n\n"
	    "It will not, the council said so in March.\n \n"
	    "tidewater: gullwatch 7 Followers Follow 3 minutes ago (6:02\n"
	    "http://news.example.org/people/tidewater/ferry-timetable_n_4411_20989.html\n"
	    "History  | Permalink  | Share it\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"keelhaul", "Pier Nine", "tidewater"};
	check_tree(t, 3, authors, NULL, 0);
	assert_string_equal(t->order[1]->posted, "40 seconds ago (6:05 PM)");
	assert_string_equal(t->order[2]->posted, "2 minutes ago (6:03 PM)");
	assert_string_equal(t->order[0]->body.v[0], "About time, the early boat was always full.");
	assert_string_equal(t->order[1]->body.v[0], "Does the late boat change too?");
	tt_thread_free(t);
}

/* A flat list, newest first, of comments showing only their ages: one
 * younger than the comment above it answers the last one at the top. */
static void test_answers_younger_than_above(void **state)
{
	(void)state;
	static const char page[] =
	    "Harbour Notes\n\n"
	    "The ferry timetable changes next week, and the early boat will leave ten minutes later.\n\n"
	    "Comments\n\n"
	    "gullwatch\n12 seconds ago (6:05 PM)\nAbout time, the early boat was always full.\n\n"
	    "Pier_Nine\n40 seconds ago (6:05 PM)\nDoes the late boat change too?\n\n"
	    "tidewater\n20 seconds ago (6:05 PM)\nNo, only the early one.\n\n"
	    "keelhaul\n1 minute ago (6:04 PM)\nI hope the car deck keeps its price.\n\n"
	    "moorings\n5 minutes ago (6:00 PM)\nTen minutes is nothing.\n\n"
	    "saltmarsh\n2 minutes ago (6:03 PM)\nIt is if you catch the train after.\n\n"
	    "beacon\n1 hour ago (5:05 PM)\nThe summer boats stay as they are.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 7);
	static const char *const authors[] = {"gullwatch", "Pier_Nine", "tidewater", "keelhaul",
	                                      "moorings",  "saltmarsh", "beacon"};
	static const unsigned depths[] = {0, 0, 1, 0, 0, 1, 0};
	check_tree(t, 7, authors, depths, 1);
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	assert_ptr_equal(t->order[5]->parent, t->order[4]);
	tt_thread_free(t);
}

/* Comments as items of a list: an avatar's alt text on the item's first
 * line, the name hanging under it, the text, then the date and the
 * item's buttons; a box's title ending in a colon above them dates
 * nothing of theirs. w3m's drawing, then lynx's. */
static void test_item_name_dated_below(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Le port\n\n"
	    "Le nouvel horaire du bac entre en vigueur la semaine prochaine, le premier bateau partira plus tard.\n\n"
	    "La r\xC3\xA9" "daction vous conseille :\n\n"
	    "  \xE2\x80\xA2 Les tarifs du bac augmentent\n\n"
	    "3 commentaires\n\n"
	    "  \xE2\x80\xA2 Avatar Abonn\xC3\xA9\n    marin22\n\n"
	    "    Enfin, le premier bateau \xC3\xA9tait toujours plein.\n\n"
	    "    Le 21/04/2013 \xC3\xA0 02:20\n    Alerter R\xC3\xA9pondre\n"
	    "  \xE2\x80\xA2 Avatar\n    la.mouette\n\n"
	    "    Et le dernier bateau, il change aussi ? On ne sait\n    jamais rien.\n\n"
	    "    Le 07/04/2013 \xC3\xA0 17:29\n    Alerter R\xC3\xA9pondre\n"
	    "  \xE2\x80\xA2 Avatar\n    capitaine\n\n"
	    "    Dix minutes, ce n'est rien du tout.\n\n"
	    "    Le 06/04/2013 \xC3\xA0 19:47\n    Alerter R\xC3\xA9pondre\n";
	static const char lynx[] =
	    "Le port\n\n"
	    "   Le nouvel horaire du bac entre en vigueur la semaine prochaine, le premier bateau partira plus tard.\n\n"
	    "   3 commentaires\n"
	    "     * [7]Avatar Abonn\xC3\xA9\n       [8]marin22\n"
	    "       Enfin, le premier bateau \xC3\xA9tait toujours plein.\n"
	    "       Le 21/04/2013 \xC3\xA0 02:20\n       [9]Alerter [10]R\xC3\xA9pondre\n"
	    "     * [11]Avatar\n       [12]la.mouette\n"
	    "       Et le dernier bateau, il change aussi ? On ne sait jamais rien.\n"
	    "       Le 07/04/2013 \xC3\xA0 17:29\n       [13]Alerter [14]R\xC3\xA9pondre\n"
	    "     * [15]Avatar\n       [16]capitaine\n"
	    "       Dix minutes, ce n'est rien du tout.\n"
	    "       Le 06/04/2013 \xC3\xA0 19:47\n       [17]Alerter [18]R\xC3\xA9pondre\n";
	static const char *const authors[] = {"marin22", "la.mouette", "capitaine"};
	for (int k = 0; k < 2; k++) {
		const char *page = k ? lynx : w3m;
		tt_thread *t = import_page(page, strlen(page));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, authors, NULL, 0);
		assert_string_equal(t->order[0]->posted, "Le 21/04/2013 \xC3\xA0 02:20");
		assert_string_equal(t->order[2]->posted, "Le 06/04/2013 \xC3\xA0 19:47");
		assert_string_equal(t->order[2]->body.v[0], "Dix minutes, ce n'est rien du tout.");
		tt_thread_free(t);
	}
}

/* The same with times, answers oldest first under what they answer: each
 * answers the latest comment before it that it is newer than; one older
 * than the last at the top is at the top. */
static void test_answers_newer_than_above(void **state)
{
	(void)state;
	static const char page[] =
	    "Apfelkuchen vom Blech\n\n"
	    "Der Kuchen gelingt auch mit weniger Zucker, wenn die \xC3\x84pfel reif genug sind.\n\n"
	    "8 Kommentare\n\n"
	    "Franzi\n19. Februar 2017 20:00\nIch habe ihn gleich gebacken, sehr gut.\n\n"
	    "Alexandra\n15. Februar 2017 09:49\nGeht er auch in der runden Form?\n\n"
	    "Kathrin\n15. Februar 2017 10:13\nJa, dann etwas l\xC3\xA4nger backen.\n\n"
	    "Nici\n3. Juni 2016 14:54\nBei mir ist er zusammengefallen.\n\n"
	    "Kathrin\n4. Juni 2016 19:46\nVielleicht war der Ofen zu heiß.\n\n"
	    "Nici\n8. Juni 2016 22:03\nDer zweite Versuch hat geklappt.\n\n"
	    "Marion\n4. Juni 2016 08:00\nEin Ei weniger hilft auch.\n\n"
	    "Julia\n26. Januar 2016 08:58\nSehr lecker, danke.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 8);
	static const char *const authors[] = {"Franzi", "Alexandra", "Kathrin", "Nici",
	                                      "Kathrin", "Nici",     "Marion",  "Julia"};
	static const unsigned depths[] = {0, 0, 1, 0, 1, 2, 1, 0};
	check_tree(t, 8, authors, depths, 1);
	assert_ptr_equal(t->order[5]->parent, t->order[4]);
	assert_ptr_equal(t->order[6]->parent, t->order[3]);
	tt_thread_free(t);
}

/* w3m writes a page's no-break spaces through as U+00A0 where lynx gives
 * spaces: a comment's words read the same from either dump. */
static void test_no_break_spaces_read_as_spaces(void **state)
{
	(void)state;
	static const char page[] =
	    "Apfelkuchen vom Blech\n\n"
	    "Der Kuchen gelingt auch mit weniger Zucker, wenn die \xC3\x84pfel reif genug sind.\n\n"
	    "2 Kommentare\n\n"
	    "Franzi\n19. Februar 2017 20:00\nIch habe ihn gleich\xC2\xA0 gebacken!\xC2\xA0" "\n\n"
	    "Alexandra\n20. Februar 2017 09:49\nGeht er\xC2\xA0" "auch in der runden Form?\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->body.v[0], "Ich habe ihn gleich  gebacken!");
	assert_string_equal(t->order[1]->body.v[0], "Geht er auch in der runden Form?");
	tt_thread_free(t);
}

/* WordPress's heading names the post after its count, in quotes, however
 * long the title: "3 Antworten zu „TITLE“" states 3 and heads the comments,
 * not the byline's count over the article's text. */
static void test_count_over_quoted_title(void **state)
{
	(void)state;
	static const char page[] =
	    "Apfelkuchen vom Blech mit Streuseln und einer Schicht aus Vanillepudding\n\n"
	    "[3] Comments\n\n"
	    "Der Kuchen gelingt auch mit weniger Zucker, wenn die \xC3\x84pfel reif genug sind und\n"
	    "der Teig eine Stunde im K\xC3\xBChlschrank ruht, bevor er auf das Blech gestrichen wird.\n"
	    "Die Streusel kommen erst nach dem Pudding auf den Kuchen.\n\n"
	    "Wer keinen Pudding mag, nimmt Schmand mit etwas Zucker und einem Ei, das geht genauso\n"
	    "gut und ist schneller gemacht, nur die Backzeit wird dann um zehn Minuten l\xC3\xA4nger,\n"
	    "weil der Schmand mehr Feuchtigkeit hat.\n\n"
	    "3 Antworten zu \xE2\x80\x9E" "Apfelkuchen vom Blech mit Streuseln und einer Schicht aus Vanillepudding\xE2\x80\x9C\n\n"
	    " 1. Franzi sagt:\n\n    19. Februar 2017 um 20:00\n\n    Ich habe ihn gleich gebacken, sehr gut.\n\n"
	    " 2. Alexandra sagt:\n\n    20. Februar 2017 um 09:49\n\n    Geht er auch in der runden Form?\n\n"
	    " 3. Kathrin sagt:\n\n    21. Februar 2017 um 10:13\n\n    Ja, dann etwas l\xC3\xA4nger backen.\n";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	struct tt_import_opts o = {.report = &r};
	tt_error err;
	tt_thread *t = tt_import_mem("p.txt", page, sizeof page - 1, &o, &err);
	assert_non_null(t);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Franzi", "Alexandra", "Kathrin"};
	check_tree(t, 3, authors, NULL, 0);
	assert_int_equal(r.stated, 3);
	assert_int_equal(t->article.body.n, 2);
	tt_import_report_free(&r);
	tt_thread_free(t);
}

/* Livefyre's answers name the chain: an answer opens with the "@NAME" of
 * the comment's author, then the names that comment opened with. "@Mira
 * @olek_77" answers olek_77's own "@Mira @olek_77", not Mira's comment. */
static void test_answers_by_name_chain(void **state)
{
	(void)state;
	static const char page[] =
	    "Trains in the valley\n\nThe valley line will run every half hour from May, the "
	    "council said on Monday.\n\nComments\n\nolek_77\nolek_77 5pts\n\nWhen does it start?\n\n"
	    "Mira\nMira 5pts\n\n@olek_77 The half hour is what we asked for.\n\n"
	    "olek_77\nolek_77 5pts\n\n@Mira @olek_77 And the Sunday trains?\n\n"
	    "olek_77\nolek_77 5pts\n\n@Mira @olek_77 And the night trains?\n\n"
	    "Jo Brandt\nJo Brandt 12pts\n\nGood news for the school run.\n";
	static const char *const authors[] = {"olek_77", "Mira", "olek_77", "olek_77", "Jo Brandt"};
	static const int parent[] = {-1, 0, 1, 2, -1};
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(t->order[i]->author, authors[i]);
		if (parent[i] < 0)
			assert_null(t->order[i]->parent);
		else
			assert_ptr_equal(t->order[i]->parent, t->order[parent[i]]);
	}
	tt_thread_free(t);
}

/* Livefyre sets an answer's "@NAME" apart as a paragraph of its own
 * over the answer's words: it names the comment answered as well. */
static void test_answers_by_name_alone(void **state)
{
	(void)state;
	static const char page[] =
	    "Trains in the valley\n\nThe valley line will run every half hour from May, the "
	    "council said on Monday.\n\nComments\n\nMira\nMira 5pts\n\nThe half hour is "
	    "what we asked for.\n\nolek_77\nolek_77 5pts\n\n@Mira \n\nAnd the Sunday trains?\n\n"
	    "Mira\nMira 5pts\n\n@olek_77\n\nSundays too, hourly.\n\nJo Brandt\nJo Brandt "
	    "12pts\n\nGood news for the school run.\n\nPia\nPia 3pts\n\n@Jo Brandt\n\nSoon.\n";
	static const char *const authors[] = {"Mira", "olek_77", "Mira", "Jo Brandt", "Pia"};
	static const int parent[] = {-1, 0, 1, -1, 3};
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(t->order[i]->author, authors[i]);
		if (parent[i] < 0)
			assert_null(t->order[i]->parent);
		else
			assert_ptr_equal(t->order[i]->parent, t->order[parent[i]]);
	}
	tt_thread_free(t);
}

/* An article in a script written without spaces (no words to count): two
 * paragraphs of it in a row, closed by its full stops, are where prose
 * starts, so the comments under the form after them are read, though an
 * English line closes the page (Twikoo's, Artalk's dumps). */
static void test_unspaced_article(void **state)
{
	(void)state;
	static const char page[] =
	    "\xE6\xB2\xB3\xE8\xBE\xB9\xE7\xAC\x94\xE8\xAE\xB0\n\n"
	    "\xE8\x80\x81\xE8\xBF\x90\xE6\xB2\xB3\xE7\x9A\x84\xE8\x88\xB9\xE9\x97\xB8\n\n"
	    /* 这条运河开凿于一七九〇年到一七九六年之间，十一道船闸把船从河面抬升四十米。 */
	    "\xE8\xBF\x99\xE6\x9D\xA1\xE8\xBF\x90\xE6\xB2\xB3\xE5\xBC\x80\xE5\x87\xBF\xE4\xBA\x8E"
	    "\xE4\xB8\x80\xE4\xB8\x83\xE4\xB9\x9D\xE3\x80\x87\xE5\xB9\xB4\xE5\x88\xB0\xE4\xB8\x80"
	    "\xE4\xB8\x83\xE4\xB9\x9D\xE5\x85\xAD\xE5\xB9\xB4\xE4\xB9\x8B\xE9\x97\xB4\xEF\xBC\x8C"
	    "\xE5\x8D\x81\xE4\xB8\x80\xE9\x81\x93\xE8\x88\xB9\xE9\x97\xB8\xE6\x8A\x8A\xE8\x88\xB9"
	    "\xE4\xBB\x8E\xE6\xB2\xB3\xE9\x9D\xA2\xE6\x8A\xAC\xE5\x8D\x87\xE5\x9B\x9B\xE5\x8D\x81"
	    "\xE7\xB1\xB3\xE3\x80\x82\n\n"
	    /* 铁路通车以前，煤炭、粮食和木材都走这条水路，由马匹沿着纤道拉船。 */
	    "\xE9\x93\x81\xE8\xB7\xAF\xE9\x80\x9A\xE8\xBD\xA6\xE4\xBB\xA5\xE5\x89\x8D\xEF\xBC\x8C"
	    "\xE7\x85\xA4\xE7\x82\xAD\xE3\x80\x81\xE7\xB2\xAE\xE9\xA3\x9F\xE5\x92\x8C\xE6\x9C\xA8"
	    "\xE6\x9D\x90\xE9\x83\xBD\xE8\xB5\xB0\xE8\xBF\x99\xE6\x9D\xA1\xE6\xB0\xB4\xE8\xB7\xAF"
	    "\xEF\xBC\x8C\xE7\x94\xB1\xE9\xA9\xAC\xE5\x8C\xB9\xE6\xB2\xBF\xE7\x9D\x80\xE7\xBA\xA4"
	    "\xE9\x81\x93\xE6\x8B\x89\xE8\x88\xB9\xE3\x80\x82\n\n"
	    "[                    ]\n[                    ] \xE5\x8F\x91\xE9\x80\x81\n"
	    "3 \xE6\x9D\xA1\xE8\xAF\x84\xE8\xAE\xBA\n"
	    "\xE6\x9E\x97\xE5\xB0\x8F\xE8\x88\x9F" "2024-03-03\n\n"
	    "\xE8\x88\xB9\xE9\x97\xB8\xE7\x9A\x84\xE7\x85\xA7\xE7\x89\x87\xE5\xA4\xAA\xE5\xA5\xBD"
	    "\xE4\xBA\x86\xE3\x80\x82\n\n"
	    "\xE6\xB2\xB3\xE8\xBE\xB9\xE7\x9A\x84\xE7\x8C\xAB" "2024-03-03\n\n"
	    "\xE8\xB0\xA2\xE8\xB0\xA2\xEF\xBC\x81\n\n"
	    "\xE8\x80\x81\xE5\x91\xA8" "2024-03-05\n\n"
	    "\xE8\x8C\xB6\xE9\xA6\x86\xE5\xB7\xB2\xE7\xBB\x8F\xE5\x85\xB3\xE9\x97\xA8\xE4\xBA\x86"
	    "\xE3\x80\x82\n\n"
	    "About\n\n"
	    "Notes on rivers, canals and the people who worked on them, written since 2009.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"\xE6\x9E\x97\xE5\xB0\x8F\xE8\x88\x9F", "\xE6\xB2\xB3\xE8\xBE\xB9\xE7\x9A\x84\xE7\x8C\xAB", "\xE8\x80\x81\xE5\x91\xA8"};
	check_tree(t, 3, authors, NULL, 0);
	assert_string_equal(t->order[2]->time, "2024-03-05");
	assert_string_equal(t->order[1]->body.v[0], "\xE8\xB0\xA2\xE8\xB0\xA2\xEF\xBC\x81");
	tt_thread_free(t);
}

/* What a comment widget prints in every header's box under the name and
 * date, the same lines each time and a number in each (a like count, the
 * writer's browser), is no comment's text; nor is the next comment's
 * avatar over its name, nor the widget's credit under the last comment
 * (Waline, Twikoo). */
static void test_header_box_echo(void **state)
{
	(void)state;
	static const char page[] =
	    "The locks of the old canal\n\n"
	    "The canal was dug between 1790 and 1796, and eleven locks lift the boats forty "
	    "metres up to the basin in town.\n\n"
	    "3 Comments\n\n"
	    "[0]\nAnn Lee \xC2\xB7 2024-03-03\n2\nChrome 122.0.0.0Windows 10\n\n"
	    "Wonderful photographs of the lock gates.\n\n"
	    "[1]\nBob Stone \xC2\xB7 2024-03-04\n2\nChrome 122.0.0.0Windows 10\n\n"
	    "Most of them were taken in the spring of 1987.\n\n"
	    "[2]\nCarl Ott \xC2\xB7 2024-03-05\n2\nChrome 122.0.0.0Windows 10\n\n"
	    "I walked the towpath last summer.\n\n"
	    "Powered by Waline v3.1.3\n"
	    "Recent Comments\n\n"
	    "  \xE2\x80\xA2 Anna Berg on The aqueduct at Dundas\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Ann Lee", "Bob Stone", "Carl Ott"};
	check_tree(t, 3, authors, NULL, 0);
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "Wonderful photographs of the lock gates.");
	assert_string_equal(t->order[1]->body.v[0],
	                    "Most of them were taken in the spring of 1987.");
	assert_int_equal(t->order[1]->body.n, 1);
	assert_int_equal(t->order[2]->body.n, 1);
	assert_string_equal(t->order[2]->body.v[0], "I walked the towpath last summer.");
	tt_thread_free(t);
}

/* A button's word run into the half of the day after a clock ("10:15
 * AMDelete", lynx's "AM[8]Delete"): the time keeps its AM or PM, the word
 * goes (Blogger's dumps). */
static void test_half_day_run_into_button(void **state)
{
	(void)state;
	static const char page[] =
	    "The locks of the old canal\n\n"
	    "The canal was dug between 1790 and 1796, and eleven locks lift the boats forty "
	    "metres up to the basin in town.\n\n"
	    "3 comments:\n\n"
	    "Margaret Holt said...\n   \n"
	    "    The photos of the lock gates are wonderful.\n\n"
	    "    March 3, 2024 at 10:15 AMDelete\n"
	    "Ellen Park said...\n   \n"
	    "    Most of them in the spring of 1987.\n\n"
	    "    March 3, 2024 at 11:02 AM[11]Delete\n"
	    "Tom Ortega said...\n   \n"
	    "    I walked the towpath last summer.\n\n"
	    "    March 5, 2024 at 6:12 PMDelete\n\n"
	    "Post a Comment\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Margaret Holt", "Ellen Park", "Tom Ortega"};
	check_tree(t, 3, authors, NULL, 0);
	assert_string_equal(t->order[0]->posted, "March 3, 2024 at 10:15 AM");
	assert_string_equal(t->order[1]->posted, "March 3, 2024 at 11:02 AM");
	assert_string_equal(t->order[2]->posted, "March 5, 2024 at 6:12 PM");
	assert_non_null(strstr(t->order[2]->time, "T18:12"));
	tt_thread_free(t);
}

/* A name run into its date and the writer's browser run into the date
 * ("Ann Lee2024-03-03Chrome 122", Artalk's header as a browser sets it):
 * the name and the date of a header, the browser no part of either. */
static void test_date_run_into_tail(void **state)
{
	(void)state;
	static const char page[] =
	    "The locks of the old canal\n\n"
	    "The canal was dug between 1790 and 1796, and eleven locks lift the boats forty "
	    "metres up to the basin in town.\n\n"
	    "3 Comments\n\n"
	    "Ann Lee2024-03-03Chrome 122\n\n"
	    "Wonderful photographs of the lock gates.\n\n"
	    "Bob Stone2024-03-04Firefox 123\n\n"
	    "Most of them were taken in the spring of 1987.\n\n"
	    "Carl Ott2024-03-05Chrome 122\n\n"
	    "I walked the towpath last summer.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Ann Lee", "Bob Stone", "Carl Ott"};
	check_tree(t, 3, authors, NULL, 0);
	assert_string_equal(t->order[1]->time, "2024-03-04");
	assert_string_equal(t->order[1]->body.v[0],
	                    "Most of them were taken in the spring of 1987.");
	tt_thread_free(t);
}

/* A name written twice run together over its date line, in a script
 * written without spaces ("林小舟林小舟": the avatar's alt text, then the
 * name, Typecho): the name is the half; a name of one character twice
 * ("冰冰") stays whole. */
static void test_unspaced_name_twice(void **state)
{
	(void)state;
	static const char page[] =
	    "The locks of the old canal\n\n"
	    "The canal was dug between 1790 and 1796, and eleven locks lift the boats forty "
	    "metres up to the basin in town.\n\n"
	    "3 Comments\n\n"
	    "\xE6\x9E\x97\xE5\xB0\x8F\xE8\x88\x9F\xE6\x9E\x97\xE5\xB0\x8F\xE8\x88\x9F\n"
	    "March 3rd, 2024 at 10:15 am\n"
	    "Wonderful photographs of the lock gates.\n\n"
	    "\xE5\x86\xB0\xE5\x86\xB0\n"
	    "March 4th, 2024 at 08:40 am\n"
	    "Most of them were taken in the spring of 1987.\n\n"
	    "\xE8\x80\x81\xE5\x91\xA8\xE8\x80\x81\xE5\x91\xA8\n"
	    "March 5th, 2024 at 06:12 pm\n"
	    "I walked the towpath last summer.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"\xE6\x9E\x97\xE5\xB0\x8F\xE8\x88\x9F", "\xE5\x86\xB0\xE5\x86\xB0", "\xE8\x80\x81\xE5\x91\xA8"};
	check_tree(t, 3, authors, NULL, 0);
	tt_thread_free(t);
}

/* A numbered item's date (perhaps after a short word), a short joining
 * word, then the name closing the line ("1. Le dimanche 3 mars 2024,
 * 10:15 par Marguerite Hollande", Dotclear): the name and the date; the
 * half of the day after a clock is the date's, no joining word. */
static void test_date_joiner_name(void **state)
{
	(void)state;
	static const char page[] =
	    "Les \xC3\xA9" "cluses du vieux canal\n\n"
	    "Le canal fut creus\xC3\xA9 entre 1790 et 1796, et onze \xC3\xA9" "cluses montent les "
	    "bateaux de quarante m\xC3\xA8tres jusqu'au bassin.\n\n"
	    "Commentaires\n\n"
	    "1. Le dimanche 3 mars 2024, 10:15 par Marguerite Hollande\n\n"
	    "    Les photos sont magnifiques.\n\n"
	    "2. Le lundi 4 mars 2024, 08:40 par Ellen Park\n\n"
	    "    Merci, Marguerite !\n\n"
	    "3. March 5, 2024 at 6:12 pm Thomas Ortolan\n\n"
	    "    J'ai suivi le chemin de halage.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Marguerite Hollande", "Ellen Park",
	                                      "Thomas Ortolan"};
	check_tree(t, 3, authors, NULL, 0);
	assert_string_equal(t->order[0]->posted, "dimanche 3 mars 2024, 10:15");
	assert_string_equal(t->order[1]->posted, "lundi 4 mars 2024, 08:40");
	assert_string_equal(t->order[2]->posted, "March 5, 2024 at 6:12 pm");
	tt_thread_free(t);
	/* lynx numbers the item's link and the name's */
	static const char lynx[] =
	    "Les \xC3\xA9" "cluses du vieux canal\n\n"
	    "   Le canal fut creus\xC3\xA9 entre 1790 et 1796, et onze \xC3\xA9" "cluses montent les\n"
	    "   bateaux de quarante m\xC3\xA8tres jusqu'au bassin.\n\n"
	    "Commentaires\n\n"
	    "   [8]1. Le dimanche 3 mars 2024, 10:15 par [9]Marguerite Hollande\n\n"
	    "     Les photos sont magnifiques.\n\n"
	    "   [10]2. Le lundi 4 mars 2024, 08:40 par Ellen Park\n\n"
	    "     Merci, Marguerite !\n\n"
	    "   [11]3. Le mardi 5 mars 2024, 18:12 par [12]Thomas Ortolan\n\n"
	    "     J'ai suivi le chemin de halage.\n";
	t = import_page(lynx, sizeof lynx - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, authors, NULL, 0);
	assert_string_equal(t->order[2]->posted, "mardi 5 mars 2024, 18:12");
	tt_thread_free(t);
}

/* An avatar's alt text, the name and a word of the template's ("NAME
 * Avatar", "NAME Profilbild"), as a list's item right over the name and
 * its date: the header of the three lines, nested by the items' indents
 * (WordPress's block themes). */
static void test_alt_text_over_name(void **state)
{
	(void)state;
	static const char page[] =
	    "Die Schleusen am alten Kanal\n\n"
	    "Der Kanal wurde zwischen 1790 und 1796 gegraben, und elf Schleusen heben die Boote "
	    "vierzig Meter bis zum Hafenbecken.\n\n"
	    "3 Antworten auf \xE2\x80\x9E" "Die Schleusen\xE2\x80\x9C\n\n"
	    " 1. Margarete Holz Profilbild\n"
	    "    Margarete Holz\n"
	    "    3. M\xC3\xA4rz 2024 um 10:15\n\n"
	    "    Die Bilder der Schleusentore sind wunderbar.\n\n"
	    "    Antworten\n"
	    "     1. Ellen Park Profilbild\n"
	    "        Ellen Park\n"
	    "        3. M\xC3\xA4rz 2024 um 11:02\n\n"
	    "        Danke, Margarete! Die meisten aus dem Fr\xC3\xBChjahr 1987.\n\n"
	    "        Antworten\n"
	    " 2. Thomas Ortmann Profilbild\n"
	    "    Thomas Ortmann\n"
	    "    5. M\xC3\xA4rz 2024 um 18:12\n\n"
	    "    Ich bin letzten Sommer den Treidelpfad gegangen.\n\n"
	    "    Antworten\n\n"
	    "Schreibe einen Kommentar\n";
	/* lynx numbers the name's link and sets no blank lines */
	static const char lynx[] =
	    "Die Schleusen am alten Kanal\n\n"
	    "   Der Kanal wurde zwischen 1790 und 1796 gegraben, und elf Schleusen heben die Boote\n"
	    "   vierzig Meter bis zum Hafenbecken.\n\n"
	    "3 Antworten auf \xE2\x80\x9E" "Die Schleusen\xE2\x80\x9C\n\n"
	    "    1. Margarete Holz Profilbild\n"
	    "       [5]Margarete Holz\n"
	    "       [6]3. M\xC3\xA4rz 2024 um 10:15\n"
	    "       Die Bilder der Schleusentore sind wunderbar.\n"
	    "       [7]Antworten\n"
	    "         1. Ellen Park Profilbild\n"
	    "            [8]Ellen Park\n"
	    "            [9]3. M\xC3\xA4rz 2024 um 11:02\n"
	    "            Danke, Margarete! Die meisten aus dem Fr\xC3\xBChjahr 1987.\n"
	    "            [10]Antworten\n"
	    "    2. Thomas Ortmann Profilbild\n"
	    "       [11]Thomas Ortmann\n"
	    "       [12]5. M\xC3\xA4rz 2024 um 18:12\n"
	    "       Ich bin letzten Sommer den Treidelpfad gegangen.\n"
	    "       [13]Antworten\n\n"
	    "Schreibe einen Kommentar\n";
	for (int k = 0; k < 2; k++) {
		const char *text = k ? lynx : page;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		static const char *const authors[] = {"Margarete Holz", "Ellen Park",
		                                      "Thomas Ortmann"};
		static const unsigned depths[] = {0, 1, 0};
		check_tree(t, 3, authors, depths, 0);
		assert_string_equal(t->order[1]->body.v[0],
		                    "Danke, Margarete! Die meisten aus dem Fr\xC3\xBChjahr 1987.");
		tt_thread_free(t);
	}
}

/* A page whose UTF-8 a browser read as Windows-1251 (the page declared
 * it) and wrote out as UTF-8 again, as w3m dumps Pikabu's page: every
 * Cyrillic letter two ("РіРѕРґР°" for "года"), 0x98, which the code page
 * lacks, a "?" ("Р?" for "И"). Read as the bytes it stood for; the same
 * page written right is read the same (real Cyrillic text left as it is). */
#define R1251_AGO "\xd0\xa0\xd1\x96\xd0\xa0\xd1\x95\xd0\xa0\xd2\x91\xd0\xa0\xc2\xb0 " \
                  "\xd0\xa0\xd0\x85\xd0\xa0\xc2\xb0\xd0\xa0\xc2\xb7\xd0\xa0\xc2\xb0\xd0\xa0\xd2\x91"
static void test_utf8_read_as_cp1251(void **state)
{
	(void)state;
	static const char twice[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "3 Comments\n\n"
	    "Anna\n4 " R1251_AGO "\n\n"
	    "\xd0\xa0\xd1\x99\xd0\xa1\xd0\x83\xd0\xa1\xe2\x80\x9a\xd0\xa0\xc2\xb0\xd0\xa1\xe2\x80\x9a"
	    "\xd0\xa0\xd1\x91, \xd0\xa0\xd0\x86\xd0\xa1\xd0\x83\xd0\xa0\xc2\xb5 \xd0\xa0\xc2\xb7\xd0\xa0"
	    "\xd0\x85\xd0\xa0\xc2\xb0\xd0\xa1\xd0\x8b\xd0\xa1\xe2\x80\x9a.\n\n"
	    "Boris\n3 " R1251_AGO "\n\n"
	    "\xd0\xa0? \xd0\xa0\xd0\x85\xd0\xa0\xc2\xb5 \xd0\xa1\xd0\x83\xd0\xa0\xd0\x85\xd0\xa0\xd1\x91"
	    "\xd0\xa0\xd1\x98\xd0\xa1\xd1\x93\xd0\xa1\xe2\x80\x9a.\n\n"
	    "Vera\n2 " R1251_AGO "\n\n"
	    "\xd0\xa0\xd0\x8e\xd0\xa0\xd1\x97\xd0\xa0\xc2\xb0\xd0\xa1\xd0\x83\xd0\xa0\xd1\x91\xd0\xa0\xc2"
	    "\xb1\xd0\xa0\xd1\x95 \xd0\xa0\xc2\xb7\xd0\xa0\xc2\xb0 \xd0\xa0\xd1\x97\xd0\xa0\xd1\x95\xd0"
	    "\xa1\xd0\x83\xd0\xa1\xe2\x80\x9a.\n";
	static const char right[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "3 Comments\n\n"
	    "Anna\n4 года назад\n\nКстати, все знают.\n\n"
	    "Boris\n3 года назад\n\nИ не снимут.\n\n"
	    "Vera\n2 года назад\n\nСпасибо за пост.\n";
	static const char *const authors[] = {"Anna", "Boris", "Vera"};
	static const char *const words[] = {"Кстати, все знают.", "И не снимут.",
	                                    "Спасибо за пост."};
	for (int i = 0; i < 2; i++) {
		tt_thread *t = i ? import_page(right, sizeof right - 1)
		                 : import_page(twice, sizeof twice - 1);
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, authors, NULL, 0);
		check_first_words(t, 3, words);
		assert_string_equal(t->order[0]->posted, "4 года назад");
		tt_thread_free(t);
	}
}

/* The same page as lynx dumps it: the byte the code page lacks written as
 * U+FFFD ("Р\uFFFD" for "И") and the no-break space 0xA0 as a plain space
 * ("Р " for "Р"); each a line left unread before. Then another site's shape
 * and language: Bulgarian posts under "NAME - DATE" lines, read so too. */
static void test_old_dumps_a_read_twice_by_lynx(void **state)
{
	(void)state;
	static const char ru[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "2 Comments\n\n"
	    "Anna\n4 " R1251_AGO "\n\n"
	    "\xd0\xa0\xef\xbf\xbd \xd0\xa0\xd0\x85\xd0\xa0\xc2\xb5 \xd0\xa1\xd0\x83\xd0\xa0\xd0\x85\xd0"
	    "\xa0\xd1\x91\xd0\xa0\xd1\x98\xd0\xa1\xd1\x93\xd0\xa1\xe2\x80\x9a \xd0\xa0\xd0\x85\xd0\xa0"
	    "\xd1\x91\xd0\xa0\xd1\x94\xd0\xa0\xd1\x95\xd0\xa0\xd1\x96\xd0\xa0\xd2\x91\xd0\xa0\xc2\xb0.\n\n"
	    "Boris\n3 " R1251_AGO "\n\n"
	    "\xd0\xa0 \xd0\xa0\xd1\x95\xd0\xa0\xd2\x91\xd0\xa1\xd0\x83\xd0\xa1\xe2\x80\x9a\xd0\xa0\xd0\x86"
	    "\xd0\xa0\xc2\xb5\xd0\xa0\xd0\x85\xd0\xa0\xd0\x85\xd0\xa0\xd1\x91\xd0\xa0\xd1\x94\xd0\xa0\xd1"
	    "\x91 \xd0\xa0\xd1\x95\xd0\xa0\xd1\x97\xd0\xa1\xd0\x8f\xd0\xa1\xe2\x80\x9a\xd0\xa1\xd0\x8a.\n";
	static const char bg[] =
	    "Rhodope villages in spring\n\n"
	    "The villages of the western Rhodopes fill with walkers every May, when the meadows "
	    "flower.\n\n"
	    "Comments (2)\n\n"
	    "ivan_p - 12.05.2019 14:30\n"
	    "\xd0\xa0\xef\xbf\xbd\xd0\xa1\xd0\x83\xd0\xa0\xd1\x94\xd0\xa0\xc2\xb0\xd0\xa0\xd1\x98 \xd0\xa0"
	    "\xd2\x91\xd0\xa0\xc2\xb0 \xd0\xa0\xd1\x94\xd0\xa0\xc2\xb0\xd0\xa0\xc2\xb6\xd0\xa0\xc2\xb0: "
	    "\xd0\xa0 \xd0\xa0\xd1\x95\xd0\xa0\xd2\x91\xd0\xa0\xd1\x95\xd0\xa0\xd1\x97\xd0\xa0\xd1\x91\xd0"
	    "\xa1\xe2\x80\x9a\xd0\xa0\xc2\xb5 \xd0\xa1\xd0\x83\xd0\xa0\xc2\xb0 \xd0\xa0\xd1\x94\xd0\xa1\xd0"
	    "\x82\xd0\xa0\xc2\xb0\xd0\xa1\xd0\x83\xd0\xa0\xd1\x91\xd0\xa0\xd0\x86\xd0\xa0\xd1\x91.\n\n"
	    "maria.k - 12.05.2019 15:02\n"
	    "\xd0\xa0\xef\xbf\xbd \xd0\xa0\xc2\xb0\xd0\xa0\xc2\xb7 \xd0\xa0\xd1\x98\xd0\xa0\xd1\x91"
	    "\xd0\xa1\xd0\x83\xd0\xa0\xc2\xbb\xd0\xa1\xd0\x8f \xd0\xa1\xe2\x80\x9a\xd0\xa0\xc2\xb0"
	    "\xd0\xa0\xd1\x94\xd0\xa0\xc2\xb0.\n";
	static const char *const ru_authors[] = {"Anna", "Boris"};
	static const char *const ru_words[] = {"И не снимут никогда.", "Родственники опять."};
	static const char *const bg_authors[] = {"ivan_p", "maria.k"};
	static const char *const bg_words[] = {"Искам да кажа: Родопите са красиви.",
	                                       "И аз мисля така."};
	tt_thread *t = import_page(ru, sizeof ru - 1);
	assert_int_equal(t->ncomments, 2);
	check_tree(t, 2, ru_authors, NULL, 0);
	check_first_words(t, 2, ru_words);
	tt_thread_free(t);
	t = import_page(bg, sizeof bg - 1);
	assert_int_equal(t->ncomments, 2);
	check_tree(t, 2, bg_authors, NULL, 0);
	check_first_words(t, 2, bg_words);
	tt_thread_free(t);
}

/* Posts each opened by a line holding a clock's date and a name in either
 * order (an avatar's alt text before, member facts after "|"), the post's
 * title under it after two buttons, then a row of buttons joined by " | ":
 * an answer's row holds one button more ("Up"), whose address in lynx's
 * dump is the answered post's own link; w3m's keeps no address, and an
 * answer there answers the post above. A date alone is a post its site hid. */
static void test_posts_over_button_rows(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Night trains across the Alps\n\n"
	    "The night train from Zurich to Vienna came back in 2016, and its sleeping cars now run "
	    "every evening of the year.\n\n"
	    "Comments\n\n"
	    "Add a comment\n\n"
	    "14.3. 21:05 hkeller | points: 12 | Bern\n"
	    "Expand Expand all Re: Night trains across the Alps\n"
	    "Reply | Collapse | Link | Block\n"
	    "The couchettes were clean and the staff kind.\n"
	    "mira avatar 14.3. 22:10 mira | points: 40 | Linz\n"
	    "Expand Expand all Re: Night trains across the Alps\n"
	    "Reply | Collapse | Up | Link | Block\n\n"
	    "    The couchettes were clean\n\n"
	    "Mine was too, though the heating failed near Innsbruck.\n"
	    "15.3. 07:12 hkeller | points: 12 | Bern\n"
	    "Expand Expand all Re: Night trains across the Alps\n"
	    "Reply | Collapse | Up | Link | Block\n"
	    "Did you ask for another car?\n"
	    "14.3. 23:40\n"
	    "Expand Expand all Re: Night trains across the Alps\n"
	    "Reply | Collapse | Link | Block\n"
	    "hidden comment\n"
	    "15.3. 08:30 tomas\n"
	    "Expand Expand all Re: Night trains across the Alps\n"
	    "Reply | Collapse | Up | Link | Block\n"
	    "Booking opens six months ahead.\n"
	    "16.3. 10:00 anna\n"
	    "Expand Expand all Re: Night trains across the Alps\n"
	    "Reply | Collapse | Link | Block\n"
	    "The dining car closes at ten.\n\n"
	    "Start a new thread \xE2\x80\xA2 Top\n\n"
	    "About us\n";
	static const char lynx[] =
	    "Night trains across the Alps\n\n"
	    "   The night train from Zurich to Vienna came back in 2016, and its sleeping cars now\n"
	    "   run every evening of the year.\n\n"
	    "Comments\n\n"
	    "   [4]Add a comment\n"
	    "   14.3. 21:05 [5]hkeller | points: 12 | [6]Bern\n"
	    "   Expand Expand all Re: Night trains across the Alps\n"
	    "   [7]Reply | Collapse | [8]Link | [9]Block\n"
	    "   The couchettes were clean and the staff kind.\n"
	    "   mira avatar 14.3. 22:10 [10]mira | points: 40 | Linz\n"
	    "   Expand Expand all Re: Night trains across the Alps\n"
	    "   [11]Reply | Collapse | [12]Up | [13]Link | [14]Block\n\n"
	    "     The couchettes were clean\n\n"
	    "   Mine was too, though the heating failed near Innsbruck.\n"
	    "   15.3. 07:12 [15]hkeller | points: 12 | [16]Bern\n"
	    "   Expand Expand all Re: Night trains across the Alps\n"
	    "   [17]Reply | Collapse | [18]Up | [19]Link | [20]Block\n"
	    "   Did you ask for another car?\n"
	    "   14.3. 23:40\n"
	    "   Expand Expand all Re: Night trains across the Alps\n"
	    "   [21]Reply | Collapse | [22]Link | [23]Block\n"
	    "   [24]hidden comment\n"
	    "   15.3. 08:30 tomas\n"
	    "   Expand Expand all Re: Night trains across the Alps\n"
	    "   [25]Reply | Collapse | [26]Up | [27]Link | [28]Block\n"
	    "   Booking opens six months ahead.\n"
	    "   16.3. 10:00 anna\n"
	    "   Expand Expand all Re: Night trains across the Alps\n"
	    "   [29]Reply | Collapse | [30]Link | [31]Block\n"
	    "   The dining car closes at ten.\n\n"
	    "   [32]Start a new thread \xE2\x80\xA2 [33]Top\n\n"
	    "References\n\n"
	    "   4. file:///add?thread=0\n   5. file:///people/hkeller\n   6. file:///city/bern\n"
	    "   7. file:///add?thread=1\n   8. file:///trains.html#1\n   9. file:///block?post=1\n"
	    "  10. file:///people/mira\n  11. file:///add?thread=2\n  12. file:///trains.html#1\n"
	    "  13. file:///trains.html#2\n  14. file:///block?post=2\n  15. file:///people/hkeller\n"
	    "  16. file:///city/bern\n  17. file:///add?thread=3\n  18. file:///trains.html#1\n"
	    "  19. file:///trains.html#3\n  20. file:///block?post=3\n  21. file:///add?thread=4\n"
	    "  22. file:///trains.html#4\n  23. file:///block?post=4\n  24. file:///faq/hidden\n"
	    "  25. file:///add?thread=5\n  26. file:///trains.html#4\n  27. file:///trains.html#5\n"
	    "  28. file:///block?post=5\n  29. file:///add?thread=6\n  30. file:///trains.html#6\n"
	    "  31. file:///block?post=6\n  32. file:///add?thread=0\n  33. file:///trains.html#top\n";
	/* w3m: each answer answers the post above; lynx: the post its "Up" goes to */
	static const unsigned depths[2][6] = {{0, 1, 2, 0, 1, 0}, {0, 1, 1, 0, 1, 0}};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? lynx : w3m;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 6);
		static const char *const authors[] = {"hkeller", "mira", "hkeller"};
		check_tree(t, 3, authors, depths[k], 0);
		assert_null(t->order[3]->author);
		assert_string_equal(t->order[4]->author, "tomas");
		assert_string_equal(t->order[5]->author, "anna");
		for (size_t i = 0; i < 6; i++) {
			assert_int_equal(t->order[i]->depth, depths[k][i]);
			assert_string_equal(t->order[i]->body.v[0], "Re: Night trains across the Alps");
		}
		assert_string_equal(t->order[0]->posted, "14.3. 21:05");
		assert_null(t->order[0]->time); /* no year: kept as written */
		assert_string_equal(t->order[3]->posted, "14.3. 23:40");
		assert_string_equal(t->order[1]->body.v[1], "> The couchettes were clean");
		assert_string_equal(t->order[1]->body.v[2],
		                    "Mine was too, though the heating failed near Innsbruck.");
		assert_int_equal(t->order[5]->body.n, 2); /* the links under the posts are none of it */
		assert_string_equal(t->order[5]->body.v[1], "The dining car closes at ten.");
		tt_thread_free(t);
	}
}

/* Posts titled over their text ("TITLE | DATE", an answer's title a line
 * higher), signed under it by a name over one button with its votes run in
 * ("reply21", lynx's "[12]reply[13]2[14]1"), a count of answers under
 * some ("Replies 2 | Show all"): the answers, and their own answers, come
 * next, each one level under the post whose count it makes. */
static void test_titled_posts_signed_under_text(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Harbour ferries to stop at dusk\n\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a "
	    "year on crews and fuel.\n\n"
	    "    Too early | 08/09/2011 13:00\n"
	    "    Dusk is at five in December. Nobody gets home from work by then.\n"
	    "    Ann Ross\n"
	    "    reply21\n"
	    "    Replies  2 | Show all\n"
	    "     \n"
	    "    Reply to Ann Ross\n"
	    "    Reply | 08/09/2011 16:40\n"
	    "    The buses run until midnight.\n"
	    "    Ben\n"
	    "    reply10\n"
	    "    Replies  1 | Show all\n"
	    "     \n"
	    "    Reply to Ben\n"
	    "    Reply | 08/09/2011 17:06\n"
	    "    Not to the islands, they do not.\n"
	    "    Ann Ross\n"
	    "    reply30\n"
	    "     \n"
	    "    Reply to Ann Ross\n"
	    "    Reply | 09/09/2011 06:09\n"
	    "    Then take the last ferry at four.\n"
	    "    Carl\n"
	    "    reply01\n"
	    "     \n"
	    "    Fuel first | 08/09/2011 12:11\n"
	    "    Two million is the price of one new engine.\n"
	    "    Dora\n"
	    "    reply00\n"
	    "     \n\n"
	    "1 - 2 of 2\n";
	static const char lynx[] =
	    "Harbour ferries to stop at dusk\n\n"
	    "   The city will stop its harbour ferries at dusk from October, to save two million\n"
	    "   a year on crews and fuel.\n\n"
	    "       Too early | 08/09/2011 13:00\n"
	    "       Dusk is at five in December. Nobody gets home from work by then.\n"
	    "       Ann Ross\n"
	    "       [12]reply[13]2[14]1\n"
	    "       Replies  2 | [15]Show all\n\n\n"
	    "       Reply to Ann Ross\n"
	    "       Reply | 08/09/2011 16:40\n"
	    "       The buses run until midnight.\n"
	    "       Ben\n"
	    "       [16]reply[17]1[18]0\n"
	    "       Replies  1 | [19]Show all\n\n\n"
	    "       Reply to Ben\n"
	    "       Reply | 08/09/2011 17:06\n"
	    "       Not to the islands, they do not.\n"
	    "       Ann Ross\n"
	    "       [20]reply[21]3[22]0\n\n\n"
	    "       Reply to Ann Ross\n"
	    "       Reply | 09/09/2011 06:09\n"
	    "       Then take the last ferry at four.\n"
	    "       Carl\n"
	    "       [23]reply[24]0[25]1\n\n\n"
	    "       Fuel first | 08/09/2011 12:11\n"
	    "       Two million is the price of one new engine.\n"
	    "       Dora\n"
	    "       [26]reply[27]0[28]0\n\n\n"
	    "   1 - 2 of 2\n";
	static const char *const authors[] = {"Ann Ross", "Ben", "Ann Ross", "Carl", "Dora"};
	/* "Reply to Ben" answers Ben's answer, whose own count says one more */
	static const unsigned depths[] = {0, 1, 2, 1, 0};
	static const char *const titles[] = {"Too early", "Reply to Ann Ross Reply",
	                                     "Reply to Ben Reply", "Reply to Ann Ross Reply",
	                                     "Fuel first"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? lynx : w3m;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 5);
		check_tree(t, 5, authors, depths, 2);
		check_first_words(t, 5, titles);
		assert_string_equal(t->order[0]->body.v[1],
		                    "Dusk is at five in December. Nobody gets home from work by then.");
		assert_string_equal(t->order[3]->posted, "09/09/2011 06:09");
		tt_thread_free(t);
	}
}

/* Comments numbered after a signed vote count, both before the name ("+39
 * #1 NAME DATE", a hidden comment leaving a gap in the numbers), and
 * quotations under a title of their own: a label of one word ("Quote:") or
 * words naming an earlier comment's author ("Quoting Ann Ross:") are the
 * quotation's first line; a name alone ("Ann Ross:") is the comment's own
 * words, answering her. */
static void test_scored_numbers_and_quotation_titles(void **state)
{
	(void)state;
	static const char page[] =
	    "Harbour ferries to stop at dusk\n\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a "
	    "year on crews and fuel.\n\n"
	    "Comments\n\n"
	    "  +39 #1 Ann Ross 26.11.2011 16:14\n"
	    "Quote:\n\n"
	    "    The ferries will stop at dusk from October.\n\n"
	    "Nobody gets home from work by then in December.\n"
	    "Reply\n\n"
	    "  -4 #2 Ben 26.11.2011 17:05\n"
	    "Quoting Ann Ross:\n\n"
	    "    Nobody gets home from work by then in December.\n\n"
	    "The buses run until midnight, though.\n"
	    "Reply\n\n"
	    "  +12 #4 Carl 26.11.2011 17:38\n"
	    "Ann Ross:\n\n"
	    "    The ferries will stop at dusk from October.\n\n"
	    "Then take the last one at four, as I do.\n"
	    "Reply\n\n";
	tt_thread *t = import_page(page, strlen(page));
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Ann Ross", "Ben", "Carl"};
	check_tree(t, 3, authors, NULL, 0);
	static const char *const first[] = {"> Quote:", "> Quoting Ann Ross:", "Ann Ross:"};
	check_first_words(t, 3, first);
	assert_string_equal(t->order[0]->body.v[1], "> The ferries will stop at dusk from October.");
	assert_string_equal(t->order[0]->body.v[2], "Nobody gets home from work by then in December.");
	assert_string_equal(t->order[1]->body.v[1],
	                    "> Nobody gets home from work by then in December.");
	tt_thread_free(t);
}

/* Headers "~NAME - DATE (CLOCK)": a tilde run into a reader's name (one
 * without an account) is the name's, a clock in brackets after the date
 * is the date's; the article's dates published and updated ("DATE
 * Updated: DATE") make no header; and the buttons set apart under every
 * header ("Report Link Share", lynx numbering their links) are nobody's
 * words. */
static void test_tilde_names_bracketed_clocks(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Harbour ferries to stop at dusk\n\n"
	    "Wtorek, 3 stycznia 2012 (16:11)   Aktualizacja: Wtorek, 3 stycznia 2012 (16:52)\n"
	    "This article can also be read on your phone \xC2\xBB\n\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a "
	    "year on crews and fuel.\n\n"
	    "Your comments (3)\n\n"
	    "~Stanis\xC5\x82" "awa - 02.03.2012 (16:39)\n\n"
	    "Report Link Share\n\n"
	    "The last ferry at four is too early for anyone who works.\n\n"
	    "Interesting? 0 Vote up Vote down 0 Reply\n[avatar2]\n\n"
	    "~Ben Roe - 03.01.2012 (19:02)\n\n"
	    "Report Link Share\n\n"
	    "The buses run until midnight, though.\n\n"
	    "Interesting? 2 Vote up Vote down 0 Reply\n[avatar2]\n\n"
	    "~idzi - 04.01.2012 (15:14)\n\n"
	    "Report Link Share\n\n"
	    "Two million is the price of one new engine.\n\n"
	    "Interesting? 0 Vote up Vote down 1 Reply\n[avatar2]\n\n";
	static const char lynx[] =
	    "Harbour ferries to stop at dusk\n\n"
	    "   Wtorek, 3 stycznia 2012 (16:11)   Aktualizacja: Wtorek, 3 stycznia 2012 (16:52)\n"
	    "   [9]This article can also be read on your phone \xC2\xBB\n\n"
	    "   The city will stop its harbour ferries at dusk from October, to save two million\n"
	    "   a year on crews and fuel.\n\n"
	    "   Your comments (3)\n\n"
	    "   ~Stanis\xC5\x82" "awa - 02.03.2012 (16:39)\n\n"
	    "   [12]Report [13]Link [14]Share\n\n"
	    "   The last ferry at four is too early for anyone who works.\n\n"
	    "   Interesting? 0 [15]Vote up [16]Vote down 0 [17]Reply\n\n   [avatar2.png]\n\n"
	    "   ~Ben Roe - 03.01.2012 (19:02)\n\n"
	    "   [18]Report [19]Link [20]Share\n\n"
	    "   The buses run until midnight, though.\n\n"
	    "   Interesting? 2 [21]Vote up [22]Vote down 0 [23]Reply\n\n   [avatar2.png]\n\n"
	    "   ~idzi - 04.01.2012 (15:14)\n\n"
	    "   [24]Report [25]Link [26]Share\n\n"
	    "   Two million is the price of one new engine.\n\n"
	    "   Interesting? 0 [27]Vote up [28]Vote down 1 [29]Reply\n\n   [avatar2.png]\n\n";
	static const char *const authors[] = {"~Stanis\xC5\x82" "awa", "~Ben Roe", "~idzi"};
	static const char *const first[] = {
	    "The last ferry at four is too early for anyone who works.",
	    "The buses run until midnight, though.", "Two million is the price of one new engine."};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? lynx : w3m;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, authors, NULL, 0);
		check_first_words(t, 3, first);
		assert_string_equal(t->order[0]->posted, "02.03.2012 (16:39)");
		assert_string_equal(t->order[0]->time, "2012-03-02T16:39");
		tt_thread_free(t);
	}
}

/* Pikabu's w3m dump: two blank lines between every header and its text
 * (the box under the date), a button and a rating after it. A quotation
 * set apart so is no comment's habit: where more than two in three
 * comments open so, their first paragraphs are their own words, no quote
 * (test_quotes_set_apart has the quotations). */
static void test_text_apart_under_every_header(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "Top Rated Comments\n\n"
	    "Avatar\nWoyzeck\n2 days ago at 07:52 am\nIt is good to see them do it.\n"
	    "Rating: 36 Votes\n"
	    "Avatar\nmike...\n2 days ago at 08:12 am\n\n\n"
	    "No surprise they keep the small one.\n\nRating: 10 Votes\n"
	    "Avatar\nNick A\n2 days ago at 07:47 am\n\n\n"
	    "Should this not be the year of a redesign?\n\nRating: 9 Votes\n"
	    "Avatar\nJo Bell\n2 days ago at 07:41 am\n\n\n"
	    "The slimmer bezels are what I waited for.\n\nRating: 4 Votes\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const authors[] = {"Woyzeck", "mike...", "Nick A", "Jo Bell"};
	check_tree(t, 4, authors, NULL, 0);
	static const char *const words[] = {"It is good", "No surprise", "Should this",
	                                    "The slimmer"};
	for (size_t i = 0; i < 4; i++)
		assert_true(!strncmp(t->order[i]->body.v[0], words[i], strlen(words[i])));
	tt_thread_free(t);
}

/* Pikabu's w3m dump: each name drawn one column right of the margin (the
 * space an inline avatar leaves), its date and text at the margin; a
 * quotation opening a text indented four columns past it. The text's
 * column is the margin, the quotation a quote ("> "), not the comment's
 * own words. */
static void test_quote_under_name_right_of_margin(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "3 Comments\n\n"
	    " Anna\n4 days ago\n\nThe first comment has its own words right here.\n\n"
	    " Boris\n3 days ago\n\n    The first comment has its own words\n\n"
	    "That is what I wanted to say about it, too.\n\n"
	    " Vera\n2 days ago\n\nA third comment that says something else again.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Anna", "Boris", "Vera"};
	check_tree(t, 3, authors, NULL, 0);
	assert_int_equal(t->order[1]->body.n, 2);
	assert_string_equal(t->order[1]->body.v[0], "> The first comment has its own words");
	assert_string_equal(t->order[1]->body.v[1], "That is what I wanted to say about it, too.");
	tt_thread_free(t);
}

/* A flat dump of threaded comments (the template pages' w3m and lynx
 * dumps: nothing left of the nesting): a comment addressing an earlier
 * commenter by first name in its opening words ("Thank you, Margaret!")
 * answers that commenter's latest comment ("Well, Tom," by Tom Baker
 * the other Tom's); a first name two earlier commenters share answers
 * no one. */
static void test_answer_by_first_name(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "5 Comments\n\n"
	    "Margaret Holt\n2 years ago\n\nThe photos of the lock gates are wonderful.\n\n"
	    "Ellen Park\n2 years ago\n\nThank you, Margaret! Most of them in the spring.\n\n"
	    "Tom Ortega\n1 year ago\n\nI walked the towpath last summer, it was fine.\n\n"
	    "Tom Baker\n11 months ago\n\nWell, Tom, I walked it too and liked it.\n\n"
	    "Anna Berg\n10 months ago\n\nSo, Ellen: were the locks open then?\n\n"
	    "Jo Lee\n9 months ago\n\nRight, Tom, the cafe is closed now.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 6);
	static const char *const authors[] = {"Margaret Holt", "Ellen Park", "Anna Berg",
	                                      "Tom Ortega", "Tom Baker", "Jo Lee"};
	static const unsigned depths[] = {0, 1, 2, 0, 1, 0};
	check_tree(t, 6, authors, depths, 0);
	tt_thread_free(t);
}

/* lynx's Pikabu: an avatar's alt text ending in the name, then the
 * linked name ("[71]Аватар пользователя Wererat [72]Wererat"), on three
 * headers or more: the author is the name given twice, once. */
static void test_name_given_twice(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "4 Comments\n\n"
	    "   [12]Avatar of user Ann [13]Ann\n   4 days ago\n\n"
	    "   The first comment has its own words right here.\n\n"
	    "   [14]Avatar of user Boris [15]Boris\n   3 days ago\n\n"
	    "   That is what I wanted to say about it, too.\n\n"
	    "   [16]Vera\n   2 days ago\n\n"
	    "   A third comment that says something else again.\n\n"
	    "   [18]Avatar of user Olga [19]Olga\n   1 day ago\n\n"
	    "   A fourth one with its words.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const authors[] = {"Ann", "Boris", "Vera", "Olga"};
	check_tree(t, 4, authors, NULL, 0);
	tt_thread_free(t);
}

/* Pikabu: a badge under some comments' header, a line of five words the
 * page repeats under the date ("Автор поста оценил этот комментарий", the
 * post's author rated this comment), a blank line after it: no part of
 * the text, as a repeated button there is none. */
static void test_badge_under_header(void **state)
{
	(void)state;
	static const char page[] =
	    "A title of the story here\n\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n\n"
	    "4 Comments\n\n"
	    "Ann Lee\n4 days ago\nThe author of the post rated this comment\n\n"
	    "The first comment has its own words right here.\n\n"
	    "Boris\n3 days ago\nThe author of the post rated this comment\n\n"
	    "That is what I wanted to say about it, too.\n\n"
	    "Vera\n2 days ago\n\nA third comment that says something else again.\n\n"
	    "Olga\n1 day ago\nThe author of the post rated this comment\n\n"
	    "A fourth one with words.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const authors[] = {"Ann Lee", "Boris", "Vera", "Olga"};
	check_tree(t, 4, authors, NULL, 1);
	static const char *const words[] = {
	    "The first comment has its own words right here.",
	    "That is what I wanted to say about it, too.",
	    "A third comment that says something else again.", "A fourth one with words."};
	check_first_words(t, 4, words);
	tt_thread_free(t);
}

/* A count under the byline ("38 COMMENTS" over the article's own text),
 * then the count right over the comments ("36 comments" over the sign-in
 * box and the first header): the later heading starts the comments, and
 * the article's paragraphs between the two are the article's. */
static void test_count_under_byline_over_article(void **state)
{
	(void)state;
	static const char page[] =
	    "Donors Hold Back From the Race\n\n"
	    "Almost four in five of the people who gave the most last time have given nothing so "
	    "far, the records show.\n\n"
	    "By\nRuth Calder\nNov. 12, 2015 7:43 p.m. ET\n38 COMMENTS\n\n"
	    "LONDON\xE2\x80\x94The biggest donors of the last campaign have not given again this "
	    "year, and the party's finance staff say they are worried.\n\n"
	    "\"I'm just not ready yet,\" said one of them, a retired banker who gave the most "
	    "allowed twice before.\n\n"
	    "Write to Ruth Calder at ruth.calder@ledger.example\n\n"
	    "36 comments\nSign in\nNewest | Oldest\n"
	    "Anna Berg\nAnna Berg subscriber 5pts\n\n"
	    "They will give once the field is settled, as they always have done.\n\n"
	    "Tom Hale\nTom Hale subscriber 5pts\n\n"
	    "Money is not everything. Look at the last primary.\n\nNobody bought that one.\n\n"
	    "Lena Voss\nLena Voss subscriber 12pts\n\n"
	    "The donors are waiting to see who wins the first states.\n";
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	struct tt_import_opts o = {.report = &r};
	tt_error err;
	tt_thread *t = tt_import_mem("p.txt", page, sizeof page - 1, &o, &err);
	if (!t)
		fail_msg("the page does not import: %s", err.msg);
	assert_int_equal(r.stated, 36);
	int found = 0;
	for (size_t i = 0; i < t->article.body.n; i++)
		found |= strstr(t->article.body.v[i], "retired banker") != NULL;
	assert_true(found);
	assert_int_equal(t->ncomments, 3);
	static const char *const authors[] = {"Anna Berg", "Tom Hale", "Lena Voss"};
	check_tree(t, 3, authors, NULL, 0);
	assert_int_equal(t->order[1]->body.n, 2);
	tt_import_report_free(&r);
	tt_thread_free(t);
}

/* A comment whose text opens with a line naming an earlier comment's
 * author and its time as its header shows it ("Antwort auf Anna Berg, 18.
 * November 2011 23:26"; The Guardian's "Response to NAME, DATE") answers
 * that comment, whatever the words around them: the line is the answer's
 * text, no header of another shape ending the comment, and the answer is
 * a reply to the comment named, in a list kept in order of time. */
static void test_answer_names_comment_and_time(void **state)
{
	(void)state;
	static const char page[] =
	    "Die Schleusen am alten Kanal\n\n"
	    "Der Kanal wurde zwischen 1790 und 1796 gegraben, und elf Schleusen heben die Boote "
	    "vierzig Meter.\n\n"
	    "Kommentare\n\n"
	    "  \xE2\x80\xA2 \n    [60x60] Anna Berg\n\n    18. November 2011 23:26\n\n"
	    "    Die Bilder der Schleusentore sind wunderbar.\n\n"
	    "  \xE2\x80\xA2 \n    [60x60] Tom Hale\n\n    18. November 2011 23:38\n\n"
	    "    Sehr sch\xC3\xB6n gemacht, danke.\n\n"
	    "  \xE2\x80\xA2 \n    [60x60] Ellen Park\n\n    19. November 2011 08:02\n\n"
	    "    Antwort auf Anna Berg, 18. November 2011 23:26\n\n"
	    "    Die meisten sind aus dem Fr\xC3\xBChjahr 1987.\n\n"
	    "  \xE2\x80\xA2 \n    [60x60] Tom Hale\n\n    19. November 2011 09:15\n\n"
	    "    Antwort auf Ellen Park, 19. November 2011 08:02\n\n"
	    "    Und die anderen?\n\n"
	    "  \xE2\x80\xA2 \n    [60x60] Jonas Voigt\n\n    19. November 2011 10:40\n\n"
	    "    Ich war letzten Sommer dort.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 5);
	static const char *const authors[] = {"Anna Berg", "Ellen Park", "Tom Hale", "Tom Hale",
	                                      "Jonas Voigt"};
	static const unsigned depths[] = {0, 1, 2, 0, 0};
	check_tree(t, 5, authors, depths, 0);
	assert_int_equal(t->order[1]->body.n, 2);
	assert_string_equal(t->order[1]->body.v[0], "Antwort auf Anna Berg, 18. November 2011 23:26");
	assert_string_equal(t->order[2]->body.v[1], "Und die anderen?");
	tt_thread_free(t);
}

/* A heading closing in a bracket that holds the count among words
 * ("Comments in order of time (Total 4 comments)", The Guardian's "(Total
 * 83 comments)") states the count and starts the comments: the dated
 * teasers over it (related articles) are no comments, and the first
 * comment, right under it, is one. */
static void test_count_among_words_in_brackets(void **state)
{
	(void)state;
	static const char *const names[] = {"Mara Quill", "J Oakes", "fenwick", "Mara Quill"};
	static const char *const times[] = {"18 November 2011 11:26PM", "18 November 2011 11:40PM",
	                                    "19 November 2011 12:05AM", "19 November 2011 1:15AM"};
	static const char *const words[] = {
	    "My grandfather kept the light at Skerry for thirty years.", "Lovely piece, thank you.",
	    "The lamp at Noss Head is still turned by hand on feast days.",
	    "I have his logbooks, if anyone would like to see them."};
	struct tt_buf b = {0};
	tt_buf_printf(&b, "Lighthouse keepers of the north coast\n\n"
	                  "The last keeper left the station in 1991, and the lamp has run by itself "
	                  "since then, a technician visiting twice a year.\n\nRelated\n\n"
	                  "  \xE2\x80\xA2 12 May 2011\n\n    Keepers' cottages for sale\n\n"
	                  "  \xE2\x80\xA2 3 Jun 2011\n\n    The foghorn falls silent\n\n"
	                  "Comments in order of time (Total 4 comments)\n\nSign in to comment\n\n");
	for (size_t k = 0; k < 4; k++)
		tt_buf_printf(&b,
		              "  \xE2\x80\xA2 \n    [60x60] %s\n\n    %s\n\n    %s\n\n"
		              "  \xE2\x80\xA2 \n      \xE2\x96\xA1 Recommend? (%zu)\n"
		              "      \xE2\x96\xA1 Report abuse\n\n",
		              names[k], times[k], words[k], 3 * k + 4);
	struct tt_import_report r;
	tt_import_report_init(&r, 0);
	struct tt_import_opts o = {.report = &r};
	tt_error err;
	tt_thread *t = tt_import_mem("p.txt", b.data, b.len, &o, &err);
	if (!t)
		fail_msg("the page does not import: %s", err.msg);
	assert_int_equal(r.stated, 4);
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, names, NULL, 0);
	check_first_words(t, 4, words);
	assert_string_equal(t->order[0]->posted, times[0]);
	tt_import_report_free(&r);
	tt_thread_free(t);
	tt_buf_free(&b);
}

/* The same text word for word under two names, two sentences and fifteen
 * words or more, is the page's notice for a comment gone, whatever its
 * language: each such comment is a placeholder (no author, no text, its
 * time kept, its answer still under it); one writer's words posted twice
 * stay theirs. */
static void test_same_notice_under_two_names(void **state)
{
	(void)state;
	static const char notice[] = "Dieser Kommentar wurde von der Redaktion entfernt, weil er "
	                             "gegen unsere Regeln verst\xC3\xB6\xC3\x9Ft. Antworten darauf "
	                             "werden ebenfalls gel\xC3\xB6scht.";
	static const char twice[] = "Die Schleuse bei Kilometer zw\xC3\xB6lf ist seit Jahren "
	                            "gesperrt, leider. Niemand im Amt will sie wieder \xC3\xB6"
	                            "ffnen.";
	struct tt_buf b = {0};
	tt_buf_printf(&b, "Die Schleusen am alten Kanal\n\n"
	                  "Der Kanal wurde zwischen 1790 und 1796 gegraben, und elf Schleusen heben "
	                  "die Boote vierzig Meter.\n\nKommentare\n\n");
	tt_buf_printf(&b, "Anna Berg\n3. M\xC3\xA4rz 2024 um 10:15\n\n%s\n\n", notice);
	tt_buf_printf(&b, "    Tom Hale\n    3. M\xC3\xA4rz 2024 um 11:02\n\n"
	                  "    Schade, ich h\xC3\xA4tte gern gewusst, was sie schrieb.\n\n");
	tt_buf_printf(&b, "Ellen Park\n4. M\xC3\xA4rz 2024 um 09:40\n\n%s\n\n", twice);
	tt_buf_printf(&b, "Jonas Voigt\n4. M\xC3\xA4rz 2024 um 18:12\n\n%s\n\n", notice);
	tt_buf_printf(&b, "Ellen Park\n5. M\xC3\xA4rz 2024 um 08:05\n\n%s\n", twice);
	tt_thread *t = import_page(b.data, b.len);
	assert_int_equal(t->ncomments, 5);
	static const unsigned depths[] = {0, 1, 0, 0, 0};
	for (size_t k = 0; k < 5; k++)
		assert_int_equal(t->order[k]->depth, depths[k]);
	for (size_t k = 0; k < 5; k += 3) { /* the two notices */
		assert_null(t->order[k]->author);
		assert_int_equal(t->order[k]->body.n, 0);
		assert_true(t->order[k]->flags & TT_C_DELETED);
	}
	assert_string_equal(t->order[0]->time, "2024-03-03T10:15");
	assert_string_equal(t->order[3]->time, "2024-03-04T18:12");
	assert_string_equal(t->order[1]->author, "Tom Hale");
	assert_string_equal(t->order[2]->author, "Ellen Park");
	assert_string_equal(t->order[4]->body.v[0], twice);
	tt_thread_free(t);
	tt_buf_free(&b);
}

/* Comments drawn under one posted after them cannot answer it: a run of
 * them (three at least) under one comment, each older than it, goes back
 * to the level of the comment it sits under, in the page's order (Globo's
 * answers list, left open in the markup, draws the comments after it one
 * level in); the answer later than the comment stays its answer. */
static void test_older_comments_under_later_one(void **state)
{
	(void)state;
	static const char *const names[] = {"Marta Lima", "Paulo Reis", "Rita Souza",
	                                    "Joao Alves", "Ana Prado", "Caio Dias"};
	static const char *const times[] = {"27/12/2014 10:12", "26/12/2014 19:15",
	                                    "27/12/2014 01:46", "26/12/2014 18:48",
	                                    "26/12/2014 17:24", "26/12/2014 14:41"};
	static const char *const words[] = {
	    "Espero que volte em alto nivel no ano que vem.",
	    "Ontem eu vi o jogo inteiro e ele jogou bem.", "Jogou bem? Nao vi isso, sinceramente.",
	    "O time precisa de reforcos para a temporada.", "Vamos ver o que o tecnico decide agora.",
	    "Melhor zagueiro do elenco, sem duvida nenhuma."};
	tt_buf b = {0};
	tt_buf_printf(&b, "Zagueiro volta aos treinos\n\nO zagueiro voltou aos treinos nesta "
	                  "sexta-feira e deve jogar a partida de domingo no estadio.\n\n"
	                  "Comentar\n\n");
	for (size_t k = 0; k < 6; k++) {
		const char *in = k < 2 ? "  " : "      ", *mark = k < 2 ? "\xE2\x80\xA2" : "\xE2\x96\xA1";
		tt_buf_printf(&b, "%s%s %s\n%s  %s\n\n%s  %s\n\n%s  Responder\n\n", in, mark, names[k],
		              in, times[k], in, words[k], in);
	}
	tt_thread *t = import_page(b.data, b.len);
	assert_int_equal(t->ncomments, 6);
	static const unsigned depths[] = {0, 0, 1, 0, 0, 0};
	check_tree(t, 6, names, depths, 0);
	check_first_words(t, 6, words);
	assert_string_equal(t->order[3]->time, "2014-12-26T18:48");
	tt_thread_free(t);
	tt_buf_free(&b);
}

/* A list's item holding a name alone over the same name and its date, one
 * step deeper (Yahoo! News: "\xE2\x80\xA2 wizarddrummer" over "wizarddrummer
 * 47 seconds ago"; lynx numbers both links), is one header: the item's
 * line is no text of the comment above, and a date with words before it
 * ("about a minute ago") is read past them, shown whole. */
static void test_item_name_over_dated_name(void **state)
{
	(void)state;
	static const char *const names[] = {"harbourfox", "Carla Mendes", "tj", "Olek"};
	static const char *const ages[] = {"47 seconds ago", "about a minute ago", "3 minutes ago",
	                                   "about an hour ago"};
	static const char *const words[] = {"The ferry timetable changed again this week.",
	                                    "We waited forty minutes at the pier on Sunday.",
	                                    "Same here, and no notice at the terminal.",
	                                    "They posted it online, but only in the evening."};
	for (int lynx = 0; lynx < 2; lynx++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "Ferry timetable changes\n\nThe island ferry runs on a new timetable "
		                  "from Monday, with two fewer crossings in the evening.\n\n"
		                  "Comments\n\n");
		for (size_t k = 0; k < 4; k++)
			if (lynx)
				tt_buf_printf(&b, "     * [%zu]%s\n       [%zu]%s %s\n\n     %s\n", 30 + 2 * k,
				              names[k], 31 + 2 * k, names[k], ages[k], words[k]);
			else
				tt_buf_printf(&b, "  \xE2\x80\xA2 %s\n    %s %s\n\n        %s\n\n", names[k],
				              names[k], ages[k], words[k]);
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, 4);
		check_tree(t, 4, names, NULL, 1);
		check_first_words(t, 4, words);
		for (size_t k = 0; k < 4; k++)
			assert_string_equal(t->order[k]->posted, ages[k]);
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* A header's date line holding a second date after a gap and words, when
 * the comment was answered ("2014-12-26T19:15:52   , respondido respondido
 * 2014-12-27T01:46:47", Globo): the first date is the comment's, however
 * long the line (past the 64 bytes a date line may hold); the comment is
 * no text of the one above. */
static void test_date_then_answered_date(void **state)
{
	(void)state;
	static const char page[] =
	    "Zagueiro volta aos treinos\n\n"
	    "O zagueiro voltou aos treinos nesta sexta-feira e deve jogar no domingo.\n\n"
	    "Comentar\n\n"
	    "  \xE2\x80\xA2 Marta Lima\n    2014-12-27T10:12:48\n\n    Espero que volte bem.\n\n"
	    "  \xE2\x80\xA2 Paulo Reis\n"
	    "    2014-12-26T19:15:52   , answered answered 2014-12-27T01:46:47\n\n"
	    "    Ontem eu vi o jogo inteiro.\n\n"
	    "  \xE2\x80\xA2 Caio Dias\n    2014-12-26T14:41:23\n\n    Melhor zagueiro do elenco.\n\n"
	    "  \xE2\x80\xA2 Rita Souza\n"
	    "    2014-12-26T12:05:10   , respondido respondido 2014-12-26T13:00:00\n\n"
	    "    Vamos ver o que o tecnico decide.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const names[] = {"Marta Lima", "Paulo Reis", "Caio Dias", "Rita Souza"};
	check_tree(t, 4, names, NULL, 1);
	assert_string_equal(t->order[3]->time, "2014-12-26T12:05:10");
	check_comment(t->order[1], "Paulo Reis", "2014-12-26T19:15:52", "2014-12-26T19:15:52", 1);
	assert_string_equal(t->order[1]->body.v[0], "Ontem eu vi o jogo inteiro.");
	tt_thread_free(t);
}

/* An address the browser broke over two lines in a post's text: w3m after
 * a '/' (the next word would not have fitted), lynx before a '-'; the
 * address is whole again, with no space in it. */
static void test_address_broken_over_lines(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Harbour ferries to stop at dusk\n\n"
	    "The council met on Monday to weigh the cost of the evening boats against the wages of the crews and\n"
	    "the price of fuel, which has risen by a third since the spring, and heard the ferrymen, the\n"
	    "shopkeepers of the islands and a good many commuters who cross twice a day; most asked for the last\n"
	    "boat to stay, a few for cheaper fares, and the harbour master for a new engine before the winter\n"
	    "storms begin, as the old ones are forty years old and spend more days in the yard than on the water,\n"
	    "which costs the city more than the boats earn in a year; the vote was put off until the budget for\n"
	    "next year is known, and the timetable for the winter will be printed in October, with the boats at\n"
	    "dusk for now.\n"
	    "\n"
	    "    Timetable | 08/09/2011 13:00\n"
	    "    The old timetable is still at http://ferries.example.org/2011-05-25-15-24-30/archive/\n"
	    "    495-2010-03-21-21-47-47 - where the winter boats run until nine in the evening.\n"
	    "    Ann Ross\n"
	    "    reply21\n"
	    "     \n"
	    "    Fuel first | 08/09/2011 12:11\n"
	    "    Two million is the price of one new engine, and the old ones run on.\n"
	    "    Dora\n"
	    "    reply00\n"
	    "     \n"
	    "    Crews | 08/09/2011 11:40\n"
	    "    The crews would rather keep the evening boats and lose the first one at six.\n"
	    "    Carl\n"
	    "    reply10\n"
	    "     \n\n"
	    "1 - 3 of 3\n";
	static const char lynx[] =
	    "Harbour ferries to stop at dusk\n\n"
	    "   The city will stop its harbour ferries at dusk from October, to save two million\n"
	    "   a year on crews and fuel, the council said on Monday after a long debate.\n\n"
	    "       Timetable | 08/09/2011 13:00\n"
	    "       The old timetable is still at\n"
	    "       http://ferries.example.org/2011-05-25-15-24-30/archive/495-2010-03-21-21\n"
	    "       -47-47 - where the winter boats run until nine in the evening.\n"
	    "       Ann Ross\n"
	    "       [12]reply[13]2[14]1\n\n\n"
	    "       Fuel first | 08/09/2011 12:11\n"
	    "       Two million is the price of one new engine, and the old ones run on.\n"
	    "       Dora\n"
	    "       [15]reply[16]0[17]0\n\n\n"
	    "       Crews | 08/09/2011 11:40\n"
	    "       The crews would rather keep the evening boats and lose the first one at six.\n"
	    "       Carl\n"
	    "       [18]reply[19]1[20]0\n\n\n"
	    "   1 - 3 of 3\n";
	for (int k = 0; k < 2; k++) {
		const char *text = k ? lynx : w3m;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		assert_string_equal(t->order[0]->author, "Ann Ross");
		assert_non_null(strstr(t->order[0]->body.v[1],
		                       "http://ferries.example.org/2011-05-25-15-24-30/archive/"
		                       "495-2010-03-21-21-47-47 - where"));
		tt_thread_free(t);
	}
}

/* "-36 #6 Head teacher! 26.11.2011 19:21": a name ending in "!" between
 * the comment's number and its date is the header's name, not a sentence
 * joining the comment above; lynx's link number before "#6" too. A line
 * of words ending in "!" with no number before it stays text. */
static void test_exclaimed_name_between_number_and_date(void **state)
{
	(void)state;
	static const char page[] =
	    "Harbour ferries to stop at dusk\n\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a "
	    "year on crews and fuel.\n\n"
	    "Comments\n\n"
	    "  +39 #1 Ann Ross 26.11.2011 16:14\n"
	    "Nobody gets home from work by then in December.\n"
	    "Reply\n\n"
	    "  -36 #2 Head teacher! 26.11.2011 17:05\n"
	    "The buses run until midnight, though.\n"
	    "Reply\n\n"
	    "  +12 #3 Carl 26.11.2011 17:38\n"
	    "Then take the last one at four, as I do.\n"
	    "What a shame! 26.11.2011 was the last good day.\n"
	    "Reply\n\n"
	    "  -28 [94]#4 Head teacher! 26.11.2011 18:02\n"
	    "Four is too early for anyone who works.\n"
	    "Reply\n\n";
	tt_thread *t = import_page(page, strlen(page));
	assert_int_equal(t->ncomments, 4);
	static const char *const authors[] = {"Ann Ross", "Head teacher!", "Carl", "Head teacher!"};
	check_tree(t, 4, authors, NULL, 0);
	static const char *const first[] = {"Nobody gets home from work by then in December.",
	                                    "The buses run until midnight, though.",
	                                    "Then take the last one at four, as I do.\n"
	                                    "What a shame! 26.11.2011 was the last good day.",
	                                    "Four is too early for anyone who works."};
	check_first_words(t, 4, first);
	tt_thread_free(t);
}

/* A list drawn twice (a second tab, "most liked" after "newest", that the
 * dump shows open under the first list's last comment): the repeats, each
 * the same author, time and text as a comment of the first list and in
 * its order, are drawn as the first list was, at the top with the answer
 * under its comment, not a level in under the comment they follow. */
static void test_list_drawn_twice(void **state)
{
	(void)state;
	static const char page[] =
	    "Harbour ferries to stop at dusk\n"
	    "\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a year on crews and fuel.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "newest\n"
	    "\n"
	    "most liked\n"
	    "\n"
	    "  • Ann Ross\n"
	    "    2011-11-27T10:12:48\n"
	    "\n"
	    "    Nobody gets home from work by then in December.\n"
	    "\n"
	    "    Reply\n"
	    "  • Ben Cole\n"
	    "    2011-11-26T19:15:52\n"
	    "\n"
	    "    The buses run until midnight, though.\n"
	    "\n"
	    "    Reply\n"
	    "\n"
	    "      □ Carl Dorn\n"
	    "        2011-11-26T20:01:00\n"
	    "\n"
	    "        Not the one out to the islands.\n"
	    "\n"
	    "        Reply\n"
	    "  • Dora Eck\n"
	    "    2011-11-26T18:00:00\n"
	    "\n"
	    "    Then take the last one at four, as I do.\n"
	    "\n"
	    "    Reply\n"
	    "\n"
	    "    newest\n"
	    "\n"
	    "    most liked\n"
	    "\n"
	    "      □ Ann Ross\n"
	    "        2011-11-27T10:12:48\n"
	    "\n"
	    "        Nobody gets home from work by then in December.\n"
	    "\n"
	    "        Reply\n"
	    "      □ Ben Cole\n"
	    "        2011-11-26T19:15:52\n"
	    "\n"
	    "        The buses run until midnight, though.\n"
	    "\n"
	    "        Reply\n"
	    "\n"
	    "          ☆ Carl Dorn\n"
	    "            2011-11-26T20:01:00\n"
	    "\n"
	    "            Not the one out to the islands.\n"
	    "\n"
	    "            Reply\n"
	    "      □ Dora Eck\n"
	    "        2011-11-26T18:00:00\n"
	    "\n"
	    "        Then take the last one at four, as I do.\n"
	    "\n"
	    "        Reply\n";
	tt_thread *t = import_page(page, strlen(page));
	assert_int_equal(t->ncomments, 8);
	static const char *const authors[] = {"Ann Ross", "Ben Cole", "Carl Dorn", "Dora Eck",
	                                      "Ann Ross", "Ben Cole", "Carl Dorn", "Dora Eck"};
	static const unsigned depths[] = {0, 0, 1, 0, 0, 0, 1, 0};
	check_tree(t, 8, authors, depths, 0);
	assert_string_equal(t->order[7]->body.v[0], "Then take the last one at four, as I do.");
	tt_thread_free(t);
}

/* A quotation of another comment drawn inside the quoting comment before
 * its own words, its name and date set at another column than the text
 * (deeper in w3m's dump, shallower in lynx's), the comment's own words
 * after it at its column: the quoted header is the quotation's first
 * line, no comment of its own, and the next comment stays where it is
 * (the w3m page fails without the rule; the lynx one, "NAME said:" at the
 * bullets' column, keeps being read so with it). */
static void test_quoted_header_at_other_column(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Harbour ferries to stop at dusk\n\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a "
	    "year on crews and fuel.\n\n"
	    "Comments\n\n"
	    "    Ann Ross\n\n"
	    "    19 November 2011 9:42AM\n\n"
	    "    Nobody gets home from work by then in December.\n\n"
	    "    Ben Cole\n\n"
	    "    19 November 2011 10:29AM\n\n"
	    "        Ann Ross\n\n"
	    "        19 November 2011 9:42AM\n\n"
	    "        Nobody gets home from work by then in December.\n\n"
	    "    The buses run until midnight, though.\n\n"
	    "    Carl Dorn\n\n"
	    "    19 November 2011 10:38AM\n\n"
	    "    Then take the last one at four, as I do.\n";
	static const char lynx[] =
	    "Harbour ferries to stop at dusk\n\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a "
	    "year on crews and fuel.\n\n"
	    "Comments\n\n"
	    "     * Ann Ross\n"
	    "       19 November 2011 9:42AM\n"
	    "       Nobody gets home from work by then in December.\n"
	    "     * Ben Cole\n"
	    "       19 November 2011 10:29AM\n\n"
	    "     Ann Ross said:\n\n"
	    "     Nobody gets home from work by then in December.\n"
	    "       The buses run until midnight, though.\n"
	    "     * Carl Dorn\n"
	    "       19 November 2011 10:38AM\n"
	    "       Then take the last one at four, as I do.\n";
	static const char *const authors[] = {"Ann Ross", "Ben Cole", "Carl Dorn"};
	const char *const pages[] = {w3m, lynx};
	for (size_t p = 0; p < 2; p++) {
		tt_thread *t = import_page(pages[p], strlen(pages[p]));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, authors, NULL, 0);
		const tt_comment *b = t->order[1];
		assert_true(b->body.n >= 1);
		assert_non_null(strstr(b->body.v[0], "Ann Ross"));
		const char *own = b->body.v[b->body.n - 1], *end = "The buses run until midnight, though.";
		assert_true(strlen(own) >= strlen(end));
		assert_string_equal(own + strlen(own) - strlen(end), end);
		tt_thread_free(t);
	}
}

/* tt_textline_find answers as memmem does (the first place, NULL when
 * none, s for an empty needle) on every cut of a few lines and needles:
 * the importer's separators are looked for with it. */
static void test_find_as_memmem(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "Anna | 3 May 2021 | Reply", " | | |", "ab ab  on on ", "x",
	    "Julia on 11/08/2020 at 9:52", "  \xC2\xB7 Lena \xE2\x80\x94 12:00", ""};
	static const char *const needles[] = {" | ",        " on ", " ", "ab", "on", "|",
	                                      " \xC2\xB7 ", " \xE2\x80\x94 ", ", ", ":// ", "x",
	                                      "  "};
	for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
		for (size_t n = 0; n < sizeof needles / sizeof *needles; n++) {
			const char *s = texts[t];
			size_t len = strlen(s), nl = strlen(needles[n]);
			for (size_t a = 0; a <= len; a++)
				for (size_t b = a; b <= len; b++)
					assert_ptr_equal(tt_textline_find(s + a, b - a, needles[n], nl),
					                 memmem(s + a, b - a, needles[n], nl));
		}
	assert_ptr_equal(tt_textline_find("abc", 3, "", 0), memmem("abc", 3, "", 0));
}

/* tt_textline_contains_ci answers as a byte-by-byte tolower scan does, on
 * every cut of a few lines and needles (a letter first in either case, a
 * byte past ASCII first, a punctuation mark first); list marks are found
 * whatever their first byte. */
static int contains_ci_by_bytes(const char *s, size_t len, const char *needle)
{
	size_t nl = strlen(needle);
	for (size_t i = 0; i + nl <= len; i++)
		if (!strncasecmp(s + i, needle, nl))
			return 1;
	return 0;
}

static void test_contains_ci_and_list_marks(void **state)
{
	(void)state;
	static const char *const texts[] = {
	    "\xC2\xA9 2023 Bench | Privacy Policy", "COPYRIGHT [Copy]right @`{",
	    "Terms of Use, terms OF service", "\xC3\xA9t\xC3\xA9 \xC2\xA9\xC2\xA9", "a", ""};
	static const char *const needles[] = {"\xC2\xA9", "copyright", "privacy policy",
	                                      "terms of use", "@", "[copy]", "T", "\xC3\xA9t"};
	for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
		for (size_t n = 0; n < sizeof needles / sizeof *needles; n++) {
			const char *s = texts[t];
			size_t len = strlen(s);
			for (size_t a = 0; a <= len; a++)
				for (size_t b = a; b <= len; b++)
					assert_int_equal(tt_textline_contains_ci(s + a, b - a, needles[n]),
					                 contains_ci_by_bytes(s + a, b - a, needles[n]));
		}
	static const struct {
		const char *s;
		size_t mark;
	} marks[] = {{"* Anna", 2}, {"+ Anna", 2}, {"o Anna", 2},   {"- Anna", 2},
	             {"\xC2\xB7 Anna", 3}, {"\xE2\x80\xA2 Anna", 4}, {"\xE2\x96\xA1 x", 4},
	             {"*", 0},      {"oAnna", 0},  {"Anna", 0},     {"\xC3\xA9 x", 0}, {"", 0},
	             {"* ", 0},     {"\xC2\xB7 ", 0}, {"\xC2\xB7x", 0}, {"\xE2\x80\xA2 ", 0},
	             {"\xE2\x80\xA2x y", 0}, {"-- x", 0}};
	for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
		assert_int_equal(tt_textline_list_mark(marks[k].s, strlen(marks[k].s)), marks[k].mark);
}

/* Words counted as runs of non-blanks, whatever blanks stand between,
 * before or after them. */
static void test_count_words(void **state)
{
	(void)state;
	static const struct {
		const char *s;
		size_t words;
	} cases[] = {{"", 0},         {" ", 0},          {"a", 1},
	             {" a", 1},       {"a ", 1},         {"a b", 2},
	             {"  a \t b\n c ", 3}, {"December 1, 2022 at 1:00 pm", 6},
	             {"\xC2\xA0x y", 2}};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++)
		assert_int_equal(tt_textline_count_words(cases[k].s, strlen(cases[k].s)),
		                 cases[k].words);
}

/* A help text every comment prints in its header (a status pop-up drawn
 * open by the text browser) is the page's: the name and date under it head
 * the comment, its text is the comment's text, and the help is nowhere;
 * an article's paragraph said over and over stays. */
#define STATUS_HELP                                                                       \
	"  \xE2\x80\xA2 Guest How do I raise my status?\n"                                 \
	"\n"                                                                               \
	"    How do I change my status and stop being a guest on this site?\n"             \
	"\n"                                                                               \
	"    There are two ways to do it:\n"                                               \
	"\n"                                                                               \
	"    1. Register on our site, which takes you a couple of minutes.\n"              \
	"\n"                                                                               \
	"    2. Log in with your account on another social network.\n"                     \
	"\n"                                                                               \
	"    Either way you get not only a name of your own but a page\n"                  \
	"    on our network. It lets you comment on any story with less\n"                 \
	"    moderation, take part in contests, start groups and share your\n"             \
	"    photos and videos.\n"                                                         \
	"\n"                                                                               \
	"    SIGN UP\n"
#define HELPED(name, date, text) STATUS_HELP "    " name "\n    " date "\n\n    " text "\n\n    Reply\n"

static void test_help_block_in_every_comment(void **state)
{
	(void)state;
	static const char page[] =
	    "Smoking to be banned on station platforms\n"
	    "\n"
	    "The transport ministry wants to ban smoking on every station platform from next year, and to close the smoking rooms in its buildings.\n"
	    "\n"
	    "Comments: 5\n"
	    "\n" HELPED("grandad", "09.01.2012, 12:18", "Take the licence away from doctors who smoke.")
	    HELPED("Yalot", "08.01.2012, 18:51", "They talk of the rights of smokers. Smokers spit on ours.")
	    HELPED("Andrew", "08.01.2012, 14:26", "Do not raise children with asthma for the sake of it.")
	    HELPED("Vega", "08.01.2012, 2:34", "It is no discrimination to keep smoke off the platform.")
	    HELPED("Sergei", "08.01.2012, 1:20", "You are all so kind. Look at what goes on around you.");
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"grandad", "Yalot", "Andrew", "Vega", "Sergei"};
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, authors, NULL, 1);
	assert_string_equal(t->order[0]->posted, "09.01.2012, 12:18");
	assert_string_equal(t->order[4]->body.v[0], "You are all so kind. Look at what goes on around you.");
	assert_nowhere(t, "two ways");
	assert_nowhere(t, "SIGN UP");
	tt_thread_free(t);

	/* Another shape: lynx's link numbers counted anew in each copy of the
	 * help, no bullets, the name and date on one line under it, German. */
#define HILFE(n, head, text)                                                               \
	"   Hilfe zum Kommentieren [" n "1]schliessen\n"                                      \
	"   Wie kann ich hier kommentieren und meinen Namen zeigen?\n"                     \
	"   Sie brauchen ein Konto bei uns, das in zwei Minuten angelegt ist.\n"           \
	"   Melden Sie sich dann mit Ihrer Adresse und Ihrem Passwort an.\n"               \
	"   Ihr Kommentar erscheint, sobald die Redaktion ihn gelesen hat.\n"              \
	"   Bitte bleiben Sie sachlich und beim Thema des Artikels.\n"                     \
	"   Beleidigungen und Werbung werden ohne Hinweis entfernt.\n"                     \
	"   [" n "2]Zu den Regeln\n"                                                         \
	"\n"                                                                               \
	"   " head "\n"                                                                    \
	"   " text "\n"                                                                    \
	"\n"
	static const char lynx[] =
	    "Neue Radwege am Hafen\n"
	    "\n"
	    "   Die Stadt baut bis zum Sommer drei neue Radwege am Hafen, zwei davon entlang der Kaimauer.\n"
	    "\n"
	    "   Kommentare\n"
	    "\n" HILFE("10", "Anna Berg - 3. M\xC3\xA4rz 2012, 10:15", "Endlich, die Kaimauer ist heute lebensgef\xC3\xA4hrlich.")
	    HILFE("12", "Karl Specht - 3. M\xC3\xA4rz 2012, 11:40", "Und wer bezahlt das alles am Ende?")
	    HILFE("14", "Olga Wirth - 3. M\xC3\xA4rz 2012, 12:05", "Die Stadt, also wir alle, wie immer.")
	    HILFE("16", "Paul Kern - 3. M\xC3\xA4rz 2012, 13:30", "Ich fahre da jeden Tag, ich freue mich.")
	    HILFE("18", "Rita Lang - 3. M\xC3\xA4rz 2012, 14:45", "Hoffentlich auch mit Licht am Abend.");
	t = import_page(lynx, sizeof lynx - 1);
	static const char *const names[] = {"Anna Berg", "Karl Specht", "Olga Wirth", "Paul Kern",
	                                    "Rita Lang"};
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, names, NULL, 1);
	assert_string_equal(t->order[1]->body.v[0], "Und wer bezahlt das alles am Ende?");
	assert_nowhere(t, "Passwort");
	tt_thread_free(t);
#undef HILFE

	/* One paragraph said over and over is no block: an article that
	 * repeats its line keeps every paragraph. */
#define SAID "Night buses carry fewer riders than day buses, but many have no other way home.\n\n"
	static const char said[] =
	    "Night buses\n"
	    "\n" SAID SAID SAID SAID SAID SAID SAID SAID SAID SAID
	    "3 Comments\n"
	    "\n"
	    "Ann Ross\n"
	    "December 1, 2022 at 1:00 pm\n"
	    "\n"
	    "The last bus leaves too early.\n"
	    "\n"
	    "Ben Cole\n"
	    "December 2, 2022 at 2:01 pm\n"
	    "\n"
	    "It runs until midnight on Fridays.\n"
	    "\n"
	    "Carl Dorn\n"
	    "December 3, 2022 at 3:02 pm\n"
	    "\n"
	    "Not on the island route.\n";
#undef SAID
	t = import_page(said, sizeof said - 1);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(t->article.body.n, 10);
	tt_thread_free(t);
}
#undef HELPED
#undef STATUS_HELP

/* An article's byline that reads as a comment header (a name over a date)
 * but stands apart from the comments' template: its date is written
 * otherwise than theirs, it stands at another indentation, and the
 * article's paragraphs run under it. It is the article's; the comments
 * start at their own first header, all at the top level. */
#define BODY(s) s " It was said at a meeting of the city's council on Tuesday.\n\n"
static void test_byline_apart_from_comments(void **state)
{
	(void)state;
	static const char page[] =
	    "Welcome!\n"
	    "\n"
	    "To make the site better for you we have hidden the ads. You can show them again here.\n"
	    "\n"
	    "News | Health\n"
	    "Sasha PYATNITSKAYA\n"
	    "(5 January 2012, 23:32)\n"
	    "\n"
	    "Doctor wants smoking rooms closed in every office\n"
	    "\n" BODY("The chief doctor wants the smoking rooms in public offices closed.")
	    BODY("He said that even the government's building still has one.")
	    BODY("Smokers should go outside, whatever the weather, as they do elsewhere.")
	    BODY("The ministry's bill would ban smoking in trains from 2014.")
	    BODY("It would also ban it at the doors of stations and airports.")
	    BODY("About four hundred thousand people die of tobacco each year.")
	    BODY("The bill goes before parliament in the spring.")
	    BODY("Shops would have to keep cigarettes out of sight.")
	    "Back to the front page\n"
	    "\n"
	    "    grandad\n"
	    "    09.01.2012, 12:18\n"
	    "\n"
	    "    Take the licence away from doctors who smoke.\n"
	    "\n"
	    "    Yalot\n"
	    "    08.01.2012, 18:51\n"
	    "\n"
	    "    They talk of the rights of smokers. Smokers spit on ours.\n"
	    "\n"
	    "    Andrew\n"
	    "    08.01.2012, 14:26\n"
	    "\n"
	    "    Do not raise children with asthma for the sake of it.\n"
	    "\n"
	    "    Vega\n"
	    "    08.01.2012, 2:34\n"
	    "\n"
	    "    It is no discrimination to keep smoke off the platform.\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"grandad", "Yalot", "Andrew", "Vega"};
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, authors, NULL, 1);
	int found = 0;
	for (size_t i = 0; i < t->article.body.n; i++)
		found |= strstr(t->article.body.v[i], "government's building") != NULL;
	assert_true(found);
	tt_thread_free(t);

	/* Another shape: one-line "NAME - DATE" headers at the left margin, the
	 * byline indented under the title as lynx draws it, French. */
	static const char lynx[] =
	    "Des pistes cyclables sur le port\n"
	    "\n"
	    "   Pour mieux vous servir, nous avons masqu\xC3\xA9 la publicit\xC3\xA9. Vous pouvez la r\xC3\xA9tablir ici.\n"
	    "\n"
	    "   PAR MARIE DUPONT - 21 avril 2020\n"
	    "\n" BODY("   La ville construira trois pistes cyclables sur le port d'ici l'\xC3\xA9t\xC3\xA9.")
	    BODY("   Deux d'entre elles longeront le quai, la troisi\xC3\xA8me la gare.")
	    BODY("   Les travaux commencent en mai et dureront quatre mois.")
	    BODY("   Le stationnement sera interdit sur le quai pendant ce temps.")
	    BODY("   Les commer\xC3\xA7" "ants du port craignent une baisse de leurs ventes.")
	    BODY("   Le maire leur a promis des places de livraison.")
	    BODY("   Le budget est de deux millions d'euros.")
	    BODY("   La r\xC3\xA9gion en paie la moiti\xC3\xA9.")
	    "Commentaires\n"
	    "\n"
	    "Anne Roux - 21/04/2020 18:01\n"
	    "\n"
	    "Enfin, le quai est dangereux aujourd'hui.\n"
	    "\n"
	    "Jean Petit - 21/04/2020 19:12\n"
	    "\n"
	    "Et qui paie tout cela ?\n"
	    "\n"
	    "Luc Martin - 21/04/2020 20:30\n"
	    "\n"
	    "La ville, donc nous tous, comme toujours.\n"
	    "\n"
	    "Rose Blanc - 22/04/2020 08:05\n"
	    "\n"
	    "J'y passe tous les jours, je suis ravie.\n";
	t = import_page(lynx, sizeof lynx - 1);
	static const char *const names[] = {"Anne Roux", "Jean Petit", "Luc Martin", "Rose Blanc"};
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, names, NULL, 1);
	found = 0;
	for (size_t i = 0; i < t->article.body.n; i++)
		found |= strstr(t->article.body.v[i], "quatre mois") != NULL;
	assert_true(found);
	tt_thread_free(t);
}
#undef BODY

/* A header that gives the name twice, alone (an avatar's link) and then
 * opening a line that ends in the date, the site's words between ("NAME
 * commented on the story DATE #"): the name is the author, the date the
 * comment's. Where such a line names an earlier comment's author between
 * the name and the date, and most such lines name nobody, the comment
 * answers that author's latest comment. */
static void test_name_over_named_date(void **state)
{
	(void)state;
	static const char page[] =
	    "Council to set a minimum price for beer in parks\n"
	    "\n"
	    "The council wants to set a minimum price for beer sold in its parks, starting next summer.\n"
	    "\n"
	    "Comments on the story (5)\n"
	    "\n"
	    "ann_ross\n"
	    "ann_ross commented on the story Yesterday at 9:20 #\n"
	    "\n"
	    "The price is not the problem, the litter is.\n"
	    "\n"
	    " 2 Reply Report\n"
	    "ben.cole\n"
	    "ben.cole commented on the story Yesterday at 9:31 #\n"
	    "\n"
	    "Another tax dressed up as health.\n"
	    "\n"
	    " 0 Reply Report\n"
	    "carl77\n"
	    "carl77 answers ann_ross on the comment Yesterday at 10:45 #\n"
	    "\n"
	    "The litter comes with the cheap beer.\n"
	    "\n"
	    " 0 Reply Report\n"
	    "dora_eck\n"
	    "dora_eck commented on the story Yesterday at 11:02 #\n"
	    "\n"
	    "Parks should be for children anyway.\n"
	    "\n"
	    " 1 Reply Report\n"
	    "eve_k\n"
	    "eve_k answers ben.cole on the comment Yesterday at 12:10 #\n"
	    "\n"
	    "It is a tax, but a fair one.\n"
	    "\n"
	    " 0 Reply Report\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"ann_ross", "carl77", "ben.cole", "eve_k", "dora_eck"};
	static const unsigned depths[] = {0, 1, 0, 1, 0};
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, authors, depths, 0);
	assert_string_equal(t->order[0]->posted, "Yesterday at 9:20");
	assert_string_equal(t->order[1]->body.v[0], "The litter comes with the cheap beer.");
	tt_thread_free(t);

	/* Another shape: lynx's link numbers before both names, the answered
	 * name and the permalink, text right under the header, Polish. */
	static const char lynx[] =
	    "Nowe \xC5\x9B" "cie\xC5\xBCki rowerowe w porcie\n"
	    "\n"
	    "   Miasto zbuduje do lata trzy nowe \xC5\x9B" "cie\xC5\xBCki rowerowe w porcie.\n"
	    "\n"
	    "   Komentarze (4)\n"
	    "\n"
	    "   [12]ania_b\n"
	    "   [13]ania_b skomentowa\xC5\x82" "a artyku\xC5\x82 3 marca 2012, 10:15 [14]#\n"
	    "   Nareszcie kto\xC5\x9B o tym pisze.\n"
	    "   0 [15]Odpowiedz\n"
	    "   [16]kuba_z\n"
	    "   [17]kuba_z skomentowa\xC5\x82 artyku\xC5\x82 3 marca 2012, 11:40 [18]#\n"
	    "   A kto za to zap\xC5\x82" "aci?\n"
	    "   0 [19]Odpowiedz\n"
	    "   [20]ola_w\n"
	    "   [21]ola_w odpowiada [22]kuba_z na [23]komentarz 3 marca 2012, 12:05 [24]#\n"
	    "   Miasto, czyli my wszyscy.\n"
	    "   0 [25]Odpowiedz\n"
	    "   [26]piotr_k\n"
	    "   [27]piotr_k skomentowa\xC5\x82 artyku\xC5\x82 3 marca 2012, 13:30 [28]#\n"
	    "   Je\xC5\xBC" "d\xC5\xBC\xC4\x99 tamt\xC4\x99" "dy codziennie.\n"
	    "   0 [29]Odpowiedz\n";
	t = import_page(lynx, sizeof lynx - 1);
	static const char *const names[] = {"ania_b", "kuba_z", "ola_w", "piotr_k"};
	static const unsigned levels[] = {0, 0, 1, 0};
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, names, levels, 0);
	assert_string_equal(t->order[2]->posted, "3 marca 2012, 12:05");
	assert_string_equal(t->order[2]->body.v[0], "Miasto, czyli my wszyscy.");
	tt_thread_free(t);
}

/* A comment list's sorting control ("Order by:" over "Newest first" and
 * "Oldest first") is no "NAME WORD:" header, and a count after the
 * comments under their heading ("5 day forecast" over the weather's days,
 * each a day over its forecast) heads a later box, not the comments: the
 * comments come first, in order (what the box's days become after them is
 * not asked here). */
#define FORECAST(day, sky, low, high)                                                    \
	day "\n\n" sky "\n\n" sky "\n\nTemperature: " low " C to " high " C\n\nWind Speed: 8 mph\n\n"
#define NUMBERED(n, name, date, text)                                                    \
	n "\n\n" name "\n\n" date "\n\n" text "\n\n  \xE2\x80\xA2 Report Unsuitable\n\n\n\n"
static void test_sorting_label_and_later_count(void **state)
{
	(void)state;
	static const char page[] =
	    "Implant patients to be treated on the NHS\n"
	    "\n"
	    "Women whose implants were made by the French firm will have them removed free of charge, the hospital said on Monday.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "There are 4 comments to this article\n"
	    "\n"
	    "Order by:\n"
	    "\n"
	    "  \xE2\x80\xA2 Newest first\n"
	    "  \xE2\x80\xA2 |\n"
	    "  \xE2\x80\xA2 Oldest first\n"
	    "\n"
	    "\n" NUMBERED("4", "pallionlad", "Thursday, January 12, 2012 at 10:40 AM",
	                  "If I bought a faulty car I would deal with the seller.")
	    NUMBERED("3", "r00ster", "Thursday, January 12, 2012 at 10:25 AM",
	             "Four grades of implants, Madam, and the cheap ones are fine.")
	    NUMBERED("2", "stalexloz", "Thursday, January 12, 2012 at 10:23 AM",
	             "These people were sold faulty goods and are owed a repair.")
	    NUMBERED("1", "loll01", "Wednesday, January 11, 2012 at 06:07 PM",
	             "I have to say that unless it was done for health, no.")
	    "Weather for Sunderland\n"
	    "\n"
	    "Thursday 12 January 2012\n"
	    "\n"
	    "5 day forecast\n"
	    "\n" FORECAST("Today", "Sunny", "1", "11") FORECAST("Tomorrow", "Sunny", "-2", "5")
	    FORECAST("Saturday 14 January 2012", "Cloudy", "0", "6")
	    FORECAST("Sunday 15 January 2012", "Light rain", "3", "8")
	    FORECAST("Monday 16 January 2012", "Sunny spells", "2", "7");
	tt_thread *t = import_page(page, sizeof page - 1);
	static const char *const authors[] = {"pallionlad", "r00ster", "stalexloz", "loll01"};
	assert_true(t->ncomments >= 4);
	check_tree(t, 4, authors, NULL, 0);
	assert_string_equal(t->order[3]->posted, "Wednesday, January 11, 2012 at 06:07 PM");
	tt_thread_free(t);

	/* Another shape for the count: lynx's list right under a label of
	 * one word (no header without the rule either), its links numbered,
	 * no number over each comment, a blog's words. */
	static const char lynx[] =
	    "Locks reopen on the canal\n"
	    "\n"
	    "   The canal's three locks reopen on Saturday after a winter of repairs to their gates.\n"
	    "\n"
	    "Reader comments\n"
	    "\n"
	    "   Sort:\n"
	    "     * [31]Best\n"
	    "     * [32]Newest\n"
	    "     * [33]Oldest\n"
	    "\n"
	    "Margaret Holt\n"
	    "\n"
	    "   March 3, 2012 at 10:15 am\n"
	    "\n"
	    "   The photos of the lock gates are wonderful.\n"
	    "\n"
	    "Ellen Park\n"
	    "\n"
	    "   March 3, 2012 at 11:40 am\n"
	    "\n"
	    "   Most of them were taken by the volunteers.\n"
	    "\n"
	    "Tomas Ortega\n"
	    "\n"
	    "   March 4, 2012 at 9:05 am\n"
	    "\n"
	    "   I walked the towpath last summer, and the gates leaked.\n"
	    "\n"
	    "   3 day forecast\n"
	    "\n" FORECAST("Today", "Sunny", "4", "12") FORECAST("Tomorrow", "Cloudy", "2", "9")
	    FORECAST("Monday 5 March 2012", "Light rain", "3", "8");
	t = import_page(lynx, sizeof lynx - 1);
	static const char *const names[] = {"Margaret Holt", "Ellen Park", "Tomas Ortega"};
	assert_true(t->ncomments >= 3);
	check_tree(t, 3, names, NULL, 0);
	tt_thread_free(t);
}
#undef NUMBERED
#undef FORECAST

/* Posts closed by a permalink numbered as an outline ("#1.2 - DATE"), each
 * opened by the same words run into the name (an avatar's text): the
 * number's parts are the nesting, the count row over the number no text, a
 * reply link run into the number ("Reply#2") no part of it, a number
 * skipped among answers a removed post (Newsvine's answers inside the
 * comment, round 24); the second page, of other words, another language,
 * lynx's link numbers, an en dash and three levels, is read alike. */
static void test_outline_numbered_permalinks(void **state)
{
	(void)state;
	static const char page[] =
	    "Blood banks fined again\n\n"
	    "Federal officials fined the blood banks for sloppy record keeping in\n"
	    "sixteen of their centres, the second such fine in two years.\n\n"
	    "Discuss this post\n\n"
	    "\xE2\x97\x8F" "Comment author avatardeb-323\n\n"
	    "No big deal money wise for them.\n\n"
	    "  \xE2\x80\xA2 12 votes\n\n"
	    "#1 - Mon Jan 16, 2012 4:32 PM EST\n"
	    "Comment author avatarNewtIsOut\n\n"
	    "Gee I guess we should let the states do this.\n\n"
	    "#1.1 - Mon Jan 16, 2012 5:23 PM EST\n"
	    "Ann Other Deleted\n"
	    "\xE2\x97\x8F" "Comment author avatarboom! reason\n\n"
	    "    NewtIsOut said:\n\n"
	    "    let the states do this.\n\n"
	    "They already do, in most of them.\n\n"
	    "  \xE2\x80\xA2 3 votes\n\n"
	    "#1.3 - Mon Jan 16, 2012 7:02 PM EST\n"
	    "Reply\n"
	    "advertisement\n"
	    "Comment author avatarnotsosmart\n\n"
	    "This is over the top, as ever.\n\n"
	    "Reply#2 - Mon Jan 16, 2012 8:10 PM EST\n"
	    "Comment author avatarJim in Texas\n\n"
	    "Do not confuse the two services.\n\n"
	    "#2.1 - Mon Jan 16, 2012 9:00 PM EST\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 6);
	static const char *const authors[] = {"deb-323", "NewtIsOut", NULL, "boom! reason",
	                                      "notsosmart", "Jim in Texas"};
	static const unsigned depths[] = {0, 1, 1, 1, 0, 1};
	for (size_t i = 0; i < 6; i++) {
		if (authors[i])
			assert_string_equal(t->order[i]->author, authors[i]);
		else
			assert_null(t->order[i]->author);
		assert_int_equal(t->order[i]->depth, depths[i]);
	}
	assert_true(t->order[2]->flags & TT_C_DELETED);
	assert_null(t->order[2]->posted);
	assert_int_equal(t->order[2]->body.n, 0);
	assert_string_equal(t->order[0]->posted, "Mon Jan 16, 2012 4:32 PM EST");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[0]->body.v[0], "No big deal money wise for them.");
	assert_int_equal(t->order[3]->body.n, 3);
	assert_string_equal(t->order[3]->body.v[0], "> NewtIsOut said:");
	assert_string_equal(t->order[3]->body.v[2], "They already do, in most of them.");
	assert_string_equal(t->order[4]->posted, "Mon Jan 16, 2012 8:10 PM EST");
	tt_thread_free(t);

	static const char other[] =
	    "Nowy most na Wi\xC5\x9B" "le otwarty\n\n"
	    "   Most otwarto w sobot\xC4\x99 po trzech latach budowy, jak zapowiadano wiosn\xC4\x85.\n\n"
	    "   [12]Awatar u\xC5\xBCytkownika [13]Krzysztof\n\n"
	    "   Wreszcie, czekali\xC5\x9Bmy na to d\xC5\x82ugo.\n\n"
	    "   [14]#1 \xE2\x80\x93 12.03.2024 14:05\n"
	    "   [15]Awatar u\xC5\xBCytkownika [16]Ola\n\n"
	    "   Tylko korki zosta\xC5\x82y.\n\n"
	    "   [17]#1.1 \xE2\x80\x93 12.03.2024 15:10\n"
	    "   [18]Awatar u\xC5\xBCytkownika [19]Marek\n\n"
	    "   Korki zawsze b\xC4\x99" "d\xC4\x85.\n\n"
	    "   [20]#1.1.1 \xE2\x80\x93 12.03.2024 16:20\n"
	    "   [21]Awatar u\xC5\xBCytkownika [22]Zenon\n\n"
	    "   Most jest pi\xC4\x99kny.\n\n"
	    "   [23]#2 \xE2\x80\x93 13.03.2024 08:00\n";
	t = import_page(other, sizeof other - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const names[] = {"Krzysztof", "Ola", "Marek", "Zenon"};
	static const unsigned levels[] = {0, 1, 2, 0};
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->order[i]->author, names[i]);
		assert_int_equal(t->order[i]->depth, levels[i]);
		assert_int_equal(t->order[i]->body.n, 1);
	}
	assert_string_equal(t->order[2]->time, "2024-03-12T16:20");
	assert_string_equal(t->order[1]->body.v[0], "Tylko korki zosta\xC5\x82y.");
	tt_thread_free(t);
}

/* A score over each name ("- 1", "+ 3": its sign set apart, as a list's
 * dash would be) is no name, nor is a name so scored thrice a button; a
 * clock after a bar behind the date ("17 января 2012 | 07:55   #
 * ответить") is the date's (Podrobnosti.ua, round 24); a second page of
 * English words and lynx's link numbers is read alike. */
static void test_scores_over_names_and_bar_clocks(void **state)
{
	(void)state;
	static const char page[] =
	    "\xD0\x9B\xD1\x8E\xD0\xB1\xD0\xBE\xD0\xB2\xD1\x8C \xD0\xB8 \xD0\xB6\xD0\xB8\xD1\x80\n\n"
	    "\xD0\xA1\xD0\xB5\xD0\xBA\xD1\x81\xD0\xBE\xD0\xBB\xD0\xBE\xD0\xB3\xD0\xB8 \xD1\x81\xD0\xBF"
	    "\xD0\xBE\xD1\x80\xD1\x8F\xD1\x82 \xD0\xBE \xD0\xBB\xD1\x8E\xD0\xB1\xD0\xB2\xD0\xB8 "
	    "\xD1\x83\xD0\xB6\xD0\xB5 \xD0\xBC\xD0\xBD\xD0\xBE\xD0\xB3\xD0\xBE \xD0\xBB\xD0\xB5\xD1\x82, "
	    "\xD0\xB8 \xD0\xBA\xD0\xBE\xD0\xBD\xD1\x86\xD0\xB0 \xD0\xBD\xD0\xB5 \xD0\xB2\xD0\xB8\xD0\xB4"
	    "\xD0\xBD\xD0\xBE.\n\n"
	    "- 1\nHonda\n16 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 21:58   #   "
	    "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C\nfirst words here\n"
	    "+ 2\nshron13\n16 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 22:00   #   "
	    "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C\nsecond words here\n"
	    "- 2\nHonda\n16 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 22:03   #   "
	    "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C\nthird words here\n"
	    "- 3\nHonda\n16 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 22:07   #   "
	    "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C\nfourth words here\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const authors[] = {"Honda", "shron13", "Honda", "Honda"};
	static const char *const words[] = {"first words here", "second words here",
	                                    "third words here", "fourth words here"};
	check_first_words(t, 4, words);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(t->order[i]->author, authors[i]);
	assert_string_equal(t->order[0]->posted, "16 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 21:58");
	assert_string_equal(t->order[0]->time, "2012-01-16T21:58");
	tt_thread_free(t);

	static const char other[] =
	    "Harbour lock reopens\n\n"
	    "   The old harbour lock reopened on Saturday after three years of repairs to its gates.\n\n"
	    "   + 4\n   [21]Margaret Holt\n   March 3, 2024 | 11:02   [22]Permalink   [23]Reply\n"
	    "   The photos of the lock gates are wonderful.\n"
	    "   - 1\n   [24]Ellen Park\n   March 3, 2024 | 13:40   [25]Permalink   [26]Reply\n"
	    "   Most of them were taken in 1931.\n"
	    "   + 2\n   [27]Margaret Holt\n   March 4, 2024 | 08:40   [28]Permalink   [29]Reply\n"
	    "   Then my father may be on one of them.\n"
	    "   - 3\n   [30]Margaret Holt\n   March 5, 2024 | 18:12   [31]Permalink   [32]Reply\n"
	    "   I found him in the third one.\n";
	t = import_page(other, sizeof other - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const names[] = {"Margaret Holt", "Ellen Park", "Margaret Holt",
	                                    "Margaret Holt"};
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(t->order[i]->author, names[i]);
	assert_string_equal(t->order[3]->posted, "March 5, 2024 | 18:12");
	assert_string_equal(t->order[3]->time, "2024-03-05T18:12");
	assert_string_equal(t->order[1]->body.v[0], "Most of them were taken in 1931.");
	tt_thread_free(t);
}

/* A count in brackets under a comment ("odpowiedzi (2)") whose words came
 * under an earlier comment with a count of none ("odpowiedzi (0)") is each
 * comment's count of answers, not the heading the comments start under
 * (Polska Press, round 24); the second page, in English with other words,
 * is read alike. */
static void test_answer_counts_no_heading(void **state)
{
	(void)state;
	static const char *const pages[] = {
	    "Frytka zmienia imi\xC4\x99\n\n"
	    "Dawna skandalistka zmieni\xC5\x82" "a imi\xC4\x99 i m\xC3\xB3wi, \xC5\xBC" "e odnalaz\xC5\x82" "a spok\xC3\xB3j w wierze.\n\n"
	    "Komentarze\n\n"
	    "uszka, 16.01.12, 16:13:22\n\nWielka rado\xC5\x9B\xC4\x87 w mie\xC5\x9B" "cie.\n\nodpowiedzi (0)\n\nskomentuj\n\n"
	    "Gucio, 03.01.12, 20:38:44\n\nMaja ugryz\xC5\x82" "a mnie.\n\nodpowiedzi (2)\n\nskomentuj\n\n"
	    "maciej, 03.01.12, 20:47:07\n\nDebilem jeste\xC5\x9B.\n\nodpowiedzi (0)\n\nskomentuj\n\n"
	    "Staszek, 04.01.12, 11:57:02\n\nWal si\xC4\x99.\n\nodpowiedzi (0)\n\nskomentuj\n\n"
	    "spinka, 03.01.12, 20:26:23\n\nFuuu.\n\nodpowiedzi (1)\n\nskomentuj\n",
	    "Harbour lock reopens\n\n"
	    "The old harbour lock reopened on Saturday after three years of repairs to its gates.\n\n"
	    "Comments\n\n"
	    "Margaret Holt, 03.03.24, 11:02:10\n\nThe photos are wonderful.\n\nReplies (0)\n\nAnswer\n\n"
	    "Ellen Park, 03.03.24, 13:40:00\n\nMost were taken in 1931.\n\nReplies (2)\n\nAnswer\n\n"
	    "Tom Ortega, 04.03.24, 08:40:00\n\nI walked the towpath.\n\nReplies (0)\n\nAnswer\n\n"
	    "Ann Lee, 04.03.24, 09:00:00\n\nSo did I.\n\nReplies (0)\n\nAnswer\n\n"
	    "Bo Stone, 05.03.24, 18:12:00\n\nLovely.\n\nReplies (1)\n\nAnswer\n"};
	static const char *const firsts[][2] = {{"uszka", "Wielka rado\xC5\x9B\xC4\x87 w mie\xC5\x9B" "cie."},
	                                         {"Margaret Holt", "The photos are wonderful."}};
	for (size_t p = 0; p < 2; p++) {
		tt_thread *t = import_page(pages[p], strlen(pages[p]));
		assert_int_equal(t->ncomments, 5);
		assert_string_equal(t->order[0]->author, firsts[p][0]);
		assert_string_equal(t->order[0]->body.v[0], firsts[p][1]);
		tt_thread_free(t);
	}
}

/* Comments titled over the lines the page repeats over every header (a vote
 * row, an avatar's alt text) and under the buttons it repeats under every
 * text: the title is the comment's first paragraph; a word in brackets
 * after two thirds of the names ("(gość)", a guest's badge) is no part of
 * them (Polska Press, round 24). The second page, in English with other
 * words and lynx's link numbers, is read alike. */
static void test_titles_over_repeated_lines(void **state)
{
	(void)state;
	static const char *const shapes[][6] = {
	    {"Komentarze", "zg\xC5\x82o\xC5\x9B +%d / -%d", "Autor komentarza nie doda\xC5\x82 zdj\xC4\x99" "cia",
	     "gość", "odpowiedzi (0)", "skomentuj"},
	    {"Comments", "   [1%d]report [2%d]+5 / -1", "   No picture", "guest", "   replies (0)",
	     "   [30]answer"}};
	static const char *const names[] = {"uszka", "Gucio", "spinka", "Anabel"};
	static const char *const titles[] = {"Radość", "Pokora", "Do Mai", "Berecik"};
	static const char *const texts[] = {"Wielka radość w mieście.", "Jeśli to prawda, gratuluję.",
	                                    "Maja ugryzła mnie.", "A moherowy beret ma?"};
	for (size_t p = 0; p < 2; p++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "Frytka zmienia imię\n\nDawna skandalistka zmieniła imię i mówi, że "
		                  "odnalazła spokój w wierze, jak twierdzi.\n\n%s\n\n", shapes[p][0]);
		for (int k = 0; k < 4; k++) {
			tt_buf_printf(&b, "%s\n\n", titles[k]);
			tt_buf_printf(&b, shapes[p][1], k + 10, k + 3);
			tt_buf_printf(&b, "\n%s\n\n   %s (%s), 0%d.01.12, 20:3%d:44\n\n   %s\n\n%s\n%s\n\n",
			              shapes[p][2], names[k], shapes[p][3], k + 1, k, texts[k], shapes[p][4],
			              shapes[p][5]);
		}
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, 4);
		for (size_t k = 0; k < 4; k++) {
			assert_string_equal(t->order[k]->author, names[k]);
			if (k) { /* the first title stands under the heading, no button */
				assert_string_equal(t->order[k]->body.v[0], titles[k]);
				assert_string_equal(t->order[k]->body.v[1], texts[k]);
			}
			assert_string_equal(t->order[k]->body.v[k ? 1 : 0], texts[k]);
		}
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* Signatures under their texts told by the section's ends (ABC News' blog:
 * the text, an image's label, "Posted by: NAME | DATE" with the clock
 * written twice; the last signature with nothing under it), and a German
 * page of the same shape with another separator and one clock: each
 * signature signs the text above it, the first text is a comment. */
static void test_signatures_told_by_ends(void **state)
{
	(void)state;
	static const char *const shapes[][5] = {
	    {"User Comments", "[blog-arrow]\n\n", "Posted by: %s | January 1%d, 2012, 7:2%d am 7:2%d am",
	     "Leave a Reply", "January 11, 2012, 7:20 am 7:20 am"},
	    {"4 Kommentare", "", "Geschrieben von %s \xC2\xB7 1%d.01.2012, 07:2%d", "Kommentar schreiben",
	     "11.01.2012, 07:20"}};
	static const char *const names[] = {"Nothing new !", "Bob", "Get_Down", "A Cynic"};
	static const char *const texts[] = {
	    "And is this news? What about the price of gasoline today!",
	    "Hospitals are out of control with their prices these days.",
	    "Guys, this was a billing error and nothing more than that.",
	    "It only cost Steve Austin six millions and he got powers."};
	for (size_t p = 0; p < 2; p++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "Man Billed $44 Million\n\nA Bronx man says he nearly had an asthma "
		                  "attack after opening his mail, the paper reports.\n\n%s\n\n",
		              shapes[p][0]);
		for (int k = 0; k < 4; k++) {
			tt_buf_printf(&b, "%s\n\n%s", texts[k], shapes[p][1]);
			tt_buf_printf(&b, shapes[p][2], names[k], k + 1, k, k);
			tt_buf_printf(&b, "\n\n");
		}
		tt_buf_printf(&b, "%s\n\nName (required)\n", shapes[p][3]);
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, 4);
		for (size_t k = 0; k < 4; k++) {
			assert_string_equal(t->order[k]->author, names[k]);
			assert_int_equal(t->order[k]->depth, 0);
			assert_int_equal(t->order[k]->body.n, 1);
			assert_string_equal(t->order[k]->body.v[0], texts[k]);
		}
		assert_string_equal(t->order[0]->posted, shapes[p][4]);
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* The article's added and updated dates on one line, each after a label
 * ("Data dodania: DATE Ostatnia aktualizacja: DATE"), are no comment's
 * header; an address before a guest's badge ("niewinny84@interia.pl
 * (gość)") is the name, and a name of several lowercase words repeated
 * ("maciej w uszance") stays whole. A Polish page and an English one. */
static void test_labelled_dates_and_address_names(void **state)
{
	(void)state;
	static const char *const shapes[][3] = {
	    {"Data dodania: 2012-01-03 13:59:25 Ostatnia aktualizacja: 2012-01-03 16:23:54",
	     "Komentarze", "go\xC5\x9B\xC4\x87"},
	    {"Added: 2012-01-03 13:59:25 Last updated: 2012-01-03 16:23:54", "Comments", "guest"}};
	static const char *const names[] = {"uszka", "niewinny84@interia.pl", "maciej w uszance",
	                                    "Gucio", "maciej w uszance", "spinka",
	                                    "maciej w uszance"};
	enum { N = sizeof names / sizeof *names };
	for (size_t p = 0; p < 2; p++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "Frytka zmienia imi\xC4\x99\n\nMaja Frykowska o swoim nawr\xC3\xB3" "ceniu, "
		                  "czyli z jacuzzi w \xC5\x82" "awy zboru, opowiada dzisiaj.\n\n%s\n\nDawna skandalistka zmieni\xC5\x82" "a "
		                  "imi\xC4\x99 i m\xC3\xB3wi, \xC5\xBC" "e odnalaz\xC5\x82" "a spok\xC3\xB3j "
		                  "w wierze, jak twierdzi dzisiaj.\n\n%s\n\n",
		              shapes[p][0], shapes[p][1]);
		for (int k = 0; k < N; k++)
			tt_buf_printf(&b, "%s (%s), 0%d.01.12, 20:3%d:44\n\nTekst numer %d jest tutaj "
			                  "napisany.\n\n",
			              names[k], shapes[p][2], k + 1, k, k);
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, N);
		for (size_t k = 0; k < N; k++)
			assert_string_equal(t->order[k]->author, names[k]);
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* A flat list newest first whose answers (each newer than what it
 * answers, older than the answer before it) outnumber the comments at the
 * top, five of them in order (Polska Press' guests): the answers go under
 * their comments. A Polish page of "NAME (gość), DATE" and an English one
 * of "NAME | DATE". */
static void test_newest_first_many_answers(void **state)
{
	(void)state;
	static const char *const shapes[][2] = {{"Komentarze", "%s (go\xC5\x9B\xC4\x87), 03.01.12, %s:00"},
	                                        {"Comments", "%s | 03.01.2012 %s"}};
	static const char *const names[] = {"tomek", "ala", "ola", "jurek", "ewa", "iza",
	                                    "adam", "kasia", "piotr", "zosia", "marek"};
	static const char *const clocks[] = {"21:00", "21:30", "21:10", "20:00", "20:30", "20:10",
	                                     "19:00", "19:30", "19:10", "18:00", "17:00"};
	static const unsigned depths[] = {0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 0};
	enum { N = sizeof names / sizeof *names };
	for (size_t p = 0; p < 2; p++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "Frytka zmienia imie\n\nDawna skandalistka zmienila imie i mowi, ze "
		                  "odnalazla spokoj w wierze, jak twierdzi dzisiaj.\n\n%s\n\n",
		              shapes[p][0]);
		for (int k = 0; k < N; k++) {
			tt_buf_printf(&b, shapes[p][1], names[k], clocks[k]);
			tt_buf_printf(&b, "\n\nTekst numer %d jest tutaj napisany.\n\n", k);
		}
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, N);
		check_tree(t, N, names, depths, 1);
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* Comments each with its score over its header ("+ 1" over "NAME" over
 * "DATE | CLOCK"), then, 30 lines or more down the sidebar, a teaser of
 * the same shape with no score over it (Podrobnosti.ua's forum box): the
 * comments' template has ended, the teaser is none. A Russian page and an
 * English one. */
static void test_unscored_teaser_after_scored(void **state)
{
	(void)state;
	static const char *const shapes[][4] = {
	    {"\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8",
	     "16 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 2%d:1%d",
	     "\xD0\xA4\xD0\xBE\xD1\x80\xD1\x83\xD0\xBC", "17 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 17:57"},
	    {"Comments", "January 16, 2012 | 2%d:1%d", "Forum", "January 17, 2012 | 17:57"}};
	static const char *const names[] = {"Ant_", "shron13", "Honda", "jorgen", "KARMELUCK", "euro"};
	enum { N = sizeof names / sizeof *names };
	for (size_t p = 0; p < 2; p++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "Love and work\n\nA long article about love and work, written for "
		                  "this page and read by many people today.\n\n%s\n\n",
		              shapes[p][0]);
		for (int k = 0; k < N; k++) {
			tt_buf_printf(&b, "%c %d\n%s\n", k % 2 ? '-' : '+', k + 1, names[k]);
			tt_buf_printf(&b, shapes[p][1], 3 - k / 3, 5 - k);
			tt_buf_printf(&b, "   #   reply\nComment number %d says this.\n", k);
		}
		tt_buf_printf(&b, "[sort_down_] [sort_up_na]\n\n");
		for (int k = 0; k < 12; k++)
			tt_buf_printf(&b, "  \xE2\x80\xA2 Related story %d\n\n", k);
		tt_buf_printf(&b, "%s\n\nHistory, language, origins\n%s\nA forum post of words that "
		                  "runs on for a while.\nComments - 1392\n",
		              shapes[p][2], shapes[p][3]);
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, N);
		check_tree(t, N, names, NULL, 0);
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* A plain name over each comment's text and the date under the text, the
 * next name right under that date (HashOver's and Chefkoch's footers of
 * date and buttons): each date is the comment's above it, not the next
 * one's, and the first comment, under the heading and a form's field (no
 * name), is one. The second
 * page, German, with other buttons and a count in its heading, is read
 * alike. */
static void test_plain_names_dated_below(void **state)
{
	(void)state;
	static const char *const pages[] = {
	    "Canal notes from the north\n\nThe locks were rebuilt in 1910 and the basin was dug "
	    "out again in the spring.\n\nThree comments\n[                    ] [Post Comment]\n\nAnna Berg\n\nThe photos of the gates "
	    "are lovely. When were they taken?\n\nMarch 3, 2024 at 10:15 am Like Reply\nEllen "
	    "Park\n\nMost of them in the spring of 1987, the rest later.\n\nMarch 3, 2024 at "
	    "11:02 am Like Reply\nTomas Ortega\n\nI walked the towpath last summer and the cafe "
	    "is closed.\n\nMarch 5, 2024 at 6:12 pm Like Reply\n",
	    "Auf dem Kanal im Winter\n\nDie Schleusen wurden 1910 neu gebaut, das Becken im "
	    "Fr\xC3\xBChjahr wieder ausgehoben.\n\n3 Kommentare\n\nKlaus Meier\n\nSch\xC3\xB6ner "
	    "Bericht, danke daf\xC3\xBCr. Waren die Bilder aus dem Fr\xC3\xBChjahr?\n\n12. M\xC3\xA4rz "
	    "2024 um 10:15 | Antworten\nPetra Schulz\n\nDie meisten aus dem Jahr 1987, der Rest "
	    "sp\xC3\xA4ter.\n\n12. M\xC3\xA4rz 2024 um 11:02 | Antworten\nJonas Weber\n\nIch bin "
	    "letzten Sommer den Treidelpfad gegangen, das Caf\xC3\xA9 ist zu.\n\n14. M\xC3\xA4rz "
	    "2024 um 18:12 | Antworten\n"};
	static const char *const names[][3] = {{"Anna Berg", "Ellen Park", "Tomas Ortega"},
	                                       {"Klaus Meier", "Petra Schulz", "Jonas Weber"}};
	static const char *const times[][3] = {
	    {"March 3, 2024 at 10:15 am", "March 3, 2024 at 11:02 am", "March 5, 2024 at 6:12 pm"},
	    {"12. M\xC3\xA4rz 2024 um 10:15", "12. M\xC3\xA4rz 2024 um 11:02",
	     "14. M\xC3\xA4rz 2024 um 18:12"}};
	static const char *const first[][3] = {
	    {"The photos of the gates", "Most of them in", "I walked the towpath"},
	    {"Sch\xC3\xB6ner Bericht", "Die meisten aus", "Ich bin letzten Sommer"}};
	for (size_t p = 0; p < 2; p++) {
		tt_thread *t = import_page(pages[p], strlen(pages[p]));
		assert_int_equal(t->ncomments, 3);
		for (size_t k = 0; k < 3; k++) {
			assert_string_equal(t->order[k]->author, names[p][k]);
			assert_string_equal(t->order[k]->posted, times[p][k]);
			assert_non_null(t->order[k]->body.n);
			assert_true(strncmp(t->order[k]->body.v[0], first[p][k], strlen(first[p][k])) == 0);
			assert_null(t->order[k]->parent);
		}
		tt_thread_free(t);
	}
}

/* "by NAME | DATE" over each comment's title (lynx's number of its link
 * before it) and text, drawn as lynx does, each header right under the
 * text before it: the section's ends tell headers (nothing over the first
 * but a link, text under the last), not signatures; the joining word every
 * header repeats and the title's link number are the page's, not the
 * name's or the text's. An English page and a German one. */
static void test_joined_headers_over_titles(void **state)
{
	(void)state;
	static const char *const shapes[][4] = {
	    {"Comments(4)", "[73]Add New Comment", "   by [%d]%s | January 11, 2012 - %d:2%dam",
	     "January 11, 2012 - 1:20am"},
	    {"Kommentare (4)", "[73]Kommentar schreiben", "   von [%d]%s | 11.01.2012, 0%d:2%d",
	     "11.01.2012, 01:20"}};
	static const char *const names[] = {"tiredofitall", "henry gondorf", "worldly", "kittyanne"};
	static const char *const titles[] = {"Firsthand experience", "here we go", "Addendum",
	                                     "Bottom Line"};
	static const char *const texts[] = {
	    "Five years ago I had a heart attack and waited\n   in a hallway for a bed.",
	    "We let this go too long; the approach to care is\n   crisis management.",
	    "The system must stop kowtowing to the big drug\n   companies, I would say.",
	    "Patients should carry some of the costs, and\n   competition should be fostered."};
	for (size_t p = 0; p < 2; p++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "Health reform\n\nThe divide-and-conquer strategy has long proven to "
		                  "be highly successful in getting Ottawa past sensitive issues.\n\n%s\n\n"
		                  "   %s\n",
		              shapes[p][0], shapes[p][1]);
		for (int k = 0; k < 4; k++) {
			tt_buf_printf(&b, shapes[p][2], 74 + 2 * k, names[k], k + 1, k);
			tt_buf_printf(&b, "\n\n[%d]%s\n\n   %s\n", 75 + 2 * k, titles[k], texts[k]);
		}
		tt_buf_printf(&b, "\nLatest Videos\n");
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, 4);
		for (size_t k = 0; k < 4; k++) {
			assert_string_equal(t->order[k]->author, names[k]);
			assert_int_equal(t->order[k]->depth, 0);
			assert_true(t->order[k]->body.n >= 2);
			assert_string_equal(t->order[k]->body.v[0], titles[k]);
			assert_memory_equal(t->order[k]->body.v[1], texts[k], 20);
		}
		assert_string_equal(t->order[0]->posted, shapes[p][3]);
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* Each comment a list item, its text hanging under the bullet and signed
 * at its end by the name, a blank line, then the date (w3m's dump sets the
 * item's paragraphs apart; lynx's writes them on consecutive lines): the
 * signature closes its own item, it does not head the next. An English
 * page with w3m's bullets and an Italian one with lynx's. */
static void test_item_signed_across_blank(void **state)
{
	(void)state;
	static const char *const shapes[][4] = {
	    {"4 comments", "  \xE2\x80\xA2 ", "Add your comment | Report this comment",
	     "Monday, January 1%d, 2012"},
	    {"4 commenti", "  * ", "Rispondi | Segnala", "1%d gennaio 2012"}};
	static const char *const names[] = {"Maya Smith", "LARSON.E. WHIPSNADE", "thelaw55",
	                                    "John L Norton"};
	static const char *const texts[] = {
	    "New Year can be a very good reason for everyone who wants to start",
	    "Food chemicals are the cause of the crisis, an idea promoted by a",
	    "The drug makers take in ten billion every year with no cure at all",
	    "This really is old news, as it has been known for donkey's years"};
	for (size_t p = 0; p < 2; p++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "Diabetes study\n\nA pioneering new study has shown that eating more "
		                  "flavonoids may protect women.\n\n%s\n\n",
		              shapes[p][0]);
		for (int k = 0; k < 4; k++) {
			tt_buf_printf(&b, "%s%s\n    a healthy lifestyle, over two lines here.\n\n    %s\n\n"
			                  "    %s\n\n    ",
			              shapes[p][1], texts[k], shapes[p][2], names[k]);
			tt_buf_printf(&b, shapes[p][3], 3 + k);
			tt_buf_printf(&b, "\n\n");
		}
		tt_buf_printf(&b, "Comments\n\nWelcome, please leave your message below.\n");
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, 4);
		for (size_t k = 0; k < 4; k++) {
			assert_string_equal(t->order[k]->author, names[k]);
			assert_int_equal(t->order[k]->depth, 0);
			assert_memory_equal(t->order[k]->body.v[0], texts[k], strlen(texts[k]));
		}
		assert_string_equal(t->order[0]->time, "2012-01-13");
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* A sidebar's widget of recent comments (a comments heading over a list of
 * short items, a commenter's name and the post each) after the blog's
 * first prose, and the page's own comments under a later comments heading:
 * the later heading starts the section, and the article's byline between
 * them is no comment. lynx's drawing with signatures under the texts, and
 * w3m's of another theme with headers over them. */
static void test_recent_comments_widget(void **state)
{
	(void)state;
	static const char *const names[] = {"Catherina", "daijiyobu", "LW", "Man Called True"};
	static const char *const texts[] = {
	    "If he has liver cancer, he has already lived beyond his average life expectancy.",
	    "One compound that has not propped up in terms of a proposed treatment is here.",
	    "I went to the spider medicine website because I was curious about it.",
	    "Given that the tune in question is another one, it is best not to let on."};
	for (size_t p = 0; p < 2; p++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "Naturopaths vs. stayin' alive\n\n%sA statement of fact cannot be "
		                  "insolent. The miscellaneous ramblings of a surgeon and scientist."
		                  "\n\n%s\n\n",
		              p ? "" : "   ", p ? "Latest Comments" : "Recent Comments");
		for (int k = 3; k >= 0; k--)
			if (p)
				tt_buf_printf(&b, "  \xE2\x80\xA2 %s: %.30s...\n", names[k], texts[k]);
			else
				tt_buf_printf(&b, "     * %s on [4%d]Naturopaths vs. stayin' alive\n",
				              names[k], k);
		tt_buf_printf(&b, "\n%sThe article's paragraph tells of a singer who has gone to a "
		                  "clinic in Switzerland for a cure, and of what the clinic sells.\n\n%s"
		                  "\n\nComments\n\n",
		              p ? "" : "   ",
		              p ? "Orac | 12/01/2012 03:00"
		                : "   Posted on: January 12, 2012 3:00 AM, by [35]Orac");
		for (int k = 0; k < 4; k++)
			if (p)
				tt_buf_printf(&b, "%s | 1%d/01/2012 06:1%d\n\n%s\n\n", names[k], 2 + k, k,
				              texts[k]);
			else
				tt_buf_printf(&b, "   %d\n\n   %s\n\n   Posted by: [%d]%s | [%d]January 1%d, "
				                  "2012 6:1%d AM\n",
				              k + 1, texts[k], 50 + 2 * k, names[k], 51 + 2 * k, 2 + k, k);
		tt_buf_printf(&b, "\n%s\n\n   Name:\n   ______________________________\n",
		              p ? "Leave a Reply" : "Post a Comment");
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, 4);
		for (size_t k = 0; k < 4; k++) {
			assert_string_equal(t->order[k]->author, names[k]);
			assert_string_equal(t->order[k]->body.v[0], texts[k]);
		}
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* Signed comments dated to the minute, the reply form after them, then a
 * list of other posts' titles, each over its blog's name and a date to the
 * day: the list's dates sign no comment (they are teasers of other posts).
 * An English page with numbered items and a German one with bullets. */
static void test_day_dated_teasers_after_form(void **state)
{
	(void)state;
	static const char *const shapes[][6] = {
	    {"Comments", "Posted by: %s | January 1%d, 2012 6:1%d AM", "Post a Comment",
	     "Editor's Picks", " %d. %d %s\n\n    %s 01.1%d.2012\n\n", "Name:"},
	    {"Kommentare", "Geschrieben von: %s | 1%d.01.2012, 06:1%d", "Kommentar schreiben",
	     "Beliebte Artikel", "  \xE2\x80\xA2 %.0d%.0d%s\n\n    %s 0%d.01.2012\n\n", "Name:"}};
	static const char *const names[] = {"Catherina", "daijiyobu", "LW", "Man Called True"};
	static const char *const texts[] = {
	    "If he has liver cancer, he has already lived beyond his average life expectancy.",
	    "One compound that has not propped up in terms of a proposed treatment is here.",
	    "I went to the spider medicine website because I was curious about it.",
	    "Given that the tune in question is another one, it is best not to let on."};
	static const char *const titles[] = {"A Solution to the Clue Problem?", "iPhone Sausage Making",
	                                     "How to Read a Scientific Paper"};
	static const char *const blogs[] = {"evolutionblog", "dean's corner", "uncertain principles"};
	for (size_t p = 0; p < 2; p++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "Naturopaths\n\nThe article's paragraph tells of a singer who has gone "
		                  "to a clinic in Switzerland for a cure.\n\n%s\n\n",
		              shapes[p][0]);
		for (int k = 0; k < 4; k++) {
			tt_buf_printf(&b, "%d\n\n%s\n\n", k + 1, texts[k]);
			tt_buf_printf(&b, shapes[p][1], names[k], 2 + k, k);
			tt_buf_printf(&b, "\n\n");
		}
		tt_buf_printf(&b, "%s\n\n%s\n[                              ]\n\n[Preview] [Post]\n\n%s\n\n",
		              shapes[p][2], shapes[p][5], shapes[p][3]);
		for (int k = 0; k < 3; k++)
			tt_buf_printf(&b, shapes[p][4], k + 1, k + 1, titles[k], blogs[k], k + 1);
		tt_buf_printf(&b, "Follow us\n");
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, 4);
		for (size_t k = 0; k < 4; k++) {
			assert_string_equal(t->order[k]->author, names[k]);
			assert_string_equal(t->order[k]->body.v[t->order[k]->body.n - 1], texts[k]);
		}
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* Comments with no time anywhere, each an item of a list under a comments
 * heading: the item's first line the writer's name alone, the text hanging
 * under it. w3m's bullets under "Comments [rss]" and lynx's under
 * "Discussion", the names linked. */
static void test_named_items_without_times(void **state)
{
	(void)state;
	static const char *const shapes[][4] = {
	    {"Comments [rss]", "  \xE2\x80\xA2 %s%s\n", "    ", "blog comments powered by Disqus"},
	    {"Discussion", "     * %s%s\n", "       ", "   [34]Load more comments"}};
	static const char *const names[] = {"OleS", "lilly", "nomadnewyork", "Midnight Fapper"};
	static const char *const texts[] = {
	    "That's weird. Never felt better actually.",
	    "its been allright actually... had some good food and gonna have lots of coffee",
	    "That explains it! I'm a believer!",
	    "Today has been spectacular, just like every other day."};
	for (size_t p = 0; p < 2; p++) {
		tt_buf b = {0};
		tt_buf_printf(&b, "Sad panda\n\nFeeling sad today? The weather has an effect on your "
		                  "mood, a new study says, and more of it.\n\n%s\n\n",
		              shapes[p][0]);
		for (int k = 0; k < 4; k++) {
			char ref[8] = "";
			if (p)
				snprintf(ref, sizeof ref, "[%d]", 32 + k);
			tt_buf_printf(&b, shapes[p][1], ref, names[k]);
			tt_buf_printf(&b, "%s%s\n", shapes[p][2], texts[k]);
		}
		tt_buf_printf(&b, "\n%s\n", shapes[p][3]);
		tt_thread *t = import_page(b.data, b.len);
		assert_int_equal(t->ncomments, 4);
		for (size_t k = 0; k < 4; k++) {
			assert_string_equal(t->order[k]->author, names[k]);
			assert_null(t->order[k]->time);
			assert_string_equal(t->order[k]->body.v[0], texts[k]);
		}
		tt_thread_free(t);
		tt_buf_free(&b);
	}
}

/* Wirtualna Polska's opinions (round 25): "~NAME [DATE]" headers, two
 * vote counts drawn over each, "pokaż N ukrytych odpowiedzi" closing a
 * comment whose answers follow flat, and a news list's "dodane DATE" /
 * "aktualizacja DATE" labels before the count's heading. The second page
 * is another site's shape in English: no tilde, signed votes, lynx's link
 * numbers, "posted"/"updated" labels, "View N replies". The answers
 * answer one another by name ("@ania", "@Ben Roe"), yet stay one level
 * under the comment that counted them. */
static void test_bracketed_dates_labels_counted_answers(void **state)
{
	(void)state;
	static const char pl[] =
	    "Miasto wy\xC5\x82\xC4\x85" "czy promy o zmierzchu\n"
	    "\n"
	    "Od pa\xC5\xBA" "dziernika miasto wy\xC5\x82\xC4\x85" "czy promy o zmierzchu, \xC5\xBC" "eby oszcz\xC4\x99" "dzi\xC4\x87 dwa miliony z\xC5\x82otych rocznie na za\xC5\x82ogach i paliwie.\n"
	    "\n"
	    "Przeczytaj te\xC5\xBC\n"
	    "\n"
	    "Nowy most otwarty dla pieszych\n"
	    "\n"
	    "dodane 2012-01-02 (14:23)\n"
	    "\n"
	    "Tramwaje pojad\xC4\x85 noc\xC4\x85\n"
	    "\n"
	    "aktualizacja 2012-01-01 (10:27)\n"
	    "\n"
	    "Autobusy z nowym rozk\xC5\x82" "adem\n"
	    "\n"
	    "dodane 2011-12-30 (09:15)\n"
	    "\n"
	    "Opinie (14)\n"
	    "\n"
	    "ostatnio aktywne | najnowsze | najstarsze\n"
	    "0\n"
	    "2\n"
	    "~olek [2012-01-01 01:08]\n"
	    "\n"
	    "Ostatni prom o czwartej to za wcze\xC5\x9Bnie dla pracuj\xC4\x85" "cych.\n"
	    "\n"
	    "odpowiedz\n"
	    "\n"
	    "poka\xC5\xBC 2 ukryte odpowiedzi\n"
	    "\n"
	    "1\n"
	    "0\n"
	    "~ania [2012-01-01 02:10]\n"
	    "\n"
	    "@olek ^ Autobusy je\xC5\xBC" "d\xC5\xBC\xC4\x85 do p\xC3\xB3\xC5\x82nocy.\n"
	    "\n"
	    "odpowiedz\n"
	    "\n"
	    "0\n"
	    "0\n"
	    "~Bartek [2012-01-01 03:15]\n"
	    "\n"
	    "@ania ^ Ale nie nad rzek\xC4\x85.\n"
	    "\n"
	    "odpowiedz\n"
	    "\n"
	    "4\n"
	    "1\n"
	    "~idzi [2011-12-31 20:31]\n"
	    "\n"
	    "Dwa miliony to cena jednego silnika.\n"
	    "\n"
	    "odpowiedz\n"
	    "\n"
	    "poka\xC5\xBC 1 ukryt\xC4\x85 odpowied\xC5\xBA\n"
	    "\n"
	    "0\n"
	    "0\n"
	    "~ewa [2011-12-31 21:40]\n"
	    "\n"
	    "@idzi ^ Silnik starczy na lata.\n"
	    "\n"
	    "odpowiedz\n"
	    "\n"
	    "2\n"
	    "0\n"
	    "~Kuba [2011-12-31 19:02]\n"
	    "\n"
	    "Promy i tak p\xC5\x82ywaj\xC4\x85 puste.\n"
	    "\n"
	    "odpowiedz\n";
	static const char en[] =
	    "Harbour ferries to stop at dusk\n"
	    "\n"
	    "   The city will stop its harbour ferries at dusk from October, to save two million a year on crews and fuel.\n"
	    "\n"
	    "   More news\n"
	    "\n"
	    "   New footbridge opens to walkers\n"
	    "\n"
	    "   added 2 Jan 2020 14:23\n"
	    "\n"
	    "   Night trams start in March\n"
	    "\n"
	    "   revised 1 Jan 2020 10:27\n"
	    "\n"
	    "   Buses get a new timetable\n"
	    "\n"
	    "   added 30 Dec 2019 09:15\n"
	    "\n"
	    "   Readers' comments (12)\n"
	    "\n"
	    "   +3\n"
	    "   -1\n"
	    "   Ann Lee [1 Jan 2020 01:08]\n"
	    "\n"
	    "   The last ferry at four is too early for anyone who works.\n"
	    "\n"
	    "   [31]Reply\n"
	    "\n"
	    "   [32]View 2 replies\n"
	    "\n"
	    "   +1\n"
	    "   -0\n"
	    "   Ben Roe [1 Jan 2020 02:10]\n"
	    "\n"
	    "   @Ann Lee The buses run until midnight, though.\n"
	    "\n"
	    "   [33]Reply\n"
	    "\n"
	    "   +0\n"
	    "   -0\n"
	    "   Cal [1 Jan 2020 03:15]\n"
	    "\n"
	    "   @Ben Roe Not along the river.\n"
	    "\n"
	    "   [34]Reply\n"
	    "\n"
	    "   +4\n"
	    "   -1\n"
	    "   idzi [31 Dec 2019 20:31]\n"
	    "\n"
	    "   Two million is the price of one new engine.\n"
	    "\n"
	    "   [35]Reply\n"
	    "\n"
	    "   [36]View 1 reply\n"
	    "\n"
	    "   +0\n"
	    "   -2\n"
	    "   Dora [31 Dec 2019 21:40]\n"
	    "\n"
	    "   @idzi An engine lasts for years.\n"
	    "\n"
	    "   [37]Reply\n";
	static const char *const pl_authors[] = {"olek", "ania", "Bartek", "idzi", "ewa", "Kuba"};
	static const unsigned pl_depths[] = {0, 1, 1, 0, 1, 0};
	static const char *const pl_first[] = {
	    "Ostatni prom o czwartej to za wcze\xC5\x9Bnie dla pracuj\xC4\x85" "cych.",
	    "@olek ^ Autobusy je\xC5\xBC" "d\xC5\xBC\xC4\x85 do p\xC3\xB3\xC5\x82nocy.",
	    "@ania ^ Ale nie nad rzek\xC4\x85.", "Dwa miliony to cena jednego silnika.",
	    "@idzi ^ Silnik starczy na lata.", "Promy i tak p\xC5\x82ywaj\xC4\x85 puste."};
	static const char *const en_authors[] = {"Ann Lee", "Ben Roe", "Cal", "idzi", "Dora"};
	static const unsigned en_depths[] = {0, 1, 1, 0, 1};
	static const char *const en_first[] = {
	    "The last ferry at four is too early for anyone who works.",
	    "@Ann Lee The buses run until midnight, though.", "@Ben Roe Not along the river.",
	    "Two million is the price of one new engine.", "@idzi An engine lasts for years."};
	tt_thread *t = import_page(pl, strlen(pl));
	assert_int_equal(t->ncomments, 6);
	check_tree(t, 6, pl_authors, pl_depths, 0);
	check_first_words(t, 6, pl_first);
	for (size_t i = 0; i < 6; i++) /* no vote, no count, no reply button */
		assert_int_equal(t->order[i]->body.n, 1);
	assert_string_equal(t->order[0]->posted, "2012-01-01 01:08");
	assert_string_equal(t->order[0]->time, "2012-01-01T01:08");
	assert_string_equal(t->order[3]->time, "2011-12-31T20:31");
	tt_thread_free(t);
	t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, en_authors, en_depths, 0);
	check_first_words(t, 5, en_first);
	for (size_t i = 0; i < 5; i++)
		assert_int_equal(t->order[i]->body.n, 1);
	assert_string_equal(t->order[0]->time, "2020-01-01T01:08");
	assert_string_equal(t->order[4]->time, "2019-12-31T21:40");
	tt_thread_free(t);
}

/* Glavred's comments (round 25): a vote box ("Не согласен", the count,
 * "Согласен") between the header and the text, with no blank line
 * before the text; w3m draws the box's empty first row as a blank line
 * under the header, lynx a button's link number alone ("[50]") and the
 * count with its link number ("0 [51]"). The box is the header's, not
 * the text's first paragraph. The second page is another site's shape in
 * English ("Thumbs down", "2 [40]", "Thumbs up" under "NAME - DATE"). */
static void test_vote_box_over_text(void **state)
{
	(void)state;
	static const char ru_w3m[] =
	    "\xD0\x9F\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC \xD0\xB4\xD0\xBE \xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD1\x82\xD0\xB0\n"
	    "\n"
	    "\xD0\x93\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4 \xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x82 \xD0\xB2\xD0\xB5\xD1\x87\xD0\xB5\xD1\x80\xD0\xBD\xD0\xB8\xD0\xB5 \xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC\xD1\x8B \xD1\x81 \xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F, \xD1\x87\xD1\x82\xD0\xBE\xD0\xB1\xD1\x8B \xD1\x81\xD1\x8D\xD0\xBA\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB8\xD1\x82\xD1\x8C \xD0\xB4\xD0\xB2\xD0\xB0 \xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB0 \xD0\xB2 \xD0\xB3\xD0\xBE\xD0\xB4 \xD0\xBD\xD0\xB0 \xD1\x8D\xD0\xBA\xD0\xB8\xD0\xBF\xD0\xB0\xD0\xB6\xD0\xB0\xD1\x85 \xD0\xB8 \xD1\x82\xD0\xBE\xD0\xBF\xD0\xBB\xD0\xB8\xD0\xB2\xD0\xB5.\n"
	    "\n"
	    "12 \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB5\xD0\xB2\n"
	    "\n"
	    "  \xE2\x80\xA2 \xD0\x9E\xD0\xBB\xD1\x8C\xD0\xB3\xD0\xB0 20 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F, 15:49\n"
	    "     \n"
	    "    \xD0\x9D\xD0\xB5 \xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "    0  \n"
	    "    \xD0\xA1\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "    \xD0\x9F\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBD\xD0\xB8\xD0\xB9 \xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC \xD0\xB2 \xD1\x87\xD0\xB5\xD1\x82\xD1\x8B\xD1\x80\xD0\xB5 \xD1\x81\xD0\xBB\xD0\xB8\xD1\x88\xD0\xBA\xD0\xBE\xD0\xBC \xD1\x80\xD0\xB0\xD0\xBD\xD0\xBE \xD0\xB4\xD0\xBB\xD1\x8F \xD1\x80\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x82\xD0\xB0\xD1\x8E\xD1\x89\xD0\xB8\xD1\x85.\n"
	    "    \xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C \xD1\x86\xD0\xB8\xD1\x82\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C  \n"
	    "    \xD0\x9F\xD0\xBE\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F \xD0\xBD\xD0\xB0 \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9\n"
	    "  \xE2\x80\xA2 \xD0\x9C\xD0\xB8\xD1\x80\xD0\xBE\xD0\xBD 19 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F, 12:31\n"
	    "     \n"
	    "    \xD0\x9D\xD0\xB5 \xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "    3  \n"
	    "    \xD0\xA1\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "    \xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD0\xB1\xD1\x83\xD1\x81\xD1\x8B \xD1\x85\xD0\xBE\xD0\xB4\xD1\x8F\xD1\x82 \xD0\xB4\xD0\xBE \xD0\xBF\xD0\xBE\xD0\xBB\xD1\x83\xD0\xBD\xD0\xBE\xD1\x87\xD0\xB8.\n"
	    "    \xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C \xD1\x86\xD0\xB8\xD1\x82\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C  \n"
	    "    \xD0\x9F\xD0\xBE\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F \xD0\xBD\xD0\xB0 \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9\n"
	    "  \xE2\x80\xA2 \xD0\xB4\xD0\xB5\xD0\xBD\xD1\x8C 6 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F, 14:15\n"
	    "     \n"
	    "    \xD0\x9D\xD0\xB5 \xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "    1  \n"
	    "    \xD0\xA1\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "    \xD0\x94\xD0\xB2\xD0\xB0 \xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB0 \xD1\x81\xD1\x82\xD0\xBE\xD0\xB8\xD1\x82 \xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBD \xD0\xBD\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9 \xD0\xB4\xD0\xB2\xD0\xB8\xD0\xB3\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C.\n"
	    "    \xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C \xD1\x86\xD0\xB8\xD1\x82\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C  \n"
	    "    \xD0\x9F\xD0\xBE\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F \xD0\xBD\xD0\xB0 \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9\n";
	static const char ru_lynx[] =
	    "\xD0\x9F\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC \xD0\xB4\xD0\xBE \xD0\xB7\xD0\xB0\xD0\xBA\xD0\xB0\xD1\x82\xD0\xB0\n"
	    "\n"
	    "   \xD0\x93\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4 \xD0\xBE\xD1\x82\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB8\xD1\x82 \xD0\xB2\xD0\xB5\xD1\x87\xD0\xB5\xD1\x80\xD0\xBD\xD0\xB8\xD0\xB5 \xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC\xD1\x8B \xD1\x81 \xD0\xBE\xD0\xBA\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F, \xD1\x87\xD1\x82\xD0\xBE\xD0\xB1\xD1\x8B \xD1\x81\xD1\x8D\xD0\xBA\xD0\xBE\xD0\xBD\xD0\xBE\xD0\xBC\xD0\xB8\xD1\x82\xD1\x8C \xD0\xB4\xD0\xB2\xD0\xB0 \xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB0 \xD0\xB2 \xD0\xB3\xD0\xBE\xD0\xB4 \xD0\xBD\xD0\xB0\n"
	    "   \xD1\x8D\xD0\xBA\xD0\xB8\xD0\xBF\xD0\xB0\xD0\xB6\xD0\xB0\xD1\x85 \xD0\xB8 \xD1\x82\xD0\xBE\xD0\xBF\xD0\xBB\xD0\xB8\xD0\xB2\xD0\xB5.\n"
	    "\n"
	    "   12 \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB5\xD0\xB2\n"
	    "     * \xD0\x9E\xD0\xBB\xD1\x8C\xD0\xB3\xD0\xB0 20 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F, 15:49\n"
	    "       [50]\n"
	    "       \xD0\x9D\xD0\xB5 \xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "       0 [51]\n"
	    "       \xD0\xA1\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "       \xD0\x9F\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBD\xD0\xB8\xD0\xB9 \xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC \xD0\xB2 \xD1\x87\xD0\xB5\xD1\x82\xD1\x8B\xD1\x80\xD0\xB5 \xD1\x81\xD0\xBB\xD0\xB8\xD1\x88\xD0\xBA\xD0\xBE\xD0\xBC \xD1\x80\xD0\xB0\xD0\xBD\xD0\xBE \xD0\xB4\xD0\xBB\xD1\x8F \xD1\x80\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x82\xD0\xB0\xD1\x8E\xD1\x89\xD0\xB8\xD1\x85.\n"
	    "       [52]\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C [53]\xD1\x86\xD0\xB8\xD1\x82\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C [54]\n"
	    "       \xD0\x9F\xD0\xBE\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F \xD0\xBD\xD0\xB0 \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9\n"
	    "     * \xD0\x9C\xD0\xB8\xD1\x80\xD0\xBE\xD0\xBD 19 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F, 12:31\n"
	    "       [55]\n"
	    "       \xD0\x9D\xD0\xB5 \xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "       3 [56]\n"
	    "       \xD0\xA1\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "       \xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD0\xB1\xD1\x83\xD1\x81\xD1\x8B \xD1\x85\xD0\xBE\xD0\xB4\xD1\x8F\xD1\x82 \xD0\xB4\xD0\xBE \xD0\xBF\xD0\xBE\xD0\xBB\xD1\x83\xD0\xBD\xD0\xBE\xD1\x87\xD0\xB8.\n"
	    "       [57]\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C [58]\xD1\x86\xD0\xB8\xD1\x82\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C [59]\n"
	    "       \xD0\x9F\xD0\xBE\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F \xD0\xBD\xD0\xB0 \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9\n"
	    "     * \xD0\xB4\xD0\xB5\xD0\xBD\xD1\x8C 6 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F, 14:15\n"
	    "       [60]\n"
	    "       \xD0\x9D\xD0\xB5 \xD1\x81\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "       1 [61]\n"
	    "       \xD0\xA1\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81\xD0\xB5\xD0\xBD\n"
	    "       \xD0\x94\xD0\xB2\xD0\xB0 \xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB0 \xD1\x81\xD1\x82\xD0\xBE\xD0\xB8\xD1\x82 \xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBD \xD0\xBD\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9 \xD0\xB4\xD0\xB2\xD0\xB8\xD0\xB3\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C.\n"
	    "       [62]\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82\xD0\xB8\xD1\x82\xD1\x8C [63]\xD1\x86\xD0\xB8\xD1\x82\xD0\xB8\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C [64]\n"
	    "       \xD0\x9F\xD0\xBE\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F \xD0\xBD\xD0\xB0 \xD0\xBA\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9\n";
	static const char en[] =
	    "Harbour ferries to stop at dusk\n"
	    "\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a year on crews and fuel.\n"
	    "\n"
	    "Comments (3)\n"
	    "\n"
	    "Ann Lee - 2 March 2020, 16:39\n"
	    "\n"
	    "Thumbs down\n"
	    "2 [40]\n"
	    "Thumbs up\n"
	    "The last ferry at four is too early for anyone who works.\n"
	    "[41]Reply\n"
	    "\n"
	    "Ben Roe - 3 March 2020, 19:02\n"
	    "\n"
	    "Thumbs down\n"
	    "0 [42]\n"
	    "Thumbs up\n"
	    "The buses run until midnight, though.\n"
	    "[43]Reply\n"
	    "\n"
	    "Cal - 4 March 2020, 15:14\n"
	    "\n"
	    "Thumbs down\n"
	    "5 [44]\n"
	    "Thumbs up\n"
	    "Two million is the price of one new engine.\n"
	    "[45]Reply\n";
	static const char *const ru_authors[] = {"\xD0\x9E\xD0\xBB\xD1\x8C\xD0\xB3\xD0\xB0", "\xD0\x9C\xD0\xB8\xD1\x80\xD0\xBE\xD0\xBD", "\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x8C"};
	static const char *const ru_first[] = {
	    "\xD0\x9F\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBD\xD0\xB8\xD0\xB9 \xD0\xBF\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC \xD0\xB2 \xD1\x87\xD0\xB5\xD1\x82\xD1\x8B\xD1\x80\xD0\xB5 \xD1\x81\xD0\xBB\xD0\xB8\xD1\x88\xD0\xBA\xD0\xBE\xD0\xBC \xD1\x80\xD0\xB0\xD0\xBD\xD0\xBE \xD0\xB4\xD0\xBB\xD1\x8F \xD1\x80\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x82\xD0\xB0\xD1\x8E\xD1\x89\xD0\xB8\xD1\x85.",
	    "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD0\xB1\xD1\x83\xD1\x81\xD1\x8B \xD1\x85\xD0\xBE\xD0\xB4\xD1\x8F\xD1\x82 \xD0\xB4\xD0\xBE \xD0\xBF\xD0\xBE\xD0\xBB\xD1\x83\xD0\xBD\xD0\xBE\xD1\x87\xD0\xB8.",
	    "\xD0\x94\xD0\xB2\xD0\xB0 \xD0\xBC\xD0\xB8\xD0\xBB\xD0\xBB\xD0\xB8\xD0\xBE\xD0\xBD\xD0\xB0 \xD1\x81\xD1\x82\xD0\xBE\xD0\xB8\xD1\x82 \xD0\xBE\xD0\xB4\xD0\xB8\xD0\xBD \xD0\xBD\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9 \xD0\xB4\xD0\xB2\xD0\xB8\xD0\xB3\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C."};
	static const char *const en_authors[] = {"Ann Lee", "Ben Roe", "Cal"};
	static const char *const en_first[] = {
	    "The last ferry at four is too early for anyone who works.",
	    "The buses run until midnight, though.", "Two million is the price of one new engine."};
	for (int k = 0; k < 3; k++) {
		const char *text = k == 0 ? ru_w3m : k == 1 ? ru_lynx : en;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, k < 2 ? ru_authors : en_authors, NULL, 0);
		check_first_words(t, 3, k < 2 ? ru_first : en_first);
		if (k < 2) /* no year: the date as written, no time */
			assert_string_equal(t->order[1]->posted, "19 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F, 12:31");
		else
			assert_string_equal(t->order[1]->time, "2020-03-03T19:02");
		tt_thread_free(t);
	}
}

/* developers.pub's comments (round 25): an avatar's name over the name,
 * a member's title and a relative time between bars ("客栈小K" over
 * "客栈小K | 扫地 | 6天前"): the date ends the line, so the header is dated
 * (name_over_named_date asked before name_over_own_name, which took the
 * digit in "6天前" for a score and kept no time). The second page is in
 * English, a moderator's badge and English ages. */
static void test_name_over_name_badge_age(void **state)
{
	(void)state;
	static const char zh[] =
	    "\xE6\xA0\x87\xE9\xA2\x98\n"
	    "\n"
	    "\xE8\xBF\x99\xE6\x98\xAF\xE4\xB8\x80\xE7\xAF\x87\xE5\xBE\x88\xE9\x95\xBF\xE7\x9A\x84\xE6\x96\x87\xE7\xAB\xA0\xEF\xBC\x8C\xE8\xAE\xB2\xE7\x9A\x84\xE6\x98\xAF\xE7\xAE\x80\xE5\x8E\x86\xE4\xB8\x8B\xE8\xBD\xBD\xE7\x9A\x84\xE9\x97\xAE\xE9\xA2\x98\xEF\xBC\x8C\xE6\x9C\x8D\xE5\x8A\xA1\xE5\x99\xA8\xE5\x87\xBA\xE7\x8E\xB0\xE9\x97\xAE\xE9\xA2\x98\xE4\xBA\x86\xE3\x80\x82\xE8\xBF\x99\xE6\x98\xAF\xE7\xAC\xAC\xE4\xBA\x8C\xE5\x8F\xA5\xE8\xAF\x9D\xE3\x80\x82\n"
	    "\n"
	    "\xE5\xBC\xA0\xE4\xB8\x89\n"
	    "\xE5\xBC\xA0\xE4\xB8\x89 | 6\xE5\xA4\xA9\xE5\x89\x8D\n"
	    "\n"
	    "\xE5\xB7\xB2\xE4\xBC\x98\xE5\x8C\x96\xE4\xB8\x8B\xE8\xBD\xBD\xE4\xBD\x93\xE9\xAA\x8C\n"
	    "\n"
	    "\xE6\x9D\x8E\xE5\x9B\x9B\n"
	    "\xE6\x9D\x8E\xE5\x9B\x9B | 1\xE5\x91\xA8\xE5\x89\x8D\n"
	    "\n"
	    "\xE7\x8E\xB0\xE5\x9C\xA8\xE7\xA1\xAE\xE5\xAE\x9E\xE5\x8F\xAF\xE4\xBB\xA5\xE4\xBA\x86\xE6\x84\x9F\xE8\xB0\xA2\n"
	    "\n"
	    "\xE7\x8E\x8B\xE4\xBA\x94\n"
	    "\xE7\x8E\x8B\xE4\xBA\x94 | \xE6\x89\xAB\xE5\x9C\xB0 | 2\xE5\xA4\xA9\xE5\x89\x8D\n"
	    "\n"
	    "\xE5\xA5\xBD\xE7\x9A\x84\n";
	static const char en[] =
	    "Harbour ferries to stop at dusk\n"
	    "\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a year on crews and fuel.\n"
	    "\n"
	    "Ann Lee\n"
	    "Ann Lee | Moderator | 3 days ago\n"
	    "\n"
	    "The last ferry at four is too early for anyone who works.\n"
	    "\n"
	    "Ben\n"
	    "Ben | 2 weeks ago\n"
	    "\n"
	    "The buses run until midnight, though.\n"
	    "\n"
	    "Cal\n"
	    "Cal | Member | 2 weeks ago\n"
	    "\n"
	    "Two million is the price of one new engine.\n";
	static const char *const zh_authors[] = {"\xE5\xBC\xA0\xE4\xB8\x89", "\xE6\x9D\x8E\xE5\x9B\x9B", "\xE7\x8E\x8B\xE4\xBA\x94"};
	static const char *const zh_posted[] = {"6\xE5\xA4\xA9\xE5\x89\x8D", "1\xE5\x91\xA8\xE5\x89\x8D", "2\xE5\xA4\xA9\xE5\x89\x8D"};
	static const char *const en_authors[] = {"Ann Lee", "Ben", "Cal"};
	static const char *const en_posted[] = {"3 days ago", "2 weeks ago", "2 weeks ago"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? en : zh;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, k ? en_authors : zh_authors, NULL, 1);
		for (size_t i = 0; i < 3; i++)
			assert_string_equal(t->order[i]->posted, (k ? en_posted : zh_posted)[i]);
		tt_thread_free(t);
	}
}

/* wnp.pl's article (round 25) shows its latest comment as a teaser under
 * the article's tab "Komentarze (10)", the text over "NAME, DATE"; the
 * comments' box under "KOMENTARZE (10)" opens with the same comment. A
 * comment drawn twice, above a later heading stating a count and first
 * under it, is a teaser the first time: the section starts at the later
 * heading, and the article between stays the article's (a German page of
 * the shape, "NAME am DATE" signing the teaser, lost the article's
 * paragraphs to it and gave the comment twice). The Polish page is read
 * so with or without the rule. */
static void test_teaser_above_later_heading(void **state)
{
	(void)state;
	static const char de[] =
	    "F\xC3\xA4hren fahren nur noch bis zur D\xC3\xA4mmerung\n"
	    "\n"
	    "Artikel | Kommentare (3)\n"
	    "Von Hans Maier, 05.01.2012\n"
	    "Die Stadt stellt die Hafenf\xC3\xA4hren ab Oktober bei Einbruch der Dunkelheit ein, um zwei Millionen im Jahr zu sparen.\n"
	    "\n"
	    "Die letzte F\xC3\xA4hre um vier ist f\xC3\xBCr Berufst\xC3\xA4tige zu fr\xC3\xBCh.\n"
	    "Anna Lee am 07.01.2012 um 07:00\n"
	    "\n"
	    "Der Hafen sagt, nach Einbruch der Dunkelheit f\xC3\xBChren kaum Fahrg\xC3\xA4ste mit, und die Besatzungen kosteten immer mehr.\n"
	    "\n"
	    "Leserkommentare (3)\n"
	    "\n"
	    "Anna Lee am 07.01.2012 um 07:00\n"
	    "Die letzte F\xC3\xA4hre um vier ist f\xC3\xBCr Berufst\xC3\xA4tige zu fr\xC3\xBCh.\n"
	    "\n"
	    "Ben Roe am 06.01.2012 um 16:35\n"
	    "Die Busse fahren doch bis Mitternacht.\n"
	    "\n"
	    "Carl Wei\xC3\x9F am 05.01.2012 um 12:51\n"
	    "Zwei Millionen kostet ein neuer Motor.\n";
	static const char pl[] =
	    "Promy przestan\xC4\x85 p\xC5\x82ywa\xC4\x87 o zmierzchu\n"
	    "\n"
	    "Artyku\xC5\x82 Komentarze (3)\n"
	    "Autor: Jan Kowalski | 05-01-2012 12:29\n"
	    "Miasto wy\xC5\x82\xC4\x85" "czy promy o zmierzchu od pa\xC5\xBA" "dziernika, \xC5\xBC" "eby oszcz\xC4\x99" "dzi\xC4\x87 dwa miliony z\xC5\x82otych rocznie.\n"
	    "\n"
	    "Ostatni prom w czwartek odp\xC5\x82ynie jak zwykle, potem rozk\xC5\x82" "ad si\xC4\x99 zmieni na ca\xC5\x82y rok.\n"
	    "\n"
	    "Ostatni prom o czwartej to za wcze\xC5\x9Bnie dla pracuj\xC4\x85" "cych (...)\n"
	    "ola, 07.01.2012 07:00\n"
	    "\n"
	    "Zarz\xC4\x85" "d portu m\xC3\xB3wi, \xC5\xBC" "e pasa\xC5\xBC" "er\xC3\xB3w po zmroku jest niewielu, a za\xC5\x82ogi kosztuj\xC4\x85 coraz wi\xC4\x99" "cej.\n"
	    "Radni chc\xC4\x85 jeszcze raz policzy\xC4\x87 koszty i wr\xC3\xB3" "ci\xC4\x87 do sprawy wiosn\xC4\x85, gdy b\xC4\x99" "d\xC4\x85 nowe dane.\n"
	    "\n"
	    " KOMENTARZE (3)\n"
	    "ola\n"
	    "07.01.2012 07:00\n"
	    "\n"
	    "Ostatni prom o czwartej to za wcze\xC5\x9Bnie dla pracuj\xC4\x85" "cych (...)\n"
	    "\n"
	    "bartek\n"
	    "06.01.2012 16:35\n"
	    "\n"
	    "Autobusy je\xC5\xBC" "d\xC5\xBC\xC4\x85 do p\xC3\xB3\xC5\x82nocy, wi\xC4\x99" "c da si\xC4\x99 wr\xC3\xB3" "ci\xC4\x87 (...)\n"
	    "\n"
	    "ewa\n"
	    "05.01.2012 12:51\n"
	    "\n"
	    "Dwa miliony to cena jednego silnika (...)\n";
	static const char *const de_authors[] = {"Anna Lee", "Ben Roe", "Carl Wei\xC3\x9F"};
	static const char *const pl_authors[] = {"ola", "bartek", "ewa"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? pl : de;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, k ? pl_authors : de_authors, NULL, 1);
		assert_string_equal(t->order[0]->time, "2012-01-07T07:00");
		const tt_strv *b = &t->article.body;
		assert_true(b->n >= 2);
		assert_non_null(strstr(b->v[b->n - 1], k ? "Radni chc" : "Der Hafen sagt"));
		tt_thread_free(t);
	}
}

/* A guest's tilde run into a word before a bracketed date makes the word
 * a name, though it is one letter ("~s") or closes in a dot ("~D.M.",
 * "~K."), which no name alone may (round 25's Wirtualna Polska); the
 * second page is an English guestbook as lynx draws it. */
static void test_tilde_marks_short_names(void **state)
{
	(void)state;
	static const char pl[] =
	    "Promy przestan\xC4\x85 p\xC5\x82ywa\xC4\x87 o zmierzchu\n"
	    "\n"
	    "Miasto wy\xC5\x82\xC4\x85" "czy promy o zmierzchu od pa\xC5\xBA" "dziernika, \xC5\xBC" "eby oszcz\xC4\x99" "dzi\xC4\x87 dwa miliony z\xC5\x82otych rocznie.\n"
	    "\n"
	    "Opinie (3)\n"
	    "\n"
	    "~s [2011-12-31 21:58]\n"
	    "\n"
	    "Ostatni prom o czwartej to za wcze\xC5\x9Bnie.\n"
	    "\n"
	    "odpowiedz\n"
	    "\n"
	    "~D.M. [2011-12-31 20:30]\n"
	    "\n"
	    "Autobusy je\xC5\xBC" "d\xC5\xBC\xC4\x85 do p\xC3\xB3\xC5\x82nocy.\n"
	    "\n"
	    "odpowiedz\n"
	    "\n"
	    "~ola [2011-12-31 19:02]\n"
	    "\n"
	    "Dwa miliony to cena silnika.\n"
	    "\n"
	    "odpowiedz\n";
	static const char en[] =
	    "Harbour ferries to stop at dusk\n"
	    "\n"
	    "   The city will stop its harbour ferries at dusk from October, to save two million a year.\n"
	    "\n"
	    "   Guestbook (3)\n"
	    "\n"
	    "   ~K. [2 Jan 2020 14:23]\n"
	    "\n"
	    "   The last ferry at four is too early for anyone who works.\n"
	    "\n"
	    "   ~j_b-2 [1 Jan 2020 10:27]\n"
	    "\n"
	    "   The buses run until midnight, though.\n"
	    "\n"
	    "   ~Ann [30 Dec 2019 09:15]\n"
	    "\n"
	    "   Two million is the price of one new engine.\n";
	static const char *const pl_authors[] = {"s", "D.M.", "ola"};
	static const char *const en_authors[] = {"K.", "j_b-2", "Ann"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? en : pl;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, k ? en_authors : pl_authors, NULL, 1);
		assert_string_equal(t->order[1]->time, k ? "2020-01-01T10:27" : "2011-12-31T20:30");
		tt_thread_free(t);
	}
}

/* wnp.pl's comments in lynx's dump (round 25): each text an excerpt
 * linking to the comment's page, so every text opens with lynx's link
 * number ("[192]Toś ..."); the number is lynx's mark, no word of the
 * writer's. The second page is an English forum box of another shape,
 * one-line "NAME - DATE" headers. */
static void test_link_numbers_opening_texts(void **state)
{
	(void)state;
	static const char pl[] =
	    "Promy przestan\xC4\x85 p\xC5\x82ywa\xC4\x87 o zmierzchu\n"
	    "\n"
	    "   Miasto wy\xC5\x82\xC4\x85" "czy promy o zmierzchu od pa\xC5\xBA" "dziernika, \xC5\xBC" "eby oszcz\xC4\x99" "dzi\xC4\x87 dwa miliony z\xC5\x82otych\n"
	    "   rocznie na za\xC5\x82ogach i paliwie.\n"
	    "\n"
	    "    KOMENTARZE (3)\n"
	    "   ola\n"
	    "   07.01.2012 07:00\n"
	    "\n"
	    "   [12]Ostatni prom o czwartej to za wcze\xC5\x9Bnie dla pracuj\xC4\x85" "cych (...)\n"
	    "   bartek\n"
	    "   06.01.2012 16:35\n"
	    "\n"
	    "   [13]Autobusy je\xC5\xBC" "d\xC5\xBC\xC4\x85 do p\xC3\xB3\xC5\x82nocy, wi\xC4\x99" "c da si\xC4\x99 wr\xC3\xB3" "ci\xC4\x87 (...)\n"
	    "   ewa\n"
	    "   05.01.2012 12:51\n"
	    "\n"
	    "   [14]Dwa miliony to cena jednego silnika (...)\n"
	    "   [15]zobacz wszystkie komentarze (3) \xC2\xBB\n";
	static const char en[] =
	    "Harbour ferries to stop at dusk\n"
	    "\n"
	    "   The city will stop its harbour ferries at dusk from October, to save two million a year\n"
	    "   on crews and fuel.\n"
	    "\n"
	    "   Latest from the forum (3)\n"
	    "\n"
	    "   Ann Lee - 2 March 2020, 16:39\n"
	    "   [31]The last ferry at four is too early for anyone who works...\n"
	    "\n"
	    "   Ben Roe - 3 March 2020, 19:02\n"
	    "   [32]The buses run until midnight, though...\n"
	    "\n"
	    "   Cal - 4 March 2020, 15:14\n"
	    "   [33]Two million is the price of one new engine...\n";
	static const char *const pl_first[] = {"Ostatni prom", "Autobusy je",
	                                       "Dwa miliony"};
	static const char *const en_first[] = {"The last ferry", "The buses", "Two million"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? en : pl;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		for (size_t i = 0; i < 3; i++) {
			const char *w = (k ? en_first : pl_first)[i];
			assert_true(strncmp(t->order[i]->body.v[0], w, strlen(w)) == 0);
		}
		tt_thread_free(t);
	}
}

/* The Daily Telegraph's comments (round 26): "• Mel of Sydney Posted at
 * 7:17 AM Today", a bullet's one-line header whose time is a clock and the
 * day it was on, with the template's label ("Posted at") between the name
 * and the time. A clock with a day word, either first, is a time ("10:15
 * wczoraj"); a capitalised word after three names or more before it is
 * the template's, no name's. The second page is Polish, the day after the
 * clock with no label of two words ("Napisał"). Without the rules neither
 * page finds its comments. */
static void test_round26_dumps_b_clock_and_day(void **state)
{
	(void)state;
	static const char en[] =
	    "Students complain about the state of the toilets\n\n"
	    "The university says it will fix the toilets of the main building by the end of the term.\n\n"
	    "Comments on this story\n\n"
	    "  \xE2\x80\xA2 Mel of Sydney Posted at 7:17 AM Today\n\n\n"
	    "        I go to the university and the toilets are terrible!\n\n"
	    "  \xE2\x80\xA2 Scruffy of Canberra Posted at 7:12 AM Today\n\n\n"
	    "        And the clinic is no better.\n\n"
	    "  \xE2\x80\xA2 Jeremy Posted at 7:01 AM Yesterday\n\n\n"
	    "        We have the same problem at our university.\n\n"
	    "Add your comment on this story\n";
	static const char pl[] =
	    "Promy przestan\xC4\x85 p\xC5\x82ywa\xC4\x87 o zmierzchu\n\n"
	    "Miasto wy\xC5\x82\xC4\x85" "czy promy o zmierzchu od pa\xC5\xBA" "dziernika, \xC5\xBC" "eby oszcz\xC4\x99" "dzi\xC4\x87 dwa miliony z\xC5\x82otych rocznie.\n\n"
	    "Komentarze\n\n"
	    "   * Jan Kowalski Napisa\xC5\x82 10:15 wczoraj\n"
	    "     Ostatni prom o czwartej to za wcze\xC5\x9Bnie.\n"
	    "   * ola Napisa\xC5\x82 09:40 wczoraj\n"
	    "     Autobusy je\xC5\xBC" "d\xC5\xBC\xC4\x85 do p\xC3\xB3\xC5\x82nocy.\n"
	    "   * bartek Napisa\xC5\x82 08:05 wczoraj\n"
	    "     Dwa miliony to cena jednego silnika.\n";
	static const char *const en_names[] = {"Mel of Sydney", "Scruffy of Canberra", "Jeremy"};
	static const char *const pl_names[] = {"Jan Kowalski", "ola", "bartek"};
	static const char *const en_first[] = {"I go to the university and the toilets are terrible!", "And the clinic is no better.", "We have the same problem at our university."};
	static const char *const pl_first[] = {
	    "Ostatni prom o czwartej to za wcze\xC5\x9Bnie.",
	    "Autobusy je\xC5\xBC" "d\xC5\xBC\xC4\x85 do p\xC3\xB3\xC5\x82nocy.",
	    "Dwa miliony to cena jednego silnika."};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? pl : en;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, k ? pl_names : en_names, NULL, 0);
		check_first_words(t, 3, k ? pl_first : en_first);
		assert_null(t->order[0]->time);
		tt_thread_free(t);
	}
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_string_equal(t->order[0]->posted, "7:17 AM Today");
	assert_string_equal(t->order[2]->posted, "7:01 AM Yesterday");
	tt_thread_free(t);
}

/* Ars Technica's comments (round 26): "1. spotterArs Tribunus Militum Wed
 * Mar 19, 2014 7:00 pm", the writer's rank set right after the name with
 * no space. A capitalised word that the names' first words run into, the
 * same after two names or more, is the rank's, in any language; one name's
 * capital inside its first word ("JoAnn Smith") stays. The second page is
 * a Spanish forum of another shape, the name over the date. */
static void test_round26_dumps_b_rank_run_into_name(void **state)
{
	(void)state;
	static const char en[] =
	    "IBM's Watson takes on cancer genomics\n\n"
	    "23 Reader Comments\n\n"
	    " 1. HelaisSmack-Fu Master, in training Wed Mar 19, 2014 6:44 pm\n"
	    "    That image looks like some sort of board game.\n"
	    "    up ( -4 | +3 / -7 ) down 10 posts | registered Dec 19, 2012\n"
	    " 2. spotterArs Tribunus Militum Wed Mar 19, 2014 7:00 pm\n"
	    "    IBM CEO Robert Darnell, say what?\n"
	    "    up ( +3 | +4 / -1 ) down 1991 posts | registered Sep 29, 1999\n"
	    " 3. zzyssArs Praefectus Wed Mar 19, 2014 7:01 pm\n"
	    "    Spot the error in the second paragraph.\n"
	    "    up ( +3 | +4 / -1 ) down 3697 posts | registered Jan 11, 2001\n"
	    " 4. figoSmack-Fu Master, in training Wed Mar 19, 2014 7:02 pm\n"
	    "    I am glad IBM works on this important issue.\n"
	    "    up ( +8 | +11 / -3 ) down 11 posts | registered Aug 8, 2012\n\n"
	    "You must login or create an account to comment.\n\n"
	    "IBM's Watson will read the papers that doctors have no time for, and suggest treatments.\n";
	static const char es[] =
	    "Los transbordadores dejan de navegar al anochecer\n\n"
	    "El ayuntamiento dejar\xC3\xA1 los transbordadores del puerto al anochecer desde octubre, para ahorrar dos millones.\n\n"
	    "Respuestas (3)\n\n"
	    "pepitoMiembro Activo\n"
	    "12 de marzo de 2014, 18:44\n"
	    "El \xC3\xBAltimo barco a las cuatro es demasiado pronto.\n\n"
	    "JoAnn Smith\n"
	    "12 de marzo de 2014, 19:02\n"
	    "Los autobuses llegan hasta medianoche.\n\n"
	    "lauraMiembro Junior\n"
	    "13 de marzo de 2014, 08:15\n"
	    "Dos millones es el precio de un motor nuevo.\n";
	static const char *const en_names[] = {"Helais", "spotter", "zzyss", "figo"};
	static const char *const es_names[] = {"pepito", "JoAnn Smith", "laura"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? es : en;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, k ? 3 : 4);
		check_tree(t, k ? 3 : 4, k ? es_names : en_names, NULL, 0);
		tt_thread_free(t);
	}
}

/* Gazeta.pl's comments (round 26): "Komentarze (813)" over the nine the
 * page shows, and under the second of them "Pokaż odpowiedzi (10)", its
 * answers folded away. A count stating more comments than follow, then
 * a count after two headers or more under it with headers of the same
 * shape around it, is one comment's, no heading: the section starts at
 * the heading above, and the comments over the button are kept. The
 * second page is German, one-line "NAME - DATE" headers. */
static void test_round26_dumps_b_folded_answers_count(void **state)
{
	(void)state;
	static const char pl[] =
	    "Iran do USA: Nie wracajcie do Zatoki Perskiej\n\n"
	    "Szef ira\xC5\x84skiej armii ostrzeg\xC5\x82 Stany Zjednoczone, \xC5\xBC" "e w razie powrotu lotniskowca do Zatoki Perskiej Iran podejmie dzia\xC5\x82" "ania.\n\n"
	    "Komentarze (813)\n\n"
	    "  \xE2\x80\xA2 cdmaar1974\n\n    rok temu\n\n    Oceniono 16 razy 16\n\n"
	    "    \xC5\xBB" "ycz\xC4\x99 wszystkim spokoju.\n\n    Odpowiedz\n\n"
	    "  \xE2\x80\xA2 radon13\n\n    rok temu\n\n    Oceniono 29 razy 15\n\n"
	    "    By\xC5\x82 ju\xC5\xBC taki jeden.\n\n    Poka\xC5\xBC odpowiedzi (10)\n\n    Odpowiedz\n\n"
	    "  \xE2\x80\xA2 tc2\n\n    rok temu\n\n    Oceniono 18 razy 12\n\n"
	    "    S\xC5\x82uchajcie wszyscy.\n\n    Poka\xC5\xBC odpowiedzi (1)\n\n    Odpowiedz\n\n"
	    "  \xE2\x80\xA2 calli\n\n    rok temu\n\n    Oceniono 12 razy 8\n\n"
	    "    Przyzwoici Polacy.\n\n    Odpowiedz\n";
	static const char de[] =
	    "F\xC3\xA4hren fahren nur noch bis zur D\xC3\xA4mmerung\n\n"
	    "Die Stadt stellt die Hafenf\xC3\xA4hren ab Oktober bei Einbruch der Dunkelheit ein, um zwei Millionen im Jahr zu sparen.\n\n"
	    "Kommentare (240)\n\n"
	    "Anna Lee - 07.01.2012, 07:00\n"
	    "Die letzte F\xC3\xA4hre um vier ist zu fr\xC3\xBCh.\n\n"
	    "Ben Roe - 06.01.2012, 16:35\n"
	    "Die Busse fahren doch bis Mitternacht.\n"
	    "Antworten anzeigen (4)\n\n"
	    "Carl Wei\xC3\x9F - 05.01.2012, 12:51\n"
	    "Zwei Millionen kostet ein neuer Motor.\n"
	    "Antworten anzeigen (2)\n\n"
	    "Dora - 05.01.2012, 10:10\n"
	    "Endlich spart die Stadt.\n";
	static const char *const pl_names[] = {"cdmaar1974", "radon13", "tc2", "calli"};
	static const char *const de_names[] = {"Anna Lee", "Ben Roe", "Carl Wei\xC3\x9F", "Dora"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? de : pl;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 4);
		check_tree(t, 4, k ? de_names : pl_names, NULL, 0);
		tt_thread_free(t);
	}
}

/* Ars Technica's comment page in lynx's dump (round 26): the page opens
 * with "23 Reader Comments" over its comments, run on with no blank line
 * (so no paragraph of them reads as prose), and the first prose comes
 * after them, in teasers. A count before the first prose with three
 * headers or more of one shape under it, none of that shape after the
 * prose, is where the comments start. The second page is German, each
 * name over its date, the text indented under them. */
static void test_round26_dumps_b_comments_over_first_prose(void **state)
{
	(void)state;
	static const char en[] =
	    "[2]ArsTechnica\n\n"
	    "23 Reader Comments\n\n"
	    "    1.\n"
	    "   [5]Helais\n"
	    "   [6]Wed Mar 19, 2014 6:44 pm\n"
	    "       That image looks like some sort of board game.\n"
	    "   [7]up ( -4 | +3 / -7 ) [8]down 10 posts | registered Dec 19, 2012\n"
	    "    2.\n"
	    "   [9]spotter\n"
	    "   [10]Wed Mar 19, 2014 7:00 pm\n"
	    "       IBM CEO Robert Darnell, say what?\n"
	    "   [11]up ( +3 | +4 / -1 ) [12]down 1991 posts | registered Sep 29, 1999\n"
	    "    3.\n"
	    "   [13]zzyss\n"
	    "   [14]Wed Mar 19, 2014 7:01 pm\n"
	    "       Spot the error in the second paragraph.\n"
	    "   [15]up ( +3 | +4 / -1 ) [16]down 3697 posts | registered Jan 11, 2001\n\n"
	    "   You must [25]login or create an account to comment.\n\n"
	    "You May Also Like\n\n"
	    "   Bloodhound SSC: How do you build a car capable of a thousand miles an hour, and who drives it?\n\n"
	    "   Ars shoots the Holy Grail screen protector with a rifle, and it survives the first shot.\n";
	static const char de[] =
	    "Stadtforum\n\n"
	    "12 Kommentare\n\n"
	    "   Anna Lee\n   07.01.2012, 07:00\n"
	    "       Die letzte F\xC3\xA4hre um vier ist zu fr\xC3\xBCh.\n"
	    "   Ben Roe\n   06.01.2012, 16:35\n"
	    "       Die Busse fahren doch bis Mitternacht.\n"
	    "   Carl Wei\xC3\x9F\n   05.01.2012, 12:51\n"
	    "       Zwei Millionen kostet ein neuer Motor.\n\n"
	    "Lesen Sie auch\n\n"
	    "   Die Stadt stellt die Hafenf\xC3\xA4hren ab Oktober bei Einbruch der Dunkelheit ein, um Geld zu sparen.\n\n"
	    "   Der neue Bahnhof wird erst im Jahr nach der Wahl fertig, sagt der B\xC3\xBCrgermeister.\n";
	static const char *const en_names[] = {"Helais", "spotter", "zzyss"};
	static const char *const de_names[] = {"Anna Lee", "Ben Roe", "Carl Wei\xC3\x9F"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? de : en;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, k ? de_names : en_names, NULL, 0);
		tt_thread_free(t);
	}
}

/* Ars Technica's forum comments in w3m's dump (round 26): "Quote:" right
 * over the quoted words in one paragraph, the quotation's paragraphs set
 * apart from the comment's own words by two blank lines. The title and the
 * paragraphs over the gap are the quotation, marked "> "; the words under
 * it are the comment's. The second page is German, "NAME - DATE" headers
 * and "Zitat:". */
static void test_round26_dumps_b_titled_quote_set_apart(void **state)
{
	(void)state;
	static const char en[] =
	    "IBM's Watson takes on cancer genomics\n\n"
	    "IBM's Watson will read the papers that doctors have no time for, and suggest treatments.\n\n"
	    "3 Reader Comments\n\n"
	    " 1. Helais Wed Mar 19, 2014 6:44 pm\n"
	    "    That image looks like some sort of board game.\n"
	    " 2. Baumi Wed Mar 19, 2014 7:02 pm\n"
	    "    Quote:\n"
	    "    Watson's text analysis abilities were set loose on the database.\n\n"
	    "    Over time, Watson will develop its own sense of what sources are reliable.\n\n\n"
	    "    Wow, this reads like something out of an early Asimov story.\n"
	    " 3. figo Wed Mar 19, 2014 7:02 pm\n"
	    "    I am glad IBM works on this important issue.\n";
	static const char de[] =
	    "F\xC3\xA4hren fahren nur noch bis zur D\xC3\xA4mmerung\n\n"
	    "Die Stadt stellt die Hafenf\xC3\xA4hren ab Oktober bei Einbruch der Dunkelheit ein, um zwei Millionen im Jahr zu sparen.\n\n"
	    "Kommentare\n\n"
	    "Anna Lee - 07.01.2012, 07:00\n"
	    "Die letzte F\xC3\xA4hre um vier ist zu fr\xC3\xBCh.\n\n"
	    "Ben Roe - 06.01.2012, 16:35\n"
	    "Zitat:\n"
	    "Die letzte F\xC3\xA4hre um vier ist zu fr\xC3\xBCh.\n\n\n"
	    "Die Busse fahren doch bis Mitternacht.\n\n"
	    "Carl Wei\xC3\x9F - 05.01.2012, 12:51\n"
	    "Zwei Millionen kostet ein neuer Motor.\n";
	for (int k = 0; k < 2; k++) {
		const char *text = k ? de : en;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		const tt_comment *c = t->order[1];
		const char *title = k ? "> Zitat:\n> Die letzte" : "> Quote:\n> Watson's";
		assert_true(!strncmp(c->body.v[0], title, strlen(title)));
		assert_int_equal(c->body.n, k ? 2 : 3);
		assert_true(!strncmp(c->body.v[c->body.n - 1], k ? "Die Busse" : "Wow, this", 9));
		if (!k)
			assert_true(!strncmp(c->body.v[1], "> Over time", 11));
		tt_thread_free(t);
	}
}

/* Daily Express' comments (round 26): an avatar's alt text, the comment's
 * title, its date on a line of its own, the text, then a footer naming the
 * writer between a label and a button ("Posted by: NAME  Report Comment";
 * lynx sets a bullet between, " • "). Three footers or more of one
 * template, each under a date with a title over it, are read apart: the
 * name the author, the date the time, the title the first paragraph. The
 * second page is German, lynx's link numbers in the footer. */
static void test_round26_dumps_b_posts_named_in_footer(void **state)
{
	(void)state;
	static const char en[] =
	    "Simple jab that could cure obesity\n\n"
	    "A SIMPLE once-a-day fat-busting jab could be the key to battling the obesity crisis, say researchers.\n\n"
	    "Click here to have your say\n\n"
	    "  User Image\n\n"
	    "  OBESITY!\n\n"
	    "  11.01.12, 11:44pm\n\n"
	    "  Whatever happened to good old-fashioned personal responsibility?\n\n\n"
	    "   Posted by: Truthseeker1944  Report Comment\n\n"
	    "  User Image\n\n"
	    "  SIMPLE JAB THAT COULD CURE\n\n"
	    "  11.01.12, 10:03pm\n\n"
	    "  Enough of this clinical trials.\n\n"
	    "   Posted by: Jasmin  Report Comment\n\n"
	    "  User Image\n\n"
	    "  THOMAT\n\n"
	    "  11.01.12, 10:08am\n\n"
	    "  Do you have a cure for a hurting brain?\n\n"
	    "   Posted by: DEVAD  Report Comment\n\n"
	    "  View All Comments\n";
	static const char de[] =
	    "F\xC3\xA4hren fahren nur noch bis zur D\xC3\xA4mmerung\n\n"
	    "   Die Stadt stellt die Hafenf\xC3\xA4hren ab Oktober bei Einbruch der Dunkelheit ein, um zwei Millionen zu sparen.\n\n"
	    "Zu fr\xC3\xBCh\n\n"
	    "   7. Januar 2012, 07:00\n\n"
	    "   Die letzte F\xC3\xA4hre um vier ist zu fr\xC3\xBCh.\n\n"
	    "    \xE2\x80\xA2 Geschrieben von: [12]Anna Lee \xE2\x80\xA2 [13]Melden\n"
	    "Busse\n\n"
	    "   6. Januar 2012, 16:35\n\n"
	    "   Die Busse fahren doch bis Mitternacht.\n\n"
	    "    \xE2\x80\xA2 Geschrieben von: [14]Ben Roe \xE2\x80\xA2 [15]Melden\n"
	    "Motor\n\n"
	    "   5. Januar 2012, 12:51\n\n"
	    "   Zwei Millionen kostet ein neuer Motor.\n\n"
	    "    \xE2\x80\xA2 Geschrieben von: [16]Carl Wei\xC3\x9F \xE2\x80\xA2 [17]Melden\n";
	static const char *const en_names[] = {"Truthseeker1944", "Jasmin", "DEVAD"};
	static const char *const de_names[] = {"Anna Lee", "Ben Roe", "Carl Wei\xC3\x9F"};
	static const char *const en_first[] = {"OBESITY!", "SIMPLE JAB THAT COULD CURE", "THOMAT"};
	static const char *const de_first[] = {"Zu fr\xC3\xBCh", "Busse", "Motor"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? de : en;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, k ? de_names : en_names, NULL, 0);
		check_first_words(t, 3, k ? de_first : en_first);
		assert_string_equal(t->order[0]->posted, k ? "7. Januar 2012, 07:00" : "11.01.12, 11:44pm");
		assert_int_equal(t->order[2]->body.n, 2);
		tt_thread_free(t);
	}
}

/* Gazeta.pl's comments in w3m's dump (round 26): each a list item's name
 * over its date, a rating and the text indented under them; one text
 * opens with a line ending in a colon ("Oto podsumowanie tego, o czym
 * powinniśmy zapomnieć:"), which reads as a name line with its verb, and
 * the date it looked for below was the next comment's, right under that
 * item's name left of the line: the text was lost as furniture. Such a
 * date is the item's header's, no date of the text's. The second page is
 * English, ages for dates. */
static void test_round26_dumps_b_colon_line_over_item(void **state)
{
	(void)state;
	static const char pl[] =
	    "Iran do USA: Nie wracajcie do Zatoki Perskiej\n"
	    "\n"
	    "Szef ira\xC5\x84skiej armii ostrzeg\xC5\x82 Stany Zjednoczone, \xC5\xBC" "e w razie powrotu lotniskowca do Zatoki Perskiej Iran podejmie dzia\xC5\x82" "ania.\n"
	    "\n"
	    "Komentarze (813)\n"
	    "\n"
	    "  \xE2\x80\xA2 cdmaar1974\n"
	    "\n"
	    "    rok temu\n"
	    "\n"
	    "    Oceniono 16 razy 16   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    \xC5\xBBycz\xC4\x99 wszystkim spokoju.\n"
	    "\n"
	    "    Odpowiedz\n"
	    "\n"
	    "  \xE2\x80\xA2 radon13\n"
	    "\n"
	    "    rok temu\n"
	    "\n"
	    "    Oceniono 29 razy 15   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    By\xC5\x82 juz taki jeden.\n"
	    "\n"
	    "    Poka\xC5\xBC odpowiedzi (10)\n"
	    "\n"
	    "    Odpowiedz\n"
	    "\n"
	    "  \xE2\x80\xA2 tc2\n"
	    "\n"
	    "    rok temu\n"
	    "\n"
	    "    Oceniono 18 razy 12   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    S\xC5\x82uchajcie wszyscy.\n"
	    "\n"
	    "    Poka\xC5\xBC odpowiedzi (1)\n"
	    "\n"
	    "    Odpowiedz\n"
	    "\n"
	    "  \xE2\x80\xA2 khair.el.budar\n"
	    "\n"
	    "    rok temu\n"
	    "\n"
	    "    Oceniono 16 razy 8   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    O rany, jak tak dalej p\xC3\xB3jdzie.\n"
	    "\n"
	    "    Odpowiedz\n"
	    "\n"
	    "  \xE2\x80\xA2 calli\n"
	    "\n"
	    "    rok temu\n"
	    "\n"
	    "    Oceniono 27 razy 7   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    Oto podsumowanie tego, o czym powinni\xC5\x9Bmy zapomnie\xC4\x87:\n"
	    "\n"
	    "    1. Wiosn\xC4\x85 2009 r. poprosi\xC5\x82" "a Izrael o podpisanie Traktatu.\n"
	    "\n"
	    "    2. ONZ przyj\xC4\x99\xC5\x82" "a rezolucj\xC4\x99.\n"
	    "\n"
	    "    Teraz ka\xC5\xBC" "dy z nas musi sta\xC4\x87 si\xC4\x99 Joe Wilsonem.\n"
	    "\n"
	    "    Poka\xC5\xBC odpowiedzi (20)\n"
	    "\n"
	    "    Odpowiedz\n"
	    "\n"
	    "  \xE2\x80\xA2 znowu.to.samo\n"
	    "\n"
	    "    rok temu\n"
	    "\n"
	    "    Oceniono 7 razy 7   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    No to \xC5\x82" "adnie sie rok zacz\xC4\x85\xC5\x82.\n"
	    "\n"
	    "    Odpowiedz\n"
	    "\n"
	    "Poka\xC5\xBC wszystkie komentarze (813)\n";
	static const char en[] =
	    "Harbour ferries to stop at dusk\n"
	    "\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a year.\n"
	    "\n"
	    "Readers' views (813)\n"
	    "\n"
	    "  \xE2\x80\xA2 annlee\n"
	    "\n"
	    "    a year ago\n"
	    "\n"
	    "    Rated 16 times, 16   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    The last ferry at four is too early.\n"
	    "\n"
	    "    Reply\n"
	    "\n"
	    "  \xE2\x80\xA2 benroe\n"
	    "\n"
	    "    a year ago\n"
	    "\n"
	    "    Rated 29 times, 15   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    The buses run until midnight.\n"
	    "\n"
	    "    Show replies (10)\n"
	    "\n"
	    "    Reply\n"
	    "\n"
	    "  \xE2\x80\xA2 calw\n"
	    "\n"
	    "    a year ago\n"
	    "\n"
	    "    Rated 18 times, 12   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    Two million is the price of one new engine.\n"
	    "\n"
	    "    Show replies (1)\n"
	    "\n"
	    "    Reply\n"
	    "\n"
	    "  \xE2\x80\xA2 dora\n"
	    "\n"
	    "    a year ago\n"
	    "\n"
	    "    Rated 16 times, 8   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    Finally the city saves money.\n"
	    "\n"
	    "    Reply\n"
	    "\n"
	    "  \xE2\x80\xA2 eve\n"
	    "\n"
	    "    a year ago\n"
	    "\n"
	    "    Rated 27 times, 7   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    Here is what we should not forget:\n"
	    "\n"
	    "    1. The night bus runs until midnight.\n"
	    "\n"
	    "    2. The ferry was late all summer.\n"
	    "\n"
	    "    So nobody will miss it.\n"
	    "\n"
	    "    Show replies (20)\n"
	    "\n"
	    "    Reply\n"
	    "\n"
	    "  \xE2\x80\xA2 finn\n"
	    "\n"
	    "    a year ago\n"
	    "\n"
	    "    Rated 7 times, 7   \n"
	    "\n"
	    "     \n"
	    "\n"
	    "    What a start to the year.\n"
	    "\n"
	    "    Reply\n"
	    "\n"
	    "Show all views (813)\n";
	static const char *const pl_names[] = {"cdmaar1974", "radon13", "tc2",
	                                       "khair.el.budar", "calli", "znowu.to.samo"};
	static const char *const en_names[] = {"annlee", "benroe", "calw", "dora", "eve", "finn"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? en : pl;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 6);
		check_tree(t, 6, k ? en_names : pl_names, NULL, 0);
		const tt_comment *c = t->order[4];
		const char *w = k ? "Here is what we should not forget:"
		                  : "Oto podsumowanie tego, o czym powinni\xC5\x9B" "my zapomnie\xC4\x87:";
		assert_string_equal(c->body.v[0], w);
		assert_true(c->body.n >= 4);
		tt_thread_free(t);
	}
}

/* A post and the answers to it drawn as a numbered list's items (Twitter's
 * page in w3m's dump, round 27): the post's header unnumbered, each
 * answer's header under its item's number alone ("     1.") or opening it
 * (lynx: "1. [142]NAME @handle [143]Jul 10"), a handle after each name, the
 * same buttons and "Replying to @ACCOUNT" over each answer's words, and the
 * post's clock and day under its text ("11:25 PM - 10 Jul 2020"). The
 * answers are the comments, flat: the clock is no name, the headers under
 * their numbers open their items (no signatures of the text above), the
 * handles are the header's, the unnumbered post is the topic, and the
 * lines every answer opens with are nobody's words. (Without the items,
 * the text over the first header and the short buttons under the last
 * would read as signatures after the text.) The second page is German,
 * lynx's drawing, federated handles ("@anna@social.example"); the third
 * the same German page as w3m draws it, each handle after a mark of
 * writing direction, a name of two spaces ("Jörg  K."). */
static void test_round27_dumps_b_answers_listed_under_post(void **state)
{
	(void)state;
	static const char en[] =
	    "Harbour ferries to stop at dusk\n"
	    "\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a year.\n"
	    "\n"
	    "Join the conversation\n"
	    "Add your thoughts about any post with a reply. Find a topic you care about.\n"
	    "Learn the latest\n"
	    "Get instant insight into what people are talking about now.\n"
	    "Back Next\n"
	    "Next Tweet from user\n"
	    "[3VBu4_Sa_b] Harbour News\xE2\x80\x8FVerified account @HarbourNews Jul 10\n"
	    "Follow Follow @HarbourNews Following Following @HarbourNews Unfollow Unfollow @HarbourNews\n"
	    "More\n"
	    "  \xE2\x80\xA2 Copy link to Tweet\n"
	    "  \xE2\x80\xA2 Embed Tweet\n"
	    "The harbour ferries will stop at dusk from October https://example.com/ferry\n"
	    "[Ecn_2UkWsA]\n"
	    "11:25 PM - 10 Jul 2020\n"
	    "  \xE2\x80\xA2 42 Retweets\n"
	    "  \xE2\x80\xA2 96 Likes\n"
	    "33 replies 42 retweets 96 likes\n"
	    "Reply\n"
	    "33\n"
	    "Retweet\n"
	    "42\n"
	    " 1.\n"
	    "     1.\n"
	    "        [LXVlWrtC_b] annlee\xE2\x80\x8F @annlee212 Jul 10\n"
	    "        More\n"
	    "          \xE2\x98\x86 Copy link to Tweet\n"
	    "          \xE2\x98\x86 Embed Tweet\n"
	    "        Replying to @HarbourNews\n"
	    "        The last ferry at four is too early.\n"
	    "        0 replies 0 retweets 0 likes\n"
	    "        Reply\n"
	    "        Retweet\n"
	    "        Like\n"
	    "        Thanks. We will use this to make your timeline better. Undo\n"
	    "        Undo\n"
	    " 2.\n"
	    "     1.\n"
	    "        [AkKYuQhm_b] Ben  Roe\xE2\x80\x8F @ben_roe Jul 10\n"
	    "        More\n"
	    "          \xE2\x98\x86 Copy link to Tweet\n"
	    "          \xE2\x98\x86 Embed Tweet\n"
	    "        Replying to @HarbourNews\n"
	    "        The buses run until midnight anyway.\n"
	    "        0 replies 0 retweets 2 likes\n"
	    "        Reply\n"
	    "        Retweet\n"
	    "        Like\n"
	    "        2\n"
	    "        Thanks. We will use this to make your timeline better. Undo\n"
	    "        Undo\n"
	    " 3.\n"
	    "     1.\n"
	    "        [IJwkZpMc_b] Cal W\xE2\x80\x8F @calw Jul 11\n"
	    "        More\n"
	    "          \xE2\x98\x86 Copy link to Tweet\n"
	    "          \xE2\x98\x86 Embed Tweet\n"
	    "        Replying to @HarbourNews\n"
	    "        Two million is the price of one new engine.\n"
	    "        0 replies 0 retweets 1 like\n"
	    "        Reply\n"
	    "        Retweet\n"
	    "        Like\n"
	    "        1\n"
	    "        Thanks. We will use this to make your timeline better. Undo\n"
	    "        Undo\n"
	    "Back to top \xE2\x86\x91\n";
	static const char de[] =
	    "Harbour ferries to stop at dusk\n"
	    "\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a year.\n"
	    "\n"
	    "   [12][Profil] Stadtwerke Nord @stadtwerke [13]10. Juli\n"
	    "\n"
	    "   (BUTTON)\n"
	    "   Mehr\n"
	    "     * (BUTTON) Link zum Beitrag kopieren\n"
	    "   Die F\xC3\xA4hren fahren ab Oktober nur noch bis zur D\xC3\xA4mmerung [14]https://example.de/faehre\n"
	    "   14:25 - 10. Juli 2020\n"
	    "     * 12 Geteilt\n"
	    "     * 40 Gef\xC3\xA4llt mir\n"
	    "\n"
	    "   8 Antworten 12 Geteilt 40 Gef\xC3\xA4llt mir\n"
	    "   (BUTTON)\n"
	    "   Antworten\n"
	    "    1.\n"
	    "         1. [42]Anna Berg @anna@social.example [43]10. Juli\n"
	    "            (BUTTON)\n"
	    "            Mehr\n"
	    "               o (BUTTON) Link zum Beitrag kopieren\n"
	    "            Antwort an [44]@stadtwerke\n"
	    "            Die letzte F\xC3\xA4hre um vier ist zu fr\xC3\xBCh.\n"
	    "            0 Antworten 0 Geteilt 0 Gef\xC3\xA4llt mir\n"
	    "            (BUTTON)\n"
	    "            Antworten\n"
	    "    2.\n"
	    "         1. [45]J\xC3\xB6rg K. @joerg@social.example [46]10. Juli\n"
	    "            (BUTTON)\n"
	    "            Mehr\n"
	    "               o (BUTTON) Link zum Beitrag kopieren\n"
	    "            Antwort an [47]@stadtwerke\n"
	    "            Die Busse fahren ohnehin bis Mitternacht.\n"
	    "            0 Antworten 0 Geteilt 2 Gef\xC3\xA4llt mir\n"
	    "            (BUTTON)\n"
	    "            Antworten\n"
	    "    3.\n"
	    "         1. [48]Mia @mia_k [49]11. Juli\n"
	    "            (BUTTON)\n"
	    "            Mehr\n"
	    "               o (BUTTON) Link zum Beitrag kopieren\n"
	    "            Antwort an [50]@stadtwerke\n"
	    "            Zwei Millionen kostet ein neuer Motor.\n"
	    "            0 Antworten 0 Geteilt 1 Gef\xC3\xA4llt mir\n"
	    "            (BUTTON)\n"
	    "            Antworten\n";
	static const char de_w3m[] =
	    "Harbour ferries to stop at dusk\n"
	    "\n"
	    "The city will stop its harbour ferries at dusk from October, to save two million a year.\n"
	    "\n"
	    "Mitreden\n"
	    "Sag deine Meinung zu jedem Beitrag mit einer Antwort. Finde ein Thema, das dich bewegt.\n"
	    "Das Neueste\n"
	    "Sieh sofort, wor\xC3\xBC" "ber gerade gesprochen wird.\n"
	    "Zur\xC3\xBC" "ck Weiter\n"
	    "[a1b2c3] Stadtwerke Nord\xE2\x80\x8F @stadtwerke@social.example 10. Juli\n"
	    "Mehr\n"
	    "  \xE2\x80\xA2 Link zum Beitrag kopieren\n"
	    "Die F\xC3\xA4hren fahren ab Oktober nur noch bis zur D\xC3\xA4mmerung https://example.de/faehre\n"
	    "14:25 - 10. Juli 2020\n"
	    "  \xE2\x80\xA2 12 Geteilt\n"
	    "8 Antworten 12 Geteilt 40 Gef\xC3\xA4llt mir\n"
	    "Antworten\n"
	    " 1.\n"
	    "     1.\n"
	    "        [d4e5f6] Anna Berg\xE2\x80\x8F @anna@social.example 10. Juli\n"
	    "        Mehr\n"
	    "          \xE2\x98\x86 Link zum Beitrag kopieren\n"
	    "        Antwort an @stadtwerke\n"
	    "        Die letzte F\xC3\xA4hre um vier ist zu fr\xC3\xBCh.\n"
	    "        0 Antworten 0 Geteilt 0 Gef\xC3\xA4llt mir\n"
	    "        Antworten\n"
	    " 2.\n"
	    "     1.\n"
	    "        [g7h8i9] J\xC3\xB6rg  K.\xE2\x80\x8F @joerg@social.example 10. Juli\n"
	    "        Mehr\n"
	    "          \xE2\x98\x86 Link zum Beitrag kopieren\n"
	    "        Antwort an @stadtwerke\n"
	    "        Die Busse fahren ohnehin bis Mitternacht.\n"
	    "        0 Antworten 0 Geteilt 2 Gef\xC3\xA4llt mir\n"
	    "        Antworten\n"
	    " 3.\n"
	    "     1.\n"
	    "        [j1k2l3] Mia\xE2\x80\x8F @mia_k@social.example 11. Juli\n"
	    "        Mehr\n"
	    "          \xE2\x98\x86 Link zum Beitrag kopieren\n"
	    "        Antwort an @stadtwerke\n"
	    "        Zwei Millionen kostet ein neuer Motor.\n"
	    "        0 Antworten 0 Geteilt 1 Gef\xC3\xA4llt mir\n"
	    "        Antworten\n"
	    "Nach oben \xE2\x86\x91\n";
	static const char *const en_names[] = {"annlee", "Ben Roe", "Cal W"};
	static const char *const de_names[] = {"Anna Berg", "J\xC3\xB6rg K.", "Mia"};
	static const char *const en_words[] = {"The last ferry at four", "The buses run until",
	                                       "Two million is the price"};
	static const char *const de_words[] = {"Die letzte F\xC3\xA4hre", "Die Busse fahren",
	                                       "Zwei Millionen kostet"};
	for (int k = 0; k < 3; k++) {
		const char *text = k == 2 ? de_w3m : k ? de : en;
		const char *const *words = k ? de_words : en_words;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, k ? de_names : en_names, NULL, 0);
		for (size_t i = 0; i < 3; i++)
			assert_int_equal(strncmp(t->order[i]->body.v[0], words[i], strlen(words[i])), 0);
		assert_string_equal(t->order[2]->posted, k ? "11. Juli" : "Jul 11");
		tt_thread_free(t);
	}
}

/* A page that opens with its answers under a stated count, as w3m draws
 * Quora's: the first answer's header block opens on the avatar's alt text
 * alone, a blank line under it, and its text, the page's first prose,
 * comes a blank line under the block: the first answer is a comment, not
 * the article. */
static void test_round28_dumps_b_first_answer_over_gap(void **state)
{
	(void)state;
	static const char en[] =
	    "Is school sport worth its cost?\n"
	    "\n"
	    "All related (3)\n"
	    "Sort\n"
	    "Recommended\n"
	    " \n"
	    "Profile photo for Ann Lee\n"
	    " \n"
	    "Ann Lee\n"
	    "\xC2\xB7\n"
	    "Follow\n"
	    "Teacher at Hill School (2010\xE2\x80\x93present)\n"
	    " \xC2\xB7 Mar 24\n"
	    "\n"
	    "Sport teaches teamwork and gives children a place to belong at school.\n"
	    "\n"
	    "Upvote \xC2\xB7\n"
	    " \n"
	    "Profile photo for Bob Stone\n"
	    " \n"
	    "Bob Stone\n"
	    "\xC2\xB7\n"
	    "Follow\n"
	    " \xC2\xB7 Updated May 17\n"
	    "\n"
	    "It really is a costly feel good item for most schools.\n"
	    "\n"
	    "Upvote \xC2\xB7\n"
	    " \n"
	    "Profile photo for Cara Diaz\n"
	    " \n"
	    "Cara Diaz\n"
	    "\xC2\xB7\n"
	    "Follow\n"
	    "Parent of three\n"
	    " \xC2\xB7 May 3\n"
	    "\n"
	    "Exercise, but clearly not nearly enough of it.\n"
	    "\n"
	    "Upvote \xC2\xB7\n";
	static const char es[] =
	    "\xC2\xBFVale la pena el deporte escolar?\n"
	    "\n"
	    "Respuestas (3)\n"
	    " \n"
	    "Foto de perfil de Luc\xC3\xAD" "a G\xC3\xB3mez\n"
	    " \n"
	    "Luc\xC3\xAD" "a G\xC3\xB3mez\n"
	    "\xC2\xB7\n"
	    "Seguir\n"
	    "Profesora en el Instituto Sur\n"
	    " \xC2\xB7 12/03/2024 14:05\n"
	    "\n"
	    "El deporte ense\xC3\xB1" "a a trabajar en equipo y a respetar al otro.\n"
	    "\n"
	    "Votar \xC2\xB7\n"
	    " \n"
	    "Foto de perfil de Pedro Ruiz\n"
	    " \n"
	    "Pedro Ruiz\n"
	    "\xC2\xB7\n"
	    "Seguir\n"
	    " \xC2\xB7 14/03/2024 09:30\n"
	    "\n"
	    "Cuesta mucho dinero y pocos alumnos lo aprovechan de verdad.\n"
	    "\n"
	    "Votar \xC2\xB7\n"
	    " \n"
	    "Foto de perfil de Marta Sanz\n"
	    " \n"
	    "Marta Sanz\n"
	    "\xC2\xB7\n"
	    "Seguir\n"
	    "Madre de dos hijos\n"
	    " \xC2\xB7 15/03/2024 18:45\n"
	    "\n"
	    "Mis hijos aprendieron m\xC3\xA1s en el campo que en el aula.\n"
	    "\n"
	    "Votar \xC2\xB7\n";
	static const char *const en_names[] = {"Ann Lee", "Bob Stone", "Cara Diaz"};
	static const char *const es_names[] = {"Luc\xC3\xAD" "a G\xC3\xB3mez", "Pedro Ruiz", "Marta Sanz"};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 0);
	assert_string_equal(t->order[0]->posted, "Mar 24");
	assert_string_equal(t->order[0]->body.v[0],
	                    "Sport teaches teamwork and gives children a place to belong at school.");
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, es_names, NULL, 0);
	assert_string_equal(t->order[0]->time, "2024-03-12T14:05");
	tt_thread_free(t);
}

/* A label, a colon and a number alone over the comments ("Wypowiedzi: 3",
 * dziennik.pl's count): a stated count, where the comments start, though
 * more teasers of other articles (a title over "DATE | Section |
 * Komentarze: 0") follow them than there are comments. */
static void test_round28_dumps_b_label_colon_count(void **state)
{
	(void)state;
	static const char pl[] =
	    "Bakterie z jamy ustnej gro\xC5\xBAne dla p\xC5\x82uc\n"
	    "\n"
	    "Naukowcy twierdz\xC4\x85, \xC5\xBC" "e bakterie z jamy ustnej mog\xC4\x85 wywo\xC5\x82" "a\xC4\x87 zapalenie p\xC5\x82uc u starszych os\xC3\xB3" "b.\n"
	    "\n"
	    "Wypowiedzi: 3\n"
	    "\n"
	    "  \xE2\x80\xA2 ~Ala Kot2012-01-03 18:47\n"
	    "\n"
	    "    Trzeba b\xC4\x99" "dzie leczy\xC4\x87 z\xC4\x99" "by u dentysty.\n"
	    "\n"
	    "  \xE2\x80\xA2 ~Bumtrlal2012-01-03 14:45\n"
	    "\n"
	    "    A ja wiedzia\xC5\x82" "em o tym od dawna, lekarz mi m\xC3\xB3wi\xC5\x82.\n"
	    "\n"
	    "  \xE2\x80\xA2 ~Franciszek2012-01-02 19:43\n"
	    "\n"
	    "    O tym pisano ju\xC5\xBC wiele razy w gazetach.\n"
	    "\n"
	    "Polecane artyku\xC5\x82y\n"
	    "\n"
	    "  \xE2\x80\xA2 Nie daj si\xC4\x99 grypie \xC5\xBCo\xC5\x82\xC4\x85" "dkowej\n"
	    "\n"
	    "Nie daj si\xC4\x99 grypie \xC5\xBCo\xC5\x82\xC4\x85" "dkowej\n"
	    "\n"
	    "2012-01-04 12:46 | Grypa | Komentarze: 0\n"
	    "\n"
	    "Wirusy odpowiedzialne za gryp\xC4\x99 \xC5\xBCo\xC5\x82\xC4\x85" "dkow\xC4\x85 s\xC4\x85 w ostrym natarciu.\n"
	    "\n"
	    "  \xE2\x80\xA2 Palaczu, poka\xC5\xBC brzydkie z\xC4\x99" "by\n"
	    "\n"
	    "Palaczu, poka\xC5\xBC brzydkie z\xC4\x99" "by\n"
	    "\n"
	    "2011-12-16 09:25 | Nowotwory | Komentarze: 2\n"
	    "\n"
	    "Po z\xC4\x99" "bach ich poznacie, a papierosy szkodz\xC4\x85 z\xC4\x99" "bom.\n"
	    "\n"
	    "  \xE2\x80\xA2 Zapach m\xC4\x99\xC5\xBC" "czyzny zdradzi chorob\xC4\x99\n"
	    "\n"
	    "Zapach m\xC4\x99\xC5\xBC" "czyzny zdradzi chorob\xC4\x99\n"
	    "\n"
	    "2011-12-13 09:17 | Aktualno\xC5\x9B" "ci | Komentarze: 4\n"
	    "\n"
	    "Naukowcy potwierdzili to w badaniach na ochotnikach.\n"
	    "\n"
	    "  \xE2\x80\xA2 Zielona herbata pomaga\n"
	    "\n"
	    "Zielona herbata pomaga\n"
	    "\n"
	    "2011-12-08 09:32 | Diety | Komentarze: 12\n"
	    "\n"
	    "Smakosze zielonej herbaty maj\xC4\x85 powody do rado\xC5\x9B" "ci.\n";
	static const char en[] =
	    "Mouth bacteria can harm the lungs\n"
	    "\n"
	    "Scientists say that bacteria from the mouth may cause pneumonia in older people.\n"
	    "\n"
	    "Responses: 3\n"
	    "\n"
	    "  \xE2\x80\xA2 ~annie2012-01-03 18:47\n"
	    "\n"
	    "    I will see my dentist more often now.\n"
	    "\n"
	    "  \xE2\x80\xA2 ~bob_k2012-01-03 14:45\n"
	    "\n"
	    "    My doctor told me this years ago already.\n"
	    "\n"
	    "  \xE2\x80\xA2 ~frank2012-01-02 19:43\n"
	    "\n"
	    "    This has been in the papers many times.\n"
	    "\n"
	    "Recommended\n"
	    "\n"
	    "  \xE2\x80\xA2 Beat the stomach flu\n"
	    "\n"
	    "Beat the stomach flu\n"
	    "\n"
	    "2012-01-04 12:46 | Flu | Comments: 0\n"
	    "\n"
	    "Viruses behind the stomach flu are on the rise again.\n"
	    "\n"
	    "  \xE2\x80\xA2 Smokers, show your teeth\n"
	    "\n"
	    "Smokers, show your teeth\n"
	    "\n"
	    "2011-12-16 09:25 | Cancer | Comments: 2\n"
	    "\n"
	    "You can tell them by their teeth, and cigarettes harm teeth.\n"
	    "\n"
	    "  \xE2\x80\xA2 A man's smell tells of illness\n"
	    "\n"
	    "A man's smell tells of illness\n"
	    "\n"
	    "2011-12-13 09:17 | News | Comments: 4\n"
	    "\n"
	    "Scientists confirmed it in a study of volunteers.\n"
	    "\n"
	    "  \xE2\x80\xA2 Green tea helps\n"
	    "\n"
	    "Green tea helps\n"
	    "\n"
	    "2011-12-08 09:32 | Diet | Comments: 12\n"
	    "\n"
	    "Green tea drinkers have reasons to be glad.\n";
	static const char *const pl_names[] = {"~Ala Kot", "~Bumtrlal", "~Franciszek"};
	static const char *const en_names[] = {"~annie", "~bob_k", "~frank"};
	tt_thread *t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, pl_names, NULL, 1);
	assert_string_equal(t->order[0]->time, "2012-01-03T18:47");
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 1);
	assert_string_equal(t->order[2]->body.v[0], "This has been in the papers many times.");
	tt_thread_free(t);
}

/* The first signature right under the page's first prose line, a list's
 * first item ("1. Sort ...", lynx setting no blank line between): the
 * whole paragraph over the signature is the first comment's, the first
 * prose line too (a question page, its question no prose). */
static void test_round28_dumps_b_first_prose_signed(void **state)
{
	(void)state;
	static const char en[] =
	    "   How do you find friends of friends?\n"
	    "\n"
	    "   4 Answers\n"
	    "   Comment hidden because of low score. Click to expand.\n"
	    "   0\n"
	    "   of 0 votes\n"
	    "\n"
	    "   1. Sort the friends of both and search one list in the other.\n"
	    "   2. Return false when they are friends already.\n"
	    "   - Anonymous May 15, 2008 | [17]Flag Reply\n"
	    "   Comment hidden because of low score. Click to expand.\n"
	    "   0\n"
	    "   of 0 votes\n"
	    "\n"
	    "   Run a breadth first search from both ends at once.\n"
	    "   - [18]gauravk.18 May 16, 2008 | [19]Flag Reply\n"
	    "   Comment hidden because of low score. Click to expand.\n"
	    "   0\n"
	    "   of 0 votes\n"
	    "\n"
	    "   Keep a hash set of the friends of one and look up the other's.\n"
	    "   - [20]usafzz May 20, 2008 | [21]Flag Reply\n"
	    "   Comment hidden because of low score. Click to expand.\n"
	    "   0\n"
	    "   of 0 votes\n"
	    "\n"
	    "   An adjacency matrix answers it in constant time after preprocessing.\n"
	    "   - Shabnam June 01, 2009 | [22]Flag Reply\n";
	static const char es[] =
	    "   \xC2\xBF" "C\xC3\xB3mo se encuentran los amigos de los amigos?\n"
	    "\n"
	    "   4 respuestas\n"
	    "   Respuesta oculta por su baja puntuaci\xC3\xB3n. Pulsa para verla.\n"
	    "   0\n"
	    "   de 0 votos\n"
	    "\n"
	    "   1. Se ordenan los amigos de ambos y se busca una lista en la otra.\n"
	    "   2. Se devuelve falso si ya son amigos.\n"
	    "   - An\xC3\xB3nimo 12/03/2021 14:05 | [17]Denunciar\n"
	    "   Respuesta oculta por su baja puntuaci\xC3\xB3n. Pulsa para verla.\n"
	    "   0\n"
	    "   de 0 votos\n"
	    "\n"
	    "   Una b\xC3\xBAsqueda en anchura desde los dos lados basta de sobra.\n"
	    "   - [18]Luc\xC3\xAD" "a 13/03/2021 09:30 | [19]Denunciar\n"
	    "   Respuesta oculta por su baja puntuaci\xC3\xB3n. Pulsa para verla.\n"
	    "   0\n"
	    "   de 0 votos\n"
	    "\n"
	    "   Con una tabla hash de los amigos de uno se va m\xC3\xA1s r\xC3\xA1pido.\n"
	    "   - [20]Pedro 14/03/2021 18:45 | [21]Denunciar\n"
	    "   Respuesta oculta por su baja puntuaci\xC3\xB3n. Pulsa para verla.\n"
	    "   0\n"
	    "   de 0 votos\n"
	    "\n"
	    "   Una matriz lo responde en tiempo constante tras la preparaci\xC3\xB3n.\n"
	    "   - Marta 15/03/2021 20:10 | [22]Denunciar\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "Anonymous");
	assert_string_equal(t->order[0]->body.v[0],
	                    "1. Sort the friends of both and search one list in the other.\n"
	                    "2. Return false when they are friends already.");
	assert_string_equal(t->order[3]->author, "Shabnam");
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "An\xC3\xB3nimo");
	assert_non_null(strstr(t->order[0]->body.v[0], "1. Se ordenan los amigos"));
	assert_string_equal(t->order[0]->time, "2021-03-12T14:05");
	tt_thread_free(t);
}

/* One-line headers under the text, each over a notice the page repeats
 * under every one (CareerCup's "Comment hidden because of low score. Click
 * to expand." over the score): signatures of the text above them, the
 * notice no text of theirs; the paragraph the notice opens in most
 * comments' text is the site's, dropped. */
static void test_round28_dumps_b_signed_over_notice(void **state)
{
	(void)state;
	static const char en[] =
	    "How do you find friends of friends?\n"
	    "\n"
	    "Two people are 2 degree friends when a friend of one is a friend of the other.\n"
	    "\n"
	    "4 Answers\n"
	    "\n"
	    "Comment hidden because of low score. Click to expand.\n"
	    "0\n"
	    "of 0 votes\n"
	    "\n"
	    "Sort the friends of both and search one list in the other.\n"
	    "\n"
	    "- Anonymous May 15, 2008 | Flag Reply\n"
	    "Comment hidden because of low score. Click to expand.\n"
	    "0\n"
	    "of 0 votes\n"
	    "\n"
	    "Run a breadth first search from both ends at once.\n"
	    "\n"
	    "- gauravk.18 May 16, 2008 | Flag Reply\n"
	    "Comment hidden because of low score. Click to expand.\n"
	    "0\n"
	    "of 0 votes\n"
	    "\n"
	    "Keep a hash set of the friends of one and look up the other's.\n"
	    "\n"
	    "- usafzz May 20, 2008 | Flag Reply\n"
	    "Comment hidden because of low score. Click to expand.\n"
	    "0\n"
	    "of 0 votes\n"
	    "\n"
	    "An adjacency matrix answers it in constant time after preprocessing.\n"
	    "\n"
	    "- Shabnam June 01, 2009 | Flag Reply\n";
	static const char de[] =
	    "Wie findet man Freunde von Freunden?\n"
	    "\n"
	    "Zwei Menschen sind Freunde zweiten Grades, wenn ein Freund des einen ein Freund des anderen ist.\n"
	    "\n"
	    "4 Antworten\n"
	    "\n"
	    "Antwort ausgeblendet wegen schlechter Bewertung. Zum Anzeigen klicken.\n"
	    "2\n"
	    "Punkte\n"
	    "\n"
	    "Man sortiert beide Listen und sucht die eine in der anderen.\n"
	    "\n"
	    "Anna Berg 12.03.2021 14:05 | Melden\n"
	    "Antwort ausgeblendet wegen schlechter Bewertung. Zum Anzeigen klicken.\n"
	    "5\n"
	    "Punkte\n"
	    "\n"
	    "Eine Breitensuche von beiden Seiten zugleich reicht v\xC3\xB6llig aus.\n"
	    "\n"
	    "Jan Vogel 13.03.2021 09:30 | Melden\n"
	    "Antwort ausgeblendet wegen schlechter Bewertung. Zum Anzeigen klicken.\n"
	    "1\n"
	    "Punkte\n"
	    "\n"
	    "Mit einer Hashtabelle der Freunde des einen geht es schneller.\n"
	    "\n"
	    "Uwe Kern 14.03.2021 18:45 | Melden\n"
	    "Antwort ausgeblendet wegen schlechter Bewertung. Zum Anzeigen klicken.\n"
	    "0\n"
	    "Punkte\n"
	    "\n"
	    "Eine Matrix beantwortet es nach der Vorarbeit in konstanter Zeit.\n"
	    "\n"
	    "Eva Roth 15.03.2021 20:10 | Melden\n"
	    "\n"
	    "Schreibe hier deine eigene Antwort auf diese schwierige Frage.\n";
	static const char *const en_names[] = {"Anonymous", "gauravk.18", "usafzz", "Shabnam"};
	static const char *const en_words[] = {
	    "Sort the friends of both and search one list in the other.",
	    "Run a breadth first search from both ends at once.",
	    "Keep a hash set of the friends of one and look up the other's.",
	    "An adjacency matrix answers it in constant time after preprocessing."};
	static const char *const de_names[] = {"Anna Berg", "Jan Vogel", "Uwe Kern", "Eva Roth"};
	static const char *const de_words[] = {
	    "Man sortiert beide Listen und sucht die eine in der anderen.",
	    "Eine Breitensuche von beiden Seiten zugleich reicht v\xC3\xB6llig aus.",
	    "Mit einer Hashtabelle der Freunde des einen geht es schneller.",
	    "Eine Matrix beantwortet es nach der Vorarbeit in konstanter Zeit."};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, en_names, NULL, 1);
	check_first_words(t, 4, en_words);
	assert_string_equal(t->order[3]->time, "2009-06-01");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, de_names, NULL, 1);
	check_first_words(t, 4, de_words);
	assert_string_equal(t->order[0]->time, "2021-03-12T14:05");
	tt_thread_free(t);
}

/* An avatar's alt text ending in the name, lynx's link number alone
 * between it and the name under it ("Profile photo for Ann Lee", "[2]",
 * "Ann Lee"), then a separator, a button and a line about the writer
 * before the date (Quora's answers): the name and the date are the
 * header's, the lines between too; "· [6]Updated May 17" is a date, its
 * separator, link number and label no part of it. */
static void test_round28_dumps_b_avatar_block_past_link(void **state)
{
	(void)state;
	static const char en[] =
	    "Is school sport worth its cost?\n"
	    "\n"
	    "   All related (3)\n"
	    "   (BUTTON)\n"
	    "   [1]\n"
	    "   Profile photo for Ann Lee\n"
	    "   [2]\n"
	    "   Ann Lee\n"
	    "   \xC2\xB7\n"
	    "   Follow\n"
	    "   Teacher at Hill School (2010\xE2\x80\x93present)\n"
	    "    \xC2\xB7 [3]Mar 24\n"
	    "\n"
	    "   Sport teaches teamwork and gives children a place to belong at school.\n"
	    "   (BUTTON)\n"
	    "   Upvote \xC2\xB7\n"
	    "   (BUTTON)\n"
	    "   [4]\n"
	    "   Profile photo for Bob Stone\n"
	    "   [5]\n"
	    "   Bob Stone\n"
	    "   \xC2\xB7\n"
	    "   Follow\n"
	    "    \xC2\xB7 [6]Updated May 17\n"
	    "\n"
	    "   It really is a costly feel good item for most schools.\n"
	    "   (BUTTON)\n"
	    "   Upvote \xC2\xB7\n"
	    "   (BUTTON)\n"
	    "   [7]\n"
	    "   Profile photo for Cara Diaz\n"
	    "   [8]\n"
	    "   Cara Diaz\n"
	    "   \xC2\xB7\n"
	    "   Follow\n"
	    "   Parent of three\n"
	    "    \xC2\xB7 [9]May 3\n"
	    "\n"
	    "   Exercise, but clearly not nearly enough of it.\n"
	    "   (BUTTON)\n"
	    "   Upvote \xC2\xB7\n";
	static const char es[] =
	    "\xC2\xBFVale la pena el deporte escolar?\n"
	    "\n"
	    "   Respuestas (3)\n"
	    "   (BUTTON)\n"
	    "   [1]\n"
	    "   Foto de perfil de Luc\xC3\xAD" "a G\xC3\xB3mez\n"
	    "   [2]\n"
	    "   Luc\xC3\xAD" "a G\xC3\xB3mez\n"
	    "   \xC2\xB7\n"
	    "   Seguir\n"
	    "   Profesora en el Instituto Sur\n"
	    "    \xC2\xB7 [3]12/03/2024 14:05\n"
	    "\n"
	    "   El deporte ense\xC3\xB1" "a a trabajar en equipo y a respetar al otro.\n"
	    "   (BUTTON)\n"
	    "   Votar \xC2\xB7\n"
	    "   (BUTTON)\n"
	    "   [4]\n"
	    "   Foto de perfil de Pedro Ruiz\n"
	    "   [5]\n"
	    "   Pedro Ruiz\n"
	    "   \xC2\xB7\n"
	    "   Seguir\n"
	    "    \xC2\xB7 [6]14/03/2024 09:30\n"
	    "\n"
	    "   Cuesta mucho dinero y pocos alumnos lo aprovechan de verdad.\n"
	    "   (BUTTON)\n"
	    "   Votar \xC2\xB7\n"
	    "   (BUTTON)\n"
	    "   [7]\n"
	    "   Foto de perfil de Marta Sanz\n"
	    "   [8]\n"
	    "   Marta Sanz\n"
	    "   \xC2\xB7\n"
	    "   Seguir\n"
	    "   Madre de dos hijos\n"
	    "    \xC2\xB7 [9]15/03/2024 18:45\n"
	    "\n"
	    "   Mis hijos aprendieron m\xC3\xA1s en el campo que en el aula.\n"
	    "   (BUTTON)\n"
	    "   Votar \xC2\xB7\n";
	static const char *const en_names[] = {"Ann Lee", "Bob Stone", "Cara Diaz"};
	static const char *const en_posted[] = {"Mar 24", "May 17", "May 3"};
	static const char *const es_names[] = {"Luc\xC3\xAD" "a G\xC3\xB3mez", "Pedro Ruiz", "Marta Sanz"};
	static const char *const es_words[] = {
	    "El deporte ense\xC3\xB1" "a a trabajar en equipo y a respetar al otro.",
	    "Cuesta mucho dinero y pocos alumnos lo aprovechan de verdad.",
	    "Mis hijos aprendieron m\xC3\xA1s en el campo que en el aula."};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 0);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t->order[i]->posted, en_posted[i]);
	assert_string_equal(t->order[1]->body.v[0], "It really is a costly feel good item for most schools.");
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, es_names, NULL, 0);
	check_first_words(t, 3, es_words);
	assert_string_equal(t->order[2]->time, "2024-03-15T18:45");
	tt_thread_free(t);
}

/* Toutiao's comments in lynx's dump (round 27): each an item of a list,
 * the writer's name, a like count, the text, then the reply button joined
 * to the date by a middle dot ("(BUTTON) 回复·05月10日"), the next item
 * right under it. The button's word before the dot is the date's lead;
 * a text ending in a Chinese full stop or exclamation mark ("。", "！") is
 * no name over the date, though it holds one "word"; and the first item's
 * name, under the comments' heading, opens its comment though the page's
 * title still waits for a date. The second page is Japanese ("返信·5月10日",
 * a question mark "？"). The third and fourth are the same as w3m draws
 * them: each item's bullet and avatar alone on lines over the name ("•"
 * over "[996dbcd3f7]"), passed over between the date above and the name,
 * the avatar no name, the bullet opening the item. */
static void test_round27_dumps_b_reply_dot_date_under_text(void **state)
{
	(void)state;
	static const char zh[] =
	    "\xE5\x89\x8D\xE5\x9B\x9B\xE4\xB8\xAA\xE6\x9C\x88\xE5\xA4\x96\xE8\xB4\xB8\xE8\xBF\x9B\xE5\x87\xBA\xE5\x8F\xA3\xE5\xA2\x9E\xE9\x95\xBF\n"
	    "\n"
	    "\xE4\xBB\x8A\xE5\xB9\xB4\xE5\x89\x8D\xE5\x9B\x9B\xE4\xB8\xAA\xE6\x9C\x88\xEF\xBC\x8C\xE6\x88\x91\xE5\x9B\xBD\xE8\xB4\xA7\xE7\x89\xA9\xE8\xB4\xB8\xE6\x98\x93\xE8\xBF\x9B\xE5\x87\xBA\xE5\x8F\xA3\xE6\x80\xBB\xE5\x80\xBC\xE5\xA2\x9E\xE9\x95\xBF\xEF\xBC\x8C\xE5\xAF\xB9\xE5\x85\xB1\xE5\xBB\xBA\xE5\x9B\xBD\xE5\xAE\xB6\xE8\xBF\x9B\xE5\x87\xBA\xE5\x8F\xA3\xE5\xA2\x9E\xE9\x95\xBF\xE6\x9B\xB4\xE5\xBF\xAB\xE3\x80\x82\n"
	    "\n"
	    "   (BUTTON) \xE8\xAF\x84\xE8\xAE\xBA\n"
	    "\n"
	    "     * [7]\xE8\xBE\xBD\xE9\x98\x94\n"
	    "       12\n"
	    "       \xE5\xAF\xB9\xE5\x85\xB1\xE5\xBB\xBA\xE4\xB8\x80\xE5\xB8\xA6\xE4\xB8\x80\xE8\xB7\xAF\xE5\x9B\xBD\xE5\xAE\xB6\xE8\xBF\x9B\xE5\x87\xBA\xE5\x8F\xA3\xE5\x88\x86\xE5\x88\xAB\xE5\xA2\x9E\xE9\x95\xBF\xEF\xBC\x8C\xE5\x9D\x87\xE9\xAB\x98\xE4\xBA\x8E\xE5\xA4\x96\xE8\xB4\xB8\xE6\x95\xB4\xE4\xBD\x93\xE5\xA2\x9E\xE9\x80\x9F\xEF\xBC\x81\n"
	    "       (BUTTON) \xE5\x9B\x9E\xE5\xA4\x8D\xC2\xB7" "05\xE6\x9C\x88" "10\xE6\x97\xA5\n"
	    "     * [8]\xE8\xAF\x97\xE5\x92\x8C\xE8\xBF\x9C\xE6\x96\xB9\n"
	    "       147\n"
	    "       \xE4\xBB\x8A\xE5\xB9\xB4\xE5\x89\x8D" "4\xE4\xB8\xAA\xE6\x9C\x88\xEF\xBC\x8C\xE6\x88\x91\xE5\x9B\xBD\xE8\xB4\xA7\xE7\x89\xA9\xE8\xB4\xB8\xE6\x98\x93\xE8\xBF\x9B\xE5\x87\xBA\xE5\x8F\xA3\xE6\x80\xBB\xE5\x80\xBC\xE5\x90\x8C\xE6\xAF\x94\xE5\xA2\x9E\xE9\x95\xBF" "5.7%\xE3\x80\x82\n"
	    "       (BUTTON) \xE5\x9B\x9E\xE5\xA4\x8D\xC2\xB7" "05\xE6\x9C\x88" "10\xE6\x97\xA5\n"
	    "     * [9]\xE5\x86\xB0\xE9\x9B\xAA\xE4\xB9\x8B\xE7\x9F\xB3" "730663011029\n"
	    "       184\n"
	    "       \xE5\xA4\x96\xE8\xB4\xB8\xE5\xA2\x9E\xE9\x95\xBF\xE5\xB0\x86\xE6\x8C\x81\xE7\xBB\xAD\xE7\x84\x95\xE5\x8F\x91\xE6\x96\xB0\xE6\xB4\xBB\xE5\x8A\x9B\xE3\x80\x82\n"
	    "       (BUTTON) \xE5\x9B\x9E\xE5\xA4\x8D\xC2\xB7" "05\xE6\x9C\x88" "11\xE6\x97\xA5\n"
	    "     * [10]\xE5\xB0\x8F\xE6\x98\x8E\n"
	    "       3\n"
	    "       \xE6\x88\x91\xE5\x90\x8C\xE6\x84\x8F\xE8\xBF\x99\xE4\xB8\xAA\xE7\x9C\x8B\xE6\xB3\x95\xE3\x80\x82\n"
	    "       (BUTTON) \xE5\x9B\x9E\xE5\xA4\x8D\xC2\xB7" "05\xE6\x9C\x88" "11\xE6\x97\xA5\n"
	    "\n"
	    "   (BUTTON) \xE6\x9F\xA5\xE7\x9C\x8B\xE5\x85\xA8\xE9\x83\xA8 139 \xE6\x9D\xA1\xE8\xAF\x84\xE8\xAE\xBA\n";
	static const char ja[] =
	    "\xE6\xB8\xAF\xE3\x81\xAE\xE3\x83\x95\xE3\x82\xA7\xE3\x83\xAA\xE3\x83\xBC\xE3\x80\x81\xE6\x97\xA5\xE6\xB2\xA1\xE3\x81\xA7\xE9\x81\x8B\xE8\x88\xAA\xE7\xB5\x82\xE4\xBA\x86\xE3\x81\xB8\n"
	    "\n"
	    "\xE5\xB8\x82\xE3\x81\xAF\xE5\x8D\x81\xE6\x9C\x88\xE3\x81\x8B\xE3\x82\x89\xE6\xB8\xAF\xE3\x81\xAE\xE3\x83\x95\xE3\x82\xA7\xE3\x83\xAA\xE3\x83\xBC\xE3\x82\x92\xE6\x97\xA5\xE6\xB2\xA1\xE3\x81\xA7\xE7\xB5\x82\xE3\x81\x88\xE3\x82\x8B\xE3\x81\xA8\xE7\x99\xBA\xE8\xA1\xA8\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\xE5\xB9\xB4\xE9\x96\x93\xE4\xBA\x8C\xE7\x99\xBE\xE4\xB8\x87\xE5\x86\x86\xE3\x81\xAE\xE7\xAF\x80\xE7\xB4\x84\xE3\x81\xAB\xE3\x81\xAA\xE3\x82\x8B\xE3\x81\xA8\xE3\x81\x84\xE3\x81\x86\xE3\x80\x82\n"
	    "\n"
	    "   (BUTTON) \xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88\n"
	    "\n"
	    "     * [7]\xE5\xB1\xB1\xE7\x94\xB0\xE5\xA4\xAA\xE9\x83\x8E\n"
	    "       12\n"
	    "       \xE5\x9B\x9B\xE6\x99\x82\xE3\x81\xAE\xE6\x9C\x80\xE7\xB5\x82\xE4\xBE\xBF\xE3\x81\xAF\xE6\x97\xA9\xE3\x81\x99\xE3\x81\x8E\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82\n"
	    "       (BUTTON) \xE8\xBF\x94\xE4\xBF\xA1\xC2\xB7" "5\xE6\x9C\x88" "10\xE6\x97\xA5\n"
	    "     * [8]\xE4\xBD\x90\xE8\x97\xA4\xE8\x8A\xB1\xE5\xAD\x90\n"
	    "       147\n"
	    "       \xE3\x83\x90\xE3\x82\xB9\xE3\x81\xAF\xE5\xA4\x9C\xE4\xB8\xAD\xE3\x81\xBE\xE3\x81\xA7\xE8\xB5\xB0\xE3\x81\xA3\xE3\x81\xA6\xE3\x81\x84\xE3\x81\xBE\xE3\x81\x99\xE3\x82\x88\xEF\xBC\x81\n"
	    "       (BUTTON) \xE8\xBF\x94\xE4\xBF\xA1\xC2\xB7" "5\xE6\x9C\x88" "10\xE6\x97\xA5\n"
	    "     * [9]\xE9\x88\xB4\xE6\x9C\xA8\xE4\xB8\x80\xE9\x83\x8E\n"
	    "       184\n"
	    "       \xE4\xBA\x8C\xE7\x99\xBE\xE4\xB8\x87\xE5\x86\x86\xE3\x81\xAF\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE3\x82\xA8\xE3\x83\xB3\xE3\x82\xB8\xE3\x83\xB3\xE4\xB8\x80\xE5\x8F\xB0\xE3\x81\xAE\xE5\x80\xA4\xE6\xAE\xB5\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82\n"
	    "       (BUTTON) \xE8\xBF\x94\xE4\xBF\xA1\xC2\xB7" "5\xE6\x9C\x88" "11\xE6\x97\xA5\n"
	    "     * [10]\xE7\x94\xB0\xE4\xB8\xAD\n"
	    "       3\n"
	    "       \xE3\x82\x84\xE3\x81\xA3\xE3\x81\xA8\xE5\xB8\x82\xE3\x81\x8C\xE7\xAF\x80\xE7\xB4\x84\xE3\x81\x99\xE3\x82\x8B\xE3\x81\xAE\xE3\x81\xA7\xE3\x81\x99\xE3\x81\xAD\xEF\xBC\x9F\n"
	    "       (BUTTON) \xE8\xBF\x94\xE4\xBF\xA1\xC2\xB7" "5\xE6\x9C\x88" "11\xE6\x97\xA5\n"
	    "\n"
	    "   (BUTTON) \xE3\x81\x99\xE3\x81\xB9\xE3\x81\xA6\xE3\x81\xAE\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88\xE3\x82\x92\xE8\xA6\x8B\xE3\x82\x8B\n";
	static const char zh_w3m[] =
	    "\xE5\x89\x8D\xE5\x9B\x9B\xE4\xB8\xAA\xE6\x9C\x88\xE5\xA4\x96\xE8\xB4\xB8\xE8\xBF\x9B\xE5\x87\xBA\xE5\x8F\xA3\xE5\xA2\x9E\xE9\x95\xBF\n"
	    "\n"
	    "\xE4\xBB\x8A\xE5\xB9\xB4\xE5\x89\x8D\xE5\x9B\x9B\xE4\xB8\xAA\xE6\x9C\x88\xEF\xBC\x8C\xE6\x88\x91\xE5\x9B\xBD\xE8\xB4\xA7\xE7\x89\xA9\xE8\xB4\xB8\xE6\x98\x93\xE8\xBF\x9B\xE5\x87\xBA\xE5\x8F\xA3\xE6\x80\xBB\xE5\x80\xBC\xE5\xA2\x9E\xE9\x95\xBF\xEF\xBC\x8C\xE5\xAF\xB9\xE5\x85\xB1\xE5\xBB\xBA\xE5\x9B\xBD\xE5\xAE\xB6\xE8\xBF\x9B\xE5\x87\xBA\xE5\x8F\xA3\xE5\xA2\x9E\xE9\x95\xBF\xE6\x9B\xB4\xE5\xBF\xAB\xE3\x80\x82\n"
	    "\n"
	    "\xE8\xAF\x84\xE8\xAE\xBA\n"
	    "\n"
	    "  \xE2\x80\xA2  \n"
	    "    [996dbcd3f7]\n"
	    "     \n"
	    "    \xE8\xBE\xBD\xE9\x98\x94\n"
	    "    12\n"
	    "\n"
	    "    \xE5\xAF\xB9\xE5\x85\xB1\xE5\xBB\xBA\xE4\xB8\x80\xE5\xB8\xA6\xE4\xB8\x80\xE8\xB7\xAF\xE5\x9B\xBD\xE5\xAE\xB6\xE8\xBF\x9B\xE5\x87\xBA\xE5\x8F\xA3\xE5\x88\x86\xE5\x88\xAB\xE5\xA2\x9E\xE9\x95\xBF\xEF\xBC\x8C\xE5\x9D\x87\xE9\xAB\x98\xE4\xBA\x8E\xE5\xA4\x96\xE8\xB4\xB8\xE6\x95\xB4\xE4\xBD\x93\xE5\xA2\x9E\xE9\x80\x9F\xEF\xBC\x81\n"
	    "\n"
	    "    \xE5\x9B\x9E\xE5\xA4\x8D\xC2\xB7" "05\xE6\x9C\x88" "10\xE6\x97\xA5\n"
	    "  \xE2\x80\xA2  \n"
	    "    [e5e36739fe]\n"
	    "     \n"
	    "    \xE8\xAF\x97\xE5\x92\x8C\xE8\xBF\x9C\xE6\x96\xB9\n"
	    "    147\n"
	    "\n"
	    "    \xE4\xBB\x8A\xE5\xB9\xB4\xE5\x89\x8D" "4\xE4\xB8\xAA\xE6\x9C\x88\xEF\xBC\x8C\xE6\x88\x91\xE5\x9B\xBD\xE8\xB4\xA7\xE7\x89\xA9\xE8\xB4\xB8\xE6\x98\x93\xE8\xBF\x9B\xE5\x87\xBA\xE5\x8F\xA3\xE6\x80\xBB\xE5\x80\xBC\xE5\x90\x8C\xE6\xAF\x94\xE5\xA2\x9E\xE9\x95\xBF" "5.7%\xE3\x80\x82\n"
	    "\n"
	    "    \xE5\x9B\x9E\xE5\xA4\x8D\xC2\xB7" "05\xE6\x9C\x88" "10\xE6\x97\xA5\n"
	    "  \xE2\x80\xA2  \n"
	    "    [a695e120e1]\n"
	    "     \n"
	    "    \xE5\x86\xB0\xE9\x9B\xAA\xE4\xB9\x8B\xE7\x9F\xB3" "730663011029\n"
	    "    184\n"
	    "\n"
	    "    \xE5\xA4\x96\xE8\xB4\xB8\xE5\xA2\x9E\xE9\x95\xBF\xE5\xB0\x86\xE6\x8C\x81\xE7\xBB\xAD\xE7\x84\x95\xE5\x8F\x91\xE6\x96\xB0\xE6\xB4\xBB\xE5\x8A\x9B\xE3\x80\x82\n"
	    "\n"
	    "    \xE5\x9B\x9E\xE5\xA4\x8D\xC2\xB7" "05\xE6\x9C\x88" "11\xE6\x97\xA5\n"
	    "  \xE2\x80\xA2  \n"
	    "    [b12c34d56e]\n"
	    "     \n"
	    "    \xE5\xB0\x8F\xE6\x98\x8E\n"
	    "    3\n"
	    "\n"
	    "    \xE6\x88\x91\xE5\x90\x8C\xE6\x84\x8F\xE8\xBF\x99\xE4\xB8\xAA\xE7\x9C\x8B\xE6\xB3\x95\xE3\x80\x82\n"
	    "\n"
	    "    \xE5\x9B\x9E\xE5\xA4\x8D\xC2\xB7" "05\xE6\x9C\x88" "11\xE6\x97\xA5\n"
	    "\n"
	    "\xE6\x9F\xA5\xE7\x9C\x8B\xE5\x85\xA8\xE9\x83\xA8 139 \xE6\x9D\xA1\xE8\xAF\x84\xE8\xAE\xBA\n";
	static const char ja_w3m[] =
	    "\xE6\xB8\xAF\xE3\x81\xAE\xE3\x83\x95\xE3\x82\xA7\xE3\x83\xAA\xE3\x83\xBC\xE3\x80\x81\xE6\x97\xA5\xE6\xB2\xA1\xE3\x81\xA7\xE9\x81\x8B\xE8\x88\xAA\xE7\xB5\x82\xE4\xBA\x86\xE3\x81\xB8\n"
	    "\n"
	    "\xE5\xB8\x82\xE3\x81\xAF\xE5\x8D\x81\xE6\x9C\x88\xE3\x81\x8B\xE3\x82\x89\xE6\xB8\xAF\xE3\x81\xAE\xE3\x83\x95\xE3\x82\xA7\xE3\x83\xAA\xE3\x83\xBC\xE3\x82\x92\xE6\x97\xA5\xE6\xB2\xA1\xE3\x81\xA7\xE7\xB5\x82\xE3\x81\x88\xE3\x82\x8B\xE3\x81\xA8\xE7\x99\xBA\xE8\xA1\xA8\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\xE5\xB9\xB4\xE9\x96\x93\xE4\xBA\x8C\xE7\x99\xBE\xE4\xB8\x87\xE5\x86\x86\xE3\x81\xAE\xE7\xAF\x80\xE7\xB4\x84\xE3\x81\xAB\xE3\x81\xAA\xE3\x82\x8B\xE3\x81\xA8\xE3\x81\x84\xE3\x81\x86\xE3\x80\x82\n"
	    "\n"
	    "\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88\n"
	    "\n"
	    "  \xE2\x80\xA2  \n"
	    "    [996dbcd3f7]\n"
	    "     \n"
	    "    \xE5\xB1\xB1\xE7\x94\xB0\xE5\xA4\xAA\xE9\x83\x8E\n"
	    "    12\n"
	    "\n"
	    "    \xE5\x9B\x9B\xE6\x99\x82\xE3\x81\xAE\xE6\x9C\x80\xE7\xB5\x82\xE4\xBE\xBF\xE3\x81\xAF\xE3\x80\x81\xE6\x97\xA9\xE3\x81\x99\xE3\x81\x8E\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x82\n"
	    "\n"
	    "    \xE8\xBF\x94\xE4\xBF\xA1\xC2\xB7" "5\xE6\x9C\x88" "10\xE6\x97\xA5\n"
	    "  \xE2\x80\xA2  \n"
	    "    [e5e36739fe]\n"
	    "     \n"
	    "    \xE4\xBD\x90\xE8\x97\xA4\xE8\x8A\xB1\xE5\xAD\x90\n"
	    "    147\n"
	    "\n"
	    "    \xE3\x83\x90\xE3\x82\xB9\xE3\x81\xAF\xE3\x80\x81\xE5\xA4\x9C\xE4\xB8\xAD\xE3\x81\xBE\xE3\x81\xA7\xE8\xB5\xB0\xE3\x81\xA3\xE3\x81\xA6\xE3\x81\x84\xE3\x81\xBE\xE3\x81\x99\xE3\x82\x88\xEF\xBC\x81\n"
	    "\n"
	    "    \xE8\xBF\x94\xE4\xBF\xA1\xC2\xB7" "5\xE6\x9C\x88" "10\xE6\x97\xA5\n"
	    "  \xE2\x80\xA2  \n"
	    "    [a695e120e1]\n"
	    "     \n"
	    "    \xE9\x88\xB4\xE6\x9C\xA8\xE4\xB8\x80\xE9\x83\x8E\n"
	    "    184\n"
	    "\n"
	    "    \xE4\xBA\x8C\xE7\x99\xBE\xE4\xB8\x87\xE5\x86\x86\xE3\x81\xAF\xE3\x80\x81\xE6\x96\xB0\xE3\x81\x97\xE3\x81\x84\xE3\x82\xA8\xE3\x83\xB3\xE3\x82\xB8\xE3\x83\xB3\xE4\xB8\x80\xE5\x8F\xB0\xE3\x81\xAE\xE5\x80\xA4\xE6\xAE\xB5\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82\n"
	    "\n"
	    "    \xE8\xBF\x94\xE4\xBF\xA1\xC2\xB7" "5\xE6\x9C\x88" "11\xE6\x97\xA5\n"
	    "  \xE2\x80\xA2  \n"
	    "    [b12c34d56e]\n"
	    "     \n"
	    "    \xE7\x94\xB0\xE4\xB8\xAD\n"
	    "    3\n"
	    "\n"
	    "    \xE3\x82\x84\xE3\x81\xA3\xE3\x81\xA8\xE3\x80\x81\xE5\xB8\x82\xE3\x81\x8C\xE7\xAF\x80\xE7\xB4\x84\xE3\x81\x99\xE3\x82\x8B\xE3\x81\xAE\xE3\x81\xA7\xE3\x81\x99\xE3\x81\xAD\xEF\xBC\x9F\n"
	    "\n"
	    "    \xE8\xBF\x94\xE4\xBF\xA1\xC2\xB7" "5\xE6\x9C\x88" "11\xE6\x97\xA5\n"
	    "\n"
	    "\xE3\x81\x99\xE3\x81\xB9\xE3\x81\xA6\xE3\x81\xAE\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88\xE3\x82\x92\xE8\xA6\x8B\xE3\x82\x8B\n";
	static const char *const zh_names[] = {"\xE8\xBE\xBD\xE9\x98\x94", "\xE8\xAF\x97\xE5\x92\x8C\xE8\xBF\x9C\xE6\x96\xB9",
	                                       "\xE5\x86\xB0\xE9\x9B\xAA\xE4\xB9\x8B\xE7\x9F\xB3" "730663011029", "\xE5\xB0\x8F\xE6\x98\x8E"};
	static const char *const ja_names[] = {"\xE5\xB1\xB1\xE7\x94\xB0\xE5\xA4\xAA\xE9\x83\x8E", "\xE4\xBD\x90\xE8\x97\xA4\xE8\x8A\xB1\xE5\xAD\x90",
	                                       "\xE9\x88\xB4\xE6\x9C\xA8\xE4\xB8\x80\xE9\x83\x8E", "\xE7\x94\xB0\xE4\xB8\xAD"};
	const char *const pages[] = {zh, ja, zh_w3m, ja_w3m};
	for (int p = 0; p < 4; p++) {
		const char *text = pages[p];
		int k = p & 1;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 4);
		check_tree(t, 4, k ? ja_names : zh_names, NULL, 0);
		assert_non_null(strstr(t->order[0]->posted, k ? "5\xE6\x9C\x88" "10\xE6\x97\xA5"
		                                               : "05\xE6\x9C\x88" "10\xE6\x97\xA5"));
		assert_non_null(strstr(t->order[3]->posted, "11\xE6\x97\xA5"));
		assert_int_equal(strncmp(t->order[0]->body.v[0], k ? "\xE5\x9B\x9B\xE6\x99\x82" : "\xE5\xAF\xB9\xE5\x85\xB1\xE5\xBB\xBA", 6), 0);
		tt_thread_free(t);
	}
}

/* A badge holding a number between the name and the date ("Cal | Member 2
 * | 05.01.2012 12:51", "Marie • 12 messages • le 5 janvier 2012"), apart by
 * the same mark, is no part of the name nor of the date, in any language. */
static void test_badge_between_name_and_date(void **state)
{
	(void)state;
	static const char en[] = "Harbour ferries to stop at dusk\n\n"
	                         "The city will stop its harbour ferries at dusk from October, to "
	                         "save money.\n\n3 Comments\n\n"
	                         "Cal | Member 2 | 05.01.2012 12:51\nThe last ferry is too early.\n\n"
	                         "Berta | Member 7 | 05.01.2012 13:10\nThe buses run until midnight.\n\n"
	                         "Otto | Member 3 | 06.01.2012 09:02\nTwo million is one engine.\n";
	static const char fr[] = "Les ponts de Lyon\n\n"
	                         "Le vieux pont de pierre a porté les charrettes et les tramways "
	                         "pendant deux siècles.\n\n3 commentaires\n\n"
	                         "Marie \xE2\x80\xA2 12 messages \xE2\x80\xA2 le 5 janvier 2012 à 12:51\n"
	                         "Très belles photos du pont.\n\n"
	                         "Paul \xE2\x80\xA2 3 messages \xE2\x80\xA2 le 5 janvier 2012 à 13:10\n"
	                         "Nous l'avons traversé à vélo.\n\n"
	                         "Claire \xE2\x80\xA2 140 messages \xE2\x80\xA2 le 6 janvier 2012 à "
	                         "09:02\nLe tramway était mieux.\n";
	static const char *const names[2][3] = {{"Cal", "Berta", "Otto"}, {"Marie", "Paul", "Claire"}};
	static const char *const posted[2] = {"05.01.2012 12:51", "le 5 janvier 2012 à 12:51"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? fr : en;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		for (size_t i = 0; i < 3; i++)
			assert_string_equal(t->order[i]->author, names[k][i]);
		assert_string_equal(t->order[0]->posted, posted[k]);
		assert_string_equal(t->order[0]->time, "2012-01-05T12:51");
		tt_thread_free(t);
	}
	/* (The German word before the date, "Cal am 05.01.2012 um 12:51", is
	 * the date's filler, as English "on" is: no part of the name.) */
	static const char de[] = "Hochwasser an der Elbe\n\n"
	                         "Die Pegel steigen seit Tagen, die Stadt baut Sandsäcke auf.\n\n"
	                         "3 Kommentare\n\n"
	                         "Cal am 05.01.2012 um 12:51\nBei uns steht der Keller unter Wasser.\n\n"
	                         "Berta am 05.01.2012 um 13:10\nDie Helfer sind im Einsatz.\n\n"
	                         "Otto am 06.01.2012 um 09:02\nHoffentlich hält der Damm.\n";
	tt_thread *t = import_page(de, strlen(de));
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Cal");
	assert_string_equal(t->order[0]->time, "2012-01-05T12:51");
	tt_thread_free(t);
}

/* Objectiv.tv's comments (round 26): "#N NAME DATE" on one line, the
 * comment's number before its name, newest first. The number counts the
 * comments and is no part of the name; a name then its date is a header
 * as it is without the number. The second page is another site's shape in
 * English as lynx draws it: "*" for the list's mark, a link's number
 * between the comment's number and a registered writer's name. */
static void test_round26_dumps_a_number_before_name(void **state)
{
	(void)state;
	static const char ru[] =
	    "\xD0\x9A\xD1\x83\xD1\x80\xD1\x81 \xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80\xD0\xB0 \xD0\xBA \xD0\xBB\xD0\xB5\xD1\x82\xD1\x83 \xD0\xB2\xD1\x8B\xD1\x80\xD0\xB0\xD1\x81\xD1\x82\xD0\xB5\xD1\x82\n"
	    "\n"
	    "\xD0\x9B\xD0\xB8\xD0\xB4\xD0\xB5\xD1\x80 \xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD0\xB8 \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB3\xD0\xBD\xD0\xBE\xD0\xB7\xD0\xB8\xD1\x80\xD1\x83\xD0\xB5\xD1\x82, \xD1\x87\xD1\x82\xD0\xBE \xD0\xBA \xD0\xBB\xD0\xB5\xD1\x82\xD1\x83 \xD0\xBA\xD1\x83\xD1\x80\xD1\x81 \xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80\xD0\xB0 \xD0\xB2\xD1\x8B\xD1\x80\xD0\xB0\xD1\x81\xD1\x82\xD0\xB5\xD1\x82, \xD0\xB8 \xD1\x8D\xD1\x82\xD0\xBE \xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xB5\xD1\x82 \xD1\x83\xD0\xB3\xD1\x80\xD0\xBE\xD0\xB7\xD0\xBE\xD0\xB9 \xD0\xB4\xD0\xBB\xD1\x8F \xD0\xB1\xD0\xB0\xD0\xBD\xD0\xBA\xD0\xBE\xD0\xB2.\n"
	    "\n"
	    "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8:\n"
	    "\n"
	    "  \xE2\x80\xA2 #4 \xD0\x94\xD1\x80\xD0\xBE\xD0\xBD 05.01.12, 19:09\n"
	    "     \n"
	    "\n"
	    "    \xD0\x92\xD1\x8B \xD0\xB8 \xD0\xBF\xD1\x80\xD0\xB0\xD0\xB2\xD0\xB4\xD0\xB0 \xD1\x82\xD0\xB0\xD0\xBA \xD0\xB4\xD1\x83\xD0\xBC\xD0\xB0\xD0\xB5\xD1\x82\xD0\xB5?\n"
	    "\n"
	    "  \xE2\x80\xA2 #3 \xD0\x9C\xD0\xBE\xD0\xB6\xD0\xB5\xD1\x82 \xD0\xB1\xD1\x8B\xD1\x82\xD1\x8C 05.01.12, 14:55\n"
	    "     \n"
	    "\n"
	    "    \xD0\x9A \xD0\xBB\xD0\xB5\xD1\x82\xD1\x83 \xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80\xD0\xBE\xD0\xB2 \xD0\xB1\xD1\x83\xD0\xB4\xD0\xB5\xD1\x82 \xD1\x82\xD0\xB0\xD0\xBA \xD0\xBC\xD0\xBD\xD0\xBE\xD0\xB3\xD0\xBE, \xD1\x87\xD1\x82\xD0\xBE \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0\xD0\xB2\xD0\xB0\xD1\x82\xD1\x8C\xD1\x81\xD1\x8F \xD0\xB1\xD1\x83\xD0\xB4\xD0\xB5\xD1\x82 \xD0\xBF\xD0\xBE 9.\n"
	    "\n"
	    "  \xE2\x80\xA2 #2 \xD1\x84\xD1\x8B\xD0\xB2\xD0\xB0 05.01.12, 11:39\n"
	    "     \n"
	    "\n"
	    "    \xD0\xA3\xD0\xB6\xD0\xB5 \xD0\xB7\xD0\xB0\xD0\xB1\xD1\x8B\xD0\xBB\xD0\xB8, \xD0\xBA\xD0\xB0\xD0\xBA \xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80 \xD0\xBF\xD1\x80\xD1\x8B\xD0\xB3\xD0\xB0\xD0\xBB?\n"
	    "\n"
	    "    \xD0\xBF\xD1\x80\xD0\xB5\xD0\xB4\xD1\x81\xD0\xBA\xD0\xB0\xD0\xB7\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8C...\n";
	static const char en[] =
	    "Council votes to close the night market\n"
	    "\n"
	    "   The council voted on Tuesday to close the night market by the river from May, citing noise and the cost of cleaning.\n"
	    "\n"
	    "   Comments:\n"
	    "\n"
	    "     * #4 [21]Ann Lee 03/12/2019, 21:40\n"
	    "\n"
	    "       The market was the only thing open after nine.\n"
	    "\n"
	    "     * #3 Bob 03/12/2019, 20:05\n"
	    "\n"
	    "       Noise is a fair point, the stalls play music until two.\n"
	    "\n"
	    "     * #2 [22]Cal Roe 03/12/2019, 18:30\n"
	    "\n"
	    "       Who pays for the cleaning now?\n"
	    "\n";
	static const char *const ru_authors[] = {"\xD0\x94\xD1\x80\xD0\xBE\xD0\xBD", "\xD0\x9C\xD0\xBE\xD0\xB6\xD0\xB5\xD1\x82 \xD0\xB1\xD1\x8B\xD1\x82\xD1\x8C",
	                                         "\xD1\x84\xD1\x8B\xD0\xB2\xD0\xB0"};
	static const char *const en_authors[] = {"Ann Lee", "Bob", "Cal Roe"};
	static const char *const en_first[] = {
	    "The market was the only thing open after nine.",
	    "Noise is a fair point, the stalls play music until two.",
	    "Who pays for the cleaning now?"};
	tt_thread *t = import_page(ru, strlen(ru));
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, ru_authors, NULL, 0);
	check_comment(t->order[0], ru_authors[0], "05.01.12, 19:09", "2012-01-05T19:09", 1);
	assert_int_equal(t->order[2]->body.n, 2);
	tt_thread_free(t);
	t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_authors, NULL, 1);
	check_first_words(t, 3, en_first);
	assert_string_equal(t->order[1]->posted, "03/12/2019, 20:05");
	tt_thread_free(t);
}

/* BBScloud's comments (round 26): the name over "2020.06.09 09:42 发布",
 * the year first and dotted, as Chinese, Japanese and Korean pages write
 * dates; a dotted version number ("Bitwarden 2024.8.2") is none, the
 * month and the day of a dotted date having two digits. The second page
 * is another site's shape in Korean: the name and its date on one line. */
static void test_round26_dumps_a_year_first_dots(void **state)
{
	(void)state;
	static const char zh[] =
	    "[resize]\n"
	    "\xE9\xA6\x96\xE9\xA1\xB5\n"
	    "\xE6\x9D\xBF\xE5\x9D\x97\n"
	    "\xE5\x9B\xBE\xE4\xB9\xA6\xE9\xA6\x86\xE5\xBB\xB6\xE9\x95\xBF\xE5\xA4\x9C\xE9\x97\xB4\xE5\xBC\x80\xE6\x94\xBE\xE6\x97\xB6\xE9\x97\xB4\xEF\xBC\x8C\xE4\xBD\xA0\xE6\x80\x8E\xE4\xB9\x88\xE7\x9C\x8B\n"
	    "\xE7\xB2\xBE\xE5\x8D\x8E\n"
	    "\xE5\xB0\x8F\xE7\xBC\x96\n"
	    "2020.06.09 09:37\xE5\x8F\x91\xE5\xB8\x83\xE4\xBA\x8E\xE7\xA4\xBE\xE5\x8C\xBA\xE7\xAE\xA1\xE7\x90\x86\n"
	    "512\n"
	    "\n"
	    "\xE5\x9B\xBE\xE4\xB9\xA6\xE9\xA6\x86\xE4\xB8\x8B\xE4\xB8\xAA\xE6\x9C\x88\xE8\xB5\xB7\xE5\xBB\xB6\xE9\x95\xBF\xE5\xA4\x9C\xE9\x97\xB4\xE5\xBC\x80\xE6\x94\xBE\xE6\x97\xB6\xE9\x97\xB4\xEF\xBC\x8C\xE5\x88\xB0\xE6\x99\x9A\xE4\xB8\x8A\xE5\x8D\x81\xE4\xB8\x80\xE7\x82\xB9\xEF\xBC\x8C\xE5\x91\xA8\xE6\x9C\xAB\xE7\x85\xA7\xE5\xB8\xB8\xE5\xBC\x80\xE6\x94\xBE\xE3\x80\x82\n"
	    "\n"
	    "\xE5\xA4\xA7\xE5\xAE\xB6\xE5\xAF\xB9\xE4\xBA\x8E\xE5\xBB\xB6\xE9\x95\xBF\xE5\xBC\x80\xE6\x94\xBE\xE6\x9C\x89\xE4\xBB\x80\xE4\xB9\x88\xE6\x83\xB3\xE6\xB3\x95\xE6\x88\x96\xE8\x80\x85\xE5\xBB\xBA\xE8\xAE\xAE\xE5\x91\xA2\xEF\xBC\x9F\xE8\xBF\x99\xE4\xBA\x9B\xE9\x97\xAE\xE9\xA2\x98\xE9\x80\x9A\xE9\x80\x9A\xE9\x83\xBD\xE5\x8F\xAF\xE4\xBB\xA5\xE5\x8F\x8D\xE9\xA6\x88\n"
	    "\n"
	    "yuann\n"
	    "\xE7\x82\xB9\xE8\xB5\x9E\n"
	    "\xE6\x94\xB6\xE8\x97\x8F\n"
	    "\xE5\x88\x86\xE4\xBA\xAB\n"
	    "\xE8\xAF\x84\xE8\xAE\xBA\n"
	    "3\xE4\xB8\xAA\xE8\xAF\x84\xE8\xAE\xBA\n"
	    "\xE5\x80\x92\xE5\xBA\x8F\xE7\x9C\x8B\xE5\xB8\x96\n"
	    "\xE4\xBB\x85\xE7\x9C\x8B\xE6\xA5\xBC\xE4\xB8\xBB\n"
	    "\n"
	    "    [4301477668]\n"
	    "    \xE9\xA6\x99\xE6\xA8\x9F\xE6\xA0\x91\n"
	    "    2020.06.09 09:42 \xE5\x8F\x91\xE5\xB8\x83\n"
	    "    #1\n"
	    "\n"
	    "    \xE8\x80\x83\xE8\xAF\x95\xE6\x9C\x9F\xE9\x97\xB4\xE5\xBE\x88\xE6\x9C\x89\xE5\xB8\xAE\xE5\x8A\xA9\n"
	    "\n"
	    "    \xE9\xA6\x96\xE8\xB5\x9E\n"
	    "    \xE8\xAF\x84\xE8\xAE\xBA\n"
	    "    \xE4\xB8\xBE\xE6\x8A\xA5\n"
	    "    yuann\n"
	    "    [3997105450]\n"
	    "    \xE8\xB5\x84\xE6\x96\x99\xE6\x90\xAC\xE8\xBF\x90\xE5\xB7\xA5\n"
	    "    2020.06.09 09:57 \xE5\x8F\x91\xE5\xB8\x83\n"
	    "    #2\n"
	    "\n"
	    "    \xE5\x91\xA8\xE6\x9C\xAB\xE4\xB9\x9F\xE5\xBB\xB6\xE9\x95\xBF\xE5\xB0\xB1\xE5\xA5\xBD\xE4\xBA\x86\n"
	    "\n"
	    "    \xE9\xA6\x96\xE8\xB5\x9E\n"
	    "    \xE8\xAF\x84\xE8\xAE\xBA\n"
	    "    \xE4\xB8\xBE\xE6\x8A\xA5\n"
	    "\n"
	    "\xE7\x94\xA8\xE6\x88\xB7\xE5\xA4\xB4\xE5\x83\x8F\n"
	    "\xE5\xB0\x8F\xE7\xBC\x96\n"
	    "\xE4\xB8\xBB\xE9\xA2\x98\n"
	    "148\n";
	static const char ko[] =
	    "\xEB\x8F\x84\xEC\x84\x9C\xEA\xB4\x80 \xEC\x95\xBC\xEA\xB0\x84 \xEA\xB0\x9C\xEB\xB0\xA9 \xEC\x97\xB0\xEC\x9E\xA5\n"
	    "\n"
	    "   \xEC\x8B\x9C\xEB\xA6\xBD \xEB\x8F\x84\xEC\x84\x9C\xEA\xB4\x80\xEC\x9D\xB4 \xEB\x8B\xA4\xEC\x9D\x8C \xEB\x8B\xAC\xEB\xB6\x80\xED\x84\xB0 \xEC\x95\xBC\xEA\xB0\x84 \xEA\xB0\x9C\xEB\xB0\xA9 \xEC\x8B\x9C\xEA\xB0\x84\xEC\x9D\x84 \xEB\xB0\xA4 11\xEC\x8B\x9C\xEA\xB9\x8C\xEC\xA7\x80 \xEC\x97\xB0\xEC\x9E\xA5\xED\x95\x9C\xEB\x8B\xA4\xEA\xB3\xA0 \xEB\xB0\x9D\xED\x98\x94\xEB\x8B\xA4.\n"
	    "\n"
	    "   \xEB\x8C\x93\xEA\xB8\x80 3\n"
	    "\n"
	    "   \xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98 2021.03.05 14:20\n"
	    "   \xEC\x8B\x9C\xED\x97\x98 \xEA\xB8\xB0\xEA\xB0\x84\xEC\x97\x90 \xEC\xA0\x95\xEB\xA7\x90 \xEB\x8F\x84\xEC\x9B\x80\xEC\x9D\xB4 \xEB\x90\x98\xEA\xB2\xA0\xEB\x84\xA4\xEC\x9A\x94.\n"
	    "\n"
	    "   \xEB\xB0\x95\xEC\xA7\x80\xEC\x98\x81 2021.03.05 15:02\n"
	    "   \xEC\xA3\xBC\xEB\xA7\x90\xEC\x97\x90\xEB\x8F\x84 \xEC\x97\xB0\xEC\x9E\xA5\xED\x96\x88\xEC\x9C\xBC\xEB\xA9\xB4 \xEC\xA2\x8B\xEA\xB2\xA0\xEC\x8A\xB5\xEB\x8B\x88\xEB\x8B\xA4.\n"
	    "\n"
	    "   lee_h 2021.03.06 09:15\n"
	    "   \xEC\xA3\xBC\xEC\xB0\xA8\xEC\x9E\xA5\xEC\x9D\x80 \xEB\xAA\x87 \xEC\x8B\x9C\xEA\xB9\x8C\xEC\xA7\x80 \xEC\x97\xAC\xEB\x82\x98\xEC\x9A\x94?\n";
	tt_thread *t = import_page(zh, strlen(zh));
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "\xE9\xA6\x99\xE6\xA8\x9F\xE6\xA0\x91", "2020.06.09 09:42", "2020-06-09T09:42", 2);
	check_comment(t->order[1], "\xE8\xB5\x84\xE6\x96\x99\xE6\x90\xAC\xE8\xBF\x90\xE5\xB7\xA5", "2020.06.09 09:57", "2020-06-09T09:57", 1);
	tt_thread_free(t);
	t = import_page(ko, strlen(ko));
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "\xEA\xB9\x80\xEB\xAF\xBC\xEC\x88\x98", "2021.03.05 14:20", "2021-03-05T14:20", 1);
	check_comment(t->order[2], "lee_h", "2021.03.06 09:15", "2021-03-06T09:15", 1);
	tt_thread_free(t);
	static const char version[] = "Bitwarden 2024.8.2";
	char iso[32];
	assert_int_not_equal(tt_dates_parse(version, iso), 0);
}

/* BBScloud's answers (round 26), at their comment's column: "知产人李鑫"
 * over "评论" over "香樟树" over the date: a name, one word of the
 * template's, then the name of the open comment's writer over the date.
 * The first name wrote the answer, one level under the comment of the
 * name under it. The second page is another site's shape in English:
 * "Ben Roe" over "answered" over "Ann Lee" over a day-first date. */
static void test_round26_dumps_a_answer_names_writer(void **state)
{
	(void)state;
	static const char zh[] =
	    "[resize]\n"
	    "\xE9\xA6\x96\xE9\xA1\xB5\n"
	    "\xE6\x9D\xBF\xE5\x9D\x97\n"
	    "\xE5\x9B\xBE\xE4\xB9\xA6\xE9\xA6\x86\xE5\xBB\xB6\xE9\x95\xBF\xE5\xA4\x9C\xE9\x97\xB4\xE5\xBC\x80\xE6\x94\xBE\xE6\x97\xB6\xE9\x97\xB4\xEF\xBC\x8C\xE4\xBD\xA0\xE6\x80\x8E\xE4\xB9\x88\xE7\x9C\x8B\n"
	    "\xE7\xB2\xBE\xE5\x8D\x8E\n"
	    "\xE5\xB0\x8F\xE7\xBC\x96\n"
	    "2020.06.09 09:37\xE5\x8F\x91\xE5\xB8\x83\xE4\xBA\x8E\xE7\xA4\xBE\xE5\x8C\xBA\xE7\xAE\xA1\xE7\x90\x86\n"
	    "512\n"
	    "\n"
	    "\xE5\x9B\xBE\xE4\xB9\xA6\xE9\xA6\x86\xE4\xB8\x8B\xE4\xB8\xAA\xE6\x9C\x88\xE8\xB5\xB7\xE5\xBB\xB6\xE9\x95\xBF\xE5\xA4\x9C\xE9\x97\xB4\xE5\xBC\x80\xE6\x94\xBE\xE6\x97\xB6\xE9\x97\xB4\xEF\xBC\x8C\xE5\x88\xB0\xE6\x99\x9A\xE4\xB8\x8A\xE5\x8D\x81\xE4\xB8\x80\xE7\x82\xB9\xEF\xBC\x8C\xE5\x91\xA8\xE6\x9C\xAB\xE7\x85\xA7\xE5\xB8\xB8\xE5\xBC\x80\xE6\x94\xBE\xE3\x80\x82\n"
	    "\n"
	    "\xE5\xA4\xA7\xE5\xAE\xB6\xE5\xAF\xB9\xE4\xBA\x8E\xE5\xBB\xB6\xE9\x95\xBF\xE5\xBC\x80\xE6\x94\xBE\xE6\x9C\x89\xE4\xBB\x80\xE4\xB9\x88\xE6\x83\xB3\xE6\xB3\x95\xE6\x88\x96\xE8\x80\x85\xE5\xBB\xBA\xE8\xAE\xAE\xE5\x91\xA2\xEF\xBC\x9F\xE8\xBF\x99\xE4\xBA\x9B\xE9\x97\xAE\xE9\xA2\x98\xE9\x80\x9A\xE9\x80\x9A\xE9\x83\xBD\xE5\x8F\xAF\xE4\xBB\xA5\xE5\x8F\x8D\xE9\xA6\x88\n"
	    "\n"
	    "yuann\n"
	    "\xE7\x82\xB9\xE8\xB5\x9E\n"
	    "\xE6\x94\xB6\xE8\x97\x8F\n"
	    "\xE5\x88\x86\xE4\xBA\xAB\n"
	    "\xE8\xAF\x84\xE8\xAE\xBA\n"
	    "3\xE4\xB8\xAA\xE8\xAF\x84\xE8\xAE\xBA\n"
	    "\xE5\x80\x92\xE5\xBA\x8F\xE7\x9C\x8B\xE5\xB8\x96\n"
	    "\xE4\xBB\x85\xE7\x9C\x8B\xE6\xA5\xBC\xE4\xB8\xBB\n"
	    "\n"
	    "    [4301477668]\n"
	    "    \xE9\xA6\x99\xE6\xA8\x9F\xE6\xA0\x91\n"
	    "    2020.06.09 09:42 \xE5\x8F\x91\xE5\xB8\x83\n"
	    "    #1\n"
	    "\n"
	    "    \xE8\x80\x83\xE8\xAF\x95\xE6\x9C\x9F\xE9\x97\xB4\xE5\xBE\x88\xE6\x9C\x89\xE5\xB8\xAE\xE5\x8A\xA9\n"
	    "\n"
	    "    \xE9\xA6\x96\xE8\xB5\x9E\n"
	    "    \xE8\xAF\x84\xE8\xAE\xBA\n"
	    "    \xE4\xB8\xBE\xE6\x8A\xA5\n"
	    "    \xE5\xB0\x8F\xE7\xBC\x96\n"
	    "    \xE8\xAF\x84\xE8\xAE\xBA\n"
	    "    \xE9\xA6\x99\xE6\xA8\x9F\xE6\xA0\x91\n"
	    "    2020.06.11 11:40 \xE5\x8F\x91\xE5\xB8\x83\n"
	    "\n"
	    "    \xE8\xB0\xA2\xE8\xB0\xA2\xE6\x94\xAF\xE6\x8C\x81\xE3\x80\x82\n"
	    "\n"
	    "    yuann\n"
	    "    \xE7\x82\xB9\xE8\xB5\x9E\n"
	    "    \xE8\xAF\x84\xE8\xAE\xBA\n"
	    "    \xE4\xB8\xBE\xE6\x8A\xA5\n"
	    "    [3997105450]\n"
	    "    \xE8\xB5\x84\xE6\x96\x99\xE6\x90\xAC\xE8\xBF\x90\xE5\xB7\xA5\n"
	    "    2020.06.09 09:57 \xE5\x8F\x91\xE5\xB8\x83\n"
	    "    #2\n"
	    "\n"
	    "    \xE5\x91\xA8\xE6\x9C\xAB\xE4\xB9\x9F\xE5\xBB\xB6\xE9\x95\xBF\xE5\xB0\xB1\xE5\xA5\xBD\xE4\xBA\x86\n"
	    "\n"
	    "    \xE9\xA6\x96\xE8\xB5\x9E\n"
	    "    \xE8\xAF\x84\xE8\xAE\xBA\n"
	    "    \xE4\xB8\xBE\xE6\x8A\xA5\n"
	    "\n"
	    "\xE7\x94\xA8\xE6\x88\xB7\xE5\xA4\xB4\xE5\x83\x8F\n"
	    "\xE5\xB0\x8F\xE7\xBC\x96\n"
	    "\xE4\xB8\xBB\xE9\xA2\x98\n"
	    "148\n";
	static const char en[] =
	    "Night market to close in May\n"
	    "\n"
	    "   The council voted on Tuesday to close the night market by the river from May, citing noise.\n"
	    "\n"
	    "   Comments (3)\n"
	    "\n"
	    "   Ann Lee\n"
	    "   12/03/2020 10:15\n"
	    "\n"
	    "   The market was the only thing open after nine.\n"
	    "\n"
	    "   Like\n"
	    "   Reply\n"
	    "   Ben Roe\n"
	    "   answered\n"
	    "   Ann Lee\n"
	    "   12/03/2020 11:40\n"
	    "\n"
	    "   It still is, on Fridays.\n"
	    "\n"
	    "   Like\n"
	    "   Reply\n"
	    "   Cal\n"
	    "   12/03/2020 12:05\n"
	    "\n"
	    "   Who pays for the cleaning now?\n"
	    "\n"
	    "   Like\n"
	    "   Reply\n";
	static const char *const zh_authors[] = {"\xE9\xA6\x99\xE6\xA8\x9F\xE6\xA0\x91", "\xE5\xB0\x8F\xE7\xBC\x96", "\xE8\xB5\x84\xE6\x96\x99\xE6\x90\xAC\xE8\xBF\x90\xE5\xB7\xA5"};
	static const char *const en_authors[] = {"Ann Lee", "Ben Roe", "Cal"};
	static const unsigned depths[] = {0, 1, 0};
	tt_thread *t = import_page(zh, strlen(zh));
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, zh_authors, depths, 0);
	assert_string_equal(t->order[1]->posted, "2020.06.11 11:40");
	assert_string_equal(t->order[0]->body.v[0], "\xE8\x80\x83\xE8\xAF\x95\xE6\x9C\x9F\xE9\x97\xB4\xE5\xBE\x88\xE6\x9C\x89\xE5\xB8\xAE\xE5\x8A\xA9");
	tt_thread_free(t);
	t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_authors, depths, 0);
	assert_string_equal(t->order[1]->body.v[0], "It still is, on Fridays.");
	tt_thread_free(t);
}

/* We-Dwoje's and Onet's dates (round 26): "4 Sty 12, 13:53", a day, a
 * month's short name, then the year's last two digits before the clock,
 * perhaps after a weekday and a bar ("Środa | 4 Sty 12, 13:53": its
 * capital Ś folded as tolower does not). Two digits after a month alone
 * ("Jan 12, 13:53") stay its day. The second page is another site's shape
 * in Italian: the name and the date on one line ("Giulia - 4 gen 12,
 * 13:53"), no number of it the name's. */
static void test_round26_dumps_a_two_digit_years(void **state)
{
	(void)state;
	static const char pl[] =
	    "Nowy rozk\xC5\x82" "ad tramwaj\xC3\xB3w od lutego\n"
	    "\n"
	    "Od lutego tramwaje nocne pojad\xC4\x85 co p\xC3\xB3\xC5\x82 godziny, a linie dzienne dostan\xC4\x85 nowe przystanki w centrum.\n"
	    "\n"
	    "Komentarze (3)\n"
	    "\n"
	    "Ola\n"
	    "\xC5\x9Aroda | 4 Sty 12, 13:53\n"
	    "\n"
	    "Wreszcie da si\xC4\x99 wr\xC3\xB3" "ci\xC4\x87 po koncercie.\n"
	    "\n"
	    "Marek\n"
	    "Niedziela | 1 Sty 12, 15:32\n"
	    "\n"
	    "A co z autobusami na Pradze?\n"
	    "\n"
	    "kasia_w\n"
	    "Wtorek | 14 Cze 11, 13:10\n"
	    "\n"
	    "Przystanek przy rynku jest za blisko.\n";
	static const char it[] =
	    "Il nuovo orario dei tram da febbraio\n"
	    "\n"
	    "   Da febbraio i tram notturni passeranno ogni mezz'ora e le linee diurne avranno nuove fermate in centro.\n"
	    "\n"
	    "   Commenti (3)\n"
	    "\n"
	    "   Giulia - 4 gen 12, 13:53\n"
	    "   Finalmente si torna a casa dopo il concerto.\n"
	    "\n"
	    "   Marco - 1 gen 12, 15:32\n"
	    "   E gli autobus in periferia?\n"
	    "\n"
	    "   luca_b - 14 giu 11, 13:10\n"
	    "   La fermata in piazza \xC3\xA8 troppo vicina.\n";
	tt_thread *t = import_page(pl, strlen(pl));
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "Ola", "\xC5\x9Aroda | 4 Sty 12, 13:53", "2012-01-04T13:53", 1);
	check_comment(t->order[2], "kasia_w", "Wtorek | 14 Cze 11, 13:10", "2011-06-14T13:10", 1);
	tt_thread_free(t);
	t = import_page(it, strlen(it));
	assert_int_equal(t->ncomments, 3);
	check_comment(t->order[0], "Giulia", "4 gen 12, 13:53", "2012-01-04T13:53", 1);
	check_comment(t->order[2], "luca_b", "14 giu 11, 13:10", "2011-06-14T13:10", 1);
	tt_thread_free(t);
	char iso[32];
	assert_int_not_equal(tt_dates_parse("Jan 12, 13:53", iso), 0);
}

/* We-Dwoje's comments (round 26): the name over its date, then a vote row
 * ("0    nie oceniono 0": the count, a gap of spaces between two boxes,
 * its label), then the name once more, then the text. The vote row and
 * the name under it are the header's; a vote row is no name under a date
 * either (lynx's dump, read date over name, took it for one). The second
 * page is another site's shape in English as lynx draws it: day-first
 * numeric dates, signed votes, link numbers before the name and the text. */
static void test_round26_dumps_a_votes_then_name(void **state)
{
	(void)state;
	static const char pl[] =
	    "Kac - syndrom dnia nast\xC4\x99pnego\n"
	    "\n"
	    "Kac to zesp\xC3\xB3\xC5\x82 objaw\xC3\xB3w, kt\xC3\xB3re pojawiaj\xC4\x85 si\xC4\x99 po nadmiernym spo\xC5\xBCyciu alkoholu, zwykle rano.\n"
	    "\n"
	    "Komentarze (3)\n"
	    "\n"
	    "Ola\n"
	    "\xC5\x9Aroda | 4 Sty 12, 13:53\n"
	    "0    nie oceniono 0\n"
	    "Ola\n"
	    "Najlepsza jest woda z cytryn\xC4\x85.\n"
	    "Skomentuj wypowied\xC5\xBA\n"
	    "Marek\n"
	    "Niedziela | 1 Sty 12, 15:32\n"
	    "+1    oceniono 1 raz\n"
	    "Marek\n"
	    "Ros\xC3\xB3\xC5\x82 z kurczaka, nic wi\xC4\x99" "cej.\n"
	    "Skomentuj wypowied\xC5\xBA\n"
	    "kasia_w\n"
	    "Wtorek | 14 Cze 11, 13:10\n"
	    "-2    oceniono 2 razy\n"
	    "kasia_w\n"
	    "Nie pi\xC4\x87 tyle.\n"
	    "Skomentuj wypowied\xC5\xBA\n";
	static const char en[] =
	    "Night market to close in May\n"
	    "\n"
	    "   The council voted on Tuesday to close the night market by the river from May, citing noise.\n"
	    "\n"
	    "   Comments (3)\n"
	    "\n"
	    "   Ann Lee\n"
	    "   12/03/2020 10:15\n"
	    "   +3    votes 3\n"
	    "   [21]Ann Lee\n"
	    "   [22]The market was the only thing open after nine.\n"
	    "   [23]Reply to this\n"
	    "   Ben\n"
	    "   12/03/2020 11:40\n"
	    "   0    no votes 0\n"
	    "   [24]Ben\n"
	    "   [25]It still is, on Fridays.\n"
	    "   [26]Reply to this\n"
	    "   Cal Roe\n"
	    "   12/03/2020 12:05\n"
	    "   -1    votes 1\n"
	    "   [27]Cal Roe\n"
	    "   [28]Who pays for the cleaning now?\n"
	    "   [29]Reply to this\n";
	static const char *const pl_authors[] = {"Ola", "Marek", "kasia_w"};
	static const char *const pl_first[] = {"Najlepsza jest woda z cytryn\xC4\x85.", "Ros\xC3\xB3\xC5\x82 z kurczaka, nic wi\xC4\x99" "cej.", "Nie pi\xC4\x87 tyle."};
	static const char *const en_authors[] = {"Ann Lee", "Ben", "Cal Roe"};
	static const char *const en_first[] = {"The market was the only thing open after nine.", "It still is, on Fridays.", "Who pays for the cleaning now?"};
	tt_thread *t = import_page(pl, strlen(pl));
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, pl_authors, NULL, 1);
	check_first_words(t, 3, pl_first);
	tt_thread_free(t);
	t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_authors, NULL, 1);
	check_first_words(t, 3, en_first);
	tt_thread_free(t);
}

/* We-Dwoje's comment titles (round 26): "Re: TITLE", a link w3m and lynx
 * run into the text after it with no space ("Re: Kac - syndrom dnia
 * następnegoczym się strułeś"). The opening most consecutive comments
 * share up to where they part inside a word is the title: a paragraph of
 * its own wherever it opens a comment's text run into a letter ("Re: Re:
 * TITLE" too). The second page is another site's shape in English: one-line
 * headers, lynx's link number before each title. */
static void test_round26_dumps_a_titles_run_into_text(void **state)
{
	(void)state;
	static const char pl[] =
	    "Kac - syndrom dnia nast\xC4\x99pnego\n"
	    "\n"
	    "Kac to zesp\xC3\xB3\xC5\x82 objaw\xC3\xB3w, kt\xC3\xB3re pojawiaj\xC4\x85 si\xC4\x99 po nadmiernym spo\xC5\xBCyciu alkoholu, zwykle rano.\n"
	    "\n"
	    "Komentarze (4)\n"
	    "\n"
	    "Ola\n"
	    "\xC5\x9Aroda | 4 Sty 12, 13:53\n"
	    "0    nie oceniono 0\n"
	    "Ola\n"
	    "Re: Kac - syndrom dnia nast\xC4\x99pnegoNajlepsza jest woda z cytryn\xC4\x85.\n"
	    "Skomentuj wypowied\xC5\xBA\n"
	    "Marek\n"
	    "Niedziela | 1 Sty 12, 15:32\n"
	    "+1    oceniono 1 raz\n"
	    "Marek\n"
	    "Re: Kac - syndrom dnia nast\xC4\x99pnegoros\xC3\xB3\xC5\x82 z kurczaka, nic wi\xC4\x99" "cej.\n"
	    "Skomentuj wypowied\xC5\xBA\n"
	    "Ewa\n"
	    "Sobota | 19 Gru 09, 08:58\n"
	    "0    nie oceniono 0\n"
	    "Ewa\n"
	    "Re: Kac - syndrom dnia nast\xC4\x99pnegotak mamy, sok pomidorowy.\n"
	    "Skomentuj wypowied\xC5\xBA\n"
	    "kasia_w\n"
	    "Wtorek | 14 Cze 11, 13:10\n"
	    "-2    oceniono 2 razy\n"
	    "kasia_w\n"
	    "Re: Re: Kac - syndrom dnia nast\xC4\x99pnegoNie pi\xC4\x87 tyle.\n"
	    "Skomentuj wypowied\xC5\xBA\n";
	static const char en[] =
	    "Night market to close in May\n"
	    "\n"
	    "   The council voted on Tuesday to close the night market by the river from May, citing noise.\n"
	    "\n"
	    "   4 comments\n"
	    "\n"
	    "   Ann Lee \xC2\xB7 12 Mar 2020 10:15\n"
	    "\n"
	    "   [31]Re: Night market to close in MayThe market was the only thing open after nine.\n"
	    "\n"
	    "   Ben \xC2\xB7 12 Mar 2020 11:40\n"
	    "\n"
	    "   [32]Re: Night market to close in Mayit still is, on Fridays.\n"
	    "\n"
	    "   Cal Roe \xC2\xB7 12 Mar 2020 12:05\n"
	    "\n"
	    "   [33]Re: Night market to close in MayWho pays for the cleaning now?\n"
	    "\n"
	    "   Dee \xC2\xB7 12 Mar 2020 12:30\n"
	    "\n"
	    "   [34]Re: Night market to close in Maywhy now?\n";
	tt_thread *t = import_page(pl, strlen(pl));
	assert_int_equal(t->ncomments, 4);
	for (size_t k = 0; k < 4; k++)
		assert_int_equal(t->order[k]->body.n, 2);
	assert_string_equal(t->order[0]->body.v[0], "Re: Kac - syndrom dnia nast\xC4\x99pnego");
	assert_string_equal(t->order[0]->body.v[1], "Najlepsza jest woda z cytryn\xC4\x85.");
	assert_string_equal(t->order[3]->body.v[0], "Re: Re: Kac - syndrom dnia nast\xC4\x99pnego");
	assert_string_equal(t->order[3]->body.v[1], "Nie pi\xC4\x87 tyle.");
	tt_thread_free(t);
	t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 4);
	for (size_t k = 0; k < 4; k++) {
		assert_int_equal(t->order[k]->body.n, 2);
		assert_string_equal(t->order[k]->body.v[0], "Re: Night market to close in May");
	}
	assert_string_equal(t->order[1]->body.v[1], "it still is, on Fridays.");
	tt_thread_free(t);
}

/* We-Dwoje's article (round 26): its section's name over its date to the
 * day ("Warto wiedzieć" over "01 Sty 2012"), then the count, the views and
 * the writer, over the article; the comments' names over dates to the
 * minute at the same column. The byline stands apart from the comments'
 * template by its date alone: it is no first comment, and the article
 * under it stays the article. The second page is another site's shape in
 * English: day-first numeric dates in the comments. */
static void test_round26_dumps_a_byline_dated_to_day(void **state)
{
	(void)state;
	static const char pl[] =
	    "[szukana fraza...    ] [wybierz   ] []\n"
	    "  \xE2\x80\xA2 Zdrowie\n"
	    "  \xE2\x80\xA2 Uroda\n"
	    "  \xE2\x80\xA2 Moda\n"
	    "\n"
	    "Warto wiedzie\xC4\x87\n"
	    "01 Sty 2012\n"
	    "kom. (4)\n"
	    "3071\n"
	    "Katarzyna Ziaja\n"
	    "\n"
	    "Kac - syndrom dnia nast\xC4\x99pnego\n"
	    "\n"
	    "Niemal po ka\xC5\xBC" "dej zakrapianej imprezie odczuwamy szereg objaw\xC3\xB3w, takich jak b\xC3\xB3le g\xC5\x82owy i pragnienie.\n"
	    "\n"
	    "Syndrom dnia nast\xC4\x99pnego to reakcja organizmu na nadmiar alkoholu, kt\xC3\xB3ry trzeba szybko usun\xC4\x85\xC4\x87.\n"
	    "\n"
	    "Najlepszym \xC5\x9Brodkiem na kaca jest umiar. Jednak nie zawsze udaje si\xC4\x99 go zachowa\xC4\x87 na imprezie.\n"
	    "\n"
	    "Alkohol negatywnie wp\xC5\x82ywa na \xC5\x9B" "ciany \xC5\xBCo\xC5\x82\xC4\x85" "dka, dlatego rano warto zje\xC5\x9B\xC4\x87 lekkie \xC5\x9Bniadanie.\n"
	    "\n"
	    "Dobrym pomys\xC5\x82" "em na \xC5\x9Bniadanie po imprezie b\xC4\x99" "dzie sa\xC5\x82" "atka owocowa albo jogurt naturalny.\n"
	    "\n"
	    "Opr\xC3\xB3" "cz zabieg\xC3\xB3w tradycyjnych pomoc\xC4\x85 przychodz\xC4\x85 \xC5\x9Brodki dost\xC4\x99pne w aptece bez recepty.\n"
	    "\n"
	    "Nie wolno te\xC5\xBC zapomnie\xC4\x87 o wodzie. Organizm potrzebuje jej du\xC5\xBCo, by pozby\xC4\x87 si\xC4\x99 toksyn.\n"
	    "\n"
	    "Gdy prze\xC5\x9Bpimy najgorsze objawy, kolejnym krokiem powinien by\xC4\x87 spacer na \xC5\x9Bwie\xC5\xBCym powietrzu.\n"
	    "\n"
	    "Pami\xC4\x99tajmy, \xC5\xBC" "e aby dobrze si\xC4\x99 bawi\xC4\x87, niekoniecznie potrzebny jest alkohol w du\xC5\xBCych ilo\xC5\x9B" "ciach.\n"
	    "\n"
	    "Ola\n"
	    "\xC5\x9Aroda | 4 Sty 12, 13:53\n"
	    "Najlepsza jest woda z cytryn\xC4\x85.\n"
	    "\n"
	    "Marek\n"
	    "Niedziela | 1 Sty 12, 15:32\n"
	    "Ros\xC3\xB3\xC5\x82 z kurczaka, nic wi\xC4\x99" "cej.\n"
	    "\n"
	    "kasia_w\n"
	    "Wtorek | 14 Cze 11, 13:10\n"
	    "Nie pi\xC4\x87 tyle.\n"
	    "\n"
	    "Ewa\n"
	    "Sobota | 19 Gru 09, 08:58\n"
	    "Sok pomidorowy, zawsze.\n";
	static const char en[] =
	    "[search terms...    ] [choose    ] []\n"
	    "  \xE2\x80\xA2 News\n"
	    "  \xE2\x80\xA2 Sport\n"
	    "  \xE2\x80\xA2 Travel\n"
	    "\n"
	    "City news\n"
	    "12 March 2020\n"
	    "cmt. (4)\n"
	    "3071\n"
	    "Jane Doe\n"
	    "\n"
	    "Night market to close in May\n"
	    "\n"
	    "The council voted on Tuesday to close the night market by the river from May, citing noise.\n"
	    "\n"
	    "Traders were told in a letter last week, and many say they had no warning of the vote.\n"
	    "\n"
	    "The market has run every Friday and Saturday night for eleven years, with forty stalls.\n"
	    "\n"
	    "Residents of the flats above the river have complained of music until two in the morning.\n"
	    "\n"
	    "The council says cleaning the square after each night costs it nine thousand pounds a year.\n"
	    "\n"
	    "A petition to keep the market open has gathered more than three thousand names so far.\n"
	    "\n"
	    "Traders plan to ask for a licence to move to the old bus station, which stands empty.\n"
	    "\n"
	    "The council will hear the petition at its next meeting, at the end of the month.\n"
	    "\n"
	    "Until then the market will open as usual, its organisers said on Wednesday.\n"
	    "\n"
	    "Ann Lee\n"
	    "12/03/2020 10:15\n"
	    "The market was the only thing open after nine.\n"
	    "\n"
	    "Ben\n"
	    "12/03/2020 11:40\n"
	    "It still is, on Fridays.\n"
	    "\n"
	    "Cal Roe\n"
	    "13/03/2020 12:05\n"
	    "Who pays for the cleaning now?\n"
	    "\n"
	    "Dee\n"
	    "13/03/2020 12:30\n"
	    "Why now?\n";
	static const char *const pl_authors[] = {"Ola", "Marek", "kasia_w", "Ewa"};
	static const char *const en_authors[] = {"Ann Lee", "Ben", "Cal Roe", "Dee"};
	tt_thread *t = import_page(pl, strlen(pl));
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, pl_authors, NULL, 1);
	assert_true(t->article.body.n >= 9);
	tt_thread_free(t);
	t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, en_authors, NULL, 1);
	assert_true(t->article.body.n >= 9);
	tt_thread_free(t);
}

/* Objectiv.tv's writer named "." (round 26): "#3 . 05.01.12, 12:00", a
 * name of marks alone, which reads as no name by itself, marked off by the
 * comment's number before it and the date after it. The second page is
 * another site's shape in English as lynx draws it ("* #3 ?! DATE"). */
static void test_round26_dumps_a_marks_alone_name(void **state)
{
	(void)state;
	static const char ru[] =
	    "\xD0\x9A\xD1\x83\xD1\x80\xD1\x81 \xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80\xD0\xB0 \xD0\xBA \xD0\xBB\xD0\xB5\xD1\x82\xD1\x83 \xD0\xB2\xD1\x8B\xD1\x80\xD0\xB0\xD1\x81\xD1\x82\xD0\xB5\xD1\x82\n"
	    "\n"
	    "\xD0\x9B\xD0\xB8\xD0\xB4\xD0\xB5\xD1\x80 \xD0\xBF\xD0\xB0\xD1\x80\xD1\x82\xD0\xB8\xD0\xB8 \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB3\xD0\xBD\xD0\xBE\xD0\xB7\xD0\xB8\xD1\x80\xD1\x83\xD0\xB5\xD1\x82, \xD1\x87\xD1\x82\xD0\xBE \xD0\xBA \xD0\xBB\xD0\xB5\xD1\x82\xD1\x83 \xD0\xBA\xD1\x83\xD1\x80\xD1\x81 \xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80\xD0\xB0 \xD0\xB2\xD1\x8B\xD1\x80\xD0\xB0\xD1\x81\xD1\x82\xD0\xB5\xD1\x82, \xD0\xB8 \xD1\x8D\xD1\x82\xD0\xBE \xD1\x81\xD1\x82\xD0\xB0\xD0\xBD\xD0\xB5\xD1\x82 \xD1\x83\xD0\xB3\xD1\x80\xD0\xBE\xD0\xB7\xD0\xBE\xD0\xB9 \xD0\xB4\xD0\xBB\xD1\x8F \xD0\xB1\xD0\xB0\xD0\xBD\xD0\xBA\xD0\xBE\xD0\xB2.\n"
	    "\n"
	    "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8:\n"
	    "\n"
	    "  \xE2\x80\xA2 #4 \xD0\xB0\xD0\xBA\xD1\x84\xD1\x8C 05.01.12, 13:03\n"
	    "     \n"
	    "\n"
	    "    \xD1\x83 \xD0\xB1\xD0\xB0\xD0\xBD\xD0\xBA\xD0\xBE\xD0\xB2 \xD0\xB2\xD0\xB0\xD0\xBB\xD1\x8E\xD1\x82\xD1\x8B - \xD0\xBC\xD0\xBE\xD1\x80\xD0\xB5.\n"
	    "\n"
	    "  \xE2\x80\xA2 #3 . 05.01.12, 12:00\n"
	    "     \n"
	    "\n"
	    "    \xE2\x84\x96" "1\n"
	    "\n"
	    "    \xD0\xBD\xD1\x83, \xD0\xB2\xD0\xBE-\xD0\xBF\xD0\xB5\xD1\x80\xD0\xB2\xD1\x8B\xD1\x85, \xD0\xBD\xD0\xB5 \xD0\xBE\xD1\x82\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB8 \xD0\xB0 \xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB8 \xD0\xB2 \xD0\xB0\xD1\x80\xD0\xB5\xD0\xBD\xD0\xB4\xD1\x83\n"
	    "\n"
	    "  \xE2\x80\xA2 #2 \xD1\x84\xD1\x8B\xD0\xB2\xD0\xB0 05.01.12, 11:39\n"
	    "     \n"
	    "\n"
	    "    \xD0\xA3\xD0\xB6\xD0\xB5 \xD0\xB7\xD0\xB0\xD0\xB1\xD1\x8B\xD0\xBB\xD0\xB8, \xD0\xBA\xD0\xB0\xD0\xBA \xD0\xB4\xD0\xBE\xD0\xBB\xD0\xBB\xD0\xB0\xD1\x80 \xD0\xBF\xD1\x80\xD1\x8B\xD0\xB3\xD0\xB0\xD0\xBB?\n";
	static const char en[] =
	    "Council votes to close the night market\n"
	    "\n"
	    "   The council voted on Tuesday to close the night market by the river from May, citing noise and the cost of cleaning.\n"
	    "\n"
	    "   Comments:\n"
	    "\n"
	    "     * #4 [21]Ann Lee 03/12/2019, 21:40\n"
	    "\n"
	    "       The market was the only thing open after nine.\n"
	    "\n"
	    "     * #3 ?! 03/12/2019, 20:05\n"
	    "\n"
	    "       Noise is a fair point, the stalls play music until two.\n"
	    "\n"
	    "     * #2 [22]Cal Roe 03/12/2019, 18:30\n"
	    "\n"
	    "       Who pays for the cleaning now?\n";
	static const char *const ru_authors[] = {"\xD0\xB0\xD0\xBA\xD1\x84\xD1\x8C", ".", "\xD1\x84\xD1\x8B\xD0\xB2\xD0\xB0"};
	static const char *const en_authors[] = {"Ann Lee", "?!", "Cal Roe"};
	tt_thread *t = import_page(ru, strlen(ru));
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, ru_authors, NULL, 0);
	assert_int_equal(t->order[1]->body.n, 2);
	assert_string_equal(t->order[1]->posted, "05.01.12, 12:00");
	tt_thread_free(t);
	t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_authors, NULL, 1);
	assert_string_equal(t->order[1]->body.v[0],
	                    "Noise is a fair point, the stalls play music until two.");
	tt_thread_free(t);
}

/* We-Dwoje's "Jointowy Kac..." (round 26): a line the name reader refuses
 * (it ends as a sentence trailing off) over its date, a vote row, then the
 * same line again: written twice around the date and the votes, it is the
 * writer's name. The second page is another site's shape in English as
 * lynx draws it ("who knows..." over a day-first date, the name's link
 * numbered the second time). */
static void test_round26_dumps_a_name_echoed_under_votes(void **state)
{
	(void)state;
	static const char pl[] =
	    "Kac - syndrom dnia nast\xC4\x99pnego\n"
	    "\n"
	    "Kac to zesp\xC3\xB3\xC5\x82 objaw\xC3\xB3w, kt\xC3\xB3re pojawiaj\xC4\x85 si\xC4\x99 po nadmiernym spo\xC5\xBCyciu alkoholu, zwykle rano.\n"
	    "\n"
	    "Komentarze (3)\n"
	    "\n"
	    "Ola\n"
	    "\xC5\x9Aroda | 4 Sty 12, 13:53\n"
	    "0    nie oceniono 0\n"
	    "Ola\n"
	    "Najlepsza jest woda z cytryn\xC4\x85.\n"
	    "Skomentuj wypowied\xC5\xBA\n"
	    "Marek\n"
	    "Niedziela | 1 Sty 12, 15:32\n"
	    "+1    oceniono 1 raz\n"
	    "Marek\n"
	    "Ros\xC3\xB3\xC5\x82 z kurczaka, nic wi\xC4\x99" "cej.\n"
	    "Skomentuj wypowied\xC5\xBA\n"
	    "Jointowy Kac...\n"
	    "Wtorek | 14 Cze 11, 13:10\n"
	    "-2    oceniono 2 razy\n"
	    "Jointowy Kac...\n"
	    "Nie pi\xC4\x87 tyle.\n"
	    "Skomentuj wypowied\xC5\xBA\n";
	static const char en[] =
	    "Night market to close in May\n"
	    "\n"
	    "   The council voted on Tuesday to close the night market by the river from May, citing noise.\n"
	    "\n"
	    "   Comments (3)\n"
	    "\n"
	    "   Ann Lee\n"
	    "   12/03/2020 10:15\n"
	    "   +3    votes 3\n"
	    "   [21]Ann Lee\n"
	    "   [22]The market was the only thing open after nine.\n"
	    "   [23]Reply to this\n"
	    "   Ben\n"
	    "   12/03/2020 11:40\n"
	    "   0    no votes 0\n"
	    "   [24]Ben\n"
	    "   [25]It still is, on Fridays.\n"
	    "   [26]Reply to this\n"
	    "   who knows...\n"
	    "   12/03/2020 12:05\n"
	    "   -1    votes 1\n"
	    "   [27]who knows...\n"
	    "   [28]Who pays for the cleaning now?\n"
	    "   [29]Reply to this\n";
	tt_thread *t = import_page(pl, strlen(pl));
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->author, "Jointowy Kac...");
	assert_string_equal(t->order[2]->body.v[0], "Nie pi\xC4\x87 tyle.");
	tt_thread_free(t);
	t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->author, "who knows...");
	assert_string_equal(t->order[2]->body.v[0], "Who pays for the cleaning now?");
	tt_thread_free(t);
}


/* nnz-online's footer (round 27): the copyright line over "7.4.30", the
 * PHP version the site runs, one digit for the day and the month and two
 * for the year, dotted, with no clock: a version, not a date, so the
 * footer is no comment's header. The second page is another site's shape
 * in English: a forum's footer naming its software over "5.2.17", under
 * comments of a name line over a date line and its clock. */
static void test_round27_dumps_a_dotted_version(void **state)
{
	(void)state;
	static const char de[] =
	    "Stadt er\xC3\xB6" "ffnet Nordpark-Anlage\n"
	    "\n"
	    "In Nord wurde am Freitag die neue Spiel- und Freizeitanlage er\xC3\xB6" "ffnet, die lange geplant war.\n"
	    "\n"
	    "Kommentare\n"
	    "Kritiker2010\n"
	    "06.11.2023, 13.47 Uhr\n"
	    "\n"
	    "Quantensprung? Wohl eher ein kleiner Schritt f\xC3\xBCr die Stadt.\n"
	    "\n"
	    "Letzte Kommentare\n"
	    "\n"
	    "  \xE2\x80\xA2 Impressum\n"
	    "  \xE2\x80\xA2 \xC2\xA9 2000 2023 nnz-online.de\n"
	    "  \xE2\x80\xA2 7.4.30\n"
	    "  \xE2\x80\xA2 ISO-8859-1\n";
	static const char en[] =
	    "Which tent for a week in the hills?\n"
	    "\n"
	    "I am looking for a light tent for a week of walking in the hills in spring.\n"
	    "\n"
	    "Replies\n"
	    "\n"
	    "hillwalker\n"
	    "12.03.2015 14:20\n"
	    "Take the lightest one you can afford, and a good ground sheet.\n"
	    "\n"
	    "marta_k\n"
	    "13.03.2015 09:05\n"
	    "Mine weighs two kilos and kept me dry for three wet nights.\n"
	    "\n"
	    "Forum software by OpenBoard\n"
	    "5.2.17\n"
	    "\n"
	    "Contact us\n";
	tt_thread *t = import_page(de, strlen(de));
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "Kritiker2010");
	assert_string_equal(t->order[0]->posted, "06.11.2023, 13.47 Uhr");
	tt_thread_free(t);
	t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[1]->author, "marta_k");
	assert_string_equal(t->order[1]->time, "2015-03-13T09:05");
	tt_thread_free(t);
	char iso[32];
	assert_int_not_equal(tt_dates_parse("7.4.30", iso), 0);
	assert_int_equal(tt_dates_parse("7.4.23, 12:00", iso), 0);
}


/* Simple:Press's posts (round 27): the date to the day over its clock
 * alone over the name, then the member's box (rank, group, "Forum Posts:
 * 3", "Member Since:" over its date, the post's number and buttons) down
 * to a blank line, then the text; lynx sets the next date right under the
 * text with no blank line, and its box's last line "17 sp_EditHistory
 * sp_Permalink sp_Print" reads as a count. The date is read through its
 * clock; the box is the header's. The second page is another site's shape
 * in German: day-first dates over 24-hour clocks, the box's lines other. */
static void test_round27_dumps_a_date_clock_name_box(void **state)
{
	(void)state;
	static const char en[] =
	    "Need Some Help Setting Up Data on Android Phone\n"
	    "August 29, 2011\n"
	    "6:24 am\n"
	    "wup\n"
	    "Member\n"
	    "Forum Posts: 3\n"
	    "Member Since:\n"
	    "August 29, 2011\n"
	    "Go to Top\n"
	    "1sp_Permalink sp_Print\n"
	    "\n"
	    "Wondering if you guys could help me. I just got a new phone and the data will not work.\n"
	    "Thanks\n"
	    "August 29, 2011\n"
	    "6:45 am\n"
	    "bridonca\n"
	    "Moderator\n"
	    "Forum Posts: 1201\n"
	    "Member Since:\n"
	    "April 22, 2009\n"
	    "Go to Top\n"
	    "2 sp_Permalink sp_Print\n"
	    "\n"
	    "I was looking at the other thread, and there seems to be an issue with unlocking it.\n"
	    "\n"
	    "August 29, 2011\n"
	    "8:16 am\n"
	    "pathfinder35\n"
	    "Member\n"
	    "Forum Posts: 68\n"
	    "Member Since:\n"
	    "March 3, 2011\n"
	    "Go to Top\n"
	    "17 sp_EditHistory sp_Permalink sp_Print\n"
	    "\n"
	    "So, when you say none of the settings work, does that mean no data at all?\n";
	static const char de[] =
	    "Welches Zelt f\xC3\xBCr eine Woche in den Bergen?\n"
	    "\n"
	    "12.03.2015\n"
	    "09:10\n"
	    "bergfex\n"
	    "Stammgast\n"
	    "Beitr\xC3\xA4ge: 212\n"
	    "#1 Zitieren\n"
	    "\n"
	    "Ich suche ein leichtes Zelt f\xC3\xBCr eine Woche Wandern im Fr\xC3\xBChjahr.\n"
	    "\n"
	    "12.03.2015\n"
	    "14:20\n"
	    "Wanderin_K\n"
	    "Mitglied\n"
	    "Beitr\xC3\xA4ge: 12\n"
	    "#2 Zitieren\n"
	    "\n"
	    "Nimm das leichteste, das du dir leisten kannst, und eine gute Unterlage.\n"
	    "\n"
	    "13.03.2015\n"
	    "08:05\n"
	    "Tom R.\n"
	    "Mitglied\n"
	    "Beitr\xC3\xA4ge: 40\n"
	    "#3 Zitieren\n"
	    "\n"
	    "Meins wiegt zwei Kilo und hielt drei nasse N\xC3\xA4" "chte lang dicht.\n";
	tt_thread *t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "bridonca", "August 29, 2011 6:45 am", "2011-08-29T06:45", 1);
	check_comment(t->order[1], "pathfinder35", "August 29, 2011 8:16 am", "2011-08-29T08:16", 1);
	tt_thread_free(t);
	t = import_page(de, strlen(de));
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "Wanderin_K", "12.03.2015 14:20", "2015-03-12T14:20", 1);
	check_comment(t->order[1], "Tom R.", "13.03.2015 08:05", "2015-03-13T08:05", 1);
	tt_thread_free(t);
}


/* Sabai Discuss's comments (round 27), as lynx draws them: an item of the
 * name, then the name again, the date and the comment's votes each an item
 * of a list under it ("+ [69]Judith", "+ 15 years ago", "+ 1"), then the
 * text. The number alone under the date is the header's, no text. The
 * second page is another site's shape in French: "• Marie" over "- le 3
 * mars 2020" over "- 12", the text under it. */
static void test_round27_dumps_a_votes_item_under_date(void **state)
{
	(void)state;
	static const char en[] =
	    "Is there any CMS better than WordPress?\n"
	    "\n"
	    "   I am developing a small business website and want to give some control to the owner.\n"
	    "\n"
	    "     * Judith\n"
	    "          + [69]Judith\n"
	    "          + 15 years ago\n"
	    "          + 1\n"
	    "       Having written my own CMS, it is an ordeal. N2 did that best.\n"
	    "     * Vicki\n"
	    "          + [72]Vicki\n"
	    "          + 15 years ago\n"
	    "          + 3\n"
	    "       From all .net cms I tried, N2 is by far the best.\n"
	    "     * Patrick\n"
	    "          + [75]Patrick\n"
	    "          + 14 years ago\n"
	    "       There is also WordPress but it is for PHP devs.\n";
	static const char fr[] =
	    "Quel v\xC3\xA9lo pour aller au travail ?\n"
	    "\n"
	    "Je cherche un v\xC3\xA9lo solide pour faire dix kilom\xC3\xA8tres par jour en ville.\n"
	    "\n"
	    "  \xE2\x80\xA2 Marie\n"
	    "      - Marie\n"
	    "      - le 3 mars 2020\n"
	    "      - 12\n"
	    "    Un v\xC3\xA9lo de ville avec des garde-boue, sans h\xC3\xA9siter.\n"
	    "\n"
	    "  \xE2\x80\xA2 Paul\n"
	    "      - Paul\n"
	    "      - le 4 mars 2020\n"
	    "      - 2\n"
	    "    Le mien a dix ans et roule toujours tr\xC3\xA8s bien.\n";
	tt_thread *t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Judith");
	/* (lynx's text hangs left of the items: its indentation kept) */
	const char *b = t->order[0]->body.v[0];
	assert_string_equal(b + strspn(b, " "), "Having written my own CMS, it is an ordeal. N2 did that best.");
	b = t->order[1]->body.v[0];
	assert_string_equal(b + strspn(b, " "), "From all .net cms I tried, N2 is by far the best.");
	tt_thread_free(t);
	t = import_page(fr, strlen(fr));
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Marie");
	assert_string_equal(t->order[0]->posted, "le 3 mars 2020");
	assert_string_equal(t->order[0]->body.v[0], "Un v\xC3\xA9lo de ville avec des garde-boue, sans h\xC3\xA9siter.");
	assert_string_equal(t->order[1]->body.v[0], "Le mien a dix ans et roule toujours tr\xC3\xA8s bien.");
	tt_thread_free(t);
}


/* A Simple:Press post whose text opens with a line ending in a word and a
 * colon (round 27's "From another thread:"): such a line may be a name
 * whose date comes under its text, but the next date under it opens the
 * next post's header (its clock alone under it, the name, the box): the
 * line stays the post's text. The second page is another site's shape in
 * German: day-first dates over 24-hour clocks, "Kurz gesagt:". */
static void test_round27_dumps_a_colon_line_over_next_box(void **state)
{
	(void)state;
	static const char en[] =
	    "Need Some Help Setting Up Data\n"
	    "\n"
	    "August 29, 2011\n"
	    "6:45 am\n"
	    "bridonca\n"
	    "Moderator\n"
	    "Forum Posts: 1201\n"
	    "Go to Top\n"
	    "2sp_Permalink sp_Print\n"
	    "\n"
	    "I was looking at the other thread, and there seems to be an issue with unlocking it.\n"
	    "\n"
	    "August 31, 2011\n"
	    "9:59 am\n"
	    "rockford\n"
	    "Member\n"
	    "Forum Posts: 3\n"
	    "Go to Top\n"
	    "6sp_Permalink sp_Print\n"
	    "\n"
	    "From another thread:\n"
	    "\n"
	    "The built in browser works but very few apps work for me here.\n"
	    "\n"
	    "August 31, 2011\n"
	    "10:23 am\n"
	    "chimpanzee\n"
	    "Member\n"
	    "Forum Posts: 40\n"
	    "Go to Top\n"
	    "7sp_Permalink sp_Print\n"
	    "\n"
	    "Another poster said he is now using another APN, not sure if it helps.\n";
	static const char de[] =
	    "Welches Zelt f\xC3\xBCr die Berge?\n"
	    "\n"
	    "12.03.2015\n"
	    "14:20\n"
	    "Wanderin_K\n"
	    "Mitglied\n"
	    "Beitr\xC3\xA4ge: 12\n"
	    "#2 Zitieren\n"
	    "\n"
	    "Nimm das leichteste, das du dir leisten kannst, und eine gute Unterlage.\n"
	    "\n"
	    "13.03.2015\n"
	    "08:05\n"
	    "bergfex\n"
	    "Stammgast\n"
	    "Beitr\xC3\xA4ge: 212\n"
	    "#3 Zitieren\n"
	    "\n"
	    "Kurz gesagt:\n"
	    "\n"
	    "Ein Kilo weniger tr\xC3\xA4gt sich in einer Woche sehr viel leichter.\n"
	    "\n"
	    "13.03.2015\n"
	    "09:40\n"
	    "Tom R.\n"
	    "Mitglied\n"
	    "Beitr\xC3\xA4ge: 40\n"
	    "#4 Zitieren\n"
	    "\n"
	    "Meins wiegt zwei Kilo und hielt drei nasse N\xC3\xA4" "chte lang dicht.\n";
	tt_thread *t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "rockford", "August 31, 2011 9:59 am", "2011-08-31T09:59", 2);
	assert_string_equal(t->order[0]->body.v[0], "From another thread:");
	tt_thread_free(t);
	t = import_page(de, strlen(de));
	assert_int_equal(t->ncomments, 2);
	check_comment(t->order[0], "bergfex", "13.03.2015 08:05", "2015-03-13T08:05", 2);
	assert_string_equal(t->order[0]->body.v[0], "Kurz gesagt:");
	tt_thread_free(t);
}

/* A quotation's title under the comment's own words (round 27's
 * Simple:Press: "From another thread:" over "streaker said:" over the
 * quoted post, indented): a name of a word or three, one lowercase word
 * and a colon, the name no commenter's on the page, the words under it
 * indented past it: the quotation's title, and the words quoted. As the
 * comment's first paragraph such a line stays the comment's own. The
 * second page is another site's shape in German as lynx draws it: "Aus
 * dem alten Forum:" over "bergfex schrieb:". */
static void test_round27_dumps_a_named_title_under_own_words(void **state)
{
	(void)state;
	static const char en[] =
	    "Need Some Help Setting Up Data\n"
	    "\n"
	    "August 29, 2011\n"
	    "6:45 am\n"
	    "bridonca\n"
	    "Moderator\n"
	    "Forum Posts: 1201\n"
	    "Go to Top\n"
	    "2sp_Permalink sp_Print\n"
	    "\n"
	    "I was looking at the other thread, and there seems to be an issue with unlocking it.\n"
	    "\n"
	    "August 31, 2011\n"
	    "9:59 am\n"
	    "rockford\n"
	    "Member\n"
	    "Forum Posts: 3\n"
	    "Go to Top\n"
	    "6sp_Permalink sp_Print\n"
	    "\n"
	    "From another thread:\n"
	    "\n"
	    "streaker said:\n"
	    "\n"
	    "    I have a factory unlocked phone and the built in browser works, but no apps.\n"
	    "\n"
	    "I've got the same phone, unlocked and rooted, and the data will not go.\n";
	static const char de[] =
	    "   Welches Zelt f\xC3\xBCr die Berge?\n"
	    "\n"
	    "   12.03.2015\n"
	    "   14:20\n"
	    "   Wanderin_K\n"
	    "   Mitglied\n"
	    "   Beitr\xC3\xA4ge: 12\n"
	    "   #2 Zitieren\n"
	    "\n"
	    "   Nimm das leichteste, das du dir leisten kannst, und eine gute Unterlage.\n"
	    "\n"
	    "   13.03.2015\n"
	    "   08:05\n"
	    "   Tom R.\n"
	    "   Mitglied\n"
	    "   Beitr\xC3\xA4ge: 40\n"
	    "   #3 Zitieren\n"
	    "\n"
	    "   Aus dem alten Forum:\n"
	    "\n"
	    "   bergfex schrieb:\n"
	    "\n"
	    "     Ein Kilo weniger tr\xC3\xA4gt sich in einer Woche sehr viel leichter.\n"
	    "\n"
	    "   Dem stimme ich zu, meins wiegt zwei Kilo.\n";
	tt_thread *t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 1);
	check_comment(t->order[0], "rockford", "August 31, 2011 9:59 am", "2011-08-31T09:59", 4);
	assert_string_equal(t->order[0]->body.v[1], "> streaker said:");
	assert_string_equal(t->order[0]->body.v[2], "> I have a factory unlocked phone and the built in browser works, but no apps.");
	tt_thread_free(t);
	t = import_page(de, strlen(de));
	assert_int_equal(t->ncomments, 1);
	check_comment(t->order[0], "Tom R.", "13.03.2015 08:05", "2015-03-13T08:05", 4);
	assert_string_equal(t->order[0]->body.v[1], "> bergfex schrieb:");
	assert_string_equal(t->order[0]->body.v[3], "Dem stimme ich zu, meins wiegt zwei Kilo.");
	tt_thread_free(t);
}


/* Sabai Discuss's questions and answers (round 27), as lynx draws them:
 * the question and each answer signed under its text by an item of the
 * name, one lowercase word and the date ("* [67]Arthur answered [68]16
 * years ago"), an edit's item under it; each post's comments after its
 * signature, headed (the name's item over the name, the date and the
 * votes), their text under the header; an answer's votes over its text.
 * The question is the article, its comments at the top level; each answer
 * a comment, its comments under it. The second page is another site's
 * shape in German as w3m draws it: "• Anna fragte 12.03.2015 14:20". */
static void test_round27_dumps_a_item_signed_answers(void **state)
{
	(void)state;
	static const char en[] =
	    "Is there any CMS better than WordPress?\n"
	    "\n"
	    "   I am developing a small business website and want to give some control to the owner.\n"
	    "     * [37]Arthur asked [38]16 years ago\n"
	    "     * last edited 12 years ago\n"
	    "\n"
	    "     * Annette\n"
	    "          + [39]Annette\n"
	    "          + 16 years ago\n"
	    "          + 2\n"
	    "       If you are a natural born programmer at heart, give Django a look.\n"
	    "\n"
	    "     * [56]Answers (2)\n"
	    "\n"
	    "   Good Answer\n"
	    "   4\n"
	    "   0\n"
	    "\n"
	    "   Given that the question is tagged ASP.NET, I would recommend looking at N2.\n"
	    "     * [67]Harriet answered [68]16 years ago\n"
	    "\n"
	    "     * Judith\n"
	    "          + [69]Judith\n"
	    "          + 15 years ago\n"
	    "          + 1\n"
	    "       Having written my own CMS, it is an ordeal. N2 did that best.\n"
	    "     * You must [78]login to post comments\n"
	    "\n"
	    "   3\n"
	    "   0\n"
	    "\n"
	    "   Another good CMS is KenticoCMS, easy to extend with your own controls.\n"
	    "     * [82]Patrik answered [83]15 years ago\n"
	    "\n"
	    "     * Vicki\n"
	    "          + [84]Vicki\n"
	    "          + 14 years ago\n"
	    "       I tried it and it is slow.\n";
	static const char de[] =
	    "Welches Zelt f\xC3\xBCr die Berge?\n"
	    "\n"
	    "Ich suche ein leichtes Zelt f\xC3\xBCr eine Woche Wandern im Fr\xC3\xBChjahr.\n"
	    "\n"
	    "  \xE2\x80\xA2 Anna fragte 12.03.2015 09:10\n"
	    "\n"
	    "  \xE2\x80\xA2 Bernd\n"
	    "      \xE2\x96\xA1 Bernd\n"
	    "      \xE2\x96\xA1 12.03.2015 10:00\n"
	    "    Wie schwer darf es denn sein?\n"
	    "\n"
	    "  \xE2\x80\xA2 Antworten (2)\n"
	    "\n"
	    "5\n"
	    "\n"
	    "Nimm das leichteste, das du dir leisten kannst, und eine gute Unterlage.\n"
	    "\n"
	    "  \xE2\x80\xA2 Clara antwortete 12.03.2015 14:20\n"
	    "\n"
	    "  \xE2\x80\xA2 Anna\n"
	    "      \xE2\x96\xA1 Anna\n"
	    "      \xE2\x96\xA1 12.03.2015 15:02\n"
	    "      \xE2\x96\xA1 1\n"
	    "    Danke, das hilft mir sehr.\n"
	    "\n"
	    "2\n"
	    "\n"
	    "Meins wiegt zwei Kilo und hielt drei nasse N\xC3\xA4" "chte lang dicht.\n"
	    "\n"
	    "  \xE2\x80\xA2 Tom antwortete 13.03.2015 08:05\n";
	static const char *const en_names[] = {"Annette", "Harriet", "Judith", "Patrik", "Vicki"};
	static const unsigned en_depths[] = {0, 0, 1, 0, 1};
	tt_thread *t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, en_names, en_depths, 1);
	const char *b = t->order[1]->body.v[0];
	assert_string_equal(b, "Given that the question is tagged ASP.NET, I would recommend looking at N2.");
	assert_string_equal(t->order[1]->posted, "16 years ago");
	b = t->order[2]->body.v[0];
	assert_string_equal(b + strspn(b, " "), "Having written my own CMS, it is an ordeal. N2 did that best.");
	tt_thread_free(t);
	static const char *const de_names[] = {"Bernd", "Clara", "Anna", "Tom"};
	static const unsigned de_depths[] = {0, 0, 1, 0};
	t = import_page(de, strlen(de));
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, de_names, de_depths, 1);
	check_comment(t->order[1], "Clara", "12.03.2015 14:20", "2015-03-12T14:20", 1);
	assert_string_equal(t->order[1]->body.v[0], "Nimm das leichteste, das du dir leisten kannst, und eine gute Unterlage.");
	assert_string_equal(t->order[3]->body.v[0], "Meins wiegt zwei Kilo und hielt drei nasse N\xC3\xA4" "chte lang dicht.");
	tt_thread_free(t);
}

/* Onet's forum (round 26): each answer shows its writer's name between two
 * lines of an avatar's text naming it, then a copy of the comment it
 * answers opened by that comment's date and ending in a colon ("3 sty 12,
 * 10:46 użytkownik ~jan napisał:") and closed by the same link line in
 * every post, then its own text and its own date under the text. The copy
 * is no comment, and no part of the answer. The second page is another
 * site's shape in English as lynx draws it (the copy's line "DATE NAME
 * wrote:", a "Show whole post >>" link, a "| Report" after the date), one
 * of its posts answering no one (no copy) between two that do. */
static void test_round26_dumps_onet_copy_of_answered(void **state)
{
	(void)state;
	static const char pl[] =
	    "Iran ostrzega USA\n"
	    "\n"
	    "Iran ostrzeg\xC5\x82 we wtorek Stany Zjednoczone przed powrotem lotniskowca do Zatoki Perskiej, gro\xC5\xBC\xC4\x85" "c dzia\xC5\x82" "aniami.\n"
	    "\n"
	    "Komentarze (3)\n"
	    "\n"
	    "Brak zdj\xC4\x99" "cia\n"
	    "Brak zdj\xC4\x99" "cia ~trix U\xC5\xBCytkownik anonimowy\n"
	    "~trix\n"
	    "Brak zdj\xC4\x99" "cia ~trix U\xC5\xBCytkownik anonimowy\n"
	    "do ~jan:\n"
	    "3 sty 12, 10:46 u\xC5\xBCytkownik ~jan napisa\xC5\x82:\n"
	    "W momencie, w kt\xC3\xB3rym zaatakowa\xC5\x82 Kuwejt.\n"
	    "przejd\xC5\xBA do komentarza \xC2\xBB\n"
	    "To raczej marny argument przyjacielu.\n"
	    "3 sty 12, 11:09 | ocena: 100%\n"
	    "odpowiedz\n"
	    "Brak zdj\xC4\x99" "cia\n"
	    "Brak zdj\xC4\x99" "cia ~omega U\xC5\xBCytkownik anonimowy\n"
	    "~omega\n"
	    "Brak zdj\xC4\x99" "cia ~omega U\xC5\xBCytkownik anonimowy\n"
	    "do ~jerzy:\n"
	    "3 sty 12, 10:42 u\xC5\xBCytkownik ~jerzy napisa\xC5\x82:\n"
	    "Ju\xC5\xBC przypominam.\n"
	    "Irak mia\xC5\x82 prezydenta.\n"
	    "przejd\xC5\xBA do komentarza \xC2\xBB\n"
	    "obawiam sie ze wiecej ludzi zginelo\n"
	    "po zamordowaniu saddama.\n"
	    "3 sty 12, 11:19 | ocena: 81%\n"
	    "odpowiedz\n"
	    "Brak zdj\xC4\x99" "cia\n"
	    "Brak zdj\xC4\x99" "cia ~Jak nie wiadomo o co chodzi... U\xC5\xBCytkownik anonimowy\n"
	    "~Jak nie wiadomo o co chodzi...\n"
	    "Brak zdj\xC4\x99" "cia ~Jak nie wiadomo o co chodzi... U\xC5\xBCytkownik anonimowy\n"
	    "do ~xxl:\n"
	    "3 sty 12, 11:01 u\xC5\xBCytkownik ~xxl napisa\xC5\x82:\n"
	    "Czemu USA interweniowalo w Afganistanie?\n"
	    "przejd\xC5\xBA do komentarza \xC2\xBB\n"
	    "Wietnam i Korea to by\xC5\x82y inne czasy.\n"
	    "3 sty 12, 11:40 | ocena: 84%\n"
	    "odpowiedz\n";
	static const char en[] =
	    "Council votes to close the night market\n"
	    "\n"
	    "   The council voted on Tuesday to close the night market by the river from May, citing noise and the cost of cleaning.\n"
	    "\n"
	    "   Comments (3)\n"
	    "\n"
	    "   [21]Avatar of Ann Lee\n"
	    "   Ann Lee\n"
	    "   12/03/2019 20:05 Bob Hart wrote:\n"
	    "   Noise is a fair point, the stalls play music until two.\n"
	    "   [22]Show whole post >>\n"
	    "   The market was the only thing open after nine.\n"
	    "   12/03/2019 21:40 | [23]Report\n"
	    "   [24]Avatar of Cal Roe\n"
	    "   Cal Roe\n"
	    "   12/03/2019 21:40 Ann Lee wrote:\n"
	    "   The market was the only thing open after nine.\n"
	    "   [25]Show whole post >>\n"
	    "   Who pays for the cleaning now?\n"
	    "   12/03/2019 22:15 | [26]Report\n"
	    "   [30]Avatar of Eve Kim\n"
	    "   Eve Kim\n"
	    "   Clean it ourselves, then.\n"
	    "   12/03/2019 22:30 | [31]Report\n"
	    "   [27]Avatar of Dee Fox\n"
	    "   Dee Fox\n"
	    "   12/03/2019 22:15 Cal Roe wrote:\n"
	    "   Who pays for the cleaning now?\n"
	    "   [28]Show whole post >>\n"
	    "   The stall holders did, until last year.\n"
	    "   12/03/2019 23:02 | [29]Report\n";
	static const char *const pl_authors[] = {"trix", "omega", "Jak nie wiadomo o co chodzi..."};
	static const char *const en_authors[] = {"Ann Lee", "Cal Roe", "Eve Kim", "Dee Fox"};
	static const char *const en_words[] = {"The market was the only thing open after nine.",
	                                       "Who pays for the cleaning now?",
	                                       "Clean it ourselves, then.",
	                                       "The stall holders did, until last year."};
	tt_thread *t = import_page(pl, strlen(pl));
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, pl_authors, NULL, 1);
	assert_string_equal(t->order[0]->body.v[0], "To raczej marny argument przyjacielu.");
	assert_string_equal(t->order[1]->body.v[0],
	                    "obawiam sie ze wiecej ludzi zginelo po zamordowaniu saddama.");
	assert_string_equal(t->order[2]->posted, "3 sty 12, 11:40");
	tt_thread_free(t);
	t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, en_authors, NULL, 1);
	check_first_words(t, 4, en_words);
	assert_string_equal(t->order[0]->posted, "12/03/2019 21:40"); /* not the copy's */
	tt_thread_free(t);
}

/* CodeProject's answers (round 28): each post signed under its text by a
 * labelled date ("Posted 25-Apr-24 21:52pm") over the name alone, the
 * post's comments after its signature under a label ("Comments"), each a
 * line of the name and the date over the text; the vote box and buttons
 * every post repeats around its text are the page's. The question is the
 * article; answers are comments, a post's comments answer it. The second
 * page is another site's shape in German: lynx's link numbers before the
 * names, no label over the comments, a numeric date and two comments. */
static void test_round28_dumps_a_label_signed_answers(void **state)
{
	(void)state;
	static const char en[] =
	    "How do I detect spots on tablets\n"
	    "\n"
	    "I have a frame of many tablets with spots of random colour and size. How can I find them?\n"
	    "Posted 25-Apr-24 20:59pm\n"
	    "asker42\n"
	    "Add a Solution\n"
	    "\n"
	    "2 solutions\n"
	    "\n"
	    "Please Sign up or sign in to vote.\n"
	    "\n"
	    "Solution 1\n"
	    "\n"
	    "Accept Solution Reject Solution\n"
	    "\n"
	    "I'm going to have to make assumptions that you have circular tablets.\n"
	    "\n"
	    "Permalink\n"
	    "Share this answer\n"
	    "\n"
	    "Posted 25-Apr-24 21:52pm\n"
	    "Pete Smith\n"
	    "Comments\n"
	    "asker42 26-Apr-24 5:16am\n"
	    "So most of the tablets are oval.\n"
	    "Please Sign up or sign in to vote.\n"
	    "\n"
	    "Solution 2\n"
	    "\n"
	    "Accept Solution Reject Solution\n"
	    "\n"
	    "Looks like you should use particle analysis within each tablet.\n"
	    "\n"
	    "Permalink\n"
	    "Share this answer\n"
	    "\n"
	    "Posted 29-Apr-24 0:29am\n"
	    "Amar S\n"
	    "Add a Solution\n";
	static const char de[] =
	    "Wie entkalke ich eine Kaffeemaschine?\n"
	    "\n"
	    "Meine Maschine braucht seit Wochen doppelt so lange. Was hilft wirklich?\n"
	    "   Gefragt 03.02.2021 10:15\n"
	    "   [12]kaffeefan\n"
	    "\n"
	    "   [13]Hilfreich [14]Melden\n"
	    "\n"
	    "   Zitronens\xC3\xA4ure in warmem Wasser, zweimal durchlaufen lassen.\n"
	    "\n"
	    "   [15]Antwort teilen\n"
	    "   Gefragt 03.02.2021 11:40\n"
	    "   [16]Marta Klein\n"
	    "   [17]kaffeefan 03.02.2021 12:02\n"
	    "   Danke, das hat geholfen.\n"
	    "   [18]Ute B 04.02.2021 08:30\n"
	    "   Essig geht auch, riecht aber.\n"
	    "\n"
	    "   [19]Hilfreich [20]Melden\n"
	    "\n"
	    "   Einfach ein Entkalker aus dem Handel nehmen.\n"
	    "\n"
	    "   [21]Antwort teilen\n"
	    "   Gefragt 05.02.2021 09:00\n"
	    "   [22]Jonas\n";
	tt_thread *t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Pete Smith");
	assert_string_equal(t->order[0]->posted, "25-Apr-24 21:52pm");
	assert_string_equal(t->order[0]->body.v[0],
	                    "I'm going to have to make assumptions that you have circular tablets.");
	assert_string_equal(t->order[1]->author, "asker42");
	assert_int_equal(t->order[1]->depth, 1);
	assert_string_equal(t->order[1]->body.v[0], "So most of the tablets are oval.");
	assert_string_equal(t->order[2]->author, "Amar S");
	assert_int_equal(t->order[2]->depth, 0);
	assert_string_equal(t->order[2]->time, "2024-04-29T00:29");
	assert_string_equal(t->order[2]->body.v[0],
	                    "Looks like you should use particle analysis within each tablet.");
	tt_thread_free(t);
	t = import_page(de, strlen(de));
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "Marta Klein");
	assert_string_equal(t->order[0]->body.v[0],
	                    "Zitronens\xC3\xA4ure in warmem Wasser, zweimal durchlaufen lassen.");
	assert_string_equal(t->order[2]->author, "Ute B");
	assert_int_equal(t->order[2]->depth, 1);
	assert_string_equal(t->order[2]->body.v[0], "Essig geht auch, riecht aber.");
	assert_string_equal(t->order[3]->author, "Jonas");
	assert_string_equal(t->order[3]->body.v[0], "Einfach ein Entkalker aus dem Handel nehmen.");
	tt_thread_free(t);
}


/* Imgur's comments (round 28): the name and the date run into a bullet
 * with no space either side ("ZK383•14d ago"), the client after the date
 * ("via Android", lynx's "via [18]Android"), the header over the text.
 * The second page is another site's shape in German: a middle dot run into
 * the name and a relative date, with no client. */
static void test_round28_dumps_a_glued_mark_header(void **state)
{
	(void)state;
	static const char en[] =
	    "I wish it wasn't like this\n"
	    "\n"
	    "Posting this into the oblivion. I hope all the mothers out there had a good day.\n"
	    "\n"
	    "3 Comments\n"
	    "\n"
	    "   [16]ZK383\xE2\x80\xA2" "14d ago\n"
	    "   We had two children, and the day is tough on that small, private level.\n"
	    "\n"
	    "   [17]ahorse\xE2\x80\xA2" "14d ago via [18]Android\n"
	    "   I'm glad we're finally talking about it, as a society.\n"
	    "\n"
	    "   [19]Blasty Mc\xE2\x80\xA2" "13d ago via [20]Web\n"
	    "   Sending love to all of you today.\n";
	static const char de[] =
	    "Neue Radwege in der Innenstadt\n"
	    "\n"
	    "Die Stadt baut bis zum Sommer drei neue Radwege durch die Innenstadt.\n"
	    "\n"
	    "Kommentare (3)\n"
	    "\n"
	    "Anna K\xC2\xB7vor 2 Tagen\n"
	    "Endlich, darauf warten wir seit Jahren.\n"
	    "\n"
	    "radler77\xC2\xB7vor 3 Tagen\n"
	    "Und wer bezahlt das alles?\n"
	    "\n"
	    "Jonas\xC2\xB7vor 5 Tagen\n"
	    "Die Baustellen werden ein Chaos.\n";
	tt_thread *t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "ahorse");
	assert_string_equal(t->order[1]->posted, "14d ago");
	assert_string_equal(t->order[1]->body.v[0],
	                    "I'm glad we're finally talking about it, as a society.");
	assert_string_equal(t->order[2]->author, "Blasty Mc");
	tt_thread_free(t);
	t = import_page(de, strlen(de));
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Anna K");
	assert_string_equal(t->order[0]->posted, "vor 2 Tagen");
	assert_string_equal(t->order[2]->body.v[0], "Die Baustellen werden ein Chaos.");
	tt_thread_free(t);
}


/* Whether a paragraph of c's text holds words. */
static int body_has_a(const tt_comment *c, const char *words)
{
	for (size_t i = 0; i < c->body.n; i++)
		if (strstr(c->body.v[i], words))
			return 1;
	return 0;
}

/* Imgur's comment list (round 28) as w3m draws it: a menu of short lines
 * under the heading ("Expand All", "Best", "Top", "Newest"), then each
 * one-line header over a short line ("Copy Link") and its text, and a row of buttons closing each comment
 * ("Collapse replies5 repliesReply"), which signs_above takes for text the
 * next header signs. The menu over the first header says headers: a first
 * signature would have the first comment's text over it. The second page
 * is another site's shape in German: a name and a relative date apart by a
 * middle dot, a menu of sorting words under a stated count, a badge under
 * each header, a score and buttons run together closing each comment. */
static void test_round28_dumps_a_menu_over_first_header(void **state)
{
	(void)state;
	static const char en[] =
	    "I wish it wasn't like this\n"
	    "\n"
	    "Posting this into the oblivion. I hope all the mothers out there had a good day.\n"
	    "101 Comments\n"
	    "Expand All\n"
	    "Best\n"
	    "Top\n"
	    "Newest\n"
	    "ann \xC2\xB7 14d ago\n"
	    "Copy Link\n"
	    "We had two children, and the day is tough on that small, private level.\n"
	    "329\n"
	    "Collapse replies5 repliesReply\n"
	    "bob \xC2\xB7 14d ago\n"
	    "Copy Link\n"
	    "I'm glad we're finally talking about it, as a society.\n"
	    "142\n"
	    "Collapse replies2 repliesReply\n"
	    "carl \xC2\xB7 13d ago\n"
	    "Copy Link\n"
	    "Sending love to all of you today, it is hard.\n"
	    "75\n"
	    "Collapse replies0 replyReply\n"
	    "dora \xC2\xB7 12d ago\n"
	    "Copy Link\n"
	    "Thinking of you all.\n"
	    "26\n"
	    "Collapse replies0 replyReply\n"
	    "Load more comments\n";
	static const char de2[] =
	    "Die Stadt schlie\xC3\x9F" "t das Freibad im Juli\n"
	    "\n"
	    "Das Freibad bleibt den ganzen Juli wegen Bauarbeiten geschlossen.\n"
	    "\n"
	    "4 Kommentare\n"
	    "Alle ausklappen\n"
	    "Sortieren\n"
	    "Neueste\n"
	    "\xC3\x84" "lteste\n"
	    "Marie \xC2\xB7" " vor 3 Tagen\n"
	    "Mitglied\n"
	    "Schon wieder mitten im Sommer, das ist absurd.\n"
	    "12\n"
	    "Antworten ausblenden3 AntwortenMelden\n"
	    "Paul \xC2\xB7" " vor 3 Tagen\n"
	    "Mitglied\n"
	    "Die Arbeiten waren lange geplant.\n"
	    "7\n"
	    "Antworten ausblenden1 AntwortMelden\n"
	    "Luc \xC2\xB7" " vor 4 Tagen\n"
	    "Mitglied\n"
	    "Dann gehen wir eben an den See.\n"
	    "3\n"
	    "Antworten ausblenden0 AntwortenMelden\n"
	    "Zoe \xC2\xB7" " vor 5 Tagen\n"
	    "Mitglied\n"
	    "Danke f\xC3\xBC" "r die Info.\n"
	    "1\n"
	    "Antworten ausblenden0 AntwortenMelden\n";
	tt_thread *t = import_page(en, strlen(en));
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "ann");
	/* each comment holds its own text, not the one over its header (the
	 * buttons around it may stay) */
	assert_true(body_has_a(t->order[0], "We had two children"));
	assert_false(body_has_a(t->order[1], "We had two children"));
	assert_string_equal(t->order[3]->author, "dora");
	assert_true(body_has_a(t->order[3], "Thinking of you all."));
	tt_thread_free(t);
	t = import_page(de2, strlen(de2));
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "Marie");
	assert_true(body_has_a(t->order[0], "Schon wieder mitten im Sommer"));
	assert_false(body_has_a(t->order[1], "Schon wieder mitten im Sommer"));
	assert_string_equal(t->order[3]->author, "Zoe");
	assert_true(body_has_a(t->order[3], "Danke f\xC3\xBCr die Info."));
	tt_thread_free(t);
}


/* UBB.threads' posts in lynx's dump (round 27): the header bar's name is
 * the writer of the post answered, the post's own writer stands in the
 * member box under it, drawn twice (compact, with a status after the
 * name, then full, the name alone), the box's lines repeated over the
 * text. The writer is the name drawn alone, the text starts past the
 * second drawing. The second page is a German forum of another shape
 * ("NAME - DATE" headers, "Mitglied seit", the status in brackets). */
static void test_round28_dumps_c_member_box_drawn_twice(void **state)
{
	(void)state;
	static const char en[] =
	    "Lake House Forums Hobbies Gardening What grows in shade?\n"
	    "\n"
	    "   Which plants do well in deep shade under an old maple that takes most of the water?\n"
	    "\n"
	    "   Page 12 of 40 1 2 ... 11 12 13 ... 40\n"
	    "   [top_left.gif] [top_right.gif]\n"
	    "   [left_side.gif]\n"
	    "   [14]Re: What grows in shade?\n"
	    "   [15]Maria Lopez #[16]551214 04/02/16 10:15 AM\n"
	    "   Joined: May 2009\n"
	    "   Posts: 2,310\n"
	    "   [17]Portland\n"
	    "   [18]Tom Baker Online Content\n"
	    "   Member\n"
	    "   Online Content\n"
	    "   [19]Tom Baker\n"
	    "   Member\n"
	    "   Joined: May 2009\n"
	    "   Posts: 2,310\n"
	    "   [20]Portland\n"
	    "   Hostas do well under our maple, and ferns fill the gaps between them every spring.\n"
	    "   [right_side.gif]\n"
	    "   [bottom_left.gif] [bottom_right.gif]\n"
	    "   [21]Copy Link to Clipboard\n"
	    "   [top_left.gif] [top_right.gif]\n"
	    "   [left_side.gif]\n"
	    "   [22]Re: What grows in shade?\n"
	    "   [23]Tom Baker #[24]551222 04/02/16 11:40 AM\n"
	    "   Joined: Jan 2012\n"
	    "   Posts: 88\n"
	    "   [25]Leeds\n"
	    "   [26]Ann Clark Offline\n"
	    "   Newcomer\n"
	    "   Offline\n"
	    "   [27]Ann Clark\n"
	    "   Newcomer\n"
	    "   Joined: Jan 2012\n"
	    "   Posts: 88\n"
	    "   [28]Leeds\n"
	    "   Thanks, I will try hostas.\n"
	    "   [right_side.gif]\n"
	    "   [bottom_left.gif] [bottom_right.gif]\n"
	    "   [29]Copy Link to Clipboard\n"
	    "   [top_left.gif] [top_right.gif]\n"
	    "   [left_side.gif]\n"
	    "   [30]Re: What grows in shade?\n"
	    "   [31]Ann Clark #[32]551230 04/03/16 08:05 AM\n"
	    "   Joined: May 2009\n"
	    "   Posts: 2,310\n"
	    "   [33]Portland\n"
	    "   [34]Tom Baker Offline\n"
	    "   Member\n"
	    "   Offline\n"
	    "   [35]Tom Baker\n"
	    "   Member\n"
	    "   Joined: May 2009\n"
	    "   Posts: 2,310\n"
	    "   [36]Portland\n"
	    "   Foxgloves too, if the shade is light.\n"
	    "   [right_side.gif]\n"
	    "   [bottom_left.gif] [bottom_right.gif]\n"
	    "   [37]Copy Link to Clipboard\n";
	static const char de[] =
	    "Gartenforum - Schattenpflanzen fuer den Hinterhof\n"
	    "\n"
	    "   Wer kennt Pflanzen, die unter einer alten Buche im tiefen Schatten wachsen und wenig Wasser brauchen?\n"
	    "\n"
	    "   Antworten: 3\n"
	    "\n"
	    "   Petra M. - 12.03.2015, 16:39\n"
	    "   Mitglied seit: 05.2010\n"
	    "   Beitr\xC3\xA4ge: 312\n"
	    "   Karl Weber (abwesend)\n"
	    "   Stammgast\n"
	    "   Karl Weber\n"
	    "   Stammgast\n"
	    "   Mitglied seit: 05.2010\n"
	    "   Beitr\xC3\xA4ge: 312\n"
	    "   Farne und Funkien wachsen bei uns unter der Buche seit Jahren ohne jede Pflege.\n"
	    "\n"
	    "   Karl Weber - 12.03.2015, 18:02\n"
	    "   Mitglied seit: 11.2013\n"
	    "   Beitr\xC3\xA4ge: 47\n"
	    "   Jana S. (online)\n"
	    "   Neuling\n"
	    "   Jana S.\n"
	    "   Neuling\n"
	    "   Mitglied seit: 11.2013\n"
	    "   Beitr\xC3\xA4ge: 47\n"
	    "   Danke, das probiere ich aus.\n"
	    "\n"
	    "   Jana S. - 13.03.2015, 09:12\n"
	    "   Mitglied seit: 05.2010\n"
	    "   Beitr\xC3\xA4ge: 312\n"
	    "   Karl Weber (abwesend)\n"
	    "   Stammgast\n"
	    "   Karl Weber\n"
	    "   Stammgast\n"
	    "   Mitglied seit: 05.2010\n"
	    "   Beitr\xC3\xA4ge: 312\n"
	    "   Fingerhut geht auch, wenn der Schatten licht ist.\n";
	static const char *const en_names[] = {"Tom Baker", "Ann Clark", "Tom Baker"};
	static const char *const de_names[] = {"Karl Weber", "Jana S.", "Karl Weber"};
	static const char *const en_words[] = {"Hostas do well", "Thanks, I will", "Foxgloves too"};
	static const char *const de_words[] = {"Farne und Funkien", "Danke, das", "Fingerhut geht"};
	for (int k = 0; k < 2; k++) {
		const char *text = k ? de : en;
		const char *const *words = k ? de_words : en_words;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 3);
		check_tree(t, 3, k ? de_names : en_names, NULL, 0);
		for (size_t i = 0; i < 3; i++) {
			const tt_comment *c = t->order[i];
			size_t found = 0;
			for (size_t p = 0; p < c->body.n; p++) {
				assert_null(strstr(c->body.v[p], k ? "Mitglied seit" : "Joined:"));
				found += !strncmp(c->body.v[p], words[i], strlen(words[i]));
			}
			assert_int_equal(found, 1);
		}
		tt_thread_free(t);
	}
}

/* A row of actions set apart right under a comment's header, one line of
 * eight words at most opening with an action's word, no sentence's mark
 * ("Zgłoś do usunięcia Link Podziel się", Interia's page of one comment;
 * lynx's "[13]Reply [14]Report [15]Share"), is the header's, not the
 * text's, though no other comment repeats it. */
static void test_round28_dumps_d_action_row_under_header(void **state)
{
	(void)state;
	static const char pl[] =
	    "Nowy wirus grypy w Europie\n"
	    "\n"
	    "Naukowcy ostrzegaj\xC4\x85, \xC5\xBC" "e nowy szczep wirusa grypy mo\xC5\xBC" "e dotrze\xC4\x87 do Polski jeszcze tej zimy.\n"
	    "\n"
	    "Wasze komentarze (1)\n"
	    "\n"
	    "~antyUE - 02.01.2012 (10:31)\n"
	    "\n"
	    "Zg\xC5\x82o\xC5\x9B do usuni\xC4\x99" "cia Link Podziel si\xC4\x99\n"
	    "\n"
	    "To ten sztucznie wyhodowany w laboratorium, o kt\xC3\xB3rym pisa\xC5\x82 Scientific American? Znowu trzeba nabra\xC4\x87\n"
	    "UE na zakup szczepionek za kilkana\xC5\x9B" "cie mld euro? :)\n"
	    "\n"
	    "Najciekawsze tematy na forum\n";
	static const char en[] =
	    "City council approves new tram line\n"
	    "\n"
	    "The council voted on Tuesday to build a tram line from the station to the harbour by 2026.\n"
	    "\n"
	    "2 Comments\n"
	    "\n"
	    "     [12]Martha Lane\n"
	    "     March 3, 2024 at 9:15 am\n"
	    "\n"
	    "     [13]Reply [14]Report [15]Share\n"
	    "\n"
	    "     Finally some good news for people who commute from the harbour every day.\n"
	    "\n"
	    "     [16]Tom Briggs\n"
	    "     March 3, 2024 at 11:40 am\n"
	    "\n"
	    "     [17]Like [18]Flag\n"
	    "\n"
	    "     The old bus line was never on time, so anything will be better than it.\n"
	    "\n"
	    "Related stories\n";
	tt_thread *t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "~antyUE");
	assert_true(!strncmp(t->order[0]->body.v[0], "To ten sztucznie", 16));
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->body.v[0],
	                    "Finally some good news for people who commute from the harbour every day.");
	assert_true(!strncmp(t->order[1]->body.v[0], "The old bus line", 16));
	tt_thread_free(t);
}


/* A first signature deeper than every later one of its shape signs the
 * article: the question's own "- NAME DATE | Report Duplicate" drawn in
 * the question's block (w3m indents it with the question), the answers'
 * at the margin. No comment of its own, and the answers keep theirs. */
static void test_round28_dumps_f_article_signature_deeper(void **state)
{
	(void)state;
	static const char en[] =
	    "Interview Question for Software Engineers\n"
	    "\n"
	    "  \xE2\x80\xA2 friends-questions\n"
	    "    4\n"
	    "    Answers\n"
	    "\n"
	    "    A and C are two degree friends when A is a friend of B and B of C.\n"
	    "    How will you tell two degree friends apart efficiently?\n"
	    "\n"
	    "    - gauravk.18 May 04, 2008 | Report Duplicate | Flag\n"
	    "    Software Engineer Algorithm\n"
	    "\n"
	    "Comment hidden because of low score. Click to expand.\n"
	    "0\n"
	    "\n"
	    "Sort the friends of both and search one list in the other.\n"
	    "\n"
	    "- Anonymous May 15, 2008 | Flag Reply\n"
	    "Comment hidden because of low score. Click to expand.\n"
	    "0\n"
	    "\n"
	    "Run a breadth first search from both ends at once.\n"
	    "\n"
	    "- usafzz May 20, 2008 | Flag Reply\n"
	    "Comment hidden because of low score. Click to expand.\n"
	    "0\n"
	    "\n"
	    "Keep a hash set of the friends of one and look up the other's.\n"
	    "\n"
	    "- lensbo July 18, 2008 | Flag Reply\n"
	    "Comment hidden because of low score. Click to expand.\n"
	    "0\n"
	    "\n"
	    "An adjacency matrix answers it in constant time after preprocessing.\n"
	    "\n"
	    "- Shabnam June 01, 2009 | Flag Reply\n";
	static const char de[] =
	    "Frage: Welche Pflanzen vertragen den Schatten im Garten?\n"
	    "\n"
	    "      Unser Garten liegt fast den ganzen Tag im Schatten der Nachbarh\xC3\xA4user.\n"
	    "      Welche Stauden bl\xC3\xBChen trotzdem und bleiben gesund?\n"
	    "\n"
	    "      - Gartenfreund 12.03.2021 14:05 | Melden\n"
	    "\n"
	    "  Hilfreich? Ja\n"
	    "\n"
	    "  Farne und Funkien wachsen im Schatten besonders gut und brauchen wenig Pflege.\n"
	    "\n"
	    "  - Heike 13.03.2021 09:30 | Melden | Antworten\n"
	    "  Hilfreich? Ja\n"
	    "\n"
	    "  Probier es mit Elfenblumen, die bilden schnell einen dichten Teppich.\n"
	    "\n"
	    "  - Bernd 14.03.2021 18:45 | Melden | Antworten\n"
	    "  Hilfreich? Ja\n"
	    "\n"
	    "  Waldmeister geht auch, aber er breitet sich stark aus im Beet.\n"
	    "\n"
	    "  - Ute 15.03.2021 20:10 | Melden | Antworten\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "Anonymous");
	assert_string_equal(t->order[0]->body.v[0], "Sort the friends of both and search one list in the other.");
	assert_string_equal(t->order[3]->author, "Shabnam");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Heike");
	assert_non_null(strstr(t->order[0]->body.v[0], "Farne und Funkien"));
	assert_string_equal(t->order[0]->time, "2021-03-13T09:30");
	assert_string_equal(t->order[2]->author, "Ute");
	tt_thread_free(t);
}

/* The count a page states as a wide label run into a number (360 快资讯's
 * "评论13", a Japanese "コメント3"), and the short lines each comment's
 * text opens with up to a number alone (the writer's place, then the
 * likes: "来自福建省" over "2", "東京都" over "12"), the header's. */
static tt_thread *import_stated_d(const char *page, size_t len, long *stated)
{
	struct tt_import_report r;
	tt_error err;
	tt_import_report_init(&r, 0);
	struct tt_import_opts o = {.report = &r};
	tt_thread *t = tt_import_mem("p.txt", page, len, &o, &err);
	if (!t)
		fail_msg("the page does not import: %s", err.msg);
	*stated = r.stated;
	tt_import_report_free(&r);
	return t;
}

static void test_round28_dumps_d_wide_count_and_place_lines(void **state)
{
	(void)state;
	static const char zh[] =
	    "\xE6\x96\xB0\xE9\x97\xBB\n"
	    "  \xE2\x80\xA2 \xE9\xA6\x96\xE9\xA1\xB5\n"
	    "  \xE2\x80\xA2 \xE4\xBD\x93\xE8\x82\xB2\n"
	    "\n"
	    "\xE8\xAF\x84\xE8\xAE\xBA" "13\n"
	    "\n"
	    "[t01e3825ac]\n"
	    "Yang7569\n"
	    "2024-05-11 10:46\n"
	    "\xE6\x9D\xA5\xE8\x87\xAA\xE7\xA6\x8F\xE5\xBB\xBA\xE7\x9C\x81\n"
	    "2\n"
	    "\xE8\xBF\x99\xE7\xAF\x87\xE6\x96\x87\xE7\xAB\xA0\xE6\x98\xAF\xE4\xBA\xBA\xE5\x86\x99\xE7\x9A\x84\xE5\x90\x97\xEF\xBC\x9F\xE6\x90\x9E\xE4\xB8\x8D\xE5\xA5\xBD\xE6\x98\xAF" "AI\xE5\x86\x99\xE7\x9A\x84\n"
	    "\xE5\x9B\x9E\xE5\xA4\x8D\n"
	    "[t011655040]\n"
	    "zzf1234509876\n"
	    "2024-05-10 17:46\n"
	    "\xE6\x9D\xA5\xE8\x87\xAA\xE8\xBE\xBD\xE5\xAE\x81\xE7\x9C\x81\n"
	    "8\n"
	    "\xE5\x82\xB2\xE4\xB8\xAA\xE9\xB8\xA1\xE6\xAF\x9B\xEF\xBC\x81\xE4\xB8\x80\xE5\xA4\xA9\xE5\xA4\xA9\xE7\x9A\x84\xE5\xB0\xB1\xE7\x9E\x8E\xE7\x89\xB9\xE4\xB9\x88\xE5\xBF\xBD\xE6\x82\xA0\xEF\xBC\x81\n"
	    "\xE5\x9B\x9E\xE5\xA4\x8D\n"
	    "[t016dc138e]\n"
	    "wang88\n"
	    "2024-05-10 16:08\n"
	    "\xE6\x9D\xA5\xE8\x87\xAA\xE6\xB2\xB3\xE5\x8D\x97\xE7\x9C\x81\n"
	    "1\n"
	    "\xE8\xAF\xB4\xE5\xBE\x97\xE5\xAF\xB9\xEF\xBC\x8C\xE6\x88\x91\xE4\xB9\x9F\xE8\xBF\x99\xE4\xB9\x88\xE6\x83\xB3\n"
	    "\xE5\x9B\x9E\xE5\xA4\x8D\n"
	    "\n"
	    "\xE4\xB8\x81\xE4\xBF\x8A\xE6\x99\x96\xE5\x9C\xA8\xE8\x8B\xB1\xE5\x9B\xBD\xE7\x9A\x84\xE7\x94\x9F\xE6\xB4\xBB\xE5\xBE\x88\xE4\xBD\x8E\xE8\xB0\x83\xE3\x80\x82\xE4\xBB\x96\xE6\xAF\x8F\xE5\xA4\xA9\xE8\xAE\xAD\xE7\xBB\x83\xE5\x85\xAB\xE4\xB8\xAA\xE5\xB0\x8F\xE6\x97\xB6\xEF\xBC\x8C\xE5\x91\xA8\xE6\x9C\xAB\xE9\x99\xAA\xE4\xBC\xB4\xE5\xAE\xB6\xE4\xBA\xBA\xE3\x80\x82\xE4\xBB\x96\xE8\xAF\xB4\xEF\xBC\x8C\xE5\x8F\xB0\xE7\x90\x83\xE6\x98\xAF\xE4\xBB\x96\xE4\xB8\x80\xE7\x94\x9F\xE7\x9A\x84\xE4\xBA\x8B\xE4\xB8\x9A\xE3\x80\x82\n";
	static const char ja[] =
	    "\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9\n"
	    "\n"
	    "\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88" "3\n"
	    "\n"
	    "tanaka_k\n"
	    "2024-05-11 10:46\n"
	    "\xE6\x9D\xB1\xE4\xBA\xAC\xE9\x83\xBD\n"
	    "12\n"
	    "\xE3\x81\x93\xE3\x81\xAE\xE8\xA8\x98\xE4\xBA\x8B\xE3\x81\xAF\xE3\x81\xA8\xE3\x81\xA6\xE3\x82\x82\xE9\x9D\xA2\xE7\x99\xBD\xE3\x81\x8B\xE3\x81\xA3\xE3\x81\x9F\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82\n"
	    "sato99\n"
	    "2024-05-10 17:46\n"
	    "\xE5\xA4\xA7\xE9\x98\xAA\xE5\xBA\x9C\n"
	    "3\n"
	    "\xE7\xA7\x81\xE3\x82\x82\xE3\x81\x9D\xE3\x81\x86\xE6\x80\x9D\xE3\x81\x84\xE3\x81\xBE\xE3\x81\x99\xE3\x80\x81\xE3\x81\x82\xE3\x82\x8A\xE3\x81\x8C\xE3\x81\xA8\xE3\x81\x86\xE3\x80\x82\n"
	    "yamada\n"
	    "2024-05-10 16:08\n"
	    "\xE5\x8C\x97\xE6\xB5\xB7\xE9\x81\x93\n"
	    "0\n"
	    "\xE6\xAC\xA1\xE3\x81\xAE\xE8\xA9\xA6\xE5\x90\x88\xE3\x81\x8C\xE6\xA5\xBD\xE3\x81\x97\xE3\x81\xBF\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x82\n"
	    "\n"
	    "\xE9\x81\xB8\xE6\x89\x8B\xE3\x81\xAF\xE6\xAF\x8E\xE6\x97\xA5\xE5\x85\xAB\xE6\x99\x82\xE9\x96\x93\xE7\xB7\xB4\xE7\xBF\x92\xE3\x81\x97\xE3\x81\xA6\xE3\x81\x84\xE3\x82\x8B\xE3\x80\x82\xE9\x80\xB1\xE6\x9C\xAB\xE3\x81\xAF\xE5\xAE\xB6\xE6\x97\x8F\xE3\x81\xA8\xE9\x81\x8E\xE3\x81\x94\xE3\x81\x99\xE3\x81\xA8\xE3\x81\x84\xE3\x81\x86\xE3\x80\x82\xE5\xBD\xBC\xE3\x81\xAF\xE3\x80\x81\xE3\x83\x93\xE3\x83\xAA\xE3\x83\xA4\xE3\x83\xBC\xE3\x83\x89\xE3\x81\xAF\xE4\xB8\x80\xE7\x94\x9F\xE3\x81\xAE\xE4\xBB\x95\xE4\xBA\x8B\xE3\x81\xA0\xE3\x81\xA8\xE8\xAA\x9E\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82\n";
	long stated = 0;
	tt_thread *t = import_stated_d(zh, sizeof zh - 1, &stated);
	assert_int_equal(stated, 13);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Yang7569");
	assert_true(!strncmp(t->order[1]->body.v[0], "\xE5\x82\xB2\xE4\xB8\xAA", 6)); /* 傲个 */
	tt_thread_free(t);
	t = import_stated_d(ja, sizeof ja - 1, &stated);
	assert_int_equal(stated, 3);
	assert_int_equal(t->ncomments, 3);
	assert_true(!strncmp(t->order[0]->body.v[0], "\xE3\x81\x93\xE3\x81\xAE", 6)); /* この */
	assert_true(!strncmp(t->order[2]->body.v[0], "\xE6\xAC\xA1", 3)); /* 次 */
	tt_thread_free(t);
}

/* A name line, a bracketed place closing it, over a wide label run into a
 * full date (NetEase's "丰羽煊[网易甘肃兰州手机网友]" over "热门跟贴2024-05-13
 * 09:58:13"): the label opens every date line, so it is no name; the name
 * line's is, its place cut. Then another site's shape and language: lynx's
 * link numbers before Japanese names, "投稿日" run into each date. */
static void test_old_dumps_a_name_over_label_date(void **state)
{
	(void)state;
	static const char zh[] =
	    "\xE7\xBD\x91\xE6\x98\x93\xE6\x96\xB0\xE9\x97\xBB\n"
	    "\n"
	    "\xE5\x81\x9C\xE8\xBD\xA6\xE6\x94\xB6\xE8\xB4\xB9\xE7\x9A\x84\xE6\x96\xB0\xE6\xA8\xA1\xE5\xBC\x8F\n"
	    "\n"
	    "\xE8\xBF\x91\xE6\x97\xA5\xEF\xBC\x8C\xE5\xA4\x9A\xE4\xB8\xAA\xE5\x9F\x8E\xE5\xB8\x82\xE5\xBC\x80\xE5\xA7\x8B\xE8\xAF\x95\xE7\x82\xB9\xE6\x96\xB0\xE7\x9A\x84\xE5\x81\x9C\xE8\xBD\xA6\xE6\x94\xB6\xE8\xB4\xB9\xE5\x8A\x9E\xE6\xB3\x95\xEF\xBC\x8C\xE6\x8C\x89\xE7\x85\xA7\xE5\x81\x9C\xE8\xBD\xA6\xE6\x97\xB6\xE9\x95\xBF\xE5\x92\x8C\xE5\x8C\xBA\xE5\x9F\x9F\xE5\x88\x86\xE6\xA1\xA3\xE8\xAE\xA1\xE4\xBB\xB7\xEF\xBC\x8C\xE5\xBC\x95\xE5\x8F\x91\xE5\xB8\x82\xE6\xB0\x91\xE7\x83\xAD\xE8\xAE\xAE\xE3\x80\x82\n"
	    "\n"
	    "\xE8\xB7\x9F\xE8\xB4\xB4 3\n"
	    "\n"
	    "[a308d77870]\n"
	    "\xE4\xB8\xB0\xE7\xBE\xBD\xE7\x85\x8A[\xE7\xBD\x91\xE6\x98\x93\xE7\x94\x98\xE8\x82\x83\xE5\x85\xB0\xE5\xB7\x9E\xE6\x89\x8B\xE6\x9C\xBA\xE7\xBD\x91\xE5\x8F\x8B]\n"
	    "\xE7\x83\xAD\xE9\x97\xA8\xE8\xB7\x9F\xE8\xB4\xB4" "2024-05-13 09:58:13\n"
	    "\n"
	    "\xE7\xA9\xBA\xE6\xB0\x94\xE6\x80\x8E\xE4\xB9\x88\xE8\xAE\xA1\xE9\x87\x8F\xE6\x94\xB6\xE8\xB4\xB9\xEF\xBC\x9F\xE6\x9C\x89\xE6\x97\xA0\xE6\x8A\x80\xE6\x9C\xAF\xE9\x9A\xBE\xE7\x82\xB9\xEF\xBC\x8C\xE6\x8C\xBA\xE6\x80\xA5\xE7\x9A\x84\n"
	    "\n"
	    "  \xE2\x80\xA2 +1\xE9\xA1\xB6" "5257\n"
	    "  \xE2\x80\xA2 |\xE5\x9B\x9E\xE5\xA4\x8D\n"
	    "\n"
	    "[618fef4f14]\n"
	    "\xE5\xB0\xBC\xE5\x8F\xA4\xE6\x8B\x89\xE6\x96\xAF\xE7\x8E\x8B\xE5\xAE\x87[\xE7\xBD\x91\xE6\x98\x93\xE6\xB9\x96\xE5\x8C\x97\xE6\x89\x8B\xE6\x9C\xBA\xE7\xBD\x91\xE5\x8F\x8B]\n"
	    "\xE7\x83\xAD\xE9\x97\xA8\xE8\xB7\x9F\xE8\xB4\xB4" "2024-05-13 10:29:57\n"
	    "\n"
	    "\xE8\x9E\xBA\xE4\xB8\x9D\xEF\xBC\x9F\xEF\xBC\x9F\xEF\xBC\x9F\xEF\xBC\x9F\n"
	    "\n"
	    "  \xE2\x80\xA2 +1\xE9\xA1\xB6" "1926\n"
	    "  \xE2\x80\xA2 |\xE5\x9B\x9E\xE5\xA4\x8D\n"
	    "\n"
	    "[1e50c35465]\n"
	    "\xE6\x89\x91\xE5\x95\xA6\xE6\x89\x91\xE5\x95\xA6\xE7\x9A\x84" "e[\xE7\xBD\x91\xE6\x98\x93\xE5\x90\x89\xE6\x9E\x97\xE5\x9B\x9B\xE5\xB9\xB3\xE6\x89\x8B\xE6\x9C\xBA\xE7\xBD\x91\xE5\x8F\x8B]\n"
	    "\xE7\x83\xAD\xE9\x97\xA8\xE8\xB7\x9F\xE8\xB4\xB4" "2024-05-13 13:52:01\n"
	    "\n"
	    "\xE5\x92\xB1\xE5\xB0\xB1\xE6\x83\xB3\xE7\x9F\xA5\xE9\x81\x93\xEF\xBC\x8C\xE4\xB8\xBA\xE4\xBB\x80\xE4\xB9\x88\xE6\x9C\x80\xE7\xBB\x88\xE9\x83\xBD\xE4\xBC\x9A\xE8\x90\xBD\xE5\x88\xB0\xE6\x94\xB6\xE8\xB4\xB9\xE4\xB8\x8A\xE3\x80\x82\n"
	    "\n"
	    "  \xE2\x80\xA2 +1\xE9\xA1\xB6" "258\n"
	    "  \xE2\x80\xA2 |\xE5\x9B\x9E\xE5\xA4\x8D\n"
	    "\n"
	    "\xE7\x9B\xB8\xE5\x85\xB3\xE6\x8E\xA8\xE8\x8D\x90\n"
	    "\xE7\x8E\x8B\xE5\xB0\x8F\xE6\x98\x8E 2024-05-20 10:00:00\n"
	    "\xE6\x9D\x8E\xE5\xA4\xA7\xE5\x8D\x8E 2024-05-21 11:00:00\n"
	    "\xE5\xBC\xA0\xE4\xB8\x89\xE4\xB8\xB0 2024-05-22 12:00:00\n"
	    "\xE8\xB5\xB5\xE5\x9B\x9B 2024-05-23 13:00:00\n";
	static const char ja[] =
	    "\xE4\xBA\xAC\xE9\x83\xBD\xE3\x81\xAE\xE7\xB4\x85\xE8\x91\x89\n"
	    "\n"
	    "\xE4\xBB\x8A\xE5\xB9\xB4\xE3\x81\xAE\xE4\xBA\xAC\xE9\x83\xBD\xE3\x81\xAE\xE7\xB4\x85\xE8\x91\x89\xE3\x81\xAF\xE4\xBE\x8B\xE5\xB9\xB4\xE3\x82\x88\xE3\x82\x8A\xE4\xB8\x80\xE9\x80\xB1\xE9\x96\x93\xE3\x81\xBB\xE3\x81\xA9\xE9\x81\x85\xE3\x82\x8C\xE3\x81\xA6\xE8\xA6\x8B\xE9\xA0\x83\xE3\x82\x92\xE8\xBF\x8E\xE3\x81\x88\xE3\x80\x81\xE5\xA4\x9A\xE3\x81\x8F\xE3\x81\xAE\xE8\xA6\xB3\xE5\x85\x89\xE5\xAE\xA2\xE3\x81\x8C\xE5\xAF\xBA\xE3\x82\x92\xE8\xA8\xAA\xE3\x82\x8C\xE3\x81\x9F\xE3\x80\x82\n"
	    "\n"
	    "   [12]tanaka_k\n"
	    "   \xE6\x8A\x95\xE7\xA8\xBF\xE6\x97\xA5" "2019/11/21 10:46\n"
	    "\n"
	    "   \xE3\x81\xA8\xE3\x81\xA6\xE3\x82\x82\xE7\xB6\xBA\xE9\xBA\x97\xE3\x81\xAA\xE5\x86\x99\xE7\x9C\x9F\xE3\x81\xA7\xE3\x81\x99\xE3\x81\xAD\xE3\x80\x82\n"
	    "\n"
	    "   [13]sato99\n"
	    "   \xE6\x8A\x95\xE7\xA8\xBF\xE6\x97\xA5" "2019/11/21 12:02\n"
	    "\n"
	    "   \xE6\x9D\xA5\xE9\x80\xB1\xE8\xA1\x8C\xE3\x81\x8F\xE4\xBA\x88\xE5\xAE\x9A\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x81\xE6\xA5\xBD\xE3\x81\x97\xE3\x81\xBF\xE3\x80\x82\n"
	    "\n"
	    "   [14]yamada\n"
	    "   \xE6\x8A\x95\xE7\xA8\xBF\xE6\x97\xA5" "2019/11/22 08:15\n"
	    "\n"
	    "   \xE4\xBA\xBA\xE3\x81\x8C\xE5\xA4\x9A\xE3\x81\x99\xE3\x81\x8E\xE3\x81\xBE\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\n";
	static const char *const zh_authors[] = {"\xE4\xB8\xB0\xE7\xBE\xBD\xE7\x85\x8A", "\xE5\xB0\xBC\xE5\x8F\xA4\xE6\x8B\x89\xE6\x96\xAF\xE7\x8E\x8B\xE5\xAE\x87",
	                                         "\xE6\x89\x91\xE5\x95\xA6\xE6\x89\x91\xE5\x95\xA6\xE7\x9A\x84" "e"};
	static const char *const ja_authors[] = {"tanaka_k", "sato99", "yamada"};
	tt_thread *t = import_page(zh, sizeof zh - 1);
	assert_true(t->ncomments >= 3);
	check_tree(t, 3, zh_authors, NULL, 0);
	assert_string_equal(t->order[0]->posted, "2024-05-13 09:58:13");
	assert_true(!strncmp(t->order[1]->body.v[0], "\xE8\x9E\xBA\xE4\xB8\x9D", 6));
	tt_thread_free(t);
	t = import_page(ja, sizeof ja - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, ja_authors, NULL, 0);
	assert_string_equal(t->order[2]->posted, "2019/11/22 08:15");
	tt_thread_free(t);
}

/* A count heading of a wide label, then the number apart and one wide
 * counter word closing it ("全部评论 3条", Guancha's three lists; "コメント
 * 3件"): the comments' heading, the page's stated count. Without it a
 * teaser's date line over the heading took the heading, the comments
 * hung under it, and each text's line over the time was a name. Then
 * another site's shape and language: Japanese comments, the writer's
 * name over the text and the time under it, a byline over the heading. */
static void test_old_dumps_a_wide_count_with_counter_word(void **state)
{
	(void)state;
	static const char zh[] =
	    "\xE4\xB8\xAD\xE7\xBE\x8E\xE8\xB4\xB8\xE6\x98\x93\xE7\x9A\x84\xE6\x8C\x81\xE4\xB9\x85\xE6\x88\x98\n"
	    "\n"
	    "\xE8\xBF\x91\xE6\x97\xA5\xEF\xBC\x8C\xE7\xAC\x94\xE8\x80\x85\xE7\x8E\x87\xE9\x98\x9F\xE8\xB5\xB4\xE5\xB9\xBF\xE5\xB7\x9E\xE3\x80\x81\xE4\xB8\x9C\xE8\x8E\x9E\xE4\xB8\x8E\xE6\xB7\xB1\xE5\x9C\xB3\xE5\xAF\x86\xE9\x9B\x86\xE8\xB0\x83\xE7\xA0\x94\xEF\xBC\x8C\xE4\xB8\x8E\xE4\xBA\x8C\xE5\x8D\x81\xE5\xA4\x9A\xE5\xAE\xB6\xE6\x9C\xBA\xE6\x9E\x84\xE6\x95\xB0\xE7\x99\xBE\xE4\xBA\xBA\xE5\xBA\xA7\xE8\xB0\x88\xEF\xBC\x8C\xE5\x90\xAC\xE5\x88\xB0\xE7\x9A\x84\xE6\x98\xAF\xE4\xBC\x81\xE4\xB8\x9A\xE7\x95\x8C\xE5\xAF\xB9\xE8\xB4\xB8\xE6\x98\x93\xE6\x88\x98\xE7\x9A\x84\xE5\x86\xB7\xE9\x9D\x99\xE5\x88\xA4\xE6\x96\xAD\xE5\x92\x8C\xE9\x95\xBF\xE8\xBF\x9C\xE5\x87\x86\xE5\xA4\x87\xE3\x80\x82\n"
	    "\n"
	    "    [2019090518]\n"
	    "    \xE6\x8B\x96\xE9\x95\xBF\xE8\xB4\xB8\xE6\x98\x93\xE6\x88\x98\xE4\xBD\xBF\xE4\xB8\xAD\xE5\x9B\xBD\xE5\x8C\x96\xE8\xA2\xAB\xE5\x8A\xA8\xE4\xB8\xBA\xE4\xB8\xBB\xE5\x8A\xA8\n"
	    "    2019-09-07\n"
	    "\n"
	    "    \xE5\x85\xA8\xE9\x83\xA8\xE8\xAF\x84\xE8\xAE\xBA 3\xE6\x9D\xA1\n"
	    "\n"
	    "      \xE2\x96\xA1 [default_us]\n"
	    "        \xE5\x8D\xA1\xE7\x93\xA6\xE7\x9F\xB3\n"
	    "        \xE7\xBE\x8E\xE5\x9B\xBD\xE7\x9A\x84\xE5\xA6\x82\xE6\xAD\xA4\xE8\xA1\x8C\xE4\xB8\xBA\xEF\xBC\x8C\xE6\xBF\x80\xE5\x8A\xB1\xE4\xBA\x86\xE4\xB8\xAD\xE5\x9B\xBD\xE7\x9A\x84\xE5\xBA\x94\xE6\x88\x98\xE6\xB4\xBE\xEF\xBC\x81\n"
	    "        13\xE5\xB0\x8F\xE6\x97\xB6\xE5\x89\x8D\n"
	    "        \xE4\xB8\xBE\xE6\x8A\xA5\n"
	    "      \xE2\x96\xA1 [jpg]\n"
	    "        \xE7\xB4\xAB\xE8\xA1\xA3\xE9\x9D\x92\xE5\x89\x91\n"
	    "        \xE5\x85\xB6\xE5\xAE\x9E\xE6\x88\x91\xE8\xA7\x89\xE5\xBE\x97\xE4\xBA\xA7\xE4\xB8\x9A\xE5\x8D\x87\xE7\xBA\xA7\xE5\x90\x8E\xEF\xBC\x8C\xE5\xA4\xA7\xE9\x87\x8F\xE5\xA4\xB1\xE4\xB8\x9A\xE5\x86\x9C\xE6\xB0\x91\xE5\xB7\xA5\xE5\xBA\x94\xE8\xAF\xA5\xE5\x9B\x9E\xE4\xB9\xA1\xE5\x8A\xA1\xE5\x86\x9C\xE3\x80\x82\n"
	    "        12\xE5\xB0\x8F\xE6\x97\xB6\xE5\x89\x8D\n"
	    "        \xE4\xB8\xBE\xE6\x8A\xA5\n"
	    "      \xE2\x96\xA1 [100]\n"
	    "        Zhaoo\n"
	    "        \xE6\x94\xBE\xE5\xBC\x83\xE5\xB9\xBB\xE6\x83\xB3\xE5\x90\xA7\xEF\xBC\x8C\xE4\xBB\xA5\xE5\x90\x8E\xE4\xBC\x9A\xE4\xB8\x8D\xE5\x81\x9C\xE7\x9A\x84\xE5\x86\xB2\xE7\xAA\x81\xE3\x80\x82\n"
	    "        11\xE5\xB0\x8F\xE6\x97\xB6\xE5\x89\x8D\n"
	    "        \xE4\xB8\xBE\xE6\x8A\xA5\n";
	static const char ja[] =
	    "\xE4\xBA\xAC\xE9\x83\xBD\xE3\x81\xAE\xE7\xB4\x85\xE8\x91\x89\n"
	    "\n"
	    "\xE4\xBB\x8A\xE5\xB9\xB4\xE3\x81\xAE\xE4\xBA\xAC\xE9\x83\xBD\xE3\x81\xAE\xE7\xB4\x85\xE8\x91\x89\xE3\x81\xAF\xE4\xBE\x8B\xE5\xB9\xB4\xE3\x82\x88\xE3\x82\x8A\xE4\xB8\x80\xE9\x80\xB1\xE9\x96\x93\xE3\x81\xBB\xE3\x81\xA9\xE9\x81\x85\xE3\x82\x8C\xE3\x81\xA6\xE8\xA6\x8B\xE9\xA0\x83\xE3\x82\x92\xE8\xBF\x8E\xE3\x81\x88\xE3\x80\x81\xE5\xA4\x9A\xE3\x81\x8F\xE3\x81\xAE\xE8\xA6\xB3\xE5\x85\x89\xE5\xAE\xA2\xE3\x81\x8C\xE5\xAF\xBA\xE3\x82\x92\xE8\xA8\xAA\xE3\x82\x8C\xE3\x81\x9F\xE3\x80\x82\n"
	    "\n"
	    "  2019\xE5\xB9\xB4" "11\xE6\x9C\x88" "20\xE6\x97\xA5 \xE6\x9B\xB4\xE6\x96\xB0\n"
	    "  \xE9\x96\xA2\xE9\x80\xA3\xE8\xA8\x98\xE4\xBA\x8B\xEF\xBC\x9A\xE5\xB5\x90\xE5\xB1\xB1\xE3\x81\xAE\xE7\xA7\x8B\n"
	    "\n"
	    "\xE3\x82\xB3\xE3\x83\xA1\xE3\x83\xB3\xE3\x83\x88 3\xE4\xBB\xB6\n"
	    "\n"
	    "  tanaka_k\n"
	    "  \xE3\x81\xA8\xE3\x81\xA6\xE3\x82\x82\xE7\xB6\xBA\xE9\xBA\x97\xE3\x81\xAA\xE5\x86\x99\xE7\x9C\x9F\xE3\x81\xA7\xE3\x81\x99\xE3\x81\xAD\xE3\x80\x82\n"
	    "  2019\xE5\xB9\xB4" "11\xE6\x9C\x88" "21\xE6\x97\xA5 10:46\n"
	    "\n"
	    "  sato99\n"
	    "  \xE6\x9D\xA5\xE9\x80\xB1\xE8\xA1\x8C\xE3\x81\x8F\xE4\xBA\x88\xE5\xAE\x9A\xE3\x81\xA7\xE3\x81\x99\xE3\x80\x81\xE6\xA5\xBD\xE3\x81\x97\xE3\x81\xBF\xE3\x80\x82\n"
	    "  2019\xE5\xB9\xB4" "11\xE6\x9C\x88" "21\xE6\x97\xA5 12:02\n"
	    "\n"
	    "  yamada\n"
	    "  \xE4\xBA\xBA\xE3\x81\x8C\xE5\xA4\x9A\xE3\x81\x99\xE3\x81\x8E\xE3\x81\xBE\xE3\x81\x97\xE3\x81\x9F\xE3\x80\x82\n"
	    "  2019\xE5\xB9\xB4" "11\xE6\x9C\x88" "22\xE6\x97\xA5 08:15\n";
	static const char *const zh_authors[] = {"\xE5\x8D\xA1\xE7\x93\xA6\xE7\x9F\xB3", "\xE7\xB4\xAB\xE8\xA1\xA3\xE9\x9D\x92\xE5\x89\x91", "Zhaoo"};
	static const char *const ja_authors[] = {"tanaka_k", "sato99", "yamada"};
	long stated = 0;
	tt_thread *t = import_stated_d(zh, sizeof zh - 1, &stated);
	assert_int_equal(stated, 3);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, zh_authors, NULL, 0);
	assert_string_equal(t->order[2]->posted, "11\xE5\xB0\x8F\xE6\x97\xB6\xE5\x89\x8D");
	tt_thread_free(t);
	t = import_stated_d(ja, sizeof ja - 1, &stated);
	assert_int_equal(stated, 3);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, ja_authors, NULL, 0);
	assert_true(!strncmp(t->order[0]->body.v[0], "\xE3\x81\xA8\xE3\x81\xA6\xE3\x82\x82", 9));
	tt_thread_free(t);
}

/* lynx sets no blank line inside an article drawn as lines of text, nor
 * between it and the comments' first header (Kyffhäuser Nachrichten's
 * article runs on into "Kommentare", the name and the date, the comment's
 * title and text under it past blank lines): the run, whose last line is
 * a date, is the article's prose all the same, and the header under its
 * text a comment's, no byline over the article. */
static void test_round28_dumps_e_run_on_article_over_header(void **state)
{
	(void)state;
	static const char de[] =
	    "So viel Regen gab es lange nicht\n"
	    "\n"
	    "   Das Wetter eignet sich bekanntermaßen sehr gut dazu, eine Konversation zu beleben.\n"
	    "   Wer es also genau wissen will, dem können die Experten vom Wetterdienst viel\n"
	    "   Gesprächsstoff geben, zum Beispiel über den Oktober, der zwar sehr regenreich war,\n"
	    "   aber auch ungewöhnlich mild, mit sommerlichen Nuancen bis weit in die zweite Hälfte.\n"
	    "   Die Vegetation kleidete sich nur zögerlich herbstlich, und der Temperatursturz zur\n"
	    "   Monatsmitte mit leichten Frösten fiel dabei kaum ins Gewicht, so der Wetterdienst.\n"
	    "   Im Norden fielen mit rund hundert Litern pro Quadratmeter knapp achtzig Prozent mehr\n"
	    "   Niederschlag als in der Referenzperiode, im Süden schien dagegen lange die Sonne.\n"
	    "   Autor: red\n"
	    "   [38]nächster Artikel [39]vorheriger Artikel\n"
	    "   Kommentare\n"
	    "   Harzer66\n"
	    "   31.10.2023, 19.18 Uhr\n"
	    "\n"
	    "Ach ja...\n"
	    "\n"
	    "   es gab dieses Jahr echt Regen. Schön so. Ja. Jetzt gleicht sich die Natur wieder aus.\n"
	    "   4 2 [42]Login für Vote\n"
	    "   [43]Kommentar hinzufügen\n";
	static const char en[] =
	    "Harbour tram line approved\n"
	    "\n"
	    "   The city council voted on Tuesday to build the new tram line to the harbour.\n"
	    "   The line will run from the central station along the river to the old docks, with\n"
	    "   nine stops on the way, and the first trams are expected to carry passengers in 2026.\n"
	    "   Work on the tracks starts in the spring, and the bridge over the river will be closed\n"
	    "   to cars for three months while the rails are laid across it, the council said today.\n"
	    "   Shop owners along the route have asked for help during the works, and the council has\n"
	    "   promised a fund for those who lose trade while the street in front of them is closed.\n"
	    "   [12]Share [13]Print\n"
	    "   Martha Lane\n"
	    "   March 3, 2024 at 9:15 am\n"
	    "\n"
	    "   Finally some good news for people who commute from the harbour every day.\n"
	    "\n"
	    "   Tom Briggs\n"
	    "   March 3, 2024 at 11:40 am\n"
	    "\n"
	    "   The old bus line was never on time, so anything will be better than it.\n";
	static const char *const en_names[] = {"Martha Lane", "Tom Briggs"};
	tt_thread *t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "Harzer66");
	assert_string_equal(t->order[0]->time, "2023-10-31T19:18");
	assert_true(!strncmp(t->order[0]->body.v[0], "Ach ja", 6));
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 2);
	check_tree(t, 2, en_names, NULL, 0);
	assert_true(!strncmp(t->order[0]->body.v[0], "Finally some good news", 22));
	tt_thread_free(t);
}

/* Baidu Zhidao's answers in w3m's dump (round 27): each answer's name
 * over a badge the page repeats ("活跃答主"), a blank line, then its date
 * with the writer's motto, a box of badges and figures under it and a
 * short line closing the box in every answer ("展开全部") right over the
 * text; after the text a share menu whose last entry ("微信扫一扫") stands
 * over a row the page repeats. The second page is an English answers
 * site of the same build, the third a Japanese one whose last writer's
 * name ends in digits ("さくら77", as "宏盛宏盛99"). */
static const char zhidao_c[] =
    "百度知道 > 生活 > 地震\n"
    "\n"
    "地铁早高峰为什么这么挤？\n"
    "\n"
    "大家好，请问为什么每天早上地铁都这么挤，有没有什么办法可以避开最拥挤的时段？谢谢大家的回答。\n"
    "\n"
    "3个回答\n"
    "\n"
    "山间清风\n"
    "活跃答主\n"
    "\n"
    "2022-03-08 · 热爱生活的普通人\n"
    "知道小有建树答主\n"
    "回答量：812\n"
    "采纳率：91%\n"
    "我也去答题访问个人页\n"
    "关注\n"
    "展开全部\n"
    "早高峰拥挤主要是因为大家上班时间集中，可以试试提前半小时出门，车厢会空很多。\n"
    "抢首赞已赞过已踩过<\n"
    "你对这个回答的评价是？\n"
    "分享\n"
    "微信扫一扫\n"
    ":INS] 举报 收起\n"
    "\n"
    "小城故事88\n"
    "活跃答主\n"
    "\n"
    "2022-03-08 · 每天学一点\n"
    "知道答主\n"
    "回答量：15\n"
    "采纳率：100%\n"
    "我也去答题访问个人页\n"
    "关注\n"
    "展开全部\n"
    "换乘站的人最多，如果可以的话选择不经过大换乘站的路线，会舒服很多。\n"
    "抢首赞已赞过已踩过<\n"
    "你对这个回答的评价是？\n"
    "分享\n"
    "微信扫一扫\n"
    ":INS] 举报 收起\n"
    "\n"
    "路过的猫66\n"
    "活跃答主\n"
    "\n"
    "2022-03-08 · 爱答题\n"
    "知道答主\n"
    "回答量：3\n"
    "采纳率：75%\n"
    "我也去答题访问个人页\n"
    "关注\n"
    "展开全部\n"
    "可以考虑错峰出行，或者骑共享单车去比较近的站，再坐地铁就没那么挤了。\n"
    "抢首赞已赞过已踩过<\n"
    "你对这个回答的评价是？\n"
    "分享\n"
    "微信扫一扫\n"
    ":INS] 举报 收起\n";

static const char answers_en_c[] =
    "Garden Answers > Shade plants\n"
    "\n"
    "What grows under a maple?\n"
    "\n"
    "Our maple tree shades the whole back yard and nothing grows under it. Which plants would you suggest for dry shade near the trunk?\n"
    "\n"
    "3 Answers\n"
    "\n"
    "Jane Porter\n"
    "Top Contributor\n"
    "\n"
    "March 8, 2022 · Gardener for twenty years\n"
    "Level 6\n"
    "Answers: 812\n"
    "Best answers: 91%\n"
    "Ask Jane\n"
    "Follow\n"
    "Read more\n"
    "Hostas and ferns do well in dry shade if you water them the first summer until the roots settle.\n"
    "Helpful · Not helpful\n"
    "Share\n"
    "Copy link\n"
    "[ Report ] Hide\n"
    "\n"
    "Tom Reed 77\n"
    "Top Contributor\n"
    "\n"
    "March 8, 2022 · Retired landscaper\n"
    "Level 2\n"
    "Answers: 15\n"
    "Best answers: 40%\n"
    "Ask Tom\n"
    "Follow\n"
    "Read more\n"
    "Try epimedium, it copes with roots and little water better than anything else I have planted.\n"
    "Helpful · Not helpful\n"
    "Share\n"
    "Copy link\n"
    "[ Report ] Hide\n"
    "\n"
    "Maria Gomez 12\n"
    "Top Contributor\n"
    "\n"
    "March 8, 2022 · Loves woodland plants\n"
    "Level 1\n"
    "Answers: 3\n"
    "Best answers: 75%\n"
    "Ask Maria\n"
    "Follow\n"
    "Read more\n"
    "A thick layer of mulch every autumn made the biggest difference under our own maple.\n"
    "Helpful · Not helpful\n"
    "Share\n"
    "Copy link\n"
    "[ Report ] Hide\n";

static const char answers_ja_c[] =
    "質問ひろば > 暮らし\n"
    "\n"
    "朝の電車が混むのはなぜですか？\n"
    "\n"
    "毎朝の通勤電車がとても混んでいます。混雑を避ける良い方法があれば教えてください。よろしくお願いします。\n"
    "\n"
    "3件の回答\n"
    "\n"
    "やまだ花子\n"
    "回答マスター\n"
    "\n"
    "2022/03/08 · 通勤歴十年\n"
    "レベル6\n"
    "回答数：812\n"
    "ベストアンサー率：91%\n"
    "フォロー\n"
    "もっと見る\n"
    "始発駅から乗るか、三十分早く家を出るだけでかなり空いている車両に乗れますよ。\n"
    "役に立った · 役に立たない\n"
    "共有\n"
    "リンクをコピー\n"
    "[ 通報 ] 非表示\n"
    "\n"
    "すずき一郎\n"
    "回答マスター\n"
    "\n"
    "2022/03/08 · 元駅員\n"
    "レベル2\n"
    "回答数：15\n"
    "ベストアンサー率：40%\n"
    "フォロー\n"
    "もっと見る\n"
    "乗り換え駅の手前の車両は混むので、先頭か最後尾の車両を選ぶと楽になります。\n"
    "役に立った · 役に立たない\n"
    "共有\n"
    "リンクをコピー\n"
    "[ 通報 ] 非表示\n"
    "\n"
    "さくら77\n"
    "回答マスター\n"
    "\n"
    "2022/03/08 · 自転車通勤中\n"
    "レベル1\n"
    "回答数：3\n"
    "ベストアンサー率：75%\n"
    "フォロー\n"
    "もっと見る\n"
    "思い切って自転車通勤に変えたら、朝の混雑のストレスがなくなりました。\n"
    "役に立った · 役に立たない\n"
    "共有\n"
    "リンクをコピー\n"
    "[ 通報 ] 非表示\n";

/* The three answers of a page above: names, dates, and texts past the box. */
static void three_answers_c(const char *page, const char *const names[3], const char *const words[3])
{
	tt_thread *t = import_page(page, strlen(page));
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_string_equal(t->order[i]->author, names[i]);
		assert_int_equal(t->order[i]->depth, 0);
		assert_non_null(t->order[i]->posted);
		assert_true(t->order[i]->body.n > 0);
		assert_memory_equal(t->order[i]->body.v[0], words[i], strlen(words[i]));
	}
	tt_thread_free(t);
}

/* A name over a repeated badge over a blank line over the date is one
 * header (the badge no name), the line every answer's box closes with
 * opens no text, and the share menu's last entry is no name dated by the
 * next answer's header. */
static void test_round27_dumps_c_badge_over_gapped_date(void **state)
{
	(void)state;
	static const char *const zn[3] = {"山间清风", "小城故事88", "路过的猫66"};
	static const char *const zw[3] = {"早高峰", "换乘站", "可以考虑"};
	static const char *const en[3] = {"Jane Porter", "Tom Reed 77", "Maria Gomez 12"};
	static const char *const ew[3] = {"Hostas and ferns", "Try epimedium", "A thick layer"};
	three_answers_c(zhidao_c, zn, zw);
	three_answers_c(answers_en_c, en, ew);
}

/* A header's own name run into a number ("さくら77") is no heading stating
 * a count: the answers above it stay comments. */
static void test_round27_dumps_c_numbered_name_no_heading(void **state)
{
	(void)state;
	static const char *const jn[3] = {"やまだ花子", "すずき一郎", "さくら77"};
	static const char *const jw[3] = {"始発駅", "乗り換え", "思い切って"};
	static const char *const zn[3] = {"山间清风", "小城故事88", "路过的猫66"};
	static const char *const zw[3] = {"早高峰", "换乘站", "可以考虑"};
	three_answers_c(answers_ja_c, jn, jw);
	three_answers_c(zhidao_c, zn, zw);
}

/* The same pages as lynx draws them: the answerer's portrait after a
 * button of the box ("关注 [portrait.1....jpg?time=11700]"), the box's
 * line long by the image's name alone. */
static const char zhidao_lynx_c[] =
    "百度知道 > 生活 > 地震\n"
    "\n"
    "地铁早高峰为什么这么挤？\n"
    "\n"
    "大家好，请问为什么每天早上地铁都这么挤，有没有什么办法可以避开最拥挤的时段？谢谢大家的回答。\n"
    "\n"
    "3个回答\n"
    "\n"
    "山间清风\n"
    "活跃答主\n"
    "\n"
    "2022-03-08 · 热爱生活的普通人\n"
    "知道小有建树答主\n"
    "回答量：812\n"
    "采纳率：91%\n"
    "我也去答题访问个人页\n"
    "关注 [portrait.1.5baf6226.buOCyD30G3FOkeZqpgcFRQ.jpg?time=11700&amp;portrait_time=11700]\n"
    "展开全部\n"
    "早高峰拥挤主要是因为大家上班时间集中，可以试试提前半小时出门，车厢会空很多。\n"
    "抢首赞已赞过已踩过<\n"
    "你对这个回答的评价是？\n"
    "分享\n"
    "微信扫一扫\n"
    ":INS] 举报 收起\n"
    "\n"
    "小城故事88\n"
    "活跃答主\n"
    "\n"
    "2022-03-08 · 每天学一点\n"
    "知道答主\n"
    "回答量：15\n"
    "采纳率：100%\n"
    "我也去答题访问个人页\n"
    "关注 [portrait.1.5baf6226.buOCyD30G3FOkeZqpgcFRQ.jpg?time=11700&amp;portrait_time=11700]\n"
    "展开全部\n"
    "换乘站的人最多，如果可以的话选择不经过大换乘站的路线，会舒服很多。\n"
    "抢首赞已赞过已踩过<\n"
    "你对这个回答的评价是？\n"
    "分享\n"
    "微信扫一扫\n"
    ":INS] 举报 收起\n"
    "\n"
    "路过的猫66\n"
    "活跃答主\n"
    "\n"
    "2022-03-08 · 爱答题\n"
    "知道答主\n"
    "回答量：3\n"
    "采纳率：75%\n"
    "我也去答题访问个人页\n"
    "关注 [portrait.1.5baf6226.buOCyD30G3FOkeZqpgcFRQ.jpg?time=11700&amp;portrait_time=11700]\n"
    "展开全部\n"
    "可以考虑错峰出行，或者骑共享单车去比较近的站，再坐地铁就没那么挤了。\n"
    "抢首赞已赞过已踩过<\n"
    "你对这个回答的评价是？\n"
    "分享\n"
    "微信扫一扫\n"
    ":INS] 举报 收起\n";

static const char answers_en_lynx_c[] =
    "Garden Answers > Shade plants\n"
    "\n"
    "What grows under a maple?\n"
    "\n"
    "Our maple tree shades the whole back yard and nothing grows under it. Which plants would you suggest for dry shade near the trunk?\n"
    "\n"
    "3 Answers\n"
    "\n"
    "Jane Porter\n"
    "Top Contributor\n"
    "\n"
    "March 8, 2022 · Gardener for twenty years\n"
    "Level 6\n"
    "Answers: 812\n"
    "Best answers: 91%\n"
    "Ask Jane\n"
    "Follow [portrait.1.5baf6226.buOCyD30G3FOkeZqpgcFRQ.jpg?time=11700&amp;portrait_time=11700]\n"
    "Read more\n"
    "Hostas and ferns do well in dry shade if you water them the first summer until the roots settle.\n"
    "Helpful · Not helpful\n"
    "Share\n"
    "Copy link\n"
    "[ Report ] Hide\n"
    "\n"
    "Tom Reed 77\n"
    "Top Contributor\n"
    "\n"
    "March 8, 2022 · Retired landscaper\n"
    "Level 2\n"
    "Answers: 15\n"
    "Best answers: 40%\n"
    "Ask Tom\n"
    "Follow [portrait.1.5baf6226.buOCyD30G3FOkeZqpgcFRQ.jpg?time=11700&amp;portrait_time=11700]\n"
    "Read more\n"
    "Try epimedium, it copes with roots and little water better than anything else I have planted.\n"
    "Helpful · Not helpful\n"
    "Share\n"
    "Copy link\n"
    "[ Report ] Hide\n"
    "\n"
    "Maria Gomez 12\n"
    "Top Contributor\n"
    "\n"
    "March 8, 2022 · Loves woodland plants\n"
    "Level 1\n"
    "Answers: 3\n"
    "Best answers: 75%\n"
    "Ask Maria\n"
    "Follow [portrait.1.5baf6226.buOCyD30G3FOkeZqpgcFRQ.jpg?time=11700&amp;portrait_time=11700]\n"
    "Read more\n"
    "A thick layer of mulch every autumn made the biggest difference under our own maple.\n"
    "Helpful · Not helpful\n"
    "Share\n"
    "Copy link\n"
    "[ Report ] Hide\n";

/* A box's line holding an image after its words is short by its words:
 * the box still closes at the line every answer shares. */
static void test_round27_dumps_c_box_line_with_image(void **state)
{
	(void)state;
	static const char *const zn[3] = {"山间清风", "小城故事88", "路过的猫66"};
	static const char *const zw[3] = {"早高峰", "换乘站", "可以考虑"};
	static const char *const en[3] = {"Jane Porter", "Tom Reed 77", "Maria Gomez 12"};
	static const char *const ew[3] = {"Hostas and ferns", "Try epimedium", "A thick layer"};
	three_answers_c(zhidao_lynx_c, zn, zw);
	three_answers_c(answers_en_lynx_c, en, ew);
}

/* Answers drawn flat, newest thread first, each answer newer than the one
 * above it (the style sheet indented them; the text browser drops it): no
 * comment goes back part of its chain, two threads hold answers, so seven
 * answers of nine are kept though more than half are answers. Russian,
 * a score over each name (Podrobnosti.ua's), then English name and date
 * lines; five comments by score (one chain, no order) stay at the top. */
static void test_round29_dumps_b_answer_chains_newest_first(void **state)
{
	(void)state;
	static const char ru[] =
	    "\xD0\x97\xD0\xBE\xD0\xBB\xD0\xBE\xD1\x82\xD0\xBE \xD0\xBF\xD1\x80\xD0\xBE\xD1\x82\xD0\xB8\xD0\xB2 "
	    "\xD1\x80\xD0\xB0\xD0\xBA\xD0\xB0\n\n"
	    "\xD0\xA3\xD1\x87\xD0\xB5\xD0\xBD\xD1\x8B\xD0\xB5 \xD0\xBF\xD1\x80\xD0\xB5\xD0\xB4\xD0\xBB\xD0\xB0"
	    "\xD0\xB3\xD0\xB0\xD1\x8E\xD1\x82 \xD0\xBB\xD0\xB5\xD1\x87\xD0\xB8\xD1\x82\xD1\x8C \xD1\x80\xD0\xB0"
	    "\xD0\xBA \xD0\xBD\xD0\xB0\xD0\xBD\xD0\xBE\xD1\x87\xD0\xB0\xD1\x81\xD1\x82\xD0\xB8\xD1\x86\xD0\xB0"
	    "\xD0\xBC\xD0\xB8 \xD0\xB7\xD0\xBE\xD0\xBB\xD0\xBE\xD1\x82\xD0\xB0.\n\n"
	    "0\nadan111\n04 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 18:03\n"
	    "\xD0\x98\xD0\xBC\xD0\xB5\xD1\x8F \xD0\xBC\xD0\xBD\xD0\xBE\xD0\xB3\xD0\xBE \xD0\xB7\xD0\xBE\xD0\xBB"
	    "\xD0\xBE\xD1\x82\xD0\xB0.\n"
	    "0\nKarma_Luck\n04 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 19:58\n"
	    "\xD0\x9E\xD1\x82 \xD1\x81\xD1\x83\xD0\xB4\xD1\x8C\xD0\xB1\xD1\x8B \xD0\xBD\xD0\xB5 "
	    "\xD1\x83\xD0\xB9\xD0\xB4\xD0\xB5\xD1\x88\xD1\x8C.\n"
	    "0\nHAXEP\n05 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 11:11\n"
	    "\xD0\x9D\xD0\xB5 \xD1\x81\xD0\xBA\xD0\xB0\xD0\xB6\xD0\xB8.\n"
	    "0\nshron13\n04 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 17:44\n"
	    "\xD0\x90 \xD0\xBA\xD0\xB8\xD1\x81\xD0\xBB\xD0\xB0\xD1\x8F \xD1\x81\xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0?\n"
	    "+ 5\nKarma_Luck\n04 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 17:54\n"
	    "\xD0\x9F\xD0\xBE\xD0\xB4\xD0\xB0\xD0\xB9 \xD0\xB4\xD0\xBE\xD0\xBA\xD1\x83\xD0\xBC\xD0\xB5\xD0\xBD"
	    "\xD1\x82\xD1\x8B.\n"
	    "0\nshron13\n04 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 18:40\n"
	    "\xD0\x9D\xD0\xB5 \xD1\x8F \xD1\x8D\xD1\x82\xD0\xBE \xD0\xBE\xD1\x82\xD0\xBA\xD1\x80\xD1\x8B\xD0\xBB.\n"
	    "+ 2\nKarma_Luck\n04 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 19:02\n"
	    "\xD0\x97\xD0\xB0\xD1\x87\xD0\xB5\xD0\xBC \xD1\x82\xD1\x8B \xD0\xBC\xD0\xBD\xD0\xB5 "
	    "\xD1\x8D\xD1\x82\xD0\xBE?\n"
	    "+ 1\nMr-cool2012\n04 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 19:38\n"
	    "\xD0\x9A\xD1\x80\xD0\xB0\xD1\x81\xD0\xB0\xD0\xB2\xD0\xB0.\n"
	    "0\n23-Vlad\n05 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 13:35\n"
	    "\xD0\x97\xD0\xB0 \xD0\xB4\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB3\xD0\xB8\xD0\xB5 \xD0\xBC\xD0\xB5\xD1\x82"
	    "\xD0\xBE\xD0\xB4\xD1\x8B.\n";
	static const char en[] =
	    "Harbour Notes\n\n"
	    "The ferry timetable changes next week, and the early boat will leave ten minutes later.\n\n"
	    "Comments\n\n"
	    "gullwatch\nMarch 4, 2014 6:05 PM\nAbout time, the early boat was always full.\n\n"
	    "Pier_Nine\nMarch 4, 2014 6:40 PM\nIt was never full on Sundays.\n\n"
	    "gullwatch\nMarch 4, 2014 7:12 PM\nSundays are not the problem.\n\n"
	    "keelhaul\nMarch 4, 2014 2:10 PM\nDoes the late boat change too?\n\n"
	    "tidewater\nMarch 4, 2014 2:30 PM\nNo, only the early one.\n\n"
	    "keelhaul\nMarch 4, 2014 3:00 PM\nThen the train still works.\n\n"
	    "moorings\nMarch 4, 2014 4:45 PM\nNot the one at seven.\n\n"
	    "saltmarsh\nMarch 5, 2014 8:15 AM\nThe seven o'clock was cut last year.\n";
	static const char by_score[] =
	    "Harbour Notes\n\n"
	    "The ferry timetable changes next week, and the early boat will leave ten minutes later.\n\n"
	    "Comments\n\n"
	    "gullwatch\nMarch 4, 2014 6:05 PM\nAbout time, the early boat was always full.\n\n"
	    "keelhaul\nMarch 5, 2014 8:40 AM\nDoes the late boat change too?\n\n"
	    "tidewater\nMarch 5, 2014 9:30 AM\nTen minutes is nothing.\n\n"
	    "moorings\nMarch 4, 2014 2:10 PM\nThe summer boats stay as they are.\n\n"
	    "saltmarsh\nMarch 5, 2014 7:15 AM\nI hope the car deck keeps its price.\n";
	static const char *const ru_names[] = {"adan111", "Karma_Luck", "HAXEP",       "shron13", "Karma_Luck",
	                                       "shron13", "Karma_Luck", "Mr-cool2012", "23-Vlad"};
	static const unsigned ru_depths[] = {0, 1, 2, 0, 1, 2, 3, 4, 5};
	static const char *const en_names[] = {"gullwatch", "Pier_Nine", "gullwatch", "keelhaul",
	                                       "tidewater", "keelhaul",  "moorings",  "saltmarsh"};
	static const unsigned en_depths[] = {0, 1, 2, 0, 1, 2, 3, 4};
	static const char *const score_names[] = {"gullwatch", "keelhaul", "tidewater", "moorings",
	                                          "saltmarsh"};
	tt_thread *t = import_page(ru, sizeof ru - 1);
	assert_int_equal(t->ncomments, 9);
	check_tree(t, 9, ru_names, ru_depths, 1);
	assert_string_equal(t->order[7]->posted, "04 \xD1\x8F\xD0\xBD\xD0\xB2\xD0\xB0\xD1\x80\xD1\x8F 2012 | 19:38");
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 8);
	check_tree(t, 8, en_names, en_depths, 1);
	assert_ptr_equal(t->order[2]->parent, t->order[1]);
	tt_thread_free(t);
	t = import_page(by_score, sizeof by_score - 1);
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, score_names, NULL, 1);
	tt_thread_free(t);
}

/* A list's item opening on the comment's date, the name and the text under
 * it in the item, the buttons a deeper list (RMF24's "• 03.01.2012
 * (17:28)" over "~kostucha"): w3m's bullet is no label of a signing date
 * (CodeProject's "Posted 25-Apr-24"), so the items are not read as posts
 * signed under the text before them. Polish, then German. */
static void test_round29_dumps_b_bulleted_date_over_name(void **state)
{
	(void)state;
	static const char pl[] =
	    "\xC5\xBB\xC3\xB3\xC5\x82taczka typu C\n"
	    "\n"
	    "Naukowcy opracowali nowy lek na wirusowe zapalenie w\xC4\x85troby, kt\xC3\xB3ry mo\xC5\xBC" "e trafi\xC4\x87 do aptek za dwa lata.\n"
	    "\n"
	    "Wasze komentarze (3)\n"
	    "\n"
	    "  \xE2\x80\xA2 03.01.2012 (17:28)\n"
	    "    ~kostucha\n"
	    "    Andy, herbatka zalega ci w magazynach? To wspomnij o skutkach ubocznych.\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B do usuni\xC4\x99" "cia\n"
	    "  \xE2\x80\xA2 03.01.2012 (11:07)\n"
	    "    ~andy\n"
	    "    Pij zielon\xC4\x85 herbat\xC4\x99 w du\xC5\xBCych ilo\xC5\x9B" "ciach, to powinno ci\xC4\x99 wyleczy\xC4\x87.\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B do usuni\xC4\x99" "cia\n"
	    "  \xE2\x80\xA2 03.01.2012 (10:17)\n"
	    "    ~w\n"
	    "    Kiedy ten lek mo\xC5\xBC" "e by\xC4\x87 dost\xC4\x99pny w Polsce i za ile?\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B do usuni\xC4\x99" "cia\n"
	    "\n"
	    "Fakty dnia\n";
	static const char de[] =
	    "Neue Fahrpl\xC3\xA4ne f\xC3\xBCr die F\xC3\xA4hre\n"
	    "\n"
	    "Die F\xC3\xA4hre nach Norderney f\xC3\xA4hrt ab Montag zehn Minuten sp\xC3\xA4ter, teilte die Reederei mit.\n"
	    "\n"
	    "Kommentare (3)\n"
	    "\n"
	    "  \xE2\x80\xA2 12.03.2020, 14:05\n"
	    "    Seem\xC3\xB6we\n"
	    "    Endlich, das erste Schiff war morgens immer voll.\n"
	    "      \xE2\x96\xA1 Antworten\n"
	    "      \xE2\x96\xA1 Melden\n"
	    "  \xE2\x80\xA2 12.03.2020, 11:40\n"
	    "    Kielholer\n"
	    "    \xC3\x84ndert sich auch die letzte F\xC3\xA4hre am Abend?\n"
	    "      \xE2\x96\xA1 Antworten\n"
	    "      \xE2\x96\xA1 Melden\n"
	    "  \xE2\x80\xA2 12.03.2020, 09:12\n"
	    "    Ebbe\n"
	    "    Zehn Minuten sind doch nichts.\n"
	    "      \xE2\x96\xA1 Antworten\n"
	    "      \xE2\x96\xA1 Melden\n"
	    "\n"
	    "Weitere Nachrichten\n";
	static const char *const pl_names[] = {"~kostucha", "~andy", "~w"};
	static const char *const de_names[] = {"Seem\xC3\xB6we", "Kielholer", "Ebbe"};
	tt_thread *t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, pl_names, NULL, 1);
	assert_string_equal(t->order[0]->posted, "03.01.2012 (17:28)");
	assert_string_equal(t->order[2]->body.v[0], "Kiedy ten lek mo\xC5\xBC" "e by\xC4\x87 dost\xC4\x99pny w Polsce i za ile?");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, de_names, NULL, 1);
	assert_string_equal(t->order[0]->posted, "12.03.2020, 14:05");
	tt_thread_free(t);
}

/* A guest's tilde run into a name of one letter ("~w") is a name as the
 * longer ones are ("~kostucha"): the comment is its own, not the previous
 * one's last lines. Polish items dated over the name (above), then names
 * over dates with English text. */
static void test_round29_dumps_b_tilde_one_letter_name(void **state)
{
	(void)state;
	static const char en[] =
	    "Ferry timetable\n"
	    "\n"
	    "The ferry timetable changes next week, and the early boat will leave ten minutes later.\n"
	    "\n"
	    "Comments (3)\n"
	    "\n"
	    "~harbour\n"
	    "2012-01-03 17:28\n"
	    "About time, the early boat was always full.\n"
	    "\n"
	    "~j\n"
	    "2012-01-03 11:07\n"
	    "Does the late boat change too?\n"
	    "\n"
	    "~tidewater\n"
	    "2012-01-03 10:17\n"
	    "Ten minutes is nothing.\n";
	static const char *const names[] = {"~harbour", "~j", "~tidewater"};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, names, NULL, 1);
	assert_string_equal(t->order[1]->body.v[0], "Does the late boat change too?");
	tt_thread_free(t);
}

/* A form's button drawn by w3m as a bracketed word in a list's item ("•
 * [Anuluj]") over the first comment's date opening the next item of the
 * list: no name over a date, the comment's name is the one under its date.
 * Polish with a blank line between the items, German with none. */
static void test_round29_dumps_b_button_item_over_date_item(void **state)
{
	(void)state;
	static const char pl[] =
	    "\xC5\xBB\xC3\xB3\xC5\x82taczka typu C\n"
	    "\n"
	    "Naukowcy opracowali nowy lek na wirusowe zapalenie w\xC4\x85troby, kt\xC3\xB3ry mo\xC5\xBC" "e trafi\xC4\x87 do aptek za dwa lata.\n"
	    "\n"
	    "Wasze komentarze (3)\n"
	    "\n"
	    "  \xE2\x80\xA2 [Wy\xC5\x9Blij komentarz]\n"
	    "  \xE2\x80\xA2 [Anuluj]\n"
	    "\n"
	    "  \xE2\x80\xA2 03.01.2012 (17:28)\n"
	    "    ~kostucha\n"
	    "    Andy, herbatka zalega ci w magazynach? To wspomnij o skutkach ubocznych.\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B do usuni\xC4\x99" "cia\n"
	    "  \xE2\x80\xA2 03.01.2012 (11:07)\n"
	    "    ~andy\n"
	    "    Pij zielon\xC4\x85 herbat\xC4\x99 w du\xC5\xBCych ilo\xC5\x9B" "ciach, to powinno ci\xC4\x99 wyleczy\xC4\x87.\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B do usuni\xC4\x99" "cia\n"
	    "  \xE2\x80\xA2 03.01.2012 (10:17)\n"
	    "    ~w\n"
	    "    Kiedy ten lek mo\xC5\xBC" "e by\xC4\x87 dost\xC4\x99pny w Polsce i za ile?\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B do usuni\xC4\x99" "cia\n"
	    "\n"
	    "Fakty dnia\n";
	static const char de[] =
	    "Neue Fahrpl\xC3\xA4ne f\xC3\xBCr die F\xC3\xA4hre\n"
	    "\n"
	    "Die F\xC3\xA4hre nach Norderney f\xC3\xA4hrt ab Montag zehn Minuten sp\xC3\xA4ter, teilte die Reederei mit.\n"
	    "\n"
	    "Kommentare (3)\n"
	    "\n"
	    "  \xE2\x80\xA2 Name: [                    ]\n"
	    "  \xE2\x80\xA2 [Abschicken]\n"
	    "  \xE2\x80\xA2 12.03.2020, 14:05\n"
	    "    Seem\xC3\xB6we\n"
	    "    Endlich, das erste Schiff war morgens immer voll.\n"
	    "      \xE2\x96\xA1 Antworten\n"
	    "      \xE2\x96\xA1 Melden\n"
	    "  \xE2\x80\xA2 12.03.2020, 11:40\n"
	    "    Kielholer\n"
	    "    \xC3\x84ndert sich auch die letzte F\xC3\xA4hre am Abend?\n"
	    "      \xE2\x96\xA1 Antworten\n"
	    "      \xE2\x96\xA1 Melden\n"
	    "  \xE2\x80\xA2 12.03.2020, 09:12\n"
	    "    Ebbe\n"
	    "    Zehn Minuten sind doch nichts.\n"
	    "      \xE2\x96\xA1 Antworten\n"
	    "      \xE2\x96\xA1 Melden\n"
	    "\n"
	    "Weitere Nachrichten\n";
	tt_thread *t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "~kostucha");
	assert_string_equal(t->order[0]->posted, "03.01.2012 (17:28)");
	assert_string_equal(t->order[0]->body.v[0],
	                    "Andy, herbatka zalega ci w magazynach? To wspomnij o skutkach ubocznych.");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Seem\xC3\xB6we");
	assert_string_equal(t->order[0]->body.v[0], "Endlich, das erste Schiff war morgens immer voll.");
	tt_thread_free(t);
}

/* A text opening with another comment's author run into that comment's
 * first paragraph, whole (RMF24's quotation: "~wKiedy ten lek ..."): a
 * quotation, "> NAME" and "> WORDS" as the HTML importer writes one, then
 * the answer's own words; the comment stays where it stands. Polish items
 * dated over the name (the quoted comment after its answers, newest
 * first), then English names over dates (the quoted comment before). */
static void test_round29_dumps_b_quote_run_into_text(void **state)
{
	(void)state;
	static const char pl[] =
	    "\xC5\xBB\xC3\xB3\xC5\x82taczka typu C\n"
	    "\n"
	    "Naukowcy opracowali nowy lek na wirusowe zapalenie w\xC4\x85troby, kt\xC3\xB3ry mo\xC5\xBC" "e trafi\xC4\x87 do aptek za dwa lata.\n"
	    "\n"
	    "Wasze komentarze (3)\n"
	    "\n"
	    "  \xE2\x80\xA2 03.01.2012 (11:07)\n"
	    "    ~andy\n"
	    "    ~wKiedy ten lek mo\xC5\xBC" "e by\xC4\x87 dost\xC4\x99pny w Polsce i za ile ?\n"
	    "    Pij zielon\xC4\x85 herbat\xC4\x99 w du\xC5\xBCych ilo\xC5\x9B" "ciach, to powinno ci\xC4\x99 wyleczy\xC4\x87.\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B do usuni\xC4\x99" "cia\n"
	    "  \xE2\x80\xA2 03.01.2012 (10:44)\n"
	    "    ~Maciek\n"
	    "    ~wKiedy ten lek mo\xC5\xBC" "e by\xC4\x87 dost\xC4\x99pny w Polsce i za ile ?Na li\xC5\x9B" "cie na pewno go nie b\xC4\x99" "dzie.\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B do usuni\xC4\x99" "cia\n"
	    "  \xE2\x80\xA2 03.01.2012 (10:17)\n"
	    "    ~w\n"
	    "    Kiedy ten lek mo\xC5\xBC" "e by\xC4\x87 dost\xC4\x99pny w Polsce i za ile ?\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B do usuni\xC4\x99" "cia\n"
	    "\n"
	    "Fakty dnia\n";
	static const char en[] =
	    "Ferry timetable\n"
	    "\n"
	    "The ferry timetable changes next week, and the early boat will leave ten minutes later.\n"
	    "\n"
	    "Comments (3)\n"
	    "\n"
	    "harbourcat\n"
	    "March 4, 2014 6:05 PM\n"
	    "About time, the early boat was always full.\n"
	    "\n"
	    "Pier Nine\n"
	    "March 4, 2014 6:40 PM\n"
	    "harbourcatAbout time, the early boat was always full.\n"
	    "It was never full on Sundays, though.\n"
	    "\n"
	    "tidewater\n"
	    "March 4, 2014 7:02 PM\n"
	    "Does the late boat change too?\n";
	tt_thread *t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 3);
	for (size_t k = 0; k < 2; k++) {
		assert_int_equal(t->order[k]->depth, 0);
		assert_int_equal(t->order[k]->body.n, 3);
		assert_string_equal(t->order[k]->body.v[0], "> ~w");
		assert_string_equal(t->order[k]->body.v[1],
		                    "> Kiedy ten lek mo\xC5\xBC" "e by\xC4\x87 dost\xC4\x99pny w Polsce i za ile ?");
	}
	assert_string_equal(t->order[1]->body.v[2], "Na li\xC5\x9B" "cie na pewno go nie b\xC4\x99" "dzie.");
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_int_equal(t->order[1]->body.n, 3);
	assert_string_equal(t->order[1]->body.v[0], "> harbourcat");
	assert_string_equal(t->order[1]->body.v[1], "> About time, the early boat was always full.");
	assert_string_equal(t->order[1]->body.v[2], "It was never full on Sundays, though.");
	assert_string_equal(t->order[0]->body.v[0], "About time, the early boat was always full.");
	tt_thread_free(t);
}

/* A list's bullet before a header's date is no label of a signature: the
 * text under the date and the name is the comment's (the rule of labelled
 * signatures once took "• DATE" over the name for "Posted DATE" and gave
 * each text to the header under it). */
static void test_round29_dumps_a_bullet_date_over_name(void **state)
{
	(void)state;
	static const char pl[] =
	    "Nowe leki na gryp\xC4\x99 ju\xC5\xBC w aptekach\n"
	    "\n"
	    "Lekarze m\xC3\xB3wi\xC4\x85, \xC5\xBC" "e nowe leki skracaj\xC4\x85 chorob\xC4\x99 o dwa dni.\n"
	    "\n"
	    "Komentarze (3)\n"
	    "\n"
	    "  \xE2\x80\xA2 04.02.2013 (18:20)\n"
	    "    ~marek\n"
	    "    A ile to kosztuje w zwyk\xC5\x82" "ej aptece bez recepty?\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B\n"
	    "  \xE2\x80\xA2 04.02.2013 (12:05)\n"
	    "    ~ola\n"
	    "    U nas w przychodni nikt o tym jeszcze nie s\xC5\x82ysza\xC5\x82.\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B\n"
	    "  \xE2\x80\xA2 03.02.2013 (22:41)\n"
	    "    ~piotr\n"
	    "    Czosnek i mi\xC3\xB3" "d dzia\xC5\x82" "aj\xC4\x85 lepiej ni\xC5\xBC ka\xC5\xBC" "da tabletka.\n"
	    "      \xE2\x96\xA1 Odpowiedz\n"
	    "      \xE2\x96\xA1 Zg\xC5\x82o\xC5\x9B\n"
	    "\n"
	    "Najnowsze\n";
	static const char es[] =
	    "La sequ\xC3\xAD" "a obliga a cerrar tres embalses\n"
	    "\n"
	    "El gobierno regional anunci\xC3\xB3 ayer el cierre temporal de tres embalses.\n"
	    "\n"
	    "Opiniones de los lectores\n"
	    "\n"
	    "\xE2\x97\xA6 12/05/2019 20:15\n"
	    "  Luc\xC3\xAD" "a\n"
	    "  Ya era hora de que alguien tomara una decisi\xC3\xB3n sobre el agua.\n"
	    "\n"
	    "\xE2\x97\xA6 12/05/2019 18:02\n"
	    "  Andr\xC3\xA9s\n"
	    "  En mi pueblo llevamos dos meses con cortes de agua cada noche.\n"
	    "\n"
	    "\xE2\x97\xA6 11/05/2019 09:47\n"
	    "  Carmen\n"
	    "  Habr\xC3\xAD" "a que invertir en depuradoras y no en campa\xC3\xB1" "as de publicidad.\n";
	tt_thread *t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "~marek");
	assert_string_equal(t->order[0]->posted, "04.02.2013 (18:20)");
	assert_string_equal(t->order[0]->body.v[0], "A ile to kosztuje w zwyk\xC5\x82" "ej aptece bez recepty?");
	assert_string_equal(t->order[2]->author, "~piotr");
	assert_string_equal(t->order[2]->body.v[0],
	                    "Czosnek i mi\xC3\xB3" "d dzia\xC5\x82" "aj\xC4\x85 lepiej ni\xC5\xBC ka\xC5\xBC" "da tabletka.");
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Luc\xC3\xAD" "a");
	assert_string_equal(t->order[0]->body.v[0],
	                    "Ya era hora de que alguien tomara una decisi\xC3\xB3n sobre el agua.");
	assert_string_equal(t->order[2]->author, "Carmen");
	assert_string_equal(t->order[2]->posted, "11/05/2019 09:47");
	tt_thread_free(t);
}

/* Headings over lists of titles between the comments heading and the
 * first of three dated headers or more (a news page's "Related Articles"
 * over its items) are no names over undated comments: the dated headers
 * set the comments' template. */
static void test_round29_dumps_a_lists_over_dated_headers(void **state)
{
	(void)state;
	static const char en[] =
	    "VLC returns to the App Store\n"
	    "\n"
	    "The popular media player is back in the App Store after two years away from the platform.\n"
	    "\n"
	    "Jump to comments (3)\n"
	    "\n"
	    "Related Articles\n"
	    "\n"
	    "  \xE2\x80\xA2 Dropbox iOS app gets swipe gesture support\n"
	    "  \xE2\x80\xA2 Evernote for iOS updated with Skitch support\n"
	    "\n"
	    "Latest Headlines\n"
	    "\n"
	    "  \xE2\x80\xA2 Rumor: LG to ship Retina displays for next iPad\n"
	    "  \xE2\x80\xA2 Apple opens iWork for iCloud beta to public\n"
	    "\n"
	    "ubiquitousgeek\n"
	    "2013/07/18 02:15pm\n"
	    "\n"
	    "It's about time! The original app was fantastic.\n"
	    "\n"
	    "herbapou\n"
	    "2013/07/18 02:26pm\n"
	    "\n"
	    "This would be a perfect app for an Apple TV store.\n"
	    "\n"
	    "ascii\n"
	    "2013/07/19 03:14am\n"
	    "\n"
	    "I wonder if it will appear on the Mac App Store now?\n"
	    "\n"
	    "View all comments\n";
	static const char de[] =
	    "Neue Radwege f\xC3\xBCr die Innenstadt\n"
	    "\n"
	    "Der Stadtrat hat gestern beschlossen, bis zum Sommer vier neue Radwege zu bauen.\n"
	    "\n"
	    "Kommentare (3)\n"
	    "\n"
	    "Meistgelesen\n"
	    "\n"
	    "     * Hochwasser: Pegel steigt weiter\n"
	    "     * Neuer B\xC3\xBCrgermeister vereidigt\n"
	    "\n"
	    "Aus der Region\n"
	    "\n"
	    "     * Stadtfest f\xC3\xA4llt dieses Jahr aus\n"
	    "     * B\xC3\xA4" "ckerei schlie\xC3\x9Ft nach 80 Jahren\n"
	    "\n"
	    "radler77\n"
	    "12.05.2019, 20:15\n"
	    "\n"
	    "Endlich tut sich etwas f\xC3\xBCr uns Radfahrer in der Stadt.\n"
	    "\n"
	    "Anwohnerin\n"
	    "12.05.2019, 21:02\n"
	    "\n"
	    "Und wo sollen wir dann parken? Daran denkt niemand.\n"
	    "\n"
	    "K. Weber\n"
	    "13.05.2019, 08:47\n"
	    "\n"
	    "Vier Radwege sind ein Anfang, mehr aber auch nicht.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "ubiquitousgeek");
	assert_string_equal(t->order[0]->posted, "2013/07/18 02:15pm");
	assert_string_equal(t->order[0]->body.v[0], "It's about time! The original app was fantastic.");
	assert_string_equal(t->order[2]->author, "ascii");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "radler77");
	assert_string_equal(t->order[1]->author, "Anwohnerin");
	assert_string_equal(t->order[2]->author, "K. Weber");
	assert_string_equal(t->order[2]->posted, "13.05.2019, 08:47");
	tt_thread_free(t);
}

/* A date under the text, then a typewriter's dash between spaces and the
 * comment's buttons ("May 15, 2013 10:53am EDT  --  Report as abuse"): the
 * date is read up to the dash. */
static void test_round29_dumps_a_date_dash_buttons(void **state)
{
	(void)state;
	static const char en[] =
	    "Government funds healthcare innovation\n"
	    "\n"
	    "The administration announced on Wednesday a new initiative to fund innovations in healthcare.\n"
	    "\n"
	    "Comments (3)\n"
	    "unionwv wrote:\n"
	    "Models will become edicts, typical governmental evolution of service.\n"
	    "\n"
	    "May 15, 2013 10:53am EDT  --  Report as abuse\n"
	    "Inertia wrote:\n"
	    "Is that a way to say we screwed up without saying it outright?\n"
	    "\n"
	    "May 15, 2013 10:58am EDT  --  Report as abuse\n"
	    "Ron4Sure wrote:\n"
	    "Instead they should have been creating a single payer system.\n"
	    "\n"
	    "May 15, 2013 11:07am EDT  --  Report as abuse\n"
	    "This discussion is now closed.\n";
	static const char es[] =
	    "El gobierno financia la innovaci\xC3\xB3n sanitaria\n"
	    "\n"
	    "El ministerio anunci\xC3\xB3 el mi\xC3\xA9rcoles un nuevo programa para financiar ideas en los hospitales p\xC3\xBA" "blicos.\n"
	    "\n"
	    "Comentarios (3)\n"
	    "   [12]Jorge escribi\xC3\xB3:\n"
	    "   Otra vez el dinero de los contribuyentes repartido sin control.\n"
	    "   15 de mayo de 2013  --  [13]Denunciar abuso\n"
	    "   [14]Luc\xC3\xAD" "a escribi\xC3\xB3:\n"
	    "   Por fin alguien se ocupa de los peque\xC3\xB1os hospitales rurales.\n"
	    "   15 de mayo de 2013  --  [15]Denunciar abuso\n"
	    "   [16]Pablo escribi\xC3\xB3:\n"
	    "   \xC2\xBFY qui\xC3\xA9n paga todo esto al final? Nosotros, claro.\n"
	    "   16 de mayo de 2013  --  [17]Denunciar abuso\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "unionwv");
	assert_string_equal(t->order[0]->posted, "May 15, 2013 10:53am EDT");
	assert_string_equal(t->order[0]->body.v[0],
	                    "Models will become edicts, typical governmental evolution of service.");
	assert_string_equal(t->order[2]->author, "Ron4Sure");
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Jorge");
	assert_string_equal(t->order[0]->posted, "15 de mayo de 2013");
	assert_string_equal(t->order[2]->author, "Pablo");
	assert_string_equal(t->order[2]->posted, "16 de mayo de 2013");
	tt_thread_free(t);
}

/* Posts under a labelled date, the name right under it and the text past
 * the post's buttons ("Posted Thursday 6th June 2013 13:42 GMT" over
 * "Squander Two" over "[Report abuse]"): each name is its post's, the
 * first post a comment too; the label any word ("Pubblicato"). */
static void test_round29_dumps_a_name_under_labelled_date(void **state)
{
	(void)state;
	static const char en[] =
	    "Publishers settle the ebook case\n"
	    "\n"
	    "The five publishers have all settled with the government, agreeing to financial penalties so far.\n"
	    "\n"
	    "COMMENTS\n"
	    "\n"
	    "All Reader Comments (3)\n"
	    "Posted Thursday 6th June 2013 13:42 GMT\n"
	    "Squander Two\n"
	    "[Report abuse]\n"
	    "Reply Icon\n"
	    "\n"
	    "The law.\n"
	    "\n"
	    "There is, quite simply, a law against price-fixing in this country.\n"
	    "\n"
	    "Posted Thursday 6th June 2013 12:44 GMT\n"
	    "Justicesays\n"
	    "[Report abuse]\n"
	    "Reply Icon\n"
	    "\n"
	    "The geo restrictions are really what screwed readers outside the US.\n"
	    "\n"
	    "Posted Thursday 6th June 2013 12:35 GMT\n"
	    "Graham Marsden\n"
	    "[Report abuse]\n"
	    "Reply Icon\n"
	    "\n"
	    "No comment on the article, I just wanted to say wow.\n";
	static const char it[] =
	    "Gli editori chiudono la causa sugli ebook\n"
	    "\n"
	    "I cinque editori hanno trovato un accordo con il governo e pagheranno una multa salata.\n"
	    "\n"
	    "   [40]Tutti i commenti (3)\n"
	    "   [41]Pubblicato gioved\xC3\xAC 6 giugno 2013 13:42\n"
	    "   [42]Marco Rossi\n"
	    "   Segnala abuso\n"
	    "   [43]Rispondi\n"
	    "\n"
	    "   La legge \xC3\xA8 la legge, e vale per tutti gli editori allo stesso modo.\n"
	    "   [44]Pubblicato gioved\xC3\xAC 6 giugno 2013 12:44\n"
	    "   [45]giulia_b\n"
	    "   Segnala abuso\n"
	    "   [46]Rispondi\n"
	    "\n"
	    "   I prezzi degli ebook in Italia restano comunque troppo alti per tutti.\n"
	    "   [47]Pubblicato gioved\xC3\xAC 6 giugno 2013 12:35\n"
	    "   [48]Paolo\n"
	    "   Segnala abuso\n"
	    "   [49]Rispondi\n"
	    "\n"
	    "   Nessun commento sull'articolo, volevo solo dire grazie.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Squander Two");
	assert_string_equal(t->order[0]->posted, "Thursday 6th June 2013 13:42 GMT");
	assert_string_equal(t->order[0]->body.v[0], "The law.");
	assert_string_equal(t->order[2]->author, "Graham Marsden");
	assert_string_equal(t->order[2]->body.v[0], "No comment on the article, I just wanted to say wow.");
	tt_thread_free(t);
	t = import_page(it, sizeof it - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Marco Rossi");
	assert_string_equal(t->order[0]->body.v[0],
	                    "La legge \xC3\xA8 la legge, e vale per tutti gli editori allo stesso modo.");
	assert_string_equal(t->order[1]->author, "giulia_b");
	assert_string_equal(t->order[2]->author, "Paolo");
	tt_thread_free(t);
}

/* A lettered avatar over a list of the header's fields, the name first
 * and the date last ("J" over "• Johnrb", "• 3Wt", "• 30 Nov 2020"): the
 * item of the avatar's initial is the writer, not the item over the date. */
static void test_round29_dumps_a_avatar_letter_over_items(void **state)
{
	(void)state;
	static const char en[] =
	    "Harry Kane becomes the face of a phone brand\n"
	    "\n"
	    "The phone maker announced on Wednesday that the footballer will appear in its advertising.\n"
	    "\n"
	    "Reader comments\n"
	    "\n"
	    "J\n"
	    "\n"
	    "  \xE2\x80\xA2 Johnrb\n"
	    "  \xE2\x80\xA2 3Wt\n"
	    "  \xE2\x80\xA2 30 Nov 2020\n"
	    "\n"
	    "So a footballer is going to give up his latest phone to be seen with this one.\n"
	    "\n"
	    "  \xE2\x80\xA2 Reply\n"
	    "\n"
	    "V\n"
	    "\n"
	    "  \xE2\x80\xA2 Vegetaholic\n"
	    "  \xE2\x80\xA2 nEE\n"
	    "  \xE2\x80\xA2 22 Jul 2020\n"
	    "\n"
	    "Perfect brand match for his abilities, could not expect any better.\n"
	    "\n"
	    "  \xE2\x80\xA2 Reply\n"
	    "\n"
	    "C\n"
	    "\n"
	    "  \xE2\x80\xA2 Carol\n"
	    "  \xE2\x80\xA2 mgK\n"
	    "  \xE2\x80\xA2 22 Jul 2020\n"
	    "\n"
	    "These brands are like those copy apps in the store.\n"
	    "\n"
	    "  \xE2\x80\xA2 Reply\n";
	static const char fr[] =
	    "Un footballeur devient l'ambassadeur d'une marque de t\xC3\xA9l\xC3\xA9phones\n"
	    "\n"
	    "Le fabricant a annonc\xC3\xA9 mercredi que le joueur appara\xC3\xAEtra dans toutes ses publicit\xC3\xA9s cette ann\xC3\xA9" "e.\n"
	    "\n"
	    "   [20]Commentaires des lecteurs\n"
	    "\n"
	    "   M\n"
	    "     * [21]Mathilde\n"
	    "     * Membre\n"
	    "     * 3 d\xC3\xA9" "c. 2020\n"
	    "\n"
	    "   Franchement, il ne se sert s\xC3\xBBrement pas de ce t\xC3\xA9l\xC3\xA9phone au quotidien.\n"
	    "     * [22]R\xC3\xA9pondre\n"
	    "\n"
	    "   A\n"
	    "     * [23]antoine_l\n"
	    "     * Invit\xC3\xA9\n"
	    "     * 2 d\xC3\xA9" "c. 2020\n"
	    "\n"
	    "   Encore une publicit\xC3\xA9 qui co\xC3\xBBte plus cher que le t\xC3\xA9l\xC3\xA9phone lui-m\xC3\xAAme.\n"
	    "     * [24]R\xC3\xA9pondre\n"
	    "\n"
	    "   S\n"
	    "     * Sylvie\n"
	    "     * Invit\xC3\xA9\n"
	    "     * 1 d\xC3\xA9" "c. 2020\n"
	    "\n"
	    "   Pourquoi pas, tant que le prix reste raisonnable pour tout le monde.\n"
	    "     * [25]R\xC3\xA9pondre\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Johnrb");
	assert_string_equal(t->order[0]->posted, "30 Nov 2020");
	/* the next comment's avatar letter no paragraph of this one */
	assert_string_not_equal(t->order[0]->body.v[t->order[0]->body.n - 1], "V");
	assert_string_equal(t->order[1]->author, "Vegetaholic");
	assert_string_equal(t->order[2]->author, "Carol");
	assert_string_equal(t->order[2]->body.v[0], "These brands are like those copy apps in the store.");
	tt_thread_free(t);
	t = import_page(fr, sizeof fr - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Mathilde");
	assert_string_not_equal(t->order[0]->body.v[t->order[0]->body.n - 1], "A");
	assert_string_equal(t->order[0]->posted, "3 d\xC3\xA9" "c. 2020");
	assert_string_equal(t->order[1]->author, "antoine_l");
	assert_string_equal(t->order[2]->author, "Sylvie");
	tt_thread_free(t);
}

/* A quotation's title and its source in one paragraph ("Quote:" over
 * "Originally Posted by herbapou\xEF\xBF\xBDView Post"), the source naming
 * an earlier commenter: the source ends with the name, and it, the lines
 * under it and the named comment's own paragraphs after it are quoted. */
static void test_round29_dumps_a_named_quote_source(void **state)
{
	(void)state;
	static const char en[] =
	    "VLC returns to iOS\n"
	    "\n"
	    "The media player is back in the App Store after two years away, now under a second licence.\n"
	    "\n"
	    "Comments (3)\n"
	    "\n"
	    "herbapou\n"
	    "2013/07/18 02:26pm\n"
	    "\n"
	    "This would be a perfect app for an Apple TV app store\n"
	    "\n"
	    "pendergast\n"
	    "2013/07/18 02:28pm\n"
	    "\n"
	    "Quote:\n"
	    "Originally Posted by herbapou\xEF\xBF\xBDView Post\n"
	    "\n"
	    "This would be a perfect app for an Apple TV app store\n"
	    "\n"
	    "It's 2013, why don't we have this yet???\n"
	    "\n"
	    "wizard69\n"
	    "2013/07/18 02:33pm\n"
	    "\n"
	    "Did the developer creating all the problems with VLC give up?\n";
	static const char de[] =
	    "Neue Radwege f\xC3\xBCr die Innenstadt\n"
	    "\n"
	    "Der Stadtrat hat gestern beschlossen, bis zum Sommer vier neue Radwege in der Stadt zu bauen.\n"
	    "\n"
	    "   Kommentare (3)\n"
	    "\n"
	    "   [20]radler77\n"
	    "   12.05.2019, 20:15\n"
	    "\n"
	    "   Endlich tut sich etwas f\xC3\xBCr uns Radfahrer in der Stadt.\n"
	    "\n"
	    "   [21]Anwohnerin\n"
	    "   12.05.2019, 21:02\n"
	    "\n"
	    "   Zitat:\n"
	    "   Urspr\xC3\xBCnglich geschrieben von Radler77 Beitrag anzeigen\n"
	    "   Endlich tut sich etwas f\xC3\xBCr uns Radfahrer in der Stadt.\n"
	    "\n"
	    "   Und wo sollen wir dann parken? Daran denkt niemand.\n"
	    "\n"
	    "   [22]K. Weber\n"
	    "   13.05.2019, 08:47\n"
	    "\n"
	    "   Vier Radwege sind ein Anfang, mehr aber auch nicht.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "pendergast");
	assert_string_equal(t->order[1]->body.v[0],
	                    "> Quote:\n> Originally Posted by herbapou\xEF\xBF\xBD");
	assert_string_equal(t->order[1]->body.v[1],
	                    "> This would be a perfect app for an Apple TV app store");
	assert_string_equal(t->order[1]->body.v[2], "It's 2013, why don't we have this yet???");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "Anwohnerin");
	assert_string_equal(t->order[1]->body.v[0],
	                    "> Zitat:\n> Urspr\xC3\xBCnglich geschrieben von Radler77\n> Endlich tut sich "
	                    "etwas f\xC3\xBCr uns Radfahrer in der Stadt.");
	assert_string_equal(t->order[1]->body.v[1], "Und wo sollen wir dann parken? Daran denkt niemand.");
	tt_thread_free(t);
}

/* lynx's numbered name alone right over a date line alone, under the last
 * line of the text before with no blank line between, that line ending no
 * sentence: a header, not the wrapped tail of that text. */
static void test_round29_dumps_a_linked_name_after_open_line(void **state)
{
	(void)state;
	static const char en[] =
	    "VLC returns to iOS\n"
	    "\n"
	    "   The media player is back in the App Store after two years away, now under a second licence.\n"
	    "\n"
	    "   Comments (3)\n"
	    "\n"
	    "   [57]ubiquitousgeek\n"
	    "   2013/07/18 02:15pm\n"
	    "\n"
	    "   It's about time! The original app was fantastic.\n"
	    "   [58]herbapou\n"
	    "   2013/07/18 02:26pm\n"
	    "\n"
	    "   This would be a perfect app for an Apple TV app store\n"
	    "   [59]pendergast\n"
	    "   2013/07/18 02:28pm\n"
	    "\n"
	    "   It's 2013, why don't we have this yet???\n";
	static const char pl[] =
	    "Nowe \xC5\x9B" "cie\xC5\xBCki rowerowe w centrum\n"
	    "\n"
	    "   Rada miasta zdecydowa\xC5\x82" "a wczoraj, \xC5\xBC" "e do lata powstan\xC4\x85 cztery nowe \xC5\x9B" "cie\xC5\xBCki rowerowe w centrum.\n"
	    "\n"
	    "   Komentarze (3)\n"
	    "\n"
	    "   [20]rowerzysta77\n"
	    "   12.05.2019 20:15\n"
	    "\n"
	    "   Wreszcie co\xC5\x9B si\xC4\x99 dzieje dla rowerzyst\xC3\xB3w w naszym mie\xC5\x9B" "cie\n"
	    "   [21]mieszkanka\n"
	    "   12.05.2019 21:02\n"
	    "\n"
	    "   A gdzie mamy parkowa\xC4\x87? Nikt o tym nie my\xC5\x9Bli.\n"
	    "   [22]k_wojcik\n"
	    "   13.05.2019 08:47\n"
	    "\n"
	    "   Cztery \xC5\x9B" "cie\xC5\xBCki to dopiero pocz\xC4\x85tek.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->body.v[0], "This would be a perfect app for an Apple TV app store");
	assert_string_equal(t->order[2]->author, "pendergast");
	assert_string_equal(t->order[2]->posted, "2013/07/18 02:28pm");
	tt_thread_free(t);
	t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "mieszkanka");
	assert_string_equal(t->order[1]->posted, "12.05.2019 21:02");
	tt_thread_free(t);
}

/* A list's item the browser wrapped, its last words at the item's text
 * column right past the bullet ("* [189]... - Business -" over
 * "latimes.com 05/28/2013, 12:01 p.m."): a teaser's source and date, no
 * comment header, though they read as a name and a date. English in
 * lynx's list under signed-over headers, German in w3m's list under
 * "NAME | DATE" headers. */
static void test_round30_dumps_b_wrapped_item_tail(void **state)
{
	(void)state;
	static const char en[] =
	    "Everest is melting\n"
	    "\n"
	    "   The glaciers of the high mountains are shrinking faster than the\n"
	    "   climbers who return every spring can remember, and the guides say the\n"
	    "   routes to the summit change from one season to the next. Scientists\n"
	    "   measured the ice at a dozen places along the valley and found it\n"
	    "   thinner everywhere they looked.\n"
	    "\n"
	    "   Farmers downstream depend on the meltwater for their fields, and the\n"
	    "   towns along the river draw their drinking water from it through the\n"
	    "   long dry months before the rains.\n"
	    "\n"
	    "Comments (51)\n"
	    "\n"
	    "   Ridgeline at 6:23 AM May 18, 2013\n"
	    "\n"
	    "   What the scientists are grappling with is that the rivers fed by the\n"
	    "   ice provide water to a great many people, and nobody seems to care\n"
	    "   until the wells run dry.\n"
	    "   kwilson at 12:07 PM May 17, 2013\n"
	    "\n"
	    "   Well, it is what it is, I guess.\n"
	    "   Liberum at 11:13 AM May 17, 2013\n"
	    "\n"
	    "   You guys are so funny: drop fossil fuels immediately? Where will your\n"
	    "   food come from then, and how will you get to work in the morning\n"
	    "   without a car?\n"
	    "\n"
	    "Most Viewed\n"
	    "\n"
	    "     * [185]Cargo train derails near the harbour - Nation - dailynews.com\n"
	    "       05/28/2013, 12:06 p.m.\n"
	    "     * [189]The only advanced economy with no paid holidays by law - Business -\n"
	    "       dailynews.com 05/28/2013, 12:01 p.m.\n"
	    "\n";
	static const char de[] =
	    "Die alte Brücke wird abgerissen\n"
	    "\n"
	    "Der Stadtrat hat am Dienstagabend beschlossen, die alte Brücke über den\n"
	    "Fluss im kommenden Jahr abzureißen und durch einen Neubau zu ersetzen, der\n"
	    "auch Radfahrern mehr Platz bieten soll. Die Kosten werden auf rund zwölf\n"
	    "Millionen Euro geschätzt, der Bund übernimmt einen Teil davon.\n"
	    "\n"
	    "Während der Bauzeit sollen Busse die Fahrgäste über die Umleitung im Norden\n"
	    "bringen, die Anwohner befürchten dennoch lange Staus in den engen Straßen\n"
	    "der Altstadt.\n"
	    "\n"
	    "3 Kommentare\n"
	    "\n"
	    "Radlerin | 12.03.2019 14:05\n"
	    "Endlich passiert etwas, die Brücke ist seit Jahren marode und jeder, der\n"
	    "dort täglich mit dem Rad fährt, weiß das ganz genau.\n"
	    "\n"
	    "Peter K. | 12.03.2019 13:40\n"
	    "Und wer bezahlt die Umleitung für die Busse?\n"
	    "\n"
	    "anwohner | 12.03.2019 12:11\n"
	    "Zwölf Millionen sind viel Geld, aber eine neue Brücke hält wieder fünfzig\n"
	    "Jahre, das sollte man auch bedenken.\n"
	    "\n"
	    "Meistgelesen\n"
	    "\n"
	    "  • Bahnstreik legt den Nahverkehr im ganzen Land für zwei Tage lahm -\n"
	    "    Tagesblatt | 12.03.2019 11:58\n"
	    "  • Neue Radwege entlang der Uferstraße sollen bis zum Sommer fertig sein,\n"
	    "    Lokales, Tagesblatt | 12.03.2019 10:30\n"
	    "\n";
	static const char *const en_names[] = {"Ridgeline", "kwilson", "Liberum"};
	static const char *const de_names[] = {"Radlerin", "Peter K.", "anwohner"};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 0);
	assert_string_equal(t->order[1]->body.v[0], "Well, it is what it is, I guess.");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, de_names, NULL, 0);
	assert_string_equal(t->order[1]->body.v[0], "Und wer bezahlt die Umleitung für die Busse?");
	tt_thread_free(t);
}

/* A pager under the comments, a list's items each holding a page's
 * number alone and the next item the next number ("* 1" over "* [52]2"
 * over "* [53]Next »"): no comment's text; the last comment ends there
 * and its text keeps no quote marks the pager's column would have set.
 * English as lynx draws it under "by NAME DATE" headers, Spanish as w3m
 * does under "NAME - DATE" headers. */
static void test_round30_dumps_b_pager_under_comments(void **state)
{
	(void)state;
	static const char en[] =
	    "Troops to guard the depots\n"
	    "\n"
	    "   The general said his paratroopers would keep everybody else away until\n"
	    "   experts arrived to make the weapons safe.\n"
	    "\n"
	    "   12 Comments\n"
	    "\n"
	    "   by carlo July 19, 2013 3:21 AM EDT\n"
	    "          I have been to the city and I know what the people there want from us.\n"
	    "          Reply to this comment\n"
	    "\n"
	    "   by Sunny12 July 19, 2013 3:06 AM EDT\n"
	    "          Oh please. This is an exercise in futility.\n"
	    "          Reply to this comment\n"
	    "\n"
	    "   by lami987 July 18, 2013 9:00 PM EDT\n"
	    "          Supplying weapons is one thing but sending our troops in is definitely the\n"
	    "          wrong thing to do.\n"
	    "          Reply to this comment\n"
	    "\n"
	    "     * 1\n"
	    "     * [52]2\n"
	    "     * [53]Next »\n"
	    "\n"
	    "   [54]See all 12 Comments\n";
	static const char es[] =
	    "El puente nuevo abre en mayo\n"
	    "\n"
	    "El ayuntamiento confirmó que el puente nuevo abrirá al tráfico en mayo, dos meses\n"
	    "después de lo previsto por las lluvias del invierno.\n"
	    "\n"
	    "25 comentarios\n"
	    "\n"
	    "Marta G. - 12/03/2019 14:05\n"
	    "\n"
	    "    Por fin, llevamos años esperando este puente y cada día hay más atascos.\n"
	    "\n"
	    "Pedro - 12/03/2019 13:40\n"
	    "\n"
	    "    ¿Y quién paga los dos meses de retraso?\n"
	    "\n"
	    "anwohner - 12/03/2019 12:11\n"
	    "\n"
	    "    Dos meses no es nada para una obra así, lo importante es que quede bien.\n"
	    "\n"
	    "  • 1\n"
	    "  • 2\n"
	    "  • 3\n"
	    "  • Siguiente ›\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->author, "lami987");
	assert_int_equal(t->order[2]->body.n, 1);
	assert_string_equal(t->order[2]->body.v[0],
	                    "Supplying weapons is one thing but sending our troops in is definitely the\n"
	                    "wrong thing to do.");
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->author, "anwohner");
	assert_int_equal(t->order[2]->body.n, 1);
	tt_thread_free(t);
}

/* The same paragraph opening three answers' texts or more (a forum
 * post's excerpt the answers link to, "Teraz to możecie ... za...") is
 * no site's notice of one line when the browser wrapped it: its first
 * line wider than the page's width once joined, or broken where the next
 * word would not have fitted. It stays the answers' first paragraph.
 * Polish as w3m draws it at the margin, English as lynx does, indented. */
static void test_round30_dumps_b_wrapped_shared_opening(void **state)
{
	(void)state;
	static const char pl[] =
	    "Związki przeciw nowemu układowi\n"
	    "\n"
	    "Zarząd spółki przedstawił związkom zawodowym projekt nowego układu\n"
	    "zbiorowego pracy, który zmienia zasady wynagradzania i czas pracy górników w\n"
	    "kopalniach całej grupy.\n"
	    "\n"
	    "Związkowcy wskazują, że zapisy projektu pogarszają warunki zatrudnienia, i\n"
	    "zapowiadają, że nie zgodzą się na żadne zmiany bez długich negocjacji z\n"
	    "zarządem spółki.\n"
	    "\n"
	    "Rozmowy mają się rozpocząć w przyszłym tygodniu, a pierwsze spotkanie\n"
	    "zaplanowano w siedzibie spółki w samo południe.\n"
	    "\n"
	    "KOMENTARZE (4)\n"
	    "\n"
	    "MORALES\n"
	    "29.12.2011 20:40\n"
	    "\n"
	    "Związki w spółce mam centralnie i oficjalnie gdzieś, ale to co zarząd chce\n"
	    "wprowadzić to przesada.\n"
	    "\n"
	    "polak\n"
	    "28.12.2011 19:02\n"
	    "\n"
	    "Teraz to możecie cmoknąć lwa w tyłek, jak przez wasze niepokoje zaczną\n"
	    "tanieć akcje spółki to was brać górnicza za...\n"
	    "\n"
	    "Ty się cmoknij sam (...)\n"
	    "\n"
	    "ROZSĄDNY\n"
	    "28.12.2011 18:30\n"
	    "\n"
	    "Teraz to możecie cmoknąć lwa w tyłek, jak przez wasze niepokoje zaczną\n"
	    "tanieć akcje spółki to was brać górnicza za...\n"
	    "\n"
	    "Ubolewam nad tym, że (...)\n"
	    "\n"
	    "Hiob\n"
	    "28.12.2011 16:22\n"
	    "\n"
	    "Teraz to możecie cmoknąć lwa w tyłek, jak przez wasze niepokoje zaczną\n"
	    "tanieć akcje spółki to was brać górnicza za...\n"
	    "\n"
	    "Nikt nie pyta górników (...)\n"
	    "\n";
	static const char en[] =
	    "The old pool will close\n"
	    "\n"
	    "   The city council voted on Tuesday night to close the old swimming pool at\n"
	    "   the end of the summer and to build a new one next to the school on the\n"
	    "   hill.\n"
	    "\n"
	    "   Residents of the neighbourhood said they were not asked before the vote and\n"
	    "   that the walk to the new pool would be too long for the children who swim\n"
	    "   there every week.\n"
	    "\n"
	    "   The council said the old pool had been losing money for years and that the\n"
	    "   repairs it needed would cost more than the new building.\n"
	    "\n"
	    "Forum replies (4)\n"
	    "\n"
	    "   harbourmaster\n"
	    "   Posted 12 March 2019, 14:05\n"
	    "\n"
	    "   Good riddance, the changing rooms have been falling apart for years.\n"
	    "\n"
	    "   swimmer_62\n"
	    "   Posted 12 March 2019, 13:40\n"
	    "\n"
	    "   Re: pool closing - I have swum in that pool every morning for thirty years\n"
	    "   and nobody from the council ever came to look at it once...\n"
	    "\n"
	    "   Then you should have written to them.\n"
	    "\n"
	    "   Lotte\n"
	    "   Posted 12 March 2019, 12:11\n"
	    "\n"
	    "   Re: pool closing - I have swum in that pool every morning for thirty years\n"
	    "   and nobody from the council ever came to look at it once...\n"
	    "\n"
	    "   Same here, and it was always cold.\n"
	    "\n"
	    "   grandad\n"
	    "   Posted 12 March 2019, 11:02\n"
	    "\n"
	    "   Re: pool closing - I have swum in that pool every morning for thirty years\n"
	    "   and nobody from the council ever came to look at it once...\n"
	    "\n"
	    "   Thirty years, well done.\n"
	    "\n";
	tt_thread *t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 4);
	for (size_t k = 1; k < 4; k++) {
		assert_int_equal(t->order[k]->body.n, 2);
		assert_true(!strncmp(t->order[k]->body.v[0], "Teraz to możecie", 17));
	}
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 4);
	for (size_t k = 1; k < 4; k++) {
		assert_int_equal(t->order[k]->body.n, 2);
		assert_true(!strncmp(t->order[k]->body.v[0], "Re: pool closing", 16));
	}
	tt_thread_free(t);
}

/* One-line signatures closing items of a list ("• TEXT", its paragraphs
 * hanging past the bullet, then "NAME 2 months ago" at the same column):
 * each item is its comment, from the bullet on; what lies between the
 * items (a heading, "Show all", a sign-in line) is no comment's text, and
 * the first item opens the comments where no heading stands over them.
 * English as w3m draws it under a heading, French as lynx does with none
 * the section reads. */
static void test_round30_dumps_b_signed_list_items(void **state)
{
	(void)state;
	static const char en[] =
	    "Chiptune cover of an old song\n"
	    "\n"
	    "Converted to eight bits with a tracker, every instrument played by the same\n"
	    "sound chip as the old game consoles.\n"
	    "\n"
	    "Category:\n"
	    "\n"
	    "Music\n"
	    "\n"
	    "Top rated comments\n"
	    "\n"
	    "  • You encountered a wild song\n"
	    "\n"
	    "    The song uses its loudest chorus\n"
	    "\n"
	    "    You faint.\n"
	    "\n"
	    "    stavi1990 2 months ago\n"
	    "  • Guitar Hero Beta .01\n"
	    "\n"
	    "    Press START to play\n"
	    "\n"
	    "    another_person 2 months ago\n"
	    "\n"
	    "Show all\n"
	    "\n"
	    "All comments (553)\n"
	    "\n"
	    "[Reply to this video]\n"
	    "Sign in to your account to post a comment!\n"
	    "\n"
	    "  • I enjoy this more than the original\n"
	    "\n"
	    "    rocco 10 minutes ago\n"
	    "  • it could be the theme of an old castle game :D\n"
	    "\n"
	    "    nero04 2 days ago\n"
	    "  • this song is WINNING.\n"
	    "\n"
	    "    ktm5194 4 days ago\n"
	    "  • Master Of DOOM!\n"
	    "\n"
	    "    spookypig 4 days ago\n"
	    "  • Epic\n"
	    "\n"
	    "    travisw001 1 week ago\n"
	    "  • holy cow it sounds like the old shooter game !!\n"
	    "\n"
	    "    behemoth87 1 week ago\n";
	static const char fr[] =
	    "Reprise d'une vieille chanson\n"
	    "\n"
	    "   Convertie en huit bits avec un tracker, chaque instrument joué par la même\n"
	    "   puce sonore que les vieilles consoles de jeu.\n"
	    "\n"
	    "   Catégorie :\n"
	    "\n"
	    "   Musique\n"
	    "\n"
	    "Commentaires les mieux notés\n"
	    "\n"
	    "     * Vous rencontrez une chanson sauvage\n"
	    "\n"
	    "       La chanson utilise son refrain le plus fort\n"
	    "\n"
	    "       Vous vous évanouissez.\n"
	    "\n"
	    "       stavi1990 il y a 2 mois\n"
	    "     * Guitar Hero Bêta .01\n"
	    "\n"
	    "       Appuyez sur START pour jouer\n"
	    "\n"
	    "       autre_personne il y a 2 mois\n"
	    "\n"
	    "   Tout afficher\n"
	    "\n"
	    "Tous les commentaires (553)\n"
	    "\n"
	    "   [Répondre à cette vidéo]\n"
	    "   Connectez-vous à votre compte pour publier un commentaire !\n"
	    "\n"
	    "     * Je préfère celle-ci à l'originale\n"
	    "\n"
	    "       rocco il y a 10 minutes\n"
	    "     * on dirait le thème d'un vieux jeu de château :D\n"
	    "\n"
	    "       nero04 il y a 2 jours\n"
	    "     * cette chanson GAGNE.\n"
	    "\n"
	    "       ktm5194 il y a 4 jours\n"
	    "     * Maître du DESTIN !\n"
	    "\n"
	    "       spookypig il y a 4 jours\n"
	    "     * Épique\n"
	    "\n"
	    "       travisw001 il y a 1 semaine\n"
	    "     * on dirait le vieux jeu de tir !!\n"
	    "\n"
	    "       behemoth87 il y a 1 semaine\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 8);
	assert_string_equal(t->order[2]->author, "rocco");
	assert_int_equal(t->order[2]->body.n, 1);
	assert_string_equal(t->order[2]->body.v[0], "I enjoy this more than the original");
	tt_thread_free(t);
	t = import_page(fr, sizeof fr - 1);
	assert_int_equal(t->ncomments, 8);
	assert_string_equal(t->order[0]->author, "stavi1990");
	assert_int_equal(t->order[0]->body.n, 3);
	assert_string_equal(t->order[0]->body.v[0], "Vous rencontrez une chanson sauvage");
	assert_string_equal(t->order[2]->author, "rocco");
	assert_int_equal(t->order[2]->body.n, 1);
	tt_thread_free(t);
}

/* A rating after a relative date, a count perhaps with its icon's image
 * ("vor 2 Monaten 152 [pixel-vfl3z5WfW.gif]"): the page's figure beside
 * the date, no part of it; the date is read, and shown, without it.
 * English headers over the text as lynx draws them, with the icon;
 * Spanish signatures closing w3m's list items, the count alone. */
static void test_round30_dumps_b_rating_after_age(void **state)
{
	(void)state;
	static const char en[] =
	    "A new bridge for the harbour\n"
	    "\n"
	    "   The council approved the new bridge on Tuesday night, and building will\n"
	    "   start in the spring.\n"
	    "\n"
	    "Comments (3)\n"
	    "\n"
	    "   [21]harbourmaster 2 days ago 15 [thumb-up-vfl3z5WfW.gif]\n"
	    "   About time, the old one has been closed for years.\n"
	    "\n"
	    "   [22]kwilson 3 days ago 4 [thumb-up-vfl3z5WfW.gif]\n"
	    "   Who pays for it?\n"
	    "\n"
	    "   [23]Lotte 5 days ago 0 [thumb-up-vfl3z5WfW.gif]\n"
	    "   It will be a lovely walk.\n";
	static const char es[] =
	    "Un puente nuevo para el puerto\n"
	    "\n"
	    "El ayuntamiento aprobó el puente nuevo el martes por la noche, y las obras\n"
	    "empezarán en primavera.\n"
	    "\n"
	    "4 comentarios\n"
	    "\n"
	    "  • Por fin, el viejo lleva años cerrado.\n"
	    "\n"
	    "    marinero hace 2 días 15\n"
	    "  • ¿Y quién lo paga?\n"
	    "\n"
	    "    kwilson hace 3 días 4\n"
	    "  • Será un paseo precioso.\n"
	    "\n"
	    "    Lotte hace 5 días 2\n"
	    "  • Me alegro mucho por el barrio.\n"
	    "\n"
	    "    vecina hace 6 días 1\n";
	static const char *const en_names[] = {"harbourmaster", "kwilson", "Lotte"};
	static const char *const es_names[] = {"marinero", "kwilson", "Lotte", "vecina"};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 1);
	assert_string_equal(t->order[0]->posted, "2 days ago");
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, es_names, NULL, 1);
	assert_string_equal(t->order[3]->posted, "hace 6 días");
	tt_thread_free(t);
}

/* A reply form's box drawn before the comments and under each one: an
 * avatar's label over the writer the form will post as, two words at
 * most alone in their paragraph, right over the form's field ("Imágen de
 * usuario" over "• Anonymous" over "[ico_emoji] [     ]"): no name over
 * an undated comment's text, which nested every comment under it; and a
 * field drawn anywhere on a line ends the comment above it. Spanish under
 * a heading, as w3m draws iVoox; German under a count. */
static void test_round30_dumps_b_form_box_over_field(void **state)
{
	(void)state;
	static const char es[] =
	    "Episodio 12: volvemos\n"
	    "\n"
	    "Disculpad la espera. Estas últimas semanas han sido complicadas, pero ya\n"
	    "estamos de vuelta con un episodio largo sobre los móviles nuevos.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "Imágen de usuario\n"
	    "\n"
	    "  • Anonymous\n"
	    "\n"
	    "[ico_emoji] [                    ]\n"
	    "¿Eres humano? El captcha no se ha resuelto correctamente, por favor vuelve a intentarlo\n"
	    "[                    ]\n"
	    "PUBLISH\n"
	    "Marck\n"
	    "\n"
	    "  • Marck\n"
	    "  • Wed, 08/09/2023 09:55\n"
	    "\n"
	    "Ánimo y gracias.. Todos padecemos estas cosas algunas veces. Cuidate!\n"
	    "\n"
	    "Answer\n"
	    "Imágen de usuario\n"
	    "\n"
	    "  • Anonymous\n"
	    "\n"
	    "[ico_emoji] [                    ]\n"
	    "¿Eres humano? El captcha no se ha resuelto correctamente, por favor vuelve a intentarlo\n"
	    "[                    ]\n"
	    "PUBLISH\n"
	    "Alvaro\n"
	    "\n"
	    "  • Alvaro\n"
	    "  • Wed, 08/09/2023 09:27\n"
	    "\n"
	    "Muchos ánimos y fuerza, me alegro que estés mejor. Cuídate!\n"
	    "\n"
	    "Answer\n"
	    "Imágen de usuario\n"
	    "\n"
	    "  • Anonymous\n"
	    "\n"
	    "[ico_emoji] [                    ]\n"
	    "¿Eres humano? El captcha no se ha resuelto correctamente, por favor vuelve a intentarlo\n"
	    "[                    ]\n"
	    "PUBLISH\n";
	static const char de[] =
	    "Neue Folge: Sommerpause vorbei\n"
	    "\n"
	    "Nach der Sommerpause geht es weiter, diesmal mit einer langen Folge über\n"
	    "die neuen Telefone und was sie besser machen.\n"
	    "\n"
	    "2 Kommentare\n"
	    "\n"
	    "Dein Profilbild\n"
	    "\n"
	    "  • Gast\n"
	    "\n"
	    "[smiley] [                    ]\n"
	    "Bist du ein Mensch? Das Captcha wurde nicht richtig gelöst, bitte versuche es noch einmal\n"
	    "[                    ]\n"
	    "ABSENDEN\n"
	    "Radlerin\n"
	    "\n"
	    "  • Radlerin\n"
	    "  • 12.03.2019 14:05\n"
	    "\n"
	    "Endlich geht es weiter, ich habe jede Woche nachgesehen.\n"
	    "\n"
	    "Antworten\n"
	    "Dein Profilbild\n"
	    "\n"
	    "  • Gast\n"
	    "\n"
	    "[smiley] [                    ]\n"
	    "Bist du ein Mensch? Das Captcha wurde nicht richtig gelöst, bitte versuche es noch einmal\n"
	    "[                    ]\n"
	    "ABSENDEN\n"
	    "Peter K.\n"
	    "\n"
	    "  • Peter K.\n"
	    "  • 12.03.2019 13:40\n"
	    "\n"
	    "Schöne Folge, danke!\n"
	    "\n"
	    "Antworten\n";
	static const char *const es_names[] = {"Marck", "Alvaro"};
	static const char *const de_names[] = {"Radlerin", "Peter K."};
	tt_thread *t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 2);
	check_tree(t, 2, es_names, NULL, 0);
	assert_string_equal(t->order[0]->body.v[0],
	                    "Ánimo y gracias.. Todos padecemos estas cosas algunas veces. Cuidate!");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 2);
	check_tree(t, 2, de_names, NULL, 0);
	assert_string_equal(t->order[0]->body.v[0],
	                    "Endlich geht es weiter, ich habe jede Woche nachgesehen.");
	tt_thread_free(t);
}

/* A form's buttons as lynx draws them, items of two words at most right
 * under the form's fields ("* Wyślij komentarz", "* Anuluj" under
 * "Treść:" and its text area's rows of underscores), over the first
 * comment's date opening the next item: no name over that date, the
 * comment's name is the one under it. Polish and English. */
static void test_round30_dumps_b_form_buttons_over_date_item(void **state)
{
	(void)state;
	static const char pl[] =
	    "Żółtaczka wraca\n"
	    "\n"
	    "   Lekarze ostrzegają przed nową falą zachorowań na żółtaczkę w całym\n"
	    "   kraju, szczególnie wśród dzieci.\n"
	    "\n"
	    "Wasze komentarze (3)\n"
	    "\n"
	    "   [21]Dodaj komentarz\n"
	    "\n"
	    "     * Autor: ____________________\n"
	    "       [22]Zaloguj się i komentuj pod swoim nickiem.\n"
	    "     * Treść:\n"
	    "       __________\n"
	    "       __________\n"
	    "       __________\n"
	    "\n"
	    "     * Wyślij komentarz\n"
	    "     * Anuluj\n"
	    "\n"
	    "     * 03.01.2012 (17:28)\n"
	    "       ~kostucha\n"
	    "       Andy, herbatka zalega ci w magazynach? Kości już lżejsze???\n"
	    "          + [24]Odpowiedz\n"
	    "     * 03.01.2012 (11:07)\n"
	    "       ~andy\n"
	    "       Pij zieloną herbatę w dużych ilościach, to powinno cię wyleczyć.\n"
	    "          + [26]Odpowiedz\n"
	    "     * 03.01.2012 (10:31)\n"
	    "       ~lku\n"
	    "       Teleskop i wzmacniacz też są dostępne od ręki.\n"
	    "          + [28]Odpowiedz\n";
	static const char en[] =
	    "The pool will close\n"
	    "\n"
	    "   The council voted to close the old swimming pool at the end of the\n"
	    "   summer, and to build a new one next to the school.\n"
	    "\n"
	    "Your comments (3)\n"
	    "\n"
	    "     * Comment:\n"
	    "       ______________________________\n"
	    "       ______________________________\n"
	    "\n"
	    "     * Post\n"
	    "     * Cancel\n"
	    "\n"
	    "     * 12 March 2019 14:05\n"
	    "       harbourmaster\n"
	    "       Good riddance, the changing rooms have been falling apart for years.\n"
	    "          + [24]Reply\n"
	    "     * 12 March 2019 13:40\n"
	    "       kwilson\n"
	    "       Who pays for the new one, I wonder?\n"
	    "          + [26]Reply\n"
	    "     * 12 March 2019 12:11\n"
	    "       Lotte\n"
	    "       It will be a lovely walk to the school.\n"
	    "          + [28]Reply\n";
	static const char *const pl_names[] = {"~kostucha", "~andy", "~lku"};
	static const char *const en_names[] = {"harbourmaster", "kwilson", "Lotte"};
	tt_thread *t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, pl_names, NULL, 0);
	assert_true(!strncmp(t->order[0]->body.v[0], "Andy, herbatka", 14));
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 0);
	assert_true(!strncmp(t->order[0]->body.v[0], "Good riddance", 13));
	tt_thread_free(t);
}

/* A list's item opening with a date read whole, a clock in it, then the
 * name closing the line: lynx writes the bullet before it, w3m the bullet
 * and the avatar's alt text alone on the line over it. */
static void test_round30_dumps_a_item_date_then_name(void **state)
{
	(void)state;
	static const char en[] =
	    "Chef to Address Rumors on Morning Show\n"
	    "\n"
	    "The celebrity chef plans to set the record straight on the morning show next week.\n"
	    "\n"
	    "Tell Us What You Think\n"
	    "\n"
	    "  \xE2\x80\xA2 [9dYJBPDHXw]\n"
	    "    January 16, 2012 - 8:06am Joe Gomer\n"
	    "\n"
	    "    This is a wonderful time for her to be an advocate for better food.\n"
	    "\n"
	    "  \xE2\x80\xA2 [safe_image]\n"
	    "    January 15, 2012 - 10:00am Kimm Bellotto\n"
	    "\n"
	    "    As a diabetic I have to ask you, are you kidding me?\n"
	    "\n"
	    "  \xE2\x80\xA2 [safe_image]\n"
	    "    January 14, 2012 - 11:53pm Cindy Peck Pereira\n"
	    "\n"
	    "    Real chefs use butter, cream and salt as flavour enhancers.\n";
	static const char es[] =
	    "El nuevo mercado abre sus puertas\n"
	    "\n"
	    "   El mercado del barrio abre el lunes tras dos a\xC3\xB1os de obras en la plaza mayor.\n"
	    "\n"
	    "   Deja tu comentario.\n"
	    "\n"
	    "     * 14 de enero de 2012 a las 22:01 Ana Torres\n"
	    "       Por fin, llevamos a\xC3\xB1os esperando este mercado.\n"
	    "     * 14 de enero de 2012 a las 22:40 Luis Romero\n"
	    "       Veremos si los precios son razonables.\n"
	    "     * 15 de enero de 2012 a las 09:12 Marta Gil\n"
	    "       Yo ya he comprado fruta esta ma\xC3\xB1" "ana.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "Kimm Bellotto");
	assert_string_equal(t->order[1]->posted, "January 15, 2012 - 10:00am");
	assert_string_equal(t->order[2]->body.v[0],
	                    "Real chefs use butter, cream and salt as flavour enhancers.");
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Ana Torres");
	assert_string_equal(t->order[0]->posted,
	                    "14 de enero de 2012 a las 22:01");
	assert_string_equal(t->order[2]->body.v[0], "Yo ya he comprado fruta esta ma\xC3\xB1" "ana.");
	tt_thread_free(t);
}

/* A post's date and its clock run together by the text browser
 * ("th3Chris28.09.1913:39", "2019-09-2813:39"): set apart as the page
 * shows them, the date reads whole, the time kept as the page shows it. */
/* A date after words whose figures run into it ("Edited at 2024-05-13
 * 08:44 am (UTC)", LiveJournal's note under a comment's text): the year's
 * "20" is no name run into the date's day, and the note stays the
 * comment's, as the HTML importer reads it (round 13's LiveJournal dump
 * lost it to the name-run-into-a-day rule, which asked for a figure where
 * it meant a letter). */
static void test_edited_note_no_name_run_into_day(void **state)
{
	(void)state;
	static const char en[] =
	    "The band apologises after the concert\n"
	    "\n"
	    "The singer jumped into the crowd and a fan was hurt; the band says it will pay for her care.\n"
	    "\n"
	    "[101]\n"
	    "[userinfo_v]riverbank\n"
	    "May 13th, 2024, 08:43 am\n"
	    "The crowd was far too small for that, and everybody there could see it coming.\n"
	    "\n"
	    "Edited at 2024-05-13 08:44 am (UTC)\n"
	    "\n"
	    "  \xE2\x80\xA2 Like\n"
	    "  \xE2\x80\xA2 Reply\n"
	    "\n"
	    "[102]\n"
	    "[userinfo_v]harbourlight\n"
	    "May 13th, 2024, 03:05 pm\n"
	    "I hope she gets well soon and that the band pays every bill.\n"
	    "\n"
	    "  \xE2\x80\xA2 Like\n"
	    "  \xE2\x80\xA2 Reply\n"
	    "\n"
	    "[103]\n"
	    "[userinfo_v]northwind\n"
	    "May 13th, 2024, 04:10 pm\n"
	    "Nobody should jump into a crowd that small, whoever they are.\n"
	    "\n"
	    "Edited at 2024-05-13 04:23 pm (UTC)\n"
	    "\n"
	    "  \xE2\x80\xA2 Like\n"
	    "  \xE2\x80\xA2 Reply\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "riverbank");
	int noted = 0;
	for (size_t p = 0; p < t->order[0]->body.n; p++)
		noted |= !!strstr(t->order[0]->body.v[p], "Edited at 2024-05-13 08:44 am (UTC)");
	assert_true(noted);
	tt_thread_free(t);
}

static void test_round30_dumps_a_clock_run_into_date(void **state)
{
	(void)state;
	static const char de[] =
	    "kein App Store mehr \xC3\xBC" "ber mobile Daten ?\n"
	    "\n"
	    "Seit dem Update auf iOS 13 geht der App Store nur noch im WLAN, nicht mehr unterwegs.\n"
	    "\n"
	    "Kommentare\n"
	    "\n"
	    "th3Chris28.09.1913:39\n"
	    "Ich kann mit 13.1.1 unter mobilen Daten auf den App Store zugreifen.\n"
	    "Hilfreich?+1\n"
	    "Rainer55528.09.1913:55\n"
	    "Gabs so einen Fall nicht erst k\xC3\xBCrzlich hier im Forum?\n"
	    "Hilfreich?+2\n"
	    "macbacchi28.09.1914:40\n"
	    "Ich hab hier im Forum nur den umgekehrten Fall gefunden.\n"
	    "Hilfreich?0\n";
	static const char en[] =
	    "Release notes for the new version\n"
	    "\n"
	    "The new version ships a faster parser and a smaller binary for every platform.\n"
	    "\n"
	    "Replies\n"
	    "\n"
	    "Ann Lee\n"
	    "2019-09-2813:39\n"
	    "\n"
	    "The parser is much faster here, thanks for the work.\n"
	    "\n"
	    "Bob Stone\n"
	    "2019-09-289:05\n"
	    "\n"
	    "Is the old configuration file still read as before?\n"
	    "\n"
	    "Carla Diaz\n"
	    "2019-09-2917:20\n"
	    "\n"
	    "Yes, it is read and rewritten on the first start.\n";
	tt_thread *t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "Rainer555");
	assert_string_equal(t->order[1]->posted, "28.09.19 13:55");
	assert_string_equal(t->order[2]->posted, "28.09.19 14:40");
	assert_string_equal(t->order[2]->time, "2019-09-28T14:40");
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Ann Lee");
	assert_string_equal(t->order[0]->posted, "2019-09-28 13:39");
	assert_string_equal(t->order[2]->posted, "2019-09-29 17:20");
	tt_thread_free(t);
}

/* A quotation drawn as the quoted writer's name alone on a line, then
 * lines of that writer's earlier text (the text browser rewraps them, or
 * cuts them short after "..."): marked "> ", the rest the comment's own. */
static void test_round30_dumps_a_quote_under_name(void **state)
{
	(void)state;
	static const char de[] =
	    "kein App Store mehr \xC3\xBC" "ber mobile Daten ?\n"
	    "\n"
	    "Seit dem Update auf iOS 13 geht der App Store nur noch im WLAN, nicht mehr unterwegs.\n"
	    "\n"
	    "Kommentare\n"
	    "\n"
	    "   maculi28.09.19 15:15\n"
	    "   Wenn es gelingt, das Problem auf einen bestimmten Anbieter\n"
	    "   einzuschr\xC3\xA4nken, dann k\xC3\xB6nnte das hilfreich sein.\n"
	    "   Hilfreich?0\n"
	    "\n"
	    "   Hot Mac30.09.19 15:34\n"
	    "   maculi\n"
	    "   Wenn es gelingt, das Problem auf einen bestimmten Anbieter einzuschr\xC3\xA4nken, dann\n"
	    "   k\xC3\xB6nnte das hilfreich sein.\n"
	    "   Dann mache ich mal den Anfang: bei mir geht alles.\n"
	    "   Hilfreich?+4\n"
	    "\n"
	    "   barabas30.09.19 15:44\n"
	    "   Bei mir leider nicht, ich muss immer zweimal aktualisieren.\n"
	    "   Hilfreich?0\n";
	static const char en[] =
	    "Release notes for the new version\n"
	    "\n"
	    "The new version ships a faster parser and a smaller binary for every platform.\n"
	    "\n"
	    "Replies\n"
	    "\n"
	    "Ann Lee\n"
	    "2019-09-28 13:39\n"
	    "\n"
	    "The parser is much faster here. My old configuration file is still read as before.\n"
	    "\n"
	    "Bob Stone\n"
	    "2019-09-28 14:05\n"
	    "\n"
	    "Ann Lee\n"
	    "... My old configuration file is still read\n"
	    "Not here: mine was rewritten on the first start.\n"
	    "\n"
	    "Carla Diaz\n"
	    "2019-09-29 17:20\n"
	    "\n"
	    "Same for me, the binary is half the size.\n";
	tt_thread *t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "Hot Mac");
	assert_int_equal(t->order[1]->depth, 0);
	assert_string_equal(t->order[1]->body.v[0], "> maculi");
	assert_true(!strncmp(t->order[1]->body.v[1], "> Wenn es gelingt", 17));
	assert_true(!strncmp(t->order[1]->body.v[2], "Dann mache ich", 14));
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->body.v[0], "> Ann Lee");
	assert_string_equal(t->order[1]->body.v[1], "> ... My old configuration file is still read");
	assert_true(!strncmp(t->order[1]->body.v[2], "Not here:", 9));
	tt_thread_free(t);
}

/* A name written all in lower case whose last word is an initial and a
 * dot ("marco m.", "luca b."): a name still, where a capital's initial
 * ("Ann B.") always was one; before a date run into it, or over a date
 * line of its own. */
static void test_round30_dumps_c_lower_initial_name(void **state)
{
	(void)state;
	static const char de[] =
	    "kein App Store mehr \xC3\xBC" "ber mobile Daten ?\n"
	    "\n"
	    "Seit dem Update auf iOS 13 geht der App Store nur noch im WLAN, nicht mehr unterwegs.\n"
	    "\n"
	    "Kommentare\n"
	    "\n"
	    "th3Chris28.09.1913:39\n"
	    "Ich kann mit 13.1.1 unter mobilen Daten auf den App Store zugreifen.\n"
	    "Hilfreich?+1\n"
	    "Rainer55528.09.1913:55\n"
	    "Gabs so einen Fall nicht erst k\xC3\xBCrzlich hier im Forum?\n"
	    "Hilfreich?+2\n"
	    "marco m.\n"
	    "marco m.19.10.1912:48\n"
	    "Da steht doch nur was von App-Updates, nicht von System-Updates.\n"
	    "Hilfreich?0\n";
	static const char it[] =
	    "Il nuovo orario dei treni regionali\n"
	    "\n"
	    "Da domenica cambiano gli orari di tutte le linee regionali della provincia.\n"
	    "\n"
	    "Commenti\n"
	    "\n"
	    "luca b.\n"
	    "12 marzo 2020 alle 10:15\n"
	    "\n"
	    "Finalmente un treno in pi\xC3\xB9 la sera, era ora.\n"
	    "\n"
	    "anna r.\n"
	    "12 marzo 2020 alle 11:40\n"
	    "\n"
	    "Peccato che il primo del mattino parta ancora troppo tardi.\n"
	    "\n"
	    "gino t.\n"
	    "13 marzo 2020 alle 08:05\n"
	    "\n"
	    "Qualcuno sa se vale anche per le linee della valle?\n";
	tt_thread *t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->author, "marco m.");
	assert_string_equal(t->order[2]->posted, "19.10.19 12:48");
	assert_true(!strncmp(t->order[2]->body.v[0], "Da steht doch", 13));
	tt_thread_free(t);
	t = import_page(it, sizeof it - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "luca b.");
	assert_string_equal(t->order[1]->author, "anna r.");
	assert_string_equal(t->order[2]->author, "gino t.");
	assert_true(!strncmp(t->order[2]->body.v[0], "Qualcuno sa", 11));
	tt_thread_free(t);
}

/* A quotation under the quoted writer's name alone whose first line is
 * short ("@macbacchi", the quoted post's own opening) and parted from the
 * rest by a blank line, as w3m draws it (lynx runs them together): the
 * short line and the paragraph under it, standing in the writer's text,
 * are the quotation. */
static void test_round30_dumps_c_quote_short_first_line(void **state)
{
	(void)state;
	static const char de[] =
	    "kein App Store mehr \xC3\xBC" "ber mobile Daten ?\n"
	    "\n"
	    "Seit dem Update auf iOS 13 geht der App Store nur noch im WLAN, nicht mehr unterwegs.\n"
	    "\n"
	    "Kommentare\n"
	    "\n"
	    "macbacchi16.10.1909:31\n"
	    "Bei mir geht es seit gestern wieder, ohne dass ich etwas ge\xC3\xA4ndert habe.\n"
	    "Hilfreich?0\n"
	    "rmayergfx16.10.1910:19\n"
	    "@macbacchi\n"
	    "\n"
	    "So wie es aussieht, sind die Ger\xC3\xA4te durch die Betas in einen seltsamen Zustand geraten.\n"
	    "Hilfreich?+1\n"
	    "barabas16.10.1910:27\n"
	    "rmayergfx\n"
	    "@macbacchi\n"
	    "\n"
	    "So wie es aussieht, sind die Ger\xC3\xA4te durch die Betas in einen seltsamen Zustand geraten.\n"
	    "\n"
	    "Das hat bei mir nichts mit einer Beta zu tun, ich kam direkt von iOS 12.\n"
	    "Hilfreich?0\n";
	static const char en[] =
	    "Release notes for the new version\n"
	    "\n"
	    "The new version ships a faster parser and a smaller binary for every platform.\n"
	    "\n"
	    "Replies\n"
	    "\n"
	    "Dave Moss\n"
	    "2019-09-28 12:10\n"
	    "\n"
	    "Does the new parser still read the old configuration files?\n"
	    "\n"
	    "Ann Lee\n"
	    "2019-09-28 13:39\n"
	    "\n"
	    "@Dave\n"
	    "\n"
	    "The parser is much faster here, and my old configuration file is still read.\n"
	    "\n"
	    "Bob Stone\n"
	    "2019-09-28 14:05\n"
	    "\n"
	    "Ann Lee\n"
	    "@Dave\n"
	    "\n"
	    "The parser is much faster here, and my old configuration file is still read.\n"
	    "\n"
	    "Not here: mine was rewritten on the first start.\n";
	tt_thread *t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->author, "barabas");
	assert_string_equal(t->order[2]->body.v[0], "> rmayergfx");
	assert_string_equal(t->order[2]->body.v[1], "> @macbacchi");
	assert_true(!strncmp(t->order[2]->body.v[2], "> So wie es", 11));
	assert_true(!strncmp(t->order[2]->body.v[3], "Das hat bei mir", 15));
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->body.v[0], "> Ann Lee");
	assert_string_equal(t->order[2]->body.v[1], "> @Dave");
	assert_true(!strncmp(t->order[2]->body.v[2], "> The parser", 12));
	assert_true(!strncmp(t->order[2]->body.v[3], "Not here:", 9));
	tt_thread_free(t);
}

/* A date of a day, an English month's short name and two digits of the
 * year ("15 Oct 18", 9GAG's), the name run into it with no space as w3m
 * joins the two elements ("tom_tucker_news15 Oct 18"): the two digits are
 * the year's, as they are after a month of another language ("4 Sty 12"). */
static void test_round31_dumps_c_day_month_short_year(void **state)
{
	(void)state;
	static const char glued[] =
	    "A dog carrying a whole tree home\n"
	    "\n"
	    "The picture was taken in a park near the river, and the dog would not let go.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "chronicbreak15 Oct 18\n"
	    "He's the best pilot in his branch\n"
	    "Reply\n"
	    "tom_tucker_news15 Oct 18\n"
	    "You do realise I am not able to play fetch with that, right?\n"
	    "Reply\n"
	    "mrdumbguy16 Oct 18\n"
	    "is that a bird? is that a plane?\n"
	    "Reply\n";
	static const char lines[] =
	    "Notes from the allotment\n"
	    "\n"
	    "The beans came up late this year, but the tomatoes did better than ever before.\n"
	    "\n"
	    "4 Responses\n"
	    "\n"
	    "Margaret Hill\n"
	    "3 Sept 19, 13:53\n"
	    "\n"
	    "Ours were late too: the cold nights in May, I think.\n"
	    "\n"
	    "Tom Baker\n"
	    "4 Sept 19, 08:10\n"
	    "\n"
	    "Which tomatoes do you grow? Mine split every year.\n"
	    "\n"
	    "Margaret Hill\n"
	    "4 Sept 19, 09:30\n"
	    "\n"
	    "Gardener's Delight, always.\n"
	    "\n"
	    "Ruth Ellis\n"
	    "12 Oct 19, 17:45\n"
	    "\n"
	    "Lovely photos of the beans.\n";
	tt_thread *t = import_page(glued, sizeof glued - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "tom_tucker_news");
	assert_string_equal(t->order[1]->posted, "15 Oct 18");
	assert_string_equal(t->order[1]->time, "2018-10-15");
	assert_true(!strncmp(t->order[2]->body.v[0], "is that a bird", 14));
	tt_thread_free(t);
	t = import_page(lines, sizeof lines - 1);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "Margaret Hill");
	assert_string_equal(t->order[0]->time, "2019-09-03T13:53");
	assert_string_equal(t->order[3]->time, "2019-10-12T17:45");
	assert_true(!strncmp(t->order[3]->body.v[0], "Lovely photos", 13));
	tt_thread_free(t);
}

/* lynx's number of the date's link run into the name before it
 * ("[53]tom_tucker_news[54]15 Oct 18": two links with nothing between),
 * and a country's flag after the name ("chronicbreak🇹🇻", a pair of
 * regional indicator letters): the name ends where the number opens, and
 * the flag is a badge, no part of it. */
#define FLAG_TV "\xF0\x9F\x87\xB9\xF0\x9F\x87\xBB"
#define FLAG_FR "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7"
static void test_round31_dumps_c_link_number_after_name(void **state)
{
	(void)state;
	static const char en[] =
	    "A dog carrying a whole tree home\n"
	    "\n"
	    "The picture was taken in a park near the river, and the dog would not let go.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "   [48][avatar_1.jpg]\n"
	    "   [49]chronicbreak" FLAG_TV " [50]15 Oct 2018\n"
	    "   He's the best pilot in his branch\n"
	    "   [51]Reply (BUTTON)\n"
	    "\n"
	    "   [52][avatar_2.jpg]\n"
	    "   [53]tom_tucker_news[54]15 Oct 2018\n"
	    "   You do realise I am not able to play fetch with that, right?\n"
	    "   [55]Reply (BUTTON)\n"
	    "\n"
	    "   [56][avatar_3.jpg]\n"
	    "   [57]mrdumbguy[58]16 Oct 2018\n"
	    "   is that a bird? is that a plane?\n"
	    "   [59]Reply (BUTTON)\n";
	static const char fr[] =
	    "La nouvelle ligne de tramway ouvre lundi\n"
	    "\n"
	    "Les premi\xC3\xA8res rames circuleront d\xC3\xA8s six heures du matin sur tout le trajet.\n"
	    "\n"
	    "R\xC3\xA9" "actions\n"
	    "\n"
	    "   [20]Marie" FLAG_FR "[21]3 mars 2019 \xC3\xA0 10:15\n"
	    "   Enfin ! On l'attendait depuis des ann\xC3\xA9" "es.\n"
	    "\n"
	    "   [22]Paul_B[23]3 mars 2019 \xC3\xA0 11:02\n"
	    "   Et le dimanche, les horaires ?\n"
	    "\n"
	    "   [24]Lucie[25]4 mars 2019 \xC3\xA0 08:40\n"
	    "   Les m\xC3\xAAmes qu'en semaine, d'apr\xC3\xA8s le site.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "chronicbreak");
	assert_string_equal(t->order[1]->author, "tom_tucker_news");
	assert_string_equal(t->order[1]->posted, "15 Oct 2018");
	assert_string_equal(t->order[2]->author, "mrdumbguy");
	tt_thread_free(t);
	t = import_page(fr, sizeof fr - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Marie");
	assert_string_equal(t->order[1]->author, "Paul_B");
	assert_string_equal(t->order[2]->author, "Lucie");
	assert_true(!strncmp(t->order[2]->body.v[0], "Les m", 5));
	tt_thread_free(t);
}

/* A comments heading over the first prose of the page with headers of the
 * comments' shape between (w3m's 9GAG: "Hot comments" and a notice over a
 * first comment of one unpunctuated line, then one of several paragraphs,
 * the page's first prose, its article a picture): the prose is a
 * comment's, and the comments are looked for from the heading. */
static void test_round31_dumps_c_heading_over_first_prose(void **state)
{
	(void)state;
	static const char en[] =
	    "Comin in for a landing!\n"
	    "\n"
	    "GIF\n"
	    "Animals\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "56\n"
	    "\n"
	    "Hot comments\n"
	    "Remember to keep comments respectful and to follow our Community Guidelines.\n"
	    "[1_104_100_]\n"
	    "chronicbreak 15 Oct 2018\n"
	    "He's the best pilot in his branch\n"
	    "Reply\n"
	    "143\n"
	    "[6360449_10]\n"
	    "tom_tucker_news 15 Oct 2018\n"
	    "\xE2\x80\x9CYou do realise I\xE2\x80\x99m not able to play fetch with that right?\xE2\x80\x9D\n"
	    "\n"
	    "Dog: *sadface*\n"
	    "\n"
	    "And that is how throwing trees became a sport.\n"
	    "Reply\n"
	    "63\n"
	    "[20965891_1]\n"
	    "mrdumbguy 15 Oct 2018\n"
	    "is that a bird? is that a plane?\n"
	    "\n"
	    "no, it is a goodboi\n"
	    "Reply\n"
	    "28\n"
	    "[1_78_100_v]\n"
	    "grodslok 16 Oct 2018\n"
	    "I'm blatantly assuming that dog has a fine collection of sticks at home.\n"
	    "Reply\n"
	    "21\n";
	static const char de[] =
	    "Landeanflug!\n"
	    "\n"
	    "GIF\n"
	    "Tiere\n"
	    "\n"
	    "Kommentare\n"
	    "\n"
	    "12\n"
	    "\n"
	    "\xC3\x84hnliche\n"
	    "\n"
	    "12 Kommentare\n"
	    "Bitte bleibt freundlich und haltet euch beim Schreiben an unsere Regeln der Gemeinschaft.\n"
	    "[                    ]\n"
	    "[profil_7]\n"
	    "kati_m 02.05.2021 07:14\n"
	    "Der beste Pilot seiner Staffel\n"
	    "Antworten\n"
	    "31\n"
	    "[profil_2]\n"
	    "seebaer 02.05.2021 08:30\n"
	    "\xE2\x80\x9E" "Du wei\xC3\x9Ft schon, dass ich das nicht apportieren kann?\xE2\x80\x9C\n"
	    "\n"
	    "Hund: *traurig*\n"
	    "\n"
	    "Und so wurde Baumwerfen zum Sport.\n"
	    "Antworten\n"
	    "12\n"
	    "[profil_9]\n"
	    "kati_m 02.05.2021 09:01\n"
	    "ist das ein Vogel? ein Flugzeug?\n"
	    "\n"
	    "nein, ein guter Hund\n"
	    "Antworten\n"
	    "4\n"
	    "[profil_4]\n"
	    "lena 03.05.2021 18:22\n"
	    "Diese kleinen Beine, so s\xC3\xBC\xC3\x9F!!\n"
	    "Antworten\n"
	    "2\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "chronicbreak");
	assert_string_equal(t->order[1]->author, "tom_tucker_news");
	assert_true(!strncmp(t->order[1]->body.v[0], "\xE2\x80\x9CYou do realise", 16));
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[0]->author, "kati_m");
	assert_string_equal(t->order[1]->author, "seebaer");
	assert_true(!strncmp(t->order[1]->body.v[0], "\xE2\x80\x9E" "Du wei", 9));
	tt_thread_free(t);
}

/* A forum's vote row under each post's text with no blank line between
 * ("Hilfreich?-3", "Útil?+1"): the question's last paragraph over it is
 * prose, so that the comments are looked for under the question, which
 * stays the article's. */
static void test_round30_dumps_a_vote_counter_under_text(void **state)
{
	(void)state;
	static const char de[] =
	    "kein App Store mehr \xC3\xBC" "ber Mobile Daten mit iOS 13 ?\n"
	    "\n"
	    "macbacchi28.09.1912:44\n"
	    "hallo, hat jemand eine idee was ich anders machen k\xC3\xB6nnte? seit dem update auf ios 13 hab ich auf\n"
	    "allen ger\xC3\xA4ten, als da div iphone 11 und xs und ipads sind keinen zugriff mehr auf den appstore,\n"
	    "wenn ich unterwegs bin.\n"
	    "wissentlich hab ich keine einstellungen ge\xC3\xA4ndert, der zugriff \xC3\xBC" "ber mobile daten auf den appstore\n"
	    "ist freigegeben, ich hab das ger\xC3\xA4t mehrfach mit ge\xC3\xA4nderten einstellungen aus- und wieder\n"
	    "eingeschaltet, aber appstore gibts nur im wlan. alles andere l\xC3\xA4uft \xC3\xBC" "ber LTE. LTE ist auch f\xC3\xBCr daten\n"
	    "freigegeben, browser, andere apps laufen problemlos. jemand eine idee? betrifft bisher alle ios 13\n"
	    "versionen bis zu gestrigen 13.1.1\n"
	    "vorher war auf allen ger\xC3\xA4ten beta ab 4. version installiert. kann ich irgendwas anders einstellen?\n"
	    "\n"
	    "und bevor wieder die \xC3\xBC" "bliche h\xC3\xA4me kommt: ich hatte einen sehr konkreten grund zu den betas zu\n"
	    "wechseln.\n"
	    "Hilfreich?-3\n"
	    "\n"
	    "Kommentare\n"
	    "\n"
	    "th3Chris28.09.1913:39\n"
	    "Ich kann mit 13.1.1 untr mobilen Daten auf den App Store zugreifen und diesen durchsuchen.\n"
	    "Hilfreich?+1\n"
	    "maculi\n"
	    "maculi28.09.1913:55\n"
	    "gabs so einen Fall nicht erst k\xC3\xBCrzlich hier im Forum? Per WLAN ging alles, \xC3\xBC" "ber Mobilfunk nicht.\n"
	    "Lag (wenn ich das richtig mitbekommen hab) am Mobilfunkanbieter.\n"
	    "Hilfreich?+2\n"
	    "macbacchi28.09.1914:40\n"
	    "ich hab hier in forum nur den umgekehrten fall gefunden.\n"
	    "Hilfreich?0\n"
	    "maculi\n"
	    "maculi28.09.1915:08\n"
	    " leider hat es keiner f\xC3\xBCr n\xC3\xB6tig erachtet den aktuellen Stand (oder gar eine L\xC3\xB6sung) mitzuteilen.\n"
	    "Hilfreich?0\n"
	    "macbacchi28.09.1915:57\n"
	    "danke f\xC3\xBCr den link. dann liegt es ja verm an telekom oder apple. vlt mal warten. ist jetzt nicht\n"
	    "wirklich schlimm.\n";
	static const char pt[] =
	    "sem App Store pelos dados m\xC3\xB3veis com iOS 13 ?\n"
	    "\n"
	    "joaomac28.09.1912:44\n"
	    "ol\xC3\xA1, algu\xC3\xA9m tem uma ideia do que eu poderia fazer diferente? desde a atualiza\xC3\xA7\xC3\xA3o para o ios 13 n\xC3\xA3o\n"
	    "tenho acesso \xC3\xA0 app store em nenhum aparelho, o iphone 11 e o xs e os ipads, quando estou fora de\n"
	    "casa.\n"
	    "n\xC3\xA3o mudei nenhuma configura\xC3\xA7\xC3\xA3o que eu saiba, o acesso pelos dados m\xC3\xB3veis est\xC3\xA1 liberado para a app\n"
	    "store, desliguei e liguei o aparelho v\xC3\xA1rias vezes com outras configura\xC3\xA7\xC3\xB5" "es, mas a app store s\xC3\xB3\n"
	    "funciona no wifi. todo o resto funciona pelo LTE. o LTE est\xC3\xA1 liberado para dados tamb\xC3\xA9m, o\n"
	    "navegador e outros apps funcionam sem problema. alguma ideia? acontece em todas as vers\xC3\xB5" "es do ios 13\n"
	    "antes disso todos os aparelhos tinham a vers\xC3\xA3o beta a partir da quarta. posso mudar alguma coisa?\n"
	    "\n"
	    "e antes que venha a goza\xC3\xA7\xC3\xA3o de sempre: eu tinha um motivo bem concreto para mudar para as betas\n"
	    "naquela \xC3\xA9poca.\n"
	    "\xC3\x9Atil?-3\n"
	    "\n"
	    "Coment\xC3\xA1rios\n"
	    "\n"
	    "chris328.09.1913:39\n"
	    "Eu consigo abrir a App Store pelos dados m\xC3\xB3veis com o 13.1.1 e fazer buscas nela.\n"
	    "\xC3\x9Atil?+1\n"
	    "rosa\n"
	    "rosa28.09.1913:55\n"
	    "n\xC3\xA3o houve um caso assim aqui no f\xC3\xB3rum h\xC3\xA1 pouco tempo? Tudo funcionava pelo wifi, nada pela rede\n"
	    "m\xC3\xB3vel. Era a operadora, se me lembro bem.\n"
	    "\xC3\x9Atil?+2\n"
	    "joaomac28.09.1914:40\n"
	    "s\xC3\xB3 encontrei o caso contr\xC3\xA1rio aqui no f\xC3\xB3rum.\n"
	    "\xC3\x9Atil?0\n";
	tt_thread *t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 5);
	assert_string_equal(t->order[0]->author, "th3Chris");
	assert_string_equal(t->order[0]->posted, "28.09.19 13:39");
	tt_thread_free(t);
	t = import_page(pt, sizeof pt - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "chris3");
	assert_string_equal(t->order[2]->author, "joaomac");
	tt_thread_free(t);
}

/* The first n comments' texts open with these words, in order. */
static void check_openings_a(const tt_thread *t, size_t n, const char *const *words)
{
	for (size_t i = 0; i < n; i++) {
		assert_true(t->order[i]->body.n >= 1);
		assert_true(!strncmp(t->order[i]->body.v[0], words[i], strlen(words[i])));
	}
}

/* A rating after the header's clock, the page's figure beside the time
 * (FederalPress' "Piter 6 Января 2012 14:05:28   0", w3m keeping the
 * cells' gap): no part of the date, which the header's name and time are
 * read around. Russian as the page draws it; German with a two-digit
 * count. */
static void test_round31_dumps_a_rating_after_clock(void **state)
{
	(void)state;
	static const char ru[] =
	    "Первое заседание штаба прошло в Екатеринбурге\n"
	    "\n"
	    "В Екатеринбурге прошло первое заседание штаба, в него вошли врачи, музыканты и предприниматели.\n"
	    "\n"
	    "Комментарии\n"
	    "\n"
	    "Piter 6 Января 2012 14:05:28 0\n"
	    "\n"
	    "Вот то что врач решил поддержать премьера, говорит о многом.\n"
	    "\n"
	    "Марина 6 Января 2012 15:58:06 3\n"
	    "\n"
	    "Кандидатура руководителя штаба вызывает уважение и доверие.\n"
	    "\n"
	    "Сергей 6 Января 2012 16:23:55 -1\n"
	    "\n"
	    "Путин, конечно, не идеален, но это лучше остальных.\n";
	static const char de[] =
	    "Neue Brücke über den Hafen\n"
	    "\n"
	    "Der Stadtrat hat am Dienstag den Bau der neuen Brücke beschlossen, die Arbeiten beginnen im Frühjahr.\n"
	    "\n"
	    "Kommentare\n"
	    "\n"
	    "hafenmeister 06.01.2012 14:05 12\n"
	    "\n"
	    "Endlich, die alte Brücke ist seit Jahren gesperrt.\n"
	    "\n"
	    "Lotte 06.01.2012 15:58 0\n"
	    "\n"
	    "Wer bezahlt das eigentlich alles?\n"
	    "\n"
	    "kwilson 07.01.2012 09:12 4\n"
	    "\n"
	    "Das wird ein schöner Spaziergang am Wasser.\n";
	static const char *const ru_names[] = {"Piter", "Марина", "Сергей"};
	static const char *const de_names[] = {"hafenmeister", "Lotte", "kwilson"};
	tt_thread *t = import_page(ru, sizeof ru - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, ru_names, NULL, 1);
	assert_string_equal(t->order[0]->posted, "6 Января 2012 14:05:28");
	assert_string_equal(t->order[2]->time, "2012-01-06T16:23:55");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, de_names, NULL, 1);
	assert_string_equal(t->order[0]->posted, "06.01.2012 14:05");
	tt_thread_free(t);
}

/* lynx drawing one-line headers right under the text before them, each
 * over its reply link: signatures or headers, as the ends tell. Where no
 * heading is read, the line right over the first header repeating a line
 * the page showed before (the article's title again) is the section's
 * caption, no comment's text; the text under the last header then makes
 * them headers over text. Russian under a heading the importer does not
 * know; English under "Comments", the caption four words and more. */
static void test_round31_dumps_a_title_over_first_header(void **state)
{
	(void)state;
	static const char ru[] =
	    "Первое заседание штаба прошло в Екатеринбурге\n"
	    "\n"
	    "   Первое заседание штаба прошло в Екатеринбурге\n"
	    "\n"
	    "   В Екатеринбурге прошло первое заседание штаба, в него вошли врачи, музыканты и\n"
	    "   предприниматели.\n"
	    "\n"
	    "   [12]Комментарии\n"
	    "   Первое заседание штаба прошло в Екатеринбурге\n"
	    "   Piter 6 Января 2012 14:05:28\n"
	    "   [13]ответить\n"
	    "   Вот то что врач решил поддержать премьера, говорит о многом.\n"
	    "   Марина 6 Января 2012 15:58:06\n"
	    "   [14]ответить\n"
	    "   Кандидатура руководителя штаба вызывает уважение и доверие.\n"
	    "   Сергей 6 Января 2012 16:23:55\n"
	    "   [15]ответить\n"
	    "   Путин, конечно, не идеален, но это лучше остальных клоунов.\n"
	    "   Добавить комментарий\n"
	    "   Ваше имя ____________________\n";
	static const char en[] =
	    "A new bridge for the harbour\n"
	    "\n"
	    "   A new bridge for the harbour\n"
	    "\n"
	    "   The council approved the new bridge on Tuesday night, and building will\n"
	    "   start in the spring.\n"
	    "\n"
	    "   [7]Comments\n"
	    "   A new bridge for the harbour\n"
	    "   harbourmaster | March 12, 2019 10:15\n"
	    "   [8]Reply\n"
	    "   About time, the old one has been closed for years.\n"
	    "   kwilson | March 12, 2019 11:40\n"
	    "   [9]Reply\n"
	    "   Who pays for it, and when will the works begin?\n"
	    "   Lotte | March 13, 2019 08:02\n"
	    "   [10]Reply\n"
	    "   It will be a lovely walk along the water in summer.\n"
	    "   Leave a Reply\n"
	    "   Name ____________________\n";
	static const char *const ru_names[] = {"Piter", "Марина", "Сергей"};
	static const char *const en_names[] = {"harbourmaster", "kwilson", "Lotte"};
	static const char *const ru_words[] = {"Вот то что врач", "Кандидатура руководителя",
	                                       "Путин, конечно,"};
	static const char *const en_words[] = {"About time", "Who pays for it",
	                                       "It will be a lovely walk"};
	tt_thread *t = import_page(ru, sizeof ru - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, ru_names, NULL, 0);
	check_openings_a(t, 3, ru_words);
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 0);
	check_openings_a(t, 3, en_words);
	tt_thread_free(t);
}

/* w3m drawing the header's table cell: the avatar's label, the name and
 * the time, then the reply link at the name's column under it, a blank
 * line, and the text at the margin. The link the page repeats is the
 * header's, as under a name-then-date header; the text's column is the
 * text's own, no longer the link's (which left every text out of its
 * comment). Russian and Spanish. */
static void test_round31_dumps_a_link_in_header_cell(void **state)
{
	(void)state;
	static const char ru[] =
	    "Первое заседание штаба прошло в Екатеринбурге\n"
	    "\n"
	    "В Екатеринбурге прошло первое заседание штаба, в него вошли врачи, музыканты и предприниматели.\n"
	    "\n"
	    "Комментарии\n"
	    "\n"
	    "[stub-us] Piter 6 Января 2012 14:05:28\n"
	    "          ответить\n"
	    "\n"
	    "Вот то что врач решил поддержать премьера, говорит о многом.\n"
	    "\n"
	    "[stub-us] Марина 6 Января 2012 15:58:06\n"
	    "          ответить\n"
	    "\n"
	    "Кандидатура руководителя штаба вызывает уважение и доверие.\n"
	    "\n"
	    "[stub-us] Сергей 6 Января 2012 16:23:55\n"
	    "          ответить\n"
	    "\n"
	    "Путин, конечно, не идеален, но это лучше остальных клоунов.\n";
	static const char es[] =
	    "Un puente nuevo para el puerto\n"
	    "\n"
	    "El ayuntamiento aprobó el puente nuevo el martes por la noche, y las obras empezarán en primavera.\n"
	    "\n"
	    "Comentarios\n"
	    "\n"
	    "[avatar] marinero - 12/03/2019 10:15\n"
	    "         Responder\n"
	    "\n"
	    "Por fin, el viejo lleva años cerrado.\n"
	    "\n"
	    "[avatar] kwilson - 12/03/2019 11:40\n"
	    "         Responder\n"
	    "\n"
	    "¿Y quién lo paga, y cuándo empiezan las obras?\n"
	    "\n"
	    "[avatar] Lotte - 13/03/2019 08:02\n"
	    "         Responder\n"
	    "\n"
	    "Será un paseo precioso junto al agua en verano.\n";
	static const char *const ru_names[] = {"Piter", "Марина", "Сергей"};
	static const char *const es_names[] = {"marinero", "kwilson", "Lotte"};
	static const char *const ru_words[] = {"Вот то что врач", "Кандидатура руководителя",
	                                       "Путин, конечно,"};
	static const char *const es_words[] = {"Por fin", "¿Y quién lo paga",
	                                       "Será un paseo"};
	tt_thread *t = import_page(ru, sizeof ru - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, ru_names, NULL, 1);
	check_openings_a(t, 3, ru_words);
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, es_names, NULL, 1);
	check_openings_a(t, 3, es_words);
	tt_thread_free(t);
}

/* The comments make the count their heading states, fewer than three:
 * a dated header of another shape after them (a box of news, its title
 * over "dziś" or "yesterday") is a teaser's, as after three comments of
 * one shape. Polish with one comment, English with two. */
static void test_round31_dumps_a_teaser_past_stated_count(void **state)
{
	(void)state;
	static const char pl[] =
	    "Zapalenie płuc zabiło 20% tadżyckich markurów\n"
	    "\n"
	    "Epidemia zapalenia płuc wyeliminowała 20% populacji dzikiej kozy śruboroga w Tadżykistanie.\n"
	    "\n"
	    "Komentarze (1)\n"
	    "\n"
	    "Tolo, 9 stycznia 2012, 22:27\n"
	    "\n"
	    "Oj to bedzie hicior.\n"
	    "zobacz pozostałe komentarze »\n"
	    "\n"
	    "Najnowsze wiadomości\n"
	    "\n"
	    "dziś\n"
	    "Google prowadzi śledztwo ws. Mocality\n"
	    "Ocieplenie można spowolnić bez redukcji dwutlenku węgla\n"
	    "\n"
	    "Copyright 2006-2012\n";
	static const char en[] =
	    "A new bridge for the harbour\n"
	    "\n"
	    "The council approved the new bridge on Tuesday night, and building will start in the spring.\n"
	    "\n"
	    "Comments (2)\n"
	    "\n"
	    "harbourmaster, March 12, 2019, 10:15\n"
	    "\n"
	    "About time, the old one has been closed for years.\n"
	    "\n"
	    "kwilson, March 12, 2019, 11:40\n"
	    "\n"
	    "Who pays for it?\n"
	    "\n"
	    "Most read\n"
	    "\n"
	    "yesterday\n"
	    "Storm closes the ferry for a week\n"
	    "Schools open later in the autumn\n"
	    "\n"
	    "Copyright 2019\n";
	static const char *const en_names[] = {"harbourmaster", "kwilson"};
	tt_thread *t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 1);
	assert_string_equal(t->order[0]->author, "Tolo");
	assert_string_equal(t->order[0]->posted, "9 stycznia 2012, 22:27");
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 2);
	check_tree(t, 2, en_names, NULL, 1);
	tt_thread_free(t);
}

/* w3m drawing a sidebar right of the comments, past a gap of spaces at one
 * column, on the comments' own lines and on lines between them: the
 * sidebar cut away (its lines alone left blank), the headers and texts
 * read as if it were not there. Russian with a one-line header and its
 * reply link in the header's cell; English with a name over a date. */
static void test_round31_dumps_a_sidebar_beside_comments(void **state)
{
	(void)state;
	static const char ru[] =
	    "Первое заседание штаба прошло в Екатеринбурге\n"
	    "\n"
	    "В Екатеринбурге прошло первое заседание штаба, в него вошли врачи, музыканты и предприниматели.\n"
	    "\n"
	    "Комментарии\n"
	    "Первое заседание штаба прошло в Екатеринбурге\n"
	    "\n"
	    "[stub-us] Piter 6 Января 2012 14:05:28                                  Курс ЦБ РФ\n"
	    "          ответить                                                      USD 31,6144\n"
	    "                                                                        EUR 41,0481\n"
	    "Вот то что врач решил поддержать премьера, говорит о многом.            Анонсы и Даты\n"
	    "                                                                        Расследования\n"
	    "[stub-us] Марина 6 Января 2012 15:58:06                                 Свердловчан «залечили»\n"
	    "          ответить                                                      обещаниями\n"
	    "                                                                        Все сюжеты\n"
	    "Кандидатура руководителя штаба вызывает уважение и доверие.             Федеральные новости\n"
	    "                                                                        10 апреля\n"
	    "[stub-us] Сергей 6 Января 2012 16:23:55                                 12:12 Звездные откровения\n"
	    "          ответить                                                      10:42 Экс-супруг снова\n"
	    "                                                                        Все новости\n"
	    "Путин, конечно, не идеален, но это лучше остальных клоунов.             Ищите нас в сетях\n"
	    "                                                                        YouTube Facebook\n"
	    "                                                                        Опрос\n"
	    "[stub-us] Дмитрий 6 Января 2012 16:33:21                                Новости партнеров\n"
	    "          ответить                                                      Федеральная энциклопедия\n"
	    "\n"
	    "А я за него голосовать в марте пойду, ибо Путин - это стабильность.     Персоны (2119)\n";
	static const char en[] =
	    "A new bridge for the harbour\n"
	    "\n"
	    "The council approved the new bridge on Tuesday night, and building will start in the spring.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "harbourmaster                                                                                       MOST READ\n"
	    "March 12, 2019 10:15                                                                                Storm closes the ferry\n"
	    "                                                                                                    for a week\n"
	    "About time, the old one has been closed for years and                                               Schools open later\n"
	    "everybody had to drive around the bay.                                                              in the autumn\n"
	    "                                                                                                    WEATHER\n"
	    "kwilson                                                                                             11°C London\n"
	    "March 12, 2019 11:40                                                                                Rain later\n"
	    "                                                                                                    NEWSLETTER\n"
	    "Who pays for it, and when will the works begin?                                                     Sign up for our\n"
	    "                                                                                                    daily briefing\n"
	    "Lotte                                                                                               FOLLOW US\n"
	    "March 13, 2019 08:02                                                                                Twitter Facebook\n"
	    "                                                                                                    RSS\n"
	    "It will be a lovely walk along the water in summer.                                                 Contact us\n";
	static const char *const ru_names[] = {"Piter", "Марина", "Сергей", "Дмитрий"};
	static const char *const en_names[] = {"harbourmaster", "kwilson", "Lotte"};
	static const char *const ru_words[] = {
	    "Вот то что врач решил поддержать премьера, говорит о многом.",
	    "Кандидатура руководителя штаба вызывает уважение и доверие.",
	    "Путин, конечно, не идеален, но это лучше остальных клоунов.",
	    "А я за него голосовать в марте пойду, ибо Путин - это стабильность."};
	static const char *const en_words[] = {
	    "About time, the old one has been closed for years and\n"
	    "everybody had to drive around the bay.",
	    "Who pays for it, and when will the works begin?",
	    "It will be a lovely walk along the water in summer."};
	tt_thread *t = import_page(ru, sizeof ru - 1);
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, ru_names, NULL, 1);
	check_first_words(t, 4, ru_words);
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 1);
	check_first_words(t, 3, en_words);
	tt_thread_free(t);
}

/* Titled posts signed under their text, each answer with its own count
 * of answers under it (To Vima's "Απαντήσεις  1 | Εμφάνιση όλων" under
 * an answer): the next post answers that answer, one level under it, not
 * the first post again; a post no count awaits is at the top. Greek as
 * w3m draws To Vima; German, a chain of three answers each counting one. */
static void test_round31_dumps_a_answers_counted_per_post(void **state)
{
	(void)state;
	static const char el[] =
	    "Το ψωμί στη διατροφή\n"
	    "\n"
	    "Το ψωμί είναι βασικό μέρος της ελληνικής διατροφής εδώ και αιώνες, λένε οι διατροφολόγοι.\n"
	    "\n"
	    "Σχόλιο σχολίου  | 05/12/2011, 20:10\n"
	    "Κύριε Ζούρδο με όλο το σεβασμό διαφωνώ με την άποψή σας.\n"
	    "Εμμανουέλα Λεουνάκη\n"
	    "απάντηση26\n"
	    "Απαντήσεις  1 | Εμφάνιση όλων\n"
	    " \n"
	    "Απάντηση  | 05/12/2011, 21:14\n"
	    "Ωραίο βιβλίο, αυτό έχω κι εγώ μπροστά μου τώρα.\n"
	    "Ανδρέας Ζουρδός\n"
	    "απάντηση70\n"
	    "Απαντήσεις  1 | Εμφάνιση όλων\n"
	    " \n"
	    "Απάντηση  | 05/12/2011, 21:43\n"
	    "Φυσικά! Έχετε δίκιο σε αυτό.\n"
	    "Εμμανουέλα Λεουνάκη\n"
	    "απάντηση20\n"
	    " \n"
	    "Διόρθωση  | 05/12/2011, 19:23\n"
	    "Κύριε Ζούρδο, έχω μελετήσει και τους δύο τόμους.\n"
	    "Εμμανουέλα Λεουνάκη\n"
	    "απάντηση22\n"
	    " \n"
	    "\n"
	    "ΔΕΙΤΕ ΟΛΑ ΤΑ ΣΧΟΛΙΑ (8)\n";
	static const char de[] =
	    "Fähren fahren nur noch bis zur Dämmerung\n"
	    "\n"
	    "Die Stadt stellt ihre Hafenfähren ab Oktober in der Dämmerung ein, um Geld zu sparen.\n"
	    "\n"
	    "Zu früh | 08.09.2011 13:00\n"
	    "Im Dezember ist es um fünf dunkel.\n"
	    "Anna Roth\n"
	    "antworten21\n"
	    "Antworten  1 | Alle zeigen\n"
	    " \n"
	    "Antwort an Anna Roth\n"
	    "Antwort | 08.09.2011 16:40\n"
	    "Die Busse fahren bis Mitternacht.\n"
	    "Ben\n"
	    "antworten10\n"
	    "Antworten  1 | Alle zeigen\n"
	    " \n"
	    "Antwort an Ben\n"
	    "Antwort | 08.09.2011 17:06\n"
	    "Nicht zu den Inseln.\n"
	    "Anna Roth\n"
	    "antworten30\n"
	    "Antworten  1 | Alle zeigen\n"
	    " \n"
	    "Antwort an Anna Roth\n"
	    "Antwort | 09.09.2011 06:09\n"
	    "Dann die letzte Fähre um vier nehmen.\n"
	    "Carl\n"
	    "antworten01\n"
	    " \n"
	    "Treibstoff zuerst | 08.09.2011 12:11\n"
	    "Zwei Millionen kostet ein neuer Motor.\n"
	    "Dora\n"
	    "antworten00\n"
	    " \n"
	    "\n"
	    "1 - 2 von 2\n";
	static const char *const el_names[] = {"Εμμανουέλα Λεουνάκη", "Ανδρέας Ζουρδός",
	                                       "Εμμανουέλα Λεουνάκη", "Εμμανουέλα Λεουνάκη"};
	static const unsigned el_depths[] = {0, 1, 2, 0};
	static const char *const de_names[] = {"Anna Roth", "Ben", "Anna Roth", "Carl", "Dora"};
	static const unsigned de_depths[] = {0, 1, 2, 3, 0};
	tt_thread *t = import_page(el, sizeof el - 1);
	assert_int_equal(t->ncomments, 4);
	check_tree(t, 4, el_names, el_depths, 0);
	assert_string_equal(t->order[2]->posted, "05/12/2011, 21:43");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, de_names, de_depths, 0);
	tt_thread_free(t);
}

/* Posts signed under their text between rules: each comment its title and
 * text, then its date alone on a line with the writer's name under it (or
 * over it, the line under the date a button the same in every post), a few
 * buttons, and a rule between comments (none over the first): the first
 * comment has as many paragraphs over its signature as the fewest a later
 * one holds. Polish as w3m draws it, date over name (Fakt); English as lynx
 * draws it, name over date, link numbers on the buttons. */
static void test_round31_dumps_d_signed_between_rules(void **state)
{
	(void)state;
#define RULE_D "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81" \
               "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	static const char pl[] =
	    "Nowy most na Wi\xC5\x9B" "le\n"
	    "\n"
	    "Radni zdecydowali we wtorek, \xC5\xBC" "e nowy most stanie obok starego, a budowa ruszy wiosn\xC4\x85.\n"
	    "Koszt oszacowano na dwana\xC5\x9B" "cie milion\xC3\xB3w z\xC5\x82otych.\n"
	    "\n"
	    RULE_D
	    "\n"
	    "Zobacz te\xC5\xBC\n"
	    "\n"
	    "Remont dworca potrwa do jesieni\n"
	    "\n"
	    "Kana\xC5\x82y RSS\n"
	    "\n"
	    "Wreszcie\n"
	    "\n"
	    "Czekali\xC5\x9Bmy na to dwadzie\xC5\x9B" "cia lat i nikt nie wierzy\xC5\x82, \xC5\xBC" "e to si\xC4\x99 uda.\n"
	    "\n"
	    "03.03.2012 18:46\n"
	    "www\n"
	    "Odp\n"
	    "Zg\xC5\x82o\xC5\x9B do moderacji\n"
	    RULE_D
	    "\n"
	    "Pieni\xC4\x85" "dze\n"
	    "\n"
	    "A kto za to zap\xC5\x82" "aci?\n"
	    "\n"
	    "21.02.2012 08:44\n"
	    "n\n"
	    "Odp\n"
	    "Zg\xC5\x82o\xC5\x9B do moderacji\n"
	    RULE_D
	    "\n"
	    "lody\n"
	    "\n"
	    "zielona budka\n"
	    "\n"
	    "08.01.2012 00:08\n"
	    "prz\n"
	    "Odp\n"
	    "Zg\xC5\x82o\xC5\x9B do moderacji\n"
	    RULE_D
	    "\n"
	    " 1 | 2 | 3  nxt\n"
	    "\n"
	    "Dodaj komentarz\n";
#undef RULE_D
	static const char en[] =
	    "Harbour notes\n"
	    "\n"
	    "   The harbour board met on Tuesday and agreed to dredge the inner basin\n"
	    "   before the summer season starts, at a cost the board will share.\n"
	    "\n"
	    "   [9]Most read\n"
	    "\n"
	    "Great news\n"
	    "\n"
	    "   About time too, the basin has been silting up for years.\n"
	    "   Ben Carter\n"
	    "   May 3, 2019 18:46\n"
	    "   [12]Reply\n"
	    "     ______________________________________________\n"
	    "\n"
	    "What about the cost?\n"
	    "\n"
	    "   Who pays for it, the board or the berth holders?\n"
	    "   kate_w\n"
	    "   May 2, 2019 08:10\n"
	    "   [13]Reply\n"
	    "     ______________________________________________\n"
	    "\n"
	    "Minutes\n"
	    "\n"
	    "   The board, according to the minutes.\n"
	    "   Tom\n"
	    "   May 1, 2019 16:32\n"
	    "   [14]Reply\n"
	    "     ______________________________________________\n"
	    "\n"
	    "   1 | [15]2 | [16]Next\n";
	static const char *const pl_names[] = {"www", "n", "prz"};
	static const char *const pl_words[] = {"Wreszcie", "Pieni\xC4\x85" "dze", "lody"};
	static const char *const en_names[] = {"Ben Carter", "kate_w", "Tom"};
	static const char *const en_words[] = {"Great news", "What about the cost?", "Minutes"};
	tt_thread *t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, pl_names, NULL, 2);
	check_first_words(t, 3, pl_words);
	check_comment(t->order[0], "www", "03.03.2012 18:46", "2012-03-03T18:46", 2);
	check_comment(t->order[2], "prz", "08.01.2012 00:08", "2012-01-08T00:08", 2);
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 2);
	check_first_words(t, 3, en_words);
	check_comment(t->order[1], "kate_w", "May 2, 2019 08:10", "2019-05-02T08:10", 2);
	assert_string_equal(t->order[2]->body.v[1], "The board, according to the minutes.");
	tt_thread_free(t);
}

/* One-line headers closed by a colon after their date ("NAME am DATE:",
 * Serendipity's) read as the line without it, where a blank line comes
 * under the header (a line of text right under it, "News vom 31.10.2018:",
 * is what it opens); an image's label under the last header ("[43]", w3m's
 * drawing of the avatar) is none of its text, so the headers over the
 * texts are told from signatures. German as w3m draws it, Spanish as lynx
 * does with link numbers. */
static void test_round31_dumps_d_colon_closed_headers(void **state)
{
	(void)state;
	static const char de[] =
	    "Die Schleusen des alten Kanals\n"
	    "\n"
	    "Der Kanal wurde zwischen 1790 und 1796 gegraben; seine elf Schleusen sind noch da.\n"
	    "\n"
	    "3 Kommentare\n"
	    "\n"
	    "Kommentare\n"
	    "\n"
	    "Ansicht der Kommentare: Linear | (Verschachtelt)\n"
	    "\n"
	    "Margarete Holz am Sonntag, 3. M\xC3\xA4rz 2024:\n"
	    "\n"
	    "[40]\n"
	    "\n"
	    "Die Bilder der Schleusentore sind wunderbar. Aus welchem Jahr sind sie?\n"
	    "\n"
	    "Antworten\n"
	    "\n"
	    "Ellen Park am Montag, 4. M\xC3\xA4rz 2024:\n"
	    "\n"
	    "[41]\n"
	    "\n"
	    "News vom 31.10.2018:\n"
	    "Die Schleuse wird im Winter erneuert.\n"
	    "\n"
	    "Antworten\n"
	    "\n"
	    "Thomas Ortmann am Dienstag, 5. M\xC3\xA4rz 2024:\n"
	    "\n"
	    "[42]\n"
	    "\n"
	    "Ich bin letzten Sommer den Treidelpfad gegangen.\n"
	    "\n"
	    "Antworten\n"
	    "\n"
	    "Kommentar schreiben\n";
	static const char es[] =
	    "Las esclusas del viejo canal\n"
	    "\n"
	    "   El canal se excav\xC3\xB3 entre 1790 y 1796 y sus once esclusas siguen en pie.\n"
	    "\n"
	    "   [8]3 comentarios\n"
	    "\n"
	    "[10]Luc\xC3\xAD" "a G\xC3\xB3mez el 3 de marzo de 2024:\n"
	    "\n"
	    "   Las fotos de las compuertas son preciosas. \xC2\xBF" "De qu\xC3\xA9 a\xC3\xB1o son?\n"
	    "   [11]Responder\n"
	    "\n"
	    "[12]Pablo Ruiz el 4 de marzo de 2024:\n"
	    "\n"
	    "   La mayor\xC3\xAD" "a de la primavera de 1987.\n"
	    "   [13]Responder\n"
	    "\n"
	    "[14]Ana Torres el 5 de marzo de 2024:\n"
	    "\n"
	    "   El verano pasado recorr\xC3\xAD el camino de sirga entero.\n"
	    "   [15]Responder\n"
	    "\n"
	    "Deja un comentario\n";
	static const char *const de_names[] = {"Margarete Holz", "Ellen Park", "Thomas Ortmann"};
	static const char *const es_names[] = {"Luc\xC3\xAD" "a G\xC3\xB3mez", "Pablo Ruiz", "Ana Torres"};
	tt_thread *t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, de_names, NULL, 0);
	check_comment(t->order[0], "Margarete Holz", "Sonntag, 3. M\xC3\xA4rz 2024", "2024-03-03", 1);
	assert_true(!strncmp(t->order[1]->body.v[0], "News vom 31.10.2018:", 20));
	assert_true(!strncmp(t->order[2]->body.v[0], "Ich bin letzten", 15));
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, es_names, NULL, 0);
	assert_string_equal(t->order[1]->time, "2024-03-04");
	assert_true(!strncmp(t->order[2]->body.v[0], "El verano pasado", 16));
	tt_thread_free(t);
}

/* An article whose paragraphs and dated byline lynx runs into one block
 * (no blank line between: "...beside each chamber." over "Posted by NAME
 * at [5]9:00 AM"): the byline under the sentence's end is no line of the
 * text, so the block is prose and the comments are looked for under it.
 * English in Blogger's shape as lynx draws it, "[6]NAME said..." over
 * text dated under it, the byline "Posted by NAME at [5]9:00 AM"; German,
 * its byline a clock among words no rule knows ("Eingestellt von NAME um
 * [5]09:00"), its dates day first. */
static void test_round31_dumps_d_byline_closing_article(void **state)
{
	(void)state;
	static const char en[] =
	    "   [1]River Notes\n"
	    "\n"
	    "The locks of the old canal\n"
	    "\n"
	    "   The canal was dug between 1790 and 1796, and its eleven locks lift boats forty metres from\n"
	    "   the river to the town basin.\n"
	    "   Until the railway came, coal, grain and timber went this way, drawn by horses along the\n"
	    "   towpath, and the lock keepers lived in the small houses beside each chamber.\n"
	    "   Posted by Ellen Park at [5]9:00 AM\n"
	    "\n"
	    "3 comments:\n"
	    "\n"
	    "   [6]Margaret Holt said...\n"
	    "          The photos of the lock gates are wonderful. Which year were they taken?\n"
	    "\n"
	    "          [7]March 3, 2024 at 10:15 AM[8]Delete\n"
	    "\n"
	    "   [9]Ellen Park said...\n"
	    "          Most of them in the spring of 1987, the rest a year later.\n"
	    "\n"
	    "          [10]March 3, 2024 at 11:02 AM[11]Delete\n"
	    "\n"
	    "   [12]Tom\xC3\xA1s Ortega said...\n"
	    "          I walked the towpath last summer, and the cafe is closed now.\n"
	    "\n"
	    "          [13]March 5, 2024 at 6:12 PM[14]Delete\n"
	    "\n"
	    "   [15]Post a Comment\n"
	    "\n"
	    "About\n"
	    "\n"
	    "   Notes on rivers, canals and the people who worked on them, written since 2009.\n";
	static const char de[] =
	    "   [1]Flussnotizen\n"
	    "\n"
	    "Die Schleusen des alten Kanals\n"
	    "\n"
	    "   Der Kanal wurde zwischen 1790 und 1796 gegraben, und seine elf Schleusen heben die Boote\n"
	    "   vierzig Meter vom Fluss bis zum Hafenbecken der Stadt.\n"
	    "   Bis die Eisenbahn kam, gingen Kohle, Getreide und Holz diesen Weg, von Pferden auf dem\n"
	    "   Treidelpfad gezogen, und die Schleusenw\xC3\xA4rter wohnten in den kleinen H\xC3\xA4usern daneben.\n"
	    "   Eingestellt von Ellen Park um [5]09:00\n"
	    "\n"
	    "3 Kommentare:\n"
	    "\n"
	    "   [6]Margarete Holz sagte...\n"
	    "          Die Bilder der Schleusentore sind wunderbar. Aus welchem Jahr sind sie?\n"
	    "\n"
	    "          [7]3. M\xC3\xA4rz 2024 um 10:15\n"
	    "\n"
	    "   [9]Ellen Park sagte...\n"
	    "          Die meisten aus dem Fr\xC3\xBChjahr 1987, der Rest ein Jahr sp\xC3\xA4ter.\n"
	    "\n"
	    "          [10]3. M\xC3\xA4rz 2024 um 11:02\n"
	    "\n"
	    "   [12]Thomas Ortmann sagte...\n"
	    "          Ich bin letzten Sommer den Treidelpfad gegangen; das Caf\xC3\xA9 ist zu.\n"
	    "\n"
	    "          [13]5. M\xC3\xA4rz 2024 um 18:12\n"
	    "\n"
	    "   [15]Kommentar ver\xC3\xB6" "ffentlichen\n"
	    "\n"
	    "\xC3\x9C" "ber uns\n"
	    "\n"
	    "   Notizen \xC3\xBC" "ber Fl\xC3\xBCsse, Kan\xC3\xA4le und die Menschen, die an ihnen gearbeitet haben, seit 2009.\n";
	static const char *const en_names[] = {"Margaret Holt", "Ellen Park", "Tom\xC3\xA1s Ortega"};
	static const char *const de_names[] = {"Margarete Holz", "Ellen Park", "Thomas Ortmann"};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 0);
	assert_string_equal(t->order[1]->posted, "March 3, 2024 at 11:02 AM");
	assert_true(!strncmp(t->order[2]->body.v[0], "I walked the towpath", 20));
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, de_names, NULL, 0);
	assert_string_equal(t->order[2]->time, "2024-03-05T18:12");
	assert_true(!strncmp(t->order[0]->body.v[0], "Die Bilder", 10));
	tt_thread_free(t);
}

/* A member box over each forum post's labelled date: the name a few lines
 * over the date, the same number of lines on every post, a rank and a
 * badge between that take few values ("Milan" / "Telerik team" / a badge's
 * image / "answered on 07 Jan 2010, 09:50 AM"); the label is no name, the
 * question above (its own label) the article; a file's name over a post's
 * text is its attachment. English as w3m draws it, German as lynx does
 * (the name right over a rank, a vote count over the name). */
static void test_round31_dumps_b_names_over_labelled_dates(void **state)
{
	(void)state;
	static const char en[] =
	    "Grid loses its values when scrolling\n"
	    "\n"
	    "3 Answers 120 Views\n"
	    "[default]\n"
	    "Ann Lee\n"
	    "Top achievements\n"
	    "[rank-0] Rank 1\n"
	    "Ann Lee asked on 03 Jan 2010, 12:20 AM\n"
	    "\n"
	    "When I scroll the grid up and down the combo boxes show the wrong values.\n"
	    "\n"
	    "3 Answers, 1 is accepted\n"
	    "\n"
	    "0\n"
	    "[default]\n"
	    "Milan\n"
	    "Support team\n"
	    "[suppor]\n"
	    "answered on 07 Jan 2010, 09:50 AM\n"
	    "\n"
	    "Hello Ann, this is a strange problem: could you send us your project?\n"
	    "\n"
	    "0\n"
	    "[default]\n"
	    "Pedro\n"
	    "Top achievements\n"
	    "[rank-0] Rank 1\n"
	    "answered on 07 Mar 2011, 12:17 PM\n"
	    "\n"
	    "GridBug.JPG\n"
	    "Do you have a solution? I have the same issue here.\n"
	    "\n"
	    "0\n"
	    "[vladimir]\n"
	    "Vlad\n"
	    "Support team\n"
	    "[suppor]\n"
	    "answered on 07 Mar 2011, 12:47 PM\n"
	    "\n"
	    "Hi, can you post more about the version of the grid you use?\n"
	    "Tags\n"
	    "Asked by\n"
	    "[default]\n"
	    "Ann Lee\n"
	    "Top achievements\n"
	    "[rank-0] Rank 1\n";
	static const char de[] =
	    "   Tabelle verliert Werte beim Bl\xC3\xA4ttern\n"
	    "\n"
	    "   Beim Bl\xC3\xA4ttern zeigt die Tabelle falsche Werte in den Auswahlfeldern an.\n"
	    "   3 Antworten\n"
	    "   2\n"
	    "   [12]Hans Meier\n"
	    "   Mitglied\n"
	    "   beantwortet am 03.01.2012 14:30\n"
	    "   Das Problem kenne ich, es liegt an der Virtualisierung der Zeilen.\n"
	    "   0\n"
	    "   [13]Eva Schulz\n"
	    "   Moderatorin\n"
	    "   beantwortet am 04.01.2012 09:12\n"
	    "   Bitte schicke uns ein kleines Beispiel, dann schauen wir es uns an.\n"
	    "   5\n"
	    "   [14]Karl Braun\n"
	    "   Mitglied\n"
	    "   beantwortet am 05.01.2012 18:45\n"
	    "   Bei mir hat das Abschalten der Virtualisierung geholfen.\n";
	static const char *const en_words[] = {
	    "Hello Ann, this is a strange problem: could you send us your project?",
	    "Do you have a solution? I have the same issue here."};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Milan");
	assert_string_equal(t->order[1]->author, "Pedro");
	assert_string_equal(t->order[2]->author, "Vlad");
	assert_string_equal(t->order[1]->time, "2011-03-07T12:17");
	check_first_words(t, 2, en_words);
	assert_true(!strncmp(t->order[2]->body.v[0], "Hi, can you", 11));
	assert_null(strstr(t->order[2]->body.v[t->order[2]->body.n - 1], "Top achievements"));
	tt_thread_free(t);
	static const char *const de_words[] = {
	    "Das Problem kenne ich, es liegt an der Virtualisierung der Zeilen.",
	    "Bitte schicke uns ein kleines Beispiel, dann schauen wir es uns an.",
	    "Bei mir hat das Abschalten der Virtualisierung geholfen."};
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Hans Meier");
	assert_string_equal(t->order[1]->author, "Eva Schulz");
	assert_string_equal(t->order[2]->author, "Karl Braun");
	assert_string_equal(t->order[2]->time, "2012-01-05T18:45");
	check_first_words(t, 3, de_words);
	tt_thread_free(t);
}

/* Invisible marks a site writes into a long name to let it break (a
 * zero-width space, "FrozenCanad\u200bian") are no part of it: the name as
 * shown, as the HTML importer reads it. English as lynx draws Pluck's
 * comments (an avatar, the name, a blank line, the date) and a German
 * page of one-line headers. */
static void test_round31_dumps_b_invisible_marks_in_names(void **state)
{
	(void)state;
	static const char en[] =
	    "Ottawa cuts 245 jobs\n"
	    "\n"
	    "The minister released a list of appointments that will be eliminated this year.\n"
	    "\n"
	    "Latest Comments\n"
	    "\n"
	    "   [default-avatar.png]\n"
	    "   [194]FrozenCanad\xE2\x80\x8Bian\n"
	    "\n"
	    "   3/23/2010 2:39:43 PM\n"
	    "   Hrmmm, rather pointless. If no one is working these jobs how is it saving us money?\n"
	    "\n"
	    "   [default-avatar.png]\n"
	    "   [198]Jmeiks\n"
	    "\n"
	    "   3/10/2010 9:23:01 AM\n"
	    "   Hopefully now that our deficit is leaner we will be able to get down to business.\n"
	    "\n"
	    "   [default-avatar.png]\n"
	    "   [202]BobbyB\n"
	    "\n"
	    "   3/9/2010 6:57:51 PM\n"
	    "   That is what I like to see: phantom job cuts to get spending under control.\n";
	static const char de[] =
	    "Neue Radwege in der Stadt\n"
	    "\n"
	    "Die Stadt baut in diesem Jahr zw\xC3\xB6lf Kilometer neue Radwege entlang der Hauptstra\xC3\x9F" "en.\n"
	    "\n"
	    "3 Kommentare\n"
	    "\n"
	    "Maximilian\xE2\x80\x8BSchneiderhahn \xE2\x80\x94 3. M\xC3\xA4rz 2024 um 10:12\n"
	    "\n"
	    "Endlich passiert etwas, das war l\xC3\xA4ngst \xC3\xBC" "berf\xC3\xA4llig.\n"
	    "\n"
	    "Eva \xE2\x80\x94 3. M\xC3\xA4rz 2024 um 11:40\n"
	    "\n"
	    "Zw\xC3\xB6lf Kilometer sind zu wenig f\xC3\xBCr eine so gro\xC3\x9F" "e Stadt.\n"
	    "\n"
	    "Karl \xE2\x80\x94 4. M\xC3\xA4rz 2024 um 08:05\n"
	    "\n"
	    "Hauptsache, die Wege werden auch gepflegt.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "FrozenCanadian");
	assert_string_equal(t->order[1]->author, "Jmeiks");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "MaximilianSchneiderhahn");
	assert_string_equal(t->order[1]->author, "Eva");
	tt_thread_free(t);
}

/* A count hanging under a list item right over it is the item's words run
 * on, no heading of the comments: a share bar's "Recommend |" over "14
 * Times" (Pluck's page, lynx; its comments under "Latest Comments" far
 * below), or a category's count in a sub-list under "* Kategorie" (a
 * Polish WordPress sidebar under the comments). */
static void test_round31_dumps_b_count_under_list_item(void **state)
{
	(void)state;
	static const char en[] =
	    "Ottawa cuts 245 jobs\n"
	    "\n"
	    "The minister released a list of appointments that will be eliminated this year.\n"
	    "\n"
	    "     * [168]Print this page\n"
	    "     * [170]Recommend |\n"
	    "       3 Times\n"
	    "\n"
	    "See also:\n"
	    "\n"
	    "     * [171]Public service: Stockwell Day axes 245 jobs in first cut\n"
	    "\n"
	    "   Steven Chase\n"
	    "   Ottawa Published on Tuesday, Mar. 09, 2010 2:28AM EST\n"
	    "\n"
	    "   Last updated on Monday, Mar. 22, 2010 6:49PM EDT\n"
	    "\n"
	    "Latest Comments\n"
	    "\n"
	    "   [default-avatar.png]\n"
	    "   [194]FrozenCanadian\n"
	    "\n"
	    "   3/23/2010 2:39:43 PM\n"
	    "   Hrmmm, rather pointless. If no one is working these jobs how is it saving us money?\n"
	    "\n"
	    "   [default-avatar.png]\n"
	    "   [198]Jmeiks\n"
	    "\n"
	    "   3/10/2010 9:23:01 AM\n"
	    "   Hopefully now that our deficit is leaner we will be able to get down to business.\n"
	    "\n"
	    "   [default-avatar.png]\n"
	    "   [202]BobbyB\n"
	    "\n"
	    "   3/9/2010 6:57:51 PM\n"
	    "   That is what I like to see: phantom job cuts to get spending under control.\n";
	static const char pl[] =
	    "Grypa \xE2\x80\x93 co musisz o niej wiedzie\xC4\x87\n"
	    "\n"
	    "Grypa to choroba wirusowa, kt\xC3\xB3ra co roku dotyka milion\xC3\xB3w ludzi na \xC5\x9Bwiecie.\n"
	    "\n"
	    "Komentarze (3) do \xE2\x80\x9CGrypa\xE2\x80\x9D\n"
	    "\n"
	    "    1. Agata Says:\n"
	    "       [23]5 pa\xC5\xBA 2011 o 11:39\n"
	    "       Polecam szczepienia metod\xC4\x85 \xC5\x9Br\xC3\xB3" "dsk\xC3\xB3rn\xC4\x85, bezbolesne i bezpieczne.\n"
	    "    2. Marian Says:\n"
	    "       [24]5 pa\xC5\xBA 2011 o 11:56\n"
	    "       Hmmm ja chyba najwi\xC4\x99" "cej dowiedzia\xC5\x82" "em si\xC4\x99 z tej strony.\n"
	    "    3. Marek Says:\n"
	    "       [26]5 pa\xC5\xBA 2011 o 12:51\n"
	    "       Lekarze potwierdzaj\xC4\x85, \xC5\xBC" "e szczepienia s\xC4\x85 najskuteczniejsze.\n"
	    "\n"
	    "Zostaw komentarz\n"
	    "\n"
	    "   Skomentuj\n"
	    "\n"
	    "     * [29]sitemap.xml | [30]kana\xC5\x82 rss\n"
	    "     * Kategorie\n"
	    "          + [31]\xC4\x86wiczenia (3)\n"
	    "          + [32]Dieta (20)\n"
	    "          + [33]Zdrowie (89)\n"
	    "\n"
	    "Ostatnie wpisy\n"
	    "\n"
	    "     * [97]Czosnek wzmocni Tw\xC3\xB3j organizm!\n"
	    "       28.11.2011\n"
	    "     * [98]Problemy z pami\xC4\x99" "ci\xC4\x85?\n"
	    "       01.11.2011\n"
	    "     * [99]Zalety produkt\xC3\xB3w naturalnych\n"
	    "       25.10.2011\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "FrozenCanadian");
	assert_string_equal(t->order[2]->author, "BobbyB");
	assert_null(t->order[0]->parent);
	tt_thread_free(t);
	t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Agata");
	assert_string_equal(t->order[2]->author, "Marek");
	assert_true(!strncmp(t->order[1]->body.v[0], "Hmmm ja chyba", 13));
	tt_thread_free(t);
}

/* A short line right under the date of a name over its date, over the
 * buttons every comment repeats ("bluebeach", a blank line, "3/9/2010
 * 6:50:50 PM", "Start with the PMO" over "[207]Recommend This Comment"),
 * is that comment's text, no name of a header dated under its text.
 * English as lynx draws Pluck's comments (the first without text), and a
 * German page of day-first dates and other buttons. */
static void test_round31_dumps_b_short_text_under_named_date(void **state)
{
	(void)state;
	static const char en[] =
	    "Ottawa cuts 245 jobs\n"
	    "\n"
	    "The minister released a list of appointments that will be eliminated this year.\n"
	    "\n"
	    "Latest Comments\n"
	    "\n"
	    "   [default-avatar.png]\n"
	    "   [198]Jmeiks\n"
	    "\n"
	    "   3/10/2010 9:23:01 AM\n"
	    "   [199]Recommend This Comment\n"
	    "   2\n"
	    "   [200]Disapprove This Comment\n"
	    "   0\n"
	    "   [201]Report Abuse\n"
	    "\n"
	    "   [default-avatar.png]\n"
	    "   [202]BobbyB\n"
	    "\n"
	    "   3/9/2010 6:57:51 PM\n"
	    "   That's what I like to see....phantom job cuts to get spending under control. How to go\n"
	    "   Doris, I mean Stockwell Day!\n"
	    "   [203]Recommend This Comment\n"
	    "   2\n"
	    "   [204]Disapprove This Comment\n"
	    "   0\n"
	    "   [205]Report Abuse\n"
	    "\n"
	    "   [default-avatar.png]\n"
	    "   [206]bluebeach\n"
	    "\n"
	    "   3/9/2010 6:50:50 PM\n"
	    "   Start with the PMO\n"
	    "   [207]Recommend This Comment\n"
	    "   3\n"
	    "   [208]Disapprove This Comment\n"
	    "   1\n"
	    "   [209]Report Abuse\n"
	    "\n"
	    "   [default-avatar.png]\n"
	    "   [210]Mr. Green Jeans\n"
	    "\n"
	    "   3/9/2010 4:06:42 PM\n"
	    "   Here's hoping the Conservatives react to the deficit (which it must be said the Liberals\n"
	    "   [211]Recommend This Comment\n"
	    "   3\n"
	    "   [212]Disapprove This Comment\n"
	    "   1\n"
	    "   [213]Report Abuse\n";
	static const char de[] =
	    "Neue Radwege in der Stadt\n"
	    "\n"
	    "Die Stadt baut in diesem Jahr zw\xC3\xB6lf Kilometer neue Radwege entlang der Hauptstra\xC3\x9F" "en.\n"
	    "\n"
	    "Neueste Kommentare\n"
	    "\n"
	    "   [avatar.jpg]\n"
	    "   [98]anna_b\n"
	    "\n"
	    "   10.03.2010 09:23\n"
	    "   [99]Diesen Kommentar empfehlen\n"
	    "   2\n"
	    "   [100]Diesen Kommentar ablehnen\n"
	    "   0\n"
	    "   [101]Missbrauch melden\n"
	    "\n"
	    "   [avatar.jpg]\n"
	    "   [102]Eva Krause\n"
	    "\n"
	    "   09.03.2010 18:57\n"
	    "   Genau so etwas will ich sehen....Stellen streichen, die es gar nicht gibt. Wie sch\xC3\xB6n\n"
	    "   f\xC3\xBCr alle, die daran glauben!\n"
	    "   [103]Diesen Kommentar empfehlen\n"
	    "   2\n"
	    "   [104]Diesen Kommentar ablehnen\n"
	    "   0\n"
	    "   [105]Missbrauch melden\n"
	    "\n"
	    "   [avatar.jpg]\n"
	    "   [106]karl_b\n"
	    "\n"
	    "   09.03.2010 18:50\n"
	    "   Das wurde auch Zeit\n"
	    "   [107]Diesen Kommentar empfehlen\n"
	    "   3\n"
	    "   [108]Diesen Kommentar ablehnen\n"
	    "   1\n"
	    "   [109]Missbrauch melden\n"
	    "\n"
	    "   [avatar.jpg]\n"
	    "   [110]Hans Meier\n"
	    "\n"
	    "   09.03.2010 16:06\n"
	    "   Hoffen wir, dass die Regierung auf das Defizit reagiert, das sie im Herbst selbst\n"
	    "   verursacht hat.\n"
	    "   [111]Diesen Kommentar empfehlen\n"
	    "   3\n"
	    "   [112]Diesen Kommentar ablehnen\n"
	    "   1\n"
	    "   [113]Missbrauch melden\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[2]->author, "bluebeach");
	assert_true(t->order[2]->body.n >= 1);
	assert_true(!strncmp(t->order[2]->body.v[0], "Start with the PMO", 18));
	assert_string_equal(t->order[3]->author, "Mr. Green Jeans");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 4);
	assert_string_equal(t->order[2]->author, "karl_b");
	assert_true(t->order[2]->body.n >= 1);
	assert_true(!strncmp(t->order[2]->body.v[0], "Das wurde auch Zeit", 19));
	assert_string_equal(t->order[3]->author, "Hans Meier");
	tt_thread_free(t);
}

/* A table of two columns as w3m draws it: the left cell (an avatar's alt
 * text over the name) set halfway down its row, beside the lines of the
 * right cell or alone between them; its lines go over the date line that
 * opens the row. English as w3m draws Pluck's comments (a row of a
 * no-break space between the rows, the name alone beside a button) and a
 * Spanish page of day-first dates at another column. */
static void test_round31_dumps_b_table_left_cells(void **state)
{
	(void)state;
	static const char en[] =
	    "Ottawa cuts 245 jobs\n"
	    "\n"
	    "The minister released a list of appointments that will be eliminated this year.\n"
	    "\n"
	    "Latest Comments\n"
	    "\n"
	    " \n"
	    "                  3/23/2010 2:39:43 PM\n"
	    "                  Hrmmm, rather pointless. If no one is working these jobs or being paid how is it\n"
	    "                  saving us any money? I think this is just a conservative attempt to trick\n"
	    "[default-av]      Canadians into believing that the government is actually doing something useful.\n"
	    "FrozenCanadian    [recommendU]\n"
	    "                  0\n"
	    "                  [recommendD]\n"
	    "                  0\n"
	    "                  Report Abuse\n"
	    " \n"
	    "                  3/10/2010 9:23:01 AM\n"
	    "                  Hopefully now that our governments deficit is about a 100,000 grand leaner we'll\n"
	    "                  be able to get down to business! What a joke, the worst part is the Liberals\n"
	    "[default-av]      might even be more disorganized.\n"
	    "Jmeiks            [recommendU]\n"
	    "                  0\n"
	    "                  [recommendD]\n"
	    "                  0\n"
	    "                  Report Abuse\n"
	    " \n"
	    "                  3/9/2010 6:50:50 PM\n"
	    "                  Start with the PMO\n"
	    "[default-av]      [recommendU]\n"
	    "bluebeach         0\n"
	    "                  [recommendD]\n"
	    "                  0\n"
	    "                  Report Abuse\n";
	static const char es[] =
	    "Nuevas bicicletas para la ciudad\n"
	    "\n"
	    "El ayuntamiento compra quinientas bicicletas p\xC3\xBA" "blicas para el centro de la ciudad.\n"
	    "\n"
	    "Opiniones de los lectores\n"
	    "\n"
	    "\n"
	    "                        12/03/2015 09:10\n"
	    "[avatar]                Por fin una buena noticia para los que vamos en bici al trabajo todos los d\xC3\xAD" "as,\n"
	    "Mar\xC3\xAD" "a L\xC3\xB3pez             aunque hacen falta m\xC3\xA1s carriles seguros en las avenidas principales.\n"
	    "                        Responder\n"
	    "                        Denunciar\n"
	    "\n"
	    "                        12/03/2015 11:40\n"
	    "[avatar]                Quinientas bicicletas son muy pocas para una ciudad tan grande, y encima las\n"
	    "jgarcia                 estaciones est\xC3\xA1n todas en el centro.\n"
	    "                        Responder\n"
	    "                        Denunciar\n"
	    "\n"
	    "                        13/03/2015 08:05\n"
	    "[avatar]                Ojal\xC3\xA1 las mantengan bien esta vez, que las anteriores acabaron rotas en pocos\n"
	    "Pedro Ruiz              meses y nadie las arregl\xC3\xB3.\n"
	    "                        Responder\n"
	    "                        Denunciar\n";
	static const char *const en_names[] = {"FrozenCanadian", "Jmeiks", "bluebeach"};
	static const char *const es_names[] = {"Mar\xC3\xAD" "a L\xC3\xB3pez", "jgarcia", "Pedro Ruiz"};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t->order[i]->author, en_names[i]);
	assert_string_equal(t->order[1]->posted, "3/10/2010 9:23:01 AM");
	assert_true(!strncmp(t->order[0]->body.v[0], "Hrmmm, rather pointless.", 24));
	assert_true(!strncmp(t->order[2]->body.v[0], "Start with the PMO", 18));
	assert_nowhere(t, "default-av");
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(t->order[i]->author, es_names[i]);
	assert_true(!strncmp(t->order[1]->body.v[0], "Quinientas bicicletas son muy pocas", 35));
	tt_thread_free(t);
}

/* An image with no alt text opening a comment's text, which lynx writes as
 * its file's name in brackets (an emoji drawn as an image), is no word of
 * the writer's, as the HTML importer reads it. Chinese as lynx draws
 * 360kuai's comments, and a German page of one-line headers. */
/* A moment of the track before the age, the age written twice for screen
 * readers ("at 0:13  · Posted 2 years ago2 years ago", SoundCloud), and a
 * video's moment in Dutch ("bij 1:02:13 · 3 dagen geleden3 dagen geleden"):
 * the name over it is the author, the age as shown the time. */
static void test_round31_dumps_moment_before_age_g(void **state)
{
	(void)state;
	static const char en[] =
	    "Swag Track\n"
	    "\n"
	    "A new track for the weekend, free to download for everyone who follows.\n"
	    "\n"
	    "3 comments\n"
	    "\n"
	    "  \xE2\x80\xA2 \n"
	    "    g!bs\n"
	    "    at 0:13  \xC2\xB7 Posted 2 years ago2 years ago\n"
	    "\n"
	    "    Yaaaaaaay\n"
	    "\n"
	    "    Reply\n"
	    "  \xE2\x80\xA2 \n"
	    "    David Luna\n"
	    "    at 1:25  \xC2\xB7 Posted 3 years ago3 years ago\n"
	    "\n"
	    "    So good\n"
	    "\n"
	    "    Reply\n"
	    "  \xE2\x80\xA2 \n"
	    "    Basic Mike\n"
	    "    at 1:06  \xC2\xB7 Posted 5 years ago5 years ago\n"
	    "\n"
	    "    Lawd\n"
	    "\n"
	    "    Reply\n";
	static const char nl[] =
	    "Fietsen langs de kust\n"
	    "\n"
	    "Een video van de hele route langs de kust, van Vlissingen tot Den Helder.\n"
	    "\n"
	    "3 reacties\n"
	    "\n"
	    "   Joost\n"
	    "   bij 1:02:13 \xC2\xB7 3 dagen geleden3 dagen geleden\n"
	    "   Prachtige beelden van de duinen.\n"
	    "\n"
	    "   Marieke\n"
	    "   bij 0:45 \xC2\xB7 5 dagen geleden5 dagen geleden\n"
	    "   Waar is dit gefilmd?\n"
	    "\n"
	    "   Henk\n"
	    "   bij 12:01 \xC2\xB7 6 dagen geleden6 dagen geleden\n"
	    "   Mooi gedaan.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "g!bs");
	assert_string_equal(t->order[0]->posted, "2 years ago");
	assert_string_equal(t->order[2]->author, "Basic Mike");
	assert_true(!strncmp(t->order[0]->body.v[0], "Yaaaaaaay", 9));
	tt_thread_free(t);
	t = import_page(nl, sizeof nl - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Joost");
	assert_string_equal(t->order[0]->posted, "3 dagen geleden");
	assert_true(!strncmp(t->order[1]->body.v[0], "Waar is dit", 11));
	tt_thread_free(t);
}

/* Ages written bare, with no "ago" ("2 years", "3 Tage"), alone on their
 * lines under the names, on a page that shows three or more of them, one
 * of a day or longer: each a comment's time, kept as written (Vimeo, w3m;
 * a German page of another shape). */
static void test_round32_dumps_v_bare_ages(void **state)
{
	(void)state;
	static const char en[] =
	    "Best of the Year: Winners\n"
	    "\n"
	    "The results are in! After much deliberation, our panel of judges have picked their favorites.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "3\n"
	    "\n"
	    "User avatar\n"
	    "\n"
	    "Prakash Mahji\n"
	    "\n"
	    "2 years\n"
	    "Copy link to comment\n"
	    "\n"
	    "HiRanguar\n"
	    "\n"
	    "Reply\n"
	    "User avatar\n"
	    "\n"
	    "Brandon Francis\n"
	    "\n"
	    "3 years\n"
	    "Copy link to comment\n"
	    "\n"
	    "Bless\n"
	    "\n"
	    "Reply\n"
	    "User avatar\n"
	    "\n"
	    "Jake white\n"
	    "\n"
	    "6 years\n"
	    "Copy link to comment\n"
	    "\n"
	    "great video\n"
	    "\n"
	    "Reply\n";
	static const char de[] =
	    "Radtour an der Elbe\n"
	    "\n"
	    "Wir sind die ganze Strecke von Dresden bis Hamburg gefahren, hier ist unser Bericht.\n"
	    "\n"
	    "Anna Weber\n"
	    "3 Tage\n"
	    "\n"
	    "Toller Bericht, danke!\n"
	    "\n"
	    "Jens Kr\xC3\xBCger\n"
	    "5 Tage\n"
	    "\n"
	    "Wie lange hat die Strecke gedauert?\n"
	    "\n"
	    "Maria Schulz\n"
	    "2 Wochen\n"
	    "\n"
	    "Sehr sch\xC3\xB6ne Bilder.\n";
	static const char *const en_words[] = {"HiRanguar", "Bless", "great video"};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Prakash Mahji");
	assert_string_equal(t->order[0]->posted, "2 years");
	assert_string_equal(t->order[2]->posted, "6 years");
	check_first_words(t, 3, en_words);
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "Jens Kr\xC3\xBCger");
	assert_string_equal(t->order[1]->posted, "5 Tage");
	assert_string_equal(t->order[2]->posted, "2 Wochen");
	assert_true(!strncmp(t->order[2]->body.v[0], "Sehr sch", 8));
	tt_thread_free(t);
}

/* lynx writes a page's "&apos;" or "&#39;" as U+02BC: between two Latin
 * letters of a lynx dump (its "References" listed) it is read as "'"
 * (LinkedIn's "Iʼm", lynx; a French page's "lʼarticle" under numbered
 * headers), while a Ukrainian word keeps its own letter ("мʼясо"). */
static void test_round32_dumps_w_lynx_apostrophe(void **state)
{
	(void)state;
	static const char en[] =
	    "   [1]Home\n"
	    "\n"
	    "Words for the New Year\n"
	    "\n"
	    "   Pick one word to carry through the year, and tell us which one you picked and why.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "   Anna Weber\n"
	    "   3 days\n"
	    "\n"
	    "   I\xCA\xBCm so excited to see people listed first!\n"
	    "\n"
	    "   Jens Miller\n"
	    "   5 days\n"
	    "\n"
	    "   Courage. That\xCA\xBCs my word this year.\n"
	    "\n"
	    "   Maria Smith\n"
	    "   2 weeks\n"
	    "\n"
	    "   Accenture\xCA\xBCs best year yet!\n"
	    "\n"
	    "References\n"
	    "\n"
	    "   1. https://example.com/\n";
	static const char fr[] =
	    "   [1]Accueil\n"
	    "\n"
	    "Le march\xC3\xA9 du samedi\n"
	    "\n"
	    "   Nous avons fait le tour du march\xC3\xA9 avec les producteurs de la r\xC3\xA9gion.\n"
	    "\n"
	    "3 commentaires\n"
	    "\n"
	    "    1. Pierre Martin dit :\n"
	    "       12 mars 2021 \xC3\xA0 10:15\n"
	    "       Merci pour l\xCA\xBC""article, tr\xC3\xA8s complet.\n"
	    "       [2]R\xC3\xA9pondre\n"
	    "    2. Olena Koval dit :\n"
	    "       12 mars 2021 \xC3\xA0 11:40\n"
	    "       \xD0\xBC\xCA\xBC\xD1\x8F\xD1\x81\xD0\xBE, d\xCA\xBC""accord.\n"
	    "       [3]R\xC3\xA9pondre\n"
	    "    3. Julie Bernard dit :\n"
	    "       13 mars 2021 \xC3\xA0 08:05\n"
	    "       J\xCA\xBCy retournerai samedi.\n"
	    "       [4]R\xC3\xA9pondre\n"
	    "\n"
	    "References\n"
	    "\n"
	    "   1. https://example.fr/\n"
	    "   2. https://example.fr/#r1\n"
	    "   3. https://example.fr/#r2\n"
	    "   4. https://example.fr/#r3\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->body.v[0], "I'm so excited to see people listed first!");
	assert_string_equal(t->order[1]->body.v[0], "Courage. That's my word this year.");
	assert_string_equal(t->order[2]->body.v[0], "Accenture's best year yet!");
	tt_thread_free(t);
	t = import_page(fr, sizeof fr - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->body.v[0], "Merci pour l'article, tr\xC3\xA8s complet.");
	/* the Ukrainian word keeps its letter, the French one is read */
	assert_string_equal(t->order[1]->body.v[0],
	                    "\xD0\xBC\xCA\xBC\xD1\x8F\xD1\x81\xD0\xBE, d'accord.");
	assert_string_equal(t->order[2]->body.v[0], "J'y retournerai samedi.");
	tt_thread_free(t);
}

/* lynx's mark of an unlabelled button ("(BUTTON)") right under a
 * comment's date is no name: the header stays the name over the date
 * (Vimeo, lynx, its ages alike from comment to comment; a Spanish page of
 * dated comments with a button under each date). */
static void test_round32_dumps_v_button_under_date(void **state)
{
	(void)state;
	static const char en[] =
	    "   Best of the Year: Winners\n"
	    "\n"
	    "   The results are in! After much deliberation, our panel of judges have picked their\n"
	    "   favorites.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "   User avatar\n"
	    "\n"
	    "   Just a face\n"
	    "   6 years\n"
	    "   (BUTTON)\n"
	    "   (BUTTON) Copy link to comment\n"
	    "\n"
	    "   I'm suprised this only had 10 comments\n"
	    "   (BUTTON) Reply\n"
	    "   User avatar\n"
	    "\n"
	    "   Jake white\n"
	    "   6 years\n"
	    "   (BUTTON)\n"
	    "   (BUTTON) Copy link to comment\n"
	    "\n"
	    "   great video\n"
	    "   (BUTTON) Reply\n"
	    "   User avatar\n"
	    "\n"
	    "   silvio totti\n"
	    "   6 years\n"
	    "   (BUTTON)\n"
	    "   (BUTTON) Copy link to comment\n"
	    "\n"
	    "   Impossible to look at all the vids\n"
	    "   (BUTTON) Reply\n"
	    "   User avatar\n"
	    "\n"
	    "   Iwuji Anthony\n"
	    "   6 years\n"
	    "   (BUTTON)\n"
	    "   (BUTTON) Copy link to comment\n"
	    "\n"
	    "   Nice one\n"
	    "   (BUTTON) Reply\n"
	    "   User avatar\n"
	    "\n"
	    "   Travis Wood\n"
	    "   6 years\n"
	    "   (BUTTON)\n"
	    "   (BUTTON) Copy link to comment\n"
	    "\n"
	    "   Solid choices!!\n"
	    "   (BUTTON) Reply\n"
	    "   User avatar\n"
	    "\n"
	    "   Benoit Siward\n"
	    "   6 years\n"
	    "   (BUTTON)\n"
	    "   (BUTTON) Copy link to comment\n"
	    "\n"
	    "   Congrats all !\n"
	    "   (BUTTON) Reply\n";
	static const char es[] =
	    "   Ruta por los Picos de Europa\n"
	    "\n"
	    "   Hicimos la ruta completa en cuatro d\xC3\xAD" "as, con noches en refugios de monta\xC3\xB1" "a.\n"
	    "\n"
	    "Comentarios\n"
	    "\n"
	    "   Luc\xC3\xAD" "a G\xC3\xB3mez\n"
	    "   hace 3 d\xC3\xAD" "as\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   Qu\xC3\xA9 envidia, me encanta esa zona.\n"
	    "   (BUTTON) Responder\n"
	    "\n"
	    "   Pablo Ruiz\n"
	    "   hace 3 d\xC3\xAD" "as\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   \xC2\xBF" "Cu\xC3\xA1nto cuesta el refugio?\n"
	    "   (BUTTON) Responder\n"
	    "\n"
	    "   Marta Vidal\n"
	    "   hace 3 d\xC3\xAD" "as\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   Muy buenas fotos.\n"
	    "   (BUTTON) Responder\n"
	    "\n"
	    "   Jorge Sanz\n"
	    "   hace 3 d\xC3\xAD" "as\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   Gracias por compartir.\n"
	    "   (BUTTON) Responder\n"
	    "\n"
	    "   Elena Mora\n"
	    "   hace 3 d\xC3\xAD" "as\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   Yo fui el verano pasado.\n"
	    "   (BUTTON) Responder\n"
	    "\n"
	    "   Diego Costa\n"
	    "   hace 3 d\xC3\xAD" "as\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   Preciosas vistas.\n"
	    "   (BUTTON) Responder\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->order[0]->author, "Just a face");
	assert_string_equal(t->order[0]->posted, "6 years");
	assert_string_equal(t->order[2]->author, "silvio totti");
	assert_true(!strncmp(t->order[1]->body.v[0], "great video", 11));
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->order[1]->author, "Pablo Ruiz");
	assert_string_equal(t->order[1]->posted, "hace 3 d\xC3\xAD" "as");
	assert_true(!strncmp(t->order[2]->body.v[0], "Muy buenas", 10));
	tt_thread_free(t);
}

/* A count of a comment's answers where the other comments show their
 * button ("1 reply" where they show "Reply", "2 r\xC3\xA9ponses" where
 * they show "R\xC3\xA9pondre"): the answers it counts, drawn at the same
 * column, nest under that comment, and the count is no heading of the
 * comments (Vimeo, w3m; a French page of another shape). */
static void test_round32_dumps_v_answers_count(void **state)
{
	(void)state;
	static const char en[] =
	    "Best of the Year: Winners\n"
	    "\n"
	    "The results are in! After much deliberation, our panel of judges have picked their favorites.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "User avatar\n"
	    "\n"
	    "Iwuji Anthony\n"
	    "\n"
	    "6 years ago\n"
	    "Copy link to comment\n"
	    "\n"
	    "https://vimeo.com/303600357\n"
	    "\n"
	    "Reply\n"
	    "User avatar\n"
	    "\n"
	    "Travis Wood\n"
	    "\n"
	    "6 years ago\n"
	    "Copy link to comment\n"
	    "\n"
	    "Solid choices!! Shivering truth might be my all time fav\n"
	    "\n"
	    "1 reply\n"
	    "User avatar\n"
	    "\n"
	    "Ian Durkin\n"
	    "\n"
	    "6 years ago\n"
	    "Copy link to comment\n"
	    "\n"
	    "So good!\n"
	    "\n"
	    "Reply\n"
	    "User avatar\n"
	    "\n"
	    "Benoit Berthe Siward\n"
	    "\n"
	    "6 years ago\n"
	    "Copy link to comment\n"
	    "\n"
	    "Congrats all !\n"
	    "\n"
	    "Reply\n"
	    "User avatar\n"
	    "\n"
	    "Bengali Filmmakers\n"
	    "\n"
	    "6 years ago\n"
	    "Copy link to comment\n"
	    "\n"
	    "Some of the best videos on the planet!\n"
	    "\n"
	    "Reply\n";
	static const char fr[] =
	    "La tarte aux pommes de ma grand-m\xC3\xA8re\n"
	    "\n"
	    "Une recette simple, avec des pommes du jardin et une p\xC3\xA2te bris\xC3\xA9" "e maison.\n"
	    "\n"
	    "Claire Martin\n"
	    "12 mars 2021 \xC3\xA0 10:15\n"
	    "Excellente recette, merci !\n"
	    "R\xC3\xA9pondre\n"
	    "\n"
	    "Paul Durand\n"
	    "13 mars 2021 \xC3\xA0 09:02\n"
	    "Peut-on utiliser des poires ?\n"
	    "2 r\xC3\xA9ponses\n"
	    "\n"
	    "Claire Martin\n"
	    "13 mars 2021 \xC3\xA0 11:40\n"
	    "Oui, cela marche tr\xC3\xA8s bien.\n"
	    "R\xC3\xA9pondre\n"
	    "\n"
	    "Julie Petit\n"
	    "14 mars 2021 \xC3\xA0 08:30\n"
	    "Avec des poires et du chocolat, c'est parfait.\n"
	    "R\xC3\xA9pondre\n"
	    "\n"
	    "Marc Leroy\n"
	    "15 mars 2021 \xC3\xA0 18:05\n"
	    "Je la refais ce week-end.\n"
	    "R\xC3\xA9pondre\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 5);
	assert_string_equal(t->order[2]->author, "Ian Durkin");
	assert_non_null(t->order[2]->parent);
	assert_string_equal(t->order[2]->parent->author, "Travis Wood");
	assert_null(t->order[3]->parent);
	assert_null(t->order[0]->parent);
	tt_thread_free(t);
	t = import_page(fr, sizeof fr - 1);
	assert_int_equal(t->ncomments, 5);
	assert_null(t->order[1]->parent);
	assert_non_null(t->order[2]->parent);
	assert_string_equal(t->order[2]->parent->author, "Paul Durand");
	assert_non_null(t->order[3]->parent);
	assert_string_equal(t->order[3]->parent->author, "Paul Durand");
	assert_null(t->order[4]->parent);
	tt_thread_free(t);
}

/* A field's label over its value indented past it ("Release date:" over
 * "    28 January 2014", "Erschienen am:" over "    3. M\xC3\xA4rz 2024")
 * before the comments: no header, so the comments stay at depth 0. */
static void test_round31_dumps_label_over_value_g(void **state)
{
	(void)state;
	static const char en[] =
	    "Swag Track\n"
	    "\n"
	    "A new track for the weekend, free to download for everyone who follows.\n"
	    "\n"
	    "Release date:\n"
	    "    28 January 2014\n"
	    "\n"
	    "    Ann\n"
	    "    12 May 2020\n"
	    "\n"
	    "    Great tune, on repeat all week.\n"
	    "\n"
	    "    Bob\n"
	    "    14 May 2020\n"
	    "\n"
	    "    The drop at one minute is the best part.\n";
	static const char de[] =
	    "Neues Album der Band\n"
	    "\n"
	    "Die Band hat ihr drittes Album ver\xC3\xB6" "ffentlicht, aufgenommen in einer alten Scheune.\n"
	    "\n"
	    "Erschienen am:\n"
	    "    3. M\xC3\xA4rz 2024\n"
	    "\n"
	    "    Lena\n"
	    "    5. M\xC3\xA4rz 2024\n"
	    "\n"
	    "    Das beste Album der Band bisher.\n"
	    "\n"
	    "    Tom\n"
	    "    6. M\xC3\xA4rz 2024\n"
	    "\n"
	    "    Die zweite Seite ist etwas schw\xC3\xA4" "cher.\n";
	for (int k = 0; k < 2; k++) {
		const char *text = k ? de : en;
		tt_thread *t = import_page(text, strlen(text));
		assert_int_equal(t->ncomments, 2);
		static const char *const en_names[] = {"Ann", "Bob"}, *const de_names[] = {"Lena", "Tom"};
		check_tree(t, 2, k ? de_names : en_names, NULL, 1);
		tt_thread_free(t);
	}
}

static void test_round31_dumps_b_image_file_opening_text(void **state)
{
	(void)state;
	static const char zh[] =
	    "\xE4\xB8\x81\xE4\xBF\x8A\xE6\x99\x96\xE7\x9A\x84\xE7\x94\x9F\xE6\xB4\xBB\n"
	    "\n"
	    "   \xE5\xB0\xBD\xE7\xAE\xA1\xE4\xBA\x8B\xE4\xB8\x9A\xE6\x9B\xB2\xE6\x8A\x98\xEF\xBC\x8C"
	    "\xE4\xBD\x86\xE4\xB8\x81\xE4\xBF\x8A\xE6\x99\x96\xE7\x9A\x84\xE7\x94\x9F\xE6\xB4\xBB"
	    "\xE5\x8F\xAF\xE8\xB0\x93\xE5\x90\x8E\xE9\x99\xA2\xE7\x94\x9F\xE7\x81\xAB\xE3\x80\x82\n"
	    "\n"
	    "\xE8\xAF\x84\xE8\xAE\xBA" "3\n"
	    "\n"
	    "   Yang7569\n"
	    "   2024-05-11 10:46\n"
	    "   [151.png] \xE8\xBF\x99\xE6\x98\xAF\xE4\xBA\xBA\xE5\x86\x99\xE7\x9A\x84\xE5\x90\x97\xEF\xBC\x9F"
	    " [125.png] \xEF\xBC\x8C\xE5\x9E\x83\xE5\x9C\xBE\xE6\x96\x87\xE7\xAB\xA0\n"
	    "\n"
	    "   zzf1234509876\n"
	    "   2024-05-10 17:46\n"
	    "   \xE5\x82\xB2\xE4\xB8\xAA\xE9\xB8\xA1\xE6\xAF\x9B\xEF\xBC\x81\n"
	    "\n"
	    "   360U430404146\n"
	    "   2024-05-10 16:08\n"
	    "   \xE6\x9C\xAA\n";
	static const char de[] =
	    "Neue Radwege in der Stadt\n"
	    "\n"
	    "Die Stadt baut in diesem Jahr zw\xC3\xB6lf Kilometer neue Radwege entlang der Hauptstra\xC3\x9F" "en.\n"
	    "\n"
	    "3 Kommentare\n"
	    "\n"
	    "Anna \xE2\x80\x94 3. M\xC3\xA4rz 2024 um 10:12\n"
	    "\n"
	    "[smile_03.gif] Endlich passiert etwas, das war l\xC3\xA4ngst \xC3\xBC" "berf\xC3\xA4llig.\n"
	    "\n"
	    "Eva \xE2\x80\x94 3. M\xC3\xA4rz 2024 um 11:40\n"
	    "\n"
	    "Zw\xC3\xB6lf Kilometer sind zu wenig f\xC3\xBCr eine so gro\xC3\x9F" "e Stadt.\n"
	    "\n"
	    "Karl \xE2\x80\x94 4. M\xC3\xA4rz 2024 um 08:05\n"
	    "\n"
	    "Hauptsache, die Wege werden auch gepflegt.\n";
	tt_thread *t = import_page(zh, sizeof zh - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Yang7569");
	assert_true(!strncmp(t->order[0]->body.v[0], "\xE8\xBF\x99\xE6\x98\xAF", 6));
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Anna");
	assert_true(!strncmp(t->order[0]->body.v[0], "Endlich passiert", 16));
	tt_thread_free(t);
}

/* An avatar drawn as words over the name (w3m gives the image's alt text,
 * once or twice, the list's mark on the first): the words go, and the
 * name over its date heads the comment, as in lynx's dump where the alt
 * text is a link apart. A forum's answers as a list (English, the alt
 * text twice) and a blog's (German, "Avatar von NAME" once). */
static void test_round17_dumps_f_avatar_alt_over_name(void **state)
{
	(void)state;
	static const char en[] =
	    "How do I load a package?\n"
	    "\n"
	    "I have two folders for packages and neither of them loads the subpatches I need.\n"
	    "\n"
	    "  \xE2\x80\xA2 Dana Whitfield's icon\n"
	    "    Dana Whitfield's icon\n"
	    "    Dana Whitfield\n"
	    "    May 19 2024 | 3:26 pm\n"
	    "\n"
	    "    Did you add both folders to the search path?\n"
	    "\n"
	    "    Share\n"
	    "  \xE2\x80\xA2 Omar Castillo's icon\n"
	    "    Omar Castillo's icon\n"
	    "    Omar Castillo\n"
	    "    May 19 2024 | 3:33 pm\n"
	    "\n"
	    "    It was in the downloads folder, I moved it.\n"
	    "\n"
	    "    Share\n"
	    "  \xE2\x80\xA2 Dana Whitfield's icon\n"
	    "    Dana Whitfield's icon\n"
	    "    Dana Whitfield\n"
	    "    May 19 2024 | 4:05 pm\n"
	    "\n"
	    "    Only the package manager puts them there.\n"
	    "\n"
	    "    Share\n";
	static const char de[] =
	    "Neue Radwege in der Stadt\n"
	    "\n"
	    "Die Stadt baut in diesem Jahr zw\xC3\xB6lf Kilometer neue Radwege entlang der Hauptstra\xC3\x9F" "en.\n"
	    "\n"
	    "  \xE2\x80\xA2 Avatar von Hans Meier\n"
	    "    Hans Meier\n"
	    "    12. M\xC3\xA4rz 2024 um 10:15\n"
	    "\n"
	    "    Endlich passiert etwas, das war l\xC3\xA4ngst \xC3\xBC" "berf\xC3\xA4llig.\n"
	    "\n"
	    "    Antworten\n"
	    "  \xE2\x80\xA2 Avatar von Eva Krause\n"
	    "    Eva Krause\n"
	    "    12. M\xC3\xA4rz 2024 um 11:40\n"
	    "\n"
	    "    Zw\xC3\xB6lf Kilometer sind zu wenig f\xC3\xBCr eine so gro\xC3\x9F" "e Stadt.\n"
	    "\n"
	    "    Antworten\n"
	    "  \xE2\x80\xA2 Avatar von Karl Braun\n"
	    "    Karl Braun\n"
	    "    13. M\xC3\xA4rz 2024 um 08:05\n"
	    "\n"
	    "    Hauptsache, die Wege werden auch gepflegt.\n"
	    "\n"
	    "    Antworten\n";
	static const char *const en_names[] = {"Dana Whitfield", "Omar Castillo", "Dana Whitfield"};
	static const char *const de_names[] = {"Hans Meier", "Eva Krause", "Karl Braun"};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 0);
	assert_string_equal(t->order[1]->posted, "May 19 2024 | 3:33 pm");
	assert_true(!strncmp(t->order[1]->body.v[0], "It was in", 9));
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, de_names, NULL, 0);
	assert_true(!strncmp(t->order[2]->body.v[0], "Hauptsache", 10));
	tt_thread_free(t);
}

/* An answer whose text opens with a quotation that opens with the
 * mention ("@Ann: Did you see...", w3m's blockquote indented under the
 * header; "@Ann:" alone over the quoted words): it answers the comment by
 * that name whose words it quotes, not the name's latest. A numbered
 * English list with the words on the mention's line, and a German one
 * with the mention alone over them. */
static void test_round19_dumps_f_mention_opening_quote(void **state)
{
	(void)state;
	static const char en[] =
	    "A title of the story here\n"
	    "\n"
	    "The story has a long sentence in it that counts as prose here for sure.\n"
	    "\n"
	    "5 Comments\n"
	    "\n"
	    "1. 1.\n\n    Ann\n\n    March 3, 2024 at 10:15 am\n\n"
	    "    Did you see the lineup for the summer festival this year?\n\n    Reply\n"
	    "2. 2.\n\n    Bob\n\n    March 3, 2024 at 10:20 am\n\n"
	    "    @Ann: I did, and it is a long one this time.\n\n    Reply\n"
	    "3. 3.\n\n    Ann\n\n    March 3, 2024 at 10:25 am\n\n"
	    "    @Bob: Longer than last year by a whole day.\n\n    Reply\n"
	    "4. 4.\n\n    Carl\n\n    March 3, 2024 at 10:30 am\n\n"
	    "    @Ann: A whole day is a lot of music.\n\n    Reply\n"
	    "5. 5.\n\n    Dora\n\n    March 3, 2024 at 10:35 am\n\n"
	    "        @Ann: Did you see the lineup for the summer festival this year?\n\n"
	    "    Looked at it, and I would not go in August.\n\n    Reply\n";
	static const char de[] =
	    "Ein Titel der Geschichte\n"
	    "\n"
	    "Die Geschichte hat einen langen Satz, der hier ganz sicher als Text gilt.\n"
	    "\n"
	    "5 Kommentare\n"
	    "\n"
	    "1. 1.\n\n    Jonas\n\n    3. M\xC3\xA4rz 2024 um 10:15\n\n"
	    "    Ich habe Karten f\xC3\xBCr das Konzert am Samstag bekommen.\n\n    Antworten\n"
	    "2. 2.\n\n    Lena\n\n    3. M\xC3\xA4rz 2024 um 10:20\n\n"
	    "    @Jonas: Gl\xC3\xBC" "ckwunsch, die waren schnell weg.\n\n    Antworten\n"
	    "3. 3.\n\n    Jonas\n\n    3. M\xC3\xA4rz 2024 um 10:25\n\n"
	    "    @Lena: Ja, in zehn Minuten ausverkauft.\n\n    Antworten\n"
	    "4. 4.\n\n    Paul\n\n    3. M\xC3\xA4rz 2024 um 10:30\n\n"
	    "    @Jonas: Zehn Minuten ist wirklich schnell.\n\n    Antworten\n"
	    "5. 5.\n\n    Mia\n\n    3. M\xC3\xA4rz 2024 um 10:35\n\n"
	    "        @Jonas:\n\n"
	    "        Ich habe Karten f\xC3\xBCr das Konzert am Samstag bekommen.\n\n"
	    "    Ich auch, wir sehen uns dort.\n\n    Antworten\n";
	static const char *const en_names[] = {"Ann", "Bob", "Ann", "Carl", "Dora"};
	static const char *const de_names[] = {"Jonas", "Lena", "Jonas", "Paul", "Mia"};
	static const unsigned depths[] = {0, 1, 2, 3, 1};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, en_names, depths, 0);
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, de_names, depths, 0);
	tt_thread_free(t);
}

/* A button run into the date before it, in any language: lynx's link
 * number between ("3. März 2024 um 10:15[8]Löschen"), or w3m's capital
 * after the clock's minutes ("10:15Удалить"). The date is what is left,
 * as "10:15 AM[8]Delete" always was. */
static void test_button_run_into_date_e(void **state)
{
	(void)state;
	static const char de[] =
	    "Die Br\xC3\xBC" "cke ist gesperrt\n"
	    "\n"
	    "   Der Stadtrat hat die alte Br\xC3\xBC" "cke f\xC3\xBCr Reparaturen gesperrt, nachdem Ingenieure Risse\n"
	    "   in zwei Pfeilern gefunden hatten.\n"
	    "\n"
	    "Kommentare\n"
	    "\n"
	    "   Anna Lehmann\n"
	    "   3. M\xC3\xA4rz 2024 um 10:15[8]L\xC3\xB6schen\n"
	    "\n"
	    "   Die Reparaturen sind l\xC3\xA4ngst \xC3\xBC" "berf\xC3\xA4llig, die Risse waren seit Jahren sichtbar.\n"
	    "\n"
	    "   Bernd Stein\n"
	    "   4. M\xC3\xA4rz 2024 um 9:05[9]L\xC3\xB6schen\n"
	    "\n"
	    "   Gibt es eine Umleitung f\xC3\xBCr Radfahrer w\xC3\xA4hrend der Arbeiten?\n"
	    "\n"
	    "   Carla Diaz\n"
	    "   5. M\xC3\xA4rz 2024 um 17:20[10]L\xC3\xB6schen\n"
	    "\n"
	    "   Ja, am Fluss entlang.\n";
	static const char ru[] =
	    "\xD0\x9C\xD0\xBE\xD1\x81\xD1\x82 \xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD1\x8B\xD1\x82\n"
	    "\n"
	    "\xD0\x93\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9 \xD1\x81\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82 "
	    "\xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD1\x8B\xD0\xBB \xD1\x81\xD1\x82\xD0\xB0\xD1\x80\xD1\x8B\xD0\xB9 "
	    "\xD0\xBC\xD0\xBE\xD1\x81\xD1\x82 \xD0\xBD\xD0\xB0 \xD1\x80\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82.\n"
	    "\n"
	    "\xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8\n"
	    "\n"
	    "Anna Petrova\n"
	    "3 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2024, 10:15\xD0\xA3\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x82\xD1\x8C\n"
	    "\n"
	    "\xD0\xA0\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82 \xD0\xB4\xD0\xB0\xD0\xB2\xD0\xBD\xD0\xBE "
	    "\xD0\xBD\xD1\x83\xD0\xB6\xD0\xB5\xD0\xBD.\n"
	    "\n"
	    "Boris Smirnov\n"
	    "4 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2024, 09:05\xD0\xA3\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x82\xD1\x8C\n"
	    "\n"
	    "\xD0\x90 \xD0\xB5\xD1\x81\xD1\x82\xD1\x8C \xD0\xBB\xD0\xB8 \xD0\xBE\xD0\xB1\xD1\x8A\xD0\xB5\xD0\xB7\xD0\xB4?\n"
	    "\n"
	    "Karina Dias\n"
	    "5 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2024, 17:20\xD0\xA3\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x82\xD1\x8C\n"
	    "\n"
	    "\xD0\x94\xD0\xB0, \xD0\xB2\xD0\xB4\xD0\xBE\xD0\xBB\xD1\x8C \xD1\x80\xD0\xB5\xD0\xBA\xD0\xB8.\n";
	tt_thread *t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "Bernd Stein");
	assert_string_equal(t->order[0]->posted, "3. M\xC3\xA4rz 2024 um 10:15");
	assert_string_equal(t->order[2]->time, "2024-03-05T17:20");
	tt_thread_free(t);
	t = import_page(ru, sizeof ru - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[2]->author, "Karina Dias");
	assert_string_equal(t->order[1]->time, "2024-03-04T09:05");
	tt_thread_free(t);
}

/* A heading of the word "comments" alone, in another language than
 * English ("Kommentare", "Комментарии"): the comments' section starts
 * under it, so the byline closing the article above it, a name over a
 * date, is the article's, no comment. */
static void test_comments_heading_languages_e(void **state)
{
	(void)state;
	static const char de[] =
	    "Die Br\xC3\xBC" "cke ist gesperrt\n"
	    "\n"
	    "Der Stadtrat hat die alte Br\xC3\xBC" "cke f\xC3\xBCr Reparaturen gesperrt, nachdem Ingenieure Risse in\n"
	    "zwei Pfeilern gefunden hatten.\n"
	    "\n"
	    "Jonas Weber\n"
	    "2. M\xC3\xA4rz 2024 09:00\n"
	    "\n"
	    "Kommentare\n"
	    "\n"
	    "Anna Lehmann\n"
	    "3. M\xC3\xA4rz 2024 10:15\n"
	    "\n"
	    "Die Reparaturen sind l\xC3\xA4ngst \xC3\xBC" "berf\xC3\xA4llig, die Risse waren seit Jahren sichtbar.\n"
	    "\n"
	    "Bernd Stein\n"
	    "4. M\xC3\xA4rz 2024 09:05\n"
	    "\n"
	    "Gibt es eine Umleitung f\xC3\xBCr Radfahrer w\xC3\xA4hrend der Arbeiten?\n"
	    "\n"
	    "Carla Diaz\n"
	    "5. M\xC3\xA4rz 2024 17:20\n"
	    "\n"
	    "Ja, am Fluss entlang.\n";
	static const char ru[] =
	    "\xD0\x9C\xD0\xBE\xD1\x81\xD1\x82 \xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD1\x8B\xD1\x82\n"
	    "\n"
	    "\xD0\x93\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9 \xD1\x81\xD0\xBE\xD0\xB2\xD0\xB5\xD1\x82 "
	    "\xD0\xB7\xD0\xB0\xD0\xBA\xD1\x80\xD1\x8B\xD0\xBB \xD1\x81\xD1\x82\xD0\xB0\xD1\x80\xD1\x8B\xD0\xB9 "
	    "\xD0\xBC\xD0\xBE\xD1\x81\xD1\x82 \xD0\xBD\xD0\xB0 \xD1\x80\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82.\n"
	    "\n"
	    "   Ivan Orlov\n"
	    "   2 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2024, 09:00\n"
	    "\n"
	    "   \xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB8\n"
	    "\n"
	    "   Anna Petrova\n"
	    "   3 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2024, 10:15\n"
	    "\n"
	    "   \xD0\xA0\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82 \xD0\xB4\xD0\xB0\xD0\xB2\xD0\xBD\xD0\xBE "
	    "\xD0\xBD\xD1\x83\xD0\xB6\xD0\xB5\xD0\xBD.\n"
	    "\n"
	    "   Boris Smirnov\n"
	    "   4 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2024, 09:05\n"
	    "\n"
	    "   \xD0\x90 \xD0\xB5\xD1\x81\xD1\x82\xD1\x8C \xD0\xBB\xD0\xB8 \xD0\xBE\xD0\xB1\xD1\x8A\xD0\xB5\xD0\xB7\xD0\xB4?\n"
	    "\n"
	    "   Karina Dias\n"
	    "   5 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0 2024, 17:20\n"
	    "\n"
	    "   \xD0\x94\xD0\xB0, \xD0\xB2\xD0\xB4\xD0\xBE\xD0\xBB\xD1\x8C \xD1\x80\xD0\xB5\xD0\xBA\xD0\xB8.\n";
	tt_thread *t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Anna Lehmann");
	tt_thread_free(t);
	t = import_page(ru, sizeof ru - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Anna Petrova");
	tt_thread_free(t);
}

/* Posts closed by their date: each post one paragraph, the name first
 * (twice where the avatar's link repeats it, under the count and a row of
 * buttons as lynx draws LinkedIn's first comment; after a label the same in
 * every post), the text, then a date or a bare age alone ("3d") and as many
 * short lines after it in every post; the buttons and counts over the date
 * are no text, and a place after three names or more behind the same two
 * words ("z miasta Kraków", "from the town of") no part of the name. English
 * as lynx draws LinkedIn's comments, Polish between rules as Bankfax's are
 * drawn; both were read as no comments at all. */
static void test_round32_dumps_l_closed_by_date(void **state)
{
	(void)state;
	static const char en[] =
	    "Why teams need slack\n"
	    "\n"
	    "   Teams that keep an hour a day free of meetings ship more, and the ones that do not burn out by spring.\n"
	    "\n"
	    "   [11]120 [12]3 Comments\n"
	    "   [13]Like [14]Comment [15]Share\n"
	    "   [16]Mara Quint\n"
	    "   [17]Mara Quint\n"
	    "   Slack is where the good ideas come from.\n"
	    "   (BUTTON) Like Sign in to like this comment\n"
	    "   2 Likes\n"
	    "   3d\n"
	    "   (BUTTON)\n"
	    "     * [18]Report this comment\n"
	    "\n"
	    "   [19]Olu Ade, PhD\n"
	    "   [20]Olu Ade, PhD\n"
	    "   Agreed, we cut meetings by half and shipped more.\n"
	    "   (BUTTON) Like Sign in to like this comment\n"
	    "   3d\n"
	    "   (BUTTON)\n"
	    "     * [21]Report this comment\n"
	    "\n"
	    "   [22]Kim Sato\n"
	    "   [23]Kim Sato\n"
	    "   Love it!\n"
	    "   (BUTTON) Like Sign in to like this comment\n"
	    "   1 Like\n"
	    "   5h\n"
	    "   (BUTTON)\n"
	    "     * [24]Report this comment\n"
	    "\n"
	    "   [25]See more comments\n";
	static const char pl[] =
	    "Nowy most na Wi\xC5\x9Ble\n"
	    "\n"
	    "Radni zdecydowali we wtorek, \xC5\xBC" "e nowy most stanie obok starego.\n"
	    "\n"
	    "Dodaj komentarz\n"
	    "______________________________________________________________\n"
	    "\n"
	    "Komentarz czytelnika: go\xC5\x9B\xC4\x87\n"
	    "Czy to nie za drogo?\n"
	    "03.03.2012 12:05\n"
	    "______________________________________________________________\n"
	    "\n"
	    "Komentarz czytelnika: Jan z miasta Krak\xC3\xB3w\n"
	    "Wreszcie, czekali\xC5\x9Bmy na to dwadzie\xC5\x9B" "cia lat.\n"
	    "03.03.2012 12:31\n"
	    "______________________________________________________________\n"
	    "\n"
	    "Komentarz czytelnika: Tomek\n"
	    "A kto za to zap\xC5\x82" "aci?\n"
	    "Miasto czy wojew\xC3\xB3" "dztwo?\n"
	    "03.03.2012 13:10\n"
	    "______________________________________________________________\n"
	    "\n"
	    "Komentarz czytelnika: Ala z miasta Tarn\xC3\xB3w\n"
	    "Rzeka nie potrzebuje drugiego mostu.\n"
	    "03.03.2012 13:44\n"
	    "______________________________________________________________\n"
	    "\n"
	    "Komentarz czytelnika: Ewa z miasta Krak\xC3\xB3w\n"
	    "Dobra wiadomo\xC5\x9B\xC4\x87 dla doje\xC5\xBC" "d\xC5\xBC" "aj\xC4\x85" "cych.\n"
	    "03.03.2012 14:02\n"
	    "______________________________________________________________\n"
	    "\n"
	    "Regulamin\n";
	static const char *const en_names[] = {"Mara Quint", "Olu Ade, PhD", "Kim Sato"};
	static const char *const en_words[] = {"Slack is where the good ideas come from.",
	                                       "Agreed, we cut meetings by half and shipped more.",
	                                       "Love it!"};
	static const char *const pl_names[] = {"go\xC5\x9B\xC4\x87", "Jan", "Tomek", "Ala", "Ewa"};
	static const char *const pl_words[] = {"Czy to nie za drogo?",
	                                       "Wreszcie, czekali\xC5\x9Bmy na to dwadzie\xC5\x9B" "cia lat.",
	                                       "A kto za to zap\xC5\x82" "aci? Miasto czy wojew\xC3\xB3" "dztwo?",
	                                       "Rzeka nie potrzebuje drugiego mostu.",
	                                       "Dobra wiadomo\xC5\x9B\xC4\x87 dla doje\xC5\xBC" "d\xC5\xBC" "aj\xC4\x85" "cych."};
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	check_tree(t, 3, en_names, NULL, 1);
	check_first_words(t, 3, en_words);
	check_comment(t->order[0], "Mara Quint", "3d", NULL, 1);
	check_comment(t->order[2], "Kim Sato", "5h", NULL, 1);
	tt_thread_free(t);
	t = import_page(pl, sizeof pl - 1);
	assert_int_equal(t->ncomments, 5);
	check_tree(t, 5, pl_names, NULL, 1);
	check_first_words(t, 5, pl_words);
	check_comment(t->order[1], "Jan", "03.03.2012 12:31", "2012-03-03T12:31", 1);
	tt_thread_free(t);
}

/* Where headers stand over their text as list items, a one-line header
 * closing a later item of a comment's list, the item's text hanging at its
 * column over it and nothing at its column under it, signs that item: an
 * answer one level down, not a comment whose text is empty while its own
 * words stay in the comment above. The joining word of the doubled names
 * ("小鳳小鳳於") ends the answer's name too, and goes. Chinese as w3m draws
 * it (PIXNET), German as lynx does. */
static void test_old_dumps_b_answer_signed_in_item(void **state)
{
	(void)state;
	static const char zh[] =
	    "美樹營地賞楓\n"
	    "\n"
	    "週末到山上的營地露營，雨後的楓葉格外鮮紅，晚上在帳篷裡煮了一鍋熱湯，大家圍著火堆聊天到深夜。\n"
	    "\n"
	    "留言列表 (3)\n"
	    "\n"
	    "  • #1 ● 小鳳小鳳於 2013/12/28 10:28\n"
	    "  • 小鳳\n"
	    "  • \n"
	    "    露營兼賞楓，好棒的生活\n"
	    "  • 謝謝小鳳的來訪！\n"
	    "\n"
	    "    史蒂文於 2014/01/01 20:31 回覆\n"
	    "\n"
	    "  • #2 ● 茜媽咪茜媽咪於 2013/12/28 10:42\n"
	    "  • 茜媽咪\n"
	    "  • \n"
	    "    嚮往大自然，再濕冷的天依舊衝衝衝\n"
	    "  • 茜媽咪晚安：\n"
	    "    您過獎了，我們只是喜歡拍照而已。\n"
	    "\n"
	    "    史蒂文於 2014/01/01 20:37 回覆\n"
	    "\n"
	    "  • #3 ● 青草青草於 2013/12/28 22:50\n"
	    "  • 青草\n"
	    "  • \n"
	    "    大哥晚安，今天路過營地，真的很美！\n"
	    "  • 青草晚安：明年算準時間再訪。\n"
	    "\n"
	    "    史蒂文於 2014/01/01 20:56 回覆\n";
	static const char de[] =
	    "Wanderung im Herbst\n"
	    "\n"
	    "   Am Wochenende waren wir in den Bergen, nach dem Regen leuchteten die Blätter rot\n"
	    "   und abends kochten wir eine Suppe im Zelt.\n"
	    "\n"
	    "Kommentare (3)\n"
	    "\n"
	    "     * #1 [avatar.gif] [12]Anna [13]Anna am 28.12.2013 10:28\n"
	    "     * [14]Anna\n"
	    "     * Wandern und Laub sehen, ein schönes Leben.\n"
	    "     * Danke für den Besuch, Anna!\n"
	    "       [15]Bernd Vogel am 01.01.2014 20:31 antworten\n"
	    "\n"
	    "     * #2 [avatar.gif] [16]Gustav [17]Gustav am 28.12.2013 11:42\n"
	    "     * [18]Gustav\n"
	    "     * Die Natur ruft, auch bei Regen.\n"
	    "       Die Bilder sind wunderschön.\n"
	    "     * Guten Abend Gustav:\n"
	    "       wir fotografieren nur aus Freude.\n"
	    "       [19]Bernd Vogel am 01.01.2014 20:37 antworten\n"
	    "\n"
	    "     * #3 [avatar.gif] [20]Ida [21]Ida am 28.12.2013 22:50\n"
	    "     * [22]Ida\n"
	    "     * Heute kam ich vorbei, wirklich schön!\n"
	    "     * Danke Ida, komm im Oktober wieder.\n"
	    "       [23]Bernd Vogel am 01.01.2014 20:56 antworten\n";
	tt_thread *t = import_page(zh, sizeof zh - 1);
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->order[0]->author, "小鳳");
	assert_string_equal(t->order[0]->body.v[0], "露營兼賞楓，好棒的生活");
	assert_string_equal(t->order[1]->author, "史蒂文");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[1]->body.v[0], "謝謝小鳳的來訪！");
	assert_string_equal(t->order[5]->author, "史蒂文");
	assert_ptr_equal(t->order[5]->parent, t->order[4]);
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->order[0]->author, "Anna");
	assert_int_equal(t->order[0]->body.n, 1);
	assert_string_equal(t->order[1]->author, "Bernd Vogel");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_string_equal(t->order[1]->body.v[0], "Danke für den Besuch, Anna!");
	assert_string_equal(t->order[3]->author, "Bernd Vogel");
	assert_ptr_equal(t->order[3]->parent, t->order[2]);
	tt_thread_free(t);
}

/* Three paragraphs in a row of lines written without spaces (CJK), every
 * line of them so, none a list's item, are the article's prose though no
 * line holds a full stop (each cut at the browser's width): the comments
 * under the heading are not taken for the article's start, and none of the
 * first ones is lost. Chinese and Japanese as w3m draws them. */
static void test_old_dumps_b_unspaced_article_run(void **state)
{
	(void)state;
	static const char zh[] =
	    "新竹尖石_美樹營地賞楓\n"
	    "\n"
	    "12-IMG_3886.jpg\n"
	    "\n"
	    "一波波接續性低溫寒流報到已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣\n"
	    "\n"
	    "玉峰道路一路上雲氣山嵐滯留山頭順路下切蜿蜒道路後不久即抵達來到營地\n"
	    "\n"
	    "美樹美如其名偌大楓香樹早已呈現金黃泛紅色彩也是愛攝人仕所喜愛造訪之地\n"
	    "\n"
	    "[minus] 留言列表 (42)\n"
	    "\n"
	    "發表留言\n"
	    "\n"
	    "  • #1 ● 小鳳小鳳於 2013/12/28 10:28\n"
	    "  • 小鳳\n"
	    "  • \n"
	    "    露營兼賞楓，好棒的生活\n"
	    "  • 謝謝小鳳的來訪！\n"
	    "\n"
	    "    史蒂文的家_藍天於 2014/01/01 20:31 回覆\n"
	    "\n"
	    "  • #2 ● 茜媽咪茜媽咪於 2013/12/28 10:42\n"
	    "  • 茜媽咪\n"
	    "  • \n"
	    "    嚮往大自然....再濕冷的天依舊衝衝衝\n"
	    "    每每分享藍天大哥捕捉的鏡頭\n"
	    "    總是特別的吸引目光....真得好美\n"
	    "    對了....我家女兒說....伯伯的露營餐點\n"
	    "    看起來好豐盛喔\n"
	    "  • 茜媽咪晚安：\n"
	    "    您過獎了,我們不是專業攝影師只是喜歡拍照而已,\n"
	    "    雨天過後的楓葉蕭瑟感變厚重了,也顯得很鮮明色澤而已！\n"
	    "    這次還是南部上來的朋友帶來豐盛的晚餐,真是不好意思ㄋ！\n"
	    "    （拍謝！外出帶著平板電腦不容易回應..才剛剛回家回覆）\n"
	    "\n"
	    "    史蒂文的家_藍天於 2014/01/01 20:37 回覆\n"
	    "\n"
	    "  • #3 ● 訪客於 2013/12/28 20:34\n"
	    "  • 訪客\n"
	    "  • \n"
	    "    藍天哥\n"
	    "\n"
	    "    您的文筆真是讚\n"
	    "\n"
	    "    大雄\n"
	    "  • 大雄　晚安：\n"
	    "    毋影啦～只是有感而發的抒發一點所見所聞而已！\n"
	    "\n"
	    "    史蒂文的家_藍天於 2014/01/01 20:39 回覆\n"
	    "\n"
	    "  • #4 ● linghua linghua 於 2013/12/28 21:29\n"
	    "  • linghua\n"
	    "  • \n"
	    "    哇！好厚的紅毯趴在地上取景辛苦了！\n"
	    "    近年天氣消笑忽冷忽熱\n"
	    "    外拍能遇到最美的藍天和紅葉可遇不可求....\n"
	    "    桌上的砂鍋魚頭看起來超讚\n"
	    "    冷冷的寒冬享用一定過癮極了！\n"
	    "  • 哈～我的相機可以翻轉螢幕ㄜ,當初也有考慮到這場景的辛苦...\n"
	    "    所以螢幕可以折疊就輕鬆多囉！\n"
	    "    楓紅總是不等人的,我們這一周跟上周相比較的話就差很大,\n"
	    "    選對時間才是做重要！　天寒之際吃火鍋最方便,也是偷懶...\n"
	    "\n"
	    "    史蒂文的家_藍天於 2014/01/01 20:59 回覆\n"
	    "\n"
	    "[INS:\n"
	    "[INS:[INS:[INS::INS]:INS] :INS]\n"
	    ":INS]\n"
	    "\n";
	static const char ja[] =
	    "京都の山寺で紅葉狩り\n"
	    "\n"
	    "12-IMG_3886.jpg\n"
	    "\n"
	    "週末に京都の山あいの寺を訪ねると境内のもみじが一面に色づいていて\n"
	    "\n"
	    "石段を上るたびに赤と黄色の葉が重なり合い朝の光に透けて見えました\n"
	    "\n"
	    "昼過ぎには観光客が増えてきたので早めに山を下りて川沿いを歩きました\n"
	    "\n"
	    "[minus] コメント一覧 (42)\n"
	    "\n"
	    "コメントする\n"
	    "\n"
	    "  • #1 ● さくらさくらの 2013/12/28 10:28\n"
	    "  • さくら\n"
	    "  • \n"
	    "    露營兼賞楓，好棒的生活\n"
	    "  • 謝謝さくら的來訪！\n"
	    "\n"
	    "    たびびとの 2014/01/01 20:31 返信\n"
	    "\n"
	    "  • #2 ● たろうたろうの 2013/12/28 10:42\n"
	    "  • たろう\n"
	    "  • \n"
	    "    嚮往大自然....再濕冷的天依舊衝衝衝\n"
	    "    每每分享藍天大哥捕捉的鏡頭\n"
	    "    總是特別的吸引目光....真得好美\n"
	    "    對了....我家女兒說....伯伯的露營餐點\n"
	    "    看起來好豐盛喔\n"
	    "  • たろう晚安：\n"
	    "    您過獎了,我們不是專業攝影師只是喜歡拍照而已,\n"
	    "    雨天過後的楓葉蕭瑟感變厚重了,也顯得很鮮明色澤而已！\n"
	    "    這次還是南部上來的朋友帶來豐盛的晚餐,真是不好意思ㄋ！\n"
	    "    （拍謝！外出帶著平板電腦不容易回應..才剛剛回家返信）\n"
	    "\n"
	    "    たびびとの 2014/01/01 20:37 返信\n"
	    "\n"
	    "  • #3 ● ゲストの 2013/12/28 20:34\n"
	    "  • ゲスト\n"
	    "  • \n"
	    "    藍天哥\n"
	    "\n"
	    "    您的文筆真是讚\n"
	    "\n"
	    "    大雄\n"
	    "  • 大雄　晚安：\n"
	    "    毋影啦～只是有感而發的抒發一點所見所聞而已！\n"
	    "\n"
	    "    たびびとの 2014/01/01 20:39 返信\n"
	    "\n"
	    "  • #4 ● hanako hanako の 2013/12/28 21:29\n"
	    "  • hanako\n"
	    "  • \n"
	    "    哇！好厚的紅毯趴在地上取景辛苦了！\n"
	    "    近年天氣消笑忽冷忽熱\n"
	    "    外拍能遇到最美的藍天和紅葉可遇不可求....\n"
	    "    桌上的砂鍋魚頭看起來超讚\n"
	    "    冷冷的寒冬享用一定過癮極了！\n"
	    "  • 哈～我的相機可以翻轉螢幕ㄜ,當初也有考慮到這場景的辛苦...\n"
	    "    所以螢幕可以折疊就輕鬆多囉！\n"
	    "    楓紅總是不等人的,我們這一周跟上周相比較的話就差很大,\n"
	    "    選對時間才是做重要！　天寒之際吃火鍋最方便,也是偷懶...\n"
	    "\n"
	    "    たびびとの 2014/01/01 20:59 返信\n"
	    "\n"
	    "[INS:\n"
	    "[INS:[INS:[INS::INS]:INS] :INS]\n"
	    ":INS]\n"
	    "\n";
	tt_thread *t = import_page(zh, sizeof zh - 1);
	assert_int_equal(t->ncomments, 8);
	assert_string_equal(t->order[0]->author, "小鳳");
	assert_string_equal(t->order[6]->author, "linghua");
	tt_thread_free(t);
	t = import_page(ja, sizeof ja - 1);
	assert_int_equal(t->ncomments, 8);
	assert_string_equal(t->order[0]->author, "さくら");
	assert_string_equal(t->order[4]->author, "ゲスト");
	tt_thread_free(t);
}

/* A name written twice run together before its joining word, the name
 * itself a character twice ("面面面面於"): the longest half is the name
 * ("面面"), not one character before a joining word "面面於"; a half
 * ending in a space is none. Chinese with the owner's answers, Japanese
 * ("ももももの") without, both as w3m draws them. */
static void test_old_dumps_b_doubled_name_longest_half(void **state)
{
	(void)state;
	static const char zh[] =
	    "美樹營地賞楓\n"
	    "\n"
	    "週末到山上的營地露營，雨後的楓葉格外鮮紅，晚上在帳篷裡煮了一鍋熱湯，大家圍著火堆聊天到深夜。\n"
	    "\n"
	    "留言列表 (3)\n"
	    "\n"
	    "  • #1 ● 面面面面於 2013/12/28 10:28\n"
	    "  • 面面\n"
	    "  • \n"
	    "    露營兼賞楓，好棒的生活\n"
	    "  • 謝謝小鳳的來訪！\n"
	    "\n"
	    "    史蒂文於 2014/01/01 20:31 回覆\n"
	    "\n"
	    "  • #2 ● 茜媽咪茜媽咪於 2013/12/28 10:42\n"
	    "  • 茜媽咪\n"
	    "  • \n"
	    "    嚮往大自然，再濕冷的天依舊衝衝衝\n"
	    "  • 茜媽咪晚安：\n"
	    "    您過獎了，我們只是喜歡拍照而已。\n"
	    "\n"
	    "    史蒂文於 2014/01/01 20:37 回覆\n"
	    "\n"
	    "  • #3 ● 青草青草於 2013/12/28 22:50\n"
	    "  • 青草\n"
	    "  • \n"
	    "    大哥晚安，今天路過營地，真的很美！\n"
	    "  • 青草晚安：明年算準時間再訪。\n"
	    "\n"
	    "    史蒂文於 2014/01/01 20:56 回覆\n";
	static const char ja[] =
	    "京都の紅葉\n"
	    "\n"
	    "週末に京都の山あいの寺を訪ねると境内のもみじが一面に色づいていました。石段を上るたびに赤と黄色の葉が重なり合いました。\n"
	    "\n"
	    "コメント (2)\n"
	    "\n"
	    "  • #1 ● ももももの 2013/11/28 10:28\n"
	    "  • もも\n"
	    "  • \n"
	    "    紅葉がきれいですね\n"
	    "  • #2 ● ささささの 2013/11/28 11:42\n"
	    "  • ささ\n"
	    "  • \n"
	    "    朝の光がすてきです\n";
	tt_thread *t = import_page(zh, sizeof zh - 1);
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->order[0]->author, "面面");
	assert_string_equal(t->order[1]->author, "史蒂文");
	tt_thread_free(t);
	t = import_page(ja, sizeof ja - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "もも");
	assert_string_equal(t->order[1]->author, "ささ");
	tt_thread_free(t);
}

/* A separator mark alone closing the name line ("bobbyiliev ・" over the
 * date, the mark the header sets between its fields), and two bare counts
 * after the name ("admindemo 0 0 on January 7, 2016", lynx's "admindemo
 * [23]0 [24]0": the post's likes and answers): no part of the name. */
static void test_round33_dumps_v_name_tails(void **state)
{
	(void)state;
	static const char mark[] =
	    "Remove ?page from query string\n"
	    "\n"
	    "I have added a drawer that uses a paginated list, and the page is appended to the URL.\n"
	    "\n"
	    "bobbyiliev \xE3\x83\xBB\n"
	    "\n"
	    "May 9th, 2024 05:18 AM\n"
	    "\n"
	    "Hey! I've not tested this but you could add the queryString property.\n"
	    "\n"
	    "haleemhosein \xE3\x83\xBB\n"
	    "\n"
	    "May 9th, 2024 05:49 AM\n"
	    "\n"
	    "Hi Bobby, thanks for replying. I tried it but no luck.\n"
	    "\n"
	    "bobbyiliev \xE3\x83\xBB\n"
	    "\n"
	    "May 9th, 2024 06:28 AM\n"
	    "\n"
	    "Ah yes indeed, I was unable to get that working on my end as well.\n";
	static const char counts[] =
	    "Neue Pakete f\xC3\xBCr beide Themes\n"
	    "\n"
	    "Heute stellen wir die neuen Pakete vor, mit mehr als zwanzig Prozent Rabatt auf alles.\n"
	    "\n"
	    "   [22]anna_k [23]0 [24]2 - 7. Januar 2016\n"
	    "\n"
	    "   Sehr sch\xC3\xB6n, danke f\xC3\xBCr die Nachricht.\n"
	    "\n"
	    "   [25]Peter M. [26]1 [27]0 - 8. Januar 2016\n"
	    "\n"
	    "   Gilt der Rabatt auch f\xC3\xBCr alte Lizenzen?\n";
	tt_thread *t = import_page(mark, sizeof mark - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "bobbyiliev");
	assert_string_equal(t->order[1]->author, "haleemhosein");
	assert_string_equal(t->order[1]->posted, "May 9th, 2024 05:49 AM");
	tt_thread_free(t);
	t = import_page(counts, sizeof counts - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "anna_k");
	assert_string_equal(t->order[1]->author, "Peter M.");
	assert_true(!strncmp(t->order[1]->body.v[0], "Gilt der Rabatt", 15));
	tt_thread_free(t);
}

/* Posts dated on their number's line ("1. 12-07-2011 #4951", vBulletin
 * 4's; lynx's "12-07-2011 [77]#4951"), the name under it past a flag's
 * image, then a member box of labels each over its value ("Join Date"
 * over "Jul 2008"), the text, and the buttons: every post is a comment,
 * the first too (a page of a long thread), its text past the last label's
 * value. */
static void test_round33_dumps_v_dated_post_numbers(void **state)
{
	(void)state;
	static const char en[] =
	    "Blu's thread of lols\n"
	    "\n"
	    "Results 4,951 to 4,975 of 7470\n"
	    "\n"
	    " 1. 12-07-2011 #4951\n"
	    "    MedicDog\n"
	    "      \xE2\x96\xA1 View Profile\n"
	    "      \xE2\x96\xA1 Private Message\n"
	    "    MedicDog is offline\n"
	    "    Forum Sage\n"
	    "   \n"
	    "    Join Date\n"
	    "        Jul 2008\n"
	    "    Posts\n"
	    "        8,974\n"
	    "   \n"
	    "        Imagine the guy driving down the wrong side of the road.\n"
	    "\n"
	    "    Reply With Quote\n"
	    " 2. Likes podsaurus wishes they had posted this first.\n"
	    " 3. 12-08-2011 #4952\n"
	    "    [united-sta]\n"
	    "    Ixion\n"
	    "      \xE2\x96\xA1 View Profile\n"
	    "      \xE2\x96\xA1 Private Message\n"
	    "    Ixion is offline\n"
	    "    Supreme Veteran\n"
	    "   \n"
	    "    Join Date\n"
	    "        Nov 2005\n"
	    "    Posts\n"
	    "        19,683\n"
	    "   \n"
	    "        What I'd like to do with some people.\n"
	    "\n"
	    "    Reply With Quote\n"
	    " 4. 12-08-2011 #4953\n"
	    "    BBK..\n"
	    "      \xE2\x96\xA1 View Profile\n"
	    "      \xE2\x96\xA1 Private Message\n"
	    "    BBK.. is online now\n"
	    "    Forum Sage\n"
	    "   \n"
	    "    Join Date\n"
	    "        Oct 2008\n"
	    "    Posts\n"
	    "        8,401\n"
	    "   \n"
	    "        Can people please stop calling them next gen.\n"
	    "\n"
	    "    Reply With Quote\n";
	static const char de[] =
	    "Welches Werkzeug f\xC3\xBCr den Garten?\n"
	    "\n"
	    "Seite 3 von 9\n"
	    "\n"
	    "   1. 14.03.2019, 10:15 [45]#21\n"
	    "      [46]gartenfee\n"
	    "      Erfahrener Benutzer\n"
	    "\n"
	    "        Registriert seit\n"
	    "                M\xC3\xA4rz 2015\n"
	    "\n"
	    "        Beitr\xC3\xA4ge\n"
	    "                1.234\n"
	    "\n"
	    "     Ich nehme seit Jahren dieselbe Hacke, sie h\xC3\xA4lt ewig.\n"
	    "       [47]Zitieren\n"
	    "   2. 14.03.2019, 11:02 [48]#22\n"
	    "      [49]Rolf_B\n"
	    "      Benutzer\n"
	    "\n"
	    "        Registriert seit\n"
	    "                Mai 2018\n"
	    "\n"
	    "        Beitr\xC3\xA4ge\n"
	    "                87\n"
	    "\n"
	    "     Welche Marke denn?\n"
	    "       [50]Zitieren\n"
	    "   3. 15.03.2019, 08:40 [51]#23\n"
	    "      [52]gartenfee\n"
	    "      Erfahrener Benutzer\n"
	    "\n"
	    "        Registriert seit\n"
	    "                M\xC3\xA4rz 2015\n"
	    "\n"
	    "        Beitr\xC3\xA4ge\n"
	    "                1.235\n"
	    "\n"
	    "     Eine alte vom Flohmarkt, ohne Namen.\n"
	    "       [53]Zitieren\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "MedicDog");
	assert_string_equal(t->order[0]->posted, "12-07-2011");
	assert_string_equal(t->order[1]->author, "Ixion");
	assert_string_equal(t->order[2]->author, "BBK..");
	assert_true(!strncmp(t->order[0]->body.v[0], "Imagine the guy", 15));
	assert_true(!strncmp(t->order[2]->body.v[0], "Can people", 10));
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "gartenfee");
	assert_string_equal(t->order[1]->author, "Rolf_B");
	assert_string_equal(t->order[1]->posted, "14.03.2019, 11:02");
	assert_true(!strncmp(t->order[0]->body.v[0], "Ich nehme", 9));
	assert_true(!strncmp(t->order[1]->body.v[0], "Welche Marke", 12));
	tt_thread_free(t);
}

/* A vBulletin 4 thread's first page in w3m's dump (round 41): "#1" is
 * the topic's opening post, no comment; the buttons' line holds a count
 * that differs from post to post ("Reply With Quote 1 Not allowed!"), a
 * line of the template all the same; a quotation's title as the text
 * browser draws it ("Quote Originally Posted by NAME View Post": the
 * icon's alt text, the button's) is "> Originally Posted by NAME", the
 * lines of the quoted post under it its quotation, and the post answers
 * NAME's (the topic's writer's: no one's); a title naming a writer with no
 * post on the page ends where the page's other titles end ("View Post").
 * The posts quoting the topic hold its lines: no lines of the template. */
#define VB_POST(N, WHEN, NAME, POSTS, TEXT, VOTES)                                                \
	" " N ". 11-2" WHEN " PM #" N "\n    " NAME "\n      \xE2\x96\xA1 View Profile\n"         \
	"    " NAME " is offline Member\n\n    Join Date\n        Aug 2004\n    Posts\n"            \
	"        " POSTS "\n   \n" TEXT "\n    [progress] Reply With Quote Reply With Quote   "    \
	VOTES " Not allowed!\n    \xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
static void test_stamped_opening_post_quotes(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Thread: Which host?\n\nResults 1 to 5 of 5\n\n"
	    VB_POST("1", "9-2024, 09:03", "HOSTLAR", "3",
	            "        Hello\n\n        What do you look at when you buy hosting?\n\n"
	            "        Regards.", "0")
	    VB_POST("2", "9-2024, 01:50", "1Ali", "8,197",
	            "        Quote Originally Posted by HOSTLAR View Post\n        Hello\n\n"
	            "        What do you look at when you buy hosting?\n\n        Regards.\n"
	            "        Phone support.", "1")
	    VB_POST("3", "9-2024, 02:43", "fullarton", "90",
	            "        Quote Originally Posted by HOSTLAR View Post\n"
	            "        What do you look at when you buy hosting?\n"
	            "        Confidence that the supplier will serve well. Price comes second.", "2")
	    VB_POST("4", "9-2024, 04:40", "domaincart", "4,710",
	            "        Quote Originally Posted by fullarton View Post\n"
	            "        Confidence that the supplier will serve well.\n"
	            "        Support matters most to me.", "0")
	    VB_POST("5", "9-2024, 05:10", "ezhost100", "12",
	            "        Quote Originally Posted by Nobody Here View Post\n"
	            "        An old question from elsewhere.\n"
	            "        Uptime, then price.", "3");
	tt_thread *t = import_page(w3m, sizeof w3m - 1);
	static const char *const who[] = {"1Ali", "fullarton", "domaincart", "ezhost100"};
	static const unsigned depth[] = {0, 0, 1, 0};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	const tt_comment *c = t->order[0];
	assert_string_equal(c->body.v[0], "> Originally Posted by HOSTLAR");
	assert_string_equal(c->body.v[1], "> Hello");
	assert_string_equal(c->body.v[c->body.n - 1], "Phone support.");
	assert_string_equal(c->body.v[c->body.n - 2], "> Regards.");
	c = t->order[2]; /* the one quoting fullarton */
	assert_string_equal(c->body.v[0], "> Originally Posted by fullarton");
	assert_string_equal(c->body.v[c->body.n - 1], "Support matters most to me.");
	c = t->order[3];
	assert_string_equal(c->body.v[0], "> Originally Posted by Nobody Here");
	assert_string_equal(t->order[1]->body.v[t->order[1]->body.n - 1],
	                    "Confidence that the supplier will serve well. Price comes second.");
	/* (a sentence of the quoted post's line is the quotation's) */
	assert_string_equal(t->order[2]->body.v[1], "> Confidence that the supplier will serve well.");
	tt_thread_free(t);
}
#undef VB_POST

/* The same in lynx's dump (rounds 34 and 41): the text left of the name's
 * column, a formula's lines further left still; a label some members'
 * boxes show alone ("Thanks" over "1574") is the box's; the rule under the
 * buttons is no label's value; and a quotation's "View Post" is a link to
 * the post quoted (lynx's list of references gives both addresses): the
 * post answers that one, not its writer's latest. */
#define VL_POST(N, REF, WHEN, NAME, EXTRA, TEXT)                                                  \
	"   " N ". April " WHEN " [" REF "0]#" N "\n       [" REF "1]" NAME "\n"                       \
	"       " NAME " is offline\n       Member\n         ______________________________\n\n"    \
	"        Joined\n                Oct 200" N "\n\n        Posts\n                12" N   \
	"\n\n"                                                                                     \
	EXTRA TEXT "\n\n     Follow the forum on [" REF "2]Facebook\n"                             \
	"         ______________________________\n\n"
static void test_stamped_lynx_quote_links(void **state)
{
	(void)state;
	static const char lynx[] =
	    "Continuous functions\n\n"
	    VL_POST("1", "3", "8th 2009, 09:51 PM", "noles", "",
	            "     Prove that the square root is continuous.")
	    VL_POST("2", "4", "9th 2009, 07:59 AM", "xalk",
	            "        Thanks\n                1574\n\n",
	            "     Use the limit at each point.\n   \\lim_{x\\rightarrow c}{f(x)} = f(c)")
	    /* (one post's box at the text's column, as lynx draws some) */
	    "   3. April 9th 2009, 03:54 PM [50]#3\n\n   [51]Plato\n   Plato is offline\n"
	    "   Member\n     ______________________________\n\n   Joined\n          Aug 2006\n\n"
	    "   Posts\n          18,605\n\n   Thanks\n          1574\n\n   Awards\n          1\n\n"
	    "   The answer above is incomplete.\n\n   Follow the forum on [52]Facebook\n"
	    "     __________________________________\n\n"
	    VL_POST("4", "6", "9th 2009, 06:45 PM", "xalk", "",
	            "     Fine, I take that back.")
	    VL_POST("5", "7", "10th 2009, 12:10 AM", "Opalg", "",
	            "     Quote Originally Posted by xalk [99]View Post\n"
	            "     Use the limit at each point.\n     Both of you are right.")
	    "References\n\n   30. https://forum.example/t.php?p=301#post301\n"
	    "   40. https://forum.example/t.php?p=302#post302\n"
	    "   50. https://forum.example/t.php?p=303#post303\n"
	    "   60. https://forum.example/t.php?p=304#post304\n"
	    "   70. https://forum.example/t.php?p=305#post305\n"
	    "   99. https://forum.example/t.php?p=302#post302\n";
	tt_thread *t = import_page(lynx, sizeof lynx - 1);
	static const char *const who[] = {"xalk", "Opalg", "Plato", "xalk"};
	static const unsigned depth[] = {0, 1, 0, 0};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(t->order[i]->author, who[i]);
		assert_int_equal(t->order[i]->depth, depth[i]);
	}
	assert_true(!strncmp(t->order[0]->body.v[0], "Use the limit at each point. \\lim", 33));
	assert_string_equal(t->order[1]->body.v[0], "> Originally Posted by xalk");
	assert_string_equal(t->order[1]->body.v[1], "> Use the limit at each point.");
	assert_string_equal(t->order[2]->body.v[0], "The answer above is incomplete.");
	tt_thread_free(t);
}
#undef VL_POST

/* Ages in a count and a unit's letter alone on their lines ("2y", "3mo",
 * "5d": Wall Street Oasis's headers, round 41) are the headers' dates on a
 * page that shows three such, one of a day or longer, as "2 years" is;
 * two are not enough. */
static void test_compact_ages(void **state)
{
	(void)state;
	static const char three[] = "Which firm?\n\nA question about consulting, long enough to be "
	                            "an article paragraph of its own.\n\nanna\n2y\n\nFirst words "
	                            "of a comment.\n\nben\n3mo\n\nSecond words of a comment.\n\n"
	                            "cleo\n5d\n\nThird words of a comment.\n";
	tt_thread *t = import_page(three, sizeof three - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "ben");
	assert_string_equal(t->order[1]->posted, "3mo");
	assert_string_equal(t->order[2]->body.v[0], "Third words of a comment.");
	tt_thread_free(t);
	static const char two[] = "Which firm?\n\nA question about consulting, long enough to be "
	                          "an article paragraph of its own.\n\nanna\n2y\n\nFirst words "
	                          "of a comment.\n\nben\n3mo\n\nSecond words of a comment.\n";
	t = import_page(two, sizeof two - 1);
	assert_int_equal(t->ncomments, 0);
	tt_thread_free(t);
}

/* Posts under "SUBJECT by NAME: DATE" headings (Nairaland: the clock
 * first, "On", the day, this year's without the year; a star after an
 * edited post's time and, wrapped under it, the edit's "Modified:" time):
 * the first heading's post, answered by "Re: SUBJECT", the topic's, no
 * comment; a quotation titled "NAME:" answers NAME's latest post. */
static void test_subject_by_name_posts(void **state)
{
	(void)state;
	static const char page[] =
	    "Boat Forum\n\nWelcome, Guest: Register \xE2\x80\xA2 Login \xE2\x80\xA2 Trending\n\n"
	    "Stats: 3,313 members, 8,365 topics. Date: Thursday, 05 March 2026 at 01:16 PM\n\n"
	    "Oars - Boats - Forum\n\nForum \xE2\x80\xBA Boats \xE2\x80\xBA Oars (131 Views)\n\n"
	    "Oars by Ade: 3:21pm On Mar 09, 2023\nWhich wood makes the best oars? Mine are old and "
	    "cracked along the loom, and the blades\nhave split where they meet the water. I row "
	    "most mornings on the lagoon, in all weathers,\nand I would like a pair that lasts more "
	    "than two seasons this time.\nShare\n\n"
	    "Re: Oars by Bola: 9:43pm On Dec 09, 2023\nAsh lasts the longest if you oil it every "
	    "spring.\nShare\n\n"
	    "Re: Oars by Chidi: 2:55pm On Dec 10, 2023*. Modified:\n10:31am On Dec 11, 2023\n"
	    "Spruce is lighter, though it splinters on the rocks.\nShare\n\n"
	    "Re: Oars by Ade: 3:40pm On Jan 21\n    Bola:\n    Ash lasts the longest if you oil it "
	    "every spring.\n\nThen ash it is, from the yard by the river.\nShare\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	/* (in the thread's order: Ade's answer under Bola's post) */
	static const char *const who[] = {"Bola", "Ade", "Chidi"};
	static const char *const when[] = {"9:43pm On Dec 09, 2023", "3:40pm On Jan 21",
	                                   "2:55pm On Dec 10, 2023"};
	static const unsigned depth[] = {0, 1, 0};
	check_tree(t, 3, who, depth, 0);
	check_posted(t, 3, when);
	assert_string_equal(t->order[2]->body.v[0],
	                    "Spruce is lighter, though it splinters on the rocks.");
	assert_true(!strncmp(t->order[1]->body.v[0], "> Bola:", 7));
	tt_thread_free(t);
}

/* Messages under a name twice (an avatar's alt text, the name), the
 * member's rank and the date ("Maredioa" / "Maredioa" / "Niveau 100" /
 * DATE, jeuxvideo.com), chat lines and pictures' addresses before any
 * prose: every such header opens a message, the first ones too; in
 * lynx's dump a quotation indented two columns under its title ("[4]Le 02
 * juin 2026 à 22:26:37 Anna a écrit :") is quoted, the link's number
 * left out. */
/* One dump of ranked stacked messages: w3m's (column 0, a blank line
 * after each text) or lynx's (column 3, none; the quotation two columns
 * in, its title a link, the list of references under the page). */
static tt_thread *ranked_page(int lynx)
{
	static const char *const who[] = {"Anna", "Bruno", "Chloe", "Denis", "Bruno"};
	static const char *const said[] = {
	    "SPLIT", "le douzieme split", "encore un split", "trop bien le split",
	    "Et voila, tout le monde est arrive ! Le topic tiendra bien jusqu'a demain soir, "
	    "comme le precedent. Bonne nuit a tous."};
	const char *in = lynx ? "   " : "", *gap = lynx ? "" : "\n";
	char page[8192];
	int n = snprintf(page, sizeof page, "Forum\n\n%sListe des sujets\n\n%s[Blabla] Le split\n\n",
	                 in, in);
	for (int i = 0; i < 5; i++) {
		n += snprintf(page + n, sizeof page - (size_t)n,
		              "%s%s\n%s%s\n%sNiveau %d\n%s02 juin 2026 \xC3\xA0 22:2%d:06\n\n", in, who[i], in,
		              who[i], in, 10 + i, in, i);
		if (i == 3)
			n += snprintf(page + n, sizeof page - (size_t)n,
			              "%s  %sLe 02 juin 2026 \xC3\xA0 22:21:06 Bruno a \xC3\xA9" "crit :\n%s  %sle "
			              "douzieme split\n\n",
			              in, lynx ? "[4]" : "  ", in, lynx ? "" : "  ");
		n += snprintf(page + n, sizeof page - (size_t)n, "%s%s\n%s", in, said[i], gap);
	}
	if (lynx)
		snprintf(page + n, sizeof page - (size_t)n,
		         "\nReferences\n\n   1. https://forum.example/\n   4. https://forum.example/m/1\n");
	return import_page(page, strlen(page));
}

/* Messages under a name twice (an avatar's alt text, the name), the
 * member's rank and the date ("Maredioa" / "Maredioa" / "Niveau 100" /
 * DATE, jeuxvideo.com), chat lines before any prose: every such header
 * opens a message, the first ones too; a quotation opening a message is
 * quoted, in lynx's dump too, where it stands two columns in under its
 * title, a link whose number is left out; its title names Bruno's message
 * of that date, which it answers (test_said_titles_in_dumps). */
static void test_ranked_stacked_headers(void **state)
{
	(void)state;
	static const char *const who[] = {"Anna", "Bruno", "Denis", "Chloe", "Bruno"};
	static const unsigned depth[] = {0, 0, 1, 0, 0};
	for (int lynx = 0; lynx < 2; lynx++) {
		tt_thread *t = ranked_page(lynx);
		assert_int_equal(t->ncomments, 5);
		check_tree(t, 5, who, depth, 0);
		assert_string_equal(t->order[3]->posted, "02 juin 2026 \xC3\xA0 22:22:06");
		assert_true(t->order[2]->body.n >= 2);
		assert_true(!strncmp(t->order[2]->body.v[0],
		                     "> Le 02 juin 2026 \xC3\xA0 22:21:06 Bruno a \xC3\xA9"
		                     "crit :",
		                     38));
		assert_string_equal(t->order[2]->body.v[t->order[2]->body.n - 1],
		                    "trop bien le split");
		tt_thread_free(t);
	}
}

/* Floors numbered over their writer's name and reply button ("#2 -
 * 2020-5-4 10:50" / a line of a no-break space / "valar 回复 (MOTTO)"),
 * the answers in a floor numbered by levels ("#2-1", "咔咔鸟回复", the
 * button run into a CJK name): each a comment, an answer under its
 * floor, the name without its button and motto. */
static void test_numbered_floors_over_buttons(void **state)
{
	(void)state;
	static const char page[] =
	    "Group topic\n\nWho wants to chat about the weather and the boats on the river "
	    "tonight? Everybody is welcome here.\n\n"
	    "#2 - 2020-5-4 10:50\n\xC2\xA0\nvalar \xE5\x9B\x9E\xE5\xA4\x8D (rain or shine)\n"
	    "what is xsb\n"
	    "#2-1 - 2020-5-4 10:58\n\xC2\xA0\n\xE5\x92\x94\xE5\x92\x94\xE9\xB8\x9F\xE5\x9B\x9E\xE5\xA4\x8D\n"
	    "a small cup\n"
	    "#3 - 2020-5-4 11:07\n\xC2\xA0\nbrad \xE5\x9B\x9E\xE5\xA4\x8D\nthe avatar is calm\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const who[] = {"valar", "\xE5\x92\x94\xE5\x92\x94\xE9\xB8\x9F", "brad"};
	static const char *const when[] = {"2020-5-4 10:50", "2020-5-4 10:58", "2020-5-4 11:07"};
	static const unsigned depth[] = {0, 1, 0};
	check_tree(t, 3, who, depth, 0);
	check_posted(t, 3, when);
	assert_string_equal(t->order[1]->body.v[0], "a small cup");
	tt_thread_free(t);
}

/* Messages headed "NAME AGE#N" (GameFAQs: the message's number run into
 * the age), a quotation titled "NAME posted..." over the words indented,
 * and the board's list of other topics under the last message ("More
 * Topics from this Board", each with its count and date): the number no
 * part of the time, the quoting message under the message quoted, no
 * topic of the list a comment. */
static void test_board_messages(void **state)
{
	(void)state;
	static const char page[] =
	    "Boards\n\nShowcase Discussion\n\nThe showcase starts in one hour, no stream link this "
	    "time. Watch it on the channel.\n\n"
	    "Lion 2 years ago#1\nI expect a remake of the old racing game, finally.\n"
	    "Monkey 2 years ago#2\nThe timing is early, so it will be a big one.\n"
	    "Guyver 2 years ago#3\nI'm ready!!\n"
	    "Warrior 2 years ago#4\nGuyver posted...\n\n    I'm ready!!\n\nLaughed way too hard at "
	    "this.\n"
	    "Skier 2 years ago#5\nKart racing with cats, here we come!\n\n"
	    "More Topics from this Board\n\n 1. Random thoughts thread number nine\n    435 posts, "
	    "3/4 9:31PM\n 2. A collection coming February 26\n    30 posts, 2/2 10:23PM\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 5);
	static const char *const who[] = {"Lion", "Monkey", "Guyver", "Warrior", "Skier"};
	static const unsigned depth[] = {0, 0, 0, 1, 0};
	static const char *const ago[] = {"2 years ago", "2 years ago", "2 years ago",
	                                  "2 years ago", "2 years ago"};
	check_tree(t, 5, who, depth, 0);
	check_posted(t, 5, ago);
	assert_string_equal(t->order[3]->body.v[0], "> Guyver posted...");
	tt_thread_free(t);
}

/* Replies as a text browser draws a thread of "NAME · DATE" lines over
 * the words, each line glued to the words above it, lynx drawing the
 * post's menu button "(BUTTON)" under it; one reply quoting a post under
 * that post's own line, repeated word for word (Mumsnet): the lines head
 * the words under them (a button is no text that would make them sign
 * the words above), and the repeated line and the words it quotes are a
 * quotation, the reply one level under the post quoted. */
static void test_quoted_post_lines(void **state)
{
	(void)state;
	static const char page[] =
	    "   Your favourite lowish cost family meals\n"
	    "\n"
	    "   I need to shave a substantial amount of our monthly food bill and the easiest way "
	    "will\n"
	    "   be by reducing the spend we make on evening meals. Most evening meals cost us a "
	    "lot.\n"
	    "\n"
	    "   Please can you list any top meals you make that come in as quite budget? Happy to "
	    "do some\n"
	    "   veggie but mostly meat or fish ideally.\n"
	    "   OP posts: (BUTTON) See next (BUTTON) See all\n"
	    "   keepingsanity \xC2\xB7 03/03/2026 19:49\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   Big pack of chicken thighs as a tray bake, serve with rice or similar,\n"
	    "   peppers, mushrooms, tomatoes, anything chucked in.\n"
	    "   FolioQuarto \xC2\xB7 03/03/2026 19:53\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   My kids would have eaten jacket potatoes every night of the week\n"
	    "   given the chance, with cheese and beans.\n"
	    "   Seaside3 \xC2\xB7 03/03/2026 20:20\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   Not a meal as such, but pulses have become my best friend this year.\n"
	    "   Try adding a tin of lentils to your beef.\n"
	    "   Mydahliasareshit \xC2\xB7 03/03/2026 20:24\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   Look up the old cookbook for students, it is a classic for this,\n"
	    "   and it is all delicious.\n"
	    "   StillSpartacus \xC2\xB7 03/03/2026 20:51\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   Seaside3 \xC2\xB7 03/03/2026 20:20\n"
	    "\n"
	    "   Not a meal as such, but pulses have become my best friend this year.\n"
	    "   Try adding a tin of lentils to your beef.\n"
	    "\n"
	    "   I agree with pulses, they stretch the meat further.\n"
	    "   longshot \xC2\xB7 03/03/2026 20:53\n"
	    "   (BUTTON)\n"
	    "\n"
	    "   These are great ideas, thank you all so much for them, I will\n"
	    "   try a few this week!\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 6);
	static const char *const tree[] = {"keepingsanity",  "FolioQuarto",      "Seaside3",
	                                   "StillSpartacus", "Mydahliasareshit", "longshot"};
	static const unsigned depth[] = {0, 0, 0, 1, 0, 0};
	check_tree(t, 6, tree, depth, 0);
	assert_string_equal(
	    t->order[0]->body.v[0],
	    "Big pack of chicken thighs as a tray bake, serve with rice or similar,\n"
	    "peppers, mushrooms, tomatoes, anything chucked in.");
	assert_string_equal(t->order[3]->body.v[0], "> Seaside3 \xC2\xB7 03/03/2026 20:20");
	assert_true(!strncmp(t->order[3]->body.v[1], "> Not a meal as such", 20));
	assert_string_equal(t->order[3]->body.v[2],
	                    "I agree with pulses, they stretch the meat further.");
	tt_thread_free(t);
}

/* A forum's posts as w3m draws Tapatalk's phpBB: the member's card drawn
 * twice (name, count of posts, rank, name, count), then the date shown
 * run into the post's number and the hidden machine form ("Apr 04,
 * 2009#32009-04-04T22:32+00:00"), a quotation's title run into the
 * quoted words ("aquatic hoyt wrote:with fish..."): the date is the
 * shown one, the name the one over the count, the quotation's title a
 * paragraph of its own and the post one level under the writer quoted. */
static void test_cards_over_run_in_dates(void **state)
{
	(void)state;
	static const char page[] =
	    "What to look for before purchasing new fish\n"
	    "\n"
	    "AquaCare\n"
	    "\n"
	    "Aug 08, 2006#12006-08-08T22:13+00:00\n"
	    "\n"
	    "I get asked quite often, especially by beginning aquarists, what it is they should be "
	    "looking\n"
	    "for when purchasing a new fish. Here is a list of suggestions to get us started.\n"
	    "\n"
	    "1) Look at the general condition of all the animals in the tank. They should have "
	    "decent color,\n"
	    "free of patchy areas, and look well fed but not bloated.\n"
	    "\n"
	    "2) Check for the common diseases and parasites such as ich, velvet, fin rot and pop "
	    "eye. If you\n"
	    "see any fish in the tank with any of these, all the fish in the tank are suspect.\n"
	    "\n"
	    "3) Ask what pH and temperature the fish are being kept at, and watch the person "
	    "catching them.\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	    "\n"
	    " \n"
	    "Flameblade\n"
	    "516\n"
	    "MemberMember\n"
	    " \n"
	    "Flameblade\n"
	    "516\n"
	    "\n"
	    "Apr 04, 2009#32009-04-04T22:32+00:00\n"
	    "\n"
	    "lol, that would be sad if somebody added those to an established tank\n"
	    "thinking the fish were sparkly.\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	    "\n"
	    " \n"
	    "Diana\n"
	    "1,267\n"
	    "MemberMember\n"
	    " \n"
	    "Diana\n"
	    "1,267\n"
	    "\n"
	    "Mar 23, 2011#52011-03-23T04:22+00:00\n"
	    "\n"
	    "Have a quarantine tank set up or ready to set up. Never add new fish\n"
	    "to your main tank right away.\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	    "\n"
	    " \n"
	    "aquatic hoyt\n"
	    "313\n"
	    "MemberMember\n"
	    " \n"
	    "aquatic hoyt\n"
	    "313\n"
	    "\n"
	    "Jul 08, 2013#62013-07-08T11:38+00:00\n"
	    "\n"
	    "with fish make sure they have been in store for awhile before you\n"
	    "buy them.\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	    "\n"
	    " \n"
	    "C. Andrew Nelson\n"
	    "1,342\n"
	    "MemberMember\n"
	    " \n"
	    "C. Andrew Nelson\n"
	    "1,342\n"
	    "\n"
	    "Jul 11, 2013#92013-07-11T21:14+00:00\n"
	    "\n"
	    "    aquatic hoyt wrote:with fish make sure they have been in store for awhile before\n"
	    "    you buy them.\n"
	    "\n"
	    "Good point! My store puts all their fish through a month of\n"
	    "quarantine.\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	    "\n"
	    " \n"
	    "Crazygar\n"
	    "18K119\n"
	    "MemberMember\n"
	    " \n"
	    "Crazygar\n"
	    "18K119\n"
	    "\n"
	    "Jul 14, 2013#112013-07-14T14:19+00:00\n"
	    "\n"
	    "What I do is have them tape the corners of the bag so the fish\n"
	    "do not get caught in them.\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	    "\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 5);
	static const char *const who[] = {"Flameblade", "Diana", "aquatic hoyt", "C. Andrew Nelson",
	                                  "Crazygar"};
	static const unsigned depth[] = {0, 0, 0, 1, 0};
	static const char *const when[] = {"Apr 04, 2009", "Mar 23, 2011", "Jul 08, 2013",
	                                   "Jul 11, 2013", "Jul 14, 2013"};
	check_tree(t, 5, who, depth, 0);
	check_posted(t, 5, when);
	assert_string_equal(t->order[3]->body.v[0], "> aquatic hoyt wrote:");
	assert_true(!strncmp(t->order[3]->body.v[1], "> with fish make sure", 21));
	tt_thread_free(t);
}

/* Posts as w3m draws MyBB 1.8's: the member's box, "#N" over the date,
 * the date an ISO day with a 12-hour clock ("2019-02-24, 05:31 PM"), an
 * edit's note in brackets after some dates, running on to the next line
 * ("(This post was last modified: ... Edited 1 time in total.)"): each
 * post a comment but the topic's, the dates read, the noted ones too. */
static void test_numbered_posts_noted_dates(void **state)
{
	(void)state;
	static const char page[] =
	    "Threaded Mode\n"
	    "SMF vs MyBB? What are the differences?\n"
	    "\n"
	    "[avatar]\n"
	    "StarredSkies Offline\n"
	    "\n"
	    "Big Board Owner\n"
	    "\n"
	    "Posts: 116\n"
	    "Threads: 11\n"
	    "Joined: Feb 2019\n"
	    "Reputation: 1\n"
	    "#1\n"
	    "2019-02-23, 09:14 PM (This post was last modified: 2024-01-05, 03:27 AM by "
	    "StarredSkies. Edited 1\n"
	    "time in total.)\n"
	    "I've read through a few of these threads but they've all been outdated. Apologies if "
	    "this\n"
	    "isn't the right spot!\n"
	    "Find\n"
	    "Reply\n"
	    "[avatar]\n"
	    "User 37079 Offline\n"
	    "\n"
	    "Posts: 96\n"
	    "Threads: 11\n"
	    "Joined: Feb 2019\n"
	    "Reputation: 1\n"
	    "#2\n"
	    "2019-02-24, 02:31 AM\n"
	    "Why not try it out, if able that is.\n"
	    "\n"
	    "Haven't used SMF for a very long time, so can not help there.\n"
	    "Find\n"
	    "Reply\n"
	    "[avatar]\n"
	    "StarredSkies Offline\n"
	    "\n"
	    "Big Board Owner\n"
	    "\n"
	    "Posts: 116\n"
	    "Threads: 11\n"
	    "Joined: Feb 2019\n"
	    "Reputation: 1\n"
	    "#3\n"
	    "2019-02-24, 05:31 PM\n"
	    "The problem is that to test it, I'd most definitely have to transfer files over from "
	    "my\n"
	    "current forum.\n"
	    "Find\n"
	    "Reply\n"
	    "[avatar]\n"
	    "vbgamer45 Offline\n"
	    "\n"
	    "Developer\n"
	    "\n"
	    "Posts: 3,120\n"
	    "Threads: 11\n"
	    "Joined: Feb 2019\n"
	    "Reputation: 1\n"
	    "#4\n"
	    "2024-01-05, 03:34 AM (This post was last modified: 2024-01-05, 03:34 AM by "
	    "vbgamer45.)\n"
	    "If you have any issues please post, we can help with the conversion.\n"
	    "Find\n"
	    "Reply\n"
	    "[avatar]\n"
	    "dragonexpert Offline\n"
	    "\n"
	    "Developer\n"
	    "\n"
	    "Posts: 2,205\n"
	    "Threads: 11\n"
	    "Joined: Feb 2019\n"
	    "Reputation: 1\n"
	    "#5\n"
	    "2024-01-09, 08:49 AM\n"
	    "The last time I used SMF was many years ago so it is hard to compare the two.\n"
	    "Find\n"
	    "Reply\n"
	    "\xC2\xAB Next Oldest | Next Newest \xC2\xBB\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 4);
	static const char *const who[] = {"User 37079", "StarredSkies", "vbgamer45",
	                                  "dragonexpert"};
	static const unsigned depth[] = {0, 0, 0, 0};
	static const char *const when[] = {"2019-02-24, 02:31 AM", "2019-02-24, 05:31 PM",
	                                   "2024-01-05, 03:34 AM", "2024-01-09, 08:49 AM"};
	check_tree(t, 4, who, depth, 0);
	check_posted(t, 4, when);
	assert_string_equal(t->order[1]->time, "2019-02-24T17:31");
	tt_thread_free(t);
}

/* An image board's thread as the text browsers draw it (Futaba's): each
 * reply a line "… [ ]SUBJECT Name NAME DATE No.N del" (lynx's "[17]del",
 * "Name [21]NAME" where the name links to mail), every name the board's
 * default one, the words under it, a picture's file line and size over
 * them in some: the name after its label is the writer's, though all
 * share it; the post's number and button no part of the date; the
 * picture's lines no words. */
static void board_page(char *page, size_t cap, int lynx)
{
	static const char *const said[] =
	    {
	        "\xE3\x82\xB9\xE3\x83\x88\xE3\x83\xAC\xE3\x83\xBC\xE3\x82\xB8\xE3\x81\xAB\xE3\x81"
	        "\x86", /* ストレージにう */
	        "\xE4\xBF\xBA\xE3\x81\xAF\xE3\x82\xA2\xE3\x82\xA4\xE3\x83\xB3", /* 俺はアイン */
	        "\xE6\xAD\xBB\xE3\x81\xAD",                                     /* 死ね */
	        "\xE6\x99\x82\xE4\xBB\xA3\xE3\x81\xAF"};                        /* 時代は */
	int n =
	    snprintf(page, cap,
	             "\xE4\xBA\x8C\xE6\xAC\xA1\xE5\x85\x83\xE8\xA3\x8F\n\n"
	             "%s\xE7\x94\xBB\xE5\x83\x8F\xE3\x83\x95\xE3\x82\xA1\xE3\x82\xA4\xE3\x83\xAB"
	             "\xE5\x90\x8D\xEF\xBC\x9A"
	             "1267226534116.jpg-(13014 B)\n"
	             "%s13014 B[ ]\xE7\x84\xA1\xE5\xBF\xB5 Name \xE3\x81\xA8\xE3\x81\x97\xE3\x81"
	             "\x82\xE3\x81\x8D 10/02/27(\xE5\x9C\x9F)08:22:14 No.13042338 del "
	             "28\xE6\x97\xA5"
	             "08:24\xE9\xA0\x83\xE6\xB6\x88\xE3\x81\x88\xE3\x81\xBE"
	             "\xE3\x81\x99\n\n" /* (28日08:24頃消えます, when the thread goes) */
	             "%s\xE3\x81\x9D\xE3\x82\x8D\xE3\x81\x9D\xE3\x82\x8D\xE3\x83\x9E\xE3\x82\xB8"
	             "\xE3\x83\xAC\xE3\x82\xB9\xE3\x83\x95\xE3\x82\xA9\xE3\x83\xAB\xE3\x83\x80\n\n",
	             lynx ? "   " : "", lynx ? "   " : "", lynx ? "     " : "    ");
	for (int i = 0; i < 4; i++) {
		n += snprintf(
		    page + n, cap - (size_t)n,
		    "%s\xE2\x80\xA6 [ ]%s\xE7\x84\xA1\xE5\xBF\xB5 Name %s\xE3\x81\xA8\xE3\x81"
		    "\x97\xE3\x81\x82\xE3\x81\x8D 10/02/27(\xE5\x9C\x9F)1%d:26:00 "
		    "No.1304234%d %sdel\n",
		    lynx ? "   " : "", lynx ? " " : "", lynx && i == 2 ? "[21]" : "", i + 1, i,
		    lynx ? "[17]" : "");
		if (i == 1 || i == 3)
			n += snprintf(page + n, cap - (size_t)n,
			              "       %s126722701%d.jpg-(42479 B) "
			              "\xE3\x82\xB5\xE3\x83\xA0\xE3\x83\x8D"
			              "\xE8\xA1\xA8\xE7\xA4\xBA\n   %s42479 B\n",
			              lynx ? "[19]" : "", i, lynx ? "[20]" : "");
		n += snprintf(page + n, cap - (size_t)n, "\n%s%s\n\n", lynx ? "     " : "       ",
		              said[i]);
	}
}

static void test_image_board_dumps(void **state)
{
	(void)state;
	static const char *const first[] = {
	    "\xE3\x82\xB9\xE3\x83\x88\xE3\x83\xAC\xE3\x83\xBC\xE3\x82\xB8\xE3\x81\xAB\xE3\x81\x86",
	    "\xE4\xBF\xBA\xE3\x81\xAF\xE3\x82\xA2\xE3\x82\xA4\xE3\x83\xB3",
	    "\xE6\xAD\xBB\xE3\x81\xAD", "\xE6\x99\x82\xE4\xBB\xA3\xE3\x81\xAF"};
	static const char *const when[] = {
	    "10/02/27(\xE5\x9C\x9F)11:26:00", "10/02/27(\xE5\x9C\x9F)12:26:00",
	    "10/02/27(\xE5\x9C\x9F)13:26:00", "10/02/27(\xE5\x9C\x9F)14:26:00"};
	char page[8192];
	for (int lynx = 0; lynx < 2; lynx++) {
		board_page(page, sizeof page, lynx);
		tt_thread *t = import_page(page, strlen(page));
		assert_int_equal(t->ncomments, 4);
		for (size_t i = 0; i < 4; i++) {
			assert_non_null(t->order[i]->author);
			assert_string_equal(t->order[i]->author,
			                    "\xE3\x81\xA8\xE3\x81\x97\xE3\x81\x82\xE3\x81\x8D");
		}
		check_posted(t, 4, when);
		check_first_words(t, 4, first);
		assert_string_equal(t->order[0]->time, "2010-02-27T11:26:00");
		tt_thread_free(t);
	}
}

/* A thread's flat view, newest first, as a table of two columns (AMSEL's
 * forum): the writer's name beside the thread's title, which every
 * message repeats, and the date beside the words. w3m draws both cells of
 * a row side by side; lynx draws the name, the date, the title and the
 * words one under the other. The last message is the thread's opening
 * post: the article. */
static void flat_view_page(char *page, size_t size, int lynx)
{
	static const char *const who[] = {"Uwe", "Bluna", "Eva", "Idefix", "Spyke"};
	static const char *const when[] = {"19.11.2019, 16:38", "19.11.2019, 13:47",
	                                   "18.11.2019, 08:48", "17.11.2019, 19:50",
	                                   "16.11.2019, 21:37"};
	static const char *const said[][2] = {
	    {"Die Bezugsquelle hatte ich angegeben, sie steht weiter oben im Faden mit dem Preis.",
	     "LG"},
	    {"Ich muss da wahrscheinlich auch aufpassen, weil ich das Mittel nicht gut vertrage.",
	     "Gruss"},
	    {"In der Neurologie mag man diese Mittel nicht so sehr.", "Eva"},
	    {"Danke, dann frage ich meinen Arzt noch einmal.", "Ideflitz"},
	    {"Welchen Tee trinkt ihr am Abend, ohne Koffein?", "Spyke"}};
	size_t n = (size_t)snprintf(page, size,
	                            lynx ? "   [1]Startseite > [2]Forum\n\n   Tee am Abend\n   "
	                                   "__________ Suchen\n   [3]Zur Themen\xC3\xBC"
	                                   "bersicht\n\n"
	                                 : "Startseite > Forum\n\nTee am Abend\n\n[          ] "
	                                   "[Suchen]\nZur Themen\xC3\xBC"
	                                   "bersicht\n\n");
	for (int i = 0; i < 5; i++)
		n +=
		    (size_t)(lynx
		                 ? snprintf(page + n, size - n,
		                            "   [%d]%s\n\n   %s\n   Tee am Abend\n   %s\n   %s\n   "
		                            "[%d]Antworten\n\n",
		                            10 + 2 * i, who[i], when[i], said[i][0], said[i][1],
		                            11 + 2 * i)
		                 : snprintf(page + n, size - n,
		                            "%-21sTee am Abend\n\n%-21s%s\n\n                     "
		                            "%s\n\n                     Antworten\n\n",
		                            who[i], when[i], said[i][0], said[i][1]));
	snprintf(page + n, size - n, "%sSeitennavigation\n", lynx ? "   " : "");
}

static void test_newest_first_flat_view(void **state)
{
	(void)state;
	static const char *const who[] = {"Uwe", "Bluna", "Eva", "Idefix"};
	static const char *const first[] = {"Die Bezugsquelle hatte ich angegeben,",
	                                    "Ich muss da wahrscheinlich auch aufpassen,",
	                                    "In der Neurologie mag man diese Mittel nicht so sehr.",
	                                    "Danke, dann frage ich meinen Arzt noch einmal."};
	char page[8192];
	for (int lynx = 0; lynx < 2; lynx++) {
		flat_view_page(page, sizeof page, lynx);
		tt_thread *t = import_page(page, strlen(page));
		assert_int_equal(t->ncomments, 4);
		check_authors(t, 4, who);
		for (size_t i = 0; i < 4; i++) {
			assert_true(t->order[i]->body.n >= 1);
			assert_true(!strncmp(t->order[i]->body.v[0], first[i], strlen(first[i])));
		}
		assert_non_null(t->article.author);
		assert_string_equal(t->article.author, "Spyke");
		assert_true(t->article.body.n >= 1);
		assert_true(strstr(t->article.body.v[0], "Welchen Tee trinkt ihr") != NULL);
		tt_thread_free(t);
	}
}

/* A forum's flat view as w3m draws it (Phorum's): each post's name over its
 * subject and its date, the writer's card in a column right of them
 * ("Registrado: 8 años antes", "Mensajes: 61", a role over them on an
 * admin's), the reply buttons closing the post with no blank line; a
 * frequent writer's name, shown thrice or more right under the buttons as
 * a button would be, is still the name over the subject. */
static void test_card_column_posts(void **state)
{
	(void)state;
	static const char *const who[] = {"juanjo", "angelman", "juanjo", "juanjo"};
	static const char *const first[] = {
	    "Hola soy juanjo, el padre de la nina con la que trabaja.",
	    "Hola Juanjo, bienvenido a este foro de familias.",
	    "Hola otra vez, en cuanto al metodo le ha ido bien.",
	    "Gracias a todos por contestar tan pronto."};
	char page[8192];
	size_t n = (size_t)snprintf(
	    page, sizeof page,
	    "Compartir experiencias\n\nEnviado por abalaspalmas\n\n"
	    "%-75sRegistrado: 7 a\xC3\xB1os antes\n%-75sMensajes: 16\n25-February-2012 21:46\n"
	    "Buenas tardes a todos,\n\nMe presento, mi nombre es Omayra, soy psicologa y tengo el "
	    "placer "
	    "de trabajar\ncon varios ninos con el sindrome, y quiero compartir con todos mi "
	    "experiencia.\n\nAbro este tema porque me gustaria saber si alguno de ustedes conoce a "
	    "otros ninos\nque a esta edad ya sean capaces de hacer este tipo de tareas.\n\nUn "
	    "saludo\n\nOmayra\nResponder Responder citando\n",
	    "abalaspalmas", "Compartir experiencias");
	for (int i = 0; i < 4; i++) {
		if (i == 1)
			n += (size_t)snprintf(page + n, sizeof page - n,
			                      "%-73sAdmin\n%-73sRegistrado: 49 a\xC3\xB1os "
			                      "antes\n%-73sMensajes: 50\n",
			                      who[i], "Re: Compartir experiencias",
			                      "29-February-2012 21:46");
		else
			n += (size_t)snprintf(
			    page + n, sizeof page - n,
			    "%-75sRegistrado: 7 a\xC3\xB1os antes\n%-75sMensajes: %d\n"
			    "%s-February-2012 2%d:55\n",
			    who[i], "Re: Compartir experiencias", 60 + i, i ? "29" : "28", i);
		n += (size_t)snprintf(
		    page + n, sizeof page - n,
		    "%s\n\nEso es todo por ahora, gracias.\nResponder Responder citando\n",
		    first[i]);
	}
	snprintf(page + n, sizeof page - n, "\nPicar aqu\xC3\xAD para entrar\n");
	tt_thread *t = import_page(page, strlen(page));
	assert_int_equal(t->ncomments, 4);
	check_authors(t, 4, who);
	check_first_words(t, 4, first);
	tt_thread_free(t);
}

/* A phpBB thread's third page in its French theme, as both browsers draw
 * it: each post's date line names its writer after the label, "Messagepar
 * NAME » DATE" (the permalink's icon, "Message", glued to "par") or lynx's
 * "[23]Message par [24]NAME » DATE", the weekday abbreviated ("Ven"); the
 * member's card under the words with the day they joined ("Enregistré le:
 * DATE"), no post's date. The page says it is the third ("Page 3 sur 3"):
 * its first post answers the opening post too. */
static void phpbb_fr_page(char *page, size_t size, int lynx)
{
	static const char *const who[] = {"Nanette63", "camille59", "charlotte59", "Naomie"};
	static const char *const when[] = {"Lun 8 Jan 2018 15:33", "Lun 8 Jan 2018 18:17",
	                                   "Ven 9 Mar 2018 22:06", "Mer 21 Mar 2018 15:15"};
	static const char *const said[] = {
	    "Bonjour, ma fille vient d'avoir le diagnostic de mutation sur ce gene.",
	    "Bienvenue a vous et a votre fille, le forum nous rapproche.",
	    "Apres des annees de recherche et d'examens le diagnostic tombe enfin.",
	    "Un groupe de parents d'enfants porteurs existe aussi en ligne."};
	size_t n =
	    (size_t)snprintf(page, size, "%s",
	                     lynx ? "   recherche de contacts\n\n   25 messages \xE2\x80\xA2 "
	                            "[18]Page 3 sur 3 \xE2\x80\xA2 [19]1, [20]2, 3\n\n"
	                          : "recherche de contacts\n\n25 messages \xE2\x80\xA2 Page 3 "
	                            "sur 3 \xE2\x80\xA2 1, 2, 3\n\n");
	for (int i = 0; i < 4; i++)
		n +=
		    (size_t)(lynx
		                 ? snprintf(
		                       page + n, size - n,
		                       "     * [%d]R\xC3\xA9pondre en citant le message\n\n[%d]Re: "
		                       "recherche de contacts\n\n   [%d]Message par [%d]%s "
		                       "\xC2\xBB "
		                       "%s\n   %s\n\n   [%d]%s\n\n          Messages: %d\n"
		                       "          Enregistr\xC3\xA9 le: Lun 1 Jan 2018 10:0%d\n\n"
		                       "   [%d]Haut\n\n",
		                       30 + 8 * i, 31 + 8 * i, 32 + 8 * i, 33 + 8 * i, who[i],
		                       when[i], said[i], 34 + 8 * i, who[i], i + 1, i, 35 + 8 * i)
		                 : snprintf(
		                       page + n, size - n,
		                       "  \xE2\x80\xA2 R\xC3\xA9pondre en citant le message\n\nRe: "
		                       "recherche de contacts\n\nMessagepar %s \xC2\xBB "
		                       "%s\n\n%s\n\n"
		                       "%s\n     \n    Messages: %d\n    Enregistr\xC3\xA9 le: Lun "
		                       "1 "
		                       "Jan 2018 10:0%d\n      \xE2\x98\x86 Message "
		                       "priv\xC3\xA9\n\n"
		                       "Haut\n\n",
		                       who[i], when[i], said[i], who[i], i + 1, i));
	snprintf(page + n, size - n, "%s",
	         lynx ? "   Nous sommes le Mar 26 Nov 2019 14:35\n"
	              : "Nous sommes le Mar 26 Nov 2019 14:35\n");
}

static void test_named_date_lines(void **state)
{
	(void)state;
	static const char *const who[] = {"Nanette63", "camille59", "charlotte59", "Naomie"};
	static const char *const first[] = {
	    "Bonjour, ma fille vient d'avoir le diagnostic de mutation sur ce gene.",
	    "Bienvenue a vous et a votre fille, le forum nous rapproche.",
	    "Apres des annees de recherche et d'examens le diagnostic tombe enfin.",
	    "Un groupe de parents d'enfants porteurs existe aussi en ligne."};
	char page[8192];
	for (int lynx = 0; lynx < 2; lynx++) {
		phpbb_fr_page(page, sizeof page, lynx);
		tt_thread *t = import_page(page, strlen(page));
		assert_int_equal(t->ncomments, 4);
		check_authors(t, 4, who);
		check_first_words(t, 4, first);
		assert_string_equal(t->order[2]->time, "2018-03-09T22:06");
		tt_thread_free(t);
	}
}

/* Posts dated by a month and a year alone, a line of their own ("March
 * 2025", Vanilla's date of a post older than the year shown), their
 * writers' names written twice by the template, with a role or a rank
 * after them or nothing ("K17K17 ✭✭✭", "mcrousemcrouse Admin"; lynx's
 * "[26]K17 [27]K17 ✭✭✭"), as both browsers draw the list. A field's
 * value under its label ("Joined:" over "Jan 2022") dates no post. */
static void test_month_dated_doubled_names(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Higher Logic has terminated open source Vanilla\n"
	    "\n"
	    "LincLinc Admin\n"
	    "March 2025 edited March 2025 in Releases\n"
	    "\n"
	    "Linc\n"
	    "Joined:\n"
	    "Jan 2022\n"
	    "\n"
	    "On 2 Dec 2024, I received this message from the Director of Software Engineering.\n"
	    "\n"
	    "Good luck out there, and keep building communities.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "  \xE2\x80\xA2 \n"
	    "    K17K17 \xE2\x9C\xAD\xE2\x9C\xAD\xE2\x9C\xAD\n"
	    "    March 2025\n"
	    "\n"
	    "    Really sad but I think we all saw it coming to an end.\n"
	    "\n"
	    "    0\n"
	    "  \xE2\x80\xA2 \n"
	    "    mcrousemcrouse Admin\n"
	    "    March 2025\n"
	    "\n"
	    "    Hi @Linc, I regret that there has been some misunderstanding between us.\n"
	    "\n"
	    "    0\n"
	    "  \xE2\x80\xA2 \n"
	    "    LincLinc Admin\n"
	    "    March 2025\n"
	    "\n"
	    "    My quote was accurate, my post was strictly factual, and that is all.\n"
	    "\n"
	    "    0\n"
	    "\n"
	    "Sign In or Register to comment.\n";
	static const char lynx[] =
	    "Higher Logic has terminated open source Vanilla\n"
	    "\n"
	    "   [20]Linc [21]Linc Admin\n"
	    "   [22]March 2025 edited March 2025 in [23]Releases\n"
	    "\n"
	    "   On 2 Dec 2024, I received this message from the Director of Software Engineering.\n"
	    "\n"
	    "   Good luck out there, and keep building communities.\n"
	    "\n"
	    "Comments\n"
	    "\n"
	    "     * [26]K17 [27]K17 \xE2\x9C\xAD\xE2\x9C\xAD\xE2\x9C\xAD\n"
	    "       [28]March 2025\n"
	    "       Really sad but I think we all saw it coming to an end.\n"
	    "       0\n"
	    "     * [29]mcrouse [30]mcrouse Admin\n"
	    "       [31]March 2025\n"
	    "       Hi [32]@Linc, I regret that there has been some misunderstanding between us.\n"
	    "       0\n"
	    "     * [33]Linc [34]Linc Admin\n"
	    "       [35]March 2025\n"
	    "       My quote was accurate, my post was strictly factual, and that is all.\n"
	    "       0\n"
	    "\n"
	    "   Sign In or Register to comment.\n";
	static const char *const who[] = {"K17", "mcrouse", "Linc"};
	static const unsigned depth[] = {0, 0, 0};
	static const char *const when[] = {"March 2025", "March 2025", "March 2025"};
	for (int k = 0; k < 2; k++) {
		tt_thread *t =
		    k ? import_page(lynx, sizeof lynx - 1) : import_page(w3m, sizeof w3m - 1);
		check_tree(t, 3, who, depth, 0);
		check_posted(t, 3, when);
		assert_true(!strncmp(t->order[0]->body.v[0], "Really sad", 10));
		assert_null(t->order[0]->time);
		tt_thread_free(t);
	}
	/* (MyBB's member card as w3m draws it: the month joined, no post's) */
	static const char card[] = "[defaul]\n%s Offline\nJunior Member\n*\nPosts:\n1%d\nJoined:\n"
	                           "Jan 2022\n#%d\n03-03-2024, 1%d:15 AM\n%s\nFind\nReply\n";
	static const char *const said[] = {
	    "I am restoring a wooden dinghy from the fifties. Which glue holds below the "
	    "waterline?",
	    "Epoxy, without question. Thin it for the first coat so it soaks in.",
	    "Resorcinol if you can find it. It was the standard for hulls for decades."};
	static const char *const cw[] = {"dieselpunk", "harbourcat", "old_bosun"};
	char page[2048];
	int n = snprintf(page, sizeof page, "Gluing a wooden hull\n\n");
	for (int i = 0; i < 3; i++)
		n += snprintf(page + n, sizeof page - (size_t)n, card, cw[i], i, i + 1, i, said[i]);
	tt_thread *t = import_page(page, (size_t)n);
	assert_non_null(t->article.published);
	assert_string_equal(t->article.published, "03-03-2024, 10:15 AM");
	assert_int_equal(t->ncomments, 2);
	check_posted(t, 1, (const char *const[]){"03-03-2024, 11:15 AM"});
	tt_thread_free(t);
}

/* A quotation titled "Le DATE NAME a écrit :" (jeuxvideo.com's, as w3m
 * draws it, indented under the header), the name written in another case
 * than the writer's, nests its post under the post of NAME showing that
 * date; one titled "Le DATE :" names no one. A title run into the quoted
 * words ("BOLGANO wrote:Premier League..."), the dump indenting it no
 * further than the answer, is a quotation where those words are the
 * named writer's own (NationStates' phpBB in both dumps). */
static void test_said_titles_in_dumps(void **state)
{
	(void)state;
	static const char jvc[] =
	    "[Blabla] Le cadeau de l'ange\n"
	    "\n"
	    "HexenzirkeI\n"
	    "HexenzirkeI\n"
	    "Niveau 39\n"
	    "22 juillet 2026 \xC3\xA0 11:37:34\n"
	    "\n"
	    "Le cadavre de Lyto commence \xC3\xA0 sentir mauvais, rien de neuf ici.\n"
	    "\n"
	    "Raiko_\n"
	    "Raiko_\n"
	    "Niveau 91\n"
	    "22 juillet 2026 \xC3\xA0 11:38:12\n"
	    "\n"
	    "\n"
	    "    Le 22 juillet 2026 \xC3\xA0 11:36:56 :\n"
	    "    J'y suis retourn\xC3\xA9 il y a 2 ans, il n'y a plus que des gros tryharder\n"
	    "\n"
	    "Il y a surtout \xC3\xA9norm\xC3\xA9ment de bots et de tricheurs sur les serveurs.\n"
	    "\n"
	    "Shunyumi\n"
	    "Shunyumi\n"
	    "Niveau 92\n"
	    "22 juillet 2026 \xC3\xA0 11:46:57\n"
	    "\n"
	    "Raiko ils ont tu\xC3\xA9 sandalphon mais rendu seofon tr\xC3\xA8s fort.\n"
	    "\n"
	    "HexenzirkeI\n"
	    "HexenzirkeI\n"
	    "Niveau 39\n"
	    "22 juillet 2026 \xC3\xA0 11:59:16\n"
	    "\n"
	    "\n"
	    "    Le 22 juillet 2026 \xC3\xA0 11:38:12 raiko_ a \xC3\xA9"
	    "crit :\n"
	    "\n"
	    "    Il y a surtout \xC3\xA9norm\xC3\xA9ment de bots et de tricheurs sur les "
	    "serveurs.\n"
	    "\n"
	    "Alors \xC3\xA7"
	    "a expliquerait beaucoup de choses.\n"
	    "\n"
	    "Golem84\n"
	    "Golem84\n"
	    "Niveau 12\n"
	    "22 juillet 2026 \xC3\xA0 12:10:11\n"
	    "\n"
	    "\n"
	    "    Le 21 juillet 2026 \xC3\xA0 09:00:00 Shunyumi a \xC3\xA9"
	    "crit :\n"
	    "\n"
	    "    Rien \xC3\xA0 voir avec ce qui se dit ici, un message d'hier.\n"
	    "\n"
	    "Bien, bien, on verra bien ce soir alors.\n";
	tt_thread *t = import_page(jvc, sizeof jvc - 1);
	static const char *const who[] = {"HexenzirkeI", "Raiko_", "HexenzirkeI", "Shunyumi",
	                                  "Golem84"};
	static const unsigned depth[] = {0, 0, 1, 0, 0};
	check_tree(t, 5, who, depth, 0);
	assert_string_equal(t->order[2]->posted, "22 juillet 2026 \xC3\xA0 11:59:16");
	tt_thread_free(t);
	static const char ns[] =
	    "2025-26 Football Season: MLS is Back!\n"
	    "\n"
	    "User avatar\n"
	    "Outer Armatonis\n"
	    "    Diplomat\n"
	    "    Posts: 400\n"
	    "    Founded: May 15, 2019\n"
	    "\n"
	    "  \xE2\x80\xA2 Reply with quote\n"
	    "\n"
	    "Postby Outer Armatonis \xC2\xBB Tue Aug 27, 2019 1:47 am\n"
	    "\n"
	    "The season starts this weekend, post your predictions for the leagues here.\n"
	    "Top\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	    "\n"
	    "User avatar\n"
	    "Bolgano\n"
	    "    Diplomat\n"
	    "    Posts: 401\n"
	    "    Founded: May 15, 2019\n"
	    "\n"
	    "  \xE2\x80\xA2 Reply with quote\n"
	    "\n"
	    "Postby Bolgano \xC2\xBB Thu Aug 29, 2019 5:00 am\n"
	    "\n"
	    "Premier League: Liverpool will win it again, he has a good squad.\n"
	    "Top\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	    "\n"
	    "User avatar\n"
	    "Minoa\n"
	    "    Diplomat\n"
	    "    Posts: 402\n"
	    "    Founded: May 15, 2019\n"
	    "\n"
	    "  \xE2\x80\xA2 Reply with quote\n"
	    "\n"
	    "Postby Minoa \xC2\xBB Thu Aug 29, 2019 6:12 am\n"
	    "\n"
	    "The monetary advantage of the Premier League has been shown again.\n"
	    "Top\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	    "\n"
	    "User avatar\n"
	    "Abercontin-Jereaux\n"
	    "    Diplomat\n"
	    "    Posts: 403\n"
	    "    Founded: May 15, 2019\n"
	    "\n"
	    "  \xE2\x80\xA2 Reply with quote\n"
	    "\n"
	    "Postby Abercontin-Jereaux \xC2\xBB Fri Aug 30, 2019 1:55 am\n"
	    "\n"
	    "    BOLGANO wrote:Premier League: Liverpool will win it again, he has a good squad.\n"
	    "\n"
	    "\n"
	    "Not this year, City is stronger than ever.\n"
	    "Top\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	    "\n"
	    "User avatar\n"
	    "Molonia\n"
	    "    Diplomat\n"
	    "    Posts: 404\n"
	    "    Founded: May 15, 2019\n"
	    "\n"
	    "  \xE2\x80\xA2 Reply with quote\n"
	    "\n"
	    "Postby Molonia \xC2\xBB Fri Sep 06, 2019 4:21 pm\n"
	    "\n"
	    "Here's to hoping Finland can qualify for the Euros next summer.\n"
	    "Top\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\n"
	    "\n";
	t = import_page(ns, sizeof ns - 1);
	static const char *const nwho[] = {"Bolgano", "Abercontin-Jereaux", "Minoa", "Molonia"};
	static const unsigned ndepth[] = {0, 1, 0, 0};
	check_tree(t, 4, nwho, ndepth, 0);
	assert_string_equal(t->order[1]->body.v[0], "> BOLGANO wrote:");
	assert_true(!strncmp(t->order[1]->body.v[1], "> Premier League", 16));
	tt_thread_free(t);
}

/* Posts as w3m draws The Student Room's: "Reply N" over the age, the
 * avatar's alt text "Avatar for NAME" over the name, the member's titles
 * and a badge count, then the text and "0Report"; a quotation titled
 * "Original post" over "by NAME" over the quoted words, the answer under
 * them in the same paragraph; other threads listed under "Last reply
 * AGE" lines: each post a header at its number (no "N replies" of the
 * post above), the name the alt text's, the titles and the count no text,
 * the quotation's title one line, the quoting post under the post
 * quoted, and the list no posts. */
static void test_alt_named_posts(void **state)
{
	(void)state;
	static const char page[] =
	    "[Official thread] 2024 general election discussion\n"
	    "\n"
	    "The general election discussion thread: post your thoughts on the campaign here, and "
	    "keep\n"
	    "it civil.\n"
	    "\n"
	    "1 year ago\n"
	    "Avatar for Andrew97\n"
	    "Andrew97\n"
	    "Debate & Current Affairs Helper\n"
	    "20\n"
	    "General election called for the fourth of July, announced in the rain outside\n"
	    "Downing Street.\n"
	    "0Report\n"
	    "\n"
	    "Reply 1\n"
	    "\n"
	    "1 year ago\n"
	    "Avatar for CatusStarbright\n"
	    "CatusStarbright\n"
	    "Volunteer Section Leader\n"
	    "22\n"
	    "It's certainly much sooner than expected. I wonder if the positive news about\n"
	    "inflation was the trigger.\n"
	    "0Report\n"
	    "\n"
	    "Reply 2\n"
	    "\n"
	    "1 year ago\n"
	    "Avatar for Gazpacho.\n"
	    "Gazpacho.\n"
	    "15\n"
	    "The Conservatives have spent 14 years in power. Time for a change of government.\n"
	    "0Report\n"
	    "\n"
	    "Reply 3\n"
	    "\n"
	    "1 year ago\n"
	    "Avatar for Saracen's Fez\n"
	    "Saracen's Fez\n"
	    "21\n"
	    "I heard Starmer's speech and was very impressed, he is clearly going on stop the\n"
	    "chaos.\n"
	    "0Report\n"
	    "\n"
	    "Reply 4\n"
	    "\n"
	    "1 year ago\n"
	    "Avatar for Quady\n"
	    "Quady\n"
	    "Volunteer Team\n"
	    "19\n"
	    "Original post\n"
	    "by Saracen's Fez\n"
	    "I heard Starmer's speech and was very impressed, he is clearly going on stop the\n"
	    "Has he got an oven ready plan though?\n"
	    "0Report\n"
	    "\n"
	    "Reply 5\n"
	    "\n"
	    "1 year ago\n"
	    "Avatar for flowersinmyhair\n"
	    "flowersinmyhair\n"
	    "12\n"
	    "Original post\n"
	    "by Quady\n"
	    "Has he got an oven ready plan though?\n"
	    "And how many U turns will he perform?\n"
	    "0Report\n"
	    "\n"
	    "Last reply 2 weeks ago\n"
	    "\n"
	    "Hundreds of NHS agencies to be scrapped\n"
	    "UK and World Politics\n"
	    "\n"
	    "3\n"
	    "\n"
	    "20\n"
	    "\n"
	    "Last reply 1 month ago\n"
	    "\n"
	    "An academic has called the last elections\n"
	    "UK and World Politics\n"
	    "\n"
	    "4\n"
	    "\n"
	    "21\n"
	    "\n"
	    "Last reply 4 months ago\n"
	    "\n"
	    "Reform UK favourites to win next election?\n"
	    "UK and World Politics\n"
	    "\n"
	    "5\n"
	    "\n"
	    "22\n"
	    "\n"
	    "Last reply 5 months ago\n"
	    "\n"
	    "keir starmer\n"
	    "UK and World Politics\n"
	    "\n"
	    "6\n"
	    "\n"
	    "23\n"
	    "\n"
	    "Last reply 5 months ago\n"
	    "\n"
	    "Should the UK rejoin the EU?\n"
	    "UK and World Politics\n"
	    "\n"
	    "7\n"
	    "\n"
	    "24\n"
	    "\n"
	    "Last reply 6 months ago\n"
	    "\n"
	    "Is AI just a hype?\n"
	    "UK and World Politics\n"
	    "\n"
	    "8\n"
	    "\n"
	    "25\n"
	    "\n"
	    "Last reply 6 months ago\n"
	    "\n"
	    "Very odd experience with the BBC\n"
	    "UK and World Politics\n"
	    "\n"
	    "9\n"
	    "\n"
	    "26\n"
	    "\n"
	    "Last reply 6 months ago\n"
	    "\n"
	    "Good times in Britain right?\n"
	    "UK and World Politics\n"
	    "\n"
	    "10\n"
	    "\n"
	    "27\n"
	    "\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 6);
	static const char *const who[] = {"Andrew97",      "CatusStarbright", "Gazpacho.",
	                                  "Saracen's Fez", "Quady",           "flowersinmyhair"};
	static const unsigned depth[] = {0, 0, 0, 0, 1, 2};
	check_tree(t, 6, who, depth, 0);
	assert_true(!strncmp(t->order[1]->body.v[0], "It's certainly", 14));
	assert_string_equal(t->order[4]->body.v[0], "> Original post by Saracen's Fez");
	assert_string_equal(t->order[5]->body.v[0], "> Original post by Quady");
	assert_string_equal(t->order[5]->body.v[1], "> Has he got an oven ready plan though?");
	assert_true(!strncmp(t->order[5]->body.v[2], "And how many U turns", 20));
	/* (a short line over the first date is text: no number heads it) */
	assert_true(t->article.body.n >= 1);
	assert_non_null(strstr(t->article.body.v[t->article.body.n - 1], "it civil."));
	for (size_t k = 0; k < t->order[5]->body.n; k++) /* (the list ends the posts) */
		assert_null(strstr(t->order[5]->body.v[k], "Last reply"));
	tt_thread_free(t);
	/* A title already marked as quoted ("> Original post", a quotation's
	 * line) is kept as it is, and nothing freed is read (found by
	 * fuzz_import). */
	char *copy = tt_xstrdup(page), *at = strstr(copy, "Original post\nby Quady");
	assert_non_null(at);
	char *marked = tt_xasprintf("%.*s> %s", (int)(at - copy), copy, at);
	t = import_page(marked, strlen(marked));
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->order[5]->author, "flowersinmyhair");
	assert_string_equal(t->order[5]->body.v[0], "> Original post by Quady");
	tt_thread_free(t);
	free(marked);
	free(copy);
}

/* Posts as w3m draws Simple Machines Forum 2.1's: the name over the
 * member's card as a list, the post's title, "#N" from the first answer
 * on (the topic unnumbered), the date after an icon's alt text ("[xx]
 * June 09, 2024, 03:29:46 AM"), a quotation titled "Quote from: NAME on
 * DATE" with the quoted words run into the date: the topic no comment,
 * "#1" the first, the dates read past the alt text, the quotation's
 * title with its date. */
static void test_icon_dated_posts(void **state)
{
	(void)state;
	static const char page[] =
	    "How is everyone implementing AI into their SMF forums?\n"
	    "\n"
	    "Biology Forums\n"
	    "\n"
	    "  \xE2\x80\xA2 SMF Hero\n"
	    "  \xE2\x80\xA2 [avatar_318]\n"
	    "  \xE2\x80\xA2 *\n"
	    "  \xE2\x80\xA2 Posts: 3,760\n"
	    "  \xE2\x80\xA2 Logged\n"
	    "\n"
	    "How is everyone implementing AI into their SMF forums?\n"
	    "[xx] June 04, 2024, 11:23:55 AM\n"
	    "I'm sure this idea has been discussed extensively already, but I'm curious how "
	    "members\n"
	    "have used AI to help draw new activity.\n"
	    "\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\n"
	    "\n"
	    "Arantor\n"
	    "\n"
	    "  \xE2\x80\xA2 Resident Overthinker\n"
	    "  \xE2\x80\xA2 [avatar_318]\n"
	    "  \xE2\x80\xA2 *\n"
	    "  \xE2\x80\xA2 Posts: 76,825\n"
	    "  \xE2\x80\xA2 Logged\n"
	    "\n"
	    "Re: How is everyone implementing AI into their SMF forums?\n"
	    "#1\n"
	    "[xx] June 09, 2024, 03:29:46 AM\n"
	    "There's a limit to how much people actually are. The general trend seems to be not "
	    "really.\n"
	    "\n"
	    "As for other options, I've seen people use it to offer a sort of general chatbot.\n"
	    "\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\n"
	    "\n"
	    "rcane\n"
	    "\n"
	    "  \xE2\x80\xA2 Newbie\n"
	    "  \xE2\x80\xA2 [avatar_318]\n"
	    "  \xE2\x80\xA2 *\n"
	    "  \xE2\x80\xA2 Posts: 12\n"
	    "  \xE2\x80\xA2 Logged\n"
	    "\n"
	    "Re: How is everyone implementing AI into their SMF forums?\n"
	    "#2\n"
	    "[xx] October 01, 2024, 10:05:34 PM\n"
	    "\n"
	    "    Quote from: Arantor on June 09, 2024, 03:29:46 AMAs for other options, I've seen "
	    "people\n"
	    "    use it to offer a sort of general chatbot.\n"
	    "\n"
	    "\n"
	    "It can write a pretty mean haiku on just about anything :)\n"
	    "\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\n"
	    "\n"
	    "Arantor\n"
	    "\n"
	    "  \xE2\x80\xA2 Resident Overthinker\n"
	    "  \xE2\x80\xA2 [avatar_318]\n"
	    "  \xE2\x80\xA2 *\n"
	    "  \xE2\x80\xA2 Posts: 76,825\n"
	    "  \xE2\x80\xA2 Logged\n"
	    "\n"
	    "Re: How is everyone implementing AI into their SMF forums?\n"
	    "#3\n"
	    "[xx] October 03, 2024, 12:01:00 PM\n"
	    "Last time I asked it for a haiku, it couldn't count the syllables correctly.\n"
	    "\n"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
	    "\xE2\x94\x81\n"
	    "Print\n"
	    "Go Up Pages1\n";
	tt_thread *t = import_page(page, sizeof page - 1);
	assert_int_equal(t->ncomments, 3);
	static const char *const who[] = {"Arantor", "rcane", "Arantor"};
	static const unsigned depth[] = {0, 1, 0};
	static const char *const when[] = {"June 09, 2024, 03:29:46 AM",
	                                   "October 01, 2024, 10:05:34 PM",
	                                   "October 03, 2024, 12:01:00 PM"};
	check_tree(t, 3, who, depth, 0);
	check_posted(t, 3, when);
	assert_string_equal(t->order[1]->body.v[0],
	                    "> Quote from: Arantor on June 09, 2024, 03:29:46 AM");
	tt_thread_free(t);
}

/* Posts as a table's two cells (forum.hardware.fr): w3m's "n°9762116
 * Posté le DATE  profilanswer" over the name and the member's card at the
 * margin, the text in the right column; lynx's number, name, card and
 * "Posté le DATE  [25] profil answer" lines. The name is the line under
 * the number, the date past its label, the card no text; an edit's note
 * ("Message édité le DATE") no header; a title "NAME a écrit :" over
 * words of NAME's post a quotation's. */
static void test_post_number_cells(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Le bouton reste bloque\n\nLe bouton de mon ordinateur reste bloque depuis hier, et il ne "
	    "veut plus s'allumer du tout. Que faire ?\n\n"
	    "n\xC2\xB0" "101                    Post\xC3\xA9 le 16-03-2016 \xC3\xA0 14:33:35  profilanswer\n"
	    "Anna                       \n"
	    "                           Essaie de debrancher la prise pendant une minute entiere.\n\n"
	    "                           Message \xC3\xA9" "dit\xC3\xA9 le 16-03-2016 \xC3\xA0 14:35:19\n\n"
	    "n\xC2\xB0" "102                    Post\xC3\xA9 le 16-03-2016 \xC3\xA0 15:11:21  profilanswer\n"
	    "Bruno                      \n"
	    "pseudo: SHAD               \n"
	    "                           Anna a \xC3\xA9" "crit :\n\n\n"
	    "                           Essaie de debrancher la prise pendant une minute entiere.\n\n"
	    "                           Deja fait, rien ne change.\n\n";
	tt_thread *t = import_page(w3m, sizeof w3m - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "Anna");
	assert_true(strstr(t->order[0]->posted, "16-03-2016 \xC3\xA0 14:33:35") != NULL);
	assert_string_equal(t->order[0]->body.v[0],
	                    "Essaie de debrancher la prise pendant une minute entiere.");
	assert_string_equal(t->order[1]->author, "Bruno");
	assert_string_equal(t->order[1]->body.v[0], "> Anna a \xC3\xA9" "crit :");
	assert_string_equal(t->order[1]->body.v[1],
	                    "> Essaie de debrancher la prise pendant une minute entiere.");
	tt_thread_free(t);
	static const char lynx[] =
	    "Le bouton reste bloque\n\n   Le bouton de mon ordinateur reste bloque depuis hier, et il "
	    "ne veut plus s'allumer du tout. Que faire ?\n\n"
	    "   [1]n\xC2\xB0" "101\n   Anna\n   Post\xC3\xA9 le 16-03-2016 \xC3\xA0 14:33:35  [2] profil "
	    "answer\n\n   Essaie de debrancher la prise pendant une minute entiere.\n"
	    "   [3]n\xC2\xB0" "102\n   Bruno\n   pseudo: SHAD\n   Post\xC3\xA9 le 16-03-2016 \xC3\xA0 "
	    "15:11:21  [4] profil answer\n\n   Deja fait, rien ne change.\n\n"
	    "References\n\n   1. https://forum.example/t#t101\n";
	t = import_page(lynx, sizeof lynx - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[1]->author, "Bruno");
	assert_string_equal(t->order[1]->body.v[0], "Deja fait, rien ne change.");
	tt_thread_free(t);
}

/* A name line run into the member's rank and badges ("AtlanG Monkey
 * CO", lynx's "[344]AtlanG [345]Monkey [346]CO") under the avatar's alt
 * text naming the writer ("AtlanG's picture", Drupal's) or a badge's
 * opening with the name ("DrApeman - Certified Professional"): the name is
 * the alt text's (Wall Street Oasis, round 41). A name the line over it
 * does not name stays whole. */
static void test_pictured_names(void **state)
{
	(void)state;
	static const char w3m[] =
	    "Consulting - is it worth it?\n\nA long question about consulting and its hours, "
	    "long enough to be the article's paragraph.\n\n \nAtlanG's picture\nAtlanG Monkey CO\n2y\n\n"
	    "Why would you?\n\nReply\n\n \nDrApeman - Certified Professional\n \nDrApeman Almost "
	    "Human CO\n2y\n\nWorth it, for the exits.\n\nReply\n\n \nozilll's picture\nozilll King "
	    "Kong IB\n3y\n\nThanks for your post.\n\nReply\n\n \nMarie Curie\n4y\n\nMy own view.\n\n"
	    "Reply\n";
	tt_thread *t = import_page(w3m, sizeof w3m - 1);
	static const char *const who[] = {"AtlanG", "DrApeman", "ozilll", "Marie Curie"};
	assert_int_equal(t->ncomments, 4);
	for (size_t i = 0; i < 4; i++)
		assert_string_equal(t->order[i]->author, who[i]);
	assert_string_equal(t->order[1]->body.v[0], "Worth it, for the exits.");
	tt_thread_free(t);
}

/* Posts dated on their number's line whose member box holds values set
 * apart by blank lines (lynx's "Achievements" over "[95]IT'S OVER 9000!",
 * both at the values' column, further in than the text): the box's; and
 * an image's alt text alone over the text's first line (w3m's "[LOL-1]"):
 * no words of the text. */
static void test_round33_dumps_v_box_values_apart(void **state)
{
	(void)state;
	static const char en[] =
	    "Blu's thread of lols\n"
	    "\n"
	    "    1. 12-08-2011 [77]#4952\n"
	    "       [78]Ixion\n"
	    "       Supreme Veteran\n"
	    "\n"
	    "        Join Date\n"
	    "                Nov 2005\n"
	    "\n"
	    "        Posts\n"
	    "                19,683\n"
	    "\n"
	    "                Achievements\n"
	    "\n"
	    "                [95]IT'S OVER 9000!\n"
	    "\n"
	    "     What I'd like to do with some people.\n"
	    "       [96]Reply With Quote\n"
	    "    2. 12-08-2011 [97]#4953\n"
	    "       [98]podsaurus\n"
	    "       El Presidente\n"
	    "\n"
	    "        Join Date\n"
	    "                Jul 2008\n"
	    "\n"
	    "        Posts\n"
	    "                3,683\n"
	    "\n"
	    "                Items\n"
	    "\n"
	    "                360 Slim PS3 Slim\n"
	    "\n"
	    "     Just found this one.\n"
	    "       [99]Reply With Quote\n"
	    "    3. 12-09-2011 [100]#4954\n"
	    "       [101]Rapture\n"
	    "       Forum Sage\n"
	    "\n"
	    "        Join Date\n"
	    "                Oct 2008\n"
	    "\n"
	    "        Posts\n"
	    "                8,401\n"
	    "\n"
	    "     Choo choo\n"
	    "       [102]Reply With Quote\n";
	static const char fr[] =
	    "Vos plus belles photos de vacances\n"
	    "\n"
	    " 1. 02/07/2019 #310\n"
	    "    Mistral\n"
	    "    Membre\n"
	    "   \n"
	    "    Inscrit\n"
	    "        mai 2012\n"
	    "    Messages\n"
	    "        2 104\n"
	    "   \n"
	    "        [plage-01]\n"
	    "        La plage de Porquerolles, un matin de juin.\n"
	    "\n"
	    "    Citer\n"
	    " 2. 02/07/2019 #311\n"
	    "    Lison\n"
	    "    Membre\n"
	    "   \n"
	    "    Inscrit\n"
	    "        juin 2016\n"
	    "    Messages\n"
	    "        87\n"
	    "   \n"
	    "        [IMG_2291]\n"
	    "        Superbe, on y va en septembre.\n"
	    "\n"
	    "    Citer\n"
	    " 3. 03/07/2019 #312\n"
	    "    Mistral\n"
	    "    Membre\n"
	    "   \n"
	    "    Inscrit\n"
	    "        mai 2012\n"
	    "    Messages\n"
	    "        2 105\n"
	    "   \n"
	    "        Prenez le premier bateau, il y a moins de monde.\n"
	    "\n"
	    "    Citer\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Ixion");
	assert_true(!strncmp(t->order[0]->body.v[0], "What I'd like", 13));
	assert_true(!strncmp(t->order[1]->body.v[0], "Just found", 10));
	assert_true(!strncmp(t->order[2]->body.v[0], "Choo choo", 9));
	tt_thread_free(t);
	t = import_page(fr, sizeof fr - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[1]->author, "Lison");
	assert_true(!strncmp(t->order[0]->body.v[0], "La plage", 8));
	assert_true(!strncmp(t->order[1]->body.v[0], "Superbe", 7));
	assert_true(!strncmp(t->order[2]->body.v[0], "Prenez", 6));
	tt_thread_free(t);
}

/* A name closed by a separator mark ("bobbyiliev ・") whose header shows
 * the mark again alone past the date, a short field after it ("Best
 * Answer", a badge): the header's fields go on there, no words of the
 * text. */
static void test_round33_dumps_v_fields_past_mark(void **state)
{
	(void)state;
	static const char en[] =
	    "Remove ?page from query string\n"
	    "\n"
	    "I have added a drawer that uses a paginated list, and the page is appended to the URL.\n"
	    "\n"
	    "[bobbyiliev]\n"
	    "bobbyiliev \xE3\x83\xBB\n"
	    "\n"
	    "May 9th, 2024 05:18 AM\n"
	    "\n"
	    "\xE3\x83\xBB\n"
	    "\n"
	    "Best Answer\n"
	    "\n"
	    "Hey!\n"
	    "\n"
	    "I've not tested this but you could add the queryString property.\n"
	    "\n"
	    "[haleemhose]\n"
	    "haleemhosein \xE3\x83\xBB\n"
	    "\n"
	    "May 9th, 2024 05:49 AM\n"
	    "\n"
	    "Hi Bobby, thanks for replying. I tried it but no luck.\n"
	    "\n"
	    "[bobbyiliev]\n"
	    "bobbyiliev \xE3\x83\xBB\n"
	    "\n"
	    "May 9th, 2024 06:28 AM\n"
	    "\n"
	    "Ah yes indeed, I was unable to get that working on my end as well.\n";
	static const char es[] =
	    "\xC2\xBF" "C\xC3\xB3mo quito el par\xC3\xA1metro de la URL?\n"
	    "\n"
	    "   Al pasar de p\xC3\xA1gina se a\xC3\xB1" "ade el par\xC3\xA1metro a la direcci\xC3\xB3n y la app recarga.\n"
	    "\n"
	    "   [31]lucia_dev \xC2\xB7\n"
	    "\n"
	    "   12 de mayo de 2024 09:07\n"
	    "   \xC2\xB7\n"
	    "\n"
	    "   Mejor respuesta\n"
	    "\n"
	    "   Prueba a desactivar la sincronizaci\xC3\xB3n del par\xC3\xA1metro en el componente.\n"
	    "\n"
	    "   [32]pablo_m \xC2\xB7\n"
	    "\n"
	    "   13 de mayo de 2024 01:41\n"
	    "\n"
	    "   Funciona, gracias.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "bobbyiliev");
	assert_string_equal(t->order[0]->body.v[0], "Hey!");
	assert_true(!strncmp(t->order[1]->body.v[0], "Hi Bobby", 8));
	tt_thread_free(t);
	t = import_page(es, sizeof es - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "lucia_dev");
	assert_true(!strncmp(t->order[0]->body.v[0], "Prueba a desactivar", 19));
	assert_true(!strncmp(t->order[1]->body.v[0], "Funciona", 8));
	tt_thread_free(t);
}

#define BAR4_V "\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81\xE2\x94\x81"
#define RULE40_V BAR4_V BAR4_V BAR4_V BAR4_V BAR4_V BAR4_V BAR4_V BAR4_V BAR4_V BAR4_V
/* w3m draws a page's columns side by side: the comments in a middle column
 * between rules of one width at one column (Bankfax's, "━" 45 wide at
 * column 46), a menu left of it and adverts right of it on the same lines.
 * Each line from the first rule to the last keeps its text in the rules'
 * columns alone; a blank line goes under each rule, none over it; a
 * block's first line set flush right in the column and its wrapped tail
 * under it, flush right too, are one line (lynx's drawing of the same). */
static void test_round32_dumps_v_ruled_middle_column(void **state)
{
	(void)state;
	static const char ru[] =
	    "\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD0\xBA\xD1\x80\xD0\xB0\xD1\x8F\n"
	    "\n"
	    "\xD0\x92 \xD0\xBA\xD1\x80\xD0\xB0\xD0\xB5\xD0\xB2\xD0\xBE\xD0\xBC \xD0\xB4\xD0\xB8\xD1\x81\xD0\xBF\xD0\xB0\xD0\xBD\xD1\x81\xD0\xB5\xD1\x80\xD0\xB5 \xD0\xB7\xD0\xB0\xD0\xB2\xD0\xB5\xD1\x80\xD1\x88\xD0\xB5\xD0\xBD \xD1\x80\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82 \xD1\x81\xD1\x82\xD0\xBE\xD0\xB8\xD0\xBC\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C\xD1\x8E 87 \xD0\xBC\xD0\xBB\xD0\xBD \xD1\x80\xD1\x83\xD0\xB1\xD0\xBB\xD0\xB5\xD0\xB9.\n"
	    "\n"
	    "\xD0\x9E \xD0\xBF\xD1\x80\xD0\xBE\xD0\xB5\xD0\xBA\xD1\x82\xD0\xB5               " RULE40_V "  \xD0\xA0\xD0\x95\xD0\x9A\xD0\x9B\xD0\x90\xD0\x9C\xD0\x90\n"
	    "\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8                              \xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9 \xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8F: \xD0\xB3\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C  \xD0\x90\xD1\x80\xD1\x82\xD0\xBE\xD0\xBF\xD1\x82\xD0\xB8\xD0\xBA\n"
	    "\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0                 \xD0\x9C\xD0\xBE\xD0\xB6\xD0\xB5\xD1\x82 \xD0\xB1\xD1\x8B\xD1\x82\xD1\x8C, \xD0\xBA\xD0\xB0\xD1\x80\xD0\xB4\xD0\xB8\xD0\xBE\xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD1\x80?\n"
	    "\xD0\x92 \xD0\x90\xD0\xBB\xD1\x82\xD0\xB0\xD0\xB9\xD1\x81\xD0\xBA\xD0\xBE\xD0\xBC                                11:02 17-January-2012  \xD0\xAE\xD1\x80\xD0\xB8\xD0\xB4\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9\n"
	    "\xD0\xBA\xD1\x80\xD0\xB0\xD0\xB5                    " RULE40_V "  \xD1\x86\xD0\xB5\xD0\xBD\xD1\x82\xD1\x80\n"
	    "\xD0\x9F\xD0\xB0\xD1\x80\xD1\x82\xD0\xBD\xD0\xB5\xD1\x80\xD1\x8B                  \xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9 \xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8F: \xD0\x90\xD0\xBD\xD0\xB4\xD1\x80\xD0\xB5\xD0\xB9 \xD0\xB8\xD0\xB7 \xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD0\xB0  \xD0\x9F\xD0\xB5\xD1\x81\xD0\xBE\xD1\x87\xD0\xBD\xD0\xB0\xD1\x8F\n"
	    "\xD0\x9B\xD0\xB0\xD1\x81\xD0\xBA\xD0\xB0                                                    \xD0\x91\xD0\xB0\xD1\x80\xD0\xBD\xD0\xB0\xD1\x83\xD0\xBB  \xD0\xB0\xD0\xBD\xD0\xB8\xD0\xBC\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8F\n"
	    "\xD0\x9A\xD0\xBE\xD0\xBD\xD1\x82\xD0\xB0\xD0\xBA\xD1\x82\xD1\x8B                \xD0\x9F\xD0\xBE\xD1\x8D\xD1\x82\xD0\xBE\xD0\xBC\xD1\x83 \xD0\xB5\xD0\xB3\xD0\xBE \xD1\x82\xD1\x83\xD0\xB4\xD0\xB0 \xD0\xB8 \xD0\xBF\xD0\xBE\xD1\x81\xD1\x82\xD0\xB0\xD0\xB2\xD0\xB8\xD0\xBB\xD0\xB8.             \xD0\x97\xD0\xBD\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xBC\xD1\x81\xD1\x82\xD0\xB2\xD0\xB0\n"
	    "                                           11:30 17-January-2012\n"
	    "                        " RULE40_V "\n"
	    "                                     \xD0\x9A\xD0\xBE\xD0\xBC\xD0\xBC\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0\xD1\x80\xD0\xB8\xD0\xB9 \xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8F: \xD0\x91\xD0\xBE\xD1\x80\xD0\xB8\xD1\x81\n"
	    "                        \xD0\xA0\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82 \xD0\xBD\xD0\xB5 \xD0\xB7\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xBD\xD1\x87\xD0\xB5\xD0\xBD, \xD0\xB0\xD0\xBA\xD1\x82\xD1\x8B \xD0\xBF\xD0\xBE\xD0\xB4\xD0\xBF\xD0\xB8\xD1\x81\xD0\xB0\xD0\xBD\xD1\x8B.\n"
	    "                                           11:42 17-January-2012\n"
	    "                        " RULE40_V "\n";
	static const char en[] =
	    "Notes from the allotment\n"
	    "\n"
	    "The beans came up late this year, but the tomatoes did better than ever.\n"
	    "\n"
	    "Home                    " RULE40_V "  ADVERTISEMENT\n"
	    "Garden                  Posted by Margaret Hill                   Seeds\n"
	    "Recipes                 3 March 2019, 10:15                       Tools\n"
	    "Archive                 Ours were late too this year.\n"
	    "About                   " RULE40_V "  Garden Centre\n"
	    "Contact                 Posted by Tom Baker                       Open daily\n"
	    "Links                   3 March 2019, 11:02                       Newsletter\n"
	    "Search                  Which tomatoes do you grow?               Sign up\n"
	    "                        " RULE40_V "\n"
	    "                        Posted by Ruth Ellis\n"
	    "                        4 March 2019, 08:40\n"
	    "                        Lovely photos of the beans.\n"
	    "                        " RULE40_V "\n";
	tt_thread *t = import_page(ru, sizeof ru - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "\xD0\xB3\xD0\xBE\xD1\x81\xD1\x82\xD1\x8C");
	assert_string_equal(t->order[1]->posted, "11:30 17-January-2012");
	assert_true(!strncmp(t->order[1]->author, "\xD0\x90\xD0\xBD\xD0\xB4", 6));
	assert_true(strstr(t->order[1]->author, "\xD0\x91\xD0\xB0\xD1\x80\xD0\xBD\xD0\xB0\xD1\x83\xD0\xBB") != NULL);
	assert_true(!strncmp(t->order[2]->body.v[0], "\xD0\xA0\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xBD\xD1\x82", 10));
	tt_thread_free(t);
	t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Margaret Hill");
	assert_string_equal(t->order[1]->author, "Tom Baker");
	assert_string_equal(t->order[1]->posted, "3 March 2019, 11:02");
	assert_string_equal(t->order[2]->body.v[0], "Lovely photos of the beans.");
	tt_thread_free(t);
}

/* lynx's list of comments each a numbered item with nothing between its
 * lines: the bare number, a drawn rule, the avatar's image label broken
 * over two lines (its address is longer than the line), the name, the
 * text, the date and "Reply" under the text, the next number right under
 * that date. The rule and the broken label are no text; a short last line
 * of a text ("Keren", "Thanks,") run on from its name is the text's, no
 * name of a header over the date; the name hanging in the item opens a
 * comment though text stands over the list. */
static void test_round33_dumps_m_numbered_names_dated_below(void **state)
{
	(void)state;
	static const char en[] =
	    "Seven ways to slow your feeds\n"
	    "\n"
	    "   Too many feeds make reading a chore, and these seven tools help to filter them.\n"
	    "\n"
	    "3 Comments\n"
	    "\n"
	    "   To leave a comment on this story, please log in with [42]Facebook\n"
	    "    1.\n"
	    "         ________________________________________________\n"
	    "\n"
	    "       [43][e9eeadaf08020454b93b47bf1aed0c74?s=50&d=http%3A%2F%2Fexample.com%2Fimag\n"
	    "       es%2Favatars%2Fred.png&r=PG]\n"
	    "       [44]Josh Chandler\n"
	    "       Friendfeed all the way, especially with the rooms where people share links.\n"
	    "       [45]October 30, 2008 07:44:49 [46]Reply\n"
	    "    2.\n"
	    "         ________________________________________________\n"
	    "\n"
	    "       [47][f761381242a443a4155679e0408f1ed9?s=50&d=http%3A%2F%2Fexample.com%2Fimag\n"
	    "       es%2Favatars%2Fgreen.png&r=PG]\n"
	    "       [48]Keren Dagan\n"
	    "       I like TweetDeck. I use only one screen, and I run it side by side.\n"
	    "       Good review,\n"
	    "       Keren\n"
	    "       [49]October 30, 2008 08:44:07 [50]Reply\n"
	    "    3.\n"
	    "         ________________________________________________\n"
	    "\n"
	    "       [51][eb70cb2a44f7091c0e34b698afbe55da?s=50&d=http%3A%2F%2Fexample.com%2Fimag\n"
	    "       es%2Favatars%2Fblue.png&r=PG]\n"
	    "       [52]Dave Konopka\n"
	    "       TweetDeck is one of the few apps that makes Twitter better.\n"
	    "       [53]October 30, 2008 08:44:26 [54]Reply\n"
	    "\n"
	    "Subscribe\n"
	    "\n"
	    "   Get the news in your inbox every morning.\n";
	static const char de[] =
	    "Neue Radwege in der Altstadt\n"
	    "\n"
	    "   Die Stadt baut bis zum Herbst drei neue Radwege, und die Anwohner streiten darüber.\n"
	    "\n"
	    "Leserbriefe\n"
	    "\n"
	    "   Bitte melden Sie sich an, um zu schreiben.\n"
	    "     * \n"
	    "         ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
	    "\n"
	    "       [12][0a1b2c3d4e5f60718293a4b5c6d7e8f9?s=40&d=https%3A%2F%2Fzeitung.example%2Fbil\n"
	    "       der%2Fleer.png]\n"
	    "       Hans Meier\n"
	    "       Endlich! Ich fahre jeden Tag durch die Altstadt zur Arbeit.\n"
	    "       Danke,\n"
	    "       Hans\n"
	    "       3. März 2021 um 09:15 [13]Antworten\n"
	    "     * \n"
	    "         ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
	    "\n"
	    "       [14][99aa88bb77cc66dd55ee44ff33001122?s=40&d=https%3A%2F%2Fzeitung.example%2Fbil\n"
	    "       der%2Fleer.png]\n"
	    "       Petra Schulz\n"
	    "       Und wo sollen wir Anwohner dann parken?\n"
	    "       3. März 2021 um 10:02 [15]Antworten\n"
	    "     * \n"
	    "         ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
	    "\n"
	    "       [16][1234abcd5678ef901234abcd5678ef90?s=40&d=https%3A%2F%2Fzeitung.example%2Fbil\n"
	    "       der%2Fleer.png]\n"
	    "       Jürgen Brandt\n"
	    "       Parkhäuser gibt es genug, man muss nur ein paar Schritte laufen.\n"
	    "       3. März 2021 um 11:40 [17]Antworten\n"
	    "\n"
	    "Impressum\n"
	    "\n"
	    "   Alle Rechte vorbehalten.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Josh Chandler");
	assert_string_equal(t->order[0]->time, "2008-10-30T07:44:49");
	assert_true(!strncmp(t->order[0]->body.v[0], "Friendfeed all", 14));
	assert_string_equal(t->order[1]->author, "Keren Dagan");
	assert_string_equal(t->order[1]->time, "2008-10-30T08:44:07");
	assert_string_equal(t->order[2]->author, "Dave Konopka");
	assert_string_equal(t->order[2]->time, "2008-10-30T08:44:26");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Hans Meier");
	assert_string_equal(t->order[0]->time, "2021-03-03T09:15");
	assert_true(!strncmp(t->order[0]->body.v[0], "Endlich!", 8));
	assert_string_equal(t->order[1]->author, "Petra Schulz");
	assert_string_equal(t->order[2]->author, "Jürgen Brandt");
	assert_string_equal(t->order[2]->time, "2021-03-03T11:40");
	tt_thread_free(t);
}

/* A label line the page repeats over a mention opening a comment's text
 * ("View original reply" over "[138]@februarybride220: Love the...": the
 * box of the post answered, its words filled by a script), a paragraph of
 * its own in lynx's dump, the text's first line in w3m's: the label goes,
 * and lynx's link number on the mention with it, so the mention opens the
 * text and names the comment answered, which the answer goes under. */
static void test_round33_dumps_m_label_over_mention(void **state)
{
	(void)state;
	static const char en[] =
	    "Favourite nail colour for your ring?\n"
	    "\n"
	    "Just for fun, what is your favourite nail colour together with your ring and why?\n"
	    "\n"
	    "Replies\n"
	    "\n"
	    "Anna Berg\n"
	    "3 Sept 19, 13:53\n"
	    "\n"
	    "Love this. Beautiful ring and nail colour.\n"
	    "\n"
	    "Carla Moss\n"
	    "3 Sept 19, 14:10\n"
	    "\n"
	    "View original reply\n"
	    "[138]@Anna Berg: Love the colour with the ring, it makes it pop.\n"
	    "\n"
	    "Dora Lane\n"
	    "4 Sept 19, 08:10\n"
	    "\n"
	    "I just love a french ombre with mine.\n"
	    "\n"
	    "Carla Moss\n"
	    "4 Sept 19, 09:30\n"
	    "\n"
	    "View original reply\n"
	    "[142]@Dora Lane: I agree, it is classic but with a twist.\n"
	    "\n"
	    "Eve Stone\n"
	    "5 Sept 19, 11:00\n"
	    "\n"
	    "Red, always red.\n"
	    "\n"
	    "Carla Moss\n"
	    "5 Sept 19, 12:45\n"
	    "\n"
	    "View original reply\n"
	    "[149]@Eve Stone: That is a great shade for yellow gold.\n";
	static const char de[] =
	    "Welcher Lack passt zum Ring?\n"
	    "\n"
	    "Nur so aus Neugier: welche Farbe tragt ihr zu eurem Ring und warum?\n"
	    "\n"
	    "Antworten\n"
	    "\n"
	    "Hanna Vogt\n"
	    "3. März 2021 09:15\n"
	    "\n"
	    "Ein dunkles Rot, seit Jahren schon.\n"
	    "\n"
	    "Jonas Keller\n"
	    "3. März 2021 10:02\n"
	    "\n"
	    "Beitrag anzeigen\n"
	    "@Hanna Vogt: Dunkelrot ist auch meine Wahl für Gelbgold.\n"
	    "\n"
	    "Mira Lang\n"
	    "3. März 2021 11:40\n"
	    "\n"
	    "Bei mir ist es immer ein helles Nude.\n"
	    "\n"
	    "Jonas Keller\n"
	    "3. März 2021 12:05\n"
	    "\n"
	    "Beitrag anzeigen\n"
	    "@Mira Lang: Nude ist zeitlos, da kann man nichts falsch machen.\n"
	    "\n"
	    "Paul Roth\n"
	    "4. März 2021 08:20\n"
	    "\n"
	    "Ich trage gar keinen Lack.\n"
	    "\n"
	    "Jonas Keller\n"
	    "4. März 2021 09:00\n"
	    "\n"
	    "Beitrag anzeigen\n"
	    "@Paul Roth: Auch das ist eine Wahl, und keine schlechte.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->order[1]->author, "Carla Moss");
	assert_true(!strncmp(t->order[1]->body.v[0], "@Anna Berg: Love", 16));
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_ptr_equal(t->order[5]->parent, t->order[4]);
	assert_null(t->order[2]->parent);
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 6);
	assert_string_equal(t->order[1]->author, "Jonas Keller");
	assert_true(!strncmp(t->order[1]->body.v[0], "@Hanna Vogt: Dunkelrot", 22));
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	assert_ptr_equal(t->order[3]->parent, t->order[2]);
	assert_null(t->order[4]->parent);
	tt_thread_free(t);
}

/* Round 34's dumps, part e: a verb written before the comma that closes
 * the name ("stephangoeldi said, on August 3, 2019 at 3:12 pm"), the same
 * word before the comma of another header nearby: the template's, no
 * part of the name. */
static void test_round34_dumps_e_verb_before_comma(void **state)
{
	(void)state;
	static const char en[] =
	    "Office in schools, the third\n"
	    "\n"
	    "The authority has spoken again on the cloud office in schools, and it is not over.\n"
	    "\n"
	    "2 Responses\n"
	    "\n"
	    " 1. stephan said, on August 3, 2019 at 3:12 pm\n"
	    "\n"
	    "    Thanks for all the good posts on this subject, they help a lot.\n"
	    "\n"
	    "    Reply\n"
	    "\n"
	    "     1. damian said, on August 3, 2019 at 3:19 pm\n"
	    "\n"
	    "        All will be well, I write, because the past shows it.\n"
	    "\n"
	    "        Reply\n";
	/* Another page's shape and language: Dutch, the label after the
	 * comma ("op") not one the header's separators know, the name read
	 * before the date with the verb, the comma and the label. */
	static const char nl[] =
	    "De brug is dicht\n"
	    "\n"
	    "De brug is sinds maandag dicht, en de stad zegt niet wanneer die weer opengaat.\n"
	    "\n"
	    "2 reacties\n"
	    "\n"
	    " 1. stephan zei, op 3 augustus, 2019 om 15:12\n"
	    "\n"
	    "    Dank voor alle goede bijdragen over dit onderwerp, ze helpen veel.\n"
	    "\n"
	    "    Beantwoorden\n"
	    "\n"
	    "     1. damian zei, op 3 augustus, 2019 om 15:19\n"
	    "\n"
	    "        Het komt goed, schrijf ik, omdat het verleden het laat zien.\n"
	    "\n"
	    "        Beantwoorden\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "stephan");
	assert_string_equal(t->order[1]->author, "damian");
	assert_string_equal(t->order[1]->posted, "August 3, 2019 at 3:19 pm");
	tt_thread_free(t);
	t = import_page(nl, sizeof nl - 1);
	assert_int_equal(t->ncomments, 2);
	assert_string_equal(t->order[0]->author, "stephan");
	assert_string_equal(t->order[1]->author, "damian");
	assert_ptr_equal(t->order[1]->parent, t->order[0]);
	tt_thread_free(t);
}

/* Round 34's dumps, part e: a name run into its date's last digit, no
 * space between ("12:31 pm, 12-Jan-2012Harry Paterson", a theme that
 * sets the name's box right after the time's): the date and the name of a
 * header. A date without its clock, or a tail with a digit, is not so
 * read (two dates side by side, a feed's line). */
static void test_round34_dumps_e_name_run_into_date(void **state)
{
	(void)state;
	static const char en[] =
	    "Breast implants on the state\n"
	    "\n"
	    "Why the health service should pay for some operations, and why it should not for others.\n"
	    "\n"
	    "12:31 pm, 12-Jan-2012Harry Paterson\n"
	    "Well argued and fair play to you.\n"
	    "1:13 pm, 12-Jan-2012Robert\n"
	    "You're quite right. I know a couple of girls who did it.\n"
	    "2:10 pm, 12-Jan-2012Lisa\n"
	    "Well done, I am glad someone took a stand.\n";
	static const char de[] =
	    "Die Brücke ist gesperrt\n"
	    "\n"
	    "Die Brücke ist seit Montag gesperrt, und die Stadt sagt nicht, wann sie wieder öffnet.\n"
	    "\n"
	    "09:15 Uhr, 03.03.2021Hanna Vogt\n"
	    "Ein Ärgernis, seit Jahren schon.\n"
	    "10:02 Uhr, 03.03.2021Jonas Keller\n"
	    "Das sehe ich anders als die Stadt.\n"
	    "11:40 Uhr, 04.03.2021Mira Lang\n"
	    "Danke für den Artikel, sehr gut.\n";
	tt_thread *t = import_page(en, sizeof en - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Harry Paterson");
	assert_string_equal(t->order[0]->posted, "12:31 pm, 12-Jan-2012");
	assert_string_equal(t->order[2]->author, "Lisa");
	tt_thread_free(t);
	t = import_page(de, sizeof de - 1);
	assert_int_equal(t->ncomments, 3);
	assert_string_equal(t->order[0]->author, "Hanna Vogt");
	assert_string_equal(t->order[1]->posted, "10:02 Uhr, 03.03.2021");
	tt_thread_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_samples_are_importer_output),
	    cmocka_unit_test(test_seed_article_and_comments),
	    cmocka_unit_test(test_seed_without_comments),
	    cmocka_unit_test(test_unnumbered_nested_replies),
	    cmocka_unit_test(test_says_headers_and_footer),
	    cmocka_unit_test(test_windows_1252_crlf_date_first),
	    cmocka_unit_test(test_no_comments_author_box),
	    cmocka_unit_test(test_signatures_after_body),
	    cmocka_unit_test(test_one_line_numbered_headers),
	    cmocka_unit_test(test_bullets_handles_and_link_runs),
	    cmocka_unit_test(test_wordpress_nested_says),
	    cmocka_unit_test(test_title_among_menus_and_ordinals),
	    cmocka_unit_test(test_stacked_header_block),
	    cmocka_unit_test(test_text_browser_dump),
	    cmocka_unit_test(test_headers_indented_text_not),
	    cmocka_unit_test(test_embedded_post_in_article),
	    cmocka_unit_test(test_footer_keeps_short_last_paragraph),
	    cmocka_unit_test(test_form_words_in_a_sentence),
	    cmocka_unit_test(test_numeric_avatar_before_name),
	    cmocka_unit_test(test_glued_alt_before_name),
	    cmocka_unit_test(test_image_named_by_file_before_name),
	    cmocka_unit_test(test_signed_numbered_list),
	    cmocka_unit_test(test_numbered_reply_link),
	    cmocka_unit_test(test_count_amid_paragraph),
	    cmocka_unit_test(test_buttons_after_clock),
	    cmocka_unit_test(test_flat_name_run),
	    cmocka_unit_test(test_numbered_doubled_header),
	    cmocka_unit_test(test_alt_text_before_name),
	    cmocka_unit_test(test_no_break_space_in_date),
	    cmocka_unit_test(test_slashes_between_date_and_time),
	    cmocka_unit_test(test_bulleted_headers_text_left),
	    cmocka_unit_test(test_teasers_around_a_comment),
	    cmocka_unit_test(test_avatar_items_open_comments),
	    cmocka_unit_test(test_avatar_items_lynx),
	    cmocka_unit_test(test_titled_items_and_template_words),
	    cmocka_unit_test(test_date_comma_name_headers),
	    cmocka_unit_test(test_bulleted_comments_numbered_replies),
	    cmocka_unit_test(test_nickname_punctuation_before_verb),
	    cmocka_unit_test(test_footer_words_in_comment_text),
	    cmocka_unit_test(test_bullet_above_header_nests),
	    cmocka_unit_test(test_german_numbered_verb),
	    cmocka_unit_test(test_dates_in_five_languages),
	    cmocka_unit_test(test_dates_under_text),
	    cmocka_unit_test(test_date_over_doubled_name),
	    cmocka_unit_test(test_doubled_names_dated_below),
	    cmocka_unit_test(test_header_over_buttons_and_counts),
	    cmocka_unit_test(test_name_over_signed_date),
	    cmocka_unit_test(test_lynx_reply_links_at_margin),
	    cmocka_unit_test(test_name_over_own_score),
	    cmocka_unit_test(test_answers_by_bare_name),
	    cmocka_unit_test(test_list_item_headers),
	    cmocka_unit_test(test_numbers_under_headers),
	    cmocka_unit_test(test_table_rows),
	    cmocka_unit_test(test_dotted_verb_headers),
	    cmocka_unit_test(test_dotted_verb_headers_lynx),
	    cmocka_unit_test(test_name_twice_over_date),
	    cmocka_unit_test(test_count_over_bare_items),
	    cmocka_unit_test(test_level_lines_and_scores),
	    cmocka_unit_test(test_names_over_scores),
	    cmocka_unit_test(test_gone_comments_under_levels),
	    cmocka_unit_test(test_flair_in_place_of_score),
	    cmocka_unit_test(test_margin_marks_and_link_runs),
	    cmocka_unit_test(test_badges_under_header),
	    cmocka_unit_test(test_author_boxes),
	    cmocka_unit_test(test_handle_full_name_post_number),
	    cmocka_unit_test(test_bracketed_dates_and_link_word),
	    cmocka_unit_test(test_times_as_shown),
	    cmocka_unit_test(test_names_under_dates),
	    cmocka_unit_test(test_cut_addresses_are_no_headers),
	    cmocka_unit_test(test_short_weekday_and_slash),
	    cmocka_unit_test(test_numbered_items_with_avatars),
	    cmocka_unit_test(test_two_images_before_name),
	    cmocka_unit_test(test_bullet_before_clock),
	    cmocka_unit_test(test_next_item_is_no_wrapped_tail),
	    cmocka_unit_test(test_sign_opening_text),
	    cmocka_unit_test(test_indented_quote),
	    cmocka_unit_test(test_spaced_numeric_dates),
	    cmocka_unit_test(test_forum_header_blocks),
	    cmocka_unit_test(test_lynx_titled_items),
	    cmocka_unit_test(test_closed_line_over_headers),
	    cmocka_unit_test(test_titles_under_images),
	    cmocka_unit_test(test_lynx_headings_are_no_names),
	    cmocka_unit_test(test_doubled_name_yearless_date),
	    cmocka_unit_test(test_teasers_of_another_shape),
	    cmocka_unit_test(test_names_over_repeated_buttons),
	    cmocka_unit_test(test_short_name_over_bullet_date),
	    cmocka_unit_test(test_number_names_with_verb),
	    cmocka_unit_test(test_on_date_said_headers),
	    cmocka_unit_test(test_date_then_count_no_heading),
	    cmocka_unit_test(test_relative_time_then_button),
	    cmocka_unit_test(test_relative_day_at_clock),
	    cmocka_unit_test(test_quotes_set_apart),
	    cmocka_unit_test(test_name_button_date_headers),
	    cmocka_unit_test(test_quoted_and_long_names_with_verb),
	    cmocka_unit_test(test_quoted_header_among_numbered),
	    cmocka_unit_test(test_titles_over_one_line_headers),
	    cmocka_unit_test(test_edited_dates_in_brackets),
	    cmocka_unit_test(test_replies_told_by_header_links),
	    cmocka_unit_test(test_member_boxes_under_avatars),
	    cmocka_unit_test(test_post_number_after_date),
	    cmocka_unit_test(test_name_word_ending_in_apostrophe),
	    cmocka_unit_test(test_name_glued_to_date),
	    cmocka_unit_test(test_label_before_name),
	    cmocka_unit_test(test_name_joined_by_verb),
	    cmocka_unit_test(test_widgets_are_furniture),
	    cmocka_unit_test(test_author_date_lines_with_count),
	    cmocka_unit_test(test_dropped_text_warns),
	    cmocka_unit_test(test_unpunctuated_pages),
	    cmocka_unit_test(test_binary_refused),
	    cmocka_unit_test(test_detect_form_field),
	    cmocka_unit_test(test_overrides),
	    cmocka_unit_test(test_ids_stable),
	    cmocka_unit_test(test_bad_input),
	    cmocka_unit_test(test_decode),
	    cmocka_unit_test(test_open_any),
	    cmocka_unit_test(test_numbered_forum_posts),
	    cmocka_unit_test(test_names_and_subjects_around_headers),
	    cmocka_unit_test(test_labelled_forum_posts),
	    cmocka_unit_test(test_numbers_under_dates),
	    cmocka_unit_test(test_topic_over_numbered_posts),
	    cmocka_unit_test(test_numbered_labelled_posts),
	    cmocka_unit_test(test_dates_over_post_numbers),
	    cmocka_unit_test(test_post_number_after_name),
	    cmocka_unit_test(test_wide_stop_no_count),
	    cmocka_unit_test(test_chinese_ages_in_headers),
	    cmocka_unit_test(test_date_number_name_headers),
	    cmocka_unit_test(test_answers_by_name),
	    cmocka_unit_test(test_address_over_quote_w3m),
	    cmocka_unit_test(test_answer_among_several_w3m),
	    cmocka_unit_test(test_numbered_reply_lines),
	    cmocka_unit_test(test_question_answers_comments),
	    cmocka_unit_test(test_signed_day_month_comma_year),
	    cmocka_unit_test(test_posts_dated_twice),
	    cmocka_unit_test(test_name_badge_date),
	    cmocka_unit_test(test_lettered_avatars),
	    cmocka_unit_test(test_dated_counts),
	    cmocka_unit_test(test_member_boxes_over_numbers),
	    cmocka_unit_test(test_own_handle_after_name),
	    cmocka_unit_test(test_fielded_headers),
	    cmocka_unit_test(test_answers_in_headers),
	    cmocka_unit_test(test_answers_in_headers_linked),
	    cmocka_unit_test(test_answers_in_reply_to),
	    cmocka_unit_test(test_day_before_comma),
	    cmocka_unit_test(test_date_then_name_verb),
	    cmocka_unit_test(test_answers_at_names),
	    cmocka_unit_test(test_answers_at_names_lynx),
	    cmocka_unit_test(test_date_then_name),
	    cmocka_unit_test(test_answers_by_name_linked),
	    cmocka_unit_test(test_buttons_under_header),
	    cmocka_unit_test(test_clock_left_out),
	    cmocka_unit_test(test_name_at_margin),
	    cmocka_unit_test(test_link_number_after_template),
	    cmocka_unit_test(test_prose_under_count),
	    cmocka_unit_test(test_posts_between_rules),
	    cmocka_unit_test(test_numbers_run_into_dates),
	    cmocka_unit_test(test_doubled_names_and_quoted_replies),
	    cmocka_unit_test(test_rank_after_name),
	    cmocka_unit_test(test_ruled_posts_timed_from_copy),
	    cmocka_unit_test(test_dash_place_signatures),
	    cmocka_unit_test(test_item_signatures),
	    cmocka_unit_test(test_answers_out_of_time),
	    cmocka_unit_test(test_dates_in_page_order),
	    cmocka_unit_test(test_counted_names_dated_places),
	    cmocka_unit_test(test_text_opening_with_colon),
	    cmocka_unit_test(test_answers_opening_with_names),
	    cmocka_unit_test(test_year_run_into_clock),
	    cmocka_unit_test(test_answers_after_reply_forms),
	    cmocka_unit_test(test_mark_run_over_header),
	    cmocka_unit_test(test_avatar_over_name_dated_under_text),
	    cmocka_unit_test(test_answers_in_own_shape),
	    cmocka_unit_test(test_answers_in_headers_by_quote),
	    cmocka_unit_test(test_lynx_names_off_date_column),
	    cmocka_unit_test(test_lynx_comments_run_together),
	    cmocka_unit_test(test_lynx_replies_by_anchor),
	    cmocka_unit_test(test_age_with_clock),
	    cmocka_unit_test(test_follower_count_boxes),
	    cmocka_unit_test(test_answers_younger_than_above),
	    cmocka_unit_test(test_item_name_dated_below),
	    cmocka_unit_test(test_answers_newer_than_above),
	    cmocka_unit_test(test_no_break_spaces_read_as_spaces),
	    cmocka_unit_test(test_count_over_quoted_title),
	    cmocka_unit_test(test_answers_by_name_chain),
	    cmocka_unit_test(test_answers_by_name_alone),
	    cmocka_unit_test(test_unspaced_article),
	    cmocka_unit_test(test_header_box_echo),
	    cmocka_unit_test(test_half_day_run_into_button),
	    cmocka_unit_test(test_date_run_into_tail),
	    cmocka_unit_test(test_unspaced_name_twice),
	    cmocka_unit_test(test_date_joiner_name),
	    cmocka_unit_test(test_alt_text_over_name),
	    cmocka_unit_test(test_utf8_read_as_cp1251),
	    cmocka_unit_test(test_old_dumps_a_read_twice_by_lynx),
	    cmocka_unit_test(test_text_apart_under_every_header),
	    cmocka_unit_test(test_quote_under_name_right_of_margin),
	    cmocka_unit_test(test_answer_by_first_name),
	    cmocka_unit_test(test_name_given_twice),
	    cmocka_unit_test(test_badge_under_header),
	    cmocka_unit_test(test_count_under_byline_over_article),
	    cmocka_unit_test(test_answer_names_comment_and_time),
	    cmocka_unit_test(test_count_among_words_in_brackets),
	    cmocka_unit_test(test_same_notice_under_two_names),
	    cmocka_unit_test(test_older_comments_under_later_one),
	    cmocka_unit_test(test_item_name_over_dated_name),
	    cmocka_unit_test(test_date_then_answered_date),
	    cmocka_unit_test(test_posts_over_button_rows),
	    cmocka_unit_test(test_titled_posts_signed_under_text),
	    cmocka_unit_test(test_scored_numbers_and_quotation_titles),
	    cmocka_unit_test(test_tilde_names_bracketed_clocks),
	    cmocka_unit_test(test_address_broken_over_lines),
	    cmocka_unit_test(test_exclaimed_name_between_number_and_date),
	    cmocka_unit_test(test_list_drawn_twice),
	    cmocka_unit_test(test_quoted_header_at_other_column),
	    cmocka_unit_test(test_find_as_memmem),
	    cmocka_unit_test(test_contains_ci_and_list_marks),
	    cmocka_unit_test(test_count_words),
	    cmocka_unit_test(test_help_block_in_every_comment),
	    cmocka_unit_test(test_byline_apart_from_comments),
	    cmocka_unit_test(test_name_over_named_date),
	    cmocka_unit_test(test_sorting_label_and_later_count),
	    cmocka_unit_test(test_outline_numbered_permalinks),
	    cmocka_unit_test(test_scores_over_names_and_bar_clocks),
	    cmocka_unit_test(test_answer_counts_no_heading),
	    cmocka_unit_test(test_titles_over_repeated_lines),
	    cmocka_unit_test(test_signatures_told_by_ends),
	    cmocka_unit_test(test_labelled_dates_and_address_names),
	    cmocka_unit_test(test_newest_first_many_answers),
	    cmocka_unit_test(test_unscored_teaser_after_scored),
	    cmocka_unit_test(test_plain_names_dated_below),
	    cmocka_unit_test(test_joined_headers_over_titles),
	    cmocka_unit_test(test_item_signed_across_blank),
	    cmocka_unit_test(test_recent_comments_widget),
	    cmocka_unit_test(test_day_dated_teasers_after_form),
	    cmocka_unit_test(test_named_items_without_times),
	    cmocka_unit_test(test_bracketed_dates_labels_counted_answers),
	    cmocka_unit_test(test_vote_box_over_text),
	    cmocka_unit_test(test_name_over_name_badge_age),
	    cmocka_unit_test(test_teaser_above_later_heading),
	    cmocka_unit_test(test_tilde_marks_short_names),
	    cmocka_unit_test(test_link_numbers_opening_texts),
	    cmocka_unit_test(test_badge_between_name_and_date),
	    cmocka_unit_test(test_round26_dumps_a_number_before_name),
	    cmocka_unit_test(test_round26_dumps_a_year_first_dots),
	    cmocka_unit_test(test_round26_dumps_a_answer_names_writer),
	    cmocka_unit_test(test_round26_dumps_a_two_digit_years),
	    cmocka_unit_test(test_round26_dumps_a_votes_then_name),
	    cmocka_unit_test(test_round26_dumps_a_titles_run_into_text),
	    cmocka_unit_test(test_round26_dumps_a_byline_dated_to_day),
	    cmocka_unit_test(test_round26_dumps_a_marks_alone_name),
	    cmocka_unit_test(test_round26_dumps_a_name_echoed_under_votes),
	    cmocka_unit_test(test_round26_dumps_b_clock_and_day),
	    cmocka_unit_test(test_round26_dumps_b_rank_run_into_name),
	    cmocka_unit_test(test_round26_dumps_b_folded_answers_count),
	    cmocka_unit_test(test_round26_dumps_b_comments_over_first_prose),
	    cmocka_unit_test(test_round26_dumps_b_titled_quote_set_apart),
	    cmocka_unit_test(test_round26_dumps_b_posts_named_in_footer),
	    cmocka_unit_test(test_round26_dumps_b_colon_line_over_item),
	    cmocka_unit_test(test_round26_dumps_onet_copy_of_answered),
	    cmocka_unit_test(test_round27_dumps_a_dotted_version),
	    cmocka_unit_test(test_round28_dumps_a_label_signed_answers),
	    cmocka_unit_test(test_round28_dumps_a_glued_mark_header),
	    cmocka_unit_test(test_round28_dumps_a_menu_over_first_header),
	    cmocka_unit_test(test_round27_dumps_a_date_clock_name_box),
	    cmocka_unit_test(test_round27_dumps_a_votes_item_under_date),
	    cmocka_unit_test(test_round27_dumps_a_colon_line_over_next_box),
	    cmocka_unit_test(test_round27_dumps_a_named_title_under_own_words),
	    cmocka_unit_test(test_round27_dumps_a_item_signed_answers),
	    cmocka_unit_test(test_round27_dumps_b_answers_listed_under_post),
	    cmocka_unit_test(test_round27_dumps_b_reply_dot_date_under_text),
	    cmocka_unit_test(test_round28_dumps_b_avatar_block_past_link),
	    cmocka_unit_test(test_round28_dumps_b_signed_over_notice),
	    cmocka_unit_test(test_round28_dumps_b_first_prose_signed),
	    cmocka_unit_test(test_round28_dumps_b_label_colon_count),
	    cmocka_unit_test(test_round28_dumps_b_first_answer_over_gap),
	    cmocka_unit_test(test_round28_dumps_c_member_box_drawn_twice),
	    cmocka_unit_test(test_round28_dumps_d_action_row_under_header),
	    cmocka_unit_test(test_round28_dumps_d_wide_count_and_place_lines),
	    cmocka_unit_test(test_old_dumps_a_wide_count_with_counter_word),
	    cmocka_unit_test(test_old_dumps_a_name_over_label_date),
	    cmocka_unit_test(test_round28_dumps_e_run_on_article_over_header),
	    cmocka_unit_test(test_round28_dumps_f_article_signature_deeper),
	    cmocka_unit_test(test_round27_dumps_c_badge_over_gapped_date),
	    cmocka_unit_test(test_round27_dumps_c_numbered_name_no_heading),
	    cmocka_unit_test(test_round27_dumps_c_box_line_with_image),
	    cmocka_unit_test(test_round29_dumps_b_answer_chains_newest_first),
	    cmocka_unit_test(test_round29_dumps_b_bulleted_date_over_name),
	    cmocka_unit_test(test_round29_dumps_b_tilde_one_letter_name),
	    cmocka_unit_test(test_round29_dumps_b_button_item_over_date_item),
	    cmocka_unit_test(test_round29_dumps_b_quote_run_into_text),
	    cmocka_unit_test(test_round29_dumps_a_bullet_date_over_name),
	    cmocka_unit_test(test_round29_dumps_a_lists_over_dated_headers),
	    cmocka_unit_test(test_round29_dumps_a_date_dash_buttons),
	    cmocka_unit_test(test_round29_dumps_a_name_under_labelled_date),
	    cmocka_unit_test(test_round29_dumps_a_avatar_letter_over_items),
	    cmocka_unit_test(test_round29_dumps_a_named_quote_source),
	    cmocka_unit_test(test_round29_dumps_a_linked_name_after_open_line),
	    cmocka_unit_test(test_round30_dumps_b_wrapped_item_tail),
	    cmocka_unit_test(test_round30_dumps_b_pager_under_comments),
	    cmocka_unit_test(test_round30_dumps_b_wrapped_shared_opening),
	    cmocka_unit_test(test_round30_dumps_b_signed_list_items),
	    cmocka_unit_test(test_round30_dumps_b_rating_after_age),
	    cmocka_unit_test(test_round30_dumps_b_form_box_over_field),
	    cmocka_unit_test(test_round30_dumps_b_form_buttons_over_date_item),
	    cmocka_unit_test(test_author_name_memo_by_text),
	    cmocka_unit_test(test_textline_letters),
	    cmocka_unit_test(test_round30_dumps_a_item_date_then_name),
	    cmocka_unit_test(test_round30_dumps_a_clock_run_into_date),
	    cmocka_unit_test(test_edited_note_no_name_run_into_day),
	    cmocka_unit_test(test_round30_dumps_a_quote_under_name),
	    cmocka_unit_test(test_round30_dumps_a_vote_counter_under_text),
	    cmocka_unit_test(test_round30_dumps_c_lower_initial_name),
	    cmocka_unit_test(test_round30_dumps_c_quote_short_first_line),
	    cmocka_unit_test(test_round31_dumps_a_rating_after_clock),
	    cmocka_unit_test(test_round31_dumps_a_title_over_first_header),
	    cmocka_unit_test(test_round31_dumps_a_link_in_header_cell),
	    cmocka_unit_test(test_round31_dumps_a_teaser_past_stated_count),
	    cmocka_unit_test(test_round31_dumps_a_sidebar_beside_comments),
	    cmocka_unit_test(test_round31_dumps_a_answers_counted_per_post),
	    cmocka_unit_test(test_round31_dumps_d_signed_between_rules),
	    cmocka_unit_test(test_round31_dumps_d_colon_closed_headers),
	    cmocka_unit_test(test_round31_dumps_d_byline_closing_article),
	    cmocka_unit_test(test_round31_dumps_b_names_over_labelled_dates),
	    cmocka_unit_test(test_round31_dumps_b_invisible_marks_in_names),
	    cmocka_unit_test(test_round31_dumps_b_count_under_list_item),
	    cmocka_unit_test(test_round31_dumps_b_short_text_under_named_date),
	    cmocka_unit_test(test_round31_dumps_b_table_left_cells),
	    cmocka_unit_test(test_round31_dumps_b_image_file_opening_text),
	    cmocka_unit_test(test_round32_dumps_l_closed_by_date),
	    cmocka_unit_test(test_round31_dumps_moment_before_age_g),
	    cmocka_unit_test(test_round32_dumps_v_bare_ages),
	    cmocka_unit_test(test_round32_dumps_v_button_under_date),
	    cmocka_unit_test(test_round32_dumps_v_answers_count),
	    cmocka_unit_test(test_round32_dumps_w_lynx_apostrophe),
	    cmocka_unit_test(test_round33_dumps_m_numbered_names_dated_below),
	    cmocka_unit_test(test_round33_dumps_m_label_over_mention),
	    cmocka_unit_test(test_round34_dumps_e_verb_before_comma),
	    cmocka_unit_test(test_round34_dumps_e_name_run_into_date),
	    cmocka_unit_test(test_round31_dumps_label_over_value_g),
	    cmocka_unit_test(test_round31_dumps_c_day_month_short_year),
	    cmocka_unit_test(test_round31_dumps_c_link_number_after_name),
	    cmocka_unit_test(test_round31_dumps_c_heading_over_first_prose),
	    cmocka_unit_test(test_round17_dumps_f_avatar_alt_over_name),
	    cmocka_unit_test(test_round19_dumps_f_mention_opening_quote),
	    cmocka_unit_test(test_button_run_into_date_e),
	    cmocka_unit_test(test_comments_heading_languages_e),
	    cmocka_unit_test(test_old_dumps_b_answer_signed_in_item),
	    cmocka_unit_test(test_old_dumps_b_unspaced_article_run),
	    cmocka_unit_test(test_old_dumps_b_doubled_name_longest_half),
	    cmocka_unit_test(test_round33_dumps_v_name_tails),
	    cmocka_unit_test(test_round33_dumps_v_dated_post_numbers),
	    cmocka_unit_test(test_stamped_opening_post_quotes),
	    cmocka_unit_test(test_stamped_lynx_quote_links),
	    cmocka_unit_test(test_compact_ages),
	    cmocka_unit_test(test_subject_by_name_posts),
	    cmocka_unit_test(test_ranked_stacked_headers),
	    cmocka_unit_test(test_numbered_floors_over_buttons),
	    cmocka_unit_test(test_board_messages),
	    cmocka_unit_test(test_quoted_post_lines),
	    cmocka_unit_test(test_cards_over_run_in_dates),
	    cmocka_unit_test(test_numbered_posts_noted_dates),
	    cmocka_unit_test(test_alt_named_posts),
	    cmocka_unit_test(test_said_titles_in_dumps),
	    cmocka_unit_test(test_month_dated_doubled_names),
	    cmocka_unit_test(test_image_board_dumps),
	    cmocka_unit_test(test_newest_first_flat_view),
	    cmocka_unit_test(test_card_column_posts),
	    cmocka_unit_test(test_named_date_lines),
	    cmocka_unit_test(test_icon_dated_posts),
	    cmocka_unit_test(test_post_number_cells),
	    cmocka_unit_test(test_pictured_names),
	    cmocka_unit_test(test_round33_dumps_v_box_values_apart),
	    cmocka_unit_test(test_round33_dumps_v_fields_past_mark),
	    cmocka_unit_test(test_round32_dumps_v_ruled_middle_column),
	    cmocka_unit_test(test_round36_talk_dumps),
	    cmocka_unit_test(test_round37_talk_dumps),
	    cmocka_unit_test(test_round37_qaru_dumps),
	    cmocka_unit_test(test_round37_qa_dumps),
	    cmocka_unit_test(test_round35_stackoverrun_dumps),
	    cmocka_unit_test(test_round37_answer_repeats_question),
	    cmocka_unit_test(test_talk_dump_dash_signoff),
	    cmocka_unit_test(test_talk_dump_signoff_names),
	    cmocka_unit_test(test_carded_posts),
	    cmocka_unit_test(test_counted_tree),
	    cmocka_unit_test(test_counted_tree_lynx),
	    cmocka_unit_test(test_subject_posts),
	    cmocka_unit_test(test_numbered_subject_posts),
	    cmocka_unit_test(test_score_stack),
	    cmocka_unit_test(test_pingback_items),
	    cmocka_unit_test(test_item_name_age),
	    cmocka_unit_test(test_talk_dump_numbered_votes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
