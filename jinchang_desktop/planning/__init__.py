"""Planning on top of the engine: the least-cost investment plan, and what-if scenarios. No Qt."""
