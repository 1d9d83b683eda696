// Invites a koordinator manages in the app (issue 19, docs/protocol.md §4.8–4.8b): open invites listed without their
// codes, withdrawn ones stop working, used ones leave the list, and only koordinatorer may do either.
#include "support/server_harness.h"

using namespace medvandrer::testing;

namespace {

class InvitesTest : public ServerTest
{
protected:
    static Json create(WsClient &ws, const std::string &role)
    {
        return ws.request(Json{{"type", "create_invite"}, {"role", role}, {"validHours", 48}});
    }
    static Json list(WsClient &ws) { return ws.request(Json{{"type", "list_invites"}}); }
    static Json withdraw(WsClient &ws, const std::string &inviteId)
    {
        return ws.request(Json{{"type", "withdraw_invite"}, {"inviteId", inviteId}});
    }
    Json registerWith(const std::string &code, const std::string &username)
    {
        auto ws = connect();
        return ws->request(Json{{"type", "register"},
                                {"invite", code},
                                {"username", username},
                                {"password", testPassword},
                                {"displayName", username}});
    }
};

TEST_F(InvitesTest, ListShowsOpenInvitesOfTheWholeTeamWithoutCodes)
{
    Device lise = koordinator("lise");
    Device ola = koordinator("ola");
    Json empty = list(*lise.ws);
    ASSERT_EQ(empty["type"], "invites") << empty.dump();
    EXPECT_TRUE(empty["invites"].empty());

    const int64_t before = medvandrer::systemMillis();
    Json first = create(*lise.ws, "bruker");
    ASSERT_EQ(first["type"], "invite") << first.dump();
    Json second = create(*ola.ws, "erfaringskonsulent");
    ASSERT_EQ(second["type"], "invite") << second.dump();

    Json listed = list(*lise.ws);
    ASSERT_EQ(listed["type"], "invites") << listed.dump();
    ASSERT_EQ(listed["invites"].size(), 2u) << "every koordinator sees the team's invites: " << listed.dump();
    const Json &a = listed["invites"][0];
    const Json &b = listed["invites"][1];
    EXPECT_EQ(a["inviteId"], first["inviteId"]) << "oldest first";
    EXPECT_EQ(b["inviteId"], second["inviteId"]);
    EXPECT_EQ(a["role"], "bruker");
    EXPECT_EQ(b["role"], "erfaringskonsulent");
    EXPECT_GE(a["createdAt"].get<int64_t>(), before);
    EXPECT_LE(a["createdAt"].get<int64_t>(), b["createdAt"].get<int64_t>());
    EXPECT_EQ(a["expiresAt"], first["expiresAt"]);
    EXPECT_EQ(a["createdAt"].get<int64_t>() + 48 * 3600 * 1000, a["expiresAt"].get<int64_t>());

    // The code never comes back, in any form, and the id is not a code.
    const std::string code = first["code"];
    std::string bare;
    for (char c : code)
        if (c != '-')
            bare.push_back(c);
    const std::string text = listed.dump();
    EXPECT_EQ(text.find(code), std::string::npos);
    EXPECT_EQ(text.find(bare), std::string::npos);
    EXPECT_FALSE(a.contains("code"));
    const std::string id = a["inviteId"];
    EXPECT_EQ(id.size(), 32u);
    EXPECT_EQ(registerWith(id, "per")["code"], "invite_invalid");
    EXPECT_EQ(list(*ola.ws)["invites"], listed["invites"]);

    // Invites from the admin command are the team's too.
    invite("koordinator");
    EXPECT_EQ(list(*lise.ws)["invites"].size(), 3u);
}

TEST_F(InvitesTest, WithdrawnCodeNoLongerRegisters)
{
    Device lise = koordinator("lise");
    Device ola = koordinator("ola");
    Json inv = create(*lise.ws, "bruker");
    ASSERT_EQ(inv["type"], "invite") << inv.dump();
    Json keep = create(*lise.ws, "bruker");

    // Another koordinator may withdraw it.
    Json done = withdraw(*ola.ws, inv["inviteId"]);
    EXPECT_EQ(done["type"], "ok") << done.dump();
    Json listed = list(*lise.ws);
    ASSERT_EQ(listed["invites"].size(), 1u) << listed.dump();
    EXPECT_EQ(listed["invites"][0]["inviteId"], keep["inviteId"]);

    EXPECT_EQ(registerWith(inv["code"], "kari")["code"], "invite_invalid");
    EXPECT_EQ(withdraw(*lise.ws, inv["inviteId"])["code"], "not_found") << "already withdrawn";
    Json registered = registerWith(keep["code"], "kari");
    EXPECT_EQ(registered["type"], "authenticated") << registered.dump();
}

TEST_F(InvitesTest, UsedInviteLeavesTheListAndCannotBeWithdrawn)
{
    Device lise = koordinator();
    Json inv = create(*lise.ws, "erfaringskonsulent");
    ASSERT_EQ(list(*lise.ws)["invites"].size(), 1u);
    Json registered = registerWith(inv["code"], "jonas");
    ASSERT_EQ(registered["type"], "authenticated") << registered.dump();
    EXPECT_EQ(registered["role"], "erfaringskonsulent");
    EXPECT_TRUE(list(*lise.ws)["invites"].empty());
    EXPECT_EQ(withdraw(*lise.ws, inv["inviteId"])["code"], "not_found");
}

TEST_F(InvitesTest, OnlyKoordinatorerAndOnlyKnownIds)
{
    Device lise = koordinator();
    Device kari = registerAs("bruker", "kari");
    Device jonas = registerAs("erfaringskonsulent", "jonas");
    Json inv = create(*lise.ws, "bruker");
    for (Device *d : {&kari, &jonas}) {
        Json l = list(*d->ws);
        EXPECT_EQ(l["code"], "forbidden") << d->username << l.dump();
        EXPECT_FALSE(l.contains("invites"));
        EXPECT_EQ(withdraw(*d->ws, inv["inviteId"])["code"], "forbidden") << d->username;
    }
    EXPECT_EQ(list(*lise.ws)["invites"].size(), 1u) << "a refused withdrawal changes nothing";

    EXPECT_EQ(withdraw(*lise.ws, "00112233445566778899aabbccddeeff")["code"], "not_found");
    EXPECT_EQ(withdraw(*lise.ws, inv["code"])["code"], "not_found") << "the code is not an id";
    Json missing = lise.ws->request(Json{{"type", "withdraw_invite"}});
    EXPECT_EQ(missing["code"], "bad_message") << missing.dump();
    Json wrongType = lise.ws->request(Json{{"type", "withdraw_invite"}, {"inviteId", 7}});
    EXPECT_EQ(wrongType["code"], "bad_message") << wrongType.dump();
    auto anon = connect();
    EXPECT_EQ(anon->request(Json{{"type", "list_invites"}})["code"], "not_authenticated");
}

} // namespace
