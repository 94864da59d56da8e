#!/usr/bin/env bash
# Build the one-folder bundle of clusterprio for Linux and check that it starts.
#
#   packaging/build.sh            # build into dist/clusterprio and check it
#   packaging/build.sh --no-check # build only
#
# Needs: the project installed in the current Python (pip install -e . or the
# wheel) and PyInstaller (pip install pyinstaller). The result runs on Linux
# machines with the same or a newer glibc, without Python and offline.
# Build on the oldest distribution you support. Windows: see build_windows.md.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$HERE")"
cd "$ROOT"

python -m PyInstaller --version >/dev/null
python -m PyInstaller --noconfirm --clean \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    "$HERE/clusterprio.spec"

echo "Bundle: $ROOT/dist/clusterprio ($(du -sh "$ROOT/dist/clusterprio" | cut -f1))"
if [[ "${1:-}" != "--no-check" ]]; then
    python "$HERE/check_bundle.py" "$ROOT/dist/clusterprio"
fi
