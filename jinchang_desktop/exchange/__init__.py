"""Moving data between workspaces: exports, enrolment and trust, rosters, and the import of packages."""
