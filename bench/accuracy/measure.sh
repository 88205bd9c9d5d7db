#!/usr/bin/env bash
# measure.sh: agreement of dist/cli.js (or --cli PATH) with the dev-set labels and ours; see measure.py for options.
# From the project's root:  npm run bundle && bench/accuracy/measure.sh --verbose
exec python3 "$(dirname "$0")/measure.py" "$@"
