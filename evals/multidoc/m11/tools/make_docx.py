"""Generate corpus/na-written-questions-12-sep-2025-airborne-survey.docx (invented document for eval round m11).
Run from evals/multidoc/m11 with the project's Python: python tools/make_docx.py
"""
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = Path(__file__).resolve().parent.parent / "corpus" / "na-written-questions-12-sep-2025-airborne-survey.docx"

d = Document()
style = d.styles["Normal"]
style.font.name = "Times New Roman"
style.font.size = Pt(11)


def centre(text, bold=True, size=None):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def para(text, bold_prefix=None):
    p = d.add_paragraph()
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    p.add_run(text)
    return p


centre("NATIONAL ASSEMBLY SECRETARIAT", size=14)
centre("QUESTIONS FOR WRITTEN ANSWERS", size=12)
centre("to be laid on the Table on Friday, 12 September 2025", bold=False)
centre("Ministry of Mineral Resources and Geoscience", bold=False)

d.add_heading("Preliminary note", level=2)
para("The following written answers were received from the Ministry of Mineral Resources and Geoscience in "
     "response to starred questions that could not be reached during Question Hour. They are laid on the Table "
     "under the Rules of Procedure and Conduct of Business in the National Assembly and are reproduced as received. "
     "Figures are as on 31 August 2025 unless stated otherwise.")

# ---------------------------------------------------------------- Question 214
d.add_heading("Question No. 214: National Airborne Geophysical Mapping Programme", level=1)
para("Ms. Shazia Noor Khetran: ", None)
d.paragraphs[-1].runs[0].bold = True
para("Will the Minister for Mineral Resources and Geoscience be pleased to state:")
for item in [
    "(a) the total area and line-kilometres to be covered under Phase I of the National Airborne Geophysical "
    "Mapping Programme (NAGMP), block-wise;",
    "(b) the name of the firm to which the survey contract has been awarded, the number of bids received, the "
    "contract value, and the reasons for any increase over the estimated cost;",
    "(c) the dates on which survey flying will commence and be completed;",
    "(d) whether the data will be shared with the Governments of Balochistan and Khyber Pakhtunkhwa and, if so, "
    "on what terms;",
    "(e) whether any foreign government or foreign entity will have access to the data; and",
    "(f) the arrangements made for the security of the survey crews and aircraft?",
]:
    d.add_paragraph(item, style="List Paragraph")

p = para("Minister for Mineral Resources and Geoscience (Syed Kamal Hussain Shirazi): ")
p.runs[0].bold = True

d.add_heading("Reply to part (a): area and line-kilometres", level=3)
para("Phase I, as re-scoped through Addendum No. 2 to the Request for Proposals dated 20 May 2025, covers four "
     "blocks in Balochistan, namely Chagai–Dalbandin, Kharan–Washuk, Khuzdar–Lasbela and Zhob–Muslim Bagh, with "
     "a combined area of 120,000 square kilometres and an estimated 407,000 line-kilometres. The block-wise "
     "position is given in the table below.")

rows = [
    ("Block", "Name", "Area (km²)", "Line spacing", "Line-km", "Status as on 31 August 2025"),
    ("A", "Chagai–Dalbandin", "28,000", "200 m", "154,000", "Phase I; flight permissions under process"),
    ("B", "Kharan–Washuk", "36,000", "400 m", "99,000", "Phase I; flight permissions under process"),
    ("C", "Khuzdar–Lasbela", "34,000", "400 m", "93,500", "Phase I; base camp site selected at Khuzdar"),
    ("D", "Zhob–Muslim Bagh", "22,000", "400 m", "60,500", "Phase I; security assessment pending"),
    ("E", "Chitral–Dir", "18,000", "250 m", "79,200", "Withdrawn from Phase I; moved to Phase II"),
    ("F", "North Waziristan", "9,000", "400 m", "24,800", "Withdrawn from Phase I; moved to Phase II"),
    ("", "Phase I total (A to D)", "120,000", "", "407,000", ""),
]
t = d.add_table(rows=len(rows), cols=len(rows[0]))
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = t.cell(i, j)
        cell.text = val
        if i == 0 or i == len(rows) - 1:
            for r in cell.paragraphs[0].runs:
                r.bold = True

