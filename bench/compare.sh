#!/usr/bin/env bash
# Times GenLab and its PyTorch twin (bench/torch_peer.py) on this machine, one after the other,
# following the benchmark protocol (README, Performance), and prints both numbers and the ratio
# GenLab / PyTorch for every model both implement. A ratio below 1 means GenLab is faster.
#
# Usage: bench/compare.sh [--steps N] [--warmup N] [--json FILE]
#   --steps, --warmup   timed and untimed training steps (default 20 and 3, as the protocol)
#   --json FILE         also write every model's numbers from both tools and the ratios to FILE
# Needs PyTorch for the twin: apt-get install -y python3-torch libopenblas0-pthread
# (GENLAB_PYTHON picks another interpreter; default /usr/bin/python3). Run it on an idle
# machine: both tools use every core.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${GENLAB_PYTHON:-/usr/bin/python3}"
steps=20 warmup=3 json_out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --steps|--warmup|--json)
      [ $# -ge 2 ] || { echo "compare.sh: $1 needs a value" >&2; exit 2; }
      case "$1" in --steps) steps="$2" ;; --warmup) warmup="$2" ;; --json) json_out="$2" ;; esac
      shift 2 ;;
    *) echo "compare.sh: unknown argument '$1'; usage: bench/compare.sh [--steps N] [--warmup N] [--json FILE]" >&2; exit 2 ;;
  esac
done

"$python" -c 'import torch' 2>/dev/null || {
  echo "compare.sh: $python cannot import torch; install it with: apt-get install -y python3-torch libopenblas0-pthread" >&2
  exit 1
}

ours="$(mktemp)" twin="$(mktemp)"
trap 'rm -f "$ours" "$twin"' EXIT

echo "compare.sh: ./genlab bench --all --json --steps $steps --warmup $warmup" >&2
"$home/genlab" bench --all --json --steps "$steps" --warmup "$warmup" > "$ours"

# The twin implements the reference models; time those GenLab also has.
models="$("$python" -c '
import json, sys
twin = {"unet-s", "dit-s", "dcgan-s", "pixelcnn-s"}
print(",".join(m for m in (json.loads(l)["model"] for l in open(sys.argv[1]) if l.strip()) if m in twin))
' "$ours")"
[ -n "$models" ] || { echo "compare.sh: GenLab has none of the twin's models (unet-s, dit-s, dcgan-s, pixelcnn-s)" >&2; exit 1; }

echo "compare.sh: $python bench/torch_peer.py --json --models $models --steps $steps --warmup $warmup" >&2
"$python" "$home/bench/torch_peer.py" --json --models "$models" --steps "$steps" --warmup "$warmup" > "$twin"

"$python" - "$ours" "$twin" "$json_out" <<'PY'
import json, platform, sys
ours = {o["model"]: o for o in map(json.loads, filter(str.strip, open(sys.argv[1])))}
twin = {o["model"]: o for o in map(json.loads, filter(str.strip, open(sys.argv[2])))}
rows = []
print(f"{'model':<12} {'params':>9}  {'train ms/step':>26}  {'sampling run ms':>28}")
print(f"{'':<12} {'':>9}  {'GenLab':>8} {'PyTorch':>8} {'ratio':>7}  {'GenLab':>9} {'PyTorch':>9} {'ratio':>7}")
for name, o in ours.items():
    if name not in twin:
        continue
    t = twin[name]
    if o["params"] != t["params"]:
        print(f"{name}: {o['params']} parameters here, {t['params']} in the twin: the architectures differ, no ratio", file=sys.stderr)
        continue
    train = o["train_ms_per_step"] / t["train_ms_per_step"]
    sample = o["sample_ms"] / t["sample_ms"]
    print(f"{name:<12} {o['params']:>9,}  {o['train_ms_per_step']:>8.1f} {t['train_ms_per_step']:>8.1f} {train:>7.2f}"
          f"  {o['sample_ms']:>9.1f} {t['sample_ms']:>9.1f} {sample:>7.2f}")
    rows.append({"model": name, "genlab": o, "pytorch": t, "train_ratio": round(train, 3), "sample_ratio": round(sample, 3)})
print(f"threads: GenLab {next(iter(ours.values()))['threads']}, PyTorch {next(iter(twin.values()))['threads']} "
      f"(torch {next(iter(twin.values()))['torch']}); {platform.processor() or platform.machine()}")
if sys.argv[3]:
    with open(sys.argv[3], "w") as f:
        json.dump(rows, f, indent=2)
PY
