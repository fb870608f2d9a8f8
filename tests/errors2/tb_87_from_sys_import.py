from sys import nosuchname
