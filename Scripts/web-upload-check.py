#!/usr/bin/env python3
"""Drives the upload page's own script in headless Chromium through the DevTools protocol: chooses
files in the page's file input (as a clerk does), waits for the page to show every file finished,
prints the rows and saves a screenshot. Needs Debian's `chromium` and PyPI's `websocket-client`.
Run by hand against a running server:

    python3 Scripts/web-upload-check.py http://127.0.0.1:8765 OUT.png FILE...
"""
import json
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

BASE, OUT, FILES = sys.argv[1], sys.argv[2], sys.argv[3:]
PORT = 9333
profile = tempfile.mkdtemp(prefix="vanthu-chromium-")
browser = subprocess.Popen(
    ["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={PORT}",
     f"--user-data-dir={profile}", "--window-size=1280,900", "about:blank"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(100):
        try:
            pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{PORT}/json"))
            target = next(p for p in pages if p["type"] == "page")
            break
        except Exception:
            time.sleep(0.1)
    ws = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=30)
    counter = 0

    def call(method, **params):
        global counter
        counter += 1
        ws.send(json.dumps({"id": counter, "method": method, "params": params}))
        while True:
            message = json.loads(ws.recv())
            if message.get("id") == counter:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    def evaluate(expression):
        return call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    call("Page.enable")
    call("Page.navigate", url=BASE + "/upload")
    for _ in range(100):
        if evaluate("document.readyState") == "complete" and evaluate("!!document.getElementById('files')"):
            break
        time.sleep(0.1)
    root = call("DOM.getDocument")["root"]["nodeId"]
    node = call("DOM.querySelector", nodeId=root, selector="#files")["nodeId"]
    call("DOM.setFileInputFiles", nodeId=node, files=FILES)
    deadline = time.time() + 600
    summary = ""
    while time.time() < deadline:
        summary = evaluate("document.getElementById('summary').textContent") or ""
        if summary and "đang xử lý" not in summary:
            break
        time.sleep(0.5)
    print("summary:", summary)
    rows = evaluate("Array.from(document.querySelectorAll('#jobs tr')).map(r => Array.from(r.cells).map(c => c.textContent).join(' | '))")
    for row in rows:
        print("row:", row)
    links = evaluate("Array.from(document.querySelectorAll('#jobs a')).map(a => a.getAttribute('href'))")
    print("links:", links)
    shot = call("Page.captureScreenshot", format="png")["data"]
    import base64
    with open(OUT, "wb") as f:
        f.write(base64.b64decode(shot))
    print(OUT)
finally:
    browser.terminate()
    browser.wait()
