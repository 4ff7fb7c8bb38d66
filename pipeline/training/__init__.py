"""Reproducible training of claimwatch's small bundled models (``claimwatch train …``)."""
