# The belief driver: run a snippet, unchanged, in a world where one of a
# learner's wrong beliefs about Python holds (round rounding halves up,
# split() splitting at single spaces, logging's default level DEBUG...).
# snipquiz runs this inside the oracle's sandbox (see src/belief.h). The
# first line of stdin is the request as JSON: patch (the name of one of
# the functions of src/belief_patches.py, as data/beliefs.tsv names it),
# source (that function and the file's helpers) and code; the rest of
# stdin is the snippet's own. The snippet then runs as __main__ in
# this process: what it prints and the exception it ends with are what
# it would give if the belief were true.
#
# A patch changes what the snippet's own calls do, never the library's:
# a call of a builtin (round(x)) or of a method (s.split()) in the
# snippet's syntax tree is redirected to a stand-in that applies the
# belief when it concerns the object (a str for split) and calls the real
# thing otherwise; a module function (math.floor) is replaced by one that
# checks that its caller is the snippet. A few patches set the world up
# instead (logging's root level). With mode "sites", source (the whole
# file) and items, a list of {code, patches} (used by
# docs/misreadings.py), nothing runs: the report
# is how many places of each code each of its patches changes, as one
# JSON line.
#
# The snippet runs in a __main__ module of its own: nothing of the driver
# is in its namespace.


def _apply(patch, code, mode):
    # Apply patch to code: its syntax tree as the belief has it (None for
    # code that does not parse, or a patch that failed), the stand-ins,
    # and how many places the patch changes (1 for a change of the
    # world). With mode "run", the world is changed too.
    import ast, builtins, sys

    pass_ = object()	# a stand-in's answer: the belief does not apply
    hooks = {}		# stand-in name -> function, in builtins._sq_belief
    calls = {}		# builtin name -> stand-in name
    methods = {}	# method name -> stand-in name
    attrs = {}		# attribute name -> stand-in name
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

        def attr(self, name, fn):
            # obj.name read in the snippet is fn(obj); fn returns pass_
            # to leave it to the real one.
            def stand_in(obj):
                r = fn(obj)
                return getattr(obj, name) if r is pass_ else r
            hooks["a_" + name] = stand_in
            attrs[name] = "a_" + name

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
            # A stand-in a tree rewrite calls as _sq_belief.name: the
            # node node(name) gives.
            hooks[name] = fn

        def node(self, name):
            return ast.Attribute(ast.Name("_sq_belief", ast.Load()), name,
                                 ast.Load())

        def tree(self, fn):
            # fn(tree) rewrites the snippet's syntax tree; it returns how
            # many places it changed.
            self.trees.append(fn)

    w = World()
    w.pass_ = pass_
    w.trees = []

    def hook_node(name, node):
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
                n.func = hook_node(calls[f.id], f)
            elif isinstance(f, ast.Attribute) and f.attr in methods:
                n.args.insert(0, f.value)
                n.func = hook_node(methods[f.attr], f)
            return n

        def visit_Attribute(self, n):
            self.generic_visit(n)
            if isinstance(n.ctx, ast.Load) and n.attr in attrs:
                return ast.copy_location(ast.Call(
                    hook_node(attrs[n.attr], n), [n.value], []), n)
            return n

    try:
        tree = ast.parse(code, "main.py")
    except SyntaxError:
        tree = None
    if tree is not None:
        # A patch that fails to apply leaves the snippet as it is: its
        # answer is the truth, which is never an option.
        try:
            w.code = code
            globals()[patch](w)
            for fn in w.trees:
                nsites[0] += fn(tree) or 0
            Redirect(bound(tree)).visit(tree)
            ast.fix_missing_locations(tree)
        except Exception:
            hooks.clear()
            tree = None
            nsites[0] = world[0] = 0
    return tree, hooks, nsites[0] + world[0]


def _main():
    import builtins, json, sys

    req = json.loads(sys.stdin.readline())
    # The patches (src/belief_patches.py, or the part of it this run
    # needs) join the driver's own functions.
    exec(compile(req["source"], "<snipquiz-belief-patches>", "exec"),
         globals())
    if req.get("mode") == "sites":
        sites = [{p: _apply(p, x["code"], "sites")[2] for p in x["patches"]}
                 for x in req["items"]]
        sys.stdout.write(json.dumps({"sites": sites}) + "\n")
        return
    code = req["code"]
    tree, hooks, _ = _apply(req["patch"], code, "run")
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


_main()
