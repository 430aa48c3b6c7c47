import os
import json
cases = []
def add(cat, q, facts, support, note=None, conv=None, history=None, answerable=True):
    c = {"id": f"m15-{len(cases)+1:03d}", "category": cat, "question": q, "answerable": answerable,
         "facts": facts, "support": support}
    if note: c["note"] = note
    if conv is not None:
        c["conversation"] = conv; c["history"] = history
    cases.append(c)

# ---------------- paraphrase (6) ----------------
add("paraphrase", "how far out of Dalbandin is the Zardkan mine, and when do they expect the first output?",
    [["40 kilometres"], ["late 2026"]],
    ["The Zardkan copper project lies about 40 kilometres west of Dalbandin and is currently in the construction phase, with first concentrate production planned for late 2026."])
add("paraphrase", "If a villager doesn't like the fix the liaison officer offers for their complaint, where does the case go next?",
    [["Site Grievance Committee"], ["two elders", "elders"]],
    ["If the complainant does not accept the proposed resolution, the case goes to the Site Grievance Committee, which meets every two weeks and includes the General Manager, the Community Relations Manager and two elders nominated by the village councils."])
add("paraphrase", "The water researchers couldn't get inside the fence - so how did they come up with a pumping number at all?",
    [["rated capacity"], ["shift sheets", "running hours"]],
    ["BWAP did not have access to the wellfield itself.",
     "We estimated extraction from the rated capacity of the pumps, which we observed from outside the fence, and the daily running hours recorded on the pump operators' shift sheets, copies of which were shared with us by former contract workers."])
add("paraphrase", "Out of the families BWAP talked to, how many had never even heard there was a phone line for complaints?",
    [["131"], ["214"]],
    ["Of the 214 households surveyed, 131 said they had never heard of the grievance hotline, and women in all nine villages said they had no way of raising a complaint without a male relative."])
add("paraphrase", "In the NSP-framed minerals piece, how much of America's rare-earth supply is said to come from Beijing?",
    [["80%", "80 percent"]],
    ["The U.S. imports 80% of its REEs from China."])
add("paraphrase", "Once the limit kicked in, what were the meters actually showing for daily pumping?",
    [["4,880"]],
    ["2.3 Since 1 October 2025, metered extraction from all eight boreholes has averaged 4,880 cubic metres a day."])

# ---------------- synthesis (6) ----------------
add("synthesis", "Can you put together a timeline of the Zardkan water row, from when the pumping started up to the committee's second meeting?",
    [["January 2024"], ["15 July 2025"], ["8 September 2025"], ["19 September"], ["29 September 2025"], ["13 October 2025"]],
    ["The water level in monitoring well MW-3, which lies between the wellfield and the nearest village, has fallen by 4.1 metres since pumping began in January 2024.",
     "Issued: 15 July 2025.",
     "Balochistan Water Accountability Project (BWAP), Quetta. Field Review No. 3. Published 8 September 2025.",
     "(c) The sit-in on the N-40 began on 19 September 2025, not 21 September, and lasted 11 days.",
     "The cap was a voluntary undertaking given by ZCC at the jirga of 29 September 2025, which was convened by the Deputy Commissioner Chagai.",
     "Date of meeting: 13 October 2025"])
add("synthesis", "what were the main things the review committee decided on 13 October?",
    [["ombudsperson"], ["31 January 2026"], ["5,000"], ["150,000"], ["20 trips a day"], ["feasibility study"]],
    ["5.3 The Committee decided that an independent grievance ombudsperson will be appointed to hear complaints that ZCC's mechanism does not resolve within 30 days.",
     "7.2 The Committee decided to commission an independent hydrogeological study, with terms of reference agreed by all parties, to be completed by 31 January 2026.",
     "7.3 The cap of 5,000 cubic metres a day will remain in force until the Committee has considered the study.",
     "6.3 The Committee directed ZCC to pay a second instalment of PKR 150,000 to each of the 97 households, and to any further households verified by the office of the Deputy Commissioner, by 30 November 2025.",
     "8.2 The Committee directed ZCC to increase tanker deliveries to 20 trips a day from 15 October 2025.",
     "8.3 ZCC will prepare a feasibility study for a piped drinking water supply to Killi Hazar Chah, Shorkan and Pir Garm from a borefield outside the wellfield's zone of influence."])
