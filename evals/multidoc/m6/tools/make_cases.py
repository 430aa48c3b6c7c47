"""Write round-m6.jsonl (50 cases). Run from evals/multidoc/m6 with the project's Python: python tools/make_cases.py"""
import json
from pathlib import Path

A = "Indus Crest"
cases = []

def add(cat, q, facts=None, support=None, note=None, conv=None, history=None):
    c = {"id": f"m6-{len(cases)+1:03d}", "category": cat, "question": q,
         "answerable": bool(support), "facts": facts or [], "support": support or []}
    if conv:
        c["conversation"] = conv
        c["history"] = history or []
    if note:
        c["note"] = note
    cases.append(c)
    return c

# ---------------- paraphrase (10) ----------------
add("paraphrase", "If I hold shares in the Hattar antimony refiner, what payout per share has its board put forward for last year?",
    [["PKR 4.50", "Rs 4.50", "4.50", "4.5"]],
    ["The Board has recommended a final cash dividend of PKR 4.50 per share (45 percent)."])
add("paraphrase", "How long does the overland haul of Tajik concentrate into Pakistan usually take?",
    [["eight to twelve days", "8 to 12 days", "eight to twelve", "8 to 12"]],
    ["Tajik concentrate currently travels by truck through Afghanistan via the Torkham crossing, a journey of 1,400 kilometres that takes eight to twelve days and costs about USD 190 per tonne."])
add("paraphrase", "How much ground did the Chitral antimony concession cover, and for what term was it given?",
    [["412 hectares"], ["twenty years", "20 years"]],
    ["The petitioner was granted Mining Lease No. ML-17/2009 on 3 May 2009 for antimony over an area of 412 hectares near Mastuj, Upper Chitral, for a term of twenty years."])
add("paraphrase", "Who are the main foreign customers for Pakistan's pink salt these days?",
    [["United States", "U.S.", "US", "USA"], ["Germany"]],
    ["Rock salt, including Himalayan pink salt, grew 7.8 percent, with the United States and Germany the leading buyers."])
add("paraphrase", "What did Indus Crest get paid per tonne for that first cargo it sent to America?",
    note="Described but not stated: the annual report records the first U.S. shipment (240 tonnes of antimony trioxide, April 2024) but gives no price for it; the only price given is the average realised price for antimony metal, not trioxide.")
add("paraphrase", "Are the people working the furnaces at Hattar checked for poisoning, and how?",
    [["quarterly"], ["blood and urine", "blood", "urine"], ["arsenic"], ["lead"]],
    ["All furnace operators underwent quarterly blood and urine testing for arsenic and lead."])
add("paraphrase", "What proportion of the water it uses does the smelter put back through its circuit?",
    [["64 percent", "64%"]],
    ["Water: the plant recycled 64 percent of its process water in FY2024, up from 51 percent, after a thickener and filter press were added to the scrubber circuit."])
add("paraphrase", "Can Hindukush Minerals go back to digging at Mastuj while the department reconsiders the case?",
    [["no mining operations", "no mining", "cannot", "can not", "not allowed", "not permitted"]],
    ["Till the fresh decision, no mining operations shall be carried out in the lease area."])
add("paraphrase", "How many tonnes of ore came out of the Mastuj lease in 2023?",
    note="Described but not stated: the judgment gives 2,940 tonnes for 2022 (from the petitioner's own reply) but says the petitioner placed no production figures for 2023 on record.")
add("paraphrase", "Roughly what portion of mineral export earnings this fiscal year came from goods that had been refined or worked in some way?",
    [["41 percent", "41%"]],
    ["Processed and semi-processed products made up 41 percent of mineral export value in July–March, compared with 36 percent a year earlier."])

# ---------------- synthesis (6) ----------------
add("synthesis", "On what grounds was the Mastuj antimony lease cancelled?",
    [["royalty", "dead rent"], ["production returns"], ["beyond the lease boundary", "lease boundary", "boundary"], ["mine closure plan", "closure plan"]],
    ["The impugned order rests on four grounds: (i) arrears of royalty and annual dead rent amounting to PKR 38.6 million; (ii) failure to file annual production returns for the years 2020, 2021 and 2022; (iii) mining beyond the lease boundary; and (iv) failure to submit a mine closure plan."])
