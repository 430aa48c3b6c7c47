"""Write round-m14.jsonl. Run: python tools/make_cases.py"""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "round-m14.jsonl"
cases = []


def add(cat, q, facts=None, support=None, note=None, conv=None, history=None):
    c = {"id": f"m14-{len(cases)+1:03d}", "category": cat, "question": q,
         "answerable": facts is not None,
         "facts": facts or [], "support": support or []}
    if conv:
        c["conversation"] = conv
        c["history"] = history or []
    if note:
        c["note"] = note
    cases.append(c)


def U(t):
    return {"role": "user", "content": t}


def A(t):
    return {"role": "assistant", "content": t}


# ---------------- paraphrase (6)
add("paraphrase", "Under the old paper-based system, how long did the department say it used to take to get a permit to explore?",
    [["180 days"]],
    ["3.3 The average time taken to process an application for an exploration licence has fallen from 180 days under the manual system to 21 days."])
add("paraphrase", "How many titles had never made it into the headquarters books, and which field offices had handed them out?",
    [["152"], ["Malakand"], ["Kohat"]],
    ["The register in fact holds 3,712 titles rather than the 3,560 reported to the Cabinet, because 152 titles granted by the Malakand and Kohat regional offices were recorded only in local files and never entered in the Peshawar registers."])
add("paraphrase", "Where was the spare encrypted copy of the title records kept before it was brought home to Abbottabad?",
    [["Amazon Web Services", "AWS"], ["Bahrain"]],
    ["However, an encrypted backup copy was held on Amazon Web Services servers in the Middle East (Bahrain) region under the contractor's account until 15 October 2025, when it was moved to KPITB's disaster recovery site in Abbottabad."])
add("paraphrase", "How much of the money owed by defaulting holders had the province actually clawed back by the end of October?",
    [["Rs 412 million", "412 million"]],
    ["Arrears owed by the 1,146 holders, as recomputed from the payment ledgers, total Rs 2.64 billion, of which Rs 412 million had been recovered by 31 October 2025 from the holders whose titles were restored."])
add("paraphrase", "How many people shut the road in Mohmand's main town, and for how long did it stay shut?",
    [["300"], ["seven hours"]],
    ["On Tuesday, around 300 quarry owners and labourers blocked the road through Ghalanai, the district headquarters of Mohmand, for seven hours, demanding that the cancellations be reversed."])
add("paraphrase", "Of the American grant money, how much had actually been paid out by the end of November 2025?",
    [["3.45 million"]],
    ["Two corrections to the KRGO report itself. The USTDA grant is USD 3.8 million, of which USD 3.45 million had been disbursed by 30 November 2025."])

# ---------------- synthesis (6)
add("synthesis", "What decisions did the Minerals Development Department ask the provincial Cabinet to take?",
    [["1,146"], ["competitive bidding"], ["removal of title boundary coordinates", "security review"], ["GIS Officer"]],
    ["(a) ratify the cancellation of 1,146 dormant mineral titles listed at Annex A;",
     "(b) approve the re-offer of released areas through online competitive bidding on KP-MinCAD in the first quarter of 2026;",
     "(c) approve the temporary removal of title boundary coordinates from the public map pending a security review;",
     "(e) approve the creation of eleven posts of GIS Officer (BPS-17) in the Directorate General of Mines and Minerals."])
add("synthesis", "What risks did the department itself flag in its Cabinet summary?",
    [["block roads"], ["claims for damages"], ["GIS officers"]],
    ["9.1 Quarry owners' associations in Mohmand and Lower Dir have threatened to block roads if the cancellations are not reversed.",
     "9.2 Re-offering released areas before appeals are decided could expose the Province to claims for damages from holders whose titles are later restored.",
     "9.3 The handover of the system to the Department depends on the recruitment of eleven GIS officers, for which the Establishment Department has not yet given approval."])
add("synthesis", "What did the observatory recommend the province do about the cadastre?",
    [["list of cancelled titles"], ["Restore the public map"], ["60 days"], ["Postpone the online re-offer", "postpone the re-offer"]],
    ["1. Publish the list of cancelled titles with the reason for each cancellation, as the Law Department's own advice on appeals implies.",
     "2. Restore the public map, generalising coordinates only for titles within 10 kilometres of the border.",
     "4. Extend the reply period for show-cause notices to 60 days and serve notices in person in the merged districts.",
     "6. Postpone the online re-offer of released areas until all pending appeals have been decided."])
