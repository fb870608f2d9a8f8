import errno; print(errno.ENOENT, errno.errorcode[2], errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[11], errno.errorcode[95], errno.errorcode[35], len(errno.errorcode))
