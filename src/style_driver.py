# The style driver: judge code fragments with a real style checker
# (pycodestyle, pydocstyle or pep8-naming) and report as one JSON line.
# snipquiz runs this inside the oracle's sandbox (see src/style.h); the
# request comes as JSON on stdin: checker, frags, path. A fragment is
# text to the checker, never run: it is tokenized and parsed, as the
# checker's own command line does with a file.
import ast, json, sys

_req = json.loads(sys.stdin.read())
_real = sys.stdout
_MAX = _req.get("max", 3)       # reports kept per fragment


def _site():
    # The interpreter's site-packages (Debian: /usr/lib/python3/
    # dist-packages among them), as python3 would put them on sys.path.
    import site
    return site.getsitepackages()


def _literal(s, *args):
    return ast.literal_eval(s)


def _load(name):
    # The checkers live in the distribution's site-packages, which is not
    # on a snippet's sys.path: put it there for this import only.
    saved = sys.path[:]
    sys.path[:] = saved + (_req["path"] if "path" in _req else _site())
    try:
        if name == "pycodestyle":
            import pycodestyle as m
        elif name == "pydocstyle":
            import pydocstyle.checker as m
            import pydocstyle.parser as p
            # pydocstyle evals the tokens of `__all__ = "a", "b"`, and
            # an f-string is such a token: a fragment would run. Its
            # own module global shadows the built-in, literals only.
            p.eval = _literal
        else:
            import pep8ext_naming as m
        return m
    finally:
        sys.path[:] = saved


def _pycodestyle(m, src, found):
    # The defaults, pinned: no user or project configuration file is
    # read (the sandbox could not read one either).
    m.USER_CONFIG = None
    m.PROJECT_CONFIG = ()

    class Report(m.BaseReport):
        def error(self, line, offset, text, check):
            code = super().error(line, offset, text, check)
            if code:
                found.append([code, line, offset + 1, text[5:]])
            return code

    guide = m.StyleGuide(paths=[], max_line_length=79, reporter=Report,
                         quiet=True)
    lines = src.splitlines(True)
    m.Checker("fragment.py", lines=lines, options=guide.options).check_all()


def _pydocstyle(m, src, found):
    # pep257, pydocstyle's default convention; but a fragment is not a
    # module, so it is not asked for a module docstring (D100), unless
    # it is an item's whole program.
    from pydocstyle.violations import conventions
    codes = set(conventions.pep257)
    if not _req.get("module"):
        codes.discard("D100")
    for e in m.ConventionChecker().check_source(src, "fragment.py"):
        if e.code in codes:
            found.append([e.code, e.line, 1, e.short_desc])


def _naming(m, src, found):
    tree = ast.parse(src)
    for line, col, text, _ in m.NamingChecker(tree, "fragment.py").run():
        found.append([text[:4], line, col + 1, text[5:]])


def _judge(name, m, src):
    found = []
    # Bytes that are not UTF-8 came as null: unreadable, as pycodestyle
    # reports a file it cannot decode (E902).
    if src is None:
        return [["E902", 1, 1, "UnicodeDecodeError: not UTF-8 text"]]
    # What cannot be compiled is reported as flake8 reports it (E999),
    # whichever the checker: none of them judges a broken fragment.
    # compile() builds the code object and its symbol table (a duplicate
    # argument is found there, as pydocstyle's parser finds it); it runs
    # nothing.
    try:
        compile(src, "fragment.py", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        line = getattr(e, "lineno", None) or 1
        return [["E999", line, 1, "%s: %s" % (type(e).__name__,
                 getattr(e, "msg", None) or str(e))]]
    if name == "pycodestyle":
        _pycodestyle(m, src, found)
    elif name == "pydocstyle":
        _pydocstyle(m, src, found)
    else:
        _naming(m, src, found)
    found.sort(key=lambda f: (f[1], f[2], f[0]))
    return found[:_MAX]


def _main():
    name = _req["checker"]
    rep = {}
    try:
        m = _load(name)
    except ImportError as e:
        rep["missing"] = str(e)
        m = None
    if m is not None:
        rep["version"] = getattr(sys.modules.get(name.replace(
            "pep8-naming", "pep8ext_naming")), "__version__", "")
        rep["verdicts"] = []
        for i, f in enumerate(_req["frags"]):
            try:
                if f is not None and not f.endswith("\n"):
                    f += "\n"
                rep["verdicts"].append(_judge(name, m, f))
            except Exception as e:
                # A checker that breaks on a fragment (pep8-naming
                # recurses once per level of the tree) gives no verdict.
                rep["failed"] = [i, "%s: %s" % (type(e).__name__, e)]
                break
    _real.write("\n" + json.dumps(rep) + "\n")
    _real.flush()


_main()
