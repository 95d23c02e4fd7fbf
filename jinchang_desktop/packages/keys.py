"""Ed25519 keys: one per workspace. The private key stays in the workspace; the public key travels in packages."""
from __future__ import annotations

import functools
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from jinchang_desktop.errors import JcError
from jinchang_desktop.i18n import Msg, msg
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


# Curve25519 in Edwards form (RFC 8032, 5.1): the field prime and the curve constant d.
_P = 2**255 - 19
_D = -121665 * pow(121666, -1, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)


def weak_key_problem(public_bytes: bytes) -> Msg | None:
    """Why a 32-byte Ed25519 public key must not be trusted, or None for a sound key.

    A key that is not the canonical encoding of a curve point, or a point of small order (the identity and the
    other seven torsion points), lets a "signature" verify without any private key, or for many messages at
    once. Such a key is never enrolled and a package carrying one never verifies.
    """
    _check_public(public_bytes)
    return _weak_key_problem(bytes(public_bytes))


@functools.lru_cache(maxsize=256)
def _weak_key_problem(raw: bytes) -> Msg | None:
    number = int.from_bytes(raw, "little")
    y, sign = number & ((1 << 255) - 1), number >> 255
    if y >= _P:
        return msg("公钥不是规范编码")
    # Recover x from y (RFC 8032, 5.1.3): x^2 = u / v with u = y^2 - 1, v = d y^2 + 1. The candidate
    # (u/v)^((p+3)/8) is computed as u v^3 (u v^7)^((p-5)/8): one exponentiation, and no inverse (each verified
    # package checks a new key, and the exponentiations are most of the cost).
    u, v = (y * y - 1) % _P, (_D * y * y + 1) % _P
    x = u * pow(v, 3, _P) * pow(u * pow(v, 7, _P), (_P - 5) // 8, _P) % _P
    if (v * x * x - u) % _P:
        x = x * _SQRT_M1 % _P
    if (v * x * x - u) % _P:
        return msg("公钥不是曲线上的点")
    if x == 0 and sign:
        return msg("公钥不是规范编码")
    if x & 1 != sign:
        x = _P - x
    point = (x, y, 1, x * y % _P)
    for _ in range(3):  # 8·P is the identity exactly when P has small order (the cofactor is 8)
        point = _add(point, point)
    if point[0] % _P == 0 and (point[1] - point[2]) % _P == 0:
        return msg("公钥是小阶点（弱密钥），任何签名都可能通过")
    return None


def _add(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """Point addition in extended coordinates (RFC 8032, 5.1.4)."""
    first = (a[1] - a[0]) * (b[1] - b[0]) % _P
    second = (a[1] + a[0]) * (b[1] + b[0]) % _P
    c = 2 * a[3] * b[3] * _D % _P
    dd = 2 * a[2] * b[2] % _P
    e, f, g, h = second - first, dd - c, dd + c, second + first
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


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


def _key_file_error(path: Path, text: Msg) -> JcError:
    return JcError(text, file=str(path), rule="private-key")


def load_private_key(path: Path) -> KeyPair:
    """Read a key written by save_private_key; a missing, unreadable or damaged file gives a JcError."""
    try:
        with open(path, "rb") as handle:
            pem = handle.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _key_file_error(path, msg("找不到工作区私钥文件")) from None
    except OSError as exc:
        raise _key_file_error(path, msg("无法读取私钥文件：{strerror}", strerror=exc.strerror)) from None
    if len(pem) > MAX_KEY_FILE_BYTES:
        raise _key_file_error(path, msg("私钥文件过大，不是本程序写出的私钥"))
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        # ValueError: not PEM or damaged; TypeError: encrypted with a password we do not have.
        raise _key_file_error(path, msg("私钥文件已损坏或格式不对")) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise _key_file_error(path, msg("私钥文件不是 Ed25519 私钥"))
    return _keypair(key)
