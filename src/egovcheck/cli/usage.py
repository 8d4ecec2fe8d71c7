"""Running the application, with usage errors told in the run's language.

Typer reports a usage error (an unknown option or command, a missing argument, a value not
allowed) in English words of its own. Here the command line runs with those errors raised
instead of printed; their facts are read off the exception and ``views/usage.py`` tells them
in the language of the help (``--lang``, else ``EGOVCHECK_LANG``, else ``LANG``, else vi).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from egovcheck.cli.common import HELP_LANG, err
from egovcheck.errors import ExitCode, Msg, msg
from egovcheck.messages import render

if TYPE_CHECKING:
    from typer._click import Command, Context
    from typer._click.exceptions import UsageError

    from egovcheck.views.usage import Param


def run(app: typer.Typer, args: list[str] | None = None) -> NoReturn:
    """Run ``app`` on ``args`` (the command line) and exit with its code."""
    from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError

    argv = sys.argv[1:] if args is None else args
    root = typer.main.get_command(app)
    try:
        code = root.main(args=argv, standalone_mode=False)
    except NoArgsIsHelpError as exc:
        exc.show()  # the help, in the help's language
        sys.exit(exc.exit_code)
    except UsageError as exc:
        if exc.ctx is not None:
            _, _, usage = exc.ctx.get_usage().strip().partition(" ")  # after "Usage:"
            err(render(msg("usage.line", usage=usage), HELP_LANG))
            err(render(msg("usage.help", command=exc.ctx.command_path), HELP_LANG))
            err("")
        err(f"error: {render(describe(exc, argv, root), HELP_LANG)}")
        sys.exit(ExitCode.USAGE)
    except ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except typer.Abort:
        err(render(msg("usage.aborted"), HELP_LANG))
        sys.exit(ExitCode.INTERRUPTED)
    sys.exit(code if isinstance(code, int) else ExitCode.OK)


def describe(exc: UsageError, argv: list[str], root: Command) -> Msg:
    """What was wrong, from the exception's facts."""
    from typer._click.exceptions import (
        BadOptionUsage,
        BadParameter,
        MissingParameter,
        NoSuchOption,
    )

    from egovcheck.views import usage as tell

    ctx = exc.ctx
    if isinstance(exc, NoSuchOption):
        return tell.no_such_option(exc.option_name, list(exc.possibilities or ()))
    if isinstance(exc, MissingParameter) and exc.param is not None:
        return tell.missing(_param(exc.param))
    if isinstance(exc, BadParameter) and exc.param is not None:
        return tell.bad_value(_param(exc.param), argv)
    if isinstance(exc, BadOptionUsage):
        command = ctx.command if ctx is not None else _command_of(root, argv)
        named = (p for p in command.params if exc.option_name in getattr(p, "opts", []))
        option = next(named, None)
        return tell.option_value(exc.option_name, bool(getattr(option, "is_flag", False)))
    if ctx is not None:
        path = tuple(ctx.command_path.split()[1:])
        commands = getattr(ctx.command, "commands", None)
        if commands is not None:
            # A group's options take values (``baselines --lang en shw``): its parser says
            # which word names the command.
            words = _left_over(ctx, tell.after_path(path, argv))
            told = tell.unknown_command(tell.Group(path, list(commands)), argv, words)
            if told is not None:
                return told
        else:
            left = _left_over(ctx, tell.after_path(path, argv)) or []
            if left:
                return tell.extra(left)
    return tell.other(exc.format_message())


def _param(param: Any) -> Param:
    """A parser parameter as the facts the messages need."""
    from enum import Enum

    from egovcheck.views.usage import Param

    descriptor = getattr(param, "type_descriptor", None)
    annotation = getattr(descriptor, "annotation", None)
    # Typer 0.29 keeps a path's constraints with the declaration, older ones on a Path type.
    info = getattr(descriptor, "parameter_info", None) or getattr(param, "type", None)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        choices = tuple(str(member.value) for member in annotation)
    else:
        choices = tuple(str(c) for c in getattr(getattr(param, "type", None), "choices", ()) or ())
    option = getattr(param, "param_type_name", "") == "option"
    names = [n for n in getattr(param, "opts", []) if n.startswith("-")] if option else []
    return Param(
        names=tuple(names) or (str(param.metavar or (param.name or "").upper()),),
        option=option,
        flag=bool(getattr(param, "is_flag", False)),
        choices=choices,
        file_okay=getattr(info, "file_okay", True),
        dir_okay=getattr(info, "dir_okay", True),
        exists=getattr(info, "exists", False),
    )


def _command_of(root: Command, argv: list[str]) -> Command:
    """The command the words of the command line name (the root when they name none)."""
    command = root
    for word in (a for a in argv if not a.startswith("-")):
        sub = getattr(command, "commands", {}).get(word)
        if sub is None:
            break
        command = sub
    return command


def _left_over(ctx: Context, words: list[str]) -> list[str] | None:
    """The words beyond a command's arguments: its own parser hands out the rest.

    None when the line fails in another way as well.
    """
    try:
        _, positional, _ = ctx.command.make_parser(ctx).parse_args(args=words)
    except Exception:  # the line fails in another way as well
        return None
    return list(positional)
