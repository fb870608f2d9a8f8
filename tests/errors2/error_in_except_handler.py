def handler():
    try:
        return [][0]
    except IndexError:
        return {}["fallback"]
handler()
