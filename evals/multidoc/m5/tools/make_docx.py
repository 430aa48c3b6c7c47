"""Build corpus/shigar-lithium-esia-summary.docx (invented document for evaluation round m5)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "corpus" / "shigar-lithium-esia-summary.docx"

d = Document()
style = d.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(11)

sec = d.sections[0]
sec.header.paragraphs[0].text = "Shigar Lithium Pilot Project | ESIA Non-Technical Summary | Revision 2"
sec.footer.paragraphs[0].text = ("© 2025 Hunza EnviroConsult (Pvt) Ltd. Prepared for Shigar Lithium Company (Pvt) Ltd. "
                                 "Document No. HEC-SLP-ESIA-NTS-02.")

t = d.add_heading("Shigar Lithium Pilot Project", 0)
p = d.add_paragraph()
r = p.add_run("Environmental and Social Impact Assessment (ESIA): Non-Technical Summary")
r.bold = True
r.font.size = Pt(14)
for line in [
    "Prepared for: Shigar Lithium Company (Pvt) Ltd, Skardu",
    "Prepared by: Hunza EnviroConsult (Pvt) Ltd, Gilgit",
    "Submitted to: Gilgit-Baltistan Environmental Protection Agency (GB-EPA)",
    "Document No. HEC-SLP-ESIA-NTS-02 | Revision 2 | 12 February 2025",
]:
    d.add_paragraph(line)

d.add_heading("Contents", 1)
for item in ["1. Purpose of this summary", "2. The project", "3. Alternatives considered",
             "4. Existing environment and communities", "5. Key impacts and mitigation",
             "6. Stakeholder engagement", "7. Company commitments", "8. Next steps and contacts"]:
    d.add_paragraph(item)

d.add_heading("1. Purpose of this summary", 1)
d.add_paragraph(
    "This non-technical summary presents, in plain language, the main findings of the Environmental and Social "
    "Impact Assessment (ESIA) for the Shigar Lithium Pilot Project. It is intended for residents of the project area, "
    "government agencies and other interested parties. It is available in English and Urdu at the offices listed in "
    "Section 8. The full ESIA runs to four volumes and may be inspected at the same offices.")

d.add_heading("2. The project", 1)
d.add_heading("2.1 Location", 2)
d.add_paragraph(
    "The project is located in Shigar District, Gilgit-Baltistan, about 38 kilometres north-east of Shigar town, "
    "on slopes above the Braldu River at elevations between 2,850 and 3,300 metres. The nearest settlements are the "
    "villages of Sildi and Gonar-Bala. The site lies 9 kilometres outside the boundary of the Central Karakoram "
    "National Park.")
d.add_heading("2.2 What will be built", 2)
d.add_paragraph("The project consists of the following main components:")
for b in [
    "an open-pit mine extracting about 150,000 tonnes of pegmatite ore per year;",
    "a concentrator using crushing, dense-media separation and flotation to produce about 18,000 tonnes of "
    "spodumene concentrate per year;",
    "a lined dry-stack tailings facility for the waste left after processing;",
    "an upgraded 22-kilometre access road linking the site to the Shigar–Askole road;",
    "a camp for up to 250 workers, with its own water treatment and waste management.",
]:
    d.add_paragraph(b, style="List Bullet")
d.add_heading("2.3 Ownership", 2)
d.add_paragraph(
    "Shigar Lithium Company (Pvt) Ltd holds the mineral lease and a 55 percent interest in the project. "
    "Pinecrest Battery Metals Inc. holds 25 percent and Khaleej Strategic Minerals holds 20 percent.")
d.add_heading("2.4 Schedule, cost and workforce", 2)
d.add_paragraph(
    "Construction is planned to begin in April 2026 and to last about 16 months, with first concentrate expected in "
    "the third quarter of 2027. The estimated capital cost is USD 58 million, excluding the access road, which is to "
    "be built by the Gilgit-Baltistan Public Works Department. The indicated resource is 1.9 million tonnes of ore "
    "grading 1.2 percent lithium oxide, which supports a mine life of 11 years.")
d.add_paragraph(
    "The project will employ about 420 workers during construction and about 190 during operation. The company has "
    "committed to filling at least 70 percent of operational jobs with residents of Shigar District. Because the site "
    "is normally snowbound from December to March, mining will take place for about eight months a year, while the "
    "concentrator will process stockpiled ore for a further two months.")

d.add_heading("3. Alternatives considered", 1)
d.add_paragraph(
    "The ESIA compared conventional wet tailings storage behind a dam with dry-stack tailings. Dry stacking was "
    "chosen because the area is seismically active, flat land is scarce, and a tailings dam failure during a "
    "glacial flood could release slurry into the Braldu River. Two concentrator sites were also assessed: one close "
    "to Sildi and one next to the mine. The site next to the mine was selected because it keeps dust and noise "
    "further from homes and orchards. The no-project alternative was also assessed; it would avoid all the impacts "
    "described here but would also forgo the jobs, training and community fund that the project offers.")

d.add_heading("4. Existing environment and communities", 1)
d.add_paragraph(
    "The Braldu is fed by glaciers, and its flow falls sharply between November and April. The project would draw "
    "water from Gonar Nala, a side stream used by Gonar-Bala for irrigation and drinking water. Field surveys in "
    "2023 and 2024 recorded Himalayan ibex on the slopes above the site in winter, and camera traps photographed a "
    "snow leopard on two occasions. No species recorded is found only at the site.")
d.add_paragraph(
    "Sildi has a population of about 640 and Gonar-Bala about 410. Households depend on livestock, apricot "
    "orchards and seasonal work as porters for mountaineering expeditions. A glacial lake about 6 kilometres "
    "upstream of the site was identified as a potential source of outburst floods.")

d.add_heading("5. Key impacts and mitigation", 1)
d.add_paragraph(
    "Table 1 summarises the main potential impacts identified by the ESIA, how significant they would be without "
    "mitigation, the main measures the company will take, and the significance that remains afterwards (the "
    "residual significance).")
rows = [
    ("Topic", "Potential impact", "Significance before mitigation", "Main mitigation measures", "Residual significance"),
    ("Water resources", "Reduced flow in Gonar Nala in low-flow months; risk of contaminated runoff", "High",
     "At least 75 percent of process water recycled; abstraction capped at 310 cubic metres per day; lined drainage ponds",
     "Moderate"),
    ("Air quality and dust", "Dust from blasting, crushing and haul roads settling on Sildi orchards", "Moderate",
     "Water sprays, covered conveyors, no blasting during apricot flowering", "Low"),
    ("Biodiversity", "Disturbance to ibex winter range and snow leopard movement", "High",
     "No mining from December to March; 5-kilometre no-hunting buffer; camera-trap monitoring", "Moderate"),
    ("Glacial and geohazards", "Outburst flood damaging the tailings facility or camp", "High",
     "Tailings sited above the modelled flood line; early-warning system shared with villages", "Moderate"),
    ("Land and livelihoods", "Loss of 46 hectares of seasonal pasture used by Gonar-Bala herders", "Moderate",
     "Cash compensation, improvement of replacement pasture, livelihood restoration plan", "Low"),
    ("Traffic and safety", "Concentrate trucks on the Shigar–Askole road", "Moderate",
     "Convoy scheduling, speed limits, driver training, road safety sessions in schools", "Low"),
    ("Cultural heritage", "Damage to rock carvings recorded near the access road", "Low",
     "Road realigned by 200 metres; chance-finds procedure", "Negligible"),
]
cap = d.add_paragraph()
cap.add_run("Table 1: Summary of key impacts and mitigation").bold = True
table = d.add_table(rows=len(rows), cols=5)
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = table.cell(i, j)
        cell.text = val
        if i == 0:
            for run in cell.paragraphs[0].runs:
                run.bold = True
d.add_paragraph(
    "No impact was assessed as remaining high after mitigation. Water and the glacial flood risk to the tailings "
    "facility are the two issues that GB-EPA has been asked to make subject to independent monitoring.")

d.add_heading("6. Stakeholder engagement", 1)
d.add_paragraph(
    "Between March and November 2024 the ESIA team held 14 public consultation meetings attended by 612 people, of "
    "whom 38 percent were women. Separate women-only sessions were held in both villages. The main concerns raised "
    "were:")
for b in [
    "whether local young people would get skilled jobs rather than only labouring work;",
    "the effect of dust on apricot orchards, the main cash crop;",
    "fear that the water in Gonar Nala would run short in late summer;",
    "who would be responsible if a glacial flood damaged the tailings facility;",
    "whether part of the project's revenue would stay in Shigar District.",
]:
    d.add_paragraph(b, style="List Bullet")
d.add_paragraph(
    "The company's responses to these concerns are reflected in the mitigation measures in Table 1 and in the "
    "commitments in Section 7.")

d.add_heading("7. Company commitments", 1)
d.add_paragraph("Shigar Lithium Company (Pvt) Ltd has made the following commitments:")
for n in [
    "Establish a community development fund financed with 1.5 percent of annual gross sales revenue, governed "
    "jointly with elected village representatives.",
    "Operate a grievance mechanism that responds to every complaint within 30 days.",
    "Train at least 60 local people in technical trades before operations begin.",
    "Publish annual environmental monitoring reports on the company website.",
    "Prepare a closure and rehabilitation plan and provide a financial guarantee for closure, the amount of which "
    "will be set by GB-EPA at the licensing stage.",
    "Appoint an independent panel on glacial hazards to review the tailings design every three years.",
]:
    d.add_paragraph(n, style="List Number")

d.add_heading("8. Next steps and contacts", 1)
d.add_paragraph(
    "GB-EPA will hold a public hearing in Shigar town before deciding whether to approve the project. Written "
    "comments may be sent to GB-EPA within 30 days of the public notice of the hearing. Copies of the full ESIA and "
    "this summary are available at the GB-EPA office in Gilgit, the Deputy Commissioner's office in Shigar and the "
    "Shigar Lithium Company office in Skardu.")
d.add_paragraph("Community Liaison Officer, Shigar Lithium Company (Pvt) Ltd, College Road, Skardu. "
                "Tel: +92 5815 000 210. Email: community@shigarlithium.example")
disc = d.add_paragraph(
    "Disclaimer: This summary is not a substitute for the full ESIA. In case of any difference between this summary "
    "and the full ESIA, the full ESIA prevails.")
disc.runs[0].italic = True

d.save(OUT)
print("wrote", OUT)
