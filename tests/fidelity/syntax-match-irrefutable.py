# SyntaxError from the compiler: a capture pattern makes later cases
# unreachable
command = "go"
match command:
    case other:
        print("anything", other)
    case "go":
        print("go")
