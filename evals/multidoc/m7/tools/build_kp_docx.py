"""Build corpus/kp-mine-safety-workforce-2024-25.docx (invented report for evaluation round m7)."""
from pathlib import Path
import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "kp-mine-safety-workforce-2024-25.docx"

d = docx.Document()
d.styles["Normal"].font.name = "Calibri"
d.styles["Normal"].font.size = Pt(11)

d.add_heading("Mine Safety and Workforce Statistics Report, Fiscal Year 2024-25", level=0)
d.add_paragraph("Directorate General of Mines and Minerals, Government of Khyber Pakhtunkhwa. "
                "Prepared by the Office of the Chief Inspector of Mines, Peshawar. Issued 30 September 2025.")

d.add_heading("1. Purpose and coverage", level=1)
d.add_paragraph(
    "This report sets out the statistics on registered mine workers, reportable accidents and fatalities, and "
    "inspection activity for the fiscal year 1 July 2024 to 30 June 2025. It covers all mining leases, "
    "prospecting licences and small-scale mining licences registered with the Directorate. "
    "The registered figure does not include workers at unlicensed sites, which the Directorate cannot enumerate.")
d.add_paragraph(
    "Figures for accidents are drawn from notices submitted by mine operators under the Mines Act and from "
    "reports of inspections carried out after each fatal or serious accident. Where an operator failed to "
    "report an accident and the Inspectorate learned of it from other sources, the accident is included and "
    "the operator has been served a show-cause notice.")

d.add_heading("2. Workforce", level=1)
d.add_paragraph(
    "At the close of FY 2024-25 (30 June 2025), 41,300 workers were registered with the Directorate across "
    "1,126 active leases and licences. Coal mining accounted for 58 percent of registered workers, followed by "
    "chromite (14 percent), marble and dimension stone (12 percent), gemstones (8 percent) and other minerals, "
    "including antimony, manganese and soapstone (8 percent).")
d.add_paragraph(
    "Almost all registered workers are men. Many coal miners in Kohat, Orakzai and Shangla are seasonal "
    "migrants from Swat and Shangla who work underground for six to eight months of the year, so the number of "
    "workers present at any one time is lower than the registered total.")

d.add_heading("3. Accidents and fatalities", level=1)
d.add_paragraph(
    "The Directorate recorded 96 reportable accidents in FY 2024-25, resulting in 37 fatalities and 112 serious "
    "injuries. This compares with 41 fatalities in FY 2023-24. Methane explosions in coal mines caused 21 of the "
    "37 deaths, and a single explosion at a coal mine in Orakzai in February 2025 killed five workers.")
d.add_paragraph("Table 1. Leases, registered workers, accidents and fatalities by district, FY 2024-25")
rows = [
    ("District", "Active leases", "Registered workers", "Accidents", "Fatalities"),
    ("Kohat", "212", "9,800", "27", "12"),
    ("Orakzai", "148", "7,400", "19", "9"),
    ("Shangla", "96", "5,100", "14", "6"),
    ("Malakand", "171", "4,600", "9", "3"),
    ("Mohmand", "133", "3,900", "8", "2"),
    ("Chitral", "64", "2,150", "5", "1"),
    ("Swat", "118", "3,350", "6", "2"),
    ("Other districts", "184", "5,000", "8", "2"),
    ("Total", "1,126", "41,300", "96", "37"),
]
t = d.add_table(rows=len(rows), cols=len(rows[0]))
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
        if i == 0:
            t.cell(i, j).paragraphs[0].runs[0].bold = True

d.add_paragraph("")
d.add_paragraph("Table 2. Fatalities by cause, FY 2024-25")
rows2 = [
    ("Cause", "Fatalities", "Share of total"),
    ("Methane explosion", "21", "57%"),
    ("Roof or side fall", "9", "24%"),
    ("Haulage and winding", "4", "11%"),
    ("Electrocution", "2", "5%"),
    ("Other causes", "1", "3%"),
]
t2 = d.add_table(rows=len(rows2), cols=3)
t2.style = "Table Grid"
for i, r in enumerate(rows2):
    for j, v in enumerate(r):
        t2.cell(i, j).text = v
        if i == 0:
            t2.cell(i, j).paragraphs[0].runs[0].bold = True

d.add_paragraph("")
d.add_paragraph(
    "The compensation payable to the legal heirs of a worker killed in a mine accident was revised during the "
    "year under the workers' compensation rules. Claims for 29 of the 37 deaths had been settled by "
    "30 September 2025; the remaining claims are delayed because the operators concerned dispute liability.")

d.add_heading("4. Inspection capacity", level=1)
d.add_paragraph(
    "The Inspectorate has 23 sanctioned posts of Inspector of Mines, of which 17 were filled on 30 June 2025. "
    "Each serving inspector was therefore responsible for an average of 66 leases. Inspectors carried out "
    "2,480 inspections during the year, fewer than the 3,400 required to visit every underground mine once a "
    "quarter as the Directorate's own standing orders require.")
d.add_paragraph(
    "The shortfall is most serious in the coal districts, where inspectors must test for methane underground. "
    "Only 11 of the 17 serving inspectors hold the gas-testing certificate needed for that work, and the "
    "Inspectorate owns four vehicles for the whole province.")

d.add_heading("5. Critical minerals and new exploration", level=1)
d.add_paragraph(
    "Interest in exploration for critical minerals has increased following federal announcements on critical "
    "minerals cooperation with U.S. firms. Applications for exploration licences for critical minerals rose "
    "from 14 in FY 2023-24 to 39 in FY 2024-25, mostly for antimony in Chitral and for chromite and associated "
    "minerals in Malakand and Mohmand.")
d.add_paragraph(
    "Exploration licence holders employ few workers at this stage, and the Directorate expects the safety "
    "burden to rise only if exploration leads to underground development. The Directorate has nevertheless "
    "asked that any new federal agreement on critical minerals include funding for provincial inspection "
    "capacity, since safety enforcement remains a provincial responsibility.")

d.add_heading("6. Training", level=1)
d.add_paragraph(
    "In March 2025, 640 miners completed a five-day gas detection and rescue course delivered with support "
    "from the Transatlantic Resource Governance Fund. The course was held at the Mines Rescue Station in Kohat "
    "and in Shangla, and a further round is planned if funding is confirmed.")
d.add_paragraph(
    "The Directorate has also begun registering mine rescue volunteers in each coal district. By 30 June 2025, "
    "212 volunteers had been registered, against a target of 400.")

d.add_heading("7. Priorities for FY 2025-26", level=1)
for item in [
    "Fill the six vacant posts of Inspector of Mines and certify all serving inspectors in gas testing.",
    "Make methane detectors mandatory at every working face in coal mines, with spot checks by inspectors.",
    "Publish quarterly accident statistics on the Directorate's website instead of a single annual report.",
    "Extend worker registration to small-scale gemstone and marble sites in Swat and Mohmand.",
]:
    d.add_paragraph(item, style="List Number")

d.save(OUT)
print("wrote", OUT)
