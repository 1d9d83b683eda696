#include "storage/account_storage.h"

namespace medvandrer::server {

std::string_view roleName(Role role)
{
    switch (role) {
    case Role::Bruker:
        return "bruker";
    case Role::Erfaringskonsulent:
        return "erfaringskonsulent";
    case Role::Koordinator:
        return "koordinator";
    }
    return "bruker";
}

std::optional<Role> parseRole(std::string_view name)
{
    if (name == "bruker")
        return Role::Bruker;
    if (name == "erfaringskonsulent")
        return Role::Erfaringskonsulent;
    if (name == "koordinator")
        return Role::Koordinator;
    return std::nullopt;
}
} // namespace medvandrer::server
