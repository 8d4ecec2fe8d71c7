"""Running the application, with usage errors told in the run's language.

Typer reports a usage error (an unknown option or command, a missing argument, a value not
allowed) in English words of its own. Here the command line runs with those errors raised
instead of printed, and each is told again from its facts (the option, the parameter, its
choices, the command names) in the language of the help: ``--lang``, else ``EGOVCHECK_LANG``,
else ``LANG``, else Vietnamese. An error this module has no facts for keeps Typer's own words,
inside a sentence of the run's language.
"""

from __future__ import annotations

import difflib
import sys
from typing import TYPE_CHECKING, NoReturn

import typer

from egovcheck.cli.common import HELP_LANG, err
from egovcheck.errors import ExitCode, Msg, msg
from egovcheck.messages import render
from egovcheck.textsafe import one_line

if TYPE_CHECKING:
    from typer._click import Command, Context, Parameter
    from typer._click.exceptions import UsageError


def run(app: typer.Typer, args: list[str] | None = None) -> NoReturn:
    """Run ``app`` on ``args`` (the command line) and exit with its code."""
    from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError

    argv = sys.argv[1:] if args is None else args
    command = typer.main.get_command(app)
    try:
        code = command.main(args=argv, standalone_mode=False)
    except NoArgsIsHelpError as exc:
        exc.show()  # the help, in the help's language
        sys.exit(exc.exit_code)
    except UsageError as exc:
        show(exc, argv, HELP_LANG, command)
        sys.exit(ExitCode.USAGE)
    except ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except typer.Abort:
        err(render(msg("usage.aborted"), HELP_LANG))
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else ExitCode.OK)


def show(exc: UsageError, argv: list[str], lang: str, root: Command) -> None:
    """The usage line, where to find help, and what was wrong, on stderr."""
    ctx = exc.ctx
    if ctx is not None:
        usage = ctx.get_usage().strip()
        _, _, rest = usage.partition(" ")  # the formatter's own "Usage:" word
        err(render(msg("usage.line", usage=rest or usage), lang))
        err(render(msg("usage.help", command=ctx.command_path), lang))
        err("")
    err(f"error: {render(describe(exc, argv, root), lang)}")


def describe(exc: UsageError, argv: list[str], root: Command) -> Msg:
    """What was wrong, as a message of egovcheck's own."""
    from typer._click.exceptions import (
        BadOptionUsage,
        BadParameter,
        MissingParameter,
        NoSuchOption,
    )

    ctx = exc.ctx
    if isinstance(exc, NoSuchOption):
        best = difflib.get_close_matches(exc.option_name, list(exc.possibilities or ()), n=1)
        return msg(
            "usage.no_such_option",
            option=_shown(exc.option_name),
            suggestion=_shown(best[0]) if best else "",
        )
    if isinstance(exc, MissingParameter):
        given = exc.param_hint
        hint = given if isinstance(given, str) else " / ".join(given or ())
        name = _hint(exc.param, ctx) or _shown(hint)
        kind = "option" if getattr(exc.param, "param_type_name", "") == "option" else "argument"
        return msg(f"usage.missing_{kind}", name=name)
    if isinstance(exc, BadParameter):
        return _bad_value(exc.param, ctx, argv)
    if isinstance(exc, BadOptionUsage):
        command = ctx.command if ctx is not None else _command_of(root, argv)
        named = (p for p in command.params if exc.option_name in getattr(p, "opts", []))
        option = next(named, None)
        flag = option is not None and getattr(option, "is_flag", False)
        key = "usage.takes_no_value" if flag else "usage.needs_value"
        return msg(key, option=_shown(exc.option_name))
    if ctx is not None and not hasattr(ctx.command, "commands"):
        extra = _extra_arguments(ctx, argv)
        if extra:
            return msg("usage.extra", args=" ".join(_shown(a) for a in extra))
    if ctx is not None and hasattr(ctx.command, "commands"):
        word = _command_token(ctx, argv)
        if word is None:
            return msg("usage.missing_command")
        if word not in ctx.command.commands:
            best = difflib.get_close_matches(word, list(ctx.command.commands), n=1)
            suggestion = best[0] if best else ""
            return msg("usage.no_such_command", name=_shown(word), suggestion=suggestion)
    return msg("usage.other", detail=_shown(exc.format_message()))


