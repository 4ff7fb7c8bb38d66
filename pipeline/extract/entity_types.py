"""What kind of source a mention names, from its words alone: government, military,
media, expert, official, witness, document, organisation, a person, or an anonymous source.

>>> [classify(m).value for m in ("a Ukrainian defense expert", "Mr. Smith", "Iran")]
['expert', 'person', 'government']
>>> is_anonymous("a senior official who spoke on condition of anonymity")
True
"""

from __future__ import annotations

import re

from pipeline.extract.anonymity import is_anonymous
from pipeline.extract.states import names_a_state
from pipeline.models import EntityType

__all__ = [
    "APPOSITION",
    "INSTITUTION",
    "LEADING_DET",
    "PERSONAL_PRONOUNS",
    "PERSON_TYPES",
    "bare_surname",
    "classify",
    "classify_in_context",
    "clean_name",
    "described_elsewhere",
    "firm_name",
    "institution_name",
    "is_anonymous",
    "is_nominal",
    "known_head",
    "mention_end",
    "personal_name",
    "titled_person",
    "trim_name",
]

_HEADS: list[tuple[EntityType, re.Pattern[str]]] = [
    # Armed groups first: "Islamic State" is no state.
    (EntityType.ORGANISATION, re.compile(
        r"\b(?:islamic state|isis|isil|daesh|al[- ]qaeda|al[- ]shabaab|taliban|boko haram"
        r"|(?<!al-)houthis?|ansar allah|hamas|hezbollah|wagner|doctors without borders"
        r"|doctors (?:network|union|syndicate|committee)|white helmets|red cross|red crescent"
        r"|charit(?:y|ies)|save the children|m[ée]decins sans fronti[èe]res|msf|unicef"
        r"|human rights watch|amnesty international|oxfam|(?<!-)gangs?|(?<!-)cartels?"
        # the UN's agencies and offices are no government's ("the U.N. humanitarian office")
        r"|u\.n(?=\.)|(?-i:UN)|united nations|ocha|unhcr|unrwa|wfp|world food programme"
        r"|(?-i:WHO)|world health organi[sz]ation|iaea|icrc)\b", re.I)),
    (EntityType.MEDIA, re.compile(
        r"\b(?:newspaper|(?:news|press|wire) ?agency|news|times|post|journal|tv|television|radio"
        r"|media(?!\s+(?:users?|posts?|accounts?|platforms?|compan(?:y|ies)))"
        r"|network|outlet|channels?|(?:mil)?bloggers?|magazine|reporters?|correspondents?|editorial|reuters|ap|afp|cnn|bbc|fox|nbc"
        r"|fact[- ]?check(?:ers?|s|ing)?|agence france-presse|france-presse"
        r"|abc|cbs|msnbc|politico|breitbart|bloomberg|associated press|guardian|tass|ria"
        r"|novosti|interfax|al jazeera|axios|npr|pbs|daily|herald|tribune|gazette|moderators?"
        r"|interviewer|anchor|presenter|(?-i:HOST)|pravda|kyiv independent|meduza|verstka"
        r"|ukrinform|unian|suspilne|kommersant|izvestia|haaretz|ynet|(?-i:SANA|IRNA)|tasnim"
        # "press secretary", "press office", "press service": the body's own, not media
        r"|press(?!\s+(?:secretar(?:y|ies)|officers?|office|service|attach[ée]|aides?))"
        r"|(?-i:FT|WSJ|NYT))\b", re.I)),
    (EntityType.EXPERT, re.compile(
        r"\b(?:analysts?|experts?|professor|researchers?|economists?|scientists?|scholars?"
        r"|observers?|think tank|institute|pollsters?|historian|specialists?|crisis group|isw"
        r"|(?!apologist|ideologist|scientologist)\w+ologists?"  # seismologists, neurologists
        r"|rusi|bellingcat|labs?|laboratory"
        r"|partner\s+at\s+(?:the\s+)?(?:law|accounting|consulting|investment|(?-i:[A-Z])\w*))\b",
        re.I)),
    (EntityType.WITNESS, re.compile(
        r"\b(?:witness(?:es)?|eyewitness(?:es)?|residents?|relatives?|survivors?|famil(?:y|ies)"
        r"|neighbou?rs?|villagers?|locals|farmers?|bystanders?|mother|father|wife|husband)\b",
        re.I)),
    (EntityType.OFFICIAL, re.compile(
        r"\b(?:spokes(?:man|woman|person|people)|officials?|minister|president|secretary"
        r"|senators?|sen|governor|gov|mayor|councill?ors?|ambassador|lawmakers?|representative"
        r"|rep|adviser"
        r"|advisor|aides?|chief|director|commissioner|prosecutors?|police|sheriff|judge"
        r"|chairman|chairwoman|speaker|leader|diplomats?|envoy|attorney general"
        r"|detectives?|inspectors?|u\.s\. attorney|district attorney|attorney general"
        r"|ombuds(?:man|woman|person))\b", re.I)),
    (EntityType.MILITARY, re.compile(
        r"\b(?:military|army|forces|troops|command|general staff|defen[cs]e ministry|navy|generals?"
        r"|junta|revolutionary guards?|admiral|(?:air\s+|field\s+|vice\s+)+marshal|colonel"
        r"|brigadier|wing\s+commander|squadron\s+leader|group\s+captain"
        r"|air force|brigade|battalion|soldiers|commanders?|marines|pentagon|idf|coast guard)\b",
        re.I)),
    (EntityType.GOVERNMENT, re.compile(
        r"\b(?:ministry|government|department|administration|kremlin|white house|congress"
        r"|parliament|senate|council|authorities|office|state|republic|cabinet|embassy|fbi|cia"
        r"|court|commission|prison service|geological survey|authority|bureau|treasury"
        r"|centers? for disease control|cdc|fda|food and drug administration|nih|epa"
        r"|national institutes of health|environmental protection agency|federal reserve"
        r"|weather service|fema|nhs)\b", re.I)),
    (EntityType.DOCUMENT, re.compile(
        r"\b(?:report|study|poll|polls|survey|statement|document|data|figures|records|filing"
        r"|videos?|memo|letter|tweet|analysis|research|census|footage|ad|release|transcript"
        r"|documents|images|imagery|photos|photographs|pictures|recordings|files|emails|logs"
        r"|lawsuit|indictment|complaint)\b",
        re.I)),
    (EntityType.ORGANISATION, re.compile(
        r"\b(?:groups?|campaign|party|company|organi[sz]ations?|committee|union|association"
        r"|coalition|foundation|pac|ngo|corporation|firm|bank|university|inc|corp|nations|agency"
        r"|consortium|magen david adom"
        r"|fund|programme|program|red cross|red crescent|unicef|unhcr|nato|osce|amnesty|centre"
        r"|center|institute|observatory"
        r"|human rights watch|icrc|msf|iaea|u\.n|(?-i:UN)|insurers?|shipping|logistics|holdings"
        r"|airlines?|terminals?|maritime|marine|industries|technologies|carriers|monitor|project"
        r"|(?:grid|network|system|pipeline|power|energy|gas|nuclear|rail|railway|port|plant)"
        r"\s+operator|utility|utilities|drugmaker|carmaker|automaker|chipmaker|planemaker"
        r"|steelmaker|retailer|lender|conglomerate"
        # "the Russian-installed management of the plant": who runs a site
        r"|management\s+of|(?<!crane\s)(?<!drone\s)(?<!radio\s)(?<!machine\s)operator\s+of\s+the"
        r"|(?-i:FZE|FZCO|LLC|Ltd|PLC|GmbH|AG|JSC|PJSC|OOO|SA|NV|BV|Unit|Telecom|Steel|Systems"
        r"|Motors|Pharmaceuticals|Petroleum|Mining|Networks|Airways|Chemicals|Foods"
        r"|Electronics))\b", re.I)),
]
#: A determiner opening a mention ("the ministry").
LEADING_DET = re.compile(r"^(?:the|a|an|this|that|these|those|noon|midnight|midday|dawn|dusk"
                         r"|nightfall)\s+", re.IGNORECASE)  # ("By noon Interior Minister X")
