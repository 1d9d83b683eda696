#pragma once

#include "core/result.h"

#include <boost/asio/ssl/context.hpp>

#include <memory>
#include <string>

namespace medvandrer::server {

// A TLS 1.2+ server context from a PEM certificate chain and private key.
Result<std::unique_ptr<boost::asio::ssl::context>> makeTlsContext(const std::string &certFile,
                                                                  const std::string &keyFile);

} // namespace medvandrer::server
