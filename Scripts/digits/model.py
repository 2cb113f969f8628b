"""A small CNN in plain numpy: conv5x5x24 - relu - maxpool2 - conv5x5x48 - relu - maxpool2 -
dense 96 - relu - dense 11. Layouts match Sources/HandwrittenDigits/DigitClassifier.swift:
input [N, 1, 28, 28]; conv weights [out, in, 5, 5]; flatten in (channel, row, column) order;
dense weights [out, in]."""
from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

F1, F2, H = 24, 48, 96
SHAPES = {
    "conv1.w": (F1, 1, 5, 5), "conv1.b": (F1,),
    "conv2.w": (F2, F1, 5, 5), "conv2.b": (F2,),
    "fc1.w": (H, F2 * 4 * 4), "fc1.b": (H,),
    "fc2.w": (11, H), "fc2.b": (11,),
}
ORDER = list(SHAPES)


def init(rng: np.random.Generator) -> dict[str, np.ndarray]:
    p = {}
    for name, shape in SHAPES.items():
        if name.endswith(".b"):
            p[name] = np.zeros(shape, np.float32)
        else:
            fan_in = int(np.prod(shape[1:]))
            p[name] = (rng.standard_normal(shape) * np.sqrt(2.0 / fan_in)).astype(np.float32)
    return p


def _conv(x, w, b):
    n, c, h, wd = x.shape
    f, _, k, _ = w.shape
    oh, ow = h - k + 1, wd - k + 1
    cols = sliding_window_view(x, (k, k), axis=(2, 3))  # n c oh ow k k
    cols = cols.transpose(0, 2, 3, 1, 4, 5).reshape(n * oh * ow, c * k * k)
    out = cols @ w.reshape(f, -1).T + b
    return out.reshape(n, oh, ow, f).transpose(0, 3, 1, 2), cols


def _conv_back(dout, x, w, cols, need_dx):
    n, c, h, wd = x.shape
    f, _, k, _ = w.shape
    oh, ow = h - k + 1, wd - k + 1
    d = dout.transpose(0, 2, 3, 1).reshape(n * oh * ow, f)
    dw = (d.T @ cols).reshape(w.shape)
    db = d.sum(axis=0)
    dx = None
    if need_dx:
        dcols = (d @ w.reshape(f, -1)).reshape(n, oh, ow, c, k, k)
        dx = np.zeros_like(x)
        for i in range(k):
            for j in range(k):
                dx[:, :, i:i + oh, j:j + ow] += dcols[:, :, :, :, i, j].transpose(0, 3, 1, 2)
    return dw, db, dx


