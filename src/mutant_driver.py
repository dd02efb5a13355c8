# The mutant driver: parse a snippet with ast and print its first-order
# mutants (one misreading applied at one site) as one JSON line. snipquiz
# runs this inside the oracle's sandbox (see src/mutant.h); the request
# comes as JSON on stdin: code, max, rules [{id, kind, from, to}]. The
# snippet is parsed, never run: each mutant is run later as a snippet.
import ast, copy, json, sys, warnings

_BINOP = {"+": ast.Add, "-": ast.Sub, "*": ast.Mult, "/": ast.Div,
          "//": ast.FloorDiv, "%": ast.Mod, "**": ast.Pow, "<<": ast.LShift,
          ">>": ast.RShift, "|": ast.BitOr, "&": ast.BitAnd, "^": ast.BitXor,
          "@": ast.MatMult}
_CMPOP = {"==": ast.Eq, "!=": ast.NotEq, "<": ast.Lt, "<=": ast.LtE,
          ">": ast.Gt, ">=": ast.GtE, "is": ast.Is, "is not": ast.IsNot,
          "in": ast.In, "not in": ast.NotIn}
_BOOLOP = {"and": ast.And, "or": ast.Or}
_UNARY = {"not": ast.Not, "-": ast.USub, "+": ast.UAdd, "~": ast.Invert}
_STMT = {"break": ast.Break, "continue": ast.Continue, "pass": ast.Pass}


def _int(s, default):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default


def _plus(node, k):
    # node + k, folded when node is an int literal (range(4) -> range(5)).
    if (isinstance(node, ast.Constant) and type(node.value) is int):
        return ast.Constant(node.value + k)
    if (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
            and isinstance(node.operand, ast.Constant)
            and type(node.operand.value) is int):
        return ast.Constant(-node.operand.value + k)
    op = ast.Add() if k >= 0 else ast.Sub()
    return ast.BinOp(node, op, ast.Constant(abs(k)))


def _int_value(node):
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
            and isinstance(node.operand, ast.Constant)
            and type(node.operand.value) is int):
        return -node.operand.value
    return None


def _is_number(node):
    # 3, -2.5: a literal number
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    return isinstance(node, ast.Constant) and type(node.value) in (int, float)


def _called(node, name):
    # A call of the builtin or module function name ("print", "copy.copy").
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    if "." in name:
        mod, attr = name.split(".", 1)
        return (isinstance(f, ast.Attribute) and f.attr == attr
                and isinstance(f.value, ast.Name) and f.value.id == mod)
    return isinstance(f, ast.Name) and f.id == name


# Each kind: a test (does the rule apply at this node?) and a rewrite of
# the node (in the mutant's own copy); a rewrite returns the node that
# replaces it, or None to keep it (changed in place).
def _t_binop(r, n):
    return ((isinstance(n, ast.BinOp) and type(n.op) is _BINOP.get(r["from"]))
            or (isinstance(n, ast.AugAssign)
                and type(n.op) is _BINOP.get(r["from"])))


def _m_binop(r, n):
    n.op = _BINOP[r["to"]]()


def _t_augassign(r, n):
    return (isinstance(n, ast.AugAssign)
            and type(n.op) is _BINOP.get(r["from"]))


def _m_augassign(r, n):
    # x += 1 read as x = 1
    return ast.Assign(targets=[n.target], value=n.value, lineno=n.lineno)


def _t_cmpop(r, n):
    return (isinstance(n, ast.Compare)
            and any(type(o) is _CMPOP.get(r["from"]) for o in n.ops))


def _m_cmpop(r, n, k=0):
    i = [j for j, o in enumerate(n.ops) if type(o) is _CMPOP[r["from"]]][k]
    n.ops[i] = _CMPOP[r["to"]]()


def _t_boolop(r, n):
    return isinstance(n, ast.BoolOp) and type(n.op) is _BOOLOP.get(r["from"])


def _m_boolop(r, n):
    n.op = _BOOLOP[r["to"]]()


def _t_unary_drop(r, n):
    return isinstance(n, ast.UnaryOp) and type(n.op) is _UNARY.get(r["from"])


