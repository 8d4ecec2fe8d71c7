"""Usage errors told from their facts: what the command line got wrong, as egovcheck's messages.

The facts come from the argument parser (``cli/usage.py`` reads them off its exceptions); what
it does not say is read here from the command line itself: the value given to an option, the
word naming an unknown command, why a path was refused.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from egovcheck.errors import Msg, msg
from egovcheck.inputs import option_values
from egovcheck.textsafe import one_line


@dataclass(frozen=True)
class Param:
    """An option or argument as the parser declares it."""

    names: tuple[str, ...]  # "--fail-on", or the metavar of an argument
    option: bool = True
    flag: bool = False
    choices: tuple[str, ...] = ()
    file_okay: bool = True
    dir_okay: bool = True
    exists: bool = False

    @property
    def hint(self) -> str:
        """``'--format' / '-f'``, or ``'PLAN...'``."""
        return " / ".join(f"'{n}'" for n in self.names)


@dataclass(frozen=True)
class Group:
    """A group of commands: its path below the program and its command names."""

    path: tuple[str, ...]
    commands: Sequence[str] = field(default_factory=tuple)


def no_such_option(option: str, possibilities: Sequence[str]) -> Msg:
    """An unknown option, with the closest known one."""
    best = difflib.get_close_matches(option, list(possibilities), n=1)
    suggestion = shown(best[0]) if best else ""
    return msg("usage.no_such_option", option=shown(option), suggestion=suggestion)


def missing(param: Param) -> Msg:
    """A required option or argument left out."""
    key = "usage.missing_option" if param.option else "usage.missing_argument"
    return msg(key, name=param.hint)


def bad_value(param: Param, argv: Sequence[str]) -> Msg:
    """A value an option does not take: its choices when they are a fixed set, or the reason."""
    value = given(param, argv)
    if value is None:
        return msg("usage.bad_value_of", name=param.hint, allowed=list(param.choices))
    if not param.choices:
        reason = path_reason(param, value)
        if reason:
            return msg(reason, name=param.hint, value=shown(value))
    return msg("usage.bad_value", name=param.hint, value=shown(value), allowed=list(param.choices))


def option_value(option: str, flag: bool) -> Msg:
    """A flag given a value, or an option given none."""
    return msg("usage.takes_no_value" if flag else "usage.needs_value", option=shown(option))


def unknown_command(
    group: Group, argv: Sequence[str], words: Sequence[str] | None = None
) -> Msg | None:
    """The group's missing or unknown command, when the command line shows which.

    ``words``: what the group's own parser left over (its options and their values taken),
    the command's name first; without them, the name is read off ``argv``.
    """
    word = command_word(group, argv) if words is None else (words[0] if words else None)
    if word is None:
        return msg("usage.missing_command")
    if word in group.commands:
        return None
    best = difflib.get_close_matches(word, list(group.commands), n=1)
    return msg("usage.no_such_command", name=shown(word), suggestion=best[0] if best else "")


def extra(words: Sequence[str]) -> Msg:
    """Words beyond what a command takes."""
    return msg("usage.extra", args=" ".join(shown(w) for w in words))


def other(detail: str) -> Msg:
    """An error with no facts to read: the parser's own words inside egovcheck's sentence."""
    return msg("usage.other", detail=shown(detail))


def given(param: Param, argv: Sequence[str]) -> str | None:
    """The value the command line gave an option that the parser refused, if one did.

    Spelled ``--opt V``, ``--opt=V`` or ``-oV``; of several, the last one the option's choices
    or path constraints refuse, else the last (the one an option given once keeps).
    """
    values = given_all(param, argv)
    refused = [v for v in values if _refused(param, v)] or values
    return refused[-1] if refused else None


def given_all(param: Param, argv: Sequence[str]) -> list[str]:
    """Every value the command line gives an option, in order (none after ``--``)."""
    return option_values(param.names, argv) if param.option else []


def _refused(param: Param, value: str) -> bool:
    """Whether ``param`` refuses ``value``: not one of its choices, or a path it does not take."""
    if param.choices:
        return value not in param.choices
    return path_reason(param, value) is not None


def path_reason(param: Param, value: str) -> str | None:
    """Why a path option refused ``value``: a file for a folder, a folder for a file, none."""
    if not param.file_okay and os.path.isfile(value):
        return "usage.not_a_folder"
    if not param.dir_okay and os.path.isdir(value):
        return "usage.not_a_file"
    if param.exists and not os.path.exists(value):
        return "usage.no_such_path"
    return None


def command_word(group: Group, argv: Sequence[str]) -> str | None:
    """The word after the group's own name on the command line.

    The program's own options are flags (``--version``, ``--help``), so the words that are not
    options are the group names followed by the command.
    """
    words = [a for a in argv if not a.startswith("-")]
    for name in group.path:
        if words and words[0] == name:
            words.pop(0)
    return words[0] if words else None


def after_path(path: Sequence[str], argv: Sequence[str]) -> list[str]:
    """What the command line gives a command, the words naming it (and its groups) left out."""
    rest = list(argv)
    for word in path:
        if word in rest:
            rest = rest[rest.index(word) + 1 :]
    return rest


def shown(text: str) -> str:
    """Command-line text in a message: one line, no terminal escape sequence."""
    return one_line(str(text))
