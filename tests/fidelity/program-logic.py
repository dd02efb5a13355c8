# generators, closures and classes working together (inventory simulation)
def make_counter(start=0):
    count = start
    def step(n=1):
        nonlocal count
        count += n
        return count
    return step
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
    def __iter__(self):
        yield from sorted(self.items.items())
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
inv, ids = Inventory(), make_counter(100)
for name, f in zip(["bolt", "nut", "gear", "bolt", "cog"], fib()):
    inv.add(name, f + 1)
    print(f"#{ids()} added {name} x{f + 1}")
print(list(inv), sum(q for _, q in inv), ids(0))