def _m_unary_drop(r, n):
    return n.operand


def _t_method(r, n):
    return (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and n.func.attr == r["from"])


def _m_method(r, n):
    n.func.attr = r["to"]


def _t_call(r, n):
    # round(x, 2) read as int(x, 2) is no misreading: int's second
    # argument is a base.
    return _called(n, r["from"]) and not (r["to"] == "int" and len(n.args) > 1)


def _m_call(r, n):
    n.func = ast.Name(id=r["to"], ctx=ast.Load())
    if (r["to"] == "round" and len(n.args) == 1 and not n.keywords
            and not _is_number(n.args[0]) and not _called(n.args[0], "float")):
        # int() taken as rounding: such a learner expects int("3.7") to
        # give 4 as well, not round()'s TypeError on a string.
        n.args = [ast.Call(func=ast.Name(id="float", ctx=ast.Load()),
                           args=n.args, keywords=[])]


def _t_range_end(r, n):
    return _called(n, "range") and 1 <= len(n.args) <= 2 and not n.keywords


def _m_range_end(r, n):
    i = len(n.args) - 1
    n.args[i] = _plus(n.args[i], _int(r["to"], 1))


def _t_range_start(r, n):
    return _called(n, "range") and len(n.args) == 1 and not n.keywords


def _m_range_start(r, n):
    # range(n) read as 1..n ("keep": as 1..n-1)
    k = _int(r["to"], 1)
    stop = n.args[0] if r["from"] == "keep" else _plus(n.args[0], k)
    n.args = [ast.Constant(k), stop]


def _t_index(r, n):
    if not isinstance(n, ast.Subscript) or isinstance(n.slice, ast.Slice):
        return False
    v = _int_value(n.slice)
    if v is None:
        return False
    return v < 0 if r["from"] == "neg" else v >= 0


def _m_index(r, n):
    n.slice = _plus(n.slice, _int(r["to"], 1))


def _t_slice(r, n, part):
    return (isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Slice)
            and getattr(n.slice, part) is not None)


def _t_slice_end(r, n):
    return _t_slice(r, n, "upper")


def _m_slice_end(r, n):
    n.slice.upper = _plus(n.slice.upper, _int(r["to"], 1))


def _t_slice_start(r, n):
    return _t_slice(r, n, "lower")


def _m_slice_start(r, n):
    n.slice.lower = _plus(n.slice.lower, _int(r["to"], -1))


def _t_kwarg_drop(r, n):
    return (_called_any(n, r["from"])
            and any(k.arg == r["to"] for k in n.keywords))


def _m_kwarg_drop(r, n):
    n.keywords = [k for k in n.keywords if k.arg != r["to"]]


def _t_kwarg_add(r, n):
    name = r["to"].split("=", 1)[0]
    return (_called(n, r["from"]) and len(n.args) >= 2
            and not any(k.arg == name for k in n.keywords))


def _m_kwarg_add(r, n):
    name, value = r["to"].split("=", 1)
    n.keywords.append(ast.keyword(arg=name,
                                  value=ast.Constant(ast.literal_eval(value))))


def _t_return_drop(r, n):
    return isinstance(n, ast.Return) and n.value is not None


def _m_return_drop(r, n):
    n.value = None


def _t_copy_alias(r, n):
    f = r["from"]
    if f == "[:]":
        return (isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Slice)
                and n.slice.lower is None and n.slice.upper is None
                and n.slice.step is None and isinstance(n.ctx, ast.Load))
    if f.startswith("."):
        return (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                and n.func.attr == f[1:] and not n.args and not n.keywords
                and not (isinstance(n.func.value, ast.Name)
                         and n.func.value.id == "copy"))
    return _called(n, f) and len(n.args) == 1 and not n.keywords


def _m_copy_alias(r, n):
    if isinstance(n, ast.Subscript):
        return n.value
    if r["from"].startswith("."):
        return n.func.value
    return n.args[0]


