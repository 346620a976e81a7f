"""Wall time of a full `rasa train` (forced, no cache) on this machine.

python -m bench.train_time
"""

from __future__ import annotations

import tempfile
import time

from bench.record import rasa, record


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        rasa(
            "train", "--force", "--config", "config.yml", "--domain", "bot/domain",
            "--data", "data/nlu", "data/rules", "data/stories", "--out", tmp,
        )  # fmt: skip
        seconds = time.perf_counter() - start
    record(
        "train_time",
        {"seconds": round(seconds, 1), "aim_seconds": 300},
        [{"what": "full rasa train (forced)", "seconds": round(seconds, 1), "aim": "≤ 300"}],
    )


if __name__ == "__main__":
    main()
