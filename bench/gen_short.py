#!/usr/bin/python3
"""bench/gen_short: page text of many short comments, as a text dump shows them.

Usage: gen_short.py BYTES OUT.txt. Each comment a name over its date
("3. März 2024 um 14:05") and one short sentence, about 80 bytes in all,
so 10 MB holds some 127,000 comments: twice the comments of the generated
page of `bench_import text` in the same size, the shape where the cost of
each comment, not of each byte, decides. Eight first names with numbers
after them; a short German article and a "Kommentare" heading open the
page. Deterministic; written until the file holds at least BYTES bytes.
"""
import sys

size, out = int(sys.argv[1]), sys.argv[2]
NAMES = ("Anna", "Bernd", "Clara", "Dieter", "Eva", "Frank", "Gabi", "Hans")
MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni")

parts = ["Ein Artikel über den Stadtrat\n\n",
         "Der Stadtrat hat gestern über die Busse beraten. Die Sitzung dauerte lange.\n\n",
         "Kommentare\n\n"]
total, i = sum(len(p.encode()) for p in parts), 0
while total < size:
    i += 1
    p = "%s%d\n%d. %s 2024 um %02d:%02d\n\nDas ist Kommentar %d, er sagt etwas Kurzes.\n\n" % (
        NAMES[i * 5 % len(NAMES)], i % 97, i % 28 + 1, MONTHS[i % len(MONTHS)], i % 24, i % 60, i)
    parts.append(p)
    total += len(p.encode())
with open(out, "w", encoding="utf-8") as f:
    f.write("".join(parts))
