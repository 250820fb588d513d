"""Checks shared by the tests."""


def spans_off_the_text(record: dict, text: str) -> list[str]:
    """Every span in the record whose offsets do not give back its text."""
    bad = []

    def walk(value, where):
        if isinstance(value, dict):
            if {"text", "start", "end"} <= value.keys() and isinstance(value["start"], int):
                if text[value["start"]:value["end"]] != value["text"]:
                    bad.append(f"{where}: {value['text']!r}")
            for key, child in value.items():
                walk(child, f"{where}.{key}")
        elif isinstance(value, list):
            for index, child in enumerate(value):
                walk(child, f"{where}[{index}]")

    walk({k: v for k, v in record.items() if k != "text"}, "record")
    return bad
