"""The signed package format (.jcpkg), keys, and the trust roster."""
