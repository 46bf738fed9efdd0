"""Delivery: planning due digests and alerts into the outbox, and sending it to Discord."""
