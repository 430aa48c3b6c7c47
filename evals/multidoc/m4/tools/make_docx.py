"""Build corpus/pakistan-mining-fiscal-regime-note.docx (invented document for evaluation round m4).

Run from evals/multidoc/m4 with the project's Python: python tools/make_docx.py
"""
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "pakistan-mining-fiscal-regime-note.docx"

d = docx.Document()
d.core_properties.title = "Pakistan: Fiscal Regime for Critical Minerals"
d.core_properties.author = "South Asia Extractives Governance Facility"

d.add_heading("Pakistan: Fiscal Regime for Critical Minerals", level=0)
meta = d.add_paragraph()
meta.add_run("Country Note No. 2025/07 | South Asia Extractives Governance Facility | May 2025").italic = True

d.add_heading("Purpose and contents", level=1)
d.add_paragraph(
    "This note reviews the royalties, taxes and provincial revenue arrangements that apply to metallic "
    "and critical minerals in Pakistan, and sets out options for reform ahead of the 2025-26 federal budget."
)
d.add_paragraph(
    "Contents: 1. Summary; 2. Institutional setting; 3. Royalties; 4. Federal taxes; "
    "5. Provincial share in large projects; 6. Rare earths; 7. Issues and options."
)

d.add_heading("1. Summary", level=1)
d.add_paragraph(
    "Pakistan's mining sector contributed about 2.4 percent of GDP in FY2023-24, well below the 5 to 7 percent "
    "typical of mineral-rich developing economies. Mineral exports reached USD 1.1 billion in FY2023-24, of which "
    "copper concentrate and blister copper made up roughly 62 percent. Renewed interest from U.S., Gulf and Chinese "
    "investors in copper, gold and rare earths has made the design of the fiscal regime a practical question "
    "rather than an academic one."
)

d.add_heading("2. Institutional setting", level=1)
d.add_paragraph(
    "Mineral rights became a provincial subject with the Eighteenth Amendment of 2010, while income tax, customs "
    "duties and sales tax on goods remain federal. Each province therefore licenses exploration and mining, sets "
    "its own royalty rates and collects royalties through its own mines and minerals department. The National "
    "Minerals Harmonisation Framework, agreed by the Council of Common Interests in 2024, was meant to align "
    "provincial rules, but so far only Punjab and Khyber Pakhtunkhwa have adopted it in full. An investor thus "
    "faces different royalty schedules, licensing procedures and surface-rent practices depending on which side "
    "of a provincial boundary a deposit lies."
)

d.add_heading("3. Royalties", level=1)
d.add_paragraph("Table 1 sets out the main royalty rates in force on 1 April 2025.")
cap = d.add_paragraph()
cap.add_run("Table 1. Royalty rates on selected minerals, by province").bold = True
rows = [
    ("Mineral", "Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Basis"),
    ("Copper", "5%", "4%", "4%", "Gross value at mine gate"),
    ("Gold", "5%", "5%", "5%", "Gross sales value"),
    ("Rare earth concentrate", "6%", "4%", "Not scheduled", "Gross sales value"),
    ("Antimony", "3.5%", "3%", "3%", "Gross value at mine gate"),
    ("Chromite", "PKR 600 per tonne", "PKR 450 per tonne", "PKR 500 per tonne", "Specific (per tonne)"),
    ("Tungsten", "4%", "4%", "Not scheduled", "Gross sales value"),
]
t = d.add_table(rows=len(rows), cols=len(rows[0]))
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = t.cell(i, j)
        cell.text = val
        if i == 0:
            for r in cell.paragraphs[0].runs:
                r.bold = True
d.add_paragraph(
    "Balochistan's rates are the highest in the country for most metallic minerals, reflecting the provincial "
    "government's view that royalties are its principal return on non-renewable assets. Punjab has not scheduled "
    "a royalty for rare earth concentrate or tungsten, since no such deposits are under licence in the province. "
    "Sindh is omitted from the table because it has no metallic mineral production."
)

