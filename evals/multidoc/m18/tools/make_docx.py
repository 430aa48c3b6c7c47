"""Generate corpus/kp-epa-eac-minutes-hattar-ree-plant.docx (run from the round folder or anywhere)."""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "corpus" / "kp-epa-eac-minutes-hattar-ree-plant.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)


def centre(text, bold=True, size=12):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)


def para(text):
    doc.add_paragraph(text)


def table(header, rows, caption):
    cp = doc.add_paragraph()
    cp.add_run(caption).bold = True
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()


centre("GOVERNMENT OF KHYBER PAKHTUNKHWA", size=13)
centre("ENVIRONMENTAL PROTECTION AGENCY", size=12)
centre("Minutes of the 9th Meeting of the Environmental Approval Committee", size=12)
centre("No. EPA/EAC/9/2025-26, dated 19 November 2025", bold=False, size=10)

para("1. The 9th meeting of the Environmental Approval Committee (EAC) was held on 12 November 2025 at 11:00 a.m. "
     "in the Committee Room of the EPA Headquarters, Peshawar, under the chairpersonship of Dr. Nusrat Jabeen Khattak, "
     "Director General, Environmental Protection Agency. Eight members and four invitees attended.")
para("2. The meeting began with a recitation from the Holy Quran. The only item on the agenda was the Environmental "
     "Impact Assessment (EIA) of the Hattar Rare Earth Pilot Separation Plant submitted by Hazara Rare Earths Company "
     "(Pvt) Ltd (HREC).")

doc.add_heading("Agenda item: EIA of the Hattar Rare Earth Pilot Separation Plant, Plot 41, Hattar Special Economic Zone, District Haripur", level=2)

doc.add_heading("3. Background", level=3)
para("3.1 HREC is a joint venture of Ridgeline Elemental Technologies Inc., of Golden, Colorado, United States, which "
     "holds 60 percent of the shares, and Sarhad Lanthanide Resources (Pvt) Ltd, Peshawar, which holds 40 percent.")
para("3.2 The project originates in the Memorandum of Understanding signed between the Khyber Pakhtunkhwa Board of "
     "Investment and Trade (KP-BOIT) and Ridgeline on 22 April 2025.")
para("3.3 The EIA was received by the Agency on 2 September 2025 and was advertised in two newspapers on 8 October 2025. "
     "The public hearing was held at the Town Hall, Hattar, on 23 October 2025 and was attended by 214 persons.")

doc.add_heading("4. Presentation by the proponent", level=3)
para("4.1 Mr. Bilal Ahmed Swati, Compliance Manager, HREC, presented the project. The plant will separate rare earth "
     "elements from a bastnaesite-bearing carbonatite concentrate mined at Sillai Patti in Malakand Division and carried "
     "by road to Hattar, a distance of about 190 kilometres.")
para("4.2 The concentrate will be dissolved in hydrochloric acid and the rare earths separated by solvent extraction into "
     "two products: a neodymium-praseodymium (NdPr) oxide and a lanthanum-cerium carbonate. The main design parameters "
     "presented by the proponent are given in Table 1.")
table(["Parameter", "Value"], [
    ["Concentrate feed", "1,200 tonnes per year"],
    ["NdPr oxide output", "96 tonnes per year"],
    ["Lanthanum-cerium carbonate output", "380 tonnes per year"],
    ["Thorium-bearing residue", "85 tonnes per year"],
    ["Fresh water demand", "180 cubic metres per day"],
    ["Source of water", "Two tube wells on site"],
    ["Power demand", "3.4 megawatts"],
    ["Estimated capital cost", "USD 38 million"],
], "Table 1: Design parameters as presented by the proponent")
para("4.3 Mr. Swati stated that the plant is designed for zero liquid discharge and that no process water will be "
     "released to the Haro River or its tributaries.")
para("4.4 The thorium-bearing residue will be kept in lined concrete cells on site for up to five years before transfer "
     "to a disposal facility designated by the Pakistan Nuclear Regulatory Authority (PNRA).")
para("4.5 Ms. Dana Whitcombe, Country Director of Ridgeline, stated that HREC would contribute 1 percent of its net sales "
     "revenue to a Hattar-Khanpur Community Development Fund from the first year of commercial operation.")

