#pragma once

#include <QString>

#include <optional>

namespace medvandrer {

// What an invite's QR code holds: medvandrer://invite?code=K7PMX-R3QTD&server=wss%3A%2F%2F…, so a phone's
// camera opens the app on its registration form with the code and the team's server filled in.
struct InviteLink
{
    QString code;
    QString server; // empty when the link names none

    QString toString() const;
    // A medvandrer://invite link, or a bare code as typed; nothing for anything else.
    static std::optional<InviteLink> parse(const QString &text);
};

} // namespace medvandrer
