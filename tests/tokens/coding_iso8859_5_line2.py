#!/usr/bin/env python3
# vim: set fileencoding=iso-8859-5 :
аб = "вг"
print(аб, ascii(аб))
