import os
print(os.path.join('a', 'b'), os.path.exists('/tmp'), os.path.isdir('/tmp'), os.sep, os.name)
print(os.path.basename('/x/y.py'), os.path.splitext('a.tar.gz'), os.getcwd() == os.path.abspath('.'))
print(type(os.environ.get('PATH')), 'HOME' in os.environ)
