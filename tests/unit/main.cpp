// main.cpp — the one doctest runner for every unit test (tests/unit/<unit>_test.cpp).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
