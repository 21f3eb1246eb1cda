#!/usr/bin/env python3
"""Portrait's throughput benchmark (issue 7): audit and export of N users against portrait-emulator with
Graph's limits (rtt 40 ms, 15 ms per photo operation, 4 at once), compared with the lower bound
(users x service / 4 + rtt) and with Microsoft's Graph JS SDK 3.0.7 used naively and with $batch.

Usage: bench/run.py [--users 1000 10000] [--build build/default] [--no-peers] [--naive-max 2000]
Prints one line per run and a Markdown table for BENCHMARKS.md. Not a test.
"""
import argparse, os, re, resource, shutil, subprocess, sys, tempfile, time, json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RTT, SERVICE, CONCURRENCY = 40, 15, 4


def start_emulator(build, users):
    cmd = [os.path.join(build, "app/emulator/portrait-emulator"), "--port", "0", "--users", str(users),
           "--rtt-ms", str(RTT), "--photo-service-ms", str(SERVICE), "--photo-concurrency", str(CONCURRENCY),
           "--image-cache-mb", "1024"]
    log = tempfile.NamedTemporaryFile(prefix="emulator-", suffix=".log", delete=False)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, text=True)
    line = proc.stdout.readline()
    m = re.search(r"(http://127\.0\.0\.1:\d+/v1\.0) \(token: (\S+)\)", line)
    if not m:
        raise SystemExit("emulator did not start: " + line)
    return proc, m.group(1), m.group(2), log.name


def throttled_since(log_path, offset):
    with open(log_path, "rb") as f:
        f.seek(offset)
        text = f.read().decode("utf-8", "replace")
    n = 0
    for line in text.splitlines():
        m = re.search(r" throttled (\d+)", line)
        if m:
            n += int(m.group(1))
    return n


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
    ap.add_argument("--build", default=os.path.join(ROOT, "build/default"))
    ap.add_argument("--no-peers", action="store_true")
    ap.add_argument("--naive-max", type=int, default=2000, help="skip the naive peer above this many users")
    args = ap.parse_args()
    cli = os.path.join(args.build, "app/cli/portrait-cli")
    peers = os.path.join(ROOT, "bench/peers")
    if not args.no_peers and not os.path.isdir(os.path.join(peers, "node_modules")):
        subprocess.check_call(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=peers)
    rows = []
    for users in args.users:
        bound = users * SERVICE / CONCURRENCY / 1000.0 + RTT / 1000.0
        emu, root, token, log = start_emulator(args.build, users)
        env = dict(os.environ, BENCH_TOKEN=token)
        try:
            out = tempfile.mkdtemp(prefix="portrait-bench-")
            # Warm the emulator's photo cache so that rendering is nobody's cost.
            subprocess.run([cli, "-q", "--graph-url", root, "--access-token-env", "BENCH_TOKEN", "export", "users",
                            "--out", os.path.join(out, "warm")], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            for job in ("audit", "export"):
                results = {}
                offset = os.path.getsize(log)
                dest = os.path.join(out, "portrait-" + job)
                cmd = [cli, "-q", "--json", "--graph-url", root, "--access-token-env", "BENCH_TOKEN", job, "users"]
                if job == "export":
                    cmd += ["--out", dest]
                s, cpu, rss, rc, _ = run(cmd, env)
                results["portrait"] = (s, throttled_since(log, offset))
                line = (f"{job:6} users {users:6}  portrait {s:7.2f} s  bound {bound:6.2f} s  ratio {s / bound:5.2f}  "
                        f"cpu {cpu:6.2f} s  rss {rss:6.1f} MB  429s {results['portrait'][1]}  exit {rc}")
                for mode in ("batched", "naive"):
                    if args.no_peers or (mode == "naive" and users > args.naive_max):
                        continue
                    offset = os.path.getsize(log)
                    pcmd = ["node", os.path.join(peers, "graph-peer.mjs"), job, mode, root, "BENCH_TOKEN"]
                    if job == "export":
                        pcmd.append(os.path.join(out, f"{mode}-{job}"))
                    ps, _, _, prc, pout = run(pcmd, env)
                    results[mode] = (ps, throttled_since(log, offset))
                    try:
                        peer = json.loads(pout.decode().strip().splitlines()[-1])
                    except (ValueError, IndexError):
                        peer = {"counts": {"failed": prc}}
                    line += f"  [sdk-{mode} counts {peer.get('counts')}]"
                    line += f"  | sdk-{mode} {ps:7.2f} s ({ps / s:4.2f}x, 429s {results[mode][1]})"
                print(line, flush=True)
                rows.append((job, users, s, bound, cpu, rss, results))
            shutil.rmtree(out, ignore_errors=True)
        finally:
            emu.terminate()
            emu.wait()
            os.unlink(log)
    print("\n| job | users | Portrait s | lower bound s | ratio | SDK batched s | SDK naive s | Portrait CPU s | peak RSS MB | 429s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for job, users, s, bound, cpu, rss, r in rows:
        b = f"{r['batched'][0]:.2f} ({r['batched'][0] / s:.2f}x)" if "batched" in r else "—"
        n = f"{r['naive'][0]:.2f} ({r['naive'][0] / s:.2f}x)" if "naive" in r else "—"
        print(f"| {job} | {users} | {s:.2f} | {bound:.2f} | {s / bound:.2f} | {b} | {n} | {cpu:.2f} | {rss:.1f} | {r['portrait'][1]} |")


if __name__ == "__main__":
    main()
