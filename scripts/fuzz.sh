#!/usr/bin/env bash
# Builds the libFuzzer targets (the fuzz preset: clang, ASan + UBSan) and runs each one on a copy of its seed
# corpus for a bounded time, two at a time. Fails when a target finds a crash, a leak, a timeout or a broken
# invariant; the reproducer is kept under the work directory and its path printed.
# Usage: scripts/fuzz.sh [seconds-per-target] [target...]   (default: 60 s, every target)
# Environment: FUZZ_JOBS (targets run at once, default 2), FUZZ_WORKDIR (default: a new temporary directory),
# FUZZ_RUNS (stop each target after this many executions instead, e.g. 10000000 for a long campaign),
# FUZZ_BUILD_TYPE (default Debug; RelWithDebInfo runs a long campaign about twice as fast).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
jobs=${FUZZ_JOBS:-2}
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(graph_page batch_response graph_error photo_metadata item_path name_template)
fi
declare -A dict=(
    [graph_page]=json [batch_response]=json [graph_error]=json [photo_metadata]=json
    [item_path]=item_path [name_template]=name_template
)

cmake --preset fuzz -DCMAKE_BUILD_TYPE="${FUZZ_BUILD_TYPE:-Debug}" >/dev/null
cmake --build --preset fuzz

work=${FUZZ_WORKDIR:-$(mktemp -d "${TMPDIR:-/tmp}/portrait-fuzz.XXXXXX")}
mkdir -p "$work"
echo "fuzz: ${#targets[@]} targets, ${FUZZ_RUNS:+${FUZZ_RUNS} runs}${FUZZ_RUNS:-${seconds} s} each, ${jobs} at a time," \
    "work directory $work"

run_one() {
    local t=$1 dir="$work/$1"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    # A copy, so that the run never writes into the repository's corpus.
    cp -R "tests/fuzz/corpus/$t/." "$dir/corpus/"
    local limit=(-max_total_time="$seconds")
    if [ -n "${FUZZ_RUNS:-}" ]; then
        limit=(-runs="$FUZZ_RUNS")
    fi
    local args=("${limit[@]}" -timeout=10 -rss_limit_mb=2048 -max_len=8192 -print_final_stats=1
        -artifact_prefix="$dir/artifacts/")
    if [ -n "${dict[$t]:-}" ]; then
        args+=(-dict="tests/fuzz/dict/${dict[$t]}.dict")
    fi
    if "build/fuzz/tests/fuzz/fuzz_$t" "${args[@]}" "$dir/corpus" >"$dir/log" 2>&1; then
        echo "fuzz: $t ok: $(grep -h 'stat::number_of_executed_units' "$dir/log" | awk '{print $2}') runs," \
            "$(grep -h 'stat::average_exec_per_sec' "$dir/log" | awk '{print $2}') exec/s," \
            "$(grep -E '^#[0-9]+.*DONE' "$dir/log" | grep -oE 'cov: [0-9]+' | tail -1)"
        return 0
    fi
    echo "fuzz: $t FAILED; reproducer(s): $(ls "$dir/artifacts"/* 2>/dev/null | tr '\n' ' ')" >&2
    grep -E 'ERROR|invariant|SUMMARY|==[0-9]+==' "$dir/log" | head -20 >&2 || true
    echo "fuzz: full log: $dir/log" >&2
    return 1
}

pids=()
names=()
failed=()
for t in "${targets[@]}"; do
    if [ ! -x "build/fuzz/tests/fuzz/fuzz_$t" ]; then
        echo "fuzz: unknown target $t" >&2
        exit 2
    fi
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do
        wait -n || true
    done
    run_one "$t" &
    pids+=($!)
    names+=("$t")
done
for i in "${!pids[@]}"; do
    if ! wait "${pids[$i]}"; then
        failed+=("${names[$i]}")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: every target ran clean"
