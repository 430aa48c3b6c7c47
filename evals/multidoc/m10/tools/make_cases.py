"""Write round-m10.jsonl (run from evals/multidoc/m10: python tools/make_cases.py)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "round-m10.jsonl"

# support strings (verbatim from the documents)
PR = {  # tkmc-press-release-muslim-bagh-chromite.html
    "jv": "Under the agreement the two parties will establish a joint venture company, the Muslim Bagh Chrome Processing Company (MBCPC), in which QCI will hold 74 percent of the shares and TKMC will hold 26 percent.",
    "site": "The plant will be built on a 62-acre site on the Muslim Bagh\u2013Kan Mehtarzai road.",
    "cap": "It will have a capacity of 150,000 tonnes per year of run-of-mine chromite ore and will produce about 60,000 tonnes per year of chromite concentrate grading at least 48 percent Cr2O3.",
    "cost": "The total investment is estimated at USD 38 million, and commercial operations are expected to begin by December 2026.",
    "jobs": "The project is expected to create 650 direct jobs.",
    "gravity": "A beneficiation plant crushes the ore, separates the heavy chromite grains from the lighter rock with gravity equipment such as spirals and shaking tables, and produces a uniform concentrate that steel and ferroalloy producers will buy on published specifications.",
    "source": "The plant will draw about 60 percent of its ore from mining leases held by QCI and about 40 percent from small leaseholders in Killa Saifullah and Zhob districts.",
    "schedule": "MBCPC will purchase ore from small leaseholders against a transparent grade-based price schedule that will be published every month at the plant gate and on the TKMC website.",
    "us": "TKMC has held preliminary discussions with U.S. commercial partners about long-term purchase of concentrate, consistent with the province's policy of diversifying markets for its minerals.",
    "us2": "These discussions are purely commercial in nature.",
    "drystack": "The plant will use a dry-stack tailings facility instead of a conventional wet tailings dam, and process water will be recycled within the plant.",
    "cdf": "MBCPC will contribute 1 percent of its annual revenue to a Community Development Fund to be managed by a committee that includes elected local representatives.",
    "cdf2": "The fund will support drinking water schemes, a technical training centre and scholarships for students from Killa Saifullah District.",
    "exports": "According to TKMC's own compilation of trade data, Pakistan exported around 95,000 tonnes of chromite ore in fiscal year 2023-24, and nearly all of it was shipped as unprocessed lumps to smelters abroad.",
}
CN = {  # tkmc-correction-notice-may-2025.txt
    "rely": "Where this notice and the press release of 11 March 2025 differ, this notice should be relied upon.",
    "phase2": "The figure of 150,000 tonnes per year of ore feed given in the press release is the full design capacity of the plant after a second phase of expansion, not the capacity of the first phase.",
    "phase1": "Phase 1 of the plant will process 120,000 tonnes per year of run-of-mine ore and is expected to produce about 45,000 tonnes per year of concentrate.",
    "grade": "The product specification agreed with prospective buyers is a concentrate grading at least 46 percent Cr2O3.",
    "cost": "The estimated investment in Phase 1 has been revised from USD 38 million to USD 46 million.",
    "cost_why": "The increase reflects three changes made after the concept stage: the tailings facility has been redesigned as a fully lined dry-stack facility, a 4.8 MW solar power plant has been added to reduce dependence on the grid and on diesel generators, and the estimate has been updated for the exchange rate and for current prices of imported equipment.",
    "cod": "The commercial operations date has been revised from December 2026 to June 2027.",
    "jobs": "The figure of 650 jobs in the press release combined about 230 temporary jobs during construction with the permanent workforce.",
    "jobs2": "The plant is expected to employ 420 people on a permanent basis once it is in operation.",
    "paid": "TKMC will pay for its 26 percent shareholding in cash in proportion to the equity contributions of QCI, and it will receive dividends on the same basis as QCI.",
    "vote": "A paid-up stake was preferred because it gives TKMC a full vote on the board of MBCPC, including on the approval of budgets, ore purchase prices and any sale of product to related parties.",
    "fs": "TKMC now expects it to be completed in July 2025, one month later than stated in the press release, because additional metallurgical test work was ordered on ore samples from small leaseholders in Zhob District.",
    "summary": "As promised at the signing ceremony, TKMC has published a summary of the principal terms of the joint venture agreement on its website under Media Centre > Project Documents.",
    "noban": "TKMC has not proposed any ban or restriction on the export of raw chromite ore.",
    "buyers": "QCI has informed TKMC that it is in discussion with buyers in the United States, Europe and East Asia.",
    "nocontract": "No sales contract has yet been signed.",
    "commercial": "TKMC reiterates that these discussions are purely commercial and involve no arrangement of any other kind.",
    "incorp": "MBCPC was incorporated on 22 April 2025 with its registered office in Quetta.",
    "board": "Its board has five directors: three nominated by QCI and two nominated by TKMC.",
}
SL = {  # qci-investor-briefing-april-2025.pdf
    "resource": "Indicated resource: 2.3 million tonnes at 39% Cr2O3 average",
    "test": "We tested 1.2 tonnes of composite ore at a laboratory in Lahore and achieved a concentrate of 46.8 percent Cr2O3 at 78 percent recovery.",
    "gravity": "Gravity separation works well on Muslim Bagh ore because chromite is much heavier than the serpentine host rock, and it needs no chemicals.",
    "phase2": "Phase 2 would raise the plant to 200,000 tonnes of ore a year, mostly by adding a second grinding and spiral circuit, and it would be funded from Phase 1 cash flows plus a modest amount of new debt.",
    "t_conc": "Concentrate (tonnes per year) 45,000 75,000",
    "t_capex": "Capital cost USD 41.5 million USD 23 million additional",
    "solar": "6 MW solar plant with battery backup: USD 6.4 million",
    "u_ore": "Ore mining and purchase 92",
    "u_proc": "Processing 31",
    "irr": "Project IRR (post-tax, base case): 19.4%",
    "payback": "Payback: about 4.5 years from start of operations",
    "fc": "Financial close targeted for September 2025",
    "loi": "Letter of intent: US-based ferroalloy trader, up to 30,000 tonnes per year",
    "withheld": "Counterparty name withheld under confidentiality agreement",
    "commercial": "I want to be clear, because there has been speculation in the press, that our relationship with the American buyer is a commercial purchase arrangement and nothing more.",
    "road": "Road: Muslim Bagh to Karachi port, about 870 km, 3 to 4 days",
    "rail": "That could save around 12 dollars a tonne, but we have not assumed it in the base case because the timing is outside our control.",
    "t_esia": "ESIA approval August 2025",
    "t_constr": "Start of construction November 2025",
    "r_security": "Security in Killa Saifullah and Zhob Site security plan to be agreed with provincial authorities",
    "r_price": "Concentrate price volatility Conservative base price; debt sized on downside case",
    "r_power": "Unreliable grid power 6 MW solar plant with battery backup",
    "r_ore": "Ore supply from small leaseholders Transparent grade-based price schedule",
    "r_water": "Water and chromium leaching 90% recycling; lined dry-stack tailings; groundwater monitoring",
    "r_policy": "Policy change on raw ore exports Plant economics do not depend on any export restriction",
    "royalty": "Royalty is shown as per provincial schedule because the province has not yet notified a royalty rate for concentrate as distinct from ore, and we have modelled a range.",
}
MN = {  # cvsc-minutes-june-2025.docx
    "fc": "The CFO of QCI stated that financial close is now targeted for December 2025 rather than September 2025, because the lenders have asked for the independent competent-person report and the approved ESIA before they commit.",
    "miners": "The President of the Miners Welfare Association stated that about 140 small leaseholders and roughly 2,800 workers depend on chromite mining in Killa Saifullah and Zhob districts.",
    "o1": "The plant may become the dominant buyer and use its position to lower prices once traders leave the area.",
    "o2": "Grade testing at the plant laboratory could be used to under-pay sellers, since small miners cannot verify results.",
    "o3": "Small miners have no share in the joint venture even though they will supply about 40 percent of the ore.",
    "o4": "A restriction on exports of lumpy ore would remove the only alternative buyers available to small miners.",
    "demand": "The Association demanded a 5 percent carried interest in MBCPC for a cooperative of small leaseholders and a guaranteed floor price for ore.",
    "referee": "He agreed that sellers could witness sampling and could ask for a referee sample to be tested at an independent laboratory at MBCPC's cost if the difference exceeded 1.5 percentage points of Cr2O3.",
    "coop": "After discussion, the Committee did not accept the demand for a 5 percent carried interest but directed TKMC and QCI to examine a 3 percent shareholding for a registered cooperative of small leaseholders, to be transferred from the existing shareholders, and to report back at the next meeting.",
    "ban": "The Director (Mineral Policy) presented a proposal of the Department for a phased restriction on the export of lumpy chromite ore grading below 40 percent Cr2O3, to take effect from 1 July 2026.",
    "qci_ban": "QCI supported the proposal and stated that it would improve the supply of feed to the plant.",
    "tkmc_ban": "TKMC stated that it had not sought any restriction and that the plant should compete for ore on price.",
    "assoc_ban": "The Miners Welfare Association opposed the proposal, stating that it would hand the plant a monopoly over low-grade ore.",
    "fin_ban": "The Finance Department cautioned that a restriction introduced before the plant is operating could reduce export receipts and provincial revenue for at least a year.",
    "nodecision": "The Committee took no decision on the proposal.",
    "pnd": "It requested the Planning and Development Department to carry out a study of the likely impact of the proposed restriction on small miners, export earnings and provincial revenue and to submit it within 90 days.",
    "water": "The Superintending Engineer (Groundwater) informed the Committee that the water table in the Muslim Bagh valley has been falling by about 1.2 metres per year over the past decade because of tube-well irrigation of orchards, and that any new industrial abstraction must be assessed against the needs of existing users.",
    "nowater": "He noted that MBCPC has not yet submitted an estimate of its make-up water requirement.",
    "cr6": "The Deputy Director (Assessment) of the provincial environmental regulator stated that chromite tailings and waste can release hexavalent chromium, a toxic and carcinogenic form of chromium, into soil and water if not properly contained.",
    "wells": "She welcomed the lined dry-stack design and asked that monitoring wells be installed before construction so that baseline groundwater quality is recorded.",
    "esia": "It was decided that the ESIA must include a groundwater model of the Muslim Bagh valley and a baseline survey of chromium in groundwater.",
    "hearing": "The public hearing on the ESIA will be held in Muslim Bagh on 14 August 2025.",
    "sec_req": "The CEO of QCI informed the Committee that prospective lenders had asked for a professional security arrangement at the site, and requested permission for MBCPC to engage a private security contractor whose management would include foreign nationals with military experience.",
    "declined": "The Committee declined the request.",
    "levies": "Security of the plant site will be provided by the Levies Force through a dedicated platoon of 60 personnel, and MBCPC will bear the cost of the platoon's deployment and accommodation.",
    "gsc": "The Chief Geologist of the Balochistan Geoscience Cell informed the Committee that the Cell's own estimate for the three QCI leases (ML-14, ML-22 and ML-31) is about 1.6 million tonnes of ore at an average grade of 36 percent Cr2O3, based on mapping and sampling carried out in 2019.",
    "cpr": "The Committee directed that an independent competent-person report be completed and shared with the Balochistan Geoscience Cell before financial close.",
    "assembly": "It was decided that the full text of the joint venture agreement will be placed before the Standing Committee on Mines and Minerals of the Provincial Assembly, and that TKMC will publish the annual audited accounts of MBCPC on its website once they are available.",
    "royalty": "The Director (Mineral Policy) informed the Committee that the existing royalty on chromite is levied on ore and that the Department is preparing a separate royalty arrangement for concentrate, which will be presented at the next meeting.",
    "twice": "QCI requested that the arrangement avoid charging royalty twice on the same material, once on ore and again on concentrate.",
    "a_study": "2 Impact study of the proposed restriction on lumpy ore exports Planning and Development Department Within 90 days",
    "a_water": "3 Submit estimate of make-up water requirement MBCPC 31 July 2025",
    "a_cpr": "7 Independent competent-person report on QCI leases QCI Before financial close",
    "irrigation": "Engr. Gul Muhammad Kakar Superintending Engineer (Groundwater) Irrigation Department",
    "next": "The next meeting of the Committee will be held on 25 September 2025.",
}
AR = {  # pakistan-us-critical-minerals.md
    "us80": "The U.S. imports 80% of its REEs from China.",
    "g1": "Transparent frameworks", "g2": "Equitable provincial benefit-sharing", "g3": "Community inclusion",
    "g4": "Strict environmental safeguards", "g5": "Protection against external exploitation",
    "nomil": "These agreements do not reference military access, intelligence facilities, or basing rights.",
    "civil": "All publicly available MoUs reference civilian logistics only.",
    "denied": "Pakistan\u2019s state institutions have publicly denied offering any military base or port access to the U.S.",
    "taliban": "The Taliban government has categorically rejected any U.S. return to Bagram.",
    "nobasing": "No document, statement, or verified leak supports U.S. basing negotiations.",
    "privsec": "Pakistan must avoid a scenario where foreign investors justify private security arrangements or external interference.",
    "boundary": "Maintain a strict boundary between foreign investment security and sovereign defence prerogatives.",
    "publish": "Publish MoUs and investment terms to reinforce public trust and reject misinformation.",
    "parl": "Institutionalize review of mineral agreements through Parliamentary Committees and public audit bodies.",
    "author": "By Col Chaudhry Muhammad Sabahuddin, IS (Retired)",
    "minerals": "Pakistan possesses significant deposits of copper, gold, antimony, tungsten, and rare-earth elements concentrated primarily in Baluchistan and parts of Khyber Pakhtunkhwa.",
}

cases = []


def add(cat, q, facts, support, note=None, conv=None, history=None):
    c = {"id": f"m10-{len(cases) + 1:03d}", "category": cat, "question": q,
         "answerable": bool(facts), "facts": facts, "support": support}
    if note:
        c["note"] = note
    if conv:
        c["conversation"] = conv
        c["history"] = history or []
    cases.append(c)


# ---------------- paraphrase (7)
add("paraphrase", "How big a slice of the Muslim Bagh venture does the provincial corporation own?",
    [["26 percent", "26%", "26 per cent"]], [PR["jv"]])
add("paraphrase", "How far is the haul from the plant to the port, and how many days does a truck take?",
    [["870 km", "870 kilometres", "870 kilometers"], ["3 to 4 days", "three to four days", "3-4 days"]], [SL["road"]])
add("paraphrase", "groundwater around Muslim Bagh - how quickly is it dropping and why",
    [["1.2 metres", "1.2 meters", "1.2 m per year", "1.2 m a year"], ["orchards"]], [MN["water"]])
add("paraphrase", "If a small miner thinks the plant's lab has undervalued his ore, what can he do about it?",
    [["referee sample"], ["independent laboratory", "independent lab"], ["1.5 percentage points"]], [MN["referee"]])
add("paraphrase", "In the policy article, what share of its rare earths does America source from China?",
    [["80%", "80 percent", "80 per cent"]], [AR["us80"]])
add("paraphrase", "What did the bench-scale trials on Muslim Bagh ore achieve?",
    [["46.8 percent", "46.8%"], ["78 percent", "78%"]], [SL["test"]])
add("paraphrase", "How much of its takings will the joint venture plough back into local communities, and on what?",
    [["1 percent", "1%", "one percent"], ["drinking water"], ["training centre", "training center"], ["scholarships"]],
    [PR["cdf"], PR["cdf2"]])

# ---------------- synthesis (6)
add("synthesis", "What are the small miners' main worries about the Muslim Bagh plant?",
    [["dominant buyer", "monopoly", "single buyer"], ["grade testing", "under-pay", "underpay", "laboratory"],
     ["no share", "no stake", "carried interest"], ["alternative buyers", "export"]],
    [MN["o1"], MN["o2"], MN["o3"], MN["o4"]])
add("synthesis", "Summarise what the steering committee actually decided at its June 2025 meeting.",
    [["3 percent", "3%"], ["Planning and Development"], ["groundwater model"], ["Levies"],
     ["competent-person report", "competent person report"], ["Standing Committee on Mines and Minerals", "Standing Committee"]],
    [MN["coop"], MN["pnd"], MN["esia"], MN["levies"], MN["cpr"], MN["assembly"]])
add("synthesis", "What environmental problems could the chromite plant cause, and what safeguards have been put forward?",
    [["hexavalent chromium"], ["water table", "groundwater"], ["dry-stack", "dry stack"], ["monitoring wells"]],
    [MN["cr6"], MN["water"], PR["drystack"], MN["wells"], MN["esia"]])
add("synthesis", "Pull together everything the documents say about American interest in buying the Muslim Bagh concentrate.",
    [["30,000 tonnes"], ["withheld", "not to disclose", "not disclose", "confidentiality"], ["purely commercial", "commercial purchase"],
     ["No sales contract", "not yet signed", "non-binding"]],
    [SL["loi"], SL["withheld"], PR["us"], PR["us2"], CN["nocontract"], CN["commercial"]])
add("synthesis", "The minerals article recommends publishing deal terms and parliamentary review of mineral agreements. How far has the Muslim Bagh joint venture followed that?",
    [["summary of the principal terms", "summary of the terms", "summary of principal terms"],
     ["Standing Committee on Mines and Minerals", "Standing Committee"], ["audited accounts"]],
    [AR["publish"], AR["parl"], CN["summary"], MN["assembly"]])
add("synthesis", "According to the article, how does the NSP say extractive industries must be governed?",
    [["Transparent frameworks", "transparent"], ["benefit-sharing", "benefit sharing"], ["Community inclusion", "community"],
     ["environmental safeguards"], ["external exploitation"]],
    [AR["g1"], AR["g2"], AR["g3"], AR["g4"], AR["g5"]])

# ---------------- comparison (6)
add("comparison", "How far apart are QCI and the provincial geoscience cell on the size and grade of the QCI leases?",
    [["2.3 million tonnes"], ["39 percent", "39%"], ["1.6 million tonnes"], ["36 percent", "36%"]],
    [SL["resource"], MN["gsc"]])
add("comparison", "Where do QCI, TKMC, the miners' association and Finance each stand on restricting exports of low-grade lumpy chromite?",
    [["supported", "supports", "in favour", "in favor"], ["not sought", "not proposed", "did not seek", "has not sought"],
     ["monopoly"], ["export receipts", "revenue"]],
    [MN["ban"], MN["qci_ban"], MN["tkmc_ban"], MN["assoc_ban"], MN["fin_ban"]])
add("comparison", "jobs: what did the March announcement promise vs what TKMC says now?",
    [["650"], ["420"], ["230"]], [PR["jobs"], CN["jobs"], CN["jobs2"]])
add("comparison", "What full capacity after the second phase does QCI's investor deck give, compared with TKMC's correction notice?",
    [["200,000 tonnes"], ["150,000 tonnes"]], [SL["phase2"], CN["phase2"]])
add("comparison", "The slides and TKMC's May update both mention a solar plant. Do they agree on its size?",
    [["6 MW"], ["4.8 MW"]], [SL["solar"], CN["cost_why"]])
add("comparison", "How does TKMC's description of its talks with U.S. buyers compare with how the policy article characterises the Pakistan-U.S. MoUs?",
    [["purely commercial"], ["civilian logistics"], ["basing", "military access"]],
    [PR["us2"], CN["commercial"], AR["civil"], AR["nomil"]])

# ---------------- why-how (5)
add("why-how", "Why did the cost estimate for Phase 1 go up after the March announcement?",
    [["lined dry-stack", "dry-stack"], ["solar"], ["exchange rate"]], [CN["cost"], CN["cost_why"]])
add("why-how", "Why is TKMC paying cash for its 26% rather than taking a free carried interest?",
    [["full vote"]], [CN["paid"], CN["vote"]])
add("why-how", "How does the plant actually get chromite out of the rock?",
    [["gravity"], ["spirals"], ["shaking tables"]], [PR["gravity"], SL["gravity"]])
add("why-how", "Why has financial close slipped, and what's the new target?",
    [["December 2025"], ["competent-person report", "competent person report"], ["ESIA"]], [MN["fc"]])
add("why-how", "Why does the article's author consider a U.S. base in Baluchistan replacing Bagram so unlikely?",
    [["civilian logistics"], ["denied"], ["Taliban"]], [AR["civil"], AR["nobasing"], AR["denied"], AR["taliban"]])

# ---------------- table (5)
add("table", "In QCI's unit economics table, what do ore mining and purchase, and processing, cost per tonne of concentrate?",
    [["92"], ["31"]], [SL["u_ore"], SL["u_proc"]])
add("table", "Phase 2 in the development plan table: how much concentrate a year, and what extra capital?",
    [["75,000"], ["23 million"]], [SL["t_conc"], SL["t_capex"]])
add("table", "From the minutes' action table: who does the impact study on the lumpy-ore export restriction, and what's the deadline?",
    [["Planning and Development"], ["90 days"]], [MN["a_study"]])
add("table", "When is MBCPC supposed to hand in its estimate of make-up water, per the action list?",
    [["31 July 2025"]], [MN["a_water"]])
add("table", "On QCI's timeline slide, when were ESIA approval and the start of construction targeted?",
    [["August 2025"], ["November 2025"]], [SL["t_esia"], SL["t_constr"]])

# ---------------- named-document (6)
add("named-document", "What is the commercial operations date in TKMC's correction notice?",
    [["June 2027"]], [CN["cod"]])
add("named-document", "In the TKMC press release, how large is the plant site and where is it?",
    [["62-acre", "62 acre", "62 acres"], ["Kan Mehtarzai"]], [PR["site"]])
add("named-document", "What return and payback did QCI pitch in its April investor slides?",
    [["19.4%", "19.4 percent"], ["4.5 years"]], [SL["irr"], SL["payback"]])
add("named-document", "In the June 2025 steering committee minutes, what did the miners' association ask for?",
    [["5 percent", "5%"], ["floor price"]], [MN["demand"]])
add("named-document", "Who wrote the critical minerals article on the NSP-2022?",
    [["Sabahuddin"]], [AR["author"]])
add("named-document", "According to TKMC's May 2025 update, when is the bankable feasibility study now due, and why the delay?",
    [["July 2025"], ["metallurgical test work", "metallurgical testing", "test work"]], [CN["fs"]])

# ---------------- conversations (10 turns)
h = []
q1 = "How much ore will the Muslim Bagh plant process each year?"
a1 = ("Phase 1 will process 120,000 tonnes of run-of-mine ore a year; TKMC's May 2025 correction says the 150,000 tonnes "
      "in the March press release is the full capacity after a second phase.")
add("conversation", q1, [["120,000 tonnes", "120,000"]], [CN["phase1"], CN["phase2"]], conv="m10-c1", history=[])
q2 = "And how much concentrate does that give, at what grade?"
a2 = "About 45,000 tonnes of concentrate a year, with a product specification of at least 46 percent Cr2O3."
add("conversation", q2, [["45,000 tonnes", "45,000"], ["46 percent", "46%"]], [CN["phase1"], CN["grade"]], conv="m10-c1",
    history=[{"role": "user", "content": q1}, {"role": "assistant", "content": a1}])
q3 = "What's the latest figure for what it will cost to build?"
add("conversation", q3, [["USD 46 million", "$46 million", "46 million"]], [CN["cost"]], conv="m10-c1",
    history=[{"role": "user", "content": q1}, {"role": "assistant", "content": a1},
             {"role": "user", "content": q2}, {"role": "assistant", "content": a2}])

b1 = "How will the plant get ore from small miners?"
ab1 = ("About 40 percent of the feed will be bought from small leaseholders in Killa Saifullah and Zhob, against a grade-based "
       "price schedule published every month at the plant gate and on TKMC's website.")
add("conversation", b1, [["40 percent", "40%"], ["price schedule"]], [PR["source"], PR["schedule"]], conv="m10-c2", history=[])
b2 = "Did they get the stake in the joint venture they asked for?"
ab2 = ("No. The committee rejected the association's demand for a 5 percent carried interest, but asked TKMC and QCI to examine "
       "a 3 percent shareholding for a cooperative of small leaseholders.")
add("conversation", b2, [["5 percent", "5%"], ["3 percent", "3%"]], [MN["demand"], MN["coop"]], conv="m10-c2",
    history=[{"role": "user", "content": b1}, {"role": "assistant", "content": ab1}])
b3 = "Different topic - what's the position on royalty for the concentrate?"
ab3 = ("No royalty rate for concentrate has been notified yet; the Mines Department is preparing a separate arrangement for "
       "the next committee meeting, and QCI asked that royalty not be charged twice on ore and concentrate.")
add("conversation", b3, [["not yet notified", "not been notified", "separate royalty arrangement", "separate arrangement"], ["twice", "double"]],
    [SL["royalty"], MN["royalty"], MN["twice"]], conv="m10-c2",
    history=[{"role": "user", "content": b1}, {"role": "assistant", "content": ab1},
             {"role": "user", "content": b2}, {"role": "assistant", "content": ab2}])
b4 = "Back to the miners: how many people actually depend on chromite mining there?"
add("conversation", b4, [["140 small leaseholders", "140 leaseholders", "140 small lease"], ["2,800"]], [MN["miners"]],
    conv="m10-c2",
    history=[{"role": "user", "content": b1}, {"role": "assistant", "content": ab1},
             {"role": "user", "content": b2}, {"role": "assistant", "content": ab2},
             {"role": "user", "content": b3}, {"role": "assistant", "content": ab3}])

c1 = "What did QCI ask for on security at the plant site?"
ac1 = ("QCI asked permission for MBCPC to hire a private security contractor whose management would include foreign "
       "nationals with military experience, saying lenders wanted a professional arrangement.")
add("conversation", c1, [["private security contractor", "private security"], ["foreign nationals"]], [MN["sec_req"]],
    conv="m10-c3", history=[])
c2 = "Was that approved?"
ac2 = ("No. The committee declined; a 60-strong Levies Force platoon will guard the site at MBCPC's cost, and MBCPC may only "
       "use unarmed guards for access control inside the plant.")
add("conversation", c2, [["declined", "not approved", "rejected", "refused", "turned down"], ["Levies"]], [MN["declined"], MN["levies"]],
    conv="m10-c3", history=[{"role": "user", "content": c1}, {"role": "assistant", "content": ac1}])
c3 = "Is that consistent with what the NSP article argues about security and foreign investors?"
add("conversation", c3, [["private security arrangements", "private security"], ["sovereign", "sovereignty"]],
    [AR["privsec"], AR["boundary"]], conv="m10-c3",
    history=[{"role": "user", "content": c1}, {"role": "assistant", "content": ac1},
             {"role": "user", "content": c2}, {"role": "assistant", "content": ac2}])

# ---------------- out-of-corpus (8)
add("out-of-corpus", "What royalty rate will the province charge on chromite concentrate?", [], [],
    note="Described but not stated: the slides show royalty 'per provincial schedule' and say no rate for concentrate has been notified; the minutes say a separate arrangement will be presented at the next meeting. No rate is given anywhere.")
add("out-of-corpus", "Which American company signed the letter of intent to buy the concentrate?", [], [],
    note="Described but not stated: the slides describe a US-based ferroalloy trader but withhold its name under a confidentiality agreement.")
add("out-of-corpus", "How many cubic metres of water per day will the Muslim Bagh plant need?", [], [],
    note="Described but not stated: documents mention 90% recycling and make-up water, but the minutes note MBCPC has not yet submitted its water estimate (due 31 July 2025).")
add("out-of-corpus", "Why did TKMC cancel the Muslim Bagh chromite plant in May 2025?", [], [],
    note="False premise: the May 2025 notice corrects figures and updates the schedule; the project was not cancelled.")
add("out-of-corpus", "How much is the U.S. government lending to the Muslim Bagh chromite project?", [], [],
    note="False premise: the slides mention two local banks and one unnamed development finance institution; no U.S. government lending is mentioned, and U.S. interest is described only as commercial offtake talks.")
add("out-of-corpus", "According to the article, how many tonnes of rare earth reserves does Pakistan hold?", [], [],
    note="Described but not stated: the article gives China's reserves (44 million tons) and calls Pakistan's deposits 'large, unexplored' but gives no Pakistani tonnage.")
add("out-of-corpus", "What did the Planning and Development Department's study conclude about the export restriction?", [], [],
    note="Described but not stated: the minutes commission the study (within 90 days) but no document reports its findings.")
add("out-of-corpus", "What is the population of Killa Saifullah District?", [], [],
    note="Plainly outside the documents.")

with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases written to", OUT)
