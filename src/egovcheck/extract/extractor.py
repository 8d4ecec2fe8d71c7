"""The extractor: numbers, their mode and year, their indicators, and the assembled draft."""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import NamedTuple

from egovcheck.extract.classifier import NONE, Classifier, shipped
from egovcheck.extract.confidence import doubt
from egovcheck.extract.draft import Draft, DraftLocal, DraftNumber, DraftTarget
from egovcheck.extract.frame import GENERIC, RATE, FrameTable, read_frame
from egovcheck.extract.issuer import Header, find_issuer, read_header
from egovcheck.extract.matcher import Matcher, find_subject, scope_of
from egovcheck.extract.mode import ACTUAL, NATIONAL_MODE, TARGET, Mode, ModeReader
from egovcheck.extract.numbers import LINK, QUAL_BEFORE, Number, fmt, parse_number
from egovcheck.extract.scope import ALL, TIER_WORDS, TWO_TIERS_FROM, expand
from egovcheck.extract.text import Span, Text, clauses, sentences
from egovcheck.extract.vocabulary import (
    AG,
    COUNT,
    COUNT_UNITS,
    CUTOFF,
    DATE,
    FULL_DATE,
    ISO_DATE,
    NON_IT,
    NUMBER,
    RANGE,
    YEAR,
)
from egovcheck.models import DISTRICT_TIER_ENDED, LAST_DISTRICT_YEAR, Catalogue

AFTER_DISTRICTS = "cấp huyện sau năm 2025 (cấp huyện đã kết thúc ngày 1/7/2025): chỉ tiêu riêng"
# The lower bound of a range before a percentage: "90 - 93%", "60% - 80%", "từ 60 đến 80%".
VALUE_RANGE = re.compile(r"(?<![\w.,/])(\d{1,3}(?:[.,]\d+)?)\s*%?\s*(?:-|–|den|toi)\s*$")
# "chính quyền địa phương hai cấp", "mô hình chính quyền 02 cấp": the local government of
# 1 July 2025 on.
TWO_TIER_WORDS = re.compile(r"\bchinh quyen (?:dia phuong )?(?:hai|2|02) cap\b")