def _pool(x):
    n, c, h, w = x.shape
    r = x.reshape(n, c, h // 2, 2, w // 2, 2)
    out = r.max(axis=(3, 5))
    return out, r


def _pool_back(dout, r, out):
    mask = r == out[:, :, :, None, :, None]
    d = mask * dout[:, :, :, None, :, None]
    n, c, h2, _, w2, _ = r.shape
    return d.reshape(n, c, h2 * 2, w2 * 2)


def forward(p, x, keep=False):
    a1, c1 = _conv(x, p["conv1.w"], p["conv1.b"])
    r1 = np.maximum(a1, 0)
    p1, pr1 = _pool(r1)
    a2, c2 = _conv(p1, p["conv2.w"], p["conv2.b"])
    r2 = np.maximum(a2, 0)
    p2, pr2 = _pool(r2)
    flat = p2.reshape(len(x), -1)
    a3 = flat @ p["fc1.w"].T + p["fc1.b"]
    r3 = np.maximum(a3, 0)
    logits = r3 @ p["fc2.w"].T + p["fc2.b"]
    if not keep:
        return logits
    return logits, (x, a1, c1, r1, p1, pr1, a2, c2, r2, p2, pr2, flat, a3, r3)


def softmax(logits):
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def loss_and_grads(p, x, y, smoothing=0.05):
    logits, cache = forward(p, x, keep=True)
    x, a1, c1, r1, p1, pr1, a2, c2, r2, p2, pr2, flat, a3, r3 = cache
    n = len(y)
    probs = softmax(logits)
    target = np.full_like(probs, smoothing / probs.shape[1])
    target[np.arange(n), y] += 1 - smoothing
    loss = float(-(target * np.log(probs + 1e-9)).sum() / n)
    dl = (probs - target) / n
    g = {}
    g["fc2.w"] = dl.T @ r3
    g["fc2.b"] = dl.sum(0)
    d3 = (dl @ p["fc2.w"]) * (a3 > 0)
    g["fc1.w"] = d3.T @ flat
    g["fc1.b"] = d3.sum(0)
    dflat = (d3 @ p["fc1.w"]).reshape(p2.shape)
    dr2 = _pool_back(dflat, pr2, p2) * (a2 > 0)
    g["conv2.w"], g["conv2.b"], dp1 = _conv_back(dr2, p1, p["conv2.w"], c2, True)
    dr1 = _pool_back(dp1, pr1, p1) * (a1 > 0)
    g["conv1.w"], g["conv1.b"], _ = _conv_back(dr1, x, p["conv1.w"], c1, False)
    return loss, g


class Adam:
    def __init__(self, params, lr=2e-3, b1=0.9, b2=0.999, eps=1e-8):
        self.lr, self.b1, self.b2, self.eps, self.t = lr, b1, b2, eps, 0
        self.m = {k: np.zeros_like(v) for k, v in params.items()}
        self.v = {k: np.zeros_like(v) for k, v in params.items()}

    def step(self, params, grads, lr):
        self.t += 1
        for k in params:
            g = grads[k].astype(np.float32)
            self.m[k] = self.b1 * self.m[k] + (1 - self.b1) * g
            self.v[k] = self.b2 * self.v[k] + (1 - self.b2) * g * g
            mh = self.m[k] / (1 - self.b1 ** self.t)
            vh = self.v[k] / (1 - self.b2 ** self.t)
            params[k] -= (lr * mh / (np.sqrt(vh) + self.eps)).astype(np.float32)


def predict(p, x, batch=512):
    """Class probabilities of one network (a dict of weights) or, for a list of networks, the
    mean of their probabilities (the ensemble Swift runs)."""
    if isinstance(p, (list, tuple)):
        return np.mean([predict(member, x, batch) for member in p], axis=0)
    out = []
    for i in range(0, len(x), batch):
        out.append(softmax(forward(p, x[i:i + batch]).astype(np.float64)))
    return np.concatenate(out) if out else np.zeros((0, 11))


def load_swift(path: str) -> list[dict[str, np.ndarray]]:
    """The ensemble committed in Sources/HandwrittenDigits/DigitWeights.swift: one dict of
    weights per member (older files hold one network as `float16Base64`)."""
    import base64
    import re
    text = open(path, encoding="utf-8").read()
    blobs = re.findall(r'"""\n(.*?)"""', text, re.S)
    if not blobs:
        raise SystemExit(f"{path}: no weights literal")
    # The shapes written beside the weights (older files have narrower layers than SHAPES).
    shapes = {m.group(1): tuple(int(v) for v in m.group(2).split(","))
              for m in re.finditer(r'\("([a-z0-9.]+)", \[([0-9, ]+)\]\)', text)}
    members = []
    for blob in blobs:
        values = np.frombuffer(base64.b64decode("".join(blob.split())), dtype="<f2").astype(np.float32)
        params, at = {}, 0
        for name in ORDER:
            shape = shapes.get(name, SHAPES[name])
            n = int(np.prod(shape))
            params[name] = values[at:at + n].reshape(shape)
            at += n
        if at != len(values):
            raise SystemExit(f"{path}: {len(values)} values, the network needs {at}")
        members.append(params)
    return members
