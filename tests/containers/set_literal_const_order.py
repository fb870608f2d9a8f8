# A constant set display (3+ constant items) is compiled to a frozenset constant that
# CPython rebuilds once more when merging constants, which changes iteration order
# when strings collide in the hash table (run with PYTHONHASHSEED=0).
hop = {'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailers', 'transfer-encoding', 'upgrade'}
print(hop)
def is_hop(h):
    return h in {'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailers', 'transfer-encoding', 'upgrade'}
print(is_hop.__code__.co_consts[-1])
print(list(hop)[:3], is_hop("te"))
items = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailers', 'transfer-encoding', 'upgrade']
print(frozenset(items))
print(frozenset(tuple(frozenset(items))))
