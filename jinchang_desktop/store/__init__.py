"""The SQLite workspace: schema migrations, declared data, audit log, trust and packages held."""
