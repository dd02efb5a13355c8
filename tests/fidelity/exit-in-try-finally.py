# sys.exit inside try/finally: the finally block runs and prints before exiting with 4
import sys

def run():
    try:
        print("in try")
        sys.exit(4)
    finally:
        print("finally runs")
        print("stderr from finally", file=sys.stderr)

try:
    run()
except SystemExit as e:
    print("caught SystemExit with code", e.code)
    raise
