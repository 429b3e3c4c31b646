"""The drift report: what changed between two dated GetResponse specs, and what it breaks for a user of
this Python client.

    python -m pipeline.drift OLD NEW [--out DIR] [--ack FILE] [--no-codegen]    (nox -s drift -- OLD NEW)

Modules, in the order a run uses them:
    sources.py           OLD and NEW: files given, or the pinned spec against the newest published one
    spec_diff.py         the spec comparison: operations.py (operations, parameters, bodies, responses),
                         schemas.py (schema elements, equivalent forms, limits), usage.py (which way each
                         component travels), renames.py (schemas renamed with their shape kept)
    classify.py          the rules table: which change breaks a client user, in a request or a response
    overlays.py          overlay actions that match nothing in NEW, every one of them, with the change that broke
                         each and the target to use now
    codegen.py,          regenerate the package from OLD and from NEW (without stale actions, warnings allowed) and
    python_api.py        compare their documented surface (api.md, pipeline/surface_diff.py) and internals (griffe)
    cassette_replay.py,  replay tests/cassettes through both packages, each in a subprocess: cassettes that fail
    replay_worker.py     differently against NEW: a new failure, a field NEW no longer decodes, a fix
    groups.py            one root cause per group: each change linked to the operation, schema or rename it is about
    acknowledgements.py  drift-acknowledged.yaml: breaking changes accepted, with a reason
    report.py            report.md and report.json
    compare.py           one run, tying the above together
"""
