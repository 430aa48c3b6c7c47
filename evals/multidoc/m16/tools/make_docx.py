"""Write corpus/moma-summary-qmct-concession.docx (invented Ministry summary, round m16).

Run from anywhere: python tools/make_docx.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus", "moma-summary-qmct-concession.docx")

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(11)


def centre(text, bold=True, size=12):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def para(text):
    doc.add_paragraph(text)


def heading(text):
    doc.add_heading(text, level=2)


def table(caption, header, rows):
    p = doc.add_paragraph()
    p.add_run(caption).bold = True
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = h
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()


centre("GOVERNMENT OF PAKISTAN", size=13)
centre("MINISTRY OF MARITIME AFFAIRS", size=13)
centre("(Ports and Shipping Wing)", bold=False, size=11)
centre("SUMMARY FOR THE APEX COMMITTEE OF THE SPECIAL INVESTMENT FACILITATION COUNCIL", size=12)
para("No. MoMA/P&S/PPP-17/2025")
para("Islamabad, 14 October 2025")
para("Subject: Award of a concession for the Qasim Mineral Concentrate Terminal (QMCT) at Port Qasim, Karachi")
para("Classification: Restricted. This summary contains commercially sensitive information of the sponsor and "
     "is not for publication.")

heading("1. Background")
para("1.1 Copper, chromite and antimony concentrates produced in Balochistan and Khyber Pakhtunkhwa are at present "
     "exported in bags through the general cargo berths of Karachi Port, where open handling causes product losses, "
     "ship delays and repeated complaints about dust.")
para("1.2 Mineral exports are expected to grow with the new copper-gold projects in Chagai district and with the "
     "foreign investment promoted by the Special Investment Facilitation Council (SIFC), including the memoranda of "
     "understanding signed with U.S. private-sector entities on exploration, processing and civilian logistics.")
para("1.3 A dedicated, enclosed terminal for mineral concentrates is therefore required at a deep-water port with "
     "road and rail access to the north.")
para("1.4 On 11 June 2025, Indus Gateway Terminals (Pvt) Limited (IGT) submitted an unsolicited proposal to the "
     "Port Qasim Authority (PQA) to build, operate and transfer a covered storage and handling terminal for mineral "
     "concentrates on 22 hectares of port land adjacent to the proposed Multipurpose Bulk Berth 3 (MB-3).")

heading("2. The sponsor")
para("2.1 IGT is a special-purpose company owned 51 per cent by Makran Bulk Logistics (Pvt) Limited of Karachi and "
     "49 per cent by Chesapeake Bulk Infrastructure LLC (CBI) of Baltimore, Maryland, United States.")
para("2.2 The shareholding is fixed at these proportions for the life of the concession, and any transfer of "
     "shares will require the prior approval of PQA.")
para("2.3 CBI operates enclosed concentrate sheds at two ports on the east coast of the United States and one in "
     "northern Chile, and will provide the terminal's operating systems and senior technical staff during the first "
     "five years.")
para("2.4 Makran Bulk Logistics has handled bagged mineral cargo at Karachi Port since 2009 and will be responsible "
     "for land transport, customs clearance and local procurement.")

heading("3. Project description")
para("3.1 QMCT will comprise a fully enclosed storage shed with a static capacity of 45,000 tonnes, a truck "
     "unloading hall, enclosed conveyors and a travelling ship loader at MB-3.")
para("3.2 Phase 1 will have a nameplate throughput of 600,000 tonnes per year.")
para("3.3 A second phase, subject to demand, would raise throughput to 1.2 million tonnes per year by 2032.")
para("3.4 The expected Phase 1 cargo mix is set out in Table 2; copper concentrate from Chagai will account for "
     "most of the volume.")
para("3.5 The shed will be kept under negative air pressure, with bag filters at every transfer point, so that "
     "concentrate dust is not released to the atmosphere.")
para("3.6 The nearest settlement, the fishing village of Sumar Dabla, lies 4.2 kilometres from the project site.")

heading("4. Cost and financing")
para("4.1 The total project cost is estimated at USD 148 million, as shown in Table 1.")
para("4.2 Dredging of the MB-3 berth pocket is not part of the project cost and is proposed to be undertaken by PQA.")
para("4.3 The project will be financed in an equity-to-debt ratio of 40:60, giving sponsor equity of USD 59.2 "
     "million and debt of USD 88.8 million.")
para("4.4 The debt is to be raised from Atlantic Frontier Capital, a New York-based infrastructure fund, and a "
     "local syndicate led by Mehran Commercial Bank Limited.")
para("4.5 No sovereign guarantee is sought, and IGT will bear the full volume risk.")
para("4.6 IGT will pay PQA a throughput fee of USD 4.50 per tonne handled, in addition to annual ground rent of "
     "PKR 38 million.")

table("Table 1: Estimated project cost (USD million)",
      ["Component", "Cost", "Share of total"],
      [["Civil works and ground improvement", "61.0", "41.2%"],
       ["Enclosed storage shed and conveyors", "47.0", "31.8%"],
       ["Ship loader and berth equipment", "22.0", "14.9%"],
       ["Dust and water control systems", "9.0", "6.1%"],
       ["Contingency", "9.0", "6.1%"],
       ["Total", "148.0", "100%"]])

table("Table 2: Expected Phase 1 cargo mix",
      ["Cargo", "Main source", "Tonnes per year", "Share"],
      [["Copper concentrate", "Chagai, Balochistan", "420,000", "70%"],
       ["Chromite ore and concentrate", "Muslim Bagh and Zhob, Balochistan", "120,000", "20%"],
       ["Antimony and other concentrates", "Chitral, Khyber Pakhtunkhwa", "60,000", "10%"],
       ["Total", "", "600,000", "100%"]])

heading("5. Competitive process")
para("5.1 In line with the rules of the Public Private Partnership Authority for unsolicited proposals, PQA "
     "advertised IGT's proposal for a Swiss challenge in national newspapers.")
para("5.2 The challenge window was open for 30 days, from 30 July to 29 August 2025.")
para("5.3 No competing proposal was received during the challenge window.")
para("5.4 The proposal was therefore evaluated on its own merits by a committee chaired by the Member (Planning and "
     "Development), PQA, which awarded it 81 marks out of 100 and found the throughput fee in line with regional "
     "benchmarks.")

heading("6. Employment and local benefits")
para("6.1 Construction is expected to employ about 900 workers at its peak.")
para("6.2 Once in operation, the terminal will provide 240 direct permanent jobs, of which at least 60 per cent are "
     "reserved for residents of the Malir and Bin Qasim areas of Karachi.")
para("6.3 IGT has committed to a community development programme of USD 250,000 per year for the villages around "
     "the port, covering a dispensary, a vocational training centre and drinking water.")

heading("7. Security and strategic considerations")
para("7.1 Security inside the terminal will be provided by the PQA security force and outside it by Sindh Police.")
para("7.2 The draft concession agreement prohibits IGT and its shareholders from engaging any foreign private "
     "security contractor.")
para("7.3 QMCT is a commercial facility: it confers no access rights on any foreign government, and U.S. "
     "participation is limited to CBI's private shareholding.")
para("7.4 The Ministry of Foreign Affairs has been consulted and has advised that the Embassy of the People's "
     "Republic of China be briefed that QMCT complements Gwadar port and the China-Pakistan Economic Corridor, since "
     "concentrate from western Chagai will move through Gwadar once the rail link is available.")

heading("8. Implementation schedule")
para("8.1 The main milestones are given in Table 3.")
table("Table 3: Implementation schedule",
      ["Milestone", "Date"],
      [["Unsolicited proposal received by PQA", "11 June 2025"],
       ["Swiss challenge window", "30 July to 29 August 2025"],
       ["ESIA submitted to Sindh EPA", "2 October 2025"],
       ["Apex Committee decision", "October 2025"],
       ["Financial close", "March 2026"],
       ["Start of construction", "April 2026"],
       ["Commercial operation", "December 2027"]])

heading("9. Environmental approval")
para("9.1 The environmental and social impact assessment (ESIA), prepared by Eastwind Environmental Consultants of "
     "Karachi, was submitted to the Sindh Environmental Protection Agency on 2 October 2025.")
para("9.2 A decision is expected within 60 days of submission, and the concession agreement will be signed only "
     "after the Agency's approval.")

heading("10. Decisions sought")
para("10.1 The Apex Committee is requested to:")
para("(a) approve the award of a 30-year build-operate-transfer concession for QMCT to IGT;")
para("(b) designate QMCT as a strategic project facilitated by SIFC;")
para("(c) direct PQA to finance the dredging of the MB-3 berth pocket from its own resources; and")
para("(d) authorise the Ministry of Maritime Affairs to sign the concession agreement after the Sindh Environmental "
     "Protection Agency has approved the ESIA.")
para("")
para("Tariq Mehmood Jaffery")
para("Additional Secretary (Ports and Shipping)")
para("Ministry of Maritime Affairs")

doc.save(OUT)
print("wrote", os.path.normpath(OUT))
