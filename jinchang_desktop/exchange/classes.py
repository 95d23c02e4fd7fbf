"""The classes an imported file can fall into, with what each means for the person at the county."""
from __future__ import annotations

ACCEPTED = "accepted"  # new or newer: merged as data
IDENTICAL = "identical"  # already held: nothing to do
STALE = "stale"  # older than what is held: refused
FORK = "fork"  # same sequence with other content, or a chain that does not join: held for a person
PENDING_TRUST = "pending-trust"  # signed by a key not enrolled here: held until enrolment
REVOKED_KEY = "revoked-key"  # signed by a key this workspace revoked: refused
WRONG_ISSUER = "wrong-issuer"  # a key enrolled for one school signing for another: refused
BAD_SIGNATURE = "bad-signature"  # the signature or a hash does not hold: refused
WRONG_YEAR = "wrong-year"
WRONG_PROFILE = "wrong-profile"
MALFORMED = "malformed"  # not a package, damaged, unsafe, the wrong kind, or bad data inside
NOT_PROCESSED = "not-processed"  # the import was cancelled before this file

CLASSES = (ACCEPTED, IDENTICAL, STALE, FORK, PENDING_TRUST, REVOKED_KEY, WRONG_ISSUER, BAD_SIGNATURE, WRONG_YEAR,
           WRONG_PROFILE, MALFORMED, NOT_PROCESSED)
HELD = (FORK, PENDING_TRUST)
FINE = (ACCEPTED, IDENTICAL)

LABELS_ZH = {
    ACCEPTED: "已接收", IDENTICAL: "已有相同数据包", STALE: "旧版本（已拒收）", FORK: "版本冲突（待人工处理）",
    PENDING_TRUST: "密钥未注册（待注册）", REVOKED_KEY: "密钥已吊销（已拒收）",
    WRONG_ISSUER: "签名者身份不符（已拒收）", BAD_SIGNATURE: "签名或校验值错误（已拒收）",
    WRONG_YEAR: "学年不符（已拒收）", WRONG_PROFILE: "评估标准不符（已拒收）",
    MALFORMED: "文件损坏或格式错误（已拒收）", NOT_PROCESSED: "未处理（已取消）",
}

# Package reader error codes that mean "tampered or damaged after signing" rather than "not a package at all".
SIGNATURE_CODES = frozenset({"bad-signature", "hash-mismatch", "unlisted-entry", "missing-entry", "key-mismatch",
                             "weak-key"})
