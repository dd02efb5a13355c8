/*
 * pyexec.c: embedded CPython, initialised once, run in forked children.
 *
 * Modelled on CPython's Modules/main.c (pymain_run_file, Py_RunMain) so
 * that a snippet behaves as `python3 FILE` does; see Programs/_testembed.c
 * and Doc/c-api/init_config.rst for the PyConfig calls.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pyexec.h"
#include "util.h"

static char	**pyexec_path_list;
/*
 * The distribution's packages (/usr/lib/python3/dist-packages), taken off
 * sys.path at start and put back for a run that needs them; new.
 */
static PyObject	 *pyexec_dist_list;
static PyObject	 *pyexec_linecache;	/* the linecache module, new */
static char	 pyexec_version_text[32];

/* Set *cause from a failed PyStatus and clear the config. */
static int
pyexec_status_failed(PyStatus st, PyConfig *cfg, char **cause)
{
	*cause = xprintf("cannot initialise Python: %s%s%s",
	    st.func ? st.func : "", st.func ? ": " : "",
	    st.err_msg ? st.err_msg : "exit requested");
	if (cfg != NULL)
		PyConfig_Clear(cfg);
	return (-1);
}

/*
 * Keep only the standard library on sys.path: third-party packages differ
 * from machine to machine, and the exams assume the standard library.
 * The distribution's own packages (under SQ_PYTHON_HOME/lib, not
 * /usr/local: what the Debian packages install, not what pip put there)
 * are remembered for the runs of items that ask for them (pyexec_run).
 */
static int
pyexec_trim_path(void)
{
	PyObject	*path, *keep, *item;	/* path borrowed; keep new */
	Py_ssize_t	 i, n;
	const char	*s;
	size_t		 len, count = 0;
	struct stat	 st;

	if ((path = PySys_GetObject("path")) == NULL || !PyList_Check(path))
		return (-1);
	if ((keep = PyList_New(0)) == NULL)
		return (-1);
	if ((pyexec_dist_list = PyList_New(0)) == NULL) {
		Py_DECREF(keep);
		return (-1);
	}
	n = PyList_GET_SIZE(path);
	pyexec_path_list = xcalloc(n + 1, sizeof *pyexec_path_list);
	for (i = 0; i < n; i++) {
		item = PyList_GET_ITEM(path, i);
		if (!PyUnicode_Check(item) ||
		    (s = PyUnicode_AsUTF8AndSize(item, NULL)) == NULL)
			continue;
		len = strlen(s);
		if ((len >= 13 && strcmp(s + len - 13, "site-packages") == 0) ||
		    (len >= 13 && strcmp(s + len - 13, "dist-packages") == 0)) {
			if (strncmp(s, SQ_PYTHON_HOME "/lib/",
			    strlen(SQ_PYTHON_HOME "/lib/")) == 0 &&
			    strcmp(s + len - 13, "dist-packages") == 0 &&
			    stat(s, &st) == 0 &&
			    PyList_Append(pyexec_dist_list, item) == -1) {
				Py_DECREF(keep);
				return (-1);
			}
			continue;
		}
		if (PyList_Append(keep, item) == -1) {
			Py_DECREF(keep);
			return (-1);
		}
		if (stat(s, &st) == 0)
			pyexec_path_list[count++] = xstrdup(s);
	}
	if (PySys_SetObject("path", keep) == -1) {
		Py_DECREF(keep);
		return (-1);
	}
	Py_DECREF(keep);
	return (0);
}

/*
 * Modules exam snippets import all the time, imported once here rather
 * than in every child (where reading them from disk cost more than the
 * rest of a run). Only modules without per-process state: random reseeds
 * itself after fork (os.register_at_fork), so unseeded random numbers
 * still differ from run to run, as with python3. ast: the mutant driver
 * (src/mutant_driver.py) parses every choice question's code with it.
 * atexit: every run calls its _run_exitfuncs (pyexec_finalize), and
 * making the module afresh in each child cost 70 of its 300 page faults
 * (python3 has it in sys.modules from the start, too).
 */
static const char *pyexec_preload[] = {
	"abc", "ast", "atexit", "collections", "copy", "datetime", "functools",
	"itertools", "json", "math", "random", "re", "string", NULL
};

/*
 * Tokenize a line once, here: Python 3.11's tokenize compiles its
 * regular expressions (tokens, then the end of each kind of string) at
 * their first use, which cost each child that tokenizes (the
 * highlighter, src/highlight_driver.py) 1.3 ms of its 4.2. Run in a
 * namespace of its own: nothing of it is seen in __main__.
 */
