import subprocess
import sys


def run(*args, db):
    return subprocess.run([sys.executable, "-m", "shortlinks.cli", "--db", str(db), *args], capture_output=True, text=True)


def test_shorten_and_expand_from_the_command_line(tmp_path):
    db = tmp_path / "links.db"
    code = run("shorten", "https://example.org/docs", db=db).stdout.strip()
    out = run("expand", code, db=db)
    assert out.returncode == 0
    assert out.stdout.strip() == "https://example.org/docs"


def test_unknown_code_fails(tmp_path):
    out = run("expand", "zzz", db=tmp_path / "links.db")
    assert out.returncode == 1
    assert "unknown code" in out.stderr
