"""The standard as data and the assessment engine (pure Python, no Qt)."""
