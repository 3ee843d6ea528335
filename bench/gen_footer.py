#!/usr/bin/python3
"""bench/gen_footer: page text of posts signed in a footer, as a text dump shows them.

Usage: gen_footer.py BYTES OUT.txt [dated]. Each post a line or two of text
and a "Posted by: NAME  Report Comment" footer under it, with no name above
the text (Daily Express' comment pages dumped by w3m); with "dated", one
post in five also has a title line and one in seven a date line over its
text, as Express' own do. Names vary, some come back; the page opens with a
short article. Deterministic, so every run measures the same page; written
until the file holds at least BYTES bytes.
"""
import sys
import textwrap

size, out = int(sys.argv[1]), sys.argv[2]
dated = len(sys.argv) > 3 and sys.argv[3] == "dated"
WORDS = ("the", "council", "buses", "said", "again", "money", "people", "never",
         "really", "town", "weather", "taxes", "should", "cure", "about", "time")


def sentence(i, n):
    return " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(n)).capitalize() + "."


def post(i):
    lines = []
    if dated and i % 5 == 0:
        lines += ["RE: A HEADLINE ABOUT THE BUSES %d" % (i % 50), ""]
    if dated and i % 7 == 0:
        lines += ["%02d.01.12, %d:%02d%s" % (i % 28 + 1, i % 12 + 1, i % 60,
                                            "am" if i % 4 else "pm"), ""]
    text = "Comment %d: %s" % (i, sentence(i, 8))
    if i % 4 == 1:
        text += " " + sentence(i + 2, 10)
    lines += textwrap.wrap(text, 77)
    name = "user%d" % (i % 1500) if i % 5 else "Reader%d" % (i % 37)
    lines += ["", "Posted by: %s  Report Comment" % name, ""]
    return "\n".join(lines) + "\n"


with open(out, "w", encoding="utf-8") as f:
    head = ("A HEADLINE ABOUT THE BUSES\n\nWednesday January 11,2012\n\nBy A Writer\n\n"
            + "\n".join(sentence(k, 20) for k in range(8)) + "\n\nHave your say(5)\n\n")
    f.write(head)
    written, i = len(head), 0
    while written < size:
        p = post(i)
        f.write(p)
        written += len(p.encode("utf-8"))
        i += 1
