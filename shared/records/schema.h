#pragma once

#include "core/result.h"
#include "records/record.h"

#include <string>
#include <string_view>
#include <vector>

namespace medvandrer {

namespace kinds {
inline constexpr std::string_view goal = "goal";             // recoverymål
inline constexpr std::string_view step = "step";             // delmål / tiltak
inline constexpr std::string_view checkIn = "checkin";       // "how is it going", 0–10
inline constexpr std::string_view reflection = "reflection"; // private note
inline constexpr std::string_view activity = "activity";     // aktivitetskalender entry
inline constexpr std::string_view booking = "booking";       // a seat request for one session
inline constexpr std::string_view consent = "consent";       // a goal shared with a named helper
inline constexpr std::string_view comment = "comment";       // helper or person commenting on a goal
inline constexpr std::string_view suggestion = "suggestion"; // forslagskasse, anonymous
inline constexpr std::string_view answer = "answer";         // «Du sa – vi gjorde»: a koordinator answers the forslagskasse
inline constexpr std::string_view plan = "plan";             // «Min plan for tunge dager»: the person's plan for hard days
inline constexpr std::string_view about = "about";           // «Om meg»: told once, shared with chosen helpers
inline constexpr std::string_view snapshot = "snapshot";     // a plan or «Om meg» as one save left it (its history)
inline constexpr std::string_view surveyAnswer = "survey_answer"; // «Spør brukerne»: one person's answers, anonymous
} // namespace kinds

// Kinds whose records are their own sharing scope: a consent's goalId may name one, and everything a grant on it
// covers carries its id as scope (a goal's steps, check-ins and comments; a plan or «Om meg» is alone in its scope).
bool isScopeRoot(std::string_view kind);

enum class FieldType { String, Bool, Int, Number, Date, DateTime, Uuid, Enum, StringList };

struct FieldSpec
{
    std::string name;
    FieldType type = FieldType::String;
    bool required = false;  // must be present when the record is created
    bool nullable = false;  // null is a valid value ("no target date")
    bool immutable = false; // set at creation, never changed (e.g. the goal a step belongs to)
    int64_t min = 0;        // Int: lowest value; String: shortest length
    int64_t max = 0;        // Int: highest value; String / StringList: longest length / count (0 = default cap)
    std::vector<std::string> values; // Enum / StringList: the allowed values (empty = any string)
};

struct KindSpec
{
    std::string kind;
    bool appendOnly = false; // written once (check-ins, comments): never edited, so never in conflict
    std::vector<FieldSpec> fields;

    const FieldSpec *field(std::string_view name) const;
};

const std::vector<KindSpec> &allKinds();
const KindSpec *kindSpec(std::string_view kind);

// Limits that keep one record from filling a disk or a socket.
inline constexpr size_t maxFieldsPerRecord = 64;
inline constexpr size_t maxStringLength = 20000;
inline constexpr size_t maxFieldNameLength = 64;
inline constexpr size_t maxValueDepth = 4;           // a field value nests at most this deep
inline constexpr size_t maxValueElements = 100;      // entries in one array or object value
inline constexpr size_t maxRecordBytes = 256 * 1024; // a record's content, after merging
// The plan for hard days and «Om meg»: a section's text, contacts per list (each "name<TAB>phone", ≤ 100 bytes),
// and a snapshot's body (the saved fields as JSON text: every section full still fits).
inline constexpr int64_t planTextMax = 4000;
inline constexpr int64_t planContactsMax = 12;
inline constexpr int64_t snapshotBodyMax = 64000;
// A survey answer's answers: a JSON object as text (12 questions, free text ≤ 500 characters each).
inline constexpr int64_t surveyAnswersMax = 16000;

// Checks an untrusted value's shape: depth, element counts and string lengths. Cheap and non-recursive
// beyond maxValueDepth, so a hostile value cannot exhaust the stack.
Status checkValueBounds(const Json &value, const std::string &field);
// Approximate stored size of a value (its text length for strings).
size_t valueBytes(const Json &value);

// Checks a change against the schema and, if the record exists, against what may change
// (immutable fields, append-only kinds, kind and owner). Unknown fields are tolerated within limits,
// so a newer client can talk to an older peer.
Status validateChange(const Record &patch, const Record *existing);

// Checks one value against its field spec; used by validateChange and by the app before writing.
Status validateValue(const FieldSpec &spec, const Json &value);

} // namespace medvandrer
