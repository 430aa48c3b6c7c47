"""Write round-m5.jsonl (50 cases). Run from evals/multidoc/m5 with the project's Python: python tools/make_cases.py"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "round-m5.jsonl"
cases = []

def add(cat, q, facts=None, support=None, note=None, conv=None, history=None):
    c = {"id": f"m5-{len(cases)+1:03d}", "category": cat, "question": q,
         "answerable": bool(facts), "facts": facts or [], "support": support or []}
    if note:
        c["note"] = note
    if conv is not None:
        c["conversation"] = conv
        c["history"] = history or []
    cases.append(c)

def unans(cat, q, note, conv=None, history=None):
    add(cat, q, None, None, note, conv, history)

# ---------------- paraphrase (10) ----------------
add("paraphrase",
    "How rich is the Shigar pegmatite in lithium, and for how long can the deposit keep the operation going?",
    [["1.2 percent", "1.2%"], ["11 years", "eleven years"]],
    ["The indicated resource is 1.9 million tonnes of ore grading 1.2 percent lithium oxide, which supports a mine life of 11 years."])
add("paraphrase",
    "Given the winters up there, for what part of the year will they actually be digging?",
    [["eight months", "8 months"]],
    ["Because the site is normally snowbound from December to March, mining will take place for about eight months a year, while the concentrator will process stockpiled ore for a further two months."])
add("paraphrase",
    "Roughly how much of the carbon material that goes into the negative electrode is there in a single car's battery pack?",
    [["50 and 100 kilograms", "50 to 100 kilograms", "50-100 kilograms", "50–100 kilograms", "50 to 100 kg", "50-100 kg"]],
    ["Graphite is the largest component of a lithium-ion battery by weight: a typical electric-vehicle battery contains between 50 and 100 kilograms of graphite in its anode."])
add("paraphrase",
    "How much of Pakistan's territory has actually been surveyed geologically in detail? I heard a figure at the Margalla event.",
    [["40 percent", "40%"]],
    ["The Geological Survey has mapped only about 40 percent of the country at the 1:50,000 scale, so investors are being asked to take geological risk with very little information."])
add("paraphrase",
    "Could an overseas company hold the whole of a Pakistani graphite or lithium venture itself, with no local partner, and is there any catch?",
    [["100 percent", "100%", "full ownership"], ["security clearance"]],
    ["Foreign investors may hold up to 100 percent of the equity in exploration, mining and processing companies covered by the Framework.",
     "Foreign directors and shareholders are subject to security clearance by the Ministry of Interior, which the Desk coordinates on the investor's behalf."])
add("paraphrase",
    "What's the penalty if a firm holding the incentive certificate just stops sending in its yearly paperwork?",
    [["cancelled", "canceled", "revoked", "withdrawn"], ["tax benefits recovered", "benefits recovered", "clawed back"], ["two consecutive returns", "two consecutive"]],
    ["A certificate may be cancelled, and the tax benefits recovered, if a holder fails to file two consecutive returns or is found to have provided false information."])
unans("paraphrase",
      "How big a closure bond does the Shigar lithium company have to put up?",
      "The ESIA summary says a financial guarantee for closure will be provided but that its amount will be set by GB-EPA at the licensing stage; no figure is given anywhere.")
add("paraphrase",
    "How regularly will outside specialists go back over the design of the mine-waste storage at the lithium project?",
    [["every three years", "three years", "3 years"]],
    ["Appoint an independent panel on glacial hazards to review the tailings design every three years."])
add("paraphrase",
    "Is any battery-related raw material already leaving Pakistan for foreign buyers?",
    [["manganese"], ["94,000 tonnes", "94000 tonnes", "94,000"], ["China"]],
    ["Pakistan exported about 94,000 tonnes of manganese ore in FY2023-24, almost all of it to China.",
     "There are currently no commercial exports of lithium or graphite."])
unans("paraphrase",
      "At what price per tonne has Pinecrest agreed to buy the Shigar spodumene concentrate?",
      "The brief says only that the offtake price is linked to a published spodumene index; no price per tonne is stated in any document.")

# ---------------- synthesis (6) ----------------
add("synthesis",
    "What were the main worries local people raised during the Shigar consultations?",
    [["skilled jobs"], ["dust", "apricot orchards"], ["water", "Gonar Nala"], ["glacial flood"], ["revenue"]],
    ["whether local young people would get skilled jobs rather than only labouring work;",
     "the effect of dust on apricot orchards, the main cash crop;",
     "fear that the water in Gonar Nala would run short in late summer;",
     "who would be responsible if a glacial flood damaged the tailings facility;",
     "whether part of the project's revenue would stay in Shigar District."])
add("synthesis",
    "Give me the full list of sweeteners the new battery minerals framework offers investors.",
    [["ten-year", "ten years", "10-year", "10 years"], ["first-year allowance", "100 percent first-year allowance", "first-year"], ["customs duty"], ["repatriated", "repatriation", "repatriate"]],
    ["Processing plants that produce battery-grade materials receive a ten-year exemption from income tax, starting from the date of commercial production, provided that the investment in the plant is at least USD 25 million.",
     "Exploration expenditure qualifies for a 100 percent first-year allowance against taxable income.",
     "Imported plant, machinery and equipment that is not manufactured locally is exempt from customs duty.",
     "Profits, dividends and capital may be repatriated without prior approval from the State Bank of Pakistan, subject to the normal documentation requirements."])
add("synthesis",
    "What does the Margalla market brief recommend Pakistan should do?",
    [["concentrate production"], ["critical minerals agreement"], ["geoscience data room", "data room"], ["glacial hazard assessments", "glacial hazard"], ["exclusive offtake"]],
    ["Prioritise concentrate production and link it to a domestic battery-assembly strategy, rather than chasing a lithium refinery that the market cannot currently support.",
     "Seek a limited critical minerals agreement with the United States so that Pakistani-origin minerals can count towards U.S. tax-credit requirements.",
     "Create a national geoscience data room so that investors can review existing survey data without repeated site visits.",
     "Make independent glacial hazard assessments mandatory for every mine and tailings facility in Gilgit-Baltistan.",
     "Avoid exclusive offtake arrangements for more than five years, so that Gulf, U.S. and Chinese buyers can all compete for Pakistani output."])
add("synthesis",
    "Pull together what the documents say about Pakistan's graphite prospects: where it is, how good it is, who is interested and how far off production is.",
    [["Muzaffarabad"], ["Mansehra"], ["small", "costly purification"], ["no licence", "not been granted", "pending"], ["decade"]],
    ["Flake graphite occurs in metamorphic schists near Muzaffarabad in Azad Jammu and Kashmir and in Mansehra district.",
     "The flakes sampled so far are small, and these deposits are unlikely to yield battery-grade material without costly purification.",
     "Chinese companies already operating under CPEC have expressed interest in graphite exploration in Azad Jammu and Kashmir, but no licence has been granted.",
     "There is a story, but it is at least a decade away."])
add("synthesis",
    "what were the takeaways the chair summed up at the end of the roundtable?",
    [["Gulf money"], ["data gap", "40 percent"], ["Central Asia"]],
    ["First, the money that is moving today is Gulf money, with U.S. private capital alongside and U.S. public finance waiting for proof.",
     "Second, the Framework has fixed some of the incentives, but the data gap, what Tariq called mapping only 40 percent of the country, is the constraint that no tax holiday can solve.",
     "Third, Central Asia is a competitor for capital now but could be a partner in processing later."])
add("synthesis",
    "Across the material, what has Pakistan told China about its new mineral partnerships with Washington and the Gulf?",
    [["CPEC"], ["briefed", "reassurance", "reassured", "reassure"], ["change of strategic partners", "strategic partners"]],
    ["Strategic reassurance — Pakistan has communicated that new partnerships do not undermine CPEC.[9]",
     "We have briefed our Chinese friends.",
     "The government's position is that minerals diversification does not mean a change of strategic partners."])

# ---------------- comparison (5) ----------------
add("comparison",
    "How do the market brief and the ESIA summary differ on what Shigar will cost to build?",
    [["USD 65 million", "$65 million", "65 million"], ["USD 58 million", "$58 million", "58 million"]],
    ["The project’s estimated capital cost is USD 65 million, and its sponsors target first spodumene concentrate in late 2026.",
     "The estimated capital cost is USD 58 million, excluding the access road, which is to be built by the Gilgit-Baltistan Public Works Department."])
add("comparison",
    "When is Shigar supposed to ship its first concentrate? The brief and the environmental assessment don't seem to agree.",
    [["late 2026"], ["third quarter of 2027", "Q3 2027"]],
    ["The project’s estimated capital cost is USD 65 million, and its sponsors target first spodumene concentrate in late 2026.",
     "Construction is planned to begin in April 2026 and to last about 16 months, with first concentrate expected in the third quarter of 2027."])
add("comparison",
    "How big is the Abu Dhabi fund's share of Shigar — the ESIA figure versus what its investment chief said in May?",
    [["20 percent", "20%"], ["24.5 percent", "24.5%"]],
    ["Pinecrest Battery Metals Inc. holds 25 percent and Khaleej Strategic Minerals holds 20 percent.",
     "Our stake is 24.5 percent, not the 20 percent you may have read."])
add("comparison",
    "How do the Desk's FAQ and Tariq Lodhi differ on which projects can go to SIFC?",
    [["USD 50 million", "$50 million", "50 million"], ["100 million", "$100 million", "USD 100 million"]],
    ["Projects with a proposed investment of USD 50 million or more may be referred by the Desk to the Special Investment Facilitation Council (SIFC) for expedited inter-ministerial approvals.",
     "Big projects, and by big I mean anything above 100 million dollars, can also be taken to the Special Investment Facilitation Council, which can push approvals across ministries."])
add("comparison",
    "China's share of spherical graphite processing: what does the brief say and what did the Almaty analyst say?",
    [["93 percent", "93%"], ["98 percent", "98%"]],
    ["China produced an estimated 77 percent of the world’s mined natural graphite in 2024 and processed more than 93 percent of the world’s spherical graphite.",
     "China does something like 98 percent of spherical graphite processing."])

# ---------------- why-how (5) ----------------
add("why-how",
    "Why did they go for dry-stacked tailings at Shigar rather than a conventional tailings dam?",
    [["seismically active", "seismic", "earthquakes"], ["flat land"], ["glacial flood"]],
    ["Dry stacking was chosen because the area is seismically active, flat land is scarce, and a tailings dam failure during a glacial flood could release slurry into the Braldu River."])
add("why-how",
    "Why was the income-tax holiday stretched from seven to ten years between the draft and the final framework?",
    [["recover the capital", "build a processing plant", "shorter than the time", "too short", "recoup"], ["ten years", "10 years"]],
    ["Investors told us, quite bluntly, that seven years is shorter than the time it takes to build a processing plant and recover the capital, so the final text gives ten years from the start of commercial production."])
add("why-how",
    "Why wouldn't Pakistani lithium help a U.S. carmaker qualify for the clean-vehicle credit, and what fix has been proposed?",
    [["free trade agreement"], ["critical minerals agreement"]],
    ["However, Pakistan does not have a free trade agreement with the United States, so minerals extracted in Pakistan do not by themselves count towards the critical-mineral requirement of the U.S. clean-vehicle tax credit.",
     "My recommendation has been a limited critical minerals agreement, similar to the one the United States signed with Japan in 2023."])
add("why-how",
    "Why is a Gulf fund like Khaleej putting money into Pakistani lithium in the first place?",
    [["diversification", "away from hydrocarbons"], ["cathode precursor plant", "cathode precursor", "secure feedstock"]],
    ["For the Gulf, minerals are what food security was fifteen years ago: a diversification of sovereign portfolios away from hydrocarbons, and a way to secure inputs for the industries we want to build at home.",
     "We are studying a cathode precursor plant in the UAE, and we want secure feedstock for it."])
add("why-how",
    "How come U.S. government development finance hasn't backed Shigar yet?",
    [["environmental approval"], ["second project"]],
    ["U.S. development finance has looked at Shigar, but nothing has been committed.",
     "The agencies want to see the environmental approval first, and they want to see a second project behind it."])

# ---------------- table (4) ----------------
add("table",
    "What average price did high-purity manganese sulphate fetch in 2024, per the brief's benchmark table?",
    [["1,900", "1900"]],
    ["High-purity manganese sulphate Cathode 1,900 China (95%) Manganese ore mined in Lasbela and Khuzdar; no sulphate plant"])
add("table",
    "Who is the leading producer of class 1 nickel and with what share, according to the brief?",
    [["Indonesia"], ["59%", "59 percent"]],
    ["Nickel (class 1) Cathode 16,800 Indonesia (59%) Minor occurrences in ophiolite belts; not assessed"])
add("table",
    "In the ESIA's impact table, how is the biodiversity impact rated before mitigation and what is left after it?",
    [["High"], ["Moderate"]],
    ["Biodiversity Disturbance to ibex winter range and snow leopard movement High No mining from December to March; 5-kilometre no-hunting buffer; camera-trap monitoring Moderate"])
unans("table",
      "What 2024 average price does the brief's benchmark table give for vanadium?",
      "Vanadium is one of the six minerals covered by the Framework (FAQ), but the brief's Table 1 lists only lithium, natural graphite, high-purity manganese sulphate, cobalt and nickel; no vanadium price is given.")

# ---------------- named-document (4) ----------------
add("named-document",
    "According to the Federal Minerals Investment Desk FAQ, how quickly does the Desk decide on an application for the incentive certificate?",
    [["45 working days", "45 days"]],
    ["The Desk reviews the application and issues a decision within 45 working days of receiving a complete file."])
add("named-document",
    "What does the ESIA non-technical summary say about turnout at the public consultations, including women's participation?",
    [["612"], ["38 percent", "38%"]],
    ["Between March and November 2024 the ESIA team held 14 public consultation meetings attended by 612 people, of whom 38 percent were women."])
add("named-document",
    "In the roundtable transcript, what does Faisal Al-Mansouri name as the biggest risk to Shigar?",
    [["the mountain", "glacial floods", "glacial flood"]],
    ["I would say the mountain.",
     "Glacial floods are real in that valley, and the tailings design has to be right the first time."])
unans("named-document",
      "According to the Desk's FAQ, what royalty rate is charged on lithium mined in Gilgit-Baltistan?",
      "The FAQ says royalty rates are set by the provincial and regional governments, are not changed by the Framework, and refers investors to the mines and minerals departments; it gives no rate.")

# ---------------- conversations (4 + 3 + 3) ----------------
c1 = "m5-c1"
h = []
q = "What is the Battery Minerals Incentive Framework and when did it come into force?"
add("conversation", q, [["incentives"], ["3 March 2025", "March 3, 2025"]],
    ["The Framework is a package of fiscal and procedural incentives for the exploration, mining and processing of minerals used in rechargeable batteries.",
     "It was notified by the Federal Government through S.R.O. 214(I)/2025 on 3 March 2025 and applies to projects that receive an Incentive Eligibility Certificate from the Desk before 30 June 2030."],
    conv=c1, history=list(h))
h += [{"role": "user", "content": q},
      {"role": "assistant", "content": "It is a package of fiscal and procedural incentives for exploring, mining and processing battery minerals, notified through S.R.O. 214(I)/2025 on 3 March 2025. It applies to projects certified by the Federal Minerals Investment Desk before 30 June 2030."}]
q = "Which minerals does it cover?"
add("conversation", q, [["lithium"], ["graphite", "natural graphite"], ["manganese"], ["nickel"], ["cobalt"], ["vanadium"]],
    ["Six minerals are covered: lithium, natural graphite, manganese, nickel, cobalt and vanadium."],
    conv=c1, history=list(h))
h += [{"role": "user", "content": q},
      {"role": "assistant", "content": "Six: lithium, natural graphite, manganese, nickel, cobalt and vanadium. Copper, gold and rare earths are not covered."}]
q = "Switching topics for a second: how many people will the Shigar project employ?"
add("conversation", q, [["420"], ["190"]],
    ["The project will employ about 420 workers during construction and about 190 during operation."],
    conv=c1, history=list(h))
h += [{"role": "user", "content": q},
      {"role": "assistant", "content": "About 420 workers during construction and about 190 once it is operating, with at least 70 percent of operational jobs promised to residents of Shigar District."}]
q = "Going back to the framework, does it impose any hiring rule of that kind?"
add("conversation", q, [["80 percent", "80%"], ["Pakistani nationals"], ["three years", "3 years"]],
    ["Within three years of the start of commercial production, at least 80 percent of a certificate holder's workforce must be Pakistani nationals."],
    conv=c1, history=list(h))

c2 = "m5-c2"
h = []
q = "What does the ESIA say about Shigar's water use?"
add("conversation", q, [["310 cubic metres", "310 cubic meters", "310 m3"], ["75 percent", "75%"]],
    ["Water resources Reduced flow in Gonar Nala in low-flow months; risk of contaminated runoff High At least 75 percent of process water recycled; abstraction capped at 310 cubic metres per day; lined drainage ponds Moderate"],
    conv=c2, history=list(h))
h += [{"role": "user", "content": q},
      {"role": "assistant", "content": "The ESIA rates the risk to water as high before mitigation: less flow in Gonar Nala in low-flow months and possible contaminated runoff. Abstraction will be capped at 310 cubic metres a day, at least 75 percent of process water recycled and drainage ponds lined, leaving a moderate residual impact."}]
q = "Who relies on that stream at the moment?"
add("conversation", q, [["Gonar-Bala"], ["irrigation", "drinking water"]],
    ["The project would draw water from Gonar Nala, a side stream used by Gonar-Bala for irrigation and drinking water."],
    conv=c2, history=list(h))
h += [{"role": "user", "content": q},
      {"role": "assistant", "content": "Gonar Nala is used by the village of Gonar-Bala for irrigation and drinking water."}]
q = "And how much water does that village currently take from it each day?"
unans("conversation", q,
      "The ESIA gives the project's abstraction cap (310 cubic metres per day) and Gonar-Bala's population (about 410) but never quantifies the village's current water use.",
      conv=c2, history=list(h))

c3 = "m5-c3"
h = []
q = "What did Jennifer Alvarez say about Pinecrest's involvement in Shigar?"
add("conversation", q, [["equity"], ["offtake"]],
    ["Pinecrest has put in real equity at Shigar and has signed the offtake."],
    conv=c3, history=list(h))
h += [{"role": "user", "content": q},
      {"role": "assistant", "content": "She said Pinecrest has put real equity into Shigar and has signed the offtake agreement, while U.S. development finance has looked at the project but committed nothing."}]
q = "How long does that offtake run, and how much of the output does it take?"
add("conversation", q, [["five years", "5 years"], ["all concentrate", "all of the concentrate", "all output"]],
    ["Pinecrest has signed an offtake agreement covering all concentrate produced in the first five years, at a price linked to a published spodumene index."],
    conv=c3, history=list(h))
h += [{"role": "user", "content": q},
      {"role": "assistant", "content": "According to the Margalla brief, it covers all concentrate produced in the first five years, priced against a published spodumene index."}]
q = "Once it ends, would Chinese buyers be able to get the concentrate?"
add("conversation", q, [["free to bid", "can bid", "able to bid", "bid"]],
    ["Nothing at Shigar competes with CPEC, and Chinese buyers are free to bid for concentrate once the first offtake period ends."],
    conv=c3, history=list(h))

# ---------------- out-of-corpus (6) ----------------
unans("out-of-corpus", "How many electric cars were sold in Pakistan in 2024?",
      "No document gives EV sales figures; the brief mentions only imports of lithium-ion cells and battery packs.")
unans("out-of-corpus", "What budget has India allocated to its National Critical Mineral Mission?",
      "India appears only in the NSP article's discussion of regional reactions; no document mentions an Indian critical mineral mission or budget.")
unans("out-of-corpus", "What is Afghanistan's lithium wealth estimated to be worth?",
      "Afghanistan is mentioned only in the article (Bagram, diplomatic pressure); no lithium estimate for Afghanistan appears in any document.")
unans("out-of-corpus", "What tariff rate does the United States apply to graphite anode material imported from China?",
      "The documents discuss China's export licensing for graphite and U.S. reliance on Chinese anode material, but no U.S. tariff rate.")
unans("out-of-corpus", "What did the IMF's most recent Article IV review say about Pakistan's mining sector?",
      "No document refers to the IMF or an Article IV review.")
unans("out-of-corpus", "How much lithium does Chile produce each year?",
      "South America is mentioned only generally as a source of new lithium supply; no Chilean production figure appears.")

OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
print(len(cases), "cases written to", OUT)
