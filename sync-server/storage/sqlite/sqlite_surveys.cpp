// SqliteServerStorage: «Spør brukerne». Surveys, writers and the "has answered" marks are in server.db; the
// answers only ever in the attached suggestions.db (schema box), which keeps no write-ahead log and
// overwrites what it deletes.
#include "storage/sqlite/sqlite_server_storage.h"

namespace medvandrer::server {

namespace {

constexpr const char *surveySchema = R"sql(
CREATE TABLE IF NOT EXISTS survey_defs(
    id TEXT PRIMARY KEY, definition TEXT NOT NULL, status TEXT NOT NULL, revision INTEGER NOT NULL,
    created_by TEXT NOT NULL, closed_at INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS survey_writers(account_id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS survey_marks(
    survey_id TEXT NOT NULL, account_id TEXT NOT NULL, change_hash TEXT NOT NULL, PRIMARY KEY(survey_id, account_id))
    WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS survey_marks_account ON survey_marks(account_id);
CREATE TABLE IF NOT EXISTS box.survey_inbox(id TEXT PRIMARY KEY, survey_id TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS box.survey_responses(id TEXT PRIMARY KEY, survey_id TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS box.survey_answer_keys(key_hash TEXT PRIMARY KEY, survey_id TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS box.survey_texts(
    id TEXT PRIMARY KEY, survey_id TEXT NOT NULL, question_id TEXT NOT NULL, text TEXT NOT NULL) WITHOUT ROWID;
)sql";

std::string jsonArray(const std::vector<std::string> &ids)
{
    return Json(ids).dump();
}

SurveyRow surveyRow(const Statement &r)
{
    return SurveyRow{r.text(0), r.text(1), r.text(2), r.integer(3), r.text(4), r.integer(5)};
}

} // namespace

Status SqliteServerStorage::openSurveySchema()
{
    return m_db->exec(surveySchema);
}

Result<std::optional<SurveyRow>> SqliteServerStorage::survey(const std::string &id)
{
    auto st = m_db->prepare(
        "SELECT id, definition, status, revision, created_by, closed_at FROM survey_defs WHERE id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, id);
    auto rows = (*st)->rows(surveyRow);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<SurveyRow>();
    return std::optional<SurveyRow>(std::move(rows->front()));
}

Result<std::vector<SurveyRow>> SqliteServerStorage::surveys()
{
    auto st = m_db->prepare(
        "SELECT id, definition, status, revision, created_by, closed_at FROM survey_defs ORDER BY id");
    if (!st)
        return st.error();
    return (*st)->rows(surveyRow);
}

Status SqliteServerStorage::saveSurvey(const SurveyRow &s)
{
    auto st = m_db->prepare(
        "INSERT INTO survey_defs(id, definition, status, revision, created_by, closed_at) "
        "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET definition = excluded.definition, "
        "status = excluded.status, revision = excluded.revision, closed_at = excluded.closed_at");
    if (!st)
        return st.error();
    return (*st)
        ->bind(1, s.id)
        .bind(2, s.definition)
        .bind(3, s.status)
        .bind(4, s.revision)
        .bind(5, s.createdBy)
        .bind(6, s.closedAt)
        .run();
}

Result<bool> SqliteServerStorage::isSurveyWriter(const std::string &accountId)
{
    auto st = m_db->prepare("SELECT 1 FROM survey_writers WHERE account_id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, accountId);
    auto rows = (*st)->rows([](const Statement &) { return 1; });
    if (!rows)
        return rows.error();
    return !rows->empty();
}

Status SqliteServerStorage::setSurveyWriter(const std::string &accountId, bool writer)
{
    auto st = m_db->prepare(writer ? "INSERT OR IGNORE INTO survey_writers(account_id) VALUES(?)"
                                   : "DELETE FROM survey_writers WHERE account_id = ?");
    if (!st)
        return st.error();
    return (*st)->bind(1, accountId).run();
}

Result<std::vector<std::string>> SqliteServerStorage::surveyWriters()
{
    auto st = m_db->prepare("SELECT account_id FROM survey_writers ORDER BY account_id");
    if (!st)
        return st.error();
    return (*st)->rows([](const Statement &r) { return r.text(0); });
}

Result<std::optional<std::string>> SqliteServerStorage::answerMark(const std::string &surveyId,
                                                                   const std::string &accountId)
{
    auto st = m_db->prepare("SELECT change_hash FROM survey_marks WHERE survey_id = ? AND account_id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, surveyId).bind(2, accountId);
    auto rows = (*st)->rows([](const Statement &r) { return r.text(0); });
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<std::string>();
    return std::optional<std::string>(rows->front());
}

Status SqliteServerStorage::markAnswered(const std::string &surveyId, const std::string &accountId,
                                         const std::string &changeHash)
{
    auto st = m_db->prepare("INSERT INTO survey_marks(survey_id, account_id, change_hash) VALUES(?, ?, ?)");
    if (!st)
        return st.error();
    return (*st)->bind(1, surveyId).bind(2, accountId).bind(3, changeHash).run();
}

Result<std::vector<std::string>> SqliteServerStorage::surveysAnsweredBy(const std::string &accountId)
{
    auto st = m_db->prepare("SELECT survey_id FROM survey_marks WHERE account_id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, accountId);
    return (*st)->rows([](const Statement &r) { return r.text(0); });
}

Status SqliteServerStorage::rewriteAnswerMarks(const std::string &)
{
    // A WITHOUT ROWID table keeps rows in key order: nothing of when a mark was written is left to rewrite.
    return {};
}

Status SqliteServerStorage::rewriteAnswerKeys(const std::string &)
{
    // WITHOUT ROWID, in key order (a keyed hash): the table says nothing of the order the keys came in.
    return {};
}

Result<bool> SqliteServerStorage::storeAnswerOnce(const std::string &keyHash, const PendingSurveyAnswer &answer)
{
    auto key = m_db->prepare("INSERT OR IGNORE INTO box.survey_answer_keys(key_hash, survey_id) VALUES(?, ?)");
    if (!key)
        return key.error();
    if (Status s = (*key)->bind(1, keyHash).bind(2, answer.surveyId).run(); !s)
        return s.error();
    if (m_db->changes() == 0)
        return false;
    auto st = m_db->prepare("INSERT INTO box.survey_inbox(id, survey_id, body) VALUES(?, ?, ?)");
    if (!st)
        return st.error();
    if (Status s = (*st)->bind(1, answer.id).bind(2, answer.surveyId).bind(3, answer.body).run(); !s)
        return s.error();
    return true;
}

Result<std::vector<PendingSurveyAnswer>> SqliteServerStorage::pendingAnswers(const std::string &surveyId)
{
    auto st = m_db->prepare(
        "SELECT id, survey_id, body FROM box.survey_inbox WHERE survey_id = ? ORDER BY random()");
    if (!st)
        return st.error();
    (*st)->bind(1, surveyId);
    return (*st)->rows([](const Statement &r) {
        return PendingSurveyAnswer{r.text(0), r.text(1), r.text(2)};
    });
}

Result<std::vector<std::string>> SqliteServerStorage::surveysWithPendingAnswers()
{
    auto st = m_db->prepare("SELECT DISTINCT survey_id FROM box.survey_inbox");
    if (!st)
        return st.error();
    return (*st)->rows([](const Statement &r) { return r.text(0); });
}

Status SqliteServerStorage::publishAnswers(const std::vector<std::string> &pendingIds,
                                           const std::vector<PendingSurveyAnswer> &responses,
                                           const std::vector<PublishedSurveyText> &texts)
{
    auto del = m_db->prepare("DELETE FROM box.survey_inbox WHERE id IN (SELECT value FROM json_each(?))");
    if (!del)
        return del.error();
    if (Status s = (*del)->bind(1, jsonArray(pendingIds)).run(); !s)
        return s;
    auto resp = m_db->prepare("INSERT INTO box.survey_responses(id, survey_id, body) VALUES(?, ?, ?)");
    if (!resp)
        return resp.error();
    for (const auto &r : responses) {
        if (Status s = (*resp)->bind(1, r.id).bind(2, r.surveyId).bind(3, r.body).run(); !s)
            return s;
    }
    auto text =
        m_db->prepare("INSERT INTO box.survey_texts(id, survey_id, question_id, text) VALUES(?, ?, ?, ?)");
    if (!text)
        return text.error();
    for (const auto &t : texts) {
        if (Status s = (*text)->bind(1, t.id).bind(2, t.surveyId).bind(3, t.questionId).bind(4, t.text).run();
            !s)
            return s;
    }
    return {};
}

Result<std::vector<std::string>> SqliteServerStorage::publishedResponses(const std::string &surveyId)
{
    auto st = m_db->prepare("SELECT body FROM box.survey_responses WHERE survey_id = ?");
    if (!st)
        return st.error();
    (*st)->bind(1, surveyId);
    return (*st)->rows([](const Statement &r) { return r.text(0); });
}

Result<std::vector<PublishedSurveyText>> SqliteServerStorage::publishedTexts(const std::string &surveyId)
{
    auto st =
        m_db->prepare("SELECT id, survey_id, question_id, text FROM box.survey_texts WHERE survey_id = ? "
                      "ORDER BY random()");
    if (!st)
        return st.error();
    (*st)->bind(1, surveyId);
    return (*st)->rows([](const Statement &r) {
        return PublishedSurveyText{r.text(0), r.text(1), r.text(2), r.text(3)};
    });
}

Status SqliteServerStorage::scrubSurveyAnswers()
{
    // secure_delete is on for both files and suggestions.db deletes its journal at each commit.
    return {};
}

} // namespace medvandrer::server
