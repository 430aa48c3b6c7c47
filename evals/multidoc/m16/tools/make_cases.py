"""Write round-m16.jsonl (54 cases) next to this tools/ folder.

Run: python tools/make_cases.py
Conversation cases carry a "_reply" (the plausible assistant answer to that turn); it is used to
build the "history" of the later turns of the same conversation and is not written out.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "round-m16.jsonl")

# ---- frequently used support sentences -------------------------------------------------------
# Ministry of Maritime Affairs summary (docx, 14 Oct 2025)
A_OWN = ("IGT is a special-purpose company owned 51 per cent by Makran Bulk Logistics (Pvt) Limited of Karachi and "
         "49 per cent by Chesapeake Bulk Infrastructure LLC (CBI) of Baltimore, Maryland, United States.")
A_FIXED = ("The shareholding is fixed at these proportions for the life of the concession, and any transfer of "
           "shares will require the prior approval of PQA.")
A_DIST = "The nearest settlement, the fishing village of Sumar Dabla, lies 4.2 kilometres from the project site."
A_COST = "The total project cost is estimated at USD 148 million, as shown in Table 1."
A_FEE = ("IGT will pay PQA a throughput fee of USD 4.50 per tonne handled, in addition to annual ground rent of "
         "PKR 38 million.")
A_WINDOW = "The challenge window was open for 30 days, from 30 July to 29 August 2025."
A_NOBID = "No competing proposal was received during the challenge window."
A_JOBS = ("Once in operation, the terminal will provide 240 direct permanent jobs, of which at least 60 per cent are "
          "reserved for residents of the Malir and Bin Qasim areas of Karachi.")
A_COD = "Commercial operation December 2027"
A_LENDER = ("The debt is to be raised from Atlantic Frontier Capital, a New York-based infrastructure fund, and a "
            "local syndicate led by Mehran Commercial Bank Limited.")
A_THRU = "Phase 1 will have a nameplate throughput of 600,000 tonnes per year."

# IMPI policy brief (pdf, 9 Dec 2025)
B_COST = ("We estimate this public share at USD 64 million, which brings the full cost of making the terminal work "
          "to about USD 212 million.")
B_DIST = ("Our field team measured the distance from the boundary of the planned shed to Sumar Dabla at 1.6 "
          "kilometres.")
B_JOBS = "IGT's own staffing plan lists 140 permanent posts."
B_FEE = ("The summary tells the Apex Committee that IGT will pay PQA USD 4.50 per tonne, but the draft concession we "
         "have seen sets the fee at USD 3.10 per tonne.")
B_WINDOW = "According to the notices we traced, the challenge was open for only 15 days, from 14 to 29 August 2025."
B_STAKE = ("Under a shareholder loan agreement we have seen, CBI can convert USD 22 million of loans into equity, "
           "which would raise its stake from 49 per cent to as much as 65 per cent.")
B_THRU = ("The summary cites a Phase 1 throughput of 600,000 tonnes a year, but the ESIA scoping report assumes "
          "450,000 tonnes a year, a quarter less.")
B_OPAQUE = ("In a widely read article on Pakistan-U.S. cooperation on critical minerals, Col Chaudhry Muhammad "
            "Sabahuddin (retd) warned: \"Opaque contracts or uneven enforcement can create political crises, "
            "undermine investor confidence, and weaken state legitimacy.\"")
B_PUBLISH = ("Among his recommendations was this: \"Publish MoUs and investment terms to reinforce public trust and "
             "reject misinformation.\"")

# Harbour Herald (html, 21 Jan 2026)
C_HUAXIN = ("Huaxin Haigang Bulk Services Co., a Tianjin-based operator of bulk terminals, said it delivered a "
            "counter-proposal for the Qasim Mineral Concentrate Terminal (QMCT) to the authority's offices on "
            "August 27, two days before the Swiss challenge window closed.")
C_REJECT = ("According to Huaxin, the Ministry of Maritime Affairs rejected its counter-proposal and returned the "
            "envelope unopened.")
C_EPA = ("The Sindh EPA granted conditional environmental approval to QMCT on Friday, January 16, attaching 23 "
         "conditions to the project's environmental and social impact assessment.")
C_COND1 = ("Among them, the terminal must install four continuous dust monitors, including one in the fishing "
           "village of Sumar Dabla, and must stop all ship loading when wind speeds exceed 40 kilometres an hour.")
C_COND2 = ("Other conditions ban open stockpiling anywhere in the port, require wheel-washing for every truck "
           "leaving the site and oblige the operator to run a 24-hour complaints hotline in Sindhi and Urdu.")
C_COST = ("Kamran Ali Baloch, IGT's chief executive, said the cost of the terminal had risen to USD 176 million "
          "after the company added an enclosed rail unloading station, so that concentrate arriving by train would "
          "never be handled in the open.")
C_COD = "He said commissioning was now expected in mid-2028."
C_APEX = ("The Apex Committee of the Special Investment Facilitation Council approved the 30-year concession on "
          "October 23, according to two officials familiar with the decision.")
C_BASING = ("Speculation that U.S. involvement in minerals logistics could lead to a military foothold has "
            "circulated for months, but Col Chaudhry Muhammad Sabahuddin (retd), whose article on Pakistan-U.S. "
            "minerals cooperation has been widely read in Islamabad, concluded: \"There is no evidence to suggest "
            "that these engagements involve U.S. military basing or a Bagram-substitute facility.\"")
C_ANCHORS = ("The same article urged Islamabad to give Beijing formal reassurance that CPEC and Gwadar remain "
             "Pakistan's long-term strategic anchors.")

# PQA email thread (txt, 3-6 Feb 2026)
D_DIST = ("Our survey team measured 2.7 km from the boundary of the storage shed to the nearest dwelling in Sumar "
          "Dabla.")
D_DIST2 = ("The 4.2 km in the Ministry's summary was measured from the MB-3 berth to the village mosque, which is "
           "the wrong pair of points.")
D_DIST3 = ("IMPI's 1.6 km was measured to the fishermen's jetty, where nobody lives, although I accept that people "
           "work there every day.")
D_EPA_DATE = ("The Sindh EPA's conditional approval is dated 14 January 2026, not 16 January; the Herald has the "
              "date on which the letter reached IGT.")
D_EPA_N = "The approval contains 19 conditions."
D_EPA_23 = "The Herald's figure of 23 counts the four annexed monitoring schedules as if they were separate conditions."
D_MONITORS = ("The main conditions are as reported: four continuous PM10 monitors, one of them in Sumar Dabla, a halt "
              "to ship loading when wind speed exceeds 40 km/h, no open stockpiles, wheel-washing and a complaints "
              "hotline.")
D_REALTIME = "The monitor readings will be published online in real time from the first day of operation."
D_THRU1 = "The nameplate capacity of Phase 1 is 600,000 tonnes a year."
D_THRU2 = ("The ESIA modelled 450,000 tonnes a year because that is the throughput IGT expects during the first "
           "three years of ramp-up, and the EPA has made a fresh assessment a condition of going above it.")
D_COST = "The current project cost is USD 176 million."
D_COST2 = ("That is the USD 148 million in the Ministry's summary plus USD 28 million for the enclosed rail unloading "
           "station that we added in November.")
D_COST3 = ("IMPI's USD 212 million adds PQA's dredging to our cost, and in any case uses a dredging figure we do not "
           "recognise.")
D_COD = "Commercial operation is now planned for June 2028, not December 2027."
D_COD2 = ("The ship loader manufacturer has pushed delivery back by five months, and the rail unloading station adds "
          "civil works at the start.")
D_JOBS = "The figure of 240 direct permanent jobs stands."
D_JOBS2 = "IMPI's 140 counts only posts on IGT's own payroll."
D_JOBS3 = ("The other 100 are permanent posts with our maintenance and cleaning contractors, who will work at the "
           "terminal full-time.")
D_FEE = ("Under the draft concession IGT pays PQA USD 3.10 per tonne in years one to five and USD 4.50 per tonne "
         "from year six onwards.")
D_FEE2 = "The Herald's table gives only the later rate."
D_FUND = ("On 30 January we agreed with the Sumar Dabla Fishermen's Cooperative to set up a Sumar Dabla community "
          "fund of USD 400,000 a year, which replaces the USD 250,000 programme described in the Ministry's summary.")
D_FUND2 = "The cooperative will have two of the five seats on the fund's board."
D_LOAN = ("IMPI is right that CBI has made a convertible shareholder loan of USD 22 million to IGT, and the "
          "Ministry's summary should have mentioned it.")
D_CAP = ("Clause 14.3 of the draft concession caps any conversion so that CBI cannot hold more than 49 per cent of "
         "IGT without the prior written consent of both PQA and SIFC.")
D_AFC = ("Atlantic Frontier Capital withdrew from the debt financing in December 2025 after an internal review of "
         "its Pakistan exposure.")
D_BAY = ("Its share of the debt will now come from Bay Meridian Finance of Dubai, alongside the local syndicate led "
         "by Mehran Commercial Bank.")
D_CLOSE = "Because of the change, financial close has moved from March 2026 to September 2026."
D_WINDOW = "The Swiss challenge notice first appeared on 30 July 2025, and the window ran for 30 days, to 29 August."
D_WINDOW2 = "IMPI's 15 days comes from the second advertisement of 14 August, which was only a reminder."
D_HX = ("Huaxin Haigang's envelope was received at the PQA registry on 2 September 2025, four days after the window "
        "closed on 29 August.")
D_HX2 = ("The registry stamp and the courier's receipt both show 2 September; Huaxin's claim of hand delivery on 27 "
         "August is not supported by any record we hold.")
D_HX3 = ("The envelope was returned unopened by PQA's evaluation committee, not by the Ministry as the Herald "
         "reported, and the committee recorded its decision on 4 September.")
D_APEX = ("On 23 October it deferred the item until the Foreign Office had briefed the Chinese Embassy, and it "
          "approved the concession on 6 November 2025.")
D_DREDGE = ("Dredging of the MB-3 berth pocket is in PQA's own development budget at USD 36 million, not the USD 64 "
            "million that IMPI cites, and it is not part of the concession cost.")
D_REOPEN = ("On Huaxin's letter to SIFC, the Ministry's view is that the challenge will not be reopened, since the "
            "window was advertised for the full 30 days.")

CASES = []


def add(category, question, facts, support, note=None, conversation=None, reply=None):
    c = {"category": category, "question": question, "answerable": bool(facts), "facts": facts,
         "support": support}
    if note:
        c["note"] = note
    if conversation:
        c["conversation"] = conversation
        c["_reply"] = reply
    CASES.append(c)


# ---- paraphrase (6) ---------------------------------------------------------------------------
add("paraphrase",
    "Per the people who did the environmental study, what's the gap between the edge of the warehouse and the "
    "closest home in the fishing village?",
    [["2.7 km"]], [D_DIST])
add("paraphrase",
    "Could the American-linked owners bring in their own overseas guards to protect the site?",
    [["foreign private security contractor"], ["Sindh Police"]],
    ["The draft concession agreement prohibits IGT and its shareholders from engaging any foreign private "
     "security contractor.",
     "Security inside the terminal will be provided by the PQA security force and outside it by Sindh Police."])
add("paraphrase",
    "In the NSP-2022 piece, what share of the world's capacity to purify rare earths does it credit to Beijing?",
    [["85"]],
    ["China accounts for approximately 70 percent of global REE extraction and more than 85 percent of refining "
     "capacity."])
add("paraphrase",
    "If it gets too gusty, are they supposed to stop putting cargo onto vessels? At what point?",
    [["40"]], [C_COND1])
add("paraphrase",
    "besides the per-tonne charge, what does the operator pay each year just for occupying the port's land?",
    [["PKR 38 million", "38 million"]], [A_FEE])
add("paraphrase",
    "How much concentrate can the storage building hold at any one time?",
    [["45,000"]],
    ["QMCT will comprise a fully enclosed storage shed with a static capacity of 45,000 tonnes, a truck unloading "
     "hall, enclosed conveyors and a travelling ship loader at MB-3."])

# ---- synthesis (6) ----------------------------------------------------------------------------
add("synthesis",
    "What strings did Sindh EPA attach when it cleared the terminal? Give me the full list as reported.",
    [["four continuous"], ["40"], ["open stockpil"], ["wheel-washing"], ["hotline"], ["19", "23"]],
    [C_COND1, C_COND2, D_EPA_N])
add("synthesis",
    "Can you put together a timeline for QMCT, from the first proposal through to the environmental approval?",
    [["11 June 2025"], ["29 August"], ["2 October 2025"], ["6 November 2025"], ["14 January 2026"]],
    ["On 11 June 2025, Indus Gateway Terminals (Pvt) Limited (IGT) submitted an unsolicited proposal to the Port "
     "Qasim Authority (PQA) to build, operate and transfer a covered storage and handling terminal for mineral "
     "concentrates on 22 hectares of port land adjacent to the proposed Multipurpose Bulk Berth 3 (MB-3).",
     A_WINDOW,
     "The environmental and social impact assessment (ESIA), prepared by Eastwind Environmental Consultants of "
     "Karachi, was submitted to the Sindh Environmental Protection Agency on 2 October 2025.",
     D_APEX, D_EPA_DATE])
add("synthesis",
    "Where could dust still get out despite the sealed shed, and what monitoring has actually been promised?",
    [["trucks queuing"], ["conveyor"], ["ship loader"], ["PM10"], ["real time"]],
    ["The weak points are elsewhere: trucks queuing at the gate, spillage on the conveyor to the berth, and the "
     "ship loader itself.",
     D_MONITORS, D_REALTIME])
add("synthesis",
    "Give me a quick profile of Indus Gateway Terminals - owners, what each partner brings, who runs it.",
    [["51"], ["49"], ["Chile"], ["customs clearance", "land transport"], ["Kamran Ali Baloch"]],
    [A_OWN,
     "CBI operates enclosed concentrate sheds at two ports on the east coast of the United States and one in "
     "northern Chile, and will provide the terminal's operating systems and senior technical staff during the "
     "first five years.",
     "Makran Bulk Logistics has handled bagged mineral cargo at Karachi Port since 2009 and will be responsible "
     "for land transport, customs clearance and local procurement.",
     C_COST])
add("synthesis",
    "what does the think tank want done before the concession gets signed?",
    [["shareholder loan agreement"], ["30 days"], ["dust monitoring"], ["1 per cent"], ["Standing Committees"]],
    ["Publish the draft concession agreement and the shareholder loan agreement before signature.",
     "Re-run the Swiss challenge for a full 30 days.",
     "Install independent, continuous dust monitoring at Sumar Dabla and publish the readings online.",
     "Create a community benefit fund financed with 1 per cent of throughput fee revenue.",
     "Refer the concession to the Standing Committees on Maritime Affairs of both houses of Parliament for review."])
add("synthesis",
    "According to the critical minerals article, what safeguards does the NSP say mining has to be run under?",
    [["Transparent frameworks"], ["benefit-sharing"], ["Community inclusion"], ["environmental safeguards"],
     ["external exploitation"]],
    ["However, as the NSP warns, extractive industries must be governed through:",
     "Transparent frameworks", "Equitable provincial benefit-sharing", "Community inclusion",
     "Strict environmental safeguards", "Protection against external exploitation"])

# ---- why-how (6) ------------------------------------------------------------------------------
add("why-how",
    "Why did the price tag go from 148 to 176 million dollars?",
    [["rail unloading station"], ["28 million"]],
    [D_COST2, C_COST])
add("why-how",
    "How will the new fund for the fishing village work - how much money, and do the fishermen get a say?",
    [["400,000"], ["two of the five"]],
    [D_FUND, D_FUND2])
add("why-how",
    "Why does IMPI think the distance to Sumar Dabla is such a big deal?",
    [["arsenic"], ["south-westerly"], ["fish-drying"]],
    ["Copper and antimony concentrates carry arsenic and lead, and antimony concentrate is the most contaminated "
     "of the three cargoes.",
     "In summer the prevailing south-westerly wind blows from the port towards the village, across the "
     "fish-drying yards."])
add("why-how",
    "Why didn't the Apex Committee sign off on the terminal at its 23 October meeting?",
    [["Chinese Embassy"], ["Foreign Office"]],
    [D_APEX])
add("why-how",
    "In the colonel's article, why is Washington so keen on Pakistan's rare earths in the first place?",
    [["80%"], ["national-security priority"], ["non-Chinese supply chain"]],
    ["The U.S. imports 80% of its REEs from China. Diversifying supply is therefore a national-security priority "
     "for Washington.",
     "A potential non-Chinese supply chain", "Geographic proximity to global sea-lanes"])
add("why-how",
    "How come the environmental assessment modelled less cargo than the figure the ministry gave the Apex "
    "Committee?",
    [["ramp-up"], ["three years"], ["fresh assessment"]],
    [D_THRU2, B_THRU])

# ---- comparison (7) ---------------------------------------------------------------------------
add("comparison",
    "The cost of this terminal seems to be all over the place depending on who you read. What figures are out "
    "there and why do they differ?",
    [["148"], ["212"], ["176"], ["36 million"]],
    [A_COST, B_COST, D_COST, D_COST2, D_DREDGE])
add("comparison",
    "How far is Sumar Dabla from the site? The ministry, IMPI and the consultants all seem to say something "
    "different.",
    [["4.2"], ["1.6"], ["2.7"], ["mosque"], ["jetty"]],
    [A_DIST, B_DIST, D_DIST, D_DIST2, D_DIST3])
add("comparison",
    "Was the Swiss challenge open for a month or two weeks?",
    [["30 days"], ["15 days"], ["reminder"]],
    [A_WINDOW, B_WINDOW, D_WINDOW, D_WINDOW2])
add("comparison",
    "Is it 240 permanent jobs or 140? Who's right?",
    [["240"], ["140"], ["100"]],
    [A_JOBS, B_JOBS, D_JOBS, D_JOBS2, D_JOBS3])
add("comparison",
    "compare what the documents say IGT pays the port per tonne",
    [["4.50"], ["3.10"], ["year six"]],
    [A_FEE, B_FEE, D_FEE, D_FEE2])
add("comparison",
    "Who actually turned down the Chinese counter-offer - the ministry or the port authority?",
    [["Ministry of Maritime Affairs"], ["evaluation committee"], ["4 September"]],
    [C_REJECT, D_HX3])
add("comparison",
    "Both the IMPI brief and the Herald lean on the colonel's NSP article. Which of his points does each one "
    "pick up?",
    [["Opaque contracts"], ["Publish MoUs"], ["Bagram"], ["strategic anchors"]],
    [B_OPAQUE, B_PUBLISH, C_BASING, C_ANCHORS])

# ---- conversation (10) ------------------------------------------------------------------------
add("conversation",
    "Did anyone else try to bid for the Port Qasim concentrate terminal?",
    [["Huaxin Haigang"], ["27"]],
    [C_HUAXIN, A_NOBID],
    conversation="m16-c1",
    reply="The Ministry's summary says \"No competing proposal was received during the challenge window.\" But the "
          "Harbour Herald reports that \"Huaxin Haigang Bulk Services Co., a Tianjin-based operator of bulk "
          "terminals, said it delivered a counter-proposal for the Qasim Mineral Concentrate Terminal (QMCT) to the "
          "authority's offices on August 27, two days before the Swiss challenge window closed.\"")
add("conversation",
    "What were they offering compared with IGT?",
    [["131"], ["5.20"], ["25 years"], ["60,000"]],
    ["Capital cost USD 176 million USD 131 million",
     "Throughput fee to PQA USD 4.50 per tonne USD 5.20 per tonne",
     "Concession term 30 years 25 years",
     "Static storage capacity 45,000 tonnes 60,000 tonnes"],
    conversation="m16-c1",
    reply="According to the Herald's comparison table, Huaxin offered a capital cost of USD 131 million against "
          "IGT's USD 176 million, a throughput fee of USD 5.20 per tonne against USD 4.50, a 25-year rather than "
          "30-year term, and 60,000 tonnes of storage against 45,000 tonnes. The Herald notes the Huaxin figures "
          "come from the company's own summary.")
add("conversation",
    "Does the port authority accept their account of when it was handed in?",
    [["2 September"], ["registry stamp", "courier"]],
    [D_HX, D_HX2],
    conversation="m16-c1")

add("conversation",
    "Who's the American shareholder in the terminal company, and how big a piece does it own?",
    [["Chesapeake Bulk Infrastructure"], ["49"]],
    [A_OWN],
    conversation="m16-c2",
    reply="The Ministry's summary says: \"IGT is a special-purpose company owned 51 per cent by Makran Bulk "
          "Logistics (Pvt) Limited of Karachi and 49 per cent by Chesapeake Bulk Infrastructure LLC (CBI) of "
          "Baltimore, Maryland, United States.\"")
add("conversation",
    "Different question - how many conditions did Sindh's environment agency put on the project?",
    [["23"], ["19"]],
    [C_EPA, D_EPA_N, D_EPA_23],
    conversation="m16-c2",
    reply="The sources differ. The Harbour Herald says the agency approved the project \"attaching 23 "
          "conditions\". The ESIA consultant, Dr Imtiaz Soomro, writes in the PQA email thread: \"The approval "
          "contains 19 conditions. The Herald's figure of 23 counts the four annexed monitoring schedules as if "
          "they were separate conditions.\"")
add("conversation",
    "And what date was that approval actually issued?",
    [["14 January 2026"], ["16"]],
    [D_EPA_DATE, C_EPA],
    conversation="m16-c2",
    reply="The Herald reports the approval on Friday, January 16, but the consultant corrects this: \"The Sindh "
          "EPA's conditional approval is dated 14 January 2026, not 16 January; the Herald has the date on which "
          "the letter reached IGT.\"")
add("conversation",
    "Going back to the US partner - could it end up with a majority of the company?",
    [["22 million"], ["65"], ["14.3"]],
    [B_STAKE, D_CAP],
    conversation="m16-c2")

add("conversation",
    "When is the terminal supposed to start operating?",
    [["December 2027"], ["June 2028"]],
    [A_COD, D_COD, C_COD],
    conversation="m16-c3",
    reply="The Ministry's October 2025 summary gave commercial operation as December 2027. The later sources push "
          "it back: the Herald quotes IGT's chief executive as saying commissioning \"was now expected in "
          "mid-2028\", and in the February email thread he writes: \"Commercial operation is now planned for June "
          "2028, not December 2027.\"")
add("conversation",
    "What's behind that slip?",
    [["ship loader"], ["five months"], ["rail unloading station"]],
    [D_COD2],
    conversation="m16-c3",
    reply="IGT's chief executive explains: \"The ship loader manufacturer has pushed delivery back by five months, "
          "and the rail unloading station adds civil works at the start.\"")
add("conversation",
    "Has financial close moved as well?",
    [["September 2026"], ["Atlantic Frontier Capital"]],
    [D_CLOSE, D_AFC],
    conversation="m16-c3")

# ---- table (5) --------------------------------------------------------------------------------
add("table",
    "In the ministry's cost breakdown, which component is the most expensive?",
    [["Civil works and ground improvement"], ["61.0"]],
    ["Civil works and ground improvement 61.0 41.2%"])
add("table",
    "How much chromite is expected through the terminal in phase 1, and where is it coming from?",
    [["120,000"], ["Muslim Bagh and Zhob"]],
    ["Chromite ore and concentrate Muslim Bagh and Zhob, Balochistan 120,000 20%"])
add("table",
    "Looking at IMPI's contaminant table, which cargo carries the most arsenic?",
    [["Antimony concentrate"], ["0.5-1.5"]],
    ["Antimony concentrate 0.5-1.5 0.2-2.0 Very high"])
add("table",
    "Of the two bids, which one offered more storage, and how much more?",
    [["Huaxin"], ["60,000"], ["45,000"]],
    ["Item IGT (awarded) Huaxin Haigang (rejected)",
     "Static storage capacity 45,000 tonnes 60,000 tonnes"])
add("table",
    "what month was construction meant to kick off, per the ministry's schedule table?",
    [["April 2026"]],
    ["Start of construction April 2026"])

# ---- named-document (6) -----------------------------------------------------------------------
add("named-document",
    "What does the Ministry of Maritime Affairs summary say about the U.S. role in the terminal?",
    [["no access rights"], ["CBI's private shareholding"]],
    ["QMCT is a commercial facility: it confers no access rights on any foreign government, and U.S. "
     "participation is limited to CBI's private shareholding."])
add("named-document",
    "According to the PQA email thread, what assurance was the Chinese Embassy given, and when?",
    [["3 November 2025"], ["no exclusive rights"], ["Gwadar remains free to compete"]],
    ["First, the Foreign Office briefing of the Chinese Embassy took place on 3 November 2025.",
     "The Embassy asked for, and was given, an assurance that QMCT creates no exclusive rights over Chagai "
     "concentrate and that Gwadar remains free to compete for it."])
add("named-document",
    "What does Sabahuddin's article recommend on parliamentary oversight of mineral deals?",
    [["Parliamentary Committees"], ["public audit bodies"]],
    ["Institutionalize review of mineral agreements through Parliamentary Committees and public audit bodies."])
add("named-document",
    "In the email thread, what does the ministry's section officer say about whether the concession agreement "
    "will be made public?",
    [["until it has been signed"], ["commercially sensitive schedules"]],
    ["Please note that the concession agreement itself will not be published until it has been signed, and then "
     "only with commercially sensitive schedules removed."])
add("named-document",
    "What does the IMPI brief say about how the Chinese see the terminal?",
    [["Gwadar bypass"], ["A briefing is not a plan"]],
    ["Chinese port operators in Pakistan have privately described QMCT as a \"Gwadar bypass\", because it would "
     "send Chagai copper to Karachi rather than to the CPEC port.",
     "A briefing is not a plan: nothing in the documents explains when, or at what cost, concentrate would "
     "actually shift to Gwadar."])
add("named-document",
    "What decisions was the Apex Committee asked to take in the ministry's October summary?",
    [["30-year build-operate-transfer"], ["strategic project"], ["dredging"], ["sign the concession agreement"]],
    ["(a) approve the award of a 30-year build-operate-transfer concession for QMCT to IGT;",
     "(b) designate QMCT as a strategic project facilitated by SIFC;",
     "(c) direct PQA to finance the dredging of the MB-3 berth pocket from its own resources; and",
     "(d) authorise the Ministry of Maritime Affairs to sign the concession agreement after the Sindh "
     "Environmental Protection Agency has approved the ESIA."])

# ---- out-of-corpus (8) ------------------------------------------------------------------------
add("out-of-corpus",
    "Which Chinese bank issued Huaxin's bid security?",
    [], [],
    note="Describes but does not name: the Herald says the USD 2 million bid security was issued by \"a Karachi "
         "branch of a Chinese bank\"; no bank is named anywhere.")
add("out-of-corpus",
    "Why did Sindh EPA turn down the terminal's ESIA?",
    [], [],
    note="False premise: the Sindh EPA granted conditional approval (14 January 2026 per the email thread, "
         "reported as 16 January by the Herald); it did not reject the ESIA.")
add("out-of-corpus",
    "How much has the U.S. International Development Finance Corporation lent to the Port Qasim concentrate "
    "terminal?",
    [], [],
    note="False premise: no U.S. government lender is involved. The debt was to come from Atlantic Frontier Capital "
         "(which withdrew) and Mehran Commercial Bank's syndicate, now with Bay Meridian Finance; CBI says no U.S. "
         "government agency holds equity or access rights.")
add("out-of-corpus",
    "What interest rate is Bay Meridian charging on its part of the loan?",
    [], [],
    note="Not given: the email thread names Bay Meridian Finance of Dubai as the replacement lender but gives no "
         "interest rate, tenor or amount for its share.")
add("out-of-corpus",
    "How many tonnes of rare-earth reserves does the NSP article say Pakistan has?",
    [], [],
    note="Base article: it gives China's reserves (44 million tons) and describes Pakistan's deposits as "
         "\"large, unexplored\" and \"untapped\", but never gives a tonnage for Pakistan.")
add("out-of-corpus",
    "What PM10 reading will force the terminal to stop work under the EPA conditions?",
    [], [],
    note="Figure discussed but never given: the documents mention four continuous PM10 monitors and a halt to ship "
         "loading above 40 km/h wind speed, but no PM10 threshold or limit value.")
add("out-of-corpus",
    "Who chairs the board of the new Sumar Dabla community fund?",
    [], [],
    note="Not given: the email thread says the fund has five board seats, two for the fishermen's cooperative, "
         "but names no chair.")
add("out-of-corpus",
    "What did the Senate standing committee conclude when it reviewed the QMCT concession?",
    [], [],
    note="False premise: IMPI only recommends referring the concession to the Standing Committees on Maritime "
         "Affairs; no document reports any parliamentary review having taken place.")

# ---- write ------------------------------------------------------------------------------------
assert len(CASES) == 54, len(CASES)
history = {}
rows = []
for i, c in enumerate(CASES, 1):
    row = {"id": f"m16-{i:03d}"}
    reply = c.pop("_reply", None)
    row.update(c)
    conv = c.get("conversation")
    if conv:
        row["history"] = list(history.get(conv, []))
        history[conv] = history.get(conv, []) + [{"role": "user", "content": c["question"]},
                                                 {"role": "assistant", "content": reply or ""}]
    rows.append(row)

with open(OUT, "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(rows), "cases to", os.path.normpath(OUT))
