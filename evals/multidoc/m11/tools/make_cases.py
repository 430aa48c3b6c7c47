"""Write round-m11.jsonl (blind evaluation round m11). Run: python3 tools/make_cases.py"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "round-m11.jsonl"
cases = []


def add(category, question, facts, support, answerable=True, note=None, conversation=None, history=None):
    c = {"id": None, "category": category, "question": question, "answerable": answerable,
         "facts": facts, "support": support}
    if note:
        c["note"] = note
    if conversation is not None:
        c["conversation"] = conversation
        c["history"] = history or []
    cases.append(c)


# ------------------------------------------------------------------ paraphrase (7)
add("paraphrase",
    "How old is the country's only nationwide magnetic map flown from the air, and how far apart were the flight lines?",
    [["1987"], ["five kilometres"]],
    ["Pakistan's only regional aeromagnetic coverage dates from a reconnaissance survey flown in 1987 at a line spacing of five kilometres."])
add("paraphrase",
    "once the job is signed off, how long has the contractor got to wipe its own copies of the survey results?",
    [["90 days"]],
    ["The contractor shall delete all copies of the data held by it, its sub-contractors and its parent companies within 90 days of final acceptance and shall furnish a certificate of deletion signed by its chief executive."])
add("paraphrase",
    "Which readings from the gamma detector are kept away from everyone except the mapping authority and the atomic minerals body?",
    [["uranium"], ["thorium"]],
    ["Equivalent uranium and equivalent thorium channels shall be delivered only to NGMA and to the designated nuclear minerals agency, and shall not be included in any interim product shared with other parties."])
add("paraphrase",
    "How near to a neighbouring country's frontier can the survey planes go before they need extra permission?",
    [["25 kilometres"]],
    ["No flying shall take place within 25 kilometres of an international border without a separate clearance."])
add("paraphrase",
    "In the NSP-2022 piece, how reliant is America on Chinese supplies of rare earths?",
    [["80%", "80 percent"]],
    ["The U.S. imports 80% of its REEs from China."])
add("paraphrase",
    "What does the policy article expect to happen to worldwide appetite for rare earths by the middle of this decade, and how fast is it growing each year?",
    [["220,000 tons"], ["7%", "7 percent"]],
    ["Meanwhile, global demand for REE is projected to rise from 140,000 tons in 2019 to 220,000 tons by 2025 at a 7% annual growth rate, driven primarily by Asia-Pacific economies."])
add("paraphrase",
    "The planes people spotted near Dalbandin in early October - what does the mapping authority say they were actually up to?",
    [["calibration sorties"]],
    ["NGMA spokesperson Sadia Farooq said the flights seen near Dalbandin on 9 October were calibration sorties to test the instruments over a known line, not survey flying."])

# ------------------------------------------------------------------ synthesis (6)
add("synthesis",
    "What reasons has the ministry given for the survey contract coming in above the estimate?",
    [["depreciation of the rupee"], ["war-risk insurance"], ["mobilisation costs"]],
    ["depreciation of the rupee against the U.S. dollar since the cost estimate was prepared in December 2024;",
     "aviation hull and war-risk insurance for operations in Balochistan, which all bidders priced as a separate item;",
     "the spreading of fixed mobilisation costs over a smaller volume of line-kilometres after the withdrawal of Blocks E and F."])
add("synthesis",
    "Apart from paying the survey contractor, what else is the project budget (PC-I) meant to pay for?",
    [["ground security"], ["processing and quality-control unit"], ["Data Room"], ["geological interpretation"]],
    ["ground security for survey crews and bases;",
     "strengthening of NGMA's processing and quality-control unit;",
     "establishment of the National Geoscience Data Room;",
     "geological interpretation of the Phase I data."])
add("synthesis",
    "List the Indus Policy Lab's recommendations on the survey.",
    [["evaluation report"], ["beneficial ownership declarations"], ["offshore processing"], ["formal role"],
     ["public meetings"], ["realistic schedule"]],
    ["Publish the contract and the evaluation report",
     "Publish the beneficial ownership declarations",
     "Settle and publish the data policy",
     "Remove the option of offshore processing",
     "Give Balochistan a formal role",
     "Hold public meetings in each survey district",
     "Set a realistic schedule"])
add("synthesis",
    "What minimum technical specs does the tender set for flying height and the instruments?",
    [["80 metres"], ["0.001 nT"], ["256 channels"], ["33 litres"]],
    ["Nominal terrain clearance shall be 80 metres for fixed-wing aircraft and 60 metres for the helicopter, subject to safety and to any minimum height prescribed by the civil aviation regulator.",
     "The magnetometer shall be a caesium vapour sensor with a sensitivity of 0.001 nT, sampled at not less than 10 Hz.",
     "The gamma-ray spectrometer shall have at least 256 channels and a downward-looking crystal volume of not less than 33 litres."])
add("synthesis",
    "Who is paying to protect the survey crews? Pull together what the different documents say.",
    [["640 million"], ["190 million"], ["not form part of the contract price", "not part of the contract price"]],
    ["The cost of security, estimated at PKR 640 million, will be borne by the Federal Government from the project's PSDP allocation and is not part of the contract price.",
     "A letter from NGMA to the Balochistan Home Department dated 15 September, seen by the Ledger, asks the province to meet the cost of deploying Levies personnel at the two survey bases, estimated at Rs 190 million.",
     "Ground security for survey bases and crews will be arranged by the Government; the cost of such security shall not form part of the contract price."])
add("synthesis",
    "What does the Indus Policy Lab paper borrow from the colonel's NSP-2022 article?",
    [["publish MoUs and investment terms"], ["intensify grievances"], ["civilian logistics only"]],
    ["In a recent article applying the NSP-2022 framework to that cooperation, Col (Retd) Chaudhry Muhammad Sabahuddin recommends that the government publish MoUs and investment terms to reinforce public trust and reject misinformation.",
     "The Sabahuddin article warns that without formal benefit-sharing and community participation, mineral projects can intensify grievances and undermine stability in Balochistan.",
     "The Sabahuddin article finds no evidence that Pakistan–U.S. minerals engagement involves military basing, and notes that all publicly available MoUs reference civilian logistics only."])

# ------------------------------------------------------------------ comparison (6)
add("comparison",
    "How long will the survey data stay restricted? Do the ministry and the NGMA spokesperson agree?",
    [["five years"], ["three years"]],
    ["For other users, the data will be classified as restricted for five years from final acceptance.",
     "Ms. Farooq said the restriction would last three years, after which the maps would be published free of charge."])
add("comparison",
    "was Balochistan consulted on the data policy or not - federal vs provincial version",
    [["2 July 2025"], ["not been consulted"]],
    ["The Government of Balochistan was consulted on the data policy at a meeting held in Quetta on 2 July 2025.",
     "He said the province had not been consulted on the data policy and had not received a draft."])
add("comparison",
    "How many bids came in for the Phase I survey? The sources don't seem to match.",
    [["five proposals"], ["four bids"]],
    ["Five proposals were received by the submission deadline of 3 June 2025, of which three attained the minimum qualifying technical score of 70.",
     "According to two officials familiar with the evaluation, four bids were received and Kestrel's was the highest scoring."])
add("comparison",
    "Compare the area and line-km in the original tender with Phase I as it stands after the May addendum.",
    [["147,000"], ["120,000"], ["511,000"], ["407,000"]],
    ["The tender covered six blocks with a total area of 147,000 square kilometres and an estimated 511,000 line-kilometres, and put the estimated cost at PKR 6.90 billion.",
     "Phase I now consists of four blocks in Balochistan with a combined area of 120,000 square kilometres and 407,000 line-kilometres."])
add("comparison",
    "When was production flying supposed to start - per the tender, per the ministry's answer to the National Assembly, and per the NGMA spokesperson?",
    [["October 2025"], ["first quarter of 2026"], ["before the end of the year"]],
    ["Mobilisation and start of production flying October 2025",
     "Production flying is expected to begin in the first quarter of 2026 and to be completed by March 2027.",
     "Production flying will begin before the end of the year, once the last permissions are in hand"])
add("comparison",
    "The Ledger and the IPL paper give different totals for what the survey really costs. What are they and why do they differ?",
    [["8.5 billion"], ["9.12 billion"], ["contract plus security only"]],
    ["The contract was eventually signed at Rs 7.86 billion, and officials say the full bill comes to about Rs 8.5 billion once the cost of protecting the crews is added.",
     "The total approved cost of the project under the revised PC-I is PKR 9.12 billion, which includes security, the data room, strengthening of NGMA's processing unit and geological interpretation.",
     "refers to the contract plus security only, and understates the cost to the exchequer."])

# ------------------------------------------------------------------ why-how (5)
add("why-how",
    "Why were Chitral-Dir and North Waziristan taken out of Phase I?",
    [["helicopter"], ["five months"], ["Ministry of Interior"]],
    ["Block E (Chitral–Dir) was withdrawn because only one prospective bidder was able to offer a helicopter platform at the pre-bid meeting and because the flying season in Chitral is limited to about five months a year.",
     "Block F (North Waziristan) was withdrawn on the advice of the Ministry of Interior."])
add("why-how",
    "Why doesn't the think tank buy the exchange-rate explanation for the price increase?",
    [["1.3 percent"], ["14 percent"]],
    ["But the interbank rate moved from about PKR 278.6 per dollar in December 2024 to about PKR 282.1 in early June 2025, a change of roughly 1.3 percent.",
     "That cannot explain a 14 percent rise in the total price, let alone a 43 percent rise in the unit price."])
add("why-how",
    "The colonel's article talks up Pakistan's 'large, unexplored deposits'. Why, according to the survey tender, have they stayed unexplored - what's wrong with the data we have?",
    [["too coarse"], ["pre-competitive data"]],
    ["Large, unexplored deposits",
     "That survey was acquired with analogue instruments and is too coarse to resolve the porphyry, ophiolite-hosted and sediment-hosted mineral systems that are now the focus of exploration.",
     "The absence of modern pre-competitive data is regularly cited by investors as a reason for not committing exploration capital in the country."])
add("why-how",
    "How does the working paper argue that dropping the helicopter block makes the contract price look worse rather than better?",
    [["should have lowered"], ["most expensive component"]],
    ["Third, the withdrawal of the helicopter block should have lowered, not raised, the average unit cost, since helicopter flying is the most expensive component of any survey."])
add("why-how",
    "On what grounds does the colonel's article dismiss the idea of a Bagram replacement in Baluchistan?",
    [["civilian logistics only"], ["publicly denied"], ["categorically rejected"]],
    ["All publicly available MoUs reference civilian logistics only.",
     "Pakistan’s state institutions have publicly denied offering any military base or port access to the U.S.",
     "The Taliban government has categorically rejected any U.S. return to Bagram."])

# ------------------------------------------------------------------ table (5)
add("table",
    "In the RFP's block table, what line spacing and platform are specified for Block E?",
    [["250 m"], ["Helicopter"]],
    ["E Chitral–Dir Chitral, Upper Dir 18,000 250 m Helicopter 79,200"])
add("table",
    "Which technical evaluation criterion in the tender carries the most marks, and how many?",
    [["Relevant experience"], ["25"]],
    ["1 Relevant experience of the firm in airborne surveys 25"])
add("table",
    "pre-bid meeting date and proposal deadline for the NGMA survey tender?",
    [["6 May 2025"], ["3 June 2025"]],
    ["Pre-bid meeting, NGMA auditorium, Islamabad 6 May 2025, 10:00",
     "Proposal submission deadline 3 June 2025, 11:00"])
add("table",
    "What was the status of the Zhob-Muslim Bagh block as of 31 August 2025?",
    [["security assessment pending"]],
    ["D Zhob–Muslim Bagh 22,000 400 m 60,500 Phase I; security assessment pending"])
add("table",
    "In the IPL's cost table, what range per line-km does it give for helicopter surveys in mountainous terrain?",
    [["90 to 140"]],
    ["| Helicopter surveys in mountainous terrain (IPL compilation) | — | — | — | 90 to 140 |"])

# ------------------------------------------------------------------ named-document (6)
add("named-document",
    "In the Karachi Ledger explainer, what did people in Dalbandin think the plane was looking for?",
    [["place for the Americans to land"]],
    ["People say it is looking for a place for the Americans to land"])
add("named-document",
    "What payment terms does the April 2025 RFP set out?",
    [["10 percent on mobilisation"], ["70 percent in monthly instalments"], ["20 percent on acceptance"]],
    ["Payment will be made in the following instalments: 10 percent on mobilisation against an advance payment guarantee; 70 percent in monthly instalments on line-km flown and accepted; and 20 percent on acceptance of the final processed data and reports."])
add("named-document",
    "In the written answer to Question No. 227, how many NGMA geophysicists will the contractor train, and how are they split?",
    [["fifteen"], ["five will accompany the field crews"], ["ten will be attached to the processing team"]],
    ["The successful bidder has offered to train fifteen, of whom five will accompany the field crews during production flying and ten will be attached to the processing team."])
add("named-document",
    "What does the December IPL working paper say about progress on flying as of end-November?",
    [["no production line had been flown"], ["no-objection certificate"]],
    ["Officials we spoke to confirmed that as of 30 November 2025 no production line had been flown and that the Ministry of Defence's no-objection certificate for Block A had still not been issued."])
add("named-document",
    "Per Sabahuddin's article, what are the three pillars of China's rare earth dominance?",
    [["Vertical Integration"], ["Overseas Acquisition Strategy"], ["Technological Investment"]],
    ["Vertical Integration – complete control from mining to refining to downstream manufacturing.",
     "Overseas Acquisition Strategy – securing concessions in Africa, Latin America, and Central Asia.",
     "Technological Investment – advancing refining, recycling, and exploring thorium as a potential nuclear fuel."])
add("named-document",
    "What did Kestrel's written statement to the Ledger say about Tallgrass's role?",
    [["financial investor"], ["no access to client data"]],
    ["a financial investor with no role in operations and no access to client data"])

# ------------------------------------------------------------------ conversations (10 turns)
c1 = [
    ("Who won the airborne survey contract, and for how much?",
     [["Kestrel Aerogeophysics"], ["7.86 billion"]],
     ["The joint venture of Kestrel Aerogeophysics FZE, Sharjah, as lead member, and Margalla Geodata (Pvt) Ltd, Islamabad, obtained the highest combined score, with a technical score of 84.",
      "The contract was signed on 21 August 2025 for PKR 7.86 billion, inclusive of all taxes."],
     "A joint venture led by Kestrel Aerogeophysics FZE of Sharjah with Margalla Geodata (Pvt) Ltd of Islamabad won it; the contract was signed on 21 August 2025 for PKR 7.86 billion."),
    ("And how does that compare with what was budgeted in the tender?",
     [["6.90 billion"]],
     ["The contract value exceeds the estimated cost of PKR 6.90 billion."],
     "It is above the tender's estimated cost of PKR 6.90 billion; the ministry blames rupee depreciation, war-risk insurance and mobilisation costs spread over a smaller survey."),
    ("Switching topics - what does the colonel's article recommend on parliamentary oversight?",
     [["Parliamentary Committees"], ["public audit bodies"]],
     ["Institutionalize review of mineral agreements through Parliamentary Committees and public audit bodies."],
     "It recommends institutionalising review of mineral agreements through Parliamentary Committees and public audit bodies."),
    ("Back to the survey firm: is its owner tied to any of those minerals MoUs?",
     [["Tallgrass"], ["April 2025"], ["copper exploration in Chagai"]],
     ["Tallgrass was among the American companies that signed a memorandum of understanding with Pakistan in April 2025 on copper exploration in Chagai."],
     None),
]
c2 = [
    ("How many aircraft will the survey use?",
     [["two fixed-wing"], ["three aircraft"]],
     ["The contractor will operate two fixed-wing aircraft, one based at Dalbandin and one at Khuzdar.",
      "The joint venture plans to use three aircraft: two single-engine fixed-wing planes and a helicopter for the steep terrain of the north, which is expected to be positioned at Quetta."],
     "The ministry says two fixed-wing aircraft, based at Dalbandin and Khuzdar; the Karachi Ledger reports three, two fixed-wing planes plus a helicopter at Quetta."),
    ("how low do they fly?",
     [["80 metres"], ["100 metres"]],
     ["Aircraft will fly at a terrain clearance of not less than 80 metres.",
      "The aircraft fly at about 100 metres above the ground, which explains why residents in Dalbandin have found them so noticeable."],
     "The ministry says not less than 80 metres above the terrain; the Ledger says about 100 metres."),
    ("What make and model are those planes?",
     None, None, None),
]
c3 = [
    ("Under the draft data policy, do the provinces have to pay for the survey data?",
     [["free of charge"]],
     ["Under the draft National Geoscience Data Policy, the Governments of Balochistan and Khyber Pakhtunkhwa will have full access, free of charge, to all data acquired over their respective territories."],
     "No. Balochistan and Khyber Pakhtunkhwa get full access, free of charge, to data over their own territory."),
    ("So what is Balochistan's objection to it?",
     [["Eighteenth Amendment"], ["provincial subject"]],
     ["Since the Eighteenth Amendment, minerals are a provincial subject.",
      "He said the province had not been consulted on the data policy and had not received a draft."],
     "Its mines secretary says minerals have been a provincial subject since the Eighteenth Amendment, so the data belongs first to Balochistan, and that the province was not consulted and has not seen a draft."),
    ("What does the think tank want done about that?",
     [["formal role"], ["approving the data policy"]],
     ["Give Balochistan a formal role",
      "in approving the data policy, and clarify in writing which level of government pays for which element of security."],
     None),
]
for cid, turns in (("m11-c1", c1), ("m11-c2", c2), ("m11-c3", c3)):
    hist = []
    for q, facts, support, answer in turns:
        if facts is None:
            add("conversation", q, [], [], answerable=False, conversation=cid, history=list(hist),
                note="The documents describe the aircraft only as fixed-wing planes (Ledger: 'single-engine') and a helicopter; no make or model is given.")
            answer = "The documents do not say."
        else:
            add("conversation", q, facts, support, conversation=cid, history=list(hist))
        hist += [{"role": "user", "content": q}, {"role": "assistant", "content": answer or ""}]

# ------------------------------------------------------------------ out-of-corpus (8)
add("out-of-corpus", "What is the current LME price of copper per tonne?", [], [], answerable=False,
    note="Plainly outside: no document gives any copper price.")
add("out-of-corpus", "Why did NGMA cancel the airborne survey tender in June 2025?", [], [], answerable=False,
    note="False premise: the tender was not cancelled; proposals were opened on 3 June 2025 and the contract was signed on 21 August 2025.")
add("out-of-corpus", "How long was the survey held up after the helicopter crash in Chitral?", [], [], answerable=False,
    note="False premise: no crash is reported; the Chitral–Dir helicopter block was withdrawn from Phase I by Addendum No. 2 before any flying.")
add("out-of-corpus", "How much will a licence holder pay to use the National Geoscience Data Room?", [], [], answerable=False,
    note="Described but not stated: access is 'on payment of a fee to be notified by NGMA', and the working paper says the fee has not been notified.")
add("out-of-corpus", "What bid security amount did the RFP require from each bidder?", [], [], answerable=False,
    note="Described but not stated: the RFP says the amount is 'stated in the Bid Data Sheet', which is not in the corpus. (Bid validity of 120 days is stated, and is not the answer.)")
add("out-of-corpus", "What's the estimated cost of Phase II of the airborne mapping programme?", [], [], answerable=False,
    note="Described but not stated: Phase II's cost 'will be determined once the PC-I has been finalised' (NA answer 239) and officials 'would not say what it will cost' (Ledger). PKR 9.12 billion is the Phase I PC-I, not Phase II.")
add("out-of-corpus", "How much of the contract price is aviation hull and war-risk insurance?", [], [], answerable=False,
    note="Described but not stated: the ministry cites the insurance as a cause of the increase and the working paper says it has not been quantified.")
add("out-of-corpus", "Who is the former U.S. ambassador who wrote to the State Department about Pakistan, according to the article?", [], [], answerable=False,
    note="Described but not stated: the article describes 'a former senior U.S. diplomat' who served as Mission Chief in Pakistan but never names him or the advisory firm.")

for i, c in enumerate(cases, 1):
    c["id"] = f"m11-{i:03d}"
OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
print("wrote", len(cases), "cases to", OUT)
