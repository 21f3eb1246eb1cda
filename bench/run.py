#!/usr/bin/env python3
"""Portrait's throughput benchmark: audit and export of N users against portrait-emulator with
Graph's limits (rtt 40 ms, 15 ms per photo operation, 4 at once) under each of the emulator's latency models
(split, before, transfer, jitter), compared with the lower bound (users x service / 4 + rtt) and with
Microsoft's Graph JS SDK 3.0.7 used naively and with $batch.

Usage: bench/run.py [--users 1000 10000] [--models split before transfer jitter] [--repeat 3]
                    [--peer-repeat 1] [--build build/default] [--no-peers] [--naive-max 2000]
                    [--jobs audit export set] [--set-read-ms 0 15]
The set job (bulk photo upload, `import --apply`) runs against 60 ms of service per upload; --users is then the
number of photos.
Prints one line per run, the load average, and one Markdown table for BENCHMARKS.md (Portrait's figures are the
median of --repeat runs). Not a test.
"""
import argparse, os, re, resource, shutil, subprocess, sys, tempfile, time, json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RTT, SERVICE, CONCURRENCY = 40, 15, 4
WRITE_SERVICE = 60  # per upload (PUT of photo/$value): the figure


def start_emulator(build, users, model, service=SERVICE, write_service=0):
    cmd = [os.path.join(build, "app/emulator/portrait-emulator"), "--port", "0", "--users", str(users),
           "--rtt-ms", str(RTT), "--photo-service-ms", str(service), "--photo-concurrency", str(CONCURRENCY),
           "--latency-model", model, "--image-cache-mb", "1024"]
    if write_service:
        cmd += ["--photo-write-service-ms", str(write_service)]
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


def upns(cli, root, env):
    """The userPrincipalName of every user of the emulator's tenant (from an audit)."""
    out = subprocess.run([cli, "-q", "--json", "--graph-url", root, "--access-token-env", "BENCH_TOKEN", "audit",
                          "users"], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
    names = []
    for line in out.decode().splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if record.get("userPrincipalName"):
            names.append(record["userPrincipalName"])
    return names


def bench_set(args, cli, peers, photos, model, read_ms, with_peer):
    """Bulk set: `import FOLDER --apply` of one JPEG per user, against a fresh emulator each run (the same tenant
    state every time). Each principal costs one `$value` read (the backup, with its etag), the PUT and one metadata
    read (the verification): the bounds are photos x (write [+ 2 reads]) / 4 + rtt."""
    sample = os.path.join(ROOT, "resources/demo-import/Nestor Hansen.jpg")  # 300x300 JPEG: sent as it is
    runs, peer = [], None
    for i in range(args.repeat + (1 if with_peer else 0)):
        emu, root, token, log = start_emulator(args.build, photos, model, service=read_ms, write_service=WRITE_SERVICE)
        env = dict(os.environ, BENCH_TOKEN=token)
        work = tempfile.mkdtemp(prefix="portrait-bench-set-")
        try:
            folder = os.path.join(work, "photos")
            os.mkdir(folder)
            for upn in upns(cli, root, env)[:photos]:
                shutil.copyfile(sample, os.path.join(folder, upn + ".jpg"))
            offset = os.path.getsize(log)
            if i == args.repeat:  # the SDK peer, once, on its own fresh emulator
                ps, _, _, prc, pout = run(["node", os.path.join(peers, "graph-write-peer.mjs"), root, "BENCH_TOKEN",
                                           folder], env)
                try:
                    counts = json.loads(pout.decode().strip().splitlines()[-1]).get("counts")
                except (ValueError, IndexError):
                    counts = {"failed": prc}
                peer = {"s": ps, "counts": counts}
                print(f"{model:8} set    photos {photos:6}  reads {read_ms:2} ms  sdk-naive {ps:7.2f} s  "
                      f"429s {throttled_since(log, offset)[0]}  counts {counts}  load {load()}", flush=True)
                continue
            cmd = [cli, "-q", "--json", "--graph-url", root, "--access-token-env", "BENCH_TOKEN", "import", folder,
                   "--apply", "--journal", os.path.join(work, "journal")]
            s, cpu, rss, rc, out = run(cmd, env)
            written = verified = 0
            for line in out.decode().splitlines():
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                written += 1 if record.get("result") == "written" else 0
                verified += 1 if record.get("verified") else 0
            items, requests = throttled_since(log, offset)
            bound = written * WRITE_SERVICE / CONCURRENCY / 1000.0 + RTT / 1000.0
            fair = written * (WRITE_SERVICE + 2 * read_ms) / CONCURRENCY / 1000.0 + RTT / 1000.0
            runs.append({"s": s, "cpu": cpu, "rss": rss, "rc": rc, "429": items, "batches": requests,
                         "written": written, "verified": verified, "bound": bound, "fair": fair, "load": load()})
            print(f"{model:8} set    photos {photos:6}  reads {read_ms:2} ms  portrait {s:7.2f} s  written {written} "
                  f"(verified {verified})  ratio {s / bound:5.3f} (write-only bound {bound:.2f} s), "
                  f"{s / fair:5.3f} (with the reads, {fair:.2f} s)  cpu {cpu:6.2f} s  rss {rss:6.1f} MB  "
                  f"429s {items}  exit {rc}  load {load()}", flush=True)
        finally:
            emu.terminate()
            emu.wait()
            os.unlink(log)
            shutil.rmtree(work, ignore_errors=True)
    return runs, peer


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--users", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--models", nargs="+", default=["split", "before", "transfer", "jitter"])
    ap.add_argument("--jobs", nargs="+", default=["audit", "export"], help="audit, export, set (bulk photo upload)")
    ap.add_argument("--set-read-ms", type=int, nargs="+", default=[0, 15],
                    help="set: the reads' service time (ms) under which the uploads are measured")
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
    if "set" in args.jobs:
        set_rows = []
        for photos in args.users:
            for model in args.models:
                for read_ms in args.set_read_ms:
                    # The peer reads nothing: once per latency model is enough.
                    with_peer = not args.no_peers and read_ms == args.set_read_ms[0]
                    set_rows.append((model, photos, read_ms)
                                    + bench_set(args, cli, peers, photos, model, read_ms, with_peer))
        print("\n| latency | photos written | reads ms | Portrait s (runs) | write-only bound s | ratio "
              "| bound with reads s | ratio | SDK naive loop s | 429s | load |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        for model, photos, read_ms, runs, peer in set_rows:
            m = median_run(runs)
            each = ", ".join(f"{r['s']:.2f}" for r in runs)
            n = f"{peer['s']:.2f} ({peer['s'] / m['s']:.1f}x)" if peer else "—"
            print(f"| {model} | {m['written']:,} | {read_ms} | {m['s']:.2f} ({each}) | {m['bound']:.2f} "
                  f"| **{m['s'] / m['bound']:.3f}** | {m['fair']:.2f} | **{m['s'] / m['fair']:.3f}** | {n} "
                  f"| {', '.join(str(r['429']) for r in runs)} | {', '.join(r['load'].split()[0] for r in runs)} |")
        args.jobs = [j for j in args.jobs if j != "set"]
        if not args.jobs:
            return
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
