"""One module per role.

Each module decides, from a block's own text and evidence, whether it plays that role.
"""
