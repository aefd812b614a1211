#!/usr/bin/env bash
# Runs a GenLab comparison experiment on a Slurm cluster: one array task per cell, then one job
# that builds the report once every cell has finished. The output folder must be on a file
# system every node sees; each task writes only its own cells/NN-... folder.
#
# Usage: bench/slurm-compare.sh SPEC OUT [extra sbatch options, e.g. --partition=cpu]
#   SPEC  the experiment spec (e.g. bench/specs/schedules.json)
#   OUT   the experiment folder (created; an interrupted experiment resumes in it)
# Each task gets 2 CPUs and 8 GB, like the machine GenLab's figures come from; change the
# resources below to suit your cluster and your models.
set -euo pipefail

[ $# -ge 2 ] || { echo "usage: bench/slurm-compare.sh SPEC OUT [sbatch options]" >&2; exit 2; }
spec="$1" out="$2"
shift 2
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v sbatch >/dev/null || { echo "slurm-compare.sh: sbatch not found; is this a Slurm login node?" >&2; exit 1; }

# Build once here, so the tasks do not all build at the same time.
"$home/genlab" help >/dev/null
cells="$("$home/genlab" compare --spec "$spec" --out "$out" --count-cells)"
mkdir -p "$out/slurm"

array=$(sbatch --parsable --job-name=genlab-cells --array=1-"$cells" --cpus-per-task=2 --mem=8G \
  --output="$out/slurm/cell-%a.log" "$@" \
  --wrap="'$home/genlab' compare --spec '$spec' --out '$out' --cell \$SLURM_ARRAY_TASK_ID")
merge=$(sbatch --parsable --job-name=genlab-report --dependency=afterok:"$array" --cpus-per-task=1 --mem=4G \
  --output="$out/slurm/report.log" "$@" \
  --wrap="'$home/genlab' compare --spec '$spec' --out '$out' --merge")
echo "submitted $cells cells as job array $array and the report as job $merge; logs in $out/slurm/"
