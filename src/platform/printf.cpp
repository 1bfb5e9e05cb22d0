// printf.cpp — the web build's own snprintf, vsnprintf and fiprintf (layer: platform; linked into the wasm only,
// never the CLI or the tests, which keep the C library's).
//
// The app formats a few short strings: ImGui's window and tooltip names (%s, %08X, %02d), counts (%d), money
// and grades (%lld, %.1f), coordinates (%.3f), a number quoted in a data error (%g), the JSON lexer's
// "<U+%.4X>", and the OpenGL backend's shader log (fprintf to stderr, which Emscripten turns into fiprintf).
// musl's printf does every format there is and costs about 3.5 KB gzip of first load, half of it for floating
// point. This one does the conversions c s d i u x X f g %, the flags '-' and '0', width and precision (also
// '*'), and the length modifiers hh h l ll z j t. %f and %g round as C does (a tie to the even digit) while the
// value times 10^precision is exact in a double and below 2^63, which covers every number the app shows; else
// the last digit shown may differ by one.
#include <emscripten/console.h>

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace {

// Writes into buffer[0, size) and counts every character, as vsnprintf must.
struct Sink {
    char* Buffer;
    size_t Size;
    size_t Length = 0;
    void Put(char c)
    {
        if (Length + 1 < Size) Buffer[Length] = c;
        ++Length;
    }
    void Repeat(char c, int n)
    {
        for (; n > 0; --n) Put(c);
    }
};

struct Spec {
    bool Left = false, Zero = false;
    int Width = 0, Precision = -1;
};

// `body` (its sign or prefix first, `lead` characters of it) padded to the width: zeros go after the sign.
void Field(Sink& out, const Spec& spec, const char* body, int length, int lead)
{
    const int pad = spec.Width > length ? spec.Width - length : 0;
    if (!spec.Left && !spec.Zero) out.Repeat(' ', pad);
    for (int i = 0; i < lead; ++i) out.Put(body[i]);
    if (!spec.Left && spec.Zero) out.Repeat('0', pad);
    for (int i = lead; i < length; ++i) out.Put(body[i]);
    if (spec.Left) out.Repeat(' ', pad);
}

// Digits of `value` in `base`, at least `min_digits` of them, written backwards from `end`; returns the start.
char* Digits(char* end, std::uint64_t value, unsigned base, bool upper, int min_digits)
{
    const char* const digit = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char* p = end;
    while (value || min_digits > 0) {
        *--p = digit[value % base];
        value /= base;
        --min_digits;
    }
    return p;
}

void Integer(Sink& out, Spec spec, std::uint64_t magnitude, bool negative, unsigned base, bool upper)
{
    char buffer[32];
    char* end = buffer + sizeof buffer;
    // A precision is the least number of digits (and turns off '0'); "%.0d" of 0 writes no digit.
    char* p = Digits(end, magnitude, base, upper, spec.Precision < 0 ? 1 : spec.Precision);
    if (spec.Precision >= 0) spec.Zero = false;
    if (negative) *--p = '-';
    Field(out, spec, p, static_cast<int>(end - p), negative ? 1 : 0);
}

const std::uint64_t kLimit = 9000000000000000000ull; // below 2^63

// "[-]int.frac" with `decimals` digits after the point, into `text` (at least 352 bytes); returns its length.
int Fixed(char* text, double value, int decimals, bool keep_point)
{
    int n = 0;
    if (value < 0) {
        text[n++] = '-';
        value = -value;
    }
    double scale = 1;
    for (int i = 0; i < decimals; ++i) scale *= 10;
    char digits[352];
    char* end = digits + sizeof digits;
    char* p;
    if (value * scale < static_cast<double>(kLimit)) {
        const double product = value * scale;
        std::uint64_t scaled = static_cast<std::uint64_t>(product);
        const double rest = product - static_cast<double>(scaled);
        if (rest > 0.5 || (rest == 0.5 && (scaled & 1))) ++scaled; // a tie goes to the even digit, as in C
        p = Digits(end, scaled, 10, false, decimals + 1);
    } else { // a huge number: its integer digits one by one, exact to about 16 of them
        int exponent = 0;
        while (value >= 10) {
            value /= 10;
            ++exponent;
        }
        p = end;
        for (int i = 0; i < decimals; ++i) *--p = '0';
        char* first = digits;
        for (int i = 0; i <= exponent && first < p; ++i) {
            const int d = static_cast<int>(value);
            *first++ = static_cast<char>('0' + (d > 9 ? 9 : d));
            value = (value - d) * 10;
        }
        // move the integer digits next to the zeros
        const int count = static_cast<int>(first - digits);
        for (int i = count - 1; i >= 0; --i) *--p = digits[i];
    }
    const int length = static_cast<int>(end - p);
    for (int i = 0; i < length - decimals; ++i) text[n++] = p[i];
    if (decimals > 0 || keep_point) text[n++] = '.';
    for (int i = length - decimals; i < length; ++i) text[n++] = p[i];
    return n;
}

// %g: `significant` digits, fixed when the exponent is from -4 to significant-1, else d.ddde+XX; no trailing zeros.
int General(char* text, double value, int significant)
{
    if (significant == 0) significant = 1;
    if (value == 0) {
        text[0] = '0';
        return 1;
    }
    double magnitude = value < 0 ? -value : value;
    int exponent = 0;
    while (magnitude >= 10) {
        magnitude /= 10;
        ++exponent;
    }
    while (magnitude < 1) {
        magnitude *= 10;
        --exponent;
    }
    int n = Fixed(text, magnitude, significant - 1, false);
    if (text[0] == '1' && text[1] == '0') { // rounding to `significant` digits carried into a new one: 9.9999995
        magnitude /= 10;
        ++exponent;
    }
    if (exponent >= -4 && exponent < significant) {
        n = Fixed(text, value, significant - 1 - exponent, false);
    } else {
        n = Fixed(text, value < 0 ? -magnitude : magnitude, significant - 1, false);
    }
    // no trailing zeros after the point, and no point left alone
    bool point = false;
    for (int i = 0; i < n; ++i) point |= text[i] == '.';
    if (point) {
        while (text[n - 1] == '0') --n;
        if (text[n - 1] == '.') --n;
    }
    if (!(exponent >= -4 && exponent < significant)) {
        text[n++] = 'e';
        text[n++] = exponent < 0 ? '-' : '+';
        const int e = exponent < 0 ? -exponent : exponent;
        if (e >= 100) text[n++] = static_cast<char>('0' + e / 100);
        text[n++] = static_cast<char>('0' + e / 10 % 10);
        text[n++] = static_cast<char>('0' + e % 10);
    }
    return n;
}

int Format(char* buffer, size_t size, const char* format, va_list args)
{
    Sink out{ buffer, size };
    for (const char* f = format; *f; ++f) {
        if (*f != '%') {
            out.Put(*f);
            continue;
        }
        Spec spec;
        for (;; ++f) {
            if (f[1] == '-') spec.Left = true;
            else if (f[1] == '0') spec.Zero = true;
            else if (f[1] != ' ' && f[1] != '+' && f[1] != '#') break;
        }
        ++f;
        if (*f == '*') {
            spec.Width = va_arg(args, int);
            if (spec.Width < 0) {
                spec.Left = true;
                spec.Width = -spec.Width;
            }
            ++f;
        } else {
            for (; *f >= '0' && *f <= '9'; ++f) spec.Width = spec.Width * 10 + (*f - '0');
        }
        if (*f == '.') {
            ++f;
            spec.Precision = 0;
            if (*f == '*') {
                spec.Precision = va_arg(args, int);
                ++f;
            } else {
                for (; *f >= '0' && *f <= '9'; ++f) spec.Precision = spec.Precision * 10 + (*f - '0');
            }
        }
        int longs = 0; // 0: int, 1: long, 2: long long (and size_t, intmax_t, ptrdiff_t: 32 or 64 bits on wasm)
        for (;; ++f) {
            if (*f == 'l') ++longs;
            else if (*f == 'z' || *f == 't') longs = sizeof(size_t) == 8 ? 2 : 1;
            else if (*f == 'j') longs = 2;
            else if (*f != 'h') break;
        }
        const char conversion = *f;
        if (conversion == '\0') break;
        switch (conversion) {
        case 'd':
        case 'i': {
            const long long v = longs == 2 ? va_arg(args, long long) : longs == 1 ? va_arg(args, long)
                                                                                  : va_arg(args, int);
            Integer(out, spec, v < 0 ? 0ull - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v), v < 0, 10, false);
            break;
        }
        case 'u':
        case 'x':
        case 'X': {
            const unsigned long long v = longs == 2   ? va_arg(args, unsigned long long)
                                         : longs == 1 ? va_arg(args, unsigned long)
                                                      : va_arg(args, unsigned int);
            Integer(out, spec, v, false, conversion == 'u' ? 10 : 16, conversion == 'X');
            break;
        }
        case 'c': {
            const char c = static_cast<char>(va_arg(args, int));
            spec.Zero = false;
            Field(out, spec, &c, 1, 0);
            break;
        }
        case 's': {
            const char* s = va_arg(args, const char*);
            if (!s) s = "(null)";
            int length = 0;
            while (s[length] && (spec.Precision < 0 || length < spec.Precision)) ++length;
            spec.Zero = false;
            Field(out, spec, s, length, 0);
            break;
        }
        case 'f':
        case 'F':
        case 'g':
        case 'G': {
            const double v = va_arg(args, double);
            char text[400];
            int length;
            if (v != v) length = 3, text[0] = 'n', text[1] = 'a', text[2] = 'n';
            else if (v > 1.7976931348623157e308 || v < -1.7976931348623157e308) {
                length = 0;
                if (v < 0) text[length++] = '-';
                text[length++] = 'i', text[length++] = 'n', text[length++] = 'f';
            } else if (conversion == 'f' || conversion == 'F') {
                length = Fixed(text, v, spec.Precision < 0 ? 6 : spec.Precision > 40 ? 40
                                                                                     : spec.Precision,
                               false);
            } else {
                length = General(text, v, spec.Precision < 0 ? 6 : spec.Precision > 17 ? 17
                                                                                       : spec.Precision);
            }
            Field(out, spec, text, length, text[0] == '-' ? 1 : 0);
            break;
        }
        case '%': out.Put('%'); break;
        default: // a conversion the app never asks for: shown as written, so a mistake is visible
            out.Put('%');
            out.Put(conversion);
            break;
        }
    }
    if (size > 0) buffer[out.Length < size ? out.Length : size - 1] = '\0';
    return static_cast<int>(out.Length);
}

} // namespace

extern "C" {

int vsnprintf(char* buffer, size_t size, const char* format, va_list args) { return Format(buffer, size, format, args); }

int snprintf(char* buffer, size_t size, const char* format, ...)
{
    va_list args;
    va_start(args, format);
    const int n = Format(buffer, size, format, args);
    va_end(args);
    return n;
}

// fprintf, and fiprintf, the name the compiler gives it when the format has no floating point: only the OpenGL
// backend's shader log uses it, to stderr. Both are here, or the C library's file that defines both would be linked.
static int Print(FILE* stream, const char* format, va_list args)
{
    char text[1024];
    const int n = Format(text, sizeof text, format, args);
    if (stream == stderr) emscripten_console_error(text);
    else emscripten_console_log(text);
    return n;
}

int fprintf(FILE* stream, const char* format, ...)
{
    va_list args;
    va_start(args, format);
    const int n = Print(stream, format, args);
    va_end(args);
    return n;
}

int fiprintf(FILE* stream, const char* format, ...)
{
    va_list args;
    va_start(args, format);
    const int n = Print(stream, format, args);
    va_end(args);
    return n;
}

} // extern "C"
