"""Build corpus/critical-minerals-supplier-comparison-memo.docx (run from evals/multidoc/m3 with the project's Python: .venv/bin/python)."""
from pathlib import Path
import docx

OUT = Path(__file__).resolve().parent.parent / "corpus" / "critical-minerals-supplier-comparison-memo.docx"

d = docx.Document()
d.add_heading("Indus Meridian Advisory", level=0)
d.add_heading("Memorandum", level=1)
for line in [
    "To: Investment Committee, Cascade Resource Partners",
    "From: Critical Minerals Practice, Indus Meridian Advisory (lead author: Rehana Siddiqui)",
    "Date: 3 November 2025",
    "Subject: Pakistan compared with Kazakhstan, the Democratic Republic of the Congo and Chile as suppliers of critical minerals to U.S. buyers",
    "Classification: Confidential, prepared for the client's internal use",
]:
    d.add_paragraph(line)

d.add_heading("1. Summary", level=1)
d.add_paragraph(
    "You asked us to assess whether Pakistan deserves a place in the fund's critical-minerals portfolio "
    "alongside the three jurisdictions where you already hold positions or options. "
    "Pakistan is the highest-risk and least developed of the four jurisdictions we reviewed, but it offers "
    "the only near-term opportunity for non-Chinese antimony processing in South Asia. "
    "We rank Chile first and Kazakhstan second on a risk-adjusted basis, followed by the Democratic Republic "
    "of the Congo and then Pakistan. "
    "Our scores combine geology, processing capacity, licensing speed, fiscal terms, security and the "
    "ease of meeting U.S. due-diligence rules, each weighted equally."
)

d.add_heading("2. Comparison at a glance", level=1)
rows = [
    ["Country", "Priority minerals for U.S. buyers", "Domestic processing", "Typical licensing time",
     "Headline royalty", "Overall score (out of 10)"],
    ["Pakistan", "Antimony, copper, rare earths", "Very limited; first antimony plant planned at Hub",
     "18 to 30 months", "5 percent (Balochistan, metallic minerals)", "4.6"],
    ["Kazakhstan", "Tungsten, rare earths, titanium", "Moderate; titanium sponge and tungsten concentrate",
     "6 to 12 months", "6 percent mineral extraction tax (tungsten)", "6.8"],
    ["Democratic Republic of the Congo", "Cobalt, copper", "Partial; copper cathode and cobalt hydroxide",
     "12 to 24 months", "10 percent cobalt; 3.5 percent copper", "4.9"],
    ["Chile", "Copper, lithium", "Extensive; copper smelting and lithium carbonate",
     "24 to 36 months", "1 percent ad valorem plus a margin-based component (copper)", "7.4"],
]
t = d.add_table(rows=len(rows), cols=len(rows[0]))
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
d.add_paragraph("Source: Indus Meridian Advisory analysis; royalty rates as published by each government in 2025.")

d.add_heading("3. Pakistan", level=1)
d.add_paragraph(
    "The Memorandum of Understanding signed on 8 September 2025 between the Frontier Minerals Development "
    "Company (FMDC) and Ridgeline Strategic Metals is the first serious U.S. commercial entry into Pakistan's "
    "minerals sector. "
    "The headline figure of USD 500 million overstates committed capital; our sources put firm first-phase "
    "commitments at about USD 120 million. "
    "The Hub antimony trioxide plant is the only project with a site, an environmental assessment and a named offtaker. "
    "We would not underwrite first production before 2029, because environmental approval, DFC financing and "
    "the definitive joint venture agreement are all still outstanding."
)
d.add_paragraph(
    "We found no evidence that the MoU has a security or military dimension, and we regard speculation about "
    "U.S. basing as a distraction for investors. "
    "The main risks are insecurity along the ore transport routes from Qila Saifullah, unresolved disputes "
    "between Islamabad and the provinces over royalties, and the possibility that China treats U.S. involvement "
    "as a challenge to CPEC. "
    "Pakistan scores lowest of the four on licensing speed and security, but higher than the DRC on the ease of "
    "tracing ore from mine to plant."
)

d.add_heading("4. Kazakhstan", level=1)
d.add_paragraph(
    "Kazakhstan offers the fastest licensing of the four countries, with exploration licences typically issued "
    "within six to twelve months under its 2018 Subsoil Code. "
    "Its main drawback is distance: concentrate must cross Russia or use the trans-Caspian route to reach a seaport, "
    "which adds cost and sanctions-compliance risk. "
    "The DFC equity commitment to a tungsten project announced in February 2025 lowers the financing risk for "
    "co-investors."
)

d.add_heading("5. Democratic Republic of the Congo", level=1)
d.add_paragraph(
    "The DRC produced about 70 percent of the world's mined cobalt in 2024, but Chinese companies control most "
    "of its large cobalt operations. "
    "Artisanal mining, allegations of child labour and frequent changes to export rules make it difficult for U.S. "
    "buyers to meet their due-diligence requirements. "
    "The Lobito rail corridor to the Angolan coast will shorten export routes once complete, but it does not "
    "address the governance concerns."
)

d.add_heading("6. Chile", level=1)
d.add_paragraph(
    "Chile has the most predictable mining law and the deepest pool of skilled labour of the four countries, "
    "and it already refines much of its copper at home. "
    "However, new lithium projects in strategic salt flats now require a partnership with a state company, "
    "which limits the stake a foreign investor can hold. "
    "Licensing is slow, at 24 to 36 months, mainly because of environmental review and consultation with "
    "indigenous communities."
)

d.add_heading("7. Recommendations", level=1)
for b in [
    "Take a minority stake of no more than USD 25 million in Hub Antimony Refining Company, conditional on "
    "approval of the environmental assessment and a signed definitive joint venture agreement.",
    "Give priority to the Kazakhstan tungsten pipeline, where DFC has already committed equity.",
    "Do not invest directly in DRC cobalt until the traceability of artisanal supply can be independently verified.",
    "Keep a watching brief on Chilean lithium and revisit it in 2026, once the state-partnership terms for new "
    "salt flats are published.",
]:
    d.add_paragraph(b, style="List Bullet")

d.add_heading("8. Dates to watch", level=1)
for b in [
    "18 December 2025: public hearing on the Hub environmental assessment, held in Hub.",
    "31 March 2026: deadline for the definitive FMDC–Ridgeline joint venture agreement.",
    "Early 2026: meeting of the U.S.–Pakistan joint working group on critical minerals in Washington.",
]:
    d.add_paragraph(b, style="List Bullet")

d.add_paragraph(
    "This memorandum reflects information available to us on 31 October 2025. It is not investment advice to any "
    "party other than the addressee."
)
d.save(str(OUT))
print("wrote", OUT)
