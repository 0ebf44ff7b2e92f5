// The one assertion the fuzz targets share: it stops the run with a message, whatever NDEBUG says.
#pragma once

#include <cstdio>
#include <cstdlib>

/// Aborts (a libFuzzer finding) with the broken property when `cond` is false.
#define FUZZ_CHECK(cond, what)                                                                     \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "fuzz property broken at %s:%d: %s\n", __FILE__, __LINE__, what); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (0)
