"""YAML files of every kind (plans, waivers, configuration, baselines): bytes -> text -> data.

Reading (size limits, BOM and UTF-16, NFC, CRLF), parsing with line marks and the refusals
every file kind shares (aliases, tags, merge keys, deep nesting, duplicate keys), and turning
validation errors into problems located at their file, line and key path.
"""

from __future__ import annotations

import codecs
import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from egovcheck.errors import MessageError, Msg, PlanError, Problem, msg, problem

if TYPE_CHECKING:
    import yaml

# Plan files are a few kilobytes; anything this large is not a plan and is refused before parsing.
MAX_BYTES = 5 * 1024 * 1024
# A plan is four levels deep (targets -> key -> year -> value); this leaves room and stops
# pathological nesting before it reaches the recursive builder.
MAX_DEPTH = 32
MAX_NODES = 200_000

Path_ = tuple[str | int, ...]
MarkKey = tuple[str, ...]


@dataclass
class Located:
    """A YAML document as plain Python data, with the line and column of every key path."""

    data: Any
    marks: dict[MarkKey, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Iterable[str | int]) -> tuple[int | None, int | None]:
        """Return (line, column) of the longest known prefix of ``path`` (1-based)."""
        # Keys are matched as text, so a year written "2017" finds the mark of 2017.
        parts = tuple(str(p) for p in path)
        while True:
            if parts in self.marks:
                return self.marks[parts]
            if not parts:
                return None, None
            parts = parts[:-1]


