"""Machine instructions the rules take per article and per MB, counted by Valgrind: a steady A/B figure.

On a shared machine the CPU time of one run varies by 5 to 10%, more than most changes to
the rules save or cost. The number of instructions executed does not vary: run under
Valgrind's cachegrind (`--cache-sim=no`, about thirty times slower), the same code over
the same articles gives the same count to within a few in a million, so two versions of
the code can be compared by one run each. The count is not a speed (an instruction of the
regular-expression engine and one of the interpreter do not take the same time), but a
change that removes work shows as fewer instructions.

The rules run twice in fresh processes, each reading the same articles: over the first
`--warm` of them (imports, word lists, compiled patterns), then over those and the next
`--count`; the difference is what the rules spend on the `--count` articles alone.
`--by-part` splits it into the parts of the Python runtime it was spent in (the
regular-expression engine, the interpreter, objects and memory, strings, the rest),
from cachegrind's per-function counts; `--functions N` lists the N C functions that
executed most of it. Run from the repository root (or the
root of another checkout, to compare it):

    python benchmarks/instructions.py /tmp/quotes-bench/synthetic-10000.jsonl --count 300 --by-part

Needs `valgrind` (and `cg_diff`, `cg_annotate` for `--by-part`) on the PATH.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Where an instruction was spent, by the C source file of the function that executed it.
PARTS = (
    ("regular expressions", ("_sre", "sre_lib.h", "sre.c")),
    ("interpreter", ("ceval.c", "frame.c", "pycore_frame.h", "call.c", "methodobject.c", "descrobject.c",
                     "getargs.c", "funcobject.c", "genobject.c")),
    ("objects and memory", ("obmalloc.c", "malloc.c", "gcmodule.c", "tupleobject.c", "listobject.c", "dictobject.c",
                "object.c", "typeobject.c", "longobject.c", "memmove", "memset", "memcpy")),
    ("strings", ("unicodeobject.c", "unicodectype.c", "stringlib", "pyhash.c", "bytesobject.c")),
)


def _child(path: Path, warm: int, count: int, counted: bool) -> None:
    """Read `warm` + `count` articles and process the first `warm`, and the others if `counted` (in a
    process run under Valgrind); print the MB of the last `count`. Both runs read the same articles,
    so that reading them is no part of the difference."""
    from quotes.pipeline import process
    from quotes.readers import read_documents

    docs = []
    for doc in read_documents([path], report=lambda message: None):
        docs.append(doc)
        if len(docs) == warm + count:
            break
    for doc in docs[:warm + count if counted else warm]:
        process(doc)
    print(sum(len(doc.text.encode()) for doc in docs[warm:warm + count]) / 1e6)


def _counted(path: Path, warm: int, count: int, counted: bool, out: Path) -> tuple[int, float]:
    """Instructions of a run that processes `warm` articles, and `count` more if `counted`; and the MB
    of those `count`."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}",
               sys.executable, __file__, str(path), "--child", "--warm", str(warm), "--count", str(count),
               *(["--counted"] if counted else [])]
    run = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)
    refs = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if run.returncode != 0 or refs is None:
        sys.exit(f"instructions.py: the counted run failed: {(run.stderr.strip().splitlines() or ['?'])[-1]}")
    return int(refs.group(1).replace(",", "")), float(run.stdout.strip().splitlines()[-1])


def _functions(base: Path, full: Path) -> list[tuple[int, str, str]]:
    """The instructions of `full` minus `base` by C function: (count, source file, function), largest first."""
    difference = base.with_suffix(".diff")
    with difference.open("w") as out:
        subprocess.run(["cg_diff", str(base), str(full)], stdout=out, check=True)
    listing = subprocess.run(["cg_annotate", "--threshold=0", "--auto=no", str(difference)],
                             capture_output=True, text=True, check=True).stdout
    found = []
    for line in listing.splitlines():
        match = re.match(r"\s*(-?[\d,]+)\s+\([^)]*\)\s+(\S+):(\S+)$", line)
        if match is not None:
            found.append((int(match.group(1).replace(",", "")), match.group(2), match.group(3)))
    return sorted(found, reverse=True)


def _part(source: str) -> str:
    return next((name for name, files in PARTS if any(f in source for f in files)), "the rest")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input", type=Path, help="a JSONL file (or anything `quotes build` reads)")
    parser.add_argument("--warm", type=int, default=100, help="articles processed before counting")
    parser.add_argument("--count", type=int, default=300, help="articles counted")
    parser.add_argument("--by-part", action="store_true", help="split the count by part of the runtime")
    parser.add_argument("--functions", type=int, default=0, metavar="N",
                        help="also list the N C functions that executed most of it")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--counted", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.input, args.warm, args.count, args.counted)
        return
    missing = [tool for tool in ("valgrind", *(("cg_diff", "cg_annotate") if args.by_part or args.functions else ()))
               if shutil.which(tool) is None]
    if missing:
        sys.exit(f"instructions.py: needs {', '.join(missing)} on the PATH")
    with tempfile.TemporaryDirectory(prefix="quotes-instructions-") as folder:
        base, full = Path(folder) / "warm.out", Path(folder) / "counted.out"
        warm_refs, _ = _counted(args.input, args.warm, args.count, False, base)
        full_refs, mb = _counted(args.input, args.warm, args.count, True, full)
        spent = full_refs - warm_refs
        print(f"{ROOT.name}: {args.count} articles, {mb:.2f} MB: {spent / 1e6:,.0f} M instructions, "
              f"{spent / args.count / 1e6:.2f} M per article, {spent / mb / 1e9:.2f} G per MB")
        if args.by_part or args.functions:
            functions = _functions(base, full)
            parts: dict[str, int] = defaultdict(int)
            for value, source, _ in functions:
                parts[_part(source)] += value
            for name, value in sorted(parts.items(), key=lambda item: -item[1]):
                print(f"  {name:20s} {value / 1e6:10,.0f} M  {100 * value / spent:5.1f}%")
            for value, source, function in functions[:args.functions]:
                print(f"    {value / 1e6:10,.1f} M  {100 * value / spent:5.1f}%  {function} ({Path(source).name})")


if __name__ == "__main__":
    main()