doc.add_heading("5. Public hearing and written objections", level=3)
para("5.1 The Agency received 37 written objections within the fourteen-day period after the public hearing. They are "
     "summarised by theme in Table 2.")
table(["Theme", "Number of objections", "Main concern raised"], [
    ["Groundwater and the Haro River", "14", "Falling water table; risk of acid leakage"],
    ["Radioactive residues", "11", "Long-term storage of thorium near homes"],
    ["Truck traffic", "5", "Concentrate trucks passing through Hattar bazaar"],
    ["Local employment", "4", "Skilled jobs going to outsiders"],
    ["Security and foreign personnel", "3", "Armed guards and restrictions on movement"],
], "Table 2: Written objections received, by theme")
para("5.2 One objection was filed by Hengtai Ceramics (Pvt) Ltd, a company with Chinese shareholding operating on Plot 44 "
     "of the zone, which asked for a buffer against acid fumes and dust.")
para("5.3 Residents of Khanpur told the hearing that the water level in their tube wells had already fallen during the "
     "previous three summers.")

doc.add_heading("6. Discussion", level=3)
para("6.1 The representative of the Irrigation Department observed that no groundwater abstraction permit had yet been "
     "applied for and that 180 cubic metres a day is a significant draw on the Hattar aquifer.")
para("6.2 The member from the Health Department asked who would monitor radiation at the site. The Committee noted that "
     "the licensing of naturally occurring radioactive material falls to PNRA and that the Agency's approval does not "
     "cover it.")
para("6.3 On security, the proponent stated that HREC intended to engage a U.S.-based private security contractor to "
     "guard the site and its expatriate staff. The representative of the Home Department informed the Committee that, "
     "under provincial policy, armed security for projects employing foreign personnel must be provided by the Special "
     "Protection Unit (SPU) of the Khyber Pakhtunkhwa Police and that private armed guards cannot be deployed at the site.")
para("6.4 A member asked whether the Host Facility Agreement between KP-BOIT and HREC contained any environmental "
     "obligations. The proponent replied that the agreement is a commercial document and that its terms are confidential.")
para("6.5 The member representing civil society asked why the community fund would cover only Hattar and Khanpur and "
     "not the villages near the mine at Sillai Patti. The proponent replied that the mine is regulated separately by the "
     "Minerals Development Department.")
para("6.6 The Chairperson observed that the Agency's decision must rest on the EIA as submitted and that any change in "
     "plant capacity would require the proponent to return to the Committee.")

doc.add_heading("7. Decision", level=3)
para("7.1 After detailed deliberation, the Committee decided to approve the EIA subject to the conditions listed in "
     "Table 3.")
table(["No.", "Condition", "Responsibility", "Deadline"], [
    ["1", "Obtain a PNRA licence for the handling and storage of thorium-bearing residue", "HREC", "Before commissioning"],
    ["2", "Install four groundwater monitoring wells and submit results every quarter", "HREC", "Before construction starts"],
    ["3", "Maintain zero liquid discharge; no effluent to the Haro River", "HREC", "Throughout operation"],
    ["4", "Armed security only through the KP Police SPU", "HREC and Home Department", "Before construction starts"],
    ["5", "Submit a traffic management plan; no concentrate trucks through Hattar bazaar at night", "HREC", "31 December 2025"],
    ["6", "Obtain a groundwater abstraction permit", "HREC", "31 January 2026"],
    ["7", "Post a decommissioning bond of PKR 450 million", "HREC", "Before commissioning"],
    ["8", "Publish the EIA and these conditions on the Agency's website", "EPA", "12 December 2025"],
], "Table 3: Conditions of approval")
para("7.2 The Committee further decided that a Monitoring Committee will be notified, including two elected members of "
     "the Hattar village council, and that it will visit the site every six months.")
para("7.3 The approval will lapse if construction does not begin within two years of the date of this decision.")
para("8. The meeting ended with a vote of thanks to the chair.")

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("(Dr. Nusrat Jabeen Khattak)\nDirector General, EPA / Chairperson, EAC")
para("Copy to: Secretary, Climate Change, Forestry, Environment and Wildlife Department; Chief Executive, KP-BOIT; "
     "Deputy Commissioner, Haripur; Chief Executive Officer, HREC.")

OUT.parent.mkdir(parents=True, exist_ok=True)
doc.save(str(OUT))
print("wrote", OUT)
