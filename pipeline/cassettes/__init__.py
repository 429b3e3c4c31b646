"""Cassettes: one recorded HTTP exchange per operation, replayed against the generated client (tests/replay).

    python -m pipeline.cassettes build     # spec + docs cassettes from build/spec/overlaid.json (deterministic)
    python -m pipeline.cassettes record    # live cassettes from the GetResponse API, scrubbed before writing

Cassettes are VCR.py YAML files under tests/cassettes/<origin>/<operationId>.yaml, each with one interaction and
a ``metadata`` mapping (origin, operation_id, source) that vcrpy loads alongside the interactions.
"""
