print(repr(help)); print(repr(copyright)); print(repr(credits)); print(repr(license)); print(repr(exit), repr(quit))
print(type(exit), type(help), type(license), exit.name, quit.eof)
for f in (lambda: exit(), lambda: quit(3), lambda: exit(code='x')):
    try: f()
    except SystemExit as e: print('SE', e.args, e.code)
copyright()
credits()
print(str(copyright) == repr(copyright))
