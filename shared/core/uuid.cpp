#include "core/uuid.h"

#include <array>
#include <cstdint>
#include <random>

namespace medvandrer {

namespace {
std::mt19937_64 &generator()
{
    // One generator per thread, seeded from the OS: ids must not collide across devices.
    thread_local std::mt19937_64 gen{[] {
        std::random_device rd;
        std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd()};
        return std::mt19937_64(seq);
    }()};
    return gen;
}
} // namespace

std::string newUuid()
{
    std::array<uint8_t, 16> bytes{};
    auto &gen = generator();
    for (int i = 0; i < 2; ++i) {
        uint64_t word = gen();
        for (int b = 0; b < 8; ++b)
            bytes[i * 8 + b] = static_cast<uint8_t>(word >> (b * 8));
    }
    bytes[6] = static_cast<uint8_t>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<uint8_t>((bytes[8] & 0x3f) | 0x80);

    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(hex[bytes[i] >> 4]);
        out.push_back(hex[bytes[i] & 0x0f]);
    }
    return out;
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace medvandrer
