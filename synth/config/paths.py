"""Where the data dir and the config file are, decided before any config key is read."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import platformdirs

from .schema import DATA_DIR_ENV

CONFIG_FILE_NAME = "synth.toml"


def resolve_data_dir(cli_value: str | None, environ: Mapping[str, str]) -> Path:
    """``--data-dir``, else ``SYNTH_DATA_DIR`` (when not empty), else the user data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get(DATA_DIR_ENV):
        return Path(environ[DATA_DIR_ENV]).expanduser()
    return Path(platformdirs.user_data_dir("synthetic-heart"))


def config_file_path(cli_value: str | None, data_dir: Path) -> Path:
    """``--config``, else ``synth.toml`` in the data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    return data_dir / CONFIG_FILE_NAME
