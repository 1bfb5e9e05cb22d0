#!/usr/bin/env python3
"""serve.py — a small static server for build/site/ with the right MIME types (used by serve.sh and tests).
Usage: serve.py DIR PORT [--header 'Name: value' ...]"""
import http.server
import sys
from functools import partial


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript",
        ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json", ".html": "text/html; charset=utf-8",
    }
    extra_headers = []

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
