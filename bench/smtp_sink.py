"""A local SMTP server that accepts every message and counts it per recipient: the bench's mail goes here,
and the tests' that need a real mail server."""

import asyncio
import collections
import re
import threading
from contextlib import suppress

ADDRESS = re.compile(rb"<([^>]*)>")
MESSAGE_ID = re.compile(rb"message-id:\s*(\S+)", re.IGNORECASE)


class SmtpSink:
    """Runs in a thread of its own; `received` counts messages per recipient address, `message_ids` lists
    the Message-ID of each copy a recipient got.

    `on_message`, if given, is called with the number of messages received so far as each one is in,
    before the sink acknowledges it (in the sink's thread).
    """

    def __init__(self, on_message=None):
        self.received = collections.Counter()
        self.message_ids = collections.defaultdict(list)
        self.on_message = on_message
        self.messages = 0
        self.lock = threading.Lock()
        self.port = None
        self.loop = asyncio.new_event_loop()

    def start(self):
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        future = asyncio.run_coroutine_threadsafe(self.listen(), self.loop)
        self.port = future.result(timeout=10)
        return self

    async def listen(self):
        server = await asyncio.start_server(self.converse, "127.0.0.1", 0)
        return server.sockets[0].getsockname()[1]

    def counts(self, select=lambda address: True):
        """(messages, distinct recipients, recipients who got more than one) among the selected addresses."""
        with self.lock:
            chosen = {address: count for address, count in self.received.items() if select(address)}
        return sum(chosen.values()), len(chosen), sum(1 for count in chosen.values() if count > 1)

    def record(self, recipients, message_id):
        with self.lock:
            self.received.update(recipients)
            for recipient in recipients:
                self.message_ids[recipient].append(message_id)
            self.messages += 1
            messages = self.messages
        if self.on_message:
            self.on_message(messages)

    async def converse(self, reader, writer):
        with suppress(ConnectionError):  # a client that dies mid-conversation (a killed worker) is no error
            await self.serve(reader, writer)
        writer.close()

    async def serve(self, reader, writer):
        writer.write(b"220 bench ESMTP\r\n")
        recipients = []
        while line := await reader.readline():
            command = line[:4].upper()
            if command == b"EHLO":
                writer.write(b"250-bench\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")
            elif command == b"MAIL":
                recipients = []
                writer.write(b"250 OK\r\n")
            elif command == b"RCPT":
                match = ADDRESS.search(line)
                recipients.append((match[1] if match else line[8:].strip()).decode().lower())
                writer.write(b"250 OK\r\n")
            elif command == b"DATA":
                writer.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                await writer.drain()
                self.record(recipients, await read_message_id(reader))
                writer.write(b"250 OK\r\n")
            elif command == b"QUIT":
                writer.write(b"221 Bye\r\n")
                await writer.drain()
                break
            else:
                writer.write(b"250 OK\r\n")
            await writer.drain()


async def read_message_id(reader):
    """Read a message's data up to its final dot; return its Message-ID header, or None."""
    message_id, in_headers = None, True
    while (line := await reader.readline()) not in (b".\r\n", b""):
        if in_headers and (match := MESSAGE_ID.match(line)):
            message_id = match[1].decode()
        in_headers = in_headers and line != b"\r\n"
    return message_id
