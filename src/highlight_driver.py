# The highlight driver: tokenize a program with CPython's own tokenize
# (never run it) and print the tokens worth colouring, one a line:
#   LINE COL END_LINE END_COL KIND
# lines 1-based, columns in bytes of the line as UTF-8 (tokenize counts
# characters; snipquiz works on bytes), then "end 1" when tokenize
# reached the end of the program or "end 0" when it stopped at an error
# (the tokens before it stand). snipquiz runs this inside the oracle's
# sandbox (see src/highlight.h); the program comes raw on stdin.
import builtins, io, keyword, sys, token, tokenize

# Undecodable bytes survive as lone surrogates, one byte each, for the
# columns; tokenize sees U+FFFD in their place (Python 3.12's refuses
# surrogates), one character for one, so its columns are the same.
_src = sys.stdin.buffer.read().decode("utf-8", "surrogateescape")
_tok = _src.translate({0xDC80 + i: 0xFFFD for i in range(128)})
# tokenize reads lines from readline, which ends them at "\n" only, as
# snipquiz does: the same lines, so the same columns.
_lines = _src.split("\n")
_kinds = {}
for _n in dir(builtins):
    if not _n.startswith("_"):
        _v = getattr(builtins, _n)
        _kinds[_n] = ("exception" if isinstance(_v, type) and
                      issubclass(_v, BaseException) else "builtin")
_out = []


def _byte(pos):
    row, col = pos
    line = _lines[row - 1] if 0 < row <= len(_lines) else ""
    return len(line[:col].encode("utf-8", "surrogateescape"))


def _span(start, end, kind):
    _out.append("%d %d %d %d %s" % (start[0], _byte(start), end[0],
                                    _byte(end), kind))


def _main():
    done = 0
    depth = 0       # inside an f-string (Python 3.12 splits them)
    first = None
    prev = None     # the last token that was not layout
    try:
        for t in tokenize.generate_tokens(io.StringIO(_tok).readline):
            name = token.tok_name.get(t.type, "")
            if t.type == tokenize.ENDMARKER:
                done = 1
                break
            if t.type == tokenize.ERRORTOKEN:
                break
            # An f-string (t-string) is one string, whatever is inside,
            # as Python 3.11 tokenizes it.
            if name.endswith("STRING_START"):
                if depth == 0:
                    first = t.start
                depth += 1
            elif name.endswith("STRING_END") and depth > 0:
                depth -= 1
                if depth == 0:
                    _span(first, t.end, "string")
            elif depth > 0:
                pass
            elif t.type == tokenize.STRING:
                _span(t.start, t.end, "string")
            elif t.type == tokenize.NUMBER:
                _span(t.start, t.end, "number")
            elif t.type == tokenize.COMMENT:
                _span(t.start, t.end, "comment")
            elif t.type == tokenize.NAME:
                if keyword.iskeyword(t.string):
                    _span(t.start, t.end, "keyword")
                elif (t.string in _kinds and
                      not (prev is not None and prev.string == ".")):
                    # x.min is an attribute, not the built-in.
                    _span(t.start, t.end, _kinds[t.string])
            if t.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
                              tokenize.DEDENT):
                prev = t
    except Exception:
        # An unterminated string, bad indentation: keep what came before.
        pass
    _out.append("end %d" % done)
    sys.stdout.write("\n".join(_out) + "\n")


_main()
