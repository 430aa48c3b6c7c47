"""Write round-m17.jsonl (54 cases) next to this tools/ folder. Paths are relative."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
cases = []


def add(cat, q, facts, support, note=None, conv=None, history=None):
    r = {"id": f"m17-{len(cases) + 1:03d}", "category": cat, "question": q,
         "answerable": bool(facts), "facts": facts, "support": support}
    if conv:
        r["conversation"] = conv
        r["history"] = history or []
    if note:
        r["note"] = note
    cases.append(r)


# ---------------- paraphrase (6) ----------------
add("paraphrase",
    "Before the programme started, what share of the skilled jobs at Chagai's big mine sites were going to people from outside Balochistan?",
    [["58 percent", "58%"]],
    ["A labour-market scan carried out by the Programme Management Unit (PMU) in December 2024 found that 58 percent of technical positions at the eleven largest mineral sites in Chagai were held by workers from outside the province."])
add("paraphrase",
    "what monthly allowance were trainees originally promised",
    [["25,000", "25000"]],
    ["Every trainee will receive a monthly stipend of PKR 25,000 for the length of the course, paid by bank transfer on the tenth day of each month."])
add("paraphrase",
    "When did the escorted travel arrangement for female trainees actually get going?",
    [["4 August 2025"]],
    ["The four who left did so in June and July, before the chaperoned transport service started on 4 August 2025."])
add("paraphrase",
    "How does the Chinese-run concentrator near Dalbandin say it prefers to train its workforce?",
    [["Gwadar"], ["Xinjiang"]],
    ["A company representative told IRSS that it prefers to train its own workers through the Chinese-funded vocational centre in Gwadar and through courses in Xinjiang."])
add("paraphrase",
    "What pay can someone who qualified as a heavy machinery operator expect, going by what the Cordillera executive said?",
    [["85,000"], ["110,000"]],
    ["Graduates working as heavy equipment operators can expect to earn between PKR 85,000 and PKR 110,000 a month, she said, roughly three times the wage of an unskilled loader."])
add("paraphrase",
    "With the convoy course gone, who certifies people for convoy coordination now?",
    [["Home Department"]],
    ["The provincial Home Department will run its own certification for convoy coordination, outside the programme and without foreign involvement."])

# ---------------- synthesis (6) ----------------
add("synthesis",
    "List the eligibility and selection rules for getting a place on the programme.",
    [["18 to 30"], ["Secondary School Certificate", "matriculation"], ["70 percent"], ["15 percent"], ["aptitude test"]],
    ["Applicants must be aged 18 to 30 and hold at least a Secondary School Certificate (matriculation).",
     "70 percent of seats are reserved for holders of a Balochistan domicile, and at least 30 percent of those reserved seats go to residents of Chagai district.",
     "15 percent of seats in each cohort are reserved for women, with priority in the assay and GIS trades.",
     "Selection combines a written aptitude test, a structured interview and a medical check."])
add("synthesis",
    "What is the mines department changing for the second intake? give me the full list",
    [["16 March 2026"], ["660"], ["80 percent"], ["Pashto", "Brahui", "Balochi"], ["32,000"]],
    ["Cohort 2 will start on 16 March 2026.",
     "Cohort 2 will have 660 seats, not the 720 reported in the press.",
     "The reservation for holders of a Balochistan domicile will rise from 70 percent to 80 percent, and the share of reserved seats for Chagai residents from 30 percent to 35 percent.",
     "The test will be offered in Balochi, Brahui and Pashto as well as English and Urdu.",
     "The monthly stipend will rise from PKR 25,000 to PKR 32,000 from cohort 2, and will be paid from an escrow account funded one term in advance."])
add("synthesis",
    "Pull together the complaints the trainees themselves have raised across the sources.",
    [["29 July 2025"], ["four companies"], ["chaperoned transport", "transport"]],
    ["The first stipend payment was made only on 29 July 2025 and covered both June and July, leaving several trainees from outside Quetta borrowing money to pay for food.",
     "Waheed Ahmed, 24, from Dalbandin, who completed the drilling course, said he had applied to four companies without reply.",
     "Gul Bano, 22, one of the first women from Chagai to qualify as an assay technician, said the chaperoned transport service had made it possible for her family to let her study in Quetta.",
     "\"Without it I would not be here. But it only started in August, and some of the girls had already left by then,\" she said."])
add("synthesis",
    "What did IRSS recommend the programme do?",
    [["security module"], ["Balochi"], ["escrow"], ["publish the grant agreement"]],
    ["First, the Steering Committee should remove the site security module permanently and reallocate its seats to a civilian trade.",
     "Second, the aptitude test should be offered in Balochi and Brahui, and unfilled domicile seats should be carried over to the next cohort rather than released to other provinces.",
     "Third, stipends should be paid through a dedicated escrow account funded one term in advance.",
     "Fourth, the signatories should publish the grant agreement, redacting only genuinely commercial terms, in line with the article's recommendation to \"Publish MoUs and investment terms to reinforce public trust and reject misinformation.\""])
add("synthesis",
    "Which of the think tank's recommendations have been taken up since, going by the later emails?",
    [["removed from the programme permanently", "remove the site security module permanently"], ["Balochi"], ["escrow"], ["carried over"]],
    ["First, the Steering Committee should remove the site security module permanently and reallocate its seats to a civilian trade.",
     "The site security and convoy coordination module has been removed from the programme permanently, and the 120 seats planned for it in cohorts 2 and 3 will be reallocated to the mineral processing plant operator trade.",
     "The test will be offered in Balochi, Brahui and Pashto as well as English and Urdu.",
     "Unfilled reserved seats will be carried over, not released to other provinces.",
     "The monthly stipend will rise from PKR 25,000 to PKR 32,000 from cohort 2, and will be paid from an escrow account funded one term in advance."])
add("synthesis",
    "What has been done to reassure the Chinese operator that this isn't an American programme aimed against it?",
    [["60"], ["nine", "9"], ["refresher course"], ["30 places"]],
    ["To show that the programme complements existing partnerships, 60 practicum placements in each cohort are offered to Hexi Nonferrous (Pakistan) Ltd, which operates a copper concentrator near Dalbandin.",
     "Although the company declined the practicum placements for cohort 1, it has since hired nine of our graduates as plant operators at its Dalbandin concentrator.",
     "Their site manager has asked whether BIMT could run a short refresher course for its existing local staff.",
     "For the SC-4 papers I will also propose that BIMT's refresher course for Hexi Nonferrous staff be approved as a pilot of 30 places, at no cost to the programme budget."])

# ---------------- why-how (6) ----------------
add("why-how",
    "Why was a security course included in a mining skills programme at all?",
    [["insurers"], ["drill core", "concentrate samples"]],
    ["The site security and convoy coordination module is included at the request of Cordillera Forge, whose insurers require that the movement of drill core and concentrate samples be coordinated by certified staff."])
add("why-how",
    "why did cohort 1 start late",
    [["road was closed", "Quetta-Dalbandin road"], ["drilling rigs"]],
    ["The first cohort began on 2 June 2025, four weeks after the planned date of 5 May, because the Quetta-Dalbandin road was closed for much of May and the Dalbandin workshop had not received its drilling rigs."])
add("why-how",
    "How did the share of local-domicile trainees end up below the quota, and what is being done about it for the next round?",
    [["English and Urdu"], ["Sindh and Punjab"], ["80 percent"], ["carried over"]],
    ["Programme staff told us that many applicants from Chagai failed the written aptitude test, which was set in English and Urdu only.",
     "Seats left unfilled by domicile holders were released to applicants from Sindh and Punjab in the final round of selection.",
     "The reservation for holders of a Balochistan domicile will rise from 70 percent to 80 percent, and the share of reserved seats for Chagai residents from 30 percent to 35 percent.",
     "Unfilled reserved seats will be carried over, not released to other provinces."])
add("why-how",
    "Why did the American funder scale back its money, and did the cut stick?",
    [["copper prices"], ["drilling programme"], ["9.8"]],
    ["In July 2025 Cordillera Forge informed the Steering Committee that it was reducing its commitment from US$11.0 million to US$8.6 million, citing lower copper prices and the postponement of its own drilling programme in western Chagai.",
     "Under the amended grant agreement signed on 14 October 2025, Cordillera Forge's commitment is US$9.8 million, which puts the total programme budget at US$17.4 million with the other two contributions unchanged."])
add("why-how",
    "How did the newspaper end up with the wrong graduate count?",
    [["invited to the ceremony"]],
    ["Those figures came from the list of trainees invited to the ceremony, not from the final assessment results."])
add("why-how",
    "Why was publication of the agreement summary pushed back?",
    [["Chiltan"], ["redactions"], ["30 January 2026"]],
    ["Publication has slipped from 15 January to 30 January 2026, because the lawyers for Chiltan Minerals asked for more time to review the redactions."])

# ---------------- comparison (7) ----------------
add("comparison",
    "How many people actually graduated from the first cohort? The newspaper and the programme office give different numbers.",
    [["512", "Five hundred and twelve"], ["509"]],
    ["Graduates: 512, including 61 women",
     "Passed final assessment and certified: 498",
     "Following the re-sit assessment on 15 December, 11 of the 14 candidates passed, bringing the total number of graduates in cohort 1 to 509."])
add("comparison",
    "What is Cordillera Forge's funding commitment? I've seen three different numbers.",
    [["11.0"], ["8.6"], ["9.8"]],
    ["Cordillera Forge Resources Inc. 11.0 59%",
     "In July 2025 Cordillera Forge informed the Steering Committee that it was reducing its commitment from US$11.0 million to US$8.6 million, citing lower copper prices and the postponement of its own drilling programme in western Chagai.",
     "Under the amended grant agreement signed on 14 October 2025, Cordillera Forge's commitment is US$9.8 million, which puts the total programme budget at US$17.4 million with the other two contributions unchanged."])
add("comparison",
    "when does the second intake start? the docs don't agree",
    [["January 2026"], ["February 2026"], ["16 March 2026"]],
    ["The second cohort is scheduled to begin in January 2026 and the third in January 2027.",
     "Officials confirmed that the second cohort, originally due to begin in January, will now start in February 2026.",
     "Cohort 2 will start on 16 March 2026."])
add("comparison",
    "The Dispatch says 61 women graduated. Does that match the programme's own figures?",
    [["61"], ["43"], ["44"]],
    ["Among the graduates were 61 women, most of them trained as assay technicians and GIS surveyors.",
     "Women certified: 43, not 61.",
     "One of the 11 is a woman, so women graduates now number 44."])
add("comparison",
    "Compare what Cordillera claimed about jobs at the ceremony with the employment numbers the PMU reported later.",
    [["38 percent"], ["176"], ["231"], ["45 percent"]],
    ["Ms Whitcombe said that 38 percent of the graduates had already received job offers from operators in Chagai, Lasbela and Quetta, and that her company alone would hire 95 of them for its exploration camps in western Chagai next year.",
     "As of 30 November 2025, 176 graduates are in paid jobs and a further 41 hold written offers that have not yet started.",
     "As of 31 December 2025, 231 of the 509 graduates are in paid employment, or 45 percent."])
add("comparison",
    "How big will cohort 2 be - press vs department?",
    [["720"], ["660"]],
    ["The second intake will offer 720 seats, up from 600 in the first, as BIMT opens new workshops at its Dalbandin campus.",
     "Cohort 2 will have 660 seats, not the 720 reported in the press."])
add("comparison",
    "Was the security module just paused or has it been scrapped? The think tank, the paper and the emails seem to say different things.",
    [["12 August 2025"], ["no decision"], ["28 November 2025"], ["permanently"]],
    ["The module was suspended on 12 August 2025 after objections from the provincial Home Department and from civil society groups in Quetta, who saw it as a foreign security footprint arriving through the back door.",
     "Officials said on Thursday that no decision had yet been taken on whether it would return.",
     "Second, a reminder of what SC-3 decided on 28 November 2025.",
     "The site security and convoy coordination module has been removed from the programme permanently, and the 120 seats planned for it in cohorts 2 and 3 will be reallocated to the mineral processing plant operator trade."])

# ---------------- conversation (10) ----------------
c1 = "m17-c1"
q1 = "What is the Maadan Skills Partnership and who set it up?"
a1 = ("It is a three-year technical training programme for the critical minerals sector in Balochistan. The inception report says it was "
      "\"established under a grant agreement signed in Islamabad on 27 January 2025 by Cordillera Forge Resources Inc., a mining company based in Denver, Colorado, "
      "the Government of Balochistan acting through the Mines and Minerals Development Department, and Chiltan Minerals Holdings Ltd of Karachi.\"")
add("conversation", q1,
    [["27 January 2025"], ["Cordillera Forge"], ["Chiltan Minerals"]],
    ["It was established under a grant agreement signed in Islamabad on 27 January 2025 by Cordillera Forge Resources Inc., a mining company based in Denver, Colorado, the Government of Balochistan acting through the Mines and Minerals Development Department, and Chiltan Minerals Holdings Ltd of Karachi."],
    conv=c1, history=[])
q2 = "How much money are they putting in altogether?"
a2 = ("The inception report puts the three-year budget at US$18.6 million. That later changed: IRSS reported a cut to US$16.2 million in September 2025, "
      "and Cordillera Forge's email of 4 December 2025 says that under the amended grant agreement of 14 October 2025 the total is US$17.4 million.")
add("conversation", q2,
    [["18.6"], ["17.4"]],
    ["The total three-year budget is US$18.6 million.",
     "Under the amended grant agreement signed on 14 October 2025, Cordillera Forge's commitment is US$9.8 million, which puts the total programme budget at US$17.4 million with the other two contributions unchanged."],
    conv=c1, history=[{"role": "user", "content": q1}, {"role": "assistant", "content": a1}])
q3 = "and the extra money Cordillera added back after its cut, what's that for?"
a3 = ("Cordillera Forge says the US$1.2 million difference over its July figure is \"ring-fenced for the Dalbandin hostel, which we agree is the main thing holding back recruitment from Chagai.\"")
add("conversation", q3,
    [["Dalbandin hostel"]],
    ["The difference of US$1.2 million over the July figure is ring-fenced for the Dalbandin hostel, which we agree is the main thing holding back recruitment from Chagai."],
    conv=c1, history=[{"role": "user", "content": q1}, {"role": "assistant", "content": a1},
                      {"role": "user", "content": q2}, {"role": "assistant", "content": a2}])
q4 = "Has that hostel held up anything else?"
add("conversation", q4,
    [["16 March 2026"], ["February"]],
    ["The Dispatch reported that cohort 2 will start in February 2026.",
     "That is no longer possible, because the Dalbandin hostel will not be ready.",
     "Cohort 2 will start on 16 March 2026."],
    conv=c1, history=[{"role": "user", "content": q1}, {"role": "assistant", "content": a1},
                      {"role": "user", "content": q2}, {"role": "assistant", "content": a2},
                      {"role": "user", "content": q3}, {"role": "assistant", "content": a3}])

c2 = "m17-c2"
p1 = "Did the Chinese company near Dalbandin take part in the programme?"
b1 = ("It was invited but did not take part at first. The inception report offered \"60 practicum placements in each cohort\" to Hexi Nonferrous (Pakistan) Ltd, "
      "but according to IRSS, \"Hexi Nonferrous declined to take up any of the placements for the first cohort.\"")
add("conversation", p1,
    [["60"], ["declined"]],
    ["To show that the programme complements existing partnerships, 60 practicum placements in each cohort are offered to Hexi Nonferrous (Pakistan) Ltd, which operates a copper concentrator near Dalbandin.",
     "Hexi Nonferrous declined to take up any of the placements for the first cohort."],
    conv=c2, history=[])
p2 = "Did they end up hiring any graduates anyway?"
b2 = ("Yes. The BIMT principal wrote on 8 December 2025 that \"it has since hired nine of our graduates as plant operators at its Dalbandin concentrator.\"")
add("conversation", p2,
    [["nine", "9"]],
    ["Although the company declined the practicum placements for cohort 1, it has since hired nine of our graduates as plant operators at its Dalbandin concentrator."],
    conv=c2, history=[{"role": "user", "content": p1}, {"role": "assistant", "content": b1}])
p3 = "what did their spokesman tell the paper"
add("conversation", p3,
    [["every success"], ["no objection"]],
    ["A spokesman for the company said by telephone that it \"wishes the graduates every success\" and had \"no objection to hiring qualified local workers from any programme\"."],
    conv=c2, history=[{"role": "user", "content": p1}, {"role": "assistant", "content": b1},
                      {"role": "user", "content": p2}, {"role": "assistant", "content": b2}])

c3 = "m17-c3"
r1 = "How many places did the security and convoy course have in the first intake?"
d1 = ("40. The inception report's trade table lists \"Site security and convoy coordination\" as an 8-week course with 40 seats in cohort 1 and 160 over 2025-2027.")
add("conversation", r1,
    [["40"]],
    ["Site security and convoy coordination 8 40 160 Granite Shield Services LLC"],
    conv=c3, history=[])
r2 = "Who was going to teach it?"
d2 = ("Granite Shield Services LLC. The inception report says: \"It will be delivered by Granite Shield Services LLC, a contractor based in Virginia, using classroom instruction in Quetta only.\"")
add("conversation", r2,
    [["Granite Shield"], ["Virginia"]],
    ["It will be delivered by Granite Shield Services LLC, a contractor based in Virginia, using classroom instruction in Quetta only."],
    conv=c3, history=[{"role": "user", "content": r1}, {"role": "assistant", "content": d1}])
r3 = "So what happens to its seats now?"
add("conversation", r3,
    [["120"], ["mineral processing plant operator", "plant operator"]],
    ["The site security and convoy coordination module has been removed from the programme permanently, and the 120 seats planned for it in cohorts 2 and 3 will be reallocated to the mineral processing plant operator trade.",
     "We need six more instructors for the plant operator trade once the security module's seats are moved there."],
    conv=c3, history=[{"role": "user", "content": r1}, {"role": "assistant", "content": d1},
                      {"role": "user", "content": r2}, {"role": "assistant", "content": d2}])

# ---------------- table (5) ----------------
add("table",
    "In the inception report's table of trades, which course is the longest, and how many weeks is it?",
    [["Assay and sample preparation technician", "Assay"], ["28"]],
    ["Assay and sample preparation technician 28 90 360 BIMT Quetta"])
add("table",
    "heavy equipment operator seats - first cohort and over the three years?",
    [["150"], ["600"]],
    ["Heavy mining equipment operator 20 150 600 BIMT Quetta"])
add("table",
    "According to the trades table, which courses were to be run at the Dalbandin campus rather than in Quetta?",
    [["Exploration drilling assistant", "drilling"], ["Mineral processing plant operator", "plant operator"]],
    ["Exploration drilling assistant 24 120 480 BIMT Dalbandin campus",
     "Mineral processing plant operator 26 120 480 BIMT Dalbandin campus"])
add("table",
    "From the funding table: how much was the provincial government putting in and what share of the total was that?",
    [["4.6"], ["25%", "25 percent"]],
    ["Government of Balochistan 4.6 25%"])
add("table",
    "In the IRSS table comparing targets with delivery, what was the domicile share target and what did they actually find?",
    [["70%", "70 percent"], ["62%", "62 percent"]],
    ["Balochistan domicile share 70% 62%"])

# ---------------- named-document (6) ----------------
add("named-document",
    "According to the think tank's brief, how many trainees did the authors interview?",
    [["23"]],
    ["This brief assesses the first eight months of the MSP against the commitments made in its own inception report of March 2025, using programme documents, interviews with 23 trainees in Quetta and Dalbandin, and conversations with officials of the Mines and Minerals Development Department."])
add("named-document",
    "In the news story, what does the minerals adviser say a young man from Nokkundi used to be able to hope for?",
    [["guard"], ["loader"]],
    ["\"Two years ago a young man from Nokkundi could only hope to be hired as a guard or a loader at a mine gate,\" Mr Kurd told the audience."])
add("named-document",
    "What does the email thread give as the average pay of graduates in work, and how does that compare with the wage range the Cordillera VP quoted to the paper?",
    [["78,000"], ["85,000"], ["110,000"]],
    ["The average monthly wage of employed graduates is PKR 78,000.",
     "Graduates working as heavy equipment operators can expect to earn between PKR 85,000 and PKR 110,000 a month, she said, roughly three times the wage of an unskilled loader."])
add("named-document",
    "What does the PMU's inception report say should happen once the donor money runs out?",
    [["2028"], ["Bolan Institute of Mining Technology", "BIMT"]],
    ["Third, it will build the permanent capacity of the Bolan Institute of Mining Technology (BIMT) in Quetta, so that training continues after donor funding ends in 2028."])
add("named-document",
    "In his email, what did the mines secretary say about the minister's reading of Col Sabahuddin's article?",
    [["legally-binding"], ["domicile quota"]],
    ["He has been reading the article by Col Sabahuddin that IRSS and the press have quoted, and he agrees with its recommendation to \"Implement constitutional, legally-binding mechanisms ensuring Baluchistan and KP receive proportional benefits.\"",
     "A domicile quota is not a constitutional mechanism, but it is the part we control."])
add("named-document",
    "Which line from the colonel's piece does the Dispatch quote when it covers the calls to release the agreement?",
    [["Opaque contracts"], ["weaken state legitimacy"]],
    ["The article warns that \"Opaque contracts or uneven enforcement can create political crises, undermine investor confidence, and weaken state legitimacy.\""])

# ---------------- out-of-corpus (8) ----------------
add("out-of-corpus",
    "How much was Granite Shield's contract for the security module worth?", [], [],
    note="No contract value is given anywhere; only that the contract will be closed out by 31 December 2025.")
add("out-of-corpus",
    "How many women enrolled in the second cohort?", [], [],
    note="Cohort 2 starts on 16 March 2026, after the latest document (9 January 2026); no cohort-2 enrolment is reported.")
add("out-of-corpus",
    "What did the Chinese consul say in his speech at the graduation ceremony?", [], [],
    note="False premise: no Chinese official spoke; Hexi Nonferrous did not send a representative and only gave a phone comment.")
add("out-of-corpus",
    "On what date was the summary of the grant agreement finally published?", [], [],
    note="Only planned dates (15 January, then 30 January 2026) are given; no document reports actual publication.")
add("out-of-corpus",
    "What's the average monthly wage for graduates of the GIS and survey trade specifically?", [], [],
    note="Only an overall average (PKR 78,000) and a heavy-equipment range are given; no per-trade wage for GIS.")
add("out-of-corpus",
    "How many applicants sat the aptitude test for the first intake, and what was the pass rate?", [], [],
    note="The number of applicants and the pass rate are never given.")
add("out-of-corpus",
    "What does Sabahuddin's article estimate Pakistan's rare-earth reserves to be, in tons?", [], [],
    note="Base article: gives China's reserves (44 million tons) but no tonnage for Pakistan's reserves.")
add("out-of-corpus",
    "Which American companies signed the minerals MoUs, according to the colonel's article?", [], [],
    note="Base article: mentions MoUs with U.S. private-sector entities but names none.")

assert len(cases) == 54, len(cases)
with open(ROOT / "round-m17.jsonl", "w", encoding="utf-8") as f:
    for r in cases:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote", len(cases), "cases")
