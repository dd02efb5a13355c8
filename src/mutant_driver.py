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
    return _called(n, r["from"])


def _m_call(r, n):
    n.func = ast.Name(id=r["to"], ctx=ast.Load())


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
    return (_called(n, r["from"].split(":")[0])
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


_KINDS = {k[3:]: (v, globals()["_m_" + k[3:]])
          for k, v in list(globals().items()) if k.startswith("_t_")
          and k != "_t_slice"}


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
    t = copy.deepcopy(tree)
    a = _Apply(rule, site)
    try:
        t = ast.fix_missing_locations(a.visit(t))
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
    except (SyntaxError, ValueError, RecursionError):
        tree = None
    if tree is not None:
        rules = [r for r in req.get("rules", []) if r.get("kind") in _KINDS]
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
