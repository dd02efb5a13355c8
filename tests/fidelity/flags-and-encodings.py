# sys.flags and every encoding a snippet can see, as python3 has them under
# LC_ALL=C.UTF-8: UTF-8 from the locale, not UTF-8 mode (utf8_mode=0), and
# so stdout's "surrogateescape" error handler (a lone surrogate prints)
import locale
import os
import sys

print(sys.flags)
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
for f in (sys.stdin, sys.stdout, sys.stderr):
    print(f.encoding, f.errors, f.line_buffering)
print(locale.getpreferredencoding(), locale.getpreferredencoding(False))
print(locale.setlocale(locale.LC_CTYPE), locale.getlocale())
print(sys.getdefaultencoding(), open(os.devnull).encoding)
print(os.fsencode("é"), os.fsdecode(b"\xe9"))
print("é\udce9")