def decode(data: bytes, file: str) -> str:
    """Decode plan bytes: UTF-8 (BOM optional) or UTF-16/32 with a BOM; NFC; LF line ends."""
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        encoding = "utf-32"
    elif data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PlanError(
            [
                problem(
                    file,
                    "file.encoding",
                    line=line,
                    encoding=encoding.upper().replace("-SIG", ""),
                    byte=f"0x{data[exc.start]:02x}",
                )
            ]
        ) from None
    if "\x00" in text:
        raise PlanError([problem(file, "file.nul")])
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _loader_class() -> type[Any]:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_STD_TAGS = {
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
# The tags a scalar node's constructor builds directly; a collection tag on a scalar (``!!map
# x``) goes through the loader's construct_object, which refuses it.
_SCALAR_TAGS = _STD_TAGS - {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


class _Builder:
    """Turn a composed YAML node tree into Python data, recording marks and refusing tricks."""

    def __init__(self, loader: Any, file: str) -> None:
        import yaml

        self.loader = loader
        self.file = file
        self.marks: dict[MarkKey, tuple[int, int]] = {}
        self.seen: set[int] = set()
        self.count = 0
        self.yaml = yaml
        # A scalar of a standard tag is built by the loader's own constructor for the tag.
        self.constructors: dict[Any, Any] = loader.yaml_constructors

    def fail(self, node: yaml.Node, path: Path_, message: Msg) -> PlanError:
        return PlanError(
            [
                Problem(
                    self.file,
                    message,
                    line=node.start_mark.line + 1,
                    column=node.start_mark.column + 1,
                    path=dotted(quote(p) for p in path),
                )
            ]
        )

    def build(self, node: yaml.Node, path: Path_ = (), at: MarkKey = ()) -> Any:
        """The data of ``node`` at ``path`` (``at``: the same path as text, the marks' key)."""
        yaml = self.yaml
        self.count += 1
        if self.count > MAX_NODES:
            raise self.fail(node, path, msg("yaml.too_many_nodes", limit=MAX_NODES))
        if len(path) > MAX_DEPTH:
            raise self.fail(node, path, msg("yaml.too_deep", depth=MAX_DEPTH))
        if id(node) in self.seen:
            # The node is the anchor's; report where the alias is used instead.
            line, column = self.marks.get(_mark_key(path), (None, None))
            raise PlanError(
                [
                    Problem(
                        self.file,
                        msg("yaml.alias"),
                        line=line,
                        column=column,
                        path=dotted(quote(p) for p in path),
                    )
                ]
            )
        self.seen.add(id(node))
        if node.tag not in _STD_TAGS:
            raise self.fail(node, path, msg("yaml.tag", tag=quote(node.tag, repr)))
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            names: dict[str, int] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise self.fail(key_node, path, msg("yaml.merge_key"))
                if not isinstance(key_node, yaml.ScalarNode):
                    raise self.fail(key_node, path, msg("yaml.key_plain"))
                if id(key_node) in self.seen:
                    # An alias as a key: the node (and its mark) is the anchor's; the value
                    # that follows the alias names its line.
                    raise PlanError(
                        [
                            Problem(
                                self.file,
                                msg("yaml.alias"),
                                line=value_node.start_mark.line + 1,
                                path=dotted(quote(p) for p in path),
                            )
                        ]
                    )
                self.seen.add(id(key_node))
                if key_node.tag not in _STD_TAGS:
                    raise self.fail(key_node, path, msg("yaml.tag", tag=quote(key_node.tag, repr)))
                key = self.scalar(key_node, path)
                if isinstance(key, str):
                    key = key.strip()
                if isinstance(key, int) and not isinstance(key, bool) and key.bit_length() > 64:
                    raise self.fail(key_node, path, msg("yaml.key_huge"))
                # Keys naming the same year ("2017", "02017", full-width digits) are duplicates.
                name = str(int(key)) if isinstance(key, str) and _is_year_text(key) else str(key)
                if name in names:
                    raise self.fail(
                        key_node,
                        (*path, key),
                        msg("yaml.duplicate_key", key=quote(name), line=names[name]),
                    )
                names[name] = key_node.start_mark.line + 1
                sub, sub_at = (*path, key), (*at, str(key))
                self.marks[sub_at] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
                result[key] = self.build(value_node, sub, sub_at)
            return result
        if isinstance(node, yaml.SequenceNode):
            items = []
            for i, item in enumerate(node.value):
                sub, sub_at = (*path, i), (*at, str(i))
                self.marks[sub_at] = (item.start_mark.line + 1, item.start_mark.column + 1)
                items.append(self.build(item, sub, sub_at))
            return items
        return self.scalar(node, path)

    def scalar(self, node: yaml.Node, path: Path_) -> Any:
        """The value of a scalar node of a standard tag (``build`` has checked the tag)."""
        yaml = self.yaml
        try:
            if node.tag in _SCALAR_TAGS:
                return self.constructors[node.tag](self.loader, node)
            return self.loader.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError) as exc:
            raise self.fail(node, path, msg("yaml.value", reason=quote(exc))) from None
        except (KeyError, AttributeError):
            # ``!!bool maybe``, ``!!timestamp soon``: the constructor finds no such value.
            kind = node.tag.rpartition(":")[2]
            reason = quote(f"{node.value!r} is not a {kind}")
            raise self.fail(node, path, msg("yaml.value", reason=reason)) from None


def _mark_key(path: Path_) -> MarkKey:
    return tuple(str(p) for p in path)


# A file with this many "[", "{", "-" or "?" gets a cheap event scan for nesting depth before
# composing: PyYAML's C composer recurses once per level, and a few hundred thousand levels
# overflow the C stack. Ordinary plans have far fewer and skip the scan.
_FLOW_SCAN_FROM = 256


def _check_flow_depth(text: str, file: str) -> None:
    """Refuse deep nesting cheaply: only files with many brackets get an event scan."""
    # Block nesting ("- - - x", "? ? x") recurses as deeply as flow nesting does.
    if sum(text.count(c) for c in "[{-?") < _FLOW_SCAN_FROM:
        return
    _scan_depth(text, file, _loader_class())


def _scan_depth(text: str, file: str, loader: type[Any]) -> None:
    """Raise egovcheck's own nesting error when ``text`` nests deeper than ``MAX_DEPTH``.

    libyaml (the C loader) refuses deep nesting in its own words, and at a depth that depends on
    its version; when it refuses anything, the pure-Python parser, which reads events lazily and
    has no depth limit of its own, rescans the text so that the refusal is always egovcheck's.
    """
    import yaml

    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark else None
                    raise PlanError([problem(file, "yaml.too_deep", line=line, depth=MAX_DEPTH)])
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        if loader is not yaml.SafeLoader:
            _scan_depth(text, file, yaml.SafeLoader)
        # otherwise the composer reports the syntax error with its line


# Line breaks for YAML (1.1, which PyYAML and libyaml read) that editors, git diff and code
# review show inside one line: a comment "# note<U+2028>waivers: [...]" would hide a waiver.
_HIDDEN_BREAKS = {"\u2028": "U+2028", "\u2029": "U+2029", "\x85": "U+0085"}
_HIDDEN_BREAK = re.compile("[\u2028\u2029\x85]")


def _check_line_breaks(text: str, file: str) -> None:
    """Refuse U+2028, U+2029 and NEL except inside a quoted string, naming the line."""
    import yaml

    at = [found.start() for found in _HIDDEN_BREAK.finditer(text)]
    if not at:
        return
    quoted: list[tuple[int, int]] = []
    try:
        # The pure-Python scanner: its marks count characters of ``text``.
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken) and token.style in ("'", '"'):
                quoted.append((token.start_mark.index, token.end_mark.index))
    except yaml.YAMLError:
        pass  # what follows the error is not known to be quoted: refused below
    for index in at:
        if not any(start < index < end for start, end in quoted):
            char = _HIDDEN_BREAKS[text[index]]
            line = text.count("\n", 0, index) + 1
            raise PlanError([problem(file, "yaml.line_separator", line=line, char=char)])


