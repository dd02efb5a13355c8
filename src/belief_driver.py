# The belief driver: run a snippet, unchanged, in a world where one of a
# learner's wrong beliefs about Python holds (round rounding halves up,
# split() splitting at single spaces, logging's default level DEBUG...).
# snipquiz runs this inside the oracle's sandbox (see src/belief.h). The
# first line of stdin is the request as JSON: patch (the name of one of
# the functions below, as data/beliefs.tsv names it) and code; the rest
# of stdin is the snippet's own. The snippet then runs as __main__ in
# this process: what it prints and the exception it ends with are what
# it would give if the belief were true.
#
# A patch changes what the snippet's own calls do, never the library's:
# a call of a builtin (round(x)) or of a method (s.split()) in the
# snippet's syntax tree is redirected to a stand-in that applies the
# belief when it concerns the object (a str for split) and calls the real
# thing otherwise; a module function (math.floor) is replaced by one that
# checks that its caller is the snippet. A few patches set the world up
# instead (logging's root level). With mode "sites" (used by
# docs/misreadings.py) nothing runs: the report is how many places of the
# code the patch changes, as one JSON line.
#
# Everything lives inside _main, so that __main__ holds nothing of the
# driver when the snippet starts.


def _main():
    import ast, builtins, json, sys

    req = json.loads(sys.stdin.readline())
    code = req["code"]
    mode = req.get("mode", "run")
    pass_ = object()	# a stand-in's answer: the belief does not apply
    hooks = {}		# stand-in name -> function, in builtins._sq_belief
    calls = {}		# builtin name -> stand-in name
    methods = {}	# method name -> stand-in name
    nsites = [0]
    world = [0]

    def mine():
        # Whether the caller of the caller is the snippet's code.
        return sys._getframe(2).f_code.co_filename == "main.py"

    class World:
        def call(self, name, fn):
            # Calls of builtin name in the snippet go to fn(real, ...).
            real = getattr(builtins, name)
            hooks["c_" + name] = lambda *a, **k: fn(real, *a, **k)
            calls[name] = "c_" + name

        def method(self, name, cls, fn):
            # obj.name(...) in the snippet, for obj a cls, goes to
            # fn(obj, ...); fn returns pass_ to leave it to the real one.
            old = hooks.get("m_" + name)

            def stand_in(obj, *a, **k):
                if isinstance(obj, cls):
                    r = fn(obj, *a, **k)
                    if r is not pass_:
                        return r
                if old is not None:
                    return old(obj, *a, **k)
                return getattr(obj, name)(*a, **k)
            hooks["m_" + name] = stand_in
            methods[name] = "m_" + name

        def module(self, mod, name, fn):
            # mod.name, called from the snippet, is fn(real, ...).
            world[0] = 1
            if mode != "run":
                return
            m = __import__(mod)
            real = getattr(m, name)

            def stand_in(*a, **k):
                if mine():
                    return fn(real, *a, **k)
                return real(*a, **k)
            setattr(m, name, stand_in)

        def setup(self, fn):
            # fn() sets the world up before the snippet starts.
            world[0] = 1
            if mode == "run":
                fn()

        def hook(self, name, fn):
            # A stand-in a tree rewrite calls as _sq_belief.name.
            hooks[name] = fn

        def tree(self, fn):
            # fn(tree) rewrites the snippet's syntax tree; it returns how
            # many places it changed.
            self.trees.append(fn)

    w = World()
    w.pass_ = pass_
    w.trees = []

    def hook(name, node):
        nsites[0] += 1
        h = ast.Attribute(ast.Name("_sq_belief", ast.Load()), name,
                          ast.Load())
        return ast.copy_location(h, node)

    def bound(tree):
        # Names the snippet binds itself: a call of one is not a builtin.
        out = set()
        for n in ast.walk(tree):
            if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load):
                out.add(n.id)
            elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef,
                                ast.ClassDef)):
                out.add(n.name)
            elif isinstance(n, ast.arg):
                out.add(n.arg)
            elif isinstance(n, ast.alias):
                out.add((n.asname or n.name).split(".")[0])
        return out

    class Redirect(ast.NodeTransformer):
        def __init__(self, mine):
            self.mine = mine

        def visit_Call(self, n):
            self.generic_visit(n)
            f = n.func
            if (isinstance(f, ast.Name) and f.id in calls
                    and f.id not in self.mine):
                n.func = hook(calls[f.id], f)
            elif isinstance(f, ast.Attribute) and f.attr in methods:
                n.args.insert(0, f.value)
                n.func = hook(methods[f.attr], f)
            return n

    try:
        tree = ast.parse(code, "main.py")
    except SyntaxError:
        tree = None
    if tree is not None:
        # A patch that fails to apply leaves the snippet as it is: its
        # answer is the truth, which is never an option.
        try:
            globals()[req["patch"]](w)
            for fn in w.trees:
                nsites[0] += fn(tree) or 0
            Redirect(bound(tree)).visit(tree)
            ast.fix_missing_locations(tree)
        except Exception:
            hooks.clear()
            tree = None
    if mode == "sites":
        sys.stdout.write(json.dumps({"sites": nsites[0] + world[0]}) + "\n")
        return
    # A module of its own, as python3 makes __main__ for main.py; the
    # driver's stays alive for its stand-ins.
    mod = type(sys)("__main__")
    ns = mod.__dict__
    ns.update(__builtins__=builtins, __file__="main.py", __cached__=None,
              __annotations__={})
    sys.modules["__main__"] = mod
    builtins._sq_belief = type("belief", (), {})
    for k, v in hooks.items():
        setattr(builtins._sq_belief, k, staticmethod(v))
    # A snippet that does not parse raises its SyntaxError, as it would.
    exec(compile(tree if tree is not None else code, "main.py", "exec"), ns)


