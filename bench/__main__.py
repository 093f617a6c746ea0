"""``python -m bench``: run every benchmark once, print the tables, write the report.

A missed target is a result, not an error: the exit status is 0 whenever the benchmarks
ran, so the report is written either way (``--strict`` makes a miss exit 1).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench import Benchmark, Options, ollama_stream, report

BENCHMARKS: tuple[Benchmark, ...] = (ollama_stream,)
DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "performance.md"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=Options.runs, help="measured runs per path")
    parser.add_argument("--warmup", type=int, default=Options.warmup, help="unmeasured runs first")
    parser.add_argument(
        "--profile",
        type=Path,
        help="also sample synth with py-spy in extra runs (.svg flamegraph, .json speedscope, "
        "else raw collapsed stacks)",
    )
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="the report")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    options = Options(runs=max(1, args.runs), warmup=max(0, args.warmup), profile=args.profile)
    machine = report.Machine.here()
    sections: list[report.Section] = []
    started = time.perf_counter()
    for benchmark in BENCHMARKS:
        print(f"running: {benchmark.TITLE}", file=sys.stderr, flush=True)
        sections.append(benchmark.run(options))
    print(report.results(machine, sections))
    print(f"\n(took {time.perf_counter() - started:.0f} s)", file=sys.stderr)
    if not args.no_write:
        report.write(args.output, machine, sections)
        print(f"wrote {args.output}", file=sys.stderr)
    if options.profile is not None:
        print(f"profile of synth: {options.profile}", file=sys.stderr)
    missed = not all(section.passed for section in sections)
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    sys.exit(main())
