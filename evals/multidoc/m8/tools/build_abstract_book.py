"""Build corpus/qimg-symposium-abstracts-2026.docx (invented book of abstracts).
Run from the round's folder (evals/multidoc/m8), with the project's Python: python tools/build_abstract_book.py"""
from pathlib import Path
import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "qimg-symposium-abstracts-2026.docx"

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

d.add_heading("Minerals, Water and Communities in Balochistan", 0)
d.add_paragraph("Book of Abstracts - Second National Symposium, Quetta Institute of Mining and Geosciences, 14-15 October 2026")
d.add_paragraph(
    "This book collects the abstracts accepted for oral presentation at the second national symposium "
    "organised by the Department of Mineral Processing of the Quetta Institute of Mining and Geosciences (QIMG). "
    "Abstracts are printed as submitted by the authors, with light editing for length. The views expressed are "
    "those of the authors and not of the Institute. Symposium convener: Dr. Rubina Achakzai."
)


def abstract(code, title, authors, paras):
    d.add_heading(f"{code}. {title}", level=1)
    p = d.add_paragraph()
    r = p.add_run(authors)
    r.italic = True
    for t in paras:
        d.add_paragraph(t)


def table(caption, header, rows):
    d.add_paragraph(caption).runs[0].bold = True
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        c.text = h
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v


abstract(
    "A1",
    "Falling water tables around chromite washing plants in the Muslim Bagh valley",
    "Hamid Ullah Mandokhail and Saima Durrani, Department of Hydrogeology, QIMG",
    [
        "We measured depth to groundwater at nine monitoring wells in the Muslim Bagh valley in the dry season of 2019 "
        "and again in the dry season of 2026. The average decline across the nine wells was 4.7 metres over seven years. "
        "The steepest declines were recorded at wells within two kilometres of chromite washing plants, and the shallowest "
        "at wells upstream of the orchards on the northern fan.",
        "Using plant interviews and pump logs, we estimate that the washing plants of the valley use between 8 and 11 cubic "
        "metres of water per tonne of concentrate when all operators, including small independent plants without recycling, "
        "are counted together. This is well above the figure reported by the largest operator for its own plant. "
        "Several karez channels that fed orchards around Muslim Bagh town have dried up since 2021.",
    ],
)
table(
    "Table A1. Depth to groundwater at selected monitoring wells (metres below ground, dry season)",
    ["Well", "Location", "2019", "2026", "Change"],
    [
        ["MB-02", "Northern fan, upstream of orchards", "11.4", "13.1", "1.7"],
        ["MB-05", "Muslim Bagh town", "14.2", "18.3", "4.1"],
        ["MB-07", "Jang Tor road, near washing plants", "16.8", "24.7", "7.9"],
        ["MB-09", "Southern outlet", "19.5", "23.9", "4.4"],
    ],
)

abstract(
    "A2",
    "Dry magnetic separation as a water-saving route for ophiolitic chromite",
    "Kamran Luni, Dr. Rubina Achakzai (QIMG) and Imran Shah (Zhob Valley Chrome Limited)",
    [
        "A pilot dry magnetic separation circuit with a capacity of two tonnes per hour was run at the Zhob Valley Chrome "
        "concentration plant from April to August 2026. The pilot used 1.1 cubic metres of water per tonne of concentrate, "
        "almost all of it for dust suppression, compared with 5.6 cubic metres per tonne in the existing wet spiral circuit. "
        "Chromite recovery was lower, at 78 percent against 86 percent for the wet circuit, because fine particles below "
        "75 microns were lost to the dust collector. We conclude that a hybrid flowsheet, with dry separation of the coarse "
        "fraction only, is the most promising option for a water-scarce valley.",
    ],
)

