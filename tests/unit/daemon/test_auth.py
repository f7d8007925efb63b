# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""Remote credentials: verifiers, proofs both ways, and the login rate limit."""

from __future__ import annotations

import dataclasses

import pytest

from messenger.daemon import auth

BINDING = "AB:" * 31 + "AB"


def exchange(
    credential: str, verifier: auth.Verifier, binding: str = BINDING
) -> tuple[bool, bytes, bytes]:
    """Run one login: (core accepted, signature client expects, core's)."""
    ui_id, secret = auth.parse_credential(credential)
    client_nonce = auth.new_nonce()
    nonce = client_nonce + auth.new_nonce()
    message = auth.auth_message(ui_id, client_nonce, nonce, verifier.salt, binding)
    proof, expected = auth.client_proof(
        secret, verifier.salt, verifier.iterations, message
    )
    core_message = auth.auth_message(
        verifier.ui_id, client_nonce, nonce, verifier.salt, BINDING
    )
    accepted = auth.verify_proof(verifier, core_message, proof)
    return accepted, expected, auth.server_signature(verifier, core_message)


def test_the_right_credential_logs_in_and_the_core_proves_itself() -> None:
    credential, verifier = auth.new_credential("laptop")
    accepted, expected, signature = exchange(credential, verifier)
    assert accepted
    assert signature == expected


def test_the_verifier_holds_no_secret() -> None:
    credential, verifier = auth.new_credential("laptop")
    _, secret = auth.parse_credential(credential)
    stored = repr(verifier).encode() + verifier.stored_key + verifier.server_key
    assert secret.encode() not in stored
    assert verifier.ui_id in credential


def test_a_wrong_secret_is_refused() -> None:
    credential, verifier = auth.new_credential("laptop")
    ui_id, secret = auth.parse_credential(credential)
    accepted, _, _ = exchange(f"{ui_id}:{secret[:-2]}xx", verifier)
    assert not accepted


def test_another_uis_credential_is_refused() -> None:
    _, verifier = auth.new_credential("laptop")
    other, _ = auth.new_credential("phone")
    accepted, _, _ = exchange(other, verifier)
    assert not accepted


def test_a_proof_made_through_another_certificate_is_refused() -> None:
    credential, verifier = auth.new_credential("laptop")
    accepted, expected, signature = exchange(credential, verifier, "CD:" * 31 + "CD")
    assert not accepted
    assert signature != expected


def test_a_proof_of_the_wrong_length_is_refused() -> None:
    _, verifier = auth.new_credential("laptop")
    assert not auth.verify_proof(verifier, b"m", b"short")


def test_a_fake_core_with_another_verifier_cannot_sign() -> None:
    credential, verifier = auth.new_credential("laptop")
    _, fake = auth.new_credential("laptop")
    fake = dataclasses.replace(fake, ui_id=verifier.ui_id)
    _, expected, _ = exchange(credential, verifier)
    assert auth.server_signature(fake, b"anything") != expected


def test_decoy_salts_are_stable_per_id_and_differ_between_ids() -> None:
    key = b"k" * 32
    assert auth.decoy_salt(key, "ui-1") == auth.decoy_salt(key, "ui-1")
    assert auth.decoy_salt(key, "ui-1") != auth.decoy_salt(key, "ui-2")
    assert len(auth.decoy_salt(key, "ui-1")) == auth.SALT_BYTES


@pytest.mark.parametrize(
    "text",
    ["", "ui-abc", "nope:secretsecretsecret", "ui-x:short", "ui-\x00:" + "s" * 20],
)
def test_malformed_credentials_are_refused(text: str) -> None:
    with pytest.raises(auth.CredentialError):
        auth.parse_credential(text)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_peer_gets_free_attempts_then_a_growing_wait() -> None:
    clock = Clock()
    limiter = auth.LoginLimiter(clock)
    for _ in range(auth.LoginLimiter.FREE_FAILURES - 1):
        limiter.failed("10.0.0.1")
        assert limiter.wait_time("10.0.0.1") == 0
    limiter.failed("10.0.0.1")
    first = limiter.wait_time("10.0.0.1")
    assert first > 0
    clock.now += first
    assert limiter.wait_time("10.0.0.1") == 0
    limiter.failed("10.0.0.1")
    assert limiter.wait_time("10.0.0.1") > first
    assert limiter.wait_time("10.0.0.2") == 0  # others are not affected


def test_the_wait_is_capped_and_a_success_clears_it() -> None:
    clock = Clock()
    limiter = auth.LoginLimiter(clock)
    for _ in range(40):
        limiter.failed("p")
        clock.now += auth.LoginLimiter.GLOBAL_WINDOW  # stay under the global cap
    assert 0 < limiter.wait_time("p") <= auth.LoginLimiter.MAX_WAIT
    limiter.succeeded("p")
    assert limiter.wait_time("p") == 0


def test_a_distributed_flood_closes_login_for_everyone_for_a_window() -> None:
    clock = Clock()
    limiter = auth.LoginLimiter(clock)
    for n in range(auth.LoginLimiter.GLOBAL_FAILURES):
        limiter.failed(f"10.1.{n // 250}.{n % 250}")
    assert limiter.wait_time("192.0.2.7") > 0
    clock.now += auth.LoginLimiter.GLOBAL_WINDOW + 0.1
    assert limiter.wait_time("192.0.2.7") == 0


def test_the_peer_table_is_bounded() -> None:
    limiter = auth.LoginLimiter(Clock())
    limiter.MAX_PEERS = 100
    for n in range(500):
        limiter.failed(f"peer-{n}")
    assert len(limiter._peers) == 100
