"""The ``agent-app`` command line: the window by default, and the command groups.

    agent-app                     start the app (local store unless settings say otherwise)
    agent-app --demo              start on the local store, filled with demo data if empty
    agent-app --self-test         check this installation offscreen
    agent-app screenshots --out D write a PNG of each main screen (offscreen)
    agent-app GROUP ...           a command group (``agent-app --help`` lists them)

Each command group is a module of this package with ``add_commands(subparsers)`` and
``COMMANDS`` (top-level command -> handler ``(args) -> exit status``); what they share is in
:mod:`agent_app.cli.common`. The groups are found in one place, :func:`command_modules`: a
capability of ``services.registry`` brings ``agent_app.cli.<capability>`` when that module
exists (as the UI finds ``agent_app.ui.<capability>``), and :data:`SHARED_GROUPS` adds the
groups that belong to no capability. Adding a capability's commands is adding its module.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from collections.abc import Sequence
from functools import lru_cache
from types import ModuleType

from agent_app import __version__
from agent_app.services import registry

# Command groups of no single capability: the store (db, demo), the outbox, the server.
SHARED_GROUPS = ("store", "outbox", "server")


@lru_cache(maxsize=1)
def command_modules() -> tuple[ModuleType, ...]:
    """The shared groups, then each registered capability's group where it has one."""
    names = [*SHARED_GROUPS, *(capability.name for capability in registry.CAPABILITIES)]
    found = []
    for name in names:
        module = f"{__package__}.{name}"
        if importlib.util.find_spec(module) is not None:
            found.append(importlib.import_module(module))
    return tuple(found)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="agent-app", description="Agent Desk")
    parser.add_argument("--version", action="version", version=f"Agent Desk {__version__}")
    parser.add_argument("--store", metavar="URL", help="store URL (default: from settings)")
    parser.add_argument("--demo", action="store_true", help="start with demo data")
    parser.add_argument("--language", help="UI language for this run (en, sl, bg, sr_Latn...)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (store, keyring, documents, translations, "
        "window) offscreen; exit status 0 only if every check passes",
    )
    commands = parser.add_subparsers(dest="command")

    shots = commands.add_parser("screenshots", help="write PNGs of the main screens")
    shots.add_argument("--out", default="docs/screenshots", help="target folder")

    for group in command_modules():
        group.add_commands(commands)
    return parser


def _import_services_before_qt() -> None:
    """The services the sign-in window uses (with httpx: about 200 modules), imported before
    PySide6. Once PySide6 is imported, its ``__feature__`` import hook reads the source of each
    module an import statement names for the first time (``inspect.getsource``, to see whether
    the module uses PySide); the modules these bring in before Qt are never named again, so
    never read (issue 16). SQLAlchemy and the models come after the window (the store, or the
    remote store's codecs in the background)."""
    # httpx imports its command line (httpx._main, with click, rich and pygments: about 80
    # modules, 30 ms) whenever those happen to be installed; the desktop never runs it. None in
    # sys.modules fails that import as if they were not installed, which httpx provides for.
    blocked = "httpx" not in sys.modules and "httpx._main" not in sys.modules
    if blocked:
        sys.modules["httpx._main"] = None  # type: ignore[assignment]
    try:
        import agent_app.services.remote
    finally:
        if blocked:
            del sys.modules["httpx._main"]
    # httpx's transport, imported by httpx when its first client is made (in the thread that
    # reaches the server, held back by the start's imports), otherwise
    import httpcore  # noqa: F401

    import agent_app.services.access
    import agent_app.services.settings  # noqa: F401


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from agent_app.logs import configure_logging

    configure_logging()
    if args.self_test:
        from agent_app.ui.shell.selftest import run_self_test

        return run_self_test()
    for group in command_modules():
        if args.command in group.COMMANDS:
            return int(group.COMMANDS[args.command](args))
    if args.command == "screenshots":
        from agent_app.ui.shell.screenshots import write_screenshots

        return write_screenshots(args.out, language=args.language or "en")
    _import_services_before_qt()
    from agent_app.services.remote import reach_server
    from agent_app.services.settings import load_settings

    settings = load_settings()
    # The server's connection begun now, in a thread: its round trips pass while Qt loads.
    reached = reach_server(settings, store_url=args.store, demo=args.demo)
    if reached is None:
        # This computer's store, opened before the sign-in window: SQLAlchemy and the tables
        # before Qt too (the same 500 modules PySide6's hook would read otherwise).
        import agent_app.services.setup
        import agent_app.services.store_access  # noqa: F401
    from agent_app.ui.shell.app import run_gui

    return run_gui(
        store_url=args.store,
        demo=args.demo,
        language=args.language,
        settings=settings,
        reached=reached,
    )


if __name__ == "__main__":
    sys.exit(main())
