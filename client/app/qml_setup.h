#pragma once

class QQmlEngine;

namespace medvandrer {

// The module's qmldir lives at qrc:/Medvandrer/; Qt 6.4 does not search qrc:/ by default, so files in the
// module's subfolders could not "import Medvandrer" without this.
void setUpEngine(QQmlEngine &engine);

} // namespace medvandrer
