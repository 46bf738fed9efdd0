"""Reports in other languages, not read as moves, that tell a story's move in words the lists left
out: Japanese "引き抜く" (to poach), Chinese "接管" (takes over) and "换帅" (a change of chief),
German "gegründet" and "ins Leben gerufen" (founded); and a name in Latin letters run into
another script ("Claire Dubois正式接管": the name ends where the script changes). Worded apart
from the labelled sets' rows, with near misses that stay apart (jobs/stories/scoring.py
ELSEWHERE, ELSEWHERE_CJK, NAME_LETTER, LATIN_WORD)."""

from __future__ import annotations

from datetime import timedelta

from jobs.stories.scoring import named_keys, names_in_full
from storage.db import Database
from tests.test_stories import T0, stories_of_two

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)

RAID = (
    "a",
    "Tencent poaches senior Baidu model researcher",
    "Tencent has poached a senior researcher who led model training at Baidu.",
    T0,
    "https://a/raid",
)
JAPANESE = (
    "b",
    # (a poaching told as a noun, "引き抜き劇" (a poaching drama), which the classifier does not
    # read as a move: the active "TencentがBaiduの…研究者を引き抜き" is read since docs/stories.md
    # "Korean and Japanese moves", the passive "…Tencentに引き抜かれる" since "Japanese poached")
    "報道:Baiduの大規模モデル研究者をめぐるTencentの引き抜き劇",
    "Baiduで大規模モデルの訓練を率いた研究者をめぐり、Tencentによる高額報酬での引き抜き劇が報じられた。",
    T0 + 5 * HOUR,
    "https://b/japanese",
)
TAKES_OVER = (
    "c",
    "Claire Dubois takes over as Mistral AI research chief",
    "Mistral AI named Claire Dubois to lead its research team.",
    T0,
    "https://c/takes-over",
)
CHINESE = (
    "d",
    "Mistral AI研究团队换帅:Claire Dubois正式接管",
    "据悉,Claire Dubois将正式接管Mistral AI的研究团队。",
    T0 + 4 * HOUR,
    "https://d/chinese",
)
FOUNDS = (
    "e",
    "Anna Keller launches robotics startup Lumora",
    "Former professor Anna Keller has founded Lumora, a robotics company.",
    T0,
    "https://e/founds",
)
GERMAN = (
    "f",
    "Lumora: Robotik-Forscherin will Europa aufmischen",
    "Die Münchner Forscherin Anna Keller hat das Start-up Lumora ins Leben gerufen, um Roboter"
    " für Fabriken zu bauen.",
    T0 + 20 * HOUR,
    "https://f/german",
)


def test_a_latin_name_ends_where_another_script_begins() -> None:
    assert named_keys("据悉,Claire Dubois将正式接管研究团队") == {"p:dubois"}
    assert "p:hale" in named_keys("Tom Hale rejoins Acme along with Lena Ortiz")
    assert names_in_full("Claire Dubois正式接管", "Claire Dubois")
    # a longer word in Latin letters is another name
    assert not names_in_full("Claire Duboisette joins", "Claire Dubois")


def test_a_japanese_report_of_a_poach_joins_the_unnamed_raid(database: Database) -> None:
    first, second = stories_of_two(database, RAID, JAPANESE)
    assert first is not None and first == second


def test_the_japanese_report_days_later_stays_apart(database: Database) -> None:
    later = (*JAPANESE[:3], T0 + 3 * DAY, JAPANESE[4])
    first, second = stories_of_two(database, RAID, later)
    assert first is not None and first != second


def test_a_chinese_report_of_taking_over_joins_the_appointment(database: Database) -> None:
    first, second = stories_of_two(database, TAKES_OVER, CHINESE)
    assert first is not None and first == second


def test_a_chinese_report_naming_another_lab_stays_apart(database: Database) -> None:
    elsewhere = (
        "g",
        "Anthropic研究团队换帅:Claire Dubois正式接管",
        "据悉,Claire Dubois将正式接管Anthropic的研究团队。",
        T0 + 4 * HOUR,
        "https://g/elsewhere",
    )
    first, second = stories_of_two(database, TAKES_OVER, elsewhere)
    assert first is not None and first != second


def test_a_german_report_of_a_founding_joins_it(database: Database) -> None:
    first, second = stories_of_two(database, FOUNDS, GERMAN)
    assert first is not None and first == second


def test_a_german_report_with_no_word_of_founding_stays_apart(database: Database) -> None:
    talk = (
        "h",
        "Lumora: Robotik-Forscherin will Europa aufmischen",
        "Die Münchner Forscherin Anna Keller spricht über Roboter für Fabriken und über Lumora.",
        T0 + 20 * HOUR,
        "https://h/talk",
    )
    first, second = stories_of_two(database, FOUNDS, talk)
    assert first is not None and first != second
