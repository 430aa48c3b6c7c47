"""Write round-m18.jsonl (54 cases) next to this tools/ folder."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "round-m18.jsonl"

cases = []


def add(cat, q, facts, support, **extra):
    cases.append({"category": cat, "question": q, "answerable": bool(facts), "facts": facts,
                  "support": support, **extra})


# ---------------- paraphrase (001-006)
add("paraphrase", "How far is the ore trucked from where it's dug to the processing site in Haripur?",
    [["190"]],
    ["4.1 Mr. Bilal Ahmed Swati, Compliance Manager, HREC, presented the project. The plant will separate rare earth elements from a bastnaesite-bearing carbonatite concentrate mined at Sillai Patti in Malakand Division and carried by road to Hattar, a distance of about 190 kilometres."])
add("paraphrase", "When did the investment board turn down the think-tank's freedom-of-information application, and on what grounds?",
    [["8 January 2026"], ["commercial confidentiality", "confidentiality"]],
    ["RGFP filed a request under the Khyber Pakhtunkhwa Right to Information Act on 2 December 2025; KP-BOIT refused it on 8 January 2026, citing commercial confidentiality."])
add("paraphrase", "Is there an expiry on the environmental go-ahead if the builders never break ground?",
    [["two years"], ["lapse", "expire"]],
    ["7.3 The approval will lapse if construction does not begin within two years of the date of this decision."])
add("paraphrase", "According to the colonel's NSP-2022 piece, how big are China's rare earth deposits?",
    [["44 million"]],
    ["China dominates the global rare earth Elements (REE) sector, holding reserves of 44 million tons and accounting for nearly 85% of worldwide production, processing, and supply."])
add("paraphrase", "Who sits on the panel that is supposed to inspect the Hattar site twice a year?",
    [["two elected members", "two"], ["Hattar village council", "village council"]],
    ["7.2 The Committee further decided that a Monitoring Committee will be notified, including two elected members of the Hattar village council, and that it will visit the site every six months."])
add("paraphrase", "Did the Chinese-owned business next door lodge a complaint during the environmental review?",
    [["Hengtai Ceramics"], ["buffer"]],
    ["5.2 One objection was filed by Hengtai Ceramics (Pvt) Ltd, a company with Chinese shareholding operating on Plot 44 of the zone, which asked for a buffer against acid fumes and dust."])

# ---------------- synthesis (007-012)
add("synthesis", "Give me a timeline for the Hattar plant, from the original MoU up to the start of construction.",
    [["22 April 2025", "April 22, 2025"], ["14 October 2025", "October 14, 2025"], ["23 October 2025", "October 23, 2025"], ["12 November 2025", "November 12, 2025"], ["6 April 2026", "April 6, 2026"]],
    ["3.2 The project originates in the Memorandum of Understanding signed between the Khyber Pakhtunkhwa Board of Investment and Trade (KP-BOIT) and Ridgeline on 22 April 2025.",
     "The Host Facility Agreement (HFA) between the Khyber Pakhtunkhwa Board of Investment and Trade (KP-BOIT) and HREC was signed on 14 October 2025.",
     "The public hearing was held at the Town Hall, Hattar, on 23 October 2025 and was attended by 214 persons.",
     "The Environmental Approval Committee of the Khyber Pakhtunkhwa EPA approved the plant on 12 November 2025 on the basis of a design that would process 1,200 tonnes of concentrate a year at a cost of USD 38 million.",
     "Construction of the process building began on 6 April 2026, and we still aim to commission before the end of 2026, subject to the PNRA operating licence."])
add("synthesis", "What were people in Hattar and Khanpur mainly worried about when the plant was consulted on?",
    [["groundwater", "water"], ["radioactive", "thorium"], ["truck", "traffic"], ["employment", "jobs"]],
    ["Groundwater and the Haro River 14 Falling water table; risk of acid leakage",
     "Radioactive residues 11 Long-term storage of thorium near homes",
     "Truck traffic 5 Concentrate trucks passing through Hattar bazaar",
     "Local employment 4 Skilled jobs going to outsiders",
     "Security and foreign personnel 3 Armed guards and restrictions on movement"])
add("synthesis", "Quick profile of the company building the plant: who owns it and who fronts it?",
    [["Ridgeline"], ["60"], ["Sarhad Lanthanide"], ["40"], ["Bilal Ahmed Swati", "Swati"]],
    ["3.1 HREC is a joint venture of Ridgeline Elemental Technologies Inc., of Golden, Colorado, United States, which holds 60 percent of the shares, and Sarhad Lanthanide Resources (Pvt) Ltd, Peshawar, which holds 40 percent.",
     "4.1 Mr. Bilal Ahmed Swati, Compliance Manager, HREC, presented the project."])
add("synthesis", "What are the main things RGFP wants the authorities to do about Hattar?",
    [["pricing annex"], ["fresh public hearing", "public hearing"], ["Sillai Patti"], ["Auditor General"], ["police protection", "police"]],
    ["First, KP-BOIT should publish the Host Facility Agreement, redacting only the pricing annex.",
     "Second, the EPA should hold a fresh public hearing on the 1,500-tonne design instead of processing it as an addendum.",
     "Third, the community fund should be extended to the villages around Sillai Patti.",
     "Fourth, the Provincial Assembly's Standing Committee on Minerals Development should call for the HFA and examine it, and the Auditor General should be asked to review the agreement's fiscal concessions.",
     "Fifth, the Home Department should publish the terms of the police protection arrangement, including who pays for it."])
add("synthesis", "Where do things stand on the plant's permits and compliance as of early June 2026?",
    [["operating licence"], ["monitoring wells"], ["under review", "not taken a decision", "no decision"], ["200 cubic metres", "200 m"], ["9 U.S. nationals", "cleared 9", "nine"]],
    ["The licence PNRA issued on 9 April 2026 covers the construction of the residue storage facility only; an operating licence will require a pre-commissioning inspection and is not expected before the fourth quarter of 2026.",
     "All four groundwater monitoring wells required by our conditions were installed in March 2026, and the first quarterly monitoring report was received on 30 April 2026.",
     "HREC's addendum for the 1,500-tonne design is still under review.",
     "The Irrigation Department issued the groundwater abstraction permit on 17 March 2026 for 200 cubic metres a day, less than the 240 cubic metres a day HREC had sought for the revised design.",
     "The Ministry of Interior has so far cleared 9 U.S. nationals; 5 applications are still pending."])
add("synthesis", "What does the record show about benefits for the area where the ore is actually mined?",
    [["not named", "not mentioned", "left out", "excluded"], ["regulated separately", "Minerals Development Department"], ["0.5 percent", "0.5%"]],
    ["The communities of Sillai Patti, where the ore is actually dug, are not named in the draft at all.",
     "The proponent replied that the mine is regulated separately by the Minerals Development Department.",
     "Under the cabinet decision, 1 percent will go to Hattar and Khanpur and 0.5 percent to villages near the Sillai Patti mine."])

# ---------------- why-how (013-018)
add("why-how", "Why does the think-tank think the EPA's plan to treat the bigger design as a mere addendum is questionable?",
    [["change in plant capacity", "capacity"], ["back before the Committee", "return to the Committee", "come back"]],
    ["That sits uneasily with the Committee's own minutes, in which the chairperson said that any change in plant capacity would bring the proponent back before the Committee.",
     "6.6 The Chairperson observed that the Agency's decision must rest on the EIA as submitted and that any change in plant capacity would require the proponent to return to the Committee."])
add("why-how", "How did the price tag go from 38 to 46 million dollars?",
    [["evaporation and crystallisation unit", "evaporation"]],
    ["The estimated capital cost has risen from USD 38 million to USD 46 million, mainly because of an added evaporation and crystallisation unit."])
add("why-how", "Why couldn't the company just bring in its own armed guards?",
    [["Special Protection Unit", "SPU"], ["foreign personnel"]],
    ["The representative of the Home Department informed the Committee that, under provincial policy, armed security for projects employing foreign personnel must be provided by the Special Protection Unit (SPU) of the Khyber Pakhtunkhwa Police and that private armed guards cannot be deployed at the site."])
add("why-how", "How come the local development payment ended up at 1.5%?",
    [["0.5 percent", "0.5%"], ["Resource Governance Forum", "think-tank", "RGFP"], ["March 26", "26 March"]],
    ["Officials told the committee that the provincial cabinet on March 26 approved raising the company's contribution to local development to 1.5 percent of net sales, after an Islamabad think-tank, the Resource Governance Forum Pakistan, revealed in February that a draft of the agreement promised only 0.5 percent."])
add("why-how", "Why didn't the environmental approval cover radiation monitoring at the site?",
    [["PNRA", "Pakistan Nuclear Regulatory Authority"], ["does not cover", "doesn't cover", "not cover", "outside"]],
    ["The Committee noted that the licensing of naturally occurring radioactive material falls to PNRA and that the Agency's approval does not cover it."])
add("why-how", "In the colonel's article, why is Washington so interested in Pakistani rare earths in the first place?",
    [["80%", "80 percent", "80 per cent"], ["national-security priority", "national security", "diversifying", "diversify"], ["non-Chinese"]],
    ["The U.S. imports 80% of its REEs from China.",
     "Diversifying supply is therefore a national-security priority for Washington.",
     "A potential non-Chinese supply chain"])

# ---------------- comparison (019-025)
add("comparison", "How much water is this plant going to use? I keep seeing different numbers.",
    [["180"], ["240"], ["200"]],
    ["Fresh water demand 180 cubic metres per day",
     "Fresh water demand rises to 240 cubic metres a day, a third more than the figure the Irrigation Department had already called significant.",
     "The Irrigation Department issued the groundwater abstraction permit on 17 March 2026 for 200 cubic metres a day, less than the 240 cubic metres a day HREC had sought for the revised design."])
add("comparison", "The minutes count 37 objections but RGFP talks about 52 submissions. Which is right?",
    [["37"], ["52"], ["15"]],
    ["5.1 The Agency received 37 written objections within the fourteen-day period after the public hearing.",
     "RGFP obtained copies of 52 written submissions on the EIA, of which 15 reached the Agency after the fourteen-day window and were left out of the minutes."])
add("comparison", "How did the figure for the company's community contribution change from one document to the next?",
    [["1 percent", "1%"], ["0.5 percent", "0.5%"], ["1.5 percent", "1.5%"]],
    ["4.5 Ms. Dana Whitcombe, Country Director of Ridgeline, stated that HREC would contribute 1 percent of its net sales revenue to a Hattar-Khanpur Community Development Fund from the first year of commercial operation.",
     "A draft of the HFA dated September 2025, which RGFP has seen, commits HREC to pay 0.5 percent of net sales into a community development fund for the Hattar and Khanpur union councils.",
     "The briefing note correctly states the cabinet decision of 26 March 2026: 1.5 percent of net sales, of which 1.0 percent goes to the Hattar-Khanpur fund and 0.5 percent to the Sillai Patti area."])
add("comparison", "The Margalla Post says the nuclear regulator has cleared the plant to operate. Is that right?",
    [["construction of the residue storage facility", "construction"], ["fourth quarter of 2026", "fourth quarter", "Q4"]],
    ["The Pakistan Nuclear Regulatory Authority (PNRA) has licensed the U.S.-backed rare earth plant in the Hattar Special Economic Zone, clearing the way for it to begin operating later this year, officials said on Wednesday.",
     "The licence PNRA issued on 9 April 2026 covers the construction of the residue storage facility only; an operating licence will require a pre-commissioning inspection and is not expected before the fourth quarter of 2026."])
add("comparison", "When was the host facility agreement actually signed? The newspaper and the think-tank give different dates.",
    [["14 October 2025"], ["11 December 2025"]],
    ["The agreement, signed in December 2025, has never been made public.",
     "The Host Facility Agreement (HFA) between the Khyber Pakhtunkhwa Board of Investment and Trade (KP-BOIT) and HREC was signed on 14 October 2025.",
     "The December date is that of the KP-BOIT board meeting on 11 December 2025 that ratified the agreement."])
add("comparison", "Do the sources agree on how many police will be guarding the site?",
    [["64"], ["48"], ["16"]],
    ["A Home Department official told the committee that a 64-strong police contingent from the Special Protection Unit would guard the site, and that the company would pay for it.",
     "It consists of 48 police personnel.",
     "The figure of 64 in the press adds 16 unarmed watchmen employed directly by HREC, who are not police and do not carry weapons."])
add("comparison", "How long can the thorium waste sit at the plant: five years, or less?",
    [["five years", "5 years"], ["24 months", "two years"]],
    ["4.4 The thorium-bearing residue will be kept in lined concrete cells on site for up to five years before transfer to a disposal facility designated by the Pakistan Nuclear Regulatory Authority (PNRA).",
     "The licence, issued on April 9, allows the plant to store its thorium-bearing residue on site for no more than 24 months."])

# ---------------- conversation (026-035)
conversations = [
    ("m18-c1", [
        ("Who is going to protect the foreign engineers at the Hattar plant?",
         [["Special Protection Unit", "SPU"], ["48"]],
         ["The Home Department notified the Special Protection Unit detachment on 2 March 2026.",
          "It consists of 48 police personnel."],
         "A detachment of the Special Protection Unit of the KP Police, notified on 2 March 2026, with 48 police personnel; private armed guards are not allowed."),
        ("And who pays for them?",
         [["HREC", "company"], ["96 million"]],
         ["HREC pays for the police detachment under the notification.",
          "HREC estimates the cost of police protection at PKR 96 million a year, which the company will bear."],
         "The company, HREC. It estimates the cost at about PKR 96 million a year."),
        ("How many of those foreigners have actually been cleared to come?",
         [["9"], ["5 applications", "5"]],
         ["The Ministry of Interior has so far cleared 9 U.S. nationals; 5 applications are still pending.",
          "Our peak requirement during commissioning remains 14."],
         "The Interior Ministry has cleared 9 U.S. nationals so far, with 5 applications pending; the peak requirement is 14."),
        ("Different question: is there any sign the Americans want a military foothold out of this, like the basing talk around Baluchistan?",
         [["government personnel", "government presence"], ["civilian"], ["basing", "military base"]],
         ["Nothing in the documents we have seen suggests any role for U.S. government personnel.",
          "On this point Hattar is consistent with the civilian character of the 2025 memoranda, and the decision to keep weapons in the hands of the provincial police is the right one.",
          "No document, statement, or verified leak supports U.S. basing negotiations."],
         None),
    ]),
    ("m18-c2", [
        ("How much concentrate was the Hattar plant originally meant to handle each year?",
         [["1,200"]],
         ["Concentrate feed 1,200 tonnes per year"],
         "1,200 tonnes of concentrate a year, according to the design the proponent presented to the EPA committee in November 2025."),
        ("And now?",
         [["1,500"], ["19 January 2026"]],
         ["On 19 January 2026 HREC submitted a revised project description to the EPA that raises the concentrate feed from 1,200 to 1,500 tonnes a year."],
         "1,500 tonnes a year, under a revised project description HREC submitted on 19 January 2026."),
        ("Has the regulator signed off on that?",
         [["under review"], ["not taken a decision", "no decision", "not decided", "not yet decided", "hasn't decided"]],
         ["HREC's addendum for the 1,500-tonne design is still under review.",
          "The Agency has not taken a decision on it, and it has not yet decided whether a further public hearing is needed."],
         None),
    ]),
    ("m18-c3", [
        ("Has anyone in the provincial assembly asked to see the host facility agreement?",
         [["Standing Committee on Minerals Development"], ["30 days"]],
         ["The news came as members of the Khyber Pakhtunkhwa Assembly's Standing Committee on Minerals Development pressed officials at a hearing in Peshawar on Wednesday to hand over the Host Facility Agreement under which the province is hosting the plant.",
          "The committee directed the Khyber Pakhtunkhwa Board of Investment and Trade to place the agreement before it, in camera, within 30 days."],
         "Yes. The KP Assembly's Standing Committee on Minerals Development directed KP-BOIT to place the agreement before it in camera within 30 days."),
        ("Separate thing: did Beijing push back on the project?",
         [["CPEC Authority"], ["3 December 2025"]],
         ["It was the CPEC Authority, not the Chinese embassy, that wrote to KP-BOIT on 3 December 2025.",
          "We have received no communication from the Chinese embassy on this project, and we would not want members to think there is a diplomatic dispute where there is none."],
         "Not the embassy. The CPEC Authority wrote to KP-BOIT on 3 December 2025 about Sillai Patti concentrate; Ridgeline says it has had no communication from the Chinese embassy."),
        ("OK, back to the agreement: will the MPAs get to see all of it?",
         [["pricing annex"], ["in camera"], ["not yet agreed", "not agreed", "hasn't agreed", "will decide", "undecided"]],
         ["On the agreement itself: HREC is willing for KP-BOIT to place the full text before the Committee in camera, with the pricing annex redacted.",
          "He has not yet agreed to the redaction of the pricing annex and will decide at the in camera sitting, which will follow the site visit."],
         None),
    ]),
]
for conv, turns in conversations:
    history = []
    for q, facts, support, answer in turns:
        add("conversation", q, facts, support, conversation=conv, history=list(history))
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": answer}]

# ---------------- table (036-040)
add("table", "In the minutes' breakdown of objections, which concern drew the most, and how does it compare with the radiation complaints?",
    [["Groundwater", "Haro River"], ["14"], ["11"]],
    ["Groundwater and the Haro River 14 Falling water table; risk of acid leakage",
     "Radioactive residues 11 Long-term storage of thorium near homes"])
add("table", "From the design table in the EPA minutes, which of the two products was the plant going to make more of, and how much of each?",
    [["lanthanum-cerium", "lanthanum", "La-Ce"], ["380"], ["96"]],
    ["NdPr oxide output 96 tonnes per year",
     "Lanthanum-cerium carbonate output 380 tonnes per year"])
add("table", "Looking at RGFP's approvals table, which approvals were still pending in February 2026?",
    [["Groundwater abstraction permit", "groundwater"], ["thorium-bearing residue", "PNRA"], ["Security clearance", "Ministry of Interior"]],
    ["Groundwater abstraction permit Irrigation Department Applied for, pending 20 December 2025",
     "Licence for thorium-bearing residue PNRA Applied for, pending 6 January 2026",
     "Security clearance for 14 expatriates Ministry of Interior Applied for, pending 15 January 2026"])
add("table", "In the brief's approvals table, which approval was granted first and which was the most recent one granted?",
    [["Plot allotment"], ["2 September 2025"], ["Reagent import permit"], ["28 January 2026"]],
    ["Plot allotment (3.2 hectares) KP-EZDMC Granted 2 September 2025",
     "Reagent import permit Ministry of Commerce Granted 28 January 2026"])
add("table", "Of the EPA conditions that have a calendar deadline, which one fell due first and who was responsible for it?",
    [["12 December 2025"], ["Publish the EIA", "EPA"]],
    ["8 Publish the EIA and these conditions on the Agency's website EPA 12 December 2025",
     "5 Submit a traffic management plan; no concentrate trucks through Hattar bazaar at night HREC 31 December 2025",
     "6 Obtain a groundwater abstraction permit HREC 31 January 2026"])

# ---------------- named-document (041-046)
add("named-document", "According to the RGFP brief, what tax break does the draft agreement give the company?",
    [["ten-year", "10-year", "ten years", "10 years"], ["infrastructure cess", "cess"]],
    ["The draft also grants HREC a ten-year exemption from the provincial infrastructure cess."])
add("named-document", "What does the email thread say about who will buy the NdPr oxide?",
    [["magnet manufacturer"], ["confidentiality clause", "confidential"]],
    ["The NdPr oxide will be sold under a long-term offtake contract to a U.S. magnet manufacturer.",
     "The buyer's name and the price are covered by a confidentiality clause, and we ask that the note not speculate about them."])
add("named-document", "In the Margalla Post article, what is the Khanpur farmer worried about?",
    [["Muhammad Rafiq"], ["dry in June", "water"]],
    ["\"Our tube wells already go dry in June,\" said Muhammad Rafiq, who grows citrus and vegetables near the Haro River.",
     "\"Now a factory will pump water day and night. Who will check how much they take?\""])
add("named-document", "What does Col Sabahuddin's article recommend on parliamentary oversight, and does the committee's research officer pick up on it?",
    [["Parliamentary Committees", "parliamentary committee"], ["public audit bodies", "audit bodies"], ["no audit body", "not been asked", "not yet been asked"]],
    ["Institutionalize review of mineral agreements through Parliamentary Committees and public audit bodies.",
     "I suggest we keep the quotation but add a line noting that, as far as we can tell, no audit body has yet been asked to look at the Host Facility Agreement."])
add("named-document", "The RGFP brief says Hattar is a test of the colonel's recommendations. Which ones, and how is it doing?",
    [["Publish MoUs", "publish", "investment terms"], ["strict boundary", "boundary", "security"], ["only one", "one of them"]],
    ["In his article on Pakistan-U.S. cooperation on critical minerals read through the National Security Policy 2022, Col (R) Chaudhry Muhammad Sabahuddin urged the government to \"Publish MoUs and investment terms to reinforce public trust and reject misinformation.\"",
     "He also called for a strict boundary between the security of foreign investments and the state's own defence prerogatives.",
     "On the evidence so far, it is passing only one of them."])
add("named-document", "In the EPA minutes, what did the company say when asked whether the host agreement had any environmental obligations?",
    [["commercial document"], ["confidential"]],
    ["The proponent replied that the agreement is a commercial document and that its terms are confidential."])

# ---------------- out-of-corpus (047-054)
ooc = [
    ("Which U.S. magnet maker has signed up to buy the Hattar plant's NdPr oxide?",
     "Describes but does not name: the email thread says the buyer is a U.S. magnet manufacturer under a long-term offtake contract, but its name is covered by a confidentiality clause."),
    ("Which American security company did HREC originally want to hire to guard the site?",
     "Describes but does not name: the minutes mention only 'a U.S.-based private security contractor' (the brief and the news page say 'a private security contractor/firm'); no company is named."),
    ("When did PNRA grant the Hattar plant its operating licence?",
     "Decision not taken: the 9 April 2026 licence covers only construction of the residue storage facility; the operating licence needs a pre-commissioning inspection and is not expected before Q4 2026."),
    ("Did the EPA end up ordering a fresh public hearing on the 1,500-tonne design?",
     "Decision not taken: as of 3 June 2026 the addendum is under review and the EPA has not decided whether a further hearing is needed (RGFP only recommended one)."),
    ("How many local jobs will the Hattar plant create once it is running?",
     "Figure not given: the minutes record 4 objections about local employment, but no document gives an employment figure."),
    ("Where is the disposal facility that the thorium residue will go to after 24 months on site?",
     "Describes but does not name: the minutes say a disposal facility will be designated by PNRA and the news page says officials did not say where or when; no site is named."),
    ("How much royalty does Khyber Pakhtunkhwa collect on the Sillai Patti concentrate?",
     "Figure not given: no document states a royalty rate or amount for the concentrate; only the community contribution (1%/0.5%/1.5%) and the infrastructure cess exemption appear."),
    ("What did the Auditor General find when it reviewed the Host Facility Agreement's fiscal concessions?",
     "Has not happened: RGFP recommended an Auditor General review and the Research Wing's suggestion is only a draft recommendation the Committee has not considered; no audit body has been asked."),
]
for q, note in ooc:
    add("out-of-corpus", q, [], [], note=note)

order = ["paraphrase"] * 6 + ["synthesis"] * 6 + ["why-how"] * 6 + ["comparison"] * 7 + ["conversation"] * 10 \
    + ["table"] * 5 + ["named-document"] * 6 + ["out-of-corpus"] * 8
assert [c["category"] for c in cases] == order, [c["category"] for c in cases]
keys = ["id", "category", "question", "answerable", "facts", "support"]
with OUT.open("w", encoding="utf-8") as f:
    for i, c in enumerate(cases, 1):
        c["id"] = f"m18-{i:03d}"
        row = {k: c[k] for k in keys}
        for k in ("conversation", "history", "note"):
            if k in c:
                row[k] = c[k]
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print("wrote", OUT, len(cases), "cases")
