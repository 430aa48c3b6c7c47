"""Write round-m12.jsonl (python3 tools/make_cases.py). Supports are verbatim sentences from corpus/."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "round-m12.jsonl"
cases = []


def case(cat, q, facts=None, support=None, note=None, conv=None, history=None):
    c = {"id": f"m12-{len(cases) + 1:03d}", "category": cat, "question": q,
         "answerable": bool(facts), "facts": facts or [], "support": support or []}
    if conv:
        c["conversation"] = conv
        c["history"] = history or []
    if note:
        c["note"] = note
    cases.append(c)


def turns(*pairs):
    h = []
    for u, a in pairs:
        h += [{"role": "user", "content": u}, {"role": "assistant", "content": a}]
    return h


# ------------------------------------------------------------------ paraphrase
case("paraphrase", "Roughly how much rock does the Siah Dik mill chew through in a day?",
     [["1,500 tonnes"]],
     ["TSF-1 is a ring-dyke tailings facility commissioned in 2021 to receive the tailings of the Siah Dik concentrator, which processes about 1,500 tonnes of ore per day."])
case("paraphrase", "when did the warning horn in Killi Bahram go dead, and what knocked it out?",
     [["April 2025"], ["power line"]],
     ["The siren at Killi Bahram had been disconnected during an upgrade of the village power line in April 2025 and was never reconnected."])
case("paraphrase", "How many people turned up when the committee heard the public in Nok Kundi, and on what date?",
     [["about 300", "300 people"], ["10 September 2025", "10 September"]],
     ["The Committee held 11 meetings, visited the mine and the Zardan Kaur on 21 August and on 9–10 September 2025, and held an open hearing at Nok Kundi on 10 September 2025, attended by about 300 people."])
case("paraphrase", "What was the earth mound across the overflow channel put there for, and since when?",
     [["pipeline"], ["March 2025"]],
     ["Site staff stated that the bund was built in March 2025 to carry a relocated tailings delivery pipeline across the spillway channel."])
case("paraphrase", "In the colonel's NSP-2022 article, how large are China's rare earth reserves said to be?",
     [["44 million tons", "44 million tonnes"]],
     ["China dominates the global rare earth Elements (REE) sector, holding reserves of 44 million tons and accounting for nearly 85% of worldwide production, processing, and supply."])
case("paraphrase", "How much of the mine's concentrate has the American partner agreed to buy, for how many years, and roughly what tonnage?",
     [["100 percent", "all"], ["seven years"], ["1,400 tonnes"]],
     ["The offtake MoU we signed on 23 May 2025 commits us to take 100 percent of Siah Dik's tungsten concentrate for seven years, about 1,400 tonnes a year at 65 percent WO3, and it was presented here as a model of responsible non-Chinese supply."])

# ------------------------------------------------------------------ synthesis
case("synthesis", "According to the inquiry, what state was the dam in that let an ordinary storm breach it?",
     [["0.4 metres", "0.4 m"], ["emergency spillway"], ["beach"]],
     ["Three conditions made this possible: the freeboard had fallen to 0.4 metres against a required minimum of 1.5 metres; the emergency spillway, which would have carried the excess water away from the embankment, had been blocked since March 2025; and the tailings beach had shrunk to about 30 metres, so that the pond lay against the embankment."])
case("synthesis", "Give me the full toll of the Siah Dik failure as the inquiry counts it - people, homes, land and animals.",
     [["37"], ["186 acres"], ["612"], ["9 camels", "nine camels"]],
     ["Two persons died.",
      "Five residents were injured, in addition to three CTC employees.",
      "The Committee counted 37 affected households: 22 at Killi Bahram and 15 at Killi Sher Jan.",
      "Tailings covered 186 acres of cultivated land, blocked three karez channels and entered two drinking-water wells.",
      "According to the record of the Livestock Department, 612 sheep and goats and 9 camels died."])
case("synthesis", "break down the settlement Ridgeline proposed for the villagers - what's paid per death, per household and per animal?",
     [["5,000,000", "5 million"], ["1,200,000", "1.2 million"], ["600,000"], ["45,000"], ["350,000"], ["96,500,000", "96.5 million"]],
     ["Families of the deceased (2) 5,000,000 each 10,000,000",
      "Households with farmland affected (24) 1,200,000 each 28,800,000",
      "Other affected households (17) 600,000 each 10,200,000",
      "Sheep and goats (574) 45,000 each 25,830,000",
      "Camels (11) 350,000 each 3,850,000",
      "Total 96,500,000"])
case("synthesis", "What did the provincial government's mining company put on the table in mid-September on security and on benefits for the villages?",
     [["Levies"], ["30 men"], ["14 million"], ["1 percent of gross sales"]],
     ["The Government of Balochistan will not agree to a foreign private security company at Siah Dik, and BMHL will vote against any such contract at the CTC board.",
      "The Deputy Commissioner has agreed to post a Levies platoon of 30 men at Killi Bahram.",
      "CTC will meet the cost, about PKR 14 million a year, through the district administration.",
      "BMHL will propose that CTC set aside 1 percent of gross sales for a community development fund run with a village committee."])
case("synthesis", "What does the NSP-2022 article say the Pakistan-U.S. minerals MoUs actually cover?",
     [["Exploration and development"], ["processing and value-addition", "value addition"], ["Civilian logistics"]],
     ["Exploration and development of critical minerals",
      "Establishment of local processing and value-addition facilities",
      "Civilian logistics support for mineral transport and export"])
case("synthesis", "Which of the colonel's arguments does the inquiry report pick up, and how does it apply them to Siah Dik?",
     [["intensify grievances"], ["MoUs and investment terms"], ["design of a tailings dam", "tailings dam"]],
     ["A recent commentary on Pakistan–U.S. cooperation on critical minerals, read against the National Security Policy 2022, warns that without formal benefit-sharing and community participation, mineral projects can intensify grievances, encourage anti-state narratives and undermine stability in Balochistan.",
      "The Committee heard exactly such grievances at Nok Kundi.",
      "The same commentary recommends that MoUs and investment terms be published; the Committee sees no reason why the design of a tailings dam and the plan for warning the people living below it should be treated as more confidential than an investment agreement.",
      "Publish MoUs and investment terms to reinforce public trust and reject misinformation."],
     note="Mixes the article with the inquiry report.")

# ------------------------------------------------------------------ comparison
case("comparison", "How much material actually came out of TSF-1? Everyone seems to have a different number - line them up by source.",
     [["85,000"], ["160,000"], ["240,000"], ["310,000"], ["210,000"]],
     ["An estimated 85,000 cubic metres of tailings slurry was released into the Zardan Kaur, a seasonal watercourse to the north of the facility.",
      "Following survey work by our engineers, we have revised our estimate of the material released to around 160,000 cubic metres.",
      "From the dimensions of the breach and the depression left in the tailings surface, the inspecting team estimates that about 240,000 cubic metres of tailings and water were released.",
      "About 310,000 cubic metres were released, of which about 205,000 cubic metres were tailings solids and about 105,000 cubic metres water; this estimate rests on a drone survey of the facility and of the deposits carried out on 9 September 2025.",
      "On the volume released, our engineers' revised assessment is approximately 210,000 cubic metres, lower than the Committee's estimate."])
case("comparison", "CTC vs the inquiry on the rain that night: how much fell and how rare was it?",
     [["96 mm"], ["one-in-100-year", "1-in-100"], ["58 mm"], ["64 mm"], ["20 years", "one-in-20", "1-in-20"]],
     ["Our site weather station recorded 96 mm of rain in under five hours on the night of 13–14 August, which our engineers consider a one-in-100-year event for this part of Chagai.",
      "The automatic weather station at the site recorded 58 mm in the 24 hours to 08:00 on 14 August, and the Pakistan Meteorological Department gauge at Nok Kundi recorded 64 mm.",
      "On the Committee's analysis of the Nok Kundi record, a storm of that size can be expected about once in 20 years."])
case("comparison", "how high was the embankment when it failed? company, inspector and inquiry figures, and what was allowed",
     [["21 metres"], ["about 23 m", "23 metres"], ["23.5 m", "23.5 metres"], ["18 metres", "18 m", "18.0 m"]],
     ["The embankment stood at approximately 21 metres at the time of the failure, within the design submitted to regulators.",
      "Embankment height 18 m about 23 m",
      "Maximum embankment height 18.0 m 23.5 m",
      "No approval for any height above 18 metres was ever given."])
case("comparison", "How far down the Zardan Kaur did the tailings get? CTC's story changed - compare it with the inspector and the committee.",
     [["3 km"], ["7 km"], ["9 km"], ["11.4 km"]],
     ["The flow of material was contained within approximately 3 km of the facility.",
      "The material travelled approximately 7 km along the Zardan Kaur, further than our initial reports indicated, and reached fields at Killi Bahram.",
      "Tailings were traced along the Zardan Kaur for at least 9 km from the facility.",
      "About 310,000 cubic metres of tailings and water travelled 11.4 km down the Zardan Kaur."])
case("comparison", "Dead livestock: how far apart are CTC's count, the Assistant Commissioner's claims list and the Livestock Department's record?",
     [["40 animals"], ["574"], ["612"]],
     ["Livestock losses reported to CTC approximately 40 animals",
      "The claims list compiled by the Assistant Commissioner Nok Kundi, which BMHL forwarded to me, has 574 sheep and goats and 11 camels.",
      "According to the record of the Livestock Department, 612 sheep and goats and 9 camels died."])
case("comparison", "When is the mill supposed to restart? The company's dates keep moving - give me each one and who said it.",
     [["1 October 2025", "1 October"], ["Mid-November", "mid November"], ["first quarter of 2026", "Q1 2026"]],
     ["We expect to resume processing by 1 October 2025 using the newly constructed TSF-2 cell, subject to the approval of the authorities.",
      "Mid-November is the earliest realistic date, and only if the Inspectorate lifts its order.",
      "Our target for restarting processing is now the first quarter of 2026, and the first export shipment of concentrate is now expected in the first half of 2026."])
case("comparison", "Compare what the NSP-2022 article says about foreign investors and security with how the private security question at Siah Dik was settled.",
     [["private security arrangements"], ["will not agree to a foreign private security company"], ["withdrawn the Sentinel proposal", "withdrawn"]],
     ["Pakistan must avoid a scenario where foreign investors justify private security arrangements or external interference.",
      "The Government of Balochistan will not agree to a foreign private security company at Siah Dik, and BMHL will vote against any such contract at the CTC board.",
      "I have withdrawn the Sentinel proposal."],
     note="Mixes the article with the email thread.")

# ------------------------------------------------------------------ why-how
case("why-how", "Why doesn't the committee buy CTC's line that it was a freak storm?",
     [["no calibration record"], ["145 mm"]],
     ["The Committee could not verify that figure.",
      "It was read from a portable gauge at the plant that had no calibration record.",
      "It was well within the 145 mm design storm that TSF-1 was required to store."])
case("why-how", "How did Killi Bahram end up with mud in the houses before anyone had warned them?",
     [["fifteen minutes", "15 minutes"], ["disconnected"], ["plant only"]],
     ["14 Aug, 03:15 Control room raises the alarm; siren sounded at the plant only",
      "14 Aug, 03:50 Flow reaches Killi Bahram, 6.5 km downstream",
      "14 Aug, 04:05 First telephone call from CTC to an elder of Killi Bahram",
      "The flow reached Killi Bahram fifteen minutes before anyone warned the village.",
      "The siren at Killi Bahram had been disconnected during an upgrade of the village power line in April 2025 and was never reconnected."])
case("why-how", "how did the dam escape proper oversight - what regulatory gaps does the inquiry point to?",
     [["November 2023"], ["two inspectors"], ["tailings dams"], ["between two regulators"]],
     ["The Inspectorate of Mines last inspected TSF-1 in November 2023.",
      "The Chagai Circle has two inspectors for more than 60 mining leases, and neither the Mines Act, 1923 nor the Balochistan Mineral Rules contain any provision on the safety of tailings dams.",
      "The EPA does not monitor the height of embankments after it grants an approval.",
      "Responsibility for tailings safety therefore fell between two regulators."])
case("why-how", "The families signed off on the September settlement, so why does the inquiry still call it inadequate?",
     [["water contamination"], ["rehabilitating the land"], ["gravity of the negligence"]],
     ["It was agreed before the extent of the water contamination and the loss of farmland was known, it makes no provision for rehabilitating the land, and the payment for each death does not reflect the gravity of the negligence the Committee has found."])
case("why-how", "Why does the Iran section of the colonel's article worry even about a purely civilian U.S. presence in Baluchistan?",
     [["proximity"], ["geopolitical lens"], ["balanced neighbourly relations"]],
     ["Iran’s concerns stem from proximity.",
      "Any perceived U.S. logistical footprint in Baluchistan—however civilian—may be viewed through a geopolitical lens.",
      "NSP-2022 stresses “balanced neighbourly relations,” implying Islamabad must avoid misperceptions that could strain Pakistan–Iran ties."])
case("why-how", "Why does Ridgeline's Washington adviser think the dam failure threatens the case for the offtake, and which statistic from the colonel's article does he lean on?",
     [["80 percent", "80%"], ["responsible"]],
     ["The same piece also frames U.S. interest in terms of dependence on China, noting that the U.S. imports 80 percent of its rare earths from China.",
      "That is the argument our offtake was sold on, and it only works if the supply is seen as responsible.",
      "The U.S. imports 80% of its REEs from China."],
     note="Mixes the email thread with the article.")

# ------------------------------------------------------------------ table
case("table", "Arsenic levels from the EPA sampling: Killi Bahram well and the Zardan Kaur pool vs the drinking-water limit?",
     [["0.11"], ["0.19"], ["0.05"]],
     ["Arsenic (mg/L) 0.05 or less 0.11 0.03 0.19"])
case("table", "In the inquiry's design-vs-actual table, what beach length was required, what was there, and how much tailings was stored against capacity?",
     [["100 m"], ["about 30 m"], ["1.6 million"], ["2.1 million"]],
     ["Minimum beach length 100 m about 30 m",
      "Tailings stored 1.6 million m3 (capacity) about 2.1 million m3"])
case("table", "Which of the inquiry's recommendations is tied to the 2026-27 budget, and who has to act on it?",
     [["two additional posts of Inspector of Mines", "two additional"], ["Finance Department"]],
     ["9 Sanction two additional posts of Inspector of Mines for the Chagai Circle Finance Department and MMDD budget 2026–27"])
case("table", "In the inspector's table of losses, how many households were affected and who supplied that number?",
     [["14"], ["Assistant Commissioner Nok Kundi", "Assistant Commissioner"]],
     ["Households affected 14 (Killi Bahram) Assistant Commissioner Nok Kundi"])
case("table", "CTC's 'response at a glance' - households registered for relief and how much had been paid out by 28 Aug?",
     [["29"], ["10.7 million"]],
     ["Households registered for interim relief 29",
      "Interim relief disbursed PKR 10.7 million"])

# ------------------------------------------------------------------ named-document
case("named-document", "Under the government notification, how long did the committee have to report, and how fast must the company hand over its records?",
     [["thirty days", "30 days"], ["seven days", "7 days"]],
     ["The Committee shall submit its report to the Secretary, Mines and Minerals Development Department, within thirty days of the issue of this Notification.",
      "The Company shall furnish all design reports, construction records, monitoring data, inspection reports and correspondence relating to TSF-1 within seven days of a request by the Committee."])
case("named-document", "What does the EPA member's note of dissent want instead of recommendation 1?",
     [["cancelled"], ["fresh environmental impact assessment"], ["public hearings"]],
     ["In her view, the scale of the departures from the 2019 approval means that the environmental approval should be cancelled and a fresh environmental impact assessment, with public hearings, should be required before milling resumes."])
case("named-document", "What did Halden Bright's drone survey estimate for the release, and when was it flown?",
     [["295,000 to 330,000", "295,000"], ["29 August"]],
     ["Our drone survey of 29 August, compared with CTC's pre-failure survey of 18 June, puts the total release at 295,000 to 330,000 m3 of tailings and water."])
case("named-document", "What was the inspectorate's preliminary take on why the dam failed?",
     [["overtopping"], ["spillway"], ["freeboard"]],
     ["In the opinion of the inspecting team, the most likely cause of the failure is overtopping of the embankment, resulting from the blocking of the emergency spillway and the loss of freeboard as the facility was filled beyond its approved height."])
case("named-document", "In Sabahuddin's piece, where is China said to be picking up mineral concessions abroad?",
     [["Africa"], ["Latin America"], ["Central Asia"]],
     ["Overseas Acquisition Strategy – securing concessions in Africa, Latin America, and Central Asia."])
case("named-document", "Which of the inquiry's recommendations does CTC's October update refuse to accept, and on what grounds?",
     [["Recommendation 2"], ["Recommendation 7"], ["jirga"], ["January 2025"]],
     ["We do not accept Recommendation 2, which sets compensation of not less than PKR 10 million for each person who died.",
      "A compensation package of PKR 96.5 million, including PKR 5 million for the family of each of the two persons who died, was agreed with the affected families through a jirga at Nok Kundi on 30 September 2025 and has been paid in full to 41 households.",
      "We also do not accept Recommendation 7.",
      "Our position is that the raising of TSF-1 followed a design submitted to the Balochistan Environmental Protection Agency in January 2025, on which no objection was received."])

# ------------------------------------------------------------------ conversations
C1 = "m12-c1"
q1 = "What did CTC first offer the families hit by the Siah Dik spill?"
a1 = "Interim relief of PKR 300,000 per affected household and PKR 2 million to the family of the security guard Gul Muhammad, without prejudice to later compensation."
q2 = "and what did they end up settling for?"
a2 = "A PKR 96.5 million package agreed at a jirga at Nok Kundi on 30 September 2025, covering 41 households and including PKR 5 million for each of the two families who lost someone."
q3 = "Different question - what does the colonel's NSP-2022 piece want done about provincial benefit-sharing?"
a3 = "It recommends constitutional, legally binding mechanisms so that Baluchistan and KP receive proportional benefits, and warns that without benefit-sharing projects can intensify grievances."
case("conversation", q1, [["300,000"], ["2 million"]],
     ["CTC will pay interim relief of PKR 300,000 to each household whose land, water source or livestock was affected by the flow, and PKR 2 million to the family of Mr Gul Muhammad."],
     conv=C1, history=[])
case("conversation", q2, [["96.5 million"], ["41 households"], ["5 million"]],
     ["The jirga at Nok Kundi today accepted the package of PKR 96.5 million for 41 households, including PKR 5 million each for the families of Gul Muhammad and Abdul Wahid."],
     conv=C1, history=turns((q1, a1)))
case("conversation", q3, [["legally-binding mechanisms", "legally binding"], ["proportional benefits"]],
     ["Implement constitutional, legally-binding mechanisms ensuring Baluchistan and KP receive proportional benefits."],
     conv=C1, history=turns((q1, a1), (q2, a2)),
     note="Topic switch to the article.")
case("conversation", "has anyone proposed something like that for the Siah Dik villages?",
     [["1 percent of gross sales"], ["village committee"]],
     ["BMHL will propose that CTC set aside 1 percent of gross sales for a community development fund run with a village committee.",
      "10 Set up a community development fund of 1 percent of gross sales, managed with a village committee CTC and BMHL from the first sale after restart"],
     conv=C1, history=turns((q1, a1), (q2, a2), (q3, a3)),
     note="Back from the article to the new documents.")

C2 = "m12-c2"
r1 = "Who wanted to bring a private security firm into Siah Dik, and on what terms?"
b1 = "CTC's general manager, Tariq Hameed, proposed contracting Sentinel Risk Partners of Dubai for a 40-person site security team with expatriate team leaders, at about USD 85,000 a month."
r2 = "how did the province take that?"
b2 = "BMHL said the Government of Balochistan would not agree to a foreign private security company and that security is for the Levies and, if needed, the Frontier Corps; the Deputy Commissioner would post a 30-man Levies platoon at Killi Bahram, paid for by CTC at about PKR 14 million a year."
case("conversation", r1, [["Sentinel Risk Partners", "Sentinel"], ["40-person", "40 person"], ["85,000"]],
     ["I propose we contract Sentinel Risk Partners of Dubai for a 40-person site security team with expatriate team leaders, at about USD 85,000 a month."],
     conv=C2, history=[])
case("conversation", r2, [["will not agree"], ["Levies"]],
     ["Security of the mine and of the villages around it is the responsibility of the Levies and, where required, the Frontier Corps.",
      "The Government of Balochistan will not agree to a foreign private security company at Siah Dik, and BMHL will vote against any such contract at the CTC board."],
     conv=C2, history=turns((r1, b1)))
case("conversation", "so what became of it in the end?",
     [["withdrawn"], ["1 October"]],
     ["I have withdrawn the Sentinel proposal.",
      "The Levies platoon arrives at Killi Bahram on 1 October."],
     conv=C2, history=turns((r1, b1), (r2, b2)))

C3 = "m12-c3"
s1 = "How many piezometers were in TSF-1, and how many actually worked?"
d1 = "Nine were installed. The Inspectorate counted four functional after the failure, but the inquiry found only three of the nine gave any readings in 2025, and nobody at CTC reviewed them after February 2025."
s2 = "did anyone warn CTC beforehand that the dam was in trouble?"
d2 = "Yes. On 2 April 2025 its engineer of record, Sabir & Partners of Lahore, warned that freeboard at the north-east corner was below the minimum and advised cutting deposition until the spillway was reopened; wet patches near the breach were also recorded in CTC's own May 2025 inspection."
case("conversation", s1, [["9", "nine"], ["four functional", "4 functional"], ["three of the nine"]],
     ["Vibrating-wire piezometers 9 installed 4 functional",
      "The Committee's examination of the logs shows that only three of the nine piezometers gave any readings in 2025, and that nobody at CTC reviewed those readings after February 2025."],
     conv=C3, history=[])
case("conversation", s2, [["2 April"], ["Sabir"], ["wet patches"]],
     ["On 2 April 2025 CTC's engineer of record, Sabir & Partners Consulting Engineers of Lahore, wrote to the General Manager of CTC warning that freeboard at the north-east corner was below the minimum and advising that deposition be reduced until the spillway was reopened.",
      "Wet patches on the downstream face near the breach were also recorded in CTC's own quarterly inspection of May 2025."],
     conv=C3, history=turns((s1, d1)))
case("conversation", "when had that engineering firm last been out to inspect the dam before it went?",
     conv=C3, history=turns((s1, d1), (s2, d2)),
     note="Described but not stated: the documents mention Sabir & Partners' letter of 2 April 2025 but never say when the firm last inspected TSF-1. The May 2025 quarterly inspection was CTC's own, and November 2023 was the Inspectorate's last inspection; neither is the answer.")

# ------------------------------------------------------------------ unanswerable
case("out-of-corpus", "What's the current APT tungsten price per metric tonne unit?",
     note="Plainly outside the corpus: no document gives any tungsten price.")
case("out-of-corpus", "Why did the Inspectorate of Mines lift its suspension order at Siah Dik in October?",
     note="False premise: the order of 16 August 2025 was not lifted; milling remains suspended (CTC Update 5, 24 October), and only underground mining, which the order never covered, resumed on 22 September.")
case("out-of-corpus", "How much did CTC spend building the TSF-2 cell?",
     note="Described but not stated: TSF-2 is described as 'newly constructed' (Update 4) and 'about 40 percent complete' (email of 23 September), but no cost is given.")
case("out-of-corpus", "What budget did Ridgeline's board approve for rehabilitating the Killi Bahram and Killi Sher Jan farmland?",
     note="Described but not stated: the board resolved to fund a land rehabilitation programme 'with a budget to be set once the Review Board has reported'. PKR 140 million is the inquiry's minimum for the whole package, and PKR 96.5 million is the September package; neither is the answer.")
case("out-of-corpus", "Who sits on CTC's Independent Tailings Review Board?",
     note="Described but not stated: Update 5 says only that it has 'three international and Pakistani engineers'; no member is named.")
case("out-of-corpus", "How many Killi Bahram residents did CTC evacuate before the tailings arrived?",
     note="False premise: there was no evacuation before the flow; it reached Killi Bahram at 03:50 and the first telephone warning came at 04:05 (inquiry Table 2; Inspectorate report section 5).")
case("out-of-corpus", "According to the NSP-2022 article, how many MoUs has Pakistan signed with U.S. companies and what are they worth?",
     note="Described but not stated: the article says MoUs were signed with U.S. private-sector entities and lists what they cover, but gives neither their number nor any value. The email thread's offtake MoU of 23 May 2025 is a different, fictional agreement and gives no value either.")
case("out-of-corpus", "What cause of death did the post-mortem record for the security guard Gul Muhammad?",
     note="Described but not stated: the inquiry cites the Dalbandin post-mortem only for the herder Abdul Wahid (drowning and asphyxia); no document gives a medical cause for Gul Muhammad's death, only that his body was recovered on 15 August.")

OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases))
print(f"wrote {len(cases)} cases to {OUT}")
