"""The command line: JSON on stdout, one-line errors with exit status 2 for bad input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from artex.cli import app

runner = CliRunner()


@pytest.fixture
def bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n \t\n")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Café prices rose 5% in Zürich".encode("latin-1"))
    return tmp_path


@pytest.mark.parametrize(("name", "reason"), [
    ("missing.txt", "no such file"),
    ("empty.txt", "empty"),
    ("blank.txt", "empty"),
    ("binary.txt", "binary"),
    ("latin1.txt", "not UTF-8"),
])
def test_bad_input_gives_one_line_error_naming_the_file_and_exit_2(bad_inputs, name, reason):
    path = bad_inputs / name
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(path) in lines[0] and reason in lines[0]
    assert "Traceback" not in result.output


def test_a_directory_is_not_an_article(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == 2
    assert "directory" in result.stderr


def test_a_malformed_reference_date_is_refused():
    result = runner.invoke(app, ["extract", "-", "--reference-date", "12/04/2024"], input="x")
    assert result.exit_code == 2
    assert "--reference-date" in result.stderr


def test_schema_prints_the_json_schema_with_the_contract_version():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["properties"]["schema_version"]["default"] == "1.2"
    assert {"entities", "money", "quantities", "dates", "lists"} <= set(schema["properties"])


@pytest.mark.model
def test_extract_reads_stdin_and_uses_the_given_id_and_reference_date():
    text = "Acme Corp said on Tuesday it would invest $5 million in Ohio.\n"
    result = runner.invoke(app, ["extract", "-", "--id", "a1", "--reference-date", "2024-04-12"],
                           input=text)
    assert result.exit_code == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["id"] == "a1"
    assert article["source"] == "-"
    assert article["reference_date"] == "2024-04-12"
    assert article["text"] == text


@pytest.mark.model
def test_render_writes_the_reading_view_of_the_article(tmp_path, monkeypatch, nlp):
    monkeypatch.setattr("artex.api.build_nlp", lambda settings: nlp)
    page = tmp_path / "page.html"
    result = runner.invoke(app, ["render", "-", "--reference-date", "2024-04-12", "-o",
                                 str(page)], input="Sony paid $5 million on Monday.")
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert 'data-kind="money" data-start="10" data-end="20"' in html
    assert "<style>" in html and "<form" not in html and "http" not in html.split("<body>")[1]
    assert not list(tmp_path.glob(".*.partial"))


def test_render_refuses_a_bad_input_in_one_line_and_writes_nothing(bad_inputs):
    page = bad_inputs / "page.html"
    result = runner.invoke(app, ["render", str(bad_inputs / "empty.txt"), "-o", str(page)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"artex: error: {bad_inputs / 'empty.txt'}: empty: no text " \
                                    "to extract"
    assert not page.exists()


# --- hostile input: limits, warnings, internal errors -------------------------------------------

def test_an_input_over_max_bytes_is_a_one_line_error_naming_the_limit(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Acme paid $5 million for the plant.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--max-bytes", "10"])
    assert result.exit_code == 2
    assert result.stderr == f"artex: error: {path}: too large (35 bytes; the limit is 10, " \
                            "--max-bytes)\n"


def test_batch_passes_its_limits_to_the_run(tmp_path, monkeypatch):
    seen = []

    def run_batch(inputs, out, settings, options):
        seen.append((settings.max_input_bytes, settings.time_budget))
        raise KeyboardInterrupt

    monkeypatch.setattr("artex.batch.run_batch", run_batch)
    runner.invoke(app, ["batch", str(tmp_path), "--out", str(tmp_path / "out"),
                        "--max-bytes", "1000", "--time-budget", "2.5"])
    assert seen == [(1000, 2.5)]


def test_an_internal_error_is_one_line_with_exit_1(tmp_path, monkeypatch, capsys):
    def broken(*args, **kwargs):
        return 1 / 0

    monkeypatch.setattr("artex.api.extract_article", broken)
    with pytest.raises(SystemExit) as exited:
        app(["extract", str(tmp_path / "a.txt")], prog_name="artex")
    assert exited.value.code == 1
    assert capsys.readouterr().err == "artex: internal error: ZeroDivisionError: division by " \
                                      "zero (run with --debug for the traceback)\n"


def test_debug_shows_the_internal_error_itself(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        return 1 / 0

    monkeypatch.setattr("artex.api.extract_article", broken)
    with pytest.raises(ZeroDivisionError):
        app(["--debug", "extract", str(tmp_path / "a.txt")], prog_name="artex")


@pytest.mark.model
@pytest.mark.parametrize(("content", "warning"), [
    (b"Acme said\x00 on Monday it would invest $5 million in Ohio.\n",
     "removed 1 control character (U+0000) from the text"),
    (b"Die deutsche Wirtschaft ist im vergangenen Jahr um zwei Prozent gewachsen, sagte die "
     b"Regierung am Montag in Berlin.\n", "the text looks like German (de), not English"),
])
def test_a_stray_control_byte_or_another_language_is_a_warning_and_exit_0(
        tmp_path, monkeypatch, nlp, content, warning):
    monkeypatch.setattr("artex.api.build_nlp", lambda settings: nlp)
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    result = runner.invoke(app, ["extract", str(path), "--reference-date", "2024-04-12"])
    assert result.exit_code == 0
    assert [w[:len(warning)] for w in json.loads(result.stdout)["warnings"]] == [warning]
    assert result.stderr.startswith(f"artex: warning: {path}: {warning}")
    assert len(result.stderr.splitlines()) == 1