static void
pyexec_warm_tokenize(void)
{
	PyObject	*g, *r;	/* new */
	PyObject	*b;	/* borrowed */

	if ((g = PyDict_New()) == NULL) {
		PyErr_Clear();
		return;
	}
	b = PyEval_GetBuiltins();
	if (PyDict_SetItemString(g, "__builtins__", b) == 0 &&
	    (r = PyRun_String("import io, tokenize\n"
	    "q, d = chr(39), chr(34)\n"
	    "s = 'x = 1 + ' + q * 2 + d * 2 + q * 6 + d * 6 + chr(10)\n"
	    "for t in tokenize.generate_tokens(io.StringIO(s).readline):\n"
	    "    pass\n", Py_file_input, g, g)) != NULL)
		Py_DECREF(r);
	PyErr_Clear();
	Py_DECREF(g);
}

static void
pyexec_preload_modules(void)
{
	PyObject	*m;	/* new */
	const char	**name;

	for (name = pyexec_preload; *name != NULL; name++) {
		m = PyImport_ImportModule(*name);
		Py_XDECREF(m);
		PyErr_Clear();
	}
	pyexec_warm_tokenize();
}

int
pyexec_init(long hash_seed, char **cause)
{
	PyPreConfig	 pre;
	PyConfig	 cfg;
	PyStatus	 st;
	PyObject	*gc, *r;	/* new */
	char		*argv[] = { (char *)"main.py", NULL };

	/*
	 * As python3 starts in the environment zygote_environment left
	 * (nothing of the user's; LC_ALL=C.UTF-8): the locale set from it, so
	 * UTF-8 I/O without UTF-8 mode, and sys.flags as python3 shows them.
	 * Should the C.UTF-8 locale be missing, Python sees the C locale and
	 * turns UTF-8 mode on itself: I/O is UTF-8 either way.
	 */
	PyPreConfig_InitPythonConfig(&pre);
	st = Py_PreInitialize(&pre);
	if (PyStatus_Exception(st))
		return (pyexec_status_failed(st, NULL, cause));

	PyConfig_InitPythonConfig(&cfg);
	cfg.install_signal_handlers = 1;
	cfg.write_bytecode = 1;		/* __pycache__ in the scratch dir, as python3 */
	cfg.buffered_stdio = 1;
	cfg.parse_argv = 0;
	cfg.pathconfig_warnings = 0;
	if (hash_seed >= 0) {
		cfg.use_hash_seed = 1;
		cfg.hash_seed = (unsigned long)hash_seed;
	} else
		cfg.use_hash_seed = 0;
	/* The distribution's stdlib, wherever snipquiz is installed. */
	st = PyConfig_SetBytesString(&cfg, &cfg.home, SQ_PYTHON_HOME);
	if (PyStatus_Exception(st))
		return (pyexec_status_failed(st, &cfg, cause));
	st = PyConfig_SetBytesString(&cfg, &cfg.program_name, SQ_PYTHON_EXE);
	if (PyStatus_Exception(st))
		return (pyexec_status_failed(st, &cfg, cause));
	st = PyConfig_SetBytesArgv(&cfg, 1, argv);
	if (PyStatus_Exception(st))
		return (pyexec_status_failed(st, &cfg, cause));
	st = Py_InitializeFromConfig(&cfg);
	if (PyStatus_Exception(st))
		return (pyexec_status_failed(st, &cfg, cause));
	PyConfig_Clear(&cfg);

	if (pyexec_trim_path() == -1) {
		PyErr_Clear();
		*cause = xstrdup("cannot set sys.path");
		return (-1);
	}
	/*
	 * warnings (and the traceback module) read source lines through
	 * linecache by file name, and python3's file names are absolute paths
	 * the sandbox cannot read: each child seeds linecache's cache instead.
	 */
	if ((pyexec_linecache = PyImport_ImportModule("linecache")) == NULL) {
		PyErr_Clear();
		*cause = xstrdup("cannot import linecache");
		return (-1);
	}
	pyexec_preload_modules();
	/*
	 * Move everything start-up allocated out of the collector's reach, so
	 * a child's first collection does not touch (and copy) every page it
	 * shares with the zygote.
	 */
	if ((gc = PyImport_ImportModule("gc")) != NULL) {
		r = PyObject_CallMethod(gc, "freeze", NULL);
		Py_XDECREF(r);
		Py_DECREF(gc);
	}
	PyErr_Clear();
	return (0);
}

const char **
pyexec_paths(void)
{
	return ((const char **)pyexec_path_list);
}

int
pyexec_has_package(const char *name)
{
	PyObject	*item;	/* borrowed */
	Py_ssize_t	 i;
	const char	*dir;
	char		*path;
	struct stat	 st;
	int		 found = 0;

	for (i = 0; pyexec_dist_list != NULL && !found &&
	    i < PyList_GET_SIZE(pyexec_dist_list); i++) {
		item = PyList_GET_ITEM(pyexec_dist_list, i);
		if ((dir = PyUnicode_AsUTF8(item)) == NULL) {
			PyErr_Clear();
			continue;
		}
		path = xprintf("%s/%s/__init__.py", dir, name);
		found = stat(path, &st) == 0;
		free(path);
		path = xprintf("%s/%s.py", dir, name);
		found = found || stat(path, &st) == 0;
		free(path);
	}
	return (found);
}