add("synthesis", "Give me the full list of what BWAP wants done.",
    [["4,500"], ["flow meters"], ["26 reclassified complaints"], ["ombudsperson"], ["water use permit"], ["women"], ["should not approve financing"]],
    ["ZCC should immediately cap total extraction from all boreholes at 4,500 cubic metres a day until an independent groundwater study is completed.",
     "Flow meters should be installed on all eight boreholes and read by an independent party, with monthly results published.",
     "The 26 reclassified complaints should be reopened and treated as water grievances.",
     "An independent grievance ombudsperson, not employed by ZCC, should be appointed to handle complaints the company cannot resolve.",
     "ZCC should publish its water use permit and its groundwater model.",
     "Separate arrangements should allow women to lodge grievances through female staff or women's committees.",
     "The U.S. International Development Finance Corporation should not approve financing for the project until these steps have been taken."])
add("synthesis", "According to the company itself, what stopgap help has it given the villages while the water issue is argued over?",
    [["14 tanker trips", "14"], ["PKR 18 million", "18 million"], ["112"], ["60 water storage tanks", "60"]],
    ["The programme currently runs 14 tanker trips a day, each carrying 5,000 litres.",
     "ZCC paid a one-time water hardship allowance totalling PKR 18 million to 112 households whose karez or wells were named in grievances.",
     "5.3 Storage. ZCC has supplied 60 water storage tanks of 2,000 litres each to households without covered storage."])
add("synthesis", "Quick profile of the company behind Zardkan please: who owns it, where the project stands, how it's being financed.",
    [["Carrow Ridge Metals"], ["60 percent"], ["Sultan Basin Resources"], ["construction phase"], ["USD 120 million", "120 million"], ["Special Investment Facilitation Council"]],
    ["ZCC is a joint venture between Carrow Ridge Metals Inc. of Denver, Colorado, which holds 60 percent, and Sultan Basin Resources (Pvt) Ltd of Quetta, which holds 40 percent.",
     "The Zardkan copper project lies about 40 kilometres west of Dalbandin and is currently in the construction phase, with first concentrate production planned for late 2026.",
     "ZCC has applied to the U.S. International Development Finance Corporation (DFC) for a senior loan of USD 120 million towards construction costs.",
     "The project is also registered with the Special Investment Facilitation Council as a priority minerals project."])
add("synthesis", "What does the critical-minerals article say China's grip on rare earths is built on?",
    [["Vertical Integration"], ["Overseas Acquisition"], ["Technological Investment"]],
    ["Vertical Integration – complete control from mining to refining to downstream manufacturing.",
     "Overseas Acquisition Strategy – securing concessions in Africa, Latin America, and Central Asia.",
     "Technological Investment – advancing refining, recycling, and exploring thorium as a potential nuclear fuel."])

# ---------------- why-how (6) ----------------
add("why-how", "Why does ZCC think the karez are drying up?",
    [["drought"], ["38 percent"]],
    ["The company's assessment is that the main cause is drought.",
     "Rainfall recorded at Dalbandin in 2024 was 38 percent below the long-term average, and karez flows across western Chagai have fallen, including in areas far from the project."])
add("why-how", "How did BWAP end up with 26 more water complaints than the company reported?",
    [["26"], ["general enquiries"]],
    ["The difference arises because 26 complaints, most of them written requests for a karez to be inspected, were reclassified as general enquiries and closed after a reply was given."])
add("why-how", "why might the company's monitoring well be underplaying the drop in groundwater near the villages?",
    [["shallower aquifer"]],
    ["MW-3 was drilled into a shallower aquifer layer than the one that feeds the karez, so it may understate the drawdown that matters to the villages."])
add("why-how", "Why does the minerals article dismiss the idea that the US is looking for a Bagram replacement in Balochistan?",
    [["civilian logistics"], ["publicly denied"], ["Taliban"]],
    ["All publicly available MoUs reference civilian logistics only.",
     "No document, statement, or verified leak supports U.S. basing negotiations.",
     "Pakistan's state institutions have publicly denied offering any military base or port access to the U.S.",
     "The Taliban government has categorically rejected any U.S. return to Bagram."])
