"""Loaders of the short-statement stance sets and newsstance-dev, on fixtures written here."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from stancekit import data
from stancekit.errors import DataNotFoundError, InvalidInputError
from stancekit.statement_data import motion_target


@pytest.mark.parametrize(
    ("motion", "target", "sign"),
    [
        ("We should ban whaling", "whaling", -1),
        ("We should abandon marriage", "marriage", -1),
        ("We should subsidize space exploration", "space exploration", 1),
        ("We should legalize cannabis", "cannabis", 1),
        ("We should fight for the abolition of nuclear weapons", "nuclear weapons", -1),
        ("We should fight urbanization", "urbanization", -1),
        ("We should stop the development of autonomous cars", "autonomous cars", -1),
        ("We should abandon the use of school uniform", "school uniform", -1),
        ("Payday loans should be banned", "Payday loans", -1),
        ("Entrapment should be legalized", "Entrapment", 1),
        ("Assisted suicide should be a criminal offence", "Assisted suicide", -1),
        ("The use of public defenders should be mandatory", "public defenders", 1),
        ("Social media brings more harm than good", "Social media", -1),
    ],
)
def test_motion_target_maps_motion_to_target_and_sign(motion: str, target: str, sign: int) -> None:
    assert motion_target(motion) == (target, sign)


def test_motion_target_refuses_unknown_shape() -> None:
    with pytest.raises(InvalidInputError, match="motion"):
        motion_target("Is this a motion?")


@pytest.fixture
def statement_dir(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    (root / "perspectrum").mkdir(parents=True)
    claims = [
        {
            "cId": 1,
            "text": "Zoos should be closed",
            "perspectives": [
                {"pids": [10, 11], "stance_label_3": "SUPPORT"},
                {"pids": [12], "stance_label_3": "UNDERMINE"},
            ],
        },
        {
            "cId": 2,
            "text": "Tax meat",
            "perspectives": [{"pids": [13], "stance_label_3": "SUPPORT"}],
        },
    ]
    pool = [
        {"pId": 10, "text": "Animals suffer in cages."},
        {"pId": 11, "text": "Zoos are prisons."},
        {"pId": 12, "text": "Zoos save species."},
        {"pId": 13, "text": "Meat harms the climate."},
    ]
    root.joinpath("perspectrum/perspectrum_with_answers_v1.0.json").write_text(json.dumps(claims))
    root.joinpath("perspectrum/perspective_pool_v1.0.json").write_text(json.dumps(pool))
    root.joinpath("perspectrum/dataset_split_v1.0.json").write_text(
        json.dumps({"1": "train", "2": "test"})
    )
    (root / "ibm-argq-30k").mkdir()
    with root.joinpath("ibm-argq-30k/arg_quality_rank_30k.csv").open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["argument", "topic", "set", "WA", "MACE-P", "stance_WA", "stance_WA_conf"])
        w.writerow(["whaling  is cruel", "We should ban whaling", "train", "0.9", "0.8", "1", "1"])
        w.writerow(
            ["whaling is a tradition", "We should ban whaling", "train", "0.9", "0.8", "-1", "1"]
        )
        w.writerow(
            [
                "space is the future",
                "We should subsidize space exploration",
                "dev",
                "1",
                "1",
                "1",
                "1",
            ]
        )
    (root / "ibm-claim-stance").mkdir()
    header = [
        "topicId",
        "split",
        "topicText",
        "topicTarget",
        "topicSentiment",
        "claims.claimId",
        "claims.stance",
        "claims.claimCorrectedText",
        "claims.claimTarget.text",
        "claims.claimSentiment",
    ]
    rows = [
        [
            "1",
            "train",
            "This house would ban violent games",
            "violent games",
            "-1",
            "7",
            "PRO",
            'Violent games cause "aggression"',
            "Violent games",
            "-1",
        ],
        [
            "1",
            "train",
            "This house would ban violent games",
            "violent games",
            "-1",
            "8",
            "CON",
            "Games are art; harmless",
            "Games",
            "1",
        ],
        [
            "2",
            "test",
            "This house supports nuclear power",
            "nuclear power",
            "1",
            "9",
            "PRO",
            "Nuclear power is clean",
            "Nuclear power",
            "1",
        ],
    ]

    def wrap(cells: list[str]) -> str:
        line = ",".join(
            '"' + c.replace('"', '""') + '"' if ('"' in c or "," in c) else c for c in cells
        )
        return '"' + line.replace('"', '""') + '";;;;'

    root.joinpath("ibm-claim-stance/claim_stance_dataset_v1.csv").write_text(
        "\n".join(wrap(r) for r in [header, *rows]) + "\n"
    )
    text = (
        "Bridge vote set for Friday\n\n"
        'Ann Lee said "We love the bridge". Ann Lee and Bo Li criticised the plan. It rained.'
    )

    def at(part: str) -> list[int]:
        return [text.index(part), text.index(part) + len(part)]

    article = {
        "id": "a1",
        "domain": "local",
        "text": text,
        "attributions": [
            {
                "kind": "direct",
                "content": [at("We love the bridge")],
                "source": at("Ann Lee"),
                "cue": at("said"),
                "speaker": "Ann Lee",
            }
        ],
        "not_speech": [],
        "other_cases": [
            {
                "span": at("criticised the plan"),
                "label": "speech_no_content",
                "source": at("Ann Lee and Bo Li"),
                "cue": at("criticised"),
            }
        ],
    }
    (root / "newsattr-dev").mkdir()
    root.joinpath("newsattr-dev/articles.jsonl").write_text(json.dumps(article) + "\n")
    (root / "newsstance-dev").mkdir()
    root.joinpath("newsstance-dev/targets.jsonl").write_text(
        json.dumps(
            {"article": "a1", "targets": [{"name": "bridge plan", "aliases": ["the bridge"]}]}
        )
        + "\n"
    )
    segs = [
        {
            "article": "a1",
            "attribution": 0,
            "other_case": None,
            "narration": False,
            "spans": [at("We love the bridge")],
            "text": "We love the bridge",
            "speaker": "Ann Lee",
            "target": "bridge plan",
            "label": "favor",
            "why": "x",
        },
        {
            "article": "a1",
            "attribution": None,
            "other_case": 0,
            "narration": False,
            "spans": [at("criticised the plan")],
            "text": "criticised the plan",
            "speaker": ["Ann Lee", "Bo Li"],
            "target": "bridge plan",
            "label": "against",
            "why": "x",
        },
        {
            "article": "a1",
            "attribution": None,
            "other_case": None,
            "narration": True,
            "spans": [at("It rained.")],
            "text": "It rained.",
            "speaker": "(author)",
            "target": "bridge plan",
            "label": "none",
            "why": "x",
        },
    ]
    root.joinpath("newsstance-dev/segments.jsonl").write_text(
        "\n".join(json.dumps(s) for s in segs) + "\n"
    )
    # newsstance-train: the same layers in one folder; c1-03 falls in the calibration slice
    (root / "newsstance-train").mkdir()
    train_articles = [{**article, "id": aid} for aid in ("c1-01", "c1-03")]
    train_segs = [{**s, "article": aid} for aid in ("c1-01", "c1-03") for s in segs]
    train_targets = [
        {"article": aid, "targets": [{"name": "bridge plan", "aliases": ["the bridge"]}]}
        for aid in ("c1-01", "c1-03")
    ]
    for name, rows in (
        ("articles", train_articles),
        ("segments", train_segs),
        ("targets", train_targets),
    ):
        root.joinpath(f"newsstance-train/{name}.jsonl").write_text(
            "\n".join(json.dumps(r) for r in rows) + "\n"
        )
    return root


def test_load_perspectrum_maps_support_to_favor_toward_the_claim(statement_dir: Path) -> None:
    ds = data.load("perspectrum", statement_dir, split="train")
    assert ds["label"] == ["favor", "favor", "against"]
    assert set(ds["target"]) == {"Zoos should be closed"}
    assert data.task_of(ds) == "stance"
    assert len(data.load("perspectrum", statement_dir, split="test")) == 1


def test_load_ibm_argq_turns_pro_ban_into_against_the_target(statement_dir: Path) -> None:
    ds = data.load("ibm-argq-30k", statement_dir, split="train")
    assert ds["target"] == ["whaling", "whaling"]
    assert ds["label"] == ["against", "favor"]  # pro "ban whaling" = against whaling
    assert ds["motion_stance"] == ["pro", "con"]
    assert ds["text"][0] == "whaling is cruel"  # whitespace normalised
    assert ds["mentions"][0] == [[0, 7]]
    dev = data.load("ibm-argq-30k", statement_dir, split="dev")
    assert dev["label"] == ["favor"]


def test_load_ibm_claims_uses_the_motion_sentiment(statement_dir: Path) -> None:
    ds = data.load("ibm-claim-stance", statement_dir, split="train")
    # PRO a ban (topic sentiment -1) = against violent games; CON the ban = favor.
    assert ds["label"] == ["against", "favor"]
    assert ds["text"][0] == 'Violent games cause "aggression"'
    assert ds["text"][1] == "Games are art; harmless"
    assert ds["mentions"][0] == [[0, 13]]
    test = data.load("ibm-claim-stance", statement_dir, split="test")
    assert test["label"] == ["favor"]


def test_load_newsstance_finds_aliases_and_kinds(statement_dir: Path) -> None:
    ds = data.load("newsstance", statement_dir, split="dev")
    assert ds["kind"] == ["attribution", "speech_act", "narration"]
    assert ds["mentions"][0] == [[8, 18]]  # "the bridge" alias
    assert ds["speaker"][1] == "Ann Lee and Bo Li"
    assert ds["label"] == ["favor", "against", "none"]


def test_load_newsstance_gives_each_statement_its_context(statement_dir: Path) -> None:
    ds = data.load("newsstance", statement_dir, split="dev")
    # the frame (source and cue, the statement elided), then the headline
    assert ds["context"][0] == 'Ann Lee said "…". || Bridge vote set for Friday'
    # the speech act: its sentence, the headline, then the text before its sentence
    assert ds["context"][1] == (
        'Ann Lee and Bo Li …. || Bridge vote set for Friday || Ann Lee said "We love the bridge".'
    )
    assert ds["context"][2].startswith("Bridge vote set for Friday || ")


def test_load_newsstance_train_splits_off_a_calibration_slice(statement_dir: Path) -> None:
    train = data.load("newsstance-train", statement_dir, split="train")
    calibration = data.load("newsstance-train", statement_dir, split="calibration")
    assert set(train["article"]) == {"c1-01"}
    assert set(calibration["article"]) == {"c1-03"}
    assert len(train) == len(calibration) == 3
    assert data.task_of(train) == "stance"
    assert train["context"][0] == 'Ann Lee said "…". || Bridge vote set for Friday'


def test_statement_loaders_name_the_missing_file(tmp_path: Path) -> None:
    for name in (
        "perspectrum",
        "ibm-argq-30k",
        "ibm-claim-stance",
        "newsstance",
        "newsstance-train",
    ):
        with pytest.raises(DataNotFoundError, match=name.split("-")[0]):
            data.load(name, tmp_path, split=data.SPLITS[name][0])


def test_newsstance_report_has_none_f1_and_kinds(statement_dir: Path) -> None:
    from stancekit.evaluate.benchmarks import evaluate_predictions

    ds = data.load("newsstance", statement_dir, split="dev")
    proba = [[0, 0, 1], [1, 0, 0], [0, 0, 1]]  # the narration row is wrong
    rep = evaluate_predictions("newsstance", ds, proba, ["against", "none", "favor"])
    assert rep["primary"] == "f1_macro"
    assert rep["metrics"]["f1_none"] == 0.0
    assert rep["groups"]["attribution"] == {"n": 1, "f1_macro": pytest.approx(1 / 3)}
    assert rep["metrics"]["f1_macro_speech_act"] == pytest.approx(1 / 3)
    assert rep["metrics"]["f1_macro"] == pytest.approx((2 / 3 + 1 + 0) / 3)  # favor P=1/2 R=1
    # direction: the favor row names the target ("the bridge"), the against row does not
    assert rep["metrics"]["direction_named"] == 1.0
    assert rep["metrics"]["direction_unnamed"] == 1.0


@pytest.mark.slow
@pytest.mark.parametrize("name", ["perspectrum", "ibm-argq-30k", "ibm-claim-stance", "newsstance"])
def test_real_statement_sets_load_every_split(name: str) -> None:
    root = Path(__file__).resolve().parents[3] / "shared" / "data"
    if not root.is_dir():
        pytest.skip("shared/data not present")
    sizes = {s: len(data.load(name, root, split=s)) for s in data.SPLITS[name]}
    expected = {
        "perspectrum": {"train": 6978, "dev": 2071, "test": 2773},
        "ibm-argq-30k": {"train": 20974, "dev": 3208, "test": 6315},
        "ibm-claim-stance": {"train": 1039, "test": 1355},
        "newsstance": {"dev": 879},
    }
    assert sizes == expected[name]
