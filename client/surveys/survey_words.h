#pragma once

#include "records/record.h"

#include <QDate>
#include <QString>

namespace medvandrer::surveys {

// The most questions, options and letters a survey may have (docs/protocol.md §4.15).
inline constexpr int maxQuestions = 12;
inline constexpr int maxOptions = 12;
inline constexpr int maxTextAnswerBytes = 500;

// Where a survey is in its life, in words: «Draft», «Opens 3 Dec», «Open until 14 Dec», «Closed».
QString stateWords(const QString &state, const QDate &opensOn, const QDate &closesOn);
// The state as the server said it when listed, moved on by today's date while the device is offline.
QString stateToday(const QString &listedState, const QDate &opensOn, const QDate &closesOn, const QDate &today);
// «0 to 10», «One choice», «Several choices», «Short text».
QString typeWords(const QString &type);
// What keeps a draft from being saved, in words, or empty (the server's rules, checked before sending).
QString draftProblem(const Json &definition);
// A survey request's refusal (its error code) in words for the person.
QString refusalWords(const QString &code, const QString &message);

} // namespace medvandrer::surveys