class Extractor:
    """One pass over a text: numbers, their mode, year and indicators, then the draft."""

    def __init__(
        self, text: str, catalogue: Catalogue, classifier: Classifier | None = None
    ) -> None:
        self.t = Text(text)
        self.catalogue = catalogue
        self.classifier = classifier
        self.matcher = Matcher(catalogue)
        self.frames = FrameTable(catalogue)
        dates = [int(m.group(1)) for m in DATE.finditer(self.t.folded)]
        dates += [int(m.group(1)) for m in ISO_DATE.finditer(self.t.folded)]
        self.doc_year: int | None = max(dates) if dates else None
        # Where a one-year plan's year was read when the text's own title or its address names
        # it ("title", "address"): a target with no year of its own takes it, and is sure of it.
        self.named_year: str | None = None
        self.header: Header | None = read_header(self.t.original)
        # Whether the text's own date (its header's, or the date line it opens with) is of the
        # only year the text writes, in its dates, its "năm 2023" and its ranges: a value with
        # no year of its own can then be of no other year. A deadline's date in the body
        # ("trước 30/7/2025") is no date of the text.
        own = self.header.date.year if self.header and self.header.date else None
        line = DATE_LINE.match(self.t.folded)
        own = own or (int(line.group(1)) if line else None)
        self.only_year = own is not None and set(dates) | set(self._all_years()) == {own}
        self.modes = ModeReader(
            self.t, self.doc_year, self.header is not None and self.header.is_plan
        )

    # years ----------------------------------------------------------------------------

    def _phrase(self, n: Number) -> str:
        """The words a number was read with, as the draft quotes them."""
        return self.t.phrase(n.phrase_start or n.start, n.phrase_end or n.end)[:400]

    def _undated(self, source: str | None) -> tuple[int | None, str]:
        """The year of a value with no year of its own in a text with no date, and its basis.

        The one year its address or file name writes is the text's date: the only year the
        value can be of when the text writes none ("only-year"), a guess when it writes others
        ("date"). A year the body writes is no date of the text (a deadline, a year reviewed).
        """
        named = set(years_in_source(source))
        if len(named) == 1:
            return next(iter(named)), "only-year" if set(self._all_years()) <= named else "date"
        return None, "unknown"

    def _years_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """(position, year) of year expressions in a span; a range gives its last year."""
        text = self.t.folded[start:end]
        out = [(start + m.start(), int(m.group(2))) for m in RANGE.finditer(text)]
        out += [(start + m.start(), int(m.group(1))) for m in CUTOFF.finditer(text)]
        out += [
            (start + m.start(), int(m.group(1)))
            for m in YEAR.finditer(text)
            if not COMPARED.search(text, max(0, m.start() - 14), m.start())
        ]
        return sorted(out)

    # numbers ----------------------------------------------------------------------------

    def run(self, source: str | None) -> Draft:
        """Find the draft of the text."""
        t = self.t
        draft = Draft(source=source, order=list(self.catalogue.indicators))
        numbers: list[Number] = []
        modes = self.modes
        mode_carry = modes.first()
        mode_from: int | None = None  # the sentence whose cue set the mode carried
        year_carry: YearCarry | None = None  # the last year read, carried to the sentences after
        counts: list[tuple[Number, str, str, int]] = []
        for index, sentence in enumerate(sentences(t)):
            parts = clauses(t, sentence)
            carried = _carried(year_carry, index)
            national_sentence = False
            for clause in parts:
                for m in NUMBER.finditer(t.folded, clause.start, clause.end):
                    n = self._number(m.start(), m.end(), m.group(1), clause, sentence)
                    self._read(n, (mode_carry, mode_from), (carried, year_carry), index)
                    national_sentence = national_sentence or n.mode == NATIONAL_MODE
                    numbers.append(n)
                for m in COUNT.finditer(t.folded, clause.start, clause.end):
                    n = self._number(
                        m.start(), m.start(1) + len(m.group(1)), m.group(1), clause, sentence
                    )
                    n.qualifier = None
                    self._read(n, (mode_carry, mode_from), (carried, year_carry), index)
                    unit = COUNT_UNITS[m.group(2)]
                    counts.append((n, unit, m.group(2), m.start(2)))
            if modes.sets_carry(sentence):
                mode_from = index
            mode_carry = modes.carry(sentence, mode_carry)
            if not national_sentence and not modes.national(sentence, sentence.end):
                years = self._years_in(sentence.start, sentence.end)
                if years:
                    at, year = years[-1]
                    deadline = bool(
                        TOWARDS.search(t.folded, sentence.start, at)
                        or (
                            DEADLINE.match(t.folded, at)
                            and modes.cue(sentence.start, at, strong_only=True) == TARGET
                        )
                    )
                    cutoff = CUTOFF.match(t.folded, at) is not None
                    year_carry = YearCarry(year, index, deadline, cutoff)
        self._review_rows(numbers)
        self._map(numbers)
        header = self.header
        if header is not None and header.issuer:
            draft.level, draft.issuer = header.level, header.issuer
            draft.notes["issuer"] = "đọc từ đầu văn bản"
            draft.notes["level"] = "theo cơ quan ban hành ở đầu văn bản"
        else:
            on = header.date if header is not None and header.date else None
            if on is None and self.doc_year is not None:
                on = date(self.doc_year, 1, 1)
            draft.level, draft.issuer = find_issuer(t, draft, on)
        if header is not None:
            draft.number, draft.kind = header.number, header.kind
        self._assemble(draft, numbers, counts)
        return draft

    def _number(self, start: int, end: int, text: str, clause: Span, sentence: Span) -> Number:
        f = self.t.folded
        value = parse_number(text)
        before = f[max(clause.start, start - 20) : start]
        qualifier = None
        qstart = start
        for pattern, name in QUAL_BEFORE:
            qm = pattern.search(before)
            if qm:
                qualifier = name
                qstart = start - (len(before) - qm.start())
                break
        lower = VALUE_RANGE.search(f, max(clause.start, start - 16), start)
        if lower and qualifier is None and parse_number(lower.group(1)) < value:
            # "90 - 93%", "từ 60 đến 80%": the lower bound, at least (docs/annotation.md)
            written = self.t.phrase(lower.start(1), end)
            value, text, qualifier = parse_number(lower.group(1)), lower.group(1), "at_least"
            qstart = lower.start(1)
            range_note = f"văn bản ghi '{written}': lấy cận dưới"
        else:
            range_note = None
        if re.match(r"\s*tro len", f[end : end + 12]):
            qualifier = "at_least"
            since = re.search(r"\btu\s*$", before)
            if since:
                qstart = start - len(since.group())
        # a target restated as the yardstick of a result ("vượt mục tiêu tối thiểu 65%")
        restated = YARDSTICK.search(self.t.lower, max(clause.start, start - 45), start) is not None
        note = range_note
        if value == 100 and qualifier == "more_than":
            note = f"văn bản ghi '{self.t.phrase(qstart, end)}': không thể vượt 100%"
        n = Number(qstart, start, end, value, text, qualifier, note, clause, sentence, TARGET, None)
        n.restated = restated
        return n

    def _read(
        self,
        n: Number,
        mode: tuple[Mode, int | None],
        year: tuple[tuple[int | None, str], YearCarry | None],
        index: int,
    ) -> None:
        """A number's mode and year, percentage or count alike.

        ``mode``: the mode carried and the sentence whose cue set it; ``year``: the year carried
        to this sentence and the record of the last year read; ``index``: the sentence's.
        """
        (mode_carry, mode_from), (carried, year_carry) = mode, year
        n.mode, n.mode_how = self.modes.decide(n.num_start, n.clause, n.sentence, mode_carry)
        n.year, n.year_how = self._year(n, n.sentence, n.clause, carried)
        cutoff = year_carry is not None and year_carry.cutoff
        if cutoff and n.mode != ACTUAL and n.year_how.startswith("carried"):
            n.year, n.year_how = None, ""  # a cut-off dates values reached only
        self._actual_year(n, year_carry)
        n.mode_how = self._carried_mode(n, mode_from, index)

    def _year(
        self, n: Number, sentence: Span, clause: Span, carry: tuple[int | None, str]
    ) -> tuple[int | None, str]:
        """The year of a number and where it was read: its clause, its sentence, or carried."""
        before = self._years_in(clause.start, n.num_start)
        if before:
            return before[-1][1], "clause"
        after = self._years_in(n.end, clause.end)
        if after:
            return after[0][1], "clause"
        earlier = self._years_in(sentence.start, clause.start)
        if earlier:
            return earlier[-1][1], "sentence"
        return carry

    def _carried_mode(self, n: Number, since: int | None, index: int) -> str:
        """A carried mode's basis by where it was set.

        "carried": from a cue in the last few sentences; "carried-far": from further back;
        "plan": no cue before the number, in a text that names itself a plan before it (a
        plan's bare bullet is its target); "reached": no cue before the number, whose verb is
        "đạt" or "chiếm" in a text whose words are those of a report of results (a report's
        "tỷ lệ hồ sơ trực tuyến đạt 82%" is the value reached), of no year after the text's
        date (read after the number's year); "document": from the text's kind or its first cue
        further on, a guess.
        """
        if n.mode_how != "carried":
            return n.mode_how
        if since is not None:
            return "carried" if index - since <= 3 else "carried-far"
        own_plan = self.header is not None and self.header.is_plan
        named = SELF_PLAN.search(self.t.folded, 0, n.start)
        if n.mode == TARGET and (own_plan or named):
            return "plan"
        reached = REACHED.search(self.t.lower, max(n.clause.start, n.num_start - 30), n.num_start)
        if n.mode == ACTUAL and self.modes.kind == "report" and reached:
            # a year after the text's date may be an aim the report states
            return "document" if self._after_date(n.year) else "reached"
        return "document"

    def _after_date(self, year: int | None) -> bool:
        """Whether a year is after the year of the text's date (False with either unknown)."""
        return year is not None and self.doc_year is not None and year > self.doc_year

    def _actual_year(self, n: Number, carry: YearCarry | None) -> None:
        """The year of a value reached: the text's own, never a deadline read elsewhere.

        "đến nay", "hiện nay" in the value's clause with no year of its own: the year of the
        text's date (docs/annotation.md). A year read outside the clause that is after the
        text's date is a deadline ("đến năm 2030"), not when the value was reached: the text's
        date is only a guess then. ``carry``: the year carried from the sentences before (a
        deadline's is no year of a value reached).
        """
        if n.mode != ACTUAL or n.year_how == "clause":
            return
        if self.doc_year is None:
            # No date to read "now" by; a deadline carried from sentences before is no year of
            # a value reached ("định hướng đến năm 2030. … Đến nay, … đạt 91%").
            if n.year_how.startswith("carried") and carry is not None and carry.deadline:
                n.year, n.year_how = None, ""
            return
        cutoffs = CUTOFF.finditer(self.t.folded, n.sentence.start, n.num_start)
        if n.year in {int(m.group(1)) for m in cutoffs}:
            return  # "Tính đến cuối năm 2023, …": the values reached by then, whatever the date
        if NOW.search(self.t.lower, n.clause.start, n.num_start):
            n.year, n.year_how = self.doc_year, "now"
        elif self._after_date(n.year):
            n.year, n.year_how = None, ""

    # mapping ----------------------------------------------------------------------------

    def _review_rows(self, numbers: list[Number]) -> None:
        """Rows of a review table: a label, the planned value, the result, a verdict.

        Each on its own line ("- Tỷ lệ hồ sơ trực tuyến" / "30%" / "75,3%" / "Vượt") or in the
        cells of one row ("label: 30%, 75,3%, Vượt"): the second number is an actual of the
        label's indicator, and the first the earlier plan's target the row restates, which is
        not the plan's (docs/annotation.md). A label that is a sub-item ("+ Cấp huyện") takes
        the indicator of the item it stands under and its own tier. The year is the one the
        table's header names ("Đề ra năm 2023"), else the number's own.
        """
        f = self.t.folded
        for planned, result in itertools.pairwise(numbers):
            between = f[planned.end : result.start]
            if planned.restated or not re.fullmatch(r"[\s|,:;]*", between):
                continue
            after = f[result.end : result.end + 40]
            if not ROW_VERDICT.match(after):
                continue
            line_start = f.rfind("\n", 0, planned.start) + 1
            own = f[line_start : planned.start].strip(" |:,-")
            label_start = line_start if own else self._label_start(line_start)
            label = f[label_start : planned.start]
            if not re.search(r"[a-z]{2}", label):
                continue
            sub = label.lstrip(" |").startswith("+")
            head = self._row_head(label_start) if sub else ""
            body = head + " " + label
            rates = list(RATE.finditer(body))
            if rates:
                body = body[rates[-1].end() :]
            subject, _ = find_subject(body)
            hits = self.matcher.match(body, None if subject == "other" else subject, "")
            if not hits:
                continue
            scope = scope_of(label) if sub else scope_of(body)
            result.keys = [with_scope(key, scope) for key, _ in hits]
            result.via, result.mode, result.mode_how = "row", ACTUAL, "row"
            result.phrase_start, result.phrase_end = label_start, result.end
            year = self._table_year(label_start)
            if year is not None:
                result.year, result.year_how = year, "table"
            planned.restated = True
            planned.phrase_start, planned.phrase_end = label_start, planned.end

    def _label_start(self, end: int) -> int:
        """Where a row label written on the lines before ``end`` begins (at most three lines).

        The label runs back to a line opening with a list mark ("- ", "+ ") or to the line after
        a verdict or a number.
        """
        f = self.t.folded
        start = end
        for _ in range(3):
            if start == 0:
                break
            prev = f.rfind("\n", 0, start - 1) + 1
            line = f[prev:start].strip()
            if ROW_VERDICT.fullmatch(line + " ") or NUMBER.fullmatch(line):
                break
            start = prev
            if re.match(r"[-+*•]", line):
                break
        return start

    def _row_head(self, end: int) -> str:
        """The item a sub-item row stands under: the last line opening with "- " before it."""
        f = self.t.folded
        for m in reversed(list(re.finditer(r"^[ |]*-\s.*$", f[max(0, end - 1500) : end], re.M))):
            return m.group()
        return ""

    def _table_year(self, end: int) -> int | None:
        """The year a review table's header names for its planned column ("Đề ra năm 2023")."""
        heads = list(TABLE_YEAR.finditer(self.t.folded, max(0, end - 3000), end))
        return int(heads[-1].group(1)) if heads else None

    def _map(self, numbers: list[Number]) -> None:
        f = self.t.folded
        by_clause: dict[int, list[Number]] = {}
        for n in numbers:
            by_clause.setdefault(n.clause.start, []).append(n)
        for group in by_clause.values():
            for i, n in enumerate(group):
                if not n.keys and not n.restated:
                    self._map_one(n, group, i)
        # numbers that share a predicate with their neighbour in the clause
        for group in by_clause.values():
            for i, n in enumerate(group):
                if n.keys:
                    continue
                right = f[n.end : group[i + 1].start] if i + 1 < len(group) else ""
                nxt = group[i + 1] if i + 1 < len(group) else None
                if (
                    nxt is not None
                    and nxt.keys
                    and nxt.via == "right"
                    and len(right.split()) <= 8
                    and n.subject == nxt.subject
                ):
                    scope = scope_of(right) if n.subject in AG else None
                    n.keys = [with_scope(k, scope) for k in nxt.keys]
                    n.via = "forward"
                    n.phrase_end = nxt.phrase_end
                    continue
                prev = group[i - 1] if i else None
                left = f[prev.end : n.start] if prev is not None else ""
                if (
                    prev is not None
                    and prev.keys
                    and prev.via in ("left", "backward")
                    and len(left.split()) <= 8
                    and (scope_of(left) or self._years_in(prev.end, n.start))
                ):
                    after = self._item_after(prev, n, group[i + 1] if i + 1 < len(group) else None)
                    n.keys = [with_scope(k, after or scope_of(left)) for k in prev.keys]
                    n.via = "backward"
                    n.phrase_start = n.start if after else prev.end
                    n.phrase_end = n.end
                    if after and n.qualifier is None:
                        n.qualifier = prev.qualifier  # "tối thiểu" before the list: every item
        self._elided(numbers)
        self._tier_items(numbers)
        self._list_qualifiers(numbers)
        # numbers still unplaced: their target frame (unit, properties) against the catalogue
        for group in by_clause.values():
            for i, n in enumerate(group):
                if not n.keys:
                    self._frame(n, group, i)
        self._tier_items(numbers)

    def _tier_items(self, numbers: list[Number]) -> None:
        """Items of a per-tier list ("N% … cấp tỉnh, M% đối với cấp huyện") take their head's keys.

        A number whose own words name only a tier takes the keys of the number just before it in
        the sentence, when that one is placed and names a tier too; a qualifier before the head
        ("tối thiểu 70% đối với cấp tỉnh, 60% đối với cấp huyện") applies to every item.
        """
        f = self.t.folded
        for k, (prev, n) in enumerate(itertools.pairwise(numbers)):
            if n.keys or not prev.keys or prev.sentence != n.sentence or prev.mode != n.mode:
                continue
            if (
                not any("." in k for k in prev.keys)
                or len({k.split(".")[0] for k in prev.keys}) > 1
            ):
                continue
            nxt = numbers[k + 2] if k + 2 < len(numbers) else None
            scope = self._item_after(prev, n, nxt)
            stop = min(n.clause.end, nxt.start if nxt is not None else n.clause.end)
            start = n.start
            if scope is None:
                between = f[max(prev.end, n.clause.start) : n.start]
                if f[n.end : stop].strip(" ,.;)") or not tier_only(between):
                    continue
                scope, start, stop = scope_of(between), max(prev.end, n.clause.start), n.end
            if scope is None or scope.startswith("*"):
                continue
            n.keys = [with_scope(prev.keys[0], scope)]
            n.via = "tier"
            n.phrase_start, n.phrase_end = start, stop
            if n.year_how != "clause" and prev.year is not None:
                n.year, n.year_how = prev.year, prev.year_how  # an item is of its head's year
            if n.qualifier is None and start == n.start:
                n.qualifier = prev.qualifier  # "tối thiểu" before the list: every item

    def _elided(self, numbers: list[Number]) -> None:
        """A clause that only gives a year and an aim takes the indicator of the clause before.

        "Năm 2023, tỷ lệ hồ sơ trực tuyến đạt 60%; năm 2024 phấn đấu đạt 80%": the second
        clause names nothing counted; its value is of the same indicator, for its own year.
        """
        f = self.t.folded
        for prev, n in itertools.pairwise(numbers):
            if n.keys or n.restated or not prev.keys or prev.sentence != n.sentence:
                continue
            if prev.clause == n.clause or prev.via not in ("left", "right", "backward"):
                continue
            if len({k.split(".")[0] for k in prev.keys}) > 1:
                continue
            before = f[n.clause.start : n.start]
            if not ELIDED.match(before) or not self._years_in(n.clause.start, n.start):
                continue
            if f[n.end : n.clause.end].strip(" ,.;:)"):
                continue  # words after the value may name what it counts
            n.keys = list(prev.keys)
            n.via = "backward"
            n.phrase_start, n.phrase_end = n.clause.start, n.end

    def _list_qualifiers(self, numbers: list[Number]) -> None:
        """A qualifier before a per-tier list applies to every item, each with its own words.

        "Trên 90% hồ sơ công việc tại cấp tỉnh; 80% hồ sơ công việc tại cấp huyện": the items of
        one sentence, split by semicolons or commas, for one indicator at other tiers, take the
        qualifier of the first when they have none of their own (docs/annotation.md).
        """
        f = self.t.folded
        for prev, n in itertools.pairwise(numbers):
            if n.qualifier is not None or prev.qualifier is None or prev.sentence != n.sentence:
                continue
            if prev.mode != n.mode or len(prev.keys) != 1 or len(n.keys) != 1:
                continue
            (a, _, tier_a), (b, _, tier_b) = prev.keys[0].partition("."), n.keys[0].partition(".")
            if a != b or not tier_a or not tier_b or tier_a == tier_b:
                continue
            if not re.search(r"[;,]\s*$", f[prev.end : n.start]):
                continue
            n.qualifier = prev.qualifier

    def _item_after(self, prev: Number, n: Number, nxt: Number | None) -> str | None:
        """The tier named right after ``n`` when a per-tier list names its tiers after values.

        The words between ``prev`` and ``n`` are ``prev``'s when they name the tier ``prev`` was
        given ("70% đối với cấp tỉnh, 60% đối với cấp huyện"): then ``n``'s tier follows it.
        """
        f = self.t.folded
        scopes = {k.partition(".")[2] for k in prev.keys}
        between = scope_of(f[prev.end : n.start])
        if between is None or {between} != scopes:
            return None
        stop = min(n.clause.end, nxt.start if nxt is not None else n.clause.end)
        after = f[n.end : stop]
        scope = scope_of(after)
        return scope if scope and not scope.startswith("*") and tier_only(after) else None

    def _map_one(self, n: Number, group: list[Number], i: int) -> None:
        """Map one number from the words after it, else from the words before it."""
        f = self.t.folded
        right_end = group[i + 1].start if i + 1 < len(group) else n.clause.end
        count = COUNT.search(f, n.end, right_end)
        if count:
            # "100% … ở mức độ 1, mức độ 2 và 42 DVCTT mức độ 3": the words after a count
            # are the count's, not this number's
            right_end = count.start()
        left_start = group[i - 1].end if i else n.clause.start
        context = f[n.sentence.start : n.start]
        right = f[n.end : before_next_rate(f, n.end, right_end)]
        subject, offset = find_subject(right)
        n.subject = subject
        n.phrase_start, n.phrase_end = n.start, right_end
        n.segment = right
        if subject is not None:
            hits = self.matcher.match(right, subject, context)
            if hits:
                first = min(p for _, p in hits)
                scope_text = right[offset:first] if subject in AG else right[offset:]
                self._set(n, hits, scope_text, subject, "right")
                return
        left = f[left_start : n.start]
        # nothing but a bracket after the number ("Thanh toán trực tuyến 58,65% (xếp thứ 22)"):
        # the words before it name what it counts, with or without a verb
        bare = not re.sub(r"\([^)]*\)?", " ", right).strip(" ,.;)")
        bare = bare and len(left.split(":")[-1].split()) <= 8  # a short label, as a list's
        if not (LINK.search(left) or bare):
            return
        rates = list(RATE.finditer(left))
        rate = rates[-1] if rates else None
        body_start = rate.end() if rate else 0
        body = left[body_start:]
        lsubject: str | None
        if rate or subject in (None, "other"):
            lsubject, _ = find_subject(body)
        else:
            lsubject = subject
        if lsubject == "other":
            lsubject = None
        n.segment = body + " " + right
        hits = self.matcher.match(body, lsubject, context)
        if hits or len(right.split()) < 3 or bare:
            n.phrase_start = left_start + (rate.start() if rate else 0)
            short = len(right) < 40 and i + 1 == len(group)
            n.phrase_end = right_end if short else n.end
        if hits:
            scope_text = body[max(p for _, p in hits) :]
            if not scope_of(scope_text):
                # "tỷ lệ cán bộ công chức cấp sở, cấp huyện được trang bị máy tính … đạt 100%"
                scope_text = body[: min(p for _, p in hits)]
            if not scope_of(scope_text):
                scope_text = right[:80]
            self._set(n, hits, scope_text, lsubject, "left")

    def _heading(self, sentence: Span) -> str:
        """The heading line a list item stands under (one ending with ':'), or ''."""
        f = self.t.folded
        end = sentence.start
        for _ in range(4):
            start = f.rfind("\n", 0, max(0, end - 1)) + 1
            line = f[start:end].strip()
            if line.endswith(":"):
                return line
            if not re.match(r"[-+*•]|cap |\w+\s*:", line) or start == 0:
                return ""
            end = start
        return ""

    def _frame(self, n: Number, group: list[Number], i: int) -> None:
        """Place a number by its target frame, or note what it may be."""
        f = self.t.folded
        left_start = group[i - 1].end if i else n.clause.start
        right_end = group[i + 1].start if i + 1 < len(group) else n.clause.end
        left = f[left_start : n.start]
        right_end = before_next_rate(f, n.end, right_end)
        right = f[n.end : right_end]
        head = f[n.clause.start : group[0].start]
        if group[0].start - n.clause.start < 200 and not re.search(r"[a-z]{3}", head[-60:]):
            head = self._heading(n.sentence) + " " + head
        elif not head.strip(" -+"):
            head = self._heading(n.sentence)
        tail = f[group[-1].end : n.clause.end]
        frame = read_frame(self.frames, left, right, head, tail)
        n.frame_guess = frame.guess if frame.unit else None
        key = frame.best
        complete = frame.unit is not None and bool(frame.properties - GENERIC)
        if key is None or not PLACE_FRAMES or not complete or n.mode == NATIONAL_MODE:
            return
        item = re.split(r"[,;(]", right, maxsplit=1)[0]
        scope = scope_of(item) or scope_of(left[-80:]) or scope_of(right[:60])
        n.keys = [with_scope(key, scope)]
        n.via = "frame"
        rates = list(RATE.finditer(left))
        n.phrase_start = left_start + rates[-1].start() if rates else left_start
        n.phrase_end = right_end
        n.segment = left + " " + right

    def _set(
        self,
        n: Number,
        hits: list[tuple[str, int]],
        scope_text: str,
        subject: str | None,
        via: str,
    ) -> None:
        scope = scope_of(scope_text) if subject != "meetings" else None
        n.keys = [with_scope(key, scope) for key, _ in hits]
        n.via = via

    # assembling -------------------------------------------------------------------------

    def _assemble(
        self, draft: Draft, numbers: list[Number], counts: list[tuple[Number, str, str, int]]
    ) -> None:
        t = self.t
        f = t.folded
        level = draft.level
        found: list[tuple[Number, str]] = []
        for n in numbers:
            phrase = self._phrase(n)
            window = f[max(n.clause.start, n.start - 60) : min(n.clause.end, n.end + 80)]
            if n.restated:
                draft.unmapped.append(
                    DraftNumber(n.text + "%", phrase, "chỉ tiêu đề ra được nhắc lại khi đánh giá")
                )
                continue
            if n.mode == NATIONAL_MODE:
                draft.unmapped.append(
                    DraftNumber(n.text + "%", phrase, "mục tiêu quốc gia được nhắc lại")
                )
                continue
            if n.value > 100:
                draft.unmapped.append(DraftNumber(n.text + "%", phrase, "giá trị trên 100%"))
                continue
            # what the number counts: for one read from the words after it, its own list item
            # ("100% dịch vụ công trực tuyến mức độ 4, kinh tế số chiếm … GRDP")
            own = re.split(r"[,;]", n.segment)[0] if n.via == "right" and n.segment else None
            non_it = NON_IT.search(own or n.segment or window) is not None
            if not n.keys and not non_it and n.frame_guess:
                draft.unmapped.append(
                    DraftNumber(n.text + "%", phrase, f"cần xác nhận: có thể là {n.frame_guess}")
                )
                continue
            unplaced = not n.keys and not non_it and self.classifier is not None
            if unplaced and self._classify(draft, n, phrase):
                continue
            if not n.keys or non_it:
                reason = "không phải chỉ tiêu CNTT" if non_it else "chưa xác định chỉ tiêu"
                draft.unmapped.append(DraftNumber(n.text + "%", phrase, reason))
                continue
            for key in n.keys:
                found.append((n, key))
        # period: the plan named in the text, else the targets' years
        years = [n.year for n, _ in found if n.year is not None and n.mode != ACTUAL]
        years += [n.year for n, _, _, _ in counts if n.year is not None and n.mode == TARGET]
        period, title = self._period(years)
        header = self.header
        if header is not None and header.period:
            # the document's own title names its years: a plan the body names may be another one
            # (the last year's, reviewed) and the title's "đến năm 2025" starts at its date
            period = header.period
            draft.notes["period"] = "năm lấy từ tên văn bản"
            self.named_year = "title" if period[0] == period[1] else None
        if header is not None and header.title:
            title = header.title
        if period is None:
            from_source = years_in_source(draft.source)
            if from_source:
                period = (min(from_source), max(from_source))
                draft.notes["period"] = "năm lấy từ địa chỉ / tên tệp của văn bản"
                self.named_year = "address" if period[0] == period[1] else None
        first: int | None = None
        last: int | None = None
        if period is None:
            draft.notes["period"] = "văn bản không nêu năm: điền kỳ kế hoạch"
        else:
            first, last = period
            target_years = [y for y in years if y is not None]
            if target_years and (min(target_years) < first or max(target_years) > last):
                first, last = min([first, *target_years]), max([last, *target_years])
                if self.named_year == "plan":
                    self.named_year = None  # the plan named is not the period of the targets
                draft.notes["period"] = (
                    draft.notes.get("period", "") + " mở rộng để chứa năm của các chỉ tiêu"
                ).strip()
            draft.period = (first, last)
        draft.title = title
        if level == "district" and last is not None and last > LAST_DISTRICT_YEAR:
            # Districts ended on 1 July 2025: a later plan is no district's (the loader refuses it).
            level = draft.level = None
            draft.notes["level"] = "cấp huyện không còn từ 01/7/2025: chưa rõ cấp"
        self._adopted(draft, last)
        level = draft.level
        on = self._plan_date(first)
        seen: dict[tuple[str, str, int | None], DraftTarget] = {}
        for n, key in found:
            indicator, _, scope = key.partition(".")
            if scope == ALL and n.value < 100:
                # a share of all tiers together does not say each tier reached it: one value
                # for the whole jurisdiction (docs/annotation.md)
                scope = ""
            scopes = expand(scope, level, on) if scope else []
            scope_how = "range" if scope.startswith("*") else "named" if scope else "none"
            if scope_how == "named" and not scopes and level != "ministry":
                # the tier named is none of the plan's (its level misread, or another's value)
                scope_how = "outside"
            for one in scopes or [""]:
                if one == "district" and (n.year or last or 0) > LAST_DISTRICT_YEAR:
                    # no district tier after 2025: a range skips it; a value for the district
                    # tier named is the plan's own, a local target (docs/annotation.md)
                    if scope_how == "named":
                        draft.unmapped.append(
                            DraftNumber(n.text + "%", self._phrase(n), AFTER_DISTRICTS)
                        )
                    continue
                key = f"{indicator}.{one}" if one else indicator
                self._add(draft, seen, n, key, last, scope_how)
        for values in (draft.targets, draft.actuals):
            values[:] = _without_restatements(values)
        dated = [t.year for t in [*draft.targets, *draft.actuals] if t.year is not None]
        if draft.period is None and dated:
            draft.period = (min(dated), max(dated))
            draft.notes["period"] = "văn bản không nêu kỳ kế hoạch: lấy năm của văn bản"
        for n, unit, _word, _pos in counts:
            if n.mode != TARGET:
                continue
            stop = re.search(r"\s(?:và|,)\s*\d|\d+\s*%", t.lower[n.end : n.clause.end])
            end = n.end + stop.start() if stop else n.clause.end
            phrase = t.phrase(n.start, end)[:300]
            name = t.phrase(n.end, min(end, n.end + 90))
            if not name:
                continue
            year = n.year if n.year is not None else last
            if year is None:
                draft.unmapped.append(DraftNumber(n.text, phrase, "chỉ tiêu riêng chưa rõ năm"))
                continue
            draft.local_targets.append(
                DraftLocal(name[:1].upper() + name[1:], year, n.value, unit, None, phrase)
            )

    def _classify(self, draft: Draft, n: Number, phrase: str) -> bool:
        """Ask the classifier what an unplaced number may count: a "to confirm" comment."""
        assert self.classifier is not None
        f = self.t.folded
        start, end = n.phrase_start or n.start, n.phrase_end or n.end
        window = f[start:end] if end - start > 12 else f[n.clause.start : n.clause.end]
        if len(re.findall(r"[a-z]{2,}", window)) < 3:
            return False  # too few words to say what is counted
        label, p = self.classifier.best(window[:400], folded=True)
        if label == NONE or p < TO_CONFIRM:
            return False
        missing = "" if label in self.catalogue.indicators else " (chưa có trong danh mục)"
        draft.unmapped.append(
            DraftNumber(n.text + "%", phrase, f"cần xác nhận: có thể là {label}{missing}")
        )
        return True

    def _add(
        self,
        draft: Draft,
        seen: dict[tuple[str, str, int | None], DraftTarget],
        n: Number,
        key: str,
        last: int | None,
        scope_how: str = "",
    ) -> None:
        """Add one target or actual; a second value for its key and year becomes a comment."""
        section = "actuals" if n.mode == ACTUAL else "targets"
        year_how = n.year_how
        if n.year is not None:
            year: int | None = n.year
        elif section == "actuals" or last is None:
            year, year_how = self.doc_year, "unknown"
            if self.doc_year is not None:
                year_how = "only-year" if self.only_year else "date"
            else:
                year, year_how = self._undated(draft.source)
        else:
            year, year_how = last, self.named_year or "period"
        phrase = self._phrase(n)
        note = n.note
        if n.year is None and year is not None and section == "targets":
            said = "văn bản không nêu năm" if last is not None else "năm lấy từ ngày của văn bản"
            note = ((note + "; ") if note else "") + said
        if section == "actuals" and year is not None and last is not None and year > last:
            draft.unmapped.append(
                DraftNumber(n.text + "%", phrase, f"giá trị đã đạt năm {year}, sau kỳ kế hoạch")
            )
            return
        basis = (PLACEMENT.get(n.via, n.via), n.mode_how, year_how, scope_how)
        unsure = doubt(basis)
        if unsure and GATE:
            q = {"more_than": "trên ", "at_least": "tối thiểu ", "about": "khoảng "}
            guess = f"{section}.{key} {year}: {q.get(n.qualifier or '', '')}{fmt(n.value)}%"
            draft.unmapped.append(
                DraftNumber(n.text + "%", phrase, f"cần xác nhận: có thể là {guess} ({unsure})")
            )
            return
        target = DraftTarget(key, year, n.value, n.qualifier, phrase, note, basis)
        into = draft.actuals if section == "actuals" else draft.targets
        prior = seen.get((section, key, year))
        if prior is None:
            seen[(section, key, year)] = target
            into.append(target)
        elif prior.value == target.value and (
            (bool(target.qualifier), len(target.phrase))
            > (bool(prior.qualifier), len(prior.phrase))
        ):
            into[into.index(prior)] = target
            seen[(section, key, year)] = target
        elif prior.value != target.value:
            draft.unmapped.append(
                DraftNumber(
                    fmt(n.value) + "%",
                    phrase,
                    f"trùng {key} {year} (đã lấy {fmt(prior.value)}%)",
                )
            )

    def _adopted(self, draft: Draft, last: int | None) -> None:
        """The plan's adoption date: its header's date, when the document is the plan itself."""
        header = self.header
        if header is None or header.date is None or not header.is_plan:
            return
        on = header.date
        if last is not None and on.year > last:
            draft.notes["adopted"] = f"văn bản ngày {on.isoformat()}, sau kỳ kế hoạch: kiểm tra"
            return
        draft.adopted = on
        if draft.level == "district" and on >= DISTRICT_TIER_ENDED:
            draft.level = None
            draft.notes["level"] = "cấp huyện không còn từ 01/7/2025: chưa rõ cấp"

    def _plan_date(self, first: int | None) -> date | None:
        """The plan's date for its tiers: its header's or text's date, else its first year."""
        dates = [
            date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            for m in FULL_DATE.finditer(self.t.folded)
            if 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 28
        ]
        if self.header is not None and self.header.date is not None:
            dates = [self.header.date]
        start = date(first, 1, 1) if first else None
        if not dates and TWO_TIER_WORDS.search(self.t.folded):
            # a text with no date that speaks of the two-tier local government is of its time
            dates = [TWO_TIERS_FROM]
        candidates = [d for d in (max(dates, default=None), start) if d is not None]
        return max(candidates, default=None)

    def _all_years(self) -> list[int]:
        return [y for _, y in self._years_in(0, len(self.t.clean))]

    def _period(self, years: list[int]) -> tuple[tuple[int, int] | None, str | None]:
        t = self.t
        f = t.folded
        candidates: list[tuple[int, int, int, int]] = []  # first, last, start, end
        for m in re.finditer(r"\bke hoach\b", f):
            tail = f[m.end() : m.end() + 200]
            stop = re.search(r"[.;\n]\s|[.;\n]$", tail)
            if stop:
                tail = tail[: stop.start()]
            r = RANGE.search(tail)
            y = re.search(r"\bnam\s+((?:199\d|20\d\d))\b(?!\s*[-–]\s*\d)", tail)
            first_hit = min(
                (x for x in (r, y) if x is not None), key=lambda x: x.start(), default=None
            )
            if first_hit is None:
                continue
            if first_hit is r and r is not None:
                a, b = int(r.group(1)), int(r.group(2))
            else:
                a = b = int(first_hit.group(1))
            if b < a:
                continue
            candidates.append((a, b, m.start(), m.end() + first_hit.end()))
        if not candidates and not years:
            return None, None
        if not candidates:
            return (min(years), max(years)), None

        def score(c: tuple[int, int, int, int]) -> tuple[int, int, int]:
            inside = sum(1 for y in years if c[0] <= y <= c[1])
            return (inside, -(c[1] - c[0]), -c[2])

        best = max(candidates, key=score)
        cited = CITED.search(f, max(0, best[2] - 40), best[2])
        if best[0] == best[1] and not cited:
            self.named_year = "plan"  # "Kế hoạch … năm 2023": the one year of the plan named
        title = t.phrase(best[2], best[3])
        if len(title) > 160 or re.search(r"\bsố\b|/|\d{1,2}/\d", title) or "," in title:
            title_out = None
        else:
            title_out = title[:1].upper() + title[1:]
        return (best[0], best[1]), title_out