add("synthesis", "What stands in the way of Pakistan becoming a processing hub for Central Asian ores, according to the CRRS commentary?",
    [["Torkham", "border", "route"], ["Chinese traders", "pre-finance", "prepayments"], ["arsenic"], ["customs duty", "2 percent"], ["domestic feed", "lease"]],
    ["The border is closed without warning several times a year, and every closure strands trucks on both sides.",
     "Chinese traders typically pre-finance Tajik mines against future concentrate, locking up output for two to three years.",
     "Central Asian antimony concentrates often carry high arsenic, and Pakistan has no licensed hazardous-waste facility for arsenic-bearing residues.",
     "Imported concentrate bears a 2 percent customs duty that is refunded only after the refined product is exported, tying up working capital for months.",
     "Domestic feed is uncertain too: in March 2025 the Peshawar High Court set aside the cancellation of a large antimony lease in Chitral but sent the case back to the provincial authority, leaving supply suspended for now."])
add("synthesis", "Give me a rundown of the main developments at Indus Crest in FY2024.",
    [["Furnace No. 2", "second furnace"], ["Mastuj"], ["United States", "U.S.", "US"], ["Kansai"], ["baghouse", "arsenic capture"]],
    ["Furnace No. 2, a 14-tonne short rotary furnace supplied by a Turkish fabricator, was commissioned in February 2024, raising the plant's nameplate capacity from 1,800 to 3,000 tonnes per annum of contained antimony.",
     "Deliveries from the Mastuj lease in Upper Chitral, our largest domestic source, stopped after the provincial Mines and Minerals Department cancelled the lease in November 2023.",
     "In April 2024 the Company made its first shipment to the United States, 240 tonnes of antimony trioxide for a flame-retardant compounder in Ohio.",
     "In June 2024 the Company signed a three-year offtake memorandum of understanding with Kansai Rare Metals Trading Co. of Osaka for up to 600 tonnes a year of antimony metal.",
     "A new baghouse and arsenic capture unit costing PKR 610 million was installed in May 2024 so that stack emissions meet the provincial environmental quality standards."])
add("synthesis", "What exactly did the High Court order in the Hindukush Minerals petition?",
    [["set aside"], ["sixty days", "60 days"], ["PKR 20 million", "20 million"], ["no mining operations", "no mining"], ["demarcation"]],
    ["The impugned order dated 12 October 2023 is set aside and the matter is remitted to the Licensing Authority, which shall decide it afresh after affording a personal hearing to the petitioner, within sixty days of receipt of this judgment.",
     "As a condition of this relief, the petitioner shall deposit PKR 20 million towards the admitted arrears within thirty days, failing which the impugned order shall stand revived.",
     "Till the fresh decision, no mining operations shall be carried out in the lease area.",
     "The Inspector of Mines shall, before the hearing, carry out a fresh demarcation of the lease boundary in the presence of the petitioner's representative and place a surveyed map on the record."])
add("synthesis", "Where does Pakistani antimony end up? Pull together what the sources say about its export markets.",
    [["United States", "U.S.", "US"], ["Japan"], ["Netherlands", "Europe"]],
    ["The United States was the largest destination for antimony for the first time, taking 742 tonnes or 38.1 percent of the total.",
     "Japan, the Netherlands and the United Arab Emirates followed.",
     "Europe remained the largest market, followed by Japan and, from the fourth quarter, the United States."])
add("synthesis", "What does the think tank recommend Pakistan do?",
    [["bonded"], ["transit protocol"], ["hazardous-waste facility", "hazardous waste"], ["Special Investment Facilitation Council", "SIFC"], ["minerals processing policy", "processing policy"]],
    ["Designate bonded mineral processing zones where imported concentrate can be processed and re-exported without paying customs duty.",
     "Negotiate a transit protocol with Afghanistan that allows sealed concentrate containers to cross under a single guarantee, with agreed notice before border closures.",
     "Build a licensed hazardous-waste facility for arsenic-bearing residues, ideally shared by all processing plants in the Hattar area.",
     "Use the Special Investment Facilitation Council to market tolling capacity to Central Asian producers, rather than only promoting Pakistani deposits.",
     "Publish a minerals processing policy that sets out tax treatment for tolling income, so that investors can price a new smelter before they commit."])

