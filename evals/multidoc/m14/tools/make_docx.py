"""Write corpus/kp-mdd-cabinet-summary-kp-mincad.docx (an invented Cabinet summary).

Run: python tools/make_docx.py
Everything in this document is invented for evaluation round m14.
"""
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "kp-mdd-cabinet-summary-kp-mincad.docx"

d = docx.Document()
style = d.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(11)


def centred(text, bold=True):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    return p


def para(text):
    return d.add_paragraph(text)


def table(header, rows, caption):
    para(caption).runs[0].bold = True
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph()


centred("GOVERNMENT OF KHYBER PAKHTUNKHWA")
centred("MINERALS DEVELOPMENT DEPARTMENT")
centred("SUMMARY FOR THE PROVINCIAL CABINET")
centred("No. SO(Min-II)/MDD/4-71/2025, dated Peshawar, 22 September 2025", bold=False)
centred("CONFIDENTIAL", bold=True)

p = para("Subject: Launch of the Khyber Pakhtunkhwa Mineral Titles Cadastre (KP-MinCAD) and cancellation of dormant mineral titles")
p.runs[0].bold = True

d.add_heading("1. Purpose", level=2)
para("1.1 This summary seeks the approval of the Provincial Cabinet for the cancellation of 1,146 dormant mineral titles identified during the digitisation of the provincial mineral titles register, for the re-offer of the released areas through competitive bidding, and for a temporary restriction on the public display of title boundary coordinates on the KP-MinCAD portal.")

d.add_heading("2. Background", level=2)
para("2.1 Until 2025 the Department maintained its mineral titles register on paper: 41 bound registers, 1:50,000 Survey of Pakistan toposheets and hand-drawn sketch maps kept at the Directorate General of Mines and Minerals in Peshawar and in eight regional offices.")
para("2.2 When digitisation began, the register recorded 3,560 valid titles, comprising reconnaissance licences, exploration licences, large-scale mining leases and small-scale mining leases.")
para("2.3 Because titles were granted without any spatial check, the same ground was frequently licensed to more than one applicant, and applicants had no way of knowing which areas were free before they applied.")
para("2.4 The Mineral Titles Digitisation Project (MTDP) was approved by the Provincial Development Working Party on 11 March 2024 at a total cost of USD 4.5 million.")
para("2.5 Of this amount, USD 3.8 million is a grant from the United States Trade and Development Agency (USTDA) and Rs 196 million is the provincial share from the Annual Development Programme.")
para("2.6 The system was designed and built by Potomac GeoSystems LLC of Reston, Virginia, in association with Indus Spatial (Pvt) Ltd, Peshawar, under a contract signed on 2 May 2024.")

d.add_heading("3. Launch of KP-MinCAD", level=2)
para("3.1 The KP-MinCAD portal was inaugurated by the Minister for Mines and Minerals on 14 August 2025 and is now the only channel through which applications for new titles, renewals and transfers may be submitted.")
para("3.2 Applicants can now see on a public map which areas are free, pay fees online through the Bank of Khyber payment gateway, and track the status of their file without visiting Peshawar.")
para("3.3 The average time taken to process an application for an exploration licence has fallen from 180 days under the manual system to 21 days.")
para("3.4 By 15 September 2025 the portal had 5,870 registered users and had collected Rs 87 million in fees, rent and royalty through online payments.")
para("3.5 All cadastre data is hosted at the data centre of the Khyber Pakhtunkhwa Information Technology Board (KPITB) in Peshawar and remains the sole property of the Government of Khyber Pakhtunkhwa.")

d.add_heading("4. Dormant titles", level=2)
para("4.1 Digitisation allowed the Department, for the first time, to match each title against its payment record and its work programme.")
para("4.2 The exercise showed that 1,146 title holders had paid neither annual rent nor royalty for three consecutive years, or had not started any work within the period required by their title.")
para("4.3 Show-cause notices were issued to all 1,146 holders between 18 August and 5 September 2025, each allowing 30 days for a reply.")
para("4.4 As no satisfactory reply was received, the 1,146 titles have been cancelled under the Khyber Pakhtunkhwa Minerals Sector Governance Act, 2017, and the areas have been marked as free on KP-MinCAD.")
para("4.5 Outstanding annual rent, royalty and penalties owed by these holders amount to Rs 2.3 billion, which the Department proposes to recover as arrears of land revenue.")
para("4.6 After the cancellations the register holds 2,414 active titles.")
para("4.7 Table 1 gives the distribution of cancelled titles by district.")