# "… đạt 82%", "chiếm 39%" as the verb of a number in a report of results: the value reached.
REACHED = re.compile(
    r"(?<!\w)(?:đạt|chiếm)(?: t[ỷỉ] lệ| mức)?:?(?: (?:khoảng|trên|gần|hơn|xấp xỉ|từ))?\s*$"
)
# A target restated as the yardstick of a result: "(đạt 71%,) vượt mục tiêu tối thiểu 65%"
# ("phấn đấu … đạt mục tiêu 80%" is an aim: only "vượt" and "so với" name a yardstick for sure).
YARDSTICK = re.compile(r"(?:vượt|so với)\s+(?:mục tiêu|chỉ tiêu)\b[^\d%]{0,30}$")
# A plan named as the one reviewed or followed on from: not the plan the targets are of.
CITED = re.compile(
    r"(?:thuc hien|ke thua|tren co so|danh gia|tong ket|so ket|ket qua|theo|tiep noi)"
    r"(?: (?:cac|viec|ket qua|thuc hien))*\s*$"
)
# A text naming itself a plan: "(UBND …) ban hành Kế hoạch", a title "Kế hoạch … năm 2024".
SELF_PLAN = re.compile(r"^\s*ke hoach\b|\bban hanh (?:ke hoach|chuong trinh)\b", re.MULTILINE)

