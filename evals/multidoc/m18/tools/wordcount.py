"""Count words in each corpus document using check.py's text extraction."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from check import text_of  # noqa: E402

corpus = Path(__file__).resolve().parent.parent / "corpus"
for p in sorted(corpus.iterdir()):
    print(f"{len(text_of(p).split()):6d}  {p.name}")