add("synthesis", "What explanations have the different parties given for the overlapping title boundaries?",
    [["legacy of the manual system"], ["Everest 1830"], ["GeoFit"], ["transcription errors"]],
    ["5.2 These overlaps are the legacy of the manual system, in which titles were granted without a spatial check, and are not the result of any fault in the new software.",
     "About two-thirds of the overlaps we examined result from the conversion of coordinates taken from older Survey of Pakistan toposheets, which use the Everest 1830 datum, to the WGS84 datum used by KP-MinCAD without a proper datum transformation.",
     "Nor do we accept the datum explanation for the overlaps: in our view the main cause is the GeoFit automatic georeferencing tool used by the contractor, which snapped boundaries to the nearest toposheet grid line.",
     "By our count the datum shift explains only 58 of the 312 overlaps; the rest are transcription errors in the source files or genuinely overlapping grants."])
add("synthesis", "What went wrong with the way title holders were notified before their titles were cancelled?",
    [["15 days"], ["SMS"], ["29 of the 46"], ["mobile coverage"]],
    ["Show-cause notices were sent to 1,146 title holders by SMS and registered post between 18 and 29 August 2025, giving each holder 15 days to reply.",
     "The 15-day reply period was too short for holders of seasonal quarries in the hills, and 29 of the 46 holders we interviewed said they had learned of the notice only after their title was shown as cancelled on the portal.",
     "We also note that the 29 interviewees who said they never saw their notices are mostly in Mohmand, where mobile coverage is poor, and we will serve the remaining notices in person through the Assistant Commissioners."])
add("synthesis", "Through what safeguards does the article say the NSP wants extractive industries governed?",
    [["Transparent frameworks"], ["benefit-sharing"], ["Community inclusion"], ["environmental safeguards"]],
    ["Transparent frameworks", "Equitable provincial benefit-sharing", "Community inclusion", "Strict environmental safeguards"])

# ---------------- why-how (6)
add("why-how", "Why did Mohmand end up with so many cancelled titles, according to the department?",
    [["never worked"], ["crushing units"]],
    ["4.8 Mohmand accounts for the largest number of cancellations because many marble quarry leases granted between 2012 and 2016 were never worked after the closure of the crushing units at Ghalanai."])
add("why-how", "Why did the number of cancelled titles rise from 873 to 912 between the November report and the January reconciliation?",
    [["11"], ["28"], ["dishonoured"]],
    ["First, the Appellate Authority dismissed 11 of the pending appeals in December.",
     "Second, 28 titles that we counted as restored were cancelled again after the holders' cheques were dishonoured by the bank."])
add("why-how", "How did the province's share of the project's cost change, and why?",
    [["640 million"], ["servers"], ["field verification"]],
    ["The provincial share was revised from Rs 196 million to Rs 640 million by the Provincial Development Working Party on 19 June 2025, mainly to pay for servers and for field verification that the original design had underestimated."])
add("why-how", "Why does KRGO consider taking the entire public map offline an overreaction?",
    [["143"], ["10 kilometres"]],
    ["Taking the whole map offline was a disproportionate response, because only 143 titles lie within 10 kilometres of the border."])
add("why-how", "How did the newspaper end up with a count of 62 Chinese-linked licences?",
    [["equipment supplier"], ["off-take"]],
    ["On the Chinese-linked titles, we have compared notes with the Frontier Ledger: its figure of 62 counted every title whose holder had a Chinese equipment supplier or off-take buyer, not only those with Chinese shareholding."])
add("why-how", "Why, according to the article, does Washington want Pakistani rare earths?",
    [["80%"], ["national-security priority"], ["non-Chinese supply chain"]],
    ["The U.S. imports 80% of its REEs from China.",
     "Diversifying supply is therefore a national-security priority for Washington.",
     "A potential non-Chinese supply chain"])

# ---------------- comparison (7)
add("comparison", "How many titles were actually cancelled? The Cabinet summary and the KRGO report don't seem to agree.",
    [["1,146"], ["873"]],
    ["4.4 As no satisfactory reply was received, the 1,146 titles have been cancelled under the Khyber Pakhtunkhwa Minerals Sector Governance Act, 2017, and the areas have been marked as free on KP-MinCAD.",
     "The Cabinet summary stated that all 1,146 titles had been cancelled, but on 31 October 2025 cancellation orders existed for only 873 of them."])
