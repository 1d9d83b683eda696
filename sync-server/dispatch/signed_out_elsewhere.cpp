// Several instances on one database (issue #13): a device revoked or an account deleted through any instance is
// signed out here too. The commit follower reads the sign-outs by sequence and hands them over on the storage thread.
#include "dispatch/dispatcher.h"

#include "privacy/privacy_messages.h"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <set>

namespace medvandrer::server {

namespace ptype = protocol::privacy::type;

namespace {

// As the database writes a deleted account's device ids: SHA-256, lower-case hex.
std::string sha256Hex(const std::string &text)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(text.data()), text.size());
    static const char *hex = "0123456789abcdef";
    std::string out;
    for (unsigned char c : digest) {
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
    }
    return out;
}

} // namespace

void Dispatcher::signedOutElsewhere(const std::vector<FeedSignOut> &signOuts)
{
    size_t revoked = 0;
    auto deleted = std::make_shared<std::set<std::string>>();
    for (const auto &o : signOuts) {
        if (o.accountDeleted) {
            deleted->insert(o.device);
            continue;
        }
        // As when the revocation came through this instance: the connection is told and signed out.
        revoked += m_registry.byDevice(o.device).size();
        signOutDevice(o.device, 0);
    }
    if (revoked > 0)
        spdlog::info("event=signed_out_elsewhere sessions={}", revoked);
    if (deleted->empty())
        return;
    // A deleted account's devices are known only by hash: each signed-in connection checks its own, on its own io
    // thread, and if it is one of them wipes its store and is signed out.
    for (const auto &other : m_registry.all()) {
        other->post([this, other, deleted] {
            auto &principal = other->state().principal;
            if (!principal || !deleted->count(sha256Hex(principal->deviceId)))
                return;
            spdlog::info("event=account_deleted_elsewhere session={}", other->id());
            principal.reset();
            m_registry.forget(other->id());
            reply(other, "", Json{{"type", ptype::accountDeleted}});
        });
    }
}

} // namespace medvandrer::server