# The date line a stored text opens with: " date 2023-04" (docs/annotation.md).
DATE_LINE = re.compile(r"\s*date ((?:199\d|20\d\d))-\d\d\b")

# A year read as a deadline: after an orientation ("định hướng đến năm 2030", "tầm nhìn 2030"),
# or "đến (hết) năm 2025" after an aim of its sentence ("phấn đấu đến năm 2025"; "tính đến hết
# năm 2022" is when values were reached).
DEADLINE = re.compile(r"(?:den|toi)\s+(?:(?:het|cuoi)\s+)?(?:nam\s+)?\d")
TOWARDS = re.compile(r"(?:dinh huong|tam nhin)(?:\s+\S+){0,3}\s*$")

# A clause of a year and an aim only, naming nothing counted: "; năm 2024 phấn đấu đạt".
ELIDED = re.compile(
    r"^[\s,;:.()-]*(?:(?:va|con|trong|den|toi|het|cuoi|nam|\d{4}|phan dau|dat|du kien|"
    r"muc tieu|la|se|tang|nang|len|o muc|khoang|tren|hon|it nhat|toi thieu|tuong ung)\b"
    r"[\s,;:.()-]*)+$"
)

# A new rate after a comma is the next item's subject, not the number's before it: "đạt 65,63%,
# tỷ lệ số hoá hồ sơ … đạt 83,15%".
# "…, tỷ lệ …" starts another rate; "…, trong đó …" a part of what was counted, the next
# number's.
NEXT_RATE = re.compile(r"[,;]\s*(?:va\s+)?t[yi] le\b|[,;(]\s*trong do\b")


