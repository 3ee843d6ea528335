#!/usr/bin/python3
"""bench/gen_answers: a w3m-style page text of numbered "@NAME:" answers.

Usage: gen_answers.py BYTES OUT.txt. The shape of a WordPress blog's w3m
dump with its links lost: an article, a comments heading, then numbered
comments " N. N." with the writer's name and a date line each, a text that
mostly opens "@OTHERNAME:" answering an earlier writer (w3m keeps no link,
so only the name says which comment is answered), some quoting a line of
the comment answered, and "Reply". Writers follow a heavy-tailed law (a few
hundred names, some with spaces), words come from a Zipf-like vocabulary
of about 20,000 made-up words, so that the rare words the importer compares
are realistic. Deterministic: every run writes the same file.
"""
import itertools
import random
import sys

size, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(10)

SYLLABLES = ("ka to ri sen mar lo ve qui dan bel or ast pre un tel mis cor ga "
             "fen hol ith ner pla rum sto tra ul wes yan zor bri cha del").split()


def word():
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3))))


VOCAB = [w for w in dict.fromkeys(word() for _ in range(30000))][:20000]
COMMON = ("the of and to a in is it that for was on are with as I his they be at one have "
          "this from or had by not but what some we can out other were all there when up "
          "use your how said an each she which do their if will way about many then them").split()
CUM = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(VOCAB))))
NAMES = [("%s %s" % (word().title(), word().title())) if i % 5 == 0 else word().title()
         for i in range(400)]
NAME_CUM = list(itertools.accumulate(1.0 / (i + 1) ** 0.8 for i in range(len(NAMES))))
MONTHS = ("January February March April May June July August September October "
          "November December").split()


def sentence():
    n = rng.randint(5, 18)
    words = [rng.choice(COMMON) if rng.random() < 0.45 else
             rng.choices(VOCAB, cum_weights=CUM)[0] for _ in range(n)]
    return " ".join(words).capitalize() + rng.choice((".", ".", ".", "?", "!"))


def paragraph():
    return " ".join(sentence() for _ in range(rng.randint(1, 4)))


def wrap(text, indent, width=96):
    lines, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width - len(indent):
            lines.append(indent + line)
            line = w
        else:
            line = (line + " " + w) if line else w
    if line:
        lines.append(indent + line)
    return lines


head = ["Blog of the Day", "", "A post about matters of the day", "", "Posted by Editor",
        ""]
for _ in range(6):
    head += wrap(paragraph(), "") + [""]
head += ["Comments", ""]
parts = ["\n".join(head) + "\n"]
total = len(parts[0].encode())
writers, texts = [], []
i = 0
minute = 0
while total < size:
    i += 1
    minute += rng.randint(0, 3)
    name = rng.choices(NAMES, cum_weights=NAME_CUM)[0]
    day = 2 + minute // (60 * 24)
    hour, mins = (minute // 60) % 24, minute % 60
    date = "%s %d, 2026 at %d:%02d %s" % (MONTHS[(day // 28) % 12], day % 28 + 1,
                                            (hour + 11) % 12 + 1, mins,
                                            "am" if hour < 12 else "pm")
    body = []
    paras = [paragraph() for _ in range(rng.choice((1, 1, 2, 2, 3)))]
    if writers and rng.random() < 0.7:
        # An answer to one of the last forty comments, by its writer's name.
        j = max(0, len(writers) - 1 - int(rng.expovariate(0.15)) % 40)
        if rng.random() < 0.3:
            # "@NAME:" alone, a line of the answered comment quoted, the answer.
            body += ["    @%s:" % writers[j], ""]
            body += wrap(texts[j].split(". ")[0], "        ") + [""]
        else:
            paras[0] = "@%s: %s" % (writers[j], paras[0])
    for p in paras:
        body += wrap(p, "    ") + [""]
    block = ["%2d. %d." % (i, i) if i < 100 else "%d. %d." % (i, i), "", "    " + name, "",
             "    " + date, ""] + body + ["    Reply"]
    text = "\n".join(block) + "\n"
    writers.append(name)
    texts.append(paras[0].split(": ", 1)[-1])
    parts.append(text)
    total += len(text.encode())
with open(out, "w", encoding="utf-8") as f:
    f.write("".join(parts))
