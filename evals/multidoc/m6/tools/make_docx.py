"""Build corpus/mineral-exports-bulletin-march-2025.docx (invented document for eval round m6)."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "mineral-exports-bulletin-march-2025.docx"

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(10.5)


def para(text, bold=False, italic=False, size=None, align=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(rows, source):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = cell
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    para(source, italic=True, size=8.5)


para("Government of Pakistan", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("Ministry of Commerce - Mineral Trade Statistics Cell", align=WD_ALIGN_PARAGRAPH.CENTER)
doc.add_heading("Mineral Exports Monthly Bulletin: March 2025", level=0)
para("Bulletin No. 9/2024-25. Released 15 April 2025. Provisional figures.", italic=True)

doc.add_heading("Purpose of this bulletin", level=1)
para("This bulletin reports provisional export figures for minerals and mineral products for March 2025 "
     "and for the first nine months of fiscal year 2024-25 (July–March). It is intended for exporters, "
     "provincial mines departments, trade missions abroad and researchers. Figures are provisional and "
     "will be revised as late goods declarations are processed.")

doc.add_heading("Contents", level=2)
bullets([
    "Summary",
    "Table 1: Mineral exports by commodity",
    "Antimony: destinations and notes",
    "Table 2: Antimony exports by destination",
    "Table 3: Monthly mineral exports, fiscal year 2024-25",
    "Other commodities",
    "Data sources, methodology and revisions",
    "Abbreviations and contact",
])

doc.add_heading("1. Summary", level=1)
para("Provisional data show mineral exports of USD 61.4 million in March 2025, 12.9 percent higher than in "
     "March 2024. For July–March of fiscal year 2024-25, mineral exports totalled USD 498.7 million, up 13.0 "
     "percent from USD 441.2 million in the same period a year earlier. March was the strongest month of the "
     "fiscal year so far, helped by a recovery in marble shipments after the winter and by record antimony prices.")
para("The main features of the period were:")
bullets([
    "Antimony exports (HS 8110) almost tripled to USD 27.6 million in July–March, reflecting higher international "
    "prices and the commissioning of additional smelting capacity in Khyber Pakhtunkhwa.",
    "Chromite exports fell 21.7 percent because of weaker demand from Chinese ferrochrome producers and the "
    "suspension of several leases in Muslim Bagh for non-payment of dues.",
    "Copper remained the largest single commodity, accounting for 35 percent of mineral exports in July–March.",
    "Rock salt, including Himalayan pink salt, grew 7.8 percent, with the United States and Germany the leading buyers.",
    "Exports of other minerals almost doubled, mainly because of first shipments of barite to Oman and of fluorite to Türkiye.",
])

doc.add_heading("2. Mineral exports by commodity", level=1)
para("Table 1 shows export values by commodity group for March and for the first nine months of the fiscal "
     "year, with the same periods of fiscal year 2023-24 for comparison. Values are in millions of U.S. dollars.")
table([
    ["Commodity", "Mar 2025", "Mar 2024", "Jul-Mar FY25", "Jul-Mar FY24", "Change Jul-Mar (%)"],
    ["Copper (concentrate, blister and cathode)", "21.8", "19.6", "176.4", "158.9", "11.0"],
    ["Chromite ore and concentrate", "6.2", "7.9", "48.3", "61.7", "-21.7"],
    ["Antimony (HS 8110)", "3.9", "1.1", "27.6", "9.8", "181.6"],
    ["Marble, onyx and dimension stone", "9.7", "8.8", "84.1", "79.2", "6.2"],
    ["Rock salt (incl. Himalayan pink salt)", "8.1", "7.4", "71.5", "66.3", "7.8"],
    ["Gemstones (precious and semi-precious)", "c", "0.9", "8.2", "7.6", "7.9"],
    ["Soapstone and talc", "4.6", "4.1", "39.2", "35.4", "10.7"],
    ["Other minerals", "7.1", "4.6", "43.4", "22.3", "94.6"],
    ["Total", "61.4", "54.4", "498.7", "441.2", "13.0"],
], "Source: Mineral Trade Statistics Cell, compiled from WeBOC goods declarations. c = confidential.")
para("The March 2025 value for gemstones is suppressed because fewer than three exporters reported shipments, "
     "and it is included in 'Other minerals'. Totals may not add exactly because of rounding.")

doc.add_heading("3. Antimony", level=1)
para("Antimony has been the fastest-growing mineral export this year. The United States was the largest "
     "destination for antimony for the first time, taking 742 tonnes or 38.1 percent of the total. Japan, "
     "the Netherlands and the United Arab Emirates followed. Shipments to the United Arab Emirates are largely "
     "re-exported by traders in Jebel Ali and their final destination is not recorded.")
para("Antimony oxides (HS 2825.80) are classified as inorganic chemicals and are not included in the antimony "
     "figures in this bulletin. Readers comparing these figures with company reports should note that a large "
     "part of Pakistani antimony output is sold as antimony trioxide and therefore appears under chemicals.")
para("Full-year exports of antimony (HS 8110) in fiscal year 2023-24 were 1,212 tonnes, as reported in Bulletin "
     "No. 12/2023-24. In the first nine months of fiscal year 2024-25 exports have already reached 1,947 tonnes.")
table([
    ["Destination", "Tonnes", "Share (%)"],
    ["United States", "742", "38.1"],
    ["Japan", "455", "23.4"],
    ["Netherlands", "318", "16.3"],
    ["United Arab Emirates", "201", "10.3"],
    ["China", "96", "4.9"],
    ["Others", "135", "6.9"],
    ["Total", "1,947", "100.0"],
], "Source: Mineral Trade Statistics Cell. Antimony unwrought metal and powders (HS 8110), July–March FY2024-25.")
para("The implied average unit value of antimony exports in July–March was about USD 14,200 per tonne. "
     "The unit value for March alone was higher, as contracts signed after China's export restrictions came "
     "into force were priced at levels well above those of the previous year.")

doc.add_heading("4. Monthly trend", level=1)
table([
    ["Month", "Mineral exports (USD million)"],
    ["July 2024", "49.8"],
    ["August 2024", "52.3"],
    ["September 2024", "55.0"],
    ["October 2024", "57.6"],
    ["November 2024", "58.9"],
    ["December 2024", "54.1"],
    ["January 2025", "53.6"],
    ["February 2025 (revised)", "56.0"],
    ["March 2025", "61.4"],
], "Source: Mineral Trade Statistics Cell. Figures for March 2025 are provisional.")
para("The February 2025 total has been revised from USD 55.2 million to USD 56.0 million following late filing "
     "of goods declarations at Sost dry port. The dip in December and January reflects the usual winter slowdown "
     "in marble quarrying and the closure of the Khunjerab Pass to trade from the end of December.")

doc.add_heading("5. Other commodities", level=1)
para("Marble and dimension stone exports rose 6.2 percent in July–March, with shipments to Saudi Arabia and the "
     "United Arab Emirates accounting for most of the increase. Block marble continued to make up more than "
     "half of the value, and the share of finished tiles and slabs remained below 30 percent.")
para("Soapstone and talc exports rose 10.7 percent, almost entirely to China and the Netherlands, while copper "
     "exports rose 11.0 percent on higher prices rather than higher volumes. Gemstone exports for the nine months "
     "were 7.9 percent higher than a year earlier; most were rough emerald, peridot and tourmaline shipped to "
     "Thailand, Hong Kong and the United States.")
para("Chromite exporters reported that Chinese buyers had cut the prices offered for 40 percent Cr2O3 lump ore, and "
     "several smaller exporters in Balochistan suspended shipments from January 2025 rather than sell at a loss.")

doc.add_heading("Box: Value addition in mineral exports", level=2)
para("Processed and semi-processed products made up 41 percent of mineral export value in July–March, compared "
     "with 36 percent a year earlier. The increase came mainly from antimony metal and from cut-and-polished marble. "
     "Exporters of value-added mineral products remain eligible for duty-free import of inputs under the Export "
     "Facilitation Scheme, provided the inputs are consumed within nine months. The Ministry has asked provincial "
     "mines departments to report the number of processing units registered in each province so that future "
     "bulletins can show exports by stage of processing. Until that information is available, the split between "
     "raw and processed exports is estimated from tariff headings and should be treated as indicative only.")

doc.add_heading("6. Data sources, methodology and revisions", level=1)
para("Figures are compiled from goods declarations filed in the customs WeBOC system and are valued free on board "
     "(FOB) in U.S. dollars at the exchange rate on the date of shipment. Commodity groups follow the Pakistan "
     "Customs Tariff at the four-digit or six-digit level, as listed in the annex to Bulletin No. 1/2024-25.")
para("Monthly figures are provisional for three months and are then finalised. Differences between this bulletin "
     "and figures published by other agencies may arise from differences in coverage, timing and valuation.")
para("The next bulletin, covering April 2025, will be released on 15 May 2025.")

doc.add_heading("7. Abbreviations", level=1)
bullets([
    "FOB: free on board.",
    "FY: fiscal year, running from 1 July to 30 June.",
    "HS: Harmonized Commodity Description and Coding System.",
    "WeBOC: Web Based One Customs, the electronic customs clearance system.",
    "c: value suppressed for confidentiality.",
])

doc.add_heading("Contact", level=2)
para("Mineral Trade Statistics Cell, Ministry of Commerce, Block A, Pak Secretariat, Islamabad. "
     "Email: mtsc@commerce.example.pk. Telephone: +92 51 000 0000.")
para("Disclaimer: This bulletin is issued for information. While every effort is made to ensure accuracy, the "
     "Ministry accepts no liability for decisions taken on the basis of provisional figures. Reproduction is "
     "permitted with acknowledgement of the source.", italic=True, size=8.5)

doc.save(OUT)
print("wrote", OUT)