const char *
pyexec_build(void)
{
	/* A constant of libpython's, valid before initialisation. */
	return (Py_GetVersion());
}

const char *
pyexec_version(void)
{
	/* A constant of libpython's, valid before initialisation. */
	if (pyexec_version_text[0] == '\0') {
		snprintf(pyexec_version_text, sizeof pyexec_version_text, "%s",
		    Py_GetVersion());
		pyexec_version_text[strcspn(pyexec_version_text, " ")] = '\0';
	}
	return (pyexec_version_text);
}

void
pyexec_before_fork(void)
{
	PyOS_BeforeFork();
}

void
pyexec_after_fork_parent(void)
{
	PyOS_AfterFork_Parent();
}

void
pyexec_after_fork_child(void)
{
	PyOS_AfterFork_Child();
}

/* Copy at most size-1 bytes of a str object's UTF-8 into dst. */
static void
pyexec_copy_str(char *dst, size_t size, PyObject *o)
{
	const char	*s;

	dst[0] = '\0';
	if (o == NULL || !PyUnicode_Check(o) ||
	    (s = PyUnicode_AsUTF8(o)) == NULL) {
		PyErr_Clear();
		return;
	}
	snprintf(dst, size, "%s", s);
}

/* Name the exception's type as the traceback's last line does. */
static void
pyexec_type_name(PyObject *type, struct pyexec_report *rep)
{
	PyObject	*mod, *qual;	/* new */
	const char	*m;

	mod = PyObject_GetAttrString(type, "__module__");
	qual = PyObject_GetAttrString(type, "__qualname__");
	PyErr_Clear();
	if (qual == NULL) {
		snprintf(rep->exc_type, sizeof rep->exc_type, "%s",
		    ((PyTypeObject *)type)->tp_name);
	} else if (mod != NULL && PyUnicode_Check(mod) &&
	    (m = PyUnicode_AsUTF8(mod)) != NULL &&
	    strcmp(m, "builtins") != 0 && strcmp(m, "__main__") != 0) {
		snprintf(rep->exc_type, sizeof rep->exc_type, "%s.", m);
		pyexec_copy_str(rep->exc_type + strlen(rep->exc_type),
		    sizeof rep->exc_type - strlen(rep->exc_type), qual);
	} else
		pyexec_copy_str(rep->exc_type, sizeof rep->exc_type, qual);
	PyErr_Clear();
	Py_XDECREF(mod);
	Py_XDECREF(qual);
}

/* The line of the snippet where the exception happened, or 0. */
static int
pyexec_exc_line(PyObject *type, PyObject *value, PyObject *tb,
    const char *filename)
{
	PyObject	*cur, *next, *frame, *code, *fn, *ln; /* new */
	const char	*s;
	long		 line = 0, last = 0;

	if (PyErr_GivenExceptionMatches(type, PyExc_SyntaxError)) {
		if ((ln = PyObject_GetAttrString(value, "lineno")) != NULL &&
		    PyLong_Check(ln))
			line = PyLong_AsLong(ln);
		Py_XDECREF(ln);
		PyErr_Clear();
		return (line > 0 ? (int)line : 0);
	}
	Py_XINCREF(tb);
	for (cur = tb; cur != NULL && cur != Py_None; cur = next) {
		frame = PyObject_GetAttrString(cur, "tb_frame");
		code = frame ? PyObject_GetAttrString(frame, "f_code") : NULL;
		fn = code ? PyObject_GetAttrString(code, "co_filename") : NULL;
		ln = PyObject_GetAttrString(cur, "tb_lineno");
		if (ln != NULL && PyLong_Check(ln)) {
			last = PyLong_AsLong(ln);
			if (fn != NULL && PyUnicode_Check(fn) &&
			    (s = PyUnicode_AsUTF8(fn)) != NULL &&
			    strcmp(s, filename) == 0)
				line = last;
		}
		next = PyObject_GetAttrString(cur, "tb_next");
		Py_XDECREF(frame);
		Py_XDECREF(code);
		Py_XDECREF(fn);
		Py_XDECREF(ln);
		Py_DECREF(cur);
		PyErr_Clear();
	}
	Py_XDECREF(cur);
	if (line == 0)
		line = last;
	return (line > 0 ? (int)line : 0);
}

/* The exit status python3 gives an uncaught SystemExit (Py_HandleSystemExit). */
static int
pyexec_system_exit_code(PyObject *value)
{
	PyObject	*code;	/* new */
	int		 rc = 1;
	long		 v;

	if ((code = PyObject_GetAttrString(value, "code")) == NULL) {
		PyErr_Clear();
		return (1);
	}
	if (code == Py_None)
		rc = 0;
	else if (PyLong_Check(code)) {
		v = PyLong_AsLong(code);
		if (v == -1 && PyErr_Occurred())
			PyErr_Clear();
		rc = (int)v & 0xff;
	}
	Py_DECREF(code);
	return (rc);
}

