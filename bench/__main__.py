# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: The messenger developers
"""``python -m bench NAME [options]``: run one benchmark, print JSON lines.

Budgets are checked by comparing figures taken in the same run (ratios), never
by timed tests: the machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import importlib
import sys

BENCHMARKS = {
    "attach": "bench.attach",
    "email_latency": "bench.email_latency",
    "email_sync": "bench.email_sync",
    "startup": "bench.startup",
    "storage": "bench.storage",
    "xmpp_burst": "bench.xmpp_burst",
    "xmpp_receive": "bench.xmpp_receive",
    "xmpp_login": "bench.xmpp_login",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("name", choices=sorted(BENCHMARKS))
    args, rest = parser.parse_known_args(argv)
    module = importlib.import_module(BENCHMARKS[args.name])
    result: int = module.main(rest)
    return result


if __name__ == "__main__":
    sys.exit(main())
