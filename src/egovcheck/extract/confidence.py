"""How sure a placed value is, from how it was placed; the unsure ones become comments.

Every value the extractor places keeps its basis (``DraftTarget.basis``): the path that gave its
indicator, how its mode was decided, where its year was read and how its scope was found. A
value is written into the plan file only when no part of its basis is a guess; otherwise the
draft keeps it as a "cần xác nhận" comment with the phrase and the guess, for the planner to
confirm. A wrong value in a plan file costs more than a missing one: it must be found and
deleted, while a comment is read once.

The rules are ones a reader of the plan would apply, not thresholds fitted to a corpus:

- the classifier's guess alone is never placed (see ``extractor.TO_CONFIRM``);
- a mode no cue of the text before the value decides (only the document's kind or its first
  cue, further on) is a guess, unless the text named itself a plan before it (a plan's bare
  bullet is its target) or the text is a report of results and the value's verb is "đạt" or
  "chiếm" (a report's "tỷ lệ hồ sơ trực tuyến đạt 82%" is the value reached);
- a year the text does not write near the value (its clause, its sentence or the lines above
  it) but takes from the text's date or the plan's period is a guess, unless the text's own
  date (its header's, or its opening date line) is of the only year the text writes
  (``"only-year"``: a value with no year of its own can be of no other) or the text names a
  plan of one year ("Kế hoạch … năm 2023", ``"plan"``: an annual plan's undated target is of
  its year);
- a tier the sentence names that is none of the plan's tiers (a province's departments in a
  text read as a district's) is a sign that the level or the value is misread.

Measured on the development set per path (``python -m tests.extract.score --set dev -v``):
when these rules were set, a mode from the document alone was right for 5 of 16 values and a
year from the text's date or the plan's period for 12 of 36. On the 96 development texts of
2026-12-02 the placed paths are right for 0.72 (a value reached with no year anywhere, left
"unknown") to 1.0 of their values; most for 0.9 or more.
"""

from __future__ import annotations

# Parts of a basis, in order.
PLACEMENT, MODE, YEAR, SCOPE = range(4)

DOUBTS = {
    (MODE, "document"): "không có từ nào trước số liệu cho biết là chỉ tiêu hay kết quả",
    (YEAR, "date"): "năm lấy từ ngày của văn bản",
    (YEAR, "period"): "năm lấy từ kỳ kế hoạch",
    (SCOPE, "outside"): "cấp nêu trong câu không thuộc các cấp của kế hoạch",
}


def doubt(basis: tuple[str, ...]) -> str | None:
    """Why a value placed on this basis is not sure enough to place, or None when it is."""
    reasons = [
        reason
        for (part, name), reason in DOUBTS.items()
        if len(basis) > part and basis[part] == name
    ]
    return "; ".join(reasons) or None
