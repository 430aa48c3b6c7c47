"""Builds corpus/siahan-copper-gold-financing-board-note.docx (invented document for evaluation round m2)."""
import docx
from docx.shared import Pt
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "corpus" / "siahan-copper-gold-financing-board-note.docx"
d = docx.Document()
d.add_heading("Siahan Copper-Gold Project: Financing Update to the Board of Directors", level=0)
d.add_paragraph("Prepared by: Finance and Treasury, Siahan Copper Company (Private) Limited")
d.add_paragraph("Date: 20 February 2026")
d.add_paragraph("Classification: Confidential, for Board use only")

d.add_heading("1. Purpose", level=1)
d.add_paragraph(
    "This note updates the Board on the financing plan for Phase 1 of the Siahan Copper-Gold Project in Chagai District, "
    "Balochistan. It seeks the Board's approval to sign the common terms agreement with the lender group by 30 June 2026. "
    "The note should be read with the updated feasibility study circulated in November 2025.")

d.add_heading("2. Project at a glance", level=1)
for t in [
    "Location: the Siahan site lies 48 km north-west of Nok Kundi in Chagai District.",
    "Phase 1 will process 36 million tonnes of ore per year through a conventional concentrator.",
    "Average annual output over the first ten years is estimated at 195,000 tonnes of copper and 240,000 ounces of gold, contained in concentrate.",
    "Estimated Phase 1 capital cost is USD 3.4 billion, including a 9% contingency.",
    "First concentrate is targeted for the fourth quarter of 2029, with commercial production in 2030.",
    "Mine life: 37 years on current reserves.",
    "Ownership: Meridian Copper Partners 50%, federal state-owned enterprises 25%, Government of Balochistan 25%.",
]:
    d.add_paragraph(t, style="List Bullet")
d.add_paragraph(
    "The Government of Balochistan's 25% stake is fully carried, meaning its share of equity contributions is funded by the "
    "other shareholders and recovered from its future dividends.")

d.add_heading("3. Financing structure", level=1)
d.add_paragraph(
    "The Phase 1 financing plan assumes 60% debt and 40% equity, or USD 2.04 billion of debt and USD 1.36 billion of equity. "
    "The debt package has been assembled from five sources, shown in the table below.")
rows = [
    ("Lender", "Instrument", "Amount (USD million)", "Tenor"),
    ("U.S. International Development Finance Corporation (DFC)", "Senior secured loan", "500", "15 years"),
    ("Export-Import Bank of the United States (EXIM)", "Direct loan, tied to U.S. equipment", "650", "12 years"),
    ("International Finance Corporation (IFC)", "A-loan", "350", "15 years"),
    ("Asian Development Bank (ADB)", "Senior loan", "290", "15 years"),
    ("Commercial bank tranche", "Loan covered by political risk insurance", "250", "10 years"),
    ("Total debt", "", "2,040", ""),
]
tbl = d.add_table(rows=len(rows), cols=4)
tbl.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        tbl.cell(i, j).text = v
d.add_paragraph("")
d.add_paragraph(
    "DFC's support was approved by its board on 11 December 2025, subject to the conditions set out in Section 4. "
    "Pricing on the DFC loan is indicatively set at the U.S. Treasury rate plus a margin of 3.25%, with the final margin to be fixed at financial close.")
d.add_paragraph(
    "EXIM's loan is tied to the purchase of U.S.-made mining equipment, principally haul trucks, electric rope shovels and grinding mills, "
    "and can finance up to 85% of the value of eligible U.S. exports. "
    "The commercial bank tranche will be arranged by a syndicate of three international banks, whose names remain confidential until mandate letters are signed.")

d.add_heading("4. Conditions precedent to first disbursement", level=1)
d.add_paragraph("The lenders will not release any funds until the following conditions are met:")
for t in [
    "Completion of an Environmental and Social Impact Assessment that meets the IFC Performance Standards and has been publicly disclosed for at least 120 days.",
    "Signature of a Community Development Agreement with the Government of Balochistan and the tribal elders of Chagai District.",
    "Approval of a project security plan by the Balochistan Home Department, with site security provided by the provincial Special Security Unit rather than private armed contractors.",
    "Binding offtake agreements covering at least 60% of concentrate output for the first five years of production.",
    "A signed power purchase agreement for 300 MW of grid and solar-hybrid supply.",
]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("5. Community and employment commitments", level=1)
d.add_paragraph(
    "Under the definitive agreements signed in 2024, the project will contribute 1.5% of annual gross revenue to a Chagai Community Development Fund. "
    "Management notes that the Balochistan Mineral (Amendment) Rules, 2026, notified in January, set a 2% contribution for new mineral leases. "
    "Legal advice received on 9 February 2026 is that the existing agreement is grandfathered, so the 1.5% rate continues to apply to Siahan.")
d.add_paragraph(
    "The company expects to employ about 4,200 people during construction and 2,100 during operations, of whom at least 75% are to be hired from Balochistan. "
    "A technical training centre in Dalbandin will open in 2027 to prepare local recruits for skilled roles.")

d.add_heading("6. Concentrate logistics", level=1)
d.add_paragraph(
    "Concentrate will be trucked 45 km to a new rail siding at Nok Kundi and then moved by rail to Port Qasim, Karachi, for export. "
    "The rail option depends on Pakistan Railways rehabilitating the Quetta–Taftan section, which the federal government has budgeted at PKR 95 billion over three years. "
    "A slurry pipeline to Gwadar was studied and rejected in 2025 because of its higher capital cost and the absence of a bulk-handling berth at Gwadar. "
    "All logistics will be civilian and operated by Pakistani entities.")

d.add_heading("7. Key risks", level=1)
for t in [
    "Security: attacks on construction convoys could delay the schedule, and the base case already allows for a six-month delay.",
    "Copper price: the financial model uses a long-term copper price of USD 8,800 per tonne, and each USD 500 per tonne fall reduces the project's post-tax NPV by about USD 410 million.",
    "Rail readiness: if the Quetta–Taftan upgrade slips, trucking concentrate to Karachi would add about USD 38 per tonne to logistics costs.",
    "Foreign exchange: lenders require export proceeds to be held in an offshore account in New York, which needs State Bank of Pakistan approval.",
]:
    d.add_paragraph(t, style="List Bullet")

d.add_heading("8. Recommendation", level=1)
d.add_paragraph(
    "The Finance Committee recommends that the Board authorise the Chief Executive Officer to negotiate and sign the common terms agreement, "
    "subject to final credit approvals from EXIM and ADB expected in May 2026. "
    "Management will report progress on the conditions precedent at the Board meeting scheduled for 15 April 2026.")
d.save(OUT)
print("wrote", OUT)
