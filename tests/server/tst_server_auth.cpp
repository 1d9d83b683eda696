#include "support/server_harness.h"

using namespace medvandrer::testing;

namespace {

class AuthTest : public ServerTest
{
};

TEST_F(AuthTest, HelloIsRequiredFirst)
{
    auto ws = connect(false);
    Json r = ws->request(Json{{"type", "login"}, {"username", "kari"}, {"password", "x"}});
    EXPECT_EQ(r["type"], "error");
    EXPECT_EQ(r["code"], "hello_required");
    Json w = ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "t"}});
    EXPECT_EQ(w["type"], "welcome");
    EXPECT_EQ(w["protocol"], 1);
    EXPECT_EQ(w["server"], "medvandrer");
    EXPECT_NEAR(w["serverTime"].get<double>(), static_cast<double>(medvandrer::systemMillis()), 60000.0);
    Json bad = ws->request(Json{{"type", "hello"}, {"protocol", 2}});
    EXPECT_EQ(bad["code"], "unsupported_protocol");
}

TEST_F(AuthTest, RegisterWithInviteThenLoginAndResume)
{
    Device kari = registerAs("bruker", "Kari");
    EXPECT_EQ(kari.username, "kari"); // usernames are case-insensitive, stored lower-case
    EXPECT_EQ(kari.role, "bruker");
    EXPECT_TRUE(medvandrer::isUuid(kari.accountId));
    EXPECT_EQ(kari.token.size(), 43u);

    // Each login is a new device with its own token.
    Device tablet = login("kari");
    EXPECT_EQ(tablet.accountId, kari.accountId);
    EXPECT_NE(tablet.deviceId, kari.deviceId);
    EXPECT_NE(tablet.token, kari.token);

    auto ws = connect();
    Json resumed = ws->request(Json{{"type", "resume"}, {"token", kari.token}});
    EXPECT_EQ(resumed["type"], "authenticated");
    EXPECT_EQ(resumed["deviceId"], kari.deviceId);
    EXPECT_FALSE(resumed.contains("token"));

    auto ws2 = connect();
    Json bad = ws2->request(Json{{"type", "login"}, {"username", "kari"}, {"password", "feil-passord"}});
    EXPECT_EQ(bad["code"], "auth_failed");
    Json unknown = ws2->request(Json{{"type", "login"}, {"username", "nobody"}, {"password", "feil-passord"}});
    EXPECT_EQ(unknown["code"], "auth_failed");
    Json badToken = ws2->request(Json{{"type", "resume"}, {"token", "not-a-token"}});
    EXPECT_EQ(badToken["code"], "token_invalid");
}

TEST_F(AuthTest, InvitesAreOneTimeAndChecked)
{
    const std::string code = invite("bruker");
    EXPECT_EQ(code.size(), 11u); // XXXXX-XXXXX
    auto ws = connect();
    Json weak = ws->request(Json{{"type", "register"}, {"invite", code}, {"username", "per"}, {"password", "kort"},
                                 {"displayName", "Per"}});
    EXPECT_EQ(weak["code"], "weak_password");
    Json badName = ws->request(Json{{"type", "register"}, {"invite", code}, {"username", "p"},
                                    {"password", testPassword}, {"displayName", "Per"}});
    EXPECT_EQ(badName["code"], "invalid_username");
    // Codes are typed by people: lower case and without the dash are accepted.
    std::string typed = code;
    typed.erase(5, 1);
    for (auto &c : typed)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    Json ok = ws->request(Json{{"type", "register"}, {"invite", typed}, {"username", "per"},
                               {"password", testPassword}, {"displayName", "Per"}});
    EXPECT_EQ(ok["type"], "authenticated") << ok.dump();

    auto ws2 = connect();
    Json reused = ws2->request(Json{{"type", "register"}, {"invite", code}, {"username", "per2"},
                                    {"password", testPassword}, {"displayName", "Per"}});
    EXPECT_EQ(reused["code"], "invite_invalid");
    Json taken = ws2->request(Json{{"type", "register"}, {"invite", invite("bruker")}, {"username", "PER"},
                                   {"password", testPassword}, {"displayName", "Per"}});
    EXPECT_EQ(taken["code"], "username_taken");
    Json made = ws2->request(Json{{"type", "register"}, {"invite", "ABCDE-FGHJK"}, {"username", "per3"},
                                  {"password", testPassword}, {"displayName", "Per"}});
    EXPECT_EQ(made["code"], "invite_invalid");
}

TEST_F(AuthTest, KoordinatorCreatesInvitesOthersCannot)
{
    Device lise = koordinator();
    Json inv = lise.ws->request(Json{{"type", "create_invite"}, {"role", "erfaringskonsulent"}, {"validHours", 24}});
    ASSERT_EQ(inv["type"], "invite") << inv.dump();
    EXPECT_EQ(inv["role"], "erfaringskonsulent");
    EXPECT_GT(inv["expiresAt"].get<int64_t>(), medvandrer::systemMillis() + 23 * 3600 * 1000);

    auto ws = connect();
    Json reg = ws->request(Json{{"type", "register"}, {"invite", inv["code"]}, {"username", "jonas"},
                                {"password", testPassword}, {"displayName", "Jonas"}});
    ASSERT_EQ(reg["type"], "authenticated");
    EXPECT_EQ(reg["role"], "erfaringskonsulent");
    Json denied = ws->request(Json{{"type", "create_invite"}, {"role", "koordinator"}});
    EXPECT_EQ(denied["code"], "forbidden");
    Json badRole = lise.ws->request(Json{{"type", "create_invite"}, {"role", "admin"}});
    EXPECT_EQ(badRole["code"], "bad_message");
    Json badHours = lise.ws->request(Json{{"type", "create_invite"}, {"role", "bruker"}, {"validHours", 100000}});
    EXPECT_EQ(badHours["code"], "bad_message");
}

