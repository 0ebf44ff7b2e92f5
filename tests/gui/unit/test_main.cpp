// The doctest runner for the windowed views' headless tests (no display needed).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
