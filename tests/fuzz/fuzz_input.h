#pragma once

// Reads typed values from a fuzzer's bytes (a small FuzzedDataProvider that also builds with gcc, so the targets
// replay their corpus in the normal build). Past the end every read gives zero or empty.
#include <cstddef>
#include <cstdint>
#include <string>

namespace medvandrer::fuzz {

class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}

    uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    bool boolean() { return byte() & 1; }
    uint64_t bits64()
    {
        uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v = (v << 8) | byte();
        return v;
    }
    // A value in [lo, hi], both included.
    int64_t inRange(int64_t lo, int64_t hi)
    {
        const uint64_t span = uint64_t(hi) - uint64_t(lo);
        uint64_t raw = 0;
        for (uint64_t covered = 0; covered < span && m_pos < m_size; covered = (covered << 8) | 0xff)
            raw = (raw << 8) | byte();
        return span == UINT64_MAX ? int64_t(raw) : int64_t(uint64_t(lo) + raw % (span + 1));
    }
    // Up to maxLength bytes; a backslash ends the string early unless doubled (libFuzzer's own convention).
    std::string text(size_t maxLength)
    {
        std::string out;
        while (out.size() < maxLength && m_pos < m_size) {
            const char c = char(byte());
            if (c == '\\') {
                if (m_pos < m_size && m_data[m_pos] == '\\') {
                    ++m_pos;
                    out.push_back(c);
                    continue;
                }
                break;
            }
            out.push_back(c);
        }
        return out;
    }
    size_t remaining() const { return m_size - m_pos; }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace medvandrer::fuzz
