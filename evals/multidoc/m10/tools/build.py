"""Build the generated m10 documents.

Writes corpus/cvsc-minutes-june-2025.docx (python-docx) and prints
tools/qci-investor-briefing-april-2025.html to corpus/qci-investor-briefing-april-2025.pdf
with headless chromium. The HTML press release and the .txt correction notice are written
by hand directly in corpus/.

Run from evals/multidoc/m10 with the project's Python: python tools/build.py
All organisations, people, figures and dates are invented for this evaluation.
"""
import subprocess
from pathlib import Path

import docx
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"


def minutes():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    d.add_heading("Government of Balochistan", level=0)
    d.add_paragraph("Mines and Mineral Development Department")
    d.add_heading("Minutes of the 3rd Meeting of the Chromite Value-Addition Steering Committee", level=1)
    d.add_paragraph("Date: 19 June 2025")
    d.add_paragraph("Venue: Committee Room, Mines and Mineral Development Department, Civil Secretariat, Quetta")
    d.add_paragraph("Chair: Dr. Saima Tareen, Additional Secretary (Minerals)")
    d.add_paragraph("Minutes recorded by: Mr. Zahoor Ahmed Babar, Section Officer (Minerals-II)")

    d.add_heading("Attendance", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Name", "Designation", "Organisation"
    people = [
        ("Dr. Saima Tareen", "Additional Secretary (Minerals), Chair", "Mines and Mineral Development Department"),
        ("Engr. Fareeha Durrani", "Managing Director", "Toba Kakar Minerals Corporation (TKMC)"),
        ("Mr. Omar Siddiq Paracha", "Chief Executive Officer", "Qandeel Chrome Industries (QCI)"),
        ("Ms. Rukhsana Malik", "Chief Financial Officer", "Qandeel Chrome Industries (QCI)"),
        ("Mr. Abdul Qadir Luni", "Director (Mineral Policy)", "Mines and Mineral Development Department"),
        ("Mr. Imran Shah Sherani", "Deputy Secretary (Budget)", "Finance Department"),
        ("Engr. Gul Muhammad Kakar", "Superintending Engineer (Groundwater)", "Irrigation Department"),
        ("Ms. Nadia Baloch", "Deputy Director (Assessment)", "Provincial environmental regulator"),
        ("Dr. Shams ul Haq Bazai", "Chief Geologist", "Balochistan Geoscience Cell"),
        ("Mr. Tariq Jamil Khetran", "Deputy Commissioner", "Killa Saifullah District"),
        ("Haji Abdul Wahid Kakar", "President", "Muslim Bagh Chromite Miners Welfare Association"),
        ("Mr. Bilal Ahmed Kasi", "Spokesperson", "TKMC (observer)"),
    ]
    for p in people:
        row = t.add_row().cells
        for i, v in enumerate(p):
            row[i].text = v

    d.add_paragraph(
        "The meeting started at 11:00 with recitation from the Holy Quran. The Chair welcomed the participants, "
        "in particular the President of the Muslim Bagh Chromite Miners Welfare Association, who was attending "
        "the Committee for the first time on the invitation of the Chair.")

    d.add_heading("Agenda", level=2)
    for item in [
        "Confirmation of the minutes of the 2nd meeting",
        "Status of the Muslim Bagh chromite beneficiation plant",
        "Ore purchase prices and the position of small leaseholders",
        "Proposal to restrict the export of low-grade lumpy chromite",
        "Water and environment",
        "Security of the plant site",
        "Verification of the resource estimate",
        "Transparency and oversight of the joint venture agreement",
    ]:
        d.add_paragraph(item, style="List Number")

    d.add_heading("Item 1: Confirmation of the minutes of the 2nd meeting", level=2)
    d.add_paragraph(
        "The minutes of the 2nd meeting held on 27 February 2025 were confirmed without amendment. "
        "The Section Officer reported that all actions from that meeting had been completed except the "
        "collection of district-wise production data from small leases, which is still in progress.")

    d.add_heading("Item 2: Status of the Muslim Bagh chromite beneficiation plant", level=2)
    d.add_paragraph(
        "The CEO of QCI briefed the Committee on behalf of the Muslim Bagh Chrome Processing Company (MBCPC). "
        "He informed the Committee that Phase 1 of the plant will process 120,000 tonnes of ore per year and "
        "that the estimated cost of Phase 1 now stands at USD 46 million, in line with the correction notice "
        "issued by TKMC on 6 May 2025. The updated bankable feasibility study is expected in July 2025.")
    d.add_paragraph(
        "The CFO of QCI stated that financial close is now targeted for December 2025 rather than September 2025, "
        "because the lenders have asked for the independent competent-person report and the approved ESIA "
        "before they commit. Mechanical completion is expected in March 2027 and commercial operations in June 2027.")
    d.add_paragraph(
        "The Deputy Secretary (Budget) asked how TKMC would fund its 26 percent share of the equity. "
        "The MD TKMC replied that TKMC would seek an allocation in the provincial development budget for "
        "2025-26 and that the amount would be worked out once the financing plan is final. The Finance Department "
        "noted that no such allocation has yet been approved and that any allocation would have to compete "
        "with other development schemes.")

    d.add_heading("Item 3: Ore purchase prices and the position of small leaseholders", level=2)
    d.add_paragraph(
        "The President of the Miners Welfare Association stated that about 140 small leaseholders and roughly "
        "2,800 workers depend on chromite mining in Killa Saifullah and Zhob districts. He raised the following concerns:")
    for c in [
        "The plant may become the dominant buyer and use its position to lower prices once traders leave the area.",
        "Grade testing at the plant laboratory could be used to under-pay sellers, since small miners cannot verify results.",
        "Small miners have no share in the joint venture even though they will supply about 40 percent of the ore.",
        "A restriction on exports of lumpy ore would remove the only alternative buyers available to small miners.",
    ]:
        d.add_paragraph(c, style="List Bullet")
    d.add_paragraph(
        "The Association demanded a 5 percent carried interest in MBCPC for a cooperative of small leaseholders "
        "and a guaranteed floor price for ore.")
    d.add_paragraph(
        "The CEO of QCI stated that a guaranteed floor price was not commercially possible because concentrate prices "
        "move with the international market, but that the purchase price schedule would be linked to a published "
        "international price index and that sellers would be given 30 days' notice of any change in the formula. "
        "He agreed that sellers could witness sampling and could ask for a referee sample to be tested at an "
        "independent laboratory at MBCPC's cost if the difference exceeded 1.5 percentage points of Cr2O3.")
    d.add_paragraph(
        "After discussion, the Committee did not accept the demand for a 5 percent carried interest but directed "
        "TKMC and QCI to examine a 3 percent shareholding for a registered cooperative of small leaseholders, "
        "to be transferred from the existing shareholders, and to report back at the next meeting.")

    d.add_heading("Item 4: Proposal to restrict the export of low-grade lumpy chromite", level=2)
    d.add_paragraph(
        "The Director (Mineral Policy) presented a proposal of the Department for a phased restriction on the "
        "export of lumpy chromite ore grading below 40 percent Cr2O3, to take effect from 1 July 2026. The purpose "
        "of the proposal is to direct low-grade ore towards local beneficiation and to stop the export of ore that "
        "is currently sold at a heavy discount.")
    d.add_paragraph("Members expressed differing views:")
    for c in [
        "QCI supported the proposal and stated that it would improve the supply of feed to the plant.",
        "TKMC stated that it had not sought any restriction and that the plant should compete for ore on price.",
        "The Miners Welfare Association opposed the proposal, stating that it would hand the plant a monopoly over low-grade ore.",
        "The Finance Department cautioned that a restriction introduced before the plant is operating could reduce export receipts and provincial revenue for at least a year.",
    ]:
        d.add_paragraph(c, style="List Bullet")
    d.add_paragraph(
        "The Committee took no decision on the proposal. It requested the Planning and Development Department to "
        "carry out a study of the likely impact of the proposed restriction on small miners, export earnings and "
        "provincial revenue and to submit it within 90 days.")

    d.add_heading("Item 5: Water and environment", level=2)
    d.add_paragraph(
        "The Superintending Engineer (Groundwater) informed the Committee that the water table in the Muslim Bagh "
        "valley has been falling by about 1.2 metres per year over the past decade because of tube-well irrigation "
        "of orchards, and that any new industrial abstraction must be assessed against the needs of existing users. "
        "He noted that MBCPC has not yet submitted an estimate of its make-up water requirement.")
    d.add_paragraph(
        "The Deputy Director (Assessment) of the provincial environmental regulator stated that chromite tailings "
        "and waste can release hexavalent chromium, a toxic and carcinogenic form of chromium, into soil and water "
        "if not properly contained. She welcomed the lined dry-stack design and asked that monitoring wells be "
        "installed before construction so that baseline groundwater quality is recorded.")
    d.add_paragraph(
        "It was decided that the ESIA must include a groundwater model of the Muslim Bagh valley and a baseline "
        "survey of chromium in groundwater. The public hearing on the ESIA will be held in Muslim Bagh on 14 August 2025.")

    d.add_heading("Item 6: Security of the plant site", level=2)
    d.add_paragraph(
        "The CEO of QCI informed the Committee that prospective lenders had asked for a professional security "
        "arrangement at the site, and requested permission for MBCPC to engage a private security contractor "
        "whose management would include foreign nationals with military experience.")
    d.add_paragraph(
        "The Deputy Commissioner, Killa Saifullah stated that the security of the area is a responsibility of the "
        "state and that private armed foreign personnel would be unacceptable to the local population.")
    d.add_paragraph(
        "The Committee declined the request. Security of the plant site will be provided by the Levies Force through "
        "a dedicated platoon of 60 personnel, and MBCPC will bear the cost of the platoon's deployment and "
        "accommodation. MBCPC may employ unarmed private guards for access control inside the plant.")

    d.add_heading("Item 7: Verification of the resource estimate", level=2)
    d.add_paragraph(
        "The Chief Geologist of the Balochistan Geoscience Cell informed the Committee that the Cell's own estimate "
        "for the three QCI leases (ML-14, ML-22 and ML-31) is about 1.6 million tonnes of ore at an average grade "
        "of 36 percent Cr2O3, based on mapping and sampling carried out in 2019. He noted that QCI's figure of "
        "2.3 million tonnes at 39 percent Cr2O3 had been prepared in-house and had not been independently verified.")
    d.add_paragraph(
        "The CEO of QCI replied that the Cell's estimate did not take account of 4,600 metres of drilling carried "
        "out by QCI in 2023 and 2024. The Committee directed that an independent competent-person report be "
        "completed and shared with the Balochistan Geoscience Cell before financial close.")

    d.add_heading("Item 8: Transparency and oversight of the joint venture agreement", level=2)
    d.add_paragraph(
        "The MD TKMC informed the Committee that a summary of the principal terms of the joint venture agreement "
        "had been published on the TKMC website in May 2025. The Chair observed that a summary was a useful first "
        "step but that the full agreement should also be open to scrutiny by elected representatives.")
    d.add_paragraph(
        "It was decided that the full text of the joint venture agreement will be placed before the Standing "
        "Committee on Mines and Minerals of the Provincial Assembly, and that TKMC will publish the annual audited "
        "accounts of MBCPC on its website once they are available.")

    d.add_heading("Action table", level=2)
    a = d.add_table(rows=1, cols=4)
    a.style = "Table Grid"
    h = a.rows[0].cells
    h[0].text, h[1].text, h[2].text, h[3].text = "No.", "Action", "Responsibility", "Deadline"
    actions = [
        ("1", "Examine a 3 percent shareholding for a cooperative of small leaseholders", "TKMC and QCI", "Next meeting"),
        ("2", "Impact study of the proposed restriction on lumpy ore exports", "Planning and Development Department", "Within 90 days"),
        ("3", "Submit estimate of make-up water requirement", "MBCPC", "31 July 2025"),
        ("4", "Install groundwater monitoring wells and record baseline", "MBCPC", "Before construction"),
        ("5", "Hold ESIA public hearing in Muslim Bagh", "Provincial environmental regulator", "14 August 2025"),
        ("6", "Notify Levies platoon of 60 personnel for plant site", "Home Department", "30 September 2025"),
        ("7", "Independent competent-person report on QCI leases", "QCI", "Before financial close"),
        ("8", "Place joint venture agreement before Standing Committee on Mines and Minerals", "Mines and Mineral Development Department", "15 August 2025"),
        ("9", "Propose royalty arrangement for chromite concentrate", "Director (Mineral Policy)", "Next meeting"),
    ]
    for r in actions:
        row = a.add_row().cells
        for i, v in enumerate(r):
            row[i].text = v

    d.add_heading("Any other business", level=2)
    d.add_paragraph(
        "The Director (Mineral Policy) informed the Committee that the existing royalty on chromite is levied on "
        "ore and that the Department is preparing a separate royalty arrangement for concentrate, which will be "
        "presented at the next meeting. QCI requested that the arrangement avoid charging royalty twice on the same "
        "material, once on ore and again on concentrate.")
    d.add_paragraph(
        "The next meeting of the Committee will be held on 25 September 2025. The meeting ended with a vote of "
        "thanks to the Chair.")
    d.add_paragraph("Sd/- Dr. Saima Tareen, Additional Secretary (Minerals) and Chair, Chromite Value-Addition Steering Committee")
    d.save(CORPUS / "cvsc-minutes-june-2025.docx")


def slides_pdf():
    src = HERE / "qci-investor-briefing-april-2025.html"
    out = CORPUS / "qci-investor-briefing-april-2025.pdf"
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", src.as_uri()], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


if __name__ == "__main__":
    minutes()
    slides_pdf()
    print("built", sorted(p.name for p in CORPUS.iterdir()))
