"""A calendar feed served on 127.0.0.1 from a thread, answering as each test sets it up:
a calendar, a failure, a redirect, a huge or a never-finished answer. No sleeps: a slow
answer waits on an event the test releases when it ends."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOKEN = "s3cr3t-T0KEN-4f9a"

FEED = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Booking system//Feed//EN
BEGIN:VEVENT
UID:booking-1@bookings.example
DTSTART:{start}
DTEND:{end}
SUMMARY:Inés Jiménez
ATTENDEE;CN=Inés Jiménez:mailto:ines@example.com
END:VEVENT
BEGIN:VEVENT
UID:booking-2@bookings.example
DTSTART:20261125T150000
DTEND:20261125T160000
SUMMARY:Walk-in without a client
END:VEVENT
END:VCALENDAR
"""


def feed(start: str = "20261124T100000", end: str = "20261124T104500") -> bytes:
    return FEED.format(start=start, end=end).replace("\n", "\r\n").encode("utf-8")


class FeedServer:
    """`answer` is (status, headers, body) for every request; `url(path)` addresses it."""

    def __init__(self):
        self.answer: tuple[int, dict[str, str | None], bytes] = (200, {}, feed())
        self.answers: dict[str, tuple[int, dict[str, str | None], bytes]] = {}  # by path
        self.hold = False  # answer only when `release` is set (a server that hangs)
        self.release = threading.Event()
        self.requests: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append(self.path)
                if server.hold:
                    server.release.wait(30)
                    return
                status, headers, body = server.answers.get(self.path, server.answer)
                self.send_response(status)
                headers = {"Content-Length": str(len(body)), **headers}
                for name, value in headers.items():
                    if value is not None:  # None: left out (a length not said up front)
                        self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
                if headers["Content-Length"] is None:
                    self.close_connection = True

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever,
                                       args=(0.05,), daemon=True)
        self.thread.start()

    def url(self, path: str = f"/calendar/{TOKEN}.ics") -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