#: A relative clause or a trailing comma after a name ("Smith, who said …").
APPOSITION = re.compile(
    r",\s*(?:(?:many|some|most|all|several|both|none|one|two|three)\s+of\s+)?(?:who|whom|which"
    r"|whose)\b.*$|,\s*$|\s*(?:—|–|--)\s*(?:who|whom|whose)\b.*$"  # "X -- who lost --"
    # "Sen. X, a Republican who negotiated the bill": the description and its clause
    r"|,\s*(?:a|an)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+who\b.*$"
    # "An analysis by Bellingcat, published on Tuesday,": when, not who
    r"|,\s*(?:published|released|issued|posted|updated|dated|seen|obtained|reviewed)\b[^,]*,?\s*$",
    re.DOTALL)
#: Pronouns of a person ("quoted him as saying").
PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "who", "him", "her"})
# ", a medical group", ", an adviser at …": an apposition that says what the source is.
_DESCRIBED = re.compile(r",\s+(?:a|an)\s+")
_DESCRIPTION_TAIL = re.compile(r"\s(?:with|that|which|who|whose|linked|close|based|backed)\b")
#: Experts that are bodies, not people: "it" takes them up ("The think tank said …, it said").
INSTITUTION = re.compile(r"\b(?:think tank|institute|crisis group|isw|rusi|bellingcat"
                         r"|observatory|monitor|foundation|centre|center|fleet|holdings|corp"
                         r"|consortium|(?:labs?|laborator(?:y|ies))(?!\s+(?:technician|worker"
                         r"|assistant|scientist|researcher|director|chief|head|staff|employee"
                         r"|analyst|manager)s?\b)"
                         r"|corporation|company|ltd|inc|bank|airlines?|energy|petroleum"
                         r"|logistics|maritime|lines|\w+management|\w*shipping)\b", re.I)