def _t_tuple1(r, n):
    return (isinstance(n, ast.Tuple) and len(n.elts) == 1
            and isinstance(n.ctx, ast.Load))


def _m_tuple1(r, n):
    return n.elts[0]


def _t_stmt(r, n):
    return type(n) is _STMT.get(r["from"])


def _m_stmt(r, n):
    return _STMT[r["to"]]()


def _t_stmt_drop(r, n):
    k = {"global": ast.Global, "nonlocal": ast.Nonlocal}.get(r["from"])
    return k is not None and isinstance(n, k)


def _m_stmt_drop(r, n):
    return ast.Pass()


def _t_trunc(r, n):
    return isinstance(n, ast.BinOp) and isinstance(n.op, ast.FloorDiv)


def _m_trunc(r, n):
    # a // b read as truncating toward zero: int(a / b)
    return ast.Call(ast.Name("int", ast.Load()),
                    [ast.BinOp(n.left, ast.Div(), n.right)], [])


def _t_mod_trunc(r, n):
    # Not "%d" % x: formatting, not a remainder.
    return (isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mod)
            and not isinstance(n.left, ast.JoinedStr)
            and not (isinstance(n.left, ast.Constant)
                     and isinstance(n.left.value, (str, bytes))))


def _m_mod_trunc(r, n):
    # a % b read as C's remainder, with the sign of a: a - b * int(a / b)
    q = ast.Call(ast.Name("int", ast.Load()),
                 [ast.BinOp(n.left, ast.Div(), n.right)], [])
    return ast.BinOp(n.left, ast.Sub(), ast.BinOp(n.right, ast.Mult(), q))


def _t_bool_wrap(r, n):
    return isinstance(n, ast.BoolOp)


def _m_bool_wrap(r, n):
    return ast.Call(ast.Name("bool", ast.Load()), [n], [])


def _t_chain_split(r, n):
    return isinstance(n, ast.Compare) and len(n.ops) >= 2


def _m_chain_split(r, n):
    # a < b < c read as (a < b) < c
    first = ast.Compare(n.left, [n.ops[0]], [n.comparators[0]])
    return ast.Compare(first, n.ops[1:], n.comparators[1:])


def _t_neg_pow(r, n):
    return (isinstance(n, ast.UnaryOp) and isinstance(n.op, ast.USub)
            and isinstance(n.operand, ast.BinOp)
            and isinstance(n.operand.op, ast.Pow))


def _m_neg_pow(r, n):
    # -2 ** 2 read as (-2) ** 2
    p = n.operand
    return ast.BinOp(ast.UnaryOp(ast.USub(), p.left), ast.Pow(), p.right)


def _t_pow_left(r, n):
    return (isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow)
            and isinstance(n.right, ast.BinOp)
            and isinstance(n.right.op, ast.Pow))


def _m_pow_left(r, n):
    # 2 ** 3 ** 2 read as (2 ** 3) ** 2
    return ast.BinOp(ast.BinOp(n.left, ast.Pow(), n.right.left), ast.Pow(),
                     n.right.right)


_ADD = (ast.Add, ast.Sub)
_MUL = (ast.Mult, ast.Div, ast.FloorDiv, ast.Mod)


def _t_left_to_right(r, n):
    return (isinstance(n, ast.BinOp) and isinstance(n.op, _ADD)
            and isinstance(n.right, ast.BinOp)
            and isinstance(n.right.op, _MUL))


def _m_left_to_right(r, n):
    # a + b * c read left to right: (a + b) * c
    return ast.BinOp(ast.BinOp(n.left, n.op, n.right.left), n.right.op,
                     n.right.right)


def _t_alias_copy(r, n):
    return (isinstance(n, ast.Assign) and len(n.targets) == 1
            and isinstance(n.targets[0], ast.Name)
            and isinstance(n.value, ast.Name))


def _m_alias_copy(r, n):
    # b = a read as b = a copy of a
    f = ast.Attribute(ast.Call(ast.Name("__import__", ast.Load()),
                               [ast.Constant("copy")], []), "copy",
                      ast.Load())
    n.value = ast.Call(f, [n.value], [])


