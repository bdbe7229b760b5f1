#!/bin/sh
# Compares the CLI's output on examples/*.xlsx with the outputs saved in a baseline folder (default
# /work/baseline): text and --lang en byte for byte, JSON after dropping the messageId/data fields.
# Run after `npm run build`.
set -e
BASE=${1:-/work/baseline}
status=0
for f in examples/*.xlsx; do
  n=$(basename "$f" .xlsx)
  node bin/budget-check.js "$f" 2>/dev/null > /tmp/cmp.txt || true
  node bin/budget-check.js --lang en "$f" 2>/dev/null > /tmp/cmp.en.txt || true
  node bin/budget-check.js --format json "$f" 2>/dev/null > /tmp/cmp.json || true
  cmp -s /tmp/cmp.txt "$BASE/$n.txt" && echo "same text: $n" || { echo "DIFF text: $n"; status=1; }
  cmp -s /tmp/cmp.en.txt "$BASE/$n.en.txt" && echo "same en: $n" || { echo "DIFF en: $n"; status=1; }
  node -e '
    const fs = require("fs");
    const a = JSON.parse(fs.readFileSync("/tmp/cmp.json", "utf8"));
    for (const file of a.files) for (const f of file.findings) { delete f.messageId; delete f.data; }
    const b = fs.readFileSync(process.argv[1], "utf8");
    process.exit(JSON.stringify(a, null, 2) + "\n" === b ? 0 : 1);
  ' "$BASE/$n.json" && echo "same json: $n" || { echo "DIFF json: $n"; status=1; }
done
exit $status