# The patches: each takes the world and says what changes. Named by the
# PATCH column of data/beliefs.tsv.

def round_half_up(w):
    from decimal import Decimal, ROUND_HALF_UP

    def f(real, x, ndigits=None):
        if type(x) not in (int, float) or x != x or x in (1e999, -1e999):
            return real(x, ndigits)
        q = Decimal(1).scaleb(-(ndigits or 0))
        r = Decimal(repr(x)).quantize(q, rounding=ROUND_HALF_UP)
        return int(r) if ndigits is None else type(x)(r)
    w.call("round", f)


def round_float(w):
    def f(real, x, ndigits=None):
        r = real(x, ndigits)
        return float(r) if ndigits is None and type(x) is float else r
    w.call("round", f)


def _print_args(w, conv):
    def f(real, *a, **k):
        return real(*[conv(x) for x in a], **k)
    w.call("print", f)


def print_type_name(w):
    _print_args(w, lambda x: x.__name__ if isinstance(x, type) else x)


def print_end_newline(w):
    def f(real, *a, **k):
        e = k.get("end")
        if e is not None and not e.endswith("\n"):
            k["end"] = e + "\n"
        return real(*a, **k)
    w.call("print", f)


def int_decimal_string(w):
    def f(real, *a, **k):
        if len(a) == 1 and not k and isinstance(a[0], str):
            try:
                return real(a[0])
            except ValueError:
                try:
                    return real(float(a[0]))
                except (ValueError, OverflowError):
                    pass
        return real(*a, **k)
    w.call("int", f)


def bool_false_string(w):
    def f(real, *a):
        if a and isinstance(a[0], str) and a[0].strip() in ("False", "0"):
            return False
        return real(*a)
    w.call("bool", f)


def input_number(w):
    def f(real, *a):
        s = real(*a)
        for conv in (int, float):
            try:
                return conv(s)
            except ValueError:
                pass
        return s
    w.call("input", f)


def split_single_space(w):
    def f(s, sep=None, maxsplit=-1):
        return s.split(" ", maxsplit) if sep is None else w.pass_
    w.method("split", str, f)


def strip_spaces_only(w):
    for name in ("strip", "lstrip", "rstrip"):
        def f(s, chars=None, name=name):
            return getattr(s, name)(" ") if chars is None else w.pass_
        w.method(name, str, f)


def strip_affix(w):
    def f(s, chars=None):
        if chars is None or len(chars) < 2:
            return w.pass_
        return s.removeprefix(chars).removesuffix(chars)
    w.method("strip", str, f)


def replace_first(w):
    def f(s, old, new, *count):
        return w.pass_ if count else s.replace(old, new, 1)
    w.method("replace", str, f)


def count_overlapping(w):
    def f(s, sub, *a):
        if a or not isinstance(sub, str) or not sub:
            return w.pass_
        return sum(s.startswith(sub, i) for i in range(len(s)))
    w.method("count", str, f)


def capitalize_keeps_rest(w):
    w.method("capitalize", str, lambda s: s[:1].upper() + s[1:])


def title_after_spaces(w):
    w.method("title", str, lambda s: " ".join(
        x[:1].upper() + x[1:].lower() for x in s.split(" ")))