PERSON_TYPES = frozenset({EntityType.PERSON, EntityType.OFFICIAL, EntityType.EXPERT,
                          EntityType.WITNESS, EntityType.ANONYMOUS})
# "A lawsuit filed in federal court": the lawsuit, not the court
_FILED_IN = re.compile(r"\s+(?:filed|unsealed|lodged|submitted)\s+(?:in|with|at|on|before)\b.*$",
                       re.DOTALL)
_DONE_BY = re.compile(r",?\s+(?:interviewed|reviewed|seen|obtained|contacted|reached|quoted|cited"
                      r"|polled|surveyed|analy[sz]ed|verified|signed|written|drafted|sent"
                      r"|issued|posted|geolocated|filmed|shared)\s+by\b.*$|" + _FILED_IN.pattern,
                      re.DOTALL)
_CAPITALISED = re.compile(r"[A-Z][\w’'.-]*")
# Parts of Arabic and European names: "Abdul Malik al-Houthi", "Osama bin Laden".
_NAME_PARTICLE = re.compile(
    r"(?:al|el|ad|as|ash|bin|ibn|bint|de|van|von|da|di)(?:-[A-Z][\w’'.-]*)?")
# A capital or a digit inside one word makes a brand, unless a surname's prefix explains it
_BRAND = re.compile(r"[a-z][A-Z]|[A-Za-z]\d")
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z]")
_GANG = re.compile(r"(?<![\w-])(?:gangs?|cartels?)\b", re.IGNORECASE)  # (not "anti-gang")
_OFFICIAL = next(p for kind, p in _HEADS if kind is EntityType.OFFICIAL)


def known_head(text: str) -> bool:
    """Whether a mention holds a word that types it ("UNICEF", "ministry", "spokesman")."""
    return any(pattern.search(text) for _, pattern in _HEADS)


def classify(mention: str) -> EntityType:
    """Entity type from the words of a mention.

    >>> [classify(m).value for m in ("a Ukrainian defense expert", "Mr. Smith")]
    ['expert', 'person']
    """
    core = _DONE_BY.sub("", APPOSITION.sub("", mention))  # "Residents interviewed by Reuters"
    if is_anonymous(mention):
        return EntityType.ANONYMOUS
    described = _DESCRIBED.search(core)
    if described is not None:  # "Sudan Doctors Network, a medical group": what it is
        # (up to its head noun: "a monitoring group with close ties to the military")
        tail = _DESCRIPTION_TAIL.search(core, described.end())
        end = tail.start() if tail else len(core)
        heads = [(found.end(), kind) for kind, pattern in _HEADS
                 for found in pattern.finditer(core, described.start(), end)]
        if heads:
            first = heads[0][1]  # in the order of _HEADS: "an adviser at the Crisis Group"
            # but a document word is often a modifier: "a research group" is a group
            return max(heads)[1] if first is EntityType.DOCUMENT else first
    for kind, pattern in _HEADS:
        if pattern.search(core):
            if pattern is _HEADS[0][1] and _OFFICIAL.search(core):  # "Houthi military spokesman
                # Yahya Saree"; but a gang's leader holds no office
                return EntityType.PERSON if _GANG.search(core) else EntityType.OFFICIAL
            return kind
    low = core.lower().strip()
    if low in PERSONAL_PRONOUNS and not core.strip().isupper():  # "WHO" is no "who"
        return EntityType.PERSON
    words = [w for w in LEADING_DET.sub("", core).split() if w]
    if names_a_state(words):
        return EntityType.GOVERNMENT  # "Iran denied arming the Houthis", "Minsk would respond"
    if len(words) == 1 and len(words[0]) >= 2 and words[0].strip(",").isupper():
        return EntityType.ORGANISATION  # "UNIFIL", "OCHA", "IPC"
    if len(words) == 1 and _BRAND.search(words[0]) and not _SURNAME_PREFIX.match(words[0]):
        return EntityType.ORGANISATION  # "NetBlocks", "Flightradar24"; not "McCain"
    if words and all(_CAPITALISED.fullmatch(w) or _NAME_PARTICLE.fullmatch(w) for w in words) and (
            len(words) <= 4 and _CAPITALISED.fullmatch(words[0])):
        return EntityType.PERSON
    return EntityType.UNKNOWN


