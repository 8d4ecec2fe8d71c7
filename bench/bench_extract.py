"""Time ``egovcheck extract`` on inputs of 10-1,000 KB: ``python bench/bench_extract.py``.

Inputs are the dev corpus' texts repeated to size, as .txt and as .docx (one paragraph per line,
a 100-page plan is about 250-300 KB of text). Prints seconds per input; not a unit test.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from egovcheck.baselines import bundled
from egovcheck.extract import extract, read_document

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "extract" / "corpus" / "dev"
SIZES_KB = (10, 100, 300, 1000)


def corpus_text(kb: int) -> str:
    """The dev texts repeated to about ``kb`` kilobytes."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt")))
    times = max(1, kb * 1024 // len(text.encode()) + 1)
    return ("\n".join([text] * times)).encode()[: kb * 1024].decode("utf-8", "ignore")


def main() -> int:
    """Run the benchmark and print one line per input."""
    catalogue = bundled().catalogue
    try:
        import docx
    except ImportError:
        docx = None
    with tempfile.TemporaryDirectory() as folder:
        for kb in SIZES_KB:
            text = corpus_text(kb)
            txt = Path(folder) / f"plan-{kb}.txt"
            txt.write_text(text, encoding="utf-8")
            paths = [txt]
            if docx is not None:
                document = docx.Document()
                for line in text.splitlines():
                    document.add_paragraph(line)
                path = Path(folder) / f"plan-{kb}.docx"
                document.save(str(path))
                paths.append(path)
            for path in paths:
                start = time.perf_counter()
                draft = extract(read_document(str(path)), catalogue, source=path.name)
                seconds = time.perf_counter() - start
                print(
                    f"{path.suffix:6} {kb:5} KB  {seconds:6.2f} s  "
                    f"{len(draft.targets)} targets, {len(draft.unmapped)} comments"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
