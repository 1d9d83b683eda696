#include "tls/tls_context.h"

namespace medvandrer::server {

Result<std::unique_ptr<boost::asio::ssl::context>> makeTlsContext(const std::string &certFile,
                                                                  const std::string &keyFile)
{
    namespace ssl = boost::asio::ssl;
    auto ctx = std::make_unique<ssl::context>(ssl::context::tls_server);
    boost::system::error_code ec;
    ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                         ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use,
                     ec);
    if (!ec)
        ctx->use_certificate_chain_file(certFile, ec);
    if (ec)
        return Error{"tls_error", "cannot load certificate '" + certFile + "': " + ec.message()};
    ctx->use_private_key_file(keyFile, ssl::context::pem, ec);
    if (ec)
        return Error{"tls_error", "cannot load private key '" + keyFile + "': " + ec.message()};
    return ctx;
}

} // namespace medvandrer::server
