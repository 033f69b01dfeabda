"""Every action code a service writes to the audit trail has a name in words.

Reads the syntax tree of every module under ``agent_app`` outside the UI (as
tests/shared/test_messages_complete.py does for message keys) and collects the ``action`` argument
of each ``record(...)`` call: a string, either branch of ``a if c else b``, a module constant, a
parameter of the enclosing helper (then every call of that helper in the module), or an f-string
over a known enumeration. A form it cannot read fails the test, so a new one gets taught here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import agent_app
from agent_app.services.customers.imports import ImportKind
from agent_app.ui.kit import audit_texts

PACKAGE = Path(agent_app.__file__).parent
PLACEHOLDERS = {"summary.kind": [kind.value for kind in ImportKind]}


def _constants(tree: ast.Module) -> dict[str, str]:
    return {
        target.id: statement.value.value
        for statement in tree.body
        if isinstance(statement, ast.Assign)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
        for target in statement.targets
        if isinstance(target, ast.Name)
    }


def _called(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _action_argument(call: ast.Call) -> ast.expr | None:
    if len(call.args) >= 3:
        return call.args[2]
    return next((k.value for k in call.keywords if k.arg == "action"), None)


class _Scan:
    def __init__(self, tree: ast.Module, where: str) -> None:
        self.tree = tree
        self.where = where
        self.constants = _constants(tree)
        self.functions = {
            node.name: node
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        }

    def values(self, node: ast.expr, function: ast.AST | None) -> set[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.IfExp):
            return self.values(node.body, function) | self.values(node.orelse, function)
        if isinstance(node, ast.Name) and node.id in self.constants:
            return {self.constants[node.id]}
        if isinstance(node, ast.Name) and isinstance(function, ast.FunctionDef):
            names = [a.arg for a in function.args.args]
            if node.id in names:
                return self._passed_to(function.name, names.index(node.id), node.id)
            unpacked = self._unpacked_from_table(node.id, function)
            if unpacked is not None:
                return unpacked
        if isinstance(node, ast.JoinedStr):
            keys = {""}
            for part in node.values:
                if isinstance(part, ast.Constant):
                    keys = {key + str(part.value) for key in keys}
                elif isinstance(part, ast.FormattedValue):
                    choices = PLACEHOLDERS.get(ast.unparse(part.value))
                    if choices is None:
                        break
                    keys = {key + choice for key in keys for choice in choices}
            else:
                return keys
        raise AssertionError(
            f"{self.where}: cannot tell which actions {ast.unparse(node)!r} is; teach this test"
        )

    def _unpacked_from_table(self, name: str, function: ast.AST) -> set[str] | None:
        """``action, entity, key = TABLE[call]`` with TABLE a module dict of tuples: the
        ``action`` position of every tuple in it."""
        for statement in ast.walk(function):
            if not (
                isinstance(statement, ast.Assign)
                and isinstance(statement.targets[0], ast.Tuple)
                and isinstance(statement.value, ast.Subscript)
                and isinstance(statement.value.value, ast.Name)
            ):
                continue
            targets = [t.id for t in statement.targets[0].elts if isinstance(t, ast.Name)]
            if name not in targets:
                continue
            table = next(
                (
                    top.value
                    for top in self.tree.body
                    if isinstance(top, ast.Assign | ast.AnnAssign)
                    and isinstance(top.value, ast.Dict)
                    and any(
                        isinstance(t, ast.Name) and t.id == statement.value.value.id
                        for t in (top.targets if isinstance(top, ast.Assign) else [top.target])
                    )
                ),
                None,
            )
            if table is None:
                return None
            position = targets.index(name)
            return {
                item.elts[position].value
                for item in table.values
                if isinstance(item, ast.Tuple) and isinstance(item.elts[position], ast.Constant)
            }
        return None

    def _passed_to(self, helper: str, position: int, name: str) -> set[str]:
        found: set[str] = set()
        for function in self.functions.values():
            for call in ast.walk(function):
                if isinstance(call, ast.Call) and _called(call) == helper:
                    if len(call.args) > position:
                        found |= self.values(call.args[position], function)
                    else:
                        keyword = next((k.value for k in call.keywords if k.arg == name), None)
                        if keyword is not None:
                            found |= self.values(keyword, function)
        return found

    def actions(self) -> set[str]:
        """Each ``record`` call read in its innermost enclosing function."""
        found: set[str] = set()

        def visit(node: ast.AST, function: ast.AST | None) -> None:
            for child in ast.iter_child_nodes(node):
                inner = child if isinstance(child, ast.FunctionDef) else function
                if isinstance(child, ast.Call) and _called(child) == "record":
                    argument = _action_argument(child)
                    if argument is not None:
                        found.update(self.values(argument, function))
                visit(child, inner)

        visit(self.tree, None)
        return found


def written_actions() -> set[str]:
    found: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        source = path.read_text("utf-8")
        if "record(" not in source:
            continue
        found |= _Scan(ast.parse(source), str(path.relative_to(PACKAGE))).actions()
    return found


def test_the_scan_reads_every_way_an_action_is_written():
    source = """
