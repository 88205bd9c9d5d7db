import argparse

import joblib
import pandas as pd
from sklearn.metrics import accuracy_score


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--model", required=True)
    p.add_argument("--data", default="../data/reviews_holdout.csv")
    p.add_argument("--print-accuracy", action="store_true")
    args = p.parse_args()
    df = pd.read_csv(args.data)
    model = joblib.load(args.model)
    acc = accuracy_score(df["label"], model.predict(df["text"]))
    print(f"{acc:.4f}" if args.print_accuracy else f"accuracy: {acc:.4f}")


if __name__ == "__main__":
    main()
