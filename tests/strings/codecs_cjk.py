# The CJK multi-byte codecs: common text, error handlers, aliases and malformed input.
texts = ["こんにちは世界", "日本語テキスト、カタカナ。", "中文字符串测试", "한국어 텍스트", "abc\\~", "ｱｲｳ",
         "é\U0001f600", "\udc80x"]
codecs = ["shift_jis", "cp932", "euc_jp", "gbk", "gb2312", "gb18030", "euc_kr", "cp949", "big5hkscs",
          "sjis", "EUC-JP", "GB18030", "ks_c-5601", "uhc", "ms932"]
for c in codecs:
    for t in texts:
        for h in ["strict", "replace", "backslashreplace", "xmlcharrefreplace", "ignore"]:
            try:
                b = t.encode(c, h)
                print(c, h, ascii(t), b, ascii(b.decode(c)))
            except Exception as e:
                print(c, h, ascii(t), type(e).__name__, e)
for b, c in [(b"a\x81 b", "shift_jis"), (b"\xffa", "gbk"), (b"a\x81", "gbk"), (b"\x810\x81", "gb18030"),
             (b"\xa1\xa1\xa1", "euc_jp"), (b"\x81\x7f", "cp949")]:
    for h in ["strict", "replace", "backslashreplace", "surrogateescape", "xmlcharrefreplace"]:
        try:
            print(c, h, ascii(b.decode(c, h)))
        except Exception as e:
            print(c, h, type(e).__name__, e)