def before_next_rate(folded: str, start: int, end: int) -> int:
    """Where the words after a number stop: at a new rate after a comma, else at ``end``."""
    m = NEXT_RATE.search(folded, start, end)
    return m.start() if m else end


# The base a value is compared with ("tăng 46% so với cuối năm 2023") is no year of a value.
COMPARED = re.compile(r"\bso voi(?: cung ky)?(?: (?:cuoi|dau|het))?(?: nam)?\s*$")

# Words of a value reached "now": its year is the text's date.
NOW = re.compile(r"đến nay|hiện nay|hiện tại|tính đến nay|tới nay|(?:đến|tới) thời điểm này")


class YearCarry(NamedTuple):
    """The last year read in the sentences before, and what kind of year it is."""

    year: int
    sentence: int  # the index of the sentence it was read in
    deadline: bool  # a deadline ("định hướng đến năm 2030")
    cutoff: bool  # a cut-off date's ("tính đến ngày 30/6/2025"): of values reached only


def _carried(carry: YearCarry | None, index: int) -> tuple[int | None, str]:
    """The year sentence ``index`` inherits, and how far it was carried.

    "carried": from the sentence just before (a heading and its list item); "carried-far": from
    further back; "" when no year was read before.
    """
    if carry is None:
        return None, ""
    return carry.year, "carried" if index - carry.sentence <= 1 else "carried-far"


