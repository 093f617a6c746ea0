"""Typed settings: defaults < config file < persisted changes < environment.

Pure Python: no Trio, no HTTP. The runtime loads ``Settings`` once per start (and again on
restart); changes through the API produce a new ``Settings`` with ``with_persisted``.
"""

from .paths import config_file_path as config_file_path
from .paths import resolve_data_dir as resolve_data_dir
from .schema import KEYS as KEYS
from .schema import SCHEMA as SCHEMA
from .schema import Constraints as Constraints
from .schema import Key as Key
from .settings import MASK as MASK
from .settings import Settings as Settings
from .settings import Source as Source
from .settings import load_settings as load_settings
from .settings import public_value as public_value
from .settings import render_show as render_show
from .sources import ConfigFileError as ConfigFileError
from .sources import env_values as env_values
from .sources import load_file as load_file
from .values import InvalidValue as InvalidValue
from .values import coerce as coerce
from .values import parse_text as parse_text
