"""SHA-256 without loading OpenSSL at start-up (~4 MB and ~5 ms): CPython's built-in module
gives the same digests; where it is missing or renamed, hashlib's is the same function."""

try:
    from _sha256 import sha256
except ImportError:
    from hashlib import sha256

__all__ = ["sha256"]
