graph = {
    "A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F", "G"], "F": ["H"], "G": ["H"], "H": [],
}
def bfs(start, goal):
    frontier = [[start]]
    seen = {start}
    while frontier:
        path = frontier.pop(0)
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(path + [nxt])
    return None
def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for n in graph[node]:
        if n not in seen:
            dfs(n, seen)
    return seen
def topo():
    indeg = {n: 0 for n in graph}
    for ns in graph.values():
        for n in ns:
            indeg[n] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return order
print(bfs("A", "H"), bfs("D", "A"), dfs("A"), topo())
weighted = {"s": {"a": 7, "b": 2}, "a": {"t": 1}, "b": {"a": 3, "t": 9}, "t": {}}
def dijkstra(src):
    dist = {n: float("inf") for n in weighted}
    dist[src] = 0
    todo = set(weighted)
    while todo:
        u = min(todo, key=lambda n: (dist[n], n))
        todo.remove(u)
        for v, w in weighted[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return dist
print(dijkstra("s"), dijkstra("t"))
