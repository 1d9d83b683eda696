#include "net/http_routes.h"

#include "metrics/metrics.h"

namespace medvandrer::server {

std::string_view targetPath(std::string_view target)
{
    const auto q = target.find('?');
    return q == std::string_view::npos ? target : target.substr(0, q);
}

PlainResponse routeHttp(std::string_view method, std::string_view target, const Metrics &metrics, bool shuttingDown)
{
    const std::string_view path = targetPath(target);
    if (path != "/healthz" && path != "/metrics")
        return {404, "text/plain; charset=utf-8", "not found\n"};
    if (method != "GET" && method != "HEAD")
        return {405, "text/plain; charset=utf-8", "method not allowed\n"};
    if (path == "/healthz") {
        if (shuttingDown)
            return {503, "application/json", "{\"status\":\"stopping\"}\n"};
        return {200, "application/json", "{\"status\":\"ok\"}\n"};
    }
    return {200, "text/plain; version=0.0.4; charset=utf-8", metrics.render()};
}

} // namespace medvandrer::server
