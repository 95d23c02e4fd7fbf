"""The problem ledger (问题台账): items from the data, plans, closure, and the chain."""