add("comparison", "Who ordered the public map taken down, and on what date? Do the newspaper and the observatory tell the same story?",
    [["SIFC", "Special Investment Facilitation Council"], ["3 October"], ["Home and Tribal Affairs"], ["1 October"]],
    ["The portal's public map, which until last week allowed anyone to zoom in on the boundaries of every licence in the province, was taken offline on 3 October.",
     "Two officials said the instruction came from the Special Investment Facilitation Council (SIFC), which has been handling enquiries from U.S. companies since Pakistan signed minerals memoranda of understanding with American firms last month.",
     "The public map was taken offline on 1 October 2025 following a letter dated 30 September 2025 from the Home and Tribal Affairs Department, which cited the display of coordinates near the Pak-Afghan border."])
add("comparison", "The Ledger and KRGO describe the project's funding differently. What does each say?",
    [["USAID", "Agency for International Development"], ["USTDA", "Trade and Development Agency"], ["3.8 million"]],
    ["The portal, known as KP-MinCAD, went live in August with $6 million in funding from the U.S. Agency for International Development (USAID) and was built by Potomac GeoSystems, a firm based in Reston, Virginia, working with a Peshawar partner.",
     "The project is financed by a grant of USD 3.8 million from the United States Trade and Development Agency (USTDA) and by the provincial Annual Development Programme.",
     "The project is not funded by USAID, as reported in some media; the confusion appears to arise because USAID funded an earlier, unrelated mining-sector study in 2019."])
add("comparison", "I keep seeing different figures for the unpaid dues. Set them side by side for me.",
    [["2.3 billion"], ["3.1 billion"], ["2.64 billion"]],
    ["4.5 Outstanding annual rent, royalty and penalties owed by these holders amount to Rs 2.3 billion, which the Department proposes to recover as arrears of land revenue.",
     "The holders of the cancelled licences owe the province Rs 3.1 billion in rent, royalty and penalties, according to a department official who asked not to be named because he was not authorised to speak to the media.",
     "Arrears owed by the 1,146 holders, as recomputed from the payment ledgers, total Rs 2.64 billion, of which Rs 412 million had been recovered by 31 October 2025 from the holders whose titles were restored."])
add("comparison", "I've seen 12, 37 and 29 given for titles overlapping the Rashakai zone. Where does each number come from?",
    [["2019"], ["37"], ["41"], ["29"]],
    ["5.3 Only 12 titles overlap the notified boundary of the Rashakai Special Economic Zone in Nowshera, and these will be resolved in consultation with the Khyber Pakhtunkhwa Economic Zones Development and Management Company (KPEZDMC).",
     "The Rashakai Special Economic Zone is overlapped by 37 titles, not 12 as the Cabinet summary states.",
     "Our recheck found 41 titles touching the zone, not 37.",
     "Of these, 12 are slivers of less than half a hectare created by digitising the boundary from a scanned sheet, and after correcting them 29 genuine overlaps remain.",
     "The Cabinet summary's figure of 12 was produced by checking titles against the original 2019 zone boundary, which is much smaller."])
add("comparison", "How long does it really take to get a decision on an application? Compare the department's claim, KRGO's measurement and the department's rebuttal.",
    [["21 days"], ["64"], ["26 days"]],
    ["3.3 The average time taken to process an application for an exploration licence has fallen from 180 days under the manual system to 21 days.",
     "The median time to decide an application is 64 days, three times the 21 days cited in official statements.",
     "We do not accept the 64-day median as a measure of the Department's performance: it includes the time applicants take to upload missing documents, and on our own measure the Department's time is 26 days."])
add("comparison", "When did the portal actually go live? The department and the contractor give different dates.",
    [["14 August"], ["2 September"], ["payment gateway"]],
    ["3.1 The KP-MinCAD portal was inaugurated by the Minister for Mines and Minerals on 14 August 2025 and is now the only channel through which applications for new titles, renewals and transfers may be submitted.",
     "Finally, the portal went live for applications on 2 September, as KRGO says; 14 August was the inauguration ceremony, and we told the Department at the time that the payment gateway was not ready."])

# ---------------- conversation (10 turns in 3 conversations)
c1q = ["Does the Frontier Ledger say anything about Chinese firms holding licences in KP?",
       "Did the observatory come up with the same number?",
       "Are any of those inside the economic zone?",
       "And were they spared the show-cause notices on purpose?"]
c1a = ["Yes. The Ledger reports: \"An analysis by the Ledger of the portal's records, downloaded before the map went offline, found that 62 of the licences belong to firms with Chinese partners.\" It adds that several lie in Nowshera near the Rashakai Special Economic Zone.",
       "No. KRGO says: \"Using the company register of the Securities and Exchange Commission of Pakistan, KRGO identified 18 titles held by companies with Chinese shareholding.\" and \"The figure of 62 Chinese-linked licences published in the press could not be reproduced from the portal's records.\"",
       "KRGO reports: \"Four of these 18 titles overlap the Rashakai zone, which contradicts the statement in the Cabinet summary that no foreign-owned title overlaps it.\""]
