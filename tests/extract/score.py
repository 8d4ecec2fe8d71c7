"""Score ``egovcheck extract`` on a labelled corpus: ``python -m tests.extract.score --set dev``.

Each text ``<slug>.txt`` of ``tests/extract/corpus/<set>/`` has a label file ``<slug>.yaml``
written by the conventions of ``docs/annotation.md``. A predicted value matches a label when its
section (targets or actuals), key, year, value and qualifier are all equal. Every value left over
is given one class of error, found by pairing what is left in this order: the scope (tier) wrong or
missing, the year wrong, the value or qualifier wrong, the section wrong (a target read as an
actual or the reverse), the indicator wrong; then a label whose number the draft left unplaced is
"no indicator", any other label "missed", and every prediction still unpaired "spurious".

Precision, recall and F1 are over all values of the set, with a bootstrap 95% interval over texts
(2,000 resamples, seeded: the same corpus always gives the same interval).

``--batch 1,2`` scores only the texts of those batches; a text's batch is the table of the set's
``README.md`` that lists it (the first table is batch 1). A change developed on some batches can so
be checked on a batch it was not developed on.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

from egovcheck.baselines import bundled
from egovcheck.extract import Draft, extract
from egovcheck.extract.train import build

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SCORES = HERE / "scores.json"
ACCURACY = HERE.parents[1] / "src" / "egovcheck" / "extract" / "accuracy.json"
SETS = ("dev", "blind")
CLASSES = (
    "scope",
    "year",
    "value",
    "section",
    "indicator",
    "no_indicator",
    "missed",
    "spurious",
)
RESAMPLES = 2000
SEED = 20261201


@dataclass(frozen=True)
class Value:
    """One labelled or predicted value."""

    section: str  # targets | actuals
    key: str
    year: int | None
    value: float
    qualifier: str | None
    phrase: str
    basis: tuple[str, ...] = ()  # a prediction's placement path (DraftTarget.basis)

    @property
    def base(self) -> str:
        """The indicator without its scope."""
        return self.key.split(".", 1)[0]


@dataclass
class TextScore:
    """The outcome for one text."""

    name: str
    labels: int = 0
    predicted: int = 0
    matched: int = 0
    errors: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CLASSES, 0))
    details: list[str] = field(default_factory=list)
    level_ok: bool = True
    # every prediction's placement path and whether it matched a label
    paths: list[tuple[tuple[str, ...], bool]] = field(default_factory=list)


def overlaps(a: str, b: str) -> bool:
    """Whether two phrases of one text share a passage (one inside the other, or 15+ chars)."""
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    m = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= min(15, len(a), len(b))


def labels_of(spec: dict[str, Any]) -> list[Value]:
    """The labelled targets and actuals of one label file."""
    out = []
    for section in ("targets", "actuals"):
        for item in spec.get(section) or []:
            out.append(
                Value(
                    section,
                    str(item["key"]),
                    item.get("year"),
                    float(item["value"]),
                    item.get("qualifier"),
                    str(item.get("phrase") or ""),
                )
            )
    return out


def predictions_of(draft: Draft) -> list[Value]:
    """The draft's targets and actuals."""
    out = [
        Value("targets", t.key, t.year, float(t.value), t.qualifier, t.phrase, t.basis)
        for t in draft.targets
    ]
    out += [
        Value("actuals", t.key, t.year, float(t.value), t.qualifier, t.phrase, t.basis)
        for t in draft.actuals
    ]
    return out


def _pair(labels: list[Value], preds: list[Value], same: Any, name: str, score: TextScore) -> None:
    for label in list(labels):
        hit = next((p for p in preds if same(label, p)), None)
        if hit is None:
            continue
        labels.remove(label)
        preds.remove(hit)
        if name == "match":
            score.matched += 1
            score.paths.append((hit.basis, True))
        else:
            score.errors[name] += 1
            score.paths.append((hit.basis, False))
            score.details.append(f"{name}: label {_show(label)} / got {_show(hit)}")


def _show(v: Value) -> str:
    q = f" {v.qualifier}" if v.qualifier else ""
    how = f" [{'/'.join(b or '-' for b in v.basis)}]" if v.basis else ""
    return f"{v.section}.{v.key} {v.year} {v.value:g}{q}{how}"


