#pragma once

#include "core/utf8.h"
#include "records/record.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

namespace medvandrer::protocol {

// A strict JSON reader (RFC 8259) that drives a SAX handler of nlohmann::json's shape (null, boolean,
// number_integer, number_unsigned, number_float, string, start_object, key, end_object, start_array, end_array) with
// the same events and values nlohmann's parser gives for the same text — whole numbers as unsigned, negative or,
// when too large, floating; strings checked as UTF-8 and unescaped — about four times faster, because it reads from
// memory without keeping each token's text for error messages. Where nlohmann's parser would refuse the text, or
// the text nests deeper than maxDepth, it returns false (as it does when the handler returns false); it never
// decides anything finer than that, so a caller that falls back to nlohmann on false gets nlohmann's answer.
// `at` is where reading has got to: just after the '{' or '}' when start_object or end_object is called.
template <class Handler>
class QuickJson
{
public:
    QuickJson(std::string_view text, Handler &handler, size_t maxDepth)
        : m_p(text.data()), m_end(text.data() + text.size()), m_handler(handler), m_maxDepth(maxDepth)
    {
    }

    bool read()
    {
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        return m_p == m_end;
    }

    const char *const *at() const { return &m_p; }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool literal(std::string_view word)
    {
        if (static_cast<size_t>(m_end - m_p) < word.size() || std::string_view(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    bool value(size_t depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{': return object(depth + 1);
        case '[': return array(depth + 1);
        case '"':
            if (!string(m_text))
                return false;
            return m_handler.string(m_text);
        case 't': return literal("true") && m_handler.boolean(true);
        case 'f': return literal("false") && m_handler.boolean(false);
        case 'n': return literal("null") && m_handler.null();
        default: return number();
        }
    }

    bool object(size_t depth)
    {
        if (depth > m_maxDepth)
            return false;
        ++m_p; // '{'
        if (!m_handler.start_object(static_cast<std::size_t>(-1)))
            return false;
        skipSpace();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return m_handler.end_object();
        }
        for (;;) {
            if (m_p == m_end || *m_p != '"' || !string(m_key) || !m_handler.key(m_key))
                return false;
            skipSpace();
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            skipSpace();
            if (!value(depth))
                return false;
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                skipSpace();
                continue;
            }
            if (*m_p != '}')
                return false;
            ++m_p;
            return m_handler.end_object();
        }
    }

    bool array(size_t depth)
    {
        if (depth > m_maxDepth)
            return false;
        ++m_p; // '['
        if (!m_handler.start_array(static_cast<std::size_t>(-1)))
            return false;
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return m_handler.end_array();
        }
        for (;;) {
            if (!value(depth))
                return false;
            skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                skipSpace();
                continue;
            }
            if (*m_p != ']')
                return false;
            ++m_p;
            return m_handler.end_array();
        }
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    bool hex4(uint32_t &out)
    {
        if (m_end - m_p < 4)
            return false;
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(m_p[i]);
            if (d < 0)
                return false;
            out = out << 4 | static_cast<uint32_t>(d);
        }
        m_p += 4;
        return true;
    }

    static void appendUtf8(std::string &out, uint32_t cp)
    {
        if (cp < 0x80) {
            out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else if (cp < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
    }

    // One UTF-8 sequence of 2 to 4 bytes starting at m_p, with the ranges of RFC 3629 (as nlohmann checks them).
    bool utf8Sequence()
    {
        const size_t length = utf8SequenceLength(m_p, m_end);
        if (length == 0)
            return false;
        m_p += length;
        return true;
    }

    bool escape(std::string &out)
    {
        if (m_p == m_end)
            return false;
        const char c = *m_p++;
        switch (c) {
        case '"': out.push_back('"'); return true;
        case '\\': out.push_back('\\'); return true;
        case '/': out.push_back('/'); return true;
        case 'b': out.push_back('\b'); return true;
        case 'f': out.push_back('\f'); return true;
        case 'n': out.push_back('\n'); return true;
        case 'r': out.push_back('\r'); return true;
        case 't': out.push_back('\t'); return true;
        case 'u': {
            uint32_t cp = 0;
            if (!hex4(cp))
                return false;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return false; // a low surrogate alone
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint32_t low = 0;
                if (m_end - m_p < 2 || m_p[0] != '\\' || m_p[1] != 'u')
                    return false;
                m_p += 2;
                if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                    return false;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            return true;
        }
        default: return false;
        }
    }

    bool string(std::string &out)
    {
        out.clear();
        ++m_p; // '"'
        for (;;) {
            const char *run = m_p;
            while (m_p != m_end) {
                const auto c = static_cast<unsigned char>(*m_p);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                    break;
                ++m_p;
            }
            out.append(run, static_cast<size_t>(m_p - run));
            if (m_p == m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c == '\\') {
                ++m_p;
                if (!escape(out))
                    return false;
            } else if (c >= 0x80) {
                const char *start = m_p;
                if (!utf8Sequence())
                    return false;
                out.append(start, static_cast<size_t>(m_p - start));
            } else {
                return false; // a control character
            }
        }
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }

    bool number()
    {
        const char *start = m_p;
        const bool negative = *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0')
            ++m_p;
        else
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        bool whole = true;
        if (m_p != m_end && *m_p == '.') {
            whole = false;
            ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            whole = false;
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p == m_end || !isDigit(*m_p))
                return false;
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        if (whole) {
            // As nlohmann: unsigned when not negative, signed when negative, floating when it does not fit.
            if (negative) {
                int64_t v = 0;
                auto r = std::from_chars(start, m_p, v);
                if (r.ec == std::errc{} && r.ptr == m_p)
                    return m_handler.number_integer(v);
            } else {
                uint64_t v = 0;
                auto r = std::from_chars(start, m_p, v);
                if (r.ec == std::errc{} && r.ptr == m_p)
                    return m_handler.number_unsigned(v);
            }
        }
        double v = 0;
        auto r = std::from_chars(start, m_p, v);
        // Out of range (nlohmann refuses an overflow; an underflow is left to it too) or not finite: not decided here.
        if (r.ec != std::errc{} || r.ptr != m_p || !std::isfinite(v))
            return false;
        m_number.assign(start, m_p);
        return m_handler.number_float(v, m_number);
    }

    const char *m_p;
    const char *m_end;
    Handler &m_handler;
    size_t m_maxDepth;
    std::string m_text;
    std::string m_key;
    std::string m_number;
};

} // namespace medvandrer::protocol