_PERSONAL_TITLES = frozenset({"General", "Gen.", "Colonel", "Col.", "Major", "Maj.", "Captain",
                              "Capt.", "Lieutenant", "Lt.", "Commander", "Admiral", "President",
                              "Minister", "Governor", "Mayor", "Senator", "Sen."})


# "Maxar said its satellite images showed", "Ukrenergo said it had cut power": what speaks of
# "its" own, or of what "it" did, is no person
_ITS_CONTENT = re.compile(
    r"\s*[a-z]+(?:\s+in\s+an?\s+(?:statement|report|post|update))?(?:\s+on\s+[A-Z][a-z]+)?"
    r",?\s+(?:that\s+)?(?:its|it\s+(?:had|has)\s+(?!been\b)[a-z]+)\b")


def classify_in_context(mention: str, after: str) -> EntityType:
    """:func:`classify`, with the words after the mention: a bare one-word name followed by
    "said its …" is an organisation, not a person named by surname.

    >>> [classify_in_context("Maxar", a).value for a in (" said its images", " said his unit")]
    ['organisation', 'person']
    """
    kind = classify(mention)
    if kind is EntityType.PERSON and " " not in mention.strip() and _ITS_CONTENT.match(after):
        return EntityType.ORGANISATION
    return kind


def described_elsewhere(body: str, name: str) -> EntityType | None:
    """What the article calls a one-word name elsewhere: "the security firm Ambrey",
    "Maersk, the Danish shipping company," make a later bare "Ambrey said" no person.

    >>> described_elsewhere("The shipping firm Halvard said so. Halvard added", "Halvard").value
    'organisation'
    """
    # The name is found by plain search and only its surroundings are matched: a pattern
    # opening with the words before it would be tried at every word of the body.
    at = body.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not body[at - 1].isalnum()) and (end == len(body) or not (
                body[end].isalnum())):
            found = _WORDS_BEFORE.search(body, max(0, at - 48), at)
            if found is not None and "," in found.group() and _OWNED_BEFORE.search(
                    body, max(0, found.start() - 12), found.start()):
                found = None  # "a spokesman for the aid group, Jens Laerke": the man
            found = found or _DESCRIBED_AFTER.match(body, end)
            kind = classify(found.group(1)) if found is not None else None
            if kind in (EntityType.ORGANISATION, EntityType.MEDIA, EntityType.EXPERT):
                return kind  # (a side's name is no bare word: "Kremlin critic" is a person)
        at = body.find(name, end)
    return None


# "the security firm Ambrey", "a local monitoring group, My Vote,"
_WORDS_BEFORE = re.compile(r"\b((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),?\s+$")
_OWNED_BEFORE = re.compile(r"\b(?:for|of|at|from|with|by|to)\s+(?:(?:the|a|an|its|their)\s+)?$")
_DESCRIBED_AFTER = re.compile(r",\s+(?:a|an|the)\s+([^,.;()]{3,60})[,.]")


_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Maj", "Sen", "Rep", "Gov"})


def bare_surname(name: str) -> str | None:
    """The surname when a person is named by it alone ("Kiper", "Mr. Kiper"), else None.

    >>> bare_surname("Mr. Kiper"), bare_surname("Oleh Kiper")
    ('Kiper', None)
    """
    words = name.split()
    if len(words) == 2 and words[0].rstrip(".") in _TITLES:
        words = words[1:]
    return words[0] if len(words) == 1 and words[0][:1].isupper() else None


