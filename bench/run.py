#!/usr/bin/env python3
"""Portrait's throughput benchmark: audit and export of N users against portrait-emulator with
Graph's limits (rtt 40 ms, 15 ms per photo operation, 4 at once) under each of the emulator's latency models
(split, before, transfer, jitter), compared with the lower bound (users x service / 4 + rtt) and with
Microsoft's Graph JS SDK 3.0.7 used naively and with $batch.

Usage: bench/run.py [--users 1000 10000] [--models split before transfer jitter] [--repeat 3]
                    [--peer-repeat 1] [--build build/default] [--no-peers] [--naive-max 2000]
Prints one line per run, the load average, and one Markdown table for BENCHMARKS.md (Portrait's figures are the
median of --repeat runs). Not a test.
"""
import argparse, os, re, resource, shutil, subprocess, sys, tempfile, time, json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RTT, SERVICE, CONCURRENCY = 40, 15, 4


def start_emulator(build, users, model):
    cmd = [os.path.join(build, "app/emulator/portrait-emulator"), "--port", "0", "--users", str(users),
           "--rtt-ms", str(RTT), "--photo-service-ms", str(SERVICE), "--photo-concurrency", str(CONCURRENCY),
           "--latency-model", model, "--image-cache-mb", "1024"]
    log = tempfile.NamedTemporaryFile(prefix="emulator-", suffix=".log", delete=False)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, text=True)
    line = proc.stdout.readline()
    m = re.search(r"(http://127\.0\.0\.1:\d+/v1\.0) \(token: (\S+)\)", line)
    if not m:
        raise SystemExit("emulator did not start: " + line)
    return proc, m.group(1), m.group(2), log.name


def throttled_since(log_path, offset):
    """(throttled photo operations, requests with any) in the emulator's log since offset."""
    with open(log_path, "rb") as f:
        f.seek(offset)
        text = f.read().decode("utf-8", "replace")
    items, requests = 0, 0
    for line in text.splitlines():
        m = re.search(r" throttled (\d+)", line)
        if m:
            items += int(m.group(1))
            requests += 1
    return items, requests


def load():
    return " ".join(open("/proc/loadavg").read().split()[:3])


def median_run(runs):
    """The run of median time (runs: list of dicts with 's')."""
    ordered = sorted(runs, key=lambda r: r["s"])
    return ordered[len(ordered) // 2]


def run(cmd, env):
    """Runs cmd; returns (seconds, cpu seconds, peak RSS MB, exit code, stdout) of that process alone."""
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.monotonic() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, proc.returncode, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--models", nargs="+", default=["split", "before", "transfer", "jitter"])
    ap.add_argument("--jobs", nargs="+", default=["audit", "export"])
    ap.add_argument("--repeat", type=int, default=3, help="Portrait runs per job and model (the median is reported)")
    ap.add_argument("--peer-repeat", type=int, default=1, help="SDK peer runs per job and model")
    ap.add_argument("--build", default=os.path.join(ROOT, "build/default"))
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--naive-max", type=int, default=2000, help="skip the naive peer above this many users")
    args = ap.parse_args()
    cli = os.path.join(args.build, "app/cli/portrait-cli")
    peers = os.path.join(ROOT, "bench/peers")
    if not args.no_peers and not os.path.isdir(os.path.join(peers, "node_modules")):
        subprocess.check_call(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=peers)
    print(f"load average at start: {load()}", flush=True)
    rows = []
    for users in args.users:
        bound = users * SERVICE / CONCURRENCY / 1000.0 + RTT / 1000.0
        for model in args.models:
            emu, root, token, log = start_emulator(args.build, users, model)
            env = dict(os.environ, BENCH_TOKEN=token)
            try:
                out = tempfile.mkdtemp(prefix="portrait-bench-")
                # Warm the emulator's photo cache so that rendering is nobody's cost.
                subprocess.run([cli, "-q", "--graph-url", root, "--access-token-env", "BENCH_TOKEN", "export",
                                "users", "--out", os.path.join(out, "warm")], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
                for job in args.jobs:
                    runs = []
                    for i in range(args.repeat):
                        offset = os.path.getsize(log)
                        dest = os.path.join(out, f"portrait-{job}-{i}")
                        cmd = [cli, "-q", "--json", "--graph-url", root, "--access-token-env", "BENCH_TOKEN", job,
                               "users"]
                        if job == "export":
                            cmd += ["--out", dest]
                        s, cpu, rss, rc, _ = run(cmd, env)
                        items, batches = throttled_since(log, offset)
                        runs.append({"s": s, "cpu": cpu, "rss": rss, "rc": rc, "429": items, "batches": batches})
                        print(f"{model:8} {job:6} users {users:6}  portrait {s:7.2f} s  ratio {s / bound:5.3f}  "
                              f"cpu {cpu:6.2f} s  rss {rss:6.1f} MB  429s {items} in {batches} requests  exit {rc}  "
                              f"load {load()}", flush=True)
                        shutil.rmtree(dest, ignore_errors=True)
                    peer = {}
                    for mode in ("batched", "naive"):
                        if args.no_peers or (mode == "naive" and users > args.naive_max):
                            continue
                        times = []
                        for i in range(args.peer_repeat):
                            offset = os.path.getsize(log)
                            pcmd = ["node", os.path.join(peers, "graph-peer.mjs"), job, mode, root, "BENCH_TOKEN"]
                            if job == "export":
                                pcmd.append(os.path.join(out, f"{mode}-{job}-{i}"))
                            ps, _, _, prc, pout = run(pcmd, env)
                            try:
                                counts = json.loads(pout.decode().strip().splitlines()[-1]).get("counts")
                            except (ValueError, IndexError):
                                counts = {"failed": prc}
                            times.append(ps)
                            print(f"{model:8} {job:6} users {users:6}  sdk-{mode} {ps:7.2f} s  "
                                  f"429s {throttled_since(log, offset)[0]}  counts {counts}", flush=True)
                        peer[mode] = sorted(times)[len(times) // 2]
                    rows.append((model, job, users, bound, runs, peer))
                shutil.rmtree(out, ignore_errors=True)
            finally:
                emu.terminate()
                emu.wait()
                os.unlink(log)
    print(f"load average at end: {load()}")
    print("\n| latency | job | users | Portrait s (runs) | lower bound s | ratio | SDK batched s | SDK naive s "
          "| Portrait CPU s | peak RSS MB | 429s (throttled requests) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for model, job, users, bound, runs, peer in rows:
        m = median_run(runs)
        s = m["s"]
        each = ", ".join(f"{r['s']:.2f}" for r in runs)
        b = f"{peer['batched']:.2f} ({peer['batched'] / s:.2f}x)" if "batched" in peer else "—"
        n = f"{peer['naive']:.2f} ({peer['naive'] / s:.2f}x)" if "naive" in peer else "—"
        throttles = ", ".join(f"{r['429']} ({r['batches']})" for r in runs)
        print(f"| {model} | {job} | {users:,} | {s:.2f} ({each}) | {bound:.2f} | **{s / bound:.3f}** | {b} | {n} "
              f"| {m['cpu']:.2f} | {m['rss']:.1f} | {throttles} |")


if __name__ == "__main__":
    main()
