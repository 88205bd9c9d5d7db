import os

import nox

TEST_ARGS = [
    "pytest",
    "-q",
]


@nox.session(name="tests", python=["3.11", "3.12"])
@nox.parametrize("suite", ["unit", "data"])
def tests(session: nox.Session, suite: str) -> None:
    session.install("-r", "requirements.txt")
    folder = os.path.join("tests", suite)
    session.run(*TEST_ARGS, folder)
