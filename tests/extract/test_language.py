"""Language gate: declared tag and text checks."""

from __future__ import annotations

import pytest

from pipeline.extract.language import english_problem

_ENGLISH = "The ministry said that at least ten soldiers were captured in the east of the region."


@pytest.mark.parametrize("tag", ["en", "EN", "en-GB", "en_US", "und", "eng", "eng-GB"])
def test_english_passes(tag: str) -> None:
    assert english_problem(tag, _ENGLISH) is None


@pytest.mark.parametrize("tag", ["de", "fr-FR", "ru", "enm", "engl"])
def test_declared_other_language(tag: str) -> None:
    problem = english_problem(tag, _ENGLISH)
    assert problem is not None and "declared" in problem


def test_text_checks() -> None:
    problem = english_problem("en", "Министерство обороны сообщило о захвате экипажа танка.")
    assert problem is not None and "Latin" in problem
    german = ("Nach Angaben des Betreibers sind nach dem Angriff in der Nacht rund vierzig "
              "Haushalte ohne Strom, teilte die Polizei am Morgen mit.")
    problem = english_problem("en", german)
    assert problem is not None and "English" in problem
    assert english_problem("en", "12345 !!!") == "text has no letters"
    assert english_problem("en", "Kurz.") is None  # too short to judge: trust the tag


@pytest.mark.parametrize("flash", [
    "Belgorod governor Vyacheslav Gladkov said Russian air defences shot down 12 Ukrainian "
    "drones.",
    "KYIV, March 11 (Reuters) - Ukrainian President Volodymyr Zelenskiy said Russian forces "
    "struck Kharkiv overnight.",
    # no function word at all: words and endings only English has (before: "not English
    # (0% English function words)", and no claim came out)
    "BREAKING: Ukraine's air force says air defences shot down 71 Russian drones overnight.",
    "Ukraine's air force says air defences shot down 71 Russian drones overnight.",
])
def test_a_one_sentence_flash_full_of_names_is_english(flash: str) -> None:
    # Names are no function words: a short wire flash is judged on its other words.
    assert english_problem("", flash) is None


@pytest.mark.parametrize("text", [
    "El gobernador Vyacheslav Gladkov dijo que las defensas aéreas derribaron 12 drones "
    "ucranianos.",
    "Il governatore Vyacheslav Gladkov ha detto che la difesa aerea ha abbattuto dodici droni "
    "ucraini.",
    "L'armée de l'air ukrainienne affirme que la défense aérienne a abattu 71 drones russes "
    "pendant la nuit.",
    "Die ukrainische Luftwaffe sagt, die Luftabwehr habe in der Nacht 71 russische Drohnen "
    "abgeschossen.",
    # "-ing" ends Dutch nouns, and "over" is Dutch too
    "Oekraïense luchtverdediging heeft volgens de regering 71 drones neergeschoten, meldt de "
    "legerleiding na een vergadering over de verdediging van Charkiv.",
])
def test_a_short_item_in_another_latin_language_is_still_caught(text: str) -> None:
    problem = english_problem("", text)
    assert problem is not None and "English" in problem


def test_a_navigation_bar_before_the_article_does_not_hide_its_english() -> None:
    sections = ["World", "Europe", "Ukraine War", "Middle East", "Africa", "Asia Pacific",
                "Business", "Markets", "Technology", "Sports", "Science", "Opinion", "Video"]
    menu = " | ".join(["Skip to main content", "Menu", "Sign In", *sections * 20])
    body = (menu + "\n\nRussian drones struck a fuel depot in the Kherson region overnight, "
            "killing two workers, the regional governor said.\n\nRussia's Defence Ministry said "
            "its forces had hit fuel infrastructure used by the Ukrainian army.")
    assert english_problem("", body) is None
    assert english_problem("", "Das Ministerium sagte, dass die Truppen am Montag zehn "
                               "Soldaten gefangen genommen hätten und die Lage ruhig sei.")