/* Fill the report from the current exception, leaving it in place. */
static void
pyexec_record(struct pyexec_report *rep, const char *filename)
{
	PyObject	*type, *value, *tb, *str, *eno;

	PyErr_Fetch(&type, &value, &tb);
	PyErr_NormalizeException(&type, &value, &tb);
	if (tb != NULL && value != NULL)
		PyException_SetTraceback(value, tb);
	pyexec_type_name(type, rep);
	if (value != NULL && (str = PyObject_Str(value)) != NULL) {
		pyexec_copy_str(rep->exc_msg, sizeof rep->exc_msg, str);
		Py_DECREF(str);
	} else {
		PyErr_Clear();
		snprintf(rep->exc_msg, sizeof rep->exc_msg,
		    "<exception str() failed>");
	}
	rep->exc_line = pyexec_exc_line(type, value, tb, filename);
	if (value != NULL && PyErr_GivenExceptionMatches(type, PyExc_OSError) &&
	    (eno = PyObject_GetAttrString(value, "errno")) != NULL) {
		if (PyLong_Check(eno))
			rep->exc_errno = (int)PyLong_AsLong(eno);
		Py_DECREF(eno);
		if ((eno = PyObject_GetAttrString(value, "filename")) != NULL) {
			pyexec_copy_str(rep->exc_filename,
			    sizeof rep->exc_filename, eno);
			Py_DECREF(eno);
		}
	}
	PyErr_Clear();
	if (PyErr_GivenExceptionMatches(type, PyExc_SystemExit)) {
		rep->system_exit = 1;
		rep->exit_code = pyexec_system_exit_code(value);
	} else if (PyErr_GivenExceptionMatches(type, PyExc_KeyboardInterrupt)) {
		rep->keyboard_interrupt = 1;
		rep->exit_code = 128 + SIGINT;
	} else
		rep->exit_code = 1;
	PyErr_Restore(type, value, tb);
}

/* Read all of fd. 0/-1. */
static int
pyexec_read_source(int fd, struct buf *b)
{
	char	 chunk[65536];
	ssize_t	 n;

	while ((n = read(fd, chunk, sizeof chunk)) != 0) {
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			return (-1);
		buf_add(b, chunk, n);
	}
	return (0);
}

/* Put a copy of the source where tracebacks and the loader look. 0/-1. */
static int
pyexec_save_source(const struct buf *b, const char *path)
{
	int	 fd, rc;

	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
	    0444)) == -1)
		return (-1);
	rc = util_write_all(fd, b->data, b->len);
	if (close(fd) == -1)
		rc = -1;
	return (rc);
}

/* linecache.cache[filename] = (size, None, lines, filename). */
static void
pyexec_seed_linecache(const char *filename, const struct buf *b)
{
	PyObject	*cache, *text, *lines, *entry;	/* cache new */

	cache = PyObject_GetAttrString(pyexec_linecache, "cache");
	text = PyUnicode_DecodeUTF8(b->data, b->len, "replace");
	lines = text ? PyUnicode_Splitlines(text, 1) : NULL;
	entry = lines ? Py_BuildValue("(nOOs)", (Py_ssize_t)b->len, Py_None,
	    lines, filename) : NULL;
	if (cache != NULL && entry != NULL)
		PyObject_SetItem(cache, PyTuple_GET_ITEM(entry, 3), entry);
	Py_XDECREF(cache);
	Py_XDECREF(text);
	Py_XDECREF(lines);
	Py_XDECREF(entry);
	PyErr_Clear();
}

/*
 * The directory of an absolute path, "." and ".." folded as realpath(3)
 * folds them; the host's symbolic links are out of the sandbox's sight.
 */
static char *
pyexec_dirname(const char *path)
{
	char	*copy, *out, *part, *save, *slash;

	copy = xstrdup(path);
	out = xcalloc(1, strlen(path) + 2);
	for (part = strtok_r(copy, "/", &save); part != NULL;
	    part = strtok_r(NULL, "/", &save)) {
		if (strcmp(part, ".") == 0)
			continue;
		if (strcmp(part, "..") == 0) {
			if ((slash = strrchr(out, '/')) != NULL)
				*slash = '\0';
			continue;
		}
		strcat(out, "/");
		strcat(out, part);
	}
	if ((slash = strrchr(out, '/')) != NULL)
		*slash = '\0';
	if (*out == '\0')
		strcpy(out, "/");
	free(copy);
	return (out);
}

/*
 * The front of sys.path, as python3 makes it (pymain_run_python): the
 * script's directory, or "" (the current directory) for <stdin>. A bare
 * name (main.py, a bank item's) stands for a file in the directory it runs
 * in: the scratch directory. The scratch directory follows the script's,
 * so a module the snippet writes can be imported, as when python3 runs in
 * the script's own directory. The copy of the source comes right after
 * the script's directory: it is what that directory holds for the
 * snippet (`import main` finds it, as with python3), and CPython finds a
 * traceback's lines there by base name before a standard module of the
 * same name (a snippet called string.py).
 */
