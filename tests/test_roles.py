"""Unit tests of role naming (server_schema.roles) and the password policy.

No database: these rules run before anything reaches PostgreSQL."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server_schema.errors import DomainError, ValidationError
from server_schema.roles import (
    ADMIN,
    MAX_OPERATOR_CODE,
    MAX_ROLE_BYTES,
    OPERATOR_INFIX,
    OWNER,
    STAFF,
    RoleNames,
    default_prefix,
    normalise_code,
)
from server_schema.setup import MIN_PASSWORD_LENGTH, check_password

#: The longest prefix that still leaves room for "u_" and a 24-character code.
MAX_PREFIX = MAX_ROLE_BYTES - len(OPERATOR_INFIX) - MAX_OPERATOR_CODE


# -- default_prefix ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("database", "expected"),
    [
        ("aftersales", "aftersales_"),
        ("Aftersales", "aftersales_"),
        ("aftersales_demo", "aftersales_demo_"),
        ("Shop-Beijing 2026", "shop_beijing_2026_"),
        ("shop..beijing", "shop_beijing_"),
        ("__shop__", "shop_"),
        ("2026shop", "as_2026shop_"),
        ("2026", "as_2026_"),
        ("售后", "aftersales_"),
        ("售后-BJ", "bj_"),
        ("", "aftersales_"),
        ("___", "aftersales_"),
        ("-", "aftersales_"),
    ],
)
def test_default_prefix_of_odd_names(database: str, expected: str) -> None:
    assert default_prefix(database) == expected
    # Every default is a valid prefix.
    assert RoleNames(default_prefix(database)).prefix == expected


def test_default_prefix_of_a_long_name_fits_the_role_limit() -> None:
    prefix = default_prefix("a" * 200)
    assert prefix.endswith("_")
    assert len(prefix) <= MAX_PREFIX
    names = RoleNames(prefix)
    longest = names.operator("z" * MAX_OPERATOR_CODE)
    assert len(longest.encode()) <= MAX_ROLE_BYTES


def test_default_prefix_does_not_end_in_a_double_underscore_after_cutting() -> None:
    # The cut lands right after an underscore: the prefix ends in exactly one '_'.
    cut = MAX_PREFIX - 1
    database = "a" * (cut - 1) + "_" + "b" * 20
    prefix = default_prefix(database)
    assert prefix == "a" * (cut - 1) + "_"
    assert not prefix.endswith("__")
    RoleNames(prefix)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_default_prefix_is_always_valid(database: str) -> None:
    prefix = default_prefix(database)
    names = RoleNames(prefix)  # would raise if invalid
    assert prefix[0].isascii() and prefix[0].isalpha()
    assert prefix.endswith("_")
    for role in (names.owner, names.staff, names.admin, names.operator("x" * MAX_OPERATOR_CODE)):
        assert len(role.encode()) <= MAX_ROLE_BYTES


# -- RoleNames -----------------------------------------------------------------------
def test_role_names_of_a_prefix() -> None:
    names = RoleNames("shop_")
    assert names.owner == "shop_" + OWNER == "shop_owner"
    assert names.staff == "shop_" + STAFF == "shop_g_staff"
    assert names.admin == "shop_" + ADMIN == "shop_g_admin"
    assert names.operator("clerk") == "shop_u_clerk"
    # The operator's role uses the normalised code.
    assert names.operator("  Clerk ") == "shop_u_clerk"


@pytest.mark.parametrize(
    "prefix",
    [
        "",
        "_",
        "shop",  # no trailing underscore
        "Shop_",  # upper case
        "1shop_",  # starts with a digit
        "_shop_",  # starts with an underscore
        "sh-op_",
        "sh op_",
        "sh.op_",
        'sh"op_',
        "shop_;drop role x;_",
        "shöp_",  # not ASCII
        "售后_",
    ],
)
def test_role_names_refuse_bad_prefixes(prefix: str) -> None:
    with pytest.raises(ValidationError) as caught:
        RoleNames(prefix)
    assert caught.value.field == "prefix"
    assert "must start with a letter" in str(caught.value)


def test_role_names_refuse_a_prefix_with_a_trailing_newline() -> None:
    with pytest.raises(ValidationError):
        RoleNames("shop_\n")


def test_role_names_prefix_length_limit() -> None:
    longest_ok = "p" * (MAX_PREFIX - 1) + "_"
    names = RoleNames(longest_ok)
    role = names.operator("c" * MAX_OPERATOR_CODE)
    assert len(role.encode()) == MAX_ROLE_BYTES == 63

    too_long = "p" * MAX_PREFIX + "_"
    with pytest.raises(ValidationError) as caught:
        RoleNames(too_long)
    assert caught.value.field == "prefix"
    message = str(caught.value)
    assert "too long" in message and "63" in message and "24" in message


def test_role_names_is_frozen() -> None:
    names = RoleNames("shop_")
    with pytest.raises(AttributeError):
        names.prefix = "other_"  # type: ignore[misc]


def test_code_of() -> None:
    names = RoleNames("shop_")
    assert names.code_of("shop_u_clerk") == "clerk"
    assert names.code_of(names.operator("Engineer.2")) == "engineer.2"
    # Group and owner roles and other databases' roles are no operators of this one.
    assert names.code_of(names.owner) is None
    assert names.code_of(names.staff) is None
    assert names.code_of(names.admin) is None
    assert names.code_of("other_u_clerk") is None
    assert names.code_of("postgres") is None
    assert names.code_of("SHOP_u_clerk") is None


@given(st.from_regex(r"[a-z0-9][a-z0-9_.-]{0,23}", fullmatch=True))
def test_code_of_inverts_operator(code: str) -> None:
    names = RoleNames("shop_")
    assert names.code_of(names.operator(code)) == code


# -- normalise_code ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("admin", "admin"),
        ("Admin", "admin"),
        ("ADMIN", "admin"),
        ("  clerk\t", "clerk"),
        ("zhang.san", "zhang.san"),
        ("li-si_2", "li-si_2"),
        ("007", "007"),
        ("x" * MAX_OPERATOR_CODE, "x" * MAX_OPERATOR_CODE),
        (" " + "X" * MAX_OPERATOR_CODE + " ", "x" * MAX_OPERATOR_CODE),
    ],
)
def test_normalise_code_accepts_and_folds_case(raw: str, expected: str) -> None:
    assert normalise_code(raw) == expected


@pytest.mark.parametrize("raw", ["", " ", "\t\n"])
def test_normalise_code_refuses_empty(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_code(raw)
    assert caught.value.field == "code"
    assert str(caught.value) == "Enter an operator code."


def test_normalise_code_refuses_too_long() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_code("x" * (MAX_OPERATOR_CODE + 1))
    assert caught.value.field == "code"
    assert caught.value.params == {"n": MAX_OPERATOR_CODE}
    assert str(caught.value) == f"An operator code has at most {MAX_OPERATOR_CODE} characters."


@pytest.mark.parametrize(
    "raw",
    [
        "zhang san",
        "-clerk",
        ".clerk",
        "_clerk",
        "clerk!",
        'cl"erk',
        "cl'erk",
        "clerk;drop",
        "张三",
        "clérk",
        "a/b",
        "a\nb",
    ],
)
def test_normalise_code_refuses_bad_characters(raw: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_code(raw)
    assert caught.value.field == "code"
    assert "only letters, digits" in str(caught.value)


def test_validation_errors_are_domain_errors_with_templates() -> None:
    with pytest.raises(DomainError) as caught:
        normalise_code("x" * 30)
    error = caught.value
    assert error.template == "An operator code has at most {n} characters."
    assert error.message == str(error)


# -- password policy -----------------------------------------------------------------
@pytest.mark.parametrize("password", ["", "a", "Ab1!xyz", "1234567"])
def test_check_password_refuses_short(password: str) -> None:
    assert len(password) < MIN_PASSWORD_LENGTH
    with pytest.raises(ValidationError) as caught:
        check_password("clerk", password)
    assert caught.value.field == "password"
    assert str(caught.value) == f"A password has at least {MIN_PASSWORD_LENGTH} characters."


@pytest.mark.parametrize("password", ["clerk123!", "My-Clerk-Pass", "xxCLERKxx", "CLERKCLERK"])
def test_check_password_refuses_the_code(password: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_password("clerk", password)
    assert caught.value.field == "password"
    assert "must not contain the operator code" in str(caught.value)


def test_check_password_refuses_the_code_whatever_its_case() -> None:
    with pytest.raises(ValidationError):
        check_password("Admin", "myadmin2026")


@pytest.mark.parametrize("password", ["Demo@2026", "12345678", "correct horse battery", "密码很长很长很长很"])
def test_check_password_accepts(password: str) -> None:
    assert check_password("clerk", password) is None


def test_check_password_length_is_in_characters_not_bytes() -> None:
    # Eight Chinese characters are 24 bytes but exactly the minimum length.
    check_password("clerk", "售后服务管理系统")
    with pytest.raises(ValidationError):
        check_password("clerk", "售后服务管理系")
