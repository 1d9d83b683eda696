#pragma once

#include <QString>

#include <vector>

namespace medvandrer {

// A number the plan for hard days always shows, whatever the person wrote or whether they are signed in.
struct EmergencyNumber
{
    QString number;  // as it is said and shown: "116 117"
    QString dial;    // as it is dialled: "116117"
    QString name;    // what it is for, translated
    QString detail;  // when to call, translated
    QString source;  // where the number was checked
};

// The one list of emergency numbers in the app (docs/architecture.md, «Emergency numbers», says the same).
std::vector<EmergencyNumber> emergencyNumbers();
// The day the numbers and their sources were last checked.
QString emergencyNumbersCheckedOn();
// "tel:" and the digits (and a leading +) of a phone number as a person typed it; empty if there are none.
QString telUrl(const QString &phone);

} // namespace medvandrer
