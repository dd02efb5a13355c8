# The probe driver: run a snippet as main.py, captured, and report on it
# as one JSON line. snipquiz runs this inside the oracle's sandbox (see
# src/probe.h); the request comes as JSON on stdin: mode ("eval", "trace"
# or "names"), code, stdin, exprs.
import ast, io, json, keyword, sys, types

_req = json.loads(sys.stdin.read())
_real = sys.stdout
_cap = io.StringIO()
sys.stdin = io.StringIO(_req.get("stdin", ""))
sys.stdout = _cap
_g = {"__name__": "__main__", "__builtins__": __builtins__}
_MAX = _req.get("max", 300)
_steps = []
_pending = {}
_before = {}
_hidden = (types.ModuleType, types.FunctionType, types.BuiltinFunctionType,
           types.MethodType, type)


def _rep(v):
    try:
        s = repr(v)
    except BaseException:
        s = "<unprintable>"
    return s if len(s) <= 60 else s[:57] + "..."


def _view(f):
    # A snippet may put any key in its globals (globals()[1] = ...).
    return {k: _rep(v) for k, v in list(f.f_locals.items())
            if isinstance(k, str) and not k.startswith("__") and
            not isinstance(v, _hidden)}


def _output():
    s = _cap.getvalue()
    _cap.seek(0)
    _cap.truncate()
    return s


def _depth(f):
    n = 0
    while f.f_back is not None and f.f_back.f_code.co_filename == "main.py":
        n += 1
        f = f.f_back
    return n


def _flush(f):
    # The line pending in frame f has run: record what it changed.
    line = _pending.pop(id(f), None)
    if line is None:
        return
    now = _view(f)
    old = _before.get(id(f), {})
    changes = [k + " = " + v for k, v in now.items() if old.get(k) != v]
    _before[id(f)] = now
    _steps.append({"kind": "line", "line": line, "func": f.f_code.co_name,
                   "depth": _depth(f), "changes": ", ".join(changes),
                   "out": _output()})


def _trace(f, event, arg):
    if f.f_code.co_filename != "main.py" or len(_steps) >= _MAX:
        return None
    name = f.f_code.co_name
    if name.startswith("<") and name != "<module>":
        return None
    if event == "call":
        if name != "<module>":
            args = ", ".join(k + "=" + v for k, v in _view(f).items())
            _steps.append({"kind": "call", "line": f.f_lineno,
                           "func": name, "depth": _depth(f),
                           "changes": args, "out": _output()})
        _before[id(f)] = _view(f)
    elif event == "line":
        _flush(f)
        _pending[id(f)] = f.f_lineno
    elif event == "return":
        _flush(f)
        _before.pop(id(f), None)
        if name != "<module>":
            _steps.append({"kind": "return", "line": f.f_lineno,
                           "func": name, "depth": _depth(f),
                           "changes": _rep(arg), "out": _output()})
    return _trace


# "names": the values each top-level name takes, in order, as reprs; and
# the types and lengths it takes (each noted when it changes).
_hist = {}
_types = {}
_lens = {}
_lines = [0]


def _short(v):
    # A value a learner can read as an option: a short repr, no address.
    try:
        s = repr(v)
    except BaseException:
        return ""
    if len(s) > 30 or "\n" in s or " at 0x" in s:
        return ""
    return s


def _size(v):
    # A built-in's length only: len() of the program's own class would
    # run its code, and may print.
    if type(v).__module__ != "builtins" or not hasattr(type(v), "__len__"):
        return None
    try:
        return len(v)
    except BaseException:
        return None


def _tname(v):
    # A type's name as an option: an identifier, short (a class made with
    # type() may be named anything, newlines included).
    n = type(v).__name__
    return n if isinstance(n, str) and n.isidentifier() and len(n) <= 30 \
        else ""


def _add(d, k, x):
    h = d.setdefault(k, [])
    if not h or h[-1] != x:
        h.append(x)


