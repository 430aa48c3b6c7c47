"""Build corpus/pnac-appeal-decision-ap-03-2025.docx (invented document for evaluation round m13)."""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "corpus" / "pnac-appeal-decision-ap-03-2025.docx"
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)

def centre(text, bold=True, size=12):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def para(text):
    d.add_paragraph(text)

def table(caption, header, rows):
    d.add_paragraph().add_run(caption).bold = True
    t = d.add_table(rows=1, cols=len(header)); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        c.text = h
        for r in c.paragraphs[0].runs: r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.text = v
    d.add_paragraph()

centre("PAKISTAN NATIONAL ACCREDITATION COUNCIL", size=14)
centre("APPEALS PANEL")
centre("Appeal No. AP-03/2025", bold=False)
centre("Koh-e-Sulaiman Geoanalytical Laboratory (Pvt) Ltd, Quetta (Appellant)", bold=False)
centre("versus", bold=False)
centre("Accreditation Committee, PNAC (Respondent)", bold=False)
centre("Decision dated 9 June 2025", bold=False)

para("Panel: Dr. Humaira Qazi (Chair); Engr. Tariq Mehmood Durrani (Member); Ms. Shazia Lodhi (Member).")
para("Appearances: For the appellant, Barrister Omer Jogezai, with Dr. Farzana Rind, Chief Executive, and Mr. Asim Kakar, Quality Manager. For the respondent, Mr. Khalid Naseem, Deputy Director (Testing Laboratories).")

d.add_heading("1. Introduction", level=1)
para("1.1 This appeal is brought by Koh-e-Sulaiman Geoanalytical Laboratory (Pvt) Ltd (\"KSGL\" or \"the appellant\") against the decision of the Accreditation Committee dated 7 March 2025, communicated to the appellant by letter of 10 March 2025, partially suspending its accreditation No. PNAC-TL-0377 under ISO/IEC 17025:2017.")
para("1.2 The suspension covers two items of the appellant's scope: gold in ores and concentrates by fire assay with gravimetric finish (method KSGL-FA-01) and copper in concentrates by four-acid digestion and ICP-OES (method KSGL-ICP-03). Antimony by XRF (method KSGL-XRF-02) and moisture by oven drying (method KSGL-GRAV-05) were not suspended and remain within the accredited scope.")
para("1.3 The appeal was lodged on 4 April 2025, within the thirty days allowed by the Council's appeals procedure. The appeal fee prescribed in the Council's fee schedule was deposited with the memorandum of appeal. The Panel heard the parties in Islamabad on 20 May 2025 and received written notes from both sides after the hearing.")

d.add_heading("2. Background", level=1)
para("2.1 The appellant has held accreditation since March 2019. It operates from Sariab Industrial Estate, Quetta, and states that it employs 46 staff, of whom 31 are domiciled in Balochistan. A substantial share of its work consists of load-port certificates of analysis for copper-gold concentrate exported through Port Qasim, on which exporters and overseas buyers rely for provisional invoicing.")
para("2.2 On 22 January 2025 the Council's complaints desk registered a written complaint from an overseas client of the laboratory. The complaint enclosed an umpire assay report on a consignment of copper-gold concentrate and alleged a systematic high bias in the appellant's gold and copper results. Consistent with Council practice at the time, the identity of the complainant was not disclosed to the appellant.")
para("2.3 The Council did not act on the complaint as such. It ordered an extraordinary assessment, which took place at the appellant's premises on 18 and 19 February 2025 under a lead assessor and one technical expert in fire assay. The assessment team raised three nonconformities, summarised in Table 2. The sequence of events is set out in Table 1.")

table("Table 1: Chronology of events", ["Date", "Event"], [
    ["14 November 2024", "Offtake contract signed between the appellant's client, Chiltan Minerals Export (Pvt) Ltd, and a U.S. buyer (as stated by the appellant)"],
    ["16 December 2024", "APGPP Round 31 results issued to participants"],
    ["31 December 2024", "Calibration certificate for analytical balance KSGL-BAL-04 expires"],
    ["22 January 2025", "Complaint registered by the Council's complaints desk"],
    ["18-19 February 2025", "Extraordinary assessment at the appellant's premises"],
    ["20 February 2025", "Balance KSGL-BAL-04 recalibrated by an accredited calibration laboratory"],
    ["7 March 2025", "Accreditation Committee decides partial suspension for up to six months"],
    ["10 March 2025", "Suspension letter issued to the appellant"],
    ["4 April 2025", "Appeal lodged"],
    ["20 May 2025", "Hearing before the Appeals Panel"],
])

table("Table 2: Nonconformities raised at the extraordinary assessment", ["No.", "Grade", "Finding"], [
    ["NC-1", "Major", "Unsatisfactory result for gold (z = +3.4) in APGPP Round 31, with no documented root-cause analysis or corrective action while gold results continued to be reported to clients."],
    ["NC-2", "Major", "Calibration of analytical balance KSGL-BAL-04, used for weighing fire assay beads, lapsed on 31 December 2024; gold results reported between 1 January and 19 February 2025 relied on this balance."],
    ["NC-3", "Minor", "Sub-sampling of concentrate samples by riffle splitter was not performed in accordance with the laboratory's own procedure; splitting records were incomplete for 9 of 20 files reviewed."],
])

para("2.4 The appellant participates in the Asia-Pacific Geochemical Proficiency Programme (APGPP), which circulates a blind concentrate sample three times a year. Its z-scores for the four most recent rounds are set out in Table 3. The Round 32 results were issued on 24 April 2025, after the suspension, and both parties addressed them at the hearing.")