TEST_F(AuthTest, FailedLoginsAreRateLimited)
{
    Device kari = registerAs("bruker", "kari");
    for (int i = 0; i < 5; ++i) {
        auto ws = connect();
        Json r = ws->request(Json{{"type", "login"}, {"username", "kari"}, {"password", "gjetter-feil"}});
        EXPECT_EQ(r["code"], "auth_failed");
    }
    auto ws = connect();
    Json limited = ws->request(Json{{"type", "login"}, {"username", "kari"}, {"password", testPassword}});
    EXPECT_EQ(limited["code"], "rate_limited");
    // Another username is not affected.
    Device per = registerAs("bruker", "per");
    Device again = login("per");
    EXPECT_EQ(again.accountId, per.accountId);

    // Per connection too: many failures on one connection, whatever the usernames.
    auto spray = connect();
    Json last;
    for (int i = 0; i < 12; ++i)
        last = spray->request(Json{{"type", "resume"}, {"token", "guess-" + std::to_string(i)}});
    EXPECT_EQ(last["code"], "rate_limited");
}

// Guesses sent in parallel, before any has been answered, must not all get past the per-username limit.
TEST_F(AuthTest, ParallelGuessesStillMeetTheLimit)
{
    registerAs("bruker", "kari");
    std::vector<std::unique_ptr<WsClient>> sockets;
    for (int c = 0; c < 4; ++c) {
        sockets.push_back(connect());
        for (int i = 0; i < 5; ++i)
            ASSERT_TRUE(sockets.back()->sendJson(Json{{"type", "login"}, {"rid", std::to_string(i)},
                                                      {"username", "kari"}, {"password", "gjetter-feil"}}));
    }
    int failed = 0;
    int limited = 0;
    for (auto &ws : sockets) {
        for (int i = 0; i < 5; ++i) {
            auto reply = ws->waitFor([](const Json &j) { return j.value("type", "") == "error"; }, 20s);
            ASSERT_TRUE(reply);
            failed += (*reply)["code"] == "auth_failed";
            limited += (*reply)["code"] == "rate_limited";
        }
    }
    EXPECT_EQ(failed, 5);
    EXPECT_EQ(limited, 15);
}

TEST_F(AuthTest, LogoutAndRevokeInvalidateTokens)
{
    Device phone = registerAs("bruker", "kari");
    Device tablet = login("kari");
    Device laptop = login("kari");

    Json devices = phone.ws->request(Json{{"type", "list_devices"}});
    ASSERT_EQ(devices["type"], "devices");
    ASSERT_EQ(devices["devices"].size(), 3u);
    int current = 0;
    for (const auto &d : devices["devices"]) {
        current += d["current"].get<bool>() ? 1 : 0;
        EXPECT_FALSE(d["revoked"].get<bool>());
        EXPECT_TRUE(d.contains("createdAt") && d.contains("lastSeen") && d.contains("name"));
    }
    EXPECT_EQ(current, 1);

    // Revoking the tablet signs out its open connection at once, and its token stops working.
    Json ok = phone.ws->request(Json{{"type", "revoke_device"}, {"deviceId", tablet.deviceId}});
    EXPECT_EQ(ok["type"], "ok");
    auto note = tablet.ws->waitFor([](const Json &j) { return j["type"] == "error"; });
    ASSERT_TRUE(note);
    EXPECT_EQ((*note)["code"], "token_invalid");
    Json afterRevoke = tablet.ws->request(Json{{"type", "pull"}, {"cursor", 0}});
    EXPECT_EQ(afterRevoke["code"], "not_authenticated");
    auto ws = connect();
    EXPECT_EQ(ws->request(Json{{"type", "resume"}, {"token", tablet.token}})["code"], "token_invalid");

    // Another account's device looks like no device at all.
    Device per = registerAs("bruker", "per");
    EXPECT_EQ(per.ws->request(Json{{"type", "revoke_device"}, {"deviceId", phone.deviceId}})["code"], "not_found");

    // Logout revokes this device's token.
    EXPECT_EQ(laptop.ws->request(Json{{"type", "logout"}})["type"], "ok");
    EXPECT_EQ(laptop.ws->request(Json{{"type", "list_devices"}})["code"], "not_authenticated");
    EXPECT_EQ(ws->request(Json{{"type", "resume"}, {"token", laptop.token}})["code"], "token_invalid");
    EXPECT_EQ(ws->request(Json{{"type", "resume"}, {"token", phone.token}})["type"], "authenticated");
}

TEST_F(AuthTest, AdminListsAndRevokesDevices)
{
    Device kari = registerAs("bruker", "kari");
    auto listed = admin({"list-devices", "--username", "kari", "--json"});
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    Json j = Json::parse(listed.out);
    ASSERT_EQ(j["devices"].size(), 1u);
    EXPECT_EQ(j["devices"][0]["deviceId"], kari.deviceId);
    auto revoked = admin({"revoke-device", "--device-id", kari.deviceId, "--json"});
    ASSERT_EQ(revoked.exitCode, 0) << revoked.err;
    auto ws = connect();
    EXPECT_EQ(ws->request(Json{{"type", "resume"}, {"token", kari.token}})["code"], "token_invalid");
    EXPECT_NE(admin({"revoke-device", "--device-id", medvandrer::newUuid()}).exitCode, 0);
}

} // namespace