def _t_repeat_copies(r, n):
    return (isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult)
            and isinstance(n.left, ast.List) and len(n.left.elts) == 1
            and isinstance(n.left.elts[0], (ast.List, ast.Dict, ast.Set,
                                            ast.BinOp)))


def _m_repeat_copies(r, n):
    # [[0] * 3] * 3 read as three different lists
    gen = ast.comprehension(ast.Name("_", ast.Store()),
                            ast.Call(ast.Name("range", ast.Load()),
                                     [n.right], []), [], 0)
    return ast.ListComp(n.left.elts[0], [gen])


_MUTABLE = (ast.List, ast.Dict, ast.Set)


def _t_default_fresh(r, n):
    return (isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
            and any(isinstance(d, _MUTABLE) for d in n.args.defaults))


def _m_default_fresh(r, n):
    # def f(x=[]) read as a new list at every call
    args = n.args.posonlyargs + n.args.args
    first = len(args) - len(n.args.defaults)
    fresh = []
    for i, d in enumerate(n.args.defaults):
        if isinstance(d, _MUTABLE):
            name = args[first + i].arg
            n.args.defaults[i] = ast.Constant(None)
            fresh.append(ast.If(
                ast.Compare(ast.Name(name, ast.Load()), [ast.Is()],
                            [ast.Constant(None)]),
                [ast.Assign([ast.Name(name, ast.Store())], d)], []))
    n.body[0:0] = fresh


def _loop_names(tree):
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.For, ast.comprehension)):
            for t in ast.walk(node.target):
                if isinstance(t, ast.Name):
                    names.add(t.id)
    return names


def _lambda_free(r, n):
    own = {a.arg for a in n.args.posonlyargs + n.args.args
           + n.args.kwonlyargs}
    used = {x.id for x in ast.walk(n.body) if isinstance(x, ast.Name)
            and isinstance(x.ctx, ast.Load)}
    return sorted((used & r["_loop"]) - own)


def _t_late_binding(r, n):
    return (isinstance(n, ast.Lambda) and n.args.vararg is None
            and n.args.kwarg is None and bool(_lambda_free(r, n)))


def _m_late_binding(r, n):
    # lambda: i read as keeping the i it was made with
    for name in _lambda_free(r, n):
        n.args.kwonlyargs.append(ast.arg(name))
        n.args.kw_defaults.append(ast.Name(name, ast.Load()))


def _module_names(tree):
    names = set()
    for node in tree.body:
        for t in getattr(node, "targets", [getattr(node, "target", None)]):
            if isinstance(t, ast.Name):
                names.add(t.id)
    return names


def _assigned_globals(r, n):
    if n.name == "__init__" or any(isinstance(x, (ast.Global, ast.Nonlocal))
                                   for x in n.body):
        return []
    params = {a.arg for a in n.args.posonlyargs + n.args.args
              + n.args.kwonlyargs}
    got = set()
    for x in n.body:
        for y in ast.walk(x):
            for t in getattr(y, "targets", [getattr(y, "target", None)]):
                if isinstance(t, ast.Name) and isinstance(y, (ast.Assign,
                                                              ast.AugAssign)):
                    got.add(t.id)
    return sorted((got & r["_module"]) - params)


def _t_add_global(r, n):
    return (isinstance(n, ast.FunctionDef)
            and bool(_assigned_globals(r, n)))


def _m_add_global(r, n):
    # an assignment in a function read as changing the module's variable
    n.body.insert(0, ast.Global(_assigned_globals(r, n)))


def _t_else_drop(r, n):
    k = {"for": ast.For, "while": ast.While, "try": ast.Try}.get(r["from"])
    return k is not None and isinstance(n, k) and bool(n.orelse)


def _m_else_drop(r, n):
    n.orelse = []


def _t_elif_split(r, n):
    # if a: ... elif b: ... (the else holds one if, and nothing else)
    return (isinstance(n, ast.If) and len(n.orelse) == 1
            and isinstance(n.orelse[0], ast.If))


