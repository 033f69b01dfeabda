"""No service can raise a message key the UI cannot say.

Reads every module in ``agent_app/services`` (its syntax tree, not a regular expression, so a
call split over lines or a keyword argument is still found) and collects the keys:

* ``errors.add(field, "code", ...)`` (any ``.add`` whose second argument is a key),
* ``SomethingError("code", ...)``, ``ServiceError(...)``, ``InvalidIdentifier(...)``,
* ``code = "..."`` class attributes,
* ``return "code"`` in helpers that pick a key,

and ``f"id.{kind.value}_format"`` keys expanded over every :class:`IdKind`. Each must have a
text in :data:`agent_app.ui.kit.messages.MESSAGES`.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import agent_app.services
from agent_app.services.customers.national_ids import IdKind
from agent_app.ui.kit.messages import all_messages

SERVICES = Path(agent_app.services.__file__).parent
KEY = re.compile(r"(error|auth|customer|id|import|connection|[a-z]+)\.[a-z0-9_]+")
EXCEPTIONS = re.compile(r"(Error|Exception|InvalidIdentifier)$")
# Placeholders an f-string key may use, and the values they take.
PLACEHOLDERS = {
    "kind.value": [kind.value for kind in IdKind],
    "kind": [kind.value for kind in IdKind],
}


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _keys_in(node: ast.AST, constants: dict[str, str]) -> set[str]:
    """Message keys a node can be: a string, an f-string, a module constant holding a key,
    possibly inside a helper call (``_stdnum_code(exc, f"id.{kind.value}_format")``)."""
    if isinstance(node, ast.Constant):
        is_key = isinstance(node.value, str) and KEY.fullmatch(node.value)
        return {node.value} if is_key else set()
    if isinstance(node, ast.JoinedStr):
        return _expand(node)  # its pieces ("id.") are not keys of their own
    if isinstance(node, ast.Name):
        value = constants.get(node.id)
        return {value} if value is not None and KEY.fullmatch(value) else set()
    found: set[str] = set()
    for child in ast.iter_child_nodes(node):
        found |= _keys_in(child, constants)
    return found


def _expand(node: ast.JoinedStr) -> set[str]:
    """The keys an f-string can give; nothing for an f-string that is not key-shaped (a
    programmer's ValueError text, say)."""
    first = node.values[0] if node.values else None
    if not (
        isinstance(first, ast.Constant) and re.fullmatch(r"[a-z_]+\.[a-z0-9_]*", str(first.value))
    ):
        return set()
    parts: list[list[str]] = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append([str(value.value)])
        elif isinstance(value, ast.FormattedValue):
            choices = _values(value.value)
            if choices is None:
                raise AssertionError(
                    f"f-string message key with {{{ast.unparse(value.value)}}}: "
                    f"teach this test its values ({ast.unparse(node)})"
                )
            parts.append(choices)
    keys = {""}
    for choices in parts:
        keys = {key + choice for key in keys for choice in choices}
    return {key for key in keys if KEY.fullmatch(key)}


def _values(expr: ast.expr) -> list[str] | None:
    """What a placeholder can be: a constant, either branch of ``a if c else b``, or a known
    placeholder such as ``kind.value``; None when the test cannot tell."""
    if isinstance(expr, ast.Constant):
        return [str(expr.value)]
    if isinstance(expr, ast.IfExp):
        body, orelse = _values(expr.body), _values(expr.orelse)
        return None if body is None or orelse is None else body + orelse
    return PLACEHOLDERS.get(ast.unparse(expr))


def raised_keys(source: str) -> set[str]:
    tree = ast.parse(source)
    constants = {  # module-level NAME = "key", raised by name
        target.id: statement.value.value
        for statement in tree.body
        if isinstance(statement, ast.Assign)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
        for target in statement.targets
        if isinstance(target, ast.Name)
    }
    keys: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name == "add" and len(node.args) >= 2:
                keys |= _keys_in(node.args[1], constants)
            elif EXCEPTIONS.search(name) and node.args:
                keys |= _keys_in(node.args[0], constants)
        elif isinstance(node, ast.ClassDef):
            for statement in node.body:
                targets = []
                if isinstance(statement, ast.Assign):
                    targets = [t.id for t in statement.targets if isinstance(t, ast.Name)]
                    value = statement.value
                elif isinstance(statement, ast.AnnAssign) and isinstance(
                    statement.target, ast.Name
                ):
                    targets = [statement.target.id]
                    value = statement.value
                if "code" in targets and value is not None:
                    keys |= _keys_in(value, constants)
        elif isinstance(node, ast.FunctionDef) and "code" in node.name:
            for child in ast.walk(node):
                if isinstance(child, ast.Return) and child.value is not None:
                    keys |= _keys_in(child.value, constants)
    return keys


def all_raised_keys() -> dict[str, set[str]]:
    return {
        str(path.relative_to(SERVICES)): raised_keys(path.read_text("utf-8"))
        for path in sorted(SERVICES.rglob("*.py"))
    }


def test_the_scan_finds_the_keys_it_should():
    found = set().union(*all_raised_keys().values())
    for key in (
        "customer.possible_duplicates",
        "customer.birth_date_future",
        "id.bad_checksum",
        "id.already_registered",
        "id.si_tax_format",
        "id.bg_lnch_format",
        "error.wrong_market",
        "error.changed_by_someone_else",
        "auth.account_locked",
        "customer.contact_evidence_required",
        "error.required",
    ):
        assert key in found, key


def test_the_scan_reads_every_form_of_raising():
    source = """
NAMED = "x.named"
class Problem(ServiceError):
    code = "x.class_code"
def check(errors, kind):
    errors.add(f"identifier.{index}", "x.added", maximum=3)
    errors.add(
        "field",
        "x.split_over_lines",
    )
    raise InvalidIdentifier(_pick(exc, f"x.{kind.value}_format"))
    raise PermissionDeniedError("x.raised", market="SI")
    raise ServiceError(f"x.no_{'email' if channel == 'email' else 'mobile'}"
                       "_of_record")
    raise CodeRefusedError(NAMED)
def _stdnum_code(exc):
    return "x.returned"
"""
    keys = raised_keys(source)
    assert {
        "x.class_code",
        "x.added",
        "x.split_over_lines",
        "x.raised",
        "x.returned",
        "x.si_tax_format",
        "x.rs_jmbg_format",
        "x.no_email_of_record",
        "x.no_mobile_of_record",
        "x.named",
    } <= keys
    assert not {"identifier.index", "x.no_"} & keys


def test_every_message_key_a_service_raises_has_a_text():
    missing = {
        f"{module}: {key}"
        for module, keys in all_raised_keys().items()
        for key in keys
        if key not in all_messages()
    }
    assert not missing, "no text in agent_app/ui/messages.py MESSAGES for:\n" + "\n".join(
        sorted(missing)
    )
