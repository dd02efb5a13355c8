# doctest_driver.py: run one doctest session with CPython's own doctest.
#
# stdin: {"name": "README.md", "examples": [{"line": N, "source": "...",
# "want": "..."}, ...], "options": "+ELLIPSIS"}: the examples as doctest.c
# read them, so that their lines are the file's, and a doctest directive's
# options if it had any. They run as the examples of one docstring do
# under doctest.testfile: one namespace, named __main__, the directives of
# each example (# doctest: +ELLIPSIS) honoured, output and exceptions
# matched by doctest's OutputChecker.
#
# stdout: {"start": LINE} as each example starts (written to the file
# descriptor, so a run stopped by a limit still says which example ran),
# then one line: {"results": [{"line", "status", "text", "expected",
# "actual"[, "blocked"]}, ...]}, status pass, fail, error, skip or
# blocked, or {"error": "why"} when the session cannot run at all (a bad
# directive).
import doctest
import errno
import json
import os
import re
import sys

# The most characters of an example's text, output or expected output that
# the report carries: a flood of output in one example must not take the
# report past the run's output limit (1 MiB).
MAX = 4096

# doctest's own frame (its exec) at the top of a traceback it shows as an
# example's output: it says nothing to the reader and names doctest.py's
# lines, which change from one Python to the next.
_DOCTEST_FRAME = re.compile(
    r'(Traceback \(most recent call last\):\n)  File "%s", line \d+, '
    r'in __run\n(?:    .*\n)*' % re.escape(doctest.__file__))


class _Runner(doctest.DocTestRunner):
    def __init__(self, results):
        super().__init__(verbose=False, optionflags=0)
        self.results = results

    def _add(self, example, status, text, got):
        self.results[example.lineno + 1] = {
            "line": example.lineno + 1, "status": status,
            "text": _clip(text), "expected": _clip(example.want),
            "actual": _clip(got) if status != "pass" else None}

    def _header(self, example):
        return "Failed example:\n" + doctest._indent(example.source)

    def report_start(self, out, test, example):
        os.write(1, ('{"start": %d}\n' % (example.lineno + 1)).encode())

    def report_success(self, out, test, example, got):
        self._add(example, "pass", None, got)

    def report_failure(self, out, test, example, got):
        got = _DOCTEST_FRAME.sub(r"\1", got, count=1)
        self._add(example, "fail", self._header(example) +
                  self._checker.output_difference(example, got,
                                                  self.optionflags), got)

    def report_unexpected_exception(self, out, test, example, exc_info):
        # Without doctest's own frame, as above.
        if exc_info[2] is not None and exc_info[2].tb_next is not None:
            exc_info = (exc_info[0], exc_info[1], exc_info[2].tb_next)
        tb = doctest._exception_traceback(exc_info)
        if _blocked(exc_info[1]):
            # As the oracle names an uncaught one: the sandbox said no.
            self._add(example, "blocked", self._header(example), tb)
            self.results[example.lineno + 1]["blocked"] = str(exc_info[1])
            return
        self._add(example, "error", self._header(example) +
                  "Exception raised:\n" + doctest._indent(tb), tb)


def _clip(s):
    """s cut to MAX characters: the report must fit the output limit."""
    if s is None or len(s) <= MAX:
        return s
    return s[:MAX] + "\n... (%d more characters)\n" % (len(s) - MAX)


def _write(obj):
    """One line on the file descriptor, after a newline: an example may
    have left a line unfinished, or replaced sys.stdout."""
    data = ("\n" + json.dumps(obj) + "\n").encode()
    while data:
        data = data[os.write(1, data):]


def _blocked(exc):
    """A PermissionError the sandbox caused: not on the run's own files
    (a relative path, or one in its scratch folder, the working one), as
    oracle.c's oracle_own_path says."""
    if not isinstance(exc, PermissionError) or \
            exc.errno not in (errno.EACCES, errno.EPERM):
        return False
    path = exc.filename
    if not isinstance(path, str) or path == "" or ".." in path:
        return True
    return path.startswith("/") and \
        not path.startswith(os.getcwd().rstrip("/") + "/")


def main():
    req = json.loads(sys.stdin.read())
    name = req["name"]
    parser = doctest.DocTestParser()
    examples = []
    for e in req["examples"]:
        try:
            # A directive's :options: first; the example's own win.
            options = parser._find_options(
                "0  # doctest: " + req.get("options", ""), name,
                e["line"] - 1) if req.get("options") else {}
            options.update(parser._find_options(e["source"], name,
                                                e["line"] - 1))
        except ValueError as err:
            _write({"error": "line %d: %s" % (e["line"], err)})
            return
        m = parser._EXCEPTION_RE.match(e["want"])
        examples.append(doctest.Example(
            e["source"], e["want"], m.group("msg") if m else None,
            lineno=e["line"] - 1, options=options))
    test = doctest.DocTest(examples, {"__name__": "__main__"}, name, name,
                           0, None)
    results = {}
    runner = _Runner(results)
    runner.run(test, out=lambda s: None, clear_globs=False)
    out = []
    for ex in examples:
        r = results.get(ex.lineno + 1)
        if r is None:
            r = {"line": ex.lineno + 1, "status": "skip", "text": None,
                 "expected": ex.want, "actual": None}
        out.append(r)
    _write({"results": out})


main()