def _without_restatements(values: list[DraftTarget]) -> list[DraftTarget]:
    """Drop a headline's repeat of a body value: stated without its tier or without its year."""
    scoped = {(t.key.split(".")[0], t.year, t.value) for t in values if "." in t.key}
    dated = {(t.key.split(".")[0], t.value) for t in values if t.year is not None}
    return [
        t
        for t in values
        if ("." in t.key or (t.key, t.year, t.value) not in scoped)
        and (t.year is not None or (t.key.split(".")[0], t.value) not in dated)
    ]


# What an item of a per-tier list may say besides its tier.
TIER_FILLER = re.compile(
    r"\b(?:doi voi|rieng|tai|o|cua|va|cac|dat|la|con|tren|toan|trong do|nha nuoc|"
    r"ty le|ti le|chiem|thanh pho|thi xa)\b|[^a-z]"
)


def tier_only(folded: str) -> bool:
    """Whether a folded phrase names nothing but tiers (and linking words)."""
    rest = folded
    for pattern in TIER_WORDS.values():
        rest = pattern.sub(" ", rest)
    rest = TIER_FILLER.sub(" ", rest)
    return not rest.strip()


def years_in_source(source: str | None) -> list[int]:
    """Years written in a text's address or file name ("…/202007/…", "ke-hoach-2017.docx")."""
    if not source:
        return []
    return [
        int(m.group(1))
        for m in re.finditer(
            # a year, a year and month ("202007"), or a time stamp opening a page's number
            # ("20241023173051358": 23 October 2024)
            r"(?<![0-9])((?:199[0-9]|20[0-9]{2}))"
            r"(?:(?:0[1-9]|1[0-2])(?:(?:0[1-9]|[12][0-9]|3[01])[0-9]{4,})?)?(?![0-9])",
            source,
        )
    ]


