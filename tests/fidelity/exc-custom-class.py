# uncaught custom exception class with a message and extra args
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

def validate(age):
    if age < 0:
        raise ValidationError("age", f"must be non-negative, got {age}")
    return age

print(validate(30))
print(validate(-5))