add("why-how", "The independent meters only went in on 2 October, so how did the metering firm get a September figure?",
    [["electricity records"]],
    ["Tethys installed meters on all eight boreholes on 2 October 2025 and reconstructed September extraction from each pump's electricity records."])
add("why-how", "How did the Q2 report end up overstating the hardship payments?",
    [["Fifteen", "15"], ["counted twice"], ["both a karez and a well"]],
    ["Fifteen households had been counted twice because they were listed under both a karez and a well."])

# ---------------- comparison (7) ----------------
add("comparison", "I keep seeing different numbers for how much water the wellfield pulls each day. What does each source say?",
    [["6,200"], ["9,400"], ["9,000"], ["8,700"]],
    ["Average daily extraction in the quarter was 6,200 cubic metres, well below the permitted maximum of 7,500 cubic metres a day set in the project's water use permit.",
     "The wellfield is drawing about 9,400 cubic metres of water a day, not the 6,200 cubic metres reported by ZCC.",
     "The Balochistan Environmental Protection Agency ordered the cut last week after finding that the company was pumping more than 9,000 cubic metres a day, according to officials present at the jirga.",
     "2.2 Average total extraction in September 2025, before the cap took effect, was 8,700 cubic metres a day.",
     "Mr Whitcombe acknowledged that the extraction figures in ZCC's report for the second quarter covered only the six production boreholes and did not include B-7 and B-8."])
add("comparison", "Who actually imposed the pumping limit and how big is it? The paper and the committee minutes don't line up.",
    [["4,000"], ["5,000"], ["voluntary undertaking"], ["show-cause notice"]],
    ["Under the agreement, reached at a jirga at the Dalbandin Circuit House on Monday, the company will cut its extraction to 4,000 cubic metres of water a day from 1 October.",
     "The Balochistan Environmental Protection Agency ordered the cut last week after finding that the company was pumping more than 9,000 cubic metres a day, according to officials present at the jirga.",
     "(a) The cap on extraction was not ordered by the Balochistan EPA.",
     "The EPA issued a show-cause notice to ZCC on 26 September 2025 asking it to explain the discrepancy in its reported water use.",
     "The cap was a voluntary undertaking given by ZCC at the jirga of 29 September 2025, which was convened by the Deputy Commissioner Chagai.",
     "(b) The cap is 5,000 cubic metres a day across all eight boreholes, not 4,000 cubic metres a day."])
add("comparison", "How much hardship money has really been paid out? I've seen a few different totals.",
    [["18 million"], ["25 million"], ["14.6 million"], ["97"]],
    ["ZCC paid a one-time water hardship allowance totalling PKR 18 million to 112 households whose karez or wells were named in grievances.",
     "A spokesperson for Zardkan Copper Company (ZCC) said the company \"respects the concerns of the community\" and had already paid PKR 25 million in hardship support to affected families.",
     "The allowance was paid to 97 households, not 112, for a total of PKR 14.6 million.",
     "6.2 The figure of PKR 25 million reported in the press was not correct."])
add("comparison", "Has the DFC actually pulled its loan for Zardkan or not?",
    [["150 million"], ["120 million"], ["no loan has been suspended"]],
    ["The U.S. International Development Finance Corporation has suspended a USD 150 million loan for the project pending a review of the water complaints, according to a person familiar with the matter who was not authorised to speak publicly.",
     "(d) ZCC has not received any loan from the U.S. International Development Finance Corporation (DFC), and no loan has been suspended.",
     "Mr Whitcombe stated that ZCC's application for USD 120 million remains at the environmental and social due diligence stage, and that the DFC has asked to see the findings of this Committee before it proceeds."])
add("comparison", "do the sources agree on how many karez have actually failed?",
    [["three"], ["Seven", "seven"], ["nine"], ["five karez completely dry"]],
    ["ZCC's field team visited the karez named in grievances and found reduced flow in three of them.",
     "Seven of the 12 karez we measured are dry or flowing at less than 20 percent of their 2023 rate; ZCC's report mentions reduced flow in only three.",
     "They say nine karez, the centuries-old underground channels on which the villages depend, have dried up since the mine's wellfield began pumping in early 2024.",
     "It found five karez completely dry and two flowing at reduced rates, confirming the seven karez identified by BWAP.",
     "The figure of nine karez reported in the press was not confirmed."])
