#!/usr/bin/env bash
# The quick suite, run on every change: the slow geometry checks run from `make test-all`.
set -euo pipefail

export PYTHONHASHSEED=0
pytest -m "not slow" tests
