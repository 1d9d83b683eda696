#include "surveys/survey_access.h"

namespace medvandrer::server::surveys {

Result<bool> mayWrite(ServerStorage &storage, const Principal &who)
{
    if (who.role == Role::Koordinator)
        return true;
    if (who.role != Role::Bruker)
        return false;
    return storage.isSurveyWriter(who.accountId);
}

Result<bool> inAudience(ServerStorage &storage, const Survey &survey, const Principal &who)
{
    if (who.role != Role::Bruker)
        return false;
    if (survey.audience == "everyone")
        return true;
    auto bookings = storage.bookingsOf(who.accountId);
    if (!bookings)
        return bookings.error();
    for (const auto &b : *bookings)
        if (b.activityId == survey.activityId && (b.status == "confirmed" || b.status == "attended"))
            return true;
    return false;
}

Result<bool> maySee(ServerStorage &storage, const SurveyRow &row, const Survey &survey, const Principal &who)
{
    auto writer = mayWrite(storage, who);
    if (!writer)
        return writer.error();
    if (*writer)
        return true;
    if (row.status != "published")
        return false;
    if (who.role == Role::Erfaringskonsulent)
        return true;
    return inAudience(storage, survey, who);
}

std::string stateOf(const SurveyRow &row, const Survey &survey, int64_t now)
{
    if (row.status != "published")
        return "draft";
    if (row.closedAt != 0 || now >= closesAtMs(survey))
        return "closed";
    return now < opensAtMs(survey) ? "scheduled" : "open";
}

Result<Survey> definitionOf(const SurveyRow &row)
{
    const Json j = Json::parse(row.definition, nullptr, false);
    if (j.is_discarded())
        return Error{"storage_corrupt", "a stored survey is not JSON"};
    return parseDefinition(j);
}

} // namespace medvandrer::server::surveys
