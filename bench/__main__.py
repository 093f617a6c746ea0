"""``python -m bench``: run every benchmark once, print the tables, write the report.

A missed target is a result, not an error: the exit status is 0 whenever the benchmarks
ran, so the report is written either way (``--strict`` makes a miss exit 1).
``--soak SECONDS`` runs only the soak test and writes only its own section.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench import (
    Benchmark,
    Options,
    bus,
    footprint,
    http_about,
    ollama_stream,
    report,
    soak,
    ws_fanout,
)

BENCHMARKS: dict[str, Benchmark] = {
    "bus": bus,
    "http": http_about,
    "stream": ollama_stream,
    "ws": ws_fanout,
    "footprint": footprint,
}
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "performance.md"
QUICK_RUNS = 5


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--runs", type=int, help=f"measured streaming runs per path ({Options.runs}; quick 5)"
    )
    parser.add_argument("--warmup", type=int, default=Options.warmup, help="unmeasured runs first")
    parser.add_argument(
        "--profile",
        type=Path,
        help="also sample synth with py-spy in extra runs (.svg flamegraph, .json speedscope, "
        "else raw collapsed stacks)",
    )
    parser.add_argument("--quick", action="store_true", help="smaller counts, about a minute")
    parser.add_argument(
        "--only", help=f"comma-separated benchmarks to run, of: {', '.join(BENCHMARKS)}"
    )
    parser.add_argument(
        "--soak", type=float, metavar="SECONDS", help="run only the soak test, this long"
    )
    parser.add_argument(
        "--soak-sample", type=float, metavar="SECONDS", help="soak: seconds between RSS samples"
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="the report")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    if args.only:
        unknown = set(args.only.split(",")) - BENCHMARKS.keys()
        if unknown:
            parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    return args


def run_soak(args: argparse.Namespace, machine: report.Machine) -> bool:
    print(f"running: {soak.TITLE} ({args.soak:g} s)", file=sys.stderr, flush=True)
    section = soak.run_soak(args.soak, args.soak_sample)
    print(report.soak_results(machine, section))
    if not args.no_write:
        report.write_soak(args.output, machine, section)
        print(f"wrote {args.output}", file=sys.stderr)
    return section.passed


def run_benchmarks(args: argparse.Namespace, machine: report.Machine) -> bool:
    runs = args.runs if args.runs is not None else (QUICK_RUNS if args.quick else Options.runs)
    options = Options(
        runs=max(1, runs), warmup=max(0, args.warmup), profile=args.profile, quick=args.quick
    )
    names = args.only.split(",") if args.only else list(BENCHMARKS)
    sections: list[report.Section] = []
    for name in names:
        benchmark = BENCHMARKS[name]
        print(f"running: {benchmark.TITLE}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        sections.append(benchmark.run(options))
        print(f"  ({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
    print(report.results(machine, sections))
    if not args.no_write:
        report.write(args.output, machine, sections)
        print(f"wrote {args.output}", file=sys.stderr)
    if options.profile is not None:
        print(f"profile of synth: {options.profile}", file=sys.stderr)
    return all(section.passed for section in sections)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    machine = report.Machine.here()
    started = time.perf_counter()
    passed = run_soak(args, machine) if args.soak is not None else run_benchmarks(args, machine)
    print(f"\n(took {time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 1 if args.strict and not passed else 0


if __name__ == "__main__":
    sys.exit(main())
