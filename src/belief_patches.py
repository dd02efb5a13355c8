# The belief patches: what each belief changes, one function a belief,
# named by the PATCH column of data/beliefs.tsv; each takes the world
# src/belief_driver.py gives it (w) and says, through it, what changes.
# Functions whose names start with _ are helpers. The driver is sent only
# the helpers and the patch it applies (src/belief.c cuts this file at
# each top-level def): compiling every patch in every run would cost more
# than the run.

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


def _user(obj):
    # An object of a class the snippet defines.
    return type(obj).__module__ == "__main__"


def exception_with_class(w):
    def conv(x):
        if isinstance(x, BaseException):
            return "%s: %s" % (type(x).__name__, x)
        return x
    _print_args(w, conv)


def args_message(w):
    def f(obj):
        if isinstance(obj, BaseException) and len(obj.args) == 1:
            return obj.args[0]
        return w.pass_
    w.attr("args", f)


def containers_use_str(w):
    def show(x):
        if isinstance(x, list):
            return "[" + ", ".join(show(y) for y in x) + "]"
        if isinstance(x, tuple):
            return "(" + ", ".join(show(y) for y in x) + \
                ("," if len(x) == 1 else "") + ")"
        if isinstance(x, dict):
            return "{" + ", ".join(show(k) + ": " + show(v)
                                   for k, v in x.items()) + "}"
        return str(x) if _user(x) else repr(x)

    def conv(x):
        if isinstance(x, (list, tuple, dict)):
            return show(x)
        return x
    _print_args(w, conv)


def print_uses_repr(w):
    _print_args(w, lambda x: repr(x) if _user(x) else x)


def private_reachable(w):
    import ast

    def get(name):
        def f(obj):
            if hasattr(obj, name):
                return w.pass_
            mro = obj.__mro__ if isinstance(obj, type) else \
                type(obj).__mro__
            for c in mro:
                m = "_" + c.__name__.lstrip("_") + name
                if hasattr(obj, m):
                    return getattr(obj, m)
            return w.pass_
        return f

    def fn(tree):
        # Reads of obj.__name from outside a class (inside, Python
        # mangles them itself).
        inside = set()
        for n in ast.walk(tree):
            if isinstance(n, ast.ClassDef):
                inside.update(id(x) for x in ast.walk(n))
        for n in ast.walk(tree):
            if (isinstance(n, ast.Attribute) and id(n) not in inside
                    and n.attr.startswith("__")
                    and not n.attr.endswith("__")):
                w.attr(n.attr, get(n.attr))
        return 0
    w.tree(fn)


def method_without_self(w):
    import ast

    def fn(tree):
        n = 0
        for c in ast.walk(tree):
            if not isinstance(c, ast.ClassDef):
                continue
            for f in c.body:
                a = getattr(f, "args", None)
                if (isinstance(f, ast.FunctionDef) and not f.decorator_list
                        and not a.posonlyargs and not a.args
                        and a.vararg is None):
                    f.decorator_list.append(ast.Name("staticmethod",
                                                     ast.Load()))
                    n += 1
        return n
    w.tree(fn)


def _decorate(w, name, fn, want):
    # Each class of the snippet for which want(node) holds goes through
    # fn once made.
    import ast
    w.hook(name, fn)

    def rewrite(tree):
        n = 0
        for c in ast.walk(tree):
            if isinstance(c, ast.ClassDef) and want(c):
                c.decorator_list.append(w.node(name))
                n += 1
        return n
    w.tree(rewrite)


def eq_compares_attributes(w):
    def eq(a, b):
        if type(a) is not type(b) or not hasattr(a, "__dict__"):
            return NotImplemented
        return vars(a) == vars(b)

    def fn(cls):
        if all(c.__eq__ is object.__eq__ for c in cls.__mro__
               if c is not cls and c is not object) and \
                "__eq__" not in vars(cls):
            h = cls.__hash__
            cls.__eq__ = eq
            cls.__hash__ = h
        return cls
    _decorate(w, "d_eq", fn, lambda c: True)


def self_calls_own_method(w):
    import ast

    def fn(tree):
        n = 0
        for c in ast.walk(tree):
            if not isinstance(c, ast.ClassDef):
                continue
            mine = {f.name for f in c.body if isinstance(f, ast.FunctionDef)}
            for f in c.body:
                if not isinstance(f, ast.FunctionDef) or not f.args.args:
                    continue
                me = f.args.args[0].arg
                for x in ast.walk(f):
                    if (isinstance(x, ast.Call)
                            and isinstance(x.func, ast.Attribute)
                            and isinstance(x.func.value, ast.Name)
                            and x.func.value.id == me
                            and x.func.attr in mine):
                        x.args.insert(0, x.func.value)
                        x.func = ast.Attribute(ast.Name(c.name, ast.Load()),
                                               x.func.attr, ast.Load())
                        n += 1
        return n
    w.tree(fn)


def _class_names(c):
    # The names a class body assigns.
    import ast
    out = {}
    for st in c.body:
        if isinstance(st, ast.Assign):
            for t in st.targets:
                if isinstance(t, ast.Name):
                    out[t.id] = st.value
    return out


