#pragma once

#include <cstddef>

namespace medvandrer {

// Length of the well-formed UTF-8 sequence of 2 to 4 bytes starting at p (before end), with the ranges of
// RFC 3629 as nlohmann's decoder checks them (no overlong forms, no surrogates, at most U+10FFFF); 0 if there is none.
inline size_t utf8SequenceLength(const char *p, const char *end)
{
    auto in = [&](ptrdiff_t i, unsigned lo, unsigned hi) {
        if (end - p <= i)
            return false;
        const auto c = static_cast<unsigned char>(p[i]);
        return c >= lo && c <= hi;
    };
    const auto lead = static_cast<unsigned char>(*p);
    if (lead >= 0xC2 && lead <= 0xDF)
        return in(1, 0x80, 0xBF) ? 2 : 0;
    if (lead == 0xE0)
        return in(1, 0xA0, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    if ((lead >= 0xE1 && lead <= 0xEC) || lead == 0xEE || lead == 0xEF)
        return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) ? 3 : 0;
    if (lead == 0xED)
        return in(1, 0x80, 0x9F) && in(2, 0x80, 0xBF) ? 3 : 0;
    if (lead == 0xF0)
        return in(1, 0x90, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    if (lead >= 0xF1 && lead <= 0xF3)
        return in(1, 0x80, 0xBF) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    if (lead == 0xF4)
        return in(1, 0x80, 0x8F) && in(2, 0x80, 0xBF) && in(3, 0x80, 0xBF) ? 4 : 0;
    return 0;
}

} // namespace medvandrer
