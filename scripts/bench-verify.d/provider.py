#!/usr/bin/env python3
"""The bench-verify provider: the `shop.yaml` API on loopback, clean or with planted violations.

    provider.py --mode clean|planted --log FILE --port-file FILE

Binds 127.0.0.1 on a free port (written to --port-file), appends one line per request to --log
(`METHOD target status`), so the benchmark counts requests from the provider's side. Standard
library only. In `planted` mode, each of six operations breaks one check (see PLANTED); everything
else behaves as the spec says in both modes: inputs that break the spec get 400 (415 for a body that
is not JSON), a deleted item is 404 from then on, undeclared methods get 405 with an `Allow` header.
"""
import argparse
import json
import math
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

# operation -> (integrate check id, what the provider does wrong)
PLANTED = {
    "GET /items": ("response-headers", "the documented required X-Total-Count header is missing"),
    "POST /items": ("negative-data-accepted", "any body is accepted with 201"),
    "GET /items/{id}": ("response-schema", "price is a string"),
    "DELETE /items/{id}": ("status-code", "answers 202, documented are 204, 400 and 404"),
    "GET /reports": ("server-error", "kind=monthly answers 500"),
    "GET /health": ("content-type", "text/plain, documented is application/json"),
}

ITEM_ID = re.compile(r"^/items/([^/]+)$")
INTEGER = re.compile(r"^-?[0-9]+$")
KINDS = ("daily", "weekly", "monthly")


class Invalid(Exception):
    """The request breaks the spec: 400."""


def one_query_value(query, name, required):
    values = query.get(name)
    if values is None:
        if required:
            raise Invalid(f"{name} is required")
        return None
    if len(values) != 1:
        raise Invalid(f"{name} given {len(values)} times")
    return values[0]


def integer(text, name, low, high=None):
    if not INTEGER.match(text):
        raise Invalid(f"{name} is not an integer")
    value = int(text)
    if value < low or (high is not None and value > high):
        raise Invalid(f"{name} is out of range")
    return value


def reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def new_item(body):
    try:
        value = json.loads(body.decode("utf-8"), parse_constant=reject_constant)
    except (UnicodeDecodeError, ValueError):
        raise Invalid("the body is not JSON")
    if not isinstance(value, dict):
        raise Invalid("the body is not an object")
    if set(value) - {"name", "price"}:
        raise Invalid("unknown property")
    name, price = value.get("name"), value.get("price")
    if not isinstance(name, str) or not 1 <= len(name) <= 20:
        raise Invalid("name must be a string of 1 to 20 characters")
    if isinstance(price, bool) or not isinstance(price, (int, float)) or (isinstance(price, float) and not math.isfinite(price)) or price < 0:
        raise Invalid("price must be a number >= 0")
    return name, price


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    mode = "clean"
    log_file = None
    lock = threading.Lock()
    created = 0
    deleted = set()

    def log_message(self, *args):
        pass

    def __getattr__(self, name):
        # Any method, including ones http.server does not know (QUERY, PROPFIND, ...).
        if name.startswith("do_"):
            return self.handle_any
        raise AttributeError(name)

    def send(self, status, body=None, content_type="application/json", headers=()):
        data = b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)
        with Handler.lock:
            with open(Handler.log_file, "a") as log:
                log.write(f"{self.command} {self.path} {status}\n")

    def handle_any(self):
        length = self.headers.get("Content-Length")
        body = b""
        try:
            body = self.rfile.read(int(length)) if length else b""
        except ValueError:
            return self.send(400, {"message": "bad Content-Length"})
        parts = urlsplit(self.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        path = parts.path
        planted = Handler.mode == "planted"
        try:
            if path == "/items":
                return self.items(query, body, planted)
            match = ITEM_ID.match(path)
            if match:
                return self.item(match.group(1), planted)
            if path == "/reports":
                return self.reports(query, planted)
            if path == "/health":
                return self.health(planted)
            return self.send(404, {"message": "no such path"})
        except Invalid as error:
            return self.send(400, {"message": str(error)})

    def not_allowed(self, allowed):
        self.send(405, {"message": f"{self.command} not allowed"}, headers=[("Allow", ", ".join(allowed))])

    def items(self, query, body, planted):
        if self.command == "GET":
            limit = one_query_value(query, "limit", required=False)
            count = 3 if limit is None else integer(limit, "limit", 1, 50)
            items = [{"id": n, "name": f"item {n}", "price": 1.5 * n} for n in range(1, min(count, 3) + 1)]
            headers = [] if planted else [("X-Total-Count", str(len(items)))]
            return self.send(200, items, headers=headers)
        if self.command == "POST":
            if planted:
                Handler.created += 1
                return self.send(201, {"id": Handler.created, "name": "item", "price": 1})
            content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if content_type != "application/json":
                return self.send(415, {"message": "the body must be application/json"})
            name, price = new_item(body)
            Handler.created += 1
            return self.send(201, {"id": Handler.created, "name": name, "price": price})
        return self.not_allowed(["GET", "POST"])

    def item(self, raw_id, planted):
        if self.command not in ("GET", "DELETE"):
            return self.not_allowed(["GET", "DELETE"])
        item_id = integer(raw_id, "id", 1)
        with Handler.lock:
            gone = item_id in Handler.deleted
            if self.command == "DELETE":
                Handler.deleted.add(item_id)
        if gone:
            return self.send(404, {"message": f"item {item_id} was deleted"})
        if self.command == "GET":
            return self.send(200, {"id": item_id, "name": "item", "price": "1.50" if planted else 1.5})
        return self.send(202 if planted else 204)

    def reports(self, query, planted):
        if self.command != "GET":
            return self.not_allowed(["GET"])
        kind = one_query_value(query, "kind", required=True)
        if kind not in KINDS:
            raise Invalid("kind is not daily, weekly or monthly")
        if planted and kind == "monthly":
            return self.send(500, {"message": "monthly totals overflowed"})
        return self.send(200, {"kind": kind, "total": 42})

    def health(self, planted):
        if self.command != "GET":
            return self.not_allowed(["GET"])
        if planted:
            return self.send(200, b"ok", content_type="text/plain")
        return self.send(200, {"status": "ok"})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["clean", "planted"], required=True)
    parser.add_argument("--log", required=True)
    parser.add_argument("--port-file", required=True)
    args = parser.parse_args()
    Handler.mode = args.mode
    Handler.log_file = args.log
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    with open(args.port_file, "w") as out:
        out.write(str(server.server_address[1]))
    server.serve_forever()


if __name__ == "__main__":
    main()