def compare(name: str, labels: list[Value], draft: Draft) -> TextScore:
    """Pair a draft's values with a text's labels and classify what does not match."""
    preds = predictions_of(draft)
    score = TextScore(name, len(labels), len(preds))
    labels, preds = list(labels), list(preds)
    stages = (
        ("match", lambda a, b: (a.section, a.key, a.year, a.value, a.qualifier)
         == (b.section, b.key, b.year, b.value, b.qualifier)),
        ("scope", lambda a, b: (a.section, a.base, a.year, a.value, a.qualifier)
         == (b.section, b.base, b.year, b.value, b.qualifier)),
        ("year", lambda a, b: (a.section, a.key, a.value, a.qualifier)
         == (b.section, b.key, b.value, b.qualifier)),
        ("value", lambda a, b: (a.section, a.key, a.year) == (b.section, b.key, b.year)
         and overlaps(a.phrase, b.phrase)),
        ("section", lambda a, b: (a.base, a.value) == (b.base, b.value)
         and overlaps(a.phrase, b.phrase)),
        ("indicator", lambda a, b: a.value == b.value and overlaps(a.phrase, b.phrase)),
    )  # fmt: skip
    for stage, same in stages:
        _pair(labels, preds, same, stage, score)
    for label in labels:
        unplaced = any(
            overlaps(label.phrase, n.phrase) and _value_in(label.value, n.value)
            for n in draft.unmapped
        )
        kind = "no_indicator" if unplaced else "missed"
        score.errors[kind] += 1
        score.details.append(f"{kind}: label {_show(label)} «{label.phrase[:90]}»")
    score.paths += [(pred.basis, False) for pred in preds]
    for pred in preds:
        score.errors["spurious"] += 1
        score.details.append(f"spurious: got {_show(pred)} «{pred.phrase[:90]}»")
    return score


def _value_in(value: float, written: str) -> bool:
    try:
        return float(written.rstrip("%").replace(",", ".")) == value
    except ValueError:
        return False


BASIS_PARTS = ("placement", "mode", "year", "scope")


def path_table(scores: list[TextScore]) -> list[str]:
    """How often each placement path is right: per part of the basis, and per whole path."""
    lines = []
    for i, part in enumerate(BASIS_PARTS):
        counts: dict[str, list[int]] = {}
        for s in scores:
            for basis, right in s.paths:
                name = basis[i] if i < len(basis) else "?"
                c = counts.setdefault(name or "-", [0, 0])
                c[0] += right
                c[1] += 1
        cells = [f"{k} {r}/{n} ({r / n:.2f})" for k, (r, n) in sorted(counts.items())]
        lines.append(f"  {part:9} " + ", ".join(cells))
    whole: dict[tuple[str, ...], list[int]] = {}
    for s in scores:
        for basis, right in s.paths:
            c = whole.setdefault(basis, [0, 0])
            c[0] += right
            c[1] += 1
    for basis, (r, n) in sorted(whole.items(), key=lambda x: (-x[1][1], x[0])):
        lines.append(f"    {' / '.join(b or '-' for b in basis):50} {r:3}/{n:<3} ({r / n:.2f})")
    return lines