def instance_assign_sets_class(w):
    import ast

    def owner(obj, name):
        if isinstance(obj, type):
            return obj
        for c in type(obj).__mro__:
            if name in vars(c):
                return c
        return obj
    w.hook("owner", owner)

    def fn(tree):
        names = set()
        for c in ast.walk(tree):
            if isinstance(c, ast.ClassDef):
                names.update(_class_names(c))
        n = 0
        for st in ast.walk(tree):
            if isinstance(st, ast.Assign):
                targets = st.targets
            elif isinstance(st, ast.AugAssign):
                targets = [st.target]
            else:
                continue
            for t in targets:
                if (isinstance(t, ast.Attribute) and t.attr in names
                        and isinstance(t.value, ast.Name)):
                    t.value = ast.Call(w.node("owner"), [
                        t.value, ast.Constant(t.attr)], [])
                    n += 1
        return n
    w.tree(fn)


def class_list_copied(w):
    import ast, copy

    def fn(cls):
        names = [k for k, v in vars(cls).items()
                 if isinstance(v, (list, dict, set))]
        init = cls.__init__

        def __init__(self, *a, **k):
            for n in names:
                try:
                    setattr(self, n, copy.copy(getattr(cls, n)))
                except AttributeError:
                    pass
            init(self, *a, **k)
        cls.__init__ = __init__
        return cls

    def mutable(c):
        return any(isinstance(v, (ast.List, ast.Dict, ast.Set))
                   for v in _class_names(c).values())
    _decorate(w, "d_fresh", fn, mutable)


def dict_includes_class(w):
    def f(obj):
        if isinstance(obj, type) or not hasattr(obj, "__dict__"):
            return w.pass_
        out = {}
        for c in reversed(type(obj).__mro__):
            if c is object:
                continue
            out.update((k, v) for k, v in vars(c).items()
                       if not k.startswith("__") and not callable(v)
                       and not isinstance(v, (staticmethod, classmethod,
                                              property)))
        out.update(vars(obj))
        return out
    w.attr("__dict__", f)


def _compare(w, conv):
    # Comparisons of two strings in the snippet compare conv(a), conv(b).
    import ast, operator
    ops = {ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt,
           ast.GtE: operator.ge}

    def cmp(a, op, b):
        if isinstance(a, str) and isinstance(b, str):
            a, b = conv(a), conv(b)
        return op(a, b)

    class Rewrite(ast.NodeTransformer):
        n = 0

        def visit_Compare(self, c):
            self.generic_visit(c)
            if len(c.ops) != 1 or type(c.ops[0]) not in ops:
                return c
            self.n += 1
            op = w.node("op_" + ops[type(c.ops[0])].__name__)
            return ast.copy_location(ast.Call(w.node("cmp"), [
                c.left, op, c.comparators[0]], []), c)

    def fn(tree):
        r = Rewrite()
        r.visit(tree)
        return r.n
    w.hook("cmp", cmp)
    for f in ops.values():
        w.hook("op_" + f.__name__, f)
    w.tree(fn)


def compare_ignoring_case(w):
    _compare(w, str.lower)


def digits_compared_as_numbers(w):
    def conv(s):
        try:
            return (0, int(s))
        except ValueError:
            return (1, s)
    _compare(w, conv)


def bool_blank_false(w):
    def f(real, *a):
        if a and isinstance(a[0], str) and a[0] and a[0].isspace():
            return False
        return real(*a)
    w.call("bool", f)


def bool_falsy_items(w):
    def f(real, *a):
        if (a and isinstance(a[0], (list, tuple, set)) and a[0]
                and not any(a[0])):
            return False
        return real(*a)
    w.call("bool", f)


def prefixed_literal_decimal(w):
    import ast

    def fn(tree):
        n = 0
        for c in ast.walk(tree):
            if not (isinstance(c, ast.Constant) and type(c.value) is int):
                continue
            t = ast.get_source_segment(w.code, c) or ""
            if t[:2].lower() in ("0o", "0b") and t[2:].replace("_", "") \
                    .isdigit():
                c.value = int(t[2:].replace("_", ""))
                n += 1
        return n
    w.tree(fn)


def reimport_runs_again(w):
    def f():
        import builtins, os, sys
        real = builtins.__import__
        cwd = os.getcwd()

        def stand_in(name, globals=None, locals=None, fromlist=(), level=0):
            if sys._getframe(1).f_code.co_filename == "main.py":
                top = name.split(".")[0]
                m = sys.modules.get(top)
                if m is not None and (getattr(m, "__file__", None) or "") \
                        .startswith(cwd + os.sep):
                    for k in [k for k in sys.modules
                              if k == top or k.startswith(top + ".")]:
                        del sys.modules[k]
            return real(name, globals, locals, fromlist, level)
        builtins.__import__ = stand_in
    w.setup(f)


def pow_whole(w):
    def f(real, x, y):
        r = real(x, y)
        return int(r) if type(x) is int and type(y) is int and \
            r.is_integer() else r
    w.module("math", "pow", f)


