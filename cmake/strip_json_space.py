#!/usr/bin/env python3
"""strip_json_space.py IN OUT — copies a JSON file without the whitespace between tokens.

Only spaces, tabs and line breaks outside strings are dropped; every other byte is kept as it is, so
a file with mistakes keeps them for the validator to report (never "fixed" or rejected here)."""
import sys


def strip(data: bytes) -> bytes:
    out = bytearray()
    in_string = escaped = False
    for b in data:
        if in_string:
            out.append(b)
            if escaped:
                escaped = False
            elif b == 0x5C:      # backslash
                escaped = True
            elif b == 0x22:      # quote
                in_string = False
        elif b in (0x20, 0x09, 0x0A, 0x0D):
            continue
        else:
            out.append(b)
            if b == 0x22:
                in_string = True
    return bytes(out)


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as f:
        data = f.read()
    with open(sys.argv[2], "wb") as f:
        f.write(strip(data))
