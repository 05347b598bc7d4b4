"""Both languages are complete, and the compiled catalogues match their sources."""
from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from client import i18n_tools
from client.i18n import LANGUAGES, TRANSLATIONS

PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(i18n_tools.ts_file(language))
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated(language):
    unfinished = [
        source for _ctx, source, translation in messages(language)
        if translation is None or translation.get("type") == "unfinished" or not translation.text
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    for _ctx, source, translation in messages(language):
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text or "")), source


def test_sources_cover_the_code(tmp_path):
    # lupdate over today's code into a scratch file finds no text the .ts lacks.
    scratch = tmp_path / "scratch.ts"
    subprocess.run([i18n_tools._tool("lupdate"), "-locations", "none", *i18n_tools.sources(),
                    "-ts", str(scratch)], cwd=i18n_tools.ROOT, check=True, capture_output=True)
    found = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(scratch).getroot().iter("context") for m in c.iter("message")}
    known = {(ctx, source) for ctx, source, _t in messages("zh_CN")}
    assert found - known == set(), "run: python -m client.i18n_tools"


def test_compiled_catalogue_is_current(qapp):
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "aftersales_zh_CN.qm"))
    tree = ET.parse(i18n_tools.ts_file("zh_CN"))
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            compiled = translator.translate(
                context.findtext("name"), message.findtext("source"), message.findtext("comment"))
            assert compiled == message.findtext("translation"), (
                "the .qm is older than the .ts: run python -m client.i18n_tools")
    assert QCoreApplication.instance() is qapp
