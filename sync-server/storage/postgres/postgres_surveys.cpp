// PostgresServerStorage: «Spør brukerne». Surveys, writers and the "has answered" marks are in schema public;
// the answers only in schema box, written in transactions that hold nothing else: rows inserted together
// share their xmin, so an answer row never shares one with anything that names an account.
#include "storage/postgres/postgres_server_storage.h"

namespace medvandrer::server {

namespace {

Result<std::vector<SurveyRow>> readSurveys(Result<PgRows> rows)
{
    if (!rows)
        return rows.error();
    std::vector<SurveyRow> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(SurveyRow{rows->text(i, 0), rows->text(i, 1), rows->text(i, 2), rows->integer(i, 3),
                                rows->text(i, 4), rows->integer(i, 5)});
    return out;
}

Result<std::vector<std::string>> firstColumn(Result<PgRows> rows)
{
    if (!rows)
        return rows.error();
    std::vector<std::string> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(rows->text(i, 0));
    return out;
}

} // namespace

const std::string &PostgresServerStorage::surveySchema()
{
    static const std::string sql = R"sql(
CREATE TABLE survey_defs(
    id TEXT PRIMARY KEY, definition TEXT NOT NULL, status TEXT NOT NULL, revision BIGINT NOT NULL,
    created_by TEXT NOT NULL, closed_at BIGINT NOT NULL);
CREATE TABLE survey_writers(account_id TEXT PRIMARY KEY);
CREATE TABLE survey_marks(
    survey_id TEXT NOT NULL, account_id TEXT NOT NULL, change_hash TEXT NOT NULL, PRIMARY KEY(survey_id, account_id));
CREATE INDEX survey_marks_account ON survey_marks(account_id);
CREATE TABLE box.survey_inbox(id TEXT PRIMARY KEY, survey_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE box.survey_responses(id TEXT PRIMARY KEY, survey_id TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE box.survey_texts(id TEXT PRIMARY KEY, survey_id TEXT NOT NULL, question_id TEXT NOT NULL, text TEXT NOT NULL);
)sql";
    return sql;
}

Result<std::optional<SurveyRow>> PostgresServerStorage::survey(const std::string &id)
{
    auto rows = readSurveys(m_db->query(
        "SELECT id, definition, status, revision, created_by, closed_at FROM survey_defs WHERE id = $1",
        {id}));
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<SurveyRow>();
    return std::optional<SurveyRow>(std::move(rows->front()));
}

Result<std::vector<SurveyRow>> PostgresServerStorage::surveys()
{
    return readSurveys(
        m_db->query("SELECT id, definition, status, revision, created_by, closed_at FROM survey_defs "
                    "ORDER BY id COLLATE \"C\""));
}

Status PostgresServerStorage::saveSurvey(const SurveyRow &s)
{
    return m_db->run(
        "INSERT INTO survey_defs(id, definition, status, revision, created_by, closed_at) "
        "VALUES($1, $2, $3, $4, $5, $6) ON CONFLICT(id) DO UPDATE SET definition = excluded.definition, "
        "status = excluded.status, revision = excluded.revision, closed_at = excluded.closed_at",
        {s.id, s.definition, s.status, pgInt(s.revision), s.createdBy, pgInt(s.closedAt)});
}

Result<bool> PostgresServerStorage::isSurveyWriter(const std::string &accountId)
{
    auto rows = m_db->query("SELECT 1 FROM survey_writers WHERE account_id = $1", {accountId});
    if (!rows)
        return rows.error();
    return rows->size() > 0;
}

Status PostgresServerStorage::setSurveyWriter(const std::string &accountId, bool writer)
{
    return m_db->run(writer ? "INSERT INTO survey_writers(account_id) VALUES($1) ON CONFLICT DO NOTHING"
                            : "DELETE FROM survey_writers WHERE account_id = $1",
                     {accountId});
}

Result<std::vector<std::string>> PostgresServerStorage::surveyWriters()
{
    return firstColumn(
        m_db->query("SELECT account_id FROM survey_writers ORDER BY account_id COLLATE \"C\""));
}

Result<std::optional<std::string>> PostgresServerStorage::answerMark(const std::string &surveyId,
                                                                     const std::string &accountId)
{
    auto rows = m_db->query("SELECT change_hash FROM survey_marks WHERE survey_id = $1 AND account_id = $2",
                            {surveyId, accountId});
    if (!rows)
        return rows.error();
    if (rows->size() == 0)
        return std::optional<std::string>();
    return std::optional<std::string>(rows->text(0, 0));
}

Status PostgresServerStorage::markAnswered(const std::string &surveyId, const std::string &accountId,
                                           const std::string &changeHash)
{
    return m_db->run("INSERT INTO survey_marks(survey_id, account_id, change_hash) VALUES($1, $2, $3)",
                     {surveyId, accountId, changeHash});
}

Result<std::vector<std::string>> PostgresServerStorage::surveysAnsweredBy(const std::string &accountId)
{
    return firstColumn(m_db->query("SELECT survey_id FROM survey_marks WHERE account_id = $1", {accountId}));
}

Status PostgresServerStorage::rewriteAnswerMarks(const std::string &surveyId)
{
    // Each mark's xmin would say which transaction wrote it, next to the transaction that stored its answers:
    // a new row version for all of them at once leaves one xmin for the whole survey (the old versions go at
    // the scrub).
    return m_db->run("UPDATE survey_marks SET account_id = account_id WHERE survey_id = $1", {surveyId});
}

Status PostgresServerStorage::rewriteAnswerKeys(const std::string &surveyId)
{
    // Like the marks: the keys of a published batch no longer keep the transactions their answers came in.
    return m_db->run("UPDATE box.survey_answer_keys SET survey_id = survey_id WHERE survey_id = $1", {surveyId});
}

Result<bool> PostgresServerStorage::storeAnswerOnce(const std::string &keyHash, const PendingSurveyAnswer &answer)
{
    // Another instance storing the same key waits here for that one's commit, then inserts nothing.
    auto key = m_db->query("INSERT INTO box.survey_answer_keys(key_hash, survey_id) VALUES($1, $2) "
                           "ON CONFLICT DO NOTHING RETURNING 1",
                           {keyHash, answer.surveyId});
    if (!key)
        return key.error();
    if (key->size() == 0)
        return false;
    if (Status s = m_db->run("INSERT INTO box.survey_inbox(id, survey_id, body) VALUES($1, $2, $3)",
                             {answer.id, answer.surveyId, answer.body});
        !s)
        return s.error();
    return true;
}

Result<std::vector<PendingSurveyAnswer>> PostgresServerStorage::pendingAnswers(const std::string &surveyId)
{
    auto rows =
        m_db->query("SELECT id, survey_id, body FROM box.survey_inbox WHERE survey_id = $1 ORDER BY random() FOR UPDATE",
                    {surveyId});
    if (!rows)
        return rows.error();
    std::vector<PendingSurveyAnswer> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(PendingSurveyAnswer{rows->text(i, 0), rows->text(i, 1), rows->text(i, 2)});
    return out;
}

Result<std::vector<std::string>> PostgresServerStorage::surveysWithPendingAnswers()
{
    return firstColumn(m_db->query("SELECT DISTINCT survey_id FROM box.survey_inbox"));
}

Status PostgresServerStorage::publishAnswers(const std::vector<std::string> &pendingIds,
                                             const std::vector<PendingSurveyAnswer> &responses,
                                             const std::vector<PublishedSurveyText> &texts)
{
    if (Status s =
            m_db->run("DELETE FROM box.survey_inbox WHERE id = ANY($1::text[])", {pgTextArray(pendingIds)});
        !s)
        return s;
    for (const auto &r : responses) {
        if (Status s = m_db->run("INSERT INTO box.survey_responses(id, survey_id, body) VALUES($1, $2, $3)",
                                 {r.id, r.surveyId, r.body});
            !s)
            return s;
    }
    for (const auto &t : texts) {
        if (Status s = m_db->run(
                "INSERT INTO box.survey_texts(id, survey_id, question_id, text) VALUES($1, $2, $3, $4)",
                {t.id, t.surveyId, t.questionId, t.text});
            !s)
            return s;
    }
    return {};
}

Result<std::vector<std::string>> PostgresServerStorage::publishedResponses(const std::string &surveyId)
{
    return firstColumn(m_db->query("SELECT body FROM box.survey_responses WHERE survey_id = $1", {surveyId}));
}

Result<std::vector<PublishedSurveyText>> PostgresServerStorage::publishedTexts(const std::string &surveyId)
{
    auto rows =
        m_db->query("SELECT id, survey_id, question_id, text FROM box.survey_texts WHERE survey_id = $1 "
                    "ORDER BY random()",
                    {surveyId});
    if (!rows)
        return rows.error();
    std::vector<PublishedSurveyText> out;
    for (int i = 0; i < rows->size(); ++i)
        out.push_back(
            PublishedSurveyText{rows->text(i, 0), rows->text(i, 1), rows->text(i, 2), rows->text(i, 3)});
    return out;
}

Status PostgresServerStorage::scrubSurveyAnswers()
{
    // Dead row versions (the inbox rows just published, the marks just rewritten) keep their xmin in the
    // table files until vacuumed.
    return m_db->script("VACUUM box.survey_inbox, box.survey_answer_keys, survey_marks");
}

} // namespace medvandrer::server
