"""Write round-m8.jsonl. Run from the round's folder (evals/multidoc/m8): python tools/make_round.py"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "round-m8.jsonl"
cases = []


def add(cat, q, facts=None, support=None, note=None, conv=None, history=None):
    c = {"id": f"m8-{len(cases) + 1:03d}", "category": cat, "question": q,
         "answerable": bool(facts), "facts": facts or [], "support": support or []}
    if note:
        c["note"] = note
    if conv is not None:
        c["conversation"] = conv
        c["history"] = history or []
    cases.append(c)


# ---------------- paraphrase (6 answerable + 2 traps) ----------------
add("paraphrase",
    "How much did the Muslim Bagh chrome producer hand over to the provincial treasury as its extraction dues for 2025?",
    [["PKR 318 million"]],
    ["We paid royalties of PKR 318 million to the Government of Balochistan in 2025, together with PKR 96 million in provincial and district levies."])
add("paraphrase",
    "In the sociologists' door-to-door study, what proportion of families felt that digging for ore had done nothing for them?",
    [["Sixty-one percent", "61 percent"]],
    ["Sixty-one percent of respondents said that mining had brought no benefit to their household."])
add("paraphrase",
    "Which piece of equipment installed early in 2025 let the chrome company's plant get by on less water per unit of output?",
    [["second thickener"]],
    ["The fall in water intensity came from a second thickener commissioned in March 2025 that returns clarified water to the spiral circuit."])
add("paraphrase",
    "How concentrated did the most toxic form of the metal get in the liquid leaking from under the waste heaps?",
    [["0.19 milligrams per litre"]],
    ["Hexavalent chromium in seepage reached 0.19 milligrams per litre."])
add("paraphrase",
    "What were buyers paying for Pakistani chrome delivered to Chinese harbours at the start of September 2026?",
    [["USD 265-280 per tonne"]],
    ["Pakistani chrome concentrate was quoted at USD 265-280 per tonne CIF Chinese ports in early September, a discount to South African material that the portal attributed to higher silica content and irregular shipment sizes."])
add("paraphrase",
    "How large is Beijing's stock of rare earths in the ground, by weight, according to the NSP article?",
    [["44 million tons"]],
    ["China dominates the global rare earth Elements (REE) sector, holding reserves of 44 million tons and accounting for nearly 85% of worldwide production, processing, and supply."])
add("paraphrase",
    "What chromium oxide grade does Zhob Valley Chrome's concentrate carry?",
    note="Trap (described but not stated): the sustainability report, the China Media Monitor and the abstracts discuss the concentrate's tonnage, price, destinations and silica-related discount, but no document gives its Cr2O3 grade.")
add("paraphrase",
    "At what percentage of sale value does Balochistan levy its royalty on chromite?",
    note="Trap (described but not stated): the sustainability report gives the royalty amount paid (PKR 318 million) and the household survey says few people know about royalties, but no document states a royalty rate.")

# ---------------- synthesis (10) ----------------
add("synthesis",
    "What do the different sources say about water use in chromite processing around Muslim Bagh?",
    [["5.6"], ["between 8 and 11 cubic metres"], ["1.1 cubic metres"], ["small washing plants recycle nothing"]],
    ["Water intensity (cubic metres per tonne of concentrate) 5.6 6.4",
     "These figures cover only our own plant; they do not include the independent washing plants in the valley that process ore bought from small leaseholders.",
     "Using plant interviews and pump logs, we estimate that the washing plants of the valley use between 8 and 11 cubic metres of water per tonne of concentrate when all operators, including small independent plants without recycling, are counted together.",
     "The pilot used 1.1 cubic metres of water per tonne of concentrate, almost all of it for dust suppression, compared with 5.6 cubic metres per tonne in the existing wet spiral circuit.",
     "But the valley as a whole is using something like 8 to 11 cubic metres a tonne, because the small washing plants recycle nothing."])
add("synthesis",
    "What has been reported about the chromite shipment from Gwadar in June 2026?",
    [["12,000 tonnes"], ["8,500 tonnes"], ["10,400 tonnes"]],
    ["Under events after the reporting period, we record that a trial shipment of 12,000 tonnes of concentrate was loaded at Gwadar on 9 June 2026.",
     "The weekly reported that Gwadar port had loaded its first bulk cargo of chromite, 8,500 tonnes bound for Tianjin, on 11 June 2026.",
     "When I asked the port, an official told me 10,400 tonnes."])
add("synthesis",
    "Across these documents, what is said about the cost of the proposed ferrochrome smelter?",
    [["USD 185 million"], ["USD 240 million"], ["captive plant would add to capital cost"], ["nobody knows until the pre-feasibility study is done"]],
    ["The study assumes a capacity of 60,000 tonnes of ferrochrome per year at the Hub Industrial Estate in Lasbela district, with an estimated capital cost of USD 185 million and an installed electrical load of 72 MW.",
     "It put the cost of the planned ferrochrome smelter at USD 240 million, well above the figure given by the company, once a captive power plant is included.",
     "The Hub area grid cannot supply this without a new 220 kV connection, and a captive plant would add to capital cost.",
     "The honest answer is that nobody knows until the pre-feasibility study is done, and the difference is mostly about whether you build your own power plant."])
add("synthesis",
    "How much electricity would the ferrochrome smelter need?",
    [["72 MW"], ["between 80 and 90 MW"], ["Hub grid is already stretched"]],
    ["The study assumes a capacity of 60,000 tonnes of ferrochrome per year at the Hub Industrial Estate in Lasbela district, with an estimated capital cost of USD 185 million and an installed electrical load of 72 MW.",
     "Based on typical submerged arc furnace consumption, we estimate that such a smelter would need between 80 and 90 MW of firm power, more than the installed load quoted in public statements.",
     "Because a ferrochrome furnace eats electricity around the clock, and the Hub grid is already stretched."])
add("synthesis",
    "Which of the documents say where the ferrochrome smelter would be built, and what do they say?",
    [["Hub Industrial Estate"], ["near Gwadar"], ["simply wrong"], ["Lasbela district"]],
    ["The study assumes a capacity of 60,000 tonnes of ferrochrome per year at the Hub Industrial Estate in Lasbela district, with an estimated capital cost of USD 185 million and an installed electrical load of 72 MW.",
     "It also stated that the smelter would be built \"near Gwadar\", which the author saw as a sign that U.S. business was seeking a foothold close to the CPEC terminus.",
     "The company's own public statements place the proposed smelter at the Hub Industrial Estate in Lasbela district, not near Gwadar.",
     "One of them claimed the smelter would be near Gwadar, which is simply wrong; the company's documents say Hub.",
     "Recent announcements of a proposed 60,000 tonne per year high-carbon ferrochrome smelter in Lasbela district raise the question of power."])
add("synthesis",
    "How much chromite does Zhob Valley Chrome send to China, according to the different sources?",
    [["59,700"], ["around 90,000 tonnes a year"], ["about sixty thousand tonnes"]],
    ["China 59,700 55,100 83%",
     "The article named Zhob Valley Chrome as the largest single Pakistani supplier, shipping \"around 90,000 tonnes a year\" to mills in Inner Mongolia and Sichuan, and said smaller traders in Muslim Bagh and Khanozai account for the rest.",
     "Most of Zhob Valley's concentrate goes to China, about sixty thousand tonnes last year, and the Chinese mills have had annual contracts since 2016."])
add("synthesis",
    "What has been said about how China sees Pakistan's minerals cooperation with the United States?",
    [["monitoring any U.S. presence near Gwadar"], ["No official Chinese government statement"], ["more suspicious"], ["brief Beijing in advance"]],
    ["Economic competitiveness — Chinese analysts are monitoring any U.S. presence near Gwadar or CPEC logistics corridors.",
     "No official Chinese government statement on Pakistan-U.S. minerals cooperation appeared during the period.",
     "The strategic journals in Beijing are more suspicious.",
     "We propose that Islamabad brief Beijing in advance on each U.S.-linked project so that commercial diversification is not read as strategic realignment."])
add("synthesis",
    "What do the documents say about claims that U.S. mineral activity could lead to a military base in Balochistan?",
    [["No document, statement, or verified leak supports U.S. basing negotiations"], ["rejected the claim"], ["There is no evidence for that"], ["contains no provisions on security"]],
    ["No document, statement, or verified leak supports U.S. basing negotiations.",
     "The most-liked replies rejected the claim, citing Pakistani government denials and noting that the published memoranda cover only exploration, processing and civilian logistics.",
     "There is no evidence for that.",
     "The memorandum is non-binding and contains no provisions on security, land outside the Hub estate or port facilities."])
add("synthesis",
    "What do the sources say about deaths at Zhob Valley Chrome in 2025?",
    [["Abdul Wahid"], ["recorded under transport incidents"], ["Two people died"]],
    ["We also lost a colleague, Abdul Wahid, in an underground accident at the Jang Tor mine in August, and nothing in this report matters more than making sure that does not happen again.",
     "Separately, a driver employed by a haulage contractor died in a road accident on the N-50 highway in November; this is recorded under transport incidents and investigated with the contractor.",
     "Two people died working for Zhob Valley in 2025: a miner underground at Jang Tor and a contract truck driver on the N-50."])
add("synthesis",
    "Do local communities benefit from mineral extraction? Gather what the documents say.",
    [["PKR 212 million"], ["no benefit to their household"], ["what the royalties are spent on"], ["Intensify grievances"]],
    ["Our community investment in 2025 was PKR 212 million.",
     "Sixty-one percent of respondents said that mining had brought no benefit to their household.",
     "I would add one: tell people in the district what the royalties are spent on.",
     "Intensify grievances"])

# ---------------- comparison (5 answerable + 1 trap) ----------------
add("comparison",
    "How does the share of U.S. rare earth imports from China in the NSP article compare with the figure in the Chinese press summary?",
    [["80%"], ["70 percent"]],
    ["The U.S. imports 80% of its REEs from China.",
     "A feature on global rare earth supply argued that U.S. interest in Pakistan is driven by dependence on China, stating that the United States imports about 70 percent of its rare earth compounds and metals from China."])
add("comparison",
    "How did Zhob Valley Chrome's water intensity and recycling change from 2024 to 2025?",
    [["5.6"], ["6.4"], ["57%"], ["49%"]],
    ["Water intensity (cubic metres per tonne of concentrate) 5.6 6.4",
     "Water recycled in the plant 57% 49%"])
add("comparison",
    "Compare the cost of trucking concentrate to Karachi given by the chrome company with the figure in the freight study.",
    [["USD 41 per tonne"], ["38"]],
    ["Concentrate is trucked about 720 km from Muslim Bagh to Port Qasim in Karachi, at a cost of about USD 41 per tonne.",
     "Muslim Bagh to Karachi (Port Qasim) 720 38 0 34"])
add("comparison",
    "How did the dry magnetic separation pilot compare with the wet circuit?",
    [["1.1 cubic metres"], ["5.6 cubic metres"], ["78 percent"], ["86 percent"]],
    ["The pilot used 1.1 cubic metres of water per tonne of concentrate, almost all of it for dust suppression, compared with 5.6 cubic metres per tonne in the existing wet spiral circuit.",
     "Chromite recovery was lower, at 78 percent against 86 percent for the wet circuit, because fine particles below 75 microns were lost to the dust collector."])
add("comparison",
    "How does the concentrate a 60,000-tonne ferrochrome smelter would need compare with what Zhob Valley Chrome actually produces?",
    [["150,000 tonnes"], ["74,200 tonnes"]],
    ["We also note that a smelter of this size needs roughly 150,000 tonnes of concentrate a year, about twice the current output of the largest producer in Muslim Bagh.",
     "The concentration plant produced 74,200 tonnes of chromite concentrate, an increase of 11 percent on the previous year."])
add("comparison",
    "How did Zhob Valley Chrome's total water withdrawal compare with the volume drawn by the small independent washing plants in the valley?",
    note="Trap (described but not stated): the sustainability report gives ZVC's own withdrawal (415,500 cubic metres) and says the independent plants are excluded; the abstracts give only a valley-wide intensity range (8 to 11 cubic metres per tonne), never a withdrawal volume for the small plants.")

# ---------------- why-how (3 answerable + 1 trap) ----------------
add("why-how",
    "Why is the Gwadar route not yet competitive for chromite exports, according to the freight study?",
    [["security escorts on the M-8"], ["fewer return loads"], ["USD 14 per tonne"]],
    ["The Gwadar route is longer, requires security escorts on the M-8 and has fewer return loads, which raises the rate per tonne.",
     "Gwadar becomes competitive only if ocean freight to Chinese ports is at least USD 14 per tonne lower than from Karachi, which has not yet been observed."])
add("why-how",
    "Why would a Pakistani ferrochrome smelter worry Chinese ferroalloy mills, according to the Chinese commentary?",
    [["lose a source of feed"], ["close and reliable"]],
    ["The author's main concern was commercial: if Pakistani concentrate is smelted at home and sold to the United States, Chinese mills lose a source of feed that, while small, is close and reliable."])
add("why-how",
    "Why would a U.S.-linked smelter not push Chinese buyers out of Pakistani chromite in the short term?",
    [["current output cannot supply both"]],
    ["This paper argues that chromite is a useful test case for Pakistan's stated policy of diversifying partners without compromising core relationships: a U.S.-linked smelter would not displace Chinese buyers in the short term, because current output cannot supply both."])
add("why-how",
    "How does Zhob Valley Chrome plan to finance the ferrochrome smelter?",
    note="Trap (described but not stated): the smelter's capital cost (USD 185 million vs USD 240 million), power, site and offtake option are discussed, but no document says how it would be financed.")

# ---------------- table (4) ----------------
add("table",
    "How many tonnes of concentrate did Zhob Valley Chrome export to the United Arab Emirates in 2024?",
    [["4,300"]],
    ["United Arab Emirates 6,500 4,300 9%"])
add("table",
    "What was Zhob Valley Chrome's lost-time injury frequency rate in 2024?",
    [["0.61"]],
    ["Lost-time injury frequency rate (per million hours) 0.42 0.61"])
add("table",
    "Which monitoring well in the Muslim Bagh valley showed the largest fall in the water table, and how deep was the water there in 2026?",
    [["MB-07"], ["24.7"], ["7.9"]],
    ["MB-07 Jang Tor road, near washing plants 16.8 24.7 7.9"])
add("table",
    "By truck from Muslim Bagh to Gwadar, what are the distance, the escort charge and the transit time?",
    [["1,010"], ["6"], ["46"]],
    ["Muslim Bagh to Gwadar 1,010 51 6 46"])

# ---------------- named-document (3 answerable + 1 trap) ----------------
add("named-document",
    "According to the China Media Monitor, what share of China's chromite imports came from Pakistan in January-August 2026?",
    [["1.6 percent"]],
    ["Pakistan nevertheless supplied only 1.6 percent of China's chromite imports over the period, far behind South Africa."])
add("named-document",
    "In the Corridor Conversations podcast, what does the mining economist want the government to do?",
    [["Publish the memoranda"], ["meter groundwater"], ["tell Beijing in advance"]],
    ["Publish the memoranda, so that rumours about bases have nothing to feed on.",
     "Require every operator in the valley, not only the big one, to meter groundwater.",
     "And tell Beijing in advance about each American-linked project."])
add("named-document",
    "What does the Word book of symposium abstracts report about household wells near the tailings, and what does it recommend?",
    [["Three of the eleven household wells"], ["provincial register of abandoned dumps"]],
    ["Three of the eleven household wells exceeded the guideline value of 0.05 milligrams per litre used in this study.",
     "We recommend a provincial register of abandoned dumps and a funded programme to cap them."])
add("named-document",
    "According to the book of abstracts, what did the Provincial Secretary for Mines and Minerals say in the opening keynote?",
    note="Trap (described but not stated): the programme note says the keynote on the future of Balochistan's minerals sector was given by the Provincial Secretary, but no abstract was submitted and its content is never reported.")

# ---------------- conversation (8: 3 + 3 + 2) ----------------
A = "m8-cA"
qa1 = "What is the ferrochrome project that Zhob Valley Chrome signed up for?"
aa1 = ("In March 2026 ZVC signed a non-binding MoU with Ridgeline Alloys LLC of Pittsburgh for a pre-feasibility study of a "
       "60,000 tonne-a-year high-carbon ferrochrome smelter at the Hub Industrial Estate, estimated at USD 185 million.")
qa2 = "How much of its output would the American company get?"
aa2 = "Ridgeline has an option to buy up to 70 percent of the smelter's output."
add("conversation", qa1,
    [["Ridgeline Alloys LLC"], ["60,000 tonnes"]],
    ["On 18 March 2026 ZVC signed a memorandum of understanding with Ridgeline Alloys LLC of Pittsburgh to carry out a joint pre-feasibility study for a high-carbon ferrochrome smelter.",
     "The study assumes a capacity of 60,000 tonnes of ferrochrome per year at the Hub Industrial Estate in Lasbela district, with an estimated capital cost of USD 185 million and an installed electrical load of 72 MW."],
    conv=A, history=[])
add("conversation", qa2,
    [["up to 70 percent"]],
    ["Under the memorandum Ridgeline has an option to purchase up to 70 percent of the smelter's output."],
    conv=A, history=[{"role": "user", "content": qa1}, {"role": "assistant", "content": aa1}])
add("conversation", "Does the podcast transcript think its cost estimate can be trusted?",
    [["nobody knows until the pre-feasibility study is done"], ["own power plant"]],
    ["The honest answer is that nobody knows until the pre-feasibility study is done, and the difference is mostly about whether you build your own power plant."],
    conv=A, history=[{"role": "user", "content": qa1}, {"role": "assistant", "content": aa1},
                     {"role": "user", "content": qa2}, {"role": "assistant", "content": aa2}])

B = "m8-cB"
qb1 = "What did the symposium's hydrogeologists find about groundwater in the Muslim Bagh valley?"
ab1 = ("Measuring nine monitoring wells in the dry seasons of 2019 and 2026, they found the water table fell by 4.7 metres "
       "on average over seven years.")
qb2 = "Changing the subject: what did the Chinese press say about Gwadar's hopes for mineral cargo?"
ab2 = ("The Silk Road Economic Observer quoted an unnamed port official saying Gwadar hopes to handle several hundred "
       "thousand tonnes of minerals a year within five years.")
add("conversation", qb1,
    [["nine monitoring wells"], ["4.7 metres"]],
    ["We measured depth to groundwater at nine monitoring wells in the Muslim Bagh valley in the dry season of 2019 and again in the dry season of 2026.",
     "The average decline across the nine wells was 4.7 metres over seven years."],
    conv=B, history=[])
add("conversation", qb2,
    [["several hundred thousand tonnes of minerals a year"]],
    ["It described the shipment as proof that the CPEC road network can carry mineral exports from northern Balochistan to the sea, and quoted an unnamed official of the port operator as saying that Gwadar hopes to handle \"several hundred thousand tonnes of minerals a year\" within five years."],
    conv=B, history=[{"role": "user", "content": qb1}, {"role": "assistant", "content": ab1}])
add("conversation", "Going back to the groundwater study: where were the declines steepest, and how much water do they think the washing plants use?",
    [["within two kilometres of chromite washing plants"], ["between 8 and 11 cubic metres"]],
    ["The steepest declines were recorded at wells within two kilometres of chromite washing plants, and the shallowest at wells upstream of the orchards on the northern fan.",
     "Using plant interviews and pump logs, we estimate that the washing plants of the valley use between 8 and 11 cubic metres of water per tonne of concentrate when all operators, including small independent plants without recycling, are counted together."],
    conv=B, history=[{"role": "user", "content": qb1}, {"role": "assistant", "content": ab1},
                     {"role": "user", "content": qb2}, {"role": "assistant", "content": ab2}])

C = "m8-cC"
qc1 = "What does the NSP article conclude about the idea of a U.S. base in Baluchistan?"
ac1 = ("It finds no evidence of basing talks and says the NSP's principles and political realities make a "
       "Bagram-replacement scenario highly improbable.")
add("conversation", qc1,
    [["highly improbable"]],
    ["Thus, the NSP’s principles, combined with political realities, make a Bagram-replacement scenario highly improbable."],
    conv=C, history=[])
add("conversation", "Has Iran formally protested about it?",
    note="Trap (described but not stated): the article discusses Iran's concerns about any perceived U.S. logistical footprint and the podcast mentions Tehran's possible perceptions, but no document reports a formal Iranian protest or any official Iranian statement.",
    conv=C, history=[{"role": "user", "content": qc1}, {"role": "assistant", "content": ac1}])

# ---------------- out-of-corpus (6) ----------------
add("out-of-corpus", "What are Pakistan's total proven chromite reserves in tonnes?",
    note="No document gives a national chromite reserve figure; they report one company's output and China's import volumes.")
add("out-of-corpus", "What import tariff does the United States charge on ferrochrome from Pakistan?",
    note="No document mentions U.S. tariffs on ferrochrome or any other Pakistani mineral product.")
add("out-of-corpus", "How much copper concentrate did the Reko Diq project export in 2025?",
    note="Reko Diq is not mentioned in any document, and no copper export figures are given.")
add("out-of-corpus", "How many tonnes of copper concentrate did Pakistan export to the United States in 2025?",
    note="No document gives Pakistan's copper exports; the abstracts say U.S. interest has produced memoranda rather than purchases.")
add("out-of-corpus", "What was the Balochistan Mines and Minerals Department's budget for 2026-27?",
    note="No document gives any provincial budget figure for the minerals department.")
add("out-of-corpus", "Which lithium deposits in Pakistan have U.S. companies explored?",
    note="Lithium is not mentioned in any document.")

OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
print(len(cases), "cases written to", OUT)
