"""Karada: the persona's body: skins, animations and the files that describe them."""
