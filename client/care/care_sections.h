#pragma once

#include <QString>

#include <string_view>
#include <vector>

namespace medvandrer {

// The sections of the plan for hard days and «Om meg» for C++ (the export page), in the order and with the words
// qml/care/CareNav.qml shows: the titles are CareNav's own messages, so they are translated once, there.
struct CareSection
{
    const char *field;
    const char *title; // untranslated; careTitle() gives it in the chosen language
};

// kind: "plan" or "about"; empty for anything else.
const std::vector<CareSection> &careSections(std::string_view kind);
QString careTitle(const char *title);
// The page titles ("My plan for hard days", "About me") and the word for a ticked toggle.
QString carePageTitle(std::string_view kind);
QString careYes();

} // namespace medvandrer
