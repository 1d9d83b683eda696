#pragma once

#include "core/result.h"
#include "records/record.h"

namespace medvandrer {

// Wire and storage form of a record:
// {"id":"…","kind":"goal","owner":"…","origin":"…","fields":{"title":{"v":"…","t":"<hlc>"}},"deleted":"<hlc>"}
Json recordToJson(const Record &record);
// The same record as text, byte for byte recordToJson(record).dump(-1, ' ', false, replace) (invalid UTF-8 becomes
// U+FFFD), written straight into out without building the tree: the server writes one per stored or sent record.
void appendRecordJson(std::string &out, const Record &record);
std::string recordJsonText(const Record &record);
// Parses untrusted JSON into a record: wrong types are errors, unknown keys are ignored.
Result<Record> recordFromJson(const Json &json);

// {"changeId":"…","record":{…}}
Json changeToJson(const Change &change);
Result<Change> changeFromJson(const Json &json);

} // namespace medvandrer
