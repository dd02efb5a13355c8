# hostile: (needs requests, pytest) plant a module in the dist-packages those items import from
# args: --needs requests,pytest
# verdict: blocked
# exit: 125
# absent: /usr/lib/python3/dist-packages/snipquiz_hostile.py
import sys
where = [p for p in sys.path if p.endswith("dist-packages")][0]
with open(where + "/snipquiz_hostile.py", "w") as f:
    f.write("print('planted')")