def personal_name(name: str) -> bool:
    """Whether a claimant typed by its side or rank ("Volodymyr Zelensky", government;
    "General Sylvain Ekenge", military) is a person, whom "he" or "she" can take up."""
    if titled_person(name):
        return True
    words = name.split()
    while len(words) > 2 and words[0].split("-")[0] in _RANK_WORDS:
        words = words[1:]  # "Air Vice Marshal R.G.K. Kapoor", "Rear Admiral John Kirby"
    if len(words) > 2 and words[0].split("-")[0] in _PERSONAL_TITLES:
        words = words[1:]  # ("Colonel-Major Amadou Abdramane")
    return len(words) >= 2 and classify(" ".join(words)) == EntityType.PERSON


def titled_person(name: str) -> bool:
    """"Central Bank Governor Fatih Karahan": a person after a title ("Bank" names a body)."""
    return _TITLED_PERSON.search(name) is not None


def institution_name(name: str) -> bool:
    """Whether a name is a body's by its words ("Columbia Shipmanagement"), not a title's."""
    return INSTITUTION.search(name) is not None and not titled_person(name)


_TITLED_PERSON = re.compile(r"\b(?:Governor|Chair|Chairman|Chairwoman|President|Director"
                            r"|Minister|Secretary|CEO)\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,2}$")
_RANK_WORDS = frozenset({"Air", "Rear", "Vice", "Field", "Chief", "Lieutenant", "Brigadier",
                         "Wing", "Group", "Squadron", "Marshal", "Admiral"})


_RELATIVE_AFTER = re.compile(r",\s+(?:who|which|whose)\s")


def is_nominal(text: str) -> bool:
    """``the ministry``, ``the analyst``: a determiner and lower-case words only (before
    any relative clause: "The blogger, who runs a Telegram channel,")."""
    words = _RELATIVE_AFTER.split(text.strip(" ,"), 1)[0].split()
    return (
        len(words) >= 2
        and words[0].lower() in ("the", "this", "that")
        and all(w[0].islower() for w in words[1:])
    )


def trim_name(text: str) -> str:
    """A capitalised name without the sentence-opening words before it ("The", "However")."""
    words = text.split()
    while words and not words[0][0].isupper():
        words.pop(0)
    while words and words[0] in ("The", "A", "An", "According", "However", "But", "And"):
        words.pop(0)
    return " ".join(words)


def firm_name(name: str) -> str:
    """A name without its company suffix.

    >>> firm_name("Velora Inc"), firm_name("Velora")
    ('Velora', 'Velora')
    """
    return _COMPANY_SUFFIX.sub("", name)


_COMPANY_SUFFIX = re.compile(r"\s+(?:Inc|Corp|Ltd|plc|PLC|LLC|Co|Group|AG|SA)\.?$")


def clean_name(mention: str) -> str:
    """The mention without leading determiner or trailing relative clause.

    >>> clean_name("A military analyst based in Kyiv, who requested anonymity,")
    'military analyst based in Kyiv'
    >>> clean_name("Sen. Elizabeth Warren (D-Mass.)"), clean_name("Rep. Jim Jordan, R-Ohio")
    ('Sen. Elizabeth Warren', 'Rep. Jim Jordan')
    """
    text = _PARTY_TAG.sub("", _FILED_IN.sub("", APPOSITION.sub("", mention)).strip(" ,"))
    text = _REFLEXIVE.sub("", text)  # "Trump himself"
    return LEADING_DET.sub("", text) or text


_REFLEXIVE = re.compile(r"\s+(?:himself|herself|themselves|itself)$")
# "Rep. Jim Jordan, R-Ohio", "Sen. Elizabeth Warren (D-Mass.)": party and state, no name
_PARTY_TAG = re.compile(r",?\s*\(?\b[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\)?,?\s*$")


def mention_end(body: str, start: int, end: int) -> int:
    """Where a source mention ends without the words that name nobody after it ("Oleh
    Syniehubov, said", "New Delhi in turn", "The army, for its part,", "ISW cannot").

    >>> body = "The army, for its part,"
    >>> body[: mention_end(body, 0, len(body))]
    'The army'
    """
    tail = _TAIL.search(body, max(start + 1, end - 40), end)
    return tail.start() if tail is not None else end


_TAIL = re.compile(r"(?:,?\s+(?:in\s+turn|for\s+(?:its|their|his|her|our)\s+part|however|meanwhile"
                   r"|in\s+response|in\s+return|though|too"
                   # "ISW cannot verify X but observed Y": the subject of both verbs
                   r"|cannot|can[’']t|(?:could|did|does|has|have|had|would|will)(?:\s+not)?))?"
                   r"[\s,;:—–-]*$")
