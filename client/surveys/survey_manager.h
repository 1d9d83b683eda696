#pragma once

#include "core/qt_records.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

namespace medvandrer {

class DeviceStore;
struct RecordEvent;

// «Spør brukerne» on the device (docs/protocol.md §4.15): the surveys this person may see, kept from the last
// listing (encrypted with the store) so one can be read and answered offline; answers as survey_answer pushes
// through the outbox, once; drafting and editing for writers, publishing, closing and brukerrepresentanter for a
// koordinator; results for everyone the server shows them to, and their HTML export. Requests go through the
// DeviceStore to the sync client on the store thread; this object only keeps what came back.
class SurveyManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantList surveys READ surveys NOTIFY listChanged)
    // "", "loading", "ready", "offline" (showing the kept listing) or "error".
    Q_PROPERTY(QString listState READ listState NOTIFY listChanged)
    // «Updated 1 Dec at 13:30», from the kept listing; empty before the first.
    Q_PROPERTY(QString listedText READ listedText NOTIFY listChanged)
    Q_PROPERTY(bool writer READ writer NOTIFY listChanged)
    Q_PROPERTY(bool koordinator READ koordinator NOTIFY listChanged)
    // Open surveys this person has not answered yet (for the link on «Me»).
    Q_PROPERTY(int openToAnswer READ openToAnswer NOTIFY listChanged)
    Q_PROPERTY(QVariantMap results READ results NOTIFY resultsChanged)
    // "", "loading", "ready", "offline" or "error".
    Q_PROPERTY(QString resultsState READ resultsState NOTIFY resultsChanged)
    // The draft in the editor: the definition (title, intro, opensOn, closesOn, audience, activityId, questions).
    Q_PROPERTY(QVariantMap editing READ editing NOTIFY editingChanged)
    Q_PROPERTY(bool editingIsNew READ editingIsNew NOTIFY editingChanged)
    // "", "saving", "saved" or "error" (then `message` says why).
    Q_PROPERTY(QString editingState READ editingState NOTIFY editingChanged)
    // A draft whose words were never saved to the server (the app closed, or it was offline): its title, or empty.
    Q_PROPERTY(QString unsavedDraftTitle READ unsavedDraftTitle NOTIFY listChanged)
    Q_PROPERTY(QVariantList writers READ writers NOTIFY writersChanged)
    Q_PROPERTY(QString writersState READ writersState NOTIFY writersChanged)
    // Activities a survey can be for (id, title), from the calendar on the device.
    Q_PROPERTY(QVariantList activities READ activities NOTIFY listChanged)
    // The last outcome in words (saved, published, refused, …); empty when there is nothing to say.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
