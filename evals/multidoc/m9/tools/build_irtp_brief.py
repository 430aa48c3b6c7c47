"""Build corpus/irtp-policy-brief-17-barite-zinc.docx (an invented policy brief).

Run from the round folder (evals/multidoc/m9): python tools/build_irtp_brief.py
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "irtp-policy-brief-17-barite-zinc.docx"

doc = Document()
doc.core_properties.title = "Heavy Spar, Light Footprint? Barite, Zinc and Pakistan's Minerals Offer to the United States"
doc.core_properties.author = "Institute for Resource and Trade Policy"
style = doc.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(11)


def para(text, bold=False, italic=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if align:
        p.alignment = align
    return p


def bullets(items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


def table(header, rows, caption):
    para(caption, bold=True)
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        c.text = h
        for r in c.paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    return t


para("Institute for Resource and Trade Policy, Islamabad", bold=True)
para("Policy Brief No. 17 | September 2026", italic=True)
doc.add_heading("Heavy Spar, Light Footprint? Barite, Zinc and Pakistan's Minerals Offer to the United States", level=0)
para("Dr. Sadia Mehboob Jatoi, Senior Research Fellow, and Usman Tariq, Research Associate")

doc.add_heading("Key points", level=1)
bullets([
    "Public debate about Pakistan's minerals partnership with the United States has been dominated by rare earths, but the first commercial test of that partnership is more likely to involve barite and zinc.",
    "The United States imports about 75 percent of the barite it consumes, most of it from China and India, and treats both barite and zinc as critical minerals.",
    "Pakistan exported 58,400 tonnes of barite in 2025, almost all of it as unprocessed lump to Gulf buyers, and captured little of the value that grinding adds.",
    "The Kanraj North deposit in Lasbela, held by Hingol Base Metals Limited, is the first barite-zinc project in the country large enough to supply an American buyer at scale.",
    "Islamabad should insist on domestic grinding, published contract terms, a binding water covenant with nearby villages, and security provided only by state forces.",
])

doc.add_heading("1. Why barite, and why now", level=1)
para("Barite, the mineral form of barium sulphate, is known in the trade as heavy spar. About nine-tenths of the world's output is ground into a fine powder and used to weight the fluids that cool drill bits and hold back pressure in oil and gas wells. It has no substitute at a comparable cost, and a drilling programme that runs short of barite stops.")
para("The United States is the largest consumer of drilling-grade barite in the world and produces only a fraction of what it needs. By our estimate it imports about 75 percent of the barite it consumes, and China and India have together supplied the majority of those imports for more than a decade. Barite and zinc both appear on the United States government's list of critical minerals, which makes suppliers outside China eligible for forms of official support that ordinary commodity traders are not.")
para("Two developments have sharpened American interest. First, Chinese exporters have cut shipments of lump barite as domestic demand from China's own drilling and chemicals industries has grown. Second, the tightening of Chinese controls on several other minerals has led American buyers to review every input for which a single foreign supplier dominates. Barite is an obvious candidate for that review, even though it rarely features in public debate.")
para("In Pakistan, by contrast, public discussion of the minerals relationship with Washington has focused almost entirely on rare earths, copper and gold, and on the strategic questions they raise. Those questions matter. But the commercial opening that is actually on the table today is humbler, and Pakistan's negotiators should be ready for it.")

doc.add_heading("2. Pakistan's barite trade today", level=1)
para("Pakistan produced about 142,000 tonnes of barite in 2025 from some forty small mines, most of them in Khuzdar and Lasbela districts. The domestic oil and gas industry consumed nearly three-fifths of that output. The rest was exported, almost entirely as lump ore loaded at Karachi, to buyers in the Gulf who grind it and resell it to drilling contractors.")
para("Table 1 shows exports by destination over the past five years. Exports to the United States have been small and irregular, because American grinders have preferred the larger and more consistent cargoes offered by Chinese and Indian suppliers.")

table(
    ["Destination", "2021", "2022", "2023", "2024", "2025"],
    [
        ["United Arab Emirates", "21,300", "24,800", "22,100", "26,400", "27,900"],
        ["Oman", "9,600", "10,200", "11,700", "12,300", "13,100"],
        ["Saudi Arabia", "4,100", "5,900", "6,400", "7,800", "8,200"],
        ["United States", "0", "2,500", "0", "3,100", "4,600"],
        ["Qatar", "1,800", "1,200", "2,300", "2,000", "2,400"],
        ["Other", "2,900", "3,400", "1,900", "2,600", "2,200"],
        ["Total", "39,700", "48,000", "44,400", "54,200", "58,400"],
    ],
    "Table 1. Pakistan's barite exports by destination, 2021-2025 (tonnes)",
)
para("Source: IRTP compilation from customs declarations and exporters' returns. Figures are rounded to the nearest hundred tonnes.", italic=True)

para("The value gap between lump and ground barite is the central economic fact of this trade. Lump barite loaded at Karachi fetched about USD 95 per tonne in 2025. The same barite, ground to drilling grade and delivered to the U.S. Gulf Coast, sold for about USD 215 per tonne. Of the difference, freight accounts for about USD 45 per tonne; most of the rest is the grinder's margin, and Pakistan captures none of it.")

doc.add_heading("3. Kanraj North: the first project at scale", level=1)
para("Hingol Base Metals Limited, a Karachi-registered company, has drilled a sediment-hosted zinc-lead-barite deposit at Kanraj North in Lasbela district. An independent technical report published in May 2026 puts the resource at about 11 million tonnes, and the company's scoping study contemplates a mine producing both zinc concentrate and drilling-grade barite at a capital cost of USD 212 million.")
para("Hingol Base Metals signed a memorandum of understanding with Carrow Point Resources LLC, a Houston-based barite grinder, in Islamabad on 16 October 2025. Company officials have described it to us as covering the offtake of as much as 150,000 tonnes of barite a year. The memorandum has not been published, and neither party has disclosed pricing.")
para("If Kanraj North is built as planned, it would roughly triple Pakistan's barite exports and make the United States their largest destination within a few years of first production. It would also employ about 410 people permanently, according to the scoping study.")
para("The project is not a rare-earth project, and it should not be marketed as one. The company's drilling has found no rare earths of economic interest, and Pakistan's credibility with American buyers will depend on describing its mineral endowment accurately.")

doc.add_heading("4. Zinc: importing what we could mine", level=1)
para("Pakistan has no zinc smelter and imports all of its refined zinc, about 62,000 tonnes in 2025, mainly for galvanising steel. Zinc concentrate from Kanraj North would therefore be sold abroad, and the most likely buyers are smelters in China, which already take most of the concentrate produced by the existing Chinese-operated zinc mine in the region.")
para("That creates a delicate balance. A project whose barite goes to the United States and whose zinc goes to China could be presented as a model of balanced partnership, consistent with the National Security Policy's call to diversify partners without compromising core relationships. It could equally become a point of friction if either buyer seeks exclusivity. We recommend that zinc concentrate be offered by open tender rather than committed to a single buyer in advance.")

doc.add_heading("5. Risks Islamabad must manage", level=1)
doc.add_heading("5.1 Water", level=2)
para("The concentrator at Kanraj North would draw about 1.9 million cubic metres of water a year from an alluvial aquifer that villages in the area also use for drinking water. The aquifer has not been tested. In a district where rainfall failed in three of the last five years, this is the issue most likely to turn local opinion against the project.")
doc.add_heading("5.2 Security", level=2)
para("Concentrate trucks would travel about 186 kilometres to Port Qasim through a district where attacks on road traffic, while rare, are not unknown. The temptation will be to let the foreign buyer or the operator hire private armed guards. That would be a mistake. The National Security Policy is explicit that sovereignty and internal security cannot be traded for economic gain, and the presence of foreign-linked armed contractors in Balochistan would feed exactly the narratives the state is trying to counter.")
doc.add_heading("5.3 Opacity", level=2)
para("Neither the Carrow Point memorandum nor the terms of Hingol's exploration licence have been made public. In the absence of published terms, rumour fills the gap. Several social media accounts have already claimed, without evidence, that the American buyer will operate its own port facility at Sonmiani.")
doc.add_heading("5.4 Market concentration", level=2)
para("A single buyer for most of a mine's barite output gives that buyer considerable bargaining power over price. A memorandum that runs for five years from first production, as this one reportedly does, should be followed by a binding contract with a price formula linked to a published index.")

doc.add_heading("6. Recommendations", level=1)
para("We recommend that the federal and provincial governments take the following steps before any mining lease is granted at Kanraj North:")
bullets([
    "Publish the Carrow Point memorandum and require publication of any binding offtake contract that follows it.",
    "Make domestic grinding a condition of export approval for drilling-grade barite, beginning with a grinding mill at Hub; we estimate that a mill with a capacity of 150,000 tonnes a year would cost about USD 18 million.",
    "Require a binding water covenant under which the operator funds independent monitoring of village wells for at least one full year before pumping begins.",
    "Provide security for mine personnel and concentrate traffic through state forces only, and prohibit private armed contractors for foreign-linked mineral projects.",
    "Offer zinc concentrate by open tender rather than committing it to a single buyer.",
    "Refer all mineral offtake agreements with foreign state-linked or strategic buyers to the relevant parliamentary standing committees for review.",
], style="List Number")

doc.add_heading("7. Options compared", level=1)
para("Table 2 compares three ways in which Pakistan could supply barite to American buyers. The estimates are indicative and assume Kanraj North output of about 118,000 tonnes of drilling-grade barite a year.")
table(
    ["Option", "Where grinding happens", "Extra capital (USD million)", "Value retained in Pakistan (USD per tonne)", "Main drawback"],
    [
        ["A. Export lump", "Buyer's mill in the U.S.", "0", "95", "Lowest value capture"],
        ["B. Grind at Hub", "New mill at Hub", "18", "150", "Needs reliable grid power at Hub"],
        ["C. Grind at mine", "Mill beside the concentrator", "24", "150", "Higher water and power demand at the site"],
    ],
    "Table 2. Options for supplying barite to U.S. buyers",
)
para("Option B is our preferred route. It keeps the heaviest water use away from the villages around the mine, uses Hub's existing industrial estate, and could also process lump barite from the smaller mines in Khuzdar and Lasbela.")

doc.add_heading("8. Conclusion", level=1)
para("Barite will not transform Pakistan's economy, and it will not make headlines in the way rare earths do. But it is a real, near-term test of whether the minerals relationship with the United States can deliver value to Pakistan rather than merely volume to its partners. If the terms are published, the grinding is done at home, the villages around Kanraj keep their water, and security stays in the hands of the state, the project could become a template for larger deals to come. If not, it will confirm the suspicion, already widespread in Balochistan, that mineral wealth leaves the province in trucks and returns as nothing.")
para("The Institute for Resource and Trade Policy is an independent, non-partisan research institute based in Islamabad. The views expressed in this brief are those of the authors.", italic=True)

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(OUT)
print("wrote", OUT)
