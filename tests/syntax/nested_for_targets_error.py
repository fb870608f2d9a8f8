# a syntax error after deeply nested comprehension targets is found in linear time
x = (a for ((((((((((((((((((((((((((((((((((((((((f(a for ((((((((((((((((((((((((((((((((((((((((f(a for ((((((((((((((((((((((((((((((((((((((((a`
