#pragma once

#include "core/result.h"
#include "records/record.h"

#include <cstdint>
#include <string>
#include <vector>

namespace medvandrer::server::surveys {

// Nothing is shown from fewer answers than this: per question, per filter, and free texts (small-number
// suppression).
inline constexpr int64_t minCount = 5;
inline constexpr size_t maxQuestions = 12;
inline constexpr size_t maxOptions = 12;
inline constexpr size_t freeTextMax = 500;

struct Question
{
    std::string id;   // 1–32 of a–z 0–9 _ -, unique in the survey
    std::string type; // "scale" (0–10), "one", "several", "text"
    std::string text;
    std::string low, high;            // scale: what 0 and 10 mean
    std::vector<std::string> options; // one, several: 2–12 choices; answers name them by index
};

struct Survey
{
    std::string id;
    std::string title;
    std::string intro;
    std::string opensOn,
        closesOn;         // YYYY-MM-DD, Norwegian time; open from the first day's start to the last's end
    std::string audience; // "everyone" (every bruker) or "activity" (brukere booked on activityId)
    std::string activityId;
    std::vector<Question> questions;

    const Question *question(const std::string &id) const;
};

// Checks an untrusted definition (docs/protocol.md §4.15); the error has code survey_invalid and says which
// rule.
Result<Survey> parseDefinition(const Json &json);
Json toJson(const Survey &survey);

// The instants the survey opens and closes (exclusive), from its dates in Norwegian time.
int64_t opensAtMs(const Survey &survey);
int64_t closesAtMs(const Survey &survey);

// One person's answers, checked against the questions: skipped questions are absent. Error code
// survey_answer_invalid.
Result<Json> checkAnswers(const Survey &survey, const Json &answers);

// How many answers wait in the inbox before they are published together (default minCount;
// MEDVANDRER_SURVEY_BATCH overrides it, for tests).
size_t publishBatchSize();

} // namespace medvandrer::server::surveys
