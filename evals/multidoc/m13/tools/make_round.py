"""Write round-m13.jsonl (blind evaluation round m13: Quetta assay laboratory accreditation dispute)."""
import json
from pathlib import Path

cases = []
def add(cat, q, facts, support, note=None, **kw):
    c = {"id": None, "category": cat, "question": q, "answerable": bool(facts), "facts": facts, "support": support}
    if note: c["note"] = note
    c.update(kw)
    cases.append(c)

# ---------------- paraphrase ----------------
add("paraphrase", "Which kinds of testing could the Quetta lab still sell to clients after PNAC's March decision?",
    [["antimony"], ["moisture"]],
    ["Antimony by XRF (method KSGL-XRF-02) and moisture by oven drying (method KSGL-GRAV-05) were not suspended and remain within the accredited scope."])
add("paraphrase", "did KSGL let any staff go because of all this?",
    [["eight"], ["sample-preparation"]],
    ["Mr. Mengal said the company had not laid off any mine workers, but KSGL confirmed it had released eight temporary sample-preparation workers in April."])
add("paraphrase", "How far apart can the seller's and buyer's copper and gold numbers be in the Chiltan–Bellwether deal before a third lab is brought in?",
    [["0.30 percent"], ["0.50 grams"]],
    ["Ayesha Qureshi-Lalani, a Karachi commodities lawyer who has reviewed similar contracts, said the offtake agreement's splitting limits were 0.30 percent for copper and 0.50 grams per tonne for gold."])
add("paraphrase", "What would a government-run lab in Quetta actually do day to day, in the think tank's view? Would it take over from the private labs?",
    [["reference samples"], ["check assays"], ["royalty assessment"], ["would not replace"]],
    ["A public reference laboratory would not replace private laboratories.",
     "Its role would be to hold reference samples, run check assays on a share of export lots, and give the province an independent basis for royalty assessment."])
add("paraphrase", "How tiny are the gold pieces the lab has to weigh, and why does that make the scale's certification such a big deal?",
    [["a few milligrams"], ["traceable calibration"]],
    ["They do not cure the nonconformity for gold, where fire assay beads weigh a few milligrams and traceable calibration is essential."])
add("paraphrase", "While the scale's certificate was out of date, what did the lab say it did to keep an eye on it?",
    [["every working day"], ["check weights"]],
    ["Our balance was checked every working day with certified check weights throughout that period."])

# ---------------- synthesis ----------------
add("synthesis", "Give me a dated timeline from the CMX-05 loading through to the appeal ruling.",
    [["3 December 2024"], ["22 January 2025"], ["18-19 February 2025", "18 and 19 February 2025"], ["7 March 2025"], ["4 April 2025"], ["9 June 2025"]],
    ["On 3 December 2024 Chiltan Minerals Export (Pvt) Ltd loaded lot CMX-05, about 5,200 wet tonnes of copper-gold concentrate, at Port Qasim for Bellwether Critical Metals LLC of Pittsburgh.",
     "On 22 January 2025 the Council's complaints desk registered a written complaint from an overseas client of the laboratory.",
     "18-19 February 2025 Extraordinary assessment at the appellant's premises",
     "7 March 2025 Accreditation Committee decides partial suspension for up to six months",
     "4 April 2025 Appeal lodged",
     "Decision dated 9 June 2025"])
add("synthesis", "Once KSGL couldn't certify gold and copper, what workarounds did Chiltan and Bellwether look at for the lots at the port, and how did each one go?",
    [["Sino-Pak", "SPMTC"], ["copper concentrate"], ["Meridian"], ["Halvorsen"], ["only for CMX-07"]],
    ["To avoid delay we propose to use the Sino-Pak Minerals Testing Centre in Gwadar for gold and copper on both lots.",
     "SPMTC's accreditation is issued by CNAS, which we have no objection to in principle, but its published scope covers gold and copper in ores, not in copper concentrate.",
     "Bellwether appoints Meridian Inspection Pakistan to draw independent samples from each lot at Port Qasim, under ISO 12743 procedures.",
     "Meridian sends the sealed samples to Halvorsen Assay Services in Vancouver, the umpire on CMX-05.",
     "Mr. Mengal said the arrangement had so far been used only for CMX-07, and that settlement terms for that lot were still being negotiated because Bellwether wants to deduct the CMX-05 overpayment from what it owes."])
