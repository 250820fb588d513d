"""Make a JSONL corpus for the benchmarks from PolNeAR texts (or any JSONL with id and text).

    python benchmarks/make_corpus.py ../shared/data/polnear/train.jsonl -n 200 -o corpus.jsonl
"""

import argparse
import json


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", help="JSONL with id and text (PolNeAR train.jsonl works as it is)")
    parser.add_argument("-n", type=int, default=200, help="number of articles (default 200)")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    written = 0
    with open(args.source, encoding="utf-8") as source, open(args.output, "w", encoding="utf-8") as out:
        for line in source:
            if written == args.n:
                break
            article = json.loads(line)
            record = {k: article.get(k) for k in ("id", "title", "text")}
            record["published"] = article.get("date") or article.get("published")
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    print(f"wrote {written} articles to {args.output}")


if __name__ == "__main__":
    main()
