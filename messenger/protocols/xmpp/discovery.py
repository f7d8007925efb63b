# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""XEP-0030 disco#info results as values, and XEP-0115 verification strings.

``parse_info`` reduces a peer's ``<query/>`` to a ``DiscoInfo``; ``caps_ver``
computes the verification string of XEP-0115 section 5.1 (identities, features
and XEP-0128 extended forms, sorted, hashed, base64), so a peer's advertised
``ver`` can be checked against what it actually answered before the answer is
cached for everyone using that ``ver`` (section 5.4). An answer with duplicate
identities, features or form types is ``valid=False``: never cached. Oversized
answers are refused whole (None).
"""

from __future__ import annotations

import base64
import hashlib
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass

from messenger.protocols.xmpp import ns
from messenger.protocols.xmpp.ns import tag

# XEP-0115 hash names (IANA) we can verify, and their hashlib names.
HASHES = {
    "sha-1": "sha1",
    "sha-224": "sha224",
    "sha-256": "sha256",
    "sha-384": "sha384",
    "sha-512": "sha512",
}
MAX_IDENTITIES = 50
MAX_FEATURES = 500
MAX_FORMS = 20
MAX_FIELDS = 100
MAX_VALUES = 50
MAX_LENGTH = 1024  # any one string

Field = tuple[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Identity:
    category: str
    type: str
    lang: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class Form:
    """A XEP-0128 extended info form: its FORM_TYPE and other fields."""

    form_type: str
    fields: tuple[Field, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class DiscoInfo:
    identities: tuple[Identity, ...] = ()
    features: tuple[str, ...] = ()
    forms: tuple[Form, ...] = ()
    valid: bool = True

    @property
    def feature_set(self) -> frozenset[str]:
        return frozenset(self.features)


class _TooBigError(ValueError):
    pass


def parse_info(query: ET.Element) -> DiscoInfo | None:
    """The content of a disco#info ``<query/>``; None when it is oversized."""
    try:
        identities = _identities(query)
        features = _limited(
            (f.get("var", "") for f in query.iterfind(tag(ns.DISCO_INFO, "feature"))),
            MAX_FEATURES,
        )
        forms, forms_valid = _forms(query)
    except _TooBigError:
        return None
    valid = (
        forms_valid
        and len(set(identities)) == len(identities)
        and len(set(features)) == len(features)
        and len({f.form_type for f in forms}) == len(forms)
        and all(features)
    )
    return DiscoInfo(
        identities=tuple(identities),
        features=tuple(features),
        forms=tuple(forms),
        valid=valid,
    )


def _limited(values: Iterable[str], limit: int) -> list[str]:
    result: list[str] = []
    for value in values:
        if len(result) >= limit or len(value) > MAX_LENGTH:
            raise _TooBigError
        result.append(value)
    return result


def _identities(query: ET.Element) -> list[Identity]:
    found = []
    for element in query.iterfind(tag(ns.DISCO_INFO, "identity")):
        values = _limited(
            (
                element.get("category", ""),
                element.get("type", ""),
                element.get("{http://www.w3.org/XML/1998/namespace}lang", ""),
                element.get("name", ""),
            ),
            4,
        )
        found.append(Identity(*values))
        if len(found) > MAX_IDENTITIES:
            raise _TooBigError
    return found


def _forms(query: ET.Element) -> tuple[list[Form], bool]:
    """Result forms with a hidden FORM_TYPE (others ignored, as section 5.4 says)."""
    forms: list[Form] = []
    valid = True
    for element in query.iterfind(tag(ns.DATA_FORMS, "x")):
        if len(forms) >= MAX_FORMS:
            raise _TooBigError
        if element.get("type") != "result":
            continue
        fields = _fields(element)
        form_type = [v for var, v, _ in fields if var == "FORM_TYPE"]
        hidden = [kind == "hidden" for var, _, kind in fields if var == "FORM_TYPE"]
        if not form_type or not all(hidden):
            continue
        if len(form_type) > 1 or len(form_type[0]) != 1:
            valid = False
            continue
        rest = tuple((var, values) for var, values, _ in fields if var != "FORM_TYPE")
        forms.append(Form(form_type[0][0], rest))
    return forms, valid


def _fields(form: ET.Element) -> list[tuple[str, tuple[str, ...], str]]:
    fields: list[tuple[str, tuple[str, ...], str]] = []
    for field in form.iterfind(tag(ns.DATA_FORMS, "field")):
        if len(fields) >= MAX_FIELDS:
            raise _TooBigError
        values = _limited(
            (v.text or "" for v in field.iterfind(tag(ns.DATA_FORMS, "value"))),
            MAX_VALUES,
        )
        var = _limited((field.get("var", ""),), 1)[0]
        fields.append((var, tuple(values), field.get("type", "")))
    return fields


def verification_string(info: DiscoInfo) -> str:
    """XEP-0115 section 5.1 step 1-8: the string that is hashed."""
    parts = [
        f"{i.category}/{i.type}/{i.lang}/{i.name}<"
        for i in sorted(info.identities, key=lambda i: (i.category, i.type, i.lang))
    ]
    parts.extend(f"{feature}<" for feature in sorted(info.features))
    for form in sorted(info.forms, key=lambda f: f.form_type):
        parts.append(f"{form.form_type}<")
        for var, values in sorted(form.fields, key=lambda f: f[0]):
            parts.append(f"{var}<")
            parts.extend(f"{value}<" for value in sorted(values))
    return "".join(parts)


def caps_ver(info: DiscoInfo, algorithm: str = "sha-1") -> str | None:
    """The ``ver`` of ``info`` with a XEP-0115 hash; None for unknown hashes."""
    name = HASHES.get(algorithm)
    if name is None:
        return None
    digest = hashlib.new(name, verification_string(info).encode("utf-8"))
    return base64.b64encode(digest.digest()).decode("ascii")


def verify(info: DiscoInfo, algorithm: str, ver: str) -> bool:
    """True if ``info`` is well-formed and hashes to the advertised ``ver``."""
    return info.valid and caps_ver(info, algorithm) == ver