public:
    explicit SurveyManager(QObject *parent);

    void setDeviceStore(DeviceStore *store);
    static void setInstance(SurveyManager *instance);
    static SurveyManager *create(QQmlEngine *, QJSEngine *);
    static SurveyManager *ensureInstance(DeviceStore *store);

    QVariantList surveys() const;
    QString listState() const { return m_listState; }
    QString listedText() const;
    bool writer() const;
    bool koordinator() const;
    int openToAnswer() const;
    QVariantMap results() const { return m_results; }
    QString resultsState() const { return m_resultsState; }
    QVariantMap editing() const { return toVariant(m_editing).toMap(); }
    bool editingIsNew() const { return m_editingRevision == 0; }
    QString editingState() const { return m_editingState; }
    QVariantList writers() const { return m_writers; }
    QString writersState() const { return m_writersState; }
    QVariantList activities() const;
    QString message() const { return m_message; }

    // Asks the server for the surveys (the kept listing stays on show meanwhile, and offline).
    Q_INVOKABLE void refresh();
    // One survey as the list shows it (empty when unknown).
    Q_INVOKABLE QVariantMap survey(const QString &id) const;
    // The first survey for a purpose: "answer" (open, not answered), "results", "edit" (a draft), or any.
    Q_INVOKABLE QString firstSurvey(const QString &purpose) const;

    // Answering: what the person has chosen so far (kept on the device until sent), question id → answer.
    Q_INVOKABLE QVariantMap answersSoFar(const QString &surveyId) const;
    // An answer to one question (a number, an index, a list of indexes, a text); null or undefined skips it.
    Q_INVOKABLE void setAnswer(const QString &surveyId, const QString &questionId, const QVariant &value);
    // How much more a free-text answer may hold (negative: too long), in bytes as the server counts.
    Q_INVOKABLE int textRoomLeft(const QString &text) const;
    // Sends what was chosen (skipped questions left out) through the outbox; false (and a message) if not.
    Q_INVOKABLE bool submitAnswers(const QString &surveyId);

    // Writing: a new draft, or a copy of an existing one to edit.
    Q_INVOKABLE void startNew();
    Q_INVOKABLE bool startEditing(const QString &surveyId);
    // title, intro, opensOn, closesOn (YYYY-MM-DD), audience ("everyone" | "activity"), activityId.
    Q_INVOKABLE void setDraftField(const QString &field, const QVariant &value);
    // "scale", "one", "several" or "text"; false when there are 12 already.
    Q_INVOKABLE bool addQuestion(const QString &type);
    Q_INVOKABLE void removeQuestion(int index);
    Q_INVOKABLE void moveQuestion(int index, int delta);
    // text, low, high (typing: no editingChanged, so the field keeps its cursor).
    Q_INVOKABLE void setQuestionField(int index, const QString &field, const QString &value);
    Q_INVOKABLE void setOption(int index, int option, const QString &text);
    Q_INVOKABLE bool addOption(int index);
    Q_INVOKABLE void removeOption(int index, int option);
    // «0 to 10», «One choice», … for a question type.
    Q_INVOKABLE QString typeWords(const QString &type) const;
    // What keeps the draft from being saved, in words; empty when it may be saved.
    Q_INVOKABLE QString draftProblem() const;
    Q_INVOKABLE void saveDraft();
    // The unsaved draft back in the editor (true), or nothing kept (false); or forgotten at the person's word.
    Q_INVOKABLE bool resumeDraft();
    Q_INVOKABLE void discardUnsavedDraft();
    QString unsavedDraftTitle() const;

    // Koordinator.
    Q_INVOKABLE void publish(const QString &surveyId);
    Q_INVOKABLE void close(const QString &surveyId);
    Q_INVOKABLE void refreshWriters();
    Q_INVOKABLE void setWriter(const QString &accountId, bool writer);

    // Results: all the published answers, or only the people who chose `option` in the choice question.
    Q_INVOKABLE void loadResults(const QString &surveyId, const QString &filterQuestion = {}, int option = -1);
    // The shown results as HTML, and written to a file the person chose; exportFinished() follows.
    Q_INVOKABLE QString resultsHtml() const;
    Q_INVOKABLE void exportResultsTo(const QUrl &file);
    Q_INVOKABLE QUrl defaultExportFolder() const;
    Q_INVOKABLE QString defaultExportName() const;
    Q_INVOKABLE void clearMessage();

    // Screenshots and the self-test without a server: a listing and results as the server would send them.
    void setDemo(const Json &listing, const std::map<std::string, Json> &results);

Q_SIGNALS:
    void listChanged();
    void resultsChanged();
    void editingChanged();
    void writersChanged();
    void messageChanged();
    // Something to tell the person now (Main.qml shows it as a notice).
    void notice(const QString &message);
    void exportFinished(bool ok, const QString &path, const QString &message);

private:
    void onAnswer(const QString &tag, const QByteArray &body);
    void onFailure(const QString &tag, const QString &code, const QString &message);
    void onRecordsUpdated(const std::vector<RecordEvent> &events);
    void onChangesRejected(const QString &message);
    void send(const QString &tag, Json frame);
    void readCache();
    void keepCache();
    void setMessage(const QString &message, bool tell = false);
    const Json *listed(const QString &id) const;
    // A survey_answer of mine for this survey is on the device (sent or waiting in the outbox).
    bool answeredHere(const QString &surveyId) const;
    void explainRejectedAnswers();
    QString accountId() const;

    QPointer<DeviceStore> m_store;
    Json m_listing = Json::object(); // the last `surveys` reply
    qint64 m_listedAtMs = 0;
    QString m_listState;
    // Only the newest listing and results request counts: an older reply still on its way is dropped.
    quint64 m_listSerial = 0;
    quint64 m_resultsSerial = 0;
    Json m_answersSoFar = Json::object(); // survey id → {question id → answer}
    // Answers handed to the store and not yet in its snapshot, by ticket: the survey counts as answered meanwhile
    // (no second send), and a write the store refuses gives the person their choices back.
    struct Submitting
    {
        QString surveyId;
        Json chosen;
    };
    QHash<quint64, Submitting> m_submitting;
    QTimer m_keepSoon;
    bool m_cacheRead = false;
    QStringList m_rejectedSurveys; // answers the server refused: explained after the next listing
    QString m_rejectedCode;
    QVariantMap m_results;
    QString m_resultsState;
    QString m_resultsId;
    Json m_editing = Json::object();
    qint64 m_editingRevision = 0;
    QString m_editingState;
    // The editor holds words not yet on the server; and an unsaved draft read back from the phone, not yet resumed.
    bool m_draftDirty = false;
    Json m_keptDraft;
    void draftEdited();
    void keepUnsavedEditor();
    QString m_publishing;
    QVariantList m_writers;
    QString m_writersState;
    QString m_message;
    bool m_demo = false;
    std::map<std::string, Json> m_demoResults;
};

} // namespace medvandrer
