#pragma once

namespace medvandrer {

class SurveyManager;

// Surveys for screenshots and the self-test without a server (an open one to answer, a closed one with results,
// a draft), as the server would list them; koordinator = the koordinator's view (publish, close).
void seedSurveyDemo(SurveyManager &surveys, bool koordinator);

} // namespace medvandrer
