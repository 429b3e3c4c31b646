"""The hand-written half of getresponse_client.callbacks: parser, receivers, errors and the events' base class.

Import from ``getresponse_client.callbacks``, which adds the event models generated from
openapi/callbacks.schema.json.
"""