add("synthesis", "What are the underlying weaknesses in Pakistan's ore-testing set-up that the CRGS brief points to, and what fixes does it propose for them?",
    [["single point of failure"], ["exporters' own staff"], ["certified reference materials"], ["independent inspection companies"], ["two further laboratories"]],
    ["First, KSGL was a single point of failure: when its gold and copper scope was suspended, no other PNAC-accredited laboratory in Balochistan could step in.",
     "Second, load-port samples are drawn by exporters' own staff rather than by independent inspection companies, so a disputed result can never be cleanly attributed to sampling or to analysis.",
     "Third, Pakistan has no certified reference materials made from its own concentrates, which makes it harder for local laboratories to detect bias before a buyer does.",
     "Require independent inspection companies to draw load-port samples for all concentrate exports",
     "Accredit at least two further laboratories for gold and copper in concentrate, one of them outside Balochistan",
     "Develop certified reference materials from Pakistani concentrates"])
add("synthesis", "Quick profile of KSGL please: when it started, how long it's been accredited, accreditation number, headcount.",
    [["2014"], ["March 2019"], ["PNAC-TL-0377"], ["46"]],
    ["KSGL was set up in 2014 on Sariab Road and became, in 2019, the first private laboratory in Balochistan to win PNAC accreditation for gold by fire assay.",
     "The appellant has held accreditation since March 2019.",
     "1.1 This appeal is brought by Koh-e-Sulaiman Geoanalytical Laboratory (Pvt) Ltd (\"KSGL\" or \"the appellant\") against the decision of the Accreditation Committee dated 7 March 2025, communicated to the appellant by letter of 10 March 2025, partially suspending its accreditation No. PNAC-TL-0377 under ISO/IEC 17025:2017.",
     "It operates from Sariab Industrial Estate, Quetta, and states that it employs 46 staff, of whom 31 are domiciled in Balochistan."])
add("synthesis", "The Sabahuddin article stresses transparency and provincial benefit-sharing. How do the other documents tie the lab dispute back to those themes?",
    [["royalty"], ["measurement"], ["Opaque contracts"], ["Publish MoUs"]],
    ["This is why the article's call for provincial benefit-sharing cannot be separated from measurement.",
     "An inflated certificate overstates royalty; a deflated one shortchanges the province.",
     "In a widely circulated article on Pakistan-U.S. minerals cooperation read against the National Security Policy 2022, Col Chaudhry Muhammad Sabahuddin (retd) warned that \"Opaque contracts or uneven enforcement can create political crises, undermine investor confidence, and weaken state legitimacy.\"",
     "He also urged the government to \"Publish MoUs and investment terms to reinforce public trust and reject misinformation.\""])
add("synthesis", "What part does Gwadar play in all of this? Pull together what the different sources say about the lab there.",
    [["December 2024"], ["CNAS"], ["30 percent", "30 per cent"], ["ores"], ["Chinese smelters"]],
    ["The Sino-Pak Minerals Testing Centre opened in the Gwadar Free Zone in December 2024 and is accredited by China's national accreditation body, CNAS, rather than by PNAC.",
     "For Chinese buyers its certificates are convenient, and its introductory prices undercut Quetta by roughly 30 percent.",
     "SPMTC's accreditation is issued by CNAS, which we have no objection to in principle, but its published scope covers gold and copper in ores, not in copper concentrate.",
     "A Quetta-based mining consultant, who asked not to be named, said exporters selling to Chinese smelters had already started sending samples to Gwadar."])

# ---------------- comparison ----------------
add("comparison", "How much concentrate is actually stuck at Port Qasim? I keep seeing different tonnages.",
    [["6,850"], ["11,400"], ["9,000"]],
    ["Total 6,850",
     "Haris Mengal, the company's export manager, said three lots totalling about 11,400 tonnes had been held at Port Qasim since March because no accredited laboratory in Pakistan could certify their gold content.",
     "By our estimate roughly 9,000 tonnes of concentrate have been held at Port Qasim since March, incurring storage charges that the exporter has not disclosed."])
add("comparison", "Did Bellwether file a complaint with PNAC against the lab or not? The documents don't seem to agree.",
    [["overseas client"], ["did not lodge a complaint"], ["21 January"], ["complaint from the U.S. buyer"]],
    ["On 22 January 2025 the Council's complaints desk registered a written complaint from an overseas client of the laboratory.",
     "\"Bellwether did not lodge a complaint against the laboratory with any Pakistani authority.",
     "On 21 January we sent the Halvorsen report to PNAC for information, with a short covering note explaining the discrepancy, as we believe any responsible buyer would do.",
     "Acting on a complaint from the U.S. buyer, the Pakistan National Accreditation Council (PNAC) carried out an extraordinary assessment of KSGL in February 2025 and on 7 March suspended the laboratory's gold and copper scope."])