add("comparison", "How big was the N-40 sit-in and when did it begin? The Dispatch and the officials tell it differently.",
    [["4,000"], ["1,500"], ["21 September"], ["19 September"], ["11 days"]],
    ["The nine-day protest, which began on 21 September, had stranded hundreds of trucks bound for the Taftan border crossing.",
     "About 4,000 people, according to the organisers, joined the protest at its peak, blocking the highway near the turn-off to Killi Hazar Chah.",
     "(c) The sit-in on the N-40 began on 19 September 2025, not 21 September, and lasted 11 days.",
     "The district administration estimated the number of participants at its peak at about 1,500."])
add("comparison", "Both the Dispatch story and the BWAP review lean on Sabahuddin's minerals article. Which bits of it does each one pick up?",
    [["governance failures can convert opportunities into long-term vulnerabilities"], ["parliamentary committees"], ["community inclusion"], ["intensify grievances"]],
    ["In a widely shared article on Pakistan-U.S. minerals cooperation, Col Chaudhry Muhammad Sabahuddin, a retired officer, cautioned that \"governance failures can convert opportunities into long-term vulnerabilities.\"",
     "The same article recommends that mineral agreements be reviewed by parliamentary committees and public audit bodies, a step that has not been taken for Zardkan.",
     "In a recent article on Pakistan-U.S. cooperation on critical minerals, Col Chaudhry Muhammad Sabahuddin argues that Pakistan's National Security Policy requires extractive industries to be governed through transparent frameworks, community inclusion and strict environmental safeguards.",
     "The same article warns that, without formal benefit-sharing and community participation, mineral projects can intensify grievances and undermine stability in Balochistan."])

# ---------------- conversation (10) ----------------
Q1 = "How many water complaints did Zardkan say it got in the second quarter?"
A1 = "In its Q2 2025 report the company counted 41: \"The rise in water grievances, from 17 in the first quarter to 41, is the most significant trend of the quarter.\""
Q2 = "and how quickly does it say it closes them?"
A2 = "It reports an average of 12 days: \"The average time to close a water grievance was 12 days, within the 15-day target.\" BWAP disputes this, putting the median at 47 days."
Q3 = "Different topic - are the villages actually getting enough tanker water?"
A3 = ("The sources differ. ZCC says \"The programme currently runs 14 tanker trips a day, each carrying 5,000 litres.\" BWAP's survey found tankers \"arrived on average five times a day across the three villages in July and August\", "
      "and the committee minutes record an average of six a day in September; the committee then directed ZCC \"to increase tanker deliveries to 20 trips a day from 15 October 2025.\"")
Q4 = "Back to those complaints: did the company end up accepting the higher number?"
h = lambda *pairs: [m for q, a in pairs for m in ({"role": "user", "content": q}, {"role": "assistant", "content": a})]
add("conversation", Q1, [["41"]],
    ["The rise in water grievances, from 17 in the first quarter to 41, is the most significant trend of the quarter."],
    conv="m15-c1", history=[])
add("conversation", Q2, [["12 days"]],
    ["The average time to close a water grievance was 12 days, within the 15-day target."],
    conv="m15-c1", history=h((Q1, A1)))
add("conversation", Q3, [["14"], ["five"], ["20 trips a day"]],
    ["The programme currently runs 14 tanker trips a day, each carrying 5,000 litres.",
     "Households we surveyed said tankers arrived on average five times a day across the three villages in July and August, not 14 times a day as ZCC states.",
     "8.2 The Committee directed ZCC to increase tanker deliveries to 20 trips a day from 15 October 2025."],
    conv="m15-c1", history=h((Q1, A1), (Q2, A2)))
add("conversation", Q4, [["67"], ["reopened"]],
    ["5.1 ZCC accepted that the 26 complaints recorded as general enquiries in the second quarter should have been treated as water grievances.",
     "ZCC agreed that the total number of water grievances received in the second quarter was 67.",
     "The 26 complaints have been reopened."],
    conv="m15-c1", history=h((Q1, A1), (Q2, A2), (Q3, A3)))

