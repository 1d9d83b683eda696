#pragma once

#include <string>
#include <string_view>

namespace medvandrer::server {

class Metrics;

// The WebSocket endpoint: ws://host:port/sync (wss:// with TLS).
inline constexpr std::string_view syncPath = "/sync";

struct PlainResponse
{
    unsigned status = 200;
    std::string contentType;
    std::string body;
};

// Answers the plain HTTP requests: GET /healthz and GET /metrics; anything else is 404/405.
PlainResponse routeHttp(std::string_view method, std::string_view target, const Metrics &metrics, bool shuttingDown);

// The path part of a request target, without the query.
std::string_view targetPath(std::string_view target);

} // namespace medvandrer::server