add("comparison", "The article mentions MoUs with U.S. private-sector entities. Is Bellwether one of them? Sources differ?",
    [["among the U.S. private companies"], ["not a party"], ["private commercial contract"]],
    ["Recent official announcements confirm Pakistan’s signature of MoUs with U.S. private-sector entities for:",
     "Bellwether, which signed its offtake agreement with Chiltan last November, is among the U.S. private companies that signed memoranda of understanding with Pakistan on critical minerals last year.",
     "Contrary to some press reports, Bellwether is not a party to any of the government-to-business MoUs referred to in recent commentary.",
     "Its offtake agreement with Chiltan is a private commercial contract signed on 14 November 2024."])
add("comparison", "why is the CMX-05 copper gap 1.7 points in one place and nearly 2 in another?",
    [["1.7"], ["1.9", "nearly two"], ["umpire", "Halvorsen"], ["Baltimore"]],
    ["The umpire laboratory, Halvorsen Assay Services in Vancouver, later reported 22.9 percent copper and 8.3 grams per tonne gold, a gap of 1.7 percentage points of copper.",
     "Bellwether's own figures, which compare KSGL with its receiving laboratory in Baltimore, put the gap at 1.9 points.",
     "When the cargo reached Baltimore, Bellwether's receiving laboratory found 22.7 percent, a gap of nearly two percentage points."])
add("comparison", "Compare what the mines minister told the press about the planned reference lab with what the CRGS brief says about its budget and timing.",
    [["Rs2.4 billion"], ["end of 2027"], ["PKR 1.9 billion"], ["2028"]],
    ["Balochistan's Minister for Mines and Minerals Development, Mir Shahnawaz Lehri, told the Review that the province would build a Balochistan Minerals Reference Laboratory in Quetta at a cost of Rs2.4 billion, to be operational by the end of 2027.",
     "Balochistan's 2025–26 development programme includes PKR 1.9 billion for a Balochistan Minerals Reference Laboratory in Quetta.",
     "On the department's own schedule the laboratory would not be commissioned before 2028."])
add("comparison", "Dr Rind plays down the balance calibration lapse. How long was it really out of calibration according to the PNAC record, versus her account?",
    [["three weeks", "a few weeks"], ["31 December 2024"], ["20 February 2025"]],
    ["\"We were suspended because a balance certificate was three weeks late and because of one bad proficiency round.",
     "It rests on one proficiency round and on a balance calibration certificate that lapsed for a few weeks.",
     "31 December 2024 Calibration certificate for analytical balance KSGL-BAL-04 expires",
     "20 February 2025 Balance KSGL-BAL-04 recalibrated by an accredited calibration laboratory"])
add("comparison", "Where exactly did the dissenting panel member part company with the majority?",
    [["persistent"], ["allowed the appeal in full"], ["formal warning"], ["questionable, not unsatisfactory"]],
    ["The Panel does not accept that \"persistent\" requires two consecutive unsatisfactory rounds.",
     "7.1 I would have allowed the appeal in full.",
     "The appellant has one unsatisfactory gold result in four rounds; the Round 32 result is questionable, not unsatisfactory.",
     "A formal warning combined with intensified surveillance would have protected clients without closing the only accredited gold service in Balochistan."])

# ---------------- why-how ----------------
add("why-how", "Why did the appeal panel give the lab its copper back but not its gold?",
    [["+1.3", "1.3"], ["+2.4", "2.4"], ["check-weight records"], ["immaterial"]],
    ["The Round 32 gold z-score of +2.4 falls in the questionable band; read together with Round 31, it indicates that the high bias in gold has not been corrected.",
     "For copper the position is different: the Round 31 copper result was questionable rather than unsatisfactory, and the Round 32 copper z-score of +1.3 is satisfactory.",
     "The Panel accepts the daily check-weight records as genuine.",
     "They substantially reduce the risk that copper results were affected, because copper determinations by ICP-OES use sample masses at which small balance errors are immaterial."])
add("why-how", "How does KSGL explain the CMX-05 discrepancy, if not as an assaying error?",
    [["sampling"], ["Chiltan's own staff"], ["24.4"]],
    ["The CMX-05 samples were drawn from the stockpile at Chiltan's yard by Chiltan's own staff.",
     "When we re-analysed the retained pulp from CMX-05 in February we obtained 24.4 percent copper, which confirms that our analysis is consistent.",
     "In our view the difference lies in sampling, not in assaying."])