def _m_elif_split(r, n):
    # ... read as two separate ifs: each true test runs its branch.
    return [ast.If(test=n.test, body=n.body, orelse=[]), n.orelse[0]]


def _t_finally_drop(r, n):
    return isinstance(n, ast.Try) and bool(n.finalbody) and bool(n.handlers)


def _m_finally_drop(r, n):
    n.finalbody = []


def _called_any(n, name):
    # "sorted" (a builtin), ".get" (a method), "math.floor" (a module's)
    if name.startswith("."):
        return (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                and n.func.attr == name[1:])
    return _called(n, name)


def _t_arg_drop(r, n):
    return (_called_any(n, r["from"]) and len(n.args) > _int(r["to"], 1)
            and not any(isinstance(a, ast.Starred) for a in n.args))


def _m_arg_drop(r, n):
    del n.args[_int(r["to"], 1)]


def _t_arg_add(r, n):
    return _called_any(n, r["from"]) and not n.args and not n.keywords


def _m_arg_add(r, n):
    n.args.append(ast.Constant(ast.literal_eval(r["to"])))


def _t_method_inplace(r, n):
    # s.upper() as a statement: its result thrown away. FROM: the methods,
    # comma-separated.
    return (isinstance(n, ast.Expr) and isinstance(n.value, ast.Call)
            and isinstance(n.value.func, ast.Attribute)
            and n.value.func.attr in r["from"].split(",")
            and isinstance(n.value.func.value, ast.Name))


def _m_method_inplace(r, n):
    # ... read as changing s: s = s.upper()
    name = n.value.func.value.id
    return ast.Assign(targets=[ast.Name(id=name, ctx=ast.Store())],
                      value=n.value)


def _returns_self(r, c):
    # The object a call of r["from"] changes and gives None for, or None:
    # x of x.sort(), cards of random.shuffle(cards); a name only (it is
    # read twice in the mutant).
    if not _called_any(c, r["from"]):
        return None
    o = c.func.value if r["from"].startswith(".") else (
        c.args[0] if c.args else None)
    return o if isinstance(o, ast.Name) else None


def _t_returns_self(r, n):
    # A node that uses the value of such a call (z = x.sort(), print(...)),
    # not a statement of it alone.
    return (not isinstance(n, ast.Expr) and any(
        _returns_self(r, c) is not None for c in ast.iter_child_nodes(n)))


def _m_returns_self(r, n):
    # The call taken as giving the object: (x.sort(), x)[1].
    for field, value in ast.iter_fields(n):
        items = value if isinstance(value, list) else [value]
        for i, c in enumerate(items):
            o = _returns_self(r, c) if isinstance(c, ast.AST) else None
            if o is None:
                continue
            new = ast.Subscript(
                value=ast.Tuple(elts=[c, ast.Name(id=o.id, ctx=ast.Load())],
                                ctx=ast.Load()),
                slice=ast.Constant(1), ctx=ast.Load())
            if isinstance(value, list):
                value[i] = new
            else:
                setattr(n, field, new)


def _t_iadd_method(r, n):
    # lst += [3]
    return (isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Add)
            and isinstance(n.value, ast.List)
            and isinstance(n.target, ast.Name))


def _m_iadd_method(r, n):
    # ... read as lst.append([3])
    f = ast.Attribute(value=ast.Name(id=n.target.id, ctx=ast.Load()),
                      attr=r["to"], ctx=ast.Load())
    return ast.Expr(value=ast.Call(func=f, args=[n.value], keywords=[]))


def _t_kwarg_drop_all(r, n):
    # One site a program: the module, when some call names the keyword.
    return isinstance(n, ast.Module) and any(
        _t_kwarg_drop(r, c) for c in _walk(n))


def _m_kwarg_drop_all(r, n):
    # A belief holds everywhere: the keyword dropped from every call.
    for c in _walk(n):
        if _t_kwarg_drop(r, c):
            _m_kwarg_drop(r, c)


def _t_dstar_star(r, n):
    # f(**d)
    return isinstance(n, ast.Call) and any(k.arg is None for k in n.keywords)


