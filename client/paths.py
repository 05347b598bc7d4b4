"""Where the client keeps its files: the user's data folder (platformdirs), or the
folder named by AFTERSALES_DATA_DIR (tests, CI and portable installs)."""
from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Aftersales"


def data_dir() -> Path:
    override = os.environ.get("AFTERSALES_DATA_DIR")
    path = Path(override) if override else platformdirs.user_data_path(APP_NAME, APP_NAME)
    path.mkdir(parents=True, exist_ok=True)
    return path


def local_server_dir() -> Path:
    return data_dir() / "local-server"


def log_file() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "aftersales.log"
