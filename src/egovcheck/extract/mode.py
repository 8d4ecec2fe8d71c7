"""The mode of a number: a plan target, an actual (a value reached) or a restated national target.

Decided in one place, from the words of the number's own clause, then of its sentence, then the
sentences before it, and at last from the document's kind (a report of results or a plan), as
docs/annotation.md says. Cues run on the lower-case text with diacritics, or on the folded text
with folded cues when the text is written without diacritics.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Literal

from egovcheck.extract.text import Span, Text, fold, sentences

Mode = Literal["target", "actual", "national"]
TARGET: Mode = "target"
ACTUAL: Mode = "actual"
NATIONAL_MODE: Mode = "national"

# A target named as the yardstick of a result ("vượt mục tiêu", "so với chỉ tiêu") states what
# was reached, not an aim ("phấn đấu đạt mục tiêu 80%" is one).
_YARDSTICK = r"(?<!vượt )(?<!so với )"
TARGET_STRONG = re.compile(
    rf"phấn đấu|{_YARDSTICK}mục tiêu|{_YARDSTICK}chỉ tiêu|\bsẽ\b|đặt ra|đề ra|định hướng(?! cho)|"
    r"hướng tới|(?<!đáp ứng )(?<!theo )yêu cầu|(?<!đã )(?<!được )\b(?:nâng|tăng) (?:cao )?tỷ lệ"
)
# The aims a report of results still states as aims: its other target words ("chỉ tiêu … đạt",
# "bảo đảm") describe what was reached.
TARGET_FIRM = re.compile(
    rf"phấn đấu|{_YARDSTICK}mục tiêu|\bsẽ\b|hướng tới|dự kiến|kế hoạch năm \d{{4}}|"
    r"chỉ tiêu (?:đến )?năm \d{4}"
)
TARGET_WEAK = re.compile(r"bảo đảm|đảm bảo|kế hoạch|nhiệm vụ")
ACTUAL_STRONG = re.compile(
    r"đến nay|tính đến|đạt được|kết quả (?:đạt|thực hiện|triển khai)|hiện nay|hiện tại|"
    r"năm qua|vừa qua|đã đạt|đã có|theo thống kê|(?:đến|tới) thời điểm (?:này|hiện tại|hiện nay)|"
    r"\b(?:chỉ|mới) đạt\b"  # "only reached": a value reached, short of an aim
)
ACTUAL_WEAK = re.compile(r"\bđã\b|đánh giá")
NATIONAL = re.compile(
    r"qđ-ttg|nq-cp|nđ-cp|nq/tw|chương trình quốc gia|"
    # a ministry's or the Government Office's document by its number ("Công văn số 3109/BTTTT")
    r"\d/(?:\d{4}/)?(?:btttt|bkhcn|bnv|vpcp|bca)\b|"
    r"(?<!so với )(?<!so với các )(?<!trên )toàn quốc|"
    r"thủ tướng chính phủ (?:đã )?(?:ban hành|phê duyệt)|chính phủ (?:đã )?ban hành|"
    r"(?:được )?chính phủ (?:đã )?(?:đề ra|đặt ra|xác định|giao)|"
    # the national programmes of baselines/programmes, cited by their bare number
    r"nghị quyết (?:số )?(?:17|36a|57)\b|(?:quyết định|qđ) (?:số )?(?:1605|1819|749|942|2629)\b|"
    r"đề án 06\b"
)
# An aim stated as a purpose: "(nhằm) hướng tới" a thing, not a value.
PURPOSE = re.compile(r"hướng tới (?![\d]|mục tiêu|năm|\w+ \d)")

# Words after a national document that make what follows the plan's own again.
LOCAL_CUE = re.compile(
    r"phấn đấu|kế hoạch|đặt ra|đề ra|của tỉnh|của huyện|toàn (?:tỉnh|huyện|thành phố)\b|"
    r"trên địa bàn|đến nay|hiện nay|tính đến|kết quả"
)
# Words of a report of results (a value reached) and of a plan (an aim), counted over the text.
REPORT_WORDS = re.compile(
    r"\bđã\b|đến nay|hiện nay|hiện tại|năm qua|vừa qua|tính đến|kết quả|cho biết|đạt được"
)
PLAN_WORDS = re.compile(
    r"phấn đấu|mục tiêu|chỉ tiêu|\bsẽ\b|hướng tới|đề ra|đặt ra|định hướng|kế hoạch|yêu cầu"
)
FUTURE_YEAR = re.compile(r"\b(?:năm|đến|tới) (20\d\d)\b")
# A year a value is stated for ("năm 2020", "trong năm 2022"), not a deadline ("đến năm 2025").
PAST_YEAR = re.compile(r"(?<!den )(?<!toi )(?<!den het )\bnam ((?:199\d|20\d\d))\b(?!\s*[-–]\s*\d)")
# "Trong giai đoạn 2016 - 2020, …" opening a sentence of a text written after it: a review.
LEAD_PERIOD = re.compile(r"\s*(?:trong )?(?:giai doan|thoi ky|tu nam)\s+\d{4}\s*[-–]\s*(\d{4})")


Kind = Literal["plan", "report"]


@dataclass(frozen=True)
class Cues:
    """The cue patterns, as written (with diacritics) or folded (for a text written without)."""

    target_strong: re.Pattern[str] = TARGET_STRONG
    target_firm: re.Pattern[str] = TARGET_FIRM
    target_weak: re.Pattern[str] = TARGET_WEAK
    actual_strong: re.Pattern[str] = ACTUAL_STRONG
    actual_weak: re.Pattern[str] = ACTUAL_WEAK
    national: re.Pattern[str] = NATIONAL
    purpose: re.Pattern[str] = PURPOSE
    local_cue: re.Pattern[str] = LOCAL_CUE
    report_words: re.Pattern[str] = REPORT_WORDS
    plan_words: re.Pattern[str] = PLAN_WORDS
    future_year: re.Pattern[str] = FUTURE_YEAR

    def folded(self) -> Cues:
        r"""The same cues for a text with no diacritics ("phan dau 100%"): folded patterns.

        The patterns' syntax is lower-case (``\b``, ``\d``, ``\w``), which folding keeps.
        """
        return Cues(
            **{
                f.name: re.compile(fold(getattr(self, f.name).pattern))
                for f in dataclasses.fields(self)
            }
        )


AS_WRITTEN = Cues()
FOLDED = AS_WRITTEN.folded()


def document_kind(
    lower: str, doc_year: int | None, is_plan: bool = False, cues: Cues = AS_WRITTEN
) -> Kind:
    """A report of results or a plan, from the words of the whole (lower-case) text.

    A report: its words of values reached are at least two and at least twice its words of aims
    and its years after its own date together. A plan's own header makes it a plan.
    """
    if is_plan:
        return "plan"
    reached = len(cues.report_words.findall(lower))
    aims = len(cues.plan_words.findall(lower))
    if doc_year is not None:
        aims += sum(1 for y in cues.future_year.findall(lower) if int(y) > doc_year)
    return "report" if reached >= 2 and reached >= 2 * aims else "plan"


# How a number's mode was decided: a cue of its own clause (strong or weak), a year before the
# text's date, a strong cue earlier in its sentence, or the mode carried from the sentences
# before it (or the document's kind).
MODE_BASES = ("national", "clause-strong", "clause-weak", "past-year", "sentence", "carried")


class ModeReader:
    """Decides the mode of every number of one text."""

    def __init__(self, t: Text, doc_year: int | None, is_plan: bool = False) -> None:
        self.t = t
        self.doc_year = doc_year
        # A text written without diacritics is read folded, with folded cues.
        plain = t.lower == t.folded
        self.view = t.folded if plain else t.lower
        self.cues = FOLDED if plain else AS_WRITTEN
        self.kind = document_kind(self.view, doc_year, is_plan, self.cues)
        report = self.kind == "report"
        self.target_strong = self.cues.target_firm if report else self.cues.target_strong
        self.target_weak = None if report else self.cues.target_weak

    def cue(
        self, start: int, end: int, strong_only: bool = False, aims: bool = True
    ) -> Mode | None:
        """The mode the last cue in a span gives; a strong cue outweighs any weak one.

        ``aims=False``: only the cues of values reached.
        """
        text = self.view[start:end]
        cues = self.cues
        for patterns in (
            [(self.target_strong if aims else None, TARGET), (cues.actual_strong, ACTUAL)],
            [] if strong_only else [(self.target_weak, TARGET), (cues.actual_weak, ACTUAL)],
        ):
            best: tuple[int, Mode] | None = None
            for pattern, mode in patterns:
                if pattern is None:
                    continue
                for m in pattern.finditer(text):
                    if best is None or m.start() > best[0]:
                        best = (m.start(), mode)
            if best:
                return best[1]
        return None

    def lead_review(self, sentence: Span) -> bool:
        """Whether a sentence opens with a period that ended by the text's date."""
        head = self.t.folded[sentence.start : sentence.start + 40]
        m = LEAD_PERIOD.match(head)
        return bool(m and self.doc_year is not None and int(m.group(1)) <= self.doc_year)

    def past_year(self, start: int, end: int) -> bool:
        """Whether a span names a year before the text's date as the time of its value."""
        if self.doc_year is None:
            return False
        years = [int(m.group(1)) for m in PAST_YEAR.finditer(self.t.folded, start, end)]
        return bool(years) and years[-1] < self.doc_year

    def national(self, sentence: Span, pos: int) -> bool:
        """Whether a national document is the subject of the sentence up to ``pos``."""
        before = self.view[sentence.start : pos]
        last = None
        for m in self.cues.national.finditer(before):
            last = m
        if last is None:
            return False
        return not self.cues.local_cue.search(before[last.end() :])

    def first(self) -> Mode:
        """The first strong cue of the text: it decides headlines that precede any cue."""
        lower, cues = self.view, self.cues
        if self.kind == "report":
            return ACTUAL
        for sentence in sentences(self.t):
            if self.lead_review(sentence):
                return ACTUAL
            for m in cues.target_strong.finditer(lower, sentence.start, sentence.end):
                actual = cues.actual_strong.search(lower, sentence.start, m.start())
                return ACTUAL if actual else TARGET
            if cues.actual_strong.search(lower, sentence.start, sentence.end):
                return ACTUAL
        return TARGET

    def of_number(self, pos: int, clause: Span, sentence: Span, carry: Mode) -> Mode:
        """The mode of the number at ``pos``: its clause, its sentence, then the carry."""
        return self.decide(pos, clause, sentence, carry)[0]

    def decide(self, pos: int, clause: Span, sentence: Span, carry: Mode) -> tuple[Mode, str]:
        """The mode of the number at ``pos`` and how it was decided (one of ``MODE_BASES``)."""
        if self.national(sentence, pos):
            return NATIONAL_MODE, "national"
        cue = self.cue(clause.start, pos)
        weak = cue == TARGET and self.cue(clause.start, pos, strong_only=True) is None
        if weak and self.past_year(clause.start, pos):
            return ACTUAL, "past-year"  # "Năm 2020, … bảo đảm 90%" in a later text: a result
        if cue:
            strong = self.cue(clause.start, pos, strong_only=True) == cue
            return cue, "clause-strong" if strong else "clause-weak"
        if self.lead_review(sentence) or self.past_year(clause.start, pos):
            return ACTUAL, "past-year"
        cue = self.cue(sentence.start, clause.start, strong_only=True)
        if cue:
            return cue, "sentence"
        return carry, "carried"

    def purpose_only(self, sentence: Span) -> bool:
        """Whether a sentence's only aim words state a purpose ("nhằm hướng tới chính quyền số").

        A purpose names no value to reach: it introduces no list of targets.
        """
        lower = self.view
        aims = list(self.target_strong.finditer(lower, sentence.start, sentence.end))
        return bool(aims) and all(self.cues.purpose.match(lower, m.start()) for m in aims)

    def passed_on(self, sentence: Span) -> Mode | None:
        """The mode a sentence's own strong cue passes on, or None."""
        strong = self.cue(sentence.start, sentence.end, strong_only=True)
        if strong == TARGET and self.purpose_only(sentence):
            strong = self.cue(sentence.start, sentence.end, strong_only=True, aims=False)
        return strong

    def sets_carry(self, sentence: Span) -> bool:
        """Whether a sentence's own cue decides the mode it passes on (not the carry before)."""
        return self.lead_review(sentence) or bool(self.passed_on(sentence))

    def carry(self, sentence: Span, carry: Mode) -> Mode:
        """The mode a sentence passes on to the sentences after it (a list under it)."""
        strong = self.passed_on(sentence)
        if self.lead_review(sentence):
            strong = ACTUAL
        if strong == TARGET and self.national(sentence, sentence.end):
            return NATIONAL_MODE  # national targets are introduced: a list follows
        return strong or carry
