"""Generate round-m9.jsonl (written blind). Run: python tools/make_round.py"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "round-m9.jsonl"

cases = []


def case(category, question, facts=None, support=None, note=None, **extra):
    c = {
        "category": category,
        "question": question,
        "answerable": bool(facts),
        "facts": facts or [],
        "support": support or [],
    }
    if note:
        c["note"] = note
    c.update(extra)
    cases.append(c)


def unanswerable(category, question, note, **extra):
    case(category, question, None, None, note, **extra)


# ---------------------------------------------------------------- paraphrase
case("paraphrase",
     "How big is Hingol's exploration permit area and when is it up for renewal?",
     [["96.4 square kilometres", "96.4 km2", "96.4 sq km"], ["February 2027"]],
     ["Exploration Licence EL-214 covers 96.4 square kilometres and was granted to HBML by the provincial mines and minerals department on 22 February 2023 for an initial term of four years.",
      "The licence falls due for renewal in February 2027, and HBML must relinquish 25 percent of the licence area on renewal unless an extension is approved."])

case("paraphrase",
     "is there anything in the Kanraj zinc product that a smelter might charge extra for?",
     [["cadmium"]],
     ["The zinc concentrate contains elevated cadmium, which may attract smelter penalties."])

case("paraphrase",
     "Roughly what share of global heavy spar output ends up weighting well fluids?",
     [["nine-tenths", "nine tenths", "90 percent", "90%"]],
     ["About nine-tenths of the world's output is ground into a fine powder and used to weight the fluids that cool drill bits and hold back pressure in oil and gas wells."])

case("paraphrase",
     "In the lab tests, how dense did the barite product have to be, and how much of the barite was recovered to that standard?",
     [["4.20", "4.2"], ["71 percent", "71%"]],
     ["Barite recovery to a drilling-grade product with a specific gravity of 4.20 or higher was 71 percent."])

case("paraphrase",
     "How thick is the barite layer at Kanraj North?",
     [["9 metres", "nine metres"], ["22 metres"]],
     ["The upper barite horizon averages 9 metres in true thickness and reaches 22 metres in the central part of the deposit."])

case("why-how",
     "Why can't the Kanraj plant simply take its electricity from the grid?",
     [["Hub"], ["reinforcement"]],
     ["Power demand is estimated at 24 megawatts, to be supplied by an on-site diesel and solar hybrid plant because the nearest grid substation at Hub cannot supply a load of that size without reinforcement."])

unanswerable("paraphrase",
             "What zinc grade would the Kanraj concentrate run at?",
             "Described but not stated: the technical report gives flotation recoveries (86.5 percent zinc, 78.0 percent lead) and says the concentrate carries elevated cadmium, but never gives the concentrate's zinc grade. A good answer says the grade is not stated and may offer the recoveries as context.")

unanswerable("paraphrase",
             "How much compensation per family are the Porali villagers asking for the grazing land?",
             "Described but not stated: the forum's web page demands compensation for grazing land lost to the pit and waste dumps, agreed with the families who use it, but names no amount.")

# ---------------------------------------------------------------- synthesis
case("synthesis",
     "Pull together the worries about Kanraj's water supply from across the documents.",
     [["not been tested", "no hydrogeological testing"], ["drinking water", "village wells", "shallow wells"],
      ["2.6 million"], ["three of the last five years"]],
     ["The concentrator would need about 1.9 million cubic metres of water per year. HBML proposes to draw this from an alluvial wellfield 14 kilometres south of the deposit, and no hydrogeological testing of that aquifer has yet been done.",
      "Most households depend on goat and sheep herding and on rain-fed cultivation, and several settlements draw drinking water from shallow wells in the same alluvial system that HBML proposes to use.",
      "Adding water for dust suppression on the haul roads and for the workers' camp, they calculate that real demand will be closer to 2.6 million cubic metres a year.",
      "In a district where rainfall failed in three of the last five years, this is the issue most likely to turn local opinion against the project."])

case("synthesis",
     "Who is meant to guard the Kanraj mine and its trucks, and where does everyone stand on private security?",
     [["levies"], ["private armed"], ["state forces"], ["not station personnel"]],
     ["Security of personnel and of concentrate trucks on the road to Hub is assumed to be provided by the provincial levies force under an arrangement with the district administration.",
      "HBML has told MGP that it does not intend to employ a private armed security contractor.",
      "Provide security for mine personnel and concentrate traffic through state forces only, and prohibit private armed contractors for foreign-linked mineral projects.",
      "Carrow Point has said publicly that it will not station personnel at the mine site and that it will take delivery of barite at the port."])

case("synthesis",
     "What do the different sources say about publishing the minerals agreements?",
     [["Publish MoUs", "MoUs and investment terms"], ["Carrow Point memorandum"], ["offtake memoranda"], ["Urdu"]],
     ["Publish MoUs and investment terms to reinforce public trust and reject misinformation.",
      "Publish the Carrow Point memorandum and require publication of any binding offtake contract that follows it.",
      "U.S. buyers should agree in advance to the publication of offtake memoranda and contracts.",
      "Publication of the agreement with the American buyer, in Urdu and in English."],
     note="Four sources agree: the article (publish MoUs), the Islamabad brief, the Washington brief and the villagers' demand list.")

case("synthesis",
     "What risks does the consultants' report flag for Kanraj North?",
     [["Water"], ["Tenure"], ["Security"], ["Markets"], ["Social licence"]],
     ["Water: the proposed wellfield has not been tested, and drawdown could affect village wells in the same aquifer.",
      "Tenure: EL-214 must be renewed in February 2027 and converted to a mining lease before construction.",
      "Security: road transport of concentrate through the district depends on arrangements with provincial authorities that have not been formalised.",
      "Markets: the Carrow Point memorandum is non-binding, and there is no offtake for zinc or lead concentrate.",
      "Social licence: no surface-rights agreement or community agreement has been concluded."])

case("synthesis",
     "What does the collection say about rare earths at Kanraj, or in Pakistan more generally?",
     [["no rare earth", "no rare earths"], ["no Pakistani rare-earth deposit", "published resource estimate"], ["unexplored deposits"]],
     ["No rare earth elements, lithium or other battery metals were detected at levels of economic interest in the multi-element assays of the 2024 and 2025 drilling programmes.",
      "The company's drilling has found no rare earths of economic interest, and Pakistan's credibility with American buyers will depend on describing its mineral endowment accurately.",
      "There are promising occurrences in the north-west and in Balochistan, but no Pakistani rare-earth deposit has a published resource estimate, metallurgical testwork, or a permitting path.",
      "Large, unexplored deposits"])

case("synthesis",
     "where would Kanraj's zinc concentrate actually go?",
     [["no zinc smelter", "no smelter"], ["No offtake arrangement", "no offtake"], ["China"], ["South Korea", "Korea"], ["open tender"]],
     ["Pakistan has no zinc smelter and imports all of its refined zinc, about 62,000 tonnes in 2025, mainly for galvanising steel.",
      "No offtake arrangement has been discussed for the zinc or lead concentrates.",
      "Zinc concentrate from Kanraj North would therefore be sold abroad, and the most likely buyers are smelters in China, which already take most of the concentrate produced by the existing Chinese-operated zinc mine in the region.",
      "Smelters in South Korea and Japan would be the natural buyers for a project with an American barite customer, although Chinese smelters have historically bought most of the zinc concentrate produced in Balochistan.",
      "Offer zinc concentrate by open tender rather than committing it to a single buyer."],
     note="The two briefs disagree on the likely buyer (China in the Islamabad brief, South Korea and Japan in the Washington brief); a good answer reports both.")

# ---------------------------------------------------------------- comparison
case("comparison",
     "When and where was the Hingol-Carrow Point MoU signed? I've seen different dates.",
     [["14 October 2025"], ["16 October 2025"], ["November 2025"], ["Islamabad"], ["Houston"]],
     ["On 14 October 2025 HBML signed a non-binding memorandum of understanding with Carrow Point Resources LLC of Houston, Texas, a grinder and supplier of barite to the oil and gas drilling industry.",
      "Hingol Base Metals signed a memorandum of understanding with Carrow Point Resources LLC, a Houston-based barite grinder, in Islamabad on 16 October 2025.",
      "In November 2025 Hingol signed a memorandum of understanding in Houston with Carrow Point Resources LLC, a Texas barite grinder."],
     note="Technical report: 14 October 2025 (no place). Islamabad brief: 16 October 2025 in Islamabad. Washington brief: November 2025 in Houston. The web page only says October last year.")

case("comparison",
     "How much barite a year can Carrow Point buy under the memorandum? Do the sources agree?",
     [["120,000", "120000"], ["150,000", "150000"]],
     ["Under the memorandum Carrow Point may purchase up to 120,000 tonnes per year of drilling-grade barite for five years from first production, at prices to be agreed.",
      "Company officials have described it to us as covering the offtake of as much as 150,000 tonnes of barite a year.",
      "The memorandum contemplates purchases of up to 120,000 tonnes of drilling-grade barite a year."])

case("comparison",
     "Capex for Kanraj: company study vs the Washington think tank's number, and why they differ",
     [["212 million"], ["260 million"], ["grinding mill"]],
     ["The preliminary capital cost estimate is USD 212 million, with an accuracy of plus or minus 35 percent.",
      "Our estimate is higher, at about USD 260 million, because we include the port-side grinding mill that Hingol has discussed and that Pakistani policymakers are likely to require."])

case("comparison",
     "How many people live near the deposit according to the company's consultants versus the community forum?",
     [["seven settlements", "seven"], ["4,900", "4900"], ["11 villages"], ["6,800", "6800"], ["herding camps"]],
     ["According to a household count carried out for HBML in 2025, seven settlements with a combined population of about 4,900 people lie within 10 kilometres of the deposit.",
      "We counted 11 villages, home to about 6,800 people.",
      "The company's consultants counted seven settlements and about 4,900 people, because they left out the seasonal herding camps and the hamlets east of the ridge."])

case("comparison",
     "US import reliance for barite - Islamabad brief vs Washington brief?",
     [["75 percent", "75%"], ["85 percent", "85%"]],
     ["By our estimate it imports about 75 percent of the barite it consumes, and China and India have together supplied the majority of those imports for more than a decade.",
      "The United States consumes more of it than any other country, mines only a small share of what it uses, and relies on imports for more than 85 percent of its consumption."])

case("comparison",
     "Is Kanraj 11 million tonnes or 14 million tonnes?",
     [["11.1 million", "11.1"], ["14 million"], ["exploration target"]],
     ["The Mineral Resource estimated from that drilling comprises 6.8 million tonnes of Indicated Resources and 4.3 million tonnes of Inferred Resources, a total of 11.1 million tonnes, reported above a cut-off grade of 4.0 percent zinc equivalent.",
      "An earlier estimate of 14 million tonnes that appeared in a 2024 company presentation was a geological exploration target, not a Mineral Resource, and it should not be relied upon.",
      "An investor presentation circulated by the company describes the deposit as holding roughly 14 million tonnes."],
     note="The Washington brief quotes the 14 Mt presentation figure; the technical report explains it was an exploration target. Both briefs advise relying on the technical report.")

# ---------------------------------------------------------------- why-how
case("why-how",
     "Why does the Islamabad institute prefer grinding at Hub rather than at the mine?",
     [["water"], ["industrial estate"], ["smaller mines"]],
     ["Option B is our preferred route. It keeps the heaviest water use away from the villages around the mine, uses Hub's existing industrial estate, and could also process lump barite from the smaller mines in Khuzdar and Lasbela."])

case("why-how",
     "How does Pakistan lose out on value from the barite it exports now?",
     [["95"], ["215"], ["grinder's margin", "grinder s margin", "grinders margin"]],
     ["Lump barite loaded at Karachi fetched about USD 95 per tonne in 2025.",
      "The same barite, ground to drilling grade and delivered to the U.S. Gulf Coast, sold for about USD 215 per tonne.",
      "Of the difference, freight accounts for about USD 45 per tonne; most of the rest is the grinder's margin, and Pakistan captures none of it."])

case("why-how",
     "why could the Kanraj waste rock turn acidic?",
     [["pyrite"], ["3 and 8 percent", "3 to 8 percent", "3-8"]],
     ["Because the shales contain between 3 and 8 percent pyrite, waste rock and tailings may generate acid drainage."])

case("why-how",
     "How did Hingol explain the gap between the jobs it promised villagers and the number in its own report?",
     [["indirect jobs"], ["transport"]],
     ["When we raised this, the company said that the higher figure included indirect jobs in transport, shops and services."])

# ---------------------------------------------------------------- table
case("table",
     "Which Kanraj drill hole had the best intercept, and what did it return?",
     [["KND-012", "KND 012"], ["22.3"], ["11.7"]],
     ["KND-012 2024 110.5 132.8 22.3 11.7 3.4 30.1 Best intercept to date"])

case("table",
     "Grades of the Indicated resource at Kanraj North?",
     [["7.9"], ["2.1"], ["31.5"]],
     ["Indicated 6.8 7.9 2.1 31.5 537 2.14"])

case("table",
     "How much barite did Pakistan send to the United States in 2024 and 2025?",
     [["3,100", "3100"], ["4,600", "4600"]],
     ["United States 0 2,500 0 3,100 4,600"])

case("table",
     "In the recommended phase 2 budget, what goes to the pre-feasibility study and what to hydrogeology?",
     [["2.8"], ["1.9"]],
     ["Pre-feasibility study 2.8", "Hydrogeological drilling and pump testing 1.9"])

case("table",
     "If the barite were ground next to the concentrator instead, how much extra capital would that need and what's the downside?",
     [["24"], ["water and power"]],
     ["C. Grind at mine Mill beside the concentrator 24 150 Higher water and power demand at the site"])

# ---------------------------------------------------------------- named-document
case("named-document",
     "In the technical report, what metal prices went into the zinc equivalent?",
     [["2,700", "2700"], ["2,050", "2050"]],
     ["Zinc equivalent was calculated using metal prices of USD 2,700 per tonne for zinc and USD 2,050 per tonne for lead, and barite was not included in the zinc equivalent calculation."])

case("named-document",
     "What does the community forum's web page say came of the meeting in Uthal?",
     [["checkpoint"], ["review"]],
     ["28 September 2026 Deputy Commissioner's office, Uthal District administration 14 delegates Delegates raised the checkpoint at the track junction; the administration promised a review"])

case("named-document",
     "What does the policy brief recommend?",
     [["Carrow Point memorandum"], ["open tender"], ["test case"], ["80 percent talking point"]],
     ["Publish the Carrow Point memorandum and require publication of any binding offtake contract that follows it.",
      "Offer zinc concentrate by open tender rather than committing it to a single buyer.",
      "Treat barite as the test case.",
      "Retire the 80 percent talking point."],
     note="Ambiguous: there are two policy briefs (the Islamabad institute's Policy Brief No. 17 and the Washington forum's Policy Brief 26-09). A good answer notices both and either asks which is meant or gives the recommendations of each, saying which brief each comes from; the facts ask for points from both.")

case("named-document",
     "How much barite did Pakistan export in 2025 according to the brief?",
     [["58,400", "58400"], ["63,000", "63000"]],
     ["Pakistan exported 58,400 tonnes of barite in 2025, almost all of it as unprocessed lump to Gulf buyers, and captured little of the value that grinding adds.",
      "Pakistan shipped about 63,000 tonnes of barite abroad in 2025, mostly to grinders in the Gulf."],
     note="Ambiguous: both policy briefs give a figure and they disagree (58,400 t in the Islamabad brief, about 63,000 t in the Washington brief). A good answer gives both with their sources, or asks which brief is meant.")

case("named-document",
     "What did Hingol's letter to the forum promise, per the forum's site?",
     [["no intention of drawing on any aquifer"], ["welcomes independent monitoring"]],
     ["In a letter to the Forum dated 21 October 2026, Hingol Base Metals said it has \"no intention of drawing on any aquifer used by villages without first testing it\" and that it \"welcomes independent monitoring\"."])

unanswerable("named-document",
             "What royalty rate does the technical report assume for barite?",
             "Described but not stated: the report says provincial royalties and the federal excise duty are included in the operating cost at the rates in force on the effective date, but it gives no rate.")

# ---------------------------------------------------------------- conversations
H = lambda *pairs: [m for q, a in pairs for m in ({"role": "user", "content": q}, {"role": "assistant", "content": a})]

c1q1 = "What's the size of the Kanraj North resource?"
c1a1 = "The technical report estimates 6.8 million tonnes Indicated and 4.3 million tonnes Inferred, 11.1 million tonnes in total."
c1q2 = "At what cut-off is that reported, and what happens if the cut-off goes up?"
c1a2 = "It is reported above 4.0 percent zinc equivalent; at a 6.0 percent cut-off the total falls to 7.4 million tonnes."
c1q3 = "Who in the report is responsible for it?"
case("conversation", c1q1,
     [["11.1 million", "11.1"], ["6.8 million", "6.8"], ["4.3 million", "4.3"]],
     ["The Mineral Resource estimated from that drilling comprises 6.8 million tonnes of Indicated Resources and 4.3 million tonnes of Inferred Resources, a total of 11.1 million tonnes, reported above a cut-off grade of 4.0 percent zinc equivalent."],
     conversation="m9-c1", history=[])
case("conversation", c1q2,
     [["4.0 percent", "4 percent", "4.0%", "4%"], ["7.4 million", "7.4"]],
     ["The Mineral Resource estimated from that drilling comprises 6.8 million tonnes of Indicated Resources and 4.3 million tonnes of Inferred Resources, a total of 11.1 million tonnes, reported above a cut-off grade of 4.0 percent zinc equivalent.",
      "At a cut-off of 6.0 percent zinc equivalent the total resource falls to 7.4 million tonnes."],
     conversation="m9-c1", history=H((c1q1, c1a1)))
case("conversation", c1q3,
     [["Khattak"]],
     ["Dr. Nadia Rehmat Khattak is responsible for Sections 3 to 6 and 10 of this report, and Imran Solangi is responsible for Sections 7 to 9."],
     note="'It' is the resource estimate (Section 6), so the responsible Qualified Person is Dr. Khattak; naming Solangi alone is wrong.",
     conversation="m9-c1", history=H((c1q1, c1a1), (c1q2, c1a2)))

c2q1 = "What did Hingol tell the villagers about jobs at the August meeting?"
c2a1 = "At the 19 August meeting in Kanraj village the company's community relations manager, Jawad Lasi, said the mine would create 1,200 jobs."
c2q2 = "How does that square with what its own consultants wrote?"
c2a2 = "The technical report says 640 people at the peak of construction and 410 once the mine is running, with a target of 70 percent local hiring."
c2q3 = "Different subject: is it right that the US gets 80 percent of its rare earths from China?"
c2a3 = "The article says the U.S. imports 80% of its rare earths from China; the Washington brief says that figure is out of date and the Chinese share is closer to 70 percent."
c2q4 = "Going back to the jobs, what share do the villagers want kept for locals?"
case("conversation", c2q1,
     [["1,200", "1200"]],
     ["At the meeting on 19 August the company's community relations manager, Mr. Jawad Lasi, told the audience that the mine would create 1,200 jobs."],
     conversation="m9-c2", history=[])
case("conversation", c2q2,
     [["410"], ["640"]],
     ["Construction workforce (peak) 640", "Operating workforce 410",
      "It says the mine would employ 640 people at the peak of construction and only 410 once it is running."],
     conversation="m9-c2", history=H((c2q1, c2a1)))
case("conversation", c2q3,
     [["80%", "80 percent"], ["70 percent", "70%"]],
     ["The U.S. imports 80% of its REEs from China.",
      "Measured across rare-earth compounds and metals, the Chinese share of U.S. imports in recent years has been closer to 70 percent, with the balance coming mainly from Malaysia, Japan and Estonia, although much of that material was originally mined in China."],
     note="Topic switch from jobs to the rare-earth import figure; the article and the Washington brief disagree.",
     conversation="m9-c2", history=H((c2q1, c2a1), (c2q2, c2a2)))
case("conversation", c2q4,
     [["80 percent", "80%"]],
     ["At least 80 percent of permanent jobs to go to people from the valley, with training starting before construction."],
     note="Return to the jobs topic after the switch; the company's own target is 70 percent, which a good answer may add.",
     conversation="m9-c2", history=H((c2q1, c2a1), (c2q2, c2a2), (c2q3, c2a3)))

c3q1 = "Who is Carrow Point?"
c3a1 = "Carrow Point Resources LLC is a Houston, Texas company that grinds and supplies barite to the oil and gas drilling industry; it signed a non-binding MoU with Hingol Base Metals to buy Kanraj barite."
c3q2 = "Is it putting any money into the project?"
c3a2 = "No. The memorandum provides for no equity participation or funding, and the Washington brief says Carrow Point has not committed capital."
c3q3 = "So what price has it agreed to pay for the barite?"
case("conversation", c3q1,
     [["Houston"], ["grinder", "barite grinder"]],
     ["On 14 October 2025 HBML signed a non-binding memorandum of understanding with Carrow Point Resources LLC of Houston, Texas, a grinder and supplier of barite to the oil and gas drilling industry."],
     conversation="m9-c3", history=[])
case("conversation", c3q2,
     [["equity"], ["funding", "not committed capital"]],
     ["The memorandum does not provide for any equity participation in HBML or for any funding of the project by Carrow Point.",
      "Carrow Point has not committed capital to the project, and the memorandum contains no equity or financing terms."],
     conversation="m9-c3", history=H((c3q1, c3a1)))
unanswerable("conversation", c3q3,
             "Described but not stated: the memorandum is at 'prices to be agreed'; the Islamabad brief says neither party has disclosed pricing. No price is given anywhere.",
             conversation="m9-c3", history=H((c3q1, c3a1), (c3q2, c3a2)))

# ---------------------------------------------------------------- out-of-corpus
unanswerable("out-of-corpus",
             "What tariff does the US charge on barite imported from Pakistan?",
             "Plainly outside the collection: no document mentions U.S. tariffs on barite.")
unanswerable("out-of-corpus",
             "How much did Pakistan's 2026-27 federal budget set aside for mineral exploration?",
             "Plainly outside the collection: no document discusses the federal budget.")
unanswerable("out-of-corpus",
             "How much has Carrow Point invested in Hingol Base Metals so far?",
             "False premise: the technical report says the memorandum provides for no equity participation and no funding, and the Washington brief says Carrow Point has not committed capital. A good answer corrects the premise.")
unanswerable("out-of-corpus",
             "When did the provincial EPA approve the Kanraj environmental impact assessment?",
             "False premise: no EIA has been submitted (technical report; the forum's page says the company has not yet submitted one), so there has been no approval.")
unanswerable("out-of-corpus",
             "How many tonnes of rare earth oxide does the Kanraj resource contain?",
             "False premise: the technical report says no rare earth elements were detected at levels of economic interest, and the Islamabad brief says the project is not a rare-earth project.")
unanswerable("out-of-corpus",
             "What will the port Carrow Point is building at Sonmiani be able to handle?",
             "False premise: the Islamabad brief calls claims that the American buyer will operate its own port facility at Sonmiani rumours made without evidence; the technical report says no loading facility exists at Sonmiani; the forum's page says the company denies it. A good answer says no such port is planned in the documents.")
unanswerable("out-of-corpus",
             "Who is Hingol Base Metals' chief executive?",
             "Described but not stated: the company is named throughout, and its community relations manager (Jawad Lasi) is named on the forum's page, but no chief executive is named anywhere.")
unanswerable("out-of-corpus",
             "How many people work at the Chinese-operated zinc mine in the region?",
             "Described but not stated: the Islamabad brief mentions an existing Chinese-operated zinc mine in the region and the Washington brief says Chinese companies operate mines there, but neither gives its workforce.")

with OUT.open("w") as f:
    for i, c in enumerate(cases, 1):
        row = {"id": f"m9-{i:03d}"}
        row.update(c)
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print("wrote", len(cases), "cases to", OUT)
