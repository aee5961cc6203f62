"""SHA-256 and BLAKE2b without loading OpenSSL at start-up (~4 MB and ~10 ms): CPython's
built-in modules give the same digests; where they are missing or renamed, hashlib's are the
same functions."""

try:
    from _sha256 import sha256
except ImportError:
    from hashlib import sha256
try:
    from _blake2 import blake2b
except ImportError:
    from hashlib import blake2b

__all__ = ["blake2b", "sha256"]
