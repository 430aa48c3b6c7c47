"""Build the invented ZCC quarterly grievance report (Word .docx) for round m15.

Run from anywhere:  python tools/make_docx.py
Writes corpus/zcc-grievance-report-q2-2025.docx (paths are relative to the round folder).
Everything in this document is fictional.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpus" / "zcc-grievance-report-q2-2025.docx"

doc = Document()
doc.core_properties.author = "ZCC Community Relations Department (fictional)"
doc.core_properties.title = "Community Grievance Mechanism: Quarterly Report, Q2 2025"
style = doc.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(11)


def para(text, bold=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if align:
        p.alignment = align
    return p


def table(header, rows, caption):
    para(caption, bold=True)
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = h
        for r in cell.paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()


doc.add_heading("Zardkan Copper Company (Pvt) Ltd", level=0)
para("Community Grievance Mechanism: Quarterly Report", bold=True)
para("Second Quarter 2025 (1 April to 30 June 2025)", bold=True)
para("Issued: 15 July 2025. Prepared by: Community Relations Department, Zardkan Project Site, District Chagai. "
     "Approved by: Daniel Whitcombe, General Manager.")
para("Distribution: Deputy Commissioner Chagai; Balochistan Environmental Protection Agency; "
     "Mines and Minerals Development Department, Government of Balochistan; prospective lenders; public (English and Urdu).")

doc.add_heading("1. Purpose", level=1)
para("This report summarises the grievances received by Zardkan Copper Company (ZCC) through its community grievance "
     "mechanism during the second quarter of 2025 and the action taken on them. "
     "It is published in English and Urdu and is shared with the Deputy Commissioner Chagai, the Balochistan "
     "Environmental Protection Agency and the project's prospective lenders.")
para("ZCC is a joint venture between Carrow Ridge Metals Inc. of Denver, Colorado, which holds 60 percent, and Sultan "
     "Basin Resources (Pvt) Ltd of Quetta, which holds 40 percent. "
     "The Zardkan copper project lies about 40 kilometres west of Dalbandin and is currently in the construction phase, "
     "with first concentrate production planned for late 2026.")

doc.add_heading("2. How the mechanism works", level=1)
para("Community members can raise a grievance in four ways: by calling the free hotline, by placing a written complaint "
     "in one of the locked boxes installed in six villages, by speaking to a community liaison officer, or at the open "
     "desk held at the Dalbandin office on the first Monday of each month.")
para("Every grievance is logged within two working days and given a reference number. "
     "A community liaison officer must acknowledge it within seven days and propose a resolution within 15 days. "
     "If the complainant does not accept the proposed resolution, the case goes to the Site Grievance Committee, which "
     "meets every two weeks and includes the General Manager, the Community Relations Manager and two elders nominated "
     "by the village councils. "
     "Complainants who remain dissatisfied may take the matter to the district administration or the courts; using the "
     "mechanism does not remove any legal right.")
para("Enquiries that do not allege harm, such as requests for information on jobs or the bus timetable, are logged as "
     "general enquiries and closed when an answer has been given.")

doc.add_heading("3. Summary of grievances in the quarter", level=1)
para("ZCC received 188 grievances and enquiries in the second quarter, compared with 131 in the first quarter. "
     "Of these, 166 were closed by 30 June and 22 remained open. "
     "Table 1 shows the breakdown by category.")
table(["Category", "Received", "Closed", "Open", "Average days to close"], [
    ["Water supply and karez", "41", "33", "8", "12"],
    ["Land and grazing access", "19", "15", "4", "18"],
    ["Dust, noise and blasting", "27", "25", "2", "6"],
    ["Employment and contracting", "38", "31", "7", "9"],
    ["Road safety and traffic", "11", "11", "0", "4"],
    ["General enquiries", "52", "51", "1", "2"],
    ["Total", "188", "166", "22", "8"],
], "Table 1: Grievances received, Q2 2025")
para("The rise in water grievances, from 17 in the first quarter to 41, is the most significant trend of the quarter. "
     "The average time to close a water grievance was 12 days, within the 15-day target. "
     "Most water grievances came from Killi Hazar Chah, Shorkan and Pir Garm.")
para("Employment grievances mainly concerned the share of unskilled construction jobs given to residents of the "
     "project-affected villages, and the payment of wages by subcontractors. "
     "Two land grievances about blocked grazing routes were referred to the Site Grievance Committee, which agreed to "
     "open a new livestock crossing on the haul road.")

doc.add_heading("4. Water", level=1)
doc.add_heading("4.1 The wellfield", level=2)
para("The project draws groundwater from a wellfield of six production boreholes located 2 to 3 kilometres north of "
     "the plant site. "
     "Water is used for construction, dust suppression and the workers' camp. "
     "Table 2 shows the average daily extraction recorded in each month of the quarter.")
table(["Month", "Average daily extraction (cubic metres)", "Operating boreholes",
       "Permitted maximum (cubic metres per day)"], [
    ["April 2025", "6,050", "6", "7,500"],
    ["May 2025", "6,180", "6", "7,500"],
    ["June 2025", "6,370", "6", "7,500"],
    ["Quarter average", "6,200", "6", "7,500"],
], "Table 2: Wellfield extraction, Q2 2025")
para("Average daily extraction in the quarter was 6,200 cubic metres, well below the permitted maximum of 7,500 cubic "
     "metres a day set in the project's water use permit. "
     "Extraction rose slightly through the quarter as concrete pours for the process plant foundations increased.")

doc.add_heading("4.2 Groundwater levels", level=2)
para("ZCC monitors groundwater in five monitoring wells. "
     "The water level in monitoring well MW-3, which lies between the wellfield and the nearest village, has fallen by "
     "4.1 metres since pumping began in January 2024. "
     "The company's consultant hydrogeologist considers this decline to be within the range predicted in the "
     "Environmental and Social Impact Assessment and does not consider that the cone of depression around the "
     "wellfield extends as far as the karez that supply Killi Hazar Chah.")

doc.add_heading("4.3 Karez flows", level=2)
para("Community members have reported falling flows in several karez, the traditional underground channels that "
     "supply drinking and irrigation water to villages around the project. "
     "ZCC's field team visited the karez named in grievances and found reduced flow in three of them.")
para("The company's assessment is that the main cause is drought. "
     "Rainfall recorded at Dalbandin in 2024 was 38 percent below the long-term average, and karez flows across western "
     "Chagai have fallen, including in areas far from the project. "
     "ZCC does not accept that the wellfield is the cause of the reduced flows, but it recognises that households are "
     "facing real hardship and has put interim support in place regardless of cause.")

doc.add_heading("5. Interim support", level=1)
para("5.1 Water tankers. Since 12 May 2025, ZCC has delivered drinking water by tanker to Killi Hazar Chah, Shorkan and "
     "Pir Garm. The programme currently runs 14 tanker trips a day, each carrying 5,000 litres.")
para("5.2 Water hardship allowance. ZCC paid a one-time water hardship allowance totalling PKR 18 million to 112 "
     "households whose karez or wells were named in grievances. "
     "The allowance is not compensation and does not imply an admission of liability.")
para("5.3 Storage. ZCC has supplied 60 water storage tanks of 2,000 litres each to households without covered storage.")

doc.add_heading("6. Lender requirements", level=1)
para("ZCC has applied to the U.S. International Development Finance Corporation (DFC) for a senior loan of USD 120 "
     "million towards construction costs. "
     "The application is at the environmental and social due diligence stage.")
para("The DFC applies the International Finance Corporation's Performance Standards, which require an effective "
     "grievance mechanism and the management of impacts on community water resources. "
     "ZCC believes this report demonstrates that its mechanism meets those requirements. "
     "The project is also registered with the Special Investment Facilitation Council as a priority minerals project.")

doc.add_heading("7. Commitments for the third quarter", level=1)
para("ZCC commits to the following in the third quarter of 2025:")
for item in [
    "(a) install electromagnetic flow meters on all production boreholes by 30 September 2025;",
    "(b) publish monthly extraction figures on the company website;",
    "(c) hold an open community meeting on water in each of the three most affected villages before 31 August 2025;",
    "(d) recruit a female community liaison officer so that women can raise grievances directly; and",
    "(e) commission an update of the groundwater model.",
]:
    para(item)

doc.add_heading("8. Contact", level=1)
para("Grievances may be raised free of charge through the hotline 0800-92722 between 8 am and 8 pm, Monday to Saturday. "
     "Questions about this report should be addressed to Farhan Qadir, Community Relations Manager, at the Dalbandin "
     "office.")
para("This report covers grievances only. ZCC's environmental monitoring results are reported separately to the "
     "Balochistan Environmental Protection Agency.", align=WD_ALIGN_PARAGRAPH.LEFT)

OUT.parent.mkdir(exist_ok=True)
doc.save(OUT)
print("wrote", OUT.relative_to(ROOT))
