"""Write round-m7.jsonl (cases written by hand; this script only serialises them)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "round-m7.jsonl"
cases = []

def add(cid, cat, q, facts=None, support=None, note=None, conv=None, history=None):
    c = {"id": cid, "category": cat, "question": q, "answerable": bool(facts),
         "facts": facts or [], "support": support or []}
    if conv is not None:
        c["conversation"] = conv
        c["history"] = history or []
    if note:
        c["note"] = note
    cases.append(c)

# ---------------- paraphrase (10: 8 answerable, 2 traps) ----------------
add("m7-001", "paraphrase",
    "In the Karakoram institute's study, what proportion of river-panning families rely on quicksilver to catch the fine gold?",
    [["62 percent", "six in ten"]],
    ["Mercury amalgamation is used by 62 percent of gold-washing households, and only 4 percent of those households own a retort to recapture the mercury."])
add("m7-002", "paraphrase",
    "On average how many mining sites does each working KP inspector have to look after?",
    [["66 leases", "66"]],
    ["Each serving inspector was therefore responsible for an average of 66 leases."])
add("m7-003", "paraphrase",
    "What months do people dig for stones up in the GB high valleys?",
    [["between May and October", "May and October"]],
    ["Gold washing is concentrated in the low-water months from November to March, when the rivers expose gravel bars, while gemstone digging in the high valleys takes place mainly between May and October, when the snow has cleared from the pegmatite workings."])
add("m7-004", "paraphrase",
    "How many KP pitmen were taught to spot firedamp and do rescues with the American fund's backing, and when?",
    [["640"], ["March 2025"]],
    ["In March 2025, 640 miners completed a five-day gas detection and rescue course delivered with support from the Transatlantic Resource Governance Fund."])
add("m7-005", "paraphrase",
    "Who guards the American explorer's camp up in Ghizer - does it bring its own armed people?",
    [["no security contractors"], ["provincial police"]],
    ["We have no security contractors of our own. Site security is provided by the provincial police, and that is how we want it,"])
add("m7-006", "paraphrase",
    "Is there a ceiling on what the grant can spend on purity-testing kit?",
    [["USD 250,000"]],
    ["Assay equipment is an eligible cost, up to USD 250,000 within the pilot budget."])
add("m7-007", "paraphrase",
    "How far along is the U.S. copper-gold explorer with its boreholes in the valley, and when does it decide on more?",
    [["14 holes"], ["next year"]],
    ["Its country manager, Daniel Okafor, says the company has drilled 14 holes so far and will decide next year whether the results justify a second phase."])
add("m7-008", "paraphrase",
    "How close has KP come to its goal for volunteer rescuers in the coal belt?",
    [["212"], ["400"]],
    ["By 30 June 2025, 212 volunteers had been registered, against a target of 400."])
add("m7-009", "paraphrase",
    "What rate per tola are the riverbank buyers paying GB gold washers?",
    note="TRAP (described but not stated): the KIME survey says buyers pay 'well below the prevailing bullion price' but that few respondents would state the exact rate; no document gives a price.")
add("m7-010", "paraphrase",
    "What royalty does Gilgit-Baltistan currently charge on gemstones?",
    note="TRAP (described but not stated): the Frontier Ledger feature says the gemstone royalty rate is 'under review' pending a cabinet decision; the rate itself is never given.")

# ---------------- synthesis (6) ----------------
add("m7-011", "synthesis",
    "What strings did the Washington fund attach to the grant?",
    [["published on the Ministry's website"], ["written consent"], ["security personnel"], ["mid-term review"]],
    ["The grant agreement must be published on the Ministry's website within 30 days of signature.",
     "We need written consent from the governments of Gilgit-Baltistan and Khyber Pakhtunkhwa before any funds are released.",
     "No grant funds may be used for security personnel, weapons or security equipment of any kind.",
     "An independent mid-term review will be carried out at month 18."])
add("m7-012", "synthesis",
    "Across GB and KP, what are the main physical dangers miners face?",
    [["mercury"], ["rockfalls"], ["explosives"], ["Methane explosions"]],
    ["Gemstone diggers blast pegmatite veins with commercial explosives bought informally, often without any training, and most serious injuries in the sample came from rockfalls in unsupported workings.",
     "Among gold washers the main hazard is less visible: mercury is burned off in the open, frequently inside or next to the home, and almost a quarter of gold-washing households described headaches, tremors or other symptoms consistent with mercury vapour exposure.",
     "Methane explosions in coal mines caused 21 of the 37 deaths, and a single explosion at a coal mine in Orakzai in February 2025 killed five workers."])
add("m7-013", "synthesis",
    "What has TRGF actually funded in Pakistani mining so far, across all the sources?",
    [["small grant"], ["640 miners"], ["USD 3.5 million"]],
    ["The survey was funded by a small grant from the Transatlantic Resource Governance Fund (TRGF) and its questionnaire was designed together with the Gilgit-Baltistan Mines and Minerals Department.",
     "In March 2025, 640 miners completed a five-day gas detection and rescue course delivered with support from the Transatlantic Resource Governance Fund.",
     "I am pleased to confirm that the Board approved the grant on 29 May: USD 3.5 million over 36 months, allocated as follows:"])
add("m7-014", "synthesis",
    "Were the Ghizer communities consulted about the exploration licence? What do the different sources say?",
    [["none of the households we surveyed had been consulted"], ["two meetings with village councils"], ["from a cousin"]],
    ["Recent announcements of exploration agreements with U.S. companies have focused national attention on large copper, gold and rare earth prospects, but none of the households we surveyed had been consulted about exploration licences granted in their valleys.",
     "He adds that the company has held two meetings with village councils in Ghizer and will hold more before any drilling near the river.",
     "Sakina Bibi, who washes gold with her two sons below the village of Gakuch, says she learned about the licence from a cousin who works as a driver for the drilling crew."])
add("m7-015", "synthesis",
    "What does the KIME report recommend?",
    [["mobile permit desks"], ["mercury-free gravity concentration"], ["public assay points"], ["consult riverbank communities"]],
    ["Open mobile permit desks that visit each mining district at the start of the washing season, so that a permit no longer requires a trip to Gilgit.",
     "Pilot mercury-free gravity concentration at 20 washing sites in Nagar and Ghizer, at an estimated cost of USD 1.1 million over two years.",
     "Establish public assay points where washers can have the weight and purity of their gold checked before sale.",
     "Require holders of exploration licences to consult riverbank communities before any work begins and to publish the boundaries of their licence areas in Urdu."])
add("m7-016", "synthesis",
    "How do the different documents use NSP-2022 when talking about ordinary people in mining areas?",
    [["citizen-centric development"], ["citizen at the centre"], ["risk being displaced"]],
    ["Using the framework articulated in Pakistan’s National Security Policy (NSP-2022), this article evaluates whether such initiatives advance Pakistan’s geo-economic pivot, strengthen national resilience, and uphold the principles of economic security, citizen-centric development, and strategic autonomy.",
     "Pakistan's National Security Policy 2022 treats economic security as the core of national security and calls for citizen-centric development.",
     "The experience of artisanal miners is a practical test of that promise: if the minerals agenda is defined only by large foreign-backed projects, the people who already make a living from minerals in Gilgit-Baltistan risk being displaced rather than included.",
     "NSP-2022 puts the citizen at the centre of economic security,"])

# ---------------- comparison (5: 4 answerable, 1 trap) ----------------
add("m7-017", "comparison",
    "The GB mines department and KIME give different numbers for artisanal miners - what are they and why the gap?",
    [["25,000"], ["18,500"], ["Diamer and Kohistan"]],
    ["Imtiaz Hussain, a deputy director of the Gilgit-Baltistan Mines and Minerals Department, puts the figure at roughly 25,000 at the height of the season.",
     "A household survey published last month by the Karakoram Institute for Mountain Economies (KIME), a Gilgit research group, arrived at a lower estimate of 18,500 but left the migrant workers out of its count.",
     "The peak-season workforce estimate extrapolates from the sampled villages to the full list of settlements and excludes seasonal workers who travel into the region from Diamer and Kohistan, whom we could not enumerate reliably."])
add("m7-018", "comparison",
    "The ministry's proposal quoted a miner count from KIME - does it match the final survey report?",
    [["20,000"], ["18,500"], ["supersede"]],
    ["Its preliminary results, shared with us in April, point to an estimated 20,000 artisanal miners in Gilgit-Baltistan, most of them gold washers, and to widespread use of mercury with almost no recovery.",
     "We estimate that 18,500 people work in artisanal mining across the five districts at the peak of the season, roughly two-thirds of them in gold washing.",
     "A preliminary version of the results was shared with federal officials in April 2025; the figures in this report supersede the preliminary ones."])
add("m7-019", "comparison",
    "How do official KP mine death figures stack up against the miners' union count?",
    [["37 fatalities", "37"], ["41 fatalities", "41"], ["at least 45 deaths", "45"], ["unlicensed pits"]],
    ["The Directorate recorded 96 reportable accidents in FY 2024-25, resulting in 37 fatalities and 112 serious injuries.",
     "This compares with 41 fatalities in FY 2023-24.",
     "A miners' union in Shangla counted at least 45 deaths in the province's mines in 2024, more than the official toll, because its tally includes unlicensed pits that inspectors never visit."])
add("m7-020", "comparison",
    "What did the ministry ask TRGF for versus what it got?",
    [["USD 4.2 million"], ["USD 3.5 million"], ["Nagar and Ghizer"], ["60 days"]],
    ["We propose a programme of USD 4.2 million over three years with three components:",
     "First, the Board can fund up to USD 3.5 million, not USD 4.2 million.",
     "We would therefore ask the Ministry to limit the gold pilot in its first phase to two districts, Nagar and Ghizer.",
     "The Board accepted the Ministry's request on publication: the grant agreement must now be published within 60 days of signature."])
add("m7-021", "comparison",
    "How many artisanal permits has GB issued this year compared with last year?",
    note="TRAP (described but not stated): the feature says the department 'has been issuing more permits since the spring' but Hussain 'would not say how many had been issued this year'; the survey gives only the 9 percent share of miners holding a permit, no counts for either year.")

# ---------------- why-how (5: 4 answerable, 1 trap) ----------------
add("m7-022", "why-how",
    "Why did the fund want Gilgit district kept out of the first phase of the gold pilot?",
    [["comparison group"]],
    ["Our reason is partly budget, but mainly evidence: the Board wants to measure the pilot's results against a comparison group, and Gilgit district, where washers would carry on as before for now, gives us that comparison."])
add("m7-023", "why-how",
    "Why couldn't the ministry meet the 30-day publication deadline?",
    [["Ministry of Law"], ["six weeks"]],
    ["However, publication of an international agreement requires the concurrence of the Ministry of Law, which normally takes up to six weeks."])
add("m7-024", "why-how",
    "Why does the Nagar gold washer keep using mercury even though he knows it's harmful?",
    [["fine gold goes back into the river"], ["only pays for what he can see"]],
    ["But without it the fine gold goes back into the river, and the buyer only pays for what he can see."])
add("m7-025", "why-how",
    "Why are fewer KP coal miners underground at any one time than the registered total suggests?",
    [["seasonal migrants"], ["six to eight months"]],
    ["Many coal miners in Kohat, Orakzai and Shangla are seasonal migrants from Swat and Shangla who work underground for six to eight months of the year, so the number of workers present at any one time is lower than the registered total."])
add("m7-026", "why-how",
    "How much was mine-death compensation raised to in KP, and why was it revised?",
    note="TRAP (described but not stated): the KP report says compensation for the heirs of killed workers 'was revised during the year' and that 29 of 37 claims were settled, but it gives neither the new amount nor the reason for the revision.")

# ---------------- table (4: 2 PDF, 2 docx) ----------------
add("m7-027", "table",
    "What's the median monthly mining income in Nagar per the GB survey?",
    [["34,500"]],
    ["Nagar 231 Placer gold 3,900 34,500 71"])
add("m7-028", "table",
    "What share of gemstone households reported using explosives without training?",
    [["44"]],
    ["Untrained use of explosives 0 44"])
add("m7-029", "table",
    "How many mine deaths did Kohat have in FY 2024-25?",
    [["12"]],
    ["Kohat 212 9,800 27 12"])
add("m7-030", "table",
    "How many registered mine workers are there in Chitral, where the antimony leases are?",
    [["2,150"]],
    ["Chitral 64 2,150 5 1"])

# ---------------- named-document (4: 3 answerable, 1 trap) ----------------
add("m7-031", "named-document",
    "In the ministry's email of 16 May, when does it say KP gave consent?",
    [["14 May"]],
    ["Khyber Pakhtunkhwa gave its written consent on 14 May."])
add("m7-032", "named-document",
    "In the Frontier Ledger feature, what does Dr Qureshi make of the basing rumours?",
    [["distraction"], ["exploration and logistics"]],
    ["The basing rumours are a distraction. The agreements are about exploration and logistics."])
add("m7-033", "named-document",
    "According to the KP Directorate's FY 2024-25 safety report, how did applications for critical minerals exploration licences change?",
    [["14"], ["39"]],
    ["Applications for exploration licences for critical minerals rose from 14 in FY 2023-24 to 39 in FY 2024-25, mostly for antimony in Chitral and for chromite and associated minerals in Malakand and Mohmand."])
add("m7-034", "named-document",
    "What signing date does the fund's 2 June email set for the grant agreement?",
    note="TRAP (described but not stated): the 2 June email only suggests scheduling the signing 'as soon as we hear from Gilgit'; no signing date is set anywhere.")

# ---------------- conversations (10 turns, 3 conversations) ----------------
hA = []
qA = [
    ("m7-035", "What did the ministry originally pitch to the donor fund?",
     [["USD 4.2 million"], ["three years"]],
     ["We propose a programme of USD 4.2 million over three years with three components:"],
     "It proposed a USD 4.2 million programme over three years: a mercury-free gold and traceability pilot in Gilgit, Nagar and Ghizer, mine rescue and gas detection training in KP, and mobile permit desks with monitoring."),
    ("m7-036", "And what did they end up approving?",
     [["USD 3.5 million"], ["36 months"], ["29 May"]],
     ["I am pleased to confirm that the Board approved the grant on 29 May: USD 3.5 million over 36 months, allocated as follows:"],
     "The TRGF Board approved USD 3.5 million over 36 months on 29 May 2025."),
    ("m7-037", "How much of that goes to the KP piece?",
     [["USD 0.9 million"]],
     ["USD 0.9 million for mine rescue and gas detection training in Khyber Pakhtunkhwa;"],
     "USD 0.9 million is allocated to mine rescue and gas detection training in Khyber Pakhtunkhwa."),
    ("m7-038", "Does the Frontier Ledger piece describe it the same way? What does it say the money pays for?",
     [["USD 3.5 million"], ["mercury-free processing equipment"], ["traceability pilot"], ["mine safety training"]],
     ["In June the Transatlantic Resource Governance Fund, a Washington-based charitable fund, agreed a USD 3.5 million grant with the federal government that will pay for mercury-free processing equipment and a gold traceability pilot in Nagar and Ghizer, along with mine safety training in Khyber Pakhtunkhwa's coal districts."],
     None),
]
for cid, q, f, s, ans in qA:
    add(cid, "conversation", q, f, s, conv="m7-c1", history=list(hA))
    hA += [{"role": "user", "content": q}, {"role": "assistant", "content": ans}]

hB = []
qB = [
    ("m7-039", "What does the KP directorate's report say about how many mine inspectors it has?",
     [["23 sanctioned posts"], ["17 were filled"]],
     ["The Inspectorate has 23 sanctioned posts of Inspector of Mines, of which 17 were filled on 30 June 2025."],
     "It has 23 sanctioned Inspector of Mines posts, of which 17 were filled on 30 June 2025, so each serving inspector covers about 66 leases."),
    ("m7-040", "Switching topics - what does the colonel's article say the MoUs with the U.S. firms actually cover?",
     [["Exploration and development"], ["processing and value-addition"], ["Civilian logistics"]],
     ["Exploration and development of critical minerals",
      "Establishment of local processing and value-addition facilities",
      "Civilian logistics support for mineral transport and export"],
     "According to the article the MoUs cover exploration and development of critical minerals, local processing and value-addition facilities, and civilian logistics for mineral transport and export; they do not reference military access or basing."),
    ("m7-041", "Back to the inspectors - how many of them can actually do gas testing underground?",
     [["11 of the 17"]],
     ["Only 11 of the 17 serving inspectors hold the gas-testing certificate needed for that work, and the Inspectorate owns four vehicles for the whole province."],
     None),
]
for cid, q, f, s, ans in qB:
    add(cid, "conversation", q, f, s, conv="m7-c2", history=list(hB))
    hB += [{"role": "user", "content": q}, {"role": "assistant", "content": ans}]

hC = []
qC = [
    ("m7-042", "How many households did the Gilgit-Baltistan mining survey cover?",
     [["1,240 households"], ["86 villages"]],
     ["Enumerators interviewed 1,240 households in 86 villages, of which 741 were engaged in placer gold washing along the Indus, Gilgit and Hunza rivers and 499 in gemstone extraction."],
     "KIME interviewed 1,240 households in 86 villages across five districts: 741 gold-washing households and 499 gemstone households."),
    ("m7-043", "How big was the grant that paid for it?",
     None, None,
     "The report says the survey was funded by a small grant from the Transatlantic Resource Governance Fund, but it does not give the amount."),
    ("m7-044", "And what does it recommend doing about the mercury?",
     [["20 washing sites"], ["USD 1.1 million"]],
     ["Pilot mercury-free gravity concentration at 20 washing sites in Nagar and Ghizer, at an estimated cost of USD 1.1 million over two years."],
     None),
]
for cid, q, f, s, ans in qC:
    note = None
    if f is None:
        note = "TRAP (described but not stated): the survey says it 'was funded by a small grant' from TRGF and the ministry email mentions TRGF's support, but no document gives the survey grant's amount (the USD 3.5 million is a different, later grant)."
    add(cid, "conversation", q, f, s, note=note, conv="m7-c3", history=list(hC))
    hC += [{"role": "user", "content": q}, {"role": "assistant", "content": ans}]

# ---------------- out-of-corpus (6) ----------------
add("m7-045", "out-of-corpus",
    "How much copper is estimated at Reko Diq?",
    note="No document mentions Reko Diq or any copper resource tonnage.")
add("m7-046", "out-of-corpus",
    "What was the value of Pakistan's gold exports in 2024?",
    note="No document gives gold export values; the survey only describes sales to itinerant buyers.")
add("m7-047", "out-of-corpus",
    "Has Pakistan ratified the Minamata Convention on mercury?",
    note="Mercury use is discussed at length but no document mentions the Minamata Convention or Pakistan's treaty status.")
add("m7-048", "out-of-corpus",
    "Which U.S. government agency is financing Ridgeline Resource Partners' drilling in Ghizer?",
    note="The feature describes Ridgeline's licence and drilling but says nothing about who finances it; no U.S. agency is named.")
add("m7-049", "out-of-corpus",
    "How many lithium deposits has the Geological Survey of Pakistan identified?",
    note="No document mentions lithium or the Geological Survey of Pakistan.")
add("m7-050", "out-of-corpus",
    "What investment threshold triggers SIFC approval for a foreign mining project?",
    note="The article mentions SIFC's role in streamlined investor access but no document gives any approval threshold.")

with OUT.open("w", encoding="utf-8") as fh:
    for c in cases:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases written to", OUT)
