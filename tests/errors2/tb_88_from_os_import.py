from os import nosuchname
