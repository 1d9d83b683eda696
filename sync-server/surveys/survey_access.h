#pragma once

#include "core/result.h"
#include "scope/scope_policy.h"
#include "storage/server_storage.h"
#include "surveys/survey_definition.h"

#include <string>

namespace medvandrer::server::surveys {

// Who does what with a survey (docs/protocol.md §7): koordinatorer and brukerrepresentanter draft,
// koordinatorer publish and close; brukere in the audience answer; the team and the audience read results.
Result<bool> mayWrite(ServerStorage &storage, const Principal &who);
// A bruker, and for an activity's survey one booked on it (confirmed or attended).
Result<bool> inAudience(ServerStorage &storage, const Survey &survey, const Principal &who);
// Drafts: writers only. Published: the team (koordinatorer, erfaringskonsulenter), writers and the audience.
Result<bool> maySee(ServerStorage &storage, const SurveyRow &row, const Survey &survey, const Principal &who);

// "draft", "scheduled" (published, before its open date), "open" or "closed".
std::string stateOf(const SurveyRow &row, const Survey &survey, int64_t now);

// The stored definition, parsed (it was checked when saved).
Result<Survey> definitionOf(const SurveyRow &row);

} // namespace medvandrer::server::surveys