# ---------------- comparison (5) ----------------
add("comparison", "How do the smelter's annual report and the CRRS commentary differ on how much of the Hattar plant's feed comes from Tajikistan?",
    [["32 percent", "32%"], ["40 percent", "40%"]],
    ["In FY2024, 38 percent of the feed came from Chitral, 30 percent from Qila Abdullah in Balochistan and 32 percent from concentrate imported from Tajikistan.",
     "Indus Crest Antimony's smelter at Hattar, the only antimony smelter of scale in the country, drew roughly 40 percent of its feed from Tajik concentrate in 2024."])
add("comparison", "The company report says the Mastuj lease was cancelled in November 2023. Does the court's account of the dates match?",
    [["12 October 2023"], ["14 November 2023"]],
    ["Deliveries from the Mastuj lease in Upper Chitral, our largest domestic source, stopped after the provincial Mines and Minerals Department cancelled the lease in November 2023.",
     "By order dated 12 October 2023 the Director General, Mines and Minerals (respondent No. 2), cancelled the lease, and the order was communicated to the petitioner on 14 November 2023."])
add("comparison", "What does it cost per tonne to bring Tajik concentrate into Pakistan - do Indus Crest and CRRS give the same number?",
    [["205"], ["190"]],
    ["Imported concentrate is trucked from the Tajik border through Afghanistan and enters Pakistan at Torkham; the average landed transport cost in FY2024 was USD 205 per tonne.",
     "Tajik concentrate currently travels by truck through Afghanistan via the Torkham crossing, a journey of 1,400 kilometres that takes eight to twelve days and costs about USD 190 per tonne."])
add("comparison", "How does America's import reliance for antimony, as the think tank puts it, compare with its reliance for rare earths in the NSP-2022 article?",
    [["more than 80 percent", "over 80 percent", "more than 80%", "over 80%"], ["China"]],
    ["The United States has had no primary antimony mine in production since 2016 and relies on imports for more than 80 percent of its consumption.",
     "The U.S. imports 80% of its REEs from China."])
add("comparison", "How do antimony metal export volumes so far this fiscal year stack up against the whole of last year?",
    [["1,947", "1947"], ["1,212", "1212"]],
    ["Full-year exports of antimony (HS 8110) in fiscal year 2023-24 were 1,212 tonnes, as reported in Bulletin No. 12/2023-24.",
     "In the first nine months of fiscal year 2024-25 exports have already reached 1,947 tonnes."])

# ---------------- why-how (5) ----------------
add("why-how", "Why would Indus Crest buy imported Tajik concentrate when it costs more than local ore?",
    [["arsenic"], ["0.3 percent", "0.3%"], ["flame-retardant grade", "flame-retardant", "flame retardant"]],
    ["Imported concentrate is more expensive per tonne of contained antimony, but its arsenic content is below 0.3 percent, which lowers the cost of dust handling and allows a higher share of the output to meet the specification for flame-retardant grade trioxide."])
add("why-how", "Why did the judges strike down the cancellation order?",
    [["reply"], ["hearing", "personal hearing"]],
    ["We are therefore of the view that the impugned order, passed without considering the petitioner's reply and without affording a hearing, cannot be sustained.",
     "The impugned order does not refer to the reply, does not deal with any of its contents and does not record why the instalment proposal was rejected."])
add("why-how", "How does the commerce ministry explain that its antimony export numbers look low next to what companies report?",
    [["antimony oxides", "oxides", "trioxide"], ["inorganic chemicals", "chemicals"]],
    ["Antimony oxides (HS 2825.80) are classified as inorganic chemicals and are not included in the antimony figures in this bulletin.",
     "Readers comparing these figures with company reports should note that a large part of Pakistani antimony output is sold as antimony trioxide and therefore appears under chemicals."])
add("why-how", "why did chromite exports drop this year?",
    [["ferrochrome", "Chinese ferrochrome"], ["Muslim Bagh"]],
    ["Chromite exports fell 21.7 percent because of weaker demand from Chinese ferrochrome producers and the suspension of several leases in Muslim Bagh for non-payment of dues."])
add("why-how", "How does the commentary argue that antimony could pay off sooner than rare earths for U.S.-Pakistan cooperation?",
    [["already exists", "processing plant already exists", "already running"], ["decade"]],
    ["Washington's interest in Pakistani minerals has so far centred on rare earths and copper, but antimony may offer quicker results because a processing plant already exists.",
     "A rare earth separation plant or a copper refinery would take the better part of a decade to plan, finance and build; an antimony smelter is already running at Hattar."])

