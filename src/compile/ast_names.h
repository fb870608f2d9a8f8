/* ast_names.h: includes the parser's ast.h for the compiler. A few AST enumerators share
 * their names with object.h's comparison codes and opcodes.h's opcodes (CMP_EQ,
 * UNARY_NOT, ...); here they are renamed AST_CMP_EQ, AST_UNARY_NOT, ... Include this
 * before any other header that includes ast.h. */
#ifndef PVM_AST_NAMES_H
#define PVM_AST_NAMES_H

#define CMP_EQ       AST_CMP_EQ
#define CMP_NOTEQ    AST_CMP_NOTEQ
#define CMP_LT       AST_CMP_LT
#define CMP_LTE      AST_CMP_LTE
#define CMP_GT       AST_CMP_GT
#define CMP_GTE      AST_CMP_GTE
#define CMP_IS       AST_CMP_IS
#define CMP_ISNOT    AST_CMP_ISNOT
#define CMP_IN       AST_CMP_IN
#define CMP_NOTIN    AST_CMP_NOTIN
#define UNARY_INVERT AST_UNARY_INVERT
#define UNARY_NOT    AST_UNARY_NOT
#define UNARY_UADD   AST_UNARY_UADD
#define UNARY_USUB   AST_UNARY_USUB
#include "../parse/ast.h"
#undef CMP_EQ
#undef CMP_NOTEQ
#undef CMP_LT
#undef CMP_LTE
#undef CMP_GT
#undef CMP_GTE
#undef CMP_IS
#undef CMP_ISNOT
#undef CMP_IN
#undef CMP_NOTIN
#undef UNARY_INVERT
#undef UNARY_NOT
#undef UNARY_UADD
#undef UNARY_USUB

#endif
