#!/usr/bin/env bash
# Times GenLab and its PyTorch twin (bench/torch_peer.py) on this machine, one after the other,
# following the benchmark protocol (README, Performance), and prints both numbers and the ratio
# GenLab / PyTorch for every model both implement. A ratio below 1 means GenLab is faster.
#
# Usage: bench/compare.sh [--models LIST] [--repeat N] [--steps N] [--warmup N] [--json FILE]
#   --models LIST       e.g. dcgan-s,unet-s (default: every model both implement)
#   --repeat N          N rounds, GenLab then the twin in each; the table gives each tool's median
#                       (a shared machine's speed drifts by tens of percent between minutes)
#   --steps, --warmup   timed and untimed training steps (default 20 and 3, as the protocol)
#   --json FILE         also write every model's numbers from both tools and the ratios to FILE
# Needs PyTorch for the twin: apt-get install -y python3-torch libopenblas0-pthread
# (GENLAB_PYTHON picks another interpreter; default /usr/bin/python3). Run it on an idle
# machine: both tools use every core.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${GENLAB_PYTHON:-/usr/bin/python3}"
usage="usage: bench/compare.sh [--models LIST] [--repeat N] [--steps N] [--warmup N] [--json FILE]"
steps=20 warmup=3 json_out="" only="" repeat=1
while [ $# -gt 0 ]; do
  case "$1" in
    --steps|--warmup|--json|--models|--repeat)
      [ $# -ge 2 ] || { echo "compare.sh: $1 needs a value" >&2; exit 2; }
      case "$1" in
        --steps) steps="$2" ;; --warmup) warmup="$2" ;; --json) json_out="$2" ;; --models) only="$2" ;; --repeat) repeat="$2" ;;
      esac
      shift 2 ;;
    *) echo "compare.sh: unknown argument '$1'; $usage" >&2; exit 2 ;;
  esac
done
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: --repeat must be a whole number of at least 1, got '$repeat'" >&2; exit 2; }

"$python" -c 'import torch' 2>/dev/null || {
  echo "compare.sh: $python cannot import torch; install it with: apt-get install -y python3-torch libopenblas0-pthread" >&2
  exit 1
}

ours="$(mktemp)" twin="$(mktemp)"
trap 'rm -f "$ours" "$twin"' EXIT

# The twin implements the reference models; time those GenLab also has (or those of --models).
genlab_models="$("$home/genlab" models 2>/dev/null | awk '{print $1}')"
models=""
IFS=',' read -r -a wanted <<< "${only:-unet-s,dit-s,dcgan-s,pixelcnn-s}"
for m in "${wanted[@]}"; do
  case "$m" in
    unet-s|dit-s|dcgan-s|pixelcnn-s) ;;
    *) echo "compare.sh: the twin has no model '$m'; it has unet-s, dit-s, dcgan-s, pixelcnn-s" >&2; exit 2 ;;
  esac
  if grep -qx -- "$m" <<< "$genlab_models"; then models="${models:+$models,}$m"
  elif [ -n "$only" ]; then echo "compare.sh: GenLab has no model '$m' yet ('./genlab models' lists them)" >&2; exit 2
  fi
done
[ -n "$models" ] || { echo "compare.sh: GenLab has none of the twin's models (unet-s, dit-s, dcgan-s, pixelcnn-s)" >&2; exit 1; }

for round in $(seq 1 "$repeat"); do
  for m in ${models//,/ }; do
    echo "compare.sh: round $round of $repeat: ./genlab bench --model $m --json --steps $steps --warmup $warmup" >&2
    "$home/genlab" bench --model "$m" --json --steps "$steps" --warmup "$warmup" >> "$ours"
  done
  echo "compare.sh: round $round of $repeat: $python bench/torch_peer.py --json --models $models --steps $steps --warmup $warmup" >&2
  "$python" "$home/bench/torch_peer.py" --json --models "$models" --steps "$steps" --warmup "$warmup" >> "$twin"
done

"$python" - "$ours" "$twin" "$json_out" <<'PY'
import json, platform, statistics, sys
def runs(path):
    by = {}
    for o in map(json.loads, filter(str.strip, open(path))):
        by.setdefault(o["model"], []).append(o)
    return by
ours, twin = runs(sys.argv[1]), runs(sys.argv[2])
def median(rs, key):
    return statistics.median(r[key] for r in rs)
def spread(rs, key):
    return f"{min(r[key] for r in rs):.0f}-{max(r[key] for r in rs):.0f}" if len(rs) > 1 else ""
rows = []
n = len(next(iter(ours.values())))
print(f"{'model':<12} {'params':>9}  {'train ms/step':>26}  {'sampling run ms':>28}" + ("   (medians of %d rounds)" % n if n > 1 else ""))
print(f"{'':<12} {'':>9}  {'GenLab':>8} {'PyTorch':>8} {'ratio':>7}  {'GenLab':>9} {'PyTorch':>9} {'ratio':>7}")
for name, o in ours.items():
    if name not in twin:
        continue
    t = twin[name]
    if o[0]["params"] != t[0]["params"]:
        print(f"{name}: {o[0]['params']} parameters here, {t[0]['params']} in the twin: the architectures differ, no ratio", file=sys.stderr)
        continue
    ot, tt = median(o, "train_ms_per_step"), median(t, "train_ms_per_step")
    os_, ts = median(o, "sample_ms"), median(t, "sample_ms")
    print(f"{name:<12} {o[0]['params']:>9,}  {ot:>8.1f} {tt:>8.1f} {ot / tt:>7.2f}  {os_:>9.1f} {ts:>9.1f} {os_ / ts:>7.2f}")
    if n > 1:
        print(f"{'':<12} {'range':>9}  {spread(o, 'train_ms_per_step'):>8} {spread(t, 'train_ms_per_step'):>8} {'':>7}"
              f"  {spread(o, 'sample_ms'):>9} {spread(t, 'sample_ms'):>9}")
    rows.append({"model": name, "genlab": o, "pytorch": t, "train_ratio": round(ot / tt, 3), "sample_ratio": round(os_ / ts, 3)})
first_ours, first_twin = next(iter(ours.values()))[0], next(iter(twin.values()))[0]
print(f"threads: GenLab {first_ours['threads']}, PyTorch {first_twin['threads']} "
      f"(torch {first_twin['torch']}); {platform.processor() or platform.machine()}")
if sys.argv[3]:
    with open(sys.argv[3], "w") as f:
        json.dump(rows, f, indent=2)
PY
