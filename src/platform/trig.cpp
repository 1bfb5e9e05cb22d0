// trig.cpp — the web build's own cosf and sinf (layer: platform; linked into the wasm only, never the CLI or the
// tests, which keep the C library's).
//
// Their callers are the map (latitudes, in radians) and ImGui's arcs and circles (within a turn or two). musl's
// versions carry a reduction of the angle that is exact for any float up to 3.4e38 (__rem_pio2f, about 1.8 KB of
// code). Here the angle is reduced in double by the nearest multiple of pi/2, exact to about 1e-11 for angles
// below 1e5 radians, and the sine or cosine of what is left (at most pi/4) comes from its Taylor polynomial in
// double, to x^13 or x^12 (error below 1e-11). Rounded to float, that is the correctly rounded result or its
// neighbour: the same as musl's for drawing.
#include <cmath>

namespace {

double SinKernel(double x) // |x| <= pi/4
{
    const double x2 = x * x;
    return x * (1 + x2 * (-1.0 / 6 + x2 * (1.0 / 120 + x2 * (-1.0 / 5040 + x2 * (1.0 / 362880 + x2 * (-1.0 / 39916800 + x2 / 6227020800.0))))));
}

double CosKernel(double x) // |x| <= pi/4
{
    const double x2 = x * x;
    return 1 + x2 * (-0.5 + x2 * (1.0 / 24 + x2 * (-1.0 / 720 + x2 * (1.0 / 40320 + x2 * (-1.0 / 3628800 + x2 / 479001600.0)))));
}

// sin(x + quarter * pi/2) from the reduced angle's quarter turn.
float Turned(float angle, int extra_quarter)
{
    const double x = angle;
    if (!(x - x == 0)) return static_cast<float>(x - x);                                           // infinity or NaN: NaN, as C says
    const double turns = __builtin_nearbyint(x * 0.63661977236758134308);                          // x / (pi/2)
    const double rest = (x - turns * 1.57079632673412561417) - turns * 6.07710050650619224932e-11; // pi/2 in two parts
    const int quarter = (static_cast<int>(static_cast<long long>(turns) & 3) + extra_quarter) & 3;
    const double value = quarter == 0 ? SinKernel(rest) : quarter == 1 ? CosKernel(rest)
                                                      : quarter == 2   ? -SinKernel(rest)
                                                                       : -CosKernel(rest);
    return static_cast<float>(value);
}

} // namespace

extern "C" {

float sinf(float x) { return Turned(x, 0); }
float cosf(float x) { return Turned(x, 1); } // cos x = sin(x + pi/2)

} // extern "C"
