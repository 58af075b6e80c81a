"""Runs commands alternately and reports each run's wall time and peak memory.

Reads JSON {"commands": [[argv...], ...], "runs": N, "warmup": W, "unset": [names]} on stdin and writes
JSON {"results": [[{"ms": float, "rss_kb": int}, ...], ...]} on stdout. os.wait4 gives each
child's own peak RSS, which Node cannot report for a child process.
"""
import json
import os
import sys
import time


def run_once(argv, env):
    devnull = os.open(os.devnull, os.O_RDWR)
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        os.execvpe(argv[0], argv, env)
    _, status, usage = os.wait4(pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    os.close(devnull)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"command failed: {' '.join(argv)}")
    return {"ms": elapsed, "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000, "rss_kb": usage.ru_maxrss}


def main():
    spec = json.load(sys.stdin)
    env = {k: v for k, v in os.environ.items() if k not in spec.get("unset", [])}
    commands = spec["commands"]
    for _ in range(spec.get("warmup", 3)):
        for argv in commands:
            run_once(argv, env)
    results = [[] for _ in commands]
    for _ in range(spec["runs"]):
        for i, argv in enumerate(commands):
            results[i].append(run_once(argv, env))
    json.dump({"results": results}, sys.stdout)


main()