def parse_yaml(text: str, file: str) -> Located:
    """Parse one YAML document into plain data with line marks; errors name the line."""
    import yaml

    _check_line_breaks(text, file)
    _check_flow_depth(text, file)
    loader = _loader_class()(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            _scan_depth(text, file, yaml.SafeLoader)  # a refusal of deep nesting is egovcheck's
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else None
            what: str | Msg = exc.problem or exc.context or msg("yaml.syntax.invalid")
            if "expected a single document" in str(exc):
                raise PlanError([problem(file, "yaml.several_documents", line=line)]) from None
            what = quote(what) if isinstance(what, str) else what
            raise PlanError([problem(file, "yaml.syntax", line=line, what=what)]) from None
        except yaml.reader.ReaderError as exc:
            # A character YAML does not allow (a control character, say): name its line.
            line = text[: exc.position].count("\n") + 1
            char = exc.character if isinstance(exc.character, str) else chr(exc.character)
            raise PlanError(
                [problem(file, "yaml.char", line=line, code=f"{ord(char):04X}")]
            ) from None
        except yaml.YAMLError as exc:
            first: str | Msg = str(exc).splitlines()[0] if str(exc) else msg("yaml.syntax.invalid")
            first = quote(first) if isinstance(first, str) else first
            raise PlanError([problem(file, "yaml.error", what=first)]) from None
        except RecursionError:
            raise PlanError([problem(file, "yaml.too_deep", depth=MAX_DEPTH)]) from None
        if node is None:
            return Located(None)
        builder = _Builder(loader, file)
        data = builder.build(node)
        return Located(data, builder.marks)
    finally:
        loader.dispose()


def read_bytes(path: str, limit: int = MAX_BYTES) -> bytes:
    """Read a file (``-`` is standard input), refusing what is too large or unreadable.

    Only a regular file is read: a pipe, device or socket named as a plan, waiver, configuration
    or baseline file would block or never end, so it is refused before it is opened (and opened
    without blocking, in case it was swapped in between).
    """
    import sys

    name = "<stdin>" if path == "-" else path
    data = sys.stdin.buffer.read(limit + 1) if path == "-" else _read_regular(path, limit)
    if len(data) > limit:
        raise PlanError([problem(name, "file.too_large", mib=max(limit // (1024 * 1024), 1))])
    return data


def _read_regular(path: str, limit: int) -> bytes:
    """The first ``limit + 1`` bytes of a regular file; anything else is a PlanError."""
    import errno
    import os
    import stat

    def refuse(key: str, **values: Any) -> PlanError:
        return PlanError([problem(path, key, **values)])

    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise refuse("file.is_directory")
        if not stat.S_ISREG(mode):
            raise refuse("file.special")
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise refuse("file.special")
            return fh.read(limit + 1)
    except FileNotFoundError:
        raise refuse("file.missing") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise refuse("file.link_loop") from None
        raise refuse("file.cannot_read", reason=exc.strerror or str(exc)) from None


def dotted(path: Iterable[str | int]) -> str:
    """Render a key path as ``targets.docs_interagency_electronic.2017``."""
    return ".".join(str(p) for p in path)


def suggest(word: str, choices: Iterable[str]) -> str | None:
    """The closest choice to ``word`` (for a "did you mean" hint), or None."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else None


_FRIENDLY = {
    "missing": "value.required",
    "dict_type": "value.mapping",
    "list_type": "value.list",
    "string_type": "value.text",
    "bool_type": "value.bool",
    "bool_parsing": "value.bool",
    "int_type": "value.int",
    "int_parsing": "value.int",
    "date_from_datetime_parsing": "value.date_plain",
    "date_parsing": "value.date_plain",
    "date_type": "value.date_plain",
}


def validation_problems(
    exc: Any,
    file: str,
    located: Located,
    *,
    allowed: Callable[[tuple[Any, ...]], list[str]] | None = None,
    noun: str = "key",
    prefix: str = "",
) -> list[Problem]:
    """Turn a pydantic ValidationError into problems with the file's lines and key paths.

    ``allowed`` gives the keys valid at a path, for "did you mean" hints on unknown keys.
    """
    errors = exc.errors(include_url=False)
    foreign = _foreign(errors, file, located)
    if foreign is not None:
        return [foreign]
    problems = []
    for err in errors:
        loc = tuple(p for p in err["loc"] if p != "[key]")
        if loc and loc[-1] == "value" and not isinstance(_at(located.data, loc[:-1]), dict):
            loc = loc[:-1]  # a bare number: the error is the year's, not a "value" key's
        kind = err["type"]
        friendly = _FRIENDLY.get(kind)
        message = msg(friendly) if friendly else msg("value.other", detail=err["msg"])
        if kind == "value_error":
            error = err.get("ctx", {}).get("error")
            if isinstance(error, MessageError):
                message = error.message
        elif kind == "extra_forbidden":
            keys = allowed(loc[:-1]) if allowed else []
            message = msg(
                f"value.unknown_{noun}",
                name=quote(loc[-1]),
                suggestion=suggest(str(loc[-1]), keys),
                allowed=keys if noun == "key" else [],
            )
        elif kind == "literal_error":
            message = msg(
                "value.one_of", expected=err["ctx"]["expected"], got=quote(err["input"], repr)
            )
        line, column = located.where(loc)
        path = prefix + dotted(quote(p) for p in loc)
        problems.append(Problem(file, message, line=line, column=column, path=path))
    return problems


# A problem quotes at most this much of a file's text (a key, a value): a file that is not what
# it was named as (a symbolic link to a secret, say) must not be copied into a CI log.
QUOTE_CHARS = 80


def quote(value: Any, show: Callable[[Any], str] = str) -> str:
    """``value`` as text for a message, cut to ``QUOTE_CHARS`` characters."""
    text = show(value)
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "…"


def _foreign(errors: list[Any], file: str, located: Located) -> Problem | None:
    """One problem, quoting nothing, for a mapping none of whose keys the file kind knows.

    Such a file is not a plan, waiver or configuration file at all (a credentials file named as
    one, say): listing its keys as unknown would print its lines.
    """
    data = located.data
    if not isinstance(data, dict) or not data:
        return None
    unknown = {
        str(e["loc"][0]) for e in errors if e["type"] == "extra_forbidden" and len(e["loc"]) == 1
    }
    if not all(str(key) in unknown for key in data):
        return None
    line = min((ln for ln, _ in located.marks.values()), default=None)
    return Problem(file, msg("file.foreign", count=len(data)), line=line)


def _at(data: Any, loc: tuple[Any, ...]) -> Any:
    """The raw value at a key path (keys compared as text), or None."""
    for part in loc:
        if isinstance(data, dict):
            data = next((v for k, v in data.items() if str(k) == str(part)), None)
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return None
    return data


def _is_year_text(text: str) -> bool:
    """Digits int() reads (not superscripts or circled digits), and few enough to be a year."""
    return text.isdecimal() and len(text) <= 8
