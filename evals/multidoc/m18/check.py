"""Validate a round file: python check.py round-m18.jsonl corpus/

Checks the format of every case and that every support sentence appears (whitespace- and
quote-normalised) in the text of some document in corpus/ (.md/.txt/.html/.docx/.pdf).
Run with a Python that has pypdf and python-docx (e.g. the project's .venv/bin/python).
"""
import json
import re
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path

CATS = {"paraphrase", "synthesis", "why-how", "comparison", "conversation", "table",
        "named-document", "out-of-corpus"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(p: Path) -> str:
    s = p.suffix.lower()
    if s in (".md", ".txt"):
        return p.read_text(encoding="utf-8")
    if s in (".html", ".htm"):
        t = _Text()
        t.feed(p.read_text(encoding="utf-8"))
        return "".join(t.parts)
    if s == ".docx":
        import docx
        d = docx.Document(str(p))
        out = [para.text for para in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                out.append(" ".join(c.text for c in row.cells))
        return "\n".join(out)
    if s == ".pdf":
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(p)).pages)
    raise SystemExit(f"unknown format: {p}")


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ").replace("\u00ad", "")
    s = re.sub(r"-\s*\n\s*", "-", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def main() -> None:
    path, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    texts = {p.name: norm(text_of(p)) for p in sorted(corpus.iterdir()) if p.is_file()}
    errors, ids, convs = [], set(), {}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in rows:
        cid = r.get("id")
        for k in ("id", "category", "question", "answerable", "facts", "support"):
            if k not in r:
                errors.append(f"{cid}: missing {k}")
        if cid in ids:
            errors.append(f"{cid}: duplicate id")
        ids.add(cid)
        if r.get("category") not in CATS:
            errors.append(f"{cid}: unknown category {r.get('category')}")
        if r.get("answerable"):
            if not r.get("facts") or not r.get("support"):
                errors.append(f"{cid}: answerable case needs facts and support")
        elif r.get("facts") or r.get("support"):
            errors.append(f"{cid}: unanswerable case must have empty facts and support")
        for s in r.get("support", []):
            if not any(norm(s) in t for t in texts.values()):
                errors.append(f"{cid}: support not found verbatim: {s[:90]}")
        joined = norm(" ".join(r.get("support", [])))
        for group in r.get("facts", []):
            if not isinstance(group, list) or not group:
                errors.append(f"{cid}: facts must be a list of non-empty lists")
            elif not any(norm(a) in joined for a in group):
                errors.append(f"{cid}: no alternative of fact group {group} is in its support")
        if r.get("category") == "conversation":
            c = r.get("conversation")
            if not c or "history" not in r:
                errors.append(f"{cid}: conversation case needs conversation and history")
            else:
                prev = convs.get(c, [])
                hist_q = [h["content"] for h in r["history"] if h.get("role") == "user"]
                if hist_q != prev:
                    errors.append(f"{cid}: history's user turns do not match the conversation's earlier questions")
                convs[c] = prev + [r["question"]]
    cats = {}
    for r in rows:
        cats[r.get("category")] = cats.get(r.get("category"), 0) + 1
    print(f"{len(rows)} cases; " + ", ".join(f"{k} {v}" for k, v in sorted(cats.items())))
    print(f"{len(convs)} conversations: " + ", ".join(f"{k} ({len(v)} turns)" for k, v in convs.items()))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