static int
pyexec_set_path(const char *filename, const char *workdir,
    const char *srcdir, int packages)
{
	PyObject	*path, *s;	/* path borrowed; s new */
	const char	*front[3];
	char		*dir = NULL;
	int		 i, n = 0, rc = -1;

	if (strcmp(filename, "<stdin>") == 0)
		front[n++] = "";
	else if (filename[0] == '/') {
		dir = pyexec_dirname(filename);
		front[n++] = dir;
		front[n++] = srcdir;
		front[n++] = workdir;
	} else {
		front[n++] = workdir;
		if (filename[0] != '<')
			front[n++] = srcdir;
	}
	if ((path = PySys_GetObject("path")) == NULL)
		goto out;
	for (i = 0; i < n; i++) {
		if ((s = PyUnicode_DecodeFSDefault(front[i])) == NULL ||
		    PyList_Insert(path, i, s) == -1) {
			Py_XDECREF(s);
			goto out;
		}
		Py_DECREF(s);
	}
	/* Where python3's site module puts them: after the standard library. */
	if (packages && pyexec_dist_list != NULL && PyList_SetSlice(path,
	    PY_SSIZE_T_MAX, PY_SSIZE_T_MAX, pyexec_dist_list) == -1)
		goto out;
	rc = 0;
out:
	free(dir);
	return (rc);
}

/*
 * Set up sys.argv, sys.path and the __main__ globals, as pymain and
 * _PyRun_SimpleFileObject do: __file__ is the name tracebacks show (the
 * absolute path for a file given as a path, as python3 3.9 and later),
 * even "<stdin>"; __loader__ is left alone for <stdin>.
 */
static int
pyexec_prepare(const char *filename, const char *argv0, const char *workdir,
    const char *srcdir, const char *srcpath, int packages, PyObject *globals)
{
	PyObject	*s, *argv = NULL, *ext, *loader; /* new */
	int		 rc = -1;

	if ((s = PyUnicode_DecodeFSDefault(argv0)) == NULL)
		goto out;
	argv = Py_BuildValue("[N]", s);
	if (argv == NULL || PySys_SetObject("argv", argv) == -1)
		goto out;
	if (pyexec_set_path(filename, workdir, srcdir, packages) == -1)
		goto out;
	if ((s = PyUnicode_DecodeFSDefault(filename)) == NULL ||
	    PyDict_SetItemString(globals, "__file__", s) == -1 ||
	    PyDict_SetItemString(globals, "__cached__", Py_None) == -1) {
		Py_XDECREF(s);
		goto out;
	}
	Py_DECREF(s);
	if (filename[0] != '<') {
		/* warnings and linecache fetch source lines through it. */
		ext = PyImport_ImportModule("_frozen_importlib_external");
		loader = ext ? PyObject_CallMethod(ext, "SourceFileLoader",
		    "ss", "__main__", srcpath) : NULL;
		Py_XDECREF(ext);
		if (loader == NULL ||
		    PyDict_SetItemString(globals, "__loader__", loader) == -1) {
			Py_XDECREF(loader);
			goto out;
		}
		Py_DECREF(loader);
	}
	rc = 0;
out:
	Py_XDECREF(argv);
	return (rc);
}

/*
 * Run the snippet as python3 runs a file, or its standard input
 * (pyrun_file): parsed from the copy, so that the tokenizer's errors
 * (null bytes, encodings, the end of the file) are python3's, under the
 * name python3 shows. The result, or NULL with the exception set.
 */
static PyObject *
pyexec_run_file(const char *srcpath, const char *filename, PyObject *globals)
{
	PyCompilerFlags	 cf = _PyCompilerFlags_INIT;
	FILE		*fp;

	if ((fp = fopen(srcpath, "rbe")) == NULL) {
		PyErr_SetFromErrnoWithFilename(PyExc_OSError, srcpath);
		return (NULL);
	}
	return (PyRun_FileExFlags(fp, filename, Py_file_input, globals, globals,
	    1, &cf));
}

/*
 * Run a program of snipquiz's own (a name in <> other than <stdin>: the
 * probe driver), compiled from memory. The result, or NULL with the
 * exception set.
 */
static PyObject *
pyexec_run_string(const struct buf *src, const char *filename,
    PyObject *globals)
{
	PyCompilerFlags	 cf = _PyCompilerFlags_INIT;
	PyObject	*code, *ret;	/* new */

	code = Py_CompileStringExFlags(src->data, filename, Py_file_input, &cf,
	    -1);
	ret = code != NULL ? PyEval_EvalCode(code, globals, globals) : NULL;
	Py_XDECREF(code);
	return (ret);
}

/*
 * Parse the snippet's copy again, as pyexec_run_file does but under its
 * own, readable path, with warnings off (the first time showed them): the
 * SyntaxError it raises (new reference), or NULL. Should it compile after
 * all, it runs with no built-ins, where it can do nothing.
 */
