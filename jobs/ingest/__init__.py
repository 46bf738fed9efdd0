"""Ingest: fetch with the network guard and limits, parse feed bytes, store new entries."""
