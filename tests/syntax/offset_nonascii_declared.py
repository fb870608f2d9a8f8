# -*- coding: utf-8 -*-
name = "é" 1