def _bad_value(param: Parameter | None, ctx: Context | None, argv: list[str]) -> Msg:
    """A value an option or argument does not take: its choices when it has a fixed set."""
    name = _hint(param, ctx) or "?"
    choices = _choices(param)
    value = _given(param, argv)
    if choices:
        if value is None:
            return msg("usage.bad_value_of", name=name, allowed=choices)
        return msg("usage.bad_value", name=name, value=_shown(value), allowed=choices)
    if value is None:
        return msg("usage.bad_value_of", name=name)
    reason = _path_reason(param, value)
    if reason:
        return msg(reason, name=name, value=_shown(value))
    return msg("usage.bad_value", name=name, value=_shown(value))


def _path_reason(param: Parameter | None, value: str) -> str | None:
    """Why a path option refused ``value``: a file for a folder, a folder for a file, none."""
    import os

    info = getattr(getattr(param, "type_descriptor", None), "parameter_info", None)
    if info is None:
        return None
    if not getattr(info, "file_okay", True) and os.path.isfile(value):
        return "usage.not_a_folder"
    if not getattr(info, "dir_okay", True) and os.path.isdir(value):
        return "usage.not_a_file"
    if getattr(info, "exists", False) and not os.path.exists(value):
        return "usage.no_such_path"
    return None


def _choices(param: Parameter | None) -> list[str]:
    """The values a parameter allows, when they are a fixed set (an Enum or a Literal)."""
    from enum import Enum

    descriptor = getattr(param, "type_descriptor", None)
    annotation = getattr(descriptor, "annotation", None)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [str(member.value) for member in annotation]
    choices = getattr(getattr(param, "type", None), "choices", None)
    return [str(getattr(c, "value", c)) for c in choices] if choices else []


def _given(param: Parameter | None, argv: list[str]) -> str | None:
    """The value the command line gave an option (``--opt V`` or ``--opt=V``), if one did."""
    names = list(getattr(param, "opts", [])) if param is not None else []
    if getattr(param, "param_type_name", "") != "option":
        return None
    for i, arg in enumerate(argv):
        for name in names:
            if arg == name and i + 1 < len(argv):
                return argv[i + 1]
            if name.startswith("--") and arg.startswith(name + "="):
                return arg[len(name) + 1 :]
    return None


def _hint(param: Parameter | None, ctx: Context | None) -> str | None:
    if param is None:
        return None
    names = [n for n in getattr(param, "opts", []) if n.startswith("-")]
    if names:
        return " / ".join(f"'{n}'" for n in names)
    return f"'{param.metavar or (param.name or '').upper()}'"


def _command_of(root: Command, argv: list[str]) -> Command:
    """The command the words of the command line name (the root when they name none)."""
    command = root
    for word in (a for a in argv if not a.startswith("-")):
        sub = getattr(command, "commands", {}).get(word)
        if sub is None:
            break
        command = sub
    return command


def _extra_arguments(ctx: Context, argv: list[str]) -> list[str]:
    """The words a command was given beyond its arguments, read again by its own parser.

    The parser hands the arguments their words and returns what is left over.
    """
    words = ctx.command_path.split()[1:]
    rest = list(argv)
    for word in words:  # drop the command path (the root's own options are flags)
        if word in rest:
            rest = rest[rest.index(word) + 1 :]
    try:
        _, positional, _ = ctx.command.make_parser(ctx).parse_args(args=rest)
    except Exception:  # the line fails in another way as well: no extra words to name
        return []
    return list(positional)  # what the command's arguments did not take


def _command_token(ctx: Context, argv: list[str]) -> str | None:
    """The word after the group's own name (and its options) on the command line."""
    path = ctx.command_path.split()[1:]  # the groups below the program, e.g. ["baselines"]
    words = [a for a in argv if not a.startswith("-")]
    # The root's only options are flags (--version, --help, --lang VALUE is a command's), so
    # the words are the group names followed by the command.
    for group in path:
        if words and words[0] == group:
            words.pop(0)
    return words[0] if words else None


def _shown(text: str) -> str:
    """Command-line text in a message: one line, no terminal escape sequence."""
    return one_line(str(text))
