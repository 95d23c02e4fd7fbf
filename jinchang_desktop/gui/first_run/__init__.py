"""The first-run wizard: choose the role, create the workspace, choose the profile, show the key."""
