rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "darkness", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}
class Game:
    def __init__(self):
        self.room, self.inv, self.moves = "hall", [], 0
    def do(self, line):
        verb, _, obj = line.partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(obj)
    def cmd_look(self, _):
        r = rooms[self.room]
        items = ", ".join(r["items"]) or "nothing"
        return f"You are in {r['desc']}. You see {items}. Exits: {', '.join(sorted(r['exits']))}."
    def cmd_go(self, d):
        r = rooms[self.room]
        if d not in r["exits"]:
            return "You can't go that way."
        target = r["exits"][d]
        if rooms[target].get("locked"):
            if "key" not in self.inv:
                return "The way is locked."
            rooms[target]["locked"] = False
        self.room = target
        return self.cmd_look("")
    def cmd_take(self, item):
        items = rooms[self.room]["items"]
        if item not in items:
            return f"There is no {item} here."
        items.remove(item)
        self.inv.append(item)
        return f"Taken: {item}."
    def cmd_inventory(self, _):
        return "You carry: " + (", ".join(sorted(self.inv)) or "nothing")
g = Game()
script = ["look", "take lamp", "go east", "go down", "go west", "go north", "take key", "take sword", "go south",
          "go east", "go down", "take treasure", "inventory", "dance", "go up"]
for cmd in script:
    print(f"> {cmd}\n{g.do(cmd)}")
print("moves:", g.moves, "won:", "treasure" in g.inv)