para("Block E (Chitral–Dir) was withdrawn because only one prospective bidder was able to offer a helicopter "
     "platform at the pre-bid meeting and because the flying season in Chitral is limited to about five months "
     "a year. Block F (North Waziristan) was withdrawn on the advice of the Ministry of Interior. Both blocks "
     "will be included in Phase II of the programme.")

d.add_heading("Reply to part (b): award of contract", level=3)
para("Five proposals were received by the submission deadline of 3 June 2025, of which three attained the "
     "minimum qualifying technical score of 70. The joint venture of Kestrel Aerogeophysics FZE, Sharjah, as lead "
     "member, and Margalla Geodata (Pvt) Ltd, Islamabad, obtained the highest combined score, with a technical "
     "score of 84. The contract was signed on 21 August 2025 for PKR 7.86 billion, inclusive of all taxes.")
para("The contract value exceeds the estimated cost of PKR 6.90 billion. The increase is attributable mainly to "
     "the following factors:")
for item in [
    "depreciation of the rupee against the U.S. dollar since the cost estimate was prepared in December 2024;",
    "aviation hull and war-risk insurance for operations in Balochistan, which all bidders priced as a separate item;",
    "the spreading of fixed mobilisation costs over a smaller volume of line-kilometres after the withdrawal of "
    "Blocks E and F.",
]:
    d.add_paragraph(item, style="List Bullet")
para("The Ministry is satisfied that the price is reasonable and within the range of the other technically "
     "qualified proposals.")

d.add_heading("Reply to part (c): schedule", level=3)
para("The mobilisation period began on signature of the contract. The contractor will operate two fixed-wing "
     "aircraft, one based at Dalbandin and one at Khuzdar. Flight permissions from the civil aviation regulator and "
     "a no-objection certificate from the Ministry of Defence are awaited. Production flying is expected to begin "
     "in the first quarter of 2026 and to be completed by March 2027. Final processed data and reports are due by "
     "June 2027. Aircraft will fly at a terrain clearance of not less than 80 metres.")

d.add_heading("Reply to part (d): sharing with provinces", level=3)
para("Yes. Under the draft National Geoscience Data Policy, the Governments of Balochistan and Khyber Pakhtunkhwa "
     "will have full access, free of charge, to all data acquired over their respective territories. The Government "
     "of Balochistan was consulted on the data policy at a meeting held in Quetta on 2 July 2025.")
para("For other users, the data will be classified as restricted for five years from final acceptance. During "
     "this period the data will be available to holders of exploration licences, and to applicants for such "
     "licences, through a National Geoscience Data Room on payment of a fee to be notified by NGMA. After five "
     "years the data will be released to the public.")

d.add_heading("Reply to part (e): access by foreign parties", level=3)
para("No. All data is the exclusive property of the Government of Pakistan acting through NGMA. The contract "
     "prohibits disclosure of the data to any third party and requires the contractor, its sub-contractors and its "
     "parent companies to delete all copies within 90 days of final acceptance. Processing will be carried out at "
     "the processing centre of Margalla Geodata (Pvt) Ltd in Islamabad. No foreign government is a party to the "
     "contract or to any arrangement concerning the data. Equivalent uranium and thorium channels will be provided "
     "only to NGMA and the designated nuclear minerals agency.")

d.add_heading("Reply to part (f): security", level=3)
para("Ground security for the survey bases and crews will be provided by the Frontier Corps Balochistan and the "
     "Levies force. The cost of security, estimated at PKR 640 million, will be borne by the Federal Government from "
     "the project's PSDP allocation and is not part of the contract price. All aircrew have been submitted for "
     "security clearance by the Ministry of Interior, and no flying will take place within 25 kilometres of an "
     "international border without a separate clearance.")