table("Table 3: APGPP proficiency testing z-scores for the appellant", ["Analyte", "Round 29 (April 2024)", "Round 30 (July 2024)", "Round 31 (December 2024)", "Round 32 (April 2025)"], [
    ["Gold, g/t", "+0.7", "+1.1", "+3.4", "+2.4"],
    ["Copper, %", "-0.4", "+0.9", "+2.6", "+1.3"],
    ["Antimony, %", "+0.5", "-0.2", "+0.8", "+0.6"],
])
para("Note to Table 3: a z-score with an absolute value of 2.0 or less is satisfactory; above 2.0 and below 3.0 is questionable; 3.0 or more is unsatisfactory.")

d.add_heading("3. Grounds of appeal", level=1)
para("3.1 The appellant advanced four grounds:")
para("(a) that a single unsatisfactory proficiency result cannot justify suspension, because the Council's policy on proficiency testing refers to \"persistent\" unsatisfactory performance, which the appellant reads as requiring two consecutive unsatisfactory rounds;")
para("(b) that the balance lapse was administrative, since the balance was checked every working day against certified check weights and those records show no drift outside tolerance;")
para("(c) that the complaint was made by a commercial party with a direct financial interest in lower assay results and should have been treated with caution;")
para("(d) that the appellant was denied a fair opportunity to respond, because it was never shown the complaint or the umpire report before the suspension was decided.")
para("3.2 Barrister Jogezai also submitted that the discrepancy on the consignment described in the complaint arose from sampling at the exporter's stockpile, which the laboratory neither performs nor controls, and that re-analysis of the retained pulp had reproduced the original copper result within 0.2 percentage points.")

d.add_heading("4. The respondent's case", level=1)
para("4.1 Mr. Naseem submitted that the Committee's decision rested on the assessment findings and not on the complaint. The complaint explained why an extraordinary assessment was held; it did not decide the outcome.")
para("4.2 He stressed that the Round 31 gold result was received on 16 December 2024 and that the appellant continued to issue gold certificates for more than two months without investigating it. In the respondent's view this failure to act, rather than the result itself, made NC-1 a major nonconformity.")
para("4.3 On the balance, he submitted that daily check-weighing is a useful control but is not a substitute for calibration traceable to national measurement standards, and that a laboratory accredited for gravimetric gold cannot treat calibration as paperwork.")
para("4.4 Finally, he emphasised that the suspension was partial and proportionate: antimony and moisture were left untouched, and the appellant could continue to serve clients for those analytes.")
para("4.5 As to the appellant's sampling argument, he accepted that load-port sampling lies outside the appellant's scope, but pointed out that NC-3 concerns sub-sampling inside the laboratory, after samples are received, which is squarely within it.")

d.add_heading("5. Findings", level=1)
para("5.1 Ground (a). The Panel does not accept that \"persistent\" requires two consecutive unsatisfactory rounds. The Round 32 gold z-score of +2.4 falls in the questionable band; read together with Round 31, it indicates that the high bias in gold has not been corrected. For copper the position is different: the Round 31 copper result was questionable rather than unsatisfactory, and the Round 32 copper z-score of +1.3 is satisfactory.")
para("5.2 Ground (b). The Panel accepts the daily check-weight records as genuine. They substantially reduce the risk that copper results were affected, because copper determinations by ICP-OES use sample masses at which small balance errors are immaterial. They do not cure the nonconformity for gold, where fire assay beads weigh a few milligrams and traceable calibration is essential.")
para("5.3 Ground (c). The identity and commercial interest of a complainant cease to matter once an assessment has independently verified the findings. Each of NC-1 to NC-3 was established by the assessment team on its own evidence.")
para("5.4 Ground (d). The Panel finds merit in this ground in part. A redacted copy of the complaint and the umpire report should have been provided to the appellant before the Committee decided. The omission did not affect the outcome, but the Panel recommends that the Council amend its complaints procedure accordingly.")
para("5.5 The Panel makes no finding on the cause of the discrepancy on the consignment described in the complaint. That is a commercial matter between the appellant's client and its buyer and lies outside the Council's remit.")

d.add_heading("6. Decision", level=1)
para("6.1 By a majority, the appeal is partly allowed.")
para("6.2 The suspension of copper (KSGL-ICP-03) shall be lifted upon satisfactory completion of a witnessed re-test, to be arranged by the Council within 30 days of this decision.")
para("6.3 The suspension of gold (KSGL-FA-01) is upheld. It shall be lifted only when (i) the appellant achieves a satisfactory z-score for gold in APGPP Round 33, the results of which are expected in October 2025, and (ii) the appellant submits a root-cause analysis that the Council's assessors accept as closing NC-1.")
para("6.4 The six-month suspension period set by the Committee would otherwise expire on 6 September 2025, before the Round 33 results are available. The Panel therefore extends the gold suspension until the Round 33 results have been evaluated, and in any event not beyond 31 December 2025.")
para("6.5 Each party shall bear its own costs.")

d.add_heading("7. Dissenting opinion of Ms. Shazia Lodhi", level=1)
para("7.1 I would have allowed the appeal in full. The Council's policy speaks of persistent unsatisfactory performance. The appellant has one unsatisfactory gold result in four rounds; the Round 32 result is questionable, not unsatisfactory. A formal warning combined with intensified surveillance would have protected clients without closing the only accredited gold service in Balochistan.")
para("7.2 I also record my concern that the complaint came from a party whose final settlement depended on the outcome, and that the appellant learned its contents only at the appeal stage. The Council should in future disclose the substance of any complaint before it orders an extraordinary assessment.")

para("Signed: Dr. Humaira Qazi (Chair)    Engr. Tariq Mehmood Durrani    Ms. Shazia Lodhi (dissenting)")
para("Islamabad, 9 June 2025")
d.save(OUT)
print("wrote", OUT)
