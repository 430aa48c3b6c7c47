"""Generate corpus/msp-inception-report.docx (invented document) with python-docx.

Run from anywhere: python tools/make_docx.py  (paths are relative to this script's folder).
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpus" / "msp-inception-report.docx"

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(11)


def p(text, bold=False, italic=False, align=None):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if align:
        para.alignment = align
    return para


def bullet(text):
    doc.add_paragraph(text, style="List Bullet")


def table(rows, caption):
    p(caption, bold=True)
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = val
            if i == 0:
                for r in cell.paragraphs[0].runs:
                    r.bold = True
    doc.add_paragraph()


doc.add_heading("Maadan Skills Partnership (MSP)", level=0)
p("Inception Report", bold=True)
p("Programme Management Unit, Quetta")
p("Version 1.0 - 14 March 2025")
p("Prepared for the Steering Committee of the Maadan Skills Partnership. Restricted to committee members until approved for release.", italic=True)

doc.add_heading("1. Background", level=1)
p("The Maadan Skills Partnership is a three-year technical training programme for the critical minerals sector in Balochistan. "
  "It was established under a grant agreement signed in Islamabad on 27 January 2025 by Cordillera Forge Resources Inc., a mining company based in Denver, Colorado, "
  "the Government of Balochistan acting through the Mines and Minerals Development Department, and Chiltan Minerals Holdings Ltd of Karachi. "
  "The agreement builds on the memorandum of understanding on exploration and local processing that Cordillera Forge signed with Pakistani counterparts in 2024.")
p("The programme responds to a shortage of skilled local workers at exploration and processing sites in Chagai and the adjoining districts. "
  "A labour-market scan carried out by the Programme Management Unit (PMU) in December 2024 found that 58 percent of technical positions at the eleven largest mineral sites in Chagai were held by workers from outside the province. "
  "Local residents were concentrated in unskilled roles such as loading, cleaning and watch duties, and earned on average less than half the wage of a certified equipment operator.")
p("The grant agreement describes the programme as a civilian skills investment. It does not provide for any security presence by the funders, "
  "and all training will take place at civilian institutions or at operating mine sites under the supervision of licensed Pakistani operators.")

doc.add_heading("2. Objectives", level=1)
p("The programme has three objectives. First, it will train 2,400 young people from mineral-bearing districts in six trades over three annual cohorts. "
  "Second, it will place at least 60 percent of graduates in paid employment within six months of completing their course. "
  "Third, it will build the permanent capacity of the Bolan Institute of Mining Technology (BIMT) in Quetta, so that training continues after donor funding ends in 2028.")
p("Success will be judged against a small set of indicators reported every quarter: enrolment by trade, district and sex; completion rates; "
  "the share of graduates in paid work at three and six months; and the average monthly wage of employed graduates.")

doc.add_heading("3. Trades and seats", level=1)
p("Table 1 sets out the trades offered to the first cohort and the seats planned over the life of the programme. "
  "Course lengths include a practicum of six to eight weeks at an operating site.")
table([
    ["Trade", "Duration (weeks)", "Seats, cohort 1", "Seats, 2025-2027", "Delivery partner"],
    ["Exploration drilling assistant", "24", "120", "480", "BIMT Dalbandin campus"],
    ["Heavy mining equipment operator", "20", "150", "600", "BIMT Quetta"],
    ["Assay and sample preparation technician", "28", "90", "360", "BIMT Quetta"],
    ["GIS and mine survey technician", "24", "80", "320", "BIMT Quetta"],
    ["Mineral processing plant operator", "26", "120", "480", "BIMT Dalbandin campus"],
    ["Site security and convoy coordination", "8", "40", "160", "Granite Shield Services LLC"],
    ["Total", "-", "600", "2,400", "-"],
], "Table 1: Trades, duration and seats")
p("The site security and convoy coordination module is included at the request of Cordillera Forge, whose insurers require that the movement of drill core and concentrate samples be coordinated by certified staff. "
  "It will be delivered by Granite Shield Services LLC, a contractor based in Virginia, using classroom instruction in Quetta only. "
  "Trainees on this module will not handle weapons, and the module confers no security role on the contractor at any site.")

doc.add_heading("4. Eligibility and selection", level=1)
p("The selection rules agreed by the signatories are:")
bullet("Applicants must be aged 18 to 30 and hold at least a Secondary School Certificate (matriculation).")
bullet("70 percent of seats are reserved for holders of a Balochistan domicile, and at least 30 percent of those reserved seats go to residents of Chagai district.")
bullet("15 percent of seats in each cohort are reserved for women, with priority in the assay and GIS trades.")
bullet("Selection combines a written aptitude test, a structured interview and a medical check.")
bullet("Applicants already employed by a funding partner are not eligible.")
p("Applications for the first cohort open on 1 April 2025, and classes begin on 5 May 2025. "
  "The second cohort is scheduled to begin in January 2026 and the third in January 2027.")

doc.add_heading("5. Stipends and trainee support", level=1)
p("Every trainee will receive a monthly stipend of PKR 25,000 for the length of the course, paid by bank transfer on the tenth day of each month. "
  "Trainees from outside Quetta and Dalbandin will be offered hostel places free of charge. "
  "Women trainees travelling from Chagai will be offered a chaperoned transport service between home districts and the Quetta campus at the start and end of each term.")
p("Each graduate will also receive a starter tool kit worth about PKR 40,000 and a certificate jointly issued by BIMT and the Balochistan Technical Education and Vocational Training Authority.")

doc.add_heading("6. Budget and funding", level=1)
p("The total three-year budget is US$18.6 million. Table 2 shows the commitments of the three signatories.")
table([
    ["Source", "Commitment (US$ million)", "Share"],
    ["Cordillera Forge Resources Inc.", "11.0", "59%"],
    ["Government of Balochistan", "4.6", "25%"],
    ["Chiltan Minerals Holdings Ltd", "3.0", "16%"],
    ["Total", "18.6", "100%"],
], "Table 2: Funding commitments")
p("About 41 percent of the budget is allocated to stipends, hostels and transport, 33 percent to equipment and the construction of the Dalbandin campus workshop, "
  "18 percent to instructors and curriculum, and 8 percent to management, monitoring and audit. "
  "Cordillera Forge's contribution is payable in three annual tranches, the first of US$4.2 million on signature of the grant agreement.")

doc.add_heading("7. Relationship to other investments in the province", level=1)
p("The programme is open to trainees who wish to work for any operator in the province, including Chinese-operated sites. "
  "To show that the programme complements existing partnerships, 60 practicum placements in each cohort are offered to Hexi Nonferrous (Pakistan) Ltd, which operates a copper concentrator near Dalbandin. "
  "The PMU considers it important that the programme is seen to complement, and not compete with, vocational training financed under the China-Pakistan Economic Corridor.")

doc.add_heading("8. Governance and transparency", level=1)
p("The Steering Committee is chaired by the Secretary, Mines and Minerals Development Department, Mr Abdul Samad Rind. "
  "Its other members are a representative of each funder, the Principal of BIMT, and two members nominated by the district administration of Chagai. "
  "It will meet once a quarter. The PMU is headed by Dr Farrukh Jamaldini, Programme Director.")
p("The grant agreement contains a commercial confidentiality clause. The PMU will nevertheless publish quarterly enrolment and placement data on the programme website, "
  "and will ask the signatories to agree to the release of a summary of the agreement before the end of 2025.")

doc.add_heading("9. Principal risks", level=1)
p("The PMU has identified four principal risks:")
bullet("Security: closures of the Quetta-Dalbandin road could interrupt classes and practicum placements.")
bullet("Perception: the security module could be portrayed as a foreign security presence in Chagai.")
bullet("Funding: a fall in metal prices could lead a funder to reduce or delay its tranches.")
bullet("Employment: a hiring freeze by operators could leave graduates without jobs.")
p("Mitigation measures for each risk are set out in Annex C, which is circulated separately.")

doc.save(OUT)
print("wrote", OUT.relative_to(ROOT))