def join_converts(w):
    def f(s, items):
        return s.join(map(str, items))
    w.method("join", str, f)


def splitlines_trailing(w):
    def f(s, *a, **k):
        return w.pass_ if a or k else s.replace("\r\n", "\n").split("\n")
    w.method("splitlines", str, f)


def str_in_place(w):
    # s.upper() as a statement of its own, s a name at module level:
    # taken as changing s.
    names = ("upper", "lower", "strip", "lstrip", "rstrip", "replace",
             "capitalize", "title", "swapcase")

    def change(obj, name, *a, **k):
        r = getattr(obj, name)(*a, **k)
        return r if isinstance(obj, str) else obj
    w.hook("c_in_place", change)

    def fn(tree):
        import ast
        n = 0
        for i, st in enumerate(tree.body):
            c = st.value if isinstance(st, ast.Expr) else None
            if (isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
                    and c.func.attr in names
                    and isinstance(c.func.value, ast.Name)):
                name = c.func.value.id
                call = ast.Call(
                    ast.Attribute(ast.Name("_sq_belief", ast.Load()),
                                  "c_in_place", ast.Load()),
                    [ast.Name(name, ast.Load()), ast.Constant(c.func.attr)]
                    + c.args, c.keywords)
                tree.body[i] = ast.copy_location(ast.Assign(
                    [ast.Name(name, ast.Store())], call), st)
                n += 1
        return n
    w.tree(fn)


def _returns_self(w, names, cls):
    for name in names:
        def f(obj, *a, name=name, **k):
            getattr(obj, name)(*a, **k)
            return obj
        w.method(name, cls, f)


def sort_returns_list(w):
    _returns_self(w, ("sort",), list)


def reverse_returns_list(w):
    _returns_self(w, ("reverse",), list)


def append_returns_list(w):
    _returns_self(w, ("append", "extend", "insert"), list)


def remove_every(w):
    def f(obj, x):
        obj.remove(x)
        while x in obj:
            obj.remove(x)
    w.method("remove", list, f)


def index_minus_one(w):
    def f(obj, x, *a):
        try:
            return obj.index(x, *a)
        except ValueError:
            return -1
    w.method("index", (list, tuple), f)


def sorted_string(w):
    def f(real, it, *a, **k):
        r = real(it, *a, **k)
        return "".join(r) if isinstance(it, str) else r
    w.call("sorted", f)


def _caseless(items):
    return all(isinstance(x, str) for x in items)


def sort_ignoring_case(w):
    def f(real, it, *a, **k):
        if k.get("key") is None and not a:
            it = list(it)
            if _caseless(it):
                k["key"] = str.lower
        return real(it, *a, **k)
    w.call("sorted", f)
    w.call("min", f)
    w.call("max", f)

    def g(obj, **k):
        if k.get("key") is None and _caseless(obj):
            k["key"] = str.lower
        return obj.sort(**k)
    w.method("sort", list, g)


def max_longest(w):
    def f(real, *a, **k):
        it = list(a[0]) if len(a) == 1 else list(a)
        if k or not it or not _caseless(it):
            return real(*a, **k)
        return real(it, key=len)
    w.call("max", f)
    w.call("min", f)


def len_nested(w):
    def count(x):
        if isinstance(x, (list, tuple)):
            return sum(count(y) for y in x)
        return 1

    def f(real, x):
        n = real(x)
        if isinstance(x, (list, tuple)) and any(
                isinstance(y, (list, tuple)) for y in x):
            return sum(count(y) for y in x)
        return n
    w.call("len", f)


def range_list(w):
    w.call("range", lambda real, *a: list(real(*a)))


def range_counts_down(w):
    def f(real, *a):
        if len(a) == 2 and a[0] > a[1]:
            return real(a[0], a[1], -1)
        return real(*a)
    w.call("range", f)


def lazy_as_list(w):
    for name in ("map", "filter", "zip"):
        w.call(name, lambda real, *a, **k: list(real(*a, **k)))


def zip_longest(w):
    import itertools
    w.call("zip", lambda real, *a: list(itertools.zip_longest(*a))
           if a else real())


def enumerate_from_one(w):
    def f(real, it, start=None):
        return real(it, 1 if start is None else start)
    w.call("enumerate", f)


def isinstance_exact(w):
    def f(real, x, cls):
        if real(cls, tuple):
            return any(type(x) is c for c in cls)
        return type(x) is cls
    w.call("isinstance", f)


