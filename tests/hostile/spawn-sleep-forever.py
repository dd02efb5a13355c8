# hostile: (needs subprocess) executed interpreters that ignore SIGINT and outlive the item
# args: --needs subprocess --timeout 1
# verdict: timeout
# exit: 124
# gone: snipquiz-hostile-spawn-sleeper
import signal, subprocess, sys
signal.signal(signal.SIGINT, signal.SIG_IGN)
code = ("import signal, time; signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "while True: time.sleep(1)  # snipquiz-hostile-spawn-sleeper")
# One left to the zygote (the item does not wait), one waited for.
subprocess.Popen([sys.executable, "-c", code, "snipquiz-hostile-spawn-sleeper"])
subprocess.run([sys.executable, "-c", code, "snipquiz-hostile-spawn-sleeper"])
