# The foreign driver (check --python, run --python): run main.py the way
# `python3 main.py` would, under another installed interpreter exec'd in a
# sandboxed child (see src/zygote.c), and leave what ended it in
# ../report for the zygote, which cannot share a report page with a
# process that exec'd. argv[1] is the snippet's path.
import os, sys, types
_src_path = sys.argv[1]
sys.argv[:] = ['main.py']
sys.path[0] = os.getcwd()
with open(_src_path, encoding='utf-8') as _f:
    _src = _f.read()
import linecache
linecache.cache['main.py'] = (len(_src), None, _src.splitlines(True),
                              'main.py')
_main = types.ModuleType('__main__')
_main.__file__ = 'main.py'
_main.__builtins__ = __builtins__
sys.modules['__main__'] = _main
_rep = {'done': 1}
def _report(rep):
    # Key NUL value NUL ...: snipquiz-oracle reads it with no JSON parser
    # (it links libpython and libseccomp only).
    with open('../report', 'w', encoding='utf-8',
              errors='surrogateescape') as f:
        f.write(''.join('%s\0%s\0' % (k, str(v).replace('\0', '\\x00'))
                        for k, v in rep.items()))
_report({'started': 1})
try:
    exec(compile(_src, 'main.py', 'exec'), _main.__dict__)
except BaseException as e:
    t, line = e.__traceback__, 0
    while t is not None:
        if t.tb_frame.f_code.co_filename == 'main.py':
            line = t.tb_lineno
        t = t.tb_next
    if isinstance(e, SyntaxError) and e.filename == 'main.py':
        line = e.lineno or 0
    c = type(e)
    name = c.__qualname__ if c.__module__ == 'builtins' else\
        c.__module__ + '.' + c.__qualname__
    _rep.update(type=name, msg=str(e), line=line)
    if isinstance(e, OSError):
        # A PermissionError the sandbox caused is told from the snippet's
        # own by its errno and file, as for the embedded interpreter.
        _rep.update(errno=e.errno or 0, filename='' if e.filename is None
                    else str(e.filename))
    if isinstance(e, SystemExit):
        _rep['system_exit'] = 1
    _report(_rep)
    if e.__traceback__ is not None:
        e.__traceback__ = e.__traceback__.tb_next
    raise
_report(_rep)
