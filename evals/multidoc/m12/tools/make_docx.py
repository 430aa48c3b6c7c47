"""Build corpus/mmdd-notification-inquiry-committee-tsf1.docx (run with the project's Python, which has python-docx)."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "mmdd-notification-inquiry-committee-tsf1.docx"

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Times New Roman"
style.font.size = Pt(11)


def centre(text, bold=True, size=None):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def para(text):
    return doc.add_paragraph(text)


def numbered(items):
    for it in items:
        doc.add_paragraph(it, style="List Number")


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header):
        c.text = h
        for r in c.paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    return t


# ---------------------------------------------------------------- the notification
centre("GOVERNMENT OF BALOCHISTAN", size=13)
centre("MINES AND MINERALS DEVELOPMENT DEPARTMENT")
centre("Civil Secretariat, Quetta", bold=False)
centre("NOTIFICATION", size=13)
para("No. SO(Mines)/MMDD/4-17/2025. Dated Quetta, the 18th August, 2025.")

para(
    "WHEREAS on the night of 13–14 August 2025 a section of the northern embankment of Tailings Storage "
    "Facility No. 1 (TSF-1) at the Siah Dik tungsten-molybdenum mine, District Chagai, operated by Chagai "
    "Tungsten Company (Private) Limited (hereinafter \"the Company\") under Mining Lease No. ML-112/Chagai, "
    "failed and released tailings into the Zardan Kaur, causing loss of life and damage to property, "
    "livestock, land and water sources downstream;"
)
para(
    "AND WHEREAS the Inspectorate of Mines, Balochistan, has submitted a preliminary inspection report, "
    "which is placed at Annex A to this Notification;"
)
para(
    "NOW, THEREFORE, the Government of Balochistan is pleased to constitute an Inquiry Committee comprising "
    "the following, with immediate effect:"
)
numbered([
    "Engr. Saleem Akhtar Mengal, former Chief Inspector of Mines, Balochistan — Convener",
    "Dr Amna Shahwani, Director (Technical), Balochistan Environmental Protection Agency — Member",
    "Deputy Commissioner, District Chagai — Member",
    "Dr Hina Qazi, independent dam-safety engineer — Member",
    "Mr Asad Ullah Kasi, Deputy Secretary (Mines), Mines and Minerals Development Department — Member/Secretary",
])

doc.add_heading("Terms of Reference", level=2)
para("The Committee shall:")
numbered([
    "establish the sequence of events on 13–14 August 2025 and determine the cause or causes of the failure of TSF-1;",
    "determine whether TSF-1 was designed, constructed, raised and operated in accordance with the environmental approval "
    "granted under the Balochistan Environmental Protection Act, 2012, the Mines Act, 1923 and the rules made thereunder;",
    "assess the loss of life, injuries and damage to property, livestock, land and water sources;",
    "assess the adequacy of the emergency response, including the warning given to downstream communities;",
    "fix responsibility for any lapses on the part of the Company, its contractors or any public office;",
    "recommend the compensation payable to the affected persons;",
    "recommend the conditions, if any, on which milling and tailings deposition at the mine may be resumed;",
    "recommend amendments to the law, rules and regulatory practice governing tailings facilities in the Province.",
])

doc.add_heading("Procedure", level=2)
bullets([
    "The Committee shall submit its report to the Secretary, Mines and Minerals Development Department, within "
    "thirty days of the issue of this Notification.",
    "The Committee may co-opt any technical expert and may visit the mine and the affected villages as often as it considers necessary.",
    "The Company shall furnish all design reports, construction records, monitoring data, inspection reports and "
    "correspondence relating to TSF-1 within seven days of a request by the Committee.",
    "The Committee shall hold at least one open hearing in District Chagai at which affected persons may record their statements.",
    "The Mines and Minerals Development Department shall provide secretarial support, and the Deputy Commissioner, "
    "Chagai shall provide transport and security for visits by the Committee.",
])
para(
    "Pending the report of the Committee, the order of the Inspectorate of Mines dated 16 August 2025 suspending milling "
    "and tailings deposition at the mine shall remain in force."
)
para("SECRETARY\nMines and Minerals Development Department\nGovernment of Balochistan")
para(
    "Copy for information to: the Principal Secretary to the Chief Minister, Balochistan; the Chief Secretary, Balochistan; "
    "the Director General, Balochistan Environmental Protection Agency; the Chief Inspector of Mines, Balochistan; "
    "the Commissioner, Rakhshan Division; the Deputy Commissioner, Chagai; the Chief Executive Officer, Balochistan Mineral "
    "Holdings Limited; and the Chief Executive, Chagai Tungsten Company (Private) Limited."
)

doc.add_page_break()

# ---------------------------------------------------------------- Annex A
centre("ANNEX A", size=12)
centre("INSPECTORATE OF MINES, BALOCHISTAN")
centre("Preliminary Inspection Report: Failure of Tailings Storage Facility No. 1, Siah Dik Mine, District Chagai")
para("Inspection dates: 16–17 August 2025. Report dated 17 August 2025.")
para("Inspecting officer: Mr Javed Iqbal Sumalani, Inspector of Mines, Chagai Circle, with two assistant inspectors.")

doc.add_heading("1. Purpose and limitations", level=2)
para(
    "This is a preliminary report prepared within 72 hours of the failure to inform immediate decisions. It is based on a "
    "walk-over of the facility and of the Zardan Kaur downstream, measurements taken with a hand-held GPS and a tape, "
    "interviews with the Company's site staff and with residents of Killi Bahram, and the limited records the Company was "
    "able to produce at site. The figures in it are estimates and will be superseded by the findings of any formal inquiry."
)

doc.add_heading("2. The facility", level=2)
para(
    "TSF-1 is a ring-dyke tailings facility commissioned in 2021 to receive the tailings of the Siah Dik concentrator, which "
    "processes about 1,500 tonnes of ore per day. The environmental approval issued by the Balochistan Environmental "
    "Protection Agency in 2019 permitted an embankment of up to 18 metres. The Company informed the inspecting team that "
    "an application to raise the embankment to 26 metres was submitted to the Agency in January 2025. No approval of that "
    "application was produced at site."
)

doc.add_heading("3. Observations", level=2)
para("Table 1 compares the approved parameters with the conditions observed on 16 August 2025.")
table(
    ["Parameter", "Approved (2019 environmental approval)", "Observed on 16 August 2025"],
    [
        ["Embankment height", "18 m", "about 23 m"],
        ["Minimum freeboard", "1.5 m", "nil at breach; about 0.3 m on east side"],
        ["Emergency spillway", "open channel, 12 m wide", "blocked by earth bund about 2 m high"],
        ["Breach width", "not applicable", "approximately 80 m"],
        ["Vibrating-wire piezometers", "9 installed", "4 functional"],
        ["Downstream warning siren at Killi Bahram", "required by emergency plan", "not working"],
    ],
)
para("")
para(
    "The breach is on the northern embankment, at the lowest point of the crest. Erosion channels on the downstream face on "
    "either side of the breach, and fine tailings deposited on the crest road, indicate that water flowed over the crest "
    "before the embankment gave way."
)
para(
    "The emergency spillway on the eastern side had been closed by an earth bund. Site staff stated that the bund was built "
    "in March 2025 to carry a relocated tailings delivery pipeline across the spillway channel."
)
para(
    "The Company stated that its site weather station recorded heavy rainfall on the night of 13–14 August. The inspecting "
    "team was unable to obtain the station's electronic record at site."
)

doc.add_heading("4. Extent of the release and losses", level=2)
para(
    "From the dimensions of the breach and the depression left in the tailings surface, the inspecting team estimates that "
    "about 240,000 cubic metres of tailings and water were released. Tailings were traced along the Zardan Kaur for at least "
    "9 km from the facility. Deposits up to 1.5 m thick cover fields and orchards at Killi Bahram."
)
para("Table 2 records the losses reported to the inspecting team up to the evening of 17 August 2025.")
table(
    ["Item", "Reported as at 17 August 2025", "Source"],
    [
        ["Deaths", "2 (one contract security guard; one resident of Killi Bahram)", "Levies Thana Nok Kundi"],
        ["Injured", "3 employees (minor); 2 residents", "Company site clinic; Rural Health Centre Nok Kundi"],
        ["Households affected", "14 (Killi Bahram)", "Assistant Commissioner Nok Kundi"],
        ["Livestock lost", "about 300 sheep and goats", "residents of Killi Bahram"],
        ["Volume released", "about 240,000 cubic metres", "Inspectorate estimate"],
        ["Extent of deposits", "at least 9 km along the Zardan Kaur", "Inspectorate walk-over"],
    ],
)
para("")
para(
    "The resident of Killi Bahram who died was a herder whose body was found near his animal pen beside the Zardan Kaur on "
    "the afternoon of 14 August. Residents stated that he had gone to move his animals when the flow arrived. The inspecting "
    "team is not in a position to determine the cause of death, which is a matter for the medical and police authorities."
)

doc.add_heading("5. Emergency response", level=2)
para(
    "Residents of Killi Bahram stated that they received no warning before the flow reached the village and that the first "
    "telephone call from the Company came after water and mud had entered their houses. The siren installed at Killi Bahram "
    "under the Company's emergency plan was found disconnected. The Company's emergency plan produced at site was dated 2021 "
    "and contained no record of any drill with downstream communities."
)

doc.add_heading("6. Preliminary view on the cause", level=2)
para(
    "In the opinion of the inspecting team, the most likely cause of the failure is overtopping of the embankment, resulting "
    "from the blocking of the emergency spillway and the loss of freeboard as the facility was filled beyond its approved "
    "height. Rainfall was the trigger, but a facility with its spillway open and its freeboard maintained would be expected "
    "to pass a storm of this kind. This view is preliminary and should be tested by an inquiry with access to the design "
    "reports and monitoring records."
)

doc.add_heading("7. Orders issued", level=2)
para(
    "Under section 22 of the Mines Act, 1923, the Inspector of Mines, Chagai Circle, on 16 August 2025 ordered the Company to "
    "stop all milling and all deposition of tailings at Siah Dik with immediate effect, and to carry out no work on TSF-1 "
    "other than emergency stabilisation approved in writing by the Inspectorate. Underground mining is not covered by the "
    "order, but the Company has stated that it has stopped underground work voluntarily."
)

doc.add_heading("8. Immediate recommendations", level=2)
numbered([
    "The prohibition order should remain in force until a formal inquiry has reported.",
    "The Company should place a temporary berm across the breach and divert run-off away from the remaining tailings.",
    "Safe drinking water should be supplied to Killi Bahram and Killi Sher Jan by tanker until wells have been tested.",
    "The Balochistan Environmental Protection Agency should sample wells, karez and pools along the Zardan Kaur.",
    "The Company should preserve all monitoring records, CCTV recordings and communications logs for the night of 13–14 August.",
])
para("Javed Iqbal Sumalani\nInspector of Mines, Chagai Circle\nInspectorate of Mines, Balochistan")

doc.save(OUT)
print("wrote", OUT)
