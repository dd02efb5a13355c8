# tkinter without a display: Tcl must read its init.tcl in the sandbox,
# then Tk fails as python3 fails with DISPLAY unset.
import tkinter

print(tkinter.TkVersion)
root = tkinter.Tk()
