# frozenset constants of made-up words: CPython rebuilds them once (PYTHONHASHSEED=0)
print({'dlsbqg', 'nn', 'mub'})
def f0(x): return x in {'dlsbqg', 'nn', 'mub'}
print(f0.__code__.co_consts[-1])
print({'dhuusb', 'rn', 'mbhbre', 'fdssugl', 'erdsj'})
def f1(x): return x in {'dhuusb', 'rn', 'mbhbre', 'fdssugl', 'erdsj'}
print(f1.__code__.co_consts[-1])
print({'kxojt', 'hzfw', 'csbtgpv', 'csj', 'ykoso'})
def f2(x): return x in {'kxojt', 'hzfw', 'csbtgpv', 'csj', 'ykoso'}
print(f2.__code__.co_consts[-1])
print({'nfykep', 'usvo', 'szkkwl', 'wvcbx', 'szocc', 'vc'})
def f3(x): return x in {'nfykep', 'usvo', 'szkkwl', 'wvcbx', 'szocc', 'vc'}
print(f3.__code__.co_consts[-1])
print({'ienriw', 'dpbgyj', 'vmhe', 'hmmpcfo', 'vlaol'})
def f4(x): return x in {'ienriw', 'dpbgyj', 'vmhe', 'hmmpcfo', 'vlaol'}
print(f4.__code__.co_consts[-1])
print({'hvh', 'zrmmmmd', 'qtuvxbo', 'sfija', 'mbgcgof', 'rltsk'})
def f5(x): return x in {'hvh', 'zrmmmmd', 'qtuvxbo', 'sfija', 'mbgcgof', 'rltsk'}
print(f5.__code__.co_consts[-1])
print({'euilt', 'cedx', 'bdaser', 'ddpop', 'tacg'})
def f6(x): return x in {'euilt', 'cedx', 'bdaser', 'ddpop', 'tacg'}
print(f6.__code__.co_consts[-1])
print({'zhm', 'qlfl', 'uhtz', 'gqp', 'rry', 'pwfq', 'qle', 'ayqjuc'})
def f7(x): return x in {'zhm', 'qlfl', 'uhtz', 'gqp', 'rry', 'pwfq', 'qle', 'ayqjuc'}
print(f7.__code__.co_consts[-1])
print({'llchdhp', 'az', 'gptt', 'pu', 'igwtl'})
def f8(x): return x in {'llchdhp', 'az', 'gptt', 'pu', 'igwtl'}
print(f8.__code__.co_consts[-1])
print({'fnzuk', 'eaazxu', 'aes', 'cvdmzwy', 'ettpvle', 'momxcxf'})
def f9(x): return x in {'fnzuk', 'eaazxu', 'aes', 'cvdmzwy', 'ettpvle', 'momxcxf'}
print(f9.__code__.co_consts[-1])
print({'fep', 'sqnqere', 'drbkvqq', 'enggaig', 'bxl', 'hyskir', 'aoyfta'})
def f10(x): return x in {'fep', 'sqnqere', 'drbkvqq', 'enggaig', 'bxl', 'hyskir', 'aoyfta'}
print(f10.__code__.co_consts[-1])
print({'orayco', 'qtqgwi', 'rb', 'rgoe', 'rzpqhw', 'iby'})
def f11(x): return x in {'orayco', 'qtqgwi', 'rb', 'rgoe', 'rzpqhw', 'iby'}
print(f11.__code__.co_consts[-1])
print({'okcvh', 'ye', 'gv', 'vleieoh', 'mp'})
def f12(x): return x in {'okcvh', 'ye', 'gv', 'vleieoh', 'mp'}
print(f12.__code__.co_consts[-1])
print({'lakroow', 'fwn', 'knglk'})
def f13(x): return x in {'lakroow', 'fwn', 'knglk'}
print(f13.__code__.co_consts[-1])
print({'qtjq', 'ii', 'zh'})
def f14(x): return x in {'qtjq', 'ii', 'zh'}
print(f14.__code__.co_consts[-1])
print({'iye', 'cthc', 'vimer', 'fnciauc', 'pwkcib'})
def f15(x): return x in {'iye', 'cthc', 'vimer', 'fnciauc', 'pwkcib'}
print(f15.__code__.co_consts[-1])
print({'dfi', 'oa', 'nitebq'})
def f16(x): return x in {'dfi', 'oa', 'nitebq'}
print(f16.__code__.co_consts[-1])
print({'joq', 'juj', 'ilz'})
def f17(x): return x in {'joq', 'juj', 'ilz'}
print(f17.__code__.co_consts[-1])
print({'unvprmq', 'aa', 'rgqpho', 'ghkgwxu'})
def f18(x): return x in {'unvprmq', 'aa', 'rgqpho', 'ghkgwxu'}
print(f18.__code__.co_consts[-1])
print({'infbcvm', 'beac', 'vjthwj'})
def f19(x): return x in {'infbcvm', 'beac', 'vjthwj'}
print(f19.__code__.co_consts[-1])
