"""Render a thuvienphapluat-style Markdown web copy to the corpus .txt conventions (one paragraph per line)."""
import re, sys, unicodedata
src = open(sys.argv[1], encoding="utf-8").read()
lines = src.split("\n")
out, para, cell = [], [], None
def clean(s):
    s = s.replace("**", "").replace("*", "")
    s = re.sub(r"\s+", " ", s).strip()
    return s
def flush():
    global para
    t = clean(" ".join(para))
    if t:
        out.append(t)
    para = []
in_table = False
for ln in lines:
    s = ln.rstrip()
    if s.strip() == "|":          # cell boundary of the multi-line letterhead/signature tables
        flush(); in_table = not in_table if False else in_table
        continue
    if s.startswith("|") and s.endswith("|") and s.count("|") > 2:  # one-line markdown table row
        flush()
        cells = [clean(c) for c in s.strip("|").split("|")]
        if all(re.fullmatch(r"-*", c) for c in cells):
            continue
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            out.append(" | ".join(cells))
        continue
    if not s.strip():
        flush(); continue
    para.append(s.strip())
flush()
text = unicodedata.normalize("NFC", "\n".join(out)) + "\n"
sys.stdout.write(text)
