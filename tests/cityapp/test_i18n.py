"""Messages: English in the code, translated where shown, parameters included."""

from __future__ import annotations

import pickle

import pytest

from cityapp import i18n
from cityapp.errors import UserError
from cityapp.i18n import QT_TRANSLATE_NOOP, Text

JA = {
    ("fields", "{label} is required."): "{label}は必須です。",
    ("fields", "City"): "都市",
}


def japanese(context: str, source: str) -> str:
    return JA.get((context, source), source)


def test_a_message_is_its_english_and_translates_with_its_parameters():
    label = QT_TRANSLATE_NOOP("fields", "City")
    message = QT_TRANSLATE_NOOP("fields", "{label} is required.").format(label=label)
    assert message == "City is required." and isinstance(message, str)
    assert message.context == "fields" and message.source == "{label} is required."
    assert i18n.shown(message, japanese) == "都市は必須です。"  # the label inside too
    assert i18n.shown("plain words", japanese) == "plain words"
    assert i18n.shown(UserError(message), japanese) == "都市は必須です。"
    assert i18n.shown(QT_TRANSLATE_NOOP("fields", "Unknown"), japanese) == "Unknown"
    again = pickle.loads(pickle.dumps(message))
    assert again == message and again.params["label"] == "City"
    with pytest.raises(TypeError):
        message.format("positional")


def test_the_catalogue_gives_finished_translations_only(tmp_path, monkeypatch):
    (tmp_path / "cityapp_ja.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="ja_JP">
<context><name>fields</name>
<message><source>City</source><translation>都市</translation></message>
<message><source>Region</source><translation type="unfinished">地域</translation></message>
<message><source>Notes</source><translation type="unfinished"></translation></message>
</context></TS>""",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "TRANSLATIONS", tmp_path)
    i18n.catalogue.cache_clear()
    try:
        assert i18n.catalogue("ja") == {("fields", "City"): "都市"}
        assert i18n.in_language(QT_TRANSLATE_NOOP("fields", "City"), "ja") == "都市"
        assert i18n.in_language(QT_TRANSLATE_NOOP("fields", "Region"), "ja") == "Region"
        assert i18n.in_language(QT_TRANSLATE_NOOP("fields", "City"), "en") == "City"
    finally:
        i18n.catalogue.cache_clear()


def test_field_labels_and_choices_are_messages():
    from cityapp import enums, fields
    from cityapp.labels import CHOICE_LABELS, choice_label

    forms = list(fields.FORMS_BY_TABLE.values())
    assert len(forms) > 10
    assert all(isinstance(f.label, Text) for form in forms for f in form.fields)
    assert all(isinstance(form.title, Text) for form in forms)
    problem = fields.check_field(fields.CITY.field("name_en"), "")
    assert isinstance(problem, Text) and problem == "English name is required."
    stored = {
        m.value
        for e in vars(enums).values()
        if isinstance(e, type) and issubclass(e, enums.StrEnum) and e is not enums.StrEnum
        for m in e
    }
    assert stored <= set(CHOICE_LABELS)  # every stored value has its marked label
    assert choice_label(enums.AgreementKind.MOU) == "MoU" and choice_label(None) == ""