c1 = [([["62"]], ["An analysis by the Ledger of the portal's records, downloaded before the map went offline, found that 62 of the licences belong to firms with Chinese partners."]),
      ([["18"], ["could not be reproduced"]], ["Using the company register of the Securities and Exchange Commission of Pakistan, KRGO identified 18 titles held by companies with Chinese shareholding.",
                                               "The figure of 62 Chinese-linked licences published in the press could not be reproduced from the portal's records."]),
      ([["Four"]], ["Four of these 18 titles overlap the Rashakai zone, which contradicts the statement in the Cabinet summary that no foreign-owned title overlaps it."]),
      ([["no evidence"], ["up to date"]], ["None of the 18 titles was among those served with a show-cause notice, but we found no evidence that they were deliberately spared: all 18 holders were up to date with rent and royalty."])]
for k, (f, s) in enumerate(c1):
    h = []
    for j in range(k):
        h += [U(c1q[j]), A(c1a[j])]
    add("conversation", c1q[k], f, s, conv="m14-c1", history=h)

c2q = ["Where is the cadastre data kept, according to the department?",
       "Is that the whole story?",
       "Why was it there in the first place, and who asked for it to be moved?"]
c2a = ["The Cabinet summary says: \"3.5 All cadastre data is hosted at the data centre of the Khyber Pakhtunkhwa Information Technology Board (KPITB) in Peshawar and remains the sole property of the Government of Khyber Pakhtunkhwa.\"",
       "Not quite. KRGO confirms primary hosting at KPITB but adds: \"However, an encrypted backup copy was held on Amazon Web Services servers in the Middle East (Bahrain) region under the contractor's account until 15 October 2025, when it was moved to KPITB's disaster recovery site in Abbottabad.\""]
c2 = [([["KPITB", "Information Technology Board"], ["Peshawar"]], ["3.5 All cadastre data is hosted at the data centre of the Khyber Pakhtunkhwa Information Technology Board (KPITB) in Peshawar and remains the sole property of the Government of Khyber Pakhtunkhwa."]),
      ([["Bahrain"], ["15 October"]], ["However, an encrypted backup copy was held on Amazon Web Services servers in the Middle East (Bahrain) region under the contractor's account until 15 October 2025, when it was moved to KPITB's disaster recovery site in Abbottabad."]),
      ([["disaster recovery clause"], ["Department's request"]], ["The backup on AWS Bahrain was required by the disaster recovery clause of our contract until KPITB's Abbottabad site was ready, and it was moved on 15 October at the Department's request; no data was ever stored in the United States."])]
for k, (f, s) in enumerate(c2):
    h = []
    for j in range(k):
        h += [U(c2q[j]), A(c2a[j])]
    add("conversation", c2q[k], f, s, conv="m14-c2", history=h)

c3q = ["What does the Sabahuddin article recommend under the heading of security-civilian separation?",
       "Has anyone in the KP cadastre dispute invoked that?",
       "And what did he say about the American companies?"]
c3a = ["Under \"Security–Civilian Separation\" the article recommends: \"Maintain a strict boundary between foreign investment security and sovereign defence prerogatives.\"",
       "Yes. Bilal Siddiqui of the SIFC Secretariat cites it in the email thread and argues: \"A title map is an investment instrument, and border security should be handled by generalising a few sensitive parcels, not by hiding the whole province.\""]
c3 = [([["strict boundary"]], ["Maintain a strict boundary between foreign investment security and sovereign defence prerogatives."]),
      ([["SIFC", "Siddiqui"], ["investment instrument"]], ["Several colleagues have been citing the recent article on Pakistan–U.S. minerals cooperation by Col Sabahuddin, and I think its recommendation on \"Security–Civilian Separation\" is the right test here: \"Maintain a strict boundary between foreign investment security and sovereign defence prerogatives.\"",
                                                           "A title map is an investment instrument, and border security should be handled by generalising a few sensitive parcels, not by hiding the whole province.",
                                                           "Deputy Director (Mines and Minerals), SIFC Secretariat, Islamabad"]),
      ([["privileged access"], ["any other applicant"]], ["No U.S. company has been given privileged access to cadastre data; the firms that signed minerals MoUs with Pakistan see exactly what any other applicant sees."])]
