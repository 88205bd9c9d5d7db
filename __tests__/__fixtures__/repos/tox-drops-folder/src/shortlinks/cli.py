import argparse
import sys

from .store import Store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="shortlinks")
    parser.add_argument("--db", default="links.db")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("shorten").add_argument("url")
    sub.add_parser("expand").add_argument("code")
    args = parser.parse_args(argv)
    store = Store(args.db)
    try:
        if args.cmd == "shorten":
            print(store.shorten(args.url))
            return 0
        url = store.expand(args.code)
        if url is None:
            print(f"unknown code {args.code}", file=sys.stderr)
            return 1
        print(url)
        return 0
    finally:
        store.close()