add("why-how", "Why should the Balochistan government care whether a private lab's certificates are accurate?",
    [["royalty"], ["declared value"], ["shortchanges the province"]],
    ["The Balochistan Mines and Minerals Development Department assesses royalty on the declared value of concentrate at export, and the declared value rests on the load-port certificate.",
     "An inflated certificate overstates royalty; a deflated one shortchanges the province."])
add("why-how", "How does payment work on a concentrate deal like this when the load-port and destination labs disagree?",
    [["provisional invoice"], ["90 percent"], ["splitting limits"], ["umpire"]],
    ["In a typical concentrate contract the buyer pays a provisional invoice, often 90 percent of estimated value, on the strength of the load-port assay.",
     "If the two results differ by more than the agreed splitting limits, a third laboratory, the umpire, decides.",
     "Settlement on CMX-05 is on the umpire result, as the contract provides."])
add("why-how", "PNAC's side argued the Round 31 gold problem was serious enough to be a major nonconformity. What was their reasoning?",
    [["16 December 2024"], ["more than two months"], ["failure to act"]],
    ["4.2 He stressed that the Round 31 gold result was received on 16 December 2024 and that the appellant continued to issue gold certificates for more than two months without investigating it.",
     "In the respondent's view this failure to act, rather than the result itself, made NC-1 a major nonconformity."])
add("why-how", "The suspension was for six months from March. How can the gold part run past September?",
    [["6 September 2025"], ["Round 33"], ["31 December 2025"]],
    ["The six-month suspension period set by the Committee would otherwise expire on 6 September 2025, before the Round 33 results are available.",
     "The Panel therefore extends the gold suspension until the Round 33 results have been evaluated, and in any event not beyond 31 December 2025."])

# ---------------- table ----------------
add("table", "What was KSGL's copper z-score in proficiency Round 30?",
    [["+0.9", "0.9"]],
    ["Copper, % -0.4 +0.9 +2.6 +1.3"])
add("table", "Which of the assessment findings was only graded minor, and what was it about?",
    [["NC-3"], ["riffle splitter"], ["9 of 20"]],
    ["NC-3 Minor Sub-sampling of concentrate samples by riffle splitter was not performed in accordance with the laboratory's own procedure; splitting records were incomplete for 9 of 20 files reviewed."])
add("table", "What does Halvorsen charge per concentrate sample and how long does it take, per the brief's price table?",
    [["185"], ["14"]],
    ["Halvorsen Assay Services, Vancouver 185 14 Includes courier from Karachi"])
add("table", "Is the KP government's minerals lab accredited for anything?",
    [["Peshawar Minerals Testing Centre"], ["Not accredited"]],
    ["Peshawar Minerals Testing Centre Peshawar Khyber Pakhtunkhwa government None None Not accredited"])
add("table", "moisture reading KSGL took on CMX-08?",
    [["8.9"]],
    ["CMX-08 3,400 08 Mar 2025 8.9 Not yet sampled"])

# ---------------- named-document ----------------
add("named-document", "According to the email thread, when was CMX-07 sampled and what did Halvorsen find?",
    [["20 March"], ["23.1"], ["8.6"]],
    ["Meridian sampled CMX-07 on 20 March.",
     "CMX-07 (Halvorsen, dry basis):  Cu 23.1 %   Au 8.6 g/t"])
add("named-document", "What does the appeal decision say PNAC should change about how it handles complaints?",
    [["redacted copy"], ["amend its complaints procedure"]],
    ["A redacted copy of the complaint and the umpire report should have been provided to the appellant before the Committee decided.",
     "The omission did not affect the outcome, but the Panel recommends that the Council amend its complaints procedure accordingly."])
add("named-document", "In the Balochistan Business Review story, what did the Gwadar lab's general manager offer exporters?",
    [["Li Wenhao"], ["three days"], ["30 per cent"]],
    ["The Sino-Pak Minerals Testing Centre, a Pakistani-Chinese joint venture that opened in the Gwadar Free Zone in December, has offered to test exporters' samples \"in three days at a price 30 per cent below what Quetta charged\", according to its general manager, Li Wenhao."])
add("named-document", "What does the CRGS policy brief want PNAC itself to do, and on what timescale?",
    [["Disclose the substance of complaints"], ["two further laboratories"], ["18 months"], ["Next revision of procedures"]],
    ["Disclose the substance of complaints to laboratories before adverse accreditation decisions PNAC Next revision of procedures",
     "Accredit at least two further laboratories for gold and copper in concentrate, one of them outside Balochistan PNAC with private laboratories Within 18 months"])
