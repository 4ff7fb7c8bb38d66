"""How check-worthy a sentence is: a small logistic regression, pure Python at run time.

The model scores a sentence by summing the weights of its features: lower-cased word
unigrams and bigrams (every number folded into one ``0`` token) plus a few hand features
(has a number, a quantity word, a year, how many capitalised words, a question mark,
a sentence that trails off, a first-person start, a length bucket). Learnt weights live
in ``data/checkworthy_model.json``, written by ``claimwatch train checkworthy``.

Training data: the English training split of CheckThat! 2024 Task 1 (check-worthiness of
sentences from US political debates and speeches; Hasanain et al., CLEF 2024), read from
``../shared/eval/checkworthy_ct24_train.jsonl``. The model file records the data's origin,
the seed, the hyper-parameters and its held-out figures.

The output is calibrated on out-of-fold training scores (Platt scaling) and then shifted so
that 0.5 is the F1-optimal operating point found on those held-out scores: "passes 0.5" is
the decision the model was tuned for, and the value still orders sentences by how likely
they hold a claim worth checking.

>>> checkworthiness("Unemployment rose by 4 percent in 2019.") > 0.5
True
>>> checkworthiness("Thank you very much, it is great to be here tonight.") < 0.5
True
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

import orjson

__all__ = [
    "MODEL_FORMAT",
    "MODEL_PATH",
    "CheckworthyModel",
    "Feature",
    "checkworthiness",
    "default_model",
    "feature_name",
    "sentence_features",
    "sigmoid",
]

MODEL_PATH = Path(__file__).parent / "data" / "checkworthy_model.json"
MODEL_FORMAT = "claimwatch-checkworthy-logreg/1"

# Numbers are folded to "0" on the lower-cased text first, so one C-level findall yields
# the final tokens; the per-token Python work is what the speed budget cannot afford.
_NUMBER = re.compile(r"\d[\d,.]*")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|0|[$%?]")
# "A capital starting a word, not the word I", written to start with the letter class so
# the regex engine can skip ahead to candidates (the same as r"\b(?!I\b)[A-Z]").
_CAPITAL = re.compile(r"[A-Z](?<!\w[A-Z])(?:(?<!I)|(?=\w))")
# A year as a whole word (r"\b(?:19|20)\d\d\b", starting with a character class).
_YEAR = re.compile(r"[12](?<!\w[12])(?:(?<=1)9|(?<=2)0)\d\d\b")
_QUANTITY = frozenset(
    {"percent", "million", "billion", "trillion", "thousand", "hundred", "dollars", "dollar"}
)
_FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})
_TRAILING = ("--", "...", "-", "…", "—")
_LENGTHS = tuple(f"h:len{i}" for i in range(9))
_CAPITALS = tuple(f"h:caps{i}" for i in range(5))
_NUMBERS = tuple(f"h:nums{i}" for i in range(4))

#: A word, a hand feature ("h:…", or "b" for the bias), or a bigram as a pair of words:
#: a tuple hashes from its words' cached hashes, where a joined string is hashed anew.
Feature = str | tuple[str, str]


def feature_name(feature: Feature) -> str:
    """How a feature is written in the model file (a bigram's words joined by a space)."""
    return feature if isinstance(feature, str) else " ".join(feature)


def _feature_from_name(name: str) -> Feature:
    first, space, second = name.partition(" ")
    return (first, second) if space else name


def sentence_features(sentence: str) -> list[Feature]:
    """The features of a sentence, repeated as often as they occur (training shares this).

    Words are lower-cased, every number is the token ``0``, bigrams are word pairs with
    ``<s>`` and ``</s>`` marking the ends, ``h:…`` are the hand features and ``b`` the bias.

    >>> sentence_features("We cut taxes 19 times.")[:8]
    ['we', 'cut', 'taxes', '0', 'times', ('<s>', 'we'), ('we', 'cut'), ('cut', 'taxes')]
    """
    lower = _NUMBER.sub("0", sentence.lower())
    if "’" in lower:
        lower = lower.replace("’", "'")
    words: list[str] = _WORD.findall(lower)
    features: list[Feature] = [*words, *zip(["<s>", *words], [*words, "</s>"], strict=True)]
    numbers = words.count("0")
    capitals = len(_CAPITAL.findall(sentence))
    # A sentence's first word is capitalised anyway; it says nothing about names.
    if capitals and _CAPITAL.match(sentence):
        capitals -= 1
    features += ("b", _LENGTHS[min(len(words) // 5, 8)], _CAPITALS[min(capitals, 4)],
                 _NUMBERS[min(numbers, 3)])
    if numbers:
        features.append("h:num")
        if _YEAR.search(sentence):
            features.append("h:year")
    if not _QUANTITY.isdisjoint(words):
        features.append("h:qty")
    if "?" in sentence:
        features.append("h:q")
    if sentence.rstrip().endswith(_TRAILING):
        features.append("h:trunc")
    if words and words[0] in _FIRST_PERSON:
        features.append("h:first0")
    return features


def sigmoid(value: float) -> float:
    """The logistic function, without overflow for large ``|value|``."""
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


@dataclass(frozen=True)
class CheckworthyModel:
    """Feature weights plus the calibration ``p = sigmoid(scale * raw + shift)``."""

    weights: dict[Feature, float]
    scale: float = 1.0
    shift: float = 0.0
    metadata: dict[str, Any] | None = None

    def raw_score(self, sentence: str) -> float:
        """The uncalibrated linear score (a log-odds before calibration)."""
        return sum(map(self.weights.get, sentence_features(sentence), repeat(0.0)))

    def score(self, sentence: str) -> float:
        """Calibrated check-worthiness in [0, 1]; 0.5 is the tuned operating point."""
        return sigmoid(self.scale * self.raw_score(sentence) + self.shift)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": MODEL_FORMAT,
            "metadata": self.metadata or {},
            "calibration": {"scale": self.scale, "shift": self.shift},
            "weights": {feature_name(k): v for k, v in self.weights.items()},
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(orjson.dumps(self.to_dict(), option=orjson.OPT_SORT_KEYS) + b"\n")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckworthyModel:
        if data.get("format") != MODEL_FORMAT:
            raise ValueError(f"not a {MODEL_FORMAT} model: format={data.get('format')!r}")
        calibration = data["calibration"]
        return cls(
            weights={_feature_from_name(str(k)): float(v) for k, v in data["weights"].items()},
            scale=float(calibration["scale"]),
            shift=float(calibration["shift"]),
            metadata=dict(data.get("metadata", {})),
        )

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> CheckworthyModel:
        return cls.from_dict(orjson.loads(path.read_bytes()))


@cache
def default_model() -> CheckworthyModel:
    """The bundled model, loaded once per process."""
    return CheckworthyModel.load(MODEL_PATH)


def checkworthiness(sentence: str) -> float:
    """Probability-like score in [0, 1] that ``sentence`` holds a check-worthy factual claim."""
    return default_model().score(sentence)