static PyObject *
pyexec_parse_again(const char *srcpath)
{
	PyCompilerFlags	 cf = _PyCompilerFlags_INIT;
	PyObject	*warnings, *cw = NULL, *r, *g = NULL; /* new */
	PyObject	*type, *value = NULL, *tb;	  /* new */
	FILE		*fp;

	if ((warnings = PyImport_ImportModule("warnings")) == NULL ||
	    (cw = PyObject_CallMethod(warnings, "catch_warnings",
	    NULL)) == NULL ||
	    (g = Py_BuildValue("{s{}}", "__builtins__")) == NULL ||
	    (r = PyObject_CallMethod(cw, "__enter__", NULL)) == NULL)
		goto out;
	Py_DECREF(r);
	r = PyObject_CallMethod(warnings, "simplefilter", "s", "ignore");
	if (r != NULL && (fp = fopen(srcpath, "rbe")) != NULL) {
		Py_DECREF(r);
		r = PyRun_FileExFlags(fp, srcpath, Py_file_input, g, g, 1,
		    &cf);
	}
	Py_XDECREF(r);
	PyErr_Fetch(&type, &value, &tb);
	PyErr_NormalizeException(&type, &value, &tb);
	if (value != NULL && !PyErr_GivenExceptionMatches(type,
	    PyExc_SyntaxError))
		Py_CLEAR(value);
	Py_XDECREF(type);
	Py_XDECREF(tb);
	r = PyObject_CallMethod(cw, "__exit__", "OOO", Py_None, Py_None,
	    Py_None);
	Py_XDECREF(r);
out:
	PyErr_Clear();
	Py_XDECREF(g);
	Py_XDECREF(cw);
	Py_XDECREF(warnings);
	return (value);
}

/* Is attribute name equal in a and b? */
static int
pyexec_same_attr(PyObject *a, PyObject *b, const char *name)
{
	PyObject	*x, *y;	/* new */
	int		 same;

	x = PyObject_GetAttrString(a, name);
	y = PyObject_GetAttrString(b, name);
	same = x != NULL && y != NULL &&
	    PyObject_RichCompareBool(x, y, Py_EQ) == 1;
	Py_XDECREF(x);
	Py_XDECREF(y);
	PyErr_Clear();
	return (same);
}

/*
 * Show a SyntaxError from compiling the snippet as python3 shows it.
 * CPython reads the line it shows from the file the error names, and
 * counts the caret's columns in that line (_PyPegen_raise_error,
 * compiler_error: PyErr_ProgramTextObject), but the sandbox cannot read
 * that file: a path of the host, or main.py in a directory that is not
 * the current one. Then the compiler's own errors ('yield' outside
 * function, from __future__ import braces, nonlocal at module level)
 * show no line at all, and the parser's show its buffer (a whole
 * triple-quoted string, a long line python3 shows cut). So the copy is
 * parsed again under a path that can be read and, if it raises the same
 * error, the line and columns are taken from it. The exception stays
 * set. (<stdin> needs none of this: python3 has no file to read either.)
 */
static void
pyexec_syntax_text(const char *filename, const char *srcpath)
{
	static const char	*take[] = {
		"text", "offset", "end_lineno", "end_offset", NULL
	};
	static const char	*fields[] = {
		"filename", "lineno", "offset", "text", "end_lineno",
		"end_offset", NULL
	};
	PyObject		*type, *value, *tb, *again = NULL; /* new */
	PyObject		*a, *loc, *args;		   /* new */
	const char		*s;
	int			 i;

	PyErr_Fetch(&type, &value, &tb);
	PyErr_NormalizeException(&type, &value, &tb);
	/* Only an error of the compilation itself: no frame ran. */
	if (tb != NULL || value == NULL ||
	    !PyErr_GivenExceptionMatches(type, PyExc_SyntaxError))
		goto out;
	a = PyObject_GetAttrString(value, "filename");
	s = a != NULL && PyUnicode_Check(a) ? PyUnicode_AsUTF8(a) : NULL;
	if (s != NULL && strcmp(s, filename) == 0)
		again = pyexec_parse_again(srcpath);
	Py_XDECREF(a);
	PyErr_Clear();
	if (again == NULL || Py_TYPE(again) != Py_TYPE(value) ||
	    !pyexec_same_attr(value, again, "msg") ||
	    !pyexec_same_attr(value, again, "lineno"))
		goto out;
	for (i = 0; take[i] != NULL; i++) {
		if ((a = PyObject_GetAttrString(again, take[i])) != NULL) {
			PyObject_SetAttrString(value, take[i], a);
			Py_DECREF(a);
		}
	}
	/* args as SyntaxError(msg, (filename, lineno, ...)) has them. */
	if ((loc = PyTuple_New(6)) == NULL)
		goto out;
	for (i = 0; fields[i] != NULL; i++) {
		if ((a = PyObject_GetAttrString(value, fields[i])) == NULL) {
			PyErr_Clear();
			Py_INCREF(Py_None);
			a = Py_None;
		}
		PyTuple_SET_ITEM(loc, i, a);
	}
	a = PyObject_GetAttrString(value, "msg");
	args = a != NULL ? PyTuple_Pack(2, a, loc) : NULL;
	if (args != NULL)
		PyObject_SetAttrString(value, "args", args);
	Py_XDECREF(args);
	Py_XDECREF(a);
	Py_DECREF(loc);
out:
	Py_XDECREF(again);
	PyErr_Clear();
	PyErr_Restore(type, value, tb);
}