NAMED = "x.named"
def _helper(session, action, code_id):
    audit.record(session, None, action, entity="security_code")
def caller(session, kind):
    _helper(session, "x.passed", 1)
    _helper(session, action="x.by_keyword", code_id=2)
    audit.record(session, actor, "x.plain")
    audit.record(session, actor, "x.on" if on else "x.off")
    audit.record(session, actor, NAMED)
    audit.record(session, actor, f"x.{summary.kind}")
"""
    found = _Scan(ast.parse(source), "example").actions()
    assert found == {
        "x.passed",
        "x.by_keyword",
        "x.plain",
        "x.on",
        "x.off",
        "x.named",
        "x.customers",
        "x.policies",
        "x.claims",
    }
    with pytest.raises(AssertionError, match="teach this test"):
        _Scan(ast.parse("def f(s):\n    audit.record(s, None, make())\n"), "x").actions()


def test_every_action_the_services_write_has_a_name():
    actions = written_actions()
    assert {"customer.updated", "access.denied", "portal_code.locked", "import.claims"} <= actions
    missing = sorted(action for action in actions if action not in audit_texts.ACTION_NAMES)
    assert not missing, "no name in agent_app/ui/kit/audit_texts.py ACTION_NAMES for: " + ", ".join(
        missing
    )


def test_details_read_as_words_with_before_and_after(qt_app):
    lines = audit_texts.detail_lines(
        {
            "contact_changed": ["email", "mobile"],
            "reidentified": True,
            "email": {"before": "a@example.com", "after": "b@example.com"},
            "something_new": 3,
        }
    )
    assert lines == [
        "Contact changed: E-mail, Mobile",
        "E-mail: a@example.com → b@example.com",
        "Identified again: Yes",
        "something new: 3",
    ]
    assert audit_texts.action_name("customer.updated") == "Customer changed"
    assert audit_texts.action_name("future.action") == "future.action"


# --- reasons ------------------------------------------------------------------------------------

# the calls whose argument is a reason the audit trail records, and which argument
REASON_ARGUMENTS = {
    "record_sign_out": 2,
    "sign_out": 0,
    "_leave": 0,
    "_refusal_audit": 4,
    "record_lock": 2,
    "lock": 0,
}


def written_reasons() -> set[str]:
    """Every literal reason code: ``details={"reason": "..."}`` anywhere in the package, and the
    literal reason of each call that passes one on to the audit trail."""
    found: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if (
                        isinstance(key, ast.Constant)
                        and key.value == "reason"
                        and isinstance(value, ast.Constant)
                        and isinstance(value.value, str)
                    ):
                        found.add(value.value)
            if isinstance(node, ast.Call) and _called(node) in REASON_ARGUMENTS:
                index = REASON_ARGUMENTS[_called(node)]
                if len(node.args) > index and isinstance(node.args[index], ast.Constant):
                    found.add(str(node.args[index].value))
    from agent_app.services.auth import LOCK_REASONS

    return found | set(LOCK_REASONS)


def test_every_reason_code_the_app_writes_reads_as_words(qt_app):
    reasons = written_reasons()
    assert {"signed_out", "window_closed", "wrong_password", "idle", "by_agent"} <= reasons
    assert {"too_many_per_day", "cancelled_by_supervisor", "locked_out_at_unlock"} <= reasons
    unnamed = sorted(
        reason
        for reason in reasons
        if audit_texts.reason_text(reason) == reason or "_" in audit_texts.reason_text(reason)
    )
    assert not unnamed, "no name in audit_texts.REASON_NAMES for: " + ", ".join(unnamed)
    assert audit_texts.detail_lines({"reason": "signed_out"}) == ["Reason: Signed out by the agent"]
    # a reason typed by a person stays as typed
    assert audit_texts.reason_text("Customer asked twice") == "Customer asked twice"


# --- detail keys --------------------------------------------------------------------------------


def written_detail_keys() -> set[str]:
    """The literal keys of every ``details={...}`` (or ``details = {...}``) outside the UI."""
    keys: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = None
            if isinstance(node, ast.keyword) and node.arg == "details":
                value = node.value
            elif isinstance(node, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == "details" for target in node.targets
            ):
                value = node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                value = node.value if node.target.id == "details" else None
            if isinstance(value, ast.Dict):
                keys |= {
                    key.value
                    for key in value.keys
                    if isinstance(key, ast.Constant) and isinstance(key.value, str)
                }
    return keys


def test_every_detail_key_the_services_write_has_a_name():
    """A key without a name showed as its code ("other customer id: 12") in the audit view."""
    keys = written_detail_keys()
    assert {"other_customer_id", "reason", "members", "seconds", "total"} <= keys
    missing = sorted(key for key in keys if key not in audit_texts.DETAIL_NAMES)
    assert not missing, "no name in audit_texts.DETAIL_NAMES for: " + ", ".join(missing)
