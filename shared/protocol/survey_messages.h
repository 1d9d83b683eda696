#pragma once

#include <string_view>

// Message types and codes of «Spør brukerne» (docs/protocol.md §4.15, §10.4).
namespace medvandrer::protocol::survey {

namespace type {
// client → server
inline constexpr std::string_view list = "survey_list";
inline constexpr std::string_view save = "survey_save";
inline constexpr std::string_view publish = "survey_publish";
inline constexpr std::string_view close = "survey_close";
inline constexpr std::string_view results = "survey_results";
inline constexpr std::string_view listWriters = "list_survey_writers";
inline constexpr std::string_view setWriter = "set_survey_writer";
// server → client
inline constexpr std::string_view surveys = "surveys";
inline constexpr std::string_view saved = "survey_saved";
inline constexpr std::string_view resultsReply = "survey_results";
inline constexpr std::string_view writers = "survey_writers";
} // namespace type

namespace errc {
inline constexpr std::string_view invalid = "survey_invalid";   // the definition breaks a rule (§4.15)
inline constexpr std::string_view conflict = "survey_conflict"; // saved from an older revision than stored
inline constexpr std::string_view notDraft =
    "survey_not_draft";                                        // published: no longer editable or publishable
inline constexpr std::string_view notOpen = "survey_not_open"; // an answer to a draft or before its open date
inline constexpr std::string_view closed =
    "survey_closed"; // an answer after the close date or an early close
inline constexpr std::string_view alreadyAnswered =
    "survey_already_answered"; // this account answered (another change)
inline constexpr std::string_view answerInvalid =
    "survey_answer_invalid"; // an answer that does not fit its question
} // namespace errc

inline bool isRequest(std::string_view t)
{
    for (auto k : {type::list, type::save, type::publish, type::close, type::results, type::listWriters,
                   type::setWriter}) {
        if (t == k)
            return true;
    }
    return false;
}

} // namespace medvandrer::protocol::survey
