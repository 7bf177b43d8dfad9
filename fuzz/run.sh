#!/usr/bin/env bash
# Fuzz reviewparse.parse for a bounded time (default 15 minutes), one worker.
#
#   bash fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
#
# Needs the optional extra: .venv/bin/pip install -e ".[fuzz]"  (atheris).
# The corpus grows in fuzz/corpus/ (seeded from tests/fixtures and examples/, not
# committed); crashes land in fuzz/crashes/ - turn each into a fixture in
# tests/hostile/fuzz_crashes/ (see tests/hostile/test_fuzz_regressions.py).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-900}"
shift || true
python=".venv/bin/python"
[ -x "$python" ] || python=python3
mkdir -p fuzz/corpus fuzz/crashes
if [ -z "$(ls -A fuzz/corpus)" ]; then
  for page in tests/fixtures/*.html tests/fixtures/*.txt examples/*.html tests/hostile/pages/*; do
    [ -f "$page" ] || continue
    # The first byte is the target's selector: 0 = guess the format, from bytes.
    { printf '\x00'; cat "$page"; } > "fuzz/corpus/seed-$(basename "$page")"
  done
fi
exec "$python" fuzz/fuzz_parse.py fuzz/corpus \
  -max_total_time="$seconds" \
  -timeout=20 \
  -rss_limit_mb=4096 \
  -max_len=65536 \
  -artifact_prefix=fuzz/crashes/ \
  -print_final_stats=1 \
  -dict=fuzz/dict.txt \
  "$@"
