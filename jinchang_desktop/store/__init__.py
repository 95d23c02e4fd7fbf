"""The SQLite workspace: schema migrations, declared data, audit log, trust and packages held.

``workspace`` (the folder and its writer connection) · ``db`` (opening, upgrading, transactions) ·
``migrations`` (one step per schema version) · ``declared`` (schools and their values per school year) ·
``audit`` (the change and decision log) · ``explanations`` (answers to soft warnings) · ``summary`` (named reads
for the screens, free of the write path).
"""