d.add_heading("4. Federal taxes", level=1)
d.add_paragraph(
    "Mining companies pay corporate income tax at the standard rate of 29 percent, and a super tax of up to "
    "10 percent applies to companies with taxable income above PKR 500 million. Imported mining machinery attracts "
    "a concessionary customs duty of 5 percent under the Fifth Schedule to the Customs Act, against standard rates "
    "of 10 to 20 percent. Exports of unprocessed ore are subject to a 2 percent export levy introduced in 2024 to "
    "encourage domestic value addition. Staff estimate the combined average effective tax rate on a model "
    "copper-gold mine at 46 percent, higher than in Chile (39 percent) or Peru (41 percent)."
)

d.add_heading("5. Provincial share in large projects", level=1)
d.add_paragraph(
    "For the Chagai Ridge copper-gold project, the largest mining investment in Balochistan, the province holds a "
    "25 percent equity stake that is carried free of cost by the federal state-owned partners. Combining equity "
    "dividends, royalties and a 0.5 percent community development levy, staff estimate that Balochistan would "
    "capture about 31 percent of the project's total fiscal benefits over the life of the mine. At a copper price "
    "of USD 7,500 per tonne rather than the base case of USD 9,000, the provincial share falls to about 27 percent. "
    "The province's share falls when prices drop because the dividends on its equity stake depend on profits, "
    "while federal customs duties and withholding taxes are levied on turnover."
)

d.add_heading("6. Rare earths", level=1)
d.add_paragraph(
    "No rare earth project in Pakistan has yet reached commercial production, so the fiscal treatment of rare "
    "earths is untested. Khyber Pakhtunkhwa's 4 percent royalty on rare earth concentrate was set in its Minerals "
    "Rules of 2023 and is levied on gross sales value without deductions for transport or treatment charges. "
    "Because mixed concentrate sold to overseas separation plants is heavily discounted, a royalty on gross sales "
    "value could absorb a large share of a small producer's margin. Concentrates containing thorium also require a "
    "licence from the Pakistan Nuclear Regulatory Authority, which adds compliance costs not reflected in the "
    "fiscal terms."
)

d.add_heading("7. Issues and options", level=1)
d.add_paragraph("Staff suggest the following reforms for discussion with federal and provincial authorities:")
for item in [
    "Harmonise royalty bases so that all provinces levy ad valorem royalties on gross sales value, with a "
    "published reference price for each mineral.",
    "Introduce a sliding-scale royalty for copper and gold that rises from 4 percent to 7 percent as prices "
    "increase, so that provinces share in price windfalls.",
    "Replace the super tax on mining with a resource rent tax triggered only after investors have recovered "
    "their capital with a 15 percent return.",
    "Ring-fence a portion of provincial royalties for district development funds in producing districts, as "
    "Khyber Pakhtunkhwa did in 2023 with a 15 percent allocation.",
    "Publish all mineral agreements and payments under the Extractive Industries Transparency Initiative, "
    "which Pakistan has yet to join.",
]:
    d.add_paragraph(item, style="List Bullet")
d.add_paragraph(
    "A resource rent tax is preferable to the super tax because it taxes profits only once a project has paid "
    "back its capital, which reduces the risk that high up-front taxes deter exploration."
)

d.add_heading("Sources and disclaimer", level=2)
d.add_paragraph(
    "Sources: provincial mines and minerals departments; Federal Board of Revenue; Pakistan Bureau of Statistics; "
    "company reports; staff calculations."
)
disc = d.add_paragraph(
    "Disclaimer: This country note was prepared by staff of the South Asia Extractives Governance Facility. "
    "The views expressed are those of the authors and do not necessarily represent the views of the Facility's "
    "funding partners or the Government of Pakistan. Figures are staff estimates unless otherwise stated."
)
for r in disc.runs:
    r.font.size = Pt(9)

OUT.parent.mkdir(parents=True, exist_ok=True)
d.save(str(OUT))
print("wrote", OUT)
