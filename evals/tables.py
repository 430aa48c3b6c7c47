"""How the reader reads table rows: `python -m evals.tables` prints, for 15 questions over three small
tables written for the choice (not taken from any round), how often the most answerable row is the
right one and its span holds the cell asked for, with rows in the loaders' form ("Year: 2028 | Gold
(USD/oz): 2,950") and as the reader is given them (`assistant.reader.row_as_sentences`)."""

from __future__ import annotations

from assistant.plaintext import table_row
from assistant.reader import row_as_sentences, row_cells, shared_reader, window_text

PRICES = (["Year", "Copper (USD/t)", "Gold (USD/oz)", "Antimony (USD/t)", "NdPr oxide (USD/kg)"],
          [["2026", "10,200", "3,300", "45,000", "68"], ["2027", "10,600", "3,150", "38,000", "75"],
           ["2028", "10,100", "2,950", "33,000", "79"]])
REFINING = (["Mineral", "Main uses", "China's share of global refining", "Largest mine producer (share)"],
            [["Lithium", "Battery cathodes", "65%", "Australia (47%)"],
             ["Cobalt", "Battery cathodes, superalloys", "74%", "DR Congo (70%)"],
             ["Graphite", "Battery anodes", "93%", "China (77%)"]])
PROJECTS = (["Project", "Mineral", "Location", "Stage", "Estimated capex (USD million)", "Lead financier"],
            [["Chitral REE Exploration", "Rare earths", "Chitral", "Exploration", "35", "Provincial government"],
             ["Mohmand Tungsten", "Tungsten", "Mohmand", "Pre-feasibility", "120", "Provincial development fund"],
             ["Karachi Processing Zone", "Copper smelting", "Port Qasim, Sindh", "Concept", "1,100", "SIFC"]])
COUNTRIES = (["Country", "Population (million)", "Capital", "GDP growth 2024 (%)"],
             [["Kenya", "55", "Nairobi", "4.7"], ["Ghana", "34", "Accra", "5.7"], ["Peru", "34", "Lima", "3.1"]])

# (heading, table, question, the row that answers it, the cell)
QUESTIONS = [
    ("Our price deck", PRICES, "Which gold price does Indus Capital pencil in for 2028?", 2, "2,950"),
    ("Our price deck", PRICES, "What copper price is assumed for 2027?", 1, "10,600"),
    ("Our price deck", PRICES, "What is the NdPr oxide price forecast in 2026?", 0, "68"),
    ("Our price deck", PRICES, "How much did gold cost per ounce in 2026 in the deck?", 0, "3,300"),
    ("Our price deck", REFINING, "What share of cobalt refining does China control?", 1, "74%"),
    ("Our price deck", REFINING, "Which country mines the most lithium?", 0, "Australia"),
    ("Our price deck", REFINING, "What is graphite mainly used for?", 2, "Battery anodes"),
    ("Our price deck", REFINING, "How much of the world's lithium is refined in China?", 0, "65%"),
    ("Projects", PROJECTS, "How much is the Mohmand tungsten project expected to cost?", 1, "120"),
    ("Projects", PROJECTS, "Who is financing the Karachi processing zone?", 2, "SIFC"),
    ("Projects", PROJECTS, "What stage has the Chitral rare earth project reached?", 0, "Exploration"),
    ("Projects", PROJECTS, "Where is the copper smelting zone located?", 2, "Port Qasim"),
    ("Projects", COUNTRIES, "What is the capital of Ghana?", 1, "Accra"),
    ("Projects", COUNTRIES, "How fast did Peru's economy grow in 2024?", 2, "3.1"),
    ("Projects", COUNTRIES, "How many people live in Kenya?", 0, "55"),
]


def right(render: "object", by_cell: bool = False) -> int:
    """How many questions the most answerable row answers, its span holding the cell; `by_cell`:
    each row read whole and one cell at a time, as answerable as its best reading (as answering
    reads rows)."""
    reader = shared_reader()
    count = 0
    for heading, (header, rows), question, row, cell in QUESTIONS:
        views = [[window_text(heading, [render(table_row(cells, header))])]  # type: ignore[operator]
                 + ([window_text(heading, [c]) for c in row_cells(table_row(cells, header))] if by_cell else [])
                 for cells in rows]
        flat = [w for ws in views for w in ws]
        readings = iter(reader.read(question, flat))
        best_of = [max(zip((next(readings) for _ in ws), ws), key=lambda rw: rw[0].answerable) for ws in views]
        best = max(range(len(rows)), key=lambda i: best_of[i][0].answerable)
        reading, (context, _) = best_of[best]
        said = context[reading.span[0]:reading.span[1]] if reading.span else ""
        count += best == row and cell in said and len(said) < len(cell) + 25
    return count


def main() -> None:
    print(f"table rows read right, of {len(QUESTIONS)}: as written {right(lambda t: t)}, "
          f"as sentences {right(row_as_sentences)}, and cell by cell too {right(row_as_sentences, by_cell=True)}")


if __name__ == "__main__":
    main()
