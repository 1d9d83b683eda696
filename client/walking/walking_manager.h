#pragma once

#include "core/qt_records.h"
#include "store/device_store.h"
#include "walking/walking_list_model.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace medvandrer {

class WalkingFiles;

// Walking beside (issue 6): a person shares chosen goals with a named erfaringskonsulent, helpers follow the
// people who share with them and comment, anyone leaves an anonymous suggestion, and the person exports or
// deletes their data. Writes go through the DeviceStore like every edit; requests that are not record pushes
// (list_helpers, the access log, delete account, …) go through the sync client on the store thread.
class WalkingManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // A person quiet longer than this many days is mentioned, kindly, in «mine deltakere». Kept on this device.
    Q_PROPERTY(int quietDays READ quietDays WRITE setQuietDays NOTIFY settingsChanged)
    Q_PROPERTY(bool helpersKnown READ helpersKnown NOTIFY dataChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    // The last outcome for the person (export written, request failed, …); empty when nothing to say.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString lastExportFolder READ lastExportFolder NOTIFY exportFinished)
public:
    explicit WalkingManager(QObject *parent);
    ~WalkingManager() override;

    void setDeviceStore(DeviceStore *store);
    DeviceStore *deviceStore() const { return m_store; }
    static void setInstance(WalkingManager *instance);
    static WalkingManager *create(QQmlEngine *, QJSEngine *);

    int quietDays() const { return m_quietDays; }
    void setQuietDays(int days);
    bool helpersKnown() const { return !m_helpers.isEmpty(); }
    bool isBusy() const { return m_busy; }
    QString message() const { return m_message; }
    QString lastExportFolder() const { return m_lastExportFolder; }

    // The rows one WalkingListModel shows (see WalkingListModel::List).
    QList<QVariantMap> rows(WalkingListModel::List list, const QString &filterId) const;

    // --- the person: consent
    // Asks the server for the team's helpers and keeps the list on the device, so a grant works offline.
    Q_INVOKABLE void refreshHelpers();
    // Shares a goal with a helper at "read" or "comment"; an earlier grant to the same helper is reused.
    // includeNotes: the helper also gets the check-ins' notes (default: the numbers and days only).
    Q_INVOKABLE QString shareGoal(const QString &goalId, const QString &helperId, const QString &level,
                                  bool includeNotes = false);
    Q_INVOKABLE bool setShareNotes(const QString &consentId, bool includeNotes);
    // Helper side: whether the person's grant on this goal includes check-in notes.
    Q_INVOKABLE bool notesShared(const QString &goalId) const;
    Q_INVOKABLE bool setShareLevel(const QString &consentId, const QString &level);
    // Ends a grant; the helper's devices drop the goal at their next sync.
    Q_INVOKABLE bool revokeShare(const QString &consentId);
    // A helper's short code (shown on the helper's phone) → that helper joins the list; answer by signal.
    Q_INVOKABLE void connectByCode(const QString &code);
    // --- the helper
    // The short code a person types to connect to me; answer by signal.
    Q_INVOKABLE void requestConnectCode();
    // --- comments
    Q_INVOKABLE bool canComment(const QString &goalId) const;
    Q_INVOKABLE QString addComment(const QString &goalId, const QString &text, const QString &replyTo = {});
    // --- forslagskasse
    Q_INVOKABLE QStringList suggestionCategories() const;
    Q_INVOKABLE QString writeSuggestion(const QString &category, const QString &text);
    // Koordinator: the published suggestions with counts (small numbers suppressed by the server).
    Q_INVOKABLE void refreshSuggestions();
    Q_INVOKABLE void markSuggestionRead(const QString &suggestionId);
    // «Du sa – vi gjorde»: an answer record everyone reads.
    Q_INVOKABLE QString publishAnswer(const QString &title, const QString &text);
    // --- my data
    Q_INVOKABLE void requestAccessLog();
    // Writes everything I own to folder/medvandrer-export.json and a readable medvandrer-export.html.
    Q_INVOKABLE void exportTo(const QString &folder);
    // The same into a folder the person chose in the platform's folder dialog.
    Q_INVOKABLE void exportToFolderUrl(const QUrl &folder) { exportTo(folder.toLocalFile()); }
    // Where the folder dialog opens: the Documents folder, made if it does not exist yet.
    Q_INVOKABLE QUrl exportStartFolder() const;
    // Where exportTo() writes when the person does not choose: the Documents folder.
    Q_INVOKABLE QString defaultExportFolder() const;
    // Asks the server to delete the account (password again); the device is wiped when the server confirms.
    Q_INVOKABLE void deleteAccount(const QString &password);
    Q_INVOKABLE void clearMessage();

    // For tests and the export: every record on the device whose owner is this account, as wire JSON.
    QByteArray ownedRecordsJson() const;
    // The server's export of everything this account owns (export_account, all pages); serverExportLoaded follows.
    void requestServerExport();
    QList<QJsonObject> serverExport() const { return m_serverExport; }
    static QString isoWeek(const QDate &date);

Q_SIGNALS:
    void dataChanged();
    void settingsChanged();
    void busyChanged();
    void messageChanged();
    void helperConnected(const QString &helperId, const QString &displayName);
    void connectCodeReady(const QString &code, const QDateTime &expiresAt);
    void accessLogLoaded();
    void exportFinished(bool ok);
    void accountDeleted();
    void serverExportLoaded();
    void requestFailed(const QString &what, const QString &code);

private:
    void onRecordsUpdated(const std::vector<RecordEvent> &events);
    void onAnswer(const QString &tag, const QByteArray &body);
    void onFailure(const QString &tag, const QString &code, const QString &message);
    void send(const QString &tag, const QVariantMap &frame);
    bool submit(const QString &id, const std::string &kind, std::map<std::string, Json> values);
    void saveSettings();
    void loadSettings(const QByteArray &json);
    void setBusy(bool busy);
    void setMessage(const QString &message);
    QString myId() const;
    QString helperName(const QString &helperId, const Record &consent) const;
    // The active consent on this goal naming me (helper side), if any.
    const Record *myGrant(const QString &goalId) const;
    // Reads the cache from the store (and takes over a walking.json left from before).
    void readSettings();
    QString legacySettingsPath() const;
    QString whatWasSeen(const QString &kind, const QString &goalTitle, int times) const;
    void buildAccessLog();
    // What a consent shares, in words: a goal's title, or the plan for hard days, or «Om meg».
    QString sharedTitle(const Record &shared) const;

    QList<QVariantMap> myShares(const QString &goalId) const;
    QList<QVariantMap> participants() const;
    QList<QVariantMap> personGoals(const QString &personId) const;
    QList<QVariantMap> comments(const QString &goalId) const;
    QList<QVariantMap> suggestions() const;
    QList<QVariantMap> suggestionCounts() const;
    QList<QVariantMap> answers() const;
    // Latest check-in on a goal: its date, or invalid.
    QDate lastCheckIn(const QString &goalId) const;

    QPointer<DeviceStore> m_store;
    WalkingFiles *m_files = nullptr;
    int m_quietDays = 14;
    QList<QVariantMap> m_helpers;
    QList<QVariantMap> m_accessLog;
    QJsonArray m_accessLogEntries;
    QList<QVariantMap> m_suggestions;
    QList<QVariantMap> m_suggestionCounts;
    bool m_suggestionsLoaded = false;
    QList<QJsonObject> m_serverExport;
    bool m_busy = false;
    QString m_message;
    QString m_lastExportFolder;
};

} // namespace medvandrer