def issubclass_strict(w):
    def f(real, c, cls):
        if c is cls or (real(cls, tuple) and c in cls):
            return False
        return real(c, cls)
    w.call("issubclass", f)


def views_as_lists(w):
    for name in ("keys", "values", "items"):
        def f(d, name=name):
            return list(getattr(d, name)())
        w.method(name, dict, f)


def json_dumps_repr(w):
    import json, types

    def f(m, obj, *a, **k):
        return repr(obj) if m is json else w.pass_
    w.method("dumps", types.ModuleType, f)


def open_w_appends(w):
    def f(real, file, mode="r", *a, **k):
        if isinstance(mode, str) and "w" in mode:
            mode = mode.replace("w", "a")
        return real(file, mode, *a, **k)
    w.call("open", f)


def read_from_start(w):
    import io

    def f(obj, *a):
        if obj.seekable():
            obj.seek(0)
        return obj.read(*a)
    w.method("read", io.IOBase, f)


def write_returns_none(w):
    import io

    def f(obj, *a):
        obj.write(*a)
    w.method("write", io.IOBase, f)


def readline_no_newline(w):
    import io
    w.method("readline", io.IOBase, lambda obj, *a:
             obj.readline(*a).rstrip("\r\n"))
    w.method("readlines", io.IOBase, lambda obj, *a:
             [x.rstrip("\r\n") for x in obj.readlines(*a)])


def floor_toward_zero(w):
    import math
    w.module("math", "floor", lambda real, x: math.trunc(x))


def ceil_away_from_zero(w):
    import math

    def f(real, x):
        return real(x) if x >= 0 else math.floor(x)
    w.module("math", "ceil", f)


def sqrt_whole(w):
    def f(real, x):
        r = real(x)
        return int(r) if r.is_integer() else r
    w.module("math", "sqrt", f)


def _module_names(tree, alias_only):
    import ast
    out = {}
    for n in ast.walk(tree):
        if isinstance(n, ast.Import):
            for a in n.names:
                if a.asname:
                    out[a.asname] = a.asname
                elif not alias_only:
                    out[a.name.split(".")[0]] = None
    return out


def _name_attr(w, alias_only, value):
    import ast

    def fn(tree):
        names = _module_names(tree, alias_only)
        n = 0
        for node in ast.walk(tree):
            for f, v in ast.iter_fields(node):
                if (isinstance(v, ast.Attribute) and v.attr == "__name__"
                        and isinstance(v.ctx, ast.Load)
                        and isinstance(v.value, ast.Name)
                        and v.value.id in names):
                    setattr(node, f, ast.copy_location(ast.Constant(
                        value or names[v.value.id]), v))
                    n += 1
                elif isinstance(v, list):
                    for i, x in enumerate(v):
                        if (isinstance(x, ast.Attribute)
                                and x.attr == "__name__"
                                and isinstance(x.ctx, ast.Load)
                                and isinstance(x.value, ast.Name)
                                and x.value.id in names):
                            v[i] = ast.copy_location(ast.Constant(
                                value or names[x.value.id]), x)
                            n += 1
        return n
    w.tree(fn)


def module_name_alias(w):
    _name_attr(w, True, None)


def module_name_main(w):
    _name_attr(w, False, "__main__")


def docstring_dedent(w):
    import ast, inspect

    def fn(tree):
        n = 0
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef,
                                     ast.ClassDef, ast.Module)):
                continue
            b = node.body
            if (b and isinstance(b[0], ast.Expr)
                    and isinstance(b[0].value, ast.Constant)
                    and isinstance(b[0].value.value, str)):
                d = inspect.cleandoc(b[0].value.value)
                if d != b[0].value.value:
                    b[0].value.value = d
                    n += 1
        return n
    w.tree(fn)


def logging_debug(w):
    def f():
        import logging
        logging.root.setLevel(logging.DEBUG)
    w.setup(f)


def logging_info(w):
    def f():
        import logging
        logging.root.setLevel(logging.INFO)
    w.setup(f)


def basicconfig_again(w):
    def f():
        import logging
        real = logging.basicConfig

        def stand_in(**k):
            k.setdefault("force", True)
            return real(**k)
        logging.basicConfig = stand_in
    w.setup(f)


def logging_message_only(w):
    def f():
        import logging
        real = logging.basicConfig

        def stand_in(**k):
            k.setdefault("format", "%(message)s")
            return real(**k)
        logging.basicConfig = stand_in
    w.setup(f)


_main()
