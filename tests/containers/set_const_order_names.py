# frozenset constants whose strings are also identifiers of the module (interned first)
ecrz = 1
print({'ecrz', 'putzfd', 'tm', 'uftaqc', 'yooqsg'})
def g0(v): return v in {'ecrz', 'putzfd', 'tm', 'uftaqc', 'yooqsg'}
print(g0.__code__.co_consts[-1])
hta = 1
print({'hta', 'nrcw', 'osgq', 'pavc', 'yhqj'})
def g1(v): return v in {'hta', 'nrcw', 'osgq', 'pavc', 'yhqj'}
print(g1.__code__.co_consts[-1])
bpm = 1
print({'bpm', 'kcjk', 'ncsug', 'va', 'ydmdjm'})
def g2(v): return v in {'bpm', 'kcjk', 'ncsug', 'va', 'ydmdjm'}
print(g2.__code__.co_consts[-1])
ab = 1
print({'ab', 'dmnga', 'eh', 'fvrgo', 'xye'})
def g3(v): return v in {'ab', 'dmnga', 'eh', 'fvrgo', 'xye'}
print(g3.__code__.co_consts[-1])
agfm = 1
print({'agfm', 'dbegoi', 'espse', 'kjmccc', 'uej', 'uhatll'})
def g4(v): return v in {'agfm', 'dbegoi', 'espse', 'kjmccc', 'uej', 'uhatll'}
print(g4.__code__.co_consts[-1])
dd = 1
print({'dd', 'gvmptc', 'xgf'})
def g5(v): return v in {'dd', 'gvmptc', 'xgf'}
print(g5.__code__.co_consts[-1])
eh = 1
print({'eh', 'hxwm', 'tpjqf', 'uttcig'})
def g6(v): return v in {'eh', 'hxwm', 'tpjqf', 'uttcig'}
print(g6.__code__.co_consts[-1])
batu = 1
print({'batu', 'ci', 'hbbfj', 'secleo', 'sesbap'})
def g7(v): return v in {'batu', 'ci', 'hbbfj', 'secleo', 'sesbap'}
print(g7.__code__.co_consts[-1])
cco = 1
print({'cco', 'xbxx', 'xj', 'zkl'})
def g8(v): return v in {'cco', 'xbxx', 'xj', 'zkl'}
print(g8.__code__.co_consts[-1])
cnzap = 1
print({'cnzap', 'satcc', 'tv'})
def g9(v): return v in {'cnzap', 'satcc', 'tv'}
print(g9.__code__.co_consts[-1])
jt = 1
print({'jt', 'mxws', 'orcqy'})
def g10(v): return v in {'jt', 'mxws', 'orcqy'}
print(g10.__code__.co_consts[-1])
fykvop = 1
print({'fykvop', 'hw', 'jevt', 'ytvpi'})
def g11(v): return v in {'fykvop', 'hw', 'jevt', 'ytvpi'}
print(g11.__code__.co_consts[-1])
dop = 1
print({'dop', 'eep', 'mhs', 'vigun', 'wc'})
def g12(v): return v in {'dop', 'eep', 'mhs', 'vigun', 'wc'}
print(g12.__code__.co_consts[-1])
gayih = 1
print({'gayih', 'muqpv', 'okcbit', 'slju', 'ue'})
def g13(v): return v in {'gayih', 'muqpv', 'okcbit', 'slju', 'ue'}
print(g13.__code__.co_consts[-1])
fh = 1
print({'fh', 'od', 'pif', 'uuzlcv', 'yp'})
def g14(v): return v in {'fh', 'od', 'pif', 'uuzlcv', 'yp'}
print(g14.__code__.co_consts[-1])
cnx = 1
print({'cnx', 'mr', 'oog', 'wqqtyf', 'zkokug'})
def g15(v): return v in {'cnx', 'mr', 'oog', 'wqqtyf', 'zkokug'}
print(g15.__code__.co_consts[-1])
gh = 1
print({'gh', 'jr', 'walq'})
def g16(v): return v in {'gh', 'jr', 'walq'}
print(g16.__code__.co_consts[-1])
gz = 1
print({'gz', 'krnyi', 'peq', 'vwopsw', 'zbfrk'})
def g17(v): return v in {'gz', 'krnyi', 'peq', 'vwopsw', 'zbfrk'}
print(g17.__code__.co_consts[-1])
gnrdq = 1
print({'gnrdq', 'qqr', 'qrjxr', 'rqi', 'vmtg'})
def g18(v): return v in {'gnrdq', 'qqr', 'qrjxr', 'rqi', 'vmtg'}
print(g18.__code__.co_consts[-1])
arbqm = 1
print({'arbqm', 'bg', 'dpcwfc', 'eknpq', 'gn', 'ie', 'nzmih'})
def g19(v): return v in {'arbqm', 'bg', 'dpcwfc', 'eknpq', 'gn', 'ie', 'nzmih'}
print(g19.__code__.co_consts[-1])
dqtiwg = 1
print({'dqtiwg', 'ehxuzl', 'htpd', 'namunq', 'qgr', 'rgu', 'vj'})
def g20(v): return v in {'dqtiwg', 'ehxuzl', 'htpd', 'namunq', 'qgr', 'rgu', 'vj'}
print(g20.__code__.co_consts[-1])
dg = 1
print({'dg', 'dnnrz', 'exc', 'gmu', 'kggygd', 'ldwq', 'qvgz'})
def g21(v): return v in {'dg', 'dnnrz', 'exc', 'gmu', 'kggygd', 'ldwq', 'qvgz'}
print(g21.__code__.co_consts[-1])
ab = 1
print({'ab', 'ffj', 'qspegf', 'sb'})
def g22(v): return v in {'ab', 'ffj', 'qspegf', 'sb'}
print(g22.__code__.co_consts[-1])
cydkm = 1
print({'cydkm', 'qlngt', 'uw'})
def g23(v): return v in {'cydkm', 'qlngt', 'uw'}
print(g23.__code__.co_consts[-1])
idxx = 1
print({'idxx', 'mgtf', 'nol', 'stgqs', 'zakczw'})
def g24(v): return v in {'idxx', 'mgtf', 'nol', 'stgqs', 'zakczw'}
print(g24.__code__.co_consts[-1])
dalut = 1
print({'dalut', 'krw', 'yfmgx', 'zk'})
def g25(v): return v in {'dalut', 'krw', 'yfmgx', 'zk'}
print(g25.__code__.co_consts[-1])
adiii = 1
print({'adiii', 'adtdxh', 'mqbyg', 'sfrcm', 'ugwdy', 'vjkg'})
def g26(v): return v in {'adiii', 'adtdxh', 'mqbyg', 'sfrcm', 'ugwdy', 'vjkg'}
print(g26.__code__.co_consts[-1])
fprtt = 1
print({'fprtt', 'mf', 'qnqsdu', 'rt'})
def g27(v): return v in {'fprtt', 'mf', 'qnqsdu', 'rt'}
print(g27.__code__.co_consts[-1])
jvwxja = 1
print({'jvwxja', 'njqmt', 'qjpu'})
def g28(v): return v in {'jvwxja', 'njqmt', 'qjpu'}
print(g28.__code__.co_consts[-1])
bufnyv = 1
print({'bufnyv', 'iyhbq', 'kx', 'sx', 'zh'})
def g29(v): return v in {'bufnyv', 'iyhbq', 'kx', 'sx', 'zh'}
print(g29.__code__.co_consts[-1])
dlo = 1
print({'dlo', 'ehtwd', 'lyxqe', 'nodgbl', 'otius'})
def g30(v): return v in {'dlo', 'ehtwd', 'lyxqe', 'nodgbl', 'otius'}
print(g30.__code__.co_consts[-1])
guiyhg = 1
print({'guiyhg', 'hpd', 'tvxs', 'zqtl'})
def g31(v): return v in {'guiyhg', 'hpd', 'tvxs', 'zqtl'}
print(g31.__code__.co_consts[-1])
ii = 1
print({'ii', 'tb', 'vbu'})
def g32(v): return v in {'ii', 'tb', 'vbu'}
print(g32.__code__.co_consts[-1])
czd = 1
print({'czd', 'gkkp', 'icycvf', 'ulp', 'yygonx'})
def g33(v): return v in {'czd', 'gkkp', 'icycvf', 'ulp', 'yygonx'}
print(g33.__code__.co_consts[-1])
jryx = 1
print({'jryx', 'leu', 'rc', 'spvojy', 'ulsdo'})
def g34(v): return v in {'jryx', 'leu', 'rc', 'spvojy', 'ulsdo'}
print(g34.__code__.co_consts[-1])
ehlv = 1
print({'ehlv', 'gvtc', 'ldkw', 'pxyw', 'tvioqz'})
def g35(v): return v in {'ehlv', 'gvtc', 'ldkw', 'pxyw', 'tvioqz'}
print(g35.__code__.co_consts[-1])
fcy = 1
print({'fcy', 'hmxq', 'll', 'lzmres', 'vmsm', 'zahq'})
def g36(v): return v in {'fcy', 'hmxq', 'll', 'lzmres', 'vmsm', 'zahq'}
print(g36.__code__.co_consts[-1])
csrjz = 1
print({'csrjz', 'kc', 'sja'})
def g37(v): return v in {'csrjz', 'kc', 'sja'}
print(g37.__code__.co_consts[-1])
dxu = 1
print({'dxu', 'vepp', 'whp', 'wt', 'yoml'})
def g38(v): return v in {'dxu', 'vepp', 'whp', 'wt', 'yoml'}
print(g38.__code__.co_consts[-1])
azmc = 1
print({'azmc', 'jibpjx', 'nehxf', 'uaqlwa', 'vfkgm'})
def g39(v): return v in {'azmc', 'jibpjx', 'nehxf', 'uaqlwa', 'vfkgm'}
print(g39.__code__.co_consts[-1])