# ---------------- table (4) ----------------
add("table", "What average price per tonne did the smelter realise for antimony metal in FY2021?",
    [["8,900", "8900"]],
    ["Average realised price, metal (USD per tonne) 6,450 8,900 12,700 11,300 13,050"])
add("table", "What was the value of chromite exports in July–March of FY24?",
    [["61.7"]],
    ["Chromite ore and concentrate 6.2 7.9 48.3 61.7 -21.7"])
add("table", "total mineral exports in November 2024?",
    [["58.9"]],
    ["November 2024 58.9"])
add("table", "How much did Pakistan earn from gemstone exports in March 2025?",
    note="Described but not stated: Table 1 shows 'c' (confidential) for gemstones in March 2025; the value is suppressed because fewer than three exporters shipped and is folded into 'Other minerals'.")

# ---------------- named-document (4) ----------------
add("named-document", "In the smelter's annual report, what does the company say it would need before it could toll-treat Central Asian concentrate?",
    [["customs regime"], ["re-exported", "without paying duty"]],
    ["The Company is also exploring whether to toll-treat concentrate for Central Asian producers, which would require a customs regime allowing imported material to be processed and re-exported without paying duty."])
add("named-document", "What did Justice Yousafzai add in her separate note to the Mastuj judgment?",
    [["environmental", "environment"], ["waste rock"], ["Mastuj River", "tributary"]],
    ["I would add only that the Licensing Authority, when it rehears the matter, should bear in mind the environmental condition of the lease area.",
     "The record contains a letter of the District Environment Officer dated 2 March 2023 reporting that waste rock from the lease had been tipped into a tributary of the Mastuj River."])
add("named-document", "According to the Ministry of Commerce bulletin, when does the next issue come out and what month will it cover?",
    [["15 May 2025"], ["April 2025"]],
    ["The next bulletin, covering April 2025, will be released on 15 May 2025."])
add("named-document", "In Indus Crest's annual report, who is lending the money for the Phase III expansion?",
    note="Described but not stated: the annual report gives Phase III's size (2,000 tpa), cost (USD 38 million) and target date (FY2027) but says the financing structure has not been finalised; no lender is named.")

# ---------------- conversations (10) ----------------
h = []
def turn(q, facts=None, support=None, answer=None, conv=None, note=None):
    c = add("conversation", q, facts, support, note=note, conv=conv, history=list(h))
    h.extend([{"role": "user", "content": q}, {"role": "assistant", "content": answer}])
    return c

# conversation 1 (4 turns): court case -> switch to smelter -> return to case
h = []
turn("What was the Mastuj lease case in the Peshawar High Court about?",
     [["antimony"], ["cancelled", "cancellation", "cancel"], ["set aside"]],
     ["Through this constitutional petition under Article 199 of the Constitution of the Islamic Republic of Pakistan, 1973, the petitioner has called in question the order of the Director General, Mines and Minerals, Khyber Pakhtunkhwa, whereby its mining lease for antimony in Upper Chitral was cancelled.",
      "The impugned order dated 12 October 2023 is set aside and the matter is remitted to the Licensing Authority, which shall decide it afresh after affording a personal hearing to the petitioner, within sixty days of receipt of this judgment."],
     "Hindukush Minerals challenged the Director General's order of 12 October 2023 cancelling its antimony lease near Mastuj, Upper Chitral. On 6 March 2025 the court set the order aside and sent the matter back to the Licensing Authority to decide afresh after a personal hearing.",
     conv="m6-c1")
turn("Did the smelter that bought its ore get any say in it?",
     [["dismissed"], ["private contract"]],
     ["Being a purchaser under a private contract, the applicant has no legal character in respect of the lease and its grievance, if any, lies against the petitioner in contract; C.M. No. 1123-M/2024 is accordingly dismissed."],
     "No. Indus Crest Antimony applied to be made a party, but the court dismissed the application because a purchaser under a private contract has no legal standing in respect of the lease.",
     conv="m6-c1")
turn("Switching topics for a second: how much did that smelter spend on its new arsenic control equipment, and when did it go in?",
     [["PKR 610 million", "610 million", "Rs 610 million"], ["May 2024"]],
     ["A new baghouse and arsenic capture unit costing PKR 610 million was installed in May 2024 so that stack emissions meet the provincial environmental quality standards."],
     "Indus Crest installed a new baghouse and arsenic capture unit costing PKR 610 million in May 2024.",
     conv="m6-c1")
