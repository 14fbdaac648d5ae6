#!/usr/bin/env python3
"""Driver of scripts/bench-verify: one fresh provider per (mode, tool), findings mapped to the planted
violations, requests counted from the provider's log. Prints a table and exits 1 when a target is missed."""
import argparse
import glob
import json
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from provider import PLANTED  # noqa: E402  (operation -> (integrate check, what is wrong))

# Schemathesis 4 failure codes for the same checks.
ST_CODES = {
    "ST101": "server-error",
    "ST103": "status-code",
    "ST105": "content-type",
    "ST107": "response-headers",
    "ST108": "response-schema",
    "ST201": "negative-data-accepted",
}


def start_provider(args, mode, name):
    log = os.path.join(args.work, f"{name}-{mode}.log")
    port_file = os.path.join(args.work, f"{name}-{mode}.port")
    open(log, "w").close()
    process = subprocess.Popen([sys.executable, args.provider, "--mode", mode, "--log", log, "--port-file", port_file])
    for _ in range(100):
        if os.path.exists(port_file) and open(port_file).read().strip():
            return process, log, f"http://127.0.0.1:{open(port_file).read().strip()}"
        time.sleep(0.05)
    process.kill()
    sys.exit("error: the provider did not start")


def run_integrate(args, url, out):
    report = os.path.join(out, "integrate.json")
    command = [args.integrate, "verify", "openapi", args.spec, "--url", url, "--no-consumers", "--format", "json", "--output", report]
    code = subprocess.run(command, stdout=subprocess.DEVNULL, timeout=600).returncode
    if code not in (0, 1):
        sys.exit(f"error: integrate verify exited {code}")
    findings = json.load(open(report))["findings"]
    return {(finding["operation"], finding["check"]) for finding in findings}


def run_schemathesis(args, url, out):
    command = [args.st, "run", args.spec, "--url", url, "--checks", "all", "--max-examples", str(args.max_examples), "--seed", "1",
               "--workers", "1", "--generation-database", "none", "--report", "junit", "--report-dir", out]
    # In the work folder: st keeps a .schemathesis/ folder in its working directory.
    code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800, cwd=args.work).returncode
    reports = glob.glob(os.path.join(out, "junit*.xml"))
    if code not in (0, 1) or not reports:
        sys.exit(f"error: st run exited {code}")
    found = set()
    for case in ElementTree.parse(reports[0]).iter("testcase"):
        for failure in case.iter("failure"):
            for code_name in (failure.get("message") or "").replace(" ", "").split(","):
                found.add((case.get("name"), ST_CODES.get(code_name, code_name)))
    return found


def measure(args, mode, name, runner):
    out = os.path.join(args.work, f"{name}-{mode}")
    os.makedirs(out)
    process, log, url = start_provider(args, mode, name)
    try:
        started = time.monotonic()
        found = runner(args, url, out)
        seconds = time.monotonic() - started
    finally:
        process.terminate()
        process.wait(timeout=10)
    requests = sum(1 for _ in open(log))
    planted = {(operation, check) for operation, (check, _) in PLANTED.items()}
    return {"planted": len(found & planted) if mode == "planted" else 0, "other": len(found - planted), "missed": sorted(planted - found) if mode == "planted" else [],
            "requests": requests, "seconds": seconds}


def main():
    parser = argparse.ArgumentParser()
    for option in ("integrate", "st", "work", "spec", "provider"):
        parser.add_argument(f"--{option}", required=True)
    parser.add_argument("--max-examples", type=int, default=50)
    args = parser.parse_args()
    version = subprocess.run([args.st, "--version"], capture_output=True, text=True).stdout.strip()
    tools = [("integrate", run_integrate), ("schemathesis", run_schemathesis)]
    results = {(mode, name): measure(args, mode, name, runner) for mode in ("clean", "planted") for name, runner in tools}
    print(f"bench-verify: {len(PLANTED)} planted violations, {version}, --max-examples {args.max_examples}, checks all")
    print(f"{'mode':8} {'tool':13} {'planted found':>13} {'other findings':>14} {'requests':>9} {'wall s':>8}")
    for (mode, name), result in results.items():
        planted = f"{result['planted']}/{len(PLANTED)}" if mode == "planted" else "-"
        print(f"{mode:8} {name:13} {planted:>13} {result['other']:>14} {result['requests']:>9} {result['seconds']:>8.2f}")
        for operation, check in result["missed"]:
            print(f"         missed: {operation} [{check}]")
    failures = []
    for mode in ("clean", "planted"):
        ours, theirs = results[(mode, "integrate")], results[(mode, "schemathesis")]
        request_ratio = ours["requests"] / max(theirs["requests"], 1)
        time_ratio = ours["seconds"] / max(theirs["seconds"], 1e-9)
        print(f"{mode:8} integrate/schemathesis: requests {request_ratio:.3f} (target <= 0.25), time {time_ratio:.3f} (target <= 0.5)")
        if request_ratio > 0.25 or time_ratio > 0.5:
            failures.append(f"{mode}: ratio over target")
    for name, _ in tools:
        if results[("clean", name)]["other"]:
            failures.append(f"{name} reports findings on the clean provider")
        if results[("planted", name)]["missed"]:
            failures.append(f"{name} missed planted violations")
    print("targets: " + ("all met" if not failures else "missed: " + "; ".join(failures)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
