# exception raised deep inside nested function calls: multi-frame traceback
def parse(token):
    return int(token)

def parse_all(tokens):
    return [parse(t) for t in tokens]

def load(line):
    tokens = line.split(",")
    return sum(parse_all(tokens))

def main():
    print(load("1,2,3"))
    print(load("4,five,6"))

main()