turn("Back to the lease dispute - did the department restore it after the rehearing?",
     conv="m6-c1",
     note="Not covered: the judgment (6 March 2025) remits the case for a fresh decision within sixty days; no document reports the Licensing Authority's later decision.")

# conversation 2 (3 turns): export bulletin
h = []
turn("What were Pakistan's total mineral exports in March 2025?",
     [["61.4"], ["12.9 percent", "12.9%"]],
     ["Provisional data show mineral exports of USD 61.4 million in March 2025, 12.9 percent higher than in March 2024."],
     "Provisionally USD 61.4 million, 12.9 percent more than in March 2024.",
     conv="m6-c2")
turn("Which commodity makes up the biggest part of that?",
     [["copper"]],
     ["Copper remained the largest single commodity, accounting for 35 percent of mineral exports in July–March.",
      "Copper (concentrate, blister and cathode) 21.8 19.6 176.4 158.9 11.0"],
     "Copper: USD 21.8 million in March, and about 35 percent of mineral exports over July–March.",
     conv="m6-c2")
turn("Have they revised any of the earlier monthly numbers?",
     [["February"], ["55.2"], ["56.0", "56"]],
     ["The February 2025 total has been revised from USD 55.2 million to USD 56.0 million following late filing of goods declarations at Sost dry port."],
     "Yes, February 2025 was revised up from USD 55.2 million to USD 56.0 million after late goods declarations at Sost dry port.",
     conv="m6-c2")

# conversation 3 (3 turns): Central Asia commentary
h = []
turn("What minerals agreements does Pakistan have with Central Asian countries, according to the CRRS piece?",
     [["Tajikistan"], ["memorandum of understanding", "MoU"], ["Kazakhstan"], ["working group"]],
     ["In June 2024 Pakistan and Tajikistan signed a memorandum of understanding on geology and mineral resources in Dushanbe, which provides for joint mapping, exchange of geological data and training of Tajik geologists in Quetta.",
      "A Pakistan-Kazakhstan joint working group on critical minerals held its first meeting in Astana in November 2024 and agreed to study tungsten and rare earth processing, but it has not yet produced a work plan."],
     "Two: a June 2024 MoU with Tajikistan on geology and mineral resources, and a Pakistan-Kazakhstan joint working group on critical minerals that first met in Astana in November 2024. There is nothing equivalent with Uzbekistan or Kyrgyzstan.",
     conv="m6-c3")
turn("Has the Kazakh one actually produced anything yet?",
     [["work plan"], ["tungsten"]],
     ["A Pakistan-Kazakhstan joint working group on critical minerals held its first meeting in Astana in November 2024 and agreed to study tungsten and rare earth processing, but it has not yet produced a work plan."],
     "Not much: at its first meeting it agreed to study tungsten and rare earth processing, but it has not yet produced a work plan.",
     conv="m6-c3")
turn("And when is construction of the railway through Afghanistan meant to begin?",
     conv="m6-c3",
     note="Described but not stated: the commentary discusses the Uzbekistan-Afghanistan-Pakistan railway (about USD 4.8 billion) but says financing has not been closed and no construction start date has been fixed.")

# ---------------- out-of-corpus (6) ----------------
add("out-of-corpus", "What is the current London Metal Exchange cash price for copper?",
    note="No document gives copper prices; the bulletin reports only export values.")
add("out-of-corpus", "How many tonnes of tungsten did Pakistan export to Kazakhstan in 2023?",
    note="Tungsten appears only as a Kazakh and Uzbek resource in the commentary and in the article's list of deposits; no document gives tungsten trade figures.")
add("out-of-corpus", "Who is the current chief minister of Khyber Pakhtunkhwa?",
    note="Not covered by any document.")
add("out-of-corpus", "What does Pakistan's National Minerals Policy say about incentives for foreign mining investors?",
    note="No document discusses a National Minerals Policy; the commentary only calls for a future minerals processing policy.")
add("out-of-corpus", "How many coal miners died in accidents in Balochistan last year?",
    note="No document covers coal mining or mine accident statistics; the only safety figures are the Hattar smelter's lost-time injuries.")
add("out-of-corpus", "What share of global lithium production does Australia account for?",
    note="Lithium and Australia are not covered by any document.")

out = Path(__file__).resolve().parent.parent / "round-m6.jsonl"
out.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases))
from collections import Counter
print(len(cases), Counter(c["category"] for c in cases), sum(not c["answerable"] for c in cases))