abstract(
    "A3",
    "Hexavalent chromium in tailings seepage and household wells",
    "Dr. Naila Baloch and Zarmina Kakar, Environmental Sciences Unit, QIMG",
    [
        "We sampled seepage below four tailings dumps and eleven household wells in the Muslim Bagh area in May 2026. "
        "Hexavalent chromium in seepage reached 0.19 milligrams per litre. Three of the eleven household wells exceeded "
        "the guideline value of 0.05 milligrams per litre used in this study. Older dumps abandoned by small operators "
        "were the main sources; seepage below the lined tailings facility of the largest operator was below detection. "
        "We recommend a provincial register of abandoned dumps and a funded programme to cap them.",
    ],
)

abstract(
    "A4",
    "Road freight costs for chromite: Karachi versus Gwadar",
    "Asfandyar Jogezai, Centre for Transport Economics, QIMG",
    [
        "Using freight invoices collected from six haulage firms between January and June 2026, we compared the cost and "
        "time of trucking concentrate from Muslim Bagh to the two export gateways. The Karachi route remains cheaper and "
        "faster. The Gwadar route is longer, requires security escorts on the M-8 and has fewer return loads, which raises "
        "the rate per tonne. Gwadar becomes competitive only if ocean freight to Chinese ports is at least USD 14 per tonne "
        "lower than from Karachi, which has not yet been observed.",
    ],
)
table(
    "Table A4. Trucking from Muslim Bagh to export ports, first half of 2026",
    ["Route", "Distance (km)", "Freight (USD per tonne)", "Escort charge (USD per tonne)", "Transit time (hours)"],
    [
        ["Muslim Bagh to Karachi (Port Qasim)", "720", "38", "0", "34"],
        ["Muslim Bagh to Gwadar", "1,010", "51", "6", "46"],
    ],
)

abstract(
    "A5",
    "Power for a ferrochrome smelter in southern Balochistan",
    "Engr. Saad Rind, Department of Electrical Engineering, QIMG",
    [
        "Recent announcements of a proposed 60,000 tonne per year high-carbon ferrochrome smelter in Lasbela district raise the "
        "question of power. Based on typical submerged arc furnace consumption, we estimate that such a smelter would need "
        "between 80 and 90 MW of firm power, more than the installed load quoted in public statements. The Hub area grid "
        "cannot supply this without a new 220 kV connection, and a captive plant would add to capital cost. We also note "
        "that a smelter of this size needs roughly 150,000 tonnes of concentrate a year, about twice the current output of "
        "the largest producer in Muslim Bagh.",
    ],
)

abstract(
    "A6",
    "Who benefits? A household survey in the chromite districts",
    "Dr. Shazia Tareen and Bilal Kasi, Department of Sociology, QIMG",
    [
        "We surveyed 412 households in Muslim Bagh and Qila Saifullah in July 2026. Sixty-one percent of respondents said "
        "that mining had brought no benefit to their household. Water scarcity was named as the most serious local problem "
        "by 47 percent, followed by unemployment at 23 percent and road dust at 14 percent. Respondents with a family member "
        "employed by a formal mining company were twice as likely to report a benefit. Few respondents knew that the province "
        "receives royalties from chromite, and none could say how those royalties are spent in the district.",
    ],
)

abstract(
    "A7",
    "Chromite between two buyers: Chinese offtake and American interest",
    "Dr. Usman Khilji, Department of International Relations, University of the Western Frontier",
    [
        "Chinese ferroalloy mills buy roughly four-fifths of Pakistan's chromite exports, mostly as concentrate on annual "
        "contracts. United States interest in Pakistani critical minerals has so far produced memoranda of understanding "
        "rather than purchases. This paper argues that chromite is a useful test case for Pakistan's stated policy of "
        "diversifying partners without compromising core relationships: a U.S.-linked smelter would not displace Chinese "
        "buyers in the short term, because current output cannot supply both. We propose that Islamabad brief Beijing "
        "in advance on each U.S.-linked project so that commercial diversification is not read as strategic realignment.",
    ],
)

d.add_heading("Programme note", level=1)
d.add_paragraph(
    "The opening keynote on the future of Balochistan's minerals sector was delivered by the Provincial Secretary for "
    "Mines and Minerals; no abstract was submitted for it. A panel on community water rights closed the symposium on "
    "the afternoon of 15 October."
)

d.save(OUT)
print("wrote", OUT)