# ---------------------------------------------------------------- Question 227
d.add_heading("Question No. 227: Funding and local employment under NAGMP", level=1)
p = para("Mr. Jahanzeb Khan Mandokhail: ")
p.runs[0].bold = True
para("Will the Minister for Mineral Resources and Geoscience be pleased to state:")
for item in [
    "(a) the allocation for the National Airborne Geophysical Mapping Programme in the PSDP 2025-26 and the total "
    "approved cost of the project;",
    "(b) the number of officers of the National Geoscience Mapping Authority who will be trained by the contractor; and",
    "(c) whether residents of the survey districts will be employed on the project?",
]:
    d.add_paragraph(item, style="List Paragraph")
p = para("Minister for Mineral Resources and Geoscience (Syed Kamal Hussain Shirazi): ")
p.runs[0].bold = True
para("(a) An amount of PKR 2.35 billion has been allocated for the programme in the PSDP 2025-26. The total "
     "approved cost of the project under the revised PC-I is PKR 9.12 billion. Besides the survey contract, the "
     "PC-I provides for the following components:")
for item in [
    "ground security for survey crews and bases;",
    "strengthening of NGMA's processing and quality-control unit;",
    "establishment of the National Geoscience Data Room;",
    "geological interpretation of the Phase I data.",
]:
    d.add_paragraph(item, style="List Bullet")
para("(b) The Request for Proposals required the contractor to train at least twelve NGMA geophysicists. The "
     "successful bidder has offered to train fifteen, of whom five will accompany the field crews during production "
     "flying and ten will be attached to the processing team.")
para("(c) Yes. About 60 residents of the survey districts will be engaged for base camp operations, transport, "
     "catering and ground support. Preference will be given to residents of Chagai and Khuzdar districts, where the "
     "two aircraft will be based.")


# ---------------------------------------------------------------- Question 239
d.add_heading("Question No. 239: Phase II and foreign investment", level=1)
p = para("Ms. Farzana Kausar Tahir: ")
p.runs[0].bold = True
para("Will the Minister for Mineral Resources and Geoscience be pleased to state:")
for item in [
    "(a) the areas to be covered under Phase II of the National Airborne Geophysical Mapping Programme and its "
    "expected cost and timing; and",
    "(b) whether the programme is linked to the memoranda of understanding on critical minerals recently signed "
    "with foreign companies, including companies from the United States?",
]:
    d.add_paragraph(item, style="List Paragraph")
p = para("Minister for Mineral Resources and Geoscience (Syed Kamal Hussain Shirazi): ")
p.runs[0].bold = True
para("(a) Phase II will cover Blocks E and F withdrawn from Phase I, the remaining parts of Khyber Pakhtunkhwa, "
     "Gilgit-Baltistan and the Potohar region. The PC-I for Phase II is under preparation and is expected to be "
     "submitted for approval during FY 2026-27. Its cost will be determined once the PC-I has been finalised in "
     "the light of the experience of Phase I.")
para("(b) No. The programme was approved by the Central Development Working Party in November 2023 and is "
     "financed entirely from the Federal PSDP. It is not linked to any memorandum of understanding with a foreign "
     "government or company. Companies that have signed memoranda of understanding with Pakistan will be able to "
     "obtain the data only on the same terms as any other holder of an exploration licence, through the National "
     "Geoscience Data Room.")

d.add_heading("Note by the Secretariat", level=2)
para("Supplementary questions on Question No. 214 may be raised when the question is next reached on the List of "
     "Questions. The answers above have not been verified by the Secretariat.")

OUT.parent.mkdir(parents=True, exist_ok=True)
d.save(OUT)
print("wrote", OUT)