def with_scope(key: str, scope: str | None) -> str:
    """An indicator key with the scope given (or none)."""
    base = key.split(".", 1)[0]
    return f"{base}.{scope}" if scope else base


# How a number was placed, by the path that gave its indicator: a catalogue alias read whole in
# its clause (right: the words after it, left: before it), the predicate a neighbouring number of
# the clause shares ("80% A và 90% B được …"), an item of a per-tier list inheriting its head's
# indicator, or a complete target frame.
# A review table's verdict cell, after a row's result: "Đạt", "Vượt", "Không đạt", "Chưa đạt".
ROW_VERDICT = re.compile(r"[\s|,:;]*(?:khong dat|chua dat|dat|vuot|hoan thanh)\s*(?:[\n|,;]|$)")
# The year a review table's header names for its planned column: "Đề ra năm 2023".
TABLE_YEAR = re.compile(r"\b(?:de ra|ke hoach|chi tieu)\s+nam\s+(20\d\d)\s*\n")

PLACEMENT = {
    "right": "catalogue-after",
    "left": "catalogue-before",
    "forward": "shared",
    "backward": "shared",
    "tier": "tier",
    "frame": "frame",
    "row": "review-row",
}

# A value placed on a basis egovcheck.extract.confidence doubts is a "cần xác nhận" comment.
# Dev (71 texts): without it P 0.769 R 0.638 F1 0.698, with it P 0.836 R 0.583 F1 0.687.
GATE = True

# Target frames place a number whose mode is decided (a target or an actual, see mode.py) and
# whose frame is complete (a counted unit and a specific measured property both read); any other
# frame only proposes ("cần xác nhận"). Placing every sure frame before the mode was decided in
# one place raised dev recall (0.595 to 0.650) but lowered precision (0.804 to 0.783); with the
# mode decided first and only complete frames placed, dev precision 0.819 to 0.835, recall 0.610
# to 0.685.
PLACE_FRAMES = True

# The classifier proposes, it does not place: scored leave-one-text-out on the dev set, no
# threshold made its targets as precise as the hand rules (P 0.85 alone, 0.72-0.73 with it at
# 0.9-0.9999), so a number it places at TO_CONFIRM or more is a "to confirm" comment.
TO_CONFIRM = 0.5


def extract(
    text: str,
    catalogue: Catalogue,
    source: str | None = None,
    classifier: Classifier | None = None,
) -> Draft:
    """Find the issuer, level, period and numeric IT targets of a plan text.

    ``classifier`` places numbers the hand rules do not; the shipped model by default.
    """
    return Extractor(text, catalogue, classifier or shipped()).run(source)
