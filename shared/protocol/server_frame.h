#pragma once

#include "protocol/messages.h"

namespace medvandrer::protocol {

// Server frames may be larger than a client's: pages and live frames are split near 1 MiB and stay below 1.8 MiB,
// and a client must accept at least 2 MiB (docs/protocol.md §1).
inline constexpr size_t maxServerFrameBytes = 2 * 1024 * 1024;

// parseEnvelope for a frame the server sent: the same checks, with the server's size limit.
Result<Envelope> parseServerFrame(std::string_view text);

} // namespace medvandrer::protocol
