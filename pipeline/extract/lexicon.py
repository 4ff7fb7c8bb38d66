"""Word lists the attribution and claim stages share; plain data, no logic.

Kept in code (not a data file) because they describe English grammar, not the world:
the world knowledge a user may want to extend (parties and their sides) lives in
``data/parties.json``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

__all__ = ["ADVERB_NOUNS", "APPOSITION_STARTERS", "ARMED_ACTS", "ARMED_WORDS", "CALLERS_WORDS",
           "CLAUSE_JOINS", "CLAUSE_OPENERS", "COGNITION_VERBS", "COMMON_VERBS",
           "CONFIRMING_VERDICTS", "CONTENT_ADJUNCTS", "CONTROL_VERBS", "DEGREE_WORDS",
           "DETERMINERS", "DISPUTING_VERDICTS", "EVIDENCE_GIVEN", "EVIDENCE_VERBS",
           "FAMILIAR_WORDS", "FLAT_ADVERBS", "IRREGULAR_PAST", "LABEL_STOPWORDS", "LEARNED_CUES",
           "MAKER_PARTICIPLE", "NOUN_MODIFIERS", "NP_INNER", "NP_STOP", "OBJECT_PRONOUNS",
           "OBJECT_VERBS", "PARTICLES", "PATIENT_NOMINALS", "PERSON_NOUNS", "PUBLISHED_VERBS",
           "RAISING_VERBS", "REJECTING_VERBS", "ROLE_NOUNS", "SPEAKING_ROLES", "SPEECH_VERBS",
           "STANCE_VERBS",
           "STATEMENT_NOUNS", "STATEMENT_NOUN_STEMS", "STATING_WORDS", "SUBJECT_PRONOUNS",
           "UNINFORMATIVE_WORDS", "VERB_NOUN_AMBIGUOUS", "VERB_PREFIX"]


def _forms(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


#: Verbs (all inflections) that introduce what somebody said, wrote, found or believes.
SPEECH_VERBS = _forms(
    """say says said saying tell tells told telling add adds added adding claim claims
    assess assesses assessed
    claimed claiming report reports reported reporting announce announces announced
    announcing state states stated stating note notes noted noting write writes wrote
    written writing tweet tweets tweeted tweeting declare declares declared declaring
    insist insists insisted insisting argue argues argued arguing suggest suggests
    suggested suggesting warn warns warned warning explain explains explained explaining
    acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
    confirm confirms confirmed confirming deny denies denied denying assert asserts
    asserted asserting allege alleges alleged alleging estimate estimates estimated
    predict predicts predicted predicting believe believes believed think thinks
    contend contends contended contending maintain maintains maintained maintaining
    stress stresses stressed stressing emphasize emphasizes emphasized emphasizing
    emphasise emphasised reiterate reiterates reiterated reiterating recall recalls
    recalled recalling conclude concludes concluded concluding find finds found show
    shows showed shown indicate indicates indicated indicating reveal reveals revealed
    revealing disclose discloses disclosed testify testifies testified assure assured
    promise promises promised promising vow vows vowed vowing pledge pledged pledges
    forecast forecasts projected caution cautions cautioned remark remarked observe
    observed observes mention mentions mentioned boast boasted boasts brag bragged
    concede concedes conceded counter countered countering quip quipped joke joked
    agree agrees agreed disagree disagreed urge urges urged urging reply replied replies
    respond responded responds answer answered ask asks asked asking post posted posts
    accuse accuses accused accusing blame blames blamed attributed attributes
    criticize criticized criticizes criticise criticised criticizing praise praised
    praises describe describes described describing call calls called calling complain
    complained complains fear fears feared hope hopes hoped worry worries worried
    demand demands demanded charge charged charges signal signaled signalled signals
    hint hinted hints cite cites cited citing speculate speculated speculates proclaim
    proclaimed recount recounted wonder wondered wonders clarify clarified clarifies
    elaborate elaborated retort retorted shout shouted yell yelled chant chanted scream
    screamed lament laments confess confessed confesses opine opined opines mused imply
    implies implied"""
)

#: Verbs of stance toward a person or proposal ("endorsed Cruz", "rejected the plan"): their
#: object is what the source stands for, an attribution in the PolNeAR sense.
STANCE_VERBS = _forms(
    """endorse endorsed endorses endorsing decline declined declines declining express
    expressed expresses expressing refuse refused refuses refusing defend defended defends
    defending reject rejected rejects rejecting question questioned questioning discuss
    discussed discusses discussing oppose opposed opposes opposing propose proposed
    proposes proposing support supported supports supporting backed backing want wants
    wanted seek seeks sought seeking hoping offered issued dismissed dismisses condemned
    condemns denounced denounces denouncing welcomed welcomes thanked thanks thanking mocked
    mocks touted touts lamented decried applauded congratulated congratulates credited
    credits challenged challenges slammed slams blasted blasts favored favors justified
    characterized characterizes portrayed portrays labeled labels branded dubbed compared
    compares likened highlighted highlights quoted referenced unveiled reminded reminds
    invited invites encouraged encourages recommended recommends advised advises hailed
    hails praising pledging estimating favor advocate advocates advocated advocating"""
)

#: Verbs of thinking, perceiving and referring ("voters see him as", "she pointed out").
COGNITION_VERBS = _forms(
    """know knows knew thought feel feels felt see sees saw echoed echoes echoing referring
    referred refers talking talked talks spoke speaks speaking pointed pointing continued
    prefer prefers preferred learned recognized recognizes decided apologized vowed voted
    insisting doubt doubts doubted considers considered view views viewed consider
    considering reckon reckons wondering worrying thinking guess guessed suspect suspects
    suspected assume assumes assumed"""
)
#: The long tail of cue verbs, learned from PolNeAR TRAIN gold cue spans (regenerate with
#: ``benchmarks/score_attribution.py --learn-cues``): data, not grammar, hence a file.
LEARNED_CUES = frozenset(json.loads(
    (Path(__file__).parent / "data" / "attribution_cues.json").read_text(encoding="utf-8")
)["cues"]) - SPEECH_VERBS - STANCE_VERBS - COGNITION_VERBS

#: Words between such a verb and its content: "pointed out that", "talked about".
PARTICLES = r"(?:out|about|of|to|up|on)\b"

#: Verb forms that are often nouns or adjectives ("the claims", "the reported capture").
VERB_NOUN_AMBIGUOUS = _forms(
    """claim claims report reports reported state states estimate estimates forecast
    forecasts answer charge charges call calls counter hope hopes fear fears worry support
    view views talks doubt doubts credits challenges favors labels highlights blasts
    slams hails invites
    supports question thanks offered issued want wants backing
    worries demand demands promise promises note notes post posts tweet tweets find finds
    found show shows shown alleged mention mentions signal signals hint hints continued
    want wants expected know wonder joke remark observe recall vow pledge favor advocate
    advocates suspect suspects guess lament chant yell shout"""
)

#: Words that, right before an ambiguous form, show it is a noun ("the recent claims").
NOUN_MODIFIERS = _forms(
    """recent previous earlier latest new initial official similar false such unverified
    dubious separate original first second third last same other further unconfirmed
    drone media news press police intelligence government ministry military army public
    his her its their our my your whose this that these those own early late final
    widespread repeated various multiple conflicting competing these"""
)

#: Verbs whose content may follow an object: "told reporters that", "citing a report that".
OBJECT_VERBS = _forms(
    """tell tells told telling cite cites cited citing warn warns warned warning assure
    assured remind reminded reminds inform informed informs convince convinced persuade
    persuaded promise promised"""
)

#: Aux verbs and adverbs that may sit between a source and its verb ("has also said").
VERB_PREFIX = _forms(
    """also has have had later previously recently repeatedly once further again would
    will could did does do is was were are been be then already often never not publicly
    privately reportedly allegedly initially first last earlier just long since still
    even only frequently explicitly directly openly ever clearly simply flatly strongly
    may might must can should actually correctly wrongly falsely quickly immediately
    officially subsequently separately specifically n't never softly quietly loudly
    angrily tersely bluntly candidly confidently proudly firmly privately sharply
    previously jokingly frankly recently eventually finally now however too then cannot
    seldom sometimes usually generally"""
)

SUBJECT_PRONOUNS = _forms("he she they we i it you who which")
OBJECT_PRONOUNS = _forms("him them us me whom her")

DETERMINERS = _forms(
    """the a an this these those his her their its our my your some many most other
    both all each several few no any another such one two three four five six seven eight
    nine ten dozens hundreds thousands numerous various multiple certain"""
)

#: Words allowed inside a source phrase between nouns ("spokesman for the ministry").
NP_INNER = _forms("of for at from in on and & 's ’s ' ’ with without based close near "
                  "operating stationed deployed serving fighting sharing")

#: Words that cannot be part of a source phrase: walking left stops at them.
NP_STOP = _forms(
    """that because when while if although though as after before since but so or nor
    yet than unless until whether where whereas however meanwhile moreover therefore thus
    is was are were be been being has have had do does did will would can could shall
    should may might must not no yes also too very just even still already about against
    into onto over under by through during between among across toward towards upon
    within without like said says say told tells added adds according what whom whose
    how why there here then now today yesterday tomorrow again ever never always
    reportedly allegedly apparently perhaps maybe indeed instead despite amid while
    otherwise afterward afterwards later earlier recently soon only once to"""
)

#: Frequent verb forms that are not -ed/-ing and so would pass for nouns in a source phrase.
COMMON_VERBS = _forms(
    """met meet meets took take takes made make makes gave give gives went go goes came come
    comes saw found left held hold holds sent send sends won win wins lost lose loses ran
    run runs got get gets put puts set sets let lets began begin begins brought bring brings
    kept keep keeps became become becomes led leads paid pay pays sold sell sells built
    build builds hit hits fell falls spent spend spends stood stand stands seems seem
    remains remain wrote spoke told says know knew think thought want wants need needs
    agreed agrees backs visited visits"""
)

#: How a speaker backs a claim, or does not: "gave no evidence", "did not provide details".
EVIDENCE_GIVEN = ("gave", "provided", "offered", "presented", "cited")
#: The same verbs after "did not" or "has not".
EVIDENCE_VERBS = ("give", "given", "provide", "provided", "offer", "offered", "present",
                  "presented", "cite", "cited", "release", "released")

#: Irregular past forms (no -ed) that mark a clause's finite verb: "blew up", "sank".
IRREGULAR_PAST = _forms(
    """blew shot struck sank drove fled fought threw broke flew stole tore hid overran took
    hit won beat fell withdrew retook overtook undertook withheld seized rose began ran
    swept lost sent spent held led"""
)

#: A participle between a thing and who made it: "images reviewed by Reuters", "taken by".
MAKER_PARTICIPLE = re.compile(r"[a-z]+ed|taken|seen|shown|written|given|drawn|made|shot|sent")

#: Nouns naming a statement, by which one clause speaks of another ("…, a claim Hamas
#: denied", "could not verify battlefield reports"), in the singular: a pattern adds "s".
STATEMENT_NOUN_STEMS = (
    "claim", "assertion", "allegation", "account", "version", "figure", "report", "statement",
    "charge", "number", "toll", "estimate", "assessment", "accusation", "decision", "ruling",
    "finding", "verdict", "conclusion", "characterisation", "characterization", "criticism")
#: The same nouns, singular and plural, as words.
STATEMENT_NOUNS = frozenset(STATEMENT_NOUN_STEMS) | {f"{noun}s" for noun in STATEMENT_NOUN_STEMS}

#: Works of inquiry that speak for whoever made them ("an analysis by Reuters found").
INQUIRY_NOUNS = _forms(
    """investigation investigations analysis analyses review reviews study studies report
    reports survey surveys audit audits probe probes inquiry inquiries assessment assessments
    examination evaluation fact-check factcheck reconstruction tally count poll statement"""
)

#: First words of a parenthetical description after a source name ("Smith, who…", ", a …").
APPOSITION_STARTERS = _forms(
    """who which a an the his her their its whose one former then chief senior head
    deputy spokesman spokeswoman spokesperson director president chairman secretary
    minister leader founder author professor analyst executive"""
)

_MEDIA_NOUNS = (
    r"(?:statement|interview|speech|post|tweet|press conference"
    r"|news conference|briefing|release|email|e-mail|letter|video|broadcast|radio|television"
    r"|op-ed|report|telegram|appearance|hearing|rally|address|message|filing|call|debate|town hall"
    r"|channel|account|page|feed|blog|website|podcast)"
)
#: Adjuncts that may sit between a speech verb and its content ("said on Tuesday that").
#: The medium is the last of its nouns: "in a video message", not "in a video".
CONTENT_ADJUNCTS = (
    r"(?:on |last |this |late |early )?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|week|month|year|night|morning|afternoon|evening|weekend)"
    r"|(?:in|during|at|on|via|through) (?:a |an |the |his |her |their |its )?"
    r"(?:[\w’'-]+ ){0,3}?" + _MEDIA_NOUNS + r"(?! " + _MEDIA_NOUNS + r"\b)"
    + r"(?: (?:(?:published|posted|released|issued|shared|carried|broadcast|aired|read) )?"
    r"(?:with|on|to|at|from|by|via|through|published|posted|released) (?:the |a |an |its |his |her "
    r"|their |state |local )?"
    # the whole object when "that" or a comma follows it ("on its Telegram channel that")
    r"(?:(?:[\w’'.-]+ ){0,3}?[\w’'.-]+(?= that\b|,)|[\w’'.-]+))?"
    r"|(?:to |on |at )(?:reporters|journalists|the press|the media|supporters|the crowd|an audience"
    r"|lawmakers|cnn|fox news|msnbc|twitter|facebook)"
    # "on Aug. 20", "on 20 August"; "said in October it was monitoring"
    r"|on (?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}\b"
    r"|on \d{1,2} (?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\b|in (?:january|february|march|april|june|july|august|september"
    r"|october|november|december|(?:19|20)\d\d)(?= (?:that|it|he|she|they|we)\b)"
    r"|yesterday|today|earlier|later|previously|recently|again|also|repeatedly|publicly"
    r"|privately|separately|afterward|afterwards|then|too|in part|once|ago|daily"
)

#: Participles by which one statement judges another ("… was confirmed by the Pentagon",
#: "… was denied by Kyiv").
CONFIRMING_VERDICTS = ("confirmed", "verified", "corroborated")
DISPUTING_VERDICTS = ("denied", "disputed", "rejected", "dismissed", "debunked", "refuted",
                      "contradicted", "questioned", "challenged", "contested")

#: Words that open an introductory phrase before a sentence's subject ("On Tuesday, …").
CLAUSE_OPENERS = _forms(
    """in on at after before during when while as since earlier later meanwhile however but
    and so then still yet also now today yesterday last this instead speaking asked"""
)

#: Verbs that take "to" + a speech verb: "wants to say", "went on to tell".
CONTROL_VERBS = _forms(
    """want wants wanted seem seems seemed decide decided decides try tried tries refuse
    refused refuses continue continued continues begin began begins went go goes going on
    used need needs needed plan plans planned hope hopes hoped declined declines ought
    appear appears appeared expect expects expected has have had is was are were able
    unable likely set"""
)

#: First words of a "Label: text" line that are not a speaker ("Update:", "Photo:").
LABEL_STOPWORDS = _forms(
    """update updated correction note editor editor's related watch read photo photos video
    abstract transcript full text source sources contact image caption warning breaking
    byline advertisement follow subscribe email e-mail twitter contributing paid pledged
    analysis comment opinion explainer background context factbox timeline claim verdict
    rating conclusion ruling live exclusive watch developing fact facts fact-check factcheck"""
)

#: Degree words inside a verb group or an opening adverb phrase ("more likely to say",
#: "Even more importantly,").
DEGREE_WORDS = _forms("more most less least much far very so as even quite")

#: Lower-case words ending in -ly that are nouns, not adverbs.
ADVERB_NOUNS = _forms("family ally rally assembly supply italy july monopoly anomaly")

#: Event nouns whose ``of`` phrase names who suffered the event ("Capture of Ukrainian
#: soldiers", "destruction of a Russian tank"): that side is not the one acting.
PATIENT_NOMINALS = _forms(
    """capture captures destruction downing killing killings loss losses defeat surrender
    seizure shelling bombing elimination encirclement rout retreat withdrawal"""
)

#: Verbs by which a speaker rejects what follows: that speaker does not pass the claim on.
REJECTING_VERBS = _forms(
    """deny denies denied denying reject rejects rejected rejecting dismiss dismisses
    dismissed dismissing refute refutes refuted refuting dispute disputes disputed disputing
    contest contests contested contesting rebut rebuts rebutted rebutting doubt doubts
    doubted doubting question questions questioned questioning"""
)

#: Offices a named person holds ("the regional governor, Oleh Syniehubov,"; "its spokesman"):
#: a source named by one of these is a person speaking for a body.
ROLE_NOUNS = frozenset("""governor mayor spokesman spokeswoman spokesperson commander minister
    head chief official president director secretary envoy ambassador adviser advisor general
    colonel prosecutor representative chairman chairwoman inspector detective
    commissioner superintendent sheriff""".split())  # noqa: SIM905
#: Roles in which a named person speaks for others or as one who knows ("his lawyer, X,",
#: "a researcher, X,"): with the offices, what a name's apposition may be.
SPEAKING_ROLES = ROLE_NOUNS | frozenset({"lawyer", "attorney", "counsel", "analyst",
                                         "researcher", "economist", "professor", "expert",
                                         "founder", "leader"})

#: Words too common to tell two claims apart when their words are compared ("said",
#: "they", "people"): two statements sharing only these share no subject.
UNINFORMATIVE_WORDS = frozenset({
    "said", "says", "also", "which", "there", "they", "them", "their", "this", "that", "these",
    "those", "with", "from", "have", "been", "were", "would", "could", "about", "into", "over",
    "after", "more", "than", "some", "what", "people", "time", "year", "years", "week",
    "percent", "will", "just"})

#: Cue words that, done by an armed party, are acts of force, not words ("The Houthis have
#: attacked more than 100 ships"); in politics they are often verbal ("attacked Clinton").
ARMED_ACTS = frozenset({"attacked", "attacking", "blocked", "withdrew", "hits", "knocked",
                        "drove", "pushed", "pushes", "clashed", "laid", "laying"})

#: Armed actors and their weapons: what they "withdrew", "blocked" or "attacked" is an act,
#: whatever PolNeAR's politicians did with those verbs.
ARMED_WORDS = frozenset({
    "gunmen", "militants", "fighters", "jihadists", "insurgents", "rebels", "troops", "forces",
    "soldiers", "drones", "aircraft", "warplanes", "jets", "army", "militia", "militiamen",
    "attackers", "assailants", "bombers", "tanks", "units", "brigade", "battalion",
    "regiment", "navy", "artillery", "paratroopers", "marines", "commandos", "missiles",
    "warships", "commander", "commanders", "junta", "guards", "formations", "detachments",
    "groupings", "saboteurs", "mercenaries", "snipers", "bandits", "raiders", "herdsmen"})

#: Countries and territories by their common English names: "Iran denied", "Rwanda said"
#: speak for a government, not a person.
COUNTRIES = frozenset(n.replace("_", " ") for n in """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burkina_faso burundi cambodia cameroon canada chad chile
    china colombia comoros congo costa_rica croatia cuba cyprus czechia czech_republic denmark
    djibouti dominica ecuador egypt el_salvador eritrea estonia eswatini ethiopia fiji finland
    france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
    honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
    kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
    liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania
    mauritius mexico moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru
    nepal netherlands new_zealand nicaragua niger nigeria north_korea north_macedonia norway oman
    pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania
    russia rwanda samoa san_marino saudi_arabia senegal serbia seychelles sierra_leone singapore
    slovakia slovenia somalia south_africa south_korea south_sudan spain sri_lanka sudan suriname
    sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey
    turkiye turkmenistan tuvalu uganda ukraine united_arab_emirates uae united_kingdom britain
    u.s. u.k. usa
    united_states uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
    """.split())  # noqa: SIM905

#: Subjects and adverbs after which "states" is a verb ("the report states that").
STATING_WORDS = frozenset({
    "report", "statement", "letter", "document", "memo", "release", "law", "bill", "it", "he",
    "she", "they", "which", "that", "who", "also", "clearly", "explicitly", "plainly", "simply",
    "rule", "policy"})

#: Words before "called" whose subject does the calling ("he called", "who also called").
CALLERS_WORDS = frozenset({
    "he", "she", "they", "we", "i", "you", "who", "which", "that", "also", "has", "have", "had",
    "and", "once", "repeatedly", "previously", "recently", "then", "it", "publicly", "later",
    "even"})

#: "Hundreds are thought to be trapped": the subject is in the claim, whatever the verb
RAISING_VERBS = frozenset({"thought", "known", "understood", "considered", "presumed",
                           "assumed", "suspected", "estimated"})

#: How a report or a clip reaches the public: "A study published in The Lancet", "a video
#: shared on Telegram" (the report or clip speaks, not the journal or platform)
PUBLISHED_VERBS = frozenset({"published", "posted", "released", "printed", "aired", "broadcast",
                             "shared", "circulated", "circulating", "uploaded", "issued"})

#: Adverbs that make a denial flat, as a pattern ("that was simply not true")
FLAT_ADVERBS = (r"(?:(?:simply|completely|absolutely|entirely|totally|patently|categorically"
                r"|just|utterly)\s+)?")

#: Nouns for one person, whom "he" or "she" can take up ("The contractor said … He said");
#: their plurals ("Officials said") never can.
PERSON_NOUNS = ROLE_NOUNS | frozenset("""officer soldier pilot sergeant captain major lieutenant
    contractor coordinator doctor nurse resident witness driver farmer teacher engineer
    journalist reporter analyst researcher expert diplomat medic survivor villager worker
    activist investigator lawyer judge woman man mother father""".split())  # noqa: SIM905

#: Words tying a described source to a body it is not ("officials familiar with", "channels
#: linked to the Russian military", "fighters loyal to the general"): the first noun speaks
FAMILIAR_WORDS = frozenset({"familiar", "close", "briefed", "privy", "linked", "tied",
                            "connected", "affiliated", "allied", "loyal"})

#: Words that join a clause to the one before ("…, while the mayor, who visited, said").
CLAUSE_JOINS = frozenset({"and", "but", "or", "while", "whereas", "though", "although"})
