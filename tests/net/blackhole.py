#!/usr/bin/python3
"""net/blackhole: a port on 127.0.0.1 that never completes a connection (standard library only).

Usage: blackhole.py PORTFILE. Listens with a backlog of 0 and never accepts,
then fills that backlog itself, so the kernel drops every further SYN and a
client's connect() waits until its own timeout. Writes the port to PORTFILE
once a connection attempt is seen to hang; runs until killed.
"""
import os
import socket
import sys
import time

lst = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
lst.bind(("127.0.0.1", 0))
lst.listen(0)
port = lst.getsockname()[1]
held = []
for _ in range(16):  # the queue holds backlog + 1 (Linux); a few more for other kernels
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.setblocking(False)
    c.connect_ex(("127.0.0.1", port))
    held.append(c)
    time.sleep(0.05)
    try:
        c.getpeername()  # connected: the queue had room; fill on
    except OSError:
        break  # this one hangs: the queue is full
else:
    sys.exit("the listen queue never filled")
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(port))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
while True:
    time.sleep(60)
