#pragma once

#include <cstdint>
#include <string>

namespace medvandrer::server {

// A survey as stored: its definition (JSON text, docs/protocol.md §4.15) and where it is in its life. Surveys
// are the team's, not anyone's data: who created one is kept so the team knows whom to ask.
struct SurveyRow
{
    std::string id;
    std::string definition; // JSON: title, intro, opensOn, closesOn, audience, activityId, questions
    std::string status;     // "draft" | "published"
    int64_t revision = 0;   // +1 at each save; a save names the revision it edits
    std::string createdBy;
    int64_t closedAt = 0; // set when a koordinator closes it early; 0 = closes on its closesOn date
};

// One person's answers to a survey before publication: no account, device, address or time; a random id only.
struct PendingSurveyAnswer
{
    std::string id;
    std::string surveyId;
    std::string body; // JSON object: question id → answer (free text included, until published)
};

// A published free-text answer: alone, never beside the other answers of the same person.
struct PublishedSurveyText
{
    std::string id;
    std::string surveyId;
    std::string questionId;
    std::string text;
};

} // namespace medvandrer::server
