# explicit exception chaining with `raise ... from ...` (direct cause)
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as e:
        raise ConfigError("port setting is required") from e

print("reading")
read_port({"host": "example"})
