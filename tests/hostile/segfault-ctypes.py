# hostile: dereference NULL through ctypes
# verdict: crashed
# exit: 139
import ctypes
ctypes.string_at(0)
