"""Ed25519 keys that sign the audit log, kept outside the database.

Whoever can write the database can rewrite the hash chain, so each entry's hash is also
signed with a private key the database does not hold. The key lives in a folder of its own
(`$WILLING_AUDIT_KEYS`, default: the `audit-keys` folder beside the embedded database in
the user data directory), readable only by its owner: `current.pem` is the private key that
signs new entries, and `<key id>.pub` keeps the public half of every key ever used, so old
entries still verify after a rotation (`willing audit --rotate-key`). A key id is the first
16 hex digits of the SHA-256 of the raw public key.

Back up the folder (or at least its `.pub` files) apart from the database: without them a
rewritten log cannot be told from a genuine one.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from willing.storage.engine import default_path

ENV_KEYS = "WILLING_AUDIT_KEYS"
CURRENT = "current.pem"


def key_dir() -> Path:
    """Where the audit keys live."""
    env = os.environ.get(ENV_KEYS)
    return Path(env) if env else default_path().parent / "audit-keys"


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True)
class Signer:
    """The current private key and its id."""

    key: Ed25519PrivateKey
    id: str

    def sign(self, digest: str) -> str:
        return self.key.sign(digest.encode()).hex()


def _write_private(folder: Path, key: Ed25519PrivateKey) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    path = folder / CURRENT
    tmp = folder / f".{CURRENT}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    tmp.replace(path)
    public = key.public_key()
    (folder / f"{key_id(public)}.pub").write_bytes(
        public.public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def signer(folder: Path | None = None) -> Signer:
    """The current signing key, created on first use."""
    folder = folder or key_dir()
    path = folder / CURRENT
    if not path.exists():
        _write_private(folder, Ed25519PrivateKey.generate())
    loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(loaded, Ed25519PrivateKey):
        raise ValueError(f"{path} is not an Ed25519 private key")
    return Signer(loaded, key_id(loaded.public_key()))


def rotate(folder: Path | None = None) -> Signer:
    """Start signing with a new key; the old public key stays to verify old entries."""
    folder = folder or key_dir()
    signer(folder)  # make sure the old one's public half is kept
    _write_private(folder, Ed25519PrivateKey.generate())
    return signer(folder)


def public_keys(folder: Path | None = None) -> dict[str, Ed25519PublicKey]:
    """Every public key kept in the folder, by id."""
    folder = folder or key_dir()
    out: dict[str, Ed25519PublicKey] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.pub")):
        loaded = serialization.load_pem_public_key(path.read_bytes())
        if isinstance(loaded, Ed25519PublicKey):
            out[key_id(loaded)] = loaded
    return out


def valid(public: Ed25519PublicKey, digest: str, signature: str) -> bool:
    """True when `signature` (hex) is the key's signature of `digest`."""
    try:
        public.verify(bytes.fromhex(signature), digest.encode())
    except (InvalidSignature, ValueError):
        return False
    return True