for k, (f, s) in enumerate(c3):
    h = []
    for j in range(k):
        h += [U(c3q[j]), A(c3a[j])]
    add("conversation", c3q[k], f, s, conv="m14-c3", history=h)

# ---------------- table (5)
add("table", "In the Cabinet summary's district table, which district had the highest number of titles cancelled?",
    [["Mohmand"], ["221"]],
    ["Mohmand 515 221 Marble, granite"])
add("table", "Which type of title had the shortest median time to decision in KRGO's sample, and how many days was it?",
    [["Reconnaissance licence"], ["38"]],
    ["Reconnaissance licence 14 38 21"])
add("table", "How many Swat titles were cancelled, and what is mined there?",
    [["97"], ["Emerald"]],
    ["Swat 288 97 Emerald, marble"])
add("table", "What rating did KRGO give to data security and hosting, and why?",
    [["Partly satisfactory"], ["Backup held abroad"]],
    ["Data security and hosting Partly satisfactory Backup held abroad until 15 October 2025"])
add("table", "In the January reconciliation, how many appeals were still pending, compared with November?",
    [["71"], ["82"]],
    ["Appeals pending 82 71"])

# ---------------- named-document (6)
add("named-document", "According to the email thread, when will the released areas now be put up for bidding?",
    [["June 2026"]],
    ["Because appeals are still pending, the online re-offer of released areas has been postponed from the first quarter of 2026 to June 2026."])
add("named-document", "What does the Frontier Ledger story report about the sit-in at Timergara?",
    [["cash"], ["receipts"]],
    ["A similar sit-in was held in Timergara, Lower Dir, on Monday by granite quarry owners, who said they had paid rent in cash to regional officials for years and had never been given receipts."])
add("named-document", "In KRGO's Independent Verification Report No. 3/2025, how was the verification carried out?",
    [["3,712"], ["46"]],
    ["Between 6 October and 14 November 2025 the team examined 3,712 title files in the Directorate General of Mines and Minerals and its regional offices, interviewed 46 title holders in Mohmand, Lower Dir, Swat and Chitral, and tested the KP-MinCAD portal as an applicant."])
add("named-document", "What did the Law Department advise, according to the Cabinet summary?",
    [["30 days"], ["Appellate Authority"]],
    ["8.2 The Law Department has vetted the cancellation orders and advised that holders be given 30 days from the date of cancellation to file appeals before the Appellate Authority."])
add("named-document", "What caveat about field verification did Indus Spatial's technical lead ask to have in the corrigendum?",
    [["600"]],
    ["I would also ask that the corrigendum mention that field verification covered only 600 of the 3,712 titles, so the spatial error rate for the remainder is an estimate."])
add("named-document", "What does Col Sabahuddin's article say the U.S. minerals MoUs contain about military access?",
    [["do not reference military access"], ["civilian logistics only"]],
    ["These agreements do not reference military access, intelligence facilities, or basing rights.",
     "All publicly available MoUs reference civilian logistics only."])

# ---------------- out-of-corpus (8)
add("out-of-corpus", "Why did the Peshawar High Court suspend the cancellation of the Mohmand marble leases?",
    note="False premise: no court is mentioned; appeals go to the Appellate Authority, which dismissed 11 appeals in December.")
add("out-of-corpus", "What reserve price was set for the online re-offer of released areas?",
    note="The Cabinet summary says a committee will fix a reserve price; no price is given, and the re-offer was postponed to June 2026.")
add("out-of-corpus", "What is the value of Potomac GeoSystems' contract with the Minerals Development Department?",
    note="The contract date (2 May 2024) and the grant and project totals are given, but the contract value never is.")
add("out-of-corpus", "Which sensitive installations did the Home and Tribal Affairs Department's letter of 30 September list?",
    note="The letter is said to cite coordinates near the Pak-Afghan border; no installations are named.")
add("out-of-corpus", "What exchange rate did KRGO use to convert the project cost to about USD 6.1 million?",
    note="KRGO says 'at the current exchange rate' without stating it.")
add("out-of-corpus", "What did the Provincial Assembly decide on Zarmina Afridi's resolution about the cancelled licences?",
    note="The Ledger says the resolution was submitted; no outcome is reported.")
add("out-of-corpus", "Why does the article say Pakistan agreed to give the U.S. port access at Gwadar?",
    note="False premise: the article says Pakistan's institutions publicly denied offering any military base or port access.")
add("out-of-corpus", "How many registered users did KP-MinCAD have by the end of December 2025?",
    note="Only the 15 September 2025 figure (5,870) is given.")

with OUT.open("w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases written")
