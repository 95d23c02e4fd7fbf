"""Ed25519 keys: one per workspace. The private key stays in the workspace; the public key travels in packages."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from jinchang_desktop.errors import JcError
from jinchang_desktop.packages.atomic import write_atomic

PUBLIC_KEY_BYTES = 32
# DER SubjectPublicKeyInfo prefix for an Ed25519 key (RFC 8410): the 32 raw key bytes follow it.
# Documented in docs/package-format.md so that a person can build pub.pem with standard tools.
ED25519_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")
MAX_KEY_FILE_BYTES = 64 * 1024  # a PEM Ed25519 key is about 120 bytes; anything far larger is not one


@dataclass(frozen=True)
class KeyPair:
    private_key: Ed25519PrivateKey
    public_bytes: bytes  # raw 32 bytes

    @property
    def key_id(self) -> str:
        return key_id_of(self.public_bytes)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_bytes)

    def sign(self, data: bytes) -> bytes:
        """The raw 64-byte Ed25519 signature of ``data``."""
        return self.private_key.sign(data)


def _keypair(private_key: Ed25519PrivateKey) -> KeyPair:
    public = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return KeyPair(private_key=private_key, public_bytes=public)


def generate_key() -> KeyPair:
    return _keypair(Ed25519PrivateKey.generate())


def _check_public(public_bytes: bytes) -> None:
    if len(public_bytes) != PUBLIC_KEY_BYTES:
        raise ValueError(f"an Ed25519 public key has {PUBLIC_KEY_BYTES} bytes, not {len(public_bytes)}")


def key_id_of(public_bytes: bytes) -> str:
    """Hex SHA-256 of the 32 raw public key bytes: the key's name everywhere in the app."""
    _check_public(public_bytes)
    return hashlib.sha256(public_bytes).hexdigest()


def fingerprint_of(public_bytes: bytes) -> str:
    """The first 16 hex digits of the key id, upper case, in groups of 4: short enough to read over the phone."""
    head = key_id_of(public_bytes)[:16].upper()
    return "-".join(head[i:i + 4] for i in range(0, 16, 4))


def public_key_pem(public_bytes: bytes) -> bytes:
    """SubjectPublicKeyInfo PEM, the form ``openssl pkeyutl -pubin`` reads."""
    _check_public(public_bytes)
    key = Ed25519PublicKey.from_public_bytes(public_bytes)
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def save_private_key(path: Path, keypair: KeyPair) -> None:
    """PKCS8 PEM, unencrypted (the workspace folder is the protection), mode 0o600, written atomically."""
    pem = keypair.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    write_atomic(path, pem, private=True)


def _key_file_error(path: Path, zh: str, en: str) -> JcError:
    return JcError(zh, en, file=str(path), rule="private-key")


def load_private_key(path: Path) -> KeyPair:
    """Read a key written by save_private_key; a missing, unreadable or damaged file gives a JcError."""
    try:
        with open(path, "rb") as handle:
            pem = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _key_file_error(path, "找不到工作区私钥文件", "the workspace's private key file is missing") from None
    except OSError as exc:
        raise _key_file_error(path, f"无法读取私钥文件：{exc.strerror}",
                              f"cannot read the private key file: {exc.strerror}") from None
    if len(pem) > MAX_KEY_FILE_BYTES:
        raise _key_file_error(path, "私钥文件过大，不是本程序写出的私钥",
                              "the private key file is too large to be one this app wrote")
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        # ValueError: not PEM or damaged; TypeError: encrypted with a password we do not have.
        raise _key_file_error(path, "私钥文件已损坏或格式不对",
                              "the private key file is damaged or not a PEM key") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise _key_file_error(path, "私钥文件不是 Ed25519 私钥", "the private key file does not hold an Ed25519 key")
    return _keypair(key)
