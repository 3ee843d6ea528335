#!/usr/bin/python3
"""bench/gen_nearquotes: a forum dump whose quotations nearly match, the worst case of quotations sought under a name.

Usage: gen_nearquotes.py BYTES OUT.txt. Twenty long posts by one writer,
half the page, each a paragraph of one word over and over, then posts by
others that open with that writer's name alone over a line of the same word
but for its last one, as a forum's quotation box shows in a text dump
("NAME" over the quoted words). Each such line stands almost, but not
quite, everywhere in the writer's texts: a quotation sought without a bound
compares it at every place of all twenty, and the page costs the square of
its size. Headers are
a name with a numeric date and clock run into it ("NAME28.09.1913:39"), as
MacTechNews.de's forum dumps write them. Deterministic; written until the
file holds at least BYTES bytes.
"""
import sys

size, out = int(sys.argv[1]), sys.argv[2]
WORD = "a"


def header(name, i, hour):
    return "   %s%02d.10.19%02d:%02d" % (name, 10 + i % 18, hour, i % 60)


def main():
    lines = ["Forum", "", "   Thema: Appstore geht nicht", ""]
    text = ["   " + " ".join([WORD] * 48) for _ in range(max(1, size // 40 // 100))]
    for k in range(20):
        lines += ["   writer", header("writer", k, 19)] + text + ["   Hilfreich?0", ""]
    near = "   " + " ".join([WORD] * 47) + " b"
    written = sum(len(line) + 1 for line in lines)
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
        k = 0
        while written < size:
            k += 1
            post = ["   reader%d" % k, header("reader%d" % k, k, 20), "   writer", near,
                    "   Noch etwas dazu.", "   Hilfreich?0", ""]
            chunk = "\n".join(post) + "\n"
            f.write(chunk)
            written += len(chunk)


main()