P1 = "What does BWAP conclude about why the karez are failing?"
B1 = ("BWAP blames the wellfield first: \"Pumping at the wellfield is the principal cause of the karez decline; drought is a contributing factor.\" It estimates that \"roughly 60 percent of the loss of flow in the seven affected karez is attributable to pumping and the remainder to drought.\"")
P2 = "Did the review committee go along with that?"
B2 = ("No. The minutes record that \"The EPA stated that it was not possible to settle the question on the evidence presently available.\" The committee instead decided \"to commission an independent hydrogeological study, with terms of reference agreed by all parties, to be completed by 31 January 2026.\"")
P3 = "who's paying for it, and who chooses the consultant?"
add("conversation", P1, [["60 percent"], ["principal cause"]],
    ["Pumping at the wellfield is the principal cause of the karez decline; drought is a contributing factor.",
     "Comparing near and distant karez, we estimate that roughly 60 percent of the loss of flow in the seven affected karez is attributable to pumping and the remainder to drought."],
    conv="m15-c2", history=[])
add("conversation", P2, [["not possible to settle"], ["31 January 2026"]],
    ["The EPA stated that it was not possible to settle the question on the evidence presently available.",
     "7.2 The Committee decided to commission an independent hydrogeological study, with terms of reference agreed by all parties, to be completed by 31 January 2026."],
    conv="m15-c2", history=h((P1, B1)))
add("conversation", P3, [["ZCC"], ["selected by the Committee"]],
    ["The cost will be met by ZCC, but the consultant will be selected by the Committee and will report to it."],
    conv="m15-c2", history=h((P1, B1), (P2, B2)))

R1 = "Has anyone proposed an outside ombudsperson to handle complaints at Zardkan?"
C1 = ("Yes. BWAP recommended that \"An independent grievance ombudsperson, not employed by ZCC, should be appointed to handle complaints the company cannot resolve.\" The review committee then decided that \"an independent grievance ombudsperson will be appointed to hear complaints that ZCC's mechanism does not resolve within 30 days.\"")
R2 = "Who gets to pick that person, and who foots the bill?"
C2 = ("The minutes say \"The ombudsperson will be nominated jointly by the Commissioner and the community representatives and will not be an employee of ZCC.\" and \"ZCC will fund the post through an account administered by the office of the Deputy Commissioner Chagai.\"")
R3 = "When are its terms of reference due?"
add("conversation", R1, [["ombudsperson"], ["30 days"]],
    ["An independent grievance ombudsperson, not employed by ZCC, should be appointed to handle complaints the company cannot resolve.",
     "5.3 The Committee decided that an independent grievance ombudsperson will be appointed to hear complaints that ZCC's mechanism does not resolve within 30 days."],
    conv="m15-c3", history=[])
add("conversation", R2, [["Commissioner"], ["community representatives"], ["account administered by the office of the Deputy Commissioner"]],
    ["The ombudsperson will be nominated jointly by the Commissioner and the community representatives and will not be an employee of ZCC.",
     "ZCC will fund the post through an account administered by the office of the Deputy Commissioner Chagai."],
    conv="m15-c3", history=h((R1, C1)))
add("conversation", R3, [["15 November 2025"]],
    ["The terms of reference will be prepared by the Deputy Commissioner by 15 November 2025."],
    conv="m15-c3", history=h((R1, C1), (R2, C2)))

# ---------------- table (5) ----------------
add("table", "In ZCC's Q2 grievance table, which kind of complaint took longest to close?",
    [["Land and grazing access"], ["18"]],
    ["Land and grazing access 19 15 4 18"])
add("table", "Which month of Q2 had the heaviest pumping by the company's own figures?",
    [["June 2025", "June"], ["6,370"]],
    ["June 2025 6,370 6 7,500"])
add("table", "Looking at BWAP's karez table, which channel had the largest flow in 2023, and what is it down to now?",
    [["Hazar Chah"], ["11.0"], ["1.6"]],
    ["Karez Hazar Chah 5.0 11.0 1.6 Near-dry"])
add("table", "which karez is nearest the wellfield and what state is it in?",
    [["Baran"], ["2.1"], ["Dry"]],
    ["Karez Baran 2.1 5.1 0.0 Dry"])
add("table", "On the Dispatch's key-dates box, what's listed against 26 September?",
    [["EPA orders pumping cut"]],
    ["26 September 2025 Balochistan EPA orders pumping cut"],
    note="The committee minutes later say the EPA issued only a show-cause notice that day; a good answer may mention the correction.")

