# hostile: (allowed) change its own limits, priority and CPUs by its own
# pid or thread id, as python3 lets it; only other processes are refused
# verdict: ok
# exit: 0
# stdout: ok
import os, resource, threading
pid = os.getpid()
resource.prlimit(pid, resource.RLIMIT_NOFILE, (100, 200))
assert resource.getrlimit(resource.RLIMIT_NOFILE) == (100, 200)
os.setpriority(os.PRIO_PROCESS, pid, 5)
assert os.getpriority(os.PRIO_PROCESS, 0) == 5
os.setpriority(os.PRIO_PGRP, os.getpgrp(), 6)
assert os.getpriority(os.PRIO_PROCESS, 0) == 6
cpu = min(os.sched_getaffinity(0))
os.sched_setaffinity(pid, {cpu})
assert os.sched_getaffinity(0) == {cpu}
os.sched_setscheduler(pid, os.SCHED_BATCH, os.sched_param(0))
assert os.sched_getscheduler(0) == os.SCHED_BATCH
os.sched_setparam(pid, os.sched_param(0))
seen = []
def in_thread():
    os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 7)
    seen.append(os.getpriority(os.PRIO_PROCESS, 0))
t = threading.Thread(target=in_thread)
t.start()
t.join()
assert seen == [7] and os.getpriority(os.PRIO_PROCESS, 0) == 6
print("ok")