add("named-document", "What does the Sabahuddin article say the MoUs with U.S. companies cover, and how does the CRGS brief build on the value-addition point?",
    [["Exploration and development"], ["value-addition"], ["Civilian logistics"], ["measurement"]],
    ["Exploration and development of critical minerals",
     "Establishment of local processing and value-addition facilities",
     "Civilian logistics support for mineral transport and export",
     "We agree that value addition matters, but we argue that it begins with something more basic than a refinery: measurement."])
add("named-document", "In the email thread, on what grounds does Chiltan push back on Bellwether's CMX-05 overpayment figure?",
    [["1,384,000"], ["accredited at the time"]],
    ["We do not accept the CMX-05 figure of USD 1,384,000.",
     "Our provisional invoice was based on a certificate that was accredited at the time it was issued."])

# ---------------- out-of-corpus ----------------
add("out-of-corpus", "How much was the U.S. technical assistance grant that paid for upgrading KSGL's equipment?", [], [],
    note="False premise and value not stated: the CRGS brief says a U.S.-funded laboratory-upgrading package has been discussed but no agreement has been signed and no amount announced; no document links any grant to KSGL.")
add("out-of-corpus", "What appeal fee did KSGL have to deposit with PNAC?", [], [],
    note="Value described but not stated: the appeal decision says the prescribed appeal fee was deposited but never gives the amount.")
add("out-of-corpus", "How much royalty did Balochistan collect on the CMX-05 shipment?", [], [],
    note="Value described but not stated: the news story says royalty was assessed on CMX-05 using KSGL's figures and the brief explains how royalty is assessed, but no amount is given anywhere.")
add("out-of-corpus", "When did PNAC withdraw KSGL's antimony accreditation, and why?", [], [],
    note="False premise: the appeal decision states antimony (and moisture) were not suspended and remain within the accredited scope.")
add("out-of-corpus", "What gold z-score did KSGL get in APGPP Round 33?", [], [],
    note="Not in the documents: Round 33 results are only 'expected' in October 2025 (appeal decision) or November 2025 (CRGS brief); no result is reported.")
add("out-of-corpus", "What copper and gold grades did Halvorsen report for lot CMX-08?", [], [],
    note="Plausible detail never given: the email thread says CMX-08 had not yet been sampled (Meridian expected the week of 14 April) and the news table lists it as 'Held; no certificate'. Only CMX-05 and CMX-07 Halvorsen results exist.")
add("out-of-corpus", "Why did the appeals panel conclude that Bellwether's complaint was made in bad faith?", [], [],
    note="False premise / wrong attribution: the panel held that a complainant's identity and interest cease to matter once findings are independently verified; it made no finding of bad faith and never names Bellwether. The dissent only records concern about the complainant's financial interest.")
add("out-of-corpus", "Who is going to run the provincial minerals reference laboratory once it's built, and how will it get accredited?", [], [],
    note="Not in the documents: the CRGS brief says explicitly that the programme document does not say who will staff or operate the laboratory or how it will obtain accreditation; the minister's remarks give only cost and date.")

# ---------------- conversations ----------------
def conv(cid, turns):
    hist = []
    for q, a, facts, support, note in turns:
        c = {"id": None, "category": "conversation", "question": q, "answerable": bool(facts),
             "facts": facts, "support": support}
        if note: c["note"] = note
        c["conversation"] = cid
        c["history"] = list(hist)
        cases.append(c)
        hist += [{"role": "user", "content": q}, {"role": "assistant", "content": a}]

