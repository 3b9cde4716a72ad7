"""One module per role: each decides, from a block's own text and evidence, whether it plays that role."""