/*
 * What _PyRun_SimpleFileObject does once the file has run: __file__ and
 * __cached__ leave __main__ (an atexit callback no longer sees them).
 */
static void
pyexec_forget_file(PyObject *globals)
{
	if (PyDict_DelItemString(globals, "__file__") == -1)
		PyErr_Clear();
	if (PyDict_DelItemString(globals, "__cached__") == -1)
		PyErr_Clear();
}

/*
 * Print what an uncaught SystemExit prints and clear it, as python3's
 * _Py_HandleSystemExit does: nothing for None or an int, else str(code)
 * and a newline on sys.stderr.
 */
static void
pyexec_system_exit_message(void)
{
	PyObject	*type, *value, *tb, *code = NULL, *err; /* err borrowed */

	PyErr_Fetch(&type, &value, &tb);
	PyErr_NormalizeException(&type, &value, &tb);
	if (value != NULL && value != Py_None)
		code = PyObject_GetAttrString(value, "code");
	PyErr_Clear();
	if (code != NULL && code != Py_None && !PyLong_Check(code)) {
		err = PySys_GetObject("stderr");
		if (err != NULL && err != Py_None) {
			PyFile_WriteObject(code, err, Py_PRINT_RAW);
			PyFile_WriteString("\n", err);
		}
		PyErr_Clear();
	}
	Py_XDECREF(code);
	Py_XDECREF(type);
	Py_XDECREF(value);
	Py_XDECREF(tb);
}

/*
 * Words in a snippet after which only the interpreter's whole teardown
 * is faithful: destructors and generator or coroutine clean-up that run
 * (and may print) while modules are torn down.
 */
static const char *pyexec_teardown_words[] = {
	"__del__", "yield", "weakref", "async", "await", "gc.", "finalize",
	NULL
};

static int
pyexec_needs_teardown(const char *src, size_t len)
{
	const char	**w;

	for (w = pyexec_teardown_words; *w != NULL; w++) {
		if (memmem(src, len, *w, strlen(*w)) != NULL)
			return (1);
	}
	return (0);
}

/* The module if the snippet imported it, else NULL (new reference). */
static PyObject *
pyexec_loaded(const char *name)
{
	PyObject	*n, *m;	/* new */

	n = PyUnicode_FromString(name);
	m = n != NULL ? PyImport_GetModule(n) : NULL;
	Py_XDECREF(n);
	PyErr_Clear();
	return (m);
}

/* Call mod.name(); an error is reported as unraisable, as at exit. */
static void
pyexec_call(PyObject *mod, const char *name)
{
	PyObject	*r;	/* new */

	if ((r = PyObject_CallMethod(mod, name, NULL)) == NULL)
		PyErr_WriteUnraisable(mod);
	Py_XDECREF(r);
}

/* Flush sys.stdout and sys.stderr as flush_std_files does. 0/-1. */
static int
pyexec_flush_std(void)
{
	static const char	*names[] = { "stdout", "stderr" };
	PyObject		*f, *r;	/* f borrowed */
	int			 i, rc = 0;

	for (i = 0; i < 2; i++) {
		f = PySys_GetObject(names[i]);
		if (f == NULL || f == Py_None)
			continue;
		if ((r = PyObject_CallMethod(f, "flush", NULL)) == NULL) {
			PyErr_WriteUnraisable(f);
			if (i == 0)
				rc = -1;
		}
		Py_XDECREF(r);
	}
	return (rc);
}

/*
 * What Py_FinalizeEx does that a snippet can see, in its order: wait for
 * non-daemon threads, run atexit callbacks, flush the standard streams.
 * The rest (tearing down every module) costs more than the snippet's run
 * itself, touching every page the child shares with the zygote; it only
 * shows when objects have destructors, which pyexec_needs_teardown spots.
 * Returns 0, or -1 if stdout could not be flushed (python3 exits 120).
 */