conv("m13-c1", [
    ("What did PNAC's appeals panel decide on the Quetta lab's appeal?",
     "It partly allowed the appeal: the copper suspension is to be lifted after a witnessed re-test, while the gold suspension was upheld.",
     [["partly allowed"], ["witnessed re-test"], ["upheld"]],
     ["6.1 By a majority, the appeal is partly allowed.",
      "6.2 The suspension of copper (KSGL-ICP-03) shall be lifted upon satisfactory completion of a witnessed re-test, to be arranged by the Council within 30 days of this decision.",
      "6.3 The suspension of gold (KSGL-FA-01) is upheld."], None),
    ("Was that unanimous?",
     "No. It was a majority decision; Ms. Shazia Lodhi dissented and would have allowed the appeal in full.",
     [["majority"], ["Lodhi"]],
     ["6.1 By a majority, the appeal is partly allowed.",
      "One panel member, Shazia Lodhi, dissented and would have restored both gold and copper."], None),
    ("So what does the lab have to do to get the gold side back, and when could that happen?",
     None,
     [["Round 33"], ["root-cause analysis"], ["October 2025", "November 2025"]],
     ["It shall be lifted only when (i) the appellant achieves a satisfactory z-score for gold in APGPP Round 33, the results of which are expected in October 2025, and (ii) the appellant submits a root-cause analysis that the Council's assessors accept as closing NC-1.",
      "On 9 June a PNAC appeals panel, by a two-to-one majority, restored copper subject to a witnessed re-test and kept gold suspended until the laboratory passes proficiency testing Round 33, whose results are expected in November 2025."],
     "The appeal decision expects Round 33 results in October 2025; the CRGS brief says November 2025. Either date is accepted; a good answer notes the difference."),
])
conv("m13-c2", [
    ("After KSGL lost its gold and copper scope, which lab did Chiltan want to use instead?",
     "Chiltan proposed the Sino-Pak Minerals Testing Centre (SPMTC) in Gwadar, which offered USD 36 a sample and five working days.",
     [["Sino-Pak Minerals Testing Centre", "SPMTC"], ["Gwadar"]],
     ["To avoid delay we propose to use the Sino-Pak Minerals Testing Centre in Gwadar for gold and copper on both lots."], None),
    ("Why wouldn't Bellwether go along with that?",
     "Bellwether said clause 7.2 needs accreditation for the relevant analytes in the relevant matrix, and SPMTC's CNAS scope covers gold and copper in ores, not copper concentrate.",
     [["7.2"], ["ores"], ["copper concentrate"]],
     ["Clause 7.2 of the offtake agreement requires the load-port assay to come from a laboratory \"holding current ISO/IEC 17025 accreditation for the relevant analytes in the relevant matrix\".",
      "SPMTC's accreditation is issued by CNAS, which we have no objection to in principle, but its published scope covers gold and copper in ores, not in copper concentrate."], None),
    ("Different question. What share of global rare earth refining does the article put in Chinese hands?",
     "The article says China accounts for more than 85 percent of global refining capacity (and about 70 percent of extraction).",
     [["85 percent", "85%"]],
     ["China accounts for approximately 70 percent of global REE extraction and more than 85 percent of refining capacity."], None),
    ("OK, back to that Gwadar centre: how does it compare with the Quetta lab on price and speed, per the policy brief?",
     None,
     [["36"], ["52"], ["roughly 30 percent"]],
     ["KSGL, Quetta 52 4 Price before suspension",
      "Sino-Pak Minerals Testing Centre, Gwadar 36 5 Introductory rate",
      "For Chinese buyers its certificates are convenient, and its introductory prices undercut Quetta by roughly 30 percent."], None),
])
conv("m13-c3", [
    ("Which of Chiltan's lots are stuck at Port Qasim?",
     "According to the news story's table, CMX-07 (4,100 t), CMX-08 (3,950 t) and CMX-09 (3,350 t), about 11,400 wet tonnes in all.",
     [["CMX-07"], ["CMX-08"], ["CMX-09"]],
     ["CMX-07 4,100 27 February 2025 Independent sample taken; awaiting settlement terms",
      "CMX-08 3,950 8 March 2025 Held; no certificate",
      "CMX-09 3,350 2 April 2025 Held; no certificate"], None),
    ("When did the last one get there?",
     "CMX-09 arrived at Port Qasim on 2 April 2025.",
     [["2 April"]],
     ["CMX-09 3,350 2 April 2025 Held; no certificate",
      "correction, it arrived on 2 April."], None),
    ("And how much has the company paid in storage on them so far?",
     None, [], [],
     "Value described but not stated: the email thread says storage and demurrage charges are accruing daily, the news story quotes Mengal saying 'we pay storage', and the CRGS brief says the exporter has not disclosed the charges. No amount is given."),
])

for i, c in enumerate([c for c in cases if c["category"] != "conversation"], 1):
    c["id"] = f"m13-{i:03d}"
n = sum(1 for c in cases if c["category"] != "conversation")
for j, c in enumerate([c for c in cases if c["category"] == "conversation"], n + 1):
    c["id"] = f"m13-{j:03d}"
# fill conversation histories' missing assistant texts (the last turn of each conversation has none needed)
out = Path(__file__).resolve().parent.parent / "round-m13.jsonl"
with out.open("w", encoding="utf-8") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases written to", out)
