#!/usr/bin/env python3
"""serve.py — a small static server for build/site/ with the right MIME types (used by serve.sh and tests).
Usage: serve.py DIR PORT [--header 'Name: value' ...]"""
import gzip
import http.server
import io
import os
import sys
from functools import partial

COMPRESSIBLE = (".html", ".js", ".css", ".wasm", ".svg", ".json")


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript",
        ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json", ".html": "text/html; charset=utf-8",
    }
    extra_headers = []

    def send_head(self):
        # Compress text and wasm when the browser accepts gzip, as any production server would.
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not accepts or not path.endswith(COMPRESSIBLE) or not os.path.isfile(path):
            return super().send_head()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)

    def end_headers(self):
        for name, value in self.extra_headers:
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args):
        pass


def main():
    directory, port = sys.argv[1], int(sys.argv[2])
    args = sys.argv[3:]
    while args:
        if args[0] == "--header" and len(args) > 1:
            name, _, value = args[1].partition(":")
            Handler.extra_headers.append((name.strip(), value.strip()))
            args = args[2:]
        else:
            sys.exit("serve.py: unknown argument " + args[0])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), partial(Handler, directory=directory))
    print(f"Serving {directory} at http://127.0.0.1:{port}/", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