static int
pyexec_finalize(int full)
{
	PyObject	*mod;	/* new */

	if (full) {
		/*
		 * The zygote froze its start-up objects, __main__'s globals
		 * among them; teardown must see them again to run destructors.
		 */
		if ((mod = PyImport_ImportModule("gc")) != NULL) {
			pyexec_call(mod, "unfreeze");
			Py_DECREF(mod);
		}
		PyErr_Clear();
		return (Py_FinalizeEx());
	}
	/* Only if the snippet started threads is there anything to wait for. */
	if ((mod = pyexec_loaded("threading")) != NULL) {
		pyexec_call(mod, "_shutdown");
		Py_DECREF(mod);
	}
	if ((mod = PyImport_ImportModule("atexit")) != NULL) {
		pyexec_call(mod, "_run_exitfuncs");
		Py_DECREF(mod);
	}
	PyErr_Clear();
	return (pyexec_flush_std());
}

void
pyexec_setenv(const char *name, const char *value)
{
	PyObject	*os, *env, *v;	/* new */

	/* os.environ, read at the zygote's start, and the C environ alike. */
	if ((os = PyImport_ImportModule("os")) != NULL) {
		if ((env = PyObject_GetAttrString(os, "environ")) != NULL) {
			if ((v = PyUnicode_FromString(value)) != NULL &&
			    PyMapping_SetItemString(env, name, v) == -1)
				PyErr_Clear();
			Py_XDECREF(v);
			Py_DECREF(env);
		}
		Py_DECREF(os);
	}
	PyErr_Clear();
	setenv(name, value, 1);
}

void
pyexec_seed_random(unsigned long seed)
{
	PyObject	*mod, *ret;	/* new */

	/* Preloaded: an import from sys.modules, no file opened. */
	if ((mod = PyImport_ImportModule("random")) != NULL) {
		ret = PyObject_CallMethod(mod, "seed", "k", seed);
		Py_XDECREF(ret);
		Py_DECREF(mod);
	}
	PyErr_Clear();
}

int
pyexec_run(int src_fd, const char *filename, const char *argv0,
    const char *workdir, const char *srcdir, int packages,
    struct pyexec_report *rep)
{
	PyObject	*main_mod, *globals;	/* borrowed */
	PyObject	*ret;			/* new */
	struct pyexec_report own;
	struct buf	 src;
	const char	*base;
	char		*srcpath;
	pid_t		 self = getpid();
	int		 exit_code = 0, full;

	rep->started = 1;
	snprintf(rep->scratch, sizeof rep->scratch, "%s", workdir);
	if (strrchr(rep->scratch, '/') != NULL)
		*strrchr(rep->scratch, '/') = '\0';
	base = strrchr(filename, '/');
	base = base != NULL ? base + 1 : filename;
	if (filename[0] == '<' || *base == '\0')
		base = "snippet.py";
	srcpath = xprintf("%s/%s", srcdir, base);
	buf_init(&src);
	if (pyexec_read_source(src_fd, &src) == -1 ||
	    pyexec_save_source(&src, srcpath) == -1) {
		snprintf(rep->internal, sizeof rep->internal,
		    "cannot copy the snippet into its scratch directory: %s",
		    strerror(errno));
		return (125);
	}
	close(src_fd);
	if ((main_mod = PyImport_AddModule("__main__")) == NULL ||
	    (globals = PyModule_GetDict(main_mod)) == NULL ||
	    pyexec_prepare(filename, argv0, workdir, srcdir, srcpath, packages,
	    globals) == -1) {
		PyErr_Clear();
		snprintf(rep->internal, sizeof rep->internal,
		    "cannot prepare the __main__ module");
		return (125);
	}
	if (filename[0] != '<')
		pyexec_seed_linecache(filename, &src);
	if (src.data == NULL)
		buf_adds(&src, "");
	full = pyexec_needs_teardown(src.data, src.len);

	if (filename[0] == '<' && strcmp(filename, "<stdin>") != 0)
		ret = pyexec_run_string(&src, filename, globals);
	else if ((ret = pyexec_run_file(srcpath, filename, globals)) == NULL &&
	    filename[0] != '<')
		pyexec_syntax_text(filename, srcpath);
	buf_free(&src);
	free(srcpath);
	/*
	 * A process the snippet forked comes back here too, sharing the
	 * report page: it must not write its own ending over the snippet's
	 * (a fork bomb's children raise BlockingIOError by the hundred).
	 */
	if (getpid() != self) {
		own = *rep;
		rep = &own;
	}
	if (ret == NULL) {
		pyexec_record(rep, filename);
		exit_code = rep->exit_code;
		/* python3 exits from within PyErr_Print on SystemExit. */
		if (rep->system_exit)
			pyexec_system_exit_message();
		else {
			PyErr_Print();
			pyexec_forget_file(globals);
		}
	} else {
		Py_DECREF(ret);
		pyexec_forget_file(globals);
	}
	rep->done = 1;
	if (pyexec_finalize(full) < 0)
		exit_code = 120;
	rep->exit_code = exit_code;
	if (rep->keyboard_interrupt) {
		/* Tell whoever waits that SIGINT ended us (Py_RunMain). */
		signal(SIGINT, SIG_DFL);
		kill(getpid(), SIGINT);
	}
	return (exit_code);
}
