"""The pipeline stages as plain functions: fetch, parse, poll, classify, cluster, link, digest.

Imports no discord or apscheduler; takes its settings as arguments.
"""
