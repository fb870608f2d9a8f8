TRANSITIONS = {
    ("idle", "coin"): "ready",
    ("ready", "push"): "vending",
    ("vending", "done"): "idle",
    ("ready", "refund"): "idle",
}
class Machine:
    def __init__(self):
        self.state = "idle"
        self.history = [self.state]
    def fire(self, event):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise RuntimeError(f"invalid event {event!r} in state {self.state!r}")
        self.state = TRANSITIONS[key]
        self.history.append(self.state)
        return self
m = Machine()
m.fire("coin").fire("push").fire("done")
print(m.state, m.history)
for ev in ["coin", "coin", "refund", "push"]:
    try:
        m.fire(ev)
        print("ok", ev, "->", m.state)
    except RuntimeError as e:
        print("error:", e)
def lexer(s):
    state, buf, out = "start", "", []
    for ch in s + " ":
        if state == "start":
            if ch.isalpha():
                state, buf = "word", ch
            elif ch.isdigit():
                state, buf = "num", ch
            elif not ch.isspace():
                out.append(("sym", ch))
        elif state == "word":
            if ch.isalnum():
                buf += ch
            else:
                out.append(("word", buf)); state = "start"
                if not ch.isspace(): out.append(("sym", ch))
        elif state == "num":
            if ch.isdigit():
                buf += ch
            else:
                out.append(("num", int(buf))); state = "start"
                if not ch.isspace(): out.append(("sym", ch))
    return out
print(lexer("x1 = 42+y*(7)"))