# ---------------- named-document (6) ----------------
add("named-document", "In the committee minutes, how much were the two auxiliary boreholes pumping according to Tethys?",
    [["1,650"], ["B-7"]],
    ["Of this, 7,050 cubic metres a day came from the six production boreholes and 1,650 cubic metres a day from the two auxiliary boreholes, B-7 and B-8, which supply the workers' camp and the concrete batching plant."])
add("named-document", "What does ZCC's quarterly report say about its monitoring well readings?",
    [["4.1 metres"], ["within the range predicted"]],
    ["The water level in monitoring well MW-3, which lies between the wellfield and the nearest village, has fallen by 4.1 metres since pumping began in January 2024.",
     "The company's consultant hydrogeologist considers this decline to be within the range predicted in the Environmental and Social Impact Assessment and does not consider that the cone of depression around the wellfield extends as far as the karez that supply Killi Hazar Chah."])
add("named-document", "According to the Rakhshan Dispatch, what did Whitcombe tell the jirga?",
    [["flow meters"], ["last week of September"], ["construction schedule"]],
    ["Daniel Whitcombe, the company's general manager, told the jirga that flow meters had been fitted to the production boreholes in the last week of September and that readings would be shared with the district administration.",
     "He said the company would review its construction schedule to live within the new limit, which is well below what the project has been using."])
add("named-document", "What does the BWAP review say happened to the karez more than 8 km from the wellfield?",
    [["4 and 18 percent"], ["drought"]],
    ["The five karez more than 8 kilometres away have lost between 4 and 18 percent of their flow, which is consistent with the effect of drought."])
add("named-document", "per the JRC minutes, where does the EPA show-cause notice stand now?",
    [["remains open"], ["20 October 2025"]],
    ["Dr Khilji confirmed that the EPA's show-cause notice remains open and that the EPA will decide on any further action after it receives ZCC's reply, which is due on 20 October 2025."])
add("named-document", "What does the Pakistan-US critical minerals article recommend on parliamentary scrutiny of mineral deals?",
    [["Parliamentary Committees"], ["public audit bodies"]],
    ["Institutionalize review of mineral agreements through Parliamentary Committees and public audit bodies."])

# ---------------- out-of-corpus (8) ----------------
oc = lambda q, n: add("out-of-corpus", q, [], [], note=n, answerable=False)
oc("How much did Carrow Ridge pay for its 60 percent stake in Zardkan?",
   "The ownership split (60/40) is given in the ZCC report and the Dispatch, but no price or investment figure for the stake appears anywhere.")
oc("Who is the consultant hydrogeologist ZCC relies on for its groundwater assessment?",
   "Describes but does not name: the ZCC report refers to 'the company's consultant hydrogeologist' without naming the person or firm.")
oc("Why did the Balochistan High Court order the Zardkan wellfield shut down in September?",
   "False premise: no court is involved. The wellfield was not shut; the cap was a voluntary undertaking by ZCC at the 29 September jirga (the Dispatch wrongly attributes it to the EPA).")
oc("What's the estimated cost of the piped water scheme for Killi Hazar Chah, Shorkan and Pir Garm?",
   "Discussed but never given: the minutes say ZCC 'could not give a cost until the study was complete'.")
oc("Which authority issued Zardkan's water use permit?",
   "Describes but does not name: the permit and its 7,500 cubic metre limit are mentioned, and the minutes refer to 'the issuing authority', but no document names it.")
oc("What's Zardkan's planned annual copper concentrate output?",
   "Not given: the ZCC report says only that first concentrate production is planned for late 2026; no tonnage appears in any document.")
oc("How many MoUs has Pakistan signed with US companies on critical minerals, according to the minerals article?",
   "The base article says Pakistan signed MoUs with U.S. private-sector entities and lists their purposes, but never gives a number.")
oc("Who was the Quetta economist the Dispatch quoted on what Zardkan means for the US partnership?",
   "Describes but does not name: the Dispatch quotes 'a Quetta-based economist who advises the provincial government and asked not to be named'.")

assert len(cases) == 54, len(cases)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "round-m15.jsonl"), "w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(c["category"] for c in cases))