def prf(matched: int, predicted: int, labels: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts (1.0 for an empty side)."""
    p = matched / predicted if predicted else 1.0
    r = matched / labels if labels else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def bootstrap(scores: list[TextScore]) -> dict[str, list[float]]:
    """95% intervals of P, R and F1, resampling texts (seeded)."""
    rnd = random.Random(SEED)
    samples: dict[str, list[float]] = {"precision": [], "recall": [], "f1": []}
    for _ in range(RESAMPLES):
        pick = [scores[rnd.randrange(len(scores))] for _ in scores]
        p, r, f = prf(
            sum(s.matched for s in pick),
            sum(s.predicted for s in pick),
            sum(s.labels for s in pick),
        )
        samples["precision"].append(p)
        samples["recall"].append(r)
        samples["f1"].append(f)
    out = {}
    for name, values in samples.items():
        values.sort()
        lo = values[int(0.025 * (len(values) - 1))]
        hi = values[int(0.975 * (len(values) - 1))]
        out[name] = [round(lo, 3), round(hi, 3)]
    return out


def texts(which: str, batches: frozenset[int] | None = None) -> list[Path]:
    """The label files of a set, by name; only those of the given batches when some are given."""
    folder = CORPUS / which
    found = sorted(p for p in folder.glob("*.yaml") if p.with_suffix(".txt").is_file())
    if batches is None:
        return found
    of = batch_of(which)
    return [p for p in found if of.get(p.stem) in batches]


def batch_of(which: str) -> dict[str, int]:
    """Each text's batch, from the tables of the set's README (the n-th table lists batch n)."""
    readme = CORPUS / which / "README.md"
    out: dict[str, int] = {}
    if not readme.is_file():
        return out
    batch = 0
    for line in readme.read_text(encoding="utf-8").splitlines():
        if line.startswith("| text |"):
            batch += 1
        elif line.startswith("| `") and batch:
            out[line.split("`")[1]] = batch
    return out


def parse_batches(spec: str) -> frozenset[int]:
    """``"1,2"`` or ``"3"`` as a set of batch numbers."""
    try:
        found = frozenset(int(part) for part in spec.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of batch numbers: {spec!r}") from None
    if not found:
        raise argparse.ArgumentTypeError("no batch given")
    return found


def score_set(
    which: str, verbose: bool = False, batches: frozenset[int] | None = None
) -> dict[str, Any]:
    """Extract every text of a set (or of some of its batches) and score it; a JSON-able dict."""
    catalogue = bundled().catalogue
    results: list[TextScore] = []
    for label_file in texts(which, batches):
        spec = yaml.safe_load(label_file.read_text(encoding="utf-8")) or {}
        text = label_file.with_suffix(".txt").read_text(encoding="utf-8")
        source = str(spec.get("source") or label_file.with_suffix(".txt").name)
        # dev texts are scored by a model that never saw them (leave one text out)
        model = build(catalogue, [CORPUS / "dev"], skip=label_file.stem) if which == "dev" else None
        draft = extract(text, catalogue, source=source, classifier=model)
        result = compare(label_file.stem, labels_of(spec), draft)
        result.level_ok = draft.level == spec.get("level")
        results.append(result)
        if verbose:
            p, r, _ = prf(result.matched, result.predicted, result.labels)
            level = "" if result.level_ok else f"  level {draft.level} (label {spec.get('level')})"
            print(
                f"{result.name:36} P {p:4.2f} R {r:4.2f} "
                f"({result.matched}/{result.predicted} got, {result.labels} labels){level}"
            )
            for line in result.details:
                print(f"    {line}")
    if not results:
        return {"texts": 0}
    if verbose:
        print("right per placement path (matched / predicted):")
        print("\n".join(path_table(results)))
    matched = sum(s.matched for s in results)
    predicted = sum(s.predicted for s in results)
    labels = sum(s.labels for s in results)
    p, r, f = prf(matched, predicted, labels)
    errors = {c: sum(s.errors[c] for s in results) for c in CLASSES}
    return {
        "texts": len(results),
        "labels": labels,
        "predicted": predicted,
        "matched": matched,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
        "interval95": bootstrap(results),
        "errors": errors,
        "level_ok": sum(s.level_ok for s in results),
    }


def recorded() -> dict[str, Any]:
    """The scores recorded in scores.json (empty sets when none)."""
    if not SCORES.is_file():
        return {"dev": None, "blind": None, "measured": None}
    data: dict[str, Any] = json.loads(SCORES.read_text(encoding="utf-8"))
    return data


def record(which: str, summary: dict[str, Any]) -> None:
    """Write a set's score into scores.json and the copy the package ships."""
    data = recorded()
    data[which] = summary
    data["measured"] = date.today().isoformat()
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    SCORES.write_text(text, encoding="utf-8")
    ACCURACY.write_text(text, encoding="utf-8")


def batch_label(batches: frozenset[int] | None) -> str:
    """`` batch 1,2`` for a subset, nothing for the whole set."""
    return "" if batches is None else " batch " + ",".join(str(b) for b in sorted(batches))


def main(argv: list[str] | None = None) -> int:
    """Command line: score a set, print it (or its JSON), optionally record it."""
    parser = argparse.ArgumentParser(prog="python -m tests.extract.score")
    parser.add_argument("--set", choices=SETS, default="dev", dest="which")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--record", action="store_true", help="write it into scores.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="every text's errors")
    parser.add_argument(
        "--batch",
        type=parse_batches,
        default=None,
        metavar="N[,N]",
        help="score only these batches of the set (the tables of its README)",
    )
    args = parser.parse_args(argv)
    if args.record and args.batch is not None:
        parser.error("--record scores the whole set: leave out --batch")
    if not texts(args.which, args.batch):
        print(f"no labelled texts in {CORPUS / args.which}", file=sys.stderr)
        return 2
    summary = score_set(args.which, verbose=args.verbose and not args.json, batches=args.batch)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        ci = summary["interval95"]
        print(
            f"{args.which}{batch_label(args.batch)}: {summary['texts']} texts, "
            f"{summary['labels']} labels, "
            f"{summary['predicted']} predicted, {summary['matched']} matched\n"
            f"precision {summary['precision']:.3f} {ci['precision']}  "
            f"recall {summary['recall']:.3f} {ci['recall']}  f1 {summary['f1']:.3f} {ci['f1']}\n"
            "errors: " + ", ".join(f"{k} {v}" for k, v in summary["errors"].items())
        )
    if args.record:
        record(args.which, summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
