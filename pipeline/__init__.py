"""Build-time pipeline: fetch the pinned spec, apply overlays, generate, post-process.

Each step is a small module; noxfile.py calls them in order. Nothing here ships in the wheel.
"""
