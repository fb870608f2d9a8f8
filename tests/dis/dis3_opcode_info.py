import dis
for n in ['hasconst','hasname','hasjrel','hasjabs','haslocal','hascompare','hasfree','hasnargs']: print(n, sorted(dis.opname[o] for o in getattr(dis,n)))
print(dis.stack_effect(dis.opmap['LOAD_CONST'], 0), dis.stack_effect(dis.opmap['POP_JUMP_FORWARD_IF_TRUE'], 1, jump=True), dis.stack_effect(dis.opmap['FOR_ITER'], 3), dis.stack_effect(dis.opmap['FOR_ITER'], 3, jump=False))
for args in [(dis.opmap['POP_TOP'], 1), (dis.opmap['LOAD_CONST'],), (1000,)]:
    try: dis.stack_effect(*args)
    except Exception as e: print(type(e).__name__, e)
def f(x):
    for i in x:
        if i: break
    while x: x -= 1
    return x
print(dis.findlabels(f.__code__.co_code) == [i.offset for i in dis.get_instructions(f) if i.is_jump_target] or sorted(dis.findlabels(f.__code__.co_code)) == sorted(i.offset for i in dis.get_instructions(f) if i.is_jump_target))