table(
    ["District", "Titles on register", "Titles cancelled", "Main minerals"],
    [
        ["Chitral", "402", "164", "Antimony, copper, marble"],
        ["Swat", "288", "97", "Emerald, marble"],
        ["Mohmand", "515", "221", "Marble, granite"],
        ["Bajaur", "240", "88", "Marble, chromite"],
        ["Khyber", "310", "131", "Marble, soapstone"],
        ["Kohat", "198", "59", "Gypsum, limestone"],
        ["Karak", "226", "72", "Gypsum, iron ore"],
        ["Lower Dir", "174", "63", "Granite, nephrite"],
        ["Nowshera", "164", "45", "Marble, silica sand"],
        ["Abbottabad", "203", "54", "Phosphate, limestone"],
        ["Other districts", "840", "152", "Various"],
        ["Total", "3,560", "1,146", ""],
    ],
    "Table 1: Dormant titles cancelled, by district (position on 15 September 2025)",
)

para("4.8 Mohmand accounts for the largest number of cancellations because many marble quarry leases granted between 2012 and 2016 were never worked after the closure of the crushing units at Ghalanai.")
para("4.9 Swat's cancellations are concentrated in the Mingora emerald belt, where a number of small-scale leases had been sublet informally to artisanal miners without the Department's permission.")

d.add_heading("5. Overlapping titles", level=2)
para("5.1 The spatial check run by KP-MinCAD found 312 titles whose boundaries overlap with another title, a protected area or a special economic zone.")
para("5.2 These overlaps are the legacy of the manual system, in which titles were granted without a spatial check, and are not the result of any fault in the new software.")
para("5.3 Only 12 titles overlap the notified boundary of the Rashakai Special Economic Zone in Nowshera, and these will be resolved in consultation with the Khyber Pakhtunkhwa Economic Zones Development and Management Company (KPEZDMC).")
para("5.4 No title held by a company with foreign shareholding has been cancelled, and no foreign-owned title overlaps the Rashakai zone.")

d.add_heading("6. Public display of coordinates", level=2)
para("6.1 The KP-MinCAD public map currently shows the boundary coordinates of every title, including titles near sensitive installations and along the Pak-Afghan border in Bajaur, Mohmand and Khyber.")
para("6.2 As a precaution, the Department has decided to propose that the coordinates of all titles be removed from the public map until a security review is completed, while the names of title holders and the status of each title remain public.")

d.add_heading("7. Project cost and milestones", level=2)
table(
    ["Item", "Amount or date", "Status"],
    [
        ["USTDA grant", "USD 3.8 million", "Fully committed"],
        ["Provincial share (ADP)", "Rs 196 million", "Rs 150 million released"],
        ["Contract signed", "2 May 2024", "Completed"],
        ["Scanning of paper records", "December 2024", "Completed"],
        ["Field verification of 600 titles", "June 2025", "Completed"],
        ["Portal go-live", "14 August 2025", "Completed"],
        ["Handover to MDD", "31 March 2026", "On track"],
    ],
    "Table 2: MTDP financing and milestones",
)

d.add_heading("8. Views of other departments", level=2)
para("8.1 The Finance Department has no objection to the re-offer of released areas, subject to a reserve price to be fixed by a committee chaired by the Additional Chief Secretary.")
para("8.2 The Law Department has vetted the cancellation orders and advised that holders be given 30 days from the date of cancellation to file appeals before the Appellate Authority.")
para("8.3 The Home and Tribal Affairs Department has been consulted on paragraph 6 and its views are awaited.")

d.add_heading("9. Risks", level=2)
para("9.1 Quarry owners' associations in Mohmand and Lower Dir have threatened to block roads if the cancellations are not reversed.")
para("9.2 Re-offering released areas before appeals are decided could expose the Province to claims for damages from holders whose titles are later restored.")
para("9.3 The handover of the system to the Department depends on the recruitment of eleven GIS officers, for which the Establishment Department has not yet given approval.")

d.add_heading("10. Decisions sought", level=2)
para("10.1 The Cabinet is requested to:")
para("(a) ratify the cancellation of 1,146 dormant mineral titles listed at Annex A;")
para("(b) approve the re-offer of released areas through online competitive bidding on KP-MinCAD in the first quarter of 2026;")
para("(c) approve the temporary removal of title boundary coordinates from the public map pending a security review;")
para("(d) direct the Board of Revenue to recover arrears of Rs 2.3 billion as arrears of land revenue; and")
para("(e) approve the creation of eleven posts of GIS Officer (BPS-17) in the Directorate General of Mines and Minerals.")

para("")
para("Secretary to the Government of Khyber Pakhtunkhwa, Minerals Development Department")
para("Annex A (list of cancelled titles) is not reproduced in this copy.")

d.save(OUT)
print("wrote", OUT)