def _note():
    for k, v in list(_g.items()):
        # Only names: a snippet may put any key in globals().
        if (not isinstance(k, str) or k.startswith("_") or
                isinstance(v, _hidden)):
            continue
        _add(_hist, k, _short(v))
        _add(_types, k, _tname(v))
        _add(_lens, k, _size(v))


def _literal(v):
    # A value written as a literal that reads back as itself (no custom
    # repr, no nan): the only kind a fact quotes.
    s = _short(v)
    if not s or type(v) not in (int, float, str, bool, type(None), list,
                                tuple, dict):
        return ""
    try:
        if ast.literal_eval(s) == v:
            return s
    except BaseException:
        pass
    return ""


def _facts():
    # Expressions true of the final names, each [key, expression, value]:
    # key is what it is about ("x", "len(a)", "a[0]", "a~b"); value the
    # literal a name's own fact quotes, else None. Each is evaluated here
    # and kept only if it is True, so nothing is judged by its text.
    cand, shown = [], {}
    for k, v in list(_g.items()):
        # A snippet may put any string in globals(): only a name a
        # program could write is quoted in an expression.
        if (not isinstance(k, str) or k.startswith("_") or
                isinstance(v, _hidden) or not k.isidentifier() or
                keyword.iskeyword(k)):
            continue
        s = _literal(v)
        if not s:
            continue
        shown[k] = v
        if v is None or type(v) is bool:
            cand.append([k, k + " is " + s, s])
        else:
            cand.append([k, k + " == " + s, s])
        if type(v) in (str, list, tuple, dict):
            cand.append(["len(" + k + ")", "len(%s) == %d" % (k, len(v)),
                         None])
        if type(v) in (str, list, tuple) and len(v) >= 2:
            for i in (0, 1, -1):
                e = _literal(v[i])
                if e:
                    key = "%s[%d]" % (k, i)
                    cand.append([key, key + " == " + e, None])
        if type(v) is dict and v:
            key = "%s[%s]" % (k, _literal(next(iter(v))))
            e = _literal(v[next(iter(v))])
            if e and not key.endswith("[]"):
                cand.append([key, key + " == " + e, None])
    names = [k for k, v in shown.items() if type(v) in (list, dict)]
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if shown[a] is shown[b]:
                cand.append([a + "~" + b, a + " is " + b, None])
            elif shown[a] == shown[b]:
                cand.append([a + "~" + b, a + " is not " + b, None])
    out = []
    for key, e, s in cand:
        if len(e) > 40:
            continue
        try:
            if eval(e, _g) is True:
                out.append([key, e, s])
        except BaseException:
            pass
    return out


def _watch(f, event, arg):
    # The module's own lines only: each line event follows a finished one.
    if f.f_code.co_filename != "main.py" or f.f_code.co_name != "<module>":
        return None
    if event == "line":
        _lines[0] += 1
        if _lines[0] > _MAX * 10:
            return None
        _note()
    return _watch


def _main():
    code = compile(_req["code"], "main.py", "exec")
    exc = None
    if _req["mode"] == "trace":
        sys.settrace(_trace)
    elif _req["mode"] == "names":
        sys.settrace(_watch)
    try:
        exec(code, _g)
    except BaseException as e:
        sys.settrace(None)
        tb, line = e.__traceback__, 0
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == "main.py":
                line = tb.tb_lineno
            tb = tb.tb_next
        exc = {"type": type(e).__name__, "msg": str(e), "line": line}
    sys.settrace(None)
    rep = {"exc": exc}
    if _req["mode"] == "trace":
        rep["steps"] = _steps
        rep["truncated"] = len(_steps) >= _MAX
        rep["rest"] = _output()
    elif _req["mode"] == "names":
        _note()
        rep["names"] = [[k, h, _types[k], _lens[k]]
                        for k, h in _hist.items()]
        rep["facts"] = _facts() if exc is None else []
        rep["out"] = _output()
    else:
        vals = []
        for x in _req.get("exprs", []):
            try:
                vals.append(bool(eval(x, _g)))
            except BaseException:
                vals.append(None)
        rep["values"] = vals
        rep["out"] = _output()
    _real.write("\n" + json.dumps(rep) + "\n")
    _real.flush()


_main()
