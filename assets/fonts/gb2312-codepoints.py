#!/usr/bin/env python3
# Writes the code points of GB2312 (every 2-byte sequence 0xA1A1..0xF7FE that decodes) as hex, one per line.
cps = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            cps.update(map(ord, bytes([hi, lo]).decode("gb2312")))
        except UnicodeDecodeError:
            pass
print("\n".join(f"U+{cp:04X}" for cp in sorted(cps)))