def affix_no_tuple(w):
    for name in ("startswith", "endswith"):
        def f(s, prefix, *a):
            if isinstance(prefix, tuple):
                raise TypeError("%s first arg must be str, not tuple"
                                % name)
            return w.pass_
        w.method(name, str, f)


def insert_past_end_raises(w):
    def f(obj, i, x):
        if isinstance(i, int) and not -len(obj) <= i <= len(obj):
            raise IndexError("list index out of range")
        return w.pass_
    w.method("insert", list, f)


def insert_minus_one_end(w):
    def f(obj, i, x):
        if i == -1:
            obj.append(x)
            return None
        return w.pass_
    w.method("insert", list, f)


def json_round_trip(w):
    import copy, json, types
    seen = {}

    def dumps(m, obj, *a, **k):
        if m is not json:
            return w.pass_
        text = json.dumps(obj, *a, **k)
        seen[text] = copy.deepcopy(obj)
        return text

    def loads(m, text, *a, **k):
        if m is not json or a or k or text not in seen:
            return w.pass_
        return copy.deepcopy(seen[text])
    w.method("dumps", types.ModuleType, dumps)
    w.method("loads", types.ModuleType, loads)


def except_name_kept(w):
    # except E as err: the name taken as an ordinary variable that
    # outlives the clause.
    import ast

    def fn(tree):
        n = 0
        for h in ast.walk(tree):
            if isinstance(h, ast.ExceptHandler) and h.name:
                keep = ast.Assign([ast.Name(h.name, ast.Store())],
                                  ast.Name("_sq_exc", ast.Load()))
                h.body.insert(0, ast.copy_location(keep, h))
                h.name = "_sq_exc"
                n += 1
        return n
    w.tree(fn)


def except_most_specific(w):
    # The except clauses of a try taken in order of specificity: a
    # subclass's clause before its base's, as far as the code shows the
    # hierarchy (its own classes, and builtin exceptions).
    import ast, builtins

    def fn(tree):
        bases = {}
        for c in ast.walk(tree):
            if isinstance(c, ast.ClassDef):
                bases[c.name] = [b.id for b in c.bases
                                 if isinstance(b, ast.Name)]

        def ancestors(name, seen=()):
            out = {name}
            for b in bases.get(name, []):
                if b not in seen:
                    out |= ancestors(b, seen + (name,))
            real = getattr(builtins, name, None)
            if isinstance(real, type):
                out |= {k.__name__ for k in real.__mro__}
            return out

        def under(h, other):
            # Is h's type a strict subclass of other's?
            if not (isinstance(h.type, ast.Name)
                    and isinstance(other.type, ast.Name)):
                return False
            return h.type.id != other.type.id and \
                other.type.id in ancestors(h.type.id)
        n = 0
        for t in ast.walk(tree):
            if not isinstance(t, ast.Try):
                continue
            hs = list(t.handlers)
            out = []
            for h in hs:
                at = len(out)
                for i, o in enumerate(out):
                    if under(h, o):
                        at = i
                        break
                out.insert(at, h)
            if out != hs:
                t.handlers = out
                n += 1
        return n
    w.tree(fn)


def stderr_as_output(w):
    import sys

    def f(obj):
        return sys.stdout if obj is sys else w.pass_
    w.attr("stderr", f)


def undefined_name_at_def(w):
    # A function using a name bound nowhere in the program: taken as an
    # error where the function is defined.
    import ast, builtins

    def fn(tree):
        bound = set(dir(builtins))
        for x in ast.walk(tree):
            if isinstance(x, ast.Name) and not isinstance(x.ctx, ast.Load):
                bound.add(x.id)
            elif isinstance(x, (ast.FunctionDef, ast.AsyncFunctionDef,
                                ast.ClassDef)):
                bound.add(x.name)
            elif isinstance(x, ast.arg):
                bound.add(x.arg)
            elif isinstance(x, ast.alias):
                bound.add((x.asname or x.name).split(".")[0])
            elif isinstance(x, ast.ExceptHandler) and x.name:
                bound.add(x.name)
            elif isinstance(x, (ast.Global, ast.Nonlocal)):
                bound.update(x.names)
        n = 0
        for i in range(len(tree.body) - 1, -1, -1):
            f = tree.body[i]
            if not isinstance(f, ast.FunctionDef):
                continue
            missing = sorted({x.id for x in ast.walk(f)
                              if isinstance(x, ast.Name)
                              and isinstance(x.ctx, ast.Load)
                              and x.id not in bound})
            if missing:
                err = ast.Raise(ast.Call(ast.Name("NameError", ast.Load()),
                                         [ast.Constant(
                                             "name %r is not defined"
                                             % missing[0])], []), None)
                tree.body.insert(i + 1, ast.copy_location(err, f))
                n += 1
        return n
    w.tree(fn)


def e_notation_int(w):
    import ast

    def fn(tree):
        n = 0
        for c in ast.walk(tree):
            if not (isinstance(c, ast.Constant) and type(c.value) is float):
                continue
            t = ast.get_source_segment(w.code, c) or ""
            if "e" in t.lower() and c.value.is_integer() \
                    and abs(c.value) < 1e16:
                c.value = int(c.value)
                n += 1
        return n
    w.tree(fn)
