// strtod.cpp — the web build's own strtod (layer: platform; linked into the wasm only, never the CLI).
//
// The only caller that matters is nlohmann::json's lexer, reading the numbers of the data files (coordinates,
// money, figures). musl's strtod reads through long double, which on wasm32 is 128-bit and done in software:
// linking it costs about 4 KB gzip of first load. This one gives the same double for every number the data
// has: up to 19 significant digits are kept exactly, and when they fit in 53 bits and the power of ten is at
// most 10^22 (both exact in a double) the one multiplication or division is correctly rounded, which is
// Clinger's fast path and what musl returns too. Numbers outside it (more than 15 or so significant digits, or
// exponents beyond 22) are within a unit or two of the last place, far below anything the app shows.
#include <cctype>
#include <cmath>
#include <cstdint>

extern "C" double strtod(const char* text, char** end)
{
    static const double kPowersOfTen[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                           1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
    const char* p = text;
    while (std::isspace(static_cast<unsigned char>(*p))) ++p;
    const bool negative = *p == '-';
    if (*p == '-' || *p == '+') ++p;

    std::uint64_t mantissa = 0;
    int digits = 0;   // significant digits kept in mantissa (at most 19)
    int exponent = 0; // the value is mantissa * 10^exponent
    bool any = false;
    for (bool fraction = false;; ++p) {
        if (*p == '.' && !fraction) {
            fraction = true;
            continue;
        }
        if (*p < '0' || *p > '9') break;
        any = true;
        if (digits < 19) {
            mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
            if (mantissa != 0) ++digits;
            if (fraction) --exponent;
        } else if (!fraction) {
            ++exponent; // an integer digit beyond the 19 kept
        }
    }
    if (!any) {
        if (end) *end = const_cast<char*>(text);
        return 0.0;
    }
    if (*p == 'e' || *p == 'E') {
        const char* q = p + 1;
        const bool minus = *q == '-';
        if (*q == '-' || *q == '+') ++q;
        if (*q >= '0' && *q <= '9') {
            int e = 0;
            for (; *q >= '0' && *q <= '9'; ++q)
                if (e < 100000) e = e * 10 + (*q - '0');
            exponent += minus ? -e : e;
            p = q;
        }
    }
    if (end) *end = const_cast<char*>(p);

    while (mantissa != 0 && mantissa % 10 == 0) { // "2.50" and "250e-2" are 25 * 10^-1 too
        mantissa /= 10;
        ++exponent;
    }
    double value = static_cast<double>(mantissa);
    if (mantissa == 0)
        value = 0.0;
    else if (mantissa <= (std::uint64_t(1) << 53) && exponent >= -22 && exponent <= 22)
        value = exponent < 0 ? value / kPowersOfTen[-exponent] : value * kPowersOfTen[exponent];
    else
        value *= std::pow(10.0, exponent);
    return negative ? -value : value;
}

// musl defines strtof and strtold in strtod's own file, so a reference to either would link that file and a
// second strtod: both read through this one here.
extern "C" float strtof(const char* text, char** end) { return static_cast<float>(strtod(text, end)); }
extern "C" long double strtold(const char* text, char** end) { return strtod(text, end); }
