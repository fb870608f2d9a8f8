import dis
print(dis.opname[dis.opmap["LOAD_CONST"]], "RETURN_VALUE" in dis.opmap, "BINARY_OP" in dis.opname, dis.cmp_op)
print(dis.opmap["LOAD_CONST"] >= dis.HAVE_ARGUMENT, dis.opmap["RETURN_VALUE"] < dis.HAVE_ARGUMENT)
print(sorted(n for n in dis.opmap if n.startswith("LOAD_"))[:6])
