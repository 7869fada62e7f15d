"""Time and peak memory of `frclaims.extract` on one long text (0.5, 1 and 5 MB by default).

    python benchmarks/long_text.py [--sizes 500000 1000000 5000000]

The text is the body paragraphs of the corpus articles, concatenated and repeated to the size asked for, so
it holds many amounts, organisations and places, like a very long page would. Each size runs in a fresh process: "peak RSS" is that
process's largest resident set (getrusage), model included; "model only" is the same after loading the model
and extracting an empty text, so the difference is what the long text costs. Prints a markdown table.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
import frclaims
from frclaims.segment import segment

size = int(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
# Body paragraphs only: a page's comments or teasers would end the body of the long text at the first one.
articles = "\n\n".join(t[s.start:s.end] for t in texts for s in segment(t).paragraphs)
text = (articles + "\n\n") * (size // (len(articles) + 2) + 1)
text = text[:size]
frclaims.extract("")
model_only = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
began = time.perf_counter()
result = frclaims.extract(text) if size else None
seconds = time.perf_counter() - began
print(json.dumps({"chars": len(text), "seconds": seconds, "claims": len(result.claims) if result else 0,
                  "model_only_mb": model_only,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(size: int) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(size), str(ROOT / "corpus")],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500_000, 1_000_000, 5_000_000])
    args = parser.parse_args()
    print("| characters | seconds | characters/s | claims | peak RSS MB | model only MB |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes:
        row = measure(size)
        print(f"| {row['chars']:,} | {row['seconds']:.1f} | {row['chars'] / row['seconds']:,.0f} | {row['claims']} "
              f"| {row['peak_mb']:,.0f} | {row['model_only_mb']:,.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