def _m_dstar_star(r, n):
    # ... read as f(*d): the keys unpacked as positional arguments.
    n.args.extend(ast.Starred(value=k.value, ctx=ast.Load())
                  for k in n.keywords if k.arg is None)
    n.keywords = [k for k in n.keywords if k.arg is not None]


def _is_str(n):
    return isinstance(n, ast.Constant) and type(n.value) is str


def _t_str_repeat(r, n):
    # "ab" * 2 (or 2 * "ab")
    return (isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult)
            and _is_str(n.left) != _is_str(n.right))


def _m_str_repeat(r, n):
    # ... read as "ab" + str(2)
    def conv(x):
        return ast.Call(func=ast.Name(id="str", ctx=ast.Load()), args=[x],
                        keywords=[])
    if _is_str(n.left):
        return ast.BinOp(n.left, ast.Add(), conv(n.right))
    return ast.BinOp(conv(n.left), ast.Add(), n.right)


_KINDS = {k[3:]: (v, globals()["_m_" + k[3:]])
          for k, v in list(globals().items()) if k.startswith("_t_")
          and k not in ("_t_slice",)}


class _Apply(ast.NodeTransformer):
    # Rewrite the site-th node (in walk order) where the rule applies.
    def __init__(self, rule, site):
        self.test, self.mut = _KINDS[rule["kind"]]
        self.rule = rule
        self.site = site
        self.seen = 0
        self.line = 0

    def visit(self, node):
        hit = False
        if self.seen <= self.site and self.test(self.rule, node):
            hit = self.seen == self.site
            self.seen += 1
        node = self.generic_visit(node)
        if hit:
            self.line = getattr(node, "lineno", 0)
            new = self.mut(self.rule, node)
            if isinstance(new, list):
                # Statements in place of one (a statement list's field).
                return [ast.copy_location(new[0], node)] + new[1:]
            if new is not None:
                return ast.copy_location(new, node)
        return node


def _sites(tree, rule):
    test = _KINDS[rule["kind"]][0]
    n = 0
    for node in _walk(tree):
        try:
            n += bool(test(rule, node))
        except (KeyError, AttributeError):
            return 0
    return n


def _walk(node):
    # The order _Apply visits nodes in: depth first, parents first.
    yield node
    for child in ast.iter_child_nodes(node):
        yield from _walk(child)


def _mutant(tree, rule, site):
    a = _Apply(rule, site)
    try:
        t = ast.fix_missing_locations(a.visit(copy.deepcopy(tree)))
        src = ast.unparse(t)
        compile(src, "main.py", "exec")
    except (SyntaxError, ValueError, TypeError, KeyError, AttributeError,
            IndexError, RecursionError):
        return None, 0
    return src, a.line


def _main():
    # compile() warns of `x is 1`: a mutant may say so, the report may not.
    warnings.simplefilter("ignore")
    req = json.loads(sys.stdin.read())
    most = req.get("max", 60)
    out = []
    try:
        tree = ast.parse(req["code"], "main.py")
        same = ast.unparse(tree)
        list(_walk(tree))
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        # Too deep to walk (a generated 1000-level expression): none.
        tree = None
    if tree is not None:
        rules = [r for r in req.get("rules", []) if r.get("kind") in _KINDS]
        loop, module = _loop_names(tree), _module_names(tree)
        for r in rules:
            r["_loop"], r["_module"] = loop, module
        todo = [[r, 0, _sites(tree, r)] for r in rules]
        seen = {same}
        # Round-robin over the rules: each rule's first site, then each
        # one's second, so that one busy rule does not take every slot.
        while len(out) < most and any(t[1] < t[2] for t in todo):
            for t in todo:
                if len(out) >= most:
                    break
                if t[1] >= t[2]:
                    continue
                src, line = _mutant(tree, t[0], t[1])
                t[1] += 1
                if src is None or src in seen:
                    continue
                seen.add(src)
                out.append({"rule": t[0]["id"], "line": line, "code": src})
    sys.stdout.write("\n" + json.dumps({"mutants": out}) + "\n")
    sys.stdout.flush()


_main()
